"""Names and paths: the entity a user means, and how two entities are connected."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import GraphError
from kg.graph.convert import asserting_edges, listed
from kg.graph.pagerank import simple_undirected
from kg.vocab import KG

__all__ = ["Hop", "find_path", "resolve_node"]


def resolve_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by ``name``: an IRI, or a label or alias (case-insensitive)."""
    if name in graph:
        return name
    wanted = name.casefold().strip()
    matches = sorted(
        node
        for node, data in graph.nodes(data=True)
        if wanted == data["label"].casefold() or wanted in {alias.casefold() for alias in listed(data, "aliases")}
    )
    if len(matches) == 1:
        return matches[0]
    if matches:
        candidates = "; ".join(f"{graph.nodes[node]['label']} ({graph.nodes[node]['cls']}, {node})" for node in matches)
        raise GraphError(f"{name!r} is ambiguous, it names {len(matches)} entities: {candidates}; give the IRI")
    names = sorted(
        {data["label"] for _, data in graph.nodes(data=True)}
        | {alias for _, data in graph.nodes(data=True) for alias in listed(data, "aliases")}
    )
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise GraphError(f"no entity named {name!r}{hint}")


@dataclass(frozen=True, slots=True)
class Hop:
    """One edge of a path, in the edge's own direction; ``forward`` says whether it points along the path."""

    subject: str
    predicate: str
    object: str
    subject_iri: str
    predicate_iri: str
    object_iri: str
    forward: bool
    confidence: float
    sources: tuple[dict[str, Any], ...]

    def __str__(self) -> str:
        return f"{self.subject} --{self.predicate}--> {self.object}"


def _edge_preference(item: tuple[str, str, dict[str, Any], bool]) -> tuple:
    _, _, data, forward = item
    return (-data["confidence"], not data["predicate"].startswith(str(KG._NS)), data["label"], not forward)


def find_path(graph: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The shortest chain of facts linking ``a`` to ``b``, ignoring edge direction.

    Where two entities are linked by several facts, the hop takes the most
    confident one (an ontology predicate before an open one, then by label). Only
    facts the articles assert link entities: "X did not meet Y" is no hop.
    """
    start, end = resolve_node(graph, a), resolve_node(graph, b)
    graph = asserting_edges(graph)
    try:
        nodes = nx.shortest_path(simple_undirected(graph), start, end)
    except nx.NetworkXNoPath:
        raise GraphError(
            f"no path between {graph.nodes[start]['label']} and {graph.nodes[end]['label']}: "
            "no chain of facts links them"
        ) from None
    hops = []
    for u, v in zip(nodes, nodes[1:], strict=False):
        candidates = [(u, v, data, True) for data in (graph.get_edge_data(u, v) or {}).values()]
        candidates += [(v, u, data, False) for data in (graph.get_edge_data(v, u) or {}).values()]
        s, o, data, forward = min(candidates, key=_edge_preference)
        hops.append(
            Hop(
                subject=graph.nodes[s]["label"],
                predicate=data["label"],
                object=graph.nodes[o]["label"],
                subject_iri=s,
                predicate_iri=data["predicate"],
                object_iri=o,
                forward=forward,
                confidence=data["confidence"],
                sources=tuple(listed(data, "sources")),
            )
        )
    return hops
