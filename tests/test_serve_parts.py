"""kg.serve's parts on their own: content negotiation, the answer cache, the HTTP request reader,
the worker processes and their time limit, and what a store's version sees."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from kg.errors import QueryError, QueryTimeout
from kg.query.limit import Worker, call_limited
from kg.serve.answer import Request, Response
from kg.serve.cache import ResponseCache
from kg.serve.http import Refused, read_request
from kg.serve.negotiate import GRAPH, SOLUTIONS, choose, parse_accept
from kg.serve.source import Served
from kg.store import GraphStore


@pytest.mark.parametrize(
    ("accept", "kind", "chosen"),
    [
        (None, SOLUTIONS, "application/sparql-results+json"),
        (None, GRAPH, "text/turtle"),
        ("text/csv", SOLUTIONS, "text/csv"),
        ("application/sparql-results+xml, application/rdf+xml", SOLUTIONS, "application/sparql-results+xml"),
        ("application/sparql-results+xml, application/rdf+xml", GRAPH, "application/rdf+xml"),
        ("application/json", GRAPH, "application/ld+json"),
        ("text/*;q=0.9, application/sparql-results+json;q=0.1", SOLUTIONS, "text/csv"),
        ("text/*, text/tab-separated-values;q=0", SOLUTIONS, "text/csv"),  # the specific range wins
        ("*/*;q=0.1, text/plain", GRAPH, "application/n-triples"),
        ("image/png", SOLUTIONS, None),
        ("text/csv", GRAPH, None),
        ("*/*;q=0", SOLUTIONS, None),
    ],
)
def test_choose(accept, kind, chosen):
    fmt = choose(accept, kind)
    assert (fmt.media_type if fmt else None) == chosen


def test_parse_accept_reads_qualities_and_skips_junk():
    assert parse_accept("text/csv;q=0.5, junk, TEXT/Turtle;level=1;q=x, */*") == [
        ("text/csv", 0.5),
        ("text/turtle", 0.0),
        ("*/*", 1.0),
    ]


def test_cache_computes_once_for_many_waiting_clients():
    cache, calls = ResponseCache(), []
    release = threading.Event()

    def compute() -> Response:
        calls.append(1)
        release.wait(10)
        return Response(200, "text/plain", b"answer")

    with ThreadPoolExecutor(max_workers=8) as clients:
        answers = [clients.submit(cache.get, "q", ("v1",), compute) for _ in range(8)]
        time.sleep(0.2)
        release.set()
        assert {future.result(timeout=10).body for future in answers} == {b"answer"}
    assert len(calls) == 1 and cache.misses == 1 and cache.hits == 0
    assert cache.get("q", ("v1",), compute).body == b"answer" and len(calls) == 1 and cache.hits == 1


def test_cache_forgets_everything_when_the_version_changes_and_keeps_no_errors():
    cache, calls = ResponseCache(), []

    def compute(status=200):
        calls.append(status)
        return Response(status, "text/plain", b"x")

    cache.get("q", ("v1",), compute)
    cache.get("q", ("v2",), compute)
    cache.get("bad", ("v2",), lambda: compute(503))
    cache.get("bad", ("v2",), lambda: compute(503))
    assert calls == [200, 200, 503, 503]


def test_cache_bounds_its_bytes_least_recently_used_first():
    cache = ResponseCache(max_bytes=40)
    for key in "abcd":
        cache.get(key, (), lambda: Response(200, "text/plain", b"0123456789"))
    cache.get("a", (), lambda: Response(200, "text/plain", b"new"))  # still kept: no new computation
    cache.get("e", (), lambda: Response(200, "text/plain", b"0123456789"))  # b goes, the least recently used
    assert cache.get("a", (), lambda: Response(500, "", b"")).body == b"0123456789"
    assert cache.get("b", (), lambda: Response(200, "text/plain", b"again")).body == b"again"


class Headers(dict):
    def get(self, name, default=None):
        return super().get(name, default)


@pytest.mark.parametrize(
    ("method", "target", "headers", "body", "status"),
    [
        ("GET", "/sparql?update=DROP%20ALL", {}, b"", 403),
        ("POST", "/sparql", {"Content-Type": "application/sparql-update"}, b"DROP ALL", 403),
        ("POST", "/sparql", {"Content-Type": "application/x-www-form-urlencoded"}, b"update=DROP+ALL", 403),
        ("GET", "/sparql?query=a&query=b", {}, b"", 400),
        ("PUT", "/sparql?query=a", {}, b"", 405),
        ("POST", "/", {}, b"", 405),
        ("GET", "/entity", {}, b"", 400),
        ("GET", "/nothing", {}, b"", 404),
    ],
)
def test_read_request_refuses(method, target, headers, body, status):
    with pytest.raises(Refused) as refused:
        read_request(method, target, Headers(headers), body)
    assert refused.value.response.status == status


def test_read_request_takes_bindings_and_saved_query_parameters():
    request = read_request("GET", "/sparql?query=ASK%7B%7D&%24text=%22x%22&other=1", Headers(Accept="text/csv"), b"")
    assert request == Request("sparql", "ASK{}", (("$text", '"x"'),), "text/csv")
    saved = read_request("GET", "/queries/relations-of?ENTITY=Huawei", Headers(), b"")
    assert saved == Request("saved", "relations-of", (("ENTITY", "Huawei"),), None)
    assert read_request("GET", "/queries/", Headers(), b"") == "queries"


def _sleep_then(seconds: float, value: str) -> str:
    time.sleep(seconds)
    return value


def _fail() -> None:
    raise QueryError("no such thing")


def test_call_limited_returns_raises_and_kills_past_the_limit():
    assert call_limited(_sleep_then, (0.0, "done"), timeout=10) == "done"
    with pytest.raises(QueryError, match="no such thing"):
        call_limited(_fail, (), timeout=10)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 0.5 s"):
        call_limited(_sleep_then, (30.0, "never"), timeout=0.5)
    assert time.monotonic() - started < 5


def _echo_handler(prefix: str):
    return lambda request: prefix + request


def test_a_worker_answers_in_turn_and_says_when_it_died():
    worker = Worker(_echo_handler, "got ", method="spawn")
    try:
        assert worker.ask("a", 30) == "got a" and worker.ask("b", 30) == "got b"
        worker._process.kill()  # killed from outside (out of memory, say)
        worker._process.join(5)
        with pytest.raises(QueryError, match="worker process died"):
            worker.ask("c", 30)
    finally:
        worker.kill()


def test_a_store_version_changes_with_every_commit(tmp_path):
    import pyoxigraph as ox

    path = tmp_path / "store"
    with GraphStore.open(path) as writer:
        served = Served.of(store=path)
        versions = [served.version()]
        for number in range(3):
            graph = ox.NamedNode(f"https://kg.example.org/graph/{number}")
            writer.replace_article(graph, [ox.Quad(graph, graph, ox.Literal(str(number)), graph)])
            versions.append(served.version())
    assert len(set(versions)) == 4 and served.version() == served.version()


def test_a_client_that_goes_away_mid_answer_leaves_no_traceback(capfd):
    import socket
    from pathlib import Path

    from kg.serve import serve

    sample = Path(__file__).parent / "data" / "sample.trig"
    with serve(sample, port=0, workers=1) as server:
        host, port = server.url.removeprefix("http://").rstrip("/").rsplit(":", 1)
        for _ in range(5):  # ask for the view (a page of megabytes) and hang up at once
            with socket.create_connection((host, int(port)), timeout=10) as connection:
                connection.sendall(f"GET /view HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        time.sleep(1)
        assert server.serving
    assert "Traceback" not in capfd.readouterr().err
