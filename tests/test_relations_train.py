"""Training the relation model end to end, with the real parser, on a slice of CoNLL04:
twice with the same seed gives the same bytes."""

from __future__ import annotations

import json

import pytest

from conftest import SHARED

CONLL04 = SHARED / "data" / "conll04"
pytestmark = [pytest.mark.model, pytest.mark.skipif(not CONLL04.is_dir(), reason=f"CoNLL04 not found at {CONLL04}")]


def test_training_twice_gives_the_same_bytes(tmp_path):
    from kg.relations.train import Settings, train

    items = json.loads((CONLL04 / "conll04_train.json").read_text(encoding="utf-8"))
    (tmp_path / "train.json").write_text(json.dumps(items[:80]), encoding="utf-8")
    (tmp_path / "dev.json").write_text(json.dumps(items[80:110]), encoding="utf-8")
    settings = Settings(epochs=3)
    runs = [
        train(tmp_path / "train.json", tmp_path / "dev.json", tmp_path / name, settings=settings)
        for name in ("first", "second")
    ]
    first, second = ((tmp_path / name / "weights.json").read_bytes() for name in ("first", "second"))
    assert first == second
    assert runs[0].examples == runs[1].examples > 100
    assert json.loads(first)["dev"]["file"] == "dev.json"
