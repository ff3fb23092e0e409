"""Former home of the networkx layer, now :mod:`kg.graph`; these names stay importable
from here until every import says ``kg.graph``."""

from kg.graph import (
    Hop,
    Ranked,
    Stats,
    article_table,
    asserting_edges,
    find_path,
    graph_stats,
    listed,
    pagerank,
    resolve_node,
    select_subgraph,
    split_words,
    to_networkx,
    top_quads,
)
from kg.graph.pagerank import PAGERANK_ALPHA

__all__ = [
    "Hop",
    "Ranked",
    "Stats",
    "article_table",
    "asserting_edges",
    "find_path",
    "graph_stats",
    "listed",
    "pagerank",
    "resolve_node",
    "select_subgraph",
    "split_words",
    "to_networkx",
    "top_quads",
]
__all__ += ["PAGERANK_ALPHA"]
