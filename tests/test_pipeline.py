"""kg.pipeline: how a build reports a bug in kg, and what a build result shows (no model needed:
the parser and the extractor are stand-ins)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

import kg
from kg import article_graph, pipeline
from kg.errors import ExtractionError, KgError
from kg.model import Article, ArticleGraph, Entity, Fact, Span
from kg.nlp import ParsedArticle


def _articles(*ids: str) -> list[Article]:
    return [
        Article(
            id=i,
            title=f"Story {i}",
            text="Huawei opened a lab in Paris.",
            source_path=f"{i}.txt",
            publisher="Daily Planet",
        )
        for i in ids
    ]


@pytest.fixture
def stand_ins(monkeypatch):
    """A pipeline that parses nothing and an extractor that fails on the articles named in ``fail``."""
    fail: set[str] = set()
    monkeypatch.setattr(pipeline, "load_model", lambda model: SimpleNamespace(lang="en"))
    monkeypatch.setattr(article_graph, "parse", lambda nlp, articles, jobs=1: (ParsedArticle(a, []) for a in articles))

    def extract(parsed, relations=False):
        if parsed.article.id in fail:
            raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")
        return parsed.article

    def resolve(article):
        entity = Entity(key="Organization/huawei", cls="Organization", label="Huawei")
        fact = Fact(
            subject=entity.key,
            predicate="",
            predicate_label="open",
            obj=None,
            literal="a lab",
            article=article.id,
            sentence=Span(0, 29, article.text),
            confidence=0.7,
            extractor="clause",
            modality="negated" if article.id == "b" else "asserted",
        )
        return ArticleGraph(article, (entity,), (fact,))

    monkeypatch.setattr(article_graph, "extract", extract)
    monkeypatch.setattr(article_graph, "resolve_article", resolve)
    return fail


def test_a_bug_on_one_article_is_reported_as_a_bug_and_the_others_are_built(stand_ins):
    stand_ins.add("b")
    skipped: list = []
    graphs = list(pipeline.graphs_of(_articles("a", "b", "c"), skipped=skipped))
    assert [g.article.id for g in graphs] == ["a", "c"]
    assert len(skipped) == 1 and skipped[0].source == "b.txt"
    assert "bug in kg" in skipped[0].reason and "TypeError" in skipped[0].reason


def test_a_bug_on_every_article_fails_the_build_with_the_first_error(stand_ins):
    stand_ins.update({"a", "b"})
    with pytest.raises(ExtractionError, match="every article.*TypeError") as caught:
        list(pipeline.graphs_of(_articles("a", "b"), skipped=[]))
    assert isinstance(caught.value, KgError) and isinstance(caught.value.__cause__, TypeError)


def test_build_result_counts_the_publisher_and_shows_a_short_report(stand_ins, tmp_path):
    (tmp_path / "in").mkdir()
    for article in _articles("a", "b"):
        (tmp_path / "in" / f"{article.id}.txt").write_text(
            f"{article.title}\n\n{article.text}\n\nSource: Daily Planet\n"
        )
    result = kg.build([tmp_path / "in"], out=None)
    assert result.entities == 2  # Huawei and the publisher, as report.md counts them
    assert (result.facts, result.asserted) == (2, 1)
    assert result.summary() == "2 articles (12 words): 2 entities, 2 facts (1 not asserted)"
    assert repr(result) == "<BuildResult 2 articles (12 words): 2 entities, 2 facts (1 not asserted)>"
    page = result._repr_html_()
    assert "<table>" in page and "2 (1 asserted)" in page and len(page) < 2000


def test_the_view_is_titled_by_the_build_folder_or_the_title_given(stand_ins, tmp_path):
    import re

    (tmp_path / "in").mkdir()
    for article in _articles("a", "b"):
        (tmp_path / "in" / f"{article.id}.txt").write_text(f"{article.title}\n\n{article.text}\n")

    def title(out, given=None) -> str:
        kg.build([tmp_path / "in"], out=out, title=given)
        return re.search(r"<title>(.*?)</title>", (out / "view.html").read_text(encoding="utf-8"), re.S)[1]

    assert "newsroom-march" in title(tmp_path / "newsroom-march")
    assert "Our week" in title(tmp_path / "x", "Our week")
    assert "output" not in title(tmp_path / "output")  # the default folder names nothing: the page counts articles
