"""Plain-text and Markdown articles: title line, optional date line, then the body.

Layout read::

    Title of the article            <- first non-empty line ("# " stripped in Markdown)

    Friday, January 4, 2019         <- optional: becomes Article.date, removed from body

    Body paragraphs, separated by blank lines ...
    Source: Global Times            <- optional: becomes Article.publisher
    Related Stories                 <- furniture: cut with everything after it

Plain-text bodies are kept byte for byte (bar the furniture and the trimming of the
whole body) because later stages point into them by character offset. Markdown is
first reduced to the text a reader sees: links become their text, emphasis marks go,
images go, headings become plain paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError
from kg.model import Article
from kg.readers.dates import to_iso
from kg.readers.furniture import clean_body


def read_plain(path: Path, text: str) -> list[Article]:
    """Read one ``.txt`` article."""
    return [_article(path, text.split("\n"))]


def read_markdown(path: Path, text: str) -> list[Article]:
    """Read one ``.md`` / ``.markdown`` article, reduced to plain text first.

    Markup-only lines (images, rules) leave blank lines behind; runs of blank lines are
    collapsed so paragraphs stay separated by exactly one.
    """
    lines: list[str] = []
    for line in text.split("\n"):
        plain = markdown_line(line)
        if plain.strip() or (lines and lines[-1]):
            lines.append(plain if plain.strip() else "")
    return [_article(path, lines)]


def _article(path: Path, lines: list[str]) -> Article:
    """Split ``lines`` into title, date and body, and build the record."""
    title_at = _first_non_empty(lines, 0)
    if title_at is None:
        raise InputError("no text (only Markdown markup)")
    title = lines[title_at].strip()
    body_from = title_at + 1
    date = None
    date_at = _first_non_empty(lines, body_from)
    if date_at is not None:
        date = to_iso(lines[date_at])
        if date is not None:
            body_from = date_at + 1
    body = clean_body(lines[body_from:])
    if not body.text:
        raise InputError("no article text after the title")
    return Article(
        id=path.stem,
        title=title,
        text=body.text,
        source_path=str(path),
        date=date,
        publisher=body.publisher,
    )


def _first_non_empty(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if lines[index].strip():
            return index
    return None


# --- Markdown to plain text, one line at a time -----------------------------------

_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_PLACEHOLDER = re.compile("\ue000(\\d+)\ue001")  # private-use marks hold escaped chars
_RULE = re.compile(r"\s{0,3}([-*_=])(?:\s*\1){2,}\s*")
_REFERENCE_DEFINITION = re.compile(r"\s{0,3}\[[^\]]+\]:\s+\S+.*")
_HEADING = re.compile(r"\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_BRACKETED = r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"  # link text, one level of nested brackets
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # (url "title"), one level of nested parentheses
_INLINE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"!{_BRACKETED}(?:{_TARGET}|\[[^\]]*\])"), ""),  # images are dropped
    (re.compile(rf"{_BRACKETED}{_TARGET}"), r"\1"),  # [text](url) -> text
    (re.compile(rf"{_BRACKETED}\[[^\]]*\]"), r"\1"),  # [text][ref] -> text
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <http://x> -> http://x
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"), r"\1"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
)


def markdown_line(line: str) -> str:
    """One Markdown line as the text a reader sees; markup-only lines become ``""``.

    Line by line keeps blank lines (paragraph breaks) where they were. This is a
    reasonable reduction for news articles, not a full CommonMark parser.
    """
    escaped: list[str] = []

    def hold(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    line = _ESCAPE.sub(hold, line)
    if _RULE.fullmatch(line) or _REFERENCE_DEFINITION.fullmatch(line):
        return ""
    heading = _HEADING.fullmatch(line)
    if heading:
        line = heading.group(1) or ""
    line = _QUOTE.sub("", line)
    for pattern, replacement in _INLINE:
        line = pattern.sub(replacement, line)
    return _PLACEHOLDER.sub(lambda match: escaped[int(match.group(1))], line)
