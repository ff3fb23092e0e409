"""Resolve the words of a time expression against the article's date.

"Monday" in an article dated Wednesday 2020-08-19 is 2020-08-17; "in March" is a month,
"this year" a year, "last week" an interval of seven days. :func:`resolve` turns the words
into a :class:`kg.model.TimeValue`: an ``xsd:date``, ``xsd:gYearMonth`` or ``xsd:gYear``
value where one XSD type names the time, and in every resolved case the first and last
day it covers. Words it cannot pin down ("recently", "soon", "at the time", "that day")
keep their text and get no date; so do relative words when the article has no date, while
absolute ones ("16 March 2019", "August 2020", "2019", "the 1990s") resolve without it.

The rules, as a reader of a news article takes them (``tense`` is that of the clause's
verb: ``"past"``, ``"future"``, or ``None``, read as past because news reports what
happened):

* a bare weekday or month, or a day of a month without a year ("Monday", "in March",
  "on 16 March", "March 16"), is the nearest one **not after** the article date, or with
  a future verb the nearest one **not before** it. So "Friday" in a Friday's article is
  that very day, and "on 30 December" in an article of 2021-01-02 is 2020-12-30. A weekday
  beside the day ("Tuesday, January 21") picks, of the nearest before and after, the one
  that falls on it.
* "last X" is the nearest X strictly before the article's day (weekday) or month (month
  name): "last Friday" on a Friday is the Friday a week before, "last December" in
  January 2021 is 2020-12. "next X" is the nearest X strictly after; "this X" is a bare X,
  except that "this March" is the March of the article's year.
* weeks run Monday to Sunday: "this week", "last week", "next week" are such intervals,
  and "N weeks ago" is the week that holds the day N weeks before.
* "last night" is the day before the article date; "tonight", "this morning" are its day.
* "early", "late", "mid", "earlier", "later" and "the end/start/middle of" only narrow a
  span, so they are dropped and the whole span is given ("late March" is March).
* decades ("the 1990s") are intervals: 1990-01-01 to 1999-12-31.

Only the standard library's :mod:`datetime` is used.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .model import TimeValue

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
NUMBERS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    )
} | {"a": 1, "an": 1}

#: words that only narrow the span they stand before, or introduce the expression
_NARROWING = re.compile(
    r"^(?:(?:on|in|at|during|over|throughout)\s+)?"
    r"(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?"
    r"(?:(?:early|earlier|late|later|mid)\s+)?"
)
_PART_OF_DAY = re.compile(r"\s+(?:morning|afternoon|evening|night)$")
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_DAY = r"(?P<day>\d{1,2})"
_YEAR = r"(?P<year>1[6-9]\d\d|2[01]\d\d)"
_OPTIONAL_WEEKDAY = "(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?"
#: a day and its month, either way round ("Monday 7 January", "the 7 of January", "January 7"),
#: as an absolute date and a relative one both begin
_DAY_THEN_MONTH = rf"{_OPTIONAL_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}"
_MONTH_THEN_DAY = rf"{_OPTIONAL_WEEKDAY}{_MONTH}\s+(?:the\s+)?{_DAY}"
#: which weekday or month of those around the article's date ("last Monday", "next March")
_WHICH = r"(?:(?P<which>last|next|this|past|coming)\s+)?"

# absolute expressions: they need no article date
_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})$")
_ISO_MONTH = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})$")
_DAY_MONTH_YEAR = re.compile(rf"^{_DAY_THEN_MONTH}\s+{_YEAR}$")
_MONTH_DAY_YEAR = re.compile(rf"^{_MONTH_THEN_DAY}\s+{_YEAR}$")
_MONTH_YEAR = re.compile(rf"^{_MONTH}\s+(?:of\s+)?{_YEAR}$")
_YEAR_ONLY = re.compile(rf"^(?:the\s+year\s+)?{_YEAR}$")
_DECADE = re.compile(r"^(?:the\s+)?(?P<decade>1[6-9]\d0|2[01]\d0)s$")

# relative expressions: resolved against the article date
_DAY_MONTH = re.compile(rf"^{_DAY_THEN_MONTH}$")
_MONTH_DAY = re.compile(rf"^{_MONTH_THEN_DAY}$")
_WEEKDAY_ALONE = re.compile(rf"^{_WHICH}{_WEEKDAY}$")
_MONTH_ALONE = re.compile(rf"^{_WHICH}{_MONTH}$")
_MONTH_OF_YEAR = re.compile(rf"^{_MONTH}\s+(?:of\s+)?(?P<which>last|next|this)\s+year$")
_UNIT = re.compile(r"^(?P<which>last|next|this|coming|the)\s+(?P<unit>week|weekend|month|year)$")
_AGO = re.compile(r"^(?P<count>\d+|" + "|".join(NUMBERS) + r")\s+(?P<unit>day|week|month|year)s?\s+ago$")
_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

_TENSES = (None, "past", "future")


def resolve(text: str, article_date: str | date | None = None, tense: str | None = None) -> TimeValue:
    """The time that ``text`` names, read in an article of ``article_date`` (ISO or a date).

    ``tense`` (``"past"``, ``"future"`` or ``None``) chooses between the last and the next
    "Monday" or "March"; see the module's rules. Never raises for odd words: what does not
    resolve comes back with its text only.
    """
    if tense not in _TENSES:
        raise ValueError(f"tense must be one of {_TENSES}, not {tense!r}")
    words = text.strip()
    phrase = normalise(words)
    found = _absolute(phrase)
    if found is None:
        today = article_day(article_date)
        found = _relative(phrase, today, tense == "future") if today is not None else None
    if found is None:
        return TimeValue(text=words)
    value, datatype, start, end = found
    return TimeValue(text=words, value=value, datatype=datatype, start=start.isoformat(), end=end.isoformat())


def day_bound(text: str, last: bool = False) -> str:
    """The first (or ``last``) ISO day of an absolute date, month, year or decade a user typed
    as a bound of a span ("2020-08", "August 2020", "2020" -> "2020-08-01", ...), "" for none.

    What a command gives events-in as FROM and TO, so that "August 2020" works as "2020-08"
    does; raises ValueError for words that name no fixed time ("last week").
    """
    if not text.strip():
        return ""
    value = resolve(text, None)
    if not value.resolved:
        raise ValueError(f"{text.strip()!r} is not a date, month or year (2020-08-17, 2020-08, August 2020, 2020)")
    return value.end if last else value.start


def normalise(text: str) -> str:
    """Lower case, no punctuation but hyphens of ISO dates, no ordinal suffixes or narrowing words."""
    phrase = text.lower().replace("\u2019", "'")
    phrase = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", phrase)
    phrase = re.sub(r"(?<=\d)'s\b|'(?=\d)", lambda m: "s" if m.group().endswith("s") else "", phrase)
    phrase = re.sub(r"\bmid-", "mid ", phrase)
    phrase = re.sub(r"\bthis past\b", "last", phrase)  # "this past August"
    phrase = re.sub(r"[^\w\s-]", " ", phrase)
    phrase = " ".join(phrase.split())
    previous = None
    while previous != phrase:  # "in late March", "at the end of last year"
        previous, phrase = phrase, _NARROWING.sub("", phrase, count=1)
    if phrase not in _DAYS:
        phrase = _PART_OF_DAY.sub("", phrase)  # "Monday morning" is Monday
    return phrase


def article_day(article_date: str | date | None) -> date | None:
    """The article's date as a ``date``, or ``None`` when it has none or it is not ISO."""
    if article_date is None or isinstance(article_date, date):
        return article_date
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", article_date.strip())
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


_AMOUNT = (
    r"(?:(?:about|around|approximately|nearly|almost|some|just|only|at\s+least|more\s+than|less\s+than|"
    r"under|over|up\s+to|the|these|those|many|several|a\s+few|a\s+couple\s+of|few|"
    r"first|last|past|next|\d+|" + "|".join(NUMBERS) + r")[\s-]+)*"
)
_DURATION = re.compile(
    r"^(?:" + _AMOUNT + r"(?:second|minute|hour|day|night|week|weekend|month|year|decade|century|"
    r"centuries)s?(?:\s+old)?|\d+)$"
)
_FREQUENCY = re.compile(r"\b(?:every|each|per|annually|daily|weekly|monthly|yearly|age|aged)\b")  # and ages


def is_duration(text: str) -> bool:
    """Whether ``text`` says how long or how often, not when ("three days", "each year", "25").

    Such words are DATE entities to spaCy but no time of a fact: "in three days", "for
    years", "aged 25", "at the age of 55". "Three days ago" and "last year" are times, not durations.
    """
    phrase = " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())
    if resolve(text, date(2000, 1, 1)).resolved:
        return False
    return bool(_DURATION.match(phrase) or _FREQUENCY.search(phrase))


_TIME_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | frozenset(_DAYS)
    | frozenset(
        {
            "day",
            "days",
            "week",
            "weeks",
            "weekend",
            "month",
            "months",
            "year",
            "years",
            "decade",
            "century",
            "morning",
            "afternoon",
            "evening",
            "night",
            "noon",
            "midnight",
            "today",
            "tonight",
            "yesterday",
            "tomorrow",
            "recently",
            "lately",
            "soon",
            "time",
            "ago",
            "now",
            "spring",
            "summer",
            "autumn",
            "fall",
            "winter",
            "christmas",
            "easter",
            "am",
            "pm",
            "hour",
            "hours",
        }
    )
)
_CLOCK_OR_YEAR = re.compile(r"\b(?:\d{1,2}:\d{2}|1[6-9]\d\d|2[01]\d\d)s?\b")


def has_time_word(text: str) -> bool:
    """Whether ``text`` has a word that speaks of time: what a DATE that no rule resolves needs
    to be kept as words ("the same day", "that night"), and "Category 5" lacks."""
    phrase = re.sub(r"[^\w\s:]", " ", text.lower().replace("a.m.", "am").replace("p.m.", "pm"))
    return bool(_CLOCK_OR_YEAR.search(phrase)) or any(word in _TIME_WORDS for word in phrase.split())


def is_time_expression(text: str) -> bool:
    """Whether the resolver reads ``text`` as a time, given some article date."""
    return resolve(text, date(2000, 1, 1)).resolved


# ------------------------------------------------------------------ absolute


def _absolute(phrase: str):
    for pattern in (_ISO_DATE, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        if match := pattern.match(phrase):
            return _day(_valid(int(match["year"]), _month(match["month"]), int(match["day"])))
    for pattern in (_ISO_MONTH, _MONTH_YEAR):
        if (match := pattern.match(phrase)) and 1 <= _month(match["month"]) <= 12:
            return _year_month(int(match["year"]), _month(match["month"]))
    if match := _YEAR_ONLY.match(phrase):
        return _year(int(match["year"]))
    if match := _DECADE.match(phrase):
        first = int(match["decade"])
        return None, None, date(first, 1, 1), date(first + 9, 12, 31)
    return None


def _month(word: str) -> int:
    return int(word) if word.isdigit() else MONTHS[word]


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day(day: date | None):
    return None if day is None else (day.isoformat(), "date", day, day)


def _year_month(year: int, month: int):
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}", "gYearMonth", date(year, month, 1), date(year, month, last)


def _year(year: int):
    return f"{year:04d}", "gYear", date(year, 1, 1), date(year, 12, 31)


# ------------------------------------------------------------------ relative


def _relative(phrase: str, today: date, future: bool):
    if phrase in _DAYS:
        return _day(today + timedelta(days=_DAYS[phrase]))
    if match := _WEEKDAY_ALONE.match(phrase):
        return _day(_weekday(today, WEEKDAYS[match["weekday"]], _direction(match["which"], future)))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        if match := pattern.match(phrase):
            weekday = _leading_weekday(phrase)
            return _day(_month_day(today, MONTHS[match["month"]], int(match["day"]), future, weekday))
    if match := _MONTH_OF_YEAR.match(phrase):  # "March of this year", "March last year"
        return _year_month(today.year + {"last": -1, "next": 1}.get(match["which"], 0), MONTHS[match["month"]])
    if match := _MONTH_ALONE.match(phrase):
        return _month_alone(today, MONTHS[match["month"]], match["which"], future)
    if match := _UNIT.match(phrase):
        return _unit(today, match["unit"], _direction(match["which"], future))
    if match := _AGO.match(phrase):
        count = NUMBERS.get(match["count"]) if not match["count"].isdigit() else int(match["count"])
        return _ago(today, match["unit"], count)
    return None


def _direction(which: str | None, future: bool) -> str:
    """'before' or 'after' (strictly), or 'on-or-before' / 'on-or-after' for a bare or 'this' X."""
    if which in ("last", "past"):
        return "before"
    if which in ("next", "coming"):
        return "after"
    return "on-or-after" if future else "on-or-before"


def _weekday(today: date, weekday: int, direction: str) -> date:
    back = (today.weekday() - weekday) % 7
    forward = (weekday - today.weekday()) % 7
    if direction == "before":
        return today - timedelta(days=back or 7)
    if direction == "after":
        return today + timedelta(days=forward or 7)
    if direction == "on-or-after":
        return today + timedelta(days=forward)
    return today - timedelta(days=back)


def _month_day(today: date, month: int, day: int, future: bool, weekday: int | None = None) -> date | None:
    """The nearest (month, day) not after today (not before, for a future verb); 29 Feb included.

    A weekday given with it ("Tuesday, January 21") settles the year where the tense does not:
    of the nearest one before and the nearest one after, the one that falls on that weekday.
    """
    before, after = _occurrence(today, month, day, -1), _occurrence(today, month, day, 1)
    if weekday is not None:
        fitting = [d for d in ((after, before) if future else (before, after)) if d and d.weekday() == weekday]
        if fitting:
            return fitting[0]
    return after if future else before


def _occurrence(today: date, month: int, day: int, step: int) -> date | None:
    """The nearest (month, day) on or before today (step -1) or on or after it (step 1)."""
    for offset in range(0, 9 * step, step):  # a 29 February is at most eight years away
        candidate = _valid(today.year + offset, month, day)
        if candidate is not None and (candidate >= today if step > 0 else candidate <= today):
            return candidate
    return None


def _leading_weekday(phrase: str) -> int | None:
    first = phrase.split()[0]
    return WEEKDAYS.get(first)


def _month_alone(today: date, month: int, which: str | None, future: bool):
    here = (today.year, today.month)
    if which == "this":
        return _year_month(today.year, month)
    direction = _direction(which, future)
    year = today.year
    if direction in ("before", "on-or-before"):
        if (year, month) > here or (direction == "before" and (year, month) == here):
            year -= 1
    elif (year, month) < here or (direction == "after" and (year, month) == here):
        year += 1
    return _year_month(year, month)


def _unit(today: date, unit: str, direction: str):
    shift = {"before": -1, "after": 1}.get(direction, 0)
    if unit == "week":
        monday = today - timedelta(days=today.weekday()) + timedelta(weeks=shift)
        return None, None, monday, monday + timedelta(days=6)
    if unit == "weekend":
        return _weekend(today, direction)
    if unit == "month":
        year, month = divmod(today.year * 12 + today.month - 1 + shift, 12)
        return _year_month(year, month + 1)
    return _year(today.year + shift)


def _weekend(today: date, direction: str):
    """A Saturday and Sunday: the last one begun by today, the next one not over, or strictly either side."""
    saturday = _weekday(today, 5, "on-or-before")
    if direction == "before" and saturday + timedelta(days=1) >= today:
        saturday -= timedelta(weeks=1)
    elif direction == "after":
        saturday = _weekday(today, 5, "after")
    elif direction == "on-or-after" and saturday + timedelta(days=1) < today:
        saturday += timedelta(weeks=1)
    return None, None, saturday, saturday + timedelta(days=1)


def _ago(today: date, unit: str, count: int | None):
    if count is None:
        return None
    if unit == "day":
        return _day(today - timedelta(days=count))
    if unit == "week":
        day = today - timedelta(weeks=count)
        monday = day - timedelta(days=day.weekday())
        return None, None, monday, monday + timedelta(days=6)
    if unit == "month":
        year, month = divmod(today.year * 12 + today.month - 1 - count, 12)
        return _year_month(year, month + 1)
    return _year(today.year - count)
