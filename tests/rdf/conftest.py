"""Fixtures for the RDF tests: small hand-made document graphs and a store holding them.

The names are invented (no article's names), and some are awkward on purpose:
spaces, quotes, angle brackets, a non-Latin script, so that IRI minting and
literal escaping are exercised on every test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation


def _graph(doc_id: str, text: str, entities: list[Entity], triples, *, title=None, url=None,
           published=None) -> DocumentGraph:
    doc = Document(id=doc_id, text=text, title=title, url=url, published=published, source=f"{doc_id}.txt")
    dg = DocumentGraph(document=doc, entities={e.id: e for e in entities})
    by_name = {e.name: e for e in entities}
    for subj, pred, obj, sentence, extra in triples:
        start = text.index(sentence)
        ev = Evidence(document=doc_id, sentence=sentence, start=start, end=start + len(sentence),
                      rule=extra.get("rule", "test-rule"), confidence=extra.get("confidence", 0.8),
                      modality=extra.get("modality", "asserted"),
                      attributed_to=extra.get("attributed_to", []))
        dg.relations.append(Relation(subject=by_name[subj].id, predicate=pred, object=by_name[obj].id,
                                     evidence=[ev], qualifiers=extra.get("qualifiers", {})))
    return dg


def make_graphs() -> list[DocumentGraph]:
    """Two invented articles sharing some entities."""
    text1 = ("The cargo ship Ocean \"Star\" <II> docked at Port Nadezhda on Monday. "
             "It carried crates of artillery shells, according to the Harbour Watch group. "
             "Norland shipped the shells to Eastmark. "
             "The vessel sails under the flag of Eastmark. "
             "Ocean \"Star\" <II> may also have called at Порт Восток.")
    ents1 = [
        Entity.create("Ocean \"Star\" <II>", "Vessel", aliases=["the vessel"], cls="Vessel",
                      attributes={"imo": "9999991"}),
        Entity.create("Port Nadezhda", "Port"),
        Entity.create("Порт Восток", "Port"),
        Entity.create("artillery shells", "Weapon", aliases=["shells"]),
        Entity.create("Harbour Watch", "Organization", cls="ResearchOrganization"),
        Entity.create("Norland", "Country"),
        Entity.create("Eastmark", "Country"),
    ]
    trip1 = [
        ("Ocean \"Star\" <II>", "VISITED", "Port Nadezhda",
         "The cargo ship Ocean \"Star\" <II> docked at Port Nadezhda on Monday.", {"qualifiers": {"date": "2024-01-08"}}),
        ("Ocean \"Star\" <II>", "TRANSPORTED", "artillery shells",
         "It carried crates of artillery shells, according to the Harbour Watch group.",
         {"modality": "reported", "attributed_to": ["Harbour Watch"], "confidence": 0.7}),
        ("Norland", "SHIPPED_TO", "Eastmark", "Norland shipped the shells to Eastmark.", {}),
        ("Ocean \"Star\" <II>", "FLAGGED_IN", "Eastmark", "The vessel sails under the flag of Eastmark.", {}),
        ("Ocean \"Star\" <II>", "VISITED", "Порт Восток",
         "Ocean \"Star\" <II> may also have called at Порт Восток.", {"modality": "speculated", "confidence": 0.4}),
        ("Harbour Watch", "REPORTED", "Ocean \"Star\" <II>",
         "It carried crates of artillery shells, according to the Harbour Watch group.", {"rule": "according-to"}),
    ]
    text2 = ("The Council of Westland imposed sanctions on Seaway Trading Ltd. "
             "Seaway Trading Ltd manages the ship Ocean \"Star\" <II>. "
             "Port Nadezhda lies in Eastmark. "
             "Minister Ana O'Neil of Westland denied any deal with Norland.")
    ents2 = [
        Entity.create("Council of Westland", "Organization", cls="GovernmentAgency"),
        Entity.create("Seaway Trading Ltd", "Organization", cls="Company"),
        Entity.create("Ocean \"Star\" <II>", "Vessel", aliases=["the ship"]),
        Entity.create("Port Nadezhda", "Port"),
        Entity.create("Eastmark", "Country"),
        Entity.create("Westland", "Country"),
        Entity.create("Norland", "Country"),
        Entity.create("Ana O'Neil", "Person", aliases=["Minister Ana O'Neil"]),
    ]
    trip2 = [
        ("Council of Westland", "SANCTIONED", "Seaway Trading Ltd",
         "The Council of Westland imposed sanctions on Seaway Trading Ltd.", {}),
        ("Seaway Trading Ltd", "OWNS_OR_OPERATES", "Ocean \"Star\" <II>",
         "Seaway Trading Ltd manages the ship Ocean \"Star\" <II>.", {}),
        ("Port Nadezhda", "LOCATED_IN", "Eastmark", "Port Nadezhda lies in Eastmark.", {}),
        ("Ana O'Neil", "AFFILIATED_WITH", "Westland",
         "Minister Ana O'Neil of Westland denied any deal with Norland.", {}),
        ("Westland", "AGREEMENT_WITH", "Norland",
         "Minister Ana O'Neil of Westland denied any deal with Norland.", {"modality": "denied", "confidence": 0.6}),
    ]
    return [
        _graph("news/2024 <one>", text1, ents1, trip1, title="Shells at sea", url="https://news.example/one?a=1&b=2",
               published="2024-01-09"),
        _graph("news/два", text2, ents2, trip2, title="Sanctions on a ship manager", published="2024-02-01"),
    ]


@pytest.fixture
def graphs() -> list[DocumentGraph]:
    return make_graphs()


@pytest.fixture
def filled_store(tmp_path: Path):
    """Path of a store directory holding :func:`make_graphs` (closed again, so commands can open it)."""
    from newsgraph.graph.store import Store

    path = tmp_path / "store"
    with Store.open(path) as store:
        for dg in make_graphs():
            store.upsert(dg)
    return path


@pytest.fixture(scope="session")
def runner():
    from click.testing import CliRunner

    return CliRunner()
