"""Definite descriptions and event nouns of a sentence's noun chunks.

"The minister", "the company", "this country" refer back to a person, organisation or country
named before (the resolver decides which); "the latter" and "the former" to one of the two
named before. A chunk headed by an event noun ("the attack") becomes an event mention.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon
from .names import modifier_roles
from .phrases import phrase_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from .table import MentionTable


def add_descriptions(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """Register the definite descriptions and event nouns of one sentence's noun chunks."""
    for chunk in table.chunks.get(sent.start, ()):
        _add_chunk_mention(table, chunk, sentence)


def _add_chunk_mention(table: MentionTable, chunk: SpacySpan, sentence: int) -> None:
    root = chunk.root
    if table.at(root) is not None or root.pos_ != "NOUN":
        return
    lemma = root.lemma_.lower()
    determiners = {t.lower_ for t in chunk if t.dep_ in {"det", "poss"}}
    definite = bool(determiners & {"the", "this", "that", "these", "those"})
    if lemma in {"latter", "former"} and definite:
        table.add([root], sentence, kind="description", cls="*", label=chunk.text, head=lemma)
        return
    words = lexicon.words
    refer = (
        "Person"
        if lemma in words("title") or lemma in words("refer_person") or lemma.endswith("year-old")
        else "Country"
        if lemma in words("refer_country")
        else "Place"
        if lemma in words("refer_place")
        else "Organization"
        if lemma in words("refer_organization")
        else None
    )
    if refer and definite and root.dep_ != "compound":
        titles, _, affiliation = modifier_roles([t for t in chunk if t.i <= root.i and t.dep_ != "det"])
        table.add(
            [t for t in chunk if t.dep_ not in {"det", "punct"}],
            sentence,
            kind="description",
            cls=refer,
            label=phrase_text(list(chunk)),
            head=lemma,
            titles=titles if refer == "Person" else (),
            affiliation=affiliation,
            plural=root.tag_ == "NNS",
        )
        return
    if lemma in words("event"):
        table.nominal(root, sentence)
