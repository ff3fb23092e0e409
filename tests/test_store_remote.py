"""kg.store.remote: a SPARQL server as the store, against a real Oxigraph server and Virtuoso.

Builds use test_store_build's stand-in parser (facts written plainly in the text), so
nothing here needs the spaCy model except the one model-marked test. Each server runs on a
free loopback port, started by the test and killed in its finalizer.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from test_store_build import CORPUS, no_model, write  # noqa: F401 - no_model: the stand-in parser, autouse

import kg.pipeline as pipeline
from kg.errors import RemoteStoreError, StoreError
from kg.pipeline import update_store
from kg.store import DUMP_FORMATS, Endpoints, GraphStore, endpoints_of, open_reader
from kg.store.remote import LOCK_GRAPH, UNFINISHED_GRAPH, RemoteStore
from kg.store.sparql_client import SparqlClient

from conftest import ROOT, run_kg
from sparql_servers import OxigraphServer, VirtuosoServer, free_port, virtuoso_missing

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    with OxigraphServer(tmp_path_factory.mktemp("oxigraph")) as server:
        yield server


@pytest.fixture
def server(oxigraph):
    """The module's Oxigraph server, emptied for each test (and started again if one stopped it)."""
    if oxigraph.process is None:
        oxigraph.start()
    httpx.post(oxigraph.url + "/update", data={"update": "DROP ALL"}, timeout=30).raise_for_status()
    return oxigraph


def corpus(folder: Path) -> Path:
    for name, lines in CORPUS.items():
        write(folder, name, *lines)
    return folder


def dumps(location) -> dict[str, bytes]:
    with open_reader(location) as store:
        return {fmt: store.dump(fmt) for fmt in DUMP_FORMATS}


@pytest.fixture
def folder_build(tmp_path):
    """The corpus built into a store folder: what every server must give back, byte for byte."""
    docs = corpus(tmp_path / "docs")
    update_store([docs], tmp_path / "folder")
    return docs, dumps(tmp_path / "folder")


# ---------------------------------------------------------------------- the URLs


@pytest.mark.parametrize(
    "url, query, update, graphs",
    [
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "/store"),
        ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "/store"),
        ("http://h:3030/news/query", "http://h:3030/news/query", "http://h:3030/news/update", None),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", None),
        ("http://h:3030/news", "http://h:3030/news", "http://h:3030/news", None),
        ("https://h/repositories/news", "https://h/repositories/news", "https://h/repositories/news/statements", None),
    ],
)
def test_update_endpoint_follows_from_the_url(url, query, update, graphs):
    assert endpoints_of(url) == Endpoints(query, update, graphs and "http://127.0.0.1:7878" + graphs)


def test_explicit_update_endpoint_and_hidden_password():
    given = endpoints_of("http://kg:s3cret@h:8890/sparql", update="http://kg:s3cret@h:8890/sparql-auth")
    assert given.update == "http://kg:s3cret@h:8890/sparql-auth"
    assert endpoints_of("http://h:7878", update="http://h:7879/update") == Endpoints(
        "http://h:7878/query", "http://h:7879/update", "http://h:7878/store"
    )
    assert given.name == "http://kg:***@h:8890/sparql" and "s3cret" not in str(given)
    with pytest.raises(RemoteStoreError, match="is not a store URL"):
        endpoints_of("http:///nohost")


# ---------------------------------------------------------------------- same semantics as a folder


def test_build_into_the_server_gives_the_folder_bytes_and_skips_unchanged(server, folder_build, no_model):  # noqa: F811
    docs, expected = folder_build
    no_model.clear()
    first = update_store([docs], server.url)
    assert sorted(first.added) == sorted(CORPUS) and first.replaced == ()
    assert dumps(server.url) == expected
    no_model.clear()
    again = update_store([docs], server.url)
    assert no_model == [] and sorted(again.unchanged) == sorted(CORPUS)
    write(docs, "e", "Person:Mary Somerville | translated | Work:Mechanism")
    changed = update_store([docs], server.url)
    assert no_model == ["e"] and changed.replaced == ("e",)
    assert b"translated" in dumps(server.url)["nq"]
    with RemoteStore.open(server.url, read_only=True) as store:  # the record of the build is gone
        assert store.unfinished.entries() == []


def test_graph_store_and_select_read_the_same_snapshot(server, tmp_path):
    update_store([corpus(tmp_path / "docs")], server.url)
    with RemoteStore.open(server.url, read_only=True) as through_gsp:
        assert through_gsp.endpoints.graphs == server.url + "/store"
        whole = sorted(map(str, through_gsp.quads()))
    with RemoteStore.open(server.url + "/query", read_only=True) as through_select:
        assert through_select.endpoints.graphs is None
        assert sorted(map(str, through_select.quads())) == whole
    assert len(whole) > 100 and not any("/ontology>" in q or "/build/" in q for q in whole)


def test_a_server_that_cuts_results_short_is_one_line(server, tmp_path, monkeypatch):
    update_store([corpus(tmp_path / "docs")], server.url)
    real = SparqlClient.select

    def cut_short(self, sparql):  # as Virtuoso does past its ResultSetMaxRows
        return real(self, sparql)[:100]

    monkeypatch.setattr(SparqlClient, "select", cut_short)
    with pytest.raises(RemoteStoreError, match=r"sent 100 of the [0-9,]+ quads it holds: it cuts results short"):
        open_reader(server.url + "/query")


@pytest.mark.parametrize("exclude", [(), ("a",), ("b", "c", "d")])
def test_entities_and_hashes_are_the_folders(server, folder_build, tmp_path, exclude):
    docs, _ = folder_build
    update_store([docs], server.url)
    graphs = [f"https://kg.example.org/graph/{name}" for name in exclude]
    classes = ("Person", "Organization", "Work")
    with RemoteStore.open(server.url, read_only=True) as remote, GraphStore.open(tmp_path / "folder") as folder:
        assert remote.entities(classes, exclude=graphs) == folder.entities(classes, exclude=graphs)
        assert remote.article_hashes() == folder.article_hashes()
        assert remote.graph_names() == folder.graph_names()
        assert len(remote.entities(classes, exclude=graphs)) > 3


def test_each_article_is_one_update_request(server, tmp_path, monkeypatch):
    sent: list[str] = []
    real = SparqlClient.update

    def recorded(self, sparql, doing):
        sent.append(sparql)
        return real(self, sparql, doing)

    monkeypatch.setattr(SparqlClient, "update", recorded)
    update_store([corpus(tmp_path / "docs")], server.url)
    articles = [s for s in sent if "INSERT DATA { GRAPH <https://kg.example.org/graph/" in s and "/ontology>" not in s]
    # a-e once each, then a again (refolded): each a drop and an insert of its graph in the same request
    assert len(articles) == 6
    assert all(s.startswith("DROP SILENT GRAPH <https://kg.example.org/graph/") for s in articles)


def test_a_reader_sees_each_article_whole_while_it_is_replaced(server):
    """One thread replaces an article's 300 triples by another 300, again and again;
    every snapshot read meanwhile holds one version or the other, never a mix."""
    graph = ox.NamedNode("https://kg.example.org/graph/a")
    versions = [
        [
            ox.Quad(ox.NamedNode(f"https://kg.example.org/id/thing/{v}-{n}"), LABEL, ox.Literal(f"{v}{n}"), graph)
            for n in range(300)
        ]
        for v in "xy"
    ]
    seen = {frozenset(map(str, version)): 0 for version in versions}
    stop = threading.Event()
    turns = []

    def write() -> None:
        with RemoteStore.open(server.url) as store:
            for turn in range(10_000):
                if stop.is_set():
                    return
                store.replace_article(graph, versions[turn % 2])
                turns.append(turn)

    writer = threading.Thread(target=write, daemon=True)
    with RemoteStore.open(server.url) as store:
        store.replace_article(graph, versions[0])
    with RemoteStore.open(server.url, read_only=True) as store:
        writer.start()
        try:
            for _ in range(300):  # until both versions were read, while the writer went on
                snapshot = frozenset(map(str, store.quads()))
                assert snapshot in seen  # never half of one and half of the other
                seen[snapshot] += 1
                if min(seen.values()) > 2 and len(turns) > 4:
                    break
        finally:
            stop.set()
            writer.join(timeout=30)
    assert not writer.is_alive()
    assert min(seen.values()) > 2 and len(turns) > 4  # the reads met the writes


def test_hostile_text_reaches_the_server_as_a_value(server, tmp_path):
    docs = tmp_path / "docs"
    hostile = 'Person:Ada " } } ; DROP ALL ; INSERT DATA { <a> <b> <c> } # \\u0022 🦄 | wrote | Work:Notes'
    write(docs, "a", hostile)
    update_store([docs], server.url)
    update_store([docs], tmp_path / "folder")
    assert dumps(server.url) == dumps(tmp_path / "folder")


@pytest.mark.parametrize("where", range(5))
def test_a_build_cut_short_then_resumed_equals_a_clean_build(server, folder_build, monkeypatch, where):
    docs, expected = folder_build
    real = RemoteStore.replace_article
    calls = []

    def cut(self, graph, quads):
        if len(calls) == where:
            raise KeyboardInterrupt
        calls.append(graph)
        return real(self, graph, quads)

    with monkeypatch.context() as faults:
        faults.setattr(RemoteStore, "replace_article", cut)
        with pytest.raises(KeyboardInterrupt):
            update_store([docs], server.url)
    with RemoteStore.open(server.url, read_only=True) as store:  # the record is on the server
        assert [graph for graph, _, _ in store.unfinished.entries()][: len(calls)] == [g.value for g in calls]
    update_store([docs], server.url)
    assert dumps(server.url) == expected


def test_cli_reads_a_server_like_a_folder(server, tmp_path):
    docs = corpus(tmp_path / "docs")
    built = run_kg("build", docs, "--store", server.url, "--out", tmp_path / "out")
    assert built.returncode == 0, built.stderr
    assert f"store {server.url}/query: 5 added, 0 replaced, 0 unchanged" in built.stdout
    run_kg("build", docs, "--store", tmp_path / "folder")
    for command in (
        ("query", "who-said-what"),
        ("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        ("stats",),
        ("path", "Lovelace", "Babbage"),
        ("validate",),
        ("export", "--format", "ttl"),
    ):
        remote = run_kg(command[0], "--store", server.url, *command[1:])
        local = run_kg(command[0], "--store", tmp_path / "folder", *command[1:])
        assert (remote.returncode, remote.stdout) == (local.returncode, local.stdout), command
    view = run_kg("view", "--store", server.url, "--out", tmp_path / "view.html")
    assert view.returncode == 0 and (tmp_path / "view.html").stat().st_size > 10_000
    assert (tmp_path / "out" / "graph.trig").read_bytes() == dumps(tmp_path / "folder")["trig"]


def test_store_update_option(server, tmp_path):
    docs = corpus(tmp_path / "docs")
    wrong = run_kg("build", docs, "--store", server.url, "--store-update", server.url + "/nowhere")
    assert wrong.returncode == 1 and f"no SPARQL endpoint at {server.url}/nowhere (404" in wrong.stderr
    right = run_kg("build", docs, "--store", server.url + "/query", "--store-update", server.url + "/update")
    assert right.returncode == 0, right.stderr
    folder = run_kg("build", docs, "--store", tmp_path / "folder", "--store-update", server.url)
    assert folder.returncode == 2 and "--store-update needs --store URL" in folder.stderr


# ---------------------------------------------------------------------- one writer at a time


def _in_use(name: str, host: str, pid: int) -> str:
    """The start of the refusal a second writer gets from the store named ``name``, as a pattern."""
    return rf"^store {name} is in use by kg on host {host} \(pid {pid}\) since 20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ "


def _leases(query_url: str) -> list[str]:
    """The lease graph's triples as the server holds them (asked past kg, with httpx)."""
    query = f"SELECT ?s ?p ?o WHERE {{ GRAPH {LOCK_GRAPH} {{ ?s ?p ?o }} }}"
    answer = httpx.post(query_url, data={"query": query}, headers={"Accept": "text/csv"}, timeout=30)
    answer.raise_for_status()
    return answer.text.splitlines()[1:]


def _plant_lease(update_url: str, host: str, pid: int, since: str) -> None:
    """The lease a writer on another machine leaves when it dies (its process gone, its lease not)."""
    holder = "https://kg.example.org/build/writer/0123456789abcdef"
    lease = f'<{holder}> <https://kg.example.org/build/host> "{host}" ; <https://kg.example.org/build/pid> {pid} ; '
    lease += f'<https://kg.example.org/build/since> "{since}"'
    update = f"INSERT DATA {{ GRAPH {LOCK_GRAPH} {{ {lease} }} }}"
    httpx.post(update_url, data={"update": update}, timeout=30).raise_for_status()


def test_a_second_writer_is_refused_until_the_first_closes(server, tmp_path):
    docs = corpus(tmp_path / "docs")
    first = RemoteStore.open(server.url)
    try:
        assert len(_leases(server.query_url)) == 3  # host, pid, since of one holder
        with pytest.raises(StoreError, match=_in_use(server.query_url, socket.gethostname(), os.getpid())) as refused:
            RemoteStore.open(server.url)
        message = str(refused.value)
        assert "\n" not in message and message.endswith("run kg build again with --break-lock")
        with pytest.raises(StoreError, match="is in use by kg on host"):
            update_store([docs], server.url)  # a build, as well
        with RemoteStore.open(server.url, read_only=True) as reader:  # readers never wait for the lease
            assert reader.lease is None and reader.graph_names() == []
        assert len(_leases(server.query_url)) == 3  # the refused writers left nothing of theirs
        first.replace_article("https://kg.example.org/graph/x", [])  # the first writer goes on
    finally:
        first.close()
    assert _leases(server.query_url) == []
    assert sorted(update_store([docs], server.url).added) == sorted(CORPUS)  # a new writer gets in
    with pytest.raises(RuntimeError), RemoteStore.open(server.url):
        raise RuntimeError("a build that fails")
    assert _leases(server.query_url) == []  # given back on the way out of the error too
    with RemoteStore.open(server.url) as store:
        assert store.lease is not None and store.lease.pid == os.getpid()


def _race(url: str, writers: int) -> tuple[list[RemoteStore], list[str]]:
    """``writers`` threads opening a writer of ``url`` at once: the stores opened (each held
    until every thread has tried), and the refusals."""
    start, tried = threading.Barrier(writers, timeout=30), threading.Barrier(writers, timeout=60)
    held: list[RemoteStore] = []
    refused: list[str] = []

    def writer() -> None:
        start.wait()
        try:
            held.append(RemoteStore.open(url))
        except StoreError as error:
            refused.append(str(error))
        tried.wait()

    threads = [threading.Thread(target=writer, daemon=True) for _ in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    assert not any(thread.is_alive() for thread in threads)
    return held, refused


def test_racing_writers_never_both_hold_the_lease(server):
    """Eight writers open at once, six rounds: never two in, and every other one refused in one line."""
    for _ in range(6):
        held, refused = _race(server.url, 8)
        for store in held:
            store.close()
        assert len(held) <= 1 and len(held) + len(refused) == 8
        assert all("\n" not in message and message.startswith(f"store {server.query_url}") for message in refused)
        assert _leases(server.query_url) == []


def test_the_lease_is_in_no_export_and_no_answer(server, tmp_path):
    docs = corpus(tmp_path / "docs")
    update_store([docs], tmp_path / "folder")
    update_store([docs], server.url)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    build = 'SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER (CONTAINS(STR(?s), "/build/") || CONTAINS(STR(?p), "/build/")) }'
    with RemoteStore.open(server.url):
        assert len(_leases(server.query_url)) == 3  # the lease is on the server while the readers read
        for command in (("export", "--format", "nq"), ("export", "--format", "trig"), ("query", count)):
            remote = run_kg(command[0], "--store", server.url, *command[1:])
            local = run_kg(command[0], "--store", tmp_path / "folder", *command[1:])
            assert remote.returncode == 0 and (remote.stdout, remote.stderr) == (local.stdout, local.stderr), command
            assert "/build/" not in remote.stdout
        answer = run_kg("query", "--store", server.url, "--format", "csv", build)
        assert answer.returncode == 0 and answer.stdout.strip() == "s,p,o"


def test_a_dead_writers_lease_is_broken_and_the_cut_build_resumed(server, folder_build, monkeypatch, caplog):
    docs, expected = folder_build
    real = RemoteStore.replace_article
    calls = []

    def cut(self, graph, quads):
        if len(calls) == 2:
            raise KeyboardInterrupt
        calls.append(graph)
        return real(self, graph, quads)

    with monkeypatch.context() as faults:
        faults.setattr(RemoteStore, "replace_article", cut)
        with pytest.raises(KeyboardInterrupt):
            update_store([docs], server.url)
    # the writer on another machine died there, its lease left behind with its unfinished record
    _plant_lease(server.url + "/update", "build-box-2", 4242, "2026-01-01T00:00:00Z")
    with RemoteStore.open(server.url, read_only=True) as store:
        assert len(store.unfinished.entries()) >= 2
    with pytest.raises(StoreError, match=_in_use(server.query_url, "build-box-2", 4242)):
        update_store([docs], server.url)
    refused = run_kg("build", docs, "--store", server.url)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith(
        f"kg: error: store {server.url}/query is in use by kg on host build-box-2 (pid 4242)"
    )
    assert refused.stderr.endswith("run kg build again with --break-lock\n")
    broken = run_kg("build", docs, "--store", server.url, "--break-lock")
    assert broken.returncode == 0, broken.stderr
    assert "broke the lease of kg on host build-box-2 (pid 4242) since 2026-01-01T00:00:00Z" in caplog.text
    assert _leases(server.query_url) == []
    with RemoteStore.open(server.url, read_only=True) as store:
        assert store.unfinished.entries() == []
    assert dumps(server.url) == expected  # the resumed build refolded what the cut one left


def test_a_writer_of_this_host_whose_process_is_gone_is_taken_over(server, caplog):
    dies = "import os, sys; from kg.store.remote import RemoteStore; RemoteStore.open(sys.argv[1]); os._exit(0)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", dies, server.url], check=True, timeout=120, env=env, cwd=ROOT)
    (left,) = [row for row in _leases(server.query_url) if "/build/pid" in row]
    with RemoteStore.open(server.url) as store:
        assert store.lease is not None and store.lease.pid == os.getpid()
        assert [row for row in _leases(server.query_url) if "/build/pid" in row] == [
            f"{store.lease.holder},{left.split(',')[1]},{os.getpid()}"
        ]
    pid = left.rsplit(",", 1)[1]
    assert f"took over the lease of kg on host {socket.gethostname()} (pid {pid})" in caplog.text


def test_break_lock_needs_a_server(tmp_path):
    ran = run_kg("build", corpus(tmp_path / "docs"), "--store", tmp_path / "folder", "--break-lock")
    assert ran.returncode == 2 and "--break-lock needs --store URL" in ran.stderr
    assert not (tmp_path / "folder").exists()


# ---------------------------------------------------------------------- faults


def test_server_stopped_mid_build_then_a_rebuild_completes_without_duplicates(server, folder_build, monkeypatch):
    docs, expected = folder_build
    real = pipeline.graphs_of

    def stops_after_two(articles, *args, **kwargs):
        for number, graph in enumerate(real(articles, *args, **kwargs)):
            if number == 2:
                server.stop()
            yield graph

    monkeypatch.setattr(pipeline, "graphs_of", stops_after_two)
    with pytest.raises(RemoteStoreError) as stopped:
        update_store([docs], server.url)
    message = str(stopped.value)
    assert "\n" not in message
    assert message.startswith(f"the store server {server.url}/update stopped answering (")
    assert ") while kg was noting graph <https://kg.example.org/graph/c> in the build record; every article" in message
    server.start()  # the same database
    with RemoteStore.open(server.url, read_only=True) as store:
        assert len(store.graph_names()) == 2  # a and b, whole
    monkeypatch.setattr(pipeline, "graphs_of", real)
    resumed = update_store([docs], server.url)
    assert sorted(resumed.unchanged) == ["a", "b"]
    assert dumps(server.url) == expected  # every article once, whole: the bytes of a clean build


def test_refused_connection_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}"
    ran = run_kg("build", corpus(tmp_path / "docs"), "--store", url)
    assert ran.returncode == 1
    assert ran.stderr == f"kg: error: cannot reach the store server {url}/update (connection refused)\n"
    for given, endpoint in ((url, "/store"), (url + "/query", "/query")):  # the dataset's GET, or a SELECT
        query = run_kg("query", "--store", given, "who-said-what")
        assert query.stderr == f"kg: error: cannot reach the store server {url}{endpoint} (connection refused)\n"


def test_wrong_url_is_one_line(server, tmp_path):
    ran = run_kg("query", "--store", server.url + "/kg/query", "who-said-what")
    assert ran.returncode == 1
    assert ran.stderr.startswith(f"kg: error: no SPARQL endpoint at {server.url}/kg/query (404 Not Found)")
    assert ran.stderr.count("\n") == 1


class _Answers(BaseHTTPRequestHandler):
    """A web server that is no SPARQL endpoint: 401 under /private, an HTML page elsewhere."""

    def do_GET(self) -> None:
        self.do_POST()

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        private = self.path.startswith("/private")
        body = b"<!DOCTYPE html><html><body><h1>Welcome</h1></body></html>"
        self.send_response(401 if private else 200)
        if private:
            self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web_server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=10)


def test_401_is_one_line_without_the_password(web_server, tmp_path):
    url = web_server.replace("http://", "http://kg:s3cret@") + "/private/sparql"
    ran = run_kg("build", corpus(tmp_path / "docs"), "--store", url)
    assert ran.returncode == 1 and ran.stderr.count("\n") == 1
    assert "s3cret" not in ran.stderr
    assert ran.stderr.startswith(
        f"kg: error: the store server {web_server.replace('http://', 'http://kg:***@')}/private/sparql "
        "refused kg (401 Unauthorized)"
    )


@pytest.mark.parametrize(
    "path, endpoint, wanted",
    [
        ("/sparql", "/sparql", "SPARQL results: is it a SPARQL query endpoint?"),
        ("", "/store", "N-Quads: is it a Graph Store Protocol endpoint?"),
    ],
)
def test_html_answer_is_one_line(web_server, path, endpoint, wanted):
    ran = run_kg("query", "--store", web_server + path, "who-said-what")
    assert ran.returncode == 1
    assert ran.stderr == (
        f"kg: error: {web_server}{endpoint} answered with an HTML page, not {wanted} "
        '(the README\'s "A SPARQL server as the store" lists the URLs of each server)\n'
    )


# ---------------------------------------------------------------------- Virtuoso, and the real model


@pytest.mark.virtuoso
@pytest.mark.skipif(virtuoso_missing() is not None, reason=virtuoso_missing() or "")
def test_virtuoso_holds_the_store_like_a_folder(tmp_path, folder_build, no_model):  # noqa: F811
    docs, expected = folder_build
    (tmp_path / "virtuoso").mkdir()
    with VirtuosoServer(tmp_path / "virtuoso", grant=False) as virtuoso:
        assert endpoints_of(virtuoso.url).update == virtuoso.url
        refused = run_kg("build", docs, "--store", virtuoso.url)
        assert refused.returncode == 1 and refused.stderr.count("\n") == 1
        assert refused.stderr.startswith(f"kg: error: the store server {virtuoso.url} answered 500 ")
        assert refused.stderr.endswith(
            '(give the store URL\'s user the right to update; Virtuoso: grant SPARQL_UPDATE to "SPARQL")\n'
        )
        virtuoso.allow_updates()
        update_store([docs], virtuoso.url)
        assert dumps(virtuoso.url) == expected
        no_model.clear()
        again = update_store([docs], virtuoso.url)
        assert no_model == [] and sorted(again.unchanged) == sorted(CORPUS)
        write(docs, "b", "Person:Ada Lovelace | met | Person:Mary Somerville")  # b's names leave the count
        assert update_store([docs], virtuoso.url).replaced == ("b",)
        update_store([docs], tmp_path / "folder")
        assert dumps(virtuoso.url) == dumps(tmp_path / "folder")
        with RemoteStore.open(virtuoso.url, read_only=True) as store:
            assert store.unfinished.entries() == []
            assert UNFINISHED_GRAPH.value not in store.graph_names()
        ran = run_kg("query", "--store", virtuoso.url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        local = run_kg("query", "--store", tmp_path / "folder", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert ran.stdout == local.stdout


@pytest.mark.virtuoso
@pytest.mark.skipif(virtuoso_missing() is not None, reason=virtuoso_missing() or "")
def test_virtuoso_refuses_a_second_writer_until_the_first_closes(tmp_path):
    (tmp_path / "virtuoso").mkdir()
    with VirtuosoServer(tmp_path / "virtuoso") as virtuoso:
        first = RemoteStore.open(virtuoso.url)
        try:
            with pytest.raises(StoreError, match=_in_use(virtuoso.url, socket.gethostname(), os.getpid())):
                RemoteStore.open(virtuoso.url)
            assert len(_leases(virtuoso.url)) == 3
            with RemoteStore.open(virtuoso.url, read_only=True) as reader:
                assert reader.graph_names() == [] and reader.quads() == []
        finally:
            first.close()
        assert _leases(virtuoso.url) == []
        with RemoteStore.open(virtuoso.url) as second:
            assert second.lease is not None
        _plant_lease(virtuoso.url, "build-box-2", 4242, "2026-01-01T00:00:00Z")
        with pytest.raises(StoreError, match=_in_use(virtuoso.url, "build-box-2", 4242)):
            RemoteStore.open(virtuoso.url)
        with RemoteStore.open(virtuoso.url, break_lock=True) as broken:
            assert broken.lease is not None and [row for row in _leases(virtuoso.url) if "4242" in row] == []
        assert _leases(virtuoso.url) == []


@pytest.mark.model
def test_real_seed_build_into_the_server_is_the_build_folder(server, seed_build, tmp_path):
    out, _ = seed_build
    ran = run_kg("build", Path(__file__).resolve().parents[1] / "seeds", "--store", server.url)
    assert ran.returncode == 0, ran.stderr
    stored = dumps(server.url)
    assert stored["trig"] == (out / "graph.trig").read_bytes()
    assert stored["ttl"] == (out / "graph.ttl").read_bytes()


def test_a_quad_of_another_graph_is_refused_before_any_request(monkeypatch):
    """The check GraphStore makes (tests/test_store.py), made before the server is asked anything."""
    sent: list[str] = []
    monkeypatch.setattr(SparqlClient, "update", lambda self, sparql, doing: sent.append(sparql))
    graph, other = ox.NamedNode("https://kg.example.org/graph/a"), ox.NamedNode("https://kg.example.org/graph/b")
    quad = ox.Quad(ox.NamedNode("https://kg.example.org/id/x"), LABEL, ox.Literal("x"), other)
    store = RemoteStore(SparqlClient(endpoints_of(f"http://127.0.0.1:{free_port()}")))
    try:
        with pytest.raises(StoreError, match=f"cannot replace {graph} in store .*: a quad belongs to graph {other}"):
            store.replace_article(graph, [quad])
    finally:
        store.close()
    assert sent == []
