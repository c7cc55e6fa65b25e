"""Which entities and relations an HTML view draws (newsgraph.render.select_view), on a small graph."""

from __future__ import annotations

import networkx as nx

from newsgraph.render import select_view


def _graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for n, t in (("a", "Vessel"), ("b", "Port"), ("c", "Country"), ("d", "Organization")):
        G.add_node(n, name=n.upper(), type=t)
    G.add_edge("a", "b", key="VISITED", predicate="VISITED", modality="denied", confidence=0.7, evidence=[])
    G.add_edge("b", "c", key="LOCATED_IN", predicate="LOCATED_IN", modality="asserted", confidence=0.8, evidence=[])
    return G


def test_a_modality_filter_draws_only_the_entities_of_those_claims():
    # a new-user trial: "--modality denied" drew every entity of the store around the one denied claim
    H, _ = select_view(_graph(), modalities=("denied",))
    assert set(H.nodes) == {"a", "b"} and [k for _, _, k in H.edges(keys=True)] == ["VISITED"]


def test_the_default_view_leaves_out_entities_nothing_in_view_links():
    # a new-user trial: 35 of 75 entities of a three-article view floated alone and unlabelled
    H, warnings = select_view(_graph())
    assert set(H.nodes) == {"b", "c"} and [k for _, _, k in H.edges(keys=True)] == ["LOCATED_IN"]
    assert warnings == ["2 entities with no relation in view left out (--isolated draws them)"]


def test_isolated_draws_every_entity_and_a_focus_is_always_drawn():
    H, _ = select_view(_graph(), isolated=True)
    assert set(H.nodes) == {"a", "b", "c", "d"} and [k for _, _, k in H.edges(keys=True)] == ["LOCATED_IN"]
    H, _ = select_view(_graph(), focus="d")
    assert set(H.nodes) == {"d"}
