"""How close does ``kg build`` come to spaCy's own parsing speed?

    .venv/bin/python bench/build_speed.py [--jobs N] [--limit N] [--repeat N] [--json FILE]

Builds the Wikinews corpus (../shared/data/wikinews/txt beside the repo) and
compares two figures measured in the same run, as a ratio, because absolute
timings on a shared machine are noise:

* raw: ``nlp.pipe`` over the article bodies exactly as kg reads them
  (``kg.pipeline.read_articles``), one whole body per text, with
  ``n_process=N`` for ``--jobs N``;
* kg: ``kg.pipeline.build`` end to end, every output file and the HTML view
  written to a temporary folder, as ``kg build --jobs N`` does.

With ``--jobs N`` above 1 both sides parse in N worker processes; peak memory is
then reported for the parent and for the largest worker (``RUSAGE_CHILDREN``).

Each measurement runs in its own child process (``--only raw`` / ``--only kg``,
printing one JSON object), so each peak RSS is its own; raw and kg runs
alternate and the median of each is reported. The model is loaded before the
clock starts on both sides.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"
TARGET_RATIO = 0.85


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def worker_peak_mb() -> float:
    """Peak resident set size of the largest finished child process (parse workers), in MB."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def corpus_paths(limit: int | None) -> list[Path]:
    """The corpus folder, or the source files of its first ``limit`` articles (kg's reading order)."""
    if limit is None:
        return [CORPUS]
    from kg.pipeline import read_articles

    articles, _ = read_articles([CORPUS])
    return list(dict.fromkeys(Path(a.source_path) for a in articles[:limit]))


def measure_raw(paths: list[Path], unit: str = "body", jobs: int = 1) -> dict:
    """``nlp.pipe`` over whole article bodies (or kg's own paragraph parse, ``unit="paragraph"``);
    reading is done before the clock starts."""
    from kg.nlp import DEFAULT_MODEL, load_model, parse
    from kg.pipeline import read_articles

    clock = time.perf_counter()
    nlp = load_model(DEFAULT_MODEL)
    load_seconds = time.perf_counter() - clock
    articles, _ = read_articles(paths)
    texts = [a.text for a in articles]
    words = sum(len(text.split()) for text in texts)
    after_load = peak_mb()

    clock = time.perf_counter()
    tokens = 0
    if unit == "body":
        for doc in nlp.pipe(texts, n_process=jobs):
            tokens += len(doc)
    else:
        for parsed in parse(nlp, articles, jobs=jobs):
            tokens += sum(len(doc) for _, doc in parsed.docs)
    seconds = time.perf_counter() - clock
    return {"side": "raw", "unit": unit, "batch_size": nlp.batch_size, "articles": len(texts), "words": words, "tokens": tokens, "seconds": seconds,
            "words_per_second": words / seconds, "model_load_seconds": load_seconds,
            "peak_mb_after_load": after_load, "peak_mb": peak_mb(), "worker_peak_mb": worker_peak_mb(),
            "jobs": jobs}


def measure_kg(paths: list[Path], jobs: int = 1) -> dict:
    """``kg.pipeline.build`` end to end (read, parse, extract, RDF, every file and the view)."""
    from kg.nlp import DEFAULT_MODEL, load_model
    from kg.pipeline import build
    from kg.view import render_view_bytes

    clock = time.perf_counter()
    # build() calls load_model(model) with the name positionally; functools.cache keys on the
    # call's arguments, so load_model() would be a different entry and load the model a second time
    load_model(DEFAULT_MODEL)
    load_seconds = time.perf_counter() - clock
    read_words = _words_read(paths)  # off the clock, for the same word count as the raw side
    after_load = peak_mb()

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as out:
        clock = time.perf_counter()
        result = build(paths, out=out, view=True, jobs=jobs)
        seconds = time.perf_counter() - clock
        files = sorted(path.name for path in result.files)
    peak, workers = peak_mb(), worker_peak_mb()  # before the view is rendered a second time below
    stage_seconds = dict(result.seconds)
    if "view" not in stage_seconds:
        # build() renders the view inside "write"; time it once more, off the clock, to split it out
        clock = time.perf_counter()
        render_view_bytes(result.data.quads)
        stage_seconds["write: of which view"] = time.perf_counter() - clock
    words = sum(g.article.words for g in result.graphs)
    return {"side": "kg", "articles": len(result.graphs), "skipped": len(result.skipped),
            "skipped_reasons": [f"{Path(x.source).name}: {x.reason}" for x in result.skipped], "words": read_words,
            "words_in_graphs": words, "seconds": seconds, "words_per_second": read_words / seconds,
            "stage_seconds": stage_seconds, "files": files, "model_load_seconds": load_seconds,
            "peak_mb_after_load": after_load, "peak_mb": peak, "worker_peak_mb": workers, "jobs": jobs}


def _words_read(paths: list[Path]) -> int:
    """Words of every article read (the same count as the raw side, extraction failures included)."""
    from kg.pipeline import read_articles

    articles, _ = read_articles(paths)
    return sum(a.words for a in articles)


def run_child(side: str, limit: int | None, raw_unit: str, jobs: int = 1) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--only", side, "--raw-unit", raw_unit,
               "--jobs", str(jobs)]
    if limit is not None:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"build_speed: the {side} measurement failed (exit {done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarize(raws: list[dict], kgs: list[dict]) -> dict:
    raw_wps = statistics.median(r["words_per_second"] for r in raws)
    kg_wps = statistics.median(k["words_per_second"] for k in kgs)
    stage_names = list(dict.fromkeys(name for k in kgs for name in k["stage_seconds"]))
    stages = {name: statistics.median(k["stage_seconds"].get(name, 0.0) for k in kgs) for name in stage_names}
    return {
        "corpus": str(CORPUS), "articles": kgs[0]["articles"], "skipped": kgs[0]["skipped"],
        "skipped_reasons": kgs[0]["skipped_reasons"],
        "words": raws[0]["words"], "repeat": len(raws), "raw_unit": raws[0]["unit"],
        "raw_batch_size": raws[0]["batch_size"], "jobs": raws[0]["jobs"],
        "raw": {"words_per_second": raw_wps, "seconds": statistics.median(r["seconds"] for r in raws),
                "peak_mb": max(r["peak_mb"] for r in raws), "peak_mb_after_load": raws[0]["peak_mb_after_load"],
                "worker_peak_mb": max(r["worker_peak_mb"] for r in raws),
                "model_load_seconds": statistics.median(r["model_load_seconds"] for r in raws)},
        "kg": {"words_per_second": kg_wps, "seconds": statistics.median(k["seconds"] for k in kgs),
               "stage_seconds": stages, "files": kgs[0]["files"],
               "peak_mb": max(k["peak_mb"] for k in kgs), "peak_mb_after_load": kgs[0]["peak_mb_after_load"],
               "worker_peak_mb": max(k["worker_peak_mb"] for k in kgs),
               "model_load_seconds": statistics.median(k["model_load_seconds"] for k in kgs)},
        "ratio": kg_wps / raw_wps,
        "pair_ratios": [k["words_per_second"] / r["words_per_second"] for r, k in zip(raws, kgs)],
        "target_ratio": TARGET_RATIO,
        "runs": {"raw": raws, "kg": kgs},
    }


def report(s: dict) -> str:
    raw, kg = s["raw"], s["kg"]
    lines = [
        f"corpus: {s['corpus']}",
        f"articles: {s['articles']} built, {s['skipped']} skipped; {s['words']} words in the articles read "
        "(len(body.split()) summed; the same texts on both sides)",
        f"runs: {s['repeat']} of each, raw and kg alternating, each in its own process; medians shown",
        "model load excluded from both clocks "
        f"(raw {raw['model_load_seconds']:.1f} s, kg {kg['model_load_seconds']:.1f} s)",
        f"jobs: {s['jobs']} (raw: nlp.pipe(n_process={s['jobs']}); kg: build(jobs={s['jobs']}))",
        (f"raw = nlp.pipe(article bodies): one whole body per Doc, default batch size ({s['raw_batch_size']})"
         if s["raw_unit"] == "body" else
         "raw = kg.nlp.parse(articles): nlp.pipe over paragraphs, batch 64, as kg does")
        + "; articles read before the clock starts",
        "kg  = kg.pipeline.build(view=True): read + parse (paragraph by paragraph, kg.nlp.parse) + extract "
        "+ rdf + every output file and view.html",
        "",
        f"{'':6} {'words/s':>9} {'seconds':>8} {'peak MB':>8} {'MB after load':>14} {'worker peak MB':>15}",
        f"{'raw':6} {raw['words_per_second']:9.0f} {raw['seconds']:8.1f} {raw['peak_mb']:8.0f} "
        f"{raw['peak_mb_after_load']:14.0f} {raw['worker_peak_mb'] if s['jobs'] > 1 else 0:15.0f}",
        f"{'kg':6} {kg['words_per_second']:9.0f} {kg['seconds']:8.1f} {kg['peak_mb']:8.0f} "
        f"{kg['peak_mb_after_load']:14.0f} {kg['worker_peak_mb'] if s['jobs'] > 1 else 0:15.0f}",
        "",
        f"ratio kg/raw: {s['ratio']:.2f} (target >= {s['target_ratio']:.2f}: "
        f"{'met' if s['ratio'] >= s['target_ratio'] else 'NOT met'})"
        + (f"; per pair: {', '.join(f'{r:.2f}' for r in s['pair_ratios'])}" if s["repeat"] > 1 else ""),
        "",
        "kg stages (result.seconds, median):",
    ]
    total = kg["seconds"]
    for name, seconds in kg["stage_seconds"].items():
        share = f"{100 * seconds / total:5.1f}%" if total else ""
        label = f"  {name.split(': ', 1)[1]} (re-timed)" if name.startswith("write: ") else name
        lines.append(f"  {label:26} {seconds:8.2f} s {share}")
    lines.append(f"  {'total (build call)':26} {total:8.2f} s")
    lines.append(f"files written: {', '.join(kg['files'])}")
    lines.append("peak MB: ru_maxrss of each child process; kg's is taken before the view is re-timed")
    if s["skipped_reasons"]:
        lines += ["", f"skipped by kg ({s['skipped']}; an article whose extraction failed was parsed, "
                  "so its words count on both sides):"]
        lines += [f"  {reason}" for reason in s["skipped_reasons"][:20]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, metavar="N", help="use only the first N articles (quick run)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="parse in N processes on both sides (nlp.pipe n_process, kg build --jobs)")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="alternate N raw and N kg runs and report the medians (default 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    parser.add_argument("--raw-unit", choices=("body", "paragraph"), default="body",
                        help="raw side parses whole bodies with nlp.pipe (default) or paragraphs with kg.nlp.parse")
    parser.add_argument("--only", choices=("raw", "kg"),
                        help="run one measurement in this process and print it as JSON (used by the parent)")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"build_speed: corpus not found: {CORPUS} (expected ../shared/data/wikinews/txt beside the repo)",
              file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 1 or args.repeat < 1 or args.jobs < 1:
        parser.error("--limit, --repeat and --jobs must be at least 1")

    if args.only:
        paths = corpus_paths(args.limit)
        figures = (measure_raw(paths, args.raw_unit, args.jobs) if args.only == "raw"
                   else measure_kg(paths, args.jobs))
        print(json.dumps(figures))
        return 0

    raws, kgs = [], []
    for number in range(args.repeat):
        for side, runs in (("raw", raws), ("kg", kgs)):
            print(f"run {number + 1}/{args.repeat}: {side} ...", file=sys.stderr, flush=True)
            runs.append(run_child(side, args.limit, args.raw_unit, args.jobs))
    summary = summarize(raws, kgs)
    print(report(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
