"""kg.graph.convert: the networkx contract of to_networkx, on the sample graph and every modality."""

from __future__ import annotations

from kg.graph import article_table, graph_stats, listed, split_words, to_networkx
from kg.load import attach_ontology, load_dataset

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import (  # noqa: F401 (graph is a fixture)
        A1,
        A2,
        BEIJING,
        CHINA,
        GT,
        HUAWEI,
        ID,
        KG,
        S_CRACKDOWN,
        S_TITLE,
        SAMPLE,
        SHENZHEN,
        SYMPOSIUM,
        US,
        XI,
        graph,
        modality_quads,
    )
except ImportError:
    from graph_sample import (  # type: ignore[no-redef]  # noqa: F401
        A1,
        A2,
        BEIJING,
        CHINA,
        GT,
        HUAWEI,
        ID,
        KG,
        S_CRACKDOWN,
        S_TITLE,
        SAMPLE,
        SHENZHEN,
        SYMPOSIUM,
        US,
        XI,
        graph,
        modality_quads,
    )


def test_nodes_are_the_entities(graph):
    assert sorted(graph.nodes) == sorted([XI, CHINA, US, HUAWEI, BEIJING, SHENZHEN, GT, SYMPOSIUM])
    assert {node: data["cls"] for node, data in graph.nodes(data=True)} == {
        XI: "Person",
        CHINA: "Country",
        US: "Country",
        HUAWEI: "Organization",
        GT: "Organization",
        BEIJING: "Place",
        SHENZHEN: "Place",
        SYMPOSIUM: "Event",
    }


def decoded(data: dict) -> dict:
    """An attribute dict with its JSON strings (lists, records) decoded."""
    return {
        key: listed(data, key) if key in ("aliases", "articles", "attributes", "sources") else value
        for key, value in data.items()
    }


def test_node_attributes(graph):
    assert decoded(graph.nodes[XI]) == {
        "label": "Xi Jinping",
        "cls": "Person",
        "aliases": ["Xi", "the Chinese president"],
        "articles": [A1],
        "attributes": [
            {
                "predicate": KG + "calledFor",
                "label": "called for",
                "value": "robust efforts to improve homegrown innovation capabilities",
                "confidence": 0.9,
                "sentence": S_TITLE,
                "article": A1,
                "modality": "asserted",
                "attributed_to": "",
            },
            # asserted without a kg:Statement: confidence 1.0, no sentence, the article of its graph
            {
                "predicate": KG + "holdsPosition",
                "label": "holds position",
                "value": "President",
                "confidence": 1.0,
                "sentence": "",
                "article": A1,
                "modality": "asserted",
                "attributed_to": "",
            },
        ],
    }
    assert listed(graph.nodes[HUAWEI], "articles") == [A1, A2]
    assert listed(graph.nodes[HUAWEI], "attributes") == [
        {
            "predicate": KG + "isA",
            "label": "is a",
            "value": "telecom giant",
            "confidence": 1.0,
            "sentence": "",
            "article": A1,
            "modality": "asserted",
            "attributed_to": "",
        },
    ]
    assert graph.nodes[SHENZHEN]["label"] == "Shenzhen <script>alert(1)</script>"


def test_edges_one_per_fact_keyed_by_predicate(graph):
    assert sorted(graph.edges(keys=True)) == sorted(
        [
            (XI, CHINA, KG + "nationality"),
            (XI, SYMPOSIUM, KG + "spokeAt"),
            (SYMPOSIUM, BEIJING, KG + "heldIn"),
            (US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"),
            (US, HUAWEI, KG + "targets"),
            (CHINA, US, KG + "tensionsWith"),
            (HUAWEI, SHENZHEN, KG + "locatedIn"),
        ]
    )
    assert decoded(graph.edges[US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"]) == {
        "predicate": "https://kg.example.org/relation/stepsUpCrackdownsOn",
        "label": "steps up crackdowns on",  # declared in the data
        "confidence": 0.6,
        "modality": "asserted",
        "article": "a1",
        "headline": "Xi urges breakthroughs",
        "sources": [
            {
                "sentence": S_CRACKDOWN,
                "article": A1,
                "start": 400,
                "end": 600,
                "confidence": 0.6,
                "extractor": "clause",
                "modality": "asserted",
                "attributed_to": "",
                "time": "",
                "time_start": "",
                "time_end": "",
                "place": "",
            }
        ],
    }
    assert graph.edges[XI, CHINA, KG + "nationality"]["label"] == "nationality"  # from the ontology


def test_the_ontology_graph_adds_no_nodes():
    dataset = attach_ontology(load_dataset(SAMPLE))
    assert graph_stats(to_networkx(dataset)).nodes == 8


def test_split_words():
    assert split_words("stepsUpCrackdownsOn") == "steps up crackdowns on"
    assert split_words("met_with") == "met with"


def test_each_modality_of_a_fact_is_its_own_edge():
    graph = to_networkx(modality_quads())
    met = "https://kg.example.org/relation/met"
    x, y, z = (ID + f"person/{n}" for n in ("x", "y", "z"))
    assert {(u, v, k): d["modality"] for u, v, k, d in graph.edges(keys=True, data=True)} == {
        (x, y, met): "asserted",
        (x, y, met + " negated"): "negated",
        (x, y, KG + "targets possible"): "possible",
        (y, z, met): "reported",
    }
    negated = listed(graph.edges[x, y, met + " negated"], "sources")
    assert [(s["sentence"], s["modality"]) for s in negated] == [("sentence 1", "negated")]
    assert listed(graph.edges[y, z, met], "sources")[0]["attributed_to"] == x
    assert graph.edges[x, y, met]["headline"] == "X and Y" and graph.edges[x, y, met]["article"] == "m1"
    assert article_table(graph) == {
        "https://kg.example.org/article/m1": {"id": "m1", "headline": "X and Y", "date": "", "url": "", "publisher": ""}
    }


def test_graphml_and_gexf_writers_take_the_graph_as_it_is(tmp_path, graph):
    import networkx as nx

    nx.write_graphml(graph, tmp_path / "g.graphml")
    nx.write_gexf(graph, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    assert listed(back.nodes[XI], "aliases") == ["Xi", "the Chinese president"]


def test_a_source_says_when_and_where_its_fact_happened():
    import pyoxigraph as ox

    from kg.terms import rdflib_quads

    kg_ = "https://kg.example.org/ontology#"
    g = ox.NamedNode("https://kg.example.org/graph/t1")
    xi, beijing = ox.NamedNode(XI), ox.NamedNode("https://kg.example.org/id/place/beijing")
    stmt = ox.NamedNode("https://kg.example.org/statement/s1")
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    said = ox.NamedNode(kg_ + "spokeAt")
    summit = ox.NamedNode("https://kg.example.org/id/event/t1--summit")
    date = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    quads = [
        ox.Quad(xi, said, summit, g),
        ox.Quad(xi, ox.NamedNode(rdf + "type"), ox.NamedNode(kg_ + "Person"), g),
        ox.Quad(summit, ox.NamedNode(rdf + "type"), ox.NamedNode(kg_ + "Event"), g),
        ox.Quad(beijing, ox.NamedNode(rdf + "type"), ox.NamedNode(kg_ + "Place"), g),
        ox.Quad(xi, label, ox.Literal("Xi Jinping"), g),
        ox.Quad(summit, label, ox.Literal("summit"), g),
        ox.Quad(beijing, label, ox.Literal("Beijing"), g),
        ox.Quad(stmt, ox.NamedNode(rdf + "type"), ox.NamedNode(kg_ + "Statement"), g),
        ox.Quad(stmt, ox.NamedNode(rdf + "subject"), xi, g),
        ox.Quad(stmt, ox.NamedNode(rdf + "predicate"), said, g),
        ox.Quad(stmt, ox.NamedNode(rdf + "object"), summit, g),
        ox.Quad(stmt, ox.NamedNode(kg_ + "timeText"), ox.Literal("Monday"), g),
        ox.Quad(stmt, ox.NamedNode(kg_ + "timeStart"), ox.Literal("2020-08-17", datatype=date), g),
        ox.Quad(stmt, ox.NamedNode(kg_ + "timeEnd"), ox.Literal("2020-08-17", datatype=date), g),
        ox.Quad(stmt, ox.NamedNode(kg_ + "place"), beijing, g),
    ]
    graph = to_networkx(rdflib_quads(quads))
    (source,) = listed(graph.edges[XI, str(summit.value), kg_ + "spokeAt"], "sources")
    assert (source["time"], source["place"]) == ("Monday (2020-08-17)", "Beijing")
    assert (source["time_start"], source["time_end"]) == ("2020-08-17", "2020-08-17")
    assert not graph.has_node(beijing.value) or not list(graph.in_edges(beijing.value))  # a qualifier is no fact
