"""``newsgraph sparql`` over the embedded store: SELECT, ASK, CONSTRUCT, named queries, bindings, errors."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef

from newsgraph.cli import main
from newsgraph.queries.sparql import bind_values, load_query, named_queries, term
from newsgraph.exceptions import QueryError

ID = "https://w3id.org/newsgraph/id/"


def run(runner, store, *args):
    res = runner.invoke(main, ["sparql", "--store", str(store), *args])
    return res


def test_sparql_select_table_and_json(runner, filled_store):
    q = "SELECT ?v ?port WHERE { ?v ng:visited ?port } ORDER BY ?port"
    res = run(runner, filled_store, q)
    assert res.exit_code == 0, res.output
    assert "id:vessel/ocean-star-ii" in res.output and "id:port/порт-восток" in res.output
    res = run(runner, filled_store, "--json", q)
    data = json.loads(res.output)
    assert data["head"]["vars"] == ["v", "port"]
    ports = [b["port"]["value"] for b in data["results"]["bindings"]]
    assert ports == [ID + "port/%D0%BF%D0%BE%D1%80%D1%82-%D0%B2%D0%BE%D1%81%D1%82%D0%BE%D0%BA", ID + "port/port-nadezhda"]


@pytest.mark.parametrize("query, expected", [
    ("ASK { ?v a ng:Vessel }", "true"),
    ("ASK { ?v a ng:Weapon ; ng:visited ?p }", "false"),
])
def test_sparql_ask(runner, filled_store, query, expected):
    res = run(runner, filled_store, query)
    assert res.exit_code == 0 and res.output.strip() == expected
    res = run(runner, filled_store, "--json", query)
    assert json.loads(res.output)["boolean"] is (expected == "true")


def test_sparql_construct_prints_turtle(runner, filled_store):
    res = run(runner, filled_store, "CONSTRUCT { ?s ng:flaggedIn ?o } WHERE { ?s ng:flaggedIn ?o }")
    assert res.exit_code == 0, res.output
    g = Graph().parse(data=res.output, format="turtle")
    assert set(g) == {(URIRef(ID + "vessel/ocean-star-ii"), URIRef("https://w3id.org/newsgraph/ontology#flaggedIn"),
                       URIRef(ID + "country/eastmark"))}


def test_sparql_syntax_error_is_clear(runner, filled_store):
    res = run(runner, filled_store, "SELEC ?x WHERE { ?x ?p ?o }")
    assert res.exit_code == 1
    assert "SPARQL syntax error" in res.output
    assert "Traceback" not in res.output


def test_sparql_query_from_stdin_and_file(runner, filled_store, tmp_path):
    res = runner.invoke(main, ["sparql", "--store", str(filled_store), "-"], input="ASK { ?s ng:sanctioned ?o }")
    assert res.output.strip() == "true"
    f = tmp_path / "mine.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }", encoding="utf-8")
    res = run(runner, filled_store, "--json", "--file", str(f))
    assert json.loads(res.output)["results"]["bindings"][0]["n"]["value"] == "11"


def test_sparql_list_named_queries(runner, filled_store):
    res = run(runner, filled_store, "--list", "--json")
    names = {q["name"] for q in json.loads(res.output)}
    assert {"vessels-and-ports", "sanctions", "who-reported-what", "path-between", "hops-between"} <= names


def _rows(runner, store, *args):
    res = run(runner, store, "--json", *args)
    assert res.exit_code == 0, res.output
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(res.output)["results"]["bindings"]]


def test_sparql_named_vessels_and_ports(runner, filled_store):
    rows = _rows(runner, filled_store, "--file", "vessels-and-ports")
    assert {(r["portName"], r["modality"]) for r in rows} == {("Port Nadezhda", "asserted"), ("Порт Восток", "speculated")}
    nad = next(r for r in rows if r["portName"] == "Port Nadezhda")
    assert nad["country"] == "Eastmark" and nad["document"] == "news/2024 <one>"
    rows = _rows(runner, filled_store, "--file", "vessels-and-ports", "--bind", "port=Порт Восток")
    assert [r["portName"] for r in rows] == ["Порт Восток"]


def test_sparql_named_sanctions(runner, filled_store):
    rows = _rows(runner, filled_store, "--file", "sanctions")
    assert [(r["authorityName"], r["targetName"], r["targetType"]) for r in rows] == [
        ("Council of Westland", "Seaway Trading Ltd", "Organization")]
    assert rows[0]["published"] == "2024-02-01"
    assert _rows(runner, filled_store, "--file", "sanctions", "--bind", "target=Eastmark") == []


def test_sparql_named_who_reported_what(runner, filled_store):
    rows = _rows(runner, filled_store, "--file", "who-reported-what")
    claims = {(r["sourceName"], r["relation"], r.get("objectName")) for r in rows}
    assert ("Harbour Watch", "transported", "artillery shells") in claims
    assert ("Harbour Watch", "reported", 'Ocean "Star" <II>') in claims


def test_sparql_named_path_between(runner, filled_store):
    rows = _rows(runner, filled_store, "--file", "path-between",
                 "--bind", "from=Council of Westland", "--bind", "to=Port Nadezhda")
    chain = {(r["subjectName"], r["relation"], r["objectName"]) for r in rows}
    assert chain == {("Council of Westland", "sanctioned", "Seaway Trading Ltd"),
                     ("Seaway Trading Ltd", "ownsOrOperates", 'Ocean "Star" <II>'),
                     ('Ocean "Star" <II>', "visited", "Port Nadezhda")}
    # against the direction of the relations there is no chain
    assert _rows(runner, filled_store, "--file", "path-between",
                 "--bind", "from=Port Nadezhda", "--bind", "to=Council of Westland") == []


def test_sparql_named_hops_between(runner, filled_store):
    rows = _rows(runner, filled_store, "--file", "hops-between", "--bind", "from=Norland",
                 "--bind", f"to=<{ID}port/port-nadezhda>")
    paths = {(r["hops"], r.get("via1Name"), r.get("via2Name")) for r in rows}
    assert paths == {("2", "Eastmark", None), ("3", "Eastmark", 'Ocean "Star" <II>')}


def test_sparql_bind_unknown_name_suggests(runner, filled_store):
    res = run(runner, filled_store, "--file", "sanctions", "--bind", "target=Seaway Tradng")
    assert res.exit_code == 1
    assert "Seaway Trading Ltd" in res.output  # suggestion


@pytest.mark.parametrize("bad", ['http://x.org/a b', '<http://x.org/"q">', "http://x.org/<a>"])
def test_sparql_term_refuses_invalid_iris(bad):
    with pytest.raises(QueryError):
        term(bad)


def test_sparql_bind_values_escapes_literals_and_goes_into_where():
    import pyoxigraph as ox

    q = bind_values('SELECT ?n WHERE { ?x ng:name ?n }', {"n": ox.Literal('" } ; DROP ALL #')})
    assert q.startswith('SELECT ?n WHERE { VALUES (?n) { ("\\" } ; DROP ALL #") }')
    store = ox.Store()
    ex = ox.NamedNode("http://example.org/x")
    store.add(ox.Quad(ex, ox.NamedNode("https://w3id.org/newsgraph/ontology#name"), ox.Literal('" } ; DROP ALL #')))
    rows = list(store.query(q, prefixes={"ng": "https://w3id.org/newsgraph/ontology#"}))
    assert len(rows) == 1


def test_sparql_every_named_query_parses():
    import pyoxigraph as ox

    from newsgraph.queries.sparql import PREFIXES

    store = ox.Store()
    for q in named_queries().values():
        assert q.description, q.name
        binds = {p: ox.NamedNode("http://example.org/x") for p in q.params}
        list(store.query(bind_values(q.text, binds), prefixes=PREFIXES))
    assert load_query("sanctions.rq").name == "sanctions"
    with pytest.raises(QueryError, match="shipped"):
        load_query("no-such-query")


def test_sparql_hops_between_lists_every_relation_of_the_ontology():
    import re

    from newsgraph.ontology import load_ontology

    text = load_query("hops-between").text
    forward = set(re.findall(r"(?<![\^\w])ng:(\w+)", text.split("WHERE", 1)[1])) - {"name"}
    inverse = set(re.findall(r"\^ng:(\w+)", text))
    props = {r.property for r in load_ontology().relations.values()}
    assert forward == props and inverse == props


def test_sparql_time_limit_stops_a_runaway_query(filled_store):
    # five unbound patterns over every graph: a product of the store with itself five times, which runs for
    # hours; --timeout must stop it and exit with a clear error. A real process, so the abandoned query
    # thread ends with it (pyoxigraph cannot cancel a query).
    import subprocess
    import sys

    q = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"GRAPH ?g{i} {{ ?s{i} ?p{i} ?o{i} }}" for i in range(5)) + " }"
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "sparql", "--store", str(filled_store),
                           "--timeout", "1", q], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "ran longer than 1 s" in proc.stderr and "--timeout" in proc.stderr
    # a query that finishes in time is untouched by the limit
    proc = subprocess.run([sys.executable, "-m", "newsgraph", "sparql", "--store", str(filled_store),
                           "--timeout", "60", "ASK { ?v a ng:Vessel }"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "true", proc.stderr


def test_sparql_describe_prints_each_triple_once(runner, filled_store):
    # the ship is named in both articles: the union of their graphs holds its type and name twice
    res = run(runner, filled_store, f"DESCRIBE <{ID}vessel/ocean-star-ii>")
    assert res.exit_code == 0, res.output
    assert res.output.count("ng:Vessel") == 1 and res.output.count("rdfs:label") == 1, res.output
    g = Graph().parse(data=res.output, format="turtle")
    assert (URIRef(ID + "vessel/ocean-star-ii"), URIRef("https://w3id.org/newsgraph/ontology#visited"),
            URIRef(ID + "port/port-nadezhda")) in g
