"""Atomic file writing: a reader (or an interrupted run) never sees half a file."""

from __future__ import annotations

import os
import tempfile
from glob import escape as glob_escape
from pathlib import Path

from .errors import OutputError


def ensure_dir(path: Path) -> Path:
    """``path`` as a writable folder (created with its parents), or :class:`OutputError`."""
    if path.exists() and not path.is_dir():
        raise OutputError(f"cannot create output folder {path}: it is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create output folder {path}: {error.strerror or error}") from error
    if not os.access(path, os.W_OK):
        raise OutputError(f"output folder {path} is not writable")
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    return write_all_atomic(Path(path).parent, {Path(path).name: data})[0]


def write_all_atomic(folder: str | Path, files: dict[str, bytes | str]) -> list[Path]:
    """Write a set of files into ``folder`` so that they change together: every one is
    written in full to a temporary file first, and only when all are on disk are they
    renamed into place (renames take microseconds). A failure before that (a full disk)
    removes the temporaries and leaves every old file as it was. Temporaries an earlier,
    killed run left for these names are removed first."""
    folder = ensure_dir(Path(folder))
    for name in files:
        for stale in folder.glob(f".{glob_escape(name)}.*.tmp"):
            stale.unlink(missing_ok=True)
    written: list[tuple[str, Path]] = []
    current = folder
    try:
        for name, data in files.items():
            current = folder / name
            written.append((_temporary(current, data), current))
        for temporary, current in written:
            os.replace(temporary, current)
    except BaseException as error:
        for temporary, _ in written:
            _discard(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {current}: {error.strerror or error}") from error
        raise
    return [path for _, path in written]


def _temporary(path: Path, data: bytes | str, *, sync: bool = True) -> str:
    """``data`` in full in a temporary file beside ``path`` (fsynced unless ``sync`` is
    false, usual permissions)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(payload)
            if sync:
                file.flush()
                os.fsync(file.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
    except BaseException:
        _discard(temporary)
        raise
    return temporary


def _discard(temporary: str | Path) -> None:
    """Remove a temporary file if it is there; one that cannot be removed stays, so that
    the error being raised is the one reported."""
    try:
        Path(temporary).unlink(missing_ok=True)
    except OSError:
        pass


def replace_file(path: Path, data: bytes | str, *, durable: bool) -> None:
    """Replace ``path`` with ``data`` as :func:`write_atomic` does, for a caller that owns
    the folder (a store, under its lock) and handles :class:`OSError` itself: no folder is
    made and none is listed for stale temporaries (a cost per file in a folder of
    thousands). ``durable``: the content is fsynced before the rename and the folder after
    it, so that the new file is on disk when this returns; else neither (the caller syncs
    later, or losing the file only costs recomputing it)."""
    temporary = _temporary(path, data, sync=durable)
    try:
        os.replace(temporary, path)
    except BaseException:
        _discard(temporary)
        raise
    if durable:
        sync_folder(path.parent)


def remove_temporaries(folder: Path) -> None:
    """Remove every temporary (``.NAME.*.tmp``) that killed runs of :func:`replace_file` left
    in ``folder``, for a caller that owns the folder: no other writer is at work in it."""
    for stale in folder.glob(".*.tmp"):
        _discard(stale)


def sync_folder(folder: Path) -> None:
    """Put a folder's entries (a file created, renamed or removed in it) on disk."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
