"""Cypher text used by the Neo4j sink, as functions returning constant strings.

Every value travels as a query parameter (``$rows``, ``$docs``, ...); text
from articles never becomes Cypher text. The only things spliced into a query
are node labels and relationship types, and only after
:func:`check_identifier` has found them in the ontology's closed vocabulary
(see :func:`newsgraph.graph.neo4j.labels_for`).

The Neo4j model (see ``docs/neo4j.md``):

- ``(:Entity:<Type>[:<Class>] {id, name, type, cls, aliases})``: one node per
  entity, labelled ``Entity`` plus its evaluation type and finer class.
- ``(:Document {id, title, url, published, source, checksum})-[:MENTIONS {name,
  aliases}]->(:Entity)``: provenance of each entity, with the name and aliases
  that document used.
- ``(s)-[:VISITED {confidence, modality, documents, attributed_to,
  evidence_count, evidence, evidence_documents, evidence_start, evidence_end,
  evidence_rule, evidence_confidence, evidence_modality,
  evidence_attributed_to, evidence_qualifiers, qualifiers}]->(o)``: one
  relationship per (subject, predicate, object). The ``evidence*`` lists run in
  parallel, one item per piece of evidence; the other properties are derived
  from them by :func:`relation_aggregates` whenever they change.

All queries run inside managed write transactions
(``session.execute_write``), one per group of whole documents.
"""

from __future__ import annotations

import re

_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

ATTRIBUTE_SEPARATOR = "\u001f"
"""Joins the ``attributed_to`` names of one piece of evidence in ``evidence_attributed_to``."""

EVIDENCE_LISTS = (
    "evidence", "evidence_documents", "evidence_start", "evidence_end", "evidence_rule",
    "evidence_confidence", "evidence_modality", "evidence_attributed_to", "evidence_qualifiers",
)
"""Relationship properties holding one item per piece of evidence, in parallel."""


def check_identifier(name: str, allowed: frozenset[str] | set[str]) -> str:
    """Return ``name`` back-quoted for splicing, after checking it is allowed.

    Parameters
    ----------
    name : str
        A node label or relationship type.
    allowed : set of str
        The closed vocabulary (ontology class or relation names, plus the
        fixed ``Entity``/``Document``/``MENTIONS``).

    Returns
    -------
    str
        ```name``` in back quotes.

    Raises
    ------
    ValueError
        When ``name`` is not in ``allowed`` or is not a plain identifier.
    """
    if name not in allowed or not _IDENT.match(name):
        raise ValueError(f"refusing to splice {name!r} into Cypher: not in the ontology's vocabulary")
    return f"`{name}`"


# --------------------------------------------------------------------- schema

def constraint_unique_id(name: str, label: str) -> str:
    """``CREATE CONSTRAINT ... IF NOT EXISTS`` making ``id`` unique on ``label`` (checked, back-quoted)."""
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"


def index_name(name: str, label: str) -> str:
    """``CREATE INDEX ... IF NOT EXISTS`` on ``name`` of ``label`` (checked, back-quoted)."""
    return f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{label}) ON (n.name)"


# --------------------------------------------------------------------- aggregates

def relation_aggregates(var: str = "r") -> str:
    """``SET`` clause deriving a relationship's summary properties from its evidence lists.

    ``documents`` (distinct, in order), ``confidence`` (max), ``modality``
    (strongest by the order of ``$modalities``, as
    :attr:`newsgraph.graph.model.Relation.modality`), ``attributed_to``
    (distinct names of the sources of the evidence that is no denial or negation, or of all of it
    when every piece is one, as :attr:`newsgraph.graph.model.Relation.attributed_to`),
    ``evidence_count`` and ``qualifiers`` (the first non-empty JSON object). Needs the parameters ``$modalities``, ``$sep`` and ``$not_fact`` (the
    modalities that state no fact, :data:`newsgraph.graph.model.NOT_FACT`).
    """
    v = var
    rank = "coalesce(head([i IN range(0, size($modalities) - 1) WHERE $modalities[i] = m]), size($modalities) - 1)"
    return (
        f"SET {v}.documents = reduce(acc = [], d IN {v}.evidence_documents | "
        f"CASE WHEN d IN acc THEN acc ELSE acc + d END), "
        f"{v}.confidence = reduce(mx = 0.0, c IN {v}.evidence_confidence | CASE WHEN c > mx THEN c ELSE mx END), "
        f"{v}.modality = $modalities[reduce(best = size($modalities) - 1, m IN {v}.evidence_modality | "
        f"CASE WHEN {rank} < best THEN {rank} ELSE best END)], "
        # the sources of the evidence that states or claims it; of denials only when there is nothing else
        f"{v}.attributed_to = reduce(acc = [], i IN [i IN range(0, size({v}.evidence_modality) - 1) "
        f"WHERE NOT {v}.evidence_modality[i] IN $not_fact "
        f"OR all(m IN {v}.evidence_modality WHERE m IN $not_fact)] | "
        f"acc + [x IN split({v}.evidence_attributed_to[i], $sep) WHERE x <> '' AND NOT x IN acc]), "
        f"{v}.evidence_count = size({v}.evidence), "
        f"{v}.qualifiers = coalesce(head([q IN {v}.evidence_qualifiers WHERE q <> '{{}}']), '{{}}')"
    )


# --------------------------------------------------------------------- removing a document's contribution

def delete_relations_only_from() -> str:
    """Delete relationships whose every piece of evidence comes from ``$docs``.

    Found through provenance: the documents' ``MENTIONS`` of the subject.
    Parameters: ``$docs`` (list of document ids).
    """
    return (
        "UNWIND $docs AS doc "
        "MATCH (:Document {id: doc})-[:MENTIONS]->(:Entity)-[r]->(:Entity) "
        "WHERE doc IN r.documents "
        "WITH DISTINCT r "
        "WHERE all(x IN r.evidence_documents WHERE x IN $docs) "
        "DELETE r "
        "RETURN count(*) AS deleted"
    )


def trim_relations_from() -> str:
    """Remove the evidence of ``$docs`` from relationships other documents also support.

    Parameters: ``$docs``, ``$modalities``, ``$sep``.
    """
    sets = ", ".join(f"r.{p} = [i IN keep | r.{p}[i]]" for p in EVIDENCE_LISTS)
    return (
        "UNWIND $docs AS doc "
        "MATCH (:Document {id: doc})-[:MENTIONS]->(:Entity)-[r]->(:Entity) "
        "WHERE doc IN r.documents "
        "WITH DISTINCT r "
        "WITH r, [i IN range(0, size(r.evidence_documents) - 1) "
        "WHERE NOT r.evidence_documents[i] IN $docs] AS keep "
        f"SET {sets} "
        "WITH r "
        f"{relation_aggregates('r')} "
        "RETURN count(*) AS trimmed"
    )


def delete_mentions_from() -> str:
    """Delete the ``MENTIONS`` of ``$docs``; returns the ids of the entities they pointed to."""
    return (
        "UNWIND $docs AS doc "
        "MATCH (:Document {id: doc})-[m:MENTIONS]->(e:Entity) "
        "DELETE m "
        "RETURN collect(DISTINCT e.id) AS ids"
    )


def delete_orphan_entities() -> str:
    """``DETACH DELETE`` the entities among ``$ids`` that no document mentions any more."""
    return (
        "UNWIND $ids AS id "
        "MATCH (e:Entity {id: id}) "
        "WHERE NOT EXISTS { MATCH (e)<-[:MENTIONS]-(:Document) } "
        "DETACH DELETE e "
        "RETURN count(*) AS deleted"
    )


def delete_documents() -> str:
    """``DETACH DELETE`` the ``Document`` nodes whose ids are in ``$docs``."""
    return (
        "UNWIND $docs AS doc "
        "MATCH (d:Document {id: doc}) "
        "DETACH DELETE d "
        "RETURN count(*) AS deleted"
    )


# --------------------------------------------------------------------- writing

def merge_documents() -> str:
    """``MERGE`` Document nodes from ``$rows`` (``{id, title, url, published, source, checksum}``)."""
    return (
        "UNWIND $rows AS row "
        "MERGE (d:Document {id: row.id}) "
        "SET d.title = row.title, d.url = row.url, d.published = row.published, "
        "d.source = row.source, d.checksum = row.checksum"
    )


def merge_entities(labels: str) -> str:
    """``MERGE`` entity nodes from ``$rows``, one row per entity.

    Parameters
    ----------
    labels : str
        Extra labels, already checked and back-quoted, joined by ``:``
        (e.g. ```Organization`:`GovernmentAgency```).

    Notes
    -----
    Row shape: ``{id, name, type, cls, aliases, attributes}``; ``attributes``
    is a map of scalar values. New aliases are added to the node's.
    """
    return (
        "UNWIND $rows AS row "
        "MERGE (e:Entity {id: row.id}) "
        f"ON CREATE SET e:{labels}, e.name = row.name, e.aliases = row.aliases, e.type = row.type, "
        "e.cls = row.cls, e += row.attributes "
        # an entity other documents already brought: write only what changes (hubs recur in most batches)
        "WITH e, row, [a IN row.aliases WHERE NOT a IN e.aliases] AS new_aliases "
        "FOREACH (_ IN CASE WHEN size(new_aliases) > 0 THEN [1] ELSE [] END | "
        "SET e.aliases = e.aliases + new_aliases) "
        "FOREACH (_ IN CASE WHEN e.cls <> row.cls OR e.type <> row.type THEN [1] ELSE [] END | "
        f"SET e:{labels}, e.type = row.type, e.cls = row.cls) "
        "FOREACH (_ IN CASE WHEN any(k IN keys(row.attributes) WHERE e[k] IS NULL OR e[k] <> row.attributes[k]) "
        "THEN [1] ELSE [] END | SET e += row.attributes)"
    )


def create_mentions() -> str:
    """``CREATE`` the ``MENTIONS`` of documents from ``$rows`` (``{doc, id, name, aliases}``).

    Run after :func:`delete_mentions_from` in the same transaction, so the
    documents have none yet. Returns ``ids``: the entities whose stored name
    differs from the name a document uses, for :func:`refresh_entity_names`.
    """
    return (
        "UNWIND $rows AS row "
        "MATCH (d:Document {id: row.doc}) "
        "MATCH (e:Entity {id: row.id}) "
        "CREATE (d)-[:MENTIONS {name: row.name, aliases: row.aliases}]->(e) "
        "WITH e, row WHERE e.name <> row.name "
        "RETURN collect(DISTINCT e.id) AS ids"
    )


def refresh_entity_names() -> str:
    """Recompute ``name`` and ``aliases`` of the entities ``$ids`` from their ``MENTIONS``.

    The name most documents use (ties: the longest, then the smallest), and
    the union of every document's aliases, as the embedded store merges them.
    Run for entities whose documents were replaced or forgotten, or whose
    documents disagree on the name.
    """
    return (
        "UNWIND $ids AS id "
        "MATCH (e:Entity {id: id})<-[m:MENTIONS]-(:Document) "
        "WITH e, m.name AS name, count(*) AS c, collect(m.aliases) AS lists "
        "ORDER BY c DESC, size(name) DESC, name "
        "WITH e, collect(name) AS names, collect(lists) AS nested "
        "WITH e, names[0] AS name, "
        "reduce(acc = [], ls IN nested | reduce(a2 = acc, l IN ls | a2 + [x IN l WHERE NOT x IN a2])) AS aliases "
        "SET e.name = name, e.aliases = CASE WHEN name IN aliases THEN aliases ELSE aliases + name END"
    )


def merge_relations(rel_type: str) -> str:
    """``MERGE`` relationships of one type from ``$rows``, appending their evidence.

    Parameters
    ----------
    rel_type : str
        Relationship type, already checked and back-quoted.

    Notes
    -----
    Row shape: ``{subject, object, props}`` where ``props`` holds one list
    per name in :data:`EVIDENCE_LISTS` (this document's evidence) and the
    summary properties computed from them. A new relationship takes ``props``
    as they are; an existing one (supported by another document) gets the
    lists appended and its summary recomputed by :func:`relation_aggregates`
    (parameters ``$modalities`` and ``$sep``).
    """
    appends = ", ".join(f"r.{p} = r.{p} + row.props.{p}" for p in EVIDENCE_LISTS)
    return (
        "UNWIND $rows AS row "
        "MATCH (s:Entity {id: row.subject}) "
        "MATCH (o:Entity {id: row.object}) "
        f"MERGE (s)-[r:{rel_type}]->(o) "
        "ON CREATE SET r += row.props "
        f"ON MATCH SET {appends} "
        "WITH r WHERE r.evidence_count <> size(r.evidence) "
        f"{relation_aggregates('r')}"
    )


def naive_merge_relation(rel_type: str) -> str:
    """One relation per query (the benchmark's baseline): MERGE both ends and the relationship.

    Parameters: ``$subject``, ``$object`` (ids), ``$sentence``, ``$document``, ``$confidence``.
    """
    return (
        "MERGE (s:Entity {id: $subject}) "
        "MERGE (o:Entity {id: $object}) "
        f"MERGE (s)-[r:{rel_type}]->(o) "
        "SET r.evidence = coalesce(r.evidence, []) + $sentence, "
        "r.evidence_documents = coalesce(r.evidence_documents, []) + $document, "
        "r.confidence = $confidence"
    )


# --------------------------------------------------------------------- reading back

def stored_checksums() -> str:
    """``id`` and ``checksum`` of every Document node."""
    return "MATCH (d:Document) RETURN d.id AS id, d.checksum AS checksum"


def read_entities() -> str:
    """Every entity: id, name, type, cls, aliases, labels."""
    return (
        "MATCH (e:Entity) "
        "RETURN e.id AS id, e.name AS name, e.type AS type, e.cls AS cls, "
        "e.aliases AS aliases, labels(e) AS labels ORDER BY id"
    )


def read_relations() -> str:
    """Every relationship between entities with its summary and evidence lists."""
    return (
        "MATCH (s:Entity)-[r]->(o:Entity) "
        "RETURN s.id AS subject, type(r) AS predicate, o.id AS object, "
        "r.confidence AS confidence, r.modality AS modality, r.documents AS documents, "
        "r.attributed_to AS attributed_to, r.evidence_count AS evidence_count, "
        "r.evidence AS evidence, r.evidence_documents AS evidence_documents, "
        "r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, "
        "r.evidence_rule AS evidence_rule, r.evidence_confidence AS evidence_confidence, "
        "r.evidence_modality AS evidence_modality, r.evidence_attributed_to AS evidence_attributed_to "
        "ORDER BY subject, predicate, object"
    )


def graph_counts() -> dict[str, str]:
    """Name -> query counting entities, documents, MENTIONS, entity relationships and evidence.

    Separate queries (no ``CALL`` subqueries) so they run on any Neo4j 5 or newer.
    """
    return {
        "entities": "MATCH (e:Entity) RETURN count(e) AS n",
        "documents": "MATCH (d:Document) RETURN count(d) AS n",
        "mentions": "MATCH (:Document)-[m:MENTIONS]->(:Entity) RETURN count(m) AS n",
        "relations": "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n",
        "evidence": "MATCH (:Entity)-[r]->(:Entity) RETURN coalesce(sum(size(r.evidence)), 0) AS n",
    }


def delete_everything() -> list[str]:
    """Queries deleting every newsgraph node (Entity, Document) and their relationships.

    Relationships first, then nodes, each in batches of ``$batch`` rows
    (``CALL ... IN TRANSACTIONS``, Neo4j 5.23+), so a hub's thousands of
    relationships never land in one transaction. For tests and benchmarks.
    """
    return [
        "MATCH (n:Entity)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS",
        "MATCH (n:Document)-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS",
        "MATCH (n) WHERE n:Entity OR n:Document CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS",
    ]


__all__ = [
    "ATTRIBUTE_SEPARATOR", "EVIDENCE_LISTS", "check_identifier", "constraint_unique_id", "index_name",
    "relation_aggregates", "delete_relations_only_from", "trim_relations_from", "delete_mentions_from",
    "delete_orphan_entities", "delete_documents", "merge_documents", "merge_entities", "create_mentions",
    "refresh_entity_names", "merge_relations", "naive_merge_relation", "stored_checksums",
    "read_entities", "read_relations", "graph_counts", "delete_everything",
]
