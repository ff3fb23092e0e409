"""kg.turtle: Turtle and TriG written from sorted N-Triples lines read back as the same triples."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.turtle import split_graph, trig, turtle
from kg.vocab import PREFIXES

P = {name: str(ns) for name, ns in PREFIXES.items()}
SAMPLE = Path(__file__).parent / "data" / "sample.trig"

B = "https://kg.example.org/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPE = ox.NamedNode(RDF + "type")
LABEL = ox.NamedNode(RDFS + "label")


def iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(value)


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=iri(XSD + datatype if ":" not in datatype else datatype))


def nt_lines(triples) -> list[bytes]:
    """Sorted, distinct N-Triples lines as Oxigraph writes them (without line ends)."""
    return sorted(set(ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).splitlines()))


def ox_triples(data: bytes, fmt=ox.RdfFormat.TURTLE) -> set:
    return {quad.triple for quad in ox.parse(data, format=fmt)}


def assert_round_trip(triples, prefixes=P) -> bytes:
    """turtle() of the triples reads back as the same triples, with pyoxigraph and with rdflib."""
    lines = nt_lines(triples)
    out = turtle(lines, prefixes)
    expected = ox_triples(b"\n".join(lines), ox.RdfFormat.N_TRIPLES)
    assert ox_triples(out) == expected
    by_rdflib = rdflib.Graph().parse(data=out.decode("utf-8"), format="turtle")
    source = rdflib.Graph().parse(data=b"\n".join(lines).decode("utf-8"), format="nt")
    assert len(by_rdflib) == len(source) == len(expected)
    assert isomorphic(by_rdflib, source)
    return out


# ------------------------------------------------------------------ layout

def test_exact_layout_of_a_small_graph():
    lines = nt_lines([
        ox.Triple(iri(B + "id/person/xi"), TYPE, iri(B + "ontology#Person")),
        ox.Triple(iri(B + "id/person/xi"), LABEL, ox.Literal("Xi")),
        ox.Triple(iri(B + "id/person/xi"), LABEL, ox.Literal("Xi Jinping")),
        ox.Triple(iri(B + "id/person/xi"), iri(B + "ontology#wordCount"), typed("12", "integer")),
        ox.Triple(iri(B + "article/a1"), iri("https://schema.org/datePublished"), typed("2020-08-24", "date")),
    ])
    prefixes = {"xsd": XSD, "kg": B + "ontology#", "person": B + "id/person/", "article": B + "article/",
                "schema": "https://schema.org/", "rdfs": RDFS}
    assert turtle(lines, prefixes) == (
        b"@prefix article: <https://kg.example.org/article/> .\n"
        b"@prefix kg: <https://kg.example.org/ontology#> .\n"
        b"@prefix person: <https://kg.example.org/id/person/> .\n"
        b"@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        b"@prefix schema: <https://schema.org/> .\n"
        b"@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        b"\n"
        b"article:a1 schema:datePublished \"2020-08-24\"^^xsd:date .\n"
        b"\n"
        b"person:xi a kg:Person ;\n"
        b"    rdfs:label \"Xi Jinping\", \"Xi\" ;\n"  # the order of the sorted lines
        b"    kg:wordCount 12 .\n"
    )


def test_empty_input_is_only_the_prefixes():
    assert turtle([], {"b": "http://b/", "a": "http://a/"}) == b"@prefix a: <http://a/> .\n@prefix b: <http://b/> .\n\n"
    assert turtle([], {}) == b""
    assert trig([], {}) == b""
    assert trig([("<http://g/>", [])], {}) == b"<http://g/> {\n}\n"


def test_output_is_deterministic_and_independent_of_line_type_and_line_ends():
    sample = [q.triple for q in ox.parse(path=SAMPLE, format=ox.RdfFormat.TRIG)]
    lines = nt_lines(sample)
    first = turtle(lines, P)
    assert turtle(list(lines), P) == first
    assert turtle(iter(lines), P) == first  # a generator, not a list
    assert turtle([line + b"\n" for line in lines], P) == first
    assert turtle([line + b"\r\n" for line in lines], P) == first
    assert turtle([line.decode() for line in lines], P) == first
    assert turtle((line.decode() + "\n" for line in lines), P) == first
    assert turtle(lines + [b"", b"\n"], P) == first  # blank lines skipped
    assert turtle(lines, dict(reversed(list(P.items())))) == first  # prefix order does not matter


def test_rdf_type_is_a_only_as_predicate():
    rdf_type = RDF + "type"
    out = assert_round_trip([
        ox.Triple(iri(B + "id/x"), TYPE, iri(B + "ontology#Person")),
        ox.Triple(iri(rdf_type), LABEL, ox.Literal("type")),
        ox.Triple(iri(B + "id/y"), iri(RDF + "predicate"), iri(rdf_type)),
    ])
    assert b"\nid:x a kg:Person .\n" in out
    assert b"\nrdf:type rdfs:label \"type\" .\n" in out
    assert b"rdf:predicate rdf:type .\n" in out
    # without an rdf prefix the IRI stays whole, but the predicate is still `a`
    out = assert_round_trip([ox.Triple(iri(rdf_type), TYPE, iri(rdf_type))], {})
    whole = rdf_type.join("<>").encode()
    assert out == whole + b" a " + whole + b" .\n"


# ------------------------------------------------------------------ IRIs

@pytest.mark.parametrize(("local", "written"), [
    ("xi-jinping", b"person:xi-jinping"),
    ("a.b", b"person:a.b"),
    ("a_b-c.d9", b"person:a_b-c.d9"),
    ("1st", b"person:1st"),
    ("_x", b"person:_x"),
    ("", b"person:"),
    ("a/b", b"<https://kg.example.org/id/person/a/b>"),
    ("a%20b", b"<https://kg.example.org/id/person/a%20b>"),
    ("a(b)", b"<https://kg.example.org/id/person/a(b)>"),
    ("-x", b"<https://kg.example.org/id/person/-x>"),
    (".x", b"<https://kg.example.org/id/person/.x>"),
    ("x.", b"<https://kg.example.org/id/person/x.>"),
    ("a~b", b"<https://kg.example.org/id/person/a~b>"),
    ("a:b", b"<https://kg.example.org/id/person/a:b>"),
    ("a#b", b"<https://kg.example.org/id/person/a#b>"),
    ("a?q=1", b"<https://kg.example.org/id/person/a?q=1>"),
    ("caf\u00e9", "<https://kg.example.org/id/person/caf\u00e9>".encode()),
    ("a'b", b"<https://kg.example.org/id/person/a'b>"),
    ("a,b", b"<https://kg.example.org/id/person/a,b>"),
])
def test_iri_compaction_only_for_safe_local_names(local, written):
    node = iri(B + "id/person/" + local)
    out = assert_round_trip([ox.Triple(node, LABEL, ox.Literal("x")), ox.Triple(iri(B + "id/z"), LABEL, node)])
    assert b"\n" + written + b" rdfs:label \"x\" .\n" in out
    assert b"id:z rdfs:label " + written + b" .\n" in out


def test_longest_namespace_wins_and_other_namespaces_work():
    prefixes = {"id": B + "id/", "person": B + "id/person/", "ex": "http://ex.org/thing_", "exs": "http://ex.org/"}
    out = assert_round_trip([
        ox.Triple(iri(B + "id/person/xi"), LABEL, ox.Literal("a")),
        ox.Triple(iri(B + "id/xi"), LABEL, ox.Literal("b")),
        ox.Triple(iri("http://ex.org/thing_one"), LABEL, ox.Literal("c")),
        ox.Triple(iri("http://ex.org/other"), LABEL, ox.Literal("d")),
        ox.Triple(iri(B + "id/a1/event/x"), LABEL, ox.Literal("e")),
    ], prefixes)
    assert b"\nperson:xi " in out and b"id:person" not in out
    assert b"\nid:xi " in out
    assert b"\nex:one " in out
    assert b"\nexs:other " in out
    assert b"\n<https://kg.example.org/id/a1/event/x> " in out


def test_namespace_itself_compacts_to_empty_local():
    out = assert_round_trip([ox.Triple(iri(B + "ontology#"), LABEL, iri(B + "id/"))])
    assert b"\nkg: rdfs:label id: .\n" in out


def test_bad_prefixes_are_refused():
    with pytest.raises(ValueError):
        turtle([], {"1x": "http://a/"})
    with pytest.raises(ValueError):
        turtle([], {"a b": "http://a/"})
    with pytest.raises(ValueError):
        turtle([], {"x": "http://a/> . <evil"})


def test_an_n_quads_line_is_refused_where_a_triple_is_expected():
    for line in (b'<http://s/> <http://p/> <http://o/> <http://g/> .',
                 b'<http://s/> <http://p/> "lit" <http://g/> .',
                 b'<http://s/> <http://p/> "a b"@en <http://g/> .',
                 b'<http://s/> <http://p/> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://g/> .',
                 b'<http://s/> <http://p/> _:b <http://g/> .'):
        with pytest.raises(ValueError):
            turtle([line], P)
    with pytest.raises(ValueError):
        turtle([b"<http://s/>"], P)


# ------------------------------------------------------------------ literals and blank nodes

HOSTILE = [
    'say "hi"', 'back\\slash', 'ends with backslash\\', 'line1\nline2\r\n\ttabbed', '\x00\x01\x08\x0c\x1f\x7f',
    '\u4e2d\u56fd caf\u00e9 \U0001f600 \u2028 \u2029 \ufeff', '"""', "'''", '""""', '"', "'", '',
    '" . <a> <b> <c> .', '" ;\n <http://x/> "y', 'x" , "y', '} graph <g> {', '{', '}', '# not a comment',
    '@prefix x: <http://evil/> .', '<http://looks/like/an/iri>', '_:b0', 'a .', ' .', '. ', '  ', 'a ^^<x>',
    '"^^<http://www.w3.org/2001/XMLSchema#integer>', '\\u0041 is not an escape here', 'ab"@en',
]


def test_hostile_literals_round_trip():
    subject = iri(B + "id/person/x")
    triples = [ox.Triple(subject, iri(B + f"ontology#p{i}"), ox.Literal(text)) for i, text in enumerate(HOSTILE)]
    triples += [ox.Triple(subject, LABEL, ox.Literal(text, language="en-GB")) for text in HOSTILE]
    triples += [ox.Triple(subject, iri(B + "ontology#typed"), typed(text, "http://ex.org/dt#x"))
                for text in HOSTILE]
    triples += [ox.Triple(iri(B + "id/" + str(i)), LABEL, ox.Literal(text)) for i, text in enumerate(HOSTILE)]
    assert_round_trip(triples)


@pytest.mark.parametrize(("value", "datatype", "written"), [
    ("120", "integer", b"120"),
    ("-5", "integer", b"-5"),
    ("+5", "integer", b"+5"),
    ("007", "integer", b"007"),
    ("0.800", "decimal", b"0.800"),
    (".5", "decimal", b".5"),
    ("-1.25", "decimal", b"-1.25"),
    ("true", "boolean", b"true"),
    ("false", "boolean", b"false"),
    (" 12", "integer", b'" 12"^^xsd:integer'),
    ("1.", "decimal", b'"1."^^xsd:decimal'),
    ("12", "decimal", b'"12"^^xsd:decimal'),
    ("1e3", "decimal", b'"1e3"^^xsd:decimal'),
    ("1e3", "double", b'"1e3"^^xsd:double'),
    ("1", "boolean", b'"1"^^xsd:boolean'),
    ("TRUE", "boolean", b'"TRUE"^^xsd:boolean'),
    ("x", "integer", b'"x"^^xsd:integer'),
    ("2020-08-24", "date", b'"2020-08-24"^^xsd:date'),
    ("a b", "http://ex.org/dt", b'"a b"^^<http://ex.org/dt>'),
    ("v", "http://ex.org/dt/a(b)", b'"v"^^<http://ex.org/dt/a(b)>'),
])
def test_typed_literals(value, datatype, written):
    out = assert_round_trip([ox.Triple(iri(B + "id/x"), iri(B + "ontology#v"), typed(value, datatype))])
    assert out.endswith(b"\nid:x kg:v " + written + b" .\n")


def test_language_tags():
    triples = [ox.Triple(iri(B + "id/x"), LABEL, ox.Literal("Xi", language=tag))
               for tag in ("en", "en-GB", "zh-Hant-TW", "de-CH-1901", "x-private")]
    out = assert_round_trip(triples)
    assert b'"Xi"@zh-hant-tw' in out  # copied as Oxigraph wrote it


def test_blank_nodes():
    a, b = ox.BlankNode("a1"), ox.BlankNode("node-2.x")
    out = assert_round_trip([
        ox.Triple(a, LABEL, ox.Literal("first")),
        ox.Triple(a, iri(B + "ontology#knows"), b),
        ox.Triple(b, TYPE, iri(B + "ontology#Person")),
        ox.Triple(iri(B + "id/x"), iri(B + "ontology#knows"), a),
        ox.Triple(iri(B + "id/x"), iri(B + "ontology#knows"), b),
    ])
    assert b"\n_:a1 rdfs:label \"first\" ;\n    kg:knows _:node-2.x .\n" in out
    assert b"kg:knows _:a1, _:node-2.x .\n" in out


def test_random_mixtures_round_trip():
    rng = random.Random(20240501)
    subjects = [iri(B + "id/person/" + s) for s in ("a", "b", "c-d", "x/y", "-e")] + [ox.BlankNode("b" + str(i))
                                                                                    for i in range(3)]
    predicates = [TYPE, LABEL, iri(B + "ontology#said"), iri(B + "relation/x(y)"), iri("http://other.org/p")]
    objects = subjects + [iri(B + "ontology#Person"), iri(RDF + "type"), iri("urn:x:y")]
    objects += [ox.Literal(text) for text in HOSTILE] + [typed("1", "integer"), typed("0.5", "decimal"),
                                                         ox.Literal("x", language="fr")]
    triples = [ox.Triple(rng.choice(subjects), rng.choice(predicates), rng.choice(objects)) for _ in range(600)]
    assert_round_trip(triples)


# ------------------------------------------------------------------ TriG and split_graph

def graphs_of(quads) -> list[tuple[bytes, list[bytes]]]:
    """Quads -> (graph, sorted N-Triples lines) per graph, via N-Quads lines and split_graph."""
    lines = ox.serialize(list(quads), format=ox.RdfFormat.N_QUADS).splitlines()
    split = sorted({split_graph(line) for line in lines}, key=lambda pair: (pair[1], pair[0]))
    return [(graph, [line for line, _ in group]) for graph, group in itertools.groupby(split, key=lambda p: p[1])]


def assert_trig_round_trip(quads) -> bytes:
    quads = list(quads)
    out = trig(graphs_of(quads), P)
    assert set(ox.parse(out, format=ox.RdfFormat.TRIG)) == set(quads)
    dataset = rdflib.Dataset()
    dataset.parse(data=out.decode("utf-8"), format="trig")
    source = rdflib.Dataset()
    source.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    names = {str(q.graph_name.value) for q in quads}
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(dataset.graph(rdflib.URIRef(name)), source.graph(rdflib.URIRef(name))), name
    return out


def test_trig_round_trip_graph_by_graph():
    quads = []
    for n, graph in enumerate((iri(B + "graph/a1"), iri(B + "graph/a(2)"), iri("http://other.org/g"))):
        subject = iri(B + f"id/person/p{n}")
        quads += [ox.Quad(subject, TYPE, iri(B + "ontology#Person"), graph),
                  ox.Quad(subject, LABEL, ox.Literal(f"P{n}"), graph),
                  ox.Quad(subject, iri(B + "ontology#knows"), ox.BlankNode(f"b{n}"), graph),
                  ox.Quad(ox.BlankNode(f"b{n}"), LABEL, ox.Literal("} {"), graph)]
        quads += [ox.Quad(subject, iri(B + f"ontology#h{i}"), ox.Literal(text), graph)
                  for i, text in enumerate(HOSTILE)]
    quads.append(ox.Quad(iri(B + "id/person/p0"), LABEL, ox.Literal("only in a1"), iri(B + "graph/a1")))
    out = assert_trig_round_trip(quads)
    # graphs_of sorts by graph: "<http:" < "<https:", "a(" < "a1"
    assert out.index(b"<http://other.org/g> {\n") < out.index(b"<https://kg.example.org/graph/a(2)> {\n") \
        < out.index(b"graph:a1 {\n")
    assert b'\n    person:p0 a kg:Person ;\n        rdfs:label "P0", "only in a1" ;\n        kg:h0 ' in out


def test_trig_keeps_the_order_given_and_handles_the_default_graph():
    one = [b'<http://s/> <http://p/> "1" .']
    out = trig([("<http://b/>", one), (b"<http://a/>", one), (None, one)], {})
    assert out == (b'<http://b/> {\n    <http://s/> <http://p/> "1" .\n}\n\n'
                   b'<http://a/> {\n    <http://s/> <http://p/> "1" .\n}\n\n'
                   b'{\n    <http://s/> <http://p/> "1" .\n}\n')
    parsed = set(ox.parse(out, format=ox.RdfFormat.TRIG))
    assert {q.graph_name for q in parsed} == {iri("http://a/"), iri("http://b/"), ox.DefaultGraph()}


@pytest.mark.parametrize(("line", "expected"), [
    (b'<http://s/> <http://p/> <http://o/> <http://g/> .', (b'<http://s/> <http://p/> <http://o/> .', b'<http://g/>')),
    (b'<http://s/> <http://p/> <http://o/> .', (b'<http://s/> <http://p/> <http://o/> .', None)),
    (b'_:a <http://p/> _:b <http://g/> .\n', (b'_:a <http://p/> _:b .', b'<http://g/>')),
    (b'_:a <http://p/> _:b .\n', (b'_:a <http://p/> _:b .', None)),
    (b'<http://s/> <http://p/> "a <http://g/> ." <http://g2/> .',
     (b'<http://s/> <http://p/> "a <http://g/> ." .', b'<http://g2/>')),
    (b'<http://s/> <http://p/> "a <http://g/>" .', (b'<http://s/> <http://p/> "a <http://g/>" .', None)),
    (b'<http://s/> <http://p/> "x <y"^^<http://d/> .', (b'<http://s/> <http://p/> "x <y"^^<http://d/> .', None)),
    (b'<http://s/> <http://p/> "a b"@en <http://g/> .', (b'<http://s/> <http://p/> "a b"@en .', b'<http://g/>')),
    (b'<http://s/> <http://p/> "a b"@en .', (b'<http://s/> <http://p/> "a b"@en .', None)),
    ('<http://s/> <http://p/> "\u00e9 x" <http://g/> .', ('<http://s/> <http://p/> "\u00e9 x" .', '<http://g/>')),
    ('<http://s/> <http://p/> <http://o/> .', ('<http://s/> <http://p/> <http://o/> .', None)),
])
def test_split_graph(line, expected):
    assert split_graph(line) == expected


def test_split_graph_on_oxigraph_n_quads():
    for text in HOSTILE + ["a <http://g/>", 'x" <http://h/>', "x <http://h/> ."]:
        quad = ox.Quad(iri("http://s/"), iri("http://p/"), ox.Literal(text), iri("http://g/"))
        line = ox.serialize([quad], format=ox.RdfFormat.N_QUADS).rstrip(b"\n")
        triple_line, graph = split_graph(line)
        assert graph == b"<http://g/>"
        assert ox_triples(triple_line, ox.RdfFormat.N_TRIPLES) == {quad.triple}
        assert split_graph(triple_line) == (triple_line, None)


# ------------------------------------------------------------------ the sample graph

def test_sample_turtle_round_trip():
    triples = {quad.triple for quad in ox.parse(path=SAMPLE, format=ox.RdfFormat.TRIG)}
    lines = sorted(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines())
    assert len(lines) == len(triples) > 100
    out = turtle(lines, P)
    assert ox_triples(out) == triples
    assert isomorphic(rdflib.Graph().parse(data=out.decode(), format="turtle"),
                      rdflib.Graph().parse(data=b"\n".join(lines).decode(), format="nt"))
    assert b"\nperson:xi-jinping a kg:Person ;\n" in out
    assert b"skos:altLabel \"Xi\", \"the Chinese president\" ;\n" in out


def test_sample_trig_round_trip():
    quads = list(ox.parse(path=SAMPLE, format=ox.RdfFormat.TRIG))
    out = assert_trig_round_trip(quads)
    assert out.count(b" {\n") == 2 and b"graph:a1 {\n" in out and b"graph:a2 {\n" in out
