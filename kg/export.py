"""Writers for the files of a build, and ``kg export``: one function per output.

    BuildData -> WRITERS[file name] / FORMATS[format name] -> bytes

Every writer returns bytes; :func:`write_outputs` renders them all first and only
then renames each into place, so a failure while rendering leaves the previous
build's files untouched. Turtle and TriG are pyoxigraph's, written from the sorted
N-Triples lines the store also keeps (:mod:`kg.store.dump`), so a build folder and a
store give the same bytes; JSON-LD is :mod:`kg.jsonld`'s.
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import OutputError, printable
from .fileio import write_all_atomic
from .formats import NETWORK_FORMATS, read_graph_file
from .jsonld import compact_jsonld
from .load import resolve_graph_path
from .model import ArticleGraph, Skipped
from .rdf import dataset_quads, predicate_name, publisher_entity, quad_order
from .store import GraphStore, is_store
from .store.cache import with_graph
from .store.dump import trig as trig_of_texts
from .store.dump import turtle_of_lines


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

    def entity_classes(self) -> dict[str, str]:
        """Entity key -> class of every node of the graph: the articles' entities and their
        publishers (what the report, the build's summary and ``kg stats`` count)."""
        classes: dict[str, str] = {}
        for graph in self.graphs:
            classes.update((entity.key, entity.cls) for entity in graph.entities)
            if (publisher := publisher_entity(graph.article)) is not None:
                classes[publisher.key] = publisher.cls
        return classes


_NT = ox.RdfFormat.N_TRIPLES


def graph_lines(quads: Iterable[ox.Quad]) -> Iterator[tuple[bytes | None, list[bytes]]]:
    """(graph as N-Triples text, or None for the default graph; its sorted N-Triples lines),
    graph by graph in the order of ``quads`` (sorted by :func:`kg.rdf.quad_order`).
    The store keeps exactly these lines per article, so both write the same bytes."""
    for graph, group in itertools.groupby(quads, key=lambda quad: quad.graph_name):
        lines = sorted(ox.serialize([quad.triple for quad in group], format=_NT).splitlines())
        yield (None if isinstance(graph, ox.DefaultGraph) else str(graph).encode("utf-8")), lines


def turtle(data: BuildData) -> bytes:
    """The union of the article graphs: each triple once."""
    return turtle_of_lines(sorted({line for _, lines in graph_lines(data.quads) for line in lines}))


def trig(data: BuildData) -> bytes:
    """One ``graph { }`` block per article graph."""
    return trig_of_texts((None, with_graph(lines, graph)) for graph, lines in graph_lines(data.quads))


def nquads(data: BuildData) -> bytes:
    return b"".join(with_graph(lines, graph) for graph, lines in graph_lines(data.quads))


def jsonld(data: BuildData) -> bytes:
    """Compacted JSON-LD with kg's context embedded (see :mod:`kg.jsonld`)."""
    return compact_jsonld(data.quads)


CSV_COLUMNS = (
    "subject",
    "subject_label",
    "subject_type",
    "predicate",
    "predicate_label",
    "object",
    "object_label",
    "object_text",
    "object_type",
    "modality",
    "attributed_to",
    "time",
    "time_start",
    "time_end",
    "place",
    "confidence",
    "extractor",
    "article",
    "article_headline",
    "article_date",
    "article_url",
    "sentence_start",
    "sentence_end",
    "sentence",
)


def facts_csv(data: BuildData) -> bytes:
    """One row per fact, for spreadsheet users: labels and types beside the keys, the article
    by headline, date and URL beside its id."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for graph in data.graphs:
        entities = {e.key: e for e in graph.entities}
        for fact in graph.facts:
            subject = entities[fact.subject]
            obj = entities.get(fact.obj) if fact.obj else None
            writer.writerow(
                [
                    subject.key,
                    subject.label,
                    subject.cls,
                    predicate_name(fact),
                    fact.predicate_label,
                    obj.key if obj else "",
                    obj.label if obj else fact.literal,
                    fact.object_text or "",
                    obj.cls if obj else "literal",
                    fact.modality,
                    entities[fact.source].label if fact.source in entities else "",
                    fact.time.text if fact.time else "",
                    fact.time.start or "" if fact.time else "",
                    fact.time.end or "" if fact.time else "",
                    entities[fact.place].label if fact.place in entities else "",
                    f"{fact.confidence:.3f}",
                    fact.extractor,
                    graph.article.id,
                    graph.article.title,
                    graph.article.date or "",
                    graph.article.url or "",
                    fact.sentence.start,
                    fact.sentence.end,
                    fact.sentence.text,
                ]
            )
    return buffer.getvalue().encode("utf-8")


def report(data: BuildData) -> bytes:
    """A short Markdown report: articles read and skipped (with why), counts per type and predicate."""
    predicates: Counter[str] = Counter(predicate_name(f) for graph in data.graphs for f in graph.facts)
    entity_keys = data.entity_classes()
    classes: Counter[str] = Counter(entity_keys.values())
    lines = ["# kg build report", ""]
    words = sum(g.article.words for g in data.graphs)
    facts = sum(len(g.facts) for g in data.graphs)
    lines += [
        f"- articles read: {len(data.graphs)} ({words} words)",
        f"- articles skipped: {len(data.skipped)}",
        f"- entities: {len(entity_keys)}",
        f"- facts: {facts}",
        f"- quads: {len(data.quads)}",
        "",
    ]
    lines += ["## Entities per class", "", "| class | count |", "| --- | ---: |"]
    lines += [f"| {name} | {count} |" for name, count in sorted(classes.items(), key=lambda i: (-i[1], i[0]))]
    lines += ["", "## Facts per predicate (top 40)", "", "| predicate | count |", "| --- | ---: |"]
    top = sorted(predicates.items(), key=lambda i: (-i[1], i[0]))[:40]
    lines += [f"| {name} | {count} |" for name, count in top]
    lines += [
        "",
        "## Articles read",
        "",
        "| article | title | words | facts | source |",
        "| --- | --- | ---: | ---: | --- |",
    ]
    lines += [
        f"| {_cell(g.article.id)} | {_cell(g.article.title)} | {g.article.words} | {len(g.facts)} | "
        f"{_cell(g.article.source_path)} |"
        for g in data.graphs
    ]
    lines += ["", "## Inputs skipped", ""]
    lines += [f"- {_cell(s.source)}: {_cell(s.reason)}" for s in data.skipped] or ["none"]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _cell(text: str) -> str:
    """Text from an article as a Markdown table cell that renders as that text: markup
    escaped as HTML entities, control characters made visible, pipes escaped."""
    return printable(html.escape(" ".join(text.split()), quote=False)).replace("|", "\\|")


#: file name -> writer; ``kg build`` writes all of them
WRITERS: dict[str, Callable[[BuildData], bytes]] = {
    "graph.ttl": turtle,
    "graph.trig": trig,
    "graph.jsonld": jsonld,
    "facts.csv": facts_csv,
    "report.md": report,
}

# -- entity graphs for Gephi and Cytoscape ------------------------------------------------

#: characters XML 1.0 cannot hold at all (even escaped); dropped from GraphML and GEXF text
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def entity_network(quads: Iterable[ox.Quad]):
    """The entities and facts of ``quads`` as :func:`kg.graph.to_networkx` gives them, each
    node with its ``degree`` (edges in and out), strings cleaned of what XML cannot hold."""
    from .graph import to_networkx  # networkx: loaded only for these two formats
    from .terms import rdflib_quads

    graph = to_networkx(rdflib_quads(quads))
    for node, degree in graph.degree():
        graph.nodes[node]["degree"] = degree
    for data in (graph.graph, *(d for _, d in graph.nodes(data=True)), *(d for *_, d in graph.edges(data=True))):
        for key, value in data.items():
            if isinstance(value, str):
                data[key] = _NOT_XML.sub("", value)
    return graph


def graphml(data: BuildData) -> bytes:
    """GraphML (Cytoscape, Gephi, yEd): nodes with label, class and degree; edges with the
    predicate's label and IRI, confidence, modality, article id and headline."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(entity_network(data.quads), buffer, encoding="utf-8")
    return buffer.getvalue()


def gexf(data: BuildData) -> bytes:
    """GEXF (Gephi), with the attributes of :func:`graphml`; the date networkx stamps into
    the file's ``<meta>`` is left out, so that the same graph gives the same bytes."""
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(entity_network(data.quads), buffer, encoding="utf-8")
    return re.sub(rb'<meta lastmodifieddate="[^"]*">', b"<meta>", buffer.getvalue(), count=1)


#: formats for ``kg export``
FORMATS: dict[str, Callable[[BuildData], bytes]] = {
    "ttl": turtle,
    "trig": trig,
    "nq": nquads,
    "jsonld": jsonld,
    "graphml": graphml,
    "gexf": gexf,
}


def export_graph(source: str | Path | GraphStore, fmt: str) -> bytes:
    """An open store, or the graph file (or output folder, or store folder) at a path,
    in format ``fmt`` (a key of :data:`FORMATS`), with the bytes a build would write
    for the same quads."""
    if fmt not in FORMATS:
        raise OutputError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    if isinstance(source, GraphStore):
        return _from_store(source, fmt)
    path = source
    if is_store(path):
        with GraphStore.open(path, read_only=True) as store:
            return _from_store(store, fmt)
    quads = set(read_graph_file(resolve_graph_path(path)))
    return FORMATS[fmt](BuildData((), (), tuple(sorted(quads, key=quad_order))))


def _from_store(store: GraphStore, fmt: str) -> bytes:
    """The store's own dump where it has one that reads its N-Quads cache as text; the other
    formats are written from its quads, as for a graph file."""
    if fmt in NETWORK_FORMATS:
        return FORMATS[fmt](BuildData((), (), tuple(store.quads())))
    return store.dump(fmt)


def write_outputs(data: BuildData, out: Path, extra: dict[str, bytes] | None = None) -> list[Path]:
    """Render every output, then write them into ``out`` together (see
    :func:`kg.fileio.write_all_atomic`): a failed or interrupted build leaves the last
    good set of files, never a mix."""
    rendered = {name: writer(data) for name, writer in WRITERS.items()}
    rendered.update(extra or {})
    return write_all_atomic(out, rendered)
