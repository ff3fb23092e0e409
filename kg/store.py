"""A persistent graph store on disk: one named graph per article, in Oxigraph (RocksDB).

    GraphStore.open(folder) -> replace_article(graph_iri(id), article_quads(graph)) -> query / dump

The store keeps what ``kg build`` writes, one named graph per article, between
runs, so a later build can skip articles whose :meth:`GraphStore.article_hashes`
entry matches :func:`kg.rdf.content_hash` and replace only the others.

* **Transactions.** :meth:`GraphStore.replace_article` removes an article's graph
  and inserts its new quads in one SPARQL UPDATE (``DROP SILENT GRAPH g ; INSERT
  DATA { GRAPH g { ... } }``), which Oxigraph applies as a single transaction:
  readers and a crash see the old version or the new one, never a mix. The quads
  are read to the end before the store is touched, and the INSERT body is
  N-Triples written by Oxigraph's own serializer (which escapes every term), so
  no value is ever pasted into SPARQL text by hand. (pyoxigraph offers no
  multi-operation transaction in Python; ``Store.extend`` is atomic but cannot
  remove, ``bulk_extend`` is not atomic.)
* **The ontology.** Saved queries need the ontology (``?p rdfs:subPropertyOf*
  kg:said``), as :func:`kg.load.attach_ontology` gives rdflib datasets. The store
  keeps ``ontology/kg.ttl`` in its *default graph*, refreshed on open; queries see
  it through the union default graph, while :meth:`~GraphStore.graph_names`,
  ``len()``, :meth:`~GraphStore.dump` and :meth:`~GraphStore.to_rdflib` cover only
  the article graphs, exactly what ``kg build`` writes.
* **Deterministic dumps.** Every dump is sorted (graph, subject, predicate,
  object by their N-Triples text), so the bytes are those
  :mod:`kg.export` writes for the same quads.
* **One process at a time.** RocksDB locks the folder; a second process (or a
  second open in this one) gets :class:`StoreError`. Close the store, or leave
  its ``with`` block, to release the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.term import BNode as RdflibBNode, Literal as RdflibLiteral, URIRef as RdflibURIRef

from .errors import GraphError, QueryError
from .vocab import CLASS_NAMES, ID, KG, ONTOLOGY_FILE, PREFIXES, bind_prefixes

__all__ = ["DUMP_FORMATS", "GraphStore", "StoreError"]


class StoreError(GraphError):
    """A store folder cannot be opened (not a store, damaged, in use) or written."""


_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}
_ID = str(ID)
_XSD = str(PREFIXES["xsd"])
_NT = ox.RdfFormat.N_TRIPLES

# Graph IRI -> content hash of the article in it.
_HASHES = "SELECT ?g ?hash WHERE { GRAPH ?g { ?article kg:contentHash ?hash } } ORDER BY ?g ?hash"
# Entities of one class (?class substituted, so projected), each label with the number of
# article graphs using it.
_ENTITIES = """
SELECT ?class ?entity ?label (COUNT(DISTINCT ?g) AS ?articles)
WHERE { GRAPH ?g { ?entity a ?class ; rdfs:label ?label } FILTER (STRSTARTS(STR(?entity), STR(id:))) }
GROUP BY ?class ?entity ?label
"""


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _graph(name: ox.NamedNode | str) -> ox.NamedNode:
    return name if isinstance(name, ox.NamedNode) else ox.NamedNode(str(name))


def _is_store_folder(path: Path) -> bool:
    return (path / "CURRENT").is_file()


class GraphStore:
    """Article graphs in an Oxigraph store on disk. Open with :meth:`open`."""

    def __init__(self, store: ox.Store, path: Path) -> None:
        self._store: ox.Store | None = store
        self.path = path

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True) -> GraphStore:
        """Open the store in folder ``path``, creating it when missing (unless ``create=False``).

        Raises :class:`StoreError` (one line naming the folder) when the folder holds
        other files but no store, when the store is damaged, or when another process
        has it open.
        """
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise StoreError(f"cannot open store {path}: it is a file, not a folder")
        if not path.exists() and not create:
            raise StoreError(f"no store at {path}")
        if path.is_dir() and any(path.iterdir()) and not _is_store_folder(path):
            raise StoreError(f"{path} is not a kg store: the folder holds other files but no Oxigraph data")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"cannot create store {path} ({_one_line(error)})") from error
        try:
            store = ox.Store(str(path))
        except OSError as error:
            message = _one_line(error)
            if "lock" in message.lower():
                where = "this process" if "current process" in message else "another process"
                raise StoreError(f"store {path} is in use by {where} ({message})") from error
            raise StoreError(f"cannot open store {path} ({message})") from error
        except RuntimeError as error:  # RocksDB reports corruption as a RuntimeError
            raise StoreError(f"store {path} is damaged and cannot be opened ({_one_line(error)})") from error
        graph_store = cls(store, path)
        graph_store._refresh_ontology()
        return graph_store

    def close(self) -> None:
        """Flush to disk and release the folder's lock. Closing twice is harmless."""
        if self._store is not None:
            self._store.flush()
            self._store = None  # the lock goes with the last reference (results still iterated keep it)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (raises :class:`StoreError` once closed)."""
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        return self._store

    def _refresh_ontology(self) -> None:
        ontology = set(ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE))
        stored = {q.triple for q in self.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        if stored != ontology:
            self._put(ox.DefaultGraph(), sorted(ontology, key=str))

    # ------------------------------------------------------------------ writing

    def replace_article(self, graph_name: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None:
        """Make named graph ``graph_name`` hold exactly ``quads``, in one transaction.

        ``quads`` (e.g. :func:`kg.rdf.article_quads`) is read to the end first; if it
        raises, the store is not touched. Every quad must be in ``graph_name``. No quads
        leaves the article absent.
        """
        graph = _graph(graph_name)
        triples = []
        for quad in quads:
            if quad.graph_name != graph:
                raise StoreError(f"cannot replace {graph} in store {self.path}: "
                                 f"a quad belongs to graph {quad.graph_name}")
            triples.append(quad.triple)
        self._put(graph, triples)

    def _put(self, graph: ox.NamedNode | ox.DefaultGraph, triples: list[ox.Triple]) -> None:
        """Replace the triples of one graph in a single SPARQL UPDATE, hence one transaction."""
        body = ox.serialize(triples, format=_NT).decode("utf-8")
        if isinstance(graph, ox.DefaultGraph):
            drop, insert = "DEFAULT", f"{{ {body} }}"
        else:
            drop, insert = f"GRAPH {graph}", f"{{ GRAPH {graph} {{ {body} }} }}"
        try:
            self.oxigraph.update(self._update_text(drop, insert))
        except (SyntaxError, OSError, RuntimeError) as error:
            raise StoreError(f"cannot write graph {graph} in store {self.path} ({_one_line(error)})") from error

    @staticmethod
    def _update_text(drop: str, insert_data: str) -> str:
        # every term comes from str(NamedNode) or Oxigraph's N-Triples serializer, both escaped
        return f"DROP SILENT {drop} ;\nINSERT DATA {insert_data}"

    def remove_article(self, graph_name: ox.NamedNode | str) -> bool:
        """Remove an article's named graph; False if it was not there."""
        graph = _graph(graph_name)
        if not self.oxigraph.contains_named_graph(graph):
            return False
        self.oxigraph.remove_graph(graph)
        return True

    # ------------------------------------------------------------------ reading

    def graph_names(self) -> list[str]:
        """IRIs of the article graphs, sorted."""
        return sorted(str(g.value) for g in self.oxigraph.named_graphs())

    def __len__(self) -> int:
        """Number of quads in the article graphs (the ontology is not counted)."""
        store = self.oxigraph
        return len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def article_hashes(self) -> dict[str, str]:
        """``kg:contentHash`` of every article, keyed by its **graph IRI** string, sorted.

        Look an article up with ``hashes.get(kg.rdf.graph_iri(article.id).value)``: an
        article id cannot be recovered from its slugged IRIs, its graph IRI can be made
        from the id.
        """
        hashes: dict[str, str] = {}
        for row in self.query(_HASHES):
            hashes.setdefault(row["g"].value, row["hash"].value)
        return hashes

    def entities(self, classes: Iterable[str] = ("Person", "Organization")) -> list[tuple[str, str, str]]:
        """``(key, class, label)`` of every entity of ``classes``, sorted by key then class.

        The key is the IRI without ``https://kg.example.org/id/`` (``person/xi-jinping``).
        An entity labelled differently in different articles gets the label most articles
        use (ties: the smallest).
        """
        rows: list[tuple[str, str, str]] = []
        for cls in dict.fromkeys(classes):
            if cls not in CLASS_NAMES:
                raise StoreError(f"unknown entity class {cls!r} (known: {', '.join(sorted(CLASS_NAMES))})")
            best: dict[str, tuple[int, str]] = {}
            for row in self.query(_ENTITIES, {"class": ox.NamedNode(str(getattr(KG, cls)))}):
                key = row["entity"].value[len(_ID):]
                candidate = (-int(row["articles"].value), row["label"].value)
                best[key] = min(best.get(key, candidate), candidate)
            rows.extend((key, cls, label) for key, (_, label) in best.items())
        return sorted(rows)

    def query(self, sparql: str, bindings: dict[str, Any] | None = None
              ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over all graphs (and the ontology).

        The default graph is Oxigraph's union of all graphs, which is a *multiset*: a triple
        stated in two article graphs (Huawei's label) matches twice, where an rdflib
        ``Dataset(default_union=True)`` matches it once. Use ``DISTINCT`` or ``COUNT(DISTINCT
        ...)`` when that matters (kg's saved queries without DISTINCT can repeat rows here).

        The project's prefixes (:data:`kg.vocab.PREFIXES`) are predeclared, through the
        parser's ``prefixes`` option, so error positions are those of ``sparql``.
        ``bindings`` maps variable names (with or without ``?``) to pyoxigraph or rdflib
        terms, or to Python str/int/float/bool (bound as literals); they reach Oxigraph as
        ``substitutions``, never as text. Oxigraph substitutes only variables a SELECT
        returns: bind ``?entity`` only in a query that selects it (or uses ``SELECT *``),
        else :class:`QueryError` says so. Results are pyoxigraph's, read lazily.
        Raises :class:`QueryError` for a malformed query, with the parser's message on one line.
        """
        substitutions = {ox.Variable(name.lstrip("?$")): _term(value) for name, value in (bindings or {}).items()}
        try:
            return self.oxigraph.query(sparql, prefixes=_PREFIXES, use_default_graph_as_union=True,
                                       substitutions=substitutions)
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL: {_one_line(error)}") from error
        except (OSError, RuntimeError) as error:
            message = _one_line(error)
            if "SELECT projection" in message:
                raise QueryError(f"cannot bind a variable the query does not select ({message}); "
                                 "add it to the SELECT clause") from error
            raise QueryError(f"query failed: {message}") from error

    # ------------------------------------------------------------------ export

    def dump(self, fmt: str) -> bytes:
        """The article graphs as ``ttl`` (their union, deduplicated), ``trig``, ``nq`` or ``jsonld``.

        Output is sorted, so the same content always gives the same bytes (those of
        :mod:`kg.export`); sorting holds every line in memory, fine below ~1M quads.
        """
        writer = DUMP_FORMATS.get(fmt)
        if writer is None:
            raise StoreError(f"unknown dump format {fmt!r} (use {', '.join(DUMP_FORMATS)})")
        return writer(self)

    def to_rdflib(self, graph_names: Iterable[ox.NamedNode | str] | None = None):
        """All article graphs, or those named, as an rdflib ``Dataset`` (union default
        graph, project prefixes bound). A name not in the store raises :class:`StoreError`."""
        from rdflib import Dataset

        dataset = Dataset(default_union=True)
        bind_prefixes(dataset)
        data = self._nquads(None if graph_names is None else [_graph(g) for g in graph_names])
        dataset.parse(data=data.decode("utf-8"), format="nquads")
        return dataset

    def _lines(self, graph: ox.NamedNode) -> list[bytes]:
        """The N-Triples lines of one graph, each ending in ``" ."``, in store order."""
        return self.oxigraph.dump(format=_NT, from_graph=graph).splitlines()

    def _nquads(self, graphs: list[ox.NamedNode] | None = None) -> bytes:
        """Sorted N-Quads of ``graphs`` (default: every article graph), graph by graph."""
        if graphs is None:
            graphs = list(self.oxigraph.named_graphs())
        else:
            missing = [g for g in graphs if not self.oxigraph.contains_named_graph(g)]
            if missing:
                raise StoreError(f"no graph {missing[0]} in store {self.path}")
        chunks: list[bytes] = []
        for name, graph in sorted({str(g): g for g in graphs}.items()):
            lines = self._lines(graph)
            if lines:
                lines.sort()
                lines.append(b"")
                # N-Triples escapes newlines inside literals, so every " .\n" ends a line
                chunks.append(b"\n".join(lines).replace(b" .\n", b" " + name.encode("utf-8") + b" .\n"))
        return b"".join(chunks)


def _term(value: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple:
    """A query binding as a pyoxigraph term; plain Python values become literals."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    if isinstance(value, RdflibURIRef):
        return ox.NamedNode(str(value))
    if isinstance(value, RdflibBNode):
        return ox.BlankNode(str(value))
    if isinstance(value, RdflibLiteral):
        if value.language:
            return ox.Literal(str(value), language=value.language)
        return ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)) if value.datatype else None)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, str):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} in a query (use a term, str, int, float or bool)")


# ------------------------------------------------------------------ dump writers, by format name


def _dump_nq(store: GraphStore) -> bytes:
    return store._nquads()


def _reserialize(store: GraphStore, fmt: ox.RdfFormat, prefixes: dict[str, str] | None) -> bytes:
    quads = ox.parse(store._nquads(), format=ox.RdfFormat.N_QUADS)
    return ox.serialize(quads, format=fmt, prefixes=prefixes) if prefixes else ox.serialize(quads, format=fmt)


def _dump_trig(store: GraphStore) -> bytes:
    return _reserialize(store, ox.RdfFormat.TRIG, _PREFIXES)


def _dump_jsonld(store: GraphStore) -> bytes:
    return _reserialize(store, ox.RdfFormat.JSON_LD, None)


def _dump_ttl(store: GraphStore) -> bytes:
    """The union of the article graphs: each triple once, sorted."""
    lines: set[bytes] = set()
    for graph in store.oxigraph.named_graphs():
        lines.update(store._lines(graph))
    text = b"\n".join(sorted(lines)) + b"\n" if lines else b""
    return ox.serialize(ox.parse(text, format=_NT), format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


#: dump format name -> writer
DUMP_FORMATS: dict[str, Callable[[GraphStore], bytes]] = {
    "ttl": _dump_ttl,
    "trig": _dump_trig,
    "nq": _dump_nq,
    "jsonld": _dump_jsonld,
}
