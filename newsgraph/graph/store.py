"""The embedded graph store: a persistent pyoxigraph ``Store`` directory.

One named graph per document (see :mod:`newsgraph.graph.rdf`). A document is
upserted atomically: its old named graph is dropped and the new one inserted
in one SPARQL Update, which pyoxigraph applies in a single transaction, so a
crash leaves either the old or the new version, never half of one.

Only one process opens the store at a time (RocksDB, under pyoxigraph, allows
one writer, and pyoxigraph documents reading while another process writes as
undefined behaviour). :meth:`Store.open` takes a file lock beside the data and
waits for it, reporting who holds it.

Layout of the store directory::

    STORE/
      oxigraph/      pyoxigraph (RocksDB) data
      store.lock     filelock lock file
      store.owner    pid and command of the current holder (informational)
      cache/         derived data, e.g. the cached networkx graph
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import pyoxigraph as ox
from filelock import FileLock, Timeout

from ..exceptions import QueryError, StoreError
from ..ontology import DOC, NG
from .model import Document, DocumentGraph, Entity, Relation, normalise_name
from .rdf import (DCT_ID, document_iri, document_quads, entity_iri, graphs_from_quads, ng, text_literal)

DEFAULT_STORE = "newsgraph-store"
LOCK_TIMEOUT = 600.0
"""Default seconds to wait for another process to release the store (env ``NEWSGRAPH_LOCK_TIMEOUT``)."""


def lock_timeout_from_env() -> float:
    """``$NEWSGRAPH_LOCK_TIMEOUT`` in seconds, else :data:`LOCK_TIMEOUT`.

    Raises
    ------
    StoreError
        When the variable is set but is not a non-negative number.
    """
    raw = os.environ.get("NEWSGRAPH_LOCK_TIMEOUT")
    if raw is None or raw.strip() == "":
        return LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value < 0:
        raise StoreError(f"NEWSGRAPH_LOCK_TIMEOUT={raw!r}: expected a number of seconds, e.g. 600")
    return value


def _first_in_code_point_order(text: str) -> tuple[int, ...]:
    """Sort key that makes ``max`` prefer the string first in code-point order."""
    return tuple(-ord(c) for c in text) + (1,)


def choose_name(counts: Counter) -> str:
    """The canonical name among the names documents gave an entity.

    The one most documents use, then the longest, then the first in
    code-point order: a pure function of the counts, so the choice does not
    depend on the order documents were stored in.
    """
    return max(counts.items(), key=lambda kv: (kv[1], len(kv[0]), _first_in_code_point_order(kv[0])))[0]


def choose_class(counts: Counter, type: str) -> str:
    """The finer ontology class most documents give (ties: first in code-point order), else ``type``."""
    finer = {k: v for k, v in counts.items() if k and k != type and v > 0}
    if not finer:
        return type
    return max(finer.items(), key=lambda kv: (kv[1], _first_in_code_point_order(kv[0])))[0]


def default_store_path() -> Path:
    """``$NEWSGRAPH_STORE`` or ``./newsgraph-store``."""
    return Path(os.environ.get("NEWSGRAPH_STORE") or DEFAULT_STORE)


@dataclass
class UpsertResult:
    """What one :meth:`Store.upsert` did.

    Attributes
    ----------
    document : str
        Document id.
    status : str
        ``"added"`` (new document), ``"replaced"`` (changed document) or
        ``"unchanged"`` (same checksum: nothing written).
    entities_added, relations_added : int
        Entities and (subject, predicate, object) relations the store did not
        hold before, in any document.
    quads : int
        Quads in the document's named graph now.
    previous_source : str or None
        For ``"replaced"``: where the replaced version was read from, so a
        caller can warn when another file took over the same id.
    """

    document: str
    status: str
    entities_added: int = 0
    relations_added: int = 0
    quads: int = 0
    previous_source: str | None = None


MAX_QUERY_NESTING = 256
"""Deepest nesting of ``{`` ``(`` ``[`` a SPARQL query may have: pyoxigraph's recursive-descent parser ends the
process with a stack overflow on a query nested about 3,000 levels deep (a break-it trial), and real queries
nest a handful of levels."""


def _nesting_depth(sparql: str) -> int:
    """Deepest bracket nesting of a query, strings and comments left out."""
    from ..queries.sparql import _blank_strings_and_comments

    depth = deepest = 0
    for c in _blank_strings_and_comments(sparql):
        if c in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "})]":
            depth -= 1
    return deepest


def _check_database_files(path: Path) -> None:
    """Refuse a store whose database has data files but no ``CURRENT`` file, before anything opens it.

    RocksDB (under pyoxigraph) finds its live manifest through ``CURRENT``; without it, opening the directory
    starts a new, empty database there and the next open deletes the old data files. A directory with data
    files (``*.sst``, ``MANIFEST-*``, ``*.log``) and no ``CURRENT`` is therefore damaged, and is left as it is so
    that it can be repaired (a ``CURRENT`` naming the newest ``MANIFEST-`` file restores it).

    Raises
    ------
    StoreError
        Naming the directory, what is missing and how to repair it.
    """
    db = path / "oxigraph"
    if not db.is_dir() or (db / "CURRENT").exists():
        return
    data = [f.name for f in db.iterdir() if f.suffix in (".sst", ".log") or f.name.startswith("MANIFEST-")]
    if data:
        manifests = sorted(f for f in data if f.startswith("MANIFEST-"))
        hint = (f"; to repair it, write the line '{manifests[-1]}' into {db / 'CURRENT'}" if manifests else "")
        raise StoreError(f"{path}: the store is damaged: {db} has data files but no CURRENT file, and opening "
                         f"it would start an empty database over them; nothing was changed{hint}, or restore "
                         f"it from a backup")


class Store:
    """The embedded RDF store of newsgraph.

    Use :meth:`open`; close with :meth:`close` or a ``with`` block.

    Parameters
    ----------
    path : Path
        Store directory (created when missing unless ``read_only``).
    read_only : bool
        Open without creating; writes raise StoreError. A store in a
        directory this process cannot write (read-only media, a share) is
        then read without the lock, in RocksDB's read-only mode.
    lock_timeout : float, optional
        Seconds to wait for another process holding the store (default
        :func:`lock_timeout_from_env`).
    on_wait : callable, optional
        Called once with a message when the store is busy and we wait.

    Raises
    ------
    StoreError
        When the directory is not a newsgraph store, cannot be created, or
        stays locked by another process past ``lock_timeout``.
    """

    def __init__(self, path: Path, *, read_only: bool = False, lock_timeout: float | None = None,
                 on_wait: Callable[[str], None] | None = None):
        self.path = Path(path)
        self.read_only = read_only
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: exists and is not a directory; give --store a directory")
        if read_only and not (self.path / "oxigraph").is_dir():
            raise StoreError(f"{self.path}: no newsgraph store here (missing {self.path / 'oxigraph'}); ingest first")
        if self.path.exists() and any(self.path.iterdir()) and not (self.path / "oxigraph").exists():
            raise StoreError(f"{self.path}: directory is not empty and is not a newsgraph store")
        _check_database_files(self.path)
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create store directory: {exc.strerror}") from exc
        self._lock = FileLock(str(self.path / "store.lock"))
        if read_only and not os.access(self.path, os.W_OK):
            # a store on read-only media or a share the user cannot write: nobody can change it there, so it
            # is read without the lock, through RocksDB's read-only mode (pyoxigraph Store.read_only)
            try:
                self._ox = ox.Store.read_only(str(self.path / "oxigraph"))
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"{self.path}: cannot read the store on this read-only file system: {exc}") from exc
            self._scan_cache = None
            return
        self._acquire(lock_timeout_from_env() if lock_timeout is None else lock_timeout, on_wait)
        try:
            self._ox = ox.Store(str(self.path / "oxigraph"))
        except OSError as exc:
            self._lock.release()
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        except RuntimeError as exc:  # pyoxigraph reports a damaged database (RocksDB "Corruption: ...") so
            self._lock.release()
            raise StoreError(f"{self.path}: the store is damaged and cannot be opened ({exc}); restore it from a "
                             f"backup or ingest the articles again into a new --store") from exc
        self._scan_cache: tuple[str, dict[str, DocumentGraph]] | None = None
        self._prune_info_logs()

    def _prune_info_logs(self, keep: int = 2) -> None:
        """Delete all but the newest ``keep`` of RocksDB's rotated info logs (``LOG.old.<microseconds>``).

        RocksDB starts a new human-readable info log at each open and keeps up to
        1,000 old ones by default (``keep_log_file_num``), which pyoxigraph does
        not expose; they hold diagnostics only, never data, so a store opened by
        many short commands would otherwise fill with them.
        """
        try:
            old = sorted((self.path / "oxigraph").glob("LOG.old.*"),
                         key=lambda p: (len(p.name), p.name))  # the suffix is a time in microseconds
            for p in old[:-keep] if keep else old:
                p.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only or vanished directory: the logs stay

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False,
             lock_timeout: float | None = None, on_wait: Callable[[str], None] | None = None) -> "Store":
        """Open (or create) the store at ``path`` (default :func:`default_store_path`)."""
        return cls(Path(path) if path else default_store_path(), read_only=read_only,
                   lock_timeout=lock_timeout, on_wait=on_wait)

    def _acquire(self, timeout: float, on_wait: Callable[[str], None] | None) -> None:
        owner = self.path / "store.owner"
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            who = owner.read_text(errors="replace").strip() if owner.exists() else "another process"
            msg = f"{self.path}: store is in use by {who}; waiting up to {timeout:.0f}s for it to finish"
            if on_wait:
                on_wait(msg)
            try:
                self._lock.acquire(timeout=timeout)
            except Timeout:
                raise StoreError(
                    f"{self.path}: still in use by {who} after {timeout:.0f}s; "
                    "wait for it to finish or raise NEWSGRAPH_LOCK_TIMEOUT", retryable=True) from None
        except OSError as exc:  # after Timeout, which is an OSError too
            raise StoreError(f"{self.path}: cannot take the store lock ({exc.strerror or exc}); "
                             "the store must be on a writable file system") from exc
        try:
            owner.write_text(f"pid {os.getpid()} ({' '.join(map(os.path.basename, sys.argv[:2]))})")
        except OSError:
            pass

    def close(self) -> None:
        """Flush and release the store. Safe to call twice.

        Raises
        ------
        StoreError
            When a writable store cannot be written to disk (a full disk, an I/O error): the lock is released
            first, and the message says that the documents of this run may be missing.
        """
        failed = None
        if getattr(self, "_ox", None) is not None:
            if not self.read_only:  # (a store opened in RocksDB's read-only mode has nothing to flush)
                try:
                    self._ox.flush()
                except (OSError, RuntimeError) as exc:
                    failed = exc
            del self._ox
            self._ox = None
        if self._lock.is_locked:
            try:
                (self.path / "store.owner").unlink(missing_ok=True)
            except OSError:
                pass
            self._lock.release()
        if failed is not None:
            why = getattr(failed, "strerror", None) or str(failed).splitlines()[0][:200]
            raise StoreError(f"{self.path}: cannot write the store to disk ({why}); the documents of this run "
                             "may be missing: free some space and run the same ingest again")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise  # (else the error that ended the block says more: "could not write document X")

    def __del__(self) -> None:  # pragma: no cover - best effort
        try:
            self.close()
        except Exception:
            pass

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store (for SPARQL and bulk reads)."""
        if self._ox is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._ox

    # ------------------------------------------------------------------ writes

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    def checksum(self, document_id: str) -> str | None:
        """Stored checksum of a document, or None when it is not stored."""
        g = document_iri(document_id)
        for q in self.oxigraph.quads_for_pattern(g, ng("checksum"), None, g):
            return q.object.value
        return None

    def document_source(self, document_id: str) -> str | None:
        """The source a document was read from (a file path as given to ``ingest``, ``file.jsonl:LINE``,
        ``-``), or None when it is not stored or has none."""
        g = document_iri(document_id)
        return next((q.object.value for q in self.oxigraph.quads_for_pattern(g, ng("source"), None, g)), None)

    def documents_with_text(self, document: Document) -> list[str]:
        """Ids of the stored documents with the same text as ``document`` (whatever their id, title or
        source), sorted.

        Parameters
        ----------
        document : Document

        Returns
        -------
        list of str
            Usually none or one; more only in stores written before ``newsgraph ingest``
            skipped duplicates.
        """
        ids = []
        for q in self.oxigraph.quads_for_pattern(None, ng("text"), text_literal(document), None):
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject:
                ids.extend(i.object.value for i in self.oxigraph.quads_for_pattern(q.subject, DCT_ID, None, q.graph_name))
        return sorted(ids)

    def upsert(self, dg: DocumentGraph) -> UpsertResult:
        """Store one document's facts, replacing what it contributed before.

        Idempotent: a document whose checksum is already stored is not
        written again (status ``"unchanged"``).

        Parameters
        ----------
        dg : DocumentGraph

        Returns
        -------
        UpsertResult

        Raises
        ------
        StoreError
            When the write fails; the store then still holds the previous
            version of the document (the update is one transaction).
        """
        self._check_writable()
        doc_id = dg.document.id
        old = self.checksum(doc_id)
        if old == dg.document.checksum:
            return UpsertResult(doc_id, "unchanged", quads=self._count_graph(doc_id))
        previous_source = None
        if old is not None:
            previous_source = self.document_source(doc_id)
        known_entities = {e for e in dg.entities if self._entity_known(e)}
        known_relations = {r.key for r in dg.relations if self._relation_known(r)}
        quads = document_quads(dg, ingested=datetime.now(timezone.utc).replace(microsecond=0).isoformat())
        g = document_iri(doc_id)
        try:
            if old is None and not self.oxigraph.contains_named_graph(g):
                self.oxigraph.extend(quads)  # one transaction; nothing to replace
            else:
                body = ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                self.oxigraph.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.path}: could not write document {doc_id!r}: {exc}") from exc
        self._scan_cache = None
        return UpsertResult(
            document=doc_id,
            status="replaced" if old else "added",
            entities_added=len(set(dg.entities) - known_entities),
            relations_added=len({r.key for r in dg.relations} - known_relations),
            quads=len(quads),
            previous_source=previous_source,
        )

    def forget(self, document_id: str) -> bool:
        """Remove everything a document contributed. Returns False when it was not stored."""
        self._check_writable()
        g = document_iri(document_id)
        if not self.oxigraph.contains_named_graph(g):
            return False
        self.oxigraph.update(f"DROP GRAPH {g}")
        self._scan_cache = None
        return True

    def _entity_known(self, entity_id: str) -> bool:
        return next(iter(self.oxigraph.quads_for_pattern(entity_iri(entity_id), ng("name"), None, None)), None) is not None

    def _relation_known(self, rel: Relation) -> bool:
        from ..ontology import load_ontology

        p = ox.NamedNode(load_ontology().relation(rel.predicate).iri)
        return next(iter(self.oxigraph.quads_for_pattern(entity_iri(rel.subject), p, entity_iri(rel.object), None)), None) is not None

    def _count_graph(self, document_id: str) -> int:
        g = document_iri(document_id)
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, g))

    # ------------------------------------------------------------------ reads

    def __len__(self) -> int:
        return len(self.oxigraph)

    def version(self) -> str:
        """Fingerprint of the stored content: changes whenever any document is added, replaced or forgotten.

        Computed from every document's id and checksum plus the quad count
        (cheap: a handful of quads per document).
        """
        h = hashlib.sha1(str(len(self.oxigraph)).encode())
        rows = sorted((q.graph_name.value, q.object.value)
                      for q in self.oxigraph.quads_for_pattern(None, ng("checksum"), None, None))
        for g, c in rows:
            h.update(f"{g}\x1f{c}\n".encode())
        return h.hexdigest()[:16]

    def _graphs(self) -> dict[str, DocumentGraph]:
        version = self.version()
        if self._scan_cache is None or self._scan_cache[0] != version:
            self._scan_cache = (version, self._read_graphs(None))
        return self._scan_cache[1]

    def _read_graphs(self, graph) -> dict[str, DocumentGraph]:
        """:func:`graphs_from_quads` of one named graph (or all, for None); StoreError naming the graph, and how
        to remove it, when a graph does not read back as a document (one written by an older import)."""
        try:
            return graphs_from_quads(self.oxigraph.quads_for_pattern(None, None, None, graph))
        except ValueError as exc:
            raise StoreError(f"{self.path}: {exc} (`newsgraph forget ID` removes it)") from exc

    def document_ids(self) -> list[str]:
        """Ids of every stored document, sorted."""
        return sorted(q.object.value for q in self.oxigraph.quads_for_pattern(None, DCT_ID, None, None)
                      if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject)

    def documents(self) -> list[Document]:
        """Every stored document (with its text), sorted by id."""
        return [dg.document for _, dg in sorted(self._graphs().items())]

    def document_graph(self, document_id: str) -> DocumentGraph:
        """What one document contributed.

        Raises
        ------
        StoreError
            When the document is not stored, or its graph does not read back as a document.
        """
        g = document_iri(document_id)
        graphs = self._read_graphs(g)
        if document_id not in graphs:
            raise StoreError(f"{self.path}: no document {document_id!r} in the store")
        return graphs[document_id]

    def entities(self, type: str | None = None) -> list[Entity]:
        """Every entity, merged across documents, sorted by id.

        Aliases are the union over documents; the name is
        :func:`choose_name` of the names documents use, the class
        :func:`choose_class`; attributes are merged.

        Parameters
        ----------
        type : str, optional
            Keep only this evaluation-level type (``"Vessel"``).
        """
        names: dict[str, Counter] = defaultdict(Counter)
        classes: dict[str, Counter] = defaultdict(Counter)
        merged: dict[str, Entity] = {}
        for dg in self._graphs().values():
            for e in dg.entities.values():
                names[e.id][e.name] += 1
                classes[e.id][e.cls or e.type] += 1
                m = merged.get(e.id)
                if m is None:
                    merged[e.id] = Entity(id=e.id, name=e.name, type=e.type, aliases=list(e.aliases),
                                          cls=e.cls, attributes=dict(e.attributes))
                else:
                    m.aliases = sorted(set(m.aliases) | set(e.aliases))
                    m.attributes.update(e.attributes)
        for eid, e in merged.items():
            e.name = choose_name(names[eid])
            e.cls = choose_class(classes[eid], e.type)
            e.aliases = sorted(set(e.aliases) | {e.name})
        ents = sorted(merged.values(), key=lambda e: e.id)
        return [e for e in ents if type is None or e.type == type]

    def relations(self) -> list[Relation]:
        """Every relation, merged across documents (evidence of all documents kept), sorted by key."""
        merged: dict[tuple[str, str, str], Relation] = {}
        for _, dg in sorted(self._graphs().items()):
            for r in dg.relations:
                m = merged.setdefault(r.key, Relation(subject=r.subject, predicate=r.predicate, object=r.object))
                m.evidence.extend(r.evidence)
                for k, v in r.qualifiers.items():
                    m.qualifiers.setdefault(k, v)
        return sorted(merged.values(), key=lambda r: r.key)

    def alias_index(self) -> dict[str, Entity]:
        """Normalised alias (:func:`~newsgraph.graph.model.normalise_name`) -> entity.

        Used by resolution so that a later document's "Varelli" joins the
        entity an earlier document named "Marco Varelli". When two entities
        share an alias, the one with more aliases wins (then the greater id),
        whatever the order of the documents.
        """
        index: dict[str, Entity] = {}
        for e in sorted(self.entities(), key=lambda e: (len(e.aliases), e.id)):
            for a in {e.name, *e.aliases}:
                index[normalise_name(a)] = e
        return index

    def query(self, sparql: str, **kwargs):
        """Run a SPARQL 1.1 query over the union of all document graphs.

        Parameters
        ----------
        sparql : str
            SELECT, ASK, CONSTRUCT or DESCRIBE query text.
        **kwargs
            Passed to ``pyoxigraph.Store.query`` (e.g. ``substitutions``).

        Returns
        -------
        pyoxigraph.QuerySolutions, QueryBoolean or QueryTriples

        Raises
        ------
        QueryError
            On a syntax or evaluation error.

        Notes
        -----
        The default graph is the union of the document graphs as a *bag*
        (pyoxigraph 0.5): a triple stated by three documents matches three
        times. Use ``DISTINCT``, or ``GRAPH ?g { ... }``, for counts.
        """
        kwargs.setdefault("use_default_graph_as_union", True)
        if not re.sub(r"(?m)#.*$", "", sparql).strip():  # (a "#" inside an IRI or string ends no line here: the
            # query would have to be only that, and such a query is no query either)
            raise QueryError("the SPARQL query is empty (only comments or white space)")
        depth = _nesting_depth(sparql)
        if depth > MAX_QUERY_NESTING:  # pyoxigraph's recursive parser overflows the stack (a segfault) near 3,000
            raise QueryError(f"SPARQL query nested {depth} levels deep; at most {MAX_QUERY_NESTING} are read")
        try:
            return self.oxigraph.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(f"SPARQL query failed: {exc}") from exc

    def to_networkx(self):
        """The merged graph as a ``networkx.MultiDiGraph``.

        Returns
        -------
        networkx.MultiDiGraph
            Nodes are entity ids with attributes ``name``, ``type``, ``cls``,
            ``aliases``; edges run subject -> object, keyed by predicate, with
            attributes ``predicate``, ``confidence`` (max over evidence),
            ``modality`` (strongest), ``evidence`` (list of Evidence),
            ``attributed_to``, ``documents`` (ids) and ``qualifiers``.
        """
        import networkx as nx

        G = nx.MultiDiGraph()
        for e in self.entities():
            G.add_node(e.id, name=e.name, type=e.type, cls=e.cls or e.type, aliases=list(e.aliases),
                       attributes=dict(e.attributes))
        for r in self.relations():
            G.add_edge(r.subject, r.object, key=r.predicate, predicate=r.predicate, confidence=r.confidence,
                       modality=r.modality, evidence=list(r.evidence), attributed_to=r.attributed_to,
                       documents=sorted({ev.document for ev in r.evidence}), qualifiers=dict(r.qualifiers))
        return G


__all__ = ["Store", "UpsertResult", "default_store_path", "DEFAULT_STORE", "choose_name", "choose_class"]
