"""A vessel named in a record's field (round of 2026-11-30, sixth part; found on a phrasebook of formal
documents written blind): detention lists, sanctions annexes and shipping agencies' notices write a ship's
particulars as labelled fields, "Ship: X. IMO: 1234567. Flag: Y.", "Vessel X, IMO 1234567, Flag Y;",
"m/v X ETA ...". The names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "PORT STATE CONTROL - DETENTION. Ship: Sogliola Blu. IMO: 9123457. Flag: Tanzania. Cargo: bagged rice.",
    "Flag: Togo. Owner: Triglia Shipping Ltd. Vessel: Sogliola Blu.",
    "| Vessel name: Sogliola Blu | Flag: Togo | Detained: 4 days |",
    "Shipping agency notice: m/v Sogliola Blu ETA Ravenna 06.11, ETD 08.11, next port Tripoli (Libya).",
])
def test_a_vessel_field_names_a_vessel(extract, find, text):
    assert find(extract(text), "Sogliola Blu").type == "Vessel"


def test_a_vessel_field_gives_the_flag_of_its_record(extract, facts):
    got = facts(extract("Ship: Sogliola Blu. IMO: 9123457. Flag: Tanzania."))
    assert ("Sogliola Blu", "FLAGGED_IN", "Tanzania") in got


def test_a_record_without_colons(extract, find, facts):
    dg = extract("Designated: BIANCHETTI MARINE LLC, Vladivostok, Russia; Vessel RAZZA GRIGIA, IMO 9387421, "
                 "Flag Russia; Vessel ORATA DORATA, IMO 9166603, Flag Palau.")
    # the label "Vessel" is no part of the name, and "Flag Palau" is no person
    assert find(dg, "RAZZA GRIGIA").type == "Vessel"
    got = facts(dg)
    assert ("RAZZA GRIGIA", "FLAGGED_IN", "Russia") in got
    assert ("ORATA DORATA", "FLAGGED_IN", "Palau") in got
    assert not any(e.type == "Person" for e in dg.entities.values())


@pytest.mark.parametrize("text", [
    "Vessel: not identified. Flag: unknown.",
    "Ship: Unknown. Cargo: rice.",
])
def test_an_empty_field_names_nothing(extract, text):
    assert not any(e.type == "Vessel" for e in extract(text).entities.values())
