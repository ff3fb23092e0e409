"""The store's database: article graphs in Oxigraph (RocksDB), written in transactions, queried.

    GraphStore.open(folder) -> replace_article(graph_iri(id), article_quads(graph)) -> query / dump

The store keeps what ``kg build --store`` writes, one named graph per article,
between runs, so a later build can skip articles whose :meth:`GraphStore.article_hashes`
entry matches :func:`kg.rdf.content_hash` and replace only the others.

The folder holds these::

    oxigraph/   the RocksDB database: the truth, queried with SPARQL
    nquads/     each article graph as sorted N-Quads, one file per graph (an export cache)
    pending     graphs whose cache file may be stale (written ahead of every change)
    unfinished  the articles a build cut short wrote, to refold when it is resumed
    names       each graph's entity names, for folding short names (kg.store.names)
    inputs      the files the last build stored unchanged, not read again (kg.store.inputs)

* **The default graph is the set union.** Queries see, as their default graph, every
  triple of the article graphs once, however many articles state it: exactly what
  ``graph.ttl`` holds, so COUNT, LIMIT and CONSTRUCT mean what they mean in rdflib on
  that file. (The ontology is not in it: it is in ``graph:ontology`` only, below.)
  Oxigraph's own union (``use_default_graph_as_union``) is a multiset, so the store
  keeps the union itself, as triples of its default graph, changed in the same
  transaction as the article's graph (:data:`_DROP`, :data:`_COPY`).
  A store written before it had none: a writable open adds it (:meth:`_add_union`);
  a read-only open of such a store refuses queries with a :class:`StoreError` saying
  so, rather than answer with repeated rows. ``GRAPH ?g { }`` still reaches each
  article's own graph; dumps, :meth:`~GraphStore.quads`, ``len()``, hashes and the
  cache never include the default-graph copy.
* **Transactions.** :meth:`GraphStore.write_articles` writes a batch of articles
  (:mod:`kg.store.batch`) in one transaction: graphs the store does not hold yet are
  loaded from N-Quads (:meth:`~GraphStore._load_new`); a batch that replaces one
  removes each old graph and inserts its new quads in one SPARQL UPDATE (``DELETE`` from the default graph
  the triples no other graph states ``; DROP SILENT GRAPH g ; INSERT DATA { GRAPH g {
  ... } } ; INSERT`` the graph's triples into the default graph), which Oxigraph
  applies as a single transaction: readers and a crash see the old version or the
  new one, never a mix. The quads
  are read to the end before the store is touched, and the INSERT body is
  N-Triples written by Oxigraph's own serializer (which escapes every term), so
  no value is ever pasted into SPARQL text by hand.
* **Fast export.** Reading terms back out of RocksDB costs ~8 microseconds a quad,
  slower than rdflib's serializer, so each write also keeps the graph's sorted
  N-Quads in ``nquads/``; dumps join those files (:mod:`kg.store.cache`,
  :mod:`kg.store.dump`), never reading terms out of RocksDB. The cache cannot
  disagree with the database unnoticed: a graph is named in ``pending`` before its
  transaction and its file is rewritten after (a new graph's while Oxigraph loads it:
  :meth:`~GraphStore._load_new`); ``pending`` is emptied when the
  store is closed with every file written (a failed or interrupted cache write
  leaves the graph named there), and a writable open rebuilds the files of the
  graphs still named there. Until then, and in read-only opens, dumps read those
  graphs from the database instead.
* **The ontology.** Saved queries need the ontology (``?p rdfs:subPropertyOf*
  kg:said``, the labels of its properties), as :func:`kg.load.attach_ontology`
  gives rdflib datasets. The store keeps ``kg/ontology/kg.ttl`` in named graph
  ``graph:ontology`` (:data:`kg.vocab.ONTOLOGY_GRAPH`), the same place, refreshed
  on open; queries reach it with ``GRAPH graph:ontology { }`` (it is not in the
  default graph, which is the articles' union), while :meth:`~GraphStore.graph_names`, ``len()``,
  :meth:`~GraphStore.dump` and :meth:`~GraphStore.to_rdflib` cover only the
  article graphs, exactly what ``kg build`` writes.
* **Deterministic dumps.** Every dump is sorted (graph, then N-Triples line), so
  the bytes are those :mod:`kg.export` writes for the same quads.
* **Bounded memory.** RocksDB keeps writes in memory buffers until they are
  flushed; a writer flushes every :data:`FLUSH_BYTES` written, so a long build
  does not hold gigabytes of them.
* **One writer, many readers.** RocksDB locks the folder: a second writable open
  (another process, or this one) gets :class:`StoreError`. ``read_only=True`` opens
  need no lock, so ``kg query --store`` works while a build is writing; they see
  the articles committed when they opened.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from ..errors import QueryError, StoreError, one_line
from ..terms import oxigraph_term, rdflib_dataset
from ..vocab import CLASS_NAMES, ID, KG, ONTOLOGY_FILE, ONTOLOGY_GRAPH
from .cache import CACHE, EVERY_GRAPH, Cache, DamagedCacheFile, with_graph
from .dump import DUMP_FORMATS, PREFIX_MAP, serialized
from .graphs import graph_triples
from .names import NameIndex, Row, entity_rows
from .unfinished import UnfinishedBuild

__all__ = ["BULK_QUADS", "DATABASE", "FLUSH_BYTES", "READ_ONLY_TRIES", "GraphStore", "is_store"]

log = logging.getLogger(__name__)

_ID = str(ID)
_NT = ox.RdfFormat.N_TRIPLES
_ONTOLOGY = ox.NamedNode(str(ONTOLOGY_GRAPH))

DATABASE = "oxigraph"

#: a writer flushes RocksDB's write buffers to disk after this many bytes of N-Triples:
#: left alone they grow to gigabytes over a large build (1.4 GB of memory after 2M
#: synthetic quads; 130 MB flushing every 200 articles, about 40,000 quads)
FLUSH_BYTES = 32 * 2**20

#: a batch of new graphs of at least this many quads (each triple counted twice: in its graph
#: and in the default graph) is written by Oxigraph's bulk loader, see GraphStore._load_new
BULK_QUADS = 20_000

# Graph IRI -> content hash of the article in it.
_HASHES = "SELECT ?g ?hash WHERE { GRAPH ?g { ?article kg:contentHash ?hash } } ORDER BY ?g ?hash"
# Quads in the named graphs other than the ontology (the default-graph copy is not counted).
_ARTICLE_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != graph:ontology) }"
# Entities of one class (?class substituted, so projected), each label with the number of
# article graphs using it.
_ENTITIES = """
SELECT ?class ?entity ?label (COUNT(DISTINCT ?g) AS ?articles)
WHERE { GRAPH ?g { ?entity a ?class ; rdfs:label ?label } FILTER (STRSTARTS(STR(?entity), STR(id:))) }
GROUP BY ?class ?entity ?label
"""
# The same rows for one article graph (?g and ?class substituted, so projected).
_ENTITIES_OF_GRAPH = """
SELECT DISTINCT ?g ?class ?entity ?label
WHERE { GRAPH ?g { ?entity a ?class ; rdfs:label ?label } FILTER (STRSTARTS(STR(?entity), STR(id:))) }
"""

#: the part of an update that takes article graph {graph} out of the default graph (the
#: union): each of its triples that no other article graph states, then the graph itself
_DROP = """DELETE {{ ?s ?p ?o }} WHERE {{
    GRAPH {graph} {{ ?s ?p ?o }}
    FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph} && ?other != ONTOLOGY) }}
}} ;
DROP SILENT GRAPH {graph}""".replace("ONTOLOGY", str(_ONTOLOGY))
#: the part of an update that puts graph {graph}'s triples into the default graph (a set:
#: a triple already there stays once)
_COPY = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"
#: the whole union of the article graphs, for a store written before the default graph held it
_UNION = f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {_ONTOLOGY}) }}"


#: a read-only open can read the MANIFEST of a moment ago, whose files a writer in another
#: process has just replaced (a flush or compaction after its commit): RocksDB then reports
#: Corruption, and a new try a moment later opens the current state. Seen within 0.2 s of a
#: commit on the 2-core machine; the tries wait 0.05, 0.1, 0.2, 0.4, 0.8 s (1.55 s in all)
#: before a store is called damaged.
READ_ONLY_TRIES = 6


def _read_only(database: str) -> ox.Store:
    """``ox.Store.read_only(database)``, tried again while it reports corruption (see
    :data:`READ_ONLY_TRIES`); the last try's error is raised."""
    for attempt in range(READ_ONLY_TRIES):
        try:
            return ox.Store.read_only(database)
        except RuntimeError:
            if attempt == READ_ONLY_TRIES - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def _graph(name: ox.NamedNode | str) -> ox.NamedNode:
    return name if isinstance(name, ox.NamedNode) else ox.NamedNode(str(name))


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder holding a kg store."""
    return (Path(path) / DATABASE / "CURRENT").is_file()


class GraphStore:
    """Article graphs in an Oxigraph store: on disk (:meth:`open`), or a graph file
    loaded into memory (:meth:`from_quads`), queried the same way."""

    def __init__(self, store: ox.Store, path: Path, read_only: bool = False, in_memory: bool = False) -> None:
        self._store: ox.Store | None = store
        self.path = path
        self.read_only = read_only
        self.in_memory = in_memory
        self._cache = Cache(path)
        #: what a build cut short still has to refold (:mod:`kg.store.unfinished`), for writers
        self.unfinished = UnfinishedBuild(path)
        self._names = NameIndex(path)  # the entities of each graph, kept by writers (kg.store.names)
        self._indexed = False  # whether _names is loaded and current
        self._uncached: set[str] = set()  # graphs this writer changed whose cache file is not written yet
        self._unflushed = 0  # bytes written since the last flush
        self._lacks_union = False  # a read-only open of a store whose default graph is not the union

    @classmethod
    def from_quads(cls, quads: Iterable[ox.Quad], path: Path) -> GraphStore:
        """``quads`` (a graph file's, see :func:`kg.load.load_file`) in an in-memory store,
        with the ontology, read-only: Oxigraph's speed for a file ``kg build`` wrote. Every
        triple is also put into the default graph, once, so that queries see the set union."""
        store = ox.Store()
        store.extend(quads)
        store.load(input=ONTOLOGY_FILE.read_bytes(), format=ox.RdfFormat.TURTLE, to_graph=_ONTOLOGY)
        store.update(_UNION)
        return cls(store, path, read_only=True, in_memory=True)

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, read_only: bool = False) -> GraphStore:
        """Open the store in folder ``path``, creating it when missing (unless ``create=False``
        or ``read_only=True``).

        Raises :class:`StoreError` (one line naming the folder) when the folder holds
        other files but no store, when the store is damaged, or when another writer
        has it open (read-only opens are never refused for that).
        """
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise StoreError(f"cannot open store {path}: it is a file, not a folder")
        if not path.exists() and (read_only or not create):
            raise StoreError(f"no store at {path}")
        if path.is_dir() and any(path.iterdir()) and not (path / DATABASE).is_dir():
            raise StoreError(f"{path} is not a kg store: the folder holds other files but no {DATABASE}/ database")
        if read_only and not is_store(path):
            raise StoreError(f"no store at {path}")
        try:
            (path / CACHE).mkdir(parents=True, exist_ok=True) if not read_only else None
        except OSError as error:
            raise StoreError(f"cannot create store {path} ({one_line(error)})") from error
        database = str(path / DATABASE)
        if (path / DATABASE).is_dir() and any((path / DATABASE).iterdir()) and not is_store(path):
            # RocksDB would start a new database over the old one's files: never write to it
            raise StoreError(
                f"store {path} is damaged and cannot be opened ({DATABASE}/CURRENT is missing); it was left as it is"
            )
        try:
            store = _read_only(database) if read_only else ox.Store(database)
        except OSError as error:
            message = one_line(error)
            holder = _lock_holder(message)
            if holder is not None:
                raise StoreError(f"store {path} is in use by {holder} ({message})") from error
            raise StoreError(f"cannot open store {path} ({message})") from error
        except RuntimeError as error:  # RocksDB reports corruption as a RuntimeError
            raise StoreError(f"store {path} is damaged and cannot be opened ({one_line(error)})") from error
        graph_store = cls(store, path, read_only)
        try:
            graph_store._prepare()
        except BaseException as error:
            graph_store._store = None  # release the lock; nothing more is written
            if isinstance(error, RuntimeError):  # a damaged file RocksDB read only now
                raise StoreError(f"store {path} is damaged ({one_line(error)}); it was left as it is") from error
            raise
        return graph_store

    def _prepare(self) -> None:
        """What an open checks (a reader) or brings up to date (a writer) before use."""
        if self.read_only:
            self._lacks_union = self._union_missing()
            return
        if self._union_missing():
            self._add_union()
        self._refresh_ontology()
        self._repair_cache()
        self._index_names()

    def close(self) -> None:
        """Flush to disk and release the folder's lock, also when flushing fails (a full
        disk, a damaged file: then :class:`StoreError`, and the journal keeps naming every
        graph this writer changed). Closing twice is harmless."""
        store, self._store = self._store, None  # the lock goes with the last reference
        if store is None or self.read_only:
            return
        try:
            store.flush()
        except (OSError, RuntimeError) as error:
            raise StoreError(
                f"cannot write store {self.path} ({one_line(error)}); what was committed before is kept, "
                "and the next kg build --store picks up from there"
            ) from error
        self._names.save()
        self._close_journal()

    def flush(self) -> None:
        """Put every committed transaction on disk (RocksDB's write buffers into its files)."""
        try:
            self._writable().flush()
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot write store {self.path} ({one_line(error)})") from error

    def _close_journal(self) -> None:
        """Empty the journal when every graph this writer changed has its cache file;
        else leave it naming those that have none (a cache write failed, or was cut
        short), for the next writable open to rebuild from the database."""
        if not self._uncached:
            self._cache.clear_pending()
            return
        try:
            self._cache.keep_pending(self._uncached)
        except OSError:
            pass  # the journal as it is names them too (with others, rebuilt needlessly but correctly)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close; when leaving on an error, a failure to close as well (the same full disk)
        is logged, not raised, so that the first error is the one reported."""
        if not exc_info or exc_info[0] is None:
            self.close()
            return
        try:
            self.close()
        except StoreError as error:
            log.debug("%s", error)

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying :class:`pyoxigraph.Store` (raises :class:`StoreError` once closed)."""
        if self._store is None:
            raise StoreError(f"store {self.path} is closed")
        return self._store

    def _union_missing(self) -> bool:
        """Whether the store has article graphs but an empty default graph: written before
        the default graph held their union."""
        store = self.oxigraph
        has_default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
        return not has_default and any(graph != _ONTOLOGY for graph in store.named_graphs())

    def _add_union(self) -> None:
        """Fill the default graph with the union of the named graphs, in one transaction."""
        try:
            self.oxigraph.update(_UNION)
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot add the union default graph to store {self.path} ({one_line(error)})") from error

    def _refresh_ontology(self) -> None:
        ontology = set(ox.parse(input=ONTOLOGY_FILE.read_bytes(), format=ox.RdfFormat.TURTLE))
        stored = {q.triple for q in self.oxigraph.quads_for_pattern(None, None, None, _ONTOLOGY)}
        if stored != ontology:
            text = serialized(sorted(ontology, key=str), _NT).decode("utf-8")
            # not an article: its triples stay out of the default graph
            self._update(
                _ONTOLOGY, f"DROP SILENT GRAPH {_ONTOLOGY} ;\nINSERT DATA {{ GRAPH {_ONTOLOGY} {{ {text} }} }}"
            )

    # ------------------------------------------------------------------ the export cache

    def _pending(self) -> frozenset[str]:
        """Graphs whose cache file may be stale: this writer knows which; a reader trusts
        nothing named in the journal (a writer may be at work, or have crashed)."""
        if self.in_memory:
            return frozenset()
        if not self.read_only:
            return frozenset(self._uncached)
        return self._cache.pending()

    def _mark_pending(self, graphs: list[ox.NamedNode]) -> None:
        """Name ``graphs`` in the journal, on disk, before their transaction (which does not
        happen when the journal cannot be written)."""
        try:
            self._cache.mark_pending(graphs)
        except OSError as error:
            raise StoreError(
                f"cannot write graph {graphs[0]} in store {self.path}: its journal {self._cache.journal} "
                f"cannot be written ({one_line(error)}); the store was not changed"
            ) from error
        self._uncached.update(graph.value for graph in graphs)

    def _write_cache(self, graph: ox.NamedNode, lines: list[bytes]) -> str | None:
        """Replace the cache file of ``graph`` (no file when there are no lines) and return
        its checksum line. On any failure the graph stays named in the journal, so the next
        writable open rebuilds its file from the database; until then dumps read it from
        the database."""
        try:
            checksum = self._cache.write(graph, lines)
        except OSError as error:
            raise StoreError(
                f"cannot write the export cache of graph {graph} in store {self.path} ({one_line(error)}); "
                f"the database holds the graph, and the next kg build --store {self.path} rebuilds its "
                "cache file once the folder can be written"
            ) from error
        self._uncached.discard(graph.value)
        return checksum

    def _repair_cache(self) -> None:
        """Rebuild the cache files of graphs named in the journal (left by an interrupted
        writer), and of every graph whose file is missing or fails its checksum."""
        pending = self._cache.pending()
        names = [g.value for g in self._article_graphs()] if pending is EVERY_GRAPH else sorted(pending)
        damaged = sorted(g.value for g in self._article_graphs() if g.value not in pending and not self._cached(g))
        if damaged:
            log.warning(
                "store %s: %d export cache file(s) damaged or missing, rebuilt from the database",
                self.path,
                len(damaged),
            )
        names += damaged
        self._uncached.update(names)  # until each file is written: a failure leaves them in the journal
        for name in names:
            graph = ox.NamedNode(name)
            self._write_cache(graph, self._database_lines(graph))
        self._close_journal()

    def _index_names(self) -> None:
        """Load the index of entity names, recomputing the rows of every graph whose cache
        file (current, once :meth:`_repair_cache` is done) has another checksum."""
        self._names.load()
        graphs = {g.value: g for g in self._article_graphs()}
        checksums = {name: self._cache.checksum(graph) for name, graph in graphs.items()}
        for name in self._names.stale(checksums):
            cached = self._cached(graphs[name])
            text = cached or with_graph(self._database_lines(graphs[name]), str(graphs[name]).encode("utf-8"))
            triples = (quad.triple for quad in ox.parse(text, format=ox.RdfFormat.N_QUADS))
            self._names.set(name, checksums[name] if cached else None, entity_rows(triples))
        self._indexed = True
        self._names.save()

    def _database_lines(self, graph: ox.NamedNode) -> list[bytes]:
        """The sorted N-Triples lines of one graph, read from the database (slow)."""
        try:
            if not self.oxigraph.contains_named_graph(graph):
                return []
            text = self.oxigraph.dump(format=_NT, from_graph=graph)
        except (OSError, RuntimeError) as error:
            raise StoreError(f"cannot read graph {graph} of store {self.path} ({one_line(error)})") from error
        assert text is not None  # None only when dumping into a file
        return sorted(text.splitlines())

    def _cached(self, graph: ox.NamedNode) -> bytes | None:
        """The cache file's N-Quads of a graph of the database, or None when the file is
        missing or fails its checksum."""
        try:
            return self._cache.read(graph)
        except DamagedCacheFile:
            return None

    def _graph_text(self, graph: ox.NamedNode, stale: frozenset[str], damaged: list[str]) -> bytes:
        """The N-Quads of one graph, sorted, each line ending in a newline: from the
        cache file unless the graph is ``stale``, or its file is missing or damaged (then
        named in ``damaged``, and rebuilt by a writer)."""
        if self.in_memory or graph.value in stale:
            return with_graph(self._database_lines(graph), str(graph).encode("utf-8"))
        cached = self._cached(graph)
        if cached is not None:
            return cached
        damaged.append(graph.value)
        lines = self._database_lines(graph)
        if not self.read_only:
            try:
                self._mark_pending([graph])
                self._write_cache(graph, lines)
            except StoreError:
                pass  # the graph stays in the journal; the dump goes on from the database
        return with_graph(lines, str(graph).encode("utf-8"))

    def _graph_texts(self, graphs: list[ox.NamedNode] | None = None) -> Iterator[tuple[ox.NamedNode, bytes]]:
        """(graph, its sorted N-Quads) of ``graphs`` (default: every article graph), in graph order."""
        if graphs is None:
            graphs = self._article_graphs()
        else:
            missing = [g for g in graphs if not self.oxigraph.contains_named_graph(g)]
            if missing:
                raise StoreError(f"no graph {missing[0]} in store {self.path}")
        stale = self._pending()
        damaged: list[str] = []
        for _, graph in sorted({str(g): g for g in graphs}.items()):  # the order of kg.export's files
            text = self._graph_text(graph, stale, damaged)
            if text:
                yield graph, text
        if damaged:
            log.warning(
                "store %s: %d export cache file(s) damaged or missing (the first: graph %s); read from the database%s",
                self.path,
                len(damaged),
                damaged[0],
                ", and rebuilt" if not self.read_only else f" (kg build --store {self.path} rebuilds them)",
            )

    # ------------------------------------------------------------------ writing

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        return self.oxigraph

    def replace_article(self, graph_name: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None:
        """Make named graph ``graph_name`` hold exactly ``quads``, in one transaction.

        ``quads`` (e.g. :func:`kg.rdf.article_quads`) is read to the end first; if it
        raises, the store is not touched. Every quad must be in ``graph_name``. No quads
        leaves the article absent.
        """
        self.write_articles([(graph_name, quads)])

    def write_articles(self, articles: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]) -> None:
        """Make each named graph of ``articles`` hold exactly its quads, all of them in one
        transaction: after a failure or a crash either every graph of the batch is written
        or none is (see :mod:`kg.store.batch` for the builds that gather them).

        Every quad is read (and checked to be in its graph) before the store is touched.
        A batch of graphs the store does not hold yet is loaded from N-Quads in one go
        (:meth:`_load_new`); a batch that replaces or removes a graph is one SPARQL UPDATE.
        """
        self._writable()
        bodies, rows = self._bodies(articles)
        if not bodies:
            return
        self._mark_pending(list(bodies))
        lines = {graph: sorted(set(body.splitlines())) for graph, body in bodies.items()}
        if all(lines.values()) and not any(self.oxigraph.contains_named_graph(g) for g in bodies):
            self._load_new(lines, bodies, rows)
        else:
            self._put(bodies)
            self._record(lines, rows)

    def _record(self, lines: dict[ox.NamedNode, list[bytes]], rows: dict[ox.NamedNode, list[Row]]) -> None:
        """The cache file and the index-of-names rows of each graph just written (or being
        written: :meth:`_load_new`)."""
        for graph, graph_lines in lines.items():
            checksum = self._write_cache(graph, graph_lines)
            self._names.set(graph.value, checksum, rows[graph]) if graph_lines else self._names.drop(graph.value)

    def _bodies(
        self, articles: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]
    ) -> tuple[dict[ox.NamedNode, bytes], dict[ox.NamedNode, list[Row]]]:
        """Each graph's quads as N-Triples written by Oxigraph's serializer (which escapes
        every term), read to the end, and the rows of its entities for the name index; a
        quad of another graph, or a graph named twice, is a :class:`StoreError` before
        anything is written."""
        bodies: dict[ox.NamedNode, bytes] = {}
        rows: dict[ox.NamedNode, list[Row]] = {}
        for graph_name, quads in articles:
            graph = _graph(graph_name)
            if graph in bodies:
                raise StoreError(f"cannot write graph {graph} twice in one transaction in store {self.path}")
            triples = graph_triples(graph, quads, self.path)
            bodies[graph] = serialized(triples, _NT)
            rows[graph] = entity_rows(triples)
        return bodies, rows

    def _load_new(
        self,
        lines: dict[ox.NamedNode, list[bytes]],
        bodies: dict[ox.NamedNode, bytes],
        rows: dict[ox.NamedNode, list[Row]],
    ) -> None:
        """Add graphs the store does not hold, with their triples in the default graph (a
        set: a triple there already stays once), in one transaction, parsed by Oxigraph
        from N-Quads: no SPARQL text to parse, no graph to drop; and record them
        (:meth:`_record`) while Oxigraph loads them.

        Oxigraph parses and writes without holding Python's lock, so the cache files and
        the rows of the index of names are written meanwhile, in this thread, instead of
        after (a quarter of a batch's time, or more, see ``bench/store_speed.py``). They
        are safe early: the graphs are named in the journal, so until the load is done
        dumps read them from the database (where they are absent: nothing), a kill leaves
        them to the next writable open, which rebuilds their files from the database
        (none), and a failed load takes them back (:meth:`_take_back`).

        A batch of at least :data:`BULK_QUADS` quads goes through Oxigraph's bulk loader,
        which writes sorted files and ingests them into RocksDB in one atomic step (one
        ``IngestExternalFiles`` call, all or nothing even when killed, for a load below its
        1M-quad chunk; :data:`kg.store.batch.BATCH_QUADS` keeps batches far below) at about
        four times the speed of a transaction on a quiet machine. Smaller batches are a
        transaction (the bulk loader would leave a dozen tiny files per batch)."""
        data = b"".join(with_graph(graph_lines, str(graph).encode("utf-8")) for graph, graph_lines in lines.items())
        data += b"".join(bodies.values())
        bulk = sum(2 * len(graph_lines) for graph_lines in lines.values()) >= BULK_QUADS
        failed: list[Exception] = []
        loader = threading.Thread(target=self._load, args=(data, bulk, failed), name=f"kg-store-load {self.path}")
        loader.start()
        try:
            self._record(lines, rows)
        finally:
            loader.join()  # also on Ctrl-C: the load cannot be stopped, and is whole or absent
            if failed:
                self._take_back(lines)
        if failed and not isinstance(failed[0], (SyntaxError, OSError, RuntimeError)):
            raise failed[0]
        if failed:
            raise StoreError(
                f"cannot write graph {next(iter(lines))} in store {self.path} ({one_line(failed[0])})"
            ) from failed[0]
        if not bulk:
            self._count_unflushed(len(data))

    def _load(self, data: bytes, bulk: bool, failed: list[Exception]) -> None:
        """Load N-Quads ``data`` in one transaction, through the bulk loader when ``bulk``;
        run in a thread of its own, so an error is put into ``failed``, not raised."""
        try:
            if bulk:
                self.oxigraph.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
            else:
                self.oxigraph.load(input=data, format=ox.RdfFormat.N_QUADS)
        except Exception as error:
            failed.append(error)

    def _take_back(self, lines: dict[ox.NamedNode, list[bytes]]) -> None:
        """Undo :meth:`_record` for new graphs whose load failed: their rows leave the index
        of names, their cache files go (or, where that fails too, stay named in the
        journal, for the next writable open to remove)."""
        for graph in lines:
            self._names.drop(graph.value)
            self._uncached.add(graph.value)
            try:
                self._write_cache(graph, [])
            except StoreError as error:
                log.debug("%s", error)

    def _count_unflushed(self, size: int) -> None:
        """Flush RocksDB's write buffers once :data:`FLUSH_BYTES` were written through them."""
        self._unflushed += size
        if self._unflushed > FLUSH_BYTES:
            self.oxigraph.flush()
            self._unflushed = 0

    def _put(self, bodies: dict[ox.NamedNode, bytes]) -> None:
        """Replace the triples of article graphs (an empty body removes one), and keep the
        default graph the union of the article graphs, in a single SPARQL UPDATE, hence one
        transaction."""
        update = " ;\n".join(self._update_text(g, body.decode("utf-8") or None) for g, body in bodies.items())
        self._update(next(iter(bodies)), update)
        self._count_unflushed(2 * sum(len(body) for body in bodies.values()))  # each graph, and its union copy

    def _update(self, graph: ox.NamedNode, update: str) -> None:
        try:
            self._writable().update(update)
        except (SyntaxError, OSError, RuntimeError) as error:
            raise StoreError(f"cannot write graph {graph} in store {self.path} ({one_line(error)})") from error

    @staticmethod
    def _update_text(graph: ox.NamedNode, triples: str | None) -> str:
        """Take ``graph`` out (of its name and of the union), then, unless ``triples`` is
        None, put those N-Triples in (in its name and in the union)."""
        # every term comes from str(NamedNode) or Oxigraph's N-Triples serializer, both escaped
        drop = _DROP.format(graph=graph)
        if triples is None:
            return drop
        return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{ {triples} }} }} ;\n{_COPY.format(graph=graph)}"

    def remove_article(self, graph_name: ox.NamedNode | str) -> bool:
        """Remove an article's named graph, and its triples from the union that no other
        graph states, in one transaction; False if it was not there."""
        graph = _graph(graph_name)
        if not self._writable().contains_named_graph(graph):
            return False
        self._mark_pending([graph])
        self._update(graph, self._update_text(graph, None))
        self._write_cache(graph, [])
        self._names.drop(graph.value)
        return True

    # ------------------------------------------------------------------ reading

    def _article_graphs(self) -> list[ox.NamedNode]:
        return [g for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode) and g != _ONTOLOGY]

    def graph_names(self) -> list[str]:
        """IRIs of the article graphs, sorted."""
        return sorted(g.value for g in self._article_graphs())

    def __len__(self) -> int:
        """Number of quads in the article graphs (neither the ontology nor the union in
        the default graph is counted)."""
        row = next(iter(self._select(_ARTICLE_QUADS)))
        return int(row["n"].value)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the article graphs (not the ontology), graph by graph."""
        for _, text in self._graph_texts():
            yield from ox.parse(text, format=ox.RdfFormat.N_QUADS)

    def article_hashes(self) -> dict[str, str]:
        """``kg:contentHash`` of every article, keyed by its **graph IRI** string, sorted.

        Look an article up with ``hashes.get(kg.rdf.graph_iri(article.id).value)``: an
        article id cannot be recovered from its slugged IRIs, its graph IRI can be made
        from the id.
        """
        hashes: dict[str, str] = {}
        for row in self._select(_HASHES):  # named graphs only: works on a store of any age
            hashes.setdefault(row["g"].value, row["hash"].value)
        return hashes

    def entities(
        self, classes: Iterable[str] = ("Person", "Organization"), exclude: Iterable[str] = ()
    ) -> list[tuple[str, str, str]]:
        """``(key, class, label)`` of every entity of ``classes``, sorted by key then class,
        in the article graphs other than those whose IRIs are in ``exclude`` (articles a
        build is about to write again).

        The key is the IRI without ``https://kg.example.org/id/`` (``person/xi-jinping``).
        An entity labelled differently in different articles gets the label most articles
        use (ties: the smallest). A writer answers from its index of names
        (:mod:`kg.store.names`), a reader with a query of every graph.
        """
        classes = list(dict.fromkeys(classes))
        for cls in classes:
            if cls not in CLASS_NAMES:
                raise StoreError(f"unknown entity class {cls!r} (known: {', '.join(sorted(CLASS_NAMES))})")
        if self._indexed:
            return self._names.rows(classes, exclude)
        return self._queried_entities(classes, exclude)

    def _queried_entities(self, classes: list[str], exclude: Iterable[str]) -> list[Row]:
        """:meth:`entities`, by SPARQL over the article graphs."""
        rows: list[Row] = []
        excluded = [ox.NamedNode(g) for g in sorted(set(exclude))]
        for cls in classes:
            node = ox.NamedNode(str(getattr(KG, cls)))
            articles: dict[tuple[str, str], int] = {}  # (key, label) -> article graphs using it
            for row in self._select(_ENTITIES, {"class": node}):
                articles[(row["entity"].value[len(_ID) :], row["label"].value)] = int(row["articles"].value)
            for graph in excluded:
                for row in self._select(_ENTITIES_OF_GRAPH, {"class": node, "g": graph}):
                    articles[(row["entity"].value[len(_ID) :], row["label"].value)] -= 1
            best: dict[str, tuple[int, str]] = {}
            for (key, label), count in articles.items():
                if count > 0:
                    candidate = (-count, label)
                    best[key] = min(best.get(key, candidate), candidate)
            rows.extend((key, cls, label) for key, (_, label) in best.items())
        return sorted(rows)

    def query(
        self, sparql: str, bindings: dict[str, Any] | None = None
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query over all graphs (and the ontology).

        The default graph is the union of the article graphs as a *set*: a triple stated in
        two article graphs (Huawei's label) matches once, as in rdflib on ``graph.ttl``;
        ``GRAPH ?g { }`` matches each graph's own, and ``GRAPH graph:ontology { }`` the
        ontology (which is not in the default graph).
        Raises :class:`StoreError` for a store opened read-only whose default graph does not
        hold the union yet (written by an older kg): open it once for writing to add it.

        The project's prefixes (:data:`kg.vocab.PREFIXES`) are predeclared, through the
        parser's ``prefixes`` option, so error positions are those of ``sparql``.
        ``bindings`` maps variable names (with or without ``?``) to pyoxigraph or rdflib
        terms, or to Python str/int/float/bool (bound as literals); they reach Oxigraph as
        ``substitutions``, never as text. Oxigraph substitutes only variables a SELECT
        returns: bind ``?entity`` only in a query that selects it (or uses ``SELECT *``),
        else :class:`QueryError` says so. Results are pyoxigraph's, read lazily.
        Raises :class:`QueryError` for a malformed query, with the parser's message on one line.
        """
        if self._lacks_union:
            raise StoreError(
                f"store {self.path} was written by an older kg, whose default graph does not "
                "hold the union of the articles; open it once for writing (kg build --store) "
                "to add it, then query"
            )
        return self._query(sparql, bindings)

    def _query(
        self, sparql: str, bindings: dict[str, Any] | None = None
    ) -> ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean:
        """:meth:`query` without the check of the default graph (for queries of named graphs only)."""
        substitutions = {
            ox.Variable(name.lstrip("?$")): oxigraph_term(value) for name, value in (bindings or {}).items()
        }
        try:
            return self.oxigraph.query(sparql, prefixes=PREFIX_MAP, substitutions=substitutions)
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL: {one_line(error)}") from error
        except (OSError, RuntimeError) as error:
            message = one_line(error)
            if _damaged(message):
                raise StoreError(f"store {self.path} is damaged ({message}); it was left as it is") from error
            if _unselected_binding(message):
                raise QueryError(
                    f"cannot bind a variable the query does not select ({message}); add it to the SELECT clause"
                ) from error
            raise QueryError(f"query failed: {message}") from error

    def _select(self, sparql: str, bindings: dict[str, Any] | None = None) -> ox.QuerySolutions:
        """The rows of one of the store's own SELECT queries (named graphs only, like :meth:`_query`)."""
        answer = self._query(sparql, bindings)
        assert isinstance(answer, ox.QuerySolutions)
        return answer

    # ------------------------------------------------------------------ export

    def dump(self, fmt: str) -> bytes:
        """The article graphs as ``ttl`` (their union, deduplicated), ``trig``, ``nq`` or ``jsonld``.

        Output is sorted, so the same content always gives the same bytes (those of
        :mod:`kg.export`); sorting holds every line in memory, fine below ~1M quads.
        """
        writer = DUMP_FORMATS.get(fmt)
        if writer is None:
            raise StoreError(f"unknown dump format {fmt!r} (use {', '.join(DUMP_FORMATS)})")
        return writer(self._graph_texts())

    def to_rdflib(self, graph_names: Iterable[ox.NamedNode | str] | None = None) -> Dataset:
        """All article graphs, or those named, as an rdflib ``Dataset`` (union default
        graph, project prefixes bound). A name not in the store raises :class:`StoreError`."""
        return rdflib_dataset(self.nquads(None if graph_names is None else [_graph(g) for g in graph_names]))

    def graph_texts(self) -> Iterator[bytes]:
        """The sorted N-Quads of each article graph, one graph at a time (the cache and its
        journal read once, not once a graph)."""
        return (text for _, text in self._graph_texts())

    def nquads(self, graphs: list[ox.NamedNode] | None = None) -> bytes:
        """Sorted N-Quads of ``graphs`` (default: every article graph), graph by graph."""
        return b"".join(text for _, text in self._graph_texts(graphs))


# pyoxigraph reports a held lock, a damaged file and a binding of an unselected variable with no
# error type or code of their own (an OSError without errno, a RuntimeError): these three read
# its message, and nothing else in kg does. Messages of pyoxigraph 0.5.


def _lock_holder(message: str) -> str | None:
    """Who holds the store's lock, from the message of the OSError opening it: "this
    process", "another process", or None when the error is not about the lock."""
    if "lock" not in message.lower():
        return None
    return "this process" if "current process" in message else "another process"


def _damaged(message: str) -> bool:
    """Whether RocksDB failed because a file of the database is damaged (a flipped bit)."""
    return message.startswith("Corruption:")


def _unselected_binding(message: str) -> bool:
    """Whether a query failed because a binding names a variable its SELECT does not return."""
    return "SELECT projection" in message
