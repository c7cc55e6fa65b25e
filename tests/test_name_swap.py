"""Name-swap robustness on the dev set (:mod:`tests.name_swap`).

The dev articles with their vessels, people, companies, ports and towns renamed
(consistently, in text and gold) must score close to the originals: a large drop
means the rules recognise particular names rather than how news is written.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.name_swap import check, compare, swap_gold

REPO = Path(__file__).resolve().parent.parent
SEEDS = 3
# Largest allowed drop in micro F1 from original to swapped dev (mean over SEEDS seeds).
# Measured 2026-11-29 on 32 documents: before this branch's entity fixes the drop was 0.030 (entities,
# 0.976 -> 0.946) and 0.040 (relations, 0.882 -> 0.842); after them 0.011 (0.976 -> 0.965) and 0.018
# (0.882 -> 0.864). With the 36 blind-written articles added (68 documents) the drop is 0.023
# (entities, 0.912 -> 0.889) and 0.028 (relations, 0.805 -> 0.778): their unfamiliar names cost more.
# The margins sit a little above that, so a rule that leans on names fails here.
MARGINS = {"entities": 0.030, "relations": 0.035}


def _gold_files(corpus: Path) -> list[Path]:
    files = sorted((corpus / "dev").glob("*.gold.json")) + sorted((REPO / "tests" / "corpus").glob("*.gold.json"))
    assert len(files) >= 18
    return files


def test_swapped_gold_is_consistent(corpus: Path) -> None:
    for seed in range(SEEDS):
        for p in _gold_files(corpus):
            text, gold = swap_gold(p, random.Random(f"{seed}:{p.name}"))
            assert check(text, gold) == [], p.name


def test_swap_replaces_names_consistently(tmp_path: Path) -> None:
    text = ("The tanker Quill Harbor called at Port Esperanza, said analyst Tomasz Wrobel of Lanternfish "
            "Shipping Ltd. Wrobel said Lanternfish owns the Quill Harbor. Iran denied it.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"text": "a.txt", "entities": [
        {"name": "Quill Harbor", "type": "Vessel", "aliases": ["Quill Harbor"]},
        {"name": "Esperanza", "type": "Port", "aliases": ["Port Esperanza"]},
        {"name": "Tomasz Wrobel", "type": "Person", "aliases": ["Tomasz Wrobel", "Wrobel"]},
        {"name": "Lanternfish Shipping Ltd", "type": "Organization", "aliases": ["Lanternfish Shipping Ltd", "Lanternfish"]},
        {"name": "Iran", "type": "Country", "aliases": ["Iran"]}],
        "relations": [{"subject": "Quill Harbor", "predicate": "VISITED", "object": "Esperanza",
                       "evidence": "The tanker Quill Harbor called at Port Esperanza"}]}
    import json
    gp = tmp_path / "a.gold.json"
    gp.write_text(json.dumps(gold), encoding="utf-8")
    new_text, new_gold = swap_gold(gp, random.Random(1))
    assert check(new_text, new_gold) == []
    for old in ("Quill", "Esperanza", "Wrobel", "Lanternfish"):
        assert old not in new_text
    for kept in ("Iran", "Shipping Ltd", "Port ", "The tanker"):
        assert kept in new_text
    names = {e["name"] for e in new_gold["entities"]}
    assert new_gold["relations"][0]["subject"] in names and new_gold["relations"][0]["object"] in names


@pytest.mark.slow
def test_swapped_dev_close_to_original(corpus: Path) -> None:
    res = compare(_gold_files(corpus), SEEDS)
    for key, margin in MARGINS.items():
        orig = res["original"][key]["f1"]
        swapped = sum(r[key]["f1"] for r in res["swapped"]) / SEEDS
        print(f"{key}: original F1 {orig:.3f}, swapped {swapped:.3f} (drop {orig - swapped:+.3f}, allowed {margin})")
        assert orig - swapped <= margin, key
