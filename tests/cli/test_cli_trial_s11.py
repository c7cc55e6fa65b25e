"""What a new user's trial of 2026-12-01 found in the commands: no command listed all relations (`relations`
needed a NAME); `path` said two entities were "not connected in the store" when only a denied relation joined
them (the default leaves denied and negated relations out)."""

from __future__ import annotations

import json
import re

import pytest

from newsgraph.cli import main

ARTICLE = ("The tanker Khalij Dawn called at Port Sudan in May. Najm Trading denied that the ship had carried any "
           "military cargo. The European Union sanctioned Najm Trading in June.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("s11")
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    from click.testing import CliRunner

    out = CliRunner().invoke(main, ["ingest", "--store", str(root / "store"), str(root / "a.txt")])
    assert out.exit_code == 0, out.output
    return root / "store"


def test_relations_without_a_name_lists_every_relation_once(runner, store):
    out = runner.invoke(main, ["relations", "--store", str(store), "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)["relations"]
    triples = [(r["subject"], r["predicate"], r["object"]) for r in rows]
    assert ("Khalij Dawn", "VISITED", "Port Sudan") in triples
    assert ("European Union", "SANCTIONED", "Najm Trading") in triples
    assert len(triples) == len(set(triples))
    facts = json.loads(runner.invoke(main, ["relations", "--store", str(store), "--json", "--facts-only",
                                            "--predicate", "transported"]).stdout)["relations"]
    assert facts == []  # the only TRANSPORTED is denied
    table = runner.invoke(main, ["relations", "--store", str(store), "--predicate", "sanctioned"])
    assert table.exit_code == 0 and "1 relation of type SANCTIONED" in table.stdout


def test_path_says_when_only_a_denied_relation_connects_the_ends(runner, store):
    out = runner.invoke(main, ["path", "Khalij Dawn", "military cargo", "--store", str(store)])
    assert out.exit_code == 1
    assert "connected only through denied or negated relations" in out.stderr
    assert "not connected in the store" not in out.stderr
    ok = runner.invoke(main, ["path", "Khalij Dawn", "military cargo", "--store", str(store),
                              "--modality", "denied"])
    assert ok.exit_code == 0 and "denied" in ok.stdout


def test_exclude_leaves_files_of_a_folder_out(runner, tmp_path):
    (tmp_path / "in" / "drafts").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    (tmp_path / "in" / "EXPECTED.md").write_text("Expected: Blue Heron VISITED Port Sudan.\n")
    (tmp_path / "in" / "drafts" / "b.txt").write_text("The tanker Red Kite docked at Jeddah on Tuesday.\n")
    store = tmp_path / "store"
    out = runner.invoke(main, ["ingest", "--store", str(store), str(tmp_path / "in"), "--exclude", "EXPECTED.md",
                               "--exclude", "drafts/*", "--json"])
    assert out.exit_code == 0, out.output
    docs = json.loads(runner.invoke(main, ["documents", "--store", str(store), "--json"]).stdout)
    assert [d["id"] for d in docs] == ["a"]
    # everything excluded: a clear error, nothing stored
    out = runner.invoke(main, ["ingest", "--store", str(tmp_path / "s2"), str(tmp_path / "in"), "--exclude", "*"])
    assert out.exit_code == 1 and "--exclude" in out.stderr


@pytest.mark.parametrize("edit", [
    lambda t: t.replace("ng:start 0", 'ng:start "zero"'),
    lambda t: "\n".join(line for line in t.splitlines() if "ng:sentence" not in line),
    lambda t: re.sub(r"ng:confidence [0-9.]+", "ng:confidence 7.5", t),  # (a second trial)
    lambda t: re.sub(r"ng:end [0-9]+", "ng:end 999999", t),
])
def test_importing_an_unreadable_document_graph_is_refused_and_stores_nothing(runner, tmp_path, quads, edit):
    (tmp_path / "a.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    store = tmp_path / "store"
    assert runner.invoke(main, ["ingest", "--store", str(store), str(tmp_path / "a.txt")]).exit_code == 0
    trig = tmp_path / "a.trig"
    assert runner.invoke(main, ["export", "--store", str(store), "--format", "trig", "--out", str(trig)]).exit_code == 0
    text = trig.read_text().replace("/doc/a>", "/doc/bad>").replace('dcterms:identifier "a"', 'dcterms:identifier "bad"')
    bad = tmp_path / "bad.trig"
    bad.write_text(edit(text))
    assert "ng:start 0" in text and bad.read_text() != text
    before = quads(store)
    out = runner.invoke(main, ["import", str(bad), "--store", str(store)])
    assert out.exit_code == 1 and "bad.trig" in out.stderr and "nothing was imported" in out.stderr
    assert "Traceback" not in out.output
    assert quads(store) == before
    for cmd in (["documents"], ["entities"], ["relations", "Blue Heron"]):  # the store still works
        assert runner.invoke(main, [*cmd, "--store", str(store)]).exit_code == 0


def test_importing_an_article_stored_under_another_id_skips_it(runner, tmp_path, quads):
    for d, text in (("a", "The tanker Blue Heron docked at Port Sudan on Monday.\n"),
                    ("b", "The tanker Red Kite docked at Jeddah on Tuesday.\n")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(text)
    o1, o2 = tmp_path / "o1", tmp_path / "o2"
    a, b = str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")
    assert runner.invoke(main, ["ingest", "--store", str(o1), a, b]).exit_code == 0
    assert runner.invoke(main, ["ingest", "--store", str(o2), b, a]).exit_code == 0  # the other order: other ids
    trig = tmp_path / "o1.trig"
    assert runner.invoke(main, ["export", "--store", str(o1), "--format", "trig", "--out", str(trig)]).exit_code == 0
    before = quads(o2)
    out = runner.invoke(main, ["import", str(trig), "--store", str(o2), "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.stdout)["duplicates"] == 2 and quads(o2) == before  # was: a/story.txt stored twice
    # into a store holding one of them under the file's other name, the other is still imported
    o3 = tmp_path / "o3"
    assert runner.invoke(main, ["ingest", "--store", str(o3), b]).exit_code == 0  # b's text as "story"
    out = json.loads(runner.invoke(main, ["import", str(trig), "--store", str(o3), "--json"]).stdout)
    docs = json.loads(runner.invoke(main, ["documents", "--store", str(o3), "--json"]).stdout)
    texts = sorted(d["title"] or d["id"] for d in docs)
    assert len(docs) == 2, (out, texts)


def test_embedded_cypher_orders_rows_that_lack_the_property_last(runner, store):
    out = runner.invoke(main, ["cypher", "MATCH (a)-[r]->(b) RETURN a.name ORDER BY a.name", "--store", str(store),
                               "--json"])
    assert out.exit_code == 0, out.output  # was: TypeError ('<' between float and str) from Document nodes
    names = [r["a.name"] for r in json.loads(out.stdout)]
    present = [n for n in names if n is not None]
    assert present == sorted(present) and names[:len(present)] == present and len(present) < len(names)
    top = json.loads(runner.invoke(main, ["cypher", "MATCH (a)-[r]->(b) RETURN a.name AS n ORDER BY n DESC LIMIT 1",
                                          "--store", str(store), "--json"]).stdout)
    assert top == [{"n": max(present)}]


@pytest.mark.parametrize("args, words", [
    (["--asserted-only", "--modality", "reported"], "not both"),
    (["--path", "Khalij Dawn", "Port Sudan", "--focus", "Port Sudan"], "not both"),
    (["--focus", ""], "the name is empty"),
])
def test_render_refuses_options_that_contradict_each_other(runner, store, tmp_path, args, words):
    out = runner.invoke(main, ["render", "--out", str(tmp_path / "v.html"), "--store", str(store), *args])
    assert out.exit_code == 2 and words in out.stderr and not (tmp_path / "v.html").exists()


def test_smaller_messages_of_a_break_it_trial(runner, store, tmp_path):
    # --between takes types in any case, and says when a type has no entity in view
    out = runner.invoke(main, ["influence", "--between", "vessel", "organization", "--store", str(store)])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["influence", "--between", "", "Port Sudan", "--store", str(store)])
    assert out.exit_code == 2 and "a group is empty" in out.stderr
    out = runner.invoke(main, ["influence", "--ego", "European Union", "--depth", "1", "--between", "Vessel",
                               "Organization", "--store", str(store)])
    assert out.exit_code == 1 and "no entity of type Vessel in view" in out.stderr
    # a query file of comments only
    (tmp_path / "c.rq").write_text("# nothing but a comment\n")
    out = runner.invoke(main, ["sparql", "--file", str(tmp_path / "c.rq"), "--store", str(store)])
    assert out.exit_code == 1 and "empty" in out.stderr
    # standard input twice
    out = runner.invoke(main, ["ingest", "-", "-", "--store", str(tmp_path / "s")], input="The tanker X docked.\n")
    assert out.exit_code == 2 and "only once" in out.stderr


def test_importing_a_copy_with_only_new_documents_beside_it_skips_the_copy(runner, tmp_path, quads):
    (tmp_path / "a.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    (tmp_path / "n.txt").write_text("The tanker Red Kite docked at Jeddah on Tuesday.\n")
    src, dst = tmp_path / "src", tmp_path / "dst"
    assert runner.invoke(main, ["ingest", "--store", str(dst), str(tmp_path / "a.txt")]).exit_code == 0
    assert runner.invoke(main, ["ingest", "--store", str(src), str(tmp_path / "n.txt")]).exit_code == 0
    nq = tmp_path / "x.nq"
    assert runner.invoke(main, ["export", "--store", str(src), "--format", "nq", "--out", str(nq)]).exit_code == 0
    # a copy of dst's article under a new id, beside the new document
    (tmp_path / "copy.txt").write_text((tmp_path / "a.txt").read_text())
    assert runner.invoke(main, ["ingest", "--store", str(src), str(tmp_path / "copy.txt")]).exit_code == 0
    assert runner.invoke(main, ["export", "--store", str(src), "--format", "nq", "--out", str(nq)]).exit_code == 0
    out = runner.invoke(main, ["import", str(nq), "--store", str(dst), "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)["duplicates"] == 1, out.output
    ids = [d["id"] for d in json.loads(runner.invoke(main, ["documents", "--store", str(dst), "--json"]).stdout)]
    assert sorted(ids) == ["a", "n"]  # was: the copy stored too while the output said it was skipped


def test_exclude_matches_folder_names_and_nested_paths(runner, tmp_path):
    (tmp_path / "in" / "sub" / "drafts").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    (tmp_path / "in" / "sub" / "drafts" / "b.txt").write_text("The tanker Red Kite docked at Jeddah on Tuesday.\n")
    for glob in ("drafts", "drafts/*"):
        store = tmp_path / ("s-" + glob.replace("/", "_").replace("*", "x"))
        assert runner.invoke(main, ["ingest", "--store", str(store), str(tmp_path / "in"), "--exclude", glob]
                             ).exit_code == 0
        ids = [d["id"] for d in json.loads(runner.invoke(main, ["documents", "--store", str(store), "--json"]).stdout)]
        assert ids == ["a"], glob


def test_embedded_cypher_orders_by_an_aliased_expression_and_keeps_distinct_aliases(runner, store):
    out = runner.invoke(main, ["cypher", "MATCH (d:Document) RETURN d.id AS id, d.title AS t ORDER BY d.title, d.id",
                               "--store", str(store), "--json"])
    assert out.exit_code == 0, out.output
    out = runner.invoke(main, ["cypher", "MATCH (n:Entity) RETURN DISTINCT n.type AS t ORDER BY t", "--store",
                               str(store), "--json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert [r["t"] for r in rows] == sorted({r["t"] for r in rows})
