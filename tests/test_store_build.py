"""kg.pipeline.update_store: incremental builds into a store, article by article.

The parser is replaced by a stand-in that reads facts written plainly in the
article text ("Person:Xi Jinping | met | Organization:Huawei"), so these tests
exercise hashing, replacing, folding short names and failure handling without
the spaCy model; tests/test_cli_store.py and the model-marked test at the end
run the real thing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.pipeline as pipeline
from kg.errors import InputError
from kg.iri import entity_key
from kg.model import ArticleGraph, Entity, Fact, Skipped, Span
from kg.pipeline import update_store
from kg.rdf import graph_iri
from kg.store import GraphStore, StoreError

ID = "https://kg.example.org/id/"


def fake_graph(article) -> ArticleGraph:
    """Entities and facts from lines "Class:Label | predicate label | Class:Label"."""
    if "BROKEN" in article.text:
        raise ValueError("cannot extract this one")
    entities: dict[str, Entity] = {}
    facts = []
    offset = 0
    for line in article.text.splitlines():
        parts = [part.strip() for part in line.split("|")]
        span = Span(offset, offset + len(line), line)
        offset += len(line) + 1
        if len(parts) != 3:
            continue
        keys = []
        for side in (parts[0], parts[2]):
            cls, label = side.split(":", 1)
            entity = Entity(key=entity_key(cls, label), cls=cls, label=label)
            entities[entity.key] = entity
            keys.append(entity.key)
        facts.append(
            Fact(
                subject=keys[0],
                predicate="",
                predicate_label=parts[1],
                obj=keys[1],
                literal=None,
                article=article.id,
                sentence=span,
                confidence=0.8,
                extractor="test",
            )
        )
    return ArticleGraph(article, tuple(sorted(entities.values(), key=lambda e: e.key)), tuple(facts))


@pytest.fixture(autouse=True)
def no_model(request, monkeypatch):
    """Stand in for parse + extract + resolve (except in model-marked tests); records
    which articles were parsed."""
    parsed: list[str] = []
    if request.node.get_closest_marker("model"):
        return parsed

    def graphs_of(articles, model=None, skipped=None, on_article=None, jobs=1, relations=False, cluster=None):
        for article in articles:
            parsed.append(article.id)
            try:
                graph = fake_graph(article)
            except ValueError as error:
                skipped.append(Skipped(article.source_path, f"extraction failed: {error}"))
                continue
            yield graph

    monkeypatch.setattr(pipeline, "graphs_of", graphs_of)
    return parsed


def write(folder: Path, name: str, *lines: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(f"Title of {name}\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def subjects_and_objects(store_path: Path, article_id: str) -> set[str]:
    with GraphStore.open(store_path, read_only=True) as store:
        rows = store.query(
            "SELECT DISTINCT ?g ?e WHERE { GRAPH ?g { ?s rdf:subject|rdf:object ?e } }", {"g": graph_iri(article_id)}
        )
        return {row["e"].value[len(ID) :] for row in rows}


def test_second_run_skips_unchanged_replaces_changed_adds_new(tmp_path, no_model):
    docs, store = tmp_path / "docs", tmp_path / "store"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    write(docs, "b", "Organization:Royal Society | elected | Person:Ada Lovelace")
    first = update_store([docs], store)
    assert (sorted(first.added), first.replaced, first.unchanged) == (["a", "b"], (), ())
    assert no_model == ["a", "b"]

    write(docs, "b", "Organization:Royal Society | admitted | Person:Charles Babbage")
    write(docs, "c", "Person:Charles Babbage | built | Product:Difference Engine")
    no_model.clear()
    second = update_store([docs], store)
    assert (second.added, second.replaced, second.unchanged) == (("c",), ("b",), ("a",))
    assert sorted(no_model) == ["b", "c"]  # a was not parsed again
    assert subjects_and_objects(store, "b") == {"organization/royal-society", "person/charles-babbage"}
    with GraphStore.open(store, read_only=True) as opened:
        assert len(opened.graph_names()) == 3
        labels = {row["l"].value for row in opened.query("SELECT DISTINCT ?l WHERE { ?p rdfs:label ?l }")}
    assert "admitted" in labels and "elected" not in labels  # the old version of b is gone

    no_model.clear()
    third = update_store([docs], store)
    assert (third.added, third.replaced, len(third.unchanged), third.words) == ((), (), 3, 0)
    assert no_model == []


def test_store_dump_matches_a_build_of_the_same_articles(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    write(docs, "b", "Organization:Royal Society | elected | Person:Ada Lovelace")
    update_store([docs / "a.txt"], tmp_path / "store")
    update_store([docs], tmp_path / "store")  # a unchanged, b added in a second run
    result = pipeline.build([docs], tmp_path / "out", view=False)
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        for fmt, name in (("ttl", "graph.ttl"), ("trig", "graph.trig"), ("jsonld", "graph.jsonld")):
            assert store.dump(fmt) == (tmp_path / "out" / name).read_bytes(), fmt
    assert len(result.graphs) == 2


def test_short_name_folds_into_a_full_name_whatever_the_order(tmp_path, no_model):
    docs = tmp_path / "docs"
    # "Lovelace" comes first, its full name only in a later article of the same run
    write(docs, "a", "Person:Lovelace | wrote | Work:Notes")
    write(docs, "b", "Person:Ada Lovelace | met | Person:Charles Babbage")
    write(docs, "c", "Person:Babbage | built | Product:Difference Engine")  # folds when written
    result = update_store([docs], tmp_path / "store")
    assert subjects_and_objects(tmp_path / "store", "a") == {"person/ada-lovelace", "work/notes"}
    assert subjects_and_objects(tmp_path / "store", "c") == {"person/charles-babbage", "product/difference-engine"}
    assert no_model == ["a", "b", "c", "a"]  # only a is parsed again, to be written with the full name
    assert result.added == ("a", "b", "c") and result.facts == 3


def test_short_name_folds_into_a_full_name_already_in_the_store(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Ada Lovelace | met | Person:Charles Babbage")
    update_store([docs], tmp_path / "store")
    write(docs, "b", "Person:Babbage | built | Product:Difference Engine")
    update_store([docs], tmp_path / "store")
    assert subjects_and_objects(tmp_path / "store", "b") == {"person/charles-babbage", "product/difference-engine"}


def test_stored_articles_keep_their_iris_when_a_new_full_name_arrives(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Babbage | built | Product:Difference Engine")
    update_store([docs], tmp_path / "store")
    write(docs, "b", "Person:Charles Babbage | met | Person:Ada Lovelace")
    second = update_store([docs], tmp_path / "store")
    assert second.unchanged == ("a",)
    # a is not rewritten: its entity IRI stays what users may already have linked to
    assert subjects_and_objects(tmp_path / "store", "a") == {"person/babbage", "product/difference-engine"}


def test_ambiguous_short_name_stays_apart(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Ada Lovelace | met | Person:Charles Babbage")
    write(docs, "b", "Person:Benjamin Babbage | met | Person:Ada Lovelace")
    write(docs, "c", "Person:Babbage | built | Product:Difference Engine")
    update_store([docs], tmp_path / "store")
    assert subjects_and_objects(tmp_path / "store", "c") == {"person/babbage", "product/difference-engine"}


def test_broken_article_is_skipped_and_the_others_are_written(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    write(docs, "b", "BROKEN")
    write(docs, "c", "Person:Charles Babbage | built | Product:Difference Engine")
    result = update_store([docs], tmp_path / "store")
    assert sorted(result.added) == ["a", "c"]
    assert [(Path(s.source).name, s.reason) for s in result.skipped] == [
        ("b.txt", "extraction failed: cannot extract this one")
    ]
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        assert store.graph_names() == [graph_iri("a").value, graph_iri("c").value]


def test_interrupted_build_keeps_every_finished_article_whole(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    for name in "abcd":
        write(docs, name, f"Person:Person {name.upper()} Smith | wrote | Work:Book {name}")
    real = pipeline.graphs_of

    def interrupted(articles, *args, **kwargs):
        for number, graph in enumerate(real(articles, *args, **kwargs)):
            if number == 2:
                raise KeyboardInterrupt
            yield graph

    monkeypatch.setattr(pipeline, "graphs_of", interrupted)
    with pytest.raises(KeyboardInterrupt):
        update_store([docs], tmp_path / "store")
    with GraphStore.open(tmp_path / "store") as store:  # opens: the lock went with the interrupted build
        assert store.graph_names() == [graph_iri("a").value, graph_iri("b").value]
        for name in "ab":
            quads = list(store.oxigraph.quads_for_pattern(None, None, None, graph_iri(name)))
            assert len(quads) == len([q for q in store.quads() if q.graph_name == graph_iri(name)]) > 10
    monkeypatch.setattr(pipeline, "graphs_of", real)
    resumed = update_store([docs], tmp_path / "store")
    assert (resumed.added, resumed.unchanged) == (("c", "d"), ("a", "b"))


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path):
    write(tmp_path / "one", "same", "Person:Ada Lovelace | wrote | Work:Notes")
    write(tmp_path / "two", "same", "Person:Charles Babbage | built | Product:Difference Engine")
    result = update_store([tmp_path / "one", tmp_path / "two"], tmp_path / "store")
    assert result.added == ("same", "same-2") and result.skipped == ()
    assert subjects_and_objects(tmp_path / "store", "same") == {"person/ada-lovelace", "work/notes"}


def test_repeated_article_id_keeps_the_first():
    from kg.model import Article

    first, second = (
        Article(id="x", title="t", text=text, source_path=path)
        for text, path in (("one", "a.jsonl:1"), ("two", "b.jsonl:1"))
    )
    skipped: list[Skipped] = []
    todo, unchanged = pipeline._split_by_hash([first, second], {}, skipped)
    assert (todo, unchanged) == ([first], [])
    assert skipped == [Skipped("b.jsonl:1", "article id 'x' is also used by a.jsonl:1; kept that one")]


def test_no_readable_article_and_store_in_use(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no article could be read"):
        update_store([tmp_path / "empty"], tmp_path / "store")
    write(tmp_path / "docs", "a", "Person:Ada Lovelace | wrote | Work:Notes")
    with GraphStore.open(tmp_path / "store"):
        with pytest.raises(StoreError, match="is in use by this process"):
            update_store([tmp_path / "docs"], tmp_path / "store")


def test_cache_survives_a_crash_between_transaction_and_cache_file(tmp_path, monkeypatch):
    """The N-Triples cache of a graph written just before a crash is rebuilt from the database."""
    write(tmp_path / "docs", "a", "Person:Ada Lovelace | wrote | Work:Notes")
    update_store([tmp_path / "docs"], tmp_path / "store")
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        before = store.dump("nq")
    write(tmp_path / "docs", "a", "Person:Ada Lovelace | corrected | Work:Notes")
    monkeypatch.setattr(GraphStore, "_write_cache", lambda self, graph, lines: None)  # the crash
    monkeypatch.setattr(GraphStore, "close", lambda self: setattr(self, "_store", None))
    update_store([tmp_path / "docs"], tmp_path / "store")
    monkeypatch.undo()
    with GraphStore.open(tmp_path / "store", read_only=True) as store:  # read-only: reads a from the database
        stale_safe = store.dump("nq")
    with GraphStore.open(tmp_path / "store") as store:  # a writer repairs the cache
        assert store.dump("nq") == stale_safe
    assert stale_safe != before and b"corrected" in stale_safe and b"/wrote>" not in stale_safe
    assert not (tmp_path / "store" / "pending").exists()


def _nq(store_path: Path) -> bytes:
    with GraphStore.open(store_path, read_only=True) as store:
        return store.dump("nq")


def _database_nq(store_path: Path) -> bytes:
    """The article graphs read out of the database itself, never from the cache."""
    import pyoxigraph as ox

    with GraphStore.open(store_path, read_only=True) as store:
        quads = [
            q
            for q in store.oxigraph.quads_for_pattern(None, None, None, None)
            if q.graph_name in {ox.NamedNode(name) for name in store.graph_names()}
        ]
    lines = sorted(
        ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(), key=lambda line: (line.rsplit(b" ", 2)[-2], line)
    )
    return b"".join(line + b"\n" for line in lines)


@pytest.mark.parametrize("fault", [OSError(30, "Read-only file system"), KeyboardInterrupt()])
def test_a_failed_cache_write_after_the_transaction_keeps_the_journal_and_the_next_open_repairs(
    tmp_path, monkeypatch, fault
):
    """The nquads/ folder cannot be written (read-only, disk full) or the build is cut short
    right after an article's transaction: the journal keeps naming that graph, exports read it
    from the database meanwhile, and the next writable open rebuilds its cache file."""
    from kg.store.cache import Cache

    docs, store = tmp_path / "docs", tmp_path / "store"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    write(docs, "b", "Person:Charles Babbage | built | Product:Difference Engine")
    update_store([docs], store)
    write(docs, "a", "Person:Ada Lovelace | corrected | Work:Notes")

    def refuse(self, graph, lines):
        raise fault

    monkeypatch.setattr(Cache, "write", refuse)
    with pytest.raises(StoreError if isinstance(fault, OSError) else KeyboardInterrupt) as raised:
        update_store([docs], store)
    if isinstance(fault, OSError):
        assert "cannot write the export cache of graph" in str(raised.value) and "\n" not in str(raised.value)
    monkeypatch.undo()
    assert (store / "pending").read_text() == graph_iri("a").value + "\n"  # the journal survived
    exported = _nq(store)  # read-only: a is read from the database
    assert b"/corrected>" in exported and b"/wrote>" not in exported and exported == _database_nq(store)

    again = update_store([docs], store)  # the open repairs the cache; a is unchanged in the database
    assert again.unchanged == ("a", "b") and not (store / "pending").exists()
    assert _nq(store) == exported
    with GraphStore.open(store) as writer:
        assert writer._cache.read(graph_iri("a")) is not None and b"/corrected>" in writer._cache.read(graph_iri("a"))


def test_a_cache_folder_that_stays_unwritable_is_one_line_and_keeps_the_journal(tmp_path, monkeypatch):
    from kg.store.cache import Cache

    docs, store = tmp_path / "docs", tmp_path / "store"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    update_store([docs], store)
    write(docs, "a", "Person:Ada Lovelace | corrected | Work:Notes")

    def refuse(self, graph, lines):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Cache, "write", refuse)
    for _ in range(2):  # the build, then the next open's repair, both refused
        with pytest.raises(StoreError, match="cannot write the export cache of graph .*Read-only file system"):
            update_store([docs], store)
        assert (store / "pending").read_text() == graph_iri("a").value + "\n"
    monkeypatch.undo()
    assert b"/corrected>" in _nq(store)
    update_store([docs], store)
    assert not (store / "pending").exists() and _nq(store) == _database_nq(store)


# "Lovelace" (a) and "Babbage" (c) find their full names only in b and d: a clean build
# writes a and c first as they stand, then refolds them at its end
CORPUS = {
    "a": ("Person:Lovelace | wrote | Work:Notes",),
    "b": ("Person:Ada Lovelace | met | Person:Charles Babbage",),
    "c": ("Person:Babbage | built | Product:Engine", "Organization:Society | elected | Person:Lovelace"),
    "d": ("Organization:Royal Society | admitted | Person:Charles Babbage",),
    "e": ("Person:Mary Somerville | wrote | Work:Mechanism",),
}


def _store_bytes(store_path: Path) -> dict[str, bytes]:
    from kg.store import DUMP_FORMATS

    with GraphStore.open(store_path, read_only=True) as store:
        return {fmt: store.dump(fmt) for fmt in DUMP_FORMATS} | {"database": _database_nq(store_path)}


def _clean_build(tmp_path: Path) -> dict[str, bytes]:
    docs = tmp_path / "docs"  # the same sources as the builds compared with it (their paths are in the graph)
    for name, lines in CORPUS.items():
        write(docs, name, *lines)
    update_store([docs], tmp_path / "clean")
    return _store_bytes(tmp_path / "clean")


# the build above writes a-e, then refolds a (c folds when written). One article a batch, that
# is 5 records, 6 transactions and 6 cache files; in batches, 1 record (a-e), 2 transactions
# (a-e, then a) and 6 cache files. Cut it short in a record, in a transaction, in a cache
# write, or right after a transaction: (batching, where, call, before the first refold ends)
CUTS = [
    *(
        ("per article", where, call, call < 5)
        for where, calls in (("record", 5), ("transaction", 6))
        for call in range(calls)
    ),
    *(("per article", where, call, call < 5) for where in ("cache", "after") for call in range(6)),
    *(
        ("batched", where, call, call == 0)
        for where, calls in (("record", 1), ("transaction", 2), ("after", 2))
        for call in range(calls)
    ),
    *(("batched", "cache", call, call < 5) for call in range(6)),
]


@pytest.mark.parametrize("batching, where, call, early", CUTS)
def test_a_build_cut_short_anywhere_then_resumed_equals_a_clean_build(
    tmp_path, monkeypatch, batching, where, call, early
):
    from kg.store import batch
    from kg.store.cache import Cache
    from kg.store.unfinished import UnfinishedBuild

    monkeypatch.setattr(batch, "BATCH_QUADS", 1 if batching == "per article" else 10**9)
    monkeypatch.setattr(batch, "BATCH_SECONDS", 3600.0)  # batches by size only: the same calls on a slow machine
    clean = _clean_build(tmp_path)
    assert b"/person/lovelace>" not in clean["nq"] and b"/person/babbage>" not in clean["nq"]  # refolded
    docs, store = tmp_path / "docs", tmp_path / "store"
    for name, lines in CORPUS.items():
        write(docs, name, *lines)
    calls = {"record": 0, "transaction": 0, "cache": 0, "after": 0}

    def cut(point, real):
        def wrapper(*args, **kwargs):
            if where == point and calls[point] == call:
                raise KeyboardInterrupt
            calls[point] += 1
            result = real(*args, **kwargs)
            if point == "transaction" and where == "after" and calls["after"] == call:
                raise KeyboardInterrupt
            calls["after"] += point == "transaction"
            return result

        return wrapper

    with pytest.MonkeyPatch.context() as faults:  # the stand-in parser stays
        faults.setattr(UnfinishedBuild, "note_all", cut("record", UnfinishedBuild.note_all))
        faults.setattr(GraphStore, "write_articles", cut("transaction", GraphStore.write_articles))
        faults.setattr(Cache, "write", cut("cache", Cache.write))
        with pytest.raises(KeyboardInterrupt):
            update_store([docs], store)
    if early:  # cut short before the refold of a
        assert _store_bytes(store) != clean
    update_store([docs], store)
    assert _store_bytes(store) == clean
    assert not (store / "unfinished").exists() and not (store / "pending").exists()


def test_a_resume_cut_short_again_still_converges(tmp_path, monkeypatch):
    clean = _clean_build(tmp_path)
    docs, store = tmp_path / "docs", tmp_path / "store"
    for name, lines in CORPUS.items():
        write(docs, name, *lines)
    real = pipeline.graphs_of

    def interrupted_after(count):
        def graphs_of(articles, *args, **kwargs):
            for number, graph in enumerate(real(articles, *args, **kwargs)):
                if number == count:
                    raise KeyboardInterrupt
                yield graph

        return graphs_of

    for count in (2, 1):  # a, b written; then c; then the rest
        monkeypatch.setattr(pipeline, "graphs_of", interrupted_after(count))
        with pytest.raises(KeyboardInterrupt):
            update_store([docs], store)
    monkeypatch.setattr(pipeline, "graphs_of", real)
    assert b"/person/lovelace>" in _store_bytes(store)["nq"]  # a in its first form so far
    resumed = update_store([docs], store)
    assert _store_bytes(store) == clean
    assert set(resumed.added) == {"d", "e"} and resumed.replaced == ("a",)  # a refolded; c folded when written


def test_an_unreadable_record_of_an_unfinished_build_is_no_crash(tmp_path):
    docs, store = tmp_path / "docs", tmp_path / "store"
    write(docs, "a", "Person:Ada Lovelace | wrote | Work:Notes")
    update_store([docs], store)
    (store / "unfinished").write_bytes(b'\xff\xfe["x"\n[1,2,3]\n["https://kg.example.org/graph/a","h","[[1]]"]\n')
    again = update_store([docs], store)
    assert again.unchanged == ("a",) and not (store / "unfinished").exists()


@pytest.mark.model
def test_real_build_into_a_store_answers_like_the_files(tmp_path, seed_build):
    from kg.load import load_dataset
    from kg.query import format_result, run_saved

    from conftest import SEEDS

    out, _ = seed_build
    result = update_store([SEEDS], tmp_path / "store")
    assert len(result.added) == 1 and result.facts > 40
    dataset = load_dataset(out)
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        for name in ("who-said-what", "facts-with-sources", "entities", "articles"):
            assert format_result(run_saved(store, name), "csv") == format_result(run_saved(dataset, name), "csv"), name
        assert store.dump("ttl") == (out / "graph.ttl").read_bytes()
