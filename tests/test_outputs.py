"""The files of a real build (the seed article): every RDF file parses back, in rdflib and in
pyoxigraph, to the same graph, and the files agree with each other."""

from __future__ import annotations

import csv

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

pytestmark = pytest.mark.model


def oxigraph_quads(path, fmt) -> set:
    with open(path, "rb") as file:
        return {
            (q.subject, q.predicate, q.object) if fmt == ox.RdfFormat.TURTLE else q for q in ox.parse(file, format=fmt)
        }


def test_trig_jsonld_and_turtle_hold_the_same_graph(seed_build):
    out, result = seed_build
    trig = oxigraph_quads(out / "graph.trig", ox.RdfFormat.TRIG)
    jsonld = oxigraph_quads(out / "graph.jsonld", ox.RdfFormat.JSON_LD)
    turtle = oxigraph_quads(out / "graph.ttl", ox.RdfFormat.TURTLE)
    assert trig == jsonld == set(result.data.quads)
    assert turtle == {(q.subject, q.predicate, q.object) for q in trig}


def test_rdflib_reads_each_file_to_the_graph_pyoxigraph_reads(seed_build):
    out, _ = seed_build
    by_rdflib = Dataset()
    by_rdflib.parse(out / "graph.trig", format="trig")
    from_jsonld = Dataset()
    from_jsonld.parse(out / "graph.jsonld", format="json-ld")
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(by_rdflib) == len(oxigraph_quads(out / "graph.trig", ox.RdfFormat.TRIG))
    for graph in by_rdflib.graphs():
        if len(graph):
            assert isomorphic(graph, from_jsonld.graph(graph.identifier))
    union = Graph()
    for s, p, o, _ in by_rdflib.quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(union, turtle)


def test_every_fact_row_of_the_csv_is_a_statement_of_the_graph(seed_build):
    out, result = seed_build
    with open(out / "facts.csv", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    statements = [q for q in result.data.quads if str(q.object).endswith("ontology#Statement>")]
    assert len(rows) == len(statements) == sum(len(g.facts) for g in result.graphs) > 40
    assert {row["article"] for row in rows} == {"000_424b65836abdcf18"}
