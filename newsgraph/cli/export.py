"""``newsgraph export`` and ``newsgraph import``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import emit, handle_errors, json_option, open_store, refuse_inside_store, store_option


@click.command("export")
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "ttl", "trig", "nt", "nq", "jsonld"]),
              default=None, help="Output format (default: from --out's extension, else json).")
@click.option("--out", "-o", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path), default="-",
              show_default=True, help="Output file; - for standard output.")
@store_option
@handle_errors
def export(fmt, out, store_path):
    """Write the whole store as interchange JSON or RDF.

    json is the interchange JSON (described in the README: entities with
    aliases, relations with modality, attribution and all their evidence). ttl and nt merge the document graphs into one
    graph; trig, nq and jsonld keep one named graph per document. jsonld is
    compacted with the shipped context (ontology/context.jsonld).

    Example:

    \b
        newsgraph export --format ttl --out graph.ttl
        newsgraph export --out graph.trig
        newsgraph export --format json | jq '.relations | length'
    """
    from ..graph.formats import EXPORT_FORMATS, export_store, guess_format

    refuse_inside_store(out, store_path)
    if fmt is None:
        fmt = "json" if str(out) == "-" else guess_format(out, None, allowed=EXPORT_FORMATS)
    with open_store(store_path, read_only=True) as store:
        if str(out) == "-":
            count = export_store(store, fmt, sys.stdout.buffer)
        else:
            count = export_store(store, fmt, out)
    if str(out) != "-":
        what = {"json": "relations", "ttl": "triples", "nt": "triples"}.get(fmt, "quads")
        click.echo(f"wrote {count} {what} to {out} ({fmt})", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option("--format", "-f", "fmt", type=click.Choice(["ttl", "nt", "trig", "nq", "jsonld"]), default=None,
              help="Input format (default: from the file extension).")
@store_option
@json_option
@handle_errors
def import_(file, fmt, store_path, as_json):
    """Load an RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD) into the store.

    Each document graph in the file replaces the stored graph of that
    document; named graphs of TriG, N-Quads and JSON-LD are kept. For Turtle
    and N-Triples the document graphs are rebuilt from the provenance in the
    data (statements prov:wasDerivedFrom their document). Exporting and
    importing again gives the same graph.

    Example:

    \b
        newsgraph export --format trig --out backup.trig
        newsgraph import --store other-store backup.trig
    """
    from ..graph.formats import IMPORT_FORMATS, guess_format, import_file

    if str(file) == "-":
        if fmt is None:
            raise click.UsageError("give --format when reading from standard input")
        source, name = sys.stdin.buffer, "<stdin>"
    else:
        if not file.is_file():
            raise click.BadParameter(f"{file}: no such file", param_hint="FILE")
        fmt = guess_format(file, fmt, allowed=IMPORT_FORMATS)
        source, name = file, str(file)
    with open_store(store_path, must_exist=False) as store:
        result = import_file(store, source, fmt, name=name)
    summary = {"file": name, "format": fmt, "documents": len(result.documents),
               "other_graphs": len(result.other_graphs), "quads": result.quads,
               "duplicates": len(result.duplicates)}
    if as_json:
        emit({**summary, "document_ids": result.documents, "graph_iris": result.other_graphs,
              "duplicate_of": [{"document": a, "stored_as": b} for a, b in result.duplicates]}, as_json=True)
    else:
        click.echo(f"imported {result.quads} quads from {name}: {len(result.documents)} document(s)"
                   + (f", {len(result.other_graphs)} other graph(s)" if result.other_graphs else "")
                   + (f"; skipped {len(result.duplicates)} already stored under another id ("
                      + ", ".join(f"{a} = {b}" for a, b in result.duplicates[:5])
                      + (", ..." if len(result.duplicates) > 5 else "") + ")" if result.duplicates else ""))
