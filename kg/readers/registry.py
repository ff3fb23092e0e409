"""Which reader handles which file extension: the one place formats are declared.

To support a new format, write ``kg/readers/<format>.py`` with a function
``(path, text) -> list[Article | Skipped]`` and add its extensions here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from types import MappingProxyType

from kg.errors import UnsupportedFormat
from kg.model import Article, Skipped
from kg.readers import html, jsonl, text

# A reader gets the decoded text of one file. It raises InputError (the reason, one
# line, without the path) when the whole file is unusable, or returns Skipped records
# for the parts that are (JSONL lines).
Reader = Callable[[Path, str], Sequence[Article | Skipped]]

READERS: MappingProxyType[str, Reader] = MappingProxyType(
    {
        ".txt": text.read_plain,
        ".md": text.read_markdown,
        ".markdown": text.read_markdown,
        ".html": html.read_html,
        ".htm": html.read_html,
        ".jsonl": jsonl.read_jsonl,
    }
)

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(READERS)


def reader_for(path: Path) -> Reader:
    """The reader for ``path``'s extension (case-insensitive), or ``UnsupportedFormat``."""
    suffix = path.suffix.lower()
    try:
        return READERS[suffix]
    except KeyError:
        shown = f"'{suffix}'" if suffix else "(none)"
        raise UnsupportedFormat(
            f"unsupported extension {shown} (supported: {', '.join(SUPPORTED_EXTENSIONS)})"
        ) from None
