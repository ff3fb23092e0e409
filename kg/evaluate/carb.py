"""CaRB scoring: tuple matching, the precision-recall curve, best F1 and AUC.

Written from ``shared/docs/carb-metric.md``; every rule below cites the step it implements.
``match`` scores one gold tuple against one predicted tuple; ``score`` turns all pairs into a
precision-recall curve over the distinct prediction confidences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from kg.errors import OutputError
from kg.evaluate.tabbed import Extraction, read_gold, read_predictions

__all__ = [
    "CarbResult",
    "CurvePoint",
    "match",
    "score",
    "score_files",
    "write_curve",
]

_BE_FORMS = frozenset({"be", "is", "am", "are", "was", "were", "been", "being"})
_SAID_VERBS = ("said", "told", "added", "adds", "says")
_CURVE_HEADER = ("threshold", "precision", "recall", "f1")

Pair = tuple[float, float]  # (precision, recall)


class CurvePoint(NamedTuple):
    """The scores when only predictions with confidence >= ``threshold`` are kept."""

    threshold: float
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class CarbResult:
    """Precision, recall and F1 at the best-F1 threshold, the AUC, and the whole curve.

    Values are unrounded; ``summary()`` rounds them to three decimals as CaRB reports them.
    ``threshold`` is None when there were no predictions (then ``curve`` is empty).
    """

    precision: float
    recall: float
    f1: float
    auc: float
    threshold: float | None
    curve: tuple[CurvePoint, ...]

    def summary(self, digits: int = 3) -> dict[str, float]:
        """precision, recall, f1 and auc rounded to ``digits`` decimals."""
        return {
            "precision": round(self.precision, digits),
            "recall": round(self.recall, digits),
            "f1": round(self.f1, digits),
            "auc": round(self.auc, digits),
        }


# -- one gold tuple against one predicted tuple ------------------------------------------


def _binarise(args: Sequence[str]) -> tuple[str, ...]:
    """Step 1: keep arg1 and join arg2, arg3, ... with single spaces."""
    if len(args) >= 2:
        return (args[0], " ".join(args[1:]))
    return tuple(args)


def _overlap(gold: Counter[str], pred: Counter[str]) -> int:
    """Step 2: multiset matches between two bags of words."""
    return sum((gold & pred).values())


def _pair(gold_relation: str, gold_args: Sequence[str], pred_relation: str, pred_args: Sequence[str]) -> Pair:
    """Steps 2-6 on already binarised tuples."""
    gold_words = Counter(gold_relation.split())
    pred_words = Counter(pred_relation.split())
    matches = _overlap(gold_words, pred_words)
    # Step 3, the `be` rule: an unused predicted `be` matches any form of `be` in gold.
    if pred_words["be"] > gold_words["be"] and not _BE_FORMS.isdisjoint(gold_words):
        matches += 1
    if matches == 0:
        return (0.0, 0.0)
    # Step 4.
    precision_num = recall_num = matches
    precision_den = sum(pred_words.values())
    recall_den = sum(gold_words.values())
    # Step 5.
    for i, gold_arg in enumerate(gold_args):
        gold_arg_words = gold_arg.split()
        recall_den += len(gold_arg_words)
        if i >= len(pred_args):
            return (0.0, 0.0)
        pred_arg_words = pred_args[i].split()
        precision_den += len(pred_arg_words)
        arg_matches = _overlap(Counter(gold_arg_words), Counter(pred_arg_words))
        precision_num += arg_matches
        recall_num += arg_matches
    # Step 6.
    precision = precision_num / precision_den if precision_den else 0.0
    recall = recall_num / recall_den if recall_den else 0.0
    return (precision, recall)


def match(gold: Extraction, pred: Extraction) -> Pair:
    """The (precision, recall) pair of a predicted tuple against a gold tuple.

    For a "said" gold relation the pair is also computed with the predicted arguments
    swapped, and the larger pair (precision first, recall breaking ties) is kept.
    """
    gold_args = _binarise(gold.args)
    pred_args = _binarise(pred.args)
    straight = _pair(gold.relation, gold_args, pred.relation, pred_args)
    if len(pred_args) < 2 or not any(verb in gold.relation for verb in _SAID_VERBS):
        return straight
    swapped = _pair(gold.relation, gold_args, pred.relation, (pred_args[1], pred_args[0]))
    return max(straight, swapped)


# -- from pairs to the curve --------------------------------------------------------------


def _greedy_precision(matrix: Sequence[Sequence[Pair]], selected: Sequence[int]) -> float:
    """One-to-one greedy matching on precision; returns the sum of the matched precisions.

    Gold rows are scanned in order, selected predictions in order; only a strictly higher
    precision replaces the current best, which starts below 0.
    """
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    total = 0.0
    for _ in range(min(len(matrix), len(selected))):
        best, best_row, best_col = -1.0, -1, -1
        for i, row in enumerate(matrix):
            if i in used_rows:
                continue
            for j in selected:
                if j not in used_cols and row[j][0] > best:
                    best, best_row, best_col = row[j][0], i, j
        used_rows.add(best_row)
        used_cols.add(best_col)
        total += best
    return total


def _f1(precision: float, recall: float) -> float:
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _auc(points: Sequence[tuple[float, float]]) -> float:
    """Trapezoidal area under (recall, precision) points taken in the order given.

    The points run from the lowest threshold (highest recall) down to the (0, 1) anchor,
    so recall never increases along them and each trapezoid has width ``r0 - r1``.
    """
    area = 0.0
    for (r0, p0), (r1, p1) in zip(points, points[1:], strict=False):
        area += (r0 - r1) * (p0 + p1) / 2
    return area


def score(gold: Mapping[str, Sequence[Extraction]], predictions: Mapping[str, Sequence[Extraction]]) -> CarbResult:
    """Score predictions against gold, both keyed by ``sentence_key``.

    Predictions under a key that gold lacks are not matched against anything (their
    confidences still count as thresholds, as in the spec, which adds no area and no F1).
    """
    thresholds = sorted({p.confidence for preds in predictions.values() for p in preds})
    index = {confidence: k for k, confidence in enumerate(thresholds)}
    size = len(thresholds)
    p_num = [0.0] * size
    p_len = [0] * size
    r_num = [0.0] * size
    r_len = [0] * size

    for key, gold_rows in gold.items():
        preds = predictions.get(key, ())
        n = len(gold_rows)
        matrix = [[match(g, p) for p in preds] for g in gold_rows]
        prev = 0
        for confidence in sorted(p.confidence for p in preds):
            k = index[confidence]
            if k < prev:  # a repeated confidence: the range prev..k is empty
                continue
            selected = [j for j, p in enumerate(preds) if p.confidence >= confidence]
            recall_num = sum(max((row[j][1] for j in selected), default=0.0) for row in matrix)
            precision_num = _greedy_precision(matrix, selected)
            for t in range(prev, k + 1):
                p_num[t] += precision_num
                p_len[t] += len(selected)
                r_num[t] += recall_num
                r_len[t] += n
            prev = k + 1
        for t in range(prev, size):
            r_len[t] += n

    curve = []
    for t, threshold in enumerate(thresholds):
        precision = p_num[t] / p_len[t] if p_len[t] else 1.0
        recall = r_num[t] / r_len[t] if r_len[t] else 0.0
        curve.append(CurvePoint(threshold, precision, recall, _f1(precision, recall)))

    auc = _auc([(point.recall, point.precision) for point in curve] + [(0.0, 1.0)])
    if not curve:
        return CarbResult(precision=1.0, recall=0.0, f1=0.0, auc=auc, threshold=None, curve=())
    best = max(range(size), key=lambda t: (curve[t].f1, -t))  # first of equal F1s
    return CarbResult(
        precision=curve[best].precision,
        recall=curve[best].recall,
        f1=curve[best].f1,
        auc=auc,
        threshold=curve[best].threshold,
        curve=tuple(curve),
    )


def score_files(gold_path: str | Path, predictions_path: str | Path) -> CarbResult:
    """``score`` on a gold file and a tabbed predictions file."""
    return score(read_gold(gold_path), read_predictions(predictions_path))


def write_curve(path: str | Path, result: CarbResult) -> None:
    """Write the precision-recall curve as TSV: a header, then one row per threshold."""
    lines = ["\t".join(_CURVE_HEADER) + "\n"]
    lines.extend("\t".join(repr(value) for value in point) + "\n" for point in result.curve)
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(lines)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error})") from error
