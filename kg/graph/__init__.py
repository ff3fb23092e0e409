"""The graph as networkx, one module per job, as networkx groups its algorithms:

* :mod:`kg.graph.shape`: the one reader of a kg graph's quads (entities, names, facts, statements);
* :mod:`kg.graph.convert`: RDF -> ``nx.MultiDiGraph`` (:func:`to_networkx`, its contract);
* :mod:`kg.graph.pagerank`: PageRank in numpy, with networkx's semantics;
* :mod:`kg.graph.stats`: counts, central entities, communities, components;
* :mod:`kg.graph.paths`: the entity a name means, the chain of facts between two;
* :mod:`kg.graph.select`: the part of a graph a view shows.
"""

from kg.graph.convert import article_table, asserting_edges, listed, to_networkx
from kg.graph.pagerank import pagerank, power_pagerank, simple_undirected
from kg.graph.paths import Hop, find_path, resolve_node
from kg.graph.select import Ranking, rank_quads, select_subgraph, top_quads, whole_size
from kg.graph.shape import split_words
from kg.graph.stats import Ranked, Stats, graph_stats

__all__ = [
    "Hop",
    "Ranked",
    "Ranking",
    "Stats",
    "article_table",
    "asserting_edges",
    "find_path",
    "graph_stats",
    "listed",
    "pagerank",
    "power_pagerank",
    "rank_quads",
    "resolve_node",
    "select_subgraph",
    "simple_undirected",
    "split_words",
    "to_networkx",
    "top_quads",
    "whole_size",
]
