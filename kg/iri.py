"""Minting IRIs safely from a class and a label, and the local names of open predicates.

Any Unicode, quote, space or angle bracket in a name is either folded into the slug
or percent-encoded, so a minted IRI is always valid in Turtle, N-Quads and SPARQL.
The same label always gives the same IRI, across runs and machines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote


def camel_case(phrase: str) -> str:
    """ "step up crackdown on" -> "stepUpCrackdownOn": the local name of an open predicate
    (``rel:stepUpCrackdownOn``), minted here with the other names of the graph. Letters,
    marks and digits of any script ("покачивала", "को") are kept, since IRIs may hold them;
    a phrase with none is ``relatedTo``, and a name that would start with a digit gets an "r"."""
    parts = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in phrase.lower()).split()
    if not parts:
        return "relatedTo"
    name = parts[0] + "".join(p.capitalize() for p in parts[1:])
    return name if name[0].isalpha() else "r" + name


def slug(label: str, max_length: int = 80) -> str:
    """A readable, IRI-safe identifier for a label: "Xi Jinping" -> "xi-jinping".

    Non-ASCII letters survive percent-encoded ("Zürich" -> "z%C3%BCrich"); a label
    with no letters or digits falls back to a short hash; long labels are cut and
    given a hash suffix so two different long labels never collide.
    """
    text = unicodedata.normalize("NFKC", label).replace("’", "").replace("'", "").lower()
    # letters, combining marks (Devanagari and Thai vowel signs) and digits are kept
    text = "".join(ch if unicodedata.category(ch)[0] in "LMN" or ch == "_" else " " for ch in text)
    text = re.sub(r"\s+", "-", text.strip()).strip("-_")
    digest = hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]
    if not text:
        return "x-" + digest
    if len(text) > max_length:
        text = text[:max_length].rstrip("-_") + "-" + digest
    return quote(text, safe="-_")


def article_slug(article_id: str) -> str:
    """The IRI-safe form of an article id; ids that slug alike ("Trade War", "trade-war")
    get a hash suffix, so two articles never share a named graph."""
    name = slug(article_id, max_length=120)
    if name == article_id:
        return name
    return f"{name}-{hashlib.sha1(article_id.encode('utf-8')).hexdigest()[:8]}"


def entity_key(cls: str, label: str, scope: str | None = None) -> str:
    """The stable key of an entity: ``person/xi-jinping``, or ``concept/<article>--<slug>``
    for a node scoped to one article (slugs never contain "--", so the split is unambiguous)."""
    name = slug(label)
    return f"{cls.lower()}/{article_slug(scope)}--{name}" if scope else f"{cls.lower()}/{name}"
