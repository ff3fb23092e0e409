"""kg.export: every writer round-trips through rdflib and pyoxigraph, hostile text included,
gives the same bytes for the same graphs, and a failed build leaves the previous files alone."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg import export
from kg.export import CSV_COLUMNS, FORMATS, WRITERS, BuildData, facts_csv, jsonld, nquads, report, trig, turtle
from kg.model import Article, ArticleGraph, Entity, Fact, Skipped, Span
from kg.rdf import article_iri, graph_iri
from kg.terms import rdflib_dataset as to_rdflib

HOSTILE = 'Say "hi" \\ <script>alert(1)</script>\nline two """ and \'\'\' 🦄 > end"'
ODD = [
    "<script>alert(1)</script>",
    '"quoted"',
    "back\\slash\\",
    "new\nline\r\ttab",
    '"""',
    "🦄 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "a > b",
    'trailing quote"',
    "comma, and | pipe",
]


def hostile_graphs() -> list[ArticleGraph]:
    """Two articles; the first has hostile text in every string it carries."""
    text = f"Xi Jinping said {HOSTILE}. He stepped up the campaign."
    first = Span(0, len(text) - 28, text[:-28])
    second = Span(len(text) - 27, len(text), text[-27:])
    article = Article(
        id="a/1 <x>",
        title=HOSTILE,
        text=text,
        source_path=f"in put/{HOSTILE}.txt",
        date="2024-03-04",
        url="https://example.org/news?id=1&x=2",
        publisher=HOSTILE,
    )
    entities = (
        Entity("concept/a-1-x--campaign", "Concept", "campaign", scope="a/1 <x>"),
        Entity("person/xi-jinping", "Person", "Xi Jinping", aliases=tuple(ODD), titles=("President",)),
        Entity("product/unicorn", "Product", HOSTILE),
    )
    facts = (
        Fact("person/xi-jinping", "said", "say", None, HOSTILE, article.id, first, 0.8, "speech"),
        Fact(
            "person/xi-jinping",
            "",
            f"step up {HOSTILE}",
            "concept/a-1-x--campaign",
            None,
            article.id,
            second,
            0.595,
            "clause",
        ),
        Fact("person/xi-jinping", "", "praise", "product/unicorn", None, article.id, first, 0.7, "clause"),
    ) + tuple(Fact("product/unicorn", "isA", "is a", None, odd, article.id, first, 0.75, "apposition") for odd in ODD)
    plain = Article(id="a2", title="Xi visits China", text="Xi Jinping visited China.", source_path="a2.txt")
    sentence = Span(0, 25, "Xi Jinping visited China.")
    return [
        ArticleGraph(article, entities, facts),
        ArticleGraph(
            plain,
            (Entity("country/china", "Country", "China"), Entity("person/xi-jinping", "Person", "Xi Jinping")),
            (Fact("person/xi-jinping", "visited", "visit", "country/china", None, "a2", sentence, 0.7, "clause"),),
        ),
    ]


def hostile_data() -> BuildData:
    return BuildData.of(hostile_graphs(), [Skipped("bad|file\n.pdf", "no reader for .pdf files")])


@pytest.fixture(scope="module")
def data() -> BuildData:
    return hostile_data()


def assert_same_dataset(parsed: Dataset, quads) -> None:
    expected = to_rdflib(quads)
    names = {g.identifier for g in expected.graphs() if len(g)}
    assert {g.identifier for g in parsed.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(parsed.graph(name), expected.graph(name)), name


@pytest.mark.parametrize(
    "writer, rdflib_format, ox_format",
    [
        (trig, "trig", ox.RdfFormat.TRIG),
        (nquads, "nquads", ox.RdfFormat.N_QUADS),
        (jsonld, "json-ld", ox.RdfFormat.JSON_LD),
    ],
)
def test_quad_formats_round_trip(data, writer, rdflib_format, ox_format):
    payload = writer(data)
    assert set(ox.parse(payload, format=ox_format)) == set(data.quads)
    parsed = Dataset()
    parsed.parse(data=payload.decode("utf-8"), format=rdflib_format)
    assert_same_dataset(parsed, data.quads)


def test_turtle_round_trips_the_union_of_the_graphs(data):
    payload = turtle(data)
    triples = {q.triple for q in data.quads}
    assert {q.triple for q in ox.parse(payload, format=ox.RdfFormat.TURTLE)} == triples
    expected = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    assert isomorphic(Graph().parse(data=payload.decode("utf-8"), format="turtle"), expected)
    assert payload.startswith(b"@prefix ")


@pytest.mark.parametrize("writer, fmt", [(trig, "trig"), (nquads, "nquads"), (jsonld, "json-ld")])
def test_hostile_strings_come_back_identical(data, writer, fmt):
    parsed = Dataset()
    parsed.parse(data=writer(data).decode("utf-8"), format=fmt)
    graph = parsed.graph(URIRef(graph_iri("a/1 <x>").value))
    article = URIRef(article_iri("a/1 <x>").value)
    assert str(graph.value(article, URIRef("https://schema.org/headline"))) == HOSTILE
    assert str(graph.value(article, URIRef("https://kg.example.org/ontology#sourceFile"))) == f"in put/{HOSTILE}.txt"
    xi = URIRef("https://kg.example.org/id/person/xi-jinping")
    aliases = {str(o) for o in graph.objects(xi, URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert aliases == set(ODD)
    unicorn = URIRef("https://kg.example.org/id/product/unicorn")
    assert set(graph.objects(unicorn, URIRef("https://kg.example.org/ontology#isA"))) == {Literal(o) for o in ODD}
    sentences = {str(o) for o in graph.objects(None, URIRef("https://kg.example.org/ontology#sentence"))}
    assert f"Xi Jinping said {HOSTILE}." in sentences


def test_open_predicate_of_a_hostile_label_is_a_plain_local_name(data):
    predicates = {
        q.predicate.value for q in data.quads if q.predicate.value.startswith("https://kg.example.org/relation/")
    }
    assert predicates == {
        "https://kg.example.org/relation/praise",
        "https://kg.example.org/relation/stepUpSayHiScriptAlert1ScriptLineTwoAndEnd",
    }


@pytest.mark.parametrize("name", sorted({*WRITERS, *(f"graph.{suffix}" for suffix in FORMATS)}))
def test_same_graphs_same_bytes(name):
    writer = WRITERS.get(name) or FORMATS[name.split(".", 1)[1]]
    assert writer(hostile_data()) == writer(hostile_data())


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_rdf_bytes_do_not_depend_on_article_order(data, suffix):
    reordered = BuildData.of(list(reversed(hostile_graphs())), data.skipped)
    assert FORMATS[suffix](reordered) == FORMATS[suffix](data)


def test_bytes_are_the_same_in_another_process(data):
    script = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from test_export import hostile_data; from kg.export import FORMATS, WRITERS;"
        "d = hostile_data();"
        "print(' '.join(hashlib.sha256(w(d)).hexdigest() for w in [*FORMATS.values(), *WRITERS.values()]))"
    )
    here = " ".join(hashlib.sha256(w(data)).hexdigest() for w in [*FORMATS.values(), *WRITERS.values()])
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parent)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert out == here


def test_facts_csv_columns_and_rows():
    graph = hostile_graphs()[1]
    data = BuildData.of([graph], [])
    assert facts_csv(data).decode("utf-8").splitlines() == [
        ",".join(CSV_COLUMNS),
        "person/xi-jinping,Xi Jinping,Person,visited,visit,country/china,China,,Country,asserted,,,,,,0.700,clause,a2,"
        "Xi visits China,,,0,25,Xi Jinping visited China.",
    ]
    assert CSV_COLUMNS == (
        "subject",
        "subject_label",
        "subject_type",
        "predicate",
        "predicate_label",
        "object",
        "object_label",
        "object_text",
        "object_type",
        "modality",
        "attributed_to",
        "time",
        "time_start",
        "time_end",
        "place",
        "confidence",
        "extractor",
        "article",
        "article_headline",
        "article_date",
        "article_url",
        "sentence_start",
        "sentence_end",
        "sentence",
    )


def test_facts_csv_names_each_article_by_headline_date_and_url(data):
    rows = list(csv.DictReader(io.StringIO(facts_csv(data).decode("utf-8"), newline="")))
    first = [r for r in rows if r["article"] == "a/1 <x>"]
    assert first and all(
        (r["article_headline"], r["article_date"], r["article_url"])
        == (HOSTILE, "2024-03-04", "https://example.org/news?id=1&x=2")
        for r in first
    )


def test_facts_csv_literals_open_predicates_and_hostile_text(data):
    rows = list(csv.DictReader(io.StringIO(facts_csv(data).decode("utf-8"), newline="")))
    assert len(rows) == sum(len(g.facts) for g in data.graphs) == 13
    said = next(r for r in rows if r["predicate"] == "said")
    assert (said["object"], said["object_label"], said["object_type"]) == ("", HOSTILE, "literal")
    assert said["sentence"] == f"Xi Jinping said {HOSTILE}."
    step_up = next(r for r in rows if r["predicate"].startswith("rel:step"))
    assert step_up["predicate"] == "rel:stepUpSayHiScriptAlert1ScriptLineTwoAndEnd"
    assert (step_up["object"], step_up["object_label"], step_up["object_type"]) == (
        "concept/a-1-x--campaign",
        "campaign",
        "Concept",
    )
    assert step_up["confidence"] == "0.595"


def test_report_lists_articles_read_and_skipped_with_reasons(data):
    text = report(data).decode("utf-8")
    lines = text.splitlines()
    words = sum(g.article.words for g in data.graphs)
    assert lines[:7] == [
        "# kg build report",
        "",
        f"- articles read: 2 ({words} words)",
        "- articles skipped: 1",
        "- entities: 5",
        "- facts: 13",
        f"- quads: {len(data.quads)}",
    ]
    assert "| a2 | Xi visits China | 4 | 1 | a2.txt |" in lines
    assert "- bad\\|file .pdf: no reader for .pdf files" in lines
    assert "| Person | 1 |" in lines and "| Organization | 1 |" in lines  # the publisher counts
    assert "| isA | 9 |" in lines
    hostile_row = next(line for line in lines if line.startswith("| a/1 &lt;x&gt; |"))  # markup shown as text
    assert "\n" not in hostile_row and hostile_row.count(" | ") == 4


def test_report_with_nothing_skipped():
    assert report(BuildData.of(hostile_graphs()[1:], [])).decode("utf-8").endswith("## Inputs skipped\n\nnone\n")


def test_write_outputs_writes_every_file(tmp_path, data):
    out = tmp_path / "out" / "nested"
    paths = export.write_outputs(data, out, extra={"view.html": b"<html></html>"})
    assert [p.name for p in paths] == [*WRITERS, "view.html"]
    assert sorted(p.name for p in out.iterdir()) == sorted([*WRITERS, "view.html"])
    for name, writer in WRITERS.items():
        assert (out / name).read_bytes() == writer(data)


def test_failed_writer_leaves_previous_files_intact(tmp_path, data, monkeypatch):
    out = tmp_path / "out"
    export.write_outputs(BuildData.of(hostile_graphs()[1:], []), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    def boom(_data):
        raise RuntimeError("writer failed")

    monkeypatch.setitem(export.WRITERS, "report.md", boom)  # the last writer: all others already rendered
    with pytest.raises(RuntimeError, match="writer failed"):
        export.write_outputs(data, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_report_counts_the_entities_the_graph_has(data):
    """report.md, kg stats and the view count the same entities: the publisher too."""
    from kg.graph import graph_stats, to_networkx
    from kg.terms import rdflib_quads

    count = int(
        next(line for line in report(data).decode("utf-8").splitlines() if line.startswith("- entities: ")).split(": ")[
            1
        ]
    )
    graph = to_networkx(rdflib_quads(data.quads))
    assert any(d["label"] == HOSTILE and d["cls"] == "Organization" for _, d in graph.nodes(data=True))  # publisher
    assert count == graph.number_of_nodes() == graph_stats(graph).nodes == 5


def test_report_shows_hostile_article_text_as_text():
    from kg.model import Article, ArticleGraph

    article = Article(
        id="a|b",
        title="<script>alert(1)</script> \x1b[31mred\x07 | pipe\nnext",
        text="x",
        source_path="evil\x1b]0;title\x07.txt",
    )
    report_text = report(BuildData.of([ArticleGraph(article, (), ())], [])).decode("utf-8")
    row = next(line for line in report_text.splitlines() if line.startswith("| a\\|b"))
    assert "<script>" not in report_text and "&lt;script&gt;alert(1)&lt;/script&gt;" in row
    assert "\x1b" not in report_text and "\x07" not in report_text and "\\x1b[31mred\\x07" in row
    assert "\\| pipe next" in row and "evil\\x1b]0;title\\x07.txt" in row


def test_facts_csv_says_when_and_where():
    from dataclasses import replace

    from kg.model import TimeValue

    graph = hostile_graphs()[1]
    place = next(e for e in graph.entities if e.cls in {"Place", "Country"})
    fact = replace(
        graph.facts[0], time=TimeValue("Monday", "2024-03-04", "date", "2024-03-04", "2024-03-04"), place=place.key
    )
    timed = BuildData.of([replace(graph, facts=(fact, *graph.facts[1:]))], [])
    row = next(csv.DictReader(io.StringIO(facts_csv(timed).decode("utf-8"), newline="")))
    assert (row["time"], row["time_start"], row["time_end"], row["place"]) == (
        "Monday",
        "2024-03-04",
        "2024-03-04",
        place.label,
    )
