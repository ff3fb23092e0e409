"""How soon does the HTML view of a large graph become interactive in headless Chromium?

    .venv/bin/python bench/view_speed.py [--nodes N] [--degree D] [--runs N] [--graph PATH]
                                         [--json FILE] [--keep FILE] [--screenshot FILE]

Renders a view with :func:`kg.view.write_view` into a temporary folder and opens it,
``--runs`` times (default 3), each time in a fresh headless Chromium (fresh profile,
the network closed with the flags of ``tests/browser.py``, a 1400x900 window), driven
over the DevTools protocol on a pipe (``--remote-debugging-pipe``: standard library
only, no websocket client, no port). The page is the one ``kg view`` writes; a probe
added by DevTools before it loads (``Page.addScriptToEvaluateOnNewDocument``, not in
the file, so the page's CSP does not apply to it) only watches. Times are real time
on the page's clock (``performance.now()``, zero at navigation start):

* interactive (the figure compared with the 3 s target, median of the runs): the page
  has laid out and frozen the physics (it sets ``data-kg-status="ready"`` on <body>
  once physics is off, the view fitted and drawn), the next frame is drawn, and the
  main thread is then quiet: interactive is the end of the last long task (>50 ms, or
  a 50 ms timer running late) before 500 ms without any. On the way: ``script`` (page
  script done: vis-network built), ``layoutStart``, ``stabilised`` (last layout
  iteration; the iteration counts are shown), ``ready``, ``frame``;
* response, once interactive: a search typed into the box (Enter), from the key event
  to the next frame with the panel filled and the entity selected; a real mouse click
  (``Input.dispatchMouseEvent``) on another entity in view, from the pointer event to
  the next frame with its panel; the cost of one full redraw; and the zoom animation
  the search starts (vis animates a fixed number of frames, so slow frames stretch it).

The graph (default) is synthetic, the same on every run, in the shape
:func:`kg.graph.to_networkx` produces: ``--nodes`` entities over the ontology
classes, each from one of n/6 articles and related to others of its article; popular
entities (Zipf) recur in many articles and become hubs, joining the articles' clusters
(mean degree ``--degree``, 3.5 by default, so 1.75 relations per entity; a few
unrelated entities and small components). Labels short and long, aliases, literal
facts, source sentences, a few pairs linked by two predicates. ``--graph PATH`` uses a
real kg graph file instead (``kg.load.load_dataset`` + ``to_networkx`` +
``select_subgraph(top=N)``: its ``--nodes`` entities of highest PageRank).

Exit status 0 when the median is within the target, 1 when not. Timings on a shared
2-core machine are noisy (other work there halves the layout's speed): compare medians
and rerun before acting on one figure.
"""

from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import random
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.view import CLASS_COLOURS, write_view  # noqa: E402
from tests import browser  # noqa: E402  (the no-network flags and the Chromium lookup)

TARGET_S = 3.0
SEED = 20240611
WINDOW = (1400, 900)
ID = "https://kg.example.org/id/"
REL = "https://kg.example.org/relation/"
ART = "https://kg.example.org/article/"

# -- the graph --------------------------------------------------------------------------

_CLASS_SHARE = {"Person": 30, "Organization": 20, "Place": 12, "Country": 5, "Group": 5,
                "Event": 6, "TimeExpression": 7, "Work": 4, "Product": 4, "Law": 2, "Concept": 5}
_PREDICATES = ["based in", "located in", "leader of", "works for", "member of", "founded",
               "met", "spoke at", "visited", "tensions with", "targets", "supplies", "launched",
               "on date", "passed", "enforces", "concerns", "criticised", "signed", "acquired",
               "invested in", "sued", "allied with", "born in", "held in"]
_SYLLABLES = ["ka", "ren", "zho", "li", "mar", "ta", "vel", "an", "dor", "si", "mi", "ko", "ra",
              "bel", "tu", "han", "sen", "gri", "wo", "lu", "pe", "ny", "os", "ter", "qui"]
_WORDS = ["national", "council", "ministry", "union", "trade", "digital", "security", "energy",
          "development", "regional", "strategic", "advanced", "systems", "commission",
          "partnership", "agreement", "federal", "institute", "technology", "cooperation"]


def synthetic_graph(n: int, degree: float, seed: int = SEED) -> nx.MultiDiGraph:
    """``n`` entities in to_networkx's shape, mean degree about ``degree``, a few hubs."""
    rng = random.Random(seed)
    classes = list(_CLASS_SHARE)
    weights = [_CLASS_SHARE[c] for c in classes]
    assert set(classes) <= set(CLASS_COLOURS)

    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    def label(cls: str) -> str:
        if rng.random() < 0.08:  # a long one: wraps on two lines and is clipped
            return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 8))).capitalize()
        if cls == "Person":
            return f"{word()} {word()}"
        if cls == "Organization":
            return f"{word()} {rng.choice(['Group', 'Holdings', 'Ministry', 'Party', 'Bank'])}"
        if cls == "TimeExpression":
            return f"{rng.choice(['March', 'June', 'Tuesday', 'spring'])} {rng.randint(1990, 2026)}"
        return word() if rng.random() < 0.7 else f"{word()} {word()}"

    G = nx.MultiDiGraph()
    nodes, seen = [], set()
    n_articles = max(1, n // 6)
    for i in range(n):
        cls = rng.choices(classes, weights)[0]
        name = label(cls)
        while name in seen:
            name = f"{name} {rng.randint(2, 99)}"
        seen.add(name)
        key = f"{cls.lower()}/{i:05d}"
        home = ART + f"a{i % n_articles}"
        attributes = []
        if rng.random() < 0.3:
            attributes = [{"predicate": REL + "holdsPosition", "label": "holds position",
                           "value": " ".join(rng.choice(_WORDS) for _ in range(2)),
                           "confidence": round(rng.uniform(0.5, 1.0), 2),
                           "sentence": f"{name}, the {rng.choice(_WORDS)} head, said on Tuesday.",
                           "article": home}]
        G.add_node(ID + key, label=name, cls=cls,
                   aliases=[f"{name} Ltd"] if rng.random() < 0.2 else [],
                   articles=[home], attributes=attributes)
        nodes.append(ID + key)

    # News: every entity comes from one article (its "home") and is related to others of that
    # article; a few popular entities (Zipf) are mentioned in many articles and gather the
    # relations of all of them: hubs, and clusters (articles) joined through them.
    popular = nodes[:]
    rng.shuffle(popular)
    zipf = [1 / (rank + 3) ** 1.2 for rank in range(len(popular))]
    cast: dict[int, list[str]] = {}
    for i, node in enumerate(nodes):
        cast.setdefault(i % n_articles, []).append(node)
    for a in range(n_articles):
        guests = set(rng.choices(popular, zipf, k=rng.randint(1, 4)))
        for node in sorted(guests):
            if ART + f"a{a}" not in G.nodes[node]["articles"]:
                G.nodes[node]["articles"] = sorted({*G.nodes[node]["articles"], ART + f"a{a}"})
        people = cast[a] + sorted(guests - set(cast[a]))
        per_local = degree / 2  # edges added per local entity: mean degree = 2 * edges / n
        for node in cast[a]:
            k = int(per_local) + (rng.random() < per_local - int(per_local))
            if rng.random() < 0.03:
                k = 0  # an entity the extractor related to nothing
            others = [p for p in people if p != node]
            rng.shuffle(others)
            for other in others:
                if k == 0:
                    break
                if G.has_edge(node, other) or G.has_edge(other, node):
                    continue
                k -= 1
                u, v = (node, other) if rng.random() < 0.5 else (other, node)
                _add_relation(G, rng, u, v, a)
                if rng.random() < 0.03:  # a second predicate between the same pair
                    _add_relation(G, rng, v, u, a)
    return _as_to_networkx(G, n_articles)


def _as_to_networkx(G: nx.MultiDiGraph, n_articles: int) -> nx.MultiDiGraph:
    """Lists as JSON strings, every 25th relation not asserted (drawn dashed), the articles'
    headlines on the graph: what to_networkx gives (after the draws, so the graph is the one
    the figures below were measured on)."""
    for _, data in G.nodes(data=True):
        for key in ("aliases", "articles", "attributes"):
            data[key] = json.dumps(data[key])
    for number, (_, _, data) in enumerate(sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"]))):
        data["modality"] = "negated" if number % 25 == 0 else "asserted"
        data["sources"] = json.dumps([{**s, "modality": data["modality"], "attributed_to": ""}
                                      for s in data["sources"]])
    G.graph["articles"] = json.dumps({ART + f"a{a}": {"id": f"a{a}", "headline": f"Headline of article {a}",
                                                      "date": "2019-01-04", "url": ""} for a in range(n_articles)})
    return G


def _add_relation(G: nx.MultiDiGraph, rng: random.Random, u: str, v: str, article: int) -> None:
    label = rng.choice(_PREDICATES)
    predicate = REL + "".join(w.capitalize() if i else w for i, w in enumerate(label.split()))
    sources = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        sentence = f"{G.nodes[u]['label']} {label} {G.nodes[v]['label']}, officials said."
        sources.append({"sentence": sentence, "article": ART + f"a{article}",
                        "start": 0, "end": len(sentence),
                        "confidence": round(rng.uniform(0.4, 0.95), 2), "extractor": "dep"})
    G.add_edge(u, v, key=predicate, predicate=predicate, label=label,
               confidence=max(s["confidence"] for s in sources), sources=sources)


def real_graph(path: str, top: int) -> nx.MultiDiGraph:
    from kg.graph import select_subgraph, to_networkx
    from kg.load import load_dataset

    return select_subgraph(to_networkx(load_dataset(path)), top=top)


# -- DevTools over a pipe ---------------------------------------------------------------


class DevTools:
    """A DevTools protocol client on Chromium's --remote-debugging-pipe (fds 3 and 4)."""

    def __init__(self, chromium: str, args: list[str], profile: Path) -> None:
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        # the child must see them as fds 3 (it reads) and 4 (it writes): park them high first
        high_r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 100)
        high_w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 100)
        os.close(to_chrome_r)
        os.close(from_chrome_w)

        def child_fds() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        argv = [chromium, f"--user-data-dir={profile}", "--remote-debugging-pipe", *args]
        self.log = profile.with_name(profile.name + ".stderr")
        with self.log.open("wb") as log:  # a file: a pipe nobody reads could stall Chromium
            self.proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=log,
                                         preexec_fn=child_fds, close_fds=False,
                                         start_new_session=True)
        os.close(high_r)
        os.close(high_w)
        self.write_fd, self.read_fd = to_chrome_w, from_chrome_r
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self.write_fd, data):]
        return self.next_id

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.read_fd], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium in time")
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe:\n" + self._stderr())
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self._read(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_event(self, method: str, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method:
                    return self.events.pop(i)
            self.events.append(self._read(deadline))

    def evaluate(self, session: str, expression: str, timeout: float = 30) -> object:
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, session, timeout)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def _stderr(self) -> str:
        self.close()
        return self.log.read_text(errors="replace")[-3000:]

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # the browser we started, and its children
            except ProcessLookupError:
                pass
        self.proc.wait()
        for fd in (self.write_fd, self.read_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        self.write_fd = self.read_fd = -1


# -- the probe --------------------------------------------------------------------------

QUIET_MS = 500  # interactive: ready, drawn, and then no long task for this long

# Runs before the page's own scripts (added by DevTools, so the page's CSP does not apply):
# catches kgView as the page publishes it to listen to the layout, notes when <body> turns
# ready and the next frame is drawn, then waits for the main thread to be quiet (no long
# task for QUIET_MS) and reports through a binding.
PROBE = r"""
(function () {
  var B = { marks: {}, iterations: null, total: null, longtasks: [], errors: [] };
  window.__kgBench = B;
  var now = function () { return performance.now(); };
  window.addEventListener("error", function (e) { B.errors.push(String(e.message)); });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        B.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { B.errors.push("no longtask observer: " + e); }
  document.addEventListener("DOMContentLoaded", function () { B.marks.domContentLoaded = now(); });
  var view;
  Object.defineProperty(window, "kgView", { configurable: true, enumerable: true,
    get: function () { return view; },
    set: function (v) {
      view = v;
      B.marks.script = now();
      v.network.on("stabilizationProgress", function (p) {
        if (B.marks.layoutStart === undefined) { B.marks.layoutStart = now(); }
        B.iterations = p.iterations; B.total = p.total;
      });
      v.network.once("stabilizationIterationsDone", function () {
        B.marks.stabilised = now();
      });
    } });
  var due = null, busyUntil = 0;
  function quiet() {  // a long task, or this timer running late, means the thread was busy
    var at = now();
    if (due !== null && at - due > 50) { busyUntil = at; }
    var end = Math.max(B.marks.frame, busyUntil);
    B.longtasks.forEach(function (t) { end = Math.max(end, t[0] + t[1]); });
    if (at - end >= QUIET_MS) {
      B.marks.interactive = end;
      window.kgBenchReport(JSON.stringify(B));
    } else if (at - B.marks.frame > 60000) {
      B.busy = true;
      window.kgBenchReport(JSON.stringify(B));
    } else { due = at + 50; setTimeout(quiet, 50); }
  }
  new MutationObserver(function (records, observer) {
    var body = document.body;
    if (!body || body.getAttribute("data-kg-status") !== "ready") { return; }
    observer.disconnect();
    B.marks.ready = now();
    B.physics = view ? view.network.physics.options.enabled : null;
    requestAnimationFrame(function () {
      setTimeout(function () { B.marks.frame = now(); quiet(); }, 0);
    });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-kg-status"] });
})();
""".replace("QUIET_MS", str(QUIET_MS))

AFTER_FRAME = "new Promise(function (r) { requestAnimationFrame(function () { setTimeout(r, 0); }); })"

# Redraws of the whole view as it is (vis draws synchronously): the cost of one frame.
REDRAW = r"""
(function () {
  var times = [];
  for (var i = 0; i < 5; i++) {
    var t = performance.now(); kgView.network.redraw(); times.push(performance.now() - t);
  }
  return times.sort(function (a, b) { return a - b; })[2];
})()
"""

# Types the hub's label into the search box and presses Enter: the time to the next frame,
# with the panel filled and the entity selected; then the zoom animation the search starts
# (vis animates a fixed number of frames), to its end: its frames and the longest gap.
SEARCH = r"""
(function (name) {
  return new Promise(function (resolve) {
    var n = kgView.network, box = document.getElementById("kg-search"), r = {};
    var start = performance.now(), last = start, gaps = [], finished = false;
    n.once("animationFinished", function () { finished = true; });
    box.value = name;
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    r.handler = performance.now() - start;
    requestAnimationFrame(function () {
      setTimeout(function () {
        r.frame = performance.now() - start;
        r.title = document.querySelector("#kg-panel h2").textContent;
        r.selected = n.getSelectedNodes();
      }, 0);
    });
    (function tick() {
      requestAnimationFrame(function () {
        var at = performance.now();
        gaps.push(at - last); last = at;
        if (!finished && at - start < 10000) { tick(); return; }
        r.zoom = at - start; r.frames = gaps.length; r.maxFrameGap = Math.max.apply(null, gaps);
        resolve(r);
      });
    })();
  });
})(%s)
"""

# Where another entity in view is on the screen (one vis would pick there: first the hub's
# neighbours, then any), and listeners that note the pointer-up and the panel change a click
# on it brings.
ARM_CLICK = r"""
(function (hub) {
  var n = kgView.network, frame = document.getElementById("kg-graph").getBoundingClientRect();
  var around = n.getConnectedNodes(hub).sort().concat(kgView.nodes.getIds().sort());
  var positions = n.getPositions();
  for (var i = 0; i < around.length; i++) {
    var id = around[i];
    if (id === hub || !positions[id]) { continue; }  // hidden nodes (folded, articles) have none
    var p = n.canvasToDOM(positions[id]);
    if (p.x > 40 && p.y > 40 && p.x < frame.width - 40 && p.y < frame.height - 40 &&
        n.getNodeAt(p) === id) {
      var c = window.__kgClick = { id: id };
      window.addEventListener("pointerup", function (e) {
        c.up = performance.now(); c.eventTime = e.timeStamp;
      }, { capture: true, once: true });
      new MutationObserver(function (records, observer) {
        observer.disconnect();
        c.panel = performance.now();
        requestAnimationFrame(function () { setTimeout(function () {
          c.frame = performance.now();
          c.title = document.querySelector("#kg-panel h2").textContent;
          c.selected = n.getSelectedNodes();
        }, 0); });
      }).observe(document.getElementById("kg-panel"), { childList: true });
      return { id: id, x: frame.left + p.x, y: frame.top + p.y };
    }
  }
  return null;
})(%s)
"""


def measure_once(chromium: str, page: Path, workdir: Path, hub: str, hub_label: str,
                 screenshot: Path | None = None, timeout: float = 120) -> dict:
    """Open ``page`` in a fresh browser; the probe's marks and the response times, in ms."""
    profile = Path(tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir))
    args = [*browser.FLAGS, f"--window-size={WINDOW[0]},{WINDOW[1]}", "about:blank"]
    chrome = DevTools(chromium, args, profile)
    try:
        target = chrome.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = chrome.call("Target.attachToTarget",
                              {"targetId": target, "flatten": True})["sessionId"]
        chrome.call("Page.enable", session=session)
        chrome.call("Runtime.enable", session=session)
        chrome.call("Runtime.addBinding", {"name": "kgBenchReport"}, session)
        chrome.call("Page.addScriptToEvaluateOnNewDocument", {"source": PROBE}, session)
        chrome.evaluate(session, AFTER_FRAME)  # the blank tab is up and drawing
        clock = time.perf_counter()
        chrome.call("Page.navigate", {"url": page.resolve().as_uri()}, session)
        try:
            report = chrome.wait_event("Runtime.bindingCalled", timeout)
        except TimeoutError:
            errors = [e["params"]["exceptionDetails"].get("exception", {}).get("description")
                      for e in chrome.events if e["method"] == "Runtime.exceptionThrown"]
            raise RuntimeError(f"the page never became ready in {timeout:.0f} s; errors: {errors}")
        probe = json.loads(report["params"]["payload"])
        probe["wall_reported"] = (time.perf_counter() - clock) * 1000  # a cross-check
        if probe.get("busy"):
            raise RuntimeError("the page was ready but its main thread never went quiet: "
                               f"{len(probe['longtasks'])} long tasks")
        if screenshot:
            shot = chrome.call("Page.captureScreenshot", {"format": "png"}, session)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        probe["redraw"] = chrome.evaluate(session, REDRAW)

        search = chrome.evaluate(session, SEARCH % json.dumps(hub_label))
        if search["selected"] != [hub]:
            raise RuntimeError(f"search for {hub_label!r} selected {search['selected']}, not {hub}")
        spot = chrome.evaluate(session, ARM_CLICK % json.dumps(hub))
        click = None
        if spot:
            for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
                chrome.call("Input.dispatchMouseEvent", {
                    "type": kind, "x": spot["x"], "y": spot["y"], "button": "left",
                    "buttons": 1 if kind == "mousePressed" else 0,
                    "clickCount": 0 if kind == "mouseMoved" else 1}, session)
            for _ in range(100):
                click = chrome.evaluate(session, "window.__kgClick")
                if click and "frame" in click:
                    break
                time.sleep(0.05)
            if not (click and "frame" in click and click["selected"] == [spot["id"]]):
                raise RuntimeError(f"the click on {spot} did not select it: {click}")
        probe["search"] = search
        probe["click"] = click
        return probe
    finally:
        chrome.close()


# -- the run ----------------------------------------------------------------------------


def summarize(G: nx.MultiDiGraph, page: Path, runs: list[dict], source: str) -> dict:
    med = statistics.median
    marks = ["script", "layoutStart", "stabilised", "ready", "frame", "interactive"]
    clicks = [r["click"] for r in runs if r["click"]]
    degrees = sorted((d for _, d in G.degree()), reverse=True)
    interactive = med([r["marks"]["interactive"] for r in runs]) / 1000
    after_ready = [[t for t in r["longtasks"] if t[0] + t[1] > r["marks"]["ready"]] for r in runs]
    return {
        "graph": source,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "mean_degree": round(2 * G.number_of_edges() / G.number_of_nodes(), 2),
        "max_degree": degrees[0],
        "html_bytes": page.stat().st_size,
        "runs": len(runs),
        "interactive_s": interactive,
        "interactive_runs_s": [round(r["marks"]["interactive"] / 1000, 3) for r in runs],
        "marks_median_s": {m: round(med([r["marks"][m] for r in runs]) / 1000, 3)
                           for m in marks if all(m in r["marks"] for r in runs)},
        "reported_wall_s": round(med([r["wall_reported"] for r in runs]) / 1000, 3),
        "iterations": [r["iterations"] for r in runs],
        "iterations_max": runs[0]["total"],
        "physics_after_ready": sorted({r["physics"] for r in runs}, key=str),
        "redraw_ms": med([r["redraw"] for r in runs]),
        "search_ms": med([r["search"]["frame"] for r in runs]),
        "search_handler_ms": med([r["search"]["handler"] for r in runs]),
        "zoom_ms": med([r["search"]["zoom"] for r in runs]),
        "zoom_frames": med([r["search"]["frames"] for r in runs]),
        "zoom_max_frame_gap_ms": med([r["search"]["maxFrameGap"] for r in runs]),
        "click_ms": med([c["frame"] - c["eventTime"] for c in clicks]) if clicks else None,
        "click_handler_ms": med([c["panel"] - c["up"] for c in clicks]) if clicks else None,
        "long_tasks_after_ready": [len(t) for t in after_ready],
        "longest_task_after_ready_ms": max((t[1] for ts in after_ready for t in ts), default=0),
        "quiet_ms": QUIET_MS,
        "target_s": TARGET_S,
        "ok": interactive <= TARGET_S,
        "page_errors": sorted({e for r in runs for e in r["errors"]}),
    }


def report(f: dict) -> str:
    marks = ", ".join(f"{name} {seconds:.2f}" for name, seconds in f["marks_median_s"].items())
    click = ("n/a (no other entity in view)" if f["click_ms"] is None
             else f"{f['click_ms']:.0f} ms (handler {f['click_handler_ms']:.0f} ms)")
    rows = [
        ("graph", f["graph"]),
        ("nodes", f"{f['nodes']:,}"),
        ("edges", f"{f['edges']:,} (mean degree {f['mean_degree']}, max {f['max_degree']})"),
        ("HTML size", f"{f['html_bytes'] / 1e6:.2f} MB"),
        (f"interactive, median of {f['runs']}", f"{f['interactive_s']:.2f} s  "
         f"(runs: {', '.join(f'{s:.2f}' for s in f['interactive_runs_s'])})"),
        ("  on the way, s (median)", marks),
        ("  layout", f"iterations {f['iterations']} of at most {f['iterations_max']}; physics "
         f"after ready: {'on' if True in f['physics_after_ready'] else 'off'}"),
        ("  long tasks after ready", f"{f['long_tasks_after_ready']} per run, longest "
         f"{f['longest_task_after_ready_ms']} ms"),
        ("response: search", f"{f['search_ms']:.0f} ms to the next frame "
         f"(handler {f['search_handler_ms']:.0f} ms)"),
        ("response: click", click + " to the next frame"),
        ("frame (full redraw)", f"{f['redraw_ms']:.0f} ms; search zoom: {f['zoom_frames']:.0f} "
         f"frames in {f['zoom_ms']:.0f} ms, longest gap {f['zoom_max_frame_gap_ms']:.0f} ms"),
        ("target", f"interactive within {f['target_s']:.0f} s: "
         + ("ok" if f["ok"] else "BELOW TARGET")),
    ]
    if f["page_errors"]:
        rows.append(("page errors", "; ".join(f["page_errors"])))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nodes", type=int, default=2000, metavar="N",
                        help="entities in the view (default 2000)")
    parser.add_argument("--degree", type=float, default=3.5, metavar="D",
                        help="mean degree of the synthetic graph (default 3.5)")
    parser.add_argument("--runs", type=int, default=3, metavar="N",
                        help="page loads, each in a fresh browser; medians are shown (default 3)")
    parser.add_argument("--graph", metavar="PATH",
                        help="a kg graph file (or build folder): its --nodes top entities by PageRank")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--keep", type=Path, metavar="FILE", help="keep the rendered page at FILE")
    parser.add_argument("--screenshot", type=Path, metavar="FILE",
                        help="save a PNG of the page as it became interactive (first run)")
    args = parser.parse_args(argv)
    if args.nodes < 1 or args.runs < 1 or args.degree < 0:
        parser.error("--nodes and --runs must be at least 1, --degree not negative")
    chromium = browser.find_chromium()
    if chromium is None:
        print(f"view_speed: {browser.INSTALL_HINT}", file=sys.stderr)
        return 2

    clock = time.perf_counter()
    if args.graph:
        G, source = real_graph(args.graph, args.nodes), args.graph
    else:
        G, source = synthetic_graph(args.nodes, args.degree), f"synthetic, seed {SEED}"
    if G.number_of_nodes() == 0:
        print("view_speed: the graph has no entities", file=sys.stderr)
        return 2
    hub = max(G.nodes, key=lambda n: (G.degree(n), str(n)))
    with tempfile.TemporaryDirectory(prefix="kg-view-bench-") as folder:
        page = write_view(G, Path(folder) / "view.html", title="view_speed")
        print(f"graph {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges; page "
              f"{page.stat().st_size / 1e6:.2f} MB written in {time.perf_counter() - clock:.1f} s",
              file=sys.stderr, flush=True)
        if args.keep:
            args.keep.write_bytes(page.read_bytes())
        runs = []
        for number in range(args.runs):
            print(f"run {number + 1}/{args.runs} ...", file=sys.stderr, flush=True)
            runs.append(measure_once(chromium, page, Path(folder), hub, G.nodes[hub]["label"],
                                     screenshot=args.screenshot if number == 0 else None))
        figures = summarize(G, page, runs, source)
    print(report(figures), flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
