"""Findings of 2026-12-03 (second session): the second of two people named after "run by", posts that two
firms share, and what the blind batches of the session showed. Every name is invented."""

from __future__ import annotations

import pytest


def test_both_people_after_run_by_lead_the_firm(extract, facts):
    got = facts(extract("Drevna Shipping, run by Omar Saleh and Karim Nasser, owns the tanker Ardent Sky."))
    assert ("Omar Saleh", "LEADS", "Drevna Shipping") in got
    assert ("Karim Nasser", "LEADS", "Drevna Shipping") in got


@pytest.mark.parametrize("text,pred", [
    ("Marlow Shipping and Tessen Maritime share a director, Aleksei Brun.", "AFFILIATED_WITH"),
    ("Marlow Shipping and Tessen Maritime shared a chief executive: Aleksei Brun.", "LEADS"),
])
def test_a_post_two_firms_share_ties_the_person_to_both(extract, facts, text, pred):
    got = facts(extract(text))
    assert ("Aleksei Brun", pred, "Marlow Shipping") in got
    assert ("Aleksei Brun", pred, "Tessen Maritime") in got
    assert not any(p == "REPORTED" for _, p, _ in got)


def test_sharing_an_address_is_no_post(extract, facts):
    got = facts(extract("Marlow Shipping and Tessen Maritime share an address with Aleksei Brun's firm."))
    assert not any(s == "Aleksei Brun" for s, _, _ in got)
