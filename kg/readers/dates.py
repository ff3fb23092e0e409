"""Recognise the date formats news pages print and turn them into ISO ``YYYY-MM-DD``.

Only whole strings are recognised, so that an ordinary sentence is never taken for a
date line.
"""

from __future__ import annotations

import re
from datetime import datetime

_ISO = re.compile(
    r"(\d{4}-\d{2}-\d{2})"  # the date, then an optional time and zone, ignored
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y")
_LONGEST_DATE = 40  # "Wednesday, September 25th, 2019" and its kin fit comfortably


def to_iso(value: str) -> str | None:
    """Return ``value`` as ``YYYY-MM-DD`` if the whole string is a date, else ``None``.

    Accepts "Friday, January 4, 2019", "January 4, 2019", "Jan. 4th 2019",
    "4 January 2019", "2019-01-04" and ISO date-times such as "2019-01-04T10:00:00Z".
    """
    text = value.strip()
    if not text or len(text) > _LONGEST_DATE:
        return None
    iso = _ISO.fullmatch(text)
    if iso:
        text = iso.group(1)
    text = _WEEKDAY.sub("", text)
    text = _ORDINAL.sub("", text)
    text = " ".join(text.replace(",", " ").replace(".", " ").split())
    text = re.sub(r"\bSept\b", "Sep", text, flags=re.IGNORECASE)
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None
