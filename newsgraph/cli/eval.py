"""``newsgraph eval GOLD.json...``: score the extraction against gold annotations."""

from __future__ import annotations

from pathlib import Path

import click

from .common import emit, handle_errors, json_option, visible


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--details", is_flag=True, help="List misses and false positives per document.")
@json_option
@handle_errors
def eval_(gold: tuple[Path, ...], details: bool, as_json: bool) -> None:
    """Run the extraction on each gold file's text and print precision, recall and F1.

    Each GOLD.json names its article in "text" (a .txt beside it). Scores are
    micro-averaged over the files: entities (matched through aliases, case- and
    punctuation-insensitively, types equal) and relations (subject, predicate,
    object; negated or denied predictions are not facts), overall, per entity
    type and per predicate.

    A gold file is JSON: {"text": "article.txt", "entities": [{"name",
    "type", "aliases"}], "relations": [{"subject", "predicate", "object",
    "evidence"}], "negated_relations": [...]}; subjects and objects are
    entity names; types and predicates are the ontology's (ontology/newsgraph.ttl;
    `newsgraph relations --help` lists the predicates; tests/corpus holds examples).

    Example:

    \b
        newsgraph eval corpus/dev/*.gold.json
        newsgraph eval --json corpus/seed-article.gold.json
    """
    from ..eval import evaluate

    result = evaluate(gold)
    if as_json:
        for doc in result["documents"].values():
            doc.pop("predicted", None)
        emit(result, as_json=True)
        return
    rows = []
    for what in ("entities", "relations"):
        c = result[what]
        rows.append({"scope": what, **{k: c[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}})
    for name, c in result["entity_types"].items():
        rows.append({"scope": f"type {name}", **{k: c[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}})
    for name, c in result["predicates"].items():
        rows.append({"scope": f"predicate {name}", **{k: c[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}})
    emit(rows, as_json=False, title=f"newsgraph eval: {len(result['documents'])} document(s), micro-averaged")
    if details:
        for doc_id, s in result["documents"].items():
            click.echo("\n" + visible(f"{doc_id}: entities F1 {s['entities']['f1']:.3f}, relations F1 {s['relations']['f1']:.3f}"))
            for key in ("entity_misses", "entity_false_positives", "relation_misses", "relation_false_positives"):
                if s[key]:
                    click.echo(visible(f"  {key.replace('_', ' ')}: " + "; ".join(s[key])))
