"""kg.graph.stats: counts, central entities, communities, components."""

from __future__ import annotations

import pytest

from kg.graph import Ranked, graph_stats, to_networkx
from kg.load import load_dataset

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import CHINA, HUAWEI, SAMPLE, US, graph, modality_quads  # noqa: F401 (graph is a fixture)
except ImportError:
    from graph_sample import CHINA, HUAWEI, SAMPLE, US, graph, modality_quads  # type: ignore[no-redef]  # noqa: F401


def test_graph_stats(graph):
    stats = graph_stats(graph, top=3)
    assert (stats.nodes, stats.edges) == (8, 7)
    assert stats.classes == {"Country": 2, "Organization": 2, "Place": 2, "Event": 1, "Person": 1}
    assert stats.predicates == {
        "held in": 1,
        "located in": 1,
        "nationality": 1,
        "spoke at": 1,
        "steps up crackdowns on": 1,
        "targets": 1,
        "tensions with": 1,
    }
    assert stats.top_degree == (
        Ranked("Huawei", HUAWEI, 3.0),
        Ranked("United States", US, 3.0),
        Ranked("China", CHINA, 2.0),
    )
    # the undirected projection is the path Beijing - symposium - Xi - China - US - Huawei - Shenzhen
    assert [(r.label, r.score) for r in stats.top_pagerank] == [
        ("Huawei", pytest.approx(0.1649073502, abs=1e-9)),
        ("symposium on economic and social work", pytest.approx(0.1649073502, abs=1e-9)),
        ("United States", pytest.approx(0.1565256028, abs=1e-9)),
    ]
    assert stats.communities == (
        ("Beijing", "Xi Jinping", "symposium on economic and social work"),
        ("China", "United States"),
        ("Huawei", "Shenzhen <script>alert(1)</script>"),
        ("Global Times",),
    )
    assert (stats.components, stats.component_sizes) == (2, (7, 1))


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
