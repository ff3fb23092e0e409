"""The sample graph (tests/data/sample.trig) and a graph of every modality, for the kg.graph tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph import to_networkx
from kg.load import load_dataset

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
ID = "https://kg.example.org/id/"
KG = "https://kg.example.org/ontology#"
A1 = "https://kg.example.org/article/a1"
A2 = "https://kg.example.org/article/a2"
XI, CHINA, US, HUAWEI = (
    ID + "person/xi-jinping",
    ID + "country/china",
    ID + "country/united-states",
    ID + "organization/huawei",
)
BEIJING, SHENZHEN, GT = ID + "place/beijing", ID + "place/shenzhen", ID + "organization/global-times"
SYMPOSIUM = ID + "a1/event/symposium-on-economic-and-social-work"
S_TITLE = (
    "Chinese President Xi Jinping on Monday called for robust efforts to improve homegrown innovation capabilities."
)
S_TENSIONS = "The symposium came as tensions between China and the US continue to escalate."
S_CRACKDOWN = (
    S_TENSIONS[:-1] + ", with the latter constantly stepping up its crackdowns on Chinese "
    "tech companies from telecom giant Huawei to TikTok."
)


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
