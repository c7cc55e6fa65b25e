"""Weapons, cargo and vessels (newsgraph.ingest.cargo and the rules that use it), on invented text."""

from __future__ import annotations

from newsgraph.ingest import cargo


def _by_type(dg, typ):
    return {e.name: e for e in dg.entities.values() if e.type == typ}


def test_goods_words_merge_plurals_and_synonyms():
    assert cargo.goods_words("artillery rounds") == cargo.goods_words("artillery ammunition")
    assert cargo.goods_words("missile parts") == cargo.goods_words("missile components")
    assert cargo.goods_words("drone") == cargo.goods_words("drones")
    assert cargo.goods_words("crude") == cargo.goods_words("oil")
    assert cargo.goods_words("soybeans") == {"soybeans"}


def test_specific_commodity_kept_without_relation_vague_goods_not(extract):
    dg = extract("Farmers near Rotterdam harvested barley early this year, traders said.\n\n"
                 "A Danish firm said it sold components to several clients in the region.")
    other = _by_type(dg, "Other")
    assert "barley" in other
    assert not any("component" in n for n in other)


def test_generic_arms_noun_in_passing_is_no_entity(extract):
    dg = extract("The militia launched a barrage of rockets and drones at the town on Friday, "
                 "officials in Varnova said.")
    assert not _by_type(dg, "Weapon")


def test_generic_arms_noun_as_cargo_is_an_entity(extract):
    dg = extract("Customs officers in Varnova seized drones hidden in a lorry bound for the border.")
    assert "drones" in _by_type(dg, "Weapon")


def test_rounds_and_ammunition_are_one_entity(extract):
    dg = extract("The trains carried Borvian artillery ammunition to the front. Crates seen at the yard "
                 "were marked for 152 mm artillery rounds.")
    weapons = _by_type(dg, "Weapon")
    assert len(weapons) == 1, weapons


def test_named_model_before_modifiers_and_arms_noun(extract, find):
    dg = extract("The plant in Varnova has raised output of its Tarkan-B2 attack drone and will also "
                 "build the Kestrel decoy drone next year, the company said.")
    assert find(dg, "Tarkan-B2").type == "Weapon"
    assert find(dg, "Kestrel").type == "Weapon"
    assert "Kestrel decoy drone" in find(dg, "Kestrel").aliases


def test_determiner_is_no_model_name(extract):
    dg = extract('The minister said: "Every drone that hits a school is built with parts someone sold."')
    assert not any(n.lower() == "every" for n in _by_type(dg, "Weapon"))


def test_model_designation_and_its_other_name(extract, find):
    dg = extract("Investigators said the missile that struck the depot was a ZR-41. The Tolvan-7, as the "
                 "ZR-41 is designated by its maker, carries a heavy warhead, the report said.")
    ent = find(dg, "ZR-41")
    assert ent.type == "Weapon"
    assert "Tolvan-7" in ent.aliases


def test_possessed_tanks_are_no_armour(extract):
    dg = extract("The tanker Morven Star was towed to port with 80,000 tonnes of crude oil in its tanks.")
    assert "tanks" not in _by_type(dg, "Weapon")


def test_parts_for_phrase_is_one_goods_entity(extract, find):
    dg = extract("The consignment was described as 82 mm mortar rounds and spare parts for launchers.")
    assert find(dg, "spare parts for launchers").type == "Weapon"


def test_coordinated_modifiers_of_components(extract):
    dg = extract("Marines seized Borvian-made ballistic missile and cruise missile components from a boat.")
    weapons = _by_type(dg, "Weapon")
    assert list(weapons) == ["ballistic missile and cruise missile components"], weapons


def test_two_origins_of_one_cargo_are_two_entities(extract):
    dg = extract("Under that name the tanker Morven Star carried Azerbaijani crude from Ceyhan. "
                 "Renamed Helder Bay, it later began loading Russian crude at Primorsk.")
    other = _by_type(dg, "Other")
    assert "Azerbaijani crude" in other and "Russian crude" in other, other


def test_oil_grade_the_model_took_for_a_name(extract, find):
    dg = extract("The tanker Morven Star holds about 700,000 barrels of Russia's Sokol crude. "
                 "The Helder Bay, also laden with Sokol, waited nearby.")
    ent = find(dg, "Sokol crude")
    assert ent.type == "Other" and "Sokol" in ent.aliases


def test_generic_oil_word_joins_the_articles_one_oil(extract):
    dg = extract("The tanker Morven Star loaded Sokol crude at Kozmino. Transfers of Russian fuel "
                 "still happen at sea, and the oil later reached India.")
    other = _by_type(dg, "Other")
    assert len(other) == 1, other


def test_goods_word_describing_tankers_is_no_cargo(extract):
    dg = extract("The company manages more than 40 crude oil and product tankers from Dubai.")
    assert not _by_type(dg, "Other")


def test_quoted_ship_list(extract, find):
    dg = extract('The cargo ships "Borva Star" and "Kelda Wind" were loaded with wheat at the port of Varna.')
    assert find(dg, "Kelda Wind").type == "Vessel"


def test_ship_state_names_a_vessel_without_other_cues(extract, find):
    dg = extract("The Morven, also laden with Sokol, has now turned up near the gulf.")
    assert find(dg, "Morven").type == "Vessel"


def test_sender_of_a_ship_to_ship_transfer(extract, find):
    dg = extract("In July the Blue Heron passed Urals crude to the Kelda Wind, a tanker that went on to India.")
    assert find(dg, "Blue Heron").type == "Vessel"


def test_once_is_no_former_name(extract):
    dg = extract("The manager took over the tankers once Marlex itself came under sanctions.")
    assert not _by_type(dg, "Vessel")


def test_project_name_is_no_lng_prefixed_ship(extract):
    dg = extract("The carrier Polar Wren loaded gas from the sanctioned Nordic LNG 2 plant last week.")
    assert set(_by_type(dg, "Vessel")) == {"Polar Wren"}


def test_ship_name_with_bracketed_part(extract, find):
    dg = extract("The team set off on the institute's Morvane (two), a 90-meter ship with six laboratories.")
    assert find(dg, "Morvane (two)").type == "Vessel"


def test_generic_noun_of_the_one_named_model_is_that_model(extract):
    dg = extract("The Varnova plant raised output of its Tarkan-B2 attack drone this year. By April, more "
                 "than 900 of the drones had been delivered to the army, a document showed.")
    weapons = _by_type(dg, "Weapon")
    assert list(weapons) == ["Tarkan-B2"], weapons


def test_two_named_models_keep_the_generic_noun_apart(extract):
    dg = extract("The plant will build the Kestrel decoy drone and the Tarkan-B2 attack drone, and it "
                 "may try to sell drones abroad, the report said.")
    assert "drones" in _by_type(dg, "Weapon")


def test_ship_class_under_construction_is_goods(extract, find):
    dg = extract("The freighter Borva Star carried hatch covers meant for a new Project 20870 diesel icebreaker.")
    ent = find(dg, "Project 20870 diesel icebreaker")
    assert ent.type == "Other" and "Project 20870" in ent.aliases


def test_vague_head_with_a_commodity_word_is_specific():
    assert cargo.is_vague("dual-use goods") and cargo.is_vague("drone components")
    assert not cargo.is_vague("petroleum products") and not cargo.is_vague("oil products")


def test_trade_press_commodity_without_relation(extract):
    dg = extract("Analysts in Varnova expect exports of condensate to climb next year, the ministry said.")
    assert "condensate" in _by_type(dg, "Other")


def test_former_name_after_a_vessel_subject(extract, find):
    dg = extract("The tanker Borva Star sank on Monday. A local outlet said the Borva Star was formerly "
                 "known as Kelda Wind, and another reported that it had carried goods for the army.")
    assert "Kelda Wind" in find(dg, "Borva Star").aliases


def test_brand_before_manufactured_goods_is_the_maker(extract, find):
    dg = extract("An analyst wrote that the cargo of the freighter Borva Star included two Brennhart mobile "
                 "cranes and hatch covers.")
    assert find(dg, "Brennhart").type == "Organization"
    assert find(dg, "Brennhart mobile cranes").type == "Other"


def test_generic_arms_noun_not_said_to_be_used_is_kept(extract):
    dg = extract("Reports had indicated a steady flow of military equipment from Borvia, analysts said.")
    assert "military equipment" in _by_type(dg, "Weapon")


def test_kind_of_technology_is_specific():
    assert not cargo.is_vague("satellite technology")
    assert cargo.is_vague("chinese technology")


def test_sea_or_group_before_drones_is_no_model(extract):
    dg = extract("Naval drones struck a patrol boat in the Black Sea drones zone, and the G-7 condemned the "
                 "Houthi drones attack on shipping, officials said.")
    names = set(_by_type(dg, "Weapon"))
    assert not names & {"Black Sea", "G-7", "Houthi"}, names


def test_transfer_to_a_terminal_names_no_ship(extract):
    dg = extract("The ministry said the Varno Petrol transferred crude oil to the Kestrel terminal in the port.")
    assert not _by_type(dg, "Vessel")


def test_count_before_a_model_is_not_its_name(extract, find):
    dg = extract("The army said the enemy launched 40 Tarkan-12 drones at the city, while 12 were seized intact.")
    assert find(dg, "Tarkan-12").type == "Weapon"
    assert not any(n.startswith("40") for n in _by_type(dg, "Weapon"))


def test_named_contest_is_an_event(extract, find):
    dg = extract("The striker hopes to play in Saturday's Varnova Super Cup game against the champions.")
    assert find(dg, "Varnova Super Cup").type == "Other"


def test_size_class_before_a_ship_name(extract, find):
    dg = extract("Officials boarded the Aframax Sea Falcon near Fujairah on Tuesday.")
    assert find(dg, "Sea Falcon").type == "Vessel"


def test_whose_crew_is_a_ship(extract, find):
    dg = extract("The Ocean Larkspur's crew of 21 was detained, port officials said.")
    assert find(dg, "Ocean Larkspur").type == "Vessel"


def test_who_docks_is_a_ship(extract, find):
    dg = extract("The Marlin Bay sailed from Primorsk on Monday and later docked at Port Said.")
    assert find(dg, "Marlin Bay").type == "Vessel"


def test_teams_and_navies_are_no_ships(extract):
    dg = extract("The Netherlands sailed to victory. The Navy docked its ships in the harbour.")
    assert not _by_type(dg, "Vessel")
