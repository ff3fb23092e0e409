"""Where the page draws each node: computed here, deterministic, so the page opens laid out.

    graph + Overview -> overview_positions -> {node: (x, y)}: communities apart, each a small layout
    graph + articles -> story_positions -> {node or article: (x, y)}: each story's entities around it
    articles + mentions -> story_pages -> [[article, ...], ...]: the story view's pages

vis-network's physics would mix the communities again and takes seconds on thousands of
nodes; the page only nudges overlapping labels apart (view.js). Each community is laid out
by networkx's spring layout (numpy, seeded), sized to its number of entities, and the
communities are placed largest first on a sunflower spiral, each further out at the golden
angle, so that none overlaps another. Folded entities wait in rows under the picture.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from kg.graph.pagerank import simple_undirected
from kg.view.select import Overview

__all__ = ["STORY_PAGE", "one_piece", "overview_positions", "story_pages", "story_positions"]

STEP = 130.0  #: about the distance between two linked entities
ONE_LAYOUT = 60  #: a graph of at most this many shown entities is laid out in one piece
STORY_PAGE = 24  #: stories on one page of the story view: headlines stay legible at the fitted zoom
_SEED = 7
_GOLDEN = math.pi * (3 - math.sqrt(5))


def _community_layout(simple: nx.Graph, members: list) -> dict[Any, tuple[float, float]]:
    """A layout of one community around (0, 0), spread over a disc of radius ~STEP * sqrt(n)."""
    if len(members) == 1:
        return {members[0]: (0.0, 0.0)}
    if len(members) == 2:
        return {members[0]: (-STEP / 2, 0.0), members[1]: (STEP / 2, 0.0)}
    inside = set(members)
    sub = nx.Graph()  # nodes and edges in sorted order: the seeded layout depends on the order
    sub.add_nodes_from(members)
    sub.add_edges_from(
        sorted(
            (min(u, v, key=str), max(u, v, key=str)) for u, v in simple.edges(members) if u in inside and v in inside
        )
    )
    raw = nx.spring_layout(sub, seed=_SEED, iterations=80 if len(members) > ONE_LAYOUT else 200)
    radius = STEP * (0.62 if len(members) > ONE_LAYOUT else 0.8) * math.sqrt(len(members))
    far = max(math.hypot(x, y) for x, y in raw.values()) or 1.0
    return {node: (float(x) * radius / far, float(y) * radius / far) for node, (x, y) in raw.items()}


def one_piece(shape: Overview) -> bool:
    """Whether an overview shows so few entities (at most :data:`ONE_LAYOUT`) that it is laid
    out as its connected pieces, not community by community, and that the page lets it settle
    under physics: one rule for both, so the page never shakes a layout made for communities."""
    return sum(1 for c in shape.community.values() if c >= 0) <= ONE_LAYOUT


def _sunflower(discs: Iterable[tuple[float, dict[Any, tuple[float, float]]]]) -> dict[Any, tuple[float, float]]:
    """Discs (radius, positions around 0) placed largest first on a spiral, none overlapping."""
    placed: list[tuple[float, float, float]] = []  # cx, cy, radius
    positions: dict[Any, tuple[float, float]] = {}
    for k, (radius, layout) in enumerate(discs):
        cx = cy = 0.0
        if placed:
            distance, angle = placed[0][2] + radius + STEP, k * _GOLDEN
            while True:  # walk outwards along the angle until this disc touches no other
                cx, cy = distance * math.cos(angle), distance * math.sin(angle)
                if all(math.hypot(cx - x, cy - y) >= r + radius + STEP * 0.6 for x, y, r in placed):
                    break
                distance += STEP * 0.5
        placed.append((cx, cy, radius))
        positions.update((node, (cx + x, cy + y)) for node, (x, y) in layout.items())
    return positions


def _rows(nodes: list, top: float, left: float, width: float) -> dict[Any, tuple[float, float]]:
    per_row = max(1, int(width // STEP))
    return {node: (left + (i % per_row) * STEP, top + (i // per_row) * STEP * 0.6) for i, node in enumerate(nodes)}


def overview_positions(G: nx.Graph, shape: Overview) -> dict[Any, tuple[float, float]]:
    """Positions for every entity of ``G``: communities apart, folded entities in rows below."""
    simple = simple_undirected(G)
    groups: dict[int, list] = defaultdict(list)
    for node in sorted(G, key=str):
        groups[shape.community.get(node, -1)].append(node)
    if one_piece(shape):  # a small graph reads best as its connected pieces, not as communities
        shown = [n for n in sorted(G, key=str) if shape.community.get(n, -1) >= 0]
        pieces = sorted(
            (sorted(c, key=str) for c in nx.connected_components(simple.subgraph(shown))),
            key=lambda c: (-len(c), str(c[0])),
        )
        groups = defaultdict(list, {i: piece for i, piece in enumerate(pieces)} | {-1: groups.get(-1, [])})
    discs = []
    for number in sorted(k for k in groups if k >= 0):
        layout = _community_layout(simple, groups[number])
        radius = max((math.hypot(x, y) for x, y in layout.values()), default=0.0) + STEP * 0.3
        discs.append((radius, layout))
    positions = _sunflower(discs)
    folded = groups.get(-1, [])
    if folded:
        xs = [x for x, _ in positions.values()] or [0.0]
        ys = [y for _, y in positions.values()] or [0.0]
        width = max(max(xs) - min(xs), STEP * 12)
        positions.update(_rows(folded, max(ys) + STEP * 1.5, min(xs), width))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()}


_FIRST_RING = 270.0  # clear of an article's box (its headline is drawn at about 10 px on screen)
_RING_GAP = 70.0


def _capacity(ring: int) -> int:
    """Entities on ring ``ring`` (0 the innermost) around an article."""
    return 12 + 8 * ring


def _rings(count: int) -> int:
    """Rings needed for ``count`` entities around an article (at least one)."""
    ring, room = 0, 0
    while room < count:
        room += _capacity(ring)
        ring += 1
    return max(1, ring)


def story_positions(
    G: nx.Graph, articles: Mapping[str, Mapping[str, str]], mentions: Mapping[Any, list[str]]
) -> dict[Any, tuple[float, float]]:
    """Positions for the story view: the articles on a grid in date order, each entity of one
    article on rings around it, an entity of several at the middle of its articles (a bridge).

    ``mentions``: entity -> the IRIs of the articles (of ``articles``) it is mentioned in."""
    order = sorted(articles, key=lambda iri: (articles[iri].get("date", ""), articles[iri].get("id", ""), iri))
    own: dict[str, list] = defaultdict(list)
    for node in sorted(G, key=str):
        found = [a for a in mentions.get(node, []) if a in articles]
        if len(found) == 1:
            own[found[0]].append(node)
    # each story's cell is as large as the rings of its own entities need
    rings = {a: _rings(len(own[a])) for a in order}
    cell = 2 * (_FIRST_RING + _RING_GAP * (max(rings.values(), default=1) - 1)) + STEP * 1.5
    columns = max(1, math.ceil(math.sqrt(len(order) * 1.6)))
    positions: dict[Any, tuple[float, float]] = {}
    for i, iri in enumerate(order):
        ax, ay = (i % columns) * cell, (i // columns) * cell * 0.8
        positions[iri] = (ax, ay)
        members = own[iri]
        ring, slot = 0, 0
        for node in members:
            capacity = min(_capacity(ring), len(members) - sum(_capacity(r) for r in range(ring)))
            radius = _FIRST_RING + _RING_GAP * ring
            angle = 2 * math.pi * slot / capacity + ring * 0.4
            positions[node] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle) * 0.75)
            slot += 1
            if slot == capacity:
                ring, slot = ring + 1, 0
    lone = []
    for k, node in enumerate(sorted(G, key=str)):
        found = [a for a in mentions.get(node, []) if a in articles]
        if len(found) > 1:
            x = sum(positions[a][0] for a in found) / len(found)
            y = sum(positions[a][1] for a in found) / len(found)
            angle = k * _GOLDEN
            positions[node] = (x + STEP * 0.35 * math.cos(angle), y + STEP * 0.35 * math.sin(angle))
        elif not found:
            lone.append(node)
    if lone:
        bottom = max((y for _, y in positions.values()), default=0.0) + cell * 0.6
        positions.update(_rows(lone, bottom, 0.0, columns * cell))
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in positions.items()}


def story_pages(
    articles: Mapping[str, Mapping[str, str]], mentions: Mapping[Any, list[str]], size: int = STORY_PAGE
) -> list[list[str]]:
    """The articles in pages of ``size`` for the story view, the most connected first.

    Hundreds of stories on one canvas are dust; a reader wants first the stories that tie
    into others. An article ranks by how many of its entities other articles mention too
    (the bridges the story view draws), then by how many entities it has, then by date.
    There is always one page, empty when there are no articles."""
    shared: dict[str, int] = defaultdict(int)
    named: dict[str, int] = defaultdict(int)
    for found in mentions.values():
        here = [a for a in found if a in articles]
        for a in here:
            named[a] += 1
            shared[a] += len(here) > 1
    order = sorted(articles, key=lambda a: (-shared[a], -named[a], articles[a].get("date", ""), a))
    return [order[i : i + size] for i in range(0, len(order), size)] or [[]]
