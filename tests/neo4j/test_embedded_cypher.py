"""The embedded Cypher adapter (grand-cypher over the store's graph); no Neo4j needed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.exceptions import QueryError
from newsgraph.graph.store import Store
from newsgraph.queries import embedded_cypher as ec


@pytest.fixture
def graph(tmp_path, make_graph):
    with Store.open(tmp_path / "s") as store:
        store.upsert(make_graph("d1", [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.9),
                                       ("Land G", "Country", "SANCTIONED", "Ship A", "Vessel", 0.5),
                                       ("Land G", "Country", "SANCTIONED", "Port P", "Port", 0.4)]))
        return ec.grand_graph(store)


def test_embedded_cypher_graph_has_labels_for_grand_cypher(graph):
    assert graph.nodes["vessel/ship-a"]["__labels__"] == {"Entity", "Vessel"}
    assert graph.nodes["document:d1"]["__labels__"] == {"Document"}
    assert graph.edges["vessel/ship-a", "port/port-p", "VISITED"]["__labels__"] == {"VISITED"}
    assert graph.edges["vessel/ship-a", "port/port-p", "VISITED"]["evidence"] == ["Ship A visited Port P."]


@pytest.mark.parametrize("query,params,rows", [
    ("MATCH (v:Vessel)-[:VISITED]->(p:Port) RETURN v.name AS vessel, p.name AS port", {},
     [{"vessel": "Ship A", "port": "Port P"}]),
    ("MATCH (a)-[r:SANCTIONED]->(b) RETURN b.name, r.confidence ORDER BY r.confidence DESC", {},
     [{"b.name": "Ship A", "r.confidence": 0.5}, {"b.name": "Port P", "r.confidence": 0.4}]),
    ("MATCH (a)-[r:SANCTIONED]->(b) WHERE a.name = $who RETURN count(b)", {"who": "Land G"}, [{"count(b)": 2}]),
    ("MATCH (a) WHERE a.name = 'Ship A' RETURN a.id", {}, [{"a.id": "vessel/ship-a"}]),
    ("MATCH (a) WHERE a.name = $n RETURN a.id", {"n": "x\" }) DETACH DELETE a //"}, []),
])
def test_embedded_cypher_answers_the_read_subset(graph, query, params, rows):
    assert ec.run(graph, query, params)[1] == rows


@pytest.mark.parametrize("query,word", [
    ("MATCH (n) DETACH DELETE n", "DETACH"),
    ("CREATE (n:Vessel {name: 'x'})", "CREATE"),
    ("MATCH (a) WITH a RETURN a", "WITH"),
    ("MATCH p = shortestPath((a)-[*]-(b)) RETURN p", "shortestPath"),
    ("OPTIONAL MATCH (a) RETURN a", "OPTIONAL"),
    ("MATCH (a) RETURN count(*)", "count(*)"),
    ("MATCH (a RETURN a", "cannot read this query"),
])
def test_embedded_cypher_names_what_needs_neo4j(graph, query, word):
    with pytest.raises(QueryError) as info:
        ec.run(graph, query)
    assert word in str(info.value) and "Neo4j" in str(info.value)


def test_embedded_cypher_missing_parameter(graph):
    with pytest.raises(QueryError, match=r"--param who=VALUE"):
        ec.run(graph, "MATCH (a) WHERE a.name = $who RETURN a.id")


@pytest.mark.parametrize("value", ['a "b" \\ c', "line\nbreak", "it's", "☠ \u2028 x", "\\u0041"])
def test_embedded_cypher_parameter_text_stays_data(tmp_path, make_graph, value):
    with Store.open(tmp_path / "s") as store:
        store.upsert(make_graph("d1", [(value, "Vessel", "VISITED", "Port P", "Port")]))
        g = ec.grand_graph(store)
    assert ec.run(g, "MATCH (v:Vessel) WHERE v.name = $n RETURN v.name AS name", {"n": value})[1] == [{"name": value}]


def test_embedded_cypher_cli_without_uri(tmp_path, make_graph, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with Store.open(tmp_path / "s") as store:
        store.upsert(make_graph("d1", [("Ship A", "Vessel", "VISITED", "Port P", "Port")]))
    result = CliRunner().invoke(main, ["cypher", "MATCH (v:Vessel)-[:VISITED]->(p) RETURN v.name, p.name",
                                       "--store", str(tmp_path / "s"), "--json"], prog_name="newsgraph")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"v.name": "Ship A", "p.name": "Port P"}]
    bad = CliRunner().invoke(main, ["cypher", "MATCH (n) SET n.x = 1", "--store", str(tmp_path / "s")],
                             prog_name="newsgraph")
    assert bad.exit_code == 1 and "SET" in bad.output and "--uri" in bad.output
    badp = CliRunner().invoke(main, ["cypher", "MATCH (n) RETURN n", "--param", "no-equals",
                                     "--store", str(tmp_path / "s")], prog_name="newsgraph")
    assert badp.exit_code == 2 and "KEY=VALUE" in badp.output


def test_embedded_cypher_timeout_stops_a_long_query(tmp_path, make_graph, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    with Store.open(tmp_path / "s") as store:
        store.upsert(make_graph("d1", [(f"Ship {i}", "Vessel", "VISITED", f"Port {j}", "Port")
                                       for i in range(14) for j in range(14)]))
    # 14 ** 4 = 38,416 paths: about 5 s for grand-cypher (12 ships and ports took 2 s); stopped at 0.5 s
    query = "MATCH (a)-[:VISITED]->(b)<-[:VISITED]-(c)-[:VISITED]->(d) RETURN count(a)"
    result = CliRunner().invoke(main, ["cypher", query, "--store", str(tmp_path / "s"), "--timeout", "0.5"],
                                prog_name="newsgraph")
    assert result.exit_code == 1 and "longer than 0.5 s" in result.output


@pytest.mark.parametrize("query", [
    "MATCH (a)-[r]-(b) RETURN count(a)",
    "MATCH (a:Vessel)--(b) RETURN a.name, b.name",
    "MATCH (a) - [r:VISITED] - (b) RETURN a.name",
])
def test_embedded_cypher_refuses_a_pattern_without_direction(graph, query):
    # grand-cypher would match only the pairs linked both ways: a silent subset (none here)
    with pytest.raises(QueryError, match="no direction"):
        ec.run(graph, query, {})
    # the directed forms still answer
    assert ec.run(graph, "MATCH (a)-[r]->(b) RETURN count(a)", {})
    assert ec.run(graph, "MATCH (b)<-[r:VISITED]-(a) RETURN a.name", {})


def test_embedded_edges_carry_the_evidence_lists_and_a_denier_is_no_source(tmp_path, make_graph):
    # a new-user trial: r.evidence_modality and the other evidence_* lists were null in the embedded engine, and
    # the spokesperson who denied a port call was listed among the relation's sources
    with Store.open(tmp_path / "s") as store:
        store.upsert(make_graph("d1", [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.7, "reported",
                                        ["Wire One"])]))
        store.upsert(make_graph("d2", [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.6, "denied",
                                        ["Owner Co"])]))
        graph = ec.grand_graph(store)
    _, rows = ec.run(graph, "MATCH (:Vessel)-[r:VISITED]->(:Port) RETURN r.modality AS m, r.attributed_to AS src, "
                            "r.evidence_modality AS em, r.evidence_attributed_to AS ea, "
                            "r.evidence_documents AS ed, r.evidence_rule AS er, r.evidence_start AS es")
    (row,) = rows
    assert row["m"] == "reported" and row["src"] == ["Wire One"]
    pairs = sorted(zip(row["ed"], row["em"], row["ea"]))
    assert pairs == [("d1", "reported", "Wire One"), ("d2", "denied", "Owner Co")]
    assert row["er"] == ["test", "test"] and all(isinstance(s, int) for s in row["es"])
