"""The class of a named thing by evidence, not by one NER tag.

A name's own words ("Gun Violence Archive", "FC Barcelona", "Finance Bill"), the word that
describes it ("the band Maroon 5", "the 2009 novel Obsession"), an honorific before it
("Ms Bakley"), a given name ("Clark Waddoups") and gazetteers of countries and places
each give a class with a weight; the NER tag is the weakest vote. :func:`evidence` gives
the vote of one mention, which the extract stage uses to class the mention and the resolve
stage to weigh it against the article's other mentions of the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon

#: how much each kind of evidence weighs against the others (the NER tag alone weighs 1)
WEIGHTS = {"cue": 4.0, "honorific": 4.0, "gazetteer": 3.0, "given name": 2.0, "role": 1.5, "ner": 1.0}
_NAMED = {"Person", "Organization", "Place", "Country", "Event", "Law", "Work", "Product", "Group"}
_WORD = re.compile(r"[\w&.'’-]+")


@dataclass(frozen=True, slots=True)
class Evidence:
    """A class for a name, what showed it, and how much that weighs."""

    cls: str
    reason: str

    @property
    def weight(self) -> float:
        return WEIGHTS[self.reason]


def words_of(label: str) -> list[str]:
    return _WORD.findall(label)


def honorific_before(text: str, start: int) -> str | None:
    """The honorific right before ``start`` in ``text`` ("Ms " before "Bakley"), lower case."""
    match = re.search(r"([A-Z][A-Za-z]{0,5}\.?)\s+$", text[max(0, start - 10) : start])
    if match and match.group(1).lower() in lexicon.honorifics():
        return match.group(1).lower()
    return None


def gender(label: str, honorific: str | None = None) -> str:
    """ "m", "f" or "" (unknown) for a person's name, from its honorific or its given name."""
    if honorific and (shown := lexicon.honorifics().get(honorific)):
        return shown
    words = words_of(label)
    return lexicon.first_names().get(words[0].lower(), "") if len(words) > 1 else ""


def gender_before(text: str, start: int) -> str:
    """ "m" or "f" when the word right before ``start`` shows it ("her son Anderson Cooper",
    "actress Tessa Vane"), else ""."""
    match = re.search(r"([A-Za-z]+\.?)[\s,]+$", text[max(0, start - 24) : start])
    word = match.group(1).lower() if match else ""
    return "m" if word in lexicon.words("male_noun") else "f" if word in lexicon.words("female_noun") else ""


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name of ``first_names.tsv``, or hyphenated ones ("Nils-Erik")."""
    names = lexicon.first_names()
    return word.lower() in names or "-" in word and all(part in names for part in word.lower().split("-"))


def cue(label: str, descriptors: tuple[str, ...] = ()) -> str | None:
    """The class the name's own words or its description show, if any."""
    cues = lexicon.class_cues()
    words = [w.lower() for w in words_of(label)]
    while len(words) > 1 and (any(ch.isdigit() for ch in words[-1]) or words[-1] in {"no", "no.", "nos"}):
        words.pop()  # "Republic Act No. 3846", "Fan Expo 2019": the number is not the head
    if len(words) > 1:
        if (cls := cues["last"].get(words[-1])) is not None:
            return cls
        if (cls := cues["first"].get(words[0])) is not None:
            return cls
        if (
            len(words) > 2
            and _is_place(words[-1])
            and (cls := cues["last"].get(words[-2])) in {"Event", "Organization"}
        ):
            return cls  # "Fan Expo Canada", "Acme Corporation Kenya": the place says where
    for descriptor in descriptors:
        kind = [w.lower() for w in words_of(descriptor)]
        kind = kind[: kind.index("of")] if "of" in kind else kind  # "Secretary of State": a secretary, no state
        if kind and (cls := cues["kind"].get(kind[-1])) is not None:
            return cls
    return None


def _is_place(word: str) -> bool:
    return lexicon.countries().canonical(word) is not None or word in lexicon.places()


def evidence(
    label: str,
    ner_cls: str,
    descriptors: tuple[str, ...] = (),
    honorific: str | None = None,
    after_place_preposition: bool = False,
) -> Evidence:
    """The strongest evidence for the class of one named mention.

    ``ner_cls`` is the class the NER tag maps to; ``honorific`` the honorific written before
    the name; ``after_place_preposition`` whether "in", "at", "near" or "outside" comes right
    before it (what lets a place outvote a PERSON tag: "Jordan" the player vs. "in Glasgow").
    """
    if ner_cls not in _NAMED:
        return Evidence(ner_cls, "ner")
    if honorific is not None:
        return Evidence("Person", "honorific")
    if ner_cls == "Country":
        return Evidence("Country", "gazetteer")
    words = words_of(label)
    key = lexicon.name_key(label)
    if key in lexicon.organizations():
        return Evidence("Organization", "gazetteer")  # "a message on Twitter", tagged PERSON
    given = bool(words) and is_given_name(words[0])
    surname_cue = ner_cls == "Person" and given and len(words) == 2  # "Darrell Castle", "Doris Day"
    if (cls := cue(label, descriptors)) is not None and not (surname_cue and cue(label) == cls):
        return Evidence(cls, "cue")
    if lexicon.countries().canonical(label) and (ner_cls != "Person" or not given):
        return Evidence("Country", "gazetteer")  # "Thailand" tagged PERSON; not "Jordan" the player
    if key in lexicon.places() and (ner_cls != "Person" or after_place_preposition or len(words) > 1 and not given):
        return Evidence("Place", "gazetteer")
    if ner_cls in {"Person", "Place"} and after_place_preposition and not given and len(words) <= 3:
        return Evidence("Place", "role")  # "at Ain Issa": what one is in or at is a place
    if (
        1 < len(words) <= 4
        and given
        and all(w[0].isupper() for w in words)
        and not any(ch.isdigit() for ch in label)
        and ner_cls in {"Person", "Organization", "Place", "Group"}
    ):
        return Evidence("Person", "given name")
    return Evidence(ner_cls, "ner")


_PLACE_PREPOSITION = re.compile(r"\b(in|at|near|outside)\s+(the\s+)?$", re.IGNORECASE)


def after_place_preposition(text: str, start: int, end: int | None = None) -> bool:
    """Whether "in", "at", "near" or "outside" comes right before ``start`` in ``text`` (and,
    when ``end`` is given, no possessive after it: "in Smith's view" is not a place)."""
    if end is not None and re.match(r"['’]s?\b", text[end : end + 2]):
        return False
    return bool(_PLACE_PREPOSITION.search(text[max(0, start - 16) : start]))
