"""A store in a SPARQL server: article graphs written with SPARQL Update, read with SPARQL Query.

    RemoteStore.open("http://127.0.0.1:7878") -> replace_article(graph_iri(id), article_quads(graph))
    RemoteStore.open(url, read_only=True).snapshot() -> GraphStore (in memory) -> query / dump

The same semantics as the embedded store (:class:`kg.store.GraphStore`), over HTTP
(:mod:`kg.store.sparql_client`), with any SPARQL 1.1 server (Oxigraph, Virtuoso, Fuseki,
GraphDB; their URLs in :mod:`kg.store.endpoints`):

* **One named graph per article**, the IRIs :func:`kg.terms.graph_iri` gives; the
  content hash in each (:meth:`RemoteStore.article_hashes`) lets a build skip unchanged
  articles, as with a folder.
* **One request per article.** :meth:`RemoteStore.replace_article` sends ``DROP SILENT
  GRAPH g ; INSERT DATA { GRAPH g { ... } }`` as one update request, which the server
  applies as one transaction: its readers see the old article or the new one, never half,
  and a server stopped mid-build holds every article whole or absent. The body is
  N-Triples written by Oxigraph's serializer, which escapes every term; no value is pasted
  into SPARQL by hand.
* **The unfinished record on the server.** What a build cut short must refold
  (:mod:`kg.store.unfinished`) lives in graph :data:`UNFINISHED_GRAPH` of the same server,
  so a build resumed from any machine replays it and ends with the bytes of a clean build.
* **Readers take a snapshot.** ``kg query/stats/path/view/validate/export --store URL``
  read every article graph in one SELECT (one snapshot of the server's state, every
  article whole) into an in-memory :class:`GraphStore`, and run there exactly as on a
  folder: the default graph is the set union of the articles, the ontology is in
  ``graph:ontology``, and ``kg export`` writes the same bytes as from a folder.
* **The ontology** is also written to ``graph:ontology`` on the server by every writer,
  for people who query the server itself.
* **One writer, many readers.** A writer takes a lease in graph :data:`LOCK_GRAPH` of the
  server (:class:`Lease`): one update inserts its holder (a random IRI, with its host, pid
  and start time) only if the graph is empty, then a read shows whose the lease is. A second
  writer gets :class:`StoreError` naming the holder, as a second writer of a folder does;
  closing the writer (also on an error) removes its lease. Readers take none.
* **A writer that died leaves its lease.** A lease of this host whose process is gone (or, in
  this process, of a writer closed without reaching the server) is taken over, with a warning;
  any other is cleared by ``kg build --store URL --break-lock`` (:meth:`RemoteStore.open`'s
  ``break_lock``), which the refusal says. The unfinished record is not the lease's: a build
  resumed after breaking it replays that record as any other.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

from ..errors import RemoteStoreError, StoreError, printable
from ..vocab import BASE, CLASS_NAMES, GRAPH, ID, KG, ONTOLOGY_FILE, ONTOLOGY_GRAPH
from .database import GraphStore
from .dump import PREFIX_MAP, serialized
from .endpoints import Endpoints, endpoints_of
from .graphs import graph_triples
from .sparql_client import SparqlClient
from .unfinished import Entry

__all__ = ["LOCK_GRAPH", "UNFINISHED_GRAPH", "Lease", "RemoteStore", "RemoteUnfinished"]

log = logging.getLogger(__name__)

_NT = ox.RdfFormat.N_TRIPLES
_ID = str(ID)
_ONTOLOGY = ox.NamedNode(str(ONTOLOGY_GRAPH))
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

#: the graph holding the record of an unfinished build, outside the articles' namespace
UNFINISHED_GRAPH = ox.NamedNode(BASE + "build/unfinished")
#: its one predicate: article graph -> JSON [order, graph IRI, content hash, payload]
_ENTRY = ox.NamedNode(BASE + "build/entry")

#: the graph holding the writer's lease, outside the articles' namespace (so no reader sees it)
LOCK_GRAPH = ox.NamedNode(BASE + "build/lock")
#: the lease's predicates: holder -> host name, process id, start time (ISO 8601, UTC)
_HOST, _PID, _SINCE = (ox.NamedNode(BASE + "build/" + name) for name in ("host", "pid", "since"))
#: each writer's holder IRI is this and a random hex id
_HOLDER = BASE + "build/writer/"
#: the holder IRIs of the writers of this process that hold their lease now
_HELD: set[str] = set()
#: a lease read back empty (its holder released it meanwhile) or lost to a race is tried again
#: this many times before the writer gives up
_LEASE_TRIES = 5

#: kg's prefixes, declared before each query (servers predeclare different ones, or none)
_PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in sorted(PREFIX_MAP.items()))
#: the article graphs: in kg's graph namespace, other than the ontology
_ARTICLE_GRAPH = f'FILTER (STRSTARTS(STR(?g), "{GRAPH}") && ?g != graph:ontology)'

_HASHES = "SELECT ?g ?hash WHERE { GRAPH ?g { ?article kg:contentHash ?hash } } ORDER BY ?g ?hash"
_GRAPHS = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_ARTICLE_GRAPH} }}"
_COUNT = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_ARTICLE_GRAPH} }}"
_QUADS = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_ARTICLE_GRAPH} }}"
# Entities of the classes in VALUES (written from the vocabulary), each label with the number
# of article graphs using it, in the article graphs other than those in NOT IN.
_ENTITIES = """SELECT ?class ?entity ?label (COUNT(DISTINCT ?g) AS ?articles) WHERE {{
    VALUES ?class {{ {classes} }}
    GRAPH ?g {{ ?entity a ?class ; rdfs:label ?label }}
    FILTER (STRSTARTS(STR(?entity), STR(id:)) && STRSTARTS(STR(?g), "{graphs}"){excluded})
}} GROUP BY ?class ?entity ?label"""
_ENTRIES = f"SELECT ?entry WHERE {{ GRAPH {UNFINISHED_GRAPH} {{ ?graph {_ENTRY} ?entry }} }}"
#: the lease's triples, to read back whose it is
_LEASES = f"SELECT ?holder ?p ?o WHERE {{ GRAPH {LOCK_GRAPH} {{ ?holder ?p ?o }} }}"

#: a snapshot read with fewer quads than the server counted is read again this many times
#: (a writer may have added some between the two requests) before it is called cut short
_SNAPSHOT_TRIES = 3


class RemoteStore:
    """Article graphs in a SPARQL 1.1 server: what :class:`GraphStore` is for a folder,
    for the writer (:func:`kg.pipeline.update_store`) and, through :meth:`snapshot`, readers."""

    def __init__(self, client: SparqlClient, read_only: bool = False) -> None:
        self._client = client
        self.endpoints = client.endpoints
        self.read_only = read_only
        #: what a build cut short still has to refold, kept on the server
        self.unfinished = RemoteUnfinished(client)
        #: the writer's lease once taken (:meth:`_take_lease`); None for readers
        self.lease: Lease | None = None

    @classmethod
    def open(cls, location: str | Endpoints, *, read_only: bool = False, break_lock: bool = False) -> RemoteStore:
        """The store at ``location`` (a URL, or its :class:`Endpoints`). A writer takes the
        lease (raises :class:`StoreError` when another writer holds it; ``break_lock`` first
        removes any lease, for one whose writer died), then refreshes the ontology."""
        endpoints = location if isinstance(location, Endpoints) else endpoints_of(location)
        store = cls(SparqlClient(endpoints), read_only)
        if not read_only:
            try:
                if break_lock:
                    store._break_lease()
                store._take_lease()
                store._refresh_ontology()
            except BaseException:
                store._close(quietly=True)
                raise
        return store

    @property
    def path(self) -> str:
        """The store's name in messages: its query URL, the password hidden."""
        return self.endpoints.name

    def close(self) -> None:
        """Give the lease back (a writer) and close the connections. Closing twice is harmless."""
        self._close(quietly=False)

    def _close(self, quietly: bool) -> None:
        """:meth:`close`; when ``quietly`` (leaving on an error) a failure to give the lease
        back (the same stopped server) is logged, not raised, so the first error is reported."""
        lease, self.lease = self.lease, None
        try:
            if lease is not None:
                _HELD.discard(lease.holder)  # from here on, a lease left behind is this process's orphan
                self._client.update(_removing(lease.holder), f"giving back the writer's lease {LOCK_GRAPH}")
        except StoreError as error:
            if not quietly:
                raise
            log.debug("%s", error)
        finally:
            self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._close(quietly=bool(exc_info) and exc_info[0] is not None)

    # ------------------------------------------------------------------ the writer's lease

    def _take_lease(self) -> None:
        """Insert this writer's lease if the server holds none, in one update, then read back
        whose it is. The writer holds it when the lease graph names it alone: of two writers
        racing, at most one reads only itself (each reads after its own insert; one that reads
        another as well removes its own). Stale leases (:meth:`Lease.stale`) are taken over."""
        mine = Lease(_HOLDER + uuid.uuid4().hex, socket.gethostname(), os.getpid(), _now())
        insert = (
            f"INSERT {{ GRAPH {LOCK_GRAPH} {{\n{mine.ntriples()}}} }}\n"
            f"WHERE {{ FILTER NOT EXISTS {{ GRAPH {LOCK_GRAPH} {{ ?s ?p ?o }} }} }}"
        )
        _HELD.add(mine.holder)  # before the insert: another thread must not call it an orphan
        try:
            self._contend(mine, insert)
        except BaseException:
            _HELD.discard(mine.holder)
            raise
        self.lease = mine

    def _contend(self, mine: Lease, insert: str) -> None:
        """:meth:`_take_lease`'s tries; returns once ``mine`` is the only lease."""
        for _ in range(_LEASE_TRIES):
            self._update(insert, f"taking the writer's lease {LOCK_GRAPH}")
            leases = self._leases()
            if [lease.holder for lease in leases] == [mine.holder]:
                return
            others = [lease for lease in leases if lease.holder != mine.holder]
            if len(others) < len(leases):  # inserted alongside another writer's: give way
                self._update(_removing(mine.holder), f"giving back the writer's lease {LOCK_GRAPH}")
            live = [lease for lease in others if not lease.stale()]
            if live:
                raise StoreError(
                    f"store {self.path} is in use by {live[0].described()} (the writer's lease in graph "
                    f"{LOCK_GRAPH}); if that build is no longer running, run kg build again with --break-lock"
                )
            for lease in others:
                # one of this process's may be a racing writer's that gave way since it was read: not worth a warning
                level = logging.DEBUG if lease.pid == os.getpid() else logging.WARNING
                log.log(
                    level,
                    "store %s: took over the lease of %s, which is no longer running",
                    self.path,
                    lease.described(),
                )
                self._update(_removing(lease.holder), f"removing a stale lease from {LOCK_GRAPH}")
        raise StoreError(f"store {self.path}: kg could not take the writer's lease in {_LEASE_TRIES} tries; try again")

    def _break_lease(self) -> None:
        """Remove every lease, whoever holds it (saying whose, as a warning)."""
        for lease in self._leases():
            log.warning("store %s: broke the lease of %s", self.path, lease.described())
        self._update(f"DROP SILENT GRAPH {LOCK_GRAPH}", f"breaking the writer's lease {LOCK_GRAPH}")

    def _leases(self) -> list[Lease]:
        """The leases the server holds, oldest first (one, unless writers raced)."""
        found: dict[str, dict[str, str]] = {}
        for row in self._client.select(_LEASES):
            holder, predicate, value = (row[name] for name in ("holder", "p", "o"))
            if holder is not None and predicate is not None and value is not None:
                found.setdefault(str(holder.value), {})[str(predicate.value)] = str(value.value)
        leases = [Lease.read(holder, values) for holder, values in found.items()]
        return sorted(leases, key=lambda lease: (lease.since, lease.holder))

    # ------------------------------------------------------------------ reading

    def _select(self, sparql: str) -> list[ox.QuerySolution]:
        return self._client.select(_PROLOGUE + sparql)

    def article_hashes(self) -> dict[str, str]:
        """``kg:contentHash`` of every article, keyed by its graph IRI string, sorted (as
        :meth:`GraphStore.article_hashes`)."""
        hashes: dict[str, str] = {}
        for row in self._select(_HASHES):
            hashes.setdefault(_value(row, "g"), _value(row, "hash"))
        return dict(sorted(hashes.items()))

    def graph_names(self) -> list[str]:
        """IRIs of the article graphs, sorted."""
        return sorted(_value(row, "g") for row in self._select(_GRAPHS))

    def entities(
        self, classes: Iterable[str] = ("Person", "Organization"), exclude: Iterable[str] = ()
    ) -> list[tuple[str, str, str]]:
        """``(key, class, label)`` of every entity of ``classes`` in the article graphs other
        than ``exclude``, each with the label most articles use (ties: the smallest), sorted
        (as :meth:`GraphStore.entities`)."""
        classes = list(dict.fromkeys(classes))
        for cls in classes:
            if cls not in CLASS_NAMES:
                raise StoreError(f"unknown entity class {cls!r} (known: {', '.join(sorted(CLASS_NAMES))})")
        excluded = ", ".join(str(ox.NamedNode(g)) for g in sorted(set(exclude)))
        sparql = _ENTITIES.format(
            classes=" ".join(str(ox.NamedNode(str(getattr(KG, cls)))) for cls in classes),
            graphs=GRAPH,
            excluded=f" && ?g NOT IN ({excluded})" if excluded else "",
        )
        counts: dict[tuple[str, str], dict[str, int]] = {}  # (key, class) -> label -> article graphs
        for row in self._select(sparql):
            key = _value(row, "entity")[len(_ID) :]
            cls = _value(row, "class")[len(str(KG)) :]
            counts.setdefault((key, cls), {})[_value(row, "label")] = int(_value(row, "articles"))
        return sorted((key, cls, _most_used(labels)) for (key, cls), labels in counts.items())

    def quads(self) -> list[ox.Quad]:
        """Every quad of the article graphs, read in one request: one snapshot of the server.

        From the Graph Store Protocol endpoint's whole dataset where there is one (Oxigraph's
        ``/store``), else from one SELECT; then raises :class:`RemoteStoreError` when the
        server keeps sending fewer quads than it counts (Virtuoso cuts results at its
        ``ResultSetMaxRows``)."""
        if self.endpoints.graphs is not None:
            dataset = ox.parse(self._client.dataset(), format=ox.RdfFormat.N_QUADS)
            return [q for q in dataset if isinstance(q.graph_name, ox.NamedNode) and _is_article_graph(q.graph_name)]
        for _ in range(_SNAPSHOT_TRIES):
            expected = int(_value(self._select(_COUNT)[0], "n"))
            quads = [_quad(row) for row in self._select(_QUADS)]
            if len(quads) >= expected:
                return quads
        raise RemoteStoreError(
            f"the store server {self.path} sent {len(quads):,} of the {expected:,} quads it holds: it cuts "
            "results short (Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
        )

    def snapshot(self) -> GraphStore:
        """The article graphs as they are now, in an in-memory, read-only :class:`GraphStore`
        (with the ontology): what every reading command queries, dumps and draws."""
        return GraphStore.from_quads(self.quads(), Path(self.path))

    # ------------------------------------------------------------------ writing

    def _update(self, sparql: str, doing: str) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        self._client.update(sparql, doing)

    def replace_article(self, graph_name: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None:
        """Make named graph ``graph_name`` hold exactly ``quads``, in one update request.
        ``quads`` is read to the end first; if it raises, the server is not asked anything.
        Every quad must be in ``graph_name``; no quads leaves the article absent."""
        graph = graph_name if isinstance(graph_name, ox.NamedNode) else ox.NamedNode(graph_name)
        triples = graph_triples(graph, quads, self.path)
        self._update(_replacing(graph, triples), f"writing graph {graph}")

    def write_articles(self, articles: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]) -> None:
        """A batch of articles (:mod:`kg.store.batch`), each replaced in its own update
        request, so that each stays whole or absent on any server."""
        for graph_name, quads in articles:
            self.replace_article(graph_name, quads)

    def flush(self) -> None:
        """Nothing to do: the server holds each update once it has answered."""

    def remove_article(self, graph_name: ox.NamedNode | str) -> bool:
        """Remove an article's named graph; False if it was not there."""
        graph = graph_name if isinstance(graph_name, ox.NamedNode) else ox.NamedNode(graph_name)
        if graph.value not in self.graph_names():
            return False
        self._update(_replacing(graph, []), f"removing graph {graph}")
        return True

    def _refresh_ontology(self) -> None:
        triples = ox.parse(ONTOLOGY_FILE.read_bytes(), format=ox.RdfFormat.TURTLE)
        self._update(_replacing(_ONTOLOGY, list(triples)), f"writing the ontology into graph {_ONTOLOGY}")


@dataclass(frozen=True, slots=True)
class Lease:
    """A writer's lease on a server: its holder IRI, and where and when it was taken."""

    holder: str
    host: str
    pid: int
    since: str

    @classmethod
    def read(cls, holder: str, values: dict[str, str]) -> Lease:
        """The lease of ``holder`` from its predicates' values (what is missing: unknown)."""
        pid = values.get(_PID.value, "")
        return cls(
            holder,
            values.get(_HOST.value, "?"),
            int(pid) if pid.isascii() and pid.isdigit() else 0,
            values.get(_SINCE.value, "?"),
        )

    def ntriples(self) -> str:
        """The lease as N-Triples, every term escaped by Oxigraph's serializer."""
        me = ox.NamedNode(self.holder)
        triples = [
            ox.Triple(me, _HOST, ox.Literal(self.host)),
            ox.Triple(me, _PID, ox.Literal(str(self.pid), datatype=_INTEGER)),
            ox.Triple(me, _SINCE, ox.Literal(self.since)),
        ]
        return serialized(triples, _NT).decode("utf-8")

    def described(self) -> str:
        """Who took it, for messages: "kg on host H (pid N) since T"."""
        pid = f"pid {self.pid}" if self.pid > 0 else "pid unknown"
        return printable(f"kg on host {self.host} ({pid}) since {self.since}")

    def stale(self) -> bool:
        """Whether the writer is surely gone: it ran on this host and its process is not
        running, or it is this process's and was closed without reaching the server."""
        if not self.holder.startswith(_HOLDER) or self.host != socket.gethostname() or self.pid <= 0:
            return False  # not kg's, or not of this host: only --break-lock removes it
        if self.pid == os.getpid():
            return self.holder not in _HELD
        try:
            os.kill(self.pid, 0)  # signal 0: whether the process exists
        except ProcessLookupError:
            return True
        except OSError:  # another user's process, say
            return False
        return False


class RemoteUnfinished:
    """The record of an unfinished build (:class:`kg.store.unfinished.UnfinishedBuild`'s
    methods), kept in graph :data:`UNFINISHED_GRAPH` of the server."""

    def __init__(self, client: SparqlClient) -> None:
        self._client = client
        self._next = 0  # the order of the next entry

    def entries(self) -> list[Entry]:
        """The articles an unfinished build wrote, in the order it wrote them (the first
        entry of a graph named twice); [] when the last build finished."""
        rows = []
        for row in self._client.select(_ENTRIES):
            try:
                order, graph, digest, payload = json.loads(_value(row, "entry"))
            except (ValueError, TypeError):
                continue  # not kg's: ignored, as a damaged line of the folder's record
            if isinstance(order, int) and all(isinstance(v, str) for v in (graph, digest, payload)):
                rows.append((order, graph, digest, payload))
        entries: dict[str, Entry] = {}
        for _, graph, digest, payload in sorted(rows):
            entries.setdefault(graph, (graph, digest, payload))
        return list(entries.values())

    def restart(self, entries: Iterable[Entry]) -> None:
        """Begin a build that resumes ``entries`` (replacing the record whole, in one request)."""
        lines = [self._triple(entry) for entry in entries]
        self._client.update(_replacing(UNFINISHED_GRAPH, lines), f"writing the build record {UNFINISHED_GRAPH}")

    def note(self, graph: str, digest: str, payload: str) -> None:
        """Name an article before its update (which does not happen if this fails)."""
        triple = self._triple((graph, digest, payload))
        self._client.update(
            f"INSERT DATA {{ GRAPH {UNFINISHED_GRAPH} {{ {triple} }} }}", f"noting graph <{graph}> in the build record"
        )

    def note_all(self, entries: list[Entry]) -> None:
        """Name the articles of a batch before their updates, in one request."""
        if len(entries) == 1:
            self.note(*entries[0])
            return
        triples = " ".join(str(self._triple(entry)) + " ." for entry in entries)
        self._client.update(
            f"INSERT DATA {{ GRAPH {UNFINISHED_GRAPH} {{ {triples} }} }}", "noting a batch in the build record"
        )

    def finish(self) -> None:
        """The build finished: nothing is left to refold."""
        self._client.update(f"DROP SILENT GRAPH {UNFINISHED_GRAPH}", f"removing the build record {UNFINISHED_GRAPH}")

    def _triple(self, entry: Entry) -> ox.Triple:
        graph, digest, payload = entry
        text = json.dumps([self._next, graph, digest, payload], ensure_ascii=False, separators=(",", ":"))
        self._next += 1
        return ox.Triple(ox.NamedNode(graph), _ENTRY, ox.Literal(text))


def _replacing(graph: ox.NamedNode, triples: list[ox.Triple]) -> str:
    """One update that makes ``graph`` hold exactly ``triples`` (none: drops it)."""
    drop = f"DROP SILENT GRAPH {graph}"
    if not triples:
        return drop
    body = serialized(triples, _NT).decode("utf-8")  # every term escaped by Oxigraph's serializer
    return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}}} }}"


def _removing(holder: str) -> str:
    """One update that removes the lease of ``holder``, and no other."""
    return f"DELETE WHERE {{ GRAPH {LOCK_GRAPH} {{ {ox.NamedNode(holder)} ?p ?o }} }}"


def _now() -> str:
    """The time now, UTC, to the second (ISO 8601): when a lease was taken."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _is_article_graph(graph: ox.NamedNode) -> bool:
    """What :data:`_ARTICLE_GRAPH` keeps, for quads read without a query."""
    return graph.value.startswith(str(GRAPH)) and graph != _ONTOLOGY


def _most_used(labels: dict[str, int]) -> str:
    """The label most article graphs use; of those, the smallest."""
    return min(labels.items(), key=lambda item: (-item[1], item[0]))[0]


def _value(row: ox.QuerySolution, name: str) -> str:
    term = row[name]
    if term is None:
        raise RemoteStoreError(f"a SPARQL server left ?{name} unbound in a result where kg's query binds it")
    return str(term.value)


def _quad(row: ox.QuerySolution) -> ox.Quad:
    graph, subject, predicate, obj = (row[name] for name in ("g", "s", "p", "o"))
    if not isinstance(graph, ox.NamedNode) or not isinstance(predicate, ox.NamedNode) or obj is None:
        raise RemoteStoreError("a SPARQL server sent a quad row that is not a quad of a named graph")
    if not isinstance(subject, ox.NamedNode | ox.BlankNode):
        raise RemoteStoreError("a SPARQL server sent a quad whose subject is neither an IRI nor a blank node")
    return ox.Quad(subject, predicate, obj, graph)
