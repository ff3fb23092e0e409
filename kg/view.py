"""Interactive HTML view of an entity graph: one self-contained, offline page.

    nx.MultiDiGraph (from ``kg.analysis.to_networkx``) -> pyvis Network -> HTML file

The page works with no network at all. pyvis builds the vis-network nodes, edges
and options; instead of pyvis's own template (which loads Bootstrap and tom-select
from CDNs and, with ``cdn_resources="local"``, writes a ``lib/`` folder into the
working directory) the page is rendered from :data:`_TEMPLATE` below, with
vis-network's script and style inlined from the copy shipped inside the pyvis
package. Nothing is ever written except the page itself, atomically.

Article text is data, never markup. Everything taken from the graph travels as
one JSON document in a ``<script type="application/json">`` element, with
``<``, ``>``, ``&`` and U+2028/U+2029 escaped so that no ``</script>`` can close
it; the page's script builds every tooltip and panel with ``textContent``. A
Content-Security-Policy admits only the page's own two scripts (by hash) and no
network fetch, as a second line of defence.

Same graph, same bytes: nodes and edges are sorted, JSON keys are sorted and the
layout uses a fixed random seed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GraphError, OutputError

__all__ = ["CLASS_COLOURS", "OTHER_COLOUR", "class_colours", "render_view", "write_view"]

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

_LABEL_MAX = 32  # characters of a label drawn on the canvas; the panel shows it whole
_SEED = 7
_VIS_DIR = ("templates", "lib", "vis-9.1.2")


def class_colours() -> dict[str, str]:
    """Class local name -> fill colour, in legend order (a copy; edit freely)."""
    return dict(CLASS_COLOURS)


def write_view(
    G: nx.MultiDiGraph,
    path: str | os.PathLike[str],
    *,
    title: str = "kg",
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
    return _write_atomic(Path(path), html.encode("utf-8"))


def render_view(
    G: nx.MultiDiGraph, *, title: str = "kg", focus_label: str | None = None, hops: int = 2
) -> str:
    """The HTML page :func:`write_view` writes, as a string."""
    import jinja2
    import pyvis
    from markupsafe import Markup
    from pyvis.network import Network

    if not 1 <= hops <= 6:
        raise ValueError(f"hops must be between 1 and 6, not {hops}")
    nodes = sorted(G.nodes, key=str)
    ids = {n: str(n) for n in nodes}
    degree = {n: G.degree(n) for n in nodes}
    focus = _find_focus(G, nodes, degree, focus_label) if focus_label is not None else None

    net = Network(height="100%", width="100%", directed=True, heading=title,
                  cdn_resources="in_line")
    details: dict[str, Any] = {"nodes": {}, "edges": {}}
    classes: Counter[str] = Counter()
    for n in nodes:
        data = G.nodes[n]
        cls = data.get("cls") if data.get("cls") in CLASS_COLOURS else OTHER_CLASS
        classes[cls] += 1
        label = _node_label(n, data)
        fill = CLASS_COLOURS.get(cls, OTHER_COLOUR)
        net.add_node(ids[n], label=_clip(label), shape="dot", size=_size(degree[n]), color={
            "background": fill, "border": _shade(fill, 0.72),
            "highlight": {"background": fill, "border": "#111827"},
            "hover": {"background": fill, "border": "#111827"},
        })
        details["nodes"][ids[n]] = _jsonable({
            "label": label, "cls": cls, "degree": degree[n],
            "aliases": list(data.get("aliases") or []),
            "articles": list(data.get("articles") or []),
            "attributes": list(data.get("attributes") or []),
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
        net.add_edge(ids[u], ids[v], id=eid, label=_clip(label, 28), smooth=smooth,
                     width=round(1 + 2 * (0.5 if confidence is None else confidence), 3))
        details["edges"][eid] = _jsonable({
            "from": ids[u], "to": ids[v], "label": label, "confidence": confidence,
            "predicate": str(data.get("predicate") or key),
            "sources": list(data.get("sources") or []),
        })

    net.options = _vis_options()
    order = [*CLASS_COLOURS, OTHER_CLASS]
    details.update(
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
    csp = "; ".join([
        "default-src 'none'",
        f"script-src {_csp_hash(vis_js)} {_csp_hash(_PAGE_JS)}",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'",
    ])

    def payload(nodes: list, edges: list, options: str) -> Markup:
        return Markup(_script_json({
            "nodes": nodes, "edges": edges, "options": json.loads(options), "details": details,
        }))

    env = jinja2.Environment(loader=jinja2.DictLoader({"kg_view.html": _TEMPLATE}),
                             autoescape=True, keep_trailing_newline=True)
    env.globals.update(payload=payload, csp=Markup(csp),
                       vis_js=Markup(vis_js), vis_css=Markup(vis_css),
                       page_js=Markup(_inline_safe(_PAGE_JS, "script")),
                       page_css=Markup(_inline_safe(_PAGE_CSS, "style")),
                       hops=hops, max_degree=details["maxDegree"])
    net.templateEnv = env  # pyvis renders this template with its nodes, edges and options
    net.path = "kg_view.html"
    return net.generate_html(name="kg_view.html")


# -- data -------------------------------------------------------------------------------


def _sorted_edges(G: nx.Graph) -> list[tuple[Any, Any, str, dict]]:
    if G.is_multigraph():
        edges = [(u, v, str(k), d) for u, v, k, d in G.edges(keys=True, data=True)]
    else:
        edges = [(u, v, str(d.get("predicate", "")), d) for u, v, d in G.edges(data=True)]
    return sorted(edges, key=lambda e: (str(e[0]), str(e[1]), e[2]))


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


def _clip(text: str, limit: int = _LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


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


def _inline_safe(text: str, tag: str) -> str:
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise OutputError(f"cannot inline vendored {tag}: it contains a closing tag")
    return text


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _vis_options() -> dict[str, Any]:
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"
    return {
        "autoResize": True,
        "layout": {"randomSeed": _SEED, "improvedLayout": True},
        "nodes": {
            "shape": "dot", "borderWidth": 2, "borderWidthSelected": 3,
            "font": {"face": font, "size": 16, "color": "#1F2937",
                     "strokeWidth": 4, "strokeColor": "#FFFFFF"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "arrowStrikethrough": False,
            "color": {"color": "#A3ACB9", "highlight": "#1F2937", "hover": "#4B5563",
                      "inherit": False},
            "font": {"face": font, "size": 12, "color": "#4B5563", "align": "horizontal",
                     "background": "rgba(251,252,254,0.92)", "strokeWidth": 0},
            "selectionWidth": 1.5,
        },
        "physics": {
            "enabled": True, "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -5200, "centralGravity": 0.35,
                          "springLength": 115, "springConstant": 0.04, "damping": 0.35,
                          "avoidOverlap": 0.6},
            "stabilization": {"enabled": True, "iterations": 600, "updateInterval": 25,
                              "fit": True},
        },
        "interaction": {"hover": True, "tooltipDelay": 250, "hideEdgesOnDrag": False,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
    }


def _write_atomic(path: Path, data: bytes) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as error:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from error
        raise
    return path


_TEMPLATE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ heading }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body data-kg-status="loading">
<header class="kg-bar">
  <div class="kg-brand"><span class="kg-logo">kg</span><h1>{{ heading }}</h1></div>
  <div class="kg-controls">
    <input id="kg-search" type="search" list="kg-names" placeholder="Search entities\u2026"
      autocomplete="off" spellcheck="false" aria-label="Search entities by name">
    <datalist id="kg-names"></datalist>
    <label class="kg-ctl" title="Hide entities with fewer relations">Min. relations
      <input id="kg-degree" type="range" min="0" max="{{ max_degree }}" value="0">
      <output id="kg-degree-out" for="kg-degree">0</output></label>
    <label class="kg-ctl" title="Show only the selected entity and its neighbourhood">
      <input id="kg-focus" type="checkbox"> Focus selection +
      <input id="kg-hops" type="number" min="1" max="6" value="{{ hops }}"> hops</label>
    <button id="kg-fit" type="button">Fit</button>
    <button id="kg-reset" type="button">Reset</button>
  </div>
</header>
<main class="kg-main">
  <section class="kg-stage">
    <div id="kg-graph" role="img" aria-label="Knowledge graph"></div>
    <div class="kg-legend">
      <div class="kg-legend-title">Classes</div><div id="kg-classes"></div>
    </div>
    <div id="kg-loading" class="kg-loading">Laying out\u2026</div>
    <div id="kg-msg" class="kg-msg" hidden></div>
    <div id="kg-count" class="kg-count"></div>
  </section>
  <aside id="kg-panel" class="kg-panel" aria-live="polite"></aside>
</main>
<script type="application/json" id="kg-data">{{ payload(nodes, edges, options) }}</script>
<script>{{ vis_js }}</script>
<script>{{ page_js }}</script>
</body>
</html>
"""

_PAGE_CSS = """
*{box-sizing:border-box}
html,body{
  margin:0;height:100%;
  font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2937;
  background:#f3f4f6}
body{display:flex;flex-direction:column;overflow:hidden}
.kg-bar{
  display:flex;align-items:center;gap:18px;padding:8px 16px;background:#111827;color:#f9fafb;
  flex-wrap:wrap}
.kg-brand{display:flex;align-items:center;gap:10px;min-width:0}
.kg-logo{
  font-weight:700;background:#f9fafb;color:#111827;border-radius:6px;padding:1px 7px;font-size:13px}
.kg-brand h1{
  font-size:16px;font-weight:600;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;
  max-width:28vw}
.kg-controls{display:flex;align-items:center;gap:14px;flex-wrap:wrap}
.kg-controls input[type=search]{
  width:230px;padding:6px 10px;border-radius:6px;border:1px solid #374151;background:#1f2937;
  color:#f9fafb;font:inherit}
.kg-controls input[type=search]::placeholder{color:#9ca3af}
.kg-ctl{display:flex;align-items:center;gap:6px;font-size:13px;color:#d1d5db;white-space:nowrap}
.kg-ctl input[type=range]{width:110px;accent-color:#60a5fa}
.kg-ctl input[type=checkbox]{accent-color:#60a5fa}
.kg-ctl input[type=number]{
  width:46px;padding:3px 4px;border-radius:5px;border:1px solid #374151;background:#1f2937;
  color:#f9fafb;font:inherit}
.kg-ctl output{min-width:1.5em;color:#f9fafb;font-weight:600}
.kg-bar button{
  padding:5px 12px;border-radius:6px;border:1px solid #4b5563;background:#1f2937;color:#f9fafb;
  font:inherit;font-size:13px;cursor:pointer}
.kg-bar button:hover{background:#374151}
.kg-count{
  position:absolute;left:12px;bottom:10px;font-size:12px;color:#6b7280;
  background:rgba(255,255,255,.85);padding:2px 8px;border-radius:6px}
.kg-main{flex:1;display:flex;min-height:0}
.kg-stage{flex:1;position:relative;min-width:0}
#kg-graph{position:absolute;inset:0;background:#fbfcfe}
.kg-legend{
  position:absolute;left:12px;top:12px;background:rgba(255,255,255,.94);border:1px solid #e5e7eb;
  border-radius:10px;padding:8px 10px;box-shadow:0 1px 3px rgba(0,0,0,.08);font-size:13px;
  max-height:calc(100% - 24px);overflow:auto}
.kg-legend-title{
  font-size:11px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:#6b7280;
  margin-bottom:4px}
.kg-class{display:flex;align-items:center;gap:7px;padding:2px 0;cursor:pointer;user-select:none}
.kg-class input{margin:0}
.kg-class .kg-n{margin-left:auto;padding-left:12px;color:#9ca3af;font-size:12px}
.kg-dot{
  width:12px;height:12px;border-radius:50%;display:inline-block;flex:none;
  border:1px solid rgba(0,0,0,.25)}
.kg-loading{
  position:absolute;left:50%;top:45%;transform:translate(-50%,-50%);background:#111827;
  color:#f9fafb;padding:8px 16px;border-radius:8px;font-size:13px;opacity:.85}
.kg-msg{
  position:absolute;left:50%;bottom:16px;transform:translateX(-50%);background:#111827;
  color:#f9fafb;padding:6px 14px;border-radius:8px;font-size:13px}
.kg-panel{
  width:380px;flex:none;overflow:auto;background:#fff;border-left:1px solid #e5e7eb;
  padding:16px 18px 28px}
.kg-panel h2{font-size:20px;line-height:1.25;margin:6px 0 2px;word-wrap:break-word}
.kg-panel h3{
  font-size:11px;font-weight:600;letter-spacing:.06em;text-transform:uppercase;color:#6b7280;
  margin:18px 0 6px}
.kg-badge{
  display:inline-block;font-size:11px;font-weight:600;padding:2px 8px;border-radius:999px;
  color:#111827;border:1px solid rgba(0,0,0,.15)}
.kg-iri{
  font:11px/1.3 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:#6b7280;
  word-break:break-all;margin-top:4px}
.kg-chips{display:flex;flex-wrap:wrap;gap:5px}
.kg-chip{background:#f3f4f6;border-radius:999px;padding:1px 9px;font-size:13px}
.kg-fact,.kg-source{border-left:3px solid #e5e7eb;padding:2px 0 2px 10px;margin:8px 0}
.kg-fact-head{display:flex;gap:6px;align-items:baseline;flex-wrap:wrap}
.kg-pred{color:#6b7280;font-size:13px}
.kg-val{font-weight:600}
.kg-conf{
  margin-left:auto;font-size:11px;color:#374151;background:#eef2ff;border-radius:999px;
  padding:0 7px;white-space:nowrap}
.kg-quote{
  margin:4px 0 2px;color:#374151;font-style:italic;white-space:pre-wrap;word-wrap:break-word}
.kg-meta{font-size:11px;color:#9ca3af;word-break:break-all}
.kg-rel{
  display:flex;align-items:baseline;gap:6px;padding:3px 0;border-bottom:1px solid #f3f4f6;
  flex-wrap:wrap}
.kg-arrow{color:#9ca3af;width:1.2em;text-align:center;flex:none}
.kg-link{
  background:none;border:0;padding:0;font:inherit;color:#1d4ed8;cursor:pointer;text-align:left}
.kg-link:hover{text-decoration:underline}
.kg-rel-label{color:#374151}
.kg-edgehead{font-size:15px;margin-top:8px;word-wrap:break-word}
.kg-edgehead .kg-arrow{display:inline-block;margin:0 6px}
.kg-list{margin:0;padding:0;list-style:none}
.kg-list li{padding:2px 0}
.kg-hint{color:#6b7280}
.kg-kv{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;font-size:13px}
.kg-kv dt{color:#6b7280}
.kg-kv dd{margin:0;word-break:break-all}
div.vis-tooltip{
  font:13px/1.35 system-ui,sans-serif;background:#111827;color:#f9fafb;border:0;border-radius:6px;
  padding:6px 9px;box-shadow:0 2px 8px rgba(0,0,0,.2);max-width:360px;white-space:normal}
.kg-tip-sub{color:#9ca3af;font-size:12px}
"""

_PAGE_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var info = data.details;
  var byId = function (id) { return document.getElementById(id); };
  var colours = {};
  info.classes.forEach(function (c) { colours[c.name] = c.colour; });

  function h(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function localName(iri) {
    var s = String(iri || "").replace(/[\/#]+$/, "");
    var i = Math.max(s.lastIndexOf("/"), s.lastIndexOf("#"));
    return i >= 0 && i < s.length - 1 ? s.slice(i + 1) : s;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function pct(c) { return typeof c === "number" ? Math.round(c * 100) + "%" : ""; }
  function nodeName(id) { return info.nodes[id] ? info.nodes[id].label : String(id); }
  function tip(main, sub) {
    var d = h("div");
    d.appendChild(h("div", "kg-tip-main", main));
    d.appendChild(h("div", "kg-tip-sub", sub));
    return d;
  }

  data.nodes.forEach(function (n) {
    var d = info.nodes[n.id];
    n.title = tip(d.label, d.cls + " \u00b7 " + plural(d.degree, "relation"));
  });
  data.edges.forEach(function (e) {
    var d = info.edges[e.id];
    e.title = tip(nodeName(d.from) + " \u2192 " + d.label + " \u2192 " + nodeName(d.to),
                  (d.confidence === null ? "" : pct(d.confidence) + " \u00b7 ") +
                  plural(d.sources.length, "source"));
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(byId("kg-graph"), { nodes: nodes, edges: edges }, data.options);

  var neighbours = {};
  Object.keys(info.nodes).forEach(function (id) { neighbours[id] = []; });
  Object.keys(info.edges).forEach(function (eid) {
    var e = info.edges[eid];
    neighbours[e.from].push(e.to);
    neighbours[e.to].push(e.from);
  });

  var state = { selected: null, classOff: {}, minDegree: 0, focus: false, hops: info.hops };
  var ready = false;

  // ---- filters ---------------------------------------------------------------------
  function withinHops(start, hops) {
    var seen = {}, frontier = [start];
    seen[start] = true;
    for (var step = 0; step < hops; step++) {
      var next = [];
      frontier.forEach(function (id) {
        neighbours[id].forEach(function (m) { if (!seen[m]) { seen[m] = true; next.push(m); } });
      });
      frontier = next;
    }
    return seen;
  }
  function visibleMap() {
    var near = state.focus && state.selected ? withinHops(state.selected, state.hops) : null;
    var shown = {};
    Object.keys(info.nodes).forEach(function (id) {
      var d = info.nodes[id];
      var ok = !state.classOff[d.cls] && d.degree >= state.minDegree;
      if (near) { ok = id === state.selected || (ok && !!near[id]); }
      shown[id] = ok;
    });
    return shown;
  }
  function applyFilters(fit) {
    var shown = visibleMap(), nodeUpdates = [], edgeUpdates = [], n = 0, m = 0;
    nodes.forEach(function (node) {
      var hide = !shown[node.id];
      if (!!node.hidden !== hide) { nodeUpdates.push({ id: node.id, hidden: hide }); }
      if (!hide) { n++; }
    });
    edges.forEach(function (edge) {
      var hide = !(shown[edge.from] && shown[edge.to]);
      if (!!edge.hidden !== hide) { edgeUpdates.push({ id: edge.id, hidden: hide }); }
      if (!hide) { m++; }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    byId("kg-count").textContent = n + " of " + nodes.length + " entities \u00b7 " +
      m + " of " + edges.length + " relations";
    if (state.focus && !state.selected) { message("Select an entity to focus on it"); }
    if (fit && ready) {
      var ids = Object.keys(shown).filter(function (id) { return shown[id]; });
      if (ids.length) { network.fit({ nodes: ids, animation: { duration: 350 } }); }
    }
    publish();
  }
  function publish() {
    if (!ready) { return; }
    var drawn = network.body && network.body.nodeIndices ? network.body.nodeIndices.length
      : nodes.get({ filter: function (x) { return !x.hidden; } }).length;
    var drawnEdges = network.body && network.body.edgeIndices ? network.body.edgeIndices.length : 0;
    document.body.setAttribute("data-kg-nodes", String(drawn));
    document.body.setAttribute("data-kg-edges", String(drawnEdges));
    document.body.setAttribute("data-kg-total-nodes", String(nodes.length));
    document.body.setAttribute("data-kg-total-edges", String(edges.length));
    document.body.setAttribute("data-kg-status", "ready");
  }
  var messageTimer = null;
  function message(text) {
    var box = byId("kg-msg");
    box.textContent = text;
    box.hidden = false;
    clearTimeout(messageTimer);
    messageTimer = setTimeout(function () { box.hidden = true; }, 2600);
  }

  // ---- legend and class filter -------------------------------------------------------
  info.classes.forEach(function (c) {
    var row = h("label", "kg-class");
    var box = h("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = c.name;
    box.addEventListener("change", function () {
      state.classOff[c.name] = !box.checked;
      applyFilters(false);
    });
    var dot = h("span", "kg-dot");
    dot.style.background = c.colour;
    row.appendChild(box);
    row.appendChild(dot);
    row.appendChild(h("span", null, c.name));
    row.appendChild(h("span", "kg-n", c.count));
    byId("kg-classes").appendChild(row);
  });

  // ---- panel -------------------------------------------------------------------------
  function panel() {
    var p = byId("kg-panel");
    while (p.firstChild) { p.removeChild(p.firstChild); }
    p.scrollTop = 0;
    return p;
  }
  function section(p, title, count) {
    p.appendChild(h("h3", null, count === undefined ? title : title + " (" + count + ")"));
  }
  function badge(text, colour) {
    var b = h("span", "kg-badge", text);
    b.style.background = colour || "#e5e7eb";
    return b;
  }
  function nodeLink(id) {
    var b = h("button", "kg-link", nodeName(id));
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id, true); });
    return b;
  }
  function quote(text) { return h("blockquote", "kg-quote", text); }
  function sourceMeta(parts) {
    var kept = parts.filter(function (x) { return x !== "" && x !== null && x !== undefined; });
    return h("div", "kg-meta", kept.join(" \u00b7 "));
  }

  function showOverview() {
    var p = panel();
    p.appendChild(badge("Overview"));
    p.appendChild(h("h2", null, info.title));
    p.appendChild(h("p", "kg-hint", nodes.length + (nodes.length === 1 ? " entity" : " entities") +
      " and " + plural(edges.length, "relation") + ". Click an entity or a relation" +
      " to see its facts and the sentences they come from."));
    var top = Object.keys(info.nodes).sort(function (a, b) {
      return info.nodes[b].degree - info.nodes[a].degree || (a < b ? -1 : a > b ? 1 : 0);
    }).slice(0, 12);
    if (top.length) {
      section(p, "Most connected");
      var ul = h("ul", "kg-list");
      top.forEach(function (id) {
        var li = h("li");
        var dot = h("span", "kg-dot");
        dot.style.background = colours[info.nodes[id].cls];
        li.appendChild(dot);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(nodeLink(id));
        li.appendChild(h("span", "kg-meta", "  " + info.nodes[id].degree));
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
  }

  function showNode(id) {
    var d = info.nodes[id];
    if (!d) { return; }
    var p = panel();
    p.appendChild(badge(d.cls, colours[d.cls]));
    p.appendChild(h("h2", null, d.label));
    p.appendChild(h("div", "kg-iri", id));
    if (d.aliases.length) {
      section(p, "Also known as");
      var chips = h("div", "kg-chips");
      d.aliases.forEach(function (a) { chips.appendChild(h("span", "kg-chip", a)); });
      p.appendChild(chips);
    }
    if (d.attributes.length) {
      section(p, "Facts", d.attributes.length);
      d.attributes.forEach(function (a) {
        var box = h("div", "kg-fact");
        var head = h("div", "kg-fact-head");
        head.appendChild(h("span", "kg-pred", a.label || localName(a.predicate)));
        head.appendChild(h("span", "kg-val", a.value));
        if (typeof a.confidence === "number") {
          head.appendChild(h("span", "kg-conf", pct(a.confidence)));
        }
        box.appendChild(head);
        if (a.sentence) { box.appendChild(quote(a.sentence)); }
        if (a.article) { box.appendChild(sourceMeta([localName(a.article)])); }
        p.appendChild(box);
      });
    }
    var rels = Object.keys(info.edges).filter(function (eid) {
      return info.edges[eid].from === id || info.edges[eid].to === id;
    });
    if (rels.length) {
      section(p, "Relations", rels.length);
      rels.forEach(function (eid) {
        var e = info.edges[eid], out = e.from === id;
        var row = h("div", "kg-rel");
        row.appendChild(h("span", "kg-arrow", out ? "\u2192" : "\u2190"));
        var rel = h("button", "kg-link kg-rel-label", e.label);
        rel.type = "button";
        rel.title = "Show the sources of this relation";
        rel.addEventListener("click", function () { selectEdge(eid); });
        if (out) { row.appendChild(rel); row.appendChild(nodeLink(e.to)); }
        else { row.appendChild(nodeLink(e.from)); row.appendChild(rel); }
        if (e.confidence !== null) { row.appendChild(h("span", "kg-conf", pct(e.confidence))); }
        p.appendChild(row);
      });
    }
    if (d.articles.length) {
      section(p, "Articles", d.articles.length);
      var ul = h("ul", "kg-list");
      d.articles.forEach(function (a) {
        var li = h("li", "kg-meta", localName(a));
        li.title = a;
        ul.appendChild(li);
      });
      p.appendChild(ul);
    }
  }

  function showEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    var p = panel();
    p.appendChild(badge("Relation"));
    p.appendChild(h("h2", null, e.label));
    var head = h("div", "kg-edgehead");
    head.appendChild(nodeLink(e.from));
    head.appendChild(h("span", "kg-arrow", "\u2192"));
    head.appendChild(nodeLink(e.to));
    p.appendChild(head);
    var kv = h("dl", "kg-kv");
    kv.appendChild(h("dt", null, "predicate"));
    kv.appendChild(h("dd", "kg-iri", e.predicate));
    if (e.confidence !== null) {
      kv.appendChild(h("dt", null, "confidence"));
      kv.appendChild(h("dd", null, pct(e.confidence)));
    }
    p.appendChild(kv);
    section(p, "Sources", e.sources.length);
    if (!e.sources.length) { p.appendChild(h("p", "kg-hint", "No source sentence recorded.")); }
    e.sources.forEach(function (s) {
      var box = h("div", "kg-source");
      if (s.sentence) { box.appendChild(quote(s.sentence)); }
      var span = typeof s.start === "number" && typeof s.end === "number"
        ? "chars " + s.start + "\u2013" + s.end : "";
      box.appendChild(sourceMeta([s.article ? localName(s.article) : "", pct(s.confidence),
                                  s.extractor || "", span]));
      p.appendChild(box);
    });
  }

  // ---- selection, search -------------------------------------------------------------
  function selectNode(id, move) {
    if (!info.nodes[id]) { return; }
    var d = info.nodes[id];
    if (state.classOff[d.cls] || d.degree < state.minDegree) {
      resetFilters(false);
      message("Filters cleared to show " + d.label);
    }
    state.selected = id;
    applyFilters(state.focus);
    network.selectNodes([id]);
    showNode(id);
    if (move && !state.focus) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    }
  }
  function selectEdge(eid) {
    var e = info.edges[eid];
    if (!e) { return; }
    state.selected = null;
    network.selectEdges([eid]);
    showEdge(eid);
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    if (state.focus) { applyFilters(true); }
    showOverview();
  }

  var names = [];
  Object.keys(info.nodes).forEach(function (id) {
    var d = info.nodes[id];
    [d.label].concat(d.aliases).forEach(function (name, i) {
      names.push({ key: String(name).toLowerCase(), id: id, alias: i > 0 });
    });
  });
  var options = byId("kg-names");
  Object.keys(info.nodes).map(function (id) { return info.nodes[id].label; }).sort()
    .forEach(function (label) {
      var o = document.createElement("option");
      o.value = label;
      options.appendChild(o);
    });
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return null; }
    var rank = function (n) {
      if (n.key === q) { return n.alias ? 1 : 0; }
      if (n.key.indexOf(q) === 0) { return 2; }
      return n.key.indexOf(q) >= 0 ? 3 : 9;
    };
    var best = null, bestRank = 9;
    names.forEach(function (n) {
      var r = rank(n);
      var better = r < bestRank ||
        (r === bestRank && r < 9 && info.nodes[n.id].degree > info.nodes[best.id].degree);
      if (better) {
        best = n; bestRank = r;
      }
    });
    if (!best) { message("No entity matches \u201c" + query + "\u201d"); return null; }
    selectNode(best.id, true);
    return best.id;
  }
  var searchBox = byId("kg-search");
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { search(searchBox.value); }
  });
  searchBox.addEventListener("change", function () { search(searchBox.value); });

  // ---- controls ----------------------------------------------------------------------
  var degreeBox = byId("kg-degree"), focusBox = byId("kg-focus"), hopsBox = byId("kg-hops");
  degreeBox.addEventListener("input", function () {
    state.minDegree = Number(degreeBox.value) || 0;
    byId("kg-degree-out").textContent = String(state.minDegree);
    applyFilters(false);
  });
  focusBox.addEventListener("change", function () {
    state.focus = focusBox.checked;
    applyFilters(true);
  });
  hopsBox.addEventListener("input", function () {
    var v = Math.round(Number(hopsBox.value));
    if (v >= 1 && v <= 6) { state.hops = v; if (state.focus) { applyFilters(true); } }
  });
  function resetFilters(all) {
    state.classOff = {};
    state.minDegree = 0;
    degreeBox.value = "0";
    byId("kg-degree-out").textContent = "0";
    var boxes = byId("kg-classes").querySelectorAll("input");
    Array.prototype.forEach.call(boxes, function (b) { b.checked = true; });
    if (all) { state.focus = false; focusBox.checked = false; }
  }
  byId("kg-reset").addEventListener("click", function () {
    resetFilters(true);
    searchBox.value = "";
    clearSelection();
    applyFilters(true);
  });
  byId("kg-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 350 } });
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clearSelection(); }
  });

  network.on("click", function (p) {
    if (p.nodes.length) { selectNode(p.nodes[0], false); }
    else if (p.edges.length) { selectEdge(p.edges[0]); }
    else { clearSelection(); }
  });

  // ---- layout: stabilise, then freeze ----------------------------------------------------
  network.on("stabilizationProgress", function (p) {
    var done = Math.round(100 * p.iterations / p.total);
    byId("kg-loading").textContent = "Laying out\u2026 " + done + "%";
  });
  function freeze() {
    if (ready) { return; }
    ready = true;
    network.setOptions({ physics: { enabled: false } });
    byId("kg-loading").hidden = true;
    if (info.focus) {
      state.focus = true;
      focusBox.checked = true;
      selectNode(info.focus, false);
    } else {
      network.fit();
      applyFilters(false);
    }
  }
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  setTimeout(freeze, 20000);
  if (!nodes.length) { freeze(); }

  showOverview();
  applyFilters(false);
  window.kgView = {
    network: network, nodes: nodes, edges: edges, details: info,
    selectNode: selectNode, selectEdge: selectEdge, search: search, clearSelection: clearSelection
  };
})();
"""
