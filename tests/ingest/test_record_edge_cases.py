"""Records and rules of the round of 2026-11-30 (sixth part) against a break-it trial's inputs: placeholders
in fields, a "Name" column of people, a redefined defined term, a defined term that is a place's name,
negated ties and flows, aircraft and teams "bound for" a place."""

from __future__ import annotations

import pytest


def _types(dg) -> dict[str, str]:
    return {e.name: e.type for e in dg.entities.values()}


def test_placeholder_fields_name_nothing(extract, facts):
    dg = extract("Vessel: Vasto Bay; Port of call: TBA; Port of loading: Unknown; Port of discharge: Monday")
    assert not any(t == "Port" for t in _types(dg).values())
    assert not any(p == "VISITED" for _, p, _ in facts(dg))


def test_a_name_column_of_people_is_no_ship_list(extract):
    dg = extract("Name | Position | Date\nElspeth Corran | Chairman | 2021\n")
    assert _types(dg).get("Elspeth Corran") != "Vessel"


def test_a_redefined_term_takes_the_latest_definition(extract):
    dg = extract('Chieti Holdings Ltd (the "Company") said it was cautious. The Company sold the tanker Vasto Bay '
                 'to Sulmona Tankers. Lanciano Shipping Ltd (the "Company") said it had bought nothing.')
    assert "Company" not in _types(dg)


@pytest.mark.parametrize("text", [
    "Elspeth Corran, a businessman not linked to Chieti Holdings Ltd, said so.",
    "Russian crude exports rose, with none of the cargoes heading to India or Turkey.",
])
def test_negated_ties_and_flows_are_no_facts(extract, facts, text):
    assert not any(p in ("AFFILIATED_WITH", "SHIPPED_TO") for _, p, _ in facts(extract(text)))


@pytest.mark.parametrize("text", ["The Boeing 747 is bound for Latakia.", "The Lakers are bound for Boston.",
                                  "The Il-76 switched off its transponder over Syria."])
def test_aircraft_and_teams_are_no_ships(extract, text):
    assert not any(t == "Vessel" for t in _types(extract(text)).values())
