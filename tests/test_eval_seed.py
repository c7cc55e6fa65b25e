"""Issue 2: the pipeline on the seed article against its gold (DESIGN.md scoring)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval import evaluate


@pytest.fixture(scope="module")
def seed_result(corpus: Path) -> dict:
    return evaluate([corpus / "seed-article.gold.json"])


def test_seed_scores(seed_result: dict) -> None:
    e, r = seed_result["entities"], seed_result["relations"]
    print(f"\nseed entities  P={e['precision']:.3f} R={e['recall']:.3f} F1={e['f1']:.3f}")
    print(f"seed relations P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}")
    doc = seed_result["documents"]["seed-article"]
    print("entity misses:", doc["entity_misses"], "false positives:", doc["entity_false_positives"])
    print("relation misses:", doc["relation_misses"], "false positives:", doc["relation_false_positives"])
    assert e["f1"] >= 0.85
    assert r["f1"] >= 0.60


def test_seed_every_relation_has_evidence_in_text(seed_result: dict, corpus: Path) -> None:
    text = (corpus / "seed-article.txt").read_text(encoding="utf-8")
    rels = seed_result["documents"]["seed-article"]["predicted"]["relations"]
    assert rels
    for rel in rels:
        for ev in rel["evidence"]:
            assert text[ev["start"]:ev["end"]].strip() == ev["sentence"]
            assert ev["modality"] in ("asserted", "reported", "speculated", "alleged", "denied", "negated")
            assert ev["rule"]


def test_dev_articles_all_run(corpus: Path) -> None:
    """Every dev article goes through the pipeline without error and yields facts."""
    from newsgraph.eval import load_gold
    from newsgraph.ingest.pipeline import process

    golds = sorted((corpus / "dev").glob("*.gold.json"))
    assert len(golds) == 18
    docs = [load_gold(p)[1] for p in golds]
    graphs = list(process(docs))
    assert [g.document.id for g in graphs] == [d.id for d in docs]
    for g in graphs:
        assert g.entities, g.document.id
