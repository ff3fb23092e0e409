"""A name that plays a part only a person plays is a person's name.

The tagger often reads a lone surname as a place or a company ("Booth shot Lincoln", tagged
ORG; "Sirhan , 24 ," tagged GPE) and a gazetteer of cities may agree with it ("Lincoln",
"Mason", "Warner" are towns). The sentence around the name says otherwise when the name has
an age after it ("Jacobs , 20 ,"), a "who" clause ("Copland , who was born in Brooklyn"), a
person noun in apposition ("Warner , a former ambassador"; "a spokesperson , Ortagus ,") or is what was shot or killed
("the slaying of King", "Kennedy 's murder"). :func:`plays_person` reads those four.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

#: the oldest age a number after a name is read as ("Sanders , 45 ,"; "Texas , 1845 ," is a year)
OLDEST = 120


@cache
def _roles() -> dict[str, frozenset[str]]:
    """The word lists of kg/data/person_roles.tsv by name."""
    return {name: frozenset(words.split("|")) for name, words in lexicon.rows("person_roles.tsv")}


@cache
def _person_nouns() -> frozenset[str]:
    return lexicon.words("refer_person") | lexicon.words("title")


def plays_person(span: Span) -> bool:
    """Whether the sentence gives the name ``span`` a part only a person plays."""
    root = span.root
    if _aged(span) or _victim(root):
        return True
    # "a scholar of the Italian Renaissance who taught", "Vaughan , 83 , of Trapper Creek , the
    # last man to": after a preposition the clause or apposition is often the person's before it
    placed = root.dep_ == "pobj" and root.head.lower_ in {"of", "in", "from", "at", "near"}
    return not placed and (_who_clause(root) or _person_apposition(root) or _apposed_to_person(root))


def _aged(span: Span) -> bool:
    """ "Jacobs , 20 , and ...": an age set off by commas right after the name."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "," or not doc[end + 1].text.isdigit():
        return False
    closed = end + 2 == len(doc) or doc[end + 2].text in {",", ";", ")", "."}
    return closed and 0 < int(doc[end + 1].text) <= OLDEST


def _who_clause(root: Token) -> bool:
    """ "Copland , who was born in Brooklyn": a relative clause opened by "who" or "whom"."""
    return any(
        clause.dep_ == "relcl" and any(w.tag_ == "WP" and w.lower_ in {"who", "whom"} for w in clause.children)
        for clause in root.children
    )


def _person_apposition(root: Token) -> bool:
    """ "Warner , a former U.S. ambassador": an apposition headed by a noun for a person."""
    return any(
        child.dep_ == "appos" and child.pos_ == "NOUN" and child.lemma_.lower() in _person_nouns()
        for child in root.children
    )


def _apposed_to_person(root: Token) -> bool:
    """ "a State Department spokesperson, Morgan Ortagus,": the name set off as the apposition
    of a noun for a person."""
    head = root.head
    return (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _person_nouns()
        and root.i > 0
        and root.doc[root.left_edge.i - 1].text == ","
    )


def _victim(root: Token) -> bool:
    """ "shot Lincoln", "Kennedy was assassinated", "the slaying of King", "Kennedy 's murder"."""
    head = root.head
    if root.dep_ in {"dobj", "nsubjpass"} and head.pos_ == "VERB":
        return head.lemma_.lower() in _roles()["victim_verb"]
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in _roles()["victim_noun"]
    return root.dep_ == "poss" and head.lemma_.lower() in _roles()["victim_possessed"]
