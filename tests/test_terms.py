"""kg.terms: the one conversion layer; a term crosses between pyoxigraph and rdflib unchanged."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError
from kg.terms import XSD, oxigraph_term, rdflib_dataset, rdflib_quads, rdflib_term, rdflib_value

IRI = "https://kg.example.org/id/person/xi-jinping"
PAIRS = [
    (ox.NamedNode(IRI), URIRef(IRI)),
    (ox.Literal('plain "quoted"\nline'), Literal('plain "quoted"\nline')),
    (ox.Literal("Zürich", language="de"), Literal("Zürich", lang="de")),
    (ox.Literal("3", datatype=ox.NamedNode(XSD + "integer")), Literal("3", datatype=URIRef(XSD + "integer"))),
    (ox.Literal("0.75", datatype=ox.NamedNode(XSD + "decimal")), Literal("0.75", datatype=URIRef(XSD + "decimal"))),
    (ox.BlankNode("b1"), BNode("b1")),
]


@pytest.mark.parametrize("ox_term, rdflib_equal", PAIRS, ids=lambda t: type(t).__name__)
def test_both_directions_give_the_equal_term(ox_term, rdflib_equal):
    assert rdflib_term(ox_term) == rdflib_equal
    assert oxigraph_term(rdflib_equal) == ox_term
    assert oxigraph_term(rdflib_term(ox_term)) == ox_term


def test_the_cache_hands_back_one_object_per_term():
    cache: dict = {}
    first, second = rdflib_term(ox.Literal("said"), cache), rdflib_term(ox.Literal("said"), cache)
    assert first is second and rdflib_term(ox.Literal("said", language="en"), cache) is not first


@pytest.mark.parametrize(
    "value, expected",
    [
        (True, ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean"))),
        (7, ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))),
        (0.5, ox.Literal("0.5", datatype=ox.NamedNode(XSD + "double"))),
        ("Huawei", ox.Literal("Huawei")),
    ],
)
def test_python_values_bind_as_literals(value, expected):
    assert oxigraph_term(value) == expected
    assert rdflib_value(value) == Literal(value)
    assert rdflib_value(URIRef(IRI)) is not None and rdflib_value(URIRef(IRI)) == URIRef(IRI)


def test_an_unbindable_value_is_a_query_error():
    with pytest.raises(QueryError, match="cannot bind a list"):
        oxigraph_term([1])


def test_quads_and_datasets_hold_the_same_terms():
    quads = [
        ox.Quad(
            ox.NamedNode(IRI),
            ox.NamedNode("https://schema.org/name"),
            ox.Literal("Xi"),
            ox.NamedNode("https://kg.example.org/graph/a"),
        )
    ]
    converted = list(rdflib_quads(quads))
    assert converted == [
        (URIRef(IRI), URIRef("https://schema.org/name"), Literal("Xi"), URIRef("https://kg.example.org/graph/a"))
    ]
    dataset = rdflib_dataset(quads)
    assert set(dataset.quads()) == set(converted)
    assert dict(dataset.namespaces())["kg"] == URIRef("https://kg.example.org/ontology#")
