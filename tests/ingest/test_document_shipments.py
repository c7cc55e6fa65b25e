"""Cargo named only in a sentence about shipments, with no ship in it, and the ships of the story.

``transported.document_shipments`` credits the arms of a sentence such as "shipments of artillery
shells ... may have slowed" to the ships the article shows making voyages. A ship the text shows
carrying other goods (oil, cement) is not thereby shown carrying the arms of a policy sentence
("X's transfer of drones to Y prolongs the war"): on the development set every such inference
was wrong (8 of 8), while the inferences for ships with no other stated cargo (or only arms) were right.
"""

from __future__ import annotations


def test_voyaging_ships_carry_the_shipments_of_the_story(extract, facts):
    dg = extract("The cargo ships Pale Moon and Varno sailed between the port of Sorvo and Tamsk port in March. "
                 "Analysts said shipments of artillery shells from Freedonia to Ruritania may have slowed since then.")
    got = facts(dg)
    assert ("Pale Moon", "TRANSPORTED", "artillery shells") in got
    assert ("Varno", "TRANSPORTED", "artillery shells") in got


def test_ships_shown_carrying_oil_do_not_take_the_arms_of_a_policy_sentence(extract, facts):
    dg = extract("The tankers Pale Moon and Varno loaded crude oil at the port of Sorvo and discharged it at "
                 "Tamsk port. Freedonia's transfer of drones to Ruritania prolongs a war that has killed thousands.")
    got = facts(dg)
    assert ("Pale Moon", "TRANSPORTED", "crude oil") in got
    assert not {t for t in got if t[1] == "TRANSPORTED" and t[2] == "drones"}
