"""Shared fixtures. Tests that load the real spaCy pipeline are marked ``model``."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium for the browser tests (installed by ``scripts/setup.sh --with-browser``)."""
    try:
        from tests import browser
    except ImportError:
        import browser  # type: ignore[no-redef]

    if os.environ.get("KG_SKIP_BROWSER") == "1":
        pytest.skip("KG_SKIP_BROWSER=1")
    found = browser.find_chromium()
    if found is None:
        pytest.fail(browser.INSTALL_HINT, pytrace=False)
    return found


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed folder built once per test session with the real model."""
    import kg

    out = tmp_path_factory.mktemp("seed-build")
    result = kg.build([SEEDS], out=out)
    return out, result


@dataclass(frozen=True, slots=True)
class Ran:
    """What a ``kg`` command did: exit code, standard output and error (text, or bytes)."""

    returncode: int
    stdout: str | bytes
    stderr: str | bytes


def run_kg(*args: str | Path, cwd: Path | None = None, text: bool = True) -> Ran:
    """``kg ARGS`` in this process, through :func:`kg.cli.main` as the console script calls
    it, with click's test runner holding stdout and stderr (no terminal: no progress bar,
    tables 100 columns wide). In ``cwd`` (default: the repository root)."""
    from click.testing import CliRunner

    from kg import cli

    here = os.getcwd()
    with CliRunner().isolation(env={"COLUMNS": "100"}) as (stdout, stderr, _):
        os.chdir(cwd or ROOT)
        try:
            cli.main([str(arg) for arg in args])
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        finally:
            os.chdir(here)
        out, err = stdout.getvalue(), stderr.getvalue()
    return Ran(code, out.decode("utf-8") if text else out, err.decode("utf-8") if text else err)


def run_kg_process(*args: str | Path, cwd: Path | None = None, text: bool = True) -> subprocess.CompletedProcess:
    """``python -m kg ARGS`` in a process of its own, as a user runs it (for the few
    end-to-end tests: the entry point, exit codes through the interpreter, separate processes)."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=text, cwd=cwd or ROOT, timeout=300
    )
