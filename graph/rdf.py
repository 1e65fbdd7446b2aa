"""An Extraction as RDF: what the document says, in a named graph of its own, and the facts about entities that
hold whatever document names them, in the one graph of entities.

A document's graph holds the document, its sections and items, what each item involves, its relations reified
with their provenance, and how it names each entity (rk:mentionedAs, rk:mentionedType). The entities graph holds
each fact about an entity once — its types, labels, aliases, full name, concept, places and other relations
between entities — however many documents state it: a query over the union of all graphs meets each fact once.
The store keeps there exactly the facts that some document's graph still supports (GraphStore.replace_documents).
"""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from rdflib.term import Node

from reformkg.extract.fingerprint import extraction_fingerprint
from reformkg.extract.records import STRUCTURE, TEXT, THESAURUS, Extraction, Relation
from reformkg.graph.vocabulary import (
    RK,
    RKC,
    TYPE_CLASSES,
    document_iri,
    entity_iri,
    item_iri,
    property_for,
    section_iri,
    statement_iri,
    zh,
)

PART_OF = "属于"
PUBLISHES = "发布"
CONCEPT = "概念"


Triple = tuple[Node, Node, Node]


def document_graph(extraction: Extraction) -> Graph:
    """All the document's triples, its own and its entities' facts, as an rdflib Graph named by the document's
    IRI (for analysis and validation; the store writes document_parts straight through)."""
    graph = Graph(identifier=document_iri(extraction.document.id))
    for part in document_parts(extraction):
        for triple in part:
            graph.add(triple)
    return graph


class _Triples(dict[Triple, None]):
    """Triples, each once, in the order first added: far lighter than a Graph, which indexes every triple three
    ways. Those about entities alone (see _is_shared) go to `shared`."""

    def __init__(self) -> None:
        super().__init__()
        self.shared: dict[Triple, None] = {}

    def add(self, triple: Triple) -> None:
        if _is_shared(triple):
            self.shared[triple] = None
        else:
            self[triple] = None


_ENTITY_PREFIX = str(entity_iri(""))
_DOCUMENT_PREFIX = str(document_iri(""))


_MENTIONS = (RK.mentionedAs, RK.mentionedType)  # how one document names an entity: that document's own


def _is_shared(triple: Triple) -> bool:
    """A fact about an entity (its subject) that does not name a document or an item: it holds whatever
    document states it."""
    subject, predicate, obj = triple
    return (
        str(subject).startswith(_ENTITY_PREFIX)
        and not str(obj).startswith(_DOCUMENT_PREFIX)
        and predicate not in _MENTIONS
    )


def document_parts(extraction: Extraction) -> tuple[list[Triple], list[Triple]]:
    """The triples that building this document contributes: those of its own graph, and the facts about its
    entities that belong in the entities graph."""
    document = extraction.document
    doc = document_iri(document.id)
    graph = _Triples()
    add = graph.add

    add((doc, RDF.type, RK.Document))
    add((doc, RK.source, Literal(document.source)))
    add((doc, RK["format"], Literal(document.encoding)))
    if document.content_hash:
        add((doc, RK.contentHash, Literal(document.content_hash)))
    add((doc, RK.extractedWith, Literal(extraction_fingerprint())))
    if document.note:
        add((doc, RK.note, Literal(document.note)))
    for warning in document.warnings:
        add((doc, RK.warning, Literal(warning)))
    if document.title:
        add((doc, RK.title, Literal(document.title)))
        add((doc, RDFS.label, zh(document.title)))
    meta = document.metadata
    if meta.number:
        add((doc, RK.number, Literal(meta.number)))
    if meta.issued:
        add((doc, RK.issuedOn, Literal(meta.issued, datatype=XSD.date)))
    if meta.urgency:
        add((doc, RK.urgency, Literal(meta.urgency)))
    if meta.handling_unit:
        add((doc, RK.handlingUnit, Literal(meta.handling_unit)))
    if meta.page_count is not None:
        add((doc, RK.pageCount, Literal(meta.page_count)))
    for addressee in meta.addressees:
        add((doc, RK.addressee, Literal(addressee)))
    if document.preamble:
        add((doc, RK.preamble, Literal(document.preamble)))
    for paragraph in document.closing:
        add((doc, RK.closing, Literal(paragraph)))

    statements = _Statements(graph, document.id)
    for section in document.sections:
        node = section_iri(document.id, section.ordinal)
        _numbered(graph, node, RK.Section, section.ordinal, section.label, section.title)
        statements.add(node, PART_OF, doc, None, source=STRUCTURE)
    for item in document.items:
        node = item_iri(document.id, item.ordinal)
        _numbered(graph, node, RK.Item, item.ordinal, item.label, item.title)
        add((node, RK.text, Literal(item.text)))
        add((node, RK.inDocument, doc))
        if item.path:
            add((node, RK.outlinePath, Literal(" ".join(item.path))))
        if item.ledger.deadline:
            add((node, RK.deadline, Literal(item.ledger.deadline)))
        parent = section_iri(document.id, item.section) if item.section else doc
        statements.add(node, PART_OF, parent, None, item.ordinal, source=STRUCTURE)

    # an entity's node: by its label, or where the label names several entities by its key (graph/vocabulary.py)
    nodes = {entity.label: entity_iri(entity.key or entity.label) for entity in extraction.entities}
    for entity in extraction.entities:
        node = nodes[entity.label]
        for type_ in sorted(entity.types):
            add((node, RDF.type, TYPE_CLASSES[type_]))
            add((node, RK.mentionedType, TYPE_CLASSES[type_]))
        add((node, SKOS.prefLabel, zh(entity.label)))
        add((node, RDFS.label, zh(entity.label)))
        for alias in sorted(entity.aliases):
            add((node, SKOS.altLabel, zh(alias)))
            add((node, RK.mentionedAs, zh(alias)))
        if entity.full_name:
            add((node, RK.fullName, Literal(entity.full_name)))
        if entity.concept:
            statements.add(node, CONCEPT, RKC[entity.concept], None, source=THESAURUS)

    for relation in extraction.relations:
        subject, object_ = (_node(document.id, end, nodes) for end in (relation.subject, relation.object))
        statements.add(subject, relation.predicate, object_, relation)

    issuer = document.metadata.issuer
    if issuer:
        issuer_label = next((e.label for e in extraction.entities if issuer == e.label or issuer in e.aliases), issuer)
        statements.add(nodes.get(issuer_label, entity_iri(issuer_label)), PUBLISHES, doc, None, source=STRUCTURE)
    return list(graph), list(graph.shared)


def _numbered(graph: _Triples, node: URIRef, cls: URIRef, ordinal: int, label: str, title: str) -> None:
    """A section or an item: its class, position, printed number and title."""
    graph.add((node, RDF.type, cls))
    graph.add((node, RK.ordinal, Literal(ordinal)))
    graph.add((node, RK.printedLabel, Literal(label)))
    graph.add((node, RK.title, Literal(title)))
    graph.add((node, RDFS.label, zh(title)))


def _node(document_id: str, reference: str, nodes: dict[str, URIRef]) -> URIRef:
    if reference.startswith("item:"):
        return item_iri(document_id, int(reference.split(":", 1)[1]))
    return nodes.get(reference) or entity_iri(reference)


class _Statements:
    """Adds a relation both as a plain triple and as an rdf:Statement that carries its provenance."""

    def __init__(self, graph: _Triples, document_id: str) -> None:
        self.graph = graph
        self.document_id = document_id
        self.count = 0

    def add(
        self,
        subject: URIRef,
        predicate_label: str,
        obj: URIRef,
        relation: Relation | None,
        ordinal: int | None = None,
        source: str | None = None,
    ) -> None:
        """`source`: where the relation comes from (see records.SOURCES), when no Relation says so."""
        predicate = property_for(predicate_label)
        self.graph.add((subject, predicate, obj))
        self.count += 1
        node = statement_iri(self.document_id, self.count)
        add = self.graph.add
        add((node, RDF.type, RDF.Statement))
        add((node, RDF.subject, subject))
        add((node, RDF.predicate, predicate))
        add((node, RDF.object, obj))
        add((node, RK.inDocument, URIRef(document_iri(self.document_id))))
        add((node, RK.provenance, Literal(relation.source if relation is not None else source or TEXT)))
        evidence = relation.evidence if relation is not None else None
        if evidence is not None:
            add((node, RK.inItem, Literal(evidence.item)))
            add((node, RK.evidence, Literal(evidence.sentence)))
            add((node, RK.spanStart, Literal(evidence.start)))
            add((node, RK.spanEnd, Literal(evidence.end)))
        elif ordinal is not None:
            add((node, RK.inItem, Literal(ordinal)))
