"""Interactive HTML view of an entity graph: one self-contained, offline page.

    nx.MultiDiGraph (from ``kg.analysis.to_networkx``) -> pyvis Network -> HTML file
    any graph source -> show -> InlineView (the page in an iframe, inline in Jupyter)

The page works with no network at all. pyvis builds the vis-network nodes, edges
and options; instead of pyvis's own template (which loads Bootstrap and tom-select
from CDNs and, with ``cdn_resources="local"``, writes a ``lib/`` folder into the
working directory) the page is rendered from ``kg/templates/view.html.j2``, with
the page's own style (``view.css``) and script (``view.js``) and vis-network's
script and style, from the copy shipped inside the pyvis package, all inlined.
Nothing is ever written except the page itself, atomically.

Article text is data, never markup. Everything taken from the graph travels as
one JSON document in a ``<script type="application/json">`` element, with
``<``, ``>``, ``&`` and U+2028/U+2029 escaped so that no ``</script>`` can close
it; the page's script builds every tooltip and panel with ``textContent``. A
Content-Security-Policy admits only the page's two inline scripts, by hashes
computed at render time from the very text inlined, and no network fetch, as a
second line of defence.

Facts the articles do not assert (negated, hedged, conditional, requested) are drawn
dashed and the panel says their modality; articles are named by headline and date, a
link where the article has a web address.

Same graph, same bytes: nodes and edges are sorted, JSON keys are sorted and the
layout uses a fixed random seed. The picture is the same too, unless the layout runs
out of time before it settles (view.js stops it about two seconds after the page
starts loading, so that a large graph opens quickly): then it shows how far it got.
A graph of more than 500 entities starts from positions computed here, so that a
short layout is enough (:func:`_start_positions`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
from collections import Counter
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GraphError, OutputError
from kg.fileio import write_atomic
from kg.vocab import ASSERTING

__all__ = ["CLASS_COLOURS", "OTHER_COLOUR", "InlineView", "class_colours", "render_view", "show", "write_view"]

#: Fill colour of each ontology class, in legend order (Tableau 10 plus one).
CLASS_COLOURS: Mapping[str, str] = {
    "Person": "#4E79A7",
    "Organization": "#F28E2B",
    "Place": "#59A14F",
    "Country": "#76B7B2",
    "Group": "#EDC948",
    "Event": "#E15759",
    "TimeExpression": "#BAB0AC",
    "Work": "#B07AA1",
    "Product": "#FF9DA7",
    "Law": "#9C755F",
    "Concept": "#A0CBE8",
}
#: Colour of nodes whose class is missing or not in :data:`CLASS_COLOURS`.
OTHER_COLOUR = "#D3D3D3"
OTHER_CLASS = "Other"

_LABEL_MAX = 40  # characters of a node label drawn on the canvas; the panel shows it whole
_LABEL_LINE = 22  # a drawn node label longer than this wraps onto a second line
_EDGE_LABEL_MAX = 24  # characters of a relation label drawn on the canvas
_SEED = 7
_LARGE = 500  # a view of more entities than this is laid out for speed, see _vis_options
_VIS_DIR = ("templates", "lib", "vis-9.1.2")  # inside the pyvis package
_PAGE = "view.html.j2"  # in kg/templates/, with view.css and view.js


def class_colours() -> dict[str, str]:
    """Class local name -> fill colour, in legend order (a copy; edit freely)."""
    return dict(CLASS_COLOURS)


def write_view(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str | None = None,
    focus_label: str | None = None,
    hops: int = 2,
) -> Path:
    """Write an interactive, offline HTML view of ``G`` to ``path`` and return the path.

    ``focus_label`` names an entity (by label, or else by alias, ignoring case) that
    the page selects on opening, showing it and its neighbours up to ``hops`` away;
    :class:`~kg.errors.GraphError` if no entity has that name. The file is replaced
    atomically: if anything fails, a previous page at ``path`` is left as it was.
    """
    html = render_view(G, title=title, focus_label=focus_label, hops=hops)
    return write_atomic(Path(path), html.encode("utf-8"))


def heading(G: nx.MultiDiGraph) -> str:
    """What a page of ``G`` is about: the headline of its one article, or "N articles"."""
    from kg.analysis import article_table

    articles = list(article_table(G).values())
    if len(articles) == 1 and articles[0]["headline"]:
        return articles[0]["headline"]
    return f"{len(articles):,} articles" if articles else "kg"


def render_view(
    G: nx.MultiDiGraph, *, title: str | None = None, focus_label: str | None = None, hops: int = 2
) -> str:
    """The HTML page :func:`write_view` writes, as a string. Without a ``title`` the page
    names what it shows: the one article's headline, or how many articles."""
    import jinja2
    import pyvis
    from markupsafe import Markup
    from pyvis.network import Network

    from kg.analysis import article_table, listed

    if not 1 <= hops <= 6:
        raise ValueError(f"hops must be between 1 and 6, not {hops}")
    if title is None:
        title = heading(G)
    nodes = sorted(G.nodes, key=str)
    ids = {n: str(n) for n in nodes}
    degree = {n: G.degree(n) for n in nodes}
    focus = _find_focus(G, nodes, degree, focus_label) if focus_label is not None else None

    net = Network(height="100%", width="100%", directed=True, heading=title,
                  cdn_resources="in_line")
    start = _start_positions(G, nodes, degree) if len(nodes) > _LARGE else {}
    details: dict[str, Any] = {"nodes": {}, "edges": {}}
    classes: Counter[str] = Counter()
    for n in nodes:
        data = G.nodes[n]
        cls = data.get("cls") if data.get("cls") in CLASS_COLOURS else OTHER_CLASS
        classes[cls] += 1
        label = _node_label(n, data)
        fill = CLASS_COLOURS.get(cls, OTHER_COLOUR)
        drawn = _drawn_label(label)
        net.add_node(ids[n], label=drawn, shape="dot", size=_size(degree[n]), mass=_mass(drawn),
                     **start.get(n, {}),
                     color={"background": fill, "border": _shade(fill, 0.72),
                            "highlight": {"background": fill, "border": "#111827"},
                            "hover": {"background": fill, "border": "#111827"}})
        details["nodes"][ids[n]] = _jsonable({
            "label": label, "cls": cls, "degree": degree[n],
            "aliases": listed(data, "aliases"),
            "articles": listed(data, "articles"),
            "attributes": listed(data, "attributes"),
        })

    edges = _sorted_edges(G)
    pairs = Counter(frozenset((ids[u], ids[v])) for u, v, _, _ in edges)
    lanes: Counter[tuple[str, str]] = Counter()
    for i, (u, v, key, data) in enumerate(edges):
        eid = f"e{i}"
        confidence = _number(data.get("confidence"))
        lane = lanes[ids[u], ids[v]]
        lanes[ids[u], ids[v]] += 1
        smooth: dict[str, Any] = {"enabled": False}
        if u == v or pairs[frozenset((ids[u], ids[v]))] > 1:
            smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.18 + 0.22 * lane}
        label = str(data.get("label") or _local_name(data.get("predicate") or key))
        modality = str(data.get("modality") or "asserted")
        net.add_edge(ids[u], ids[v], id=eid, label=_clip(label, _EDGE_LABEL_MAX), smooth=smooth,
                     width=round(1 + 2 * (0.5 if confidence is None else confidence), 3),
                     length=_length(degree[u] + degree[v]),
                     **({} if modality in ASSERTING else {"dashes": [6, 5]}))
        details["edges"][eid] = _jsonable({
            "from": ids[u], "to": ids[v], "label": label, "confidence": confidence,
            "predicate": str(data.get("predicate") or key), "modality": modality,
            "sources": listed(data, "sources"),
        })

    net.options = _vis_options(len(nodes))
    order = [*CLASS_COLOURS, OTHER_CLASS]
    table = article_table(G)
    details.update(
        articles=_jsonable({iri: table[iri] for iri in sorted(_articles_named(details)) if iri in table}),
        title=str(title),
        classes=[{"name": c, "colour": CLASS_COLOURS.get(c, OTHER_COLOUR), "count": classes[c]}
                 for c in order if classes[c]],
        focus=None if focus is None else ids[focus],
        hops=hops,
        maxDegree=max(degree.values(), default=0),
    )

    vis_dir = Path(pyvis.__file__).parent.joinpath(*_VIS_DIR)
    vis_js = _inline_safe(
        (vis_dir / "vis-network.min.js").read_text(encoding="utf-8")
        .replace("//# sourceMappingURL=vis-network.min.js.map", ""), "script")
    vis_css = _inline_safe((vis_dir / "vis-network.css").read_text(encoding="utf-8"), "style")
    page_js = _inline_safe(_template("view.js"), "script")
    page_css = _inline_safe(_template("view.css"), "style")
    csp = "; ".join([
        "default-src 'none'",
        # each hash is of the exact text the template puts between <script> and </script>
        f"script-src {_csp_hash(vis_js)} {_csp_hash(page_js)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])

    def payload(nodes: list, edges: list, options: str) -> Markup:
        return Markup(_script_json({
            "nodes": nodes, "edges": edges, "options": json.loads(options), "details": details,
        }))

    env = jinja2.Environment(loader=jinja2.DictLoader({_PAGE: _template(_PAGE)}),
                             autoescape=True, keep_trailing_newline=True)
    env.globals.update(payload=payload, csp=Markup(csp),
                       vis_js=Markup(vis_js), vis_css=Markup(vis_css),
                       page_js=Markup(page_js), page_css=Markup(page_css),
                       hops=hops, max_degree=details["maxDegree"])
    net.templateEnv = env  # pyvis renders this template with its nodes, edges and options
    net.path = _PAGE
    return net.generate_html(name="kg_view.html")


# -- notebooks --------------------------------------------------------------------------


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
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" title="kg view" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #e5e7eb;border-radius:6px">'
                '</iframe>')

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
    :func:`kg.analysis.to_networkx`. ``focus`` (label, alias or IRI) keeps the entities within
    ``hops`` of it and selects it; ``classes``, ``min_degree`` and ``top`` filter as
    ``kg view`` does, and a graph of more than 300 entities shows its top 300 by PageRank
    unless ``top`` or ``focus`` says otherwise.
    """
    from kg.analysis import select_subgraph
    from kg.pipeline import VIEW_LIMIT

    whole = _entity_graph(graph, limit=None if focus is not None or top is not None else VIEW_LIMIT)
    if top is None and focus is None and whole.number_of_nodes() > VIEW_LIMIT:
        top = VIEW_LIMIT
    shown = select_subgraph(whole, focus=focus, hops=hops, classes=classes, min_degree=min_degree, top=top)
    page = render_view(shown, title=title, focus_label=focus, hops=max(1, min(hops, 6)))
    return InlineView(page, height)


def _entity_graph(source: Any, limit: int | None) -> nx.MultiDiGraph:
    """Whatever :func:`show` takes, as a :func:`kg.analysis.to_networkx` graph (with ``limit``,
    of quads cut to the top ``limit`` entities first, as the build's view does)."""
    import pyoxigraph as ox
    from rdflib import Graph

    from kg.analysis import to_networkx, top_quads
    from kg.export import BuildData
    from kg.rdf import rdflib_quads
    from kg.store import GraphStore

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
    return to_networkx(rdflib_quads((top_quads(quads, limit) if limit else None) or quads))


def _path_quads(path: Path) -> list:
    from kg.load import resolve_graph_path
    from kg.store import GraphStore, is_store, read_graph_file

    if is_store(path):
        with GraphStore.open(path, read_only=True) as store:
            return list(store.quads())
    return read_graph_file(resolve_graph_path(path))


# -- data -------------------------------------------------------------------------------


def _articles_named(details: Mapping[str, Any]) -> set[str]:
    """The article IRIs the panel may name: only these travel in the page."""
    named = {a for node in details["nodes"].values() for a in node["articles"]}
    named.update(a["article"] for node in details["nodes"].values() for a in node["attributes"]
                 if isinstance(a, Mapping) and a.get("article"))
    named.update(s["article"] for edge in details["edges"].values() for s in edge["sources"]
                 if isinstance(s, Mapping) and s.get("article"))
    return {str(a) for a in named}


def _sorted_edges(G: nx.Graph) -> list[tuple[Any, Any, str, dict]]:
    if G.is_multigraph():
        edges = [(u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(u, v, str(d.get("predicate", "")), d) for u, v, d in G.edges(data=True)]
    return sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2]))


def _start_positions(G: nx.Graph, nodes: list, degree: dict) -> dict[Any, dict[str, float]]:
    """Where the layout of a large graph starts: each entity near the one it was reached from.

    vis-network starts every node on one circle and leaves physics to untangle it, which
    takes hundreds of iterations for thousands of nodes; the page has time for far fewer
    (view.js stops the layout after a budget). So start from a radial tree instead: a
    breadth-first walk from the best connected entity of each connected component, every
    entity placed around its parent, away from the grandparent, its children a little
    further out the more there are; the largest component in the middle, the others (most
    of them pairs and lone entities) in a sunflower around it. Deterministic.
    """
    neighbours: dict[Any, set] = {n: set() for n in nodes}
    for u, v in G.edges():
        if u != v:
            neighbours[u].add(v)
            neighbours[v].add(u)
    rank = {n: (-degree[n], str(n)) for n in nodes}
    step = 120.0  # about the springs' rest length
    placed: dict[Any, tuple[float, float]] = {}
    components = []  # (radius, members), largest first
    for root in sorted(nodes, key=rank.__getitem__):
        if root in placed:
            continue
        placed[root] = (0.0, 0.0)
        members, frontier, heading = [root], [root], {root: None}
        while frontier:
            following = []
            for parent in frontier:
                children = sorted((m for m in neighbours[parent] if m not in placed),
                                  key=rank.__getitem__)
                if not children:
                    continue
                px, py = placed[parent]
                arc = 2 * math.pi if heading[parent] is None else math.pi
                start = 0.0 if heading[parent] is None else heading[parent] - arc / 2
                reach = step * (0.8 + 0.35 * math.sqrt(len(children)))
                for i, child in enumerate(children):
                    angle = start + arc * (i + 0.5) / len(children)
                    placed[child] = (px + reach * math.cos(angle), py + reach * math.sin(angle))
                    heading[child] = angle
                    members.append(child)
                    following.append(child)
            frontier = following
        # a settled layout spreads n entities over a disc of radius about step * sqrt(n):
        # start at that size, so that the physics need not first push everything outwards
        spread = sorted(math.hypot(*placed[m]) for m in members)[int(0.9 * (len(members) - 1))]
        scale = max(1.0, step * math.sqrt(len(members)) / spread) if spread else 1.0
        for m in members:
            placed[m] = (placed[m][0] * scale, placed[m][1] * scale)
        radius = max(math.hypot(*placed[m]) for m in members)
        components.append((radius, members))
    positions: dict[Any, dict[str, float]] = {}
    area = 0.0  # sunflower: each further component at the golden angle, further out
    inner = step  # just outside most of the largest component
    if components:
        main = sorted(math.hypot(*placed[m]) for m in components[0][1])
        inner += main[int(0.9 * (len(main) - 1))]
    for k, (radius, members) in enumerate(components):
        if k:
            area += (radius + step) ** 2
            r = math.sqrt(inner ** 2 + area)
            angle = k * math.pi * (3 - math.sqrt(5))
            cx, cy = r * math.cos(angle), r * math.sin(angle)
        else:
            cx = cy = 0.0
        for m in members:
            x, y = placed[m]
            positions[m] = {"x": round(cx + x, 1), "y": round(cy + y, 1)}
    return positions


def _find_focus(G: nx.Graph, nodes: list, degree: dict, label: str) -> Any:
    def names(n: Any) -> list[str]:
        data = G.nodes[n]
        return [str(data.get("label") or ""), *map(str, data.get("aliases") or [])]

    wanted = label.strip().casefold()
    found = [n for n in nodes if str(G.nodes[n].get("label") or "") == label]
    found = found or [n for n in nodes if str(G.nodes[n].get("label") or "").casefold() == wanted]
    found = found or [n for n in nodes if any(a.casefold() == wanted for a in names(n))]
    if not found:
        raise GraphError(f"no entity named {label!r} in the graph")
    return min(found, key=lambda n: (-degree[n], str(n)))


def _node_label(n: Any, data: Mapping) -> str:
    label = str(data.get("label") or "").strip()
    aliases = data.get("aliases") or []
    return label or (str(aliases[0]) if aliases else _local_name(n))


def _local_name(iri: Any) -> str:
    text = str(iri).rstrip("/#")
    return text[max(text.rfind("/"), text.rfind("#")) + 1:] or str(iri)


def _clip(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis, at a word end if near."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit - 10:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "\u2026"


def _drawn_label(label: str) -> str:
    """The label as drawn under a node: clipped with an ellipsis, on at most two lines.

    >>> _drawn_label("significant advantage of its socialist system in concentrating strength")
    'significant advantage\\nof its socialist\u2026'
    """
    text = _clip(label, _LABEL_MAX)
    if len(text) <= _LABEL_LINE:
        return text
    cut = text.rfind(" ", 0, _LABEL_LINE + 1)
    if cut <= 0:
        return text
    return text[:cut] + "\n" + text[cut + 1:]


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(min(max(number, 0.0), 1.0), 4) if math.isfinite(number) else None


def _jsonable(value: Any) -> Any:
    """Plain JSON values only: strings for anything else, None for NaN and infinities."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return str(value)


def _size(degree: int) -> float:
    """Dot radius: grows with the square root of the number of relations, capped."""
    return round(min(9 + 5 * math.sqrt(degree), 42), 2)


def _mass(drawn_label: str) -> float:
    """Heavier nodes push the others further away: room for a wide label."""
    return round(1 + max(map(len, drawn_label.split("\n"))) / _LABEL_LINE, 2)


def _length(degrees: int) -> float:
    """Rest length of a spring: longer around hubs, where many labels meet."""
    return round(110 + 14 * math.sqrt(degrees), 1)


def _shade(colour: str, factor: float) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02X}{:02X}{:02X}".format(*(round(c * factor) for c in (r, g, b)))


# -- html -------------------------------------------------------------------------------

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                 "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _script_json(value: Any) -> str:
    """JSON that is safe as the content of a <script> element: no tag can end it."""
    text = json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"), allow_nan=False)
    return text.translate(str.maketrans(_JSON_ESCAPES))


def _template(name: str) -> str:
    """A file of ``kg/templates/``, read as shipped with the package."""
    return (resources.files("kg") / "templates" / name).read_text(encoding="utf-8")


def _inline_safe(text: str, tag: str) -> str:
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise OutputError(f"cannot inline a {tag}: it contains a closing tag or comment")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _vis_options(nodes: int = 0) -> dict[str, Any]:
    """vis-network's options for a view of ``nodes`` entities.

    Above :data:`_LARGE` entities, layout speed comes first (the page also stops the
    layout after a time budget, see view.js): no improved initial layout (vis clusters
    the graph and solves Kamada-Kawai on it, seconds for 2,000 nodes, and often gives
    up; :func:`_start_positions` places the nodes instead), a coarser Barnes-Hut
    approximation (theta 1: half the cost of an iteration) and progress reported every
    few iterations rather than 25, so that the page can stop the layout on time.
    """
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
    large = nodes > _LARGE
    return {
        "autoResize": True,
        "layout": {"randomSeed": _SEED, "improvedLayout": not large},
        "nodes": {
            "shape": "dot", "borderWidth": 2, "borderWidthSelected": 3,
            "font": {"face": font, "size": 21, "color": "#1F2937",
                     "strokeWidth": 4, "strokeColor": "#FFFFFF"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "arrowStrikethrough": False,
            "color": {"color": "#A3ACB9", "highlight": "#1F2937", "hover": "#4B5563",
                      "inherit": False},
            "font": {"face": font, "size": 15, "color": "#4B5563", "align": "horizontal",
                     "background": "rgba(251,252,254,0.92)", "strokeWidth": 0},
            "selectionWidth": 1.5,
        },
        "physics": {  # ForceAtlas2 spreads hubs' neighbours out better than Barnes-Hut
            "enabled": True, "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -70, "centralGravity": 0.012,
                                 "springLength": 120, "springConstant": 0.06, "damping": 0.5,
                                 "avoidOverlap": 0.9, "theta": 1.0 if large else 0.5},
            "stabilization": {"enabled": True, "iterations": 800, "fit": True,
                              "updateInterval": max(2, round(5000 / nodes)) if large else 25},
        },
        "interaction": {"hover": True, "tooltipDelay": 250, "hideEdgesOnDrag": False,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }

