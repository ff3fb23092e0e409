"""GraphStore._load_new: new graphs loaded by Oxigraph (its bulk loader, or one transaction)
while their cache files and names are recorded; the same store as the reference, and
nothing left of a load that failed."""

from __future__ import annotations

import logging

import pyoxigraph as ox
import pytest

from kg.store import DUMP_FORMATS, GraphStore, StoreError
from kg.store import database as db
from kg.store.cache import Cache
from kg.vocab import ID, KG

GRAPH = "https://kg.example.org/graph/"
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SAYS = ox.NamedNode(str(KG.said))
#: the count of the default graph, which must be the set union (shared triples once)
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def article(number: int) -> tuple[ox.NamedNode, list[ox.Quad]]:
    """Article ``number``: a person shared with a third of the others (same label, so the same
    triples in several graphs), one of its own, and a few statements."""
    g = ox.NamedNode(f"{GRAPH}a{number:03d}")
    shared, own = ox.NamedNode(f"{ID}person/p{number % 3}"), ox.NamedNode(f"{ID}person/own-{number}")
    triples = [
        (shared, TYPE, ox.NamedNode(str(KG.Person))),
        (shared, LABEL, ox.Literal(f"Shared Person {number % 3}")),
        (own, TYPE, ox.NamedNode(str(KG.Person))),
        (own, LABEL, ox.Literal(f"Own Person {number}")),
        *((own, SAYS, ox.Literal(f'statement {i} of {number}: "quoted"\n')) for i in range(5)),
    ]
    return g, [ox.Quad(s, p, o, g) for s, p, o in triples]


ARTICLES = [article(n) for n in range(12)]


def observed(store: GraphStore) -> tuple:
    """What readers see: every dump, the default graph's size, the entities for folding."""
    count = next(iter(store.query(COUNT)))["n"].value  # type: ignore[index]
    return {fmt: store.dump(fmt) for fmt in DUMP_FORMATS}, count, store.entities()


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk-loader", "transaction"])
def test_new_graphs_loaded_in_one_batch_equal_the_reference(tmp_path, monkeypatch, bulk):
    """The batch written through either loader (cache and names recorded during the load)
    gives the dumps, the set union and the entities of the in-memory reference store, and a
    later writable open finds the cache and the names current."""
    monkeypatch.setattr(db, "BULK_QUADS", 0 if bulk else 10**9)
    reference = observed(GraphStore.from_quads([q for _, quads in ARTICLES for q in quads], tmp_path / "ref"))
    with GraphStore.open(tmp_path / "s") as store:
        store.write_articles(ARTICLES[:4])  # new graphs beside stored ones
        store.write_articles(ARTICLES[4:])
        assert observed(store) == reference
    with GraphStore.open(tmp_path / "s") as again:
        assert observed(again) == reference
        assert not (tmp_path / "s" / "pending").exists()
    assert int(reference[1]) < sum(len(quads) for _, quads in ARTICLES)  # shared triples counted once


class FailingLoads:
    """An Oxigraph store whose loads fail (a full disk), the rest of it as it is."""

    def __init__(self, store: ox.Store) -> None:
        self.inner = store

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    @staticmethod  # no self in the frame: the traceback must not keep the store (its lock) alive
    def load(**_: object) -> None:
        raise OSError("No space left on device")

    bulk_load = load


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk-loader", "transaction"])
def test_a_failed_load_leaves_no_cache_file_and_no_names_of_its_graphs(tmp_path, monkeypatch, caplog, bulk):
    monkeypatch.setattr(db, "BULK_QUADS", 0 if bulk else 10**9)
    path = tmp_path / "s"
    with GraphStore.open(path) as store:
        store.write_articles(ARTICLES[:2])
        before = observed(store)
        real: ox.Store | None = store.oxigraph
        store._store = FailingLoads(real)  # type: ignore[assignment]
        with pytest.raises(StoreError, match="No space left on device"):
            store.write_articles(ARTICLES[2:4])
        store._store, real = real, None  # the lock goes with the last reference
        assert observed(store) == before
        assert not any(Cache(path).file(graph).exists() for graph, _ in ARTICLES[2:4])
    caplog.set_level(logging.WARNING, logger="kg.store.database")
    with GraphStore.open(path) as again:
        assert observed(again) == before
    assert caplog.records == []  # nothing to repair
    assert not (path / "pending").exists()
