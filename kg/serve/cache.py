"""Answers kept while the store is unchanged, and asked once however many clients ask at once.

    ResponseCache.get(key, version, compute) -> Response (computed once per key and version)

A query over an unchanged store has one answer, and saved queries over a few hundred
articles take 0.05 to 4 s to compute (``who-said-what`` 0.3 s in Oxigraph alone), which
20 clients on two cores could not have every time. So successful answers are kept,
keyed by the request, for as long as the store's version (:meth:`kg.serve.source.Served.version`)
stays what it was when they were computed: the first request after a writer's commit
finds the cache emptied. Requests for an answer being computed wait for it instead of
computing it again. The cache holds at most ``max_bytes`` of bodies, least recently used
first out; a body larger than a quarter of that is never kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from concurrent.futures import Future

from .answer import Response
from .defaults import DEFAULT_CACHE_MB
from .source import Version

__all__ = ["DEFAULT_BYTES", "ResponseCache"]

#: bodies kept, in bytes, by default
DEFAULT_BYTES = DEFAULT_CACHE_MB * 2**20


class ResponseCache:
    """Successful responses by request, for one version of the store at a time."""

    def __init__(self, max_bytes: int = DEFAULT_BYTES) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, Response] = OrderedDict()
        self._running: dict[Hashable, Future[Response]] = {}
        self._version: Version | None = None
        self._bytes = 0
        self.hits = self.misses = 0

    def get(self, key: Hashable, version: Version, compute: Callable[[], Response]) -> Response:
        """The response for ``key`` at ``version``: kept, being computed (waited for), or computed now."""
        with self._lock:
            if version != self._version:
                self._entries.clear()
                self._bytes, self._version = 0, version
            kept = self._entries.get(key)
            if kept is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return kept
            running = self._running.get(key)
            if running is None:
                future: Future[Response] = Future()
                self._running[key] = future
                self.misses += 1
        if running is not None:
            return running.result()
        try:
            response = compute()
        except BaseException as error:
            future.set_exception(error)
            raise
        finally:
            with self._lock:
                self._running.pop(key, None)
        self._keep(key, version, response)
        future.set_result(response)
        return response

    def _keep(self, key: Hashable, version: Version, response: Response) -> None:
        size = len(response.body)
        if response.status != 200 or size > self.max_bytes // 4:
            return
        with self._lock:
            if version != self._version:
                return
            previous = self._entries.pop(key, None)
            self._bytes -= len(previous.body) if previous is not None else 0
            self._entries[key] = response
            self._bytes += size
            while self._bytes > self.max_bytes:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped.body)
