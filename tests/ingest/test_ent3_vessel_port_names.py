"""Vessel, port and place names as news writes them (round ent3), on invented sentences."""

from __future__ import annotations

import pytest


def _types(dg, name):
    return {e.type for e in dg.entities.values() if name == e.name or name in e.aliases}


def _names(dg):
    return {e.name for e in dg.entities.values()}


@pytest.mark.parametrize("text,name", [
    # a place after "loading ... in" is a port, though no ship noun is in the sentence
    ("The Corvel Star anchored off Sorvik on 3 May. Days later it was loading diesel in Tarmovo.", "Tarmovo"),
    # a name listed after a port ("loaded at A, B and C") is a port too
    ("Nine tankers loaded at Kelmorsk, Ust-Varda and the port of Berelsk last week.", "Ust-Varda"),
])
def test_ports_after_cargo_verbs(extract, text, name):
    assert "Port" in _types(extract(text), name)


def test_size_class_is_no_part_of_the_name(extract):
    dg = extract("A second tanker, the Suezmax Morvena Kyra, built in 2004, was sold by Halvik Seaways "
                 "to a buyer in Hong Kong.")
    assert "Vessel" in _types(dg, "Morvena Kyra")
    assert "Suezmax Morvena Kyra" not in _names(dg)


@pytest.mark.parametrize("text,name", [
    # who loads or docks at a named place is a ship, even past a relative clause the parser misreads
    ("The Tamsin K, which the U.S. Treasury sanctioned in June, loaded at Kelmorsk a day later.", "Tamsin K"),
    ("The Marvel Hena, which was sanctioned in May, docked at Tarvik on Friday.", "Marvel Hena"),
])
def test_who_loads_at_a_place_is_a_ship(extract, text, name):
    assert "Vessel" in _types(extract(text), name)


def test_a_bare_sea_is_no_port(extract):
    dg = extract("The corvette Tarn Vesk and the freighter Morla Fen sailed south-west from the Baltic on Monday.")
    assert "Port" not in _types(dg, "Baltic")
    assert "Location" in _types(dg, "Baltic")


def test_a_sea_before_a_said_clause_is_no_body(extract):
    dg = extract("Two patrol ships tracked the freighter Morla Fen through the English Channel and the North Sea, "
                 "the Ministry of Defence said.")
    assert _types(dg, "North Sea") == {"Location"}


def test_declared_destinations_listed_with_their_ships(extract):
    dg = extract("The freighters Tarn Vesk and Morla Fen left Kelmorsk on Monday. Their declared destinations are "
                 "Port Sudan, for the Tarn Vesk, and Velsara in Syria, for the Morla Fen.")
    assert "Port" in _types(dg, "Velsara")


def test_a_ship_seen_off_a_place(extract):
    dg = extract("The vessel, which flies the flag of Sierra Leone, later appeared off Tarmovo Baru, Malaysia, "
                 "under a new name.")
    assert "Port" in _types(dg, "Tarmovo Baru")


@pytest.mark.parametrize("text,name", [
    ("The shells were sold to Korvex Ltd, a Moscow importer that supplies the army.", "Moscow"),
    ("Since the rebels took much of Khartoum, the army has run the country from the coast.", "Khartoum"),
])
def test_a_capital_as_the_city_itself(extract, text, name):
    assert "Location" in _types(extract(text), name)


@pytest.mark.parametrize("text,name", [
    ("The bulker Morla Fen was about 65 nautical miles west of Hodeidah when she reported an explosion.",
     "Hodeidah"),
    ("The tanker Morla Fen is managed by Korvex Maritime FZE of Sharjah, according to a database.", "Sharjah"),
])
def test_place_after_compass_or_legal_form(extract, text, name):
    assert "Location" in _types(extract(text), name)


def test_a_place_name_with_a_hull_number_that_carries_cargo_is_a_ship(extract):
    dg = extract("The Marvel Hena loaded diesel at Tuapse last week, while the Nadira 7 carried Urals from "
                 "Novorossiysk to Mersin in southern Turkey.")
    assert "Vessel" in _types(dg, "Nadira 7")
