"""Units, times, a ship's master and a newspaper's byline are no organisations (batch 102-116)."""

from __future__ import annotations


def test_units_times_and_the_master_are_no_organisations(extract):
    dg = extract("At 0410 UTC the tanker Elpida K was boarded 41 NM east of Fujairah. The Master reported no "
                 "injuries.")
    names = {e.name for e in dg.entities.values()}
    assert "Elpida K" in names
    assert not names & {"NM", "UTC", "Master"}


def test_a_byline_is_no_organisation(extract):
    dg = extract("Russian crude keeps refiners busy\n\nOur Bureau\nMumbai, September 18\n\nIndian refiners bought "
                 "Russian crude in August, sources said.")
    assert "Our Bureau" not in {e.name for e in dg.entities.values()}
