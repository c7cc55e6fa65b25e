"""Shapes found on a new batch of twenty blind articles (round of 2026-12-01, ninth part): written by helpers who
had not seen the rules, scored unread first (relations 0.623), then read. Places ("Austin, Texas", "the Russian
Black Sea port of X", "in Ukraine's occupied Crimea"), shipments ("shipped by a firm, X, to a company named Y",
"took delivery of ... from X"), ships' managers and owners said of the noun ("Technical management of X has
passed to Y", "under the ownership of Y"), sanctions maintained or imposed on X by Y, and people's posts ("a
trader who chairs Y", "Chairman Vice Admiral X", "of the Y's Z Section", "sat on Y's advisory board"). The
names are invented.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("A federal grand jury in Dellmont, Texas, returned an indictment against Rosa Kettring of Halvey, Texas.",
     {("Dellmont", "LOCATED_IN", "Texas"), ("Halvey", "LOCATED_IN", "Texas")}),
    ("Born in Brackney, Lincolnshire, in 1941, he went to sea at sixteen.",
     {("Brackney", "LOCATED_IN", "Lincolnshire")}),
    ("The tanker Orla Vey loaded diesel at the Russian Black Sea port of Tuapse.", {("Tuapse", "LOCATED_IN", "Russia")}),
    ("The tanker Kallisto Dawn left the Russian Baltic port of Primorsk.", {("Primorsk", "LOCATED_IN", "Russia")}),
    ("Three consignments were loaded at the Iranian Caspian port of Amirabad aboard the Tavas Nour.",
     {("Amirabad", "LOCATED_IN", "Iran")}),
])
def test_where_places_lie(extract, facts, text, expected):
    assert expected <= facts(extract(text))


def test_a_list_of_states_places_none_in_another(extract, facts):
    got = facts(extract("Flights went to Dellmont, Texas, Oklahoma and Kansas."))
    assert not any(p == "LOCATED_IN" and o in ("Oklahoma", "Kansas") for _, p, o in got)
    assert ("Texas", "LOCATED_IN", "Oklahoma") not in got


def test_a_demonym_before_a_sea_is_a_country_not_part_of_the_seas_name(extract):
    dg = extract("The tanker Orla Vey loaded diesel at the Russian Black Sea port of Tuapse.")
    names = {e.name: e.type for e in dg.entities.values()}
    assert names.get("Russia") == "Country" and "Russian Black Sea" not in names


@pytest.mark.parametrize("text, expected", [
    ("The rifles were shipped by a Durres-based firm, Vollaj Defence Trading, to a Khartoum company named Sennar "
     "Crest General Trading.", ("Vollaj Defence Trading", "SHIPPED_TO", "Sennar Crest General Trading")),
    ("Pearl Canton Logistics Ltd, a company registered in Hong Kong, China, shipped at least 11 consignments to "
     "Wadi Tamar Trading.", ("Pearl Canton Logistics Ltd", "SHIPPED_TO", "Wadi Tamar Trading")),
    ("Niger took delivery of six armed drones from Turkey in March.", ("Turkey", "SHIPPED_TO", "Niger")),
])
def test_who_shipped_to_whom(extract, facts, text, expected):
    assert expected in facts(extract(text))


def test_taking_delivery_of_a_ship_is_no_shipment(extract, facts):
    assert not any(p == "SHIPPED_TO" for _, p, _ in facts(extract(
        "The Nigerian Navy took delivery of the patrol ship Okwe Star from Turkey last week.")))


@pytest.mark.parametrize("text, expected", [
    ("Technical management of the tanker Harrow Dune has passed to Corvane Ship Management, a Dubai firm.",
     ("Corvane Ship Management", "OWNS_OR_OPERATES", "Harrow Dune")),
    ("Registered ownership of the tanker Harrow Dune now sits with Pellart Navigation Inc, a Marshall Islands "
     "company.", ("Pellart Navigation Inc", "OWNS_OR_OPERATES", "Harrow Dune")),
    ("Day-to-day management of the tanker Harrow Dune is handled by Ostwin Shipmanagement.",
     ("Ostwin Shipmanagement", "OWNS_OR_OPERATES", "Harrow Dune")),
    ("The Harrow Dune sailed until 2024 as the Nordic Wren under the ownership of Oslo-listed Brekkvik Tankers AS.",
     ("Brekkvik Tankers AS", "OWNS_OR_OPERATES", "Harrow Dune")),
])
def test_who_manages_or_owns_a_ship(extract, facts, text, expected):
    assert expected in facts(extract(text))


def test_management_not_handed_over_is_no_fact(extract, facts):
    dg = extract("Management of the tanker Harrow Dune was not handed to Ostwin Shipmanagement.")
    assert ("Ostwin Shipmanagement", "OWNS_OR_OPERATES", "Harrow Dune") not in facts(dg)


@pytest.mark.parametrize("text, expected", [
    ("The EU has maintained an arms embargo on Sudan since 1994.", ("EU", "SANCTIONED", "Sudan")),
    ("The sanctions imposed on Niger by the European Union were lifted in 2024.",
     ("European Union", "SANCTIONED", "Niger")),
])
def test_sanctions_maintained_or_imposed(extract, facts, text, expected):
    assert expected in facts(extract(text))


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Samir Tahmazov, a Dubai-based oil trader who chairs Qorvex Trading FZE, did not respond.",
     ("Samir Tahmazov", "LEADS", "Qorvex Trading FZE"), ("Samir Tahmazov", "AFFILIATED_WITH", "Qorvex Trading FZE")),
    ("SCA Chairman Vice Admiral Tarek Mansour said the Suez Canal Authority (SCA) had seized the ship.",
     ("Tarek Mansour", "LEADS", "Suez Canal Authority"), ("Tarek Mansour", "AFFILIATED_WITH", "Suez Canal Authority")),
    ("Trial Attorney Ines Varga of the National Security Division's Counterintelligence and Export Control Section "
     "is prosecuting the case.",
     ("Ines Varga", "AFFILIATED_WITH", "Counterintelligence and Export Control Section"),
     ("Ines Varga", "AFFILIATED_WITH", "National Security Division")),
    ("Jonas Oberlein has sat on Brennwald Wehrtechnik GmbH's advisory board since 2022.",
     ("Jonas Oberlein", "AFFILIATED_WITH", "Brennwald Wehrtechnik GmbH"), None),
])
def test_posts_of_people(extract, facts, text, expected, not_expected):
    got = facts(extract(text))
    assert expected in got and not_expected not in got


def test_a_deputy_chairman_with_a_rank_is_no_head(extract, facts):
    got = facts(extract("Deputy Chairman Vice Admiral Adel Osman of the Suez Canal Authority spoke on Sunday."))
    assert ("Adel Osman", "LEADS", "Suez Canal Authority") not in got


def test_an_apposition_the_parser_hung_on_a_port_describes_the_ship(extract, facts):
    got = facts(extract("Three consignments were loaded at the Iranian Caspian port of Amirabad aboard the Rahim Darya 5, "
                        "an Iran-flagged general cargo ship operated by Khazar Dalan Shipping Co., and discharged at "
                        "Makhachkala."))
    assert ("Khazar Dalan Shipping Co.", "OWNS_OR_OPERATES", "Rahim Darya 5") in got


def test_geography_in_a_denied_report_is_still_geography(extract, facts):
    dg = extract("The official rejected media reports that the tanker Pyolbit 3 had called at the Russian port of "
                 "Vostochny in October.")
    got = facts(dg)
    assert ("Vostochny", "LOCATED_IN", "Russia") in got and ("Pyolbit 3", "VISITED", "Vostochny") not in got


def test_ownership_said_of_the_storys_ship(extract, facts):
    got = facts(extract("The aframax Harrow Dune has since swapped the Norwegian register for the flag of Gabon. "
                        "Registered ownership now sits with Pellart Navigation Inc, a Marshall Islands company. "
                        "Technical management has passed to Corvane Ship Management, which has an office in Dubai."))
    assert {("Pellart Navigation Inc", "OWNS_OR_OPERATES", "Harrow Dune"),
            ("Corvane Ship Management", "OWNS_OR_OPERATES", "Harrow Dune")} <= got


def test_the_committee_is_the_committee_named_before(extract, facts):
    got = facts(extract("The Senate Banking Committee held a hearing on Tuesday. Margaret Ellory, the committee's "
                        "chairwoman, opened it."))
    assert ("Margaret Ellory", "LEADS", "Senate Banking Committee") in got


def test_a_noun_before_a_name_refers_to_that_name(extract, facts):
    # (a guard for the reference words added with "the committee": "the freight forwarder X" names X)
    got = facts(extract("Norvik Trade OU exported the lathes. The transport was organised by the freight forwarder "
                        "Baltic Crest Logistics OU, with which Norvik Trade OU concluded a transport contract."))
    assert ("Norvik Trade OU", "AGREEMENT_WITH", "Norvik Trade OU") not in got



def test_containers_holding_arms_carry_the_arms(extract, facts):
    got = facts(extract("Egyptian forces seized the cargo ship Marlo Star at Port Said. According to the statement, "
                        "inspectors found 40 containers holding assault rifles and ammunition aboard the ship."))
    assert ("Marlo Star", "TRANSPORTED", "assault rifles") in got
    assert ("Marlo Star", "TRANSPORTED", "containers") not in got


def test_a_ship_sized_in_deadweight_is_a_ship(extract):
    dg = extract("TradeWinds understands the 105,000-dwt Skarvo Frost was sold in late August for about $31.5m.")
    assert {e.name: e.type for e in dg.entities.values()}.get("Skarvo Frost") == "Vessel"


def test_an_official_of_a_named_office_is_not_also_tied_to_the_country(extract, facts):
    got = facts(extract("The case is being prosecuted by Assistant U.S. Attorneys Rachel T. Dunford and Kevin Abernethy "
                        "of the U.S. Attorney's Office for the Western District of Texas."))
    assert ("Rachel T. Dunford", "AFFILIATED_WITH", "U.S. Attorney's Office for the Western District of Texas") in got
    assert ("Rachel T. Dunford", "AFFILIATED_WITH", "United States") not in got


@pytest.mark.parametrize("text, name, typ", [
    ("The grain was sold by Tavria Zerno, a state unitary enterprise headed by Arkady Belogurov.", "Tavria Zerno",
     "Organization"),
    ("Kartvel Railway, the national rail operator, handled 1.9 million tonnes.", "Kartvel Railway", "Organization"),
    ("The cargo was consigned to Syria's General Establishment for Grain.", "General Establishment for Grain",
     "Organization"),
])
def test_names_typed_by_their_head_word(extract, text, name, typ):
    assert {e.name: e.type for e in extract(text).entities.values()}.get(name) == typ


@pytest.mark.parametrize("text, expected, not_expected", [
    ("Ukraine's foreign ministry protested. Deputy Foreign Minister Halyna Marchuk told VOA the grain was stolen.",
     ("Halyna Marchuk", "AFFILIATED_WITH", "Ukraine's foreign ministry"), ("Halyna Marchuk", "AFFILIATED_WITH", "Ukraine")),
    ("Commander Pieter Hoogstra of the Royal Netherlands Navy attended the ceremony.",
     ("Pieter Hoogstra", "AFFILIATED_WITH", "Royal Netherlands Navy"),
     ("Pieter Hoogstra", "LEADS", "Royal Netherlands Navy")),
    ("The tanker discharged at Dongjiakou, Shandong, on Nov. 12.", ("Dongjiakou", "LOCATED_IN", "Shandong"), None),
    ("The cargo went to Sikka, Gujarat.", ("Sikka", "LOCATED_IN", "Gujarat"), None),
])
def test_ministries_ranks_and_provinces(extract, facts, text, expected, not_expected):
    got = facts(extract(text))
    assert expected in got and not_expected not in got


def test_a_plural_subject_that_announces_a_list_is_the_listed_ships(extract, facts):
    got = facts(extract("Canada today listed four cargo ships.\n\nThe vessels being listed, which Canada assesses "
                        "carried North Korean artillery shells and missiles from Chongjin to Russian ports, are:\n\n"
                        "- Sibir Kedrov (IMO 9104326), a Russia-flagged cargo ship\n"
                        "- Kholm Trader (IMO 8914621), flagged in Russia\n\nOther measures follow."))
    assert {("Sibir Kedrov", "VISITED", "Chongjin"), ("Kholm Trader", "TRANSPORTED", "artillery shells")} <= got


@pytest.mark.parametrize("text, expected", [
    ("Syrna Ship Management confirmed the attack. \"The crew is safe,\" said company spokeswoman Elena Vasila.",
     ("Elena Vasila", "AFFILIATED_WITH", "Syrna Ship Management")),
    ("The Israeli Navy intercepted the ship. Navy commander Vice Adm. Ronen Shalev said the operation was a success.",
     ("Ronen Shalev", "LEADS", "Israeli Navy")),
])
def test_a_company_spokeswoman_and_a_commander_with_a_rank(extract, facts, text, expected):
    assert expected in facts(extract(text))


@pytest.mark.parametrize("text, expected", [
    ("The UN Security Council banned all North Korean coal exports in 2017.",
     ("UN Security Council", "SANCTIONED", "North Korea")),
    ("The tankers Kali Rose and Soraya Wind sailed in May. The Kali Rose, which the US Treasury's Office of Foreign "
     "Assets Control designated in August along with the Soraya Wind, left port.",
     ("Office of Foreign Assets Control", "SANCTIONED", "Soraya Wind")),
])
def test_a_ban_on_a_countrys_trade_and_a_designation_along_with_another(extract, facts, text, expected):
    assert expected in facts(extract(text))
