"""The whole graph in a file format: RDF (Turtle, N-Triples, JSON-LD, TriG), graphs (GraphML, GEXF), CSV."""

from __future__ import annotations

import codecs
import csv
import io
from typing import Any

import networkx as nx

from reformkg.graph.projection import project
from reformkg.graph.queries import relations
from reformkg.graph.store import GraphStore

FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "gexf", "csv")
_RDF = {"ttl": "turtle", "nt": "n-triples", "jsonld": "json-ld"}


def export(store: GraphStore, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "trig":
        return store.serialize_dataset()
    if fmt in _RDF:
        return store.serialize_union(_RDF[fmt])
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        columns = ["subject", "predicate", "object", "document", "ordinal", "evidence", "start", "end", "provenance"]
        writer.writerow(columns)
        for row in relations(store):
            start, end = row["span"] or ("", "")
            writer.writerow([*(row[c] for c in columns[:5]), row["evidence"] or "", start, end, row["provenance"]])
        return buffer.getvalue().encode("utf-8")
    graph = nx.DiGraph(project(store))  # GraphML/GEXF readers expect simple graphs: one edge per pair
    data = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, data)
    else:
        nx.write_gexf(graph, data)
    return data.getvalue()


def _encode(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


LEDGER_COLUMNS = (
    ("document", "文件"),
    ("label", "序号"),
    ("title", "工作任务"),
    ("lead", "牵头单位"),
    ("participants", "参加单位"),
    ("deadline", "完成时限"),
    ("mechanisms", "机制"),
    ("pilots", "试点"),
    ("places", "地区"),
)


def ledger_table(rows: list[dict[str, Any]], fmt: str) -> bytes:
    """The ledger (queries.ledger's rows) as a table a reform office opens in Excel: CSV (UTF-8 with a BOM, so
    that Excel reads it as UTF-8) or XLSX, headed in Chinese, lists joined with 、."""
    cells = [[_cell(row[key]) for key, _ in LEDGER_COLUMNS] for row in rows]
    header = [name for _, name in LEDGER_COLUMNS]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows(cells)
        return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")
    if fmt != "xlsx":
        raise ValueError(f"unknown table format {fmt!r}; csv or xlsx")
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "台账"
    sheet.append(header)
    for row in cells:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCDEFGHI", (24, 6, 40, 18, 24, 16, 36, 24, 12), strict=True):
        sheet.column_dimensions[column].width = width
        for cell in sheet[column][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _cell(value: Any) -> str | int:
    if isinstance(value, list):
        return "、".join(value)
    return "" if value is None else value
