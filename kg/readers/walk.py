"""Walk the paths a user names and read every article in them.

``read_paths`` is tolerant: one bad file or JSONL line becomes a ``Skipped`` and the
rest is still read, so a batch of a thousand scraped pages is not stopped by one.
``read_file`` is strict, for a caller who wants one file and an exception if it fails.
A path that does not exist is always an error: the user most likely mistyped it.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, Skipped
from kg.readers.decode import load_text
from kg.readers.registry import reader_for

log = logging.getLogger(__name__)


#: how a caller may read files itself (a store that knows files unchanged since it read them):
#: called with a file and the function that reads it, returns what reading it would
ReadHook = Callable[[Path, Callable[[], Sequence[Article | Skipped]]], Sequence[Article | Skipped]]


def read_paths(paths: Iterable[str | Path], hook: ReadHook | None = None) -> Iterator[Article | Skipped]:
    """Yield an Article or a Skipped for everything in ``paths``, in a stable order.

    Folders are walked recursively in sorted order; hidden files and folders (names
    starting with ".") inside them are ignored. Every other file is read or reported,
    including files with an unsupported extension, so nothing disappears silently.
    A file reached twice is read once. Ids are made unique across the whole run: a
    repeated id gets "-2", "-3", ... in reading order.

    Raises ``InputError`` before anything is read if a path does not exist. ``hook``, when
    given, reads each file in place of the readers (it is handed the function that reads it).
    """
    given = [Path(path) for path in paths]
    for path in given:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
    return _unique_ids(_read_all(given, hook))


def read_file(path: str | Path) -> list[Article]:
    """Read the articles of one file, raising an ``InputError`` subclass on any fault.

    The message starts with the path (or ``path:LINE`` for a bad JSONL line), so it can
    be shown to the user as is. Ids are not deduplicated here.
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file or folder: {path}")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    articles: list[Article] = []
    for record in _read(path):
        if isinstance(record, Skipped):
            raise InputError(f"{record.source}: {record.reason}")
        articles.append(record)
    return articles


def _records(path: Path) -> Sequence[Article | Skipped]:
    """Dispatch one file to its reader; an ``InputError`` here carries only the reason."""
    return reader_for(path)(path, load_text(path))


def _read(path: Path) -> Sequence[Article | Skipped]:
    """Read one file; errors carry the path so they make sense on their own."""
    try:
        return _records(path)
    except InputError as error:
        raise type(error)(f"{path}: {error}") from error


def _read_all(paths: list[Path], hook: ReadHook | None = None) -> Iterator[Article | Skipped]:
    seen: set[str] = set()
    for given in paths:
        for path in _files(given):
            key = os.path.realpath(path)  # unlike Path.resolve, never raises on a looping link
            if key in seen:
                continue
            seen.add(key)
            yield from _read_tolerant(path) if hook is None else hook(path, lambda path=path: _read_tolerant(path))


def _read_tolerant(path: Path) -> Sequence[Article | Skipped]:
    """Read one file, turning a whole-file failure into a single Skipped."""
    if not path.is_file():
        return [Skipped(source=str(path), reason=_not_a_file(path))]
    try:
        return _records(path)
    except InputError as error:
        return [Skipped(source=str(path), reason=str(error))]


def _not_a_file(path: Path) -> str:
    """Why a path found in a folder is not read, in words a user can act on."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return "deleted while kg was reading it"
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if stat.S_ISLNK(mode):
        try:
            path.stat()
        except FileNotFoundError:
            return "a symbolic link to nothing"
        except OSError:  # ELOOP and the like
            return "a symbolic link that loops"
        return "a symbolic link to a folder (links to folders are not followed)"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    return "not a regular file"


def _files(path: Path) -> Iterator[Path]:
    """``path`` itself, or everything under the folder ``path`` that is not a folder, in
    sorted order. The walk keeps its own stack (no recursion, so any depth is fine) and
    does not follow links to folders; what is not a regular file is yielded too, so that
    it is reported rather than silently left out."""
    if not path.is_dir():
        yield path
        return
    found: list[tuple[tuple[str, ...], Path]] = []
    stack = [path]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError as error:
            found.append((Path(folder).relative_to(path).parts, Path(folder)))
            log.debug("cannot list %s: %s", folder, error)
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(Path(entry.path))
            else:
                file = Path(entry.path)
                found.append((file.relative_to(path).parts, file))
    for _, file in sorted(found):
        yield file


def _unique_ids(records: Iterator[Article | Skipped]) -> Iterator[Article | Skipped]:
    """Give a repeated article id a "-2", "-3", ... suffix, first come first kept."""
    used: set[str] = set()
    for record in records:
        if isinstance(record, Article):
            unique = _unused(record.id, used)
            used.add(unique)
            if unique != record.id:
                record = replace(record, id=unique)
        yield record


def _unused(article_id: str, used: set[str]) -> str:
    if article_id not in used:
        return article_id
    number = 2
    while f"{article_id}-{number}" in used:
        number += 1
    return f"{article_id}-{number}"
