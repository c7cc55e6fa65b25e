"""A short verdict after a claim rejects it: "... arriving in P. That's not correct."

Invented sentences only (no development text).
"""

from __future__ import annotations

from tests.ingest.conftest import triples


def _visits(dg, facts_only=True):
    return {t for t in triples(dg, facts_only) if t[1] == "VISITED"}


def test_thats_not_correct_negates_the_claim_before(extract):
    dg = extract("The freighter Marten Grey sailed from the port of Nakhodka on 3 May. "
                 "Some early reporting had the vessel arriving in Korsakov. That's not correct.")
    assert ("Marten Grey", "VISITED", "Korsakov") not in _visits(dg)
    assert ("Marten Grey", "VISITED", "Korsakov") in _visits(dg, facts_only=False)  # kept, marked
    assert ("Marten Grey", "VISITED", "Nakhodka") in _visits(dg)


def test_those_reports_are_false_negates_the_claim_before(extract):
    dg = extract("The freighter Marten Grey sailed from the port of Nakhodka on 3 May. "
                 "Local media said the vessel then docked at Korsakov. Those reports are false.")
    assert ("Marten Grey", "VISITED", "Korsakov") not in _visits(dg)


def test_a_verdict_on_something_else_negates_nothing(extract):
    # "That is true" confirms; a long sentence with "correct" is not a verdict on the sentence before
    confirmed = extract("The freighter Marten Grey sailed from the port of Nakhodka on 3 May. "
                        "Local media said the vessel then docked at Korsakov. That is true.")
    assert ("Marten Grey", "VISITED", "Korsakov") in _visits(confirmed)
    long = extract("The freighter Marten Grey sailed from the port of Nakhodka on 3 May. "
                   "Local media said the vessel then docked at Korsakov. It is not correct to say that "
                   "the port authority was told in advance about the cargo.")
    assert ("Marten Grey", "VISITED", "Korsakov") in _visits(long)
