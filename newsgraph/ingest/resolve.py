"""Resolution: entity mentions of one document -> canonical entities.

Rules (each general, none tied to an article):

- Countries, demonyms and capitals used as metonyms resolve to the country's
  short name ("North Korean", "Pyongyang" -> North Korea); a capital written as
  a place ("Athens-based", "in Athens") stays a Location.
- Organisations: an acronym and its expansion are one entity ("Conflict
  Armament Research (CAR)"); a short form that is the first words of a longer
  name in the same document is that entity ("Corvana" -> "Corvana Supply and
  Trading DMCC").
- People: a surname (or any single name part) alone is the full name when
  exactly one person in the document carries it; two people sharing only a
  surname stay apart.
- Vessels, ports and places: same normalised name (ship prefixes MV, MT,
  "the" dropped) is one entity.
- Weapons and cargo: a mention whose words are all in a longer mention of the
  same type joins it ("shells", "artillery" -> "artillery shells").
- ``known`` (the store's alias index) gives an entity already seen in other
  documents its existing canonical name, hence its id.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Mapping

from spacy.tokens import Doc, Span

from ..graph.model import Entity
from . import cargo
from . import gazetteers as gz
from . import places as pl
from .nlp import TIME_ZONES, doc_text, doc_tokens, meta_key

_LABEL_TYPE = {"PERSON": "Person", "ORG": "Organization", "SOURCE": "Organization", "VESSEL": "Vessel",
               "PORT": "Port", "LOC": "Location", "FAC": "Location", "WEAPON": "Weapon", "CARGO": "Other"}
#: Designations of transport and passenger aircraft by maker (Ilyushin, Antonov, Boeing, Airbus, Embraer, ATR;
#: the makers' own model naming; not Tupolev or Yakovlev, who also make bombers): cargo planes, not weapons.
_AIRLINER_RE = re.compile(r"^(?:Il|An|Boeing|Airbus|Embraer|ATR)[ -]?[A-Z]?\d{2,3}\b")
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "into"}
#: "P-3C", "P-1", "C-130J": a maker's or service's model designation (letters, a hyphen, digits)
_DESIGNATION_RE = re.compile(r"^[A-Z]{1,3}-\d{1,3}[A-Z]?$")
_AIRCRAFT_ROLES = {"patrol", "surveillance", "reconnaissance", "transport", "cargo", "tanker", "early-warning"}
_AIRCRAFT_NOUNS = {"aircraft", "plane", "planes", "airplane", "jet", "jets", "helicopter", "helicopters"}
_FORCES = ("navy", "army", "air force", "coast guard", "military", "armed forces", "marines", "government")
_SHIP_PREFIX = {"mv", "m v", "mt", "m t", "ss", "rv", "r v", "hms", "uss", "ins", "fv", "km"} | {
    p.lower() for p in gz.NAVAL_PREFIXES | {"USCGC", "CCGS"}}
"""Prefixes left out of a ship's name key: "USCGC X" and "the X" are one ship (navies' and coast guards' prefixes
from :data:`newsgraph.ingest.gazetteers.NAVAL_PREFIXES`)."""
_BARE_PREFIXES = {"mv", "m v", "mt", "m t", "ss", "rv", "r v", "fv", "km"}
"""Merchant and research ships' prefixes (motor vessel, motor tanker, steamship, research vessel, fishing
vessel, Indonesian kapal motor), not part of the name; a navy's (HMS, USS, INS) is kept as it is written."""


_FUEL_SUFFIXES = frozenset({"ready", "powered", "fuelled", "fueled", "fired", "capable", "driven", "burning",
                            "propelled"})
"""Second halves of hyphenated words that make a fuel of a goods word ("methanol-ready", "LNG-powered")."""


def _strip_ship_prefix(name: str) -> str:
    """``name`` without a leading merchant ship prefix ("MV X", "M/V X", "M.T. X"), or "" when it has none."""
    first, _, rest = name.partition(" ")
    return rest.strip() if rest.strip() and gz.norm(first) in _BARE_PREFIXES else ""


@dataclass
class Mention:
    """One entity mention in a document.

    Attributes
    ----------
    start, end : int
        Token offsets in the spaCy Doc (end exclusive).
    text : str
        Surface form.
    type : str
        Evaluation-level type.
    cls : str
        Ontology class.
    key : str
        Provisional cluster key (canonical name for countries).
    sent : int
        Token offset of the sentence start.
    entity : str
        Entity id after resolution.
    """

    start: int
    end: int
    text: str
    type: str
    cls: str
    key: str
    sent: int
    meta: dict = field(default_factory=dict)
    entity: str = ""


def _sentence_starts(doc: Doc) -> list[int]:
    """For each token of ``doc``, the index of its sentence's first token (``Span.sent.start``).

    Returns
    -------
    list of int
        ``len(doc)`` entries.
    """
    out = [0] * len(doc)
    for sent in doc.sents:
        out[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
    return out


def mentions(doc: Doc) -> list[Mention]:
    """Typed mentions of the entity spans of ``doc`` (from :mod:`newsgraph.ingest.nlp`).

    Returns
    -------
    list of Mention
        In document order; dates, numbers and unresolvable NORP spans are left out.
    """
    meta = doc._.ng_meta or {}
    sent_at = _sentence_starts(doc)  # Span.sent walks the tokens again for each mention
    out: list[Mention] = []
    countries = gz.countries()
    dtext = doc_text(doc)
    for sp in doc.ents:
        info = meta.get(meta_key(sp.start, sp.end), {})
        label = sp.label_
        if len(sp) == 1 and sp.text in TIME_ZONES and sp.start > 0 and doc[sp.start - 1].text[:1].isdigit():
            continue  # "at around 04.30 WIB": a clock time's zone
        text = dtext[sp.start_char:sp.end_char]  # sp.text rebuilds it from the tokens
        if label == "NORP" and sp.end < len(doc) and doc[sp.end].lower_ in ("straits", "strait") and \
                text in gz.DEMONYMS:
            e = sp.end + 1  # "the Danish straits", "the Turkish Straits": a named waterway, not the country
            out.append(Mention(sp.start, e, dtext[sp.start_char:doc[e - 1].idx + len(doc[e - 1])], "Location",
                               "Location", gz.norm(doc[sp.start:e].text), sent_at[sp.start], {"rule": "demonym_strait"}))
            continue
        if label in ("GPE", "NORP", "CAPITAL"):
            canon = info.get("canonical") or countries.get(text) or gz.DEMONYMS.get(text)
            if label == "CAPITAL":
                canon = gz.CAPITALS.get(text.removeprefix("the "), canon)
                nxt = doc[sp.end] if sp.end < len(doc) else None
                prv = doc[sp.start - 1] if sp.start > 0 else None
                as_place = (nxt is not None and nxt.text in ("-",) and sp.end + 1 < len(doc)
                            and doc[sp.end + 1].lower_ in ("based", "headquartered")) or \
                           (prv is not None and prv.lower_ in _PLACE_PREPS and text not in ("Kremlin", "the Kremlin",
                                                                                           "White House"))
                if not as_place and nxt is not None and prv is not None and nxt.pos_ == "NOUN" and nxt.is_lower \
                        and prv.lower_ in ("a", "an", "the") and text not in ("Kremlin", "White House"):
                    as_place = True  # "a Moscow importer", "the Tallinn company": where the firm sits
                if not as_place and prv is not None and prv.lower_ == "of" and sp.start > 1 and \
                        doc[sp.start - 2].lower_ in _CITY_PARTS:
                    as_place = True  # "took much of Khartoum", "the outskirts of Kyiv": the city itself
                if not as_place and nxt is not None and nxt.text == "," and sp.end + 1 < len(doc) and \
                        gz.CAPITALS.get(text) == countries.get(_country_after(doc, sp.end + 1), ""):
                    as_place = True  # "Daryan Sky Airlines of Tehran, Iran": an address, the city in its country
                if as_place:
                    out.append(Mention(sp.start, sp.end, text, "Location", "Location", gz.norm(text),
                                       sent_at[sp.start], info))
                    continue
                if text == "Brussels":  # the metonym for the European Union's institutions, not for Belgium
                    out.append(Mention(sp.start, sp.end, text, "Organization", "Organization", "eu",
                                       sent_at[sp.start], {**info, "cls": "Organization",
                                                           "canonical": "European Union", "rule": "eu_metonym"}))
                    continue
            if canon and canon in gz.country_names():
                out.append(Mention(sp.start, sp.end, text, "Country", "Country", canon, sent_at[sp.start], info))
            elif label == "GPE" or (label == "NORP" and _norp_place(doc, sp)):
                out.append(Mention(sp.start, sp.end, text, "Location", "Location", gz.norm(text), sent_at[sp.start], info))
            elif label == "NORP" and " " in text and text not in gz.DEMONYMS and \
                    (org_starts := _org_name_starts(doc)) and gz.norm(text) in org_starts:
                # "For Aegean Star, the sale ..." after "Aegean Star Maritime": a firm's short name the model
                # took for a nationality
                out.append(Mention(sp.start, sp.end, text, "Organization", "Company", gz.norm(text),
                                   sent_at[sp.start], {**info, "rule": "org_short_name"}))
            continue
        typ = _LABEL_TYPE.get(label)
        if typ is None:
            continue
        if typ == "Weapon" and _AIRLINER_RE.match(text):
            typ = "Other"  # "Il-76", "An-124", "Boeing 747": transport aircraft are goods, not arms
        elif typ in ("Organization", "Weapon") and len(text) <= 8 and _DESIGNATION_RE.match(text) and \
                sp.end + 1 < len(doc) and doc[sp.end].lower_ in _AIRCRAFT_ROLES and \
                doc[sp.end + 1].lower_ in _AIRCRAFT_NOUNS:
            typ = "Other"  # "a P-3C patrol aircraft observed ...": an unarmed aircraft, not a body or a weapon
        cls = info.get("cls") or typ
        if typ == "Other" and ("technology" in text.lower()):
            cls = "Technology"
        if typ == "Organization" and cls in ("Vessel", "Port", "Weapon", "Commodity", "Country"):
            cls = "Organization"
        if typ == "Organization" and text in gz.SOCIAL_PLATFORMS and sp.end < len(doc) and \
                doc[sp.end].lower_ in _POST_NOUNS:
            continue  # "a Telegram channel", "in a Telegram post": the platform names where, not who
        key = gz.norm(text)
        if typ == "Person" and info.get("reordered"):
            key = gz.norm(info["reordered"])  # "OKONTA, Chidi" is Chidi Okonta
        if typ == "Organization":
            key = _national_body_key(key)
            if info.get("rule") == "armed_group":
                key = gz.norm(info["canonical"])  # "Ansar Allah" and "the Houthis": one group
            elif info.get("rule") == "attorney_district":  # "U.S. Attorney X for the District of Y": Y's office
                key = _national_body_key(gz.norm(info["canonical"]))
            if len(sp) == 1 and sp.root.dep_ in ("compound", "amod") and sp.root.head.tag_ == "NNS" and \
                    sp.root.head.i == sp.end:
                info = {**info, "attributive": True}  # "Houthi rebels": a group's name, never a surname
        if typ in ("Weapon", "Other") and sp.end + 1 < len(doc) and doc[sp.end].text == "-" and \
                doc[sp.end + 1].lower_ in _FUEL_SUFFIXES:
            continue  # "methanol-ready feeder vessels", "LNG-powered ships": the fuel a ship burns, no cargo
        if typ in ("Weapon", "Other") and sp.root.dep_ == "compound" and sp.root.head.pos_ == "NOUN" and \
                sp.root.head.i >= sp.end and info.get("rule") not in ("named_weapon", "weapon_model", "event_name") \
                and sp.root.head.lower_ not in _CONSIGNMENT_NOUNS:
            continue  # "a drone manufacturer", "oil tanker": a modifier, not goods ("a naphtha cargo" is goods)
        if typ in ("Weapon", "Other") and cargo.modifies_ship(sp):
            continue  # "60 crude oil and product tankers"
        if typ == "Other" and sp.root.lower_ in _PACKAGING and (
                (sp.end < len(doc) and doc[sp.end].lower_ == "of") or (sp.start > 0 and doc[sp.start - 1].lower_ == "in")):
            continue  # "containers of ammunition", "travelled in containers": the packing, the goods are inside
        if typ == "Other" and _ship_gear(doc, sp):
            continue  # "deck cranes", "dual-fuel engines", "powered by LNG": the ship's own gear or fuel
        if typ == "Other" and _cover_label(doc, sp):
            continue  # crates 'declared as "agricultural machinery"': the label on the cargo, not the cargo
        if typ == "Weapon" and info.get("rule") == "lexicon" and (not cargo.cargo_context(sp) or
                                                               _after_named_weapon(doc, sp) or _kind_used_in(sp)):
            continue  # "a barrage of drones", "support from unmanned aerial vehicles": used, not goods;
            # "Sky Hawk III unmanned aerial vehicles": the head noun of a named model, part of its name
        if typ == "Weapon" and info.get("rule") in _NAMED_GOODS[:4]:
            j = sp.end  # "Qaem-5 glide bombs": the model written with its kind is a name of the model too
            if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in ("series", "type", "class"):
                j += 2  # "X-series drones"
            while j < len(doc) and j - sp.end < 3 and doc[j].is_lower and doc[j].is_alpha and \
                    doc[j].lower_ not in cargo.MODEL_HEADS:
                j += 1
            if j < len(doc) and doc[j].lower_ in cargo.MODEL_HEADS:
                info = {**info, "extra_aliases": list(info.get("extra_aliases", ())) + [doc[sp.start:j + 1].text]}
        if typ in ("Weapon", "Other"):
            extra = _np_variants(doc, sp)
            if extra:
                info = {**info, "extra_aliases": list(info.get("extra_aliases", [])) + extra}
        if typ == "Vessel":
            for p in _SHIP_PREFIX:
                if key.startswith(p + " "):
                    key = key[len(p) + 1:]
        if not key:
            continue
        out.append(Mention(sp.start, sp.end, text, typ, cls, key, sent_at[sp.start], info))
        if typ == "Organization":
            out.extend(_inner_countries(doc, sp))
            if info.get("possessor"):  # "Omar Dravik's forces": the person whose forces they are
                a, b = info["possessor"]
                out.append(Mention(a, b, doc[a:b].text, "Person", "Person", gz.norm(doc[a:b].text), sent_at[sp.start],
                                   {"rule": "possessor"}))
    _split_origins(doc, out)
    _demonym_waters(doc, out)
    _places_by_position(doc, out)
    _places_by_name(doc, out)
    _places_by_cue(doc, out)
    if "a.k.a" in dtext or "known as" in dtext or "f.k.a" in dtext:
        _aka_names(doc, out)
    if '("' in dtext or '(the "' in dtext or "(the “" in dtext or "(“" in dtext or _DEFINITION_LINE_RE.search(dtext):
        _defined_terms(doc, out)
    _place_short_names(out)
    _the_north(doc, out)
    _unify_types(doc, out)
    _former_names_of_new_ships(doc, out)
    _parent_firms(doc, out)
    return out


# "X Trading, which is owned by X", "X Trading, a unit of X", "X and its trading arm X Trading", "X's subsidiary
# X Trading": the short name is the parent firm, another company, not the longer name written short
_OWNED_BY_RE = re.compile(r"\b(?:owned|controlled|run|managed)\s+by\b|\b(?:subsidiary|unit|arm|affiliate|division|part)"
                          r"\s+of\b|\bparent\b|\bspun\s+off\s+from\b", re.I)
_OWNS_RE = re.compile(r"\b(?:subsidiary|subsidiaries|unit|arm|affiliate|division|owns|controls|spun\s+off)\b",
                      re.I)


def _parent_firms(doc: Doc, ms: list[Mention]) -> None:
    """Mark a firm's bare name that the sentence says owns the longer-named firm (``meta["parent_of"]``, a
    set of the longer names' keys): :func:`resolve` then keeps the two apart, though the short name opens the
    long one.

    Parameters
    ----------
    doc : Doc
        The parsed document.
    ms : list of Mention
        Modified in place.
    """
    by_sent: dict[int, list[Mention]] = {}
    for m in ms:
        if m.type in ("Organization", "Person"):  # (the model takes a bare firm name for a person's now and then)
            by_sent.setdefault(m.sent, []).append(m)
    for a, b in ((a, b) for group in by_sent.values() if len(group) > 1 for a in group for b in group):
        if b.type != "Organization" or not b.key.startswith(a.key + " ") or abs(a.start - b.start) > 14 or \
                b.key in a.meta.get("parent_of", ()):
            continue
        # a: the short (parent) name, b: the long one
        lo, hi = (b, a) if b.start < a.start else (a, b)
        gap = doc[lo.end:hi.start].text
        if a.type == "Person" and not (lo is a and re.search(r"\bits\b", gap)):
            continue
        if (lo is b and _OWNED_BY_RE.search(gap)) or (lo is a and _OWNS_RE.search(gap)):
            a.meta = {**a.meta, "parent_of": (*a.meta.get("parent_of", ()), b.key)}


_OTHER_SHIP_MODS = frozenset({"another", "second", "third", "fourth", "other", "unnamed", "unidentified",
                              "different", "separate", "undisclosed"})


def _former_names_of_new_ships(doc: Doc, ms: list[Mention]) -> None:
    """Mark the former names of a ship the text brings in without naming it: in "A second tanker, which
    previously sailed as the X, called at Y", X is the second tanker's earlier name, not one of the ship named
    before (``meta["new_ship"]``; :func:`resolve` then joins it to no other ship). The sentence's subject, before
    the name, is a singular ship noun with "a"/"an" or a word of :data:`_OTHER_SHIP_MODS`, and no ship is named
    before the former name in the sentence."""
    for m in ms:
        if m.type != "Vessel" or not m.meta.get("former"):
            continue
        if any(o.type == "Vessel" and o.sent == m.sent and o.start < m.start and not o.meta.get("former")
               for o in ms):
            continue
        for t in doc[m.sent:m.start]:
            if t.lower_ in gz.SHIP_NOUNS and not t.lower_.endswith("s") and t.pos_ == "NOUN" and \
                    t.dep_ in ("nsubj", "nsubjpass", "ROOT") and any(
                        c.dep_ in ("det", "amod") and (c.lower_ in ("a", "an") or c.lower_ in _OTHER_SHIP_MODS)
                        for c in t.children):
                m.meta["new_ship"] = True
                break


_POST_NOUNS = frozenset({"channel", "channels", "post", "posts", "account", "accounts", "feed", "feeds", "page",
                         "pages", "chat", "chats", "group", "groups", "handle", "livestream", "stream", "story",
                         "stories", "message", "messages", "video", "videos"})
"""Nouns of what is published on a platform: a name right before one ("a Telegram channel", "its X account")
is the platform, a modifier, not the source (the source is the channel's owner or the channel)."""

_CONSIGNMENT_NOUNS = frozenset({"cargo", "cargoes", "cargos", "shipment", "shipments", "consignment", "consignments",
                                "parcel", "parcels", "exports", "imports", "deliveries"})
"""Nouns for a lot of goods: a goods word before them names what was moved ("a naphtha cargo", "coal
shipments", "LPG imports"), unlike a goods word before "tanker" or "manufacturer"."""


_PACKAGING = frozenset({"containers", "container", "crates", "crate", "boxes", "barrels", "sacks", "bags", "pallets",
                        "drums"})
"""Units goods are packed in: "containers of X" carry X."""

_GEAR_MODS = frozenset({"deck", "main", "auxiliary", "onboard", "propulsion", "ship's", "vessel's"})
"""Modifiers that make cranes or engines a ship's own equipment ("deck cranes", "main engines")."""
_GEAR_HEADS = frozenset({"engines", "engine", "cranes", "crane", "generators", "generator", "turbines", "turbine",
                         "winches", "derricks"})


def _ship_gear(doc: Doc, sp: Span) -> bool:
    """True for goods words naming what a ship is built with or runs on, not what it carries: "deck cranes",
    "main engines", "dual-fuel engines", "powered by liquefied natural gas", "will run on methanol".

    Parameters
    ----------
    doc : spacy.tokens.Doc
    sp : spacy.tokens.Span
        A goods mention.
    """
    s = sp.start
    if s == 0:
        return False
    if sp.root.lower_ in ("cranes", "crane") and _working_cranes(doc, sp):
        return True
    prev = doc[s - 1].lower_
    if sp.root.lower_ in _GEAR_HEADS and (prev in _GEAR_MODS or (prev in ("fuel", "fuelled", "fueled") and s >= 2
                                                                 and doc[s - 2].text == "-")):
        return True  # not "its main crude grade": only a machine is a ship's gear
    return s >= 2 and prev in ("by", "on") and doc[s - 2].lower_ in ("powered", "fuelled", "fueled", "propelled",
                                                                      "run", "runs", "running")


_BESIDE_PREPS = frozenset({"with", "beside", "alongside", "near", "by", "under"})
_LADEN_LEMMAS = frozenset({"load", "laden", "lade", "fill", "pack", "stack", "cram"})


def _working_cranes(doc: Doc, sp: Span) -> bool:
    """True for cranes seen at work or standing by, a ship's or a quay's equipment, not its cargo: "cranes
    lifting containers onto trucks", "a vessel with five cranes", "moored beside two mobile cranes" (but
    "loaded with cranes" and "shipped cranes to X" are goods).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    sp : spacy.tokens.Span
        A goods mention whose head is "crane(s)".
    """
    if sp.end < len(doc) and doc[sp.end].tag_ == "VBG" and doc[sp.end].lemma_.lower() not in ("bind",):
        return True  # "cranes lifting containers onto trucks"
    t = sp.root
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head  # "beside 40 containers and two mobile cranes"
    if t.dep_ == "pobj" and t.head.lower_ in _BESIDE_PREPS:
        gov = t.head.head
        return gov.lemma_.lower() not in _LADEN_LEMMAS and gov.lower_ not in ("laden", "loaded")
    return False


_OPEN_QUOTES = frozenset({'"', "“", "«", "„"})


def _cover_label(doc: Doc, sp: Span) -> bool:
    """True for goods named in a quoted label after "as": 'crates marked as "farm tools"', 'declared on the
    manifest as "spare parts for tractors"' (smuggling reports quote what the papers said the cargo was).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    sp : spacy.tokens.Span
        A goods mention.
    """
    k = sp.start - 1
    while k >= 0 and sp.start - k <= 6 and doc[k].text not in _OPEN_QUOTES and doc[k].text not in ('"', "”", "."):
        k -= 1
    if not (k >= 1 and doc[k].text in _OPEN_QUOTES and doc[k - 1].lower_ == "as"):
        return False
    # a label names goods only ("agricultural machinery and spare parts"), not 'describes as "a key operator
    # of Russian crude exports"' (an article or a verb: a description of someone)
    j = k + 1
    while j < len(doc) and j - k <= 12 and doc[j].text not in ('"', "”", "»", "“"):
        if doc[j].pos_ in ("DET", "VERB", "AUX", "PRON"):
            return False
        j += 1
    return True


def _kind_used_in(sp: Span) -> bool:
    """True for arms named only as the kind a part is used in: "engines of a type used in attack drones",
    "blades of the kind used by long-range drones" (the drones are not there, the engines are)."""
    root = sp.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("in", "by", "on", "for") and prep.head.lemma_ == "use" and \
        prep.head.dep_ in ("acl", "relcl")


def _after_named_weapon(doc: Doc, sp: Span) -> bool:
    """True when a named weapon stands right before the span, across at most three lower-case modifiers.

    A closing quote and a "-type"/"-class" suffix count as part of the name: '"X" cruise missiles',
    "X-type drones".
    """
    k = sp.start - 1
    while k >= 0 and sp.start - k <= 3 and doc[k].is_lower and doc[k].lower_ not in ("and", "or"):
        k -= 1  # (not across a list: "X (UAV) components and missile parts" are two goods)
    if k >= 0 and doc[k].lower_ in ("and", "or"):
        return False
    if k >= 0 and doc[k].text in ('"', "”", "'", "’"):
        k -= 1  # '"X" drones'
    elif k > 0 and doc[k].text == "-" and doc[k + 1].lower_ in ("type", "class", "style", "series"):
        k -= 1  # "X-type drones"
    return k >= 0 and doc[k].ent_type_ == "WEAPON" and not doc[k].is_lower


def _split_origins(doc: Doc, ms: list[Mention]) -> None:
    """ "carried Kazakh crude ..., began loading Russian crude": one goods word with two origins and no
    bare mention is two cargoes; each mention takes its origin into its name."""
    by_key: dict[str, list[tuple[Mention, str | None]]] = {}
    for m in ms:
        if m.type == "Other":
            prev = doc[m.start - 1].text if m.start > 0 else ""
            by_key.setdefault(m.key, []).append((m, prev if prev in gz.DEMONYMS else None))
    for key, mo in by_key.items():
        origins = {o for _, o in mo}
        if None in origins or len(origins) < 2:
            continue
        for m, o in mo:
            m.meta = {**m.meta, "origin": o}
            m.text = f"{o} {m.text}"
            m.key = gz.norm(m.text)
            m.start -= 1


_COMPASS = {"the", "western", "eastern", "northern", "southern", "central", "north", "south", "east", "west",
            "northeastern", "northwestern", "southeastern", "southwestern", "far", "coastal"}


def _places_by_position(doc: Doc, ms: list[Mention]) -> None:
    """ "a stop at X in western China", "near X in Y": a model name placed in a country is a place.

    A name the statistical model called an organisation or a person, after
    "at"/"near"/"outside" and followed by "in (the) (western) <country>", is
    a Location.
    """
    by_start = {m.start: m for m in ms}
    for m in ms:
        if m.type not in ("Organization", "Person") or m.meta.get("rule") not in (None, "model") or m.start < 1:
            continue
        if doc[m.start - 1].lower_ not in ("at", "near", "outside"):
            continue
        k = m.end
        if k >= len(doc) or doc[k].lower_ != "in":
            continue
        k += 1
        while k < len(doc) and doc[k].lower_ in _COMPASS:
            k += 1
        c = by_start.get(k)
        if c is not None and c.type == "Country":
            m.type, m.cls = "Location", "Location"


_REPUBLIC_RE = re.compile(r"^(?:the )?Republic of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)$")
"""A republic that is no country is a region of one ("the Republic of Tatarstan", "Republic of Karelia")."""
_ORG_AS_PLACE_PREPS = {"in", "near", "off", "outside", "around"}
_COMPASS_OF = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_PLACE_OF_FIRM = {"company", "firm", "companies", "firms", "trader", "traders", "subsidiary", "office"}


_THE_PLACE_PREPS = frozenset({"in", "across", "through", "transiting", "into", "off", "near", "around", "via",
                              "crossing", "entering", "traversing", "over", "along", "beyond", "past"})
"""Prepositions (and verbs of passage) before "the X" that make X a sea area, strait or region ("an engine
failure in the Western Approaches", "vessels transiting the Bab el-Mandeb", "routes across the Visayas")."""
_TERRITORY_OF = frozenset({"annexation", "occupation", "invasion", "ports", "port", "coast", "coasts", "shores",
                           "waters", "territory", "outskirts", "liberation", "blockade", "islands",
                           "peninsula", "capital", "cities", "towns"})
"""Nouns before "of X" that make X a territory ("the annexation of X", "the occupied ports of X")."""


_INSTITUTION_WORDS = frozenset({"senate", "house", "congress", "parliament", "duma", "assembly", "court", "kremlin",
                                "pentagon", "cabinet", "bundestag", "knesset", "majlis", "commons", "lords", "chamber",
                                "palace", "presidency", "government", "secretariat", "politburo", "league", "cup"})
"""Bodies named after the house they sit in or a contest ("in the Senate", "in the White House", "in the
Premier League"): "in the X" does not make them places."""


def _places_by_cue(doc: Doc, ms: list[Mention]) -> None:
    """A model "organisation" (or "person") that the text writes as a place, where no gazetteer knows the name,
    is a Location.

    News writes a place where it writes no body: "in/across/transiting/over the X", "the annexation of X",
    "the occupied ports of X", "has occupied X". A name with an organisation's head word ("Council",
    "Group", "Ltd"), an acronym, a source ("X said") or an owner ("X's board") stays an organisation;
    every model mention of the name must be so placed or neutral, and one must have the cue.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ms : list of Mention
        Changed in place (``type`` and ``cls`` of the mentions of such names).
    """
    groups: dict[str, list[Mention]] = {}
    for m in ms:
        if m.type in ("Organization", "Person") and m.meta.get("rule") in (None, "model") and m.start > 0:
            groups.setdefault(m.key, []).append(m)
    for key, mm in groups.items():
        words = key.split()
        if not words or any(w in gz.ORG_HEADS or w in _FIRM_END_WORDS or w in _INSTITUTION_WORDS for w in words) \
                or mm[0].text.isupper():
            continue
        cue = False
        for m in mm:
            prev = doc[m.start - 1]
            if _is_source_token(doc[m.start:m.end].root) or (m.end < len(doc) and doc[m.end].text in ("'s", "’s")):
                cue = False
                break
            if prev.lower_ == "the" and m.start > 1 and doc[m.start - 2].lower_ in _THE_PLACE_PREPS:
                cue = True
            elif m.type == "Person":
                continue  # a "person" only by "the": "fireworks over the X" (nobody is "the X")
            elif prev.lower_ == "of" and m.start > 1 and doc[m.start - 2].lower_ in _TERRITORY_OF:
                cue = True
            elif prev.lower_ in ("occupied", "annexed") and prev.tag_ in ("VBD", "VBN"):
                cue = True
        if cue:
            for m in mm:
                m.type, m.cls = "Location", "Location"


_AKA = frozenset({"a.k.a.", "a.k.a", "aka", "f.k.a.", "f.k.a", "fka"})


def _aka_names(doc: Doc, ms: list[Mention]) -> None:
    """ "Velka Trading Ltd. (a.k.a. Velka; a.k.a. VTL)": the names in the parentheses are the firm's.

    The style of sanctions notices and press releases (OFAC, OFSI, the EU's annexes): a name, then in
    parentheses "a.k.a."/"also known as"/"formerly known as" and other names separated by ";". Each such
    name is marked ``same_as`` the name before the parenthesis and given its type (the small model
    often calls a short trade name a person).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ms : list of Mention
        Changed in place.
    """
    by_end = {m.end: m for m in ms if m.type in ("Organization", "Vessel", "Person", "Port", "Location")}
    by_start = {m.start: m for m in ms if m.type in ("Organization", "Person", "Location", "Port")}
    ends = {m.end for m in ms}
    n = len(doc)
    for m in ms:
        if m.start not in by_start or by_start[m.start] is not m:
            continue
        k = m.start - 1
        lead = k  # "a.k.a. Bright| Path Trade Co.": capitalised words the model left out of the name
        while lead >= 0 and m.start - lead <= 3 and doc[lead].text[:1].isupper() and doc[lead].is_alpha:
            lead -= 1
        first = lead + 1  # the name's first word
        if lead >= 1 and doc[lead].text == "." and doc[lead - 1].lower_ in _AKA:
            lead -= 1  # the tokenizer splits "a.k.a." into "a.k.a" and "."
        if first < m.start and lead >= 0 and doc[lead].lower_ in _AKA and \
                not any(first < e <= m.start for e in ends):
            m.start = first
            m.text = doc[m.start:m.end].text
            m.key = gz.norm(m.text)
            k = lead
        if k >= 1 and doc[k].text == "." and doc[k - 1].lower_ in _AKA:
            k -= 1
        if k >= 0 and doc[k].lower_ in _AKA:
            k -= 1
        elif k >= 2 and doc[k].lower_ == "as" and doc[k - 1].lower_ == "known" and \
                doc[k - 2].lower_ in ("also", "formerly"):
            k -= 3
        else:
            continue
        # back over earlier "a.k.a. X;" items to the opening parenthesis
        while k >= 0 and doc[k].text == ";" and m.start - k < 30:
            k -= 1
            while k >= 0 and doc[k].text not in ("(", ")", ";") and m.start - k < 30:
                k -= 1
        if k >= 1 and doc[k].text != "(" and m.type == "Person":
            # "Kaveh X, an Iranian national also known as Kevin Y, who ...": in prose, the person named last
            # before, within the clause (no other person between)
            anchor = next((x for x in reversed(ms) if x.end <= k + 1 and x.type in ("Person", "Organization")
                           and k + 1 - x.end <= 10), None)
            if anchor is not None and anchor.type == "Person" and anchor is not m and \
                    not any(doc[j].text in (".", ";", ":") for j in range(anchor.end, k + 1)):
                m.meta = {**m.meta, "same_as": anchor.text}
            continue
        if k < 1 or doc[k].text != "(":
            continue
        anchor = by_end.get(k)
        if anchor is None or anchor is m or m.end >= n or doc[m.end].text not in (";", ")", ","):
            continue
        if m.type != anchor.type and anchor.type == "Organization" or \
                anchor.type in ("Port", "Location") and m.type in ("Organization", "Location", "Port") and \
                doc[k + 1].lower_ in ("also", "a.k.a", "aka"):
            # ("Portsea (also known as Eastharbour)": a port's other name, whatever the model called it)
            m.type, m.cls = anchor.type, anchor.cls
            m.key = gz.norm(m.text)
        if m.type == anchor.type:
            m.meta = {**m.meta, "same_as": anchor.text}


_QUOTES = ('"', "“", "”")


def _defined_terms(doc: Doc, ms: list[Mention]) -> None:
    """ 'X Shipping Limited (the "Vendor")', 'the tanker Y (the "Vessel")': a defined term of a filing or a
    contract names the party or ship before it, and every later mention written as the term is that one.

    Stock-exchange announcements, court records and charter parties define their parties so; the term
    ("Vendor", "Purchaser", "Company", "Vessel") takes the name's text, key and type (no alias: the same term
    names another party in the next filing).

    Parameters
    ----------
    doc : spacy.tokens.Doc
    ms : list of Mention
        Changed in place.
    """
    n = len(doc)
    terms: dict[str, list[Mention]] = {}  # a term -> the names it was defined for, in order
    by_end = {m.end: m for m in ms if m.type in ("Organization", "Vessel", "Person")}
    for end, anchor in by_end.items():
        k = end
        if k < n and doc[k].text in _QUOTES and k + 1 < n and doc[k + 1].text == "(":
            k += 1  # 'the tanker "Jade Fortune" (the "Vessel")': the name's closing quote
        if k < n and doc[k].text == "," and k + 1 < n and doc[k + 1].text == "(":
            k += 1
        if k + 3 >= n or doc[k].text != "(":
            continue
        k += 1
        if doc[k].lower_ == "the":
            k += 1
        if k >= n or doc[k].text not in _QUOTES:
            continue
        e = k + 1
        while e < n and e - k <= 5 and doc[e].text not in _QUOTES:
            e += 1
        if e >= n or e == k + 1 or doc[e].text not in _QUOTES or not doc[k + 1].text[:1].isupper():
            continue
        term = doc[k + 1:e].text
        if term in gz.countries() or pl.is_place_name(term):
            continue  # 'Hamburg Port Authority ("Hamburg")': the place keeps its own name
        terms.setdefault(term, []).append(anchor)
    _definition_lines(doc, ms, terms)
    if not terms:
        return
    _term_mentions(doc, ms, terms)
    for m in ms:
        defined = terms.get(m.text.removeprefix("the ").removeprefix("The "), ())
        anchor = _term_anchor(defined, m.start) if defined else None
        if anchor is None or anchor is m:
            continue
        # the anchor's own name, not an alias: "the Company" must not name this firm in the next article
        m.type, m.cls, m.text, m.key = anchor.type, anchor.cls, anchor.text, anchor.key


_DEFINITION_LINE_RE = re.compile(r'^[ \t]*["“]([A-Z][\w&\'’ -]{1,30}?)["”](?:\t|[ \t]{2,}|[ \t]*:[ \t]*)(?=\S)', re.M)
"""A line of a filing's definitions list: '"Purchaser"   Crestmarine Trading FZE, a company incorporated in ...'
(the term in quotes, then tabs, two spaces or a colon, then what it stands for)."""


def _definition_lines(doc: Doc, ms: list[Mention], terms: dict[str, list[Mention]]) -> None:
    """Add to ``terms`` the definitions a filing lists line by line ('"Vendor"    X Limited, a company ...'): the
    term stands for the first organisation, vessel or person named on its line."""
    dtext = doc_text(doc)
    found = list(_DEFINITION_LINE_RE.finditer(dtext))
    if not found:
        return
    named = sorted((doc[m.start].idx, m) for m in ms if m.type in ("Organization", "Vessel", "Person"))
    starts = [c for c, _ in named]
    for d in found:
        term = d.group(1)
        if term in gz.countries() or pl.is_place_name(term):
            continue
        line_end = dtext.find("\n", d.end())
        line_end = len(dtext) if line_end < 0 else line_end
        k = bisect.bisect_left(starts, d.end())
        if k < len(named) and named[k][0] < line_end:
            terms.setdefault(term, []).append(named[k][1])


def _term_anchor(anchors: list[Mention], i: int) -> Mention | None:
    """The name a defined term stands for at token ``i``: its latest definition before ``i``; before the first
    definition (a filing's headline uses the terms its definitions list explains), the defined name when the
    document defines the term for one name only."""
    before = [a for a in anchors if a.start < i]
    if before:
        return before[-1]
    return anchors[0] if len({a.key for a in anchors}) == 1 else None


def _term_mentions(doc: Doc, ms: list[Mention], terms: dict[str, list[Mention]]) -> None:
    """Each "the Purchaser" / "the Vessel" of a defined term becomes a mention of the party or ship it was
    defined for (:func:`_term_anchor`; the model rarely tags a bare defined term); only written with its
    capital and after "the" or "its", never inside another mention."""
    covered = {i for m in ms for i in range(m.start, m.end)}
    words = {t: t.split() for t in terms}
    added = []
    for i in range(1, len(doc)):
        t = doc[i]
        if not t.is_title or i in covered or doc[i - 1].lower_ not in ("the", "its"):
            continue
        for term, ws in words.items():
            if t.text != ws[0] or i + len(ws) > len(doc) or \
                    [x.text for x in doc[i:i + len(ws)]] != ws or any(k in covered for k in range(i, i + len(ws))):
                continue
            e = i + len(ws)
            if e < len(doc) and doc[e].text[:1].isupper() and doc[e].is_alpha:
                continue  # "the Purchaser Group": a longer name of its own
            anchor = _term_anchor(terms[term], i)
            if anchor is not None:
                added.append(Mention(i, e, doc[i:e].text, anchor.type, anchor.cls, gz.norm(term), t.sent.start,
                                     {"rule": "defined_term"}))
                covered.update(range(i, e))
            break
    if added:
        ms.extend(added)
        ms.sort(key=lambda m: m.start)


def _org_name_starts(doc: Doc) -> frozenset[str]:
    """Normalised opening words (two or more, not the whole name) of the document's organisation names, from
    ``doc.ents``: "aegean star" for "Aegean Star Maritime". Cached in ``doc.user_data``."""
    got = doc.user_data.get("ng_org_starts")
    if got is None:
        starts = set()
        for e in doc.ents:
            if e.label_ == "ORG" and len(e) >= 3:
                words = [t.text for t in e if t.lower_ != "the"]
                for n in range(2, len(words)):
                    starts.add(gz.norm(" ".join(words[:n])))
        got = doc.user_data["ng_org_starts"] = frozenset(starts)
    return got


_WATER_HEADS = frozenset({"Ocean", "Sea", "Gulf", "Basin"})


def _demonym_waters(doc: Doc, ms: list[Mention]) -> None:
    """ "the Indian Ocean", "the Arabian Sea": a country's demonym right before a water body's head word (a
    mention of its own, or none) opens the water body's name: one Location, not the country and "Ocean".
    ``ms`` is changed in place."""
    i = 0
    while i < len(ms):
        m = ms[i]
        if m.type == "Country" and m.end < len(doc) and m.end - m.start == 1 and doc[m.start].text in gz.DEMONYMS \
                and doc[m.end].text in _WATER_HEADS and \
                (m.end + 1 >= len(doc) or not doc[m.end + 1].text[:1].isupper()):
            nxt = ms[i + 1] if i + 1 < len(ms) and ms[i + 1].start == m.end else None
            if nxt is None or nxt.end == m.end + 1 and nxt.type in ("Location", "Port", "Organization", "Person"):
                text = doc[m.start:m.end + 1].text
                ms[i] = Mention(m.start, m.end + 1, text, "Location", "Location", gz.norm(text), m.sent,
                                {"rule": "demonym_water"})
                if nxt is not None:
                    del ms[i + 1]
        i += 1


def _norp_place(doc: Doc, sp: Span) -> bool:
    """A model "nationality" that is a known town after a place preposition ("tankers off Marsaxlokk") or
    before a common noun ("the Lviv news site", "a Kharkiv court")."""
    return sp.start > 0 and (doc[sp.start - 1].lower_ in pl.PLACE_PREPS or doc[sp.start - 1].lower_ in (
        "the", "a", "an") and sp.end < len(doc) and doc[sp.end].is_lower and doc[sp.end].pos_ == "NOUN") and \
        pl.is_place_name(sp.text) and sp.text not in gz.DEMONYMS


def _org_place_cue(doc: Doc, m: Mention) -> bool:
    """A place cue around a model "organisation": "off X", "near X", "in X", "30 miles west of X",
    "the X company" (a firm of that town)."""
    prev = doc[m.start - 1] if m.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ in _ORG_AS_PLACE_PREPS:
        return True
    if prev.lower_ == "of" and m.start > 1 and doc[m.start - 2].lower_ in _COMPASS_OF:
        return True
    return prev.lower_ == "the" and m.end < len(doc) and doc[m.end].lower_ in _PLACE_OF_FIRM


def _places_by_name(doc: Doc, ms: list[Mention]) -> None:
    """A model "person" whose whole name is a known city or region (:func:`newsgraph.ingest.places.place_names`)
    is a Location, unless the text uses it as a person's name; so is a model "organisation" with such a
    name and a place cue (:func:`_org_place_cue`), and a model "organisation" named "Republic of X"
    where X is no country (a region: "the Republic of Tatarstan").

    The small model labels unfamiliar cities (often Ukrainian, Arabic or
    Asian ones) as people or organisations. The name stays a person when a title or another
    capitalised word comes right before it ("Mr Jackson", "Andrew Victoria"),
    when it is the surname of a person named in full in the document
    ("Peter Hollins" ... "Hollins"), or when it says or reports something.
    """
    people = {m.key: set(m.key.split()) for m in ms if m.type == "Person" and " " in m.key}
    in_names = Counter(w for words in people.values() for w in words)  # word -> how many full names have it
    countries = gz.countries()
    for m in ms:
        rep = _REPUBLIC_RE.match(m.text)
        if rep and m.type == "Organization" and m.meta.get("rule") in (None, "model") and \
                rep.group(1) not in countries:
            m.type, m.cls = "Location", "Location"  # "the Republic of Tatarstan": a region, not a body
            continue
        if m.type not in ("Person", "Organization") or m.meta.get("rule") not in (None, "model") or \
                not pl.is_place_name(m.text):
            continue
        if m.type == "Organization" and not _org_place_cue(doc, m):
            continue
        # a word of another person's full name (the mention's own two-word name does not count)
        own = people.get(m.key, ())
        if any(in_names[w] - (w in own) > 0 for w in m.key.split()):
            continue
        if m.start > 0:
            prev = doc[m.start - 1]
            if prev.text[:1].isupper() or prev.lower_.rstrip(".") in _PERSON_TITLES or prev.text in ("'s", "’s"):
                continue
        if m.end < len(doc) and doc[m.end].text in ("'s", "’s"):
            continue
        if _is_source_token(doc[m.start:m.end].root):
            continue
        m.type, m.cls = "Location", "Location"


def _the_north(doc: Doc, ms: list[Mention]) -> None:
    """ "the North" / "the South" in a story about North or South Korea (Sudan, ...) is that country.

    Korean and Sudanese wire copy names the two states "the North" and "the
    South"; the model calls the word a place. Only when exactly one country
    of the document starts with that word.
    """
    for m in ms:
        if m.text not in ("North", "South") or m.type != "Location" or m.start < 1 or doc[m.start - 1].lower_ != "the":
            continue
        named = {c.key for c in ms if c.type == "Country" and c.key.startswith(m.text + " ")}
        if len(named) == 1:
            m.type, m.cls, m.key = "Country", "Country", named.pop()


_WATER_KEY = re.compile(r"^(?:(?P<a>.+) (?:sea|gulf)|(?:gulf|sea) of (?P<b>.+))$")


def _place_short_names(ms: list[Mention]) -> None:
    """Join the short forms of places to their full names.

    "Tarvek station" ... "at Tarvek": a model mention whose name is the
    name part of a place written with its place noun (``extra_aliases`` of
    the rules ``name_place_noun``) is that place. "Oman Sea" and "Gulf of
    Oman" (or "Japan Sea" and "Sea of Japan") in one document are one body of
    water. A model "place" written in capitals that abbreviates an
    organisation named in the document ("DB" and "Deutsche Bahn") is that
    organisation.
    """
    short: dict[str, Mention] = {}
    waters: dict[str, Mention] = {}
    org_names = {m.text for m in ms if m.type == "Organization" and " " in m.text}
    for m in ms:
        if m.type != "Location":
            continue
        if m.meta.get("rule") in (None, "model") and m.text.isupper() and m.text.isalpha() and \
                2 <= len(m.text) <= 5 and any(gz.acronym_matches(m.text, o) for o in org_names):
            m.type, m.cls = "Organization", "Organization"  # "in DB's history" with "Deutsche Bahn" named
            continue
        for a in m.meta.get("extra_aliases", ()):
            short.setdefault(gz.norm(a), m)
        w = _WATER_KEY.match(m.key)
        if w and m.key.startswith(("gulf of ", "sea of ")):
            waters.setdefault(w.group("b"), m)
    for m in ms:
        if m.meta.get("rule") not in (None, "model") or m.type not in ("Person", "Organization", "Location"):
            continue
        full = short.get(m.key)
        if full is not None and full is not m and full.key != m.key:
            m.type, m.cls, m.key = "Location", "Location", full.key
            continue
        w = _WATER_KEY.match(m.key) if m.type == "Location" else None
        if w and w.group("a") and w.group("a") in waters:
            m.key = waters[w.group("a")].key
    # "the Baltic" and "the Baltic Sea" in one document: one sea (pl.BARE_SEAS, named without "Sea"/"Ocean")
    keys = {m.key for m in ms if m.type == "Location"}
    bare = {b.lower() for b in pl.BARE_SEAS}
    for m in ms:
        if m.type == "Location" and m.key in bare:
            full = [k for k in (m.key + " sea", m.key + " ocean") if k in keys]
            if len(full) == 1:
                m.key = full[0]


def _country_after(doc: Doc, i: int) -> str:
    """The text of the country entity that starts at token ``i`` ("" when none does)."""
    t = doc[i]
    if t.ent_iob_ != "B":
        return ""
    e = i + 1
    while e < len(doc) and doc[e].ent_iob_ == "I":
        e += 1
    return doc[i:e].text


_MERCHANT_PREFIXES = frozenset({"MV", "M/V", "MT", "M/T", "SS", "LNG"})
"""Ship prefixes of merchant ships; the others (NNS, USS, HMS, USCGC, ...) are navies' and coast guards'."""


_CITY_PARTS = frozenset({"much", "most", "part", "parts", "outskirts", "suburbs", "suburb", "centre", "center",
                         "streets", "residents", "mayor", "north", "south", "east", "west", "districts", "control"})
"""Words before "of <capital>" that make the capital the city itself, not its government."""


def _inner_countries(doc: Doc, sp: Span) -> list[Mention]:
    """Country mentions inside an organisation's name ("Ministry of Defence of the United Kingdom")."""
    out = []
    countries = gz.countries()
    toks = doc_tokens(doc)
    stext, base = sp.text, sp.start_char  # word groups are sliced from the span's text, not rebuilt as Spans
    # each word's start and end in the span's text, read once (up to four word groups start at each word)
    s0 = sp.start
    w_start = [t.idx - base for t in toks[s0:sp.end]]
    w_end = [t.idx + len(t.text) - base for t in toks[s0:sp.end]]
    i = s0
    while i < sp.end:
        for n in (4, 3, 2, 1):
            if i + n <= sp.end:
                text = stext[w_start[i - s0]:w_end[i + n - 1 - s0]]
                canon = countries.get(text) or gz.DEMONYMS.get(text) or gz.CAPITALS.get(text) \
                    if text not in ("Kremlin",) else None
                if canon and canon in gz.country_names() and not (len(text.replace(".", "")) <= 3
                                                                        and text.replace(".", "").isupper()):
                    if text in gz.CAPITALS and i > sp.start and doc[i - 1].lower_ in ("in", "at"):
                        # "Iran's embassy in Jakarta": the city where the body sits, a place
                        out.append(Mention(i, i + n, text, "Location", "Location", gz.norm(text), sp.sent.start,
                                           {"rule": "inner_place"}))
                        i += n - 1
                        break
                    out.append(Mention(i, i + n, text, "Country", "Country", canon, sp.sent.start,
                                       {"rule": "inner_country"}))
                    i += n - 1
                    break
        i += 1
    return out


def _national_body_key(key: str) -> str:
    """ "iran navy", "navy of islamic republic of iran", "iranian navy" -> "navy of iran";
    "russian defence ministry", "ministry of defence of russia" -> "ministry of defence of russia"."""
    cmap = gz.country_by_norm()
    words = key.split()
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in cmap:
            rest = " ".join(words[n:])
            m = re.match(r"^(\w+) (ministry|office|department)$", rest)
            if m:
                rest = f"{m.group(2)} of {m.group(1)}"
            return f"{rest} of {gz.norm(cmap[' '.join(words[:n])])}"
    m = re.match(r"^(ministry|office|department) of (.+?) of (?:the )?(.+)$", key)
    if m and cmap.get(m.group(3)):
        return f"{m.group(1)} of {m.group(2)} of {gz.norm(cmap[m.group(3)])}"
    for force in _FORCES:
        if key.endswith(" " + force):
            c = cmap.get(key[: -len(force) - 1].strip())
            if c:
                return f"{force} of {gz.norm(c)}"
        if key.startswith(force + " of "):
            c = cmap.get(gz.norm(key[len(force) + 4:]))
            if c:
                return f"{force} of {gz.norm(c)}"
    return key


def _np_variants(doc: Doc, sp: Span) -> list[str]:
    """The cargo phrase with its modifiers ("Iranian crude oil", "advanced missile parts"), and the same
    phrase from each later modifier on ("Iranian-made ballistic and cruise missile components" ->
    "ballistic and cruise missile components")."""
    s = sp.start
    k = s
    headline = None  # whether the phrase stands in a title-case line (computed when needed)
    while k > 0 and s - k < 6:
        t = doc[k - 1]
        if t.is_title and t.ent_type_ not in ("NORP", "GPE"):
            if headline is None:
                words = [x for x in sp.sent if x.is_alpha and len(x) > 3]
                headline = len(words) >= 3 and sum(x.is_title for x in words) >= 0.8 * len(words)
            if headline:
                break  # "Treasury Sanctions Network Shipping Iranian Oil": a headline's capitals, no modifiers
        if t.lower_ in ("first", "second", "third", "last", "latest", "next", "previous", "own", "new"):
            break  # "its first Urals cargo", "her latest cargo": which cargo of the ship's, no kind of goods
        if k >= 2 and t.pos_ == "ADJ" and t.lower_.endswith("ed") and doc[k - 2].ent_type_ == "VESSEL" or \
                t.lower_ in _MOVE_PARTICIPLES:
            break  # "The tanker X loaded fuel oil at Y", "X shipped engines to Y": the verb, no modifier of the goods
        if t.ent_type_ in ("WEAPON", "VESSEL", "CARGO", "PORT") or \
                t.ent_type_ in ("ORG", "PERSON", "FAC", "LOC") and t.dep_ not in ("compound", "amod", "nmod"):
            break  # "Shahed drones": the name is an entity of its own, not a modifier of "drones"; nor is
            # the firm before the verb ("X Sp. z o.o. exported machine tools"; a maker's brand is: "Brennhart
            # mobile cranes")
        # a modifier points right, into the phrase ("found advanced parts": "found" is the verb, not one)
        if t.pos_ in ("ADJ", "NOUN", "PROPN", "VERB") and not t.is_sent_start and t.dep_ in (
                "amod", "compound", "nmod", "npadvmod", "conj") and t.head.i >= k or \
                (t.text == "-" and not t.whitespace_) or \
                (t.lower_ == "and" and k - 2 >= 0 and doc[k - 2].pos_ in ("ADJ", "NOUN")):
            k -= 1
        else:
            break
    while k < s and (doc[k].lower_ == "and" or doc[k].text == "-"):
        k += 1
    out = []
    for j in range(k, s):
        t = doc[j]
        if t.lower_ in ("and", "or") or t.is_punct or (j > k and doc[j - 1].text == "-" and not doc[j - 1].whitespace_):
            continue  # no variant that starts inside "Iranian-made" or on "and"
        out.append(doc[j:sp.end].text)
    return out


_MOVE_PARTICIPLES = frozenset({"shipped", "unloaded", "loaded", "discharged", "offloaded", "delivered", "exported",
                               "carried", "transported", "sent", "supplied", "transferred"})
"""Past forms of moving goods, which the parser may hang on the goods' noun ("X shipped| engines to Y")."""
_NAMED_GOODS = ("named_weapon", "weapon_model", "named_weapon+propagated", "weapon_model+propagated", "acronym",
                "ship_class", "event_name", "grade_lexicon")
_FOREIGN_ARTICLES = {"der", "die", "das", "el", "la", "le", "il", "los", "las", "les"}


def _unify_types(doc: Doc, ms: list[Mention]) -> None:
    """Give every mention of one name one type.

    The small model labels the same name differently from sentence to
    sentence ("LSEG" as a person, then an organisation). A type set by a
    newsgraph rule (vessel, port, acronym, apposition, ...) wins; otherwise the
    most frequent model type, with Organization preferred for a name that is
    a source ("X said", "according to X") and for a one-word "person" that
    never appears with a first name. A name that rules type as a vessel in one
    place and as a port in another (a ship named after a port) keeps both.
    """
    groups: dict[str, list[Mention]] = {}
    for m in ms:
        if m.type != "Country":
            groups.setdefault(m.key, []).append(m)
    full_people = [m.key.split() for m in ms if m.type == "Person" and " " in m.key]
    listed_people = [m.key.split() for m in ms if m.type == "Person" and m.meta.get("reordered")]
    lone_words = {m.key for m in ms if m.type in ("Person", "Organization") and " " not in m.key}
    firm_keys = [m.key.split() for m in ms if m.type == "Organization" and m.key.count(" ") >= 2 and
                 m.key.split()[-1] in _FIRM_END_WORDS]
    for key, mm in groups.items():
        types = Counter(m.type for m in mm)
        ruled = Counter(m.type for m in mm if m.meta.get("rule") not in (None, "model", "lexicon", "source_context"))
        if ruled["Vessel"] and ruled["Port"]:
            # "the tanker Novorossiysk ... loaded at Novorossiysk": a ship named after a port, each mention as its
            # rule typed it; the others go with the more frequent of the two
            other = "Vessel" if ruled["Vessel"] >= ruled["Port"] else "Port"
            for m in mm:
                if m.type not in ("Vessel", "Port") or m.meta.get("rule") in (None, "model", "lexicon",
                                                                               "source_context"):
                    m.type = m.cls = other
            continue
        if ruled:
            best = ruled.most_common(1)[0][0]
            if best == "Location" and ruled["Port"] == ruled["Location"]:
                best = "Port"  # "PORT OF SPAIN, Trinidad -" then "docked at Port of Spain": a city ships use
        else:
            best = types.most_common(1)[0][0]
            if len(types) > 1 and "Organization" in types and best in ("Person", "Location") and \
                    not (best == "Person" and 2 <= len(key.split()) <= 3 and key.split()[-1] in lone_words and
                         all(m.text.replace("-", " ").istitle() for m in mm) and
                         not any(m.end + 1 < len(doc) and doc[m.end].text in ("'s", "’s") and
                                 doc[m.end + 1].lower_ in _ORG_OWNED for m in mm)) and \
                    not (best == "Location" and pl.is_place_name(mm[0].text) and
                         any(m.type == "Location" and m.start > 0 and
                             doc[m.start - 1].lower_ in ("in", "near", "outside") for m in mm)):
                # not for a full name whose surname stands alone elsewhere ("Arvo Kesk" ... "Kesk"),
                # nor for a city mostly "in X" ("in Leeds"; but "joined from Everton": the club)
                best = "Organization" if types["Organization"] * 2 >= types[best] else best
        words = key.split()
        if best == "Person" and not ruled and len(words) == 1 and pl.is_place_name(mm[0].text) and \
                not any(words[0] in fp for fp in full_people) and \
                not any(m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in _HONORIFIC_WORDS for m in mm):
            best = "Location"  # "Leeds", "Rouen": a GeoNames city the model took for a person's name
        if best == "Person" and len(words) == 1 and not any(words[0] in fp for fp in full_people) and \
                any(_is_source_token(doc[m.start:m.end].root) for m in mm) and \
                not any(m.start > 0 and doc[m.start - 1].lower_.rstrip(".") in _HONORIFIC_WORDS for m in mm) and \
                not any(m.start > 0 and doc[m.start - 1].is_sent_start and doc[m.start - 1].is_title and
                        doc[m.start - 1].pos_ == "PROPN" and not doc[m.start - 1].ent_type_ for m in mm):
            # "LSEG said", but not "Admiral Ito said", nor "Y says" after a sentence that opens "X Y keeps ..."
            # (the model left the given name out of the name)
            best = "Organization"
        if best == "Person" and len(words) == 2 and words[0] in _FOREIGN_ARTICLES:
            best = "Organization"
        if best == "Person" and len(words) == 1 and mm[0].text.isupper() and len(mm[0].text) >= 3 and \
                not any(words[0] == fp[-1] for fp in listed_people):
            best = "Organization"  # "LSEG": an acronym, not a person (but "GAZIN is the director" after "GAZIN, X")
        if best == "Organization" and len(words) == 1 and mm[0].text.isupper() and \
                any(words[0] == fp[-1] for fp in listed_people):
            best = "Person"  # "the Council listed GAZIN" after the entry "GAZIN, Rustam Timurovich"
        if best in ("Organization", "Location") and len(words) == 1 and not ruled and \
                any(words[0] == fp[-1] for fp in full_people) and not all(m.meta.get("attributive") for m in mm):
            best = "Person"  # (not "Houthi rebels" beside "Abdul-Malik al-Houthi": a group named as a modifier)
        if best in ("Location",) and any(_is_source_token(doc[m.start:m.end].root) for m in mm) and not ruled:
            best = "Organization"
        if best in ("Person", "Organization") and len(words) == 1 and not ruled and \
                not any(words[0] in fp for fp in full_people) and \
                all(m.start > 0 and doc[m.start - 1].lower_ in ("in", "at", "near", "outside", "into", "towards",
                                                                 "of") for m in mm) and \
                any(doc[m.start - 1].lower_ in ("in", "near", "outside") for m in mm) and \
                not any(m.end < len(doc) and doc[m.end].text in ("'s", "’s") for m in mm) and \
                not (mm[0].text.isupper() and len(mm[0].text) <= 5):  # "in DB's history": an acronym's history
            best = "Location"
        if best in ("Organization", "Location", "Vessel") and not ruled and \
                (len(words) >= 2 and any(_titled(doc, m) for m in mm)
                 or any(_title_appos(doc, m) for m in mm)):
            best = "Person"
        if best in ("Organization", "Location") and len(words) == 1 and not ruled and \
                len({tuple(fp) for fp in full_people if words[0] == fp[0]}) == 1 and \
                not any(words[0] == fp[-1] for fp in full_people):
            best = "Person"  # "Rohan" after "Rohan Mahesh Jayasekera": a first name alone
        if best == "Person" and not ruled and len(words) >= 2 and \
                any(len(fk) > len(words) and fk[:len(words)] == words for fk in firm_keys):
            best = "Organization"  # "Dorian Vale" after "Dorian Vale Ship Management DMCC": its short name
        if best == "Location" and not ruled and any(len(fk) > len(words) and fk[:len(words)] == words
                                                    for fk in firm_keys) and \
                any(doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass") for m in mm) and \
                not any(m.start > 0 and doc[m.start - 1].lower_ in _PLACE_PREPS or
                        m.end < len(doc) and doc[m.end].text == "-" for m in mm):
            best = "Organization"  # "Ostrava has fixed both ships" after "Ostrava Gulf Shipping FZE": the firm
        for m in mm:
            if m.type != best:
                m.type = best
                m.cls = best if best != "Organization" else (m.cls if m.cls not in _LABEL_TYPE.values()
                                                             or m.cls == "Organization" else "Organization")
                if best == "Organization" and m.cls in ("Person", "Location", "Vessel", "Port", "Weapon", "Other"):
                    m.cls = "Organization"


#: What a company has and a person does not ("X's subsidiary", "X's fleet").
_ORG_OWNED = frozenset({"subsidiary", "subsidiaries", "fleet", "shareholders", "board", "tankers", "vessels",
                        "ships", "headquarters", "employees", "staff", "shares", "unit"})

#: Last words of a company's full name (legal forms and business words), whose first words alone are its short name.
_FIRM_END_WORDS = frozenset({"ltd", "limited", "inc", "llc", "plc", "gmbh", "ag", "sa", "s a", "co", "corp",
                             "corporation", "company", "fze", "fzco", "dmcc", "llp", "jsc", "pjsc", "ooo", "bv", "nv",
                             "spa", "srl", "pte", "pty", "group", "holdings", "shipping", "management", "trading",
                             "maritime", "navigation", "energy", "logistics", "lines"})

_FORM_SPELLINGS = {"limited": "ltd", "incorporated": "inc", "corporation": "corp", "company": "co"}
"""A legal form written out, and its abbreviation (the Companies House and SEC spellings)."""


_NOT_FIRM_CLASSES = frozenset({"ResearchOrganization", "GovernmentAgency", "MediaOrganization", "ArmedForce"})
"""Organisation classes that are no company's (a short name shared with a company stands for the company)."""


def _renamed_pairs(ms: list[Mention], uf: "_UF") -> None:
    """Join each of several ships to its new name, in order: "A and B were renamed X and Y", "The sisters A and B
    ... The ships have since been renamed X and Y" (the names :mod:`newsgraph.ingest.nlp` read after "renamed" as a
    list, rule ``renamed``). The old names are the ships named before "renamed" in its sentence, else those named
    together ("A and B", "A, B and C") in the nearest of the two sentences before that names ships; with any other
    count nothing is joined. The new names are marked ``meta["newest"]`` (the entity's name)."""
    by_sent: dict[int, list[int]] = {}
    for i, m in enumerate(ms):
        if m.type == "Vessel" and m.meta.get("rule") == "renamed" and not m.meta.get("former"):
            by_sent.setdefault(m.sent, []).append(i)
    if not by_sent:
        return
    vessels = [(i, m) for i, m in enumerate(ms) if m.type == "Vessel" and m.meta.get("rule") != "renamed"]
    sents = sorted({m.sent for m in ms})
    for sent, new in by_sent.items():
        if len({ms[i].key for i in new}) != len(new):
            continue
        first = ms[new[0]].start
        old: dict[str, int] = {}
        for i, m in vessels:
            if m.sent == sent and m.start < first:
                old.setdefault(m.key, i)
        if not old:
            k = sents.index(sent)
            for prev in reversed(sents[max(0, k - 2):k]):
                old = {}
                for i, m in vessels:
                    if m.sent == prev:
                        old.setdefault(m.key, i)
                starts = sorted((ms[i].start, ms[i].end) for i in old.values())
                if any(not 1 <= b[0] - a[1] <= 2 for a, b in zip(starts, starts[1:])):
                    old = {}  # only ships named together ("the sisters A and B"), not a list's parts or a chance pair
                if old:
                    break
        if len(old) > len(new) >= 2 and all(ms[i].sent == sent for i in old.values()):
            # "A now trades as X, while B and C have become Y and Z": the ships named together right before
            last = sorted(old.values(), key=lambda i: ms[i].start)[-len(new):]
            if all(1 <= ms[b].start - ms[a].end <= 2 for a, b in zip(last, last[1:])):
                old = {ms[i].key: i for i in last}
        if len(old) != len(new):
            continue
        for i, j in zip(old.values(), new):
            uf.union(i, j)
            ms[j].meta = {**ms[j].meta, "newest": True}


def _legal_form_key(key: str) -> str:
    """An organisation's name key with a written-out legal form at its end abbreviated: "x shipping limited" ->
    "x shipping ltd", "y holding company" -> "y holding co"; other keys as they are. Only names of two words or
    more before the form ("Limited" alone, "The Company" are no firm's names)."""
    words = key.split()
    if len(words) >= 3 and words[-1] in _FORM_SPELLINGS:
        return " ".join(words[:-1] + [_FORM_SPELLINGS[words[-1]]])
    return key


_FORM_WRITTEN = {v: k for k, v in _FORM_SPELLINGS.items()}


def _form_variants(key: str) -> list[str]:
    """The other spelling of a name key's legal form: "x shipping ltd" -> ["x shipping limited"], "x shipping
    limited" -> ["x shipping ltd"]; [] when the key does not end in one (see :func:`_legal_form_key`)."""
    words = key.split()
    if len(words) < 3:
        return []
    alt = _FORM_SPELLINGS.get(words[-1]) or _FORM_WRITTEN.get(words[-1])
    return [" ".join(words[:-1] + [alt])] if alt else []


_HONORIFIC_WORDS = {"mr", "mrs", "ms", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "admiral", "adm",
                    "general", "gen", "colonel", "col", "captain", "capt", "lieutenant", "lt", "major", "maj",
                    "sergeant", "sgt", "commander", "cmdr"}
"""Words before a surname that make it a person's."""

_PERSON_TITLES = {"minister", "spokesman", "spokeswoman", "spokesperson", "director", "ceo", "chairman", "analyst",
                  "president", "secretary", "admiral", "general", "captain", "colonel", "envoy", "ambassador",
                  "researcher", "author", "editor", "professor", "dr.", "mr.", "mrs.", "ms.", "head", "founder",
                  "commander", "executive", "official", "lawmaker", "senator", "expert", "economist", "manager"}


def _title_appos(doc: Doc, m: Mention) -> bool:
    """ "its director general, X,", "the lead author, X, said": a name set off by commas after a title."""
    return m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].lower_ in _PERSON_TITLES and \
        m.end < len(doc) and doc[m.end].text in (",", ";") and \
        all(t.text[:1].isupper() and t.is_alpha for t in doc[m.start:m.end])


def _titled(doc: Doc, m: Mention) -> bool:
    """A person's title right before the name or in an apposition right after it."""
    if m.start > 0 and doc[m.start - 1].lower_ in _PERSON_TITLES:
        return True
    if m.start > 1 and doc[m.start - 1].text == "," and doc[m.start - 2].lower_ in _PERSON_TITLES and \
            m.end < len(doc) and doc[m.end].text == ",":
        return True  # "the lead author, X Y, said"
    j = m.end
    if j + 2 < len(doc) and doc[j].text == ",":
        toks = doc[j + 1:min(len(doc), j + 7)]
        if toks[0].lower_ in ("a", "an", "the", "its", "his", "her"):
            k = next((t.i for t in toks if t.lower_ in _PERSON_TITLES), None)
            # (not "in the X Sea, a coast guard spokesperson said": the post is a new clause's subject)
            return k is not None and not (k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX"))
    return False


def _is_source_token(tok) -> bool:
    """True when the token is who says something: "X said", "according to X"."""
    h = tok.head
    if tok.dep_ == "pobj" and h.lower_ == "to" and h.head.lower_ == "according":
        return True
    if tok.dep_ == "nsubj" and h.lemma_.lower() in ("say", "report", "tell", "write", "claim", "announce"):
        return True
    if tok.dep_ in ("compound", "poss") and h.dep_ == "nsubj" and h.head.lemma_.lower() in ("say", "report", "show"):
        return True
    return False


def _merge_into_one_model(ms: list[Mention], ks: set[str], by_key, uf) -> None:
    """ "its Sokol-B2 attack drone ... the drones had been delivered": in an article with one named
    weapon model, the generic noun of that model's kind ("drones", "the long-range drone") is the model.

    The kind is the head noun the model was named with ("Sokol-B2 attack drone" -> drone). With two or
    more named models, the generic noun joins the one model of its kind when every model was named with
    its kind ("X-6 drones and Y-5 glide bombs ... the drones"); otherwise nothing is merged.
    """
    named = [m for m in ms if m.type == "Weapon" and m.meta.get("rule") in _NAMED_GOODS[:4]]
    if not named:
        return
    roots = {uf.find(by_key[("Weapon", m.key)]) for m in named}
    if len(roots) != 1:
        # "X-6 drones and Y-5 glide bombs ... the drones": the one model of that kind
        by_head: dict[str, set[int]] = {}
        for m in named:
            for a in m.meta.get("extra_aliases", ()):
                if " " in a and a.split()[-1].lower() in cargo.MODEL_HEADS:
                    by_head.setdefault(cargo.goods_words(a.split()[-1].lower()), set()).add(
                        uf.find(by_key[("Weapon", m.key)]))
        generic = {m.key for m in ms if m.type == "Weapon" and m.meta.get("rule") == "lexicon"}
        for k in ks & generic:
            targets = by_head.get(cargo.goods_words(k.split()[-1]), ())
            if len(targets) == 1 and set().union(*by_head.values()) == roots:  # every model's kind is known
                uf.union(by_key[("Weapon", k)], next(iter(targets)))
        return
    heads = {cargo.goods_words(a.split()[-1].lower()) for m in named for a in m.meta.get("extra_aliases", ())
             if " " in a}
    if len(heads) != 1:
        return
    head = next(iter(heads))
    target = roots.pop()
    # (not goods said to be of another use: "civilian motors for agricultural drones" are not the model)
    other_use = {m.key for m in ms for a in (m.text, *m.meta.get("extra_aliases", ()))
                 if set(a.lower().split()) & cargo.OTHER_USE_WORDS}
    generic = {m.key for m in ms if m.type == "Weapon" and m.meta.get("rule") == "lexicon"} - other_use
    # (nor goods already joined with goods of another head: "drones" taken as "drone engines" are engines)
    heads_of: dict[int, set] = {}
    for o in ks:
        heads_of.setdefault(uf.find(by_key[("Weapon", o)]), set()).add(cargo.goods_words(o.split()[-1]))
    for k in ks & generic:
        if cargo.goods_words(k.split()[-1]) == head and heads_of.get(uf.find(by_key[("Weapon", k)])) == {head}:
            uf.union(by_key[("Weapon", k)], target)


_REFINED = frozenset({"diesel", "gasoline", "petrol", "naphtha", "kerosene", "gasoil", "jet", "products",
                      "lng", "lpg", "gas", "condensate", "bunkers", "bitumen", "ulsd"})
"""Words of refined products and gases: a cargo apart from crude oil (tanker-trade usage: "crude and
fuel oil", "crude or products tankers"); "fuel oil" is one too, a bare "fuel" is not."""
_ORIGIN_WORDS = frozenset(k for k in map(gz.norm, gz.DEMONYMS) if k and " " not in k)
"""One-word demonyms ("iraqi", "iranian"): the origin a goods name gives."""


def distinct_goods(a: str, b: str) -> bool:
    """True when two goods keys name different cargoes, so no word-subset or generic rule may merge them.

    Crude oil and a refined product are two cargoes ("crude" is not "fuel oil"), and so are goods of two
    origins ("Iraqi crude", "Iranian petroleum"): news names the origin to tell them apart.

    Parameters
    ----------
    a, b : str
        Normalised goods names (:func:`newsgraph.ingest.gazetteers.norm`), e.g. ``"crude"``, ``"fuel oil"``.

    Returns
    -------
    bool
    """
    wa, wb = set(a.split()), set(b.split())
    ra = wa & _REFINED or ({"fuel", "oil"} <= wa and "crude" not in wa)  # "fuel oil"; a bare "fuel" is generic
    rb = wb & _REFINED or ({"fuel", "oil"} <= wb and "crude" not in wb)
    if ("crude" in wa) != ("crude" in wb) and (ra or rb) and not (ra and rb):
        return True
    oa, ob = wa & _ORIGIN_WORDS, wb & _ORIGIN_WORDS
    return bool(oa) and bool(ob) and not oa & ob


def _merge_generic_goods(ks, gw, by_key, uf) -> None:
    """ "the oil" / "its crude" / "the grain": a generic word for the article's one petroleum (grain) cargo.

    A key made only of generic petroleum words ("oil", "fuel") joins the one
    other petroleum cargo of the document ("Urals crude", "fuel oil"), and
    "grain" the one named grain ("wheat"); with two or more candidates it
    stays apart (it could be either).
    """
    # "oil" is no name for a gas or a light distillate: condensate, naphtha and LNG stay apart
    oils = cargo.PETROLEUM_WORDS - {"condensate", "naphtha", "lng", "gas"}
    for generic, family in ((cargo.PETROLEUM_GENERIC, oils), (cargo.GRAIN_GENERIC, cargo.GRAIN_WORDS)):
        gen = [k for k in ks if k in generic]
        if not gen:
            continue
        for k in gen:
            spec = {uf.find(by_key[("Other", o)]) for o in ks if o not in gen and set(o.split()) & family
                    and not distinct_goods(k, o)}
            if len(spec) == 1:
                uf.union(by_key[("Other", k)], spec.pop())


class _UF:
    def __init__(self, n):
        self.p = list(range(n))

    def find(self, i):
        while self.p[i] != i:
            self.p[i] = self.p[self.p[i]]
            i = self.p[i]
        return i

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def _retype_name_parts(ms: list[Mention]) -> None:
    """A "person" (or a model's several-word "place") whose name is a run of words inside one longer
    organisation name is that organisation.

    News introduces a company by its full name and then uses a short form
    ("Silver Fern Trading Co., Limited (Silver Fern)", "Tianhao could not be
    reached"); the statistical model often labels the bare short form a
    person. A name part of another person's name stays a person (a surname).
    """
    full_people = [m.key for m in ms if m.type == "Person" and " " in m.key]
    for m in ms:  # "Ferreira Navas said" after "Lucia Ferreira Navas": a two-word surname the model called a body
        if m.type == "Organization" and m.meta.get("rule") in ("source_context", "model") and " " in m.key and \
                len(m.key.split()) == 2 and sum(1 for o in set(full_people) if o.endswith(" " + m.key)) == 1 and \
                any(p.start < m.start for p in ms if p.type == "Person" and p.key.endswith(" " + m.key)):
            m.type, m.cls = "Person", "Person"
    for m in ms:  # "Sutarno said": a source the context rule called an organisation is a person named before
        if m.type == "Organization" and m.meta.get("rule") in ("source_context", "model") and " " not in m.key \
                and not m.meta.get("attributive") \
                and m.key and sum(1 for o in set(full_people) if m.key in o.split()[1:] or m.key == o.split()[0]) == 1 \
                and any(p.start < m.start for p in ms if p.type == "Person" and m.key in p.key.split()):
            m.type, m.cls = "Person", "Person"
    orgs: dict[str, Mention] = {}
    for m in ms:
        if m.type == "Organization" and " " in m.key:
            orgs.setdefault(m.key, m)
    if not orgs:
        return
    people = {m.key for m in ms if m.type == "Person"}
    places = {m.key for m in ms if m.type in ("Location", "Port")}
    for m in ms:
        if m.type not in ("Person", "Location") or m.meta.get("rule") not in (None, "model"):
            continue
        k = m.key
        if not k or m.type == "Person" and any(o != k and k in o.split() for o in people):
            continue
        if m.type == "Location" and (" " not in k and (pl.is_place_name(m.text) or not any(
                o.startswith(k + " ") for o in orgs)) or any(o != k and (" " + k + " ") in (" " + o + " ")
                                                             for o in places)):
            continue  # "Ningbo Corvel" (of "Ningbo Corvel Aviation Engine Co.") but not a known one-word place
            # ("Polmaszex" after "Polmaszex Sp. z o.o." is the firm: a word no gazetteer knows, its name's first)
        if m.type == "Location" and k.split()[-1] in gz.WATER_WORDS:
            continue  # a named sea stays a sea beside a body named after it ("the Black Sea Fleet")
        hits = [o for o in orgs if o != k and (" " + k + " ") in (" " + o + " ")]
        if len(hits) > 1:  # "Deepwave Marine Services FZE" and "Deepwave Marine Services": one firm's names
            short = min(hits, key=len)
            if all(h.startswith(short) for h in hits):
                hits = [short]
        if len(hits) == 1:
            m.type = "Organization"
            m.cls = orgs[hits[0]].cls


def _join_place_short_names(ms: list[Mention]) -> None:
    """ "Tarvek station" ... "at Tarvek": a model's person or organisation whose name is the short
    form a place rule recorded for a named place ("extra_aliases") is that place."""
    short: dict[str, Mention] = {}
    for m in ms:
        if m.type in ("Location", "Port") and m.meta.get("rule") not in (None, "model"):
            for a in m.meta.get("extra_aliases", ()):
                short.setdefault(gz.norm(a), m)
    if not short:
        return
    for m in ms:
        if m.type in ("Person", "Organization") and m.meta.get("rule") in (None, "model") and m.key in short:
            p = short[m.key]
            m.type, m.cls, m.key = p.type, p.cls, p.key
        elif m.type == "Port" and m.key in short and short[m.key].type == "Port" and short[m.key].key != m.key:
            m.key = short[m.key].key  # "arrived in Velmar" ... "held at Velmar Port": one port


_MODEL_RULES = (None, "model", "lexicon", "source_context")
_ORG_AFFIXES = {"fc", "afc", "cf", "sc", "ac", "fk", "sk", "club", "ltd", "limited", "inc", "llc", "plc", "gmbh",
                "ag", "sa", "co", "corp", "jsc", "pjsc", "ooo", "se"}
"""Club and company-form words around a name ("FC Rovers", "Acme Ltd") that the bare name drops."""


_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
"""Characters that print as nothing: C0 controls other than whitespace (NUL...), soft hyphen,
zero-width space/joiners, bidi marks, embeddings, overrides and isolates, word joiner, byte-order mark."""


_ODD_SPACE = re.compile(r"[^\S ]|  |^ | $")
"""Whitespace other than single spaces inside a name ("United\tKingdom", "anti-ship  cruise missiles")."""


def _visible(name: str) -> str:
    """``name`` without :data:`_INVISIBLE` characters ("Oceanic\u200d Lines", "\u202ePort Sudan\u202c"):
    an entity's name and aliases are shown and matched as read, not with controls a text carried;
    tabs, line breaks and runs of spaces in them become one space."""
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", name)).strip()


_REPEATED = re.compile(r"^(\S+(?: \S+)+?)(?: \1)+$|^(\S+)(?: \2){2,}$|^(\S+) (\S+) \3 \4 \3")
"""A name that is one shorter name said over and over ("Oceanic Lines Oceanic Lines ...", a model span
over a repeated phrase): two or more words repeated, or one word three times or more ("Bora Bora" stays); the
last form lets a long run start or end inside the phrase ("Lines Oceanic Lines Oceanic Lines", a span cut
from a run-on text)."""


def _unrepeat(name: str) -> str:
    """The repeated unit of a :data:`_REPEATED` name, else ``name``.

    The unit is the shortest period of the name's words, at least two whole units long (a one-word unit three
    times), taken as the name's last words: a name ends with its head word ("... Oceanic Lines").
    """
    if not _REPEATED.match(name):
        return name
    words = name.split(" ")
    n = len(words)
    for p in range(1, n // 2 + 1):
        if n >= (3 if p == 1 else 2) * p and all(words[i] == words[i + p] for i in range(n - p)):
            return " ".join(words[n - p:])
    return name


def _known_hit(known: Mapping[str, Entity], names: list[str], typ: str, mm: list[Mention]) -> Entity | None:
    """The stored entity one cluster of mentions is, or None.

    A stored entity of the same type wins; goods (Other, Weapon) match a stored entity's own name or one
    of its aliases of two words or more, not a one-word alias ("oil"). One of another type wins only when
    every mention's type is the statistical model's guess (no newsgraph rule
    typed it, ``Mention.meta["rule"]``) and the cluster is not a country: the
    small model labels a bare ship name an organisation or a place in a
    follow-up article that an earlier article established as a vessel
    ("the tanker X").
    """
    if typ in ("Other", "Weapon"):
        # goods join another document's goods by their name or a specific alias ("Iranian drones"), not through
        # a bare word one article also used for them: "oil" in a story about a Nigerian tanker is not the
        # "Urals crude" another article also called "oil"
        norms = {gz.norm(a) for a in names}
        hits = [h for a in names if (h := known.get(gz.norm(a))) is not None
                and (gz.norm(h.name) in norms or len(a.split()) >= 2)]
    else:
        hits = [h for h in (known.get(gz.norm(a)) for a in names) if h is not None]
        if typ == "Organization" and not hits:  # "X Shipping Ltd." stored, "X Shipping Limited" here
            hits = [h for a in names for v in _form_variants(gz.norm(a)) if (h := known.get(v)) is not None]
    same = next((h for h in hits if h.type == typ), None)
    if same is not None or typ == "Country" or not hits:
        return same
    if any(m.meta.get("rule") not in _MODEL_RULES for m in mm):
        return None
    other = next((h for h in hits if h.type != "Country"), None)
    return other


def resolve(ms: list[Mention], known: Mapping[str, Entity] | None = None) -> dict[str, Entity]:
    """Cluster mentions into entities and set ``Mention.entity``.

    Parameters
    ----------
    ms : list of Mention
        From :func:`mentions`; modified in place (``entity`` set).
    known : mapping of str to Entity, optional
        Normalised alias -> entity already in the store.

    Returns
    -------
    dict of str to Entity
        Entities by id.
    """
    _retype_name_parts(ms)
    _join_place_short_names(ms)
    uf = _UF(len(ms))
    by_key: dict[tuple[str, str], int] = {}
    for i, m in enumerate(ms):
        k = (m.type, m.key)
        if k in by_key:
            uf.union(by_key[k], i)
        else:
            by_key[k] = i
    # "Ruritania's army" and "the Ruritanian Armed Forces": one state's land forces, named two ways
    for (t, k), i in list(by_key.items()):
        if t == "Organization" and k.startswith("armed forces of "):
            j = by_key.get(("Organization", "army of " + k[len("armed forces of "):]))
            if j is not None:
                uf.union(i, j)
    # acronyms <-> expansions
    for i, m in enumerate(ms):
        other = m.meta.get("expansion") or m.meta.get("acronym") or m.meta.get("same_as")
        if other:
            j = by_key.get((m.type, gz.norm(other)))
            if j is None and m.type == "Organization":  # "Indonesian X Agency" is keyed "x agency of indonesia"
                j = by_key.get((m.type, _national_body_key(gz.norm(other))))
            if j is not None:
                uf.union(i, j)
    vcount = Counter(m.key for m in ms if m.type == "Vessel" and not m.meta.get("former"))
    # the story's main ship for a former name with no ship beside it: not a navy's or coast guard's ship that
    # stopped it ("NNS X intercepted a tanker. ... the tanker, formerly named Y, ...")
    service = {m.key for m in ms if m.type == "Vessel" and m.text.split()[:1] and
               m.text.split()[0] in gz.SHIP_PREFIXES - _MERCHANT_PREFIXES}
    merchant = Counter({k: c for k, c in vcount.items() if k not in service})
    main_vessel = merchant.most_common(1)[0][0] if merchant else None
    sent_starts: list[int] | None = None  # built only for a renamed ship in a story of several ships
    for i, m in enumerate(ms):
        if m.meta.get("former") and m.type == "Vessel" and not m.meta.get("new_ship"):
            # the ship named before the other name in its sentence ("the tankers A, formerly named B, and
            # C": B is A's); one named after it only when none is named before
            others = [(m.start - o.start if o.start < m.start else 10_000 + o.start - m.start, j)
                      for j, o in enumerate(ms)
                      if o.type == "Vessel" and o.sent == m.sent and o.key != m.key and not o.meta.get("former")]
            if others:
                uf.union(i, min(others)[1])
            elif main_vessel is not None and main_vessel != m.key and len(vcount) <= 2 and (
                    len(vcount) == 1 or vcount.most_common(2)[0][1] > vcount.most_common(2)[1][1]):
                # "the tanker, formerly named X": the story's main ship (of two named as often, the recent one below)
                uf.union(i, by_key[("Vessel", main_vessel)])
            else:
                # a story of several ships: "A second tanker, the X, was sold ... She now trades as the Y":
                # the ship last named in the two sentences before (Lappin & Leass's recency), not a navy's or
                # coast guard's ship that intercepted it; else the ship named more often than any other
                if sent_starts is None:
                    sent_starts = sorted({x.sent for x in ms})
                k = bisect.bisect_left(sent_starts, m.sent)
                near = set(sent_starts[max(0, k - 2):k])
                prev = [j for j, o in enumerate(ms) if o.type == "Vessel" and o.sent in near
                        and o.key != m.key and not o.meta.get("former")
                        and o.text.split()[0] not in gz.SHIP_PREFIXES - _MERCHANT_PREFIXES]
                if not prev and m.meta.get("after_ship_noun"):
                    # "The Comoros-flagged vessel, which traded as X until March": the ship the noun refers
                    # back to, named last before (a quote may stand between)
                    prev = [j for j, o in enumerate(ms) if o.type == "Vessel" and o.start < m.start
                            and o.key != m.key and not o.meta.get("former")
                            and o.text.split()[0] not in gz.SHIP_PREFIXES - _MERCHANT_PREFIXES][-1:]
                if prev:
                    uf.union(i, max(prev, key=lambda j: ms[j].start))
                elif main_vessel is not None and main_vessel != m.key and \
                        vcount.most_common(2)[0][1] > vcount.most_common(2)[1][1]:
                    uf.union(i, by_key[("Vessel", main_vessel)])
    _renamed_pairs(ms, uf)
    keys_by_type: dict[str, set[str]] = {}
    for (t, k) in by_key:
        keys_by_type.setdefault(t, set()).add(k)
    # organisations: an acronym of another name in the document; a short form (contiguous words) of one longer name
    orgs = keys_by_type.get("Organization", set())
    places_here = keys_by_type.get("Location", set()) | keys_by_type.get("Port", set())
    texts, media = {}, set()
    parents: dict[str, set[str]] = {}  # a parent firm's key -> its subsidiaries' keys (_parent_firms)
    for i, m in enumerate(ms):
        if m.type == "Organization":
            texts.setdefault(m.key, m.text)
            if "parent_of" in m.meta:
                parents.setdefault(m.key, set()).update(m.meta["parent_of"])
            if m.cls == "MediaOrganization":
                media.add(m.key)
    # "X Shipping Ltd." and "X Shipping Limited": one firm, its legal form written out or not
    by_form: dict[str, str] = {}
    for k in sorted(orgs):
        fk = _legal_form_key(k)
        if fk in by_form:
            uf.union(by_key[("Organization", k)], by_key[("Organization", by_form[fk])])
        else:
            by_form[fk] = k
    # sorted (the result must not depend on set order), longest first: "institute for science" joins
    # "institute for science and international security" before "institute" looks for its one longer name
    for k in sorted(orgs, key=lambda x: (-len(x.split()), x)):
        t = texts.get(k, k)
        if t.replace(".", "").isupper() and 2 <= len(t.replace(".", "")) <= 8 and " " not in t:
            # "the IRNA news agency" is no acronym of "Navy of the Islamic Republic of Iran"
            hits = {uf.find(by_key[("Organization", o)]) for o in orgs if o != k and " " in o
                    and gz.acronym_matches(t, texts.get(o, o)) and (k not in media or o in media)
                    and not texts.get(o, o).startswith(t + " ")}  # "UN Panel of Experts" is no expansion of UN
            if len(hits) == 1:
                uf.union(by_key[("Organization", k)], hits.pop())
                continue
        # "MMEA Penang" <- "Malaysian Maritime Enforcement Agency (MMEA)": an acronym and a place named
        # elsewhere in the text is the body's local branch, written as the body
        parts0 = t.split()
        if len(parts0) == 2 and parts0[0].isupper() and 2 <= len(parts0[0]) <= 8 and \
                gz.norm(parts0[1]) in places_here:
            hits = {uf.find(by_key[("Organization", o)]) for o in orgs if o != k and " " in o
                    and gz.acronym_matches(parts0[0], texts.get(o, o))}
            if len(hits) == 1:
                uf.union(by_key[("Organization", k)], hits.pop())
                continue
        # "UK MoD" <- "Ministry of Defence of the United Kingdom": a country prefix and an acronym
        parts = t.split()
        cmap = gz.countries()
        if len(parts) == 2 and parts[0] in cmap and parts[1].replace(".", "")[:1].isupper():
            country = cmap[parts[0]]
            hits = set()
            dems = [dem for dem, d in gz.DEMONYMS.items() if d == country]  # (found once, not per body)
            for o in orgs:
                ot = texts.get(o, o)
                if o == k or not (country in ot or any(dem in ot for dem in dems)):
                    continue  # (tested before the two substitutions, which only the acronym test reads)
                base = re.sub(r"\s+of\s+(the\s+)?" + re.escape(country) + r"$", "", ot)
                base = re.sub(r"^" + re.escape(country) + r"\s+", "", base)
                if gz.acronym_matches(parts[1], base):
                    hits.add(uf.find(by_key[("Organization", o)]))
            if len(hits) == 1:
                uf.union(by_key[("Organization", k)], hits.pop())
                continue
        # "the defence ministry" <- "Russia's defence ministry" (key "ministry of defence of russia")
        bare = re.match(r"^(\w+) (ministry|office|department)$", k)
        if bare:
            pre = f"{bare.group(2)} of {bare.group(1)} of "
            hits = {uf.find(by_key[("Organization", o)]) for o in orgs if o.startswith(pre)}
            if len(hits) == 1:
                uf.union(by_key[("Organization", k)], hits.pop())
                continue
        if k + "s" in orgs:  # "Houthi" (attributive) and "the Houthis": one group
            uf.union(by_key[("Organization", k)], by_key[("Organization", k + "s")])
            continue
        # "FC Rovers" <- "Rovers": a club or company affix around a name used bare elsewhere
        words = k.split()
        if len(words) >= 2 and (words[0] in _ORG_AFFIXES or words[-1] in _ORG_AFFIXES):
            core = " ".join(words[1:] if words[0] in _ORG_AFFIXES else words[:-1])
            if core in orgs:
                uf.union(by_key[("Organization", k)], by_key[("Organization", core)])
                continue
        longer = [o for o in orgs if o != k and (" " + k + " ") in (" " + o + " ") and o not in parents.get(k, ())
                  and not o.endswith((" on " + k, " against " + k))]  # (the "Panel of Experts on X" is not X)
        if " of " in k and k.count(" ") >= 3:
            # "U.S. Southern Command" (key "southern command of united states") is not "U.S. Naval Forces Southern
            # Command": the same country's body with more words before the same head is another body
            longer = [o for o in longer if not (o.endswith(" " + k) and " of " not in o[:-len(k)])]
        if t in gz.INSTITUTIONS:  # "UN" is its own body, not short for the "UN Panel of Experts" named with it,
            # nor the Union for the Union's Council named "Council of the <Union>" (a body of it)
            longer = [o for o in longer if not texts.get(o, o).startswith(t + " ") and
                      (" of " + k) not in (" " + o).replace(" of the ", " of ")]
        if t[:1].isupper():  # "Customs" is in "Customs and Monopolies Agency", not in "Italian customs police"
            cased = [o for o in longer if (" " + t + " ") in (" " + texts.get(o, o) + " ")]
            longer = cased or longer
        own = uf.find(by_key[("Organization", k)])
        roots = {uf.find(by_key[("Organization", o)]) for o in longer} - {own}
        if len(roots) > 1 and " " not in k:
            # "the Council" beside "Council of the EU" and "the X Council": the name it opens, when one does
            first = {uf.find(by_key[("Organization", o)]) for o in longer if o.startswith(k + " ")} - {own}
            if len(first) > 1:
                # "Aster" beside "Aster Biologics" and "Aster Centre for X": the company a short name
                # stands for, when one of the names it opens is a company's
                firms = {uf.find(by_key[("Organization", o)]) for o in longer if o.startswith(k + " ") and
                         any(m.key == o and m.cls not in _NOT_FIRM_CLASSES for m in ms)} - {own}
                first = firms if len(firms) == 1 else first
            roots = first if len(first) == 1 else roots
        if len(roots) == 1:
            uf.union(own, roots.pop())
    # people: one name part -> the unique full name carrying it, if the full name came first
    people = keys_by_type.get("Person", set())
    listed = {m.key for m in ms if m.type == "Person" and m.meta.get("reordered")}
    first_at = {}
    for m in ms:
        if m.type == "Person":
            first_at[m.key] = min(first_at.get(m.key, m.start), m.start)
    for k in sorted(people):
        if " " in k:
            # "Al-Mansur" ("al mansur") <- "Al-Mansur Haddad": a run of words of one longer name
            full = [o for o in people if o != k and (" " + k + " ") in (" " + o + " ")]
            if not full:  # "Sunil VARMA" <- "VARMA, Sunil Ketan": a listed name's words in another order
                full = [o for o in listed if o != k and set(k.split()) <= set(o.split())]
            if len(full) == 1 and first_at[full[0]] < first_at[k]:
                uf.union(by_key[("Person", k)], by_key[("Person", full[0])])
            continue
        full = [o for o in people if o != k and k in o.split()]
        if len(full) == 1 and first_at[full[0]] < first_at[k]:
            uf.union(by_key[("Person", k)], by_key[("Person", full[0])])
    # weapons / cargo: the same goods words (singular/plural, synonyms: "artillery rounds" = "artillery
    # ammunition"), then words subset of a unique longer mention
    for t in ("Weapon", "Other"):
        ks = keys_by_type.get(t, set())
        gw = {k: cargo.goods_words(k) for k in ks}
        same: dict[frozenset, str] = {}
        for k in sorted(ks):
            if gw[k] in same:
                uf.union(by_key[(t, k)], by_key[(t, same[gw[k]])])
            else:
                same[gw[k]] = k
        for k in sorted(ks):
            words = gw[k]
            # (not into goods of another head: "drones" are no "drone engines")
            sup = [o for o in ks if o != k and words < gw[o] and not distinct_goods(k, o)]
            roots = {uf.find(by_key[(t, o)]) for o in sup}
            if len(roots) == 1:
                uf.union(by_key[(t, k)], by_key[(t, sup[0])])
        if t == "Other":
            _merge_generic_goods(ks, gw, by_key, uf)
    _merge_into_one_model(ms, keys_by_type.get("Weapon", set()), by_key, uf)
    # vessels / ports / locations: "X" vs "X port" handled by the rules; org vs vessel clash left alone

    groups: dict[int, list[int]] = {}
    for i in range(len(ms)):
        groups.setdefault(uf.find(i), []).append(i)
    entities: dict[str, Entity] = {}
    for members in groups.values():
        mm = [ms[i] for i in members]
        typ = mm[0].type
        aliases = list(dict.fromkeys([m.text for m in mm] + [a for m in mm for a in m.meta.get("extra_aliases", ())]))
        if typ == "Country":
            name = mm[0].key
        elif typ == "Organization":
            full = [m for m in mm if not m.meta.get("expansion") and m.meta.get("rule") != "eu_metonym"]
            name = max(full, key=lambda m: (len(m.text), -m.start)).text if full else \
                mm[0].meta.get("canonical") or max(mm, key=lambda m: (len(m.text), -m.start)).text
            # ("Brussels" alone is the European Union, not an organisation named "Brussels")
        elif typ in ("Person", "Weapon", "Other"):
            named = [m for m in mm if m.meta.get("rule") in _NAMED_GOODS[:4]] if typ == "Weapon" else []
            name = max(named or mm, key=lambda m: (len(m.text.split()), len(m.text))).text  # the model's name
            if typ == "Person" and (re_ := next((m.meta["reordered"] for m in mm if m.meta.get("reordered")), None)):
                # "GAZIN, Rustam Timurovich" (a sanctions list's order): "Rustam Timurovich Gazin"
                name = re_
                aliases.append(name)
        else:
            # a ship goes by its present name: a former one ("X, formerly known as Y") names it only when
            # nothing else does
            # (a name given by renaming, "was renamed X", is the newest; "formerly named Y" is an old one)
            newest = [m for m in mm if m.meta.get("former") and m.meta.get("rule") != "former_name" or
                      m.meta.get("newest")]
            pool = (newest or [m for m in mm if m.meta.get("rule") != "former_name"]) if typ == "Vessel" else mm
            counts = Counter(m.text for m in (pool or mm))
            # (on a tie, the name as written in running text before a dateline's or a record's capitals:
            # "PORT OF SPAIN, Trinidad -" then "docked at Port of Spain")
            name = max(counts, key=lambda a: (counts[a], not a.isupper(), len(a)))
        if typ == "Vessel":  # "MV X" is the ship X: the name without the prefix
            bare = [_strip_ship_prefix(a) for a in aliases]
            aliases = list(dict.fromkeys(aliases + [b for b in bare if b]))
            name = _strip_ship_prefix(name) or name
        if (typ == "Weapon" or typ == "Other") and not any(m.meta.get("rule") in _NAMED_GOODS or
                                                           m.meta.get("origin") or m.meta.get("grade") for m in mm):
            name = name.lower() if not any(c.isupper() for c in name[1:]) else name
        cls = mm[0].cls
        if any(m.cls != cls for m in mm):  # most often one class: no Counter to build
            cls = Counter(m.cls for m in mm).most_common(1)[0][0]
        if known:
            hit = _known_hit(known, [name, *aliases], typ, mm)
            if hit is not None:
                if hit.type != typ:  # a model guess yields to what other documents established
                    typ, cls = hit.type, hit.type
                    for m in mm:
                        m.type, m.cls = typ, hit.cls or typ
                name = hit.name
                cls = hit.cls or cls
        # (str.isprintable is False for every character _INVISIBLE and _ODD_SPACE look for: a C-speed
        # test first, as almost every name is plain)
        if any((not a.isprintable() or "  " in a or a[:1] == " " or a[-1:] == " ") and
               (_INVISIBLE.search(a) or _ODD_SPACE.search(a)) for a in (name, *aliases)):
            name, aliases = _visible(name), list(dict.fromkeys(v for v in map(_visible, aliases) if v))
        if name.count(" ") >= 2 and _REPEATED.match(name):  # a repeat has three words at least
            name, aliases = _unrepeat(name), list(dict.fromkeys(map(_unrepeat, aliases)))
        ent = Entity.create(name, typ, aliases, cls=cls)
        imo = next((m.meta.get("imo") for m in mm if m.meta.get("imo")), None)
        if imo:
            ent.attributes["imo"] = imo
        if ent.id in entities:
            old = entities[ent.id]
            old.aliases = list(dict.fromkeys(old.aliases + ent.aliases))
            ent = old
        entities[ent.id] = ent
        for m in mm:
            m.entity = ent.id
    return entities
