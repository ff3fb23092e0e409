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


def _rows(name: str) -> list[list[str]]:
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
    for row in _rows("countries.tsv"):
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
    for row in _rows("words.tsv"):
        if row[0] == name:
            return frozenset(row[1].split("|"))
    raise KeyError(f"no word list named {name!r} in words.tsv")


@cache
def predicate_table() -> tuple[tuple[str, str], ...]:
    """(lemma phrase, ontology property) pairs, longest phrase first."""
    pairs = [(row[0], row[1]) for row in _rows("predicates.tsv")]
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))
