"""kg.query on the sample graph (tests/data/sample.trig): rows as its records say, safe parameters, formats."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError
from kg.load import load_dataset
from kg.query import Param, compact, format_result, run_query, run_saved, saved_queries

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import A1, A2, FACTS, LABELS, RECORDS, SAMPLE, SHENZHEN, XI, relations_of
except ImportError:
    from graph_sample import A1, A2, FACTS, LABELS, RECORDS, SAMPLE, SHENZHEN, XI, relations_of  # type: ignore[no-redef]

#: each article as the saved queries name it: headline, date (a2 has none), IRI, URL (none given)
SOURCE1 = (RECORDS.A1.title, date.fromisoformat(RECORDS.A1.date), A1, None)
SOURCE2 = (RECORDS.A2.title, None, A2, None)
SOURCES = {"a1": SOURCE1, "a2": SOURCE2}
S_TITLE = RECORDS.TITLE
S_SHENZHEN = RECORDS.LAB


def fact_row(fact) -> tuple:
    """A fact of the records as the saved queries show it: subject, predicate, object, confidence,
    extractor, sentence, then its article's headline, date, IRI and URL."""
    obj = LABELS[fact.obj] if fact.obj else fact.literal
    sentence = fact.sentence.text
    return (
        LABELS[fact.subject],
        fact.predicate_label,
        obj,
        fact.confidence,
        fact.extractor,
        sentence,
        *SOURCES[fact.article],
    )


def relation_rows(key: str) -> list[tuple]:
    """What relations-of says of an entity (after its IRI): each fact's row without the extractor."""
    return [row[:4] + row[5:] for row in map(fact_row, relations_of(key))]


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(SAMPLE)


def value(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        python = term.toPython()
        return float(python) if isinstance(python, Decimal) else python
    return str(term)


def rows(result) -> list[tuple]:
    return [tuple(value(term) for term in row) for row in result]


def relations(result) -> list[tuple]:
    """Rows of relations-of without their first column, the entity asked about (an IRI)."""
    found = rows(result)
    assert all(row[0].startswith("https://kg.example.org/id/") for row in found)
    return [row[1:] for row in found]


def test_prefixes_are_prebound_and_bindings_are_values(dataset):
    result = run_query(dataset, "SELECT ?label WHERE { ?e a kg:Country ; rdfs:label ?label } ORDER BY ?label")
    assert rows(result) == [("China",), ("United States",)]
    bound = run_query(dataset, "SELECT ?e WHERE { ?e rdfs:label ?label }", {"?label": "China"})
    assert rows(bound) == [("https://kg.example.org/id/country/china",)]


def test_ontology_labels_are_visible_to_queries(dataset):
    result = run_query(dataset, "SELECT ?label WHERE { kg:calledFor rdfs:label ?label }")
    assert rows(result) == [("called for",)]


def test_malformed_query_raises_with_the_parser_message(dataset):
    with pytest.raises(QueryError) as caught:
        run_query(dataset, "SELEC ?x WHERE { ?x ?p ?o }")
    assert str(caught.value) == (
        "invalid SPARQL: Expected {SelectQuery | ConstructQuery | DescribeQuery | AskQuery}, "
        "found 'SELEC' (at char 0), (line:1, col:1)"
    )


def test_unknown_prefix_is_an_invalid_query(dataset):
    with pytest.raises(QueryError, match=r"^invalid SPARQL: Unknown namespace prefix : foo$"):
        run_query(dataset, "SELECT ?x WHERE { ?x foo:bar ?y }")


def test_updates_are_refused(dataset):
    size = len(dataset)
    with pytest.raises(QueryError, match="updates are not supported"):
        run_query(dataset, "DELETE WHERE { ?s ?p ?o }")
    assert len(dataset) == size


def test_ask_and_construct(dataset):
    assert run_query(dataset, "ASK { ?s kg:targets <https://kg.example.org/id/organization/huawei> }").askAnswer is True
    result = run_query(dataset, "CONSTRUCT { ?s kg:targets ?o } WHERE { ?s kg:targets ?o }")
    assert isinstance(result.graph, Graph)
    assert set(result.graph) == {
        (
            URIRef("https://kg.example.org/id/country/united-states"),
            URIRef("https://kg.example.org/ontology#targets"),
            URIRef("https://kg.example.org/id/organization/huawei"),
        )
    }


def test_saved_queries_are_read_with_their_descriptions_and_parameters():
    queries = saved_queries()
    assert list(queries) == [
        "articles",
        "entities",
        "events-in",
        "facts-with-sources",
        "relations-of",
        "statements-of",
        "who-said-what",
    ]
    for name in ("relations-of", "statements-of"):
        assert queries[name].params == (Param("ENTITY", "label or alias of the entity (case-insensitive), or its IRI"),)
    assert [param.name for param in queries["events-in"].params] == ["PLACE", "FROM", "TO"]
    with_params = ("relations-of", "statements-of", "events-in")
    assert all(not q.params for name, q in queries.items() if name not in with_params)
    assert queries["who-said-what"].description.startswith("Who said what: reported speech")


def test_who_said_what(dataset):
    assert rows(run_saved(dataset, "who-said-what")) == [
        ("Xi Jinping", "called for", "robust efforts to improve homegrown innovation capabilities", S_TITLE, *SOURCE1),
    ]


def test_relations_of_huawei(dataset):
    found = relations(run_saved(dataset, "relations-of", ENTITY="huawei"))
    assert found == relation_rows(RECORDS.HUAWEI.key)
    assert [row[1] for row in found] == ["located in", "is a", "steps up crackdowns on", "targets"]


def test_relations_of_by_alias_and_by_iri(dataset):
    by_alias = relations(run_saved(dataset, "relations-of", entity="the chinese PRESIDENT"))
    by_iri = relations(run_saved(dataset, "relations-of", ENTITY=XI))
    assert by_alias == by_iri == relation_rows(RECORDS.XI.key)
    assert len(by_iri) == 4


def test_a_parameter_with_markup_is_only_a_value(dataset):
    assert relations(run_saved(dataset, "relations-of", ENTITY="Shenzhen <script>alert(1)</script>")) == [
        ("Huawei", "located in", "Shenzhen <script>alert(1)</script>", 0.75, S_SHENZHEN, *SOURCE2),
    ]


@pytest.mark.parametrize("hostile", ['x" } ; DROP ALL', "x' } UNION { ?s ?p ?o } #", "> <http://evil> ."])
def test_a_hostile_parameter_cannot_alter_the_query(dataset, hostile):
    size = len(dataset)
    with pytest.raises(QueryError) as caught:
        run_saved(dataset, "relations-of", ENTITY=hostile)
    assert str(caught.value).startswith(f"no entity named {hostile!r} (parameter ENTITY of relations-of)")
    found = run_query(dataset, "SELECT ?e WHERE { ?e rdfs:label ?label }", {"label": hostile})
    assert rows(found) == []
    assert len(dataset) == size


def test_facts_with_sources(dataset):
    """Every statement, by article, then where its sentence starts, then subject and predicate."""
    expected = sorted(FACTS, key=lambda f: (f.article, f.sentence.start, LABELS[f.subject], f.predicate_label))
    assert rows(run_saved(dataset, "facts-with-sources")) == [fact_row(f) for f in expected]


def test_entities(dataset):
    """Each entity with the number of articles that mention it, most mentioned first, then by label."""
    kg = "https://kg.example.org/ontology#"
    ids = "https://kg.example.org/id/"
    articles: dict[tuple[str, str, str], set[str]] = {}
    publisher = ("organization/global-times", "Organization", RECORDS.A1.publisher)
    articles[publisher] = {"a1"}
    for graph in RECORDS.sample_graphs():
        for entity in graph.entities:
            articles.setdefault((entity.key, entity.cls, entity.label), set()).add(graph.article.id)
    expected = [(ids + key, kg + cls, label, len(found)) for (key, cls, label), found in articles.items()]
    expected.sort(key=lambda row: (-row[3], row[2], row[0]))
    assert rows(run_saved(dataset, "entities")) == expected
    assert expected[0][2] == "Huawei" and len(expected) == 8


def test_articles(dataset):
    assert rows(run_saved(dataset, "articles")) == [
        (A1, "Xi urges breakthroughs", date(2020, 8, 24), "Global Times", RECORDS.A1.words, None),
        (A2, 'Huawei <b>unveils</b> "phone"', None, None, RECORDS.A2.words, None),
    ]


def test_unknown_saved_query_lists_the_names(dataset):
    with pytest.raises(QueryError) as caught:
        run_saved(dataset, "who-said")
    assert str(caught.value) == (
        "unknown saved query 'who-said'; available: articles, entities, events-in, facts-with-sources, "
        "relations-of, statements-of, who-said-what"
    )


def test_missing_and_unknown_parameters(dataset):
    with pytest.raises(QueryError, match=r"^saved query relations-of needs ENTITY: label or alias"):
        run_saved(dataset, "relations-of")
    with pytest.raises(QueryError, match=r"^saved query entities has no parameter LIMIT \(parameters: none\)$"):
        run_saved(dataset, "entities", limit=3)


def test_table_is_aligned_with_prefixed_names(dataset):
    result = run_query(dataset, "SELECT ?e ?label WHERE { ?e a kg:Country ; rdfs:label ?label } ORDER BY ?label")
    assert format_result(result, "table") == (
        "e                      label\n"
        "---------------------  -------------\n"
        "country:china          China\n"
        "country:united-states  United States\n"
    )


def test_csv_has_full_iris_and_quotes_what_needs_it(dataset):
    result = run_saved(dataset, "relations-of", ENTITY="Shenzhen <script>alert(1)</script>")
    parsed = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert parsed == [
        ["entity", "subject", "predicate", "object", "confidence", "sentence", "headline", "date", "article", "url"],
        [
            SHENZHEN,
            "Huawei",
            "located in",
            "Shenzhen <script>alert(1)</script>",
            "0.75",
            S_SHENZHEN,
            'Huawei <b>unveils</b> "phone"',
            "",
            A2,
            "",
        ],
    ]


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def test_select_json_is_sparql_results_json(dataset):
    result = run_query(dataset, "SELECT ?e ?n WHERE { ?e kg:wordCount ?n } ORDER BY ?n")
    assert json.loads(format_result(result, "json")) == {
        "head": {"vars": ["e", "n"]},
        "results": {
            "bindings": [
                {
                    "e": {"type": "uri", "value": A2},
                    "n": {"type": "literal", "value": str(RECORDS.A2.words), "datatype": XSD_INTEGER},
                },
                {
                    "e": {"type": "uri", "value": A1},
                    "n": {"type": "literal", "value": str(RECORDS.A1.words), "datatype": XSD_INTEGER},
                },
            ]
        },
    }


def test_ask_formats(dataset):
    result = run_query(dataset, "ASK { ?s kg:visited ?o }")
    assert format_result(result, "table") == "false\n"
    assert format_result(result, "csv") == "boolean\nfalse\n"
    assert json.loads(format_result(result, "json")) == {"head": {}, "boolean": False}


def test_construct_formats(dataset):
    result = run_query(dataset, "CONSTRUCT { ?s kg:targets ?o } WHERE { ?s kg:targets ?o }")
    turtle = format_result(result, "table")
    assert "@prefix kg: <https://kg.example.org/ontology#> ." in turtle
    assert set(Graph().parse(data=turtle, format="turtle")) == set(result.graph)
    assert json.loads(format_result(result, "json")) == [
        {
            "@id": "https://kg.example.org/id/country/united-states",
            "https://kg.example.org/ontology#targets": [{"@id": "https://kg.example.org/id/organization/huawei"}],
        }
    ]
    assert format_result(result, "csv") == (
        "subject,predicate,object\n"
        "https://kg.example.org/id/country/united-states,https://kg.example.org/ontology#targets,"
        "https://kg.example.org/id/organization/huawei\n"
    )


def test_unknown_format(dataset):
    result = run_query(dataset, "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match=r"^unknown output format 'yaml'; choose table, csv, json, xml$"):
        format_result(result, "yaml")


def test_compact():
    assert compact(URIRef("https://kg.example.org/id/person/xi-jinping")) == "person:xi-jinping"
    assert compact(URIRef("https://kg.example.org/ontology#said")) == "kg:said"
    assert compact(URIRef("http://example.org/x")) == "<http://example.org/x>"
    assert compact(Literal("0.5")) == "0.5"
    assert compact(None) == ""


def test_statements_of_gives_every_modality_with_its_source():
    """The saved query for what an entity is said to have done: asserted, reported and the
    statements that are not plain triples alike."""
    from kg.model import Article, ArticleGraph, Entity, Fact, Span
    from kg.rdf import dataset_quads
    from kg.terms import rdflib_dataset as to_rdflib

    article = Article(id="a", title="Blake trial", text="x", source_path="a.txt", date="2005-01-04")
    blake, gun, police = (
        Entity(key="Person/robert-blake", cls="Person", label="Robert Blake"),
        Entity(key="Concept/a--gun", cls="Concept", label="gun", scope="a"),
        Entity(key="Organization/police", cls="Organization", label="police"),
    )
    sentence = Span(0, 40, "Police said Blake may have fired a gun.")

    def fact(modality, source=None):
        return Fact(
            subject=blake.key,
            predicate="",
            predicate_label="fire",
            obj=gun.key,
            literal=None,
            article="a",
            sentence=sentence,
            confidence=0.7,
            extractor="clause",
            modality=modality,
            source=source,
        )

    graph = ArticleGraph(article, (blake, gun, police), (fact("possible", police.key), fact("negated")))
    rows = run_saved(to_rdflib(dataset_quads([graph])), "statements-of", ENTITY="Robert Blake")
    assert sorted((str(r.predicate), str(r.object), str(r.modality), str(r.source), str(r.headline)) for r in rows) == [
        ("fire", "gun", "negated", "", "Blake trial"),
        ("fire", "gun", "possible", "police", "Blake trial"),
    ]


@pytest.mark.parametrize(
    "sparql, federated",
    [
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }", True),
        ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
        ("SELECT * WHERE {SERVICE?x{?s ?p ?o}}", True),
        ('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" }', False),
        ("SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE <http://x/>", False),
        ("SELECT ?service WHERE { ?service rdfs:label ?o }", False),
    ],
)
def test_federated_queries_are_refused_unless_allowed(dataset, sparql, federated):
    if federated:
        with pytest.raises(QueryError, match="SERVICE is refused"):
            run_query(dataset, sparql)
    else:
        run_query(dataset, sparql)


def test_service_never_reaches_a_server_unless_allowed(tmp_path):
    """A real HTTP server on loopback: kg query sends it nothing, unless --allow-service."""
    import subprocess
    import sys
    import threading
    from http.server import BaseHTTPRequestHandler, HTTPServer

    seen: list[str] = []

    class Endpoint(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self._answer()

        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self._answer()

        def _answer(self):
            seen.append(self.path)
            body = b'{"head": {"vars": ["s"]}, "results": {"bindings": []}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        query = f"SELECT ?s WHERE {{ SERVICE <http://127.0.0.1:{server.server_port}/sparql> {{ ?s ?p ?o }} }}"
        sample = Path(__file__).parent / "data" / "sample.trig"

        def kg(*extra):
            return subprocess.run(
                [sys.executable, "-m", "kg", "query", str(sample), query, *extra],
                capture_output=True,
                text=True,
                timeout=120,
            )

        refused = kg()
        assert refused.returncode == 1 and "SERVICE is refused" in refused.stderr and seen == []
        allowed = kg("--allow-service")
        assert allowed.returncode == 0, allowed.stderr
        assert len(seen) == 1
    finally:
        server.shutdown()


def test_tables_show_control_characters_escaped_and_csv_keeps_them():
    from rdflib import Dataset, Literal, URIRef

    hostile = "Huawei\x1b[31m red\x1b]0;owned\x07"
    data = Dataset(default_union=True)
    data.graph(URIRef("https://kg.example.org/graph/a")).add(
        (
            URIRef("https://kg.example.org/id/organization/huawei"),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            Literal(hostile),
        )
    )
    result = run_query(data, "SELECT ?label WHERE { ?s rdfs:label ?label }")
    table = format_result(result, "table", width=100)
    assert "\x1b" not in table and "\x07" not in table and "Huawei\\x1b[31m red\\x1b]0;owned\\x07" in table
    assert hostile in format_result(result, "csv")


def test_an_iri_parameter_that_is_no_iri_is_one_clear_error(dataset):
    with pytest.raises(QueryError, match=r"'https://x y' is not a valid IRI \(parameter ENTITY of relations-of\)"):
        run_saved(dataset, "relations-of", ENTITY="https://x y")


@pytest.mark.parametrize("fmt", ["json", "xml", "csv"])
def test_w3c_formats_read_back_as_the_same_rows(dataset, fmt):
    """CSV, JSON and XML are the W3C SPARQL results formats: rdflib's parsers read them back
    (CSV keeps only lexical forms, as the W3C format does)."""
    import io

    from rdflib.query import Result

    result = run_query(dataset, "SELECT ?e ?n ?missing WHERE { ?e kg:wordCount ?n } ORDER BY ?n")
    parsed = Result.parse(io.StringIO(format_result(result, fmt)), format=fmt)
    assert [str(v) for v in parsed.vars] == ["e", "n", "missing"]
    rows = [[None if term is None else (term if fmt != "csv" else str(term)) for term in row] for row in parsed]
    expected = [[term if fmt != "csv" or term is None else str(term) for term in row] for row in result]
    assert rows == expected
