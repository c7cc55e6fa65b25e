"""Influence, brokers, communities, ego networks and timelines; measures checked against networkx."""

from __future__ import annotations

import random

import networkx as nx
import numpy as np
import pytest

from newsgraph.exceptions import QueryError
from newsgraph.graph.model import Evidence
from newsgraph.queries.graphcache import compile_graph
from newsgraph.queries.influence import (
    brokers, centrality, communities, ego_network, edge_weights, influence, timeline,
)

NK, RU = "country/north-korea", "country/russia"


@pytest.mark.parametrize("metric", ["pagerank", "degree", "betweenness"])
def test_influence_seed_top3_has_russia_and_north_korea(seed_graph, metric):
    top = influence(seed_graph, metric, top=3)
    assert {NK, RU} <= {r["id"] for r in top}, top
    assert [r["rank"] for r in top] == [1, 2, 3]


def test_influence_default_is_pagerank_and_type_filter(seed_graph):
    assert influence(seed_graph, top=5) == influence(seed_graph, "pagerank", top=5)
    vessels = influence(seed_graph, entity_type="Vessel", top=None)
    assert {r["type"] for r in vessels} == {"Vessel"} and len(vessels) == 4
    with pytest.raises(QueryError, match="unknown metric"):
        influence(seed_graph, "closeness")
    with pytest.raises(QueryError):
        influence(seed_graph, top=0)


def _random_graph(seed: int, n: int = 50, m: int = 140, generic: bool = False) -> nx.MultiDiGraph:
    """Random graph; ``generic`` draws confidences from a continuum so weighted shortest paths have no ties
    (tied path lengths are compared exactly by networkx and with a tolerance by igraph)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    for i in range(n):
        G.add_node(f"n{i}", name=f"N{i}", type=rng.choice(["Country", "Vessel", "Port"]))
    for _ in range(m):
        u, v = rng.sample(range(n), 2)
        p = rng.choice(["VISITED", "SUPPLIED", "LEADS"])
        conf = rng.uniform(0.1, 1.0) if generic else rng.choice([0.3, 0.6, 0.9])
        mod = rng.choice(["asserted", "asserted", "reported", "denied"])
        ev = [Evidence("d", "s", 0, 1, confidence=conf, modality=mod) for _ in range(rng.randint(1, 3))]
        G.add_edge(f"n{u}", f"n{v}", key=p, predicate=p, confidence=conf, modality=mod, evidence=ev,
                   attributed_to=[])
    return G


def _projection(G: nx.MultiDiGraph) -> nx.Graph:
    """The undirected projection the docs promise: weights summed over non-denied relations."""
    w = edge_weights(compile_graph(G))
    H = nx.Graph()
    H.add_nodes_from(G)
    for i, (u, v, k, d) in enumerate(G.edges(keys=True, data=True)):
        if d["modality"] in ("denied", "negated") or u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += w[i]
        else:
            H.add_edge(u, v, weight=w[i])
    for u, v, d in H.edges(data=True):
        d["cost"] = 1.0 / d["weight"]
    return H


@pytest.mark.parametrize("seed", [1, 2])
def test_influence_measures_match_networkx(seed):
    G = _random_graph(seed)
    H = _projection(G)
    nodes = list(G)
    pr = centrality(G, "pagerank")
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    expect = _pagerank_python(H, weight="weight", tol=1e-12, max_iter=1000)
    assert np.allclose(pr, [expect[n] for n in nodes], atol=1e-6)
    Gw = _random_graph(seed, generic=True)
    Hw = _projection(Gw)
    bc = centrality(Gw, "betweenness")
    expect = nx.betweenness_centrality(Hw, weight="cost", normalized=True)
    assert np.allclose(bc, [expect[n] for n in Gw], atol=1e-9)
    bc = centrality(G, "betweenness", weighted=False)
    expect = nx.betweenness_centrality(H, normalized=True)
    assert np.allclose(bc, [expect[n] for n in nodes], atol=1e-9)
    deg = centrality(G, "degree")
    assert np.allclose(deg, [H.degree(n, weight="weight") for n in nodes])
    giant = H.subgraph(max(nx.connected_components(H), key=len))
    ev = nx.eigenvector_centrality(giant, weight="weight", max_iter=10000, tol=1e-12)
    top = max(ev.values())
    ours = centrality(G, "eigenvector")
    for n in giant:
        assert ours[nodes.index(n)] == pytest.approx(ev[n] / top, abs=1e-4)


def test_influence_sampled_betweenness_matches_networkx_estimator():
    G = _random_graph(3)
    H = _projection(G)
    full = centrality(G, "betweenness")
    approx = centrality(G, "betweenness", sample=len(G))  # all sources: exact
    assert np.allclose(full, approx)
    est = centrality(G, "betweenness", sample=25, seed=7)
    assert est.shape == full.shape and est.sum() > 0
    assert np.corrcoef(est, full)[0, 1] > 0.7


def test_influence_brokers_match_subset_betweenness(seed_graph):
    H = _projection(seed_graph)
    vessels = [n for n, d in seed_graph.nodes(data=True) if d["type"] == "Vessel"]
    countries = [n for n, d in seed_graph.nodes(data=True) if d["type"] == "Country"]
    expect = nx.betweenness_centrality_subset(H, vessels, countries, weight="cost")
    rows = brokers(seed_graph, "Vessel", "Country", top=None)
    assert rows, "ports lie between vessels and countries"
    for r in rows:
        assert r["score"] == pytest.approx(expect[r["id"]], abs=1e-6)
        assert r["type"] not in ("Vessel", "Country")
    assert rows[0]["type"] == "Port"
    with pytest.raises(QueryError):
        brokers(seed_graph, "Vessel", ["nobody/none"])


@pytest.mark.parametrize("method", ["louvain", "leiden"])
def test_influence_communities_separate_fleet_from_diplomacy(seed_graph, method):
    found = communities(seed_graph, method=method, min_size=2)
    where = {m: c.id for c in found for m in c.members}
    fleet = ["vessel/lady-r", "vessel/angara", "vessel/maia-1", "vessel/maria", "port/dunay", "port/vostochny"]
    assert len({where[n] for n in fleet}) == 1
    assert where["person/vladimir-putin"] == where["person/kim-jong-un"] != where["vessel/lady-r"]
    assert found == communities(seed_graph, method=method, min_size=2)  # seeded: reproducible
    assert [c.size for c in found] == sorted((c.size for c in found), reverse=True)
    with pytest.raises(QueryError):
        communities(seed_graph, method="girvan-newman")


def test_influence_ego_network(seed_graph):
    H = ego_network(seed_graph, "port/rajin", 1)
    assert set(H) == {"port/rajin", NK, "vessel/lady-r", "vessel/angara", "vessel/maia-1", "vessel/maria"}
    assert H.number_of_edges() == 5
    assert set(ego_network(seed_graph, "port/rajin", 1, relation_types=["VISITED"])) == set(H) - {NK}
    assert len(ego_network(seed_graph, "port/rajin", 2)) > len(H)
    assert set(ego_network(seed_graph, "port/rajin", 1, directed=True)) == {"port/rajin", NK}
    with pytest.raises(QueryError):
        ego_network(seed_graph, "port/nowhere")


def test_influence_timeline_orders_by_date(seed_graph):
    G = seed_graph.copy()
    G.add_node("country/x", name="X", type="Country")
    G.add_edge("country/x", RU, key="SUPPLIED", predicate="SUPPLIED", confidence=0.7, modality="asserted",
               evidence=[Evidence("later-doc", "X supplied Russia.", 0, 10, confidence=0.7)], attributed_to=[],
               qualifiers={})
    G.add_edge(RU, "country/x", key="SANCTIONED", predicate="SANCTIONED", confidence=0.7, modality="asserted",
               evidence=[Evidence("later-doc", "Russia sanctioned X.", 0, 10, confidence=0.7)], attributed_to=[],
               qualifiers={"date": "2019-05-01"})
    rows = timeline(G, RU, published={"seed-article": "2024-02-01", "later-doc": "2025-06-30"})
    dates = [r["date"] for r in rows]
    assert dates[0] == "2019-05-01" and rows[0]["date_source"] == "qualifier"
    assert dates[-1] == "2025-06-30" and rows[-1]["other"] == "X"
    assert dates == sorted(dates)
    assert len(rows) == G.degree(RU)
    undated = timeline(G, RU)
    assert all(r["date"] in (None, "2019-05-01") for r in undated) and undated[0]["date"] == "2019-05-01"


def test_influence_timeline_from_compiled_graph_equals_networkx(seed_store):
    """The CLI's timeline reads only the entity's relations from the compiled cache; same rows as networkx."""
    from newsgraph.graph.store import Store
    from newsgraph.queries.graphcache import load_compiled, load_graph

    with Store.open(seed_store, read_only=True) as store:
        G = load_graph(store, use_cache=False)
        cg = load_compiled(store)
        published = {d.id: d.published for d in store.documents()}
    assert cg.edge_blobs is not None
    for node in ("country/russia", "vessel/lady-r"):
        want = timeline(G, node, published=published)
        assert want and timeline(cg, node, published=published) == want
    with pytest.raises(QueryError, match="not in the graph"):
        timeline(cg, "port/nowhere")


def test_influence_ego_network_from_compiled_graph_equals_networkx(seed_store):
    from newsgraph.graph.store import Store
    from newsgraph.queries.graphcache import load_compiled, load_graph

    with Store.open(seed_store, read_only=True) as store:
        G = load_graph(store, use_cache=False)
        cg = load_compiled(store)
    for kwargs in ({}, {"directed": True}, {"relation_types": ["VISITED"]}, {"modalities": ["reported"]}):
        want = ego_network(G, "vessel/lady-r", 2, **kwargs)
        got = ego_network(cg, "vessel/lady-r", 2, **kwargs)
        assert set(got) == set(want) and (len(want) > 1 or kwargs)
        assert sorted(got.edges(keys=True)) == sorted(want.edges(keys=True))
        assert all(got.edges[e]["evidence"] == want.edges[e]["evidence"] for e in want.edges(keys=True))
        assert {n: got.nodes[n]["name"] for n in got} == {n: want.nodes[n]["name"] for n in want}
    # same scores for every entity (the order of tied entities is not part of the contract)
    got = {r["id"]: r["score"] for r in influence(ego_network(cg, "vessel/lady-r", 1), "pagerank", top=100)}
    want = {r["id"]: r["score"] for r in influence(ego_network(G, "vessel/lady-r", 1), "pagerank", top=100)}
    assert got.keys() == want.keys() and len(want) > 2
    assert all(got[k] == pytest.approx(want[k], abs=1e-4) for k in want)
