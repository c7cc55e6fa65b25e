"""Ship relations as briefs and wire copy write them (invented sentences, real places and countries).

Each case gives a text, the (subject, predicate, object) triples that must be facts, and those that must not.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import DocumentGraph


def triples(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the stated facts (negated/denied left out)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


F, O, T, V, L = "FLAGGED_IN", "OWNS_OR_OPERATES", "TRANSPORTED", "VISITED", "LOCATED_IN"

CASES = [
    # a table row of labelled cells: the row's vessel gets the flag (past flag too), owner and manager
    ("VESSELS TRACKED\n"
     "Morning Lark (ex-Sea Wren) | IMO 9123456 | Flag: Gabon (Togo until March) | Registered owner: "
     "Pinecrest Maritime Ltd | Manager: Halvard Ship Management FZE, Dubai\n"
     "Silver Dune | IMO 9234567 | Flag: Panama | Operator: Westgate Tanker Services LLC\n\n"
     "Both ships loitered off the coast for weeks.",
     {("Morning Lark", F, "Gabon"), ("Morning Lark", F, "Togo"), ("Pinecrest Maritime Ltd", O, "Morning Lark"),
      ("Halvard Ship Management FZE", O, "Morning Lark"), ("Silver Dune", F, "Panama"),
      ("Westgate Tanker Services LLC", O, "Silver Dune")},
     {("Morning Lark", F, "Panama"), ("Halvard Ship Management FZE", O, "Silver Dune")}),
    # a relative clause after two coordinated ships is about both (plural verb), not only the last
    ("The tankers Morning Lark and Silver Dune were listed on Monday. Registry records show the firm is the ship manager of the Morning Lark and the Silver Dune, which have "
     "carried diesel from Primorsk to Mersin in Turkey.",
     {("Morning Lark", V, "Primorsk"), ("Silver Dune", V, "Primorsk"), ("Morning Lark", V, "Mersin"),
      ("Morning Lark", T, "diesel"), ("Silver Dune", T, "diesel")}, set()),
    ("The tankers Morning Lark and Silver Dune were listed on Monday. Coast guards boarded the Morning Lark and the Silver Dune, which was carrying diesel to Mersin.",
     {("Silver Dune", V, "Mersin")}, {("Morning Lark", V, "Mersin")}),
    # a record's "Previous flags:" field gives a past flag
    ("The office also listed the tanker MORNING LARK.\n\nSHIPS\n\n1. MORNING LARK\nIMO: 9123456. Flag: Gabon. Previous flags: Togo. Ref: AB123.",
     {("MORNING LARK", F, "Gabon"), ("MORNING LARK", F, "Togo")}, set()),
    # "all N vessels" stands for the N vessels the text names; "X, based in P, which manages": X, not P
    ("- Pinecrest Maritime Ltd, a Panama-registered company that owns the tankers Morning Lark and Silver Dune;\n"
     "- Halvard Ship Management LLC, based in Sharjah, United Arab Emirates, which manages all three vessels;\n\n"
     "The listed vessels are the Morning Lark (IMO 9123456), the Silver Dune (IMO 9234567) and the Coral Gate "
     "(IMO 9345678).",
     {("Halvard Ship Management LLC", O, "Morning Lark"), ("Halvard Ship Management LLC", O, "Coral Gate"),
      ("Halvard Ship Management LLC", O, "Silver Dune"), ("Pinecrest Maritime Ltd", O, "Silver Dune")},
     {("Pinecrest Maritime Ltd", O, "Coral Gate")}),
    # "respectively" pairs the two lists in order, not every firm with every ship
    ("The tankers Morning Lark and Silver Dune were listed. Pinecrest Maritime Ltd and Westgate Shipping Inc. "
     "own the Morning Lark and the Silver Dune, respectively.",
     {("Pinecrest Maritime Ltd", O, "Morning Lark"), ("Westgate Shipping Inc.", O, "Silver Dune")},
     {("Pinecrest Maritime Ltd", O, "Silver Dune"), ("Westgate Shipping Inc.", O, "Morning Lark")}),
    # "She and the B now fly the X flag": the pronoun's ship and B
    ("The tankers Morning Lark and Silver Dune were listed. The Morning Lark was sold in 2023. "
     "She and the Silver Dune now fly the Gabonese flag.",
     {("Morning Lark", F, "Gabon"), ("Silver Dune", F, "Gabon")}, set()),
    # a participle before a plural ship noun and its list: every name is a ship, every ship gets the flag
    ("Crates were loaded at Rajin onto the Russian-flagged cargo ships Pavel Kornev and Lada 7.",
     {("Pavel Kornev", F, "Russia"), ("Lada 7", F, "Russia"), ("Pavel Kornev", V, "Rajin")}, set()),
    # "she"/"her" refer back to the ship when no woman has been named since
    ("The bulk carrier Grey Petrel was hit near Hodeidah. The ship is owned by a Panama firm. She was carrying "
     "fertilizer loaded at Jorf Lasfar.",
     {("Grey Petrel", T, "fertilizer"), ("Grey Petrel", V, "Jorf Lasfar")}, set()),
    ("The bulk carrier Grey Petrel was hit near Hodeidah. Analyst Maria Lindqvist said she had watched the "
     "trade from Jorf Lasfar for years.",
     set(), {("Grey Petrel", V, "Jorf Lasfar")}),
    # "a X-flagged tanker, MT Y,": the name in apposition after the comma carries the flag
    ("Coast guards detained a Sierra Leone-flagged motor tanker, MT DONG HAI 9, west of Mariveles on Monday.",
     {("DONG HAI 9", F, "Sierra Leone")}, set()),
    # "it" after "the vessel's ..." in a reported clause is the vessel, not the speaker
    ("The navy seized the tanker Kofi Mensah Star. Captain Addo said the vessel's previous name was Orchid Tide "
     "and that it had been registered in Sierra Leone until March.",
     {("Kofi Mensah Star", F, "Sierra Leone")}, set()),
    # the lead's unnamed "a X-flagged bulk carrier" is the ship the next sentence names, after a byline line
    ("Houthis claim strike on bulker\n\nPublished Nov 28, 2026 by Harbour Weekly\n\n"
     "A Liberian-flagged bulk carrier was hit by a missile in the Red Sea on Thursday.\n\n"
     "The 58,000 dwt Grey Petrel (IMO 9512345) was west of Hodeidah when she reported an explosion.",
     {("Grey Petrel", F, "Liberia")}, set()),
    # a record's bare labels as clauses, and "its technical management passed to X"
    ("The tanker Kola Dawn loaded at Ust-Luga. Registered owner is Greenway Holdings Ltd; commercial manager is "
     "Anika Marine Services DMCC in Dubai. Its technical management passed to Sahara Star Ship Management FZE, "
     "whose address is in Dubai.",
     {("Greenway Holdings Ltd", O, "Kola Dawn"), ("Anika Marine Services DMCC", O, "Kola Dawn"),
      ("Sahara Star Ship Management FZE", O, "Kola Dawn")}, set()),
    # "operated by the same company": the operator named before; "The second, the X, ...": X
    ("The first vessel, the Lora (IMO 9124111), is a Ro-Ro. Its operator is Arkada Marine OOO, a Novorossiysk-based "
     "company, and its registered owner is Pelican Cove Holdings Ltd in the Seychelles. The second, the Bereg-7, still flies the "
     "Russian flag and is operated by the same company.",
     {("Arkada Marine OOO", O, "Lora"), ("Pelican Cove Holdings Ltd", O, "Lora"), ("Arkada Marine OOO", O, "Bereg-7")},
     {("Pelican Cove Holdings Ltd", O, "Bereg-7")}),
    # waiting, lying or appearing off a port is a call at its anchorage
    ("Tankers often wait at the port of Novorossiysk. The same firm insures the Sun Orchid 5, a 20-year-old tanker that lay off Novorossiysk for six days in August.",
     {("Sun Orchid 5", V, "Novorossiysk")}, set()),
    # an escorted ship visits the port; its escort does not
    ("Divers inspected the tanker Marla Rose after the cable break. The ship was escorted by the navy's patrol "
     "vessel Dundaga to the anchorage off Liepāja, where a boarding team is now on board.",
     {("Marla Rose", V, "Liepāja")}, {("Dundaga", V, "Liepāja")}),
    # "its" of a country's programme, and the ship as the possessor of an event, carry no cargo
    ("The cargo ship Lada 7 unloaded containers at Vostochny. In exchange, Russia is believed to have supplied "
     "North Korea with oil and help with its satellite program, the ministry said.",
     set(), {("Lada 7", T, "oil")}),
    ("The cargo ship Lada 7 docked at Mongla. On the sidelines of the ship's arrival, two firms signed a contract "
     "for the supply of 200,000 tonnes of urea next year.",
     {("Lada 7", V, "Mongla")}, {("Lada 7", T, "urea")}),
    # a declared port that the text later says the ship never reached is no call
    ("The tanker Kivu Star left the port of Lomé declaring Tema as its destination. The port authority said the "
     "tanker did not call at Tema.",
     {("Kivu Star", V, "Lomé")}, {("Kivu Star", V, "Tema")}),
    ("The tanker Kivu Star loitered for weeks. Its AIS declared Basra as its next port, but the vessel never "
     "sailed to Basra.",
     set(), {("Kivu Star", V, "Basra")}),
    # an AIS position that the next sentence calls spoofed is no call
    ("On 12 May, the Kivu Star's AIS placed it at the Fujairah anchorage. Radar imagery tells a different "
     "story: the hull was moored 40 miles east, alongside another tanker.",
     set(), {("Kivu Star", V, "Fujairah")}),
]


@pytest.mark.parametrize("text,want,unwanted", CASES)
def test_ship_relations(extract, text, want, unwanted):
    got = triples(extract(text))
    assert want <= got, sorted(want - got)
    assert not (unwanted & got), sorted(unwanted & got)
