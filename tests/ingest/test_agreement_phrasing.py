"""AGREEMENT_WITH in more of the forms news uses: signers named together, "the two countries",
a charter or a newbuilding order "from" a company, a credit facility, "its contract with".

Invented sentences only (no development text).
"""

from __future__ import annotations

import pytest

from tests.ingest.conftest import triples


def _deals(dg):
    return {frozenset((s, o)) for s, p, o in triples(dg) if p == "AGREEMENT_WITH"}


@pytest.mark.parametrize("text, a, b", [
    ("The agreement that Norway and Chile signed in 2021 runs until 2040.", "Norway", "Chile"),
    ("The treaty was signed by Norway and Chile in 2021.", "Norway", "Chile"),
    ("The deal was signed by Morland Shipping Ltd and Tesoro Bunkers S.A. in Athens last week.",
     "Morland Shipping Ltd", "Tesoro Bunkers S.A."),
    ("Officials from Norway and Chile met in Oslo on Monday. The two countries signed a fisheries agreement.",
     "Norway", "Chile"),
    ("Eskel Trading LLC chartered the tanker from Morland Shipping Ltd in May.",
     "Eskel Trading LLC", "Morland Shipping Ltd"),
    ("Ostrava Lines has ordered two ferries from Japan's Mikawa Dockyard Co. Ltd.",
     "Ostrava Lines", "Mikawa Dockyard Co. Ltd."),
    ("Lorrin Energy DMCC secured a $300mn borrowing base facility from Norsk Handelsbank ASA.",
     "Lorrin Energy DMCC", "Norsk Handelsbank ASA"),
    ("Brightmoor Holdings is expanding. Its supply contract with Oder Agri Trading GmbH runs to 2027.",
     "Brightmoor Holdings", "Oder Agri Trading GmbH"),
])
def test_agreement_forms(extract, text, a, b):
    assert frozenset((a, b)) in _deals(extract(text))


def test_two_countries_needs_exactly_two_named_before(extract):
    # three countries before "the two countries": no guess
    dg = extract("Officials from Norway, Chile and Peru met in Oslo on Monday. "
                 "The two countries signed a fisheries agreement.")
    assert not _deals(dg)


def test_ordering_goods_from_a_company_is_no_ship_deal(extract):
    # an order of goods (not ships) "from" a company is left to the shipment rules
    dg = extract("Ostrava Lines has ordered spare parts from Mikawa Dockyard Co. Ltd.")
    assert frozenset(("Ostrava Lines", "Mikawa Dockyard Co. Ltd.")) not in _deals(dg)
