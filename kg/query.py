"""SPARQL over a kg graph: ad-hoc queries, saved queries and result formatting.

    Dataset or GraphStore + SPARQL text (+ bindings) -> run_query -> QueryResult -> format_result -> str

A query runs on an rdflib ``Dataset`` (a graph file) or, much faster on large
graphs, on a :class:`kg.store.GraphStore` through Oxigraph; either way the result
is a :class:`QueryResult`, an rdflib :class:`~rdflib.query.Result` that also shows
itself as an HTML table in Jupyter and converts to pandas, so formatting and
callers do not care which.

A query's default graph is the union of the per-article named graphs as a set: a
triple stated in three articles matches once, exactly as in ``graph.ttl`` (a
:class:`~kg.store.GraphStore`, on disk or a graph file loaded into memory, keeps
that union as its default graph); ``GRAPH ?g { }`` reaches each article's own
graph. The ontology is named graph ``graph:ontology``, in every store and added
to an rdflib dataset by :func:`kg.load.attach_ontology` the first time it is
queried: ``GRAPH graph:ontology { ?p rdfs:label ?label }`` finds "called for"
for ``kg:calledFor`` and ``GRAPH graph:ontology { ?p rdfs:subPropertyOf* kg:said
}`` works, though graph files never contain the ontology. (On an rdflib Dataset
the default graph is rdflib's union of all its graphs, so it holds the ontology
too; in a store it does not. Open predicates, ``rel:*``, are declared with their
labels inside the data, so they are in the default graph.)

The project's prefixes (:data:`kg.vocab.PREFIXES`) are pre-bound, so queries may
use ``kg:``, ``rel:``, ``id:``, ``schema:`` ... without declaring them.

Values only ever reach a query through ``initBindings``; no query text is built
from user input. Saved queries are the ``.rq`` files in ``kg/ontology/queries``: the
leading comment block describes the query, and ``# param: NAME - description``
lines declare parameters. Parameter ``NAME`` binds variable ``?name`` (lower
case). A parameter called ``ENTITY`` (or ending in ``ENTITY``) names an entity
by label or alias, case-insensitively, or by IRI; any other parameter is bound as
a plain string literal.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError, one_line, printable
from kg.load import attach_ontology
from kg.rdf import rdflib_term
from kg.store import GraphStore
from kg.vocab import PREFIXES, QUERIES_DIR, bind_prefixes

__all__ = ["FORMATS", "Param", "QueryResult", "SavedQuery", "compact", "format_result", "html_table", "resolve_entities",
           "run_query", "run_saved", "saved_queries"]



class QueryResult(Result):
    """An rdflib :class:`~rdflib.query.Result` (iterate it, ``format_result`` it) that a
    notebook shows as an HTML table and that converts to a pandas DataFrame."""

    @classmethod
    def of(cls, result: Result) -> QueryResult:
        """``result`` as a QueryResult (its rows read once, so it can be shown and iterated)."""
        if isinstance(result, QueryResult):
            return result
        converted = cls(result.type)
        if result.type == "SELECT":
            converted.vars = list(result.vars or [])
            converted.bindings = list(result.bindings)
        elif result.type == "ASK":
            converted.askAnswer = bool(result.askAnswer)
        else:
            converted.graph = result.graph
        return converted

    def _repr_html_(self) -> str:
        """Jupyter's rich display: see :func:`html_table`."""
        return html_table(self)

    def to_pandas(self):
        """The rows as a ``pandas.DataFrame``: one column per variable (SELECT), subject,
        predicate and object (CONSTRUCT, DESCRIBE) or ``boolean`` (ASK). IRIs are full
        strings, literals their Python values (numbers, decimals as floats, dates), unbound
        cells ``None``. pandas is optional, imported here: without it this raises
        :class:`ImportError` saying how to install it."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError("QueryResult.to_pandas() needs pandas, which kg does not install: "
                              "pip install pandas") from error
        if self.type == "ASK":
            return pandas.DataFrame({"boolean": [bool(self.askAnswer)]})
        names, rows = _rows(self) if self.type == "SELECT" else _triple_rows(self.graph)
        return pandas.DataFrame([[_python(term) for term in row] for row in rows], columns=names)


FORMATS = ("table", "csv", "json")

_PARAM_LINE = re.compile(r"^param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:-\s*(?P<text>.*))?$")

# Entities (things some article mentions) whose label or alias equals ?name, ignoring case.
# (?name is selected because Oxigraph binds only variables a query returns.)
_ENTITY_BY_NAME_TEXT = """
    SELECT DISTINCT ?entity ?name WHERE {
        { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
        ?entity kg:mentionedIn ?article .
        FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
    }
    ORDER BY ?entity
    """
_ENTITY_BY_NAME = prepareQuery(_ENTITY_BY_NAME_TEXT, initNs=PREFIXES)


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    description: str

    @property
    def variable(self) -> str:
        return self.name.lower()

    @property
    def is_entity(self) -> bool:
        return self.name.upper().endswith("ENTITY")


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | Traversable


# ------------------------------------------------------------------ running queries



def _prepare(sparql: str) -> Query:
    try:
        return prepareQuery(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing errors, and plain Exception for unknown prefixes
        try:
            prepareUpdate(sparql, initNs=PREFIXES)
        except Exception:
            raise QueryError(f"invalid SPARQL: {one_line(exc)}") from exc
        raise QueryError("SPARQL updates are not supported: kg queries only read the graph") from exc


def _term(value: Any) -> Node:
    return value if isinstance(value, Node) else Literal(value)


def _queryable(dataset: Dataset) -> Dataset:
    if isinstance(dataset, Dataset) and not dataset.default_union:
        dataset.default_union = True
    return attach_ontology(dataset)


Source = Dataset | GraphStore


#: what a SERVICE keyword can hide behind: string literals, IRIs and comments
_NOT_KEYWORDS = re.compile(r'''"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\s]*>|#[^\n]*''')
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)  # not ?service, ex:service


def _refuse_service(sparql: str) -> None:
    """kg runs offline: a federated query (SERVICE) would send the query to another
    server, so it is refused unless the caller allows it."""
    if _SERVICE.search(_NOT_KEYWORDS.sub(" ", sparql)):
        raise QueryError("SERVICE is refused: kg runs offline and would send this query to another server "
                         "(allow it with --allow-service, or allow_service=True)")


def run_query(source: Source, sparql: str, bindings: dict[str, Any] | None = None, *,
              allow_service: bool = False) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over a dataset or a store.

    ``bindings`` maps variable names (with or without ``?``) to rdflib terms or
    Python values (bound as literals). Raises :class:`QueryError` for a malformed
    query, with the parser's message on one line, and for a federated query
    (``SERVICE``) unless ``allow_service``.
    """
    if not allow_service:
        _refuse_service(sparql)
    query = sparql if isinstance(source, GraphStore) else _prepare(sparql)
    return _execute(source, query, bindings or {})


def _execute(source: Source, query: Query | str, bindings: dict[str, Any]) -> QueryResult:
    if isinstance(source, GraphStore):
        return _store_query(source, query, bindings)
    dataset = source
    init = {Variable(name.lstrip("?$")): _term(value) for name, value in bindings.items()}
    try:
        return QueryResult.of(_queryable(dataset).query(query, initBindings=init))
    except Exception as exc:  # evaluation errors (bad function arguments, ...)
        raise QueryError(f"query failed: {one_line(exc)}") from exc


def _store_query(store: GraphStore, sparql: str, bindings: dict[str, Any]) -> QueryResult:
    try:
        return _as_result(store.query(sparql, bindings))
    except QueryError:
        if _is_update(sparql):
            raise QueryError("SPARQL updates are not supported: kg queries only read the graph") from None
        raise


def _is_update(sparql: str) -> bool:
    """Whether ``sparql`` parses as an update (parsed only, never run)."""
    try:
        prepareUpdate(sparql, initNs=PREFIXES)
    except Exception:
        return False
    return True


def _as_result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """An Oxigraph answer as the rdflib Result the rest of kg formats."""
    iris: dict[str, URIRef] = {}
    if isinstance(answer, ox.QueryBoolean):
        result = QueryResult("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QueryTriples):
        result = QueryResult("CONSTRUCT")
        graph = Graph()
        for triple in answer:
            graph.add(tuple(rdflib_term(term, iris) for term in (triple.subject, triple.predicate, triple.object)))
        result.graph = graph
    else:
        names = [variable.value for variable in answer.variables]
        result = QueryResult("SELECT")
        result.vars = [Variable(name) for name in names]
        result.bindings = [{Variable(name): rdflib_term(row[name], iris) for name in names if row[name] is not None}
                           for row in answer]
    return result


# ------------------------------------------------------------------ saved queries


def _parse_saved(path: Path | Traversable) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    description: list[str] = []
    params: list[Param] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        comment = stripped.lstrip("#").strip()
        match = _PARAM_LINE.match(comment)
        if match:
            params.append(Param(match["name"], (match["text"] or "").strip()))
        elif comment:
            description.append(comment)
    return SavedQuery(path.name.removesuffix(".rq"), " ".join(description), tuple(params), text, path)


def saved_queries(directory: Path | Traversable = QUERIES_DIR) -> dict[str, SavedQuery]:
    """The saved queries, by name (file stem), in name order: the package's own, or the
    ``.rq`` files of ``directory``."""
    directory = Path(directory) if isinstance(directory, str) else directory
    found = sorted((entry for entry in directory.iterdir() if entry.name.endswith(".rq")), key=lambda e: e.name)
    return {entry.name[:-3]: _parse_saved(entry) for entry in found}


def resolve_entities(source: Source, name: str) -> list[URIRef]:
    """IRIs of the entities whose label or alias is ``name`` (case-insensitive), sorted."""
    if isinstance(source, GraphStore):
        return [URIRef(row["entity"].value) for row in source.query(_ENTITY_BY_NAME_TEXT, {"name": name})]
    result = _queryable(source).query(_ENTITY_BY_NAME, initBindings={Variable("name"): Literal(name)})
    return [row[0] for row in result]


def _parameter_values(dataset: Source, saved: SavedQuery, param: Param, value: Any) -> list[Node]:
    if not param.is_entity:
        return [_term(value)]
    if isinstance(value, URIRef):
        return [value]
    text = str(value)
    if text.startswith(("http://", "https://")):
        try:
            ox.NamedNode(text)  # the check Oxigraph makes, so both engines refuse alike
        except ValueError as error:
            raise QueryError(f"{text!r} is not a valid IRI (parameter {param.name} of {saved.name}): "
                             f"{one_line(error)}") from error
        return [URIRef(text)]
    found = resolve_entities(dataset, text)
    if not found:
        raise QueryError(f"no entity named {text!r} (parameter {param.name} of {saved.name}); "
                         "try the entities query for the names in the graph")
    return found


def run_saved(dataset: Source, name: str, **params: Any) -> QueryResult:
    """Run the saved query ``name`` with its parameters (keyword names are case-insensitive).

    An entity parameter that several entities answer to runs the query once per
    entity, in IRI order, and concatenates the rows.
    """
    queries = saved_queries()
    saved = queries.get(name)
    if saved is None:
        raise QueryError(f"unknown saved query {name!r}; available: {', '.join(queries) or 'none'}")
    given = {key.upper(): value for key, value in params.items()}
    declared = {param.name.upper(): param for param in saved.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        accepted = ", ".join(declared) or "none"
        raise QueryError(f"saved query {name} has no parameter {', '.join(unknown)} (parameters: {accepted})")
    missing = [param for key, param in declared.items() if key not in given]
    if missing:
        needs = "; ".join(f"{p.name}: {p.description}" for p in missing)
        raise QueryError(f"saved query {name} needs {needs}")

    query = saved.text if isinstance(dataset, GraphStore) else _prepare(saved.text)
    runs: list[dict[str, Node]] = [{}]
    for key, param in declared.items():
        values = _parameter_values(dataset, saved, param, given[key])
        runs = [{**run, param.variable: value} for run in runs for value in values]
    results = [_execute(dataset, query, run) for run in runs]
    return results[0] if len(results) == 1 else _concatenate(results)


def _concatenate(results: list[Result]) -> QueryResult:
    first = results[0]
    if first.type != "SELECT":
        raise QueryError("a saved query that matches several entities must be a SELECT query")
    merged = QueryResult("SELECT")
    merged.vars = first.vars
    merged.bindings = [row for result in results for row in result.bindings]
    return merged


# ------------------------------------------------------------------ formatting

_COMPACT = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))


def compact(term: Node | None) -> str:
    """A short display form: ``id:person/xi-jinping`` for IRIs, the lexical form for literals."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for namespace, prefix in _COMPACT:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _rows(result: Result) -> tuple[list[str], list[list[Node | None]]]:
    names = [str(var) for var in (result.vars or [])]
    rows = [[binding.get(Variable(name)) for name in names] for binding in result.bindings]
    return names, rows


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
    words = [max([len(word) for row in cells for word in row[i].split()] + [len(name)])
             for i, name in enumerate(names)]
    least = [min(n, max(MIN_COLUMN, min(word, LONG_WORD))) for n, word in zip(natural, words)]
    if sum(least) > available:
        text = [any(" " in row[i] for row in cells) for i in range(len(names))]
        least = [min(n, MIN_COLUMN) if is_text else m for n, m, is_text in zip(natural, least, text)]
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
        wrapped = [_wrap(value, column) for value, column in zip(values, widths)]
        height = max((len(parts) for parts in wrapped), default=1)
        return [_GAP.join((parts[i] if i < len(parts) else "").ljust(column) for parts, column in zip(wrapped, widths))
                .rstrip() for i in range(height)]

    body = [lines(row) for row in cells]
    separate = any(len(record) > 1 for record in body)
    out = lines(names) + [_GAP.join("-" * column for column in widths)]
    for index, record in enumerate(body):
        out.extend(([""] if separate and index else []) + record)
    return "\n".join(out) + "\n"


def _csv(names: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype:
        out["datatype"] = str(term.datatype)
    return out


def _dump(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _graph_output(graph: Graph, fmt: str) -> str:
    bind_prefixes(graph)
    if fmt == "table":
        return graph.serialize(format="turtle")
    if fmt == "csv":
        rows = sorted((str(s), str(p), str(o)) for s, p, o in graph)
        return _csv(["subject", "predicate", "object"], [list(row) for row in rows])
    nodes = json.loads(graph.serialize(format="json-ld"))
    for node in nodes:
        for key, values in node.items():
            if isinstance(values, list):
                values.sort(key=lambda value: json.dumps(value, sort_keys=True))
    nodes.sort(key=lambda node: json.dumps(node, sort_keys=True))
    return _dump(nodes)


def format_result(result: QueryResult, fmt: str = "table", width: int | None = None) -> str:
    """Render a result as ``table`` (aligned text), ``csv`` or ``json``.

    SELECT: table with prefixed names fitting ``width`` characters (default: the
    terminal's width, or :data:`DEFAULT_WIDTH` when not a terminal; long cells wrap,
    none is cut), CSV with full IRIs, or SPARQL 1.1 results JSON. ASK: ``true``/``false``, or ``{"head": {}, "boolean": ...}`` in JSON.
    CONSTRUCT and DESCRIBE: Turtle (table), subject/predicate/object rows (csv)
    or JSON-LD (json).
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown output format {fmt!r}; choose {', '.join(FORMATS)}")
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return _graph_output(result.graph, fmt)
    if result.type == "ASK":
        answer = bool(result.askAnswer)
        if fmt == "json":
            return _dump({"head": {}, "boolean": answer})
        if fmt == "csv":
            return _csv(["boolean"], [[str(answer).lower()]])
        return f"{str(answer).lower()}\n"
    names, rows = _rows(result)
    if fmt == "table":
        return _table(names, [[compact(term) for term in row] for row in rows], width)
    if fmt == "csv":
        return _csv(names, [["" if term is None else str(term) for term in row] for row in rows])
    bindings = [
        {name: _json_term(term) for name, term in zip(names, row) if term is not None} for row in rows
    ]
    return _dump({"head": {"vars": names}, "results": {"bindings": bindings}})


# ------------------------------------------------------------------ notebooks

#: rows shown by a notebook's HTML table; the rest are counted below it
HTML_ROWS = 200


def _triple_rows(graph: Graph) -> tuple[list[str], list[list[Node]]]:
    """A CONSTRUCT or DESCRIBE graph as sorted subject, predicate, object rows."""
    return ["subject", "predicate", "object"], [list(triple) for triple in sorted(graph)]


def _python(term: Node | None) -> Any:
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
        return ("<p>ASK: <strong>yes</strong>, the pattern matches.</p>" if result.askAnswer
                else "<p>ASK: <strong>no</strong>, the pattern matches nothing.</p>")
    names, rows = _rows(result) if result.type == "SELECT" else _triple_rows(result.graph)
    head = "".join(f"<th>{html.escape(name)}</th>" for name in names)
    body = "".join("<tr>" + "".join(_html_cell(term) for term in row) + "</tr>\n" for row in rows[:HTML_ROWS])
    what = "triple" if result.type != "SELECT" else "row"
    count = f"{len(rows):,} {what}{'' if len(rows) == 1 else 's'}"
    if len(rows) > HTML_ROWS:
        count = f"the first {HTML_ROWS:,} of {count} (all of them: .to_pandas(), or format_result)"
    return (f'<table class="kg-result">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n'
            f"<p>{html.escape(count)}</p>")
