"""process() freezes the garbage collector's view of long-lived objects only while it runs."""

from __future__ import annotations

import gc

from newsgraph.graph.model import Document
from newsgraph.ingest.pipeline import process

TEXTS = ["The tanker Pale Marlin loaded crude at the port of Kestrow in March.",
         "The cargo ship Dun Heron sailed from Varna to Tartus, officials said."]


def _docs() -> list[Document]:
    return [Document(id=f"gc-{i}", text=t) for i, t in enumerate(TEXTS)]


def test_process_freezes_while_running_and_thaws_after(nlp) -> None:
    assert gc.get_freeze_count() == 0
    counts = [gc.get_freeze_count() for _ in process(_docs(), nlp=nlp)]
    assert len(counts) == 2 and all(c > 0 for c in counts)  # frozen while the graphs stream out
    assert gc.get_freeze_count() == 0  # and nothing left frozen for the caller


def test_process_leaves_a_callers_freeze_alone(nlp) -> None:
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        assert before > 0
        list(process(_docs(), nlp=nlp))
        assert gc.get_freeze_count() > 0  # not thawed: the caller's objects stay frozen (some may have died)
    finally:
        gc.unfreeze()
