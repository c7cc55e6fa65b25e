"""``newsgraph ingest``, ``forget`` and ``documents``: fill the store and manage what is in it.

The flow is DESIGN.md's: :func:`newsgraph.ingest.read.read_sources` ->
:func:`newsgraph.ingest.pipeline.process` -> :meth:`Store.upsert` per
document. :func:`ingest_documents` runs it and returns an
:class:`IngestReport`; the click command only parses options and prints.
"""

from __future__ import annotations

import sys
import traceback
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import click

from ..exceptions import ExtractionError, InputError, NewsgraphError, StoreError
from ..graph.model import Document, DocumentGraph, Entity, make_key, normalise_name
from ..graph.store import choose_class, choose_name
from ..ingest.read import ENGLISH_MIN, LATIN_MIN, english_share, latin_share
from .common import emit, handle_errors, json_option, open_store, store_option

PROGRESS_MIN_DOCUMENTS = 4
"""Show a progress bar from this many documents on (when stderr is a terminal)."""


# ---------------------------------------------------------------- the run


@dataclass
class IngestReport:
    """What one ingest run did.

    Attributes
    ----------
    results : list of dict
        One per document stored or skipped: ``{"document", "status",
        "source", "entities_added", "relations_added", "dropped"}`` where
        ``status`` is ``"added"``, ``"replaced"``, ``"unchanged"`` or
        ``"duplicate"`` (the same text as another stored document, named in
        ``"duplicate_of"``; not stored, so one article read under two names
        does not count twice as support).
    errors : list of dict
        One per file, JSONL line or document that failed: ``{"source",
        "problem"}`` (``source`` is the file, ``file.jsonl:LINE`` or the
        document's source).
    dropped : dict of str to list of dict
        Document id -> the candidates validation pruned
        (:attr:`DocumentGraph.dropped`), for ``-v``.
    warnings : list of str
        E.g. a document replaced by one read from another file under the same id.
    """

    results: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, str]] = field(default_factory=list)
    dropped: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        """Number of documents with this status."""
        return sum(1 for r in self.results if r["status"] == status)

    @property
    def entities_added(self) -> int:
        return sum(r["entities_added"] for r in self.results)

    @property
    def relations_added(self) -> int:
        return sum(r["relations_added"] for r in self.results)

    def summary(self) -> dict[str, Any]:
        """JSON-ready summary: counts, errors and per-document results."""
        return {
            "documents": {s: self.count(s) for s in ("added", "replaced", "unchanged", "duplicate")}
            | {"failed": len(self.errors)},
            "entities_added": self.entities_added,
            "relations_added": self.relations_added,
            "errors": list(self.errors),
            "warnings": list(self.warnings),
            "results": list(self.results),
        }


def _pipeline():
    from ..ingest import pipeline

    return pipeline


class KnownEntities(Mapping):
    """The entities already stored, by normalised alias, kept up to date document by document.

    What :func:`newsgraph.ingest.pipeline.process` gets as ``known`` (the
    role of ``Store.alias_index()``), but updated in place after each write
    at the cost of that document's entities only, instead of re-reading the
    whole store (which made a long ingest quadratic: about 8 ms per stored
    document per refresh, measured on the dev corpus).

    It is a pure function of the set of stored document graphs, whatever the
    order they were written in: names, classes and alias owners are chosen by
    counts with ties broken by the strings themselves. So a document sees
    the same ``known`` in an uninterrupted run and in a run that resumes
    after a crash, and both give the same graph.

    Parameters
    ----------
    store : newsgraph.graph.store.Store
        Read once, document graph by document graph, to start.

    Notes
    -----
    Merging follows ``Store.entities``: aliases are the union over
    documents, the name is the one most documents use (then the longest,
    then the first in code-point order), the class the most common one finer
    than the type. An alias shared by several entities belongs to the one
    with most aliases (then the greatest id), as in ``Store.alias_index``.
    Keys are :func:`newsgraph.graph.model.normalise_name` of names and aliases.
    """

    def __init__(self, store) -> None:
        self._store = store
        self._contrib: dict[str, dict[str, Entity]] = {}
        self._names: dict[str, Counter] = defaultdict(Counter)
        self._aliases: dict[str, Counter] = defaultdict(Counter)
        self._classes: dict[str, Counter] = defaultdict(Counter)
        self._types: dict[str, str] = {}
        self._members: dict[str, set[str]] = defaultdict(set)
        self._merged: dict[str, Entity] = {}
        self._index: dict[str, Entity] = {}
        for doc_id in store.document_ids():
            self._apply(doc_id, store.document_graph(doc_id).entities)

    # Mapping protocol: what the pipeline uses (``get``)
    def __getitem__(self, key: str) -> Entity:
        return self._index[key]

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def update_document(self, doc_id: str) -> None:
        """Take in what ``doc_id`` holds in the store now (after an upsert)."""
        self._apply(doc_id, self._store.document_graph(doc_id).entities)

    def forget_document(self, doc_id: str) -> None:
        """Take out what ``doc_id`` contributed (after ``Store.forget``)."""
        self._apply(doc_id, {})

    def _apply(self, doc_id: str, entities: dict[str, Entity]) -> None:
        old = self._contrib.pop(doc_id, {})
        touched = set(old) | set(entities)
        for sign, ents in ((-1, old), (1, entities)):
            for e in ents.values():
                self._names[e.id][e.name] += sign
                for a in {e.name, *e.aliases}:
                    self._aliases[e.id][a] += sign
                if e.cls and e.cls != e.type:
                    self._classes[e.id][e.cls] += sign
                self._types[e.id] = e.type
        if entities:
            self._contrib[doc_id] = dict(entities)
        keys: set[str] = set()
        for eid in touched:
            for counter in (self._names[eid], self._aliases[eid], self._classes[eid]):
                for k in [k for k, v in counter.items() if v <= 0]:
                    del counter[k]
            before = self._merged.pop(eid, None)
            if before is not None:
                for a in before.aliases:
                    key = normalise_name(a)
                    self._members[key].discard(eid)
                    keys.add(key)
            if not self._names[eid]:
                continue
            name = choose_name(self._names[eid])
            typ = self._types[eid]
            cls = choose_class(self._classes[eid], typ)
            ent = Entity(id=eid, name=name, type=typ, aliases=sorted(set(self._aliases[eid]) | {name}), cls=cls)
            self._merged[eid] = ent
            for a in ent.aliases:
                key = normalise_name(a)
                self._members[key].add(eid)
                keys.add(key)
        for key in keys:
            members = self._members.get(key)
            if not members:
                self._members.pop(key, None)
                self._index.pop(key, None)
                continue
            best = max(members, key=lambda i: (len(self._merged[i].aliases), i))
            self._index[key] = self._merged[best]


def _extract_each(docs: list[Document], known: Mapping, nlp, report: IngestReport, verbose: bool
                  ) -> Iterator[DocumentGraph]:
    """Extract documents one at a time, recording each failure and going on."""
    pipeline = _pipeline()
    for doc in docs:
        try:
            yield pipeline.extract_document(doc, nlp=nlp, known=known)
        except Exception as exc:  # one bad article must not abort the others
            _record_failure(report, doc, exc)
            if verbose:
                traceback.print_exc(file=sys.stderr)


def _record_failure(report: IngestReport, doc: Document, exc: Exception) -> None:
    """One document's extraction error in the report (an ExtractionError's message already names it)."""
    src = doc.source or doc.id
    msg = str(exc)
    if isinstance(exc, ExtractionError):
        msg = msg.removeprefix(f"{src}: ")
    else:
        msg = f"{type(exc).__name__}: {msg}"
    report.errors.append({"source": src, "problem": f"extraction failed for document {doc.id!r}: {msg}"})


def _extract(docs: list[Document], known: Mapping, *, nlp, batch_size: int, n_process: int,
             report: IngestReport, verbose: bool) -> Iterator[DocumentGraph]:
    """Run :func:`pipeline.process` over one chunk; a document whose extraction fails is recorded and the
    batch goes on with the documents after it; on any other failure, fall back to one document at a time.

    ``process`` yields one graph per document in input order, so the
    documents after the last one yielded are the ones left to do.
    """
    pipeline = _pipeline()
    while docs:
        done = 0
        try:
            for dg in pipeline.process(iter(docs), nlp=nlp, known=known, batch_size=batch_size,
                                       n_process=n_process):
                done += 1
                yield dg
            return
        except ExtractionError as exc:
            # the document at ``done`` failed (process raises in input order): recorded, not extracted again
            # (a document refused for its size would be tokenised a second time); the rest go on in a batch
            if verbose:
                traceback.print_exc(file=sys.stderr)
            _record_failure(report, docs[done], exc)
            docs = docs[done + 1:]
        except Exception:
            if verbose:
                traceback.print_exc(file=sys.stderr)
            yield from _extract_each(docs[done:], known, nlp, report, verbose)
            return


def _can_multiprocess(nlp) -> str | None:
    """Why spaCy cannot run ``nlp`` in worker processes, or None when it can.

    ``nlp.pipe(n_process>1)`` sends every parsed Doc back with
    ``Doc.to_bytes``; when that round trip fails in a worker, spaCy waits
    for the worker forever. A one-sentence Doc is tried here first.
    """
    from spacy.tokens import Doc

    try:
        doc = nlp("The tanker Example Star left the port of Example on Monday, officials said.")
        Doc(nlp.vocab).from_bytes(doc.to_bytes())
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


MAX_CHARACTERS = 1_000_000
"""Longest article text extracted, in characters: spaCy's default ``nlp.max_length``, beyond which
its parser needs about 1 GB of memory per 100,000 characters (spaCy error E088)."""


def _chunks(items: Iterable[Document | InputError], size: int, store, report: IngestReport,
            seen: dict[str, str], on_skip: Callable[[Document], None]) -> Iterator[list[Document]]:
    """Group the documents to extract into chunks; errors and unchanged documents are recorded on the way."""
    chunk: list[Document] = []
    first_read: dict[str, list[str]] = {}  # hash of a text -> the id of this run's first document with it
    for item in items:
        if isinstance(item, InputError):
            report.errors.append({"source": item.source, "problem": item.problem})
            on_skip(None)
            continue
        if len(item.text) > MAX_CHARACTERS:
            report.errors.append({"source": item.source or item.id, "problem": (
                f"article has {len(item.text):,} characters; newsgraph extracts from at most "
                f"{MAX_CHARACTERS:,} per document (spaCy's limit): split it into several articles")})
            on_skip(None)
            continue
        checksum = item.checksum
        if seen.get(item.id) == checksum or (item.id not in seen and store.checksum(item.id) == checksum):
            seen[item.id] = checksum
            report.results.append({"document": item.id, "status": "unchanged", "source": item.source,
                                   "entities_added": 0, "relations_added": 0, "dropped": 0})
            on_skip(item)
            continue
        # the same text whatever whitespace ends it ("echo ... | newsgraph ingest -" adds a newline)
        text_key = make_key(item.text.strip())
        variants = dict.fromkeys((item.text, item.text.strip(), item.text.strip() + "\n"))
        copy_of = next((i for v in variants for i in store.documents_with_text(replace(item, text=v))
                        if i != item.id), None) \
            or next((i for i in first_read.get(text_key, ()) if i != item.id), None)
        if copy_of is not None:
            report.results.append({"document": item.id, "status": "duplicate", "duplicate_of": copy_of,
                                   "source": item.source, "entities_added": 0, "relations_added": 0, "dropped": 0})
            report.warnings.append(
                f"{item.source or item.id}: same text as document {copy_of!r}; skipped, so that one article "
                f"does not count twice as support (to keep it under the id {item.id!r} instead, "
                f"`newsgraph forget {copy_of}` first)")
            on_skip(item)
            continue
        seen[item.id] = checksum
        first_read.setdefault(text_key, [item.id])
        if (share := latin_share(item.text)) < LATIN_MIN:
            report.warnings.append(
                f"{item.source or item.id}: only {share:.0%} of its letters are Latin script: newsgraph reads "
                "English text, so its entities and relations will be few or wrong (translate it first)")
        elif (english := english_share(item.text)) is not None and english < ENGLISH_MIN:
            report.warnings.append(
                f"{item.source or item.id}: does not read as English (only {english:.0%} of its words are common "
                "English words such as 'the' and 'of'): newsgraph reads English text, so its entities and "
                "relations will be few or wrong (translate it first)")
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest_documents(items: Iterable[Document | InputError], store, *, nlp=None, batch_size: int = 16,
                     n_process: int = 1, sinks: Iterable[Any] = (), verbose: bool = False,
                     on_document: Callable[[dict[str, Any] | None], None] | None = None,
                     report: IngestReport | None = None) -> IngestReport:
    """Extract and store documents; the library side of ``newsgraph ingest``.

    Parameters
    ----------
    items : iterable of Document or InputError
        Usually :func:`newsgraph.ingest.read.read_sources`; errors are
        recorded in the report and skipped.
    store : newsgraph.graph.store.Store
        Open for writing.
    nlp : spacy.Language, optional
        The pipeline to use (default: the pipeline module's own).
    batch_size, n_process : int
        Passed to :func:`newsgraph.ingest.pipeline.process`. With
        ``n_process > 1``, a parsed Doc must survive ``Doc.to_bytes`` (spaCy
        sends Docs between processes that way, and hangs when a worker
        fails to); when it does not, a ``RuntimeWarning`` is issued and one
        process is used.
    sinks : iterable
        Extra outputs with ``write(DocumentGraph)`` (e.g. a Neo4j sink),
        written after the store for every added or replaced document; a
        sink's :class:`~newsgraph.exceptions.NewsgraphError` is recorded in
        the report and the run goes on.
    verbose : bool
        Print tracebacks of extraction failures to stderr.
    on_document : callable, optional
        Called after each document (with its result record) and each
        error (with None), e.g. to advance a progress bar.
    report : IngestReport, optional
        Filled in as the run goes (so a caller can still report on an
        interrupted run); a new one by default.

    Returns
    -------
    IngestReport

    Notes
    -----
    Documents whose checksum is already stored are skipped before NLP.
    Each document is written in its own transaction (:meth:`Store.upsert`),
    so an interrupted run leaves whole documents only, and running it again
    finishes the job.
    """
    notify = on_document or (lambda _r: None)
    sinks = list(sinks)
    report = report if report is not None else IngestReport()
    if n_process > 1:
        nlp = nlp or _pipeline().default_nlp()
        why = _can_multiprocess(nlp)
        if why is not None:
            import warnings

            warnings.warn(f"--n-process {n_process}: parsed documents cannot be sent between processes "
                          f"({why}); using one process", RuntimeWarning, stacklevel=2)
            n_process = 1
    known = KnownEntities(store)
    seen: dict[str, str] = {}
    chunk_size = max(1, batch_size) * max(1, n_process) * 2

    def on_skip(doc: Document | None) -> None:
        notify(report.results[-1] if doc is not None else None)

    for chunk in _chunks(items, chunk_size, store, report, seen, on_skip):
        for dg in _extract(chunk, known, nlp=nlp, batch_size=batch_size, n_process=n_process,
                           report=report, verbose=verbose):
            result = store.upsert(dg)
            if result.status != "unchanged":
                for sink in sinks:
                    try:
                        sink.write(dg)
                    except NewsgraphError as exc:
                        report.errors.append({
                            "source": dg.document.source or dg.document.id,
                            "problem": f"document {dg.document.id!r} is in the store but was not written to "
                                       f"{type(sink).__name__}: {exc} (run `newsgraph push` to catch up)"})
            if dg.dropped:
                report.dropped[dg.document.id] = list(dg.dropped)
            if result.status == "replaced" and result.previous_source and dg.document.source \
                    and result.previous_source != dg.document.source:
                report.warnings.append(
                    f"document {result.document!r} from {dg.document.source} replaced the one read from "
                    f"{result.previous_source} (same id); give articles distinct file names or JSONL ids "
                    "to keep both")
            record = {"document": result.document, "status": result.status, "source": dg.document.source,
                      "entities_added": result.entities_added, "relations_added": result.relations_added,
                      "dropped": len(dg.dropped)}
            report.results.append(record)
            if result.status != "unchanged":
                known.update_document(result.document)
            notify(record)
    return report


# ---------------------------------------------------------------- click helpers


class SizeType(click.ParamType):
    """A byte count with an optional unit: ``52428800``, ``200MB``, ``1G``."""

    name = "size"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        from ..ingest.read import parse_size

        try:
            return parse_size(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


def _check_encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    import codecs

    try:
        info = codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r} (e.g. utf-8, cp1252, latin-1, utf-16)",
                                 ctx=ctx, param=param) from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: codecs of bytes, not of text
        raise click.BadParameter(f"{value!r} is not a text encoding (e.g. utf-8, cp1252, latin-1, utf-16)",
                                 ctx=ctx, param=param)
    return value


def _estimate_total(paths: Iterable[str], exclude: tuple[str, ...] = ()) -> int | None:
    """How many documents the paths hold (JSONL lines counted; ``exclude`` as for ``--exclude``), or None
    for stdin."""
    from ..ingest.read import JSONL_SUFFIXES, _walk

    total = 0
    for raw in paths:
        if raw == "-":
            return None
        p = Path(raw)
        files = _walk(p, exclude=exclude) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in JSONL_SUFFIXES:
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _open_sinks(neo4j_uri: str | None) -> list[Any]:
    """Extra outputs for ``ingest``: ``--neo4j URI`` adds a :class:`newsgraph.graph.neo4j.Neo4jSink`.

    User, password and database come from ``NEO4J_USERNAME``,
    ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` (see ``Neo4jSettings.from_env``).
    The connection is checked here, before any document is read.

    Raises
    ------
    StoreError
        When Neo4j cannot be reached or refuses the credentials.
    """
    if not neo4j_uri:
        return []
    from ..graph.neo4j import Neo4jSettings, Neo4jSink

    return [Neo4jSink(Neo4jSettings.from_env(uri=neo4j_uri))]


def _print_dropped(report: IngestReport) -> None:
    if not report.dropped:
        click.echo("Pruning report: nothing dropped.", err=True)
        return
    click.echo("Pruning report (candidates dropped by validation or the guards, not stored):", err=True)
    for doc_id, dropped in sorted(report.dropped.items()):
        click.echo(f"  {doc_id}: {len(dropped)} dropped", err=True)
        for d in dropped:
            what = " ".join(str(d.get(k) or "?") for k in ("subject", "predicate", "object"))
            sentence = " ".join(str(d.get("sentence") or "").split())
            if len(sentence) > 120:
                sentence = sentence[:117] + "..."
            click.echo(f"    - {what}: {d.get('reason', '?')}" + (f'  "{sentence}"' if sentence else ""),
                       err=True)


def _print_summary(report: IngestReport, *, err: bool = False) -> None:
    s = report.summary()["documents"]
    dup = f"{s['duplicate']} skipped as duplicates, " if s["duplicate"] else ""
    click.echo(f"Documents: {s['added']} added, {s['replaced']} replaced, {s['unchanged']} unchanged, "
               f"{dup}{s['failed']} failed. Entities added: {report.entities_added}. "
               f"Relations added: {report.relations_added}.", err=err)


# ---------------------------------------------------------------- commands


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@json_option
@click.option("-v", "--verbose", count=True,
              help="Print each document's status and the pruning report: candidates dropped and why "
                   "(DOMAIN_MISMATCH, RANGE_MISMATCH, OFF_TOPIC, HISTORICAL, NOT_YET_DONE, OTHER_CLAUSE, "
                   "FIRMS_SEAT, ...).")
@click.option("--encoding", metavar="CODEC", callback=_check_encoding,
              help="Text encoding of the sources (default: UTF-8, byte-order marks honoured).")
@click.option("--max-bytes", type=SizeType(), default="50MB", show_default=True,
              help="Refuse files (JSONL: lines) larger than this, e.g. 200MB.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Documents per spaCy batch.")
@click.option("--n-process", type=click.IntRange(min=1), default=1, show_default=True,
              help="spaCy worker processes.")
@click.option("--exclude", metavar="GLOB", multiple=True,
              help="Leave out files of a folder whose name, folder or path in it matches this glob "
                   "(repeatable), e.g. --exclude 'NOTES.md' --exclude drafts --exclude '*.md'.")
@click.option("--neo4j", "neo4j_uri", metavar="URI",
              help="Also write each new or changed document to this Neo4j (bolt://...; user and "
                   "password from NEO4J_USERNAME / NEO4J_PASSWORD). Unchanged documents are not "
                   "re-sent: use `newsgraph push neo4j` for a full copy.")
@click.pass_context
@handle_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], store_path: Path, as_json: bool, verbose: int,
           encoding: str | None, max_bytes: int, batch_size: int, n_process: int, exclude: tuple[str, ...],
           neo4j_uri: str | None) -> None:
    """Read articles, extract their entities and relations, and store them.

    PATH is a .txt, .md, .html/.htm or .jsonl file (one article per line:
    text, and optionally title, url, published, id), a folder (searched
    recursively), or - for standard input. Each document is stored in one
    step; a document already stored unchanged is skipped, a changed one
    replaces what it contributed before. Files that cannot be read are
    listed at the end, the others are still stored, and the exit code is 1.

    Example:

    \b
        newsgraph ingest article.txt
        newsgraph ingest news/ feed.jsonl --store ./graph -v
        newsgraph ingest news/ --exclude 'NOTES.md' --exclude 'drafts/*'
        curl -s https://example.org/story.html | newsgraph ingest -
    """
    from ..graph.store import Store
    from ..ingest.read import read_sources

    if paths.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    opened: list[Store] = []  # the store, once open: ids of files already stored from other files stay theirs
    items = read_sources(paths, encoding=encoding, max_bytes=max_bytes, exclude=exclude,
                         stored_source=lambda doc_id: opened[0].document_source(doc_id) if opened else None)
    sinks = _open_sinks(neo4j_uri)
    show_progress = not as_json and sys.stderr.isatty()
    total = _estimate_total(paths, exclude) if show_progress else None
    show_progress = show_progress and (total is None or total >= PROGRESS_MIN_DOCUMENTS)

    def on_wait(message: str) -> None:
        click.echo(f"Waiting: {message}", err=True)

    report = IngestReport()
    import warnings

    try:
        with warnings.catch_warnings(), Store.open(store_path, on_wait=on_wait) as store:
            opened.append(store)
            warnings.simplefilter("always", RuntimeWarning)
            warnings.showwarning = lambda message, *_a, **_k: click.echo(f"Warning: {message}", err=True)
            if show_progress:
                from rich.console import Console
                from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn,
                                           TextColumn, TimeElapsedColumn)

                with Progress(SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                              TimeElapsedColumn(), TextColumn("{task.description}"),
                              console=Console(stderr=True), transient=True) as progress:
                    task = progress.add_task("", total=total)

                    def advance(record: dict[str, Any] | None) -> None:
                        progress.update(task, advance=1, description=record["document"] if record else "")

                    ingest_documents(items, store, batch_size=batch_size, n_process=n_process,
                                     sinks=sinks, verbose=verbose > 1, on_document=advance, report=report)
            else:
                def echo(record: dict[str, Any] | None) -> None:
                    if verbose and record and not as_json:
                        click.echo(f"{record['status']:>9}  {record['document']}  "
                                   f"(+{record['entities_added']} entities, +{record['relations_added']} "
                                   f"relations)", err=True)

                ingest_documents(items, store, batch_size=batch_size, n_process=n_process,
                                 sinks=sinks, verbose=verbose > 1, on_document=echo, report=report)
    except KeyboardInterrupt:
        done = len(report.results)
        click.echo(f"Interrupted after {done} document{'s' if done != 1 else ''}: every document written is "
                   "whole; run the same command again to finish (stored documents are skipped).", err=True)
        _print_summary(report, err=True)
        ctx.exit(130)
    except StoreError as exc:
        # a write that failed (a full disk, a store that went away): say what was stored before it
        click.echo(f"Error: {exc}", err=True)
        if report.results:
            click.echo("Stored before the error (every document written is whole):", err=True)
            _print_summary(report, err=True)
        ctx.exit(1)
    finally:
        for sink in sinks:
            sink.close()

    if as_json:
        out = report.summary()
        if verbose:
            out["dropped"] = report.dropped
        emit(out, as_json=True)
    else:
        if verbose:
            _print_dropped(report)
        for err in report.errors:
            click.echo(f"Error: {err['source']}: {err['problem']}", err=True)
        for warning in report.warnings:
            click.echo(f"Warning: {warning}", err=True)
        _print_summary(report)
    if report.errors:
        ctx.exit(1)


@click.command()
@click.argument("document_ids", nargs=-1, required=True, metavar="DOC_ID...")
@store_option
@json_option
@click.option("--neo4j", "neo4j_uri", metavar="URI",
              help="Also remove the documents from this Neo4j (bolt://...).")
@click.pass_context
@handle_errors
def forget(ctx: click.Context, document_ids: tuple[str, ...], store_path: Path, as_json: bool,
           neo4j_uri: str | None) -> None:
    """Remove everything one or more documents contributed to the store.

    Entities and relations that other documents also state stay, with
    those documents' evidence. `newsgraph documents` lists the ids.

    Example:

    \b
        newsgraph forget seed-article
        newsgraph forget https://example.org/news/2024/tanker-seized
    """
    from rapidfuzz import fuzz, process

    results = []
    sinks = _open_sinks(neo4j_uri)
    try:
        with open_store(store_path) as store:
            for doc_id in dict.fromkeys(document_ids):  # an id given twice is forgotten once, not then missing
                row: dict[str, Any] = {"document": doc_id, "forgotten": store.forget(doc_id)}
                for sink in sinks:
                    row["neo4j"] = sink.forget(doc_id)
                if not row["forgotten"]:
                    row["suggestions"] = [m[0] for m in process.extract(
                        doc_id, store.document_ids(), scorer=fuzz.WRatio, limit=3, score_cutoff=60)]
                results.append(row)
    finally:
        for sink in sinks:
            sink.close()
    missing = [r for r in results if not r["forgotten"] and not r.get("neo4j")]
    if as_json:
        emit(results, as_json=True)
    else:
        for row in results:
            where = " (and from Neo4j)" if row.get("neo4j") else ""
            if row["forgotten"]:
                click.echo(f"Forgot {row['document']}{where}.")
            elif row.get("neo4j"):
                click.echo(f"Forgot {row['document']} from Neo4j (it was not in {store_path}).")
            else:
                hint = f" Did you mean: {', '.join(row['suggestions'])}?" if row["suggestions"] else ""
                click.echo(f"Error: no document {row['document']!r} in {store_path}.{hint}", err=True)
    if missing:
        ctx.exit(1)


@click.command()
@store_option
@json_option
@handle_errors
def documents(store_path: Path, as_json: bool) -> None:
    """List the stored documents with what each contributes.

    Shows each document's id (what `forget` takes), title, publication
    date, source file, and how many entities and relations it states.

    Example:

    \b
        newsgraph documents
        newsgraph documents --json | jq -r '.[].id'
    """
    from ..queries.lookup import document_rows

    with open_store(store_path, read_only=True) as store:
        rows = document_rows(store)
    emit(rows, as_json=as_json, columns=["id", "title", "published", "source", "entities", "relations"],
         title=f"{len(rows)} document{'s' if len(rows) != 1 else ''}")
