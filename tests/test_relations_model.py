"""The relation model as data: applying it is the logistic of one relation against "none",
its file reads back to the same predictions, and fitting is reproducible to the byte."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

from kg.relations.features import PREDICATES
from kg.relations.model import RelationModel, shipped, shipped_path
from kg.relations.train import Settings, fit


def small_model() -> RelationModel:
    weights = np.zeros((2, len(PREDICATES)))
    weights[0, PREDICATES.index("worksFor")] = 1.5
    weights[1, PREDICATES.index("worksFor")] = -0.25
    weights[1, PREDICATES.index("killed")] = 2.0
    bias = np.array([0.0, -1.0, 0.0, 0.0, 0.0, -3.0])
    return RelationModel(["btw=spokeswoman", "lca=say"], weights, bias, threshold=0.4)


def test_probability_is_the_logistic_of_the_relations_score_against_none():
    model = small_model()
    rows = model.rows(["btw=spokeswoman", "lca=say", "unknown=feature"])
    assert rows == [0, 1]
    assert model.probability(rows, "worksFor") == pytest.approx(1 / (1 + math.exp(-(-1.0 + 1.5 - 0.25))))
    assert model.probability(rows, "killed") == pytest.approx(1 / (1 + math.exp(-(-3.0 + 2.0))))
    assert model.probability([], "worksFor") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_the_file_reads_back_to_the_same_model(tmp_path):
    model = small_model()
    model.write(tmp_path / "weights.json", seed=0)
    again = RelationModel.read(tmp_path / "weights.json")
    assert again.thresholds == dict.fromkeys(PREDICATES[1:], 0.4) and again.index == model.index
    assert np.array_equal(again.weights, model.weights) and np.array_equal(again.bias, model.bias)
    assert again.to_json(seed=0) == model.to_json(seed=0)
    data = json.loads((tmp_path / "weights.json").read_text())
    assert data["weights"]["btw=spokeswoman"] == {"worksFor": 1.5}  # only the classes with a weight


def test_a_file_of_other_classes_is_refused(tmp_path):
    data = json.loads(small_model().to_json())
    data["classes"] = ["none", "worksFor"]
    (tmp_path / "weights.json").write_text(json.dumps(data))
    with pytest.raises(ValueError, match="not a kg-relations/1 model"):
        RelationModel.read(tmp_path / "weights.json")


ROWS = (
    [(["cue=work", "w=a"], "worksFor", 1)] * 20
    + [(["cue=none", "w=a"], "worksFor", 0)] * 20
    + [(["cue=kill"], "killed", 1)] * 5
    + [(["cue=none"], "killed", 0)] * 15
)


def test_fitting_learns_which_features_mean_a_relation():
    model = fit(ROWS, Settings(epochs=20, batch=8, rate=0.1))
    related = model.probability(model.rows(["cue=work", "w=a"]), "worksFor")
    unrelated = model.probability(model.rows(["cue=none", "w=a"]), "worksFor")
    assert related > 0.9 and unrelated < 0.1
    assert model.probability(model.rows(["cue=kill"]), "killed") > 0.5
    assert np.all(model.weights[:, 0] == 0) and model.bias[0] == 0  # "none" is the reference class


def test_fitting_twice_gives_the_same_bytes_and_the_seed_matters():
    settings = Settings(epochs=3, batch=7, rate=0.1)
    first, second = fit(ROWS, settings, seed=3).to_json(), fit(ROWS, settings, seed=3).to_json()
    assert first == second
    assert fit(ROWS, settings, seed=4).to_json() != first  # another order of the batches


def test_features_seen_once_are_left_out():
    model = fit(ROWS + [(["rare=word"], "killed", 1)], Settings(epochs=1))
    assert "rare=word" not in model.index and "cue=kill" in model.index


def test_the_shipped_weights_are_a_model_of_the_six_classes():
    data = json.loads(shipped_path().read_text(encoding="utf-8"))
    assert data["classes"] == list(PREDICATES) and data["trained_on"] == "conll04_train.json"
    model = shipped()
    assert len(model.index) > 1000 and all(0 < t < 1 for t in model.thresholds.values())


def _reference_gradient(rows, index, weights, bias, positive_weight):
    """The weighted log-loss gradient row by row, as written down (the vectorised one must agree)."""
    grad_w, grad_b = np.zeros_like(weights), np.zeros_like(bias)
    for features, relation, label in rows:
        columns = sorted({index[f] for f in features if f in index})
        column = PREDICATES.index(relation)
        margin = bias[column] + sum(weights[c, column] for c in columns)
        error = (1 / (1 + math.exp(-margin)) - label) * (positive_weight if label else 1.0)
        for c in columns:
            grad_w[c, column] += error
        grad_b[column] += error
    return grad_w, grad_b


def test_the_vectorised_gradient_is_the_row_by_row_one():
    from kg.relations.train import _encode, _gradient

    rows = ROWS[::3] + [(["cue=work", "cue=work", "unknown"], "worksFor", 1), ([], "killed", 0)]
    index = {"cue=kill": 0, "cue=none": 1, "cue=work": 2, "w=a": 3}
    rng = np.random.default_rng(1)
    weights, bias = rng.normal(size=(4, len(PREDICATES))), rng.normal(size=len(PREDICATES))
    data = _encode(rows, index, positive_weight=2.5)
    batch = np.array([5, 0, len(rows) - 1, len(rows) - 2, 3])
    grad_w, grad_b = _gradient(data, batch, weights, bias)
    want_w, want_b = _reference_gradient([rows[i] for i in batch], index, weights, bias, 2.5)
    assert np.allclose(grad_w, want_w) and np.allclose(grad_b, want_b)


def test_weighting_related_pairs_up_raises_their_probability():
    unsure = [(["w=a"], "worksFor", 1)] * 10 + [(["w=a"], "worksFor", 0)] * 30
    settings = Settings(epochs=30, batch=8, rate=0.1)
    plain = fit(unsure, settings).probability([0], "worksFor")
    weighted = fit(unsure, replace(settings, positive_weight=3.0)).probability([0], "worksFor")
    assert plain == pytest.approx(0.25, abs=0.05) and weighted == pytest.approx(0.5, abs=0.05)


def test_each_relation_gets_the_threshold_that_gives_the_best_f1():
    from kg.relations.train import choose_thresholds

    gold = {(0, "a"), (1, "b"), (2, "c"), (3, "k")}
    found = [
        (0, "worksFor", 0.95, "a"),
        (1, "worksFor", 0.8, "b"),
        (9, "worksFor", 0.6, "x"),  # one wrong claim is worth the right one under it
        (2, "worksFor", 0.5, "c"),
        (3, "killed", 0.4, "k"),  # killed: every claim right, the lowest threshold keeps them
        (8, "killed", 0.2, "y"),  # under the component's floor: never stated
    ]
    thresholds, f1 = choose_thresholds(found, gold)
    assert thresholds["worksFor"] == 0.5 and thresholds["killed"] == 0.4
    assert f1 == pytest.approx(2 * 4 / (5 + 4))
