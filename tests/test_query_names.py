"""kg.query.run.resolve_entities: a read-only store's names, read once, answer as the SPARQL filter does."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import resolve_entities, run_saved
from kg.store import GraphStore

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
NAMES = ["Huawei", "huawei", "HUAWEI", "Xi", "Xi Jinping", "xi jinping", "Beijing", "nobody", ""]


def sample_store(path: Path) -> Path:
    quads = list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))
    with GraphStore.open(path) as store:
        for graph in sorted({q.graph_name for q in quads}, key=str):
            store.replace_article(graph, [q for q in quads if q.graph_name == graph])
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return sample_store(tmp_path_factory.mktemp("names") / "store")


@pytest.mark.parametrize("name", NAMES)
def test_read_only_names_agree_with_the_filtered_scan(store_path, name):
    with GraphStore.open(store_path) as writable:  # writable: the SPARQL filter, every time
        scanned = resolve_entities(writable, name)
    with GraphStore.open(store_path, read_only=True) as snapshot:
        assert resolve_entities(snapshot, name) == scanned
    if name.lower() == "huawei":
        assert [str(iri) for iri in scanned] == ["https://kg.example.org/id/organization/huawei"]


def test_a_new_read_only_open_sees_new_names(tmp_path):
    store_path = sample_store(tmp_path / "store")
    with GraphStore.open(store_path, read_only=True) as before:
        assert resolve_entities(before, "Newcomer") == []
        with GraphStore.open(store_path) as writer:
            graph = ox.NamedNode("https://kg.example.org/graph/new")
            entity = ox.NamedNode("https://kg.example.org/id/person/newcomer")
            label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
            mentioned = ox.NamedNode("https://kg.example.org/ontology#mentionedIn")
            writer.replace_article(
                graph,
                [
                    ox.Quad(entity, label, ox.Literal("Newcomer"), graph),
                    ox.Quad(entity, mentioned, ox.NamedNode("https://kg.example.org/article/new"), graph),
                ],
            )
        assert resolve_entities(before, "Newcomer") == []  # a snapshot: what it saw when opened
    with GraphStore.open(store_path, read_only=True) as after:
        assert [str(iri) for iri in resolve_entities(after, "newcomer")] == [entity.value]
        assert run_saved(after, "relations-of", ENTITY="Newcomer").bindings == []
