"""kg.analysis on the sample graph: the networkx contract, stats, paths and filters."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.analysis import (Ranked, article_table, find_path, graph_stats, listed, select_subgraph, split_words,
                         to_networkx)
from kg.errors import GraphError
from kg.load import attach_ontology, load_dataset

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
ID = "https://kg.example.org/id/"
KG = "https://kg.example.org/ontology#"
A1 = "https://kg.example.org/article/a1"
A2 = "https://kg.example.org/article/a2"
XI, CHINA, US, HUAWEI = ID + "person/xi-jinping", ID + "country/china", ID + "country/united-states", ID + "organization/huawei"
BEIJING, SHENZHEN, GT = ID + "place/beijing", ID + "place/shenzhen", ID + "organization/global-times"
SYMPOSIUM = ID + "a1/event/symposium-on-economic-and-social-work"
S_TITLE = ("Chinese President Xi Jinping on Monday called for robust efforts to improve homegrown "
           "innovation capabilities.")
S_TENSIONS = "The symposium came as tensions between China and the US continue to escalate."
S_CRACKDOWN = (S_TENSIONS[:-1] + ", with the latter constantly stepping up its crackdowns on Chinese "
               "tech companies from telecom giant Huawei to TikTok.")


@pytest.fixture(scope="module")
def graph():
    return to_networkx(load_dataset(SAMPLE))


def test_nodes_are_the_entities(graph):
    assert sorted(graph.nodes) == sorted([XI, CHINA, US, HUAWEI, BEIJING, SHENZHEN, GT, SYMPOSIUM])
    assert {node: data["cls"] for node, data in graph.nodes(data=True)} == {
        XI: "Person", CHINA: "Country", US: "Country", HUAWEI: "Organization", GT: "Organization",
        BEIJING: "Place", SHENZHEN: "Place", SYMPOSIUM: "Event",
    }


def decoded(data: dict) -> dict:
    """An attribute dict with its JSON strings (lists, records) decoded."""
    return {key: listed(data, key) if key in ("aliases", "articles", "attributes", "sources") else value
            for key, value in data.items()}


def test_node_attributes(graph):
    assert decoded(graph.nodes[XI]) == {
        "label": "Xi Jinping",
        "cls": "Person",
        "aliases": ["Xi", "the Chinese president"],
        "articles": [A1],
        "attributes": [
            {"predicate": KG + "calledFor", "label": "called for",
             "value": "robust efforts to improve homegrown innovation capabilities",
             "confidence": 0.9, "sentence": S_TITLE, "article": A1, "modality": "asserted",
             "attributed_to": ""},
            # asserted without a kg:Statement: confidence 1.0, no sentence, the article of its graph
            {"predicate": KG + "holdsPosition", "label": "holds position", "value": "President",
             "confidence": 1.0, "sentence": "", "article": A1, "modality": "asserted", "attributed_to": ""},
        ],
    }
    assert listed(graph.nodes[HUAWEI], "articles") == [A1, A2]
    assert listed(graph.nodes[HUAWEI], "attributes") == [
        {"predicate": KG + "isA", "label": "is a", "value": "telecom giant",
         "confidence": 1.0, "sentence": "", "article": A1, "modality": "asserted", "attributed_to": ""},
    ]
    assert graph.nodes[SHENZHEN]["label"] == "Shenzhen <script>alert(1)</script>"


def test_edges_one_per_fact_keyed_by_predicate(graph):
    assert sorted(graph.edges(keys=True)) == sorted([
        (XI, CHINA, KG + "nationality"),
        (XI, SYMPOSIUM, KG + "spokeAt"),
        (SYMPOSIUM, BEIJING, KG + "heldIn"),
        (US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"),
        (US, HUAWEI, KG + "targets"),
        (CHINA, US, KG + "tensionsWith"),
        (HUAWEI, SHENZHEN, KG + "locatedIn"),
    ])
    assert decoded(graph.edges[US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"]) == {
        "predicate": "https://kg.example.org/relation/stepsUpCrackdownsOn",
        "label": "steps up crackdowns on",  # declared in the data
        "confidence": 0.6,
        "modality": "asserted",
        "article": "a1",
        "headline": "Xi urges breakthroughs",
        "sources": [{"sentence": S_CRACKDOWN, "article": A1, "start": 400, "end": 600,
                     "confidence": 0.6, "extractor": "clause", "modality": "asserted", "attributed_to": ""}],
    }
    assert graph.edges[XI, CHINA, KG + "nationality"]["label"] == "nationality"  # from the ontology


def test_the_ontology_graph_adds_no_nodes():
    dataset = attach_ontology(load_dataset(SAMPLE))
    assert graph_stats(to_networkx(dataset)).nodes == 8


def test_split_words():
    assert split_words("stepsUpCrackdownsOn") == "steps up crackdowns on"
    assert split_words("met_with") == "met with"


def test_graph_stats(graph):
    stats = graph_stats(graph, top=3)
    assert (stats.nodes, stats.edges) == (8, 7)
    assert stats.classes == {"Country": 2, "Organization": 2, "Place": 2, "Event": 1, "Person": 1}
    assert stats.predicates == {
        "held in": 1, "located in": 1, "nationality": 1, "spoke at": 1,
        "steps up crackdowns on": 1, "targets": 1, "tensions with": 1,
    }
    assert stats.top_degree == (
        Ranked("Huawei", HUAWEI, 3.0), Ranked("United States", US, 3.0), Ranked("China", CHINA, 2.0),
    )
    # the undirected projection is the path Beijing - symposium - Xi - China - US - Huawei - Shenzhen
    assert [(r.label, r.score) for r in stats.top_pagerank] == [
        ("Huawei", pytest.approx(0.1649073502, abs=1e-9)),
        ("symposium on economic and social work", pytest.approx(0.1649073502, abs=1e-9)),
        ("United States", pytest.approx(0.1565256028, abs=1e-9)),
    ]
    assert stats.communities == (
        ("Beijing", "Xi Jinping", "symposium on economic and social work"),
        ("China", "United States"),
        ("Huawei", "Shenzhen <script>alert(1)</script>"),
        ("Global Times",),
    )
    assert (stats.components, stats.component_sizes) == (2, (7, 1))


def test_graph_stats_is_deterministic(graph):
    assert graph_stats(graph) == graph_stats(to_networkx(load_dataset(SAMPLE)))


def test_path_from_xi_to_huawei_goes_via_china_and_the_us(graph):
    hops = find_path(graph, "Xi Jinping", "huawei")
    assert [(h.subject, h.predicate, h.object, h.forward) for h in hops] == [
        ("Xi Jinping", "nationality", "China", True),
        ("China", "tensions with", "United States", True),
        ("United States", "targets", "Huawei", True),  # the ontology predicate before the open one
    ]
    assert [[(s["sentence"], s["article"]) for s in h.sources] for h in hops] == [
        [(S_TITLE, A1)], [(S_TENSIONS, A1)], [(S_CRACKDOWN, A1)],
    ]


def test_path_keeps_edge_direction_when_walked_backwards(graph):
    hops = find_path(graph, "US", "the Chinese president")
    assert [(h.subject, h.predicate, h.object, h.forward) for h in hops] == [
        ("China", "tensions with", "United States", False),
        ("Xi Jinping", "nationality", "China", False),
    ]


def test_no_path(graph):
    with pytest.raises(GraphError, match=r"^no path between Global Times and Huawei: no chain of facts links them$"):
        find_path(graph, "Global Times", "Huawei")


def test_unknown_name_suggests_close_ones(graph):
    with pytest.raises(GraphError, match=r"^no entity named 'Huawai' \(did you mean Huawei\?\)$"):
        find_path(graph, "Huawai", "China")


def test_ambiguous_name_lists_the_candidates(graph):
    graph = graph.copy()
    graph.nodes[GT]["aliases"] = json.dumps(["China"])
    with pytest.raises(GraphError) as caught:
        find_path(graph, "china", "Huawei")
    assert str(caught.value) == (
        f"'china' is ambiguous, it names 2 entities: China (Country, {CHINA}); "
        f"Global Times (Organization, {GT}); give the IRI"
    )


def test_select_focus_hops(graph):
    assert sorted(select_subgraph(graph, focus="China", hops=1)) == sorted([CHINA, XI, US])
    assert sorted(select_subgraph(graph, focus="China", hops=2)) == sorted([CHINA, XI, US, SYMPOSIUM, HUAWEI])


def test_select_classes_and_min_degree(graph):
    assert sorted(select_subgraph(graph, classes={"Country", "Organization"})) == sorted([CHINA, US, HUAWEI, GT])
    assert sorted(select_subgraph(graph, classes={"Country", "Organization"}, min_degree=1)) == sorted(
        [CHINA, US, HUAWEI])


def test_select_top_keeps_the_focus(graph):
    assert sorted(select_subgraph(graph, top=2)) == sorted([HUAWEI, SYMPOSIUM])
    sub = select_subgraph(graph, focus="Global Times", hops=3, top=1)
    assert list(sub) == [GT]


def test_select_returns_a_copy_with_the_edges(graph):
    sub = select_subgraph(graph, focus="Huawei", hops=1)
    assert sorted(sub.edges(keys=True)) == sorted([
        (US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"),
        (US, HUAWEI, KG + "targets"),
        (HUAWEI, SHENZHEN, KG + "locatedIn"),
    ])
    sub.nodes[HUAWEI]["label"] = "changed"
    assert graph.nodes[HUAWEI]["label"] == "Huawei"


def test_select_rejects_unknown_classes(graph):
    with pytest.raises(GraphError, match=r"^unknown class Persn; classes are Concept, Country, "):
        select_subgraph(graph, classes={"Persn"})


@pytest.mark.parametrize("top", [1, 2, 4, 7])
def test_top_quads_give_the_graph_select_subgraph_gives(top):
    """The view of a large graph ranks entities before converting terms; the result must be
    the very graph select_subgraph(top=N) cuts from the whole one."""
    import pyoxigraph as ox

    from kg.analysis import top_quads
    from kg.rdf import rdflib_quads

    quads = list(ox.parse(path=str(Path(__file__).parent / "data" / "sample.trig"), format=ox.RdfFormat.TRIG))
    whole = select_subgraph(to_networkx(rdflib_quads(quads)), top=top)
    kept = top_quads(quads, top)
    assert kept is not None and len(kept) < len(quads)
    sliced = select_subgraph(to_networkx(rdflib_quads(kept)), top=top)
    assert list(sliced.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(sliced.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))
    assert top_quads(quads, 1000) is None


def modality_quads() -> list:
    """X met Y (asserted), X did not meet Y (negated), X may target Y (possible), Y said Z (reported):
    statements as kg/rdf.py writes them, plain triples only for the asserting ones."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SDO

    g, art = URIRef("https://kg.example.org/graph/m1"), URIRef("https://kg.example.org/article/m1")
    x, y, z = (URIRef(ID + f"person/{n}") for n in ("x", "y", "z"))
    met, targets = URIRef("https://kg.example.org/relation/met"), URIRef(KG + "targets")
    quads = [(art, RDF.type, SDO.NewsArticle, g), (art, SDO.headline, Literal("X and Y"), g),
             (x, met, y, g), (y, met, z, g)]
    for node, label in ((x, "X"), (y, "Y"), (z, "Z")):
        quads += [(node, RDF.type, URIRef(KG + "Person"), g), (node, RDFS.label, Literal(label), g),
                  (node, URIRef(KG + "mentionedIn"), art, g)]
    for n, (s, p, o, modality, source) in enumerate([(x, met, y, "asserted", None), (x, met, y, "negated", None),
                                                      (x, targets, y, "possible", None),
                                                      (y, met, z, "reported", x)]):
        st = URIRef(f"https://kg.example.org/statement/m{n}")
        quads += [(st, RDF.type, URIRef(KG + "Statement"), g), (st, RDF.subject, s, g), (st, RDF.predicate, p, g),
                  (st, RDF.object, o, g), (st, URIRef(KG + "modality"), Literal(modality), g),
                  (st, URIRef(KG + "article"), art, g), (st, URIRef(KG + "sentence"), Literal(f"sentence {n}"), g)]
        if source is not None:
            quads.append((st, URIRef(KG + "attributedTo"), source, g))
    return quads


def test_each_modality_of_a_fact_is_its_own_edge():
    graph = to_networkx(modality_quads())
    met = "https://kg.example.org/relation/met"
    x, y, z = (ID + f"person/{n}" for n in ("x", "y", "z"))
    assert {(u, v, k): d["modality"] for u, v, k, d in graph.edges(keys=True, data=True)} == {
        (x, y, met): "asserted", (x, y, met + " negated"): "negated",
        (x, y, KG + "targets possible"): "possible", (y, z, met): "reported",
    }
    negated = listed(graph.edges[x, y, met + " negated"], "sources")
    assert [(s["sentence"], s["modality"]) for s in negated] == [("sentence 1", "negated")]
    assert listed(graph.edges[y, z, met], "sources")[0]["attributed_to"] == x
    assert graph.edges[x, y, met]["headline"] == "X and Y" and graph.edges[x, y, met]["article"] == "m1"
    assert article_table(graph) == {"https://kg.example.org/article/m1": {
        "id": "m1", "headline": "X and Y", "date": "", "url": "", "publisher": ""}}


def test_stats_count_only_asserted_facts_as_relations():
    stats = graph_stats(to_networkx(modality_quads()))
    assert stats.edges == 2
    assert stats.predicates == {"met": 2}
    assert stats.unasserted == {"negated": 1, "possible": 1}


def test_graphml_and_gexf_writers_take_the_graph_as_it_is(tmp_path, graph):
    import networkx as nx

    nx.write_graphml(graph, tmp_path / "g.graphml")
    nx.write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert listed(back.nodes[XI], "aliases") == ["Xi", "the Chinese president"]


def test_a_path_never_walks_a_fact_that_is_not_asserted():
    graph = to_networkx(modality_quads())
    x, y, z = (ID + f"person/{n}" for n in ("x", "y", "z"))
    assert [(h.subject_iri, h.predicate, h.object_iri) for h in find_path(graph, "X", "Z")] == [
        (x, "met", y), (y, "met", z)]
    graph.remove_edge(x, y, "https://kg.example.org/relation/met")  # left: only "X did not meet Y", "X may target Y"
    with pytest.raises(GraphError, match="^no path between X and Z"):
        find_path(graph, "X", "Z")
