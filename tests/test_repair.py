"""kg.extract.repair: two slips of the parser undone before the rules read the tree. Each
parse is what en_core_web_sm gives for a sentence written for these tests, printed by
``tests/parse_literal.py``."""

from __future__ import annotations

from test_rules import rule_claims

from kg.extract.repair import repair

from docs import Parse, make_doc

STRANDED_SPEAKER = Parse(
    "According to the broadcaster RTE, the mayor of Dublin, Hazel Chu, said the bridge would open.",
    words=[
        "According",
        "to",
        "the",
        "broadcaster",
        "RTE",
        ",",
        "the",
        "mayor",
        "of",
        "Dublin",
        ",",
        "Hazel",
        "Chu",
        ",",
        "said",
        "the",
        "bridge",
        "would",
        "open",
        ".",
    ],
    heads=[14, 0, 4, 4, 1, 4, 7, 4, 7, 8, 4, 12, 4, 4, 14, 16, 18, 18, 14, 14],
    deps=[
        "prep",
        "prep",
        "det",
        "compound",
        "pobj",
        "punct",
        "det",
        "appos",
        "prep",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "det",
        "nsubj",
        "aux",
        "ccomp",
        "punct",
    ],
    pos=[
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "PUNCT",
    ],
    tags=[
        "VBG",
        "IN",
        "DT",
        "NN",
        "NNP",
        ",",
        "DT",
        "NN",
        "IN",
        "NNP",
        ",",
        "NNP",
        "NNP",
        ",",
        "VBD",
        "DT",
        "NN",
        "MD",
        "VB",
        ".",
    ],
    lemmas=[
        "accord",
        "to",
        "the",
        "broadcaster",
        "RTE",
        ",",
        "the",
        "mayor",
        "of",
        "Dublin",
        ",",
        "Hazel",
        "Chu",
        ",",
        "say",
        "the",
        "bridge",
        "would",
        "open",
        ".",
    ],
    ents=[("ORG", 4, 5), ("GPE", 9, 10), ("PERSON", 11, 13)],
)
NAME_UNDER_PLACE = Parse(
    "According to the agency ISNA, the prosecutor of Isfahan, Reza Karimi, said the men must face trial.",
    words=[
        "According",
        "to",
        "the",
        "agency",
        "ISNA",
        ",",
        "the",
        "prosecutor",
        "of",
        "Isfahan",
        ",",
        "Reza",
        "Karimi",
        ",",
        "said",
        "the",
        "men",
        "must",
        "face",
        "trial",
        ".",
    ],
    heads=[14, 0, 4, 4, 1, 4, 7, 4, 7, 8, 9, 12, 9, 9, 14, 16, 18, 18, 14, 18, 14],
    deps=[
        "prep",
        "prep",
        "det",
        "compound",
        "pobj",
        "punct",
        "det",
        "appos",
        "prep",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "det",
        "nsubj",
        "aux",
        "ccomp",
        "dobj",
        "punct",
    ],
    pos=[
        "VERB",
        "ADP",
        "DET",
        "NOUN",
        "PROPN",
        "PUNCT",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "AUX",
        "VERB",
        "NOUN",
        "PUNCT",
    ],
    tags=[
        "VBG",
        "IN",
        "DT",
        "NN",
        "NNP",
        ",",
        "DT",
        "NN",
        "IN",
        "NNP",
        ",",
        "NNP",
        "NNP",
        ",",
        "VBD",
        "DT",
        "NNS",
        "MD",
        "VB",
        "NN",
        ".",
    ],
    lemmas=[
        "accord",
        "to",
        "the",
        "agency",
        "ISNA",
        ",",
        "the",
        "prosecutor",
        "of",
        "Isfahan",
        ",",
        "Reza",
        "Karimi",
        ",",
        "say",
        "the",
        "man",
        "must",
        "face",
        "trial",
        ".",
    ],
    ents=[("ORG", 4, 5), ("ORG", 9, 10), ("PERSON", 11, 13)],
)
SPEAKER_OF_ITS_OWN = Parse(
    "According to RTE, police said the bridge would open.",
    words=["According", "to", "RTE", ",", "police", "said", "the", "bridge", "would", "open", "."],
    heads=[5, 0, 1, 5, 5, 5, 7, 9, 9, 5, 5],
    deps=["prep", "prep", "pobj", "punct", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp", "punct"],
    pos=["VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
    tags=["VBG", "IN", "NNP", ",", "NNS", "VBD", "DT", "NN", "MD", "VB", "."],
    lemmas=["accord", "to", "RTE", ",", "police", "say", "the", "bridge", "would", "open", "."],
    ents=[("ORG", 2, 3)],
)

SCRAPED = Parse(
    "Greggs scraped the plan.",
    words=["Greggs", "scraped", "the", "plan", "."],
    heads=[1, 1, 3, 1, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "."],
    lemmas=["Greggs", "scrap", "the", "plan", "."],
    ents=[("PERSON", 0, 1)],
)


def _arcs(parse: Parse) -> dict[str, tuple[str, str]]:
    doc = make_doc(parse)
    repair(doc)
    return {t.text: (t.dep_, t.head.text) for t in doc}


def test_a_speaker_hung_on_the_source_of_according_to_is_the_verbs_subject():
    arcs = _arcs(STRANDED_SPEAKER)
    assert arcs["mayor"] == ("nsubj", "said") and arcs["Chu"] == ("appos", "mayor")
    speech = {c for c in rule_claims("speech", STRANDED_SPEAKER) if c[1] == "said"}
    assert {c[0] for c in speech} == {"Hazel Chu"}  # never the broadcaster
    assert not {c for c in rule_claims("apposition", STRANDED_SPEAKER) if c[0] == "RTE"}


def test_a_name_hung_on_the_place_of_its_role_names_the_role_holder():
    arcs = _arcs(NAME_UNDER_PLACE)
    assert arcs["Karimi"] == ("appos", "prosecutor") and arcs["prosecutor"] == ("nsubj", "said")
    assert {c[0] for c in rule_claims("speech", NAME_UNDER_PLACE) if c[1] == "said"} == {"Reza Karimi"}


def test_a_verb_with_a_subject_of_its_own_is_left_as_parsed():
    doc = make_doc(SPEAKER_OF_ITS_OWN)
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair(doc) == 0 and [(t.dep_, t.head.i) for t in doc] == before


def test_a_lemma_the_lemmatizer_gets_wrong_is_set_right():
    doc = make_doc(SCRAPED)
    assert doc[1].lemma_ == "scrap"  # what en_core_web_sm gives
    repair(doc)
    assert doc[1].lemma_ == "scrape"
