"""``newsgraph push neo4j`` and ``newsgraph cypher``.

Connection options are shared through :func:`neo4j_options` (``--uri``,
``--user``, ``--password``, ``--database``, read from ``NEO4J_URI``,
``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE`` when not given), so
``newsgraph ingest --neo4j`` can use the same ones.
"""

from __future__ import annotations

import json
import os
from typing import Any, Callable

import click

from ..exceptions import QueryError, StoreError
from .common import TimeoutSeconds, emit, handle_errors, json_option, open_store, store_option, within_time


def neo4j_options(f: Callable) -> Callable:
    """``--uri/--user/--password/--database`` (env ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``, ``NEO4J_DATABASE``)."""
    f = click.option("--database", "neo4j_database", envvar="NEO4J_DATABASE", show_envvar=True, default=None,
                     help="Neo4j database (default: the server's default database).")(f)
    f = click.option("--password", "neo4j_password", envvar="NEO4J_PASSWORD", show_envvar=True, default=None,
                     help="Neo4j password.")(f)
    f = click.option("--user", "neo4j_user", envvar="NEO4J_USERNAME", show_envvar=True, default="neo4j",
                     show_default=True, help="Neo4j user.")(f)
    f = click.option("--uri", "neo4j_uri", envvar="NEO4J_URI", show_envvar=True, default=None,
                     help="Neo4j Bolt URI, e.g. bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io.")(f)
    return f


def settings_from_options(neo4j_uri: str | None, neo4j_user: str | None, neo4j_password: str | None,
                          neo4j_database: str | None):
    """:class:`~newsgraph.graph.neo4j.Neo4jSettings` from the :func:`neo4j_options` values.

    Raises
    ------
    StoreError
        When no URI is given (neither ``--uri`` nor ``NEO4J_URI``).
    """
    from ..graph.neo4j import Neo4jSettings

    return Neo4jSettings.from_env(uri=neo4j_uri, user=neo4j_user, password=neo4j_password,
                                  database=neo4j_database)


def sink_from_options(neo4j_uri: str | None, neo4j_user: str | None, neo4j_password: str | None,
                      neo4j_database: str | None):
    """An open :class:`~newsgraph.graph.neo4j.Neo4jSink` from the :func:`neo4j_options` values.

    Raises
    ------
    StoreError
        No URI, unreachable server, wrong password or missing database.
    """
    from ..graph.neo4j import Neo4jSink

    return Neo4jSink(settings_from_options(neo4j_uri, neo4j_user, neo4j_password, neo4j_database))


def parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``("name=Ocean Star", "n=3")`` -> ``{"name": "Ocean Star", "n": 3}``.

    A value that parses as JSON (number, true/false/null, list, quoted string)
    takes that type; anything else is a string.

    Raises
    ------
    click.BadParameter
        For a pair without ``=`` or with an empty or non-identifier key.
    """
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise click.BadParameter(f"{pair!r}: expected KEY=VALUE with KEY a name, e.g. --param name=\"Ocean Star\"",
                                     param_hint="--param")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def _plain(value: Any) -> Any:
    """Driver values (nodes, relationships, paths, temporals) as JSON-friendly Python values."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {k: _plain(v) for k, v in dict(value).items()}
    if isinstance(value, Relationship):
        return {k: _plain(v) for k, v in dict(value).items()}
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes],
                "relationships": [r.type for r in value.relationships]}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def run_on_neo4j(settings, query: str, params: dict[str, Any], *,
                 timeout: float | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Run ``query`` with ``params`` on Neo4j (parameters travel separately, never spliced).

    ``timeout`` (seconds; None or 0: the server's own limit) is the transaction timeout the server
    enforces: it stops the query and rolls it back.

    Returns
    -------
    columns : list of str
    rows : list of dict

    Raises
    ------
    StoreError
        Connection, authentication or database errors.
    QueryError
        Cypher syntax or semantic errors reported by the server, or the query stopped at ``timeout``.
    """
    from neo4j import Query
    from neo4j import exceptions as nx

    from ..graph.neo4j import _driver_errors, connect, translate_error

    driver = connect(settings)
    try:
        records, _, keys = driver.execute_query(Query(query, timeout=timeout or None), parameters_=params,
                                                database_=settings.database)
    except nx.ClientError as exc:
        if "TransactionTimedOut" in (exc.code or ""):
            raise QueryError(f"the query ran longer than {timeout:g} s and Neo4j at {settings.uri} stopped it; "
                             "narrow it (a LIMIT, fewer unbound patterns) or give a longer --timeout "
                             "(0 for the server's own limit)") from exc
        if "DatabaseNotFound" in (exc.code or "") or exc.code and exc.code.startswith("Neo.ClientError.Security"):
            raise translate_error(exc, settings) from exc
        raise QueryError(f"Neo4j at {settings.uri} rejected the query: {exc.message or exc}") from exc
    except _driver_errors() as exc:
        raise translate_error(exc, settings) from exc
    finally:
        driver.close()
    return list(keys), [{k: _plain(r[k]) for k in keys} for r in records]


@click.command("neo4j")
@neo4j_options
@store_option
@click.option("--batch-size", type=click.IntRange(1, 100000), default=1000, show_default=True,
              help="Rows per UNWIND query.")
@click.option("--force", is_flag=True, help="Rewrite documents Neo4j already holds unchanged.")
@click.option("--keep-missing", is_flag=True,
              help="Keep documents Neo4j holds that the store does not (default: remove them).")
@json_option
@handle_errors
def push_neo4j(neo4j_uri, neo4j_user, neo4j_password, neo4j_database, store_path, batch_size, force,
               keep_missing, as_json):
    """Copy the embedded store into Neo4j.

    Each document is written in one transaction that first removes what it
    contributed before, so pushing twice changes nothing and a re-ingested
    document replaces its old facts. Documents the store no longer holds are
    removed from Neo4j unless --keep-missing is given. Constraints and indexes
    derived from the ontology are created when missing.

    Example:

    \b
        newsgraph push neo4j --uri bolt://localhost:7687 --password secret
        NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io newsgraph push neo4j
    """
    from ..graph.neo4j import connect, graph_counts, push_store

    settings = settings_from_options(neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
    store = open_store(store_path, read_only=True)
    try:
        driver = connect(settings)
        try:
            res = push_store(store, driver, database=settings.database, prune=not keep_missing,
                             batch_size=batch_size, force=force)
            counts = graph_counts(driver, settings.database)
        finally:
            driver.close()
    finally:
        store.close()
    summary = {
        "uri": settings.uri, "database": settings.database or "(default)",
        "documents_written": len(res.written), "documents_unchanged": len(res.unchanged),
        "documents_removed": len(res.forgotten), "relations_written": res.relations,
        "entities_written": res.entities, "transactions": res.transactions, "seconds": round(res.seconds, 3),
        **{f"neo4j_{k}": v for k, v in counts.items()},
    }
    emit(summary, as_json=as_json, title="push neo4j")


@click.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter ($KEY in the query); VALUE is read as JSON when it parses, else as text. Repeatable.")
@neo4j_options
@click.option("--embedded", is_flag=True, help="Use the embedded store even when NEO4J_URI is set.")
@click.option("--timeout", type=TimeoutSeconds(), default=300.0, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer (0: no limit on the embedded store, the server's own on Neo4j).")
@store_option
@json_option
@handle_errors
def cypher(query, params, neo4j_uri, neo4j_user, neo4j_password, neo4j_database, embedded, timeout, store_path,
           as_json):
    """Run a Cypher query on Neo4j, or on the embedded store when no URI is given.

    With --uri (or NEO4J_URI) the query goes to Neo4j as is, with --param
    values as query parameters. Without, it runs over the embedded store
    through grand-cypher, which reads the common subset: MATCH patterns with
    labels and relationship types, WHERE, RETURN, ORDER BY, SKIP, LIMIT,
    count/sum/avg/min/max/collect. Anything else says that it needs Neo4j.

    Nodes: (:Entity:Vessel {id, name, aliases}), (:Document {id, title});
    relationships: VISITED, SANCTIONED, ... {confidence, modality, documents,
    evidence, evidence_count}, and (:Document)-[:MENTIONS]->(:Entity).

    Example:

    \b
        newsgraph cypher 'MATCH (v:Vessel)-[:VISITED]->(p:Port) RETURN v.name, p.name'
        newsgraph cypher 'MATCH (a)-[:SANCTIONED]->(b) WHERE a.name = $who RETURN b.name' -p 'who=U.S. Treasury'
        newsgraph cypher --uri bolt://localhost:7687 'MATCH (n:Entity) RETURN count(n)'
    """
    values = parse_params(params)
    if neo4j_uri and not embedded:
        settings = settings_from_options(neo4j_uri, neo4j_user, neo4j_password, neo4j_database)
        columns, rows = run_on_neo4j(settings, query, values, timeout=timeout)
    else:
        from ..queries import embedded_cypher

        store = open_store(store_path, read_only=True)
        try:
            graph = embedded_cypher.grand_graph(store)
        finally:
            store.close()
        columns, rows = within_time(timeout, lambda: embedded_cypher.run(graph, query, values))
    emit(rows, as_json=as_json, columns=columns or None)


__all__ = ["neo4j_options", "settings_from_options", "sink_from_options", "parse_params", "run_on_neo4j",
           "push_neo4j", "cypher"]
