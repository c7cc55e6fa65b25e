"""The Neo4j sink: copy document graphs into Neo4j over Bolt, one document's facts at a time.

The model in Neo4j is derived from the ontology (:func:`~newsgraph.ontology.load_ontology`):

- each entity is a node labelled ``:Entity`` plus its evaluation type and,
  when finer, its class (``:Entity:Organization:GovernmentAgency``), with
  ``id``, ``name``, ``type``, ``cls``, ``aliases``;
- each relation is one relationship of its DESIGN.md type (``VISITED``, ...)
  carrying ``confidence``, ``modality``, ``documents``, ``attributed_to`` and
  its evidence (sentences, offsets, rules, ... as parallel lists);
- ``(:Document {id, title, url, published})-[:MENTIONS]->(:Entity)`` records
  which document contributed which entity.

Uniqueness constraints (``id`` on ``Entity``, ``Document`` and every class
label) and ``name`` indexes are created from the ontology when missing
(:func:`ensure_schema`).

Writes are batched (``UNWIND $rows ... MERGE``) inside managed write
transactions (``session.execute_write``); every value is a parameter, and
labels and relationship types are checked against the ontology before being
spliced into the query text (:func:`newsgraph.queries.cypher.check_identifier`).
Each transaction holds whole documents only: it first removes what those
documents contributed before (found through their ``MENTIONS``), then merges
their new facts, so re-ingesting replaces, pushing twice changes nothing, and
a failure leaves no half-written document. The driver retries transient
errors (deadlocks, leader switches) by re-running the transaction function.

Example
-------
>>> from newsgraph.graph.neo4j import Neo4jSettings, Neo4jSink    # doctest: +SKIP
>>> with Neo4jSink(Neo4jSettings.from_env(uri="bolt://localhost:7687")) as sink:  # doctest: +SKIP
...     sink.write(document_graph)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Sequence

from ..exceptions import StoreError
from ..ontology import Ontology, load_ontology
from ..queries import cypher as Q
from .model import MODALITIES, NOT_FACT, DocumentGraph, Entity, Evidence, Relation

ENV_VARS = {"uri": "NEO4J_URI", "user": "NEO4J_USERNAME", "password": "NEO4J_PASSWORD",
            "database": "NEO4J_DATABASE"}
"""Connection setting -> environment variable (the names Neo4j's own tools and Aura use)."""

BOLT_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
"""URI schemes newsgraph connects with (Bolt, direct or routed, optionally encrypted)."""

DEFAULT_BATCH_SIZE = 1000
"""Rows per ``UNWIND`` query."""

DEFAULT_TX_ROWS = 5000
"""Rows (entities + relations) above which a transaction takes no further document."""

_RESERVED = frozenset({"id", "name", "type", "cls", "aliases"})


# ===================================================================== connection

@dataclass(frozen=True)
class Neo4jSettings:
    """Where and how to reach Neo4j.

    Attributes
    ----------
    uri : str
        ``bolt://host:7687``, ``neo4j://host:7687``, ``neo4j+s://xxxx.databases.neo4j.io`` (Aura), ...
    user : str
        Default ``"neo4j"``.
    password : str or None
        None sends no credentials (a server with authentication off).
    database : str or None
        None uses the server's default database (``neo4j`` unless configured).
    """

    uri: str
    user: str = "neo4j"
    password: str | None = None
    database: str | None = None

    @classmethod
    def from_env(cls, uri: str | None = None, user: str | None = None, password: str | None = None,
                 database: str | None = None, environ: dict[str, str] | None = None) -> "Neo4jSettings":
        """Settings from arguments, falling back to ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``.

        Raises
        ------
        StoreError
            When no URI is given either way.
        """
        env = os.environ if environ is None else environ
        uri = uri or env.get(ENV_VARS["uri"])
        if not uri:
            raise StoreError("no Neo4j URI: pass --uri bolt://HOST:7687 or set NEO4J_URI")
        return cls(uri=uri, user=user or env.get(ENV_VARS["user"]) or "neo4j",
                   password=password if password is not None else env.get(ENV_VARS["password"]),
                   database=database or env.get(ENV_VARS["database"]) or None)

    def describe(self) -> str:
        """``uri`` plus the database when one is set (for messages)."""
        return f"{self.uri} (database {self.database!r})" if self.database else self.uri


def translate_error(exc: BaseException, settings: Neo4jSettings) -> StoreError:
    """Turn a driver exception into a one-line :class:`StoreError` naming the URI and the fix.

    Parameters
    ----------
    exc : Exception
        Raised by the neo4j driver.
    settings : Neo4jSettings

    Returns
    -------
    StoreError
        ``retryable`` is True for transient and unavailable-service errors.
    """
    from neo4j import exceptions as nx

    where = settings.uri
    if isinstance(exc, nx.AuthError):
        return StoreError(
            f"Neo4j at {where} refused user {settings.user!r}: wrong user name or password; "
            f"pass --user/--password or set NEO4J_USERNAME/NEO4J_PASSWORD")
    code = getattr(exc, "code", "") or ""
    if code.endswith("DatabaseNotFound") or "DatabaseNotFound" in str(exc):
        return StoreError(
            f"Neo4j at {where} has no database {settings.database!r}: create it "
            f"(CREATE DATABASE `{settings.database}` on Enterprise/Aura) or pass --database neo4j "
            f"(or unset NEO4J_DATABASE) to use the default one")
    if isinstance(exc, nx.ConstraintError):
        return StoreError(f"Neo4j at {where}: a uniqueness constraint was violated ({_first_line(exc)}); "
                          "another tool may own nodes labelled Entity/Document with the same id")
    if isinstance(exc, nx.ServiceUnavailable):
        return StoreError(
            f"Neo4j at {where} is unreachable ({_first_line(exc)}); start the server, check the "
            f"host and port, or pass --uri / set NEO4J_URI", retryable=True)
    if isinstance(exc, nx.TransientError):
        return StoreError(f"Neo4j at {where}: transient error after retries: {_first_line(exc)}; try again",
                          retryable=True)
    if isinstance(exc, (nx.ConfigurationError, ValueError)):
        return StoreError(
            f"{where}: not a usable Neo4j URI ({_first_line(exc)}); use bolt://HOST:7687, "
            f"neo4j://HOST:7687 or neo4j+s://HOST for Aura")
    if isinstance(exc, OSError):
        return StoreError(f"Neo4j at {where} is unreachable ({exc}); check --uri / NEO4J_URI", retryable=True)
    return StoreError(f"Neo4j at {where}: {_first_line(exc)}")


def _first_line(exc: BaseException) -> str:
    msg = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return msg.strip().splitlines()[0] if msg.strip() else type(exc).__name__


def _driver_errors() -> tuple[type[BaseException], ...]:
    from neo4j import exceptions as nx

    return (nx.Neo4jError, nx.DriverError, OSError)


def connect(settings: Neo4jSettings, *, verify: bool = True):
    """Open a driver and check that the server, the credentials and the database answer.

    Parameters
    ----------
    settings : Neo4jSettings
    verify : bool
        Run ``RETURN 1`` against the database before returning.

    Returns
    -------
    neo4j.Driver
        Close it (or use it in a ``with`` block).

    Raises
    ------
    StoreError
        Unreachable server, wrong password, missing database or malformed URI:
        one line naming the URI and the fix.
    """
    from neo4j import GraphDatabase, RoutingControl

    scheme = settings.uri.split("://", 1)[0].lower() if "://" in settings.uri else ""
    if scheme not in BOLT_SCHEMES:
        raise StoreError(
            f"{settings.uri}: not a usable Neo4j URI (scheme {scheme or 'missing'!r}); use bolt://HOST:7687, "
            f"neo4j://HOST:7687 or neo4j+s://HOST for Aura (the Bolt port, not the HTTP one)")
    auth = (settings.user, settings.password) if settings.password is not None else None
    try:
        driver = GraphDatabase.driver(settings.uri, auth=auth, connection_timeout=15.0,
                                      max_transaction_retry_time=30.0, user_agent="newsgraph",
                                      notifications_min_severity="OFF")
    except Exception as exc:  # ConfigurationError, ValueError for malformed URIs
        raise translate_error(exc, settings) from exc
    try:
        driver._newsgraph_settings = settings  # for error messages when only the driver is passed on
    except AttributeError:  # pragma: no cover - a driver class with __slots__
        pass
    if verify:
        try:
            driver.verify_connectivity()  # fails at once when refused (execute_query would retry for 30 s)
            driver.execute_query("RETURN 1", database_=settings.database, routing_=RoutingControl.READ)
        except _driver_errors() as exc:
            driver.close()
            raise translate_error(exc, settings) from exc
    return driver


# ===================================================================== vocabulary and rows

def vocabulary(onto: Ontology | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The labels and relationship types newsgraph may splice into Cypher.

    Returns
    -------
    labels : frozenset of str
        Every ontology class plus ``Entity`` and ``Document``.
    rel_types : frozenset of str
        Every ontology relation type plus ``MENTIONS``.
    """
    onto = onto or load_ontology()
    return (frozenset(onto.classes) | {"Entity", "Document"}, frozenset(onto.relations) | {"MENTIONS"})


def labels_for(entity: Entity, onto: Ontology | None = None) -> tuple[str, ...]:
    """Labels (besides ``Entity``) of an entity: its evaluation type, then its finer class.

    Raises
    ------
    StoreError
        When the type or class is not in the ontology.
    """
    onto = onto or load_ontology()
    labels = [entity.type]
    if entity.cls and entity.cls != entity.type:
        labels.append(entity.cls)
    for label in labels:
        if label not in onto.classes:
            raise StoreError(f"entity {entity.id!r}: type/class {label!r} is not in the ontology "
                             f"({onto.path}); cannot label it in Neo4j")
    return tuple(labels)


def _scalar_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in (attributes or {}).items():
        if k in _RESERVED:
            continue
        if isinstance(v, (str, int, float, bool)):
            out[str(k)] = v
        elif isinstance(v, (list, tuple)) and v and all(isinstance(x, str) for x in v):
            out[str(k)] = list(v)
    return out


def _clean_name(name: str) -> str:
    return name.replace(Q.ATTRIBUTE_SEPARATOR, " ")


@dataclass
class DocumentRows:
    """The parameter rows of one document (built by :func:`document_rows`)."""

    document: dict[str, Any]
    entities: dict[tuple[str, ...], list[dict[str, Any]]] = field(default_factory=dict)
    relations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def size(self) -> int:
        """Entity plus relation rows."""
        return sum(map(len, self.entities.values())) + sum(map(len, self.relations.values()))


def document_rows(dg: DocumentGraph, onto: Ontology | None = None) -> DocumentRows:
    """Turn a :class:`DocumentGraph` into query parameters.

    Raises
    ------
    StoreError
        When an entity type/class or a predicate is not in the ontology, or a
        relation names an entity the document graph does not contain.
    """
    onto = onto or load_ontology()
    doc = dg.document
    rows = DocumentRows(document={"id": doc.id, "title": doc.title, "url": doc.url, "published": doc.published,
                                  "source": doc.source, "checksum": doc.checksum})
    for e in dg.entities.values():
        aliases = list(dict.fromkeys([e.name, *e.aliases]))
        rows.entities.setdefault(labels_for(e, onto), []).append({
            "id": e.id, "name": e.name, "type": e.type, "cls": e.cls or e.type, "aliases": aliases,
            "attributes": _scalar_attributes(e.attributes), "doc": doc.id})
    for r in dg.relations:
        if r.predicate not in onto.relations:
            raise StoreError(f"document {doc.id!r}: relation type {r.predicate!r} is not in the ontology ({onto.path})")
        for end in (r.subject, r.object):
            if end not in dg.entities:
                raise StoreError(f"document {doc.id!r}: relation {r.subject} {r.predicate} {r.object} names "
                                 f"entity {end!r}, which the document graph does not contain")
        ev = r.evidence or [Evidence(document=doc.id, sentence="", start=0, end=0)]
        quals = json.dumps(r.qualifiers, sort_keys=True, ensure_ascii=False, default=str) if r.qualifiers else "{}"
        attributed = [[_clean_name(a) for a in e.attributed_to] for e in ev]
        props = {
            "evidence": [e.sentence for e in ev],
            "evidence_documents": [doc.id for _ in ev],
            "evidence_start": [int(e.start) for e in ev],
            "evidence_end": [int(e.end) for e in ev],
            "evidence_rule": [e.rule or "" for e in ev],
            "evidence_confidence": [float(e.confidence) for e in ev],
            "evidence_modality": [e.modality for e in ev],
            "evidence_attributed_to": [Q.ATTRIBUTE_SEPARATOR.join(a) for a in attributed],
            "evidence_qualifiers": [quals for _ in ev],
            # the summary of a relationship this document alone supports
            # (the same derivation as cypher.relation_aggregates)
            "documents": [doc.id],
            "confidence": max(float(e.confidence) for e in ev),
            "modality": min((e.modality for e in ev), key=_modality_rank),
            "attributed_to": list(dict.fromkeys(
                a for names, e in zip(attributed, ev) if e.modality not in NOT_FACT
                or all(x.modality in NOT_FACT for x in ev) for a in names if a)),
            "evidence_count": len(ev),
            "qualifiers": quals,
        }
        rows.relations.setdefault(r.predicate, []).append({"subject": r.subject, "object": r.object, "props": props})
    return rows


def _modality_rank(modality: str) -> int:
    return MODALITIES.index(modality) if modality in MODALITIES else len(MODALITIES) - 1


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


# ===================================================================== schema

def schema_statements(onto: Ontology | None = None) -> list[str]:
    """``CREATE CONSTRAINT/INDEX ... IF NOT EXISTS`` statements derived from the ontology.

    A uniqueness constraint on ``id`` for ``Entity``, ``Document`` and every
    ontology class; an index on ``name`` for ``Entity`` and every class.
    """
    onto = onto or load_ontology()
    labels, _ = vocabulary(onto)
    out = []
    for label in ["Entity", "Document", *sorted(onto.classes)]:
        quoted = Q.check_identifier(label, labels)
        out.append(Q.constraint_unique_id(f"newsgraph_{label.lower()}_id", quoted))
    for label in ["Entity", *sorted(onto.classes)]:
        quoted = Q.check_identifier(label, labels)
        out.append(Q.index_name(f"newsgraph_{label.lower()}_name", quoted))
    return out


def ensure_schema(driver, database: str | None = None, onto: Ontology | None = None) -> int:
    """Create the constraints and indexes of :func:`schema_statements` that are missing.

    Returns
    -------
    int
        Number of statements run (all are ``IF NOT EXISTS``).
    """
    stmts = schema_statements(onto)
    with driver.session(database=database) as session:
        for s in stmts:
            session.run(s).consume()
    return len(stmts)


# ===================================================================== writing

@dataclass
class SyncResult:
    """What :func:`sync_documents` / :func:`push_store` did.

    Attributes
    ----------
    written : list of str
        Documents written (added or replaced).
    unchanged : list of str
        Documents skipped because Neo4j already holds the same checksum.
    forgotten : list of str
        Documents removed from Neo4j (pruned by :func:`push_store`, or :meth:`Neo4jSink.forget`).
    relations, entities : int
        Relation and entity rows written.
    transactions : int
    seconds : float
    """

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    forgotten: list[str] = field(default_factory=list)
    relations: int = 0
    entities: int = 0
    transactions: int = 0
    seconds: float = 0.0


def _params() -> dict[str, Any]:
    return {"modalities": list(MODALITIES), "sep": Q.ATTRIBUTE_SEPARATOR, "not_fact": sorted(NOT_FACT)}


def _remove_documents_tx(tx, doc_ids: list[str]) -> list[str]:
    """Remove what ``doc_ids`` contributed; returns the ids of entities they mentioned."""
    p = _params()
    tx.run(Q.delete_relations_only_from(), docs=doc_ids).consume()
    tx.run(Q.trim_relations_from(), docs=doc_ids, **p).consume()
    rec = tx.run(Q.delete_mentions_from(), docs=doc_ids).single()
    return list(rec["ids"]) if rec else []


def _write_group_tx(tx, group: list[DocumentRows], batch_size: int, onto: Ontology) -> None:
    """Transaction function: replace the contribution of every document in ``group``.

    Idempotent, as the driver may run it again after a transient error.
    """
    labels, rel_types = vocabulary(onto)
    p = _params()
    doc_ids = [g.document["id"] for g in group]
    old_ids = _remove_documents_tx(tx, doc_ids)
    tx.run(Q.merge_documents(), rows=[g.document for g in group]).consume()
    by_labels: dict[tuple[str, ...], dict[str, dict]] = {}
    mentions: list[dict] = []
    by_type: dict[str, list[dict]] = {}
    new_ids: list[str] = []
    for g in group:
        for key, rows in g.entities.items():
            nodes = by_labels.setdefault(key, {})
            for r in rows:
                node = nodes.get(r["id"])
                if node is None:
                    nodes[r["id"]] = {k: r[k] for k in ("id", "name", "type", "cls", "aliases", "attributes")}
                else:  # the same entity in several documents of this transaction: one node row
                    node["aliases"] = list(dict.fromkeys([*node["aliases"], *r["aliases"]]))
                    node["attributes"] = {**node["attributes"], **r["attributes"]}
                mentions.append({"doc": r["doc"], "id": r["id"], "name": r["name"], "aliases": r["aliases"]})
                new_ids.append(r["id"])
        for key, rows in g.relations.items():
            by_type.setdefault(key, []).extend(rows)
    for key, nodes in by_labels.items():
        spliced = ":".join(Q.check_identifier(lab, labels) for lab in key)
        query = Q.merge_entities(spliced)
        for chunk in _chunks(list(nodes.values()), batch_size):
            tx.run(query, rows=list(chunk)).consume()
    disagreeing: list[str] = []
    for chunk in _chunks(mentions, batch_size):
        rec = tx.run(Q.create_mentions(), rows=list(chunk)).single()
        disagreeing.extend(rec["ids"] if rec else [])
    for rel_type, rows in by_type.items():
        query = Q.merge_relations(Q.check_identifier(rel_type, rel_types))
        for chunk in _chunks(rows, batch_size):
            tx.run(query, rows=list(chunk), **p).consume()
    touched = list(dict.fromkeys([*old_ids, *disagreeing]))
    for chunk in _chunks(touched, batch_size):
        tx.run(Q.refresh_entity_names(), ids=list(chunk)).consume()
    stale = sorted(set(old_ids) - set(new_ids))
    for chunk in _chunks(stale, batch_size):
        tx.run(Q.delete_orphan_entities(), ids=list(chunk)).consume()


def _forget_tx(tx, doc_ids: list[str], batch_size: int) -> None:
    old_ids = _remove_documents_tx(tx, doc_ids)
    for chunk in _chunks(old_ids, batch_size):
        tx.run(Q.refresh_entity_names(), ids=list(chunk)).consume()
        tx.run(Q.delete_orphan_entities(), ids=list(chunk)).consume()
    tx.run(Q.delete_documents(), docs=doc_ids).consume()


def _groups(rows: Iterable[DocumentRows], tx_rows: int) -> Iterator[list[DocumentRows]]:
    group: list[DocumentRows] = []
    size = 0
    for r in rows:
        if group and (size + r.size > tx_rows or r.document["id"] in {g.document["id"] for g in group}):
            yield group
            group, size = [], 0
        group.append(r)
        size += r.size
    if group:
        yield group


class _Target:
    """A driver given by the caller (left open) or opened from settings (closed by us)."""

    def __init__(self, driver_or_settings, database: str | None):
        if isinstance(driver_or_settings, Neo4jSettings):
            self.settings = driver_or_settings
            self.driver = connect(driver_or_settings)
            self.owned = True
            self.database = database or driver_or_settings.database
        else:
            # a driver from connect() remembers its settings: keep its database and URI for messages
            known = getattr(driver_or_settings, "_newsgraph_settings", None)
            self.driver = driver_or_settings
            self.owned = False
            self.database = database if database is not None else (known.database if known else None)
            self.settings = (replace(known, database=self.database) if known
                             else Neo4jSettings(uri="the Neo4j server", database=self.database))

    def close(self) -> None:
        if self.owned:
            self.driver.close()


def stored_checksums(driver, database: str | None = None) -> dict[str, str]:
    """Document id -> checksum of every document Neo4j holds."""
    records, _, _ = driver.execute_query(Q.stored_checksums(), database_=database)
    return {r["id"]: r["checksum"] for r in records}


def sync_documents(driver_or_settings, document_graphs: Iterable[DocumentGraph], *,
                   database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                   tx_rows: int = DEFAULT_TX_ROWS, skip_unchanged: bool = True,
                   schema: bool = True, onto: Ontology | None = None) -> SyncResult:
    """Write document graphs into Neo4j, each replacing what that document contributed before.

    Parameters
    ----------
    driver_or_settings : neo4j.Driver or Neo4jSettings
        An open driver (left open) or settings to connect with (closed afterwards).
    document_graphs : iterable of DocumentGraph
        Consumed lazily; a document id seen twice keeps the later version.
    database : str, optional
        Overrides ``settings.database``.
    batch_size : int
        Rows per ``UNWIND`` query.
    tx_rows : int
        A transaction takes whole documents until it holds about this many rows.
    skip_unchanged : bool
        Skip documents whose checksum Neo4j already holds.
    schema : bool
        Create missing constraints and indexes first (:func:`ensure_schema`).

    Returns
    -------
    SyncResult

    Raises
    ------
    StoreError
        On connection, authentication or database errors (one line naming the
        URI and the fix), or a document that does not fit the ontology.
        Documents committed before the failure stay; the failing transaction
        leaves nothing of its documents.
    """
    import time

    onto = onto or load_ontology()
    target = _Target(driver_or_settings, database)
    result = SyncResult()
    t0 = time.perf_counter()
    try:
        if schema:
            ensure_schema(target.driver, target.database, onto)
        known = stored_checksums(target.driver, target.database) if skip_unchanged else {}

        def rows() -> Iterator[DocumentRows]:
            for dg in document_graphs:
                if skip_unchanged and known.get(dg.document.id) == dg.document.checksum:
                    result.unchanged.append(dg.document.id)
                    continue
                yield document_rows(dg, onto)

        with target.driver.session(database=target.database) as session:
            for group in _groups(rows(), tx_rows):
                session.execute_write(_write_group_tx, group, batch_size, onto)
                result.transactions += 1
                for g in group:
                    result.written.append(g.document["id"])
                    result.entities += sum(map(len, g.entities.values()))
                    result.relations += sum(map(len, g.relations.values()))
    except _driver_errors() as exc:
        raise translate_error(exc, target.settings) from exc
    finally:
        target.close()
    result.seconds = time.perf_counter() - t0
    return result


def forget_documents(driver_or_settings, document_ids: Iterable[str], *, database: str | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> list[str]:
    """Remove documents and whatever only they supported, one transaction per document.

    Returns
    -------
    list of str
        The ids that Neo4j held (and no longer holds).

    Raises
    ------
    StoreError
    """
    target = _Target(driver_or_settings, database)
    try:
        held = stored_checksums(target.driver, target.database)
        gone = [d for d in dict.fromkeys(document_ids) if d in held]
        with target.driver.session(database=target.database) as session:
            for d in gone:
                session.execute_write(_forget_tx, [d], batch_size)
        return gone
    except _driver_errors() as exc:
        raise translate_error(exc, target.settings) from exc
    finally:
        target.close()


def push_store(store, driver_or_settings, *, database: str | None = None, prune: bool = True,
               batch_size: int = DEFAULT_BATCH_SIZE, tx_rows: int = DEFAULT_TX_ROWS,
               force: bool = False) -> SyncResult:
    """Copy an embedded :class:`~newsgraph.graph.store.Store` into Neo4j.

    Parameters
    ----------
    store : Store
    driver_or_settings : neo4j.Driver or Neo4jSettings
    prune : bool
        Also remove documents Neo4j holds that the store does not (forgotten ones).
    force : bool
        Rewrite documents even when Neo4j holds the same checksum.

    Returns
    -------
    SyncResult

    Raises
    ------
    StoreError
    """
    target = _Target(driver_or_settings, database)
    try:
        ids = store.document_ids()
        graphs = (store.document_graph(d) for d in ids)
        result = sync_documents(target.driver, graphs, database=target.database, batch_size=batch_size,
                                tx_rows=tx_rows, skip_unchanged=not force)
        if prune:
            extra = sorted(set(stored_checksums(target.driver, target.database)) - set(ids))
            result.forgotten = forget_documents(target.driver, extra, database=target.database,
                                                batch_size=batch_size)
        return result
    except _driver_errors() as exc:
        raise translate_error(exc, target.settings) from exc
    finally:
        target.close()


class Neo4jSink:
    """Write document graphs to Neo4j as they are ingested (``newsgraph ingest --neo4j``).

    Parameters
    ----------
    driver_or_settings : neo4j.Driver or Neo4jSettings
        Settings are connected (and checked) at once; a driver is used as is
        and left open by :meth:`close`.
    database : str, optional
    batch_size : int
        Rows per ``UNWIND`` query.

    Raises
    ------
    StoreError
        When the server cannot be reached, refuses the credentials or lacks the database.

    Examples
    --------
    >>> with Neo4jSink(Neo4jSettings.from_env()) as sink:     # doctest: +SKIP
    ...     for dg in graphs:
    ...         sink.write(dg)
    """

    supports_cypher = True
    transactional = True

    def __init__(self, driver_or_settings, *, database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE):
        self._target = _Target(driver_or_settings, database)
        self.batch_size = batch_size
        self.onto = load_ontology()
        try:
            ensure_schema(self._target.driver, self._target.database, self.onto)
        except _driver_errors() as exc:
            self._target.close()
            raise translate_error(exc, self._target.settings) from exc

    @property
    def driver(self):
        """The neo4j driver in use."""
        return self._target.driver

    @property
    def database(self) -> str | None:
        """The database written to (None: the server default)."""
        return self._target.database

    def write(self, doc_graph: DocumentGraph) -> str:
        """Replace one document's contribution in one transaction.

        Returns
        -------
        str
            ``"written"`` or ``"unchanged"`` (Neo4j holds the same checksum).

        Raises
        ------
        StoreError
        """
        res = sync_documents(self._target.driver, [doc_graph], database=self._target.database,
                             batch_size=self.batch_size, schema=False, onto=self.onto)
        return "unchanged" if res.unchanged else "written"

    def forget(self, document_id: str) -> bool:
        """Remove a document's contribution; False when Neo4j did not hold it."""
        return bool(forget_documents(self._target.driver, [document_id], database=self._target.database,
                                     batch_size=self.batch_size))

    def counts(self) -> dict[str, int]:
        """See :func:`graph_counts`."""
        return graph_counts(self._target.driver, self._target.database)

    def close(self) -> None:
        """Close the driver if this sink opened it. Safe to call twice."""
        self._target.close()

    def __enter__(self) -> "Neo4jSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# ===================================================================== reading back

def graph_counts(driver, database: str | None = None) -> dict[str, int]:
    """Numbers of ``entities``, ``documents``, ``mentions``, ``relations`` and ``evidence`` items in Neo4j."""
    out = {}
    for name, query in Q.graph_counts().items():
        records, _, _ = driver.execute_query(query, database_=database)
        out[name] = int(records[0]["n"])
    return out


def read_graph(driver, database: str | None = None) -> tuple[list[Entity], list[Relation]]:
    """Read every entity and relation back from Neo4j as model objects.

    Returns
    -------
    entities : list of Entity
        Sorted by id.
    relations : list of Relation
        Sorted by key, each with its evidence (document, sentence, offsets,
        rule, confidence, modality, attributed_to).
    """
    ents, _, _ = driver.execute_query(Q.read_entities(), database_=database)
    entities = [Entity(id=r["id"], name=r["name"], type=r["type"], aliases=list(r["aliases"] or []),
                       cls=r["cls"]) for r in ents]
    rels, _, _ = driver.execute_query(Q.read_relations(), database_=database)
    relations = []
    for r in rels:
        n = len(r["evidence"] or [])
        ev = [Evidence(document=r["evidence_documents"][i], sentence=r["evidence"][i],
                       start=r["evidence_start"][i], end=r["evidence_end"][i], rule=r["evidence_rule"][i],
                       confidence=r["evidence_confidence"][i], modality=r["evidence_modality"][i],
                       attributed_to=[a for a in r["evidence_attributed_to"][i].split(Q.ATTRIBUTE_SEPARATOR) if a])
              for i in range(n)]
        relations.append(Relation(subject=r["subject"], predicate=r["predicate"], object=r["object"], evidence=ev))
    return entities, relations


def clear(driver, database: str | None = None, batch: int = 10000) -> None:
    """Delete every ``Entity`` and ``Document`` node (tests and benchmarks; leaves other data alone)."""
    with driver.session(database=database) as session:
        for query in Q.delete_everything():
            session.run(query, batch=batch).consume()


__all__ = [
    "ENV_VARS", "Neo4jSettings", "Neo4jSink", "SyncResult", "DocumentRows", "connect", "translate_error",
    "vocabulary", "labels_for", "document_rows", "schema_statements", "ensure_schema", "sync_documents",
    "forget_documents", "push_store", "stored_checksums", "graph_counts", "read_graph", "clear",
]
