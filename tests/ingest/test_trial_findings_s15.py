"""Findings of 2026-12-02: diplomats and the states they serve, a staff that is no person, and where goods
end up when the text names the buyers rather than a port."""

from __future__ import annotations

import pytest


def _triples(dg) -> set[tuple[str, str, str]]:
    """A document graph's relations as (subject name, predicate, object name)."""
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations}


@pytest.mark.parametrize("text", [
    "Russian Ambassador to Bangladesh Vladimir Kostyrev attended the ceremony.",
    "Vladimir Kostyrev, the Russian ambassador to Bangladesh, attended the ceremony.",
])
def test_an_ambassador_serves_the_state_that_sends_him_not_the_host(extract, text):
    # "to Bangladesh" names the host; the model had read "Bangladesh Vladimir Kostyrev" as one body, and the
    # apposition gave the post to the host country
    t = _triples(extract(text))
    assert ("Vladimir Kostyrev", "AFFILIATED_WITH", "Russia") in t
    assert not any(s == "Vladimir Kostyrev" and o == "Bangladesh" for s, _, o in t)


def test_a_general_staff_that_speaks_is_a_body(extract):
    dg = extract("Ukraine's General Staff said its forces had struck the tanker Perseus Dawn near Novorossiysk.")
    staff = [e for e in dg.entities.values() if e.name == "General Staff"]
    assert staff and staff[0].type == "Organization"


@pytest.mark.parametrize("text,flows", [
    ("Russian Urals crude was almost all bought by Chinese refiners.", {("Russia", "China")}),
    ("Russian propane and butane cargoes mostly went to Turkey.", {("Russia", "Turkey")}),
    ("Iranian crude ended up at independent refineries in Shandong, China.", {("Iran", "China")}),
    ("The oil from Venezuela ended up with buyers in China and Malaysia.",
     {("Venezuela", "China"), ("Venezuela", "Malaysia")}),
])
def test_goods_reach_the_country_of_their_buyers(extract, text, flows):
    t = _triples(extract(text))
    assert {(s, o) for s, p, o in t if p == "SHIPPED_TO"} == flows


@pytest.mark.parametrize("text", ["The Russian crew went to Turkey.",
                                  "Chinese engineers were hired by Russian drone makers."])
def test_people_who_travel_are_no_shipment(extract, text):
    assert not any(p == "SHIPPED_TO" for _, p, _ in _triples(extract(text)))
