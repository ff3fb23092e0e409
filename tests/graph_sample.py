"""The sample graph (tests/data/sample.trig), what its records say, and a graph of every modality.

The sample's IRIs, sentences and facts are taken from the records it is written from
(``tests/data/make_sample.py``), so the tests that read it (kg.graph, kg.query, kg.store,
kg.view, kg.validate) expect what those records say rather than numbers copied from the file.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from kg.graph import to_networkx
from kg.iri import camel_case
from kg.load import load_dataset
from kg.model import Fact
from kg.rdf import publisher_entity
from kg.terms import article_iri, entity_iri

SAMPLE = Path(__file__).parent / "data" / "sample.trig"


def _records() -> ModuleType:
    """``tests/data/make_sample.py``, the records the sample is written from (it is a script
    beside the data, not a package module, so it is loaded from its path)."""
    spec = importlib.util.spec_from_file_location("make_sample", SAMPLE.with_name("make_sample.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def iri(key: str) -> str:
    """The IRI of an entity key of the records."""
    return entity_iri(key).value


RECORDS = _records()
ID = "https://kg.example.org/id/"
KG = "https://kg.example.org/ontology#"
A1, A2 = (article_iri(article.id).value for article in (RECORDS.A1, RECORDS.A2))
XI, CHINA, US, HUAWEI = (iri(entity.key) for entity in (RECORDS.XI, RECORDS.CHINA, RECORDS.US, RECORDS.HUAWEI))
BEIJING, SHENZHEN, SYMPOSIUM = (iri(entity.key) for entity in (RECORDS.BEIJING, RECORDS.SHENZHEN, RECORDS.SYMPOSIUM))
_PUBLISHER = publisher_entity(RECORDS.A1)  # an entity the RDF stage adds for a1's publisher
assert _PUBLISHER is not None
GT = iri(_PUBLISHER.key)
S_TITLE, S_VENUE, S_CRACKDOWN = RECORDS.TITLE, RECORDS.VENUE, RECORDS.CRACKDOWN

#: every fact of the sample's records, first article first
FACTS = RECORDS.FACTS_A1 + RECORDS.FACTS_A2
REL = "https://kg.example.org/relation/"
#: kg.linking puts a linked city in its country: the one edge of the sample that no fact states
LINKED = (BEIJING, CHINA, KG + "locatedIn")

#: the label of each entity key of the records
LABELS = {entity.key: entity.label for graph in RECORDS.sample_graphs() for entity in graph.entities}


def relations_of(key: str) -> list[Fact]:
    """The facts of an entity either way, in the order of the saved query relations-of: most
    confident first, then by subject, predicate and object as the rows show them."""

    def order(f: Fact) -> tuple:
        obj = LABELS[f.obj] if f.obj else f.literal
        return -f.confidence, LABELS[f.subject], f.predicate_label, obj, f.article, f.sentence.text

    return sorted((f for f in FACTS if key in (f.subject, f.obj)), key=order)


def fact(label: str) -> Fact:
    """The sample's one fact with this predicate label ("spoke at")."""
    (found,) = (f for f in FACTS if f.predicate_label == label)
    return found


def predicate(f: Fact) -> str:
    """The predicate IRI of a fact: the ontology's property, or its open ``rel:`` name."""
    return KG + f.predicate if f.predicate else REL + camel_case(f.predicate_label)


def edge(f: Fact) -> tuple[str, str, str]:
    """The (subject, object, predicate) edge a fact between two entities becomes."""
    assert f.obj is not None
    return iri(f.subject), iri(f.obj), predicate(f)


def fact_edges() -> list[tuple[str, str, str]]:
    """The edges of every fact between two entities of the records."""
    return [edge(f) for f in FACTS if f.obj is not None]


@pytest.fixture(scope="module")
def graph():
    return to_networkx(load_dataset(SAMPLE))


def modality_quads() -> list:
    """X met Y (asserted), X did not meet Y (negated), X may target Y (possible), Y said Z (reported):
    statements as kg/rdf.py writes them, plain triples only for the asserting ones."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SDO

    g, art = URIRef("https://kg.example.org/graph/m1"), URIRef("https://kg.example.org/article/m1")
    x, y, z = (URIRef(ID + f"person/{n}") for n in ("x", "y", "z"))
    met, targets = URIRef("https://kg.example.org/relation/met"), URIRef(KG + "targets")
    quads = [
        (art, RDF.type, SDO.NewsArticle, g),
        (art, SDO.headline, Literal("X and Y"), g),
        (x, met, y, g),
        (y, met, z, g),
    ]
    for node, label in ((x, "X"), (y, "Y"), (z, "Z")):
        quads += [
            (node, RDF.type, URIRef(KG + "Person"), g),
            (node, RDFS.label, Literal(label), g),
            (node, URIRef(KG + "mentionedIn"), art, g),
        ]
    for n, (s, p, o, modality, source) in enumerate(
        [
            (x, met, y, "asserted", None),
            (x, met, y, "negated", None),
            (x, targets, y, "possible", None),
            (y, met, z, "reported", x),
        ]
    ):
        st = URIRef(f"https://kg.example.org/statement/m{n}")
        quads += [
            (st, RDF.type, URIRef(KG + "Statement"), g),
            (st, RDF.subject, s, g),
            (st, RDF.predicate, p, g),
            (st, RDF.object, o, g),
            (st, URIRef(KG + "modality"), Literal(modality), g),
            (st, URIRef(KG + "article"), art, g),
            (st, URIRef(KG + "sentence"), Literal(f"sentence {n}"), g),
        ]
        if source is not None:
            quads.append((st, URIRef(KG + "attributedTo"), source, g))
    return quads


def sample_quads() -> list:
    """The quads of sample.trig, as pyoxigraph parses them."""
    import pyoxigraph as ox

    return list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))


def statement_of(quads: list, predicate_iri: str):
    """The one ``kg:Statement`` node of the sample whose ``rdf:predicate`` is ``predicate_iri``."""
    rdf_predicate = "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate"
    (found,) = {q.subject for q in quads if q.predicate.value == rdf_predicate and q.object.value == predicate_iri}
    return found


def edited_sample(path: Path, changes: dict) -> Path:
    """A copy of the sample at ``path`` (TriG) with each (subject, predicate IRI) of ``changes``
    given the object there instead, or dropped where that is None; each must be in the sample."""
    import pyoxigraph as ox

    quads, found = [], set()
    for quad in sample_quads():
        key = (quad.subject, quad.predicate.value)
        if key not in changes:
            quads.append(quad)
            continue
        found.add(key)
        if changes[key] is not None:
            quads.append(ox.Quad(quad.subject, quad.predicate, changes[key], quad.graph_name))
    assert found == set(changes), set(changes) - found
    path.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG))
    return path
