"""Multi-process extraction gives the same graphs as one process, and finishes.

``doc._.ng_meta`` must survive ``Doc.to_bytes`` (msgpack), or spaCy's worker
processes die and ``nlp.pipe(n_process>1)`` waits forever. All texts are invented.
"""

from __future__ import annotations

import multiprocessing
import queue

from spacy.tokens import Doc

from newsgraph.graph.model import Document, interchange_json
from newsgraph.ingest.pipeline import process

TEXTS = [
    "The tanker Silver Heron docked at the port of Tamsk on Monday, port records show. "
    "Its manager, Tollmark Marine Services (TMS), did not answer emails.",
    "The freighter Kestrel Dawn, flagged in Togo, carried artillery shells to the port of Pellmouth in May.",
    "Norway sanctioned Varnok Trading LLC on Tuesday for supplying drone parts to the navy of Arvland.",
]


def _run(n_process: int, out) -> None:
    docs = [Document(id=f"d{i}", text=t, published="2024-03-01") for i, t in enumerate(TEXTS)]
    out.put([interchange_json(dg.entities.values(), dg.relations)
             for dg in process(docs, n_process=n_process, batch_size=1)])


def _in_child(n_process: int, timeout: float = 240.0) -> list:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_run, args=(n_process, out))
    proc.start()
    try:
        return out.get(timeout=timeout)
    except queue.Empty:
        raise AssertionError(f"process(n_process={n_process}) did not finish in {timeout:.0f} s") from None
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.kill()
            proc.join()


def test_entity_metadata_survives_to_bytes(nlp) -> None:
    doc = nlp(TEXTS[0])
    assert doc._.ng_meta
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.ng_meta == doc._.ng_meta


def test_two_processes_give_the_same_graphs_as_one() -> None:
    one = _in_child(1)
    two = _in_child(2)
    assert len(one) == 3
    assert any(g["relations"] for g in one)
    assert two == one
