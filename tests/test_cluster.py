"""kg.cluster: a build on a Dask cluster gives the bytes of a local build, streams articles back
in input order, and loses nothing when a worker dies. Every cluster here runs on loopback with
its dashboard off, and is closed by its fixture or its command."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import distributed  # kg's test extra installs dask.distributed (kg[dask])
import pytest

import kg
from kg.cluster import open_cluster, session, worker
from kg.errors import ClusterError
from kg.model import Article, ArticleGraph

from conftest import run_kg

#: short stories whose names fold across articles (the first story's "Xi" is the second's "Xi Jinping":
#: a fold that needs a later article), and one in another script, skipped with a reason
STORIES = {
    "a-short.txt": "Xi warns of trade war\n\nXi said on Monday that tariffs would hurt both sides. "
    "The Commerce Ministry in Beijing said talks would go on.",
    "b-full.txt": "Xi Jinping meets Angela Merkel\n\nChinese President Xi Jinping met German Chancellor "
    "Angela Merkel in Berlin on Tuesday. Merkel said the two leaders discussed climate policy.",
    "c-huawei.txt": "Huawei opens a laboratory\n\nHuawei Technologies opened a research laboratory in Paris. "
    "The company said it would hire 200 engineers.",
    "d-russian.txt": "Новости\n\nПрезидент России провёл встречу с министрами в Москве во вторник.",
    "e-nato.txt": "NATO ministers meet\n\nThe North Atlantic Treaty Organization met in Brussels. "
    "NATO said its members would raise spending. Jens Stoltenberg said the alliance was united.",
    "f-merkel.txt": "Merkel visits Paris\n\nMerkel travelled to Paris on Friday, where she met Emmanuel "
    "Macron. Macron said Europe must act together.",
}


def write_stories(folder, repeat: int = 1):
    """The stories as .txt files in ``folder`` (each paragraph ``repeat`` times, to make them longer)."""
    folder.mkdir()
    for name, text in STORIES.items():
        title, body = text.split("\n\n", 1)
        (folder / name).write_text(title + "\n\n" + "\n\n".join([body] * repeat) + "\n", encoding="utf-8")
    return folder


def files_of(folder) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


# -- no model: the option's errors, and the streaming on a cluster of threads with a stand-in task


def test_without_dask_the_option_says_what_to_install_in_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # "import distributed" fails as when it is missing
    ran = run_kg("build", write_stories(tmp_path / "in"), "--out", tmp_path / "out", "--dask", "local:1")
    assert ran.returncode == 1
    assert ran.stderr.strip().splitlines() == [f"kg: error: {session.INSTALL_HINT}"]
    assert "pip install 'kg[dask]'" in ran.stderr


def test_a_bad_address_or_an_absent_scheduler_is_one_clear_line(tmp_path, monkeypatch):
    import socket

    monkeypatch.setattr(session, "CONNECT_SECONDS", 2)
    stories = write_stories(tmp_path / "in")
    with socket.socket() as probe:  # a free loopback port: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for address, expected in [
        ("local:0", "local:N needs a whole number of worker processes"),
        ("local:two", "local:N needs a whole number"),
        (f"tcp://127.0.0.1:{port}", f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"),
    ]:
        ran = run_kg("build", stories, "--out", tmp_path / "out", "--dask", address)
        assert ran.returncode == 1, address
        assert len(ran.stderr.strip().splitlines()) == 1 and expected in ran.stderr, ran.stderr
    ran = run_kg("build", stories, "--dask", "local:1", "--jobs", "2")
    assert ran.returncode == 2 and "with --dask the cluster's workers parse" in ran.stderr


@pytest.fixture
def threads(monkeypatch):
    """A cluster of two worker threads in this process, whose task is a stand-in (no model): it
    makes an article's graph of nothing, fails on articles whose text is "bug", and takes longer
    for earlier batches, so that they come back last."""
    import time

    def build_batch(batch, model, relations):
        time.sleep(0.05 * (4 - min(batch[0][0], 4)))
        return [
            (index, TypeError("a bug") if article.text == "bug" else ArticleGraph(article, (), ()))
            for index, article in batch
        ]

    monkeypatch.setattr(worker, "build_batch", build_batch)
    monkeypatch.setattr(worker, "describe", lambda model: (worker.fingerprint(), "stand-in 1.0", "en"))
    monkeypatch.setattr(worker.LoadPipeline, "setup", lambda self, worker: None)
    monkeypatch.setattr(session, "BATCH_WORDS", 1)  # one article a batch
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, protocol="tcp://", host="127.0.0.1", dashboard_address=None
    ) as cluster:
        yield cluster


def _articles(*texts: str) -> list[Article]:
    return [Article(id=f"a{i}", title=f"A{i}", text=t, source_path=f"a{i}.txt") for i, t in enumerate(texts)]


def test_a_batch_gives_each_article_its_graph_or_its_bug_with_the_workers_traceback(monkeypatch):
    """build_batch runs the local build's stage (kg.article_graph) with stand-ins for the parse and
    the graph: a bug is that article's outcome, noted with where it happened, and one that cannot
    travel back to the writer comes as a RuntimeError that names it."""
    from kg import article_graph
    from kg.nlp import ParsedArticle

    class Unpicklable(Exception):  # a local class: pickle cannot find it again
        pass

    def graph(parsed, relations):
        if parsed.article.text == "bug":
            raise TypeError("a bug")
        if parsed.article.text == "odd":
            raise Unpicklable("odd one")
        return ArticleGraph(parsed.article, (), ())

    monkeypatch.setattr(worker, "load_model", lambda model: None)
    monkeypatch.setattr(article_graph, "parse", lambda nlp, articles, jobs=1: (ParsedArticle(a, []) for a in articles))
    monkeypatch.setattr(article_graph, "article_graph", graph)
    articles = _articles("one", "bug", "odd", "four")
    outcomes = worker.build_batch(list(enumerate(articles, start=5)), "stand-in", relations=False)
    assert [index for index, _ in outcomes] == [5, 6, 7, 8]
    assert [o.article for _, o in outcomes if isinstance(o, ArticleGraph)] == [articles[0], articles[3]]
    bug, odd = outcomes[1][1], outcomes[2][1]
    assert isinstance(bug, TypeError) and "on a Dask worker" in bug.__notes__[-1]
    assert 'raise TypeError("a bug")' in bug.__notes__[-1]
    assert type(odd) is RuntimeError and "Unpicklable: odd one" in str(odd)
    assert 'raise Unpicklable("odd one")' in odd.__notes__[-1]


def test_graphs_come_back_in_input_order_each_once_and_a_bug_is_reported(threads):
    from kg.pipeline import graphs_of

    articles = _articles("one", "two", "bug", "four", "five", "six", "seven")
    seen: list[tuple[int, int]] = []
    skipped: list = []
    with open_cluster(
        threads.scheduler_address, "stand-in", on_workers=lambda busy, total: seen.append((busy, total))
    ) as cluster:
        ids = [g.article.id for g in graphs_of(articles, "stand-in", skipped, cluster=cluster)]
    assert ids == ["a0", "a1", "a3", "a4", "a5", "a6"]
    assert [s.source for s in skipped] == ["a2.txt"] and "bug in kg" in skipped[0].reason
    assert "TypeError: a bug" in skipped[0].reason
    assert seen and all(total == 2 and 0 <= busy <= 2 for busy, total in seen)


def test_the_scheduler_is_asked_for_the_worker_threads_at_most_every_few_seconds(monkeypatch):
    """The window of batches out follows the cluster's threads, without one question a batch."""
    asked: list[dict[str, int]] = [{"w1": 1, "w2": 2}, {"w1": 1, "w2": 2, "w3": 4}]  # a worker joins

    class Client:
        def nthreads(self) -> dict[str, int]:
            return asked.pop(0)

    clock = [100.0]
    monkeypatch.setattr(session, "monotonic", lambda: clock[0])
    cluster = session.Cluster("tcp://127.0.0.1:8786", "stand-in")
    cluster._client = Client()
    assert [cluster.threads() for _ in range(5)] == [3] * 5 and len(asked) == 1
    clock[0] += session.THREADS_SECONDS / 2
    assert cluster.threads() == 3 and len(asked) == 1
    clock[0] += session.THREADS_SECONDS / 2
    assert cluster.threads() == 7 and not asked


def test_workers_of_another_kg_are_refused(threads, monkeypatch):
    monkeypatch.setattr(worker, "describe", lambda model: ("0123456789abcdef", "stand-in 1.0", "en"))
    with open_cluster(threads.scheduler_address, "stand-in") as cluster:
        with pytest.raises(ClusterError, match="run other kg code or data than this process"):
            assert cluster.lang


def test_a_scheduler_lost_mid_build_is_one_clear_line(threads, monkeypatch):
    from kg.pipeline import graphs_of

    monkeypatch.setattr(session, "CONNECT_SECONDS", 2)  # how long the client tries to reconnect
    address = threads.scheduler_address
    with open_cluster(address, "stand-in") as cluster:
        graphs = graphs_of(_articles("one", "two", "three", "four", "five"), "stand-in", [], cluster=cluster)
        next(graphs)
        threads.close()
        with pytest.raises(ClusterError, match=f"^lost the Dask cluster at {address}: "):
            list(graphs)


def test_the_fingerprint_changes_with_kg_code_or_data(tmp_path, monkeypatch):
    import shutil

    package = tmp_path / "kg"
    shutil.copytree(Path(worker.__file__).parents[1], package, ignore=shutil.ignore_patterns("__pycache__"))
    fake = package / "cluster" / "worker.py"
    monkeypatch.setattr(worker, "__file__", str(fake))
    worker.fingerprint.cache_clear()
    try:
        before = worker.fingerprint()
        worker.fingerprint.cache_clear()
        (package / "data" / "words.tsv").write_text("changed\n", encoding="utf-8")
        assert worker.fingerprint() != before
    finally:
        worker.fingerprint.cache_clear()


# -- the real pipeline on worker processes


@pytest.fixture(scope="module")
def stories(tmp_path_factory):
    return write_stories(tmp_path_factory.mktemp("stories") / "in", repeat=4)


@pytest.fixture(scope="module")
def local_build(stories, tmp_path_factory):
    """The stories built here, without a cluster: what every build on a cluster must equal."""
    out = tmp_path_factory.mktemp("local") / "out"
    assert run_kg("build", stories, "--out", out, "--title", "t").returncode == 0
    return files_of(out)


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two worker processes on loopback (its nannies restart a killed worker)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None, silence_logs=40
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.model
def test_a_build_on_local_workers_has_the_bytes_of_a_local_build(stories, local_build, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "BATCH_WORDS", 150)  # several batches, finishing out of order
    ran = run_kg("build", stories, "--out", tmp_path / "out", "--title", "t", "--dask", "local:2")
    assert ran.returncode == 0, ran.stderr
    assert files_of(tmp_path / "out") == local_build
    assert "d-russian.txt: not English" in ran.stderr  # skipped as a local build skips it


@pytest.mark.model
def test_a_store_built_on_a_cluster_equals_one_built_here(stories, scheduler, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "BATCH_WORDS", 150)
    here = run_kg("build", stories, "--store", tmp_path / "here", "--out", tmp_path / "here-files", "--title", "t")
    there = run_kg(
        "build", stories, "--store", tmp_path / "there", "--out", tmp_path / "there-files", "--title", "t",
        "--dask", scheduler,
    )  # fmt: skip
    assert here.returncode == there.returncode == 0, there.stderr
    counts = [ran.stdout.splitlines()[0].split(": ", 1)[1] for ran in (here, there)]  # added, words, facts
    assert counts[0] == counts[1] and counts[0].startswith("5 added")
    assert files_of(tmp_path / "there-files") == files_of(tmp_path / "here-files")
    assert files_of(tmp_path / "there" / "nquads") == files_of(tmp_path / "here" / "nquads")


@pytest.mark.model
def test_a_worker_killed_mid_build_loses_nothing(scheduler, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "BATCH_WORDS", 1)  # one article a batch: the others are out when one is back
    stories = write_stories(tmp_path / "in", repeat=30)  # long enough that batches still run after the first
    clean = kg.build([stories], out=tmp_path / "clean", title="t")
    killed: list[int] = []

    with distributed.Client(scheduler, timeout=10) as client:
        pids = client.run(os.getpid)

        def kill_a_busy_worker(article) -> None:
            if not killed:
                busy = [address for address, keys in client.processing().items() if keys]
                assert busy, "no batch was running when the first article came back"
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])

        workers: list[tuple[int, int]] = []
        result = kg.build(
            [stories],
            out=tmp_path / "out",
            title="t",
            dask=scheduler,
            on_article=kill_a_busy_worker,
            on_workers=lambda busy, total: workers.append((busy, total)),
        )
    assert killed and [g.article.id for g in result.graphs] == [g.article.id for g in clean.graphs]  # each once
    assert files_of(tmp_path / "out") == files_of(tmp_path / "clean")
    assert workers and all(0 <= busy <= total <= 2 for busy, total in workers)
