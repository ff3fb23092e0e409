"""The record of a store build that has not finished: what a resumed build must refold.

    unfinished    one JSON line per article a build wrote: [graph IRI, content hash, payload]

A build folds short names into the full names known when it writes each article, and at
its end refolds the articles whose short names found a full name later in the run. A
build cut short (a kill, Ctrl-C, a full disk) before that end leaves articles in their
first form, and a resumed build would skip them as unchanged. So a writer names each
article here *before* its transaction, with what it needs to replay the folding
(``payload``, opaque here: :mod:`kg.pipeline` puts the article's entities in it), and
removes the file once its refold pass is done. A resumed build replays the entries whose
article is still stored with that hash, and refolds what the whole run's names require.

Each entry is on disk (fsynced) before its transaction, and the record is removed only
once the refolded articles are (the database flushed first), so a power cut cannot leave
an article in its first form with no entry naming it.

A line cut short by a kill (the last one, written before a transaction that never
happened) or otherwise unreadable is dropped: its article is then either absent or as a
finished build left it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from ..errors import StoreError, one_line
from ..fileio import replace_file

__all__ = ["UNFINISHED", "UnfinishedBuild"]

UNFINISHED = "unfinished"

#: (graph IRI, content hash, payload) of one article a build wrote
Entry = tuple[str, str, str]


class UnfinishedBuild:
    """The ``unfinished`` record of the store in folder ``path``."""

    def __init__(self, path: Path) -> None:
        self.file = path / UNFINISHED

    def entries(self) -> list[Entry]:
        """The articles an unfinished build wrote, in the order it wrote them (the first
        entry of a graph named twice); [] when the last build finished."""
        try:
            data = self.file.read_bytes()
        except FileNotFoundError:
            return []
        except OSError:
            return []  # a folder in its place: nothing to replay
        entries: dict[str, Entry] = {}
        for line in data.splitlines():
            try:
                graph, digest, payload = json.loads(line)
            except (ValueError, TypeError):
                continue
            if isinstance(graph, str) and isinstance(digest, str) and isinstance(payload, str):
                entries.setdefault(graph, (graph, digest, payload))
        return list(entries.values())

    def restart(self, entries: Iterable[Entry]) -> None:
        """Begin a build that resumes ``entries`` (replacing the record whole, on disk)."""
        try:
            replace_file(self.file, b"".join(_line(entry) for entry in entries), durable=True)
        except OSError as error:
            raise StoreError(f"cannot write {self.file} ({one_line(error)}); no article was written") from error

    def note(self, graph: str, digest: str, payload: str) -> None:
        """Name an article before its transaction (which does not happen if this fails)."""
        self.note_all([(graph, digest, payload)])

    def note_all(self, entries: list[Entry]) -> None:
        """Name the articles of one transaction before it, and wait until they are on disk
        (a power cut after the transaction must find them here); the transaction does not
        happen if this fails."""
        try:
            with open(self.file, "ab") as file:
                file.write(b"".join(_line(entry) for entry in entries))
                file.flush()
                os.fsync(file.fileno())
        except OSError as error:
            first = entries[0][0] if entries else "?"
            raise StoreError(f"cannot write {self.file} ({one_line(error)}); graph {first} was not written") from error

    def finish(self) -> None:
        """The build finished: nothing is left to refold."""
        self.file.unlink(missing_ok=True)


def _line(entry: Entry) -> bytes:
    return json.dumps(list(entry), ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
