"""Applying a trained relation model: a linear layer over pair features, in numpy.

The weights are plain data (``kg/data/relations/weights.json``): the feature strings, one
row of class weights per feature, a bias row and the probability a relation needs to be
stated. A pair's score for each class is its bias plus the rows of its features; only "none"
and the one relation its classes allow compete (:data:`kg.relations.features.ALLOWED`), and
the softmax of those two is the probability the claim carries; a relation is stated when that
probability reaches the relation's threshold (chosen in training, see :mod:`.train`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from .features import PREDICATES, Arg, Parsed, candidate_pairs, pair_features

FORMAT = "kg-relations/1"
WEIGHTS_FILE = "weights.json"


class RelationModel:
    """Class weights per feature string; :meth:`related` states the pairs it finds related.

    The file keeps, per feature, only its classes with a weight (most features are seen with
    one pair of classes only): ``{"btw=spokeswoman": {"worksFor": 1.93}}``."""

    def __init__(
        self, features: list[str], weights: np.ndarray, bias: np.ndarray, threshold: float | dict[str, float] = 0.5
    ) -> None:
        if weights.shape != (len(features), len(PREDICATES)) or bias.shape != (len(PREDICATES),):
            raise ValueError(
                f"relation weights: {weights.shape} for {len(features)} features and {len(PREDICATES)} classes"
            )
        self.index = {feature: row for row, feature in enumerate(features)}
        self.weights = weights
        self.bias = bias
        #: the probability each relation needs to be stated
        self.thresholds = {r: float(threshold[r] if isinstance(threshold, dict) else threshold) for r in PREDICATES[1:]}

    @classmethod
    def read(cls, path: Path) -> RelationModel:
        """The model written by :meth:`write` (or shipped in ``kg/data/relations/``)."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or tuple(data["classes"]) != PREDICATES:
            raise ValueError(f"{path}: not a {FORMAT} model for the classes {PREDICATES}")
        features = list(data["weights"])
        weights = np.zeros((len(features), len(PREDICATES)))
        for row, feature in enumerate(features):
            for column, weight in data["weights"][feature].items():
                weights[row, PREDICATES.index(column)] = weight
        return cls(features, weights, np.array(data["bias"], dtype=np.float64), data["thresholds"])

    def to_json(self, **about) -> str:
        """The model as JSON text: the same model gives the same bytes."""
        rows = {}
        for feature in sorted(self.index):
            row = self.weights[self.index[feature]]
            kept = {PREDICATES[c]: _number(row[c]) for c in np.flatnonzero(np.abs(row) >= 1e-6)}
            if kept:
                rows[feature] = kept
        data = {
            "format": FORMAT,
            "classes": list(PREDICATES),
            "thresholds": self.thresholds,
            **about,
            "bias": [_number(b) for b in self.bias],
            "weights": rows,
        }
        return json.dumps(data, indent=0, ensure_ascii=False) + "\n"

    def write(self, path: Path, **about) -> None:
        Path(path).write_text(self.to_json(**about), encoding="utf-8")

    def rows(self, features: list[str]) -> list[int]:
        """The weight rows of the features the model knows (unknown ones weigh nothing)."""
        index = self.index
        return [index[f] for f in features if f in index]

    def probability(self, rows: list[int], relation: str) -> float:
        """P(relation) against "none" for a pair with these feature rows."""
        column = PREDICATES.index(relation)
        margin = self.bias[column] - self.bias[0]
        if rows:
            margin += float(self.weights[rows, column].sum() - self.weights[rows, 0].sum())
        return 1.0 / (1.0 + math.exp(-margin))

    def scored(self, parsed: Parsed, args: list[Arg]) -> Iterator[tuple[Arg, Arg, str, float]]:
        """(subject, object, relation, probability) for every candidate pair of ``args``."""
        for head, tail, relation in candidate_pairs(args):
            yield head, tail, relation, self.probability(self.rows(pair_features(parsed, head, tail, args)), relation)

    def related(self, parsed: Parsed, args: list[Arg]) -> list[tuple[Arg, Arg, str, float]]:
        """The pairs of ``args`` (mentions in the ``parsed`` sentence) the model holds related.
        Of two names related both ways ("Denver" in "Colorado" and "Colorado" in "Denver"),
        only the likelier way is stated."""
        kept = {
            (head, tail): found
            for found in self.scored(parsed, args)
            if found[3] >= self.thresholds[found[2]]
            for head, tail in [found[:2]]
        }
        return [
            found
            for (head, tail), found in kept.items()
            if (tail, head) not in kept
            or kept[tail, head][3] < found[3]
            or kept[tail, head][3] == found[3]
            and head.start < tail.start
        ]


def _number(value: float) -> float:
    """Weights kept to six significant digits: smaller files, the same predictions."""
    return float(f"{value:.6g}")


def shipped_path() -> Path:
    return Path(str(resources.files("kg") / "data" / "relations" / WEIGHTS_FILE))


@cache
def shipped() -> RelationModel:
    """The model shipped with kg (read once per process)."""
    return RelationModel.read(shipped_path())
