"""kg.store.inputs: a build into a store does not read again the files it stored unchanged
(same size, same modification time), and reads every file whose articles it may need."""

from __future__ import annotations

import os

import pytest
from test_store_build import fake_graph, subjects_and_objects, write

import kg.pipeline as pipeline
import kg.readers.walk as walk
from kg.pipeline import update_store
from kg.rdf import graph_iri
from kg.store import GraphStore


@pytest.fixture(autouse=True)
def no_model(monkeypatch):
    parsed: list[str] = []

    def graphs_of(articles, model=None, skipped=None, on_article=None, jobs=1, relations=False, cluster=None):
        for article in articles:
            parsed.append(article.id)
            yield fake_graph(article)

    monkeypatch.setattr(pipeline, "graphs_of", graphs_of)
    return parsed


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The files the readers read (not those the store stood in for)."""
    read: list[str] = []
    real = walk._records

    def records(path):
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(walk, "_records", records)
    return read


def corpus(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    write(docs, "b", "Person:Charles Babbage | built | Product:Engine")
    write(docs, "c", "Person:Babbage | met | Person:Ada Lovelace")
    return docs


def test_unchanged_files_are_not_read_again_and_a_changed_one_is(tmp_path, reads, no_model):
    docs, store = corpus(tmp_path), tmp_path / "store"
    update_store([docs], store)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"]
    reads.clear()
    no_model.clear()
    again = update_store([docs], store)
    assert reads == [] and no_model == [] and again.unchanged == ("a", "b", "c")

    write(docs, "b", "Person:Charles Babbage | designed | Product:Analytical Engine")  # another size
    third = update_store([docs], store)
    assert reads == ["b.txt"] and third.replaced == ("b",) and third.unchanged == ("a", "c")
    assert subjects_and_objects(store, "b") == {"person/charles-babbage", "product/analytical-engine"}


def test_same_size_but_another_time_is_read(tmp_path, reads):
    docs, store = corpus(tmp_path), tmp_path / "store"
    update_store([docs], store)
    reads.clear()
    path = docs / "a.txt"
    path.write_text(path.read_text().replace("wrote", "wrota"))  # same size
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert update_store([docs], store).replaced == ("a",) and reads == ["a.txt"]


def test_a_stand_in_the_store_lost_is_read_and_built(tmp_path, reads):
    docs, store = corpus(tmp_path), tmp_path / "store"
    update_store([docs], store)
    with GraphStore.open(store) as opened:
        opened.remove_article(graph_iri("b"))
    reads.clear()
    again = update_store([docs], store)
    assert again.added == ("b",) and reads == ["b.txt"]  # b read again, alone
    assert subjects_and_objects(store, "b") == {"person/charles-babbage", "product/engine"}


def test_a_file_with_an_unreadable_line_is_read_every_time(tmp_path, reads):
    docs, store = tmp_path / "docs", tmp_path / "store"
    docs.mkdir()
    (docs / "feed.jsonl").write_text(
        '{"id": "x", "title": "X", "text": "Person:Ada Lovelace | wrote | Work:Notes"}\n{not json\n', encoding="utf-8"
    )
    first = update_store([docs], store)
    again = update_store([docs], store)
    assert reads == ["feed.jsonl", "feed.jsonl"] and len(first.skipped) == len(again.skipped) == 1


def test_a_build_to_resume_reads_everything(tmp_path, reads, monkeypatch):
    docs, store = corpus(tmp_path), tmp_path / "store"
    update_store([docs], store)
    (store / "unfinished").write_text("")  # a build cut short left its record
    reads.clear()
    update_store([docs], store)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"]


def test_the_same_file_named_by_another_path_is_read(tmp_path, reads):
    docs, store = corpus(tmp_path), tmp_path / "store"
    update_store([docs], store)
    (tmp_path / "link").symlink_to(docs)
    reads.clear()
    again = update_store([tmp_path / "link"], store)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"] and again.unchanged == ("a", "b", "c")
