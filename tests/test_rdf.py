"""kg.rdf: the quads of a hand-made article graph, one named graph per article."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pyoxigraph as ox
from rdflib import Dataset, Literal, URIRef

from kg.model import Article, ArticleGraph, Entity, Fact, Span
from kg.rdf import article_quads, dataset_quads
from kg.terms import rdflib_dataset as to_rdflib
from kg.vocab import PREFIXES

BASE = "https://kg.example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"


def kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + "ontology#" + name)


def node(path: str) -> ox.NamedNode:
    return ox.NamedNode(BASE + path)


def typed(value: str, datatype: str) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


TYPE, LABEL, ALT = ox.NamedNode(RDF + "type"), ox.NamedNode(RDFS + "label"), ox.NamedNode(SKOS + "altLabel")

TEXT = "Chinese President Xi Jinping on Monday called for robust efforts. He stepped up the campaign."
S0 = Span(0, 65, "Chinese President Xi Jinping on Monday called for robust efforts.")
S1 = Span(66, 93, "He stepped up the campaign.")
ARTICLE = Article(
    id="a1",
    title="Xi calls for robust efforts",
    text=TEXT,
    source_path="seeds/a1.txt",
    date="2024-03-04",
    publisher="Xinhua",
)
ENTITIES = (
    Entity("concept/a1--campaign", "Concept", "campaign", scope="a1"),
    Entity("concept/a1--robust-efforts", "Concept", "robust efforts", scope="a1"),
    Entity("country/china", "Country", "China", aliases=("Chinese",)),
    Entity("person/xi-jinping", "Person", "Xi Jinping", aliases=("Xi",), titles=("President",)),
)
FACTS = (
    Fact("person/xi-jinping", "calledFor", "call for", "concept/a1--robust-efforts", None, "a1", S0, 0.7, "clause"),
    Fact("person/xi-jinping", "holdsPosition", "holds position", None, "President", "a1", S0, 0.9, "title"),
    Fact("person/xi-jinping", "leaderOf", "leader of", "country/china", None, "a1", S0, 0.9, "title"),
    Fact("person/xi-jinping", "", "step up", "concept/a1--campaign", None, "a1", S1, 0.595, "clause"),
)
GRAPH = ArticleGraph(ARTICLE, ENTITIES, FACTS)
G = node("graph/a1")
A1 = node("article/a1")
XI = node("id/person/xi-jinping")


def quads_about(quads, subject) -> set[tuple]:
    return {(q.predicate, q.object) for q in quads if q.subject == subject}


def statements(quads) -> dict[ox.NamedNode, set[tuple]]:
    nodes = [q.subject for q in quads if q.predicate == TYPE and q.object == kg("Statement")]
    return {n: quads_about(quads, n) for n in nodes}


def test_every_quad_is_in_the_article_graph():
    quads = list(article_quads(GRAPH))
    assert {q.graph_name for q in quads} == {G}
    assert len(quads) == len(set(quads)) == 77  # 75 of the article, 2 linking China to GeoNames and ISO 3166


def test_a_country_is_linked_to_geonames_and_its_iso_code():
    china = node("id/country/china")
    found = quads_about(list(article_quads(GRAPH)), china)
    assert (ox.NamedNode(str(PREFIXES["owl"]) + "sameAs"), ox.NamedNode("https://sws.geonames.org/1814991/")) in found
    assert (ox.NamedNode(BASE + "ontology#isoCode"), ox.Literal("CN")) in found


def test_article_node():
    digest = hashlib.sha256(f"{ARTICLE.title}\n{ARTICLE.text}".encode()).hexdigest()
    assert quads_about(list(article_quads(GRAPH)), A1) == {
        (TYPE, ox.NamedNode(SCHEMA + "NewsArticle")),
        (ox.NamedNode(SCHEMA + "headline"), ox.Literal("Xi calls for robust efforts")),
        (ox.NamedNode(SCHEMA + "datePublished"), typed("2024-03-04", "date")),
        (ox.NamedNode(SCHEMA + "publisher"), node("id/organization/xinhua")),
        (kg("sourceFile"), ox.Literal("seeds/a1.txt")),
        (kg("contentHash"), ox.Literal(digest)),
        (kg("wordCount"), typed("15", "integer")),
    }


def test_article_without_date_publisher_or_url_has_no_such_quads():
    bare = ArticleGraph(Article("a2", "T", "Some text.", "a2.txt"), (), ())
    predicates = {q.predicate.value for q in article_quads(bare)}
    assert predicates == {
        RDF + "type",
        SCHEMA + "headline",
        BASE + "ontology#sourceFile",
        BASE + "ontology#contentHash",
        BASE + "ontology#wordCount",
    }
    with_url = ArticleGraph(Article("a2", "T", "x", "a2.txt", url="https://example.org/a?b=1"), (), ())
    assert (ox.NamedNode(SCHEMA + "url"), typed("https://example.org/a?b=1", "anyURI")) in quads_about(
        list(article_quads(with_url)), node("article/a2")
    )


def test_entities_have_type_label_aliases_and_article():
    quads = list(article_quads(GRAPH))
    assert quads_about(quads, XI) == {
        (TYPE, kg("Person")),
        (LABEL, ox.Literal("Xi Jinping")),
        (ALT, ox.Literal("Xi")),
        (kg("mentionedIn"), A1),
        (kg("calledFor"), node("id/concept/a1--robust-efforts")),
        (kg("holdsPosition"), ox.Literal("President")),
        (kg("leaderOf"), node("id/country/china")),
        (node("relation/stepUp"), node("id/concept/a1--campaign")),
    }
    assert quads_about(quads, node("id/concept/a1--campaign")) == {
        (TYPE, kg("Concept")),
        (LABEL, ox.Literal("campaign")),
        (kg("mentionedIn"), A1),
    }


def test_publisher_becomes_an_organization_once():
    publisher = node("id/organization/xinhua")
    expected = {(TYPE, kg("Organization")), (LABEL, ox.Literal("Xinhua")), (kg("mentionedIn"), A1)}
    assert quads_about(list(article_quads(GRAPH)), publisher) == expected
    named = ArticleGraph(ARTICLE, ENTITIES + (Entity("organization/xinhua", "Organization", "Xinhua"),), ())
    quads = list(article_quads(named))
    assert len(quads) == len(set(quads))
    assert quads_about(quads, publisher) == expected


def test_each_fact_is_a_triple_and_a_statement():
    quads = list(article_quads(GRAPH))
    found = statements(quads)
    assert len(found) == 4
    called_for = next(s for s in found.values() if (ox.NamedNode(RDF + "predicate"), kg("calledFor")) in s)
    assert called_for == {
        (TYPE, kg("Statement")),
        (ox.NamedNode(RDF + "subject"), XI),
        (ox.NamedNode(RDF + "predicate"), kg("calledFor")),
        (ox.NamedNode(RDF + "object"), node("id/concept/a1--robust-efforts")),
        (kg("sentence"), ox.Literal(S0.text)),
        (kg("startChar"), typed("0", "integer")),
        (kg("endChar"), typed("65", "integer")),
        (kg("confidence"), typed("0.7", "decimal")),
        (kg("extractor"), ox.Literal("clause")),
        (kg("article"), A1),
        (kg("modality"), ox.Literal("asserted")),
    }
    title = next(s for s in found.values() if (ox.NamedNode(RDF + "predicate"), kg("holdsPosition")) in s)
    assert (ox.NamedNode(RDF + "object"), ox.Literal("President")) in title
    assert (kg("confidence"), typed("0.9", "decimal")) in title
    assert all(n.value.startswith(BASE + "statement/") for n in found)


def test_open_predicate_is_declared_under_related_to():
    fact = FACTS[3]
    twice = ArticleGraph(ARTICLE, ENTITIES, (fact, replace(fact, sentence=S0)))
    quads = list(article_quads(twice))
    step_up = node("relation/stepUp")
    assert quads_about(quads, step_up) == {
        (TYPE, ox.NamedNode(RDF + "Property")),
        (ox.NamedNode(RDFS + "subPropertyOf"), kg("relatedTo")),
        (LABEL, ox.Literal("step up")),
    }
    assert sum(q.subject == step_up for q in quads) == 3  # declared once, used by two facts
    assert len(statements(quads)) == 2


def test_dataset_quads_are_sorted_and_independent_of_article_order():
    other = ArticleGraph(
        Article("a0", "Xi visits", "Xi Jinping visited China.", "a0.txt"),
        (Entity("country/china", "Country", "China"), Entity("person/xi-jinping", "Person", "Xi Jinping")),
        (
            Fact(
                "person/xi-jinping",
                "visited",
                "visit",
                "country/china",
                None,
                "a0",
                Span(0, 25, "Xi Jinping visited China."),
                0.7,
                "clause",
            ),
        ),
    )
    quads = dataset_quads([GRAPH, other])
    assert quads == dataset_quads([other, GRAPH])
    assert quads == sorted(
        set(quads), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object))
    )
    assert {q.graph_name for q in quads} == {node("graph/a0"), G}
    # an entity of two articles has its type and label in both graphs
    china_label = [q.graph_name for q in quads if q.subject == node("id/country/china") and q.predicate == LABEL]
    assert china_label == [node("graph/a0"), G]


def test_to_rdflib_gives_the_same_quads_with_prefixes():
    quads = dataset_quads([GRAPH])
    dataset = to_rdflib(quads)
    assert isinstance(dataset, Dataset) and dataset.default_union
    graph = dataset.graph(URIRef(G.value))
    assert len(graph) == len(quads) == 77
    assert (URIRef(XI.value), URIRef(BASE + "ontology#holdsPosition"), Literal("President")) in graph
    assert dict(dataset.namespaces())["kg"] == URIRef(BASE + "ontology#")
    rows = list(
        dataset.query("""
        SELECT ?sentence ?confidence WHERE {
            ?s a kg:Statement ; rdf:predicate kg:calledFor ; kg:sentence ?sentence ; kg:confidence ?confidence .
        }""")
    )
    assert [(str(r[0]), str(r[1])) for r in rows] == [(S0.text, "0.7")]


def test_different_article_ids_never_share_a_named_graph():
    # "Trade War.txt" and "trade-war.txt" in one folder are two articles (ids "Trade War", "trade-war")
    graphs = [
        ArticleGraph(Article(article_id, article_id, "Some text.", f"{article_id}.txt"), (), ())
        for article_id in ("Trade War", "trade-war")
    ]
    quads = dataset_quads(graphs)
    assert len({q.graph_name for q in quads}) == 2
    headlines = [q.subject for q in quads if q.predicate.value == SCHEMA + "headline"]
    assert len(set(headlines)) == 2  # one article node each, with one headline each


def test_unasserted_facts_are_statements_only_with_modality_source_and_whole_object_text():
    hedged = replace(
        FACTS[0], modality="possible", source="country/china", object_text="robust efforts to stabilise the economy"
    )
    quads = list(article_quads(replace(GRAPH, facts=(hedged,))))
    efforts = node("id/concept/a1--robust-efforts")
    assert not [q for q in quads if q.subject == XI and q.predicate == kg("calledFor")]  # no plain triple
    (statement,) = statements(quads).values()
    assert {
        (kg("modality"), ox.Literal("possible")),
        (kg("attributedTo"), node("id/country/china")),
        (kg("objectText"), ox.Literal("robust efforts to stabilise the economy")),
        (ox.NamedNode(RDF + "object"), efforts),
    } <= statement
    reported = list(article_quads(replace(GRAPH, facts=(replace(hedged, modality="reported"),))))
    assert [q for q in reported if q.subject == XI and q.predicate == kg("calledFor")]  # reported: a triple


def test_an_open_predicate_with_a_date_object_is_a_sub_property_of_on_date():
    monday = Entity("timeexpression/a1--monday", "TimeExpression", "Monday", scope="a1")
    died = Fact("person/xi-jinping", "", "die on", monday.key, None, "a1", S0, 0.8, "clause-date")
    quads = list(article_quads(replace(GRAPH, entities=ENTITIES + (monday,), facts=FACTS + (died,))))
    sub_property = ox.NamedNode(RDFS + "subPropertyOf")
    assert quads_about(quads, node("relation/dieOn")) >= {(sub_property, kg("onDate")), (sub_property, kg("relatedTo"))}
    assert (sub_property, kg("onDate")) not in quads_about(quads, node("relation/stepUp"))
