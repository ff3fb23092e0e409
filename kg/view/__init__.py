"""Interactive HTML view of an entity graph: one self-contained, offline page.

    nx.MultiDiGraph (kg.graph.to_networkx) -> render -> HTML file
    any graph source -> show -> InlineView (the page in an iframe, inline in Jupyter)

One module per job: :mod:`~kg.view.select` (what the overview shows first),
:mod:`~kg.view.layout` (where each node is drawn), :mod:`~kg.view.palette` (colours),
:mod:`~kg.view.assets` (the templates and the vendored vis-network), :mod:`~kg.view.render`
(the page), :mod:`~kg.view.notebook` (inline in Jupyter). The page offers an overview of the
graph's structure, a story view (each article a node with its entities around it), filters
by article, date, class, predicate, confidence and modality, and a panel that quotes each
fact's sentences with their articles.
"""

from kg.view.notebook import InlineView, show
from kg.view.palette import CLASS_COLOURS, OTHER_COLOUR, class_colours
from kg.view.render import VIEW_LIMIT, heading, overview_graph, render_view, render_view_bytes, write_view

__all__ = [
    "CLASS_COLOURS",
    "OTHER_COLOUR",
    "VIEW_LIMIT",
    "InlineView",
    "class_colours",
    "heading",
    "overview_graph",
    "render_view",
    "render_view_bytes",
    "show",
    "write_view",
]
