"""kg eval conll04: reading SpERT's JSON, kg's mentions in CoNLL04's terms, strict scoring,
and (with the model and ../shared) the shipped weights reaching the dev figures they record."""

from __future__ import annotations

import json

import pytest
from test_relations import SPOKESWOMAN_FOR

from kg.errors import InputError
from kg.evaluate.conll04 import Example, Scores, conll_spans, conll_type, read, score
from kg.model import Mention, Span

from conftest import SHARED
from docs import make_doc

CONLL04 = SHARED / "data" / "conll04"


def write(tmp_path, items) -> str:
    path = tmp_path / "sample.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    return str(path)


def test_read_gives_spans_types_and_relations_between_them(tmp_path):
    path = write(
        tmp_path,
        [
            {
                "tokens": ["Joy", "Tan", "of", "Huawei"],
                "orig_id": 1,
                "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 3, "end": 4}],
                "relations": [{"type": "Work_For", "head": 0, "tail": 1}],
            }
        ],
    )
    [example] = read(path)
    assert example.tokens == ("Joy", "Tan", "of", "Huawei")
    assert example.entities == ((0, 2, "Peop"), (3, 4, "Org"))
    assert example.relations == (((0, 2, "Peop"), (3, 4, "Org"), "Work_For"),)


def test_a_file_in_another_format_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="not a CoNLL04 file"):
        read(
            write(tmp_path, [{"tokens": ["a"], "entities": [], "relations": [{"type": "Kill", "head": 0, "tail": 1}]}])
        )


def test_scores_are_micro_over_types_and_per_type():
    scores = Scores()
    gold = {("a", "Kill"), ("b", "Kill"), ("c", "Live_In")}
    found = {("a", "Kill"), ("c", "Kill"), ("c", "Live_In"), ("d", "Live_In")}
    scores.add(gold, found, lambda r: r[1])
    assert scores.prf("Kill") == pytest.approx((0.5, 0.5, 0.5))
    assert scores.prf("Live_In") == pytest.approx((0.5, 1.0, 2 / 3))
    assert scores.prf() == pytest.approx((0.5, 2 / 3, 4 / 7))
    assert scores.types() == ["Kill", "Live_In"]


def mention(cls: str, text: str, label: str | None = None, kind: str = "name") -> Mention:
    return Mention(
        id=0, sentence=0, span=Span(0, len(text), text), kind=kind, cls=cls, label=label or text, head=text.lower()
    )


def test_kg_classes_become_conll04_types_in_the_adapter_only():
    assert conll_type(mention("Person", "Joy Tan")) == "Peop"
    assert conll_type(mention("Country", "China")) == "Loc"
    assert conll_type(mention("Place", "Shenzhen")) == "Loc"
    assert conll_type(mention("Organization", "Huawei")) == "Org"
    assert conll_type(mention("Law", "Patriot Act")) == "Other"
    assert conll_type(mention("TimeExpression", "13 Feb 94")) == "Other"
    assert conll_type(mention("TimeExpression", "Monday")) is None  # CoNLL04 marks no weekday
    assert conll_type(mention("Country", "Chinese", "China")) is None  # nor a country's adjective
    assert conll_type(mention("Person", "she", kind="pronoun")) is None


def test_a_courtesy_title_joins_the_name_as_conll04_writes_it():
    from spacy.tokens import Doc

    from docs import vocab

    doc = Doc(vocab(), words=["Ms.", "Carpenter", "and", "Sen.", "Kennedy", "met"])
    entities = {(1, 2, "Peop"), (4, 5, "Peop")}
    relations = {((1, 2, "Peop"), (4, 5, "Peop"), "Kill")}
    moved, related = conll_spans(doc, entities, relations)
    assert moved == {(0, 2, "Peop"), (4, 5, "Peop")}  # "Sen." stays out, as in CoNLL04
    assert related == {((0, 2, "Peop"), (4, 5, "Peop"), "Kill")}


def test_a_full_date_is_its_month_as_conll04_writes_it():
    from spacy.tokens import Doc

    from docs import vocab

    doc = Doc(vocab(), words=["Born", "Aug.", "6", ",", "1911", "and", "died", "June", "5", "."])
    moved, _ = conll_spans(doc, {(1, 5, "Other"), (7, 9, "Other"), (1, 5, "Loc")}, set())
    assert moved == {(1, 2, "Other"), (7, 9, "Other"), (1, 5, "Loc")}  # "June 5" stays whole


def test_in_city_state_ending_a_sentence_is_one_location_and_its_relations_the_wholes():
    from spacy.tokens import Doc

    from docs import vocab

    words = ["Smith", "of", "Acme", "was", "in", "Roanoke", ",", "Va", "and", "lives", "in", "Staunton", ",", "Va", "."]
    doc = Doc(vocab(), words=words)
    smith, acme, roanoke, va, staunton, va2 = (
        (0, 1, "Peop"),
        (2, 3, "Org"),
        (5, 6, "Loc"),
        (7, 8, "Loc"),
        (11, 12, "Loc"),
        (13, 14, "Loc"),
    )
    relations = {
        (smith, staunton, "Live_In"),
        (staunton, va2, "Located_In"),
        (acme, va2, "OrgBased_In"),
        (roanoke, va, "Located_In"),
    }
    moved, related = conll_spans(doc, {smith, acme, roanoke, va, staunton, va2}, relations)
    whole = (11, 14, "Loc")
    assert moved == {smith, acme, roanoke, va, whole}  # "in Roanoke , Va and": two places, as CoNLL04 writes
    assert related == {(smith, whole, "Live_In"), (acme, whole, "OrgBased_In"), (roanoke, va, "Located_In")}


def test_score_runs_kgs_mention_finder_and_relation_component():
    doc = make_doc(SPOKESWOMAN_FOR)
    gold = Example(
        tuple(SPOKESWOMAN_FOR.words), ((0, 2, "Peop"), (6, 7, "Org")), (((0, 2, "Peop"), (6, 7, "Org"), "Work_For"),)
    )
    report = score([gold], [doc])
    assert report.entities.prf() == (1.0, 1.0, 1.0)
    assert report.relations.prf() == (1.0, 1.0, 1.0) and report.gold_entities.f1 == 1.0
    wrong = Example(gold.tokens, gold.entities, (((0, 2, "Peop"), (6, 7, "Org"), "Kill"),))
    assert score([wrong], [doc]).relations.prf() == (0.0, 0.0, 0.0)
    assert "relations (strict)" in report.text() and report.summary()["relation_f1"] == 1.0


@pytest.mark.model
@pytest.mark.skipif(not CONLL04.is_dir(), reason=f"CoNLL04 not found at {CONLL04}")
def test_the_shipped_weights_reach_the_dev_figures_they_record():
    from kg.evaluate.conll04 import evaluate
    from kg.relations.model import shipped_path

    recorded = json.loads(shipped_path().read_text(encoding="utf-8"))["dev"]
    report = evaluate(CONLL04 / recorded["file"])
    assert report.sentences == 231
    for name, value in report.summary().items():
        assert value == pytest.approx(recorded[name], abs=0.005), name
