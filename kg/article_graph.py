"""The stage from a parsed article to its graph: extract, resolve, and check the typed relations.

    article_graph(parsed, relations) -> ArticleGraph
    article_graphs(nlp, articles, relations) -> (article, ArticleGraph | Exception), in input order

A build runs this one step whether it parses in its own process (:mod:`kg.pipeline`) or on a
Dask worker (:mod:`kg.cluster.worker`), so the two give the same graphs, hence the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .extract import extract
from .model import Article, ArticleGraph
from .nlp import ParsedArticle, parse
from .relations import resolved_fit
from .resolve import resolve_article

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: an article with its graph, or the exception that stopped it (a bug in kg, which the caller
#: reports while the other articles go on)
Outcome = tuple[Article, ArticleGraph | Exception]


def article_graph(parsed: ParsedArticle, relations: bool | float = True) -> ArticleGraph:
    """The graph of one parsed article, with the model's typed relations unless ``relations``
    is False (True: those at the news floor, a number: those at that probability or above,
    :func:`kg.relations.stated_floor`). They are checked against the classes resolution gave
    their entities (:func:`kg.relations.resolved_fit`), which only the resolved graph knows."""
    return resolved_fit(resolve_article(extract(parsed, relations=relations)))


def article_graphs(
    nlp: Language, articles: Iterable[Article], relations: bool | float = True, jobs: int = 1
) -> Iterator[Outcome]:
    """Parse the articles (in ``jobs`` processes) and yield each with its graph, or with the
    exception that stopped it: one article's bug never stops the others."""
    for parsed in parse(nlp, articles, jobs=jobs):
        try:
            outcome: ArticleGraph | Exception = article_graph(parsed, relations)
        except Exception as error:  # a bug in kg: reported by the caller
            outcome = error
        yield parsed.article, outcome
