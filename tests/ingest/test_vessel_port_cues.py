"""How news writes vessel, port and place names that the statistical model mistypes or misses.

Invented sentences (names of ships, firms and most small places are made up;
countries and well-known cities are real). Each case names the entity and the
type it must get (and, for some, the type it must not get).
"""

from __future__ import annotations

import pytest



def _types(dg, name):
    return {e.type for e in dg.entities.values() if name == e.name or name in e.aliases}


CASES = [
    # ports: a later, not yet labelled mention of the ship marks the sentence as a ship sentence
    ("The tanker Corvel Star left Basra in May. According to the firm, the Corvel Star also called at "
     "Hodmara in March.", "Hodmara", "Port"),
    # departing / leaving / anchored off
    ("The tanker Varel Bay had switched off its transponder after departing Quelmane, Togo, on May 9.",
     "Quelmane", "Port"),
    ("Officials said the tanker Varel Bay has been at anchor off Sorvik, Oman, since October.", "Sorvik", "Port"),
    # a declared destination, with an interruption before "as its destination"
    ("When its signal came back, the ship was broadcasting Tarvena, in the north of the country, as its "
     "destination.", "Tarvena", "Port"),
    ("The Halden Rose, a Comoros-flagged tanker, has since declared Kellik, India, as its next port.",
     "Kellik", "Port"),
    # a capital that ships call at is a port
    ("The freighter Oban Vale called at Colombo in Sri Lanka before berthing in India.", "Colombo", "Port"),
    # "loaded crude at X", "then onward to X"
    ("The Aframax Selvan Gale, managed by Dubai-based Trenor Ship Management DMCC, loaded Urals crude at "
     "Varnosk in late September.", "Varnosk", "Port"),
    # capitalised "Port" after a preposition is part of the port's name
    ("The ship was detained at Morvani Port in the west of the country.", "Morvani Port", "Port"),
    # lower-case kinds of port between the name and "port"
    ("The freighter Tamsin Lee loaded wheat at the berth of Velsk sea trade port in November.", "Velsk", "Port"),
    # vessels
    ("The Aframax Selvan Gale (IMO 9301118) was sanctioned in May.", "Selvan Gale", "Vessel"),
    ("The vessel, MV Dorin Bay (IMO 9387614), sailed on Monday.", "Dorin Bay", "Vessel"),
    ("It reappeared alongside the Gabon-flagged suezmax Ardhan two days later.", "Ardhan", "Vessel"),
    ("The Lucia T, flagged in Comoros and managed by a Hong Kong firm, spent 17 days without a signal.",
     "Lucia T", "Vessel"),
    ("In June it took on coal from the Kim Sol 5, which had loaded at Nampo, off the coast.", "Kim Sol 5",
     "Vessel"),
    ("The Hao Xin 23 flies the flag of Togo; it was registered in Panama until last year.", "Hao Xin 23",
     "Vessel"),
    ("The second, the Vostok-7, still flies the Russian flag and is operated by the same company.", "Vostok-7",
     "Vessel"),
    ("Odessia, which operates the cruise ships Myrtle Dawn and Myrtle Wind, said it would appeal.",
     "Myrtle Wind", "Vessel"),
    ("A boarding team from the ITS Carlo Vento stopped the freighter on Sunday.", "ITS Carlo Vento", "Vessel"),
    ("The line's high-speed catamaran Sea Arrow will be switched to a new service.", "Sea Arrow", "Vessel"),
    ("The crates were reloaded onto two river-sea ships, the Volga-Neva 2107 and the Kapitan Orlov.",
     "Volga-Neva 2107", "Vessel"),
    # a ship's painted name; a former name in brackets is an alias of the ship
    ("On the hull of the second vessel, the name \"HAI TAO 19\" was displayed in Latin letters.", "HAI TAO 19",
     "Vessel"),
    ('The second ship, "Sea Lark" (former name "Volga-Baltic 118"), sails under the flag of Cameroon.',
     "Volga-Baltic 118", "Vessel"),
    # "from the port of A and from B": B repeats a port's preposition
    ("The carriers made 41 voyages from the Baltic port of Ust-Luga and from Tarvik on the Black Sea, carrying "
     "propane.", "Tarvik", "Port"),
    # places
    ("The ship belongs to the Rostov company Don Star Fleet LLC, the project found.", "Rostov", "Location"),
    ("Its operator is the firm Marvel Trans OOO from Novorossiysk, the registry shows.", "Novorossiysk",
     "Location"),
    ("Drones seen in the port later appear, on satellite imagery, at al-Khadim airbase in eastern Libya.",
     "al-Khadim airbase", "Location"),
    ("The vessel was boarded south of Crete on November 19 by coast guard officers.", "Crete", "Location"),
    ("The firm's address is listed as Sharjah, United Arab Emirates.", "Sharjah", "Location"),
    ("The tanker is managed by Velmar Ship Management FZE of Sharjah, according to Equasis.", "Sharjah",
     "Location"),
    ("An indictment was unsealed today in the District of Columbia against four men.", "District of Columbia",
     "Location"),
    ("Crude oil is stolen from pipelines in the Niger Delta every month, officials said.", "Niger Delta",
     "Location"),
    ("\"Marvik is the shortest route from Asia to central Europe for ships,\" the chief executive said.",
     "central Europe", "Location"),
]


@pytest.mark.parametrize("text,name,typ", CASES, ids=[c[1] + "-" + str(i) for i, c in enumerate(CASES)])
def test_type_from_context(extract, text, name, typ):
    dg = extract(text)
    assert typ in _types(dg, name), (name, [(e.name, e.type) for e in dg.entities.values()])


NOT_CASES = [
    # a sea named before "carrying" is no vessel
    ("The carriers made 41 voyages from Ust-Luga and from Taman on the Black Sea, carrying propane.",
     "Black Sea", "Vessel"),
    # a firm before ", loaded" is no vessel
    ("The Aframax Selvan Gale, managed by Dubai-based Trenor Ship Management DMCC, loaded crude at Varnosk.",
     "Trenor Ship Management DMCC", "Vessel"),
    # a group's new name is no vessel
    ("The combined group, to be renamed Aegan Wave Group, will operate 17 vessels.", "Aegan Wave Group", "Vessel"),
    # continents on a route, legal texts
    ("\"Marvik is the shortest route from Asia to central Europe for ships,\" the chief executive said.",
     "Asia", "Port"),
    # a shipyard's town
    ("The tanker Orla Wind was in dry dock at Tuzla throughout September and did not call at Port Kavkaz.",
     "Tuzla", "Port"),
    # "Port of X" speaking is the port's operator, and "the Port of X Authority" is an organisation
    ("The Port of Rivena Authority on Tuesday awarded a concession for a container terminal.", "Rivena Authority",
     "Port"),
    ("The Akhtar Star, a Gabon-flagged tanker, is signalling Dortmal as its destination.", "Akhtar Star", "Port"),
    ("Bulletin: the Port of Rivena has said the tanker never called there.", "Rivena", "Port"),
    ("The persons are added to the list set out in Annex I to Regulation (EU) No 269/2014.", "Annex", "Location"),
    ("Three Firms Charged in Scheme to Sell Iranian Oil Abroad\n\nProsecutors said on Monday the firms had lied.",
     "Scheme", "Location"),
    ("CHINA-BASED SUPPLIER\n\nThe firm sold engines to the buyer.", "CHINA", "Location"),
]


def test_former_name_is_alias(extract):
    dg = extract('The second ship, the tanker "Sea Lark" (former name "Volga-Baltic 118"), sails under the flag of '
                 'Cameroon.')
    sea = [e for e in dg.entities.values() if e.name == "Sea Lark" or "Sea Lark" in e.aliases]
    assert sea and "Volga-Baltic 118" in sea[0].aliases + [sea[0].name], [(e.name, e.aliases)
                                                                          for e in dg.entities.values()]


@pytest.mark.parametrize("text,name,typ", NOT_CASES, ids=[c[1] + "-" + str(i) for i, c in enumerate(NOT_CASES)])
def test_not_type(extract, text, name, typ):
    dg = extract(text)
    assert typ not in _types(dg, name), (name, [(e.name, e.type) for e in dg.entities.values()])


def test_port_authority_is_organization(extract):
    dg = extract("The Port of Rivena Authority on Tuesday awarded a 35-year concession for a terminal.")
    assert "Organization" in _types(dg, "Port of Rivena Authority")


def test_declared_destination_visited(extract):
    dg = extract("The Akhtar Star, a Gabon-flagged tanker, is now signalling Dortmal in Turkey as its destination.")
    names = {e.id: e.name for e in dg.entities.values()}
    assert ("Akhtar Star", "VISITED", "Dortmal") in {(names[r.subject], r.predicate, names[r.object])
                                                     for r in dg.relations}


def test_formerly_named_is_alias(extract):
    dg = extract("The navy arrested a product tanker, MT Kora Bay, off Lagos. Data showed that the 1998-built "
                 "tanker, formerly named Nordby Wind, sailed under the flag of Comoros until March.")
    kora = [e for e in dg.entities.values() if e.name == "Kora Bay" or "Kora Bay" in e.aliases]
    assert kora and "Nordby Wind" in kora[0].aliases + [kora[0].name], [(e.name, e.aliases)
                                                                        for e in dg.entities.values()]


def test_navy_hull_prefix_names_a_vessel(nlp):
    # Nigerian NNS (Wikipedia "Ship prefix"): one list of navies' prefixes serves the entity step and the
    # service-vessel test of the relation step
    doc = nlp("The Navy said NNS Okpara intercepted the tanker Blue Meridian off Bonny on Tuesday.")
    assert ("NNS Okpara", "VESSEL") in [(e.text, e.label_) for e in doc.ents]
