"""Named seas beside bodies named after them, armed groups the model calls places, firms named by their
trade, and goods whose origin is said in the predicate (round of 2026-11-30, fifth part): found by writing
ordinary sentences, not from an article of the corpus. Vessels, firms and people are invented.
"""

from __future__ import annotations

import pytest


def test_a_sea_stays_a_sea_beside_a_fleet_named_after_it(extract, find):
    dg = extract("Tankers still cross the Black Sea every week. Russia's Black Sea Fleet has moved ships "
                 "away from Sevastopol.")
    assert find(dg, "Black Sea").type == "Location"
    assert find(dg, "Black Sea Fleet").type == "Organization"
    assert find(dg, "Black Sea") is not find(dg, "Black Sea Fleet")


def test_a_firm_named_by_its_trade_is_an_organisation(extract, find):
    for name, text in (("Orsk Machinery", "Orsk Machinery denied selling drones to Russia."),
                       ("Kasrin Petroleum", "Kasrin Petroleum said the tanker had loaded at Jask."),
                       ("Korvel Chartering", "The ship is managed by Korvel Chartering of Dubai.")):
        assert find(extract(text), name).type == "Organization", text


def test_an_armed_group_the_model_calls_a_place_is_a_group(extract, find, facts):
    dg = extract("The missiles were of Iranian origin and were headed to the Houthis.")
    assert find(dg, "Houthis").type == "Organization"
    assert ("Iran", "SHIPPED_TO", "Houthis") in facts(dg)
    # the group's other name is the same group
    dg = extract("The Houthis, formally known as Ansar Allah, fired two missiles at the ship.")
    assert find(dg, "Ansar Allah") is find(dg, "Houthis")


def test_an_origin_said_in_the_predicate_gives_the_shipper(extract, facts):
    assert ("Iran", "SHIPPED_TO", "Russia") in facts(extract(
        "Investigators said the drones were Iranian-made and destined for Russia."))
    assert ("China", "SHIPPED_TO", "Iran") in facts(extract(
        "The engines were Chinese-made and were bound for Iran."))
    # an origin with no destination ships nothing, and a maker is no destination
    assert not any(p == "SHIPPED_TO" for _, p, _ in facts(extract("The drones were Iranian-made.")))


@pytest.mark.parametrize("name, text", [
    ("PT Riau Teknik Laut", "The agency signed a maintenance contract with Batam-based PT Riau Teknik Laut."),
    ("Gokbora Havacilik", "Turkish drone maker Gokbora Havacilik signed a memorandum with the ministry."),
    ("Sakarya Savunma", "Sakarya Savunma said the order was delivered."),
])
def test_a_firm_named_in_its_own_language_is_an_organisation(extract, find, name, text):
    assert find(extract(text), name).type == "Organization"
