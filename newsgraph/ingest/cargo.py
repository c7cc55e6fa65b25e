"""Vocabularies and small helpers for weapons and cargo (evaluation types Weapon and Other).

How news names goods, as the annotation conventions read it (dev README,
"Entities" and "TRANSPORTED"/"SHIPPED_TO"):

- A *specific* commodity (crude oil, LNG, wheat, engines, cranes, thermal
  cameras) is an entity wherever the text mentions it; a *vague* goods noun
  ("components", "parts", "goods", "containers", "technology") only when it
  is the object of a relation (what a vessel carried, what was shipped).
- A *generic* arms noun ("drones", "missiles", "munitions") is an entity when
  the text treats it as something made, moved, sold, seized or carried; not in
  a passing mention of its use ("a barrage of drones and missiles", "support
  from helicopters and unmanned aerial vehicles", "relied on imported
  artillery").
- Plural and singular, and the synonyms below, name one entity ("artillery
  rounds" = "artillery ammunition", "missile parts" = "missile components").

The word lists are ordinary English vocabulary of the trade and arms press
(no article's names); each is documented where it is defined.
"""

from __future__ import annotations

from spacy.tokens import Span

from . import gazetteers as gz

VAGUE_GOODS_HEADS = frozenset({
    "components", "component", "parts", "part", "goods", "containers", "container", "technology",
    "technologies", "equipment", "items", "materials", "supplies", "cargo", "products", "aid",
})
"""Head words of goods phrases too vague to be an entity unless a relation uses them."""

_SYNONYMS = {
    "rounds": "ammunition", "round": "ammunition", "shells": "ammunition", "shell": "ammunition",
    "munitions": "ammunition", "munition": "ammunition", "ammunition": "ammunition",
    "components": "part", "component": "part", "parts": "part", "part": "part",
    "supplies": "equipment", "hardware": "equipment", "equipment": "equipment",
    "uavs": "drone", "uav": "drone", "drones": "drone", "drone": "drone",
    "crude": "oil",
}
"""Words that name the same goods in arms and shipping reports (plural -> one form)."""

_SINGULAR_KEEP = {"gas", "chips", "arms", "goods", "cross", "glass", "class", "series", "species", "news",
                  "logistics", "electronics", "microelectronics", "soybeans", "aus", "ss"}

PETROLEUM_GENERIC = frozenset({"oil", "crude", "fuel", "petroleum"})
"""Words that may stand for the one petroleum cargo of an article ("the oil", "its crude")."""
PETROLEUM_WORDS = frozenset({"oil", "crude", "fuel", "petroleum", "diesel", "gasoline", "naphtha", "lng", "gas",
                             "condensate", "urals", "products", "kerosene", "bunkers"})
GRAIN_GENERIC = frozenset({"grain", "grains", "cereal", "cereals"})
"""Words that may stand for the one grain cargo of an article ("the grain" for its wheat)."""
GRAIN_WORDS = frozenset({"wheat", "corn", "maize", "barley", "soybeans", "soybean", "rice", "sunflower", "rye",
                         "oats", "sorghum", "rapeseed", "grain"})

CARGO_CUES = frozenset({
    # moving and handing over
    "supply", "supplier", "ship", "shipment", "deliver", "delivery", "send", "transfer", "export", "import",
    "smuggle", "carry", "transport", "haul", "load", "unload", "offload", "discharge", "ferry", "fly", "truck",
    "move", "route", "consignment", "cargo", "bind", "bound", "destine", "head", "arrive", "provide", "receive",
    "obtain", "give", "transit", "lade", "proliferate", "traffic", "dispatch", "consign", "courier", "airlift", "reship",
    # seizing and finding
    "seize", "seizure", "confiscate", "intercept", "interdict", "find", "discover", "recover", "impound",
    "hide", "conceal", "disguise", "pack", "declare", "describe", "mark", "label", "list", "identify",
    # making and trading
    "make", "build", "produce", "production", "manufacture", "manufacturer", "assemble", "output", "buy",
    "sell", "sale", "purchase", "acquire", "order", "contract", "trade", "stockpile", "store", "develop",
    "design", "maker", "producer",
})
"""Lemmas that make a generic arms noun goods: it is moved, seized, made or traded (not only used)."""

MODEL_HEADS = frozenset({
    "missile", "missiles", "drone", "drones", "rocket", "rockets", "uav", "uavs", "launcher", "launchers",
    "howitzer", "howitzers", "interceptor", "interceptors", "torpedo", "torpedoes", "system", "systems",
    "tank", "tanks", "jet", "jets", "fighter", "fighters", "helicopter", "helicopters", "bomb", "bombs",
    "rifle", "rifles", "mortar", "mortars", "warhead", "warheads", "gun", "guns", "cannon", "cannons",
})
"""Arms nouns that a model name precedes ("Sparrow decoy drone", "Tochka missile", "S-400 systems")."""
COMMON_HEADS = frozenset({"system", "systems", "jet", "jets", "fighter", "fighters", "tank", "tanks", "helicopter",
                          "helicopters", "rifle", "rifles", "bomb", "bombs"})
"""Heads too common in other senses to look for a model name before them ("Windows systems", "Tank")."""

ARMS_WORDS = frozenset({"weapon", "weapons", "arms", "missile", "missiles", "debris", "warhead", "ammunition",
                        "munitions", "artillery", "armament", "armaments", "launcher", "launchers"})
"""Words that make a sentence about arms (a designation in it is a weapon's)."""

NOUN_CUES = frozenset({
    "shipment", "delivery", "consignment", "cargo", "seizure", "production", "output", "manufacturer", "maker",
    "producer", "sale", "supplier", "supply", "transfer", "export", "import", "purchase", "contract", "transport",
    "smuggling", "interdiction", "load", "stockpile", "consignments", "shipments", "deliveries", "exports",
    "imports", "transfers", "sales", "supplies", "flow", "flows", "proliferation", "smuggling", "trafficking",
})
"""Nouns among the cues (a head noun "ship" or "order" is not one: "the ship and the oil in its tanks")."""
_TANK_NOT_ARMS = {"oil", "fuel", "storage", "ballast", "cargo", "water", "gas", "septic", "think", "fish"}

PART_HEADS = frozenset({"components", "parts", "spares", "assemblies", "kits"})
"""Head nouns of parts phrases ("missile components", "spare parts for launchers")."""

_SPECIFIC_MODS = PETROLEUM_WORDS | GRAIN_WORDS | {"steel", "coal", "chemical", "food", "agricultural", "metal",
                                                  "timber", "wood", "refined", "farm", "radio", "radar"}

OTHER_USE_WORDS = frozenset({"agricultural", "civilian", "civil", "commercial", "consumer", "hobby", "toy",
                             "farm", "crop-spraying", "delivery", "racing", "recreational", "camera"})
"""Modifiers that say goods serve a use other than war ("agricultural drones", "civilian motors"): such
goods are not the article's named weapon of the same kind."""

EXTRA_CARGO = [
    "condensate", "gas condensate", "gasoil", "gas oil", "vacuum gas oil", "kerosene", "bitumen", "lpg",
    "liquefied petroleum gas", "methanol", "palm oil", "vegetable oil",
    "sunflower seeds", "fertilizers", "fertilisers", "coking coal", "uranium", "bunker fuel", "heavy fuel oil",
    # bulk and project cargo, and dual-use machinery named in export-control cases
    "cement", "bagged cement", "clinker", "anthracite", "sunflower meal", "soybean meal", "rapeseed", "sulphur",
    "sulfur", "pig iron", "bauxite", "refined petroleum products", "construction materials",
    "building materials", "construction equipment", "agricultural machinery", "industrial machinery",
    "servo motors", "flight controllers", "induction furnaces", "vacuum induction furnaces", "cnc machine",
    "cnc machines", "machine tool", "lathes",
    # electronics and test equipment of the export-control cases (the US Commerce Department's Common High
    # Priority List item names, BIS 2023-24) and power-plant project cargo (trade-press vocabulary)
    "integrated circuits", "microcontrollers", "field-programmable gate arrays", "fpgas", "voltage regulators",
    "oscilloscopes", "digital oscilloscopes", "signal generators", "spectrum analyzers", "spectrum analysers",
    "connectors", "high-frequency connectors", "amplifiers", "radio-frequency amplifiers", "transistors",
    "capacitors", "programmable logic controllers", "industrial programmable logic controllers",
    "gnss modules", "gnss receiver modules", "gnss receivers", "heat exchangers", "electrical cabinets",
    "pipeline elements", "transformers",
    # HS 2022 heading and subheading names of machines, parts and apparatus (WCO Harmonized System: 8459-8466
    # machine tools and their parts, 8412 servo actuators, 8487 propeller blades, 8525-8526 radio and radar
    # apparatus, 8537 controllers, 8703 motor cars)
    "milling machines", "milling centres", "milling centers", "machining centres", "machining centers", "spindles",
    "servo actuators", "propeller blades", "radio equipment", "radar equipment", "passenger cars", "motor cars",
    "controllers",
    # HS 2022 names of bulk chemicals, metals and soft commodities often carried by the vessels of these stories
    # (3102.30 ammonium nitrate, 3104.20 potassium chloride, 2815.12 caustic soda, 2807 sulphuric acid, 7207 billets,
    # 7208 hot-rolled coils, 4401.31 wood pellets, 1801 cocoa beans, 0901 coffee, 1507 soybean oil)
    "ammonium nitrate", "potassium chloride", "caustic soda", "sulphuric acid", "sulfuric acid", "steel billets",
    "steel coils", "hot-rolled coils", "wood pellets", "cocoa beans", "coffee", "soybean oil",
]
"""More commodities of the tanker and bulk trade (trade-press vocabulary), matched like gazetteers.CARGO."""

CRUDE_GRADES = [
    # Russia and the Caspian
    "Urals", "ESPO", "ESPO Blend", "Siberian Light", "Varandey", "Novy Port", "CPC Blend",
    "KEBCO", "Azeri Light",
    # the Gulf, Iran and Iraq
    "Iranian Light", "Iranian Heavy", "Forozan", "Arab Light", "Arab Medium", "Arab Heavy", "Arab Extra Light",
    "Basrah Light", "Basrah Medium", "Basrah Heavy", "Murban", "Upper Zakum", "Das Blend", "Oman Export Blend",
    # the Americas and Africa
    "Merey", "Merey 16", "Es Sider", "Sharara", "Saharan Blend", "Bonny Light",
    "Qua Iboe", "Girassol", "Johan Sverdrup",
]
"""Export grades of crude oil, a cargo named on its own ("loaded Urals at P", "lifted Siberian Light").

Source: the grade names of the price-reporting agencies' crude assessments as listed publicly (Wikipedia,
"List of crude oil products" and "Benchmark (crude oil)", retrieved 2026); names that are also common
words, names or places on their own (Brent, Dubai, Oman, Kirkuk, Maya, Sokol, Tengiz) are left out. Matched with their case,
alone or before "crude", "oil" or "blend"."""

EXTRA_WEAPONS = [
    "rocket-propelled grenades", "rocket-propelled grenade launchers", "mortar shells", "mortar ammunition",
    "mortar bombs", "armoured personnel carriers", "armored personnel carriers", "infantry fighting vehicles",
    "gun barrels", "spare barrels", "shell casings", "artillery fuses", "artillery fuzes", "assault rifles",
    "machine guns", "heavy machine guns", "anti-aircraft guns", "anti-tank guided missiles", "manpads",
    "surface-to-air missiles", "air-to-air missiles", "glide bombs", "loitering munitions", "cluster munitions",
    "landmines", "anti-personnel mines", "anti-tank mines", "self-propelled guns", "self-propelled howitzers",
    "multiple rocket launchers", "tank shells", "tank rounds", "rocket motors", "solid rocket motors",
    "missile engines", "drone engines", "uav engines", "guidance units", "guidance systems", "thermal-imaging sights",
    "thermal sights", "detonators", "missile airframes", "drone airframes", "artillery rockets",
    # ground systems and munitions of the UN Register of Conventional Arms' categories, SIPRI's weapon types and
    # the Wassenaar Munitions List headings (ML1-ML10), as the arms press writes them (aircraft and ships,
    # mostly named in use, are left out)
    "battle tanks", "main battle tanks", "armoured combat vehicles", "armored combat vehicles",
    "large-calibre artillery systems", "artillery systems", "missile launchers", "small arms and light weapons",
    "light weapons", "anti-ship missiles", "surface-to-surface missiles", "intercontinental ballistic missiles",
    "hypersonic missiles", "anti-aircraft missiles", "air defence missiles", "air defense missiles", "naval mines",
    "sea mines", "artillery fuzes", "fuzes", "propellants", "military explosives", "sniper rifles",
    "machine pistols", "one-way attack drones",
]
"""Arms and arms components written as compound nouns (the UN Register of Conventional Arms categories and
SIPRI's arms-transfer vocabulary), matched like gazetteers.WEAPONS so that "rocket-propelled grenades" is one
weapon, not a rocket and grenades."""

MANUFACTURED_HEADS = frozenset({
    "cranes", "engines", "cameras", "modules", "chips", "microchips", "semiconductors", "tools", "bearings",
    "electronics", "microelectronics", "trucks", "turbines", "generators", "excavators", "tractors", "machines",
})
"""Manufactured goods whose maker's brand may stand before them ("Haldorf mobile cranes")."""

_LOWER_DEMONYMS = frozenset(d.lower() for d in gz.DEMONYMS) | {"western", "foreign", "new", "advanced", "such",
                                                             "sensitive", "military", "modern", "their", "its"}

USE_CUES = frozenset({
    "barrage", "attack", "attacks", "strike", "strikes", "salvo", "wave", "swarm", "launch", "fire", "shoot",
    "hit", "target", "support", "rely", "threaten", "bombard", "bombardment", "raid", "defend", "defence",
    "defense", "employ", "operate",
})
"""Lemmas that make a generic arms noun a weapon in use, a passing mention ("a barrage of drones",
"support from unmanned aerial vehicles", "relied on imported artillery")."""

VESSEL_CLASSES = frozenset({"VLCC", "ULCC", "Aframax", "Suezmax", "Panamax", "Handysize", "Handymax", "Supramax",
                            "Capesize", "Ultramax", "Kamsarmax", "Newcastlemax"})
"""Tanker and bulker size classes written before a ship's name (shipping-press usage)."""
SHIP_PARTS = frozenset({"crew", "master", "hull", "cargo", "transponder", "ais", "deck", "bow", "stern",
                        "crewmembers", "tanks", "holds", "anchor", "rudder", "propeller"})
"""What a ship has and a company or country does not ("the Ocean Star's crew", "... 's hull")."""

_STOP_HEAD_POS = ("VERB", "AUX")


def goods_words(key: str) -> frozenset[str]:
    """Normalised word set of a weapon/cargo name for merging mentions.

    Parameters
    ----------
    key : str
        Normalised name (:func:`newsgraph.ingest.gazetteers.norm`), e.g. ``"artillery rounds"``.

    Returns
    -------
    frozenset of str
        Words singularised and mapped through the synonyms above
        (``"artillery rounds"`` -> ``{"artillery", "ammunition"}``; ``"crude"`` -> ``{"oil"}``).
    """
    out = set()
    for w in key.split():
        if w in _SYNONYMS:
            w = _SYNONYMS[w]
        elif len(w) > 3 and w.endswith("s") and w not in _SINGULAR_KEEP and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return frozenset(out)


def is_vague(name: str) -> bool:
    """True when a goods name is too vague for an entity of its own ("components", "dual-use goods").

    A vague head with a commodity word before it is specific ("petroleum products", "oil products").

    Parameters
    ----------
    name : str
        Entity name, e.g. ``"dual-use goods"``.
    """
    words = name.lower().split()
    if len(words) > 1 and words[-1] in ("technology", "technologies") and words[-2] not in _LOWER_DEMONYMS \
            and words[-2].isalpha():
        return False  # "satellite technology", "drone technology": a kind of technology, not "Chinese technology"
    return bool(words) and words[-1] in VAGUE_GOODS_HEADS and not set(words[:-1]) & _SPECIFIC_MODS


def modifies_ship(sp: Span) -> bool:
    """True for goods words that only describe ships: "crude oil and product tankers".

    Parameters
    ----------
    sp : spacy.tokens.Span
        A goods mention.
    """
    doc = sp.doc
    e = sp.end
    if e + 1 >= len(doc) or doc[e].lower_ not in ("and", "or", "/"):
        return False
    for t in doc[e + 1:min(len(doc), e + 4)]:
        if t.lower_ in gz.SHIP_NOUNS:
            return True
        if not (t.is_alpha and t.is_lower) and t.text != "-":
            return False
    return False


def cargo_context(sp: Span) -> bool:
    """True when a generic arms noun is treated as goods: moved, seized, made or traded.

    Walks from the phrase's root up its syntactic heads (through prepositions,
    conjunctions and nouns) to the first verb, and also looks at verbs and
    nouns attached to the phrase ("drones it makes", "weapons bound for Y").
    A cue lemma from :data:`CARGO_CUES` on that path makes the mention goods;
    "a barrage of drones" (barrage -> follows) or "support from unmanned aerial
    vehicles" (support -> operated) does not.

    Parameters
    ----------
    sp : spacy.tokens.Span
        The weapon mention.

    Returns
    -------
    bool
    """
    root = sp.root
    if root.lower_ in ("tanks", "tank") and any(c.dep_ == "poss" or c.lower_ in _TANK_NOT_ARMS
                                                for c in root.children):
        return False  # "the oil in its tanks", "storage tanks": a vessel's or a depot's, not armour
    for c in root.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in CARGO_CUES and c.i >= sp.end:
            return True
    tok = root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return True
        lemma = head.lemma_.lower()
        cues = NOUN_CUES if head.pos_ in ("NOUN", "PROPN") else CARGO_CUES
        if lemma in cues or head.lower_ in cues:
            return True
        if lemma in USE_CUES or head.lower_ in USE_CUES:
            return False
        if head.pos_ in _STOP_HEAD_POS:
            # the first verb decides: "seized X", "X were delivered" are goods, and so is anything
            # not said to be used ("reports of X"): only a use ("launched X") makes a passing mention
            return True
        tok = head
    return True
