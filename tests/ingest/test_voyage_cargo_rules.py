"""Port calls, cargo, shipments and containment as news writes them (invented sentences).

Each case gives the triples that must be facts and those that must not be facts
(dev README conventions: a landmark port is no call, a contradicted AIS
destination is negated, warships carry no cargo).
"""

from __future__ import annotations

import pytest

V, T, S, L = "VISITED", "TRANSPORTED", "SHIPPED_TO", "LOCATED_IN"

CASES = [
    # a port used as a landmark with a bearing: "80 nautical miles southeast of the port of X"
    ("Marines stopped the tanker Corvina Bay about 80 nautical miles southeast of the Yemeni port of Aden.",
     set(), {("Corvina Bay", V, "Aden")}),
    # a declared AIS destination the next sentence contradicts
    ("The tanker Halden Mist left Tartus on Monday. Two days later the ship was broadcasting Piraeus as its "
     "destination. It never arrived there: imagery shows it moored at Tobruk.",
     {("Halden Mist", V, "Tartus")}, {("Halden Mist", V, "Piraeus")}),
    # ... or the same sentence does
    ("Although the tanker Orsa Minor broadcast Piraeus as its destination, imagery shows it never entered the port.",
     set(), {("Orsa Minor", V, "Piraeus")}),
    # reports the text calls false; the port authority that speaks is no port call
    ("Reports that the tanker Velvet Tern took on bunkers at Limassol last week are false, the Port of Limassol said.",
     set(), {("Velvet Tern", V, "Limassol")}),
    # the patrol ship that stopped the tanker carries none of the cargo found on board
    ("The navy arrested the tanker Sola Wind off Lagos. Officials said the vessel was intercepted by NNS Obala, "
     "a patrol ship. About 300,000 litres of crude oil were found on board.",
     {("Sola Wind", T, "crude oil")}, {("NNS Obala", T, "crude oil"), ("Obala", T, "crude oil")}),
    # "the tanker X, with 600,000 litres of Y"
    ("The navy detained another tanker, MT Tarin Bell, with 600,000 litres of crude oil near Bonny.",
     {("Tarin Bell", T, "crude oil")}, set()),
    # "the vessel" (an earlier ship) loads at a port before the sentence names the receiving ship
    ("The tanker Corra Vale switched its flag to Gabon in May. Tracking data show the vessel loading fuel oil at the port of "
     "Novorossiysk and handing it over near Malta to the Ilse Marin, a Comoros-flagged tanker.",
     {("Corra Vale", V, "Novorossiysk"), ("Corra Vale", T, "fuel oil"), ("Ilse Marin", T, "fuel oil")},
     {("Ilse Marin", V, "Novorossiysk")}),
    # containment: "the Turkish port X", "X, the Russian ferry port on the Y Strait", "X Island of Y Prefecture"
    ("The cargo was unloaded after the freighter Tamsin Bay entered the Turkish port Mersin on Friday.",
     {("Mersin", L, "Turkey")}, set()),
    ("The freighter Orla Grey loaded the crates at Port Kavkaz, the Russian ferry port on the Kerch Strait, in May.",
     {("Port Kavkaz", L, "Russia"), ("Port Kavkaz", L, "Kerch Strait")}, set()),
    ("The transfer took place about 300 km west of Fukue Island of Nagasaki Prefecture on Monday.",
     {("Fukue Island", L, "Nagasaki Prefecture")}, set()),
    # "Y's port of X"; a sea that names the port is not placed in Y
    ("The tanker Corvina Star loaded oil at Russia's port of Primorsk in May.", {("Primorsk", L, "Russia")}, set()),
    ("The tanker Corvina Star loaded oil at Russia's Baltic port of Primorsk in May.",
     {("Primorsk", L, "Russia")}, {("Baltic", L, "Russia")}),
    # a news lead's "a cargo ship" is the one vessel the next sentence names
    ("A navy frigate has seized ballistic missile components from a cargo ship in the Gulf of Aden, officials said. "
     "A boarding team stopped the Corvina Star, a Comoros-flagged freighter, on Sunday.",
     {("Corvina Star", T, "ballistic missile components")}, set()),
    # goods named by a plain noun with a country modifier
    ("Investigators say the freighter Lora Vey carried Russian weapons to Sudan in March.",
     {("Russia", S, "Sudan")}, set()),
    ("Customs officers found a Chinese-made dual-use machine bound for Pakistan aboard the freighter Tamsin Kay.",
     {("China", S, "Pakistan")}, set()),
    # a party subject of the moving verb ships, not the goods' country of origin
    ("Russia took out at least 14 cargoes of Ukrainian grain from occupied ports, mostly to Syria and to Turkey.",
     {("Russia", S, "Syria"), ("Russia", S, "Turkey")}, {("Ukraine", S, "Syria")}),
    # the verb's "from X ... to Y"; "shipments from X ports to Y"
    ("The freighter Orla Bay was listed for transporting military cargo from Russia to Syria.",
     {("Russia", S, "Syria")}, set()),
    # passive with an agent; trade-document roles; "arranged the sale of X to Y"
    ("The consignment was shipped by Velmora Tools Co. Ltd to Kestrin Engineering Works, officials said.",
     {("Velmora Tools Co. Ltd", S, "Kestrin Engineering Works")}, set()),
    ("In the waybills the consignor is Harlow Trading Corporation, a Minsk firm, and the consignee is "
     "Doran Logistics OOO.", {("Harlow Trading Corporation", S, "Doran Logistics OOO")}, set()),
    ("Selvan Energy Trading DMCC arranged the sale of Russian crude oil, priced above the cap, to refineries in India.",
     {("Selvan Energy Trading DMCC", S, "India"), ("Russia", S, "India")}, set()),
    ("A report last month traced 41 coal shipments from North Korean ports to China.",
     {("North Korea", S, "China")}, set()),
    # the buyers of a cargo named before ("buyers in X have kept taking the barrels"): no shipment without goods
    # named in the sentence (see test_reported_rules.test_a_cargo_only_referred_back_to_gives_no_shipment)
    ("The tanker Orla Bay loaded Russian crude at Primorsk in May. Traders say buyers in India and Turkey have kept "
     "taking the barrels.", {("Orla Bay", "TRANSPORTED", "crude")}, {("Russia", S, "India"), ("Russia", S, "Turkey")}),
    # a destination given as a place of a party: "to the X's territory in eastern Y"
    ("Analysts say Russia is moving equipment from its former bases in Syria to the Northern Guard's territory in "
     "eastern Libya.", {("Russia", S, "Libya")}, set()),
    # a false flag is no destination
    ("The complaint alleges that the tanker Halden Rose loaded Iranian crude oil at Kharg Island while falsely "
     "flagged to Eswatini.", set(), {("Iran", S, "Eswatini")}),
    # troops are no goods
    ("Moscow sent Russian troops to Syria in 2015.", set(), {("Russia", S, "Syria")}),
    # off-topic: a company's own unit or offices, people and papers are not goods
    ("The rail operator agreed to sell its German logistics unit to Denmark's Norvik for 14 billion euros.",
     set(), {("Germany", S, "Norvik")}),
    ("The company moved its Swiss headquarters to Germany last year.", set(), {("Switzerland", S, "Germany")}),
    ("The museum returned Greek antiquities to Athens.", set(), {("Greece", S, "Athens")}),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_voyage_cargo_rules(extract, facts, text, must, must_not):
    got = facts(extract(text))
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got)


def test_origin_inside_a_cargo_name(nlp):
    """A cargo named with its demonym ("Kazakh crude" as one mention) still gets the demonym's country as
    origin: the longer mention owns the token, the country mention inside it is looked up apart."""
    from newsgraph.ingest.extract import _Ctx, _cargo_origins
    from newsgraph.ingest.resolve import Mention

    doc = nlp("The tanker carried Kazakh crude to refineries in Italy.")
    k = next(t.i for t in doc if t.text == "Kazakh")
    country = Mention(k, k + 1, "Kazakh", "Country", "Country", "Kazakhstan", 0, entity="country/kazakhstan")
    cargo = Mention(k, k + 2, "Kazakh crude", "Other", "Commodity", "kazakh crude", 0, entity="other/kazakh-crude")
    ctx = _Ctx(doc, [country, cargo], {})
    assert [m.entity for m in _cargo_origins(ctx, cargo)] == ["country/kazakhstan"]
