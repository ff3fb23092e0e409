"""``kg serve`` as a library: start a SPARQL endpoint over a graph or a store, get its URL, close it.

    serve(store="store", port=0) -> Server (.url, .endpoint, .close(), a context manager)

    with kg.serve.serve(store="store", port=0) as server:
        urllib.request.urlopen(server.endpoint + "?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")

The server (:mod:`kg.serve.http`) answers in threads; every request that reads the graph
goes to a pool of worker processes (:mod:`kg.serve.pool`) that a time limit kills, through
a cache of answers kept while the store is unchanged (:mod:`kg.serve.cache`). It binds to
127.0.0.1 unless told otherwise: a SPARQL endpoint reaches everything in the graph.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from ..errors import KgError, ServeError, one_line
from .answer import Request, Response, text_response
from .cache import DEFAULT_BYTES, ResponseCache
from .defaults import DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT
from .http import KgHTTPServer
from .pages import ENDPOINT, queries_page
from .pool import WorkerPool
from .source import Served

__all__ = ["App", "Server", "serve"]


class App:
    """What the server answers: a request to the cache and the workers, or a page of its own."""

    def __init__(
        self, served: Served, pool: WorkerPool, cache: ResponseCache | None, cors: str | None, allow_service: bool
    ) -> None:
        self.served, self.pool, self.cache, self.cors, self.allow_service = served, pool, cache, cors, allow_service

    def respond(self, request: Request | str) -> Response:
        if request == "queries":
            return Response(200, "text/html; charset=utf-8", queries_page())
        assert isinstance(request, Request)
        try:
            version = self.served.version()
        except KgError as error:  # the store's folder is gone or unreadable
            return text_response(500, one_line(error))
        ready = Request(
            request.route, request.target, request.params, request.accept, self.allow_service, version=version
        )
        if self.cache is None:
            return self.pool.ask(ready)
        return self.cache.get(ready.key(), version, lambda: self.pool.ask(ready))


class Server:
    """A running server: its :attr:`url`, its SPARQL :attr:`endpoint`, and :meth:`close`."""

    def __init__(self, httpd: KgHTTPServer, app: App) -> None:
        self._httpd, self.app = httpd, app
        host, port = str(httpd.server_address[0]), int(httpd.server_address[1])
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}/"
        self.endpoint = self.url.rstrip("/") + ENDPOINT
        self._thread = threading.Thread(target=httpd.serve_forever, name="kg-serve", daemon=True)
        self._thread.start()

    @property
    def serving(self) -> bool:
        """Whether the server still answers (not closed)."""
        return self._thread.is_alive()

    def wait(self) -> None:
        """Block until the server is closed (from another thread, or by Ctrl-C)."""
        while self._thread.is_alive():
            self._thread.join(0.5)

    def close(self) -> None:
        """Stop answering, stop the workers, free the port. Closing twice is harmless."""
        if self._thread.is_alive():
            self._httpd.shutdown()
        self._httpd.server_close()
        self.app.pool.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def serve(
    graph: str | Path | None = None,
    *,
    store: str | Path | None = None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    timeout: float = DEFAULT_TIMEOUT,
    cors: str | None = None,
    workers: int | None = None,
    cache_bytes: int = DEFAULT_BYTES,
    allow_service: bool = False,
) -> Server:
    """Serve a graph file (or build folder) or a store over SPARQL and HTML; return at once.

    ``port=0`` takes a free port (see :attr:`Server.url`). ``timeout``: seconds a query may
    run before it is stopped and answered with 503. ``cors``: the origin (or ``*``) whose
    pages may ask; none by default. ``workers``: query processes (default: the number of
    cores, at least 2). ``cache_bytes=0`` keeps no answers. ``allow_service``: let SERVICE
    reach other servers (refused otherwise: kg is offline).
    """
    served = Served.of(graph, store)
    pool = WorkerPool(served, workers or max(2, os.cpu_count() or 1), timeout)
    try:
        httpd = KgHTTPServer((host, port), None)
    except OSError as error:
        pool.close()
        raise ServeError(f"cannot serve at {host}:{port} ({one_line(error)})") from error
    app = App(served, pool, ResponseCache(cache_bytes) if cache_bytes else None, cors, allow_service)
    httpd.app = app
    return Server(httpd, app)
