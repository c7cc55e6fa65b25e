"""``newsgraph path | influence | communities | timeline | render``: graph analysis commands.

Thin click layer over :mod:`newsgraph.queries.paths`,
:mod:`newsgraph.queries.influence` and :mod:`newsgraph.render`. The graph is
read through :func:`newsgraph.queries.graphcache.load_graph`, so repeated
queries on an unchanged store do not rebuild it.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import click

from .common import (emit, handle_errors, json_option, open_store, refuse_inside_store, resolve_entity, store_option,
                     visible)

from ..graph.model import MODALITIES as MODALITY_CHOICES  # noqa: E402 (the ontology's modalities, one list)


def _load(store_path: Path):
    """(graph, documents metadata) of the store, the graph from the on-disk cache when unchanged."""
    from ..queries.graphcache import load_graph

    store = open_store(store_path, read_only=True)
    try:
        G = load_graph(store)
    finally:
        store.close()
    return G, dict(G.graph.get("documents") or {})


def _load_compiled(store_path: Path):
    """(compiled graph, documents metadata): what path and influence queries need, without the networkx graph."""
    from ..queries.graphcache import load_compiled

    store = open_store(store_path, read_only=True)
    try:
        cg = load_compiled(store)
    finally:
        store.close()
    return cg, dict(cg._cache.get("documents") or {})


_ENTITIES: dict[int, list] = {}


def _entity(G, name: str) -> str:
    """Entity id for what the user typed (name, alias or id) in a networkx or compiled graph."""
    from ..queries.graphcache import CompiledGraph

    compiled = isinstance(G, CompiledGraph)
    if (name in G.index) if compiled else (name in G):
        return name
    ents = _ENTITIES.get(id(G))
    if ents is None:
        if compiled:
            ents = [SimpleNamespace(id=n, name=G.names[i], aliases=G.aliases[i]) for i, n in enumerate(G.nodes)]
        else:
            ents = [SimpleNamespace(id=n, name=str(d.get("name") or n), aliases=list(d.get("aliases") or []))
                    for n, d in G.nodes(data=True)]
        _ENTITIES[id(G)] = ents
    if compiled:  # relations per entity from the edge arrays: the busier of two entities of one name wins
        import numpy as np

        counts = np.bincount(np.concatenate([G.src, G.dst]), minlength=len(G.nodes)) if len(G.src) else None
        deg = (lambda n: int(counts[G.index[n]])) if counts is not None else (lambda n: 0)
    else:
        deg = G.degree
    return resolve_entity(ents, name, degree=deg).id


def _check_types(entity_types=(), relation_types=()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The entity and relation types as the ontology spells them, matched without regard to case
    ("vessel" -> "Vessel", "shipped_to" -> "SHIPPED_TO", as ``entities --type`` and ``relations --predicate``
    take them).

    Raises
    ------
    click.BadParameter
        For a type the ontology does not define (exit code 2, with the known names).
    """
    from ..ontology import load_ontology

    onto = load_ontology()
    known_e = {t.casefold(): t for t in [*onto.evaluation_types, *onto.classes]}
    known_r = {r.casefold(): r for r in onto.relations}
    ents, rels = [], []
    for t in entity_types or ():
        if t.strip().casefold() not in known_e:
            raise click.BadParameter(f"unknown entity type {t!r}; known: {', '.join(onto.evaluation_types)}",
                                     param_hint="--type")
        ents.append(known_e[t.strip().casefold()])
    for r in relation_types or ():
        if r.strip().casefold() not in known_r:
            raise click.BadParameter(f"unknown relation type {r!r}; known: {', '.join(sorted(onto.relations))}",
                                     param_hint="--relation")
        rels.append(known_r[r.strip().casefold()])
    return tuple(ents), tuple(rels)


def _modalities(modality: tuple[str, ...], asserted_only: bool):
    if asserted_only:
        return ("asserted",)
    return tuple(modality) or None


def _filters(f):
    f = click.option("--relation", "relation_types", multiple=True, metavar="TYPE",
                     help="Only follow this relation type (repeatable), e.g. SHIPPED_TO.")(f)
    f = click.option("--modality", multiple=True, type=click.Choice(MODALITY_CHOICES),
                     help="Only relations with this modality (repeatable; default all but denied/negated).")(f)
    f = click.option("--asserted-only", is_flag=True, help="Only relations the text states as fact.")(f)
    return f


MAX_K = 100
"""Most paths ``path --k`` asks for: Yen's algorithm runs one shortest-path search per
path and spur node, so a huge k runs for minutes and prints more than anyone reads."""


@click.command()
@click.argument("source", metavar="FROM")
@click.argument("target", metavar="TO")
@click.option("--max-hops", type=click.IntRange(min=1), default=None,
              help="Longest path accepted (default: any for shortest, 3 for --all).")
@click.option("--k", "k", type=click.IntRange(1, MAX_K), default=1, show_default=True,
              help=f"The k shortest paths (Yen's algorithm), at most {MAX_K}.")
@click.option("--all", "all_simple", is_flag=True, help="Every simple path up to --max-hops (default 3).")
@click.option("--directed", is_flag=True, help="Follow relations only from subject to object.")
@click.option("--weighted", is_flag=True,
              help="Prefer well-sourced relations: cost 1/(summed confidence of the evidence).")
@click.option("--type", "entity_types", multiple=True, metavar="TYPE",
              help="Only pass through entities of this type (repeatable).")
@click.option("--avoid", multiple=True, metavar="NAME", help="Route around this entity (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="Most paths printed with --all.")
@_filters
@store_option
@json_option
@handle_errors
def path(source, target, max_hops, k, all_simple, directed, weighted, entity_types, avoid, limit,
         relation_types, modality, asserted_only, store_path, as_json):
    """Show how two entities are connected, with the sentence behind every hop.

    By default the shortest connection, ignoring relation direction; each hop
    shows its relation (arrow = direction as stated), the evidence sentence
    and the source document.

    Example:

    \b
        newsgraph path "Ocean Star" "Iran" --k 3 --avoid "United States"
    """
    from ..queries.paths import find_paths

    entity_types, relation_types = _check_types(entity_types, relation_types)
    G, docs = _load_compiled(store_path)
    s, t = _entity(G, source), _entity(G, target)
    if s == t:
        raise click.UsageError(f"{G.name(s)!r} is both ends of the path: give two different entities")
    avoid_ids = tuple(_entity(G, a) for a in avoid)
    paths = find_paths(G, s, t, k=k, all_simple=all_simple, max_hops=max_hops, directed=directed,
                       weighted=weighted, relation_types=relation_types or None,
                       modalities=_modalities(modality, asserted_only), entity_types=entity_types or None,
                       avoid=avoid_ids, **({"limit": limit} if all_simple else {}))
    if all_simple:
        paths = paths[:limit]
    if as_json:
        out = []
        for p in paths:
            d = p.to_dict()
            for h in d["hops"]:
                for e in h["evidence"]:
                    e["document_title"] = (docs.get(e["document"]) or {}).get("title")
                    e["document_url"] = (docs.get(e["document"]) or {}).get("url")
            out.append(d)
        emit(out, as_json=True)
        return
    from rich.console import Console
    from rich.markup import escape as _escape

    def escape(text: str) -> str:
        return _escape(visible(text))

    console = Console(soft_wrap=True)
    for i, p in enumerate(paths, 1):
        cost = f", cost {p.cost:.3g}" if weighted else ""
        console.print(f"[bold]Path {i}[/bold] ({len(p)} hop{'s' if len(p) != 1 else ''}{cost}): "
                      + escape(" · ".join(p.names)))
        for h in p.hops:
            console.print(f"  {escape(h.describe())}  [dim]({escape(h.modality)}, "
                          f"confidence {h.confidence:.2f})[/dim]")
            shown = h.evidence[:2]
            for e in shown:
                meta = docs.get(e["document"]) or {}
                src = meta.get("title") or e["document"]
                where = f" {meta['url']}" if meta.get("url") else ""
                console.print(f"    “{escape(e['sentence'].strip())}”")
                # each sentence with its own modality and source: the hop's modality is the strongest of all
                claim = e.get("modality") or ""
                who = e.get("attributed_to") or []
                tail = (f" ({escape(claim)}" + (f", according to {escape(', '.join(who))}" if who else "") + ")"
                        if (claim and claim != h.modality) or who else "")
                console.print(f"    [dim]— {escape(str(src))}{escape(where)}{tail}[/dim]")
            others = sorted({a for e in h.evidence[len(shown):] for a in e.get("attributed_to") or []})
            if others:
                console.print(f"    [dim](more evidence according to {escape(', '.join(others))})[/dim]")
            if h.also:
                console.print(f"    [dim]also: {escape(', '.join(h.also))}[/dim]")


@click.command()
@click.option("--metric", type=click.Choice(["pagerank", "betweenness", "eigenvector", "degree"]),
              default="pagerank", show_default=True, help="Influence measure.")
@click.option("--type", "entity_types", multiple=True, metavar="TYPE", help="Rank only this entity type (repeatable).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="How many entities.")
@click.option("--directed", is_flag=True, help="Follow relation direction (default: undirected).")
@click.option("--unweighted", is_flag=True, help="Every relation counts 1 (default: weighted by evidence).")
@click.option("--sample", type=click.IntRange(min=1), default=None,
              help="Betweenness from this many random sources (approximate, for big graphs).")
@click.option("--between", nargs=2, metavar="GROUP_A GROUP_B", default=None,
              help="Brokers between two groups: entity types, or entity names separated by commas (by "
                   "semicolons when a name has a comma: \"Golden Reed Co., Ltd; Iran\").")
@click.option("--ego", metavar="NAME", default=None, help="Rank within this entity's ego network.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops for --ego.")
@_filters
@store_option
@json_option
@handle_errors
def influence(metric, entity_types, top, directed, unweighted, sample, between, ego, depth, relation_types,
              modality, asserted_only, store_path, as_json):
    """Rank entities by influence: PageRank, betweenness, eigenvector or degree.

    Default: PageRank (Page et al. 1999) on the undirected graph, each
    relation weighted by the summed confidence of its evidence; direction
    in this graph is grammatical (who reported, where a port lies), not a
    flow of influence. --between ranks brokers on the shortest routes
    between two groups (subset betweenness, Brandes 2008).

    Example:

    \b
        newsgraph influence --top 5
        newsgraph influence --between Vessel Country
    """
    from ..queries.influence import brokers, ego_network, influence as rank

    entity_types, relation_types = _check_types(entity_types, relation_types)
    mods = _modalities(modality, asserted_only)
    if ego:  # built from the compiled cache: only the neighbourhood's relations are unpickled
        G, _ = _load_compiled(store_path)
        G = ego_network(G, _entity(G, ego), depth, directed=directed, relation_types=relation_types or None,
                        modalities=mods)
    else:
        G, _ = _load_compiled(store_path)
    if between:
        from ..ontology import load_ontology

        onto = load_ontology()
        type_names = {t.casefold(): t for t in onto.evaluation_types}

        def group(spec: str):
            if not spec.strip():
                raise click.BadParameter("a group is empty: give an entity type or entity names separated by "
                                         "commas", param_hint="--between")
            if spec.strip().casefold() in type_names:  # "Vessel", "vessel": every entity of that type in view
                return type_names[spec.strip().casefold()]
            from ..exceptions import EntityNotFound

            try:  # one name with commas in it ("Golden Reed Trading Co., Limited") before a list of names
                return [_entity(G, spec.strip())]
            except EntityNotFound:
                pass
            sep = ";" if ";" in spec else ","  # "A Co., Ltd; B" when the names themselves hold commas
            return [_entity(G, part.strip()) for part in spec.split(sep) if part.strip()]

        rows = brokers(G, group(between[0]), group(between[1]), top=top, directed=directed,
                       weighted=not unweighted, relation_types=relation_types or None, modalities=mods)
        title = f"Brokers between {between[0]} and {between[1]}"
        emit(rows, as_json=as_json, columns=["rank", "name", "type", "score"], title=title)
        return
    rows = rank(G, metric, entity_type=entity_types or None, top=top, directed=directed, weighted=not unweighted,
                sample=sample, relation_types=relation_types or None, modalities=mods)
    emit(rows, as_json=as_json, columns=["rank", "name", "type", "score", "relations"],
         title=f"Influence ({metric}{', directed' if directed else ''}{', unweighted' if unweighted else ''})")


@click.command()
@click.option("--method", type=click.Choice(["louvain", "leiden"]), default="louvain", show_default=True)
@click.option("--resolution", type=click.FloatRange(min=0, min_open=True, max=1e6), default=1.0,
              show_default=True, help="Above 1: more, smaller communities (a positive number).")
@click.option("--min-size", type=click.IntRange(min=1), default=2, show_default=True,
              help="Leave out smaller communities.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="How many communities.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed (reproducible output).")
@_filters
@store_option
@json_option
@handle_errors
def communities(method, resolution, min_size, top, seed, relation_types, modality, asserted_only, store_path,
                as_json):
    """Find groups of entities tied more to each other than to the rest.

    Louvain (Blondel et al. 2008) or Leiden (Traag et al. 2019) modularity
    communities on the undirected graph weighted by evidence.

    Example:

    \b
        newsgraph communities --method leiden --min-size 3
    """
    from ..queries.influence import communities as find

    if resolution != resolution:  # NaN passes every range check
        raise click.BadParameter("must be a number, not NaN", param_hint="'--resolution'")
    _, relation_types = _check_types((), relation_types)
    G, _ = _load_compiled(store_path)
    found = find(G, method=method, resolution=resolution, seed=seed, min_size=min_size,
                 relation_types=relation_types or None, modalities=_modalities(modality, asserted_only))[:top]
    rows = [{"community": c.id, "size": c.size, "types": ", ".join(f"{k} {v}" for k, v in sorted(c.types.items())),
             "members": c.names if as_json else ", ".join(c.names[:12]) + (" …" if c.size > 12 else ""),
             **({"ids": c.members} if as_json else {})} for c in found]
    emit(rows, as_json=as_json, columns=["community", "size", "types", "members"], title=f"Communities ({method})")


@click.command()
@click.argument("name")
@_filters
@store_option
@json_option
@handle_errors
def timeline(name, relation_types, modality, asserted_only, store_path, as_json):
    """An entity's relations in date order (relation dates, else the article's date).

    A date the text gives is the relation's ("in mid-January", "between
    February 16 and 21": its start); one it does not is the article's
    publication date, marked "(published)" in the table and
    "date_source": "published" in --json. Each claim is a row: a relation
    one sentence reports and another only speculates about shows twice,
    once per modality.

    Example:

    \b
        newsgraph timeline "Ocean Star"
    """
    from ..queries.influence import timeline as tl

    _, relation_types = _check_types((), relation_types)
    G, docs = _load_compiled(store_path)  # only this entity's relations are unpickled
    node = _entity(G, name)
    rows = tl(G, node, published={k: v.get("published") for k, v in docs.items()},
              modalities=_modalities(modality, asserted_only))
    if relation_types:
        rows = [r for r in rows if r["predicate"] in set(relation_types)]
    if not as_json:  # a date the text does not give is the article's: say so, not pass it off as the event's
        rows = [dict(r, date=f"{r['date']} (published)") if r.get("date_source") == "published" else r
                for r in rows]
    emit(rows, as_json=as_json, columns=["date", "subject", "predicate", "object", "modality", "sentence"],
         title=f"Timeline of {G.name(node)}")


@click.command()
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="HTML file to write.")
@click.option("--focus", metavar="NAME", default=None, help="Draw this entity's neighbourhood.")
@click.option("--depth", type=click.IntRange(min=0), default=None,
              help="Hops around --focus (default 2) or around --path (default 1).")
@click.option("--path", "path_ends", nargs=2, metavar="FROM TO", default=None,
              help="Highlight the shortest path between two entities in its neighbourhood.")
@click.option("--type", "entity_types", multiple=True, metavar="TYPE", help="Only entities of this type (repeatable).")
@click.option("--modality", multiple=True, type=click.Choice(MODALITY_CHOICES),
              help="Only relations with this modality (repeatable; default all but denied/negated).")
@click.option("--asserted-only", is_flag=True, help="Only relations the text states as fact.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=2000, show_default=True,
              help="Cap on drawn entities (the best connected are kept).")
@click.option("--physics/--no-physics", default=None, help="Force the live layout on or off.")
@click.option("--isolated", is_flag=True,
              help="Also draw entities with no relation in view (left out by default; `entities` lists them).")
@click.option("--title", default=None, help="Page heading.")
@store_option
@handle_errors
def render(out, focus, depth, path_ends, entity_types, modality, asserted_only, max_nodes, physics, isolated, title,
           store_path):
    """Write an interactive HTML view of the graph (works offline; opens nothing).

    Colours by entity type with a legend; hover or click an entity or a
    relation for its evidence sentences and source documents.

    Example:

    \b
        newsgraph render --out graph.html --focus "Ocean Star" --depth 2
    """
    from ..queries.paths import shortest_path
    from ..render import render_html

    if str(out) == "-":
        raise click.UsageError("render writes an HTML page to a file: give --out a path "
                               "(graph.html), not '-'")
    refuse_inside_store(out, store_path)
    entity_types, _ = _check_types(entity_types)
    if asserted_only and modality:
        raise click.UsageError("give --asserted-only or --modality, not both (--asserted-only is --modality asserted)")
    if path_ends and focus is not None:
        raise click.UsageError("give --path or --focus, not both: a view is drawn around one entity or along one path")
    if focus is not None and not focus.strip():
        raise click.BadParameter("the name is empty", param_hint="--focus")
    if path_ends and not all(e.strip() for e in path_ends):
        raise click.BadParameter("a name is empty", param_hint="--path")
    G, docs = _load(store_path)
    mods = _modalities(modality, asserted_only)
    focus_id = _entity(G, focus) if focus else None
    path_nodes = path_edges = None
    if path_ends:
        s, t = _entity(G, path_ends[0]), _entity(G, path_ends[1])
        p = shortest_path(G, s, t, modalities=mods)
        path_nodes = p.nodes
        path_edges = [(h.subject, h.object, h.predicate) for h in p.hops]
        title = title or f"Path: {' · '.join(p.names)}"
        depth = 1 if depth is None else depth
    elif focus_id:
        title = title or f"Around {G.nodes[focus_id].get('name') or focus_id}"
        depth = 2 if depth is None else depth
    result = render_html(G, out, focus=focus_id, depth=depth if depth is not None else 1, path=path_nodes,
                         path_edges=path_edges, entity_types=entity_types or None, modalities=mods,
                         documents=docs, max_nodes=max_nodes, physics=physics, title=title or "newsgraph",
                         isolated=isolated)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"Wrote {result.path} ({result.nodes} entities, {result.edges} relations)")
