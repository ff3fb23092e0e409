"""The graph as networkx: conversion, statistics, paths and the view's filters.

    Dataset -> to_networkx -> MultiDiGraph -> graph_stats / find_path / select_subgraph

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
  "confidence", "extractor", "modality", "attributed_to"}``, sorted);
* graph attribute ``articles`` (JSON: article IRI -> ``{"id", "headline", "date", "url"}``),
  read with :func:`article_table`.

A fact asserted without a ``kg:Statement`` (the builder writes titles and
descriptors such as ``kg:holdsPosition`` this way) has confidence 1.0 and no
sources; as a node attribute its ``sentence`` is "" and its ``article`` is the
article of the named graph holding it.

Predicate labels come from the ontology (``kg/ontology/kg.ttl``) or from the
``rdfs:label`` declared for an open predicate in the data; failing both, the
local name split into words ("stepsUpCrackdownsOn" -> "steps up crackdowns on").

Centrality, communities and paths work on the undirected view: in news text the
direction of "tensions with" or "met" says little about who is central.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from urllib.parse import unquote
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS

from kg.errors import GraphError
from kg.load import ontology_graph
from kg.vocab import ARTICLE, ASSERTING, CLASS_NAMES, KG, REL

__all__ = ["Hop", "Ranked", "Stats", "article_table", "asserting_edges", "find_path", "graph_stats", "listed",
           "pagerank", "resolve_node", "select_subgraph", "split_words", "to_networkx"]


#: class IRI -> local name, for the entity classes of the ontology
ENTITY_CLASSES: dict[URIRef, str] = {KG[name]: name for name in sorted(CLASS_NAMES)}

#: triples about an entity that describe the node rather than state a fact
_NODE_PREDICATES = frozenset({RDF.type, RDFS.label, SKOS.altLabel, KG.mentionedIn})

#: triples about an article or statement, never facts
_PROVENANCE = frozenset({KG.sentence, KG.startChar, KG.endChar, KG.confidence, KG.extractor,
                         KG.article, KG.modality, KG.attributedTo, KG.addressee, KG.objectText,
                         KG.sourceFile, KG.contentHash, KG.wordCount, KG.mentionedIn})

PAGERANK_ALPHA = 0.85


# ------------------------------------------------------------------ reading the dataset


def _quads(dataset: Graph | Iterable[tuple[Any, Any, Any, Any]]) -> Iterator[tuple[Any, Any, Any, Any]]:
    if not isinstance(dataset, Graph):  # (s, p, o, g) tuples of rdflib terms
        yield from dataset
    elif hasattr(dataset, "quads"):
        for s, p, o, context in dataset.quads((None, None, None, None)):
            yield s, p, o, getattr(context, "identifier", context)
    else:
        for s, p, o in dataset:
            yield s, p, o, dataset.identifier


def _text(term: Any) -> str:
    return str(term)


def _number(term: Any, default: float | int) -> Any:
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, (int, float)) or hasattr(value, "as_tuple"):
            return type(default)(value)
    return default


def split_words(local_name: str) -> str:
    """``stepsUpCrackdownsOn`` -> ``steps up crackdowns on``."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", local_name).replace("_", " ").replace("-", " ")
    return " ".join(spaced.split()).lower()


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri)[-1] or iri


def _best_label(labels: Iterable[Literal]) -> str | None:
    preferred = sorted(str(label) for label in labels if getattr(label, "language", None) in (None, "en"))
    if preferred:
        return preferred[0]
    others = sorted(str(label) for label in labels)
    return others[0] if others else None


class _Reader:
    """One pass over the quads of a dataset, grouped the way the graph needs them."""

    def __init__(self, dataset: Graph) -> None:
        self.types: dict[Any, set] = defaultdict(set)
        self.labels: dict[Any, set] = defaultdict(set)
        self.aliases: dict[Any, set] = defaultdict(set)
        self.mentioned: dict[Any, set] = defaultdict(set)
        self.props: dict[Any, dict[Any, set]] = defaultdict(lambda: defaultdict(set))
        self.facts: dict[tuple, set] = defaultdict(set)  # (s, p, o) -> named graphs asserting it
        self.graph_articles: dict[Any, set] = defaultdict(set)
        for s, p, o, g in _quads(dataset):
            if p == RDF.type:
                self.types[s].add(o)
                if o == SDO.NewsArticle:
                    self.graph_articles[g].add(s)
            elif p == RDFS.label:
                self.labels[s].add(o)
            elif p == SKOS.altLabel:
                self.aliases[s].add(o)
            elif p == KG.mentionedIn:
                self.mentioned[s].add(o)
            self.props[s][p].add(o)
            if p not in _NODE_PREDICATES and p not in _PROVENANCE:
                self.facts[(s, p, o)].add(g)

        ontology = ontology_graph()
        self.subclass = {(s, o) for s, o in ontology.subject_objects(RDFS.subClassOf)}
        self.predicate_labels: dict[Any, str] = {}
        for source in (ontology.subject_objects(RDFS.label), ((s, o) for s, ls in self.labels.items() for o in ls)):
            grouped: dict[Any, set] = defaultdict(set)
            for s, label in source:
                grouped[s].add(label)
            for s, labels in grouped.items():
                self.predicate_labels.setdefault(s, _best_label(labels))

    def entity_class(self, node: Any) -> str | None:
        classes = {cls for cls in self.types.get(node, ()) if cls in ENTITY_CLASSES}
        specific = [cls for cls in classes if not any((other, cls) in self.subclass for other in classes)]
        names = sorted(ENTITY_CLASSES[cls] for cls in (specific or classes))
        return names[0] if names else None

    def predicate_label(self, predicate: Any) -> str:
        return self.predicate_labels.get(predicate) or split_words(_local_name(str(predicate)))

    def statements(self) -> Iterator[tuple[tuple, dict[str, Any]]]:
        """(s, p, o) and the source dict of every kg:Statement."""
        for node, types in self.types.items():
            if KG.Statement not in types:
                continue
            props = self.props[node]

            def one(predicate: Any) -> Any:
                values = sorted(props.get(predicate, ()), key=str)
                return values[0] if values else None

            triple = (one(RDF.subject), one(RDF.predicate), one(RDF.object))
            if None in triple:
                continue
            yield triple, {
                "sentence": _text(one(KG.sentence) or ""),
                "article": _text(one(KG.article) or ""),
                "start": _number(one(KG.startChar), 0),
                "end": _number(one(KG.endChar), 0),
                "confidence": _number(one(KG.confidence), 0.0),
                "extractor": _text(one(KG.extractor) or ""),
                "modality": _text(one(KG.modality) or "asserted"),
                "attributed_to": _text(one(KG.attributedTo) or ""),
            }

    def plain_articles(self, triple: tuple) -> list[str]:
        """The articles of the named graphs that hold ``triple`` as a plain triple ([""] if none)."""
        found = sorted({str(a) for g in self.facts.get(triple, ()) for a in self.graph_articles[g]})
        return found or [""]

    def article_table(self) -> dict[str, dict[str, str]]:
        """Article IRI -> its id, headline, date and URL ("" where missing)."""
        table = {}
        prefix = str(ARTICLE)
        for node, types in self.types.items():
            if SDO.NewsArticle not in types:
                continue
            props = self.props[node]

            def one(predicate: Any) -> str:
                values = sorted(str(value) for value in props.get(predicate, ()))
                return values[0] if values else ""

            iri = str(node)
            table[iri] = {"id": unquote(iri[len(prefix):]) if iri.startswith(prefix) else _local_name(iri),
                          "headline": one(SDO.headline), "date": one(SDO.datePublished), "url": one(SDO.url)}
        return dict(sorted(table.items()))


def _source_key(source: dict[str, Any]) -> tuple:
    return (source["article"], source["start"], source["end"], source["sentence"],
            source["extractor"], source["confidence"])


def _attribute_key(attribute: dict[str, Any]) -> tuple:
    return (attribute["label"], attribute["predicate"], attribute["value"], attribute["article"],
            attribute["sentence"], -attribute["confidence"])


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
    """Article IRI -> ``{"id", "headline", "date", "url"}`` of the articles of a
    :func:`to_networkx` graph (empty for a graph without the ``articles`` attribute)."""
    value = graph.graph.get("articles")
    return json.loads(value) if isinstance(value, str) and value else dict(value or {})


def _stance(modality: str) -> str:
    return "asserted" if modality in ASSERTING else modality


def to_networkx(dataset: Graph | Iterable[tuple[Any, Any, Any, Any]]) -> nx.MultiDiGraph:
    """The entities of ``dataset`` (an rdflib graph, or its quads as rdflib-term tuples)
    and the facts between them, as a MultiDiGraph (see module doc)."""
    reader = _Reader(dataset)
    articles = reader.article_table()
    graph = nx.MultiDiGraph(articles=_json(articles))
    entities = sorted((node for node in reader.types if reader.entity_class(node)), key=str)
    attributes: dict[str, list[dict[str, Any]]] = {}
    for node in entities:
        graph.add_node(
            str(node),
            label=_best_label(reader.labels.get(node, ())) or split_words(_local_name(str(node))),
            cls=reader.entity_class(node),
            aliases=_json(sorted({str(alias) for alias in reader.aliases.get(node, ())})),
            articles=_json(sorted({str(article) for article in reader.mentioned.get(node, ())})),
        )
        attributes[str(node)] = []

    sources: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for triple, source in reader.statements():
        sources[triple].append(source)
    triples = set(reader.facts) | set(sources)

    for s, p, o in sorted(triples, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        subject = str(s)
        if subject not in graph or p in _NODE_PREDICATES or p in _PROVENANCE:
            continue
        found = sorted(sources.get((s, p, o), []), key=_source_key)
        label = reader.predicate_label(p)
        if isinstance(o, Literal):
            if not (str(p).startswith((str(KG._NS), str(REL))) or found):
                continue
            if not found:
                found = [{"sentence": "", "article": article, "confidence": 1.0, "modality": "asserted",
                          "attributed_to": ""} for article in reader.plain_articles((s, p, o))]
            for source in found:
                attributes[subject].append({
                    "predicate": str(p), "label": label, "value": str(o),
                    "confidence": source["confidence"], "sentence": source["sentence"],
                    "article": source["article"], "modality": source["modality"],
                    "attributed_to": source["attributed_to"],
                })
        elif str(o) in graph:
            stances: dict[str, list[dict[str, Any]]] = {}
            if (s, p, o) in reader.facts:  # the plain triple: asserted, with or without statements
                stances["asserted"] = []
            for source in found:
                stances.setdefault(_stance(source["modality"]), []).append(source)
            for stance, group in sorted(stances.items()):
                modality = "reported" if group and all(x["modality"] == "reported" for x in group) else stance
                first = group[0]["article"] if group else next(iter(reader.plain_articles((s, p, o))), "")
                graph.add_edge(subject, str(o), key=str(p) if stance == "asserted" else f"{p} {stance}",
                               predicate=str(p), label=label, modality=modality,
                               confidence=max((x["confidence"] for x in group), default=1.0),
                               article=articles.get(first, {}).get("id", first),
                               headline=articles.get(first, {}).get("headline", ""), sources=_json(group))

    for node, found in attributes.items():
        graph.nodes[node]["attributes"] = _json(sorted(found, key=_attribute_key))
    return graph


def asserting_edges(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The view of ``graph`` with only the facts its articles assert (modality "asserted" or
    "reported"): what :func:`graph_stats` counts as relations."""
    return nx.subgraph_view(graph, filter_edge=lambda u, v, k: graph.edges[u, v, k].get("modality", "asserted")
                            in ASSERTING)


# ------------------------------------------------------------------ statistics


@dataclass(frozen=True, slots=True)
class Ranked:
    label: str
    iri: str
    score: float


@dataclass(frozen=True, slots=True)
class Stats:
    nodes: int
    edges: int
    classes: dict[str, int]  # class local name -> nodes, most first
    predicates: dict[str, int]  # predicate label -> edges, most first
    top_degree: tuple[Ranked, ...]  # degree counts every edge, both directions
    top_pagerank: tuple[Ranked, ...]  # PageRank of the undirected simple projection
    communities: tuple[tuple[str, ...], ...]  # sorted labels, largest community first
    components: int  # connected components of the undirected view
    component_sizes: tuple[int, ...]  # largest first
    unasserted: dict[str, int] = field(default_factory=dict)  # modality -> facts between entities not asserted


def _simple_undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return simple


def pagerank(graph: nx.MultiDiGraph, tolerance: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank of every node over the undirected simple projection (deterministic).

    Power iteration in numpy (spaCy's dependency; ``nx.pagerank`` would need scipy);
    isolated nodes spread their rank evenly, as in networkx.
    """
    import numpy as np

    simple = _simple_undirected(graph)
    nodes = list(simple)
    if not nodes:
        return {}
    count = len(nodes)
    index = {node: number for number, node in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=np.int64).reshape(-1, 2)
    sources = np.concatenate([pairs[:, 0], pairs[:, 1]])  # each undirected edge both ways
    targets = np.concatenate([pairs[:, 1], pairs[:, 0]])
    degree = np.bincount(sources, minlength=count).astype(np.float64)
    isolated = degree == 0
    rank = np.full(count, 1.0 / count)
    for _ in range(max_iter):
        base = (1.0 - PAGERANK_ALPHA) / count + PAGERANK_ALPHA * rank[isolated].sum() / count
        share = np.divide(PAGERANK_ALPHA * rank, degree, out=np.zeros(count), where=~isolated)
        new = base + np.bincount(targets, weights=share[sources], minlength=count)
        change = np.abs(new - rank).sum()
        rank = new
        if change < count * tolerance:
            break
    return {node: float(rank[number]) for number, node in enumerate(nodes)}


def _counted(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for value in values:
        counts[value] += 1
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _ranked(graph: nx.MultiDiGraph, scores: dict[str, float], top: int) -> tuple[Ranked, ...]:
    # rounded so that ties in exact arithmetic stay ties whatever the summation order
    ranked = [Ranked(graph.nodes[node]["label"], node, round(float(score), 10)) for node, score in scores.items()]
    ranked.sort(key=lambda r: (-r.score, r.label, r.iri))
    return tuple(ranked[:top])


def graph_stats(graph: nx.MultiDiGraph, top: int = 10, seed: int = 0) -> Stats:
    """Size, class and predicate counts, most central nodes, communities (Louvain) and components.

    Relations are the facts the articles assert (:func:`asserting_edges`): a negated, hedged,
    conditional or requested fact is no relation, and is counted apart, by modality, in
    ``unasserted``.
    """
    unasserted = _counted(data.get("modality", "asserted") for _, _, data in graph.edges(data=True)
                          if data.get("modality", "asserted") not in ASSERTING)
    graph = asserting_edges(graph)
    simple = _simple_undirected(graph)
    labels = nx.get_node_attributes(graph, "label")
    communities = nx.community.louvain_communities(simple, seed=seed) if len(simple) else []
    groups = [tuple(sorted(labels[node] for node in community)) for community in communities]
    groups.sort(key=lambda group: (-len(group), group))
    sizes = sorted((len(component) for component in nx.connected_components(simple)), reverse=True)
    return Stats(
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        classes=_counted(data["cls"] for _, data in graph.nodes(data=True)),
        predicates=_counted(data["label"] for _, _, data in graph.edges(data=True)),
        top_degree=_ranked(graph, {node: float(degree) for node, degree in graph.degree()}, top),
        top_pagerank=_ranked(graph, pagerank(graph), top),
        communities=tuple(groups),
        components=len(sizes),
        component_sizes=tuple(sizes),
        unasserted=unasserted,
    )


# ------------------------------------------------------------------ names and paths


def resolve_node(graph: nx.MultiDiGraph, name: str) -> str:
    """The node a user means by ``name``: an IRI, or a label or alias (case-insensitive)."""
    if name in graph:
        return name
    wanted = name.casefold().strip()
    matches = sorted(
        node for node, data in graph.nodes(data=True)
        if wanted == data["label"].casefold() or wanted in {alias.casefold() for alias in listed(data, "aliases")}
    )
    if len(matches) == 1:
        return matches[0]
    if matches:
        candidates = "; ".join(f"{graph.nodes[node]['label']} ({graph.nodes[node]['cls']}, {node})" for node in matches)
        raise GraphError(f"{name!r} is ambiguous, it names {len(matches)} entities: {candidates}; give the IRI")
    names = sorted({data["label"] for _, data in graph.nodes(data=True)}
                   | {alias for _, data in graph.nodes(data=True) for alias in listed(data, "aliases")})
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise GraphError(f"no entity named {name!r}{hint}")


@dataclass(frozen=True, slots=True)
class Hop:
    """One edge of a path, in the edge's own direction; ``forward`` says whether it points along the path."""

    subject: str
    predicate: str
    object: str
    subject_iri: str
    predicate_iri: str
    object_iri: str
    forward: bool
    confidence: float
    sources: tuple[dict[str, Any], ...]

    def __str__(self) -> str:
        return f"{self.subject} --{self.predicate}--> {self.object}"


def _edge_preference(item: tuple[str, str, dict[str, Any], bool]) -> tuple:
    _, _, data, forward = item
    return (-data["confidence"], not data["predicate"].startswith(str(KG._NS)), data["label"], not forward)


def find_path(graph: nx.MultiDiGraph, a: str, b: str) -> list[Hop]:
    """The shortest chain of facts linking ``a`` to ``b``, ignoring edge direction.

    Where two entities are linked by several facts, the hop takes the most
    confident one (an ontology predicate before an open one, then by label). Only
    facts the articles assert link entities: "X did not meet Y" is no hop.
    """
    start, end = resolve_node(graph, a), resolve_node(graph, b)
    graph = asserting_edges(graph)
    try:
        nodes = nx.shortest_path(_simple_undirected(graph), start, end)
    except nx.NetworkXNoPath:
        raise GraphError(
            f"no path between {graph.nodes[start]['label']} and {graph.nodes[end]['label']}: "
            "no chain of facts links them"
        ) from None
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        candidates = [(u, v, data, True) for data in (graph.get_edge_data(u, v) or {}).values()]
        candidates += [(v, u, data, False) for data in (graph.get_edge_data(v, u) or {}).values()]
        s, o, data, forward = min(candidates, key=_edge_preference)
        hops.append(Hop(
            subject=graph.nodes[s]["label"], predicate=data["label"], object=graph.nodes[o]["label"],
            subject_iri=s, predicate_iri=data["predicate"], object_iri=o, forward=forward,
            confidence=data["confidence"], sources=tuple(listed(data, "sources")),
        ))
    return hops


# ------------------------------------------------------------------ the view's filters


def top_quads(quads: list[ox.Quad], top: int) -> list[ox.Quad] | None:
    """Of pyoxigraph ``quads``, those :func:`to_networkx` needs for the ``top`` entities by
    PageRank, so that ``select_subgraph(to_networkx(kept), top=top)`` is the graph
    ``select_subgraph(to_networkx(quads), top=top)`` would be while only the kept quads
    become rdflib terms. None when there are at most ``top`` entities.

    One pass finds the entities, their labels and the facts between them as
    :func:`to_networkx` does; PageRank ranks them with the same ties; the kept quads are
    those about the winners, the statements among them, the articles and open predicates.
    """
    skip = {str(p) for p in _NODE_PREDICATES | _PROVENANCE}
    type_, label_ = str(RDF.type), str(RDFS.label)
    subject_, predicate_, object_ = str(RDF.subject), str(RDF.predicate), str(RDF.object)
    classes = {str(c) for c in ENTITY_CLASSES}
    entities: set[str] = set()
    labels: dict[str, list[ox.Literal]] = defaultdict(list)
    facts: set[tuple[str, str, str]] = set()
    ends: dict[str, dict[str, Any]] = defaultdict(dict)  # statement -> its rdf:subject, rdf:predicate, rdf:object
    for quad in quads:
        s, p, o = quad.subject.value, quad.predicate.value, quad.object
        if p == type_ and isinstance(o, ox.NamedNode) and o.value in classes:
            entities.add(s)
        elif p == label_ and isinstance(o, ox.Literal):
            labels[s].append(o)
        elif p in (subject_, predicate_, object_):
            ends[s][p] = o
        if p not in skip and isinstance(o, ox.NamedNode):
            facts.add((s, p, o.value))
    if len(entities) <= top:
        return None
    for end in ends.values():  # a statement states its triple even where the plain triple is missing
        triple = (end.get(subject_), end.get(predicate_), end.get(object_))
        if all(isinstance(term, ox.NamedNode) for term in triple) and triple[1].value not in skip:
            facts.add((triple[0].value, triple[1].value, triple[2].value))
    ranked = nx.MultiDiGraph()
    for node in sorted(entities):
        best = _best_label(Literal(label.value, lang=label.language) for label in labels.get(node, ()))
        ranked.add_node(node, label=best or split_words(_local_name(node)))
    for s, p, o in sorted(facts):
        if s in entities and o in entities:
            ranked.add_edge(s, o, key=p)
    scores = pagerank(ranked)
    keep = set(sorted(scores, key=lambda node: (-scores[node], ranked.nodes[node]["label"], node))[:top])

    def among_kept(end: dict[str, Any]) -> bool:
        subject, obj = end.get(subject_), end.get(object_)
        return (isinstance(subject, ox.NamedNode) and subject.value in keep
                and (isinstance(obj, ox.Literal) or isinstance(obj, ox.NamedNode) and obj.value in keep))

    wanted = keep | {statement for statement, end in ends.items() if among_kept(end)}
    context = (str(REL), str(ARTICLE))  # open predicates' labels; articles, for attributes without statements
    return [quad for quad in quads if quad.subject.value in wanted or quad.subject.value.startswith(context)]


def select_subgraph(
    graph: nx.MultiDiGraph,
    focus: str | None = None,
    hops: int = 1,
    classes: set[str] | None = None,
    min_degree: int = 0,
    top: int | None = None,
) -> nx.MultiDiGraph:
    """The part of ``graph`` the view shows, filters applied in this order:

    1. ``focus`` (label, alias or IRI): the nodes within ``hops`` edges of it, either direction;
    2. ``classes``: only nodes of these classes (local names, exact);
    3. ``min_degree``: only nodes with at least this many edges among the nodes left;
    4. ``top``: only the ``top`` nodes of highest PageRank among the nodes left.

    The focus node survives every filter. Returns an independent copy.
    """
    if classes:
        unknown = sorted(set(classes) - CLASS_NAMES)
        if unknown:
            raise GraphError(f"unknown class {', '.join(unknown)}; classes are {', '.join(sorted(CLASS_NAMES))}")
    if hops < 0 or min_degree < 0 or (top is not None and top < 0):
        raise GraphError("hops, min_degree and top must not be negative")

    center = resolve_node(graph, focus) if focus else None
    keep = set(graph)
    if center is not None:
        keep = set(nx.ego_graph(graph, center, radius=hops, undirected=True))
    if classes:
        keep = {node for node in keep if graph.nodes[node]["cls"] in classes or node == center}
    if min_degree:
        view = graph.subgraph(keep)
        keep = {node for node in keep if view.degree(node) >= min_degree or node == center}
    if top is not None:
        scores = pagerank(graph.subgraph(keep))
        best = sorted(scores, key=lambda node: (-scores[node], graph.nodes[node]["label"], node))[:top]
        keep = set(best) | ({center} if center is not None else set())
    return _induced_copy(graph, keep)


def _induced_copy(graph: nx.MultiDiGraph, keep: set) -> nx.MultiDiGraph:
    """The subgraph on ``keep`` as an independent copy, nodes and edges in ``graph``'s order
    (``graph.subgraph(nodes).copy()`` may follow the order of a set, which varies by process)."""
    result = graph.__class__()
    result.graph.update(graph.graph)
    result.add_nodes_from((node, dict(data)) for node, data in graph.nodes(data=True) if node in keep)
    if graph.is_multigraph():
        result.add_edges_from((u, v, key, dict(data)) for u, v, key, data in graph.edges(keys=True, data=True)
                              if u in keep and v in keep)
    else:
        result.add_edges_from((u, v, dict(data)) for u, v, data in graph.edges(data=True) if u in keep and v in keep)
    return result
