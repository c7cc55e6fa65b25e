"""A failure inside the entity step fails its document alone: process() passes it to on_error and goes on."""

from __future__ import annotations

import pytest

from newsgraph.exceptions import ExtractionError
from newsgraph.graph.model import Document
from newsgraph.ingest.pipeline import process

TEXTS = ["The tanker Pale Marlin loaded crude at the port of Kestrow in March.",
         "The cargo ship Dun Heron sailed from Varna to Tartus. TRIGGER-FAILURE",
         "The cargo ship Sal Rook sailed from Kestrow to Varna, officials said."]


@pytest.fixture
def failing_nlp(nlp, monkeypatch):
    """The shared pipeline with one rule of the entity step raising on documents that say TRIGGER-FAILURE
    (a stand-in for a rule bug on text nobody has seen; the step's own code, not spaCy's, is patched)."""
    comp = nlp.get_pipe("newsgraph_entities")
    real = comp._bay_ports

    def bay_ports(doc, chosen, meta):
        if "TRIGGER-FAILURE" in doc.text:
            raise KeyError("a rule bug")
        return real(doc, chosen, meta)

    monkeypatch.setattr(comp, "_bay_ports", bay_ports)
    return nlp


def test_on_error_gets_the_document_and_the_stream_goes_on(failing_nlp) -> None:
    docs = [Document(id=f"e-{i}", text=t) for i, t in enumerate(TEXTS)]
    failed = []
    graphs = list(process(docs, nlp=failing_nlp, on_error=lambda d, e: failed.append((d.id, str(e)))))
    assert [g.document.id for g in graphs] == ["e-0", "e-2"]
    assert len(failed) == 1 and failed[0][0] == "e-1"
    assert "entity step failed" in failed[0][1] and "a rule bug" in failed[0][1]


def test_without_on_error_the_document_is_named(failing_nlp) -> None:
    docs = [Document(id="only", text=TEXTS[1])]
    with pytest.raises(ExtractionError, match="only: entity step failed"):
        list(process(docs, nlp=failing_nlp))


def test_a_text_spacy_cannot_take_fails_alone_and_in_order(nlp) -> None:
    """Too long for spaCy, not a string, or with a lone surrogate: the document fails with an
    ExtractionError naming it; on_error gets it, and without on_error the documents before it are yielded
    first (process()'s contract)."""
    good = "The tanker Pale Marlin loaded crude at the port of Kestrow in March."
    docs = [Document(id="g-0", text=good), Document(id="sur", text="\ud800 x"), Document(id="none", text=None),
            Document(id="big", text="y " * 600_000), Document(id="g-1", text=good)]
    failed = []
    graphs = list(process(docs, nlp=nlp, on_error=lambda d, e: failed.append((d.id, type(e).__name__, str(e)))))
    assert [g.document.id for g in graphs] == ["g-0", "g-1"]
    assert [(i, t) for i, t, _ in failed] == [("sur", "ExtractionError"), ("none", "ExtractionError"),
                                             ("big", "ExtractionError")]
    assert all(msg.startswith(f"{i}: ") for i, _, msg in failed)
    got = []
    with pytest.raises(ExtractionError, match="^sur: "):
        for g in process(docs, nlp=nlp):
            got.append(g.document.id)
    assert got == ["g-0"]
