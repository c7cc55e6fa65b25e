"""How news writing states a vessel's flag, owner, cargo, port calls and a port's country.

A battery of invented sentences in the styles of wire copy, trade press,
coast-guard and navy releases, sanctions notices, court filings, OSINT threads
and translated agency copy, each with the triples it must give (and those it
must not give as facts). Vessel and company names are invented; countries and
ports are real. The conventions are the dev corpus README's: no VISITED for a
country-only destination or a ship-to-ship transfer at sea, charterers are not
owners or operators, denials are kept but are not facts.
"""

from __future__ import annotations

import pytest

F, O, T, V, L = "FLAGGED_IN", "OWNS_OR_OPERATES", "TRANSPORTED", "VISITED", "LOCATED_IN"

# (text, triples that must be facts, triples that must not be facts)
FLAGS = [
    ("The Panama-flagged tanker Corvina Star was detained on Tuesday.", {("Corvina Star", F, "Panama")}, set()),
    ("The tanker Hollis Crest, which flies the flag of Cameroon, was seen off Malta.",
     {("Hollis Crest", F, "Cameroon")}, set()),
    ("The tanker Marlow Sun, sailing under a Comoros flag, left the anchorage at dawn.",
     {("Marlow Sun", F, "Comoros")}, set()),
    ("The crude carrier Ardent Pearl is registered in Sierra Leone, according to shipping databases.",
     {("Ardent Pearl", F, "Sierra Leone")}, set()),
    ("The tanker Velda Rose was reflagged to Gabon in March.", {("Velda Rose", F, "Gabon")}, set()),
    ("The tanker Sable Crest switched its flag from Liberia to Eswatini last year.",
     {("Sable Crest", F, "Eswatini")}, set()),
    ("The Liberian-registered tanker Orla Wind was struck by a drone on Sunday.",
     {("Orla Wind", F, "Liberia")}, set()),
    ("The tanker Tamsin Grey (flag: Palau) was boarded by coast guard officers.",
     {("Tamsin Grey", F, "Palau")}, set()),
    ("Coast guard officers boarded the tanker Kestrel Dawn, sailing under the flag of Togo, on Monday.",
     {("Kestrel Dawn", F, "Togo")}, set()),
    ("The flag state of the tanker Marin Vale, Togo, said it had opened an inquiry.",
     {("Marin Vale", F, "Togo")}, set()),
    ("The Maltese-flagged bulk carrier Ionian Crest was hit by a missile.", {("Ionian Crest", F, "Malta")}, set()),
    ("The tanker Dorado Queen flies a Panamanian flag.", {("Dorado Queen", F, "Panama")}, set()),
    ("The tanker Pelion Trader, flagged in the Marshall Islands, was carrying crude oil.",
     {("Pelion Trader", F, "Marshall Islands")}, set()),
    ("The tanker Ruby Harbour changed its flag to Cameroon in June.", {("Ruby Harbour", F, "Cameroon")}, set()),
    ("Officials seized the Aster Gale, a Comoros-flagged tanker, near the coast.",
     {("Aster Gale", F, "Comoros")}, set()),
    ("Sailing under the flag of Barbados, the tanker Celia Rain was boarded on Monday.",
     {("Celia Rain", F, "Barbados")}, set()),
    ("The tanker Norrland Sky, which is flagged to Panama, was inspected in port.",
     {("Norrland Sky", F, "Panama")}, set()),
    ("The tanker Mira Falcon flies the Russian flag.", {("Mira Falcon", F, "Russia")}, set()),
    ("The Gabonese-flagged tanker Lotus Ridge was seen near the strait.", {("Lotus Ridge", F, "Gabon")}, set()),
    ("The Eswatini-registered tanker Oda Bloom was added to the list.", {("Oda Bloom", F, "Eswatini")}, set()),
    ("Arden Rose (IMO 9187342) is a Cameroon-flagged crude oil tanker.", {("Arden Rose", F, "Cameroon")}, set()),
    ("The tanker Tindra Moon was re-registered in Gabon after it was sanctioned.",
     {("Tindra Moon", F, "Gabon")}, set()),
    ("The tanker Brisa Noor, which sails under Liberia's flag, was struck by a drone.",
     {("Brisa Noor", F, "Liberia")}, set()),
    ("The tanker Solen Vale is not registered in Panama, the country's maritime authority said.",
     set(), {("Solen Vale", F, "Panama")}),
    ("The tanker Vireo Star, whose flag state is Sierra Leone, was detained.",
     {("Vireo Star", F, "Sierra Leone")}, set()),
    ("The tanker Kallisto Dawn, which had been sailing under a Cameroonian flag, was boarded.",
     {("Kallisto Dawn", F, "Cameroon")}, set()),
]

OWNERS = [
    ("The tanker Corvina Star is owned by Helmsgate Shipping Ltd.", {("Helmsgate Shipping Ltd", O, "Corvina Star")},
     set()),
    ("The registered owner of the tanker Hollis Crest is Brightwater Marine Inc.",
     {("Brightwater Marine Inc", O, "Hollis Crest")}, set()),
    ("The tanker Marlow Sun's owner, Tavira Holdings Ltd, did not respond to requests for comment.",
     {("Tavira Holdings Ltd", O, "Marlow Sun")}, set()),
    ("The tanker Velda Rose is managed by Oriel Ship Management.", {("Oriel Ship Management", O, "Velda Rose")},
     set()),
    ("Kestrel Tankers LLC, the ship manager of the Ardent Pearl, said the crew was safe.",
     {("Kestrel Tankers LLC", O, "Ardent Pearl")}, set()),
    ("The commercial manager of the tanker Orla Wind is Seabright Trading FZE.",
     {("Seabright Trading FZE", O, "Orla Wind")}, set()),
    ("Marisco Shipping Ltd, the operator of the tanker Sable Crest, declined to comment.",
     {("Marisco Shipping Ltd", O, "Sable Crest")}, set()),
    ("Northgate Marine's tanker Pelion Trader was detained in Singapore.",
     {("Northgate Marine", O, "Pelion Trader")}, set()),
    ("Corran Shipping Co, which operates the tanker Dorado Queen, said the ship was safe.",
     {("Corran Shipping Co", O, "Dorado Queen")}, set()),
    ("The tanker Ruby Harbour, a vessel belonging to Falmouth Navigation Ltd, was seized.",
     {("Falmouth Navigation Ltd", O, "Ruby Harbour")}, set()),
    ("The tanker Brisa Noor is operated by Dubai-based Qamar Ship Management.",
     {("Qamar Ship Management", O, "Brisa Noor")}, set()),
    ("The tanker Celia Rain, whose registered owner is Ostrava Holdings SA, was detained.",
     {("Ostrava Holdings SA", O, "Celia Rain")}, set()),
    ("Lindqvist Shipping AB owns the tankers Norrland Sky and Norrland Star.",
     {("Lindqvist Shipping AB", O, "Norrland Sky"), ("Lindqvist Shipping AB", O, "Norrland Star")}, set()),
    ("The tanker Mira Falcon belongs to Palisade Marine Corp.", {("Palisade Marine Corp", O, "Mira Falcon")}, set()),
    ("Zephyr Maritime Ltd, the registered owner of the tanker Lotus Ridge, was designated on Thursday.",
     {("Zephyr Maritime Ltd", O, "Lotus Ridge")}, set()),
    ("The tanker Oda Bloom, managed by Castellan Shipmanagement Ltd, sailed on Friday.",
     {("Castellan Shipmanagement Ltd", O, "Oda Bloom")}, set()),
    ("The tanker Vireo Star was chartered by Halvard Energy Ltd.", set(), {("Halvard Energy Ltd", O, "Vireo Star")}),
    ("The tanker Silva Crest was detained on Monday. The ship's operator, Greywater Ship Management, said the crew "
     "was safe.", {("Greywater Ship Management", O, "Silva Crest")}, set()),
    ("The technical manager of the tanker Tindra Moon is Portside Ship Management LLC.",
     {("Portside Ship Management LLC", O, "Tindra Moon")}, set()),
    ("Arden Rose (IMO 9187342) is a crude oil tanker owned by Lysander Marine Ltd.",
     {("Lysander Marine Ltd", O, "Arden Rose")}, set()),
    ("Hexley Maritime Ltd controls the tanker Aster Gale through a shell company in the Marshall Islands.",
     {("Hexley Maritime Ltd", O, "Aster Gale")}, set()),
    ("The tanker Kallisto Dawn is operated by Varna Tanker Management and owned by Pireus Star Holdings Inc.",
     {("Varna Tanker Management", O, "Kallisto Dawn"), ("Pireus Star Holdings Inc", O, "Kallisto Dawn")}, set()),
    ("Halden Bulk Carriers Ltd is the owner of the freighter Vesna Grey.",
     {("Halden Bulk Carriers Ltd", O, "Vesna Grey")}, set()),
    ("The Italian Navy frigate Carlo Vespri escorted the convoy.", {("Italian Navy", O, "Carlo Vespri")}, set()),
    ("The freighter Orsk Trader, operated by Baltic Line Shipping LLC, left port on Friday.",
     {("Baltic Line Shipping LLC", O, "Orsk Trader")}, set()),
]

CARGO = [
    ("The tanker Corvina Star was carrying about 700,000 barrels of crude oil.", {("Corvina Star", T, "crude oil")},
     set()),
    ("The tanker Hollis Crest, laden with crude oil, was seen off Malta.", {("Hollis Crest", T, "crude oil")}, set()),
    ("The freighter Marlow Sun was loaded with artillery shells.", {("Marlow Sun", T, "artillery shells")}, set()),
    ("The freighter Ardent Pearl's cargo of ammunition was seized by customs.",
     {("Ardent Pearl", T, "ammunition")}, set()),
    ("A shipment of drones was found aboard the freighter Orla Wind.", {("Orla Wind", T, "drones")}, set()),
    ("The freighter Sable Crest transported cruise missiles from the Russian port.",
     {("Sable Crest", T, "cruise missiles")}, set()),
    ("The tanker Dorado Queen transferred crude oil to the tanker Ruby Harbour in a ship-to-ship operation.",
     {("Dorado Queen", T, "crude oil"), ("Ruby Harbour", T, "crude oil")}, set()),
    ("The freighter Aster Gale, which carried ammunition, was escorted by a warship.",
     {("Aster Gale", T, "ammunition")}, set()),
    ("The freighter Brisa Noor had artillery shells in its hold.", {("Brisa Noor", T, "artillery shells")}, set()),
    ("The freighter Celia Rain hauled wheat across the Black Sea.", {("Celia Rain", T, "wheat")}, set()),
    ("Artillery shells were unloaded from the freighter Mira Falcon.", {("Mira Falcon", T, "Artillery shells")},
     set()),
    ("The tanker Lotus Ridge took on crude oil from the tanker Oda Bloom.",
     {("Lotus Ridge", T, "crude oil"), ("Oda Bloom", T, "crude oil")}, set()),
    ("Some 2 million barrels of crude oil were aboard the tanker Kallisto Dawn.",
     {("Kallisto Dawn", T, "crude oil")}, set()),
    ("The tanker Tindra Moon offloaded its cargo of fuel oil on Friday.", {("Tindra Moon", T, "fuel oil")}, set()),
    ("Customs officers found ammunition on board the freighter Vesna Grey.", {("Vesna Grey", T, "ammunition")},
     set()),
    ("The freighter Orsk Trader delivered a consignment of artillery shells.",
     {("Orsk Trader", T, "artillery shells")}, set()),
    ("The tanker Pelion Trader shipped crude oil worth $50 million.", {("Pelion Trader", T, "crude oil")}, set()),
    ("The tanker Norrland Sky was moving crude oil for a trading house.", {("Norrland Sky", T, "crude oil")}, set()),
    ("Inspectors said the freighter Silva Crest had smuggled cigarettes.", {("Silva Crest", T, "cigarettes")}, set()),
    ("The tanker Marin Vale, with a cargo of diesel, was detained.", {("Marin Vale", T, "diesel")}, set()),
]

VISITS = [
    ("The tanker Corvina Star docked at Fujairah on Monday.", {("Corvina Star", V, "Fujairah")}, set()),
    ("The tanker Hollis Crest called at the port of Jebel Ali last week.", {("Hollis Crest", V, "Jebel Ali")},
     set()),
    ("The freighter Marlow Sun berthed in Tartus on Friday.", {("Marlow Sun", V, "Tartus")}, set()),
    ("The tanker Velda Rose anchored off Limassol for three days.", {("Velda Rose", V, "Limassol")}, set()),
    ("The tanker Ardent Pearl left Ust-Luga on March 3.", {("Ardent Pearl", V, "Ust-Luga")}, set()),
    ("The freighter Orla Wind departed from Novorossiysk on Sunday.", {("Orla Wind", V, "Novorossiysk")}, set()),
    ("The freighter Sable Crest sailed from Baltiysk to Tobruk.",
     {("Sable Crest", V, "Baltiysk"), ("Sable Crest", V, "Tobruk")}, set()),
    ("The tanker Tamsin Grey, bound for Sikka, was seen in the Red Sea.", {("Tamsin Grey", V, "Sikka")}, set()),
    ("The freighter Pelion Trader arrived in Port Sudan on Friday.", {("Pelion Trader", V, "Port Sudan")}, set()),
    ("The tanker Dorado Queen loaded at Primorsk in early May.", {("Dorado Queen", V, "Primorsk")}, set()),
    ("The tanker Ruby Harbour discharged its cargo at Qingdao.", {("Ruby Harbour", V, "Qingdao")}, set()),
    ("The tanker Aster Gale was detained in March. Its last port of call was Bandar Abbas.",
     {("Aster Gale", V, "Bandar Abbas")}, set()),
    ("The tanker Brisa Noor was heading to Vadinar when it was struck.", {("Brisa Noor", V, "Vadinar")}, set()),
    ("The tanker Celia Rain stopped at Ceuta, Piraeus and Alexandria.",
     {("Celia Rain", V, "Ceuta"), ("Celia Rain", V, "Piraeus"), ("Celia Rain", V, "Alexandria")}, set()),
    ("The tanker Norrland Sky was en route to Port Said.", {("Norrland Sky", V, "Port Said")}, set()),
    ("The tanker Oda Bloom entered the port of Bandar Abbas on Sunday.", {("Oda Bloom", V, "Bandar Abbas")}, set()),
    ("The tanker Kallisto Dawn was moored at Jebel Ali.", {("Kallisto Dawn", V, "Jebel Ali")}, set()),
    ("The tanker Lotus Ridge loaded crude oil at Novorossiysk before discharging it in Aliaga.",
     {("Lotus Ridge", V, "Novorossiysk"), ("Lotus Ridge", V, "Aliaga")}, set()),
    ("The tanker Mira Falcon was towed to the port of Rostock.", {("Mira Falcon", V, "Rostock")}, set()),
    ("The freighter Vesna Grey made port in Durban after the storm.", {("Vesna Grey", V, "Durban")}, set()),
    ("The tanker Tindra Moon did not call at Fujairah, the company said.", set(), {("Tindra Moon", V, "Fujairah")}),
    ("The freighter Orsk Trader, which sailed from Tartus, reached Tobruk on Monday.",
     {("Orsk Trader", V, "Tartus"), ("Orsk Trader", V, "Tobruk")}, set()),
    ("Satellite images show the tanker Silva Crest at the port of Primorsk.", {("Silva Crest", V, "Primorsk")},
     set()),
    ("The tanker Marin Vale, which arrived at Sikka on Tuesday, was carrying crude oil.",
     {("Marin Vale", V, "Sikka")}, set()),
    ("The tanker Vireo Star set sail from Ust-Luga on Monday.", {("Vireo Star", V, "Ust-Luga")}, set()),
]

CONTAINMENT = [
    ("The tanker Corvina Star docked at the Iraqi port of Basra.", {("Basra", L, "Iraq")}, set()),
    ("The tanker Hollis Crest called at Aliaga in western Turkey.", {("Aliaga", L, "Turkey")}, set()),
    ("The freighter Marlow Sun docked at Tartus, a port in Syria, on Friday.", {("Tartus", L, "Syria")}, set()),
    ("The tanker Velda Rose loaded at Russia's Ust-Luga port.", {("Ust-Luga", L, "Russia")}, set()),
    ("The freighter Ardent Pearl called at the Syrian port of Latakia.", {("Latakia", L, "Syria")}, set()),
    ("The tanker Orla Wind left the port of Primorsk, Russia, on Monday.", {("Primorsk", L, "Russia")}, set()),
    ("The tanker Sable Crest anchored off Fujairah, in the United Arab Emirates.",
     {("Fujairah", L, "United Arab Emirates")}, set()),
    ("The tanker Tamsin Grey discharged at China's Qingdao port.", {("Qingdao", L, "China")}, set()),
    ("The freighter Pelion Trader docked at the Libyan port city of Tobruk.", {("Tobruk", L, "Libya")}, set()),
    ("The tanker Dorado Queen sailed to Bandar Abbas, Iran's main port, last week.",
     {("Bandar Abbas", L, "Iran")}, set()),
    ("The freighter Ruby Harbour called at the Egyptian Mediterranean port of Alexandria.",
     {("Alexandria", L, "Egypt")}, set()),
    ("The freighter Aster Gale arrived at Port Sudan on Sudan's Red Sea coast.", {("Port Sudan", L, "Sudan")},
     set()),
    ("The tanker Brisa Noor was heading to Vadinar, on India's west coast.", {("Vadinar", L, "India")}, set()),
    ("The tanker Celia Rain anchored off Limassol in Cyprus.", {("Limassol", L, "Cyprus")}, set()),
    ("The tanker Norrland Sky loaded at the Turkish port of Ceyhan.", {("Ceyhan", L, "Turkey")}, set()),
    ("The tanker Mira Falcon docked at Umm Qasr, Iraq's main commodities port.", {("Umm Qasr", L, "Iraq")}, set()),
    ("The tanker Oda Bloom loaded at Novorossiysk on Russia's Black Sea coast.", {("Novorossiysk", L, "Russia")},
     set()),
    ("The tanker Kallisto Dawn left the Russian Baltic port of Primorsk.", {("Primorsk", L, "Russia")}, set()),
    ("The tanker Lotus Ridge called at Jebel Ali in the United Arab Emirates.",
     {("Jebel Ali", L, "United Arab Emirates")}, set()),
    ("The freighter Vesna Grey docked at Durban, South Africa, on Tuesday.", {("Durban", L, "South Africa")}, set()),
]


# Longer, wire-style sentences: the relation sits in a clause, an apposition or the next sentence.
HARDER = [
    ("The Sierra Leone-flagged tanker Pallas Wren, which has been under U.S. sanctions since 2023, was boarded.",
     {("Pallas Wren", F, "Sierra Leone")}, set()),
    ("The tanker Kasimir Dawn was seized on Friday. The vessel, which flies the flag of Panama, had switched off "
     "its transponder.", {("Kasimir Dawn", F, "Panama")}, set()),
    ("The tanker Selma Vega was seized on Friday. The ship is registered in Cameroon, according to the Equasis "
     "database.", {("Selma Vega", F, "Cameroon")}, set()),
    ("The tanker Halcyon Tide, which was reflagged from Liberia to Gabon in 2023, left port on Monday.",
     {("Halcyon Tide", F, "Gabon")}, set()),
    ("The tanker Greta Flint, owned by Harbin Star Shipping Ltd and managed by Nordvik Ship Management, "
     "was detained.", {("Harbin Star Shipping Ltd", O, "Greta Flint"), ("Nordvik Ship Management", O, "Greta Flint")},
     set()),
    ("The tanker Selma Vega was seized on Friday. Its registered owner, Orion Crest Marine Ltd, could not be "
     "reached for comment.", {("Orion Crest Marine Ltd", O, "Selma Vega")}, set()),
    ("The tanker Halcyon Tide is owned and operated by Sundial Maritime Inc, a company registered in Liberia.",
     {("Sundial Maritime Inc", O, "Halcyon Tide")}, set()),
    ("The tanker Greta Flint, carrying 1 million barrels of crude oil, was boarded by commandos.",
     {("Greta Flint", T, "crude oil")}, set()),
    ("The freighter Pallas Wren left Tartus on Monday with a cargo of artillery shells.",
     {("Pallas Wren", T, "artillery shells"), ("Pallas Wren", V, "Tartus")}, set()),
    ("The tanker Kasimir Dawn received crude oil from another tanker in a ship-to-ship transfer.",
     {("Kasimir Dawn", T, "crude oil")}, set()),
    ("The tanker Selma Vega, which left the port of Primorsk on May 2, is bound for Sikka.",
     {("Selma Vega", V, "Primorsk"), ("Selma Vega", V, "Sikka")}, set()),
    ("The tanker Halcyon Tide loaded crude oil at Ceyhan and sailed to Tartus, according to ship-tracking data.",
     {("Halcyon Tide", V, "Ceyhan"), ("Halcyon Tide", V, "Tartus"), ("Halcyon Tide", T, "crude oil")}, set()),
    ("The tanker Greta Flint was bound for Egypt when it was seized.", set(), {("Greta Flint", V, "Egypt")}),
    ("The tanker Pallas Wren transferred crude oil to another tanker off the coast of Malaysia.",
     {("Pallas Wren", T, "crude oil")}, set()),
    ("The tanker Velda Rose and the tanker Orla Wind, both flagged in Panama, were seized.",
     {("Velda Rose", F, "Panama"), ("Orla Wind", F, "Panama")}, set()),
    ("The tanker Halcyon Tide was hit on Monday. The vessel, registered in Panama, was carrying crude oil.",
     {("Halcyon Tide", F, "Panama")}, set()),
    ("Russia's shadow fleet tanker Greta Flint, which is registered in Gabon, was boarded by French commandos.",
     {("Greta Flint", F, "Gabon")}, set()),
    ("The tanker Pallas Wren is owned by Sundial Maritime Inc, a company registered in Liberia.",
     {("Sundial Maritime Inc", O, "Pallas Wren")}, {("Pallas Wren", F, "Liberia")}),
    ("The Delmar Shipping-owned tanker Tamsin Grey was seized.", {("Delmar Shipping", O, "Tamsin Grey")}, set()),
    ("The tanker Velda Rose was seized on Friday. Orion Crest Marine Ltd, which owns the vessel, declined to "
     "comment.", {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The tanker Velda Rose was seized. Equasis lists Orion Crest Marine Ltd as the vessel's registered owner.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The tanker Velda Rose is registered to Orion Crest Marine Ltd, a shell company in the Marshall Islands.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, {("Velda Rose", F, "Marshall Islands")}),
    ("The tanker Velda Rose, whose owner Orion Crest Marine Ltd is based in Dubai, was seized.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("Orion Crest Marine Ltd is listed as the owner of the tanker Velda Rose.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The Kharkiv-based company Orion Crest Marine Ltd, which manages the tanker Velda Rose, denied wrongdoing.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The ship manager for the tanker Velda Rose, Orion Crest Marine Ltd, said it complied with the law.",
     {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The tanker Halcyon Tide loaded at Russia's Baltic Sea port of Ust-Luga.", {("Ust-Luga", L, "Russia")}, set()),
    ("The tanker Greta Flint left the Libyan oil port of Marsa el Brega on Monday.",
     {("Marsa el Brega", L, "Libya")}, set()),
    ("The tanker Pallas Wren called at Fujairah, in the United Arab Emirates, and at Sohar in Oman.",
     {("Pallas Wren", V, "Fujairah"), ("Pallas Wren", V, "Sohar"), ("Fujairah", L, "United Arab Emirates"),
      ("Sohar", L, "Oman")}, set()),
    ("The tanker Velda Rose, which was carrying crude oil, was hit by a missile.",
     {("Velda Rose", T, "crude oil")}, {("Velda Rose", T, "missile")}),
    ("Ukrainian sea drones struck the tanker Velda Rose, which was carrying Russian crude oil, near Tuapse.",
     {("Velda Rose", T, "crude oil")}, {("Velda Rose", T, "drones")}),
    ("Houthi rebels attacked the tanker Greta Flint with missiles and drones while it carried crude oil.",
     set(), {("Greta Flint", T, "missiles"), ("Greta Flint", T, "drones")}),
    ("The tanker Velda Rose picked up crude oil at Novorossiysk.",
     {("Velda Rose", T, "crude oil"), ("Velda Rose", V, "Novorossiysk")}, set()),
    ("The tanker Velda Rose received crude oil from the tanker Orla Wind off Malaysia.",
     {("Velda Rose", T, "crude oil"), ("Orla Wind", T, "crude oil")}, set()),
    ("The tanker Velda Rose shipped crude oil from Novorossiysk to Tartus.",
     {("Velda Rose", T, "crude oil"), ("Velda Rose", V, "Novorossiysk"), ("Velda Rose", V, "Tartus")}, set()),
    ("The tanker Velda Rose was seized on Friday. The ship's flag state is listed as Cameroon.",
     {("Velda Rose", F, "Cameroon")}, set()),
    ("The tanker Velda Rose is listed on the Cameroon ship registry.", {("Velda Rose", F, "Cameroon")}, set()),
    ("The tanker Velda Rose was carrying the Panamanian flag when it was boarded.",
     {("Velda Rose", F, "Panama")}, set()),
    ("The tanker Greta Flint hoisted the Russian flag in January.", {("Greta Flint", F, "Russia")}, set()),
    ("The tanker Velda Rose, under a Cameroon flag, was boarded.", {("Velda Rose", F, "Cameroon")}, set()),
    ("The tanker Velda Rose was seized on Friday. Orion Crest Marine Ltd, which owns the tanker Orla Wind, "
     "declined to comment.", {("Orion Crest Marine Ltd", O, "Orla Wind")},
     {("Orion Crest Marine Ltd", O, "Velda Rose")}),
    ("The tanker Velda Rose collided with the freighter Orla Wind, which was carrying wheat, off Gibraltar.",
     {("Orla Wind", T, "wheat")}, {("Velda Rose", T, "wheat")}),
    ("The tanker Velda Rose was sailing near the port of Tartus when it was hit.", set(),
     {("Velda Rose", V, "Tartus")}),
    ("The tanker Velda Rose was anchored about 20 miles from Fujairah.", set(), {("Velda Rose", V, "Fujairah")}),
    ("The tanker Velda Rose tried to dock at Tartus but was refused.", set(), {("Velda Rose", V, "Tartus")}),
    ("The tanker Velda Rose never reached Tartus.", set(), {("Velda Rose", V, "Tartus")}),
    ("The tanker Velda Rose was last seen in the Red Sea, having left Port Sudan a week earlier.",
     {("Velda Rose", V, "Port Sudan")}, set()),
    ("OFAC's designation of the tanker Velda Rose came on Thursday.", set(),
     {("Office of Foreign Assets Control", O, "Velda Rose"), ("OFAC", O, "Velda Rose")}),
    ("The Islamic Revolutionary Guard Corps's seizure of the tanker Velda Rose drew protests.", set(),
     {("Islamic Revolutionary Guard Corps", O, "Velda Rose")}),
    ("The US Navy destroyer USS Mason shot down a drone.", {("US Navy", O, "USS Mason")}, set()),
    ("Sovcomflot's crude oil tanker Velda Rose was sanctioned.", {("Sovcomflot", O, "Velda Rose")}, set()),
    ("OFAC also identified the tanker Velda Rose as blocked property in which Orion Crest Marine Ltd has an "
     "interest.", {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("One such handover came in July, when the tanker Velda Rose passed crude oil to the tanker Orla Wind.",
     {("Velda Rose", T, "crude oil"), ("Orla Wind", T, "crude oil")}, set()),
    ("The research vessel Marlin Deep left Valparaiso in January. Scientists on board the Halden Ocean "
     "Institute's research vessel found new species.", {("Halden Ocean Institute", O, "Marlin Deep")}, set()),
    ("The bulk carrier Velda Rose unloaded 30,000 tonnes of wheat in Tartus, the Syrian port.",
     {("Velda Rose", V, "Tartus"), ("Tartus", L, "Syria"), ("Velda Rose", T, "wheat")}, set()),
    ("The tanker Velda Rose and its sister ship, the Orla Wind, both owned by Orion Crest Marine Ltd, were "
     "designated.", {("Orion Crest Marine Ltd", O, "Velda Rose"), ("Orion Crest Marine Ltd", O, "Orla Wind")}, set()),
    ("The dry cargo ship \"Velda Rose\" under the flag of Cameroon entered the port of Sevastopol.",
     {("Velda Rose", F, "Cameroon"), ("Velda Rose", V, "Sevastopol")}, set()),
    ("The tanker \"Velda Rose\", which belongs to the company \"Orion Crest Marine\", arrived at the port of "
     "Tartus on 12 May.", {("Orion Crest Marine", O, "Velda Rose"), ("Velda Rose", V, "Tartus")}, set()),
    ("The complaint alleges that Orion Crest Marine Ltd operated the tanker Velda Rose on behalf of the Islamic "
     "Revolutionary Guard Corps.", {("Orion Crest Marine Ltd", O, "Velda Rose")}, set()),
    ("The freighter Velda Rose ferried ammunition across the Caspian Sea.", {("Velda Rose", T, "ammunition")}, set()),
    ("Orion Crest Marine Ltd denied owning the tanker Velda Rose.", set(),
     {("Orion Crest Marine Ltd", O, "Velda Rose")}),
    ("The tanker Velda Rose is not owned by Orion Crest Marine Ltd, the company said.", set(),
     {("Orion Crest Marine Ltd", O, "Velda Rose")}),
    ("Benin's maritime authority said the tanker Velda Rose was not registered in Benin.", set(),
     {("Velda Rose", F, "Benin")}),
    ("The Comoros ship registry said the tanker Velda Rose was removed from its register in 2023.", set(),
     {("Velda Rose", F, "Comoros")}),
    ("The owner of the tanker Velda Rose denied that the ship had called at Tartus.", set(),
     {("Velda Rose", V, "Tartus")}),
    ("The tanker Velda Rose was re-flagged to Cameroon in May.", {("Velda Rose", F, "Cameroon")}, set()),
    ("The tanker Velda Rose's flag was changed to Gabon last year.", {("Velda Rose", F, "Gabon")}, set()),
    ("The tanker Velda Rose switched flags to Sierra Leone in March.", {("Velda Rose", F, "Sierra Leone")}, set()),
    ("Since January, the tanker Velda Rose has flown the Russian flag.", {("Velda Rose", F, "Russia")}, set()),
    ("Iran's navy seized a Marshall Islands-flagged tanker in the Gulf of Oman on Thursday. The tanker, the Velda "
     "Rose, was carrying crude oil to Turkey.", {("Velda Rose", F, "Marshall Islands")}, set()),
    ("Panama-flagged tanker seized off Oman\n\nIran's navy on Thursday seized the tanker Velda Rose, state media "
     "said.", {("Velda Rose", F, "Panama")}, set()),
    ("Iran's navy seized a Panama-flagged tanker on Thursday. Separately, the tanker Orla Wind docked at Fujairah.",
     {("Orla Wind", V, "Fujairah")}, {("Orla Wind", F, "Panama")}),
    ("The tanker Velda Rose docked at Tanjung Pelepas in the southern Malaysian state of Johor.",
     {("Tanjung Pelepas", L, "Johor"), ("Johor", L, "Malaysia")}, {("Tanjung Pelepas", L, "Malaysia")}),
    ("The tanker Velda Rose unloaded at Dongjiakou, a port in China's Shandong province.",
     {("Dongjiakou", L, "Shandong province"), ("Shandong province", L, "China")}, set()),
    ("The tanker Velda Rose sailed to Yeosu, South Korea.", {("Yeosu", L, "South Korea")}, set()),
    ("The tanker Velda Rose called at the UAE's Fujairah port.", {("Fujairah", L, "United Arab Emirates")}, set()),
    ("DP World, the operator of the Jebel Ali port, said the tanker Velda Rose had left.", set(),
     {("DP World", O, "Velda Rose")}),
    ("Orion Crest Marine Ltd, the largest operator of tankers in Greece, said the tanker Velda Rose was not its "
     "ship.", set(), {("Orion Crest Marine Ltd", O, "Velda Rose")}),
    ("Orion Crest Marine Ltd is the ship manager and commercial manager of vessels including the Velda Rose, the "
     "Orla Wind and the Greta Flint.", {("Orion Crest Marine Ltd", O, "Velda Rose"),
                                         ("Orion Crest Marine Ltd", O, "Orla Wind"),
                                         ("Orion Crest Marine Ltd", O, "Greta Flint")}, set()),
    ("Treasury also designated the tankers Velda Rose and Orla Wind, both managed by Orion Crest Marine Ltd.",
     {("Orion Crest Marine Ltd", O, "Velda Rose"), ("Orion Crest Marine Ltd", O, "Orla Wind")}, set()),
    ("German authorities seized the tanker Velda Rose. The cargo, about 100,000 tonnes of crude oil, was "
     "confiscated.", {("Velda Rose", T, "crude oil")}, set()),
    ("German authorities seized the tanker Velda Rose. On board were 100,000 tonnes of crude oil.",
     {("Velda Rose", T, "crude oil")}, set()),
    ("The tanker Velda Rose docked at Sikka, located in India's Gujarat state.",
     {("Sikka", L, "Gujarat"), ("Gujarat", L, "India")}, set()),
    ("The tanker Velda Rose called at Vadinar, which lies on India's west coast.", {("Vadinar", L, "India")}, set()),
    ("The tanker Velda Rose docked at Sikka (India) on Monday.", {("Sikka", L, "India")}, set()),
    ("The tanker Velda Rose was boarded by masked commandos armed with rifles.", set(),
     {("Velda Rose", T, "rifles")}),
    ("Armed guards with Kalashnikov rifles boarded the tanker Velda Rose.", set(), {("Velda Rose", T, "rifles"),
                                                                                   ("Velda Rose", T, "Kalashnikov rifles")}),
    ("Halvard Energy Ltd, the charterer of the tanker Velda Rose, said the ship was safe.", set(),
     {("Halvard Energy Ltd", O, "Velda Rose")}),
]

# Phrasings the relation rules handle but whose names entity detection (nlp.py/resolve.py) misses or mistypes;
# reported to the entity engineers, kept here so that they start passing when detection is fixed.
ENTITY_GAPS = {
    "cargo-18": "'cigarettes' is not recognised as cargo",
}

CASES = [(f"{name}-{i:02d}", *case) for name, group in (("flag", FLAGS), ("owner", OWNERS), ("cargo", CARGO),
                                                         ("visit", VISITS), ("located", CONTAINMENT), ("harder", HARDER))
         for i, case in enumerate(group)]


def _norm(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum())


def _facts_norm(dg, facts_only: bool = True) -> set[tuple[str, str, str]]:
    """Facts as normalised (subject, predicate, object), each end under its name and every alias."""
    by_id = {e.id: e for e in dg.entities.values()}
    out = set()
    for r in dg.relations:
        if facts_only and r.modality in ("negated", "denied"):
            continue
        s, o = by_id[r.subject], by_id[r.object]
        for sn in {s.name, *s.aliases}:
            for on in {o.name, *o.aliases}:
                out.add((_norm(sn), r.predicate, _norm(on)))
    return out


PARAMS = [pytest.param(*c, id=c[0], marks=pytest.mark.xfail(reason=ENTITY_GAPS[c[0]], strict=False))
          if c[0] in ENTITY_GAPS else pytest.param(*c, id=c[0]) for c in CASES]


@pytest.mark.parametrize("cid,text,want,forbid", PARAMS)
def test_vessel_paraphrase(extract, cid, text, want, forbid):
    dg = extract(text)
    got = _facts_norm(dg)
    missing = {w for w in want if (_norm(w[0]), w[1], _norm(w[2])) not in got}
    wrong = {f for f in forbid if (_norm(f[0]), f[1], _norm(f[2])) in got}
    names = {e.id: e.name for e in dg.entities.values()}
    shown = sorted((names[r.subject], r.predicate, names[r.object], r.modality) for r in dg.relations)
    assert not missing and not wrong, (missing, wrong, shown, sorted((e.name, e.type) for e in
                                                                     dg.entities.values()))
