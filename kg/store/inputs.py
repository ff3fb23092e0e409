"""What a store knows of the files it was built from: a later build skips reading them.

    inputs    JSON: {real path: [size, mtime in ns, path as given, [[article id, source, content hash], ...]]}

A build into a store reads and hashes every input to find the few that changed; at 300
articles that is about half a second of every build, even one that adds one article. A
file, named as then, whose size and modification time (in nanoseconds) are those recorded after a build
that stored all its articles, each with the content hash recorded, is not read again: its
articles are handed on as stand-ins (:meth:`InputIndex.read`) with no text, known by their
recorded hash (:meth:`InputIndex.content_hash`), which the build skips as unchanged. One
the build must parse after all (the store lost it) is read for real (:meth:`InputIndex.real`).

Size and time are what ``make`` and ``rsync`` trust: a file rewritten within the same
nanosecond with the same size is taken as unchanged. The record is written after a build
finished and only names files all of whose articles are stored; a file with an
unreadable part (a malformed JSONL line) is always read, so it is always reported.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from ..fileio import replace_file
from ..model import Article, Skipped
from ..rdf import content_hash

__all__ = ["INPUTS", "InputIndex"]

INPUTS = "inputs"

#: (article id as its reader gave it, its source, its content hash)
Known = tuple[str, str, str]


class InputIndex:
    """The ``inputs`` record of the store in folder ``path``, as one build uses it."""

    def __init__(self, path: Path) -> None:
        self.file = path / INPUTS
        self._known = self._load()
        self._read: dict[str, tuple[int, int, str, list[Known]]] = {}  # real path -> size, time, path, articles
        self._stand_ins: dict[str, tuple[str, str]] = {}  # source -> (its hash, its file)

    def _load(self) -> dict[str, tuple[int, int, str, list[Known]]]:
        try:
            data = json.loads(self.file.read_bytes())
            return {
                key: (int(size), int(time), str(given), [(str(i), str(s), str(h)) for i, s, h in known])
                for key, (size, time, given, known) in data.items()
            }
        except (OSError, ValueError, TypeError, AttributeError):
            return {}

    def read(self, path: Path, read: Callable[[], Sequence[Article | Skipped]]) -> Sequence[Article | Skipped]:
        """What reading ``path`` gives (a :data:`kg.readers.walk.ReadHook`): stand-ins for
        its articles when it is unchanged since it was recorded, else what ``read`` gives."""
        key = os.path.realpath(path)
        try:
            status = os.stat(path)
        except OSError:
            return read()
        stamp = (status.st_size, status.st_mtime_ns, str(path))  # named otherwise, its sources differ
        entry = self._known.get(key)
        if entry is not None and entry[:3] == stamp:
            self._read[key] = entry
            self._stand_ins.update({source: (digest, str(path)) for _, source, digest in entry[3]})
            return [Article(id=i, title="", text="", source_path=source) for i, source, _ in entry[3]]
        records = read()  # stamped before reading: a change while it is read is seen next time
        if not any(isinstance(record, Skipped) for record in records):
            known = [(r.id, r.source_path, content_hash(r)) for r in records if isinstance(r, Article)]
            self._read[key] = (*stamp, known)
        return records

    def content_hash(self, article: Article) -> str:
        """The content hash of an article, read or stood in for."""
        stand_in = self._stand_ins.get(article.source_path)
        return stand_in[0] if stand_in is not None and not article.text else content_hash(article)

    def real(self, article: Article) -> Article:
        """The article itself, read from its file, for a stand-in (under the id it was given
        in this run); an article read already as it is."""
        stand_in = self._stand_ins.get(article.source_path)
        if stand_in is None or article.text:
            return article
        from ..readers import read_file  # the readers, only when a stand-in must be parsed after all

        for record in read_file(stand_in[1]):
            if record.source_path == article.source_path:
                return replace(record, id=article.id)
        return article  # gone from its file since: nothing to parse, as the readers would say

    def save(self, stored: Iterable[str]) -> None:
        """Record the files read in this build all of whose articles are now stored
        (``stored``: their sources); a failure to write only costs reading them next time."""
        sources = set(stored)
        data = {
            key: [size, time, given, known]
            for key, (size, time, given, known) in sorted(self._read.items())
            if known and all(source in sources for _, source, _ in known)
        }
        try:
            replace_file(self.file, json.dumps(data, ensure_ascii=False, separators=(",", ":")), durable=False)
        except OSError:
            pass
