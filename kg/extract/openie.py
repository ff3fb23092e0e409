"""Open-IE tuples for a sentence: the clause layer written out as (relation, arguments).

This is what ``kg eval carb`` scores. Arguments are full spans; a relation without a
direct object absorbs the preposition of its first prepositional argument ("served
as" + "the first Prime Minister"), the way open-IE benchmarks write it.

Negated and hedged clauses stay tuples, their cue words inside the relation ("is not
accepted as", "could carry"): that is how CaRB's gold writes them. Only the entity-level
claims carry a modality (:mod:`.modality`), since only they become facts of the graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .clauses import Argument, Clause, clauses, conjuncts

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_TRIM = {"relcl", "acl", "appos", "advcl", "punct"}


@dataclass(frozen=True, slots=True)
class OpenTuple:
    relation: str
    args: tuple[str, ...]
    confidence: float


def _text(tokens: Iterable[Token]) -> str:
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _subject_text(head: Token, verb: Token) -> str:
    """The subject's phrase without the clause it heads ("a footballer [who plays ...]")."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _TRIM or verb in child.subtree:
            continue
        keep.extend(child.subtree)
    return _text(keep)


def _arg_text(arg: Argument) -> str:
    return _text(arg.tokens)


def clause_tuples(clause: Clause) -> list[OpenTuple]:
    relation = _text(clause.relation)
    subject = _subject_text(clause.subject.head, clause.verb)
    objects = [a for a in clause.objects]
    preps = [a for a in clause.preps]
    args: list[str] = []
    if objects:
        args = [_arg_text(o) for o in objects] + [f"{p.prep} {_arg_text(p)}" for p in preps]
    elif preps:
        # the relation absorbs its first non-temporal preposition: "called for X on Monday"
        first = next((p for p in preps if p.head.ent_type_ not in {"DATE", "TIME"}), preps[0])
        rest = [p for p in preps if p is not first]
        relation = f"{relation} {first.prep}"
        args = [_arg_text(first)] + [f"{p.prep} {_arg_text(p)}" for p in rest]
    if not args:
        return []
    confidence = _confidence(clause, len(args))
    result = [OpenTuple(relation, (subject, *args), confidence)]
    # coordinated subjects give one tuple each ("China and the US continue")
    for other in conjuncts(clause.subject.head)[1:]:
        result.append(OpenTuple(relation, (_subject_text(other, clause.verb), *args), round(confidence * 0.9, 3)))
    return result


def _confidence(clause: Clause, n_args: int) -> float:
    score = 0.8
    if clause.subject.head.pos_ == "PRON":
        score -= 0.15
    if clause.verb.dep_ in {"relcl", "acl", "advcl", "xcomp"}:
        score -= 0.1
    if n_args > 3:
        score -= 0.1
    if any(o.is_clause for o in clause.objects):
        score -= 0.05
    return round(max(score, 0.05), 3)


def appositive_tuples(sent: SpacySpan) -> Iterator[OpenTuple]:
    """ "Huawei, a telecom giant," -> (Huawei; is; a telecom giant)."""
    for token in sent:
        if token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN"}:
            head = token.head
            subject = _text(
                [head, *(t for c in head.children if c.dep_ in {"compound", "det", "amod"} for t in c.subtree)]
            )
            yield OpenTuple(
                "is", (subject, _text([t for t in token.subtree if t.dep_ != "punct" or t.i != token.i])), 0.6
            )


def sentence_tuples(sent: SpacySpan) -> list[OpenTuple]:
    found: list[OpenTuple] = []
    for clause in clauses(sent):
        found.extend(clause_tuples(clause))
    found.extend(appositive_tuples(sent))
    return found


def doc_tuples(doc) -> list[OpenTuple]:
    """Open-IE tuples of every sentence of a parsed text."""
    return [found for sent in doc.sents for found in sentence_tuples(sent)]
