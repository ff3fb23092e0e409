"""The part of a graph a view shows: focus, class, degree and PageRank filters.

    MultiDiGraph -> select_subgraph -> MultiDiGraph (an independent copy)
    pyoxigraph quads -> rank_quads -> the quads of the top entities, and the whole's size

Every selection remembers the size of the graph it was cut from (graph attributes
``whole_entities`` and ``whole_relations``, set once, by the first cut), so that a view
can say honestly what it shows out of what.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.errors import GraphError
from kg.graph.pagerank import pagerank
from kg.graph.paths import resolve_node
from kg.graph.shape import STATEMENT_PARTS, Reader, is_fact_predicate
from kg.vocab import ARTICLE, ASSERTING, CLASS_NAMES, KG, REL

__all__ = ["Ranking", "rank_quads", "select_subgraph", "top_quads", "whole_size"]

WHOLE_ENTITIES, WHOLE_RELATIONS = "whole_entities", "whole_relations"


def whole_size(graph: nx.Graph) -> tuple[int, int]:
    """(entities, relations) of the graph ``graph`` was cut from (its own size if uncut)."""
    return (
        int(graph.graph.get(WHOLE_ENTITIES, graph.number_of_nodes())),
        int(graph.graph.get(WHOLE_RELATIONS, graph.number_of_edges())),
    )


@dataclass(frozen=True, slots=True)
class Ranking:
    """What :func:`rank_quads` found: the quads to convert and the size of the whole graph."""

    kept: list[Any] | None  #: the quads for the top entities; None when every entity is kept
    entities: int  #: entities of the whole graph
    relations: int  #: edges :func:`kg.graph.convert.to_networkx` would make of the whole graph


def rank_quads(quads: list[Any], top: int, structure: bool = False) -> Ranking:
    """Of pyoxigraph ``quads``, those :func:`~kg.graph.convert.to_networkx` needs for the
    ``top`` entities by PageRank, so that ``select_subgraph(to_networkx(kept), top=top)`` is
    the graph ``select_subgraph(to_networkx(quads), top=top)`` would be while only the kept
    quads become rdflib terms.

    The quads are read by :class:`~kg.graph.shape.Reader`, as ``to_networkx`` reads them;
    PageRank ranks the entities with the same ties; the kept quads are those about the
    winners, the statements among them, the articles and open predicates. With ``structure``,
    entities in connected groups of more than two rank ahead of lone entities and pairs
    (what an overview of many articles shows first).
    """
    import pyoxigraph as ox

    reader = Reader.of_pyoxigraph(quads, kept=STATEMENT_PARTS, entity_facts=True)
    entities = {reader.value(node): node for node in reader.entities()}
    terms = set(entities.values())  # terms, not strings: no string is made for a fact that is no edge
    pairs: set[tuple[str, str]] = set()
    edges: set[tuple[str, str, str, str]] = set()  # (s, p, o, stance): one edge of to_networkx each
    for s, p, o in reader.facts:
        if s in terms and o in terms:
            pairs.add((s.value, o.value))
            edges.add((s.value, p, o.value, "asserted"))
    ends: dict[str, tuple[str, Any]] = {}  # statement -> (its subject, its object)
    modality_ = str(KG.modality)
    for node, (s, p, o) in reader.statement_triples():
        ends[node.value] = (s.value, o)
        if s in terms and o in terms and is_fact_predicate(p):
            pairs.add((s.value, o.value))
            modality = reader.one(node, modality_)
            stance = "asserted" if modality is None or modality.value in ASSERTING else modality.value
            edges.add((s.value, p, o.value, stance))
    size = (len(entities), len(edges))
    if len(entities) <= top:
        return Ranking(None, *size)
    ranked = nx.Graph()
    for iri in sorted(entities):
        ranked.add_node(iri, label=reader.label(entities[iri]))
    ranked.add_edges_from(pairs)
    scores = pagerank(ranked)
    grouped = {n for c in nx.connected_components(ranked) if len(c) > 2 for n in c} if structure else set()
    keep = set(
        sorted(
            scores,
            key=lambda node: (structure and node not in grouped, -scores[node], ranked.nodes[node]["label"], node),
        )[:top]
    )
    literal = ox.Literal
    wanted = keep | {
        statement for statement, (s, o) in ends.items() if s in keep and (type(o) is literal or o.value in keep)
    }
    context = (str(REL), str(ARTICLE))  # open predicates' labels; articles, for attributes without statements
    kept = [quad for quad in quads if quad.subject.value in wanted or quad.subject.value.startswith(context)]
    return Ranking(kept, *size)


def top_quads(quads: list[Any], top: int) -> list[Any] | None:
    """The quads :func:`rank_quads` keeps for the ``top`` entities; None when there are at
    most ``top`` entities."""
    return rank_quads(quads, top).kept


def select_subgraph(
    graph: nx.MultiDiGraph,
    focus: str | None = None,
    hops: int = 1,
    classes: set[str] | None = None,
    min_degree: int = 0,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """The part of ``graph`` the view shows, filters applied in this order:

    1. ``focus`` (label, alias or IRI): the nodes within ``hops`` edges of it, either direction;
    2. ``classes``: only nodes of these classes (local names, exact);
    3. ``min_degree``: only nodes with at least this many edges among the nodes left;
    4. ``top``: only the ``top`` nodes of highest PageRank among the nodes left.

    The focus node survives every filter. Returns an independent copy, which remembers the
    size of the whole graph (:func:`whole_size`).
    """
    if classes:
        unknown = sorted(set(classes) - CLASS_NAMES)
        if unknown:
            raise GraphError(f"unknown class {', '.join(unknown)}; classes are {', '.join(sorted(CLASS_NAMES))}")
    if hops < 0 or min_degree < 0 or (top is not None and top < 0):
        raise GraphError("hops, min_degree and top must not be negative")

    center = resolve_node(graph, focus) if focus else None
    keep = set(graph)
    if center is not None:
        keep = set(nx.ego_graph(graph, center, radius=hops, undirected=True))
    if classes:
        keep = {node for node in keep if graph.nodes[node]["cls"] in classes or node == center}
    if min_degree:
        view = graph.subgraph(keep)
        keep = {node for node in keep if view.degree(node) >= min_degree or node == center}
    if top is not None:
        scores = pagerank(graph.subgraph(keep))
        best = sorted(scores, key=lambda node: (-scores[node], graph.nodes[node]["label"], node))[:top]
        keep = set(best) | ({center} if center is not None else set())
    result = induced_copy(graph, keep)
    result.graph[WHOLE_ENTITIES], result.graph[WHOLE_RELATIONS] = whole_size(graph)
    return result


def induced_copy(graph: nx.MultiDiGraph, keep: set) -> nx.MultiDiGraph:
    """The subgraph on ``keep`` as an independent copy, nodes and edges in ``graph``'s order
    (``graph.subgraph(nodes).copy()`` may follow the order of a set, which varies by process)."""
    result = graph.__class__()
    result.graph.update(graph.graph)
    result.add_nodes_from((node, dict(data)) for node, data in graph.nodes(data=True) if node in keep)
    if graph.is_multigraph():
        result.add_edges_from(
            (u, v, key, dict(data)) for u, v, key, data in graph.edges(keys=True, data=True) if u in keep and v in keep
        )
    else:
        result.add_edges_from((u, v, dict(data)) for u, v, data in graph.edges(data=True) if u in keep and v in keep)
    return result
