"""The corpus at a glance: the documents in the store by issuer and date, and which mechanisms each pushes — a
concept × document heatmap, rows grouped by the thesaurus's top concepts — with links to read each document,
compare any two and follow a concept through time. The heatmap is inline SVG made here: no charting library, no
outside address.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from reformkg.graph.pages import template
from reformkg.graph.queries import Row, document_notes, documents, select_rows
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import document_id_of_iri

CELL, LABEL_WIDTH, HEADER_HEIGHT = 22, 230, 150


@dataclass(frozen=True)
class ConceptRow:
    concept: str  # preferred label
    top: str  # preferred label of its top concept
    items: dict[str, int]  # document id → items that name it


def concept_rows(store: GraphStore) -> list[ConceptRow]:
    """Every concept some document's mechanisms or pilots name, with the number of items per document, ordered by
    top concept and then by how many documents name it."""
    counts: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for r in select_rows(
        store,
        """SELECT ?label ?doc ?ordinal WHERE {
             ?item rk:inDocument ?doc ; rk:ordinal ?ordinal ; rk:involves ?m . ?m rk:concept ?c .
             ?c skos:prefLabel ?label FILTER(lang(?label) = "zh") }""",
    ):
        counts[str(r["label"])][document_id_of_iri(str(r["doc"]))].add(int(r["ordinal"]))
    tops: dict[str, str] = {}
    for r in select_rows(
        store,
        """SELECT ?label ?top WHERE {
             ?c skos:prefLabel ?label ; skos:broader* ?t . ?t skos:topConceptOf ?scheme ; skos:prefLabel ?top .
             FILTER(lang(?label) = "zh" && lang(?top) = "zh") }""",
    ):
        label = str(r["label"])
        tops[label] = min(tops.get(label, str(r["top"])), str(r["top"]))
    rows = [
        ConceptRow(label, tops.get(label, label), {doc: len(items) for doc, items in by_doc.items()})
        for label, by_doc in counts.items()
    ]
    return sorted(rows, key=lambda row: (row.top, -len(row.items), row.concept))


def heatmap(rows: list[ConceptRow], docs: list[Row]) -> Markup:
    """The concept × document matrix as SVG: darker cells for more items; each cell says what it counts."""
    most = max((n for row in rows for n in row.items.values()), default=1)
    groups = len({row.top for row in rows})
    width = LABEL_WIDTH + CELL * len(docs) + HEADER_HEIGHT // 2  # room for the last column's slanted name
    height = HEADER_HEIGHT + CELL * (len(rows) + groups) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" class="heatmap" '
        f'font-size="12" aria-label="机制 × 文件">'
    ]
    for column, doc in enumerate(docs):
        x = LABEL_WIDTH + CELL * column + CELL // 2
        name = short_name(doc)
        out.append(
            f'<a href="/documents/{escape(quote(doc["id"], safe=""))}/view"><text transform="translate({x},'
            f'{HEADER_HEIGHT - 6}) rotate(-60)">{escape(name)}<title>{escape(doc["title"] or doc["id"])}</title>'
            "</text></a>"
        )
    top, y = None, HEADER_HEIGHT - CELL
    for row in rows:
        y += CELL
        if row.top != top:  # a group's heading: its top concept
            top = row.top
            out.append(f'<line x1="0" x2="{width}" y1="{y}" y2="{y}" stroke="#bbb"/>')
            out.append(f'<text x="4" y="{y + CELL * 0.7:.0f}" font-weight="bold">{escape(top)}</text>')
            y += CELL
        out.append(
            f'<a href="/timeline?concept={escape(quote(row.concept, safe=""))}"><text x="{LABEL_WIDTH - 6}" '
            f'y="{y + CELL * 0.7:.0f}" text-anchor="end">{escape(_clip(row.concept))}<title>{escape(row.top)} › '
            f"{escape(row.concept)}</title></text></a>"
        )
        for column, doc in enumerate(docs):
            count = row.items.get(doc["id"], 0)
            shade = f"rgba(23,190,207,{0.15 + 0.85 * count / most:.2f})" if count else "#f4f4f4"
            out.append(
                f'<rect x="{LABEL_WIDTH + CELL * column}" y="{y}" width="{CELL - 2}" height="{CELL - 2}" '
                f'fill="{shade}"><title>{escape(short_name(doc))} · {escape(row.concept)}：{count} 项</title></rect>'
            )
    out.append("</svg>")
    return Markup("".join(out))


def short_name(doc: Row) -> str:
    """A column's name: the year and the issuer without its generic words (2021 广东高院)."""
    issuer = (
        (doc.get("issuer") or "").replace("人民法院", "法院").replace("高级法院", "高院").replace("中级法院", "中院")
    )
    year = (doc.get("issued") or "")[:4]
    return " ".join(part for part in (year, issuer or doc["id"][:12]) if part)


def _clip(label: str, length: int = 16) -> str:
    return label if len(label) <= length else label[: length - 1] + "…"


def render_corpus(store: GraphStore) -> str:
    docs = sorted(documents(store), key=lambda d: (d["issuer"] or "", d["issued"] or "", d["id"]))
    rows = concept_rows(store)
    return template("corpus.html").render(
        documents=docs,
        notes=document_notes(store),
        heatmap=heatmap(rows, docs),
        concept_count=len(rows),
        short_name=short_name,
    )
