"""What does adding one article to a built store cost, against one article's share of the build?

    .venv/bin/python bench/store_one_more.py [--base DIR] [--runs N] [--json FILE]

The Wikinews corpus (../shared/data/wikinews/txt beside the repo, read in place) without
its last article is built once into ``--base`` (default /tmp/kg-store-one-more/base; kept,
with its build's figures in ``build.json``, so later runs reuse it). Each run then copies
that store and calls ``kg.pipeline.update_store`` on the whole corpus, the last article
now included, as ``kg build CORPUS --store DIR`` does the next day: every input read,
every unchanged one skipped, the new one parsed and written. Reported: the seconds of that
call (median of ``--runs``), beside one article's share of the build (its seconds over its
articles) and the new article built alone into an empty store. Target (issue 12): at most
1.5 shares.

Excluded from every clock, as the model load is: loading the spaCy model and the place
gazetteers (once per process), and bringing a store written by an earlier kg up to date
(its index of names, its record of inputs: once per store, when the base is made).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPUS = REPO.parent / "shared" / "data" / "wikinews" / "txt"
TARGET = 1.5


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in {".txt", ".md", ".html", ".jsonl"})


def linked(files: list[Path], folder: Path) -> Path:
    """``files`` as links in ``folder`` (the readers follow links to files)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        (folder / path.name).symlink_to(path)
    return folder


def warm() -> None:
    from kg.lexicon import places
    from kg.linking import gazetteer
    from kg.nlp import DEFAULT_MODEL, load_model

    load_model(DEFAULT_MODEL)
    gazetteer()
    places()


def base_store(base: Path, files: list[Path]) -> dict:
    """The store of every article but the last, built once (its figures kept beside it)."""
    from kg.pipeline import update_store

    figures = base / "build.json"
    if figures.exists():
        inputs = base / "inputs" if (base / "inputs").is_dir() else linked(files[:-1], base / "inputs")
        update_store([inputs], base / "store")  # nothing to parse; a store of an earlier kg gets its records
        return json.loads(figures.read_text(encoding="utf-8"))
    if base.exists():
        shutil.rmtree(base)
    inputs = linked(files[:-1], base / "inputs")
    clock = time.perf_counter()
    built = update_store([inputs], base / "store")
    result = {"articles": len(built.added), "seconds": time.perf_counter() - clock, "words": built.words}
    figures.write_text(json.dumps(result), encoding="utf-8")
    return result


def one_more(base: Path, files: list[Path], folder: Path) -> tuple[float, float, int]:
    """(seconds of a writable open, seconds of the update, articles added) on a copy."""
    from kg.pipeline import update_store
    from kg.store import GraphStore

    store = folder / "store"
    shutil.copytree(base / "store", store)
    clock = time.perf_counter()
    GraphStore.open(store).close()
    first_open = time.perf_counter() - clock
    new = linked(files[-1:], folder / "new")
    clock = time.perf_counter()
    update = update_store([base / "inputs", new], store)  # the inputs named as when the store was built
    return first_open, time.perf_counter() - clock, len(update.added)


def alone(files: list[Path], folder: Path) -> float:
    """Seconds to build the new article alone into an empty store."""
    from kg.pipeline import update_store

    inputs = linked(files[-1:], folder / "alone")
    clock = time.perf_counter()
    update_store([inputs], folder / "alone-store")
    return time.perf_counter() - clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--base", type=Path, default=Path(tempfile.gettempdir()) / "kg-store-one-more" / "base")
    parser.add_argument("--runs", type=int, default=3, metavar="N", help="updates timed; the median is shown (3)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"store_one_more: corpus not found: {CORPUS}", file=sys.stderr)
        return 2
    files = corpus_files()
    warm()
    build = base_store(args.base, files)
    updates, opens = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="kg-one-more-") as folder:
            first_open, seconds, added = one_more(args.base, files, Path(folder))
            assert added == 1, added
            updates.append(seconds)
            opens.append(first_open)
    with tempfile.TemporaryDirectory(prefix="kg-one-more-") as folder:
        by_itself = alone(files, Path(folder))
    share = build["seconds"] / build["articles"]
    update = statistics.median(updates)
    figures = {"build": build, "share_s": share, "update_s": update, "updates_s": updates,
               "first_open_s": statistics.median(opens), "alone_s": by_itself, "shares": update / share}
    print(f"store of {build['articles']} articles built in {build['seconds']:.1f} s: one article's share "
          f"{share:.2f} s")
    print(f"adding one article ({files[-1].name}): {update:.2f} s, median of {args.runs} "
          f"({', '.join(f'{s:.2f}' for s in updates)}) = {update / share:.2f} shares "
          f"(target <= {TARGET}: {'met' if update / share <= TARGET else 'NOT met'}); "
          f"the same article alone into an empty store {by_itself:.2f} s")
    print(f"a writable open of the copied store alone: {figures['first_open_s']:.2f} s")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
