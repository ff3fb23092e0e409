"""The writer's side of a build on a Dask cluster: connect, send batches, take graphs back.

Articles go out in batches of about :data:`BATCH_WORDS` words, a bounded number ahead of
what the writer has taken back, so that memory does not grow with the corpus. Graphs come
back as their batches finish (``as_completed``) and are handed on in input order, so that
the writer folds names exactly as a local build does and the output has the same bytes.

A worker that dies loses nothing: the scheduler runs its batches again on another worker
(a LocalCluster's nanny also starts a new worker, which loads the pipeline again), and each
article is handed on once, whatever arrives twice. A batch whose workers keep dying
(``distributed.scheduler.allowed-failures``, 3 by default) is reported article by article as
not built, like a bug in kg on a local build.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import ExitStack, contextmanager
from time import monotonic
from typing import TYPE_CHECKING, Any

from ..errors import ClusterError, one_line
from ..model import Article, ArticleGraph

if TYPE_CHECKING:  # pragma: no cover
    from distributed import Client

log = logging.getLogger(__name__)

#: ``--dask local:N``: a LocalCluster of N worker processes on this machine
LOCAL = "local:"
#: a batch takes articles until it holds this many words: a task's own cost (milliseconds) is
#: lost in its parse (about a quarter of a second of one core), and a corpus still spreads evenly
BATCH_WORDS = 1000
#: batches out per worker thread beyond the ones the writer has taken back: enough that no worker
#: waits for the next one, few enough that the texts and graphs in flight stay bounded
AHEAD_PER_THREAD = 3
#: how long the writer trusts its count of worker threads: a worker that joins widens the window
#: within this long, and the scheduler is not asked once per batch (a batch takes a fraction of a second)
THREADS_SECONDS = 2.0
#: how long to wait for the scheduler to answer and for a first worker to join
CONNECT_SECONDS = 30
INSTALL_HINT = "--dask needs dask.distributed: pip install 'kg[dask]' (or: pip install dask distributed)"

#: what :meth:`Cluster.outcomes` hands on for each article: its graph, or the exception that stopped it
Outcome = tuple[Article, ArticleGraph | Exception]
#: ``on_workers(in_use, total)``: workers with a batch running now, and workers in the cluster
WorkersCallback = Callable[[int, int], None]


def _distributed() -> Any:
    """The ``distributed`` package, or one line saying how to install it. Its own logging
    (workers coming and going, comms closed at shutdown) is kept for ``kg -v``."""
    try:
        import distributed
    except ImportError as error:
        raise ClusterError(INSTALL_HINT) from error
    if not log.isEnabledFor(logging.DEBUG):
        logging.getLogger("distributed").setLevel(logging.ERROR)
    return distributed


def local_workers(address: str) -> int | None:
    """N of ``local:N`` (None for the address of a scheduler)."""
    if not address.startswith(LOCAL):
        return None
    count = address[len(LOCAL) :]
    if not count.isdigit() or int(count) < 1:
        raise ClusterError(f"--dask {address}: local:N needs a whole number of worker processes, at least 1")
    return int(count)


@contextmanager
def open_cluster(
    address: str | None, model: str, on_workers: WorkersCallback | None = None
) -> Iterator[Cluster | None]:
    """A :class:`Cluster` at ``address`` ("tcp://HOST:PORT", or "local:N" for N worker
    processes on this machine, on loopback, without a dashboard), its workers holding the
    pipeline ``model``; None when ``address`` is None (a local build). The address is
    checked and dask imported at once; the cluster is reached (or started) when first used,
    so a store build with nothing to parse starts none. A LocalCluster started here is shut
    down on leaving."""
    if address is None:
        yield None
        return
    cluster = Cluster(address, model, on_workers)
    try:
        yield cluster
    finally:
        cluster.close()


def _connect(distributed: Any, address: str, stack: ExitStack) -> Client:
    workers = local_workers(address)
    if workers is not None:
        local = distributed.LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            # no dashboard; the scheduler's small HTTP server (health, metrics) on a free loopback
            # port, not on 8787, where another cluster may already listen
            scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        )
        stack.enter_context(local)
        return stack.enter_context(distributed.Client(local))
    try:
        client = distributed.Client(address, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {one_line(error)}") from error
    return stack.enter_context(client)


class Cluster:
    """A cluster whose workers parse, extract and resolve for one writer, reached on first use."""

    def __init__(self, address: str, model: str, on_workers: WorkersCallback | None = None) -> None:
        local_workers(address)  # a malformed local:N fails now, not after reading every input
        self._distributed = _distributed()
        self.address = address
        self.model = model
        self.on_workers = on_workers
        self._stack = ExitStack()
        self._client: Client | None = None
        self._lang = ""
        self._threads: tuple[int, float] | None = None  # worker threads, and when the scheduler said so

    @property
    def client(self) -> Client:
        """The client, connected (and the workers prepared) on first use."""
        if self._client is None:
            client = _connect(self._distributed, self.address, self._stack)
            self._prepare(client)
            self._client = client
        return self._client

    @property
    def lang(self) -> str:
        """The language of the workers' pipeline (asked when they are first reached)."""
        _ = self.client
        return self._lang

    def close(self) -> None:
        """Disconnect, and shut down a LocalCluster started for this build."""
        self._stack.close()
        self._client = None
        self._threads = None

    def _prepare(self, client: Client) -> None:
        """Wait for a worker, have every worker load the pipeline (now and when it joins
        later), and check that they all run this kg and one pipeline: others give other bytes."""
        from . import worker

        try:
            client.wait_for_workers(1, timeout=CONNECT_SECONDS)
        except TimeoutError as error:
            raise ClusterError(
                f"no worker joined the Dask cluster at {self.address} within {CONNECT_SECONDS} s"
            ) from error
        client.register_plugin(worker.LoadPipeline(self.model), name=f"kg-pipeline-{self.model}")
        described = set(client.run(worker.describe, self.model).values())
        if {kg for kg, _, _ in described} != {worker.fingerprint()}:
            raise ClusterError(
                f"the workers at {self.address} run other kg code or data than this process: "
                "install the same kg on every worker"
            )
        if len({pipeline for _, pipeline, _ in described}) > 1:
            pipelines = ", ".join(sorted({pipeline for _, pipeline, _ in described}))
            raise ClusterError(f"the workers at {self.address} have different pipelines for {self.model}: {pipelines}")
        self._lang = next(iter(described))[2]

    def outcomes(self, articles: Iterable[Article], relations: bool | float = True) -> Iterator[Outcome]:
        """Each article with its graph (or the exception that stopped it), in input order,
        as the workers finish them."""
        return _Stream(self, articles, relations).run()

    def threads(self) -> int:
        """The worker threads in the cluster, which size how many batches are out at once
        (:data:`AHEAD_PER_THREAD` each): asked of the scheduler at most every
        :data:`THREADS_SECONDS`, so that workers that join or leave still change it."""
        now = monotonic()
        if self._threads is None or now - self._threads[1] >= THREADS_SECONDS:
            self._threads = (sum(self.client.nthreads().values()), now)
        return self._threads[0]

    def report(self) -> None:
        """Tell ``on_workers`` how many workers have a batch running, of how many."""
        if self.on_workers is not None:
            processing = self.client.processing()
            self.on_workers(sum(1 for keys in processing.values() if keys), len(processing))


class _Stream:
    """One pass of articles through the cluster: batches out, outcomes back in input order."""

    def __init__(self, cluster: Cluster, articles: Iterable[Article], relations: bool | float) -> None:
        from distributed import as_completed

        self.cluster = cluster
        self.relations = relations
        self.batches = _batches(articles, BATCH_WORDS)
        self.running = as_completed()
        self.members: dict[Any, list[int]] = {}  # future -> the articles of its batch
        self.sent: dict[int, Article] = {}  # articles out and not handed on yet
        self.done: dict[int, ArticleGraph | Exception] = {}  # back, waiting for an earlier one
        self.ahead: deque[int] = deque()  # last article of each batch out and not all handed on
        self.next = 0  # the article to hand on next

    def run(self) -> Iterator[Outcome]:
        try:
            yield from self._run()
        except (OSError, TimeoutError, CancelledError) as error:  # the scheduler is gone
            raise ClusterError(f"lost the Dask cluster at {self.cluster.address}: {one_line(error)}") from error

    def _run(self) -> Iterator[Outcome]:
        from distributed import KilledWorker

        self.send()
        for future in self.running:
            indices = self.members.pop(future)
            try:
                results = future.result()
            except KilledWorker as error:  # its workers kept dying on it: those articles are not built
                results = [(index, error) for index in indices]
            future.release()
            for index, outcome in results:
                self.done.setdefault(index, outcome)  # an article run twice is handed on once
            yield from self.hand_on()
            self.send()
            self.cluster.report()

    def hand_on(self) -> Iterator[Outcome]:
        while self.next in self.done:
            yield self.sent.pop(self.next), self.done.pop(self.next)
            self.next += 1
        while self.ahead and self.ahead[0] < self.next:
            self.ahead.popleft()

    def send(self) -> None:
        """Send batches until :data:`AHEAD_PER_THREAD` per worker thread are out."""
        from . import worker

        window = max(1, self.cluster.threads()) * AHEAD_PER_THREAD
        while len(self.ahead) < window and (batch := next(self.batches, None)) is not None:
            future = self.cluster.client.submit(
                worker.build_batch, batch, self.cluster.model, self.relations, pure=False
            )
            self.members[future] = [index for index, _ in batch]
            self.sent.update(batch)
            self.ahead.append(batch[-1][0])
            self.running.add(future)


def _batches(articles: Iterable[Article], words: int) -> Iterator[list[tuple[int, Article]]]:
    """The articles numbered in input order, in batches of about ``words`` words."""
    batch: list[tuple[int, Article]] = []
    size = 0
    for index, article in enumerate(articles):
        batch.append((index, article))
        size += article.words
        if size >= words:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
