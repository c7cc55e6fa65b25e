"""A real Neo4j for the ``neo4j`` tests, reached over Bolt.

The server comes from ``scripts/neo4j/start.sh`` (the embedded Neo4j DBMS from
Maven Central with its Bolt connector), which prints the variables read here::

    eval "$(scripts/neo4j/start.sh)"   # NEWSGRAPH_TEST_NEO4J_URI, _USER, _PASSWORD
    pytest -k neo4j
    scripts/neo4j/stop.sh

Without ``NEWSGRAPH_TEST_NEO4J_URI`` the tests skip, except under ``CI=true``
where they fail: CI must never pass by skipping them. The tests share one
database, so they hold a file lock while they use it (safe under pytest-xdist)
and start from an empty graph.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pytest
from filelock import FileLock

from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation

ENV_URI = "NEWSGRAPH_TEST_NEO4J_URI"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def neo4j_settings():
    """:class:`Neo4jSettings` of the test server (fails under CI=true when it is not configured)."""
    from newsgraph.graph.neo4j import Neo4jSettings

    uri = os.environ.get(ENV_URI)
    if not uri:
        msg = (f"{ENV_URI} is not set: start a test Neo4j with "
               f'eval "$(scripts/neo4j/start.sh)" (stop it with scripts/neo4j/stop.sh)')
        if _in_ci():
            pytest.fail(msg + " -- CI must run the neo4j tests")
        pytest.skip(msg)
    return Neo4jSettings(uri=uri, user=os.environ.get("NEWSGRAPH_TEST_NEO4J_USER", "neo4j"),
                         password=os.environ.get("NEWSGRAPH_TEST_NEO4J_PASSWORD"),
                         database=os.environ.get("NEWSGRAPH_TEST_NEO4J_DATABASE") or None)


@pytest.fixture
def neo4j_driver(neo4j_settings):
    """A driver on an emptied test database, held exclusively for the test."""
    from newsgraph.graph.neo4j import clear, connect

    key = hashlib.sha1(neo4j_settings.uri.encode()).hexdigest()[:12]
    with FileLock(str(Path(tempfile.gettempdir()) / f"newsgraph-neo4j-tests-{key}.lock")):
        driver = connect(neo4j_settings)
        try:
            clear(driver, neo4j_settings.database)
            yield driver
        finally:
            driver.close()


@pytest.fixture
def neo4j_env(neo4j_settings, neo4j_driver, monkeypatch):
    """Environment for CLI runs against the test server (NEO4J_URI, ...)."""
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.uri)
    monkeypatch.setenv("NEO4J_USERNAME", neo4j_settings.user)
    if neo4j_settings.password is not None:
        monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.password)
    if neo4j_settings.database:
        monkeypatch.setenv("NEO4J_DATABASE", neo4j_settings.database)
    else:
        monkeypatch.delenv("NEO4J_DATABASE", raising=False)
    return neo4j_settings


def build_graph(doc_id: str, facts, *, text: str | None = None, title: str | None = None) -> DocumentGraph:
    """A hand-made DocumentGraph.

    Parameters
    ----------
    facts : list of tuple
        ``(subject name, subject type, PREDICATE, object name, object type)``
        with optional ``confidence``, ``modality``, ``attributed_to`` after
        them; a type may be ``"Organization/GovernmentAgency"`` for a class.
    """
    text = text if text is not None else f"text of {doc_id}: " + "; ".join(" ".join(f[:4]) for f in facts)
    g = DocumentGraph(document=Document(id=doc_id, text=text, title=title or f"Title {doc_id}",
                                        url=f"https://example.org/{doc_id}", published="2024-03-01"))
    offset = 0
    for f in facts:
        sname, stype, pred, oname, otype = f[:5]
        conf = f[5] if len(f) > 5 else 0.8
        modality = f[6] if len(f) > 6 else "asserted"
        attributed = list(f[7]) if len(f) > 7 else []
        ends = []
        for name, typ in ((sname, stype), (oname, otype)):
            t, _, cls = typ.partition("/")
            e = Entity.create(name, t, cls=cls or None)
            g.entities.setdefault(e.id, e)
            ends.append(e.id)
        sentence = f"{sname} {pred.lower()} {oname}."
        g.relations.append(Relation(ends[0], pred, ends[1], [Evidence(doc_id, sentence, offset, offset + len(sentence),
                                                                       "test", conf, modality, attributed)]))
        offset += len(sentence) + 1
    return g


def graph_summary(entities, relations):
    """Comparable summary of a graph: entities and relations with evidence counts."""
    ents = {(e.id, e.name, e.type, frozenset(e.aliases)) for e in entities}
    rels = {r.key: (len(r.evidence), round(r.confidence, 6), r.modality, tuple(sorted(r.attributed_to)),
                    tuple(sorted((ev.document, ev.sentence, ev.start, ev.end) for ev in r.evidence)))
            for r in relations}
    return ents, rels


@pytest.fixture(scope="session")
def make_graph():
    """The :func:`build_graph` function, as a fixture."""
    return build_graph


@pytest.fixture(scope="session")
def summary():
    """The :func:`graph_summary` function, as a fixture."""
    return graph_summary
