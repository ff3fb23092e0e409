"""Reading what a user names as a graph: a graph file, a build folder or a store folder.

    graph file (.trig, .nq, .ttl, .nt, .jsonld) -> read_graph_file (kg.formats) -> pyoxigraph quads
    graph file, output folder or store folder -> load_dataset -> rdflib Dataset
    graph file or store folder -> open_source -> GraphStore (read-only; a file in memory)

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
from importlib.resources.abc import Traversable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import GraphError
from kg.formats import read_graph_file
from kg.store import GraphStore, Location, is_store, open_reader
from kg.terms import rdflib_dataset
from kg.vocab import GRAPH, ONTOLOGY_FILE, ONTOLOGY_GRAPH, bind_prefixes

__all__ = [
    "FILE_GRAPH",
    "FOLDER_GRAPH_FILE",
    "ONTOLOGY_GRAPH",
    "attach_ontology",
    "load_dataset",
    "load_file",
    "ontology_graph",
    "package_graph",
    "open_source",
    "resolve_graph_path",
]

#: the file `kg build` writes into its output folder that a folder path stands for
FOLDER_GRAPH_FILE = "graph.trig"

#: the graph that holds the triples of a triples-only file (.ttl, .nt) in :func:`load_file`,
#: so that queries written for article graphs (``GRAPH ?g { ... }``) find them
FILE_GRAPH = ox.NamedNode(str(GRAPH) + "file")


def load_file(file: str | Path) -> GraphStore:
    """A graph file in an in-memory, read-only :class:`GraphStore` with the ontology; the
    triples of a .ttl or .nt file go into graph :data:`FILE_GRAPH`."""
    return GraphStore.from_quads(read_graph_file(file, triples_into=FILE_GRAPH), Path(file))


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


def open_source(graph: str | Path | None = None, store: Location | None = None) -> GraphStore:
    """What a command reads, as a read-only :class:`GraphStore`: the store in folder
    or server ``store`` (or ``graph``, when that folder holds a store), else the graph file
    ``graph`` (or graph.trig in an output folder) loaded into memory. Close it when
    done (``with``)."""
    if (graph is None) == (store is None):
        raise GraphError(
            "give either a graph file (or folder) or --store DIR"
            if graph is None
            else "give either a graph file or --store, not both"
        )
    if store is not None or is_store(graph):
        return open_reader(store if store is not None else graph)
    return load_file(resolve_graph_path(graph))


def load_dataset(path: str | Path) -> Dataset:
    """Parse a graph file (format chosen by extension), or ``graph.trig`` in a folder,
    or read every article graph of a store folder.

    Files are parsed by :func:`read_graph_file`. Raises :class:`GraphError` when the
    file is missing, has an unknown extension or does not parse; the parser's message is
    kept, on one line.
    """
    if is_store(path):
        with GraphStore.open(path, read_only=True) as store:
            return store.to_rdflib()
    return rdflib_dataset(read_graph_file(resolve_graph_path(path)))


def package_graph(file: Traversable) -> Graph:
    """A Turtle file of kg's package data (the ontology, the shapes) as a Graph, kg's prefixes bound."""
    graph = Graph()
    graph.parse(data=file.read_text(encoding="utf-8"), format="turtle")
    bind_prefixes(graph)
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology, parsed once. Treat it as read-only."""
    return package_graph(ONTOLOGY_FILE)


def attach_ontology(dataset: Dataset) -> Dataset:
    """Add the ontology to ``dataset`` as named graph ``graph:ontology`` (once) and return it."""
    target = dataset.graph(ONTOLOGY_GRAPH)
    if len(target) == 0:
        target.addN((s, p, o, target) for s, p, o in ontology_graph())
    return dataset
