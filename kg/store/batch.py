"""Articles gathered into larger transactions: what makes loading a new store fast.

    with ArticleBatch(store, on_commit) as batch:
        batch.add(graph, quads, entry, item)   # committed once the batch is full or a second old
    # what is left is committed on leaving, also when the build was interrupted

One transaction per article costs a fixed price per commit on top of the quads; a build
that loads thousands of new articles pays it thousands of times. A batch is one call of
:meth:`GraphStore.write_articles` (a remote store writes each article of it in its own request), so it is whole or absent like one article was: its
articles are named in the record of an unfinished build (:mod:`kg.store.unfinished`) and
in the cache journal before the transaction, their content hashes are inside their
graphs, and a kill at any moment leaves each batch all written or not at all (the next
build writes what is absent). A batch closes at :data:`BATCH_QUADS` quads or
:data:`BATCH_SECONDS` after its first article, so that readers of a store being built
see new articles within about a second even when parsing is slow, and a fast writer
(a refold, a benchmark) gets large batches.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, TypeVar

import pyoxigraph as ox

from .location import ArticleStore
from .unfinished import Entry

__all__ = ["BATCH_QUADS", "BATCH_SECONDS", "ArticleBatch"]

#: a batch is committed once it holds this many quads (with their copies in the default graph
#: it stays far below the 1M quads of one atomic chunk of Oxigraph's bulk loader)
BATCH_QUADS = 100_000
#: ... or once its first article has waited this long
BATCH_SECONDS = 1.0

Item = TypeVar("Item")


class ArticleBatch(Generic[Item]):
    """Article graphs waiting for their common transaction in ``store``; ``on_commit``
    receives the ``item`` of each article once it is committed (for progress). A remote
    store writes each article in a request of its own anyway: ``one_by_one`` commits each
    as it comes, so that the server's readers see it at once."""

    def __init__(
        self, store: ArticleStore, on_commit: Callable[[Item], None] | None = None, one_by_one: bool = False
    ) -> None:
        self.store = store
        self.on_commit = on_commit
        self.one_by_one = one_by_one  # every article its own batch (a remote store gains nothing from more)
        self._graphs: list[tuple[ox.NamedNode, list[ox.Quad]]] = []
        self._entries: list[Entry] = []
        self._items: list[Item] = []
        self._quads = 0
        self._since = 0.0

    def add(self, graph: ox.NamedNode, quads: list[ox.Quad], entry: Entry | None, item: Item) -> None:
        """Gather one article: its graph, its quads, its entry in the record of an
        unfinished build (None for a refold, which is not recorded), and what
        ``on_commit`` receives; commit the batch when it is full or old enough."""
        if not self._graphs:
            self._since = time.monotonic()
        self._graphs.append((graph, quads))
        self._entries += [entry] if entry is not None else []
        self._items.append(item)
        self._quads += len(quads)
        if self.one_by_one or self._quads >= BATCH_QUADS or time.monotonic() - self._since >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """Write the gathered articles in one transaction, recorded first. The batch is
        emptied before anything is written: a failure leaves it absent, never half
        written, and never written twice."""
        graphs, entries, items = self._graphs, self._entries, self._items
        self._graphs, self._entries, self._items, self._quads = [], [], [], 0
        if not graphs:
            return
        if entries:
            self.store.unfinished.note_all(entries)
        self.store.write_articles(graphs)
        for item in items if self.on_commit is not None else ():
            self.on_commit(item)  # type: ignore[misc]

    def __enter__(self) -> ArticleBatch[Item]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Commit what is gathered, also when the build was interrupted (Ctrl-C while the
        next article was parsed): those articles are finished, and kept."""
        self.commit()
