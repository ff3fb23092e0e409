"""kg.store: the sample graph in an on-disk store; persistence, atomic replacement,
safe bindings, deterministic dumps that round-trip, and errors that name the folder."""

from __future__ import annotations

import hashlib
import itertools
import logging
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import GraphError, QueryError
from kg.export import FORMATS, BuildData
from kg.formats import NETWORK_FORMATS
from kg.query import saved_queries
from kg.store import DUMP_FORMATS, GraphStore, StoreError
from kg.vocab import PREFIXES

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import RECORDS, SAMPLE, SHENZHEN
except ImportError:
    from graph_sample import RECORDS, SAMPLE, SHENZHEN  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://kg.example.org/"
G1, G2 = ox.NamedNode(BASE + "graph/a1"), ox.NamedNode(BASE + "graph/a2")
A2 = ox.NamedNode(BASE + "article/a2")
HUAWEI = ox.NamedNode(BASE + "id/organization/huawei")
XI = ox.NamedNode(BASE + "id/person/xi-jinping")
HEADLINE = ox.NamedNode("https://schema.org/headline")
HASH = ox.NamedNode(BASE + "ontology#contentHash")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
HOSTILE = [
    '" } } ; DROP ALL ; INSERT DATA { <a> <b> <c> } #',
    "back\\slash \\u0022 \\\\u0022",
    '"""',
    "'''",
    "new\nline\r\ttab " + "".join(map(chr, range(32))) + "\x7f",
    "🦄 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 <script>alert(1)</script>",
]


PREFIX_IRIS = {name: str(namespace) for name, namespace in PREFIXES.items()}


def quad_order(quad: ox.Quad) -> tuple[str, str, str, str]:
    """The order of kg.export's files: graph, subject, predicate, object as N-Triples text."""
    return str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object)


def sample_quads() -> list[ox.Quad]:
    return sorted(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG), key=quad_order)


#: the quads of the sample, each once: what a store filled with it holds
SIZE = len(sample_quads())


def content_hash(article) -> str:
    """kg:contentHash of a record's article: SHA-256 over its title and text."""
    return hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()


HASH1, HASH2 = content_hash(RECORDS.A1), content_hash(RECORDS.A2)


def by_graph(quads) -> dict[ox.NamedNode, list[ox.Quad]]:
    return {g: list(qs) for g, qs in itertools.groupby(sorted(quads, key=quad_order), key=lambda q: q.graph_name)}


def fill(store: GraphStore, quads) -> None:
    for graph, group in by_graph(quads).items():
        store.replace_article(graph, group)


@pytest.fixture
def store(tmp_path):
    with GraphStore.open(tmp_path / "store") as opened:
        fill(opened, sample_quads())
        yield opened


def graph_quads(store: GraphStore, graph: ox.NamedNode) -> set[ox.Quad]:
    return set(store.oxigraph.quads_for_pattern(None, None, None, graph))


def rows(result) -> list[list[str | None]]:
    return [[None if term is None else term.value for term in row] for row in result]


# ------------------------------------------------------------------ persistence and reading


def test_store_persists_across_reopen(tmp_path):
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        fill(store, sample_quads())
        dumped = store.dump("nq")
    with GraphStore.open(path, create=False) as store:
        assert len(store) == SIZE
        assert store.graph_names() == [G1.value, G2.value]
        assert set(store.oxigraph.quads_for_pattern(None, None, None, None)) >= set(sample_quads())
        assert store.dump("nq") == dumped


def test_article_hashes_are_keyed_by_graph_iri(store):
    assert store.article_hashes() == {G1.value: HASH1, G2.value: HASH2}


def test_entities_keys_classes_and_labels(store):
    assert store.entities() == [
        ("organization/global-times", "Organization", "Global Times"),
        ("organization/huawei", "Organization", "Huawei"),
        ("person/xi-jinping", "Person", "Xi Jinping"),
    ]
    assert store.entities(["Country", "Place"]) == [
        ("country/china", "Country", "China"),
        ("country/united-states", "Country", "United States"),
        ("place/beijing", "Place", "Beijing"),
        (RECORDS.SHENZHEN.key, "Place", "Shenzhen <script>alert(1)</script>"),
    ]
    with pytest.raises(StoreError, match="unknown entity class 'Persn'"):
        store.entities(["Persn"])


def test_entity_label_is_the_one_most_articles_use(store):
    renamed = [q for q in by_graph(sample_quads())[G2] if not (q.subject == HUAWEI and q.predicate == LABEL)]
    store.replace_article(G2, renamed + [ox.Quad(HUAWEI, LABEL, ox.Literal("HUAWEI"), G2)])
    third = ox.NamedNode(BASE + "graph/a3")
    store.replace_article(
        third,
        [
            ox.Quad(HUAWEI, q.predicate, q.object, third)
            for q in renamed
            if q.subject == HUAWEI and q.predicate.value.endswith("type")
        ]
        + [ox.Quad(HUAWEI, LABEL, ox.Literal("HUAWEI"), third)],
    )
    assert ("organization/huawei", "Organization", "HUAWEI") in store.entities()


# ------------------------------------------------------------------ writing


def test_replace_article_swaps_one_graph_and_leaves_the_other(store):
    before_a1 = graph_quads(store, G1)
    new = [
        ox.Quad(A2, HEADLINE, ox.Literal("Huawei unveils a folding phone"), G2),
        ox.Quad(A2, HASH, ox.Literal("88bb"), G2),
        ox.Quad(HUAWEI, LABEL, ox.Literal("Huawei"), G2),
    ]
    store.replace_article(G2, iter(new))
    assert graph_quads(store, G2) == set(new)
    assert graph_quads(store, G1) == before_a1
    assert store.article_hashes() == {G1.value: HASH1, G2.value: "88bb"}
    assert len(store) == len(before_a1) + 3


def test_replace_article_keeps_hostile_text_exactly(store):
    quads = [
        ox.Quad(ox.NamedNode(f"{BASE}id/concept/h{i}"), LABEL, ox.Literal(text), G2) for i, text in enumerate(HOSTILE)
    ]
    quads.append(ox.Quad(A2, HEADLINE, ox.Literal(HOSTILE[0], language="en-gb"), G2))
    store.replace_article(G2, quads)
    assert graph_quads(store, G2) == set(quads)
    assert store.graph_names() == [G1.value, G2.value]  # the injected "DROP ALL" did nothing


def test_replace_article_rejects_a_quad_of_another_graph(store):
    before = store.dump("nq")
    with pytest.raises(StoreError, match="a quad belongs to graph <https://kg.example.org/graph/a1>"):
        store.replace_article(G2, sample_quads())
    assert store.dump("nq") == before


def test_remove_article(store):
    a2 = len(graph_quads(store, G2))
    assert store.remove_article(G2) is True
    assert store.remove_article(G2) is False
    assert store.graph_names() == [G1.value]
    assert len(store) == SIZE - a2
    assert store.article_hashes() == {G1.value: HASH1}


def test_empty_replacement_leaves_the_article_absent(store):
    store.replace_article(G2.value, [])
    assert store.graph_names() == [G1.value]


# ------------------------------------------------------------------ interrupted writes


def failing(quads, after: int):
    yield from quads[:after]
    raise RuntimeError("reader crashed")


def test_interrupted_quads_leave_previous_version(store):
    before = graph_quads(store, G2)
    replacement = [ox.Quad(A2, HEADLINE, ox.Literal(f"line {i}"), G2) for i in range(10)]
    with pytest.raises(RuntimeError, match="reader crashed"):
        store.replace_article(G2, failing(replacement, 5))
    assert graph_quads(store, G2) == before
    new = ox.NamedNode(BASE + "graph/a9")
    with pytest.raises(RuntimeError):
        store.replace_article(new, failing([ox.Quad(A2, HEADLINE, ox.Literal("x"), new)], 1))
    assert store.graph_names() == [G1.value, G2.value]


def test_update_failing_after_the_drop_rolls_back(store, monkeypatch):
    """The DROP and INSERT, and the default graph's changes, are one Oxigraph transaction:
    an operation failing after them (here a DROP of a missing graph, appended to the
    update) undoes them all."""
    before, union_before = graph_quads(store, G2), graph_quads(store, ox.DefaultGraph())
    original = GraphStore._update_text

    def then_fail(graph: ox.NamedNode, triples: str | None) -> str:
        return original(graph, triples) + " ;\nDROP GRAPH <https://kg.example.org/graph/missing>"

    monkeypatch.setattr(GraphStore, "_update_text", staticmethod(then_fail))
    with pytest.raises(StoreError, match=r"cannot write graph <https://kg.example.org/graph/a2> in store .*missing"):
        store.replace_article(G2, [ox.Quad(A2, HEADLINE, ox.Literal("new"), G2)])
    assert graph_quads(store, G2) == before
    with pytest.raises(StoreError, match=r"cannot write graph <https://kg.example.org/graph/a2>"):
        store.remove_article(G2)
    assert graph_quads(store, G2) == before
    assert graph_quads(store, ox.DefaultGraph()) == union_before


# ------------------------------------------------------------------ queries


def test_query_sees_all_graphs_and_the_ontology(store):
    # who-said-what needs the ontology's ``kg:calledFor rdfs:subPropertyOf kg:said``
    assert rows(store.query(saved_queries()["who-said-what"].text)) == [
        [
            "Xi Jinping",
            "called for",
            "robust efforts to improve homegrown innovation capabilities",
            "Chinese President Xi Jinping on Monday called for robust efforts to improve homegrown innovation "
            "capabilities.",
            "Xi urges breakthroughs",
            "2020-08-24",
            BASE + "article/a1",
            None,
        ]
    ]
    # ... yet the ontology is in no article graph, length or dump
    assert store.graph_names() == [G1.value, G2.value]
    assert b"ontology#Person> <http://www.w3.org/2000/01/rdf-schema#label>" not in store.dump("nq")


def test_query_with_bindings(store):
    sparql = (
        "SELECT DISTINCT ?entity ?label WHERE { ?entity rdfs:label ?label ; kg:mentionedIn ?article } ORDER BY ?label"
    )
    assert rows(store.query(sparql, {"?entity": HUAWEI})) == [[HUAWEI.value, "Huawei"]]
    assert rows(store.query(sparql, {"label": "Shenzhen <script>alert(1)</script>"})) == [
        [SHENZHEN, "Shenzhen <script>alert(1)</script>"]
    ]
    assert rows(store.query(sparql, {"entity": URIRef(XI.value)})) == [[XI.value, "Xi Jinping"]]
    count = "SELECT ?n WHERE { ?s kg:wordCount ?n }"
    assert rows(store.query(count, {"n": RECORDS.A2.words})) == [[str(RECORDS.A2.words)]]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_binding_is_only_a_value(store, value):
    sparql = "SELECT ?label ?entity WHERE { ?entity rdfs:label ?label }"
    assert rows(store.query(sparql, {"label": value})) == []
    assert len(store) == SIZE and store.graph_names() == [G1.value, G2.value]


def test_default_graph_is_a_set(store):
    """Huawei's label is in both article graphs: the default graph has it once (as rdflib's
    union does), GRAPH ?g once per graph."""
    sparql = "SELECT ?entity ?label WHERE { ?entity rdfs:label ?label }"
    assert rows(store.query(sparql, {"entity": HUAWEI})) == [[HUAWEI.value, "Huawei"]]
    per_graph = 'SELECT ?g ?entity WHERE { GRAPH ?g { ?entity rdfs:label "Huawei" } } ORDER BY ?g'
    assert rows(store.query(per_graph, {"entity": HUAWEI})) == [[G1.value, HUAWEI.value], [G2.value, HUAWEI.value]]


def test_binding_a_variable_the_query_does_not_select(store):
    with pytest.raises(QueryError, match=r"does not select .*\?entity.*add it to the SELECT clause"):
        store.query("SELECT ?label WHERE { ?entity rdfs:label ?label }", {"entity": HUAWEI})


@pytest.mark.parametrize(
    "sparql, message",
    [
        ("SELECT ?s WHERE { ?s ?p }", "invalid SPARQL: error at 1:26"),
        ("SELECT ?s WHERE {\n  ?s nope:x ?o\n}", "invalid SPARQL: error at 2:"),
        ("DELETE WHERE { ?s ?p ?o }", "invalid SPARQL: error at 1:1"),
    ],
)
def test_malformed_query_is_one_line(store, sparql, message):
    with pytest.raises(QueryError) as caught:
        store.query(sparql)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)
    assert len(store) == SIZE


# ------------------------------------------------------------------ dumps


def sample_dataset() -> Dataset:
    dataset = Dataset()
    dataset.parse(SAMPLE, format="trig")
    return dataset


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")])
def test_quad_dumps_round_trip_graph_by_graph(store, fmt, parser):
    loaded = Dataset()
    loaded.parse(data=store.dump(fmt), format=parser)
    original = sample_dataset()
    for graph in (G1, G2):
        name = URIRef(graph.value)
        assert len(loaded.graph(name)) > 0
        assert isomorphic(loaded.graph(name), original.graph(name))
    assert {str(g.identifier) for g in loaded.graphs() if len(g)} == {G1.value, G2.value}


def test_turtle_dump_is_the_union(store):
    loaded = Graph().parse(data=store.dump("ttl"), format="turtle")
    union = Graph()
    for s, p, o, _ in sample_dataset().quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(loaded) == SIZE - 2  # Huawei's type and label are in both article graphs
    assert isomorphic(loaded, union)
    assert b"@prefix kg: <https://kg.example.org/ontology#> ." in store.dump("ttl")


def test_dumps_are_the_bytes_kg_export_writes_whatever_the_load_order(store, tmp_path):
    quads = sample_quads()
    data = BuildData((), (), tuple(quads))
    # the network formats (GraphML, GEXF) are drawn from the quads, not dumped (kg.export._from_store)
    expected = {fmt: writer(data) for fmt, writer in FORMATS.items() if fmt not in NETWORK_FORMATS}
    assert set(expected) == set(DUMP_FORMATS)
    with GraphStore.open(tmp_path / "reversed") as other:
        groups = by_graph(quads)
        for graph in (G2, G1):  # the other graph first, each one's quads backwards
            other.replace_article(graph, reversed(groups[graph]))
        for fmt, data in expected.items():
            assert store.dump(fmt) == data == other.dump(fmt), fmt


def test_unknown_dump_format(store):
    with pytest.raises(StoreError, match="unknown dump format 'xml' \\(use ttl, trig, nq, jsonld\\)"):
        store.dump("xml")


def test_to_rdflib_all_or_a_slice(store):
    everything = store.to_rdflib()
    assert everything.default_union is True
    assert len(everything) == SIZE - 2  # the union: Huawei's type and label once
    sliced = store.to_rdflib([G2])
    assert {str(g.identifier) for g in sliced.graphs() if len(g)} == {G2.value}
    assert isomorphic(sliced.graph(URIRef(G2.value)), sample_dataset().graph(URIRef(G2.value)))
    assert sliced.namespace_manager.store.namespace("kg") == URIRef(BASE + "ontology#")
    with pytest.raises(StoreError, match="no graph <https://kg.example.org/graph/a7> in store"):
        store.to_rdflib([BASE + "graph/a7"])


# ------------------------------------------------------------------ opening errors


LOCKER = (
    "import sys; from kg.store import GraphStore; store = GraphStore.open(sys.argv[1]); "
    "print('ready', flush=True); sys.stdin.read()"
)


def test_store_locked_by_another_process(tmp_path):
    path = tmp_path / "store"
    GraphStore.open(path).close()
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert locker.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            GraphStore.open(path)
        assert str(caught.value).startswith(f"store {path} is in use by another process (")
        assert isinstance(caught.value, GraphError) and "\n" not in str(caught.value)
    finally:
        locker.stdin.close()
        locker.wait(timeout=30)
    GraphStore.open(path).close()  # the lock went with the other process


def test_second_open_in_the_same_process(tmp_path):
    with GraphStore.open(tmp_path / "store"):
        with pytest.raises(StoreError, match="is in use by this process"):
            GraphStore.open(tmp_path / "store")
    GraphStore.open(tmp_path / "store").close()  # closing released the lock


def test_damaged_store(tmp_path):
    path = tmp_path / "damaged"
    (path / "oxigraph").mkdir(parents=True)
    for name in ("CURRENT", "IDENTITY", "MANIFEST-000001", "000001.sst"):
        (path / "oxigraph" / name).write_bytes(b"\x00garbage\xff" * 40)
    with pytest.raises(StoreError, match=f"^store {path} is damaged and cannot be opened \\(Corruption: "):
        GraphStore.open(path)


def test_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match=f"^{tmp_path} is not a kg store: the folder holds other files"):
        GraphStore.open(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]  # nothing was written into it


def test_missing_store_file_path_and_closed_store(tmp_path):
    with pytest.raises(StoreError, match="^no store at "):
        GraphStore.open(tmp_path / "nowhere", create=False)
    assert not (tmp_path / "nowhere").exists()
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="it is a file, not a folder"):
        GraphStore.open(tmp_path / "file")
    store = GraphStore.open(tmp_path / "store")
    store.close()
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        len(store)


@pytest.mark.parametrize("garbage", [b"\xff\xfe not text", b"not an iri with spaces\n", b"<>\n", "folder"])
def test_garbage_in_pending_makes_every_cache_suspect_and_the_writer_rebuilds_them(tmp_path, garbage):
    """An unreadable pending file may have lost any name: readers bypass every cache file,
    and the next writer rebuilds them all (never a UnicodeDecodeError or an invalid IRI)."""
    import pyoxigraph as ox

    from kg.store import CACHE, PENDING, GraphStore

    graph = ox.NamedNode("https://kg.example.org/graph/a")
    triple = (
        ox.NamedNode("https://kg.example.org/id/x"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
        ox.Literal("X"),
    )
    with GraphStore.open(tmp_path / "s") as store:
        store.replace_article(graph, [ox.Quad(*triple, graph)])
        expected = store.dump("nq")
    for cached in (tmp_path / "s" / CACHE).iterdir():
        cached.write_bytes(b"")  # every cache file stale
    if garbage == "folder":
        (tmp_path / "s" / PENDING).mkdir()
    else:
        (tmp_path / "s" / PENDING).write_bytes(garbage)
    with GraphStore.open(tmp_path / "s", read_only=True) as reader:
        assert reader.dump("nq") == expected  # read from the database, not the stale cache
    with GraphStore.open(tmp_path / "s") as writer:
        assert not (tmp_path / "s" / PENDING).exists()
        assert writer.dump("nq") == expected
    assert any(f.stat().st_size for f in (tmp_path / "s" / CACHE).iterdir())  # rebuilt


def test_a_store_missing_its_current_file_is_never_written_to(tmp_path):
    import pyoxigraph as ox

    from kg.store import DATABASE, GraphStore, StoreError

    graph = ox.NamedNode("https://kg.example.org/graph/a")
    with GraphStore.open(tmp_path / "s") as store:
        store.replace_article(
            graph,
            [
                ox.Quad(
                    ox.NamedNode("https://kg.example.org/id/x"),
                    ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                    ox.Literal("X"),
                    graph,
                )
            ],
        )
    (tmp_path / "s" / DATABASE / "CURRENT").unlink()
    before = {f.name: f.read_bytes() for f in (tmp_path / "s" / DATABASE).iterdir() if f.is_file()}
    with pytest.raises(StoreError, match="damaged.*CURRENT is missing"):
        GraphStore.open(tmp_path / "s")
    with pytest.raises(StoreError):
        GraphStore.open(tmp_path / "s", read_only=True)
    after = {f.name: f.read_bytes() for f in (tmp_path / "s" / DATABASE).iterdir() if f.is_file()}
    assert after == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: b"\x00\xff not n-quads\n" * 5,
        lambda data: (
            data
            + b'<https://kg.example.org/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "injected" '
            + b"<https://kg.example.org/graph/a> .\n"
        ),
        lambda data: b"",
        None,  # the file deleted
    ],
    ids=["truncated", "garbage", "line-appended", "empty", "deleted"],
)
def test_a_damaged_cache_file_never_reaches_an_export_and_the_next_writer_rebuilds_it(tmp_path, damage, caplog):
    """kg export reads a graph whose cache file fails its checksum from the database (every
    format, with one warning line), and the next writable open rebuilds the file."""
    import pyoxigraph as ox

    from kg.store import DUMP_FORMATS, GraphStore
    from kg.store.cache import Cache

    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    graphs = [ox.NamedNode(f"https://kg.example.org/graph/{name}") for name in "ab"]
    with GraphStore.open(tmp_path / "s") as store:
        for graph in graphs:
            node = ox.NamedNode(f"https://kg.example.org/id/{graph.value[-1]}")
            store.replace_article(graph, [ox.Quad(node, label, ox.Literal(f"X {graph.value}"), graph)])
        expected = {fmt: store.dump(fmt) for fmt in DUMP_FORMATS}
    cache_file = Cache(tmp_path / "s").file(graphs[0])
    good = cache_file.read_bytes()
    if damage is None:
        cache_file.unlink()
    else:
        cache_file.write_bytes(damage(good))
    caplog.set_level(logging.WARNING, logger="kg.store.database")
    with GraphStore.open(tmp_path / "s", read_only=True) as reader:
        assert {fmt: reader.dump(fmt) for fmt in DUMP_FORMATS} == expected
    warnings = [r.getMessage() for r in caplog.records]
    assert len(warnings) == len(DUMP_FORMATS) and "\n" not in warnings[0]
    assert "1 export cache file(s) damaged or missing (the first: graph https://kg.example.org/graph/a)" in warnings[0]
    assert not cache_file.exists() if damage is None else cache_file.read_bytes() == damage(good)  # untouched
    caplog.clear()
    with GraphStore.open(tmp_path / "s") as writer:  # a writer rebuilds it on open
        assert cache_file.read_bytes() == good
        assert writer.dump("nq") == expected["nq"]
    assert [r.getMessage() for r in caplog.records] == [
        f"store {tmp_path / 's'}: 1 export cache file(s) damaged or missing, rebuilt from the database"
    ]
    assert not (tmp_path / "s" / "pending").exists()


def test_a_writer_rebuilds_a_file_damaged_while_it_has_the_store_open(tmp_path):
    import pyoxigraph as ox

    from kg.store import GraphStore
    from kg.store.cache import Cache

    graph = ox.NamedNode("https://kg.example.org/graph/a")
    quad = ox.Quad(
        ox.NamedNode("https://kg.example.org/id/x"),
        ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
        ox.Literal("X"),
        graph,
    )
    with GraphStore.open(tmp_path / "s") as store:
        store.replace_article(graph, [quad])
        good = Cache(tmp_path / "s").file(graph).read_bytes()
        Cache(tmp_path / "s").file(graph).write_bytes(good[:10])
        assert b'"X"' in store.dump("nq")
        assert Cache(tmp_path / "s").file(graph).read_bytes() == good
