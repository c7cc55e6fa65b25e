"""REPORTED through relays: the outlet that quotes or cites, the speaker it quotes, "quoted by Y as saying",
'"...," X said of Z', and a reported clause whose subject is a common noun with the name in apposition.
Round of 2026-11-30 (seventh part), from a blind phrasebook's passages on sources."""

from __future__ import annotations

import pytest


def _reported(facts, dg) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in facts(dg) if p == "REPORTED"}


@pytest.mark.parametrize("text, want", [
    ("Doran Kessel, the harbourmaster at Vardo, was quoted by Interfax as saying the tanker Lysa Morrow had "
     "left the port fully loaded.", {("Doran Kessel", "Lysa Morrow"), ("Interfax", "Lysa Morrow")}),
    ('"The vessel never switched off its transponder," Captain Tomas Reyle, quoted by the agency Trend, said '
     "of the tanker Lysa Morrow.", {("Tomas Reyle", "Lysa Morrow"), ("Trend", "Lysa Morrow")}),
    ("Kyodo News, citing Japan's Ministry of Defense, reported that the tanker Lysa Morrow had sailed through "
     "the Tsushima Strait.", {("Kyodo News", "Lysa Morrow"), ("Ministry of Defense", "Lysa Morrow")}),
    ("Russia's largest private tanker operator, Veskolm Shipping, chartered three more vessels this month, "
     "Kommersant reported.", {("Kommersant", "Veskolm Shipping")}),
])
def test_relayed_sources_report_the_same_actor(extract, facts, text, want):
    assert want <= _reported(facts, extract(text))


def test_a_relay_needs_one_reporting_source(extract, facts):
    # the quoting outlet's word on nothing of the ontology gives the quoted speaker nothing either
    dg = extract("TASS, quoting the deputy minister Oleg Varnin, said the new rules would take effect in May.")
    assert not _reported(facts, dg)
