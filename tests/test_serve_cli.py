"""``kg serve`` and ``kg query --timeout`` as a user runs them: real processes, Ctrl-C, exit codes.

Every process started here is killed in a finalizer, and every wait has a timeout.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_kg

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture
def started(request):
    """Start ``python -m kg ARGS`` in the background; every process is killed at the end."""
    processes: list[subprocess.Popen] = []

    def start(*args: str) -> subprocess.Popen:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg", *args],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own group: a SIGINT goes to it as from a terminal, no further
        )
        processes.append(process)
        return process

    def stop() -> None:
        for process in processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
            process.communicate(timeout=30)

    request.addfinalizer(stop)
    return start


def _processes_with(marker: str) -> list[int]:
    """Process ids whose command line holds ``marker`` (forked workers keep their parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def test_query_timeout_stops_a_cartesian_product_in_one_line():
    started = time.monotonic()
    ran = run_kg("query", SAMPLE, CARTESIAN, "--timeout", "1")
    assert ran.returncode == 1 and time.monotonic() - started < 10
    assert ran.stderr == "kg: error: query stopped after 1 s: it ran past --timeout 1\n"


def test_query_timeout_leaves_quick_queries_alone():
    ran = run_kg("query", SAMPLE, "ASK { ?s a kg:Person }", "--timeout", "20")
    assert ran.returncode == 0 and ran.stdout.strip() == "true"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the worker process")
def test_ctrl_c_stops_a_long_query_at_once(started):
    marker = f"marker-{uuid.uuid4()}"
    process = started("query", str(SAMPLE), f"{CARTESIAN} # {marker}", "--timeout", "0")
    time.sleep(2.5)  # parsed, forked, and deep in the product
    assert process.poll() is None and len(_processes_with(marker)) == 2  # kg and its worker
    interrupted = time.monotonic()
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=20)
    assert time.monotonic() - interrupted < 5
    # click ends the terminal's "^C" line first, then kg says what happened, in one line
    assert process.returncode == 130 and err.lstrip("\n") == "kg: error: interrupted: the query was stopped\n"
    assert _processes_with(marker) == []  # the worker was killed with it


def _url_of(process: subprocess.Popen, within: float = 60) -> str:
    """The server's URL, from its first line on stderr (read in a thread, so the wait is bounded)."""
    line: list[str] = []
    reader = threading.Thread(target=lambda: line.append(process.stderr.readline()), daemon=True)
    reader.start()
    reader.join(within)
    assert line and " at http://" in line[0], f"no URL from kg serve: {line}"
    return line[0].split(" at ", 1)[1].split(" ", 1)[0]


def test_kg_serve_answers_and_stops_on_ctrl_c(started):
    process = started("serve", str(SAMPLE), "--port", "0", "--timeout", "5", "--workers", "1")
    url = _url_of(process)
    assert url.startswith("http://127.0.0.1:")
    query = urllib.parse.urlencode({"query": "ASK { ?s a kg:Person }"})
    with urllib.request.urlopen(f"{url}sparql?{query}", timeout=30) as answer:
        assert answer.read() == b'{"head": {}, "boolean": true}'
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == 0 and err == "stopped\n"


def test_kg_serve_errors_are_one_line(tmp_path, started):
    ran = run_kg("serve", "--store", tmp_path / "nothing", "--port", "0")
    assert ran.returncode == 1 and ran.stderr == f"kg: error: no store at {tmp_path / 'nothing'}\n"
    assert run_kg("serve", SAMPLE, "--timeout", "0").returncode == 2  # a limit of no time is a usage error


def test_the_cli_reads_serve_defaults_without_loading_the_server():
    """``kg serve``'s options show kg.serve.defaults; loading the CLI loads no other part of kg.serve."""
    code = "import sys, kg.cli; print(' '.join(sorted(m for m in sys.modules if m.startswith('kg.serve'))))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["kg.serve", "kg.serve.defaults"]
