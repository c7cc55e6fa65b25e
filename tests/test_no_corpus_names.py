"""Guard: no vessel or person named in an evaluation article appears in the package source.

The extraction is judged on unseen articles, so its code, rules, comments and
docstrings must not mention the people or ships of the sample article, the
shared dev articles, ``tests/corpus`` or ``tests/heldout`` (examples in
comments use invented names instead). This test reads every ``Vessel`` and
``Person`` entity name and alias in those gold files and fails, naming file
and line, when one occurs in ``newsgraph/**/*.py``.

Names checked: those of two or more words, and single words of at least six
letters that are not ordinary English words (``COMMON_WORDS`` below: a ship
may be called after a flower or a landscape word, and such a word may
legitimately occur in code). Matching is case-insensitive on word boundaries.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Ordinary English words that are also the name of a ship or person in a gold
# file; a single-word name in this set is not checked.
COMMON_WORDS = {"narcissus", "saltmarsh"}


def _gold_files(corpus: Path) -> list[Path]:
    files = [corpus / "seed-article.gold.json"]
    files += sorted((corpus / "dev").glob("*.gold.json"))
    files += sorted((REPO / "tests" / "corpus").glob("*.gold.json"))
    files += sorted((REPO / "tests" / "heldout").glob("*.gold.json"))
    return [f for f in files if f.is_file()]


def _checked(name: str) -> bool:
    words = name.split()
    if len(words) >= 2:
        return True
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 6 and name.lower() not in COMMON_WORDS


def _names(corpus: Path) -> dict[str, str]:
    """Checked name -> the gold file it comes from."""
    names: dict[str, str] = {}
    for f in _gold_files(corpus):
        for e in json.loads(f.read_text(encoding="utf-8"))["entities"]:
            if e.get("type") not in ("Vessel", "Person"):
                continue
            for n in [e["name"], *e.get("aliases", [])]:
                n = n.strip()
                if n and _checked(n):
                    names.setdefault(n, f.name)
    return names


def test_gold_files_found(corpus: Path):
    files = _gold_files(corpus)
    assert (corpus / "seed-article.gold.json") in files
    assert any(f.parent.name == "dev" for f in files), "no shared dev gold files found"
    assert any(f.parent.name == "heldout" for f in files), "no held-out gold files found"


def test_no_vessel_or_person_names_in_package(corpus: Path):
    names = _names(corpus)
    assert names, "no Vessel/Person names read from the gold files"
    patterns = [(n, src, re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE))
                for n, src in sorted(names.items())]
    hits = []
    for path in sorted((REPO / "newsgraph").rglob("*.py")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for n, src, pat in patterns:
                if pat.search(line):
                    hits.append(f"{path.relative_to(REPO)}:{lineno}: {n!r} (from {src})")
    if hits:
        pytest.fail(f"{len(hits)} gold Vessel/Person name(s) in newsgraph/ source:\n" + "\n".join(hits))
