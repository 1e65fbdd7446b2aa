"""The one query layer. The command line, the HTTP service and the notebook API all call these functions;
each returns plain rows in the JSON shapes of shared/interface.md. User values reach SPARQL only as bindings."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rdflib import Literal, URIRef

from reformkg.extract.normalise import normalise_line
from reformkg.extract.records import ENTITY_TYPES
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import (
    CLASS_TYPES,
    SPARQL_PROLOGUE,
    TYPE_CLASSES,
    document_id_of_iri,
    document_iri,
    entity_iri,
    label_of_entity_iri,
    properties_by_label,
    zh,
)

Row = dict[str, Any]


class QueryError(ValueError):
    """A query parameter that cannot be answered (unknown type, unknown predicate, …)."""


class NotFound(QueryError):
    """The document, item or entity asked for is not in the store."""


def select_rows(store: GraphStore, body: str, **bindings: Any) -> list[dict[str, Any]]:
    """Rows of a SELECT over the whole store, with the project's prefixes and values bound by name."""
    return store.select(SPARQL_PROLOGUE + body, {k: v for k, v in bindings.items() if v is not None})


def _document_ids(store: GraphStore) -> dict[str, str]:
    """Document IRI → id."""
    rows = select_rows(store, "SELECT ?doc WHERE { ?doc a rk:Document }")
    return {str(r["doc"]): document_id_of_iri(str(r["doc"])) for r in rows}


# -- documents and items ----------------------------------------------------------------------------------------


def documents(store: GraphStore) -> list[Row]:
    meta = select_rows(
        store,
        """SELECT ?doc ?title ?number ?issued ?issuer WHERE {
             ?doc a rk:Document .
             OPTIONAL { ?doc rk:title ?title } OPTIONAL { ?doc rk:number ?number }
             OPTIONAL { ?doc rk:issuedOn ?issued } OPTIONAL { ?issuer rk:publishes ?doc }
           }""",
    )
    sections = select_rows(
        store,
        """SELECT ?doc ?ordinal ?title ?item WHERE {
             ?section a rk:Section ; rk:partOf ?doc ; rk:ordinal ?ordinal ; rk:title ?title .
             OPTIONAL { ?i rk:partOf ?section ; rk:ordinal ?item . }
           }""",
    )
    issuers = _labels(store, [r["issuer"] for r in meta if r.get("issuer")])
    by_doc: dict[str, dict[int, Row]] = defaultdict(dict)
    for row in sections:
        section = by_doc[str(row["doc"])].setdefault(
            int(row["ordinal"]), {"ordinal": int(row["ordinal"]), "title": str(row["title"]), "items": []}
        )
        if row.get("item") is not None:
            section["items"].append(int(row["item"]))
    out = []
    for row in meta:
        doc = str(row["doc"])
        secs = [by_doc[doc][k] for k in sorted(by_doc[doc])]
        for section in secs:
            section["items"].sort()
        out.append(
            {
                "id": document_id_of_iri(doc),
                "title": _str(row.get("title")),
                "issuer": issuers.get(str(row["issuer"])) if row.get("issuer") else None,
                "number": _str(row.get("number")),
                "issued": _str(row.get("issued")),
                "sections": secs,
            }
        )
    return sorted(out, key=lambda d: (d["issued"] or "", d["id"]))


def items(store: GraphStore, involves: str | None = None, document: str | None = None) -> list[Row]:
    """All items, or those that mention NAME, an alias of it, or anything that lies in it (深圳 → 深圳中院)."""
    doc_iri = _document_iri(store, document) if document else None
    if involves is None:
        rows = select_rows(store, _ITEMS, doc=doc_iri)
    else:
        # Small indexed look-ups, each with bound values, rather than one query whose path pattern
        # (?e rk:locatedIn* ?target) Oxigraph would evaluate over every node of a large store.
        # The item IRIs come from the store, not from the user: listing them in VALUES pastes no user text.
        found = " ".join(item.n3() for item in sorted(_items_involving(store, involves)))
        query = _ITEMS.replace("WHERE {", "WHERE { VALUES ?item { " + found + " }", 1)
        rows = select_rows(store, query, doc=doc_iri) if found else []
    return _item_rows(rows)


def nodes_named(store: GraphStore, name: str) -> set[URIRef]:
    """The nodes whose canonical label or alias is NAME (after normalising widths, quotes and spaces)."""
    rows = select_rows(
        store,
        "SELECT ?e ?n WHERE { { ?e skos:prefLabel ?n } UNION { ?e skos:altLabel ?n } }",
        n=zh(normalise_line(name)),
    )
    return {URIRef(str(r["e"])) for r in rows}


def _within(store: GraphStore, places: set[URIRef]) -> set[URIRef]:
    """The places themselves and everything that lies in them, transitively."""
    found = set(places)
    for place in places:
        found |= {
            URIRef(str(r["e"])) for r in select_rows(store, "SELECT ?e ?t WHERE { ?e rk:locatedIn+ ?t }", t=place)
        }
    return found


def _items_involving(store: GraphStore, name: str) -> set[URIRef]:
    found: set[URIRef] = set()
    for entity in _within(store, nodes_named(store, name)):
        found |= {
            URIRef(str(r["item"]))
            for r in select_rows(store, "SELECT ?item ?e WHERE { ?item rk:involves ?e }", e=entity)
        }
    return found


_ITEMS = """SELECT ?doc ?item ?ordinal ?label ?title ?text ?section WHERE {
  ?item a rk:Item ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:printedLabel ?label ; rk:title ?title ;
        rk:text ?text .
  OPTIONAL { ?item rk:partOf ?parent . ?parent a rk:Section ; rk:title ?section . }
}"""


def _item_rows(rows: list[dict[str, Any]]) -> list[Row]:
    """One row per item (an item with several parents appears once), in document order."""
    out: dict[tuple[str, int], Row] = {}
    for r in rows:
        document, ordinal = document_id_of_iri(str(r["doc"])), int(r["ordinal"])
        out[document, ordinal] = {
            "document": document,
            "ordinal": ordinal,
            "label": str(r["label"]),
            "title": str(r["title"]),
            "section": _str(r.get("section")) or "",
            "text": str(r["text"]),
        }
    return [out[key] for key in sorted(out)]


def document_id(store: GraphStore, document: str) -> str:
    """The id of the document named by its id, its IRI or its number (粤高法明传（2021）73号)."""
    return document_id_of_iri(str(_document_iri(store, document)))


def _document_iri(store: GraphStore, document: str) -> URIRef:
    ids = _document_ids(store)
    for iri, doc_id in ids.items():
        if document in (doc_id, iri):
            return URIRef(iri)
    # a document may also be named by its number (粤高法明传（2021）73号)
    for row in select_rows(store, "SELECT ?doc ?n WHERE { ?doc rk:number ?n }", n=Literal(normalise_line(document))):
        return URIRef(str(row["doc"]))
    raise NotFound(f"no document {document!r} in the store; `reformkg documents` lists them")


# -- entities -----------------------------------------------------------------------------------------------


def entities(store: GraphStore, type: str | None = None, in_: str | None = None, q: str | None = None) -> list[Row]:
    """Entities by Chinese type label (机制, 法院 …), by a place they lie in (transitively), by text in a label."""
    if type is not None and type not in TYPE_CLASSES:
        raise QueryError(f"unknown type {type!r}; the types are {', '.join(ENTITY_TYPES)}")
    body = """SELECT DISTINCT ?e ?type WHERE {
      ?e skos:prefLabel ?label ; a ?class . ?class rdfs:subClassOf rk:Entity .
      #TYPE
    }"""
    rows = select_rows(
        store, body.replace("#TYPE", "?e a ?type ." if type else ""), type=TYPE_CLASSES[type] if type else None
    )
    selected = {str(r["e"]) for r in rows}
    if in_ is not None:
        places = nodes_named(store, in_)
        selected &= {str(e) for e in _within(store, places) - places}
    details = entity_details(store, selected)
    if q:
        needle = normalise_line(q)
        details = [d for d in details if needle in d["label"] or any(needle in a for a in d["aliases"])]
    return details


def entity(store: GraphStore, key: str) -> Row:
    """One entity, named by its IRI (percent-encoded or not), its canonical label or an alias."""
    label = label_of_entity_iri(key)
    iris = {str(entity_iri(label))} if label is not None else {str(node) for node in nodes_named(store, key)}
    found = entity_details(store, iris)
    if not found:
        raise NotFound(f"no entity {key!r} in the store; `reformkg entities --q TEXT` searches for one")
    return found[0]


def entity_details(store: GraphStore, iris: set[str]) -> list[Row]:
    if not iris:
        return []
    # The IRIs come from the store (or were checked against it), so listing them in VALUES pastes no user text;
    # bound values keep each look-up indexed on a large store.
    values = "VALUES ?e { " + " ".join(URIRef(iri).n3() for iri in sorted(iris)) + " }"
    facts = select_rows(
        store,
        """SELECT ?e ?p ?v ?doc WHERE { #VALUES
             ?e skos:prefLabel ?l .
             { ?e a ?v . BIND("type" AS ?p) } UNION { ?e skos:altLabel ?v . BIND("alias" AS ?p) }
             UNION { ?e rk:locatedIn ?place . ?place skos:prefLabel ?v . BIND("in" AS ?p) }
             UNION { ?item rk:involves ?e ; rk:ordinal ?v ; rk:inDocument ?doc . BIND("item" AS ?p) }
             UNION { ?e skos:prefLabel ?v . BIND("label" AS ?p) }
           }""".replace("#VALUES", values),
    )
    titles = item_titles(store)
    rows: dict[str, Row] = {}
    for fact in facts:
        iri = str(fact["e"])
        row = rows.setdefault(iri, {"id": iri, "label": "", "types": [], "aliases": [], "items": [], "located_in": []})
        kind, value = str(fact["p"]), fact["v"]
        if kind == "label":
            row["label"] = str(value)
        elif kind == "type" and value in CLASS_TYPES:
            row["types"].append(CLASS_TYPES[value])
        elif kind == "alias":
            row["aliases"].append(str(value))
        elif kind == "in":
            row["located_in"].append(str(value))
        elif kind == "item":
            row["items"].append((document_id_of_iri(str(fact["doc"])), int(value)))
    for row in rows.values():
        row["types"] = sorted(set(row["types"]), key=ENTITY_TYPES.index)
        row["aliases"] = sorted(set(row["aliases"]))
        row["located_in"] = sorted(set(row["located_in"]))
        row["items"] = [
            {"document": d, "ordinal": o, "title": titles.get((d, o), "")} for d, o in sorted(set(row["items"]))
        ]
    return sorted(rows.values(), key=lambda r: (r["types"][0] if r["types"] else "", r["label"]))


def item_titles(store: GraphStore) -> dict[tuple[str, int], str]:
    """(document id, ordinal) → the item's title: every answer that names an item can say which it is."""
    rows = select_rows(
        store, "SELECT ?doc ?o ?t WHERE { ?item a rk:Item ; rk:inDocument ?doc ; rk:ordinal ?o ; rk:title ?t }"
    )
    return {(document_id_of_iri(str(r["doc"])), int(r["o"])): str(r["t"]) for r in rows}


def _labels(store: GraphStore, nodes: list[Any]) -> dict[str, str]:
    """Canonical labels of the given nodes, each looked up by its IRI (not by reading every label)."""
    labels: dict[str, str] = {}
    for node in {str(n) for n in nodes}:
        for row in select_rows(store, "SELECT ?n ?l WHERE { ?n skos:prefLabel ?l }", n=URIRef(node)):
            labels[node] = str(row["l"])
    return labels


# -- pilots and relations -----------------------------------------------------------------------------------


def pilots(store: GraphStore, at: str | None = None, document: str | None = None) -> list[Row]:
    """Pilots and where they run; `at` keeps those that run at PLACE or anywhere that lies in it, `document`
    those of one document."""
    doc_iri = _document_iri(store, document) if document else None
    rows = select_rows(
        store,
        """SELECT ?pilot ?label ?doc ?ordinal ?place WHERE {
             ?item rk:involves ?pilot ; rk:ordinal ?ordinal . ?pilot a rk:Pilot ; skos:prefLabel ?label .
             ?item rk:inDocument ?doc .
             OPTIONAL {
               ?st rdf:subject ?pilot ; rdf:predicate rk:pilotAt ; rdf:object ?site ;
                   rk:inDocument ?doc ; rk:inItem ?ordinal .
               ?site skos:prefLabel ?place .
             }
           }""",
        doc=doc_iri,
    )
    grouped: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for row in rows:
        key = (document_id_of_iri(str(row["doc"])), int(row["ordinal"]), str(row["label"]))
        places = grouped[key]
        if row.get("place") is not None and str(row["place"]) not in places:
            places.append(str(row["place"]))
    if at is not None:
        inside = {r["label"] for r in entities(store, in_=at)} | _names_of(store, at)
        grouped = {key: places for key, places in grouped.items() if inside & set(places)}
    titles = item_titles(store)
    return [
        {"pilot": label, "document": doc, "ordinal": ordinal, "title": titles.get((doc, ordinal), ""), "places": places}
        for (doc, ordinal, label), places in sorted(grouped.items())
    ]


def _names_of(store: GraphStore, name: str) -> set[str]:
    return {label for node in nodes_named(store, name) for label in _labels(store, [node]).values()}


def relations(store: GraphStore, predicate: str | None = None, document: str | None = None) -> list[Row]:
    """Relations with provenance. `predicate` is a property's Chinese label (推动, 试点于, 位于, …); `document`
    keeps those stated in one document."""
    prop = None
    if predicate is not None:
        prop = properties_by_label().get(normalise_line(predicate))
        if prop is None:
            raise QueryError(f"unknown predicate {predicate!r}; known: {', '.join(sorted(properties_by_label()))}")
    doc_iri = _document_iri(store, document) if document else None
    rows = select_rows(
        store,
        """SELECT ?s ?p ?o ?pl ?doc ?ordinal ?evidence ?start ?end ?sl ?ol WHERE {
             ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rk:inDocument ?doc .
             ?p rdfs:label ?pl . FILTER(lang(?pl) = "zh")
             OPTIONAL { ?st rk:inItem ?ordinal } OPTIONAL { ?st rk:evidence ?evidence }
             OPTIONAL { ?st rk:spanStart ?start ; rk:spanEnd ?end }
             OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol }
             OPTIONAL { ?s rk:title ?sl } OPTIONAL { ?o rk:title ?ol }
           }""",
        p=prop,
        doc=doc_iri,
    )
    titles = item_titles(store)
    out = []
    for r in rows:
        document = document_id_of_iri(str(r["doc"]))
        ordinal = int(r["ordinal"]) if r.get("ordinal") is not None else 0
        out.append(
            {
                "subject": str(r.get("sl") or r["s"]),
                "predicate": str(r["pl"]),
                "object": str(r.get("ol") or r["o"]),
                "document": document,
                "ordinal": ordinal,
                "title": titles.get((document, ordinal), ""),
                "evidence": str(r.get("evidence") or ""),
                "span": [int(r["start"]), int(r["end"])] if r.get("start") is not None else [0, 0],
            }
        )
    return sorted(out, key=lambda x: (x["document"], x["ordinal"], x["span"], x["predicate"], x["object"]))


# -- summary and SPARQL -------------------------------------------------------------------------------------


def type_counts(store: GraphStore) -> dict[str, int]:
    rows = select_rows(store, "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class")
    counts = {CLASS_TYPES[r["class"]]: int(r["n"]) for r in rows if r["class"] in CLASS_TYPES}
    return {t: counts.get(t, 0) for t in ENTITY_TYPES}


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


__all__ = [
    "QueryError",
    "document_iri",
    "documents",
    "entities",
    "items",
    "pilots",
    "relations",
    "type_counts",
]
