"""Does ``kg validate --store`` take time in proportion to the articles?

    .venv/bin/python bench/store_validate.py --base STORE [--copies 10] [--jobs 1,2] [--whole] [--json FILE]

``--base`` is a store ``kg build --store`` wrote (the 295 Wikinews articles, say). A copy
of it ``--copies`` times larger is made in a temporary folder: each article graph again
under new ids (every IRI naming the article, its graph and its concepts gets the suffix
``x00``, ``x01``, ..., and every statement IRI a prefix), written through ``GraphStore.write_articles``.
Then :func:`kg.validate.validate_store` runs on both stores with each ``--jobs``, and
``--whole`` adds the check it replaces (pyshacl over the rdflib union of the base store,
``validate(store.to_rdflib())``). Reported: seconds, seconds per article, violations.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.store import GraphStore  # noqa: E402
from kg.store.batch import ArticleBatch  # noqa: E402
from kg.validate import validate, validate_store  # noqa: E402

GRAPH = re.compile(r"/graph/(.+)$")


def replicate(base: Path, copies: int, target: Path) -> int:
    """The articles of ``base``, ``copies`` times under new ids, into the store ``target``."""
    with GraphStore.open(base, read_only=True) as source, GraphStore.open(target) as store:
        with ArticleBatch[None](store) as batch:
            for name in source.graph_names():
                match = GRAPH.search(name)
                assert match is not None, name
                text = source.nquads([ox.NamedNode(name)])
                for copy in range(copies):
                    renamed = text.replace(f"/{match[1]}".encode(), f"/{match[1]}x{copy:02d}".encode())
                    # statement IRIs are hashes without the id: a copy gets its own, or the union
                    # would give each statement ten articles (ten kg:article values)
                    renamed = renamed.replace(b"/statement/", f"/statement/x{copy:02d}-".encode())
                    quads = list(ox.parse(renamed, format=ox.RdfFormat.N_QUADS))
                    batch.add(quads[0].graph_name, quads, None, None)  # type: ignore[arg-type]
        return len(store.graph_names())


def timed(store_path: Path, jobs: int) -> dict:
    with GraphStore.open(store_path, read_only=True) as store:
        articles = len(store.graph_names())
        clock = time.perf_counter()
        report = validate_store(store, jobs)
        seconds = time.perf_counter() - clock
    return {"articles": articles, "jobs": jobs, "seconds": seconds, "per_article_s": seconds / articles,
            "violations": len(report.violations), "conforms": report.conforms}


def whole(store_path: Path) -> dict:
    with GraphStore.open(store_path, read_only=True) as store:
        articles = len(store.graph_names())
        clock = time.perf_counter()
        report = validate(store.to_rdflib())
        seconds = time.perf_counter() - clock
    return {"articles": articles, "jobs": "whole union (before)", "seconds": seconds,
            "per_article_s": seconds / articles, "violations": len(report.violations), "conforms": report.conforms}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=Path, required=True, metavar="STORE", help="a store kg build --store wrote")
    parser.add_argument("--copies", type=int, default=10, metavar="N", help="the larger store: N times the base (10)")
    parser.add_argument("--jobs", default="1,2", metavar="N,M", help="process counts to time (1,2)")
    parser.add_argument("--whole", action="store_true", help="also time the whole-union check on the base store")
    parser.add_argument("--large-only", action="store_true", help="time only the larger store")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    jobs = [int(n) for n in args.jobs.split(",")]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-validate-bench-") as folder:
        large = Path(folder) / "large"
        clock = time.perf_counter()
        count = replicate(args.base, args.copies, large)
        print(f"replicated {args.base} x{args.copies}: {count:,} articles in {time.perf_counter() - clock:.0f} s",
              file=sys.stderr, flush=True)
        if args.whole:
            rows.append(whole(args.base))
        for store in (large,) if args.large_only else (args.base, large):
            for n in jobs:
                rows.append(timed(store, n))
                print(rows[-1], file=sys.stderr, flush=True)
    print(f"{'articles':>9} {'jobs':>22} {'seconds':>9} {'s/article':>10} {'violations':>11}")
    for row in rows:
        print(f"{row['articles']:>9,} {row['jobs']!s:>22} {row['seconds']:>9.1f} {row['per_article_s']:>10.3f} "
              f"{row['violations']:>11}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
