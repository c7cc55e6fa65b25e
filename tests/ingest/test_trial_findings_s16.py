"""Findings of 2026-12-02 (second session): a post beside a name in a sentence that denies something else, and
the body a spokesperson speaks for."""

from __future__ import annotations

import pytest


def _triples(dg) -> set[tuple[str, str, str]]:
    """A document graph's relations as (subject name, predicate, object name)."""
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations}


def _modalities(dg) -> dict[tuple[str, str, str], str]:
    names = {eid: e.name for eid, e in dg.entities.items()}
    return {(names[r.subject], r.predicate, names[r.object]): r.modality for r in dg.relations}


@pytest.mark.parametrize("text,triple", [
    ("Ahmad Karimi, an official at the Ministry of Defence, denied the claim.",
     ("Ahmad Karimi", "AFFILIATED_WITH", "Ministry of Defence")),
    ("Oleg Varin, the Russian ambassador to Turkey, rejected the accusation.",
     ("Oleg Varin", "AFFILIATED_WITH", "Russia")),
])
def test_a_post_in_apposition_is_the_writers_not_the_denied_claim(extract, text, triple):
    # the denial's object is "the claim"; the apposition is no part of it and had been marked "alleged"
    assert _modalities(extract(text)).get(triple) == "asserted"


def test_a_denied_claim_stays_denied(extract):
    m = _modalities(extract("Officials denied reports that the tanker Ocean Wren had carried oil to Syria."))
    assert m.get(("Ocean Wren", "TRANSPORTED", "oil")) == "denied"


@pytest.mark.parametrize("text,org,person", [
    ("A spokeswoman for Kelmar, Anna Olsen, said the company had no comment.", "Kelmar", "Anna Olsen"),
    ('"We comply with all rules," said Jonas Berg, a spokesperson for Frondel.', "Frondel", "Jonas Berg"),
])
def test_the_body_a_spokesperson_speaks_for(extract, text, org, person):
    dg = extract(text)
    assert {e.name: e.type for e in dg.entities.values()}.get(org) == "Organization"
    assert (person, "AFFILIATED_WITH", org) in _triples(dg)


@pytest.mark.parametrize("text,name", [
    ("A spokesman for Russia said the talks would go on.", "Russia"),
    ("A spokesman for Ohio said the talks would go on.", "Ohio"),
])
def test_a_spokesperson_for_a_place_leaves_the_place_a_place(extract, text, name):
    dg = extract(text)
    assert {e.name: e.type for e in dg.entities.values()}.get(name) != "Organization"
