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
