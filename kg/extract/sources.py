"""Names of news sources the tagger misses: agencies it leaves untagged, and the source a
dateline credits after its place.

A wire dateline or byline names a place and the agency or paper that filed the story:
"Moscow ITAR-TASS", "Madrid EFE", "Beijing XINHUA Domestic Service", "( By ITAR-TASS
correspondent ...)". The tagger tags the place alone, leaving the source in capitals untagged,
or fuses both into one name. :func:`split_dateline` parts a fused name into its place and its
source; :func:`dateline_source` finds the untagged source after a place, and
:func:`untagged_dateline` a dateline the tagger left untagged whole; :func:`known_names`
finds the untagged names of ``kg/data/organizations.tsv``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

#: the first word of a broadcaster's name, which a dateline puts after its city ("Paris Radio France International")
BROADCASTER_WORDS = frozenset({"radio", "television"})
#: the most words of a place a dateline opens with ("Rio de Janeiro")
PLACE_WORDS = 3
#: the most words of an agency's name (:func:`known_names`)
NAME_WORDS = 3


def in_capitals(token: Token) -> bool:
    """A word all in capitals ("XINHUA", "N-TV", "UT-1"), as wire services write a source's name."""
    letters = [ch for ch in token.text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and not token.is_punct


def dateline_start(token: Token) -> bool:
    """Whether ``token`` opens a dateline: it opens its sentence or follows a wire code
    ("PM2303111794 Moscow ...": letters and digits in one word)."""
    if token.i == token.sent.start:
        return True
    before = token.doc[token.i - 1].text
    return any(ch.isdigit() for ch in before) and any(ch.isalpha() for ch in before)


def _is_place(text: str) -> bool:
    return lexicon.countries().canonical(text) is not None or lexicon.name_key(text) in lexicon.places()


def split_dateline(name: Span) -> tuple[Span, Span] | None:
    """(place, source) of a name the tagger fused from a dateline ("Beijing XINHUA Domestic
    Service", "Paris Radio France International"), or None. The name must open a dateline,
    begin with a place of the gazetteer, and go on with a word in capitals or a broadcaster's
    word: "New York Times" and "Boston Globe" are one name."""
    doc = name.doc
    if not dateline_start(name[0]):
        return None
    for size in range(min(PLACE_WORDS, len(name) - 1), 0, -1):
        place, first = name[:size], name[size]
        capitals = in_capitals(first) and not all(in_capitals(t) for t in place)  # not "SAN FRANCISCO"
        if _is_place(place.text) and (capitals or first.lower_ in BROADCASTER_WORDS):
            end = name.end
            while end < name.sent.end and in_capitals(doc[end]):
                end += 1  # "Tokyo YOMIURI" tagged, "SHIMBUN" apart: the source goes on in capitals
            return place, doc[name.start + size : end]
    return None


def dateline_source(place: Span) -> Span | None:
    """The words in capitals after a place that opens a dateline ("Moscow IZVESTIYA",
    "Bangkok THE NATION"), which name the agency or paper filing the story, or None."""
    if not dateline_start(place[0]) or not _is_place(place.text) or all(in_capitals(t) for t in place):
        return None
    return _capitals_after(place)


def _capitals_after(place: Span) -> Span | None:
    """The run of words in capitals right after ``place``, if it spells three letters or more."""
    doc, end = place.doc, place.end
    while end < place.sent.end and in_capitals(doc[end]):
        end += 1
    words = doc[place.end : end]
    return words if sum(ch.isalpha() for ch in words.text) >= 3 else None


def untagged_dateline(sent: Span, taken) -> list[tuple[Span, Span]]:
    """(place, source) of each dateline of ``sent`` the tagger left untagged ("Sofia BTA",
    "MB0905103594 Johannesburg SAPA in English"): proper nouns no mention holds that open a
    dateline, name a place of the gazetteer and come before a source in capitals."""
    found = []
    for token in sent:
        if not dateline_start(token) or taken(token):
            continue
        for size in range(min(PLACE_WORDS, sent.end - token.i - 1), 0, -1):
            place = sent.doc[token.i : token.i + size]
            if not all(t.pos_ == "PROPN" and not taken(t) for t in place) or all(in_capitals(t) for t in place):
                continue
            if _is_place(place.text) and (source := _capitals_after(place)) is not None:
                if not any(taken(t) for t in source):
                    found.append((place, source))
                break
    return found


def known_names(sent: Span, taken) -> list[Span]:
    """Untagged proper nouns that ``kg/data/organizations.tsv`` names ("( By ITAR-TASS
    correspondent ...)"), longest first; ``taken(token)`` tells a token another mention holds."""
    known = lexicon.organizations()
    found: list[Span] = []
    i = sent.start
    while i < sent.end:
        for size in range(min(NAME_WORDS, sent.end - i), 0, -1):
            words = sent.doc[i : i + size]
            if (
                all(t.pos_ == "PROPN" and not t.ent_type_ and not taken(t) for t in words)
                and words[0].text[:1].isupper()
                and lexicon.name_key(words.text) in known
            ):
                found.append(words)
                i += size - 1
                break
        i += 1
    return found
