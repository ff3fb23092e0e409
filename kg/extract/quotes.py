"""Who says the sentences inside a quotation that runs over several sentences.

    "We will appeal. The ruling ignores the evidence," the lawyer said.

The parser links only the last quoted sentence to "the lawyer said"; the first one reads as
if the article asserted it. :func:`quoted_sentences` finds the sentences of a paragraph that
lie wholly inside quotation marks and the speaker named next to the quotation (after it:
"..., Mr Smith said."; or before it: "Mr Smith said: ..."). A quotation left open at the end
of a paragraph runs to its end, as news style continues long quotes, and the speaker
carries over into the next paragraph (:func:`continued_speaker`). An interview printed as
turns is :mod:`.interviews`'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import lexicon
from .modality import speaker
from .quotemarks import quote_regions

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token


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
    words = [t for t in sent if not t.is_punct and not t.is_space]  # '."  ' ends a paragraph's quotation
    return bool(words) and words[0].idx >= start and words[-1].idx + len(words[-1]) <= end


def _speaker_outside(sent, start: int, end: int) -> Token | None:
    """The speaker of a verb of saying outside the quotation ("..., the lawyer said."), or the
    subject of the verb whose clause the quotation follows at once ("X commented on the
    decision: "...", "the decree read "..."")."""
    introducing = None
    for token in sent:
        if start <= token.idx < end or token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.lemma_.lower() in lexicon.words("speech"):
            found = speaker(token)
            if found is not None and not start <= found.idx < end:
                return found
        elif introducing is None and introduces(token, start, end):
            introducing = token
    found = speaker(introducing) if introducing is not None else None
    return found if found is not None and not start <= found.idx < end else None


#: what may stand between a clause and the quotation it introduces: "read "...", "decision: "..."
_INTRODUCED = re.compile(r"\s*:?\s*[\"“«„]")


def introduces(verb: Token, start: int, end: int) -> bool:
    """The quotation opening at ``start`` follows the main verb at once ("the decree read "...")
    or after a colon that ends its clause ("commented on the decision: "..."), whether the parser
    made the verb the root or hung it on the quotation's verb."""
    if verb.idx >= start or not (verb.dep_ == "ROOT" or start <= verb.head.idx < end):
        return False
    before = [t for t in verb.subtree if t.idx < start - 1 and not t.is_punct]
    if not before:
        return False
    last = max(before, key=lambda t: t.i)
    between = verb.doc.text[last.idx + len(last.text) : start]
    return bool(_INTRODUCED.fullmatch(between)) and (last == verb or ":" in between)
