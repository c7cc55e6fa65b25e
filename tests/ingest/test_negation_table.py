"""_Ctx.negated, the table form of _negated (head indices and label ids), answers as the Token walk does."""

from __future__ import annotations

from newsgraph.ingest.extract import _Ctx, _negated
from newsgraph.ingest.resolve import mentions

TEXT = ("The tanker Pale Marlin did not call at Kestrow in May. Neither the Dun Heron nor the Sal Rook has "
        "been sanctioned. No shipment reached Varna. None of the companies, including Orvel Ltd, has been "
        "listed. Its manager, Kell Maritime, did not respond to questions. The ship never loaded coal at "
        "Tarn. Orvel Ltd cannot build engines, and Kell Maritime sends drones to Varna. Orvel Ltd has no "
        "licensing agreement with Kell Maritime. Nobody confirmed that the vessel docked at Kestrow.")


def test_table_walk_matches_token_walk(nlp) -> None:
    doc = nlp(TEXT)
    ctx = _Ctx(doc, mentions(doc), {})
    assert [ctx.negated(t) for t in doc] == [_negated(t) for t in doc]


def test_negations_are_found(nlp) -> None:
    doc = nlp(TEXT)
    ctx = _Ctx(doc, mentions(doc), {})
    call = next(t for t in doc if t.lower_ == "call")
    reached = next(t for t in doc if t.lower_ == "reached")
    sends = next(t for t in doc if t.lower_ == "sends")
    assert ctx.negated(call) and ctx.negated(reached)
    assert not ctx.negated(sends)  # "and Y sends drones": a clause with its own subject keeps its polarity
