"""``kg eval carb``: run kg's open-IE layer over the CaRB sentences and score it.

Parsing and extraction are timed separately over the same parsed sentences, so the
extractor's cost is reported as a share of the parse it builds on.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..nlp import DEFAULT_MODEL, load_model
from .carb import CarbResult, score
from .tabbed import Extraction, read_gold, read_predictions, sentence_key, write_predictions


@dataclass(frozen=True, slots=True)
class CarbRun:
    result: CarbResult
    sentences: int
    parse_seconds: float | None = None  # raw nlp.pipe over the sentences
    extract_seconds: float | None = None  # kg's extraction over the parsed sentences

    @property
    def overhead(self) -> float | None:
        """Extraction time as a share of parse time (0.25 = extraction adds 25%)."""
        if not self.parse_seconds or self.extract_seconds is None:
            return None
        return self.extract_seconds / self.parse_seconds


def read_sentences(path: str | Path) -> list[str]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"cannot read sentences file {path}: {error.strerror or error}") from error
    return [line.strip() for line in lines if line.strip()]


def predict(sentences: list[str], model: str = DEFAULT_MODEL) -> tuple[list[tuple[str, Extraction]], float, float]:
    """kg's tuples for each sentence, with (parse seconds, extraction seconds)."""
    from ..extract.openie import doc_tuples

    nlp = load_model(model)
    list(nlp.pipe(sentences[:20]))  # warm up, so the first batch's set-up is not counted
    clock = time.perf_counter()
    docs = list(nlp.pipe(_parseable(s) for s in sentences))
    parse_seconds = time.perf_counter() - clock
    clock = time.perf_counter()
    rows = [
        (sentence, Extraction(t.relation, t.args, t.confidence))
        for sentence, doc in zip(sentences, docs, strict=True)
        for t in doc_tuples(doc)
    ]
    return rows, parse_seconds, time.perf_counter() - clock


def _parseable(sentence: str) -> str:
    """Undo the Penn-treebank bracket escapes so the parser sees ordinary text."""
    for escape, char in (
        ("-LRB-", "("),
        ("-RRB-", ")"),
        ("-LSB-", "["),
        ("-RSB-", "]"),
        ("-LCB-", "{"),
        ("-RCB-", "}"),
    ):
        sentence = sentence.replace(escape, char)
    return sentence


def run_carb(
    sentences_path: str | Path | None,
    gold_path: str | Path,
    *,
    model: str = DEFAULT_MODEL,
    predictions_path: str | Path | None = None,
    dump_path: str | Path | None = None,
) -> CarbRun:
    """Score kg's extractor (or an existing tabbed predictions file) against CaRB gold."""
    gold = read_gold(gold_path)
    if predictions_path is not None:
        return CarbRun(score(gold, read_predictions(predictions_path)), len(gold))
    if sentences_path is None:
        raise InputError("give --sentences to run kg's extractor, or --predictions to score a file")
    sentences = read_sentences(sentences_path)
    rows, parse_seconds, extract_seconds = predict(sentences, model)
    if dump_path is not None:
        write_predictions(dump_path, rows)
    predictions: dict[str, list[Extraction]] = {}
    for sentence, extraction in rows:
        predictions.setdefault(sentence_key(sentence), []).append(extraction)
    return CarbRun(score(gold, predictions), len(sentences), parse_seconds, extract_seconds)
