"""SHACL validation: the shapes agree with the ontology, a clean graph conforms, planted faults are caught."""

from __future__ import annotations

import json

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from newsgraph.cli import main
from newsgraph.graph.validate import build_shapes, load_shapes, shapes_path, store_graph, validate_graph
from newsgraph.ontology import NG, load_ontology

SH = "http://www.w3.org/ns/shacl#"
ID = "https://w3id.org/newsgraph/id/"
RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def test_validate_shapes_file_is_generated_from_ontology():
    # byte-equal text implies an isomorphic graph (rdflib's isomorphism test is slow on this many blank nodes)
    assert shapes_path().read_text(encoding="utf-8") == build_shapes(), \
        "ontology/shapes.ttl is stale: python -m newsgraph.graph.validate --write-shapes"
    assert len(load_shapes()) > 300


@pytest.mark.parametrize("rel", sorted(load_ontology().relations))
def test_validate_shapes_match_relation_domain_and_range(rel):
    """Each relation's shape names exactly the ontology's domain and range classes."""
    r = load_ontology().relation(rel)
    shapes = load_shapes()
    shape = URIRef("https://w3id.org/newsgraph/shapes#" + r.property[0].upper() + r.property[1:] + "Shape")
    assert (shape, URIRef(SH + "targetSubjectsOf"), URIRef(r.iri)) in shapes

    def classes_in_or(node):
        from rdflib.collection import Collection

        lst = shapes.value(node, URIRef(SH + "or"))
        return {str(shapes.value(m, URIRef(SH + "class"))).rsplit("#", 1)[1] for m in Collection(shapes, lst)}

    assert classes_in_or(shape) == set(r.domain)
    prop = next(p for p in shapes.objects(shape, URIRef(SH + "property"))
                if shapes.value(p, URIRef(SH + "path")) == URIRef(r.iri))
    assert classes_in_or(prop) == set(r.range)


@pytest.fixture
def clean(filled_store) -> Graph:
    from newsgraph.graph.store import Store

    with Store.open(filled_store, read_only=True) as store:
        return store_graph(store)


def _statement(g: Graph, predicate: str) -> URIRef:
    return next(s for s in g.subjects(URIRef(RDFNS + "predicate"), NG[predicate]))


def test_validate_clean_graph_conforms(clean):
    report = validate_graph(clean)
    assert report.conforms, [v.message for v in report.violations]
    assert report.violations == []
    assert report.focus_nodes >= 20


def _plant_missing_name(g):
    e = URIRef(ID + "port/port-nadezhda")
    g.remove((e, NG.name, None))
    return str(e), str(NG.name), "an entity needs a non-empty ng:name"


def _plant_range(g):
    # VISITED pointing at a country
    s, o = URIRef(ID + "vessel/ocean-star-ii"), URIRef(ID + "country/eastmark")
    g.add((s, NG.visited, o))
    st = URIRef("https://w3id.org/newsgraph/statement/planted")
    for p, v in ((RDF.type, NG.Statement), (URIRef(RDFNS + "subject"), s), (URIRef(RDFNS + "predicate"), NG.visited),
                 (URIRef(RDFNS + "object"), o)):
        g.add((st, p, v))
    return str(s), str(NG.visited), "VISITED needs a Port as object"


def _plant_domain(g):
    s, o = URIRef(ID + "country/eastmark"), URIRef(ID + "port/port-nadezhda")
    g.add((s, NG.visited, o))
    return str(s), None, "VISITED needs a Vessel as subject"


def _plant_no_evidence(g):
    s, o = URIRef(ID + "country/norland"), URIRef(ID + "country/westland")
    g.add((s, NG.supplied, o))
    return str(s), None, "has no ng:Statement giving its evidence"


def _plant_confidence(g):
    st = _statement(g, "sanctioned")
    g.set((st, NG.confidence, Literal("1.5", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    return str(st), str(NG.confidence), "confidence between 0 and 1"


def _plant_offsets(g):
    st = _statement(g, "locatedIn")
    g.set((st, NG.start, Literal(500)))
    g.set((st, NG.end, Literal(10)))
    return str(st), str(NG.start), "0 <= start <= end"


def _plant_no_sentence(g):
    st = _statement(g, "ownsOrOperates")
    g.remove((st, NG.sentence, None))
    return str(st), str(NG.sentence), "evidence sentence"


def _plant_no_document(g):
    st = _statement(g, "shippedTo")
    g.remove((st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    return str(st), "http://www.w3.org/ns/prov#wasDerivedFrom", "exactly one ng:Document"


def _plant_two_types(g):
    e = URIRef(ID + "person/ana-o-neil")
    g.add((e, RDF.type, NG.Vessel))
    return str(e), str(RDF.type), "exactly one type among"


def _plant_unknown_class(g):
    e = URIRef(ID + "person/ana-o-neil")
    g.add((e, RDF.type, NG.Submarine))
    return str(e), None, "not an entity class of the newsgraph ontology"


def _plant_bad_modality(g):
    st = _statement(g, "sanctioned")
    g.set((st, NG.modality, NG.reported))  # the relation, not the modality ng:Reported
    return str(st), str(NG.modality), "ng:modality of the ontology"


def _plant_statement_range(g):
    # a denied-only statement (no direct triple) whose object does not fit AGREEMENT_WITH
    st = _statement(g, "agreementWith")
    g.set((st, URIRef(RDFNS + "object"), URIRef(ID + "port/port-nadezhda")))
    return str(st), None, "do not fit its relation's domain and range"


@pytest.mark.parametrize("plant", [
    _plant_missing_name, _plant_range, _plant_domain, _plant_no_evidence, _plant_confidence, _plant_offsets,
    _plant_no_sentence, _plant_no_document, _plant_two_types, _plant_unknown_class, _plant_bad_modality,
    _plant_statement_range,
], ids=lambda f: f.__name__[len("_plant_"):])
def test_validate_planted_violation_is_reported(clean, plant):
    focus, path, message = plant(clean)
    report = validate_graph(clean)
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == focus and message in v.message
            and (path is None or v.path == path)]
    assert hits, [(v.focus, v.path, v.message) for v in report.violations]
    assert all(v.severity == "Violation" for v in hits)


def test_validate_cli_clean_and_json(runner, filled_store):
    res = runner.invoke(main, ["validate", "--store", str(filled_store)])
    assert res.exit_code == 0, res.output
    assert "conforms" in res.output
    res = runner.invoke(main, ["validate", "--store", str(filled_store), "--json"])
    data = json.loads(res.output)
    assert data["conforms"] is True and data["count"] == 0


def test_validate_cli_reports_violations_and_exits_1(runner, filled_store):
    """A graph written behind newsgraph's back (a relation without evidence) fails validation."""
    from newsgraph.graph.store import Store
    import pyoxigraph as ox

    with Store.open(filled_store) as store:
        g = ox.NamedNode("https://w3id.org/newsgraph/doc/planted")
        store.oxigraph.add(ox.Quad(ox.NamedNode(ID + "country/norland"), ox.NamedNode(str(NG.supplied)),
                                   ox.NamedNode(ID + "country/westland"), g))
    res = runner.invoke(main, ["validate", "--store", str(filled_store), "--json"])
    assert res.exit_code == 1
    data = json.loads(res.output)
    assert not data["conforms"]
    assert any("SUPPLIED" in v["message"] and "no ng:Statement" in v["message"] for v in data["violations"])


def test_validate_one_document(runner, filled_store):
    res = runner.invoke(main, ["validate", "--store", str(filled_store), "--document", "news/два", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["conforms"] and data["triples"] > 50
    res = runner.invoke(main, ["validate", "--store", str(filled_store), "--document", "no/such"])
    assert res.exit_code == 1 and "no document 'no/such'" in res.output
