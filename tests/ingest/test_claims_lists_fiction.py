"""Three ways unseen writing made false facts (batch 102-116 at first contact).

- "Reports that the X docked at P are, in our assessment, mistaken": the verdict after an aside, which
  the parser hangs loosely (or makes the root, with a sentence-initial "Reports" tagged a verb);
- "designated X along with three tankers linked to it, including A and B": the count introduces new
  ships, two of them named, not the last three ships of the story;
- a piece about a thriller series on smuggling: its plot's ships, ports and cargoes are no facts.
"""

from __future__ import annotations


def test_reports_called_mistaken_after_an_aside_negate_the_call(extract, facts):
    dg = extract("The landing ship Kestrel Dawn called at Tobruk in August. Reports that the Kestrel Dawn also "
                 "docked at Benghazi in September are, in our assessment, mistaken: the ship remained alongside at "
                 "Tobruk throughout that period.")
    assert ("Kestrel Dawn", "VISITED", "Tobruk") in facts(dg)
    assert ("Kestrel Dawn", "VISITED", "Benghazi") not in facts(dg)
    assert ("Kestrel Dawn", "VISITED", "Benghazi") in facts(dg, facts_only=False)


def test_a_count_with_named_examples_is_not_the_ships_named_before(extract, facts):
    dg = extract("Indian refiners bought crude through Harbour Crest Energy Trading DMCC. The tanker Blue Heron "
                 "discharged Urals at Sikka on August 9. Another vessel, the Grey Otter, delivered a similar parcel "
                 "to Paradip, and the Pale Moon unloaded at Vadinar. The US Department of the Treasury's Office of "
                 "Foreign Assets Control (OFAC), on Monday, designated Harbour Crest along with three tankers linked "
                 "to it, including the Pale Moon and the Grey Otter, for allegedly helping Russia sell oil above the "
                 "G7 price cap.")
    got = facts(dg)
    assert ("Office of Foreign Assets Control", "SANCTIONED", "Pale Moon") in got
    assert ("Office of Foreign Assets Control", "SANCTIONED", "Grey Otter") in got
    assert ("Office of Foreign Assets Control", "SANCTIONED", "Blue Heron") not in got


_FICTION = (
    "Streamer orders smuggling thriller shot on a retired tanker\n\n"
    "Vantor+ has ordered ten episodes of Black Water, a thriller about a crew smuggling sanctioned crude, from "
    "Harrowgate Studios. The streamer said the series will premiere next spring. British actor Tom Reyes leads "
    "the cast as Captain Elias Moor, master of the tanker Grey Lantern, who runs contraband crude out of Bandar "
    "Abbas. Spanish actress Lucia Ferrer plays a customs officer who has spent years trying to prove the ship's "
    "cargoes are Iranian. In the first episode, the Grey Lantern meets a second tanker, the Halcyon, off Cyprus at "
    "night, and the oil is pumped across before the Halcyon heads for Trieste. The showrunner, Amir Sadeq, said "
    "the writers spent months talking to former crew members and sanctions lawyers. The ship used for filming is "
    "a 1998-built product tanker that was retired in 2020 and now lies at anchor off the coast, her hull repainted "
    "with the fictional name. The shoot employs more than 200 local crew and qualifies for a cash rebate, and the "
    "production has booked the island's studios through the end of next year.")


def test_the_plot_of_a_thriller_gives_no_voyages_or_cargo(extract, facts):
    got = facts(extract(_FICTION))
    assert not {t for t in got if t[1] in ("VISITED", "TRANSPORTED", "SHIPPED_TO", "SANCTIONED")}, got
