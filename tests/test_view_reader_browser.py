"""The view as a news reader uses it, in headless Chromium: overview, stories, filters, facts.

A graph of three articles with their headlines, dates, publisher and URLs; a probe clicks the
page's own buttons and changes its own controls (the events a reader's clicks and choices
fire), and reports what the page then draws. Screenshots at 1400 and 1024 pixels wide are
kept under the test's temporary folder (KG_VIEW_SHOTS=/some/dir keeps copies to look at).
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import networkx as nx
import pytest

from kg.view import write_view

try:
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

ID = "https://kg.example.org/id/"
REL = "https://kg.example.org/relation/"
ART = "https://kg.example.org/article/"
STORIES = {1: "Huawei opens a lab in Paris", 2: "Xi meets Macron in Beijing", 3: "Floods in Jakarta"}


def reader_graph() -> nx.MultiDiGraph:
    """Three stories of six entities each, a name in two of them, and 30 lone names."""
    G = nx.MultiDiGraph(
        articles=json.dumps(
            {
                ART + f"a{i}": {
                    "id": f"a{i}",
                    "headline": h,
                    "date": f"2019-0{i}-1{i}",
                    "url": f"https://news.example.org/{i}",
                    "publisher": "Example Wire",
                }
                for i, h in STORIES.items()
            }
        )
    )

    def node(key, label, cls="Person", stories=(1,), attributes=()):
        G.add_node(
            ID + key,
            label=label,
            cls=cls,
            aliases=json.dumps([]),
            articles=json.dumps([ART + f"a{s}" for s in stories]),
            attributes=json.dumps(list(attributes)),
        )

    def fact(s, label, o, story, confidence=0.8, modality="asserted"):
        sentence = f"{G.nodes[ID + s]['label']} {label} {G.nodes[ID + o]['label']}, officials said."
        source = {
            "sentence": sentence,
            "article": ART + f"a{story}",
            "start": 0,
            "end": len(sentence),
            "confidence": confidence,
            "extractor": "clause",
            "modality": modality,
            "attributed_to": "",
        }
        key = REL + label.replace(" ", "_") + ("" if modality == "asserted" else " " + modality)
        G.add_edge(
            ID + s,
            ID + o,
            key=key,
            predicate=REL + label.replace(" ", "_"),
            label=label,
            confidence=confidence,
            modality=modality,
            sources=json.dumps([source]),
        )

    president = [
        {
            "predicate": REL + "holdsPosition",
            "label": "holds position",
            "value": "President",
            "confidence": 0.9,
            "sentence": f"President Xi Jinping spoke ({n}).",
            "article": ART + f"a{n}",
            "modality": "asserted",
            "attributed_to": "",
        }
        for n in (1, 2, 3)
    ]
    node("huawei", "Huawei", "Organization", stories=(1,))
    node("paris", "Paris", "Place", stories=(1, 2))
    node("lab", "Huawei Paris lab", "Organization")
    node("tan", "Joy Tan", "Person")
    node("xi", "Xi Jinping", "Person", stories=(2,), attributes=president)
    node("macron", "Emmanuel Macron", "Person", stories=(2,))
    node("beijing", "Beijing", "Place", stories=(2,))
    node("france", "France", "Country", stories=(2,))
    node("jakarta", "Jakarta", "Place", stories=(3,))
    node("bnpb", "BNPB", "Organization", stories=(3,))
    node("widodo", "Joko Widodo", "Person", stories=(3,))
    node("indonesia", "Indonesia", "Country", stories=(3,))
    fact("huawei", "opened", "lab", 1, 0.9)
    fact("lab", "located in", "paris", 1)
    fact("tan", "works for", "huawei", 1)
    fact("huawei", "based in", "paris", 1, 0.4, modality="negated")
    fact("xi", "met", "macron", 2, 0.95)
    fact("xi", "visited", "paris", 2)
    fact("macron", "leader of", "france", 2)
    fact("xi", "spoke in", "beijing", 2, 0.5)
    fact("bnpb", "reported", "jakarta", 3)
    fact("widodo", "visited", "jakarta", 3)
    fact("widodo", "leader of", "indonesia", 3)
    for i in range(30):
        node(f"lone{i:02d}", f"Lone name {i}", stories=(3,))
    return G


PROBE = r"""
(function () {
  function write(r) { document.documentElement.setAttribute("data-probe", JSON.stringify(r)); }
  function body(name) { return Number(document.body.getAttribute("data-kg-" + name)); }
  function pick(id, value) {
    var el = document.getElementById(id);
    el.value = value;
    el.dispatchEvent(new Event(el.tagName === "SELECT" || el.type === "date" ? "change" : "input"));
  }
  function run() {
    var r = {}, panel = document.getElementById("kg-panel");
    r.overview = [body("nodes"), body("edges"), body("articles")];
    r.count = document.getElementById("kg-count").textContent;
    r.folded = document.getElementById("kg-folded").textContent;
    document.getElementById("kg-unfold").click();
    r.unfolded = body("nodes");
    document.getElementById("kg-unfold").click();
    r.refolded = body("nodes");
    document.getElementById("kg-mode-story").click();
    r.story = [document.body.getAttribute("data-kg-mode"), body("nodes"), body("articles")];
    r.storyPanel = panel.textContent;
    pick("kg-article", "%(a2)s");
    r.article2 = [body("nodes"), body("edges"), body("articles")];
    r.articlePanel = panel.textContent;
    pick("kg-article", "");
    document.getElementById("kg-mode-overview").click();
    pick("kg-from", "2019-02-01");
    pick("kg-to", "2019-02-28");
    r.february = [body("nodes"), body("edges")];
    document.getElementById("kg-reset").click();
    pick("kg-predicate", "visited");
    r.visited = [body("nodes"), body("edges")];
    pick("kg-predicate", "");
    pick("kg-conf", "85");
    r.confident = [body("nodes"), body("edges")];
    pick("kg-conf", "0");
    var negated = document.querySelector("#kg-modalities input[value=negated]");
    negated.checked = false;
    negated.dispatchEvent(new Event("change"));
    r.withoutNegated = body("edges");
    document.getElementById("kg-reset").click();
    r.afterReset = [body("nodes"), body("edges")];
    var met = Object.keys(kgView.details.edges).filter(function (e) {
      return kgView.details.edges[e].label === "met"; })[0];
    kgView.selectEdge(met);
    r.edgePanel = panel.textContent;
    r.subject = Array.prototype.map.call(panel.querySelectorAll("mark.kg-subj"), function (m) { return m.textContent; });
    r.object = Array.prototype.map.call(panel.querySelectorAll("mark.kg-obj"), function (m) { return m.textContent; });
    var link = panel.querySelector("a.kg-article");
    r.link = link ? [link.getAttribute("href"), link.textContent, link.target] : null;
    kgView.search("Xi Jinping");
    r.nodePanel = panel.textContent;
    r.header = document.querySelector(".kg-bar h1").textContent + " | " + document.getElementById("kg-sub").textContent;
    r.width = window.innerWidth;
    kgView.network.moveTo({ scale: 2 });  // zoomed in: labels at their canvas size, relations labelled
    setTimeout(function () {  // after the panel's slide
      r.panelLeft = Math.round(panel.getBoundingClientRect().left);
      r.zoomedFont = kgView.nodes.get("%(xi)s").font.size;
      r.zoomedEdgeLabels = kgView.edges.get().filter(function (e) { return e.label && e.label.trim(); }).length;
      document.getElementById("kg-panel-toggle").click();
      setTimeout(function () { r.closedLeft = Math.round(panel.getBoundingClientRect().left); write(r); }, 400);
    }, 400);
  }
  var tries = 0;
  (function wait() {
    if (document.body && document.body.getAttribute("data-kg-status") === "ready") {
      try { run(); } catch (e) { write({ error: String(e && e.stack || e) }); }
    } else if (++tries < 400) { setTimeout(wait, 50); }
    else { write({ error: "page never became ready" }); }
  })();
})();
"""


def _run(chromium, tmp_path, window):
    page = write_view(reader_graph(), tmp_path / "view.html", title="Three stories")
    probe = PROBE % {"a2": ART + "a2", "xi": ID + "xi"}
    probed = tmp_path / f"probe-{window[0]}.html"
    probed.write_text(browser.add_probe(page.read_text(encoding="utf-8"), probe), encoding="utf-8")
    run = browser.run_page(chromium, probed, tmp_path / f"chromium-{window[0]}", screenshot=True, window=window)
    result = json.loads(browser.data_attributes(run.dom, "html").get("probe", "null") or "null")
    assert result is not None, f"the probe never reported; chromium said:\n{run.stderr[-3000:]}"
    assert "error" not in result, result["error"]
    keep = os.environ.get("KG_VIEW_SHOTS")
    if keep:
        shutil.copy(run.screenshot, Path(keep) / f"reader-{window[0]}.png")
    return run, result


def test_a_reader_uses_overview_stories_filters_and_facts(chromium, tmp_path):
    run, r = _run(chromium, tmp_path, (1400, 900))
    assert run.requests == []
    # overview: 12 linked entities and their 11 facts; the 30 lone names folded into a count
    assert r["overview"] == [12, 11, 0]
    assert r["count"] == "12 of 42 entities \u00b7 11 of 11 relations"
    assert r["folded"] == "30 entities in 30 small groups and lone concepts not shown: show"
    assert (r["unfolded"], r["refolded"]) == (42, 12)
    # stories: every entity with its article, three article nodes
    assert r["story"] == ["story", 42, 3]
    assert all(h in r["storyPanel"] for h in STORIES.values())
    # one article: its five entities (Paris is in two), its facts, and its panel
    assert r["article2"] == [5, 4, 1]
    assert STORIES[2] in r["articlePanel"] and "Example Wire" in r["articlePanel"]
    # February: the second story only
    assert r["february"] == [5, 4]
    assert r["visited"] == [4, 2]  # Xi, Paris, Widodo, Jakarta
    assert r["confident"] == [4, 2]  # opened (90%), met (95%)
    assert r["withoutNegated"] == 10
    assert r["afterReset"] == [12, 11]
    # a fact: its sentence with subject and object marked, its article by headline with a link
    assert r["subject"] == ["Xi Jinping"] and r["object"] == ["Emmanuel Macron"]
    assert r["link"] == ["https://news.example.org/2", STORIES[2] + " (2019-02-12)", "_blank"]
    assert "Example Wire" in r["edgePanel"]
    # repeated facts grouped: "holds position President" once, with its three sources
    assert r["nodePanel"].count("holds position") == 1 and "3 sources" in r["nodePanel"]
    assert r["header"] == "Three stories | 2019-01-11 \u2013 2019-03-13"
    assert r["panelLeft"] < r["width"]  # wide screen: the panel stays open beside the graph
    assert r["zoomedFont"] == 17 and r["zoomedEdgeLabels"] == 11  # resized after the zoom, all labelled
    width, height, distinct = browser.png_summary(run.screenshot)
    assert (width, height) == (1400, 900) and distinct > 100


def test_at_1024_pixels_the_panel_folds_away(chromium, tmp_path):
    run, r = _run(chromium, tmp_path, (1024, 768))
    assert r["overview"] == [12, 11, 0]
    assert r["panelLeft"] < 1024  # opened by the selection, over the graph
    assert r["closedLeft"] >= 1024  # closed: off screen, the graph has the whole width
    width, height, distinct = browser.png_summary(run.screenshot)
    assert (width, height) == (1024, 768) and distinct > 100
