"""Queries in a worker process, so that a time limit and Ctrl-C really stop them.

    Worker(open_handler, spec).ask(request, timeout) -> answer | QueryTimeout (the worker killed)
    call_limited(function, args, timeout) -> function(*args), run in a worker of its own

pyoxigraph evaluates a query in Rust without coming back to Python, and offers no way to
cancel it from another thread: a cartesian product holds its thread, and ignores Ctrl-C,
until it ends (a three-way ``COUNT(*)`` was still running 60 s after SIGINT). A process can
be killed, and killing it frees everything the query held. So a query that must be
stoppable runs in a worker process: the caller waits on a pipe, which a time limit or a
Ctrl-C interrupts, and kills the worker when it must stop.

A worker calls ``open_handler(spec)`` once, on its first request (opening a store
read-only, loading a graph file), then ``handler(request)`` for each request sent to it,
and sends back the answer, or the :class:`~kg.errors.KgError` raised (any other
exception comes back as a :class:`RuntimeError` with its type and message: a bug, not
the user's query). The worker ignores SIGINT: Ctrl-C is its caller's to handle.

The start method: ``fork`` on Linux when the caller has a single thread (``kg query``:
the child starts at once, with every module already loaded), else ``forkserver``, whose
server forks children from a clean single-threaded process (a threaded server must not
``fork``: a lock another thread held would stay locked in the child for ever), else
``spawn``. ``open_handler`` and the requests must be picklable for the last two: a
module-level function and plain records.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from ..errors import KgError, QueryError, QueryTimeout, one_line

__all__ = ["Worker", "call_limited", "start_method"]

#: the request that tells a worker to exit
_STOP = None
#: seconds a worker is given to exit by itself when closed, before it is killed
_CLOSE_WAIT = 2.0


def start_method(threaded: bool = False) -> str:
    """The start method of a new worker (see the module's docstring for why). ``threaded``:
    the caller starts workers while other threads of its own run (a server), so never ``fork``."""
    methods = multiprocessing.get_all_start_methods()
    if not threaded and sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


class Worker:
    """One worker process answering requests in turn; killed when a request runs too long."""

    def __init__(self, open_handler: Callable[[Any], Callable[[Any], Any]], spec: Any, method: str | None = None):
        context = multiprocessing.get_context(method or start_method())
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_work, args=(child, open_handler, spec), daemon=True)  # type: ignore[attr-defined]
        self._process.start()
        child.close()

    @property
    def alive(self) -> bool:
        """Whether the process runs and can take a request."""
        return self._process.is_alive() and not self._conn.closed

    @property
    def pid(self) -> int:
        """The worker's process id."""
        pid: int | None = self._process.pid
        assert pid is not None
        return pid

    def ask(self, request: Any, timeout: float | None, limit_name: str = "the time limit") -> Any:
        """The worker's answer to ``request``, raising what the handler raised.

        Past ``timeout`` seconds (None: no limit) the worker is killed and
        :class:`QueryTimeout` raised; a Ctrl-C while waiting kills it too. A worker that
        died (killed from outside, out of memory) raises :class:`QueryError` saying so."""
        try:
            self._conn.send(request)
        except OSError:  # a broken pipe: the worker is gone
            return self._died()
        try:
            ready = self._conn.poll(timeout)
        except BaseException:  # Ctrl-C while waiting: the query must stop with its caller
            self.kill()
            raise
        if not ready:
            self.kill()
            raise QueryTimeout(f"query stopped after {timeout:g} s: it ran past {limit_name}")
        try:
            failed, value = self._conn.recv()
        except (EOFError, OSError):
            return self._died()
        if failed:
            raise value
        return value

    def _died(self) -> Any:
        self.kill()
        raise QueryError(f"the query's worker process died (exit code {self._process.exitcode})")

    def kill(self) -> None:
        """Stop the process now, whatever it is doing."""
        self._conn.close()
        if self._process.is_alive():
            self._process.kill()
        self._process.join(_CLOSE_WAIT)

    def close(self) -> None:
        """Let the process exit (told so over its pipe), and kill it if it does not promptly.
        (Closing the pipe is not enough: a forked worker holds a copy of this end.)"""
        if not self._conn.closed:
            try:
                self._conn.send(_STOP)
            except OSError:
                pass
            self._conn.close()
        self._process.join(_CLOSE_WAIT)
        if self._process.is_alive():
            self.kill()


def _work(conn: Connection, open_handler: Callable[[Any], Callable[[Any], Any]], spec: Any) -> None:
    """The worker's loop: requests in, answers out, until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    handler: Callable[[Any], Any] | None = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is _STOP:
            return
        try:
            if handler is None:
                handler = open_handler(spec)
            reply = (False, handler(request))
        except KgError as error:
            reply = (True, error)
        except Exception as error:  # a bug: its type and message, never an unpicklable object
            reply = (True, RuntimeError(f"{type(error).__name__}: {one_line(error)}"))
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


def _direct(function: Callable[..., Any]) -> Callable[[tuple[Any, ...]], Any]:
    """The handler of a one-off call: ``function`` applied to the request's arguments."""
    return lambda args: function(*args)


def call_limited(
    function: Callable[..., Any], args: tuple[Any, ...], timeout: float | None, limit_name: str = "the time limit"
) -> Any:
    """``function(*args)`` run in a worker process of its own, stopped (the process killed)
    after ``timeout`` seconds (None: never) or on Ctrl-C; its result must be picklable."""
    worker = Worker(_direct, function)
    try:
        return worker.ask(args, timeout, limit_name)
    finally:
        worker.close()
