"""kg.store.dump: pyoxigraph writes Turtle and TriG from the cached lines, with kg's prefixes,
and they read back as exactly the quads cached."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store.cache import with_graph
from kg.store.dump import DUMP_FORMATS, triple_lines, turtle_of_lines

A, B = ox.NamedNode("https://kg.example.org/graph/a"), ox.NamedNode("https://kg.example.org/graph/b")
S = ox.NamedNode("https://kg.example.org/id/person/xi-jinping")
HOSTILE = ['say "hi"\n\tthen } leave', "back\\slash", "x .\n<y> .", "Zürich 🦄", "120"]


def texts() -> list[tuple[ox.NamedNode, bytes]]:
    out = []
    for graph in (A, B):
        triples = [
            ox.Triple(S, ox.NamedNode("https://kg.example.org/ontology#sentence"), ox.Literal(text)) for text in HOSTILE
        ] + [
            ox.Triple(
                S, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal(f"Xi in {graph.value[-1]}")
            )
        ]
        lines = sorted(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines())
        out.append((graph, with_graph(lines, str(graph).encode())))
    return out


def quads_of(data: bytes, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=fmt))


@pytest.mark.parametrize("name, fmt", [("trig", ox.RdfFormat.TRIG), ("nq", ox.RdfFormat.N_QUADS)])
def test_quad_dumps_read_back_as_the_cached_quads(name, fmt):
    expected = {q for _, text in texts() for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)}
    assert quads_of(DUMP_FORMATS[name](texts()), fmt) == expected


def test_turtle_is_the_union_with_prefixes():
    data = DUMP_FORMATS["ttl"](texts())
    triples = {q.triple for q in ox.parse(data, format=ox.RdfFormat.TURTLE)}
    assert triples == {q.triple for _, text in texts() for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)}
    assert b"@prefix person: <https://kg.example.org/id/person/>" in data and b"person:xi-jinping" in data


def test_trig_uses_prefixed_graph_names_and_one_block_per_graph():
    data = DUMP_FORMATS["trig"](texts())
    assert data.count(b"{") == 2 and b"graph:a" in data


def test_triple_lines_cut_the_graph_off():
    graph, text = texts()[0]
    lines = triple_lines(graph, text)
    assert all(line.endswith(b" .") and str(graph).encode() not in line for line in lines)
    assert {q.triple for q in ox.parse(turtle_of_lines(lines), format=ox.RdfFormat.TURTLE)} == {
        q.triple for q in ox.parse(text, format=ox.RdfFormat.N_QUADS)
    }
