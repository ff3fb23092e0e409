"""What a definite description of a thing is: only a named thing of its kind, never the nearest one.

Each test is a paraphrase of an error seen on unseen Wikinews articles, written anew."""

from __future__ import annotations

from hand_extraction import Text, triples


def _said_of(text: str, names: list[tuple[str, str]], description: str, cls: str, head: str, **fields) -> list:
    """The facts of ``text`` where ``description`` (a mention of class ``cls``) is the subject of "act"."""
    t = Text(text)
    for surface, name_cls in names:
        t.mention(surface, "name", name_cls)
    described = t.mention(description, "description", cls, head=head, **fields)
    t.claim(described, None, "act", literal="at once")
    return [f[0] for f in triples(t.resolve())]


def test_the_party_is_a_party_named_before_not_the_parliament():
    assert (
        _said_of(
            "Parliament met. The party acted.", [("Parliament", "Organization")], "The party", "Organization", "party"
        )
        == []
    )
    assert _said_of(
        "The Green Party met. The party acted.", [("Green Party", "Organization")], "The party", "Organization", "party"
    ) == ["organization/green-party"]


def test_another_kind_of_organisation_is_not_an_agency_named_before():
    text = "The National Security Agency spoke. It linked them to the Daru Tanzim network. The network acted."
    names = [("National Security Agency", "Organization")]
    assert _said_of(text, names, "The network", "Organization", "network") == []


def test_any_word_for_an_organisation_may_be_a_company_named_before():
    text = "Acme Broadcasting Corporation lost its licence. The network acted."
    names = [("Acme Broadcasting Corporation", "Organization")]
    assert _said_of(text, names, "The network", "Organization", "network") == [
        "organization/acme-broadcasting-corporation"
    ]


def test_a_capitalised_modifier_must_be_in_the_name():
    text = "Troops left Santa Fe. Later the Syrian city acted."
    assert _said_of(text, [("Santa Fe", "Place")], "the Syrian city", "Place", "city") == []
    assert _said_of(
        "Troops left Santa Fe. Later the city acted.", [("Santa Fe", "Place")], "the city", "Place", "city"
    ) == ["place/santa-fe"]


def test_a_plural_description_is_no_one_named_thing():
    text = "The Freethinkers Council met. The partner organisations acted."
    names = [("Freethinkers Council", "Organization")]
    assert _said_of(text, names, "The partner organisations", "Organization", "organisation", plural=True) == []


def test_a_plural_description_may_be_a_name_that_ends_with_it():
    text = "A storm hit the Abaco Islands. The islands acted."
    names = [("Abaco Islands", "Place")]
    assert _said_of(text, names, "The islands", "Place", "island", plural=True) == ["place/abaco-islands"]


def test_a_description_that_holds_a_name_the_tagger_missed_is_a_thing_of_its_own():
    text = "The National Security Agency spoke. The suspects were linked to the Daru Tanzim network."
    t = Text(text)
    t.mention("National Security Agency", "name", "Organization")
    suspects = t.mention("The suspects", "nominal", "Concept", label="suspects", plural=True)
    network = t.mention("the Daru Tanzim network", "description", "Organization", head="network")
    t.claim(suspects, None, "be linked to", network)
    graph = t.resolve()
    assert [f[2] for f in triples(graph)] == ["organization/daru-tanzim-network"]
    assert next(e for e in graph.entities if e.key == "organization/daru-tanzim-network").label == "Daru Tanzim network"


def test_a_description_with_only_a_demonym_or_a_possessor_is_no_name():
    assert (
        _said_of(
            "Troops left Santa Fe. Later the Syrian city acted.",
            [("Santa Fe", "Place")],
            "the Syrian city",
            "Place",
            "city",
        )
        == []
    )
    text = "Moscow chose a crew. The Soviet Union's original team acted."
    names = [("Moscow", "Place")]
    assert _said_of(text, names, "The Soviet Union's original team", "Organization", "team") == []
