"""Owners and operators as unseen writing gave them (batch 102-116).

- "Both tankers are operated by X" after two sentences that name one ship each: the two ships named
  last, not the last group named together;
- a record's dash as its label's separator: "Owner — the company X, Bandar Anzali.";
- "was sold in a separate deal to Y", "was sold for $18 million to Y": the buyer owns the ship.
"""

from __future__ import annotations


def test_both_tankers_are_the_two_named_last(extract, facts):
    dg = extract("The Daria Nur (IMO 9281745), a 2004-built VLCC flagged in Cameroon, loaded crude at Kharg Island. "
                 "The Bella Rossa then discharged at Dongying on 6 November.\n\n"
                 "Both tankers are operated by Hong Kong-registered Hengtai Ocean Shipping Co. Ltd, which OFAC designated in "
                 "July.")
    got = facts(dg)
    assert ("Hengtai Ocean Shipping Co. Ltd", "OWNS_OR_OPERATES", "Daria Nur") in got
    assert ("Hengtai Ocean Shipping Co. Ltd", "OWNS_OR_OPERATES", "Bella Rossa") in got


def test_a_record_with_a_dash(extract, facts):
    dg = extract("The general cargo ship SHAHRZAD (IMO 9385012), flag of Iran. Owner — the company Darya Caspian "
                 "Shipping Co., Bandar Anzali.")
    assert ("Darya Caspian Shipping Co.", "OWNS_OR_OPERATES", "SHAHRZAD") in facts(dg)


def test_sold_in_a_deal_to_a_buyer(extract, facts):
    got = facts(extract("The second ship, Hordvik Vind, was sold in a separate deal to Cerulean Maritime Ltd of the "
                        "Seychelles. The tanker Marilena Q was sold for $18 million to Blue Tern Navigation Inc in "
                        "July."))
    assert ("Cerulean Maritime Ltd", "OWNS_OR_OPERATES", "Hordvik Vind") in got
    assert ("Blue Tern Navigation Inc", "OWNS_OR_OPERATES", "Marilena Q") in got


def test_she_of_the_sentence_before_not_the_ship_she_handed_the_cargo_to(extract, facts):
    got = facts(extract("The Daria Nur (IMO 9281745) is a 2004-built VLCC flagged in Cameroon. She loaded Iranian "
                        "Light at Kharg Island in late September and transferred the cargo to the Panama-flagged "
                        "Bella Rossa at EOPL on 22 October."))
    assert ("Daria Nur", "VISITED", "Kharg Island") in got
    assert ("Bella Rossa", "VISITED", "Kharg Island") not in got


def test_it_sailed_together_with_another_ship(extract, facts):
    got = facts(extract("The freighter Mys Polyarny left the Baltic in December. It sailed from Baltiysk together "
                        "with the Sparta VII, another ship under sanctions."))
    assert ("Mys Polyarny", "VISITED", "Baltiysk") in got
    assert ("Sparta VII", "VISITED", "Baltiysk") in got


def test_a_records_port_fields(extract, facts):
    dg = extract("Vessel: ELPIDA K (IMO 9312456), crude oil tanker.\nLast port calls: Ras Tanura, Saudi Arabia "
                 "(loaded, 22 NOV); Fujairah anchorage (bunkers, 25-26 NOV).\nDeclared destination (AIS): Paradip, "
                 "India.")
    got = facts(dg)
    for port in ("Ras Tanura", "Fujairah", "Paradip"):
        assert ("ELPIDA K", "VISITED", port) in got, port
    assert {e.name: e.type for e in dg.entities.values()}["Paradip"] == "Port"
