"""Issue 7: awkward names (quotes, backslashes, newlines, RTL, zero-width, markup, Cyrillic, Hangul)
survive the store and the look-up commands unchanged.

The graphs are built by hand so every awkward name is certain to be there;
they go through the real store and the real CLI.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from newsgraph.graph.store import Store

NAMES = [
    ('Sea "Star"', "Vessel"),
    ("O'Brien & Sons \\ Shipping", "Organization"),
    ("Back\\slash\\\\Co", "Organization"),
    ("Line\nBreak Ltd", "Organization"),
    ("\u0646\u0627\u0642\u0644\u0629 \u0627\u0644\u0646\u0641\u0637\u200f", "Vessel"),  # Arabic + RLM
    ("Zero\u200bWidth\u200dMarine", "Organization"),
    ("\u041a\u0438\u043c \u0427\u0435\u043d \u042b\u043d", "Person"),  # Cyrillic
    ("\uae40\uc815\uc740", "Person"),  # Hangul
    ("[bold red]Markup[/] <script>alert(1)</script>", "Organization"),
    ('"} ; DROP ALL ; INSERT DATA { <a> <b> <c> } #', "Organization"),
    ("Ünïcödé Ⅻ ﬁnance", "Organization"),
]
HUB = ("Harbour Authority", "Organization")


def _graph() -> DocumentGraph:
    text = " ".join(f"{HUB[0]} reported {n}." for n, _ in NAMES)
    doc = Document(id="awkward \"doc\" \\ \u200b", text=text, title="Awkward\nnames", source="<test>")
    hub = Entity.create(*HUB)
    ents = {hub.id: hub}
    rels = []
    pos = 0
    for name, typ in NAMES:
        e = Entity.create(name, typ)
        ents[e.id] = e
        sentence = f"{HUB[0]} reported {name}."
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        rels.append(Relation(hub.id, "REPORTED", e.id, [Evidence(doc.id, sentence, start, pos, rule="test",
                                                                 confidence=0.9, attributed_to=[name])]))
    return DocumentGraph(document=doc, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("names") / "store"
    with Store.open(path) as s:
        assert s.upsert(_graph()).status == "added"
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="newsgraph")


def test_hardening_names_entities_round_trip(store):
    result = run("entities", "--store", store, "--json")
    assert result.exit_code == 0, result.output
    names = {r["name"] for r in json.loads(result.stdout)}
    assert names == {n for n, _ in NAMES} | {HUB[0]}
    table = run("entities", "--store", store)
    assert table.exit_code == 0 and "Markup" in table.stdout and "\uae40\uc815\uc740" in table.stdout


@pytest.mark.parametrize("name,typ", NAMES, ids=[repr(n)[:24] for n, _ in NAMES])
def test_hardening_names_relations_by_exact_name(store, name, typ):
    result = run("relations", name, "--store", store, "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["entity"]["name"] == name and out["entity"]["type"] == typ
    (rel,) = out["relations"]
    assert (rel["direction"], rel["predicate"], rel["other"]) == ("in", "REPORTED", HUB[0])
    (ev,) = rel["evidence"]
    assert ev["sentence"] == f"{HUB[0]} reported {name}." and ev["attributed_to"] == [name]
    assert ev["document"] == "awkward \"doc\" \\ \u200b"
    table = run("relations", name, "--store", store)
    assert table.exit_code == 0, table.output


def test_hardening_names_hub_lists_all_in_table(store):
    result = run("relations", "harbour authority", "--store", store)
    assert result.exit_code == 0, result.output
    assert "[bold" in result.stdout and "<script>" in result.stdout  # printed literally, not as rich markup
    assert result.stdout.count("REPORTED") == len(NAMES)


@pytest.mark.parametrize("typed,expected", [
    ("kim chen yn", None), ("ким чен ын", "\u041a\u0438\u043c \u0427\u0435\u043d \u042b\u043d"),
    ("SEA \"STAR\"", 'Sea "Star"'), ("line break ltd", "Line\nBreak Ltd"),
])
def test_hardening_names_case_and_space_insensitive(store, typed, expected):
    result = run("relations", typed, "--store", store, "--json")
    if expected is None:
        assert result.exit_code == 1 and "No entity named" in result.stderr
    else:
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["entity"]["name"] == expected


def test_hardening_names_documents_and_forget(store, tmp_path):
    result = run("documents", "--store", store, "--json")
    (row,) = json.loads(result.stdout)
    assert row["id"] == "awkward \"doc\" \\ \u200b" and row["title"] == "Awkward\nnames"
    copy = tmp_path / "copy"
    with Store.open(copy) as s:
        s.upsert(_graph())
    forgot = run("forget", row["id"], "--store", copy)
    assert forgot.exit_code == 0, forgot.output
    with Store.open(copy, read_only=True) as s:
        assert len(s) == 0
