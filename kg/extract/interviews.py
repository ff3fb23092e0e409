"""Who speaks each paragraph of an article printed as an interview.

    Interview(docs).voice(paragraph, table) -> (Modality, speaker mention id) | None

Wikinews prints interviews as turns, each paragraph opening with its speaker in double
parentheses ("((WN)) What prompted ...?", "((Thomas Rivinius)) When I was ten ...", a
reporter's initials "((WSS))"), or with the interviewee's initials ("NG: This study started in
1982 ..."). The interviewer's turns assert nothing; an interviewee's turn is all theirs, and so
are the unmarked paragraphs after it up to the next turn (a questionnaire's long answers).
An unmarked paragraph right after the interviewer's question answers it when it opens with a
named person's name or initials ("MS Although we used ...", "Michael Siegel I am a professor")
or speaks in the first person ("I did work with her"): it is the word of that person, else of
whoever answered last, else of the one person the paragraph before the first question named
("Siegel agreed to answer some questions"). A paragraph in the third person after a question,
or after the last turn, is the article's own again. A translation after a language mark
("((hi))Hindi language: ...") is no English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .modality import Modality
from .quotemarks import quote_regions

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


#: a paragraph that opens with a speaker's name or initials and no colon ("MS Although we used ...",
#: "Michael Siegel I am a professor ..."): the words before the next capitalised word
_OPENER = re.compile(r"\s*(?P<who>[A-Z]{2,3}|[A-Z][a-z]+(?: [A-Z][a-z'-]+){1,2})\s+(?=[A-Z])")
#: the words of someone speaking of themselves: an answer, not the article's narration
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


def first_person(doc: Doc) -> bool:
    """The paragraph speaks of its speaker ("I", "we", "our study") outside quotation marks."""
    regions = quote_regions(doc.text)
    return any(
        t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and not any(start <= t.idx < end for start, end in regions)
        for t in doc
    )


def opener(doc: Doc) -> str | None:
    """The name or initials an unmarked answer opens with, before its first word ("MS", "Michael
    Siegel"), or None; whether they name someone is for the mention table to say."""
    found = _OPENER.match(doc.text)
    return found["who"] if found is not None else None


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
        self._docs = list(docs)
        self._answered_by: dict[int, int | None] = {}  # paragraph of an answer -> its speaker's mention id
        self._last_speaker: int | None = None  # the mention id of whoever answered last
        self._first_mention: list[int] = []  # the first mention id of each paragraph read so far
        self._interviewee: int | None = None  # the one person named before the first question
        self._asked = False  # the last paragraph read was a question or its answer

    def interviewer(self, paragraph: int) -> bool:
        """The paragraph is the interviewer's turn: it asserts nothing."""
        turn = self._turns[paragraph]
        return turn is not None and turn[0]

    def voice(self, paragraph: int, table: MentionTable) -> tuple[Modality, int | None] | None:
        """(modality, the speaker's mention id when the paragraph does not name them) of a
        paragraph an interviewee says, or None for the article's own text and the interviewer's."""
        self._first_mention.append(len(table.mentions))
        turn = self._turns[paragraph]
        if turn is not None and turn[0] and not any(t is not None and t[0] for t in self._turns[:paragraph]):
            self._interviewee = self._introduced(paragraph, table)
        asked, self._asked = self._asked, True
        if turn is not None:
            return (
                None if turn[0] else (Modality("reported", turn[1]), _initialled_by(table, self._initials[paragraph]))
            )
        answered = self._continues[paragraph]
        if answered is not None:
            return Modality("reported"), self._answered_by.get(answered)
        if asked and (answer := self._answer(paragraph, table)) is not None:
            self._last_speaker = answer[1]  # an answer may run on over paragraphs in the first person
            return answer
        self._asked = False
        return None

    def _answer(self, paragraph: int, table: MentionTable) -> tuple[Modality, int | None] | None:
        """(reported, its speaker) of an unmarked paragraph after a question that answers it:
        one that opens with a named person's name or initials, or speaks in the first person."""
        doc = self._docs[paragraph]
        who = opener(doc)
        named = _named_by(table, who) if who is not None else None
        if named is None and not first_person(doc):
            return None
        if named is None:  # the last to answer, or the one the article introduced
            named = self._last_speaker if self._last_speaker is not None else self._interviewee
        return Modality("reported"), named

    def _introduced(self, paragraph: int, table: MentionTable) -> int | None:
        """The one person the nearest paragraph before ``paragraph`` that names anyone names
        ("Siegel agreed to answer some questions for Wikinews"), or None when it names several."""
        bounds = [*self._first_mention, len(table.mentions)]
        for before in range(paragraph - 1, -1, -1):
            people = [
                m for m in table.mentions[bounds[before] : bounds[before + 1]] if m.kind == "name" and m.cls == "Person"
            ]
            if people:
                return people[-1].id if len({m.label for m in people}) == 1 else None
        return None

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
        self._last_speaker = self._answered_by[paragraph]


def _named_by(table: MentionTable, who: str) -> int | None:
    """The person named before whose name or initials ``who`` is ("Michael Siegel", "MS"), if one."""
    if who.isupper():
        return _initialled_by(table, who)
    found = [m for m in table.mentions if m.kind == "name" and m.cls == "Person" and m.label == who]
    return found[-1].id if found else None


def _initialled_by(table: MentionTable, initials: str | None) -> int | None:
    """The person named before whose initials these are ("NG" for Natasha Gownaris), if one."""
    if initials is None:
        return None
    found = [m for m in table.mentions if m.kind == "name" and m.cls == "Person" and initials_of(m.label) == initials]
    return found[-1].id if len({m.label for m in found}) == 1 else None  # one name only, never a guess
