"""Person spans that are no one's name, and post words the model runs into a name (round of 2026-11-30,
sixth part; found on phrasebooks written blind): "Legal Adviser" and "Status:" in records, "Midfielder X",
"X MP". The names are invented.
"""

from __future__ import annotations

import pytest


def _people(dg) -> set[str]:
    return {e.name for e in dg.entities.values() if e.type == "Person"}


@pytest.mark.parametrize("text, name", [
    ("Present at the ceremony: Elspeth Corran, Legal Adviser, Ministry of Transport.", "Elspeth Corran"),
    ("CASUALTY REPORT - Owner: Tamsin Vale. Status: refloated; proceeded to anchorage.", "Tamsin Vale"),
])
def test_a_post_or_a_label_is_no_person(extract, text, name):
    people = _people(extract(text))
    assert name in people
    assert people <= {name}


def test_the_post_run_into_a_name_is_cut_off(extract, find):
    assert find(extract("Elspeth Corran MP asked the minister about the tanker."), "Elspeth Corran").type == "Person"
    dg = extract("Midfielder Rufus Ardent has signed a three-year contract with the club.")
    assert "Rufus Ardent" in {e.name for e in dg.entities.values()}
