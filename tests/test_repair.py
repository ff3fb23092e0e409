"""kg.extract.repair: slips of the parser undone before the rules read the tree. Each
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


TOLD_NAME_INTO_OBJECT = Parse(
    "The senator told Reuters money had been stolen from the fund.",
    words=["The", "senator", "told", "Reuters", "money", "had", "been", "stolen", "from", "the", "fund", "."],
    heads=[1, 2, 2, 4, 2, 7, 7, 2, 7, 10, 8, 2],
    deps=["det", "nsubj", "ROOT", "compound", "dobj", "aux", "auxpass", "ccomp", "prep", "det", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "PROPN", "NOUN", "AUX", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "NNP", "NN", "VBD", "VBN", "VBN", "IN", "DT", "NN", "."],
    lemmas=["the", "senator", "tell", "Reuters", "money", "have", "be", "steal", "from", "the", "fund", "."],
    ents=[("ORG", 3, 4)],
)
TOLD_THE_NAME_INTO_OBJECT = Parse(
    "Police told the BBC traffic was diverted from the bridge.",
    words=["Police", "told", "the", "BBC", "traffic", "was", "diverted", "from", "the", "bridge", "."],
    heads=[1, 1, 4, 4, 1, 6, 1, 6, 9, 7, 1],
    deps=["nsubj", "ROOT", "det", "compound", "dobj", "auxpass", "ccomp", "prep", "det", "pobj", "punct"],
    pos=["NOUN", "VERB", "DET", "PROPN", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NNP", "NN", "VBD", "VBN", "IN", "DT", "NN", "."],
    lemmas=["Police", "tell", "the", "BBC", "traffic", "be", "divert", "from", "the", "bridge", "."],
    ents=[("ORG", 3, 4)],
)
FINDING_OBJECT_RUN_IN = Parse(
    "The review, finding the dam no longer qualified as safe, was sent to Congress.",
    words=[
        "The",
        "review",
        ",",
        "finding",
        "the",
        "dam",
        "no",
        "longer",
        "qualified",
        "as",
        "safe",
        ",",
        "was",
        "sent",
        "to",
        "Congress",
        ".",
    ],
    heads=[1, 13, 13, 13, 5, 3, 7, 8, 3, 8, 9, 13, 13, 13, 13, 14, 13],
    deps=[
        "det",
        "nsubjpass",
        "punct",
        "advcl",
        "det",
        "dobj",
        "neg",
        "advmod",
        "ccomp",
        "prep",
        "amod",
        "punct",
        "auxpass",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "ADV",
        "ADV",
        "ADJ",
        "ADP",
        "ADJ",
        "PUNCT",
        "AUX",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", ",", "VBG", "DT", "NN", "RB", "RBR", "JJ", "IN", "JJ", ",", "VBD", "VBN", "IN", "NNP", "."],
    lemmas=[
        "the",
        "review",
        ",",
        "find",
        "the",
        "dam",
        "no",
        "long",
        "qualified",
        "as",
        "safe",
        ",",
        "be",
        "send",
        "to",
        "Congress",
        ".",
    ],
    ents=[("ORG", 15, 16)],
)
FOUND_WITH_SUBJECT = Parse(
    "Inspectors found the reactor had been shut down.",
    words=["Inspectors", "found", "the", "reactor", "had", "been", "shut", "down", "."],
    heads=[1, 1, 3, 6, 6, 6, 1, 6, 1],
    deps=["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "prt", "punct"],
    pos=["NOUN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "ADP", "PUNCT"],
    tags=["NNS", "VBD", "DT", "NN", "VBD", "VBN", "VBN", "RP", "."],
    lemmas=["inspector", "find", "the", "reactor", "have", "be", "shut", "down", "."],
    ents=[],
)
LIST_AS_ADVERBIAL = Parse(
    "Ahmed, Baker and Chen were fired by the club.",
    words=["Ahmed", ",", "Baker", "and", "Chen", "were", "fired", "by", "the", "club", "."],
    heads=[6, 6, 6, 2, 2, 6, 6, 6, 9, 7, 6],
    deps=["npadvmod", "punct", "nsubjpass", "cc", "conj", "auxpass", "ROOT", "agent", "det", "pobj", "punct"],
    pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNP", ",", "NNP", "CC", "NNP", "VBD", "VBN", "IN", "DT", "NN", "."],
    lemmas=["Ahmed", ",", "Baker", "and", "Chen", "be", "fire", "by", "the", "club", "."],
    ents=[("PERSON", 0, 1), ("PERSON", 2, 3), ("PERSON", 4, 5)],
)
LIST_AS_TWO_SUBJECTS = Parse(
    "Ahmed, Baker and Chen were charged with murder.",
    words=["Ahmed", ",", "Baker", "and", "Chen", "were", "charged", "with", "murder", "."],
    heads=[6, 6, 6, 2, 2, 6, 6, 6, 7, 6],
    deps=["nsubjpass", "punct", "nsubjpass", "cc", "conj", "auxpass", "ROOT", "prep", "pobj", "punct"],
    pos=["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
    tags=["NNP", ",", "NNP", "CC", "NNP", "VBD", "VBN", "IN", "NN", "."],
    lemmas=["Ahmed", ",", "Baker", "and", "Chen", "be", "charge", "with", "murder", "."],
    ents=[("PERSON", 0, 1), ("PERSON", 2, 3), ("PERSON", 4, 5)],
)
LIST_AS_APPOSITION = Parse(
    "Maria Lopez, Ken Ito and Paul Novak were arrested in Lima.",
    words=["Maria", "Lopez", ",", "Ken", "Ito", "and", "Paul", "Novak", "were", "arrested", "in", "Lima", "."],
    heads=[1, 9, 1, 4, 1, 4, 7, 4, 9, 9, 9, 10, 9],
    deps=[
        "compound",
        "nsubjpass",
        "punct",
        "compound",
        "appos",
        "cc",
        "compound",
        "conj",
        "auxpass",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "PROPN",
        "PROPN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PROPN",
        "AUX",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=["NNP", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", "VBD", "VBN", "IN", "NNP", "."],
    lemmas=["Maria", "Lopez", ",", "Ken", "Ito", "and", "Paul", "Novak", "be", "arrest", "in", "Lima", "."],
    ents=[("PERSON", 0, 2), ("PERSON", 3, 5), ("PERSON", 6, 8), ("GPE", 11, 12)],
)
NAME_IN_APPOSITION = Parse(
    "The suspect, John Smith, and his wife were arrested in Lima.",
    words=["The", "suspect", ",", "John", "Smith", ",", "and", "his", "wife", "were", "arrested", "in", "Lima", "."],
    heads=[1, 10, 1, 4, 1, 1, 1, 8, 10, 10, 10, 10, 11, 10],
    deps=[
        "det",
        "nsubjpass",
        "punct",
        "compound",
        "appos",
        "punct",
        "cc",
        "poss",
        "nsubjpass",
        "auxpass",
        "ROOT",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "CCONJ",
        "PRON",
        "NOUN",
        "AUX",
        "VERB",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", ",", "NNP", "NNP", ",", "CC", "PRP$", "NN", "VBD", "VBN", "IN", "NNP", "."],
    lemmas=["the", "suspect", ",", "John", "Smith", ",", "and", "his", "wife", "be", "arrest", "in", "Lima", "."],
    ents=[("PERSON", 3, 5), ("GPE", 12, 13)],
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


def test_a_listener_compounded_into_what_was_told_is_the_object_of_told():
    arcs = _arcs(TOLD_NAME_INTO_OBJECT)
    assert arcs["Reuters"] == ("dobj", "told") and arcs["money"] == ("nsubjpass", "stolen")
    arcs = _arcs(TOLD_THE_NAME_INTO_OBJECT)  # "the BBC": the article goes with the listener
    assert arcs["BBC"] == ("dobj", "told") and arcs["traffic"] == ("nsubjpass", "diverted")
    doc = make_doc(TOLD_THE_NAME_INTO_OBJECT)
    repair(doc)
    assert (doc[2].dep_, doc[2].head.text) == ("det", "BBC")
    speech = rule_claims("speech", TOLD_THE_NAME_INTO_OBJECT)
    assert {c[2] for c in speech} == {"traffic was diverted from the bridge"}  # never "told the BBC traffic"


def test_a_noun_before_a_subjectless_finite_clause_is_its_subject():
    arcs = _arcs(FINDING_OBJECT_RUN_IN)  # not "finding the dam": what was found is that it no longer qualified
    assert arcs["dam"] == ("nsubj", "qualified")
    doc = make_doc(FOUND_WITH_SUBJECT)
    before = [(t.dep_, t.head.i) for t in doc]
    assert repair(doc) == 0 and [(t.dep_, t.head.i) for t in doc] == before


def test_the_first_of_a_list_of_subjects_is_a_member_of_the_list():
    for parse in (LIST_AS_ADVERBIAL, LIST_AS_TWO_SUBJECTS):
        arcs = _arcs(parse)
        assert arcs["Ahmed"][0] == "nsubjpass" and arcs["Baker"] == ("conj", "Ahmed")
    assert {c[0] for c in rule_claims("clause", LIST_AS_TWO_SUBJECTS)} == {"Ahmed", "Baker", "Chen"}
    arcs = _arcs(LIST_AS_APPOSITION)  # "Maria Lopez, Ken Ito and Paul Novak": Ito is no other name of Lopez
    assert arcs["Ito"] == ("conj", "Lopez")
    assert {c[0] for c in rule_claims("clause", LIST_AS_APPOSITION)} == {"Maria Lopez", "Ken Ito", "Paul Novak"}
    assert _arcs(NAME_IN_APPOSITION)["Smith"][0] == "appos"  # "The suspect, John Smith, and his wife"
