"""One article's graph: its clusters become entities (classed, linked, keyed) and its claims facts."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import entity_class, lexicon, linking, vocab
from ..iri import entity_key
from ..model import ArticleGraph, Entity, Extraction, Fact, Mention
from .names import without_determiner
from .resolver import Resolver

#: confidence kept by a fact whose subject or object was found through ...
RESOLUTION_WEIGHT = {"name": 1.0, "nominal": 1.0, "description": 0.9, "pronoun": 0.85}
_SCOPED = {"Concept", "Event", "TimeExpression"}  # common nouns and relative dates mean something only in their article


def resolve_article(extraction: Extraction) -> ArticleGraph:
    """Cluster an article's mentions into entities and turn its claims into facts."""
    article = extraction.article
    resolver = Resolver(extraction)
    for mention in sorted(extraction.mentions, key=lambda m: (m.span.start, m.id)):
        resolver.resolve(mention, article.text)

    entity_of: dict[int, Entity] = {}
    entities: dict[str, Entity] = {}
    # a name the gazetteer links to a city or a country is a place, whatever the tagger said
    named = [
        (c.label, c.cls, _aliases(c.mentions, c.label)) if c.named else ("", "Concept", ()) for c in resolver.clusters
    ]
    links = linking.article_links(article.text, named)
    for cluster, (_, _, aliases), link in zip(resolver.clusters, named, links, strict=True):
        cls, label = linking.linked_class(cluster.cls, link), cluster.label
        named_event = cls == "Event" and bool(cluster.named)  # "Fan Expo Canada" is one thing everywhere
        scope = article.id if cls in _SCOPED and not named_event and not re.search(r"\b\d{4}\b", label) else None
        key = entity_key(cls, label, scope)
        entity = Entity(
            key=key,
            cls=cls,
            label=label,
            aliases=aliases,
            titles=tuple(sorted({t for m in cluster.mentions for t in m.titles if m.kind == "name"})),
            descriptors=tuple(sorted({d for m in cluster.mentions for d in m.descriptors})),
            scope=scope,
        )
        if key in entities:  # two clusters with one label (e.g. "China" the country twice): one node
            entity = merge_entities(entities[key], entity)
        entities[key] = entity
        for mention in cluster.mentions:
            entity_of[mention.id] = entity
    for mention_id, entity in entity_of.items():
        entity_of[mention_id] = entities[entity.key]

    mentions = {m.id: m for m in extraction.mentions}
    facts: dict[tuple, Fact] = {}
    for claim in extraction.claims:
        subject = entity_of.get(claim.subject)
        obj = entity_of.get(claim.obj) if claim.obj is not None else None
        if subject is None or (claim.obj is not None and (obj is None or obj.key == subject.key)):
            continue  # an unresolved pronoun, or a fact of a thing about itself
        weight = RESOLUTION_WEIGHT[mentions[claim.subject].kind]
        if claim.obj is not None:
            weight *= RESOLUTION_WEIGHT[mentions[claim.obj].kind]
        sentence = extraction.sentences[claim.sentence]
        label = vocab.labels()[claim.predicate] if claim.predicate else claim.label
        fact = Fact(
            subject=subject.key,
            predicate=claim.predicate or "",
            predicate_label=label,
            obj=obj.key if obj else None,
            literal=claim.literal,
            article=article.id,
            sentence=sentence,
            confidence=round(claim.confidence * weight, 3),
            extractor=claim.extractor,
            modality=claim.modality,
            source=_key_of(entity_of, claim.source),
            addressee=_key_of(entity_of, claim.addressee),
            object_text=_phrase(obj, mentions.get(claim.obj)),
            time=claim.time,
            place=_place_key(entity_of, claim.place),
        )
        identity = (
            fact.subject,
            fact.predicate or fact.predicate_label,
            fact.obj,
            fact.literal,
            sentence.start,
            fact.modality,
        )
        if identity not in facts or facts[identity].confidence < fact.confidence:
            facts[identity] = fact
    used = {key for f in facts.values() for key in (f.subject, f.obj, f.source, f.addressee, f.place) if key}
    kept = [e for e in entities.values() if e.key in used or e.cls not in _SCOPED]
    return ArticleGraph(
        article, tuple(sorted(kept, key=lambda e: e.key)), tuple(sorted(facts.values(), key=fact_order))
    )


def _phrase(obj: Entity | None, mention: Mention | None) -> str | None:
    """The words a concept object had in its sentence, where its label shortened them (the
    label is the head phrase; the statement keeps the whole)."""
    if obj is None or mention is None or obj.cls != "Concept" or mention.span.text == obj.label:
        return None
    return mention.span.text


def _place_key(entity_of: dict[int, Entity], mention: int | None) -> str | None:
    """The entity key of where a fact happened, if its mention resolved to a place."""
    entity = entity_of.get(mention) if mention is not None else None
    return entity.key if entity is not None and entity.cls in {"Place", "Country"} else None


def _key_of(entity_of: dict[int, Entity], mention: int | None) -> str | None:
    """The entity key of a mention, or None when there is none or it did not resolve."""
    entity = entity_of.get(mention) if mention is not None else None
    return entity.key if entity is not None else None


def fact_order(fact: Fact) -> tuple:
    return (fact.sentence.start, fact.subject, fact.predicate, fact.predicate_label, fact.obj or "", fact.literal or "")


def merge_entities(first: Entity, second: Entity) -> Entity:
    label = max([first.label, second.label], key=lambda text: (len(text.split()), len(text)))
    aliases = sorted(({*first.aliases, *second.aliases, first.label, second.label}) - {label})
    return replace(
        first,
        label=label,
        aliases=tuple(aliases),
        titles=tuple(sorted({*first.titles, *second.titles})),
        descriptors=tuple(sorted({*first.descriptors, *second.descriptors})),
    )


def _aliases(mentions: list[Mention], label: str) -> tuple[str, ...]:
    """Names and descriptions an entity went by, as written ("US", "the Chinese president")."""
    seen: dict[str, str] = {lexicon.name_key(label): label}
    for mention in mentions:
        if mention.kind == "nominal" and mention.label[:1].isupper() and entity_class.cue(mention.label):
            seen.setdefault(lexicon.name_key(mention.label), mention.label)  # "PALM trial" beside "PALM"
            continue
        if mention.kind not in {"name", "description"}:
            continue
        if mention.kind == "description":
            if mention.cls != "Person":  # "the country", "the latter" refer; they are not names
                continue
            seen.setdefault(mention.label.lower(), mention.label[0].lower() + mention.label[1:])
            continue
        written = without_determiner(re.sub(r"['’]s$", "", mention.span.text.strip()), ("the",))
        for text in (mention.label, written):
            seen.setdefault(lexicon.name_key(text), text)
    return tuple(sorted(set(seen.values()) - {label}))
