"""Issue 7 through the command line: hostile inputs give clear per-file errors and never touch the store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.store import Store


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, prog_name="newsgraph")


def _quads(store):
    if not (store / "oxigraph").exists():
        return set()
    with Store.open(store, read_only=True) as s:
        return {str(q) for q in s.oxigraph.quads_for_pattern(None, None, None, None)}


def test_hardening_cli_50mb_article_refused(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.write(b"The tanker sailed on. " * (51 * 1024 * 1024 // 22 + 1))
    store = tmp_path / "store"
    result = run("ingest", big, "--store", store)
    assert result.exit_code == 1
    assert f"{big}: file is 51.0 MB, over the 50.0 MB limit; pass --max-bytes to raise it" in result.stderr
    assert _quads(store) == set()


def test_hardening_cli_encoding_option(tmp_path):
    path = tmp_path / "depeche.txt"
    path.write_bytes("Le pétrolier Étoile du Nord a quitté le port de Sète vendredi.\n".encode("cp1252"))
    store = tmp_path / "store"
    refused = run("ingest", path, "--store", store)
    assert refused.exit_code == 1 and "not valid UTF-8" in refused.stderr and "--encoding" in refused.stderr
    ok = run("ingest", path, "--store", store, "--encoding", "cp1252", "--json")
    assert ok.exit_code == 0, ok.output
    with Store.open(store, read_only=True) as s:
        assert s.document_graph("depeche").document.text.startswith("Le pétrolier Étoile du Nord")


def test_hardening_cli_jsonl_bad_lines_named(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([
        json.dumps({"id": "ok-1", "text": "The tanker Blue Fin was detained at Aden on Monday."}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "no-text", "body": "wrong field"}),
        json.dumps({"id": "ok-2", "text": "The frigate Sea Hawk sailed from Tartus.", "published": "2 May 2024"}),
    ]) + "\n")
    store = tmp_path / "store"
    result = run("ingest", feed, "--store", store, "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["documents"]["added"] == 2
    assert {e["source"]: e["problem"].split(":")[0] for e in summary["errors"]} == {
        f"{feed}:2": "not JSON", f"{feed}:3": "no 'text' field (fields present"}
    with Store.open(store, read_only=True) as s:
        assert s.document_ids() == ["ok-1", "ok-2"]
        assert s.document_graph("ok-2").document.published == "2024-05-02"


@pytest.mark.parametrize("text", [
    "Танкер «Северная звезда» вышел из порта Новороссийск. Минфин США ввёл санкции против судна.",
    "북한 화물선 '백두산호'가 나진항을 떠났다고 관계자가 말했다.",
    "The tanker \u202eRATS AES\u202c docked at Aden. The Zero\u200bWidth Shipping Co. owns it.",
    'The ship "Back\\slash" and the \'Quote\' Line met "off" Aden.\n\n\n\tTabs\tand\x0bcontrols.',
])
def test_hardening_cli_awkward_text_ingests_and_looks_up(tmp_path, text):
    path = tmp_path / "awkward.txt"
    path.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    result = run("ingest", path, "--store", store, "--json")
    assert result.exit_code == 0, result.output
    ents = json.loads(run("entities", "--store", store, "--json").stdout)
    for e in ents:  # every entity the pipeline found can be looked up by its own name
        found = run("relations", e["name"], "--store", store, "--json")
        assert found.exit_code == 0, (e, found.output)
        assert json.loads(found.stdout)["entity"]["id"] == e["id"]
