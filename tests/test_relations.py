"""The relation component on hand-built parses (as en_core_web_sm parses these sentences):
which pairs it considers, the features it reads, the modality it gives, and what the shipped
weights state for paraphrases the training data does not contain."""

from __future__ import annotations

import pytest

from kg.extract.mentions import MentionTable, add_sentence_mentions
from kg.relations import EXTRACTOR, pair_modality, relation_claims
from kg.relations.features import Arg, Parsed, candidate_pairs, mention_args, pair_features, path_tokens

from docs import Parse, make_doc

SPOKESWOMAN_FOR = Parse(
    "Joy Tan, a spokeswoman for Huawei, said the company would appeal.",
    words=[
        "Joy",
        "Tan",
        ",",
        "a",
        "spokeswoman",
        "for",
        "Huawei",
        ",",
        "said",
        "the",
        "company",
        "would",
        "appeal",
        ".",
    ],
    heads=[1, 8, 1, 4, 1, 4, 5, 1, 8, 10, 12, 12, 8, 8],
    deps=[
        "compound",
        "nsubj",
        "punct",
        "det",
        "appos",
        "prep",
        "pobj",
        "punct",
        "ROOT",
        "det",
        "nsubj",
        "aux",
        "ccomp",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "PUNCT",
    ],
    tags=["NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "VBD", "DT", "NN", "MD", "VB", "."],
    lemmas=[
        "Joy",
        "Tan",
        ",",
        "a",
        "spokeswoman",
        "for",
        "Huawei",
        ",",
        "say",
        "the",
        "company",
        "would",
        "appeal",
        ".",
    ],
    ents=[("PERSON", 0, 2), ("ORG", 6, 7)],
)

SPOKESWOMAN_BEFORE = Parse(
    "Huawei spokeswoman Joy Tan said the company would appeal.",
    words=["Huawei", "spokeswoman", "Joy", "Tan", "said", "the", "company", "would", "appeal", "."],
    heads=[1, 3, 3, 4, 4, 6, 8, 8, 4, 4],
    deps=["compound", "compound", "compound", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
    pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["NNP", "NN", "NNP", "NNP", "VBD", "DT", "NN", "MD", "VB", "."],
    lemmas=["Huawei", "spokeswoman", "Joy", "Tan", "say", "the", "company", "would", "appeal", "."],
    ents=[("ORG", 0, 1), ("PERSON", 2, 4)],
)

MAY_HAVE_KILLED = Parse(
    "Police said John Smith may have killed Peter Jones.",
    words=["Police", "said", "John", "Smith", "may", "have", "killed", "Peter", "Jones", "."],
    heads=[1, 1, 3, 6, 6, 6, 1, 8, 6, 1],
    deps=["nsubj", "ROOT", "compound", "nsubj", "aux", "aux", "ccomp", "compound", "dobj", "punct"],
    pos=["NOUN", "VERB", "PROPN", "PROPN", "AUX", "AUX", "VERB", "PROPN", "PROPN", "PUNCT"],
    tags=["NNS", "VBD", "NNP", "NNP", "MD", "VB", "VBN", "NNP", "NNP", "."],
    lemmas=["Police", "say", "John", "Smith", "may", "have", "kill", "Peter", "Jones", "."],
    ents=[("PERSON", 2, 4), ("PERSON", 7, 9)],
)

SHOT = Parse(
    "Lee Harvey Oswald shot President John F. Kennedy in Dallas.",
    words=["Lee", "Harvey", "Oswald", "shot", "President", "John", "F.", "Kennedy", "in", "Dallas", "."],
    heads=[2, 2, 3, 3, 7, 7, 7, 3, 3, 8, 3],
    deps=["compound", "compound", "nsubj", "ROOT", "compound", "compound", "compound", "dobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "NNP", "VBD", "NNP", "NNP", "NNP", "NNP", "IN", "NNP", "."],
    lemmas=["Lee", "Harvey", "Oswald", "shoot", "President", "John", "F.", "Kennedy", "in", "Dallas", "."],
    ents=[("PERSON", 0, 3), ("PERSON", 5, 8), ("GPE", 9, 10)],
)

APPOSITION_MAY = Parse(
    "Joy Tan, a spokeswoman for Huawei, may have said something.",
    words=["Joy", "Tan", ",", "a", "spokeswoman", "for", "Huawei", ",", "may", "have", "said", "something", "."],
    heads=[1, 10, 1, 4, 1, 4, 5, 1, 10, 10, 10, 10, 10],
    deps=["compound", "nsubj", "punct", "det", "appos", "prep", "pobj", "punct", "aux", "aux", "ROOT", "dobj", "punct"],
    pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "AUX", "AUX", "VERB", "PRON", "PUNCT"],
    tags=["NNP", "NNP", ",", "DT", "NN", "IN", "NNP", ",", "MD", "VB", "VBN", "NN", "."],
    lemmas=["Joy", "Tan", ",", "a", "spokeswoman", "for", "Huawei", ",", "may", "have", "say", "something", "."],
    ents=[("PERSON", 0, 2), ("ORG", 6, 7)],
)


def read(parse: Parse):
    """(sentence, mention table) of a one-sentence Doc, its mentions found as a build finds them."""
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    sent = next(iter(doc.sents))
    add_sentence_mentions(table, sent, 0)
    return sent, table


def stated(parse: Parse) -> set[tuple[str, str, str, str]]:
    """(subject label, predicate, object label, modality) of every relation claim."""
    sent, table = read(parse)
    labels = {m.id: m.label for m in table.mentions}
    return {(labels[c.subject], c.predicate, labels[c.obj], c.modality) for c in relation_claims(sent, 0, table)}


def test_only_pairs_whose_classes_allow_a_relation_are_candidates():
    person, other, company, city = Arg(0, 1, 0, "PER"), Arg(2, 3, 2, "PER"), Arg(4, 5, 4, "ORG"), Arg(6, 7, 6, "LOC")
    pairs = {(h.start, t.start, r) for h, t, r in candidate_pairs([person, other, company, city])}
    assert pairs == {
        (0, 2, "killed"),
        (2, 0, "killed"),
        (0, 4, "worksFor"),
        (2, 4, "worksFor"),
        (0, 6, "livesIn"),
        (2, 6, "livesIn"),
        (4, 6, "basedIn"),
    }


def test_overlapping_names_are_no_pair():
    assert candidate_pairs([Arg(0, 3, 2, "LOC"), Arg(2, 4, 3, "LOC")]) == []


def test_mention_args_are_the_names_with_their_heads_and_coarse_classes():
    sent, table = read(SPOKESWOMAN_FOR)
    args = mention_args(sent, 0, table)
    assert [(a.start, a.end, a.root, a.cls) for a in args] == [(0, 2, 1, "PER"), (6, 7, 6, "ORG")]
    assert [table.mentions[a.mention].label for a in args] == ["Joy Tan", "Huawei"]


def test_features_read_the_apposition_path_with_its_words():
    sent, table = read(SPOKESWOMAN_FOR)
    tan, huawei = mention_args(sent, 0, table)
    features = pair_features(Parsed(sent), tan, huawei)
    assert "path=PER>ORG:vappos vprep vpobj" in features
    assert "wpath=[] vappos:spokeswoman vprep:for vpobj" in features
    assert "path_cue=PER>ORG=work" in features  # "spokeswoman" is a cue of working for
    assert "btw=spokeswoman" in features and "btw=huawei" not in features
    assert path_tokens(Parsed(sent), tan.root, huawei.root) == [4, 5]


def test_features_of_a_premodifying_title():
    sent, table = read(SPOKESWOMAN_BEFORE)
    huawei, tan = mention_args(sent, 0, table)
    features = pair_features(Parsed(sent), tan, huawei)
    assert "order=PER>ORG:th" in features
    assert "btw_seq=th:spokeswoman joy" not in features  # the name's own words are not between
    assert "btw_seq=th:spokeswoman" in features


@pytest.mark.parametrize("parse", [SPOKESWOMAN_FOR, SPOKESWOMAN_BEFORE], ids=["for", "premodifier"])
def test_a_spokeswoman_works_for_her_company(parse):
    assert ("Joy Tan", "worksFor", "Huawei", "asserted") in stated(parse)


def test_claims_carry_the_extractor_and_the_models_probability():
    sent, table = read(SPOKESWOMAN_FOR)
    [claim] = [c for c in relation_claims(sent, 0, table) if c.predicate == "worksFor"]
    assert claim.extractor == EXTRACTOR and claim.sentence == 0 and claim.label == "works for"
    assert 0.3 <= claim.confidence <= 1.0
    assert claim.literal is None and claim.obj == 1 and claim.subject == 0


def test_shooting_a_president_is_killing_him():
    found = stated(SHOT)
    assert ("Lee Harvey Oswald", "killed", "John F. Kennedy", "asserted") in found
    assert not any(p == "killed" and s == "John F. Kennedy" for s, p, _, _ in found)  # not the other way round


def test_may_have_killed_is_not_asserted():
    found = stated(MAY_HAVE_KILLED)
    assert ("John Smith", "killed", "Peter Jones", "possible") in found
    assert not any(p == "killed" and m in {"asserted", "reported"} for _, p, _, m in found)


def test_modality_comes_from_the_verbs_on_the_path():
    sent, table = read(MAY_HAVE_KILLED)
    smith, jones = mention_args(sent, 0, table)
    assert pair_modality(sent.doc, Parsed(sent), smith, jones).modality == "possible"


def test_names_of_another_sentence_are_not_read():
    sent, table = read(SPOKESWOMAN_FOR)
    assert relation_claims(sent, 1, table) == []  # the table holds sentence 0's names only


def test_a_noun_phrase_relation_is_asserted_whatever_the_clause_around_it():
    sent, table = read(APPOSITION_MAY)
    tan, huawei = mention_args(sent, 0, table)
    assert pair_modality(sent.doc, Parsed(sent), tan, huawei).modality == "asserted"


def test_features_read_the_names_between_and_which_is_nearest():
    # "Lee Harvey Oswald shot President John F. Kennedy in Dallas": Kennedy lies between
    # Oswald and Dallas, so Dallas is Kennedy's nearest place and not Oswald's nearest name
    sent, table = read(SHOT)
    oswald, kennedy, dallas = mention_args(sent, 0, table)
    everyone = [oswald, kennedy, dallas]
    assert "names_btw=PER>LOC:ht:PER" in pair_features(Parsed(sent), oswald, dallas, everyone)
    assert "names_btw=PER>LOC:ht:" in pair_features(Parsed(sent), kennedy, dallas, everyone)
    assert "nearest=PER>LOC:ht:11" in pair_features(Parsed(sent), kennedy, dallas, everyone)
    # Dallas is Oswald's nearest place (no other place between), Oswald not Dallas's nearest person
    assert "nearest=PER>LOC:ht:10" in pair_features(Parsed(sent), oswald, dallas, everyone)
    assert "nearest=PER>PER:ht:11" in pair_features(Parsed(sent), oswald, kennedy, everyone)


def test_relations_whose_resolved_entities_cannot_hold_them_are_dropped():
    from kg.model import Article, ArticleGraph, Entity, Fact, Span
    from kg.relations import resolved_fit

    trump, syria, erdogan = (
        Entity("person/trump", "Person", "Trump"),
        Entity("country/syria", "Country", "Syria"),
        Entity("person/erdogan", "Person", "Erdogan"),
    )

    def fact(subject, predicate, obj, extractor=EXTRACTOR):
        return Fact(subject.key, predicate, predicate, obj.key, None, "a", Span(0, 1, "x"), 0.9, extractor)

    kept = [fact(trump, "livesIn", syria), fact(trump, "killed", erdogan), fact(trump, "basedIn", syria, "clause")]
    dropped = [fact(trump, "basedIn", syria), fact(trump, "livesIn", erdogan)]  # read as an organisation, a place
    graph = ArticleGraph(Article("a", "t", "x", "a.txt"), (trump, syria, erdogan), (*kept, *dropped))
    assert resolved_fit(graph).facts == tuple(kept)
