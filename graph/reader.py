"""A document as a reader sees it, with what was extracted from it: the text as stored, sections and items as
headings, every entity mention highlighted by type and linked to its node's page, every relation's evidence span
marked, and each item's ledger beside it — so that a reviewer can check each fact against its sentence.

`document_view` reads it from the store (through the query layer's `select_rows`); `render_reader` writes it as a
self-contained page, offline and escaped like the graph pages.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from markupsafe import Markup, escape

from reformkg.graph.pages import TYPE_STYLES, template
from reformkg.graph.queries import CLASS_TYPES, Row, document_id, document_notes, documents, ledger, select_rows
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import document_iri


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # an entity type (法院, 机制 …) or "evidence"
    label: str  # the entity's canonical label, or the relation as "subject 谓词 object"


@dataclass
class ItemView:
    ordinal: int
    label: str
    path: str
    text: str
    section: int
    marks: list[Mark] = field(default_factory=list)
    ledger: Row = field(default_factory=dict)


def document_view(store: GraphStore, document: str) -> tuple[Row, list[Row], list[ItemView]]:
    """The document's record, its sections and its items with their marks and ledgers."""
    doc_id = document_id(store, document)
    doc = document_iri(doc_id)
    record = {**documents(store, only=doc)[0], "note": document_notes(store, only=doc).get(doc_id)}
    sections = [
        {"ordinal": int(r["ordinal"]), "label": str(r["label"]), "title": str(r["title"])}
        for r in select_rows(
            store,
            """SELECT ?ordinal ?label ?title ?doc WHERE {
                 ?s a rk:Section ; rk:partOf ?doc ; rk:ordinal ?ordinal ; rk:printedLabel ?label ; rk:title ?title }""",
            doc=doc,
        )
    ]
    items: dict[int, ItemView] = {}
    for r in select_rows(
        store,
        """SELECT ?ordinal ?label ?text ?path ?section ?doc WHERE {
             ?item a rk:Item ; rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:printedLabel ?label ; rk:text ?text .
             OPTIONAL { ?item rk:outlinePath ?path }
             OPTIONAL { ?item rk:partOf ?s . ?s a rk:Section ; rk:ordinal ?section } }""",
        doc=doc,
    ):
        ordinal = int(r["ordinal"])
        items[ordinal] = ItemView(
            ordinal, str(r["label"]), str(r.get("path") or r["label"]), str(r["text"]), int(r.get("section") or 0)
        )
    for r in select_rows(
        store,
        """SELECT ?ordinal ?start ?end ?class ?name ?doc WHERE {
             ?st rdf:predicate rk:involves ; rdf:object ?e ; rk:inDocument ?doc ; rk:inItem ?ordinal ;
                 rk:spanStart ?start ; rk:spanEnd ?end .
             ?e a ?class ; skos:prefLabel ?name }""",
        doc=doc,
    ):
        kind = CLASS_TYPES.get(r["class"])
        if kind and int(r["ordinal"]) in items:
            items[int(r["ordinal"])].marks.append(Mark(int(r["start"]), int(r["end"]), kind, str(r["name"])))
    for r in select_rows(
        store,
        """SELECT ?ordinal ?start ?end ?pl ?sl ?ol ?doc WHERE {
             ?st rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; rk:inDocument ?doc ; rk:inItem ?ordinal ;
                 rk:spanStart ?start ; rk:spanEnd ?end .
             FILTER(?p != rk:involves)
             ?p rdfs:label ?pl . FILTER(lang(?pl) = "zh")
             OPTIONAL { ?s skos:prefLabel ?sl } OPTIONAL { ?o skos:prefLabel ?ol } }""",
        doc=doc,
    ):
        relation = f"{r.get('sl') or '本项'} {r['pl']} {r.get('ol') or r['o']}"
        if int(r["ordinal"]) in items:
            items[int(r["ordinal"])].marks.append(Mark(int(r["start"]), int(r["end"]), "evidence", relation))
    for row in ledger(store, doc_id):
        if row["ordinal"] in items:
            items[row["ordinal"]].ledger = row
    for view in items.values():
        view.marks = _spread(view.text, view.marks)
    return record, sorted(sections, key=lambda s: s["ordinal"]), [items[o] for o in sorted(items)]


def _spread(text: str, marks: list[Mark]) -> list[Mark]:
    """The store keeps one span per entity and item (its first mention): mark its other mentions too, where the
    same words stand again in the item."""
    spread = set(marks)
    for mark in marks:
        if mark.kind == "evidence":
            continue
        words = text[mark.start : mark.end]
        at = text.find(words, mark.end)
        while words and at != -1:
            spread.add(Mark(at, at + len(words), mark.kind, mark.label))
            at = text.find(words, at + len(words))
    return sorted(spread, key=lambda m: (m.start, -m.end, m.kind, m.label))


def highlighted(text: str, marks: list[Mark]) -> Markup:
    """The item's text as HTML, cut wherever a mark begins or ends: each piece inside a mention is a link to the
    innermost entity named there (深圳中院 inside a mechanism's name links to the court), outlined in the colour
    of the outermost; each piece inside a relation's evidence is underlined, with the relations as its title."""
    entities = [m for m in marks if m.kind != "evidence"]
    evidence = [m for m in marks if m.kind == "evidence"]
    cuts = sorted({0, len(text), *(p for m in marks for p in (m.start, m.end) if 0 < p < len(text))})
    parts = []
    for a, b in itertools.pairwise(cuts):
        piece: Markup = escape(text[a:b]).replace("\n", Markup("<br>"))
        relations = [m.label for m in evidence if m.start <= a and b <= m.end]
        if relations:
            piece = Markup('<span class="evidence" title="{}">{}</span>').format("；".join(relations), piece)
        covering = sorted((m for m in entities if m.start <= a and b <= m.end), key=lambda m: m.end - m.start)
        if covering:
            inner, outer = covering[0], covering[-1]
            piece = Markup(
                '<a class="mention" href="{}" data-type="{}" data-label="{}" data-start="{}" data-end="{}" title="{}"'
                ' style="--colour:{};--outer:{}">{}</a>'
            ).format(
                "/graph?entity=" + quote(inner.label, safe=""),
                inner.kind,
                inner.label,
                inner.start,
                inner.end,
                "；".join(f"{m.kind}：{m.label}" for m in covering),
                TYPE_STYLES[inner.kind].color,
                TYPE_STYLES[outer.kind].color,
                piece,
            )
        parts.append(piece)
    return Markup("").join(parts)


def render_reader(store: GraphStore, document: str) -> str:
    record, sections, items = document_view(store, document)
    by_section: dict[int, list[ItemView]] = defaultdict(list)
    for item in items:
        by_section[item.section].append(item)
    return template("reader.html").render(
        document=record,
        sections=[(None, by_section.pop(0, []))] + [(s, by_section.get(s["ordinal"], [])) for s in sections],
        highlighted=highlighted,
        has_ledger=any(item.ledger.get(k) for item in items for k in ("lead", "participants", "deadline")),
        styles={kind: style.color for kind, style in TYPE_STYLES.items() if kind in CLASS_TYPES.values()},
    )
