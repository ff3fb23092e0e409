"""Who says the sentences inside a quotation that runs over several sentences.

    "We will appeal. The ruling ignores the evidence," the lawyer said.

The parser links only the last quoted sentence to "the lawyer said"; the first one reads as
if the article asserted it. :func:`quoted_sentences` finds the sentences of a paragraph that
lie wholly inside quotation marks and the speaker named next to the quotation (after it:
"..., Mr Smith said."; or before it: "Mr Smith said: ..."). A quotation left open at the end
of a paragraph runs to its end, as news style continues long quotes, and the speaker
carries over into the next paragraph (:func:`continued_speaker`).

An interview printed as turns, each paragraph opening with its speaker in double parentheses
("((WN)) What prompted ...?", "((Thomas Rivinius)) When I was ten ..."), is read by
:func:`interview_turn`: the interviewer's turns assert nothing, the other's are all theirs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon
from .modality import speaker
from .quotemarks import quote_regions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


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
    if who.lower() in INTERVIEWERS or _initials(who):
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


def _initials(label: str) -> bool:
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


def quoted_sentences(doc: Doc) -> dict[int, Token | None]:
    """Start token index of each sentence wholly inside a quotation -> the speaker's token
    (``None`` when no speaker is named beside the quotation in the paragraph)."""
    result: dict[int, Token | None] = {}
    sentences = list(doc.sents)
    for start, end in quote_regions(doc.text):
        inside = [s for s in sentences if _within(s, start, end)]
        if not inside:
            continue
        # the sentences that share the quotation or touch it: "X said. “..." or "...,” X said."
        around = [s for s in sentences if s not in inside and s.start_char <= end + 3 and s.end_char >= start - 3]
        # the sentence that closes the quotation names its speaker more often than the one opening it
        around.sort(key=lambda s: (s.start_char < start, s.start_char))
        who = next((found for s in around if (found := _speaker_outside(s, start, end)) is not None), None)
        for sent in inside:
            result[sent.start] = who
    return result


def continued_speaker(doc: Doc) -> Token | None:
    """The speaker whose words run on into the next paragraph: news style leaves a quotation
    open at the end of a paragraph that the next one continues ("... he said. “We will"), or
    ends a paragraph with "X said:" before a quoted one."""
    text = doc.text.rstrip()
    regions = quote_regions(doc.text)
    sentences = list(doc.sents)
    if not sentences:
        return None
    if text.endswith(":"):
        return _speaker_outside(sentences[-1], len(doc.text), len(doc.text))
    if regions and regions[-1][1] == len(doc.text):
        start, end = regions[-1]
        around = [s for s in sentences if s.start_char < start]
        return next((found for s in reversed(around) if (found := _speaker_outside(s, start, end)) is not None), None)
    return None


def _within(sent, start: int, end: int) -> bool:
    """The sentence's words all lie inside the quotation (its marks and final stop may not)."""
    words = [t for t in sent if not t.is_punct]
    return bool(words) and words[0].idx >= start and words[-1].idx + len(words[-1]) <= end


def _speaker_outside(sent, start: int, end: int) -> Token | None:
    """The speaker of a verb of saying outside the quotation ("..., the lawyer said.")."""
    for token in sent:
        if start <= token.idx < end or token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.lemma_.lower() in lexicon.words("speech"):
            found = speaker(token)
            if found is not None and not start <= found.idx < end:
                return found
    return None
