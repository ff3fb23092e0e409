"""kg.extract.sources: the agency or paper a dateline or byline credits is an organisation's
name, apart from the dateline's place (hand-built Docs, no model)."""

from __future__ import annotations

from kg.extract.mentions import MentionTable, add_sentence_mentions

from docs import Parse, make_doc

GAZETA = dict(
    words=["Warsaw", "GAZETA", "WYBORCZA", "in", "Polish"],
    heads=[2, 2, 2, 2, 3],
    deps=["compound", "compound", "ROOT", "prep", "pobj"],
    pos=["PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
    tags=["NNP", "NNP", "NNP", "IN", "NNP"],
    lemmas=["Warsaw", "GAZETA", "WYBORCZA", "in", "Polish"],
)


def names(parse: Parse) -> list[tuple[str, str]]:
    doc = make_doc(parse)
    table = MentionTable()
    table.start_doc(0, doc)
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
    return sorted((m.cls, m.label) for m in table.mentions if m.kind == "name" and m.cls != "Group")


def test_a_dateline_fused_into_one_name_is_its_place_and_its_broadcaster():
    parse = Parse(
        "Nairobi Radio Citizen Network in Swahili",
        words=["Nairobi", "Radio", "Citizen", "Network", "in", "Swahili"],
        heads=[3, 3, 3, 3, 3, 4],
        deps=["compound", "compound", "compound", "ROOT", "prep", "pobj"],
        pos=["PROPN", "PROPN", "PROPN", "PROPN", "ADP", "NOUN"],
        tags=["NNP", "NNP", "NNP", "NNP", "IN", "NN"],
        lemmas=["Nairobi", "Radio", "Citizen", "Network", "in", "swahili"],
        ents=[("ORG", 0, 4)],
    )
    assert names(parse) == [("Organization", "Radio Citizen Network"), ("Place", "Nairobi")]


def test_a_paper_in_capitals_fused_with_its_city_is_an_organisation_apart():
    parse = Parse("Warsaw GAZETA WYBORCZA in Polish", **GAZETA, ents=[("PERSON", 0, 3)])
    assert names(parse) == [("Organization", "GAZETA WYBORCZA"), ("Place", "Warsaw")]


def test_an_untagged_paper_in_capitals_after_a_dateline_place_is_an_organisation():
    parse = Parse("Warsaw GAZETA WYBORCZA in Polish", **GAZETA, ents=[("GPE", 0, 1)])
    assert names(parse) == [("Organization", "GAZETA WYBORCZA"), ("Place", "Warsaw")]


def test_a_paper_named_after_its_city_stays_one_name():
    parse = Parse(
        "Boston Globe reported the fire.",
        words=["Boston", "Globe", "reported", "the", "fire", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "NN", "."],
        lemmas=["Boston", "Globe", "report", "the", "fire", "."],
        ents=[("ORG", 0, 2)],
    )
    assert names(parse) == [("Organization", "Boston Globe")]


def test_a_dateline_place_in_capitals_is_not_split_by_its_own_capitals():
    parse = Parse(
        "SAN JOSE , Costa Rica",
        words=["SAN", "JOSE", ",", "Costa", "Rica"],
        heads=[1, 1, 1, 4, 1],
        deps=["compound", "ROOT", "punct", "compound", "appos"],
        pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"],
        tags=["NNP", "NNP", ",", "NNP", "NNP"],
        lemmas=["SAN", "JOSE", ",", "Costa", "Rica"],
        ents=[("GPE", 0, 2), ("GPE", 3, 5)],
    )
    assert ("Organization", "JOSE") not in names(parse)
    assert ("Place", "SAN JOSE") in names(parse)


def test_an_untagged_news_agency_in_a_byline_is_an_organisation():
    parse = Parse(
        "By Kyodo correspondent Ito Hiro",
        words=["By", "Kyodo", "correspondent", "Ito", "Hiro"],
        heads=[0, 2, 4, 4, 0],
        deps=["ROOT", "compound", "compound", "compound", "pobj"],
        pos=["ADP", "PROPN", "NOUN", "PROPN", "PROPN"],
        tags=["IN", "NNP", "NN", "NNP", "NNP"],
        lemmas=["by", "Kyodo", "correspondent", "Ito", "Hiro"],
        ents=[("PERSON", 3, 5)],
    )
    assert names(parse) == [("Organization", "Kyodo"), ("Person", "Ito Hiro")]


def test_an_untagged_dateline_after_a_wire_code_is_its_place_and_its_agency():
    parse = Parse(
        "AB1203114594 Lagos NAN in English",
        words=["AB1203114594", "Lagos", "NAN", "in", "English"],
        heads=[2, 2, 2, 2, 3],
        deps=["compound", "compound", "ROOT", "prep", "pobj"],
        pos=["PROPN", "PROPN", "PROPN", "ADP", "PROPN"],
        tags=["NNP", "NNP", "NNP", "IN", "NNP"],
        lemmas=["AB1203114594", "Lagos", "NAN", "in", "English"],
        ents=[("LANGUAGE", 4, 5)],
    )
    assert names(parse) == [("Organization", "NAN"), ("Place", "Lagos")]


def test_a_state_s_two_letters_after_a_city_are_no_source():
    parse = Parse(
        "Austin TX",
        words=["Austin", "TX"],
        heads=[1, 1],
        deps=["compound", "ROOT"],
        pos=["PROPN", "PROPN"],
        tags=["NNP", "NNP"],
        lemmas=["Austin", "TX"],
    )
    assert names(parse) == []
