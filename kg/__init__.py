"""kg: knowledge graphs from news articles, offline, with every fact traceable.

    >>> import kg
    >>> result = kg.build(["seeds/"], out="output")      # files in output/
    >>> dataset = result.dataset()                       # an rdflib Dataset
    >>> kg.run_saved(dataset, "who-said-what")
    >>> kg.update_store(["seeds/"], "store")             # or into a persistent store
    >>> with kg.open_source(store="store") as store:     # read-only, while a build writes
    ...     kg.run_saved(store, "who-said-what")

The stages are plain functions over the frozen records in :mod:`kg.model`:
``read_paths -> parse -> extract -> resolve_article -> article_quads``.
"""

from .analysis import find_path, graph_stats, select_subgraph, to_networkx
from .errors import (
    ExtractionError,
    GraphError,
    InputError,
    KgError,
    ModelNotFound,
    OutputError,
    QueryError,
    UnsupportedFormat,
    ValidationError,
)
from .extract import extract
from .export import export_graph
from .load import load_dataset, open_source
from .model import Article, ArticleGraph, Entity, Extraction, Fact, Mention, Proposition, Skipped, Span
from .nlp import DEFAULT_MODEL, load_model, parse
from .pipeline import BuildResult, StoreUpdate, build, graphs_of, read_articles, update_store
from .query import QueryResult, format_result, run_query, run_saved, saved_queries
from .readers import read_paths
from .resolve import merge_short_names, resolve_article
from .store import GraphStore, StoreError
from .validate import validate
from .view import show, write_view

__version__ = "0.2.0"

__all__ = [
    "Article",
    "ArticleGraph",
    "BuildResult",
    "DEFAULT_MODEL",
    "Entity",
    "Extraction",
    "ExtractionError",
    "Fact",
    "GraphError",
    "GraphStore",
    "InputError",
    "KgError",
    "Mention",
    "ModelNotFound",
    "OutputError",
    "Proposition",
    "QueryError",
    "QueryResult",
    "Skipped",
    "Span",
    "StoreError",
    "StoreUpdate",
    "UnsupportedFormat",
    "ValidationError",
    "build",
    "export_graph",
    "extract",
    "find_path",
    "format_result",
    "graph_stats",
    "graphs_of",
    "load_dataset",
    "load_model",
    "merge_short_names",
    "open_source",
    "parse",
    "read_articles",
    "read_paths",
    "resolve_article",
    "run_query",
    "run_saved",
    "saved_queries",
    "select_subgraph",
    "show",
    "to_networkx",
    "update_store",
    "validate",
    "write_view",
]
