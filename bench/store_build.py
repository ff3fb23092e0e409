"""Does building into a store scale with the corpus, and is adding one article cheap?

    .venv/bin/python bench/store_build.py [--copies N] [--limit N] [--jobs N] [--json FILE]

Uses the Wikinews corpus (../shared/data/wikinews/txt beside the repo, read in
place; copies go to a temporary folder and are deleted afterwards) and
``kg.pipeline.update_store``, the library call behind ``kg build --store``.
Three measurements, each in its own child process so each peak RSS is its own:

1. **single**: the corpus into a new store: words per second and peak memory.
2. **one more**: the same store, the same corpus plus one new article (the first
   article under a new id and a new title): seconds of the whole call (reading and
   hashing all articles, skipping the unchanged ones, parsing and writing the new
   one), beside the mean seconds per article of run 1 and the seconds of run 1
   itself (a rebuild).
3. **growth**: the corpus ``--copies`` times (default 10) under distinct ids into
   one new store: words per second and peak memory, as ratios to run 1. Targets:
   words per second within 10% of run 1, peak memory at most 1.2 times run 1.

The model is loaded before each clock starts.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"
SPEED_TOLERANCE = 0.10
MEMORY_LIMIT = 1.2


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_files(limit: int | None) -> list[Path]:
    files = sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md", ".html", ".jsonl"})
    return files[:limit] if limit else files


def copies_of(files: list[Path], copies: int, folder: Path) -> list[Path]:
    """The corpus ``copies`` times, each copy in its own folder with the file names
    suffixed, so every article gets its own id (and graph) in the store."""
    if copies == 1:
        return files
    for number in range(copies):
        target = folder / f"copy{number:02d}"
        target.mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, target / f"{path.stem}~{number:02d}{path.suffix}")
    return [folder / f"copy{number:02d}" for number in range(copies)]


def measure(files: list[Path], copies: int, jobs: int, one_more: bool) -> dict:
    from kg.nlp import DEFAULT_MODEL, load_model
    from kg.pipeline import update_store

    clock = time.perf_counter()
    load_model(DEFAULT_MODEL)
    load_seconds = time.perf_counter() - clock
    after_load = peak_mb()
    with tempfile.TemporaryDirectory(prefix="kg-store-build-") as folder:
        paths = copies_of(files, copies, Path(folder) / "corpus")
        store = Path(folder) / "store"
        clock = time.perf_counter()
        update = update_store(paths, store, jobs=jobs)
        seconds = time.perf_counter() - clock
        figures = {"copies": copies, "jobs": jobs, "articles": len(update.added), "skipped": len(update.skipped),
                   "words": update.words, "facts": update.facts, "seconds": seconds,
                   "words_per_second": update.words / seconds, "model_load_seconds": load_seconds,
                   "peak_mb_after_load": after_load, "peak_mb": peak_mb(),
                   "store_mb": sum(p.stat().st_size for p in store.rglob("*") if p.is_file()) / 2**20}
        if one_more:
            extra = Path(folder) / "extra"
            extra.mkdir()
            first = files[0].read_text(encoding="utf-8").split("\n", 1)
            new = extra / "one-more-article.txt"
            new.write_text("One more: " + first[0] + "\n" + (first[1] if len(first) > 1 else ""), encoding="utf-8")
            clock = time.perf_counter()
            again = update_store([*paths, new], store, jobs=jobs)
            figures["one_more"] = {"seconds": time.perf_counter() - clock, "added": len(again.added),
                                   "replaced": len(again.replaced), "unchanged": len(again.unchanged),
                                   "words": again.words}
    return figures


def run_child(copies: int, limit: int | None, jobs: int, one_more: bool) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--only", "--copies", str(copies), "--jobs", str(jobs)]
    if limit:
        command += ["--limit", str(limit)]
    if one_more:
        command.append("--one-more")
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"store_build: the measurement with {copies} copies failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(single: dict, grown: dict) -> str:
    speed = grown["words_per_second"] / single["words_per_second"]
    memory = grown["peak_mb"] / single["peak_mb"]
    more = single["one_more"]
    per_article = single["seconds"] / single["articles"]
    lines = [
        f"corpus: {CORPUS} ({single['articles']} articles, {single['words']:,} words); jobs {single['jobs']}; "
        f"model load excluded ({single['model_load_seconds']:.1f} s)",
        "",
        f"{'run':34} {'articles':>8} {'words/s':>8} {'seconds':>8} {'peak MB':>8} {'store MB':>9}",
        f"{'1. single corpus, new store':34} {single['articles']:8} {single['words_per_second']:8.0f} "
        f"{single['seconds']:8.1f} {single['peak_mb']:8.0f} {single['store_mb']:9.1f}",
        f"{'3. corpus x' + str(grown['copies']) + ', new store':34} {grown['articles']:8} {grown['words_per_second']:8.0f} "
        f"{grown['seconds']:8.1f} {grown['peak_mb']:8.0f} {grown['store_mb']:9.1f}",
        "",
        f"growth: words/s ratio {speed:.2f} (target >= {1 - SPEED_TOLERANCE:.2f}: "
        f"{'met' if speed >= 1 - SPEED_TOLERANCE else 'NOT met'}); peak memory ratio {memory:.2f} "
        f"(target <= {MEMORY_LIMIT:.1f}: {'met' if memory <= MEMORY_LIMIT else 'NOT met'})",
        f"2. one more article into the store of run 1: {more['seconds']:.2f} s for the whole call "
        f"({more['added']} added, {more['unchanged']} unchanged, {more['words']} words parsed); "
        f"run 1 spent {per_article:.2f} s per article and {single['seconds']:.1f} s in all",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=10, metavar="N", help="copies of the corpus in run 3 (10)")
    parser.add_argument("--limit", type=int, metavar="N", help="use only the first N articles (quick run)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="parse in N processes (1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--only", action="store_true", help="one measurement in this process, as JSON (internal)")
    parser.add_argument("--one-more", action="store_true", help="also add one article afterwards (internal)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"store_build: corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    files = corpus_files(args.limit)
    if args.only:
        print(json.dumps(measure(files, args.copies, args.jobs, args.one_more)))
        return 0
    print("1+2. single corpus, then one more article ...", file=sys.stderr, flush=True)
    single = run_child(1, args.limit, args.jobs, one_more=True)
    print(f"3. corpus x{args.copies} ...", file=sys.stderr, flush=True)
    grown = run_child(args.copies, args.limit, args.jobs, one_more=False)
    print(report(single, grown))
    if args.json:
        args.json.write_text(json.dumps({"single": single, "grown": grown}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
