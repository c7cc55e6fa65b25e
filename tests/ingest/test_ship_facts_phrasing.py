"""Ship facts (flags, owners, calls, places, cargo) in the many ways news copy writes them.

Invented sentences with real countries and ports. Each case gives a text, the
(subject, predicate, object) triples that must be stated facts, and those that
must not be.
"""

from __future__ import annotations

import pytest

from tests.ingest.conftest import triples

F, O, V, L, T = "FLAGGED_IN", "OWNS_OR_OPERATES", "VISITED", "LOCATED_IN", "TRANSPORTED"

CASES = [
    # a flag's demonym after "the ship, the ..." is no ship's name
    ("The second ship, the Russian-flagged Kapitan Orlov, made four round trips between Astrakhan and Makhachkala.",
     {("Kapitan Orlov", F, "Russia")}, set()),
    # "the ships were North Korean" names no ship "North Korean"
    ("A tanker came alongside the North Korean-flagged tankers Pyol Bit 9 and Samsong 3 at night. "
     "\"We never knew the ships were North Korean,\" a company official said.",
     {("Pyol Bit 9", F, "North Korea"), ("Samsong 3", F, "North Korea")}, set()),
    # a size class refers back to the ship as "the tanker" does
    ("The tanker Dilmar Sun loaded crude at Primorsk. This 2005-built Aframax changed its name and swapped "
     "the Gabon flag for Cameroon's on Nov 3.",
     {("Dilmar Sun", F, "Cameroon"), ("Dilmar Sun", F, "Gabon")}, set()),
    # owners: a quoted name before its legal form, an agent hung on a time phrase, a delivery, a buyer
    ('The cargo ship Kora Bay was detained in Kerch. Its operator is "Nordmar" OOO from Murmansk.',
     {("Nordmar", O, "Kora Bay")}, set()),
    ("The tanker Amira Dawn was sold in May. The vessel has been managed since the sale by "
     "Qamar Delta Ship Management LLC.", {("Qamar Delta Ship Management LLC", O, "Amira Dawn")}, set()),
    ("Marmara Petrol Co. took delivery of the product tankers Defne Sultan and Ayla Yildizi in March.",
     {("Marmara Petrol Co.", O, "Defne Sultan"), ("Marmara Petrol Co.", O, "Ayla Yildizi")}, set()),
    ("The buyer of the tanker Jin Feng 8 was Crystal Bay Shipping Ltd, a Hong Kong company.",
     {("Crystal Bay Shipping Ltd", O, "Jin Feng 8")}, set()),
    # "never entered X and docked at Y": the negation of the first verb does not reach the second
    ("The tanker Sofya 5 had broadcast Nakhodka as its destination, but the ship never entered that port and "
     "docked at Vostochny instead.", {("Sofya 5", V, "Vostochny")}, {("Sofya 5", V, "Nakhodka")}),
    ("The tanker Mira Sun did not call at Kandla or dock at Mundra.", set(),
     {("Mira Sun", V, "Kandla"), ("Mira Sun", V, "Mundra")}),
    # the clause that states the call contradicts other accounts; a port after "before" is outside the "not"
    ("The tanker Golestan 9 loaded crates at Amirabad and discharged them at Makhachkala, the group found. "
     "On both voyages it turned south to Makhachkala instead, contradicting earlier media accounts.",
     {("Golestan 9", V, "Makhachkala")}, set()),
    ("The tanker Mira Sun arrived at Mundra from Jebel Ali on November 19. Officials said the ship did not "
     "call at Kandla before Mundra.", {("Mira Sun", V, "Mundra")}, {("Mira Sun", V, "Kandla")}),
    # containment: a part of a larger place, a compound place noun after a demonym, a sea's island
    ("The ship docked at Berbera, in the breakaway region of Somaliland.", {("Berbera", L, "Somaliland")}, set()),
    ("The ship anchored off Skagen, at the northern tip of Jutland.", {("Skagen", L, "Jutland")}, set()),
    ("The ship docked at Lattakia, in the north of Syria.", {("Lattakia", L, "Syria")}, set()),
    ("The ship docked at Mersin, a port city of about two million people on Turkey's Mediterranean coast.",
     {("Mersin", L, "Turkey")}, set()),
    ("The cargo crossed at the Russian border station of Khasan.", {("Khasan", L, "Russia")}, set()),
    ("The tanker Sun Bay sailed to the Black Sea island of Zmiinyi.", {("Zmiinyi", L, "Black Sea")}, set()),
    # "not A but B": "but" turns the polarity
    ("The machines were not unloaded in Turkey but resold to a trader in Almaty, Kazakhstan.",
     {("Almaty", L, "Kazakhstan")}, set()),
    # a name written with "the" (and a measure) that arrives or sails, in a text about ships, is a ship
    ("The tanker was tracked for weeks. The 4,900-ton Artemis Sun arrived in Pohang on Nov. 19.",
     {("Artemis Sun", V, "Pohang")}, set()),
    ("The tanker was tracked for weeks. The Wagner Group arrived in Bamako.", set(),
     {("Wagner Group", V, "Bamako")}),
    # a port named as a direct object, seen at, escorted into
    ("The tanker Artemis Sun departed Primorsk on May 3.", {("Artemis Sun", V, "Primorsk")}, set()),
    ("The tanker Artemis Sun reached Jeddah on Friday.", {("Artemis Sun", V, "Jeddah")}, set()),
    ("The tanker Artemis Sun was spotted at Tartus by satellite.", {("Artemis Sun", V, "Tartus")}, set()),
    ("The tanker Artemis Sun was escorted into Jeddah by the coast guard.", {("Artemis Sun", V, "Jeddah")}, set()),
    # whose jetty, not the port
    ("The navy seized the tanker Artemis Sun. The tanker was escorted to the Navy's jetty at Apapa port.",
     {("Artemis Sun", V, "Apapa")}, {("Artemis Sun", V, "Navy")}),
    # "one of N vessels in the fleet of X"; "Equasis lists Y as the owner": Y owns, not who lists
    ("The tanker Artemis Sun is one of 12 vessels in the fleet of Sunrise Maritime Ltd.",
     {("Sunrise Maritime Ltd.", O, "Artemis Sun")}, set()),
    ("Equasis lists Sunrise Maritime Ltd as the registered owner of the tanker Artemis Sun.",
     {("Sunrise Maritime Ltd", O, "Artemis Sun")}, {("Equasis", O, "Artemis Sun")}),
    ("The tanker docked at Tobruk, eastern Libya.", {("Tobruk", L, "Libya")}, set()),
    ("The drones are made at the Alabuga special economic zone in Tatarstan.", {("Alabuga", L, "Tatarstan")}, set()),
    # a name only a ship can be, from what the sentence says of it
    ("The tanker was held. The Artemis Sun is a Palau-flagged crude carrier.", {("Artemis Sun", F, "Palau")}, set()),
    ("Two tankers, the Artemis Sun and the Boreas Star, both flagged in Panama, were detained.",
     {("Artemis Sun", F, "Panama"), ("Boreas Star", F, "Panama")}, set()),
    ("The tanker was held. The Artemis Sun, operating under the flag of Eswatini, was detained.",
     {("Artemis Sun", F, "Eswatini")}, set()),
    # a destination written before the ship noun; what happens to a ship in port
    ("The Latakia-bound tanker Artemis Sun was seized.", {("Artemis Sun", V, "Latakia")}, set()),
    ("The tanker Artemis Sun was destined for Latakia.", {("Artemis Sun", V, "Latakia")}, set()),
    ("The tanker Artemis Sun was inspected at Tartus.", {("Artemis Sun", V, "Tartus")}, set()),
    ("The tanker Artemis Sun pulled into Tartus on Monday.", {("Artemis Sun", V, "Tartus")}, set()),
    # "it" after a ship named last; the adjectival "Philippine"
    ("The tanker Tamara Kova now flies the flag of Gabon. Until March it was registered in Russia.",
     {("Tamara Kova", F, "Russia"), ("Tamara Kova", F, "Gabon")}, set()),
    ("The tanker Tamara Kova was detained. Its manager, Boreal Ltd, said it is registered in Cyprus.",
     set(), {("Tamara Kova", F, "Cyprus")}),
    ("The ferry Maria Luz remains Philippine-flagged.", {("Maria Luz", F, "Philippines")}, set()),
    # shipments: imports measured in volumes, exports with the goods as an adjective
    ("India imported record volumes of Russian crude in May.", {("Russia", "SHIPPED_TO", "India")}, set()),
    ("Russia's crude exports to India jumped in May.", {("Russia", "SHIPPED_TO", "India")}, set()),
    ("Venezuela's PDVSA sold its oil to Chinese refiners.", {("PDVSA", "SHIPPED_TO", "China")}, set()),
    ("Russian crude was sold to Indian refiners at a discount.", {("Russia", "SHIPPED_TO", "India")}, set()),
    # a ship in apposition to an owner's ship noun, and the reverse
    ("Sunrise Ferries' largest ship, the ferry Maria Luz, was delayed.", {("Sunrise Ferries", O, "Maria Luz")}, set()),
    ("An Italian navy frigate, the ITS Carlo Bergamini, escorted the convoy.",
     {("Italian navy", O, "ITS Carlo Bergamini")}, set()),
    ("Two Royal Navy patrol ships, HMS Mersey and HMS Severn, shadowed the convoy.",
     {("Royal Navy", O, "HMS Mersey"), ("Royal Navy", O, "HMS Severn")}, set()),
    ("HMS Mersey, a Royal Navy patrol ship, shadowed the convoy.", {("Royal Navy", O, "HMS Mersey")}, set()),
    # a hyphened pair of ports before a route noun; not countries
    ("The ferry Maria Luz serves the Batangas-Calapan route.",
     {("Maria Luz", V, "Batangas"), ("Maria Luz", V, "Calapan")}, set()),
    ("The tanker Sea Lark sailed on the Russia-India route.", set(), {("Sea Lark", V, "Russia")}),
    # "with X" on a ship's stay or voyage is its cargo
    ("The tanker Sun Lotus lay off Skagen for six days in August with crude oil from Ust-Luga.",
     {("Sun Lotus", T, "crude oil")}, set()),
    # a bulleted vessel record: the bullet's dash is no "X-flag"; "Flag:" may end a parsed sentence
    ("Here are details of the vessels:\n\n* ORLA STAR (IMO 9710581)\n- Flag: Russia\n"
     "- Owner and manager: Gulf Crest Gas Carriers FZE, Sharjah\n\n* MIRA DAWN (IMO 9693227)\n- Flag: Palau\n",
     {("ORLA STAR", F, "Russia"), ("Gulf Crest Gas Carriers FZE", O, "ORLA STAR"), ("MIRA DAWN", F, "Palau")},
     set()),
    # "laden with X from P", "continued to P", "inspected in P"; not "continued to rise"
    ("The tanker Kapitan Belov, laden with Russian diesel from Primorsk, was seized.",
     {("Kapitan Belov", V, "Primorsk")}, set()),
    ("The bulker Daria M continued to Rostov-on-Don.", {("Daria M", V, "Rostov-on-Don")}, set()),
    ("The cargo ship Rania M had been inspected in Alexandria, Egypt, in March.",
     {("Rania M", V, "Alexandria"), ("Alexandria", L, "Egypt")}, set()),
    ("The tanker Kapitan Belov was seized. Prices continued to rise in Moscow.", set(),
     {("Kapitan Belov", V, "Moscow")}),
    # a wire dateline names a place and where it lies; a capital may stand for its state and is left alone
    ("Headline here\n\nBREMERHAVEN, Germany (dpa) - After six years the steamer returned.",
     {("BREMERHAVEN", L, "Germany")}, set()),
    ("LONDON, Nov 3 (Reuters) - Britain imposed sanctions on the tanker Sea Lark.", set(),
     {("LONDON", L, "United Kingdom")}),
    # a seller of what? a cargo's seller owns no ship
    ("The tanker Sea Breeze carried Iranian crude. The seller, Doxia Trading, declined to comment.",
     set(), {("Doxia Trading", O, "Sea Breeze")}),
]


def test_negation_stops_at_a_finite_conjunct(nlp) -> None:
    """The table walk and the Token walk agree on the new conjunct stop."""
    from newsgraph.ingest.extract import _Ctx, _negated
    from newsgraph.ingest.resolve import mentions
    doc = nlp("The ship never entered that port and docked at Varna instead. The ship did not load or "
              "discharge cargo at Kestrow.")
    ctx = _Ctx(doc, mentions(doc), {})
    assert [ctx.negated(t) for t in doc] == [_negated(t) for t in doc]
    docked = next(t for t in doc if t.lower_ == "docked")
    discharge = next(t for t in doc if t.lower_ == "discharge")
    assert not ctx.negated(docked) and ctx.negated(discharge)


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_ship_facts_phrasing(extract, text, must, must_not):
    got = triples(extract(text))
    assert must <= got, (text, must - got)
    assert not (must_not & got), (text, must_not & got)
