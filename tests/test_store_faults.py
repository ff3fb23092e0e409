"""A damaged database and a full disk (issue 13, item 16): each is one line, and nothing
that was committed is lost. The disk fills for real, on a 4 MB tmpfs mounted for the test
(root only: elsewhere the test is skipped, saying why); the damage is a flipped bit in
RocksDB's files, the commands run as a user runs them, in a process of bounded memory."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_build import _store_bytes, fake_graph, write

import kg.pipeline as pipeline
from kg.errors import StoreError
from kg.pipeline import update_store
from kg.store import GraphStore


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    def graphs_of(articles, model=None, skipped=None, on_article=None, jobs=1, relations=False, cluster=None):
        yield from map(fake_graph, articles)

    monkeypatch.setattr(pipeline, "graphs_of", graphs_of)


def corpus(folder: Path, articles: int, facts: int = 20) -> Path:
    for n in range(articles):
        write(folder, f"a{n:03d}", *(f"Person:Person {n} {i} Smith | met | Organization:Org {i}" for i in range(facts)))
    return folder


def _mount(folder: Path, size: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join([*options, f"size={size}"]), "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        timeout=30,
    )


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB tmpfs at tmp_path/full (RocksDB takes 1.5 MB of it at once; the rest holds a few batches) (unmounted afterwards, whatever happens)."""
    folder = tmp_path / "full"
    folder.mkdir()
    mounted = _mount(folder, "4m")
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root is needed): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def test_a_full_disk_is_one_line_leaves_no_temporary_and_loses_nothing(tmp_path, small_disk, monkeypatch):
    from kg.store import batch

    monkeypatch.setattr(batch, "BATCH_QUADS", 2_000)  # batches of a few articles: some commit before the disk fills
    docs = corpus(tmp_path / "docs", 60)
    store = small_disk / "store"
    with pytest.raises(StoreError) as raised:
        update_store([docs], store)
    message = str(raised.value)
    assert "No space left on device" in message and "\n" not in message and str(store) in message
    assert not [p.name for p in store.rglob("*.tmp")]
    with GraphStore.open(store, read_only=True) as reader:  # the lock went with the failed build
        committed = reader.graph_names()
        assert reader.nquads()  # what was committed is there, and exports read it
    assert 0 < len(committed) < 60
    assert _mount(small_disk, "64m", "remount").returncode == 0  # space again: the next build completes
    update_store([docs], store)
    update_store([docs], tmp_path / "clean")
    assert _store_bytes(store) == _store_bytes(tmp_path / "clean")
    assert not (store / "pending").exists() and not (store / "unfinished").exists()


def _limited() -> None:
    """A child's memory, bounded: damaged files must not make RocksDB take the machine."""
    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


def kg(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, preexec_fn=_limited, timeout=120
    )


def test_a_bit_flipped_in_the_database_is_one_line_for_every_command_and_nothing_is_written(tmp_path):
    docs, store = corpus(tmp_path / "docs", 12), tmp_path / "store"
    update_store([docs], store)
    for sst in (store / "oxigraph").glob("*.sst"):
        data = bytearray(sst.read_bytes())
        data[len(data) // 3] ^= 0x10
        sst.write_bytes(bytes(data))
    before = _contents(store)
    for command in (
        ["export", "--store", store, "--format", "nq"],
        ["query", "--store", store, "entities"],
        ["validate", "--store", store],
        ["build", docs, "--store", store],  # every article unchanged: no model needed
    ):
        done = kg(*command)
        assert done.returncode == 1, (command, done.stderr)
        assert done.stderr.startswith(f"kg: error: store {store} is damaged") and done.stderr.count("\n") == 1
    assert _contents(store) == before  # left as it was


def _contents(store: Path) -> dict[Path, bytes]:
    """Every file of a store but RocksDB's own diagnostic logs (LOG, LOG.old.*)."""
    return {p: p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file() and not p.name.startswith("LOG")}


class _Damaged:
    """An Oxigraph store whose reads find a damaged block (what a flipped bit inside the
    data gives once a query reaches it) and whose flush does too."""

    def __init__(self, store):
        self.store = store

    def query(self, *args, **kwargs):
        raise RuntimeError("Corruption: block checksum mismatch: stored = 1, computed = 2, type = 4")

    def flush(self):
        raise RuntimeError("Corruption: block checksum mismatch: stored = 1, computed = 2, type = 4")


def test_damage_found_by_a_query_or_by_close_is_one_line_and_the_lock_is_released(tmp_path):
    docs, store = corpus(tmp_path / "docs", 3), tmp_path / "store"
    update_store([docs], store)
    opened = GraphStore.open(store)
    opened._store = _Damaged(opened._store)
    with pytest.raises(StoreError, match=f"^store {store} is damaged \\(Corruption: block checksum mismatch"):
        opened.query("SELECT * WHERE { ?s ?p ?o }")
    with pytest.raises(
        StoreError, match=f"^cannot write store {store} \\(Corruption: .*what was committed before is kept"
    ):
        opened.close()
    with GraphStore.open(store) as again:  # the lock was released
        assert len(again.graph_names()) == 3
