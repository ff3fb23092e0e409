"""Statistics of a kg graph: counts, the most central entities, communities, components."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.graph.convert import asserting_edges
from kg.graph.pagerank import pagerank, simple_undirected
from kg.vocab import ASSERTING, KG

__all__ = ["Ranked", "Stats", "graph_stats"]


@dataclass(frozen=True, slots=True)
class Ranked:
    label: str
    iri: str
    score: float


@dataclass(frozen=True, slots=True)
class Stats:
    nodes: int
    edges: int
    classes: dict[str, int]  # class local name -> nodes, most first
    predicates: dict[str, int]  # predicate label -> edges, most first
    top_degree: tuple[Ranked, ...]  # degree counts every edge, both directions
    top_pagerank: tuple[Ranked, ...]  # PageRank of the undirected simple projection
    communities: tuple[tuple[str, ...], ...]  # sorted labels, largest community first
    components: int  # connected components of the undirected view
    component_sizes: tuple[int, ...]  # largest first
    unasserted: dict[str, int] = field(default_factory=dict)  # modality -> facts between entities not asserted
    typed: dict[str, int] = field(default_factory=dict)  # ontology property label -> edges (not open rel: ones)


def _counted(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _ranked(graph: nx.MultiDiGraph, scores: dict[str, float], top: int) -> tuple[Ranked, ...]:
    # rounded so that ties in exact arithmetic stay ties whatever the summation order
    ranked = [Ranked(graph.nodes[node]["label"], node, round(float(score), 10)) for node, score in scores.items()]
    ranked.sort(key=lambda r: (-r.score, r.label, r.iri))
    return tuple(ranked[:top])


def graph_stats(graph: nx.MultiDiGraph, top: int = 10, seed: int = 0) -> Stats:
    """Size, class and predicate counts, most central nodes, communities (Louvain) and components.

    Relations are the facts the articles assert (:func:`~kg.graph.convert.asserting_edges`): a
    negated, hedged, conditional or requested fact is no relation, and is counted apart, by
    modality, in ``unasserted``.
    """
    unasserted = _counted(
        data.get("modality", "asserted")
        for _, _, data in graph.edges(data=True)
        if data.get("modality", "asserted") not in ASSERTING
    )
    graph = asserting_edges(graph)
    simple = simple_undirected(graph)
    labels = nx.get_node_attributes(graph, "label")
    communities = nx.community.louvain_communities(simple, seed=seed) if len(simple) else []
    groups = [tuple(sorted(labels[node] for node in community)) for community in communities]
    groups.sort(key=lambda group: (-len(group), group))
    sizes = sorted((len(component) for component in nx.connected_components(simple)), reverse=True)
    return Stats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        classes=_counted(data["cls"] for _, data in graph.nodes(data=True)),
        predicates=_counted(data["label"] for _, _, data in graph.edges(data=True)),
        typed=_counted(
            data["label"] for _, _, data in graph.edges(data=True) if data["predicate"].startswith(str(KG._NS))
        ),
        top_degree=_ranked(graph, {node: float(degree) for node, degree in graph.degree()}, top),
        top_pagerank=_ranked(graph, pagerank(graph, simple=simple), top),
        communities=tuple(groups),
        components=len(sizes),
        component_sizes=tuple(sizes),
        unasserted=unasserted,
    )
