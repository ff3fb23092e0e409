"""RDF -> networkx: the entities of a kg graph and the facts between them.

    Dataset or quads -> Reader (kg.graph.shape) -> to_networkx -> MultiDiGraph

Contract of :func:`to_networkx` (the HTML view and the GraphML/GEXF exports are written
against it). Every attribute is a scalar (str, float), so that ``nx.write_graphml`` and
``nx.write_gexf`` take the graph as it is; lists and records are JSON strings, read with
:func:`listed`:

* node id: entity IRI string; article nodes are not graph nodes;
* node attributes: ``label`` (str), ``cls`` (class local name, "Person"),
  ``aliases`` (JSON: sorted list of str), ``articles`` (JSON: sorted list of article IRI
  strings, from ``kg:mentionedIn``), ``attributes`` (JSON: list of records
  ``{"predicate", "label", "value", "confidence", "sentence", "article", "modality",
  "attributed_to"}`` for facts whose object is a literal, one per statement, sorted);
* edges: one per (subject, predicate, object, stance) between two entity nodes, where the
  stance is asserting (modality "asserted" or "reported", key = predicate IRI string) or one
  of the other modalities ("negated", "possible", ...; key = predicate IRI, a space and the
  modality), attributes ``predicate`` (IRI str), ``label``, ``confidence`` (max over its
  statements), ``modality`` ("asserted", or "reported" when every source is reported, or
  the other modality), ``article`` and ``headline`` (of the first source's article) and
  ``sources`` (JSON: list of records ``{"sentence", "article", "start", "end",
  "confidence", "extractor", "modality", "attributed_to", "time", "time_start", "time_end", "place"}``, sorted);
* graph attribute ``articles`` (JSON: article IRI -> ``{"id", "headline", "date", "url",
  "publisher"}``), read with :func:`article_table`.

A fact asserted without a ``kg:Statement`` (the builder writes titles and
descriptors such as ``kg:holdsPosition`` this way) has confidence 1.0 and no
sources; as a node attribute its ``sentence`` is "" and its ``article`` is the
article of the named graph holding it.

Predicate labels come from the ontology (``kg/ontology/kg.ttl``) or from the
``rdfs:label`` declared for an open predicate in the data; failing both, the
local name split into words ("stepsUpCrackdownsOn" -> "steps up crackdowns on").
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import unquote

import networkx as nx
from rdflib import Graph, Literal
from rdflib.namespace import RDFS, SDO

from kg.graph.shape import (
    ENTITY_CLASSES,
    NEWS_ARTICLE,
    NODE_PREDICATES,
    PROVENANCE,
    Reader,
    best_label,
    local_name,
    split_words,
)
from kg.load import ontology_graph
from kg.vocab import ARTICLE, ASSERTING, KG, REL

__all__ = ["article_table", "asserting_edges", "listed", "to_networkx"]


def _quads(dataset: Graph | Iterable[tuple[Any, Any, Any, Any]]) -> Iterator[tuple[Any, Any, Any, Any]]:
    if not isinstance(dataset, Graph):  # (s, p, o, g) tuples of rdflib terms
        yield from dataset
    elif hasattr(dataset, "quads"):
        for s, p, o, context in dataset.quads((None, None, None, None)):
            yield s, p, o, getattr(context, "identifier", context)
    else:
        for s, p, o in dataset:
            yield s, p, o, dataset.identifier


def _number(term: Any, default: float | int) -> Any:
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float)) or hasattr(value, "as_tuple"):
            return type(default)(value)
    return default


class _Names:
    """Entity classes (most specific first) and predicate labels, from the ontology and the data."""

    def __init__(self, reader: Reader) -> None:
        ontology = ontology_graph()
        self.reader = reader
        self.subclass = {(str(s), str(o)) for s, o in ontology.subject_objects(RDFS.subClassOf)}
        self.predicate_labels: dict[str, str | None] = {}
        for source in (
            ontology.subject_objects(RDFS.label),
            ((s, o) for s, labels in reader.labels.items() for o in labels),
        ):
            grouped: dict[str, set] = defaultdict(set)
            for s, label in source:
                grouped[str(s)].add(label)
            for s, labels in grouped.items():
                self.predicate_labels.setdefault(s, best_label(labels))

    def entity_class(self, node: Any) -> str | None:
        classes = {cls for cls in self.reader.types.get(node, ()) if cls in ENTITY_CLASSES}
        specific = [cls for cls in classes if not any((other, cls) in self.subclass for other in classes)]
        names = sorted(ENTITY_CLASSES[cls] for cls in (specific or classes))
        return names[0] if names else None

    def predicate_label(self, predicate: str) -> str:
        return self.predicate_labels.get(predicate) or split_words(local_name(predicate))


def _sources(reader: Reader) -> dict[tuple, list[dict[str, Any]]]:
    """(s, p, o) -> the provenance of each kg:Statement stating it."""
    found: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for node, triple in reader.statement_triples():

        def one(predicate: Any, node: Any = node) -> Any:
            return reader.one(node, str(predicate))

        found[triple].append(
            {
                "sentence": str(one(KG.sentence) or ""),
                "article": str(one(KG.article) or ""),
                "start": _number(one(KG.startChar), 0),
                "end": _number(one(KG.endChar), 0),
                "confidence": _number(one(KG.confidence), 0.0),
                "extractor": str(one(KG.extractor) or ""),
                "modality": str(one(KG.modality) or "asserted"),
                "attributed_to": str(one(KG.attributedTo) or ""),
                "time": _when(one(KG.timeText), one(KG.timeStart), one(KG.timeEnd)),
                "time_start": str(one(KG.timeStart) or ""),  # ISO days, for the view's date filter
                "time_end": str(one(KG.timeEnd) or ""),
                "place": reader.label(place) if (place := one(KG.place)) is not None else "",
            }
        )
    return found


def _when(text: Any, start: Any, end: Any) -> str:
    """A fact's time as a reader wants it: the words, and the days they resolved to
    ("Monday (2020-08-17)", "last week (2020-08-10 to 2020-08-16)"); "" when it has none."""
    if text is None:
        return ""
    if start is None:
        return str(text)
    days = str(start) if str(start) == str(end) or end is None else f"{start} to {end}"
    return f"{text} ({days})"


def _article_table(reader: Reader) -> dict[str, dict[str, str]]:
    """Article IRI -> its id, headline, date, URL and publisher ("" where missing)."""
    table = {}
    prefix = str(ARTICLE)
    for node, types in reader.types.items():
        if NEWS_ARTICLE not in types:
            continue

        def one(predicate: Any, node: Any = node) -> str:
            value = reader.one(node, str(predicate))
            return "" if value is None else str(value)

        publisher = reader.one(node, str(SDO.publisher))
        if publisher is not None and not isinstance(publisher, Literal):
            publisher = best_label(reader.labels.get(publisher, ())) or local_name(str(publisher))
        iri = str(node)
        table[iri] = {
            "id": unquote(iri[len(prefix) :]) if iri.startswith(prefix) else local_name(iri),
            "headline": one(SDO.headline),
            "date": one(SDO.datePublished),
            "url": one(SDO.url),
            "publisher": "" if publisher is None else str(publisher),
        }
    return dict(sorted(table.items()))


def _source_key(source: dict[str, Any]) -> tuple:
    return (
        source["article"],
        source["start"],
        source["end"],
        source["sentence"],
        source["extractor"],
        source["confidence"],
    )


def _attribute_key(attribute: dict[str, Any]) -> tuple:
    return (
        attribute["label"],
        attribute["predicate"],
        attribute["value"],
        attribute["article"],
        attribute["sentence"],
        -attribute["confidence"],
    )


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def listed(data: Mapping[str, Any], key: str) -> list[Any]:
    """A list attribute of a :func:`to_networkx` node or edge (``aliases``, ``articles``,
    ``attributes``, ``sources``), decoded from its JSON string; a list set by hand on a
    graph built in Python is returned as it is."""
    value = data.get(key)
    if isinstance(value, str):
        return json.loads(value) if value else []
    return list(value or [])


def article_table(graph: nx.Graph) -> dict[str, dict[str, str]]:
    """Article IRI -> ``{"id", "headline", "date", "url", "publisher"}`` of the articles of a
    :func:`to_networkx` graph (empty for a graph without the ``articles`` attribute)."""
    value = graph.graph.get("articles")
    return json.loads(value) if isinstance(value, str) and value else dict(value or {})


def _stance(modality: str) -> str:
    return "asserted" if modality in ASSERTING else modality


def to_networkx(dataset: Graph | Iterable[tuple[Any, Any, Any, Any]]) -> nx.MultiDiGraph:
    """The entities of ``dataset`` (an rdflib graph, or its quads as rdflib-term tuples)
    and the facts between them, as a MultiDiGraph (see module doc)."""
    reader = Reader(_quads(dataset))
    names = _Names(reader)
    articles = _article_table(reader)
    graph = nx.MultiDiGraph(articles=_json(articles))
    attributes: dict[str, list[dict[str, Any]]] = {}
    for node in reader.entities():
        graph.add_node(
            str(node),
            label=reader.label(node),
            cls=names.entity_class(node),
            aliases=_json(sorted({str(alias) for alias in reader.aliases.get(node, ())})),
            articles=_json(sorted({str(article) for article in reader.mentioned.get(node, ())})),
        )
        attributes[str(node)] = []

    sources = _sources(reader)
    triples = set(reader.facts) | set(sources)
    for s, p, o in sorted(triples, key=lambda t: (str(t[0]), t[1], str(t[2]))):
        subject = str(s)
        if subject not in graph or p in NODE_PREDICATES or p in PROVENANCE:
            continue
        found = sorted(sources.get((s, p, o), []), key=_source_key)
        label = names.predicate_label(p)
        if isinstance(o, Literal):
            if not (p.startswith((str(KG._NS), str(REL))) or found):
                continue
            if not found:
                found = [
                    {"sentence": "", "article": article, "confidence": 1.0, "modality": "asserted", "attributed_to": ""}
                    for article in reader.plain_articles((s, p, o))
                ]
            for source in found:
                attributes[subject].append(
                    {
                        "predicate": p,
                        "label": label,
                        "value": str(o),
                        "confidence": source["confidence"],
                        "sentence": source["sentence"],
                        "article": source["article"],
                        "modality": source["modality"],
                        "attributed_to": source["attributed_to"],
                    }
                )
        elif str(o) in graph:
            stances: dict[str, list[dict[str, Any]]] = {}
            if (s, p, o) in reader.facts:  # the plain triple: asserted, with or without statements
                stances["asserted"] = []
            for source in found:
                stances.setdefault(_stance(source["modality"]), []).append(source)
            for stance, group in sorted(stances.items()):
                modality = "reported" if group and all(x["modality"] == "reported" for x in group) else stance
                first = group[0]["article"] if group else next(iter(reader.plain_articles((s, p, o))), "")
                graph.add_edge(
                    subject,
                    str(o),
                    key=p if stance == "asserted" else f"{p} {stance}",
                    predicate=p,
                    label=label,
                    modality=modality,
                    confidence=max((x["confidence"] for x in group), default=1.0),
                    article=articles.get(first, {}).get("id", first),
                    headline=articles.get(first, {}).get("headline", ""),
                    sources=_json(group),
                )

    for node, found in attributes.items():
        graph.nodes[node]["attributes"] = _json(sorted(found, key=_attribute_key))
    return graph


def asserting_edges(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The view of ``graph`` with only the facts its articles assert (modality "asserted" or
    "reported"): what :func:`kg.graph.stats.graph_stats` counts as relations."""
    return nx.subgraph_view(
        graph, filter_edge=lambda u, v, k: graph.edges[u, v, k].get("modality", "asserted") in ASSERTING
    )
