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
        LINKED,
        SAMPLE,
        SHENZHEN,
        SYMPOSIUM,
        US,
        XI,
        fact,
        fact_edges,
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
        LINKED,
        SAMPLE,
        SHENZHEN,
        SYMPOSIUM,
        US,
        XI,
        fact,
        fact_edges,
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


def attribute(f) -> dict:
    """What a node's ``attributes`` say of a fact with a literal object, from its record."""
    return {
        "predicate": KG + f.predicate,
        "label": f.predicate_label,
        "value": f.literal,
        "confidence": f.confidence,
        "sentence": f.sentence.text,
        "article": "https://kg.example.org/article/" + f.article,
        "modality": f.modality,
        "attributed_to": "",
    }


def test_node_attributes(graph):
    assert decoded(graph.nodes[XI]) == {
        "label": "Xi Jinping",
        "cls": "Person",
        "aliases": ["Xi", "the Chinese president"],
        "articles": [A1],
        "attributes": [attribute(fact("called for")), attribute(fact("holds position"))],
    }
    assert listed(graph.nodes[HUAWEI], "articles") == [A1, A2]
    assert listed(graph.nodes[HUAWEI], "attributes") == [attribute(fact("is a"))]
    assert graph.nodes[SHENZHEN]["label"] == "Shenzhen <script>alert(1)</script>"


def test_edges_one_per_fact_keyed_by_predicate(graph):
    assert sorted(graph.edges(keys=True)) == sorted([*fact_edges(), LINKED])
    crackdown = fact("steps up crackdowns on")
    assert decoded(graph.edges[US, HUAWEI, "https://kg.example.org/relation/stepsUpCrackdownsOn"]) == {
        "predicate": "https://kg.example.org/relation/stepsUpCrackdownsOn",
        "label": "steps up crackdowns on",  # declared in the data
        "confidence": crackdown.confidence,
        "modality": "asserted",
        "article": "a1",
        "headline": "Xi urges breakthroughs",
        "sources": [
            {
                "sentence": crackdown.sentence.text,
                "article": A1,
                "start": crackdown.sentence.start,
                "end": crackdown.sentence.end,
                "confidence": crackdown.confidence,
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
    # asserted without a kg:Statement (a link, not a fact): confidence 1.0, no source
    assert listed(graph.edges[LINKED], "sources") == []
    assert (graph.edges[LINKED]["confidence"], graph.edges[LINKED]["article"]) == (1.0, "a1")
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
