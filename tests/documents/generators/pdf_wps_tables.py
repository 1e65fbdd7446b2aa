"""Print tests/documents/guangzhou-haishi-2024-renwu-qingdan.pdf: a task list exported to PDF from a spreadsheet.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_wps_tables.py

What it imitates. A clerk of a court's 审判管理办公室 keeps the year's 司法改革重点任务清单 as a worksheet in a
spreadsheet program (WPS 表格 or Excel) and sends it out as a PDF made with the program's "输出为PDF": there is no
letterhead, no cover letter and no document number. The sheet's first rows are a merged title row, a
填报单位：… row and a date row; below them the ruled table. The print settings are the ones such a clerk uses:
landscape A4 with the program's normal margins, the header row set as 顶端标题行 (so it is repeated at the top of
every page), and the footer "第 1 页 共 N 页" centred at the foot of every page. A spreadsheet never breaks a row
across pages: a row that does not fit goes down whole to the next page, which leaves white space under the
table at the foot of some pages.

The document's text is in tests/documents/sources/guangzhou-haishi-2024-renwu-qingdan.json:

    "title", "unit", "date"   the title row (centred, large, bold), the 填报单位 row (flush left) and the date row
                              (flush right) above the table
    "header", "widths_mm"     the header row (bold, repeated on every page) and the column widths
    "rows"                    {"category": "一、…"}: a row merged across all columns (bold, flush left);
                              a task row: "no", "task", "measures" (a string, or a list of lines that the clerk
                              separated with Alt+Enter inside the cell), "lead", "participants", "deadline"
    "note"                    a 注： row merged across all columns at the end of the table
    "layout"                  a plain description of the layout, for the reader of the gold file
    "page_number", "pdf_title", "pdf_author", "pdf_creator"   page furniture and the PDF's Info entries

Every cell is ruled (thin grid, a slightly heavier outer border); the text is vertically centred in its cell,
long cells wrap over several lines. The CJK font has no bold face, so bold rows are printed with the glyphs filled
and stroked (BoldParagraph of pdf_open_tables.py). The font and the Chinese line-breaking rules are those of
pdf_documents.py. The output is reproducible: reportlab's invariant mode fixes the creation date and the document
identifier, so a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pdf_documents import (  # noqa: E402  (the sibling generator owns the font and the line-breaking rules)
    FONT,
    esc,
    page_number_text,
    register_font,
    typeset_chinese_punctuation,
)
from pdf_open_tables import BoldParagraph  # noqa: E402  (fake bold for a font without a bold face)

DOCUMENTS = HERE.parent
SOURCE = DOCUMENTS / "sources" / "guangzhou-haishi-2024-renwu-qingdan.json"

PAGE = landscape(A4)
# a spreadsheet program's "normal" margins: 1.91 cm top and bottom, 1.78 cm left and right, footer at 0.76 cm
MARGIN_TB = 19.1 * mm
MARGIN_LR = 17.8 * mm
FOOTER_Y = 7.6 * mm

CELL_SIZE = 10.5
CELL_LEADING = 14.0
GRID = 0.5
BORDER = 1.0


def styles() -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle(
        "cell", fontName=FONT, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT, wordWrap="CJK"
    )
    return {
        "title": ParagraphStyle("title", parent=cell, fontSize=18, leading=26, alignment=TA_CENTER),
        "unit": ParagraphStyle("unit", parent=cell, fontSize=11, leading=16, alignment=TA_LEFT),
        "date": ParagraphStyle("date", parent=cell, fontSize=11, leading=16, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=cell, fontSize=11, leading=15, alignment=TA_CENTER),
        "category": ParagraphStyle("category", parent=cell, fontSize=11, leading=15),
        "cell": cell,
        "cell_center": ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=cell, fontSize=10, leading=14),
    }


def measures_markup(measures) -> str:
    """A 主要举措 cell: plain text, or the lines the clerk separated with Alt+Enter."""
    if isinstance(measures, str):
        return esc(measures)
    return "<br/>".join(esc(m) for m in measures)


def sheet_table(src: dict, st: dict[str, ParagraphStyle]) -> Table:
    ncols = len(src["header"])
    data = [[BoldParagraph(esc(h), st["head"]) for h in src["header"]]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), GRID, colors.black),
        ("BOX", (0, 0), (-1, -1), BORDER, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for entry in src["rows"]:
        r = len(data)
        if "category" in entry:
            data.append([BoldParagraph(esc(entry["category"]), st["category"])] + [""] * (ncols - 1))
            commands += [
                ("SPAN", (0, r), (-1, r)),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a category row goes down with its first task
            ]
            continue
        data.append(
            [
                Paragraph(str(entry["no"]), st["cell_center"]),
                Paragraph(esc(entry["task"]), st["cell"]),
                Paragraph(measures_markup(entry["measures"]), st["cell"]),
                Paragraph(esc(entry["lead"]), st["cell_center"]),
                Paragraph(esc(entry["participants"]), st["cell_center"]),
                Paragraph(esc(entry["deadline"]), st["cell_center"]),
            ]
        )
    if src.get("note"):
        r = len(data)
        data.append([Paragraph(esc(src["note"]), st["note"])] + [""] * (ncols - 1))
        commands.append(("SPAN", (0, r), (-1, r)))
    widths = [w * mm for w in src["widths_mm"]]
    # splitByRow without splitInRow: a row is never cut, it goes down whole, as a spreadsheet prints it
    return Table(data, colWidths=widths, repeatRows=1, splitByRow=1, style=TableStyle(commands), hAlign="CENTER")


def flowables(src: dict, st: dict[str, ParagraphStyle]) -> list:
    return [
        BoldParagraph(esc(src["title"]), st["title"]),
        Spacer(1, 6),
        Paragraph(esc(src["unit"]), st["unit"]),
        Paragraph(esc(src["date"]), st["date"]),
        Spacer(1, 3),
        sheet_table(src, st),
    ]


class Document(BaseDocTemplate):
    def __init__(self, target, src: dict, total_pages: int):
        super().__init__(
            target,
            pagesize=PAGE,
            title=src.get("pdf_title", ""),
            author=src.get("pdf_author", ""),
            creator=src.get("pdf_creator", ""),
            producer="",
            subject="",
            invariant=1,
        )
        self.src = src
        self.total_pages = total_pages
        w, h = PAGE
        frame = Frame(
            MARGIN_LR,
            MARGIN_TB,
            w - 2 * MARGIN_LR,
            h - 2 * MARGIN_TB,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="sheet",
        )
        self.addPageTemplates([PageTemplate(id="sheet", frames=[frame], onPageEnd=self.footer, pagesize=PAGE)])

    def footer(self, c, doc) -> None:
        text = page_number_text(self.src.get("page_number", "none"), c.getPageNumber(), self.total_pages)
        if not text:
            return
        c.saveState()
        c.setFont(FONT, 9)
        c.drawCentredString(PAGE[0] / 2.0, FOOTER_Y, text)
        c.restoreState()


def render(src: dict) -> tuple[bytes, int]:
    st = styles()
    probe = Document(io.BytesIO(), src, 0)  # first pass counts the pages for "第 N 页 共 M 页"
    probe.build(flowables(src, st))
    total = probe.page
    buf = io.BytesIO()
    Document(buf, src, total).build(flowables(src, st))
    return buf.getvalue(), total


def main(argv: list[str]) -> int:
    register_font()
    typeset_chinese_punctuation()
    src = json.loads(SOURCE.read_text(encoding="utf-8"))
    data, pages = render(src)
    (DOCUMENTS / src["output"]).write_bytes(data)
    tasks = sum(1 for row in src["rows"] if "no" in row)
    print(f"wrote tests/documents/{src['output']} ({len(data):,} bytes, {pages} pages, {tasks} task rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
