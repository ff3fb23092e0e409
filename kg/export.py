"""Writers for the files of a build: one function per output, registered by file name.

Every writer returns bytes; :func:`write_outputs` renders them all first and only
then renames each into place, so a failure while rendering leaves the previous
build's files untouched.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .fileio import ensure_dir, write_atomic
from .model import ArticleGraph, Skipped
from .rdf import dataset_quads, predicate_name, publisher_entity
from .vocab import PREFIXES


@dataclass(frozen=True, slots=True)
class BuildData:
    """What the writers need: resolved articles, skipped inputs and the quads."""

    graphs: tuple[ArticleGraph, ...]
    skipped: tuple[Skipped, ...]
    quads: tuple[ox.Quad, ...]

    @classmethod
    def of(cls, graphs, skipped) -> BuildData:
        graphs = tuple(graphs)
        return cls(graphs, tuple(skipped), tuple(dataset_quads(graphs)))


_PREFIXES = {name: str(namespace) for name, namespace in PREFIXES.items()}


def turtle(data: BuildData) -> bytes:
    triples = sorted({q.triple for q in data.quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=_PREFIXES)


def trig(data: BuildData) -> bytes:
    return ox.serialize(data.quads, format=ox.RdfFormat.TRIG, prefixes=_PREFIXES)


def nquads(data: BuildData) -> bytes:
    return ox.serialize(data.quads, format=ox.RdfFormat.N_QUADS)


def jsonld(data: BuildData) -> bytes:
    return ox.serialize(data.quads, format=ox.RdfFormat.JSON_LD)


CSV_COLUMNS = ("subject", "subject_label", "subject_type", "predicate", "predicate_label", "object",
               "object_label", "object_type", "confidence", "extractor", "article", "sentence_start",
               "sentence_end", "sentence")


def facts_csv(data: BuildData) -> bytes:
    """One row per fact, for spreadsheet users: labels and types beside the keys."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for graph in data.graphs:
        entities = {e.key: e for e in graph.entities}
        for fact in graph.facts:
            subject = entities[fact.subject]
            obj = entities.get(fact.obj) if fact.obj else None
            writer.writerow([
                subject.key, subject.label, subject.cls, predicate_name(fact),
                fact.predicate_label, obj.key if obj else "", obj.label if obj else fact.literal,
                obj.cls if obj else "literal", f"{fact.confidence:.3f}", fact.extractor, graph.article.id,
                fact.sentence.start, fact.sentence.end, fact.sentence.text,
            ])
    return buffer.getvalue().encode("utf-8")


def report(data: BuildData) -> bytes:
    """A short Markdown report: articles read and skipped (with why), counts per type and predicate."""
    classes: Counter[str] = Counter()
    predicates: Counter[str] = Counter()
    entity_keys: dict[str, str] = {}
    for graph in data.graphs:
        for entity in graph.entities:
            entity_keys[entity.key] = entity.cls
        if (publisher := publisher_entity(graph.article)) is not None:
            entity_keys[publisher.key] = publisher.cls
        predicates.update(predicate_name(f) for f in graph.facts)
    classes.update(entity_keys.values())
    lines = ["# kg build report", ""]
    words = sum(g.article.words for g in data.graphs)
    facts = sum(len(g.facts) for g in data.graphs)
    lines += [f"- articles read: {len(data.graphs)} ({words} words)", f"- articles skipped: {len(data.skipped)}",
              f"- entities: {len(entity_keys)}", f"- facts: {facts}", f"- quads: {len(data.quads)}", ""]
    lines += ["## Entities per class", "", "| class | count |", "| --- | ---: |"]
    lines += [f"| {name} | {count} |" for name, count in sorted(classes.items(), key=lambda i: (-i[1], i[0]))]
    lines += ["", "## Facts per predicate (top 40)", "", "| predicate | count |", "| --- | ---: |"]
    top = sorted(predicates.items(), key=lambda i: (-i[1], i[0]))[:40]
    lines += [f"| {name} | {count} |" for name, count in top]
    lines += ["", "## Articles read", "", "| article | title | words | facts | source |", "| --- | --- | ---: | ---: | --- |"]
    lines += [f"| {_cell(g.article.id)} | {_cell(g.article.title)} | {g.article.words} | {len(g.facts)} | "
              f"{_cell(g.article.source_path)} |" for g in data.graphs]
    lines += ["", "## Inputs skipped", ""]
    lines += [f"- {_cell(s.source)}: {_cell(s.reason)}" for s in data.skipped] or ["none"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


#: file name -> writer; ``kg build`` writes all of them
WRITERS: dict[str, Callable[[BuildData], bytes]] = {
    "graph.ttl": turtle,
    "graph.trig": trig,
    "graph.jsonld": jsonld,
    "facts.csv": facts_csv,
    "report.md": report,
}

#: formats for ``kg export``
FORMATS: dict[str, Callable[[BuildData], bytes]] = {"ttl": turtle, "trig": trig, "nq": nquads, "jsonld": jsonld}


def write_outputs(data: BuildData, out: Path, extra: dict[str, bytes] | None = None) -> list[Path]:
    """Render every output, then move each into ``out`` atomically."""
    ensure_dir(out)
    rendered = {name: writer(data) for name, writer in WRITERS.items()}
    rendered.update(extra or {})
    return [write_atomic(out / name, payload) for name, payload in rendered.items()]
