"""Look-ups behind ``newsgraph entities``, ``relations`` and ``documents``.

Pure query logic, no printing: each function takes the graph (the store's
networkx view, see :func:`newsgraph.queries.graphcache.load_graph`) or the
store itself, and returns plain records (lists of dicts) that the CLI prints
as a table or as JSON.

Example
-------
>>> import networkx as nx
>>> from newsgraph.graph.model import Evidence
>>> G = nx.MultiDiGraph()
>>> G.add_node("vessel/ocean-star", name="Ocean Star", type="Vessel", cls="Vessel", aliases=["Ocean Star"])
>>> G.add_node("port/basra", name="Basra", type="Port", cls="Port", aliases=["Basra"])
>>> ev = Evidence("doc1", "Ocean Star docked at Basra.", 0, 27, modality="asserted")
>>> G.add_edge("vessel/ocean-star", "port/basra", key="VISITED", predicate="VISITED",
...            confidence=0.9, modality="asserted", evidence=[ev], attributed_to=[])
'VISITED'
>>> [(r["direction"], r["predicate"], r["other"]) for r in relations_of(G, "port/basra")]
[('in', 'VISITED', 'Ocean Star')]
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import networkx as nx

from ..exceptions import QueryError
from ..graph.model import NOT_FACT, Entity, Evidence

__all__ = ["as_graph", "graph_entities", "list_entities", "relations_of", "document_rows",
           "evidence_rows", "check_type", "check_predicate"]


def as_graph(source: Any) -> nx.MultiDiGraph:
    """The networkx graph of ``source``.

    Parameters
    ----------
    source : networkx.MultiDiGraph or newsgraph.graph.store.Store
        A graph is returned as is; a store gives its cached graph
        (:func:`~newsgraph.queries.graphcache.load_graph`).

    Returns
    -------
    networkx.MultiDiGraph
        Nodes are entity ids (attributes ``name``, ``type``, ``cls``,
        ``aliases``); edges are keyed by predicate (attributes ``evidence``,
        ``confidence``, ``modality``, ``attributed_to``).
    """
    if isinstance(source, nx.Graph):
        return source
    from .graphcache import load_graph

    return load_graph(source)


def graph_entities(source: Any) -> list[Entity]:
    """Every entity of the graph as :class:`~newsgraph.graph.model.Entity`, sorted by id.

    Used to resolve a typed name with
    :func:`newsgraph.cli.common.resolve_entity`.
    """
    G = as_graph(source)
    out = []
    for node, data in sorted(G.nodes(data=True)):
        name = data.get("name") or str(node)
        out.append(Entity(id=node, name=name, type=data.get("type", "Other"),
                          aliases=list(data.get("aliases") or [name]), cls=data.get("cls"),
                          attributes=dict(data.get("attributes") or {})))
    return out


def check_type(entity_type: str | None) -> str | None:
    """The ontology's spelling of an entity type, matched case-insensitively: an evaluation-level type
    (Vessel, Organization ...) or one of the finer classes beneath them (Company, GovernmentAgency,
    MediaOrganization ...).

    Parameters
    ----------
    entity_type : str or None

    Returns
    -------
    str or None
        e.g. ``"vessel"`` -> ``"Vessel"``; None stays None.

    Raises
    ------
    QueryError
        When the type is not one of the ontology's evaluation types
        (the message lists them).
    """
    if entity_type is None:
        return None
    from ..ontology import load_ontology

    onto = load_ontology()
    types = list(onto.evaluation_types)
    for t in [*types, *sorted(c for c in onto.classes if c not in types)]:
        if t.casefold() == entity_type.strip().casefold():
            return t
    finer = sorted(c for c in onto.classes if c not in types)
    raise QueryError(f"unknown entity type {entity_type!r}; choose one of: {', '.join(types)} "
                     f"(or a finer class: {', '.join(finer)})")


def check_predicate(predicate: str | None) -> str | None:
    """The ontology's name of a relation type, from its name or RDF property, any case.

    ``"visited"`` and ``"Visited"`` -> ``"VISITED"``; ``"shipped-to"`` -> ``"SHIPPED_TO"``.

    Raises
    ------
    QueryError
        When no relation type matches (the message lists them).
    """
    if predicate is None:
        return None
    from ..ontology import load_ontology

    onto = load_ontology()
    key = predicate.strip().replace("-", "_").replace(" ", "_").casefold()
    for rel in onto.relations.values():
        if key in (rel.name.casefold(), rel.property.casefold()):
            return rel.name
    raise QueryError(f"unknown relation type {predicate!r}; choose one of: {', '.join(sorted(onto.relations))}")


def list_entities(source: Any, entity_type: str | None = None) -> list[dict[str, Any]]:
    """Entities with their relation counts.

    Parameters
    ----------
    source : networkx.MultiDiGraph or Store
    entity_type : str, optional
        Evaluation-level type or finer class to keep, any case (checked by :func:`check_type`).

    Returns
    -------
    list of dict
        ``{"id", "name", "type", "class", "aliases", "relations"}`` sorted by
        type then name; ``relations`` counts edges in both directions.

    Raises
    ------
    QueryError
        For an unknown type.
    """
    wanted = check_type(entity_type)
    G = as_graph(source)
    rows = []
    for node, data in G.nodes(data=True):
        if wanted is not None and wanted not in (data.get("type"), data.get("cls")):
            continue
        name = data.get("name") or str(node)
        rows.append({
            "id": node, "name": name, "type": data.get("type"), "class": data.get("cls") or data.get("type"),
            "aliases": sorted(set(data.get("aliases") or [name])),
            "relations": G.in_degree(node) + G.out_degree(node),
        })
    rows.sort(key=lambda r: (r["type"] or "", r["name"].casefold(), r["id"]))
    return rows


def _evidence_json(ev: Evidence | dict) -> dict[str, Any]:
    d = asdict(ev) if not isinstance(ev, dict) else dict(ev)
    return {k: d.get(k) for k in ("document", "sentence", "start", "end", "rule", "confidence",
                                  "modality", "attributed_to")}


def relations_of(source: Any, entity_id: str, predicate: str | None = None, *,
                 include_negated: bool = True) -> list[dict[str, Any]]:
    """Every relation of an entity, in both directions, with its evidence.

    Parameters
    ----------
    source : networkx.MultiDiGraph or Store
    entity_id : str
        Entity id (``"vessel/ocean-star"``); resolve a typed name first with
        :func:`newsgraph.cli.common.resolve_entity`.
    predicate : str, optional
        Keep only this relation type (name or RDF property, any case).
    include_negated : bool
        Keep relations the texts deny or negate (their ``modality`` says so).

    Returns
    -------
    list of dict
        One record per relation: ``direction`` (``"out"`` when the entity is
        the subject, ``"in"`` when it is the object), ``subject``,
        ``subject_id``, ``predicate``, ``object``, ``object_id``, ``other``,
        ``other_id``, ``other_type``, ``confidence``, ``modality``,
        ``attributed_to``, ``documents`` and ``evidence`` (a list of
        ``{"document", "sentence", "start", "end", "rule", "confidence",
        "modality", "attributed_to"}``). Outgoing first, then by predicate
        and the other end's name; a self-loop is listed once.

    Raises
    ------
    QueryError
        For an unknown predicate, or an entity id not in the graph.
    """
    wanted = check_predicate(predicate)
    G = as_graph(source)
    if entity_id not in G:
        raise QueryError(f"no entity with id {entity_id!r} in the graph")

    def name(n: str) -> str:
        return G.nodes[n].get("name") or n

    rows = []
    edges = [("out", u, v, k, d) for u, v, k, d in G.out_edges(entity_id, keys=True, data=True)]
    edges += [("in", u, v, k, d) for u, v, k, d in G.in_edges(entity_id, keys=True, data=True) if u != v]
    for direction, u, v, key, data in edges:
        pred = data.get("predicate", key)
        if wanted is not None and pred != wanted:
            continue
        modality = data.get("modality", "asserted")
        if not include_negated and modality in NOT_FACT:
            continue
        other = v if direction == "out" else u
        evidence = [_evidence_json(e) for e in data.get("evidence") or []]
        rows.append({
            "direction": direction,
            "subject": name(u), "subject_id": u,
            "predicate": pred,
            "object": name(v), "object_id": v,
            "other": name(other), "other_id": other, "other_type": G.nodes[other].get("type"),
            "confidence": round(float(data.get("confidence", 0.0)), 4),
            "modality": modality,
            "attributed_to": list(data.get("attributed_to") or []),
            "documents": sorted({e["document"] for e in evidence if e.get("document")}),
            "evidence": evidence,
            "qualifiers": dict(data.get("qualifiers") or {}),
        })
    rows.sort(key=lambda r: (r["direction"] != "out", r["predicate"], r["other"].casefold(), r["other_id"]))
    return rows


def evidence_rows(relations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten :func:`relations_of` records to one row per piece of evidence, for tables.

    Returns
    -------
    list of dict
        ``{"relation", "predicate", "other", "modality", "attributed_to",
        "document", "sentence"}``; ``relation`` reads ``"-> VISITED -> Basra"``
        or ``"<- SANCTIONED <- OFAC"``.
    """
    out = []
    for r in relations:
        arrow = f"-> {r['predicate']} -> {r['other']}" if r["direction"] == "out" else \
            f"<- {r['predicate']} <- {r['other']}"
        for ev in r["evidence"] or [{}]:
            out.append({
                "relation": arrow, "predicate": r["predicate"], "other": r["other"],
                "modality": ev.get("modality") or r["modality"],
                "attributed_to": ev.get("attributed_to") or [],
                "document": ev.get("document") or "",
                "sentence": " ".join((ev.get("sentence") or "").split()),
            })
    return out


def document_rows(store: Any) -> list[dict[str, Any]]:
    """Stored documents with what each contributes.

    Parameters
    ----------
    store : newsgraph.graph.store.Store

    Returns
    -------
    list of dict
        ``{"id", "title", "published", "source", "url", "entities",
        "relations"}`` sorted by id; ``entities`` and ``relations`` count what
        that document's named graph holds.
    """
    rows = []
    for doc_id in store.document_ids():
        dg = store.document_graph(doc_id)
        d = dg.document
        rows.append({"id": d.id, "title": d.title, "published": d.published, "source": d.source,
                     "url": d.url, "entities": len(dg.entities), "relations": len(dg.relations)})
    return rows
