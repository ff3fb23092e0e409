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

Every name below is imported on first use (PEP 562), so ``import kg`` and ``kg --help``
load neither spaCy nor networkx, rdflib's SPARQL engine, pyshacl nor jinja2.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

#: public name -> the module of kg that defines it
_SOURCES: dict[str, str] = {
    **dict.fromkeys(["find_path", "graph_stats", "select_subgraph", "to_networkx"], "graph"),
    **dict.fromkeys(["extract"], "extract"),
    **dict.fromkeys(["export_graph"], "export"),
    **dict.fromkeys(["load_dataset", "open_source"], "load"),
    **dict.fromkeys(["DEFAULT_MODEL", "load_model", "parse"], "nlp"),
    **dict.fromkeys(["BuildResult", "StoreUpdate", "build", "graphs_of", "read_articles", "update_store"], "pipeline"),
    **dict.fromkeys(["QueryResult", "format_result", "run_query", "run_saved", "saved_queries"], "query"),
    **dict.fromkeys(["read_paths"], "readers"),
    **dict.fromkeys(["merge_short_names", "resolve_article"], "resolve"),
    **dict.fromkeys(["GraphStore"], "store"),
    **dict.fromkeys(["validate"], "validate"),
    **dict.fromkeys(["show", "write_view"], "view"),
    **dict.fromkeys(
        ["Article", "ArticleGraph", "Entity", "Extraction", "Fact", "Mention", "Proposition", "Skipped", "Span"],
        "model",
    ),
    **dict.fromkeys(
        [
            "ExtractionError",
            "GraphError",
            "InputError",
            "KgError",
            "ModelNotFound",
            "OutputError",
            "QueryError",
            "StoreError",
            "UnsupportedFormat",
            "ValidationError",
        ],
        "errors",
    ),
}

__all__ = sorted(_SOURCES)  # every public name, from the one table of where each lives


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    value = getattr(import_module(f"kg.{module}"), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
