"""A ship sold and renamed is one vessel under two names, in stories about several ships.

Shadow-fleet reporting follows old tankers through sales and renamings ("She now trades as the X",
"which renamed the ship X", "A, formerly named B, and C"). The other name joins the ship named
before it in its sentence, else the ship last named in the two sentences before (recency, as in
Lappin & Leass 1994), not the ship the story names most.
"""

from __future__ import annotations


def _aliases(dg, name):
    return next(set(e.aliases) | {e.name} for e in dg.entities.values() if name in e.aliases or e.name == name)


def test_she_now_trades_as_joins_the_ship_just_named(extract):
    dg = extract("The Kestrel Dawn was sold to a buyer in Dubai in March. "
                 "A second tanker, the Suezmax Lira Bay, built in 2004, was sold by an Athens owner to a buyer in "
                 "Hong Kong. She now trades as the Tian Shun 6 under the flag of Cameroon.")
    assert "Lira Bay" in _aliases(dg, "Tian Shun 6")
    assert "Kestrel Dawn" not in _aliases(dg, "Tian Shun 6")


def test_renamed_the_ship_joins_the_ship_of_the_sentence_before(extract):
    dg = extract("The Kestrel Dawn was sold to a buyer in Dubai in March. "
                 "A third, the 2006-built Orla P, changed hands in July for $18 million. Her seller agreed the "
                 "deal with Tern Gate Navigation Inc, which renamed the ship Noor Wafa and moved her to the "
                 "Comoros registry.")
    assert "Orla P" in _aliases(dg, "Noor Wafa")


def test_a_former_name_joins_the_ship_before_it_not_the_next_in_the_list(extract):
    dg = extract("The tankers Sable Wind (IMO 9236514), formerly named Coral Mist, and Tiber Sun (IMO 9171093) "
                 "are owned by Kestor Trading FZE.")
    assert "Coral Mist" in _aliases(dg, "Sable Wind")
    assert "Coral Mist" not in _aliases(dg, "Tiber Sun")
