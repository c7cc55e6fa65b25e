"""Export the store to files and import files into it.

Formats (``--format`` names, as in ``newsgraph export``/``import``):

=========  ====================================  =======================
name       what                                  named graphs
=========  ====================================  =======================
json       interchange JSON of DESIGN.md         n/a (export only)
ttl        Turtle                                merged into one graph
nt         N-Triples                             merged into one graph
trig       TriG                                  kept (one per document)
nq         N-Quads                               kept (one per document)
jsonld     JSON-LD 1.1 with the shipped          kept (``@graph`` per
           ``ontology/context.jsonld``           document)
=========  ====================================  =======================

RDF is written and read by pyoxigraph (fast, streaming), except JSON-LD,
which rdflib writes (pyoxigraph cannot compact against a context) and
pyoxigraph reads.

Importing keeps the document structure of the store: a dataset (TriG,
N-Quads, JSON-LD with named graphs) is loaded graph by graph, each document
graph replacing the stored one atomically, exactly as exported (so
export -> import -> export gives an isomorphic dataset). A triple format
(Turtle, N-Triples) has lost the graphs; they are rebuilt from the
provenance in the data: each ``ng:Document``'s graph gets its own
description, the statements ``prov:wasDerivedFrom`` it with their direct
relation triples, and the entities it ``schema:mentions``. Triples that no
document accounts for (or quads in the default graph) go to one graph named
``https://w3id.org/newsgraph/import/<file name>``, outside the document
namespace, so SPARQL sees them but they are not taken for a document.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable
from urllib.parse import quote

import pyoxigraph as ox

from ..exceptions import InputError, StoreError
from ..ontology import DOC, ID, NG, load_ontology, ontology_dir

__all__ = [
    "EXPORT_FORMATS", "IMPORT_FORMATS", "RDF_FORMATS", "guess_format", "export_store", "dump_quads",
    "read_quads", "import_quads", "import_file", "ImportResult", "jsonld_context", "build_context",
    "IMPORT_GRAPH_NS",
]

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
"""``--format`` name -> pyoxigraph format."""

EXPORT_FORMATS = ("json", *RDF_FORMATS)
IMPORT_FORMATS = tuple(RDF_FORMATS)
DATASET_FORMATS = frozenset({"trig", "nq", "jsonld"})

IMPORT_GRAPH_NS = "https://w3id.org/newsgraph/import/"

BATCH_TRIPLES = 200_000
"""Import writes whole graphs in SPARQL updates of about this many triples."""
"""Named graphs for imported triples that belong to no document."""

_EXTENSIONS = {
    ".json": "json", ".ttl": "ttl", ".turtle": "ttl", ".nt": "nt", ".ntriples": "nt", ".trig": "trig",
    ".nq": "nq", ".nquads": "nq", ".jsonld": "jsonld", ".json-ld": "jsonld",
}

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV_NS = "http://www.w3.org/ns/prov#"
SCHEMA_NS = "https://schema.org/"

TURTLE_PREFIXES = {
    "ng": str(NG),
    "rdf": RDF_NS,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": PROV_NS,
    "schema": SCHEMA_NS,
    "dcterms": "http://purl.org/dc/terms/",
}
"""Prefixes written into Turtle and TriG. Entity, document and statement IRIs are
written whole: their percent-encoded local parts would need backslash escapes
as prefixed names."""


def guess_format(path: str | Path | None, given: str | None, *, allowed: Iterable[str]) -> str:
    """The format name to use: ``given``, or one guessed from the file extension.

    Raises
    ------
    InputError
        When neither is known, or the format is not in ``allowed``.
    """
    allowed = tuple(allowed)
    fmt = given
    if fmt is None and path not in (None, "-"):
        fmt = _EXTENSIONS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(path or "<stdin>", f"cannot tell the format from the file name; give --format "
                                            f"({'|'.join(allowed)})")
    fmt = fmt.lower()
    if fmt not in allowed:
        raise InputError(path or "<stdin>", f"unsupported format {fmt!r}; use one of {', '.join(allowed)}")
    return fmt


# ---------------------------------------------------------------- JSON-LD context

def build_context(onto=None) -> dict[str, Any]:
    """The JSON-LD ``@context`` for newsgraph data, generated from the ontology.

    Prefixes for the namespaces, one short term per ontology class, relation
    (IRI-valued) and data property (typed as in its ``rdfs:range``), and the
    provenance terms. ``ontology/context.jsonld`` is this, written out; a
    test checks they agree.

    Returns
    -------
    dict
        ``{"@context": {...}}``.
    """
    from rdflib import OWL, RDF, RDFS, URIRef

    onto = onto or load_ontology()
    g = onto.graph
    ng_ns = str(NG)
    ctx: dict[str, Any] = {
        "@version": 1.1,
        "ng": ng_ns, "id": str(ID), "doc": str(DOC), "st": "https://w3id.org/newsgraph/statement/",
        "rdf": RDF_NS, "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
        "owl": "http://www.w3.org/2002/07/owl#", "prov": PROV_NS, "schema": SCHEMA_NS,
        "dcterms": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
        # provenance and document terms used by newsgraph.graph.rdf
        "subject": {"@id": "rdf:subject", "@type": "@id"},
        "predicate": {"@id": "rdf:predicate", "@type": "@id"},
        "object": {"@id": "rdf:object", "@type": "@id"},
        "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
        "generatedAt": {"@id": "prov:generatedAtTime", "@type": "xsd:dateTime"},
        "identifier": "dcterms:identifier",
        "title": "dcterms:title",
        "issued": "dcterms:issued",
        "url": "schema:url",
        "mentions": {"@id": "schema:mentions", "@type": "@id"},
        "label": "rdfs:label",
    }

    def local(t) -> str:
        return str(t)[len(ng_ns):]

    for cls in sorted(g.subjects(RDF.type, OWL.Class)):
        if isinstance(cls, URIRef) and str(cls).startswith(ng_ns):
            ctx.setdefault(local(cls), f"ng:{local(cls)}")
    for prop in sorted(g.subjects(RDF.type, OWL.ObjectProperty)):
        if isinstance(prop, URIRef) and str(prop).startswith(ng_ns):
            ctx.setdefault(local(prop), {"@id": f"ng:{local(prop)}", "@type": "@id"})
    for prop in sorted(g.subjects(RDF.type, OWL.DatatypeProperty)):
        if not (isinstance(prop, URIRef) and str(prop).startswith(ng_ns)):
            continue
        rng = g.value(prop, RDFS.range)
        term: dict[str, Any] = {"@id": f"ng:{local(prop)}"}
        if rng is not None and str(rng) != "http://www.w3.org/2001/XMLSchema#string":
            xsd = "http://www.w3.org/2001/XMLSchema#"
            term["@type"] = f"xsd:{str(rng)[len(xsd):]}" if str(rng).startswith(xsd) else str(rng)
            if str(rng) == RDF_NS + "JSON":
                term["@type"] = "@json"
        ctx.setdefault(local(prop), term)
    for ind in sorted(g.subjects(RDF.type, NG.Modality) if hasattr(NG, "Modality") else []):
        ctx.setdefault(local(ind), f"ng:{local(ind)}")
    return {"@context": ctx}


def jsonld_context() -> dict[str, Any]:
    """The shipped ``ontology/context.jsonld`` (``{"@context": {...}}``).

    Raises
    ------
    StoreError
        When the file is missing or is not JSON.
    """
    path = ontology_dir() / "context.jsonld"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{path}: cannot read the JSON-LD context: {exc}") from exc


# ---------------------------------------------------------------- export

def dump_quads(store) -> list[ox.Quad]:
    """Every quad of the store (all graphs), sorted for stable output."""
    quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return quads


def _triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """Distinct triples of ``quads`` (the union of their graphs), order kept."""
    seen: dict[ox.Triple, None] = {}
    for q in quads:
        seen.setdefault(q.triple, None)
    return list(seen)


def _jsonld(quads: list[ox.Quad]) -> bytes:
    """JSON-LD 1.1 of a dataset, compacted with the shipped context (rdflib)."""
    from rdflib import Dataset

    nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    ds = Dataset(default_union=False)
    ds.parse(data=nq.decode("utf-8"), format="nquads")
    ctx = jsonld_context()["@context"]
    text = ds.serialize(format="json-ld", context=ctx, auto_compact=True, indent=2)
    return text.encode("utf-8") if isinstance(text, str) else text


def export_store(store, fmt: str, out: IO[bytes] | str | Path) -> int:
    """Write the whole store in one format.

    Parameters
    ----------
    store : newsgraph.graph.store.Store
    fmt : str
        One of :data:`EXPORT_FORMATS`.
    out : binary file object or path

    Returns
    -------
    int
        Number of top-level items written: quads for dataset formats, triples
        for ttl/nt, relations for json.

    Raises
    ------
    StoreError
        On an unknown format or a write error.
    """
    if fmt not in EXPORT_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "json":
        from .model import interchange_json

        data = interchange_json(store.entities(), store.relations())
        payload = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
        count = len(data["relations"])
    else:
        quads = dump_quads(store)
        if fmt == "jsonld":
            payload, count = _jsonld(quads), len(quads)
        elif fmt in DATASET_FORMATS:
            prefixes = TURTLE_PREFIXES if fmt == "trig" else None
            payload, count = ox.serialize(quads, format=RDF_FORMATS[fmt], prefixes=prefixes), len(quads)
        else:
            triples = _triples(quads)
            prefixes = TURTLE_PREFIXES if fmt == "ttl" else None
            payload, count = ox.serialize(triples, format=RDF_FORMATS[fmt], prefixes=prefixes), len(triples)
    if isinstance(out, (str, Path)):
        write_atomically(Path(out), payload, what="the export")
        return count
    try:
        out.write(payload)
        out.flush()
    except OSError as exc:
        where = getattr(out, "name", None)
        where = "standard output" if where in (None, "<stdout>", 1) or not isinstance(where, str) else where
        raise StoreError(f"{where}: cannot write the export: {exc.strerror or exc}") from exc
    return count


def write_atomically(path: Path, payload: bytes, *, what: str = "the file") -> None:
    """Write ``payload`` to ``path`` through a temporary file in the same folder and ``os.replace``: a write
    that fails (a full disk) leaves the earlier file as it was, and no half-written one.

    A symbolic link is followed (its target is rewritten, the link stays); a path that is no regular file
    (``/dev/stdout``, a named pipe, a device) is written to directly, never replaced; an existing file keeps
    its permission bits.

    Raises
    ------
    StoreError
        Naming the path and the system's reason.
    """
    import os
    import stat
    import tempfile

    path = Path(os.path.realpath(path)) if Path(path).is_symlink() else Path(path)
    tmp = None
    try:
        st = os.stat(path) if os.path.lexists(path) else None
        if st is not None and not stat.S_ISREG(st.st_mode):
            with open(path, "wb") as fh:  # a stream, a pipe or a device: written to, not replaced
                fh.write(payload)
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        if st is not None:
            mode = stat.S_IMODE(st.st_mode)  # the file it replaces keeps its permissions (a private one stays so)
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask  # (mkstemp makes it private: a new file gets the mode open() would give)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise StoreError(f"{path}: cannot write {what}: {exc.strerror or exc}") from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


# ---------------------------------------------------------------- import

@dataclass
class ImportResult:
    """What :func:`import_quads` did.

    Attributes
    ----------
    documents : list of str
        Document ids whose graphs were written (added or replaced).
    other_graphs : list of str
        Graphs outside the document namespace that were written.
    quads : int
        Quads written.
    duplicates : list of (str, str)
        ``(document id in the file, stored document id)`` of document graphs not written because the store
        already holds the same text under another id (as ``ingest`` skips the same article under a second name).
    """

    documents: list[str] = field(default_factory=list)
    other_graphs: list[str] = field(default_factory=list)
    quads: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)


def read_quads(source: str | Path | IO[bytes], fmt: str, *, name: str | None = None) -> list[ox.Quad]:
    """Parse an RDF file into quads.

    Parameters
    ----------
    source : path or binary file object
    fmt : str
        One of :data:`IMPORT_FORMATS`.
    name : str, optional
        File name for messages (default: the path).

    Raises
    ------
    InputError
        Naming the file, the line and column, when it does not parse.
    """
    label = name or (str(source) if isinstance(source, (str, Path)) else "<stdin>")
    try:
        if isinstance(source, (str, Path)):
            data = Path(source).read_bytes()
        else:
            data = source.read()
    except OSError as exc:
        raise InputError(label, f"cannot read: {exc.strerror or exc}") from exc
    try:
        quads = list(ox.parse(data, RDF_FORMATS[fmt], base_iri=None))
    except SyntaxError as exc:
        raise InputError(label, f"not valid {fmt}: {exc}") from None
    except ValueError as exc:
        raise InputError(label, f"cannot parse as {fmt}: {exc}") from None
    return quads


def _split_triples(quads: list[ox.Quad], fallback: ox.NamedNode) -> dict[ox.NamedNode, list[ox.Triple]]:
    """Rebuild document graphs from the provenance of a graph-less triple set (see module docstring)."""
    rdf_type = ox.NamedNode(RDF_NS + "type")
    document_cls = ox.NamedNode(str(NG) + "Document")
    derived = ox.NamedNode(PROV_NS + "wasDerivedFrom")
    mentions = ox.NamedNode(SCHEMA_NS + "mentions")
    rdf_s, rdf_p, rdf_o = (ox.NamedNode(RDF_NS + x) for x in ("subject", "predicate", "object"))
    relation_iris = {r.iri for r in load_ontology().relations.values()}
    modality = ox.NamedNode(str(NG) + "modality")
    not_fact = {str(NG) + m for m in ("Denied", "Negated", "denied", "negated")}
    triples = _triples(quads)
    triple_set = set(triples)
    by_subject: dict[Any, list[ox.Triple]] = defaultdict(list)
    for t in triples:
        by_subject[t.subject].append(t)
    docs = [t.subject for t in triples if t.predicate == rdf_type and t.object == document_cls
            and isinstance(t.subject, ox.NamedNode)]
    placed: set[ox.Triple] = set()
    out: dict[ox.NamedNode, list[ox.Triple]] = {}
    statements_of: dict[Any, list] = defaultdict(list)
    for t in triples:
        if t.predicate == derived:
            statements_of[t.object].append(t.subject)
    for d in docs:
        g: dict[ox.Triple, None] = {}
        g.update(dict.fromkeys(by_subject[d]))
        for t in by_subject[d]:
            if t.predicate == mentions:
                # the entity's description only: its relations belong to the documents that state them
                g.update(dict.fromkeys(x for x in by_subject[t.object] if x.predicate.value not in relation_iris))
        for stmt in statements_of[d]:
            st = by_subject[stmt]
            g.update(dict.fromkeys(st))
            val = {x.predicate: x.object for x in st}
            if rdf_s in val and rdf_p in val and rdf_o in val and \
                    getattr(val.get(modality), "value", "") not in not_fact:
                direct = ox.Triple(val[rdf_s], val[rdf_p], val[rdf_o])
                if direct in triple_set:
                    g[direct] = None
        out[d] = list(g)
        placed.update(g)
    rest = [t for t in triples if t not in placed]
    if rest:
        out[fallback] = rest
    return out


def import_quads(store, quads: list[ox.Quad], *, fmt: str, name: str = "import") -> ImportResult:
    """Load parsed quads into the store, replacing each graph they fill.

    Parameters
    ----------
    store : newsgraph.graph.store.Store
        Opened writable.
    quads : list of pyoxigraph.Quad
    fmt : str
        The format they came from; for ``ttl``/``nt`` the document graphs are
        rebuilt from provenance (module docstring).
    name : str
        File name, used for the graph of unattributed triples.

    Returns
    -------
    ImportResult

    Raises
    ------
    StoreError
        When the store is read-only or a write fails (each graph is replaced
        in one transaction, batched with others; batches written before the
        failure stay).
    """
    fallback = ox.NamedNode(IMPORT_GRAPH_NS + quote(Path(name).name or "import", safe="-_.~"))
    graphs: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    if fmt in DATASET_FORMATS:
        default: list[ox.Quad] = []
        for q in quads:
            if isinstance(q.graph_name, ox.DefaultGraph):
                default.append(q)
            else:
                graphs[q.graph_name].append(q.triple)
        if default:
            for g, ts in _split_triples(default, fallback).items():
                graphs[g].extend(ts)
    else:
        graphs.update(_split_triples(quads, fallback))
    if getattr(store, "read_only", False):
        raise StoreError(f"{store.path}: opened read-only; cannot import")
    from .rdf import DCT_ID, RDF_TYPE, document_id_of

    _check_document_graphs(((g, t) for g, ts in graphs.items() for t in ts), name)
    result = ImportResult()
    if fmt not in DATASET_FORMATS:  # (dataset files are checked as a whole by import_file)
        _check_readable(graphs, name)
        dup = _duplicate_graphs(store, graphs)
        result.duplicates = sorted(dup.values())
        graphs = {g: ts for g, ts in graphs.items() if g not in dup}

    doc_ns = str(DOC)
    # Graphs are written in batches of whole graphs (about BATCH_TRIPLES triples per
    # SPARQL update); pyoxigraph runs each update as one transaction, so every
    # graph is replaced atomically, and fewer, larger transactions load faster.
    batch: list[tuple[ox.NamedNode, list[ox.Triple]]] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        if not batch:
            return
        oxs = store.oxigraph
        fresh = [(g, ts) for g, ts in batch if not oxs.contains_named_graph(g)]
        replace = [(g, ts) for g, ts in batch if oxs.contains_named_graph(g)]
        try:
            if fresh:  # nothing to replace: one transactional extend (much faster than a SPARQL update)
                oxs.extend(ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in fresh for t in ts)
            if replace:  # DROP + INSERT DATA in one update: each graph is swapped atomically
                drops = " ;\n".join(f"DROP SILENT GRAPH {g}" for g, _ in replace)
                # N-Triples lines are valid SPARQL triple templates; pyoxigraph writes them faster than Python
                inserts = "\n".join(f"GRAPH {g} {{\n{ox.serialize(ts, format=ox.RdfFormat.N_TRIPLES).decode('utf-8')}}}"
                                     for g, ts in replace)
                oxs.update(f"{drops} ;\nINSERT DATA {{\n{inserts}\n}}")
        except (OSError, SyntaxError, ValueError) as exc:
            names = ", ".join(g.value for g, _ in batch[:3])
            raise StoreError(f"{store.path}: could not write graph(s) {names}: {exc}") from exc
        for g, ts in batch:
            result.quads += len(ts)
            if g.value.startswith(doc_ns):
                result.documents.append(document_id_of(g.value))
            else:
                result.other_graphs.append(g.value)
        batch, size = [], 0

    for g, triples in graphs.items():
        triples = list(dict.fromkeys(triples))
        batch.append((g, triples))
        size += len(triples)
        if size >= BATCH_TRIPLES:
            flush()
    flush()
    return result


def _check_document_graphs(pairs, name: str) -> None:
    """InputError unless every graph named as a newsgraph document (``doc:`` IRI) describes one: its
    ``ng:Document`` type and ``dcterms:identifier``. Importing such a graph replaces that document, so a stray
    triple in it would wipe a stored article (a break-it trial). ``pairs``: (graph name, triple)."""
    from .rdf import DCT_ID, RDF_TYPE

    doc_ns, doc_type = str(DOC), ox.NamedNode(str(NG) + "Document")
    seen: dict[ox.NamedNode, set[str]] = {}
    for g, t in pairs:
        if isinstance(g, ox.NamedNode) and g.value.startswith(doc_ns):
            have = seen.setdefault(g, set())
            if t.subject == g and t.predicate == RDF_TYPE and t.object == doc_type:
                have.add("type")
            elif t.subject == g and t.predicate == DCT_ID:
                have.add("id")
    for g, have in seen.items():
        if have != {"type", "id"}:
            raise InputError(name, f"graph <{g.value}> is named as a newsgraph document but does not describe one "
                                   "(no ng:Document type or dcterms:identifier for it); nothing was imported")


def _duplicate_graphs(store, graphs: dict) -> dict:
    """Document graphs of ``graphs`` (graph name -> triples) whose text the store already holds under another
    document id: graph name -> ``(id in the file, stored id)``. A file exported from a store that named a
    same-named file differently put one article into the store twice (a break-it trial). A stored graph the
    import replaces holds its text only while that graph is itself skipped, so the check repeats until no
    more graphs are skipped."""
    from .rdf import DCT_ID, document_id_of

    doc_ns, text_p = str(DOC), ox.NamedNode(str(NG) + "text")
    holders: dict = {}  # file graph -> the other stored document graphs with its text
    for g, ts in graphs.items():
        if not (isinstance(g, ox.NamedNode) and g.value.startswith(doc_ns)):
            continue
        text = next((t.object for t in ts if t.subject == g and t.predicate == text_p), None)
        if text is not None:
            holders[g] = [q.graph_name for q in store.oxigraph.quads_for_pattern(None, text_p, text, None)
                          if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject
                          and q.graph_name != g]
    written = {g for g in graphs if isinstance(g, ox.NamedNode) and g.value.startswith(doc_ns)}
    out = {}
    while True:
        found = {g: next(h for h in hs if h not in written) for g, hs in holders.items()
                 if g in written and any(h not in written for h in hs)}
        if not found:
            break
        written -= found.keys()
        out.update(found)
    result = {}
    for g, h in out.items():
        stored = next((i.object.value for i in store.oxigraph.quads_for_pattern(h, DCT_ID, None, h)), None)
        result[g] = (document_id_of(g.value), stored or document_id_of(h.value))
    return result


def _check_readable(graphs: dict, name: str) -> None:
    """InputError unless every graph named as a newsgraph document reads back as one
    (:func:`newsgraph.graph.rdf.graphs_from_quads`): a statement without ``ng:sentence`` or with
    ``ng:start "zero"`` stored by an import made every later command on the store fail (a break-it trial)."""
    from .rdf import graphs_from_quads

    doc_ns = str(DOC)
    for g, ts in graphs.items():
        if isinstance(g, ox.NamedNode) and g.value.startswith(doc_ns):
            try:
                read = graphs_from_quads(ox.Quad(t.subject, t.predicate, t.object, g) for t in ts)
            except ValueError as exc:
                raise InputError(name, f"{exc}; nothing was imported") from exc
            for dg in read.values():
                bad = _bad_evidence(dg)
                if bad:
                    raise InputError(name, f"graph <{g.value}>: {bad}; nothing was imported")


def _bad_evidence(dg) -> str | None:
    """What is wrong with a piece of evidence of ``dg`` that a store must not take: a confidence outside 0..1,
    or offsets outside the document's text or the wrong way round (a break-it trial imported confidence 7.5
    and an end offset of 999999); None when nothing is."""
    n = len(dg.document.text)
    for rel in dg.relations:
        for e in rel.evidence:
            what = f"the evidence of {rel.subject} {rel.predicate} {rel.object}"
            if not 0.0 <= e.confidence <= 1.0:
                return f"{what} has confidence {e.confidence} (it must lie between 0 and 1)"
            if n and not 0 <= e.start <= e.end <= n:
                return f"{what} has offsets {e.start}..{e.end}, outside the text (0..{n})"
    return None


def import_file(store, source: str | Path | IO[bytes], fmt: str | None = None, *,
                name: str | None = None) -> ImportResult:
    """Parse ``source`` and load it into ``store`` (see :func:`import_quads`).

    Raises
    ------
    InputError
        When the format is unknown, the file does not parse, or it holds no
        statement (naming the file).
    StoreError
        When writing fails.
    """
    label = name or (str(source) if isinstance(source, (str, Path)) else "<stdin>")
    fmt = guess_format(label if isinstance(source, (str, Path)) else None, fmt, allowed=IMPORT_FORMATS)
    quads = read_quads(source, fmt, name=label)
    if not quads:
        # ("{}", "[1, 2]" or newsgraph's interchange JSON read as JSON-LD parse to nothing)
        raise InputError(label, f"holds no RDF statements as {fmt}; nothing was imported" + (
            " (the interchange JSON of `export --format json` is not JSON-LD: export trig, nq or jsonld to "
            "import)" if fmt == "jsonld" else ""))
    duplicates: list[tuple[str, str]] = []
    if fmt in DATASET_FORMATS:
        _check_document_graphs(((q.graph_name, q.triple) for q in quads), label)
        by_graph: dict = defaultdict(list)
        for q in quads:
            by_graph[q.graph_name].append(q.triple)
        _check_readable(by_graph, label)
        dup = _duplicate_graphs(store, by_graph)
        if dup:  # the same article stored under another id: its graph stays out, as ingest leaves it out
            duplicates = sorted(dup.values())
            quads = [q for q in quads if q.graph_name not in dup]
            if not quads:
                return ImportResult(duplicates=duplicates)
    if fmt in DATASET_FORMATS and isinstance(source, (str, Path)) and fmt != "jsonld" and not duplicates:
        # (with duplicates left out, the file as a whole is not what is written: the quads path below is)
        # Fast path: a dataset file whose graphs are all new to the store goes in by
        # pyoxigraph's own loader, as one transaction for the whole file.
        names = {q.graph_name for q in quads}
        oxs = store.oxigraph
        if getattr(store, "read_only", False):
            raise StoreError(f"{store.path}: opened read-only; cannot import")
        if names and all(isinstance(g, ox.NamedNode) and not oxs.contains_named_graph(g) for g in names):
            try:
                oxs.load(path=str(source), format=RDF_FORMATS[fmt])
            except (OSError, SyntaxError, ValueError) as exc:
                raise StoreError(f"{store.path}: could not load {label}: {exc}") from exc
            from .rdf import document_id_of

            result = ImportResult(quads=len(set(quads)), duplicates=duplicates)
            for g in sorted(names, key=lambda n: n.value):
                if g.value.startswith(str(DOC)):
                    result.documents.append(document_id_of(g.value))
                else:
                    result.other_graphs.append(g.value)
            return result
    result = import_quads(store, quads, fmt=fmt, name=label)
    result.duplicates = duplicates + result.duplicates
    return result
