"""HTML pages: the main text and metadata as trafilatura extracts them.

trafilatura drops navigation, footers, cookie banners, scripts and most "related
stories" boxes; it is imported inside the reader so that importing ``kg`` stays fast
for people who never read HTML. Given a string it does no network access.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kg.errors import InputError
from kg.model import Article
from kg.readers.dates import to_iso
from kg.readers.furniture import clean_body

# Removed before extraction. trafilatura already discounts these, but on a page with
# nothing else its fallback extractors return the menu ("Home News Sport") as text.
CHROME_XPATHS: tuple[str, ...] = ("//nav", "//footer", "//aside", "//*[@role='navigation']")


def read_html(path: Path, text: str) -> list[Article]:
    """Read one saved web page as one article."""
    import trafilatura

    if not logging.getLogger(__name__).isEnabledFor(logging.DEBUG):  # kg -v shows them
        # its "discarding data: None" says what the InputError below says, to stderr
        logging.getLogger("trafilatura").setLevel(logging.ERROR)

    document = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        prune_xpath=list(CHROME_XPATHS),
    )
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in HTML")
    title = (document.title or "").strip() or path.stem
    paragraphs = _paragraphs(document.text, title)
    body = clean_body(paragraphs)
    if not body.text:
        raise InputError("no article text found in HTML")
    return [
        Article(
            id=path.stem,
            title=title,
            text=body.text,
            source_path=str(path),
            date=to_iso(document.date) if document.date else None,
            url=document.url or None,
            publisher=body.publisher or (document.sitename or "").strip() or None,
        )
    ]


def _paragraphs(extracted: str, title: str) -> list[str]:
    """trafilatura's one-paragraph-per-line text as lines with blank lines between.

    A first paragraph that repeats the title is dropped: the title is not body text.
    """
    paragraphs = [line.strip() for line in extracted.split("\n") if line.strip()]
    if paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    lines: list[str] = []
    for paragraph in paragraphs:
        lines.extend((paragraph, ""))
    return lines
