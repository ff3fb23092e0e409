"""kg.query.format: how query results read: text tables that fit a width without losing a character,
HTML for notebooks (escaped), and pandas DataFrames."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date

import pytest
from rdflib import Literal, URIRef, Variable
from rdflib.query import Result

import kg.query.format
from kg.load import load_dataset, load_file
from kg.query import QueryResult, compact, format_result, html_table, run_query, run_saved

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import LABELS, RECORDS, SAMPLE, SHENZHEN, relations_of
except ImportError:
    from graph_sample import LABELS, RECORDS, SAMPLE, SHENZHEN, relations_of  # type: ignore[no-redef]

#: Huawei's facts, as relations-of lists them
OF_HUAWEI = relations_of(RECORDS.HUAWEI.key)
LONG_IRI = URIRef("http://example.org/a/very/long/path/that/no/prefix/shortens/" + "segment-" * 6 + "end")
SENTENCE = (
    "The symposium came as tensions between China and the US continue to escalate, with the latter "
    "constantly stepping up its crackdowns on Chinese tech companies from telecom giant Huawei to TikTok."
)
SCRIPT = "Shenzhen <script>alert(1)</script>"


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(SAMPLE)


@pytest.fixture(params=["rdflib", "store"])
def source(request, dataset):
    if request.param == "rdflib":
        yield dataset
        return
    with load_file(SAMPLE) as store:
        yield store


def select(names: list[str], *rows: list) -> QueryResult:
    result = QueryResult("SELECT")
    result.vars = [Variable(name) for name in names]
    result.bindings = [
        {Variable(n): term for n, term in zip(names, row, strict=True) if term is not None} for row in rows
    ]
    return result


def columns(table: str) -> list[list[list[str]]]:
    """The pieces of each cell of a wrapped text table, record by record, cut at the
    offsets of the dashed rule under the header."""
    lines = table.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line) <= {"-", " "} and line)
    spans, at = [], 0
    for dashes in lines[rule].split("  "):
        spans.append((at, at + len(dashes)))
        at += len(dashes) + 2
    records: list[list[list[str]]] = [[]]
    for line in lines[rule + 1 :]:
        if not line:
            records.append([])
            continue
        records[-1].append([line[start:end].strip() for start, end in spans])
    return [[[row[i] for row in record if row[i]] for i in range(len(spans))] for record in records]


# ------------------------------------------------------------------ text tables


def test_a_wide_table_fits_the_width_and_keeps_every_character():
    result = select(
        ["iri", "n", "sentence"],
        [LONG_IRI, Literal(7), Literal(SENTENCE)],
        [URIRef("https://kg.example.org/id/person/xi-jinping"), Literal(12), Literal("Short.")],
    )
    table = format_result(result, "table", width=60)
    assert max(len(line) for line in table.splitlines()) <= 60
    first, second = columns(table)
    assert "".join(first[0]) == compact(LONG_IRI) and len(first[0]) > 1  # split across lines, not cut
    assert first[1] == ["7"]
    assert " ".join(first[2]) == SENTENCE and len(first[2]) > 1
    assert second == [["person:xi-jinping"], ["12"], ["Short."]]


def test_columns_of_single_words_stay_whole_while_text_wraps(dataset):
    table = format_result(run_saved(dataset, "relations-of", ENTITY="huawei"), "table", width=100)
    assert max(len(line) for line in table.splitlines()) <= 100
    records = columns(table)
    assert [record[0] for record in records] == [["organization:huawei"]] * len(OF_HUAWEI)
    assert [record[-2] for record in records] == [[f"article:{f.article}"] for f in OF_HUAWEI]


@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_the_table_is_as_wide_as_asked(dataset, width):
    table = format_result(run_saved(dataset, "facts-with-sources"), "table", width=width)
    assert width - 5 <= max(len(line) for line in table.splitlines()) <= width  # its 10 columns use the width


def test_a_table_of_more_columns_than_fit_is_wider_than_asked(dataset):
    """Nine columns of at least kg.query.MIN_COLUMN (6), the url column's 3 (its header; no
    article has a URL) and nine gaps of 2 need 75."""
    table = format_result(run_saved(dataset, "facts-with-sources"), "table", width=40)
    assert max(len(line) for line in table.splitlines()) == 75


def test_the_width_is_the_terminals_or_100(dataset, monkeypatch):
    result = select(["sentence"], [Literal(SENTENCE)])
    monkeypatch.setenv("COLUMNS", "50")
    assert max(len(line) for line in format_result(result, "table").splitlines()) == 50
    monkeypatch.delenv("COLUMNS")

    def no_terminal(*args):
        raise OSError("not a terminal")

    monkeypatch.setattr(os, "get_terminal_size", no_terminal)
    assert max(len(line) for line in format_result(result, "table").splitlines()) == kg.query.DEFAULT_WIDTH == 100


def test_csv_and_json_keep_full_values():
    result = select(["iri", "sentence"], [LONG_IRI, Literal(SENTENCE)])
    assert list(csv.reader(io.StringIO(format_result(result, "csv")))) == [
        ["iri", "sentence"],
        [str(LONG_IRI), SENTENCE],
    ]
    assert SENTENCE in format_result(result, "json") and str(LONG_IRI) in format_result(result, "json")


# ------------------------------------------------------------------ notebooks


def test_results_are_rdflib_results_that_display_as_html(source):
    result = run_saved(source, "relations-of", ENTITY="Shenzhen <script>alert(1)</script>")
    assert isinstance(result, QueryResult) and isinstance(result, Result)
    page = result._repr_html_()
    assert "<script>" not in page
    assert "Shenzhen &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<th>headline</th>" in page and "Huawei &lt;b&gt;unveils&lt;/b&gt; &quot;phone&quot;" in page
    assert f'<td title="{SHENZHEN}">{compact(URIRef(SHENZHEN))}</td>' in page
    assert compact(URIRef(SHENZHEN)) == "place:shenzhen-script-alert-1-script"
    assert page.endswith("<p>1 row</p>")
    assert format_result(result, "csv").count("\n") == 2  # still formats, and iterates
    assert len(list(result)) == 1


def test_html_of_ask_is_a_sentence_and_of_construct_a_table_of_triples(source):
    assert run_query(source, "ASK { ?s kg:calledFor ?o }")._repr_html_() == (
        "<p>ASK: <strong>yes</strong>, the pattern matches.</p>"
    )
    assert "<strong>no</strong>" in run_query(source, "ASK { ?s kg:said kg:nothing }")._repr_html_()
    page = run_query(
        source, "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Organization ; rdfs:label ?l }"
    )._repr_html_()
    assert "<tr><th>subject</th><th>predicate</th><th>object</th></tr>" in page
    assert page.count("<td>Huawei</td>") == 1 and "<td>Global Times</td>" in page
    assert page.endswith("<p>2 triples</p>")


def test_html_shows_the_first_rows_and_counts_the_rest(dataset, monkeypatch):
    monkeypatch.setattr(kg.query.format, "HTML_ROWS", 2)
    page = html_table(run_saved(dataset, "facts-with-sources"))
    assert page.count("<tr><td") == 2
    statements = len(RECORDS.FACTS_A1) + len(RECORDS.FACTS_A2)
    assert f"the first 2 of {statements} rows" in page


def test_to_pandas(source):
    pandas = pytest.importorskip("pandas")  # not a dependency of kg
    frame = run_saved(source, "relations-of", ENTITY="huawei").to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == [
        "entity",
        "subject",
        "predicate",
        "object",
        "confidence",
        "sentence",
        "headline",
        "date",
        "article",
        "url",
    ]
    assert list(frame["object"]) == [LABELS[f.obj] if f.obj else f.literal for f in OF_HUAWEI]
    assert list(frame["object"])[0] == SCRIPT
    assert list(frame["confidence"]) == [f.confidence for f in OF_HUAWEI]
    assert list(frame["date"])[1:] == [date(2020, 8, 24)] * (len(OF_HUAWEI) - 1) and frame["date"][0] is None
    assert frame["article"][0] == "https://kg.example.org/article/a2" and frame["url"].isna().all()
    asked = run_query(source, "ASK { ?s kg:calledFor ?o }").to_pandas()
    assert asked.to_dict("list") == {"boolean": [True]}
    built = run_query(source, "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a kg:Organization ; rdfs:label ?l }")
    assert built.to_pandas().to_dict("list") == {
        "subject": [
            "https://kg.example.org/id/organization/global-times",
            "https://kg.example.org/id/organization/huawei",
        ],
        "predicate": ["http://www.w3.org/2000/01/rdf-schema#label"] * 2,
        "object": ["Global Times", "Huawei"],
    }


def test_to_pandas_without_pandas_says_how_to_install_it(dataset, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"needs pandas.*pip install pandas"):
        run_query(dataset, "SELECT ?e WHERE { ?e a kg:Country }").to_pandas()


def test_importing_kg_does_not_import_pandas():
    code = "import sys, kg, kg.query; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr
