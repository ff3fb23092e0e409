"""kg.vocab: the Python namespace and kg/ontology/kg.ttl declare exactly the same terms."""

from __future__ import annotations

from functools import cache

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import lexicon
from kg.vocab import CLASS_NAMES, KG, NER_CLASSES, ONTOLOGY_FILE, PREFIXES, bind_prefixes

NS = str(KG._NS)
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


@cache
def ontology() -> Graph:
    return Graph().parse(data=ONTOLOGY_FILE.read_text(encoding="utf-8"), format="turtle")


def kg_terms() -> set[URIRef]:
    return {URIRef(NS + name) for name in KG.__annotations__}


def test_kg_is_closed():
    assert KG.Person == URIRef(NS + "Person")
    with pytest.raises(AttributeError, match="Persn"):
        KG.Persn  # noqa: B018


def test_every_kg_term_is_declared_in_the_ontology():
    declared = {s for s in ontology().subjects(RDF.type, None) if str(s).startswith(NS)}
    assert kg_terms() - declared == set()
    assert declared - kg_terms() == set()


def test_every_kg_term_used_in_the_ontology_is_in_KG():
    used = {term for triple in ontology() for term in triple if isinstance(term, URIRef) and str(term).startswith(NS)}
    assert used - kg_terms() == set()


def test_classes_and_properties_have_the_right_kind():
    g = ontology()
    for name in CLASS_NAMES | {"Entity", "Statement"}:
        assert (KG[name], RDF.type, OWL.Class) in g, name
    properties = {str(s)[len(NS) :] for t in PROPERTY_TYPES for s in g.subjects(RDF.type, t) if str(s).startswith(NS)}
    classes = {str(s)[len(NS) :] for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(NS)}
    assert properties | classes == set(KG.__annotations__)
    assert not properties & classes
    for term in kg_terms():  # every term has an English label
        assert g.value(term, RDFS.label) is not None, term


def test_entity_classes_are_exactly_the_subclasses_of_entity():
    g = ontology()
    below_entity = {str(c)[len(NS) :] for c in g.transitive_subjects(RDFS.subClassOf, KG.Entity)} - {"Entity"}
    assert below_entity == CLASS_NAMES
    assert (KG.Country, RDFS.subClassOf, KG.Place) in g


def test_ner_classes_map_to_entity_classes():
    assert set(NER_CLASSES.values()) <= CLASS_NAMES
    assert NER_CLASSES["PERSON"] == "Person" and NER_CLASSES["GPE"] == "Place"


def test_every_predicate_in_the_table_is_an_ontology_property():
    g = ontology()
    for phrase, prop in lexicon.predicate_table():
        term = getattr(KG, prop)  # raises for a typo
        assert set(g.objects(term, RDF.type)) & PROPERTY_TYPES, (phrase, prop)


def test_prefixes():
    for name in CLASS_NAMES:
        assert str(PREFIXES[name.lower()]) == f"https://kg.example.org/id/{name.lower()}/"
    assert str(PREFIXES["kg"]) == NS
    graph = Graph()
    bind_prefixes(graph)
    assert dict(graph.namespaces())["kg"] == URIRef(NS)
    assert dict(graph.namespaces())["person"] == URIRef("https://kg.example.org/id/person/")
