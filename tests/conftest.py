"""Shared fixtures: where the read-only shared corpus is, and a fresh store directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The read-only ``shared/`` folder: ``$NEWSGRAPH_SHARED`` or the checkout's sibling ``../shared``."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    return Path(env) if env else REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "corpus" / "seed-article.txt").is_file():
        pytest.fail(f"shared corpus not found at {path}; set NEWSGRAPH_SHARED")
    return path


@pytest.fixture(scope="session")
def corpus(shared: Path) -> Path:
    return shared / "corpus"


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A store directory that does not exist yet, inside pytest's temp dir."""
    return tmp_path / "store"


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print what the extraction-evaluation tests measured, so every CI run shows the figures.

    The eval tests (``tests/test_eval_*.py``) print their precision/recall/F1
    tables; pytest captures that output, and this hook replays it at the end.
    """
    reports = [r for key in ("passed", "failed") for r in terminalreporter.stats.get(key, [])
               if getattr(r, "when", "") == "call" and "test_eval_" in r.nodeid and r.capstdout]
    if not reports:
        return
    terminalreporter.section("extraction evaluation (newsgraph eval)")
    for r in reports:
        terminalreporter.write_line(f"--- {r.nodeid}")
        terminalreporter.write(r.capstdout)
