"""Hand-made extractions for the resolve tests: an article body with helpers that make spans,
mentions and claims on it, and read the graph :func:`kg.resolve.resolve_article` makes of them."""

from __future__ import annotations

import re

from kg.model import Argument, Article, ArticleGraph, Claim, Entity, Extraction, Mention, Proposition, Span
from kg.resolve import resolve_article


class Text:
    """An article body, with helpers to make spans, mentions and claims on it."""

    def __init__(self, body: str, article_id: str = "a1") -> None:
        self.article = Article(id=article_id, title="Title", text=body, source_path=f"{article_id}.txt")
        self.sentences = tuple(Span(m.start(), m.end(), m.group()) for m in re.finditer(r"[^ .][^.]*\.", body))
        self.mentions: list[Mention] = []
        self.claims: list[Claim] = []
        self.propositions: list[Proposition] = []

    def span(self, surface: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = self.article.text.index(surface, start + 1)
        return Span(start, start + len(surface), surface)

    def sentence_of(self, span: Span) -> int:
        return next(i for i, s in enumerate(self.sentences) if s.start <= span.start < s.end)

    def mention(
        self,
        surface: str,
        kind: str,
        cls: str,
        label: str | None = None,
        head: str | None = None,
        nth: int = 0,
        **fields,
    ) -> int:
        span = self.span(surface, nth)
        label = surface if label is None else label
        head = label.split()[-1].lower() if head is None else head
        self.mentions.append(
            Mention(
                id=len(self.mentions),
                sentence=self.sentence_of(span),
                span=span,
                kind=kind,
                cls=cls,
                label=label,
                head=head,
                **fields,
            )
        )
        return len(self.mentions) - 1

    def claim(
        self,
        subject: int,
        predicate: str | None,
        label: str,
        obj: int | None = None,
        literal: str | None = None,
        confidence: float = 0.7,
        extractor: str = "clause",
    ) -> None:
        sentence = self.mentions[subject].sentence
        self.claims.append(Claim(subject, predicate, label, obj, literal, sentence, confidence, extractor))

    def proposition(self, subject: str, relation: str, nth: int = 0) -> None:
        """An open-IE proposition with ``subject`` (its words in the text) and no claim of its own."""
        span = self.span(subject, nth)
        self.propositions.append(
            Proposition(self.sentence_of(span), Argument(span), relation, relation, (), 0.7, "clause")
        )

    def extraction(self) -> Extraction:
        return Extraction(
            self.article, self.sentences, tuple(self.mentions), tuple(self.propositions), tuple(self.claims)
        )

    def resolve(self) -> ArticleGraph:
        return resolve_article(self.extraction())


def entity(graph: ArticleGraph, key: str) -> Entity:
    return next(e for e in graph.entities if e.key == key)


def triples(graph: ArticleGraph) -> list[tuple]:
    return [
        (f.subject, f.predicate or f.predicate_label, f.obj or f.literal, f.confidence, f.extractor)
        for f in graph.facts
    ]
