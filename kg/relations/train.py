"""Training the relation model on CoNLL04, with numpy only: same data and seed, same bytes.

    train("conll04_train.json", "conll04_dev.json", "kg/data/relations/")

Every sentence is parsed by kg's pipeline and read by kg's mention finder, so the model
learns from the pairs it will be applied to: each ordered pair of kg's names whose classes
allow a relation (:func:`kg.relations.features.candidate_pairs`) is an example, labelled by
the gold relation between the gold entities that contain the two names' heads. The pairs of
the gold entities themselves are added as well (kg misses or cuts some names; their context
still teaches the model). The model is a logistic regression per relation over the pair
features: "none" against the one relation the classes allow, weights of "none" fixed at
zero, L2-regularised, fitted by Adam on shuffled mini-batches (``seed`` fixes the order).
The threshold a relation's probability must reach is the one that gives the best end-to-end
F1 in a cross-validation on the train split itself (:func:`choose_thresholds`): the dev
split chooses nothing, it is only reported.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..evaluate.conll04 import GOLD_CLASSES, RELATION_TYPES
from .features import PREDICATES, Arg, Parsed, candidate_pairs, pair_features
from .model import WEIGHTS_FILE, RelationModel

__all__ = ["Trained", "fit", "pair_examples", "train"]


@dataclass(frozen=True, slots=True)
class Settings:
    """The training settings (recorded in the weights file)."""

    epochs: int = 10
    batch: int = 64
    rate: float = 0.02
    l2: float = 1e-4
    min_count: int = 2
    folds: int = 5  # cross-validation folds of the train split that choose the thresholds


@dataclass(frozen=True, slots=True)
class Trained:
    """What a training run gives: the model, its dev report and how long it took."""

    model: RelationModel
    report: object  # kg.evaluate.conll04.Report on the dev file
    seconds: float
    examples: int


def _containing(entities, token: int):
    return [e for e in entities if e[0] <= token < e[1]]


def pair_examples(doc, example, sentences: list[tuple[Parsed, list[Arg]]]) -> list[tuple[list[str], str, int]]:
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
            rows.append((pair_features(parsed, head, tail), relation, int(bool(kinds))))
    return rows + _gold_rows(doc, example, gold)


def _gold_rows(doc, example, gold) -> list[tuple[list[str], str, int]]:
    """The rows of the pairs of gold entities (of one CoNLL04 sentence, whatever spaCy's split)."""
    from kg.evaluate.conll04 import gold_arg

    args, spans = [], {}
    for start, end, kind in example.entities:
        if kind in GOLD_CLASSES:
            arg = gold_arg(doc, start, end, kind)
            args.append(arg)
            spans[arg] = (start, end, kind)
    parsed = Parsed(doc[:])
    return [
        (
            pair_features(parsed, head, tail),
            relation,
            int(gold.get((spans[head], spans[tail])) == RELATION_TYPES[relation]),
        )
        for head, tail, relation in candidate_pairs(args)
    ]


def fit(rows: list[tuple[list[str], str, int]], settings: Settings = Settings(), seed: int = 0) -> RelationModel:
    """A model fitted to (features, relation, label) rows (every threshold 0.5)."""
    counts = Counter(f for features, _, _ in rows for f in set(features))
    vocabulary = sorted(f for f, n in counts.items() if n >= settings.min_count)
    index = {f: i for i, f in enumerate(vocabulary)}
    width = len(PREDICATES)
    encoded = [
        (
            np.array(sorted({index[f] for f in features if f in index}), dtype=np.int64),
            PREDICATES.index(relation),
            label,
        )
        for features, relation, label in rows
    ]
    weights = np.zeros((len(vocabulary), width))
    bias = np.zeros(width)
    moments = [np.zeros_like(weights), np.zeros_like(weights), np.zeros_like(bias), np.zeros_like(bias)]
    rng = np.random.default_rng(seed)
    step = 0
    for _ in range(settings.epochs):
        order = rng.permutation(len(encoded))
        for begin in range(0, len(order), settings.batch):
            batch = [encoded[i] for i in order[begin : begin + settings.batch]]
            grad_w, grad_b = _gradient(batch, weights, bias)
            grad_w += settings.l2 * weights * len(batch)
            step += 1
            _adam(weights, grad_w / len(batch), moments[0], moments[1], step, settings.rate)
            _adam(bias, grad_b / len(batch), moments[2], moments[3], step, settings.rate)
            weights[:, 0] = 0.0
            bias[0] = 0.0
    return RelationModel(vocabulary, weights, bias)


def _gradient(batch, weights: np.ndarray, bias: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The log-loss gradient of one batch: each row's margin is its relation's column."""
    grad_w = np.zeros_like(weights)
    grad_b = np.zeros_like(bias)
    for rows, column, label in batch:
        margin = bias[column] + weights[rows, column].sum()
        error = 1.0 / (1.0 + np.exp(-margin)) - label
        grad_w[rows, column] += error
        grad_b[column] += error
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


def training_rows(examples, docs) -> list[list[tuple[list[str], str, int]]]:
    """The rows of every sentence (a list per sentence), kg's mentions found as a build finds them."""
    from kg.evaluate.conll04 import kg_read

    rows = []
    for example, doc in zip(examples, docs, strict=True):
        recorder = _Recorder()
        kg_read(doc, recorder)
        rows.append(pair_examples(doc, example, recorder.sentences))
    return rows


THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(17))  # 0.1 ... 0.9


def choose_thresholds(examples, docs, rows, settings: Settings, seed: int) -> dict[str, float]:
    """The threshold of :data:`THRESHOLDS` with the best strict end-to-end micro F1 over
    ``settings.folds`` folds of the train split, each scored by a model fitted on the other
    folds (ties go to the higher threshold: fewer, surer claims). One threshold for every
    relation: chosen per relation, they follow the noise of a few dozen pairs each."""
    from kg.evaluate.conll04 import conll_spans, kg_read, predicted

    found: list[tuple[str, float, bool]] = []  # (relation, probability, right)
    gold: Counter = Counter()
    for fold in range(settings.folds):
        model = fit(
            [r for i, sentence in enumerate(rows) if i % settings.folds != fold for r in sentence], settings, seed
        )
        model.thresholds = dict.fromkeys(model.thresholds, 0.0)
        for i in range(fold, len(examples), settings.folds):
            example, doc = examples[i], docs[i]
            gold.update(kind for _, _, kind in example.relations)
            mentions, claims = kg_read(doc, model)
            for claim in claims:
                _, stated = conll_spans(doc, *predicted(doc, mentions, [claim]))
                for relation in stated:
                    found.append((claim.predicate, claim.confidence, relation in example.relations))
    total = sum(gold[kind] for kind in RELATION_TYPES.values())

    def f1(threshold: float) -> float:
        kept = [right for _, p, right in found if p >= threshold]
        return 2 * sum(kept) / (len(kept) + total) if kept or total else 0.0

    best = max(reversed(THRESHOLDS), key=f1)
    chosen = dict.fromkeys(RELATION_TYPES, best)
    return chosen


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
    examples = read(train_path)
    docs = list(parse(nlp, examples))
    rows = training_rows(examples, docs)
    thresholds = choose_thresholds(examples, docs, rows, settings, seed)
    model = fit([r for sentence in rows for r in sentence], settings, seed)
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
        settings={k: getattr(settings, k) for k in Settings.__slots__},
        dev={"file": Path(dev_path).name, **report.summary()},
    )
    return Trained(model, report, seconds, sum(len(sentence) for sentence in rows))
