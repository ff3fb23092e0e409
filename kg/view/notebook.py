"""The view inline in a notebook: any graph source -> show -> InlineView (the page in an iframe)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import networkx as nx

from kg.fileio import write_atomic
from kg.view.render import VIEW_LIMIT, overview_graph, render_view

__all__ = ["InlineView", "show"]


class InlineView:
    """The view of a graph, shown inline by Jupyter (``_repr_html_``): the self-contained page
    in an ``<iframe srcdoc>``, so it needs no network, no file and no server, and its script
    and Content-Security-Policy stay its own, apart from the notebook's."""

    def __init__(self, page: str, height: int = 640) -> None:
        self.page = page  #: the whole HTML page, as :func:`render_view` renders it
        self.height = height

    def _repr_html_(self) -> str:
        import html

        # the page is an attribute value: escaped with quotes, it cannot end the attribute or
        # the iframe; the sandbox runs its script in an origin of its own (links open a tab)
        return (
            f'<iframe srcdoc="{html.escape(self.page, quote=True)}" title="kg view" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'style="width:100%;height:{int(self.height)}px;border:1px solid #e5e7eb;border-radius:6px">'
            "</iframe>"
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the page to ``path`` (atomically), to open it outside the notebook."""
        return write_atomic(Path(path), self.page.encode("utf-8"))


def show(
    graph: Any,
    focus: str | None = None,
    hops: int = 2,
    top: int | None = None,
    *,
    classes: set[str] | None = None,
    min_degree: int = 0,
    title: str | None = None,
    height: int = 640,
) -> InlineView:
    """The interactive view of ``graph``, inline in a notebook: ``kg.show("output")``.

    ``graph`` is what any kg command reads (an output folder, a graph file, a store folder),
    an open :class:`~kg.store.GraphStore`, a build's result (:class:`~kg.pipeline.BuildResult`
    or its ``data``), an rdflib graph or Dataset, pyoxigraph quads, or a graph from
    :func:`kg.graph.to_networkx`. ``focus`` (label, alias or IRI) keeps the entities within
    ``hops`` of it and selects it; ``classes``, ``min_degree`` and ``top`` filter as
    ``kg view`` does, and a graph of more than 300 entities shows 300 that show its structure
    (:func:`kg.view.render.overview_graph`) unless ``top`` or ``focus`` says otherwise.
    """
    from kg.graph.convert import article_table
    from kg.graph.select import select_subgraph
    from kg.view.select import structured_subgraph

    overview = focus is None and top is None
    whole = _entity_graph(graph, limit=VIEW_LIMIT if overview else None)
    shown = select_subgraph(whole, focus=focus, hops=hops, classes=classes, min_degree=min_degree, top=top)
    if overview and shown.number_of_nodes() > VIEW_LIMIT:
        shown = structured_subgraph(shown, VIEW_LIMIT, articles=len(article_table(shown)))
    page = render_view(shown, title=title, focus_label=focus, hops=max(1, min(hops, 6)))
    return InlineView(page, height)


def _entity_graph(source: Any, limit: int | None) -> nx.MultiDiGraph:
    """Whatever :func:`show` takes, as a :func:`kg.graph.to_networkx` graph (with ``limit``,
    pyoxigraph quads are cut to :func:`~kg.view.render.overview_graph` first, as the build's
    view does)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.export import BuildData
    from kg.graph.convert import to_networkx
    from kg.store import GraphStore
    from kg.terms import rdflib_quads

    if isinstance(source, nx.Graph):
        return source
    if isinstance(source, Graph):
        return to_networkx(source)
    if hasattr(source, "data") and isinstance(source.data, BuildData):  # a BuildResult
        source = source.data
    if isinstance(source, BuildData):
        quads = list(source.quads)
    elif isinstance(source, GraphStore):
        quads = list(source.quads())
    elif isinstance(source, (str, os.PathLike)):
        quads = _path_quads(Path(source))
    else:
        quads = list(source)
        if quads and not isinstance(quads[0], ox.Quad):
            return to_networkx(quads)  # rdflib-term tuples
    if not limit:
        return to_networkx(rdflib_quads(quads))
    return overview_graph(quads, limit)


def _path_quads(path: Path) -> list:
    from kg.formats import read_graph_file
    from kg.load import resolve_graph_path
    from kg.store import GraphStore, is_store

    if is_store(path):
        with GraphStore.open(path, read_only=True) as store:
            return list(store.quads())
    return read_graph_file(resolve_graph_path(path))
