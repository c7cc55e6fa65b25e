"""Findings of 2026-12-03 (second session): the second of two people named after "run by", posts that two
firms share, and what the blind batches of the session showed. Every name is invented."""

from __future__ import annotations

import pytest


def test_both_people_after_run_by_lead_the_firm(extract, facts):
    got = facts(extract("Drevna Shipping, run by Omar Saleh and Karim Nasser, owns the tanker Ardent Sky."))
    assert ("Omar Saleh", "LEADS", "Drevna Shipping") in got
    assert ("Karim Nasser", "LEADS", "Drevna Shipping") in got


@pytest.mark.parametrize("text,pred", [
    ("Marlow Shipping and Tessen Maritime share a director, Aleksei Brun.", "AFFILIATED_WITH"),
    ("Marlow Shipping and Tessen Maritime shared a chief executive: Aleksei Brun.", "LEADS"),
])
def test_a_post_two_firms_share_ties_the_person_to_both(extract, facts, text, pred):
    got = facts(extract(text))
    assert ("Aleksei Brun", pred, "Marlow Shipping") in got
    assert ("Aleksei Brun", pred, "Tessen Maritime") in got
    assert not any(p == "REPORTED" for _, p, _ in got)


def test_sharing_an_address_is_no_post(extract, facts):
    got = facts(extract("Marlow Shipping and Tessen Maritime share an address with Aleksei Brun's firm."))
    assert not any(s == "Aleksei Brun" for s, _, _ in got)


def test_a_given_name_before_a_hyphenated_surname_is_part_of_the_name(extract, find):
    dg = extract("Leyla Ostrova-Kemp, a shipping specialist at the Institute for Caspian Studies, reviewed "
                 "the findings.")
    assert find(dg, "Leyla Ostrova-Kemp").type == "Person"
    assert not any(e.name == "Ostrova-Kemp" for e in dg.entities.values())


def test_the_dhow_a_warship_stopped_is_not_the_warship(extract, facts):
    got = facts(extract(
        "A boarding team from the Royal Navy frigate HMS Calder intercepted the wooden vessel before dawn. "
        "Hidden beneath sacks of fertiliser in the hold were 300 assault rifles and 20 anti-tank missiles.\n\n"
        "The dhow's crew members said they were heading for the Yemeni port of Nishtun."))
    assert not any(s == "HMS Calder" and p in ("TRANSPORTED", "VISITED") for s, p, _ in got)


def test_the_group_is_the_body_called_a_group_not_the_armed_group_named_since(extract, facts):
    got = facts(extract(
        "The Arms Tracing Network (ATN), a Geneva-based research group, examined the missiles. \"The markings "
        "point to the supply chain that has fed the Houthis for years,\" said Nadia Lund, an ATN analyst. "
        "The group concluded that the missiles were most likely shipped from Iran to the Houthis by sea."))
    assert ("Iran", "SHIPPED_TO", "Houthis") in got
    assert not any(s == "Houthis" and p == "REPORTED" for s, p, _ in got)


def test_the_agency_of_a_wire_dateline_is_named_but_reports_nothing(extract, facts, find):
    dg = extract("DUBAI, Nov 26 (Reuters) - The coast guard seized the tanker Corran Bay, the Omani navy said.\n\n"
                 "(Reporting by Lena Marsh; Editing by Tom Vale)")
    assert find(dg, "Reuters").type == "Organization"
    got = facts(dg)
    assert not any("Reuters" in (s, o) and p == "REPORTED" for s, p, o in got)
    assert ("Lena Marsh", "AFFILIATED_WITH", "Reuters") in got


def test_a_company_noun_in_apposition_is_the_name_it_describes(extract, facts):
    got = facts(extract("Marova Cruises is a unit of Halden Leisure Group, the Swiss travel company chaired by "
                        "Anna Berg."))
    assert ("Anna Berg", "LEADS", "Halden Leisure Group") in got
    assert ("Anna Berg", "LEADS", "Marova Cruises") not in got


def test_a_french_name_keeps_its_elided_article(extract, find):
    dg = extract("Shipyard hands over cruise ship\n\nSAINT-NAZAIRE, France — Chantiers Navals de l'Ouestmer on "
                 "Thursday handed over the cruise ship Aurelia Star to Corvane Cruises.")
    assert find(dg, "Chantiers Navals de l'Ouestmer").type == "Organization"


@pytest.mark.parametrize("text", ["Niger's Minister of Petroleum Aissa Moumouni said the deal was signed.",
                                  "Oil Minister Aissa Moumouni said the deal was signed."])
def test_a_one_word_portfolio_before_a_name_is_no_cargo(extract, find, text):
    dg = extract(text)
    assert find(dg, "Aissa Moumouni").type == "Person"
    assert not any(e.type == "Other" for e in dg.entities.values())


def test_a_hyphenated_acronym_is_the_body_it_abbreviates(extract, find):
    dg = extract("The Treasury designated the Korvan Revolutionary Guard Corps-Qods Force (KRGC-QF) today. The "
                 "KRGC-QF sells oil to China. Both vessels transported oil for the KRGC-QF in 2024.")
    body = find(dg, "Korvan Revolutionary Guard Corps-Qods Force")
    assert body.type == "Organization" and "KRGC-QF" in body.aliases
    assert not any(e.type in ("Port", "Vessel") for e in dg.entities.values())


def test_a_capitals_heading_with_its_is_no_ship_and_an_acronym_in_capitals_no_ship(extract):
    dg = extract("Today OFAC is designating the Verano Guard Force (VGF) and two tankers.\n\n"
                 "GOLDEN LARCH AND ITS DIRECTOR\n\n"
                 "ASTRA WAVE (IMO 9283758) is a Panama-flagged crude oil tanker. Its director negotiates cargo sales "
                 "directly with VGF officials.")
    ships = {e.name for e in dg.entities.values() if e.type == "Vessel"}
    assert "ASTRA WAVE" in ships and not ships & {"ITS DIRECTOR", "VGF", "DIRECTOR"}


def test_an_under_secretarys_portfolio_is_no_body(extract):
    dg = extract('"We will act," said Acting Under Secretary of the Treasury for Terrorism and Financial '
                 "Intelligence Dana R. Holloway.")
    names = {e.name for e in dg.entities.values()}
    assert "Dana R. Holloway" in names
    assert not any("Terrorism" in n for n in names)


def test_a_ship_sails_under_a_flag_though_the_parser_calls_sails_a_noun(extract, facts):
    got = facts(extract("The tanker Gull Point has been renamed Marlin Bay. The Orla Star sails under the flag of "
                        "Togo; its registered owner is Faro Line SA."))
    assert ("Faro Line SA", "OWNS_OR_OPERATES", "Orla Star") in got
    assert ("Orla Star", "FLAGGED_IN", "Togo") in got
    assert not any(s == "Marlin Bay" and p == "FLAGGED_IN" for s, p, _ in got)


def test_the_name_a_ship_was_built_under_is_a_former_name(extract, find):
    dg = extract("Built at a South Korean yard as the Nordic Pearl, the tanker Marlin Crest joined the fleet in "
                 "2014. The plant was built in 1990 as a refinery.")
    assert "Nordic Pearl" in find(dg, "Marlin Crest").aliases
    assert not any(e.type == "Location" for e in dg.entities.values())


def test_a_sentence_adverb_before_a_comma_is_no_body(extract):
    dg = extract("Meanwhile, Poland's Ministry of National Defense on Wednesday denied a report.")
    assert not any(e.name == "Meanwhile" for e in dg.entities.values())


def test_a_minister_of_one_state_does_not_lead_the_other_states_ministry(extract, facts):
    got = facts(extract(
        "The contract was signed by Polish Deputy Defense Minister Tomasz Wielgos in the presence of South Korean "
        "Defense Minister Baek Sung-ho. Meanwhile, Poland's Ministry of National Defense denied a report."))
    assert ("Baek Sung-ho", "AFFILIATED_WITH", "South Korea") in got
    assert not any(s == "Baek Sung-ho" and o == "Ministry of National Defense" for s, _, o in got)
    assert any(s == "Tomasz Wielgos" for s, _, _ in got)


def test_its_forces_after_a_state_are_the_states_not_the_last_ships(extract, facts):
    got = facts(extract(
        "The first tanks arrived at the Polish port of Gdynia aboard the ro-ro ship Morning Lark.\n\n"
        "Poland also ordered K9 self-propelled howitzers from South Korean firms in 2022, as Warsaw moved to "
        "rebuild its armored forces."))
    assert not any(s == "Morning Lark" and p == "TRANSPORTED" and "K9" in o for s, p, o in got)


def test_a_bare_korean_is_the_one_korea_the_story_names(extract, facts):
    got = facts(extract("South Korea and Poland signed a deal. The tanks arrived aboard the Korean-flagged ro-ro "
                        "ship Morning Lark."))
    assert ("Morning Lark", "FLAGGED_IN", "South Korea") in got


@pytest.mark.parametrize("text,person,state,pred", [
    ("MOSCOW, June 18. Niger's Minister of Petroleum Aissa Moumouni said the two companies agreed.",
     "Aissa Moumouni", "Niger", "AFFILIATED_WITH"),
    ("MOSCOW, June 18. The deal was signed by Niger's Minister of National Defense General Salifou Garba.",
     "Salifou Garba", "Niger", "AFFILIATED_WITH"),
    ("MOSCOW, June 18. Russian President Anatoly Verin and President of the Republic of Niger Moussa Hama "
     "signed a joint statement.", "Moussa Hama", "Niger", "LEADS"),
])
def test_an_official_of_the_state_named_in_the_post_not_the_datelines(extract, facts, text, person, state, pred):
    got = facts(extract(text))
    assert (person, pred, state) in got
    assert (person, "AFFILIATED_WITH", "Russia") not in got


def test_a_line_owns_the_ship_it_ordered_or_put_into_service(extract, facts, find):
    dg = extract("The yard handed over the Aurelia Dawn, the largest cruise ship ever ordered by Geneva-based "
                 "Marova Cruises. Bookings for the ship's first season are ahead of those for the Aurelia Mist, "
                 "which Marova Cruises put into service last year.")
    got = facts(dg)
    assert find(dg, "Aurelia Mist").type == "Vessel"
    assert ("Marova Cruises", "OWNS_OR_OPERATES", "Aurelia Dawn") in got
    assert ("Marova Cruises", "OWNS_OR_OPERATES", "Aurelia Mist") in got


def test_led_by_after_a_studios_name_and_a_comma(extract, facts):
    got = facts(extract("The interiors were designed by the Milan studio Ferro & Associati, led by architect "
                        "Paolo Ferro, who described the atrium as a piazza."))
    assert ("Paolo Ferro", "LEADS", "Ferro & Associati") in got


def test_a_firm_named_for_its_petrol_took_delivery_of_tankers(extract, facts):
    got = facts(extract("Anadolu Petrol took delivery of the product tankers Defne Star and Gokce Star."))
    assert ("Anadolu Petrol", "OWNS_OR_OPERATES", "Defne Star") in got


def test_a_byline_between_pipes_keeps_its_person_post_and_body(extract, facts):
    got = facts(extract("Commentary | Dr Miriam Okoro-Lane, Senior Research Fellow, Halden Centre for Security "
                        "Studies | 18 March 2025\n\nIran ships drones across the Caspian Sea to Russia."))
    assert ("Miriam Okoro-Lane", "AFFILIATED_WITH", "Halden Centre for Security Studies") in got


def test_name_post_body_between_commas(extract, facts):
    got = facts(extract("Anna Berg, Director, Nordic Shipping Council, said the ban works."))
    assert ("Anna Berg", "LEADS", "Nordic Shipping Council") in got


@pytest.mark.parametrize("text,name", [
    ("Mr Justice Whitlock, sitting in the Admiralty Court, held that the bank was the pledgee.", "Whitlock"),
    ("Media release | Senator the Hon Margaret Lindell, Minister for Foreign Affairs | 27 November 2026\n\n"
     "Australia imposed sanctions on two tankers.", "Margaret Lindell"),
])
def test_a_judges_style_and_the_hon_are_no_part_of_the_name(extract, find, text, name):
    dg = extract(text)
    assert find(dg, name).type == "Person"
    assert not any(e.name.startswith(("Justice", "Hon")) for e in dg.entities.values())


def test_plural_ship_nouns_before_names_and_named_lists(extract, find):
    dg = extract("The two newbuilds will replace the diesel ferries Stordvik and Kvinnavik, both built in 1998. "
                 "The 120-metre vessels, to be named Solvik and Havvik, will carry cars. Two aframaxes, the Gull "
                 "Point and the Tern Point, loaded at Primorsk.")
    for ship in ("Stordvik", "Kvinnavik", "Solvik", "Havvik", "Gull Point", "Tern Point"):
        assert find(dg, ship).type == "Vessel", ship
    assert not any(e.name == "diesel" for e in dg.entities.values())
