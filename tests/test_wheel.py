"""kg as a user installs it: a wheel built from this tree, installed into a fresh virtual
environment (no checkout beside it), builds the seed article with the same facts as the
editable install. Slow (a venv and a pip install), so marked ``wheel``."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS

pytestmark = [pytest.mark.wheel, pytest.mark.model]


def run(*args, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin/ folder of a fresh venv with kg installed from its wheel."""
    where = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", where / "dist", ROOT, cwd=where)
    (wheel,) = (where / "dist").glob("kg-*.whl")
    venv.create(where / "venv", with_pip=True)
    bin_dir = where / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", wheel, cwd=where)
    return bin_dir


def test_the_wheel_carries_the_package_data(installed, tmp_path):
    listed = run(
        installed / "python", "-c", "import kg, pathlib; print(pathlib.Path(kg.__file__).parent)", cwd=tmp_path
    ).stdout.strip()
    package = Path(listed)
    assert ROOT not in package.parents  # the installed copy, not this checkout
    for name in (
        "ontology/kg.ttl",
        "ontology/shapes.ttl",
        "ontology/queries/who-said-what.rq",
        "data/predicates.tsv",
        "templates/view.js",
    ):
        assert (package / name).is_file(), name
    names = run(installed / "kg", "queries", cwd=tmp_path).stdout
    assert "who-said-what" in names and "relations-of" in names


def test_the_installed_kg_builds_the_seed_as_the_checkout_does(installed, tmp_path, seed_build):
    checkout, _ = seed_build
    out = tmp_path / "out"
    result = run(installed / "kg", "build", SEEDS, "--out", out, cwd=tmp_path)
    assert result.stdout.startswith("built 1 article (")
    for name in ("graph.trig", "graph.ttl", "facts.csv"):
        assert (out / name).read_bytes() == (checkout / name).read_bytes(), name
    assert run(installed / "kg", "validate", out, cwd=tmp_path).stdout.startswith("conforms")
    said = run(installed / "kg", "query", out, "who-said-what", "--format", "csv", cwd=tmp_path).stdout
    assert "Xi Jinping" in said
