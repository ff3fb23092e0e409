"""The store's index of entity names: what a build folds short names into, without a query.

    names    JSON: {graph IRI: [the checksum line of its cache file, [[key, class, label], ...]]}

A build folds a lone "Xi" into the one full name known so far, so before parsing
anything it needs every entity of the store (:meth:`kg.store.GraphStore.entities`). As a
SPARQL query over every article graph that costs about a second at 300 articles, on every
build, even one that adds a single article. The rows change only with the graphs, so a
writer keeps them here, per graph, and updates them with every graph it writes.

The index checks itself: each graph's rows are stored with the checksum line of that
graph's cache file (:mod:`kg.store.cache`), and a writable open, once the cache is
repaired, recomputes the rows of every graph whose cache file has another checksum (a
build killed before it saved the index, a kg that keeps none, a file lost or garbled).
Losing the file, or failing to write it, only costs that recomputation.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..fileio import replace_file
from ..vocab import CLASS_NAMES, ID, KG

__all__ = ["NAMES", "NameIndex", "Row", "entity_rows"]

NAMES = "names"

#: (entity key, class name, label): one way one article graph names one entity
Row = tuple[str, str, str]

_ID = str(ID)
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_CLASSES = {str(getattr(KG, name)): name for name in CLASS_NAMES}


def entity_rows(triples: Iterable[ox.Triple]) -> list[Row]:
    """The rows of one article graph: each entity (an IRI under ``id:``) with each of its
    kg classes and labels, the rows ``?entity a ?class ; rdfs:label ?label`` matches."""
    classes: dict[str, set[str]] = {}
    labels: dict[str, set[str]] = {}
    for triple in triples:
        subject = triple.subject
        if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(_ID):
            continue
        if triple.predicate == _TYPE and isinstance(triple.object, ox.NamedNode) and triple.object.value in _CLASSES:
            classes.setdefault(subject.value, set()).add(_CLASSES[triple.object.value])
        elif triple.predicate == _LABEL and isinstance(triple.object, ox.Literal):
            labels.setdefault(subject.value, set()).add(triple.object.value)
    return sorted(
        (entity[len(_ID) :], cls, label)
        for entity, entity_classes in classes.items()
        for cls in entity_classes
        for label in labels.get(entity, ())
    )


class NameIndex:
    """The ``names`` file of the store in folder ``path``, held in memory by a writer."""

    def __init__(self, path: Path) -> None:
        self.file = path / NAMES
        self._graphs: dict[str, tuple[str, list[Row]]] = {}
        self._changed = False

    def load(self) -> None:
        """Read the file; one that is missing or unreadable is an empty index (rebuilt)."""
        try:
            data = json.loads(self.file.read_bytes())
            self._graphs = {
                graph: (checksum, [(key, cls, label) for key, cls, label in rows])
                for graph, (checksum, rows) in data.items()
            }
        except (OSError, ValueError, TypeError, AttributeError):
            self._graphs, self._changed = {}, True

    def stale(self, checksums: dict[str, str | None]) -> list[str]:
        """The graphs of ``checksums`` (graph -> checksum line of its cache file) whose rows
        must be recomputed; graphs no longer in the store leave the index."""
        for graph in set(self._graphs) - set(checksums):
            self.drop(graph)
        return sorted(
            graph
            for graph, checksum in checksums.items()
            if checksum is None or self._graphs.get(graph, ("",))[0] != checksum
        )

    def set(self, graph: str, checksum: str | None, rows: list[Row]) -> None:
        """The rows of ``graph``, as written with cache file checksum ``checksum`` (None: no
        file, so the next open recomputes them)."""
        self._graphs[graph] = (checksum or "", rows)
        self._changed = True

    def drop(self, graph: str) -> None:
        if self._graphs.pop(graph, None) is not None:
            self._changed = True

    def rows(self, classes: Iterable[str], exclude: Iterable[str] = ()) -> list[Row]:
        """What :meth:`kg.store.GraphStore.entities` returns: ``(key, class, label)`` of
        each entity of ``classes`` named in a graph not in ``exclude``, with the label most
        of those graphs give it (ties: the smallest), sorted."""
        wanted, excluded = set(classes), set(exclude)
        graphs_of: dict[Row, int] = {}
        for graph, (_, rows) in self._graphs.items():
            if graph not in excluded:
                for row in set(rows):
                    if row[1] in wanted:
                        graphs_of[row] = graphs_of.get(row, 0) + 1
        best: dict[tuple[str, str], tuple[int, str]] = {}
        for (key, cls, label), count in graphs_of.items():
            candidate = (-count, label)
            best[(key, cls)] = min(best.get((key, cls), candidate), candidate)
        return sorted((key, cls, label) for (key, cls), (_, label) in best.items())

    def save(self) -> None:
        """Write the file if it changed, renamed into place. A failure (a full disk) leaves
        the old file, whose stale rows the next writable open finds by their checksums."""
        if not self._changed:
            return
        data = {graph: [checksum, rows] for graph, (checksum, rows) in sorted(self._graphs.items())}
        try:
            replace_file(self.file, json.dumps(data, ensure_ascii=False, separators=(",", ":")), durable=False)
            self._changed = False
        except OSError:
            pass
