"""What a server serves: a store folder or a graph file, named so that a worker process can open it.

    Served.of(graph, store) -> Served (picklable) -> version() in the server, open() in each worker

A worker opens a store read-only, which sees the articles committed when it was opened;
a build writing into the store meanwhile commits article by article. So the server reads
the store's :meth:`Served.version` before each request (a stat of the database folder's
files: RocksDB appends every commit to its write-ahead log and every flush writes new
tables and a new manifest, so a commit always changes a size or a time), and a worker
whose store is older than that opens it again. Responses are cached under the same
version (:mod:`kg.serve.cache`). A graph file is loaded once per worker, and its version
is its own size and time: edit it and restart the server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphError, StoreError, one_line
from ..load import load_file, resolve_graph_path
from ..store import DATABASE, GraphStore, is_store

__all__ = ["Opened", "Served", "Version"]

#: the files of a state: (name, size, modification time in ns) of each, sorted
Version = tuple[tuple[str, int, int], ...]

#: RocksDB files whose change means a new state (the info LOG and LOCK do not)
_STATE_SUFFIXES = (".log", ".sst")
_STATE_PREFIXES = ("MANIFEST-", "CURRENT")


@dataclass(frozen=True, slots=True)
class Served:
    """A store folder (``store=True``) or a graph file, as a worker process opens it."""

    path: Path
    store: bool

    @classmethod
    def of(cls, graph: str | Path | None = None, store: str | Path | None = None) -> Served:
        """What the user named: a store folder (``store``, or ``graph`` when it holds one),
        else a graph file or build folder; :class:`GraphError` when neither or both."""
        if (graph is None) == (store is None):
            raise GraphError("serve either a graph file (or folder) or --store DIR, not both or neither")
        if store is not None or is_store(graph):  # type: ignore[arg-type]
            path = Path(store if store is not None else graph)  # type: ignore[arg-type]
            GraphStore.open(path, read_only=True).close()  # a missing or damaged store fails here, in one line
            return cls(path, store=True)
        return cls(resolve_graph_path(graph), store=False)  # type: ignore[arg-type]

    def version(self) -> Version:
        """The state of what is served: a new value after every commit of a writer."""
        if not self.store:
            try:
                stat = self.path.stat()
            except OSError as error:
                raise GraphError(f"cannot read graph file {self.path} ({one_line(error)})") from error
            return ((self.path.name, stat.st_size, stat.st_mtime_ns),)
        entries = []
        try:
            with os.scandir(self.path / DATABASE) as found:
                for entry in found:
                    if entry.name.endswith(_STATE_SUFFIXES) or entry.name.startswith(_STATE_PREFIXES):
                        try:
                            stat = entry.stat()
                        except FileNotFoundError:  # removed by a compaction as we read
                            continue
                        entries.append((entry.name, stat.st_size, stat.st_mtime_ns))
        except OSError as error:
            raise StoreError(f"cannot read store {self.path} ({one_line(error)})") from error
        return tuple(sorted(entries))

    def open(self) -> GraphStore:
        """The store opened read-only, or the graph file loaded into memory."""
        if self.store:
            return GraphStore.open(self.path, read_only=True)
        return load_file(self.path)


class Opened:
    """A worker's open store, opened again when the server saw a newer version of it."""

    def __init__(self, served: Served) -> None:
        self.served = served
        self._store: GraphStore | None = None
        self._version: Version | None = None

    def current(self, version: Version | None) -> GraphStore:
        """The store as of ``version`` (or later): reopened when ``version`` is not the one
        this worker opened (None: whatever is open)."""
        if self._store is not None and (version is None or version == self._version or not self.served.store):
            return self._store
        seen = self.served.version()
        if self._store is not None:
            self._store.close()
            self._store = None
        self._store, self._version = self.served.open(), seen
        return self._store
