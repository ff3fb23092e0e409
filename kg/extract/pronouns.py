"""The pronouns of a sentence, and the subject an "it" continues.

"He", "she", "they" become pronoun mentions the resolver links to a name. A subject "it"
that continues the subject before it ("A fire destroyed 200 homes. Officials said it killed
nine") stands for that mention at once; a pleonastic "it" ("it is expected that") refers to
nothing and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon
from ..model import Mention
from ..vocab import NAME_LABELS

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .table import MentionTable


PRONOUNS = {
    "he": ("Person", False),
    "him": ("Person", False),
    "his": ("Person", False),
    "she": ("Person", False),
    "her": ("Person", False),
    "it": ("*", False),
    "its": ("*", False),
    "they": ("*", True),
    "them": ("*", True),
    "their": ("*", True),
}


def add_pronouns(table: MentionTable, sent: SpacySpan, sentence: int) -> None:
    """Register the pronouns of one sentence, or let an "it" stand for the subject it continues."""
    for token in sent:
        if token.pos_ == "PRON" and token.lower_ in PRONOUNS and table.at(token) is None:
            if token.lower_ == "it" and (token.dep_ == "expl" or is_pleonastic(token)):
                continue
            antecedent, unclear = _subject_before(table, token, sentence) if token.lower_ == "it" else (None, False)
            if antecedent is not None:
                table.refer(token, antecedent)
                continue
            cls, plural = PRONOUNS[token.lower_]
            if token.lower_ == "it" and _does_what_events_do(token):
                cls = "Event"
            elif token.lower_ == "it" and (unclear or token.dep_ not in SUBJECT_DEPS and _common_noun_nearer(token)):
                cls = "Concept"  # "... the office of governor but would do so if she did succeed to it"
            table.add([token], sentence, kind="pronoun", cls=cls, label=token.text, head=token.lower_, plural=plural)


SUBJECT_DEPS = {"nsubj", "nsubjpass"}


_IT_NAMES = {"Organization", "Country", "Place", "Event", "Law", "Work", "Product"}  # named things "it" may be


def _does_what_events_do(token: Token) -> bool:
    """ "it killed nine people", "as it consumed the housing": an "it" that burns or kills is an
    occurrence (the fire), not a country or a company named nearby."""
    return token.dep_ in SUBJECT_DEPS and token.head.lemma_.lower() in lexicon.words("event_verb")


_NAMED_THING_TYPES = NAME_LABELS - {"PERSON"}


def _common_noun_nearer(token: Token) -> bool:
    """Whether a singular common noun stands between a non-subject "it" and the last name
    before it (in its sentence or the one before): then the "it" may be that thing as well as
    the name, and is left unresolved rather than guessed."""
    doc, start = token.doc, token.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for before in reversed(doc[start : token.i]):
        if before.ent_type_ in _NAMED_THING_TYPES:
            return False
        if (
            before.pos_ == "NOUN"
            and before.tag_ == "NN"
            and not before.ent_type_
            and before.dep_ != "compound"
            and not _describes_subject(before)
            and before.lemma_.lower() not in _PERSON_NOUNS()
        ):
            return True
    return False


def _describes_subject(noun: Token) -> bool:
    """ "is a drug", "served as a control": a noun that says what its subject is, not another thing."""
    return noun.dep_ in {"attr", "oprd", "appos"} or noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _subject_before(table: MentionTable, token: Token, sentence: int) -> tuple[Mention | None, bool]:
    """(what a subject "it" continues, whether it is unclear): the nearest subject before it,
    in its sentence or the one before, when that is one thing named by a common noun or a name
    ("A fire destroyed 200 homes. Officials said it killed nine"; a plural subject such as
    "Officials" is passed over). A person or another pronoun there leaves the "it" to the
    resolver; a subject kg cannot name ("The following is ...") or an "it" after its own verb
    ("be it a photograph") leaves it unclear."""
    if token.dep_ not in SUBJECT_DEPS:
        return None, False
    if token.head.i < token.i:
        return None, True
    for said, subject in reversed(
        table.subjects + [(sentence, t) for t in token.sent if t.dep_ in SUBJECT_DEPS and t.i < token.i]
    ):
        if said < sentence - 1:
            return None, False
        if subject.tag_ in {"NNS", "NNPS", "WDT", "WP"} or subject.lower_ in {"they", "we", "you", "i", "that"}:
            continue  # cannot be "it" ("Officials"), or stands for a noun before it ("which"): look further back
        found = table.at(subject)
        named = next((table.at(c) for c in subject.children if c.dep_ == "appos" and table.at(c) is not None), None)
        found = named if found is None and named is not None and named.kind == "name" else found
        if found is not None and found.kind == "name":  # "Brazil ..., but it is"; "One cocktail, ZMapp, ..."
            return (found if found.cls in _IT_NAMES and not found.plural else None), False
        if subject.pos_ != "NOUN" or subject.lemma_.lower() in _PERSON_NOUNS():
            return None, False
        if found is not None:
            return (found if found.kind == "nominal" else None), False
        found = table.nominal(subject, said)
        return found, found is None
    return None, False


def _PERSON_NOUNS() -> frozenset[str]:
    return lexicon.words("refer_person") | lexicon.words("title")


def is_pleonastic(token: Token) -> bool:
    """ "it is expected that ...", "it seems", "it has been customary for candidates to ...",
    "it's time to ...": an "it" that refers to nothing."""
    head = token.head
    return token.dep_ in {"nsubj", "nsubjpass"} and (
        head.lemma_ in {"seem", "appear", "rain", "take"}
        or head.lemma_ == "be"
        and (any(c.dep_ in {"ccomp", "xcomp"} and c.i > head.i for c in head.children) or _extraposed(head))
    )


#: adjectives whose "to" clause is what their subject does ("it is ready to launch"): that "it" refers
_CONTROL_ADJECTIVES = {
    "able",
    "unable",
    "ready",
    "willing",
    "unwilling",
    "eager",
    "keen",
    "prepared",
    "set",
    "due",
    "likely",
    "unlikely",
    "about",
    "free",
    "quick",
    "slow",
    "reluctant",
    "determined",
}


def _extraposed(be: Token) -> bool:
    """Whether "it" + ``be`` + an adjective or "time" is followed by the clause it stands in for:
    "customary ... for candidates to release", "important that", "time to give"."""
    complements = [
        c
        for c in be.children
        if c.i > be.i
        and (
            c.dep_ == "acomp" and c.lemma_.lower() not in _CONTROL_ADJECTIVES or c.dep_ == "attr" and c.lemma_ == "time"
        )
    ]
    if not complements:
        return False
    clauses = [
        c
        for owner in (be, *complements)
        for c in owner.children
        if c.i > be.i and c.dep_ in {"advcl", "ccomp", "xcomp", "relcl", "acl", "csubj"}
    ]
    return any(
        child.dep_ == "aux" and child.lower_ == "to" or child.dep_ == "mark" and child.lower_ in {"that", "for"}
        for clause in clauses
        for child in clause.children
    )
