"""The SPARQL 1.1 Protocol over HTTP, as a remote store speaks it: queries, updates, errors.

    SparqlClient(endpoints).select(sparql) -> rows of pyoxigraph terms
    SparqlClient(endpoints).update(sparql, doing="writing graph <g>")
    SparqlClient(endpoints).dataset() -> N-Quads bytes (Graph Store Protocol GET)

Queries and updates are POSTs of an HTML form (``query=`` or ``update=``), which every
SPARQL 1.1 server accepts, with httpx (imported on first use). SELECT results are asked
for as SPARQL JSON and parsed by pyoxigraph, so terms arrive exactly as the server sent them.

Every failure is one :class:`~kg.errors.RemoteStoreError` line naming the server (its URL,
the password hidden) and what went wrong: not reachable, stopped answering while writing,
no endpoint at that URL (404), credentials refused (401, 403), an HTML page where results
were expected, or the server's own error message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import RemoteStoreError, printable
from .endpoints import Endpoints, redacted

if TYPE_CHECKING:
    import httpx

__all__ = ["TIMEOUT", "SparqlClient"]

#: seconds to wait for a server's answer to one request (a large article's update included)
TIMEOUT = 120.0

_RESULTS = "application/sparql-results+json"
_NQUADS = "application/n-quads"
#: how much of a server's error text a message quotes
_QUOTE = 200
#: what lets Virtuoso's anonymous SPARQL user update, run in its isql
_VIRTUOSO_GRANT = 'grant SPARQL_UPDATE to "SPARQL"'


class SparqlClient:
    """One HTTP connection pool to the endpoints of a remote store."""

    def __init__(self, endpoints: Endpoints, timeout: float = TIMEOUT) -> None:
        import httpx  # only a remote store needs it

        self.endpoints = endpoints
        self.timeout = timeout
        # httpx sends the user info of a URL (http://user:secret@host/...) as HTTP Basic credentials
        self._http = httpx.Client(timeout=timeout, headers={"User-Agent": "kg"})
        self._answered = False  # whether the server answered once: refusals after that mean it stopped

    def close(self) -> None:
        self._http.close()

    def select(self, sparql: str) -> list[ox.QuerySolution]:
        """The rows of a SELECT query, read to the end."""
        url = self.endpoints.query
        response = self._send("POST", url, "asking a query", data={"query": sparql}, headers={"Accept": _RESULTS})
        kind = _not_html(response, url, "SPARQL results", "a SPARQL query endpoint")
        try:
            answer = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as error:
            raise RemoteStoreError(
                f"{redacted(url)} answered {kind or 'something'} that is not SPARQL JSON results "
                f"({printable(str(error))[:_QUOTE]}): is it a SPARQL query endpoint?"
            ) from error
        if not isinstance(answer, ox.QuerySolutions):
            raise RemoteStoreError(f"{redacted(url)} answered a SELECT query with a boolean")
        return list(answer)

    def update(self, sparql: str, doing: str) -> None:
        """Run a SPARQL update (one request: the server applies it whole, or not at all).
        ``doing`` says what it is for the error message ("writing graph <...>")."""
        self._send("POST", self.endpoints.update, doing, data={"update": sparql})

    def dataset(self) -> bytes:
        """Every quad the server holds, as N-Quads, from one GET of its Graph Store Protocol
        endpoint (:attr:`Endpoints.graphs`, which must be set)."""
        url = self.endpoints.graphs
        assert url is not None
        response = self._send("GET", url, "reading the store's graphs", headers={"Accept": _NQUADS})
        kind = _not_html(response, url, "N-Quads", "a Graph Store Protocol endpoint")
        if kind != _NQUADS:
            raise RemoteStoreError(f"{redacted(url)} answered {kind or 'something'} where kg asked for N-Quads")
        return response.content

    def _send(
        self,
        method: str,
        url: str,
        doing: str,
        data: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        import httpx

        try:
            response = self._http.request(method, url, data=data, headers=headers)
        except httpx.ConnectError as error:
            if not self._answered:
                raise RemoteStoreError(f"cannot reach the store server {redacted(url)} ({_reason(error)})") from error
            raise RemoteStoreError(_stopped(url, doing, error)) from error
        except httpx.TimeoutException as error:
            raise RemoteStoreError(
                f"the store server {redacted(url)} did not answer within {self.timeout:g} s while kg was {doing}"
            ) from error
        except httpx.TransportError as error:  # the connection broke: the server stopped, or was cut off
            raise RemoteStoreError(_stopped(url, doing, error)) from error
        self._answered = True
        if response.is_success:
            return response
        raise RemoteStoreError(_refusal(url, response, doing))


def _not_html(response: httpx.Response, url: str, wanted: str, endpoint: str) -> str:
    """The media type of ``response``; raises :class:`RemoteStoreError` when it is a web page."""
    kind = str(response.headers.get("content-type", "")).split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        raise RemoteStoreError(
            f"{redacted(url)} answered with an HTML page, not {wanted}: is it {endpoint}? "
            '(the README\'s "A SPARQL server as the store" lists the URLs of each server)'
        )
    return kind


def _refusal(url: str, response: httpx.Response, doing: str) -> str:
    """One line for a server's non-2xx answer to ``doing``."""
    status = f"{response.status_code} {response.reason_phrase}".strip()
    if response.status_code in (401, 403):
        return (
            f"the store server {redacted(url)} refused kg ({status}) while kg was {doing}: put user:password "
            f"in the store URL, and give that user the right to update (Virtuoso: {_VIRTUOSO_GRANT})"
        )
    if response.status_code in (404, 405):
        return (
            f"no SPARQL endpoint at {redacted(url)} ({status}): check the store URL "
            "(Oxigraph: http://HOST:PORT, Virtuoso: http://HOST:PORT/sparql, Fuseki: http://HOST:PORT/DATASET)"
        )
    text = " ".join(response.text.split())
    said = f": {printable(text)[:_QUOTE]}" if text and "<html" not in text[:200].lower() else ""
    if "permission" in text.lower():  # Virtuoso's SPARQL user may not update until granted
        said = f"{said} (give the store URL's user the right to update; Virtuoso: {_VIRTUOSO_GRANT})"
    return f"the store server {redacted(url)} answered {status} while kg was {doing}{said}"


def _stopped(url: str, doing: str, error: Exception) -> str:
    """One line for a server that answered before and does not now."""
    return (
        f"the store server {redacted(url)} stopped answering ({_reason(error)}) while kg was {doing}; "
        "every article it holds is whole or absent: run the same command again once it is back"
    )


def _reason(error: Exception) -> str:
    """The cause of a connection error, in words ("connection refused")."""
    text = " ".join(str(error).split())
    if "refused" in text.lower():
        return "connection refused"
    return printable(text)[:_QUOTE] or type(error).__name__
