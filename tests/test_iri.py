"""kg.iri: slugs and entity keys are readable, IRI-safe, stable and collision-free."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.iri import entity_key, slug
from kg.vocab import ID

SAFE = re.compile(r"^(?:[a-z0-9_-]|%[0-9A-F]{2})+$")  # what a slug may contain: no quote, space or bracket
HOSTILE = [
    "Xi Jinping",
    "Zürich",
    "O'Brien",
    "O’Brien",
    '"Quoted" Name',
    "<script>alert(1)</script>",
    "a > b < c",
    "back\\slash",
    "new\nline\ttab",
    "{braces} |pipe| ^caret^ `tick`",
    "100% #hash ?query &amp",
    "",
    "!!!",
    "🦄",
    "Zürich 🦄",
    "习近平",
    "Ｘｉ　Ｊｉｎｐｉｎｇ",
    "x" * 500,
]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Xi Jinping", "xi-jinping"),
        ("  Xi   Jinping  ", "xi-jinping"),
        ("Xi-Jinping", "xi-jinping"),
        ("Ｘｉ　Ｊｉｎｐｉｎｇ", "xi-jinping"),  # full-width letters fold to ASCII (NFKC)
        ("O'Brien", "obrien"),
        ("O’Brien", "obrien"),
        ('"Quoted" Name', "quoted-name"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("a > b", "a-b"),
        ("Zürich", "z%C3%BCrich"),
        ("Zürich 🦄", "z%C3%BCrich"),
        ("习近平", "%E4%B9%A0%E8%BF%91%E5%B9%B3"),
        ("snake_case_", "snake_case"),
        ("COVID-19", "covid-19"),
    ],
)
def test_slug_folds_case_quotes_spaces_and_brackets(label, expected):
    assert slug(label) == expected


def test_slug_of_empty_or_punctuation_only_label_is_a_short_hash():
    assert slug("") == "x-da39a3ee5e"  # sha1 of the empty string
    assert slug("!!!") == "x-9a7b006d20"
    assert slug("???") == "x-2d86c2a659"
    assert slug("🦄") == "x-5df82936cb"
    assert slug(" -_- ") == "x-3b5244219f"


def test_long_label_is_cut_and_gets_a_hash_suffix():
    long = "The International Conference on the Peaceful Uses of Atomic Energy and Related Matters of Global Concern"
    assert slug(long) == "the-international-conference-on-the-peaceful-uses-of-atomic-energy-and-related-m-822163d1ae"
    other = slug(long + " Two")  # same first 80 characters, different label
    assert other == "the-international-conference-on-the-peaceful-uses-of-atomic-energy-and-related-m-455617c6ce"
    assert other != slug(long)
    assert slug("y" * 81) == "y" * 80 + "-" + slug("y" * 81)[-10:]
    assert slug("y" * 80) == "y" * 80  # at the limit: no suffix


def test_slug_never_contains_double_hyphen():
    labels = HOSTILE + ["a--b", "a - - b", "a_-_b", "-a-", "x" * 79 + " - y"]
    for label in labels:
        assert "--" not in slug(label), label


@pytest.mark.parametrize("label", HOSTILE)
def test_minted_iri_is_valid_everywhere(label):
    key = entity_key("Person", label, scope=label)
    assert SAFE.match(key.split("/", 1)[1]), key
    iri = str(ID) + key
    ox.NamedNode(iri)  # pyoxigraph validates IRIs and raises on a bad one
    graph = Graph()
    graph.add((URIRef(iri), URIRef("https://kg.example.org/ontology#label"), Literal(label)))
    for fmt in ("nt", "turtle"):
        assert len(Graph().parse(data=graph.serialize(format=fmt), format=fmt)) == 1


def test_slug_is_stable():
    # hard-coded values: the same label gives the same IRI on every run and machine
    assert [slug(label) for label in ("Xi Jinping", "", "x" * 500)] == [
        "xi-jinping",
        "x-da39a3ee5e",
        "x" * 80 + "-" + "dc31b173a0",
    ]


def test_different_letters_never_give_the_same_slug():
    # Devanagari vowel signs (category Mc) are parts of letters: Modi and "Madi" are different names
    assert slug("मोदी") != slug("मादी")


def test_entity_key_names_class_and_slug():
    assert entity_key("Person", "Xi Jinping") == "person/xi-jinping"
    assert entity_key("TimeExpression", "March 2024") == "timeexpression/march-2024"
    assert entity_key("Country", "United States") == "country/united-states"


def test_scoped_key_splits_unambiguously_on_double_hyphen():
    assert entity_key("Concept", "robust efforts", scope="a1") == "concept/a1--robust-efforts"
    assert entity_key("Concept", "robust efforts", scope=None) == "concept/robust-efforts"
    key = entity_key("Concept", "Robust -- efforts", scope="My Article--2.txt")
    cls, rest = key.split("/", 1)
    scope, name = rest.split("--")
    assert (cls, name) == ("concept", "robust-efforts")
    assert scope.startswith("my-article-2-txt")


def test_scopes_of_different_articles_never_share_keys():
    # article ids "Trade War" and "trade-war" (two files in one folder) are two articles
    assert entity_key("Concept", "robust efforts", "Trade War") != entity_key("Concept", "robust efforts", "trade-war")
