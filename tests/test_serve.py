"""kg serve against real clients: rdflib's SPARQLStore and plain urllib give kg query's answers.

A real server on a free loopback port (module fixtures, closed in their finalizers) serves
the sample graph file and a store built from it; every answer is compared with what the
library's own ``run_query`` / ``run_saved`` give in this process (``kg query``'s path).
Every wait has a timeout.
"""

from __future__ import annotations

import io
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from rdflib.query import Result

from kg.load import open_source
from kg.query import format_result, run_query, run_saved, saved_queries
from kg.serve import serve
from kg.store import GraphStore

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
HUAWEI = "https://kg.example.org/id/organization/huawei"
SELECT = "SELECT ?entity ?label WHERE { ?entity a kg:Organization ; rdfs:label ?label } ORDER BY ?entity ?label"
ASK = "ASK { ?s a kg:Person }"
CONSTRUCT = "CONSTRUCT { ?s rdfs:label ?o } WHERE { ?s a kg:Person ; rdfs:label ?o }"
#: a cartesian product no time limit of a test would let finish
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
NEWS_ARTICLE = ox.NamedNode("https://schema.org/NewsArticle")
TIMEOUT = 1.5
WAIT = 30  # seconds any one HTTP call may take in these tests


def store_from_sample(path: Path) -> Path:
    """A store holding the sample graph's articles, each in its own transaction."""
    quads = list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))
    with GraphStore.open(path) as store:
        for graph in sorted({q.graph_name for q in quads}, key=str):
            store.replace_article(graph, [q for q in quads if q.graph_name == graph])
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return store_from_sample(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module", params=["file", "store"])
def server(request, store_path):
    """The sample graph served from its file, then from a store built from it."""
    source = {"graph": SAMPLE} if request.param == "file" else {"store": store_path}
    running = serve(**source, port=0, timeout=TIMEOUT, workers=2)
    request.addfinalizer(running.close)
    running.source = source  # type: ignore[attr-defined]
    return running


def local(server, sparql: str):
    """What ``kg query`` answers on the same source, in this process."""
    with open_source(**{k: v for k, v in server.source.items()}) as source:
        return run_query(source, sparql)


def get(url: str, accept: str | None = None, data: bytes | None = None, content_type: str | None = None, **headers):
    """(status, headers, body) of one request; errors are answers too."""
    sent = dict(headers)
    if accept:
        sent["Accept"] = accept
    if content_type:
        sent["Content-Type"] = content_type
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=sent), timeout=WAIT) as answer:
            return answer.status, answer.headers, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def ask_url(server, sparql: str, **params: str) -> str:
    return server.endpoint + "?" + urllib.parse.urlencode({"query": sparql, **params})


def bindings(body: bytes) -> list:
    return json.loads(body)["results"]["bindings"]


# ------------------------------------------------------------------ same answers as kg query


def test_select_over_urllib_is_kg_querys_json(server):
    status, headers, body = get(ask_url(server, SELECT))
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    expected = format_result(local(server, SELECT), "json")  # what kg query --format json prints
    assert bindings(body) == json.loads(expected)["results"]["bindings"]
    assert len(bindings(body)) >= 2


def test_sparqlstore_select_ask_construct_agree_with_kg_query(server):
    remote = SPARQLStore(server.endpoint, returnFormat="json")
    try:
        rows = [tuple(row) for row in remote.query(SELECT)]
        assert rows == [tuple(row) for row in local(server, SELECT)]
        assert URIRef(HUAWEI) in {row[0] for row in rows}
        assert remote.query(ASK).askAnswer is True
        assert remote.query("ASK { ?s a kg:Nothing }").askAnswer is False
    finally:
        remote.close()
    as_xml = SPARQLStore(server.endpoint)  # rdflib's default: SPARQL XML and RDF/XML
    try:
        graph = as_xml.query(CONSTRUCT).graph
        assert len(graph) > 0 and isomorphic(graph, local(server, CONSTRUCT).graph)
    finally:
        as_xml.close()


def test_post_form_and_sparql_query_body_answer_as_get(server):
    by_get = bindings(get(ask_url(server, SELECT))[2])
    form = urllib.parse.urlencode({"query": SELECT}).encode()
    by_form = get(server.endpoint, data=form, content_type="application/x-www-form-urlencoded")
    by_body = get(server.endpoint, data=SELECT.encode(), content_type="application/sparql-query")
    assert by_form[0] == by_body[0] == 200
    assert bindings(by_form[2]) == bindings(by_body[2]) == by_get


def test_saved_query_with_a_parameter_is_run_saved(server):
    status, _, body = get(server.url + "queries/relations-of?" + urllib.parse.urlencode({"ENTITY": "Huawei"}))
    assert status == 200
    with open_source(**server.source) as source:
        expected = json.loads(format_result(run_saved(source, "relations-of", ENTITY="Huawei"), "json"))
    assert bindings(body) == expected["results"]["bindings"] and bindings(body)


def test_saved_queries_are_listed_and_unknown_ones_are_404(server):
    status, _, page = get(server.url + "queries")
    assert status == 200 and all(f"/queries/{name}" in page.decode() for name in saved_queries())
    assert '<a href="/queries/who-said-what">' in page.decode()  # a query without parameters is a link
    assert "/queries/relations-of?ENTITY=..." in page.decode()  # one with them shows what to fill in
    assert get(server.url + "queries/no-such-query")[0] == 404
    assert get(server.url + "queries/relations-of?ENTITY=Nobody%20Here")[0] == 400


# ------------------------------------------------------------------ formats


@pytest.mark.parametrize(
    ("accept", "content_type", "parse"),
    [
        ("application/sparql-results+json", "application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "application/sparql-results+xml", "xml"),
        ("application/json", "application/sparql-results+json", "json"),
        ("text/csv", "text/csv; charset=utf-8", "csv"),
        ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", "tsv"),
        ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml", "xml"),
        ("*/*", "application/sparql-results+json", "json"),
    ],
)
def test_select_formats_by_accept(server, accept, content_type, parse):
    status, headers, body = get(ask_url(server, SELECT), accept)
    assert status == 200 and headers["Content-Type"] == content_type
    expected = {(str(row[0]), str(row[1])) for row in local(server, SELECT)}
    if parse in ("json", "xml"):
        rows = Result.parse(io.BytesIO(body), format=parse)
        assert {(str(row[0]), str(row[1])) for row in rows} == expected
    elif parse == "csv":
        lines = body.decode().splitlines()
        assert lines[0] == "entity,label" and {tuple(line.split(",", 1)) for line in lines[1:]} == expected
    else:
        lines = body.decode().splitlines()
        assert lines[0] == "?entity\t?label"
        parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
        assert {(row["entity"].value, row["label"].value) for row in parsed} == expected


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"), (None, "turtle")],
)
def test_construct_formats_by_accept(server, accept, rdflib_format):
    status, headers, body = get(ask_url(server, CONSTRUCT), accept)
    assert status == 200 and headers["Content-Type"].startswith(accept or "text/turtle")
    graph = Graph().parse(data=body, format=rdflib_format)
    assert len(graph) > 0 and isomorphic(graph, local(server, CONSTRUCT).graph)


def test_ask_in_every_results_format(server):
    assert json.loads(get(ask_url(server, ASK))[2]) == {"head": {}, "boolean": True}
    assert get(ask_url(server, ASK), "text/tab-separated-values")[2] == b"true"
    assert Result.parse(
        io.BytesIO(get(ask_url(server, ASK), "application/sparql-results+xml")[2]), format="xml"
    ).askAnswer


def test_a_format_it_cannot_give_is_406(server):
    assert get(ask_url(server, SELECT), "image/png")[0] == 406
    assert get(ask_url(server, CONSTRUCT), "text/csv")[0] == 406  # a graph is no table
    assert get(ask_url(server, SELECT), "text/csv;q=0")[0] == 406


# ------------------------------------------------------------------ read-only, errors


def test_updates_are_403_and_change_nothing(server, store_path):
    before = bindings(get(ask_url(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))[2])
    insert = "INSERT DATA { GRAPH <https://kg.example.org/graph/x> { <urn:a> <urn:b> <urn:c> } }"
    assert get(server.endpoint + "?" + urllib.parse.urlencode({"update": insert}))[0] == 403
    form = urllib.parse.urlencode({"update": insert}).encode()
    assert get(server.endpoint, data=form, content_type="application/x-www-form-urlencoded")[0] == 403
    assert get(server.endpoint, data=insert.encode(), content_type="application/sparql-update")[0] == 403
    assert get(ask_url(server, insert))[0] == 403  # an update given as the query
    assert get(ask_url(server, "DROP ALL"))[0] == 403
    after = bindings(get(ask_url(server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))[2])
    assert after == before and int(after[0]["n"]["value"]) > 100
    with GraphStore.open(store_path, read_only=True) as store:
        assert "https://kg.example.org/graph/x" not in store.graph_names()


def test_bad_requests_are_one_line(server):
    status, _, body = get(ask_url(server, "SELECT WHERE {"))
    assert status == 400 and body.decode().count("\n") == 1 and "invalid SPARQL" in body.decode()
    assert get(server.endpoint)[0] == 400  # no query
    assert get(server.url + "nowhere")[0] == 404
    assert get(ask_url(server, SELECT, **{"default-graph-uri": "urn:x"}))[0] == 400
    assert get(server.endpoint, data=b"x", content_type="text/plain")[0] == 415
    assert get(ask_url(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"))[0] == 400


def test_bindings_reach_the_query_as_terms_never_as_text(server):
    sparql = "SELECT ?entity ?name WHERE { ?entity rdfs:label ?name }"
    hostile = '"Huawei" . } } ; DROP ALL #'
    found = bindings(get(ask_url(server, sparql, **{"$name": '"Huawei"'}))[2])
    assert [row["entity"]["value"] for row in found] == [HUAWEI]
    assert bindings(get(ask_url(server, sparql, **{"$name": hostile}))[2]) == []  # a plain string, matched as such


# ------------------------------------------------------------------ time limit, parallel queries


def test_a_cartesian_product_is_503_within_the_limit_then_the_next_query_is_served(server):
    started = time.monotonic()
    status, headers, body = get(ask_url(server, CARTESIAN))
    elapsed = time.monotonic() - started
    assert status == 503 and "time limit" in body.decode() and headers["Retry-After"] == "1"
    assert TIMEOUT <= elapsed < TIMEOUT + 2.5
    assert get(ask_url(server, ASK))[0] == 200
    assert get(ask_url(server, "ASK { ?s a kg:Nothing }"))[0] == 200  # not from the cache: a new query


def test_queries_run_in_parallel_while_one_is_stuck(server):
    with ThreadPoolExecutor(max_workers=1) as background:
        stuck = background.submit(get, ask_url(server, CARTESIAN.replace("?o }", "?o . ?x ?y ?z }")))
        time.sleep(0.3)  # the cartesian product holds one of the two workers
        started = time.monotonic()
        status = get(ask_url(server, "SELECT ?s WHERE { ?s a kg:Place }"))[0]
        quick = time.monotonic() - started
        assert status == 200 and quick < TIMEOUT  # answered by the other worker meanwhile
        assert stuck.result(timeout=WAIT)[0] == 503


def test_twenty_clients_at_once_get_the_same_answer(server):
    query = ask_url(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 40")
    with ThreadPoolExecutor(max_workers=20) as clients:
        answers = list(clients.map(lambda _: get(query), range(20)))
    assert {status for status, _, _ in answers} == {200}
    assert len({body for _, _, body in answers}) == 1 and len(bindings(answers[0][2])) == 40


# ------------------------------------------------------------------ CORS, address


def test_no_cors_headers_unless_asked(server):
    _, headers, _ = get(ask_url(server, ASK), Origin="https://elsewhere.example")
    assert headers.get("Access-Control-Allow-Origin") is None


def test_cors_origin_when_given(store_path):
    with serve(store=store_path, port=0, cors="https://app.example", workers=1) as running:
        _, headers, _ = get(running.endpoint + "?query=" + urllib.parse.quote(ASK), Origin="https://app.example")
        assert headers["Access-Control-Allow-Origin"] == "https://app.example"
        request = urllib.request.Request(running.endpoint, method="OPTIONS")
        with urllib.request.urlopen(request, timeout=WAIT) as preflight:
            assert preflight.status == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_binds_loopback_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")


def test_a_loopback_server_refuses_other_host_names(server):
    assert get(ask_url(server, ASK), Host="attacker.example")[0] == 403  # DNS rebinding
    port = server.url.rsplit(":", 1)[1].rstrip("/")
    assert get(ask_url(server, ASK), Host=f"localhost:{port}")[0] == 200


# ------------------------------------------------------------------ a build writing beside the server


def test_a_store_written_meanwhile_is_seen_article_by_article(tmp_path):
    path = store_from_sample(tmp_path / "store")
    count = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"
    with serve(store=path, port=0, workers=2) as running, GraphStore.open(path) as writer:  # the build's lock
        url = running.endpoint + "?" + urllib.parse.urlencode({"query": count})
        seen = [int(bindings(get(url)[2])[0]["n"]["value"])]
        for number in range(3):
            graph = ox.NamedNode(f"https://kg.example.org/graph/new{number}")
            article = ox.NamedNode(f"https://kg.example.org/article/new{number}")
            writer.replace_article(graph, [ox.Quad(article, RDF_TYPE, NEWS_ARTICLE, graph)])
            seen.append(int(bindings(get(url)[2])[0]["n"]["value"]))
    assert seen == [seen[0], seen[0] + 1, seen[0] + 2, seen[0] + 3]


# ------------------------------------------------------------------ pages


def test_entity_page_escapes_what_articles_wrote(server):
    status, headers, body = get(server.url + "entity?" + urllib.parse.urlencode({"iri": HUAWEI}))
    page = body.decode()
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<h1>Huawei</h1>" in page and "Shenzhen &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page and "<b>unveils" not in page
    assert "default-src 'none'" in page and "script-src 'none'" in page  # no script at all on this page
    assert "Xi urges breakthroughs" in page  # each fact with its article
    assert get(server.url + "entity?iri=" + urllib.parse.quote("https://kg.example.org/id/nobody"))[0] == 404
    assert get(server.url + "entity")[0] == 400


def test_front_page_lists_top_entities_and_carries_the_search(server):
    status, _, body = get(server.url)
    page = body.decode()
    assert status == 200 and 'id="kg-search"' in page
    assert f'href="/entity?iri={urllib.parse.quote(HUAWEI, safe="")}"' in page
    assert "connect-src 'self'" in page and "script-src 'sha256-" in page
    data = json.loads(page.split('<script type="application/json" id="kg-data">')[1].split("</script>")[0])
    found = bindings(get(ask_url(server, data["search"], **{"$text": json.dumps("huaw")}))[2])
    assert [row["entity"]["value"] for row in found] == [HUAWEI]


def test_graph_view_is_kg_view(server):
    status, _, body = get(server.url + "view")
    assert status == 200 and b"vis-network" in body and b"Content-Security-Policy" in body


def test_head_sends_headers_only(server):
    request = urllib.request.Request(ask_url(server, ASK), method="HEAD")
    with urllib.request.urlopen(request, timeout=WAIT) as answer:
        assert answer.status == 200 and answer.read() == b"" and int(answer.headers["Content-Length"]) > 0


def test_serving_a_missing_store_fails_in_one_line(tmp_path):
    from kg.errors import GraphError

    with pytest.raises(GraphError, match="no store at"):
        serve(store=tmp_path / "none", port=0)


def test_a_graph_file_that_does_not_parse_fails_at_start(tmp_path):
    from kg.errors import ServeError

    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(ServeError, match=r"cannot serve .*broken.trig: cannot parse"):
        serve(broken, port=0, workers=2)


def test_ipv6_loopback(store_path):
    with serve(store=store_path, host="::1", port=0, workers=1) as running:
        assert running.url.startswith("http://[::1]:")
        assert get(running.endpoint + "?query=" + urllib.parse.quote(ASK))[0] == 200


def test_a_taken_port_fails_in_one_line(server):
    from kg.errors import ServeError

    port = int(server.url.rsplit(":", 1)[1].rstrip("/"))
    with pytest.raises(ServeError, match=f"cannot serve at 127.0.0.1:{port}"):
        serve(SAMPLE, port=port, workers=1)


def test_close_frees_the_port_and_stops_the_workers(store_path):
    running = serve(store=store_path, port=0, workers=1)
    assert get(running.endpoint + "?query=" + urllib.parse.quote(ASK))[0] == 200
    workers = running.app.pool.pids()
    running.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(running.endpoint + "?query=" + urllib.parse.quote(ASK), timeout=5)
    assert not running.serving and len(workers) == 1
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_running_server_never_forks_its_threads(server):
    # workers are replaced while the server's threads run: forking a threaded process can deadlock
    assert server.app.pool._method in {"forkserver", "spawn"}


def test_the_front_page_counts_what_kg_query_counts(server):
    articles = bindings(get(ask_url(server, "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a schema:NewsArticle } }"))[2])
    status, _, body = get(server.url)
    assert status == 200 and f"<p>{len(articles):,} articles, ".encode() in body
