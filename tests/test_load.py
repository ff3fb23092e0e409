"""kg.load: graph files by extension, output folders, and errors a person can act on."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS

from kg.errors import GraphError
from kg.load import ONTOLOGY_GRAPH, attach_ontology, load_dataset
from kg.vocab import GRAPH, KG

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import SAMPLE, sample_quads
except ImportError:
    from graph_sample import SAMPLE, sample_quads  # type: ignore[no-redef]

HUAWEI = URIRef("https://kg.example.org/id/organization/huawei")


def union_size() -> int:
    """The triples of the sample's article graphs, each once: Huawei's type and label are in both."""
    return len({quad.triple for quad in sample_quads()})


def test_trig_keeps_named_graphs_and_queries_see_their_union():
    dataset = load_dataset(SAMPLE)
    assert isinstance(dataset, Dataset)
    assert dataset.default_union is True
    named = sorted(str(g.identifier) for g in dataset.graphs() if len(g))
    assert named == [str(GRAPH["a1"]), str(GRAPH["a2"])]
    assert len(dataset) == union_size() == len(sample_quads()) - 2
    assert list(dataset.objects(HUAWEI, RDFS.label)) == [Literal("Huawei")]
    assert dataset.namespace_manager.store.namespace("kg") == URIRef(str(KG._NS))


@pytest.mark.parametrize("suffix, fmt", [(".nq", "nquads"), (".jsonld", "json-ld")])
def test_quad_formats_round_trip(tmp_path, suffix, fmt):
    original = load_dataset(SAMPLE)
    path = tmp_path / f"graph{suffix}"
    original.serialize(path, format=fmt)
    loaded = load_dataset(path)
    for name in ("a1", "a2"):
        assert isomorphic(loaded.graph(GRAPH[name]), original.graph(GRAPH[name]))


def test_turtle_lands_in_the_default_graph(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text('<https://kg.example.org/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "X" .\n')
    dataset = load_dataset(path)
    assert list(dataset.objects(URIRef("https://kg.example.org/id/x"), RDFS.label)) == [Literal("X")]


def test_a_folder_stands_for_its_graph_trig(tmp_path):
    (tmp_path / "graph.trig").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(load_dataset(tmp_path)) == union_size()


def test_folder_without_graph_trig(tmp_path):
    with pytest.raises(GraphError, match=r"^no graph.trig in folder .*; run kg build into it first$"):
        load_dataset(tmp_path)


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.trig"
    with pytest.raises(GraphError) as caught:
        load_dataset(missing)
    assert str(caught.value) == f"no such graph file: {missing}"


def test_unknown_extension(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text("a,b\n")
    with pytest.raises(GraphError, match=r"unknown graph format '\.csv' \(use \.ttl, \.trig, \.nq, \.nt, \.jsonld\)"):
        load_dataset(path)


def test_unparsable_file_keeps_the_parser_message_on_one_line(tmp_path):
    path = tmp_path / "bad.trig"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n")
    with pytest.raises(GraphError) as caught:
        load_dataset(path)
    message = str(caught.value)
    assert message.startswith(f"cannot parse {path} as trig: ")
    assert "\n" not in message
    assert "line 2" in message


def test_attach_ontology_adds_one_named_graph_once():
    dataset = load_dataset(SAMPLE)
    attach_ontology(dataset)
    size = len(dataset.graph(ONTOLOGY_GRAPH))
    attach_ontology(dataset)
    assert size == len(dataset.graph(ONTOLOGY_GRAPH)) > 100
    assert Literal("called for", lang="en") in set(dataset.objects(KG.calledFor, RDFS.label))
