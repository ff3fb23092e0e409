"""A cluster: the mentions of one thing in an article, with its class by evidence, gender and label."""

from __future__ import annotations

from collections import Counter

from .. import entity_class, lexicon
from ..model import Mention
from .names import STATE_OF, acronyms

#: the gender a pronoun that joined a person shows, where nothing else did
#: the gender each gendered pronoun shows
GENDERED = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


class Cluster:
    """Mentions of one thing, with what matching needs kept up to date as they arrive.

    Its class is a weighted vote of its names (:mod:`kg.entity_class`): a name's own words,
    an honorific or a gazetteer outweigh the NER tag, and a lone short name ("Waddoups",
    tagged ORG) weighs less than the full name it abbreviates."""

    __slots__ = ("mentions", "named", "_classes", "_genders", "name_words", "acronyms")

    def __init__(self) -> None:
        self.mentions: list[Mention] = []
        self.named: list[Mention] = []
        self._classes: Counter[str] = Counter()
        self._genders: Counter[str] = Counter()
        self.name_words: list[list[str]] = []  # name keys of the named mentions, split
        self.acronyms: set[str] = set()

    def add(self, mention: Mention, text: str = "") -> None:
        self.mentions.append(mention)
        weight = 1.0
        if mention.kind == "name":
            if not self.named:  # names outvote what the common nouns said, but for their cues
                self._classes = Counter(
                    {
                        cue: entity_class.WEIGHTS["cue"]
                        for m in self.mentions
                        if m.kind == "nominal" and (cue := entity_class.cue(m.label))
                    }
                )
            words = lexicon.name_key(mention.label).split()
            start = mention.span.start
            honorific = entity_class.honorific_before(text, start)
            found = entity_class.evidence(
                mention.label,
                mention.cls,
                mention.descriptors,
                honorific,
                entity_class.after_place_preposition(text, start, start + len(mention.label)),
            )
            weight = found.weight
            if len(words) == 1 and any(len(other) > 1 for other in self.name_words):
                weight = 0.01  # "Rittenhouse" (tagged GPE) after "Kyle Rittenhouse": only breaks a tie
            if mention.cls == "Person":
                if shown := entity_class.gender(mention.label, honorific) or entity_class.gender_before(
                    text, mention.span.start
                ):
                    self._genders[shown] += 1
            self.named.append(mention)
            self.name_words.append(words)
            self.acronyms |= acronyms(mention.label)
        elif mention.kind == "nominal" and self.named and (shown := entity_class.cue(mention.label)):
            self._classes[shown] += entity_class.WEIGHTS["cue"]  # "the PALM trial" after "PALM"
        elif mention.kind == "pronoun" and self.named and not self._genders and mention.head in GENDERED:
            self._genders[GENDERED[mention.head]] += 1  # "Xi Jinping ... he": a man, whom no "she" is
        if mention.kind == "name":
            self._classes[found.cls] += weight
        elif mention.cls != "*" and not self.named:
            self._classes[mention.cls] += weight

    @property
    def cls(self) -> str:
        classes = self._classes
        return max(sorted(classes), key=lambda c: classes[c]) if classes else "Concept"

    def votes(self, cls: str) -> float:
        """How much the evidence so far weighs for ``cls`` (a cue such as "the band" weighs 4)."""
        return self._classes.get(cls, 0.0)

    @property
    def surely_person(self) -> bool:
        """Whether Person outvotes every other class (a tie, as "Cipriani Dolci" tagged once
        PERSON and once a place, is no person for a pronoun)."""
        person = self._classes.get("Person", 0)
        return person > 0 and all(votes < person for cls, votes in self._classes.items() if cls != "Person")

    @property
    def human(self) -> bool:
        """Whether a name of it may be a person's: not when every name holds a figure ("Voskhod 2",
        "Apollo 11": a craft or a mission the tagger took for a person; "Louis XIV" may be)."""
        return not self.named or not all(any(ch.isdigit() for ch in m.label) for m in self.named)

    @property
    def gender(self) -> str:
        """ "m" or "f" when its names show one (and only one), else ""."""
        return next(iter(self._genders)) if len(self._genders) == 1 else ""

    @property
    def label(self) -> str:
        candidates = (
            [m for m in self.named if not STATE_OF.match(lexicon.name_key(m.label))]
            or self.named
            or [m for m in self.mentions if m.kind == "nominal"]
        )
        if not candidates:
            return self.mentions[0].label
        return max(candidates, key=lambda m: (len(m.label.split()), len(m.label), -m.id)).label

    @property
    def last_sentence(self) -> int:
        return self.mentions[-1].sentence


def only(found: dict[int, Cluster]) -> Cluster | None:
    """The one cluster a reference may be, or None when it may be none or several (never a guess)."""
    return next(iter(found.values())) if len(found) == 1 else None
