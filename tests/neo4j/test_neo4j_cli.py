"""``newsgraph push neo4j`` and ``newsgraph cypher`` through CliRunner, against a real Neo4j.

The seed article is ingested once (spaCy costs seconds); its graph in Neo4j
must equal the embedded store's, and the same Cypher must give the same rows
on Neo4j and on the embedded default.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph import neo4j as ng4
from newsgraph.graph.store import Store

pytestmark = pytest.mark.neo4j


def invoke(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], prog_name="newsgraph", env=env)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, corpus):
    """A store holding the seed article (ingested through the CLI)."""
    store = tmp_path_factory.mktemp("seed") / "store"
    result = invoke("ingest", corpus / "seed-article.txt", "--store", store)
    assert result.exit_code == 0, result.output
    return store


@pytest.fixture
def hand_store(tmp_path, make_graph):
    """A store of two hand-made documents (no spaCy), one entity name hostile."""
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.upsert(make_graph("d1", [
            ("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.9),
            ("Ship A", "Vessel", "VISITED", "Port Q", "Port", 0.6, "reported", ["Wire One"]),
            ("Land G", "Country", "SANCTIONED", "Ship A", "Vessel"),
            ("Land G", "Country", "SANCTIONED", "Firm K", "Organization/Company"),
            ("Anna Bee", "Person", "AFFILIATED_WITH", "Firm K", "Organization/Company"),
            ("Carl Dee", "Person", "AFFILIATED_WITH", "Firm K", "Organization/Company"),
        ]))
        store.upsert(make_graph("d2", [
            ("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.7),
            ('}) DETACH DELETE n // "x"\n', "Vessel", "VISITED", "Port Q", "Port"),
        ]))
    return path


def push(store, *extra):
    result = invoke("push", "neo4j", "--store", store, "--json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def store_summary(path, summary):
    with Store.open(path, read_only=True) as store:
        return summary(store.entities(), store.relations())


def test_neo4j_seed_article_graph_equals_the_embedded_store(neo4j_env, neo4j_driver, seed_store, summary):
    out = push(seed_store)
    assert out["documents_written"] == 1 and out["uri"] == neo4j_env.uri
    ents, rels = store_summary(seed_store, summary)
    assert len(ents) > 5 and len(rels) > 5
    assert summary(*ng4.read_graph(neo4j_driver)) == (ents, rels)
    assert out["neo4j_entities"] == len(ents) and out["neo4j_relations"] == len(rels)
    assert out["neo4j_evidence"] == sum(v[0] for v in rels.values())
    # pushing twice changes nothing
    again = push(seed_store)
    assert again["documents_unchanged"] == 1 and again["documents_written"] == 0
    forced = push(seed_store, "--force")
    assert forced["documents_written"] == 1
    assert {k: v for k, v in forced.items() if k.startswith("neo4j_")} == \
        {k: v for k, v in out.items() if k.startswith("neo4j_")}
    assert summary(*ng4.read_graph(neo4j_driver)) == (ents, rels)


def test_neo4j_push_mirrors_a_forgotten_document(neo4j_env, neo4j_driver, hand_store, summary):
    first = push(hand_store)
    assert first["documents_written"] == 2
    assert summary(*ng4.read_graph(neo4j_driver)) == store_summary(hand_store, summary)
    with Store.open(hand_store) as store:
        assert store.forget("d2")
    out = push(hand_store)
    assert out["documents_removed"] == 1 and out["documents_unchanged"] == 1
    assert summary(*ng4.read_graph(neo4j_driver)) == store_summary(hand_store, summary)
    names = {e.name for e in ng4.read_graph(neo4j_driver)[0]}
    assert '}) DETACH DELETE n // "x"\n' not in names and "Ship A" in names


def test_neo4j_push_keep_missing_leaves_other_documents(neo4j_env, neo4j_driver, hand_store, tmp_path, make_graph):
    ng4.sync_documents(neo4j_driver, [make_graph("elsewhere", [("Ship Z", "Vessel", "VISITED", "Port P", "Port")])])
    out = push(hand_store, "--keep-missing")
    assert out["documents_removed"] == 0 and out["neo4j_documents"] == 3


def test_neo4j_push_reports_a_wrong_password_in_one_line(neo4j_env, hand_store):
    result = invoke("push", "neo4j", "--store", hand_store, "--password", "wrong-password-here")
    assert result.exit_code == 1
    assert neo4j_env.uri in result.output and "password" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_neo4j_push_without_uri_says_how_to_give_one(hand_store, monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    result = invoke("push", "neo4j", "--store", hand_store)
    assert result.exit_code == 1 and "NEO4J_URI" in result.output


SAME_QUERIES = [
    ("MATCH (v:Vessel)-[:VISITED]->(p:Port) RETURN v.name AS vessel, p.name AS port ORDER BY vessel, port", {}),
    ("MATCH (a)-[r:SANCTIONED]->(b) RETURN a.name AS who, b.name AS whom, r.evidence_count AS n "
     "ORDER BY who, whom", {}),
    ("MATCH (v:Vessel)-[r:VISITED]->(p:Port) RETURN v.name AS vessel, count(p) AS ports ORDER BY vessel", {}),
    ("MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization) WHERE o.name = $org RETURN p.name ORDER BY p.name",
     {"org": "Firm K"}),
    ("MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id, e.type AS type",
     {"name": '}) DETACH DELETE n // "x"\n'}),
    ("MATCH (d:Document)-[:MENTIONS]->(e:Vessel) RETURN d.id AS doc, e.name AS vessel ORDER BY doc, vessel", {}),
    ("MATCH (a)-[r]->(b:Port) WHERE r.confidence >= 0.7 RETURN a.id, type(r) AS t, b.id, r.confidence "
     "ORDER BY a.id, b.id", {}),
    ("MATCH (e:Entity) RETURN count(e)", {}),
    ("MATCH (e:Company) RETURN e.name, e.type, e.cls", {}),
    ("MATCH (a:Vessel)-[r:VISITED]->(b) RETURN DISTINCT a.name ORDER BY a.name LIMIT 2", {}),
]


@pytest.mark.parametrize("query,params", SAME_QUERIES, ids=range(len(SAME_QUERIES)))
def test_neo4j_cypher_same_rows_on_neo4j_and_embedded(neo4j_env, neo4j_driver, hand_store, query, params):
    push(hand_store)
    args = ["cypher", query, "--store", hand_store, "--json"]
    for k, v in params.items():
        args += ["--param", f"{k}={v}"]
    on_neo4j = invoke(*args)
    assert on_neo4j.exit_code == 0, on_neo4j.output
    embedded = invoke(*args, "--embedded")
    assert embedded.exit_code == 0, embedded.output
    rows = json.loads(on_neo4j.stdout)
    assert rows, "the query should find something"
    assert json.loads(embedded.stdout) == rows


def test_neo4j_cypher_seed_vessels_and_ports_agree(neo4j_env, neo4j_driver, seed_store):
    push(seed_store)
    query = "MATCH (v:Vessel)-[r:VISITED]->(p:Port) RETURN v.name AS vessel, p.name AS port, r.evidence_count AS n ORDER BY vessel, port"
    on_neo4j = invoke("cypher", query, "--store", seed_store, "--json")
    embedded = invoke("cypher", query, "--store", seed_store, "--json", "--embedded")
    assert on_neo4j.exit_code == 0 and embedded.exit_code == 0, (on_neo4j.output, embedded.output)
    rows = json.loads(on_neo4j.stdout)
    assert {"vessel": "Lady R", "port": "Rajin"} in [{k: r[k] for k in ("vessel", "port")} for r in rows]
    assert json.loads(embedded.stdout) == rows


def test_neo4j_cypher_runs_what_the_embedded_engine_cannot(neo4j_env, neo4j_driver, hand_store):
    push(hand_store)
    query = ("MATCH p = shortestPath((a:Person {name: $a})-[*..6]-(b:Person {name: $b})) "
             "WHERE all(n IN nodes(p) WHERE n:Entity) "  # not through (:Document)-[:MENTIONS]
             "RETURN [n IN nodes(p) | n.name] AS path")
    result = invoke("cypher", query, "--param", "a=Anna Bee", "--param", "b=Carl Dee", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"path": ["Anna Bee", "Firm K", "Carl Dee"]}]
    embedded = invoke("cypher", query, "--param", "a=Anna Bee", "--param", "b=Carl Dee", "--embedded",
                      "--store", hand_store)
    assert embedded.exit_code == 1 and "shortestPath" in embedded.output and "Neo4j" in embedded.output


def test_neo4j_cypher_syntax_error_is_reported(neo4j_env, neo4j_driver):
    result = invoke("cypher", "MATCH (n RETURN n")
    assert result.exit_code == 1 and "rejected the query" in result.output


def test_neo4j_cypher_timeout_stops_a_long_query(neo4j_env, neo4j_driver):
    # a count over a billion numbers runs for minutes; the server stops it at the transaction timeout
    result = invoke("cypher", "UNWIND range(1, 1000000000) AS x RETURN count(x)", "--timeout", "0.5")
    assert result.exit_code == 1 and "longer than 0.5 s" in result.output and "--timeout" in result.output
    quick = invoke("cypher", "UNWIND range(1, 10) AS x RETURN count(x) AS n", "--timeout", "0.5", "--json")
    assert quick.exit_code == 0 and json.loads(quick.stdout) == [{"n": 10}]


def test_neo4j_ingest_writes_as_it_ingests_and_forget_removes(neo4j_env, neo4j_driver, corpus, tmp_path, summary):
    store = tmp_path / "store"
    result = invoke("ingest", corpus / "seed-article.txt", "--store", store, "--neo4j", neo4j_env.uri)
    assert result.exit_code == 0, result.output
    assert summary(*ng4.read_graph(neo4j_driver)) == store_summary(store, summary)
    result = invoke("forget", "seed-article", "--store", store, "--neo4j", neo4j_env.uri)
    assert result.exit_code == 0, result.output
    assert ng4.graph_counts(neo4j_driver) == {"entities": 0, "documents": 0, "mentions": 0, "relations": 0,
                                              "evidence": 0}
