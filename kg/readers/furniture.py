"""Page furniture: the lines around an article that are not the article.

The phrases are data, kept here in one place; every format's body goes through
``clean_body`` so a scraped "Related Stories" list is cut whether it came from a
text file, a JSONL record or an HTML page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# A line consisting only of one of these (case-insensitive, trailing ":" etc. ignored)
# starts the end matter: it and everything after it is cut.
END_MARKERS: frozenset[str] = frozenset(
    {
        "check also",
        "related",
        "related articles",
        "related stories",
        "related posts",
        "related news",
        "related coverage",
        "read more",
        "read also",
        "also read",
        "see also",
        "you may also like",
        "you might also like",
        "recommended",
        "recommended for you",
        "more from",
        "more stories",
        "share this",
        "share this article",
        # Wikinews / Wikipedia-style closing sections: source lists, not body text.
        "sources",
        "references",
        "external links",
        "sister links",
    }
)

# A line consisting only of one of these is dropped, but the text after it is kept:
# ads sit between paragraphs, and cutting there would lose the rest of the article.
DROP_LINES: frozenset[str] = frozenset({"advertisement", "advertisements", "sponsored content"})

# A caption and its credit ("Placards. Image: John Lubbock (flickr).", "File photo of the
# court.", "Photo: AP"): a line that ends in a picture credit, or opens as a file photo, is
# the picture's, not the article's, and is dropped with the text it captions.
CAPTION_LINE = re.compile(
    r"(?:^|.*?[.!?\"”)]\s+)(?:image|photo|picture|photograph|photo credit|credit|file photo)"
    r"\s*(?:by\s*)?[:–—-]\s*"
    r"[^\s:]+(?:\s+[^\s:()]+){0,4}?(?:\s*\((?:flickr|wikimedia commons|file|cc[\w .-]*)\))?\s*\.?"
    r"|file photo\b.{0,200}|.{0,200}\((?:flickr|wikimedia commons)\)\.?",
    re.IGNORECASE,
)
# A caption that names what is pictured and runs straight into its credit, with no sentence
# end between ("Susan Rice Image: White House.", "Jo JorgensenImage: Jo Jorgensen for President."):
# the credit word capitalised and a colon, so "officials said the image: a fake" stays prose.
NAMED_CAPTION_LINE = re.compile(
    r"[^.!?:]{1,80}?\s*(?:Image|Photo|Picture|Photograph):\s*"
    r"[^\s:]+(?:\s+[^\s:()]+){0,4}?(?:\s*\([^()]{1,40}\))?\s*\.?"
)
CAPTION_LENGTH = 300  # a caption is short: a longer line is a paragraph that mentions a photo

# "Source: Global Times" / "Source - Reuters" near the end names the publisher.
PUBLISHER_LINE = re.compile(r"source\s*(?::|-|–|—)\s*(?P<name>[^.!?]{1,80}?)", re.IGNORECASE)
PUBLISHER_WINDOW = 3  # how many last non-empty lines count as "the end area"

_TRAILING = ":.…»›>|-–— \t"


@dataclass(frozen=True, slots=True)
class Body:
    """An article body without furniture, and the publisher named in it, if any."""

    text: str
    publisher: str | None


def clean_body(lines: Sequence[str]) -> Body:
    """Cut the end matter, drop ad lines, take the publisher line, and join the rest.

    The remaining lines are joined with ``\\n`` unchanged, only the whole body is
    trimmed: offsets into ``Article.text`` are provenance, so nothing is reflowed.
    """
    kept = [line for line in _until_end_marker(lines) if _key(line) not in DROP_LINES and not is_caption(line)]
    publisher = None
    index = _publisher_index(kept)
    if index is not None:
        publisher = _publisher(kept[index])
        del kept[index]
    return Body("\n".join(kept).strip(), publisher)


def is_caption(line: str) -> bool:
    """Whether a line is a picture's caption or credit (see :data:`CAPTION_LINE`)."""
    line = line.strip()
    if not line or len(line) > CAPTION_LENGTH:
        return False
    return CAPTION_LINE.fullmatch(line) is not None or NAMED_CAPTION_LINE.fullmatch(line) is not None


def _key(line: str) -> str:
    """The line as compared with the phrase lists: lower-cased, spaces collapsed."""
    return " ".join(line.strip().rstrip(_TRAILING).split()).casefold()


def _until_end_marker(lines: Sequence[str]) -> list[str]:
    for index, line in enumerate(lines):
        if _key(line) in END_MARKERS:
            return list(lines[:index])
    return list(lines)


def _publisher(line: str) -> str | None:
    match = PUBLISHER_LINE.fullmatch(line.strip())
    return match.group("name").strip() if match else None


def _publisher_index(lines: Sequence[str]) -> int | None:
    """Index of a "Source: X" line among the last few non-empty lines, if there is one."""
    seen = 0
    for index in range(len(lines) - 1, -1, -1):
        if not lines[index].strip():
            continue
        if _publisher(lines[index]):
            return index
        seen += 1
        if seen >= PUBLISHER_WINDOW:
            return None
    return None
