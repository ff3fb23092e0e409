"""Precision of the clause layer: what a speaker said stops where the reported clause
stops, a co-subject is no source, the subject of a passive is no doer, an idiomatic
prepositional phrase stays in the relation, and a physical verb names no intent. Every
parse is what en_core_web_sm gives for a sentence written for these tests (none from the
seed, the news gold or the judged articles), hard-coded so no model is loaded."""

from __future__ import annotations

from docs import Parse
from test_modality import claims, run
from test_rules import rule_claims

CRITICS = Parse(
    "Lula said the tax should be cut, and his rivals blame him for the deficit.",
    words=["Lula", "said", "the", "tax", "should", "be", "cut", ",", "and", "his", "rivals", "blame", "him", "for",
           "the", "deficit", "."],
    heads=[1, 1, 3, 6, 6, 6, 1, 6, 6, 10, 11, 6, 11, 11, 15, 13, 1],
    deps=["nsubj", "ROOT", "det", "nsubjpass", "aux", "auxpass", "ccomp", "punct", "cc", "poss", "nsubj", "conj",
          "dobj", "prep", "det", "pobj", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "AUX", "VERB", "PUNCT", "CCONJ", "PRON", "NOUN", "VERB", "PRON", "ADP",
         "DET", "NOUN", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "MD", "VB", "VBN", ",", "CC", "PRP$", "NNS", "VBP", "PRP", "IN", "DT", "NN", "."],
    lemmas=["Lula", "say", "the", "tax", "should", "be", "cut", ",", "and", "his", "rival", "blame", "he", "for", "the",
            "deficit", "."],
    ents=[("PERSON", 0, 1)],
)
CO_SUBJECTS = Parse(
    "Smith and Jones refused to sign the letter.",
    words=["Smith", "and", "Jones", "refused", "to", "sign", "the", "letter", "."],
    heads=[3, 0, 0, 3, 5, 3, 7, 5, 3],
    deps=["nsubj", "cc", "conj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
    pos=["PROPN", "CCONJ", "PROPN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["NNP", "CC", "NNP", "VBD", "TO", "VB", "DT", "NN", "."],
    lemmas=["Smith", "and", "Jones", "refuse", "to", "sign", "the", "letter", "."],
    ents=[("PERSON", 0, 1), ("PERSON", 2, 3)],
)
INJURED = Parse(
    "Three workers were injured in the blast.",
    words=["Three", "workers", "were", "injured", "in", "the", "blast", "."],
    heads=[1, 3, 3, 3, 3, 6, 4, 3],
    deps=["nummod", "nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "punct"],
    pos=["NUM", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
    tags=["CD", "NNS", "VBD", "VBN", "IN", "DT", "NN", "."],
    lemmas=["three", "worker", "be", "injure", "in", "the", "blast", "."],
    ents=[("CARDINAL", 0, 1)],
)
CONTEMPT = Parse(
    "The senate held the minister in contempt.",
    words=["The", "senate", "held", "the", "minister", "in", "contempt", "."],
    heads=[1, 2, 2, 4, 2, 2, 5, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "IN", "NN", "."],
    lemmas=["the", "senate", "hold", "the", "minister", "in", "contempt", "."],
)
STRUCK = Parse(
    "The bus struck a fence.",
    words=["The", "bus", "struck", "a", "fence", "."],
    heads=[1, 2, 2, 4, 2, 2],
    deps=["det", "nsubj", "ROOT", "det", "dobj", "punct"],
    pos=["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
    tags=["DT", "NN", "VBD", "DT", "NN", "."],
    lemmas=["the", "bus", "strike", "a", "fence", "."],
)


def test_what_was_said_stops_before_a_coordinated_clause_of_its_own():
    found = claims(run(CRITICS))
    said = {c[2] for c in found if c[0] == "Lula" and c[1] == "said"}
    assert said == {"the tax should be cut"}
    rivals = [c for c in found if c[0] == "rivals"]
    assert rivals and all(c[4] is None and c[3] != "reported" for c in rivals)


def test_a_co_subject_is_no_source_of_the_other():
    found = claims(run(CO_SUBJECTS))
    signed = {(c[0], c[3], c[4]) for c in found if c[1] == "~sign"}
    assert signed == {("Smith", "negated", None), ("Jones", "negated", None)}


def test_the_subject_of_an_agentless_passive_is_no_doer():
    labels = {c[1] for c in rule_claims("clause", INJURED)}
    assert labels == {"~be injured in"}


def test_an_idiomatic_preposition_stays_in_the_relation():
    found = rule_claims("clause", CONTEMPT)
    assert found == {("senate", "~hold in contempt", "minister", "clause", "asserted")}


def test_a_physical_strike_is_no_targeting():
    assert rule_claims("clause", STRUCK) == {("bus", "~strike", "fence", "clause", "asserted")}
