"""Rules that keep a reader's trust, fourth round (judged sample M of ten unseen Wikinews
articles, December 2026): what something was used to do is no act of its own; parser slips
that made a place the subject of what a building in it did, or a programme a person's title.
Each parse is what en_core_web_sm gives for a sentence written for these tests (none from the
articles the errors were found in), printed by ``tests/parse_literal.py``."""

from __future__ import annotations

from test_rules import rule_claims

from kg.extract.repair import repair

from docs import Parse, make_doc

USED_TO_CARRY = Parse(
    "Maria Lopez was used to carry cocaine across the border.",
    words=["Maria", "Lopez", "was", "used", "to", "carry", "cocaine", "across", "the", "border", "."],
    heads=[1, 3, 3, 3, 5, 3, 5, 5, 9, 7, 3],
    deps=["compound", "nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj", "prep", "det", "pobj", "punct"],
    pos=["PROPN", "PROPN", "AUX", "VERB", "PART", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "VBN", "TO", "VB", "NN", "IN", "DT", "NN", "."],
    lemmas=["Maria", "Lopez", "be", "use", "to", "carry", "cocaine", "across", "the", "border", "."],
    ents=[("PERSON", 0, 2)],
)
USED_TO_PAY = Parse(
    "Smith said the donations had been used to pay the lawyers.",
    words=["Smith", "said", "the", "donations", "had", "been", "used", "to", "pay", "the", "lawyers", "."],
    heads=[1, 1, 3, 6, 6, 6, 1, 8, 6, 10, 8, 1],
    deps=["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "aux", "xcomp", "det", "dobj", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NNS", "VBD", "VBN", "VBN", "TO", "VB", "DT", "NNS", "."],
    lemmas=["Smith", "say", "the", "donation", "have", "be", "use", "to", "pay", "the", "lawyer", "."],
    ents=[("PERSON", 0, 1)],
)

ROOF_IN_CAPITAL = Parse(
    "The roof of Westminster Abbey in British capital London caught fire on Monday.",
    words=[
        "The",
        "roof",
        "of",
        "Westminster",
        "Abbey",
        "in",
        "British",
        "capital",
        "London",
        "caught",
        "fire",
        "on",
        "Monday",
        ".",
    ],
    heads=[1, 9, 1, 4, 2, 1, 7, 5, 9, 9, 9, 9, 11, 9],
    deps=[
        "det",
        "nsubj",
        "prep",
        "compound",
        "pobj",
        "prep",
        "amod",
        "pobj",
        "nsubj",
        "ROOT",
        "dobj",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PROPN",
        "ADP",
        "ADJ",
        "NOUN",
        "PROPN",
        "VERB",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", "IN", "NNP", "NNP", "IN", "JJ", "NN", "NNP", "VBD", "NN", "IN", "NNP", "."],
    lemmas=[
        "the",
        "roof",
        "of",
        "Westminster",
        "Abbey",
        "in",
        "british",
        "capital",
        "London",
        "catch",
        "fire",
        "on",
        "Monday",
        ".",
    ],
    ents=[("GPE", 3, 5), ("NORP", 6, 7), ("GPE", 8, 9), ("DATE", 12, 13)],
)
SPIRE_IN_CITY = Parse(
    "The spire of Cologne cathedral in German city Cologne caught fire yesterday.",
    words=[
        "The",
        "spire",
        "of",
        "Cologne",
        "cathedral",
        "in",
        "German",
        "city",
        "Cologne",
        "caught",
        "fire",
        "yesterday",
        ".",
    ],
    heads=[1, 9, 1, 4, 2, 4, 7, 8, 9, 9, 9, 9, 9],
    deps=[
        "det",
        "nsubj",
        "prep",
        "compound",
        "pobj",
        "prep",
        "amod",
        "compound",
        "nsubj",
        "ROOT",
        "dobj",
        "npadvmod",
        "punct",
    ],
    pos=["DET", "NOUN", "ADP", "PROPN", "NOUN", "ADP", "ADJ", "NOUN", "PROPN", "VERB", "NOUN", "NOUN", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", "NN", "IN", "JJ", "NN", "NNP", "VBD", "NN", "NN", "."],
    lemmas=[
        "the",
        "spire",
        "of",
        "Cologne",
        "cathedral",
        "in",
        "german",
        "city",
        "Cologne",
        "catch",
        "fire",
        "yesterday",
        ".",
    ],
    ents=[("GPE", 3, 4), ("NORP", 6, 7), ("GPE", 8, 9), ("DATE", 11, 12)],
)
DOME_IN_CAPITAL = Parse(
    "The dome of St Peter basilica in Italian capital Rome collapsed yesterday.",
    words=[
        "The",
        "dome",
        "of",
        "St",
        "Peter",
        "basilica",
        "in",
        "Italian",
        "capital",
        "Rome",
        "collapsed",
        "yesterday",
        ".",
    ],
    heads=[1, 10, 1, 5, 5, 2, 5, 8, 6, 1, 10, 10, 10],
    deps=[
        "det",
        "nsubj",
        "prep",
        "compound",
        "compound",
        "pobj",
        "prep",
        "amod",
        "pobj",
        "appos",
        "ROOT",
        "npadvmod",
        "punct",
    ],
    pos=["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "PROPN", "VERB", "NOUN", "PUNCT"],
    tags=["DT", "NN", "IN", "NNP", "NNP", "NNP", "IN", "JJ", "NN", "NNP", "VBD", "NN", "."],
    lemmas=[
        "the",
        "dome",
        "of",
        "St",
        "Peter",
        "basilica",
        "in",
        "italian",
        "capital",
        "Rome",
        "collapse",
        "yesterday",
        ".",
    ],
    ents=[("PERSON", 3, 5), ("NORP", 7, 8), ("GPE", 9, 10), ("DATE", 11, 12)],
)
ON_TELEVISION = Parse(
    "On national television Obama defended the deal.",
    words=["On", "national", "television", "Obama", "defended", "the", "deal", "."],
    heads=[4, 2, 3, 4, 4, 6, 4, 4],
    deps=["prep", "amod", "compound", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["ADP", "ADJ", "NOUN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["IN", "JJ", "NN", "NNP", "VBD", "DT", "NN", "."],
    lemmas=["on", "national", "television", "Obama", "defend", "the", "deal", "."],
    ents=[("PERSON", 3, 4)],
)
ON_RADIO = Parse(
    "On national radio Macron also criticised the plan.",
    words=["On", "national", "radio", "Macron", "also", "criticised", "the", "plan", "."],
    heads=[5, 2, 3, 0, 5, 5, 7, 5, 5],
    deps=["prep", "amod", "compound", "pobj", "advmod", "ROOT", "det", "dobj", "punct"],
    pos=["ADP", "ADJ", "NOUN", "PROPN", "ADV", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["IN", "JJ", "NN", "NNP", "RB", "VBD", "DT", "NN", "."],
    lemmas=["on", "national", "radio", "Macron", "also", "criticise", "the", "plan", "."],
    ents=[("PERSON", 3, 4)],
)

MAYOR_SET_OFF = Parse(
    "The mayor of the French capital, Anne Hidalgo, opened the bridge on Monday.",
    words=[
        "The",
        "mayor",
        "of",
        "the",
        "French",
        "capital",
        ",",
        "Anne",
        "Hidalgo",
        ",",
        "opened",
        "the",
        "bridge",
        "on",
        "Monday",
        ".",
    ],
    heads=[1, 10, 1, 5, 5, 2, 1, 8, 1, 1, 10, 12, 10, 10, 13, 10],
    deps=[
        "det",
        "nsubj",
        "prep",
        "det",
        "amod",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "det",
        "dobj",
        "prep",
        "pobj",
        "punct",
    ],
    pos=[
        "DET",
        "NOUN",
        "ADP",
        "DET",
        "ADJ",
        "NOUN",
        "PUNCT",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "DET",
        "NOUN",
        "ADP",
        "PROPN",
        "PUNCT",
    ],
    tags=["DT", "NN", "IN", "DT", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "DT", "NN", "IN", "NNP", "."],
    lemmas=[
        "the",
        "mayor",
        "of",
        "the",
        "french",
        "capital",
        ",",
        "Anne",
        "Hidalgo",
        ",",
        "open",
        "the",
        "bridge",
        "on",
        "Monday",
        ".",
    ],
    ents=[("NORP", 4, 5), ("PERSON", 7, 9), ("DATE", 14, 15)],
)
IN_THE_CAPITAL = Parse(
    "In the French capital Paris the police arrested two men.",
    words=["In", "the", "French", "capital", "Paris", "the", "police", "arrested", "two", "men", "."],
    heads=[7, 3, 3, 0, 3, 6, 7, 7, 9, 7, 7],
    deps=["prep", "det", "amod", "pobj", "appos", "det", "nsubj", "ROOT", "nummod", "dobj", "punct"],
    pos=["ADP", "DET", "ADJ", "NOUN", "PROPN", "DET", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
    tags=["IN", "DT", "JJ", "NN", "NNP", "DT", "NNS", "VBD", "CD", "NNS", "."],
    lemmas=["in", "the", "french", "capital", "Paris", "the", "police", "arrest", "two", "man", "."],
    ents=[("NORP", 2, 3), ("GPE", 4, 5), ("CARDINAL", 8, 9)],
)
HEAD_OF_AGENCY = Parse(
    "The head of the agency Frontex resigned.",
    words=["The", "head", "of", "the", "agency", "Frontex", "resigned", "."],
    heads=[1, 6, 1, 4, 2, 6, 6, 6],
    deps=["det", "nsubj", "prep", "det", "pobj", "nsubj", "ROOT", "punct"],
    pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PROPN", "VERB", "PUNCT"],
    tags=["DT", "NN", "IN", "DT", "NN", "NNP", "VBD", "."],
    lemmas=["the", "head", "of", "the", "agency", "Frontex", "resign", "."],
    ents=[("ORG", 5, 6)],
)


def test_what_something_was_used_to_do_is_no_act_of_its_own():
    # "Maria Lopez carry cocaine" and "the donations pay the lawyers" were facts of their own
    assert {c[1] for c in rule_claims("clause", USED_TO_CARRY) if c[2] == "cocaine"} == {"~be used to carry"}
    paid = [c for c in rule_claims("clause", USED_TO_PAY) if c[2] == "lawyers"]
    assert {(c[1], c[4]) for c in paid} == {("~be used to pay", "reported")}


def _repaired(parse: Parse):
    doc = make_doc(parse)
    return doc, repair(doc)


def test_a_name_that_ends_a_phrase_of_the_subject_is_no_subject_of_its_own():
    doc, moved = _repaired(ROOF_IN_CAPITAL)  # "London caught fire": the roof did
    assert moved == 1 and doc[8].head == doc[7] and doc[8].dep_ == "appos"
    assert [t.text for t in doc[9].children if t.dep_ == "nsubj"] == ["roof"]
    doc, moved = _repaired(SPIRE_IN_CITY)  # "in German city Cologne", with "in" left bare
    assert moved == 1 and doc[8].head == doc[5] and doc[8].dep_ == "pobj"
    doc, moved = _repaired(DOME_IN_CAPITAL)  # "the dome is Rome"
    assert moved == 1 and doc[9].head == doc[8]
    assert not {c for c in rule_claims("clause", ROOF_IN_CAPITAL) if c[0] == "London"}
    assert not {c for c in rule_claims("clause", DOME_IN_CAPITAL) if c[0] == "Rome"}


def test_the_noun_of_an_opening_phrase_is_no_title_of_the_name_after_it():
    doc, moved = _repaired(ON_TELEVISION)  # "Obama is a national television"
    assert moved == 1 and doc[2].head == doc[0] and doc[2].dep_ == "pobj"
    doc, moved = _repaired(ON_RADIO)  # "Macron" the object of "On", "criticised" with no subject
    assert moved == 2 and doc[3].dep_ == "nsubj" and doc[3].head == doc[5] and doc[2].head == doc[0]
    assert not rule_claims("descriptor", ON_TELEVISION)
    assert {c[:3] for c in rule_claims("clause", ON_RADIO)} == {("Macron", "~criticise", "plan")}


def test_a_name_in_its_place_stays_and_an_agency_named_after_its_kind_is_no_subject():
    # set off by commas, or the subject of its own clause: as the parser put it
    for parse in (MAYOR_SET_OFF, IN_THE_CAPITAL):
        assert _repaired(parse)[1] == 0
    doc, moved = _repaired(HEAD_OF_AGENCY)  # "Frontex resigned": the head did
    assert moved == 1 and doc[5].head == doc[4]
