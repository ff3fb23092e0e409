"""kg.store.names: the index of entity names a writer keeps, checked against the query it
replaces (GraphStore._queried_entities), also after it went stale or was damaged."""

from __future__ import annotations

import itertools
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import GraphStore
from kg.store.names import NAMES, NameIndex, entity_rows
from kg.vocab import CLASS_NAMES

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
BASE = "https://kg.example.org/"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
PERSON = ox.NamedNode(BASE + "ontology#Person")
CLASSES = sorted(CLASS_NAMES)


def by_graph() -> dict[ox.NamedNode, list[ox.Quad]]:
    quads = sorted(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG), key=lambda q: str(q.graph_name))
    return {g: list(qs) for g, qs in itertools.groupby(quads, key=lambda q: q.graph_name)}


def person(graph: ox.NamedNode, key: str, label: str) -> list[ox.Quad]:
    entity = ox.NamedNode(BASE + "id/person/" + key)
    return [ox.Quad(entity, TYPE, PERSON, graph), ox.Quad(entity, LABEL, ox.Literal(label), graph)]


@pytest.fixture
def store_path(tmp_path) -> Path:
    """The sample's two articles, and three more that label one person in two ways."""
    path = tmp_path / "store"
    with GraphStore.open(path) as store:
        store.write_articles(list(by_graph().items()))
        extra = {ox.NamedNode(BASE + f"graph/x{n}"): label for n, label in enumerate(("Ada", "Ada", "ADA"))}
        store.write_articles([(graph, person(graph, "ada", label)) for graph, label in extra.items()])
    return path


def answers(store: GraphStore, exclude: tuple[str, ...] = ()) -> tuple[list, list]:
    """The index's rows and the query's, for every class."""
    return store.entities(CLASSES, exclude), store._queried_entities(CLASSES, exclude)


@pytest.mark.parametrize("exclude", [(), (BASE + "graph/a1",), (BASE + "graph/x0", BASE + "graph/x1")])
def test_the_index_answers_like_the_query(store_path, exclude):
    with GraphStore.open(store_path) as store:
        assert store._indexed
        indexed, queried = answers(store, exclude)
        assert indexed == queried and len(indexed) >= 3
        ada = [row for row in indexed if row[0] == "person/ada"]
        assert ada == [("person/ada", "Person", "ADA" if len(exclude) == 2 else "Ada")]  # most graphs' label


def test_rows_follow_every_write_in_the_session(store_path):
    with GraphStore.open(store_path) as store:
        graph = ox.NamedNode(BASE + "graph/x2")
        store.replace_article(graph, person(graph, "ada", "Ada") + person(graph, "bob", "Bob"))
        store.remove_article(BASE + "graph/a1")
        indexed, queried = answers(store)
        assert indexed == queried and ("person/bob", "Person", "Bob") in indexed


def test_an_index_a_writer_did_not_save_is_recomputed_where_it_is_stale(store_path, monkeypatch):
    """A build killed before it saved the index (or a kg that keeps none): the rows of the
    graphs whose cache file changed are recomputed by the next writable open."""
    monkeypatch.setattr(NameIndex, "save", lambda self: None)
    with GraphStore.open(store_path) as store:
        graph = ox.NamedNode(BASE + "graph/x0")
        store.replace_article(graph, person(graph, "eve", "Eve"))
    monkeypatch.undo()
    with GraphStore.open(store_path) as store:
        indexed, queried = answers(store)
        assert indexed == queried and ("person/eve", "Person", "Eve") in indexed


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"https://kg.example.org/graph/a1": 7}', b"[1, 2]"])
def test_a_damaged_or_missing_index_is_rebuilt(store_path, damage):
    (store_path / NAMES).write_bytes(damage)
    with GraphStore.open(store_path) as store:
        indexed, queried = answers(store)
        assert indexed == queried and indexed
    assert (store_path / NAMES).read_bytes() != damage


def test_a_reader_queries(store_path):
    with GraphStore.open(store_path, read_only=True) as store:
        assert not store._indexed and store.entities(CLASSES) == store._queried_entities(CLASSES, ())


def test_entity_rows_keep_only_kg_classes_of_entities():
    graph = ox.NamedNode(BASE + "graph/g")
    article = ox.NamedNode(BASE + "article/g")
    quads = person(graph, "ada", "Ada") + [
        ox.Quad(article, TYPE, ox.NamedNode("https://schema.org/NewsArticle"), graph),
        ox.Quad(article, LABEL, ox.Literal("not an entity"), graph),
        ox.Quad(ox.NamedNode(BASE + "id/person/ada"), TYPE, ox.NamedNode("https://schema.org/Person"), graph),
    ]
    assert entity_rows(q.triple for q in quads) == [("person/ada", "Person", "Ada")]
