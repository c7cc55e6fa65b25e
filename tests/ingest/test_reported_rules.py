"""REPORTED and other relation rules added in the relations round, on invented sentences."""

from __future__ import annotations

from conftest import triples


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
