"""Issue 4: the pipeline on the dev set (shared dev/ plus the team's tests/corpus) against gold.

Prints micro-averaged P/R/F1 for entities and relations, per set and overall,
and asserts the issue's targets (entity F1 0.90 and relation F1 0.75; see
FLOORS) and the off-topic rule: no SHIPPED_TO,
TRANSPORTED, SANCTIONED or VISITED from an off-topic article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval import evaluate

REPO = Path(__file__).resolve().parent.parent
SHIPPING = {"SHIPPED_TO", "TRANSPORTED", "SANCTIONED", "VISITED"}
# The targets. Measured 2026-11-30 (fifth round) on 134 documents: entities F1 0.911, relations
# F1 0.806 (shared dev/ 0.963 / 0.868; tests/corpus 01-14 0.978 / 0.921, blind-written 15-32 0.936 / 0.852,
# 33-50 0.905 / 0.786, 51-68 0.901 / 0.805, 69-86 0.900 / 0.791, 87-101 0.881 / 0.760 and 102-116
# 0.870 / 0.708). The held-out set (tests/heldout, 107 documents, never tuned on) scores 0.838 / 0.647.
# The entity margin is thin: each new blind batch lowers the average before a round of work on it.
FLOORS = {"entities": 0.90, "relations": 0.75}


def _gold_files(corpus: Path) -> list[Path]:
    files = sorted((corpus / "dev").glob("*.gold.json")) + sorted((REPO / "tests" / "corpus").glob("*.gold.json"))
    assert len(files) >= 18
    return files


@pytest.fixture(scope="module")
def dev_result(corpus: Path) -> dict:
    return evaluate(_gold_files(corpus))


def _line(name: str, c: dict) -> str:
    return f"{name:<10} P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f} (tp={c['tp']} fp={c['fp']} fn={c['fn']})"


def _subset(dev_result: dict, ids: list[str]) -> dict:
    """Micro-averaged counts over some documents."""
    out = {}
    for what in ("entities", "relations"):
        tp = sum(dev_result["documents"][i][what]["tp"] for i in ids)
        fp = sum(dev_result["documents"][i][what]["fp"] for i in ids)
        fn = sum(dev_result["documents"][i][what]["fn"] for i in ids)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        out[what] = {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
                     "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return out


def test_dev_scores(dev_result: dict, corpus: Path) -> None:
    shared_ids = [p.name.removesuffix(".gold.json") for p in sorted((corpus / "dev").glob("*.gold.json"))]
    team_ids = [i for i in dev_result["documents"] if i not in shared_ids]
    for name, ids in (("shared dev/", shared_ids), ("tests/corpus", team_ids)):
        sub = _subset(dev_result, ids)
        print(f"\n{name}: {len(ids)} documents")
        print(_line("entities", sub["entities"]))
        print(_line("relations", sub["relations"]))
    print(f"\ndev set: {len(dev_result['documents'])} documents, micro-averaged")
    print(_line("entities", dev_result["entities"]))
    print(_line("relations", dev_result["relations"]))
    for p, c in dev_result["predicates"].items():
        print("  " + _line(p, c))
    for doc_id, s in dev_result["documents"].items():
        print(f"  {doc_id:<48} E-F1={s['entities']['f1']:.3f} R-F1={s['relations']['f1']:.3f}")
    assert dev_result["entities"]["f1"] >= FLOORS["entities"]
    assert dev_result["relations"]["f1"] >= FLOORS["relations"]


def test_off_topic_articles_give_no_shipping_facts(dev_result: dict) -> None:
    off = {k: v for k, v in dev_result["documents"].items() if "off-topic" in k}
    assert len(off) >= 4
    bad = [f"{k}: {r['subject']} {r['predicate']} {r['object']}"
           for k, v in off.items() for r in v["predicted"]["relations"]
           if r["predicate"] in SHIPPING and r["modality"] not in ("negated", "denied")]
    assert not bad, bad


def test_gold_negations_not_predicted_as_facts(dev_result: dict) -> None:
    wrong = {k: v["negated_predicted_as_fact"] for k, v in dev_result["documents"].items()
             if v["negated_predicted_as_fact"]}
    assert not wrong, wrong
