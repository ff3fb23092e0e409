"""How much faster is the Oxigraph store (kg.store) than rdflib's in-memory Dataset?

    .venv/bin/python bench/store_speed.py [--triples N] [--rdflib-triples N] [--runs N] [--json FILE]

Generates a synthetic graph in exactly the shape ``kg build`` writes (synthetic
``ArticleGraph`` records through :func:`kg.rdf.article_quads`: ~200 quads per
article, entities drawn from a skewed pool so some recur in many articles), then
measures, in the same run and on the same data:

* load: every article into a new :class:`kg.store.GraphStore` in batches
  (:class:`kg.store.batch.ArticleBatch`, one transaction each, the way a build
  writes), and, in the same run, with ``replace_article`` (one transaction per
  article, the way a build wrote before; ``--no-per-article`` leaves it out), vs rdflib
  ``Dataset.parse`` of the same N-Quads (``--load-only`` measures only these, and then
  also Oxigraph's bulk loader alone on the bytes a batched load hands it: the floor of
  an on-disk Oxigraph store, see :func:`load_floor`);
* export: Turtle (union) and N-Quads, ``GraphStore.dump`` vs ``Dataset.serialize``;
* three of kg's saved queries (``kg/ontology/queries``), median of ``--runs`` runs,
  results read to the end, through :func:`kg.query.run_saved` on both sides (on a
  store it runs on Oxigraph): who-said-what (a property path and a join over
  ``kg:Statement``), relations-of one entity (a bound parameter) and entities (a
  GROUP BY over every entity). The rows are checked to agree.

rdflib runs on the same quads unless ``--rdflib-triples`` caps it (the first
articles of the same graph). With a cap, each ratio is computed per quad
(seconds per quad on each side) and the table says so; that scaling is fair for
load and export, which are linear, and only indicative for queries.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.iri import entity_key  # noqa: E402
from kg.model import Article, ArticleGraph, Entity, Fact, Span  # noqa: E402
from kg.rdf import article_quads, graph_iri  # noqa: E402

TARGET = 10.0
#: loading a new store against rdflib's parse of the same N-Quads (issue 12)
LOAD_TARGET = 5.0
SEED = 20240304

#: the saved queries timed (kg/ontology/queries/*.rq), with their parameters; the same
#: text runs on both sides through kg.query.run_saved
SAVED = ("who-said-what", "relations-of", "entities")


# ------------------------------------------------------------------ the synthetic graph

POOL = {"Person": 3000, "Organization": 1500, "Place": 800, "Country": 150}
WORDS = ("economy trade talks minister summit growth policy market energy climate security border election "
         "reform budget workers industry report agreement sanctions exports innovation vaccine court").split()
SPEECH = ("said", "calledFor", "stressed", "urged")
#: ontology relation -> (subject class, object classes)
CLOSED = {"visited": ("Person", ("Place", "Country")), "memberOf": ("Person", ("Organization",)),
          "leaderOf": ("Person", ("Organization", "Country")), "nationality": ("Person", ("Country",)),
          "locatedIn": ("Organization", ("Place", "Country")), "tensionsWith": ("Country", ("Country",)),
          "targets": ("Country", ("Organization",))}
OPEN = tuple(f"{verb} {noun}" for verb in ("sign", "criticize", "meet", "support", "fund")
             for noun in ("deal with", "plan of", "leaders of", "bid by"))


def _pick(rng: random.Random, cls: str) -> Entity:
    index = int(POOL[cls] * rng.random() ** 3)  # skewed: low indexes recur in many articles
    label = f"{cls} {index:05d}"
    return Entity(entity_key(cls, label), cls, label, aliases=(f"{cls[:3]} {index}",) if index % 4 == 0 else ())


def synthetic_article(number: int) -> ArticleGraph:
    """Article ``number`` of the synthetic corpus: the same every time (seeded by its number)."""
    rng = random.Random(SEED * 1_000_003 + number)
    sentences, text, offset = [], [], 0
    for _ in range(13):
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
        sentences.append(Span(offset, offset + len(sentence), sentence))
        text.append(sentence)
        offset += len(sentence) + 1
    article = Article(id=f"bench-{number:06d}", title=f"{sentences[0].text[:40]} ({number})", text=" ".join(text),
                      source_path=f"bench/{number:06d}.txt", date=f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}",
                      publisher=f"Publisher {number % 40}")
    entities: dict[str, Entity] = {}
    for cls, count in (("Person", 5), ("Organization", 3), ("Place", 2), ("Country", 2)):
        for _ in range(count):
            entity = _pick(rng, cls)
            entities[entity.key] = entity
    by_class: dict[str, list[Entity]] = {}
    for entity in entities.values():
        by_class.setdefault(entity.cls, []).append(entity)
    facts = []
    for sentence in sentences:
        kind = rng.random()
        confidence = round(rng.uniform(0.5, 0.95), 3)
        if kind < 0.35:
            subject, predicate = rng.choice(by_class["Person"]), rng.choice(SPEECH)
            facts.append(Fact(subject.key, predicate, predicate, None, sentence.text[:-1].lower(), article.id,
                              sentence, confidence, "speech"))
            continue
        predicate = rng.choice(sorted(CLOSED))
        subject_cls, object_classes = CLOSED[predicate]
        objects = [e for cls in object_classes for e in by_class.get(cls, ())]
        subject = rng.choice(by_class[subject_cls])
        objects = [e for e in objects if e.key != subject.key]
        if kind > 0.75 or not objects:  # an open relation between any two entities
            predicate, subject = "", rng.choice(by_class["Person"])
            objects = [e for e in entities.values() if e.key != subject.key]
        label = rng.choice(OPEN) if not predicate else predicate
        facts.append(Fact(subject.key, predicate, label, rng.choice(objects).key, None, article.id, sentence,
                          confidence, "clause"))
    return ArticleGraph(article, tuple(entities.values()), tuple(facts))


def corpus(triples: int) -> list[tuple[ox.NamedNode, list[ox.Quad]]]:
    """(graph name, quads) of as many synthetic articles as fit in ``triples`` quads (at least one)."""
    articles: list[tuple[ox.NamedNode, list[ox.Quad]]] = []
    total = 0
    while True:
        graph = synthetic_article(len(articles))
        quads = list(article_quads(graph))
        if articles and total + len(quads) > triples:
            return articles
        articles.append((graph_iri(graph.article.id), quads))
        total += len(quads)


# ------------------------------------------------------------------ measurements


def clock(function: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = function()
    return time.perf_counter() - start, value


def median_clock(function: Callable[[], object], runs: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(runs):
        seconds, value = clock(function)
        times.append(seconds)
    return statistics.median(times), value


def saved_rows(source, name: str, bound: str, runs: int) -> tuple[float, list[tuple]]:
    """Median seconds of a saved query on ``source`` (rows read to the end), and its rows as text."""
    from kg.query import run_saved

    params = {"ENTITY": bound} if name == "relations-of" else {}
    seconds, result = median_clock(lambda: list(run_saved(source, name, **params)), runs)
    return seconds, sorted(tuple("" if term is None else str(term) for term in row) for row in result)


def load_per_article(articles, folder: Path) -> float:
    """Seconds to write every article into a new store in a transaction of its own (how a
    build wrote until kg.store.batch), flushed to disk."""
    from kg.store import GraphStore

    with GraphStore.open(folder) as store:

        def load() -> None:
            for graph, quads in articles:
                store.replace_article(graph, quads)
            store.flush()

        return clock(load)[0]


def load_batched(store, articles) -> None:
    """Every article into ``store`` the way ``kg build --store`` writes them: in batches,
    one transaction each (:class:`kg.store.batch.ArticleBatch`), flushed to disk."""
    from kg.store.batch import ArticleBatch

    with ArticleBatch(store) as batch:
        for graph, quads in articles:
            batch.add(graph, quads, None, None)
    store.flush()


def load_floor(nquads: bytes, folder: Path) -> float:
    """Seconds for Oxigraph's bulk loader alone to take what a batched load hands it (each
    batch's N-Quads, and its triples again as N-Triples: their copy in the default graph, the
    union), into a new store, flushed: the part of "load" that is RocksDB's, below which kg
    cannot go with this database, measured in the same run."""
    from kg.store.batch import BATCH_QUADS

    lines = nquads.splitlines(keepends=True)
    batches = []
    for start in range(0, len(lines), BATCH_QUADS):
        chunk = lines[start : start + BATCH_QUADS]  # the graph is the last term: cut at its " <"
        batches.append(b"".join(chunk) + b"".join(line.rsplit(b" <", 1)[0] + b" .\n" for line in chunk))
    store = ox.Store(str(folder))

    def load() -> None:
        for batch in batches:
            store.bulk_load(input=batch, format=ox.RdfFormat.N_QUADS)
        store.flush()

    return clock(load)[0]


def measure_kg(
    articles, folder: Path, bound: ox.NamedNode, runs: int, load_only: bool = False, per_article: bool = True
) -> tuple[dict, dict, bytes]:
    from kg.store import GraphStore

    seconds = {"load, a transaction per article": load_per_article(articles, folder / "per-article")} if per_article else {}
    store = GraphStore.open(folder / "store")
    seconds["load"] = clock(lambda: load_batched(store, articles))[0]
    if load_only:
        nquads = store.dump("nq")
        store.close()
        seconds["load, Oxigraph's bulk loader alone"] = load_floor(nquads, folder / "floor")
        return seconds, {}, nquads
    seconds["export ttl"], _ = clock(lambda: store.dump("ttl"))
    seconds["export nq"], nquads = clock(lambda: store.dump("nq"))
    rows_of = {}
    for name in SAVED:
        seconds[f"query {name}"], rows_of[name] = saved_rows(store, name, bound.value, runs)
    store.close()
    return seconds, rows_of, nquads


class TimedOut(Exception):
    pass


def _alarm(signum, frame):
    raise TimedOut


def measure_rdflib(
    nquads: bytes, bound: ox.NamedNode, runs: int, limit: int, load_only: bool = False
) -> tuple[dict, dict, list[str]]:
    """rdflib's Dataset on the same N-Quads. A query still running after ``limit``
    seconds is stopped (SIGALRM; rdflib is pure Python) and recorded at ``limit``,
    so its speed-up is a lower bound; its name is returned in the third value."""
    from rdflib import Dataset

    from kg.load import attach_ontology
    from kg.vocab import bind_prefixes

    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    seconds = {"load": clock(lambda: dataset.parse(data=nquads.decode("utf-8"), format="nquads"))[0]}
    seconds["load, a transaction per article"] = seconds["load, Oxigraph's bulk loader alone"] = seconds["load"]
    if load_only:
        return seconds, {}, []
    seconds["export ttl"], _ = clock(lambda: dataset.serialize(format="turtle", encoding="utf-8"))
    seconds["export nq"], _ = clock(lambda: dataset.serialize(format="nquads", encoding="utf-8"))
    attach_ontology(dataset)  # as kg.query does before every query; off the clock
    rows_of, timed_out = {}, []
    signal.signal(signal.SIGALRM, _alarm)
    for name in SAVED:
        print(f"rdflib: {name} ...", file=sys.stderr, flush=True)
        signal.alarm(limit)
        try:
            seconds[f"query {name}"], rows_of[name] = saved_rows(dataset, name, bound.value, runs)
        except TimedOut:
            seconds[f"query {name}"], rows_of[name] = float(limit), None
            timed_out.append(name)
        finally:
            signal.alarm(0)
    return seconds, rows_of, timed_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000, metavar="N",
                        help="size of the synthetic graph in quads (default 1,000,000)")
    parser.add_argument("--rdflib-triples", type=int, metavar="N",
                        help="run rdflib on at most N quads, the first articles (default: all of them)")
    parser.add_argument("--runs", type=int, default=5, metavar="N", help="query runs; the median is shown (default 5)")
    parser.add_argument("--rdflib-runs", type=int, default=1, metavar="N",
                        help="query runs on the rdflib side (default 1: its queries take minutes at 1M quads)")
    parser.add_argument("--rdflib-limit", type=int, default=300, metavar="S",
                        help="stop an rdflib query after S seconds and count it at S (default 300)")
    parser.add_argument("--load-only", action="store_true", help="measure loading only (no exports, no queries)")
    parser.add_argument("--no-per-article", dest="per_article", action="store_false",
                        help="leave out the load with a transaction per article (minutes at 1M quads)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures to FILE as JSON")
    args = parser.parse_args(argv)
    if args.rdflib_triples is None:
        args.rdflib_triples = args.triples

    start = time.perf_counter()
    articles = corpus(args.triples)
    kg_quads = sum(len(q) for _, q in articles)
    cut, rd_quads = 1, len(articles[0][1])
    while cut < len(articles) and rd_quads + len(articles[cut][1]) <= args.rdflib_triples:
        rd_quads += len(articles[cut][1])
        cut += 1
    capped = cut < len(articles)
    bound = ox.NamedNode("https://kg.example.org/id/" + entity_key("Person", "Person 00000"))
    print(f"generated {len(articles):,} articles, {kg_quads:,} quads in {time.perf_counter() - start:.1f} s; "
          f"rdflib side: {cut:,} articles, {rd_quads:,} quads", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory(prefix="kg-store-bench-") as folder:
        print("kg store ...", file=sys.stderr, flush=True)
        kg_seconds, kg_rows, nquads = measure_kg(articles, Path(folder), bound, args.runs, args.load_only,
                                                  args.per_article)
        if capped:  # the rdflib side gets the same first articles, dumped by a store of their own
            print("kg store (rdflib's slice, for its N-Quads) ...", file=sys.stderr, flush=True)
            _, kg_rows_slice, nquads = measure_kg(articles[:cut], Path(folder) / "slice", bound, 1, args.load_only,
                                                     False)
        else:
            kg_rows_slice = kg_rows
    print("rdflib ...", file=sys.stderr, flush=True)
    rd_seconds, rd_rows, timed_out = measure_rdflib(nquads, bound, args.rdflib_runs, args.rdflib_limit, args.load_only)

    scale = kg_quads / rd_quads if capped else 1.0
    table = []
    for name, kg_time in kg_seconds.items():
        rd_time = rd_seconds[name]
        table.append({"operation": name, "kg_s": kg_time, "rdflib_s": rd_time, "ratio": rd_time * scale / kg_time,
                      "lower_bound": name.removeprefix("query ") in timed_out})
    agree = all(kg_rows_slice[name] == rd_rows[name] for name in rd_rows if rd_rows[name] is not None)
    figures = {"kg_quads": kg_quads, "rdflib_quads": rd_quads, "articles": len(articles), "capped": capped,
               "runs": args.runs, "rdflib_runs": args.rdflib_runs, "rdflib_limit": args.rdflib_limit,
               "rows": {name: len(rows) for name, rows in kg_rows.items()}, "load_only": args.load_only,
               "rows_agree": agree, "table": table}
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if agree else 1


def report(f: dict) -> str:
    lines = [f"kg store (Oxigraph) vs rdflib Dataset: {f['kg_quads']:,} quads in {f['articles']:,} articles"
             + (f"; rdflib on the first {f['rdflib_quads']:,} quads" if f["capped"] else " on both sides"),
             f"queries: median of {f['runs']} runs on kg, {f['rdflib_runs']} on rdflib, rows read to the end; "
             f"an rdflib query stopped at {f['rdflib_limit']} s counts as {f['rdflib_limit']} s ('>=')", "",
             f"{'operation':<34}{'kg s':>10}{'rdflib s':>11}{'speed-up':>10}  (target >= {TARGET:.0f}x; "
             f"load >= {LOAD_TARGET:.0f}x)"]
    for row in f["table"]:
        target = LOAD_TARGET if row["operation"] == "load" else TARGET
        mark = "" if row["operation"].startswith("load,") else ("  ok" if row["ratio"] >= target else "  below target")
        bound = ">=" if row.get("lower_bound") else ""
        lines.append(f"{row['operation']:<34}{row['kg_s']:>10.3f}{bound:>3}{row['rdflib_s']:>8.3f}"
                     f"{row['ratio']:>9.1f}x{mark}")
    if f["capped"]:
        lines.append("speed-up = (rdflib s per quad) / (kg s per quad): rdflib ran on fewer quads; "
                     "linear for load and export, only indicative for queries")
    if f["load_only"]:
        return "\n".join(lines)
    rows = ", ".join(f"{name} {f['rows'][name]:,}" for name in SAVED)
    lines.append(f"rows (kg): {rows}; rdflib's rows are " + ("the same" if f["rows_agree"] else "DIFFERENT"))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
