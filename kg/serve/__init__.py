"""``kg serve``: a read-only SPARQL 1.1 endpoint, with HTML pages, over a graph file or a store.

    serve(store="store") -> Server (.url, .endpoint, .close())

* :mod:`kg.serve.app` -- :func:`serve` and the running :class:`Server`;
* :mod:`kg.serve.defaults` -- its defaults (address, port, time limit, cache size);
* :mod:`kg.serve.http` -- the SPARQL 1.1 Protocol and the pages' paths (the standard library's server);
* :mod:`kg.serve.pool` -- the worker processes that run queries, killed past the time limit;
* :mod:`kg.serve.answer` -- what a worker does with a request; :mod:`kg.serve.negotiate` -- formats;
* :mod:`kg.serve.cache` -- answers kept while the store is unchanged; :mod:`kg.serve.source` -- what is served;
* :mod:`kg.serve.pages` -- the HTML pages.

:func:`serve` and :class:`Server` are imported on first use (PEP 562), so that the CLI reads
the defaults without loading the server.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .defaults import DEFAULT_CACHE_MB, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from .app import Server, serve

__all__ = ["DEFAULT_CACHE_MB", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT", "Server", "serve"]


def __getattr__(name: str) -> Any:
    """``serve`` or ``Server``, imported from :mod:`kg.serve.app` the first time it is asked for."""
    if name not in ("Server", "serve"):
        raise AttributeError(f"module 'kg.serve' has no attribute {name!r}")
    value = getattr(import_module("kg.serve.app"), name)
    globals()[name] = value  # later lookups skip this function
    return value
