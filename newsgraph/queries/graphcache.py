"""The store's graph for path and influence queries, built once and cached.

Two layers:

- :func:`load_graph` returns ``Store.to_networkx()`` (a
  :class:`networkx.MultiDiGraph`) and keeps it in a pickle in the store
  directory keyed by :meth:`Store.version`, so a query against an unchanged
  store does not rebuild it.
- :func:`compile_graph` turns that graph into a :class:`CompiledGraph`:
  the same nodes and edges as integer arrays plus an :mod:`igraph` graph in
  the same edge order. The algorithms in :mod:`newsgraph.queries.paths` and
  :mod:`newsgraph.queries.influence` run on it, because on a graph of 100,000
  entities and 1,000,000 relations networkx's pure-Python PageRank and
  betweenness are 30-40x slower than igraph's C code (measured with
  ``benchmarks/bench_graph.py``). networkx stays the data model: nodes,
  attributes and evidence are read from it.

Example
-------
>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("country/a", name="A", type="Country")
>>> G.add_node("country/b", name="B", type="Country")
>>> G.add_edge("country/a", "country/b", key="SUPPLIED", predicate="SUPPLIED",
...            confidence=0.8, modality="asserted", evidence=[], attributed_to=[])
'SUPPLIED'
>>> cg = compile_graph(G)
>>> cg.n_nodes, cg.n_edges, cg.predicates
(2, 1, ['SUPPLIED'])
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import pickle
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import numpy as np

from ..exceptions import QueryError, StoreError
from ..graph.model import MODALITIES, NOT_FACT

__all__ = ["CompiledGraph", "compile_graph", "load_graph", "load_compiled", "cache_path", "document_metadata", "warm", "CACHE_PREFIX"]

CACHE_PREFIX = ".newsgraph-"
"""File name prefix of the cache pickles inside the store directory."""

_CACHE_FORMAT = 1
_COMPILED: "weakref.WeakKeyDictionary[nx.Graph, CompiledGraph]" = weakref.WeakKeyDictionary()


@dataclass
class CompiledGraph:
    """A networkx graph as integer arrays plus an igraph graph, for fast algorithms.

    Edge ``i`` of :attr:`ig` is edge ``i`` of every array here, and
    ``(nodes[src[i]], nodes[dst[i]], keys[i])`` is its key in the networkx graph.

    Attributes
    ----------
    nodes : list of str
        Entity ids; position = igraph vertex index.
    index : dict of str to int
        Entity id -> vertex index.
    types : list of str
        Distinct entity types; :attr:`node_type` holds codes into it.
    node_type : numpy.ndarray of int32, shape (n_nodes,)
    src, dst : numpy.ndarray of int32, shape (n_edges,)
        Subject and object vertex of each relation.
    keys : list
        networkx edge key of each relation (the predicate, by the store's contract).
    predicates : list of str
        Distinct predicates; :attr:`edge_predicate` holds codes into it.
    edge_predicate : numpy.ndarray of int32, shape (n_edges,)
    edge_modality : numpy.ndarray of int8, shape (n_edges,)
        Index into :data:`newsgraph.graph.model.MODALITIES` (-1 when unknown).
    confidence : numpy.ndarray of float64, shape (n_edges,)
        The relation's confidence, 0..1 (its strongest evidence).
    support : numpy.ndarray of float64, shape (n_edges,)
        Evidence weight: the sum of the confidences of the relation's
        evidence that is a stated fact (not ``denied``/``negated``); the
        relation's confidence when it carries no evidence list. See
        :func:`newsgraph.queries.influence.edge_weights`.
    ig : igraph.Graph
        Directed graph with the same vertices and edges.
    names : list of str
        Canonical name of each entity (vertex order).
    aliases : list of list of str
        Aliases of each entity.
    edge_blobs : list of bytes or None
        Each relation's networkx edge attributes, pickled one by one, so a
        query can explain a few relations without loading the whole
        networkx graph (:func:`load_compiled`); None when compiled from an
        in-memory graph.
    """

    nodes: list[str]
    index: dict[str, int]
    types: list[str]
    node_type: np.ndarray
    src: np.ndarray
    dst: np.ndarray
    keys: list[Any]
    predicates: list[str]
    edge_predicate: np.ndarray
    edge_modality: np.ndarray
    confidence: np.ndarray
    support: np.ndarray
    ig: Any
    names: list[str] = field(default_factory=list)
    aliases: list[list[str]] = field(default_factory=list)
    edge_blobs: list[bytes] | None = field(default=None, repr=False)
    _cache: dict = field(default_factory=dict, repr=False)

    @property
    def n_nodes(self) -> int:
        """Number of entities."""
        return len(self.nodes)

    @property
    def n_edges(self) -> int:
        """Number of relations (parallel relations of different predicates count apart)."""
        return int(self.src.shape[0])

    def memo(self, key: Any, build: Any) -> Any:
        """``build()`` once per ``key`` for this graph (masks, weights, projections reused across queries)."""
        try:
            return self._cache[key]
        except KeyError:
            if len(self._cache) > 32:
                self._cache.clear()
            value = self._cache[key] = build()
            return value

    def name(self, node: str) -> str:
        """Canonical name of entity id ``node`` (the id itself when unnamed)."""
        i = self.index.get(node)
        return (self.names[i] or node) if i is not None and i < len(self.names) else node

    def edge_data(self, eid: int) -> dict:
        """The networkx attributes of relation ``eid`` (from :attr:`edge_blobs`).

        Raises
        ------
        QueryError
            When the compiled graph carries no edge attributes.
        """
        if self.edge_blobs is None:
            raise QueryError("this compiled graph carries no relation attributes; pass the networkx graph")
        return pickle.loads(self.edge_blobs[eid])

    def vertex(self, node: str) -> int:
        """Vertex index of entity id ``node``.

        Raises
        ------
        QueryError
            When the id is not in the graph.
        """
        try:
            return self.index[node]
        except KeyError:
            raise QueryError(f"entity id {node!r} is not in the graph") from None

    def type_codes(self, types: Iterable[str]) -> np.ndarray:
        """Codes of the given entity types (unknown types are ignored)."""
        lookup = {t: i for i, t in enumerate(self.types)}
        return np.array([lookup[t] for t in types if t in lookup], dtype=np.int32)

    def predicate_codes(self, predicates: Iterable[str]) -> np.ndarray:
        """Codes of the given predicates (unknown predicates are ignored)."""
        lookup = {p: i for i, p in enumerate(self.predicates)}
        return np.array([lookup[p] for p in predicates if p in lookup], dtype=np.int32)


def _support(data: dict) -> float:
    ev = data.get("evidence")
    conf = float(data.get("confidence", 0.5) or 0.0)
    if not ev:
        return conf
    total = 0.0
    for e in ev:
        mod = getattr(e, "modality", None) if not isinstance(e, dict) else e.get("modality")
        if mod in NOT_FACT:
            continue
        c = getattr(e, "confidence", None) if not isinstance(e, dict) else e.get("confidence")
        total += float(conf if c is None else c)
    return total


def compile_graph(G: nx.MultiDiGraph) -> CompiledGraph:
    """Compile ``G`` into arrays and an igraph graph (memoised per graph object).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The store's graph (:meth:`Store.to_networkx`): nodes with ``name``
        and ``type``, edges with ``predicate``, ``confidence``, ``modality``
        and ``evidence``. A ``DiGraph``/``Graph`` is accepted too (edge key =
        ``predicate`` attribute).

    Returns
    -------
    CompiledGraph
        Cached for the lifetime of ``G``; do not mutate ``G`` afterwards
        (build a new graph instead, as :func:`load_graph` does).

    Notes
    -----
    Building takes about 2 s per million relations (one pass in Python over
    the edges); every query afterwards runs in igraph's C code.
    """
    cached = _COMPILED.get(G)
    if cached is not None and cached.n_nodes == len(G):  # O(1); counting edges would cost a pass over them
        return cached
    import igraph

    nodes = list(G.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    type_lookup: dict[str, int] = {}
    node_type = np.fromiter(
        (type_lookup.setdefault(str(d.get("type") or "Other"), len(type_lookup)) for _, d in G.nodes(data=True)),
        dtype=np.int32, count=len(nodes),
    )
    m = G.number_of_edges()
    src = np.empty(m, dtype=np.int32)
    dst = np.empty(m, dtype=np.int32)
    pred = np.empty(m, dtype=np.int32)
    moda = np.empty(m, dtype=np.int8)
    conf = np.empty(m, dtype=np.float64)
    supp = np.empty(m, dtype=np.float64)
    keys: list[Any] = []
    pred_lookup: dict[str, int] = {}
    mod_lookup = {m_: i for i, m_ in enumerate(MODALITIES)}
    if G.is_multigraph():
        it = G.edges(keys=True, data=True)
    else:
        it = ((u, v, d.get("predicate"), d) for u, v, d in G.edges(data=True))
    for i, (u, v, k, d) in enumerate(it):
        src[i] = index[u]
        dst[i] = index[v]
        keys.append(k)
        p = d.get("predicate") or k
        pred[i] = pred_lookup.setdefault(str(p), len(pred_lookup))
        moda[i] = mod_lookup.get(d.get("modality") or "asserted", -1)
        c = d.get("confidence", 0.5)
        conf[i] = 0.5 if c is None else float(c)
        supp[i] = _support(d)
    g = igraph.Graph(n=len(nodes), edges=list(zip(src.tolist(), dst.tolist())), directed=True)
    cg = CompiledGraph(
        nodes=nodes, index=index, types=list(type_lookup), node_type=node_type, src=src, dst=dst,
        keys=keys, predicates=list(pred_lookup), edge_predicate=pred, edge_modality=moda,
        confidence=conf, support=supp, ig=g,
        names=[str(d.get("name") or n) for n, d in G.nodes(data=True)],
        aliases=[list(d.get("aliases") or []) for _, d in G.nodes(data=True)],
    )
    _COMPILED[G] = cg
    return cg


def warm(cg: CompiledGraph) -> None:
    """Precompute what default queries need (the graph without denied/negated relations, its undirected
    simple projection, evidence weights), so that they are stored with the cache and a new process
    answers its first query at igraph's speed."""
    from .influence import _filtered, _projected
    from .paths import EdgeFilter, _collapsed, _subgraph, edge_cost, edge_mask

    flt = EdgeFilter()
    _subgraph(cg, edge_mask(cg, flt), ("sub", flt, ()))
    _collapsed(cg, edge_mask(cg, flt), None, False, ("collapsed", flt, (), False, False))
    edge_cost(cg)
    _filtered(cg, flt, True)
    _projected(cg, flt, True, False)


def document_metadata(store: Any) -> dict[str, dict[str, Any]]:
    """Document id -> ``{"title", "url", "published"}`` for every stored document (texts left out)."""
    try:
        docs = store.documents()
    except Exception:  # metadata is a nicety for views; the graph does not depend on it
        return {}
    return {d.id: {"title": d.title, "url": d.url, "published": d.published} for d in docs}


def _store_dir(store: Any) -> Path | None:
    for attr in ("path", "directory", "_path"):
        p = getattr(store, attr, None)
        if p:
            return Path(p)
    return None


def cache_path(store: Any, cache_dir: str | Path | None = None, kind: str = "graph") -> Path | None:
    """Where :func:`load_graph` keeps the graph of ``store`` at its current version.

    kind : {"graph", "compiled"}
        The networkx graph (:func:`load_graph`) or the compiled graph
        (:func:`load_compiled`).

    Returns
    -------
    Path or None
        ``<cache_dir or store directory>/.newsgraph-<kind>-<version>.pickle``;
        None when the store has no directory (in memory) and no
        ``cache_dir`` is given.
    """
    base = Path(cache_dir) if cache_dir else _store_dir(store)
    if base is None:
        return None
    version = "".join(c if c.isalnum() or c in "-_." else "_" for c in str(store.version()))
    return base / f"{CACHE_PREFIX}{kind}-{version}.pickle"


def _cache_key() -> bytes | None:
    """This user's secret key for signing graph caches, made on first use.

    A cache is a pickle, and unpickling runs whatever a crafted file asks: a store directory from someone
    else (a tarball, a shared drive) must not be able to run code. Every cache is written with an
    HMAC-SHA256 of its bytes under this key (``$XDG_CACHE_HOME/newsgraph/cache-key``, else
    ``~/.cache/newsgraph/cache-key``, mode 0600), and one whose signature does not check is rebuilt, never
    unpickled. None when the key cannot be read or made: then no cache is read or written.
    """
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsgraph"
    path = base / "cache-key"
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
        base.mkdir(parents=True, exist_ok=True)
    except FileNotFoundError:
        try:
            base.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
    except OSError:
        return None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(os.urandom(32))
        return path.read_bytes()
    except OSError:
        return None


def _write(path: Path, payload: dict) -> None:
    """Pickle ``payload`` to ``path`` atomically, signed (:func:`_cache_key`); a read-only directory or no
    key just means no cache."""
    key = _cache_key()
    if key is None:
        return
    try:
        data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-graph-", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(hmac.new(key, data, hashlib.sha256).digest())
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        pass


def _read(path: Path | None) -> dict | None:
    """The cache at ``path`` when its signature checks under this user's key, else None (rebuild)."""
    if path is None or not path.is_file():
        return None
    key = _cache_key()
    if key is None:
        return None
    try:
        raw = path.read_bytes()
        sig, data = raw[:32], raw[32:]
        if not hmac.compare_digest(sig, hmac.new(key, data, hashlib.sha256).digest()):
            return None  # not written by this user's newsgraph: never unpickled
        payload = pickle.loads(data)
        return payload if isinstance(payload, dict) and payload.get("format") == _CACHE_FORMAT else None
    except Exception:  # stale or truncated cache: rebuild
        return None


def _with_blobs(G: nx.MultiDiGraph, cg: CompiledGraph) -> CompiledGraph:
    """A copy of ``cg`` carrying each relation's attributes as its own pickle (edge order)."""
    it = G.edges(keys=True, data=True) if G.is_multigraph() else ((u, v, None, d) for u, v, d in G.edges(data=True))
    blobs = [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for _, _, _, d in it]
    return dataclasses.replace(cg, edge_blobs=blobs, _cache=dict(cg._cache))


def load_compiled(store: Any, *, cache_dir: str | Path | None = None) -> CompiledGraph:
    """The store's graph compiled for queries, without loading the networkx graph when cached.

    Path and influence queries need the arrays, the igraph graphs, entity
    names and the evidence of a few relations; on a graph of a million
    relations, unpickling the whole networkx graph costs far more than this
    (``benchmarks/bench_graph.py``, "load the cached ..." rows).

    Parameters
    ----------
    store : newsgraph.graph.store.Store
    cache_dir : str or Path, optional
        As :func:`load_graph`.

    Returns
    -------
    CompiledGraph
        With :attr:`CompiledGraph.edge_blobs` (relation attributes); the
        document metadata (:func:`document_metadata`) is in
        ``cg.memo("documents", dict)``.

    Raises
    ------
    StoreError
        When the store cannot build its graph.
    """
    payload = _read(cache_path(store, cache_dir, "compiled"))
    if payload is None:
        G = load_graph(store, cache_dir=cache_dir)
        payload = _read(cache_path(store, cache_dir, "compiled"))
        if payload is None:  # no writable cache directory: keep it in memory
            payload = {"compiled": _with_blobs(G, compile_graph(G)), "documents": G.graph.get("documents", {})}
    cg = payload["compiled"]
    cg._cache["documents"] = payload.get("documents") or {}
    return cg


def load_graph(store: Any, *, cache_dir: str | Path | None = None, use_cache: bool = True) -> nx.MultiDiGraph:
    """The store's graph as a networkx MultiDiGraph, cached on disk by store version.

    Parameters
    ----------
    store : newsgraph.graph.store.Store
        Any object with ``to_networkx()`` and ``version()``.
    cache_dir : str or Path, optional
        Folder for the cache file; default: the store's own directory.
    use_cache : bool
        False rebuilds from the store and writes no cache.

    Returns
    -------
    networkx.MultiDiGraph
        Also compiled (:func:`compile_graph`), and the compiled form is
        cached with it, so a later ``compile_graph(G)`` is free.
        ``G.graph["documents"]`` holds :func:`document_metadata`.

    Raises
    ------
    StoreError
        When the store cannot build its graph.

    Notes
    -----
    The cache is two pickles written atomically (temporary file + rename):
    the graph, and the compiled graph for :func:`load_compiled`; older
    versions' pickles in the same folder are removed. A corrupt or
    unreadable cache file is ignored and rebuilt. Pickles are only read from
    the store's own directory (or ``cache_dir``), which the user controls.
    """
    path = cache_path(store, cache_dir) if use_cache else None
    payload = _read(path)
    if payload is not None and cache_path(store, cache_dir, "compiled").is_file():
        G = payload["graph"]
        _COMPILED[G] = payload["compiled"]
        return G
    try:
        G = store.to_networkx()
    except Exception as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot build the graph from the store: {exc}") from exc
    if "documents" not in G.graph:
        G.graph["documents"] = document_metadata(store)
    cg = compile_graph(G)
    if path is not None:
        warm(cg)
        _write(path, {"format": _CACHE_FORMAT, "graph": G, "compiled": cg})
        cpath = cache_path(store, cache_dir, "compiled")
        _write(cpath, {"format": _CACHE_FORMAT, "compiled": _with_blobs(G, cg),
                       "documents": G.graph.get("documents", {})})
        for old in path.parent.glob(f"{CACHE_PREFIX}*.pickle"):
            if old not in (path, cpath):
                old.unlink(missing_ok=True)
    return G
