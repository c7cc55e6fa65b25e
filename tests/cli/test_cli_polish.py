"""Smaller CLI problems a tester found: updates in ``sparql``, unbound named-query
parameters, ``path --k``, markup and control characters in names, broken pipes,
help text and ``cypher ... LIMIT -1``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.cli import main
from newsgraph.graph.model import Document, DocumentGraph, Entity, Evidence, Relation
from newsgraph.graph.store import Store

RLO = "\u202e"


def _dg(doc_id: str, text: str, a: str, a_type: str, b: str, b_type: str, pred: str) -> DocumentGraph:
    x, y = Entity.create(a, a_type), Entity.create(b, b_type)
    ev = Evidence(doc_id, text, 0, len(text), "test", 0.8, "asserted", [])
    return DocumentGraph(Document(id=doc_id, text=text), {x.id: x, y.id: y}, [Relation(x.id, pred, y.id, [ev])])


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store with a normal vessel, one whose name has a bidi override and a newline, and one named ``[/]``."""
    path = tmp_path / "store"
    with Store.open(path) as s:
        s.upsert(_dg("d1", "Alpha called at Port Z.", "Alpha", "Vessel", "Port Z", "Port", "VISITED"))
        s.upsert(_dg("d2", f"Evil{RLO}man called at Port Z.", f"Evil{RLO}man\nx", "Vessel", "Port Z", "Port",
                     "VISITED"))
        s.upsert(_dg("d3", "[/] called at Port Z.", "[/]", "Vessel", "Port Z", "Port", "VISITED"))
    return path


READ_ONLY = "newsgraph sparql runs read queries (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are not supported"


@pytest.mark.parametrize("update", [
    "DROP ALL",
    "PREFIX ex: <http://example.org/>\n# a comment\nINSERT DATA { ex:a ex:b ex:c }",
    "delete where { ?s ?p ?o }",
    "CLEAR DEFAULT",
    "BASE <http://example.org/> PREFIX : <http://example.org/> WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_sparql_update_is_refused_in_one_line(runner, store, quads, update):
    before = quads(store)
    res = runner.invoke(main, ["sparql", "--store", str(store), update])
    assert res.exit_code == 1
    assert res.output.strip() == f"Error: {READ_ONLY}"
    assert quads(store) == before


def test_sparql_query_starting_with_an_update_word_in_a_comment_still_runs(runner, store):
    res = runner.invoke(main, ["sparql", "--store", str(store), "--json",
                               "# DROP ALL is not run\nPREFIX x: <http://e/#drop>\nASK { ?s ?p ?o }"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["boolean"] is True


def test_sparql_service_is_refused_on_the_local_store_without_a_request(runner, store):
    import http.server
    import threading

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 (the stdlib's method name)
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/secret"
        res = runner.invoke(main, ["sparql", "--store", str(store), f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"])
    finally:
        server.shutdown()
    assert res.exit_code == 1
    assert res.output.startswith("Error: SERVICE (federated queries) is not allowed") and not hits
    # the word as a variable, in a string or an IRI is no SERVICE clause
    res = runner.invoke(main, ["sparql", "--store", str(store), "--json",
                               'ASK { ?service ?p ?o FILTER(?o != "SERVICE") }'])
    assert res.exit_code == 0, res.output


def test_sparql_syntax_error_is_short(runner, store):
    res = runner.invoke(main, ["sparql", "--store", str(store), "SELECT ?x WHERE { ?x "])
    assert res.exit_code == 1
    assert res.output.startswith("Error: SPARQL syntax error")
    assert "1:22" in res.output
    assert len(res.output.strip().splitlines()) == 1
    assert "\\u{" not in res.output and len(res.output) < 250


def test_named_query_without_required_binding_names_it(runner, store):
    res = runner.invoke(main, ["sparql", "--store", str(store), "--file", "hops-between", "--bind", "from=Alpha"])
    assert res.exit_code == 2
    assert "--bind to=VALUE" in res.output
    ok = runner.invoke(main, ["sparql", "--store", str(store), "--file", "hops-between",
                              "--bind", "from=Alpha", "--bind", "to=Port Z"])
    assert ok.exit_code == 0, ok.output
    # optional filters stay optional
    assert runner.invoke(main, ["sparql", "--store", str(store), "--file", "sanctions"]).exit_code == 0


def test_path_k_is_capped(runner, store):
    res = runner.invoke(main, ["path", "--store", str(store), "Alpha", "Port Z", "--k", "100000"])
    assert res.exit_code == 2
    assert "--k" in res.output and "1<=x<=100" in res.output
    assert runner.invoke(main, ["path", "--store", str(store), "Alpha", "Port Z", "--k", "100"]).exit_code == 0


def test_path_same_ends_names_the_entity(runner, store):
    res = runner.invoke(main, ["path", "--store", str(store), "alpha", "Alpha"])
    assert res.exit_code == 2
    assert "'Alpha' is both ends" in res.output
    assert "vessel/alpha" not in res.output


@pytest.mark.parametrize("command", [["timeline", "[/]"], ["relations", "[/]"], ["path", "[/]", "Alpha"]])
def test_markup_in_names_is_printed_as_text(runner, store, command):
    res = runner.invoke(main, [command[0], "--store", str(store), *command[1:]])
    assert res.exit_code == 0, res.output
    assert "[/]" in res.output
    assert res.exception is None


def test_control_and_bidi_characters_are_shown_in_tables_but_exact_in_json(runner, store):
    for cmd in (["relations", "Port Z"], ["entities"], ["timeline", "Port Z"], ["path", "Port Z", f"Evil{RLO}man\nx"]):
        res = runner.invoke(main, [cmd[0], "--store", str(store), *cmd[1:]])
        assert res.exit_code == 0, (cmd, res.output)
        assert RLO not in res.output, cmd
        assert "Evil\\u202eman\\nx" in res.output, cmd
    res = runner.invoke(main, ["entities", "--store", str(store), "--json"])
    names = {e["name"] for e in json.loads(res.output)}
    assert f"Evil{RLO}man\nx" in names


def test_broken_pipe_exits_quietly(store):
    import subprocess
    import sys

    # A reader that has already gone away (closed before the child has even
    # imported newsgraph): the first write fails with EPIPE.
    proc = subprocess.Popen([sys.executable, "-c", "from newsgraph.cli import main; main(prog_name='newsgraph')", "relations", "--store", str(store),
                             "Port Z", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""


def _all_commands(group, prefix=()):
    import click

    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, prefix + (name,))


@pytest.mark.parametrize("command", [c for c, _ in _all_commands(main)], ids=" ".join)
def test_help_examples_keep_their_lines(runner, command):
    """Every example line of a command's docstring is a line of its --help (click's \\b kept it unwrapped)."""
    cmd = dict(_all_commands(main))[command]
    examples = [ln.strip() for ln in (cmd.help or "").splitlines() if ln.strip().startswith("newsgraph ")]
    assert examples, f"{' '.join(command)} has no example line"
    res = runner.invoke(main, [*command, "--help"], prog_name="newsgraph")
    assert res.exit_code == 0, res.output
    shown = {ln.strip() for ln in res.output.splitlines()}
    for ex in examples:
        assert ex in shown, f"{' '.join(command)} --help re-wraps {ex!r}"


@pytest.mark.parametrize("query, message", [
    ("MATCH (n) RETURN n.name LIMIT -1", "LIMIT -1: LIMIT takes a non-negative integer"),
    ("MATCH (n) RETURN n.name SKIP -2 LIMIT 1", "SKIP -2: SKIP takes a non-negative integer"),
    ("MATCH (n) RETURN n.name LIMIT $k", "LIMIT $k = -3: LIMIT takes a non-negative integer"),
])
def test_embedded_cypher_negative_limit_is_an_error(runner, store, query, message):
    res = runner.invoke(main, ["cypher", "--store", str(store), query, "-p", "k=-3"])
    assert res.exit_code == 1
    assert res.output.strip() == f"Error: {message}"


def test_embedded_cypher_limit_words_in_strings_and_good_limits_still_run(runner, store):
    res = runner.invoke(main, ["cypher", "--store", str(store), "--json",
                               "MATCH (v:Vessel)-[r]->(p) WHERE p.name <> 'LIMIT -1' RETURN v.name LIMIT $k",
                               "-p", "k=2"])
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.output)) == 2


def test_markup_in_influence_groups_and_timeline_title(runner, store):
    res = runner.invoke(main, ["influence", "--store", str(store), "--between", "[/]", "Port"])
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert "MarkupError" not in res.output
    res = runner.invoke(main, ["timeline", "--store", str(store), "alpha"])
    assert res.exit_code == 0, res.output
    assert "Timeline of Alpha" in res.output


def test_short_syntax_error_keeps_quoted_brackets_of_the_expected_tokens():
    from newsgraph.cli.sparql import _short_syntax_error

    msg = 'SPARQL syntax error: error at 1:3: expected one of "!", "[", "a", [\'A\' ..= \'Z\'\n| x], [_]'
    assert _short_syntax_error(msg, "ab cd") == \
        'SPARQL syntax error: error at 1:3: expected one of "!", "[", "a" (near \' cd\')'


def test_path_gives_each_sentence_its_own_modality_and_source(runner, tmp_path):
    """A hop stated once in the text's own voice and once by a source: the source goes with its sentence,
    not with the hop (which reads as an asserted fact credited to the source)."""
    path = tmp_path / "store"
    a, b = Entity.create("Blue Wren", "Vessel"), Entity.create("Kalamata", "Port")
    own = Evidence("d1", "Tanker Blue Wren calls at Kalamata", 0, 34, "test", 0.8, "asserted", [])
    told = Evidence("d1", "The Blue Wren called at Kalamata, according to TankerTrackers.", 35, 99, "test", 0.8,
                    "reported", ["TankerTrackers"])
    dg = DocumentGraph(Document(id="d1", text="x"), {a.id: a, b.id: b}, [Relation(a.id, "VISITED", b.id, [own, told])])
    with Store.open(path) as s:
        s.upsert(dg)
    res = runner.invoke(main, ["path", "--store", str(path), "Blue Wren", "Kalamata"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    credited = [i for i, line in enumerate(lines) if "(reported, according to TankerTrackers)" in line]
    assert len(credited) == 1, res.output
    assert "The Blue Wren called at Kalamata" in lines[credited[0] - 1]  # under its own sentence
    assert not any(line.strip().startswith("according to") for line in lines)  # no hop-level credit


def test_type_and_relation_options_ignore_case_everywhere(runner, store):
    for args in (["influence", "--type", "vessel"], ["influence", "--type", "VESSEL"],
                 ["render", "--type", "vessel", "--out", str(store.parent / "v.html")]):
        res = runner.invoke(main, [*args, "--store", str(store)])
        assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["communities", "--relation", "visited", "--store", str(store)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["influence", "--type", "boat", "--store", str(store)])
    assert res.exit_code == 2 and "unknown entity type 'boat'" in res.output
