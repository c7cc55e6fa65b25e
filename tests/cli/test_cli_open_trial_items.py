"""Defects left open by the last round's trials (2026-12-01): the same article under a second name
counted twice as support; a wrong ``--encoding`` replaced a good document with garbled text; errors of a
``--json`` command line came as plain text; ``eval`` took gold files with unknown types or predicates."""

from __future__ import annotations

import json

import pytest

from newsgraph.cli import main

ARTICLE = ("The Panama-flagged tanker Harrow Dune, operated by Corvane Ship Management, called at the "
           "Syrian port of Baniyas in March, according to tracking data. Müller Logistics chartered it.\n")


def _ingest(runner, store, *paths, extra=()):
    return runner.invoke(main, ["ingest", "--store", str(store), *extra, *map(str, paths)])


def _documents(runner, store) -> list[str]:
    out = runner.invoke(main, ["documents", "--store", str(store), "--json"])
    assert out.exit_code == 0, out.output
    return sorted(d["id"] for d in json.loads(out.stdout))


def test_the_same_article_under_another_name_is_skipped_not_counted_twice(runner, tmp_path, quads):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "harrow.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "copy-of-harrow.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b" / "again.txt").write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    assert _ingest(runner, store, tmp_path / "a").exit_code == 0
    before = quads(store)
    out = runner.invoke(main, ["ingest", "--store", str(store), "--json", str(tmp_path / "b")])
    assert out.exit_code == 0, out.output
    report = json.loads(out.stdout)
    assert report["documents"]["duplicate"] == 2 and report["documents"]["added"] == 0
    assert {r["duplicate_of"] for r in report["results"]} == {"harrow"}
    assert quads(store) == before and _documents(runner, store) == ["harrow"]
    assert all("same text as document 'harrow'" in w for w in report["warnings"])


def test_two_copies_in_one_run_store_one(runner, tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    out = _ingest(runner, tmp_path / "store", tmp_path / "one.txt", tmp_path / "two.txt")
    assert out.exit_code == 0, out.output
    assert "1 added" in out.stdout and "1 skipped as duplicates" in out.stdout
    assert _documents(runner, tmp_path / "store") == ["one"]


def test_the_same_text_with_another_line_end_is_a_duplicate(runner, tmp_path):
    # a new-user trial: `echo "..." | newsgraph ingest -` (echo adds a newline) stored the JSONL line's text twice
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "wire-1", "text": ARTICLE.strip()}) + "\n",
                                        encoding="utf-8")
    store = tmp_path / "store"
    assert _ingest(runner, store, tmp_path / "wire.jsonl").exit_code == 0
    out = runner.invoke(main, ["ingest", "--store", str(store), "-"], input=ARTICLE.strip() + "\n\n")
    assert out.exit_code == 0, out.output
    assert "1 skipped as duplicates" in out.stdout
    assert _documents(runner, store) == ["wire-1"]


def test_a_changed_article_under_its_own_name_is_still_replaced(runner, tmp_path):
    path = tmp_path / "harrow.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    _ingest(runner, store, path)
    path.write_text(ARTICLE + "It left for Tartus.\n", encoding="utf-8")
    out = _ingest(runner, store, path)
    assert "1 replaced" in out.stdout and "duplicate" not in out.stdout


ASCII_ARTICLE = "The tanker Harrow Dune called at the Syrian port of Baniyas in March, tracking data show.\n"


@pytest.mark.parametrize("encoding, text, problem", [
    ("cp1252", ARTICLE, "'Müller' read as 'MÃ¼ller'"),     # UTF-8 beyond ASCII: no other reading is right
    ("latin-1", ARTICLE, "'Müller' read as 'MÃ¼ller'"),
    ("koi8-r", ARTICLE, "is UTF-8 text"),
    ("utf-16", ASCII_ARTICLE, "mess ratio"),                # ASCII read as UTF-16 comes out as CJK
    ("utf-16-be", ASCII_ARTICLE, "mess ratio"),
])
def test_a_wrong_encoding_is_refused_and_keeps_the_stored_document(runner, tmp_path, quads, encoding, text,
                                                                   problem):
    assert len(text.encode("utf-8")) % 2 == 0 or not encoding.startswith("utf-16")
    path = tmp_path / "harrow.txt"
    path.write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    assert _ingest(runner, store, path).exit_code == 0
    before = quads(store)
    out = _ingest(runner, store, path, extra=("--encoding", encoding))
    assert out.exit_code == 1 and "1 failed" in out.stdout
    assert f"{path}: " in out.stderr and problem in out.stderr and "leave --encoding out" in out.stderr
    assert quads(store) == before


def test_the_right_single_byte_encoding_is_still_read(runner, tmp_path):
    path = tmp_path / "harrow.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    out = _ingest(runner, tmp_path / "store", path, extra=("--encoding", "cp1252"))
    assert out.exit_code == 0 and "1 added" in out.stdout, out.output


@pytest.mark.parametrize("args, kind, code, words", [
    (["entities", "--json", "--store", "{tmp}/none"], "error", 1, "No store at"),
    (["relations", "Harrow Dune", "--json", "--store", "{tmp}/none"], "error", 1, "No store at"),
    (["entities", "--json", "--no-such-option"], "usage", 2, "No such option"),
    (["path", "Harrow Dune", "--json"], "usage", 2, "Missing argument"),
])
def test_errors_of_a_json_command_line_are_json(runner, tmp_path, args, kind, code, words):
    out = runner.invoke(main, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert out.exit_code == code and out.stdout == ""
    error = json.loads(out.stderr)["error"]
    assert error["kind"] == kind and error["exit_code"] == code and words in error["message"]


def test_errors_without_json_stay_text(runner, tmp_path):
    out = runner.invoke(main, ["entities", "--store", str(tmp_path / "none")])
    assert out.exit_code == 1 and out.stderr.startswith("Error: No store at")


@pytest.mark.parametrize("over, message", [
    ({"entities": [{"name": "Iran", "type": "Contry"}]}, "unknown type 'Contry'"),
    ({"relations": [{"subject": "Iran", "predicate": "SHIPPED", "object": "Iran"}]}, "unknown predicate 'SHIPPED'"),
    ({"negated_relations": [{"subject": "Iran", "predicate": "visited", "object": "Iran"}]},
     "unknown predicate 'visited'"),
])
def test_eval_refuses_gold_with_unknown_types_or_predicates(runner, tmp_path, over, message):
    (tmp_path / "a.txt").write_text("Iran.", encoding="utf-8")
    gold = {"entities": [{"name": "Iran", "type": "Country"}], "relations": [], "text": "a.txt", **over}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = runner.invoke(main, ["eval", str(tmp_path / "a.gold.json")])
    assert out.exit_code != 0 and message in out.stderr and "a.gold.json" in out.stderr


# ---- a break-it trial of the same day

@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    from click.testing import CliRunner

    folder = tmp_path_factory.mktemp("small")
    (folder / "harrow.txt").write_text(ARTICLE, encoding="utf-8")
    store = folder / "store"
    out = CliRunner().invoke(main, ["ingest", "--store", str(store), str(folder / "harrow.txt")])
    assert out.exit_code == 0, out.output
    return store


def test_a_file_named_like_another_stored_file_gets_its_own_id_in_a_later_run(runner, tmp_path):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    (tmp_path / "d1" / "story.txt").write_text("The tanker Blue Heron docked at Port Sudan on Monday.\n")
    (tmp_path / "d2" / "story.txt").write_text("The tanker Red Kite docked at Jeddah on Tuesday.\n")
    store = tmp_path / "store"
    assert "2 added" in _ingest(runner, store, tmp_path / "d1", tmp_path / "d2").stdout
    first = _documents(runner, store)
    out = _ingest(runner, store, tmp_path / "d2" / "story.txt")  # was: "1 replaced", the d1 article lost
    assert "1 unchanged" in out.stdout and _documents(runner, store) == first
    out = _ingest(runner, store, tmp_path / "d2", tmp_path / "d1")  # the other order: the same ids
    assert "2 unchanged" in out.stdout and _documents(runner, store) == first
    # a file that is edited in place keeps its id
    (tmp_path / "d1" / "story.txt").write_text("The tanker Blue Heron docked at Port Sudan on Friday.\n")
    assert "1 replaced" in _ingest(runner, store, tmp_path / "d1" / "story.txt").stdout
    assert _documents(runner, store) == first


def test_influence_with_a_filter_no_relation_matches_finds_nothing(runner, small_store):
    for extra in (["--modality", "denied"], ["--relation", "SUPPLIED"]):
        out = runner.invoke(main, ["influence", "--store", str(small_store), "--json", *extra])
        assert out.exit_code == 0 and json.loads(out.stdout) == [], out.output
    rows = json.loads(runner.invoke(main, ["influence", "--store", str(small_store), "--json",
                                           "--relation", "VISITED"]).stdout)
    assert rows and all(r["relations"] == 1 for r in rows)  # the relations in view, not all of them


@pytest.mark.parametrize("args, words", [
    (["communities", "--resolution", "-1"], "--resolution"),
    (["communities", "--resolution", "nan"], "NaN"),
    (["validate", "--limit", "-1"], "--limit"),
    (["sparql", "--file", "vessels-and-ports", "--bind", "nosuchvar=Syria"], "no variable ?nosuchvar"),
])
def test_out_of_range_options_and_unknown_variables_are_refused(runner, small_store, args, words):
    out = runner.invoke(main, [*args, "--store", str(small_store)])
    assert out.exit_code in (1, 2) and words in out.stderr, out.output
    assert "Traceback" not in out.output


@pytest.mark.parametrize("content", ["{}", "[1, 2, 3]", '{"entities": [], "relations": []}'])
def test_importing_json_that_is_no_rdf_is_refused(runner, small_store, tmp_path, quads, content):
    path = tmp_path / "ex.jsonld"
    path.write_text(content)
    before = quads(small_store)
    out = runner.invoke(main, ["import", str(path), "--store", str(small_store)])
    assert out.exit_code == 1 and "ex.jsonld: holds no RDF statements" in out.stderr
    assert quads(small_store) == before


def test_a_query_files_syntax_error_names_the_file_and_a_folder_is_no_query(runner, small_store, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE {\n ?x ng:name ?n .\n FILTER(\n}\n")
    out = runner.invoke(main, ["sparql", "--file", str(bad), "--store", str(small_store)])
    assert out.exit_code == 1 and f"{bad}: SPARQL syntax error" in out.stderr
    out = runner.invoke(main, ["sparql", "--file", str(tmp_path), "--store", str(small_store)])
    assert out.exit_code == 1 and "not a query file" in out.stderr


def test_a_slash_in_a_prefixed_name_gets_a_hint(runner, small_store):
    out = runner.invoke(main, ["sparql", "ASK { id:vessel/harrow-dune ?p ?o }", "--store", str(small_store)])
    assert out.exit_code == 1 and "id:vessel\\/harrow-dune" in out.stderr
    assert "<https://w3id.org/newsgraph/id/vessel/harrow-dune>" in out.stderr
    out = runner.invoke(main, ["sparql", "ASK { id:vessel\\/harrow-dune ?p ?o }", "--store", str(small_store)])
    assert out.exit_code == 0 and out.stdout.strip() == "true", out.output


def test_a_path_beyond_max_hops_does_not_claim_the_ends_are_unconnected(runner, small_store):
    out = runner.invoke(main, ["path", "Harrow Dune", "Syria", "--max-hops", "1", "--store", str(small_store)])
    assert out.exit_code == 1 and "within 1 hop" in out.stderr and "not connected" not in out.stderr, out.output


def test_eval_refuses_a_relation_between_names_it_does_not_list(runner, tmp_path):
    (tmp_path / "a.txt").write_text("Iran.", encoding="utf-8")
    gold = {"entities": [{"name": "Iran", "type": "Country"}], "text": "a.txt",
            "relations": [{"subject": "Nobody", "predicate": "VISITED", "object": "Iran"}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    out = runner.invoke(main, ["eval", str(tmp_path / "a.gold.json")])
    assert out.exit_code != 0 and "subject 'Nobody' is not the name or an alias" in out.stderr


@pytest.mark.parametrize("text", ["Танкер «Восток» прибыл в порт Тартус в понедельник, сообщили в Дамаске.\n",
                                  "ناقلة نفط إيرانية تصل إلى ميناء اللاذقية يوم الاثنين\n"])
def test_an_article_not_in_english_is_stored_with_a_warning(runner, tmp_path, text):
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(main, ["ingest", "--store", str(tmp_path / "store"), "--json", str(path)])
    assert out.exit_code == 0
    assert any("foreign.txt: only 0% of its letters are Latin script" in w for w in json.loads(out.stdout)["warnings"])


def test_an_english_article_with_accented_names_gets_no_warning(runner, tmp_path):
    path = tmp_path / "harrow.txt"
    path.write_text(ARTICLE + "São Tomé and Príncipe, Malmö and Curaçao were named.\n", encoding="utf-8")
    out = runner.invoke(main, ["ingest", "--store", str(tmp_path / "store"), "--json", str(path)])
    assert out.exit_code == 0 and json.loads(out.stdout)["warnings"] == []


def test_timeline_marks_the_dates_the_text_does_not_give(runner, tmp_path):
    # a new-user trial: a port call "in mid-January" was listed under the article's date as if it happened then
    path = tmp_path / "tl.txt"
    path.write_text("Tanker update\n\nLONDON, April 3, 2025 -- The tanker Harrow Dune loaded crude at the Russian port "
                    "of Primorsk in mid-January. The tanker Harrow Dune later called at Port Said.\n", encoding="utf-8")
    store = tmp_path / "store"
    assert _ingest(runner, store, path).exit_code == 0
    rows = json.loads(runner.invoke(main, ["timeline", "Harrow Dune", "--store", str(store), "--json"]).stdout)
    dated = {r["object"]: (r["date"], r["date_source"]) for r in rows if r["predicate"] == "VISITED"}
    assert dated == {"Primorsk": ("2025-01", "qualifier"), "Port Said": ("2025-04-03", "published")}
    table = runner.invoke(main, ["timeline", "Harrow Dune", "--store", str(store)], env={"COLUMNS": "250"}).stdout
    assert "2025-04-03 (published)" in table and "2025-01 " in table


# ---- a second new-user trial

def test_facts_only_leaves_out_the_sentences_that_deny_a_stated_fact(runner, tmp_path):
    path = tmp_path / "deny.txt"
    path.write_text("Lysander Trading Ltd is owned by Nikos Pelgrou, a Cypriot businessman. According to two former "
                    "employees, Mr Pelgrou still runs the company's daily business from Dubai.\n\nThe company's "
                    "lawyer, Elena Maranou, sent a statement. \"Mr Pelgrou is the company's shareholder, but he has "
                    "no role in its management and does not direct its business.\"\n", encoding="utf-8")
    store = tmp_path / "store"
    assert _ingest(runner, store, path).exit_code == 0
    every = json.loads(runner.invoke(main, ["relations", "Nikos Pelgrou", "--store", str(store), "--json",
                                            "-p", "AFFILIATED_WITH"]).stdout)["relations"]
    assert {e["modality"] for r in every for e in r["evidence"]} >= {"asserted", "denied"}, every
    facts = json.loads(runner.invoke(main, ["relations", "Nikos Pelgrou", "--store", str(store), "--json",
                                            "-p", "AFFILIATED_WITH", "--facts-only"]).stdout)["relations"]
    assert facts and all(e["modality"] not in ("denied", "negated") for r in facts for e in r["evidence"])


@pytest.mark.parametrize("typed", ["harrow dun", "HARROW DUN", "Harrow Dun"])
def test_suggestions_do_not_depend_on_letter_case(runner, small_store, typed):
    out = runner.invoke(main, ["relations", typed, "--store", str(small_store)])
    assert out.exit_code == 1 and "Did you mean: Harrow Dune" in out.stderr, out.stderr


def test_embedded_cypher_names_list_indexing(runner, small_store):
    out = runner.invoke(main, ["cypher", "MATCH (a)-[r:VISITED]->(b) RETURN r.evidence[0] AS e",
                               "--store", str(small_store)])
    assert out.exit_code == 1 and "'r.evidence[0]': list indexing" in out.stderr
    out = runner.invoke(main, ["cypher", "MATCH (a)-[r:VISITED]->(b) RETURN r.evidence AS e",
                               "--store", str(small_store), "--json"])
    assert out.exit_code == 0 and json.loads(out.stdout)


# ---- a second break-it trial

def test_importing_a_foreign_graph_under_a_documents_name_is_refused(runner, small_store, tmp_path, quads):
    path = tmp_path / "x.trig"
    path.write_text("<https://w3id.org/newsgraph/doc/harrow> { <http://example.org/a> <http://example.org/b> "
                    "<http://example.org/c> . }\n")
    before = quads(small_store)
    out = runner.invoke(main, ["import", str(path), "--store", str(small_store)])
    assert out.exit_code == 1 and "does not describe one" in out.stderr and quads(small_store) == before


def test_a_query_nested_thousands_deep_is_refused_not_a_crash(runner, small_store, tmp_path):
    path = tmp_path / "deep.rq"
    path.write_text("SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000)
    out = runner.invoke(main, ["sparql", "--file", str(path), "--store", str(small_store)])
    assert out.exit_code == 1 and "nested 3000 levels deep" in out.stderr


def test_a_line_added_above_in_a_jsonl_feed_loses_no_article(runner, tmp_path):
    feed = tmp_path / "shift.jsonl"
    lines = [json.dumps({"text": "The tanker Pink Tern docked at Mersin."}),
             json.dumps({"text": "The tanker Blue Jay docked at Izmir."})]
    feed.write_text("\n".join(lines) + "\n")
    store = tmp_path / "store"
    assert "2 added" in _ingest(runner, store, feed).stdout
    feed.write_text("\n".join([json.dumps({"text": "The tanker Grey Owl docked at Aden."}), *lines]) + "\n")
    out = _ingest(runner, store, feed)
    assert "1 added, 0 replaced, 2 unchanged" in out.stdout, out.stdout
    assert len(_documents(runner, store)) == 3


@pytest.mark.skipif(not __import__("os").path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["entities"], ["relations", "Harrow Dune", "--json"]])
def test_a_full_output_device_is_an_error_not_a_traceback(small_store, args):
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "newsgraph", *args, "--store", str(small_store)],
                              stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot write the output: No space left on device" in done.stderr


@pytest.mark.parametrize("text", [
    "El petrolero Nordwind llegó al puerto de Tartus el lunes, según las autoridades portuarias. La carga de diésel "
    "fue descargada durante la noche y el buque zarpó hacia Beirut el martes por la mañana. Los investigadores creen "
    "que el barco forma parte de una flota en la sombra que transporta petróleo ruso.\n",
    "Der Tanker Nordwind lief am Montag in den Hafen von Tartus ein, wie die Hafenbehörde mitteilte. Die Ladung "
    "Diesel wurde in der Nacht gelöscht, und das Schiff fuhr am Dienstagmorgen nach Beirut weiter. Ermittler glauben, "
    "dass das Schiff zu einer Schattenflotte gehört, die russisches Öl transportiert.\n",
])
def test_an_article_in_another_latin_script_language_is_stored_with_a_warning(runner, tmp_path, text):
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    out = runner.invoke(main, ["ingest", "--store", str(tmp_path / "store"), "--json", str(path)])
    assert out.exit_code == 0
    assert any("foreign.txt: does not read as English" in w for w in json.loads(out.stdout)["warnings"])


def test_a_permission_error_is_a_one_line_error_also_in_json():
    # a break-it trial: a path inside a folder the user cannot enter gave a Python traceback, with --json too
    import click
    from click.testing import CliRunner

    from newsgraph.cli.common import handle_errors

    @click.command()
    @click.option("--json", "as_json", is_flag=True)
    @handle_errors
    def cmd(as_json):
        raise PermissionError(13, "Permission denied", "d/locked/a.txt")

    res = CliRunner().invoke(cmd, [])
    assert res.exit_code == 1 and "d/locked/a.txt: permission denied" in res.output
    assert "Traceback" not in res.output


def test_render_to_a_dash_is_a_usage_error_not_a_file_named_dash(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from newsgraph.cli import main

    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(main, ["render", "--out", "-", "--store", str(tmp_path / "store")])
    assert res.exit_code == 2 and "give --out a path" in res.output
    assert not (tmp_path / "-").exists()
