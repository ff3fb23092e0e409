"""A persistent graph store on disk: one named graph per article, in Oxigraph (RocksDB).

    GraphStore.open(folder) -> replace_article(graph_iri(id), article_quads(graph)) -> query / dump

* :mod:`kg.store.database` -- :class:`GraphStore`: opening, transactions, queries;
* :mod:`kg.store.cache` -- each article graph's sorted N-Quads, and the journal of stale ones;
* :mod:`kg.store.dump` -- the store's graphs, from that cache, in each RDF format;
* :mod:`kg.store.unfinished` -- what a build cut short still has to refold;
* :mod:`kg.store.batch` -- articles gathered into one transaction each;
* :mod:`kg.store.names` -- each graph's entity names, kept by writers for folding;
* :mod:`kg.store.inputs` -- the input files a build need not read again.

Reading graph files (into an in-memory :class:`GraphStore` or a Dataset) is :mod:`kg.load`'s job.
"""

from ..errors import StoreError
from .cache import CACHE, PENDING
from .database import DATABASE, FLUSH_BYTES, GraphStore, is_store
from .dump import DUMP_FORMATS
from .unfinished import UNFINISHED

__all__ = [
    "CACHE",
    "DATABASE",
    "DUMP_FORMATS",
    "FLUSH_BYTES",
    "PENDING",
    "UNFINISHED",
    "GraphStore",
    "StoreError",
    "is_store",
]
