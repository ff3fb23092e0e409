"""The public API: ``kg.__all__`` is pinned, and importing kg loads nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys

import kg

PUBLIC = [
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


def test_all_is_pinned_and_sorted():
    assert kg.__all__ == PUBLIC
    assert PUBLIC == sorted(PUBLIC)


def test_every_public_name_exists():
    missing = [name for name in kg.__all__ if not hasattr(kg, name)]
    assert missing == []
    namespace: dict = {}
    exec("from kg import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == PUBLIC


def test_errors_share_one_base():
    for name in ("GraphError", "InputError", "ModelNotFound", "OutputError", "QueryError", "UnsupportedFormat",
                 "ValidationError"):
        assert issubclass(getattr(kg, name), kg.KgError), name
    assert issubclass(kg.UnsupportedFormat, kg.InputError)


def test_import_loads_nothing_heavy():
    code = ("import json, sys, kg; "
            "print(json.dumps([m for m in ('spacy', 'pyvis', 'pyshacl', 'trafilatura') if m in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
