"""Sanctions written the ways designation notices and wire copy write them (round of 2026-11-30, fifth part):
found with a phrasebook of short passages by an engineer who had not seen the rules. Vessels, firms and people
are invented again; the bodies are real scenery.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, target", [
    ("The UK-sanctioned tanker Ryabina Dawn never entered Singapore waters.", "United Kingdom", "Ryabina Dawn"),
    ("The Pyong Hwa 9, a freighter under UN sanctions since 2018, called at Nampho.", "UN", "Pyong Hwa 9"),
    ("The United Kingdom, alongside the European Union and New Zealand, today sanctioned the tanker Lyudmila Dawn.",
     "New Zealand", "Lyudmila Dawn"),
    ("The United Kingdom, alongside the European Union and New Zealand, today sanctioned the tanker Lyudmila Dawn.",
     "European Union", "Lyudmila Dawn"),
    ("The European Union prolonged the restrictive measures against Belarus until 2027.", "European Union",
     "Belarus"),
    ("Canada has listed three vessels, Msta Dawn, Onega Wind and Vyatka Breeze, in Schedule 3 of the Special "
     "Economic Measures (Russia) Regulations.", "Canada", "Onega Wind"),
])
def test_a_sanction_phrasing_gives_body_and_target(extract, facts, text, body, target):
    assert (body, "SANCTIONED", target) in facts(extract(text))


def test_a_verb_not_negates_no_adjective_of_its_subject(extract, facts):
    # "never entered" is about the voyage; the tanker's sanctions stand
    got = facts(extract("The EU-sanctioned tanker Amur Dawn never entered the port of Busan."))
    assert ("EU", "SANCTIONED", "Amur Dawn") in got
    assert ("Amur Dawn", "VISITED", "Busan") not in got


def test_a_ship_and_a_firm_designated_together_stay_two(extract, find, facts):
    dg = extract("The oil tanker Silver Egret docked at Baniyas. On Thursday OFAC designated the Silver Egret and "
                 "Marlow Marine FZE for their role in shipping Iranian oil to Syria.")
    assert find(dg, "Silver Egret").type == "Vessel" and find(dg, "Marlow Marine FZE").type == "Organization"
    assert {("OFAC", "SANCTIONED", "Silver Egret"), ("OFAC", "SANCTIONED", "Marlow Marine FZE")} <= facts(dg)
    # one firm's name with "and" in it stays one
    assert find(extract("Nordic Oil and Gas Limited said it would appeal."), "Nordic Oil and Gas Limited")


def test_a_place_after_in_is_no_partner_but_coordination_with_is(extract, facts):
    got = facts(extract("The European Union sanctioned two trading firms in China, Alfa Trading Ltd and Beta "
                        "Shipping Ltd. The United Kingdom, in coordination with Canada, sanctioned the tanker "
                        "Ryabina Moon."))
    assert ("China", "SANCTIONED", "Alfa Trading Ltd") not in got
    assert ("European Union", "SANCTIONED", "Alfa Trading Ltd") in got
    assert ("Canada", "SANCTIONED", "Ryabina Moon") in got


@pytest.mark.parametrize("body, target, text", [
    # (round of 2026-11-30, sixth part: a phrasebook of formal documents written blind)
    ("European Union", "Pescara Light", "The class society has withdrawn class from the crude oil tanker Pescara "
                                        "Light, which was listed by the European Union on 20 May 2025."),
    ("Council of the European Union", "Pescara Light", "The Company notes that the tanker Pescara Light has been "
                                                       "included by the Council of the European Union in Annex XLII "
                                                       "to Council Regulation (EU) No 833/2014."),
    ("Bureau of Industry and Security", "Chieti Shipping Limited", "Its subsidiary, Chieti Shipping Limited, was added "
                                                                   "to the Entity List by the Bureau of Industry and "
                                                                   "Security on 25 March 2025."),
])
def test_listings_in_filings(extract, facts, body, target, text):
    assert (body, "SANCTIONED", target) in facts(extract(text))


@pytest.mark.parametrize("text", [
    "The company was listed by the Nasdaq in 2019.",
    "The vessel was added to Annex B of the charter party by the owners.",
])
def test_a_listing_that_is_no_sanction(extract, facts, text):
    assert not any(p == "SANCTIONED" for _, p, _ in facts(extract(text)))


def test_an_annex_number_is_no_place(extract):
    dg = extract("The tanker Pescara Light has been included by the Council of the European Union in Annex XLII to "
                 "Council Regulation (EU) No 833/2014.")
    assert not any(e.name.startswith("Annex") for e in dg.entities.values())
