"""Across articles: a lone surname or acronym folds into the one full name it abbreviates, and one
name given two classes in different articles is one node.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .. import lexicon
from ..model import ArticleGraph, Entity
from .article import fact_order, merge_entities
from .names import acronyms, compact, may_shorten

_FOLDED = {"Person", "Organization"}  # classes whose one-word names fold into full names across articles
#: classes one name may be given in different articles, to be one node: ties go to the first
_UNIFIED = ("Person", "Organization", "Place", "Event", "Work", "Product", "Law", "Group")


class ShortNames:
    """Full person and organisation names, indexed by each of their words (and an
    organisation's acronym), to fold lone short names into: "Xi" -> "Xi Jinping"; and every
    named thing by its name, so that one name given two classes in different articles is one
    node (the class most articles give it), and one key has one label ("Senate", not "senate").

    Feed it entities (:meth:`add`, or ``known`` ``(key, class, label)`` rows such as
    :meth:`kg.store.GraphStore.entities` gives), then :meth:`apply` it to article graphs.
    What it decides depends on the set of entities fed, not on their order.
    """

    def __init__(self, known: Iterable[tuple[str, str, str]] = ()) -> None:
        self._index: dict[str, dict[str, set[str]]] = {}
        self._full: dict[str, Entity] = {}
        self._votes: dict[str, Counter[str]] = {}  # name key -> class -> how many graphs (or rows) gave it
        self._named: dict[tuple[str, str], Entity] = {}  # (name key, class) -> the entity of that name
        self._labels: dict[str, set[str]] = {}  # entity key -> the labels it was given
        self.add(Entity(key=key, cls=cls, label=label) for key, cls, label in known)

    def add(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            if entity.cls in _FOLDED and len(entity.label.split()) > 1:
                self._full[entity.key] = entity
                index = self._index.setdefault(entity.cls, {})
                for word in lexicon.name_key(entity.label).split():
                    index.setdefault(word, set()).add(entity.key)
                for acronym in acronyms(entity.label) if entity.cls == "Organization" else ():
                    index.setdefault(acronym, set()).add(entity.key)
            if entity.cls in _UNIFIED and entity.scope is None:
                name = lexicon.name_key(entity.label)
                self._votes.setdefault(name, Counter())[entity.cls] += 1
                self._named.setdefault((name, entity.cls), entity)
            self._labels.setdefault(entity.key, set()).add(entity.label)

    def _class_of(self, entity: Entity) -> str:
        """The class most graphs give ``entity``'s name (ties: the first of :data:`_UNIFIED`)."""
        votes = self._votes.get(lexicon.name_key(entity.label))
        if entity.cls not in _UNIFIED or entity.scope is not None or not votes or len(votes) < 2:
            return entity.cls
        return min(votes, key=lambda c: (-votes[c], _UNIFIED.index(c)))

    def remap(self, entities: Iterable[Entity]) -> dict[str, str]:
        """Key of each entity that folds -> the key it folds into: a one-word name into the
        one full name it abbreviates (if unique), a name into its node of the majority class."""
        remap: dict[str, str] = {}
        for entity in entities:
            cls = self._class_of(entity)
            words = lexicon.name_key(entity.label).split()
            generic = len(words) == 1 and words[0] in lexicon.class_cues()["last"]  # "Congress", "Senate"
            targets = (
                self._index.get(cls, {}).get(compact(words[0]), set()) if len(words) == 1 and not generic else set()
            )
            targets = {t for t in targets if t == entity.key or may_shorten(entity, self._full[t])}
            if len(targets) == 1 and next(iter(targets)) != entity.key:
                remap[entity.key] = next(iter(targets))
            elif cls != entity.cls:
                remap[entity.key] = self._named[(lexicon.name_key(entity.label), cls)].key
        return remap

    def label(self, key: str, label: str) -> str:
        """The one label of ``key``: of the ways it was written, the one with most capitals,
        then the longest, then the first in sort order ("Senate" over "senate")."""
        labels = self._labels.get(key, set()) | {label}
        return min(labels, key=lambda text: (-sum(ch.isupper() for ch in text), -len(text), text))

    def apply(self, graph: ArticleGraph) -> ArticleGraph:
        """``graph`` with its short names folded into the full names known so far."""
        remap = self.remap(graph.entities)
        if remap:
            graph = _remap(graph, remap, {**{e.key: e for e in self._named.values()}, **self._full})
        entities = tuple(self._relabelled(e) for e in graph.entities)
        return graph if entities == graph.entities else replace(graph, entities=entities)

    def _relabelled(self, entity: Entity) -> Entity:
        label = self.label(entity.key, entity.label)
        if label == entity.label:
            return entity
        aliases = tuple(a for a in entity.aliases if a.lower() != label.lower())
        return replace(entity, label=label, aliases=aliases)


def short_names(graph: ArticleGraph) -> tuple[Entity, ...]:
    """The entities of ``graph`` that other articles may fold: people and organisations
    named by one word only, and every named thing whose class other articles may outvote."""
    return tuple(
        e
        for e in graph.entities
        if e.cls in _FOLDED and len(e.label.split()) == 1 or e.cls in _UNIFIED and e.scope is None
    )


def merge_short_names(graphs: list[ArticleGraph], known: Iterable[tuple[str, str, str]] = ()) -> list[ArticleGraph]:
    """Across articles, fold a one-word person or organisation name into the single
    longer name of the same class that contains it ("Xi" -> "Xi Jinping"), and an
    acronym into the single name it abbreviates. Ambiguous short names stay apart.
    ``known`` adds full names from elsewhere (a store's entities)."""
    names = ShortNames(known)
    for graph in graphs:
        names.add(graph.entities)
    return [names.apply(graph) for graph in graphs]


def _is_place(entity: Entity | None) -> bool:
    """A place after folding (other articles may have outvoted it into another class)."""
    return entity is not None and entity.cls in {"Place", "Country"}


def _remap(graph: ArticleGraph, remap: dict[str, str], full: dict[str, Entity]) -> ArticleGraph:
    entities: dict[str, Entity] = {}
    for entity in graph.entities:
        target = remap.get(entity.key)
        if target is not None:
            entity = merge_entities(full[target], replace(entity, key=target))
        if entity.key in entities:
            entity = merge_entities(entities[entity.key], entity)
        entities[entity.key] = entity
    facts = []
    for fact in graph.facts:
        place = remap.get(fact.place, fact.place) if fact.place else None
        fact = replace(
            fact,
            subject=remap.get(fact.subject, fact.subject),
            obj=remap.get(fact.obj, fact.obj) if fact.obj else None,
            source=remap.get(fact.source, fact.source) if fact.source else None,
            addressee=remap.get(fact.addressee, fact.addressee) if fact.addressee else None,
            place=place if place is None or _is_place(entities.get(place)) else None,
        )
        if fact.obj != fact.subject:
            facts.append(fact)
    return ArticleGraph(
        graph.article, tuple(sorted(entities.values(), key=lambda e: e.key)), tuple(sorted(set(facts), key=fact_order))
    )
