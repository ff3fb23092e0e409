"""PageRank by power iteration in numpy, with networkx's semantics.

    nx graph -> power_pagerank -> {node: score}    (what ``networkx.pagerank`` computes)
    kg graph -> pagerank -> {node: score}           (over its undirected simple projection)

``networkx.pagerank`` needs scipy, which kg does not depend on, and networkx's pure-Python
version is about eight times slower than this one on a few thousand entities; the tests
check this implementation against networkx's on directed, undirected, weighted, dangling
and personalised graphs rather than against pinned numbers.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx

__all__ = ["PAGERANK_ALPHA", "pagerank", "power_pagerank", "simple_undirected"]

PAGERANK_ALPHA = 0.85


def simple_undirected(graph: nx.Graph) -> nx.Graph:
    """The undirected simple graph of ``graph``: one edge per linked pair, no self-loops.

    Centrality, communities and paths work on it: in news text the direction of
    "tensions with" or "met" says little about who is central."""
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return simple


def _normalised(values: Mapping[Hashable, float] | None, nodes: list, default: Any) -> Any:
    import numpy as np

    if values is None:
        return default
    vector = np.array([float(values.get(node, 0.0)) for node in nodes])
    total = vector.sum()
    if total <= 0:
        raise ZeroDivisionError("personalization or dangling weights sum to zero")
    return vector / total


def power_pagerank(
    graph: nx.Graph,
    alpha: float = PAGERANK_ALPHA,
    personalization: Mapping[Hashable, float] | None = None,
    max_iter: int = 100,
    tol: float = 1.0e-6,
    weight: str | None = "weight",
    dangling: Mapping[Hashable, float] | None = None,
) -> dict[Hashable, float]:
    """PageRank of every node of ``graph``, as ``networkx.pagerank(graph, ...)`` defines it.

    An undirected edge counts both ways, parallel edges add up, an edge without ``weight``
    weighs 1 (``weight=None``: every edge weighs 1). A node with no outgoing weight
    (dangling) gives its rank away by ``dangling``, or else by ``personalization``, or else
    evenly. Stops when the L1 change is below ``len(graph) * tol`` or after ``max_iter``
    iterations (networkx raises there; this returns the last iterate).
    """
    import numpy as np

    nodes = list(graph)
    if not nodes:
        return {}
    index = {node: number for number, node in enumerate(nodes)}
    sources, targets, weights = [], [], []
    edges = graph.edges(data=weight, default=1) if weight is not None else ((u, v, 1) for u, v in graph.edges())
    for u, v, w in edges:
        w = float(w)
        sources.append(index[u])
        targets.append(index[v])
        weights.append(w)
        if not graph.is_directed() and u != v:
            sources.append(index[v])
            targets.append(index[u])
            weights.append(w)
    rank = _iterate(
        len(nodes),
        np.array(sources, dtype=np.int64),
        np.array(targets, dtype=np.int64),
        np.array(weights, dtype=np.float64),
        alpha,
        _normalised(personalization, nodes, None),
        _normalised(dangling, nodes, None),
        max_iter,
        tol,
    )
    return {node: float(rank[number]) for number, node in enumerate(nodes)}


def _iterate(
    count: int,
    sources: Any,
    targets: Any,
    weights: Any,
    alpha: float,
    personal: Any,
    dangling_share: Any,
    max_iter: int,
    tol: float,
) -> Any:
    """Power iteration over edges given as arrays (each direction an entry of its own)."""
    import numpy as np

    teleport = np.full(count, 1.0 / count) if personal is None else personal
    dangling_share = teleport if dangling_share is None else dangling_share
    out_weight = np.bincount(sources, weights=weights, minlength=count).astype(np.float64)
    dangling = out_weight == 0
    edge_share = weights / np.where(dangling, 1.0, out_weight)[sources]
    rank = np.full(count, 1.0 / count)
    for _ in range(max_iter):
        new = np.bincount(targets, weights=alpha * rank[sources] * edge_share, minlength=count).astype(np.float64)
        new += (alpha * rank[dangling].sum()) * dangling_share + (1.0 - alpha) * teleport
        change = np.abs(new - rank).sum()
        rank = new
        if change < count * tol:
            break
    return rank


def pagerank(
    graph: nx.Graph, tolerance: float = 1.0e-10, max_iter: int = 200, simple: nx.Graph | None = None
) -> dict[str, float]:
    """PageRank of every entity of a kg graph over its undirected simple projection
    (:func:`simple_undirected`, or ``simple`` when the caller has built it already),
    unweighted; isolated entities spread their rank evenly. Deterministic: the same graph
    gives the same scores."""
    projection = simple if simple is not None else simple_undirected(graph)
    return power_pagerank(projection, max_iter=max_iter, tol=tolerance, weight=None)
