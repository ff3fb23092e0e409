"""The ``kg`` command: a thin layer over the library, on top of every other module.

Each command parses its options, calls one library function and prints the result.
A handled error (:class:`kg.errors.KgError`) prints one line and exits with 1
(``--verbose`` adds the traceback); a usage error (unknown option, missing argument)
prints one line and the usage, and exits with 2. Built on click, whose help and error
output have been stable across its 8.x releases.
"""

from __future__ import annotations

import logging
import re
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .errors import KgError, printable
from .formats import NETWORK_FORMATS, RDF_FORMATS, RESULT_FORMATS
from .nlp import DEFAULT_MODEL
from .serve.defaults import DEFAULT_CACHE_MB, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT

_CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
_state = {"verbose": False}

#: the export formats ``kg export --format`` takes (kg.export.FORMATS checks them)
_EXPORTED = [name for name, fmt in RDF_FORMATS.items() if name != "nt"] + list(NETWORK_FORMATS)
EXPORT_FORMATS = ", ".join(_EXPORTED[:-1]) + " or " + _EXPORTED[-1]


class _Ordered(click.Group):
    """Commands listed in the order they are defined (the order of a first session)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


def _graph_argument(function):
    return click.argument("graph", required=False, metavar="[GRAPH]")(function)


def _count_option(*names: str, least: int, default: int | None, help: str):
    """An option taking a whole number of at least ``least`` (shown as N, its default in the help)."""
    return click.option(
        *names,
        type=click.IntRange(min=least),
        default=default,
        show_default=default is not None,
        metavar="N",
        help=help,
    )


def _file_option(*names: str, help: str):
    """A required option naming a file that exists (shown as FILE), such as a CoNLL04 split."""
    return click.option(
        *names, type=click.Path(path_type=Path, exists=True, dir_okay=False), required=True, metavar="FILE", help=help
    )


class _StoreLocation(click.ParamType):
    """A ``--store`` value: a folder (a Path), or a SPARQL server's URL (its endpoints)."""

    name = "store"

    def convert(self, value, param, ctx):
        from .store import Endpoints, endpoints_of, is_remote

        if isinstance(value, Path | Endpoints):
            return value
        if not is_remote(value):
            return Path(value)
        try:
            return endpoints_of(value)
        except KgError as error:
            self.fail(str(error), param, ctx)


STORE = _StoreLocation()


def _store_option(function):
    return click.option(
        "--store",
        type=STORE,
        metavar="DIR|URL",
        help="Read the store kg build --store wrote (instead of GRAPH): a folder, or a SPARQL server's URL.",
    )(function)


@click.group(
    cls=_Ordered,
    context_settings=_CONTEXT,
    invoke_without_command=True,
    epilog="GRAPH is a build folder (its graph.trig), a .trig/.nq/.ttl/.jsonld file, or a store "
    "folder. Every command has -h.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show tracebacks and debug logging.")
@click.version_option(__version__, "--version", prog_name="kg", message="%(prog)s %(version)s")
@click.pass_context
def app(ctx: click.Context, verbose: bool) -> None:
    """Knowledge graphs from news articles: offline, fast, every fact traceable to its sentence."""
    _state["verbose"] = verbose
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    if ctx.invoked_subcommand is None:
        click.echo(ctx.get_help())
        ctx.exit(2)


def _echo(text: str) -> None:
    click.echo(text)


@app.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH...")
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Folder to write the graph files, facts.csv, view and report into (default: output; "
    "with --store only when given, for the store's graph files and view).",
)
@click.option(
    "--store",
    type=STORE,
    metavar="DIR|URL",
    help="Build into this store folder, or into the SPARQL server at this http(s) URL (see the README): "
    "add new articles, replace changed ones, skip unchanged ones.",
)
@click.option(
    "--store-update",
    metavar="URL",
    help="The SPARQL Update endpoint of the --store server, when it does not follow from its URL "
    "(Oxigraph: URL/update; Virtuoso: the /sparql URL itself).",
)
@click.option(
    "--break-lock",
    is_flag=True,
    help="Remove the writer's lease a build into the --store server left when it died, then build "
    "(only when no other build into it is running).",
)
@click.option(
    "--model",
    default=DEFAULT_MODEL,
    show_default=True,
    metavar="NAME",
    help="Installed spaCy pipeline to parse with (package name or path).",
)
@click.option("--view/--no-view", default=True, help="Also write the interactive HTML view (default: yes).")
@click.option(
    "--progress/--no-progress", default=True, help="Show a progress bar on stderr when it is a terminal (default: yes)."
)
@_count_option("-j", "--jobs", least=1, default=1, help="Parse in this many processes.")
@click.option(
    "--relations/--no-relations",
    default=True,
    help="State the typed relations of the trained model: works for, lives in, located in, based in, killed "
    "(default: yes, those at the news floor that the parse joins as the relation needs; see the README).",
)
@click.option(
    "--relation-floor",
    type=click.FloatRange(0, 1),
    metavar="P",
    help="State the typed relations of probability P or more (default: the news floor, "
    "kg/data/relations/news.tsv; 0: all the trained thresholds allow, surer facts fewer).",
)
@click.option("--title", metavar="TEXT", help="Title of the view (default: the output or store folder's name).")
@click.option(
    "--dask",
    metavar="ADDRESS",
    help="Parse, extract and resolve on a Dask cluster: a scheduler (tcp://HOST:8786), or local:N for N "
    "worker processes here; this process writes (needs kg[dask]).",
)
def build(
    paths: tuple[Path, ...],
    out: Path | None,
    store: Path | None,
    model: str,
    view: bool,
    progress: bool,
    jobs: int,
    relations: bool,
    relation_floor: float | None,
    title: str | None,
    store_update: str | None,
    break_lock: bool,
    dask: str | None,
) -> None:
    """Build the knowledge graph of articles (.txt .md .html .jsonl, or folders of them) into DIR:
    Turtle, TriG, JSON-LD, CSV, HTML view and report. With --store, into a persistent store."""
    from .fileio import ensure_dir
    from .pipeline import build as run_build
    from .pipeline import export_store, update_store
    from .store import Endpoints

    if store_update is not None:
        if not isinstance(store, Endpoints):
            raise click.UsageError("--store-update needs --store URL (a SPARQL server)")
        store = store.updating(store_update)
    if break_lock and not isinstance(store, Endpoints):
        raise click.UsageError("--break-lock needs --store URL (a SPARQL server; a folder's lock goes with its writer)")
    if dask is not None and jobs > 1:
        raise click.UsageError("--jobs parses in processes here; with --dask the cluster's workers parse")
    if relation_floor is not None and not relations:
        raise click.UsageError("--relation-floor needs the typed relations (not --no-relations)")
    if out is not None:
        ensure_dir(out)  # every destination is checked before the long part
    written = 0
    stated: bool | float = relations if relation_floor is None else relation_floor

    def advance(article) -> None:
        nonlocal written
        written += 1
        bar.advance(article)

    with _Progress(progress) as bar, _on_interrupt(lambda: _interrupted(out, store, written)):
        if store is None:
            out = out or Path("output")
            result = run_build(
                paths,
                out,
                model=model,
                view=view,
                jobs=jobs,
                relations=stated,
                title=title,
                on_start=bar.start,
                on_article=advance,
                dask=dask,
                on_workers=bar.workers,
            )
        else:
            update = update_store(
                paths,
                store,
                model=model,
                jobs=jobs,
                relations=stated,
                on_start=bar.start,
                on_article=advance,
                dask=dask,
                on_workers=bar.workers,
                break_lock=break_lock,
            )
    if store is None:
        _echo(f"built {result.summary()} -> {out}/")
        skipped = result.skipped
    else:
        _echo(
            f"store {store}: {len(update.added)} added, {len(update.replaced)} replaced, "
            f"{len(update.unchanged)} unchanged ({update.words} words parsed, {update.facts} facts written)"
        )
        if out is not None:
            export_store(store, out, view=view, title=title)
            _echo(f"exported the store's graph files{' and view' if view else ''} -> {out}/")
        skipped = update.skipped
    for item in skipped:
        click.echo(f"skipped {printable(item.source)}: {printable(item.reason)}", err=True)


def _interrupted(out: Path | None, store: Path | None, written: int) -> str:
    """What Ctrl-C during a build kept, in one line."""
    if store is not None:
        return (
            f"interrupted: {written} article{'s' * (written != 1)} written to the store {store}, each one whole; "
            "the same command again finishes the rest"
        )
    return f"interrupted: nothing was written; the files in {out or 'output'}/ are still the previous build's"


@contextmanager
def _on_interrupt(message):
    """Turn Ctrl-C inside the block into a KeyboardInterrupt that says what was kept."""
    try:
        yield
    except KeyboardInterrupt:
        raise _Interrupted(message()) from None


class _Interrupted(KeyboardInterrupt):
    """Ctrl-C, with the one line that says what the interrupted command kept."""


class _Progress:
    """The build's progress bar on stderr: articles done, words per second, time left
    (estimated from words, which track parsing time better than articles) and, on a Dask
    cluster, the workers busy of those in the cluster."""

    def __init__(self, enabled: bool) -> None:
        self._bar = None
        if enabled and sys.stderr.isatty():
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress(
                "[progress.description]{task.description}",
                BarColumn(),
                TextColumn("{task.fields[articles]}"),
                TextColumn("{task.fields[speed]}"),
                TextColumn("{task.fields[workers]}"),
                TimeRemainingColumn(),
                transient=True,
            )
            self._task = self._bar.add_task("articles", total=None, articles="", speed="", workers="")
            self._done = self._total = 0

    def __enter__(self) -> _Progress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def start(self, articles) -> None:
        if self._bar is not None:
            self._total = len(articles)
            self._bar.update(self._task, total=sum(a.words for a in articles) or None, articles=f"0/{self._total}")

    def advance(self, article) -> None:
        if self._bar is not None:
            self._done += 1
            self._bar.advance(self._task, article.words)
            task = self._bar.tasks[0]
            speed = task.completed / task.elapsed if task.elapsed else 0.0
            self._bar.update(self._task, articles=f"{self._done}/{self._total}", speed=f"{speed:,.0f} words/s")

    def workers(self, in_use: int, total: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, workers=f"{in_use}/{total} workers")


@app.command()
@_graph_argument
@click.argument("sparql", required=False, metavar="SPARQL|NAME")
@_store_option
@click.option("-p", "--param", multiple=True, metavar="NAME=VALUE", help="A saved query's parameter (repeatable).")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(RESULT_FORMATS),
    default="table",
    show_default=True,
    help="Output format: kg's table, or W3C SPARQL results in CSV, JSON or XML.",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let a SERVICE clause send the query to the server it names (kg is offline otherwise).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=300,
    show_default=True,
    metavar="S",
    help="Stop the query after S seconds (0: no limit).",
)
def query(
    graph: str | None,
    sparql: str | None,
    store: Path | None,
    param: tuple[str, ...],
    fmt: str,
    allow_service: bool,
    timeout: float,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with kg's prefixes bound, or a
    saved query by name: `kg query GRAPH SPARQL` or `kg query --store DIR SPARQL`."""
    from .query import saved_queries
    from .query.limit import call_limited

    graph, (sparql,) = _positional(store, graph, sparql)
    saved = saved_queries()
    if sparql not in saved and re.fullmatch(r"[\w-]+", sparql):  # a name, not SPARQL
        raise KgError(f"no saved query named {sparql!r}; the saved queries are {', '.join(saved)}")
    params = dict(_split_param(p) for p in param)
    with _on_interrupt(lambda: "interrupted: the query was stopped"):  # its worker process is killed
        text = call_limited(
            _query_text,
            (graph, store, sparql, sparql in saved, params, fmt, allow_service),
            timeout or None,
            f"--timeout {timeout:g}",
        )
    _echo(text)


def _query_text(
    graph: str | None,
    store: Path | None,
    sparql: str,
    is_saved: bool,
    params: dict[str, str],
    fmt: str,
    allow_service: bool,
) -> str:
    """What ``kg query`` prints, computed in the worker process that a time limit or Ctrl-C
    kills. ``is_saved``: ``sparql`` names a saved query, as the command found when it
    checked the name (the worker does not look it up again)."""
    from .query import format_result, run_query, run_saved

    with _opened(graph, store) as source:
        if is_saved:
            result = run_saved(source, sparql, **params)
        else:
            result = run_query(source, sparql, allow_service=allow_service)
        return format_result(result, fmt).rstrip("\n")


def _positional(store: Path | None, graph: str | None, *rest: str | None) -> tuple[str | None, tuple[str, ...]]:
    """The arguments after GRAPH. With --store there is no GRAPH, so what click took
    for it is the first of them."""
    values = list(rest)
    if store is not None and graph is not None:
        values = [graph, *values[:-1]] if values[-1] is None else [graph, *values]
        graph = None
    if store is not None and len(values) > len(rest):
        raise KgError("give either a graph file or --store, not both")
    if None in values:
        ctx = click.get_current_context(silent=True)
        names = (
            " ".join(a.human_readable_name for a in ctx.command.params if isinstance(a, click.Argument)) if ctx else ""
        )
        raise click.UsageError(f"missing argument: {names}".rstrip(": "), ctx=ctx)
    return graph, tuple(values)


@contextmanager
def _opened(graph: str | None, store: Path | None):
    """The store opened read-only, or the graph file loaded into memory (closed afterwards)."""
    from .load import open_source

    with open_source(graph, store) as source:
        yield source


def _entity_graph(graph: str | None, store: Path | None):
    """The entities and relations of a graph file or store, as networkx (see kg.graph).
    A graph file's quads go straight from its parser to networkx: no store to load them
    into and read them back out of."""
    from .formats import read_graph_file
    from .graph import to_networkx
    from .load import FILE_GRAPH, resolve_graph_path
    from .store import is_store
    from .terms import rdflib_quads

    if store is None and graph is not None and not is_store(graph):
        return to_networkx(rdflib_quads(read_graph_file(resolve_graph_path(graph), triples_into=FILE_GRAPH)))
    with _opened(graph, store) as source:
        return to_networkx(rdflib_quads(source.quads()))


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise KgError(f"--param takes NAME=VALUE, not {text!r}")
    return name.strip(), value


@app.command()
def queries() -> None:
    """List the saved queries and their parameters."""
    from .query import saved_queries

    for name, saved in sorted(saved_queries().items()):
        params = " ".join(f"{p.name}=..." for p in saved.params)
        _echo(f"{name} {params}".rstrip() + f"\n    {saved.description}")


@app.command()
@_graph_argument
@_store_option
@_count_option("--top", least=1, default=10, help="How many entities to list by degree and PageRank.")
def stats(graph: str | None, store: Path | None, top: int) -> None:
    """Counts, top entities by degree and PageRank, communities and components."""
    from .graph import graph_stats

    s = graph_stats(_entity_graph(graph, store), top=top)
    _echo(f"nodes {s.nodes}  edges {s.edges}  components {s.components}  communities {len(s.communities)}")
    _echo("classes:    " + ", ".join(f"{k} {v}" for k, v in s.classes.items()))
    _echo("predicates: " + ", ".join(f"{k} {v}" for k, v in list(s.predicates.items())[:15]))
    if s.typed:
        _echo(
            "typed:      "
            + ", ".join(f"{k} {v}" for k, v in s.typed.items())
            + f" ({sum(s.typed.values())} of {s.edges} relations are ontology properties)"
        )
    if s.unasserted:
        _echo("not asserted (not counted as relations): " + ", ".join(f"{k} {v}" for k, v in s.unasserted.items()))
    _echo("top by degree:")
    for r in s.top_degree:
        _echo(f"  {r.score:8.0f}  {r.label}")
    _echo("top by PageRank:")
    for r in s.top_pagerank:
        _echo(f"  {r.score:8.4f}  {r.label}")
    _echo("largest communities:")
    for members in s.communities[:5]:
        shown = ", ".join(members[:8]) + (f", ... ({len(members)})" if len(members) > 8 else "")
        _echo(f"  {shown}")


@app.command()
@_graph_argument
@click.argument("source", required=False, metavar="A")
@click.argument("target", required=False, metavar="B")
@_store_option
def path(graph: str | None, source: str | None, target: str | None, store: Path | None) -> None:
    """Show how two entities (label or alias) are connected, with the sentences behind each hop:
    `kg path GRAPH A B` or `kg path --store DIR A B`."""
    from .graph import find_path

    graph, (source, target) = _positional(store, graph, source, target)
    for hop in find_path(_entity_graph(graph, store), source, target):
        _echo(f"{hop.subject} --{hop.predicate}--> {hop.object}")
        for src in hop.sources[:3]:
            _echo(f'    "{src["sentence"]}" ({src["article"].rsplit("/", 1)[-1]})')


def view_path(graph: str | None, store: Path | None) -> Path:
    """Where ``kg view`` writes without --out: view.html in the build or store folder it
    reads, or beside the graph file; never a folder it was not asked about."""
    from .store import is_remote

    if is_remote(store):
        return Path("view.html")  # a server is no folder: the working directory
    place = Path(store if store is not None else graph or ".")
    return (place if place.is_dir() else place.parent) / "view.html"


@app.command()
@_graph_argument
@_store_option
@click.option(
    "-o",
    "--out",
    type=click.Path(path_type=Path),
    metavar="FILE",
    help="HTML file to write (default: view.html in GRAPH's folder, or beside the graph file).",
)
@click.option("--focus", metavar="NAME", help="Show only this entity (label or alias) and its neighbours.")
@_count_option("--hops", least=0, default=2, help="Neighbourhood size around --focus.")
@click.option("--class", "cls", multiple=True, metavar="CLASS", help="Keep only entities of this class (repeatable).")
@_count_option("--min-degree", least=0, default=0, help="Hide entities with fewer relations.")
@_count_option(
    "--top",
    least=1,
    default=None,
    help="Keep the top N entities by PageRank (default: all, or 300 for a larger graph without --focus).",
)
def view(
    graph: str | None,
    store: Path | None,
    out: Path | None,
    focus: str | None,
    hops: int,
    cls: tuple[str, ...],
    min_degree: int,
    top: int | None,
) -> None:
    """Write the interactive HTML view (works offline; open it in any browser)."""
    from .graph import article_table, select_subgraph
    from .view import VIEW_LIMIT, write_view
    from .view.select import structured_subgraph

    whole = _entity_graph(graph, store)
    out = out or view_path(graph, store)
    overview = top is None and focus is None and whole.number_of_nodes() > VIEW_LIMIT
    G = select_subgraph(
        whole, focus=focus, hops=hops, classes=set(cls) if cls else None, min_degree=min_degree, top=top
    )
    if overview:  # what connects first: the top by PageRank alone are mostly lone entities and pairs
        G = structured_subgraph(G, VIEW_LIMIT, articles=len(article_table(whole)))
        click.echo(
            f"{whole.number_of_nodes()} entities: showing an overview of {VIEW_LIMIT} "
            "(--top N for the top N by PageRank, --focus NAME to explore around one)",
            err=True,
        )
    written = write_view(G, out, focus_label=focus, hops=max(1, min(hops, 6)))
    _echo(f"wrote {written} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")


@app.command()
@_graph_argument
@_store_option
@click.option(
    "-f", "--format", "fmt", default="trig", show_default=True, metavar="FORMAT", help=f"One of {EXPORT_FORMATS}."
)
@click.option(
    "-o", "--out", type=click.Path(path_type=Path), metavar="FILE", help="File to write (default: standard output)."
)
def export(graph: str | None, store: Path | None, fmt: str, out: Path | None) -> None:
    """Write a graph file or a whole store in another format: Turtle (the union of the
    articles), TriG, N-Quads or JSON-LD (one named graph per article), or GraphML and
    GEXF for Gephi and Cytoscape (entities and their asserted and unasserted relations)."""
    from .export import export_graph
    from .fileio import write_atomic

    if store is None and graph is not None:
        payload = export_graph(graph, fmt)  # a graph file goes straight to pyoxigraph, not through rdflib
    else:
        with _opened(graph, store) as source:  # the store, or the error every command gives
            payload = export_graph(source, fmt)
    if out is None:
        sys.stdout.buffer.write(payload)
        sys.stdout.flush()
    else:
        write_atomic(out, payload)
        _echo(f"wrote {out} ({len(payload):,} bytes)")


@app.command()
@_graph_argument
@_store_option
@_count_option("-j", "--jobs", least=1, default=1, help="Check a store's articles in this many processes.")
def validate(graph: str | None, store: Path | None, jobs: int) -> None:
    """Check a graph file or store against kg's SHACL shapes (a store article by article)."""
    from .store import is_store
    from .validate import validate as run_validate
    from .validate import validate_store

    if store is None and graph is not None and not is_store(graph):
        report = run_validate(graph)  # a graph file, parsed straight into rdflib
    else:
        with _opened(graph, store) as source:  # the store, or the error every command gives
            report = validate_store(source, jobs)
    if report.conforms:
        _echo("conforms: the graph satisfies every shape")
        return
    for line in report.lines:
        _echo(line)
    raise click.exceptions.Exit(1)


@app.command()
@_graph_argument
@_store_option
@click.option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on (0.0.0.0: every one).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEFAULT_PORT,
    show_default=True,
    metavar="PORT",
    help="Port (0: any free one).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    metavar="S",
    help="Stop a query after S seconds and answer 503.",
)
@click.option("--cors", metavar="ORIGIN", help="Let pages of ORIGIN (or *) ask the server (no CORS headers otherwise).")
@_count_option("--workers", least=1, default=None, help="Query worker processes (default: the cores, at least 2).")
@_count_option(
    "--cache-mb",
    least=0,
    default=DEFAULT_CACHE_MB,
    help="Memory for answers kept while the store is unchanged (0: none).",
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Let a SERVICE clause send a query to the server it names (refused otherwise).",
)
def serve(
    graph: str | None,
    store: Path | None,
    host: str,
    port: int,
    timeout: float,
    cors: str | None,
    workers: int | None,
    cache_mb: int,
    allow_service: bool,
) -> None:
    """Serve a graph or store read-only over SPARQL 1.1 (at /sparql) and HTML (at /) until Ctrl-C."""
    from .serve import serve as start

    if store is not None and not isinstance(store, Path):
        raise click.UsageError("kg serve serves a store folder or a graph file; a SPARQL server serves itself")

    server = start(
        graph,
        store=store,
        host=host,
        port=port,
        timeout=timeout,
        cors=cors,
        workers=workers,
        cache_bytes=cache_mb * 2**20,
        allow_service=allow_service,
    )
    click.echo(
        f"serving {printable(str(store or graph))} at {server.url} (SPARQL endpoint {server.endpoint}); Ctrl-C stops",
        err=True,
    )
    try:
        server.wait()
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
    finally:
        server.close()


@app.group("eval", cls=_Ordered, context_settings=_CONTEXT)
def eval_group() -> None:
    """Score kg's extractor against public benchmarks."""


@eval_group.command("carb")
@click.option(
    "--gold", type=click.Path(path_type=Path), required=True, metavar="FILE", help="CaRB gold tuples (dev_gold.tsv)."
)
@click.option(
    "--sentences", type=click.Path(path_type=Path), metavar="FILE", help="Sentences to run kg's extractor on (dev.txt)."
)
@click.option(
    "--predictions", type=click.Path(path_type=Path), metavar="FILE", help="Score this tabbed predictions file instead."
)
@click.option(
    "--out", type=click.Path(path_type=Path), metavar="FILE", help="Write the precision-recall curve here (TSV)."
)
@click.option("--dump", type=click.Path(path_type=Path), metavar="FILE", help="Write kg's extractions here, tabbed.")
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME", help="Installed spaCy pipeline to parse with."
)
@click.option("--min-f1", type=float, metavar="F1", help="Exit with 1 if F1 falls below this (a quality gate).")
def eval_carb(
    gold: Path,
    sentences: Path | None,
    predictions: Path | None,
    out: Path | None,
    dump: Path | None,
    model: str,
    min_f1: float | None,
) -> None:
    """Score kg's open-IE extractor with a CaRB-compatible scorer (precision, recall, F1, AUC)."""
    from .evaluate import write_curve
    from .evaluate.run import run_carb

    run = run_carb(sentences, gold, model=model, predictions_path=predictions, dump_path=dump)
    summary = run.result.summary()
    _echo(" ".join(f"{name} {value:.3f}" for name, value in summary.items()))
    if run.overhead is not None:
        _echo(
            f"speed: raw nlp.pipe {run.sentences / run.parse_seconds:.0f} sentences/s; "
            f"extraction adds {run.extract_seconds:.2f}s to {run.parse_seconds:.2f}s of parsing "
            f"({run.overhead:.0%})"
        )
    if out is not None:
        write_curve(out, run.result)
    if min_f1 is not None and summary["f1"] < min_f1:
        click.echo(f"kg: error: F1 {summary['f1']:.3f} is below the gate {min_f1:.3f}", err=True)
        raise click.exceptions.Exit(1)


@eval_group.command("conll04")
@_file_option("--data", help="CoNLL04 sentences in SpERT's JSON format (conll04_dev.json).")
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME", help="Installed spaCy pipeline to parse with."
)
@click.option(
    "--min-f1",
    type=float,
    metavar="F1",
    help="Exit with 1 if the strict end-to-end relation F1 falls below this (a quality gate).",
)
def eval_conll04(data: Path, model: str, min_f1: float | None) -> None:
    """Score kg's names and typed relations on CoNLL04: strict F1 (SpERT's convention), per type."""
    from .evaluate.conll04 import evaluate

    report = evaluate(data, model_name=model)
    _echo(report.text())
    if min_f1 is not None and report.relations.f1 < min_f1:
        click.echo(f"kg: error: relation F1 {report.relations.f1:.3f} is below the gate {min_f1:.3f}", err=True)
        raise click.exceptions.Exit(1)


@app.group("train", cls=_Ordered, context_settings=_CONTEXT)
def train_group() -> None:
    """Train kg's learned components."""


@train_group.command("relations")
@_file_option(
    "--train",
    "train_path",
    help="CoNLL04 train split (conll04_train.json): the model and its threshold are fitted on it.",
)
@_file_option(
    "--dev",
    "dev_path",
    help="CoNLL04 dev split (conll04_dev.json): reported and recorded in the weights, it chooses nothing.",
)
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    metavar="DIR",
    help="Folder to write weights.json into (kg/data/relations/ ships it).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the order of the training batches.")
@click.option(
    "--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME", help="Installed spaCy pipeline to parse with."
)
def train_relations(train_path: Path, dev_path: Path, out: Path, seed: int, model: str) -> None:
    """Train the typed-relation model on CoNLL04 with numpy: the same data and seed give the same bytes."""
    from .relations.train import train

    trained = train(train_path, dev_path, out, seed=seed, model_name=model)
    _echo(f"trained on {trained.examples} pairs in {trained.seconds:.0f}s; wrote {out / 'weights.json'}")
    _echo(trained.report.text())


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` console script."""
    try:
        code = app.main(args=argv, prog_name="kg", standalone_mode=False)
    except KgError as error:
        _fail(str(error), error)
    except click.UsageError as error:
        _usage(error)
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:  # a bad file given to a click.File option, and similar
        _fail(error.format_message(), error)
    except (click.Abort, KeyboardInterrupt) as stop:  # click turns Ctrl-C into Abort
        cause = stop.__cause__ if isinstance(stop, click.Abort) else stop
        if not isinstance(cause, KeyboardInterrupt):
            _fail("aborted", None)
        _fail(
            str(cause)
            if isinstance(cause, _Interrupted)
            else "interrupted: files already written are complete; none was left half-written",
            None,
            130,
        )
    else:
        if isinstance(code, int) and code:
            sys.exit(code)


def _usage(error: click.UsageError) -> None:
    """One line for a usage error, then the usage with where to find help; exit code 2."""
    message = " ".join(error.format_message().split())
    click.echo(f"kg: error: {message[:1].lower()}{message[1:]}", err=True)
    usage = error.ctx.get_usage() if error.ctx is not None else "Usage: kg COMMAND [OPTIONS] [ARGS]..."
    click.echo(f"{usage}  (see: {error.ctx.command_path if error.ctx is not None else 'kg'} -h)", err=True)
    sys.exit(2)


def _fail(message: str, error: BaseException | None, code: int = 1) -> None:
    if _state["verbose"] and error is not None:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    click.echo(f"kg: error: {printable(message)}", err=True)
    sys.exit(code)
