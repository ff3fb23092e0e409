"""kg.show: the view inline in a notebook, checked without a browser: an iframe whose srcdoc
is the whole offline page, escaped, from every kind of source kg reads."""

from __future__ import annotations

import html
import itertools
import json
import re

import pyoxigraph as ox
import pytest

from kg.export import BuildData
from kg.graph import to_networkx
from kg.load import load_dataset
from kg.store import GraphStore
from kg.view import InlineView, render_view, show

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import BEIJING, CHINA, HUAWEI, SAMPLE, SHENZHEN, US, XI
except ImportError:
    from graph_sample import BEIJING, CHINA, HUAWEI, SAMPLE, SHENZHEN, US, XI  # type: ignore[no-redef]


def srcdoc(view: InlineView) -> str:
    match = re.fullmatch(
        r'<iframe srcdoc="([^"]*)" title="kg view" sandbox="([^"]*)" style="([^"]*)"></iframe>', view._repr_html_()
    )
    assert match, view._repr_html_()[:200]
    return html.unescape(match.group(1))


def details(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    return json.loads(block)["details"]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("inline") / "store"
    quads = sorted(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG), key=lambda q: str(q.graph_name))
    with GraphStore.open(path) as store:
        for graph, group in itertools.groupby(quads, key=lambda q: q.graph_name):
            store.replace_article(graph, list(group))
    return path


def test_the_iframe_holds_the_whole_page_escaped():
    view = show(SAMPLE)
    markup = view._repr_html_()
    assert markup.count("<") == 2 and markup.count('"') == 8  # the iframe's own tags and attributes only
    page = srcdoc(view)
    assert page == view.page == render_view(to_networkx(load_dataset(SAMPLE)))
    assert "<script>alert(1)</script>" not in page  # a hostile label is data in the JSON block, escaped
    assert details(page)["nodes"][SHENZHEN]["label"] == "Shenzhen <script>alert(1)</script>"


def test_nothing_is_loaded_from_the_network():
    page = srcdoc(show(SAMPLE))
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    assert not re.search(r"<link[^>]*\bhref=", page, re.I)
    assert "default-src 'none'" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page, re.I)


def test_sandbox_and_height():
    markup = show(SAMPLE, height=420)._repr_html_()
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in markup
    assert "allow-same-origin" not in markup
    assert "height:420px" in markup


def test_focus_selects_the_neighbourhood_and_the_entity():
    info = details(srcdoc(show(SAMPLE, focus="China", hops=1)))
    assert set(info["nodes"]) == {CHINA, XI, US, BEIJING}  # Beijing is linked into China
    assert info["focus"] == CHINA and info["hops"] == 1
    # the two of highest PageRank (tests/test_graph_stats.py)
    assert set(details(srcdoc(show(SAMPLE, top=2)))["nodes"]) == {CHINA, HUAWEI}


def test_the_panel_gets_headlines_of_the_articles():
    info = details(srcdoc(show(SAMPLE)))
    assert info["articles"]["https://kg.example.org/article/a1"] == {
        "id": "a1",
        "headline": "Xi urges breakthroughs",
        "date": "2020-08-24",
        "url": "",
        "publisher": "Global Times",
    }


def test_every_source_gives_the_same_page(tmp_path, sample_store):
    expected = show(SAMPLE).page
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "graph.trig").write_bytes(SAMPLE.read_bytes())
    quads = list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))
    assert show(folder).page == expected
    assert show(str(SAMPLE)).page == expected
    assert show(sample_store).page == expected
    with GraphStore.open(sample_store, read_only=True) as store:
        assert show(store).page == expected
    assert show(BuildData((), (), tuple(quads))).page == expected
    assert show(quads).page == expected
    assert show(load_dataset(SAMPLE)).page == expected
    assert show(to_networkx(load_dataset(SAMPLE))).page == expected


def test_save_writes_the_page(tmp_path):
    view = show(SAMPLE, focus="Xi Jinping")
    assert view.save(tmp_path / "v.html").read_text(encoding="utf-8") == view.page
