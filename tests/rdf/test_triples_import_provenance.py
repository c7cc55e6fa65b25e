"""Turtle/N-Triples lose named graphs; importing them must not credit a claim to a document that never made it."""

from __future__ import annotations

import pytest

from newsgraph.graph.formats import export_store, import_file
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from newsgraph.graph.store import Store


def _graphs():
    navy = Entity.create("Coastal Navy", "Organization")
    ship = Entity.create("Grey Heron", "Vessel")
    port = Entity.create("Port Elda", "Port")
    t1 = "The Coastal Navy operates the Grey Heron, which called at Port Elda."
    t2 = "The Grey Heron was seen again near Port Elda; the Coastal Navy did not own it, a paper said."
    d1 = DocumentGraph(Document(id="one", text=t1), {e.id: e for e in (navy, ship, port)}, [
        Relation(navy.id, "OWNS_OR_OPERATES", ship.id, [Evidence("one", t1, 0, len(t1), "t", 0.9)]),
        Relation(ship.id, "VISITED", port.id, [Evidence("one", t1, 0, len(t1), "t", 0.9)]),
    ])
    d2 = DocumentGraph(Document(id="two", text=t2), {e.id: e for e in (navy, ship, port)}, [
        Relation(navy.id, "OWNS_OR_OPERATES", ship.id, [Evidence("two", t2, 0, len(t2), "t", 0.6, "negated")]),
    ])
    return d1, d2


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triples_import_keeps_each_claim_with_its_document(tmp_path, fmt):
    src, dst = tmp_path / "src", tmp_path / "dst"
    with Store.open(src) as store:
        for dg in _graphs():
            store.upsert(dg)
        export_store(store, fmt, tmp_path / f"g.{fmt}")
    with Store.open(dst) as store:
        import_file(store, tmp_path / f"g.{fmt}", fmt)
        ask = ("ASK { GRAPH <https://w3id.org/newsgraph/doc/%s> { "
               "<https://w3id.org/newsgraph/id/organization/coastal-navy> ng:ownsOrOperates ?v } }")
        prefixes = {"ng": "https://w3id.org/newsgraph/ontology#"}
        assert bool(store.query(ask % "one", prefixes=prefixes))
        # document two only negates it: it must not hold the fact
        assert not bool(store.query(ask % "two", prefixes=prefixes))
        store.forget("one")
        assert not bool(store.query(ask.replace("GRAPH <https://w3id.org/newsgraph/doc/%s> { ", "{ ") % (),
                                    prefixes=prefixes))
