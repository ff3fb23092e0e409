"""Where a store is, and what every kind of store does: a folder or a SPARQL server.

    open_store("store")                  -> GraphStore   (an embedded Oxigraph in a folder)
    open_store("http://127.0.0.1:7878")  -> RemoteStore  (a SPARQL 1.1 server)
    open_reader(location)                -> GraphStore   (read-only: the folder, or a snapshot of the server)

:class:`ArticleStore` is what :func:`kg.pipeline.update_store` needs of a store to build into
it; :class:`~kg.store.GraphStore` and :class:`~kg.store.remote.RemoteStore` both are one.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from .database import GraphStore
from .endpoints import Endpoints, is_remote, redacted
from .remote import RemoteStore
from .unfinished import Entry

__all__ = ["ArticleStore", "BuildRecord", "Location", "location_name", "open_reader", "open_store"]

#: what ``--store`` names: a folder, a URL, or the endpoints of a server
Location = str | Path | Endpoints


class BuildRecord(Protocol):
    """The record of an unfinished build (see :mod:`kg.store.unfinished`)."""

    def entries(self) -> list[Entry]: ...
    def restart(self, entries: Iterable[Entry]) -> None: ...
    def note(self, graph: str, digest: str, payload: str) -> None: ...
    def note_all(self, entries: list[Entry]) -> None: ...
    def finish(self) -> None: ...


class ArticleStore(Protocol):
    """A store a build writes into: one named graph per article, replaced whole (mypy checks,
    through :func:`open_store`, that both kinds of store are one)."""

    @property
    def unfinished(self) -> BuildRecord: ...
    def article_hashes(self) -> dict[str, str]: ...
    def graph_names(self) -> list[str]: ...
    def entities(self, classes: Iterable[str] = ..., exclude: Iterable[str] = ...) -> list[tuple[str, str, str]]: ...
    def replace_article(self, graph_name: ox.NamedNode | str, quads: Iterable[ox.Quad]) -> None: ...
    def write_articles(self, articles: Iterable[tuple[ox.NamedNode | str, Iterable[ox.Quad]]]) -> None: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> ArticleStore: ...
    def __exit__(self, *exc_info: object) -> None: ...


def open_store(location: Location, *, break_lock: bool = False) -> ArticleStore:
    """The store at ``location``, for writing: a store folder (created when missing) or a
    SPARQL server (``http(s)://`` URL, see :mod:`kg.store.endpoints`). ``break_lock``
    removes a server's writer's lease left by a build that died (a folder has no lease:
    its lock goes with the process that held it)."""
    if isinstance(location, Endpoints | str) and is_remote(location):
        return RemoteStore.open(location, break_lock=break_lock)
    assert not isinstance(location, Endpoints)  # is_remote holds for every Endpoints
    return GraphStore.open(location)


def open_reader(location: Location) -> GraphStore:
    """The store at ``location``, read-only: a folder opened read-only, or a server's
    article graphs read into memory in one snapshot."""
    if isinstance(location, Endpoints | str) and is_remote(location):
        with RemoteStore.open(location, read_only=True) as remote:
            return remote.snapshot()
    assert not isinstance(location, Endpoints)  # is_remote holds for every Endpoints
    return GraphStore.open(location, read_only=True)


def location_name(location: Location) -> str:
    """How messages name the store at ``location`` (a URL without its password)."""
    if isinstance(location, Endpoints):
        return location.name
    return redacted(location) if isinstance(location, str) and is_remote(location) else str(location)
