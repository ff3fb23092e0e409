"""Where the quotation marks of a text open and close: plain text, no parse.

    quote_regions(text) -> ((start, end), ...)

Both the modality of a clause (a part of a sentence inside quotation marks is someone's
words) and the speakers of quoted sentences (:mod:`.quotes`) read these regions.
"""

from __future__ import annotations

from functools import lru_cache

_OPEN = {"“": "”", "«": "»", "„": "“"}
_STRAIGHT = '"'


@lru_cache(maxsize=16)  # asked once a clause; a paragraph's clauses share one answer
def quote_regions(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character ranges between matching quotation marks; one left open runs to the end."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    closer = None
    for i, char in enumerate(text):
        if start is None:
            if char in _OPEN:
                start, closer = i + 1, _OPEN[char]
            elif char == _STRAIGHT:
                start, closer = i + 1, _STRAIGHT
        elif char == closer:
            regions.append((start, i))
            start = None
    if start is not None:
        regions.append((start, len(text)))
    return tuple(regions)
