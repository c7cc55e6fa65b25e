"""Who owns or operates a ship: a navy's ship named after its noun, "a vessel of the X", "whose patrol
vessel", and a record's owner field after a colon that ends the parser's sentence (round of 2026-11-30).
"""

from __future__ import annotations


def test_a_navy_ship_named_in_quotes_after_its_noun(extract, facts):
    dg = extract('The Japan Maritime Self-Defense Force (JMSDF) said the JMSDF destroyer "Asagumo Maru" photographed '
                 'the transfer.')
    assert ("Japan Maritime Self-Defense Force", "OWNS_OR_OPERATES", "Asagumo Maru") in facts(dg)


def test_a_vessel_of_the_coast_guard(extract, facts):
    dg = extract("BRP TALIKOD (MRRV-4490), a 44-meter multi-role response vessel of the PCG, escorted the tanker.")
    assert ("PCG", "OWNS_OR_OPERATES", "BRP TALIKOD") in facts(dg)


def test_whose_patrol_vessel(extract, facts):
    dg = extract("The French Navy, whose patrol vessel Le Cormoran followed the ship, confirmed it.")
    assert ("French Navy", "OWNS_OR_OPERATES", "Le Cormoran") in facts(dg)


def test_a_data_firm_owns_no_ship_of_interest(extract, facts):
    dg = extract("The tanker Orla, a vessel of interest to Kpler, left Sohar.")
    assert not any(p == "OWNS_OR_OPERATES" for _, p, _ in facts(dg))


def test_an_owner_field_after_a_colon_that_ends_a_sentence(extract, facts):
    dg = extract("* ARCTIC FIDELITY (IMO 9581234)\n- Flag: Comoros\n- Registered owner: Fidelity Gas Carriers Inc., "
                 "Marshall Islands; Equasis lists no manager.\n")
    assert ("Fidelity Gas Carriers Inc.", "OWNS_OR_OPERATES", "ARCTIC FIDELITY") in facts(dg)


def test_an_owner_field_in_the_sentence_of_the_ships_former_name(extract, facts):
    dg = extract("3. M/T KAPITAN ZUEV — IMO 9234561 — formerly DELFINI II. Registered owner: Zuev Maritime "
                 "Inc., Trust Company Complex, Majuro, Marshall Islands. Technical manager: Belomor Tanker "
                 "Management OOO, Saint Petersburg.")
    got = facts(dg)
    assert ("Zuev Maritime Inc.", "OWNS_OR_OPERATES", "KAPITAN ZUEV") in got
    assert ("Belomor Tanker Management OOO", "OWNS_OR_OPERATES", "KAPITAN ZUEV") in got


def test_a_hyphened_participle_in_a_ports_apposition(extract, facts):
    dg = extract("The dhow sailed to Ras Isa, a Houthi-held port on Yemen's Red Sea coast.")
    assert ("Ras Isa", "LOCATED_IN", "Yemen") in facts(dg)


def test_a_hyphened_compass_point_before_the_country(extract, facts):
    dg = extract("The tanker anchored in Marsaxlokk Bay in south-east Malta.")
    assert ("Marsaxlokk Bay", "LOCATED_IN", "Malta") in facts(dg)


def test_a_capital_a_ship_docks_in_is_its_port(extract, facts):
    dg = extract("The tanker Orla docked in Beirut on Monday.")
    assert ("Orla", "VISITED", "Beirut") in facts(dg)
    dg = extract("The tanker Orla called at Muscat and Doha last week.")
    got = facts(dg)
    assert {("Orla", "VISITED", "Muscat"), ("Orla", "VISITED", "Doha")} <= got
    assert "Qatar" not in {e.name for e in dg.entities.values()}


def test_a_person_arriving_in_a_capital_makes_no_port(extract, facts):
    dg = extract("The minister arrived in Beirut on Monday for talks on the tanker Orla.")
    assert not any(p == "VISITED" for _, p, _ in facts(dg))


def test_a_coast_guard_cutter_is_an_aside_to_the_ship_it_boards(extract, facts):
    dg = extract("Boarding teams from the cutter USCGC Harriet Lane-Cole found the parts aboard the Al Safa, a "
                 "30-meter dhow flying no flag. The dhow sailed from the Iranian port of Konarak on Nov. 14.")
    got = facts(dg)
    assert {e.name: e.type for e in dg.entities.values()}.get("USCGC Harriet Lane-Cole") == "Vessel"
    assert ("Al Safa", "VISITED", "Konarak") in got
    assert ("USCGC Harriet Lane-Cole", "VISITED", "Konarak") not in got


def test_subjectless_lines_of_a_ships_record(extract, facts):
    dg = extract("* POLAR DAWN (IMO 9581111)\n- Flag: Comoros\n- Loaded at Sabetta in early July and discharged at "
                 "Fangchenggang in China in August.\n- Took on a cargo at Murmansk in September and unloaded it at "
                 "Dalian in October.\n")
    got = facts(dg)
    assert {("POLAR DAWN", "VISITED", p) for p in ("Sabetta", "Fangchenggang", "Murmansk", "Dalian")} <= got


def test_a_subjectless_line_in_running_text_names_no_ship(extract, facts):
    dg = extract("The tanker Selin Dora was seen off Kavkaz. Officials said crude loaded at Novorossiysk went to "
                 "India.")
    assert ("Selin Dora", "VISITED", "Novorossiysk") not in facts(dg)


def test_a_digests_telegraphic_vessel(extract, facts):
    dg = extract("The tanker Selin Dora was seen off Kavkaz. Vessel loaded Urals at Novorossiysk on 14 Nov.")
    assert ("Selin Dora", "VISITED", "Novorossiysk") in facts(dg)


def test_a_new_name_goes_to_the_ship_just_introduced_in_a_story_of_several(extract, facts):
    dg = extract(
        "Three old aframaxes sold by Fjordline Tankers have reappeared. The 2005-built Fjord Sol went to Dubai "
        "buyers. Renamed Nadia Star, the tanker loaded Urals at Primorsk in May. Nadia Star was later seen off Sohar. "
        "Her sister, the 2006-built Fjord Vind, was sold in a separate deal. Now trading as the Orkan 9 under the "
        "Cameroon flag, the ship lifted crude at Novorossiysk in August. Last week the UK listed the Nadia Star.")
    got = facts(dg)
    assert ("Orkan 9", "FLAGGED_IN", "Cameroon") in got or ("Fjord Vind", "FLAGGED_IN", "Cameroon") in got
    assert not any(s in ("Nadia Star", "Fjord Sol") and p == "FLAGGED_IN" and o == "Cameroon" for s, p, o in got)


def test_a_former_name_goes_to_the_main_ship_not_the_patrol_ship(extract, facts):
    dg = extract(
        "The Nigerian Navy ship NNS Okpoku intercepted the tanker Queen Ada on Monday. The tanker Queen Ada was "
        "escorted to Lagos. The 2001-built tanker, formerly Nordic Grace, had switched off its transponder. The "
        "Blessing Ama was also seen nearby.")
    queen = next(e for e in dg.entities.values() if e.name == "Queen Ada")
    assert "Nordic Grace" in queen.aliases, (queen.name, queen.aliases)
