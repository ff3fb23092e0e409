"""kg.validate: the sample conforms to the shapes; a broken copy fails with readable lines."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import ValidationError
from kg.load import attach_ontology, load_dataset
from kg.validate import validate

try:  # tests/ is a plain folder: importable as "tests" from the repo root, else by itself
    from tests.graph_sample import A2, BEIJING, KG, SAMPLE, edited_sample, sample_quads, statement_of
except ImportError:
    from graph_sample import A2, BEIJING, KG, SAMPLE, edited_sample, sample_quads, statement_of  # type: ignore[no-redef]

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD = "http://www.w3.org/2001/XMLSchema#"


def test_sample_conforms():
    report = validate(SAMPLE)
    assert report.conforms is True
    assert report.lines == []
    report.raise_if_invalid()


def test_a_queried_dataset_still_conforms():
    assert validate(attach_ontology(load_dataset(SAMPLE))).conforms is True


def statements() -> dict[str, ox.NamedNode]:
    """The sample's statements of Xi's nationality, the symposium's place and Huawei's (in a2)."""
    quads = sample_quads()
    return {name: statement_of(quads, KG + name) for name in ("nationality", "heldIn", "locatedIn")}


@pytest.fixture
def broken(tmp_path) -> Path:
    made = statements()
    return edited_sample(
        tmp_path / "broken.trig",
        {
            (made["nationality"], KG + "confidence"): ox.Literal("1.5", datatype=ox.NamedNode(XSD + "decimal")),
            (made["locatedIn"], KG + "sentence"): None,
            (ox.NamedNode(A2), "https://schema.org/headline"): None,
            (made["heldIn"], KG + "startChar"): ox.Literal("-1", datatype=ox.NamedNode(XSD + "integer")),
            (ox.NamedNode(BEIJING), RDFS_LABEL): ox.Literal(""),
        },
    )


def stmt(node: ox.NamedNode) -> str:
    return "stmt:" + node.value.rsplit("/", 1)[1]


def test_broken_copy_fails_with_the_right_messages(broken):
    made = statements()
    report = validate(broken)
    assert report.conforms is False
    assert report.lines == sorted(
        [
            "article:a2 schema:headline: an article needs exactly one schema:headline, a string",
            "place:beijing rdfs:label: an entity needs exactly one rdfs:label, a non-empty string (value: )",
            f"{stmt(made['heldIn'])} kg:startChar: a statement needs exactly one kg:startChar, an integer >= 0 "
            "(value: -1)",
            f"{stmt(made['nationality'])} kg:confidence: a statement needs exactly one kg:confidence, a decimal or "
            "double in [0, 1] (value: 1.5)",
            f"{stmt(made['locatedIn'])} kg:sentence: a statement needs exactly one kg:sentence, a non-empty string",
        ]
    )
    with pytest.raises(
        ValidationError, match=r"^graph does not conform to shapes.ttl: article:a2 schema:headline: .* \(and 4 more\)$"
    ):
        report.raise_if_invalid()


# ------------------------------------------------------------------ a store, article by article


def store_of(path: Path, trig: Path) -> Path:
    """A store holding the article graphs of a TriG file."""
    import itertools

    import pyoxigraph as ox

    from kg.store import GraphStore

    quads = sorted(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG), key=lambda q: str(q.graph_name))
    with GraphStore.open(path) as store:
        store.write_articles([(g, list(qs)) for g, qs in itertools.groupby(quads, key=lambda q: q.graph_name)])
    return path


def store_report(path: Path, jobs: int = 1):
    from kg.store import GraphStore
    from kg.validate import validate_store

    with GraphStore.open(path, read_only=True) as store:
        return validate_store(store, jobs)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_store_checked_article_by_article_reports_what_the_whole_file_does(tmp_path, broken, jobs):
    assert store_report(store_of(tmp_path / "sample", SAMPLE), jobs) == validate(SAMPLE)
    report = store_report(store_of(tmp_path / "broken", broken), jobs)
    assert report == validate(broken) and not report.conforms and len(report.lines) == 5


def test_what_only_the_union_breaks_is_found_in_a_store(tmp_path):
    """Two articles that each give Huawei one label, but not the same: each article graph
    conforms on its own, their union does not, and the store's check says so like pyshacl."""
    from kg.validate import graph_violations

    text = SAMPLE.read_text(encoding="utf-8")
    other = text.replace('rdfs:label "Huawei"', 'rdfs:label "Huawei Technologies"', 1)
    assert other != text
    path = tmp_path / "relabelled.trig"
    path.write_text(other, encoding="utf-8")
    expected = validate(path)
    assert not expected.conforms and any(line.startswith("organization:huawei rdfs:label: ") for line in expected.lines)
    store = store_of(tmp_path / "store", path)
    assert store_report(store) == expected
    from kg.store import GraphStore

    with GraphStore.open(store, read_only=True) as opened:
        assert all(graph_violations(opened.nquads([g]))[0] for g in opened._article_graphs())
