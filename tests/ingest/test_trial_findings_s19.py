"""Findings of 2026-12-03, from four blind batches (an NGO's shell-company report, a sanctions wire story, a
defence memorandum release, an OSINT post, a Yonhap-style visit story, a think tank's analysis, a navy's
seizure, a trader's profile, a university partnership, denials): coordinated names, counted references to
listed ships, bylines under a publisher's line, posts before a surname, ministries of the right state, ships
the model took for products, short names of research groups. Every name is invented."""

from __future__ import annotations

import pytest


def test_neither_nor_gives_two_bodies(extract, facts, find):
    dg = extract("Korvel Shipping Ltd manages the tanker Amber Wake. Neither Korvel Shipping Ltd nor Tessmar "
                 "Holdings has been sanctioned by the United States.")
    assert find(dg, "Korvel Shipping Ltd").type == "Organization"
    assert not any(e.name.startswith("Neither") for e in dg.entities.values())


def test_a_surname_and_a_firm_after_mr_are_two_names(extract, find):
    dg = extract("Its sole director is Tomas Orvell, a Latvian national. Commercial operation is handled by "
                 "Brinmoor Tanker Operations FZE. Mr Orvell and Brinmoor did not respond to written questions.")
    assert "Orvell" in find(dg, "Tomas Orvell").aliases
    assert not any(" and " in e.name for e in dg.entities.values())


@pytest.mark.parametrize("ref", ["all three are managed by", "all of them are managed by"])
def test_a_count_stands_for_the_ships_just_listed(extract, facts, ref):
    got = facts(extract("The tankers are the Grey Petrel (IMO 9216557); the Salt Finch (IMO 9288710); and the "
                        f"Dune Lark (IMO 9259903). According to a database, {ref} Harlon Ship Management LLC."))
    for ship in ("Grey Petrel", "Salt Finch", "Dune Lark"):
        assert ("Harlon Ship Management LLC", "OWNS_OR_OPERATES", ship) in got


def test_a_count_that_does_not_fit_the_list_refers_to_nothing(extract, facts):
    got = facts(extract("The tankers are the Grey Petrel (IMO 9216557) and the Salt Finch (IMO 9288710). "
                        "Police said the three were managed by Harlon Ship Management LLC."))
    assert not any(p == "OWNS_OR_OPERATES" for _, p, _ in got)


def test_a_copula_post_survives_an_apposition_with_a_past_job(extract, facts):
    got = facts(extract("Harlon Ship Management LLC is a Dubai company set up in 2022. Harlon's chief executive is "
                        "Pavel Roskin, a citizen who previously worked as a fleet manager at Orvel Tanker Company."))
    assert ("Pavel Roskin", "LEADS", "Harlon Ship Management LLC") in got
    assert ("Pavel Roskin", "AFFILIATED_WITH", "Orvel Tanker Company") in got


def test_a_size_class_before_an_imo_number_names_no_ship(extract, find, facts):
    dg = extract("The tanker Veska Star was boarded on Monday. The 2006-built Aframax (IMO 9316284) was "
                 "escorted by a frigate to Brest. The tanker was sailing under the flag of Comoros.")
    assert not any(e.name == "Aframax" for e in dg.entities.values())
    assert ("Veska Star", "FLAGGED_IN", "Comoros") in facts(dg)


def test_it_traded_as_and_then_as_gives_two_former_names(extract, find):
    dg = extract("The tanker Veska Star was seized. Records show that the Veska Star has operated under three "
                 "names. It traded as Coral Wren until June 2023, when it was sold by Ardent Kyma Maritime, and "
                 "then as Pale Heron until it was renamed this spring.")
    aliases = find(dg, "Veska Star").aliases
    assert "Coral Wren" in aliases and "Pale Heron" in aliases


def test_a_byline_under_the_publishers_line(extract, facts):
    dg = extract("Drones for the Delta? Weighing the Evidence\n\nTorvik Institute for Security Policy | Analysis\n"
                 "By Lena Marsh, Senior Fellow, and Omar Haddad, Research Analyst\n28 April 2025\n\n"
                 "Reports have suggested that Iran is helping the army.")
    got = facts(dg)
    assert ("Lena Marsh", "AFFILIATED_WITH", "Torvik Institute for Security Policy") in got
    assert ("Omar Haddad", "AFFILIATED_WITH", "Torvik Institute for Security Policy") in got
    assert not any(e.name == "Senior Fellow" for e in dg.entities.values())


def test_a_shipment_destination_hung_on_the_verb_above(extract, facts):
    got = facts(extract("Kang asked for support in responding to N. Korea's shipments of artillery shells and "
                        "ballistic missiles to Russia."))
    assert ("North Korea", "SHIPPED_TO", "Russia") in got


def test_who_condemns_a_shipment_ships_nothing(extract, facts):
    got = facts(extract("Seoul has condemned North Korea's shipments of artillery shells to Russia."))
    assert ("North Korea", "SHIPPED_TO", "Russia") in got
    assert ("South Korea", "SHIPPED_TO", "Russia") not in got


def test_a_capitalised_memorandum_is_a_deal(extract, facts):
    got = facts(extract("Varno Ltd and Ostel Corp today signed a Memorandum of Understanding on Defense "
                        "Cooperation."))
    assert ("Varno Ltd", "AGREEMENT_WITH", "Ostel Corp") in got


def test_posts_before_a_surname_and_a_body_before_a_post(extract, find, facts):
    dg = extract("Secretary of National Defense Ramon Ilustre signed it. \"This is good,\" Secretary Ilustre "
                 "said. She met Department of Foreign Affairs Undersecretary Liza Dimagiba on Monday.")
    assert "Ilustre" in find(dg, "Ramon Ilustre").aliases
    assert find(dg, "Liza Dimagiba").type == "Person"
    assert find(dg, "Department of Foreign Affairs").type == "Organization"
    assert ("Liza Dimagiba", "AFFILIATED_WITH", "Department of Foreign Affairs") in facts(dg)


def test_a_minister_heads_his_own_states_ministry(extract, facts):
    got = facts(extract("Italy's Ministry of Defence and the Department of National Defense (DND) of the "
                        "Philippines signed a memorandum. Secretary of National Defense Ramon Ilustre, who heads "
                        "the DND, and Italian Minister of Defence Carla Venturi signed the agreement."))
    assert ("Carla Venturi", "LEADS", "Ministry of Defence") in got
    assert ("Carla Venturi", "LEADS", "Department of National Defense") not in got


def test_a_research_group_that_tracked_a_ship_reported_it(extract, facts, find):
    dg = extract("Over the past months, Halvard Open Source Lab has followed three ships. The crates match those "
                 "seen before, said Elena Marlow, the lab's lead imagery analyst. Halvard also tracked the cargo ship "
                 "Sadra-3 (IMO 9402871) on four crossings in May.")
    got = facts(dg)
    assert ("Elena Marlow", "AFFILIATED_WITH", "Halvard Open Source Lab") in got
    assert ("Halvard Open Source Lab", "REPORTED", "Sadra-3") in got
    assert "Halvard" in find(dg, "Halvard Open Source Lab").aliases


def test_a_researcher_who_studies_a_country_is_not_its_official(extract, facts):
    got = facts(extract("Omid Rahmani, an independent researcher who studies Iranian military logistics, said the "
                        "ship carried drones."))
    assert not any(s == "Omid Rahmani" and p == "AFFILIATED_WITH" for s, p, _ in got)


def test_a_port_with_its_own_country_after_a_comma(extract, facts):
    got = facts(extract("The ships made runs across the Caspian Sea between Iran's port of Amirabad and "
                        "Makhachkala, in Russia's Republic of Dagestan."))
    assert ("Amirabad", "LOCATED_IN", "Iran") in got
    assert ("Makhachkala", "LOCATED_IN", "Iran") not in got


def test_a_gapped_second_flag(extract, facts):
    got = facts(extract("The tanker Ivory Wren and the tanker Kelso Dawn are old. The Ivory Wren is registered in "
                        "Djibouti and the Kelso Dawn in Barbados."))
    assert ("Ivory Wren", "FLAGGED_IN", "Djibouti") in got
    assert ("Kelso Dawn", "FLAGGED_IN", "Barbados") in got


def test_owners_respectively(extract, facts):
    got = facts(extract("The tankers Grey Petrel and Salt Finch are old. Tomas Orvell is also listed as director of "
                        "Corvane Navigation Inc and Juniper Reef Shipping Ltd, the registered owners of the Grey "
                        "Petrel and the Salt Finch respectively."))
    assert ("Corvane Navigation Inc", "OWNS_OR_OPERATES", "Grey Petrel") in got
    assert ("Juniper Reef Shipping Ltd", "OWNS_OR_OPERATES", "Salt Finch") in got
    assert ("Corvane Navigation Inc", "OWNS_OR_OPERATES", "Salt Finch") not in got


def test_a_false_description_is_no_cargo(extract, facts):
    got = facts(extract("OFAC said the tanker Tarsa Grace had carried Iranian oil to China on three voyages, with "
                        "shipping papers that falsely described the cargo as Iraqi crude."))
    assert ("Iran", "SHIPPED_TO", "China") in got
    assert ("Iraq", "SHIPPED_TO", "China") not in got


def test_also_known_as_in_prose(extract, find):
    dg = extract("OFAC also blacklisted the managing director, Kamran Rostavi, an Iranian national also known as "
                 "Ken Rost, who it said founded the company in 2021.")
    assert "Ken Rost" in find(dg, "Kamran Rostavi").aliases


def test_a_firms_country_is_no_party_to_its_sale(extract, facts):
    got = facts(extract("Harlow Resources Corp agreed to acquire Australia's Gumtree Minerals Ltd."))
    assert ("Harlow Resources Corp", "AGREEMENT_WITH", "Gumtree Minerals Ltd.") in got or \
        ("Harlow Resources Corp", "AGREEMENT_WITH", "Gumtree Minerals Ltd") in got
    assert not any(o == "Australia" for _, p, o in got if p == "AGREEMENT_WITH")


def test_an_order_with_a_shipyard_is_a_deal_and_an_executive_order_is_not(extract, facts):
    assert ("Serena Cruises", "AGREEMENT_WITH", "Adria Navale") in facts(extract(
        "At the ceremony, Serena Cruises also confirmed an order with Adria Navale for a sister ship."))
    got = facts(extract("President Lorne Smith signed an executive order on Varno Ltd in order to stop trade with "
                        "Ostel Corp."))
    assert not any(p == "AGREEMENT_WITH" for _, p, _ in got)


def test_which_traded_as_names_a_ship_and_its_old_name(extract, find):
    dg = extract("In one case, the supertanker Hira Vale (IMO 9252656) passed crude to the Celest Bay on October "
                 "12. The Celest Bay, which traded as the Maple Rook until last year, then sailed north and "
                 "discharged the cargo at Rizhao port in China.")
    e = find(dg, "Celest Bay")
    assert e.type == "Vessel" and "Maple Rook" in e.aliases


def test_firm_tails_and_a_shared_short_name(extract, find, facts):
    dg = extract("Northvale University has signed a research partnership with drugmaker Aster Biologics. The "
                 "agreement will fund a new Aster Centre for RNA Therapeutics. Aster's chief executive, Clara "
                 "Dunn, said the company had chosen Northvale.")
    assert find(dg, "Aster Biologics").type == "Organization"
    assert "Aster" in find(dg, "Aster Biologics").aliases
    assert ("Clara Dunn", "LEADS", "Aster Biologics") in facts(dg)


def test_board_seats_and_a_lone_surname_with_a_trade_noun(extract, facts):
    got = facts(extract("Veltra was founded in 2019 by Anton Merov and banker Luka Brand. Merov, a former Castel "
                        "Energy trader who ran that company's crude desk in Dubai, is Veltra's chief executive. He "
                        "also sits on the board of the Commodity Traders Forum."))
    assert ("Anton Merov", "AFFILIATED_WITH", "Castel Energy") in got
    assert ("Anton Merov", "AFFILIATED_WITH", "Commodity Traders Forum") in got


def test_a_product_the_model_saw_is_a_ship_and_its_new_name(extract, find, facts):
    dg = extract("Its tanker arm, Argon Tankers, owns the Liberia-flagged Aframax Argon Pride. Argon Tankers owned "
                 "the Elpis M until 2023, when it sold the 19-year-old tanker to Ostrel Marine, a Dubai company. "
                 "A daily reported that Argon Tankers received $21 million for the ship. Renamed Selma, the ship "
                 "has since carried Russian oil to India.")
    assert "Elpis M" in find(dg, "Selma").aliases
    assert "Selma" not in find(dg, "Argon Pride").aliases
    assert ("Argon Pride", "TRANSPORTED", "oil") not in facts(dg)


def test_a_listed_name_goes_by_its_given_names_and_its_capitalised_surname_is_the_person(extract, find, facts):
    dg = extract("INDIVIDUALS\n\n1. GAZIN, Rustam Timurovich\nDOB: 03/05/1977. Nationality: Russia.\n\n"
                 "2. VERMA, Sanjit Ketan\nDOB: 19/11/1981. Nationality: India.\n\n"
                 "On 10 October 2025 the Council of the European Union listed GAZIN and Vostok Line LLC.")
    e = find(dg, "GAZIN, Rustam Timurovich")
    assert e.type == "Person" and e.name == "Rustam Timurovich Gazin"
    assert "GAZIN" in e.aliases
    assert ("Council of the European Union", "SANCTIONED", "Rustam Timurovich Gazin") in facts(dg)


def test_a_tracking_service_named_after_its_trade(extract, facts):
    got = facts(extract("The tanker Hira Vale passed crude to the tanker Celest Bay on October 12. Data from "
                        "ship-tracking service Orbitrace show that both tankers switched off their transponders."))
    assert ("Orbitrace", "REPORTED", "Hira Vale") in got
    assert ("Orbitrace", "REPORTED", "Celest Bay") in got


def test_goods_carried_are_no_statement_carried(extract):
    dg = extract("The tanker Corvo is old. The documents show that Veldra Energy hired the Corvo to carry crude "
                 "from Primorsk.")
    assert not any("Veldra Energy" in ev.attributed_to for r in dg.relations for ev in r.evidence)
    assert not any(dg.entities[r.subject].name == "Veldra Energy" and r.predicate == "REPORTED" for r in dg.relations)


def test_a_states_body_reports_nothing_on_its_own_state(extract, facts):
    got = facts(extract("The U.S. Department of Justice announced today the unsealing of an indictment charging two "
                        "companies with illegally exporting U.S.-origin aircraft parts to Russia by transshipping "
                        "them through Armenia."))
    assert ("United States", "SHIPPED_TO", "Russia") in got
    assert not any(p == "REPORTED" and o == "United States" for _, p, o in got)
