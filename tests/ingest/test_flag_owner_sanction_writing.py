"""Flags, owners and sanctions as news copy writes them (invented sentences, real countries).

Each case gives a text and the (subject, predicate, object) triples that must be
facts, and those that must not be. Written for the blind-article gap: reflagging
told as a move between registries, appositive ship descriptions, counted
references to designated persons, owners named in a ship's description.
"""

from __future__ import annotations

import pytest

from newsgraph.graph.model import DocumentGraph


def triples(dg: DocumentGraph) -> set[tuple[str, str, str]]:
    """(subject name, predicate, object name) of the stated facts (negated/denied left out)."""
    names = {e.id: e.name for e in dg.entities.values()}
    return {(names[r.subject], r.predicate, names[r.object]) for r in dg.relations
            if r.modality not in ("negated", "denied")}


F, O, S = "FLAGGED_IN", "OWNS_OR_OPERATES", "SANCTIONED"

CASES = [
    # a descriptive apposition the parser hangs elsewhere
    ("Data show the vessel loading fuel oil at Novorossiysk and handing it over at sea to the Marlo Bay, "
     "a Togo-flagged tanker that has since declared Sikka, India, as its next port.",
     {("Marlo Bay", F, "Togo")}, set()),
    ("Some more detail on the detained ship. According to data from MarineTraffic, the tanker Ostra Wind, a "
     "2006-built product tanker flagged in Palau, loaded diesel at the Russian port of Primorsk on 22 November.",
     {("Ostra Wind", F, "Palau")}, set()),
    # reflagging as a move between registries: the old and the new flag
    ("The tanker Kelda Sun switched from the Liberia registry to Gabon's in March, according to Equasis.",
     {("Kelda Sun", F, "Gabon"), ("Kelda Sun", F, "Liberia")}, set()),
    ("The tanker Brisa Nova left the Maltese registry in 2022 for Cameroon.",
     {("Brisa Nova", F, "Malta"), ("Brisa Nova", F, "Cameroon")}, set()),
    ("The tanker Tarn Breeze dropped the Liberian flag for that of Palau in 2024.",
     {("Tarn Breeze", F, "Liberia"), ("Tarn Breeze", F, "Palau")}, set()),
    ("The ships have been reflagged often. The tanker Perla Dawn moved from Panama to Togo in 2023 and is now "
     "registered in Comoros.",
     {("Perla Dawn", F, "Panama"), ("Perla Dawn", F, "Togo"), ("Perla Dawn", F, "Comoros")}, set()),
    ("The tanker Orla Star's flag was changed from Panama to Cameroon in 2022.",
     {("Orla Star", F, "Panama"), ("Orla Star", F, "Cameroon")}, set()),
    # a voyage between countries is not a flag change
    ("The tanker Perla Dawn moved from Panama to Togo in 2023.", set(),
     {("Perla Dawn", F, "Panama"), ("Perla Dawn", F, "Togo")}),
    # the ship named inside the subject, not an earlier one
    ("The navy patrol ship NNS Obasi intercepted a tanker on Monday. Port records showed that the 2001-built "
     "tanker, formerly named Ivory Gull, sailed under the flag of Gabon until May.",
     {("Ivory Gull", F, "Gabon")}, {("NNS Obasi", F, "Gabon")}),
    # "it" after a named company in the same sentence is the company, not the ship of an earlier sentence
    ("The tanker Kora Sun docked at Valletta on Monday. Merrow Shipping Ltd flies the flag of Togo at its "
     "offices; it was registered in Panama until 2020.", set(), {("Kora Sun", F, "Togo"), ("Kora Sun", F, "Panama")}),
    # owners and operators
    ("Ravi Menon is the owner and chief executive of Coldharbour Marine Services FZE, a United Arab Emirates "
     "company that managed the tanker Amber Crest and at least two other tankers.",
     {("Coldharbour Marine Services FZE", O, "Amber Crest")}, set()),
    ("The tanker Sorrel Bay was seen off Tartus. Its operator is Halden Marine OOO, a Novorossiysk-based company, "
     "and its registered owner is Westbrook Holdings Ltd, a company incorporated in the Seychelles.",
     {("Halden Marine OOO", O, "Sorrel Bay"), ("Westbrook Holdings Ltd", O, "Sorrel Bay")}, set()),
    ('The destroyer "JS Hatakaze" of the Maritime Self-Defense Force (MSDF) confirmed the transfer.',
     {("Maritime Self-Defense Force", O, "JS Hatakaze")}, set()),
    ("NNS Obasi, a patrol ship under the Western Naval Command, intercepted the vessel.",
     {("Western Naval Command", O, "NNS Obasi")}, set()),
    ("The Greek company Meridian Gas Carriers Inc. currently operates six LNG carriers, including the Orizon Vega "
     "and the Orizon Lyra, all of them built in South Korea.",
     {("Meridian Gas Carriers Inc.", O, "Orizon Vega"), ("Meridian Gas Carriers Inc.", O, "Orizon Lyra")}, set()),
    ("Brennock Tankers FZE is the registered owner of the tanker Kessel Star, a crude oil tanker flying the flag "
     "of Gabon, and of the tanker Maren Dawn, flagged in Cameroon.",
     {("Brennock Tankers FZE", O, "Kessel Star"), ("Brennock Tankers FZE", O, "Maren Dawn")}, set()),
    ("The ship was escorted by the navy's patrol vessel Vaira to the anchorage off Liepaja. The Latvian Navy said "
     "the operation was over.", {("Latvian Navy", O, "Vaira")}, set()),
    ("The tanker Kessel Star damaged a cable. The cable's operator, Estlat Fibre SIA, said it registered a loss "
     "of signal.", set(), {("Estlat Fibre SIA", O, "Kessel Star")}),
    ("The components were carried by two general cargo ships owned by Marshall Islands-registered Tidemark "
     "Shipping Inc. and managed by Dubai-based Karvan Ship Management LLC, both of which are also being "
     "designated today:\n- SEA FALCON 7 (IMO 9387215), a Comoros-flagged vessel, loaded engines at the port of "
     "Ningbo.\n- BLUE MARINER (IMO 9214468), flagged in Sierra Leone, transported crates of electronics.",
     {("Tidemark Shipping Inc.", O, "SEA FALCON 7"), ("Tidemark Shipping Inc.", O, "BLUE MARINER"),
      ("Karvan Ship Management LLC", O, "SEA FALCON 7"), ("Karvan Ship Management LLC", O, "BLUE MARINER")},
     set()),
    ('"The order shows our yards can compete," said Meridian Gas Carriers Inc. chairman Stavros Pappas. The '
     "Greek company currently operates six LNG carriers, including the Orizon Vega and the Orizon Lyra.",
     {("Meridian Gas Carriers Inc.", O, "Orizon Vega"), ("Meridian Gas Carriers Inc.", O, "Orizon Lyra")}, set()),
    ("The tanker Orla Star was detained. Vessel: ORLA STAR. Flag: Panama. Owner: Bracken Shipping Ltd. "
     "Manager: Tessaly Marine LLC.",
     {("Orla Star", F, "Panama"), ("Bracken Shipping Ltd.", O, "Orla Star"), ("Tessaly Marine LLC", O, "Orla Star")},
     set()),
    ("Records show the tanker Orla Star flew the flag of Togo until March, when it switched to Cameroon.",
     {("Orla Star", F, "Togo"), ("Orla Star", F, "Cameroon")}, set()),
    ("The tanker Orla Star was sold to Bracken Shipping Ltd in 2023.", {("Bracken Shipping Ltd", O, "Orla Star")},
     set()),
    ("The tanker Orla Star was acquired by Bracken Shipping Ltd in 2023.",
     {("Bracken Shipping Ltd", O, "Orla Star")}, set()),
    # the seller owned the ship until the sale (the blind-written gold annotates sellers as owners)
    ("Tessaly Marine LLC sold the tanker Orla Star to Bracken Shipping Ltd in 2023.",
     {("Bracken Shipping Ltd", O, "Orla Star"), ("Tessaly Marine LLC", O, "Orla Star")}, set()),
    ("The operator of the tanker Orla Star, Tessaly Marine LLC, said the ship was in ballast.",
     {("Tessaly Marine LLC", O, "Orla Star")}, set()),
    ("The tanker Orla Star is part of the fleet of Bracken Shipping Ltd.", {("Bracken Shipping Ltd.", O, "Orla Star")},
     set()),
    ("Bracken Shipping Ltd's fleet includes the tankers Orla Star and Pelican Dawn.",
     {("Bracken Shipping Ltd", O, "Orla Star"), ("Bracken Shipping Ltd", O, "Pelican Dawn")}, set()),
    # sanctions
    ("Australia sanctioned the tanker Orla Star in May and the tanker Pelican Dawn in June.",
     {("Australia", S, "Orla Star"), ("Australia", S, "Pelican Dawn")}, set()),
    ("Canada announced sanctions on 12 vessels on Tuesday, including the tanker Orla Star.",
     {("Canada", S, "Orla Star")}, set()),
    ("The United Kingdom sanctioned the tanker Lyra Star in May 2025, and the EU added the tanker Anastasia Sun "
     "to its list of vessels subject to a port ban in its seventeenth package.",
     {("United Kingdom", S, "Lyra Star"), ("EU", S, "Anastasia Sun")}, {("United Kingdom", S, "Anastasia Sun")}),
    ("The EU extended its sanctions against Russia to LPG imports. Coralreef Holdings Inc owns the tanker Lyra "
     "Star. Both list Stelios Varkas, a Greek national resident in Limassol, as director.",
     {("EU", S, "Russia")}, {("EU", S, "Stelios Varkas")}),
    ("The Department of State designated the Revolutionary Guards, including the Quds Force, as a Foreign "
     "Terrorist Organization in April 2019. The Treasury Department's Office of Foreign Assets Control (OFAC) "
     "designated Parsa Energy in March 2025 and Deepwave Marine Services in January 2026.",
     {("Department of State", S, "Quds Force"), ("Office of Foreign Assets Control", S, "Deepwave Marine Services")},
     set()),
    ("Today, the Treasury's Office of Foreign Assets Control (OFAC) is designating two entities and three "
     "individuals. Hamid Karimi, an Iranian national, is the managing director of Noor Trading FZE. Mehrdad "
     "Ahmadi, an Iranian national, is the chief executive of Pishgam Co. Zhou Lin is the sales manager of Hengfa "
     "Power Co. All three individuals are being designated for acting for or on behalf of Pishgam Co. Pishgam Co "
     "itself is also being designated today; it was sanctioned by the European Union in 2025. The ships were "
     "managed by Karvan Ship Management LLC, which is also being designated today.",
     {("Office of Foreign Assets Control", S, x) for x in ("Hamid Karimi", "Mehrdad Ahmadi", "Zhou Lin",
                                                           "Karvan Ship Management LLC")},
     {("European Union", S, "Karvan Ship Management LLC")}),
    ("On 25 November the President of Ukraine by his decree put into effect the decision of the National Security "
     'and Defence Council (NSDC) on application of sanctions against both vessels, the companies "Don Agro Fleet" '
     'and "Yugmo Trans LLC", and also against 9 physical persons.',
     {("National Security and Defence Council", S, "Don Agro Fleet")}, set()),
    ("Estonia has added 11 vessels to its national sanctions list, barring them from Estonian ports. The list, "
     "published this afternoon by the foreign ministry, includes the tankers Xin Yuan 9, Mirabel and Kapitan Darin.",
     {("Estonia", S, "Mirabel")}, set()),
    ("Today, OFAC is designating two entities and identifying two vessels as blocked property. Pishgam Drone "
     "Industries Ltd is also being designated today; it was sanctioned by the European Union in 2025. The cargo was carried by "
     "ships owned by Tidemark Shipping Inc. and managed by Karvan Ship Management LLC, both of which are also "
     "being designated today. The tanker SEA FALCON 7 loaded engines at Ningbo. The tanker BLUE MARINER "
     "carried electronics to Bushehr.",
     {("European Union", S, "Pishgam Drone Industries Ltd"), ("OFAC", S, "Tidemark Shipping Inc."),
      ("OFAC", S, "Karvan Ship Management LLC"), ("OFAC", S, "SEA FALCON 7"), ("OFAC", S, "BLUE MARINER")}, set()),
    ("Petroleos de Venezuela (PDVSA) declined to comment. The United States reimposed sanctions on PDVSA in 2024.",
     {("United States", S, "PDVSA")}, set()),
    ("The UK listed Harbour Tankers Management, the Dubai company that took over management of the tankers once "
     "Volga Shipping itself came under sanctions.",
     {("United Kingdom", S, "Harbour Tankers Management")}, {("United Kingdom", S, "Volga Shipping")}),
    ("UN Security Council resolutions have banned North Korea's coal exports since 2017.",
     {("UN Security Council", S, "North Korea")}, set()),
    ("Port Kavkaz has been under a European Union transaction ban since 2025.",
     {("European Union", S, "Port Kavkaz")}, set()),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_flag_owner_sanction_writing(extract, text, must, must_not):
    got = triples(extract(text))
    assert must <= got, (text, must - got)
    assert not (must_not & got), (text, must_not & got)


def test_a_registered_owner_is_no_flag(extract, facts):
    # (round of 2026-11-30, sixth part; found by a new user's own article)
    got = facts(extract("OFAC designated the oil tanker Vasto Bay and its Panama-registered owner, Chieti Shipping, "
                        "on Tuesday."))
    assert ("Vasto Bay", "FLAGGED_IN", "Panama") not in got
    assert ("Chieti Shipping", "OWNS_OR_OPERATES", "Vasto Bay") in got
    assert ("Vasto Bay", "FLAGGED_IN", "Panama") in facts(extract("The Panama-registered tanker Vasto Bay sailed."))
