"""The Neo4j sink against a real Neo4j over Bolt: model, idempotence, replacement, safety, errors."""

from __future__ import annotations

import pytest

from newsgraph.exceptions import StoreError
from newsgraph.graph import neo4j as ng4
from newsgraph.graph.model import Entity, Evidence, Relation
from newsgraph.ontology import load_ontology

pytestmark = pytest.mark.neo4j

DOC1 = [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.9, "asserted", ["Wire One"]),
        ("Land G", "Country", "SANCTIONED", "Ship A", "Vessel", 0.7, "reported"),
        ("Treasury Office", "Organization/GovernmentAgency", "SANCTIONED", "Firm K", "Organization/Company")]
DOC2 = [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.6, "speculated", ["Wire Two"]),
        ("Ship B", "Vessel", "VISITED", "Port Q", "Port")]


def expected(summary, *graphs):
    """Entities and relations merged across documents, as the embedded store merges them."""
    ents, rels = {}, {}
    for g in graphs:
        for e in g.entities.values():
            ents.setdefault(e.id, Entity(e.id, e.name, e.type, list(e.aliases), e.cls))
        for r in g.relations:
            rels.setdefault(r.key, Relation(r.subject, r.predicate, r.object)).evidence.extend(r.evidence)
    return summary(ents.values(), rels.values())


def test_neo4j_sync_writes_the_ontology_model(neo4j_driver, make_graph, summary):
    g1, g2 = make_graph("d1", DOC1), make_graph("d2", DOC2)
    res = ng4.sync_documents(neo4j_driver, [g1, g2])
    assert res.written == ["d1", "d2"]
    assert summary(*ng4.read_graph(neo4j_driver)) == expected(summary, g1, g2)
    counts = ng4.graph_counts(neo4j_driver)
    assert counts == {"entities": 7, "documents": 2, "mentions": 9, "relations": 4, "evidence": 5}

    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, e.name AS name, e.aliases AS aliases",
        id="organization/treasury-office")
    assert set(records[0]["labels"]) == {"Entity", "Organization", "GovernmentAgency"}
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Vessel {id: 'vessel/ship-a'})-[r:VISITED]->(:Port {id: 'port/port-p'}) "
        "RETURN r.confidence AS c, r.modality AS m, r.documents AS docs, r.attributed_to AS src, "
        "r.evidence AS ev, r.evidence_count AS n")
    row = records[0]
    assert (row["c"], row["m"], sorted(row["docs"]), sorted(row["src"]), row["n"]) == \
        (0.9, "asserted", ["d1", "d2"], ["Wire One", "Wire Two"], 2)
    assert sorted(row["ev"]) == ["Ship A visited Port P."] * 2
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (d:Document {id: 'd2'})-[:MENTIONS]->(e:Entity) RETURN d.title AS t, d.url AS u, "
        "d.published AS p, collect(e.id) AS ids")
    assert records[0]["t"] == "Title d2" and records[0]["p"] == "2024-03-01"
    assert sorted(records[0]["ids"]) == ["port/port-p", "port/port-q", "vessel/ship-a", "vessel/ship-b"]


def test_neo4j_schema_comes_from_the_ontology(neo4j_driver, make_graph):
    ng4.sync_documents(neo4j_driver, [make_graph("d1", DOC1)])
    records, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties")
    constraints = {r["name"]: (r["labelsOrTypes"][0], r["properties"]) for r in records}
    for label in [*load_ontology().classes, "Entity", "Document"]:
        assert constraints[f"newsgraph_{label.lower()}_id"] == (label, ["id"])
    records, _, _ = neo4j_driver.execute_query("SHOW INDEXES YIELD name, labelsOrTypes, properties")
    indexes = {r["name"]: (r["labelsOrTypes"][0], r["properties"]) for r in records if r["labelsOrTypes"]}
    assert indexes["newsgraph_vessel_name"] == ("Vessel", ["name"])
    # creating the schema again is harmless
    assert ng4.ensure_schema(neo4j_driver) == len(ng4.schema_statements())


@pytest.mark.parametrize("skip_unchanged", [True, False])
def test_neo4j_push_twice_gives_the_same_counts(neo4j_driver, skip_unchanged, make_graph, summary):
    graphs = [make_graph("d1", DOC1), make_graph("d2", DOC2)]
    ng4.sync_documents(neo4j_driver, graphs)
    first = ng4.graph_counts(neo4j_driver), summary(*ng4.read_graph(neo4j_driver))
    res = ng4.sync_documents(neo4j_driver, graphs, skip_unchanged=skip_unchanged)
    assert (res.unchanged == ["d1", "d2"]) is skip_unchanged
    assert (ng4.graph_counts(neo4j_driver), summary(*ng4.read_graph(neo4j_driver))) == first


def test_neo4j_reingest_replaces_the_documents_contribution(neo4j_driver, make_graph, summary):
    g1, g2 = make_graph("d1", DOC1), make_graph("d2", DOC2)
    ng4.sync_documents(neo4j_driver, [g1, g2])
    g2b = make_graph("d2", [("Ship C", "Vessel", "VISITED", "Port Q", "Port", 0.5, "alleged")], text="version 2")
    res = ng4.sync_documents(neo4j_driver, [g2b])
    assert res.written == ["d2"]
    assert summary(*ng4.read_graph(neo4j_driver)) == expected(summary, g1, g2b)
    # Ship B was only in the old d2: gone; Ship A VISITED Port P keeps d1's evidence only
    ids = {e.id for e in ng4.read_graph(neo4j_driver)[0]}
    assert "vessel/ship-b" not in ids and "vessel/ship-c" in ids
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Entity {id: 'vessel/ship-a'})-[r:VISITED]->() RETURN r.documents AS d, r.confidence AS c, "
        "r.attributed_to AS a")
    assert (records[0]["d"], records[0]["c"], records[0]["a"]) == (["d1"], 0.9, ["Wire One"])


def test_neo4j_forget_keeps_what_another_document_supports(neo4j_driver, make_graph, summary):
    g1, g2 = make_graph("d1", DOC1), make_graph("d2", DOC2)
    with ng4.Neo4jSink(neo4j_driver) as sink:
        assert sink.write(g1) == "written"
        assert sink.write(g2) == "written"
        assert sink.write(g2) == "unchanged"
        assert sink.forget("d1") is True
        assert sink.forget("d1") is False
        assert sink.counts()["documents"] == 1
    assert summary(*ng4.read_graph(neo4j_driver)) == expected(summary, g2)
    ng4.forget_documents(neo4j_driver, ["d2"])
    assert ng4.graph_counts(neo4j_driver) == {"entities": 0, "documents": 0, "mentions": 0, "relations": 0,
                                              "evidence": 0}


def test_neo4j_entity_name_follows_the_documents_that_mention_it(neo4j_driver, make_graph):
    a = make_graph("a", [("Ship A", "Vessel", "VISITED", "Port P", "Port")])
    b = make_graph("b", [("Ship A", "Vessel", "VISITED", "Port P", "Port")])
    b.entities["vessel/ship-a"].aliases.append("the tanker Ship A")
    ng4.sync_documents(neo4j_driver, [a, b])
    ents = {e.id: e for e in ng4.read_graph(neo4j_driver)[0]}
    assert set(ents["vessel/ship-a"].aliases) == {"Ship A", "the tanker Ship A"}
    ng4.forget_documents(neo4j_driver, ["b"])
    ents = {e.id: e for e in ng4.read_graph(neo4j_driver)[0]}
    assert ents["vessel/ship-a"].aliases == ["Ship A"]


HOSTILE = [
    "Ship \"A\" 'B' \\ `x`",
    "}) DETACH DELETE n //",
    "x'}) MATCH (n) DETACH DELETE n WITH 1 AS y MATCH (m {id:'",
    "line one\nline two\r\n\tend \u001f",
    "Ким \\u0027 ☠",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_neo4j_hostile_entity_name_is_stored_as_data(neo4j_driver, name, make_graph):
    g = make_graph("evil", [(name, "Vessel", "VISITED", "Port P", "Port", 0.5, "asserted", [name])], text=name)
    g.document.title = name
    ng4.sync_documents(neo4j_driver, [make_graph("d1", DOC1)])
    before = ng4.graph_counts(neo4j_driver)
    ng4.sync_documents(neo4j_driver, [g])
    ents = {e.name for e in ng4.read_graph(neo4j_driver)[0]}
    assert name in ents
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Vessel {name: $name})-[r:VISITED]->(p) RETURN e.aliases AS a, r.evidence AS ev, p.name AS p",
        name=name)
    assert records and records[0]["a"] == [name] and records[0]["p"] == "Port P"
    after = ng4.graph_counts(neo4j_driver)
    assert after["documents"] == before["documents"] + 1
    assert after["entities"] == before["entities"] + 1  # Port P already existed
    records, _, _ = neo4j_driver.execute_query("MATCH (d:Document {id: 'evil'}) RETURN d.title AS t")
    assert records[0]["t"] == name


@pytest.mark.parametrize("predicate", ["VISITED]->() DETACH DELETE n //", "visited", "OWNS"])
def test_neo4j_refuses_relation_types_outside_the_ontology(neo4j_driver, predicate, make_graph):
    g = make_graph("d1", DOC1)
    g.relations[0].predicate = predicate
    with pytest.raises(StoreError, match="not in the ontology"):
        ng4.sync_documents(neo4j_driver, [g])
    assert ng4.graph_counts(neo4j_driver)["documents"] == 0


def test_neo4j_refuses_labels_outside_the_ontology(neo4j_driver, make_graph):
    g = make_graph("d1", DOC1)
    g.entities["vessel/ship-a"].cls = "Vessel`) DETACH DELETE n //"
    with pytest.raises(StoreError, match="not in the ontology"):
        ng4.sync_documents(neo4j_driver, [g])
    with pytest.raises(ValueError):
        from newsgraph.queries.cypher import check_identifier
        check_identifier("Vessel`:Person", {"Vessel`:Person"})


def test_neo4j_failed_transaction_leaves_no_half_written_document(neo4j_driver, make_graph, summary):
    ng4.sync_documents(neo4j_driver, [make_graph("d1", DOC1)])
    before = ng4.graph_counts(neo4j_driver), summary(*ng4.read_graph(neo4j_driver))
    # A node outside newsgraph's control holds the id of an entity of the next
    # document under the Vessel label: the write fails on the uniqueness
    # constraint after the Document node and other entities were merged.
    neo4j_driver.execute_query("CREATE (:Vessel {id: 'vessel/ship-b'})")
    with pytest.raises(StoreError, match="constraint"):
        ng4.sync_documents(neo4j_driver, [make_graph("d2", DOC2)])
    neo4j_driver.execute_query("MATCH (n:Vessel {id: 'vessel/ship-b'}) WHERE NOT n:Entity DELETE n")
    assert (ng4.graph_counts(neo4j_driver), summary(*ng4.read_graph(neo4j_driver))) == before


def test_neo4j_document_graph_with_unknown_entity_is_refused(neo4j_driver, make_graph):
    g = make_graph("d1", DOC1)
    g.relations.append(Relation("vessel/ghost", "VISITED", "port/port-p",
                                [Evidence("d1", "Ghost visited Port P.", 0, 5)]))
    with pytest.raises(StoreError, match="vessel/ghost"):
        ng4.sync_documents(neo4j_driver, [g])
    assert ng4.graph_counts(neo4j_driver)["documents"] == 0


def test_neo4j_wrong_password_is_one_clear_line(neo4j_settings):
    from dataclasses import replace

    bad = replace(neo4j_settings, password="definitely-not-the-password")
    with pytest.raises(StoreError) as info:
        ng4.connect(bad)
    msg = str(info.value)
    assert neo4j_settings.uri in msg and "password" in msg and "\n" not in msg


def test_neo4j_unreachable_server_is_one_clear_line():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    uri = f"bolt://127.0.0.1:{port}"
    with pytest.raises(StoreError) as info:
        ng4.connect(ng4.Neo4jSettings(uri=uri, password="x"))
    msg = str(info.value)
    assert uri in msg and "unreachable" in msg and "--uri" in msg and "\n" not in msg


def test_neo4j_missing_database_is_one_clear_line(neo4j_settings):
    from dataclasses import replace

    with pytest.raises(StoreError) as info:
        ng4.connect(replace(neo4j_settings, database="nosuchdb"))
    msg = str(info.value)
    assert neo4j_settings.uri in msg and "'nosuchdb'" in msg and "--database" in msg


def test_neo4j_malformed_uri_is_one_clear_line():
    with pytest.raises(StoreError, match="not a usable Neo4j URI"):
        ng4.connect(ng4.Neo4jSettings(uri="http://localhost:7474", password="x"))


def test_neo4j_settings_from_environment():
    env = {"NEO4J_URI": "bolt://h:1", "NEO4J_USERNAME": "u", "NEO4J_PASSWORD": "p", "NEO4J_DATABASE": "db"}
    assert ng4.Neo4jSettings.from_env(environ=env) == ng4.Neo4jSettings("bolt://h:1", "u", "p", "db")
    assert ng4.Neo4jSettings.from_env(uri="bolt://x:2", environ=env).uri == "bolt://x:2"
    with pytest.raises(StoreError, match="NEO4J_URI"):
        ng4.Neo4jSettings.from_env(environ={})


def test_neo4j_a_deniers_name_is_no_source_of_the_claim(neo4j_driver, make_graph, summary):
    # the model's rule (Relation.attributed_to), kept by the per-document rows and the aggregate Cypher alike
    g1 = make_graph("d1", [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.7, "reported", ["Wire One"])])
    g2 = make_graph("d2", [("Ship A", "Vessel", "VISITED", "Port P", "Port", 0.6, "denied", ["Owner Co"])])
    ng4.sync_documents(neo4j_driver, [g1, g2])
    assert summary(*ng4.read_graph(neo4j_driver)) == expected(summary, g1, g2)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Vessel {id: 'vessel/ship-a'})-[r:VISITED]->(:Port {id: 'port/port-p'}) "
        "RETURN r.modality AS m, r.attributed_to AS src, r.evidence_modality AS em")
    assert (records[0]["m"], records[0]["src"], sorted(records[0]["em"])) == \
        ("reported", ["Wire One"], ["denied", "reported"])
    ng4.sync_documents(neo4j_driver, [make_graph("d1", [("Ship B", "Vessel", "VISITED", "Port Q", "Port")])])
    records, _, _ = neo4j_driver.execute_query(  # only the denial is left: its source is the relation's
        "MATCH (:Vessel {id: 'vessel/ship-a'})-[r:VISITED]->(:Port) RETURN r.modality AS m, r.attributed_to AS src")
    assert (records[0]["m"], records[0]["src"]) == ("denied", ["Owner Co"])
