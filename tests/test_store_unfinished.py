"""kg.store.unfinished: the record of a build cut short, and the store's entities without
the articles a build writes again."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store import GraphStore
from kg.store.unfinished import UnfinishedBuild

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
PERSON = ox.NamedNode("https://kg.example.org/ontology#Person")


def test_entries_in_order_first_of_each_graph_and_unreadable_lines_dropped(tmp_path):
    record = UnfinishedBuild(tmp_path)
    assert record.entries() == []
    record.note("g:a", "h1", "[]")
    record.note("g:b", "h2", '[["person/x"]]')
    record.note("g:a", "h3", "[]")
    with open(record.file, "ab") as file:
        file.write(b'["g:c", "h4", "[]"')  # cut short by a kill
    assert record.entries() == [("g:a", "h1", "[]"), ("g:b", "h2", '[["person/x"]]')]
    record.restart([("g:b", "h2", "[]")])
    assert record.entries() == [("g:b", "h2", "[]")]
    record.file.write_bytes(b'\xff\n[1, 2, 3]\n{"a": 1}\n["g:d", "h", "[]"]\n')
    assert record.entries() == [("g:d", "h", "[]")]
    record.finish()
    assert not record.file.exists() and record.entries() == []


def test_entities_leave_out_the_graphs_excluded(tmp_path):
    graphs = [ox.NamedNode(f"https://kg.example.org/graph/{name}") for name in "abc"]
    ada = ox.NamedNode("https://kg.example.org/id/person/ada-lovelace")
    with GraphStore.open(tmp_path / "s") as store:
        for graph, label in zip(graphs, ["Ada Lovelace", "ADA LOVELACE", "ADA LOVELACE"], strict=True):
            store.replace_article(
                graph, [ox.Quad(ada, RDF_TYPE, PERSON, graph), ox.Quad(ada, LABEL, ox.Literal(label), graph)]
            )
        assert store.entities() == [("person/ada-lovelace", "Person", "ADA LOVELACE")]  # two articles of three
        assert store.entities(exclude=[graphs[1].value]) == [("person/ada-lovelace", "Person", "ADA LOVELACE")]
        assert store.entities(exclude=[g.value for g in graphs[1:]]) == [
            ("person/ada-lovelace", "Person", "Ada Lovelace")
        ]
        assert store.entities(exclude=[g.value for g in graphs]) == []
