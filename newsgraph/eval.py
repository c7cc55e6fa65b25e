"""Scoring of extracted graphs against gold annotations (DESIGN.md).

- Names match through aliases, case- and punctuation-insensitively
  (:func:`newsgraph.ingest.gazetteers.norm`, the same normalisation as the dev
  corpus's ``check_gold.py``).
- A predicted entity matches a gold entity when the types agree and any
  normalised predicted name/alias equals any normalised gold name/alias;
  each gold entity is matched at most once (a second predicted entity for it
  counts as a false positive).
- A predicted relation matches when its subject and object map to the gold
  entities and the predicate is equal (``AGREEMENT_WITH`` and any other
  symmetric ontology relation in either direction). Predicted relations whose
  modality is ``negated`` or ``denied`` are not facts and are not counted;
  a predicted fact that gold lists in ``negated_relations`` is a false positive.
- Precision, recall and F1 are micro-averaged over documents, overall, per
  entity type and per predicate.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from .exceptions import InputError
from .graph.model import NOT_FACT, Document
from .ingest.gazetteers import norm
from .ontology import load_ontology


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _symmetric() -> set[str]:
    return {r.name for r in load_ontology().relations.values() if r.symmetric}


def score(predicted: dict, gold: dict) -> dict:
    """Score one predicted interchange JSON against one gold JSON.

    Parameters
    ----------
    predicted : dict
        Interchange JSON (``{"entities": [...], "relations": [...]}``);
        relation ends are canonical names.
    gold : dict
        Gold JSON (same shape, optional ``negated_relations``).

    Returns
    -------
    dict
        ``{"entities": counts, "relations": counts, "entity_types": {type: counts},
        "predicates": {predicate: counts}, "entity_misses": [...],
        "entity_false_positives": [...], "relation_misses": [...],
        "relation_false_positives": [...]}`` where counts are
        ``{"tp", "fp", "fn", "precision", "recall", "f1"}``.
    """
    sym = _symmetric()
    g_ents = gold.get("entities", [])
    g_keys = [{norm(a) for a in [e["name"], *e.get("aliases", [])]} for e in g_ents]
    g_by_name = {e["name"]: i for i, e in enumerate(g_ents)}
    matched_gold: dict[int, int] = {}
    p2g: dict[str, int] = {}
    ent_fp, type_counts = [], defaultdict(lambda: [0, 0, 0])
    for pe in predicted.get("entities", []):
        keys = {norm(a) for a in [pe["name"], *pe.get("aliases", [])]} - {""}
        hits = [i for i, gk in enumerate(g_keys) if g_ents[i]["type"] == pe["type"] and keys & gk]
        free = [i for i in hits if i not in matched_gold]
        if free:
            matched_gold[free[0]] = 1
            p2g[pe["name"]] = free[0]
            type_counts[pe["type"]][0] += 1
        else:
            if hits:
                p2g.setdefault(pe["name"], hits[0])
            ent_fp.append(f"{pe['name']} [{pe['type']}]")
            type_counts[pe["type"]][1] += 1
    ent_miss = []
    for i, ge in enumerate(g_ents):
        if i not in matched_gold:
            ent_miss.append(f"{ge['name']} [{ge['type']}]")
            type_counts[ge["type"]][2] += 1

    def gkey(s: str, p: str, o: str) -> tuple:
        return (p, *sorted((s, o))) if p in sym else (p, s, o)

    gold_rels = {gkey(r["subject"], r["predicate"], r["object"]) for r in gold.get("relations", [])}
    gold_neg = {gkey(r["subject"], r["predicate"], r["object"]) for r in gold.get("negated_relations", [])}
    pred_keys: set[tuple] = set()
    for r in predicted.get("relations", []):
        if r.get("modality") in NOT_FACT:
            continue
        si, oi = p2g.get(r["subject"]), p2g.get(r["object"])
        s = g_ents[si]["name"] if si is not None else "?" + r["subject"]
        o = g_ents[oi]["name"] if oi is not None else "?" + r["object"]
        pred_keys.add(gkey(s, r["predicate"], o))
    tp = pred_keys & gold_rels
    fp = pred_keys - gold_rels
    fn = gold_rels - pred_keys
    pred_counts = defaultdict(lambda: [0, 0, 0])
    for k in tp:
        pred_counts[k[0]][0] += 1
    for k in fp:
        pred_counts[k[0]][1] += 1
    for k in fn:
        pred_counts[k[0]][2] += 1
    fmt = lambda k: f"{k[1]} -{k[0]}-> {k[2]}"
    return {
        "entities": _prf(len(matched_gold), len(ent_fp), len(ent_miss)),
        "relations": _prf(len(tp), len(fp), len(fn)),
        "entity_types": {t: _prf(*c) for t, c in sorted(type_counts.items())},
        "predicates": {p: _prf(*c) for p, c in sorted(pred_counts.items())},
        "entity_misses": sorted(ent_miss),
        "entity_false_positives": sorted(ent_fp),
        "relation_misses": sorted(map(fmt, fn)),
        "relation_false_positives": sorted(map(fmt, fp)),
        "negated_predicted_as_fact": sorted(map(fmt, fp & gold_neg)),
    }


_GOLD_FIELDS = {"entities": ("name", "type"), "relations": ("subject", "predicate", "object"),
                "negated_relations": ("subject", "predicate", "object")}


def _check_gold_shape(path: Path, gold: dict) -> None:
    """InputError naming ``path`` and the first item that :func:`score` could not read."""
    if not isinstance(gold["text"], str) or not gold["text"].strip():
        raise InputError(path, '"text" must name the article\'s .txt file (a non-empty string)')
    for key, fields in _GOLD_FIELDS.items():
        items = gold.get(key, [])
        if not isinstance(items, list):
            raise InputError(path, f'"{key}" must be a list, not {type(items).__name__}')
        for n, item in enumerate(items, 1):
            if not isinstance(item, dict) or not all(isinstance(item.get(f), str) for f in fields):
                raise InputError(path, f'{key} item {n} needs string fields {", ".join(fields)}: {item!r:.120}')
            if key == "entities" and not (isinstance(item.get("aliases", []), list)
                                          and all(isinstance(a, str) for a in item.get("aliases", []))):
                raise InputError(path, f'entities item {n}: "aliases" must be a list of strings')
    # a misspelt type or predicate would be scored as a miss of the pipeline, not caught as the gold's slip
    onto = load_ontology()
    types, predicates = set(onto.evaluation_types), set(onto.relations)
    for n, item in enumerate(gold.get("entities", []), 1):
        if item["type"] not in types:
            raise InputError(path, f'entities item {n} ({item["name"]!r}): unknown type {item["type"]!r} '
                                   f'(one of {", ".join(sorted(types))})')
    names = {norm(a) for e in gold.get("entities", []) for a in (e["name"], *e.get("aliases", []))}
    for key in ("relations", "negated_relations"):
        for n, item in enumerate(gold.get(key, []), 1):
            if item["predicate"] not in predicates:
                raise InputError(path, f'{key} item {n}: unknown predicate {item["predicate"]!r} '
                                       f'(one of {", ".join(sorted(predicates))})')
            for end in ("subject", "object"):
                if norm(item[end]) not in names:
                    raise InputError(path, f'{key} item {n}: {end} {item[end]!r} is not the name or an alias of '
                                           'an entity of the file\'s "entities"')


def load_gold(path: Path) -> tuple[dict, Document]:
    """Read a gold JSON and the text it names.

    Raises
    ------
    InputError
        When the file is missing, is not JSON, lacks ``entities``/``relations``/``text``,
        or the text file beside it cannot be read.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "file not found") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not valid JSON: {exc}") from None
    if not isinstance(gold, dict) or not all(k in gold for k in ("entities", "relations", "text")):
        raise InputError(path, 'gold JSON needs "entities", "relations" and "text" (the .txt file beside it)')
    _check_gold_shape(path, gold)
    txt = path.parent / gold["text"]
    try:
        text = txt.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # also a folder, an unreadable file
        raise InputError(txt, f"text named by {path.name} cannot be read: {exc}") from None
    if not text.strip():  # scored, it would be silent zero recall
        raise InputError(txt, f"text named by {path.name} is empty (or only whitespace)")
    if "\x00" in text:  # as newsgraph ingest refuses it (ingest.read)
        raise InputError(txt, f"text named by {path.name} is a binary file (contains NUL characters), not text")
    doc = Document(id=txt.stem, text=text, title=text.strip().splitlines()[0] if text.strip() else None,
                   source=str(txt))
    return gold, doc


def evaluate(gold_paths: Iterable[Path], *, nlp=None) -> dict:
    """Run the pipeline on each gold file's text and score it.

    Parameters
    ----------
    gold_paths : iterable of Path
        Gold JSON files (``"text"`` names the .txt beside each).
    nlp : spacy.Language, optional
        Pipeline to use (default: :func:`newsgraph.ingest.pipeline.default_nlp`).

    Returns
    -------
    dict
        ``{"documents": {stem: score(...)}, "entities": counts, "relations": counts,
        "entity_types": {...}, "predicates": {...}}``, micro-averaged
        (counts summed over documents).
    """
    from .ingest.pipeline import process

    golds, docs = [], []
    for p in gold_paths:
        g, d = load_gold(Path(p))
        golds.append(g)
        docs.append(d)
    per_doc = {}
    tot = {"entities": [0, 0, 0], "relations": [0, 0, 0]}
    types: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    preds: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for gold, dg in zip(golds, process(docs, nlp=nlp)):
        s = score(dg.to_json(), gold)
        s["predicted"] = dg.to_json()
        per_doc[dg.document.id] = s
        for k in tot:
            for i, f in enumerate(("tp", "fp", "fn")):
                tot[k][i] += s[k][f]
        for src, dst in ((s["entity_types"], types), (s["predicates"], preds)):
            for name, c in src.items():
                for i, f in enumerate(("tp", "fp", "fn")):
                    dst[name][i] += c[f]
    return {
        "documents": per_doc,
        "entities": _prf(*tot["entities"]),
        "relations": _prf(*tot["relations"]),
        "entity_types": {t: _prf(*c) for t, c in sorted(types.items())},
        "predicates": {p: _prf(*c) for p, c in sorted(preds.items())},
    }
