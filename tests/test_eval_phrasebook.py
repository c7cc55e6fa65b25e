"""The pipeline on the phrasebook (tests/phrasebook): short passages with the relations they state.

Each JSON line is one passage of one to five sentences written by an engineer who had not seen the rules,
with every named entity and every relation it states (see tests/phrasebook/README.md). This module scores
the pipeline on each file with :func:`newsgraph.eval.score`, the same scoring as ``newsgraph eval`` (the
relations a passage marks negated or denied are its ``negated_relations``), prints the figures (run
``pytest -s tests/test_eval_phrasebook.py``) and asserts loose floors, so that a change that breaks a
whole family of phrasings fails here. The passages were used to find rules during the round that added
them, so they measure regressions, not reach: the held-out set (tests/heldout) measures that.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval import score
from newsgraph.graph.model import Document, interchange_json
from newsgraph.ingest.pipeline import extract_document

PHRASEBOOK = Path(__file__).resolve().parent / "phrasebook"
NOT_FACT = {"negated", "denied"}
# Measured 2026-11-30 (fifth round) at the end of that round: relations F1 0.644 (people, sources, deals,
# owners), 0.669 (shipments, voyages, sanctions, places), 0.796 (voyages, ports, cargo), 0.631 (sanctions,
# officials, sources), 0.674 (paragraphs across sentences), 0.620 (people, bodies, sources, deals); 0.681
# in all (entities 0.863). The round after (sixth) added two books written blind (g: sources, affiliations,
# agreements; h: formal documents; first contact 0.555 and 0.452) and ended at a 0.699, b 0.692, c 0.807,
# d 0.632, e 0.676, f 0.623, g 0.604, h 0.615; 0.674 in all eight (0.694 for a-f), entities 0.857. The seventh
# round added three more written blind (i and k: spoken and long-form shapes; j: sources, ties and deals with
# their boundaries; first contact 0.478, 0.472, 0.509), used j to find rules, and ended at a 0.708, b 0.697,
# c 0.810, d 0.647, e 0.680, f 0.640, g 0.610, h 0.615 (0.681 for a-h), i 0.478, j 0.559, k 0.474; about 0.633
# in all eleven. The eighth round added two more written blind (l: sanctions designations and listings; m: ties
# of people in many shapes; first contact 0.599 and 0.490), used both to find rules (m first, then l) and ended
# at l 0.671, m 0.564, d 0.654, e 0.689, h 0.626, i 0.481, j 0.561, the others within 0.003 of the round
# before; 0.636 in all thirteen.
# The floors
# sit a few points below, for the kind of slip that loses a family of phrasings (relations lowered from 0.62 to
# 0.58 when the three new books, harder than the first eight, joined); raise them with the figures when a round
# improves them.
FLOORS = {"entities": 0.80, "relations": 0.58}


def _items() -> list[tuple[str, dict]]:
    out = []
    for f in sorted(PHRASEBOOK.glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                out.append((f.stem, json.loads(line)))
    return out


def _gold(item: dict) -> dict:
    rels = item.get("relations", [])
    return {"entities": item["entities"],
            "relations": [r for r in rels if r.get("modality") not in NOT_FACT],
            "negated_relations": [r for r in rels if r.get("modality") in NOT_FACT]}


@pytest.fixture(scope="module")
def phrasebook_result() -> dict:
    from newsgraph.ingest.pipeline import default_nlp

    nlp = default_nlp()
    totals: dict[str, dict[str, list[int]]] = {}
    for book, item in _items():
        dg = extract_document(Document(id=item["id"], text=item["text"], published="2026-11-01"), nlp=nlp)
        s = score(interchange_json(dg.entities.values(), dg.relations), _gold(item))
        for part in ("entities", "relations"):
            for key in (book, "all"):
                c = totals.setdefault(key, {}).setdefault(part, [0, 0, 0])
                c[0] += s[part]["tp"]
                c[1] += s[part]["fp"]
                c[2] += s[part]["fn"]
    return totals


def _f1(c: list[int]) -> float:
    return 2 * c[0] / max(1, 2 * c[0] + c[1] + c[2])


def test_phrasebook_files_are_valid() -> None:
    items = _items()
    assert len({book for book, _ in items}) == 13 and len(items) > 1850
    ids = [item["id"] for _, item in items]
    assert len(ids) == len(set(ids)), "duplicate item ids"
    for book, item in items:
        names = {e["name"] for e in item["entities"]}
        for r in item.get("relations", []):
            assert r["subject"] in names and r["object"] in names, (book, item["id"], r)


@pytest.mark.slow
def test_phrasebook_scores(phrasebook_result: dict) -> None:
    for key, parts in sorted(phrasebook_result.items()):
        print(f"{key:<40} entities F1={_f1(parts['entities']):.3f}  relations F1={_f1(parts['relations']):.3f} "
              f"(tp={parts['relations'][0]} fp={parts['relations'][1]} fn={parts['relations'][2]})")
    assert _f1(phrasebook_result["all"]["entities"]) >= FLOORS["entities"]
    assert _f1(phrasebook_result["all"]["relations"]) >= FLOORS["relations"]
