"""How news writing names vessels, organisations and people.

A battery of invented sentences in the styles of wire copy, trade press,
coast-guard and navy releases, sanctions notices (IMO numbers, "a.k.a.",
former names), court filings, OSINT threads and translated agency copy. Each
case lists the (name, type) entities it must yield and those it must not
yield (a type of None: no entity of that name at all). Vessel, company and
person names are invented; countries and public bodies are real.
"""

from __future__ import annotations

import pytest


V, ORG, P, C = "Vessel", "Organization", "Person", "Country"

# (text, entities that must be there, entities that must not be there)
CASES = [
    # --- vessels without a ship noun, or in capitals / sanctions-notice styles
    ("Reuters spoke to the ship manager of the Ardent Pearl, who declined to comment.",
     [("Ardent Pearl", V)], [("Ardent Pearl", ORG)]),
    ("The Velda Rose tanker was seen off the coast of Oman on Friday.",
     [("Velda Rose", V)], [("Velda Rose", ORG), ("Velda Rose tanker", None)]),
    ("The Velda Rose, which is sanctioned by the United States, left the anchorage at dawn.",
     [("Velda Rose", V)], [("Velda Rose", ORG), ("Velda Rose", P)]),
    ("The operator of the Velda Rose, Orion Crest Marine Ltd, did not respond to requests for comment.",
     [("Velda Rose", V), ("Orion Crest Marine Ltd", ORG)], [("Velda Rose, Orion Crest Marine Ltd", None)]),
    ("Orion Crest Marine's tankers Lira Bay and Sable Moon were both designated.",
     [("Lira Bay", V), ("Sable Moon", V)], [("Lira Bay", P), ("Sable Moon", P)]),
    ("The Gabon-flagged Velda Rose was boarded on Monday.",
     [("Velda Rose", V), ("Gabon", C)], [("Gabon-flagged Velda Rose", None)]),
    ("The St Kitts and Nevis-flagged tanker Corra Mist was detained in the Baltic.",
     [("Corra Mist", V)], [("St Kitts and Nevis", P), ("St Kitts", P)]),
    ("The Aframax tanker Halden Star loaded crude at the terminal.",
     [("Halden Star", V)], [("Aframax", V), ("Aframax", None)]),
    ("The Ro-Ro vessel Brenna Gale docked on Thursday.",
     [("Brenna Gale", V)], [("Ro-Ro", V)]),
    ("MT OCEAN GRACE was sighted transmitting a false position.",
     [("OCEAN GRACE", V)], [("OCEAN GRACE", ORG)]),
    ("The M/V Sorrel Bay was escorted by two patrol boats.",
     [("Sorrel Bay", V)], [("Sorrel Bay", ORG), ("Sorrel Bay", P)]),
    ("The vessel, formerly known as Kestrel Maru, now sails as the Dunmore Light.",
     [("Dunmore Light", V)], [("Dunmore Light", ORG)]),
    ("The tanker Halcyon Reef (IMO 9283716) was added to the list on Tuesday.",
     [("Halcyon Reef", V)], [("IMO 9283716", None)]),
    ("OFAC designated the vessel Marisol Dawn (a.k.a. Perla Azul) on Thursday.",
     [("Marisol Dawn", V), ("OFAC", ORG)], [("Marisol Dawn", ORG)]),
    ("The oil tanker Talvi Crown, previously named Nordic Ember, was renamed in 2022.",
     [("Talvi Crown", V)], [("Talvi Crown", ORG), ("Talvi Crown", P)]),
    ("The coast guard intercepted the bulk carrier Grey Heron off Sicily.",
     [("Grey Heron", V)], [("Grey Heron", ORG)]),
    ("Satellite images show the Lumen Tide alongside another tanker in the Gulf of Oman.",
     [("Lumen Tide", V)], [("Lumen Tide", P)]),
    ("The container ship Harbor Pioneer was hit by a drone in the Red Sea.",
     [("Harbor Pioneer", V)], [("Harbor Pioneer", ORG)]),
    ("The LPG carrier Sunda Pearl switched off its transponder near Singapore.",
     [("Sunda Pearl", V)], [("Sunda Pearl", ORG), ("LPG", V)]),
    ("Vessel: BLUE MARLIN STAR (IMO 9175344); Flag: Panama.",
     [("BLUE MARLIN STAR", V)], [("BLUE MARLIN STAR", ORG)]),
    ("The navy said the frigate HMS Dauntless shadowed the tanker Corvo Bay.",
     [("Corvo Bay", V)], [("Corvo Bay", ORG)]),
    ("The Suezmax Aleta Sun and the VLCC Pirin Star were both sanctioned.",
     [("Aleta Sun", V), ("Pirin Star", V)], [("Suezmax", V), ("VLCC", V)]),
    ("Tracking data show the Oriel Crest sailed from Nakhodka last week.",
     [("Oriel Crest", V)], [("Oriel Crest", ORG), ("Oriel Crest", P)]),
    # --- organisations: suffixes, acronyms, possessives, boundaries
    ("Orion Crest Marine Ltd is registered in the Marshall Islands.",
     [("Orion Crest Marine Ltd", ORG)], []),
    ("The tankers are managed by Gulf Horizon Shipping LLC, a company based in Dubai.",
     [("Gulf Horizon Shipping LLC", ORG)], []),
    ("The Treasury also designated Sahar Petroleum Trading FZE.",
     [("Sahar Petroleum Trading FZE", ORG)], []),
    ("Documents name Bright Ocean Shipping Pte. Ltd. as the vessel's owner.",
     [("Bright Ocean Shipping Pte. Ltd.", ORG)], []),
    ("The cargo was bought by Volna Energy JSC, the filing says.",
     [("Volna Energy JSC", ORG)], []),
    ("OOO Severny Trans was listed by the European Union.",
     [("OOO Severny Trans", ORG), ("European Union", ORG)], []),
    ("Kamor Trade Limited Liability Company was named in the indictment.",
     [("Kamor Trade Limited Liability Company", ORG)], []),
    ("Sunrise Marine Co. owns two tankers in the shadow fleet.",
     [("Sunrise Marine Co.", ORG)], []),
    ("The Office of Foreign Assets Control (OFAC) announced the designations on Thursday.",
     [("Office of Foreign Assets Control", ORG)], [("OFAC) announced", None)]),
    ("Iran's Islamic Revolutionary Guard Corps seized the tanker Aria Sun.",
     [("Islamic Revolutionary Guard Corps", ORG), ("Iran", C), ("Aria Sun", V)],
     [("Iran's Islamic Revolutionary Guard Corps", None)]),
    ("The UK's Office of Financial Sanctions Implementation listed three firms.",
     [("Office of Financial Sanctions Implementation", ORG)], []),
    ("The Council of the European Union added the tanker Moray Sun to its list.",
     [("Moray Sun", V)], [("Moray Sun", ORG)]),
    ("The Shipping Corporation of Zenbia leased the vessel, according to Lloyd's List.",
     [("Lloyd's List", ORG)], []),
    ("Amber Straits Maritime, the Hong Kong-based manager of the vessel, denied wrongdoing.",
     [("Amber Straits Maritime", ORG)], [("Amber Straits Maritime", P)]),
    ("A spokesperson for Halvard Tankers said the company complied with all sanctions.",
     [("Halvard Tankers", ORG)], [("Halvard Tankers", P)]),
    ("The U.S. Department of Justice unsealed the indictment in Brooklyn.",
     [("U.S. Department of Justice", ORG)], []),
    ("According to Windward, a maritime intelligence firm, the tanker went dark for 11 days.",
     [("Windward", ORG)], [("Windward", P)]),
    ("The Houthis claimed the attack on the tanker Saga Light.",
     [("Saga Light", V)], [("Saga Light", ORG)]),
    ("Pelagos Navigation SA, registered in Panama, manages the tanker Oriel Sky.",
     [("Pelagos Navigation SA", ORG), ("Oriel Sky", V)], []),
    ("The Ministry of Defence of Ukraine said the tanker Nika Sun was hit.",
     [("Nika Sun", V)], [("Nika Sun", ORG)]),
    # --- people: titles, non-English names
    ("Rear Admiral Darren Holcombe told reporters the convoy was safe.",
     [("Darren Holcombe", P)], [("Rear Admiral Darren Holcombe", None)]),
    ("Deputy Minister Aleksei Voronov said Moscow would respond.",
     [("Aleksei Voronov", P)], [("Deputy Minister Aleksei Voronov", P)]),
    ("A spokesperson, Maria Lindqvist, said the company would cooperate.",
     [("Maria Lindqvist", P)], []),
    ("Wang Jianguo, the company's director, could not be reached.",
     [("Wang Jianguo", P)], [("Wang Jianguo", ORG)]),
    ("Kim Sung-ho, a North Korean official, was also designated.",
     [("Kim Sung-ho", P)], [("Kim Sung-ho", ORG)]),
    ("Mohammed bin Rashid al-Hamdani chairs the trading company.",
     [("Mohammed bin Rashid al-Hamdani", P)], []),
    ("Dmitry Sergeyevich Kolchin, a Russian national, was charged with sanctions evasion.",
     [("Dmitry Sergeyevich Kolchin", P)], [("Dmitry Sergeyevich Kolchin", ORG)]),
    ("Coast guard spokesperson Lt. Elena Vasquez said the crew was detained.",
     [("Elena Vasquez", P)], []),
    ("Captain Ravi Menon, the master of the tanker Sapphire Bay, was arrested.",
     [("Ravi Menon", P), ("Sapphire Bay", V)], [("Sapphire Bay", P)]),
    ("Prosecutors said Li Wei and Zhang Hao arranged the shipments.",
     [("Li Wei", P), ("Zhang Hao", P)], []),
    ("Hossein Rahimi, a commander in the IRGC Navy, was named.",
     [("Hossein Rahimi", P)], [("Hossein Rahimi", ORG)]),
    ("Foreign Minister Sergei Lavrov met his counterpart in Tehran.",
     [("Sergei Lavrov", P)], []),
    ("Defendant Arman Petrosyan, 52, pleaded not guilty in federal court.",
     [("Arman Petrosyan", P)], []),
    ("The shipowner, Nikos Papadakis, said his vessels had done nothing wrong.",
     [("Nikos Papadakis", P)], [("Nikos Papadakis", ORG)]),
    ("Senior analyst Priya Raman at Kpler said exports had risen.",
     [("Priya Raman", P), ("Kpler", ORG)], []),
    ("Spokesperson Yahya Saree said Houthi forces had targeted the ship.",
     [("Yahya Saree", P)], []),
    ("Le Van Thanh, the vessel's chief engineer, told investigators the logs were falsified.",
     [("Le Van Thanh", P)], []),
    ("Park Ji-won, a South Korean coast guard official, confirmed the seizure.",
     [("Park Ji-won", P)], []),
    ("Officials said Yelena Petrovna Orlova had signed the charter party.",
     [("Yelena Petrovna Orlova", P)], [("Officials", None)]),
    ("Prosecutors said the shipments continued until 2023.",
     [], [("Prosecutors", None)]),
    ("Lumen Sea Sdn. Bhd. chartered the tanker Orla Sky last year.",
     [("Lumen Sea Sdn. Bhd.", ORG), ("Orla Sky", V)], [("Lumen Sea", None)]),
    ("The crew of the Serin Bay were taken ashore by the coast guard.",
     [("Serin Bay", V)], [("Serin Bay", ORG), ("Serin Bay", "Location")]),
    ("The operator of the Nord Line pipeline said the leak was repaired.",
     [], [("Nord Line", V)]),
    ("The Treasury designated Kestrel Line, Arbor Maritime and the tanker Calla Moon.",
     [("Kestrel Line", ORG), ("Arbor Maritime", ORG), ("Calla Moon", V)], [("Kestrel Line", P)]),
    ("Tanker Velda Rose was seen off Oman on Friday.", [("Velda Rose", V)], [("Velda Rose", ORG)]),
    ("The Ilse Marie oil tanker anchored off Malta.", [("Ilse Marie", V)], [("Ilse Marie", P)]),
    ("Vessel Operator Zeta Ltd said it had complied with the price cap.", [], [("Operator Zeta Ltd", V)]),
    ("Navy spokesman Cmdr. Tim Hawkes said the convoy was safe.", [("Tim Hawkes", P)], [("Cmdr", None)]),
    ("Commission President Ilse von der Mark announced the package.",
     [("Ilse von der Mark", P)], [("Mark", None), ("Ilse von der", None)]),
    ("The EU also listed PJSC Sovtek and AO Kamtrans.",
     [("PJSC Sovtek", ORG), ("AO Kamtrans", ORG)], [("PJSC Sovtek", P)]),
    ("Kestrel Oil, Iran's national oil company, sold the cargo to a trader in Dubai.",
     [("Kestrel Oil", ORG), ("Iran", C)], [("Kestrel Oil", P)]),
    ("The firm is Korvan-linked Horizon Maritime, which was sanctioned in May.",
     [("Horizon Maritime", ORG)], [("Korvan-linked Horizon Maritime", None), ("Korvan", "Location")]),
    ("The Arvex-owned tanker Mira Dawn was seized.", [("Arvex", ORG), ("Mira Dawn", V)], []),
    ("The Russian-owned and Iran-backed ship left port.", [("Russia", C), ("Iran", C)], [("Russian", ORG)]),
    ("The Arlo Crest was carrying Iranian crude when it was stopped.", [("Arlo Crest", V)], [("Arlo Crest", ORG)]),
    ("The Kestrel Group carried out the deal and transported gold to Dubai.",
     [("Kestrel Group", ORG)], [("Kestrel Group", V)]),
    ("Both the Arlo Crest and the Mira Sun were carrying Iranian oil.",
     [("Arlo Crest", V), ("Mira Sun", V)], [("Arlo Crest", ORG), ("Mira Sun", ORG)]),
    ("He was named captain of the Golden Lions on Friday.", [], [("Golden Lions", V)]),
    # --- mixed, translated agency copy
    ("According to the TASS news agency, the tanker Severnaya Zvezda arrived in port.",
     [("Severnaya Zvezda", V), ("TASS", ORG)], [("Severnaya Zvezda", ORG)]),
    ("Xinhua reported that COSCO Shipping Lines had suspended calls.",
     [("Xinhua", ORG), ("COSCO Shipping Lines", ORG)], []),
    ("IRNA quoted General Ali Tangsiri as saying the ship had violated regulations.",
     [("IRNA", ORG), ("Ali Tangsiri", P)], []),
    ("The ship Nova Meridian, owned by Cerulean Holdings Inc., was seized.",
     [("Nova Meridian", V), ("Cerulean Holdings Inc.", ORG)], [("Nova Meridian", ORG)]),
    ("Bluewater Tankers Corp. and its vessel Tessa Marie were sanctioned by OFSI.",
     [("Bluewater Tankers Corp.", ORG), ("Tessa Marie", V)], [("Tessa Marie", P)]),
]


# Known gaps, kept visible: a bare name with no ship word in its sentence, a role noun the model
# reads as a company's ("the shipowner, X"), a capitalised role before a name the model misses.
KNOWN_GAPS = {
    "Satellite images show the Lumen Tide alongside another tanker in the Gulf of Oman.",
    "Defendant Arman Petrosyan, 52, pleaded not guilty in federal court.",
    "The shipowner, Nikos Papadakis, said his vessels had done nothing wrong.",
}
PARAMS = [pytest.param(*c, id=c[0][:50], marks=[pytest.mark.xfail(strict=True)] if c[0] in KNOWN_GAPS else [])
          for c in CASES]


def _has(dg, name, typ):
    low = name.lower()
    for e in dg.entities.values():
        names = {e.name.lower(), *(a.lower() for a in e.aliases)}
        if low in names and (typ is None or e.type == typ):
            return True
    return False


@pytest.mark.parametrize("text,must,must_not", PARAMS)
def test_entity_paraphrase(extract, text, must, must_not):
    dg = extract(text)
    got = sorted((e.name, e.type) for e in dg.entities.values())
    for name, typ in must:
        assert _has(dg, name, typ), f"missing {name!r} ({typ}) in {got}"
    for name, typ in must_not:
        assert not _has(dg, name, typ), f"unwanted {name!r} ({typ}) in {got}"
