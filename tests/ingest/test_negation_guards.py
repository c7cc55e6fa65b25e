"""Negation that contradicts a claim, and negation that must not spread to the next clause.

All texts are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import NOT_FACT, DocumentGraph


def _modalities(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def test_negation_stops_at_a_coordinated_clause_with_its_own_subject(extract) -> None:
    dg = extract("Iran cannot build jet engines of its own, and Tehran sends drones to Venezuela.")
    shipped = _modalities(dg, "SHIPPED_TO")
    assert shipped.get(("Iran", "Venezuela")) in ("asserted", "reported"), shipped


def test_a_claim_contradicted_by_tracking_data_is_not_a_fact(extract) -> None:
    dg = extract("Bloggers claimed the tanker Pale Marlin had loaded fuel at the port of Kestrow, but tracking "
                 "data from ShipWatch show that the Pale Marlin did not enter Kestrow this year.")
    visited = _modalities(dg, "VISITED")
    assert visited.get(("Pale Marlin", "Kestrow")) in NOT_FACT, visited
