"""Shared fixtures for the extraction tests: one loaded pipeline per session."""

from __future__ import annotations

import pytest

from newsgraph.graph.model import Document, DocumentGraph
from newsgraph.ingest.pipeline import default_nlp, extract_document


@pytest.fixture(scope="session")
def nlp():
    return default_nlp()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, published=None) -> DocumentGraph of an invented article."""

    def run(text: str, published: str | None = "2024-03-01", known=None) -> DocumentGraph:
        return extract_document(Document(id="t", text=text, published=published), nlp=nlp, known=known)

    return run


def triples(dg: DocumentGraph, facts_only: bool = True) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the relations (negated/denied left out by default)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if not facts_only or r.modality not in ("negated", "denied")}


def entity(dg: DocumentGraph, name: str):
    """The entity whose name or alias is ``name`` (AssertionError when absent)."""
    for e in dg.entities.values():
        if name == e.name or name in e.aliases:
            return e
    raise AssertionError(f"no entity {name!r} in {[e.name for e in dg.entities.values()]}")


@pytest.fixture(scope="session")
def find():
    """find(dg, name) -> Entity (see :func:`entity`)."""
    return entity


@pytest.fixture(scope="session")
def facts():
    """facts(dg, facts_only=True) -> set of (subject, predicate, object) names (see :func:`triples`)."""
    return triples
