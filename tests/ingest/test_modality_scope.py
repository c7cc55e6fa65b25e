"""Negation and hedges bear on the verb that carries a relation, not on the whole sentence.

All texts are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import DocumentGraph


def _modalities(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def test_negated_verb_of_a_role_holder_does_not_negate_the_role(extract) -> None:
    dg = extract("The tanker Silver Heron was detained in Kalvik on Monday. "
                 "Its manager, Tollmark Marine Services, did not answer emails.")
    owns = _modalities(dg, "OWNS_OR_OPERATES")
    assert owns.get(("Tollmark Marine Services", "Silver Heron")) == "asserted", owns


def test_negated_trigger_verb_still_negates(extract) -> None:
    dg = extract("The freighter Kestrel Dawn did not dock at the port of Pellmouth in May.")
    assert _modalities(dg, "VISITED").get(("Kestrel Dawn", "Pellmouth")) == "negated"


def test_hedge_on_another_verb_leaves_the_shipping_a_fact(extract) -> None:
    dg = extract("Shipments of artillery shells to Pellmouth on the freighter Kestrel Dawn may have ceased in May.")
    moved = _modalities(dg, "TRANSPORTED")
    assert moved.get(("Kestrel Dawn", "artillery shells")) == "asserted", moved


def test_hedge_on_the_trigger_verb_still_hedges(extract) -> None:
    dg = extract("The freighter Kestrel Dawn may have docked at the port of Pellmouth in May.")
    assert _modalities(dg, "VISITED").get(("Kestrel Dawn", "Pellmouth")) == "speculated"
    dg = extract("Artillery shells were possibly loaded onto the freighter Amber Gull at the port of Tamsk.")
    assert _modalities(dg, "TRANSPORTED").get(("Amber Gull", "artillery shells")) == "speculated"


def test_allegation_bears_only_on_what_it_governs(extract) -> None:
    dg = extract("The tanker Silver Heron, whose owner was accused of fraud in 2019, docked at the port of "
                 "Tamsk on Monday.")
    assert _modalities(dg, "VISITED").get(("Silver Heron", "Tamsk")) == "asserted"
    dg = extract("Prosecutors accused the tanker Grey Plover of carrying artillery shells to the port of Pellmouth.")
    assert _modalities(dg, "TRANSPORTED").get(("Grey Plover", "artillery shells")) == "alleged"
    dg = extract("The tanker Red Kite allegedly called at the port of Varnok in May.")
    assert _modalities(dg, "VISITED").get(("Red Kite", "Varnok")) == "alleged"


def test_no_before_the_trigger_noun_negates(extract) -> None:
    dg = extract("Tervala Aerospace signed a supply agreement with Kazakhstan in 2022. "
                 "Tervala Aerospace has no licensing agreement with Mongolia, according to the filings.")
    agreed = _modalities(dg, "AGREEMENT_WITH")
    pairs = {frozenset(k): v for k, v in agreed.items()}
    assert pairs.get(frozenset({"Tervala Aerospace", "Mongolia"})) == "negated", agreed
    assert pairs.get(frozenset({"Tervala Aerospace", "Kazakhstan"})) == "asserted", agreed
