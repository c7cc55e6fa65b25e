"""The ontology: parses, reasons under OWL 2 RL, documents every term, keeps the DESIGN.md names."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from newsgraph.ontology import NG, load_ontology, ontology_dir

DESIGN_RELATIONS = {
    "LEADS", "AFFILIATED_WITH", "SANCTIONED", "SHIPPED_TO", "TRANSPORTED", "VISITED", "AGREEMENT_WITH",
    "REPORTED", "LOCATED_IN", "OWNS_OR_OPERATES", "FLAGGED_IN", "SUPPLIED",
}
DESIGN_TYPES = {"Person", "Organization", "Country", "Vessel", "Port", "Location", "Weapon", "Other"}
FTM = "https://schema.followthemoney.tech/#"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@pytest.fixture(scope="module")
def onto_graph() -> Graph:
    return Graph().parse(ontology_dir() / "newsgraph.ttl", format="turtle")


def test_ontology_keeps_design_names():
    onto = load_ontology()
    assert set(onto.relations) == DESIGN_RELATIONS
    assert set(onto.evaluation_types) == DESIGN_TYPES
    assert onto.relation("VISITED").allows("Vessel", "Port")
    assert not onto.relation("VISITED").allows("Port", "Vessel")


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_ontology_every_term_has_label_and_comment(onto_graph, kind):
    terms = [t for t in onto_graph.subjects(RDF.type, kind) if isinstance(t, URIRef) and str(t).startswith(str(NG))]
    assert terms
    for t in terms:
        assert onto_graph.value(t, RDFS.label) is not None, t
        assert onto_graph.value(t, RDFS.comment) is not None, t


@pytest.mark.parametrize("kind", [OWL.ObjectProperty, OWL.DatatypeProperty])
def test_ontology_every_property_has_domain_and_range(onto_graph, kind):
    for p in onto_graph.subjects(RDF.type, kind):
        if str(p).startswith(str(NG)):
            assert onto_graph.value(p, RDFS.domain) is not None, p
            assert onto_graph.value(p, RDFS.range) is not None, p


def test_ontology_no_term_is_both_property_and_individual(onto_graph):
    """ng:reported once named both the REPORTED relation and a modality."""
    props = set(onto_graph.subjects(RDF.type, OWL.ObjectProperty)) | set(onto_graph.subjects(RDF.type, OWL.DatatypeProperty))
    individuals = set(onto_graph.subjects(RDF.type, NG.Modality))
    assert individuals and not (props & individuals)
    assert {str(i).rsplit("#", 1)[1] for i in individuals} == {
        "Asserted", "Reported", "Speculated", "Alleged", "Denied", "Negated"}


@pytest.mark.parametrize("term, target", [
    ("Vessel", FTM + "Vessel"),
    ("imoNumber", FTM + "Vessel:imoNumber"),
    ("flaggedIn", FTM + "Vessel:flag"),
    ("sanctioned", FTM + "Sanction"),
])
def test_ontology_aligned_with_followthemoney(onto_graph, term, target):
    links = {str(o) for p in ("exactMatch", "closeMatch", "relatedMatch", "broadMatch")
             for o in onto_graph.objects(NG[term], URIRef(SKOS + p))}
    assert target in links


def test_ontology_provenance_is_prov_o(onto_graph):
    prov = "http://www.w3.org/ns/prov#"
    assert (NG.Statement, RDFS.subClassOf, URIRef(prov + "Entity")) in onto_graph
    assert (NG.Document, RDFS.subClassOf, URIRef(prov + "Entity")) in onto_graph
    assert (NG.attributedTo, RDFS.subPropertyOf, URIRef(prov + "wasAttributedTo")) in onto_graph


def test_ontology_owlrl_inference_runs(onto_graph, graphs):
    """OWL 2 RL closure over ontology + data runs, infers supertypes, and does not merge ports into locations."""
    import owlrl
    import pyoxigraph as ox

    from newsgraph.graph.rdf import document_quads

    g = Graph()
    for t in onto_graph:
        g.add(t)
    nt = ox.serialize({q.triple for dg in graphs for q in document_quads(dg)}, format=ox.RdfFormat.N_TRIPLES)
    g.parse(data=nt.decode(), format="nt")
    before = len(g)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    assert len(g) > before
    port = URIRef("https://w3id.org/newsgraph/id/port/port-nadezhda")
    assert (port, RDF.type, NG.Place) in g          # range of ng:visited is ng:Port, a member of ng:Place
    assert (port, RDF.type, URIRef("http://www.w3.org/ns/prov#Entity")) in g
    assert (port, RDF.type, NG.Location) not in g   # Port and Location are disjoint, not nested
    assert (NG.Port, RDFS.subClassOf, NG.Location) not in g
    # no OWL-RL inconsistency was flagged (owlrl marks it with owl:Nothing members / error triples)
    assert not list(g.subjects(RDF.type, OWL.Nothing))


def test_ontology_pyshacl_owlrl_inference_runs(graphs):
    from newsgraph.graph.rdf import document_quads
    from newsgraph.graph.validate import validate_graph
    import pyoxigraph as ox

    nt = ox.serialize({q.triple for dg in graphs for q in document_quads(dg)}, format=ox.RdfFormat.N_TRIPLES)
    report = validate_graph(Graph().parse(data=nt.decode(), format="nt"), inference="owlrl")
    assert report.conforms, report.violations[:3]


def test_context_jsonld_is_generated_from_ontology():
    from newsgraph.graph.formats import build_context

    shipped = json.loads((ontology_dir() / "context.jsonld").read_text(encoding="utf-8"))
    assert shipped == build_context(), "ontology/context.jsonld is stale: regenerate it from build_context()"
    ctx = shipped["@context"]
    for rel in load_ontology().relations.values():
        assert ctx[rel.property] == {"@id": f"ng:{rel.property}", "@type": "@id"}
