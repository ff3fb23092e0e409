"""kg on real news it was not tuned on: 40 Wikinews articles from ../shared (read there, never
copied) built once; the output passes kg's own shapes, and SPARQL through kg means what it
means in rdflib on graph.ttl (the union of the article graphs is a set)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import Graph

from conftest import ROOT, SHARED

WIKINEWS = SHARED / "data" / "wikinews" / "txt"
pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not WIKINEWS.is_dir(), reason=f"Wikinews articles not found at {WIKINEWS}"),
]

#: every seventh article: 2019 and 2020, short and long
PICKS = sorted(WIKINEWS.glob("*.txt"))[::7] if WIKINEWS.is_dir() else []


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    import kg

    out = tmp_path_factory.mktemp("wikinews")
    result = kg.build(PICKS, out=out, view=False)
    assert len(result.graphs) >= 40 and not result.skipped
    return out


def kg_cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_kg_validate_conforms_on_many_articles(build):
    result = kg_cli("validate", build)
    assert result.returncode == 0 and result.stdout.startswith("conforms"), result.stdout[:3000]


@pytest.mark.parametrize(
    "query",
    [
        "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Country }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?label }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s kg:said ?what }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    ],
)
def test_counts_through_kg_equal_rdflib_on_the_union(build, query):
    expected = int(next(iter(Graph().parse(build / "graph.ttl").query(query, initNs=_prefixes())))[0])
    result = kg_cli("query", build, query, "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.splitlines()[1]) == expected


def test_construct_with_limit_gives_as_many_triples(build):
    result = kg_cli(
        "query", build, "CONSTRUCT { ?c a kg:Country } WHERE { ?c a kg:Country } LIMIT 5", "--format", "csv"
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.strip().splitlines()) == 1 + 5


def _prefixes() -> dict:
    from kg.vocab import PREFIXES

    return dict(PREFIXES)
