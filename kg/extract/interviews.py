"""Who speaks each paragraph of an article printed as an interview.

    Interview(docs).voice(paragraph, table) -> (Modality, speaker mention id) | None

Wikinews prints interviews as turns, each paragraph opening with its speaker in double
parentheses ("((WN)) What prompted ...?", "((Thomas Rivinius)) When I was ten ...", a
reporter's initials "((WSS))"), or with the interviewee's initials ("NG: This study started in
1982 ..."). The interviewer's turns assert nothing; an interviewee's turn is all theirs, and so
are the unmarked paragraphs after it up to the next turn (a questionnaire's long answers);
after the interviewer's question, or after the last turn, a paragraph is the article's own
again. A translation after a language mark ("((hi))Hindi language: ...") is no English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .modality import Modality

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .table import MentionTable


#: a turn of a printed interview: "((WN))", "((Thomas Rivinius))" at the start of a paragraph
_TURN = re.compile(r"\s*\(\((?P<who>[^()]{1,60})\)\)")
#: the labels of the interviewer
INTERVIEWERS = frozenset({"wn", "wikinews", "q", "question", "interviewer"})


#: where a translation into another language starts: "((hi))Hindi language: ..." (a language code)
_LANGUAGE = re.compile(r"\(\((?P<code>[a-z]{2,3})\)\)")


def foreign_from(doc: Doc) -> int | None:
    """The character offset in a paragraph where its translation into another language starts
    ("... since day-one. ((hi))Hindi language: नमस्ते।"), or None: what follows is no English."""
    found = _LANGUAGE.search(doc.text)
    return found.start() if found is not None else None


def interview_turn(doc: Doc) -> tuple[bool, Token | None] | None:
    """For a paragraph that is a turn of an interview, (the interviewer's, the speaker's
    last name token); ``None`` for any other paragraph."""
    found = _TURN.match(doc.text)
    if found is None or _LANGUAGE.match(doc.text.lstrip()):
        return None
    who = found["who"].strip()
    if who.lower() in INTERVIEWERS or _is_initials(who):
        return True, None  # "((WN))", "((WSS))": the interviewer, by their initials
    inside = [t for t in doc if found.start("who") <= t.idx < found.end("who") and t.is_alpha]
    return False, inside[-1] if inside else None


#: an answer printed after the interviewee's initials ("NG: This study started in 1982 ...")
_INITIALLED = re.compile(r"\s*(?P<who>[A-Z]{2,3}):\s")


def initialled_turn(doc: Doc) -> str | None:
    """The initials a paragraph of an interview opens with ("NG: ..."), or None; the
    interviewer's ("WN: ...") are no answer."""
    found = _INITIALLED.match(doc.text)
    if found is None or found["who"].lower() in INTERVIEWERS:
        return None
    return found["who"]


def initials_of(label: str) -> str:
    """ "Natasha Gownaris" -> "NG"."""
    return "".join(word[0] for word in label.split() if word[:1].isupper())


def _is_initials(label: str) -> bool:
    """ "WSS", "AT": a reporter's initials, not an interviewee's name ("Wayne Tseng")."""
    return label.isalpha() and label.isupper() and len(label) <= 4


def continued_turns(turns: list[tuple[bool, Token | None] | None]) -> list[int | None]:
    """For each paragraph, the paragraph of the interviewee's turn it continues, or None: an
    unmarked paragraph between an answer and the next marked turn is more of that answer (a
    questionnaire's long answers); after the interviewer's question, or after the last turn,
    it is the article's own text again."""
    continues: list[int | None] = [None] * len(turns)
    last: int | None = None
    for i, turn in enumerate(turns):
        if turn is not None:
            last = None if turn[0] else i
        elif last is not None and any(t is not None for t in turns[i + 1 :]):
            continues[i] = last
    return continues


class Interview:
    """The turns of an article's paragraphs, and whose word each paragraph is."""

    def __init__(self, docs: Sequence[Doc]) -> None:
        turns = [interview_turn(doc) for doc in docs]
        interviewing = any(turn is not None for turn in turns)
        # in an interview, "NG: ..." is the answer of the person named with those initials
        self._initials = [
            initialled_turn(doc) if interviewing and turn is None else None
            for doc, turn in zip(docs, turns, strict=True)
        ]
        self._turns = [
            (False, None) if initials else turn for turn, initials in zip(turns, self._initials, strict=True)
        ]
        self._continues = continued_turns(self._turns)
        self._answered_by: dict[int, int | None] = {}  # paragraph of an answer -> its speaker's mention id

    def interviewer(self, paragraph: int) -> bool:
        """The paragraph is the interviewer's turn: it asserts nothing."""
        turn = self._turns[paragraph]
        return turn is not None and turn[0]

    def voice(self, paragraph: int, table: MentionTable) -> tuple[Modality, int | None] | None:
        """(modality, the speaker's mention id when the paragraph does not name them) of a
        paragraph an interviewee says, or None for the article's own text and the interviewer's."""
        turn = self._turns[paragraph]
        if turn is not None and not turn[0]:
            return Modality("reported", turn[1]), _initialled_by(table, self._initials[paragraph])
        answered = self._continues[paragraph]
        return (Modality("reported"), self._answered_by.get(answered)) if answered is not None else None

    def close(self, paragraph: int, table: MentionTable) -> None:
        """Record who answered in this paragraph, once its names are in the table, for the
        unmarked paragraphs after it."""
        turn = self._turns[paragraph]
        if turn is None or turn[0]:
            return
        named = table.at(turn[1]) if turn[1] is not None else None
        self._answered_by[paragraph] = (
            named.id if named is not None else _initialled_by(table, self._initials[paragraph])
        )


def _initialled_by(table: MentionTable, initials: str | None) -> int | None:
    """The person named before whose initials these are ("NG" for Natasha Gownaris), if one."""
    if initials is None:
        return None
    found = [m for m in table.mentions if m.kind == "name" and m.cls == "Person" and initials_of(m.label) == initials]
    return found[-1].id if len({m.label for m in found}) == 1 else None  # one name only, never a guess
