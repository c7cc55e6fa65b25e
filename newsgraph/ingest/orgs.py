"""Gazetteers of well-known news outlets and maritime data providers.

Public names only, so that a bare "X reported" or "according to X" is read
as an organisation even where the small model misses it. Sources: the outlets'
and companies' own sites and Wikipedia's "List of news agencies" and
"List of newspapers" pages (names as the outlets write them). Names that are
also common words or places in English ("Fars", "Mehr", "Argus", "Dawn",
"Trend", "Petra", "Windward") are left out.
"""

from __future__ import annotations

#: News agencies, newspapers, broadcasters and trade press (public names).
OUTLETS: frozenset[str] = frozenset({
    # wire services and agencies
    "Anadolu Agency", "ANSA", "EFE", "dpa", "Kyodo News", "Jiji Press", "PTI", "Press Trust of India",
    "Ukrinform", "UNIAN", "BelTA", "Tasnim", "ISNA", "Xinhua News Agency", "Sputnik", "RIA",
    "Yonhap News Agency", "Bernama", "Antara", "Saudi Press Agency", "SANA", "Kuwait News Agency",
    "Qatar News Agency", "Kazinform",
    # newspapers and broadcasters
    "Le Monde", "Le Figaro", "Corriere della Sera", "La Repubblica", "El País", "El Mundo", "El Español",
    "Der Spiegel", "Die Zeit", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung", "Handelsblatt",
    "Haaretz", "The Times of Israel", "Al-Monitor", "Middle East Eye", "Asharq Al-Awsat",
    "South China Morning Post", "Global Times", "Nikkei", "Nikkei Asia", "The Hindu", "Hindustan Times",
    "The Straits Times", "Kyiv Independent", "Ukrainska Pravda", "Kyiv Post", "Meduza", "Mediazona",
    "Novaya Gazeta", "Vedomosti", "RBC", "The Moscow Times", "Radio Free Europe/Radio Liberty", "RFE/RL",
    "Voice of America", "France 24", "Euronews", "Deutsche Presse-Agentur", "The Insider", "Bellingcat",
    "Defense News", "Breaking Defense", "Army Recognition", "Naval News", "The War Zone",
    # national newspapers, broadcasters and sports dailies of Europe, Turkey, the Caucasus, the Gulf and Asia
    # (Wikipedia's "List of newspapers in <country>" pages; names as the outlets write them)
    "Jyllands-Posten", "Politiken", "Berlingske", "Dagens Nyheter", "Svenska Dagbladet", "Aftenposten",
    "Helsingin Sanomat", "Kathimerini", "Ta Nea", "To Vima", "Daily Sabah", "Hürriyet", "Hurriyet Daily News",
    "Cumhuriyet", "Milliyet", "Il Sole 24 Ore", "La Stampa", "NRC Handelsblad", "De Telegraaf", "De Standaard",
    "Le Soir", "Gazeta Wyborcza", "Rzeczpospolita", "Gazzetta dello Sport", "L'Équipe", "Kicker", "Marca",
    "JoongAng Ilbo", "Korea JoongAng Daily", "Chosun Ilbo", "Korea Herald", "Korea Times", "Asahi Shimbun",
    "Yomiuri Shimbun", "Mainichi Shimbun", "Indian Express", "The Indian Express", "Times of India",
    "The Times of India", "Economic Times", "The Economic Times", "Gulf News", "Khaleej Times", "Arab News",
    "Tehran Times", "Press TV", "Libya Observer", "Africa Intelligence", "Jeune Afrique", "Intelligence Online",
    "Novaya Gazeta Europe", "Civil.ge", "Interpressnews", "Trend News Agency", "Daily Maverick", "Premium Times",
    # maritime and commodities trade press
    "Lloyd's List", "TradeWinds", "Splash247", "gCaptain", "Seatrade Maritime News", "The Maritime Executive",
    "Maritime Executive", "Hellenic Shipping News", "Safety4Sea", "Baird Maritime", "Riviera Maritime Media",
    "Shipping Watch", "Offshore Energy", "Argus Media", "S&P Global Commodity Insights", "Platts", "ICIS",
})

#: Ship-tracking, intelligence and data firms that news cites as sources (public names).
DATA_PROVIDERS: frozenset[str] = frozenset({
    "Kpler", "Vortexa", "TankerTrackers.com", "MarineTraffic", "VesselFinder", "Spire Maritime",
    "LSEG", "Refinitiv", "Lloyd's List Intelligence", "S&P Global", "Ambrey", "Dryad Global", "UKMTO",
    "Sayari", "C4ADS", "Kharon", "Castellum.AI",
    # the public ship database run for the EU and maritime administrations, and commercial satellite-imagery
    # and tracking firms cited in shipping investigations (the firms' and database's own names)
    "Equasis", "TankerTrackers", "Maxar Technologies", "Kayrros", "Pole Star", "exactEarth",
})

#: Campaign groups, NGOs and investigative networks that news cites as sources; their national sections are
#: written "<name> <country>" ("Greenpeace Spain"). Public names from the organisations' own sites.
NGOS: frozenset[str] = frozenset({
    "Greenpeace", "Amnesty", "Oxfam", "OCCRP", "Bellingcat", "Transparency", "Human Rights Watch",
    "Global Witness", "Amnesty International", "Transparency International", "Reporters Without Borders",
})
