"""Owners, voyages, flags and sanctions as blind-written copy states them (invented sentences, real places).

Each case gives a text and the (subject, predicate, object) triples that must be facts, and those that
must not be.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import DocumentGraph


def triples(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the stated facts (negated/denied left out)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


F, O, S, V, SH = "FLAGGED_IN", "OWNS_OR_OPERATES", "SANCTIONED", "VISITED", "SHIPPED_TO"
L = "LOCATED_IN"

CASES = [
    # a numbered thread item opening with a record's field label, and a label naming its record
    ("4/ The tanker KESTREL MOON loaded diesel at Primorsk last week.\n\n"
     "5/ Registered owner: Brightwater Holdings Ltd (Marshall Islands). Operator per Equasis: "
     "Tallmast Shipping LLC, Dubai.",
     {("Brightwater Holdings Ltd", O, "KESTREL MOON"), ("Tallmast Shipping LLC", O, "KESTREL MOON")}, set()),
    # a sale: the seller owned the ship, the buyer owns it now; a ship named beside "a second tanker"
    ("The 2006-built Aframax Coral Tide, which Oslo-based Fjordvik Tankers Ltd sold in May to Sandbar Holdings "
     "Ltd, now flies the flag of Gabon.",
     {("Fjordvik Tankers Ltd", O, "Coral Tide"), ("Sandbar Holdings Ltd", O, "Coral Tide")}, set()),
    ("The tanker Coral Tide was sold last year. A second tanker, the Pelagia Star, built in 2003, was sold "
     "by Bergen-based Nordhav Shipping Ltd to a buyer in Dubai.",
     {("Nordhav Shipping Ltd", O, "Pelagia Star")}, {("Nordhav Shipping Ltd", O, "Coral Tide")}),
    # "N additional vessels" are not the ships named before; "X Ltd, the manager of Y" describes X
    ("The Treasury sanctioned Granite Bay Trading LLC, which chartered the tankers Coral Tide and Pelagia Star. "
     "The Department of State is also designating Lowmoor Shipping Ltd., the Dubai-based manager of Coral Tide, "
     "as well as two additional vessels.",
     {("Department of State", S, "Lowmoor Shipping Ltd.")},
     {("Department of State", S, "Coral Tide"), ("Department of State", S, "Pelagia Star"),
      ("Department of State", S, "Granite Bay Trading LLC")}),
    # "the two cargo vessels" are the two ships named last, not the escort named before them
    ("The frigate HMS Larkspur shadowed the cargo ships Severny Put and Polar Lark through the Channel. "
     "The two cargo vessels left Ust-Luga on 3 May.",
     {("Severny Put", V, "Ust-Luga"), ("Polar Lark", V, "Ust-Luga")}, {("HMS Larkspur", V, "Ust-Luga")}),
    # "reflagged from A to B": the old flag and the new one
    ("The tanker Brava Sol was sold in May. Within weeks the tanker had been renamed Lumen Star and reflagged "
     "from Malta to Gabon.",
     {("Lumen Star", F, "Malta"), ("Lumen Star", F, "Gabon")}, set()),
    # a declared destination the next sentence rules out by name
    ("The tanker Sable Wren is broadcasting Cotonou as destination. Her draught suggests she is heading to "
     "Tema, not Cotonou.",
     set(), {("Sable Wren", V, "Cotonou")}),
    # "the Black Sea port of X": the sea the port lies on
    ("Fertiliser trains run to the Black Sea port of Batumi, where the cargo is loaded on bulk carriers.",
     {("Batumi", L, "Black Sea")}, set()),
    # a warship escorting "the vessel" does not become the ship "the ship" refers to next
    ("The bulk carrier Mira Dawn was struck by a missile off Yemen. The vessel continued under her own power, "
     "escorted by the Indian Navy destroyer INS Kestrel. The ship is owned by Halvard Bulk Carriers Ltd.",
     {("Halvard Bulk Carriers Ltd.", O, "Mira Dawn")}, {("Halvard Bulk Carriers Ltd.", O, "INS Kestrel")}),
    # a trader named in apposition, "it" for the company just named, "to Y" hung inside the goods phrase
    ("A third trader, Almaty-based Dala Tekhnika LLP, shipped hydraulic valves and pumps to OOO Volgamash in Kazan.",
     {("Dala Tekhnika LLP", SH, "OOO Volgamash")}, set()),
    ("The busiest exporter was Steppe Signal Trade LLP, a company registered in Atyrau. It sent 300 consignments "
     "of relays and connectors worth about $9 million to OOO Permsnab, a distributor in Perm.",
     {("Steppe Signal Trade LLP", SH, "OOO Permsnab")}, set()),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_voyage_owner_writing(extract, text, must, must_not):
    got = triples(extract(text))
    assert must <= got, (text, must - got)
    assert not (must_not & got), (text, must_not & got)
