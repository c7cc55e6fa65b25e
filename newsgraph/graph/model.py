"""The facts of one document: entities, relations and their provenance.

This is the contract between extraction and every store, sink, query and
view. Its JSON form (:meth:`DocumentGraph.to_json`, :func:`interchange_json`)
is the interchange JSON of DESIGN.md, the same shape as the gold files.

Identifiers are stable: an entity id is ``<type>/<slug of canonical name>``
(``"vessel/ocean-star"``), and a statement id is a hash of its document, subject,
predicate, object and sentence offsets (after followthemoney's
``make_entity_id`` and ``Statement.make_key``).
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable

MODALITIES = ("asserted", "reported", "speculated", "alleged", "denied", "negated")
"""How a text commits to a relation; ``denied`` and ``negated`` are not facts."""

NOT_FACT = frozenset({"denied", "negated"})


_SLUG_SEPARATORS = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=8192)
def slugify(name: str) -> str:
    """Lower-case ASCII-ish slug of a name, keeping non-Latin letters.

    ``"Sea Breeze-2"`` -> ``"sea-breeze-2"``; ``"Ким Чен Ын"`` -> ``"ким-чен-ын"``.
    Never empty: a name with no letters or digits becomes a short hash.

    A pure function of ``name``, memoised (bounded, so memory stays flat on a long stream):
    every entity id of every document is made from a slug, and news repeats its names.
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    if not text.isascii():  # ASCII has no combining marks and NFKD leaves it as it is: no walk per character
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    slug = _SLUG_SEPARATORS.sub("-", text).strip("-_")
    return slug or "x" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


_DOTTED_INITIALS = re.compile(r"\b(?:\w\.){2,}")
"""Initials written with stops, "U.S.", "U.K.", "U.S.S.R.": the same letters as "US", "UK", "USSR"."""


def normalise_name(name: str) -> str:
    """Name key for look-ups: NFKC, case-folded, possessive and punctuation removed, no leading article.

    The same normalisation the scorer uses for matching names (DESIGN.md):
    ``"The Kremlin's"`` -> ``"kremlin"``; initials with stops lose them (``"U.S. Treasury"`` and ``"US
    Treasury"`` -> ``"us treasury"``). Turkish dotted and dotless i match the plain letter
    (``"İskenderun"``, ``"Iskenderun"`` and ``"iskenderun"`` are one key; case folding alone turns "İ" into
    "i" plus a combining dot).
    """
    s = unicodedata.normalize("NFKC", name or "").casefold().replace("\u2019", "'")
    s = s.replace("i\u0307", "i").replace("\u0131", "i")
    s = re.sub(r"'s\b", "", s)
    s = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), s)  # "U.S." and "US" are one name
    s = re.sub(r"[^\w\s]", " ", s)
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()



def entity_id(entity_type: str, name: str) -> str:
    """Stable entity id: ``"<evaluation type, lower case>/<slug>"``.

    Parameters
    ----------
    entity_type : str
        Evaluation-level type (``"Vessel"``).
    name : str
        Canonical name (``"Ocean Star"``).

    Returns
    -------
    str
        e.g. ``"vessel/ocean-star"``.
    """
    return f"{entity_type.lower()}/{slugify(name)}"


def make_key(*parts: Any) -> str:
    """Deterministic 16-hex-digit key from the given parts (SHA-1)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """One source article.

    Attributes
    ----------
    id : str
        Stable id: given (JSONL ``id``), else derived from the file path
        relative name; the same file gets the same id in every run.
    text : str
        The article's main text (Unicode; offsets count code points).
    title, url, published, source : str or None
        ``published`` is ISO 8601 (``"2024-03-01"``) when known; ``source``
        is the path or ``"<stdin>"`` it was read from.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None

    @property
    def checksum(self) -> str:
        """SHA-1 of the text and metadata: a changed document has a new checksum."""
        return make_key(self.text, self.title, self.url, self.published)


@dataclass
class Evidence:
    """Where one relation is stated.

    Attributes
    ----------
    document : str
        Document id.
    sentence : str
        The sentence text.
    start, end : int
        Character offsets of the sentence in the document text (end exclusive).
    rule : str
        Extraction rule or model that produced the relation.
    confidence : float
        0..1.
    modality : str
        One of :data:`MODALITIES`.
    attributed_to : list of str
        Canonical names of who the text says claims it ("according to X").
    """

    document: str
    sentence: str
    start: int
    end: int
    rule: str = ""
    confidence: float = 0.5
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)


@dataclass
class Entity:
    """A canonical entity.

    Attributes
    ----------
    id : str
        :func:`entity_id` of type and name.
    name : str
        Canonical name.
    type : str
        Evaluation-level type (one of the ontology's eight).
    aliases : list of str
        Surface forms seen in text, including the name.
    cls : str or None
        Finer ontology class (``"GovernmentAgency"``) when known.
    attributes : dict
        Extra typed facts, e.g. ``{"imo": "9339301"}``.
    """

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    cls: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(klass, name: str, type: str, aliases: Iterable[str] = (), **kw: Any) -> "Entity":
        """Entity with its id derived from ``type`` and ``name`` (keywords: ``cls``, ``attributes``)."""
        al = list(dict.fromkeys([name, *aliases]))
        return klass(id=entity_id(type, name), name=name, type=type, aliases=al, **kw)


@dataclass
class Relation:
    """A typed relation between two entities, with its evidence.

    Attributes
    ----------
    subject, object : str
        Entity ids.
    predicate : str
        DESIGN.md relation type (``"VISITED"``).
    evidence : list of Evidence
        Every place it is stated (at least one).
    qualifiers : dict
        Dates (ISO 8601 ``"start"``, ``"end"``, ``"date"``), counts, quantities.
    """

    subject: str
    predicate: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)
    qualifiers: dict[str, Any] = field(default_factory=dict)

    @property
    def confidence(self) -> float:
        """Highest confidence among the evidence (0 when there is none)."""
        return max((e.confidence for e in self.evidence), default=0.0)

    @property
    def modality(self) -> str:
        """The strongest modality among the evidence: asserted beats reported, etc."""
        mods = [e.modality for e in self.evidence] or ["asserted"]
        return min(mods, key=MODALITIES.index)

    @property
    def attributed_to(self) -> list[str]:
        """The sources the evidence attributes the relation to: of the evidence that states it as a fact or
        claim; of the denials and negations only when there is nothing else (who denies a port call is no
        source of the claim that it happened; the evidence rows keep each their own)."""
        claims = [e for e in self.evidence if e.modality not in NOT_FACT] or self.evidence
        return list(dict.fromkeys(a for e in claims for a in e.attributed_to))

    @property
    def key(self) -> tuple[str, str, str]:
        """(subject, predicate, object), the relation's identity."""
        return (self.subject, self.predicate, self.object)


@dataclass
class DocumentGraph:
    """Everything one document contributes to the graph.

    Attributes
    ----------
    document : Document
    entities : dict of str to Entity
        By entity id.
    relations : list of Relation
        Unique by :attr:`Relation.key`.
    dropped : list of dict
        Candidates pruned by validation: ``{"subject", "predicate", "object",
        "reason", "sentence"}``; reported by ``ingest -v``, never stored.
    """

    document: Document
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    dropped: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """Interchange JSON of DESIGN.md for this document."""
        return interchange_json(self.entities.values(), self.relations)


def relation_json(rel: Relation, names: dict[str, str]) -> dict[str, Any]:
    """One relation in the interchange shape, ends given by canonical name."""
    out = {
        "subject": names.get(rel.subject, rel.subject),
        "predicate": rel.predicate,
        "object": names.get(rel.object, rel.object),
        "evidence": [
            {"document": e.document, "sentence": e.sentence, "start": e.start, "end": e.end,
             "rule": e.rule, "confidence": e.confidence, "modality": e.modality,
             "attributed_to": list(e.attributed_to)}
            for e in rel.evidence
        ],
        "confidence": round(rel.confidence, 4),
        "modality": rel.modality,
        "attributed_to": rel.attributed_to,
    }
    if rel.qualifiers:
        out["qualifiers"] = dict(rel.qualifiers)
    return out


def interchange_json(entities: Iterable[Entity], relations: Iterable[Relation]) -> dict[str, Any]:
    """The interchange JSON (DESIGN.md) of a set of entities and relations.

    Returns
    -------
    dict
        ``{"entities": [{"id", "name", "type", "aliases", ...}], "relations": [...]}``,
        sorted by id and by (subject, predicate, object) so output is stable.
    """
    ents = sorted(entities, key=lambda e: e.id)
    names = {e.id: e.name for e in ents}
    out_e = []
    for e in ents:
        d = {"id": e.id, "name": e.name, "type": e.type, "aliases": sorted(set(e.aliases))}
        if e.cls and e.cls != e.type:
            d["class"] = e.cls
        if e.attributes:
            d["attributes"] = dict(e.attributes)
        out_e.append(d)
    rels = sorted(relations, key=lambda r: r.key)
    return {"entities": out_e, "relations": [relation_json(r, names) for r in rels]}


__all__ = [
    "MODALITIES", "NOT_FACT", "Document", "Evidence", "Entity", "Relation", "DocumentGraph",
    "entity_id", "slugify", "normalise_name", "make_key", "interchange_json", "relation_json", "asdict",
]
