"""kg.view without a browser: the page's bytes, its safety and how it is written."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

import kg.fileio
import kg.view
import kg.view.assets
import kg.view.render
from kg.errors import GraphError, OutputError
from kg.view import CLASS_COLOURS, class_colours, render_view, write_view

ID = "https://kg.example.org/id/"
REL = "https://kg.example.org/relation/"
ART = "https://kg.example.org/article/"
XSS = "<script>alert(1)</script>"


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(
        ID + "huawei",
        label="Huawei",
        cls="Organization",
        aliases=["Huawei Technologies"],
        articles=[ART + "a1"],
        attributes=[
            {
                "predicate": REL + "isA",
                "label": "is a",
                "value": "telecom giant",
                "confidence": 0.9,
                "sentence": "Huawei, a telecom giant & more.",
                "article": ART + "a1",
            }
        ],
    )
    G.add_node(
        ID + "evil", label=XSS, cls="Person", aliases=['"quoted" <b>bold</b>'], articles=[ART + "a1"], attributes=[]
    )
    G.add_node(ID + "shenzhen", label="Shenzhen", cls="Place", aliases=[], articles=[], attributes=[])
    G.add_node(
        ID + "thing", label="Widget", cls="Gadget", aliases=[], articles=[], attributes=[]
    )  # a class the palette does not know
    sentence = "Huawei is based in Shenzhen.\u2028</script><script>alert(2)</script>"
    source = {"sentence": sentence, "article": ART + "a1", "start": 3, "end": 40, "confidence": 0.8, "extractor": "dep"}
    G.add_edge(
        ID + "huawei",
        ID + "shenzhen",
        key=REL + "basedIn",
        predicate=REL + "basedIn",
        label="based in",
        confidence=0.8,
        sources=[source],
    )
    G.add_edge(
        ID + "huawei",
        ID + "shenzhen",
        key=REL + "opened",
        predicate=REL + "opened",
        label="opened an office in",
        confidence=float("nan"),
        sources=[],
    )
    G.add_edge(
        ID + "evil",
        ID + "huawei",
        key=REL + "leaderOf",
        predicate=REL + "leaderOf",
        label="leader of",
        confidence=0.6,
        sources=[source],
    )
    return G


def _payload(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "no JSON data element"
    return json.loads(match.group(1))


def test_page_loads_nothing_from_the_network(tmp_path):
    html = write_view(_graph(), tmp_path / "view.html").read_text(encoding="utf-8")
    loads = [
        r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""",
        r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""",
        r"""url\(\s*["']?\s*(?:https?:)?//""",
        r"""sourceMappingURL""",
    ]
    for pattern in loads:
        assert not re.search(pattern, html, re.I), pattern
    assert not re.search(r"<(?:link|iframe|img|object|embed)\b", html, re.I)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", html, re.I)
    assert "bootstrap" not in html.lower() and "tom-select" not in html.lower()
    assert "vis.Network" in html  # vis-network itself is inlined


def test_csp_blocks_network_and_admits_exactly_the_inline_scripts(tmp_path):
    html = render_view(_graph())
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(scripts) == 2  # vis-network, then the page
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_csp_hashes_follow_the_page_script(monkeypatch):
    """The hashes are computed from kg/templates/view.js as inlined, not written down."""
    read = kg.view.assets.template

    def edited(name):
        text = read(name)
        return text + "\n// edited\n" if name == "view.js" else text

    before = render_view(_graph())
    monkeypatch.setattr(kg.view.render, "template", edited)
    after = render_view(_graph())
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', after).group(1)
    page_js = re.findall(r"<script>(.*?)</script>", after, re.S)[-1]
    assert page_js.endswith("// edited\n")
    digest = base64.b64encode(hashlib.sha256(page_js.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp and f"'sha256-{digest}'" not in before


def test_page_is_built_from_the_packaged_templates():
    html = render_view(_graph())
    for name in ("view.html.j2", "view.css", "view.js"):
        assert kg.view.assets.template(name).strip()
    assert kg.view.assets.template("view.js") in html and kg.view.assets.template("view.css") in html
    assert html.startswith("<!DOCTYPE html>\n")  # the template's comment leaves no trace
    assert "{{" not in html.replace(kg.view.assets.template("view.js"), "")


def test_long_labels_are_clipped_on_the_canvas_only():
    G = _graph()
    long = (
        "significant advantage of its socialist system in concentrating strength in "
        "tackling big things to better fight a tough battle for achieving breakthroughs"
    )
    G.add_node(ID + "long", label=long, cls="Concept", aliases=[], articles=[], attributes=[])
    data = _payload(render_view(G))
    drawn = {n["id"]: n["label"] for n in data["nodes"]}
    assert drawn[ID + "long"] == "significant advantage\nof its socialist\u2026"
    assert all(len(line) <= 40 for label in drawn.values() for line in label.split("\n"))
    assert len(drawn[ID + "long"].replace("\n", " ")) <= 40
    assert drawn[ID + "huawei"] == "Huawei"
    assert data["details"]["nodes"][ID + "long"]["label"] == long  # panel and search: whole
    edge = next(e for e in data["details"]["edges"].values() if e["label"].startswith("opened"))
    assert edge["drawn"] == "opened an office in"


def test_no_lib_folder_and_nothing_but_the_page_is_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    page = write_view(_graph(), tmp_path / "out" / "view.html")
    assert page == tmp_path / "out" / "view.html"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["view.html"]
    assert oct(page.stat().st_mode & 0o777) == oct(0o644)


def test_labels_are_json_data(tmp_path):
    G = _graph()
    html = write_view(G, tmp_path / "view.html").read_text(encoding="utf-8")
    data = _payload(html)
    details = data["details"]
    for node, attrs in G.nodes(data=True):
        assert details["nodes"][node]["label"] == attrs["label"]
        escaped = json.dumps(attrs["label"], ensure_ascii=False)[1:-1]
        escaped = escaped.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        assert escaped in html
    assert {n["id"] for n in data["nodes"]} == set(G.nodes)
    assert all("title" not in n for n in data["nodes"] + data["edges"])  # no HTML tooltips
    assert details["nodes"][ID + "thing"]["cls"] == "Other"
    assert details["nodes"][ID + "huawei"]["attributes"][0]["value"] == "telecom giant"
    edge = next(e for e in details["edges"].values() if e["label"] == "based in")
    assert edge["sources"][0]["sentence"].startswith("Huawei is based in Shenzhen.\u2028")
    assert edge["predicate"] == REL + "basedIn"


def test_markup_in_data_never_reaches_the_html_raw(tmp_path):
    html = write_view(_graph(), tmp_path / "view.html").read_text(encoding="utf-8")
    assert XSS not in html
    assert "alert(1)" in html and "alert(2)" in html  # present, but only as escaped data
    assert "<b>bold</b>" not in html
    assert "\u2028" not in html and "\u2029" not in html
    assert html.count("</script>") == 3  # the JSON data, vis-network, the page
    data_block = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    assert not re.search(r"[<>&]", data_block)
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in data_block


def test_title_is_escaped():
    html = render_view(nx.MultiDiGraph(), title="</title><script>alert(3)</script>")
    assert "<script>alert(3)" not in html
    assert "&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;" in html


def test_same_graph_same_bytes(tmp_path):
    first = write_view(_graph(), tmp_path / "a.html").read_bytes()
    second = write_view(_graph(), tmp_path / "b.html").read_bytes()
    assert first == second
    G = _graph()
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(G.edges(keys=True, data=True))))
    assert write_view(shuffled, tmp_path / "c.html").read_bytes() == first


def test_parallel_edges_are_kept_apart():
    data = _payload(render_view(_graph()))
    pair = [e for e in data["edges"] if e["from"] == ID + "huawei" and e["to"] == ID + "shenzhen"]
    assert len(pair) == 2 and len({e["id"] for e in pair}) == 2
    assert [e["smooth"]["roundness"] for e in pair] == [0.18, 0.4]
    nan_edge = next(e for e in pair if data["details"]["edges"][e["id"]]["label"] == "opened an office in")
    assert data["details"]["edges"][nan_edge["id"]]["confidence"] is None
    lone = next(e for e in data["edges"] if e["from"] == ID + "evil")
    assert lone["smooth"] == {"enabled": False}


def test_legend_colours():
    colours = class_colours()
    from kg.vocab import CLASS_NAMES

    assert set(colours) == set(CLASS_NAMES)
    assert len(set(colours.values())) == len(colours)
    colours["Person"] = "#000000"  # a copy
    assert CLASS_COLOURS["Person"] != "#000000"
    data = _payload(render_view(_graph()))
    legend = {c["name"]: (c["colour"], c["count"]) for c in data["details"]["classes"]}
    assert legend == {
        "Organization": (CLASS_COLOURS["Organization"], 1),
        "Person": (CLASS_COLOURS["Person"], 1),
        "Place": (CLASS_COLOURS["Place"], 1),
        "Other": (kg.view.OTHER_COLOUR, 1),
    }
    node = next(n for n in data["nodes"] if n["id"] == ID + "huawei")
    assert node["color"]["background"] == CLASS_COLOURS["Organization"]


def test_focus_label_by_label_or_alias():
    G = _graph()
    details = _payload(render_view(G))["details"]
    assert details["focus"] is None and details["hops"] == 2
    assert _payload(render_view(G, focus_label="Shenzhen"))["details"]["focus"] == ID + "shenzhen"
    assert _payload(render_view(G, focus_label="huawei technologies", hops=1))["details"] == {
        **details,
        "focus": ID + "huawei",
        "hops": 1,
    }
    with pytest.raises(GraphError, match="Atlantis"):
        render_view(G, focus_label="Atlantis")
    # an IRI, as kg view --focus and kg.show accept it
    assert _payload(render_view(G, focus_label=ID + "shenzhen"))["details"]["focus"] == ID + "shenzhen"


def test_every_node_is_placed_here_and_physics_stays_off():
    """Positions are computed in Python (kg.view.layout), so the page runs no layout at all."""
    G = nx.MultiDiGraph()
    for i in range(501):
        G.add_node(ID + f"n{i:03d}", label=f"Entity {i}", cls="Person")
        if i >= 7:  # seven hubs, everyone else met one of them
            hub = ID + f"n{i % 7:03d}"
            G.add_edge(ID + f"n{i:03d}", hub, key=REL + "met", predicate=REL + "met", label="met")
    data = _payload(render_view(G))
    spots = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(spots) == 501  # every node placed, no two on the same spot
    assert data["options"]["physics"] == {"enabled": False}
    small = _payload(render_view(_graph()))
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in small["nodes"])


def test_empty_graph_renders():
    data = _payload(render_view(nx.MultiDiGraph(), title="empty"))
    assert data["nodes"] == [] and data["edges"] == []
    assert data["details"]["maxDegree"] == 0


def test_failed_render_leaves_the_previous_page(tmp_path, monkeypatch):
    page = write_view(_graph(), tmp_path / "view.html")
    before = page.read_bytes()

    def boom(value):
        raise RuntimeError("interrupted")

    monkeypatch.setattr(kg.view.render, "script_json", boom)
    with pytest.raises(RuntimeError, match="interrupted"):
        write_view(nx.MultiDiGraph(), page)
    assert page.read_bytes() == before
    assert os.listdir(tmp_path) == ["view.html"]


def test_failed_write_leaves_the_previous_page(tmp_path, monkeypatch):
    page = write_view(_graph(), tmp_path / "view.html")
    before = page.read_bytes()

    def no_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.fileio.os, "replace", no_replace)
    with pytest.raises(OutputError, match="No space left on device"):
        write_view(nx.MultiDiGraph(), page)
    assert page.read_bytes() == before
    assert os.listdir(tmp_path) == ["view.html"]


def test_jinja_loads_lazily_and_pyvis_never():
    """The page is rendered with jinja2 from kg's own template and the vendored vis-network:
    pyvis is not needed at all."""
    code = (
        "import sys, kg.view; a = 'jinja2' in sys.modules; import networkx as nx; "
        "kg.view.render_view(nx.MultiDiGraph()); print(a, 'pyvis' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(kg.view.__file__).parent.parent.parent,
    )
    assert out.stdout.split() == ["False", "False"]


def test_unasserted_facts_are_dashed_and_carry_their_modality():
    G = _graph()
    G.add_edge(
        ID + "huawei",
        ID + "shenzhen",
        key=REL + "basedIn negated",
        predicate=REL + "basedIn",
        label="based in",
        confidence=0.7,
        modality="negated",
        sources=json.dumps([]),
    )
    payload = _payload(render_view(G))
    by_key = {
        (e["from"], e["to"], d["modality"]): e for e in payload["edges"] for d in [payload["details"]["edges"][e["id"]]]
    }
    assert by_key[ID + "huawei", ID + "shenzhen", "negated"]["dashes"] == [6, 5]
    assert "dashes" not in by_key[ID + "huawei", ID + "shenzhen", "asserted"]  # no modality: asserted, as today


def test_the_page_carries_the_headlines_of_the_articles_it_names():
    G = _graph()
    G.graph["articles"] = json.dumps(
        {
            ART + "a1": {
                "id": "a1",
                "headline": "Huawei opens in Shenzhen",
                "date": "2019-01-02",
                "url": "https://example.org/a1",
            },
            ART + "a9": {"id": "a9", "headline": "not named by any node or edge", "date": "", "url": ""},
        }
    )
    articles = _payload(render_view(G))["details"]["articles"]
    assert articles == {
        ART + "a1": {
            "id": "a1",
            "headline": "Huawei opens in Shenzhen",
            "date": "2019-01-02",
            "url": "https://example.org/a1",
        }
    }


def test_the_page_is_named_after_what_it_shows():
    """One article: its headline; several: how many (never "kg kg")."""
    from kg.view import heading

    one = nx.MultiDiGraph(
        articles=json.dumps(
            {
                "https://kg.example.org/article/a": {
                    "id": "a",
                    "headline": "Xi calls for robust efforts",
                    "date": "",
                    "url": "",
                }
            }
        )
    )
    assert heading(one) == "Xi calls for robust efforts"
    two = nx.MultiDiGraph(
        articles=json.dumps(
            {f"https://kg.example.org/article/{i}": {"id": i, "headline": i, "date": "", "url": ""} for i in "ab"}
        )
    )
    assert heading(two) == "2 articles"
    assert "<title>Xi calls for robust efforts</title>" in render_view(one)


def test_the_build_view_of_a_larger_graph_counts_against_the_whole():
    """render_view_bytes (the build's and the store's view) says what it shows out of what."""
    import pyoxigraph as ox

    from kg.graph import to_networkx
    from kg.terms import rdflib_quads
    from kg.view import overview_graph, render_view_bytes

    sample = Path(__file__).parent / "data" / "sample.trig"
    quads = list(ox.parse(path=str(sample), format=ox.RdfFormat.TRIG))
    whole = to_networkx(rdflib_quads(quads))
    cut = overview_graph(quads, limit=3)
    assert cut.number_of_nodes() == 3 and set(cut) <= set(whole)
    assert (cut.graph["whole_entities"], cut.graph["whole_relations"]) == (
        whole.number_of_nodes(),
        whole.number_of_edges(),
    )
    details = _payload(render_view_bytes(quads, limit=3).decode("utf-8"))["details"]
    assert details["whole"] == {"entities": whole.number_of_nodes(), "relations": whole.number_of_edges()}
    assert len(details["nodes"]) == 3
    every = _payload(render_view_bytes(quads).decode("utf-8"))["details"]
    assert len(every["nodes"]) == whole.number_of_nodes() and every["whole"]["entities"] == len(every["nodes"])


def test_story_view_data_names_each_article_by_headline_date_and_publisher():
    G = _graph()
    G.graph["articles"] = json.dumps(
        {
            ART + "a1": {
                "id": "a1",
                "headline": "Huawei opens in Shenzhen",
                "date": "2019-01-02T08:00:00",
                "url": "",
                "publisher": "Wire",
            }
        }
    )
    data = _payload(render_view(G))
    (article,) = data["storyNodes"]
    assert article["id"] == ART + "a1" and article["hidden"] is True and article["shape"] == "box"
    assert article["label"] == "Huawei opens in\nShenzhen\n2019-01-02 \u00b7 Wire"
    mentions = {(e["from"], e["to"]) for e in data["storyEdges"]}
    assert mentions == {(ART + "a1", ID + "huawei"), (ART + "a1", ID + "evil")}
    assert set(data["details"]["story"][0]) == set(G) | {ART + "a1"}  # one page
    assert not any(n["id"] == ART + "a1" for n in data["nodes"])  # joins vis only in the story view
