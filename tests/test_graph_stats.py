"""kg.graph.stats: counts, central entities, communities, components."""

from __future__ import annotations

from collections import Counter

import pytest

from kg.graph import Ranked, graph_stats, to_networkx
from kg.load import load_dataset

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import (  # noqa: F401 (graph is a fixture)
        CHINA,
        FACTS,
        GT,
        HUAWEI,
        LINKED,
        SAMPLE,
        US,
        fact_edges,
        graph,
        modality_quads,
    )
except ImportError:
    from graph_sample import (  # type: ignore[no-redef]  # noqa: F401
        CHINA,
        FACTS,
        GT,
        HUAWEI,
        LINKED,
        SAMPLE,
        US,
        fact_edges,
        graph,
        modality_quads,
    )


def test_graph_stats(graph):
    stats = graph_stats(graph, top=3)
    edges = [*fact_edges(), LINKED]
    assert (stats.nodes, stats.edges) == (8, len(edges))
    assert stats.classes == {"Country": 2, "Organization": 2, "Place": 2, "Event": 1, "Person": 1}
    related = [f.predicate_label for f in FACTS if f.obj is not None] + ["located in"]  # the link too
    assert stats.predicates == dict(sorted(Counter(related).items(), key=lambda item: (-item[1], item[0])))
    assert stats.predicates["located in"] == 2
    # China, Huawei and the US each have three edges; ties go by label
    assert stats.top_degree == (
        Ranked("China", CHINA, 3.0),
        Ranked("Huawei", HUAWEI, 3.0),
        Ranked("United States", US, 3.0),
    )
    assert stats.top_pagerank == reference_pagerank(graph, edges, top=3)
    # the undirected projection: the cycle Beijing - symposium - Xi - China - Beijing, and the
    # path China - US - Huawei - Shenzhen hanging from it; the publisher alone
    assert stats.communities == (
        ("Beijing", "China", "Xi Jinping", "symposium on economic and social work"),
        ("Huawei", "Shenzhen <script>alert(1)</script>", "United States"),
        ("Global Times",),
    )
    assert (stats.components, stats.component_sizes) == (2, (7, 1))


def reference_pagerank(graph, edges, top: int) -> tuple[Ranked, ...]:
    """networkx's PageRank of the simple undirected graph of ``edges`` and the lone publisher,
    ranked as kg.graph.stats ranks: highest first, then by label."""
    import networkx as nx
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python  # scipy is no dependency

    simple = nx.Graph([(u, v) for u, v, _ in edges])
    simple.add_node(GT)
    scores = _pagerank_python(simple)
    ranked = sorted(
        (Ranked(graph.nodes[node]["label"], node, pytest.approx(score, abs=1e-6)) for node, score in scores.items()),
        key=lambda r: (-r.score.expected, r.label),
    )
    return tuple(ranked[:top])


def test_graph_stats_is_deterministic(graph):
    assert graph_stats(graph) == graph_stats(to_networkx(load_dataset(SAMPLE)))


def test_stats_count_only_asserted_facts_as_relations():
    stats = graph_stats(to_networkx(modality_quads()))
    assert stats.edges == 2
    assert stats.predicates == {"met": 2}
    assert stats.unasserted == {"negated": 1, "possible": 1}


def test_typed_relations_are_the_ontology_properties_among_the_relations(graph):
    stats = graph_stats(graph)
    typed = {data["label"] for _, _, data in graph.edges(data=True) if "/ontology#" in data["predicate"]}
    open_ = {data["label"] for _, _, data in graph.edges(data=True) if "/relation/" in data["predicate"]}
    assert typed and open_  # the sample has both kinds
    assert set(stats.typed) == typed and not set(stats.typed) & (open_ - typed)
    assert sum(stats.typed.values()) < stats.edges
