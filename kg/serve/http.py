"""The HTTP side of ``kg serve``: the SPARQL 1.1 Protocol and the pages, on the standard library.

    HTTP request -> KgRequestHandler -> read_request -> Request -> App.respond -> Response -> HTTP response

Built on :class:`http.server.ThreadingHTTPServer`, not a web framework: the server only
parses requests and passes bytes along, since every query runs in a worker process
(:mod:`kg.serve.pool`), so a thread per connection costs little and the GIL holds nothing
up; the protocol needs no routing or templating beyond a few paths, and the standard
library adds no dependency. HTTP/1.1 with keep-alive, every response with its length.

The protocol (https://www.w3.org/TR/sparql11-protocol/): ``/sparql`` takes a query as
``GET /sparql?query=...``, as ``POST`` of a form (``application/x-www-form-urlencoded``,
``query=...``) or as ``POST`` of the query itself (``application/sparql-query``). It is
read-only: an update (``update=...``, an ``application/sparql-update`` body, or an update
in ``query``) is refused with 403, before anything runs. ``default-graph-uri`` and
``named-graph-uri`` are refused with 400 (the dataset is the store: its default graph is
the union of the articles, each article a named graph). Answers by content negotiation
(:mod:`kg.serve.negotiate`).

CORS headers are sent only when the server was given an origin (``--cors ORIGIN``), so a
page of another site can ask this server only when its user said so. A server on a loopback
address answers only requests whose ``Host`` is a loopback name or address: a page of another
site that makes its own name resolve to 127.0.0.1 (DNS rebinding) is refused with 403.
Connections idle for :data:`IDLE` seconds are closed, so idle clients cannot hold threads.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ..query import saved_queries
from .answer import Request, Response, text_response

__all__ = ["IDLE", "LOOPBACK_NAMES", "MAX_BODY", "KgHTTPServer", "KgRequestHandler", "read_request"]

log = logging.getLogger(__name__)

#: the largest request body read, in bytes (a query; forms of a query)
MAX_BODY = 1 * 2**20
#: seconds a connection may stay silent before it is closed
IDLE = 60
#: the names a loopback server answers to (besides its own address)
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_FORM = "application/x-www-form-urlencoded"
_QUERY = "application/sparql-query"
_UPDATE = "application/sparql-update"


class Refused(Exception):
    """A request answered before any worker sees it (a bad request, an update, an unknown path)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.response = text_response(status, message)


def read_request(method: str, target: str, headers: Any, body: bytes) -> Request | str:
    """The worker's request for an HTTP request, or the name of a page the server answers
    itself ("queries"); raises :class:`Refused` for what is refused."""
    url = urlsplit(target)
    params = parse_qsl(url.query, keep_blank_values=True)
    content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
    if method == "POST" and content_type == _FORM:
        params += parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    accept: str | None = headers.get("Accept")
    path = url.path.rstrip("/") or "/"
    if path == "/sparql":
        return _sparql_request(method, params, content_type, body, accept)
    if method != "GET":
        raise Refused(405, f"{path} answers GET only")
    if path == "/":
        return Request("index")
    if path == "/queries":
        return "queries"
    if path.startswith("/queries/"):
        name = unquote(path.removeprefix("/queries/"))
        if name not in saved_queries():
            raise Refused(404, f"no saved query named {name!r}: see /queries")
        return Request("saved", name, tuple(params), accept)
    if path == "/entity":
        iri = dict(params).get("iri")
        if not iri:
            raise Refused(400, "give the entity's IRI: /entity?iri=https://...")
        return Request("entity", iri)
    if path == "/view":
        return Request("view")
    raise Refused(404, f"nothing at {path}: see / for the pages and /sparql for the SPARQL endpoint")


def _sparql_request(
    method: str, params: list[tuple[str, str]], content_type: str, body: bytes, accept: str | None
) -> Request:
    names = [name for name, _ in params]
    if "update" in names or content_type == _UPDATE:
        raise Refused(403, "this endpoint is read-only: SPARQL updates are refused")
    if "default-graph-uri" in names or "named-graph-uri" in names:
        raise Refused(
            400, "default-graph-uri and named-graph-uri are not supported: the dataset is the store (use GRAPH)"
        )
    queries = [value for name, value in params if name == "query"]
    if method == "POST" and content_type == _QUERY:
        queries.append(body.decode("utf-8", "replace"))
    elif method == "POST" and content_type != _FORM:
        raise Refused(415, f"POST a query as {_QUERY} or as a {_FORM} form, not {content_type or 'no type'}")
    elif method != "POST" and method != "GET":
        raise Refused(405, "the SPARQL endpoint answers GET and POST")
    if len(queries) != 1:
        raise Refused(400, "give exactly one query (the query parameter, or a sparql-query body)")
    bindings = tuple((name, value) for name, value in params if name.startswith("$") and len(name) > 1)
    return Request("sparql", queries[0], bindings, accept)


class KgHTTPServer(ThreadingHTTPServer):
    """The threads of one server, and the :class:`~kg.serve.app.App` they answer for."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], app: Any) -> None:
        if ":" in address[0]:  # an IPv6 address (--host ::1)
            self.address_family = socket.AF_INET6
        super().__init__(address, KgRequestHandler)
        self.app = app
        self.loopback = _is_loopback(address[0])

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is routine (logged for ``-v``); anything else is
        logged as the bug it is, never printed as a bare traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            log.debug("kg serve: %s went away: %s", client_address, error)
        else:
            log.exception("kg serve: a request from %s failed", client_address)

    def host_allowed(self, host: str | None) -> bool:
        """Whether a request's ``Host`` header names this server (always, unless on loopback)."""
        if not self.loopback:
            return True
        name = urlsplit(f"//{host or ''}").hostname or ""
        return name in LOOPBACK_NAMES or _is_loopback(name)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class KgRequestHandler(BaseHTTPRequestHandler):
    """One connection's requests: read, answered by the app, written with their length."""

    server: KgHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    timeout = IDLE

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_HEAD(self) -> None:
        self._handle("GET", head=True)

    def do_OPTIONS(self) -> None:
        self._send(Response(204, "text/plain", b""), allow="GET, POST, OPTIONS")

    def _handle(self, method: str, head: bool = False) -> None:
        try:
            if not self.server.host_allowed(self.headers.get("Host")):
                raise Refused(403, "this server answers only to its own loopback address (Host header)")
            body = self._body()
            request = read_request(method, self.path, self.headers, body)
            response = self.server.app.respond(request)
        except Refused as refused:
            response = refused.response
        except Exception as error:  # a bug: the connection still gets an answer
            log.exception("kg serve: %s %s failed", method, self.path)
            response = text_response(500, f"internal error: {type(error).__name__}")
        self._send(response, head=head)

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if not length:
            return b""
        try:
            size = int(length)
        except ValueError:
            raise Refused(400, "Content-Length is not a number") from None
        if size > MAX_BODY:
            self.close_connection = True
            raise Refused(413, f"the request body is over {MAX_BODY:,} bytes")
        return self.rfile.read(size)

    def _send(self, response: Response, head: bool = False, allow: str | None = None) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        if response.retry_after is not None:
            self.send_header("Retry-After", str(response.retry_after))
        if allow is not None:
            self.send_header("Allow", allow)
        origin = self.server.app.cors
        if origin is not None:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
            self.send_header("Vary", "Origin")
        self.end_headers()
        if not head:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the standard library's name
        log.info("%s %s", self.address_string(), format % args)
