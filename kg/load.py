"""Load a graph written by ``kg build`` into an rdflib Dataset, or open its store.

    graph file (.trig, .nq, .ttl, .jsonld), output folder or store folder -> load_dataset -> Dataset
    graph file or store folder -> open_source -> Dataset | GraphStore (read-only)

The Dataset has ``default_union=True``: a query's default graph is the union of
the per-article named graphs, as a set (a triple stated in two articles matches
once, as in ``graph.ttl`` and in a :class:`~kg.store.GraphStore`), so ``?e
rdfs:label ?l`` finds every entity once without a ``GRAPH`` clause.

The ontology (``kg/ontology/kg.ttl``) is not part of graph files. Queries and the
networkx view need its predicate labels and sub-property axioms, so
:func:`attach_ontology` adds it to a dataset as one more named graph,
``graph:ontology`` (:data:`ONTOLOGY_GRAPH`); it is idempotent, and
:mod:`kg.query` calls it before every query.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import GraphError, one_line
from kg.store import GraphStore, is_store
from kg.vocab import ONTOLOGY_FILE, ONTOLOGY_GRAPH, bind_prefixes

__all__ = ["FORMATS", "ONTOLOGY_GRAPH", "attach_ontology", "load_dataset", "ontology_graph", "open_source",
           "resolve_graph_path"]


#: file extension -> rdflib parser name
FORMATS: dict[str, str] = {
    ".trig": "trig",
    ".nq": "nquads",
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
}

#: the file `kg build` writes into its output folder that a folder path stands for
FOLDER_GRAPH_FILE = "graph.trig"




def resolve_graph_path(path: str | Path) -> Path:
    """The graph file a user means by ``path``: the file itself, or graph.trig in a folder."""
    path = Path(path)
    if path.is_dir():
        inner = path / FOLDER_GRAPH_FILE
        if not inner.is_file():
            raise GraphError(f"no {FOLDER_GRAPH_FILE} in folder {path}; run kg build into it first")
        return inner
    if not path.exists():
        raise GraphError(f"no such graph file: {path}")
    return path


def open_source(graph: str | Path | None = None, store: str | Path | None = None) -> GraphStore:
    """What a command reads, as a read-only :class:`GraphStore`: the store in folder
    ``store`` (or ``graph``, when that folder holds a store), else the graph file
    ``graph`` (or graph.trig in an output folder) loaded into memory. Close it when
    done (``with``)."""
    if (graph is None) == (store is None):
        raise GraphError("give either a graph file (or folder) or --store DIR" if graph is None
                         else "give either a graph file or --store, not both")
    if store is not None or is_store(graph):
        return GraphStore.open(store if store is not None else graph, read_only=True)
    return GraphStore.load_file(resolve_graph_path(graph))


def load_dataset(path: str | Path) -> Dataset:
    """Parse a graph file (format chosen by extension), or ``graph.trig`` in a folder,
    or read every article graph of a store folder.

    Files are parsed by pyoxigraph, which never touches the network: a JSON-LD file whose
    ``@context`` is remote is refused with a one-line :class:`GraphError` instead of
    being fetched (rdflib's own parser would fetch it). Raises :class:`GraphError` when
    the file is missing, has an unknown extension or does not parse; the parser's message
    is kept, on one line.
    """
    if is_store(path):
        with GraphStore.open(path, read_only=True) as store:
            return store.to_rdflib()
    from kg.rdf import to_rdflib
    from kg.store import read_graph_file

    dataset = to_rdflib(read_graph_file(resolve_graph_path(path)))
    bind_prefixes(dataset)
    return dataset


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology, parsed once. Treat it as read-only."""
    graph = Graph()
    graph.parse(data=ONTOLOGY_FILE.read_text(encoding="utf-8"), format="turtle")
    bind_prefixes(graph)
    return graph


def attach_ontology(dataset: Dataset) -> Dataset:
    """Add the ontology to ``dataset`` as named graph ``graph:ontology`` (once) and return it."""
    target = dataset.graph(ONTOLOGY_GRAPH)
    if len(target) == 0:
        target.addN((s, p, o, target) for s, p, o in ontology_graph())
    return dataset
