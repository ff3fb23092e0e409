"""SPARQL over a kg graph: running queries, the saved queries, showing results.

    Dataset or GraphStore + SPARQL (+ bindings) -> run_query / run_saved -> QueryResult -> format_result -> str

* :mod:`kg.query.run` -- both engines (rdflib on a Dataset, Oxigraph on a store), one result type;
* :mod:`kg.query.saved` -- the catalogue of ``kg/ontology/queries/*.rq`` and running one by name;
* :mod:`kg.query.format` -- kg's table and notebook HTML, and the W3C result formats.
"""

from ..formats import RESULT_FORMATS as FORMATS
from .format import DEFAULT_WIDTH, HTML_ROWS, compact, format_result, html_table
from .run import QueryResult, Source, resolve_entities, run_query
from .saved import Param, SavedQuery, run_saved, saved_queries

__all__ = [
    "DEFAULT_WIDTH",
    "FORMATS",
    "HTML_ROWS",
    "Param",
    "QueryResult",
    "SavedQuery",
    "Source",
    "compact",
    "format_result",
    "html_table",
    "resolve_entities",
    "run_query",
    "run_saved",
    "saved_queries",
]
