"""Draw facts of a build at random for a reader to judge, one TSV row each.

    python scripts/sample_facts.py OUT/facts.csv N SEED > sample.tsv

Columns: n, subject, predicate, object, modality, source, confidence, extractor, article,
sentence. The same file, N and SEED give the same rows (the README's judged samples).
"""

from __future__ import annotations

import csv
import random
import sys


def main(argv: list[str]) -> None:
    if len(argv) != 3:
        sys.exit(__doc__)
    path, count, seed = argv[0], int(argv[1]), int(argv[2])
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    picked = random.Random(seed).sample(rows, min(count, len(rows)))
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(
        ["n", "subject", "predicate", "object", "modality", "source", "confidence", "extractor", "article", "sentence"]
    )
    for number, row in enumerate(picked, 1):
        out.writerow(
            [
                number,
                row["subject_label"],
                row["predicate_label"],
                row["object_label"],
                row["modality"],
                row["attributed_to"],
                row["confidence"],
                row["extractor"],
                row["article"],
                " ".join(row["sentence"].split()),
            ]
        )


if __name__ == "__main__":
    main(sys.argv[1:])
