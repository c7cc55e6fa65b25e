"""What a new user's trial of 2026-12-02 (fourth session) found: `timeline` showed one row per relation, so a
speculated claim beside a reported one was hidden and `timeline X --modality speculated` found nothing; and
`relations` had no `--modality` filter while `timeline`, `path` and `render` had one."""

from __future__ import annotations

import json

import pytest

from newsgraph.cli import main

ARTICLE = ("ATHENS, March 3, 2026 -- The tanker Grey Plover called at Tartus in February, according to the "
           "ship-tracking firm Tidemark Data. Tidemark Data said the Grey Plover carried diesel. Analysts said the "
           "vessel may have been carrying diesel to Libya.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("s18")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    from click.testing import CliRunner

    out = CliRunner().invoke(main, ["ingest", "--store", str(root / "store"), str(root / "a.txt")])
    assert out.exit_code == 0, out.output
    return root / "store"


def _claims(store, runner, *extra):
    out = runner.invoke(main, ["relations", "Grey Plover", "--store", str(store), "--json", *extra])
    assert out.exit_code == 0, out.output
    return {(r["predicate"], r["object"], e["modality"]) for r in json.loads(out.stdout)["relations"]
            for e in r["evidence"]}


def test_the_timeline_shows_each_claim(runner, store):
    claims = {m for p, o, m in _claims(store, runner) if p == "TRANSPORTED"}
    assert "speculated" in claims and len(claims) == 2  # the test's premise: two claims of one relation
    out = runner.invoke(main, ["timeline", "Grey Plover", "--store", str(store), "--json"])
    rows = [r for r in json.loads(out.stdout) if r["predicate"] == "TRANSPORTED"]
    assert {r["modality"] for r in rows} == claims
    out = runner.invoke(main, ["timeline", "Grey Plover", "--modality", "speculated", "--store", str(store), "--json"])
    rows = json.loads(out.stdout)
    assert [r["modality"] for r in rows] == ["speculated"] and "may have been" in rows[0]["sentence"]


def test_relations_filtered_by_modality(runner, store):
    got = _claims(store, runner, "--modality", "speculated")
    assert got == {("TRANSPORTED", "diesel", "speculated")}
    assert _claims(store, runner, "--modality", "alleged") == set()
