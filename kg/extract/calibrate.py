"""Measure each extraction rule's precision on CaRB dev, per rule and modality.

    python -m kg.extract.calibrate --sentences ../shared/data/carb/dev.txt \\
        --gold ../shared/data/carb/dev_gold.tsv [--out kg/data/rules_precision.tsv]

Each CaRB sentence is read as a one-sentence article; every claim the rules make is written
as a tuple (relation label; subject span, object span or literal) and scored against the
sentence's gold tuples with CaRB's own matcher (:func:`kg.evaluate.carb.match`). A claim
counts as right when some gold tuple covers it with token precision of at least
:data:`RIGHT_AT`. CaRB's gold is open-IE tuples, not entity facts, so this is a proxy
that is strict with rules CaRB does not annotate (titles, nationalities): a rule is
given its measured precision only where it made enough claims (``calibration min-claims``
in ``rules.tsv``, see :func:`kg.extract.rules.confidence`); the others keep their prior.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

RIGHT_AT = 0.5


def measure(
    sentences: list[str], gold_path: str | Path, model: str | None = None
) -> dict[tuple[str, str], tuple[int, int]]:
    """(extractor, modality) -> (claims right, claims made) on the CaRB sentences."""
    from ..evaluate.carb import match
    from ..evaluate.run import _parseable
    from ..evaluate.tabbed import Extraction, read_gold, sentence_key
    from ..model import Article
    from ..nlp import DEFAULT_MODEL, ParsedArticle, load_model
    from . import extract

    gold = read_gold(gold_path)
    nlp = load_model(model or DEFAULT_MODEL)
    right: Counter[tuple[str, str]] = Counter()
    made: Counter[tuple[str, str]] = Counter()
    for sentence, doc in zip(sentences, nlp.pipe(_parseable(s) for s in sentences), strict=True):
        extraction = extract(ParsedArticle(Article("carb", "", doc.text, "carb"), [(0, doc)]))
        spans = {m.id: m.span.text for m in extraction.mentions}
        # claims name relations by lemma ("call for"): compare them with the gold's in lemmas too
        lemma = {t.text.lower(): t.lemma_.lower() for t in doc}
        tuples = [
            Extraction(" ".join(lemma.get(w.lower(), w.lower()) for w in g.relation.split()), g.args)
            for g in gold.get(sentence_key(sentence), [])
        ]
        for claim in extraction.claims:
            obj = spans[claim.obj] if claim.obj is not None else claim.literal
            relation = " ".join(lemma.get(w, w) for w in claim.label.lower().split())  # "is a" -> "be a"
            predicted = Extraction(relation, (spans[claim.subject], obj or ""))
            key = (claim.extractor, claim.modality)
            made[key] += 1
            if any(match(g, predicted)[0] >= RIGHT_AT for g in tuples):
                right[key] += 1
    return {key: (right[key], made[key]) for key in sorted(made)}


def write(counts: dict[tuple[str, str], tuple[int, int]], path: str | Path, command: str) -> None:
    lines = [
        "# Precision of each extraction rule on CaRB dev, per modality (kg/extract/calibrate.py).",
        f"# Recompute: {command}",
        "# extractor\tmodality\tright\tclaims\tprecision",
    ]
    for (extractor, modality), (right, made) in counts.items():
        lines.append(f"{extractor}\t{modality}\t{right}\t{made}\t{right / made:.3f}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.extract.calibrate", description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", required=True, help="CaRB sentences, one a line")
    parser.add_argument("--gold", required=True, help="CaRB gold tuples (tab-separated)")
    parser.add_argument("--out", help="write the table here (kg/data/rules_precision.tsv) instead of printing it")
    args = parser.parse_args(argv)
    from ..evaluate.run import read_sentences

    counts = measure(read_sentences(args.sentences), args.gold)
    command = f"python -m kg.extract.calibrate --sentences {args.sentences} --gold {args.gold} --out {args.out}"
    if args.out:
        write(counts, args.out, command)
    for (extractor, modality), (right, made) in counts.items():
        print(f"{extractor:18} {modality:12} {right:4}/{made:<4} {right / made:.3f}")


if __name__ == "__main__":
    main()
