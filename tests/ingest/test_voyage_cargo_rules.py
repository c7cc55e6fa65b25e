"""Port calls, cargo, shipments and containment as news writes them (invented sentences).

Each case gives the triples that must be facts and those that must not be facts
(dev README conventions: a landmark port is no call, a contradicted AIS
destination is negated, warships carry no cargo).
"""

from __future__ import annotations

import pytest

V, T, S, L = "VISITED", "TRANSPORTED", "SHIPPED_TO", "LOCATED_IN"

CASES = [
    # a port used as a landmark with a bearing: "80 nautical miles southeast of the port of X"
    ("Marines stopped the tanker Corvina Bay about 80 nautical miles southeast of the Yemeni port of Aden.",
     set(), {("Corvina Bay", V, "Aden")}),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_voyage_cargo_rules(extract, facts, text, must, must_not):
    got = facts(extract(text))
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got)
