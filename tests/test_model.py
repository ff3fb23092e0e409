"""kg.model: the records are frozen, hashable, and the qualifier fields default to nothing."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from kg.model import Claim, Fact, Span, TimeValue


def fact(**changes) -> Fact:
    base = Fact(
        subject="Person/xi-jinping",
        predicate="said",
        predicate_label="said",
        obj=None,
        literal="China will open up",
        article="a1",
        sentence=Span(0, 30, "Xi said China will open up."),
        confidence=0.8,
        extractor="said-that",
    )
    return dataclasses.replace(base, **changes)


def test_facts_and_claims_without_qualifiers_have_no_time_or_place():
    assert fact().time is None and fact().place is None
    claim = Claim(
        subject=0,
        predicate="said",
        label="said",
        obj=None,
        literal="x",
        sentence=0,
        confidence=0.5,
        extractor="said-that",
    )
    assert claim.time is None and claim.place is None


def test_a_fact_with_qualifiers_is_hashable_comparable_and_pickles():
    monday = TimeValue("on Monday", "2020-08-17", "date", "2020-08-17", "2020-08-17")
    timed = fact(time=monday, place="Place/beijing")
    assert timed != fact()
    assert timed == fact(
        time=TimeValue("on Monday", "2020-08-17", "date", "2020-08-17", "2020-08-17"), place="Place/beijing"
    )
    assert len({timed, fact(), timed}) == 2
    assert pickle.loads(pickle.dumps(timed)) == timed


def test_time_value_is_frozen_and_knows_whether_it_resolved():
    words_only = TimeValue("recently")
    assert not words_only.resolved
    assert TimeValue("last week", None, None, "2020-08-10", "2020-08-16").resolved
    with pytest.raises(dataclasses.FrozenInstanceError):
        words_only.text = "soon"  # type: ignore[misc]
