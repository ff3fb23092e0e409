"""CaRB scorer: the rules of carb-metric.md on hand-made tuples, then the reference values."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.evaluate
from kg.errors import InputError
from kg.evaluate import (
    CarbResult,
    CurvePoint,
    Extraction,
    match,
    read_gold,
    read_predictions,
    score,
    sentence_key,
    write_curve,
    write_predictions,
)

CARB_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "carb"


def ex(relation: str, *args: str, confidence: float = 1.0) -> Extraction:
    return Extraction(relation=relation, args=tuple(args), confidence=confidence)


def test_public_api_is_pinned():
    assert sorted(kg.evaluate.__all__) == [
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


# -- match: one gold tuple against one predicted tuple --------------------------------------


def test_match_counts_words_as_a_multiset():
    # relation 2/2; arg1 2/2; arg2: gold "the the hat" vs pred "the hat hat hat" -> 2 matches.
    # precision (2+2+2)/(2+2+4) = 6/8, recall (2+2+2)/(2+2+3) = 6/7
    gold = ex("is in", "the cat", "the the hat")
    pred = ex("is in", "the cat", "the hat hat hat")
    assert match(gold, pred) == (6 / 8, 6 / 7)


def test_match_is_case_sensitive():
    # relation 1/1, arg1 "Obama" vs "obama" 0/1 -> (1/2, 1/2)
    assert match(ex("born", "Obama"), ex("born", "obama")) == (0.5, 0.5)


def test_match_be_rule_pairs_predicted_be_with_a_gold_form_of_be():
    # "was born in" vs "be born in": born, in, plus `be` for `was` -> 3 relation matches.
    assert match(ex("was born in", "Obama", "Hawaii"), ex("be born in", "Obama", "Hawaii")) == (1.0, 1.0)
    # alone, the rule saves the relation from having no match at all
    assert match(ex("is", "X"), ex("be", "X")) == (1.0, 1.0)
    # a predicted `be` already matched by a gold `be` is not counted twice
    assert match(ex("be"), ex("be")) == (1.0, 1.0)
    # no gold form of `be`: no match
    assert match(ex("seems", "X"), ex("be", "X")) == (0.0, 0.0)


def test_match_is_zero_when_the_relation_has_no_match():
    assert match(ex("born in", "Obama", "Hawaii"), ex("died", "Obama", "Hawaii")) == (0.0, 0.0)


def test_match_is_zero_when_the_prediction_lacks_a_gold_argument():
    assert match(ex("born in", "Obama", "Hawaii"), ex("born in", "Obama")) == (0.0, 0.0)
    # an argument the gold lacks is not needed (and not counted)
    assert match(ex("born in", "Obama"), ex("born in", "Obama", "Hawaii")) == (1.0, 1.0)


def test_match_binarises_both_tuples():
    # gold (A, B, C) becomes (A, "B C"); so does the prediction's (A, B C)
    assert match(ex("gave", "Ann", "Bob", "a book"), ex("gave", "Ann", "Bob a book")) == (1.0, 1.0)
    # a third predicted argument joins the second one, it is not ignored: pred arg2 "x y" (2 words)
    # precision (1+1+1)/(1+1+2) = 3/4, recall 3/3
    assert match(ex("gave", "Ann", "x"), ex("gave", "Ann", "x", "y")) == (0.75, 1.0)


def test_match_swaps_arguments_of_said_relations():
    gold = ex("said", "the minister", "taxes will rise")
    pred = ex("said", "taxes will rise", "the minister")
    assert match(gold, pred) == (1.0, 1.0)
    # substring test on the gold relation
    assert match(ex("has told", "Ann", "Bob"), ex("has told", "Bob", "Ann")) == (1.0, 1.0)
    # no said-type verb: no swap. relation 1/1, both arguments 0 -> 1/(1+3+2) each
    assert match(ex("stated", "the minister", "taxes will rise"), ex("stated", "taxes will rise", "the minister")) == (
        1 / 6,
        1 / 6,
    )
    # a one-argument prediction cannot be swapped
    assert match(ex("said", "Ann", "yes"), ex("said", "yes")) == (0.0, 0.0)


# -- score: from pairs to the curve ----------------------------------------------------------


def test_score_matches_precision_greedily_one_to_one():
    gold = {"s": [ex("born in", "Obama", "Hawaii"), ex("born in", "Obama", "Honolulu")]}
    # p1 vs g1 (1, 1), vs g2 (3/4, 3/4); p2 vs g1 and g2 (1/4, 1/4) ("in" only)
    predictions = {
        "s": [ex("born in", "Obama", "Hawaii", confidence=0.5), ex("died in", "Michelle", "Chicago", confidence=0.5)]
    }
    result = score(gold, predictions)
    # greedy takes g1-p1 (1.0), then g2-p2 (0.25): precision 1.25/2; recall (1 + 3/4)/2
    assert result.curve == (CurvePoint(0.5, 0.625, 0.875, 2 * 0.625 * 0.875 / 1.5),)
    assert result.precision == 0.625
    assert result.recall == 0.875


def test_score_greedy_keeps_the_first_of_equal_precisions():
    # every pair scores 1/2 except g2-p2 (0). Strict ">" keeps g1-p1, leaving g2-p2:
    # precision (1/2 + 0)/2. Replacing on ties would pick g2-p1 then g1-p2: 1/2 + 1/2.
    gold = {"s": [ex("a b"), ex("a c")]}
    predictions = {"s": [ex("a x", confidence=0.5), ex("b y", confidence=0.5)]}
    result = score(gold, predictions)
    assert (result.precision, result.recall) == (0.25, 0.5)


def test_score_counts_repeated_confidences_once():
    gold = {"s": [ex("born in", "Obama", "Hawaii")], "t": [ex("wrote", "Tolstoy", "War and Peace")]}
    predictions = {
        "s": [ex("born in", "Obama", "Hawaii", confidence=0.5), ex("died in", "Michelle", "Chicago", confidence=0.5)],
        "t": [ex("wrote", "Tolstoy", "War and Peace", confidence=0.5)],
    }
    result = score(gold, predictions)
    # P = 1 + 1 over PL = 2 + 1; counting "s" twice would give 3/5
    assert result.curve == (CurvePoint(0.5, 2 / 3, 1.0, 0.8),)


def _two_threshold_case() -> tuple[dict, dict]:
    gold = {
        "s": [ex("born in", "Obama", "Hawaii")],
        "t": [ex("lives in", "Obama", "Chicago")],  # no predictions: adds to RL everywhere
        "u": [ex("wrote", "Tolstoy", "War and Peace")],  # predicted only at the low threshold
    }
    predictions = {
        "s": [ex("born in", "Obama", "Hawaii", confidence=0.9), ex("died in", "Michelle", "Chicago", confidence=0.4)],
        "u": [ex("wrote", "Tolstoy", "War and Peace", confidence=0.4)],
    }
    return gold, predictions


def test_score_gives_one_point_per_confidence_level():
    result = score(*_two_threshold_case())
    # t=0.4: P = 1 + 1, PL = 2 + 1, R = 1 + 0 + 1, RL = 3
    # t=0.9: P = 1, PL = 1, R = 1, RL = 3 (u and t add their gold tuple to RL only)
    assert result.curve == (
        CurvePoint(0.4, 2 / 3, 2 / 3, 2 / 3),
        CurvePoint(0.9, 1.0, 1 / 3, 0.5),
    )
    assert (result.threshold, result.precision, result.recall, result.f1) == (0.4, 2 / 3, 2 / 3, 2 / 3)


def test_score_auc_is_the_trapezoid_down_to_recall_zero_precision_one():
    result = score(*_two_threshold_case())
    # (2/3, 2/3) -> (1/3, 1) -> (0, 1): (1/3)(5/3)/2 + (1/3)(2)/2 = 5/18 + 6/18
    assert result.auc == pytest.approx(11 / 18, abs=1e-12)
    assert result.summary() == {"precision": 0.667, "recall": 0.667, "f1": 0.667, "auc": 0.611}


def test_score_ignores_predictions_of_unknown_sentences_but_keeps_their_confidence():
    gold, predictions = _two_threshold_case()
    predictions["elsewhere"] = [ex("born in", "Obama", "Hawaii", confidence=0.95)]
    result = score(gold, predictions)
    # the extra threshold selects nothing: PL = 0 gives precision 1, recall 0, and no area
    assert result.curve[-1] == CurvePoint(0.95, 1.0, 0.0, 0.0)
    assert result.curve[:2] == score(*_two_threshold_case()).curve
    assert result.auc == pytest.approx(11 / 18, abs=1e-12)
    assert result.f1 == 2 / 3


def test_score_without_predictions():
    result = score({"s": [ex("born in", "Obama", "Hawaii")]}, {})
    assert result == CarbResult(precision=1.0, recall=0.0, f1=0.0, auc=0.0, threshold=None, curve=())


def test_write_curve(tmp_path):
    path = tmp_path / "curve.tsv"
    write_curve(path, score(*_two_threshold_case()))
    assert path.read_text(encoding="utf-8").splitlines() == [
        "threshold\tprecision\trecall\tf1",
        f"0.4\t{2 / 3!r}\t{2 / 3!r}\t{2 / 3!r}",
        f"0.9\t1.0\t{1 / 3!r}\t0.5",
    ]


# -- the tabbed formats ----------------------------------------------------------------------


def test_sentence_key_normalisation():
    assert sentence_key("Bush ( -LRB- R ) said : `` yes '' .") == "BushRsaidyes"
    assert sentence_key("a -LSB- b -RSB- -LCB- c -RCB- d-e") == "abcde"
    assert sentence_key("U.S. $ 4.25") == sentence_key("US$425") == "US425"
    # only ASCII punctuation goes
    assert sentence_key("café — ok") == "café—ok"


def test_read_gold_strips_fields_and_drops_c_arguments(tmp_path):
    path = tmp_path / "gold.tsv"
    path.write_text(
        "He said : `` A B . ''\t said \t A \t C: he said\tB \n"
        "\n"
        "He  said : ``A B .''\tis\tA\t\n",  # same key; the trailing empty field vanishes
        encoding="utf-8",
    )
    assert read_gold(path) == {
        "HesaidAB": [ex("said", "A", "B"), ex("is", "A")],
    }


def test_read_predictions_drops_trailing_empty_fields_only(tmp_path):
    path = tmp_path / "pred.tsv"
    path.write_text(
        "S one .\t0.5\trel\tA\t\t\n\nS one .\t0.25\t rel \t\tB\n",
        encoding="utf-8",
    )
    assert read_predictions(path) == {
        "Sone": [ex("rel", "A", confidence=0.5), ex(" rel ", "", "B", confidence=0.25)],
    }


def test_read_predictions_rejects_a_bad_confidence(tmp_path):
    path = tmp_path / "pred.tsv"
    path.write_text("S .\thigh\trel\tA\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pred\.tsv:1: confidence 'high'"):
        read_predictions(path)


@pytest.mark.parametrize(
    ("reader", "line", "needs"),
    [
        (read_gold, "S .", "a gold line needs a sentence and a relation"),
        (read_predictions, "S .\t0.5", "a prediction line needs a sentence, a confidence and a relation"),
    ],
)
def test_a_line_short_of_fields_is_refused_by_its_number(tmp_path, reader, line, needs):
    path = tmp_path / "tuples.tsv"
    path.write_text("\n".join(["S .\t0.5\trel\tA", "", line]) + "\n", encoding="utf-8")  # blank lines count
    with pytest.raises(InputError, match=rf"tuples\.tsv:3: {needs}$"):
        reader(path)


def test_write_predictions_round_trip(tmp_path):
    path = tmp_path / "pred.tsv"
    rows = [
        ("Obama was born in Hawaii .", ex("was born in", "Obama", "Hawaii", confidence=0.1 + 0.2)),
        ("Obama was born in Hawaii .", ex("was born", "Obama", confidence=1.0)),
        ("It rained .", ex("rained", "It", "", confidence=0.5)),  # a trailing empty argument
    ]
    write_predictions(path, rows)
    assert path.read_text(encoding="utf-8").splitlines()[0] == (
        "Obama was born in Hawaii .\t0.30000000000000004\twas born in\tObama\tHawaii"
    )
    assert read_predictions(path) == {
        "ObamawasborninHawaii": [rows[0][1], rows[1][1]],
        "Itrained": [ex("rained", "It", confidence=0.5)],
    }


# -- the reference values ----------------------------------------------------------------------


@pytest.mark.skipif(not CARB_DATA.is_dir(), reason=f"CaRB data folder {CARB_DATA} is absent")
def test_reference_openie5_on_dev():
    result = score(read_gold(CARB_DATA / "dev_gold.tsv"), read_predictions(CARB_DATA / "dev_openie5.tsv"))
    assert result.summary() == {"precision": 0.526, "recall": 0.406, "f1": 0.458, "auc": 0.240}
    for got, want in [(result.precision, 0.526), (result.recall, 0.406), (result.f1, 0.458), (result.auc, 0.240)]:
        assert abs(got - want) <= 0.002
