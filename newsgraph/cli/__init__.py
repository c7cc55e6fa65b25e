"""The ``newsgraph`` command line: a thin click layer over the library.

Commands live in one module per area and are imported lazily (click's
"lazy loading of subcommands" pattern), so ``newsgraph --help`` does not
import spaCy, neo4j or pyvis.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from .. import __version__

COMMANDS: dict[str, str] = {
    "ingest": "newsgraph.cli.ingest:ingest",
    "forget": "newsgraph.cli.ingest:forget",
    "documents": "newsgraph.cli.ingest:documents",
    "entities": "newsgraph.cli.query:entities",
    "relations": "newsgraph.cli.query:relations",
    "path": "newsgraph.cli.analyse:path",
    "influence": "newsgraph.cli.analyse:influence",
    "communities": "newsgraph.cli.analyse:communities",
    "timeline": "newsgraph.cli.analyse:timeline",
    "render": "newsgraph.cli.analyse:render",
    "sparql": "newsgraph.cli.sparql:sparql",
    "validate": "newsgraph.cli.sparql:validate",
    "export": "newsgraph.cli.export:export",
    "import": "newsgraph.cli.export:import_",
    "cypher": "newsgraph.cli.neo4j:cypher",
    "eval": "newsgraph.cli.eval:eval_",
}
"""Command name -> ``"module:attribute"`` of its click command."""

PUSH_COMMANDS: dict[str, str] = {
    "neo4j": "newsgraph.cli.neo4j:push_neo4j",
    "sparql": "newsgraph.cli.sparql:push_sparql",
}


_JSON_KEY = "newsgraph.json_errors"


class JsonError(click.ClickException):
    """A command's error, shown as one JSON object on stderr when the command line has ``--json``.

    The object is ``{"error": {"message": str, "kind": "usage" | "error", "exit_code": int}}``;
    the exit code is the original one (2 for a usage error, 1 otherwise), so a script can
    parse stdout as the result and stderr as the error.

    Parameters
    ----------
    original : click.ClickException
        The error as click would have shown it.
    """

    def __init__(self, original: click.ClickException):
        super().__init__(original.format_message())
        self.exit_code = original.exit_code
        self.kind = "usage" if isinstance(original, click.UsageError) else "error"

    def show(self, file: Any = None) -> None:
        import json

        payload = {"error": {"message": self.format_message(), "kind": self.kind, "exit_code": self.exit_code}}
        click.echo(json.dumps(payload, ensure_ascii=False), file=file, err=file is None)


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use.

    Parameters
    ----------
    lazy : dict of str to str
        Command name -> ``"module:attribute"``. Names whose module does not
        exist (yet) are left out of the listing.
    """

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        for name, target in self.lazy.items():
            module = target.split(":")[0]
            if importlib.util.find_spec(module) is not None:
                names.add(name)
        return sorted(names)

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        # Whether the command line asks for JSON, so that its errors come as JSON too
        # (options after a "--" are arguments, not options).
        if ctx.parent is None:
            ctx.meta[_JSON_KEY] = "--json" in (args[:args.index("--")] if "--" in args else args)
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            if ctx.parent is not None or not ctx.meta.get(_JSON_KEY) or isinstance(exc, JsonError):
                raise
            raise JsonError(exc) from exc

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module_name, attr = self.lazy[name].split(":")
            if importlib.util.find_spec(module_name) is None:
                return None
            module = importlib.import_module(module_name)
            return getattr(module, attr, None)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """Turn news text into a knowledge graph and ask it questions.

    newsgraph reads articles (txt, md, html, jsonl, stdin), extracts actors,
    vessels, places, weapons and deals with the sentence behind every relation,
    keeps them in an embedded RDF store (one named graph per document), and
    answers look-ups, path, influence, SPARQL and Cypher queries.

    Example:

    \b
        newsgraph ingest examples/article.txt
        newsgraph relations "Ocean Star"
        newsgraph render --out graph.html
    """


@main.group(cls=LazyGroup, lazy=PUSH_COMMANDS)
def push() -> None:
    """Copy the embedded store into an external database (Neo4j, a SPARQL server).

    Example:

    \b
        newsgraph push neo4j --uri bolt://localhost:7687
    """


import importlib.util  # noqa: E402  (used by LazyGroup)
