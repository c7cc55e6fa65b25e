"""Crude grades named alone, and port towns the small model does not know (batch 102-116).

- An export grade is a cargo on its own ("loaded Urals at P", "lifted Siberian Light"), with a quality
  word ("Merey heavy crude") or its country ("Saudi Arab Light") as part of its name; "the Urals" is the
  mountains (grade names: ``cargo.CRUDE_GRADES``).
- A known town the model tags a common noun ("discharged at Dongying") is still a place, and a port
  where a ship discharges; "has been under repair at X" puts the ship in X's port.
"""

from __future__ import annotations


def _types(dg):
    return {e.name: e.type for e in dg.entities.values()}


def test_a_grade_alone_is_the_cargo(extract, facts):
    dg = extract("The tanker Lina Star loaded Urals at Primorsk in May. Later the ship lifted Siberian Light at "
                 "Novorossiysk.")
    got = facts(dg)
    assert ("Lina Star", "TRANSPORTED", "Urals") in got
    assert _types(dg).get("Siberian Light") == "Other"


def test_the_urals_are_mountains(extract):
    dg = extract("The tanker Lina Star loaded crude at Primorsk. Factories in the Urals make artillery shells.")
    assert "Urals" not in _types(dg)


def test_a_grade_keeps_its_quality_word_and_country(extract):
    dg = extract("The tanker Olinda loaded Merey heavy crude at Jose. The tanker Lucia B carried Saudi Arab Light "
                 "to Sikka.")
    types = _types(dg)
    assert types.get("Merey heavy crude") == "Other"
    assert types.get("Saudi Arab Light") == "Other"
    assert "Saudi Arabia" not in types


def test_a_town_tagged_as_a_noun_is_the_port_of_a_discharge(extract, facts):
    dg = extract("The Bella Rosa then discharged at Dongying, in Shandong province, on 6 November.")
    assert ("Bella Rosa", "VISITED", "Dongying") in facts(dg)


def test_under_repair_at_a_port(extract, facts):
    dg = extract("The tanker Kama Star has been under repair at Bandar Anzali since spring.")
    assert ("Kama Star", "VISITED", "Bandar Anzali") in facts(dg)
    assert _types(dg)["Bandar Anzali"] == "Port"
