"""How much slower is building into an Oxigraph server than into a store folder?

    .venv/bin/python bench/remote_store.py [--limit N] [--repeat N] [--json FILE]

The first ``--limit`` (default 20) Wikinews articles (../shared/data/wikinews/txt beside the
repo, read in place) built with ``kg.pipeline.update_store`` into a new store folder and into
a new, empty Oxigraph server (``oxigraph serve`` on a free loopback port, started here and
stopped at the end), alternately ``--repeat`` times (default 3), medians reported:

* **build**: the whole call, parse included, as ``kg build --store`` runs it;
* **write**: the same call with the parse done once beforehand (its article graphs replayed),
  so only what differs is timed: hashes, folding queries, RDF and the writes;
* **read**: every article graph read back and written as N-Quads (``kg export --store``).

The figure to report is the ratio server ÷ folder of each. The model is loaded first.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"
sys.path.insert(0, str(REPO / "tests"))  # the servers the tests start


def timed(call) -> float:
    clock = time.perf_counter()
    call()
    return time.perf_counter() - clock


def replaying(graphs_of):
    """``graphs_of`` that parses each article once and then hands out what it gave."""
    done: dict[tuple[str, str], object] = {}

    def cached(articles, *args, **kwargs):
        articles = list(articles)
        todo = [a for a in articles if (a.id, a.text) not in done]
        for graph in graphs_of(todo, *args, **kwargs) if todo else ():
            done[(graph.article.id, graph.article.text)] = graph
        for article in articles:
            if (article.id, article.text) in done:
                yield done[(article.id, article.text)]

    return cached


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=20, help="articles to build (default 20)")
    parser.add_argument("--repeat", type=int, default=3, help="builds into each store, alternating (default 3)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    import kg.pipeline as pipeline
    from kg.nlp import load_model
    from kg.pipeline import update_store
    from kg.store import open_reader
    from sparql_servers import OxigraphServer

    files = sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")[: args.limit]
    load_model(pipeline.DEFAULT_MODEL)
    seconds: dict[str, dict[str, list[float]]] = {m: {"folder": [], "server": []} for m in ("build", "write", "read")}
    real = pipeline.graphs_of
    with tempfile.TemporaryDirectory(prefix="kg-remote-bench-") as tmp:
        for run in range(args.repeat):
            for kind in ("folder", "server"):
                for measure in ("build", "write"):
                    pipeline.graphs_of = real if measure == "build" else replaying(real)
                    if measure == "write":  # parse once, off the clock
                        update_store(files, Path(tmp) / f"warm-{run}-{kind}")
                    place = Path(tmp) / f"{measure}-{run}-{kind}"
                    place.mkdir()
                    if kind == "folder":
                        seconds[measure][kind].append(timed(lambda p=place: update_store(files, p / "store")))
                        if measure == "write":
                            seconds["read"][kind].append(timed(lambda p=place: open_reader(p / "store").dump("nq")))
                        continue
                    with OxigraphServer(place) as server:
                        seconds[measure][kind].append(timed(lambda s=server: update_store(files, s.url)))
                        if measure == "write":
                            seconds["read"][kind].append(timed(lambda s=server: open_reader(s.url).dump("nq")))
    pipeline.graphs_of = real
    figures = {
        measure: {kind: statistics.median(values) for kind, values in by_kind.items()}
        for measure, by_kind in seconds.items()
    }
    print(f"{len(files)} Wikinews articles, median of {args.repeat}")
    print(f"{'':8}{'folder s':>10}{'server s':>10}{'ratio':>8}")
    for measure, by_kind in figures.items():
        ratio = by_kind["server"] / by_kind["folder"]
        by_kind["ratio"] = ratio
        print(f"{measure:8}{by_kind['folder']:10.2f}{by_kind['server']:10.2f}{ratio:8.2f}")
    if args.json:
        args.json.write_text(json.dumps({"articles": len(files), "seconds": seconds, "figures": figures}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
