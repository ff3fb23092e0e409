"""What a worker process does with a request: run it on its store and write the response.

    Request (route, target, params, accept, version) -> answer_request -> Response (status, type, body)

Every request that reads the graph runs here, in a worker process the server kills when
its time is up (:mod:`kg.query.limit`), and comes back as bytes ready to send: the
query's answer in the negotiated format (:mod:`kg.serve.negotiate`), or an HTML page
(:mod:`kg.serve.pages`). A handled error becomes a response with its status and one
line of text: a malformed query 400, an update 403, an unknown saved query or entity
404, an answer in no acceptable format 406, a store that cannot be read 500.

SPARQL bindings. Besides ``query``, a request to the endpoint may bind variables with
``$name=value`` parameters, as RDF4J's protocol does; the value is an N-Triples term
(``<iri>``, ``"text"``, ``"5"^^<...>``), else a plain string. They reach Oxigraph as
substitutions, never as query text, and only variables the query selects can be bound.
The front page's search box asks the endpoint this way (:data:`kg.serve.pages.SEARCH`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from ..errors import GraphError, KgError, QueryError, StoreError, UpdateRefused, one_line
from ..query import run_query, run_saved
from ..query.run import QueryResult
from . import pages
from .negotiate import GRAPH, SOLUTIONS, choose, offered
from .source import Opened, Served, Version

__all__ = ["Request", "Response", "Handler", "answer_request", "open_handler", "text_response"]


@dataclass(frozen=True, slots=True)
class Request:
    """A request for a worker: its route ("sparql", "saved", "entity", "index", "view" or "open"), target (the query text, a saved
    query's name or an entity's IRI), parameters, the client's Accept header, and the
    version of the store the server saw (None: whatever the worker has open)."""

    route: str
    target: str = ""
    params: tuple[tuple[str, str], ...] = ()
    accept: str | None = None
    allow_service: bool = False
    version: Version | None = None

    def key(self) -> tuple[Any, ...]:
        """What makes two requests the same answer (all but the version)."""
        return (self.route, self.target, self.params, self.accept, self.allow_service)


@dataclass(frozen=True, slots=True)
class Response:
    """What the server sends: status, content type, body (and seconds a client should wait,
    for a 503)."""

    status: int
    content_type: str
    body: bytes
    retry_after: int | None = None


def text_response(status: int, message: str, retry_after: int | None = None) -> Response:
    """A response of one line of plain text (errors)."""
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), retry_after)


#: the status of each kind of handled error, the most specific first (anything else: 500)
_STATUS = ((UpdateRefused, 403), (StoreError, 500), (GraphError, 404), (QueryError, 400))


def _status(error: KgError) -> int:
    return next((status for kind, status in _STATUS if isinstance(error, kind)), 500)


class Handler:
    """The handler a worker process calls per request (see :func:`open_handler`)."""

    def __init__(self, served: Served) -> None:
        self.opened = Opened(served)

    def __call__(self, request: Request) -> Response:
        try:
            return answer_request(self.opened.current(request.version), request)
        except KgError as error:
            return text_response(_status(error), one_line(error))


def open_handler(served: Served) -> Handler:
    """A worker's handler (module-level, so a ``forkserver`` or ``spawn`` child can import it)."""
    return Handler(served)


def answer_request(store: Any, request: Request) -> Response:
    """The response to ``request`` over ``store`` (a :class:`kg.store.GraphStore`)."""
    if request.route == "sparql":
        result = run_query(store, request.target, _bindings(request.params), allow_service=request.allow_service)
        return _negotiated(result, request.accept)
    if request.route == "saved":
        return _negotiated(run_saved(store, request.target, **dict(request.params)), request.accept)
    if request.route == "entity":
        return _html(200, pages.entity_page(store, request.target))
    if request.route == "index":
        return _html(200, pages.index_page(store))
    if request.route == "view":
        return _html(200, pages.view_page(store))
    if request.route == "open":  # a new worker's first request: open the store or load the file now
        return text_response(200, "open")
    raise QueryError(f"unknown route {request.route!r}")


def _html(status: int, page: bytes) -> Response:
    return Response(status, "text/html; charset=utf-8", page)


def _negotiated(result: QueryResult, accept: str | None) -> Response:
    kind = SOLUTIONS if result.type in ("SELECT", "ASK") else GRAPH
    fmt = choose(accept, kind)
    if fmt is None:
        return text_response(406, f"cannot answer in {accept}: this answer comes as {offered(kind)}")
    return Response(200, fmt.content_type, fmt.write(result))


def _bindings(params: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """``$name=value`` parameters as query bindings (see the module's docstring)."""
    return {name.lstrip("$"): _term(value) for name, value in params}


def _term(value: str) -> ox.NamedNode | ox.Literal:
    """An N-Triples term, or else a plain string literal."""
    try:
        quads = list(ox.parse(f"<urn:kg:s> <urn:kg:p> {value} .", format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError:
        return ox.Literal(value)
    term = quads[0].object if len(quads) == 1 else None
    return term if isinstance(term, (ox.NamedNode, ox.Literal)) else ox.Literal(value)
