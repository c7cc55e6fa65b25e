"""A name is a ship when the sentence has it fly, change or sail under a flag (round of 2026-11-30, fifth
part): found with a phrasebook of short passages written by an engineer who had not seen the rules. The
names here are invented again; none of them is in the phrasebook or the corpus.
"""

from __future__ import annotations

import pytest

CONTEXT = "Several tankers were in the news this week. "


@pytest.mark.parametrize("name, text", [
    ("Velikaya Reka", "Sailing under the flag of Sierra Leone, the Velikaya Reka has made five voyages to Tartus."),
    ("Morro Azul", "The Morro Azul flies the Cameroonian flag but is managed from Izmir."),
    ("Dolina Tsvetov", "In May the Dolina Tsvetov switched its registry to Djibouti from Gabon."),
    ("Kamen Kray", "The Kamen Kray's flag was changed to Russia on 3 May."),
    ("Ostrov Sosnovy", "Last month the Ostrov Sosnovy was reflagged from Liberia to Gabon."),
    ("Pesca Larga", "The Pesca Larga is believed to be registered in Comoros."),
    ("Harbour Finch", "The Sierra Leone-registered Harbour Finch is expected in Baku on Friday."),
    ("Grey Lantern", "The British-owned, Liberian-registered Grey Lantern was carrying nickel ore."),
    ("Tavrida Wind", "Two tankers sailing under the Iranian flag, the Tavrida Wind and the Soyuz Dawn, were seen "
                     "loading at Kharg Island."),
    ("Soyuz Dawn", "Two tankers sailing under the Iranian flag, the Tavrida Wind and the Soyuz Dawn, were seen "
                   "loading at Kharg Island."),
    ("Altai Crest", "Both tankers, the Altai Crest and the Ural Spring, fly the flag of Barbados."),
])
def test_a_name_that_flies_or_changes_a_flag_is_a_ship(extract, find, name, text):
    assert find(extract(CONTEXT + text), name).type == "Vessel"


def test_a_flag_cue_gives_the_flag_state(extract, facts):
    got = facts(extract(CONTEXT + "Both tankers, the Altai Crest and the Ural Spring, fly the flag of Barbados."))
    assert {("Altai Crest", "FLAGGED_IN", "Barbados"), ("Ural Spring", "FLAGGED_IN", "Barbados")} <= got


@pytest.mark.parametrize("name, text", [
    # a firm is registered in a country too, and a country flies its own flag
    ("Marlow Holdings Ltd", "The Marlow Holdings Ltd is registered in Cyprus."),
    ("Russia", "The Russia of today flies the flag of the empire again."),
])
def test_a_firm_or_a_country_is_no_ship(extract, find, name, text):
    assert find(extract(CONTEXT + text), name).type != "Vessel"
