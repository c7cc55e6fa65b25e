"""The DESIGN.md scoring and the `newsgraph eval` command."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.eval import score

GOLD = {
    "entities": [
        {"name": "North Korea", "type": "Country", "aliases": ["North Korea", "Pyongyang"]},
        {"name": "Russia", "type": "Country", "aliases": ["Russia", "the Kremlin"]},
        {"name": "Lady Q", "type": "Vessel", "aliases": ["Lady Q"]},
        {"name": "Port Vel", "type": "Port", "aliases": ["Port Vel"]},
    ],
    "relations": [
        {"subject": "North Korea", "predicate": "SHIPPED_TO", "object": "Russia", "evidence": "x"},
        {"subject": "North Korea", "predicate": "AGREEMENT_WITH", "object": "Russia", "evidence": "x"},
        {"subject": "Lady Q", "predicate": "VISITED", "object": "Port Vel", "evidence": "x"},
    ],
    "negated_relations": [
        {"subject": "Russia", "predicate": "SHIPPED_TO", "object": "North Korea", "evidence": "x"},
    ],
}


def rel(s, p, o, modality="asserted"):
    return {"subject": s, "predicate": p, "object": o, "modality": modality, "evidence": []}


def test_names_match_through_aliases_case_and_punctuation():
    pred = {"entities": [
        {"name": "PYONGYANG", "type": "Country", "aliases": ["PYONGYANG"]},
        {"name": "Kremlin's", "type": "Country", "aliases": ["Kremlin's"]},
        {"name": "lady-q", "type": "Vessel", "aliases": ["lady-q"]},
        {"name": "Port Vel", "type": "Location", "aliases": ["Port Vel"]},  # wrong type: no match
    ], "relations": []}
    s = score(pred, GOLD)
    assert s["entities"]["tp"] == 3
    assert s["entities"]["fp"] == 1 and s["entities"]["fn"] == 1
    assert s["entity_misses"] == ["Port Vel [Port]"]


def test_relations_symmetric_negated_and_false_positives():
    ents = [{"name": e["name"], "type": e["type"], "aliases": e["aliases"]} for e in GOLD["entities"]]
    pred = {"entities": ents, "relations": [
        rel("North Korea", "SHIPPED_TO", "Russia"),
        rel("Russia", "AGREEMENT_WITH", "North Korea"),          # symmetric: matches
        rel("Lady Q", "VISITED", "Port Vel", "negated"),          # not a fact: not counted
        rel("Russia", "SHIPPED_TO", "North Korea", "reported"),   # gold says negated: false positive
    ]}
    s = score(pred, GOLD)
    assert s["relations"]["tp"] == 2
    assert s["relations"]["fp"] == 1
    assert s["relations"]["fn"] == 1
    assert s["negated_predicted_as_fact"] == ["Russia -SHIPPED_TO-> North Korea"]
    assert s["predicates"]["VISITED"]["fn"] == 1


def test_perfect_prediction_scores_one():
    pred = {"entities": GOLD["entities"],
            "relations": [rel(r["subject"], r["predicate"], r["object"]) for r in GOLD["relations"]]}
    s = score(pred, GOLD)
    assert s["entities"]["f1"] == 1.0 and s["relations"]["f1"] == 1.0


def test_cli_eval_table_and_json(corpus: Path):
    gold = str(corpus / "seed-article.gold.json")
    runner = CliRunner()
    res = runner.invoke(main, ["eval", gold])
    assert res.exit_code == 0, res.output
    assert "relations" in res.output and "entities" in res.output
    res = runner.invoke(main, ["eval", "--json", gold])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["entities"]["f1"] >= 0.85
    assert "seed-article" in data["documents"]


def test_cli_eval_reports_bad_input(tmp_path: Path):
    runner = CliRunner()
    missing = tmp_path / "nope.gold.json"
    res = runner.invoke(main, ["eval", str(missing)])
    assert res.exit_code == 1
    assert "nope.gold.json" in res.output and "not found" in res.output
    bad = tmp_path / "bad.gold.json"
    bad.write_text(json.dumps({"entities": [], "relations": [], "text": "absent.txt"}), encoding="utf-8")
    res = runner.invoke(main, ["eval", str(bad)])
    assert res.exit_code == 1
    assert "absent.txt" in res.output
