"""kg eval carb: the open-IE tuples kg writes out, and the command that scores them."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_extract import HUAWEI, PASSIVE, TRAIN, XI

from kg.extract.openie import doc_tuples

from conftest import ROOT, SHARED
from docs import make_doc

CARB = SHARED / "data" / "carb"
needs_carb = pytest.mark.skipif(not CARB.is_dir(), reason=f"CaRB data not found at {CARB}")


def tuples(parse) -> list[tuple[str, tuple[str, ...]]]:
    return [(t.relation, t.args) for t in doc_tuples(make_doc(parse))]


def test_relation_absorbs_the_first_preposition_when_there_is_no_object():
    assert tuples(XI) == [("called for", ("Chinese President Xi Jinping", "robust efforts", "on Monday"))]


def test_passive_keeps_its_auxiliary_and_agent():
    assert tuples(PASSIVE) == [("was launched by", ("The phone", "Huawei"))]


def test_coordinated_verbs_each_get_the_shared_object():
    assert tuples(TRAIN) == [("will train", ("Huawei", "talent")), ("attract", ("Huawei", "talent"))]


def test_apposition_gives_an_is_tuple():
    assert ("is", ("Huawei", "a telecom giant")) in tuples(HUAWEI)


def test_confidences_are_in_the_unit_interval():
    for parse in (XI, PASSIVE, TRAIN, HUAWEI):
        assert all(0 < t.confidence <= 1 for t in doc_tuples(make_doc(parse)))


def kg(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=600
    )


@needs_carb
def test_scoring_openie5_reproduces_the_reference_values(tmp_path):
    result = kg(
        "eval",
        "carb",
        "--gold",
        CARB / "dev_gold.tsv",
        "--predictions",
        CARB / "dev_openie5.tsv",
        "--out",
        tmp_path / "pr.tsv",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "precision 0.526 recall 0.406 f1 0.458 auc 0.240"
    assert (tmp_path / "pr.tsv").read_text().startswith("threshold\tprecision\trecall\tf1\n")


@needs_carb
def test_quality_gate_fails_below_the_threshold():
    result = kg(
        "eval", "carb", "--gold", CARB / "dev_gold.tsv", "--predictions", CARB / "dev_openie5.tsv", "--min-f1", "0.5"
    )
    assert result.returncode == 1 and "below the gate 0.500" in result.stderr


@needs_carb
@pytest.mark.model
def test_extractor_on_the_first_sentences_of_dev(tmp_path):
    sentences = (CARB / "dev.txt").read_text(encoding="utf-8").splitlines()[:40]
    gold_lines = [
        line
        for line in (CARB / "dev_gold.tsv").read_text(encoding="utf-8").splitlines()
        if line.split("\t", 1)[0] in set(sentences)
    ]
    (tmp_path / "dev.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
    (tmp_path / "gold.tsv").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    result = kg(
        "eval",
        "carb",
        "--sentences",
        tmp_path / "dev.txt",
        "--gold",
        tmp_path / "gold.tsv",
        "--dump",
        tmp_path / "dump.tsv",
    )
    assert result.returncode == 0, result.stderr
    f1 = float(result.stdout.split()[5])
    assert f1 >= 0.45, result.stdout
    assert "extraction adds" in result.stdout
    rows = [line.split("\t") for line in (tmp_path / "dump.tsv").read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(row) >= 4 and 0 < float(row[1]) <= 1 for row in rows)
