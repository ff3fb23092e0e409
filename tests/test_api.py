"""The public API: ``kg.__all__`` is pinned, and importing kg loads nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
    for name in (
        "GraphError",
        "InputError",
        "ModelNotFound",
        "OutputError",
        "QueryError",
        "StoreError",
        "UnsupportedFormat",
        "ValidationError",
    ):
        assert issubclass(getattr(kg, name), kg.KgError), name
    assert issubclass(kg.UnsupportedFormat, kg.InputError)


#: what ``import kg`` and ``kg --help`` must not load (each takes from 0.1 s to seconds)
HEAVY = ("spacy", "networkx", "rdflib.plugins.sparql", "pyshacl", "pyvis", "trafilatura", "jinja2", "numpy")


def _loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.splitlines()[-1])


def test_import_loads_nothing_heavy():
    assert _loaded_after("import kg") == []


def test_help_loads_nothing_heavy():
    code = (
        "import contextlib, io, kg.cli\nwith contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n        kg.cli.main(['--help'])\n    except SystemExit:\n        pass"
    )
    assert _loaded_after(code) == []


def test_a_public_name_loads_its_module_on_first_use():
    assert _loaded_after("import kg\nkg.GraphStore") == []
    assert "networkx" in _loaded_after("import kg\nkg.to_networkx")


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="module 'kg' has no attribute 'nothing'"):
        kg.nothing  # noqa: B018
