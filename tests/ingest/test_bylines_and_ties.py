"""Ties of persons to bodies as bylines, lists, sports pages and official releases state them (round of
2026-11-30, eighth part; found on a phrasebook of ties written blind): bylines and wire credit lines, "A, Org;
B, Org" list entries, "Org's X", "Navy officers, including X", "previously at", a club's signing and the club
a player came from, a minister of a portfolio the text names as a ministry; and the names behind them
(patronymics, club and Danish company forms, a player's name the model took for a firm). The names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, ties", [
    ("By Hanne Solvik-Brandt, Nordkyst Tidende staff writer\nOSLO - The tanker Grey Petrel left Bergen on Monday.\n",
     {("Hanne Solvik-Brandt", "Nordkyst Tidende")}),
    ("The tanker Grey Petrel left Ust-Luga on Monday.\n(Reporting by Oksana Melnyk-Tarr; Editing by Pavel Dvorin)\n"
     "© Reuters 2026\n",
     {("Oksana Melnyk-Tarr", "Reuters"), ("Pavel Dvorin", "Reuters")}),
    ("LONDON, May 3 (Reuters) - Reuters said the tanker Grey Petrel left Ust-Luga on Monday.\n"
     "(Reporting by Oksana Melnyk-Tarr; Editing by Pavel Dvorin)\n",
     {("Oksana Melnyk-Tarr", "Reuters"), ("Pavel Dvorin", "Reuters")}),
])
def test_a_byline_ties_writers_and_editors_to_the_outlet(extract, facts, text, ties):
    got = facts(extract(text))
    assert {(p, "AFFILIATED_WITH", o) for p, o in ties} <= got


def test_a_byline_needs_a_name_right_after_by(extract, facts):
    # "By March, ...": a dated sentence, not a byline; the person later in the line is no writer
    got = facts(extract("By March, Hanne Solvik-Brandt had left Bergen for Nordkyst Tidende's office in Oslo.\n"
                        "The tanker Grey Petrel left Bergen.\n"))
    assert ("Hanne Solvik-Brandt", "AFFILIATED_WITH", "Nordkyst Tidende") not in got


def test_an_institutes_head_named_as_author_keeps_leads(extract, facts):
    got = facts(extract("By Tomas Revik, Ilse Marten and the Nordhav Institute team\n"
                        "Tomas Revik, a former inspector, heads the Nordhav Institute. The plant grew.\n"))
    assert ("Tomas Revik", "LEADS", "Nordhav Institute") in got
    assert ("Tomas Revik", "AFFILIATED_WITH", "Nordhav Institute") not in got
    assert ("Ilse Marten", "AFFILIATED_WITH", "Nordhav Institute") in got


def test_list_entries_of_name_and_body(extract, facts):
    got = facts(extract("The panel: Wen Hualing, Lanzhou Polytechnic; Kojo Asamoah-Frimpong, the Westbay "
                        "Development Bank; and Inés Arrieta, Banco del Altiplano."))
    assert {("Wen Hualing", "AFFILIATED_WITH", "Lanzhou Polytechnic"),
            ("Inés Arrieta", "AFFILIATED_WITH", "Banco del Altiplano")} <= got


@pytest.mark.parametrize("person, org, text", [
    ("Kristof Haldane", "Vesterly Shipping", "Vesterly Shipping's Kristof Haldane said the surcharge would stay until June."),
    ("Rashid Qamar", "Pakistan Navy", "Pakistan Navy officers, including Commodore Rashid Qamar, inspected the cargo "
                                      "at Gwadar."),
    ("Petros Lianakis", "Hellenic Coast Guard", "Members of the Hellenic Coast Guard's special unit, among them "
                                                "Lieutenant Commander Petros Lianakis, boarded the tanker Grey Petrel."),
    ("Asha Ramdin", "Harwell Meridian Bank", "Thornlea Capital has hired a new head of shipping finance. Asha Ramdin, "
                                             "previously at Harwell Meridian Bank, starts in January."),
    ("Oskar Vindahl", "Tessel Risk Advisory Group", "The report was written by Oskar Vindahl, who spent eleven years at the "
                                              "International Maritime Organization before joining Tessel Risk Advisory Group."),
    ("Ilias Markopoulos", "Aegir Meridian Shipping", "Captain Ilias Markopoulos, who has sailed for Aegir Meridian "
                                                     "Shipping since 2011, took command of the tanker Kymela in April."),
    ("Rohan Pillai", "Osprey Bay Commodities", "Rohan Pillai joined Corvane Energy from Osprey Bay Commodities last "
                                                "year."),
])
def test_a_tie_by_the_names_place(extract, facts, person, org, text):
    assert (person, "AFFILIATED_WITH", org) in facts(extract(text))


def test_a_countrys_possessive_is_no_employer(extract, facts):
    got = facts(extract("Russia's Arkady Belov met the delegation."))
    assert not any(p == "AFFILIATED_WITH" and o == "Russia" for _, p, o in got)


def test_a_signing_and_the_club_left(extract, facts, find):
    dg = extract("Valmora FC signed striker Luca Bianchetti from Torvale SC on Monday.")
    assert find(dg, "Torvale SC").type == "Organization"  # a club's form after its name
    got = facts(dg)
    assert {("Luca Bianchetti", "AFFILIATED_WITH", "Torvale SC"),
            ("Luca Bianchetti", "AFFILIATED_WITH", "Valmora FC")} <= got
    dg = extract("Striker Davor Marchesi has joined Portuguese club Sporting Alvura from Genova Riviera SC.")
    assert find(dg, "Davor Marchesi").type == "Person"  # the model called "Striker Davor Marchesi" a firm
    got = facts(dg)
    assert ("Davor Marchesi", "AFFILIATED_WITH", "Sporting Alvura") in got
    assert ("Davor Marchesi", "AFFILIATED_WITH", "Genova Riviera SC") in got
    assert not any(p == "AFFILIATED_WITH" and o == "Portugal" for _, p, o in got)  # the club's nationality


@pytest.mark.parametrize("text, name", [
    ("The bill was introduced by Rustam Ilgizovich Nafikin of the New People party.", "Rustam Ilgizovich Nafikin"),
    ("The office is run by Natalia Gennadyevna Voronkina. She joined the firm in 2019.",
     "Natalia Gennadyevna Voronkina"),
])
def test_a_name_with_a_patronymic_is_one_person(extract, find, text, name):
    assert find(extract(text), name).type == "Person"


def test_a_danish_company_form(extract, find, facts):
    dg = extract("Rasmus Hjort, head of compliance at the Danish bunker supplier Oresby Fuels A/S, said the firm had "
                 "no exposure.")
    assert find(dg, "Oresby Fuels A/S").type == "Organization"
    assert ("Rasmus Hjort", "AFFILIATED_WITH", "Oresby Fuels A/S") in facts(dg)


@pytest.mark.parametrize("text, minister, ministry", [
    ("Senegal's fisheries ministry said the trawler Hai Feng 9 was detained. Fisheries Minister Awa Ndour said the "
     "company would be fined.", "Awa Ndour", "Senegal's fisheries ministry"),
    ("Bangladesh's shipping ministry had held the ship. Shipping Minister Rafiq Hossain said the grain came from "
     "Romania.", "Rafiq Hossain", "Bangladesh's shipping ministry"),
])
def test_a_minister_leads_the_ministry_of_his_portfolio(extract, facts, text, minister, ministry):
    assert (minister, "LEADS", ministry) in facts(extract(text))


def test_club_and_company_forms_at_the_edges(extract, find):
    # (a break-it trial's findings: a form before the name, and a form before the sentence's full stop)
    dg = extract("The shipyard will deliver the tanker Nordic Sterna to Fjordvik Tankers A/S.")
    assert find(dg, "Fjordvik Tankers A/S").type == "Organization"
    dg = extract("FC Valmora Stadt signed striker Luca Bianchetti.")
    assert find(dg, "FC Valmora Stadt").type == "Organization"
