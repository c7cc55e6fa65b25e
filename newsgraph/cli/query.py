"""``newsgraph entities`` and ``newsgraph relations``: look-ups in the embedded store.

The query logic is in :mod:`newsgraph.queries.lookup`; this module only
parses options, resolves names and prints.
"""

from __future__ import annotations

from pathlib import Path

import click

from ..exceptions import QueryError
from ..graph.model import MODALITIES
from .common import emit, handle_errors, json_option, open_store, resolve_entity, store_option, visible


def _check_type(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..queries.lookup import check_type

    try:
        return check_type(value)
    except QueryError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


def _check_predicate(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from ..queries.lookup import check_predicate

    try:
        return check_predicate(value)
    except QueryError as exc:
        raise click.BadParameter(str(exc), ctx=ctx, param=param) from None


@click.command()
@click.option("--type", "entity_type", metavar="TYPE", callback=_check_type,
              help="Only entities of this type of the ontology (e.g. Vessel, Person), or of one of "
                   "its finer classes (e.g. Company, GovernmentAgency, MediaOrganization); any case.")
@store_option
@json_option
@handle_errors
def entities(entity_type: str | None, store_path: Path, as_json: bool) -> None:
    """List the entities in the store, with their aliases and relation counts.

    Entities are merged across documents: one row per canonical entity,
    with every alias any document used for it.

    Example:

    \b
        newsgraph entities --type vessel
        newsgraph entities --json | jq '.[].name'
    """
    from ..queries.lookup import list_entities

    with open_store(store_path, read_only=True) as store:
        rows = list_entities(store, entity_type)
    emit(rows, as_json=as_json, columns=["name", "type", "aliases", "relations", "id"],
         title=f"{entity_type or 'All'} entities ({len(rows)})")


@click.command()
@click.argument("name", required=False)
@click.option("--predicate", "-p", metavar="TYPE", callback=_check_predicate,
              help="Only this relation type (e.g. VISITED or visited).")
@click.option("--facts-only", is_flag=True,
              help="Leave out relations the texts deny or negate, and the sentences that deny or negate the "
                   "others.")
@click.option("--modality", "modalities", multiple=True,
              type=click.Choice(MODALITIES),
              help="Only the evidence with this modality (repeatable), e.g. --modality speculated; a relation "
                   "with none is left out.")
@store_option
@json_option
@handle_errors
def relations(name: str | None, predicate: str | None, facts_only: bool, modalities: tuple[str, ...],
              store_path: Path, as_json: bool) -> None:
    """Every relation of an entity, in both directions, with the sentence behind it.

    NAME is the entity's name or any alias, matched case-insensitively
    ("ocean star", "The Kremlin"); an unknown name gets close-match
    suggestions. Without NAME, every relation in the store is listed once
    (subject, relation, object). Each row shows the relation, its modality (asserted,
    reported, speculated, alleged, denied, negated), who the text
    attributes it to, the source document and the evidence sentence.

    The relation types (the ontology's predicates, ontology/newsgraph.ttl):
    AFFILIATED_WITH, AGREEMENT_WITH, FLAGGED_IN, LEADS, LOCATED_IN,
    OWNS_OR_OPERATES, REPORTED, SANCTIONED, SHIPPED_TO, SUPPLIED,
    TRANSPORTED, VISITED.

    Example:

    \b
        newsgraph relations "Ocean Star"
        newsgraph relations "Ocean Star" --predicate visited --json
        newsgraph relations --predicate sanctioned
        newsgraph relations "Ocean Star" --modality speculated --modality alleged
    """
    from ..queries.lookup import as_graph, evidence_rows, graph_entities, relations_of

    with open_store(store_path, read_only=True) as store:
        G = as_graph(store)
    entity = resolve_entity(graph_entities(G), name, degree=G.degree) if name is not None else None
    if entity is None:  # every relation once, as its subject's outgoing one
        rows = [r for n in sorted(G.nodes, key=lambda n: (str(G.nodes[n].get("name") or n).lower(), n))
                for r in relations_of(G, n, predicate, include_negated=not facts_only) if r["direction"] == "out"]
    else:
        rows = relations_of(G, entity.id, predicate, include_negated=not facts_only)
    if facts_only:  # (a relation stated as fact by one sentence and denied by another: the stating ones)
        from ..graph.model import NOT_FACT

        rows = [dict(r, evidence=[e for e in r["evidence"] if e.get("modality") not in NOT_FACT]) for r in rows]
    if modalities:  # one claim's sentences: "--modality speculated" shows what is only guessed
        rows = [dict(r, evidence=[e for e in r["evidence"] if (e.get("modality") or "asserted") in modalities])
                for r in rows]
        rows = [r for r in rows if r["evidence"]]
    if entity is None:
        n_ev = sum(len(r["evidence"]) for r in rows)
        if as_json:
            emit({"relations": rows}, as_json=True)
            return
        table = [dict(row, subject=r["subject"]) for r in rows for row in evidence_rows([r])]
        emit(table, as_json=False, columns=["subject", "relation", "modality", "attributed_to", "document", "sentence"],
             title=f"{len(rows)} relation{'s' if len(rows) != 1 else ''}"
                   + (f" of type {predicate}" if predicate else "")
                   + f", {n_ev} piece{'s' if n_ev != 1 else ''} of evidence")
        return
    header = {"id": entity.id, "name": entity.name, "type": entity.type, "aliases": sorted(entity.aliases)}
    if as_json:
        emit({"entity": header, "relations": rows}, as_json=True)
        return
    n_ev = sum(len(r["evidence"]) for r in rows)
    aliases = ", ".join(a for a in sorted(entity.aliases) if a != entity.name)
    click.echo(visible(f"{entity.name} ({entity.type}, {entity.id})" + (f" also: {aliases}" if aliases else "")))
    emit(evidence_rows(rows), as_json=False,
         columns=["relation", "modality", "attributed_to", "document", "sentence"],
         title=f"{len(rows)} relation{'s' if len(rows) != 1 else ''}"
               + (f" of type {predicate}" if predicate else "")
               + f", {n_ev} piece{'s' if n_ev != 1 else ''} of evidence")
