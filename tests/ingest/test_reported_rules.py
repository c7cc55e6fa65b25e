"""REPORTED and other relation rules added in the relations round, on invented sentences."""

from __future__ import annotations

from newsgraph.graph.model import DocumentGraph


def triples(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the stated facts (negated/denied left out)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


def test_according_to_ends_at_the_comma(extract):
    dg = extract("According to the Treasury Department, Norvik Trading LLC, registered in Panama, and "
                 "Kessel Shipping DMCC moved Russian oil on tankers.")
    got = triples(dg)
    assert ("Treasury Department", "REPORTED", "Norvik Trading LLC") in got
    assert ("Treasury Department", "REPORTED", "Kessel Shipping DMCC") in got
    assert not any(s in ("Norvik Trading LLC", "Kessel Shipping DMCC") and p == "REPORTED" for s, p, _ in got)


def test_outlet_reports_the_party_it_quotes(extract):
    dg = extract('"The Freedonian navy announced the seizure of a foreign tanker near the coast," said the '
                 "semi-official Kovo news agency. The Lantra news agency quoted the navy as calling the "
                 "operation a warning.")
    got = triples(dg)
    assert ("Kovo", "REPORTED", "Freedonian navy") in got
    assert ("Lantra", "REPORTED", "Freedonian navy") in got


def test_expletive_it_looks_into_the_that_clause(extract):
    dg = extract('"It is clear that Orlan Logistics helped the militia," analyst John Smith said.')
    assert ("John Smith", "REPORTED", "Orlan Logistics") in triples(dg)


def test_which_the_government_says_is_no_source(extract):
    dg = extract("Also sanctioned is Orlan Petroleum Trading FZE, which the government says arranged cargoes "
                 "for the tanker Grey Heron.")
    assert not any(p == "REPORTED" for _, p, _ in triples(dg))


def test_adding_a_ship_to_a_list_is_no_statement(extract):
    dg = extract("When the European Union added the tanker Blue Wren to its sanctions list in May, the ship "
                 "had been renamed.")
    got = triples(dg)
    assert ("European Union", "SANCTIONED", "Blue Wren") in got
    assert ("European Union", "REPORTED", "Blue Wren") not in got


def test_title_of_the_org_before_the_name(extract):
    dg = extract('"Freight fraud is rising," said Acting Under Secretary of the Treasury Paul Grady.')
    assert ("Paul Grady", "AFFILIATED_WITH", "Treasury") in triples(dg)


def test_apposition_title_with_the_office_hung_on_the_name(extract):
    dg = extract("The talks ended, said Mary Hollins, Minister of State in the Foreign, Commonwealth & "
                 "Development Office.")
    assert ("Mary Hollins", "AFFILIATED_WITH", "Foreign, Commonwealth & Development Office") in triples(dg)


def test_rank_words_inside_a_title(extract):
    dg = extract("The tanker was boarded by a patrol ship of the Norland Coast Guard Agency, agency spokesman "
                 "First Admiral Tomas Berg told reporters.")
    assert ("Tomas Berg", "AFFILIATED_WITH", "Norland Coast Guard Agency") in triples(dg)


def test_directing_a_programme_is_no_leadership(extract):
    dg = extract('"Ports must act," said Jari Salo, who directs the Baltic Maritime Institute\'s energy '
                 "security programme.")
    got = triples(dg)
    assert ("Jari Salo", "AFFILIATED_WITH", "Baltic Maritime Institute") in got
    assert ("Jari Salo", "LEADS", "Baltic Maritime Institute") not in got


_SHIPS = "The tanker Grey Heron and the bulk carrier Blue Wren were seen at sea last week. "


def test_flag_phrasings(extract):
    for sentence, country in (
            ("The Grey Heron sails under Sierra Leone's flag and left the port of Umbria on Monday.",
             "Sierra Leone"),
            ("The Grey Heron switched its flag to Comoros in May.", "Comoros"),
            ("The Grey Heron changed flags from Panama to Eswatini last year.", "Eswatini"),
            ("The Grey Heron (flag: Panama) left the port of Umbria on Monday.", "Panama"),
            ("The Grey Heron, which is registered in the Marshall Islands, left Umbria port.", "Marshall Islands"),
            ("The Grey Heron's flag state is Liberia.", "Liberia")):
        got = triples(extract(_SHIPS + sentence))
        assert ("Grey Heron", "FLAGGED_IN", country) in got, sentence


def test_a_registered_company_gives_its_ship_no_flag(extract):
    dg = extract(_SHIPS + "The Grey Heron is owned by Seychelles-registered Tidemark Navigation Ltd.")
    assert ("Grey Heron", "FLAGGED_IN", "Seychelles") not in triples(dg)


def test_the_company_that_contracts_ships_to_deliver_ships(extract):
    dg = extract("Hong Kong-based Orlan Trading Co., Limited (Orlan) contracted the following vessels to load "
                 "Iranian crude oil and deliver it to China:")
    got = triples(dg)
    assert ("Orlan Trading Co., Limited", "SHIPPED_TO", "China") in got
    assert ("Iran", "SHIPPED_TO", "China") in got


def test_demonym_right_before_the_cargo_is_its_origin(extract):
    dg = extract("The tanker Grey Heron carried Kazakh crude from the port of Novorossiysk to refineries in Italy.")
    assert ("Kazakhstan", "SHIPPED_TO", "Italy") in triples(dg)


def test_a_cargo_only_referred_back_to_gives_no_shipment(extract):
    # "the cargo" of a later sentence taken as the goods named last, and their origin as the shipper, was
    # right 5 times in 14 on the development set and an unseen batch (the wrong goods, the wrong origin):
    # no SHIPPED_TO without goods named in the sentence
    dg = extract("The tanker Grey Heron loaded Venezuelan fuel oil at Jose in January. Analysts said the cargo "
                 "may have been bound for Malaysia.")
    assert not [r for r in dg.relations if r.predicate == "SHIPPED_TO"]


def test_a_flag_state_is_no_cargo_origin(extract):
    dg = extract("The Grey Heron, flagged in Sierra Leone, loaded crude at Vysotsk in March. Most of these "
                 "cargoes were sold to refiners in India.")
    assert not any(p == "SHIPPED_TO" for _, p, _ in triples(dg))


def test_shipper_and_consignee_from_trade_documents(extract):
    for text, (a, b) in (
            ("The consignor on the waybills is Orlan Rail Logistics, a Tehran-based freight company, and the "
             "consignee is Kessel Terminal, a Russian company.", ("Orlan Rail Logistics", "Kessel Terminal")),
            ("Customs records list the shipper as Orlan Export Company (OEC), Belarus's state arms exporter, "
             "and the recipient as Kessel Trading LLC.", ("Orlan Export Company", "Kessel Trading LLC"))):
        assert (a, "SHIPPED_TO", b) in triples(extract(text)), text


def test_an_acquisition_is_an_agreement_with_the_seller(extract):
    got = triples(extract("Norsk Freight Group has struck a deal to acquire Kessel Logistics, the trucking "
                          "business of state railway Orlan Rail."))
    assert ("Norsk Freight Group", "AGREEMENT_WITH", "Orlan Rail") in got
    got = triples(extract("Norsk Freight Group agreed to buy Kessel Logistics from Orlan Holdings for 2 billion "
                          "euros."))
    assert ("Norsk Freight Group", "AGREEMENT_WITH", "Orlan Holdings") in got


def test_contract_signed_between_a_company_and_the_directorate(extract):
    got = triples(extract("Orlan Export Company signed a contract with the Directorate of Defence Procurement in "
                          "May. A second contract was signed between Kessel Arms and the directorate in June."))
    assert ("Kessel Arms", "AGREEMENT_WITH", "Directorate of Defence Procurement") in got


def test_an_opinion_quote_reports_on_no_ship(extract):
    dg = extract("The tanker Grey Heron met the tanker Blue Wren off Togo on Monday. The Grey Heron then sailed to "
                 "the port of Lome. The Grey Heron later turned south. \"This was a textbook dark transfer,\" said "
                 "Elena Rossi, an analyst at Tideline Analytics.")
    got = triples(dg)
    assert ("Elena Rossi", "AFFILIATED_WITH", "Tideline Analytics") in got
    assert not any(s == "Elena Rossi" and p == "REPORTED" for s, p, _ in got)


_PRE = "The tanker Grey Heron left the port of Umbria in May. "


def test_as_stated_by_the_head_of_an_agency(extract):
    got = triples(extract("Since 2022 Russia has exported at least 4 million tonnes of grain to Syria, as stated by "
                          "the head of the Kestrel Intelligence Agency, General Ivan Petrov."))
    assert ("Ivan Petrov", "REPORTED", "Russia") in got


def test_sources_behind_information_and_unnamed_officials(extract):
    for text, source in (
            ("According to the information available to the Ministry of Transport, the Grey Heron loaded a cargo "
             "of crude oil at Umbria.", "Ministry of Transport"),
            ("A person at the Umbria port authority said the vessel's documents were in order.",
             "Umbria port authority"),
            ("An official at the Ministry of Transport said the Grey Heron had been detained.",
             "Ministry of Transport")):
        assert (source, "REPORTED", "Grey Heron") in triples(extract(_PRE + text)), text


def test_both_companies_are_what_the_source_reports_on(extract):
    got = triples(extract("The Council of the EU listed Orlan Trading Ltd, a Chinese firm, and Kessel Components "
                          "Ltd, a Hong Kong trader, on Monday. According to the Council, both companies shipped "
                          "drone parts to Russia."))
    assert ("Council of the EU", "REPORTED", "Orlan Trading Ltd") in got
    assert ("Council of the EU", "REPORTED", "Kessel Components Ltd") in got


def test_registries_and_re_flagging(extract):
    for sentence, country in (
            ("The Grey Heron re-registered in Comoros in March.", "Comoros"),
            ("The Grey Heron has been re-flagged under Comoros.", "Comoros"),
            ("The Grey Heron moved to the Comoros registry in March.", "Comoros"),
            ("The Grey Heron was listed in the Comoros registry in March.", "Comoros"),
            ("The Grey Heron, now registered in Comoros, left port.", "Comoros"),
            ("The Grey Heron claimed to be registered in Guyana.", "Guyana")):
        assert ("Grey Heron", "FLAGGED_IN", country) in triples(extract(_SHIPS + sentence)), sentence


def test_leaving_a_registry_is_no_flag(extract):
    for sentence in ("Panama removed the Grey Heron from its registry in May.",
                     "The Grey Heron was struck off the Panama registry in May."):
        assert not any(p == "FLAGGED_IN" for _, p, _ in triples(extract(_SHIPS + sentence))), sentence


def test_affiliation_phrasings(extract):
    for text, fact in (
            ("Maria Lopez, who previously worked at Kessel Shipping, said the rules were weak.",
             ("Maria Lopez", "AFFILIATED_WITH", "Kessel Shipping")),
            ("Maria Lopez, a former executive at Kessel Shipping, declined to comment.",
             ("Maria Lopez", "AFFILIATED_WITH", "Kessel Shipping")),
            ("Kessel Shipping chairman Maria Lopez and chief executive John Smith met in Oslo.",
             ("John Smith", "LEADS", "Kessel Shipping"))):
        assert fact in triples(extract(text)), text
    got = triples(extract("Maria Lopez, a former executive at Kessel Shipping, declined to comment."))
    assert ("Maria Lopez", "LEADS", "Kessel Shipping") not in got


def test_sanction_phrasings(extract):
    got = triples(extract('The tanker "Grey Heron" is managed by the company "Orlan Logistic", which is under the '
                          "sanctions of Ukraine and of the European Union."))
    assert ("European Union", "SANCTIONED", "Orlan Logistic") in got


def test_all_four_vessels_are_the_four_named_last(extract):
    got = triples(extract("The Treasury is identifying four vessels as blocked property. The tanker GREY HERON is "
                          "managed by Kessel LLC. The tanker BLUE WREN is flagged in Comoros. The tanker RED KITE "
                          "and the tanker OLD MOON carried oil. All four vessels are being identified as property "
                          "in which a blocked person has an interest."))
    for ship in ("GREY HERON", "BLUE WREN", "RED KITE", "OLD MOON"):
        assert ("Treasury", "SANCTIONED", ship) in got, ship


def test_sanctions_in_a_concessive_clause_name_no_target(extract):
    got = triples(extract("Russian weapons maker Orlan Arms has been able to raise output even though the United "
                          "States and the European Union imposed sanctions in October to cut its supply chain."))
    assert not any(p == "SANCTIONED" for _, p, _ in got)


def test_a_conjunct_named_by_its_apposition_is_a_target(extract):
    got = triples(extract("The Council of the EU on Monday imposed sanctions on 12 companies over drone parts. The "
                          "Council also listed Orlan Aero itself and its director general, Ivan Petrov, who runs "
                          "the plant."))
    assert ("Council of the EU", "SANCTIONED", "Orlan Aero") in got
    assert ("Council of the EU", "SANCTIONED", "Ivan Petrov") in got


def test_visits_belong_to_the_clause_subject(extract):
    got = triples(extract("The Panama-flagged Grey Heron, which loaded about 600,000 barrels at the port of Umbria in "
                          "late January, met the tanker Blue Wren at sea."))
    assert ("Grey Heron", "VISITED", "Umbria") in got
    assert ("Blue Wren", "VISITED", "Umbria") not in got
    got = triples(extract("The tanker Grey Heron sent a distress call on Monday and the crew took to a lifeboat; "
                          "the survivors were landed at the port of Umbria."))
    assert ("Grey Heron", "VISITED", "Umbria") not in got


def test_the_cargo_a_second_ship_took_on_is_the_one_named_last(extract):
    got = triples(extract("The tanker Grey Heron was seen at sea. About 270,000 tonnes of light crude were on board "
                          "the Grey Heron. The tanker Blue Wren, which had already taken on part of the cargo, fled "
                          "towards international waters."))
    assert ("Blue Wren", "TRANSPORTED", "crude") in got or ("Blue Wren", "TRANSPORTED", "light crude") in got


def test_the_following_vessels_are_the_listed_ones(extract):
    got = triples(extract("Orlan Trading Co. contracted the following vessels to load Iranian crude oil and deliver "
                          "it to China:\n\n- GREY HERON (IMO 9305521), a Panama-flagged tanker;\n- BLUE WREN (IMO "
                          "9288013), flagged in Comoros; and\n- RED KITE (IMO 9179384), an Iran-flagged tanker.\n\n"
                          "In March, GREY HERON loaded crude at the Lavan Island terminal."))
    for ship in ("GREY HERON", "BLUE WREN", "RED KITE"):
        assert (ship, "TRANSPORTED", "crude oil") in got, ship


def test_sailed_from_there_is_the_port_named_before(extract):
    got = triples(extract("The freighter Grey Heron began its journey in the port of Umbria, home to a naval base. "
                          "It sailed from there together with the tanker Blue Wren, another ship under sanctions."))
    assert ("Blue Wren", "VISITED", "Umbria") in got


def test_ownership_phrasings(extract):
    for sentence, org in (
            ("Orlan Ship Management, which manages the Grey Heron, did not respond.", "Orlan Ship Management"),
            ("Kessel Marine Ltd bought the Grey Heron in 2022.", "Kessel Marine Ltd"),
            ("Shipping databases list Kessel Marine Ltd as the Grey Heron's owner.", "Kessel Marine Ltd"),
            ("The Grey Heron belongs to Kessel Marine Ltd.", "Kessel Marine Ltd."),
            ("The owner of the Grey Heron is listed as Kessel Marine Ltd.", "Kessel Marine Ltd."),
            ("Kessel Marine Ltd took over management of the Grey Heron in May.", "Kessel Marine Ltd"),
            ("The Grey Heron is registered to Kessel Marine Ltd.", "Kessel Marine Ltd.")):
        got = triples(extract(_SHIPS + sentence))
        assert any(s.rstrip(".") == org.rstrip(".") and p == "OWNS_OR_OPERATES" and o == "Grey Heron"
                   for s, p, o in got), sentence


def test_located_in_coasts_and_port_cities(extract):
    got = triples(extract("The tanker Grey Heron called at the port of Iskenderun on Turkey's Mediterranean coast."))
    assert ("Iskenderun", "LOCATED_IN", "Turkey") in got
    assert not any(s == "Mediterranean" and p == "LOCATED_IN" for s, p, _ in got)
    got = triples(extract("The tanker Grey Heron called at the Chinese port city of Qingdao."))
    assert ("Qingdao", "LOCATED_IN", "China") in got


def test_supplied_phrasings(extract):
    for text, (a, b) in (
            ("Iran provided technical assistance to Russia's drone programme.", ("Iran", "Russia")),
            ("The Kessel Brigade was accused of giving logistical support to the Orlan Forces.",
             ("Kessel Brigade", "Orlan Forces")),
            ("Tarsk Aviation Plant JSC builds the drones under licence from Iran.", ("Iran", "Tarsk Aviation Plant JSC")),
            ("China supplied Tarsk Aviation Plant JSC with engine technology.", ("China", "Tarsk Aviation Plant JSC")),
            ("North Korea helped Russia with satellite technology in exchange for weapons.", ("North Korea", "Russia"))):
        got = triples(extract(text))
        assert (a, "SUPPLIED", b) in got, text
        assert (b, "SUPPLIED", a) not in got, text


def test_more_ways_goods_move(extract):
    for text, (a, b) in (
            ("North Korea has supplied Russia with artillery shells and ballistic missiles.", ("North Korea", "Russia")),
            ("Russia received artillery shells from North Korea.", ("North Korea", "Russia")),
            ("Myanmar bought mortar rounds from Belarus.", ("Belarus", "Myanmar")),
            ("China imported Iranian oil worth $40 billion.", ("Iran", "China")),
            ("Iran is a major supplier of drones to Russia.", ("Iran", "Russia"))):
        got = triples(extract(text))
        assert (a, "SHIPPED_TO", b) in got, text
        assert (b, "SHIPPED_TO", a) not in got, text


def test_an_open_question_ships_nothing(extract):
    got = triples(extract("Reporters were unable to determine how Orlan Trading Ltd obtained the drones from "
                          "Kessel Arms Ltd."))
    assert not any(p == "SHIPPED_TO" for _, p, _ in got)


def test_buying_a_company_ships_nothing(extract):
    got = triples(extract("Norsk Freight Group agreed to buy Kessel Logistics from Orlan Holdings."))
    assert not any(p == "SHIPPED_TO" for _, p, _ in got)


def test_spokesperson_phrasings(extract):
    for text, (who, pred, org) in (
            ("Philippine Coast Guard spokesperson Rear Admiral Jay Tarriela said the vessel was boarded.",
             ("Jay Tarriela", "AFFILIATED_WITH", "Philippine Coast Guard")),
            ("According to Jay Tarriela, a spokesman for the Philippine Coast Guard, the crew was detained.",
             ("Jay Tarriela", "AFFILIATED_WITH", "Philippine Coast Guard")),
            ("Jay Tarriela, who speaks for the Philippine Coast Guard, said the crew was detained.",
             ("Jay Tarriela", "AFFILIATED_WITH", "Philippine Coast Guard")),
            ("Panama Maritime Authority administrator Luis Roquebert said the crew was detained.",
             ("Luis Roquebert", "LEADS", "Panama Maritime Authority"))):
        assert (who, pred, org) in triples(extract(text)), text


def test_lawyers_and_attorneys_are_affiliated(extract):
    for text in ("Maria Lopez, a lawyer for Kessel Shipping, said the complaint was baseless.",
                 "Kessel Shipping attorney Maria Lopez said the complaint was baseless."):
        assert ("Maria Lopez", "AFFILIATED_WITH", "Kessel Shipping") in triples(extract(text)), text


def test_a_coast_guard_ship_carries_no_cargo(extract):
    got = triples(extract("The coast guard ship BRP Kessel intercepted the tanker Grey Heron, which was carrying "
                          "crude oil."))
    assert ("Grey Heron", "TRANSPORTED", "crude oil") in got
    assert ("BRP Kessel", "TRANSPORTED", "crude oil") not in got


def test_leaving_an_organisation_is_a_past_affiliation(extract):
    for text in ("Maria Lopez quit Kessel Shipping in 2021.", "Maria Lopez resigned from Kessel Shipping in 2021."):
        assert ("Maria Lopez", "AFFILIATED_WITH", "Kessel Shipping") in triples(extract(text)), text
    assert not any(p == "AFFILIATED_WITH" for _, p, _ in triples(extract("Maria Lopez left Russia in 2021.")))


def test_conjoined_signatories_agree(extract):
    got = triples(extract("Russia and Iran signed a strategic partnership treaty in January."))
    assert ("Russia", "AGREEMENT_WITH", "Iran") in got or ("Iran", "AGREEMENT_WITH", "Russia") in got
    got = triples(extract("Kessel Arms and the Norland Defence Ministry signed a $2 billion contract."))
    assert ("Kessel Arms", "AGREEMENT_WITH", "Norland Defence Ministry") in got or (
        "Norland Defence Ministry", "AGREEMENT_WITH", "Kessel Arms") in got


def test_a_possessive_its_is_no_ship_to_report_on(extract):
    got = triples(extract("The tanker Grey Heron left the port of Umbria on Monday. The shipyard's managing "
                          "director, Maria Lopez, said the project had kept about 2,500 people busy at its peak."))
    assert ("Maria Lopez", "REPORTED", "Grey Heron") not in got


def test_a_line_about_no_ship_still_reports_on_the_actor(extract):
    # a body's line about an unnamed ship reports on nobody, but "no Iranian vessel had docked" is about no
    # ship at all: the report is on the shipper of the story
    got = triples(extract("Iran has shipped drones to Sudan since March. The Horn Maritime Observatory, a "
                          "Nairobi-based research group that tracks shipping in the Red Sea, reported that no "
                          "Iranian vessel had docked at Port Sudan's southern quay since early May."))
    assert ("Horn Maritime Observatory", "REPORTED", "Iran") in got
