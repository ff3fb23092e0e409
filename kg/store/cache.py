"""The store's export cache: each article graph as sorted N-Quads, and the journal that
says which cache files may be stale.

    nquads/<sha1 of graph IRI>.nq    one article graph, sorted N-Quads lines, then its checksum
    pending                          graph IRIs whose cache file may be stale

Reading terms back out of RocksDB costs ~8 microseconds a quad, so every write also
keeps the graph's sorted N-Quads here, and dumps join these files. A graph is named in
``pending`` (on disk: fsynced) before its transaction and its file is rewritten after; ``pending`` is
removed when the writer closes the store, unless a cache file could not be written (a
read-only or full folder, a build cut short between transaction and file): then it keeps
naming those graphs, and the next writable open rebuilds their files. A reader trusts no file named there (a writer
may be at work, or have crashed), and an unreadable ``pending`` file makes every cache
file suspect (:data:`EVERY_GRAPH`).

Each file ends in one line ``# sha256 <hex>`` over the graph IRI and the lines above it,
checked on every read: a file cut short, overwritten or with a line added reads as
:class:`DamagedCacheFile`, and its graph is read from the database instead (and its file
rebuilt by a writer), so a dump never holds what is not in the database. Hashing costs
about 0.1 s per 200 MB of N-Quads (roughly 1.3M quads).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from ..errors import StoreError, one_line
from ..fileio import remove_temporaries, replace_file, sync_folder

__all__ = [
    "CACHE",
    "EVERY_GRAPH",
    "PENDING",
    "Cache",
    "DamagedCacheFile",
    "with_graph",
]

CACHE, PENDING = "nquads", "pending"


def with_graph(lines: Iterable[bytes], graph: bytes | None) -> bytes:
    """N-Triples lines as N-Quads of ``graph`` (N-Triples escapes newlines in literals,
    so each line ends at its own ``" ."``); the lines of the default graph as they are."""
    text = b"\n".join(lines)
    if not text:
        return b""
    text += b"\n"
    return text if graph is None else text.replace(b" .\n", b" " + graph + b" .\n")


#: the start of a cache file's last line, before the hex SHA-256 of graph IRI and body
_CHECKSUM = b"# sha256 "


class DamagedCacheFile(Exception):
    """A cache file whose checksum line is missing or does not match its content."""


def _checksum(graph: ox.NamedNode, body: bytes) -> bytes:
    digest = hashlib.sha256(graph.value.encode("utf-8") + b"\n")
    digest.update(body)
    return _CHECKSUM + digest.hexdigest().encode("ascii") + b"\n"


class _EveryGraph(frozenset[str]):
    """The pending set that holds every graph: what an unreadable ``pending`` file means."""

    def __contains__(self, item: object) -> bool:
        return True


EVERY_GRAPH: frozenset[str] = _EveryGraph()


class Cache:
    """The ``nquads/`` folder and the ``pending`` journal of the store in folder ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.folder = path / CACHE
        self.journal = path / PENDING

    def file(self, graph: ox.NamedNode) -> Path:
        return self.folder / (hashlib.sha1(graph.value.encode("utf-8")).hexdigest() + ".nq")

    def read(self, graph: ox.NamedNode) -> bytes | None:
        """The cached N-Quads of ``graph`` (without the checksum line), or None when it has
        no file. Raises :class:`DamagedCacheFile` when the checksum does not match (a file
        truncated, overwritten, appended to, or written by a kg that wrote none)."""
        try:
            data = self.file(graph).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as error:  # a folder in its place, an unreadable file
            raise DamagedCacheFile(f"{self.file(graph)}: {error}") from error
        cut = data.rfind(b"\n", 0, len(data) - 1) + 1
        body = data[:cut]
        if not body or data[cut:] != _checksum(graph, body):
            raise DamagedCacheFile(f"{self.file(graph)}: its checksum does not match its content")
        return body

    def write(self, graph: ox.NamedNode, lines: list[bytes]) -> str | None:
        """Replace the file of ``graph`` with its sorted N-Triples ``lines`` as N-Quads
        (renamed over the old one; no file when there are no lines; not fsynced:
        :meth:`clear_pending` syncs them all at once). Returns the file's checksum line
        (None for no file)."""
        target = self.file(graph)
        if not lines:
            target.unlink(missing_ok=True)
            return None
        body = with_graph(lines, str(graph).encode("utf-8"))
        checksum = _checksum(graph, body)
        replace_file(target, body + checksum, durable=False)
        return checksum.decode("ascii").rstrip("\n")

    def checksum(self, graph: ox.NamedNode) -> str | None:
        """The checksum line of the file of ``graph`` as it stands (not checked against the
        content: :meth:`read` does that), or None when there is none."""
        try:
            with open(self.file(graph), "rb") as file:
                size = file.seek(0, os.SEEK_END)
                file.seek(max(0, size - 128))
                tail = file.read()
        except OSError:
            return None
        line = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        return line.decode("ascii", "replace") if line.startswith(_CHECKSUM) else None

    def mark_pending(self, graphs: Iterable[ox.NamedNode]) -> None:
        """Name ``graphs`` in the journal, before their transaction, and wait until the
        names are on disk: a power cut after the transaction must find them there."""
        created = not self.journal.exists()
        with open(self.journal, "a", encoding="utf-8") as file:
            file.write("".join(graph.value + "\n" for graph in graphs))
            file.flush()
            os.fsync(file.fileno())
        if created:
            sync_folder(self.path)

    def pending(self) -> frozenset[str]:
        """The graphs named in the journal. A journal that cannot be read, or names
        something that is no graph IRI, may have lost any name: then every cache file is
        suspect (:data:`EVERY_GRAPH`), and is rebuilt or bypassed, never trusted."""
        try:
            names = frozenset(self.journal.read_text(encoding="utf-8").split())
        except FileNotFoundError:
            return frozenset()
        except (OSError, UnicodeDecodeError):
            return EVERY_GRAPH
        try:
            for name in names:
                ox.NamedNode(name)
        except ValueError:
            return EVERY_GRAPH
        return names

    def keep_pending(self, names: Iterable[str]) -> None:
        """Make the journal name exactly ``names`` (the graphs whose cache file a writer
        could not write), replacing it whole, on disk, so that it never names fewer."""
        replace_file(self.journal, "".join(name + "\n" for name in sorted(names)), durable=True)

    def clear_pending(self) -> None:
        """Remove the journal (every cache file is current), or an empty folder someone
        made in its place. The cache files are put on disk first (one ``sync``: an fsync
        per file costs 1.5 ms here, 7 s for 5,000 articles), so that a power cut never
        leaves an old file in place of one the journal no longer names. Temporaries that a
        killed writer left (its files are written beside their names, then renamed) go too."""
        if self.journal.exists() or self.journal.is_symlink():
            os.sync()
        for folder in (self.path, self.folder):
            remove_temporaries(folder)
        try:
            self.journal.unlink(missing_ok=True)
        except IsADirectoryError:
            try:
                self.journal.rmdir()
            except OSError as error:
                raise StoreError(
                    f"cannot repair store {self.path}: {self.journal} is a folder, not kg's "
                    f"pending file ({one_line(error)})"
                ) from error
