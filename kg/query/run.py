"""Running SPARQL over a kg graph, on either engine, into one kind of result.

    Dataset or GraphStore + SPARQL text (+ bindings) -> run_query -> QueryResult

A query runs on an rdflib ``Dataset`` (a graph file) or, much faster on large
graphs, on a :class:`kg.store.GraphStore` through Oxigraph; either way the result
is a :class:`QueryResult`, an rdflib :class:`~rdflib.query.Result` (the API's type)
that also shows itself as an HTML table in Jupyter and converts to pandas, so
formatting and callers do not care which engine answered.

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
use ``kg:``, ``rel:``, ``id:``, ``schema:`` ... without declaring them. Values only
ever reach a query through bindings; no query text is built from user input.
"""

from __future__ import annotations

import re
import weakref
from functools import cache
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result
from rdflib.term import Identifier

from ..errors import QueryError, UpdateRefused, one_line
from ..load import attach_ontology
from ..store import GraphStore
from ..terms import rdflib_term, rdflib_value
from ..vocab import PREFIXES
from .format import html_table, python_value, result_rows

__all__ = ["QueryResult", "Source", "prepare", "resolve_entities", "run_prepared", "run_query"]

Source = Dataset | GraphStore


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
        """Jupyter's rich display: see :func:`kg.query.format.html_table`."""
        return html_table(self)

    def to_pandas(self) -> Any:
        """The rows as a ``pandas.DataFrame``: one column per variable (SELECT), subject,
        predicate and object (CONSTRUCT, DESCRIBE) or ``boolean`` (ASK). IRIs are full
        strings, literals their Python values (numbers, decimals as floats, dates), unbound
        cells ``None``. pandas is optional, imported here: without it this raises
        :class:`ImportError` saying how to install it."""
        try:
            import pandas
        except ImportError as error:
            raise ImportError(
                "QueryResult.to_pandas() needs pandas, which kg does not install: pip install pandas"
            ) from error
        if self.type == "ASK":
            return pandas.DataFrame({"boolean": [bool(self.askAnswer)]})
        names, rows = result_rows(self)
        return pandas.DataFrame([[python_value(term) for term in row] for row in rows], columns=names)


# Entities (things some article mentions) whose label or alias equals ?name, ignoring case.
# (?name is selected because Oxigraph binds only variables a query returns.)
_ENTITY_BY_NAME = """
    SELECT DISTINCT ?entity ?name WHERE {
        { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
        ?entity kg:mentionedIn ?article .
        FILTER (LCASE(STR(?label)) = LCASE(STR(?name)))
    }
    ORDER BY ?entity
    """


# Every entity (a thing some article mentions) with each of its labels and aliases.
_ENTITY_NAMES = """
    SELECT DISTINCT ?entity ?label WHERE {
        { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
        ?entity kg:mentionedIn ?article .
    }
    """

#: the entities of each read-only store by lower-case name (see :func:`_names_of`)
_NAMES: weakref.WeakKeyDictionary[GraphStore, dict[str, tuple[URIRef, ...]]] = weakref.WeakKeyDictionary()


def _names_of(store: GraphStore) -> dict[str, tuple[URIRef, ...]]:
    """The entities of a read-only store by lower-case label or alias, each tuple sorted.

    A read-only store is a snapshot (it sees what was committed when it was opened), so
    its names are read once: one scan, instead of a filtered scan of every label per
    name asked (0.5 s on the 295-article store, which a server asks again and again).
    ``str.lower`` is Unicode's lower-casing, as SPARQL's ``LCASE`` in :data:`_ENTITY_BY_NAME`."""
    names = _NAMES.get(store)
    if names is None:
        answer = store.query(_ENTITY_NAMES)
        assert isinstance(answer, ox.QuerySolutions)
        found: dict[str, set[str]] = {}
        for row in answer:
            found.setdefault(row["label"].value.lower(), set()).add(row["entity"].value)
        names = {key: tuple(URIRef(iri) for iri in sorted(iris)) for key, iris in found.items()}
        _NAMES[store] = names
    return names


def prepare(sparql: str) -> Query:
    """``sparql`` parsed for rdflib, with kg's prefixes; :class:`QueryError` when it does not parse."""
    try:
        return prepareQuery(sparql, initNs=PREFIXES)
    except Exception as exc:  # pyparsing errors, and plain Exception for unknown prefixes
        if _is_update(sparql):
            raise UpdateRefused("SPARQL updates are not supported: kg queries only read the graph") from exc
        raise QueryError(f"invalid SPARQL: {one_line(exc)}") from exc


@cache
def _prepared(sparql: str) -> Query:
    """kg's own queries, parsed once (on first use, not at import)."""
    return prepare(sparql)


def _is_update(sparql: str) -> bool:
    """Whether ``sparql`` parses as an update (parsed only, never run)."""
    try:
        prepareUpdate(sparql, initNs=PREFIXES)
    except Exception:  # rdflib's parser raises pyparsing errors and plain Exception alike
        return False
    return True


def _queryable(dataset: Dataset) -> Dataset:
    if isinstance(dataset, Dataset) and not dataset.default_union:
        dataset.default_union = True
    return attach_ontology(dataset)


#: what a SERVICE keyword can hide behind: string literals, IRIs and comments
_NOT_KEYWORDS = re.compile(
    r'''"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\s]*>|#[^\n]*'''
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)  # not ?service, ex:service


def _refuse_service(sparql: str) -> None:
    """kg runs offline: a federated query (SERVICE) would send the query to another
    server, so it is refused unless the caller allows it."""
    if _SERVICE.search(_NOT_KEYWORDS.sub(" ", sparql)):
        raise QueryError(
            "SERVICE is refused: kg runs offline and would send this query to another server "
            "(allow it with --allow-service, or allow_service=True)"
        )


def run_query(
    source: Source, sparql: str, bindings: dict[str, Any] | None = None, *, allow_service: bool = False
) -> QueryResult:
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over a dataset or a store.

    ``bindings`` maps variable names (with or without ``?``) to rdflib terms or
    Python values (bound as literals). Raises :class:`QueryError` for a malformed
    query, with the parser's message on one line, and for a federated query
    (``SERVICE``) unless ``allow_service``.
    """
    if not allow_service:
        _refuse_service(sparql)
    query = sparql if isinstance(source, GraphStore) else prepare(sparql)
    return run_prepared(source, query, bindings or {})


def run_prepared(source: Source, query: Query | str, bindings: dict[str, Any]) -> QueryResult:
    """Run ``query`` (text for a store, :func:`prepare`'s for a dataset) with ``bindings``."""
    if isinstance(source, GraphStore):
        assert isinstance(query, str)
        return _store_query(source, query, bindings)
    init: dict[str, Identifier] = {Variable(name.lstrip("?$")): rdflib_value(value) for name, value in bindings.items()}
    try:
        return QueryResult.of(_queryable(source).query(query, initBindings=init))
    except Exception as exc:  # rdflib's evaluation errors have no common type (bad function arguments, ...)
        raise QueryError(f"query failed: {one_line(exc)}") from exc


def _store_query(store: GraphStore, sparql: str, bindings: dict[str, Any]) -> QueryResult:
    try:
        return _as_result(store.query(sparql, bindings))
    except QueryError:
        if _is_update(sparql):
            raise UpdateRefused("SPARQL updates are not supported: kg queries only read the graph") from None
        raise


def _as_result(answer: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> QueryResult:
    """An Oxigraph answer as the rdflib result the API returns (terms through :mod:`kg.terms`)."""
    terms: dict[str, Any] = {}
    if isinstance(answer, ox.QueryBoolean):
        result = QueryResult("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QueryTriples):
        result = QueryResult("CONSTRUCT")
        graph = Graph()
        for triple in answer:
            graph.add(
                (
                    rdflib_term(triple.subject, terms),
                    rdflib_term(triple.predicate, terms),
                    rdflib_term(triple.object, terms),
                )
            )
        result.graph = graph
    else:
        names = [variable.value for variable in answer.variables]
        result = QueryResult("SELECT")
        result.vars = [Variable(name) for name in names]
        result.bindings = [
            {Variable(name): rdflib_term(row[name], terms) for name in names if row[name] is not None} for row in answer
        ]
    return result


def resolve_entities(source: Source, name: str) -> list[URIRef]:
    """IRIs of the entities whose label or alias is ``name`` (case-insensitive), sorted."""
    if isinstance(source, GraphStore) and source.read_only:
        return list(_names_of(source).get(name.lower(), ()))
    if isinstance(source, GraphStore):
        answer = source.query(_ENTITY_BY_NAME, {"name": name})
        assert isinstance(answer, ox.QuerySolutions)
        return [URIRef(row["entity"].value) for row in answer]
    result = _queryable(source).query(_prepared(_ENTITY_BY_NAME), initBindings={Variable("name"): Literal(name)})
    return [URIRef(binding[Variable("entity")]) for binding in result.bindings]
