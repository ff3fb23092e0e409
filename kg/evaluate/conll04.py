"""kg on CoNLL04: strict entity and relation F1, in the manner of SpERT's evaluation.

    report = evaluate("conll04_dev.json")
    print(report.text())

Each sentence of the file is parsed by kg's spaCy pipeline on the file's own tokens (so a
span kg finds is a span of the gold's tokens), its names are found by kg's mention finder
(:func:`kg.extract.mentions.add_sentence_mentions`) and its typed relations by the relation
component, exactly as a build reads an article (:func:`kg.relations.relation_claims`).

Scoring follows SpERT (Eberts and Ulges, 2020): an entity is right when its token span and
its type are; a relation is right when its type and both arguments' spans and types are
("strict"), or when its type and both spans are ("boundaries": the types of the arguments
not checked). Micro P/R/F1 over all types, and per type. kg's classes become CoNLL04's
four here only (:data:`ENTITY_TYPES`): the graph keeps kg's classes. A second relation
figure applies the model to the gold entities: how good the relation model is when the
names are right (a diagnostic, not what users get).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ENTITY_TYPES", "RELATION_TYPES", "Example", "Report", "Scores", "evaluate", "parse", "read", "score"]

#: kg's class of a name -> CoNLL04's entity type (every other named class is "Other")
ENTITY_TYPES: dict[str, str] = {"Person": "Peop", "Organization": "Org", "Country": "Loc", "Place": "Loc"}
#: kg's ontology property -> CoNLL04's relation type
RELATION_TYPES: dict[str, str] = {
    "worksFor": "Work_For",
    "livesIn": "Live_In",
    "locatedIn": "Located_In",
    "basedIn": "OrgBased_In",
    "killed": "Kill",
}
#: CoNLL04's entity types as the relation model's coarse classes (for the gold-entity figure)
#: the CoNLL04 entity types a relation can hold between, as spaCy labels
GOLD_CLASSES = {"Peop": "PER", "Org": "ORG", "Loc": "LOC"}

Entity = tuple[int, int, str]  # token start, token end, type
Relation = tuple[Entity, Entity, str]  # head, tail, type


@dataclass(frozen=True, slots=True)
class Example:
    """One CoNLL04 sentence: its tokens, gold entities and gold relations."""

    tokens: tuple[str, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]


def read(path: str | Path) -> list[Example]:
    """The sentences of a CoNLL04 file in SpERT's JSON format."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        examples = []
        for item in data:
            entities = tuple((e["start"], e["end"], e["type"]) for e in item["entities"])
            relations = tuple((entities[r["head"]], entities[r["tail"]], r["type"]) for r in item["relations"])
            examples.append(Example(tuple(item["tokens"]), entities, relations))
    except (OSError, ValueError, KeyError, IndexError, TypeError) as error:
        raise InputError(f"{path}: not a CoNLL04 file in SpERT's JSON format ({error})") from error
    return examples


def parse(nlp: Language, examples: Iterable[Example], batch_size: int = 64) -> Iterator[Doc]:
    """Each example parsed by ``nlp`` on its own tokens (one space between tokens)."""
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=list(e.tokens), spaces=[True] * (len(e.tokens) - 1) + [False]) for e in examples)
    yield from nlp.pipe(docs, batch_size=batch_size)


def kg_read(doc: Doc, model=None) -> tuple[list, list]:
    """(name mentions, relation claims) kg reads in one parsed sentence, as in a build."""
    from kg.extract.mentions import MentionTable, add_sentence_mentions
    from kg.relations import relation_claims

    table = MentionTable()
    table.start_doc(0, doc)
    claims = []
    for index, sent in enumerate(doc.sents):
        add_sentence_mentions(table, sent, index)
        claims.extend(relation_claims(sent, index, table, model))
    return table.mentions, claims


def _token_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int]:
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    return span.start, span.end


def conll_type(mention) -> str | None:
    """CoNLL04's type for one of kg's mentions, or ``None`` for a mention CoNLL04 does not
    annotate. Besides names that are no names (descriptions, pronouns, common nouns), CoNLL04
    leaves out a country named by its adjective ("Chinese", "American": kg's Country of an
    affiliation; on the train split 34 such mentions are no gold entity, 2 are) and a date
    without a number ("Monday", "today": 96 of 112 are no gold entity)."""
    from kg import lexicon

    if mention.kind != "name":
        return None
    text = mention.span.text
    if mention.cls == "Country" and text != mention.label and lexicon.countries().of_demonym(text):
        return None
    if mention.cls == "TimeExpression" and not any(ch.isdigit() for ch in text):
        return None
    return ENTITY_TYPES.get(mention.cls, "Other")


def predicted(doc: Doc, mentions, claims, asserted_only: bool = True) -> tuple[set[Entity], set[Relation]]:
    """kg's names and relations in CoNLL04's terms (only asserted relations, by default:
    those are the graph's triples)."""
    from kg.vocab import ASSERTING

    entities: dict[int, Entity] = {}
    for mention in mentions:
        kind = conll_type(mention)
        if kind is not None:
            entities[mention.id] = (*_token_span(doc, mention.span.start, mention.span.end), kind)
    relations = {
        (entities[c.subject], entities[c.obj], RELATION_TYPES[c.predicate])
        for c in claims
        if c.subject in entities
        and c.obj in entities
        and c.predicate in RELATION_TYPES
        and (c.modality in ASSERTING or not asserted_only)
    }
    return set(entities.values()), relations


#: the words before a person's name that CoNLL04 counts as part of the name (courtesy
#: titles and "President": on the train split they are inside the gold span 77 times out of
#: 94; every other title, "Sen.", "Judge", "Gov.", is outside it 62 times out of 75)
CONLL_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "rev", "rev.", "gen.", "president"})
#: a month as CoNLL04's tokens write it ("Aug.", "Sept.", "December")
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)


def conll_spans(doc: Doc, entities: set[Entity], relations: set[Relation]) -> tuple[set[Entity], set[Relation]]:
    """kg's spans in CoNLL04's conventions where the two annotate the same words differently.
    The graph keeps kg's reading; only the comparison with the gold maps it, and each
    mapping below is one the train split shows CoNLL04 making most of the time:

    - a courtesy title or "President" is part of a person's name (:func:`_titled`);
    - a full date "Aug. 6 , 1911" is annotated as its month alone (:func:`_month_only`);
    - "in Staunton , Va." ending a sentence is one location, not two (:func:`_city_state`);
      a relation with either part is one with the whole, and the two parts' own relation goes.
    """
    moved = {entity: _month_only(doc, _titled(doc, entity)) for entity in entities}
    moved.update(_city_state(doc, set(moved.values()), moved))
    mapped = {(moved.get(h, h), moved.get(t, t), kind) for h, t, kind in relations}
    return set(moved.values()), {(h, t, kind) for h, t, kind in mapped if h != t}


def _titled(doc: Doc, entity: Entity) -> Entity:
    """kg keeps a title out of a person's name (it is a ``kg:holdsPosition``); CoNLL04 keeps
    a courtesy title and "President" in ("Ms. Carpenter", "President Lincoln")."""
    start, end, kind = entity
    if kind == "Peop" and start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ in CONLL_TITLES:
        return start - 1, end, kind
    return entity


def _month_only(doc: Doc, entity: Entity) -> Entity:
    """CoNLL04 marks the month alone of a date written "Month day , year" (43 times out of
    50 on the train split; "Month day" without a year is marked whole, 14 times out of 20)."""
    start, end, kind = entity
    words = [t.text for t in doc[start:end]]
    if (
        kind == "Other"
        and len(words) == 4
        and _MONTH.fullmatch(words[0])
        and words[1].isdigit()
        and words[2] == ","
        and words[3].rstrip(".").isdigit()
    ):
        return start, start + 1, kind
    return entity


def _city_state(doc: Doc, entities: set[Entity], moved: dict[Entity, Entity]) -> dict[Entity, Entity]:
    """kg names "Staunton" and "Va" apart (and may relate them); CoNLL04 writes "... in
    Staunton , Va." ending a sentence as one location (49 times out of 57 on the train
    split), and as two elsewhere (after "in" in mid-sentence 22 times out of 45, without
    "in" before it 78 times out of 90). The original entities whose moved span is either
    part, mapped to the whole."""
    starts = {e[0]: e for e in entities if e[2] == "Loc"}
    wholes: dict[Entity, Entity] = {}
    for first in sorted(e for e in entities if e[2] == "Loc"):
        second = starts.get(first[1] + 1)
        if second is None or doc[first[1]].text != "," or first[0] == 0 or doc[first[0] - 1].lower_ != "in":
            continue
        if second[1] < len(doc) and doc[second[1]].text not in {".", "!", "?"}:
            continue
        whole = (first[0], second[1], "Loc")
        wholes[first] = wholes[second] = whole
    return {original: wholes[now] for original, now in moved.items() if now in wholes}


def gold_entity_relations(doc: Doc, example: Example, model=None) -> set[Relation]:
    """The relations the model finds between the gold entities (the diagnostic figure)."""
    from kg.relations.features import Parsed
    from kg.relations.model import shipped

    model = model or shipped()
    by_arg = gold_args(doc, example)
    return {(by_arg[h], by_arg[t], RELATION_TYPES[r]) for h, t, r, _ in model.related(Parsed(doc[:]), list(by_arg))}


def gold_args(doc: Doc, example: Example) -> dict:
    """The gold entities of a sentence as relation-model arguments -> their (start, end, kind), in order."""
    return {
        gold_arg(doc, start, end, kind): (start, end, kind)
        for start, end, kind in example.entities
        if kind in GOLD_CLASSES
    }


def gold_arg(doc: Doc, start: int, end: int, kind: str):
    """A gold entity as an argument of the relation model (a country when kg's list has it)."""
    from kg import lexicon
    from kg.relations.features import Arg

    country = kind == "Loc" and lexicon.countries().canonical(doc[start:end].text) is not None
    return Arg(start, end, span_root(doc, start, end), GOLD_CLASSES[kind], None, country)


def span_root(doc: Doc, start: int, end: int) -> int:
    """The token of ``start:end`` whose head lies outside it (the first such one)."""
    return next((i for i in range(start, end) if not start <= doc[i].head.i < end or doc[i].head.i == i), start)


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts of one comparison, micro over all types and per type."""

    true_positives: dict[str, int] = field(default_factory=dict)
    predicted: dict[str, int] = field(default_factory=dict)
    gold: dict[str, int] = field(default_factory=dict)

    def add(self, gold: set, found: set, kind) -> None:
        for item in gold:
            self.gold[kind(item)] = self.gold.get(kind(item), 0) + 1
        for item in found:
            self.predicted[kind(item)] = self.predicted.get(kind(item), 0) + 1
        for item in gold & found:
            self.true_positives[kind(item)] = self.true_positives.get(kind(item), 0) + 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """(precision, recall, F1) of one type, or micro over all (``None``)."""
        pick = (lambda counts: sum(counts.values())) if kind is None else (lambda counts: counts.get(kind, 0))
        tp, found, gold = pick(self.true_positives), pick(self.predicted), pick(self.gold)
        precision = tp / found if found else 0.0
        recall = tp / gold if gold else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    @property
    def f1(self) -> float:
        return self.prf()[2]

    def types(self) -> list[str]:
        return sorted(set(self.gold) | set(self.predicted))


@dataclass(frozen=True, slots=True)
class Report:
    """Entity and relation scores of kg on a CoNLL04 file."""

    sentences: int
    entities: Scores
    relations: Scores  # strict: spans, argument types and relation type
    boundaries: Scores  # spans and relation type
    gold_entities: Scores  # the relation model on the gold entities (strict)

    def summary(self) -> dict[str, float]:
        return {
            "entity_f1": round(self.entities.f1, 4),
            "relation_f1": round(self.relations.f1, 4),
            "relation_boundaries_f1": round(self.boundaries.f1, 4),
            "relation_f1_gold_entities": round(self.gold_entities.f1, 4),
        }

    def text(self) -> str:
        """A table of every figure, for a person to read."""
        lines = [f"CoNLL04: {self.sentences} sentences"]
        for title, scores in (
            ("entities (strict)", self.entities),
            ("relations (strict)", self.relations),
            ("relations (boundaries)", self.boundaries),
            ("relations on gold entities (strict)", self.gold_entities),
        ):
            lines.append(f"\n{title}\n{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'found':>7}")
            for kind in [*scores.types(), None]:
                p, r, f = scores.prf(kind)
                gold = scores.gold.get(kind, 0) if kind else sum(scores.gold.values())
                found = scores.predicted.get(kind, 0) if kind else sum(scores.predicted.values())
                lines.append(f"{kind or 'micro':<14}{p:>7.3f}{r:>7.3f}{f:>7.3f}{gold:>7}{found:>7}")
        return "\n".join(lines)


def score(examples: list[Example], docs: Iterable[Doc], model=None) -> Report:
    """Score kg's reading of the parsed ``docs`` against the gold of ``examples``."""
    entities, relations, boundaries, on_gold = Scores(), Scores(), Scores(), Scores()
    for example, doc in zip(examples, docs, strict=True):
        mentions, claims = kg_read(doc, model)
        found_entities, found_relations = conll_spans(doc, *predicted(doc, mentions, claims))
        entities.add(set(example.entities), found_entities, lambda e: e[2])
        relations.add(set(example.relations), found_relations, lambda r: r[2])
        boundaries.add(_untyped(example.relations), _untyped(found_relations), lambda r: r[2])
        on_gold.add(set(example.relations), gold_entity_relations(doc, example, model), lambda r: r[2])
    return Report(len(examples), entities, relations, boundaries, on_gold)


def _untyped(relations: Iterable[Relation]) -> set:
    return {(h[:2], t[:2], kind) for h, t, kind in relations}


def evaluate(path: str | Path, model_name: str | None = None, model=None) -> Report:
    """Run kg on the sentences of a CoNLL04 file and score it (see the module docstring)."""
    from kg.nlp import DEFAULT_MODEL, load_model

    examples = read(path)
    nlp = load_model(model_name or DEFAULT_MODEL)
    return score(examples, parse(nlp, examples), model)
