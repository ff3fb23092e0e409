"""Does extraction stay linear in the text when an article is one enormous line?

    .venv/bin/python bench/long_article.py [--megabytes 2] [--json FILE]

Joins the Wikinews bodies (../shared/data/wikinews/txt beside the repo) into one
article of about ``--megabytes`` MB, twice: once as a single line, once with its
paragraphs, and builds each with ``kg.pipeline.build`` (no files written) in a
child process of its own, reporting seconds, words per second and peak memory.
A single line used to grow faster than its length (spaCy's ``Doc.ents`` looked up
once per sentence over one Doc): kg now cuts paragraphs longer than
``kg.nlp.MAX_PARAGRAPH_CHARS`` at sentence ends, so both shapes should cost about
the same. The ratio single/paragraphs is the figure to quote.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"


def make_article(folder: Path, megabytes: float, single_line: bool) -> Path:
    """One article file of about ``megabytes`` MB from the corpus bodies (read there, written to a temp folder)."""
    from kg.pipeline import read_articles

    articles, _ = read_articles([CORPUS])
    paragraphs: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for article in articles:
            for paragraph in article.text.split("\n\n"):
                paragraphs.append(" ".join(paragraph.split()))
                size += len(paragraphs[-1]) + 2
            if size >= megabytes * 1_000_000:
                break
    body = (" " if single_line else "\n\n").join(paragraphs)
    path = folder / ("single-line.txt" if single_line else "paragraphs.txt")
    path.write_text(f"A very long article\n\n{body}\n", encoding="utf-8")
    return path


def measure(path: Path) -> dict:
    """Build one file in this process (the child's job): seconds, words, peak memory."""
    from kg.nlp import load_model
    from kg.pipeline import build

    load_model()
    clock = time.perf_counter()
    result = build([path], out=None, view=False)
    seconds = time.perf_counter() - clock
    return {"file": path.name, "seconds": round(seconds, 2), "words": result.words,
            "words_per_second": round(result.words / seconds), "facts": result.facts,
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.0, help="size of the article (default 2 MB)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--only", type=Path, help=argparse.SUPPRESS)  # a child's one measurement
    args = parser.parse_args()
    if args.only is not None:
        print(json.dumps(measure(args.only)))
        return
    if not CORPUS.is_dir():
        sys.exit(f"bench: no corpus at {CORPUS}")
    with tempfile.TemporaryDirectory() as folder:
        runs = []
        for single in (False, True):
            path = make_article(Path(folder), args.megabytes, single)
            child = subprocess.run([sys.executable, __file__, "--only", str(path)], capture_output=True, text=True,
                                   check=True)
            runs.append(json.loads(child.stdout))
            print(json.dumps(runs[-1]))
    paragraphs, single = runs
    summary = {"runs": runs, "ratio_single_to_paragraphs": round(single["seconds"] / paragraphs["seconds"], 2)}
    print(f"single line / paragraphs: {summary['ratio_single_to_paragraphs']:.2f} in time, "
          f"{single['peak_mb']} / {paragraphs['peak_mb']} MB peak")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
