"""The story view's pages and the overview's labels, in headless Chromium, with real clicks.

Thirty stories are more than one page (24): a probe clicks the page's own buttons (Stories,
next, previous), types into its search box and picks an article in its filter, and reports
what the page then shows. A crowd of long-named central entities checks that the labels the
page draws never overlap: vis-network's own boxes of the drawn labels are compared pairwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

from kg.view import write_view
from kg.view.layout import STORY_PAGE

try:
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

ID = "https://kg.example.org/id/"
REL = "https://kg.example.org/relation/"
ART = "https://kg.example.org/article/"
STORIES = 30
HUB_STORIES = (1, 2, 3, 4, 5)  # the stories that share the hub: the most connected


def _graph(articles: dict[int, str]) -> nx.MultiDiGraph:
    table = {
        ART + f"a{i}": {"id": f"a{i}", "headline": h, "date": f"2020-{1 + i // 28:02d}-{1 + i % 28:02d}"}
        for i, h in articles.items()
    }
    return nx.MultiDiGraph(articles=json.dumps(table))


def _node(G, key, label, stories, cls="Person"):
    G.add_node(
        ID + key,
        label=label,
        cls=cls,
        aliases="[]",
        attributes="[]",
        articles=json.dumps([ART + f"a{s}" for s in stories]),
    )


def _fact(G, s, o, story, label="met"):
    sentence = f"{G.nodes[ID + s]['label']} {label} {G.nodes[ID + o]['label']}."
    source = {"sentence": sentence, "article": ART + f"a{story}", "start": 0, "end": len(sentence)}
    G.add_edge(ID + s, ID + o, key=REL + label, predicate=REL + label, label=label, confidence=0.8,
               modality="asserted", sources=json.dumps([source]))  # fmt: skip


def thirty_stories() -> nx.MultiDiGraph:
    """30 stories of three linked people each; a hub named in the first five."""
    G = _graph({i: f"Story number {i}" for i in range(1, STORIES + 1)})
    _node(G, "hub", "Hub Person", HUB_STORIES)
    for i in range(1, STORIES + 1):
        for k in range(3):
            _node(G, f"s{i}-{k}", f"Person {i}.{k}", (i,))
        _fact(G, f"s{i}-0", f"s{i}-1", i)
        _fact(G, f"s{i}-1", f"s{i}-2", i)
        if i in HUB_STORIES:
            _fact(G, "hub", f"s{i}-0", i)
    return G


PAGES_PROBE = """
(function () {
  var r = {}, tries = 0;
  function body(k) { return Number(document.body.getAttribute("data-kg-" + k)); }
  function pager() {
    var box = document.getElementById("kg-pager");
    return [box.hidden, box.textContent, document.getElementById("kg-page-prev").disabled,
            document.getElementById("kg-page-next").disabled];
  }
  function write(v) { document.documentElement.setAttribute("data-probe", JSON.stringify(v)); }
  function run() {
    r.overview = [body("nodes"), document.getElementById("kg-pager").hidden];
    document.getElementById("kg-mode-story").click();
    r.first = [body("articles"), body("nodes")].concat(pager());
    document.getElementById("kg-page-next").click();
    r.second = [body("articles"), body("nodes")].concat(pager());
    var search = document.getElementById("kg-search");
    search.value = "Hub Person";
    search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    r.searched = [body("articles"), pager()[1]];
    var pick = document.getElementById("kg-article");
    pick.value = "%(last)s";
    pick.dispatchEvent(new Event("change", { bubbles: true }));
    r.picked = [body("articles"), body("nodes"), pager()[1]];
    pick.value = "";
    pick.dispatchEvent(new Event("change", { bubbles: true }));
    document.getElementById("kg-page-prev").click();
    r.back = [body("articles"), pager()[1]];
    document.getElementById("kg-mode-overview").click();
    r.again = [body("nodes"), document.getElementById("kg-pager").hidden];
    write(r);
  }
  (function wait() {
    if (document.body && document.body.getAttribute("data-kg-status") === "ready") {
      try { run(); } catch (e) { write({ error: String(e && e.stack || e) }); }
    } else if (++tries < 400) { setTimeout(wait, 50); }
    else { write({ error: "page never became ready" }); }
  })();
})();
"""


def _probe(chromium, tmp_path, G, probe, name, window=(1400, 900)):
    page = write_view(G, tmp_path / f"{name}.html", title=name)
    probed = tmp_path / f"{name}-probe.html"
    probed.write_text(browser.add_probe(page.read_text(encoding="utf-8"), probe), encoding="utf-8")
    run = browser.run_page(chromium, probed, tmp_path / f"chromium-{name}", screenshot=True, window=window)
    result = json.loads(browser.data_attributes(run.dom, "html").get("probe", "null") or "null")
    assert result is not None, f"the probe never reported; chromium said:\n{run.stderr[-3000:]}"
    assert "error" not in result, result["error"]
    keep = os.environ.get("KG_VIEW_SHOTS")
    if keep:
        Path(keep, f"{name}.png").write_bytes(run.screenshot.read_bytes())
    return run, result


def test_the_story_view_pages_through_stories_most_connected_first(chromium, tmp_path):
    run, r = _probe(chromium, tmp_path, thirty_stories(), PAGES_PROBE % {"last": ART + f"a{STORIES}"}, "pages")
    assert run.requests == []
    assert r["overview"][1] is True  # no pager in the overview
    rest = STORIES - STORY_PAGE
    # the first page: 24 stories, their 72 people and the hub; no way back from there
    assert r["first"] == [STORY_PAGE, 3 * STORY_PAGE + 1, False,
                          f"Stories 1\u2013{STORY_PAGE} of {STORIES}, most connected first: "
                          "\u2039 previous \u00b7 next \u203a", True, False]  # fmt: skip
    # the second: the six others, three people each, and no further
    assert r["second"][:2] == [rest, 3 * rest]
    assert r["second"][3].startswith(f"Stories {STORY_PAGE + 1}\u2013{STORIES} of {STORIES}")
    assert r["second"][4:] == [False, True]
    # the hub is on the first page only (its stories rank first): searching it goes there
    assert r["searched"] == [STORY_PAGE, r["first"][3]]
    # picking the last story in the filter goes to its page and says the page is filtered
    assert r["picked"][:2] == [1, 3]
    assert r["picked"][2].startswith(
        f"Stories {STORY_PAGE + 1}\u2013{STORIES} of {STORIES}, most connected first (1 of them"
    )
    assert r["back"] == [STORY_PAGE, r["first"][3]]
    assert r["again"] == r["overview"]


def crowded_graph() -> nx.MultiDiGraph:
    """Four tight communities of long-named people, each around its own hub: the central
    labels of a community's members lie across each other at the fitted zoom."""
    G = _graph({1: "A crowded story"})
    for c in range(4):
        _node(G, f"hub{c}", f"Central Figure Number {c} of the Crowd", (1,))
        for k in range(14):
            _node(G, f"m{c}-{k}", f"Long Named Person {c}-{k} Smith-Jones", (1,))
        for k in range(14):
            _fact(G, f"hub{c}", f"m{c}-{k}", 1)
            _fact(G, f"m{c}-{k}", f"m{c}-{(k + 1) % 14}", 1, label="knows")
    _fact(G, "hub0", "hub1", 1)
    _fact(G, "hub2", "hub3", 1)
    _fact(G, "hub1", "hub2", 1)
    return G


LABELS_PROBE = (
    browser.LABEL_OVERLAPS_JS
    + """
(function () {
  var tries = 0;
  function write(v) { document.documentElement.setAttribute("data-probe", JSON.stringify(v)); }
  function run() {
    var d = window.kgView.details, central = Object.keys(d.nodes).filter(function (id) { return d.nodes[id].central; });
    var r = { central: central.length, fitted: kgLabelOverlaps() };
    r.top = window.kgView.nodes.get(central.sort(function (a, b) { return d.nodes[b].rank - d.nodes[a].rank; })[0]).label;
    document.getElementById("kg-mode-story").click();
    r.story = kgLabelOverlaps();
    write(r);
  }
  (function wait() {
    if (document.body && document.body.getAttribute("data-kg-status") === "ready") {
      try { run(); } catch (e) { write({ error: String(e && e.stack || e) }); }
    } else if (++tries < 400) { setTimeout(wait, 50); }
    else { write({ error: "page never became ready" }); }
  })();
})();
"""
)


@pytest.mark.parametrize("window", [(1400, 900), (1024, 768)])
def test_drawn_labels_never_overlap_and_the_most_central_is_drawn(chromium, tmp_path, window):
    _, r = _probe(chromium, tmp_path, crowded_graph(), LABELS_PROBE, f"crowded-{window[0]}", window)
    assert r["fitted"]["overlaps"] == [] and r["story"]["overlaps"] == []
    assert 0 < r["fitted"]["labels"] < r["central"]  # some central labels wait for hover or zoom
    assert r["top"].startswith("Central Figure Number")
