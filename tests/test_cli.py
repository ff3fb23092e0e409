"""The kg command as a user runs it: its exit code, its output, its files. In this process
through click's runner (:func:`conftest.run_kg`), and a few times as a process of its own."""

from __future__ import annotations

import hashlib
import re

import pytest

from conftest import ROOT, SEEDS, Ran, run_kg_process
from conftest import run_kg as kg

SAMPLE = ROOT / "tests" / "data" / "sample.trig"


def error_line(result: Ran) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_help_lists_every_command():
    result = run_kg_process("--help")
    assert result.returncode == 0
    for command in ("build", "query", "queries", "stats", "path", "view", "validate", "eval"):
        assert command in result.stdout


def test_missing_path_is_one_clear_line(tmp_path):
    result = run_kg_process("build", tmp_path / "nope", "--out", tmp_path / "out")
    assert result.returncode == 1
    assert error_line(result) == f"kg: error: no such file or folder: {tmp_path / 'nope'}"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\t\n", "whitespace"),
        ("binary.txt", b"\x00\x01\x02PNG", "binary"),
        ("latin1.txt", "Titel\n\nCaf\xe9 cr\xe8me".encode("latin-1"), "UTF-8"),
        ("notes.pdf", b"%PDF-1.4", "unsupported extension"),
    ],
)
def test_unreadable_only_input_fails_naming_the_file(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    result = kg("build", tmp_path / name, "--out", tmp_path / "out")
    assert result.returncode == 1
    line = error_line(result)
    assert line.startswith("kg: error: no article could be read") and name in line and reason in line
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_unwritable_output_folder_fails_before_parsing(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    result = kg("build", SEEDS, "--out", blocker / "out")
    assert result.returncode == 1
    assert "cannot create output folder" in error_line(result) and str(blocker / "out") in result.stderr


def test_missing_model_says_how_to_install(tmp_path):
    result = kg("build", SEEDS, "--out", tmp_path, "--model", "xx_no_such_pipeline")
    assert result.returncode == 1
    assert error_line(result).startswith("kg: error: spaCy pipeline 'xx_no_such_pipeline' is not installed: ")


def test_invalid_sparql_gets_the_parser_message():
    result = kg("query", SAMPLE, "SELECT ?x WHERE { ?x a kg:Person")
    assert result.returncode == 1
    assert error_line(result).startswith("kg: error: invalid SPARQL: ")


def test_saved_query_by_name_with_parameter_as_csv():
    result = kg("query", SAMPLE, "relations-of", "--param", "ENTITY=Huawei", "--format", "csv")
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.strip().splitlines()
    assert header.split(",")[:2] == ["subject", "predicate"] or "predicate" in header
    assert any("Shenzhen" in row for row in rows) and any("United States" in row for row in rows)


def test_query_parameter_cannot_alter_the_query():
    result = kg("query", SAMPLE, "relations-of", "--param", 'ENTITY=x" } ; DROP ALL ; #')
    assert result.returncode == 1
    assert "no entity named" in error_line(result)


def test_stats_path_view_and_validate_on_a_graph_file(tmp_path):
    stats = kg("stats", SAMPLE, "--top", "3")
    assert stats.returncode == 0 and stats.stdout.startswith("nodes ")
    path = kg("path", SAMPLE, "Xi Jinping", "Huawei")
    assert path.returncode == 0 and "Huawei" in path.stdout.splitlines()[-2] + path.stdout
    assert '"' in path.stdout  # the sentences behind the hops
    view = kg("view", SAMPLE, "--out", tmp_path / "v.html", "--focus", "Huawei", "--hops", "1")
    assert view.returncode == 0 and (tmp_path / "v.html").stat().st_size > 10_000
    assert kg("validate", SAMPLE).stdout.startswith("conforms")


def test_path_between_unknown_entities_fails_cleanly():
    result = kg("path", SAMPLE, "Xi Jinping", "Atlantis")
    assert result.returncode == 1 and "Atlantis" in error_line(result)


@pytest.mark.model
def test_build_skips_bad_articles_and_builds_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes((SEEDS / "000_424b65836abdcf18.txt").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "feed.jsonl").write_text(
        '{"id": "a1", "title": "Huawei opens lab", "text": "Huawei opened a lab in Paris on Monday."}\n{not json\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = kg("build", folder, "--out", out)
    assert result.returncode == 0, result.stderr
    assert "built 2 articles" in result.stdout
    skipped = result.stderr.strip().splitlines()
    assert any("empty.txt" in line for line in skipped) and any("feed.jsonl:2" in line for line in skipped)
    report = (out / "report.md").read_text(encoding="utf-8")
    assert "empty.txt" in report and "feed.jsonl:2" in report
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "facts.csv", "view.html", "report.md"):
        assert (out / name).stat().st_size > 0


@pytest.mark.model
def test_rebuilding_gives_the_same_bytes(tmp_path, seed_build):
    first, _ = seed_build
    again = tmp_path / first.name  # the view is titled by its folder's name
    result = kg("build", SEEDS, "--out", again)
    assert result.returncode == 0, result.stderr
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "facts.csv", "view.html"):
        digest = lambda p: hashlib.sha256(p.read_bytes()).hexdigest()  # noqa: E731
        assert digest(first / name) == digest(again / name), name


def test_version():
    import kg as package

    result = run_kg_process("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"kg {package.__version__}"


@pytest.mark.parametrize(
    "args, says",
    [
        (("build",), "missing argument 'PATH...'"),
        (("build", "seeds", "--bogus"), "no such option '--bogus'"),
        (("build", "seeds", "--jobs", "zero"), "'zero' is not a valid integer"),
        (("query",), "missing argument"),
        (("query", "--store"), "option '--store' requires an argument"),
        (("frobnicate",), "no such command 'frobnicate'"),
        (("eval", "carb"), "missing option '--gold'"),
    ],
)
def test_usage_errors_are_one_line_and_the_usage_with_exit_code_2(args, says):
    result = kg(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2, result.stderr
    assert lines[0].startswith("kg: error: ") and says in lines[0]
    assert lines[1].startswith("Usage: kg") and lines[1].endswith(" -h)")
    assert "Traceback" not in result.stderr + result.stdout


def test_bare_kg_prints_the_help_and_exits_2():
    result = run_kg_process()
    assert result.returncode == 2 and result.stdout.startswith("Usage: kg ") and not result.stderr


@pytest.mark.parametrize(
    "command", ["", "build", "query", "queries", "stats", "path", "view", "export", "validate", "eval", "eval carb"]
)
def test_help_reads_cleanly(command):
    short, long = kg(*command.split(), "-h"), kg(*command.split(), "--help")
    assert short.returncode == long.returncode == 0 and short.stdout == long.stdout
    text = short.stdout
    assert text.startswith("Usage: kg") and "Traceback" not in text
    assert not re.search(r"<\w+>|\w [.,;:](\s|$)|\{\w|\[default: \]", text), text  # no type markers, stray spaces
    assert max(len(line) for line in text.splitlines()) <= 100


def test_view_writes_next_to_the_graph_it_reads(tmp_path):
    folder = tmp_path / "build"
    folder.mkdir()
    (folder / "graph.trig").write_bytes(SAMPLE.read_bytes())
    elsewhere = tmp_path / "cwd"
    (elsewhere / "output").mkdir(parents=True)
    assert kg("view", folder, cwd=elsewhere).returncode == 0
    assert (folder / "view.html").is_file()
    assert kg("view", folder / "graph.trig", "--focus", "Huawei", cwd=elsewhere).returncode == 0
    assert not any((elsewhere / "output").iterdir())  # never into a folder it was not asked about


@pytest.mark.parametrize("store", [False, True])
def test_ctrl_c_during_a_build_says_what_was_kept(tmp_path, monkeypatch, capsys, store):
    from kg import cli, pipeline

    def interrupted(paths, *args, on_article=None, **kwargs):
        for article in pipeline.read_articles(paths)[0][:2]:
            on_article(article)
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "update_store" if store else "build", interrupted)
    (tmp_path / "in").mkdir()
    for name in "abc":
        (tmp_path / "in" / f"{name}.txt").write_text(f"Story {name}\n\nHuawei opened a lab.\n", encoding="utf-8")
    where = ["--store", str(tmp_path / "s")] if store else ["--out", str(tmp_path / "o")]
    with pytest.raises(SystemExit) as stop:
        cli.main(["build", str(tmp_path / "in"), "--no-progress", *where])
    assert stop.value.code == 130
    line = capsys.readouterr().err.strip()
    if store:
        assert line == (
            f"kg: error: interrupted: 2 articles written to the store {tmp_path / 's'}, each one whole; "
            "the same command again finishes the rest"
        )
    else:
        assert (
            line == f"kg: error: interrupted: nothing was written; the files in {tmp_path / 'o'}/ are still "
            "the previous build's"
        )


def test_names_with_control_characters_are_printed_escaped(tmp_path):
    (tmp_path / "bad\nkg: error: fake.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Title\n\nHuawei opened a lab.\n", encoding="utf-8")
    result = kg("build", tmp_path, "--out", tmp_path / "out", "--no-view")
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "bad\\nkg: error: fake.txt" in skipped[0]
    assert not any(line.startswith("kg: error") for line in result.stderr.splitlines())


def test_out_that_is_a_file_is_said_plainly_and_checked_before_a_store_build(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = kg("build", SEEDS, "--store", tmp_path / "store", "--out", blocker)
    assert result.returncode == 1
    assert error_line(result) == f"kg: error: cannot create output folder {blocker}: it is a file, not a folder"
    assert not (tmp_path / "store").exists()  # nothing was built before the check


def test_an_unknown_saved_query_name_lists_the_names():
    line = error_line(kg("query", SAMPLE, "who-said"))
    assert line.startswith("kg: error: no saved query named 'who-said'; the saved queries are ")
    assert "who-said-what" in line
