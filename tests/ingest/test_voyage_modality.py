"""Planned voyages, registry denials, contradicted destinations and the verb "ships".

General principles found failing on unseen articles; all texts here are invented.
"""

from __future__ import annotations

from newsgraph.graph.model import NOT_FACT, DocumentGraph


def _rels(dg: DocumentGraph, pred: str) -> dict[tuple[str, str], str]:
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], names[r.object]): r.modality for r in dg.relations if r.predicate == pred}


def test_future_or_planned_voyage_is_no_visit(extract) -> None:
    for text in ("The cruise ship Northern Lark will sail to the port of Tamsk next month.",
                 "The freighter Kestrel Dawn is scheduled to call at the port of Pellmouth in June.",
                 "The container ship Amber Gull plans to dock at the port of Varnok after repairs."):
        visits = _rels(extract(text), "VISITED")
        assert not {k: v for k, v in visits.items() if v not in NOT_FACT}, (text, visits)


def test_past_visit_beside_a_planned_one(extract) -> None:
    visits = _rels(extract("The tanker Grey Plover docked at the port of Tamsk on Monday and will leave "
                           "for the port of Varnok on Friday."), "VISITED")
    assert visits.get(("Grey Plover", "Tamsk")) == "asserted", visits
    assert ("Grey Plover", "Varnok") not in visits


def test_not_registered_outweighs_the_flag_flown(extract) -> None:
    dg = extract("The tanker Grey Plover flew the flag of Togo. The ship is not registered in Togo's registry.")
    assert _rels(dg, "FLAGGED_IN").get(("Grey Plover", "Togo")) in NOT_FACT
    dg = extract("The tanker Copper Finch is not flagged in Liberia.")
    assert _rels(dg, "FLAGGED_IN").get(("Copper Finch", "Liberia")) == "negated"


def test_the_tanker_named_in_the_sentence_not_an_earlier_one(extract) -> None:
    dg = extract("The tanker Silver Heron sailed from the port of Tamsk on Monday. "
                 "The tanker Grey Plover flew the flag of Togo.")
    flags = _rels(dg, "FLAGGED_IN")
    assert set(flags) == {("Grey Plover", "Togo")}, flags


def test_declared_destination_contradicted_in_reality(extract) -> None:
    dg = extract("The tanker Grey Plover declared the port of Tamsk as its destination but was in reality "
                 "proceeding to the port of Pellmouth.")
    assert _rels(dg, "VISITED").get(("Grey Plover", "Tamsk")) == "negated"


def test_company_that_ships_goods_is_not_a_vessel(extract) -> None:
    dg = extract("The club has a new shirt sponsor. The sponsor, Norvik Freight, ships 300,000 containers a year "
                 "to Asia.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Norvik Freight") != "Vessel", types
    assert "Asia" not in types or types["Asia"] != "Port", types
    assert not [r for r in dg.relations if r.predicate in ("TRANSPORTED", "VISITED")]


def test_aboard_a_companys_ships_is_no_vessel_name(extract) -> None:
    dg = extract("The containers travel aboard Tollmark's ships to Asia. "
                 "Some were loaded aboard Tollmark Lines vessels last year.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert not [n for n, t in types.items() if "Tollmark" in n and t == "Vessel"], types
    assert not [r for r in dg.relations if r.predicate == "TRANSPORTED"]


def test_registry_denial_by_the_flag_state(extract) -> None:
    base = "The tanker Grey Plover was flying the flag of Togo. "
    for second in ("Togo's maritime authority said the ship was not registered.",
                   "The maritime authority of Togo informed officials that the tanker was not registered there.",
                   "Inspectors were told that the Grey Plover was not registered in Togo."):
        flags = _rels(extract(base + second), "FLAGGED_IN")
        assert flags.get(("Grey Plover", "Togo")) in NOT_FACT, (second, flags)


def test_ship_registered_in_a_country_without_the_word_flag(extract) -> None:
    flags = _rels(extract("The tanker Copper Finch is registered in Liberia, port records show."), "FLAGGED_IN")
    assert flags.get(("Copper Finch", "Liberia")) in ("asserted", "reported"), flags
    dg = extract("Tollmark Trading, a company registered in Liberia, owns the tanker Copper Finch.")
    assert not _rels(dg, "FLAGGED_IN").get(("Tollmark Trading", "Liberia"))


def test_the_ship_is_the_vessel_named_earlier_in_the_same_sentence(extract) -> None:
    dg = extract("The manager of the tanker Amber Gull is Tollmark Marine Services, the registry said. "
                 "The tanker Silver Heron was flying the flag of Panama, but the Panama Maritime Authority said "
                 "the ship is not registered in Panama.")
    flags = _rels(dg, "FLAGGED_IN")
    assert set(flags) == {("Silver Heron", "Panama")}, flags
    assert flags[("Silver Heron", "Panama")] in NOT_FACT


def test_planned_delivery_is_no_shipment(extract) -> None:
    dg = extract("Tollmark Trading will deliver artillery shells to Arvland next year aboard the freighter Kestrel Dawn.")
    assert not [r for r in dg.relations if r.predicate in ("SHIPPED_TO", "TRANSPORTED")], \
        [(r.predicate, r.modality) for r in dg.relations]
    dg = extract("Tollmark Trading delivered artillery shells to Arvland last year aboard the freighter Kestrel Dawn.")
    assert [r for r in dg.relations if r.predicate in ("SHIPPED_TO", "TRANSPORTED")]
