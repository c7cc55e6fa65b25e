"""Fixtures for CLI tests: a CliRunner and helpers to read a store's quads."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    return CliRunner()


def quad_set(store_path: Path) -> set[str]:
    """Every quad of the store at ``store_path`` as N-Quads text (empty when there is no store)."""
    from newsgraph.graph.store import Store

    if not Path(store_path).exists():
        return set()
    with Store.open(store_path, read_only=True) as store:
        return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None)}


@pytest.fixture(scope="session")
def quads():
    """The :func:`quad_set` function, as a fixture."""
    return quad_set
