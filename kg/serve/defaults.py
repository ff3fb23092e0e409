"""kg serve's defaults, defined once for :func:`kg.serve.serve` and ``kg serve``'s options.

A module of plain values that imports nothing, so that ``kg --help`` can show them without
loading the server (its HTTP, worker and query modules).
"""

from __future__ import annotations

__all__ = ["DEFAULT_CACHE_MB", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_TIMEOUT"]

#: loopback only unless told otherwise: a SPARQL endpoint reaches everything in the graph
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: seconds a query may run before it is stopped and answered with 503
DEFAULT_TIMEOUT = 30.0
#: memory for answers kept while the store is unchanged, in MiB
DEFAULT_CACHE_MB = 256
