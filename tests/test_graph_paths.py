"""kg.graph.paths: names a user means and the chains of facts between them."""

from __future__ import annotations

import json

import pytest

from kg.errors import GraphError
from kg.graph import find_path, to_networkx

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import A1, CHINA, GT, ID, US, fact, graph, modality_quads  # noqa: F401 (graph is a fixture)
except ImportError:
    from graph_sample import A1, CHINA, GT, ID, US, fact, graph, modality_quads  # type: ignore[no-redef]  # noqa: F401


def test_path_from_xi_to_huawei_goes_via_china_and_the_us(graph):
    hops = find_path(graph, "Xi Jinping", "huawei")
    assert [(h.subject, h.predicate, h.object, h.forward) for h in hops] == [
        ("Xi Jinping", "nationality", "China", True),
        ("China", "tensions with", "United States", True),
        ("United States", "targets", "Huawei", True),  # the ontology predicate before the open one
    ]
    assert [[(s["sentence"], s["article"]) for s in h.sources] for h in hops] == [
        [(fact(label).sentence.text, A1)] for label in ("nationality", "tensions with", "targets")
    ]


def test_path_keeps_edge_direction_when_walked_backwards(graph):
    hops = find_path(graph, "US", "the Chinese president")
    assert [(h.subject, h.predicate, h.object, h.forward) for h in hops] == [
        ("China", "tensions with", "United States", False),
        ("Xi Jinping", "nationality", "China", False),
    ]


def test_no_path(graph):
    with pytest.raises(GraphError, match=r"^no path between Global Times and Huawei: no chain of facts links them$"):
        find_path(graph, "Global Times", "Huawei")


def test_unknown_name_suggests_close_ones(graph):
    with pytest.raises(GraphError, match=r"^no entity named 'Huawai' \(did you mean Huawei\?\)$"):
        find_path(graph, "Huawai", "China")


def test_ambiguous_name_lists_the_candidates(graph):
    graph = graph.copy()
    graph.nodes[GT]["aliases"] = json.dumps(["China"])
    with pytest.raises(GraphError) as caught:
        find_path(graph, "china", "Huawei")
    assert str(caught.value) == (
        f"'china' is ambiguous, it names 2 entities: China (Country, {CHINA}); "
        f"Global Times (Organization, {GT}); give the IRI"
    )


def test_a_path_never_walks_a_fact_that_is_not_asserted():
    graph = to_networkx(modality_quads())
    x, y, z = (ID + f"person/{n}" for n in ("x", "y", "z"))
    assert [(h.subject_iri, h.predicate, h.object_iri) for h in find_path(graph, "X", "Z")] == [
        (x, "met", y),
        (y, "met", z),
    ]
    graph.remove_edge(x, y, "https://kg.example.org/relation/met")  # left: only "X did not meet Y", "X may target Y"
    with pytest.raises(GraphError, match="^no path between X and Z"):
        find_path(graph, "X", "Z")
