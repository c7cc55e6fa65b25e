"""Entity types and boundaries from how news is written (crews, places, vessels, weapons), on invented text."""

from __future__ import annotations


def _has(dg, name, typ):
    return any((name == e.name or name in e.aliases) and e.type == typ for e in dg.entities.values())


def _names(dg):
    return {e.name for e in dg.entities.values()}


def test_crew_nationalities_are_not_countries(extract):
    dg = extract("The tanker Corvina Bay was boarded off Sohar by the Omani coast guard. Its crew, mostly "
                 "Bolivian and Kenyan seafarers, was questioned. The master, one of four Estonian nationals "
                 "on board, was released.")
    assert not _has(dg, "Bolivia", "Country")
    assert not _has(dg, "Kenya", "Country")
    assert not _has(dg, "Estonia", "Country")
    assert _has(dg, "Oman", "Country")


def test_a_nationality_before_another_noun_stays_a_country(extract):
    dg = extract("Kenyan officials said the ship, whose 20 crew members were Bolivian, had been detained.")
    assert _has(dg, "Kenya", "Country")
