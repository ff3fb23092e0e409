"""kg.graph.select: the filters of the view and the ranking of quads before conversion."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import GraphError
from kg.graph import graph_stats, select_subgraph, to_networkx

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import BEIJING, CHINA, GT, HUAWEI, ID, KG, SHENZHEN, SYMPOSIUM, US, XI, graph  # noqa: F401 (graph is a fixture)
except ImportError:
    from graph_sample import BEIJING, CHINA, GT, HUAWEI, ID, KG, SHENZHEN, SYMPOSIUM, US, XI, graph  # type: ignore[no-redef]  # noqa: F401


def test_select_focus_hops(graph):
    # China's neighbours: Xi (nationality), the US (tensions) and Beijing (linked into China)
    assert sorted(select_subgraph(graph, focus="China", hops=1)) == sorted([CHINA, XI, US, BEIJING])
    two = sorted([CHINA, XI, US, BEIJING, SYMPOSIUM, HUAWEI])
    assert sorted(select_subgraph(graph, focus="China", hops=2)) == two


def test_select_classes_and_min_degree(graph):
    assert sorted(select_subgraph(graph, classes={"Country", "Organization"})) == sorted([CHINA, US, HUAWEI, GT])
    assert sorted(select_subgraph(graph, classes={"Country", "Organization"}, min_degree=1)) == sorted(
        [CHINA, US, HUAWEI]
    )


def test_select_top_keeps_the_focus(graph):
    ranked = [r.iri for r in graph_stats(graph, top=2).top_pagerank]
    assert sorted(select_subgraph(graph, top=2)) == sorted(ranked) == sorted([CHINA, HUAWEI])
    sub = select_subgraph(graph, focus="Global Times", hops=3, top=1)
    assert list(sub) == [GT]


def test_select_returns_a_copy_with_the_edges(graph):
    sub = select_subgraph(graph, focus="Huawei", hops=1)
    assert sorted(sub.edges(keys=True)) == sorted(
        [
            (US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"),
            (US, HUAWEI, KG + "targets"),
            (HUAWEI, SHENZHEN, KG + "locatedIn"),
        ]
    )
    sub.nodes[HUAWEI]["label"] = "changed"
    assert graph.nodes[HUAWEI]["label"] == "Huawei"


def test_select_rejects_unknown_classes(graph):
    with pytest.raises(GraphError, match=r"^unknown class Persn; classes are Concept, Country, "):
        select_subgraph(graph, classes={"Persn"})


@pytest.mark.parametrize("top", [1, 2, 4, 7])
def test_top_quads_give_the_graph_select_subgraph_gives(top):
    """The view of a large graph ranks entities before converting terms; the result must be
    the very graph select_subgraph(top=N) cuts from the whole one."""
    import pyoxigraph as ox

    from kg.graph.select import top_quads
    from kg.terms import rdflib_quads

    quads = list(ox.parse(path=str(Path(__file__).parent / "data" / "sample.trig"), format=ox.RdfFormat.TRIG))
    whole = select_subgraph(to_networkx(rdflib_quads(quads)), top=top)
    kept = top_quads(quads, top)
    assert kept is not None and len(kept) < len(quads)
    sliced = select_subgraph(to_networkx(rdflib_quads(kept)), top=top)
    assert list(sliced.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(sliced.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert top_quads(quads, 1000) is None


def sample_quads() -> list:
    import pyoxigraph as ox

    return list(ox.parse(path=str(Path(__file__).parent / "data" / "sample.trig"), format=ox.RdfFormat.TRIG))


def test_rank_quads_counts_the_whole_graph_as_to_networkx_does():
    from kg.graph.select import rank_quads
    from kg.terms import rdflib_quads

    quads = sample_quads()
    whole = to_networkx(rdflib_quads(quads))
    for top in (2, 1000):
        ranking = rank_quads(quads, top)
        assert (ranking.entities, ranking.relations) == (whole.number_of_nodes(), whole.number_of_edges())
    assert rank_quads(quads, 1000).kept is None


def test_rank_quads_with_structure_ranks_connected_groups_first():
    """A pair of entities outranks the leaves of a hub by PageRank; an overview wants the hub's group."""
    import pyoxigraph as ox

    from kg.graph.select import rank_quads

    kg_ = "https://kg.example.org/ontology#"
    g = ox.NamedNode("https://kg.example.org/graph/x")
    person = ox.NamedNode(kg_ + "Person")
    typ = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    met = ox.NamedNode("https://kg.example.org/relation/met")
    quads = []
    names = ["hub"] + [f"leaf{i}" for i in range(8)] + [f"lone{i}" for i in range(8)]
    for name in names:
        quads.append(ox.Quad(ox.NamedNode(ID + name), typ, person, g))
    for i in range(8):
        quads.append(ox.Quad(ox.NamedNode(ID + "hub"), met, ox.NamedNode(ID + f"leaf{i}"), g))
    for i in range(0, 8, 2):  # four pairs
        quads.append(ox.Quad(ox.NamedNode(ID + f"lone{i}"), met, ox.NamedNode(ID + f"lone{i + 1}"), g))
    plain = {q.subject.value for q in rank_quads(quads, 5).kept if q.predicate == typ}
    grouped = {q.subject.value for q in rank_quads(quads, 5, structure=True).kept if q.predicate == typ}
    assert any("lone" in n for n in plain)  # by PageRank alone, pairs come before the leaves
    assert ID + "hub" in grouped and not any("lone" in n for n in grouped)


def test_a_selection_remembers_the_size_of_the_whole(graph):
    from kg.graph.select import whole_size

    cut = select_subgraph(graph, top=2)
    assert whole_size(cut) == (graph.number_of_nodes(), graph.number_of_edges())
    assert whole_size(select_subgraph(cut, top=1)) == whole_size(cut)  # set once, by the first cut
    assert whole_size(graph) == (graph.number_of_nodes(), graph.number_of_edges())
