"""kg.show in a real browser: the iframe a notebook shows, in a host page, in headless
Chromium with the network closed. A probe inside the framed page (allowed by hash in its
CSP) waits for the view, clicks through the panel and posts what it saw to the host page."""

from __future__ import annotations

import json

import pytest

from kg.export import BuildData
from kg.model import Article, ArticleGraph, Entity, Fact, Span
from kg.view import InlineView, show

try:
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

ID = "https://kg.example.org/id/"

PROBE = r"""
(function () {
  function report(r) { parent.postMessage(JSON.stringify(r), "*"); }
  function run() {
    var r = { nodes: Number(document.body.getAttribute("data-kg-nodes")),
              edges: Number(document.body.getAttribute("data-kg-edges")) };
    var panel = document.getElementById("kg-panel");
    var ids = Object.keys(kgView.details.edges);
    var negated = ids.filter(function (id) { return kgView.details.edges[id].modality === "negated"; })[0];
    kgView.selectEdge(negated);
    r.negatedPanel = panel.textContent;
    r.dashed = kgView.network.body.edges[negated].options.dashes;
    var met = ids.filter(function (id) { return kgView.details.edges[id].modality === "asserted"; })[0];
    r.assertedDashed = kgView.network.body.edges[met].options.dashes;
    kgView.search("Xi Jinping");
    r.nodePanel = panel.textContent;
    var link = panel.querySelector("a.kg-article");
    r.link = link ? { href: link.href, text: link.textContent, target: link.target } : null;
    report(r);
  }
  var tries = 0;
  (function wait() {
    if (document.body && document.body.getAttribute("data-kg-status") === "ready") {
      try { run(); } catch (e) { report({ error: String(e && e.stack || e) }); }
    } else if (++tries < 400) { setTimeout(wait, 50); }
    else { report({ error: "page never became ready" }); }
  })();
})();
"""

HOST = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>notebook</title></head>
<body><h1>In [1]: kg.show(result)</h1>
<div class="output">{frame}</div>
<script>
window.addEventListener("message", function (e) {{
  document.documentElement.setAttribute("data-probe", e.data);
}});
</script></body></html>
"""


def build_data() -> BuildData:
    text = "Xi Jinping met Joe Biden. Xi Jinping did not visit Ohio."
    article = Article(
        id="2019_001",
        title="Xi meets Biden",
        text=text,
        source_path="a.txt",
        date="2019-01-04",
        url="https://example.org/news/1",
    )
    entities = (
        Entity("person/xi-jinping", "Person", "Xi Jinping"),
        Entity("person/joe-biden", "Person", "Joe Biden"),
        Entity("place/ohio", "Place", "Ohio"),
    )
    facts = (
        Fact(
            "person/xi-jinping", "", "meet", "person/joe-biden", None, article.id, Span(0, 25, text[:25]), 0.8, "clause"
        ),
        Fact(
            "person/xi-jinping",
            "visited",
            "visit",
            "place/ohio",
            None,
            article.id,
            Span(26, len(text), text[26:]),
            0.7,
            "clause",
            modality="negated",
        ),
    )
    return BuildData.of([ArticleGraph(article, entities, facts)], [])


def test_the_inline_view_runs_inside_its_iframe(chromium, tmp_path):
    view = show(build_data())
    probed = InlineView(browser.add_probe(view.page, PROBE), view.height)
    host = tmp_path / "notebook.html"
    host.write_text(HOST.format(frame=probed._repr_html_()), encoding="utf-8")
    run = browser.run_page(chromium, host, tmp_path / "chromium", screenshot=True, frames=True)
    probe = json.loads(browser.data_attributes(run.dom, "html").get("probe", "null") or "null")
    assert probe is not None, f"the framed page never reported; chromium said:\n{run.stderr[-3000:]}"
    assert "error" not in probe, probe["error"]
    assert run.requests == []
    assert (probe["nodes"], probe["edges"]) == (3, 2)
    assert "negated" in probe["negatedPanel"] and "Xi meets Biden (2019-01-04)" in probe["negatedPanel"]
    assert probe["dashed"] == [6, 5] and probe["assertedDashed"] is False
    assert "Xi meets Biden (2019-01-04)" in probe["nodePanel"] and "2019_001" not in probe["nodePanel"]
    assert probe["link"] == {
        "href": "https://example.org/news/1",
        "text": "Xi meets Biden (2019-01-04)",
        "target": "_blank",
    }
    width, height, colours = browser.png_summary(run.screenshot)
    assert (width, height) == (1400, 900) and colours > 20  # a drawn graph, not a blank frame
