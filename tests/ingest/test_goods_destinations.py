"""Goods with an origin and a destination stated through a port, a buyer's nationality or a partitive
(round of 2026-11-30): "discharged Iranian crude at Huanghua, in China's Hebei province" gives Iran
SHIPPED_TO China, as "Iranian crude bound for China" does.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, origin, dest", [
    ("The tanker Sea Swallow 5 loaded Iranian crude oil at Siri Island and discharged it at Huanghua, in China's "
     "Hebei province.", "Iran", "China"),
    ("The tanker Orla carried Russian crude oil from Novorossiysk to Sikka in India.", "Russia", "India"),
    ("The Gulnara K has loaded Russian crude at Novorossiysk eleven times since January, discharging mostly at "
     "Vadinar on India's west coast.", "Russia", "India"),
    ("Indian refiners continued to lap up discounted Russian crude in August.", "Russia", "India"),
    ("Most of these Russian cargoes were sold to refiners in India and Turkey.", "Russia", "Turkey"),
])
def test_origin_to_destination(extract, facts, text, origin, dest):
    assert (origin, "SHIPPED_TO", dest) in facts(extract(text))


def test_a_port_without_its_country_gives_no_country_destination(extract, facts):
    got = facts(extract("The tanker Orla carried Russian crude oil from Novorossiysk to Sikka last week."))
    assert not any(p == "SHIPPED_TO" for _, p, _ in got)


def test_a_country_further_on_is_not_the_ports(extract, facts):
    got = facts(extract("The tanker Orla discharged Russian crude at Sikka, a port that supplies refiners long "
                        "criticised by Ukraine."))
    assert ("Russia", "SHIPPED_TO", "Ukraine") not in got
