"""What does a Dask cluster cost against spaCy's own multiprocessing, and how fast is the writer?

    .venv/bin/python bench/dask_speed.py [--limit N] [--repeat N] [--json FILE]

On the Wikinews corpus (../shared/data/wikinews/txt beside the repo), in one run:

* raw 1, raw 2: ``nlp.pipe`` over the article bodies as kg reads them, ``n_process=1`` and 2,
  16 bodies a batch (the model loaded before the clock, as on the cluster side);
* kg 1, kg 2: ``kg.pipeline.graphs_of`` in this process with ``jobs=1`` and 2 (``kg build
  --jobs``): what the cluster does, without it, so that local:N / kg N is the cluster's own cost;
* dask local:1, local:2: ``kg.pipeline.graphs_of`` on a LocalCluster of 1 and 2 worker
  processes, started and holding the pipeline before the clock (its start is reported apart):
  batches out, parse, extract and resolve on the workers, the graphs back in input order;
* the single writer alone, on the graphs the cluster made (replayed by a stand-in cluster that
  answers at once): ``kg.pipeline.build`` into files (merge, RDF, every file and the view) and
  ``kg.pipeline.update_store`` into a new store (fold, RDF, one transaction per article).

The figures that matter are ratios of words per second in the same round (local:N against raw
N and kg N, measured one after the other; target local:2 >= 0.85 of raw 2; with ``--repeat``
the median of the rounds), and the writer's articles per second: what caps a cluster of any size, since one
process writes. Absolute timings on a shared machine are noise: the load average is printed
with the results. Both clusters are started once, before the first round.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"
TARGET_RATIO = 0.85


def corpus_paths(limit: int | None) -> list[Path]:
    """The corpus folder, or the source files of its first ``limit`` articles (kg's reading order)."""
    if limit is None:
        return [CORPUS]
    from kg.pipeline import read_articles

    articles, _ = read_articles([CORPUS])
    return list(dict.fromkeys(Path(a.source_path) for a in articles[:limit]))


#: bodies per ``nlp.pipe`` batch on the raw side: spaCy's default (256) hands one of two processes
#: 256 of the corpus's 294 articles and the other 38, which is no measure of two processes
RAW_BATCH = 16


def measure_raw(articles, jobs: int) -> dict:
    """``nlp.pipe`` over whole bodies in ``jobs`` processes, :data:`RAW_BATCH` bodies a batch."""
    from kg.nlp import DEFAULT_MODEL, load_model

    nlp = load_model(DEFAULT_MODEL)
    texts = [a.text for a in articles]
    clock = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, n_process=jobs, batch_size=RAW_BATCH))
    seconds = time.perf_counter() - clock
    return {"side": f"raw {jobs}", "seconds": seconds, "tokens": tokens}


def measure_local(articles, jobs: int) -> dict:
    """``graphs_of`` in this process (``--jobs``): parse, extract and resolve, as kg build does here."""
    from kg.nlp import DEFAULT_MODEL
    from kg.pipeline import graphs_of

    clock = time.perf_counter()
    graphs = list(graphs_of(articles, DEFAULT_MODEL, [], jobs=jobs))
    return {"side": f"kg {jobs}", "seconds": time.perf_counter() - clock, "graphs": len(graphs)}


def start_cluster(stack, workers: int):
    """A LocalCluster of ``workers`` processes, holding the pipeline; and the seconds that took."""
    from kg.cluster import open_cluster
    from kg.nlp import DEFAULT_MODEL

    clock = time.perf_counter()
    cluster = stack.enter_context(open_cluster(f"local:{workers}", DEFAULT_MODEL))
    assert cluster.lang == "en"  # reached: started, the pipeline loaded on every worker
    return cluster, time.perf_counter() - clock


def measure_cluster(articles, cluster, workers: int, start: float) -> tuple[dict, list]:
    """``graphs_of`` on a started cluster: batches out, the graphs back in input order."""
    from kg.nlp import DEFAULT_MODEL
    from kg.pipeline import graphs_of

    clock = time.perf_counter()
    graphs = list(graphs_of(articles, DEFAULT_MODEL, [], cluster=cluster))
    seconds = time.perf_counter() - clock
    return {"side": f"dask local:{workers}", "seconds": seconds, "start_seconds": start, "graphs": len(graphs)}, graphs


class _Replay:
    """A stand-in cluster that hands back graphs already made: the writer alone is on the clock."""

    lang = "en"

    def __init__(self, graphs) -> None:
        self.graphs = {g.article.id: g for g in graphs}

    def outcomes(self, articles, relations=False):
        for article in articles:
            yield article, self.graphs[article.id]


@contextmanager
def _replaying(graphs):
    import kg.pipeline

    @contextmanager
    def replay(address, model, on_workers=None):
        yield _Replay(graphs)

    real = kg.pipeline.open_cluster
    kg.pipeline.open_cluster = replay
    try:
        yield
    finally:
        kg.pipeline.open_cluster = real


def measure_writer(paths: list[Path], graphs) -> list[dict]:
    """The writer alone, into files and into a new store, on graphs already made."""
    from kg.pipeline import build, update_store

    rows = []
    with _replaying(graphs), tempfile.TemporaryDirectory(prefix="kg-bench-dask-") as folder:
        result = build(paths, out=Path(folder) / "out", dask="replay")
        seconds = sum(s for stage, s in result.seconds.items() if stage != "read")
        rows.append({"side": "writer: files", "seconds": seconds, "articles": len(result.graphs)})
        update = update_store(paths, Path(folder) / "store", dask="replay")
        rows.append({"side": "writer: store", "seconds": update.seconds["build"], "articles": len(update.added)})
    return rows


#: (numerator, denominator, target) of each ratio reported, sides named as in the rows
RATIOS = [
    ("dask local:1", "raw 1", None),
    ("dask local:2", "raw 2", TARGET_RATIO),
    ("dask local:1", "kg 1", None),
    ("dask local:2", "kg 2", None),
]


def measure_round(articles, clusters) -> tuple[dict[str, dict], list]:
    """One round: raw, kg in this process and the cluster, with one process and then with two;
    and the graphs the cluster made."""
    rows = {}
    for n, (cluster, start) in clusters.items():
        rows[f"raw {n}"] = measure_raw(articles, n)
        rows[f"kg {n}"] = measure_local(articles, n)
        rows[f"dask local:{n}"], graphs = measure_cluster(articles, cluster, n, start)
    return rows, graphs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the parsing measurements (median ratios)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    options = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from kg.nlp import DEFAULT_MODEL, load_model
    from kg.pipeline import read_articles

    paths = corpus_paths(options.limit)
    articles, _ = read_articles(paths)
    words = sum(a.words for a in articles)
    load_model(DEFAULT_MODEL)
    load = os.getloadavg()
    with ExitStack() as stack:
        clusters = {n: start_cluster(stack, n) for n in (1, 2)}
        rounds = []
        for _ in range(options.repeat):
            rows, graphs = measure_round(articles, clusters)
            rounds.append(rows)
    best = {side: min((r[side] for r in rounds), key=lambda row: row["seconds"]) for side in rounds[0]}
    writer = measure_writer(paths, graphs)
    load = tuple(max(a, b) for a, b in zip(load, os.getloadavg(), strict=True))
    for row in [*best.values(), *writer, *(row for r in rounds for row in r.values())]:
        row["words_per_second"] = words / row["seconds"]
        row["articles_per_second"] = len(articles) / row["seconds"]

    print(f"{len(articles)} articles, {words:,} words; load average (1, 5, 15 min, highest seen) "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} cores")
    print(f"{'side':<18}{'seconds':>9}{'words/s':>10}{'articles/s':>12}   (fastest of {options.repeat} rounds)")
    for row in [*best.values(), *writer]:
        start = f"  (cluster start {row['start_seconds']:.1f} s)" if "start_seconds" in row else ""
        print(f"{row['side']:<18}{row['seconds']:>9.1f}{row['words_per_second']:>10,.0f}"
              f"{row['articles_per_second']:>12.1f}{start}")
    ratios = {}
    for top, bottom, target in RATIOS:
        each = [r[top]["words_per_second"] / r[bottom]["words_per_second"] for r in rounds]
        ratios[f"{top} / {bottom}"] = median = statistics.median(each)
        verdict = f" (target >= {target}: {'met' if median >= target else 'missed'})" if target else ""
        print(f"{top} / {bottom}: {median:.2f}{verdict}; rounds {', '.join(f'{x:.2f}' for x in each)}")
    if options.json:
        options.json.write_text(json.dumps({"best": best, "writer": writer, "rounds": rounds, "ratios": ratios,
                                            "load": load}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
