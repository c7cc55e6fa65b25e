"""The graph cache: built once per store version, rebuilt when the store changes."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from newsgraph.graph.store import Store
from newsgraph.queries.graphcache import CACHE_PREFIX, cache_path, compile_graph, load_compiled, load_graph
from newsgraph.queries.influence import influence
from newsgraph.queries.paths import shortest_path

from goldgraphs import gold_document_graph


class CountingStore(Store):
    """The real store, counting how often the graph is built from its quads."""

    builds = 0

    def to_networkx(self):
        type(self).builds += 1
        return super().to_networkx()


def test_graphcache_reuses_graph_until_store_changes(seed_store: Path, corpus: Path):
    CountingStore.builds = 0
    with CountingStore.open(seed_store) as store:
        G1 = load_graph(store)
        first = cache_path(store)
        assert first is not None and first.is_file() and first.parent == seed_store
        G2 = load_graph(store)
        assert CountingStore.builds == 1
        assert nx.utils.graphs_equal(G1, G2) and G2 is not G1
        assert compile_graph(G2).n_edges == G2.number_of_edges()
        store.upsert(gold_document_graph(corpus / "dev" / "01-st-nikolas-iran-navy-seizure.gold.json"))
        G3 = load_graph(store)
        assert CountingStore.builds == 2
        assert G3.number_of_nodes() > G1.number_of_nodes()
        assert not first.exists(), "the stale version's cache is removed"
        assert sorted(p.name for p in seed_store.glob(CACHE_PREFIX + "*")) == sorted(
            [cache_path(store, kind="compiled").name, cache_path(store).name])


def test_graphcache_corrupt_cache_is_rebuilt(seed_store: Path):
    CountingStore.builds = 0
    with CountingStore.open(seed_store) as store:
        path = cache_path(store)
        path.write_bytes(b"not a pickle")
        G = load_graph(store)
        assert CountingStore.builds == 1 and G.number_of_nodes() > 0
        G_again = load_graph(store, use_cache=False)
        assert CountingStore.builds == 2 and nx.utils.graphs_equal(G, G_again)


def test_graphcache_explicit_cache_dir(seed_store: Path, tmp_path: Path):
    with Store.open(seed_store, read_only=True) as store:
        load_graph(store, cache_dir=tmp_path / "cache")
        assert len(list((tmp_path / "cache").glob(CACHE_PREFIX + "*.pickle"))) == 2


def test_graphcache_compiled_answers_like_the_graph(seed_store: Path):
    """load_compiled: the same answers as the networkx graph, from the light cache, without building."""
    with CountingStore.open(seed_store) as store:
        G = load_graph(store)
        CountingStore.builds = 0
        cg = load_compiled(store)
        assert CountingStore.builds == 0
        assert cg.edge_blobs is not None and len(cg.edge_blobs) == G.number_of_edges()
        assert cg.memo("documents", dict)["seed-article"]["url"] == "https://example.org/seed-article"
        a, b = "vessel/lady-r", "person/kim-jong-un"
        assert shortest_path(cg, a, b).to_dict() == shortest_path(G, a, b).to_dict()
        assert influence(cg, top=5) == influence(G, top=5)
