"""JSON Lines: one article per line, as exported by scrapers and datasets.

Fields: ``text`` (required, non-empty string), ``id`` (string or integer; defaults to
``<file stem>-<line number>``), ``title`` (defaults to the id), ``date`` (ISO-normalised
when recognised, else ``None``), ``url``, ``source`` (-> ``Article.publisher``).
Other fields are ignored. A bad line becomes a ``Skipped`` for ``path:LINE`` and the
good lines around it are still read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Article, Skipped
from kg.readers.dates import to_iso
from kg.readers.furniture import clean_body

_OPTIONAL_STRINGS = ("title", "date", "url", "source")
#: "\\ud800" in JSON decodes to half of a UTF-16 pair, which no UTF-8 file can hold
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_jsonl(path: Path, text: str) -> list[Article | Skipped]:
    """Read every non-blank line of a ``.jsonl`` file: an Article or a Skipped each."""
    records: list[Article | Skipped] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append(_article(path, number, line))
        except InputError as error:
            records.append(Skipped(source=f"{path}:{number}", reason=str(error)))
    return records


def _article(path: Path, number: int, line: str) -> Article:
    record = _object(line)
    text = record.get("text")
    if text is None:
        raise InputError("missing 'text' field")
    if not isinstance(text, str):
        raise InputError(f"'text' must be a string, got {_json_type(text)}")
    for name in _OPTIONAL_STRINGS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(f"'{name}' must be a string, got {_json_type(value)}")
    body = clean_body(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    if not body.text:
        raise InputError("empty 'text' field")
    article_id = _id(record.get("id")) or f"{path.stem}-{number}"
    return Article(
        id=article_id,
        title=(record.get("title") or "").strip() or article_id,
        text=body.text,
        source_path=str(path),
        date=to_iso(record["date"]) if record.get("date") else None,
        url=(record.get("url") or "").strip() or None,
        publisher=(record.get("source") or "").strip() or body.publisher,
    )


def _object(line: str) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error.msg} (column {error.colno})") from error
    except RecursionError as error:  # the decoder recurses once per level of nesting
        raise InputError("invalid JSON: nested too deeply to read") from error
    if not isinstance(value, dict):
        raise InputError(f"expected a JSON object, got {_json_type(value)}")
    for name in ("text", "id", *_OPTIONAL_STRINGS):
        if isinstance(value.get(name), str) and _SURROGATE.search(value[name]):
            raise InputError(f"'{name}' holds a lone surrogate escape (such as \\ud800), which is not text")
    return value


def _id(value: Any) -> str | None:
    """The record's id as text; ``None`` when absent so the caller can make one up."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(f"'id' must be a string or integer, got {_json_type(value)}")
    return str(value).strip() or None


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages a user can act on."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return names.get(type(value), type(value).__name__)
