"""kg.graph.pagerank against networkx's own PageRank, on graphs of every kind it handles."""

from __future__ import annotations

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

from kg.graph.pagerank import pagerank, power_pagerank, simple_undirected

TOL = 1.0e-12  # both iterate to this tolerance, so they agree far closer than the 1e-6 asserted


def reference_implementations():
    """networkx's pure-Python PageRank, and ``nx.pagerank`` itself where scipy is installed."""
    found = [_pagerank_python]
    try:
        import scipy  # noqa: F401
    except ImportError:
        return found
    return [*found, nx.pagerank]


def directed() -> nx.DiGraph:
    return nx.DiGraph([(1, 2), (2, 3), (3, 1), (3, 4), (4, 2), (5, 4), (4, 6), (6, 1)])


def dangling() -> nx.DiGraph:
    G = nx.DiGraph([(1, 2), (1, 3), (3, 1), (3, 2), (3, 5), (4, 5), (4, 6), (5, 4), (5, 6), (6, 4)])
    G.add_node(7)  # isolated, and 2 has no way out
    return G


def weighted() -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_weighted_edges_from(
        [("a", "b", 3.0), ("a", "c", 1.0), ("b", "c", 0.5), ("c", "a", 2.0), ("c", "d", 4.0), ("d", "a", 1.0)]
    )
    return G


def multi() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph([(1, 2), (1, 2), (2, 3), (3, 1), (3, 3), (4, 1)])
    return G


GRAPHS = {
    "directed": directed,
    "dangling": dangling,
    "weighted": weighted,
    "multi": multi,
    "undirected karate": nx.karate_club_graph,
    "undirected with isolates": lambda: nx.union(nx.path_graph(5), nx.empty_graph(range(5, 8))),
    "florentine": nx.florentine_families_graph,
}


@pytest.mark.parametrize("reference", reference_implementations())
@pytest.mark.parametrize("name", sorted(GRAPHS))
@pytest.mark.parametrize("alpha", [0.85, 0.5])
def test_same_ranks_as_networkx(reference, name, alpha):
    G = GRAPHS[name]()
    expected = reference(G, alpha=alpha, tol=TOL, max_iter=1000)
    got = power_pagerank(G, alpha=alpha, tol=TOL, max_iter=1000)
    assert got.keys() == expected.keys()
    assert got == pytest.approx(expected, abs=1e-6)
    assert sum(got.values()) == pytest.approx(1.0)


@pytest.mark.parametrize("reference", reference_implementations())
@pytest.mark.parametrize("name", ["directed", "dangling", "undirected karate"])
def test_personalisation_and_dangling_weights(reference, name):
    G = GRAPHS[name]()
    nodes = sorted(G)
    personal = {node: 1.0 + i for i, node in enumerate(nodes)}
    sink = {nodes[0]: 1.0, nodes[-1]: 3.0}
    for kwargs in ({"personalization": personal}, {"dangling": sink}, {"personalization": personal, "dangling": sink}):
        expected = reference(G, tol=TOL, max_iter=1000, **kwargs)
        assert power_pagerank(G, tol=TOL, max_iter=1000, **kwargs) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("reference", reference_implementations())
def test_unweighted_ignores_weights(reference):
    G = weighted()
    expected = reference(G, weight=None, tol=TOL, max_iter=1000)
    assert power_pagerank(G, weight=None, tol=TOL, max_iter=1000) == pytest.approx(expected, abs=1e-6)
    assert power_pagerank(G, weight=None) != pytest.approx(power_pagerank(G), abs=1e-3)


@pytest.mark.parametrize("reference", reference_implementations())
def test_kg_pagerank_is_networkx_on_the_undirected_simple_projection(reference):
    """kg ranks entities over the undirected simple graph: direction, parallel facts and
    self-loops do not count."""
    G = nx.MultiDiGraph([("x", "y"), ("x", "y"), ("y", "x"), ("y", "z"), ("z", "z"), ("w", "z")])
    G.add_node("lone")
    expected = reference(simple_undirected(G), tol=TOL, max_iter=1000)
    assert pagerank(G) == pytest.approx(expected, abs=1e-8)
    assert pagerank(G)["y"] == pytest.approx(pagerank(G)["z"])  # y and z are alike once simple
    assert pagerank(G, simple=simple_undirected(G)) == pagerank(G)  # a projection built already serves as well


def test_empty_graph():
    assert power_pagerank(nx.DiGraph()) == {} and pagerank(nx.MultiDiGraph()) == {}


def test_personalisation_that_sums_to_zero_is_refused():
    with pytest.raises(ZeroDivisionError):
        power_pagerank(directed(), personalization={1: 0.0})
