"""The README documents every command, and its two set-up commands exist."""

from __future__ import annotations

import os
import re

import click
import pytest

from newsgraph.cli import main

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "newsgraph") -> list[str]:
    ctx = click.Context(group)
    out = []
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix} {name}")
        else:
            out.append(f"{prefix} {name}")
    return out


@pytest.mark.parametrize("command", _commands(main))
def test_docs_readme_mentions_every_command(command):
    assert re.search(re.escape(command) + r"\b", README), f"README does not show `{command}`"


@pytest.mark.parametrize("script", ["scripts/demo.sh", "scripts/test.sh"])
def test_docs_readme_setup_commands_exist(script):
    assert script in README
    assert os.access(REPO / script, os.X_OK)


def test_docs_ci_runs_the_readme_test_command():
    ci = (REPO / ".ci" / "run").read_text()
    last = [ln for ln in ci.splitlines() if ln.strip() and not ln.startswith(("#", "set ", "cd "))][-1]
    assert last.strip() in README
