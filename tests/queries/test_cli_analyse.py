"""``newsgraph path / influence / communities / timeline / render`` through click's CliRunner on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.render import remote_references


def run(store: Path, *args: str, ok: bool = True):
    result = CliRunner().invoke(main, [*args, "--store", str(store)], catch_exceptions=False)
    if ok:
        assert result.exit_code == 0, result.output
    return result


def test_cli_path_explains_hops_with_evidence_and_source(seed_store):
    out = run(seed_store, "path", "lady r", "Kim Jong Un").output
    assert "Lady R -[VISITED]-> Rajin" in out
    assert "North Korea <-[LEADS]- Kim Jong Un" in out
    assert "https://example.org/seed-article" in out
    assert "“" in out  # an evidence sentence


def test_cli_path_json_and_options(seed_store):
    data = json.loads(run(seed_store, "path", "Lady R", "Kim Jong Un", "--k", "3", "--json").output)
    assert [p["length"] for p in data] == sorted(p["length"] for p in data) and len(data) == 3
    hop = data[0]["hops"][0]
    assert hop["predicate"] == "VISITED" and hop["direction"] == "->"
    assert hop["evidence"][0]["document_url"] == "https://example.org/seed-article"
    data = json.loads(run(seed_store, "path", "Lady R", "Kim Jong Un", "--avoid", "North Korea", "--json").output)
    assert "North Korea" not in data[0]["names"]
    data = json.loads(run(seed_store, "path", "Lady R", "Kim Jong Un", "--all", "--max-hops", "4", "--json").output)
    assert len(data) >= 3 and max(p["length"] for p in data) <= 4
    data = json.loads(run(seed_store, "path", "Lady R", "Russia", "--weighted", "--asserted-only", "--json").output)
    assert data[0]["names"][-1] == "Russia"


@pytest.mark.parametrize("args,message", [
    (["path", "Lady R", "Kim Jong Un", "--directed"], "no path between 'Lady R' and 'Kim Jong Un'"),
    (["path", "Lady R", "Kim Jong Um"], "Did you mean: Kim Jong Un"),
    (["path", "Lady R", "Kim Jong Un", "--avoid", "Lady R"], "cannot avoid"),
])
def test_cli_path_errors_are_clear(seed_store, args, message):
    result = run(seed_store, *args, ok=False)
    assert result.exit_code == 1 and message in result.output


def test_cli_influence_seed_top3(seed_store):
    rows = json.loads(run(seed_store, "influence", "--top", "3", "--json").output)
    assert {"North Korea", "Russia"} <= {r["name"] for r in rows}
    table = run(seed_store, "influence", "--top", "3").output
    assert "North Korea" in table and "Russia" in table
    rows = json.loads(run(seed_store, "influence", "--type", "Vessel", "--metric", "betweenness", "--json").output)
    assert rows and {r["type"] for r in rows} == {"Vessel"}
    rows = json.loads(run(seed_store, "influence", "--between", "Vessel", "Country", "--json").output)
    assert rows[0]["type"] == "Port"
    rows = json.loads(run(seed_store, "influence", "--ego", "Rajin", "--depth", "1", "--top", "50", "--json").output)
    assert {r["name"] for r in rows} == {"Rajin", "North Korea", "Lady R", "Angara", "Maia-1", "Maria"}


def test_cli_communities_and_timeline(seed_store):
    comms = json.loads(run(seed_store, "communities", "--json").output)
    assert comms and all(c["size"] >= 2 for c in comms)
    assert any({"Lady R", "Angara"} <= set(c["members"]) for c in comms)
    rows = json.loads(run(seed_store, "timeline", "Russia", "--json").output)
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates) and dates[0] == "2024-02-01" and dates[-1] == "2026-01-10"
    assert set(dates) <= {"2024-02-01", "2024-02-14", "2026-01-10"}


def test_cli_render_writes_offline_page(seed_store, tmp_path):
    out = tmp_path / "view.html"
    result = run(seed_store, "render", "--out", str(out), "--path", "Lady R", "Kim Jong Un")
    assert str(out) in result.output and out.is_file()
    page = out.read_text(encoding="utf-8")
    assert remote_references(page) == []
    result = run(seed_store, "render", "--out", str(out), "--focus", "Nowhere-Land", ok=False)
    assert result.exit_code == 1 and "No entity named" in result.output


@pytest.mark.parametrize("args,hint", [
    (["path", "Lady R", "Russia", "--type", "Ship"], "unknown entity type 'Ship'"),
    (["influence", "--relation", "VISITS"], "unknown relation type 'VISITS'"),
    (["render", "--out", "x.html", "--type", "Boat"], "unknown entity type 'Boat'"),
])
def test_cli_unknown_types_are_usage_errors(seed_store, args, hint):
    result = run(seed_store, *args, ok=False)
    assert result.exit_code == 2 and hint in result.output


def test_cli_influence_between_takes_a_name_with_a_comma(tmp_path):
    # a break-it trial: "--between 'Golden Reed Trading Co., Limited' Iran" split the name at its comma
    art = tmp_path / "a.txt"
    art.write_text("The tanker Jade Lark, managed by Golden Reed Trading Co., Limited, carried Iranian oil to China. "
                   "Golden Reed Trading Co., Limited is based in Hong Kong.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["ingest", str(art), "--store", str(store)]).exit_code == 0
    for spec in ("Golden Reed Trading Co., Limited", "Golden Reed Trading Co., Limited; Jade Lark"):
        result = run(store, "influence", "--between", spec, "China", "--json")
        assert isinstance(json.loads(result.output), list)
