"""The ontology as a Python model, read from ``ontology/newsgraph.ttl``.

Everything that needs the list of entity classes or relation types (the
extractor's domain/range checks, the evaluation's type map, Neo4j labels and
constraints, HTML colours) reads it from :func:`load_ontology`, never from a
list typed by hand.

Example
-------
>>> onto = load_ontology()
>>> onto.relation("VISITED").domain
frozenset({'Vessel'})
>>> onto.evaluation_type("GovernmentAgency")
'Organization'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, OWL, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from .exceptions import OntologyError

NG = Namespace("https://w3id.org/newsgraph/ontology#")
ID = Namespace("https://w3id.org/newsgraph/id/")
DOC = Namespace("https://w3id.org/newsgraph/doc/")


def ontology_dir() -> Path:
    """Folder holding ``newsgraph.ttl`` and ``shapes.ttl``.

    Inside an installed wheel it is ``newsgraph/ontology``; in a source
    checkout (or an editable install) the top-level ``ontology/`` folder.

    Raises
    ------
    OntologyError
        When neither folder exists.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "newsgraph.ttl").is_file():
            return candidate
    raise OntologyError(f"ontology/newsgraph.ttl not found next to {here}; reinstall newsgraph")


@dataclass(frozen=True)
class EntityClass:
    """One entity class of the ontology.

    Attributes
    ----------
    name : str
        Local name, e.g. ``"Vessel"`` or ``"GovernmentAgency"``.
    iri : str
    label, comment : str
    evaluation_type : str
        The DESIGN.md evaluation-level type this class maps to.
    colour : str
        ``#rrggbb`` colour for views (inherited from the evaluation type).
    """

    name: str
    iri: str
    label: str
    comment: str
    evaluation_type: str
    colour: str


@dataclass(frozen=True)
class RelationType:
    """One relation type of the ontology.

    Attributes
    ----------
    name : str
        DESIGN.md / Neo4j name, e.g. ``"VISITED"``.
    property : str
        lowerCamelCase RDF local name, e.g. ``"visited"``.
    iri : str
    domain, range : frozenset of str
        Evaluation-level types allowed at the subject and the object.
    symmetric : bool
    label, comment : str
    """

    name: str
    property: str
    iri: str
    domain: frozenset[str]
    range: frozenset[str]
    symmetric: bool
    label: str
    comment: str

    def allows(self, subject_type: str, object_type: str) -> bool:
        """True when ``(subject_type, object_type)`` fits domain and range."""
        return subject_type in self.domain and object_type in self.range


@dataclass
class Ontology:
    """The loaded ontology: classes and relation types, by name.

    Built by :func:`load_ontology`; see there for the errors raised.
    """

    path: Path
    classes: dict[str, EntityClass] = field(default_factory=dict)
    relations: dict[str, RelationType] = field(default_factory=dict)
    graph: Graph | None = None

    @property
    def evaluation_types(self) -> list[str]:
        """The eight DESIGN.md entity types, in ontology order."""
        return sorted({c.evaluation_type for c in self.classes.values()})

    def entity_class(self, name: str) -> EntityClass:
        """The class called ``name``; raises OntologyError when unknown."""
        try:
            return self.classes[name]
        except KeyError:
            raise OntologyError(f"{self.path}: unknown entity class {name!r}") from None

    def evaluation_type(self, class_name: str) -> str:
        """Evaluation-level type of ``class_name`` (``"Company"`` -> ``"Organization"``)."""
        return self.entity_class(class_name).evaluation_type

    def relation(self, name: str) -> RelationType:
        """Relation type by DESIGN.md name or RDF property name; OntologyError when unknown."""
        rel = self.relations.get(name) or self._by_property().get(name)
        if rel is None:
            raise OntologyError(f"{self.path}: unknown relation type {name!r}")
        return rel

    @functools.cache
    def _by_property(self) -> dict[str, RelationType]:
        return {r.property: r for r in self.relations.values()}

    def __hash__(self) -> int:  # for functools.cache on methods
        return id(self)


def _local(iri: URIRef) -> str:
    return str(iri).rsplit("#", 1)[-1]


def _members(g: Graph, node, path: Path) -> frozenset[str]:
    """Class names a domain/range node stands for (a class or an owl:unionOf)."""
    union = g.value(node, OWL.unionOf)
    if union is None:
        return frozenset({_local(node)})
    names: set[str] = set()
    for member in Collection(g, union):
        names |= _members(g, member, path)
    return frozenset(names)


@functools.cache
def load_ontology(path: Path | None = None) -> Ontology:
    """Read the ontology Turtle and resolve it into an :class:`Ontology`.

    Parameters
    ----------
    path : Path, optional
        Turtle file; defaults to the shipped ``ontology/newsgraph.ttl``.

    Returns
    -------
    Ontology

    Raises
    ------
    OntologyError
        When the file is missing or does not parse, or when a relation's
        domain or range names a class the ontology does not declare, or a class
        does not descend from exactly one evaluation-level type.
    """
    path = Path(path) if path else ontology_dir() / "newsgraph.ttl"
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"{path}: file not found") from None
    except Exception as exc:  # rdflib raises many parser exception types
        raise OntologyError(f"{path}: does not parse as Turtle: {exc}") from exc

    onto = Ontology(path=path, graph=g)
    eval_types = {s for s in g.subjects(NG.evaluationType, Literal(True))}
    colours = {s: str(g.value(s, NG.colour)) for s in eval_types}
    for cls in sorted(g.subjects(RDF.type, OWL.Class)):
        if not isinstance(cls, URIRef) or not str(cls).startswith(str(NG)):
            continue
        # walk up rdfs:subClassOf to the evaluation-level type
        ancestors = set(g.transitive_objects(cls, RDFS.subClassOf))
        hits = ancestors & eval_types
        if not hits:
            continue  # ng:Entity, unions, provenance classes
        if len(hits) > 1:
            raise OntologyError(f"{path}: class {_local(cls)} descends from several types: {sorted(map(_local, hits))}")
        top = hits.pop()
        onto.classes[_local(cls)] = EntityClass(
            name=_local(cls),
            iri=str(cls),
            label=str(g.value(cls, RDFS.label) or _local(cls)),
            comment=str(g.value(cls, RDFS.comment) or ""),
            evaluation_type=_local(top),
            colour=colours.get(top, "#808080"),
        )
    known = set(onto.classes) | {"Entity"}
    for prop, name in sorted(g.subject_objects(NG.relationType)):
        dom = g.value(prop, RDFS.domain)
        rng = g.value(prop, RDFS.range)
        if dom is None or rng is None:
            raise OntologyError(f"{path}: relation {name} lacks rdfs:domain or rdfs:range")
        domain, range_ = _members(g, dom, path), _members(g, rng, path)
        for end, names in (("domain", domain), ("range", range_)):
            missing = names - known
            if missing:
                raise OntologyError(f"{path}: relation {name} {end} names undeclared class(es) {sorted(missing)}")
        evals = sorted({c.evaluation_type for c in onto.classes.values()})
        expand = lambda ns: frozenset(evals) if "Entity" in ns else frozenset(onto.classes[n].evaluation_type for n in ns)
        onto.relations[str(name)] = RelationType(
            name=str(name),
            property=_local(prop),
            iri=str(prop),
            domain=expand(domain),
            range=expand(range_),
            symmetric=bool(g.value(prop, NG.symmetric)),
            label=str(g.value(prop, RDFS.label) or name),
            comment=str(g.value(prop, RDFS.comment) or ""),
        )
    return onto
