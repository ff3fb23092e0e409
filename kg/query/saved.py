"""The saved queries: the catalogue of ``kg/ontology/queries/*.rq``, and running one by name.

    saved_queries() -> {name: SavedQuery};  run_saved(source, name, ENTITY="Huawei") -> QueryResult

Saved queries are the ``.rq`` files in ``kg/ontology/queries`` (package data): the
leading comment block describes the query, and ``# param: NAME - description``
lines declare parameters. Parameter ``NAME`` binds variable ``?name`` (lower
case). A parameter called ``ENTITY`` (or ending in ``ENTITY``) names an entity
by label or alias, case-insensitively, or by IRI; any other parameter is bound as
a plain string literal. Values reach the query through bindings only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from ..errors import QueryError, one_line
from ..store import GraphStore
from ..terms import rdflib_value
from ..timex import day_bound
from ..vocab import QUERIES_DIR
from .run import QueryResult, Source, prepare, resolve_entities, run_prepared

__all__ = ["Param", "SavedQuery", "run_saved", "saved_queries"]

_PARAM_LINE = re.compile(r"^param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:-\s*(?P<text>.*))?$")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a saved query declares (``# param: ENTITY - who``)."""

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
    """One ``.rq`` file: its name (the file stem), description, parameters and text."""

    name: str
    description: str
    params: tuple[Param, ...]
    text: str
    path: Path | Traversable


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


#: parameters that bound a span of days, and whether each is its last day: a date, month,
#: year or decade as a user writes it ("2020-08", "August 2020") becomes the ISO day compared
DAY_BOUNDS = {"FROM": False, "TO": True}


def saved_queries(directory: Path | Traversable = QUERIES_DIR) -> dict[str, SavedQuery]:
    """The saved queries, by name (file stem), in name order: the package's own (read once
    per process), or the ``.rq`` files of ``directory``."""
    if directory is QUERIES_DIR:
        return dict(_package_queries())
    return _read_queries(Path(directory) if isinstance(directory, str) else directory)


@cache
def _package_queries() -> dict[str, SavedQuery]:
    return _read_queries(QUERIES_DIR)


def _read_queries(directory: Path | Traversable) -> dict[str, SavedQuery]:
    found = sorted((entry for entry in directory.iterdir() if entry.name.endswith(".rq")), key=lambda e: e.name)
    return {entry.name[:-3]: _parse_saved(entry) for entry in found}


def _parameter_values(dataset: Source, saved: SavedQuery, param: Param, value: Any) -> Sequence[Node]:
    if not param.is_entity:
        return [rdflib_value(value)]
    if isinstance(value, URIRef):
        return [value]
    text = str(value)
    if text.startswith(("http://", "https://")):
        try:
            ox.NamedNode(text)  # the check Oxigraph makes, so both engines refuse alike
        except ValueError as error:
            raise QueryError(
                f"{text!r} is not a valid IRI (parameter {param.name} of {saved.name}): {one_line(error)}"
            ) from error
        return [URIRef(text)]
    found = resolve_entities(dataset, text)
    if not found:
        raise QueryError(
            f"no entity named {text!r} (parameter {param.name} of {saved.name}); "
            "try the entities query for the names in the graph"
        )
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
    for key in DAY_BOUNDS.keys() & given.keys():  # "August 2020" as events-in's FROM means 2020-08-01
        try:
            given[key] = day_bound(str(given[key]), last=DAY_BOUNDS[key])
        except ValueError as error:
            raise QueryError(f"saved query {name}, {key}: {error}") from None

    query = saved.text if isinstance(dataset, GraphStore) else prepare(saved.text)
    runs: list[dict[str, Node]] = [{}]
    for key, param in declared.items():
        values = _parameter_values(dataset, saved, param, given[key])
        runs = [{**run, param.variable: value} for run in runs for value in values]
    results = [run_prepared(dataset, query, run) for run in runs]
    return results[0] if len(results) == 1 else _concatenate(results)


def _concatenate(results: list[QueryResult]) -> QueryResult:
    first = results[0]
    if first.type != "SELECT":
        raise QueryError("a saved query that matches several entities must be a SELECT query")
    merged = QueryResult("SELECT")
    merged.vars = first.vars
    merged.bindings = [row for result in results for row in result.bindings]
    return merged
