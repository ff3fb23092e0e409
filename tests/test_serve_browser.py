"""kg serve's front page in headless Chromium, the network closed but for the server's own address.

The page is opened at ``/?q=huaw``: its script fills the search box and submits it, the
search asks the SPARQL endpoint, and the results are in the DOM Chromium dumps after a
budget of virtual time. Chromium's net log shows every request the page made: all of them
to the server, one of them the endpoint.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path

import pytest

from kg.serve import serve

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests import browser
except ImportError:
    import browser  # type: ignore[no-redef]

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
HUAWEI = "https://kg.example.org/id/organization/huawei"


def test_front_page_search_asks_the_endpoint_and_nothing_else(chromium, tmp_path):
    with serve(SAMPLE, port=0, workers=1) as server:
        address = urllib.parse.urlsplit(server.url).netloc
        run = browser.run_url(chromium, server.url + "?q=huaw", tmp_path, allow=address)
    body = browser.data_attributes(run.dom, "body")
    assert body.get("kg-found") == "1", run.dom[-3000:]
    assert f'<a href="/entity?iri={urllib.parse.quote(HUAWEI, safe="")}">Huawei</a>' in run.dom
    assert run.requests and all(url.startswith(server.url) for url in run.requests), run.requests
    assert any(url.startswith(server.endpoint + "?query=") and "%24text" in url for url in run.requests)


def test_a_closed_network_stays_closed_for_other_addresses(chromium, tmp_path):
    with serve(SAMPLE, port=0, workers=1) as server:
        address = urllib.parse.urlsplit(server.url).netloc
        other = serve(SAMPLE, port=0, workers=1)  # loopback too, but not the allowed address
        try:
            run = browser.run_url(chromium, other.url, tmp_path, allow=address)
        finally:
            other.close()
    assert 'id="kg-search"' not in run.dom  # the page never arrived
