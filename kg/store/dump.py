"""The store's dumps: its article graphs, as cached N-Quads text, in each RDF format.

    (graph, sorted N-Quads bytes) per article graph -> DUMP_FORMATS[name] -> bytes

Every writer takes the graphs' cached text in graph order (see :mod:`kg.store.cache`),
so a dump never reads terms out of RocksDB. N-Quads is that text joined; Turtle, TriG and
JSON-LD are written from it by pyoxigraph's serializers (Turtle and TriG with kg's
prefixes) and :mod:`kg.jsonld`, giving the bytes :mod:`kg.export` writes for the same quads.

Why pyoxigraph and not kg's own writer: kg once wrote Turtle and TriG from the sorted lines
itself (``kg/turtle.py``, slicing lines without parsing terms), to be kept only if at least
twice as fast. On the 1M-quad graph of ``bench/store_speed.py`` (999,818 quads), the two
writers alternating five times on the same cached text (2026-12-01, 2-core machine under heavy
other load): TriG 7.64 s min / 9.13 s median with kg's writer against 6.91 / 10.31 s with
pyoxigraph's; Turtle 19.13 / 24.02 s against 18.80 / 25.54 s (most of it the set and sort of
the union's lines, which both share). A first run on a quieter machine gave TriG 2.06 s
against 2.54 s. At most 1.2 times faster, never twice: the library writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

from ..jsonld import nquads_to_jsonld
from ..vocab import PREFIXES

__all__ = ["DUMP_FORMATS", "PREFIX_MAP", "nquads", "serialized", "trig", "triple_lines", "turtle", "turtle_of_lines"]

#: kg's prefixes as pyoxigraph's serializers take them
PREFIX_MAP = {name: str(namespace) for name, namespace in PREFIXES.items()}

#: (graph, its sorted N-Quads bytes), graph by graph in graph order
GraphTexts = Iterable[tuple[ox.NamedNode, bytes]]


def serialized(
    items: Iterable[ox.Triple] | Iterable[ox.Quad], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None
) -> bytes:
    """``items`` written by pyoxigraph's serializer, as bytes (it returns None only when given a file)."""
    data = ox.serialize(items, format=fmt, prefixes=prefixes)
    assert data is not None
    return data


def triple_lines(graph: ox.NamedNode, text: bytes) -> list[bytes]:
    """The N-Quads ``text`` of one graph as N-Triples lines (the graph cut off every line)."""
    return text.replace(b" " + str(graph).encode("utf-8") + b" .\n", b" .\n").splitlines()


def turtle_of_lines(lines: Iterable[bytes]) -> bytes:
    """Turtle, with kg's prefixes, for sorted N-Triples lines (subjects grouped in that order)."""
    triples = ox.parse(b"\n".join(lines), format=ox.RdfFormat.N_TRIPLES)
    return serialized(triples, ox.RdfFormat.TURTLE, PREFIX_MAP)


def nquads(texts: GraphTexts) -> bytes:
    return b"".join(text for _, text in texts)


def trig(texts: GraphTexts) -> bytes:
    """One ``graph { }`` block per article graph, in graph order."""
    return serialized(ox.parse(nquads(texts), format=ox.RdfFormat.N_QUADS), ox.RdfFormat.TRIG, PREFIX_MAP)


def turtle(texts: GraphTexts) -> bytes:
    """The union of the article graphs: each triple once, sorted."""
    lines: set[bytes] = set()
    for graph, text in texts:
        lines.update(triple_lines(graph, text))
    return turtle_of_lines(sorted(lines))


def jsonld(texts: GraphTexts) -> bytes:
    return nquads_to_jsonld(nquads(texts))


#: dump format name (a name of :data:`kg.formats.RDF_FORMATS`) -> writer
DUMP_FORMATS: dict[str, Callable[[GraphTexts], bytes]] = {
    "ttl": turtle,
    "trig": trig,
    "nq": nquads,
    "jsonld": jsonld,
}
