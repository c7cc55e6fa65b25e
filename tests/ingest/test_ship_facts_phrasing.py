"""Ship facts (flags, owners, calls, places, cargo) in the many ways news copy writes them.

Invented sentences with real countries and ports. Each case gives a text, the
(subject, predicate, object) triples that must be stated facts, and those that
must not be.
"""

from __future__ import annotations

import pytest

from tests.ingest.conftest import triples

F, O, V, L, T = "FLAGGED_IN", "OWNS_OR_OPERATES", "VISITED", "LOCATED_IN", "TRANSPORTED"

CASES = [
    # a flag's demonym after "the ship, the ..." is no ship's name
    ("The second ship, the Russian-flagged Kapitan Orlov, made four round trips between Astrakhan and Makhachkala.",
     {("Kapitan Orlov", F, "Russia")}, set()),
    # "the ships were North Korean" names no ship "North Korean"
    ("A tanker came alongside the North Korean-flagged tankers Pyol Bit 9 and Samsong 3 at night. "
     "\"We never knew the ships were North Korean,\" a company official said.",
     {("Pyol Bit 9", F, "North Korea"), ("Samsong 3", F, "North Korea")}, set()),
    # a size class refers back to the ship as "the tanker" does
    ("The tanker Dilmar Sun loaded crude at Primorsk. This 2005-built Aframax changed its name and swapped "
     "the Gabon flag for Cameroon's on Nov 3.",
     {("Dilmar Sun", F, "Cameroon"), ("Dilmar Sun", F, "Gabon")}, set()),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_ship_facts_phrasing(extract, text, must, must_not):
    got = triples(extract(text))
    assert must <= got, (text, must - got)
    assert not (must_not & got), (text, must_not & got)
