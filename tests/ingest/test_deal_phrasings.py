"""Deals as unseen writing states them (round of 2026-11-30, sixth part; found on a phrasebook of sources,
affiliations and agreements written blind): a charter or sale whose other party is set off after a common
noun ("from its Greek owner, X"), "agreed to buy ... from", a contract "awarded to X" for a buyer named
inside it, "partnered with", "hired the firm X", "contracted X to", "formed a joint venture". The names are
invented.
"""

from __future__ import annotations

import pytest

DEAL = "AGREEMENT_WITH"


def _deal(got, a, b) -> bool:
    return (a, DEAL, b) in got or (b, DEAL, a) in got


@pytest.mark.parametrize("a, b, text", [
    ("Brenta Lines", "Adige Tankers", "Brenta Lines chartered the Sogliola Blu from its Greek owner, Adige Tankers, "
                                      "for a single voyage."),
    ("Brenta Lines", "Adige Tankers", "Brenta Lines has sold the bulker Sogliola Blu to a Cypriot buyer, Adige "
                                      "Tankers."),
    ("Brenta Lines", "Adige Tankers", "Brenta Lines has agreed to buy the tanker Sogliola Blu from Adige Tankers "
                                      "for $34.5 million."),
    ("Piave Navigation", "Nigerian Navy", "A $410 million contract to build four patrol vessels for the Nigerian "
                                          "Navy has been awarded to the Turkish yard Piave Navigation."),
    ("Isonzo Shipping", "Tagliamento Marine", "Isonzo Shipping partnered last year with the Polish group "
                                              "Tagliamento Marine."),
    ("Isonzo Shipping", "Tagliamento Marine", "Isonzo Shipping teamed up with Tagliamento Marine in May."),
    ("Livenza Bulk", "Sile Ship Management", "Livenza Bulk hired the Mumbai firm Sile Ship Management to run its "
                                             "four remaining tankers."),
    ("Malta", "Isonzo Shipping", "The Maltese government has contracted Isonzo Shipping to tow the tanker."),
    ("Isonzo Shipping", "Tagliamento Marine", "Isonzo Shipping and Tagliamento Marine have formed a joint "
                                              "venture."),
])
def test_a_deal_and_its_parties(extract, facts, a, b, text):
    assert _deal(facts(extract(text)), a, b)


@pytest.mark.parametrize("text", [
    "Livenza Bulk hired Marco Bellini as its new chief executive.",  # a person hired is an employee
    "Livenza Bulk's revenue contracted by 4% last year.",
    "Isonzo Shipping and Tagliamento Marine are members of a research consortium.",
])
def test_no_deal(extract, facts, text):
    assert not any(p == DEAL for _, p, _ in facts(extract(text)))


@pytest.mark.parametrize("text", [
    "Russia's crude shipments from its Baltic ports climbed to the highest in four months, with most of the "
    "cargoes heading to India and Turkey.",
    "Russian seaborne crude exports reached 3.3 million barrels a day in October, with India and Turkey the "
    "largest buyers.",
])
def test_a_countrys_trade_flow_and_where_it_goes(extract, facts, text):
    # (round of 2026-11-30, sixth part: aggregate flows, as market reports write them)
    got = facts(extract(text))
    assert {("Russia", "SHIPPED_TO", "India"), ("Russia", "SHIPPED_TO", "Turkey")} <= got


def test_a_flow_without_a_destination(extract, facts):
    got = facts(extract("Russia's crude shipments climbed in May, while Turkey's refiners cut runs."))
    assert not any(p == "SHIPPED_TO" for _, p, _ in got)


@pytest.mark.parametrize("text, pair", [
    ("Brekkvik Gas Shipping cancelled its contract with the Chinese yard Lanzhen Heavy Industry for two LNG "
     "carriers.", ("Brekkvik Gas Shipping", "Lanzhen Heavy Industry")),
    ("Brekkvik Bulk signed a contract with the Turkish shipyard Kuzeyyildiz Tersanecilik for four tugs.",
     ("Brekkvik Bulk", "Kuzeyyildiz Tersanecilik")),
])
def test_a_demonym_before_a_named_firm_is_no_party(extract, facts, text, pair):
    # the firm named after "the Chinese yard", not China (seventh round, from a blind phrasebook's passages)
    deals = {frozenset((s, o)) for s, p, o in facts(extract(text)) if p == "AGREEMENT_WITH"}
    assert deals == {frozenset(pair)}
