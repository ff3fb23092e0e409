"""kg.extract.person_roles: a name the tagger reads as a place or a company is a person's when
the sentence gives it a part only a person plays (hand-built Docs, no model)."""

from __future__ import annotations

from kg.extract.mentions import MentionTable, add_sentence_mentions

from docs import Parse, make_doc


def classes(parse: Parse) -> dict[str, str]:
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
    return {m.label: m.cls for m in table.mentions if m.kind == "name"}


def test_an_age_after_a_name_tagged_as_a_place_makes_it_a_person():
    parse = Parse(
        "Okonjo , 34 , was arrested on Friday.",
        words=["Okonjo", ",", "34", ",", "was", "arrested", "on", "Friday", "."],
        heads=[5, 0, 0, 5, 5, 5, 5, 6, 5],
        deps=["nsubjpass", "punct", "npadvmod", "punct", "auxpass", "ROOT", "prep", "pobj", "punct"],
        pos=["PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["NNP", ",", "CD", ",", "VBD", "VBN", "IN", "NNP", "."],
        lemmas=["Okonjo", ",", "34", ",", "be", "arrest", "on", "Friday", "."],
        ents=[("GPE", 0, 1), ("DATE", 7, 8)],
    )
    assert classes(parse)["Okonjo"] == "Person"


def test_a_year_after_a_place_is_no_age():
    parse = Parse(
        "Texas , 1845 , joined the union.",
        words=["Texas", ",", "1845", ",", "joined", "the", "union", "."],
        heads=[4, 0, 0, 4, 4, 6, 4, 4],
        deps=["nsubj", "punct", "appos", "punct", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", ",", "CD", ",", "VBD", "DT", "NN", "."],
        lemmas=["Texas", ",", "1845", ",", "join", "the", "union", "."],
        ents=[("GPE", 0, 1), ("DATE", 2, 3)],
    )
    assert classes(parse)["Texas"] == "Place"


def test_the_one_a_gunman_shot_is_a_person_whatever_the_tag():
    parse = Parse(
        "A gunman shot Halvorsen outside the theatre.",
        words=["A", "gunman", "shot", "Halvorsen", "outside", "the", "theatre", "."],
        heads=[1, 2, 2, 2, 2, 6, 4, 2],
        deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct"],
        pos=["DET", "NOUN", "VERB", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
        tags=["DT", "NN", "VBD", "NNP", "IN", "DT", "NN", "."],
        lemmas=["a", "gunman", "shoot", "Halvorsen", "outside", "the", "theatre", "."],
        ents=[("ORG", 3, 4)],
    )
    assert classes(parse) == {"Halvorsen": "Person"}


def test_the_one_a_slaying_is_of_is_a_person_even_where_a_gazetteer_knows_a_town():
    parse = Parse(
        "Police reopened the slaying of Lincoln last week.",
        words=["Police", "reopened", "the", "slaying", "of", "Lincoln", "last", "week", "."],
        heads=[1, 1, 3, 1, 3, 4, 7, 1, 1],
        deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "amod", "npadvmod", "punct"],
        pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADJ", "NOUN", "PUNCT"],
        tags=["NNS", "VBD", "DT", "NN", "IN", "NNP", "JJ", "NN", "."],
        lemmas=["police", "reopen", "the", "slaying", "of", "Lincoln", "last", "week", "."],
        ents=[("GPE", 5, 6), ("DATE", 6, 8)],
    )
    assert classes(parse)["Lincoln"] == "Person"


def test_a_who_clause_after_a_name_tagged_as_a_company_makes_it_a_person():
    parse = Parse(
        "Brandt , who founded the firm , retired.",
        words=["Brandt", ",", "who", "founded", "the", "firm", ",", "retired", "."],
        heads=[7, 0, 3, 0, 5, 3, 7, 7, 7],
        deps=["nsubj", "punct", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"],
        tags=["NNP", ",", "WP", "VBD", "DT", "NN", ",", "VBN", "."],
        lemmas=["Brandt", ",", "who", "found", "the", "firm", ",", "retire", "."],
        ents=[("ORG", 0, 1)],
    )
    assert classes(parse) == {"Brandt": "Person"}


def test_a_person_noun_in_apposition_makes_a_name_a_person():
    parse = Parse(
        "Mercer , a former ambassador , denied it.",
        words=["Mercer", ",", "a", "former", "ambassador", ",", "denied", "it", "."],
        heads=[6, 0, 4, 4, 0, 6, 6, 6, 6],
        deps=["nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "dobj", "punct"],
        pos=["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "PRON", "PUNCT"],
        tags=["NNP", ",", "DT", "JJ", "NN", ",", "VBD", "PRP", "."],
        lemmas=["Mercer", ",", "a", "former", "ambassador", ",", "deny", "it", "."],
        ents=[("ORG", 0, 1)],
    )
    assert classes(parse) == {"Mercer": "Person"}


def test_a_clause_after_a_place_a_preposition_governs_is_not_the_place_s():
    parse = Parse(
        "He studied in Lisbon , who knew?",
        words=["He", "studied", "in", "Lisbon", ",", "who", "knew", "?"],
        heads=[1, 1, 1, 2, 3, 6, 3, 1],
        deps=["nsubj", "ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "punct"],
        pos=["PRON", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "PUNCT"],
        tags=["PRP", "VBD", "IN", "NNP", ",", "WP", "VBD", "."],
        lemmas=["he", "study", "in", "Lisbon", ",", "who", "know", "?"],
        ents=[("GPE", 3, 4)],
    )
    assert classes(parse) == {"Lisbon": "Place"}
