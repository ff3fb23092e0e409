"""Where a remote store is: the SPARQL endpoints behind a ``--store http://...`` URL.

    "http://127.0.0.1:7878" -> endpoints_of(url) -> Endpoints(".../query", ".../update", ".../store")

A user names one URL; kg needs two endpoints, one for SPARQL 1.1 Query and one for
SPARQL 1.1 Update. The servers kg knows lay them out differently, so the update
endpoint follows from the URL's last path segment (:data:`CONVENTIONS`), unless given
explicitly (``kg build --store URL --store-update URL``):

* no path (``http://host:7878``): the Oxigraph server's layout, ``/query`` and ``/update``,
  and its Graph Store Protocol endpoint ``/store``, whose GET of the whole dataset as
  N-Quads readers use (five times faster than a SELECT of every quad);
* ``.../query``: its sibling ``.../update`` (Oxigraph, Apache Jena Fuseki's ``/DATASET/query``);
* ``.../repositories/NAME``: ``.../repositories/NAME/statements`` (GraphDB, RDF4J);
* anything else (Virtuoso's ``/sparql``, Fuseki's ``/DATASET``): the same URL for both,
  as the SPARQL 1.1 Protocol allows one endpoint to serve queries and updates.

Credentials go in the URL (``http://user:secret@host/...``, sent as HTTP Basic); the
name kg prints for a store (:attr:`Endpoints.name`) never shows the password.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..errors import RemoteStoreError

__all__ = ["CONVENTIONS", "Endpoints", "endpoints_of", "is_remote", "redacted"]

#: the URL schemes that name a remote store rather than a folder
SCHEMES = ("http://", "https://")

#: how each server family's query endpoint names its update endpoint, by the layout of the URL
CONVENTIONS = {
    "no path (Oxigraph server)": "/query, /update and /store under the URL",
    ".../query (Oxigraph, Fuseki)": "the sibling .../update",
    ".../repositories/NAME (GraphDB, RDF4J)": ".../repositories/NAME/statements",
    "anything else (Virtuoso's /sparql, a Fuseki dataset)": "the same URL",
}


@dataclass(frozen=True, slots=True)
class Endpoints:
    """The SPARQL 1.1 Query and Update endpoints of one remote store, and its Graph Store
    Protocol endpoint when kg knows that it also returns the whole dataset (Oxigraph's)."""

    query: str
    update: str
    graphs: str | None = None

    @property
    def name(self) -> str:
        """The query URL without its password: what messages call the store."""
        return redacted(self.query)

    def __str__(self) -> str:
        return self.name

    def updating(self, url: str) -> Endpoints:
        """These endpoints with update endpoint ``url`` (``kg build --store-update``)."""
        return replace(self, update=_checked(url))


def is_remote(location: object) -> bool:
    """Whether a ``--store`` value names a remote store (an http(s) URL) rather than a folder."""
    return isinstance(location, Endpoints) or (
        isinstance(location, str) and not isinstance(location, Path) and location.lower().startswith(SCHEMES)
    )


def endpoints_of(url: str, update: str | None = None) -> Endpoints:
    """The endpoints behind ``url`` by the conventions of the module docstring, with the
    update endpoint ``update`` when given. Raises :class:`RemoteStoreError` for a URL that
    is not http(s) or names no host."""
    found = _conventional(_checked(url))
    return found if update is None else found.updating(update)


def _conventional(query: str) -> Endpoints:
    parts = urlsplit(query)
    path = parts.path.rstrip("/")
    segments = path.split("/")
    if not path:
        base = query.rstrip("/")
        return Endpoints(base + "/query", base + "/update", base + "/store")
    if segments[-1] == "query":
        return Endpoints(query, urlunsplit(parts._replace(path=path[: -len("query")] + "update")))
    if len(segments) >= 2 and segments[-2] == "repositories":
        return Endpoints(query, urlunsplit(parts._replace(path=path + "/statements")))
    return Endpoints(query, query)


def _checked(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise RemoteStoreError(f"{redacted(url)} is not a store URL: give http://HOST:PORT/... (or a store folder)")
    return url


def redacted(url: str) -> str:
    """``url`` with the password of its user info replaced by ``***``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
