"""What the overview of a graph shows first: structure, not dust.

    MultiDiGraph -> overview -> Overview (communities, central entities, what is folded)

A graph of many articles is mostly small groups (an entity and its date, a lone name) and
concept phrases. The overview folds those away into a count the page can unfold: a concept
is shown only where it links two named entities, a connected group of at most
:data:`TINY` entities is folded. What is left is split into communities (Louvain, seeded),
which the layout places apart and the page tints, and the most central entities by PageRank
are labelled at the fitted zoom (the page labels the others, concepts and dates among them,
on hover or zoom). A graph of
one article, or of a few dozen entities, folds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.graph.pagerank import pagerank, simple_undirected
from kg.graph.select import induced_copy, whole_size

__all__ = ["Overview", "overview"]

TINY = 2  #: a connected group of at most this many entities is folded in a multi-article overview
SMALL_GRAPH = 40  #: a graph of at most this many entities folds nothing and labels everything
LABELLED = 30  #: entities labelled at the fitted zoom of a larger graph
_UNLABELLED = frozenset({None, "Concept", "TimeExpression"})  # labelled on zoom or hover only


@dataclass(frozen=True, slots=True)
class Overview:
    """How the overview shows each entity of a graph."""

    community: dict[Any, int]  #: entity -> community number, 0 the largest; -1 folded
    central: frozenset  #: entities labelled at the fitted zoom
    folded: frozenset  #: entities hidden until the reader asks for them
    small_groups: int  #: connected groups folded for being tiny
    rank: dict[Any, float] = field(default_factory=dict)  #: PageRank over the whole graph given


def _is_named(data: dict) -> bool:
    return data.get("cls") not in (None, "Concept")


def _communities(graph: nx.Graph, seed: int) -> list[list]:
    """Louvain communities of ``graph``, largest first, each sorted. Louvain iterates sets,
    whose order for strings changes from one process to the next: it runs on the nodes'
    numbers in sorted order instead, so the same graph gives the same communities."""
    order = sorted(graph, key=str)
    number = {node: i for i, node in enumerate(order)}
    numbered = nx.Graph()
    numbered.add_nodes_from(range(len(order)))
    numbered.add_edges_from(sorted(tuple(sorted((number[u], number[v]))) for u, v in graph.edges()))
    found = nx.community.louvain_communities(numbered, seed=seed) if len(order) else []
    groups = [[order[i] for i in sorted(c)] for c in found]
    return sorted(groups, key=lambda c: (-len(c), str(c[0])))


def overview(G: nx.MultiDiGraph, articles: int, seed: int = 0) -> Overview:
    """The overview of ``G``, a graph of ``articles`` articles (see module doc)."""
    simple = simple_undirected(G)
    rank = pagerank(G, simple=simple)
    folded: set = set()
    groups = 0
    if articles > 1 and len(simple) > SMALL_GRAPH:
        for node in simple:
            if not _is_named(G.nodes[node]):
                named = {m for m in simple[node] if _is_named(G.nodes[m])}
                if len(named) < 2:
                    folded.add(node)
        rest = simple.subgraph(set(simple) - folded)
        for component in nx.connected_components(rest):
            if len(component) <= TINY:
                folded.update(component)
                groups += 1
    shown = simple.subgraph(set(simple) - folded)
    ordered = _communities(shown, seed)
    community = {node: -1 for node in folded}
    for number, members in enumerate(ordered):
        community.update((node, number) for node in members)
    candidates = sorted(shown, key=lambda n: (-rank.get(n, 0.0), str(n)))
    if len(shown) > SMALL_GRAPH:  # names, not concept phrases or dates, are what a reader looks for
        candidates = [n for n in candidates if G.nodes[n].get("cls") not in _UNLABELLED][:LABELLED]
    return Overview(
        community=community, central=frozenset(candidates), folded=frozenset(folded), small_groups=groups, rank=rank
    )


def structured_subgraph(G: nx.MultiDiGraph, limit: int, articles: int) -> nx.MultiDiGraph:
    """At most ``limit`` entities of ``G`` chosen for the overview, plus up to ``limit // 2``
    of the folded ones (for the page's "show"): the entities the overview would show, by
    PageRank, before any that it folds. The top ``limit`` by PageRank alone are mostly lone
    entities and pairs in a graph of many articles."""
    shape = overview(G, articles=articles)
    by_rank = sorted(G, key=lambda n: (-shape.rank.get(n, 0.0), str(n)))
    shown = [n for n in by_rank if n not in shape.folded][:limit]
    folded = [n for n in by_rank if n in shape.folded][: limit // 2]
    result = induced_copy(G, set(shown) | set(folded))
    result.graph["whole_entities"], result.graph["whole_relations"] = whole_size(G)
    return result
