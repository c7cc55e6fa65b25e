"""People's roles as batch 102-116 wrote them.

- "Russia's Deputy Transport Minister X": the portfolio word ("Transport") is part of the title, not a
  body the small model may tag; the official is linked to the country (dev README);
- "X owns and runs Y", "X founded Y in 2009 and still chairs it": a conjunct verb of leading shares
  the subject and the object.
"""

from __future__ import annotations


def test_a_portfolio_in_a_title_is_no_body(extract, facts, find):
    dg = extract("Russia's Deputy Transport Minister Vadim Korshunov said the report was false.")
    assert ("Vadim Korshunov", "AFFILIATED_WITH", "Russia") in facts(dg)
    assert not any(e.name == "Transport" for e in dg.entities.values())


def test_owns_and_runs(extract, facts):
    got = facts(extract("Rahul Kandasamy, 48, owns and runs Gulfhawk Trading FZE in Sharjah. Farhad Sobhani "
                        "founded Dunecrest Shipping DMCC in 2009 and still chairs it."))
    assert ("Rahul Kandasamy", "LEADS", "Gulfhawk Trading FZE") in got
    assert ("Farhad Sobhani", "LEADS", "Dunecrest Shipping DMCC") in got
