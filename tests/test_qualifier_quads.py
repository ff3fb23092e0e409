"""kg.qualifier_quads and the saved query events-in: time and place on statement nodes.

A hand-made article (no model): Xi in Beijing and Shanghai in August 2020, with facts that
carry a date, an interval, a year, words that do not resolve, and a denial. Its quads are
what kg.rdf.article_quads writes plus the qualifier quads of each statement, the one call
the RDF stage adds.
"""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.jsonld import compact_jsonld
from kg.load import load_dataset, open_source
from kg.model import Article, ArticleGraph, Entity, Fact, Span
from kg.qualifier_quads import qualifier_quads
from kg.query import run_saved, saved_queries
from kg.rdf import article_quads, entity_iri, graph_iri
from kg.timex import resolve
from kg.validate import validate
from kg.vocab import KG

DATE = "2020-08-19"
TEXT = (
    "Xi said on Monday in Beijing that China will open up. Xi visited Shanghai last week. "
    "In Beijing Xi denied on Monday that talks failed. Huawei opened a lab in Beijing in 2019. "
    "In Beijing Xi recently praised the plan. Beijing is in China. Shanghai is in China."
)
ARTICLE = Article(id="a1", title="Xi in Beijing", text=TEXT, source_path="a1.txt", date=DATE)
XI, HUAWEI, BEIJING, SHANGHAI, CHINA, PLAN = (
    "person/xi-jinping",
    "organization/huawei",
    "place/beijing",
    "place/shanghai",
    "country/china",
    "concept/a1--the-plan",
)
ENTITIES = (
    Entity(XI, "Person", "Xi Jinping", aliases=("Xi",)),
    Entity(HUAWEI, "Organization", "Huawei"),
    Entity(BEIJING, "Place", "Beijing", aliases=("Peking",)),
    Entity(SHANGHAI, "Place", "Shanghai"),
    Entity(CHINA, "Country", "China"),
    Entity(PLAN, "Concept", "the plan", scope="a1"),
)


def sentence(words: str) -> Span:
    start = TEXT.index(words)
    end = TEXT.index(".", start) + 1
    return Span(start, end, TEXT[start:end])


def fact(subject, predicate, obj, literal, words, time=None, place=None, modality="asserted") -> Fact:
    return Fact(
        subject=subject,
        predicate=predicate,
        predicate_label=predicate,
        obj=obj,
        literal=literal,
        article="a1",
        sentence=sentence(words),
        confidence=0.8,
        extractor="test",
        modality=modality,
        time=resolve(time, DATE) if time else None,
        place=place,
    )


FACTS = (
    fact(XI, "said", None, "China will open up", "Xi said on Monday", "on Monday", BEIJING),
    fact(XI, "visited", SHANGHAI, None, "Xi visited Shanghai", "last week", SHANGHAI),
    fact(XI, "said", None, "talks failed", "In Beijing Xi denied", "on Monday", BEIJING, modality="negated"),
    fact(HUAWEI, "launched", CHINA, None, "Huawei opened", "in 2019", BEIJING),
    fact(XI, "reported", PLAN, None, "In Beijing Xi recently", "recently", BEIJING),
    fact(BEIJING, "locatedIn", CHINA, None, "Beijing is in China"),
    fact(SHANGHAI, "locatedIn", CHINA, None, "Shanghai is in China"),
)
GRAPH = ArticleGraph(ARTICLE, ENTITIES, FACTS)
RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
START = ox.NamedNode(str(KG.startChar))


def with_qualifiers(graph: ArticleGraph) -> list[ox.Quad]:
    """The article's quads and, for each statement, its qualifier quads (as kg.rdf will add them)."""
    quads = list(article_quads(graph))
    statements = {}
    for quad in quads:
        if quad.predicate in (RDF_SUBJECT, START):
            statements.setdefault(quad.subject, {})[quad.predicate] = quad.object
    by_key = {(entity_iri(f.subject), f.sentence.start): f for f in graph.facts}
    for node, terms in sorted(statements.items(), key=lambda item: item[0].value):
        key = (terms[RDF_SUBJECT], int(terms[START].value))
        quads += qualifier_quads(node, by_key[key], graph_iri(graph.article.id))
    return quads


def test_a_dated_placed_fact_gets_text_time_bounds_and_place():
    statement, g = ox.NamedNode("https://kg.example.org/statement/s1"), graph_iri("a1")
    quads = qualifier_quads(statement, FACTS[0], g)
    xsd = "http://www.w3.org/2001/XMLSchema#"
    day = ox.Literal("2020-08-17", datatype=ox.NamedNode(xsd + "date"))
    assert [(q.predicate.value.split("#")[1], q.object) for q in quads] == [
        ("timeText", ox.Literal("on Monday")),
        ("time", day),
        ("timeStart", day),
        ("timeEnd", day),
        ("place", entity_iri(BEIJING)),
    ]
    assert {q.subject for q in quads} == {statement} and {q.graph_name for q in quads} == {g}


def test_an_interval_has_bounds_but_no_time_and_words_alone_have_only_text():
    g = graph_iri("a1")
    week = {
        q.predicate.value.split("#")[1]: q.object.value
        for q in qualifier_quads(ox.NamedNode("https://kg.example.org/statement/s2"), FACTS[1], g)
    }
    assert week == {
        "timeText": "last week",
        "timeStart": "2020-08-10",
        "timeEnd": "2020-08-16",
        "place": entity_iri(SHANGHAI).value,
    }
    recently = qualifier_quads(ox.NamedNode("https://kg.example.org/statement/s5"), FACTS[4], g)
    assert [(q.predicate.value.split("#")[1], q.object.value) for q in recently] == [
        ("timeText", "recently"),
        ("place", entity_iri(BEIJING).value),
    ]
    year = qualifier_quads(ox.NamedNode("https://kg.example.org/statement/s4"), FACTS[3], g)
    assert ox.Literal("2019", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYear")) in {
        q.object for q in year
    }


def test_a_fact_without_qualifiers_gets_no_quads():
    assert qualifier_quads(ox.NamedNode("https://kg.example.org/statement/s6"), FACTS[5], graph_iri("a1")) == []


@pytest.fixture
def trig(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_bytes(ox.serialize(sorted(set(with_qualifiers(GRAPH)), key=str), format=ox.RdfFormat.TRIG))
    return path


def test_the_qualified_graph_conforms_to_the_shapes(trig):
    report = validate(trig)
    assert report.lines == []


def test_broken_qualifiers_fail_the_shapes(tmp_path, trig):
    xsd = "^^<http://www.w3.org/2001/XMLSchema#"
    edits = [
        (f'"2020-08-16"{xsd}date>', f'"2020-08-01"{xsd}date>'),  # last week ends before it starts
        (f'"2019"{xsd}gYear>', '"2019"'),  # a year as a plain string
        (
            '<https://kg.example.org/ontology#timeText> "recently"',  # bounds without words or end
            f'<https://kg.example.org/ontology#timeStart> "2020-08-01"{xsd}date>',
        ),
    ]
    broken = trig.read_text(encoding="utf-8")
    for old, new in edits:
        assert broken.count(old) == 1, old
        broken = broken.replace(old, new)
    path = tmp_path / "broken.trig"
    path.write_text(broken, encoding="utf-8")
    messages = {line.split(": ", 1)[1] for line in validate(path).lines}
    assert messages >= {
        "a statement has at most one kg:timeStart, an xsd:date not after its kg:timeEnd (value: 2020-08-10)",
        "a statement has at most one kg:time, an xsd:date, xsd:gYearMonth or xsd:gYear (value: 2019)",
        "a statement with a resolved time keeps its words in kg:timeText",
        "a statement with a resolved time needs kg:timeEnd",
    }


def test_json_ld_names_the_qualifiers():
    document = json.loads(compact_jsonld(with_qualifiers(GRAPH)))
    nodes = [node for graph in document["@graph"] for node in graph.get("@graph", [graph])]
    said = next(node for node in nodes if node.get("timeText") == "on Monday" and "denied" not in node["sentence"])
    assert said["inPlace"] == "place:beijing"
    assert said["timeStart"] == "2020-08-17" and said["timeEnd"] == "2020-08-17"
    assert said["time"] == {"@type": "xsd:date", "@value": "2020-08-17"}


# ------------------------------------------------------------------ events-in


def test_events_in_is_a_saved_query_with_three_parameters():
    saved = saved_queries()["events-in"]
    assert [param.name for param in saved.params] == ["PLACE", "FROM", "TO"]


@pytest.fixture(params=["rdflib", "oxigraph"])
def source(request, trig):
    if request.param == "rdflib":
        yield load_dataset(trig)
        return
    with open_source(trig) as store:
        yield store


def rows(source, place, first, last) -> list[tuple[str, ...]]:
    result = run_saved(source, "events-in", PLACE=place, FROM=first, TO=last)
    names = [str(v) for v in result.vars]
    wanted = ["subject", "predicate", "object", "where", "when", "start", "end", "dated_by"]
    return [tuple(str(row[names.index(n)]) for n in wanted) for row in result]


def test_what_happened_in_beijing_in_august_2020(source):
    assert rows(source, "Beijing", "2020-08", "2020-08") == [
        ("Xi Jinping", "said", "China will open up", "Beijing", "on Monday", "2020-08-17", "2020-08-17", "fact"),
        ("Xi Jinping", "reported", "the plan", "Beijing", "recently", DATE, DATE, "article"),
    ]  # the denial of the same Monday is no event; the lab of 2019 is outside


def test_a_place_answers_for_the_places_in_it_and_intervals_overlap(source):
    assert rows(source, "china", "2020-08-15", "2020-08-15") == [
        ("Xi Jinping", "visited", "Shanghai", "Shanghai", "last week", "2020-08-10", "2020-08-16", "fact"),
    ]


def test_aliases_open_bounds_and_years(source):
    everything = rows(source, "PEKING", "", "")
    assert [(r[4], r[5]) for r in everything] == [
        ("in 2019", "2019-01-01"),
        ("on Monday", "2020-08-17"),
        ("recently", DATE),
    ]
    assert [r[2] for r in rows(source, "", "2019", "2019")] == ["China"]  # Huawei launched ... in 2019
    assert rows(source, "Shanghai", "2020-08-17", "") == []
    assert rows(source, "Atlantis", "", "") == []


def test_bounds_are_read_as_a_reader_writes_them(source):
    assert rows(source, "Beijing", "August 2020", "August 2020") == rows(source, "Beijing", "2020-08", "2020-08")
    with pytest.raises(QueryError, match="FROM"):
        rows(source, "Beijing", "last week", "")
