"""The class of a name by evidence and by the part it plays.

:func:`name_class` weighs the name's own evidence (:func:`kg.entity_class.evidence`: its
words, gazetteers, an honorific, a place preposition before it) and then what the sentence
has it do: a place that speaks is no place, a name that plays a person's part is a person's
(:mod:`kg.extract.person_roles`). :func:`is_demonym_of` and :func:`surname_of_person` read
the article's earlier names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import entity_class, lexicon
from . import person_roles

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .table import MentionTable


def name_class(span: SpacySpan, label: str, cls: str, descriptors: tuple[str, ...]) -> str:
    """The class of a name by evidence (:mod:`kg.entity_class`), and by the role it plays:
    a name that says something is not a place."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    honorific = before.lower_ if before is not None and before.lower_ in lexicon.honorifics() else None
    after = doc[span.end] if span.end < len(doc) else None
    place_preposition = (
        before is not None
        and (before.lower_ in _PLACE_PREPOSITIONS or _coordinated_in_place(span.root))
        and not (after is not None and after.tag_ == "POS")
    )
    found = entity_class.evidence(label, cls, descriptors, honorific, place_preposition)
    if found.cls == "Place" and found.reason == "ner" and _says(span.root):
        return "Person" if entity_class.gender(label) else "Organization"
    if found.cls in {"Place", "Organization"} and found.reason in _OUTPLAYED and person_roles.plays_person(span):
        return "Person"  # "Jacobs , 20 ,", "Booth shot Lincoln": what the name does outweighs its tag
    return found.cls


#: the evidence a person's part in the sentence outweighs (not a name's own words, "Acme Corp")
_OUTPLAYED = {"ner", "role", "gazetteer"}


_PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}


def _coordinated_in_place(root: Token) -> bool:
    """ "in Gyandzha or Shamkhor", "at Leeds and Brayford": a name joined to the object of a
    place preposition shares the preposition."""
    head = root.head
    return root.dep_ == "conj" and head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPOSITIONS


_DEMONYM_ENDINGS = ("n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "er", "ers")


def is_demonym_of(label: str, table: MentionTable) -> bool:
    """Whether ``label`` is the people of a place the article named before ("American Samoa"
    -> "American Samoans", "Kosovo" -> "Kosovars" is not caught: the endings are the common ones)."""
    places = {lexicon.name_key(m.label) for m in table.mentions if m.kind == "name" and m.cls in {"Place", "Country"}}
    key = lexicon.name_key(label)
    return any(key.endswith(ending) and key[: -len(ending)] in places for ending in _DEMONYM_ENDINGS)


def surname_of_person(label: str, table: MentionTable) -> bool:
    """Whether ``label`` is one word, the last of a person's name the article gave before."""
    key = lexicon.name_key(label)
    return " " not in key and any(
        m.kind == "name"
        and m.cls == "Person"
        and " " in (name := lexicon.name_key(m.label))
        and name.endswith(" " + key)
        for m in table.mentions
    )


def _says(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon.words("speech")
