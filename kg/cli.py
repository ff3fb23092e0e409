"""The ``kg`` command: a thin layer over the library.

Each command parses its options, calls one library function and prints the result.
A handled error (:class:`kg.errors.KgError`) prints one line and exits with 1;
``--verbose`` adds the traceback.
"""

from __future__ import annotations

import logging
import sys
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

GraphArg = Annotated[Path, typer.Argument(help="A graph written by kg build: its folder, or graph.trig/.ttl/.nq/.jsonld.")]


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
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the graph, table, view and report into.")] = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to parse with (package name or path).")] = DEFAULT_MODEL,
    view: Annotated[bool, typer.Option(help="Also write the interactive HTML view.")] = True,
    progress: Annotated[bool, typer.Option(help="Show a progress bar on stderr.")] = True,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parse in this many processes.")] = 1,
) -> None:
    """Build the knowledge graph of articles into OUT (Turtle, TriG, JSON-LD, CSV, HTML view, report)."""
    from .pipeline import build as run_build

    bar = task = None
    if progress and sys.stderr.isatty():
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        bar = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                       TimeRemainingColumn(), transient=True)
        task = bar.add_task("articles", total=None)
        bar.start()
    try:
        result = run_build(
            paths, out, model=model, view=view, jobs=jobs,
            on_start=(lambda total: bar.update(task, total=total)) if bar else None,
            on_article=(lambda article: bar.advance(task)) if bar else None,
        )
    finally:
        if bar is not None:
            bar.stop()
    facts = sum(len(g.facts) for g in result.graphs)
    entities = len({e.key for g in result.graphs for e in g.entities})
    _echo(f"built {len(result.graphs)} articles ({result.words} words): {entities} entities, {facts} facts -> {out}/")
    for item in result.skipped:
        typer.echo(f"skipped {item.source}: {item.reason}", err=True)


@app.command()
def query(
    graph: GraphArg,
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the name of a saved query (see `kg queries`).")],
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE for a saved query's parameter.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) with kg's prefixes bound."""
    from .load import load_dataset
    from .query import format_result, run_query, run_saved, saved_queries

    dataset = load_dataset(graph)
    if sparql in saved_queries():
        params = dict(_split_param(p) for p in param or [])
        result = run_saved(dataset, sparql, **params)
    else:
        result = run_query(dataset, sparql)
    _echo(format_result(result, fmt).rstrip("\n"))


def _split_param(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise KgError(f"--param takes NAME=VALUE, not {text!r}")
    return name.strip(), value


@app.command()
def queries() -> None:
    """List the saved queries (ontology/queries/*.rq) and their parameters."""
    from .query import saved_queries

    for name, saved in sorted(saved_queries().items()):
        params = " ".join(f"{p.name}=..." for p in saved.params)
        _echo(f"{name} {params}".rstrip() + f"\n    {saved.description}")


@app.command()
def stats(
    graph: GraphArg,
    top: Annotated[int, typer.Option(help="How many entities to list by degree and PageRank.")] = 10,
) -> None:
    """Counts, top entities by degree and PageRank, communities and components."""
    from .analysis import graph_stats, to_networkx
    from .load import load_dataset

    s = graph_stats(to_networkx(load_dataset(graph)), top=top)
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
    graph: GraphArg,
    source: Annotated[str, typer.Argument(help="Label or alias of the first entity.")],
    target: Annotated[str, typer.Argument(help="Label or alias of the second entity.")],
) -> None:
    """Show how two entities are connected, with the sentences behind each hop."""
    from .analysis import find_path, to_networkx
    from .load import load_dataset

    for hop in find_path(to_networkx(load_dataset(graph)), source, target):
        _echo(f"{hop.subject} --{hop.predicate}--> {hop.object}")
        for src in hop.sources[:3]:
            _echo(f"    \"{src['sentence']}\" ({src['article'].rsplit('/', 1)[-1]})")


@app.command()
def view(
    graph: GraphArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("output/view.html"),
    focus: Annotated[Optional[str], typer.Option(help="Show only this entity (label or alias) and its neighbours.")] = None,
    hops: Annotated[int, typer.Option(help="Neighbourhood size around --focus.")] = 2,
    cls: Annotated[Optional[list[str]], typer.Option("--class", help="Keep only entities of this class (repeatable).")] = None,
    min_degree: Annotated[int, typer.Option(help="Hide entities with fewer relations.")] = 0,
    top: Annotated[Optional[int], typer.Option(help="Keep the top N entities by PageRank.")] = None,
) -> None:
    """Write the interactive HTML view (works offline; open it in any browser)."""
    from .analysis import select_subgraph, to_networkx
    from .load import load_dataset
    from .view import write_view

    G = select_subgraph(to_networkx(load_dataset(graph)), focus=focus, hops=hops,
                        classes=set(cls) if cls else None, min_degree=min_degree, top=top)
    written = write_view(G, out, focus_label=focus, hops=max(1, min(hops, 6)))
    _echo(f"wrote {written} ({G.number_of_nodes()} entities, {G.number_of_edges()} relations)")


@app.command()
def validate(graph: GraphArg) -> None:
    """Check a graph against the SHACL shapes in ontology/shapes.ttl."""
    from .validate import validate as run_validate

    report = run_validate(graph)
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
