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


def test_no_document_is_left_in_a_reference_cycle(nlp) -> None:
    """A document's tokens must be freed by reference counting when its graph is done: a cycle holding
    them (a nested function that calls itself, say) is kept out of collection by the freeze across
    process() calls, and memory grows with every document streamed (benchmarks/bench_extract.py)."""
    import types

    from spacy.tokens import Doc, Token

    docs = [Document(id="gc-legal", text="Marlin Harbour Holdings Pte Ltd and Kestrel Sdn Bhd sold the tanker Orla "
                                          "to Tarvolin Trading Oy, which shipped crude to Sikka in India.")]
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        list(process(docs, nlp=nlp))
        gc.collect()
        held = [o for o in gc.garbage if isinstance(o, (Doc, Token)) or
                isinstance(o, list) and o and isinstance(o[0], Token) or
                isinstance(o, types.FunctionType) and (o.__module__ or "").startswith("newsgraph")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    # (a nested function of ours in the garbage is a closure in a cycle: it holds the document's tokens)
    assert not held, f"only reachable through a reference cycle: {held[:3]}"
