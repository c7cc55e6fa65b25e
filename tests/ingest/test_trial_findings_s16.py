"""Findings of 2026-12-02 (second session): a post beside a name in a sentence that denies something else, and
the body a spokesperson speaks for."""

from __future__ import annotations

import pytest


def _triples(dg) -> set[tuple[str, str, str]]:
    """A document graph's relations as (subject name, predicate, object name)."""
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations}


def _modalities(dg) -> dict[tuple[str, str, str], str]:
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]): r.modality for r in dg.relations}


@pytest.mark.parametrize("text,triple", [
    ("Ahmad Karimi, an official at the Ministry of Defence, denied the claim.",
     ("Ahmad Karimi", "AFFILIATED_WITH", "Ministry of Defence")),
    ("Oleg Varin, the Russian ambassador to Turkey, rejected the accusation.",
     ("Oleg Varin", "AFFILIATED_WITH", "Russia")),
])
def test_a_post_in_apposition_is_the_writers_not_the_denied_claim(extract, text, triple):
    # the denial's object is "the claim"; the apposition is no part of it and had been marked "alleged"
    assert _modalities(extract(text)).get(triple) == "asserted"


def test_a_denied_claim_stays_denied(extract):
    m = _modalities(extract("Officials denied reports that the tanker Ocean Wren had carried oil to Syria."))
    assert m.get(("Ocean Wren", "TRANSPORTED", "oil")) == "denied"


@pytest.mark.parametrize("text,org,person", [
    ("A spokeswoman for Kelmar, Anna Olsen, said the company had no comment.", "Kelmar", "Anna Olsen"),
    ('"We comply with all rules," said Jonas Berg, a spokesperson for Frondel.', "Frondel", "Jonas Berg"),
])
def test_the_body_a_spokesperson_speaks_for(extract, text, org, person):
    dg = extract(text)
    assert {e.name: e.type for e in dg.entities.values()}.get(org) == "Organization"
    assert (person, "AFFILIATED_WITH", org) in _triples(dg)


@pytest.mark.parametrize("text,name", [
    ("A spokesman for Russia said the talks would go on.", "Russia"),
    ("A spokesman for Ohio said the talks would go on.", "Ohio"),
])
def test_a_spokesperson_for_a_place_leaves_the_place_a_place(extract, text, name):
    dg = extract(text)
    assert {e.name: e.type for e in dg.entities.values()}.get(name) != "Organization"


def test_a_co_owner_is_a_person(extract):
    dg = extract("Treasury also listed Pavel Orlin, a co-owner of Kestrov Forwarding.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Pavel Orlin") == "Person" and types.get("Kestrov Forwarding") == "Organization"
    assert ("Pavel Orlin", "AFFILIATED_WITH", "Kestrov Forwarding") in _triples(dg)


def test_a_forwarder_after_a_countrys_possessive_is_a_firm(extract):
    dg = extract("Treasury designated Russia's Kestrov Forwarding, saying it had used two ships.")
    assert {e.name: e.type for e in dg.entities.values()}.get("Kestrov Forwarding") == "Organization"


def test_an_office_of_named_before_an_apposition_keeps_its_head(extract):
    dg = extract('"We act," said Tom Hale, who heads the Office of Trade Sanctions Enforcement, the British body '
                 "that enforces the measures.")
    assert ("Tom Hale", "LEADS", "Office of Trade Sanctions Enforcement") in _triples(dg)


def test_a_country_and_a_union_are_two_sanctioning_parties(extract):
    dg = extract("Tarvan Aero Industries is already under U.S. and European Union sanctions.")
    names = {e.name for e in dg.entities.values()}
    assert "European Union" in names and not any(" and " in n for n in names)


def test_a_firms_short_name_with_a_harbour_word_is_no_port(extract):
    dg = extract("Also designated was Coral Harbour Electronics of Hong Kong. Treasury also listed Coral Harbour's "
                 "sales director, Mei Lam.")
    assert not any(e.type == "Port" for e in dg.entities.values())
    assert ("Mei Lam", "AFFILIATED_WITH", "Coral Harbour Electronics") in _triples(dg)


def test_an_attorney_of_a_firm_is_a_person(extract):
    dg = extract("Sokolova, who is represented by Nicosia attorney Eleni Markou of Markou Partners, will contest "
                 "extradition.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Eleni Markou") == "Person" and types.get("Markou Partners") == "Organization"


def test_a_us_court_and_office_keep_their_district(extract):
    dg = extract("The case has been assigned to Judge Ann Pell of the U.S. District Court for the Eastern District "
                 "of New York. The U.S. Attorney's Office for the Southern District of Florida announced it.")
    names = {e.name for e in dg.entities.values()}
    assert "U.S. District Court for the Eastern District of New York" in names
    assert "U.S. Attorney's Office for the Southern District of Florida" in names


def test_a_side_then_a_spokesperson(extract):
    dg = extract("On the Indian side, Rohan Mehta, spokesperson of the Ministry of External Affairs, said exports "
                 "were legal.")
    assert {e.name: e.type for e in dg.entities.values()}.get("Rohan Mehta") == "Person"
    assert ("Rohan Mehta", "AFFILIATED_WITH", "Ministry of External Affairs") in _triples(dg)


def test_a_committees_remit_goes_on_after_and(extract):
    dg = extract("The hearing of the Standing Committee on Foreign Affairs and International Development was called "
                 "after a report. The Commission on Human Rights and Amnesty International spoke.")
    names = {e.name for e in dg.entities.values()}
    assert "Standing Committee on Foreign Affairs and International Development" in names
    assert "International Development" not in names
    assert "Amnesty International" in names


def test_goods_sold_to_buyers_in_a_countrys_region_reach_the_country(extract):
    t = _triples(extract("Marvell Commodities SA sold the cargoes to independent refiners in China's Shandong "
                         "province, the records show."))
    assert ("Marvell Commodities SA", "SHIPPED_TO", "China") in t


def test_a_second_passive_verb_shares_the_subject(extract):
    t = _triples(extract("The cargoes were loaded at Kozmino and sold by Marvell Commodities SA to refiners in "
                         "China."))
    assert ("Marvell Commodities SA", "SHIPPED_TO", "China") in t


def test_a_bank_compound_is_no_person(extract):
    dg = extract("Lindenbank Zürich led a $900 million facility signed with Marvell Commodities SA in 2023. "
                 "Lindenbank's chief executive, Greta Baum, said the bank had exited.")
    assert {e.name: e.type for e in dg.entities.values()}.get("Lindenbank Zürich") == "Organization"
    assert ("Greta Baum", "LEADS", "Lindenbank Zürich") in _triples(dg)


def test_a_post_before_the_name_and_another_in_apposition(extract):
    t = _triples(extract("Marvell chairman Oskar Lind, a former Nordhavn Bank executive, declined to comment."))
    assert ("Oskar Lind", "LEADS", "Marvell") in t
    assert ("Oskar Lind", "AFFILIATED_WITH", "Nordhavn Bank") in t


@pytest.mark.parametrize("text,ship,port", [
    ("The bulker Lara Dune had last called at Djibouti for bunkers.", "Lara Dune", "Djibouti"),
    ("The tanker Grey Finch called at Singapore before heading to Fujairah.", "Grey Finch", "Singapore"),
])
def test_a_call_at_a_city_state_is_a_port_call(extract, text, ship, port):
    dg = extract(text)
    assert (ship, "VISITED", port) in _triples(dg)
    assert any(e.name == port and e.type == "Port" for e in dg.entities.values())


def test_a_ship_tracking_firm_in_apposition_is_no_ship(extract):
    dg = extract("The tanker Kite Dawn loaded crude at Primorsk, according to Harlow Vessel Intelligence, a "
                 "London-based ship-tracking firm.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Harlow Vessel Intelligence") == "Organization"
    assert ("Harlow Vessel Intelligence", "VISITED", "Primorsk") not in _triples(dg)


def test_a_bare_minister_in_a_capital_datelined_story_is_that_states(extract):
    dg = extract("TOKYO (AP) — Japan on Friday imposed sanctions on six tankers. Russia has called such measures "
                 "illegal. Russia says Russia will respond. Foreign Minister Emi Sato said Russia had relied on "
                 "the ships.")
    t = _triples(dg)
    assert ("Emi Sato", "AFFILIATED_WITH", "Japan") in t
    assert ("Emi Sato", "AFFILIATED_WITH", "Russia") not in t


def test_a_cabinet_secretarys_title_names_no_body(extract):
    dg = extract("Japan imposed sanctions, Chief Cabinet Secretary Ken Mori told reporters.")
    assert not any(e.type == "Organization" for e in dg.entities.values())


def test_only_after_a_denied_object_is_affirmed(extract):
    m = _modalities(extract("The Volna Dawn and the Kite Reef are operated by Hong Kong-based Sarmat Tanker "
                            "Services. Tokyo did not designate Sarmat itself, only its two vessels, an official "
                            "said."))
    assert m.get(("Japan", "SANCTIONED", "Sarmat Tanker Services")) == "negated"
    assert m.get(("Japan", "SANCTIONED", "Kite Reef")) in ("asserted", "reported")


def test_saint_written_st_is_a_known_place(extract):
    dg = extract("The ship is managed by Baltrans Ship Management of St Petersburg.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Baltrans Ship Management") == "Organization"
    assert "St Petersburg" in types


def test_a_bylines_body_after_the_authors(extract):
    t = _triples(extract("By Ana Rusu and Tomas Reif, Clear Ledger Project\n\nThe shipments were arranged by a "
                         "broker, according to records reviewed by the Clear Ledger Project."))
    assert ("Ana Rusu", "AFFILIATED_WITH", "Clear Ledger Project") in t
    assert ("Tomas Reif", "AFFILIATED_WITH", "Clear Ledger Project") in t


def test_a_mis_tagged_dhow_still_refers_back(extract):
    t = _triples(extract("Royal Marines boarded the dhow Noor Sahar south of Jask on Monday. The stateless dhow had "
                         "sailed from the Iranian port of Konarak two days earlier."))
    assert ("Noor Sahar", "VISITED", "Konarak") in t


def test_a_country_before_a_portfolio_and_post(extract):
    dg = extract("UK Defence Secretary Rachel Penn said the interdiction was lawful.")
    assert ("Rachel Penn", "AFFILIATED_WITH", "United Kingdom") in _triples(dg)
    assert not any(e.type == "Organization" for e in dg.entities.values())


def test_a_units_number_is_part_of_its_name(extract):
    dg = extract("The frigate is operating with Combined Task Force 150, part of the Combined Maritime Forces "
                 "coalition.")
    assert "Combined Task Force 150" in {e.name for e in dg.entities.values()}


def test_among_those_listed_heads_a_bulleted_list(extract):
    t = _triples(extract("Council of the EU\nPress release\n\nThe Council today decided to impose restrictive "
                         "measures on two individuals and one "
                         "entity.\n\nAmong those listed today are:\n\n- Arkady Vorin, director general of Seldo "
                         "Marine LLC;\n- Seldo Marine LLC, for providing the technical management of tankers;\n"
                         "- Nadia Kassym, chief financial officer of Tallo Energy Trading FZE."))
    for name in ("Arkady Vorin", "Seldo Marine LLC", "Nadia Kassym"):
        assert any(s.startswith("Council") and p == "SANCTIONED" and o == name for s, p, o in t), name


@pytest.mark.parametrize("text,port", [
    ("Pirates boarded the Malta-flagged tanker SEA LARK, en route from Lome, Togo, to Luanda, Angola.", "Luanda"),
    ("Thieves were sighted on the bulk carrier JADE HALO, underway from Port Klang to Zhoushan.", "Zhoushan"),
    ("The product tanker MARLIN WAKE, laden with gasoil from Sikka and bound for Djibouti, was approached by a "
     "skiff.", "Sikka"),
])
def test_the_other_end_of_a_voyage_in_a_bulletin(extract, text, port):
    assert any(p == "VISITED" and o == port for _, p, o in _triples(extract(text)))


def test_formerly_named_beside_a_flag_names_a_ship_twice(extract):
    dg = extract("The Hai Sun 17, formerly named Ocean Jasper, was broadcasting the flag of Sierra Leone. The vessel "
                 "later called at the Chinese port of Fangchenggang.")
    ships = [e for e in dg.entities.values() if e.type == "Vessel"]
    assert len(ships) == 1 and ships[0].name == "Hai Sun 17" and "Ocean Jasper" in ships[0].aliases
    assert ("Hai Sun 17", "VISITED", "Fangchenggang") in _triples(dg)


def test_a_countrys_government_is_the_country(extract):
    dg = extract("Chad's government spokesman, Idris Mahamat Abdel, said the airport had handled only aid flights.")
    assert ("Idris Mahamat Abdel", "AFFILIATED_WITH", "Chad") in _triples(dg)
    assert not any(e.type == "Organization" for e in dg.entities.values())


def test_a_carrier_among_flights_is_an_airline(extract):
    dg = extract("The panel counted 23 flights by Il-76 freighters that landed at Amdjarass airport. The aircraft "
                 "were operated by Sahra Wings, a smaller carrier based in Chad's capital N'Djamena. The Nova "
                 "Crest, a bulk carrier, docked at Durres.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Sahra Wings") == "Organization"
    assert types.get("Nova Crest") == "Vessel"
    assert types.get("N'Djamena") == "Location"


@pytest.mark.parametrize("text,person,body", [
    ("The Korea Customs Service said it had opened an investigation. Kang Mi-sun, director of the agency's foreign "
     "exchange investigation bureau, said no charges had been filed.", "Kang Mi-sun", "Korea Customs Service"),
    ("The foreign ministry announced the measures on Tuesday. \"The sanctions reflect Seoul's firm will,\" Lee "
     "Jung-ho, director-general for Korean Peninsula peace affairs at the ministry, said in a briefing.", "Lee Jung-ho",
     "foreign ministry"),
])
def test_the_head_of_a_unit_is_an_official_of_the_body(extract, text, person, body):
    t = _triples(extract(text))
    assert (person, "AFFILIATED_WITH", body) in t
    assert (person, "LEADS", body) not in t


def test_a_possessive_body_noun_refers_back(extract):
    t = _triples(extract("The Korea Coast Guard said it had seized the tanker Ocean Lyre. \"The Ocean Lyre switched "
                         "off its transponder,\" Park Sung-jin, chief of the coast guard's foreign affairs "
                         "intelligence division, told reporters."))
    assert ("Park Sung-jin", "AFFILIATED_WITH", "Korea Coast Guard") in t


@pytest.mark.parametrize("text,person,body", [
    ("Dimitar Valkov was employed by Corvin Ship Management, a Dubai-based company.", "Dimitar Valkov",
     "Corvin Ship Management"),
    ("Arvind Nayar was hired through Bluewake Crewing, a Mumbai crewing agency.", "Arvind Nayar", "Bluewake Crewing"),
])
def test_employed_by_in_the_passive(extract, text, person, body):
    assert (person, "AFFILIATED_WITH", body) in _triples(extract(text))


def test_led_by_a_titled_person(extract):
    t = _triples(extract("The case is being prosecuted by the U.S. Attorney's Office for the Southern District of "
                         "Texas, led by U.S. Attorney Nora Bell, together with Tom Grier."))
    assert ("Nora Bell", "LEADS", "U.S. Attorney's Office for the Southern District of Texas") in t


def test_a_brigades_commander_named_with_his_rank(extract):
    dg = extract("The dhow was stopped by coastal units of the Red Sea Coast Brigades, according to Brigadier Nabil "
                 "al-Wazir, who heads the brigades.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Red Sea Coast Brigades") == "Organization" and types.get("Nabil al-Wazir") == "Person"
    assert ("Nabil al-Wazir", "LEADS", "Red Sea Coast Brigades") in _triples(dg)


def test_an_envoy_for_a_country_serves_the_body_that_sends_him(extract):
    t = _triples(extract("Henrik Solberg, the UN special envoy for Yemen, said he was deeply concerned."))
    assert ("Henrik Solberg", "AFFILIATED_WITH", "UN") in t
    assert ("Henrik Solberg", "AFFILIATED_WITH", "Yemen") not in t


def test_a_firms_short_name_the_model_took_for_a_place(extract):
    dg = extract("The company, Lianhe Tech Trading Ltd, was registered in Hong Kong in 2023. Russian customs data "
                 "show Lianhe exported goods worth $3.1 million to Russia in 2023. Precision bearings were sold to "
                 "the firm by Fratelli Orsani Meccanica, a manufacturer in Brescia. Orsani said it had complied "
                 "with all export controls.")
    orgs = {e.name: e for e in dg.entities.values() if e.type == "Organization"}
    assert "Lianhe" not in {e.name for e in dg.entities.values()}
    assert "Orsani" in orgs["Fratelli Orsani Meccanica"].aliases


def test_a_place_after_a_preposition_stays_a_place_beside_a_firm_named_after_it(extract):
    dg = extract("Flight data were compiled by the monitoring group Darfa Sky Watch. The materiel was shipped in "
                 "breach of the UN arms embargo on Darfa.")
    assert not any(e.name == "Darfa" and e.type == "Organization" for e in dg.entities.values())


def test_a_coalition_named_after_the_state_that_leads_it(extract):
    dg = extract("Colonel Mansour al-Otaibi, spokesman for the Saudi-led coalition, said coalition aircraft had "
                 "tracked the dhow. A British-led task force patrols the strait.")
    names = {e.name: e.type for e in dg.entities.values()}
    assert names.get("Saudi-led coalition") == "Organization"
    assert names.get("British-led task force") == "Organization"
    assert ("Mansour al-Otaibi", "AFFILIATED_WITH", "Saudi-led coalition") in _triples(dg)


def test_renamed_a_and_b_names_two_ships(extract):
    dg = extract("The vessels, the Argo Dawn and the Argo Star, were bought by Sabre Crest, a company registered in "
                 "Dubai. They were renamed Sabre Venture and Sabre Horizon, reflagged to Gabon and have since loaded "
                 "Russian oil at Primorsk at least 14 times.")
    ships = {e.name for e in dg.entities.values() if e.type == "Vessel"}
    assert {"Sabre Venture", "Sabre Horizon"} <= ships
    t = _triples(dg)
    assert ("Sabre Venture", "VISITED", "Primorsk") in t and ("Sabre Horizon", "VISITED", "Primorsk") in t


@pytest.mark.parametrize("text,name", [
    ("Marina Kallergi, Stavros's niece and a board member of the holding company, has hired separate counsel.",
     "Marina Kallergi"),
    ("Nikos Darras, a nephew of the founder, runs the firm.", "Nikos Darras"),
])
def test_a_relative_in_apposition_is_a_person(extract, text, name):
    assert {e.name: e.type for e in extract(text).entities.values()}.get(name) == "Person"
