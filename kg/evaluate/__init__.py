"""Evaluation of extractions against benchmarks; for now CaRB (``carb-metric.md``).

from kg.evaluate import read_gold, read_predictions, score
result = score(read_gold("dev_gold.tsv"), read_predictions("dev_openie5.tsv"))
result.summary()  # {'precision': 0.526, 'recall': 0.406, 'f1': 0.458, 'auc': 0.24}
"""

from __future__ import annotations

from kg.evaluate.carb import CarbResult, CurvePoint, match, score, score_files, write_curve
from kg.evaluate.tabbed import (
    Extraction,
    read_gold,
    read_predictions,
    sentence_key,
    write_predictions,
)

__all__ = [
    "CarbResult",
    "CurvePoint",
    "Extraction",
    "match",
    "read_gold",
    "read_predictions",
    "score",
    "score_files",
    "sentence_key",
    "write_curve",
    "write_predictions",
]
