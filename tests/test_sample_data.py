"""tests/data/sample.trig is what tests/data/make_sample.py writes from its records today."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph as ox

try:
    from tests.graph_sample import RECORDS, SAMPLE
except ImportError:
    from graph_sample import RECORDS, SAMPLE  # type: ignore[no-redef]


def test_the_checked_in_sample_is_what_the_rdf_stage_writes_now():
    assert SAMPLE.read_bytes() == RECORDS.sample_bytes(), "run tests/data/make_sample.py again"


def test_check_says_whether_the_file_is_current(tmp_path, monkeypatch, capsys):
    assert RECORDS.main(["--check"]) == 0
    stale = tmp_path / "sample.trig"
    stale.write_bytes(SAMPLE.read_bytes().replace(b"Xi Jinping", b"Xi Jin-ping"))
    monkeypatch.setattr(RECORDS, "SAMPLE", stale)
    assert RECORDS.main(["--check"]) == 1
    assert "make_sample.py again" in capsys.readouterr().err


def test_the_script_runs_by_itself_from_anywhere(tmp_path):
    """As the README runs it: a plain script, whatever the working folder and PYTHONPATH."""
    script = SAMPLE.with_name("make_sample.py")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    ran = subprocess.run(
        [sys.executable, str(script), "--check"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert (ran.returncode, ran.stderr) == (0, "")


def test_every_record_is_in_its_article_graph():
    """One named graph per article, holding each of its entities' labels and each fact's sentence."""
    quads = list(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))
    for graph in RECORDS.sample_graphs():
        name = f"https://kg.example.org/graph/{graph.article.id}"
        literals = {q.object.value for q in quads if q.graph_name.value == name and isinstance(q.object, ox.Literal)}
        assert {entity.label for entity in graph.entities} <= literals
        assert {fact.sentence.text for fact in graph.facts} <= literals
        assert graph.article.title in literals


def test_each_fact_quotes_its_sentence_where_the_text_has_it():
    """As the extract stage gives them: a fact's span is the stretch of article text it quotes."""
    for graph in RECORDS.sample_graphs():
        for fact in graph.facts:
            assert graph.article.text[fact.sentence.start : fact.sentence.end] == fact.sentence.text
