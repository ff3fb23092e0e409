"""Check a graph against the SHACL shapes of ``kg/ontology/shapes.ttl``.

    Dataset or graph file -> validate -> Report(conforms, violations)
    GraphStore -> validate_store(store, jobs) -> Report      article graph by article graph

The shapes are checked against the union of the named graphs (an entity named in
two articles is one node), with no inference: the shapes name every target class
explicitly, so neither the ontology nor RDFS reasoning is needed.

A store is checked one article graph at a time (in ``jobs`` processes), so the time
grows with the number of articles, not faster: pyshacl over the union of a whole store
holds it all in rdflib and took minutes at millions of quads. Each article graph states
the types and labels of everything it names, so it is checked on its own; what only the
union can break, an entity given more values than a ``sh:maxCount`` allows by different
articles (two labels), is one query per such shape over the store's default graph,
which is that union (:func:`union_violations`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import ValidationError
from kg.load import ONTOLOGY_GRAPH, load_dataset, package_graph
from kg.query.format import compact
from kg.store import GraphStore
from kg.terms import rdflib_term
from kg.vocab import SHAPES_FILE, bind_prefixes

__all__ = ["Report", "Violation", "shapes_graph", "union_violations", "validate", "validate_store"]


@dataclass(frozen=True, slots=True)
class Violation:
    focus: str  # compact IRI of the node that fails
    path: str  # compact IRI of the property, "" for node-level results
    message: str
    value: str | None = None  # the offending value, when there is one

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value is not None else ""
        return f"{where}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    @property
    def lines(self) -> list[str]:
        return [str(violation) for violation in self.violations]

    def raise_if_invalid(self) -> None:
        """Raise :class:`ValidationError` naming the first violation and how many there are."""
        if not self.conforms:
            more = len(self.violations) - 1
            extra = f" (and {more} more)" if more > 0 else ""
            first = self.lines[0] if self.lines else "no details"
            raise ValidationError(f"graph does not conform to {SHAPES_FILE.name}: {first}{extra}")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes, parsed once. Treat them as read-only."""
    return package_graph(SHAPES_FILE)


def _union(data: Graph) -> Graph:
    union = Graph()
    bind_prefixes(union)
    if hasattr(data, "quads"):
        triples = (
            (s, p, o)
            for s, p, o, g in data.quads((None, None, None, None))
            if getattr(g, "identifier", g) != ONTOLOGY_GRAPH
        )
    else:
        triples = iter(data)
    union.addN((s, p, o, union) for s, p, o in triples)
    return union


def validate(dataset_or_path: Graph | str | Path) -> Report:
    """Validate a dataset (or the graph file at a path) against the shapes."""
    data = dataset_or_path if isinstance(dataset_or_path, Graph) else load_dataset(dataset_or_path)
    return _report(*_checked(_union(data)))


def _checked(graph: Graph) -> tuple[bool, list[Violation]]:
    """Whether ``graph`` conforms, and its violations, by pyshacl (which may change ``graph``)."""
    from pyshacl import validate as shacl_validate  # heavy; only when validating

    conforms, results, _ = shacl_validate(
        graph, shacl_graph=shapes_graph(), inference="none", abort_on_first=False, inplace=True
    )
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(message) for message in results.objects(result, SH.resultMessage))
        violations.append(
            Violation(
                focus=compact(focus),
                path=compact(path) if path is not None else "",
                message="; ".join(messages) or compact(results.value(result, SH.sourceConstraintComponent)),
                value=None if value is None else compact(value),
            )
        )
    return bool(conforms), violations


def _report(conforms: bool, violations: Iterable[Violation]) -> Report:
    ordered = sorted(set(violations), key=lambda v: (v.focus, v.path, v.message, v.value or ""))
    return Report(conforms=conforms and not ordered, violations=tuple(ordered))


def validate_store(store: GraphStore, jobs: int = 1) -> Report:
    """Validate every article graph of ``store`` on its own, in ``jobs`` processes, and
    what only their union can break (:func:`union_violations`); the violations of all,
    each once."""
    conforms, violations = True, union_violations(store)
    for graph_conforms, found in _each_graph(store.graph_texts(), jobs):
        conforms &= graph_conforms
        violations += found
    return _report(conforms, violations)


def graph_violations(nquads: bytes) -> tuple[bool, list[Violation]]:
    """Whether one article graph (its N-Quads) conforms, and its violations."""
    graph = Graph()
    bind_prefixes(graph)
    for quad in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        graph.add((rdflib_term(quad.subject), rdflib_term(quad.predicate), rdflib_term(quad.object)))
    return _checked(graph)


def _each_graph(texts: Iterator[bytes], jobs: int) -> Iterator[tuple[bool, list[Violation]]]:
    """:func:`graph_violations` of each text, here or in ``jobs`` processes, with at most
    a few graphs per process in flight (memory stays that of a few articles)."""
    if jobs <= 1:
        yield from map(graph_violations, texts)
        return
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(jobs) as pool:
        running: set[Future[tuple[bool, list[Violation]]]] = set()
        for text in texts:
            if len(running) >= 4 * jobs:
                done, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (future.result() for future in done)
            running.add(pool.submit(graph_violations, text))
        yield from (future.result() for future in running)


#: the nodes of class ?class with more than one value of ?path in the union (the default
#: graph), ?class and ?path bound; their counts are compared with the sh:maxCount after
_TOO_MANY = """
SELECT ?class ?path ?focus (COUNT(DISTINCT ?value) AS ?values)
WHERE { ?focus a ?class ; ?path ?value }
GROUP BY ?class ?path ?focus
HAVING (COUNT(DISTINCT ?value) > 1)
"""


def _max_counts() -> Iterator[tuple[list[URIRef], URIRef, int, str]]:
    """(target classes, path, sh:maxCount, message) of each property shape that has one."""
    shapes = shapes_graph()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        classes = sorted(c for c in shapes.objects(shape, SH.targetClass) if isinstance(c, URIRef))
        for prop in shapes.objects(shape, SH.property):
            path, most = shapes.value(prop, SH.path), shapes.value(prop, SH.maxCount)
            # a sh:maxCount 0 is broken by any value, which some article's own graph holds
            if classes and isinstance(path, URIRef) and most is not None and int(most) > 0:
                message = shapes.value(prop, SH.message)
                yield classes, path, int(most), str(message) if message is not None else f"more than {most} values"


def union_violations(store: GraphStore) -> list[Violation]:
    """The ``sh:maxCount`` violations of the union of the article graphs: a node with more
    values of a path than the shape allows, given by different articles (each article's
    own graph may be fine). Worded as pyshacl words them (the shape's message)."""
    violations = []
    for classes, path, most, message in _max_counts():
        for cls in classes:
            for row in store.query(_TOO_MANY, {"class": cls, "path": path}):
                assert isinstance(row, ox.QuerySolution)
                if int(row["values"].value) > most:
                    violations.append(
                        Violation(focus=compact(rdflib_term(row["focus"])), path=compact(path), message=message)
                    )
    return violations
