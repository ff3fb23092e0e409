"""The RDF stage: resolved article graphs to quads, one named graph per article.

Each fact is a plain triple in its article's graph, and a ``kg:Statement`` node
reifies it with the sentence, offsets, confidence and extractor behind it, so both
"what is known" and "where it was read" are one SPARQL pattern away.

Quads are built as pyoxigraph terms (which validate every IRI and serialize large
graphs quickly); :mod:`kg.terms` gives the same data as rdflib terms or a ``Dataset``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from . import linking
from .iri import camel_case, entity_key
from .model import Article, ArticleGraph, Entity, Fact
from .qualifier_quads import qualifier_quads
from .terms import article_iri, entity_iri, graph_iri
from .vocab import KG, PREFIXES, REL, STATEMENT

_RDF = str(PREFIXES["rdf"])
_RDFS = str(PREFIXES["rdfs"])
_SCHEMA = str(PREFIXES["schema"])
_SKOS = str(PREFIXES["skos"])
_OWL = str(PREFIXES["owl"])
_XSD = str(PREFIXES["xsd"])

TYPE = ox.NamedNode(_RDF + "type")
LABEL = ox.NamedNode(_RDFS + "label")
ALT_LABEL = ox.NamedNode(_SKOS + "altLabel")
SUB_PROPERTY = ox.NamedNode(_RDFS + "subPropertyOf")
RDF_PROPERTY = ox.NamedNode(_RDF + "Property")
STATEMENT_TERMS = tuple(ox.NamedNode(_RDF + name) for name in ("subject", "predicate", "object"))


def _kg(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _literal(value: str | int | float, datatype: str | None = None) -> ox.Literal:
    if isinstance(value, bool):
        raise TypeError("no boolean literals in kg graphs")
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):  # canonical form ("0.9", "1"), as Oxigraph stores and returns it
        return ox.Literal(f"{value:.3f}".rstrip("0").rstrip("."), datatype=ox.NamedNode(_XSD + "decimal"))
    if datatype:
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + datatype))
    return ox.Literal(value)


def predicate_iri(fact: Fact) -> ox.NamedNode:
    """The ontology property of a fact, or its open predicate in ``rel:``."""
    if fact.predicate:
        return _kg(getattr(KG, fact.predicate))
    return ox.NamedNode(str(REL) + camel_case(fact.predicate_label))


def predicate_name(fact: Fact) -> str:
    """The predicate as a short name: an ontology property's local name, or ``rel:<name>``."""
    return fact.predicate or "rel:" + camel_case(fact.predicate_label)


def content_hash(article: Article) -> str:
    return hashlib.sha256(f"{article.title}\n{article.text}".encode()).hexdigest()


def publisher_entity(article: Article) -> Entity | None:
    if not article.publisher:
        return None
    return Entity(key=entity_key("Organization", article.publisher), cls="Organization", label=article.publisher)


def article_quads(graph: ArticleGraph) -> Iterator[ox.Quad]:
    """All quads of one article's named graph."""
    article = graph.article
    g = graph_iri(article.id)
    node = article_iri(article.id)

    def quad(s, p, o) -> ox.Quad:
        return ox.Quad(s, p, o, g)

    yield quad(node, TYPE, ox.NamedNode(_SCHEMA + "NewsArticle"))
    yield quad(node, ox.NamedNode(_SCHEMA + "headline"), _literal(article.title))
    if article.date:
        yield quad(node, ox.NamedNode(_SCHEMA + "datePublished"), _literal(article.date, "date"))
    if article.url:
        yield quad(node, ox.NamedNode(_SCHEMA + "url"), _literal(article.url, "anyURI"))
    yield quad(node, _kg(KG.sourceFile), _literal(article.source_path))
    yield quad(node, _kg(KG.contentHash), _literal(content_hash(article)))
    yield quad(node, _kg(KG.wordCount), _literal(article.words))

    entities = list(graph.entities)
    if (publisher := publisher_entity(article)) is not None:
        yield quad(node, ox.NamedNode(_SCHEMA + "publisher"), entity_iri(publisher.key))
        if all(e.key != publisher.key for e in entities):
            entities.append(publisher)
    for entity in entities:
        subject = entity_iri(entity.key)
        yield quad(subject, TYPE, _kg(getattr(KG, entity.cls)))
        yield quad(subject, LABEL, _literal(entity.label))
        for alias in entity.aliases:
            yield quad(subject, ALT_LABEL, _literal(alias))
        yield quad(subject, _kg(KG.mentionedIn), node)

    declared: set[str] = set()
    dated: set[str] = set()
    classes = {entity.key: entity.cls for entity in entities}
    for fact in graph.facts:
        subject = entity_iri(fact.subject)
        predicate = predicate_iri(fact)
        obj = entity_iri(fact.obj) if fact.obj else _literal(fact.literal or "")
        if fact.asserted:  # negated, hedged, conditional and requested facts stay statements only
            yield quad(subject, predicate, obj)
        if not fact.predicate and predicate.value not in declared:
            declared.add(predicate.value)
            yield quad(predicate, TYPE, RDF_PROPERTY)
            yield quad(predicate, SUB_PROPERTY, _kg(KG.relatedTo))
            yield quad(predicate, LABEL, _literal(fact.predicate_label))
        if not fact.predicate and classes.get(fact.obj) == "TimeExpression" and predicate.value not in dated:
            dated.add(predicate.value)  # "die on" Monday: ask "what happened on X" through kg:onDate
            yield quad(predicate, SUB_PROPERTY, _kg(KG.onDate))
        statement = ox.NamedNode(str(STATEMENT) + _statement_id(fact, predicate, obj))
        yield quad(statement, TYPE, _kg(KG.Statement))
        yield quad(statement, STATEMENT_TERMS[0], subject)
        yield quad(statement, STATEMENT_TERMS[1], predicate)
        yield quad(statement, STATEMENT_TERMS[2], obj)
        yield quad(statement, _kg(KG.sentence), _literal(fact.sentence.text))
        yield quad(statement, _kg(KG.startChar), _literal(fact.sentence.start))
        yield quad(statement, _kg(KG.endChar), _literal(fact.sentence.end))
        yield quad(statement, _kg(KG.confidence), _literal(float(fact.confidence)))
        yield quad(statement, _kg(KG.extractor), _literal(fact.extractor))
        yield quad(statement, _kg(KG.article), node)
        yield quad(statement, _kg(KG.modality), _literal(fact.modality))
        if fact.source:
            yield quad(statement, _kg(KG.attributedTo), entity_iri(fact.source))
        if fact.addressee:
            yield quad(statement, _kg(KG.addressee), entity_iri(fact.addressee))
        if fact.object_text:
            yield quad(statement, _kg(KG.objectText), _literal(fact.object_text))
        yield from qualifier_quads(statement, fact, g)
    yield from linking.article_link_quads(graph)  # GeoNames, ISO 3166 and coordinates of its places


def _statement_id(fact: Fact, predicate: ox.NamedNode, obj) -> str:
    parts = [fact.article, fact.subject, predicate.value, str(obj), str(fact.sentence.start)]
    if fact.modality != "asserted":  # asserted statements keep the ids they always had
        parts.append(fact.modality)
    identity = "\x1f".join(parts)
    return hashlib.sha1(identity.encode("utf-8")).hexdigest()[:20]


def dataset_quads(graphs: Iterable[ArticleGraph]) -> list[ox.Quad]:
    """Every quad of every article, sorted so that serializations are byte-stable."""
    quads = {q for graph in graphs for q in article_quads(graph)}
    return sorted(quads, key=quad_order)


def quad_order(quad: ox.Quad) -> tuple[str, str, str, str]:
    """Graph, subject, predicate, object as N-Triples text: the order of every file kg writes."""
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))
