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
    # owners: a quoted name before its legal form, an agent hung on a time phrase, a delivery, a buyer
    ('The cargo ship Kora Bay was detained in Kerch. Its operator is "Nordmar" OOO from Murmansk.',
     {("Nordmar", O, "Kora Bay")}, set()),
    ("The tanker Amira Dawn was sold in May. The vessel has been managed since the sale by "
     "Qamar Delta Ship Management LLC.", {("Qamar Delta Ship Management LLC", O, "Amira Dawn")}, set()),
    ("Marmara Petrol Co. took delivery of the product tankers Defne Sultan and Ayla Yildizi in March.",
     {("Marmara Petrol Co.", O, "Defne Sultan"), ("Marmara Petrol Co.", O, "Ayla Yildizi")}, set()),
    ("The buyer of the tanker Jin Feng 8 was Crystal Bay Shipping Ltd, a Hong Kong company.",
     {("Crystal Bay Shipping Ltd", O, "Jin Feng 8")}, set()),
    # a seller of what? a cargo's seller owns no ship
    ("The tanker Sea Breeze carried Iranian crude. The seller, Doxia Trading, declined to comment.",
     set(), {("Doxia Trading", O, "Sea Breeze")}),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_ship_facts_phrasing(extract, text, must, must_not):
    got = triples(extract(text))
    assert must <= got, (text, must - got)
    assert not (must_not & got), (text, must_not & got)
