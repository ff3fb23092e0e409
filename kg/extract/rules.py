"""The registry of extraction rules, and their settings as data.

Each rule is a plain function registered under a stable name, in the manner of spaCy's
``registry``: the name is the ``extractor`` recorded on every claim the rule makes, and
the key of its base confidence in ``kg/data/rules.tsv``. A rule reads one kind of thing
(its ``scope``), so the claim builder can hand each rule exactly what it reads:

* ``name``: a named mention and the token heading it ("Chinese President Xi Jinping");
* ``event``: a mention of an event ("the symposium in Beijing on Monday");
* ``noun``: a common noun of the sentence ("tensions between China and the US");
* ``clause``: an open-IE clause (:class:`kg.extract.clauses.Clause`);
* ``sentence``: the whole sentence, once its mentions are known (the typed relations of
  :mod:`kg.relations`, a trained model between every two names).

Rules run in the order they were registered; :func:`registry.get` and
:func:`registry.in_scope` look them up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .. import lexicon

SCOPES: tuple[str, ...] = ("name", "event", "noun", "clause", "sentence")


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered extraction rule: ``emits`` are the extractor names its claims carry
    (its own name first; a variant such as ``clause-prep`` for a weaker reading)."""

    name: str
    scope: str
    func: Callable
    emits: tuple[str, ...]


class Registry:
    """Rules by name, in registration order."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] = {}

    def register(self, name: str, scope: str, also: tuple[str, ...] = ()) -> Callable[[Callable], Callable]:
        """Decorator: register ``func`` as the rule ``name`` reading ``scope``."""
        if scope not in SCOPES:
            raise ValueError(f"rule {name!r}: scope {scope!r} is not one of {SCOPES}")

        def decorate(func: Callable) -> Callable:
            emitted = {e for rule in self._rules.values() for e in rule.emits}
            for extractor in (name, *also):
                if extractor in emitted:
                    raise ValueError(f"extractor name {extractor!r} is registered twice")
            self._rules[name] = Rule(name, scope, func, (name, *also))
            return func

        return decorate

    def get(self, name: str) -> Rule:
        try:
            return self._rules[name]
        except KeyError:
            raise KeyError(f"no extraction rule named {name!r}; known: {sorted(self._rules)}") from None

    def in_scope(self, scope: str) -> list[Rule]:
        return [rule for rule in self._rules.values() if rule.scope == scope]

    def names(self) -> list[str]:
        return list(self._rules)

    def extractors(self) -> list[str]:
        """Every extractor name a claim can carry."""
        return [e for rule in self._rules.values() for e in rule.emits]


registry = Registry()


@cache
def settings() -> dict[tuple[str, str], float]:
    """(kind, name) -> value, from ``kg/data/rules.tsv``."""
    table: dict[tuple[str, str], float] = {}
    for kind, name, value, *_ in lexicon.rows("rules.tsv"):
        table[kind, name] = float(value)
    return table


@cache
def measured() -> dict[tuple[str, str], tuple[int, int]]:
    """(extractor, modality) -> (claims right, claims made) on CaRB dev, from
    ``kg/data/rules_precision.tsv`` (written by ``python -m kg.extract.calibrate``)."""
    table: dict[tuple[str, str], tuple[int, int]] = {}
    for extractor, modality, right, made, *_ in lexicon.rows("rules_precision.tsv"):
        table[extractor, modality] = (int(right), int(made))
    return table


def confidence(extractor: str, modality: str = "asserted") -> float:
    """The base confidence of claims made by ``extractor`` in ``modality``: the rule's
    measured precision where it made enough claims to measure it (``calibration
    min-claims`` in ``rules.tsv``), else the prior that ``rules.tsv`` gives."""
    right, made = measured().get((extractor, modality), (0, 0))
    if made >= settings()["calibration", "min-claims"]:
        return round(right / made, 3)
    try:
        return settings()["confidence", extractor]
    except KeyError:
        raise KeyError(f"rules.tsv has no confidence for extractor {extractor!r}") from None


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    table: dict[str, frozenset[str]] = {}
    for name, words, *_ in lexicon.rows("rules_words.tsv"):
        table[name] = frozenset(words.split("|"))
    return table


def words(name: str) -> frozenset[str]:
    """A word list of the rules, from ``kg/data/rules_words.tsv``."""
    try:
        return _word_lists()[name]
    except KeyError:
        raise KeyError(f"rules_words.tsv has no list named {name!r}") from None


def window(name: str) -> int:
    """A search window of a rule (tokens or parse hops), from ``rules.tsv``."""
    return int(settings()["window", name])
