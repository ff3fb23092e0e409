"""Shared fixtures. Tests that load the real spaCy pipeline are marked ``model``."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed folder built once per test session with the real model."""
    import kg

    out = tmp_path_factory.mktemp("seed-build")
    result = kg.build([SEEDS], out=out)
    return out, result
