"""kg.timex: time words resolved against the article date, on a table of expressions and dates."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import TimeValue
from kg.timex import article_day, day_bound, has_time_word, is_duration, is_time_expression, normalise, resolve

WEDNESDAY = "2020-08-19"  # a Wednesday
NEW_YEAR = "2021-01-02"  # a Saturday, two days into the year
FRIDAY = "2021-01-08"
MONDAY = "2021-01-04"


def day(text: str, iso: str) -> TimeValue:
    return TimeValue(text, iso, "date", iso, iso)


def month(text: str, value: str, first: str, last: str) -> TimeValue:
    return TimeValue(text, value, "gYearMonth", first, last)


def year(text: str, value: str) -> TimeValue:
    return TimeValue(text, value, "gYear", f"{value}-01-01", f"{value}-12-31")


def interval(text: str, first: str, last: str) -> TimeValue:
    return TimeValue(text, None, None, first, last)


# (words, article date, tense of the verb, what they resolve to)
TABLE = [
    ("Monday", WEDNESDAY, None, day("Monday", "2020-08-17")),
    ("on Monday", WEDNESDAY, "past", day("on Monday", "2020-08-17")),
    ("last Monday", WEDNESDAY, None, day("last Monday", "2020-08-17")),
    ("Monday morning", WEDNESDAY, None, day("Monday morning", "2020-08-17")),
    ("Monday", WEDNESDAY, "future", day("Monday", "2020-08-24")),
    ("next Monday", WEDNESDAY, None, day("next Monday", "2020-08-24")),
    ("Wednesday", WEDNESDAY, None, day("Wednesday", WEDNESDAY)),
    ("yesterday", WEDNESDAY, None, day("yesterday", "2020-08-18")),
    ("today", WEDNESDAY, None, day("today", WEDNESDAY)),
    ("tomorrow", WEDNESDAY, "future", day("tomorrow", "2020-08-20")),
    ("last night", WEDNESDAY, None, day("last night", "2020-08-18")),
    ("two days ago", WEDNESDAY, None, day("two days ago", "2020-08-17")),
    ("last week", WEDNESDAY, None, interval("last week", "2020-08-10", "2020-08-16")),
    ("this week", WEDNESDAY, None, interval("this week", "2020-08-17", "2020-08-23")),
    ("earlier this week", WEDNESDAY, None, interval("earlier this week", "2020-08-17", "2020-08-23")),
    ("next month", WEDNESDAY, "future", month("next month", "2020-09", "2020-09-01", "2020-09-30")),
    ("last month", WEDNESDAY, None, month("last month", "2020-07", "2020-07-01", "2020-07-31")),
    ("on 16 March", WEDNESDAY, None, day("on 16 March", "2020-03-16")),
    ("March 16", WEDNESDAY, None, day("March 16", "2020-03-16")),
    ("March 16th", WEDNESDAY, None, day("March 16th", "2020-03-16")),
    ("the 16th of March", WEDNESDAY, None, day("the 16th of March", "2020-03-16")),
    ("on 16 March", WEDNESDAY, "future", day("on 16 March", "2021-03-16")),
    ("in March", WEDNESDAY, None, month("in March", "2020-03", "2020-03-01", "2020-03-31")),
    ("in late March", WEDNESDAY, None, month("in late March", "2020-03", "2020-03-01", "2020-03-31")),
    ("in March", WEDNESDAY, "future", month("in March", "2021-03", "2021-03-01", "2021-03-31")),
    ("in September", WEDNESDAY, "past", month("in September", "2019-09", "2019-09-01", "2019-09-30")),
    ("in September", WEDNESDAY, "future", month("in September", "2020-09", "2020-09-01", "2020-09-30")),
    ("in August", WEDNESDAY, None, month("in August", "2020-08", "2020-08-01", "2020-08-31")),
    ("last August", WEDNESDAY, None, month("last August", "2019-08", "2019-08-01", "2019-08-31")),
    ("This past July", WEDNESDAY, None, month("This past July", "2020-07", "2020-07-01", "2020-07-31")),
    ("this March", WEDNESDAY, None, month("this March", "2020-03", "2020-03-01", "2020-03-31")),
    ("this year", WEDNESDAY, None, year("this year", "2020")),
    ("last year", WEDNESDAY, None, year("last year", "2019")),
    ("2019", WEDNESDAY, None, year("2019", "2019")),
    ("in the 1990s", WEDNESDAY, None, interval("in the 1990s", "1990-01-01", "1999-12-31")),
    ("the 1990's", WEDNESDAY, None, interval("the 1990's", "1990-01-01", "1999-12-31")),
    ("August 2020", WEDNESDAY, None, month("August 2020", "2020-08", "2020-08-01", "2020-08-31")),
    ("Friday, August 14, 2020", WEDNESDAY, None, day("Friday, August 14, 2020", "2020-08-14")),
    ("2020-08-14", WEDNESDAY, None, day("2020-08-14", "2020-08-14")),
    ("mid-Feb. 2020", WEDNESDAY, None, month("mid-Feb. 2020", "2020-02", "2020-02-01", "2020-02-29")),
    # year boundaries: an article two days into 2021
    ("last December", NEW_YEAR, None, month("last December", "2020-12", "2020-12-01", "2020-12-31")),
    ("in December", NEW_YEAR, None, month("in December", "2020-12", "2020-12-01", "2020-12-31")),
    ("on 30 December", NEW_YEAR, None, day("on 30 December", "2020-12-30")),
    ("December 30", NEW_YEAR, "past", day("December 30", "2020-12-30")),
    ("yesterday", NEW_YEAR, None, day("yesterday", "2021-01-01")),
    ("last month", NEW_YEAR, None, month("last month", "2020-12", "2020-12-01", "2020-12-31")),
    ("last year", NEW_YEAR, None, year("last year", "2020")),
    ("last week", NEW_YEAR, None, interval("last week", "2020-12-21", "2020-12-27")),
    ("this week", NEW_YEAR, None, interval("this week", "2020-12-28", "2021-01-03")),
    ("three weeks ago", NEW_YEAR, None, interval("three weeks ago", "2020-12-07", "2020-12-13")),
    # a Friday's article: "last Friday" is a week before, a bare "Friday" the day itself
    ("last Friday", FRIDAY, None, day("last Friday", "2021-01-01")),
    ("Friday", FRIDAY, None, day("Friday", FRIDAY)),
    ("Friday", FRIDAY, "future", day("Friday", FRIDAY)),
    ("next Friday", FRIDAY, None, day("next Friday", "2021-01-15")),
    # weekends, from a Monday
    ("the weekend", MONDAY, None, interval("the weekend", "2021-01-02", "2021-01-03")),
    ("last weekend", MONDAY, None, interval("last weekend", "2021-01-02", "2021-01-03")),
    ("next weekend", MONDAY, "future", interval("next weekend", "2021-01-09", "2021-01-10")),
    # a weekday beside the day settles the year: 2020-01-21 is a Tuesday, 2019-01-21 a Monday
    ("Tuesday, January 21", "2020-01-15", None, day("Tuesday, January 21", "2020-01-21")),
    ("Monday, January 21", "2020-01-15", "future", day("Monday, January 21", "2019-01-21")),  # outweighs tense
    ("Friday, January 21", "2020-01-15", "future", day("Friday, January 21", "2020-01-21")),  # none fits
    ("January 21", "2020-01-15", None, day("January 21", "2019-01-21")),
    ("March of this year", "2019-09-17", None, month("March of this year", "2019-03", "2019-03-01", "2019-03-31")),
    ("March last year", "2019-09-17", None, month("March last year", "2018-03", "2018-03-01", "2018-03-31")),
    # a 29 February is found in the last leap year
    ("on 29 February", "2021-03-01", None, day("on 29 February", "2020-02-29")),
]


@pytest.mark.parametrize(
    ("words", "article", "tense", "expected"), TABLE, ids=[f"{w}@{a}{'/' + t if t else ''}" for w, a, t, _ in TABLE]
)
def test_resolve_table(words, article, tense, expected):
    assert resolve(words, article, tense) == expected


@pytest.mark.parametrize(
    "words",
    [
        "recently",
        "soon",
        "at the time",
        "that day",
        "the same day",
        "the past week",
        "the '90s",
        "by March",
        "31 April",
        "a few days",
    ],
)
def test_words_that_do_not_resolve_keep_their_text_and_no_date(words):
    value = resolve(words, WEDNESDAY)
    assert value == TimeValue(words)
    assert not value.resolved


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Monday", TimeValue("Monday")),
        ("yesterday", TimeValue("yesterday")),
        ("in March", TimeValue("in March")),
        ("last year", TimeValue("last year")),
        ("16 March 2019", day("16 March 2019", "2019-03-16")),
        ("March 16, 2019", day("March 16, 2019", "2019-03-16")),
        ("August 2020", month("August 2020", "2020-08", "2020-08-01", "2020-08-31")),
        ("2019", year("2019", "2019")),
        ("the 1990s", interval("the 1990s", "1990-01-01", "1999-12-31")),
    ],
)
def test_without_an_article_date_only_absolute_expressions_resolve(words, expected):
    assert resolve(words, None) == expected
    assert resolve(words, "4 January") == expected  # a date that is not ISO counts as none


def test_the_article_date_may_be_a_date_or_an_iso_timestamp():
    assert resolve("yesterday", date(2020, 8, 19)).value == "2020-08-18"
    assert resolve("yesterday", "2020-08-19T09:30:00+08:00").value == "2020-08-18"
    assert article_day("2020-02-30") is None
    assert article_day(" 2020-02-03 ") == date(2020, 2, 3)


def test_the_text_is_kept_as_written_but_trimmed():
    assert resolve("  Last  Monday ", WEDNESDAY).text == "Last  Monday"
    assert normalise("In late  March,") == "march"
    assert normalise("at the end of last year") == "last year"


def test_is_time_expression():
    assert is_time_expression("Monday") and is_time_expression("last week")
    assert is_time_expression("the 1990s")
    assert not is_time_expression("recently") and not is_time_expression("the Beijing office")


@pytest.mark.parametrize(
    "words",
    [
        "three days",
        "about 40 days",
        "every 40 days",
        "each year",
        "a few days",
        "the years",
        "more than a year",
        "the first two hours",
        "25",
        "the age of 55",
        "the past six years",
    ],
)
def test_durations_frequencies_and_ages_say_no_when(words):
    assert is_duration(words)


@pytest.mark.parametrize(
    "words", ["Monday", "last year", "two days ago", "2019", "recently", "the same day", "the 1990s"]
)
def test_times_are_no_durations(words):
    assert not is_duration(words)


def test_words_kept_unresolved_must_speak_of_time():
    assert all(has_time_word(w) for w in ["the same day", "that night", "about 5:17 p.m.", "the 1990s", "Christmas"])
    assert not any(has_time_word(w) for w in ["Category 5", "the first", "25"])


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("2020-08", "2020-08-01", "2020-08-31"),
        ("August 2020", "2020-08-01", "2020-08-31"),
        ("2020", "2020-01-01", "2020-12-31"),
        ("2020-02-03", "2020-02-03", "2020-02-03"),
        ("the 1990s", "1990-01-01", "1999-12-31"),
        ("", "", ""),
        ("  ", "", ""),
    ],
)
def test_day_bound_of_a_span_a_user_types(words, first, last):
    assert (day_bound(words), day_bound(words, last=True)) == (first, last)


def test_a_bound_that_names_no_fixed_time_is_an_error():
    with pytest.raises(ValueError, match=r"^'last week' is not a date, month or year"):
        day_bound(" last week ")


def test_an_unknown_tense_is_an_error():
    with pytest.raises(ValueError, match="tense"):
        resolve("Monday", WEDNESDAY, "perfect")
