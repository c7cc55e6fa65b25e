"""Goods with an origin and a destination stated through a port, a buyer's nationality or a partitive
(round of 2026-11-30): "discharged Iranian crude at Huanghua, in China's Hebei province" gives Iran
SHIPPED_TO China, as "Iranian crude bound for China" does.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, origin, dest", [
    ("The tanker Sea Swallow 5 loaded Iranian crude oil at Siri Island and discharged it at Huanghua, in China's "
     "Hebei province.", "Iran", "China"),
    ("The tanker Orla carried Russian crude oil from Novorossiysk to Sikka in India.", "Russia", "India"),
    ("The Gulnara K has loaded Russian crude at Novorossiysk eleven times since January, discharging mostly at "
     "Vadinar on India's west coast.", "Russia", "India"),
    ("Indian refiners continued to lap up discounted Russian crude in August.", "Russia", "India"),
    ("Most of these Russian cargoes were sold to refiners in India and Turkey.", "Russia", "Turkey"),
])
def test_origin_to_destination(extract, facts, text, origin, dest):
    assert (origin, "SHIPPED_TO", dest) in facts(extract(text))


def test_a_port_without_its_country_gives_no_country_destination(extract, facts):
    got = facts(extract("The tanker Orla carried Russian crude oil from Novorossiysk to Sikka last week."))
    assert not any(p == "SHIPPED_TO" for _, p, _ in got)


def test_a_country_further_on_is_not_the_ports(extract, facts):
    got = facts(extract("The tanker Orla discharged Russian crude at Sikka, a port that supplies refiners long "
                        "criticised by Ukraine."))
    assert ("Russia", "SHIPPED_TO", "Ukraine") not in got


def test_shipper_and_consignee_in_a_tangled_parse(extract, facts):
    dg = extract("According to the bill of lading, the shipper is Kerch Trans Export LLC of Rostov-on-Don and the "
                 "consignee the Misrata firm Al-Sahel Import Co.")
    assert ("Kerch Trans Export LLC", "SHIPPED_TO", "Al-Sahel Import Co.") in facts(dg)


def test_consignor_and_recipient_in_two_sentences(extract, facts):
    dg = extract("The consignor is the Ministry of Defence and Armed Forces Logistics of Iran (MODAFL). The recipient "
                 "is the Main Missile and Artillery Directorate of the Russian Ministry of Defence (GRAU).")
    got = facts(dg)
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Main Missile and Artillery Directorate") == "Organization"
    assert ("Ministry of Defence and Armed Forces Logistics", "SHIPPED_TO",
            "Main Missile and Artillery Directorate") in got


def test_a_recipient_without_a_shipper_names_no_shipment(extract, facts):
    dg = extract("The ship left Rostov-on-Don in May. The recipient is Al-Sahel Import Co. of Misrata.")
    assert not any(p == "SHIPPED_TO" for _, p, _ in facts(dg))


def test_a_misparsed_trade_verb_after_a_company(extract, facts):
    dg = extract("Tarvolin Trading Oy exported machine tools to Russia last year.")
    assert ("Tarvolin Trading Oy", "SHIPPED_TO", "Russia") in facts(dg)
    assert {e.name: e.type for e in dg.entities.values()}.get("Tarvolin Trading Oy") == "Organization"


def test_goods_found_in_a_search_of_the_ship_just_named(extract, facts):
    dg = extract("The container was found on 12 November on the ro-ro vessel Kaja Nordlys. On inspection, customs "
                 "officers found 4,000 flight controllers and 300 radio transmitters.")
    got = facts(dg)
    assert {("Kaja Nordlys", "TRANSPORTED", "flight controllers"),
            ("Kaja Nordlys", "TRANSPORTED", "radio transmitters")} <= got


@pytest.mark.parametrize("text", [
    "The tanker Orla left Sohar in May. Police later found drone engines in a warehouse.",
    "The tanker Orla left Sohar in May. In March, a French frigate seized drone engines from a dhow off Somalia.",
])
def test_goods_found_elsewhere_are_not_the_ships(extract, facts, text):
    assert not any(p == "TRANSPORTED" for _, p, _ in facts(extract(text)))


@pytest.mark.parametrize("text, shipper, dest", [
    ("Australia announced sanctions on Qorvane Dynamics for supplying drone engines to Russia.",
     "Qorvane Dynamics", "Russia"),
    ("Prosecutors charged Halstrom Aviation B.V. with exporting aircraft parts to Russia.",
     "Halstrom Aviation B.V.", "Russia"),
])
def test_the_party_sanctioned_charged_or_accused_ships(extract, facts, text, shipper, dest):
    # seventh round: the body that imposes sanctions or charges is no shipper (it was, for "announced
    # sanctions on X for supplying ..."); the sanctioned or charged party is
    got = facts(extract(text))
    assert (shipper, "SHIPPED_TO", dest) in got
    assert not any(p == "SHIPPED_TO" and s == "Australia" for s, p, _ in got)


def test_the_antecedent_of_which_a_body_says_shipped(extract, facts):
    got = facts(extract("The EU lists the firm Qorvane Transit OU, which Brussels says shipped drone components to "
                        "Russia."))
    assert ("Qorvane Transit OU", "SHIPPED_TO", "Russia") in got
