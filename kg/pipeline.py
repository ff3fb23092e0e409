"""The build: read -> parse -> extract -> resolve -> RDF -> files, or -> a store.

    build(paths, out) -> BuildResult                  everything in memory, then files
    update_store(paths, store) -> StoreUpdate         article by article into a store (folder or server)

Each stage is a function of plain data (see :mod:`kg.model`); this module only
wires them together, collects what was skipped and why, and writes the outputs.

:func:`update_store` streams: each article is written to the store (one
transaction) as soon as it is resolved, so memory does not grow with the corpus,
and an interrupted build keeps every article it finished. Articles whose content
hash is already in the store are not parsed again. Short names fold into full
names found in the store or earlier in the run; articles whose short names only
find their full name later in the run are parsed and written once more at the end
(only their short names are kept meanwhile, not their graphs), so the result does
not depend on input order. Articles already in the store are never
rewritten for a merge: their entity IRIs stay as they were.
"""

from __future__ import annotations

import json
import logging
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset

from .article_graph import article_graphs
from .cluster import Cluster, open_cluster
from .errors import ExtractionError, InputError
from .export import BuildData, write_outputs
from .fileio import ensure_dir, write_all_atomic
from .model import Article, ArticleGraph, Entity, Skipped
from .nlp import DEFAULT_MODEL, MIN_LATIN_SHARE, latin_share, load_model
from .rdf import article_quads, content_hash, graph_iri
from .readers import read_paths
from .readers.walk import ReadHook
from .resolve import ShortNames, merge_short_names, short_names
from .store import ArticleStore, Location, is_remote, location_name, open_reader, open_store
from .store.batch import ArticleBatch
from .store.inputs import InputIndex
from .store.unfinished import UNFINISHED
from .terms import rdflib_dataset

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("output")


@dataclass(frozen=True, slots=True, repr=False)
class BuildResult:
    """The outcome of a build: the graphs, what was skipped, the files written, timings.

    In a notebook it shows as its short report (``summary()``), never as its data."""

    data: BuildData
    files: tuple[Path, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def entities(self) -> int:
        """Entity nodes of the graph: the articles' entities and their publishers (as report.md counts)."""
        return len(self.data.entity_classes())

    @property
    def facts(self) -> int:
        """Facts read, whatever their modality (each a kg:Statement)."""
        return sum(len(g.facts) for g in self.data.graphs)

    @property
    def asserted(self) -> int:
        """Facts the articles assert (themselves or through a named source): the plain triples."""
        return sum(f.asserted for g in self.data.graphs for f in g.facts)

    def summary(self) -> str:
        """One line: articles, words, entities, facts (and how many are not asserted)."""
        hedged = self.facts - self.asserted
        facts = _count(self.facts, "fact") + (f" ({hedged} not asserted)" if hedged else "")
        return (
            f"{_count(len(self.graphs), 'article')} ({_count(self.words, 'word')}): "
            f"{_count(self.entities, 'entity', 'entities')}, {facts}"
        )

    def __repr__(self) -> str:
        skipped = f", {len(self.skipped)} inputs skipped" if self.skipped else ""
        where = f" -> {self.files[0].parent}/" if self.files else ""
        return f"<BuildResult {self.summary()}{skipped}{where}>"

    def _repr_html_(self) -> str:
        import html

        rows = [
            ("articles", f"{len(self.graphs)} ({self.words:,} words)"),
            ("entities", f"{self.entities:,}"),
            ("facts", f"{self.facts:,} ({self.asserted:,} asserted)"),
            ("skipped", str(len(self.skipped))),
        ]
        if self.files:
            rows.append(("written", ", ".join(f.name for f in self.files) + f" in {self.files[0].parent}/"))
        body = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        skipped = "".join(f"<li>{html.escape(s.source)}: {html.escape(s.reason)}</li>" for s in self.skipped[:10])
        more = f"<li>... {len(self.skipped) - 10} more</li>" if len(self.skipped) > 10 else ""
        return (
            f"<div><strong>kg build</strong><table>{body}</table>"
            + (f"<ul>{skipped}{more}</ul>" if skipped else "")
            + "</div>"
        )

    @property
    def graphs(self) -> tuple[ArticleGraph, ...]:
        return self.data.graphs

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return self.data.skipped

    @property
    def words(self) -> int:
        return sum(g.article.words for g in self.data.graphs)

    def dataset(self) -> Dataset:
        """The graph as an rdflib ``Dataset`` (one named graph per article)."""
        return rdflib_dataset(self.data.quads)


def _count(number: int, one: str, many: str | None = None) -> str:
    return f"{number:,} {one if number == 1 else many or one + 's'}"


def read_articles(paths: Iterable[str | Path], hook: ReadHook | None = None) -> tuple[list[Article], list[Skipped]]:
    """The articles under ``paths`` and the inputs skipped (with why). Raises
    :class:`InputError` when no article could be read. ``hook`` reads files in place of
    the readers (see :func:`kg.readers.read_paths`)."""
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_paths(paths, hook):
        (articles if isinstance(item, Article) else skipped).append(item)
    if not articles:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:3]) or "no input files"
        raise InputError(f"no article could be read ({reasons})")
    return articles, skipped


def graphs_of(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    skipped: list[Skipped] | None = None,
    on_article: Callable[[Article], None] | None = None,
    jobs: int = 1,
    relations: bool | float = True,
    cluster: Cluster | None = None,
) -> Iterator[ArticleGraph]:
    """Parse, extract and resolve articles one at a time (streaming), in this process or,
    given a ``cluster``, on its workers (in the same order, with the same results).

    Input that cannot be read never gets this far (the readers skip it with a reason),
    so an exception while extracting is a bug in kg. The article is listed in
    ``skipped`` as such, with the traceback logged, and the others go on; when it
    happens to every article, :class:`ExtractionError` ends the build with the first
    error (an empty graph would hide the bug)."""
    nlp = load_model(model) if cluster is None else None
    if (cluster.lang if nlp is None else nlp.lang) == "en" and skipped is not None:
        articles = _latin_script(articles, model, skipped)
    if nlp is not None:
        outcomes = article_graphs(nlp, articles, relations, jobs)
    else:
        outcomes = cluster.outcomes(articles, relations)
    first_error: Exception | None = None
    built = 0
    for article, outcome in outcomes:
        if isinstance(outcome, Exception):  # a bug in kg: one article's bug never stops the others
            log.debug("kg failed on %s (a bug in kg)", article.source_path, exc_info=outcome)  # shown by -v
            first_error = first_error or outcome
            if skipped is not None:
                skipped.append(
                    Skipped(
                        article.source_path,
                        f"not built because of a bug in kg (please report it): {type(outcome).__name__}: {outcome}",
                    )
                )
            continue
        built += 1
        if on_article is not None:
            on_article(article)
        yield outcome
    if first_error is not None and not built:
        raise ExtractionError(
            f"extraction failed on every article (a bug in kg, please report it; -v shows the "
            f"traceback): {type(first_error).__name__}: {first_error}"
        ) from first_error


def _latin_script(articles: Iterable[Article], model: str, skipped: list[Skipped]) -> Iterator[Article]:
    """The articles an English pipeline can read; the others skipped with why (an English
    parser turns Hindi or Russian text into nonsense facts)."""
    for article in articles:
        share = latin_share(article.text)
        if share >= MIN_LATIN_SHARE:
            yield article
        else:
            skipped.append(
                Skipped(
                    article.source_path,
                    f"not English: {share:.0%} of its letters are Latin, and "
                    f"{model} parses English (choose a pipeline for its language with --model)",
                )
            )


def build(
    paths: Iterable[str | Path],
    out: str | Path | None = DEFAULT_OUT,
    *,
    model: str = DEFAULT_MODEL,
    view: bool = True,
    on_start: Callable[[list[Article]], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    jobs: int = 1,
    relations: bool | float = True,
    title: str | None = None,
    dask: str | None = None,
    on_workers: Callable[[int, int], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths``; write it to ``out``
    (unless ``out`` is None) and return it. ``on_start`` receives the articles read,
    ``on_article`` each article as it is finished (for progress display). The view's
    ``title`` is, unless given, the name of ``out`` (or the article's headline, or "N
    articles", when ``out`` is the default ``output``). With ``dask`` (a scheduler's address,
    or "local:N"), articles are parsed, extracted and resolved on that Dask cluster, and
    ``on_workers`` receives the workers busy and in the cluster as batches finish.

    Raises :class:`InputError` when a path is missing or no article could be read;
    unreadable articles are skipped and listed in ``result.skipped`` and the report.
    """
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    if out is not None:
        ensure_dir(Path(out))  # fail before the long part, not after it
    articles, skipped = read_articles(paths)
    seconds["read"] = time.perf_counter() - clock
    if on_start is not None:
        on_start(articles)

    clock = time.perf_counter()
    with open_cluster(dask, model, on_workers) as cluster:
        graphs = merge_short_names(list(graphs_of(articles, model, skipped, on_article, jobs, relations, cluster)))
    seconds["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    data = BuildData.of(graphs, skipped)
    seconds["rdf"] = time.perf_counter() - clock
    files: tuple[Path, ...] = ()
    if out is not None:
        clock = time.perf_counter()
        extra = {"view.html": _view(data.quads, view_title(out, title))} if view else None
        files = tuple(write_outputs(data, Path(out), extra))
        seconds["write"] = time.perf_counter() - clock
    return BuildResult(data, files, seconds)


#: the files ``kg build --store DIR --out OUT`` writes from the store, by format
STORE_FILES = {"graph.ttl": "ttl", "graph.trig": "trig", "graph.jsonld": "jsonld"}


def export_store(store: Location, out: str | Path, view: bool = True, title: str | None = None) -> list[Path]:
    """Write the graph files (and the view) of the whole store into folder ``out``.
    Opens the store read-only, so it works while another process builds into it. The
    view's ``title`` is, unless given, the store folder's name."""
    out = ensure_dir(Path(out))
    with open_reader(store) as graph_store:
        rendered = {name: graph_store.dump(fmt) for name, fmt in STORE_FILES.items()}
        if view:
            default = location_name(store) if is_remote(store) else Path(store).resolve().name
            rendered["view.html"] = _view(graph_store.quads(), title or default)
    return write_all_atomic(out, rendered)


def view_title(out: str | Path, title: str | None = None) -> str | None:
    """The title of a build's view: the one given, else the output folder's name unless it
    is the default ``output`` (then the page names its article or counts them)."""
    if title:
        return title
    name = Path(out).resolve().name
    return None if name == DEFAULT_OUT.name else name


def _view(quads: Iterable[ox.Quad], title: str | None = None) -> bytes:
    """The view a build or a store export writes (:func:`kg.view.render_view_bytes`)."""
    from .view import render_view_bytes  # networkx and jinja2: loaded only when a view is drawn

    return render_view_bytes(quads, title=title)


@dataclass(frozen=True, slots=True)
class StoreUpdate:
    """The outcome of :func:`update_store`: article ids by what happened to them."""

    store: Location
    added: tuple[str, ...]
    replaced: tuple[str, ...]
    unchanged: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    words: int  #: words parsed in this run (unchanged articles are not parsed)
    facts: int  #: facts written in this run
    seconds: dict[str, float] = field(default_factory=dict)


def _split_by_hash(
    articles: list[Article],
    stored: dict[str, str],
    skipped: list[Skipped],
    hash_of: Callable[[Article], str] = content_hash,
) -> tuple[list[Article], list[str]]:
    """Articles to parse, and ids of those whose content (``hash_of``) the store already has.
    An id given twice keeps its first article; the others are skipped."""
    todo: list[Article] = []
    unchanged: list[str] = []
    first: dict[str, Article] = {}
    for article in articles:
        graph = graph_iri(article.id).value
        if graph in first:
            skipped.append(
                Skipped(
                    article.source_path,
                    f"article id {article.id!r} is also used by {first[graph].source_path}; kept that one",
                )
            )
            continue
        first[graph] = article
        (unchanged.append(article.id) if stored.get(graph) == hash_of(article) else todo.append(article))
    return todo, unchanged


def _drained(articles: list[Article]) -> Iterator[Article]:
    """The articles, each dropped from the list as it is handed out, so that its text
    can be freed once it is written (memory must not grow with the corpus)."""
    articles.reverse()
    while articles:
        yield articles.pop()


def _entities_json(entities: tuple[Entity, ...]) -> str:
    """An article's entities (before folding) as the store's record of an unfinished build keeps them."""
    return json.dumps([[getattr(e, f.name) for f in fields(Entity)] for e in entities], ensure_ascii=False)


def _entities_of(text: str) -> tuple[Entity, ...]:
    """The entities :func:`_entities_json` wrote (its lists back into tuples)."""
    entities = []
    for row in json.loads(text):
        values: list[Any] = [tuple(v) if isinstance(v, list) else v for v in row]
        entities.append(Entity(*values))
    return tuple(entities)


def _resumed(
    graph_store: ArticleStore, articles: list[Article], unchanged: list[str], hashes: dict[str, str]
) -> list[tuple[str, Article, tuple[Entity, ...]]]:
    """(graph, article, entities before folding) of each article an unfinished build wrote
    that is stored as this run reads it, in the order that build wrote them: this run
    continues that build, so they fold as if written in this run (see :func:`update_store`)."""
    entries = graph_store.unfinished.entries()
    if not entries:
        return []
    same = {graph_iri(i).value for i in unchanged}
    by_graph = {graph_iri(a.id).value: a for a in articles}
    resumed = []
    for graph, digest, payload in entries:
        if graph in same and hashes.get(graph) == digest:
            try:
                entities = _entities_of(payload)
            except (ValueError, TypeError):
                continue  # an unreadable entry: its article stays as it is
            resumed.append((graph, by_graph[graph], entities))
    return resumed


def update_store(
    paths: Iterable[str | Path],
    store: Location,
    *,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    on_start: Callable[[list[Article]], None] | None = None,
    on_article: Callable[[Article], None] | None = None,
    relations: bool | float = True,
    dask: str | None = None,
    on_workers: Callable[[int, int], None] | None = None,
    break_lock: bool = False,
) -> StoreUpdate:
    """Build the articles under ``paths`` into the store in folder ``store`` (created if
    missing), or in the SPARQL server at URL ``store`` (:func:`kg.store.open_store`): add new
    articles, replace changed ones, skip unchanged ones. ``break_lock`` first removes the
    server's writer's lease (left by a build that died).

    ``on_start`` receives the articles that will be parsed, ``on_article`` each one as it
    is written. ``dask`` and ``on_workers`` are :func:`build`'s: the cluster parses, this
    process writes. Raises :class:`InputError` when no article could be read, and
    :class:`kg.errors.StoreError` when the store cannot be opened (in use, damaged).
    """
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    # files unchanged since the store recorded them are not read (kg.store.inputs), unless a build
    # is to be resumed: it needs the texts of articles it wrote
    local = not is_remote(store)
    inputs = InputIndex(Path(store)) if local and not (Path(store) / UNFINISHED).exists() else None
    articles, skipped = read_articles(paths, inputs.read if inputs is not None else None)
    seconds["read"] = time.perf_counter() - clock
    with open_store(store, break_lock=break_lock) as graph_store, open_cluster(dask, model, on_workers) as cluster:
        hashes = graph_store.article_hashes()
        todo, unchanged = _split_by_hash(articles, hashes, skipped, inputs.content_hash if inputs else content_hash)
        todo = [inputs.real(article) for article in todo] if inputs is not None else todo
        resumed = _resumed(graph_store, articles, unchanged, hashes)
        kept = set(unchanged)
        stored_sources = {a.source_path for a in articles if a.id in kept}
        del articles  # texts of unchanged articles: not needed any more
        stored = ({graph_iri(a.id).value for a in todo} | {g for g, _, _ in resumed}) & set(graph_store.graph_names())
        if on_start is not None:
            on_start(todo)

        clock = time.perf_counter()
        # the names of the articles this run (re)writes count as the run's, never as the store's:
        # those of an unfinished build's articles are replayed below, in the order it wrote them
        names = ShortNames(graph_store.entities(exclude=stored))
        # article (text compressed), its short names and how they folded when written: checked at the end
        held: list[tuple[Article, bytes, tuple, dict[str, str]]] = []

        def hold(article: Article, entities: tuple[Entity, ...]) -> None:
            if short := short_names(ArticleGraph(article, entities, ())):
                held.append(
                    (replace(article, text=""), zlib.compress(article.text.encode("utf-8")), short, names.remap(short))
                )

        for _, article, entities in resumed:
            names.add(entities)
            hold(article, entities)
        graph_store.unfinished.restart((graph, hashes[graph], _entities_json(e)) for graph, _, e in resumed)
        del resumed  # their texts are held compressed
        facts_of: dict[str, int] = {}
        words = 0
        # articles go to the store in batches, each one transaction (kg.store.batch)
        with ArticleBatch[Article](graph_store, on_article, not local) as batch:
            for graph in graphs_of(_drained(todo), model, skipped, None, jobs, relations, cluster) if todo else ():
                names.add(graph.entities)
                written = names.apply(graph)
                iri = graph_iri(graph.article.id)
                # recorded before its transaction: a build cut short after it refolds this article when resumed
                entry = (iri.value, content_hash(graph.article), _entities_json(graph.entities))
                batch.add(iri, list(article_quads(written)), entry, graph.article)
                hold(graph.article, graph.entities)
                facts_of[graph.article.id] = len(written.facts)
                words += graph.article.words
                stored_sources.add(graph.article.source_path)
        refold = [
            replace(article, text=zlib.decompress(text).decode("utf-8"))
            for article, text, short, used in held
            if names.remap(short) != used
        ]
        with ArticleBatch[Article](graph_store, None, not local) as batch:
            for graph in graphs_of(refold, model, [], None, jobs, relations, cluster) if refold else ():
                written = names.apply(graph)
                batch.add(graph_iri(graph.article.id), list(article_quads(written)), None, graph.article)
                facts_of[graph.article.id] = len(written.facts)
        if refold:
            graph_store.flush()  # the refolded articles on disk before the record that they were due goes
        graph_store.unfinished.finish()
        if inputs is not None:
            inputs.save(stored_sources)
        seconds["build"] = time.perf_counter() - clock
    return StoreUpdate(
        store=store if is_remote(store) else Path(store),
        added=tuple(i for i in facts_of if graph_iri(i).value not in stored),
        replaced=tuple(i for i in facts_of if graph_iri(i).value in stored),
        unchanged=tuple(unchanged),
        skipped=tuple(skipped),
        words=words,
        facts=sum(facts_of.values()),
        seconds=seconds,
    )
