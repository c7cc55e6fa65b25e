"""Person spans that are no one's name, and post words the model runs into a name (round of 2026-11-30,
sixth part; found on phrasebooks written blind): "Legal Adviser" and "Status:" in records, "Midfielder X",
"X MP". The names are invented.
"""

from __future__ import annotations

import pytest


def _people(dg) -> set[str]:
    return {e.name for e in dg.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("Present at the ceremony: Elspeth Corran, Legal Adviser, Ministry of Transport.", "Elspeth Corran"),
    ("CASUALTY REPORT - Owner: Tamsin Vale. Status: refloated; proceeded to anchorage.", "Tamsin Vale"),
])
def test_a_post_or_a_label_is_no_person(extract, text, name):
    people = _people(extract(text))
    assert name in people
    assert people <= {name}


def test_the_post_run_into_a_name_is_cut_off(extract, find):
    assert find(extract("Elspeth Corran MP asked the minister about the tanker."), "Elspeth Corran").type == "Person"
    dg = extract("Midfielder Rufus Ardent has signed a three-year contract with the club.")
    assert "Rufus Ardent" in {e.name for e in dg.entities.values()}


def test_a_double_barrelled_surname_is_part_of_the_name(extract):
    # the model stops at the hyphen ("Maren Quist"); seventh round, from a blind phrasebook's passages
    dg = extract("Retired Vice Admiral Maren Quist-Dahl now sits on the board of the shipbuilder Tirsa Yards.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Maren Quist-Dahl") == "Person" and types.get("Tirsa Yards") == "Organization"
    # two leaders' names joined for a summit stay two names, not one double-barrelled person
    dg = extract("Officials prepared the Maren Quist-Halvard Brenne summit.")
    assert "Maren Quist-Halvard" not in {e.name for e in dg.entities.values()}


@pytest.mark.parametrize("text, name", [
    ("Captain Second Rank Oskar Velde commanded the frigate.", "Oskar Velde"),
    ("Secretary of State Caroline Maddox-Weir said the ship had been listed.", "Caroline Maddox-Weir"),
    ("Adm. Datuk Razali Hamdan signed the protocol in Batam.", "Razali Hamdan"),
])
def test_ranks_portfolios_and_honorifics_are_no_part_of_the_name(extract, text, name):
    assert name in _people(extract(text))


def test_a_countrys_member_of_parliament_is_no_person(extract):
    people = _people(extract("Dutch MEP Liesje van Doorn-Haak, who sits on the European Parliament's foreign affairs "
                             "committee, urged the Commission to list the tanker Corvina Blanca."))
    assert "Liesje van Doorn-Haak" in people and "Dutch MEP" not in people
