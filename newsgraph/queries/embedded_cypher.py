"""Cypher over the embedded store, without Neo4j, through grand-cypher.

``newsgraph cypher`` runs here when no Neo4j URI is given. The graph is the
store's networkx view (:meth:`~newsgraph.graph.store.Store.to_networkx`)
reshaped the way grand-cypher reads labels (:func:`grand_graph`) and the way
the Neo4j sink writes them, so that the same query gives the same rows on both:

- entity nodes labelled ``Entity``, their type and their class, with ``id``,
  ``name``, ``type``, ``cls``, ``aliases``;
- relation edges labelled with their type (``VISITED``) with ``confidence``,
  ``modality``, ``documents``, ``attributed_to``, ``evidence`` (sentences),
  ``evidence_count``, ``qualifiers`` (JSON) and the ``evidence_*`` lists that
  run in parallel with ``evidence`` (``evidence_documents``, ``evidence_start``,
  ``evidence_end``, ``evidence_rule``, ``evidence_confidence``,
  ``evidence_modality``, ``evidence_attributed_to``, ``evidence_qualifiers``);
- ``Document`` nodes (``id``, ``title``, ``url``, ``published``) with
  ``MENTIONS`` edges to the entities they contributed.

The supported subset is grand-cypher's: ``MATCH`` patterns with labels,
relationship types and variable-length hops, ``WHERE``, ``RETURN`` (with
``DISTINCT``, ``AS``), ``count/sum/avg/min/max/collect``, ``ORDER BY``,
``SKIP``, ``LIMIT``. Anything else (writes, ``WITH``, ``OPTIONAL MATCH``,
``shortestPath``, ``CALL``, ...) raises :class:`~newsgraph.exceptions.QueryError`
saying that it needs Neo4j.

grand-cypher has no query parameters and reads only double-quoted strings and
upper-case aggregate names, so :func:`prepare` adapts the query text first:
``$name`` becomes a literal of the given value (escaped, never re-parsed as
Cypher), single-quoted strings become double-quoted ones, ``count(`` becomes
``COUNT(``. It is a tokeniser for strings and parameters only; the parsing is
grand-cypher's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..exceptions import QueryError

AGGREGATES = ("count", "sum", "avg", "min", "max", "collect")

NEEDS_NEO4J = (
    "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "WITH", "UNWIND", "OPTIONAL", "CALL",
    "UNION", "FOREACH", "LOAD", "SHORTESTPATH", "ALLSHORTESTPATHS", "CASE", "YIELD", "USE", "SHOW",
)
"""Keywords outside grand-cypher's subset; a query using one needs Neo4j."""

_HINT = "run it against Neo4j: pass --uri bolt://HOST:7687 (or set NEO4J_URI)"


@dataclass
class Prepared:
    """A query adapted for grand-cypher by :func:`prepare`.

    Attributes
    ----------
    text : str
        The query grand-cypher runs.
    columns : list of str
        The ``RETURN`` columns in order, named as Neo4j names them (the alias,
        else the expression as written).
    """

    text: str
    columns: list[str] = field(default_factory=list)


def _literal(value: Any, name: str) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        # grand-cypher evaluates the double-quoted token as a Python string literal;
        # JSON escaping without ASCII-escaping (no surrogate pairs) decodes to the same text.
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_literal(v, name) for v in value) + "]"
    raise QueryError(f"parameter ${name}: the embedded engine takes strings, numbers, booleans and lists, "
                     f"not {type(value).__name__}; {_HINT}")


_CYPHER_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


def _decode_string(body: str, pos: int) -> str:
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n in _CYPHER_ESCAPES:
                out.append(_CYPHER_ESCAPES[n])
                i += 2
                continue
            if n in "uU" and re.fullmatch(r"[0-9a-fA-F]{4}", body[i + 2:i + 6]):
                out.append(chr(int(body[i + 2:i + 6], 16)))
                i += 6
                continue
            raise QueryError(f"invalid escape \\{n} in the string literal at offset {pos}")
        out.append(c)
        i += 1
    return "".join(out)


def prepare(query: str, params: dict[str, Any] | None = None) -> Prepared:
    """Adapt Cypher text for grand-cypher: parameters, quotes, aggregate names.

    Parameters
    ----------
    query : str
        Cypher in the read subset.
    params : dict, optional
        Values for ``$name`` placeholders.

    Returns
    -------
    Prepared

    Raises
    ------
    QueryError
        For an unterminated string, a missing parameter, ``count(*)``, a
        ``SKIP``/``LIMIT`` that is not a non-negative integer, or a keyword
        outside the subset (naming it and saying that it needs Neo4j).
    """
    params = params or {}
    out: list[str] = []
    masked: list[str] = []  # the query with string contents blanked, for finding RETURN items
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c in "'\"":
            j = i + 1
            while j < n and query[j] != c:
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise QueryError(f"unterminated string starting at offset {i} of the query")
            out.append(_literal(_decode_string(query[i + 1:j], i), "string"))
            masked.append(c + "_" * (j - i - 1) + c)
            i = j + 1
            continue
        if c == "/" and query.startswith("//", i):
            j = query.find("\n", i)
            j = n if j < 0 else j
            masked.append(" " * (j - i))
            i = j
            continue
        if c == "`":
            raise QueryError(f"back-quoted names (offset {i}) are not supported by the embedded engine; {_HINT}")
        if c == "$":
            m = re.match(r"\$([A-Za-z_][A-Za-z0-9_]*)", query[i:])
            if not m:
                raise QueryError(f"'$' at offset {i} is not followed by a parameter name")
            name = m.group(1)
            if name not in params:
                raise QueryError(f"parameter ${name} has no value: add --param {name}=VALUE")
            out.append(_literal(params[name], name))
            masked.append(query[i:i + m.end()])
            i += m.end()
            continue
        m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", query[i:])
        if m:
            word = m.group(0)
            rest = query[i + m.end():]
            upper = word.upper()
            if upper in NEEDS_NEO4J and not (out and out[-1].endswith((".", ":"))):
                raise QueryError(f"{word} is outside the embedded Cypher subset (MATCH, WHERE, RETURN, "
                                 f"ORDER BY, SKIP, LIMIT, count/sum/avg/min/max/collect); {_HINT}")
            if word.lower() in AGGREGATES and re.match(r"\s*\(", rest):
                if re.match(r"\s*\(\s*\*\s*\)", rest):
                    raise QueryError(f"{word}(*) is not supported by the embedded engine: count a variable "
                                     f"instead, e.g. {word}(n); or {_HINT}")
                out.append(upper)
            else:
                out.append(word)
            masked.append(word)
            i += m.end()
            continue
        out.append(c)
        masked.append(c)
        i += 1
    _check_skip_limit("".join(masked), params)
    _check_direction("".join(masked))
    return Prepared(text="".join(out), columns=_return_columns(query, "".join(masked)))


_UNDIRECTED = re.compile(r"\)\s*-\s*(?:\[[^\]]*\]\s*)?-\s*\(")


_LIST_INDEX = re.compile(r"\b([A-Za-z_]\w*\.[A-Za-z_]\w*)\[[^\]]*\]")
"""A property read with a list index or slice ("r.evidence[0]"), which grand-cypher's grammar lacks."""


def _check_direction(masked: str) -> None:
    """Raise QueryError for a relationship pattern without a direction ("(a)-[r]-(b)", "(a)--(b)").

    grand-cypher matches such a pattern only where the two nodes are linked both ways, so it would answer
    with a silent subset of what Neo4j returns; the embedded subset asks for the direction instead.
    """
    m = _UNDIRECTED.search(masked)
    if m:
        raise QueryError(f"the relationship pattern {masked[m.start():m.end()]!r} has no direction, which the "
                         f"embedded engine cannot match in full: write -[r]-> or <-[r]- (for either way, run the query once "
                         f"with each; UNION is outside the embedded subset), or {_HINT}")


def _check_skip_limit(masked: str, params: dict[str, Any]) -> None:
    """Raise QueryError unless every SKIP and LIMIT takes a non-negative integer (as Neo4j requires).

    grand-cypher would otherwise slice its rows with a negative number and
    quietly return nothing (or drop rows from the end).
    """
    for m in re.finditer(r"\b(SKIP|LIMIT)\b\s*([^\s)]*)", masked, re.I):
        keyword, value = m.group(1).upper(), m.group(2)
        if re.fullmatch(r"\d+", value):
            continue
        if value.startswith("$") and value[1:] in params:
            v = params[value[1:]]
            if isinstance(v, int) and not isinstance(v, bool) and v >= 0:
                continue
            raise QueryError(f"{keyword} {value} = {v!r}: {keyword} takes a non-negative integer")
        raise QueryError(f"{keyword} {value or '(nothing)'}: {keyword} takes a non-negative integer")


def _return_columns(query: str, masked: str) -> list[str]:
    """Column names of the last RETURN clause, as Neo4j names them (alias, else the text)."""
    starts = [m.end() for m in re.finditer(r"\bRETURN\b", masked, re.I)]
    if not starts:
        return []
    start = starts[-1]
    m = re.search(r"\b(ORDER\s+BY|SKIP|LIMIT)\b", masked[start:], re.I)
    end = start + m.start() if m else len(masked)
    d = re.match(r"\s*DISTINCT\b", masked[start:end], re.I)
    if d:
        start += d.end()
    items, depth, last = [], 0, start
    for k in range(start, end):
        ch = masked[k]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append((last, k))
            last = k + 1
    items.append((last, end))
    names = []
    for a, b in items:
        text = query[a:b].strip()
        alias = re.search(r"\s+AS\s+([A-Za-z_][A-Za-z0-9_]*)\s*$", masked[a:b].strip(), re.I)
        names.append(alias.group(1) if alias else text)
    return names


def _norm(name: str) -> str:
    return re.sub(r"\s+", "", name).lower()


def grand_graph(store=None, *, graph=None, documents=None):
    """The store's graph shaped for grand-cypher (``__labels__`` on nodes and edges).

    Parameters
    ----------
    store : Store, optional
        The embedded store; its :meth:`to_networkx` graph and documents are used.
    graph : networkx.MultiDiGraph, optional
        A graph in the shape of ``Store.to_networkx()`` (instead of ``store``).
    documents : iterable of DocumentGraph, optional
        With ``graph``: documents whose ``Document`` nodes and ``MENTIONS``
        edges to add.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by entity id (documents by ``"document:" + id``), edges
        keyed by relationship type.
    """
    import networkx as nx

    if store is not None:
        graph = store.to_networkx()
        documents = (store.document_graph(d) for d in store.document_ids())
    if graph is None:
        raise ValueError("grand_graph needs a store or a graph")
    G = nx.MultiDiGraph()
    for node, a in graph.nodes(data=True):
        typ = a.get("type")
        cls = a.get("cls") or typ
        labels = {"Entity", *(x for x in (typ, cls) if x)}
        G.add_node(node, __labels__=labels, id=node, name=a.get("name"), type=typ, cls=cls,
                   aliases=list(a.get("aliases") or []))
    for s, o, key, a in graph.edges(keys=True, data=True):
        pred = a.get("predicate", key)
        evidence = list(a.get("evidence") or [])
        quals = json.dumps(a.get("qualifiers") or {}, sort_keys=True, ensure_ascii=False, default=str)
        G.add_edge(s, o, key=pred, __labels__={pred}, confidence=a.get("confidence"),
                   modality=a.get("modality"), documents=list(a.get("documents") or []),
                   attributed_to=list(a.get("attributed_to") or []),
                   evidence=[getattr(e, "sentence", e) for e in evidence], evidence_count=len(evidence),
                   qualifiers=quals, **_evidence_lists(evidence, quals))
    for dg in documents or ():
        d = dg.document
        dnode = "document:" + d.id
        G.add_node(dnode, __labels__={"Document"}, id=d.id, title=d.title, url=d.url, published=d.published)
        for eid in dg.entities:
            if eid in G:
                G.add_edge(dnode, eid, key="MENTIONS", __labels__={"MENTIONS"})
    return G


def _evidence_lists(evidence: list, qualifiers: str) -> dict[str, list]:
    """The ``evidence_*`` lists of a relationship, parallel to ``evidence``, as the Neo4j sink writes them
    (:func:`newsgraph.graph.neo4j.document_rows`): document, offsets, rule, confidence, modality, the
    sources joined by :data:`newsgraph.queries.cypher.ATTRIBUTE_SEPARATOR`, and the relation's qualifiers
    as JSON. Sentences given as bare strings (a graph built by hand) get no lists."""
    from .cypher import ATTRIBUTE_SEPARATOR

    if not all(hasattr(e, "modality") for e in evidence):
        return {}
    return {"evidence_documents": [e.document for e in evidence],
            "evidence_start": [int(e.start) for e in evidence], "evidence_end": [int(e.end) for e in evidence],
            "evidence_rule": [e.rule or "" for e in evidence],
            "evidence_confidence": [float(e.confidence) for e in evidence],
            "evidence_modality": [e.modality for e in evidence],
            "evidence_attributed_to": [ATTRIBUTE_SEPARATOR.join(a.replace(ATTRIBUTE_SEPARATOR, " ")
                                                                for a in e.attributed_to) for e in evidence],
            "evidence_qualifiers": [qualifiers for _ in evidence]}


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if k != "__labels__"}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def run(graph, query: str, params: dict[str, Any] | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run a read query over a :func:`grand_graph` graph.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        From :func:`grand_graph`.
    query : str
    params : dict, optional
        Values for ``$name`` placeholders.

    Returns
    -------
    columns : list of str
        Column names as Neo4j would give them.
    rows : list of dict
        One dict per row; nodes and relationships as dicts of their properties.

    Raises
    ------
    QueryError
        When the query is outside the subset or does not parse, naming what
        needs Neo4j.
    """
    from grandcypher import GrandCypher
    from lark.exceptions import LarkError

    prepared = prepare(query, params)
    try:
        result = GrandCypher(graph).run(prepared.text)
    except LarkError as exc:
        where = ""
        line, col = getattr(exc, "line", None), getattr(exc, "column", None)
        if line is not None and col is not None and line > 0:
            where = f" at line {line}, column {col}"
        indexed = _LIST_INDEX.search(prepared.text)
        what = (f" ({indexed.group(0)!r}: list indexing is outside it; return the whole list, e.g. "
                f"{indexed.group(1)!r})" if indexed else "")
        raise QueryError(f"the embedded Cypher engine cannot read this query{where}{what}: it supports MATCH, "
                         f"WHERE, RETURN, ORDER BY, SKIP, LIMIT and count/sum/avg/min/max/collect; {_HINT}") from exc
    except TypeError as exc:
        if "not supported between instances" not in str(exc) or not _ORDER_TAIL.search(prepared.text):
            raise QueryError(f"the embedded Cypher engine failed on this query ({type(exc).__name__}: {exc}); "
                             f"{_HINT}") from exc
        # ORDER BY over a property some rows lack (MENTIONS edges reach Document nodes, which have no name):
        # grand-cypher compares the missing values with strings; sort here, with the missing ones last, as Neo4j
        return _ordered_here(graph, prepared, exc)
    except (KeyError, AssertionError) as exc:  # (grand-cypher asserts on some DISTINCT ... ORDER BY queries)
        distinct = re.search(r"\bRETURN\s+DISTINCT\b", prepared.text, re.I)
        if distinct is None or re.search(r"\b(SKIP|LIMIT)\b", prepared.text[distinct.end():], re.I):
            raise QueryError(f"the embedded Cypher engine failed on this query ({type(exc).__name__}: {exc}); "
                             f"{_HINT}") from exc
        # "RETURN DISTINCT n.type AS t": grand-cypher loses aliased columns under DISTINCT; the rows without
        # it, the repeats dropped here in order (with no SKIP/LIMIT, which would apply after DISTINCT)
        plain = Prepared(text=prepared.text[:distinct.start()] + "RETURN" + prepared.text[distinct.end():],
                         columns=list(prepared.columns))
        columns, rows = _rows(plain, GrandCypher(graph).run(plain.text))
        names = _aliases(re.split(r"\bORDER\s+BY\b", plain.text, flags=re.I)[0])
        rename = {c: names.get(_norm(c), c) for c in columns}
        columns = [rename[c] for c in columns]
        rows = [{rename[k]: v for k, v in r.items()} for r in rows]
        seen, unique = set(), []
        for r in rows:
            key = repr([r.get(c) for c in columns])
            if key not in seen:
                seen.add(key)
                unique.append(r)
        return columns, unique
    except (ValueError, AttributeError, IndexError) as exc:
        raise QueryError(f"the embedded Cypher engine failed on this query ({type(exc).__name__}: {exc}); "
                         f"{_HINT}") from exc
    return _rows(prepared, result)


_ORDER_TAIL = re.compile(r"\bORDER\s+BY\s+(?P<keys>.+?)(?:\s+SKIP\s+(?P<skip>\d+))?(?:\s+LIMIT\s+(?P<limit>\d+))?\s*$",
                         re.I | re.S)


def _ordered_here(graph, prepared: "Prepared", exc: Exception) -> tuple[list[str], list[dict[str, Any]]]:
    """:func:`run` of a query whose ``ORDER BY`` grand-cypher could not sort: the query without its ``ORDER BY``
    / ``SKIP`` / ``LIMIT``, then the rows sorted by the named return columns, missing values (null) last, as
    Neo4j sorts them, and sliced. QueryError when an ORDER BY key is no return column."""
    from grandcypher import GrandCypher

    m = _ORDER_TAIL.search(prepared.text)
    keys = []
    for item in m.group("keys").split(","):
        words = item.strip().rsplit(None, 1)
        desc = len(words) == 2 and words[1].upper() in ("DESC", "DESCENDING")
        expr = words[0] if len(words) == 2 and words[1].upper() in ("ASC", "ASCENDING", "DESC", "DESCENDING") \
            else item.strip()
        col = next((c for c in prepared.columns if _norm(c) == _norm(expr)), None) or \
            _aliases(prepared.text[:m.start()]).get(_norm(expr))
        if col is None:
            raise QueryError(f"the embedded Cypher engine failed on this query ({type(exc).__name__}: {exc}); "
                             f"ORDER BY {expr} over values some rows lack can be sorted only by a RETURN column; "
                             f"{_HINT}") from exc
        keys.append((col, desc))
    result = GrandCypher(graph).run(prepared.text[:m.start()])
    columns, rows = _rows(prepared, result)

    def missing(v: Any) -> bool:
        return v is None or isinstance(v, float) and v != v

    for col, desc in reversed(keys):
        present = [r for r in rows if not missing(r.get(col))]
        absent = [r for r in rows if missing(r.get(col))]
        present.sort(key=lambda r: (not isinstance(r[col], (int, float)), r[col] if isinstance(r[col], (int, float))
                                    else str(r[col])), reverse=desc)
        rows = present + absent
    skip = int(m.group("skip") or 0)
    limit = m.group("limit")
    rows = rows[skip:skip + int(limit)] if limit is not None else rows[skip:]
    return columns, rows


def _aliases(text: str) -> dict[str, str]:
    """``expression -> alias`` of the last RETURN clause of ``text`` ("RETURN d.id AS id" -> {"d.id": "id"}),
    keys normalised as :func:`_norm` does: an ORDER BY may name the expression of an aliased column."""
    starts = [m.end() for m in re.finditer(r"\bRETURN\b", text, re.I)]
    if not starts:
        return {}
    body = re.sub(r"^\s*DISTINCT\b", "", text[starts[-1]:], flags=re.I)
    out = {}
    for item in body.split(","):
        m = re.fullmatch(r"\s*(.+?)\s+AS\s+([A-Za-z_][A-Za-z0-9_]*)\s*", item, re.I | re.S)
        if m:
            out[_norm(m.group(1))] = m.group(2)
    return out


def _rows(prepared: "Prepared", result: dict) -> tuple[list[str], list[dict[str, Any]]]:
    """grand-cypher's column-wise result as the columns and rows :func:`run` returns."""
    expected = {_norm(c): c for c in prepared.columns}
    got = {expected.get(_norm(str(k)), str(k)): (list(v.values()) if isinstance(v, dict) else list(v))
           for k, v in result.items()}
    columns = [c for c in prepared.columns if c in got] + [c for c in got if c not in prepared.columns]
    values = [got[c] for c in columns]
    rows = [dict(zip(columns, (_plain(x) for x in row))) for row in zip(*values)] if values else []
    return columns, rows


__all__ = ["AGGREGATES", "NEEDS_NEO4J", "Prepared", "prepare", "grand_graph", "run"]
