"""Sanctions as unseen reporting states them (round of 2026-11-30, eighth part; found on a phrasebook of
sanctions written blind): "Brussels" for the European Union, a UN sanctions committee's formal name, a
headline whose modifier has a hyphenated participle, "was listed by the UK", "The measures target A, B and
three tankers - X, Y and Z - the State Department said"; and a company's denial, which is its own claim, not
the text's verdict on what a government reported. The names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, body, target", [
    ("Sanctions on the Belarusian potash exporter Pripora Kaliy Trade were extended by Brussels until February "
     "2027.", "European Union", "Pripora Kaliy Trade"),
    ("The EU sanctioned the tanker Selva Dawn in May. Brussels also listed her owner, Blue Anchorage Marine.",
     "EU", "Blue Anchorage Marine"),
    ("The Security Council Committee established pursuant to resolution 1718 (2006) on 30 March added the vessel "
     "Sambo Haeun 5 to its sanctions list.",
     "Security Council Committee established pursuant to resolution 1718 (2006)", "Sambo Haeun 5"),
    ("EU sanctions Hamburg-registered broker Elbfeld Petroleum Handel over Russian crude sales",
     "EU", "Elbfeld Petroleum Handel"),
    ("The tanker Dionysa Spirit, managed by the Dubai-based Kestrine Fleet Management, was listed by the UK on "
     "Tuesday.", "United Kingdom", "Dionysa Spirit"),
    ("The measures target the Mumbai-based Trishna Maritime and the Hong Kong-registered Goldleaf Shipping, as well "
     "as three tankers — the Ganga Sandhi, the Lotus Merida and the Ocean Vedika — the State Department said.",
     "State Department", "Ocean Vedika"),
    ("The EU's new sanctions hit the shipping firm Acmera Tankers and the tanker Blue Crane.", "EU", "Acmera Tankers"),
])
def test_a_designation_as_reported(extract, facts, text, body, target):
    assert (body, "SANCTIONED", target) in facts(extract(text))


def test_brussels_as_a_place_is_no_body(extract, find):
    dg = extract("A meeting on the tanker Selva Dawn was held in Brussels on Monday.")
    assert find(dg, "Brussels").type == "Location"


def test_the_measures_reach_no_ship_of_a_targets_clause(extract, facts):
    got = facts(extract("The measures target Halwick Marine, which manages the tanker Silver Wrenna, and its "
                        "director Pavel Drozin, the Foreign Office said."))
    assert ("Foreign Office", "SANCTIONED", "Halwick Marine") in got
    assert ("Foreign Office", "SANCTIONED", "Silver Wrenna") not in got


def test_a_companys_denial_does_not_overturn_a_governments_report(extract):
    dg = extract("The FCDO said the tankers Amber Lantra, Silver Herona and Kestrine Bay had carried Iranian crude "
                 "oil to Syria. Brightway Maritime, which owns the Amber Lantra, denied that its vessels had ever "
                 "carried Iranian oil.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    rel = next(r for r in dg.relations if names[r.subject] == "Amber Lantra" and r.predicate == "TRANSPORTED")
    by_mod = {e.modality: e.attributed_to for e in rel.evidence}
    assert by_mod.get("reported") == ["FCDO"]  # the government's report stays a report
    assert by_mod.get("denied") == ["Brightway Maritime"]  # the denial is the company's own claim


def test_a_designation_in_a_relative_clause(extract, facts):
    got = facts(extract("OFAC issued a general license on Friday authorising the wind-down of transactions with "
                        "Baltic Quayside Services, which it designated on 15 January."))
    assert ("OFAC", "SANCTIONED", "Baltic Quayside Services") in got


def test_a_denial_of_a_berthing_is_no_denial_of_the_designation(extract):
    dg = extract("The port operator Rizhan Gangwan Group denied that the U.S.-sanctioned tanker Orchida Vale had "
                 "berthed at its terminal.")
    names = {eid: e.name for eid, e in dg.entities.items()}
    mods = {(names[r.subject], r.predicate, names[r.object]): {e.modality for e in r.evidence} for r in dg.relations}
    assert mods[("United States", "SANCTIONED", "Orchida Vale")] == {"asserted"}


def test_a_national_sanctions_authority_by_name(extract, facts):
    got = facts(extract("Sanctions were imposed on Baltiko Bunker Trade and its director, Oleg Krasin, by Global "
                        "Affairs Canada on Friday."))
    assert ("Global Affairs Canada", "SANCTIONED", "Baltiko Bunker Trade") in got


def test_a_heading_that_announces_its_listings(extract, facts):
    got = facts(extract("The Council of the European Union today adopted the following listings (Annex XLII):\n"
                        "1. Nordkapp Fidelia (IMO 9251389)\n2. Altair Ventura (IMO 9186421)\n"))
    assert {("Council of the European Union", "SANCTIONED", "Nordkapp Fidelia"),
            ("Council of the European Union", "SANCTIONED", "Altair Ventura")} <= got


def test_a_table_column_of_sanctioning_bodies(extract, facts):
    got = facts(extract("| Vessel | IMO | Flag | Sanctioned by |\n|---|---|---|---|\n"
                        "| Marlin Penna | 9232450 | Cameroon | EU, UK |\n| Oriana Bella | 9187633 | Gabon | OFAC |\n"))
    assert {("EU", "SANCTIONED", "Marlin Penna"), ("United Kingdom", "SANCTIONED", "Marlin Penna"),
            ("OFAC", "SANCTIONED", "Oriana Bella")} <= got
    assert ("OFAC", "SANCTIONED", "Marlin Penna") not in got
    got = facts(extract("| Name | Type | Listed by | Date |\n|---|---|---|---|\n"
                        "| Orlovka Marine Agency | Entity | OFSI | 12/02/2025 |\n"))
    assert ("OFSI", "SANCTIONED", "Orlovka Marine Agency") in got


def test_a_sanctions_table_with_nested_names(extract, facts):
    # (two mentions starting at one character, a country inside a body's name, broke the row reader once)
    got = facts(extract("| Vessel | Sanctioned by |\n|---|---|\n| Marlin Penna | Russian Foreign Ministry |\n"
                        "| Oriana Bella | OFAC |\n"))
    assert ("OFAC", "SANCTIONED", "Oriana Bella") in got


def test_a_participle_clause_of_designation(extract, facts):
    got = facts(extract("Despite being blacklisted by Washington in 2023, the tanker Cassiora Rain delivered fuel oil "
                        "to Matanzas last week."))
    assert ("United States", "SANCTIONED", "Cassiora Rain") in got
    got = facts(extract("The tanker Tarasova Dawna continued to load at Kozmino even after the EU sanctioned her."))
    assert ("EU", "SANCTIONED", "Tarasova Dawna") in got


def test_a_listing_bodys_list_is_a_designation(extract, facts):
    got = facts(extract("The EU listed the tanker Morana Skye on Friday."))
    assert ("EU", "SANCTIONED", "Morana Skye") in got
    got = facts(extract("Panama listed the tanker Ural Meridia as deregistered."))  # a register's entry
    assert not any(p == "SANCTIONED" for _, p, _ in got)


def test_an_object_the_parser_hung_on_the_attribution(extract, facts):
    got = facts(extract("The UK has designated the Dubai fuel supplier Al Qurma Bunker Services, the Financial Times "
                        "reported on Sunday."))
    assert ("United Kingdom", "SANCTIONED", "Al Qurma Bunker Services") in got
    assert ("United Kingdom", "SANCTIONED", "Financial Times") not in got


def test_a_city_councils_list_is_no_designation(extract, facts):
    got = facts(extract("The Leeds City Council listed the tanker Morana Skye on Friday."))
    assert not any(p == "SANCTIONED" for _, p, _ in got)
