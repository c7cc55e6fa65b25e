"""Two entities of one name (a break-it trial's finding, round of 2026-11-30, eighth part): "Rajin" was a place in
one article, where no ship was named, and a port in the next; the name picked the empty one, so `relations`
showed nothing and `path` found no path. The entity with relations wins now."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsgraph.cli import main


def _invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="newsgraph")


def test_the_name_finds_the_entity_with_relations(tmp_path):
    (tmp_path / "r2.txt").write_text("The Maia-1 called at Rajin. The U.S. Treasury sanctioned the Red Coral.\n",
                                     encoding="utf-8")
    (tmp_path / "r1.txt").write_text("The Angara called at Rajin.\n", encoding="utf-8")
    store = tmp_path / "S"
    for f in ("r2.txt", "r1.txt"):  # one after the other: the first run types Rajin without a ship in view
        assert _invoke("ingest", tmp_path / f, "--store", store).exit_code == 0
    res = _invoke("entities", "--store", store, "--json")
    kinds = {e["id"] for e in json.loads(res.stdout) if e["name"] == "Rajin"}
    assert len(kinds) == 2, kinds  # the situation this test is about
    res = _invoke("relations", "Rajin", "--store", store, "--json")
    assert res.exit_code == 0, res.output
    assert "VISITED" in res.stdout and "port/rajin" in res.stdout
    res = _invoke("path", "Angara", "Rajin", "--store", store)
    assert res.exit_code == 0, res.output


def test_a_firms_legal_form_spelt_out_in_another_article_is_the_same_firm(tmp_path):
    from newsgraph.graph.store import Store

    (tmp_path / "a1.txt").write_text("The tanker Kestrel Dawn is managed by Orion Shipping Ltd., according to "
                                     "Equasis.\n")
    (tmp_path / "a2.txt").write_text("Orion Shipping Limited said the tanker Larch Bay called at Fujairah.\n")
    store = tmp_path / "store"
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "a1.txt"), str(tmp_path / "a2.txt"), "--store", str(store)])
    assert res.exit_code == 0, res.output
    with Store.open(store, read_only=True) as s:
        orion = [e for e in s.entities() if "Orion" in e.name]
    assert len(orion) == 1 and {"Orion Shipping Ltd.", "Orion Shipping Limited"} <= set(orion[0].aliases)
