"""The view of real news, as a reader sees it: screenshots of the seed, of 50 Wikinews articles
and of all 295, in the overview and the story view, taken in headless Chromium.

The articles are read from ../shared/data/wikinews (never copied). One store is built once per
session: the first 50 articles, whose view is written, then the rest added to the same store
(the first 50 are skipped as unchanged), whose view is written again. Each page is opened
offline with a probe that switches the mode and measures the drawn labels; the screenshots
stay under the test's temporary folder (KG_VIEW_SHOTS=/some/dir keeps copies to look at).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

try:
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

WIKINEWS = SHARED / "data" / "wikinews" / "txt"
pytestmark = [
    pytest.mark.model,
    pytest.mark.browser,
    pytest.mark.skipif(not WIKINEWS.is_dir(), reason=f"Wikinews articles not found at {WIKINEWS}"),
]
FIRST = 50  # articles of the first build
BUILD_TIMEOUT_S = 1200  # the whole corpus on a busy 2-core machine takes about 5 minutes


def _kg(*args: str | Path) -> str:
    """``python -m kg ARGS`` in a session of its own, killed with its workers past the timeout."""
    argv = [sys.executable, "-m", "kg", *map(str, args)]
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # fmt: skip
    try:
        out, err = proc.communicate(timeout=BUILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError(f"kg {' '.join(map(str, args[:1]))} did not finish within {BUILD_TIMEOUT_S}s") from None
    assert proc.returncode == 0, err[-3000:]
    return out + err


@pytest.fixture(scope="session")
def news_views(tmp_path_factory, seed_build) -> dict[str, Path]:
    """The seed's view, and the views of one store after 50 and after all Wikinews articles."""
    root = tmp_path_factory.mktemp("news-views")
    store = root / "Wikinews"
    files = sorted(WIKINEWS.glob("*.txt"))
    views = {"seed": seed_build[0] / "view.html"}
    for name, part in ((f"wikinews-{FIRST}", files[:FIRST]), (f"wikinews-{len(files)}", files)):
        _kg("build", *part, "--store", store, "--no-view", "--no-progress", "--jobs", "2")
        _kg("view", "--store", store, "--out", root / f"{name}.html")
        views[name] = root / f"{name}.html"
    return views


PROBE = (
    browser.LABEL_OVERLAPS_JS
    + """
(function () {
  var tries = 0;
  function write(v) { document.documentElement.setAttribute("data-probe", JSON.stringify(v)); }
  function run() {
    if ("%(mode)s" === "story") { document.getElementById("kg-mode-story").click(); }
    var pager = document.getElementById("kg-pager");
    write({ mode: document.body.getAttribute("data-kg-mode"),
            nodes: Number(document.body.getAttribute("data-kg-nodes")),
            articles: Number(document.body.getAttribute("data-kg-articles")),
            count: document.getElementById("kg-count").textContent,
            pager: pager.hidden ? "" : pager.textContent, labels: kgLabelOverlaps() });
  }
  (function wait() {
    if (document.body && document.body.getAttribute("data-kg-status") === "ready") {
      try { run(); } catch (e) { write({ error: String(e && e.stack || e) }); }
    } else if (++tries < 600) { setTimeout(wait, 50); }
    else { write({ error: "page never became ready" }); }
  })();
})();
"""
)


def _shoot(chromium: str, page: Path, mode: str, workdir: Path, name: str) -> tuple[browser.PageRun, dict]:
    probed = workdir / f"{name}-{mode}.html"
    workdir.mkdir(parents=True, exist_ok=True)
    probed.write_text(browser.add_probe(page.read_text(encoding="utf-8"), PROBE % {"mode": mode}), encoding="utf-8")
    run = browser.run_page(chromium, probed, workdir / f"chromium-{name}-{mode}", screenshot=True, budget_ms=25000)
    result = json.loads(browser.data_attributes(run.dom, "html").get("probe", "null") or "null")
    assert result is not None, f"the probe never reported; chromium said:\n{run.stderr[-3000:]}"
    assert "error" not in result, result["error"]
    keep = os.environ.get("KG_VIEW_SHOTS")
    if keep:
        Path(keep, f"{name}-{mode}.png").write_bytes(run.screenshot.read_bytes())
    return run, result


@pytest.mark.parametrize("name", ["seed", f"wikinews-{FIRST}", "wikinews-295"])
def test_a_reader_sees_overview_and_stories_of_real_news(chromium, news_views, name, tmp_path):
    page = news_views[name]
    overview_run, overview = _shoot(chromium, page, "overview", tmp_path, name)
    story_run, story = _shoot(chromium, page, "story", tmp_path, name)
    for run, r in ((overview_run, overview), (story_run, story)):
        assert run.requests == []
        assert r["labels"]["overlaps"] == [], r["labels"]["overlaps"][:10]
        assert r["labels"]["labels"] >= min(5, r["nodes"])  # the central names are drawn
        assert browser.png_summary(run.screenshot)[:2] == (1400, 900)
        assert browser.png_summary(run.screenshot)[2] > 100
    shown, whole = (
        int(x.replace(",", "")) for x in re.match(r"([\d,]+) of ([\d,]+) entit", overview["count"]).groups()
    )
    assert (overview["mode"], story["mode"]) == ("overview", "story")
    assert 0 < shown <= whole and overview["nodes"] == shown
    if name == "seed":  # one story: no pages
        assert story["pager"] == "" and story["articles"] == 1
        return
    articles = int(name.split("-")[1])
    assert whole > 5 * shown  # the count line names the whole graph, not what is drawn
    # more stories than a page: the first 24 drawn, and the line says of how many
    pager = re.match(r"Stories 1\u201324 of (\d+), most connected first", story["pager"])
    assert pager and articles * 0.9 <= int(pager.group(1)) <= articles, story["pager"]
    assert story["articles"] == 24
