"""The default graph of a query is a set: the union of the article graphs, each triple
once however many articles state it, exactly as rdflib reads ``graph.ttl``; ``GRAPH
?g`` still reaches each article's own graph, ``GRAPH graph:ontology`` the ontology.

The dataset is made by hand: three article graphs that share triples (China is a
country in all three, Xi Jinping's label in two, one ``said`` fact twice), no model.
Each query runs through :func:`kg.run_query` on the graph file, on a store and on an
rdflib Dataset, and is checked against rdflib on the Turtle union. (On an rdflib
Dataset, rdflib's union also holds the ontology that kg.query attaches as a graph, so
there the reference holds it too.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg import run_query
from kg.load import load_dataset, load_file, ontology_graph
from kg.store import GraphStore, StoreError
from kg.vocab import ONTOLOGY_GRAPH, bind_prefixes

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://kg.example.org/"
KG = BASE + "ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
COUNTRY, PERSON, SAID, MENTIONED, HASH = (
    ox.NamedNode(KG + name) for name in ("Country", "Person", "said", "mentionedIn", "contentHash")
)
CHINA, XI, BIDEN = (
    ox.NamedNode(BASE + "id/" + key) for key in ("country/china", "person/xi-jinping", "person/joe-biden")
)
G = [ox.NamedNode(f"{BASE}graph/a{i}") for i in (1, 2, 3)]


def article(graph: ox.NamedNode, *triples: tuple[ox.NamedNode, ox.NamedNode, ox.Term]) -> list[ox.Quad]:
    node = ox.NamedNode(graph.value.replace("/graph/", "/article/"))
    quads = [
        ox.Quad(
            node, ox.NamedNode("https://schema.org/headline"), ox.Literal(f"Headline of {graph.value[-2:]}"), graph
        ),
        ox.Quad(node, HASH, ox.Literal("hash-" + graph.value[-2:]), graph),
    ]
    quads += [ox.Quad(s, p, o, graph) for s, p, o in triples]
    quads += [ox.Quad(s, MENTIONED, node, graph) for s in {t[0] for t in triples}]
    return quads


def dataset_quads() -> list[ox.Quad]:
    china = [(CHINA, RDF_TYPE, COUNTRY), (CHINA, LABEL, ox.Literal("China"))]
    xi = [(XI, RDF_TYPE, PERSON), (XI, LABEL, ox.Literal("Xi Jinping")), (XI, SAID, ox.Literal("trade must be fair"))]
    return (
        article(G[0], *china, *xi)
        + article(G[1], *china, *xi, (BIDEN, LABEL, ox.Literal("Joe Biden")))
        + article(G[2], *china, (XI, LABEL, ox.Literal("Xi Jinping")))
    )


def turtle_union(quads: list[ox.Quad], ontology: bool = False) -> Graph:
    """What rdflib reads from graph.ttl (each triple once), and the ontology if asked."""
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(data=ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE).decode(), format="turtle")
    if ontology:
        graph += ontology_graph()
    return graph


def reference(source) -> Graph:
    """rdflib on graph.ttl, what a query on ``source`` must agree with."""
    return turtle_union(dataset_quads(), ontology=not isinstance(source, GraphStore))


def union_of_named_graphs(store: GraphStore) -> set[ox.Triple]:
    """The union of the article graphs (not the ontology's)."""
    return {q.triple for q in store.quads()}


def default_graph(store: GraphStore) -> set[ox.Triple]:
    return {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}


@pytest.fixture
def trig(tmp_path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_bytes(ox.serialize(dataset_quads(), format=ox.RdfFormat.TRIG))
    return path


def fill(store: GraphStore, quads: list[ox.Quad]) -> None:
    for graph in G:
        store.replace_article(graph, [q for q in quads if q.graph_name == graph])


@pytest.fixture
def store_path(tmp_path) -> Path:
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        fill(store, dataset_quads())
    return path


@pytest.fixture(params=["file", "store", "rdflib"])
def source(request, trig, store_path):
    if request.param == "file":
        opened = load_file(trig)
    elif request.param == "store":
        opened = GraphStore.open(store_path, read_only=True)
    else:
        yield load_dataset(trig)
        return
    with opened:
        yield opened


def values(result) -> list[tuple[str, ...]]:
    return [tuple(str(term) for term in row) for row in result]


COUNTS = [
    "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?person kg:said ?what }",
    "SELECT (COUNT(?label) AS ?n) WHERE { ?e rdfs:label ?label ; kg:mentionedIn ?a }",
]


@pytest.mark.parametrize("sparql", COUNTS)
def test_count_is_that_of_the_turtle_union(source, sparql):
    expected = values(reference(source).query(sparql))
    assert values(run_query(source, sparql)) == expected
    assert int(expected[0][0]) > 0


def test_count_of_a_triple_in_three_articles_is_one(source):
    assert values(run_query(source, "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }")) == [("1",)]


def test_select_without_distinct_repeats_no_row(source):
    sparql = "SELECT ?e ?label WHERE { ?e rdfs:label ?label ; kg:mentionedIn ?a } ORDER BY ?label ?e ?a"
    expected = values(reference(source).query(sparql))
    assert values(run_query(source, sparql)) == expected
    assert [row for row in expected if row[1] == "China"] == [(CHINA.value, "China")] * 3  # one per article


def test_limit_counts_distinct_triples(source):
    """China has 5 distinct triples (type, label, mentioned in 3 articles), 9 stated."""
    sparql = "SELECT ?p ?o WHERE { <https://kg.example.org/id/country/china> ?p ?o } LIMIT 5"
    rows = values(run_query(source, sparql))
    whole = values(reference(source).query(sparql.replace("LIMIT 5", "")))
    assert len(rows) == len(set(rows)) == len(whole) == 5
    assert set(rows) == set(whole)


def test_construct_with_limit_is_rdflibs(source):
    sparql = "CONSTRUCT { <https://kg.example.org/id/country/china> ?p ?o } WHERE { <https://kg.example.org/id/country/china> ?p ?o } LIMIT 5"
    expected = set(reference(source).query(sparql).graph)
    assert len(expected) == 5
    assert set(run_query(source, sparql).graph) == expected
    whole = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER (STRSTARTS(STR(?s), STR(id:))) }"
    assert set(run_query(source, whole).graph) == set(reference(source).query(whole).graph)


def test_graph_variable_still_reaches_each_article(source):
    sparql = "SELECT ?g WHERE { GRAPH ?g { ?c a kg:Country } } ORDER BY ?g"
    assert values(run_query(source, sparql)) == [(g.value,) for g in G]


def test_the_ontology_is_in_its_graph_only(source):
    in_graph = "SELECT ?l WHERE { GRAPH graph:ontology { kg:said rdfs:label ?l } }"
    in_default = "SELECT ?l WHERE { kg:said rdfs:label ?l }"
    assert values(run_query(source, in_graph)) == [("said",)]
    assert values(run_query(source, in_default)) == ([] if isinstance(source, GraphStore) else [("said",)])


# ------------------------------------------------------------------ keeping the union in a store


def test_the_default_graph_follows_replacements_and_removals(store_path):
    with GraphStore.open(store_path) as store:
        assert default_graph(store) == union_of_named_graphs(store)
        said = ox.Triple(XI, SAID, ox.Literal("trade must be fair"))  # in a1 and a2
        assert said in default_graph(store)
        store.replace_article(G[0], [q for q in dataset_quads() if q.graph_name == G[0] and q.predicate != SAID])
        assert said in default_graph(store)  # a2 still says it
        store.remove_article(G[1])
        assert said not in default_graph(store)  # no article says it now
        assert ox.Triple(BIDEN, LABEL, ox.Literal("Joe Biden")) not in default_graph(store)
        assert ox.Triple(CHINA, RDF_TYPE, COUNTRY) in default_graph(store)  # a1 and a3
        assert default_graph(store) == union_of_named_graphs(store)
        store.replace_article(G[1], [q for q in dataset_quads() if q.graph_name == G[1]])
        assert said in default_graph(store)
        assert default_graph(store) == union_of_named_graphs(store)


def test_the_default_graph_copy_is_in_no_export_length_or_hash(store_path, trig):
    quads = dataset_quads()
    with GraphStore.open(store_path, read_only=True) as store:
        assert len(store) == len(quads)
        assert sorted(map(str, store.quads())) == sorted(map(str, quads))
        assert all(b"<https://kg.example.org/graph/a" in line for line in store.dump("nq").splitlines())
        assert store.graph_names() == [g.value for g in G]
    with load_file(trig) as loaded:
        assert len(loaded) == len(quads)
        assert loaded.dump("nq") == GraphStore.open(store_path, read_only=True).dump("nq")


def older_store(path: Path) -> None:
    """A store as kg wrote it before the default graph held the union."""
    with GraphStore.open(path) as store:
        store.oxigraph.update("CLEAR DEFAULT")


def test_a_read_only_open_of_an_older_store_refuses_queries_but_exports(store_path):
    older_store(store_path)
    with GraphStore.open(store_path, read_only=True) as store:
        with pytest.raises(StoreError, match="older kg.*open it once for writing"):
            store.query("SELECT * WHERE { ?s ?p ?o }")
        assert len(store.dump("nq").splitlines()) == len(dataset_quads())


def test_a_writable_open_adds_the_union_to_an_older_store(store_path):
    older_store(store_path)
    with GraphStore.open(store_path) as store:
        assert default_graph(store) == union_of_named_graphs(store)
        ontology = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH))}
        assert ontology and not ontology & default_graph(store)
    with GraphStore.open(store_path, read_only=True) as store:
        assert values(run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }")) == [("1",)]


# ------------------------------------------------------------------ the command line


def test_kg_query_counts_each_triple_once(trig, store_path):
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }"
    for where in ([str(trig)], ["--store", str(store_path)]):
        done = subprocess.run(
            [sys.executable, "-m", "kg", "query", *where, sparql, "-f", "csv"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.splitlines() == ["n", "1"]


def test_an_older_store_read_only_still_gives_hashes_and_entities(store_path):
    """Those read named graphs only, so they need no union."""
    older_store(store_path)
    with GraphStore.open(store_path, read_only=True) as store:
        assert store.article_hashes() == {g.value: "hash-" + g.value[-2:] for g in G}
        assert store.entities() == [("person/xi-jinping", "Person", "Xi Jinping")]


def test_kg_query_on_an_older_store_says_how_to_upgrade_it(store_path):
    older_store(store_path)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "query",
            "--store",
            str(store_path),
            "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 1 and not done.stdout
    assert done.stderr.startswith(f"kg: error: store {store_path} was written by an older kg")
    assert "open it once for writing (kg build --store)" in done.stderr and done.stderr.count("\n") == 1
