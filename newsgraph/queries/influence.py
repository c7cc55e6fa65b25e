"""Influence queries: who matters in the graph, who brokers between groups, who clusters together.

Every measure runs on the compiled graph
(:func:`~newsgraph.queries.graphcache.compile_graph`) in igraph, with the
same definitions and normalisations as the networkx functions named in each
docstring (the tests compare the two on small graphs).

Defaults, and why
-----------------
- **Undirected.** A relation's direction in this graph is grammatical, not a
  flow of influence: ``REPORTED`` points from the source to the subject,
  ``LOCATED_IN`` from a port to its country, ``LEADS`` from a leader to the
  state. Directed PageRank would pour rank into whatever sits at the object
  end of many such relations and leave subjects with almost none. Being
  involved in many relations, with well-connected partners, is what an
  analyst means by "central", so the default measures run on the undirected
  projection (``directed=True`` is there for flows such as ``SHIPPED_TO``).
- **Weighted by evidence.** Each relation weighs the summed confidence of its
  factual evidence (:func:`edge_weights`): a link stated in five sentences
  counts more than one hedged mention; denied or negated claims weigh
  nothing. Parallel relations between two entities add up.
- **PageRank** (Page et al. 1999) is the default metric: it rewards being
  tied to entities that are themselves central (a country tied to ports,
  leaders and other central countries), not only the number of ties, and it
  is well defined on disconnected graphs, which news graphs always are
  (eigenvector centrality is not). Betweenness (Brandes 2001) answers a
  different question, who lies on the routes between others, and is offered
  as ``metric="betweenness"`` and by :func:`brokers`.

Example
-------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n in "abcd":
...     G.add_node(n, name=n.upper(), type="Country")
>>> for u, v in [("a", "b"), ("a", "c"), ("a", "d")]:
...     _ = G.add_edge(u, v, key="SUPPLIED", predicate="SUPPLIED", confidence=1.0, modality="asserted",
...                    evidence=[], attributed_to=[])
>>> [row["name"] for row in influence(G, top=1)]
['A']
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import networkx as nx
import numpy as np

from ..exceptions import QueryError
from ..graph.model import MODALITIES
from .graphcache import CompiledGraph, compile_graph
from .paths import DEFAULT_MODALITIES, EdgeFilter, _evidence_rows, _subgraph, edge_mask

__all__ = [
    "METRICS", "edge_weights", "centrality", "influence", "brokers", "group_vertices",
    "Community", "communities", "ego_network", "timeline",
]

METRICS = ("pagerank", "betweenness", "eigenvector", "degree")
"""Influence measures :func:`centrality` computes."""


def _graph(G: Any) -> tuple[Any, CompiledGraph]:
    if isinstance(G, CompiledGraph):
        return None, G
    return G, compile_graph(G)


def _name(G: Any, node: str, cg: CompiledGraph | None = None) -> str:
    if G is not None:
        return str(G.nodes[node].get("name") or node)
    return cg.name(node) if cg is not None else node


def _type(G: Any, cg: CompiledGraph, v: int) -> str:
    return cg.types[cg.node_type[v]]


def edge_weights(cg: CompiledGraph, mask: np.ndarray | None = None) -> np.ndarray:
    """Evidence weight of each relation: summed confidence of its factual evidence.

    Parameters
    ----------
    cg : CompiledGraph
    mask : numpy.ndarray of bool, optional
        Relations outside the mask weigh 0.

    Returns
    -------
    numpy.ndarray of float64, shape (n_edges,)
        ``sum(e.confidence for e in evidence if e.modality not in {denied, negated})``;
        e.g. 2.7 for a relation stated three times with confidence 0.9.
    """
    w = cg.support.copy()
    if mask is not None:
        w[~mask] = 0.0
    return w


def _filtered(cg: CompiledGraph, flt: EdgeFilter, weighted: bool):
    """(igraph graph restricted to the filter, evidence weights as a list or None); memoised per graph."""
    def build():
        mask = edge_mask(cg, flt).copy()
        w = edge_weights(cg, mask)
        if weighted:
            mask &= w > 0
        if mask.all():
            g, eids = cg.ig, None
        else:
            eids = np.flatnonzero(mask)
            g = cg.ig.subgraph_edges(eids.tolist(), delete_vertices=False)
        weights = (w if eids is None else w[eids]).tolist() if weighted else None
        return g, weights
    return cg.memo(("filtered", flt, weighted), build)


def _projection(g: Any, w: list[float] | None, directed: bool):
    """Simple graph with parallel relations merged (weights summed) and routing costs 1/weight.

    Shortest-path measures count routes through entities, not through
    parallel relations: three relations between two countries are one, stronger,
    connection. Returns ``(graph, costs or None)``.
    """
    h = g.copy()
    h.es["weight"] = w if w is not None else [1.0] * h.ecount()
    if directed:
        h.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
    else:
        h = h.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
        h.simplify(multiple=False, loops=True, combine_edges={"weight": "sum"})
    if w is None:
        return h, None
    return h, [1.0 / x if x > 0 else 1e6 for x in h.es["weight"]]


def _projected(cg: CompiledGraph, flt: EdgeFilter, weighted: bool, directed: bool):
    """:func:`_projection` of the filtered graph, memoised per graph (and cached on disk for the default)."""
    def build():
        g, w = _filtered(cg, flt, weighted)
        return _projection(g, w, directed)
    return cg.memo(("projection", flt, weighted, directed), build)


def centrality(G: nx.MultiDiGraph | CompiledGraph, metric: str = "pagerank", *, directed: bool = False,
               weighted: bool = True, normalized: bool = True, damping: float = 0.85,
               sample: int | None = None, seed: int | None = 0,
               relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None) -> np.ndarray:
    """A centrality score for every entity.

    Parameters
    ----------
    G : networkx.MultiDiGraph or CompiledGraph
    metric : {"pagerank", "betweenness", "eigenvector", "degree"}
    directed : bool
        Follow relation direction (default False; see the module notes).
    weighted : bool
        Weigh relations by :func:`edge_weights` (PageRank, eigenvector,
        degree = weighted degree, "strength") or route by their inverse
        (betweenness: :func:`~newsgraph.queries.paths.edge_cost`).
    normalized : bool
        Betweenness divided by the number of pairs, as networkx does.
    damping : float
        PageRank damping factor (0.85 as in [1]_).
    sample : int, optional
        Betweenness from this many random source entities, scaled by
        ``n / sample`` (the estimator of Brandes & Pich [3]_, networkx's ``k``).
    seed : int or None
        Random seed for ``sample``.
    relation_types, modalities : iterable of str, optional
        Only these relations (modalities default to all but denied/negated).

    Returns
    -------
    numpy.ndarray of float64, shape (n_entities,)
        In vertex order (:attr:`CompiledGraph.nodes`). PageRank sums to 1;
        eigenvector scores are scaled to a maximum of 1.

    Raises
    ------
    QueryError
        On an unknown metric.

    Notes
    -----
    Equal, up to solver tolerance, to ``nx.pagerank``,
    ``nx.betweenness_centrality``, ``nx.eigenvector_centrality`` (rescaled to
    max 1) and weighted ``G.degree`` on the undirected projection
    (``nx.Graph``) with parallel relations' weights summed and, for
    betweenness, distance = 1 / weight (Newman 2001). ``degree`` unweighted
    counts relations, parallel ones included.

    References
    ----------
    .. [1] L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation
       ranking: Bringing order to the Web", Stanford InfoLab Technical Report
       1999-66 (1999).
    .. [2] U. Brandes, "A faster algorithm for betweenness centrality",
       Journal of Mathematical Sociology 25(2) (2001) 163-177.
    .. [3] U. Brandes, C. Pich, "Centrality estimation in large networks",
       International Journal of Bifurcation and Chaos 17(7) (2007) 2303-2318.
    .. [4] P. Bonacich, "Power and centrality: A family of measures",
       American Journal of Sociology 92(5) (1987) 1170-1182.
    """
    if metric not in METRICS:
        raise QueryError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")
    _, cg = _graph(G)
    n = cg.n_nodes
    if n == 0:
        return np.zeros(0)
    flt = EdgeFilter.make(relation_types, modalities)
    g, w = _filtered(cg, flt, weighted)
    mode = "out" if directed else "all"
    if metric == "pagerank":
        return np.asarray(g.pagerank(directed=directed, damping=damping, weights=w), dtype=float)
    if metric == "degree":
        if weighted:
            return np.asarray(g.strength(mode=mode, weights=w, loops=True), dtype=float)
        return np.asarray(g.degree(mode=mode), dtype=float)
    if metric == "eigenvector":
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            if directed:
                vals = g.eigenvector_centrality(directed=True, scale=True, weights=w)
            else:
                vals = g.as_undirected(mode="each").eigenvector_centrality(scale=True, weights=w)
        return np.asarray(vals, dtype=float)
    # betweenness
    sources = None
    if sample is not None and 0 < sample < n:
        rng = random.Random(seed)
        sources = sorted(rng.sample(range(n), sample))
    pg, pcost = _projected(cg, flt, weighted, directed)
    vals = np.asarray(pg.betweenness(directed=directed, weights=pcost, sources=sources), dtype=float)
    if sources is not None:
        vals *= n / len(sources)
    if normalized and n > 2:
        vals *= (1.0 if directed else 2.0) / ((n - 1) * (n - 2))
    return vals


def influence(G: nx.MultiDiGraph | CompiledGraph, metric: str = "pagerank", *,
              entity_type: str | Iterable[str] | None = None, top: int | None = 10, directed: bool = False,
              weighted: bool = True, sample: int | None = None, seed: int | None = 0,
              relation_types: Iterable[str] | None = None,
              modalities: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The most influential entities by ``metric``, best first.

    Parameters
    ----------
    G : networkx.MultiDiGraph or CompiledGraph
    metric : {"pagerank", "betweenness", "eigenvector", "degree"}
        Default PageRank on the undirected, evidence-weighted graph (see the
        module notes for why).
    entity_type : str or iterable of str, optional
        Rank only entities of these types (scores are still computed on the
        whole graph).
    top : int or None
        How many rows (None: all).
    other parameters
        As :func:`centrality`.

    Returns
    -------
    list of dict
        ``{"rank", "id", "name", "type", "score", "relations"}``; ``relations``
        counts the relations touching the entity among those of the
        relation types and modalities asked for; an entity with none is left
        out (empty when no relation matches). Ties are broken by name.

    Raises
    ------
    QueryError
        On an unknown metric or a ``top`` below 1.
    """
    if top is not None and top < 1:
        raise QueryError(f"--top must be at least 1, got {top}")
    G, cg = _graph(G)
    scores = centrality(cg, metric, directed=directed, weighted=weighted, sample=sample, seed=seed,
                        relation_types=relation_types, modalities=modalities)
    idx = np.arange(cg.n_nodes)
    if entity_type is not None:
        types = [entity_type] if isinstance(entity_type, str) else list(entity_type)
        idx = idx[np.isin(cg.node_type[idx], cg.type_codes(types))]
    # the relations in view (of the relation types and modalities asked for): an entity with none is not
    # ranked, and a filter that matches no relation ranks nothing
    mask = edge_mask(cg, EdgeFilter.make(relation_types, modalities)) if cg.n_edges else np.zeros(0, bool)
    deg = np.bincount(np.concatenate([cg.src[mask], cg.dst[mask]]), minlength=cg.n_nodes) if mask.any() \
        else np.zeros(cg.n_nodes, int)
    idx = idx[deg[idx] > 0]
    names = [_name(G, cg.nodes[i], cg) for i in idx]
    order = sorted(range(len(idx)), key=lambda j: (-scores[idx[j]], names[j].casefold()))
    if top is not None:
        order = order[:top]
    rows = []
    for rank, j in enumerate(order, 1):
        v = int(idx[j])
        rows.append({"rank": rank, "id": cg.nodes[v], "name": names[j], "type": _type(G, cg, v),
                     "score": round(float(scores[v]), 6), "relations": int(deg[v])})
    return rows


def group_vertices(G: nx.MultiDiGraph | CompiledGraph, spec: str | Iterable[str]) -> list[int]:
    """Vertices of a group: an entity type name, or an iterable of entity ids.

    Raises
    ------
    QueryError
        When the group is empty or names an unknown id.
    """
    _, cg = _graph(G)
    if isinstance(spec, str):
        from ..ontology import load_ontology

        if spec in cg.types:
            out = np.flatnonzero(cg.node_type == cg.types.index(spec)).tolist()
        elif spec in load_ontology().evaluation_types:
            raise QueryError(f"no entity of type {spec} in view (group {spec!r} is empty)")
        else:
            out = [cg.vertex(spec)]
    else:
        out = [cg.vertex(s) for s in spec]
    if not out:
        raise QueryError(f"group {spec!r} has no entities")
    return out


def brokers(G: nx.MultiDiGraph | CompiledGraph, group_a: str | Iterable[str], group_b: str | Iterable[str], *,
            top: int | None = 10, directed: bool = False, weighted: bool = True,
            include_members: bool = False, relation_types: Iterable[str] | None = None,
            modalities: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Entities that lie on the shortest routes between two groups.

    Parameters
    ----------
    group_a, group_b : str or iterable of str
        An entity type (``"Country"``) or entity ids.
    include_members : bool
        Also rank members of the two groups (default: only outsiders, the
        intermediaries an analyst looks for).
    other parameters
        As :func:`influence`.

    Returns
    -------
    list of dict
        ``{"rank", "id", "name", "type", "score"}`` with score > 0, best
        first; the score is the number of shortest A-B routes through the
        entity, each route's share split among equally short alternatives.

    Notes
    -----
    Subset ("group") betweenness: shortest-path dependency accumulated only
    over sources in A and targets in B [1]_, igraph's ``betweenness(sources,
    targets)``; equal to ``nx.betweenness_centrality_subset(G, A, B)``
    (unnormalised) on the undirected projection.

    References
    ----------
    .. [1] U. Brandes, "On variants of shortest-path betweenness centrality and
       their generic computation", Social Networks 30(2) (2008) 136-145.
    """
    G, cg = _graph(G)
    a, b = group_vertices(cg, group_a), group_vertices(cg, group_b)
    flt = EdgeFilter.make(relation_types, modalities)
    pg, pcost = _projected(cg, flt, weighted, directed)
    vals = np.asarray(pg.betweenness(directed=directed, weights=pcost, sources=a, targets=b), dtype=float)
    members = set(a) | set(b)
    cand = [v for v in range(cg.n_nodes) if vals[v] > 1e-12 and (include_members or v not in members)]
    cand.sort(key=lambda v: (-vals[v], _name(G, cg.nodes[v], cg).casefold()))
    if top is not None:
        cand = cand[:top]
    return [{"rank": i, "id": cg.nodes[v], "name": _name(G, cg.nodes[v], cg), "type": _type(G, cg, v),
             "score": round(float(vals[v]), 6)} for i, v in enumerate(cand, 1)]


@dataclass
class Community:
    """One community of entities.

    Attributes
    ----------
    id : int
        0 for the largest community, 1 for the next, ...
    members : list of str
        Entity ids, most connected (weighted degree) first.
    names : list of str
    types : dict of str to int
        How many members of each entity type.
    """

    id: int
    members: list[str]
    names: list[str]
    types: dict[str, int] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Number of members."""
        return len(self.members)


def communities(G: nx.MultiDiGraph | CompiledGraph, *, method: str = "louvain", weighted: bool = True,
                resolution: float = 1.0, seed: int | None = 0, min_size: int = 1,
                relation_types: Iterable[str] | None = None,
                modalities: Iterable[str] | None = None) -> list[Community]:
    """Groups of entities more tied to each other than to the rest (modularity communities).

    Parameters
    ----------
    method : {"louvain", "leiden"}
        Louvain [1]_ (igraph ``community_multilevel``, as
        ``nx.community.louvain_communities``) or Leiden [2]_ (igraph
        ``community_leiden`` with the modularity objective), which also
        guarantees connected communities.
    weighted : bool
        Weigh relations by :func:`edge_weights`.
    resolution : float
        Modularity resolution: above 1 gives more, smaller communities.
    seed : int or None
        Seed for igraph's random number generator, for reproducible output.
    min_size : int
        Leave out communities smaller than this (isolated entities).

    Returns
    -------
    list of Community
        Largest first.

    Raises
    ------
    QueryError
        On an unknown method.

    References
    ----------
    .. [1] V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast
       unfolding of communities in large networks", J. Stat. Mech. (2008) P10008.
    .. [2] V. A. Traag, L. Waltman, N. J. van Eck, "From Louvain to Leiden:
       guaranteeing well-connected communities", Scientific Reports 9 (2019) 5233.
    """
    import igraph

    if method not in ("louvain", "leiden"):
        raise QueryError(f"unknown community method {method!r}; choose louvain or leiden")
    G, cg = _graph(G)
    if cg.n_nodes == 0:
        return []
    flt = EdgeFilter.make(relation_types, modalities)
    u, _ = _projected(cg, flt, weighted, False)
    if seed is not None:
        igraph.set_random_number_generator(random.Random(seed))
    try:
        if method == "louvain":
            parts = u.community_multilevel(weights="weight", resolution=resolution)
        else:
            parts = u.community_leiden(objective_function="modularity", weights="weight",
                                       resolution=resolution, n_iterations=-1)
    finally:
        if seed is not None:
            igraph.set_random_number_generator(random)
    strength = u.strength(weights="weight")
    groups = [sorted(p, key=lambda v: (-strength[v], cg.nodes[v])) for p in parts if len(p) >= min_size]
    groups.sort(key=lambda p: (-len(p), cg.nodes[p[0]]))
    out = []
    for i, p in enumerate(groups):
        types: dict[str, int] = defaultdict(int)
        for v in p:
            types[_type(G, cg, v)] += 1
        out.append(Community(id=i, members=[cg.nodes[v] for v in p],
                             names=[_name(G, cg.nodes[v], cg) for v in p], types=dict(types)))
    return out


def ego_network(G: nx.MultiDiGraph | CompiledGraph, entity: str, radius: int = 1, *, directed: bool = False,
                relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                entity_types: Iterable[str] | None = None, max_nodes: int | None = None) -> nx.MultiDiGraph:
    """The entities within ``radius`` hops of ``entity`` and the relations among them.

    Parameters
    ----------
    G : networkx.MultiDiGraph or CompiledGraph
        From a compiled graph that carries its relations' attributes
        (:func:`~newsgraph.queries.graphcache.load_compiled`) a new graph
        holding only the neighbourhood is built, unpickling only its
        relations, so a large store need not load its whole networkx graph.
    entity : str
        Entity id at the centre.
    radius : int
        Hops, at least 0.
    directed : bool
        Only follow relations outward (default: both ways).
    relation_types, modalities, entity_types : iterable of str, optional
        Filters as in :func:`~newsgraph.queries.paths.shortest_path`; the
        centre is always kept.
    max_nodes : int, optional
        Stop growing once this many entities are in (nearest first).

    Returns
    -------
    networkx.MultiDiGraph
        For a networkx ``G``: a read-only view of ``G`` (``nx.subgraph_view``) restricted to those
        entities and to the relations passing the filters; node and edge
        attributes are ``G``'s. Call ``.copy()`` for a graph of its own.

    Raises
    ------
    QueryError
        When ``entity`` is not in the graph or ``radius`` is negative.

    Notes
    -----
    Breadth-first search in igraph (``neighborhood``), then a lazy view, like
    ``nx.ego_graph(G, entity, radius, undirected=True)`` with filters but
    without copying the neighbourhood's attributes.
    """
    if radius < 0:
        raise QueryError(f"radius must be at least 0, got {radius}")
    cg = G if isinstance(G, CompiledGraph) else compile_graph(G)
    c = cg.vertex(entity)
    flt = EdgeFilter.make(relation_types, modalities, entity_types)
    mask = edge_mask(cg, flt, keep_nodes=(c,))
    sub, _ = _subgraph(cg, mask, ("sub", flt, (c,) if flt.entity_types is not None else ()))
    order = sub.neighborhood(c, order=radius, mode="out" if directed else "all")
    if max_nodes is not None:
        order = order[:max(1, max_nodes)]
    keep = [cg.nodes[v] for v in order]
    preds = frozenset(flt.relation_types) if flt.relation_types is not None else None
    mods = frozenset(flt.modalities if flt.modalities is not None else DEFAULT_MODALITIES)
    if G is cg:
        inside = np.zeros(cg.n_nodes, dtype=bool)
        inside[order] = True
        ego = nx.MultiDiGraph()
        for v in sorted(order):  # the store graph's node order, as the view has: ties rank alike
            ego.add_node(cg.nodes[v], name=cg.names[v], type=cg.types[cg.node_type[v]], aliases=list(cg.aliases[v]))
        for e in np.flatnonzero(inside[cg.src] & inside[cg.dst]).tolist():
            d = cg.edge_data(e)
            if (d.get("modality") or "asserted") in mods and (preds is None or (d.get("predicate") or cg.keys[e])
                                                              in preds):
                ego.add_edge(cg.nodes[cg.src[e]], cg.nodes[cg.dst[e]], key=cg.keys[e], **d)
        return ego

    def edge_ok(u: str, v: str, k: Any) -> bool:
        d = G.edges[u, v, k]
        return ((d.get("modality") or "asserted") in mods
                and (preds is None or (d.get("predicate") or k) in preds))

    return nx.subgraph_view(G, filter_node=nx.filters.show_nodes(keep), filter_edge=edge_ok)


def timeline(G: nx.MultiDiGraph | CompiledGraph, entity: str, *, published: Mapping[str, str | None] | None = None,
             modalities: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """An entity's relations in date order.

    Parameters
    ----------
    G : networkx.MultiDiGraph or CompiledGraph
        A compiled graph must carry its relations' attributes
        (:func:`~newsgraph.queries.graphcache.load_compiled`); only the
        entity's own relations are then unpickled, so a large store need not
        load its whole networkx graph.
    entity : str
        Entity id.
    published : mapping of str to str, optional
        Document id -> ISO 8601 publication date (from ``store.documents()``),
        used when a relation carries no date qualifier of its own.
    modalities : iterable of str, optional
        Only relations with these modalities (default: all but denied/negated).

    Returns
    -------
    list of dict
        ``{"date", "date_source", "subject", "predicate", "object", "other",
        "direction", "modality", "confidence", "documents", "sentence"}``
        sorted by date (undated last), then predicate: one row per claim, that
        is per modality among the relation's evidence (a relation reported by
        one sentence and speculated by another gives two rows; a relation the
        text denies or negates gives only its denied/negated row). ``date_source``
        is ``"qualifier"`` (the relation's own ``date``/``start`` qualifier) or
        ``"published"`` (the earliest document stating the claim).

    Raises
    ------
    QueryError
        When ``entity`` is not in the graph.
    """
    flt = EdgeFilter.make(modalities=modalities)
    allowed = set(flt.modalities if flt.modalities is not None else
                  tuple(m for m in MODALITIES if m not in ("denied", "negated")))
    published = dict(published or {})
    rows = []
    if isinstance(G, CompiledGraph):
        cg, c = G, G.vertex(entity)
        eids = np.flatnonzero((G.src == c) | (G.dst == c)).tolist()
        edges = [(cg.nodes[cg.src[e]], cg.nodes[cg.dst[e]], cg.keys[e], cg.edge_data(e)) for e in eids]
        G = None
    else:
        if entity not in G:
            raise QueryError(f"entity id {entity!r} is not in the graph")
        cg = None
        edges = list(G.out_edges(entity, keys=True, data=True)) + [
            e for e in G.in_edges(entity, keys=True, data=True) if e[0] != entity]
    for u, v, k, d in edges:
        ev = _evidence_rows(d)
        quals = d.get("qualifiers") or {}
        qdate = next((str(quals[q]) for q in ("date", "start", "end") if quals.get(q)), None)
        other = v if u == entity else u
        modality = d.get("modality") or "asserted"
        # one row per claim, as `relations` shows them: "reported" by one sentence and "speculated" by another
        # are two rows; a relation the text denies or negates shows only as such (never as a fact)
        groups: dict[str, list[dict[str, Any]]] = {}
        for e in ev:
            m = e.get("modality") or "asserted"
            if modality in ("denied", "negated") and m not in ("denied", "negated"):
                m = modality
            groups.setdefault(m, []).append(e)
        if not groups:
            groups[modality] = []
        for m, group in groups.items():
            if m not in allowed:
                continue
            docs = list(dict.fromkeys(e["document"] for e in group)) or \
                list(dict.fromkeys(e["document"] for e in ev))
            date, source = (qdate, "qualifier") if qdate else (None, None)
            if date is None:
                dates = sorted(str(published[doc]) for doc in docs if published.get(doc))
                if dates:
                    date, source = dates[0], "published"
            # the sentence shown is the strongest of the claim's own sentences (by confidence)
            best = max(group, key=lambda e: e.get("confidence") or 0.0, default=None)
            rows.append({
                "date": date, "date_source": source,
                "subject": _name(G, u, cg), "predicate": d.get("predicate") or k, "object": _name(G, v, cg),
                "other": _name(G, other, cg), "direction": "->" if u == entity else "<-",
                "modality": m, "confidence": d.get("confidence"),
                "documents": docs, "sentence": best["sentence"] if best else "",
            })
    rank = {m: i for i, m in enumerate(MODALITIES)}  # (a relation's claims: the asserted one first)
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["predicate"], r["other"],
                             rank.get(r["modality"], len(rank))))
    return rows
