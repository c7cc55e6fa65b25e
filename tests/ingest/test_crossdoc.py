"""Cross-document resolution: a name an earlier document typed by a rule keeps that type later.

All texts are invented; none of the names occur in the seed, dev or held-out sets.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.store import Store

FIRST = (
    "Kalvik, Norway - The tanker Silver Heron left the port of Kalvik on Monday with a cargo of diesel, "
    "according to port records. The Silver Heron is managed by Tollmark Shipping."
)
SECOND = (
    "Port officials said the Silver Heron and the Amber Gull were still waiting off the coast on Friday. "
    "Analysts have followed the Silver Heron since January."
)
ROUTE = (
    "The freighter Kestrel Dawn has made six trips between Varnok in Norway and Pellmouth since May, "
    "shipping records show."
)


def _ingest(tmp_path: Path, texts: dict[str, str]) -> Store:
    store_dir = tmp_path / "store"
    for name, text in texts.items():  # one call per file: the order in which documents arrive
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(main, ["ingest", "--store", str(store_dir), str(path)])
        assert result.exit_code == 0, result.output
    return Store.open(store_dir, read_only=True)


def test_model_mislabel_in_later_document_takes_the_stored_vessel_type(tmp_path: Path, extract) -> None:
    # the second document alone: the model does not see a ship there (else the test proves nothing)
    alone = {e.name: e.type for e in extract(SECOND).entities.values()}
    assert alone.get("Silver Heron") not in (None, "Vessel"), alone
    store = _ingest(tmp_path, {"a.txt": FIRST, "b.txt": SECOND})
    try:
        heron = [e for e in store.entities() if e.name.lower() == "silver heron"]
        assert [e.type for e in heron] == ["Vessel"], [(e.type, e.name) for e in heron]
        # both documents point at that one entity
        docs = [store.document_graph(d.id) for d in store.documents()]
        assert len(docs) == 2
        assert all(heron[0].id in dg.entities for dg in docs)
    finally:
        store.close()


def test_ruled_type_is_not_overridden_by_a_stored_model_guess(extract) -> None:
    # stored as an organisation (a model guess elsewhere); here a rule says vessel: the rule wins
    from newsgraph.graph.model import Entity, normalise_name

    known = {normalise_name("Silver Heron"): Entity.create("Silver Heron", "Organization", ["Silver Heron"])}
    dg = extract(FIRST, known=known)
    types = {e.type for e in dg.entities.values() if e.name == "Silver Heron"}
    assert types == {"Vessel"}


def test_voyages_between_two_places_make_them_ports(extract) -> None:
    dg = extract(ROUTE)
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Varnok") == "Port", types
    assert types.get("Pellmouth") == "Port", types
    assert types.get("Norway") == "Country", types


def test_several_word_model_person_after_a_berthing_verb_is_a_port(extract) -> None:
    dg = extract("Officials said the ships loaded military cargo at Ras Hamid and unloaded it at the port of Tamsk.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Ras Hamid") == "Port", types
    dg = extract("The crew of the freighter Kestrel Dawn received a visit from John Smith.")
    assert {e.name: e.type for e in dg.entities.values()}.get("John Smith") == "Person"


def test_the_tankers_a_and_b_are_vessels(extract) -> None:
    dg = extract("The UK sanctioned the tankers Volna Star and Kestrel Dawn on Tuesday. Greyfen Ship Management, "
                 "the manager of the Volna Star and the Kestrel Dawn, was also listed.")
    types = {e.name: e.type for e in dg.entities.values()}
    assert types.get("Volna Star") == "Vessel" and types.get("Kestrel Dawn") == "Vessel", types
    names = {e.id: e.name for e in dg.entities.values()}
    listed = {names[r.object] for r in dg.relations if r.predicate == "SANCTIONED"}
    assert {"Volna Star", "Kestrel Dawn"} <= listed, listed
    dg = extract("The two ships Russia sent to Syria were seized.")
    assert {e.name: e.type for e in dg.entities.values()}.get("Russia") == "Country"
