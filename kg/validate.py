"""Check a graph against the SHACL shapes of ``kg/ontology/shapes.ttl``.

    Dataset or graph file -> validate -> Report(conforms, violations)

The shapes are checked against the union of the named graphs (an entity named in
two articles is one node), with no inference: the shapes name every target class
explicitly, so neither the ontology nor RDFS reasoning is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF, SH

from kg.errors import ValidationError
from kg.load import ONTOLOGY_GRAPH, load_dataset, package_graph
from kg.query.format import compact
from kg.vocab import SHAPES_FILE, bind_prefixes

__all__ = ["Report", "Violation", "shapes_graph", "validate"]


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
    from pyshacl import validate as shacl_validate  # heavy; only when validating

    data = dataset_or_path if isinstance(dataset_or_path, Graph) else load_dataset(dataset_or_path)
    conforms, results, _ = shacl_validate(
        _union(data), shacl_graph=shapes_graph(), inference="none", abort_on_first=False
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
    violations = sorted(set(violations), key=lambda v: (v.focus, v.path, v.message, v.value or ""))
    return Report(conforms=bool(conforms), violations=tuple(violations))
