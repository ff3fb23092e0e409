"""The build: read -> parse -> extract -> resolve -> RDF -> files.

    build(paths, out) -> BuildResult

Each stage is a function of plain data (see :mod:`kg.model`); this module only
wires them together, collects what was skipped and why, and writes the outputs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .export import BuildData, write_outputs
from .fileio import ensure_dir
from .extract import extract
from .model import Article, ArticleGraph, Skipped
from .nlp import DEFAULT_MODEL, load_model, parse
from .readers import read_paths
from .resolve import merge_short_names, resolve_article

log = logging.getLogger(__name__)

DEFAULT_OUT = Path("output")


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The outcome of a build: the graphs, what was skipped, the files written, timings."""

    data: BuildData
    files: tuple[Path, ...] = ()
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def graphs(self) -> tuple[ArticleGraph, ...]:
        return self.data.graphs

    @property
    def skipped(self) -> tuple[Skipped, ...]:
        return self.data.skipped

    @property
    def words(self) -> int:
        return sum(g.article.words for g in self.data.graphs)

    def dataset(self):
        """The graph as an rdflib ``Dataset`` (one named graph per article)."""
        from .rdf import to_rdflib

        return to_rdflib(self.data.quads)


def read_articles(paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for item in read_paths(paths):
        (articles if isinstance(item, Article) else skipped).append(item)
    return articles, skipped


def graphs_of(articles: Iterable[Article], model: str = DEFAULT_MODEL,
              skipped: list[Skipped] | None = None,
              on_article: Callable[[Article], None] | None = None, jobs: int = 1) -> Iterator[ArticleGraph]:
    """Parse, extract and resolve articles one at a time (streaming).

    An article whose extraction fails is reported in ``skipped`` (with the error)
    and the others go on."""
    nlp = load_model(model)
    for parsed in parse(nlp, articles, jobs=jobs):
        try:
            graph = resolve_article(extract(parsed))
        except Exception as error:  # one broken article never stops the others
            log.debug("extraction failed for %s", parsed.article.source_path, exc_info=True)
            if skipped is not None:
                skipped.append(Skipped(parsed.article.source_path, f"extraction failed: {type(error).__name__}: {error}"))
            continue
        if on_article is not None:
            on_article(parsed.article)
        yield graph


def build(paths: Iterable[str | Path], out: str | Path | None = DEFAULT_OUT, *, model: str = DEFAULT_MODEL,
          view: bool = True, on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None, jobs: int = 1) -> BuildResult:
    """Build the knowledge graph of the articles under ``paths``; write it to ``out``
    (unless ``out`` is None) and return it. ``on_start`` receives the number of articles
    read, ``on_article`` each article as it is finished (for progress display).

    Raises :class:`InputError` when a path is missing or no article could be read;
    unreadable articles are skipped and listed in ``result.skipped`` and the report.
    """
    seconds: dict[str, float] = {}
    clock = time.perf_counter()
    if out is not None:
        ensure_dir(Path(out))  # fail before the long part, not after it
    articles, skipped = read_articles(paths)
    if not articles:
        reasons = "; ".join(f"{s.source}: {s.reason}" for s in skipped[:3]) or "no input files"
        raise InputError(f"no article could be read ({reasons})")
    seconds["read"] = time.perf_counter() - clock
    if on_start is not None:
        on_start(len(articles))

    clock = time.perf_counter()
    graphs = merge_short_names(list(graphs_of(articles, model, skipped, on_article, jobs)))
    seconds["extract"] = time.perf_counter() - clock

    clock = time.perf_counter()
    data = BuildData.of(graphs, skipped)
    seconds["rdf"] = time.perf_counter() - clock
    files: tuple[Path, ...] = ()
    if out is not None:
        clock = time.perf_counter()
        extra = {"view.html": render_view_bytes(data)} if view else None
        files = tuple(write_outputs(data, Path(out), extra))
        seconds["write"] = time.perf_counter() - clock
    return BuildResult(data, files, seconds)


#: entities drawn by the view a build writes; larger graphs show their top entities by PageRank
VIEW_LIMIT = 300


def render_view_bytes(data: BuildData, title: str = "kg", limit: int = VIEW_LIMIT) -> bytes:
    from .analysis import select_subgraph, to_networkx
    from .rdf import rdflib_quads
    from .view import render_view

    graph = to_networkx(rdflib_quads(data.quads))
    if graph.number_of_nodes() > limit:
        graph = select_subgraph(graph, top=limit)
    return render_view(graph, title=title).encode("utf-8")
