"""The one table of file formats kg reads and writes: names, extensions, parsers.

    "ttl" | ".ttl" -> RDF_FORMATS / by_extension -> RdfFormat(name, extension, oxigraph, rdflib, quads)
    graph file -> read_graph_file -> pyoxigraph quads (the parser the table names for its extension)

Loading a graph file (:mod:`kg.load`), exporting (:mod:`kg.export`), the store's dumps
(:mod:`kg.store`) and query output (:mod:`kg.query`) all name formats from here, so a
format is added in one place. The writers themselves live with their service: this
module only says what each name means.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import GraphError, one_line

__all__ = [
    "NETWORK_FORMATS",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "RdfFormat",
    "by_extension",
    "extensions",
    "read_graph_file",
]


@dataclass(frozen=True, slots=True)
class RdfFormat:
    """One RDF serialization as kg names it (``ttl``), with its file extension and the
    names pyoxigraph and rdflib give it. ``quads``: whether it holds named graphs."""

    name: str
    extension: str
    oxigraph: ox.RdfFormat
    rdflib: str
    quads: bool


#: every RDF format kg reads (by extension) and writes (by name), in the order help texts list them
RDF_FORMATS: dict[str, RdfFormat] = {
    fmt.name: fmt
    for fmt in (
        RdfFormat("ttl", ".ttl", ox.RdfFormat.TURTLE, "turtle", quads=False),
        RdfFormat("trig", ".trig", ox.RdfFormat.TRIG, "trig", quads=True),
        RdfFormat("nq", ".nq", ox.RdfFormat.N_QUADS, "nquads", quads=True),
        RdfFormat("nt", ".nt", ox.RdfFormat.N_TRIPLES, "nt", quads=False),
        RdfFormat("jsonld", ".jsonld", ox.RdfFormat.JSON_LD, "json-ld", quads=True),
    )
}

#: the entity graph (not RDF) for Gephi and Cytoscape, written by :mod:`kg.export`
NETWORK_FORMATS = ("graphml", "gexf")

#: how ``kg query`` prints a result: kg's aligned table, or a W3C SPARQL results format
RESULT_FORMATS = ("table", "csv", "json", "xml")

_BY_EXTENSION = {fmt.extension: fmt for fmt in RDF_FORMATS.values()}


def by_extension(path: str | Path) -> RdfFormat | None:
    """The format of a graph file, from its extension (any case), or None."""
    return _BY_EXTENSION.get(Path(path).suffix.lower())


def extensions() -> str:
    """The extensions kg reads, for messages: ``.ttl, .trig, .nq, .nt, .jsonld``."""
    return ", ".join(_BY_EXTENSION)


def read_graph_file(file: str | Path, triples_into: ox.NamedNode | None = None) -> list[ox.Quad]:
    """The quads of a graph file, its format chosen by extension (:data:`RDF_FORMATS`); a
    triples-only file's go into graph ``triples_into`` (default: the default graph).
    Raises :class:`GraphError` for an unknown extension or a file that does not parse.
    pyoxigraph parses, and never touches the network: a JSON-LD file whose ``@context``
    is remote is refused rather than fetched (rdflib's own parser would fetch it)."""
    file = Path(file)
    fmt = by_extension(file)
    if fmt is None:
        raise GraphError(f"cannot load {file}: unknown graph format {file.suffix!r} (use {extensions()})")
    try:
        quads = list(ox.parse(path=str(file), format=fmt.oxigraph))
    except (SyntaxError, ValueError, OSError) as error:
        raise GraphError(f"cannot parse {file} as {file.suffix.lstrip('.').lower()}: {one_line(error)}") from error
    if triples_into is not None and not fmt.quads:
        quads = [ox.Quad(q.subject, q.predicate, q.object, triples_into) for q in quads]
    return quads
