"""kg.view in a real browser: headless Chromium with the network closed.

The page is opened from disk with ``--dump-dom`` after a budget of virtual time;
a probe script (allowed by hash in the page's CSP) waits for the page to lay out,
drives the search box, the panel and the filters as a user would, and writes what
it saw into a data attribute of <html>. Chromium's net log shows whether the page
asked for anything over the network.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import networkx as nx
import pytest

from kg.view import write_view

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

ID = "https://kg.example.org/id/"
REL = "https://kg.example.org/relation/"
ART = "https://kg.example.org/article/"
EVIL_LABEL = "Shenzhen <script>window.__pwned=1</script>"
EVIL_SENTENCE = 'Huawei said <img src=x onerror="window.__pwned=2"> in Shenzhen </script> today.'


def _entity(G, key, label, cls, *, aliases=(), attributes=(), articles=("a1",)):
    G.add_node(
        ID + key,
        label=label,
        cls=cls,
        aliases=list(aliases),
        articles=[ART + a for a in articles],
        attributes=list(attributes),
    )


def _relation(G, s, p, label, o, sentence, *, confidence=0.8, article="a1"):
    source = {
        "sentence": sentence,
        "article": ART + article,
        "start": 0,
        "end": len(sentence),
        "confidence": confidence,
        "extractor": "dep",
    }
    G.add_edge(ID + s, ID + o, key=REL + p, predicate=REL + p, label=label, confidence=confidence, sources=[source])


def small_graph() -> nx.MultiDiGraph:
    """Five entities, one of them named with a script tag, one sentence with an onerror."""
    G = nx.MultiDiGraph()
    _entity(
        G,
        "huawei",
        "Huawei",
        "Organization",
        aliases=["Huawei Technologies"],
        attributes=[
            {
                "predicate": REL + "isA",
                "label": "is a",
                "value": "telecom giant",
                "confidence": 0.9,
                "sentence": EVIL_SENTENCE,
                "article": ART + "a1",
            }
        ],
    )
    _entity(G, "shenzhen", EVIL_LABEL, "Place")
    _entity(
        G,
        "ren",
        "Ren Zhengfei",
        "Person",
        attributes=[
            {
                "predicate": REL + "holdsPosition",
                "label": "holds position",
                "value": "founder",
                "confidence": 0.8,
                "sentence": "Ren Zhengfei, the founder, spoke.",
                "article": ART + "a1",
            }
        ],
    )
    _entity(G, "china", "China", "Country")
    _entity(G, "mwc", "Mobile World Congress", "Event")
    _relation(G, "huawei", "basedIn", "based in", "shenzhen", EVIL_SENTENCE)
    _relation(G, "ren", "leaderOf", "leader of", "huawei", "Ren Zhengfei leads Huawei.")
    _relation(G, "shenzhen", "locatedIn", "located in", "china", "Shenzhen, China.")
    _relation(G, "ren", "spokeAt", "spoke at", "mwc", "Ren spoke at MWC.", confidence=0.6)
    return G


PROBE = r"""
(function () {
  var seen = [];
  document.addEventListener("securitypolicyviolation", function (e) { seen.push(e.blockedURI); });
  function write(r) { document.documentElement.setAttribute("data-probe", JSON.stringify(r)); }
  function drawn() { return Number(document.body.getAttribute("data-kg-nodes")); }
  function run() {
    var r = { nodesDrawn: drawn() };
    r.edgesDrawn = Number(document.body.getAttribute("data-kg-edges"));
    var panel = document.getElementById("kg-panel");
    var box = document.getElementById("kg-search");
    box.value = "shenz";
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    r.searchTitle = panel.querySelector("h2").textContent;
    r.searchSelected = kgView.network.getSelectedNodes();
    var evil = Object.keys(kgView.details.edges).filter(function (id) {
      return kgView.details.edges[id].sources[0].sentence.indexOf("onerror") >= 0;
    })[0];
    kgView.selectEdge(evil);
    r.edgePanel = panel.textContent;
    r.edgeTitle = panel.querySelector("h2").textContent;
    kgView.search("huawei technologies");
    r.nodePanel = panel.textContent;
    var person = document.querySelector("#kg-classes input[value=Person]");
    person.checked = false;
    person.dispatchEvent(new Event("change"));
    r.withoutPeople = drawn();
    document.getElementById("kg-reset").click();
    r.afterReset = drawn();
    var degree = document.getElementById("kg-degree");
    degree.value = "2";
    degree.dispatchEvent(new Event("input"));
    r.minDegree2 = drawn();
    document.getElementById("kg-reset").click();
    kgView.search("China");
    var focus = document.getElementById("kg-focus");
    var hops = document.getElementById("kg-hops");
    hops.value = "1";
    hops.dispatchEvent(new Event("input"));
    focus.checked = true;
    focus.dispatchEvent(new Event("change"));
    r.focusChina1 = drawn();
    document.getElementById("kg-reset").click();
    r.legend = document.getElementById("kg-classes").textContent;
    kgView.search("Huawei");  // its panel quotes the sentence with the <img onerror>
    kgView.selectEdge(evil);  // and so does this one; leave it open for a while
    setTimeout(function () {  // error events of any injected element fire by now
      r.images = document.images.length;
      r.scripts = document.scripts.length;
      r.resources = performance.getEntriesByType("resource").map(function (e) { return e.name; });
      r.violations = seen;
      r.pwned = typeof window.__pwned;
      write(r);
    }, 500);
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


def _open(chromium, G, tmp_path, *, csp=True, screenshot=False):
    page = write_view(G, tmp_path / "view.html", title="Huawei & friends")
    probed = browser.add_probe(page.read_text(encoding="utf-8"), PROBE)
    probe_page = tmp_path / "probe.html"
    probe_page.write_text(probed if csp else browser.strip_csp(probed), encoding="utf-8")
    run = browser.run_page(chromium, probe_page, tmp_path / "chromium", screenshot=screenshot)
    probe = json.loads(browser.data_attributes(run.dom, "html").get("probe", "null") or "null")
    assert probe is not None, f"the probe never reported; chromium said:\n{run.stderr[-3000:]}"
    assert "error" not in probe, probe["error"]
    return run, probe


def test_page_renders_offline_and_data_stays_text(chromium, tmp_path):
    G = small_graph()
    run, probe = _open(chromium, G, tmp_path, screenshot=True)

    body = browser.data_attributes(run.dom, "body")
    assert body["kg-status"] == "ready"
    assert int(body["kg-total-nodes"]) == G.number_of_nodes()
    assert probe["nodesDrawn"] == G.number_of_nodes() == 5
    assert probe["edgesDrawn"] == G.number_of_edges() == 4

    # nothing left the page, nothing was even attempted
    assert run.requests == []
    assert probe["resources"] == []
    assert probe["violations"] == []

    # markup in labels and sentences stayed text
    assert probe["pwned"] == "undefined"
    assert probe["images"] == 0
    assert probe["scripts"] == 4  # probe, JSON data, vis-network, page
    assert probe["searchTitle"] == EVIL_LABEL
    assert probe["searchSelected"] == [ID + "shenzhen"]
    assert probe["edgeTitle"] == "based in"
    assert EVIL_SENTENCE in probe["edgePanel"]
    assert EVIL_LABEL in probe["edgePanel"]
    assert "telecom giant" in probe["nodePanel"] and EVIL_SENTENCE in probe["nodePanel"]
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in run.dom  # panel text, escaped

    # filters: class, minimum degree, focus + hops
    assert probe["withoutPeople"] == 4
    assert probe["afterReset"] == 5
    assert probe["minDegree2"] == 3  # Huawei, Shenzhen, Ren
    assert probe["focusChina1"] == 2  # China and Shenzhen
    for cls in ("Organization", "Place", "Person", "Country", "Event"):
        assert cls in probe["legend"]

    width, height, distinct = browser.png_summary(run.screenshot)
    assert (width, height) == (1400, 900)
    assert run.screenshot.stat().st_size > 20_000
    assert distinct > 100, "the screenshot is (nearly) blank"


def test_escaping_holds_without_the_csp(chromium, tmp_path):
    """The CSP is a second line; the escaping alone must already keep markup inert."""
    run, probe = _open(chromium, small_graph(), tmp_path, csp=False)
    assert probe["pwned"] == "undefined"
    assert probe["images"] == 0
    assert probe["nodesDrawn"] == 5
    assert EVIL_SENTENCE in probe["edgePanel"]
    assert run.requests == []


def test_net_log_check_sees_a_page_request(chromium, tmp_path):
    """The request check is not vacuous: a page that loads a remote image is caught."""
    page = tmp_path / "leaky.html"
    page.write_text('<!DOCTYPE html><img src="https://cdn.example.invalid/x.png">', encoding="utf-8")
    run = browser.run_page(chromium, page, tmp_path / "chromium", budget_ms=2000)
    assert run.requests == ["https://cdn.example.invalid/x.png"]


LAYOUT_PROBE = """
var n = kgView.network, frame = document.getElementById("kg-graph");
var boxes = kgView.nodes.getIds().map(function (id) { return n.getBoundingBox(id); });
var r = {outside: 0, overlapping: 0};
boxes.forEach(function (b, i) {
  var tl = n.canvasToDOM({x: b.left, y: b.top}), br = n.canvasToDOM({x: b.right, y: b.bottom});
  if (tl.x < 0 || tl.y < 0 || br.x > frame.clientWidth || br.y > frame.clientHeight) {
    r.outside++;
  }
  boxes.slice(i + 1).forEach(function (c) {
    if (b.left < c.right && c.left < b.right && b.top < c.bottom && c.top < b.bottom) {
      r.overlapping++;
    }
  });
});
document.documentElement.setAttribute("data-layout", JSON.stringify(r));
"""


def test_news_graph_at_1400_by_900(chromium, tmp_path):
    """A realistic page: every entity drawn, the panel open on the most connected one.

    Set KG_VIEW_SCREENSHOT=/some/file.png to keep the screenshot and look at it.
    """
    G = news_graph()
    page = write_view(G, tmp_path / "news.html", title="Huawei and the chip war")
    probe = (
        "(function w(){var b=document.body;if(b&&b.getAttribute('data-kg-status')==='ready')"
        "{" + LAYOUT_PROBE + " kgView.selectNode(" + json.dumps(ID + "huawei") + ",false);}"
        "else{setTimeout(w,50);}})();"
    )
    probe_page = tmp_path / "probe.html"
    probe_page.write_text(browser.add_probe(page.read_text(encoding="utf-8"), probe), encoding="utf-8")
    run = browser.run_page(chromium, probe_page, tmp_path / "chromium", screenshot=True)
    body = browser.data_attributes(run.dom, "body")
    assert body["kg-status"] == "ready"
    assert int(body["kg-nodes"]) == G.number_of_nodes() == 21
    assert int(body["kg-edges"]) == G.number_of_edges() == 23
    assert run.requests == []
    assert "Huawei Technologies Co." in run.dom and "telecom giant" in run.dom  # the panel
    layout = json.loads(browser.data_attributes(run.dom, "html")["layout"])
    assert layout == {"outside": 0, "overlapping": 0}, layout  # all in view, labels apart
    width, height, distinct = browser.png_summary(run.screenshot)
    assert (width, height) == (1400, 900) and distinct > 100
    keep = os.environ.get("KG_VIEW_SCREENSHOT")
    if keep:
        Path(keep).write_bytes(run.screenshot.read_bytes())


def news_graph() -> nx.MultiDiGraph:
    """About twenty entities from a few news stories, for a look at the page."""
    G = nx.MultiDiGraph()
    people = [
        ("xi", "Xi Jinping", "President"),
        ("biden", "Joe Biden", "President"),
        ("ren", "Ren Zhengfei", "founder"),
        ("meng", "Meng Wanzhou", "CFO"),
        ("raimondo", "Gina Raimondo", "Commerce Secretary"),
        ("vdl", "Ursula von der Leyen", "Commission President"),
    ]
    for key, label, role in people:
        _entity(
            G,
            key,
            label,
            "Person",
            articles=("a1", "a2"),
            attributes=[
                {
                    "predicate": REL + "holdsPosition",
                    "label": "holds position",
                    "value": role,
                    "confidence": 0.9,
                    "sentence": f"{label}, {role}, said on Tuesday.",
                    "article": ART + "a1",
                }
            ],
        )
    for key, label, cls in [
        ("huawei", "Huawei", "Organization"),
        ("commerce", "US Commerce Department", "Organization"),
        ("eu", "European Commission", "Organization"),
        ("tsmc", "TSMC", "Organization"),
        ("shenzhen", "Shenzhen", "Place"),
        ("brussels", "Brussels", "Place"),
        ("china", "China", "Country"),
        ("usa", "United States", "Country"),
        ("taiwan", "Taiwan", "Country"),
        ("mwc", "Mobile World Congress", "Event"),
        ("summit", "G20 summit", "Event"),
        ("mate60", "Mate 60 Pro", "Product"),
        ("chips", "CHIPS and Science Act", "Law"),
        ("sanctions", "export controls", "Concept"),
        ("march", "March 2024", "TimeExpression"),
    ]:
        _entity(G, key, label, cls)
    G.nodes[ID + "huawei"]["aliases"] = ["Huawei Technologies", "Huawei Technologies Co."]
    G.nodes[ID + "huawei"]["attributes"] = [
        {
            "predicate": REL + "isA",
            "label": "is a",
            "value": "telecom giant",
            "confidence": 0.86,
            "sentence": "Huawei, the Chinese telecom giant, unveiled a new phone.",
            "article": ART + "a1",
        },
        {
            "predicate": REL + "said",
            "label": "said",
            "value": "we will keep investing",
            "confidence": 0.7,
            "sentence": '"We will keep investing," Huawei said.',
            "article": ART + "a2",
        },
    ]
    for s, p, label, o in [
        ("xi", "leaderOf", "leader of", "china"),
        ("biden", "leaderOf", "leader of", "usa"),
        ("ren", "founded", "founded", "huawei"),
        ("meng", "memberOf", "works for", "huawei"),
        ("raimondo", "leaderOf", "heads", "commerce"),
        ("vdl", "leaderOf", "heads", "eu"),
        ("huawei", "basedIn", "based in", "shenzhen"),
        ("shenzhen", "locatedIn", "located in", "china"),
        ("eu", "basedIn", "based in", "brussels"),
        ("commerce", "targets", "targets", "huawei"),
        ("huawei", "launched", "launched", "mate60"),
        ("mate60", "onDate", "on date", "march"),
        ("huawei", "spokeAt", "spoke at", "mwc"),
        ("xi", "visited", "attended", "summit"),
        ("biden", "visited", "attended", "summit"),
        ("usa", "tensionsWith", "tensions with", "china"),
        ("china", "tensionsWith", "tensions with", "usa"),
        ("tsmc", "basedIn", "based in", "taiwan"),
        ("commerce", "enforces", "enforces", "chips"),
        ("chips", "concerns", "concerns", "sanctions"),
        ("sanctions", "targets", "targets", "huawei"),
        ("usa", "passed", "passed", "chips"),
        ("tsmc", "supplier", "supplies", "huawei"),
    ]:
        _relation(G, s, p, label, o, f"Reports say {s} {label} {o}.")
    return G
