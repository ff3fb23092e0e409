"""Turtle and TriG written straight from sorted N-Triples lines, without parsing terms.

    sorted N-Triples lines (bytes) -> turtle(lines, prefixes) -> b"@prefix ... s p o ;\\n    p2 o2, o3 .\\n"

Oxigraph is slow to hand back millions of terms, while kg keeps each article's
quads as sorted N-Quads text; these writers turn such text into readable Turtle
or TriG by slicing each line at its spaces, never building term objects.

* :func:`turtle` -- ``lines`` are N-Triples lines (``S P O .``), sorted and free of
  duplicates, so each subject's lines are adjacent. Output: one ``@prefix`` line
  per prefix (sorted by name), a blank line, then one block per subject,
  predicates after ``;``, objects of one predicate after ``,``, blocks separated
  by a blank line. ``rdf:type`` in predicate position is written ``a``.
* :func:`trig` -- ``graphs`` yields ``(graph, lines)``: the graph IRI as
  N-Triples text (``<https://...>``; ``None`` for the default graph) and that
  graph's sorted N-Triples lines; one ``graph { ... }`` block each, in the order given.
* :func:`split_graph` -- an N-Quads line ``S P O G .`` -> ``(b"S P O .", b"G")``
  (graph ``None`` for a triple line), for grouping quads by graph before :func:`trig`.

Lines are **bytes** (as read from sidecar files), with or without their line
end; blank lines are skipped. ``str`` lines are accepted too (the first line
decides; they are UTF-8 encoded, costing a little time). The output is UTF-8 bytes,
identical for identical input.

Terms are copied as they are, since N-Triples syntax (escapes included) is valid
Turtle, except that an IRI ``<ns + local>`` becomes ``prefix:local`` when ``ns``
is a given namespace (the longest that matches) and ``local`` is a conservative
local name (``[A-Za-z0-9_]`` then ``[A-Za-z0-9_.-]*``, not ending in ``.``; or
empty); datatypes of literals are compacted the same way, and integers,
decimals and booleans in canonical-looking lexical forms are written bare
(``"120"^^xsd:integer`` -> ``120``), which Turtle reads back as the same literal.
Compacted IRIs and typed literals are cached, so each distinct one is worked
out once. Nothing checks that the input is sorted or valid N-Triples, but an
N-Quads line given where a triple is expected raises :class:`ValueError`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

__all__ = ["split_graph", "trig", "turtle"]

_RDF_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD = b"http://www.w3.org/2001/XMLSchema#"
#: literals Turtle can write bare: datatype IRI -> lexical forms that read back unchanged
_BARE = {
    _XSD + b"integer": re.compile(rb"[+-]?[0-9]+"),
    _XSD + b"decimal": re.compile(rb"[+-]?[0-9]*\.[0-9]+"),
    _XSD + b"boolean": re.compile(rb"true|false"),
}
_LOCAL = re.compile(rb"(?:[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_PREFIX_NAME = re.compile(r"(?:[A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?")
_NAMESPACE_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_IRI_BAD = re.compile(rb'[ <>"]')  # inside <...> of a line: a sign of a quad line or a bad split


def turtle(lines: Iterable[bytes | str], prefixes: Mapping[str, str]) -> bytes:
    """Turtle for sorted, de-duplicated N-Triples ``lines``, with ``prefixes`` (name -> namespace)."""
    writer = _Writer(prefixes)
    out = [writer.header]
    writer.triples(_as_bytes(lines), b"", out)
    return b"".join(out)


def trig(graphs: Iterable[tuple[bytes | str | None, Iterable[bytes | str]]], prefixes: Mapping[str, str]) -> bytes:
    """TriG for ``(graph IRI as <...> text or None, sorted N-Triples lines)`` pairs, in the order given."""
    writer = _Writer(prefixes)
    out = [writer.header]
    for graph, lines in graphs:
        if graph is None:
            out.append(b"{\n")
        else:
            if isinstance(graph, str):
                graph = graph.encode()
            out.append(writer.iri(graph.strip()) + b" {\n")
        writer.triples(_as_bytes(lines), b"    ", out)
        out.append(b"}\n\n")
    if out[-1] == b"}\n\n":
        out[-1] = b"}\n"
    return b"".join(out)


def split_graph(line: bytes | str) -> tuple[bytes | str, bytes | str | None]:
    """``S P O G .`` -> ``(S P O ., G)``; ``(S P O ., None)`` for a triple line. Same type as ``line``.

    The graph is the last token when it is an IRI after at least three others:
    literals may hold spaces, but whatever follows a space inside a literal still
    holds the literal's closing quote, which no IRI can.
    """
    if isinstance(line, str):
        graph = split_graph(line.encode())
        return graph[0].decode(), None if graph[1] is None else graph[1].decode()
    if line[-1] != 46:
        line = line.rstrip()
    end = len(line) - 2  # before " ."
    space = line.rfind(b" ", 0, end)
    if (line[space + 1] == 60 and line.find(b'"', space, end) < 0
            and line.find(b" ", line.find(b" ") + 1) < space):
        return line[:space] + b" .", line[space + 1:end]
    return line, None


def _as_bytes(lines: Iterable[bytes | str]) -> Iterable[bytes]:
    if isinstance(lines, (list, tuple)):  # the common case, without a generator in the loop
        return [line.encode() for line in lines] if lines and isinstance(lines[0], str) else lines
    return _encoded(lines)


def _encoded(lines: Iterable[bytes | str]) -> Iterator[bytes]:
    lines = iter(lines)
    for first in lines:
        if isinstance(first, str):
            yield first.encode()
            for line in lines:
                yield line.encode()
        else:
            yield first
            yield from lines


class _Writer:
    """Prefix table, caches of written terms, and the per-line loop shared by :func:`turtle` and :func:`trig`."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        header = []
        namespaces: dict[bytes, bytes] = {}
        for name, namespace in sorted((str(n), str(ns)) for n, ns in prefixes.items()):
            if not _PREFIX_NAME.fullmatch(name):
                raise ValueError(f"not a safe Turtle prefix name: {name!r}")
            if _NAMESPACE_BAD.search(namespace):
                raise ValueError(f"namespace of prefix {name!r} is not a plain IRI: {namespace!r}")
            header.append(f"@prefix {name}: <{namespace}> .\n")
            namespaces.setdefault(namespace.encode(), name.encode() + b":")  # first name wins
        if header:
            header.append("\n")
        self.header = "".join(header).encode()
        #: namespaces ending in / or #, looked up directly; the rest scanned, longest first
        self._split = {ns: pname for ns, pname in namespaces.items() if ns[-1:] in (b"/", b"#")}
        self._other = sorted(((ns, p) for ns, p in namespaces.items() if ns not in self._split),
                             key=lambda item: -len(item[0]))
        self._terms: dict[bytes, bytes] = {}  # subject and object (IRIs, typed literals) -> written form
        self._predicates: dict[bytes, bytes] = {_RDF_TYPE: b"a"}

    def iri(self, term: bytes) -> bytes:
        """``<iri>`` -> ``prefix:local`` where a prefix fits, else unchanged."""
        if len(term) < 2 or term[0] != 60 or term[-1] != 62 or _IRI_BAD.search(term, 1, len(term) - 1):
            raise ValueError(f"not an IRI in N-Triples syntax: {term[:200]!r}")
        iri = term[1:-1]
        cut = max(iri.rfind(b"/"), iri.rfind(b"#")) + 1
        pname = self._split.get(iri[:cut]) if cut else None
        if pname is None:
            cut = 0
        for namespace, name in self._other:
            if len(namespace) <= cut:
                break
            if iri.startswith(namespace):
                pname, cut = name, len(namespace)
                break
        if pname is not None and _LOCAL.fullmatch(iri, cut):
            return pname + iri[cut:]
        return term

    def _subject(self, term: bytes) -> bytes:
        if term[:2] == b"_:":
            return term
        return self.iri(term)

    def _object(self, term: bytes) -> bytes:
        """An object ending in ``>``: an IRI or a typed literal."""
        if term[0] == 60:
            return self.iri(term)
        at = term.rfind(b'"^^<')
        if term[0] != 34 or at < 1:
            raise ValueError(f"not an N-Triples object (an N-Quads line?): {term[:200]!r}")
        datatype = self.iri(term[at + 3:])
        bare = _BARE.get(term[at + 4:-1])
        if bare is not None and bare.fullmatch(term, 1, at):
            return term[1:at]
        return term[:at + 3] + datatype

    def _predicate(self, term: bytes) -> bytes:
        written = self._predicates.get(term)
        if written is None:
            written = self._predicates[term] = self.iri(term)
        return written

    def triples(self, lines: Iterable[bytes], indent: bytes, out: list[bytes]) -> None:
        """Append the subject blocks for ``lines`` to ``out``, each line indented by ``indent``."""
        terms = self._terms
        append = out.append
        next_predicate = b" ;\n" + indent + b"    "
        next_subject = b" .\n\n" + indent
        pieces: dict[bytes, bytes] = {}  # predicate -> b" ;\n    pname " for this indent
        s0 = p0 = None
        for line in lines:
            try:
                s, p, rest = line.split(b" ", 2)
            except ValueError:
                if line.strip():
                    raise ValueError(f"not an N-Triples line: {line[:200]!r}") from None
                continue
            o = rest[:-2] if rest[-1] == 46 else rest.rstrip()[:-2]
            if o[-1] == 62:  # IRI or typed literal; plain literals and blank nodes are copied
                oc = terms.get(o)
                if oc is None:
                    oc = terms[o] = self._object(o)
            else:
                oc = o
            if s == s0:
                if p == p0:
                    append(b", " + oc)
                    continue
                piece = pieces.get(p)
                if piece is None:
                    piece = pieces[p] = next_predicate + self._predicate(p) + b" "
                append(piece + oc)
            else:
                sc = terms.get(s)
                if sc is None:
                    sc = terms[s] = self._subject(s)
                start = indent if s0 is None else next_subject
                append(start + sc + b" " + self._predicate(p) + b" " + oc)
                s0 = s
            p0 = p
        if s0 is not None:
            append(b" .\n")
