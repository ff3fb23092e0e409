"""What every store checks of an article graph it is asked to hold, before it writes any of it.

:class:`~kg.store.GraphStore` and :class:`~kg.store.remote.RemoteStore` both replace a named
graph with exactly the quads given (:meth:`kg.store.location.ArticleStore.replace_article`);
a quad of another graph there is a caller's mistake, reported the same way by both.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError

__all__ = ["graph_triples"]


def graph_triples(graph: ox.NamedNode, quads: Iterable[ox.Quad], store: str | Path) -> list[ox.Triple]:
    """The triples of ``quads``, read to the end, all of which must be in ``graph``; one of
    another graph is a :class:`StoreError` naming it and ``store``."""
    triples = []
    for quad in quads:
        if quad.graph_name != graph:
            raise StoreError(f"cannot replace {graph} in store {store}: a quad belongs to graph {quad.graph_name}")
        triples.append(quad.triple)
    return triples
