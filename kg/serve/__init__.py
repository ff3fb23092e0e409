"""``kg serve``: a read-only SPARQL 1.1 endpoint, with HTML pages, over a graph file or a store.

    serve(store="store") -> Server (.url, .endpoint, .close())

* :mod:`kg.serve.app` -- :func:`serve` and the running :class:`Server`;
* :mod:`kg.serve.http` -- the SPARQL 1.1 Protocol and the pages' paths (the standard library's server);
* :mod:`kg.serve.pool` -- the worker processes that run queries, killed past the time limit;
* :mod:`kg.serve.answer` -- what a worker does with a request; :mod:`kg.serve.negotiate` -- formats;
* :mod:`kg.serve.cache` -- answers kept while the store is unchanged; :mod:`kg.serve.source` -- what is served;
* :mod:`kg.serve.pages` -- the HTML pages.
"""

from .app import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT, Server, serve

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Server", "serve"]
