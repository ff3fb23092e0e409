"""Drive headless Chromium from the command line: no DevTools client, no new dependency.

One run loads a local page with every network path closed (no DNS, a dead proxy),
lets its scripts run for a budget of virtual time, and returns the DOM after them
and, if asked, a screenshot. Chromium's net log records every URL request it
starts; :func:`page_requests` keeps those a page made (Chromium's own update and
sign-in pings carry no page initiator), so a test can assert that none left.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

INSTALL_HINT = (
    "headless Chromium is needed for the browser tests but was not found; install it "
    "with `apt-get install -y chromium` (or point KG_CHROMIUM at a chromium binary), "
    "or set KG_SKIP_BROWSER=1 to skip these tests"
)
FLAGS = (
    "--headless",
    "--no-sandbox",  # needed as root, harmless for local test pages
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves
    "--proxy-server=127.0.0.1:9",  # and nothing can connect anyway
    "--proxy-bypass-list=<-loopback>",
)


def find_chromium() -> str | None:
    """The Chromium binary to use: $KG_CHROMIUM, else the first one on PATH."""
    explicit = os.environ.get("KG_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else None
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass(frozen=True)
class PageRun:
    dom: str
    requests: list[str]  # http(s) URLs the page tried to load
    screenshot: Path | None
    stderr: str


def run_page(
    chromium: str,
    page: Path,
    workdir: Path,
    *,
    screenshot: bool = False,
    window: tuple[int, int] = (1400, 900),
    budget_ms: int = 15000,
    timeout_s: float = 120,
    frames: bool = False,
) -> PageRun:
    """Open ``page`` offline in headless Chromium; return its DOM, requests and screenshot.

    ``frames``: the page embeds a sandboxed iframe whose scripts must run too. Chromium
    puts such a frame in a process of its own, where the virtual time of
    ``--virtual-time-budget`` does not reach: the DOM would be dumped before its timers
    fire. Keeping every frame in one process keeps them on one clock.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    netlogs = [workdir / "netlog-dom.json", workdir / "netlog-screenshot.json"]
    shot = workdir / "screenshot.png"
    common = [chromium, *FLAGS, f"--window-size={window[0]},{window[1]}", f"--virtual-time-budget={budget_ms}"]
    if frames:
        common += ["--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process"]
    url = page.resolve().as_uri()
    dom = _run([*common, f"--log-net-log={netlogs[0]}", "--dump-dom", url], workdir, timeout_s)
    requests = page_requests(netlogs[0])
    picture = None
    if screenshot:
        _run([*common, f"--log-net-log={netlogs[1]}", f"--screenshot={shot}", url], workdir, timeout_s)
        if not shot.exists():
            raise AssertionError(f"chromium wrote no screenshot to {shot}")
        requests += page_requests(netlogs[1])
        picture = shot
    return PageRun(dom=dom.stdout, requests=requests, screenshot=picture, stderr=dom.stderr)


def _run(argv: list[str], workdir: Path, timeout_s: float) -> subprocess.CompletedProcess:
    profile = tempfile.mkdtemp(prefix="chromium-profile-", dir=workdir)  # fresh for every run
    argv = [argv[0], f"--user-data-dir={profile}", *argv[1:]]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise AssertionError(f"chromium did not finish within {timeout_s}s: {argv[-1]}") from None
    if proc.returncode != 0:
        raise AssertionError(f"chromium exited with {proc.returncode}:\n{err[-3000:]}")
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def page_requests(netlog: Path) -> list[str]:
    """http(s) URLs of the requests that pages started, from a Chromium net log.

    Every URL_REQUEST_START_JOB is one request Chromium tried to make. Browser
    housekeeping (updates, time sync, sign-in) has the initiator "not an origin";
    anything a page asks for carries the page's origin ("null" for file://).
    """
    log = json.loads(_complete_json(netlog.read_text(encoding="utf-8")))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log["events"]:
        params = event.get("params") or {}
        if event.get("type") != start or "url" not in params:
            continue
        if params.get("initiator") == "not an origin":
            continue
        if re.match(r"(?i)(https?|wss?|ftp)://", params["url"]):
            urls.append(params["url"])
    return urls


def _complete_json(text: str) -> str:
    # a net log cut short (the browser was killed) lacks its closing brackets
    text = text.rstrip()
    if text.endswith("}"):
        return text
    return text.rstrip(",\n") + "]}"


def data_attributes(dom: str, tag: str) -> dict[str, str]:
    """The data-* attributes of the first ``<tag ...>`` in a dumped DOM, unescaped."""
    match = re.search(rf"<{tag}\b([^>]*)>", dom)
    if not match:
        raise AssertionError(f"no <{tag}> in the dumped DOM:\n{dom[:2000]}")
    return {name: html.unescape(value) for name, value in re.findall(r'\sdata-([\w-]+)="([^"]*)"', match.group(1))}


def add_probe(page_html: str, script: str) -> str:
    """Insert ``script`` first in <head>, allowing it in the page's CSP by its hash."""
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    page_html, count = re.subn(r"script-src ", f"script-src 'sha256-{digest}' ", page_html, count=1)
    assert count == 1, "page has no script-src in its Content-Security-Policy"
    return page_html.replace("</title>", f"</title>\n<script>{script}</script>", 1)


def strip_csp(page_html: str) -> str:
    """The page without its Content-Security-Policy, to test escaping on its own."""
    meta = r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?'
    page_html, count = re.subn(meta, "", page_html)
    assert count == 1, "page has no Content-Security-Policy meta element"
    return page_html


def png_summary(path: Path) -> tuple[int, int, int]:
    """(width, height, number of distinct byte values in the image data) of a PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise AssertionError(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


def run_url(chromium: str, url: str, workdir: Path, allow: str, *, budget_ms: int = 8000, timeout_s: float = 120):
    """Open ``url`` in headless Chromium with the network closed except the server at ``allow``
    (``127.0.0.1:PORT``: loopback goes through the dead proxy too, but for that address);
    return its DOM after the scripts and the URLs every page asked for."""
    workdir.mkdir(parents=True, exist_ok=True)
    netlog = workdir / "netlog-url.json"
    host = allow.rsplit(":", 1)[0]
    flags = [flag for flag in FLAGS if not flag.startswith(("--proxy-bypass-list=", "--host-resolver-rules="))]
    argv = [
        chromium,
        *flags,
        f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {host}",  # no name resolves but the server's
        f"--proxy-bypass-list=<-loopback>;{allow}",  # the dead proxy for all but the server (in this order)
        f"--virtual-time-budget={budget_ms}",
    ]
    dom = _run([*argv, f"--log-net-log={netlog}", "--dump-dom", url], workdir, timeout_s)
    return PageRun(dom=dom.stdout, requests=page_requests(netlog), screenshot=None, stderr=dom.stderr)


#: A probe's helper, ``kgLabelOverlaps()``: the entity labels the view draws and every pair of
#: them that overlaps, by label. What vis-network draws, not what the page asked for: a shown
#: dot whose bounding box (vis's own) reaches below the dot has a label there, in that box.
#: Prepend it to a probe that runs once the page is ready.
LABEL_OVERLAPS_JS = """
function kgLabelOverlaps() {
  var v = window.kgView, boxes = [], pairs = [];
  v.nodes.forEach(function (n) {
    if (n.hidden || !v.details.nodes[n.id]) { return; }
    var b = v.network.getBoundingBox(n.id), p = v.network.getPositions([n.id])[n.id];
    if (b.bottom > p.y + n.size + 1) { boxes.push({ id: n.id, l: b.left, r: b.right, t: p.y + n.size, b: b.bottom }); }
  });
  for (var i = 0; i < boxes.length; i++) {
    for (var j = i + 1; j < boxes.length; j++) {
      var a = boxes[i], c = boxes[j];
      if (a.l < c.r && c.l < a.r && a.t < c.b && c.t < a.b) {
        pairs.push([v.details.nodes[a.id].label, v.details.nodes[c.id].label]);
      }
    }
  }
  return { labels: boxes.length, overlaps: pairs };
}
"""
