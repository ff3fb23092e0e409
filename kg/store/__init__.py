"""A persistent graph store: one named graph per article, in Oxigraph (RocksDB) or a SPARQL server.

    GraphStore.open(folder) -> replace_article(graph_iri(id), article_quads(graph)) -> query / dump

* :mod:`kg.store.database` -- :class:`GraphStore`: opening, transactions, queries;
* :mod:`kg.store.graphs` -- what every store checks of an article graph it is given;
* :mod:`kg.store.cache` -- each article graph's sorted N-Quads, and the journal of stale ones;
* :mod:`kg.store.dump` -- the store's graphs, from that cache, in each RDF format;
* :mod:`kg.store.unfinished` -- what a build cut short still has to refold;
* :mod:`kg.store.batch` -- articles gathered into one transaction each;
* :mod:`kg.store.names` -- each graph's entity names, kept by writers for folding;
* :mod:`kg.store.inputs` -- the input files a build need not read again;
* :mod:`kg.store.location` -- :func:`open_store`: a folder, or a server's URL;
* :mod:`kg.store.remote` -- :class:`RemoteStore`: the store in a SPARQL 1.1 server
  (:mod:`kg.store.endpoints` for its URLs, :mod:`kg.store.sparql_client` for HTTP).

Reading graph files (into an in-memory :class:`GraphStore` or a Dataset) is :mod:`kg.load`'s job.
"""

from ..errors import StoreError
from .cache import CACHE, PENDING
from .database import DATABASE, FLUSH_BYTES, GraphStore, is_store
from .dump import DUMP_FORMATS
from .endpoints import Endpoints, endpoints_of, is_remote
from .location import ArticleStore, Location, location_name, open_reader, open_store
from .remote import RemoteStore
from .unfinished import UNFINISHED

__all__ = [
    "CACHE",
    "DATABASE",
    "DUMP_FORMATS",
    "FLUSH_BYTES",
    "PENDING",
    "UNFINISHED",
    "ArticleStore",
    "Endpoints",
    "GraphStore",
    "Location",
    "RemoteStore",
    "StoreError",
    "endpoints_of",
    "is_remote",
    "is_store",
    "location_name",
    "open_reader",
    "open_store",
]
