"""Content negotiation: which format a query's answer is sent in, from the client's Accept header.

    choose(accept, kind) -> MediaFormat | None (None: 406 Not Acceptable) -> .write(result) -> bytes

SELECT and ASK answers (``kind`` "solutions") come as the W3C SPARQL 1.1 results formats:
JSON (the default), XML, CSV and TSV; CONSTRUCT and DESCRIBE answers ("graph") as Turtle
(the default), N-Triples, JSON-LD or RDF/XML (the format rdflib's ``SPARQLStore`` asks
for first). JSON and XML results are written by rdflib's ``Result.serialize``, as
``kg query --format json|xml`` writes them; CSV and TSV by Oxigraph, whose writers
follow the W3C CSV/TSV note (TSV's terms in N-Triples syntax) and also cover ASK
(rdflib has no TSV writer); graphs by rdflib's serializers, sorted into Turtle with
kg's prefixes.

The Accept header is read as RFC 9110 says: each media range with its ``q`` (default 1);
a format's quality is that of the most specific range matching it (``type/subtype``
or one of its aliases, before ``type/*`` of its own media type, before ``*/*``); the best quality above 0 wins, ties going to the order
of :data:`FORMATS`. No Accept header accepts anything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib.query import Result

from ..vocab import bind_prefixes

__all__ = ["FORMATS", "GRAPH", "SOLUTIONS", "MediaFormat", "choose", "offered", "parse_accept"]

SOLUTIONS = "solutions"  # SELECT, ASK
GRAPH = "graph"  # CONSTRUCT, DESCRIBE


@dataclass(frozen=True, slots=True)
class MediaFormat:
    """One format an answer can be sent in: its media type, the kind of answer it carries,
    other media types that name it, and its writer."""

    media_type: str
    kind: str
    aliases: tuple[str, ...]
    write: Callable[[Result], bytes]

    @property
    def content_type(self) -> str:
        text = self.media_type in ("text/csv", "text/tab-separated-values", "text/turtle", "application/n-triples")
        return f"{self.media_type}; charset=utf-8" if text else self.media_type


def _rdflib_results(name: str) -> Callable[[Result], bytes]:
    def write(result: Result) -> bytes:
        return _bytes(result.serialize(format=name))

    return write


def _bytes(written: bytes | None) -> bytes:
    assert written is not None  # None only when the writer is given a file
    return written


def _oxigraph_results(fmt: ox.QueryResultsFormat) -> Callable[[Result], bytes]:
    """A writer through Oxigraph: the result as SPARQL JSON, read back by Oxigraph, written in ``fmt``."""

    def write(result: Result) -> bytes:
        parsed = ox.parse_query_results(result.serialize(format="json"), format=ox.QueryResultsFormat.JSON)
        return _bytes(parsed.serialize(format=fmt))

    return write


def _graph(name: str) -> Callable[[Result], bytes]:
    def write(result: Result) -> bytes:
        assert result.graph is not None
        bind_prefixes(result.graph)
        return result.graph.serialize(format=name, encoding="utf-8")

    return write


#: every format, in the order of preference among equal qualities (the first of a kind is its default)
FORMATS: tuple[MediaFormat, ...] = (
    MediaFormat("application/sparql-results+json", SOLUTIONS, ("application/json",), _rdflib_results("json")),
    MediaFormat("application/sparql-results+xml", SOLUTIONS, ("application/xml", "text/xml"), _rdflib_results("xml")),
    MediaFormat("text/csv", SOLUTIONS, (), _oxigraph_results(ox.QueryResultsFormat.CSV)),
    MediaFormat("text/tab-separated-values", SOLUTIONS, (), _oxigraph_results(ox.QueryResultsFormat.TSV)),
    MediaFormat("text/turtle", GRAPH, ("application/x-turtle",), _graph("turtle")),
    MediaFormat("application/n-triples", GRAPH, ("text/plain",), _graph("nt")),
    MediaFormat("application/ld+json", GRAPH, ("application/json",), _graph("json-ld")),
    MediaFormat("application/rdf+xml", GRAPH, ("application/xml", "text/xml"), _graph("xml")),
)


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their qualities (a bad ``q`` counts as 0)."""
    ranges = []
    for part in (header or "*/*").split(","):
        fields = [field.strip() for field in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        quality = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality))
    return ranges


def _quality(fmt: MediaFormat, ranges: list[tuple[str, float]]) -> float:
    """The quality the client gives ``fmt``: that of the most specific range that matches it."""
    names = (fmt.media_type, *fmt.aliases)
    best: tuple[int, float] = (-1, 0.0)  # (specificity, quality)
    for media, quality in ranges:
        kind, _, sub = media.partition("/")
        if media in names:
            specificity = 2
        elif sub == "*" and (kind == "*" or fmt.media_type.startswith(kind + "/")):
            specificity = 0 if kind == "*" else 1
        else:
            continue
        best = max(best, (specificity, quality), key=lambda pair: pair[0])
    return best[1]


def choose(accept: str | None, kind: str) -> MediaFormat | None:
    """The format to answer in, for an answer of ``kind``; None when the client accepts none."""
    ranges = parse_accept(accept)
    candidates = [fmt for fmt in FORMATS if fmt.kind == kind]
    best = max(candidates, key=lambda fmt: _quality(fmt, ranges))  # max keeps the first of equals
    return best if _quality(best, ranges) > 0 else None


def offered(kind: str) -> str:
    """The media types of ``kind``, for a 406's message."""
    return ", ".join(fmt.media_type for fmt in FORMATS if fmt.kind == kind)
