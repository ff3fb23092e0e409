"""kg.entity_class: the class of a name by its words, its description, an honorific, a given
name and gazetteers, on names that are not in the gold articles."""

from __future__ import annotations

import pytest

from kg import entity_class, lexicon
from kg.entity_class import Evidence, evidence


@pytest.mark.parametrize(
    ("label", "descriptors", "cls"),
    [
        ("Ridgeway Town FC", (), "Organization"),
        ("FC Ridgeway", (), "Organization"),
        ("Blue Harbor Pharmaceuticals", (), "Organization"),
        ("Westbrook Correctional Facility", (), "Place"),
        ("Lake Marlow", (), "Place"),
        ("Clean Rivers Act", (), "Law"),
        ("Housing Act No. 12", (), "Law"),
        ("Harvest Sound Festival", (), "Event"),
        ("Maroon Tide", ("band",), "Organization"),
        ("Quiet Hours", ("2011 novel",), "Work"),
        ("Tessa Vane", ("actress",), "Person"),
        ("Quiet Hours", (), None),
    ],
)
def test_the_words_of_a_name_or_its_description_show_its_class(label, descriptors, cls):
    assert entity_class.cue(label, descriptors) == cls


def test_a_cue_outvotes_the_tag_and_weighs_more_than_it():
    found = evidence("Harvest Sound Festival", "Person")
    assert found == Evidence("Event", "cue") and found.weight > evidence("Harvest", "Person").weight


def test_an_honorific_makes_a_person_of_any_tag():
    assert evidence("Okonjo", "Organization", honorific="ms") == Evidence("Person", "honorific")


def test_a_given_name_makes_a_person_of_a_name_tagged_organization():
    assert evidence("Maria Delgado", "Organization") == Evidence("Person", "given name")
    assert evidence("Delgado Holdings", "Organization") == Evidence("Organization", "cue")


def test_a_gazetteer_place_beats_a_person_tag_after_in_but_not_alone():
    assert evidence("Glasgow", "Person", after_place_preposition=True) == Evidence("Place", "gazetteer")
    assert evidence("Glasgow", "Person") == Evidence("Person", "ner")
    assert evidence("Kenosha", "Organization") == Evidence("Place", "gazetteer")


def test_a_country_name_tagged_as_an_organisation_is_a_country():
    assert evidence("Samoa", "Organization") == Evidence("Country", "gazetteer")


def test_dates_and_concepts_keep_their_class():
    assert evidence("Monday", "TimeExpression") == Evidence("TimeExpression", "ner")


@pytest.mark.parametrize(
    ("label", "honorific", "gender"),
    [
        ("Laura Pike", None, "f"),
        ("Tom Pike", None, "m"),
        ("Pike", "mrs", "f"),
        ("Pike", "mr", "m"),
        ("Pike", None, ""),
        ("Pike", "dr", ""),
        ("Zorblat Pike", None, ""),
    ],
)
def test_gender_comes_from_the_honorific_or_the_given_name(label, honorific, gender):
    assert entity_class.gender(label, honorific) == gender


def test_the_honorific_before_a_name_is_read_from_the_text():
    text = "It was said by Ms. Okonjo and by Mrs Lee, not by Minister Ode."
    assert entity_class.honorific_before(text, text.index("Okonjo")) == "ms."
    assert entity_class.honorific_before(text, text.index("Lee")) == "mrs"
    assert entity_class.honorific_before(text, text.index("Ode")) is None


def test_a_place_preposition_is_read_from_the_text():
    text = "He lives in Tulsa and met Tulsa."
    assert entity_class.after_place_preposition(text, text.index("Tulsa"))
    assert not entity_class.after_place_preposition(text, text.rindex("Tulsa"))


def test_word_lists_load_from_data():
    assert lexicon.first_names()["jean"] == ""  # given to men and women: no evidence of gender
    assert lexicon.honorifics()["mrs"] == "f" and lexicon.honorifics()["dr"] == ""
    assert lexicon.class_cues()["last"]["fc"] == "Organization"
    assert {"toronto", "virginia", "el paso"} <= lexicon.places()


def test_a_place_after_the_cue_word_does_not_hide_it():
    assert entity_class.cue("Harbour Expo Norway") == "Event"
    assert entity_class.cue("Bank of Norway") is None


def test_a_kinship_or_gendered_noun_before_a_name_shows_the_gender():
    text = "Her son Ellis Marr spoke, then actress Kim Oyelaran, then Judge Pat Doe."
    assert entity_class.gender_before(text, text.index("Ellis")) == "m"
    assert entity_class.gender_before(text, text.index("Kim")) == "f"
    assert entity_class.gender_before(text, text.index("Pat")) == ""


def test_a_country_tagged_as_a_person_is_a_country_unless_it_is_a_given_name():
    assert evidence("Thailand", "Person") == Evidence("Country", "gazetteer")
    assert evidence("Georgia", "Person") == Evidence("Person", "ner")


def test_a_cue_word_that_is_the_surname_of_a_tagged_person_does_not_make_a_place():
    assert evidence("Diana Castle", "Person") == Evidence("Person", "given name")
    assert evidence("Windsor Castle", "Place") == Evidence("Place", "cue")
    assert evidence("County Kerry", "Person") == Evidence("Place", "cue")
    assert evidence("Remembrance Day", "Organization") == Evidence("Event", "cue")


@pytest.mark.parametrize("label, tag", [("Twitter", "Person"), ("Facebook", "Work"), ("the BBC", "Place")])
def test_an_organisation_news_names_by_one_word_is_an_organisation_whatever_the_tag(label, tag):
    assert evidence(label, tag) == Evidence("Organization", "gazetteer")
    assert evidence("Twitter Smith", "Person").cls == "Person"  # the gazetteer holds whole names only


@pytest.mark.parametrize("label", ["U.N.", "UN", "the United Nations"])
def test_the_un_is_an_organisation_though_a_gazetteer_town_is_called_un(label):
    assert lexicon.name_key("U.N.") in lexicon.places()  # the reason it is listed
    assert evidence(label, "Place") == Evidence("Organization", "gazetteer")


@pytest.mark.parametrize("label", ["Yonhap", "ITAR-TASS", "Agence France-Presse"])
def test_a_news_agency_is_an_organisation_whatever_the_tag(label):
    assert evidence(label, "Person").cls == "Organization"
