"""Fixtures for path, influence and render tests (helpers in ``goldgraphs.py``)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from goldgraphs import gold_document_graph, graph_of
from newsgraph.graph.model import DocumentGraph


@pytest.fixture(scope="session")
def seed_dg(corpus: Path) -> DocumentGraph:
    return gold_document_graph(corpus / "seed-article.gold.json", doc_id="seed-article",
                               published="2024-02-01", url="https://example.org/seed-article")


@pytest.fixture(scope="session")
def seed_graph(seed_dg: DocumentGraph) -> nx.MultiDiGraph:
    return graph_of(seed_dg)


@pytest.fixture
def seed_store(tmp_path: Path, seed_dg: DocumentGraph, corpus: Path) -> Path:
    """A real embedded store holding the seed article's gold graph and two dev articles'."""
    from newsgraph.graph.store import Store

    path = tmp_path / "store"
    with Store.open(path) as store:
        store.upsert(seed_dg)
        for name, date in [("11-car-kn23-hangeul-kharkiv", "2024-02-14"), ("08-mys-zhelaniya-tobruk-africa-corps", "2026-01-10")]:
            store.upsert(gold_document_graph(corpus / "dev" / f"{name}.gold.json", published=date))
    return path
