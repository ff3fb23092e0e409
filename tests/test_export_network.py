"""kg export --format graphml|gexf: the entity graph for Gephi and Cytoscape, read back by
networkx's own readers, from a graph file, an output folder and a store alike."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from test_export import HOSTILE, hostile_graphs

from kg.export import BuildData, export_graph, gexf, graphml
from kg.graph import listed
from kg.store import GraphStore

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import HUAWEI, ID, LINKED, SAMPLE, US, XI, fact, fact_edges
except ImportError:
    from graph_sample import HUAWEI, ID, LINKED, SAMPLE, US, XI, fact, fact_edges  # type: ignore[no-redef]

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


def read_back(tmp_path: Path, payload: bytes, fmt: str) -> nx.MultiDiGraph:
    file = tmp_path / f"g.{fmt}"
    file.write_bytes(payload)
    return READERS[fmt](file)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("network") / "store"
    quads = list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))
    with GraphStore.open(path) as store:
        for graph, group in itertools.groupby(
            sorted(quads, key=lambda q: str(q.graph_name)), key=lambda q: q.graph_name
        ):
            store.replace_article(graph, list(group))
    return path


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_sample_nodes_labels_classes_degrees_and_edges(tmp_path, fmt):
    back = read_back(tmp_path, export_graph(SAMPLE, fmt), fmt)
    assert back.is_directed() and back.is_multigraph()
    assert back.number_of_nodes() == 8
    assert (back.nodes[XI]["label"], back.nodes[XI]["cls"], back.nodes[XI]["degree"]) == ("Xi Jinping", "Person", 2)
    assert back.nodes[HUAWEI]["degree"] == 3
    assert json.loads(back.nodes[XI]["aliases"]) == ["Xi", "the Chinese president"]
    edges = {(u, v, d["predicate"]): d for u, v, d in back.edges(data=True)}
    assert set(edges) == {*fact_edges(), LINKED}
    crackdown = edges[US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"]
    assert (crackdown["label"], crackdown["modality"], crackdown["article"], crackdown["headline"]) == (
        "steps up crackdowns on",
        "asserted",
        "a1",
        "Xi urges breakthroughs",
    )
    assert crackdown["confidence"] == pytest.approx(0.6)
    assert [s["start"] for s in listed(crackdown, "sources")] == [fact("steps up crackdowns on").sentence.start]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_a_file_an_output_folder_and_a_store_give_the_same_bytes(tmp_path, sample_store, fmt):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "graph.trig").write_bytes(SAMPLE.read_bytes())
    from_file = export_graph(SAMPLE, fmt)
    assert export_graph(folder, fmt) == from_file
    assert export_graph(sample_store, fmt) == from_file
    with GraphStore.open(sample_store, read_only=True) as store:
        assert export_graph(store, fmt) == from_file


@pytest.mark.parametrize("writer, fmt", [(graphml, "graphml"), (gexf, "gexf")])
def test_hostile_text_survives_and_bytes_are_stable(tmp_path, writer, fmt):
    data = BuildData.of(hostile_graphs(), [])
    payload = writer(data)
    assert payload == writer(BuildData.of(list(reversed(hostile_graphs())), []))
    back = read_back(tmp_path, payload, fmt)
    assert back.nodes[ID + "product/unicorn"]["label"] == HOSTILE
    headlines = {d["headline"] for _, _, d in back.edges(data=True)}
    assert headlines == {"Xi visits China", HOSTILE}


def test_gexf_carries_no_date():
    assert b"lastmodifieddate" not in export_graph(SAMPLE, "gexf")


def test_non_asserted_facts_are_edges_with_their_modality(tmp_path):
    from kg.model import Article, ArticleGraph, Entity, Fact, Span

    text = "X did not meet Y."
    article = Article(id="m1", title="X and Y", text=text, source_path="m1.txt")
    graph = ArticleGraph(
        article,
        (Entity("person/x", "Person", "X"), Entity("person/y", "Person", "Y")),
        (
            Fact(
                "person/x",
                "",
                "meet",
                "person/y",
                None,
                "m1",
                Span(0, len(text), text),
                0.7,
                "clause",
                modality="negated",
            ),
        ),
    )
    back = read_back(tmp_path, graphml(BuildData.of([graph], [])), "graphml")
    [(u, v, data)] = back.edges(data=True)
    assert (u, v, data["modality"], data["label"]) == (ID + "person/x", ID + "person/y", "negated", "meet")


def test_characters_xml_cannot_hold_are_dropped(tmp_path):
    from kg.model import Article, ArticleGraph, Entity

    article = Article(id="c1", title="bell\x07 and form\x0cfeed", text="text", source_path="c1.txt")
    graph = ArticleGraph(article, (Entity("person/x", "Person", "X\x0bY\x00Z"),), ())
    back = read_back(tmp_path, graphml(BuildData.of([graph], [])), "graphml")
    assert back.nodes[ID + "person/x"]["label"] == "XYZ"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_kg_export_writes_the_format(tmp_path, fmt):
    import subprocess
    import sys

    out = tmp_path / f"graph.{fmt}"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "export", str(SAMPLE), "--format", fmt, "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes() == export_graph(SAMPLE, fmt)
    assert READERS[fmt](out).number_of_nodes() == 8
