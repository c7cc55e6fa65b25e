"""Named SPARQL queries shipped with newsgraph, and safe parameter binding.

Each ``*.rq`` file in this folder is one query. Its leading comment lines
document it::

    # Vessels and the ports they visited, with the evidence sentence.
    # param: vessel  IRI  only this vessel (optional)

``# param: NAME KIND DESCRIPTION`` declares a variable ``?NAME`` the caller
may bind (KIND is ``IRI`` or ``literal``). Binding never splices user text
into the query: values are turned into RDF terms with pyoxigraph (an IRI that
does not parse is refused, a literal is escaped by the serialiser) and
written into a SPARQL 1.1 ``VALUES`` block at the start of the ``WHERE``
group (:func:`bind_values`), which every SPARQL 1.1 server understands, so the
same text runs on the embedded store and on a remote endpoint.

The queries read the default graph, which must be the union of the document
graphs: it is in the embedded store, and in the Fuseki that
``scripts/fuseki/start.sh`` starts (TDB2 ``unionDefaultGraph``).

Example
-------
>>> q = load_query("vessels-and-ports")
>>> "vessel" in q.params
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ...exceptions import QueryError
from ...ontology import DOC, ID, NG

__all__ = ["QUERY_DIR", "PREFIXES", "NamedQuery", "named_queries", "load_query", "with_prefixes",
           "bind_values", "term"]

QUERY_DIR = Path(__file__).resolve().parent
"""Folder of the shipped ``*.rq`` files."""

PREFIXES: dict[str, str] = {
    "ng": str(NG),
    "id": str(ID),
    "doc": str(DOC),
    "st": "https://w3id.org/newsgraph/statement/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
"""Prefixes every query may use without declaring them (and used to shorten IRIs in tables)."""

_PARAM = re.compile(r"^#\s*param:\s*\??(\w+)\s+(IRI|iri|literal)\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    """One shipped (or user) ``.rq`` query.

    Attributes
    ----------
    name : str
        File stem (``"vessels-and-ports"``).
    text : str
        The query text.
    path : Path
    description : str
        Its leading comment, without ``param:`` lines.
    params : dict of str to tuple of (str, str)
        Variable name -> (kind ``"IRI"``/``"literal"``, description).
    """

    name: str
    text: str
    path: Path
    description: str = ""
    params: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_file(cls, path: Path) -> "NamedQuery":
        """Read a ``.rq`` file and its header comment.

        Raises
        ------
        QueryError
            When the file cannot be read.
        """
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read query file: {exc}") from exc
        desc: list[str] = []
        params: dict[str, tuple[str, str]] = {}
        for line in text.splitlines():
            if not line.startswith("#"):
                if line.strip():
                    break
                continue
            m = _PARAM.match(line)
            if m:
                params[m.group(1)] = (m.group(2).upper() if m.group(2).lower() == "iri" else "literal",
                                      m.group(3).strip())
            else:
                desc.append(line.lstrip("#").strip())
        return cls(name=Path(path).stem, text=text, path=Path(path),
                   description=" ".join(d for d in desc if d).strip(), params=params)


def named_queries() -> dict[str, NamedQuery]:
    """Every shipped query, by name."""
    return {p.stem: NamedQuery.from_file(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A query from a file path, or a shipped query by name (with or without ``.rq``).

    Raises
    ------
    QueryError
        When neither a file nor a shipped query of that name exists (the
        message lists the shipped names).
    """
    p = Path(name_or_path)
    if p.is_file():
        return NamedQuery.from_file(p)
    shipped = QUERY_DIR / (p.name if p.suffix == ".rq" else p.name + ".rq")
    if p.parent == Path(".") and shipped.is_file():
        return NamedQuery.from_file(shipped)
    if p.exists():
        raise QueryError(f"{name_or_path}: not a query file (a folder or a device); give a .rq file")
    raise QueryError(f"{name_or_path}: no such query file, and no shipped query of that name "
                     f"(shipped: {', '.join(named_queries()) or 'none'})")


def with_prefixes(text: str) -> str:
    """``text`` preceded by ``PREFIX`` declarations for :data:`PREFIXES`.

    A prefix the query declares itself overrides these (SPARQL lets a later
    ``PREFIX`` redefine an earlier one).
    """
    prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    return prologue + text


def term(value: str, kind: str = "IRI") -> ox.NamedNode | ox.Literal:
    """An RDF term from user text, safely.

    Parameters
    ----------
    value : str
        For ``kind="IRI"``: an absolute IRI, optionally in ``<...>``, or a
        prefixed name using :data:`PREFIXES` (``id:vessel/x``). For
        ``kind="literal"``: any text (becomes a plain string literal).
    kind : {"IRI", "literal"}

    Raises
    ------
    QueryError
        When an IRI does not parse (spaces, quotes and angle brackets are not
        allowed in IRIs; percent-encode them, as :func:`newsgraph.graph.rdf.entity_iri` does).
    """
    if kind.lower() == "literal":
        return ox.Literal(value)
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    prefix, sep, local = v.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        v = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(v)
    except ValueError as exc:
        raise QueryError(f"{value!r} is not a valid IRI: {exc}") from None


def _blank_strings_and_comments(text: str) -> str:
    """``text`` with comments and string literals replaced by spaces (same length), to find keywords."""
    pattern = re.compile(r'''"""(?:.|\n)*?"""|\'\'\'(?:.|\n)*?\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|#[^\n]*''')
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def bind_values(text: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """Bind variables by adding a SPARQL 1.1 ``VALUES`` block to the query.

    The block goes first inside the ``WHERE`` group, so the values constrain
    the pattern from the start (as pre-binding would) and the variables need
    not be projected; a query without the ``WHERE`` keyword gets a trailing
    ``VALUES`` clause instead. Terms are written by pyoxigraph
    (``str(term)``), which escapes literals and only accepts valid IRIs, so
    no user text reaches the query unescaped.

    Parameters
    ----------
    text : str
        SPARQL query.
    bindings : dict of str to pyoxigraph term
        Variable name (without ``?``) -> value.

    Returns
    -------
    str
        The query with the bindings.

    Raises
    ------
    QueryError
        When a name is no SPARQL variable name, or the query does not use it.

    Examples
    --------
    >>> bind_values("SELECT ?n WHERE { ?x ng:name ?n }", {"x": ox.NamedNode("http://example.org/a")})
    'SELECT ?n WHERE { VALUES (?x) { (<http://example.org/a>) }\\n ?x ng:name ?n }'
    """
    if not bindings:
        return text
    blanked = _blank_strings_and_comments(text)
    for k in bindings:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise QueryError(f"{k!r} is not a SPARQL variable name")
        if not re.search(rf"[?$]{k}\b", blanked):
            # a misspelt variable would bind nothing and silently lift the filter the user meant
            used = sorted(set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", blanked)))
            raise QueryError(f"the query has no variable ?{k} to bind"
                             + (f" (its variables: {', '.join('?' + u for u in used)})" if used else ""))
    names = " ".join(f"?{k}" for k in bindings)
    row = " ".join(str(v) for v in bindings.values())
    block = f"VALUES ({names}) {{ ({row}) }}"
    m = re.search(r"\bWHERE\s*\{", blanked, re.I)
    if m is None:
        return f"{text.rstrip()}\n{block}\n"
    return f"{text[:m.end()]} {block}\n{text[m.end():]}"
