"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the result.
A handled error (:class:`kg.errors.KgError`) prints one line and exits with 1;
``--verbose`` adds the traceback.
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KgError
from .nlp import DEFAULT_MODEL

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from news articles: offline, fast, every fact traceable to its sentence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score kg's extractor against public benchmarks.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

_state = {"verbose": False}

GraphArg = Annotated[Optional[str], typer.Argument(
    help="A graph written by kg build: its folder, graph.trig/.ttl/.nq/.jsonld, or a store folder.",
    show_default=False)]
StoreOpt = Annotated[Optional[Path], typer.Option(
    "--store", help="Read the store kg build --store wrote (instead of a graph file).", show_default=False)]


def _echo(text: str) -> None:
    typer.echo(text)


@app.callback()
def main_options(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks and debug logging.")] = False,
) -> None:
    _state["verbose"] = verbose
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Article files (.txt .md .html .jsonl) or folders of them.")],
    out: Annotated[Optional[Path], typer.Option(
        "--out", "-o", help="Folder to write the graph, table, view and report into [default: output; "
        "with --store, only when given: the store's graph files and view].", show_default=False)] = None,
    store: Annotated[Optional[Path], typer.Option(
        "--store", help="Build into this store folder: adds new articles, replaces changed ones, "
        "skips unchanged ones.", show_default=False)] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with (package name or path).")] = DEFAULT_MODEL,
    view: Annotated[bool, typer.Option(help="Also write the interactive HTML view.")] = True,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse in this many processes.")] = 1,
) -> None:
    """Build the knowledge graph of articles into OUT (Turtle, TriG, JSON-LD, CSV, HTML view, report),
    or into a persistent store with --store."""
    from .pipeline import build as run_build, export_store, update_store

    with _Progress(progress) as bar:
        if store is None:
            out = out or Path("output")
            result = run_build(paths, out, model=model, view=view, jobs=jobs, on_start=bar.start, on_article=bar.advance)
        else:
            update = update_store(paths, store, model=model, jobs=jobs, on_start=bar.start, on_article=bar.advance)
    if store is None:
        facts = sum(len(g.facts) for g in result.graphs)
        entities = len({e.key for g in result.graphs for e in g.entities})
        _echo(f"built {len(result.graphs)} articles ({result.words} words): {entities} entities, {facts} facts -> {out}/")
        skipped = result.skipped
    else:
        _echo(f"store {store}: {len(update.added)} added, {len(update.replaced)} replaced, "
              f"{len(update.unchanged)} unchanged ({update.words} words parsed, {update.facts} facts written)")
        if out is not None:
            export_store(store, out, view=view)
            _echo(f"exported the store's graph files{' and view' if view else ''} -> {out}/")
        skipped = update.skipped
    for item in skipped:
        typer.echo(f"skipped {item.source}: {item.reason}", err=True)


class _Progress:
    """The build's progress bar on stderr: articles done, words per second, time left
    (estimated from words, which track parsing time better than articles)."""

    def __init__(self, enabled: bool) -> None:
        self._bar = None
        if enabled and sys.stderr.isatty():
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

            self._bar = Progress("[progress.description]{task.description}", BarColumn(),
                                 TextColumn("{task.fields[articles]}"), TextColumn("{task.fields[speed]}"),
                                 TimeRemainingColumn(), transient=True)
            self._task = self._bar.add_task("articles", total=None, articles="", speed="")
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
            self._bar.update(self._task, total=sum(a.words for a in articles) or None,
                             articles=f"0/{self._total}")

    def advance(self, article) -> None:
        if self._bar is not None:
            self._done += 1
            self._bar.advance(self._task, article.words)
            task = self._bar.tasks[0]
            speed = task.completed / task.elapsed if task.elapsed else 0.0
            self._bar.update(self._task, articles=f"{self._done}/{self._total}", speed=f"{speed:,.0f} words/s")


@app.command()
def query(
    graph: GraphArg = None,
    sparql: Annotated[Optional[str], typer.Argument(
        help="A SPARQL query, or the name of a saved query (see `kg queries`).", show_default=False)] = None,
    store: StoreOpt = None,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a saved query's parameter.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with kg's prefixes bound:
    `kg query GRAPH SPARQL` or `kg query --store DIR SPARQL`."""
    from .query import format_result, run_query, run_saved, saved_queries

    graph, (sparql,) = _positional(store, graph, sparql)
    with _opened(graph, store) as source:
        if sparql in saved_queries():
            params = dict(_split_param(p) for p in param or [])
            result = run_saved(source, sparql, **params)
        else:
            result = run_query(source, sparql)
    _echo(format_result(result, fmt).rstrip("\n"))


def _positional(store: Path | None, graph: str | None, *rest: str | None) -> tuple[str | None, tuple[str, ...]]:
    """The arguments after GRAPH. With --store there is no GRAPH, so what typer took
    for it is the first of them."""
    values = list(rest)
    if store is not None and graph is not None:
        values = [graph, *values[:-1]] if values[-1] is None else [graph, *values]
        graph = None
    if store is not None and len(values) > len(rest):
        raise KgError("give either a graph file or --store, not both")
    if None in values:
        raise KgError("missing argument: see --help")
    return graph, tuple(values)


@contextmanager
def _opened(graph: str | None, store: Path | None):
    """The graph file's Dataset, or the store opened read-only (closed afterwards)."""
    from .load import open_source

    from .store import GraphStore

    source = open_source(graph, store)
    try:
        yield source
    finally:
        if isinstance(source, GraphStore):
            source.close()


def _entity_graph(graph: str | None, store: Path | None):
    """The entities and relations of a graph file or store, as networkx (see kg.analysis)."""
    from .analysis import to_networkx
    from .rdf import rdflib_quads
    from .store import GraphStore

    with _opened(graph, store) as source:
        return to_networkx(rdflib_quads(source.quads()) if isinstance(source, GraphStore) else source)


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise KgError(f"--param takes NAME=VALUE, not {text!r}")
    return name.strip(), value


@app.command()
def queries() -> None:
    """List the saved queries (kg/ontology/queries/*.rq) and their parameters."""
    from .query import saved_queries

    for name, saved in sorted(saved_queries().items()):
        params = " ".join(f"{p.name}=..." for p in saved.params)
        _echo(f"{name} {params}".rstrip() + f"\n    {saved.description}")


@app.command()
def stats(
    graph: GraphArg = None,
    store: StoreOpt = None,
    top: Annotated[int, typer.Option(help="How many entities to list by degree and PageRank.")] = 10,
) -> None:
    """Counts, top entities by degree and PageRank, communities and components."""
    from .analysis import graph_stats

    s = graph_stats(_entity_graph(graph, store), top=top)
    _echo(f"nodes {s.nodes}  edges {s.edges}  components {s.components}  communities {len(s.communities)}")
    _echo("classes:    " + ", ".join(f"{k} {v}" for k, v in s.classes.items()))
    _echo("predicates: " + ", ".join(f"{k} {v}" for k, v in list(s.predicates.items())[:15]))
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
def path(
    graph: GraphArg = None,
    source: Annotated[Optional[str], typer.Argument(help="Label or alias of the first entity.", show_default=False)] = None,
    target: Annotated[Optional[str], typer.Argument(help="Label or alias of the second entity.", show_default=False)] = None,
    store: StoreOpt = None,
) -> None:
    """Show how two entities are connected, with the sentences behind each hop:
    `kg path GRAPH A B` or `kg path --store DIR A B`."""
    from .analysis import find_path

    graph, (source, target) = _positional(store, graph, source, target)
    for hop in find_path(_entity_graph(graph, store), source, target):
        _echo(f"{hop.subject} --{hop.predicate}--> {hop.object}")
        for src in hop.sources[:3]:
            _echo(f"    \"{src['sentence']}\" ({src['article'].rsplit('/', 1)[-1]})")


@app.command()
def view(
    graph: GraphArg = None,
    store: StoreOpt = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("output/view.html"),
    focus: Annotated[Optional[str], typer.Option(help="Show only this entity (label or alias) and its neighbours.")] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood size around --focus.")] = 2,
    cls: Annotated[Optional[list[str]], typer.Option("--class", help="Keep only entities of this class (repeatable).")] = None,
    min_degree: Annotated[int, typer.Option(help="Hide entities with fewer relations.")] = 0,
    top: Annotated[Optional[int], typer.Option(
        help="Keep the top N entities by PageRank [default: all, or 300 for a larger graph without --focus].",
        show_default=False)] = None,
) -> None:
    """Write the interactive HTML view (works offline; open it in any browser)."""
    from .analysis import select_subgraph
    from .pipeline import VIEW_LIMIT
    from .view import write_view

    whole = _entity_graph(graph, store)
    if top is None and focus is None and whole.number_of_nodes() > VIEW_LIMIT:
        top = VIEW_LIMIT
        typer.echo(f"{whole.number_of_nodes()} entities: showing the top {top} by PageRank "
                   "(--top N for more, --focus NAME to explore around one)", err=True)
    G = select_subgraph(whole, focus=focus, hops=hops, classes=set(cls) if cls else None,
                        min_degree=min_degree, top=top)
    written = write_view(G, out, focus_label=focus, hops=max(1, min(hops, 6)))
    _echo(f"wrote {written} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")


@app.command()
def export(
    graph: GraphArg = None,
    store: StoreOpt = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="ttl, trig, nq or jsonld.")] = "trig",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write [default: standard output].",
                                                show_default=False)] = None,
) -> None:
    """Write a graph file or a whole store as Turtle (the union of the articles), TriG,
    N-Quads or JSON-LD (one named graph per article)."""
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
def validate(graph: GraphArg = None, store: StoreOpt = None) -> None:
    """Check a graph file or store against the SHACL shapes in kg/ontology/shapes.ttl."""
    from .validate import validate as run_validate

    from .store import GraphStore

    with _opened(graph, store) as source:
        report = run_validate(source.to_rdflib() if isinstance(source, GraphStore) else source)
    if report.conforms:
        _echo("conforms: the graph satisfies every shape")
        return
    for line in report.lines:
        _echo(line)
    raise typer.Exit(code=1)


@eval_app.command("carb")
def eval_carb(
    gold: Annotated[Path, typer.Option(help="CaRB gold tuples (dev_gold.tsv).")],
    sentences: Annotated[Optional[Path], typer.Option(help="Sentences to run kg's extractor on (dev.txt).")] = None,
    predictions: Annotated[Optional[Path], typer.Option(help="Score this tabbed predictions file instead.")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", help="Write the precision-recall curve here (TSV).")] = None,
    dump: Annotated[Optional[Path], typer.Option(help="Write kg's extractions here, tabbed.")] = None,
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with.")] = DEFAULT_MODEL,
    min_f1: Annotated[Optional[float], typer.Option(help="Exit with 1 if F1 falls below this (a quality gate).")] = None,
) -> None:
    """Score kg's open-IE extractor with a CaRB-compatible scorer (precision, recall, F1, AUC)."""
    from .evaluate import write_curve
    from .evaluate.run import run_carb

    run = run_carb(sentences, gold, model=model, predictions_path=predictions, dump_path=dump)
    summary = run.result.summary()
    _echo(" ".join(f"{name} {value:.3f}" for name, value in summary.items()))
    if run.overhead is not None:
        _echo(f"speed: raw nlp.pipe {run.sentences / run.parse_seconds:.0f} sentences/s; "
              f"extraction adds {run.extract_seconds:.2f}s to {run.parse_seconds:.2f}s of parsing "
              f"({run.overhead:.0%})")
    if out is not None:
        write_curve(out, run.result)
    if min_f1 is not None and summary["f1"] < min_f1:
        typer.echo(f"kg: error: F1 {summary['f1']:.3f} is below the gate {min_f1:.3f}", err=True)
        raise typer.Exit(code=1)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    try:
        code = app(standalone_mode=False)  # click returns an Exit's code instead of raising it here
        if isinstance(code, int) and code:
            sys.exit(code)
    except KgError as error:
        _fail(str(error), error)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        _fail("aborted", None)
    except KeyboardInterrupt:
        _fail("interrupted: outputs already written are complete; unfinished ones were not replaced", None, 130)
    except Exception as error:  # click usage errors arrive here too
        import click

        if isinstance(error, click.ClickException):
            error.show()
            sys.exit(error.exit_code)
        raise


def _fail(message: str, error: BaseException | None, code: int = 1) -> None:
    if _state["verbose"] and error is not None:
        import traceback

        traceback.print_exception(error, file=sys.stderr)
    typer.echo(f"kg: error: {message}", err=True)
    sys.exit(code)
