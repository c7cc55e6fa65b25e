"""Every command documents itself with an example (STYLE.md example 12)."""

from __future__ import annotations

import click
import pytest

from newsgraph.cli import main


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    ctx = click.Context(group)
    out = []
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None:
            continue
        out.append(prefix + (name,))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, prefix + (name,)))
    return out


COMMANDS = _commands(main)


def test_cli_commands_of_this_task_are_registered():
    names = {c[0] for c in COMMANDS}
    assert {"ingest", "forget", "documents", "entities", "relations"} <= names


@pytest.mark.parametrize("command", [()] + COMMANDS, ids=lambda c: " ".join(c) or "newsgraph")
def test_cli_help_has_example(runner, command):
    result = runner.invoke(main, [*command, "--help"], prog_name="newsgraph")
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "Usage: newsgraph" in result.output


def test_relations_help_lists_every_predicate_of_the_ontology(runner):
    # "eval --help" sends the reader there for the predicates (found by a new-user trial)
    from newsgraph.ontology import load_ontology

    result = runner.invoke(main, ["relations", "--help"], prog_name="newsgraph")
    text = " ".join(result.output.split())
    assert all(p in text for p in load_ontology().relations), text
