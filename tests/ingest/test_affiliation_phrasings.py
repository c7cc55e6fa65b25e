"""Ties of persons to organisations as unseen writing states them (round of 2026-11-30, sixth part; found on a
phrasebook of sources, affiliations and agreements written blind): the comma phrase after a name whose post
the title readings do not see ("X, chartering manager at the Gdynia-based broker Y"), "X of the Oslo-based Y
said", and the person's own verb ("sits on the boards of", "is now a partner at the law firm", "has served
as head of screening for", "spent a decade at", "who represents"). The names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("person, org, text", [
    ("Lucia Verdelli", "Sable Lantern Shipbrokers", "Lucia Verdelli, chartering manager at the Gdynia-based broker Sable "
                                                "Lantern Shipbrokers, said the ship was late."),
    ("Lucia Verdelli", "Kestrine Marine Holdings", "Lucia Verdelli sits on the boards of two shipowners, Kestrine Marine "
                                               "Holdings and Halloran Pask Shipping."),
    ("Lucia Verdelli", "Dunmore Whitcroft LLP", "Lucia Verdelli is now a partner at the law firm Dunmore Whitcroft LLP."),
    ("Lucia Verdelli", "Kestrine Marine Insurance", "Since 2023 Lucia Verdelli has served as head of sanctions screening "
                                                "for Kestrine Marine Insurance."),
    ("Lucia Verdelli", "Kestrine Marine Holdings", "Lucia Verdelli spent a decade at Kestrine Marine Holdings."),
    ("Lucia Verdelli", "Kestrine Marine Holdings", "Lucia Verdelli, who represents the Dubai-based Kestrine Marine Holdings "
                                               "in its dispute, declined to comment."),
    ("Lucia Verdelli", "Wagner Group", "Lucia Verdelli, a businessman linked to the Wagner Group, was listed in 2023."),
    ("Lucia Verdelli", "Kestrine Marine Holdings", "Lucia Verdelli and Sam Ferro, both engineers formerly employed by "
                                               "Kestrine Marine Holdings, are accused."),
    ("Sam Ferro", "Kestrine Marine Holdings", "Lucia Verdelli and Sam Ferro, both engineers formerly employed by "
                                              "Kestrine Marine Holdings, are accused."),
])
def test_a_tie_to_an_organisation(extract, facts, person, org, text):
    assert (person, "AFFILIATED_WITH", org) in facts(extract(text))


def test_a_passenger_is_no_member(extract, facts):
    got = facts(extract("Lucia Verdelli, a passenger on a flight with Emirates, said it was late."))
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in got)


def test_boards_of_two_firms(extract, find, facts):
    dg = extract("Lucia Verdelli sits on the boards of two shipowners, Kestrine Marine Holdings and Halloran Pask "
                 "Shipping.")
    # two whole firms' names joined by "and" are two firms
    assert find(dg, "Halloran Pask Shipping").type == "Organization"
    assert {("Lucia Verdelli", "AFFILIATED_WITH", "Kestrine Marine Holdings"),
            ("Lucia Verdelli", "AFFILIATED_WITH", "Halloran Pask Shipping")} <= facts(dg)


def test_whose_director_after_the_firms_seat(extract, facts):
    # (found by a new user's own article)
    got = facts(extract("OFAC also designated Kestrine Marine Holdings, a company based in Dubai, whose director, "
                        "Lucia Verdelli, was also designated."))
    assert ("Lucia Verdelli", "LEADS", "Kestrine Marine Holdings") in got


def test_his_company_in_apposition(extract, facts):
    got = facts(extract("Businesswoman Mirela Toth arranged fuel deliveries to the tanker Tessaly Moon through her "
                        "company, Quellport Trading."))
    assert ("Mirela Toth", "AFFILIATED_WITH", "Quellport Trading") in got
    got = facts(extract("Mirela Toth said her company had no comment on Quellport Trading."))
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in got)


def test_named_as_its_chief_and_a_fleet_not_its_country(extract, facts):
    # seventh round, from a blind phrasebook's passages
    got = facts(extract("Tarsk Bunkering named Ilse Brandvold as its new chief executive on Monday."))
    assert ("Ilse Brandvold", "LEADS", "Tarsk Bunkering") in got
    got = facts(extract("Velikan Skor, who commanded Russia's Black Sea Fleet until 2022, retired."))
    assert ("Velikan Skor", "LEADS", "Black Sea Fleet") in got and ("Velikan Skor", "LEADS", "Russia") not in got


def test_a_second_tie_by_the_persons_own_verb(extract, facts):
    got = facts(extract("Vesko Radin, a former chairman of Kelvik Tankers, now sits on the board of the state-owned "
                        "Brannmor Holding."))
    assert {("Vesko Radin", "LEADS", "Kelvik Tankers"), ("Vesko Radin", "AFFILIATED_WITH", "Brannmor Holding")} <= got


def test_a_spokesman_with_a_rank_speaks_for_the_body(extract, facts):
    got = facts(extract("Philippine Coast Guard spokesman Commodore Tarin Aldous told reporters that the tanker had "
                        "left Subic Bay."))
    assert ("Tarin Aldous", "AFFILIATED_WITH", "Philippine Coast Guard") in got
    got = facts(extract("The Indian Navy escorted the tanker into Mumbai. Navy spokesman Commander Tarin Aldous said "
                        "no crew member had been hurt."))
    assert ("Tarin Aldous", "AFFILIATED_WITH", "Indian Navy") in got and ("Tarin Aldous", "LEADS", "Indian Navy") not in got


def test_a_counterpart_belongs_to_the_country_of_its_adjective(extract, facts):
    got = facts(extract("Vesko Radin held talks with his Japanese counterpart, Tarin Aldous, in Seoul."))
    assert ("Tarin Aldous", "AFFILIATED_WITH", "Japan") in got


def test_a_minister_leads_no_other_countrys_ministry(extract, facts):
    # a new-user trial: "Estonia's foreign minister, X" was made head of the Russian Foreign Ministry named later
    got = facts(extract("Estonia's foreign minister, Liis Kaarma, said the ships were detained. Vesko Radin, a "
                        "spokesman for the Russian Foreign Ministry, called it piracy."))
    assert ("Liis Kaarma", "LEADS", "Russian Foreign Ministry") not in got
    assert ("Liis Kaarma", "AFFILIATED_WITH", "Estonia") in got
