"""Mapping between a :class:`~newsgraph.graph.model.DocumentGraph` and RDF quads.

Every document is one named graph (its document IRI). Inside it:

- the document: ``<doc> a ng:Document ; dcterms:identifier ; dcterms:title ;
  schema:url ; dcterms:issued ; ng:checksum ; ng:text ; prov:generatedAtTime``
  and ``<doc> schema:mentions <entity>`` for every entity it mentions;
- each entity: ``<e> a ng:<Type>, ng:<Class> ; ng:name ; rdfs:label ; ng:alias ...``;
- each relation twice: as a direct triple ``<s> ng:visited <o>`` (so plain
  SPARQL works) and, per evidence, as an ``ng:Statement`` node (RDF
  reification aligned with PROV-O): ``rdf:subject/rdf:predicate/rdf:object``,
  ``prov:wasDerivedFrom <doc>``, ``ng:sentence``, ``ng:start``, ``ng:end``,
  ``ng:rule``, ``ng:confidence``, ``ng:modality``, ``ng:attributedToName``
  (and ``ng:attributedTo``, a sub-property of ``prov:wasAttributedTo``, when
  the source is a person or organisation of the document).

The direct triple states a fact, so it is written only when at least one
evidence has a modality that is a fact: a relation the text only denies or
negates (:data:`~newsgraph.graph.model.NOT_FACT`) exists as statements alone.
Modalities are the ontology's individuals ``ng:Asserted``, ``ng:Reported``,
``ng:Speculated``, ``ng:Alleged``, ``ng:Denied``, ``ng:Negated``
(:func:`modality_iri`); ``ng:reported`` is the REPORTED relation.

Where the document's language is known (a ``language`` attribute holding a
BCP 47 tag, e.g. ``"en"``), its title, text and evidence sentences carry it
as a language tag. Names carry none: a name is the same in every language
the text is written in.

Statement IRIs are hashes of their content, so writing the same document
twice produces the same quads (idempotent ingest).

IRIs are minted with percent-encoding (:func:`entity_iri`), so any name
(spaces, quotes, angle brackets, non-Latin scripts) gives a valid IRI.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterable
from urllib.parse import quote, unquote

import pyoxigraph as ox

from ..ontology import DOC, ID, NG, load_ontology
from .model import MODALITIES, NOT_FACT, Document, DocumentGraph, Entity, Evidence, Relation, make_key

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PROV_NS = "http://www.w3.org/ns/prov#"
DCT_NS = "http://purl.org/dc/terms/"
SCHEMA_NS = "https://schema.org/"
STATEMENT_NS = "https://w3id.org/newsgraph/statement/"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


RDF_TYPE = _n(RDF_NS + "type")
RDF_SUBJECT, RDF_PREDICATE, RDF_OBJECT = (_n(RDF_NS + x) for x in ("subject", "predicate", "object"))
RDF_JSON = _n(RDF_NS + "JSON")
RDFS_LABEL = _n(RDFS_NS + "label")
XSD_INTEGER, XSD_DECIMAL, XSD_DATETIME = (_n(XSD_NS + x) for x in ("integer", "decimal", "dateTime"))
PROV_DERIVED = _n(PROV_NS + "wasDerivedFrom")
PROV_GENERATED_AT = _n(PROV_NS + "generatedAtTime")
DCT_ID, DCT_TITLE, DCT_ISSUED = (_n(DCT_NS + x) for x in ("identifier", "title", "issued"))
SCHEMA_URL, SCHEMA_MENTIONS = _n(SCHEMA_NS + "url"), _n(SCHEMA_NS + "mentions")


def ng(local: str) -> ox.NamedNode:
    """The ontology term ``ng:<local>`` as a pyoxigraph NamedNode."""
    return _n(str(NG) + local)


def entity_iri(entity_id: str) -> ox.NamedNode:
    """IRI of an entity id: ``ID`` namespace + percent-encoded id (``/`` kept).

    ``"vessel/ocean star<"`` -> ``<https://w3id.org/newsgraph/id/vessel/ocean%20star%3C>``.
    """
    return _n(str(ID) + quote(entity_id, safe="/-_.~"))


def document_iri(document_id: str) -> ox.NamedNode:
    """IRI (and named-graph name) of a document id; every character but unreserved ones percent-encoded."""
    return _n(str(DOC) + quote(document_id, safe="-_.~"))


def entity_id_of(iri: str) -> str:
    """Inverse of :func:`entity_iri`."""
    return unquote(iri[len(str(ID)):])


def document_id_of(iri: str) -> str:
    """Inverse of :func:`document_iri`."""
    return unquote(iri[len(str(DOC)):])


def statement_iri(document_id: str, rel: Relation, ev: Evidence) -> ox.NamedNode:
    """Deterministic IRI of one statement (document, triple, sentence offsets, rule).

    One sentence may both state and negate a triple by the same rule ("flies X's flag but is not registered
    there"): the relation then holds two evidences with the same offsets and rule, and each one's modality
    joins its key, so that each statement keeps one modality (the ontology's shapes require it). Every other
    statement keeps the key without it.
    """
    twins = sum(1 for e in rel.evidence if (e.start, e.end, e.rule) == (ev.start, ev.end, ev.rule))
    extra = (ev.modality,) if twins > 1 else ()
    return _n(STATEMENT_NS + make_key(document_id, *rel.key, ev.start, ev.end, ev.rule, *extra))


def _lit(value: str, language: str | None = None) -> ox.Literal:
    return ox.Literal(str(value), language=language) if language else ox.Literal(str(value))


def text_literal(doc: Document) -> ox.Literal:
    """The ``ng:text`` literal of a document: its text, tagged with its language when known."""
    return _lit(doc.text, _language(doc))


def modality_iri(modality: str) -> ox.NamedNode:
    """The ontology individual of a modality: ``"reported"`` -> ``ng:Reported``.

    Raises
    ------
    ValueError
        When ``modality`` is not one of :data:`~newsgraph.graph.model.MODALITIES`.
    """
    if modality not in MODALITIES:
        raise ValueError(f"unknown modality {modality!r}; expected one of {', '.join(MODALITIES)}")
    return ng(modality.capitalize())


def modality_of(iri: str) -> str:
    """Inverse of :func:`modality_iri` (``ng:Reported`` -> ``"reported"``); lower-case local names are accepted too."""
    local = iri.rsplit("#", 1)[-1].lower()
    if local not in MODALITIES:
        raise ValueError(f"unknown modality IRI {iri!r}")
    return local


def _language(doc: Document) -> str | None:
    lang = getattr(doc, "language", None)
    return str(lang) if lang else None


def document_quads(dg: DocumentGraph, *, ingested: str | None = None) -> list[ox.Quad]:
    """All quads one document contributes, in its own named graph.

    Parameters
    ----------
    dg : DocumentGraph
    ingested : str, optional
        ISO 8601 timestamp (``xsd:dateTime``) of the ingest, stored as
        ``prov:generatedAtTime``.

    Returns
    -------
    list of pyoxigraph.Quad
    """
    onto = load_ontology()
    doc = dg.document
    g = document_iri(doc.id)
    out: list[ox.Quad] = []
    add = lambda s, p, o: out.append(ox.Quad(s, p, o, g))  # noqa: E731

    add(g, RDF_TYPE, ng("Document"))
    add(g, DCT_ID, _lit(doc.id))
    add(g, ng("checksum"), _lit(doc.checksum))
    lang = _language(doc)
    add(g, ng("text"), text_literal(doc))
    if doc.title:
        add(g, DCT_TITLE, _lit(doc.title, lang))
    if doc.url:
        add(g, SCHEMA_URL, _lit(doc.url))
    if doc.published:
        add(g, DCT_ISSUED, _lit(doc.published))
    if doc.source:
        add(g, ng("source"), _lit(doc.source))
    if ingested:
        add(g, PROV_GENERATED_AT, ox.Literal(ingested, datatype=XSD_DATETIME))

    for ent in dg.entities.values():
        e = entity_iri(ent.id)
        add(g, SCHEMA_MENTIONS, e)
        add(e, RDF_TYPE, ng(ent.type))
        if ent.cls and ent.cls != ent.type and ent.cls in onto.classes and \
                onto.classes[ent.cls].evaluation_type == ent.type:
            add(e, RDF_TYPE, ng(ent.cls))  # (a subclass of the entity's type only: "Weapon" is no kind of Other)
        add(e, ng("name"), _lit(ent.name))
        add(e, RDFS_LABEL, _lit(ent.name))
        for alias in sorted(set(ent.aliases)):
            add(e, ng("alias"), _lit(alias))
        if ent.attributes:
            if ent.attributes.get("imo"):
                add(e, ng("imoNumber"), _lit(ent.attributes["imo"]))
            add(e, ng("attributes"), ox.Literal(json.dumps(ent.attributes, sort_keys=True), datatype=RDF_JSON))

    names = {e.name: e.id for e in dg.entities.values()}
    for rel in dg.relations:
        rtype = onto.relation(rel.predicate)
        s, p, o = entity_iri(rel.subject), _n(rtype.iri), entity_iri(rel.object)
        if any(ev.modality not in NOT_FACT for ev in rel.evidence):
            add(s, p, o)
        for ev in rel.evidence:
            st = statement_iri(doc.id, rel, ev)
            add(st, RDF_TYPE, ng("Statement"))
            add(st, RDF_SUBJECT, s)
            add(st, RDF_PREDICATE, p)
            add(st, RDF_OBJECT, o)
            add(st, PROV_DERIVED, g)
            add(st, ng("sentence"), _lit(ev.sentence, lang))
            add(st, ng("start"), ox.Literal(str(int(ev.start)), datatype=XSD_INTEGER))
            add(st, ng("end"), ox.Literal(str(int(ev.end)), datatype=XSD_INTEGER))
            add(st, ng("rule"), _lit(ev.rule or "unknown"))
            add(st, ng("confidence"), ox.Literal(f"{float(ev.confidence):.4f}", datatype=XSD_DECIMAL))
            add(st, ng("modality"), modality_iri(ev.modality))
            for who in ev.attributed_to:
                add(st, ng("attributedToName"), _lit(who))
                if who in names and dg.entities[names[who]].type in ("Person", "Organization"):
                    # (a country's claim, "Iran denied ...", keeps its name only: ng:Source is a person or body)
                    add(st, ng("attributedTo"), entity_iri(names[who]))
            if rel.qualifiers:
                add(st, ng("qualifiers"), ox.Literal(json.dumps(rel.qualifiers, sort_keys=True), datatype=RDF_JSON))
    return out


def graphs_from_quads(quads: Iterable[ox.Quad]) -> dict[str, DocumentGraph]:
    """Rebuild one :class:`DocumentGraph` per named graph from quads.

    The inverse of :func:`document_quads` (up to ordering): entity types are
    split into the evaluation type and the finer class with the ontology.

    Returns
    -------
    dict of str to DocumentGraph
        By document id. Quads outside document graphs are ignored.
    """
    onto = load_ontology()
    ng_ns, id_ns, st_ns, doc_ns = str(NG), str(ID), STATEMENT_NS, str(DOC)
    rel_by_iri = {r.iri: r for r in onto.relations.values()}
    per_graph: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for q in quads:
        g = q.graph_name
        if not isinstance(g, ox.NamedNode) or not g.value.startswith(doc_ns):
            continue
        per_graph[g.value][q.subject.value][q.predicate.value].append(q.object)

    out: dict[str, DocumentGraph] = {}
    for g_iri, subjects in per_graph.items():
        try:
            dg = _graph_from_subjects(g_iri, subjects, onto, rel_by_iri)
        except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
            raise ValueError(f"graph <{g_iri}> is not a readable newsgraph document: {_why(exc)}") from exc
        out[dg.document.id] = dg
    return out


def _why(exc: Exception) -> str:
    """A reader's account of what :func:`_graph_from_subjects` stumbled on."""
    if isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str) and "#" in exc.args[0]:
        return f"a statement or entity has no {exc.args[0].rsplit('#', 1)[1]!r}"
    return f"{type(exc).__name__}: {exc}"


def _one(pmap: dict, key: str):
    """The first object of property ``key`` in ``pmap``; KeyError naming the property when there is none."""
    got = pmap.get(key)
    if not got:
        raise KeyError(key)
    return got[0]


def _graph_from_subjects(g_iri: str, subjects: dict, onto, rel_by_iri: dict) -> DocumentGraph:
    """One :class:`DocumentGraph` from the triples of graph ``g_iri`` grouped by subject and predicate.

    Raises
    ------
    KeyError, ValueError, TypeError, IndexError, AttributeError
        When a required property is missing or a literal has the wrong form (``ng:start "zero"``).
    """
    ng_ns, id_ns, st_ns = str(NG), str(ID), STATEMENT_NS
    props = subjects.get(g_iri, {})
    first = lambda key: (props.get(key) or [None])[0]  # noqa: E731
    val = lambda t: t.value if t is not None else None  # noqa: E731
    document = Document(
        id=val(first(DCT_NS + "identifier")) or document_id_of(g_iri),
        text=val(first(ng_ns + "text")) or "",
        title=val(first(DCT_NS + "title")),
        url=val(first(SCHEMA_NS + "url")),
        published=val(first(DCT_NS + "issued")),
        source=val(first(ng_ns + "source")),
    )
    text_lit = first(ng_ns + "text")
    if getattr(text_lit, "language", None) and "language" in getattr(Document, "__dataclass_fields__", {}):
        document.language = text_lit.language
    dg = DocumentGraph(document=document)
    rels: dict[tuple[str, str, str], Relation] = {}
    for subj, pmap in subjects.items():
        if subj.startswith(id_ns) and ng_ns + "name" in pmap:
            types = [t.value[len(ng_ns):] for t in pmap.get(RDF_NS + "type", []) if t.value.startswith(ng_ns)]
            etype = next((t for t in types if t in onto.classes and onto.classes[t].evaluation_type == t), None)
            cls = next((t for t in types if t != etype and t in onto.classes), None)
            attrs = pmap.get(ng_ns + "attributes")
            dg.entities[entity_id_of(subj)] = Entity(
                id=entity_id_of(subj),
                name=_one(pmap, ng_ns + "name").value,
                type=etype or (onto.classes[cls].evaluation_type if cls else "Other"),
                aliases=sorted(a.value for a in pmap.get(ng_ns + "alias", [])),
                cls=cls or etype,
                attributes=json.loads(attrs[0].value) if attrs else {},
            )
        elif subj.startswith(st_ns):
            rtype = rel_by_iri.get(_one(pmap, RDF_NS + "predicate").value)
            if rtype is None:
                continue
            key = (entity_id_of(_one(pmap, RDF_NS + "subject").value), rtype.name,
                   entity_id_of(_one(pmap, RDF_NS + "object").value))
            rel = rels.setdefault(key, Relation(subject=key[0], predicate=key[1], object=key[2]))
            q = pmap.get(ng_ns + "qualifiers")
            if q:
                rel.qualifiers.update(json.loads(q[0].value))
            rel.evidence.append(Evidence(
                document=document.id,
                sentence=_one(pmap, ng_ns + "sentence").value,
                start=int(_one(pmap, ng_ns + "start").value),
                end=int(_one(pmap, ng_ns + "end").value),
                rule=_one(pmap, ng_ns + "rule").value,
                confidence=float(_one(pmap, ng_ns + "confidence").value),
                modality=modality_of(_one(pmap, ng_ns + "modality").value),
                attributed_to=sorted(a.value for a in pmap.get(ng_ns + "attributedToName", [])),
            ))
    for rel in rels.values():
        rel.evidence.sort(key=lambda e: (e.start, e.rule))
    dg.relations = sorted(rels.values(), key=lambda r: r.key)
    return dg


__all__ = [
    "entity_iri", "document_iri", "statement_iri", "entity_id_of", "document_id_of",
    "document_quads", "graphs_from_quads", "ng", "STATEMENT_NS", "modality_iri", "modality_of",
]
