"""Rules that keep a reader's trust, fourth round (ARGUMENTS: what a fact's subject and object
keep). A bound ("until 1997", "until further notice", "until the contract ended") stays with
the fact it bounds; a denied adjective of the relation ("pleaded not guilty") keeps its "not".
Each parse is what en_core_web_sm gives for a sentence written for these tests (none from the
articles the errors were found in), printed by ``tests/parse_literal.py``."""

from __future__ import annotations

from test_rules import rule_claims

from docs import Parse

BARRED_UNTIL = Parse(
    "Apple was barred from Iran until 2016.",
    words=["Apple", "was", "barred", "from", "Iran", "until", "2016", "."],
    heads=[2, 2, 2, 2, 3, 2, 5, 2],
    deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "AUX", "VERB", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
    tags=["NNP", "VBD", "VBN", "IN", "NNP", "IN", "CD", "."],
    lemmas=["Apple", "be", "bar", "from", "Iran", "until", "2016", "."],
    ents=[("ORG", 0, 1), ("GPE", 4, 5), ("DATE", 6, 7)],
)
WORKED_AS_UNTIL = Parse(
    "Maria Costa worked as a nurse in Lisbon until her retirement.",
    words=["Maria", "Costa", "worked", "as", "a", "nurse", "in", "Lisbon", "until", "her", "retirement", "."],
    heads=[1, 2, 2, 2, 5, 3, 5, 6, 2, 10, 8, 2],
    deps=["compound", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "poss", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "IN", "PRP$", "NN", "."],
    lemmas=["Maria", "Costa", "work", "as", "a", "nurse", "in", "Lisbon", "until", "her", "retirement", "."],
    ents=[("PERSON", 0, 2), ("GPE", 7, 8)],
)
SOLD_UNTIL = Parse(
    "Acme Corp sold tickets in Ohio until March.",
    words=["Acme", "Corp", "sold", "tickets", "in", "Ohio", "until", "March", "."],
    heads=[1, 2, 2, 2, 2, 4, 2, 6, 2],
    deps=["compound", "nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "NNS", "IN", "NNP", "IN", "NNP", "."],
    lemmas=["Acme", "Corp", "sell", "ticket", "in", "Ohio", "until", "March", "."],
    ents=[("ORG", 0, 2), ("GPE", 5, 6), ("DATE", 7, 8)],
)
KEPT_UNTIL_CLAUSE = Parse(
    "Nokia kept the factory open until the contract with Siemens ended.",
    words=["Nokia", "kept", "the", "factory", "open", "until", "the", "contract", "with", "Siemens", "ended", "."],
    heads=[1, 1, 3, 1, 1, 10, 7, 10, 7, 8, 1, 1],
    deps=["nsubj", "ROOT", "det", "dobj", "oprd", "mark", "det", "nsubj", "prep", "pobj", "advcl", "punct"],
    pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "SCONJ", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
    tags=["NNP", "VBD", "DT", "NN", "JJ", "IN", "DT", "NN", "IN", "NNP", "VBD", "."],
    lemmas=["Nokia", "keep", "the", "factory", "open", "until", "the", "contract", "with", "Siemens", "end", "."],
    ents=[("ORG", 0, 1), ("ORG", 9, 10)],
)
NOT_GUILTY = Parse(
    "Daniel Okoro pleaded not guilty to two charges of theft.",
    words=["Daniel", "Okoro", "pleaded", "not", "guilty", "to", "two", "charges", "of", "theft", "."],
    heads=[1, 2, 2, 4, 2, 4, 7, 5, 7, 8, 2],
    deps=["compound", "nsubj", "ROOT", "neg", "acomp", "prep", "nummod", "pobj", "prep", "pobj", "punct"],
    pos=["PROPN", "PROPN", "VERB", "PART", "ADJ", "ADP", "NUM", "NOUN", "ADP", "NOUN", "PUNCT"],
    tags=["NNP", "NNP", "VBD", "RB", "JJ", "IN", "CD", "NNS", "IN", "NN", "."],
    lemmas=["Daniel", "Okoro", "plead", "not", "guilty", "to", "two", "charge", "of", "theft", "."],
    ents=[("PERSON", 0, 2), ("CARDINAL", 6, 7)],
)


def test_a_bound_stays_with_the_fact_it_bounds():
    # "Apple was barred from Iran" alone says it still is
    assert rule_claims("clause", BARRED_UNTIL) == {
        ("Apple", "~be barred until 2016 from", "Iran", "clause", "asserted")
    }
    # a role keeps its bound in the description
    assert rule_claims("clause", WORKED_AS_UNTIL) == {
        ("Maria Costa", "~work as", "nurse until her retirement", "clause", "asserted")
    }
    assert rule_claims("clause", KEPT_UNTIL_CLAUSE) == {
        ("Nokia", "~keep open until the contract with Siemens ended", "factory", "clause", "asserted")
    }


def test_a_bound_goes_after_the_object_word_and_is_the_date_of_its_own_fact():
    assert rule_claims("clause", SOLD_UNTIL) == {
        ("Acme Corp", "~sell until March", "tickets", "clause", "asserted"),
        ("Acme Corp", "~sell tickets until March in", "Ohio", "clause-prep", "asserted"),
    }
    assert rule_claims("clause-date", SOLD_UNTIL) == {
        ("Acme Corp", "~sell tickets until", "March", "clause-date", "asserted")
    }


def test_a_denied_adjective_of_the_relation_keeps_its_not():
    # "plead guilty" is the opposite of what was said
    assert rule_claims("clause", NOT_GUILTY) == {
        ("Daniel Okoro", "~plead not guilty to", "two charges of theft", "clause", "asserted")
    }
