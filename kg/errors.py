"""One exception tree. The CLI prints ``str(error)`` as a single line and exits non-zero."""

from __future__ import annotations

import unicodedata


def printable(text: str) -> str:
    """``text`` safe to print on a terminal in one line: control characters (newlines in a
    file name, terminal escapes from an article) become visible escapes such as ``\\n``
    and ``\\x1b``, so nothing an input holds can move the cursor or pose as kg's output."""
    return "".join(
        _escape(c) if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c != "\u200d" else c for c in text
    )


def _escape(char: str) -> str:
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    )


def one_line(error: BaseException) -> str:
    """An exception's message on one line (parsers and RocksDB write several), or its type's name."""
    return " ".join(str(error).split()) or type(error).__name__


class KgError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KgError):
    """An input path or article cannot be read (missing, empty, binary, malformed)."""


class UnsupportedFormat(InputError):
    """A file whose extension no reader handles."""


class ExtractionError(KgError):
    """Extraction failed on every article: a bug in kg (or the pipeline given), not bad input."""


class ModelNotFound(KgError):
    """The requested spaCy pipeline is not installed."""


class OutputError(KgError):
    """An output folder or file cannot be written."""


class GraphError(KgError):
    """A graph file cannot be loaded, or an entity named by the user is not in it."""


class StoreError(GraphError):
    """A store folder cannot be opened (not a store, damaged, in use) or written."""


class QueryError(KgError):
    """A SPARQL query is malformed, or a saved query or its parameter is unknown."""


class UpdateRefused(QueryError):
    """A SPARQL update where kg only reads: every query command and the server are read-only."""


class QueryTimeout(QueryError):
    """A query ran past its time limit and was stopped (its worker process killed)."""


class ServeError(KgError):
    """kg serve cannot start: the address is taken or cannot be bound."""


class ValidationError(KgError):
    """A graph does not conform to the SHACL shapes."""


class RemoteStoreError(StoreError):
    """A remote store (a SPARQL server) cannot be reached, refuses kg, or answers what is not SPARQL."""
