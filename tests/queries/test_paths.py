"""Path queries on the seed article's gold graph and on random graphs checked against networkx."""

from __future__ import annotations

import itertools
import random

import networkx as nx
import pytest

from newsgraph.exceptions import NoPath, QueryError
from newsgraph.graph.model import Evidence
from newsgraph.queries.paths import all_paths, edge_cost, find_paths, k_shortest_paths, shortest_path
from newsgraph.queries.graphcache import compile_graph

from goldgraphs import hop_sequence

LADY_R, KIM, PUTIN = "vessel/lady-r", "person/kim-jong-un", "person/vladimir-putin"
NK, RU, RAJIN = "country/north-korea", "country/russia", "port/rajin"


@pytest.mark.parametrize("source,target,expected", [
    (LADY_R, KIM, [(LADY_R, "VISITED", "->", RAJIN), (RAJIN, "LOCATED_IN", "->", NK), (NK, "LEADS", "<-", KIM)]),
])
def test_paths_shortest_explains_each_hop(seed_graph, source, target, expected):
    p = shortest_path(seed_graph, source, target)
    assert hop_sequence(p) == expected
    assert p.names == ["Lady R", "Rajin", "North Korea", "Kim Jong Un"]
    for hop in p.hops:
        assert hop.evidence and hop.evidence[0]["document"] == "seed-article"
        assert hop.evidence[0]["sentence"]
    assert p.hops[2].describe() == "North Korea <-[LEADS]- Kim Jong Un"
    assert p.to_dict()["length"] == 3


def test_paths_parallel_relations_listed_as_also(seed_graph):
    p = shortest_path(seed_graph, NK, RU)
    assert len(p) == 1
    rels = {f"{p.hops[0].predicate} {p.hops[0].direction}", *p.hops[0].also}
    assert rels == {"SHIPPED_TO ->", "AGREEMENT_WITH ->", "SUPPLIED <-"}


def test_paths_avoid_routes_around_hub(seed_graph):
    p = shortest_path(seed_graph, LADY_R, KIM, avoid=[NK])
    assert NK not in p.nodes
    assert p.nodes[-2] == PUTIN and len(p) == 4


@pytest.mark.parametrize("options", [{"directed": True}, {"relation_types": ["VISITED"]}, {"max_hops": 2},
                                     {"entity_types": ["Vessel"]}])
def test_paths_filters_can_leave_no_path(seed_graph, options):
    with pytest.raises(NoPath, match="no path between 'Lady R' and 'Kim Jong Un'"):
        shortest_path(seed_graph, LADY_R, KIM, **options)


def test_paths_directed_follows_relation_direction(seed_graph):
    p = shortest_path(seed_graph, KIM, RAJIN, directed=False)
    assert any(h.direction == "<-" for h in p.hops)
    p = shortest_path(seed_graph, LADY_R, NK, directed=True)
    assert all(h.direction == "->" for h in p.hops)


def test_paths_modality_filter_and_denied_relations_not_followed():
    G = nx.MultiDiGraph()
    for n in "abc":
        G.add_node(n, name=n.upper(), type="Country")
    def rel(u, v, modality):
        G.add_edge(u, v, key="SUPPLIED", predicate="SUPPLIED", confidence=0.8, modality=modality,
                   evidence=[Evidence("d", "s", 0, 1, confidence=0.8, modality=modality)], attributed_to=[])
    rel("a", "b", "alleged")
    rel("b", "c", "asserted")
    rel("a", "c", "denied")
    assert shortest_path(G, "a", "c").nodes == ["a", "b", "c"]  # the denied direct link is not a fact
    assert shortest_path(G, "a", "c", modalities=["denied"]).nodes == ["a", "c"]
    with pytest.raises(NoPath):
        shortest_path(G, "a", "c", modalities=["asserted"])
    with pytest.raises(QueryError, match="unknown modality"):
        shortest_path(G, "a", "c", modalities=["rumoured"])


@pytest.mark.parametrize("bad,kwargs,match", [
    ("nowhere", {}, "not in the graph"),
    (KIM, {"avoid": [KIM]}, "cannot avoid"),
])
def test_paths_bad_input_raises_query_error(seed_graph, bad, kwargs, match):
    with pytest.raises(QueryError, match=match):
        shortest_path(seed_graph, LADY_R, bad, **kwargs)


def test_paths_same_ends_error_names_the_entity_not_its_id(seed_graph):
    with pytest.raises(QueryError, match="'Lady R' is both ends of the path") as err:
        shortest_path(seed_graph, LADY_R, LADY_R)
    assert LADY_R not in str(err.value)


def test_paths_k_shortest_are_distinct_and_ordered(seed_graph):
    paths = k_shortest_paths(seed_graph, LADY_R, KIM, k=5)
    assert len(paths) == 5
    lengths = [len(p) for p in paths]
    assert lengths == sorted(lengths) and lengths[0] == 3
    assert len({tuple(p.nodes) for p in paths}) == 5
    with pytest.raises(QueryError):
        k_shortest_paths(seed_graph, LADY_R, KIM, k=0)


def _random_graph(seed: int, n: int = 40, m: int = 90) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    types = ["Country", "Vessel", "Port", "Person"]
    for i in range(n):
        G.add_node(f"n{i}", name=f"N{i}", type=rng.choice(types))
    preds = ["VISITED", "SUPPLIED", "LEADS", "REPORTED"]
    for _ in range(m):
        u, v = rng.sample(range(n), 2)
        p = rng.choice(preds)
        conf = rng.choice([0.3, 0.6, 0.9])
        ev = [Evidence("d", "s", 0, 1, confidence=conf) for _ in range(rng.randint(1, 3))]
        G.add_edge(f"n{u}", f"n{v}", key=p, predicate=p, confidence=conf, modality="asserted", evidence=ev,
                   attributed_to=[])
    return G


def _projection(G: nx.MultiDiGraph, directed: bool) -> nx.Graph:
    cg = compile_graph(G)
    cost = edge_cost(cg)
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(G)
    for i, (u, v, k) in enumerate(G.edges(keys=True)):
        if H.has_edge(u, v):
            H[u][v]["cost"] = min(H[u][v]["cost"], cost[i])
        else:
            H.add_edge(u, v, cost=cost[i])
    return H


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("directed", [False, True])
def test_paths_match_networkx_on_random_graphs(seed, directed):
    G = _random_graph(seed)
    H = _projection(G, directed)
    for s, t in itertools.islice(itertools.permutations(sorted(G)[:12], 2), 60):
        try:
            expect_hops = nx.shortest_path_length(H, s, t)
            expect_cost = nx.dijkstra_path_length(H, s, t, weight="cost")
        except nx.NetworkXNoPath:
            with pytest.raises(NoPath):
                shortest_path(G, s, t, directed=directed)
            continue
        assert len(shortest_path(G, s, t, directed=directed)) == expect_hops
        assert shortest_path(G, s, t, directed=directed, weighted=True).cost == pytest.approx(expect_cost)


@pytest.mark.parametrize("seed", [4, 5])
def test_paths_all_simple_and_k_shortest_match_networkx(seed):
    G = _random_graph(seed, n=25, m=50)
    H = _projection(G, directed=False)
    s, t = "n0", "n1"
    if not nx.has_path(H, s, t):
        pytest.skip("random graph left the two apart")
    expect = {tuple(p) for p in nx.all_simple_paths(H, s, t, cutoff=4)}
    got = list(all_paths(G, s, t, max_hops=4, limit=None))
    assert {tuple(p.nodes) for p in got} == expect
    assert [len(p) for p in got] == sorted(len(p) for p in got)
    yen = list(itertools.islice(nx.shortest_simple_paths(H, s, t), 6))
    ours = k_shortest_paths(G, s, t, k=6)
    assert [len(p) for p in ours] == [len(p) - 1 for p in yen]
    assert find_paths(G, s, t, k=1)[0].nodes == shortest_path(G, s, t).nodes


def test_paths_weighted_prefers_well_sourced_route():
    G = nx.MultiDiGraph()
    for n in "abcd":
        G.add_node(n, name=n.upper(), type="Country")
    def rel(u, v, n_ev, conf):
        G.add_edge(u, v, key="SUPPLIED", predicate="SUPPLIED", confidence=conf, modality="asserted",
                   evidence=[Evidence("d", "s", 0, 1, confidence=conf) for _ in range(n_ev)], attributed_to=[])
    rel("a", "d", 1, 0.2)           # one weak mention: cost 5
    rel("a", "b", 4, 0.9)           # well sourced: cost 1/3.6
    rel("b", "d", 4, 0.9)
    assert shortest_path(G, "a", "d").nodes == ["a", "d"]
    p = shortest_path(G, "a", "d", weighted=True)
    assert p.nodes == ["a", "b", "d"] and p.cost == pytest.approx(2 / 3.6)


def test_no_path_without_filters_says_the_two_are_not_connected():
    G = nx.MultiDiGraph()
    G.add_nodes_from([("x", {"name": "X", "type": "Country"}), ("y", {"name": "Y", "type": "Country"}),
                      ("z", {"name": "Z", "type": "Country"})])
    G.add_edge("x", "z", key="SUPPLIED", predicate="SUPPLIED", confidence=1.0, modality="asserted", evidence=[],
               attributed_to=[])
    with pytest.raises(NoPath, match="not connected") as err:
        shortest_path(G, "x", "y")
    assert "filters" not in str(err.value)
    with pytest.raises(NoPath, match="with the given filters"):
        shortest_path(G, "x", "z", relation_types=["VISITED"])


def test_all_paths_keeps_the_shortest_when_the_enumeration_is_capped(monkeypatch):
    # a break-it trial: with a large --max-hops the capped depth-first search met long paths first and the
    # direct relation was left out
    import newsgraph.queries.paths as paths_mod
    G = nx.MultiDiGraph()
    names = ["s"] + [f"m{i}" for i in range(6)] + ["t"]  # t last: a depth-first search meets it late
    G.add_nodes_from((n, {"name": n.upper(), "type": "Country"}) for n in names)

    def edge(u, v):
        G.add_edge(u, v, key="SUPPLIED", predicate="SUPPLIED", confidence=1.0, modality="asserted", evidence=[],
                   attributed_to=[])
    for i in range(6):  # a dense middle: many long paths from s to t
        edge("s", f"m{i}")
        edge(f"m{i}", "t")
        for j in range(i + 1, 6):
            edge(f"m{i}", f"m{j}")
    edge("s", "t")
    monkeypatch.setattr(paths_mod, "MAX_ENUMERATED", 5)
    got = list(all_paths(G, "s", "t", max_hops=6, limit=5))
    assert len(got[0].hops) == 1 and [len(p.hops) for p in got] == sorted(len(p.hops) for p in got)
