"""Reading and writing the tabbed CaRB formats, and the sentence keys that join them.

Gold:        ``sentence TAB relation TAB arg1 TAB arg2 ...``
Predictions: ``sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...``

Both readers return ``{sentence_key: [Extraction, ...]}`` in file order. Lines are stripped
before they are split on TAB, so trailing empty fields vanish; blank lines are skipped.
See ``shared/docs/carb-metric.md`` for the behaviour this mirrors.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, OutputError

__all__ = [
    "Extraction",
    "read_gold",
    "read_predictions",
    "sentence_key",
    "write_predictions",
]

_PTB_ESCAPES = {
    "-LRB-": "(",
    "-RRB-": ")",
    "-LSB-": "[",
    "-RSB-": "]",
    "-LCB-": "{",
    "-RCB-": "}",
}
_DROP_PUNCTUATION = str.maketrans("", "", string.punctuation)
_GOLD_ARG_DROP_MARK = "C: "


@dataclass(frozen=True, slots=True)
class Extraction:
    """One relational tuple: a relation phrase and its arguments, in order.

    Gold tuples carry confidence 1.0; predicted tuples carry the extractor's confidence.
    """

    relation: str
    args: tuple[str, ...]
    confidence: float = 1.0


def sentence_key(sentence: str) -> str:
    """The key that groups gold and predicted tuples of one sentence.

    Spaces removed, Penn-treebank bracket escapes undone, then ASCII punctuation removed:
    ``"Bush ( -LRB- R ) said ."`` -> ``"BushRsaid"``.
    """
    key = sentence.replace(" ", "")
    for escape, bracket in _PTB_ESCAPES.items():
        key = key.replace(escape, bracket)
    return key.translate(_DROP_PUNCTUATION)


def _open_lines(path: str | Path) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({error})") from error


def _rows(path: str | Path, least: int, needs: str) -> Iterator[tuple[int, list[str]]]:
    """Each line of the file at ``path`` that is not blank, with its number: stripped, then split
    on TAB. A line of fewer than ``least`` fields is an :class:`InputError` that says what a
    line ``needs``, as both formats check it."""
    for number, line in enumerate(_open_lines(path), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        fields = stripped.split("\t")
        if len(fields) < least:
            raise InputError(f"{path}:{number}: {needs}")
        yield number, fields


def read_gold(path: str | Path) -> dict[str, list[Extraction]]:
    """Gold tuples by sentence key.

    Relation and arguments are stripped; an argument containing ``"C: "`` is dropped.
    """
    gold: dict[str, list[Extraction]] = {}
    for _, (sentence, relation, *args) in _rows(path, 2, "a gold line needs a sentence and a relation"):
        extraction = Extraction(
            relation=relation.strip(),
            args=tuple(arg.strip() for arg in args if _GOLD_ARG_DROP_MARK not in arg),
            confidence=1.0,
        )
        gold.setdefault(sentence_key(sentence), []).append(extraction)
    return gold


def read_predictions(path: str | Path) -> dict[str, list[Extraction]]:
    """Predicted tuples by sentence key, each with its confidence; fields kept as written."""
    predictions: dict[str, list[Extraction]] = {}
    needs = "a prediction line needs a sentence, a confidence and a relation"
    for number, (sentence, confidence, relation, *args) in _rows(path, 3, needs):
        try:
            value = float(confidence)
        except ValueError as error:
            raise InputError(f"{path}:{number}: confidence {confidence!r} is not a number") from error
        extraction = Extraction(relation=relation, args=tuple(args), confidence=value)
        predictions.setdefault(sentence_key(sentence), []).append(extraction)
    return predictions


def _check_field(text: str, what: str) -> str:
    if "\t" in text or "\n" in text or "\r" in text:
        raise OutputError(f"{what} {text!r} contains a tab or a line break; it cannot be written tabbed")
    return text


def write_predictions(path: str | Path, rows: Iterable[tuple[str, Extraction]]) -> None:
    """Write ``sentence TAB confidence TAB relation TAB arg1 TAB arg2 ...``, one tuple a line.

    Confidences are written with ``repr`` so that they read back exactly. Trailing empty
    arguments do not survive a round trip: the reader strips the line before splitting.
    """
    lines = []
    for sentence, extraction in rows:
        fields = [
            _check_field(sentence, "sentence"),
            repr(float(extraction.confidence)),
            _check_field(extraction.relation, "relation"),
            *(_check_field(arg, "argument") for arg in extraction.args),
        ]
        lines.append("\t".join(fields) + "\n")
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            out.writelines(lines)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written ({error})") from error
