"""kg.store.batch: articles gathered into one transaction each; a batch is whole or absent,
also when the writer is killed (kill -9) in the middle of one, and its record is on disk
before its transaction."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import GraphStore
from kg.store import batch as batches
from kg.store.batch import ArticleBatch

BASE = "https://kg.example.org/"
P = ox.NamedNode(BASE + "ontology#says")
ARTICLES, QUADS = 400, 120  # per article; batches of 40 articles, about 10,000 quads with the union


def graph(number: int) -> ox.NamedNode:
    return ox.NamedNode(f"{BASE}graph/g{number:04d}")


def quads(number: int) -> list[ox.Quad]:
    """Article ``number``: QUADS quads of its own, and one triple every article states."""
    g = graph(number)
    own = [
        ox.Quad(ox.NamedNode(f"{BASE}id/s{number}"), P, ox.Literal(f"fact {i} of {number}"), g) for i in range(QUADS)
    ]
    return [*own, ox.Quad(ox.NamedNode(BASE + "id/shared"), P, ox.Literal("everyone"), g)]


#: the writer killed below: batches of 40 articles, each printed once committed; after each it
#: waits for a line on its input, so that it never runs more than one batch ahead of the test
WRITER = f"""
import sys
sys.path.insert(0, {str(Path(__file__).parent)!r})
from kg.store import GraphStore, batch
from test_store_batch import graph, quads, ARTICLES

def committed(n):
    if n % 40 == 39:
        print(n, flush=True)
        sys.stdin.readline()

batch.BATCH_QUADS, batch.BATCH_SECONDS = 40 * len(quads(0)), 3600.0
with GraphStore.open(sys.argv[1]) as store:
    with batch.ArticleBatch(store, committed) as articles:
        for n in range(ARTICLES):
            articles.add(graph(n), quads(n), (graph(n).value, "hash", "[]"), n)
"""


def whole_or_absent(path: Path) -> int:
    """The number of articles in the store; asserts each is whole, every batch whole, the
    default graph their union, and the export cache the database, once a writer opened it."""
    with GraphStore.open(path) as store:  # a writer: repairs the cache of the cut-short batch
        counts: dict[str, int] = {}
        for quad in store.oxigraph.quads_for_pattern(None, None, None, None):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value.startswith(BASE + "graph/g"):
                counts[quad.graph_name.value] = counts.get(quad.graph_name.value, 0) + 1
        written = sorted(counts)
        assert written == [graph(n).value for n in range(len(written))]  # batches in order, none half there
        assert set(counts.values()) <= {QUADS + 1}
        union = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert union == {q.triple for n in range(len(written)) for q in quads(n)}
        graphs = {graph(n) for n in range(len(written))}
        database = sorted(
            str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None) if q.graph_name in graphs
        )
        assert sorted(map(str, ox.parse(store.nquads(), format=ox.RdfFormat.N_QUADS))) == database
        recorded = [graph for graph, _, _ in store.unfinished.entries()]
    assert recorded[: len(written)] == written  # every article written was recorded first
    return len(written)


@pytest.mark.parametrize("batches_before", [1, 3, 6])
def test_a_writer_killed_in_a_batch_leaves_every_batch_whole_or_absent(tmp_path, batches_before):
    path = tmp_path / "store"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        deadline = time.monotonic() + 60
        for _ in range(batches_before):  # wait for that many commits, then kill it in the next batch
            assert writer.stdout is not None and writer.stdout.readline(), "the writer ended early"
            assert writer.stdin is not None and time.monotonic() < deadline
            writer.stdin.write("go\n")
            writer.stdin.flush()
        time.sleep(0.05 * batches_before)  # inside the next batch, or waiting after it: never past it
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        writer.kill()
        writer.wait(timeout=30)
    assert batches_before * 40 <= whole_or_absent(path) < ARTICLES


def test_an_interrupted_producer_keeps_the_articles_gathered_and_a_failed_batch_is_absent(tmp_path, monkeypatch):
    monkeypatch.setattr(batches, "BATCH_QUADS", 10**9)
    committed: list[int] = []
    with GraphStore.open(tmp_path / "store") as store:
        with pytest.raises(KeyboardInterrupt):
            with ArticleBatch(store, committed.append) as articles:
                for n in range(3):
                    articles.add(graph(n), quads(n), None, n)
                raise KeyboardInterrupt  # Ctrl-C while the next article is parsed
        assert committed == [0, 1, 2] and store.graph_names() == [graph(n).value for n in range(3)]

        def refuse(self, entries):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(type(store.unfinished), "note_all", refuse)
        with pytest.raises(OSError):
            with ArticleBatch(store, committed.append) as articles:
                articles.add(graph(3), quads(3), (graph(3).value, "h", "[]"), 3)
        assert committed == [0, 1, 2] and len(store.graph_names()) == 3  # not recorded, so not written


def test_a_batch_closes_when_full_or_old(tmp_path, monkeypatch):
    monkeypatch.setattr(batches, "BATCH_QUADS", 3 * len(quads(0)))
    commits: list[int] = []
    with GraphStore.open(tmp_path / "store") as store:
        real = store.write_articles
        monkeypatch.setattr(store, "write_articles", lambda articles: (commits.append(len(articles)), real(articles)))
        with ArticleBatch(store) as articles:
            for n in range(7):
                articles.add(graph(n), quads(n), None, n)
        assert commits == [3, 3, 1]
        monkeypatch.setattr(batches, "BATCH_SECONDS", 0.0)
        with ArticleBatch(store) as articles:
            articles.add(graph(7), quads(7), None, 7)
        assert commits == [3, 3, 1, 1]
