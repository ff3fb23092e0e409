"""kg: knowledge graphs from news articles, offline, with every fact traceable.

    >>> import kg
    >>> result = kg.build(["seeds/"], out="output")      # files in output/
    >>> dataset = result.dataset()                       # an rdflib Dataset
    >>> kg.run_saved(dataset, "who-said-what")

The stages are plain functions over the frozen records in :mod:`kg.model`:
``read_paths -> parse -> extract -> resolve_article -> article_quads``.
"""

from .analysis import find_path, graph_stats, select_subgraph, to_networkx
from .errors import (
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
from .load import load_dataset
from .model import Article, ArticleGraph, Entity, Extraction, Fact, Mention, Proposition, Skipped, Span
from .nlp import DEFAULT_MODEL, load_model, parse
from .pipeline import BuildResult, build, graphs_of, read_articles
from .query import format_result, run_query, run_saved, saved_queries
from .readers import read_paths
from .resolve import merge_short_names, resolve_article
from .validate import validate
from .view import write_view

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleGraph",
    "BuildResult",
    "DEFAULT_MODEL",
    "Entity",
    "Extraction",
    "Fact",
    "GraphError",
    "InputError",
    "KgError",
    "Mention",
    "ModelNotFound",
    "OutputError",
    "Proposition",
    "QueryError",
    "Skipped",
    "Span",
    "UnsupportedFormat",
    "ValidationError",
    "build",
    "extract",
    "find_path",
    "format_result",
    "graph_stats",
    "graphs_of",
    "load_dataset",
    "load_model",
    "merge_short_names",
    "parse",
    "read_articles",
    "read_paths",
    "resolve_article",
    "run_query",
    "run_saved",
    "saved_queries",
    "select_subgraph",
    "to_networkx",
    "validate",
    "write_view",
]
