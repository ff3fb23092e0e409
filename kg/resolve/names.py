"""Name forms within and across articles: which shorter name may be which longer one, acronyms,
variants ("Virginia" and "State of Virginia"), the titles that go before a given name, and the
determiners a phrase is compared without ("the suspect").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .. import lexicon
from ..model import Entity

STATE_OF = re.compile(r"^(state|city|province|commonwealth|county|island|town) of ")
#: the determiners a definite description opens with, singular first ("the suspect", "those islands")
SINGULAR_DEFINITE = ("the", "this", "that")
DEFINITE = (*SINGULAR_DEFINITE, "these", "those")
#: the articles a role set beside a name opens with ("Kyle Rittenhouse, the defendant")
ARTICLES = ("the", "a", "an")


def without_determiner(text: str, determiners: tuple[str, ...] = DEFINITE) -> str:
    """``text`` without the one of ``determiners`` it opens with, in any case ("The suspect"
    -> "suspect"); a phrase's label, key or role is compared without it."""
    return _opening(determiners).sub("", text)


@cache
def _opening(determiners: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^(?:{'|'.join(determiners)})\s+", re.IGNORECASE)


def same_person(short: list[str], full: list[str]) -> bool:
    """Whether a shorter name may be a longer one: not when both give the same given name and the
    longer adds a middle name ("Gloria Vanderbilt" and her mother "Gloria Morgan Vanderbilt"); a
    middle initial ("John R. Bolton") or a name without its given name ("López Obrador") may."""
    if len(short) < 2 or short[0] != full[0] or short[0] not in lexicon.first_names():
        return True
    return all(len(word) == 1 for word in full if word not in short)


def head_part(words: list[str]) -> list[str]:
    """The words of a name before its "of" phrase: "article 5" of "article 5 of the nato treaty"."""
    return words[: words.index("of")] if "of" in words[1:] else words


def variants(key: str, cls: str) -> list[str]:
    """Other forms of a name key that name the same thing: "virginia" for "state of virginia";
    for a group, its singular or plural ("american samoan", "american samoans")."""
    variants = [STATE_OF.sub("", key)] if STATE_OF.match(key) and cls in {"Place", "Country"} else []
    if cls == "Group":
        variants.append(key[:-1] if key.endswith("s") else key + "s")
    return variants


def country_of(words: list[str]) -> str | None:
    """The country the modifiers of a name give ("u.s.", "british", "south korean"), if any."""
    countries = lexicon.countries()
    phrase = " ".join(words)
    return (countries.canonical(phrase) or countries.of_demonym(phrase)) if words else None


def acronyms(label: str) -> set[str]:
    """What a name may be abbreviated to: the initials of its capitalised words ("who" for
    World Health Organization), also without a closing company word ("pge" for Pacific Gas and
    Electric Company)."""
    words = [w for w in re.split(r"[\s-]+", label) if w and w[0].isupper()]
    if len(words) < 2:
        return set()
    found = {"".join(w[0] for w in words).lower()}
    if len(words) > 2 and lexicon.class_cues()["last"].get(words[-1].lower()) == "Organization":
        found.add("".join(w[0] for w in words[:-1]).lower())
    return found


def compact(key: str) -> str:
    """A name key as an acronym is compared: "e&y" and "e y" -> "ey"."""
    return re.sub(r"[\s&.\-]+", "", key)


def given_name_titles(titles: Iterable[str]) -> set[str]:
    """The titles of ``titles`` that go before a given name ("Pope", "King"), lower case."""
    kinds = lexicon.words("given_name_title")
    return {title.lower() for title in titles if title.lower() in kinds or title.lower().split()[-1] in kinds}


def may_shorten(short: Entity, full: Entity) -> bool:
    """Whether the one-word name of ``short`` (another article's, or a store's) may be
    ``full`` named short. A person called by a title that goes with a given name ("Pope
    Francis") is only someone who holds that title too; and a lone word that is ``full``'s
    given name, not its surname, names someone else ("Francis" is no "Francis D'Souza")."""
    if short.cls != "Person":
        return True
    titled = given_name_titles(short.titles) | given_name_titles(full.titles)
    if titled and not given_name_titles(short.titles) & given_name_titles(full.titles):
        return False
    word, names = lexicon.name_key(short.label), lexicon.name_key(full.label).split()
    return not (titled == set() and word in names[:-1] and word in lexicon.first_names())
