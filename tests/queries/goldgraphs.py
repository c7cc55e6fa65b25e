"""Graphs built from gold annotations, for path, influence and render tests.

The gold files of ``shared/corpus`` are what an analyst extracts by hand; turning
them into a :class:`DocumentGraph` gives realistic graphs without running the NLP
pipeline, and keeps these tests independent of extraction quality.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation


def gold_document_graph(gold: Path, *, doc_id: str | None = None, published: str | None = None,
                        url: str | None = None) -> DocumentGraph:
    """A DocumentGraph from a ``*.gold.json`` file (evidence = the gold quote, located in the text)."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    text_path = gold.with_name(gold.name.replace(".gold.json", ".txt"))
    text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
    doc = Document(id=doc_id or gold.name.replace(".gold.json", ""), text=text,
                   title=(text.splitlines() or [""])[0][:120] or None, url=url, published=published,
                   source=str(text_path))
    ents: dict[str, Entity] = {}
    by_name: dict[str, str] = {}
    for e in data["entities"]:
        ent = Entity.create(e["name"], e["type"], e.get("aliases", []))
        ents[ent.id] = ent
        by_name[e["name"]] = ent.id
    rels: dict[tuple, Relation] = {}
    for r, modality in [(r, r.get("modality", "asserted")) for r in data["relations"]] + [
            (r, "negated") for r in data.get("negated_relations", [])]:
        quote = r.get("evidence") or ""
        if isinstance(quote, list):
            quote = quote[0].get("sentence", "") if quote else ""
        start = text.find(quote) if quote else -1
        ev = Evidence(document=doc.id, sentence=quote, start=max(start, 0), end=max(start, 0) + len(quote),
                      rule="gold", confidence=0.9, modality=modality)
        key = (by_name[r["subject"]], r["predicate"], by_name[r["object"]])
        rel = rels.setdefault(key, Relation(subject=key[0], predicate=key[1], object=key[2]))
        rel.evidence.append(ev)
    return DocumentGraph(document=doc, entities=ents, relations=list(rels.values()))


def graph_of(dg: DocumentGraph) -> nx.MultiDiGraph:
    """The networkx graph ``Store.to_networkx`` builds, for one DocumentGraph (no store needed)."""
    G = nx.MultiDiGraph()
    for e in dg.entities.values():
        G.add_node(e.id, name=e.name, type=e.type, cls=e.cls or e.type, aliases=list(e.aliases), attributes={})
    for r in dg.relations:
        G.add_edge(r.subject, r.object, key=r.predicate, predicate=r.predicate, confidence=r.confidence,
                   modality=r.modality, evidence=list(r.evidence), attributed_to=r.attributed_to,
                   documents=sorted({ev.document for ev in r.evidence}), qualifiers=dict(r.qualifiers))
    return G


def hop_sequence(path) -> list[tuple[str, str, str, str]]:
    return [(h.source, h.predicate, h.direction, h.target) for h in path.hops]


def slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name.casefold()).strip("-")
