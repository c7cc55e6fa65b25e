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
    dg = extract("- MORLA FEN (IMO 9318842) loaded Urals crude at Kelmorsk last week.\n"
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
