"""kg.jsonld: compacted JSON-LD that a JSON user can read and that parses back, in rdflib and
in pyoxigraph, to exactly the quads it was written from."""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic
from test_export import hostile_graphs

from kg.export import BuildData, jsonld
from kg.jsonld import compact_jsonld, context, nquads_to_jsonld
from kg.terms import rdflib_dataset as to_rdflib
from kg.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"
KG = str(PREFIXES["kg"])
G1 = ox.NamedNode("https://kg.example.org/graph/a1")
PERSON = ox.NamedNode("https://kg.example.org/id/person/xi-jinping")


def _q(s, p, o, g=G1) -> ox.Quad:
    return ox.Quad(s, ox.NamedNode(p), o, g)


def tricky_quads() -> list[ox.Quad]:
    """Every kind of term the writer treats differently, in one named graph and the default graph."""
    rdfs, skos = str(PREFIXES["rdfs"]), str(PREFIXES["skos"])
    other = ox.NamedNode("http://example.com/no/prefix#x")
    return [
        _q(PERSON, str(PREFIXES["rdf"]) + "type", ox.NamedNode(KG + "Person")),
        _q(PERSON, rdfs + "label", ox.Literal("Xi Jinping")),
        _q(PERSON, rdfs + "label", ox.Literal("习近平", language="zh")),
        _q(PERSON, skos + "altLabel", ox.Literal("Xi")),
        _q(PERSON, KG + "mentionedIn", ox.NamedNode("https://kg.example.org/article/a1")),
        _q(PERSON, KG + "said", ox.Literal('he said "no"\n</script>')),  # a literal under a term coerced to @id
        _q(PERSON, KG + "said", other),
        _q(PERSON, KG + "holdsPosition", PERSON),  # an IRI under a term with no coercion
        _q(PERSON, KG + "wordCount", ox.Literal("007", datatype=ox.NamedNode(XSD + "integer"))),  # not canonical
        _q(PERSON, KG + "wordCount", ox.Literal("12", datatype=ox.NamedNode(XSD + "integer"))),
        _q(PERSON, KG + "wordCount", ox.Literal("-3", datatype=ox.NamedNode(XSD + "integer"))),
        _q(PERSON, KG + "confidence", ox.Literal("0.8", datatype=ox.NamedNode(XSD + "decimal"))),
        _q(PERSON, KG + "confidence", ox.Literal("high")),  # a plain string under a datatype-coerced term
        _q(PERSON, "https://schema.org/datePublished", ox.Literal("2020", datatype=ox.NamedNode(XSD + "gYear"))),
        _q(PERSON, "https://kg.example.org/relation/met", ox.BlankNode("b1")),
        _q(ox.BlankNode("b1"), rdfs + "label", ox.Literal("someone", datatype=ox.NamedNode("http://example.com/dt"))),
        _q(other, "http://example.com/p", ox.NamedNode("https://kg.example.org/id/person///odd")),
        ox.Quad(PERSON, ox.NamedNode(rdfs + "label"), ox.Literal("in the default graph"), ox.DefaultGraph()),
    ]


def same_in_rdflib(text: bytes, quads: list[ox.Quad]) -> None:
    parsed = Dataset()
    parsed.parse(data=text.decode("utf-8"), format="json-ld")
    expected = to_rdflib(quads)
    named = {g.identifier for g in expected.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == named
    for name in named:
        assert isomorphic(parsed.graph(name), expected.graph(name)), name


def test_tricky_terms_come_back_as_the_same_quads_in_both_parsers():
    quads = tricky_quads()
    text = compact_jsonld(quads)
    back = list(ox.parse(text, format=ox.RdfFormat.JSON_LD))
    blank_free = {q for q in quads if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))}
    assert {q for q in back if not any(isinstance(t, ox.BlankNode) for t in (q.subject, q.object))} == blank_free
    assert len(back) == len(quads)
    same_in_rdflib(text, quads)


def test_a_json_user_reads_terms_not_iris():
    document = json.loads(compact_jsonld(tricky_quads()))
    assert document["@context"] == context().document  # embedded: parses offline
    default, graph = document["@graph"][0], document["@graph"][1]
    assert default == {"id": "person:xi-jinping", "label": "in the default graph"}
    assert graph["id"] == "graph:a1"
    node = next(n for n in graph["@graph"] if n["id"] == "person:xi-jinping")
    assert node["type"] == "kg:Person"
    assert node["mentionedIn"] == ["article:a1"]  # a set: always a list
    assert node["altLabel"] == ["Xi"]
    assert node["label"] == ["Xi Jinping", {"@value": "习近平", "@language": "zh"}]
    assert node["said"] == [{"@value": 'he said "no"\n</script>'}, "http://example.com/no/prefix#x"]
    assert node["holdsPosition"] == {"@id": "person:xi-jinping"}
    assert node["wordCount"] == [-3, {"@value": "007", "@type": "xsd:integer"}, 12]
    assert node["confidence"] == ["0.8", {"@value": "high"}]
    assert node["datePublished"] == {"@value": "2020", "@type": "xsd:gYear"}
    assert node["rel:met"] == {"@id": "_:b1"}


def test_a_suffix_that_would_read_as_an_absolute_iri_is_written_whole():
    document = json.loads(compact_jsonld(tricky_quads()))
    odd = next(n for n in document["@graph"][1]["@graph"] if n["id"] == "http://example.com/no/prefix#x")
    assert odd["http://example.com/p"] == {"@id": "https://kg.example.org/id/person///odd"}


def test_same_quads_in_any_order_same_bytes():
    quads = tricky_quads()
    shuffled = quads[:]
    random.Random(3).shuffle(shuffled)
    assert compact_jsonld(shuffled) == compact_jsonld(quads)
    assert compact_jsonld(quads + quads[:4]) == compact_jsonld(quads)  # duplicates count once


def test_nquads_bytes_give_the_same_document():
    quads = tricky_quads()
    assert nquads_to_jsonld(ox.serialize(quads, format=ox.RdfFormat.N_QUADS)) == compact_jsonld(quads)


def test_build_file_of_hostile_articles_round_trips_and_is_compact():
    data = BuildData.of(hostile_graphs(), [])
    text = jsonld(data)
    assert set(ox.parse(text, format=ox.RdfFormat.JSON_LD)) == set(data.quads)
    same_in_rdflib(text, list(data.quads))
    document = json.loads(text)
    assert [g["id"] for g in document["@graph"]] == sorted(g["id"] for g in document["@graph"])
    nodes = {n["id"]: n for g in document["@graph"] for n in g["@graph"]}
    assert nodes["person:xi-jinping"]["label"] == "Xi Jinping"
    statements = [n for n in nodes.values() if n.get("type") == "kg:Statement"]
    assert statements and all(s["modality"] == "asserted" and isinstance(s["startChar"], int) for s in statements)


@pytest.mark.parametrize("name", sorted(n for n in PREFIXES if n != "id"))
def test_context_prefixes_are_the_vocabulary_prefixes(name):
    # "id" is the keyword alias of "@id" (node["id"]); entity IRIs compact by their class prefix
    assert context().document[name] == str(PREFIXES[name])


def test_an_rdf_star_term_is_an_output_error():
    from kg.errors import OutputError

    inner = ox.Triple(ox.NamedNode("https://e.org/s"), ox.NamedNode("https://e.org/p"), ox.Literal("o"))
    quad = ox.Quad(
        ox.NamedNode("https://e.org/a"), ox.NamedNode("https://e.org/said"), inner, ox.NamedNode("https://e.org/g")
    )
    with pytest.raises(OutputError, match="cannot write JSON-LD: it cannot hold the RDF-star term"):
        compact_jsonld([quad])
