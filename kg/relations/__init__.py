"""Typed relations between the names of one sentence, from a trained linear model.

    relation_claims(sent, sentence_index, table) -> list[Claim]

For each ordered pair of named mentions whose classes can hold one of the relations
(:data:`ALLOWED`: a person works for an organisation, lives in a place, kills a person; an
organisation is based in a place; a place lies in a place), :mod:`.features` reads the parse
between them and :mod:`.model` scores it with the shipped weights (``kg/data/relations/``,
trained by :mod:`.train` on CoNLL04). A pair whose probability reaches its relation's
threshold (chosen by cross-validation on the train split for the best F1, never under
:data:`MIN_CONFIDENCE`) becomes a :class:`kg.model.Claim` with the model's probability as its
confidence, and the modality of the clauses the pair's dependency path runs through, so "may
have killed" is stated as possible only. That is the model's own reading (``kg eval
conll04``). A build states fewer, surer ones, in every article by default: those at the news
floor on the probability (:func:`stated_floor`, ``kg/data/relations/news.tsv``; ``kg build
--relation-floor P`` moves it, ``--no-relations`` states none) whose two names the parse joins
in a way the relation can hold (:mod:`.guards`: not merely near each other across a verb of
speech or of an event, a list, a source, a third noun; not in a headline or a credit line).
Once the article is resolved, :func:`resolved_fit` drops the relations whose entities turned
out to be of classes that cannot hold them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import ArticleGraph, Claim
from .features import ALLOWED, COARSE, LABELS, PREDICATES, Arg, Parsed, mention_args, path_tokens
from .guards import blocked, settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan

    from ..extract.mentions import MentionTable
    from ..extract.modality import Modality

__all__ = [
    "ALLOWED",
    "EXTRACTOR",
    "LABELS",
    "PREDICATES",
    "pair_claims",
    "pair_modality",
    "relation_claims",
    "resolved_fit",
    "stated_floor",
]

#: the extractor name the component's claims carry in their provenance
EXTRACTOR = "relation-model"
#: the least probability a typed relation needs to be stated, whatever its trained threshold
#: (the training chooses none under it, and on CoNLL04 train it chooses 0.35 for two of the
#: five relations): the model's own reading, as ``kg eval conll04`` scores it and as
#: ``kg build --relation-floor 0`` states it. On news the probability is too high, so a build
#: states by default only the relations at the news floor (``kg/data/relations/news.tsv``,
#: :func:`stated_floor`) that the parse joins as the relation needs (:mod:`.guards`)
MIN_CONFIDENCE = 0.35


def stated_floor(relations: bool | float) -> float | None:
    """The least probability a build states typed relations at, from its ``relations``
    setting: None for ``False`` (none stated), the news floor for ``True``
    (``kg/data/relations/news.tsv``), else the number given (0 or :data:`MIN_CONFIDENCE`: all
    the trained thresholds allow)."""
    if relations is False:
        return None
    if relations is True:
        return settings().floor
    return float(relations)


def relation_claims(
    sent: SpacySpan,
    sentence_index: int,
    table: MentionTable,
    model=None,
    floor: float = MIN_CONFIDENCE,
    guarded: bool = False,
) -> list[Claim]:
    """The typed relations the model finds between the named mentions of ``sent``.

    Call it while ``sent``'s paragraph is the table's current one, once the sentence's names
    are in the table (after :func:`kg.extract.mentions.add_sentence_mentions`). ``model``
    defaults to the shipped weights (:func:`kg.relations.model.shipped`). By default, the
    model's own reading (its trained thresholds, as ``kg eval conll04`` scores it); a build
    asks for a ``floor`` on the probability and for the ``guarded`` reading
    (:func:`kg.relations.guards.blocked`: no relation between names the parse does not join
    in a way the relation can hold)."""
    args = mention_args(sent, sentence_index, table)
    if len(args) < 2:
        return []
    return pair_claims(sent.doc, Parsed(sent), args, sentence_index, model, table.at, floor, guarded)


def pair_claims(
    doc,
    parsed: Parsed,
    args: list[Arg],
    sentence_index: int,
    model=None,
    source_of=None,
    floor: float = MIN_CONFIDENCE,
    guarded: bool = False,
) -> list[Claim]:
    """The claims of the pairs of ``args`` the model holds related with a probability of at
    least ``floor``: what :func:`relation_claims` states, from a sentence already read
    (training scores its cross-validation folds with it, ``floor`` 0). ``source_of`` gives
    the mention of a token (the source a reported relation is attributed to); with
    ``guarded``, the pairs :func:`kg.relations.guards.blocked` stops are left out."""
    from .model import shipped

    model = model or shipped()
    claims: list[Claim] = []
    for head, tail, predicate, probability in model.related(parsed, args):
        if probability < floor or guarded and blocked(parsed, head, tail, predicate) is not None:
            continue
        mood = pair_modality(doc, parsed, head, tail)
        source = source_of(mood.source) if mood.source is not None and source_of is not None else None
        claims.append(
            Claim(
                subject=head.mention,
                predicate=predicate,
                label=LABELS[predicate],
                obj=tail.mention,
                literal=None,
                sentence=sentence_index,
                confidence=round(probability, 3),
                extractor=EXTRACTOR,
                modality=mood.modality,
                source=None if source is None or source.id in {head.mention, tail.mention} else source.id,
            )
        )
    return claims


def pair_modality(doc, parsed: Parsed, head: Arg, tail: Arg) -> Modality:
    """How the text puts the relation of a pair: that of the clauses its dependency path runs
    through ("X may have killed Y", "X, who may have killed Y": possible; "police said X
    killed Y": reported by the police). A pair joined inside a noun phrase ("Joy Tan, a
    spokeswoman for Huawei, may have said ...") is stated by the phrase itself, whatever the
    clause around it does: asserted."""
    from ..extract.modality import Modality, clause_modality, combine

    verbs = [
        doc[i] for i in path_tokens(parsed, head.root, tail.root) if parsed.pos[i - parsed.start] in {"VERB", "AUX"}
    ]
    return combine([clause_modality(v) for v in verbs]) if verbs else Modality()


def resolved_fit(graph: ArticleGraph) -> ArticleGraph:
    """The article's graph without the typed relations its resolved entities cannot hold.

    The model reads the classes of the sentence's mentions; resolution may then join a
    mention to an entity of another class ("Trump" tagged an organisation in one sentence
    is the person of the others; "Erdogan" read as a place). A relation is kept only when
    the classes of the entities it links allow it (:data:`ALLOWED`): no person is "based
    in" anything, nobody lives in a person."""
    classes = {entity.key: COARSE.get(entity.cls) for entity in graph.entities}

    def fits(fact) -> bool:
        pair = (classes.get(fact.subject) or "", classes.get(fact.obj or "") or "")
        return fact.extractor != EXTRACTOR or ALLOWED.get(pair) == fact.predicate

    kept = tuple(fact for fact in graph.facts if fits(fact))
    return graph if len(kept) == len(graph.facts) else replace(graph, facts=kept)
