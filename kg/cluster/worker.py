"""What runs on a Dask worker: the spaCy pipeline, loaded once per worker process, and the
task that turns a batch of articles into their graphs.

Imported on the workers (and by :mod:`kg.cluster.session` once a cluster is asked for): it
needs ``distributed``, which ``import kg`` never loads.
"""

from __future__ import annotations

import hashlib
import pickle
import traceback
from functools import cache
from pathlib import Path

from distributed import WorkerPlugin

from ..article_graph import article_graphs
from ..model import Article, ArticleGraph
from ..nlp import load_model

#: what a batch gives back for each of its articles: its place in the input and its graph, or
#: the exception that stopped it (a bug in kg, reported by the writer like a local one)
Outcome = tuple[int, ArticleGraph | Exception]


#: built once by each worker as it starts, so that what kg loads on first use (word lists,
#: gazetteers, the place index: seconds on a busy machine) is loaded before the first batch
WARM_UP = Article(
    id="kg-warm-up",
    title="Leaders meet in Berlin",
    text="Chinese President Xi Jinping met German Chancellor Angela Merkel in Berlin on Monday, "
    "Reuters reported. Merkel said the talks on trade would continue next week.",
    source_path="kg-warm-up",
    date="2019-01-07",
)


class LoadPipeline(WorkerPlugin):
    """Loads the spaCy pipeline when a worker starts (also one that joins or is restarted
    later), so that it is never shipped with a task and no task waits for it: the tasks find
    it in :func:`kg.nlp.load_model`'s per-process cache. A short article built once warms
    kg's own lazily loaded data."""

    def __init__(self, model: str) -> None:
        self.model = model

    def setup(self, worker) -> None:
        build_batch([(0, WARM_UP)], self.model, relations=False)


@cache
def fingerprint() -> str:
    """A digest of kg's code and data as installed in this process: the same input gives the
    same bytes only where writer and workers run the same kg, word lists included (a version
    number does not change with every commit)."""
    package = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def describe(model: str) -> tuple[str, str, str]:
    """What the writer checks of this worker: its kg (:func:`fingerprint`), its pipeline's
    name and version, and the pipeline's language."""
    nlp = load_model(model)
    return fingerprint(), f"{nlp.meta.get('name', model)} {nlp.meta.get('version', '')}".strip(), nlp.lang


def build_batch(batch: list[tuple[int, Article]], model: str, relations: bool | float) -> list[Outcome]:
    """Parse, extract and resolve a batch of articles (one ``nlp.pipe`` over their
    paragraphs) as a local build does (:func:`kg.article_graph.article_graphs`). An exception
    on one article is that article's outcome, its traceback attached as a note; the others go on."""
    graphs = article_graphs(load_model(model), [article for _, article in batch], relations)
    return [
        (index, _shippable(outcome) if isinstance(outcome, Exception) else outcome)
        for (index, _), (_, outcome) in zip(batch, graphs, strict=True)
    ]


def _shippable(error: Exception) -> Exception:
    """``error`` with the worker's traceback as a note (shown by ``kg -v``), or, when it cannot
    travel back to the writer, a RuntimeError that says what it was."""
    error.add_note("on a Dask worker:\n" + "".join(traceback.format_exception(error)))
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        plain = RuntimeError(f"{type(error).__name__}: {error}")
        plain.add_note(error.__notes__[-1])
        return plain
    return error
