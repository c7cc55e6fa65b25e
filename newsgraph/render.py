"""HTML views of the graph with pyvis (vis-network): whole graph, an entity's neighbourhood, a path.

Each view is one self-contained HTML file that works offline: pyvis inlines
vis-network's JavaScript and CSS (``cdn_resources="in_line"``), and the
remote Bootstrap files its template links are removed (the view does not
use them). :func:`render_html` checks that no ``<script src>`` or ``<link
href>`` pointing outside the file remains, and raises if one does.

Text from articles never becomes markup. Labels travel as JSON (pyvis'
template serialises nodes with Jinja's ``tojson``, which escapes ``<``,
``>`` and ``&``), vis-network shows string labels as canvas text, and the
tooltips and the details panel are built in the page with DOM
``textContent``, never ``innerHTML`` (pyvis' own "popup" template, which
uses ``innerHTML`` whenever a title contains ``href``, is never triggered
because nodes carry no ``title`` string). Everything else written into the
page is escaped with :func:`html.escape`.

Large graphs stay usable: above :data:`PHYSICS_LIMIT` entities the layout is
computed once in igraph (Fruchterman-Reingold) and physics is switched off;
above ``max_nodes`` (default :data:`MAX_NODES`) only the best-connected
entities are drawn, with a warning in the result and on the page.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import networkx as nx
import numpy as np

from .exceptions import NewsgraphError, QueryError
from .ingest.read import GENERATOR_TAG
from .graph.model import MODALITIES, NOT_FACT

__all__ = ["RenderResult", "render_html", "select_view", "MAX_NODES", "PHYSICS_LIMIT", "remote_references"]

MAX_NODES = 2000
"""Default cap on drawn entities; vis-network becomes sluggish beyond a few thousand."""

PHYSICS_LIMIT = 500
"""Above this many entities the layout is precomputed and physics switched off."""

HEDGED = frozenset(m for m in MODALITIES if m not in NOT_FACT and m != "asserted")

_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe|source|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:)?//""",
    re.IGNORECASE,
)
_BOOTSTRAP_LINK = re.compile(r"<link\b[^>]*href=\"https?://[^\"]*bootstrap[^\"]*\"[^>]*/?>", re.IGNORECASE | re.DOTALL)
_BOOTSTRAP_SCRIPT = re.compile(r"<script\b[^>]*src=\"https?://[^\"]*bootstrap[^\"]*\"[^>]*>\s*</script>",
                               re.IGNORECASE | re.DOTALL)


@dataclass
class RenderResult:
    """What :func:`render_html` wrote.

    Attributes
    ----------
    path : Path
        The HTML file.
    nodes, edges : int
        Entities and relations drawn.
    warnings : list of str
        E.g. the graph was capped or physics switched off.
    highlighted : list of str
        Entity ids of the highlighted path (empty when none).
    """

    path: Path
    nodes: int
    edges: int
    warnings: list[str] = field(default_factory=list)
    highlighted: list[str] = field(default_factory=list)


def remote_references(page: str) -> list[str]:
    """Tags in ``page`` that would load something from the network.

    Returns
    -------
    list of str
        The offending tags' openings (empty for an offline page).

    Examples
    --------
    >>> remote_references('<script src="https://cdn.example/x.js"></script><script>var a = "http://x";</script>')
    ['<script src="https://']
    """
    return [m.group(0) for m in _REMOTE.finditer(page)]


def _colours(G: nx.MultiDiGraph) -> dict[str, str]:
    from .ontology import load_ontology

    onto = load_ontology()
    return {name: c.colour for name, c in onto.classes.items()}


def select_view(G: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, path: Sequence[str] | None = None,
                entity_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                max_nodes: int = MAX_NODES, isolated: bool = False) -> tuple[nx.MultiDiGraph, list[str]]:
    """The part of ``G`` a view draws.

    Parameters
    ----------
    G : networkx.MultiDiGraph
    focus : str, optional
        Entity id: draw its ego network of ``depth`` hops.
    depth : int
        Hops around ``focus``, or around every entity of ``path``.
    path : sequence of str, optional
        Entity ids of a path: draw it and its ``depth``-hop neighbourhood
        (``depth=0``: the path alone).
    entity_types : iterable of str, optional
        Only entities of these types (focus and path entities are kept).
    modalities : iterable of str, optional
        Only relations with these modalities (default: all but denied/negated).
    max_nodes : int
        Keep at most this many entities: focus and path first, then by
        number of relations.
    isolated : bool
        Also draw entities with no relation in view (of the modalities
        shown, to another entity in view); by default they are left out, as
        a network view's clutter (``entities`` lists them all), and a
        warning counts them. Focus and path entities are always drawn.

    Returns
    -------
    (networkx.MultiDiGraph, list of str)
        The subgraph (a copy) and warnings.

    Raises
    ------
    QueryError
        When ``focus`` or a path entity is not in ``G``.
    """
    from .queries.paths import DEFAULT_MODALITIES

    warnings: list[str] = []
    mods = set(modalities) if modalities is not None else set(DEFAULT_MODALITIES)
    for m in mods:
        if m not in MODALITIES:
            raise QueryError(f"unknown modality {m!r}; known: {', '.join(MODALITIES)}")
    pinned: list[str] = []
    if focus is not None:
        if focus not in G:
            raise QueryError(f"entity id {focus!r} is not in the graph")
        pinned.append(focus)
    for n in path or ():
        if n not in G:
            raise QueryError(f"entity id {n!r} is not in the graph")
        pinned.append(n)
    pinned = list(dict.fromkeys(pinned))
    types = set(entity_types) if entity_types else None

    def node_ok(n: str) -> bool:
        return types is None or n in pinned_set or G.nodes[n].get("type") in types

    pinned_set = set(pinned)
    if pinned:
        seen = set(pinned)
        frontier = list(pinned)
        for _ in range(max(0, depth)):
            nxt = []
            for n in frontier:
                for u, v, k, d in G.out_edges(n, keys=True, data=True):
                    if (d.get("modality") or "asserted") in mods and v not in seen and node_ok(v):
                        seen.add(v)
                        nxt.append(v)
                for u, v, k, d in G.in_edges(n, keys=True, data=True):
                    if (d.get("modality") or "asserted") in mods and u not in seen and node_ok(u):
                        seen.add(u)
                        nxt.append(u)
            frontier = nxt
        nodes = [n for n in G if n in seen]
    else:
        nodes = [n for n in G if node_ok(n)]
    if not isolated:
        # "--modality denied": the view of those claims, not every entity with the few claims among them;
        # and by default no entity that nothing in view links to
        in_view = set(nodes)
        touched = {x for u, v, d in G.edges(data=True) if (d.get("modality") or "asserted") in mods
                   and u in in_view and v in in_view and u != v for x in (u, v)}
        alone = [n for n in nodes if n not in touched and n not in pinned_set]
        if alone and modalities is None:
            warnings.append(f"{len(alone)} entities with no relation in view left out (--isolated draws them)")
        nodes = [n for n in nodes if n in touched or n in pinned_set]
    if len(nodes) > max_nodes:
        deg = dict(G.degree(nodes))
        rest = sorted((n for n in nodes if n not in pinned_set), key=lambda n: (-deg[n], n))
        keep = set(pinned) | set(rest[:max(0, max_nodes - len(pinned))])
        warnings.append(f"graph has {len(nodes)} entities in view; drawing the {len(keep)} with the most "
                        f"relations (raise --max-nodes, or use --focus/--type to narrow the view)")
        nodes = [n for n in nodes if n in keep]
    keep = set(nodes)
    H = nx.MultiDiGraph()
    for n in nodes:
        H.add_node(n, **G.nodes[n])
    for u, v, k, d in G.out_edges(nodes, keys=True, data=True):
        if v in keep and (d.get("modality") or "asserted") in mods:
            H.add_edge(u, v, key=k, **d)
    return H, warnings


def _ev(e: Any, key: str, default: Any = None) -> Any:
    return e.get(key, default) if isinstance(e, dict) else getattr(e, key, default)


def _safe_href(url: Any) -> str | None:
    if isinstance(url, str) and re.match(r"^(https?|file)://", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def _edge_tip(G: nx.MultiDiGraph, u: str, v: str, d: dict, documents: Mapping[str, Mapping[str, Any]],
              max_evidence: int) -> dict[str, Any]:
    name = lambda n: str(G.nodes[n].get("name") or n)
    pred = str(d.get("predicate") or "")
    lines = [f"modality: {d.get('modality') or 'asserted'}; confidence: {float(d.get('confidence') or 0):.2f}"]
    if d.get("attributed_to"):
        lines.append("according to: " + ", ".join(map(str, d["attributed_to"])))
    links = []
    evidence = list(d.get("evidence") or [])
    for e in evidence[:max_evidence]:
        doc_id = str(_ev(e, "document", ""))
        meta = documents.get(doc_id) or {}
        src = meta.get("title") or doc_id
        mod = _ev(e, "modality", "asserted")
        lines.append(f"“{_ev(e, 'sentence', '')}” ({mod}; {src})")
        href = _safe_href(meta.get("url"))
        if href:
            links.append({"text": f"source: {src}", "href": href})
    if len(evidence) > max_evidence:
        lines.append(f"… and {len(evidence) - max_evidence} more sentences")
    return {"head": f"{name(u)} -[{pred}]-> {name(v)}", "lines": lines, "links": links}


def _node_tip(G: nx.MultiDiGraph, n: str) -> dict[str, Any]:
    d = G.nodes[n]
    lines = [f"type: {d.get('type')}" + (f" ({d.get('cls')})" if d.get("cls") and d.get("cls") != d.get("type") else ""),
             f"id: {n}"]
    aliases = [a for a in d.get("aliases") or [] if a != d.get("name")]
    if aliases:
        lines.append("also called: " + ", ".join(map(str, aliases[:10])))
    lines.append(f"relations: {G.degree(n)}")
    return {"head": str(d.get("name") or n), "lines": lines, "links": []}


_STYLE = """
body { margin: 0; font-family: system-ui, sans-serif; }
#ng-header { padding: 6px 10px; border-bottom: 1px solid #ddd; }
#ng-header h1 { font-size: 16px; margin: 0 0 4px 0; }
#ng-legend span.ng-swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px;
  margin: 0 4px 0 10px; vertical-align: middle; }
#ng-legend { font-size: 13px; }
.ng-warning { color: #a00; font-size: 13px; }
#ng-details { position: fixed; right: 8px; bottom: 8px; max-width: 40%; max-height: 40%; overflow: auto;
  background: #fff; border: 1px solid #aaa; padding: 6px; font-size: 12px; display: none; z-index: 10; }
.ng-tip { max-width: 480px; white-space: normal; font-size: 12px; }
.ng-tip div { margin-top: 3px; }
"""

_SCRIPT = r"""
(function () {
  function build(t) {
    var d = document.createElement('div');
    d.className = 'ng-tip';
    var h = document.createElement('b');
    h.textContent = t.head;
    d.appendChild(h);
    (t.lines || []).forEach(function (l) {
      var p = document.createElement('div');
      p.textContent = l;
      d.appendChild(p);
    });
    (t.links || []).forEach(function (l) {
      if (!/^(https?|file):\/\//i.test(l.href)) { return; }
      var p = document.createElement('div');
      var a = document.createElement('a');
      a.textContent = l.text;
      a.setAttribute('href', l.href);
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      p.appendChild(a);
      d.appendChild(p);
    });
    return d;
  }
  nodes.update(nodes.get().filter(function (n) { return n.tip; })
    .map(function (n) { return {id: n.id, title: build(n.tip)}; }));
  edges.update(edges.get().filter(function (e) { return e.tip; })
    .map(function (e) { return {id: e.id, title: build(e.tip)}; }));
  var panel = document.getElementById('ng-details');
  network.on('click', function (params) {
    var item = null;
    if (params.nodes.length) { item = nodes.get(params.nodes[0]); }
    else if (params.edges.length) { item = edges.get(params.edges[0]); }
    while (panel.firstChild) { panel.removeChild(panel.firstChild); }
    if (item && item.tip) { panel.appendChild(build(item.tip)); panel.style.display = 'block'; }
    else { panel.style.display = 'none'; }
  });
  window.newsgraphView = {ready: true, nodes: nodes.length, edges: edges.length};
})();
"""


def _layout(H: nx.MultiDiGraph, nodes: list[str], seed: int = 0) -> dict[str, tuple[float, float]]:
    import random

    import igraph

    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in H.edges() if u != v])
    g.simplify()
    igraph.set_random_number_generator(random.Random(seed))
    try:
        lay = g.layout_fruchterman_reingold(niter=300, grid="auto")
    finally:
        igraph.set_random_number_generator(random)
    coords = np.asarray(lay.coords, dtype=float) if len(nodes) else np.zeros((0, 2))
    if len(nodes) > 1:
        coords -= np.median(coords, axis=0)
        span = float(np.percentile(np.abs(coords), 95)) or 1.0
        coords = np.clip(coords, -1.2 * span, 1.2 * span)  # isolated entities drift far out otherwise
        coords *= (40.0 * np.sqrt(len(nodes))) / span
    return {n: (float(coords[i, 0]), float(coords[i, 1])) for n, i in index.items()}


def render_html(G: nx.MultiDiGraph, out: str | Path, *, focus: str | None = None, depth: int = 1,
                path: Sequence[str] | None = None, path_edges: Sequence[tuple[str, str, str]] | None = None,
                entity_types: Iterable[str] | None = None, modalities: Iterable[str] | None = None,
                documents: Mapping[str, Mapping[str, Any]] | None = None, max_nodes: int = MAX_NODES,
                physics: bool | None = None, title: str = "newsgraph", max_evidence: int = 5,
                isolated: bool = False) -> RenderResult:
    """Write an interactive HTML view of ``G`` (or part of it) to ``out``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The store's graph (:func:`newsgraph.queries.graphcache.load_graph`).
    out : str or Path
        HTML file to write (its folder must exist).
    focus : str, optional
        Entity id: draw its ``depth``-hop neighbourhood (ego network).
    depth : int
        Hops around ``focus`` or around each entity of ``path``.
    path : sequence of str, optional
        Entity ids of a path, drawn thick in its neighbourhood.
    path_edges : sequence of (subject, object, predicate), optional
        The path's relations to highlight (default: every relation between
        consecutive path entities).
    entity_types, modalities : iterable of str, optional
        Filters; see :func:`select_view`.
    documents : mapping, optional
        Document id -> ``{"title", "url", "published"}``: tooltips name the
        document by title and link to its URL (http, https or file only).
    max_nodes : int
        Cap on drawn entities (see :func:`select_view`).
    isolated : bool
        Also draw entities with no relation in view (see :func:`select_view`).
    physics : bool, optional
        Force vis-network physics on or off (default: on up to
        :data:`PHYSICS_LIMIT` entities).
    title : str
        Page heading (escaped).
    max_evidence : int
        Most evidence sentences per tooltip.

    Returns
    -------
    RenderResult

    Raises
    ------
    QueryError
        When ``focus`` or a path entity is not in the graph, or a filter
        value is unknown.
    NewsgraphError
        When ``out`` cannot be written, or (a bug) the page would load
        something from the network.

    Notes
    -----
    Colours come from the ontology (``ng:colour`` of each class, see
    :func:`newsgraph.ontology.load_ontology`); relation labels are the
    predicates; hedged relations (reported, alleged, speculated) are dashed,
    denied or negated ones (shown only when asked for by ``modalities``) are
    red and dotted.
    """
    from pyvis.network import Network

    out = Path(out)
    documents = dict(documents or {})
    H, warnings = select_view(G, focus=focus, depth=depth, path=path, entity_types=entity_types,
                              modalities=modalities, max_nodes=max_nodes, isolated=isolated)
    colours = _colours(G)
    nodes = list(H.nodes)
    n = len(nodes)
    use_physics = physics if physics is not None else n <= PHYSICS_LIMIT
    positions: dict[str, tuple[float, float]] = {}
    if not use_physics and n:
        positions = _layout(H, nodes)
        if physics is None:
            warnings.append(f"{n} entities: layout precomputed and physics switched off")

    on_path = set(path or ())
    highlight: set[tuple[str, str, str]] = set()
    if path:
        if path_edges:
            highlight = {tuple(e) for e in path_edges}
        else:
            for a, b in zip(path, path[1:]):
                for u, v in ((a, b), (b, a)):
                    if H.has_edge(u, v):
                        highlight |= {(u, v, str(k)) for k in H[u][v]}

    deg = dict(H.degree())
    maxdeg = max(deg.values(), default=1) or 1
    vis_nodes = []
    for node in nodes:
        d = H.nodes[node]
        typ = str(d.get("type") or "Other")
        colour = colours.get(str(d.get("cls") or typ)) or colours.get(typ, "#808080")
        item: dict[str, Any] = {
            "id": node, "label": str(d.get("name") or node), "shape": "dot", "ng_type": typ,
            "color": colour, "size": 10 + 20 * (deg.get(node, 0) / maxdeg) ** 0.5,
            "tip": _node_tip(H, node), "font": {"color": "#222222"},
        }
        if node in on_path or node == focus:
            item["borderWidth"] = 4
            item["color"] = {"background": colour, "border": "#000000"}
            item["font"] = {"color": "#000000", "bold": True}
        if node in positions:
            item["x"], item["y"] = positions[node]
        vis_nodes.append(item)
    vis_edges = []
    for i, (u, v, k, d) in enumerate(H.edges(keys=True, data=True)):
        mod = d.get("modality") or "asserted"
        support = sum(float(_ev(e, "confidence", 0.5) or 0) for e in d.get("evidence") or []) or float(
            d.get("confidence") or 0.5)
        item = {
            "id": f"e{i}", "from": u, "to": v, "label": str(d.get("predicate") or k), "arrows": "to",
            "width": 1 + min(4.0, support), "ng_modality": mod,
            "tip": _edge_tip(H, u, v, d, documents, max_evidence), "font": {"size": 10, "align": "middle"},
            "ng_predicate": str(d.get("predicate") or k),
            "color": {"color": "#888888"},
        }
        if mod in HEDGED:
            item["dashes"] = True
        elif mod in NOT_FACT:
            item["dashes"] = [2, 4]
            item["color"] = {"color": "#cc0000"}
        if (u, v, str(k)) in highlight:
            item["width"] = 6
            item["color"] = {"color": "#000000"}
            item["ng_path"] = True
        vis_edges.append(item)

    if n > PHYSICS_LIMIT:  # thousands of edge labels make panning sluggish; the tooltip still names it
        for item in vis_edges:
            item.pop("label", None)
    net = Network(height="85vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    net.nodes = vis_nodes
    net.edges = vis_edges
    net.node_ids = [x["id"] for x in vis_nodes]
    net.node_map = {x["id"]: x for x in vis_nodes}
    net.options = {
        "physics": {"enabled": bool(use_physics), "stabilization": {"iterations": 200},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > PHYSICS_LIMIT},
        "edges": {"smooth": {"enabled": n <= PHYSICS_LIMIT, "type": "dynamic"}},
        "nodes": {"font": {"size": 14}},
    }
    page = net.generate_html(name=str(out.name) if out.suffix == ".html" else "index.html")
    page = _BOOTSTRAP_LINK.sub("", page)
    page = _BOOTSTRAP_SCRIPT.sub("", page)
    page = page.replace("<center>\n<h1></h1>\n</center>", "").replace(
        "<center>\n          <h1></h1>\n        </center>", "")

    present = sorted({str(x["ng_type"]) for x in vis_nodes})
    legend = "".join(
        f'<span class="ng-swatch" style="background:{html.escape(colours.get(t, "#808080"))}"></span>'
        f'<span class="ng-type">{html.escape(t)}</span>' for t in present)
    legend += ("<span style='margin-left:16px'>── asserted &nbsp; - - - reported / alleged / speculated"
               "</span>")
    header = [f'<div id="ng-header"><h1 id="ng-title">{html.escape(title)}</h1>',
              f'<div id="ng-legend">{legend}</div>',
              f'<div id="ng-counts">{n} entities, {len(vis_edges)} relations</div>']
    for w in warnings:
        header.append(f'<div class="ng-warning">{html.escape(w)}</div>')
    header.append('</div><div id="ng-details"></div>')
    page = page.replace("<body>", "<body>\n" + "\n".join(header), 1)
    page = page.replace("</head>", f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n</head>", 1)
    page = re.sub(r"<head[^>]*>", lambda m: m.group(0) + "\n" + GENERATOR_TAG, page, count=1)  # early: read first
    page = page.replace("</body>", f"<script>{_SCRIPT}</script>\n</body>", 1)
    remote = remote_references(page)
    if remote:  # pragma: no cover - guards against a pyvis upgrade changing its template
        raise NewsgraphError(f"{out}: the view would load from the network ({remote[0]}…); "
                             "refusing to write a page that does not work offline")
    from .graph.formats import write_atomically  # (a failed write keeps the earlier view whole)

    write_atomically(out, page.encode("utf-8"), what="the HTML view")
    return RenderResult(path=out.resolve(), nodes=n, edges=len(vis_edges), warnings=warnings,
                        highlighted=list(path or ()))
