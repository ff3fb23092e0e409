"""A fixed number of query worker processes, each answering one request at a time.

    WorkerPool(served, size, timeout).ask(request) -> Response (503 when time runs out)

Each worker (:class:`kg.query.limit.Worker`) opens the store read-only itself, so
``size`` queries run in parallel, on as many cores, whatever the GIL. A request waits
for a free worker for at most the time limit (then 503: all busy), and has the time
limit to run once it has one; past it, the worker is killed, which stops the query at
once and frees what it held, and a new worker is started in the background while the
client gets its 503. The other workers go on serving meanwhile.

Workers start from a ``forkserver`` (:func:`kg.query.limit.start_method`): the server's
threads must never be forked. The fork server imports this package first, so each new
worker starts in a few milliseconds, with everything loaded.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

from ..errors import KgError, QueryTimeout, ServeError, one_line
from ..query.limit import Worker, start_method
from .answer import Request, Response, open_handler, text_response
from .source import Served

__all__ = ["WorkerPool"]

log = logging.getLogger(__name__)

#: what the fork server imports before forking workers
_PRELOAD = ["kg.serve.answer"]


class WorkerPool:
    """``size`` worker processes over ``served``, each request bounded by ``timeout`` seconds."""

    def __init__(self, served: Served, size: int, timeout: float) -> None:
        self.served, self.size, self.timeout = served, size, timeout
        self._method = start_method(threaded=True)  # workers are replaced while the server's threads run
        if self._method == "forkserver":
            multiprocessing.get_context("forkserver").set_forkserver_preload(_PRELOAD)
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._every: set[Worker] = set()  # started and not yet stopped, idle or busy
        self._lock = threading.Lock()
        self._closed = False
        with ThreadPoolExecutor(max_workers=size) as starting:
            opened = list(starting.map(lambda _: self._opened(self._start()), range(size)))
        failed = [response for response in opened if isinstance(response, Response)]
        if failed:
            for worker in opened:
                if isinstance(worker, Worker):
                    self._forget(worker)
                    worker.close()
            raise ServeError(f"cannot serve {served.path}: {failed[0].body.decode('utf-8').strip()}")
        for worker in opened:
            assert isinstance(worker, Worker)
            self._idle.put(worker)

    def _opened(self, worker: Worker) -> Worker | Response:
        """The worker once it has opened what is served (a graph file can take seconds to load),
        or the response saying why it could not."""
        response: Response = worker.ask(Request("open"), None)
        if response.status == 200:
            return worker
        self._forget(worker)
        worker.close()
        return response

    def _start(self) -> Worker:
        worker = Worker(open_handler, self.served, self._method)
        with self._lock:
            self._every.add(worker)
        return worker

    def _forget(self, worker: Worker) -> None:
        with self._lock:
            self._every.discard(worker)

    def ask(self, request: Request) -> Response:
        """The response of a worker to ``request``, or a 503 when the time limit ran out."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            return text_response(
                503, f"all {self.size} query workers stayed busy for {self.timeout:g} s; try again", retry_after=1
            )
        try:
            response: Response = worker.ask(
                request, self.timeout, f"the server's time limit (--timeout {self.timeout:g})"
            )
        except QueryTimeout as error:
            self._forget(worker)
            self._replace()
            return text_response(503, one_line(error), retry_after=1)
        except KgError as error:  # the worker died
            self._forget(worker)
            self._replace()
            return text_response(500, one_line(error))
        except RuntimeError as error:  # a bug in kg, reported by the worker
            self._release(worker)
            return text_response(500, f"internal error: {one_line(error)}")
        self._release(worker)
        return response

    def _release(self, worker: Worker) -> None:
        if self._closed:
            self._forget(worker)
            worker.close()
        else:
            self._idle.put(worker)

    def _replace(self) -> None:
        """Start a worker for one that was killed, in the background (the client waits not)."""

        def start() -> None:
            if self._closed:
                return
            opened = self._opened(self._start())
            if isinstance(opened, Worker):
                self._release(opened)
            else:  # what is served can no longer be opened: the pool goes on with one worker fewer
                log.warning("kg serve: a worker could not start: %s", opened.body.decode("utf-8").strip())

        threading.Thread(target=start, name="kg-serve-worker-start", daemon=True).start()

    def pids(self) -> list[int]:
        """The process ids of the workers."""
        with self._lock:
            return sorted(worker.pid for worker in self._every)

    def close(self) -> None:
        """Stop every worker: idle ones let exit, busy ones killed (their clients get a 500)."""
        self._closed = True
        idle = []
        while True:
            try:
                idle.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in idle:
            worker.close()
        with self._lock:
            busy, self._every = self._every - set(idle), set()
        for worker in busy:
            worker.kill()
