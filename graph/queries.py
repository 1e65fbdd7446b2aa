"""The one query layer. The command line, the HTTP service and the notebook API all call these functions;
each returns plain rows in the JSON shapes of shared/interface.md. User values reach SPARQL only as bindings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
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
    item_iri,
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


# IRIs per VALUES block: past about a thousand rows of inline data Oxigraph stops looking each one up and reads every
# match of the pattern instead (1,051 items took 4.9 s, 900 items 73 ms)
VALUES_CHUNK = 500


def select_among(store: GraphStore, body: str, variable: str, iris: Iterable[Any] | None, **bindings: Any) -> list[Row]:
    """Rows of a SELECT in which `variable` takes the values `iris` — listed at each `#VALUES` mark of `body`, or
    where its pattern opens — asked in chunks; with `iris` None, any value. The IRIs come from the store (never
    from users), so listing them as inline data pastes no user text."""
    if iris is None:
        return select_rows(store, body.replace("#VALUES", ""), **bindings)
    ordered = sorted({URIRef(str(iri)) for iri in iris})
    rows: list[Row] = []
    marked = body if "#VALUES" in body else body.replace("WHERE {", "WHERE { #VALUES", 1)
    for start in range(0, len(ordered), VALUES_CHUNK):
        listed = " ".join(iri.n3() for iri in ordered[start : start + VALUES_CHUNK])
        rows += select_rows(store, marked.replace("#VALUES", f"VALUES ?{variable} {{ {listed} }}"), **bindings)
    return rows


def _document_ids(store: GraphStore) -> dict[str, str]:
    """Document IRI → id."""
    rows = select_rows(store, "SELECT ?doc WHERE { ?doc a rk:Document }")
    return {str(r["doc"]): document_id_of_iri(str(r["doc"])) for r in rows}


# -- documents and items ----------------------------------------------------------------------------------------


def documents(store: GraphStore, only: URIRef | None = None) -> list[Row]:
    """The documents in the store (or the one whose IRI is `only`), by date."""
    meta = select_rows(
        store,
        """SELECT ?doc ?title ?number ?issued ?issuer WHERE {
             ?doc a rk:Document .
             OPTIONAL { ?doc rk:title ?title } OPTIONAL { ?doc rk:number ?number }
             OPTIONAL { ?doc rk:issuedOn ?issued } OPTIONAL { ?issuer rk:publishes ?doc }
           }""",
        doc=only,
    )
    sections = select_rows(
        store,
        """SELECT ?doc ?ordinal ?title ?item WHERE {
             ?section a rk:Section ; rk:partOf ?doc ; rk:ordinal ?ordinal ; rk:title ?title .
             OPTIONAL { ?i rk:partOf ?section ; rk:ordinal ?item . }
           }""",
        doc=only,
    )
    warnings: dict[str, list[str]] = defaultdict(list)
    for row in select_rows(store, "SELECT ?doc ?w WHERE { ?doc a rk:Document ; rk:warning ?w }", doc=only):
        warnings[str(row["doc"])].append(str(row["w"]))
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
                "warnings": sorted(warnings[doc]),
            }
        )
    return sorted(out, key=lambda d: (d["issued"] or "", d["id"]))


def document_notes(store: GraphStore, only: URIRef | None = None) -> dict[str, str]:
    """Document id → what its folder says of it (a .reformkg-note file: drafts, fictional test documents …)."""
    rows = select_rows(store, "SELECT ?doc ?note WHERE { ?doc a rk:Document ; rk:note ?note }", doc=only)
    return {document_id_of_iri(str(r["doc"])): str(r["note"]) for r in rows}


def items(store: GraphStore, involves: str | None = None, document: str | None = None) -> list[Row]:
    """All items, or those that involve NAME; each of those says which names made it match, and how
    (see `involvement`)."""
    doc_iri = _document_iri(store, document) if document else None
    if involves is None:
        return _item_rows(store, None, doc_iri)
    matched = involvement(store, involves)
    rows = _item_rows(store, sorted(matched), doc_iri) if matched else []
    for row in rows:
        row["matched"] = matched[item_iri(row["document"], row["ordinal"])]
    return rows


# How an item came to involve a name, in the order answers list them.
HOW = ("label", "alias", "located", "concept", "text")


def involvement(store: GraphStore, name: str) -> dict[URIRef, list[str]]:
    """Item → the names that make it involve NAME, each as `name (how)`: the entity itself (label), by an alias
    (alias), entities located in it (located: 深圳 → 深圳市中级人民法院), mechanisms and pilots that name the
    thesaurus concept NAME names or a narrower one (concept: 繁简分流 → 小额诉讼程序), entities whose label contains
    it (label: 府院联动 → 府院联动机制), and, failing all of these, items whose text names it (text)."""
    # Small indexed look-ups, each with bound values, rather than one query whose path pattern
    # (?e rk:locatedIn* ?target) Oxigraph would evaluate over every node of a large store.
    wanted = normalise_line(name)
    how: dict[URIRef, tuple[str, str]] = {}  # entity → (its label, how it matched)
    for row in select_rows(store, _NAMED, n=zh(wanted)):
        entity = URIRef(str(row["e"]))
        if entity not in how or row["how"] == "label":
            how[entity] = (str(row["label"]), str(row["how"]))
    for place in list(how):
        for row in select_rows(store, "SELECT ?e ?l ?t WHERE { ?e rk:locatedIn+ ?t ; skos:prefLabel ?l }", t=place):
            how.setdefault(URIRef(str(row["e"])), (str(row["l"]), "located"))
    for concept in concepts_under(store, concepts_named(store, wanted)):
        for row in select_rows(store, "SELECT ?e ?l ?c WHERE { ?e rk:concept ?c ; skos:prefLabel ?l }", c=concept):
            how.setdefault(URIRef(str(row["e"])), (str(row["l"]), "concept"))
    if len(wanted) >= 2:
        for entity, label in _entity_labels(store):
            if wanted in label:
                how.setdefault(entity, (label, "label"))
    found: dict[URIRef, list[tuple[int, str]]] = defaultdict(list)
    for entity, (label, kind) in how.items():
        for row in select_rows(store, _ITEMS_OF_ENTITY, e=entity):
            found[URIRef(str(row["item"]))].append((HOW.index(kind), f"{label} ({kind})"))
    if not found:
        for row in select_rows(store, _ITEMS_NAMING, n=Literal(wanted)):
            found[URIRef(str(row["item"]))].append((HOW.index("text"), f"{wanted} (text)"))
    return {item: [text for _, text in sorted(set(reasons))] for item, reasons in found.items()}


_NAMED = """SELECT ?e ?label ?how ?n WHERE {
  { ?e skos:prefLabel ?n . BIND("label" AS ?how) } UNION { ?e skos:altLabel ?n . BIND("alias" AS ?how) }
  ?e skos:prefLabel ?label .
}"""


def _entity_labels(store: GraphStore) -> list[tuple[URIRef, str]]:
    """Every entity with its canonical label, read once while the store stays as it is: a label that contains a
    name is found by a scan that Python does in a few milliseconds and SPARQL's CONTAINS in tens."""

    def read() -> list[tuple[URIRef, str]]:
        rows = select_rows(store, "SELECT ?e ?l WHERE { ?e skos:prefLabel ?l ; a ?c . ?c rdfs:subClassOf rk:Entity }")
        return sorted({(URIRef(str(r["e"])), str(r["l"])) for r in rows})

    return store.memo("entity labels", read)


_ITEMS_OF_ENTITY = """SELECT ?item ?e WHERE {
  { ?item rk:involves ?e } UNION { ?e rk:leads ?item } UNION { ?e rk:participatesIn ?item }
}"""
_ITEMS_NAMING = "SELECT ?item ?n WHERE { ?item a rk:Item ; rk:text ?t . FILTER(CONTAINS(?t, ?n)) }"


def concepts_named(store: GraphStore, name: str) -> list[URIRef]:
    """The thesaurus concepts that NAME (normalised) is a label of."""
    rows = select_rows(
        store,
        "SELECT ?c ?n WHERE { ?c a skos:Concept . { ?c skos:prefLabel|skos:altLabel|skos:hiddenLabel ?n } }",
        n=zh(name),
    )
    return sorted({URIRef(str(r["c"])) for r in rows})


def concepts_under(store: GraphStore, concepts: list[URIRef]) -> list[URIRef]:
    """The concepts and every concept narrower than them, in a fixed order."""
    found = dict.fromkeys(concepts)
    for concept in concepts:
        rows = select_rows(store, "SELECT ?n ?c WHERE { ?n skos:broader+ ?c }", c=concept)
        found.update(dict.fromkeys(sorted(URIRef(str(r["n"])) for r in rows)))
    return list(found)


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


_ITEMS = """SELECT ?doc ?item ?ordinal ?label ?title ?text ?section ?path WHERE {
  ?item a rk:Item ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:printedLabel ?label ; rk:title ?title ;
        rk:text ?text .
  OPTIONAL { ?item rk:partOf ?parent . ?parent a rk:Section ; rk:title ?section }
  OPTIONAL { ?item rk:outlinePath ?path }
}"""


def _item_rows(store: GraphStore, only: list[URIRef] | None, document: URIRef | None) -> list[Row]:
    """One row per item (of one document, or only those named, or both), in document order."""
    out: dict[tuple[str, int], Row] = {}
    for r in select_among(store, _ITEMS, "item", only, doc=document):
        document_id, ordinal = document_id_of_iri(str(r["doc"])), int(r["ordinal"])
        out[document_id, ordinal] = {
            "document": document_id,
            "ordinal": ordinal,
            "label": str(r["label"]),
            "title": str(r["title"]),
            "section": str(r.get("section", "")),
            "path": str(r["path"]).split(" ") if "path" in r else [str(r["label"])],
            "text": str(r["text"]),
        }
    return [out[key] for key in sorted(out)]


def document_id(store: GraphStore, document: str) -> str:
    """The id of the document named by its id, its IRI, its number (粤高法明传（2021）73号) or a unique prefix of
    its id's hash part (05596e)."""
    return document_id_of_iri(str(_document_iri(store, document)))


def _document_iri(store: GraphStore, document: str) -> URIRef:
    ids = _document_ids(store)
    for iri, doc_id in ids.items():
        if document in (doc_id, iri):
            return URIRef(iri)
    named = {
        str(row["doc"])
        for row in select_rows(store, "SELECT ?doc ?n WHERE { ?doc rk:number ?n }", n=Literal(normalise_line(document)))
    }
    prefix = document.strip().lower()
    if not named and len(prefix) >= 4:
        named = {iri for iri, doc_id in ids.items() if doc_id.rsplit("-", 1)[-1].startswith(prefix)}
    if len(named) > 1:
        listed = ", ".join(sorted(ids[iri] for iri in named))
        raise QueryError(f"{document!r} names more than one document ({listed}): give more of the id")
    if named:
        return URIRef(named.pop())
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
    body = body.replace("#TYPE", "?e a ?type ." if type else "")
    bound = {"type": TYPE_CLASSES[type] if type else None}
    if in_ is not None:  # from the place down, rather than every entity of the store
        places = nodes_named(store, in_)
        rows = select_among(store, body, "e", _within(store, places) - places, **bound)
    else:
        rows = select_rows(store, body, **bound)
    details = entity_details(store, {str(r["e"]) for r in rows})
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
    # The IRIs come from the store (or were checked against it): bound values keep each look-up indexed.
    facts = select_among(
        store,
        # the VALUES in every branch: Oxigraph would evaluate a branch of a UNION over the whole store first
        """SELECT ?e ?p ?v ?doc ?title WHERE {
             { #VALUES ?e a ?v . BIND("type" AS ?p) } UNION { #VALUES ?e skos:altLabel ?v . BIND("alias" AS ?p) }
             UNION { #VALUES ?e rk:locatedIn ?place . ?place skos:prefLabel ?v . BIND("in" AS ?p) }
             UNION { #VALUES ?item rk:involves ?e ; rk:ordinal ?v ; rk:inDocument ?doc ; rk:title ?title .
                     BIND("item" AS ?p) }
             UNION { #VALUES ?e skos:prefLabel ?v . BIND("label" AS ?p) }
           }""",
        "e",
        iris,
    )
    titles: dict[tuple[str, int], str] = {}
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
            key = (document_id_of_iri(str(fact["doc"])), int(value))
            row["items"].append(key)
            titles[key] = str(fact["title"])
    for row in rows.values():
        row["types"] = sorted(set(row["types"]), key=ENTITY_TYPES.index)
        row["aliases"] = sorted(set(row["aliases"]))
        row["located_in"] = sorted(set(row["located_in"]))
        row["items"] = [
            {"document": d, "ordinal": o, "title": titles.get((d, o), "")} for d, o in sorted(set(row["items"]))
        ]
    return sorted(rows.values(), key=lambda r: (r["types"][0] if r["types"] else "", r["label"]))


def item_titles(store: GraphStore, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """(document id, ordinal) → the item's title, for the items named: every answer that names an item can say
    which it is."""
    iris = {item_iri(document, ordinal): (document, ordinal) for document, ordinal in keys}
    if not iris:
        return {}
    # item IRIs made from the store's own document ids and ordinals
    rows = select_among(store, "SELECT ?item ?t WHERE { ?item rk:title ?t }", "item", iris)
    return {iris[URIRef(str(r["item"]))]: str(r["t"]) for r in rows}


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
    if at is None:
        return [_pilot_row(pilot) for pilot in _pilots_of_items(store, doc_iri)]
    sites = _within(store, nodes_named(store, at))
    if not sites:
        return []
    # from the places up, in one query: the statements that a pilot runs at one of them, and in the same
    # document graph the item that names the pilot and the pilot's other sites there; from the pilots down
    # (every item of every pilot that runs there, then filtered) read three times the rows on a large store
    grouped: _Grouped = defaultdict(dict)
    titles: dict[tuple[str, int], str] = {}
    for row in select_among(store, _PILOTS_AT, "site", sites, doc=doc_iri):
        document_id, ordinal = document_id_of_iri(str(row["doc"])), int(row["ordinal"])
        grouped[document_id, ordinal, str(row["label"]), str(row["pilot"])][_statement_number(row["other"])] = str(
            row["place"]
        )
        titles[document_id, ordinal] = str(row["title"])
    return [_pilot_row(pilot) for pilot in _item_pilots(grouped, titles)]


_PILOTS_AT = """SELECT ?other ?doc ?ordinal ?pilot ?label ?title ?place WHERE {
  GRAPH ?g {
    ?st rdf:object ?site ; rdf:predicate rk:pilotAt ; rdf:subject ?pilot ; rk:inItem ?ordinal ; rk:inDocument ?doc .
    ?other rdf:subject ?pilot ; rk:inItem ?ordinal ; rdf:predicate rk:pilotAt ; rdf:object ?elsewhere .
    ?item rk:involves ?pilot ; rk:ordinal ?ordinal ; rk:title ?title .
  }
  ?pilot skos:prefLabel ?label . ?elsewhere skos:prefLabel ?place .
}"""


@dataclass(frozen=True)
class _ItemPilot:
    document: str
    ordinal: int
    label: str
    iri: str
    title: str
    places: tuple[str, ...]


# (document id, ordinal, pilot's label, pilot's IRI) → its places by the number of the statement that names each
_Grouped = dict[tuple[str, int, str, str], dict[int, str]]


def _item_pilots(grouped: _Grouped, titles: dict[tuple[str, int], str]) -> list[_ItemPilot]:
    """One per item and pilot, in document order; its places in the order the document names them, each once."""
    return [
        _ItemPilot(
            doc, ordinal, label, iri, titles[doc, ordinal], tuple(dict.fromkeys(places[n] for n in sorted(places)))
        )
        for (doc, ordinal, label, iri), places in sorted(grouped.items())
    ]


def _pilot_row(pilot: _ItemPilot) -> Row:
    return {
        "pilot": pilot.label,
        "document": pilot.document,
        "ordinal": pilot.ordinal,
        "title": pilot.title,
        "places": list(pilot.places),
    }


def _pilots_of_items(store: GraphStore, document: URIRef | None) -> list[_ItemPilot]:
    """The pilots of every item (of one document), with where each runs."""
    grouped: _Grouped = {}
    titles: dict[tuple[str, int], str] = {}
    for row in select_rows(
        store,
        """SELECT ?pilot ?label ?doc ?ordinal ?title WHERE {
             ?pilot a rk:Pilot ; skos:prefLabel ?label .
             ?item rk:involves ?pilot ; rk:ordinal ?ordinal ; rk:inDocument ?doc ; rk:title ?title .
           }""",
        doc=document,
    ):
        document_id, ordinal = document_id_of_iri(str(row["doc"])), int(row["ordinal"])
        grouped[document_id, ordinal, str(row["label"]), str(row["pilot"])] = {}
        titles[document_id, ordinal] = str(row["title"])
    # where each runs, as the statement of each document and item says (a query of its own: as an OPTIONAL part
    # of the one above, Oxigraph would read every statement of the store), in the order the document says it
    statements = select_rows(
        store,
        """SELECT ?st ?doc ?ordinal ?label ?pilot ?place WHERE {
              ?st rk:inDocument ?doc ; rdf:predicate rk:pilotAt ; rdf:subject ?pilot ; rk:inItem ?ordinal ;
                  rdf:object ?site .
              ?pilot skos:prefLabel ?label . ?site skos:prefLabel ?place .
            }""",
        doc=document,
    )
    for row in statements:
        key = (document_id_of_iri(str(row["doc"])), int(row["ordinal"]), str(row["label"]), str(row["pilot"]))
        if key in grouped:
            grouped[key][_statement_number(row["st"])] = str(row["place"])
    return _item_pilots(grouped, titles)


def _statement_number(statement: URIRef) -> int:
    """A statement's place among its document's statements (graph/vocabulary.statement_iri numbers them in the
    order they were extracted, which is the document's)."""
    return int(str(statement).rsplit("/", 1)[1])


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
        """SELECT ?s ?p ?o ?pl ?doc ?ordinal ?evidence ?start ?end ?sl ?ol ?source WHERE {
             ?st rk:inDocument ?doc ; a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
             ?p rdfs:label ?pl . FILTER(lang(?pl) = "zh")
             OPTIONAL { ?st rk:provenance ?source }
             OPTIONAL { ?st rk:inItem ?ordinal } OPTIONAL { ?st rk:evidence ?evidence }
             OPTIONAL { ?st rk:spanStart ?start ; rk:spanEnd ?end }
             OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol }
             OPTIONAL { ?s rk:title ?sl } OPTIONAL { ?o rk:title ?ol }
           }""",
        p=prop,
        doc=doc_iri,
    )
    titles = item_titles(
        store, {(document_id_of_iri(str(r["doc"])), int(r["ordinal"])) for r in rows if r.get("ordinal") is not None}
    )
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
                # a relation from the gazetteer, the thesaurus or the document's outline has no sentence: its
                # provenance says where it comes from instead
                "evidence": str(r["evidence"]) if r.get("evidence") is not None else None,
                "span": [int(r["start"]), int(r["end"])] if r.get("start") is not None else None,
                "provenance": str(r.get("source") or "text"),
            }
        )
    return sorted(out, key=relation_order)


def relation_order(row: Row) -> tuple[Any, ...]:
    """Relations by document, item and place in its text (those read from no sentence first), then by name."""
    return (row["document"], row["ordinal"], row["span"] or [-1, -1], row["predicate"], row["subject"], row["object"])


# -- the ledger ---------------------------------------------------------------------------------------------


def ledger(store: GraphStore, document: str | None = None) -> list[Row]:
    """Every item with its ledger — lead units and participants in the order printed, the deadline as written —
    and the mechanisms, pilots and places it names."""
    doc_iri = _document_iri(store, document) if document else None
    items_ = select_rows(
        store,
        """SELECT ?item ?doc ?ordinal ?label ?title ?deadline WHERE {
             ?item a rk:Item ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:printedLabel ?label ; rk:title ?title .
             OPTIONAL { ?item rk:deadline ?deadline }
           }""",
        doc=doc_iri,
    )
    units = select_rows(
        store,
        """SELECT ?item ?role ?unit ?start ?doc WHERE {
             VALUES (?p ?role) { (rk:leads "lead") (rk:participatesIn "participants") }
             ?st rdf:predicate ?p ; rdf:subject ?u ; rdf:object ?item ; rk:inDocument ?doc .
             ?u skos:prefLabel ?unit .
             OPTIONAL { ?st rk:spanStart ?start }
           }""",
        doc=doc_iri,
    )
    named = select_rows(
        store,
        """SELECT ?item ?kind ?name ?doc WHERE {
             VALUES (?class ?kind) { (rk:Mechanism "mechanisms") (rk:Pilot "pilots") (rk:Place "places") }
             ?item rk:inDocument ?doc ; rk:involves ?e . ?e a ?class ; skos:prefLabel ?name .
           }""",
        doc=doc_iri,
    )
    rows: dict[str, Row] = {}
    for r in items_:
        rows[str(r["item"])] = {
            "document": document_id_of_iri(str(r["doc"])),
            "ordinal": int(r["ordinal"]),
            "label": str(r["label"]),
            "title": str(r["title"]),
            "lead": [],
            "participants": [],
            "deadline": _str(r.get("deadline")),
            "mechanisms": [],
            "pilots": [],
            "places": [],
        }
    for r in sorted(units, key=lambda r: (str(r["item"]), str(r["role"]), r.get("start", 0), str(r["unit"]))):
        row = rows.get(str(r["item"]))
        if row is not None and str(r["unit"]) not in row[str(r["role"])]:
            row[str(r["role"])].append(str(r["unit"]))
    for r in named:
        row = rows.get(str(r["item"]))
        if row is not None:
            row[str(r["kind"])].append(str(r["name"]))
    for row in rows.values():
        for kind in ("mechanisms", "pilots", "places"):
            row[kind] = sorted(set(row[kind]))
    return sorted(rows.values(), key=lambda row: (row["document"], row["ordinal"]))


# -- across documents: compare and timeline -----------------------------------------------------------------


def compare(store: GraphStore, a: str, b: str) -> Row:
    """What changed between two documents, by concept: mechanisms both push (continued), only the second
    (new), only the first (dropped), with the items on each side; and pilots both name whose places differ."""
    first, second = _document_iri(store, a), _document_iri(store, b)
    in_a, in_b = _concepts_in(store, first), _concepts_in(store, second)

    def ordered(concepts: set[str], side: dict[str, set[int]]) -> list[str]:
        return sorted(concepts, key=lambda c: (min(side[c]), c))

    pilots_a, pilots_b = _pilot_places(store, first), _pilot_places(store, second)
    return {
        "a": document_id_of_iri(str(first)),
        "b": document_id_of_iri(str(second)),
        "continued": [
            {"concept": c, "a_items": sorted(in_a[c]), "b_items": sorted(in_b[c])}
            for c in ordered(set(in_a) & set(in_b), in_a)
        ],
        "new": [{"concept": c, "items": sorted(in_b[c])} for c in ordered(set(in_b) - set(in_a), in_b)],
        "dropped": [{"concept": c, "items": sorted(in_a[c])} for c in ordered(set(in_a) - set(in_b), in_a)],
        "pilots": [
            {"pilot": p, "a_places": sorted(pilots_a[p]), "b_places": sorted(pilots_b[p])}
            for p in sorted(set(pilots_a) & set(pilots_b))
            if pilots_a[p] != pilots_b[p]
        ],
    }


def _concepts_in(store: GraphStore, document: URIRef) -> dict[str, set[int]]:
    """Concept → the ordinals of the document's items that name it: a mechanism's thesaurus concept where it has
    one, else its own canonical label."""
    rows = select_rows(
        store,
        """SELECT ?ordinal ?name ?doc WHERE {
             ?item rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:involves ?m . ?m a rk:Mechanism .
             OPTIONAL { ?m rk:concept ?c . ?c skos:prefLabel ?concept FILTER(lang(?concept) = "zh") }
             ?m skos:prefLabel ?label .
             BIND(COALESCE(?concept, ?label) AS ?name)
           }""",
        doc=document,
    )
    found: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        found[str(row["name"])].add(int(row["ordinal"]))
    return found


def _pilot_places(store: GraphStore, document: URIRef) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for pilot in _pilots_of_items(store, document):
        found[pilot.label].update(pilot.places)
    return found


def timeline(store: GraphStore, concept: str) -> list[Row]:
    """Every item, in every document, that names the concept or a narrower one — by the thesaurus where a
    mechanism is linked to it, else by the mechanism's own name (司法责任制 → 司法责任制, 全面落实司法责任制 …) —
    in the order the documents were issued."""
    wanted = normalise_line(concept)
    mechanisms: set[URIRef] = set()
    for node in concepts_under(store, concepts_named(store, wanted)):
        mechanisms |= {
            URIRef(str(r["m"])) for r in select_rows(store, "SELECT ?m ?c WHERE { ?m rk:concept ?c }", c=node)
        }
    mechanisms |= {URIRef(str(r["e"])) for r in select_rows(store, _MECHANISMS_NAMING, n=Literal(wanted))}
    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    info: dict[tuple[str, int], Row] = {}
    for mechanism in mechanisms:
        for r in select_rows(store, _MENTIONING, m=mechanism):
            key = (document_id_of_iri(str(r["doc"])), int(r["ordinal"]))
            found[key].add(str(r["label"]))
            info[key] = {"issued": _str(r.get("issued")), "doc": str(r["doc"]), "title": str(r["title"])}
    if not found:  # no mechanism by that name: the items whose text names it
        for r in select_rows(store, _TEXT_NAMING, n=Literal(wanted)):
            key = (document_id_of_iri(str(r["doc"])), int(r["ordinal"]))
            found[key].add(wanted)
            info[key] = {"issued": _str(r.get("issued")), "doc": str(r["doc"]), "title": str(r["title"])}
    issuers = _issuers(store, {row["doc"] for row in info.values()})
    rows = [
        {
            "document": doc,
            "issued": info[doc, ordinal]["issued"],
            "issuer": issuers.get(info[doc, ordinal]["doc"]),
            "ordinal": ordinal,
            "title": info[doc, ordinal]["title"],
            "mentions": sorted(found[doc, ordinal]),
        }
        for doc, ordinal in found
    ]
    return sorted(rows, key=lambda r: (r["issued"] or "9999", r["document"], r["ordinal"]))


_MECHANISMS_NAMING = """SELECT ?e ?n WHERE {
  ?e a rk:Mechanism ; skos:prefLabel ?l . FILTER(CONTAINS(STR(?l), ?n))
}"""
_TEXT_NAMING = """SELECT ?doc ?ordinal ?title ?issued ?n WHERE {
  ?item a rk:Item ; rk:text ?t ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:title ?title .
  FILTER(CONTAINS(?t, ?n))
  OPTIONAL { ?doc rk:issuedOn ?issued }
}"""
_MENTIONING = """SELECT ?doc ?ordinal ?title ?label ?issued ?m WHERE {
  ?item rk:involves ?m ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:title ?title .
  ?m skos:prefLabel ?label .
  OPTIONAL { ?doc rk:issuedOn ?issued }
}"""


def _issuers(store: GraphStore, documents: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for doc in documents:
        for row in select_rows(
            store, "SELECT ?l ?doc WHERE { ?i rk:publishes ?doc ; skos:prefLabel ?l }", doc=URIRef(doc)
        ):
            found[doc] = str(row["l"])
    return found


# -- summary and SPARQL -------------------------------------------------------------------------------------


def type_counts(store: GraphStore) -> dict[str, int]:
    rows = select_rows(store, "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class")
    counts = {CLASS_TYPES[r["class"]]: int(r["n"]) for r in rows if r["class"] in CLASS_TYPES}
    return {t: counts.get(t, 0) for t in ENTITY_TYPES}


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


__all__ = [
    "QueryError",
    "compare",
    "document_iri",
    "documents",
    "entities",
    "items",
    "ledger",
    "pilots",
    "relations",
    "timeline",
    "type_counts",
]
