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

Unlike a folder, a server is not locked: two builds into the same server at once are not
refused (each article is still whole, but which build's version wins is not defined).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import RemoteStoreError, StoreError
from ..vocab import BASE, CLASS_NAMES, GRAPH, ID, KG, ONTOLOGY_FILE, ONTOLOGY_GRAPH
from .database import GraphStore
from .dump import PREFIX_MAP, serialized
from .endpoints import Endpoints, endpoints_of
from .graphs import graph_triples
from .sparql_client import SparqlClient
from .unfinished import Entry

__all__ = ["UNFINISHED_GRAPH", "RemoteStore", "RemoteUnfinished"]

_NT = ox.RdfFormat.N_TRIPLES
_ID = str(ID)
_ONTOLOGY = ox.NamedNode(str(ONTOLOGY_GRAPH))

#: the graph holding the record of an unfinished build, outside the articles' namespace
UNFINISHED_GRAPH = ox.NamedNode(BASE + "build/unfinished")
#: its one predicate: article graph -> JSON [order, graph IRI, content hash, payload]
_ENTRY = ox.NamedNode(BASE + "build/entry")

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

    @classmethod
    def open(cls, location: str | Endpoints, *, read_only: bool = False) -> RemoteStore:
        """The store at ``location`` (a URL, or its :class:`Endpoints`). A writer refreshes
        the ontology on the server, which is also the first check that it takes updates."""
        endpoints = location if isinstance(location, Endpoints) else endpoints_of(location)
        store = cls(SparqlClient(endpoints), read_only)
        if not read_only:
            try:
                store._refresh_ontology()
            except BaseException:
                store.close()
                raise
        return store

    @property
    def path(self) -> str:
        """The store's name in messages: its query URL, the password hidden."""
        return self.endpoints.name

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

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
