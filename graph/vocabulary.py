"""Namespaces, IRIs and the ontology's terms, looked up by their fixed Chinese labels."""

from __future__ import annotations

from functools import cache, lru_cache
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import SKOS, XSD

from reformkg.extract.records import COURT, MECHANISM, NORMATIVE_DOCUMENT, ORGANISATION, PILOT, PLACE
from reformkg.extract.thesaurus import CONCEPT_BASE
from reformkg.ontology import ONTOLOGY_FILE, THESAURUS_FILE

RK = Namespace("https://reformkg.org/ontology#")
RKD = Namespace("https://reformkg.org/id/")
RKC = Namespace(CONCEPT_BASE)  # the thesaurus's concepts
ONTOLOGY_GRAPH = URIRef("https://reformkg.org/ontology")
THESAURUS_GRAPH = URIRef("https://reformkg.org/thesaurus")
# The facts about entities that hold whatever document states them, each once (see graph/rdf.py).
ENTITIES_GRAPH = URIRef("https://reformkg.org/entities")

PREFIXES: dict[str, str] = {
    "rk": str(RK),
    "rkd": str(RKD),
    "rkc": str(RKC),
    "skos": str(SKOS),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
}
SPARQL_PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())

TYPE_CLASSES: dict[str, URIRef] = {
    MECHANISM: RK.Mechanism,
    COURT: RK.Court,
    PILOT: RK.Pilot,
    PLACE: RK.Place,
    ORGANISATION: RK.Organisation,
    NORMATIVE_DOCUMENT: RK.NormativeDocument,
}
CLASS_TYPES = {iri: label for label, iri in TYPE_CLASSES.items()}


def _segment(value: str) -> str:
    return quote(value, safe="")


def document_iri(document_id: str) -> URIRef:
    return RKD[f"doc/{_segment(document_id)}"]


def section_iri(document_id: str, ordinal: int) -> URIRef:
    return RKD[f"doc/{_segment(document_id)}/section/{ordinal}"]


def item_iri(document_id: str, ordinal: int) -> URIRef:
    return RKD[f"doc/{_segment(document_id)}/item/{ordinal}"]


def statement_iri(document_id: str, index: int) -> URIRef:
    return RKD[f"doc/{_segment(document_id)}/statement/{index}"]


def entity_iri(label: str) -> URIRef:
    """One IRI per canonical label: the same mechanism in two documents is one node. (Or per key, for an entity
    whose label names several: extract.records.Entity.key.)"""
    return RKD[f"entity/{_segment(label)}"]


def label_of_entity_iri(iri: str) -> str | None:
    prefix = str(RKD) + "entity/"
    return unquote(iri[len(prefix) :]) if iri.startswith(prefix) else None


def document_id_of_iri(iri: str) -> str:
    """The document id inside a document's IRI, or inside the IRI of one of its sections, items, statements."""
    prefix = str(RKD) + "doc/"
    return _unsegment(iri[len(prefix) :].split("/", 1)[0]) if iri.startswith(prefix) else iri


@lru_cache(maxsize=4096)
def _unsegment(segment: str) -> str:
    """Kept because answers name the same few documents in thousands of rows."""
    return unquote(segment)


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


@cache
def ontology_graph() -> Graph:
    graph = Graph(identifier=ONTOLOGY_GRAPH)
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


def thesaurus_graph() -> Graph:
    """The thesaurus (a SKOS concept scheme), with skos:narrower stated as the inverse of every skos:broader, so
    that SPARQL users can walk either way."""
    graph = Graph(identifier=THESAURUS_GRAPH)
    graph.parse(THESAURUS_FILE, format="turtle")
    for narrower, broader in list(graph.subject_objects(SKOS.broader)):
        graph.add((broader, SKOS.narrower, narrower))
    return graph


@cache
def properties_by_label() -> dict[str, URIRef]:
    """Chinese label → object property of the ontology (推动 → rk:promotes)."""
    graph = ontology_graph()
    found: dict[str, URIRef] = {}
    for prop in graph.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#ObjectProperty")):
        for label in graph.objects(prop, RDFS.label):
            if isinstance(label, Literal) and label.language == "zh" and isinstance(prop, URIRef):
                found[str(label)] = prop
    return found


def property_for(label: str) -> URIRef:
    try:
        return properties_by_label()[label]
    except KeyError:
        raise KeyError(f"the ontology has no property labelled {label!r}@zh (ontology/reformkg.ttl)") from None
