"""Mentions: names, event nouns, definite descriptions and pronouns in a parsed sentence.

A :class:`~kg.extract.table.MentionTable` is built per article while its sentences are read;
it maps tokens to mentions so the clause and claim extractors can ask "which mention is this
token?" and create concept mentions for other noun phrases on demand.
:func:`add_sentence_mentions` reads one sentence in three passes, each in a module of its own:
names (:mod:`kg.extract.names`, classed by :mod:`kg.extract.name_classes`), descriptions and
event nouns (:mod:`kg.extract.descriptions`), and pronouns (:mod:`kg.extract.pronouns`). The
noun phrase a mention is said with comes from :mod:`kg.extract.phrases`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .descriptions import add_descriptions
from .names import add_names, left_modifiers
from .phrases import phrase_text, phrase_tokens
from .pronouns import PRONOUNS, SUBJECT_DEPS, add_pronouns
from .table import LABEL_WORDS, MentionTable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "LABEL_WORDS",
    "PRONOUNS",
    "MentionTable",
    "add_sentence_mentions",
    "left_modifiers",
    "phrase_text",
    "phrase_tokens",
]


def add_sentence_mentions(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """Register the names, event nouns, descriptions and pronouns of one sentence."""
    add_names(table, sent, sentence)
    add_descriptions(table, sent, sentence)
    add_pronouns(table, sent, sentence)
    table.subjects.extend((sentence, t) for t in sent if t.dep_ in SUBJECT_DEPS)
