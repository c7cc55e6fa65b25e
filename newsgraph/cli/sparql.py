"""``newsgraph sparql``, ``newsgraph validate`` and ``newsgraph push sparql``."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import unquote

import click

from ..exceptions import QueryError
from .common import TimeoutSeconds, emit, handle_errors, json_option, open_store, store_option, within_time

endpoint_option = click.option(
    "--endpoint", metavar="URL", envvar="NEWSGRAPH_SPARQL_ENDPOINT", show_envvar=True,
    help="A SPARQL 1.1 server (e.g. Fuseki's dataset URL http://localhost:3030/ds).")
user_option = click.option("--user", envvar="NEWSGRAPH_SPARQL_USER", show_envvar=True,
                           help="HTTP basic-auth user for the endpoint.")
password_option = click.option("--password", envvar="NEWSGRAPH_SPARQL_PASSWORD", show_envvar=True,
                               help="HTTP basic-auth password for the endpoint.")


def _short(term) -> str:
    """A term as a human reads it in a table: prefixed IRIs, plain literal values."""
    import pyoxigraph as ox

    from ..queries.sparql import PREFIXES

    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in PREFIXES.values() if iri.startswith(ns)), key=len, default=None)
        if best is None:
            return iri
        prefix = next(k for k, v in PREFIXES.items() if v == best)
        local = iri[len(best):]
        return f"{prefix}:{unquote(local) if prefix in ('id', 'doc') else local}"
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


_UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
_PROLOGUE = re.compile(
    r"\s+|#[^\n]*|PREFIX\s*[A-Za-z_][\w.-]*?:\s*<[^>]*>|PREFIX\s*:\s*<[^>]*>|BASE\s*<[^>]*>", re.IGNORECASE)


def is_update(text: str) -> bool:
    """Whether SPARQL ``text`` is an update (INSERT, DELETE, DROP, CLEAR ...), not a query.

    Only the prologue (whitespace, ``#`` comments, PREFIX and BASE
    declarations) is skipped; the first keyword after it decides. The query
    itself is not parsed.

    Parameters
    ----------
    text : str
        SPARQL request text.

    Returns
    -------
    bool
        True when the first keyword after the prologue is one of SPARQL 1.1
        Update's operations (https://www.w3.org/TR/sparql11-update/#formalModel).
    """
    pos = 0
    while m := _PROLOGUE.match(text, pos):
        if m.end() == pos:
            break
        pos = m.end()
    word = re.match(r"[A-Za-z]+", text[pos:])
    return bool(word) and word.group(0).upper() in _UPDATE_KEYWORDS


_NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')


def uses_service(text: str) -> bool:
    """Whether SPARQL ``text`` has a ``SERVICE`` clause (a federated query that fetches from another server).

    Strings, IRIs and comments are blanked out first, so a literal or an IRI containing the word does not
    count.
    """
    # (not a variable "?service", nor a prefixed name "ex:service" or "service:x")
    return re.search(r"(?<![?$:\w-])SERVICE(?![\w:-])", _NOT_CODE.sub(" ", text), re.IGNORECASE) is not None


def _short_syntax_error(message: str, text: str) -> str:
    """Cut a SPARQL parser message to its first line and position, without the grammar's character ranges."""
    first = message.strip().splitlines()[0] if message.strip() else message
    first = re.split(r",?\s*(?<!\")\[['\"_]", first, maxsplit=1)[0].rstrip(", ")
    if len(first) > 200:
        first = first[:200].rsplit(",", 1)[0] + ", ..."
    m = re.search(r"at (\d+):(\d+)", first)
    if m:
        lines = text.splitlines() or [""]
        line_no, col = int(m.group(1)), int(m.group(2))
        if 1 <= line_no <= len(lines):
            near = lines[line_no - 1][max(col - 1, 0):][:30]
            first += f" (near {near!r})" if near.strip() else " (at the end of the line)"
    from ..queries.sparql import PREFIXES

    slash = _SLASHED_NAME.search(text)
    if slash:
        # the tables print entities as "id:vessel/ocean-star", which SPARQL's grammar does not read in a query
        prefix, local = slash.groups()
        full = PREFIXES.get(prefix)
        first += (f"; a prefixed name cannot hold '/' in SPARQL: write {prefix}:{local.replace('/', chr(92) + '/')}"
                  + (f" or <{full}{local}>" if full else ""))
    return first


_SLASHED_NAME = re.compile(r"(?<![<\w/#])([A-Za-z][\w-]*):([\w%.-]+/[\w%./-]*[\w%-])")
"""A prefixed name with a slash in its local part ("id:vessel/ocean-star"), outside an IRI in brackets."""


def _parse_bindings(pairs: tuple[str, ...], declared: dict[str, tuple[str, str]], store_path: Path | None):
    """``VAR=VALUE`` pairs -> {var: RDF term}; names become entity IRIs through the store."""
    from ..queries.sparql import PREFIXES, term

    out = {}
    entities = None
    for pair in pairs:
        var, sep, value = pair.partition("=")
        var = var.strip().lstrip("?$")
        if not sep or not var.isidentifier():
            raise click.BadParameter(f"{pair!r}: expected VAR=VALUE", param_hint="--bind")
        kind = declared.get(var, ("IRI", ""))[0]
        looks_iri = (value.startswith("<") or "://" in value
                     or value.partition(":")[0] in PREFIXES and ":" in value)
        if kind == "literal" or looks_iri:
            out[var] = term(value, kind)
            continue
        # A name: resolve it through the embedded store's names and aliases.
        if store_path is None or not Path(store_path).exists():
            raise click.BadParameter(
                f"{value!r} is not an IRI, and there is no local store to look the name up in; "
                "give the entity's IRI (e.g. id:vessel/ocean-star)", param_hint="--bind")
        if entities is None:
            with open_store(store_path, read_only=True) as store:
                entities = store.entities()
        from ..graph.rdf import entity_iri
        from .common import resolve_entity

        out[var] = entity_iri(resolve_entity(entities, value).id)
    return out


def _materialize(result, *, as_json: bool) -> tuple:
    """Read a pyoxigraph query result to the end (where a query spends its time): ``("bool", value, json)``,
    ``("json", text)``, ``("rows", names, rows)`` or ``("triples", list)``."""
    import pyoxigraph as ox

    if isinstance(result, ox.QueryBoolean):
        return "bool", bool(result), result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    if isinstance(result, ox.QuerySolutions):
        if as_json:
            return "json", result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
        names = [v.value for v in result.variables]
        return "rows", names, [{n: _short(sol[n]) for n in names} for sol in result]
    # CONSTRUCT / DESCRIBE over the union of the document graphs yields a triple once per document that
    # states it; RDF graphs are sets, so each is printed once
    return "triples", list(dict.fromkeys(result))


def _print_result(result, *, as_json: bool) -> None:
    """Print a query result, or an already :func:`_materialize`-d one."""
    import pyoxigraph as ox

    from ..queries.sparql import PREFIXES

    kind, *rest = result if isinstance(result, tuple) else _materialize(result, as_json=as_json)
    if kind == "bool":
        click.echo(rest[1] if as_json else ("true" if rest[0] else "false"))
        return
    if kind == "json":
        click.echo(rest[0])
        return
    if kind == "rows":
        names, rows = rest
        emit(rows, as_json=False, columns=names, title=f"{len(rows)} row{'s' * (len(rows) != 1)}")
        return
    triples = rest[0]
    fmt = ox.RdfFormat.JSON_LD if as_json else ox.RdfFormat.TURTLE
    # id:, doc: and st: names would need backslash escapes in Turtle; keep those IRIs whole.
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("id", "doc", "st")}
    out = ox.serialize(triples, format=fmt, prefixes=None if as_json else prefixes).decode("utf-8")
    click.echo(out, nl=not out.endswith("\n"))


def _working(message: str, *, show: bool):
    """A spinner with ``message`` on standard error while a long step runs (rich's ``Console.status``), when
    ``show`` and standard error is a terminal; otherwise a context manager that does nothing."""
    import contextlib

    if not show or not sys.stderr.isatty():
        return contextlib.nullcontext()
    from rich.console import Console

    return Console(stderr=True).status(message)


@click.command("sparql")
@click.argument("query", required=False)
@click.option("--file", "-f", "query_file", metavar="F.rq",
              help="Read the query from a file, or run a shipped named query by name (see --list).")
@click.option("--bind", "-b", "bindings", multiple=True, metavar="VAR=VALUE",
              help="Bind ?VAR to an IRI (<...>, http..., id:...) or to the entity of that name. Repeatable.")
@click.option("--list", "list_queries", is_flag=True, help="List the shipped named queries and exit.")
@click.option("--timeout", type=TimeoutSeconds(), default=300.0, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer than this (0: no limit), on the local store and with --endpoint.")
@endpoint_option
@user_option
@password_option
@store_option
@json_option
@handle_errors
def sparql(query, query_file, bindings, list_queries, timeout, endpoint, user, password, store_path, as_json):
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE).

    The query runs over the embedded store, whose default graph is the
    union of all document graphs (each document is also its own named graph,
    doc:<id>), or over a remote server with --endpoint. The prefixes ng:, id:,
    doc:, st:, rdf:, rdfs:, owl:, xsd:, prov:, schema:, dcterms: and skos:
    are predeclared. SELECT prints a table (--json: SPARQL 1.1 JSON results),
    ASK prints true/false, CONSTRUCT prints Turtle (--json: JSON-LD).
    QUERY "-" reads the query from standard input.

    Example:

    \b
        newsgraph sparql 'SELECT ?v ?port WHERE { ?v ng:visited ?port }'
        newsgraph sparql --file vessels-and-ports
        newsgraph sparql --file path-between --bind from="Ocean Star" --bind to="Port Nadezhda"
        newsgraph sparql --endpoint http://localhost:3030/ds 'ASK { ?s ?p ?o }'
    """
    from ..queries.sparql import load_query, named_queries, with_prefixes, bind_values

    if list_queries:
        rows = [{"name": q.name, "params": ", ".join(f"?{p}" for p in q.params), "description": q.description}
                for q in named_queries().values()]
        emit(rows, as_json=as_json, columns=["name", "params", "description"], title="named SPARQL queries")
        return
    if query_file and query:
        raise click.UsageError("give either QUERY or --file, not both")
    declared: dict = {}
    if query_file:
        nq = load_query(query_file)
        text, declared = nq.text, nq.params
    elif query == "-":
        text = sys.stdin.read()
    elif query:
        text = query
    else:
        raise click.UsageError("give a QUERY, --file F.rq or --list")
    if not text.strip():
        raise click.UsageError("the query is empty")
    if is_update(text):
        raise click.ClickException(
            "newsgraph sparql runs read queries (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are not supported")
    values = _parse_bindings(bindings, declared, store_path)
    missing = [p for p, (_, desc) in declared.items() if "(required)" in desc.lower() and p not in values]
    if missing:
        raise click.UsageError(
            f"query {query_file!r} needs " + " and ".join(f"--bind {p}=VALUE" for p in missing)
            + " (see newsgraph sparql --list)")

    if endpoint:
        from ..graph.sparql_endpoint import SparqlEndpoint

        ep = SparqlEndpoint(endpoint, user=user, password=password, timeout=timeout or None)
        _print_result(ep.query(bind_values(with_prefixes(text), values)), as_json=as_json)
        return
    from ..queries.sparql import PREFIXES

    if uses_service(text):
        # pyoxigraph would fetch the SERVICE's IRI over HTTP: a query on the local store stays local
        raise click.ClickException(
            "SERVICE (federated queries) is not allowed on the local store: it would make newsgraph fetch data "
            "from another server; query that server with --endpoint instead")
    with open_store(store_path, read_only=True) as store:
        try:
            result = within_time(timeout, lambda: _materialize(
                store.query(bind_values(text, values), prefixes=PREFIXES), as_json=as_json))
        except QueryError as exc:
            if str(exc).startswith("SPARQL syntax error"):
                where = f"{query_file}: " if query_file else ""
                raise QueryError(where + _short_syntax_error(str(exc), bind_values(text, values))) from exc
            raise
    _print_result(result, as_json=as_json)


@click.command("validate")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="SHACL shapes file (default: the shipped ontology/shapes.ttl).")
@click.option("--inference", type=click.Choice(["none", "rdfs", "owlrl"]), default="none", show_default=True,
              help="Inference pyshacl runs before validating.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Most violations to print in the table.")
@click.option("--document", metavar="ID", help="Validate only this document's graph.")
@store_option
@json_option
@handle_errors
def validate(shapes, inference, limit, document, store_path, as_json):
    """Check the store against the ontology's SHACL shapes.

    Every entity must have a type of the ontology and a name, every relation
    must fit its domain and range, and every statement must carry its
    evidence (document, sentence, offsets, rule, confidence, modality).
    Exits with status 1 when there are violations.

    Example:

    \b
        newsgraph validate
        newsgraph validate --document 2024-03-01-ships
        newsgraph validate --json > report.json
    """
    from ..graph.validate import validate_store

    with open_store(store_path, read_only=True) as store, _working(
            "validating " + (f"document {document}" if document else f"{len(store.document_ids())} documents")
            + " against the SHACL shapes (pyshacl: about a minute per few hundred thousand triples)",
            show=not as_json):
        report = validate_store(store, shapes=shapes, inference=None if inference == "none" else inference,
                                document=document)
    if as_json:
        emit(report.to_json(), as_json=True)
    else:
        if report.conforms:
            click.echo(f"conforms: {report.focus_nodes} nodes checked, no violations")
        else:
            rows = [v.as_row() for v in report.violations[:limit]]
            emit(rows, as_json=False, columns=["severity", "focus", "path", "value", "message"],
                 title=f"{len(report.violations)} violation(s)"
                       + (f", first {limit} shown" if len(report.violations) > limit else ""))
    if not report.conforms:
        sys.exit(1)


@click.command("sparql")
@endpoint_option
@click.option("--graph", metavar="IRI", help="Write everything into this one named graph instead of one per document.")
@click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
              help="gsp: Graph Store Protocol PUT per graph; update: SPARQL Update DROP + INSERT DATA.")
@click.option("--update-url", metavar="URL", help="SPARQL Update URL when it differs from --endpoint.")
@click.option("--gsp-url", metavar="URL", help="Graph Store Protocol URL when it differs from --endpoint.")
@user_option
@password_option
@store_option
@json_option
@handle_errors
def push_sparql(endpoint, graph, protocol, update_url, gsp_url, user, password, store_path, as_json):
    """Copy the store to a SPARQL 1.1 server, one named graph per document.

    Each document's graph on the server is replaced (PUT, or DROP + INSERT
    DATA with --protocol update), so pushing twice leaves the same data.
    Graphs of documents forgotten locally are not removed from the server.

    Example:

    \b
        newsgraph push sparql --endpoint http://localhost:3030/ds
        newsgraph push sparql --endpoint http://localhost:3030/ds --graph https://example.org/news
    """
    from ..graph.sparql_endpoint import SparqlEndpoint

    if not endpoint:
        raise click.UsageError("give --endpoint URL (or set NEWSGRAPH_SPARQL_ENDPOINT)")
    ep = SparqlEndpoint(endpoint, update_url=update_url, gsp_url=gsp_url, user=user, password=password)
    with open_store(store_path, read_only=True) as store:
        quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    result = ep.push(quads, graph=graph, protocol=protocol)
    summary = {"endpoint": ep.url, "protocol": result.protocol, "graphs": len(result.graphs),
               "triples": result.triples}
    if as_json:
        emit({**summary, "graph_iris": result.graphs}, as_json=True)
    else:
        click.echo(f"pushed {result.triples} triples in {len(result.graphs)} graph(s) to {ep.url} ({result.protocol})")
