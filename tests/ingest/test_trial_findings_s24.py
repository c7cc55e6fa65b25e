"""Findings of 2026-12-03 (sixth session): readings the session's blind batches asked for. Every name of a
ship, firm or person is invented."""

from __future__ import annotations


def _rels(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]): r for r in dg.relations}


def test_a_designation_list_before_pursuant_to_is_sanctioned(extract, facts):
    dg = extract("The Office of Foreign Assets Control (OFAC) acted today. OFAC is designating Corvane Trading, "
                 "Halvik Logistics FZE, Marrow Bay Maritime and Tesh Volkan pursuant to E.O. 13224.")
    got = facts(dg)
    for target in ("Halvik Logistics FZE", "Marrow Bay Maritime", "Tesh Volkan"):
        assert ("Office of Foreign Assets Control", "SANCTIONED", target) in got


def test_an_embargo_a_body_imposed_on_a_party_in_a_relative_clause(extract, facts):
    dg = extract("The network broke the arms embargo that the European Union imposed on Syria in 2011.")
    assert ("European Union", "SANCTIONED", "Syria") in facts(dg)


def test_a_company_that_signed_a_contract_is_the_party_not_its_director(extract, facts):
    dg = extract("Vorel Adan is the managing director of Quenby Shipping LLC, a Sharjah-based company that in 2024 "
                 "signed a contract with Tallis Ridge Trading Limited for engines.")
    got = facts(dg)
    assert ("Quenby Shipping LLC", "AGREEMENT_WITH", "Tallis Ridge Trading Limited") in got
    assert ("Vorel Adan", "AGREEMENT_WITH", "Tallis Ridge Trading Limited") not in got


def test_support_received_from_a_body_is_supplied_by_it(extract, facts):
    dg = extract("The Houthis receive financial and logistical support from the Ostrava Liberation Front.")
    assert ("Ostrava Liberation Front", "SUPPLIED", "Houthis") in facts(dg)


def test_a_force_after_for_is_no_port(extract):
    dg = extract("The US Treasury blacklisted the tanker Pelagia Dawn in 2023, accusing it of hauling oil for the "
                 "Quell Force of the Tarsan Guard Corps.")
    assert not [e for e in dg.entities.values() if e.type == "Port"]


def test_a_move_between_registries_is_no_shipment(extract, facts):
    dg = extract("Records show that the tanker Pelagia Dawn sailed as the Sable Orchid until October, when it was "
                 "renamed and moved from the Panamanian registry to Cameroon's.")
    got = facts(dg)
    assert not [f for f in got if f[1] == "SHIPPED_TO"]
    assert ("Pelagia Dawn", "FLAGGED_IN", "Cameroon") in got


def test_he_said_is_the_person_named_just_before(extract, facts):
    dg = extract("Coast guard spokesman Arif Rahmadi spoke to reporters on Monday. He said the tanker Pelagia Dawn "
                 "had been escorted to Batu Ampar port.")
    rels = _rels(dg)
    assert ("Arif Rahmadi", "REPORTED", "Pelagia Dawn") in rels
    assert rels[("Pelagia Dawn", "VISITED", "Batu Ampar")].modality == "reported"


def test_she_said_is_no_name_inside_a_quotation(extract, facts):
    dg = extract('A former clerk describes the instructions. "Switch off AIS after Hormuz, switch it on near Johor." '
                 "She says the tanker Pelagia Dawn loaded crude at Kharg Island.")
    assert not [f for f in facts(dg) if f[1] == "REPORTED" and f[0] == "Hormuz"]


def test_a_ship_that_departed_a_port_named_with_its_country(extract, facts):
    dg = extract("The tanker Pelagia Dawn departed Bandar Abbas, Iran, on 21 August 2024.")
    assert ("Pelagia Dawn", "VISITED", "Bandar Abbas") in facts(dg)


def test_a_contract_between_a_body_of_a_state_and_a_firm(extract, facts):
    dg = extract("The panel obtained a copy of a contract dated 12 March 2024 between the Zarga Defence Works (ZDW) "
                 "of the Sudan and Halvik Aerospace Company, an Iranian manufacturer, for the supply of drones.")
    got = facts(dg)
    assert {f for f in got if f[1] == "AGREEMENT_WITH"} and all(
        "Sudan" not in f for f in got if f[1] == "AGREEMENT_WITH")
    assert any(f[1] == "AGREEMENT_WITH" and "Halvik Aerospace Company" in f for f in got)


def test_the_port_left_is_no_declared_destination_of_the_next_port(extract):
    dg = extract('Its AIS signal went silent on May 1, a day after the bulker Pelagia Dawn left the Chinese port of '
                 'Shidao with Dalian declared as its next port of call.\n\n"It never went to Dalian," Arif wrote.')
    rels = _rels(dg)
    assert rels[("Pelagia Dawn", "VISITED", "Shidao")].modality == "asserted"
    assert rels[("Pelagia Dawn", "VISITED", "Dalian")].modality == "negated"


def test_a_sea_crossed_is_no_ship(extract):
    dg = extract('"It never went there," Arif wrote. "It crossed the Yellow Sea, loaded at Nampho and came back."')
    assert not [e for e in dg.entities.values() if e.type == "Vessel" and e.name == "Yellow Sea"]


def test_two_objects_of_a_ship_verb_are_receiver_and_goods(extract, facts):
    dg = extract("The group estimates that Russia has shipped North Korea far more fuel than UN caps allow.")
    assert ("Russia", "SHIPPED_TO", "North Korea") in facts(dg)


def test_a_ship_sold_in_a_month_to_a_buyer(extract, facts):
    dg = extract("Corvane Shipping sold the tanker Sable Orchid in January to Eastmoor Maritime FZE.")
    got = facts(dg)
    assert ("Corvane Shipping", "AGREEMENT_WITH", "Eastmoor Maritime FZE") in got
    assert ("Eastmoor Maritime FZE", "OWNS_OR_OPERATES", "Sable Orchid") in got


def test_now_named_gives_the_ships_current_name_and_which_the_ship(extract, find, facts):
    dg = extract("Among them is the 2004-built suezmax Sable Orchid, now named Pelagia Dawn and flagged in Comoros, "
                 "which Eastmoor Maritime bought in February.")
    ship = find(dg, "Pelagia Dawn")
    assert ship.name == "Pelagia Dawn" and "Sable Orchid" in ship.aliases
    got = facts(dg)
    assert ("Eastmoor Maritime", "OWNS_OR_OPERATES", "Pelagia Dawn") in got
    assert ("Pelagia Dawn", "FLAGGED_IN", "Comoros") in got


def test_cranes_at_work_or_on_a_ship_are_no_cargo(extract, facts):
    dg = extract("Images appear to show the freighter Sable Orchid moored at Thilawa on February 24, with cranes "
                 "lifting containers onto trucks. Imagery shows the Pelagia Dawn moored beside two mobile cranes.")
    assert not [f for f in facts(dg) if f[1] == "TRANSPORTED" and "cranes" in f[2]]
    dg = extract("The freighter Sable Orchid shipped four mobile cranes to Mombasa.")
    assert ("Sable Orchid", "TRANSPORTED", "cranes") in facts(dg)


def test_the_agency_known_as_a_name_is_that_body(extract, find, facts):
    dg = extract("Indonesia's maritime security agency has detained two tankers. The Comoros-flagged Pelagia Dawn "
                 "was intercepted on Monday by a patrol boat of the agency, known as Kamtibla, near Batam, Kamtibla "
                 "spokesman Colonel Arif Rahmadi told reporters.")
    assert find(dg, "Kamtibla").type == "Organization"
    assert ("Arif Rahmadi", "AFFILIATED_WITH", "Kamtibla") in facts(dg)


def test_it_blacklisted_and_accused_is_the_ship_named_before(extract):
    dg = extract("The tanker Pelagia Dawn traded as the Sable Orchid until last year. The U.S. Treasury blacklisted "
                 "it in October, accusing it of carrying oil on behalf of Tarsan Petroleum.")
    rels = _rels(dg)
    assert ("U.S. Treasury", "REPORTED", "Pelagia Dawn") in rels
    assert rels[("Pelagia Dawn", "TRANSPORTED", "oil")].modality == "alleged"


def test_parts_named_by_their_weapon_are_one_weapon(extract, find, facts):
    dg = extract("In 2024, the tanker Sable Orchid transported unmanned aerial vehicle (UAV) components and missile "
                 "guidance parts, concealed among building materials, from Bandar Abbas, Iran, to Hudaydah, Yemen.")
    assert find(dg, "UAV components").type == "Weapon"
    assert find(dg, "missile guidance parts").type == "Weapon"
    got = facts(dg)
    assert {("Sable Orchid", "TRANSPORTED", "missile guidance parts"), ("Sable Orchid", "VISITED", "Bandar Abbas"),
            ("Sable Orchid", "VISITED", "Hudaydah")} <= got
    dg = extract("The freighter Sable Orchid carried drone components to Hudaydah.")
    assert find(dg, "drone components").type == "Weapon"


def test_a_firms_two_word_short_name_the_model_split(extract, facts):
    dg = extract("The tanker is owned by Oriental Lodestar Marine S.A. (Oriental Lodestar), a company registered in "
                 "Panama. OFAC is designating Halvik Logistics and Oriental Lodestar.")
    assert ("OFAC", "SANCTIONED", "Oriental Lodestar Marine S.A.") in facts(dg)


def test_a_body_commonly_referred_to_by_another_name_designated(extract, facts):
    dg = extract("Ostrava Liberation Front, commonly referred to as the Ostravans, was designated by the Department "
                 "of State as a Specially Designated Global Terrorist in January 2024.")
    assert ("Department of State", "SANCTIONED", "Ostrava Liberation Front") in facts(dg)


def test_a_state_that_followed_by_sanctioning_a_ship(extract, facts):
    dg = extract("Halvik Tankers was added to the European Union's sanctions list in May, weeks after the deal "
                 "closed, together with the tanker Sable Orchid and the tanker Pelagia Dawn. The UK followed by "
                 "sanctioning the Sable Orchid in July.")
    got = facts(dg)
    assert {("European Union", "SANCTIONED", "Halvik Tankers"), ("European Union", "SANCTIONED", "Sable Orchid"),
            ("European Union", "SANCTIONED", "Pelagia Dawn"), ("United Kingdom", "SANCTIONED", "Sable Orchid")} <= got


def test_ships_that_now_trade_as_or_have_become_new_names(extract, find):
    dg = extract("The owner sold the tankers Corran Valor, Corran Star, Ithaca Spirit and Lefkas Spirit. They have "
                 "since been renamed and reflagged: the Corran Valor now trades as the Volga Bay and the Corran Star "
                 "as the Kama River, both registered in Gabon, while the Ithaca Spirit and Lefkas Spirit have become "
                 "the Sotka Bay and the Tessa Ray under the flag of Benin.")
    for old, new in (("Corran Valor", "Volga Bay"), ("Corran Star", "Kama River"), ("Ithaca Spirit", "Sotka Bay"),
                     ("Lefkas Spirit", "Tessa Ray")):
        ship = find(dg, new)
        assert ship.name == new and old in ship.aliases, (old, new, ship)


def test_records_that_list_the_ships_as_owned_by_a_firm(extract, facts):
    dg = extract("The tankers Sable Orchid, Pelagia Dawn and Corran Star sail the Caspian. Russian maritime registry "
                 "records list all three ships as owned by Halvik Caspian Shipping Company.")
    got = facts(dg)
    for ship in ("Sable Orchid", "Pelagia Dawn", "Corran Star"):
        assert ("Halvik Caspian Shipping Company", "OWNS_OR_OPERATES", ship) in got
    assert not [f for f in got if f[1] == "SANCTIONED"]


def test_a_consignee_named_only_as_a_quoted_title(extract, facts):
    dg = extract('Documents indicate that the freighter Sable Orchid loaded 46 containers at Novorossiysk. The shipper '
                 'was Tarsan-Logistik, a Moscow freight company; the consignee is named only as "Directorate of '
                 'Supply, Corvania", the title used by the purchasing arm of the army.')
    assert ("Tarsan-Logistik", "SHIPPED_TO", "Directorate of Supply") in facts(dg)


def test_a_database_that_lists_a_ships_owner_is_a_source(extract):
    dg = extract("The shipping database Marilist lists the tanker Sable Orchid's registered owner as Corran Marine "
                 "Holdings, a Marshall Islands company.")
    rels = _rels(dg)
    assert ("Marilist", "REPORTED", "Sable Orchid") in rels
    assert ("Corran Marine Holdings", "OWNS_OR_OPERATES", "Sable Orchid") in rels
    dg = extract("The European Union lists Corran Marine Holdings as a sanctioned entity.")
    assert not [k for k in _rels(dg) if k[1] == "REPORTED"]


def test_ships_that_went_to_a_buyer_for_a_price(extract, facts):
    dg = extract("The tankers Sable Orchid and Pelagia Dawn were sold. The Sable Orchid and the Pelagia Dawn went to "
                 "Dubai-registered Halvik Tankers FZE for a combined $51m.")
    got = facts(dg)
    assert {("Halvik Tankers FZE", "OWNS_OR_OPERATES", "Sable Orchid"),
            ("Halvik Tankers FZE", "OWNS_OR_OPERATES", "Pelagia Dawn")} <= got
    dg = extract("The tanker Sable Orchid went to Halvik Ship Repair Yard for repairs.")
    assert not [f for f in facts(dg) if f[1] == "OWNS_OR_OPERATES"]
