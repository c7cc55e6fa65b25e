"""The timeline shows a sentence that carries the relation's own modality (new-user trial, 2026-11-30)."""

from __future__ import annotations

import networkx as nx

from newsgraph.queries.influence import timeline


def test_timeline_sentence_matches_the_rows_modality():
    G = nx.MultiDiGraph()
    G.add_node("vessel/a", name="Alpha")
    G.add_node("other/oil", name="oil")
    G.add_edge("vessel/a", "other/oil", key="TRANSPORTED", predicate="TRANSPORTED", modality="asserted",
               confidence=0.7, evidence=[
                   {"document": "d", "sentence": "X reported that shipments stopped.", "modality": "reported",
                    "confidence": 0.4, "attributed_to": ["X"]},
                   {"document": "d", "sentence": "The Alpha carried oil.", "modality": "asserted",
                    "confidence": 0.7, "attributed_to": []}])
    rows = timeline(G, "vessel/a")
    assert rows[0]["modality"] == "asserted" and rows[0]["sentence"] == "The Alpha carried oil."
    # each claim is a row of its own, with its own sentence (new-user trial, 2026-12-02: a speculated claim
    # beside a reported one was hidden, and `--modality speculated` found nothing)
    assert [(r["modality"], r["sentence"]) for r in rows] == [
        ("asserted", "The Alpha carried oil."), ("reported", "X reported that shipments stopped.")]
    assert [r["modality"] for r in timeline(G, "vessel/a", modalities=["reported"])] == ["reported"]


def test_a_denied_relation_shows_only_as_denied():
    G = nx.MultiDiGraph()
    G.add_node("vessel/a", name="Alpha")
    G.add_node("port/p", name="Porto")
    G.add_edge("vessel/a", "port/p", key="VISITED", predicate="VISITED", modality="denied", confidence=0.5,
               evidence=[{"document": "d", "sentence": "X said the Alpha called at Porto.", "modality": "reported",
                          "confidence": 0.5, "attributed_to": ["X"]},
                         {"document": "d", "sentence": "The Alpha never called at Porto.", "modality": "negated",
                          "confidence": 0.6, "attributed_to": []}])
    assert timeline(G, "vessel/a") == []
    assert {r["modality"] for r in timeline(G, "vessel/a", modalities=["denied", "negated"])} == {"denied", "negated"}
