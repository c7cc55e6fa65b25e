"""Path queries: how are two entities connected, through what, according to whom.

All functions take the graph first (the store's :class:`networkx.MultiDiGraph`
from :func:`newsgraph.queries.graphcache.load_graph`, or any graph of the same
shape), then keyword options with visible defaults. Each hop of a returned
:class:`Path` names its relation, its direction, and the evidence sentences
and documents behind it.

The search runs in igraph on the compiled graph
(:func:`~newsgraph.queries.graphcache.compile_graph`): breadth-first search
for hop counts, Dijkstra for ``weighted=True``, Yen's algorithm for the
k shortest paths, depth-limited DFS for all simple paths.

Example
-------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, t in [("a", "Country"), ("b", "Vessel"), ("c", "Port")]:
...     G.add_node(n, name=n.upper(), type=t)
>>> G.add_edge("b", "a", key="FLAGGED_IN", predicate="FLAGGED_IN", confidence=0.9,
...            modality="asserted", evidence=[], attributed_to=[])
'FLAGGED_IN'
>>> G.add_edge("b", "c", key="VISITED", predicate="VISITED", confidence=0.8,
...            modality="asserted", evidence=[], attributed_to=[])
'VISITED'
>>> p = shortest_path(G, "a", "c")
>>> [(h.source, h.predicate, h.direction, h.target) for h in p.hops]
[('a', 'FLAGGED_IN', '<-', 'b'), ('b', 'VISITED', '->', 'c')]
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

import networkx as nx
import numpy as np

from ..exceptions import NoPath, QueryError
from ..graph.model import MODALITIES, NOT_FACT
from .graphcache import CompiledGraph, compile_graph

__all__ = [
    "Hop", "Path", "EdgeFilter", "edge_mask", "edge_cost",
    "shortest_path", "k_shortest_paths", "all_paths", "find_paths",
    "DEFAULT_MODALITIES",
]

MAX_ENUMERATED = 100_000
"""Most simple paths :func:`all_paths` enumerates (then sorts) before giving up on the rest."""

DEFAULT_MODALITIES = tuple(m for m in MODALITIES if m not in NOT_FACT)
"""Modalities followed by default: every stated or hedged claim, not denied/negated ones."""


@dataclass
class Hop:
    """One step of a path, with the relation that makes it.

    Attributes
    ----------
    source, target : str
        Entity ids in path order (``source`` is nearer the path's start).
    source_name, target_name : str
    predicate : str
        Relation type, e.g. ``"VISITED"``.
    direction : str
        ``"->"`` when the relation reads source -> target, ``"<-"`` when it
        reads target -> source.
    confidence : float
    modality : str
    attributed_to : list of str
    evidence : list of dict
        ``{"document", "sentence", "start", "end", "modality", "confidence",
        "attributed_to"}`` for each sentence stating the relation.
    also : list of str
        Other relations joining the same two entities (``"SUPPLIED ->"``).
    """

    source: str
    target: str
    source_name: str
    target_name: str
    predicate: str
    direction: str
    confidence: float
    modality: str
    attributed_to: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    also: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        """Entity id at the relation's subject end."""
        return self.source if self.direction == "->" else self.target

    @property
    def object(self) -> str:
        """Entity id at the relation's object end."""
        return self.target if self.direction == "->" else self.source

    def describe(self) -> str:
        """``"A -[PRED]-> B"`` or ``"A <-[PRED]- B"``."""
        if self.direction == "->":
            return f"{self.source_name} -[{self.predicate}]-> {self.target_name}"
        return f"{self.source_name} <-[{self.predicate}]- {self.target_name}"


@dataclass
class Path:
    """A path between two entities.

    Attributes
    ----------
    nodes : list of str
        Entity ids from start to end (``len(hops) + 1`` of them).
    names : list of str
        Their canonical names.
    hops : list of Hop
    cost : float
        Number of hops, or the summed :func:`edge_cost` when weighted.
    """

    nodes: list[str]
    names: list[str]
    hops: list[Hop]
    cost: float

    def __len__(self) -> int:
        return len(self.hops)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"nodes", "names", "length", "cost", "hops": [...]}``."""
        from dataclasses import asdict

        return {"nodes": list(self.nodes), "names": list(self.names), "length": len(self.hops),
                "cost": round(float(self.cost), 6), "hops": [asdict(h) for h in self.hops]}


@dataclass(frozen=True)
class EdgeFilter:
    """Which relations and entities a query may use.

    Attributes
    ----------
    relation_types : tuple of str or None
        Only these predicates (None: all).
    modalities : tuple of str or None
        Only relations whose strongest modality is one of these (None:
        :data:`DEFAULT_MODALITIES`, i.e. not ``denied``/``negated``).
    entity_types : tuple of str or None
        Only pass through entities of these types (the two endpoints are
        always allowed). None: all.
    avoid : tuple of str
        Entity ids the path must not pass through.
    min_confidence : float
        Only relations with at least this confidence.
    """

    relation_types: tuple[str, ...] | None = None
    modalities: tuple[str, ...] | None = None
    entity_types: tuple[str, ...] | None = None
    avoid: tuple[str, ...] = ()
    min_confidence: float = 0.0

    @classmethod
    def make(cls, relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
             entity_types: Iterable[str] | None = None, avoid: Iterable[str] = (),
             min_confidence: float = 0.0) -> "EdgeFilter":
        """Build a filter, checking modality names.

        Raises
        ------
        QueryError
            On an unknown modality.
        """
        mods = tuple(modalities) if modalities is not None else None
        for m in mods or ():
            if m not in MODALITIES:
                raise QueryError(f"unknown modality {m!r}; known: {', '.join(MODALITIES)}")
        return cls(
            relation_types=tuple(relation_types) if relation_types else None,
            modalities=mods,
            entity_types=tuple(entity_types) if entity_types else None,
            avoid=tuple(avoid or ()),
            min_confidence=float(min_confidence),
        )


def edge_mask(cg: CompiledGraph, flt: EdgeFilter | None = None, *, keep_nodes: Sequence[int] = ()) -> np.ndarray:
    """Boolean mask over ``cg``'s relations that pass ``flt``.

    Parameters
    ----------
    cg : CompiledGraph
    flt : EdgeFilter, optional
        Default: every relation that is a stated or hedged claim.
    keep_nodes : sequence of int
        Vertices exempt from the entity-type filter (a path's endpoints).

    Returns
    -------
    numpy.ndarray of bool, shape (n_edges,)
    """
    flt = flt or EdgeFilter()
    key = ("mask", flt, tuple(sorted(keep_nodes)) if flt.entity_types is not None else ())
    mask = cg.memo(key, lambda: _edge_mask(cg, flt, keep_nodes=keep_nodes))
    mask.flags.writeable = False
    return mask


def _edge_mask(cg: CompiledGraph, flt: EdgeFilter | None = None, *, keep_nodes: Sequence[int] = ()) -> np.ndarray:
    flt = flt or EdgeFilter()
    mask = np.ones(cg.n_edges, dtype=bool)
    mods = flt.modalities if flt.modalities is not None else DEFAULT_MODALITIES
    codes = [MODALITIES.index(m) for m in mods]
    if len(codes) < len(MODALITIES):
        mask &= np.isin(cg.edge_modality, np.array(codes, dtype=np.int8))
    if flt.relation_types is not None:
        mask &= np.isin(cg.edge_predicate, cg.predicate_codes(flt.relation_types))
    if flt.min_confidence > 0:
        mask &= cg.confidence >= flt.min_confidence
    node_ok = None
    if flt.entity_types is not None:
        node_ok = np.isin(cg.node_type, cg.type_codes(flt.entity_types))
        if len(keep_nodes):
            node_ok[np.asarray(keep_nodes, dtype=np.int64)] = True
    if flt.avoid:
        if node_ok is None:
            node_ok = np.ones(cg.n_nodes, dtype=bool)
        for a in flt.avoid:
            if a in cg.index:
                node_ok[cg.index[a]] = False
    if node_ok is not None:
        mask &= node_ok[cg.src] & node_ok[cg.dst]
    return mask


def edge_cost(cg: CompiledGraph) -> np.ndarray:
    """Cost of each relation for ``weighted=True`` paths: ``1 / support``.

    ``support`` is the summed confidence of the relation's factual evidence
    (:attr:`CompiledGraph.support`): a relation stated once with confidence
    0.5 costs 2, one stated in four sentences with confidence 0.9 costs
    about 0.28. Dijkstra then prefers routes over well-sourced relations, the
    usual "distance = 1 / tie strength" reading of weighted networks
    (Newman 2001; Opsahl, Agneessens & Skvoretz 2010).

    Returns
    -------
    numpy.ndarray of float64, shape (n_edges,)
        Positive; relations with no support cost 1e6.

    References
    ----------
    .. [1] M. E. J. Newman, "Scientific collaboration networks. II. Shortest
       paths, weighted networks, and centrality", Phys. Rev. E 64, 016132 (2001).
    .. [2] T. Opsahl, F. Agneessens, J. Skvoretz, "Node centrality in weighted
       networks: Generalizing degree and shortest paths", Social Networks 32
       (2010) 245-251.
    """
    def build():
        with np.errstate(divide="ignore"):
            c = np.where(cg.support > 0, 1.0 / np.maximum(cg.support, 1e-12), 1e6)
        c.flags.writeable = False
        return c
    return cg.memo("cost", build)


def _graph(G: Any) -> tuple[Any, CompiledGraph]:
    if isinstance(G, CompiledGraph):
        return None, G
    return G, compile_graph(G)


def _check_ends(cg: CompiledGraph, source: str, target: str, flt: EdgeFilter) -> tuple[int, int]:
    s, t = cg.vertex(source), cg.vertex(target)
    for end in (source, target):
        if end in flt.avoid:
            raise QueryError(f"cannot avoid {end!r}: it is an end of the path")
    return s, t


def _subgraph(cg: CompiledGraph, mask: np.ndarray, key: Any = None):
    """igraph graph with only the masked edges (all vertices kept) and the map back to edge ids.

    Memoised under ``key`` (the filter), so repeated queries with one filter pay for it once.
    """
    def build():
        if mask.all():
            return cg.ig, None
        eids = np.flatnonzero(mask)
        return cg.ig.subgraph_edges(eids.tolist(), delete_vertices=False), eids
    return cg.memo(key, build) if key is not None else build()


def _evidence_rows(data: dict) -> list[dict[str, Any]]:
    rows = []
    for e in data.get("evidence") or ():
        if isinstance(e, dict):
            rows.append(dict(e))
            continue
        rows.append({"document": e.document, "sentence": e.sentence, "start": e.start, "end": e.end,
                     "modality": e.modality, "confidence": e.confidence,
                     "attributed_to": list(e.attributed_to)})
    return rows


def _name(G: Any, cg: CompiledGraph, node: str) -> str:
    if G is None:
        return cg.name(node)
    return str(G.nodes[node].get("name") or node)


def _edge_data(G: Any, cg: CompiledGraph, eid: int) -> dict:
    if G is None:
        if cg.edge_blobs is not None:
            return cg.edge_data(eid)
        return {"predicate": cg.predicates[cg.edge_predicate[eid]], "confidence": float(cg.confidence[eid]),
                "modality": MODALITIES[cg.edge_modality[eid]] if cg.edge_modality[eid] >= 0 else "asserted"}
    u, v, k = cg.nodes[cg.src[eid]], cg.nodes[cg.dst[eid]], cg.keys[eid]
    return G.edges[u, v, k] if G.is_multigraph() else G.edges[u, v]


def _parallel(cg: CompiledGraph, mask: np.ndarray, a: int, b: int, directed: bool) -> np.ndarray:
    """Edge ids joining vertices a and b that pass the mask (a->b, and b->a unless directed)."""
    if directed:
        inc = np.asarray(cg.ig.incident(a, mode="out"), dtype=np.int64)
        ids = inc[cg.dst[inc] == b]
    else:  # scan the end with fewer relations: hubs have hundreds of thousands
        x, y = (a, b) if cg.ig.degree(a) <= cg.ig.degree(b) else (b, a)
        inc = np.asarray(cg.ig.incident(x, mode="all"), dtype=np.int64)
        ids = inc[((cg.src[inc] == x) & (cg.dst[inc] == y)) | ((cg.src[inc] == y) & (cg.dst[inc] == x))]
    ids = np.unique(ids)
    return ids[mask[ids]]


def _build_path(G: Any, cg: CompiledGraph, vpath: Sequence[int], mask: np.ndarray, *, directed: bool,
                weighted: bool, cost: np.ndarray | None) -> Path:
    hops: list[Hop] = []
    total = 0.0
    for a, b in zip(vpath, vpath[1:]):
        cands = _parallel(cg, mask, a, b, directed)
        if not len(cands):  # cannot happen for a path found on the masked graph
            raise QueryError("internal error: path uses a relation outside the filter")
        # the relation explaining the hop: cheapest when weighted, else best supported
        if weighted and cost is not None:
            best = cands[np.argmin(cost[cands])]
            total += float(cost[best])
        else:
            best = cands[np.lexsort((-cg.confidence[cands], -cg.support[cands]))[0]]
            total += 1.0
        data = _edge_data(G, cg, int(best))
        direction = "->" if cg.src[best] == a else "<-"
        also = []
        for e in cands:
            if e == best:
                continue
            d = "->" if cg.src[e] == a else "<-"
            also.append(f"{cg.predicates[cg.edge_predicate[e]]} {d}")
        mod = data.get("modality") or "asserted"
        hops.append(Hop(
            source=cg.nodes[a], target=cg.nodes[b],
            source_name=_name(G, cg, cg.nodes[a]), target_name=_name(G, cg, cg.nodes[b]),
            predicate=str(data.get("predicate") or cg.keys[best]), direction=direction,
            confidence=float(data.get("confidence", cg.confidence[best]) or 0.0), modality=mod,
            attributed_to=list(data.get("attributed_to") or []), evidence=_evidence_rows(data),
            also=sorted(also),
        ))
    nodes = [cg.nodes[v] for v in vpath]
    return Path(nodes=nodes, names=[_name(G, cg, n) for n in nodes], hops=hops, cost=total)


def _prepare(G, source, target, *, directed, weighted, relation_types, modalities, entity_types, avoid,
             min_confidence):
    G, cg = _graph(G)
    flt = EdgeFilter.make(relation_types, modalities, entity_types, avoid, min_confidence)
    s, t = _check_ends(cg, source, target, flt)
    if s == t:
        raise QueryError(f"{_name(G, cg, source)!r} is both ends of the path: give two different entities")
    mask = edge_mask(cg, flt, keep_nodes=(s, t))
    cost = edge_cost(cg) if weighted else None
    key = (flt, (s, t) if flt.entity_types is not None else ())
    return G, cg, s, t, mask, cost, key


def _no_path(G, cg, source, target, max_hops=None, flt: "EdgeFilter | None" = None, directed: bool = False) -> NoPath:
    limit = f" within {max_hops} hop{'s' if max_hops != 1 else ''}" if max_hops else ""
    conds = (["following the relations' direction"] if directed else []) + (
        ["with the given filters"] if flt is not None and flt != EdgeFilter() else [])
    why = " " + " and ".join(conds) if conds else "" if max_hops else " (they are not connected in the store)"
    if not conds and not max_hops and (flt is None or flt.modalities is None):
        s, t = cg.index.get(source), cg.index.get(target)
        if s is not None and t is not None and t in cg.ig.subcomponent(s, mode="all"):
            # the default leaves out what the text denies or negates; say so rather than "not connected"
            why = (" through facts and claims (they are connected only through denied or negated relations, "
                   "which paths leave out unless asked: --modality denied --modality negated)")
    return NoPath(f"no path between {_name(G, cg, source)!r} and {_name(G, cg, target)!r}{limit}{why}")


def shortest_path(G: nx.MultiDiGraph | CompiledGraph, source: str, target: str, *, max_hops: int | None = None,
                  directed: bool = False, weighted: bool = False,
                  relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                  entity_types: Iterable[str] | None = None, avoid: Iterable[str] = (),
                  min_confidence: float = 0.0) -> Path:
    """The shortest connection between two entities, each hop explained.

    Parameters
    ----------
    G : networkx.MultiDiGraph or CompiledGraph
        The store's graph.
    source, target : str
        Entity ids.
    max_hops : int, optional
        Longest path accepted (None: any length).
    directed : bool
        Follow relations only from subject to object. Default False: a
        connection is a connection whichever way the sentence reads.
    weighted : bool
        Minimise the summed :func:`edge_cost` (prefer well-sourced relations)
        instead of the number of hops.
    relation_types : iterable of str, optional
        Only these predicates.
    modalities : iterable of str, optional
        Only relations with these modalities (default: all but ``denied`` and
        ``negated``); ``("asserted",)`` keeps stated facts only.
    entity_types : iterable of str, optional
        Only pass through entities of these types.
    avoid : iterable of str
        Entity ids to route around (hubs).
    min_confidence : float
        Ignore relations below this confidence.

    Returns
    -------
    Path

    Raises
    ------
    QueryError
        When an id is not in the graph, the ends coincide, or an end is avoided.
    NoPath
        When no path joins them within ``max_hops`` under the filters.

    Notes
    -----
    Unweighted: breadth-first search, O(V + E). Weighted: Dijkstra's
    algorithm [1]_ with a binary heap, O((V + E) log V). Both run in igraph.

    References
    ----------
    .. [1] E. W. Dijkstra, "A note on two problems in connexion with graphs",
       Numerische Mathematik 1 (1959) 269-271.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("x", {"name": "X", "type": "Country"}), ("y", {"name": "Y", "type": "Country"})])
    >>> _ = G.add_edge("x", "y", key="SUPPLIED", predicate="SUPPLIED", confidence=1.0, modality="asserted",
    ...                evidence=[], attributed_to=[])
    >>> shortest_path(G, "y", "x").hops[0].describe()
    'Y <-[SUPPLIED]- X'
    >>> shortest_path(G, "y", "x", directed=True)
    Traceback (most recent call last):
    ...
    newsgraph.exceptions.NoPath: no path between 'Y' and 'X' following the relations' direction
    """
    G, cg, s, t, mask, cost, key = _prepare(G, source, target, directed=directed, weighted=weighted,
                                       relation_types=relation_types, modalities=modalities,
                                       entity_types=entity_types, avoid=avoid, min_confidence=min_confidence)
    sub, eids = _subgraph(cg, mask, ("sub", *key))
    mode = "out" if directed else "all"
    w = None
    if weighted:
        w = cg.memo(("weights", *key), lambda: (cost if eids is None else cost[eids]).tolist())
    with warnings.catch_warnings():  # igraph warns "Couldn't reach some vertices"
        warnings.simplefilter("ignore", RuntimeWarning)
        vpath = sub.get_shortest_path(s, t, weights=w, mode=mode, output="vpath")
    if not vpath or len(vpath) < 2 or (max_hops is not None and len(vpath) - 1 > max_hops):
        raise _no_path(G, cg, source, target, max_hops, key[0], directed)
    return _build_path(G, cg, vpath, mask, directed=directed, weighted=weighted, cost=cost)


def _collapsed(cg: CompiledGraph, mask: np.ndarray, cost: np.ndarray | None, directed: bool, key: Any = None):
    """igraph graph with one edge per joined vertex pair (the cheapest), for path enumeration.

    Memoised under ``key``. Returns ``(graph, edge ids)``: edge ``i`` of the
    graph stands for relation ``eids[i]``.
    """
    def build():
        eids = np.flatnonzero(mask)
        a, b = cg.src[eids], cg.dst[eids]
        if not directed:
            a, b = np.minimum(a, b), np.maximum(a, b)
        keep = a != b
        eids, a, b = eids[keep], a[keep], b[keep]
        c = cost[eids] if cost is not None else -cg.support[eids]
        order = np.lexsort((c, b, a))
        a, b, eids = a[order], b[order], eids[order]
        first = np.ones(len(a), dtype=bool)
        first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
        a, b, eids = a[first], b[first], eids[first]
        import igraph

        g = igraph.Graph(n=cg.n_nodes, edges=list(zip(a.tolist(), b.tolist())), directed=directed)
        return g, eids
    return cg.memo(key, build) if key is not None else build()


def k_shortest_paths(G: nx.MultiDiGraph | CompiledGraph, source: str, target: str, k: int = 3, *,
                     max_hops: int | None = None, directed: bool = False, weighted: bool = False,
                     relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                     entity_types: Iterable[str] | None = None, avoid: Iterable[str] = (),
                     min_confidence: float = 0.0) -> list[Path]:
    """The ``k`` shortest loopless paths between two entities, shortest first.

    Parallel relations between the same two entities count as one
    connection (the paths differ in the entities they pass through); each
    hop lists the other relations joining its ends in :attr:`Hop.also`.

    Parameters
    ----------
    k : int
        How many paths, at least 1.
    other parameters
        As :func:`shortest_path`.

    Returns
    -------
    list of Path
        Up to ``k`` paths, by increasing cost; paths longer than
        ``max_hops`` are left out.

    Raises
    ------
    QueryError, NoPath
        As :func:`shortest_path` (NoPath when not even one path exists).

    Notes
    -----
    Yen's algorithm [1]_ as implemented in igraph
    (``Graph.get_k_shortest_paths``).

    References
    ----------
    .. [1] J. Y. Yen, "Finding the k shortest loopless paths in a network",
       Management Science 17 (1971) 712-716.
    """
    if k < 1:
        raise QueryError(f"k must be at least 1, got {k}")
    G, cg, s, t, mask, cost, key = _prepare(G, source, target, directed=directed, weighted=weighted,
                                       relation_types=relation_types, modalities=modalities,
                                       entity_types=entity_types, avoid=avoid, min_confidence=min_confidence)
    g, eids = _collapsed(cg, mask, cost, directed, ("collapsed", *key, directed, weighted))
    w = cg.memo(("cweights", *key, directed), lambda: cost[eids].tolist()) if weighted else None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        vpaths = g.get_k_shortest_paths(s, to=t, k=k, weights=w, mode="out" if directed else "all",
                                        output="vpath")
    paths = [_build_path(G, cg, vp, mask, directed=directed, weighted=weighted, cost=cost)
             for vp in vpaths if len(vp) >= 2 and (max_hops is None or len(vp) - 1 <= max_hops)]
    if not paths:
        raise _no_path(G, cg, source, target, max_hops, key[0], directed)
    return paths


def all_paths(G: nx.MultiDiGraph | CompiledGraph, source: str, target: str, *, max_hops: int = 3,
              directed: bool = False, weighted: bool = False, limit: int | None = 1000,
              relation_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
              entity_types: Iterable[str] | None = None, avoid: Iterable[str] = (),
              min_confidence: float = 0.0) -> Iterator[Path]:
    """Every simple path of at most ``max_hops`` hops, shortest first.

    Parameters
    ----------
    max_hops : int
        Longest path, at least 1. The number of paths grows exponentially
        with it; keep it small on dense graphs.
    limit : int or None
        Stop after this many paths (None: no limit).
    other parameters
        As :func:`shortest_path`.

    Yields
    ------
    Path
        By increasing number of hops (then cost).

    Raises
    ------
    QueryError, NoPath
        As :func:`shortest_path`; NoPath when there is none at all (raised
        on the first ``next()``).

    Notes
    -----
    Depth-limited depth-first search (igraph ``get_all_simple_paths`` with
    ``maxlen``), on the graph with parallel relations merged, one length at a
    time, shortest first, until ``limit`` paths are found (at most
    :data:`MAX_ENUMERATED` of one length are enumerated).
    """
    if max_hops < 1:
        raise QueryError(f"max_hops must be at least 1, got {max_hops}")
    G, cg, s, t, mask, cost, key = _prepare(G, source, target, directed=directed, weighted=weighted,
                                       relation_types=relation_types, modalities=modalities,
                                       entity_types=entity_types, avoid=avoid, min_confidence=min_confidence)
    g, _ = _collapsed(cg, mask, cost, directed, ("collapsed", *key, directed, weighted))
    # level by level (paths of 1 hop, then of 2, ...): a capped depth-first search over all lengths at once
    # returns whichever paths it meets first, and could leave out the direct relation itself
    vpaths: list = []
    want = MAX_ENUMERATED if limit is None else min(MAX_ENUMERATED, limit)
    for hops in range(1, max_hops + 1):
        level = [vp for vp in g.get_all_simple_paths(s, to=t, maxlen=hops, mode="out" if directed else "all",
                                                     max_results=MAX_ENUMERATED) if len(vp) == hops + 1]
        vpaths.extend(level)
        if len(vpaths) >= want:
            break
    if not vpaths:
        raise _no_path(G, cg, source, target, max_hops, key[0], directed)
    vpaths.sort(key=len)
    if limit is not None and len(vpaths) > limit:  # explain only what is shown (ties at the cut kept)
        cut = len(vpaths[limit - 1])
        vpaths = [vp for vp in vpaths if len(vp) <= cut]
    built = [_build_path(G, cg, vp, mask, directed=directed, weighted=weighted, cost=cost) for vp in vpaths]
    built.sort(key=lambda p: (len(p.hops), p.cost, p.names))
    for i, p in enumerate(built):
        if limit is not None and i >= limit:
            return
        yield p


def find_paths(G: nx.MultiDiGraph | CompiledGraph, source: str, target: str, *, k: int = 1,
               all_simple: bool = False, max_hops: int | None = None, **options: Any) -> list[Path]:
    """One entry point for the CLI: shortest, k shortest, or all simple paths.

    Parameters
    ----------
    k : int
        1: :func:`shortest_path`; more: :func:`k_shortest_paths`.
    all_simple : bool
        :func:`all_paths` up to ``max_hops`` (default 3).
    options
        Passed on (``directed``, ``weighted``, filters).

    Returns
    -------
    list of Path
    """
    if all_simple:
        return list(all_paths(G, source, target, max_hops=max_hops or 3, **options))
    if k > 1:
        return k_shortest_paths(G, source, target, k, max_hops=max_hops, **options)
    return [shortest_path(G, source, target, max_hops=max_hops, **options)]
