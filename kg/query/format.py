"""Showing query results: kg's aligned table and notebook HTML, and the W3C result formats.

    QueryResult -> format_result(result, "table" | "csv" | "json" | "xml") -> str
    QueryResult -> html_table -> HTML for a notebook

SELECT results in CSV, JSON and XML are the W3C SPARQL 1.1 result formats as rdflib's
``Result.serialize`` writes them (CSV lines end in CRLF, as the W3C format says); the
table, made for a terminal, is kg's own. ASK in CSV (which the W3C format does not cover)
is a ``boolean`` column. CONSTRUCT and DESCRIBE give Turtle (table), subject, predicate,
object rows (csv), JSON-LD (json) or RDF/XML (xml), written by rdflib.
"""

from __future__ import annotations

import csv
import html
import io
import json
import shutil
import textwrap
from decimal import Decimal
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

from ..errors import QueryError, printable
from ..formats import RESULT_FORMATS
from ..vocab import PREFIXES, bind_prefixes

__all__ = ["DEFAULT_WIDTH", "HTML_ROWS", "compact", "format_result", "html_table", "python_value", "result_rows"]

_COMPACT = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def compact(term: Node | None) -> str:
    """A short display form: ``id:person/xi-jinping`` for IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for namespace, prefix in _COMPACT:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace) :]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def result_rows(result: Result) -> tuple[list[str], list[list[Node | None]]]:
    """Column names and rows of cells (None where unbound): a SELECT's variables and
    bindings, or a CONSTRUCT or DESCRIBE graph's sorted subject, predicate, object triples."""
    if result.type != "SELECT":
        assert result.graph is not None
        return ["subject", "predicate", "object"], [list(triple) for triple in sorted(result.graph)]
    names = [str(var) for var in (result.vars or [])]
    return names, [[binding.get(Variable(name)) for name in names] for binding in result.bindings]


# ------------------------------------------------------------------ the table

#: the width of a table when stdout is not a terminal (and COLUMNS is not set)
DEFAULT_WIDTH = 100
#: a column is made no narrower than its longest word up to :data:`LONG_WORD` (so IRIs
#: and dates stay whole) where the width allows, and never narrower than this (so a
#: table of very many columns can be wider than asked)
MIN_COLUMN = 6
LONG_WORD = 24
_GAP = "  "


def _column_widths(names: list[str], cells: list[list[str]], width: int) -> list[int]:
    """Widths that fit ``width``: every column its natural width if they all fit. Else each
    starts at its least width and the rest is handed out evenly, a column taking no more
    than its natural width, so short columns end whole and long texts share what is left.
    The least width is a column's longest word (up to :data:`LONG_WORD`); when those do not
    fit, columns of text (cells with spaces) start at :data:`MIN_COLUMN` and only columns
    of single words (IRIs, dates, numbers) keep their longest one; when even those do not,
    every column starts at :data:`MIN_COLUMN`."""
    natural = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(names)]
    available = width - len(_GAP) * (len(names) - 1)
    if sum(natural) <= available:
        return natural
    words = [max([len(word) for row in cells for word in row[i].split()] + [len(name)]) for i, name in enumerate(names)]
    least = [min(n, max(MIN_COLUMN, min(word, LONG_WORD))) for n, word in zip(natural, words, strict=True)]
    if sum(least) > available:
        text = [any(" " in row[i] for row in cells) for i in range(len(names))]
        least = [min(n, MIN_COLUMN) if is_text else m for n, m, is_text in zip(natural, least, text, strict=True)]
    if sum(least) > available:  # still too many columns: every one may wrap
        least = [min(n, MIN_COLUMN) for n in natural]
    widths, extra = least, available - sum(least)
    lacking = [i for i, n in enumerate(natural) if widths[i] < n]
    while extra > 0 and lacking:
        share = max(1, extra // len(lacking))
        for i in lacking:
            given = min(share, natural[i] - widths[i], extra)
            widths[i] += given
            extra -= given
        lacking = [i for i in lacking if widths[i] < natural[i]]
    return widths


def _wrap(cell: str, width: int) -> list[str]:
    """The lines of one cell: wrapped at spaces, and a word longer than the column (an IRI)
    split across lines, so no character is ever dropped."""
    return textwrap.wrap(cell, width, break_long_words=True, break_on_hyphens=False) or [""]


def _table(names: list[str], rows: list[list[str]], width: int | None = None) -> str:
    """An aligned text table at most ``width`` characters wide (default: the terminal's, or
    :data:`DEFAULT_WIDTH`); cells too long for their column wrap onto more lines, and rows
    are then separated by a blank line. Nothing is shortened: CSV and JSON hold the same."""
    if width is None:
        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    # control characters from articles (terminal escapes, bells) are shown escaped, never sent
    cells = [[printable(" ".join(cell.split())) for cell in row] for row in rows]
    widths = _column_widths(names, cells, width)

    def lines(values: list[str]) -> list[str]:
        wrapped = [_wrap(value, column) for value, column in zip(values, widths, strict=True)]
        height = max((len(parts) for parts in wrapped), default=1)
        return [
            _GAP.join(
                (parts[i] if i < len(parts) else "").ljust(column)
                for parts, column in zip(wrapped, widths, strict=True)
            ).rstrip()
            for i in range(height)
        ]

    body = [lines(row) for row in cells]
    separate = any(len(record) > 1 for record in body)
    out = lines(names) + [_GAP.join("-" * column for column in widths)]
    for index, record in enumerate(body):
        out.extend(([""] if separate and index else []) + record)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ the formats


def _csv(names: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


def _graph_output(graph: Graph, fmt: str) -> str:
    """A CONSTRUCT or DESCRIBE graph, serialized by rdflib (JSON-LD sorted, so that the
    same graph always gives the same text)."""
    bind_prefixes(graph)
    if fmt == "table":
        return graph.serialize(format="turtle")
    if fmt == "xml":
        return graph.serialize(format="xml")
    if fmt == "csv":
        rows = sorted((str(s), str(p), str(o)) for s, p, o in graph)
        return _csv(["subject", "predicate", "object"], [list(row) for row in rows])
    nodes = json.loads(graph.serialize(format="json-ld"))
    for node in nodes:
        for values in node.values():
            if isinstance(values, list):
                values.sort(key=lambda value: json.dumps(value, sort_keys=True))
    nodes.sort(key=lambda node: json.dumps(node, sort_keys=True))
    return json.dumps(nodes, indent=2, ensure_ascii=False) + "\n"


def format_result(result: Result, fmt: str = "table", width: int | None = None) -> str:
    """Render a result as ``table`` (aligned text), ``csv``, ``json`` or ``xml`` (see the module doc).

    The table shows prefixed names and fits ``width`` characters (default: the terminal's
    width, or :data:`DEFAULT_WIDTH` when not a terminal); long cells wrap, none is cut.
    """
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose {', '.join(RESULT_FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        assert result.graph is not None
        return _graph_output(result.graph, fmt)
    if fmt == "table":
        if result.type == "ASK":
            return f"{str(bool(result.askAnswer)).lower()}\n"
        names, rows = result_rows(result)
        return _table(names, [[compact(term) for term in row] for row in rows], width)
    if fmt == "csv" and result.type == "ASK":
        return _csv(["boolean"], [[str(bool(result.askAnswer)).lower()]])
    text = result.serialize(format=fmt)
    assert text is not None
    return text.decode("utf-8") + ("" if fmt == "csv" else "\n")


# ------------------------------------------------------------------ notebooks

#: rows shown by a notebook's HTML table; the rest are counted below it
HTML_ROWS = 200


def python_value(term: Node | None) -> Any:
    """A cell for pandas: a literal's Python value (number, date, str; a decimal as a
    float), an IRI's string."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):  # xsd:decimal (confidences): a float, which pandas computes with
            return float(value)
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _html_cell(term: Node | None) -> str:
    """One ``<td>``: the compact form of :func:`compact`, escaped; an IRI's full form as its title."""
    text = html.escape(compact(term))
    if isinstance(term, URIRef):
        return f'<td title="{html.escape(str(term), quote=True)}">{text}</td>'
    return f"<td>{text}</td>"


def html_table(result: Result) -> str:
    """A result as HTML for a notebook, every value escaped: SELECT rows and CONSTRUCT or
    DESCRIBE triples as a table (the first :data:`HTML_ROWS` rows, IRIs as prefixed names
    with the full IRI on hover), ASK as a sentence."""
    if result.type == "ASK":
        return (
            "<p>ASK: <strong>yes</strong>, the pattern matches.</p>"
            if result.askAnswer
            else "<p>ASK: <strong>no</strong>, the pattern matches nothing.</p>"
        )
    names, rows = result_rows(result)
    head = "".join(f"<th>{html.escape(name)}</th>" for name in names)
    body = "".join("<tr>" + "".join(_html_cell(term) for term in row) + "</tr>\n" for row in rows[:HTML_ROWS])
    what = "triple" if result.type != "SELECT" else "row"
    count = f"{len(rows):,} {what}{'' if len(rows) == 1 else 's'}"
    if len(rows) > HTML_ROWS:
        count = f"the first {HTML_ROWS:,} of {count} (all of them: .to_pandas(), or format_result)"
    return (
        f'<table class="kg-result">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n'
        f"<p>{html.escape(count)}</p>"
    )
