"""Training the relation model on CoNLL04, with numpy only: same data and seed, same bytes.

    train("conll04_train.json", "conll04_dev.json", "kg/data/relations/")

Every sentence is parsed by kg's pipeline and read by kg's mention finder, so the model
learns from the pairs it will be applied to: each ordered pair of kg's names whose classes
allow a relation (:func:`kg.relations.features.candidate_pairs`) is an example, labelled by
the gold relation between the gold entities that contain the two names' heads. The pairs of
the gold entities themselves are added as well (kg misses or cuts some names; their context
still teaches the model). The model is a logistic regression per relation over the pair
features: "none" against the one relation the classes allow, weights of "none" fixed at
zero, L2-regularised, related pairs weighted up, fitted by Adam on shuffled mini-batches
(``seed`` fixes the order).

Everything the training chooses is chosen by cross-validation on the train split itself
(:func:`cross_validate`): the regularisation strength and the weight of the related pairs
(:data:`L2_GRID`, :data:`POSITIVE_GRID`) that give the best strict end-to-end F1 over the
folds, then the probability each relation must reach (:func:`choose_thresholds`). The dev
split chooses nothing; it is only reported.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from ..evaluate.conll04 import RELATION_TYPES
from . import MIN_CONFIDENCE
from .features import PREDICATES, Arg, Parsed, candidate_pairs, pair_features
from .model import WEIGHTS_FILE, RelationModel

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from ..evaluate.conll04 import Example

__all__ = ["L2_GRID", "POSITIVE_GRID", "Settings", "Trained", "cross_validate", "fit", "pair_examples", "train"]

Row = tuple[list[str], str, int]  # features, relation, 1 if the pair holds it else 0


@dataclass(frozen=True, slots=True)
class Settings:
    """The training settings (recorded in the weights file, with the ``l2`` and
    ``positive_weight`` the cross-validation chose)."""

    epochs: int = 10
    batch: int = 64
    rate: float = 0.02
    l2: float = 1e-4
    positive_weight: float = 1.0  # the weight of a related pair's loss against an unrelated one's
    min_count: int = 2
    folds: int = 5  # cross-validation folds of the train split
    repeats: int = 2  # cross-validations, each with its own split into folds and batch order


#: the regularisation strengths the cross-validation chooses among (per row and step)
L2_GRID = (1e-4, 3e-4, 1e-3)
#: the weights of the related pairs it chooses among (about one pair in seven is related;
#: unweighted, 1.0, was the worst of every cross-validation tried)
POSITIVE_GRID = (2.0, 3.0)
#: the thresholds a relation's probability may be asked to reach: never under the
#: component's own floor (:data:`kg.relations.MIN_CONFIDENCE`), which it applies anyway
THRESHOLDS = tuple(t for t in (round(0.1 + 0.05 * i, 2) for i in range(17)) if t >= MIN_CONFIDENCE)  # ... 0.9


@dataclass(frozen=True, slots=True)
class Trained:
    """What a training run gives: the model, its dev report and how long it took."""

    model: RelationModel
    report: object  # kg.evaluate.conll04.Report on the dev file
    seconds: float
    examples: int
    chosen: Settings


@dataclass(frozen=True, slots=True)
class Reading:
    """One train sentence as the component reads it, kept for the folds: its gold, kg's
    mentions, the (parsed sentence, names) pairs the component was offered, and the rows."""

    example: Example
    doc: Doc
    mentions: list
    sentences: list[tuple[Parsed, list[Arg]]]
    rows: list[Row]


def _containing(entities, token: int):
    return [e for e in entities if e[0] <= token < e[1]]


def pair_examples(doc, example, sentences: list[tuple[Parsed, list[Arg]]]) -> list[Row]:
    """(features, relation, 1 if related else 0) for the candidate pairs of kg's names in
    each of ``sentences`` ((parsed sentence, its names) as the component sees them) and of
    the gold entities of ``example`` in its parsed ``doc``."""
    gold = {(h, t): kind for h, t, kind in example.relations}
    rows = []
    for parsed, args in sentences:
        for head, tail, relation in candidate_pairs(args):
            kinds = {
                gold.get((h, t))
                for h in _containing(example.entities, head.root)
                for t in _containing(example.entities, tail.root)
            } - {None}
            if kinds and RELATION_TYPES[relation] not in kinds:
                continue  # kg's classes cannot state the gold relation: no evidence either way
            rows.append((pair_features(parsed, head, tail, args), relation, int(bool(kinds))))
    return rows + _gold_rows(doc, example, gold)


def _gold_rows(doc, example, gold) -> list[Row]:
    """The rows of the pairs of gold entities (of one CoNLL04 sentence, whatever spaCy's split)."""
    from kg.evaluate.conll04 import gold_args

    spans = gold_args(doc, example)
    args = list(spans)
    parsed = Parsed(doc[:])
    return [
        (
            pair_features(parsed, head, tail, args),
            relation,
            int(gold.get((spans[head], spans[tail])) == RELATION_TYPES[relation]),
        )
        for head, tail, relation in candidate_pairs(args)
    ]


@dataclass(frozen=True, slots=True)
class _Encoded:
    """Rows as flat arrays: row ``i``'s feature columns are ``indices[indptr[i]:indptr[i + 1]]``."""

    indices: np.ndarray
    indptr: np.ndarray
    columns: np.ndarray  # the relation's column of each row
    labels: np.ndarray
    weights: np.ndarray  # each row's weight in the loss


def _encode(rows: list[Row], index: dict[str, int], positive_weight: float) -> _Encoded:
    features = [np.array(sorted({index[f] for f in row[0] if f in index}), dtype=np.int64) for row in rows]
    labels = np.array([label for _, _, label in rows], dtype=np.float64)
    return _Encoded(
        np.concatenate(features) if features else np.zeros(0, dtype=np.int64),
        np.concatenate([[0], np.cumsum([len(f) for f in features])]).astype(np.int64),
        np.array([PREDICATES.index(relation) for _, relation, _ in rows], dtype=np.int64),
        labels,
        np.where(labels > 0, positive_weight, 1.0),
    )


def fit(rows: list[Row], settings: Settings = Settings(), seed: int = 0) -> RelationModel:
    """A model fitted to (features, relation, label) rows (every threshold 0.5)."""
    counts = Counter(f for features, _, _ in rows for f in set(features))
    vocabulary = sorted(f for f, n in counts.items() if n >= settings.min_count)
    data = _encode(rows, {f: i for i, f in enumerate(vocabulary)}, settings.positive_weight)
    weights = np.zeros((len(vocabulary), len(PREDICATES)))
    bias = np.zeros(len(PREDICATES))
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    rng = np.random.default_rng(seed)
    step = 0
    for _ in range(settings.epochs):
        order = rng.permutation(len(rows))
        for begin in range(0, len(order), settings.batch):
            batch = order[begin : begin + settings.batch]
            grad_w, grad_b = _gradient(data, batch, weights, bias)
            grad_w += settings.l2 * weights * len(batch)
            step += 1
            _adam(weights, grad_w / len(batch), moments[0], moments[1], step, settings.rate)
            _adam(bias, grad_b / len(batch), moments[2], moments[3], step, settings.rate)
            weights[:, 0] = 0.0
            bias[0] = 0.0
    return RelationModel(vocabulary, weights, bias)


def _gradient(
    data: _Encoded, batch: np.ndarray, weights: np.ndarray, bias: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The weighted log-loss gradient of one batch of rows: each row's margin is its
    relation's column (vectorised: the batch's feature columns gathered flat)."""
    starts, counts = data.indptr[batch], data.indptr[batch + 1] - data.indptr[batch]
    row_of = np.repeat(np.arange(len(batch)), counts)
    within = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    flat = data.indices[np.repeat(starts, counts) + within]
    columns = data.columns[batch]
    column_of = columns[row_of]
    margins = bias[columns] + np.bincount(row_of, weights=weights[flat, column_of], minlength=len(batch))
    errors = (1.0 / (1.0 + np.exp(-margins)) - data.labels[batch]) * data.weights[batch]
    grad_w = np.zeros_like(weights)
    np.add.at(grad_w, (flat, column_of), errors[row_of])
    grad_b = np.bincount(columns, weights=errors, minlength=len(bias))
    return grad_w, grad_b


def _adam(
    param: np.ndarray,
    grad: np.ndarray,
    first: np.ndarray,
    second: np.ndarray,
    step: int,
    rate: float,
    beta1: float = 0.9,
    beta2: float = 0.999,
    eps: float = 1e-8,
) -> None:
    first *= beta1
    first += (1 - beta1) * grad
    second *= beta2
    second += (1 - beta2) * grad * grad
    param -= rate * (first / (1 - beta1**step)) / (np.sqrt(second / (1 - beta2**step)) + eps)


def read_sentences(examples, docs) -> list[Reading]:
    """Each sentence read as a build reads it (kg's mentions, the names offered to the
    component) with its training rows."""
    from kg.evaluate.conll04 import kg_read

    readings = []
    for example, doc in zip(examples, docs, strict=True):
        recorder = _Recorder()
        mentions, _ = kg_read(doc, recorder)
        readings.append(
            Reading(example, doc, mentions, recorder.sentences, pair_examples(doc, example, recorder.sentences))
        )
    return readings


Stated = tuple[int, str, float, tuple]  # sentence number, relation, probability, the CoNLL04 relation


def out_of_fold(readings: list[Reading], settings: Settings, seed: int, repeat: int = 0) -> list[Stated]:
    """Every claim the component makes on the train split, each sentence's by a model fitted
    on the other folds, with its probability and the CoNLL04 relation it states (in the
    evaluation adapter's spans; claims that are not asserted state nothing). Sentence
    ``i`` is numbered ``i + repeat * len(readings)``: repeats pool as if more sentences."""
    from kg.evaluate.conll04 import conll_spans, predicted

    from . import pair_claims

    fold_of = np.random.default_rng(seed + repeat).permutation(len(readings)) % settings.folds
    found: list[Stated] = []
    for fold in range(settings.folds):
        model = fit([r for i, s in enumerate(readings) if fold_of[i] != fold for r in s.rows], settings, seed + repeat)
        model.thresholds = dict.fromkeys(model.thresholds, 0.0)
        for i in np.flatnonzero(fold_of == fold):
            reading = readings[i]
            for number, (parsed, args) in enumerate(reading.sentences):
                for claim in pair_claims(reading.doc, parsed, args, number, model, floor=0.0):
                    for relation in conll_spans(reading.doc, *predicted(reading.doc, reading.mentions, [claim]))[1]:
                        found.append((int(i) + repeat * len(readings), claim.predicate, claim.confidence, relation))
    return found


def _f1(found: list[Stated], gold: set, thresholds: dict[str, float]) -> float:
    stated = {(i, relation) for i, predicate, p, relation in found if p >= thresholds[predicate]}
    return 2 * len(stated & gold) / (len(stated) + len(gold)) if stated or gold else 0.0


def choose_thresholds(found: list[Stated], gold: set) -> tuple[dict[str, float], float]:
    """The threshold of each relation, from :data:`THRESHOLDS`, that gives the best strict
    micro F1 of the out-of-fold claims: first one for all, then each relation's own in
    turn, twice round (ties go to the higher threshold: fewer, surer claims). With its F1."""
    relations = list(RELATION_TYPES)
    best = max(reversed(THRESHOLDS), key=lambda t: _f1(found, gold, dict.fromkeys(relations, t)))
    chosen = dict.fromkeys(relations, best)
    for _ in range(2):
        for relation in relations:
            chosen[relation] = max(reversed(THRESHOLDS), key=lambda t: _f1(found, gold, {**chosen, relation: t}))
    return chosen, _f1(found, gold, chosen)


def cross_validate(readings: list[Reading], settings: Settings, seed: int) -> tuple[Settings, dict[str, float]]:
    """The settings of :data:`L2_GRID` x :data:`POSITIVE_GRID` whose out-of-fold claims reach
    the best end-to-end F1 on the train split (each with its own thresholds), and those
    thresholds. The claims of ``settings.repeats`` cross-validations are pooled: on one, the
    best settings and thresholds change with the split and the order of the batches. Ties go
    to the stronger regularisation."""
    n = len(readings)
    gold = {
        (i + repeat * n, relation)
        for repeat in range(settings.repeats)
        for i, reading in enumerate(readings)
        for relation in reading.example.relations
    }
    results = []
    for l2 in sorted(L2_GRID, reverse=True):
        for positive in POSITIVE_GRID:
            tried = replace(settings, l2=l2, positive_weight=positive)
            found = [c for repeat in range(settings.repeats) for c in out_of_fold(readings, tried, seed, repeat)]
            thresholds, f1 = choose_thresholds(found, gold)
            results.append((f1, tried, thresholds))
    f1, chosen, thresholds = max(results, key=lambda r: r[0])
    return chosen, thresholds


class _Recorder:
    """A stand-in model that states nothing and keeps the arguments it was offered: the
    names :func:`kg.relations.relation_claims` reads, sentence by sentence."""

    def __init__(self) -> None:
        self.sentences: list[tuple[Parsed, list[Arg]]] = []

    def related(self, parsed, args):
        self.sentences.append((parsed, args))
        return iter(())


def train(
    train_path, dev_path, out_dir, seed: int = 0, settings: Settings = Settings(), model_name: str | None = None
) -> Trained:
    """Train on ``train_path``, report on ``dev_path``, write ``weights.json`` into ``out_dir``
    with the dev figures it reached (a test checks the shipped file still reaches them)."""
    from kg.evaluate.conll04 import parse, read, score
    from kg.nlp import DEFAULT_MODEL, load_model

    nlp = load_model(model_name or DEFAULT_MODEL)
    began = time.perf_counter()
    readings = read_sentences(examples := read(train_path), parse(nlp, examples))
    chosen, thresholds = cross_validate(readings, settings, seed)
    model = fit([r for reading in readings for r in reading.rows], chosen, seed)
    model.thresholds = thresholds
    seconds = time.perf_counter() - began
    dev = read(dev_path)
    report = score(dev, parse(nlp, dev), model)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.write(
        out / WEIGHTS_FILE,
        trained_on=Path(train_path).name,
        seed=seed,
        settings={k: getattr(chosen, k) for k in Settings.__slots__},
        dev={"file": Path(dev_path).name, **report.summary()},
    )
    return Trained(model, report, seconds, sum(len(reading.rows) for reading in readings), chosen)
