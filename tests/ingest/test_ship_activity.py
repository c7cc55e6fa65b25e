"""A name written "the X" is a ship when the sentence has it do what only ships do, or have it done to it
(round of 2026-11-30, fifth part): found with a phrasebook of short passages written by an engineer who had
not seen the rules. The names here are invented again; none is in the phrasebook or the corpus.
"""

from __future__ import annotations

import pytest

CONTEXT = "Several tankers were in the news this week. "


@pytest.mark.parametrize("name, text", [
    ("Zarya Vostoka", "Houthi forces fired two missiles at the Greek-owned Zarya Vostoka, which was carrying "
                      "fertiliser."),
    ("Lumen Baltica", "Inspectors who boarded the Lumen Baltica in Cotonou found only cement."),
    ("Sibirsky Kedr", "Some 400 containers of ammunition were loaded onto the Sibirsky Kedr at Najin."),
    ("Perla Tejo", "The Perla Tejo, which can carry up to 2 million barrels of crude, was sailing in ballast."),
    ("Belaya Chaika", "The Belaya Chaika, Polar Lark and Okhotsk Dawn have sailed repeatedly between Rason and "
                      "Vostochny since September."),
    ("Polar Lark", "The Belaya Chaika, Polar Lark and Okhotsk Dawn have sailed repeatedly between Rason and "
                   "Vostochny since September."),
    ("Kirpi Deniz", "The Kirpi Deniz was seen off Turkmenbashi on Friday."),
    ("Kirpi Deniz", "The Kirpi Deniz left Turkmenbashi on Friday."),
    ("Kirpi Deniz", "The Kirpi Deniz is expected in Baku on Friday."),
    ("Aruna Tara", "It discharged at Sikka on 3 June. The Aruna Tara is managed by Mumbai-based Devika Marine "
                   "Services."),
    # (round of 2026-11-30, sixth part) what a ship carries, its transponder, where it is bound, what is done to it
    ("Corvina Rossa", "Officials said the Corvina Rossa had transported Iranian methanol to buyers in India."),
    ("Corvina Rossa", "The Corvina Rossa carried the shells from Rason to Vladivostok."),
    ("Tordo Marino", "Analysts said the Tordo Marino had delivered fuel oil to Qingdao in February."),
    ("Tordo Marino", "The Tordo Marino had taken on diesel from another tanker."),
    ("Gabbiano Nero", "The Gabbiano Nero switched off its transponder near Crete."),
    ("Gabbiano Nero", "The Gabbiano Nero is bound for Latakia with 90,000 tonnes of wheat."),
    ("Airone Bianco", "Customs officers searched the Airone Bianco at Durban on Monday."),
    ("Airone Bianco", "The Airone Bianco was seized in the Gulf of Guinea by pirates."),
    ("Merlo Scuro", "The Merlo Scuro has continued to call at Kozmino."),
])
def test_a_name_that_does_what_ships_do_is_a_ship(extract, find, name, text):
    assert find(extract(CONTEXT + text), name).type == "Vessel"


@pytest.mark.parametrize("name, typ, text", [
    # a known city, a body and a company that "leave", "are seen" or "are managed" stay what they are
    ("Hague", "Location", "The delegates left the Hague on Friday."),
    ("Pentagon", "Organization", "The Pentagon was seen off guard by the move."),
    ("Alfa Holdings", "Organization", "The Alfa Holdings is managed by Beta Shipping LLC."),
    # an aircraft type that carries arms is no ship; a treaty "bound for" nothing is no ship either
    ("Il-76", "Other", "The Il-76 delivered arms to Benghazi."),
])
def test_what_is_no_ship_stays_so(extract, find, name, typ, text):
    assert find(extract(CONTEXT + text), name).type == typ


@pytest.mark.parametrize("port, text", [
    ("Vladivostok", "The sanctioned freighter Sokol Vostoka left Vladivostok on 4 April with containers on deck."),
    ("Primorsk", "The tanker Luga Breeze was sailing in ballast towards Primorsk on Tuesday."),
    ("Bandar Abbas", "Drone parts were loaded onto the cargo ship Teluk Harapan, which was bound for Bandar Abbas."),
])
def test_where_a_ship_goes_is_a_port_it_visits(extract, find, facts, port, text):
    dg = extract(text)
    assert find(dg, port).type == "Port"
    assert any(p == "VISITED" and o == port for _, p, o in facts(dg))


def test_where_a_ship_is_expected_is_a_port(extract, find):
    assert find(extract("The tanker Kaspiy Volna is expected in Baku on Friday."), "Baku").type == "Port"
    # a capital where a delegation is expected stays the country's capital
    assert "Baku" not in {e.name for e in extract("The delegation is expected in Baku on Friday.").entities.values()
                          if e.type == "Port"}


@pytest.mark.parametrize("name, text", [
    ("Koktem Zhuldyz", "Aral Shipping's fleet comprises the Koktem Zhuldyz, the Tobol Star and the Irgiz Gold."),
    ("Tobol Star", "Aral Shipping's fleet comprises the Koktem Zhuldyz, the Tobol Star and the Irgiz Gold."),
    ("Ladoga Viking", "The Ladoga Viking, operated by Vyborg's Neva Trans Management, was last seen off Skagen."),
    ("Sea Heron Voyager", "The Sea Heron Voyager, owned by Kowloon Bright Maritime Ltd and managed by Ningde Ship "
                          "Management, was detained last week."),
    ("Najm Sahar", "Ibis Reef Maritime acquired the tanker Najm Fajr in January. It also operates the smaller "
                   "Najm Sahar."),
])
def test_a_fleet_or_a_manager_names_its_ships(extract, find, name, text):
    assert find(extract(CONTEXT + text), name).type == "Vessel"


def test_a_sea_word_at_the_start_of_a_name_is_no_sea(extract, find):
    dg = extract(CONTEXT + "The Sea Heron Voyager was boarded on Monday. The Black Sea was calm.")
    assert find(dg, "Sea Heron Voyager").type == "Vessel"
    assert find(dg, "Black Sea").type == "Location"


@pytest.mark.parametrize("name, text", [
    ("Kuril Dawn", "The Kuril Dawn loaded coal at Vanino on Friday."),
    ("Kuril Dawn", "The Kuril Dawn arrived in Alexandria on Thursday with Russian wheat."),
    ("Kuril Dawn", "The Kuril Dawn returned to Dalian on Saturday."),
    ("Kuril Dawn", "The Kuril Dawn put into Las Palmas for repairs."),
    ("Kuril Dawn", "The Kuril Dawn shuttled between the ports of Mersin and Latakia in July."),
    ("Kuril Dawn", "The Kuril Dawn was laden with Norwegian salmon when it was stopped."),
    ("Kuril Dawn", "Customs seized cigarettes from the reefer Kuril Dawn."),
])
def test_what_ships_do_at_named_places(extract, find, name, text):
    assert find(extract(CONTEXT + text), name).type == "Vessel"


def test_the_ports_of_a_and_b_are_ports(extract, find):
    dg = extract("The ferry shuttled between the ports of Mersin and Latakia throughout July.")
    assert find(dg, "Mersin").type == "Port" and find(dg, "Latakia").type == "Port"


def test_a_merchant_ship_prefix_is_no_part_of_the_name(extract, find):
    dg = extract("Customs found rifles aboard the MV Jamhuri Star at Mombasa. The KM Cahaya Senja berthed at "
                 "Tenau. HMS Tavy shadowed the tanker.")
    assert find(dg, "Jamhuri Star").name == "Jamhuri Star" and "MV Jamhuri Star" in find(dg, "Jamhuri Star").aliases
    assert find(dg, "Cahaya Senja").name == "Cahaya Senja"
    assert find(dg, "HMS Tavy").name == "HMS Tavy"  # a navy's prefix is written as part of the name


def test_a_home_port_is_no_call_and_a_detention_port_is(extract, facts):
    got = facts(extract("The trawler Polyarnaya Iskra, whose home port is Murmansk, was detained at Tromso on "
                        "Thursday."))
    assert ("Polyarnaya Iskra", "VISITED", "Tromso") in got
    assert ("Polyarnaya Iskra", "VISITED", "Murmansk") not in got


def test_goods_unloaded_from_a_name_make_it_a_ship(extract, find):
    dg = extract(CONTEXT + "Some 400 tonnes of ammunition were unloaded from the Polar Ermine at Tartus in February.")
    assert find(dg, "Polar Ermine").type == "Vessel"


def test_the_ports_list_ends_with_its_last_name(extract, find):
    dg = extract("The Aframax Volga Velikaya called at the Indian ports of Sikka and Vadinar, Kpler data show.")
    assert find(dg, "Vadinar").type == "Port" and find(dg, "Kpler").type == "Organization"


def test_an_ordinal_date_is_no_ship(extract):
    dg = extract("According to the ministry on the 5th, the Haesong Dawn, a car carrier, departed Pyeongtaek Port.")
    assert "5th" not in {e.name for e in dg.entities.values()}


def test_numbered_names_seen_at_a_port(extract, facts):
    got = facts(extract("The Pacific 19 and the Pacific 21, both owned by Busan-based Haedong Pacific Shipping, were "
                        "seen at the North Korean port of Nampo in March, NK Pro reported."))
    assert {("Pacific 19", "VISITED", "Nampo"), ("Pacific 21", "VISITED", "Nampo"),
            ("Haedong Pacific Shipping", "OWNS_OR_OPERATES", "Pacific 21")} <= got


def test_ships_listed_each_with_the(extract, find):
    dg = extract(CONTEXT + "The Caribe Luz, the Sierra de Tapia and the Orinoco Verde loaded at the Jose terminal.")
    assert [find(dg, n).type for n in ("Caribe Luz", "Sierra de Tapia", "Orinoco Verde")] == ["Vessel"] * 3


def test_a_flag_adjective_after_aboard_is_no_ship(extract, find):
    dg = extract("The cargo was loaded at Amirabad aboard the Russian-flagged freighter Lagan Star.")
    assert find(dg, "Lagan Star").type == "Vessel"
    assert all(e.type != "Vessel" or e.name == "Lagan Star" for e in dg.entities.values())


def test_the_first_and_the_latter_of_two_ships(extract, facts):
    got = facts(extract("Two tankers, the Marisol Andes and the Plover Reach, met in Greece's Laconian Gulf on Sunday. "
                        "The first had loaded Urals crude at Primorsk a fortnight earlier. The latter, which flies "
                        "the flag of Gabon, took the cargo on board."))
    assert ("Marisol Andes", "VISITED", "Primorsk") in got and ("Plover Reach", "FLAGGED_IN", "Gabon") in got
    assert ("Plover Reach", "VISITED", "Primorsk") not in got


def test_an_amount_after_a_name_is_no_hull_number(extract, find):
    dg = extract("A court fined the master of the reefer Polar Vesna 300,000 kroner. The ship Volga-Baltic 2104 left.")
    assert find(dg, "Polar Vesna").name == "Polar Vesna" and find(dg, "Volga-Baltic 2104").type == "Vessel"


def test_collected_lifted_and_believed_to_have_loaded(extract, facts):
    got = facts(extract("The tanker Sparta Rus collected ammunition at Baltiysk."))
    assert {("Sparta Rus", "TRANSPORTED", "ammunition"), ("Sparta Rus", "VISITED", "Baltiysk")} <= got
    got = facts(extract("The tanker Anemos III lifted CPC Blend at Novorossiysk this month."))
    assert ("Anemos III", "TRANSPORTED", "CPC Blend") in got
    got = facts(extract(CONTEXT + "The Chunma 11 is believed to have loaded North Korean coal at Nampo."))
    assert ("Chunma 11", "VISITED", "Nampo") in got


@pytest.mark.parametrize("text, ship", [
    ("Officials explained why the Halvik Star was allowed to load at Gdansk.", "Halvik Star"),
    ("Lloyd's List reported that the Tessaly Moon took on Russian diesel from the Halvik Star off Kalamata.",
     "Halvik Star"),
    ("He spoke of the Orsk Dawnlight, which his company, Brannock Tanker Lines, operates.", "Orsk Dawnlight"),
])
def test_more_that_only_ships_do(extract, text, ship):
    # seventh round, from a blind phrasebook's passages: let to load at a port, the other side of a transfer,
    # what a shipping firm operates
    assert {e.name: e.type for e in extract(text).entities.values()}.get(ship) == "Vessel"


@pytest.mark.parametrize("text", ["The Ritz, which the group manages, reopened.",
                                  "Police said the Grand Prix was allowed to start in Monaco.",
                                  "The Eurovision Song Contest was held in Basel in May."])
def test_hotels_races_and_contests_are_no_ships(extract, text):
    assert not any(e.type == "Vessel" for e in extract(text).entities.values())


def test_a_feeder_is_a_ship_and_citing_is_no_port(extract, facts):
    # seventh round, from a blind phrasebook's passages
    got = facts(extract("Missiles were carried aboard the Caspian feeder Orsk Dawnlight to Astrakhan."))
    assert ("Orsk Dawnlight", "VISITED", "Astrakhan") in got
    dg = extract("Citing port-agency reports, the newspaper wrote that the tanker Tessaly Moon had offloaded "
                 "barrels at Tartus.")
    assert {e.name for e in dg.entities.values() if e.type == "Port"} == {"Tartus"}
