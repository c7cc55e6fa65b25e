"""SHACL validation of newsgraph data, with shapes generated from the ontology.

The shapes (``ontology/shapes.ttl``) say what a valid newsgraph graph is:

- every entity (anything named, related or the subject/object of a
  statement) has exactly one of the eight evaluation-level types, only
  ontology classes as types, and a non-empty ``ng:name``;
- every direct relation triple fits the relation's domain and range, and is
  backed by at least one ``ng:Statement`` (its evidence);
- every statement has one subject, predicate (a relation of the ontology)
  and object fitting that relation's domain and range, comes from one
  ``ng:Document`` (``prov:wasDerivedFrom``), and carries its sentence,
  offsets (``0 <= start <= end``), rule, confidence (0..1) and modality;
- every document has an identifier and a checksum, and at most one title,
  URL, publication date and ingest time.

The per-relation parts are generated from ``ontology/newsgraph.ttl`` by
:func:`build_shapes`, so shapes and ontology cannot drift apart: the shipped
file is that function's output (``python -m newsgraph.graph.validate
--write-shapes``), and a test checks they are isomorphic.

Validation is pyshacl over an rdflib graph of the union of all document
graphs (see :func:`validate_store`).

References
----------
Shapes Constraint Language (SHACL), W3C Recommendation, https://www.w3.org/TR/shacl/
"""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..exceptions import OntologyError, StoreError
from ..ontology import NG, load_ontology, ontology_dir

__all__ = ["Violation", "ValidationReport", "build_shapes", "shapes_path", "load_shapes",
           "validate_graph", "validate_store", "store_graph"]

SH = "http://www.w3.org/ns/shacl#"
_EVAL_ORDER = ("Person", "Organization", "Country", "Vessel", "Port", "Location", "Weapon", "Other")


def shapes_path() -> Path:
    """The shipped ``ontology/shapes.ttl``."""
    return ontology_dir() / "shapes.ttl"


def _classes(names) -> str:
    """``sh:or`` list members, one ``[ sh:class ng:X ]`` per type, in a stable order."""
    ordered = [n for n in _EVAL_ORDER if n in names] + sorted(set(names) - set(_EVAL_ORDER))
    return " ".join(f"[ sh:class ng:{n} ]" for n in ordered)


def _type_list(names) -> str:
    ordered = [n for n in _EVAL_ORDER if n in names] + sorted(set(names) - set(_EVAL_ORDER))
    return " or ".join(ordered)


def build_shapes(onto=None) -> str:
    """SHACL shapes (Turtle text) for newsgraph data, from the ontology.

    Parameters
    ----------
    onto : newsgraph.ontology.Ontology, optional
        Defaults to the shipped ontology.

    Returns
    -------
    str
        Turtle; the content of ``ontology/shapes.ttl``.
    """
    onto = onto or load_ontology()
    rels = sorted(onto.relations.values(), key=lambda r: r.name)
    # entity classes, plus ng:Entity and the unions used as domains and ranges (present after inference)
    from rdflib import OWL, RDF as _RDF

    unions = {str(c).rsplit("#", 1)[-1] for c in onto.graph.subjects(OWL.unionOf, None)
              if str(c).startswith(str(NG))}
    entity_classes = sorted(set(onto.classes) | unions | {"Entity"})
    evals = [n for n in _EVAL_ORDER if n in set(onto.evaluation_types)]
    from rdflib import RDF, URIRef

    modalities = sorted(str(s).rsplit("#", 1)[-1]
                        for s in onto.graph.subjects(RDF.type, URIRef(str(NG) + "Modality")))
    out: list[str] = []
    w = out.append
    w("# SHACL shapes for newsgraph data. GENERATED from ontology/newsgraph.ttl by\n"
      "#   python -m newsgraph.graph.validate --write-shapes\n"
      "# Do not edit by hand: change the ontology and regenerate (a test checks they agree).\n")
    w("@prefix sh:      <http://www.w3.org/ns/shacl#> .\n"
      "@prefix ng:      <https://w3id.org/newsgraph/ontology#> .\n"
      "@prefix ngsh:    <https://w3id.org/newsgraph/shapes#> .\n"
      "@prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
      "@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .\n"
      "@prefix prov:    <http://www.w3.org/ns/prov#> .\n"
      "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
      "@prefix schema:  <https://schema.org/> .\n\n")
    w("ngsh: sh:declare [ sh:prefix \"ng\" ; sh:namespace \"https://w3id.org/newsgraph/ontology#\"^^xsd:anyURI ] ,\n"
      "    [ sh:prefix \"rdf\" ; sh:namespace \"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"^^xsd:anyURI ] .\n\n")

    # ---------------------------------------------------------------- entities
    subj_targets = ", ".join(["ng:name", "ng:alias"] + [f"ng:{r.property}" for r in rels])
    obj_targets = ", ".join(f"ng:{r.property}" for r in rels)
    w("# Every entity: one evaluation-level type, only ontology classes, a name.\n")
    w("ngsh:EntityShape a sh:NodeShape ;\n"
      f"    sh:targetSubjectsOf {subj_targets} ;\n"
      f"    sh:targetObjectsOf {obj_targets}, rdf:subject, rdf:object ;\n"
      "    sh:nodeKind sh:IRI ;\n"
      "    sh:sparql [\n"
      "        a sh:SPARQLConstraint ;\n"
      "        sh:message \"{$this} has type {?value}, which is not an entity class of the newsgraph ontology\" ;\n"
      "        sh:prefixes ngsh: ;\n"
      "        sh:select \"\"\"SELECT $this ?value WHERE {\n"
      "            $this rdf:type ?value .\n"
      "            FILTER(STRSTARTS(STR(?value), STR(ng:)))\n"
      f"            FILTER(?value NOT IN ({', '.join('ng:' + c for c in entity_classes)}))\n"
      "        }\"\"\" ] ;\n"
      "    sh:property [\n"
      "        sh:path rdf:type ;\n"
      f"        sh:qualifiedValueShape [ sh:in ( {' '.join('ng:' + c for c in evals)} ) ] ;\n"
      "        sh:qualifiedMinCount 1 ; sh:qualifiedMaxCount 1 ;\n"
      f"        sh:message \"an entity needs exactly one type among {', '.join(evals)}\" ] ;\n"
      "    sh:property [\n"
      "        sh:path ng:name ;\n"
      "        sh:minCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ;\n"
      "        sh:message \"an entity needs a non-empty ng:name (a plain string)\" ] ;\n"
      "    sh:property [\n"
      "        sh:path ng:alias ;\n"
      "        sh:datatype xsd:string ; sh:minLength 1 ;\n"
      "        sh:message \"aliases are non-empty plain strings\" ] .\n\n")

    # ---------------------------------------------------------------- relations
    w("# Each relation: domain and range of the ontology, and evidence behind every direct triple.\n")
    for r in rels:
        cap = r.property[0].upper() + r.property[1:]
        w(f"ngsh:{cap}Shape a sh:NodeShape ;\n"
          f"    rdfs:comment \"{r.name}: {_type_list(r.domain)} -> {_type_list(r.range)} (generated from ng:{r.property}).\" ;\n"
          f"    sh:targetSubjectsOf ng:{r.property} ;\n"
          f"    sh:or ( {_classes(r.domain)} ) ;\n"
          f"    sh:message \"{r.name} needs a {_type_list(r.domain)} as subject\" ;\n"
          "    sh:property [\n"
          f"        sh:path ng:{r.property} ;\n"
          f"        sh:or ( {_classes(r.range)} ) ;\n"
          f"        sh:message \"{r.name} needs a {_type_list(r.range)} as object\" ] ;\n"
          "    sh:sparql [\n"
          "        a sh:SPARQLConstraint ;\n"
          f"        sh:message \"{r.name} {{$this}} -> {{?value}} has no ng:Statement giving its evidence\" ;\n"
          "        sh:prefixes ngsh: ;\n"
          "        sh:select \"\"\"SELECT $this ?value WHERE {\n"
          f"            $this ng:{r.property} ?value .\n"
          f"            FILTER NOT EXISTS {{ ?st rdf:subject $this ; rdf:predicate ng:{r.property} ; rdf:object ?value }}\n"
          "        }\"\"\" ] .\n\n")

    # ---------------------------------------------------------------- statements
    w("# Every statement: one relation with its evidence.\n")
    w("ngsh:StatementShape a sh:NodeShape ;\n"
      "    sh:targetClass ng:Statement ;\n"
      "    sh:targetSubjectsOf rdf:predicate ;\n"
      "    sh:nodeKind sh:IRI ;\n"
      "    sh:property [ sh:path rdf:subject ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;\n"
      "        sh:message \"a statement needs exactly one rdf:subject IRI\" ] ;\n"
      "    sh:property [ sh:path rdf:object ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ;\n"
      "        sh:message \"a statement needs exactly one rdf:object IRI\" ] ;\n"
      "    sh:property [ sh:path rdf:predicate ; sh:minCount 1 ; sh:maxCount 1 ;\n"
      f"        sh:in ( {' '.join('ng:' + r.property for r in rels)} ) ;\n"
      "        sh:message \"a statement's rdf:predicate must be one relation of the ontology\" ] ;\n"
      "    sh:property [ sh:path prov:wasDerivedFrom ; sh:minCount 1 ; sh:maxCount 1 ; sh:class ng:Document ;\n"
      "        sh:message \"a statement must come from exactly one ng:Document (prov:wasDerivedFrom)\" ] ;\n"
      "    sh:property [ sh:path ng:sentence ; sh:minCount 1 ; sh:maxCount 1 ; sh:minLength 1 ;\n"
      "        sh:or ( [ sh:datatype xsd:string ] [ sh:datatype rdf:langString ] ) ;\n"
      "        sh:message \"a statement needs its evidence sentence (one non-empty string)\" ] ;\n"
      "    sh:property [ sh:path ng:start ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ;\n"
      "        sh:minInclusive 0 ; sh:lessThanOrEquals ng:end ;\n"
      "        sh:message \"a statement needs one integer ng:start, 0 <= start <= end\" ] ;\n"
      "    sh:property [ sh:path ng:end ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ;\n"
      "        sh:minInclusive 0 ;\n"
      "        sh:message \"a statement needs one integer ng:end >= 0\" ] ;\n"
      "    sh:property [ sh:path ng:rule ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ; sh:minLength 1 ;\n"
      "        sh:message \"a statement needs the rule or model that produced it (ng:rule)\" ] ;\n"
      "    sh:property [ sh:path ng:confidence ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:decimal ;\n"
      "        sh:minInclusive 0 ; sh:maxInclusive 1 ;\n"
      "        sh:message \"a statement needs one xsd:decimal ng:confidence between 0 and 1\" ] ;\n"
      "    sh:property [ sh:path ng:modality ; sh:minCount 1 ; sh:maxCount 1 ;\n"
      f"        sh:in ( {' '.join('ng:' + m for m in modalities)} ) ;\n"
      "        sh:message \"a statement needs one ng:modality of the ontology\" ] ;\n"
      "    sh:property [ sh:path ng:attributedToName ; sh:datatype xsd:string ; sh:minLength 1 ;\n"
      "        sh:message \"ng:attributedToName is a non-empty plain string\" ] ;\n"
      "    sh:property [ sh:path ng:attributedTo ; sh:or ( [ sh:class ng:Person ] [ sh:class ng:Organization ] ) ;\n"
      "        sh:message \"ng:attributedTo must be a Person or Organization\" ] ;\n"
      "    sh:property [ sh:path ng:qualifiers ; sh:maxCount 1 ; sh:datatype rdf:JSON ;\n"
      "        sh:message \"ng:qualifiers is one rdf:JSON literal\" ] ;\n")
    w("    # domain and range of the stated relation, one check per relation\n")
    w("    sh:and (\n")
    for r in rels:
        w("        [ sh:or (\n"
          f"            [ sh:property [ sh:path rdf:predicate ; sh:not [ sh:hasValue ng:{r.property} ] ] ]\n"
          f"            [ sh:property [ sh:path rdf:subject ; sh:or ( {_classes(r.domain)} ) ] ;\n"
          f"              sh:property [ sh:path rdf:object ; sh:or ( {_classes(r.range)} ) ] ] ) ;\n"
          f"          rdfs:comment \"{r.name} statements: {_type_list(r.domain)} -> {_type_list(r.range)}\" ]\n")
    w("    ) ;\n"
      "    sh:message \"the statement's subject and object do not fit its relation's domain and range\" .\n\n")

    # ---------------------------------------------------------------- documents
    w("# Every document: identifier and checksum; at most one title, URL, date, ingest time.\n")
    w("ngsh:DocumentShape a sh:NodeShape ;\n"
      "    sh:targetClass ng:Document ;\n"
      "    sh:targetObjectsOf prov:wasDerivedFrom ;\n"
      "    sh:class ng:Document ;\n"
      "    sh:message \"statements must derive from an ng:Document\" ;\n"
      "    sh:property [ sh:path dcterms:identifier ; sh:minCount 1 ; sh:maxCount 1 ;\n"
      "        sh:message \"a document needs one dcterms:identifier\" ] ;\n"
      "    sh:property [ sh:path ng:checksum ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ;\n"
      "        sh:message \"a document needs one ng:checksum\" ] ;\n"
      "    sh:property [ sh:path dcterms:title ; sh:maxCount 1 ;\n"
      "        sh:message \"a document has at most one title\" ] ;\n"
      "    sh:property [ sh:path schema:url ; sh:maxCount 1 ;\n"
      "        sh:message \"a document has at most one URL\" ] ;\n"
      "    sh:property [ sh:path dcterms:issued ; sh:maxCount 1 ;\n"
      "        sh:message \"a document has at most one publication date\" ] ;\n"
      "    sh:property [ sh:path prov:generatedAtTime ; sh:maxCount 1 ; sh:datatype xsd:dateTime ;\n"
      "        sh:message \"a document has at most one ingest time (xsd:dateTime)\" ] .\n")
    return "".join(out)


def load_shapes(path: str | Path | None = None):
    """The shapes as an rdflib Graph (default: the shipped ``ontology/shapes.ttl``).

    Raises
    ------
    OntologyError
        When the file is missing or is not valid Turtle.
    """
    from rdflib import Graph

    path = Path(path) if path else shapes_path()
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"{path}: shapes file not found") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"{path}: does not parse as Turtle: {exc}") from exc


@dataclass
class Violation:
    """One SHACL validation result.

    Attributes
    ----------
    severity : str
        ``Violation``, ``Warning`` or ``Info``.
    focus : str
        The node that fails (IRI or literal as text).
    path : str or None
        The property path, when the result is about a property.
    value : str or None
        The offending value, when there is one.
    message : str
        The shape's ``sh:message`` (or pyshacl's own text).
    shape : str or None
        The source shape IRI (or None for a blank-node shape).
    component : str
        The SHACL constraint component, e.g. ``sh:MinCountConstraintComponent``.
    """

    severity: str
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None
    component: str

    def as_row(self) -> dict[str, Any]:
        """Shortened fields for a table."""
        from ..queries.sparql import PREFIXES

        def short(x):
            if x is None:
                return ""
            for k, v in PREFIXES.items():
                if x.startswith(v):
                    from urllib.parse import unquote

                    return f"{k}:{unquote(x[len(v):])}"
            return x
        return {"severity": self.severity, "focus": short(self.focus), "path": short(self.path),
                "value": short(self.value), "message": self.message}


@dataclass
class ValidationReport:
    """What :func:`validate_graph` found.

    Attributes
    ----------
    conforms : bool
    violations : list of Violation
        Sorted by focus node, path and message.
    focus_nodes : int
        Distinct nodes the shapes targeted (entities, statements, documents).
    triples : int
        Size of the data graph validated.
    """

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    focus_nodes: int = 0
    triples: int = 0

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict: ``conforms``, counts and every violation."""
        return {"conforms": self.conforms, "violations": [asdict(v) for v in self.violations],
                "count": len(self.violations), "focus_nodes": self.focus_nodes, "triples": self.triples}


def _focus_count(data, shapes) -> int:
    """Distinct nodes the shapes target (targetClass / targetSubjectsOf / targetObjectsOf)."""
    from rdflib import RDF, URIRef

    sh = lambda x: URIRef(SH + x)  # noqa: E731
    nodes = set()
    for shape in shapes.subjects(RDF.type, sh("NodeShape")):
        for c in shapes.objects(shape, sh("targetClass")):
            nodes.update(data.subjects(RDF.type, c))
        for p in shapes.objects(shape, sh("targetSubjectsOf")):
            nodes.update(data.subjects(p, None))
        for p in shapes.objects(shape, sh("targetObjectsOf")):
            nodes.update(data.objects(None, p))
    return len(nodes)


def validate_graph(data, *, shapes=None, inference: str | None = None) -> ValidationReport:
    """Validate an rdflib graph of newsgraph data with pyshacl.

    Parameters
    ----------
    data : rdflib.Graph
        The data (usually the union of the document graphs).
    shapes : rdflib.Graph or path, optional
        Defaults to the shipped shapes.
    inference : {None, "rdfs", "owlrl"}
        Inference pyshacl runs first, with the ontology mixed in as
        ``ont_graph`` (OWL 2 RL through the owlrl package).

    Returns
    -------
    ValidationReport

    Raises
    ------
    OntologyError
        When the shapes cannot be read.
    """
    import pyshacl
    from rdflib import RDF, Graph, URIRef

    if shapes is None or isinstance(shapes, (str, Path)):
        shapes = load_shapes(shapes)
    ont = load_ontology().graph if inference else None
    conforms, results, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ont, inference=inference or "none",
        advanced=True, allow_warnings=True, abort_on_first=False)
    sh = lambda x: URIRef(SH + x)  # noqa: E731
    violations = []
    for r in results.subjects(RDF.type, sh("ValidationResult")):
        def one(p):
            v = results.value(r, sh(p))
            return None if v is None else str(v)
        shape = results.value(r, sh("sourceShape"))
        severity = one("resultSeverity") or SH + "Violation"
        component = one("sourceConstraintComponent") or ""
        message = "; ".join(sorted(str(m) for m in results.objects(r, sh("resultMessage")))) or component
        violations.append(Violation(
            severity=severity.rsplit("#", 1)[-1], focus=one("focusNode") or "", path=one("resultPath"),
            value=one("value"), message=message,
            shape=str(shape) if isinstance(shape, URIRef) else None,
            component="sh:" + component.rsplit("#", 1)[-1] if component else ""))
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return ValidationReport(conforms=bool(conforms), violations=violations,
                            focus_nodes=_focus_count(data, shapes), triples=len(data))


def store_graph(store, document: str | None = None):
    """The union of every graph of ``store`` (or one document's graph) as one rdflib Graph.

    Raises
    ------
    StoreError
        When ``document`` is given and not stored.
    """
    import pyoxigraph as ox
    from rdflib import Graph

    from .rdf import document_iri

    graph = None
    if document is not None:
        graph = document_iri(document)
        if not store.oxigraph.contains_named_graph(graph):
            raise StoreError(f"{store.path}: no document {document!r} in the store")
    triples = {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, graph)}
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def validate_store(store, *, shapes=None, inference: str | None = None,
                   document: str | None = None) -> ValidationReport:
    """Validate the union of all document graphs of an embedded store (or one document's graph).

    pyshacl works on an in-memory rdflib graph: expect about a minute per
    few hundred thousand triples; use ``document`` to check one document.

    Parameters
    ----------
    store : newsgraph.graph.store.Store
    shapes, inference
        As for :func:`validate_graph`.
    document : str, optional
        Validate only this document's named graph (it holds the types and
        names of every entity it mentions, so it validates on its own).

    Returns
    -------
    ValidationReport

    Raises
    ------
    StoreError
        When the store cannot be read.
    OntologyError
        When the shapes cannot be read.
    """
    try:
        data = store_graph(store, document)
    except OSError as exc:
        raise StoreError(f"cannot read the store: {exc}") from exc
    return validate_graph(data, shapes=shapes, inference=inference)


def main(argv: list[str] | None = None) -> int:
    """``python -m newsgraph.graph.validate --write-shapes | --check-shapes``."""
    argv = sys.argv[1:] if argv is None else argv
    text = build_shapes()
    if argv == ["--write-shapes"]:
        shapes_path().write_text(text, encoding="utf-8")
        print(f"wrote {shapes_path()}")
        return 0
    if argv == ["--check-shapes"]:
        same = shapes_path().is_file() and shapes_path().read_text(encoding="utf-8") == text
        print("shapes.ttl is up to date" if same else "shapes.ttl differs from the ontology; run --write-shapes")
        return 0 if same else 1
    print("usage: python -m newsgraph.graph.validate --write-shapes | --check-shapes", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
