"""Ship lists with their flags, the month "May", cargo that names its own ports, firms in apposition and
Korean names (round of 2026-11-30, third part): found by writing ordinary wire sentences, not from an
article of the corpus. All names are invented.
"""

from __future__ import annotations


def _modality(dg, subject: str, predicate: str, obj: str) -> str | None:
    names = {e.id: e.name for e in dg.entities.values()}
    return next((r.modality for r in dg.relations if (names[r.subject], r.predicate, names[r.object]) ==
                 (subject, predicate, obj)), None)


def test_the_month_may_is_no_hedge(extract):
    dg = extract("The Sierra Leone-flagged Varna Glory called at Tartus in May and at Latakia in June.")
    assert _modality(dg, "Varna Glory", "VISITED", "Latakia") == "asserted"
    hedged = extract("The tanker Varna Glory may have called at Tartus in June.")
    assert _modality(hedged, "Varna Glory", "VISITED", "Tartus") == "speculated"


def test_each_flag_in_a_semicolon_list_follows_its_own_ship(extract, facts):
    got = facts(extract("The tankers are the Orin Bay, which is flagged in Gabon; Kessel Star, flagged in "
                        "Comoros; and Aldara, flagged in Cameroon."))
    assert {("Orin Bay", "FLAGGED_IN", "Gabon"), ("Kessel Star", "FLAGGED_IN", "Comoros"),
            ("Aldara", "FLAGGED_IN", "Cameroon")} <= got
    assert ("Orin Bay", "FLAGGED_IN", "Comoros") not in got


def test_cargo_loaded_at_and_bound_for_ports_are_its_ships_calls(extract, facts):
    got = facts(extract("The freighter Nordic Plume carried 40 containers of ammunition. The ammunition had been "
                        "loaded in Burgas, Bulgaria, and was bound for Misrata, Libya."))
    assert {("Nordic Plume", "VISITED", "Burgas"), ("Nordic Plume", "VISITED", "Misrata")} <= got
    oil = facts(extract("The tanker Irina carried 700,000 barrels of crude. The oil was loaded at Kozmino in "
                        "October."))
    assert ("Irina", "VISITED", "Kozmino") in oil


def test_cargo_moved_on_by_land_names_no_call(extract, facts):
    got = facts(extract("The freighter Nordic Plume carried 40 containers of ammunition. The ammunition was "
                        "later loaded onto trucks and driven to Sirte."))
    assert not any(p == "VISITED" for _, p, _ in got)


def test_a_firm_in_apposition_is_an_organisation(extract, find):
    dg = extract("The State Department designated Golden Gate Petrochemical, a refinery in Shandong province, "
                 "and Kestrel Yard, a shipyard in Zhoushan.")
    assert find(dg, "Golden Gate Petrochemical").type == "Organization"
    assert find(dg, "Kestrel Yard").type == "Organization"


def test_a_person_called_a_trader_stays_a_person(extract, find):
    assert find(extract("John Harlow, a trader, said the cargo was legal."), "John Harlow").type == "Person"
    assert find(extract("Mark Jensen, a broker in Oslo, said rates rose."), "Mark Jensen").type == "Person"
    assert find(extract("Velmora Shipping, the ship's manager, said it complied."),
                "Velmora Shipping").type == "Organization"


def test_korean_name_with_the_family_name_first(extract, facts):
    dg = extract("Rep. Park Sun-won of the Democratic Party said the shipments continued.")
    assert ("Park Sun-won", "AFFILIATED_WITH", "Democratic Party") in facts(dg)


def test_a_firm_on_the_line_after_a_heading(extract, find):
    dg = extract("Today, OFAC is taking action against a network that ships Iranian oil to China.\n\n"
                 "China-based Entities\nQinghe Haixin Trading Co., Ltd. purchased over 2 million barrels of Iranian "
                 "crude in 2025.\nRizhao Golden Port Storage Co., Ltd. operates a terminal that received the cargoes.")
    assert find(dg, "Qinghe Haixin Trading Co., Ltd.").type == "Organization"
    assert find(dg, "Rizhao Golden Port Storage Co., Ltd.").type == "Organization"


def test_a_port_named_port_x_is_still_a_port(extract, find):
    dg = extract("The tanker sailed from Port Sudan to Port Said in March.")
    assert find(dg, "Port Sudan").type == "Port" and find(dg, "Port Said").type == "Port"


def test_a_flag_after_an_imo_number_in_brackets(extract, facts):
    got = facts(extract("OFAC is also identifying the following vessels as blocked property: SEA PEARL (IMO "
                        "9187654), a Panama-flagged tanker, and GOLDEN WAVE (IMO 9212345), a Comoros-flagged tanker."))
    assert {("SEA PEARL", "FLAGGED_IN", "Panama"), ("GOLDEN WAVE", "FLAGGED_IN", "Comoros")} <= got
    assert ("SEA PEARL", "FLAGGED_IN", "Comoros") not in got


def test_a_patrol_aircraft_designation_is_no_organisation(extract):
    dg = extract("Japan's Ministry of Defense said a P-3C patrol aircraft observed the North Korean-flagged tanker "
                 "Kum Sol 3 on Nov. 20.")
    assert not any(e.name == "P-3C" and e.type in ("Organization", "Weapon") for e in dg.entities.values())


def test_a_department_post_belongs_to_the_department_in_the_passage(extract, facts):
    got = facts(extract("The Commerce Department added 12 entities to the Entity List on Tuesday. Under Secretary "
                        "Alan Marsh said the companies had shipped parts to Russia."))
    assert ("Alan Marsh", "AFFILIATED_WITH", "Commerce Department") in got
    firm = facts(extract("Kestria Shipping was fined. Under Secretary Alan Marsh said the company had shipped "
                         "parts to Russia."))
    assert not any(s == "Alan Marsh" and p == "AFFILIATED_WITH" for s, p, _ in firm)


def test_the_listed_party_ships_not_the_body_that_lists_it(extract, facts):
    got = facts(extract("The Commerce Department added Skyway Logistics Ltd to the Entity List for supplying "
                        "aircraft parts to Russia."))
    assert ("Skyway Logistics Ltd", "SHIPPED_TO", "Russia") in got
    assert ("Commerce Department", "SHIPPED_TO", "Russia") not in got


def test_every_name_of_a_they_include_list_is_listed(extract, facts, find):
    dg = extract("The Commerce Department added 12 entities to the Entity List. They include Skyway Logistics Ltd of "
                 "Hong Kong, Istanbul-based Anka Havacilik, and Dubai's Falcon Aero Parts FZE.")
    got = facts(dg)
    assert {("Commerce Department", "SANCTIONED", n) for n in
            ("Skyway Logistics Ltd", "Anka Havacilik", "Falcon Aero Parts FZE")} <= got
    assert find(dg, "Anka Havacilik").type == "Organization"


def test_a_port_the_model_took_for_a_date(extract, facts):
    got = facts(extract("The tanker Stella Nova berthed at Baniyas on September 12."))
    assert ("Stella Nova", "VISITED", "Baniyas") in got


def test_a_feast_stays_a_date(extract):
    dg = extract("The tanker Stella Nova left Tartus after Christmas.")
    assert not any(e.name == "Christmas" for e in dg.entities.values())


def test_a_denied_shipment_is_kept_and_marked_denied(extract):
    for text in ("Iran denied sending drones to Russia.", "North Korea denies that it shipped artillery shells to Russia.",
                 "Iran rejected claims that it had sent drones to Russia."):
        dg = extract(text)
        names = {e.id: e.name for e in dg.entities.values()}
        got = {(names[r.subject], r.predicate, names[r.object]): r.modality for r in dg.relations}
        subject = "Iran" if text.startswith("Iran") else "North Korea"
        assert got.get((subject, "SHIPPED_TO", "Russia")) == "denied", (text, got)


def test_the_accused_denial_does_not_undo_a_sources_account(extract, facts):
    dg = extract('"We have caught Iran trying to arm the Houthis again," Vice Adm. Carl Ruston said. Iran has long '
                 "denied arming the Houthis.")
    assert ("Iran", "SHIPPED_TO", "Houthis") in facts(dg)


def test_a_post_names_its_body_by_a_word(extract, facts, find):
    dg = extract("The Northern District Prosecutor's Office charged two men. District prosecutor Taavi Liiv said "
                 "the goods went to Russia.")
    assert find(dg, "Taavi Liiv").type == "Person"
    assert ("Taavi Liiv", "AFFILIATED_WITH", "Northern District Prosecutor's Office") in facts(dg)
    got = facts(extract("Estonian Customs seized the parts. A customs spokeswoman, Kadri Tamm, said the "
                        "consignment was bound for Russia."))
    assert ("Kadri Tamm", "AFFILIATED_WITH", "Estonian Customs") in got
    navy = facts(extract("The Ghanaian Navy detained the tanker. The Director of Naval Public Relations, Captain "
                         "Ama Mensah, said the crew were held."))
    assert ("Ama Mensah", "AFFILIATED_WITH", "Ghanaian Navy") in navy


def test_two_bodies_with_the_word_leave_the_post_unlinked(extract, facts):
    got = facts(extract("The Northern District Prosecutor's Office and the Southern District Prosecutor's Office "
                        "opened cases. District prosecutor Taavi Liiv said the goods went to Russia."))
    assert not any(s == "Taavi Liiv" and p == "AFFILIATED_WITH" for s, p, _ in got)


def test_a_firm_listed_for_carrying_goods_gives_its_ships_no_cargo(extract, facts):
    got = facts(extract("Both ships are owned by Severtrans Logistika OOO, a St Petersburg company that the United "
                        "Kingdom sanctioned in 2024 for moving military equipment for the Russian army."))
    assert not any(p == "TRANSPORTED" for _, p, _ in got)
    ships = facts(extract("OFAC on Tuesday designated Rainbow Crest Trading FZE of Sharjah and two tankers it "
                          "manages, SEA LOTUS 3 and MAYSA, for moving Iranian crude to China."))
    assert ("SEA LOTUS 3", "TRANSPORTED", "crude") in ships


def test_re_exports_are_shipments(extract, facts):
    assert ("Kazakhstan", "SHIPPED_TO", "Russia") in facts(extract(
        "Kazakhstan's re-exports of microchips to Russia tripled."))
    assert ("Tarvo Trading LLP", "SHIPPED_TO", "Russia") in facts(extract(
        "Tarvo Trading LLP re-exported German machine tools to Russia."))


def test_a_relative_clause_hung_on_the_firms_town(extract, facts):
    got = facts(extract("Northfork Inc shipped the chips to Kestrel Freight LLC, a freight forwarder in Istanbul, "
                        "which re-exported them to Moscow, prosecutors said."))
    assert ("Kestrel Freight LLC", "SHIPPED_TO", "Russia") in got


def test_turkish_ltd_sti_is_a_legal_form(extract, find):
    dg = extract("Kaya Makine Dış Ticaret Ltd. Şti. shipped the machines to Almaty.")
    assert find(dg, "Kaya Makine Dış Ticaret Ltd. Şti.")  # (the abbreviation keeps its dot).type == "Organization"


def test_ship_cues_before_and_after_a_name(extract, find, facts):
    dg = extract("The Palau-registered Ocean Grace, which is operated by a Dubai firm, Sea Horizon Shipping, loaded "
                 "at Primorsk.")
    assert find(dg, "Ocean Grace").type == "Vessel"
    assert ("Ocean Grace", "VISITED", "Primorsk") in facts(dg)
    assert find(extract("The Maria K, flying the Comoros flag, was detained."), "Maria K").type == "Vessel"
    firm = extract("The tanker is owned by the Seychelles-registered Marlow Holdings.")
    assert find(firm, "Marlow Holdings").type == "Organization"


def test_the_ship_sails_under_a_flag(extract, facts):
    got = facts(extract("The tanker Maria K was detained off Skagen. The ship sails under the flag of Cameroon and "
                        "is owned by Marlow Holdings."))
    assert {("Maria K", "FLAGGED_IN", "Cameroon"), ("Marlow Holdings", "OWNS_OR_OPERATES", "Maria K")} <= got


def test_a_register_lists_owner_and_manager_as_firms(extract, facts, find):
    dg = extract("The tanker Maria K was detained off Skagen. Equasis lists the vessel's registered owner as "
                 "Kingsway Maritime Inc of Liberia and its ISM manager as Orion Ship Management of Mumbai.")
    got = facts(dg)
    assert {("Kingsway Maritime Inc", "OWNS_OR_OPERATES", "Maria K"),
            ("Orion Ship Management", "OWNS_OR_OPERATES", "Maria K")} <= got
    assert find(dg, "Mumbai").type == "Location"


def test_the_second_port_of_a_pair_the_model_missed(extract, facts):
    got = facts(extract("The tanker Maria K called at Mersin and Iskenderun in October."))
    assert {("Maria K", "VISITED", "Mersin"), ("Maria K", "VISITED", "Iskenderun")} <= got


def test_a_sea_adjective_before_a_port_noun_is_no_port(extract, facts, find):
    dg = extract("The tanker Maria K left Ust-Luga, Russia's largest Baltic oil port, on October 3.")
    assert ("Maria K", "VISITED", "Ust-Luga") in facts(dg)
    assert not any(e.name == "Baltic" and e.type == "Port" for e in dg.entities.values())


def test_hit_with_sanctions_in_the_passive(extract, facts):
    got = facts(extract("The tanker Maria K was hit with U.S. sanctions last year."))
    assert ("United States", "SANCTIONED", "Maria K") in got


def test_a_country_opening_the_next_clause_is_not_the_places(extract, facts):
    got = facts(extract("Under a memorandum of understanding signed in Tehran, Iran agreed to provide Sudan with "
                        "drones."))
    assert ("Tehran", "LOCATED_IN", "Iran") not in got
    assert ("Burgas", "LOCATED_IN", "Bulgaria") in facts(extract("The tanker loaded at Burgas, Bulgaria, in May."))


def test_bulk_chemicals_are_cargo(extract, facts):
    got = facts(extract("The freighter Nordic Plume was loaded with ammonium nitrate, fertiliser and sunflower oil."))
    assert ("Nordic Plume", "TRANSPORTED", "ammonium nitrate") in got


def test_a_korean_name_opening_a_line(extract, facts):
    got = facts(extract("Background\nPark Sun-won leads Hanil Shipping Co., Ltd."))
    assert ("Park Sun-won", "LEADS", "Hanil Shipping Co., Ltd.") in got
