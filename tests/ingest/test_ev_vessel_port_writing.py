"""Vessel and port names as registers, briefs and newsletters write them (round ev), on invented sentences."""

from __future__ import annotations



def triples(dg):
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


def _types(dg, name):
    return {e.type for e in dg.entities.values() if name == e.name or name in e.aliases}


def test_register_table_rows_name_ships(extract):
    dg = extract("VESSELS\n"
                 "Morla Fen (ex-Tarvik Star) | IMO 9287113 | Flag: Cameroon | Registered owner: Velka Line Ltd\n"
                 "Korsa Tang | IMO 9304418 | Flag: Panama\n")
    assert "Vessel" in _types(dg, "Morla Fen")
    assert "Vessel" in _types(dg, "Korsa Tang")


def test_name_in_commas_after_a_ship_noun(extract):
    dg = extract("The final receiving tanker, Morvel Tang 22, is declaring Velmar as its destination.")
    assert "Vessel" in _types(dg, "Morvel Tang 22")


def test_no_ship_from_a_title_after_a_ship_noun(extract):
    dg = extract("After inspecting the tanker, Captain Ivan Petrov, the ship's master, was detained.")
    assert "Vessel" not in _types(dg, "Captain Ivan Petrov") | _types(dg, "Ivan Petrov")


def test_bare_name_that_loads_at_a_terminal_is_a_ship(extract):
    dg = extract("Darya Tesh loaded at the Velmar terminal on 7 November and stopped transmitting four days later.")
    assert "Vessel" in _types(dg, "Darya Tesh")


def test_place_east_of_which_a_hull_is_moored_is_no_ship(extract):
    dg = extract("The same hull outline appears 40 nautical miles east of Tarsk, moored alongside the Morla Fen "
                 "for roughly 30 hours.")
    assert "Vessel" not in _types(dg, "Tarsk")


def test_list_after_an_adjunct(extract):
    dg = extract("The UK sanctioned 14 more tankers on Monday, including PRIMA VERDE and KALISTA, both managed by "
                 "Vostok Tanker Management LLC.")
    assert "Vessel" in _types(dg, "PRIMA VERDE")
    assert "Vessel" in _types(dg, "KALISTA")


def test_a_renamed_size_class_is_no_ship(extract):
    dg = extract("The Weekly Tanker Note: a renamed Aframax and two new listings\n\n"
                 "The Morla Fen changed its name last week.")
    assert "Aframax" not in {e.name for e in dg.entities.values()}


def test_ships_after_a_relative_clause(extract):
    dg = extract("OFAC designated Velka Trading FZE of Sharjah and two tankers it manages, KORVA LINE 3 and TESSA, "
                 "for moving Iranian crude.")
    assert "Vessel" in _types(dg, "KORVA LINE 3")
    assert "Vessel" in _types(dg, "TESSA")


def test_capitals_ship_names_in_a_capitals_house_style(extract):
    dg = extract("- MORLA FEN (IMO 9318842) loaded Russian crude at Kelmorsk last week.\n"
                 "- TARN VESKA 11, a Panama-flagged container feeder, arrived at Velmar on Nov 22.\n")
    assert "Vessel" in _types(dg, "TARN VESKA 11")


def test_ports_when_the_parser_hangs_the_place_on_a_noun(extract):
    dg = extract("The Panama-flagged VLCC Morla Fen had arrived in ballast from Lianyungang and left the area fully "
                 "laden.")
    assert "Port" in _types(dg, "Lianyungang")
    dg = extract("Satellite images show the Russian-flagged freighter Irtysh Dawn loading crates, which the group "
                 "believes contained artillery shells, at Kelmorsk on Oct. 3.")
    assert "Port" in _types(dg, "Kelmorsk")


def test_port_keeps_its_facility_noun_as_an_alias(extract):
    dg = extract("The Morla Fen loaded at the Velmar Island terminal on 7 November.")
    assert "Port" in _types(dg, "Velmar Island terminal")
    assert "Port" in _types(dg, "Velmar Island")


def test_ships_named_in_quotes_and_after_a_bare_plural(extract):
    dg = extract("The coast guard said the dhow, named \"Al Basheer 5\", had been monitored. In August, forces "
                 "seized the boat \"Saqr al-Bahri\", which was carrying missile parts.")
    assert "Vessel" in _types(dg, "Al Basheer 5")
    assert "Vessel" in _types(dg, "Saqr al-Bahri")
    dg = extract("Containers were loaded onto the Russian-flagged cargo ships Kapitan Orlov and Sorya 3.")
    assert "Vessel" in _types(dg, "Kapitan Orlov")


def test_a_holder_of_a_port_is_no_port(extract):
    dg = extract("Dhow Laden With Drone Engines Bound for Rebel-Held Velmar Seized\n\n"
                 "The dhow Al Basheer 5 was bound for Velmar when the navy stopped it.")
    assert not any("Rebel" in e.name and e.type == "Port" for e in dg.entities.values())
    assert ("Al Basheer 5", "VISITED", "Velmar") in triples(dg)


def test_a_place_name_run_into_a_date_or_count(extract):
    dg = extract("The Morla Fen has loaded Russian crude at Kelmorsk eleven times since January, discharging "
                 "mostly at Tarsala.")
    assert "Port" in _types(dg, "Kelmorsk")
    assert "Kelmorsk eleven" not in {e.name for e in dg.entities.values()}


def test_bay_a_ship_is_escorted_to_is_a_port(extract):
    dg = extract("The coast guard stopped the tanker Morla Fen. The vessel was escorted to Tarvik Bay and remains "
                 "there.")
    assert "Port" in _types(dg, "Tarvik Bay")
    dg = extract("The Kelda Star, a floating storage unit, is moored in Tarvik Bay.")
    assert "Port" not in _types(dg, "Tarvik Bay")


def test_short_name_of_a_firm_is_no_port(extract):
    dg = extract("The four tankers are managed by Velka Crescent Ship Management DMCC, a Dubai company. "
                 "Port-state inspection records from Velmar name Velka Crescent instead.")
    assert "Port" not in _types(dg, "Velka Crescent")


def test_between_two_ports_past_the_cargo(extract):
    dg = extract("The tanker Jade Lantern is owned by Velka Line Ltd. The Jade Lantern has shuttled Russian crude "
                 "between Kelmorsk and Tarvikao, the Turkish refinery port.")
    assert "Port" in _types(dg, "Kelmorsk")


def test_bare_port_name_and_name_with_port_are_one(extract):
    dg = extract("The tanker Morla Fen arrived in Velmar on Monday. The ship has been held at Velmar Port since "
                 "Nov. 3, officials said.")
    assert len([e for e in dg.entities.values() if e.type == "Port"]) == 1


def test_port_authority_former_name_and_built_year(extract):
    dg = extract("The Kelmorsk Port Authority, for its part, confirmed that the ship's documents were in order.")
    assert "Port" not in _types(dg, "Port Authority")
    assert "Organization" in _types(dg, "Kelmorsk Port Authority")
    dg = extract("Captain Mensah said the vessel's previous name was Orchid Lake and that it had been registered "
                 "in Togo.")
    assert "Vessel" in _types(dg, "Orchid Lake")
    dg = extract("Kestrel Maritime manages the 2011-built Korsa Star on a long-term time charter.")
    assert "Vessel" in _types(dg, "Korsa Star")
    dg = extract("An Ilyushin Il-76 operated by the Iranian carrier Korvan Sky Cargo landed at Velmar airport.")
    assert "Vessel" not in _types(dg, "Korvan Sky Cargo")


def test_place_nouns_and_seas(extract):
    dg = extract("The dhow was seized off the coast of Velkaran governorate. Trains crossed the bridge to the "
                 "Russian border station of Tarnovo. The ship loaded its cargo at the Russian White Sea port of "
                 "Belomorsk.")
    assert "Location" in _types(dg, "Velkaran")
    assert "Location" in _types(dg, "Tarnovo")
    assert "Location" in _types(dg, "White Sea")
    assert "Russian White Sea" not in {e.name for e in dg.entities.values()}


def test_plant_named_in_an_acronym_definition(extract):
    dg = extract("Equipment for the second power unit of the Velgorod Nuclear Power Plant (NPP) arrived on "
                 "Monday. The facility will fund cargoes bought from Middle Eastern producers.")
    assert "Location" in _types(dg, "Velgorod Nuclear Power Plant")
    assert "Middle Eastern" not in {e.name for e in dg.entities.values()}


def _visited(dg):
    return {(s, o) for s, p, o in triples(dg) if p == "VISITED"}


def test_port_call_denied_in_the_next_sentence(extract):
    dg = extract("The tanker Morla Fen was bound for Velmar to deliver the fuel to a local buyer. However, the port "
                 "authority said no berthing request had been filed, and tracking showed that the tanker was not "
                 "heading to Velmar at all.")
    assert ("Morla Fen", "Velmar") not in _visited(dg)


def test_declared_port_never_sailed_to(extract):
    dg = extract("The tanker Morla Fen was the decoy. Its AIS declared Velmar as its next port for three weeks, "
                 "but the vessel never sailed to Velmar: imagery shows it drifting near the transfer site.")
    assert ("Morla Fen", "Velmar") not in _visited(dg)


def test_short_denial_and_spoofed_ais(extract):
    dg = extract("Last issue I wrote that the tanker Morla Fen called at Velmar in October. It did not.")
    assert ("Morla Fen", "Velmar") not in _visited(dg)
    dg = extract("On 12 November, the tanker Morla Fen's AIS placed it at the Velmar anchorage, a routine waiting "
                 "spot. Our analysis of radar imagery tells a different story: the hull was 40 miles away.")
    assert ("Morla Fen", "Velmar") not in _visited(dg)


def test_declared_destination_denied_later_in_the_article(extract):
    dg = extract("The tanker Morla Fen left the port of Kelmorsk on November 4 declaring Velmar as its destination. "
                 "It was escorted to a naval base after the arrest.\n\n"
                 "Officials questioned the crew for two days.\n\n"
                 "The port authority said the tanker did not call at Velmar and had not requested a berth there.")
    assert ("Morla Fen", "Velmar") not in _visited(dg)


def test_cargo_from_a_port_and_loading_far_from_the_verb(extract):
    dg = extract("The tanker Korsa Star lay off Tarvik for six days in August with crude oil from Kelmorsk.")
    assert "Port" in _types(dg, "Kelmorsk")


def test_airport_named_after_a_port_town(extract):
    dg = extract("An Il-76 operated by a cargo airline landed at Port Velmar New International Airport after a "
                 "flight from Tarvik.")
    assert "Location" in _types(dg, "Port Velmar New International Airport")


def test_firm_based_in_a_port_city(extract):
    dg = extract("The ship is registered in Panama and managed by Velka Ship Management Co., a company based in the "
                 "Chinese port city of Tarvikao, the records showed.")
    assert "Port" not in _types(dg, "Tarvikao")


def test_copula_with_a_size_class_names_a_ship(extract):
    dg = extract("Norvik Maritime manages several tankers. The Bella Morna is a 2003-built Aframax now flagged "
                 "in Comoros.")
    assert "Vessel" in _types(dg, "Bella Morna")


def test_ex_name_with_a_size_class_links_the_ship(extract):
    dg = extract("The Xin Tao 3, ex-Aegean Morn, is a 2004-built Aframax now flagged in Cameroon.")
    ships = [e for e in dg.entities.values() if e.type == "Vessel"]
    assert len(ships) == 1 and {"Xin Tao 3", "Aegean Morn"} <= {ships[0].name, *ships[0].aliases}


def test_former_name_mentioned_again_does_not_swallow_other_ships(extract):
    dg = extract("The Marla Voss was built in 2005. It was renamed Sunset 5 in 2023 and since 2024 has sailed "
                 "as the Marla Voss.\n\nThe Marla Voss is not alone. Norvik Maritime also manages the Xin Tao 3, "
                 "a 2004-built tanker. The EU listed the Marla Voss and the Xin Tao 3 in May.")
    assert "Xin Tao 3" not in {a for e in dg.entities.values() if e.name == "Marla Voss" for a in e.aliases}
    assert "Vessel" in _types(dg, "Xin Tao 3")


def test_ship_signaling_a_destination_names_a_port(extract):
    dg = extract("The tanker Morla Fen took on crude at Velmar on Nov. 17 and is signaling Tarsk on the "
                 "east coast.")
    assert "Port" in _types(dg, "Tarsk")


def test_cargo_lifted_at_a_place_makes_it_a_port(extract):
    dg = extract("Analysts believe the tanker Morla Fen also lifted a cargo of fuel oil at Velmarsk in August.")
    assert "Port" in _types(dg, "Velmarsk")


def test_the_name_coordinated_with_a_ship_is_a_ship(extract):
    dg = extract("The Marla Voss is a 2004-built tanker. The EU listed the Marla Voss and the Bella Morna in May.")
    assert "Vessel" in _types(dg, "Bella Morna")


def test_known_town_before_a_noun_is_a_place(extract):
    dg = extract("The tanker traded for years for a Larnaca owner before it was sold.")
    assert "Location" in _types(dg, "Larnaca")


def test_apposition_after_a_town_describes_the_firm(extract):
    dg = extract("The final buyer was Korvel Machinery JSC in Kazan, a supplier to the tank maker.")
    assert "Location" in _types(dg, "Kazan")


def test_capitalised_oblast_names_a_region(extract):
    dg = extract("The grain was loaded at the port of Velmarsk in occupied Tarvask Oblast last week.")
    assert "Location" in _types(dg, "Tarvask Oblast")


def test_places_listed_with_a_port_are_ports(extract):
    dg = extract("The Velmor Star will sail in December, calling at Bari, Durres, Corfu and Valletta.")
    assert "Port" in _types(dg, "Bari") and "Port" in _types(dg, "Durres")


def test_apposition_with_a_size_class_names_the_ship(extract):
    dg = extract("Among the tankers that loaded last week:\n\n- Morvena, a Sierra Leone-flagged Aframax, took on "
                 "crude at Velmarsk on Nov. 17.")
    assert "Vessel" in _types(dg, "Morvena")
    assert "Aframax" not in {e.name for e in dg.entities.values()}


def test_tip_of_a_country_apposition_names_a_place(extract):
    dg = extract("From the beach at Varnholm, the northernmost tip of Norway, the two hulls could be seen.")
    assert "Location" in _types(dg, "Varnholm")
