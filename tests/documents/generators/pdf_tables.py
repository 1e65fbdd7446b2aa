"""Print the task-table PDF test documents (任务分工方案 whose work points are a ruled table) from their JSON sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_tables.py

Each source in tests/documents/sources/<name>.json (listed in TABLE_PDF_SOURCES) describes one document the way
provincial high courts publish a 任务分工方案 as a PDF:

    "cover"   the 通知 on a portrait first page: red letterhead, number, red rule, title lines, addressee,
              paragraphs, an 附件 line, signature and date
    "plan"    the attached 方案 on landscape pages: an 附件 label, the 方案's own title, preamble paragraphs, then a
              table with ruled grid lines — "header" (repeated at the top of every page), "widths_mm" (one per column)
              and "rows": {"category": "一、…"} spans all columns; a task row has "no", "task", "measures" (a string,
              or a list of numbered sub-points printed on lines of their own inside the cell), "lead", "participants"
              and "deadline"; "note" is a 注： paragraph printed under the table
    "layout"  a plain description of the layout, for the reader of the gold file
    "page_number", "pdf_title", "pdf_author"   page furniture and the PDF's Info entries

Cells are Paragraphs, so their text wraps inside the cell. The CJK font and the Chinese line-breaking rules are the
ones of pdf_documents.py. The output is reproducible: reportlab's invariant mode fixes the creation date and the
document identifier, so a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pdf_documents import (  # noqa: E402  (the sibling generator owns the font and the line-breaking rules)
    BODY_SIZE,
    FONT,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    RED,
    Letterhead,
    Rule,
    esc,
    page_number_text,
    register_font,
    typeset_chinese_punctuation,
)

DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"

TABLE_PDF_SOURCES = [
    "hunan-2024-renwu-fengong.json",
]

PORTRAIT = A4
LANDSCAPE = landscape(A4)
# landscape pages: a wide type area for a six-column table
L_MARGIN_TOP = 18 * mm
L_MARGIN_BOTTOM = 19 * mm
L_MARGIN_SIDE = 18 * mm

CELL_SIZE = 10.5
CELL_LEADING = 14.5
HEADER_FILL = colors.Color(0.85, 0.85, 0.85)
CATEGORY_FILL = colors.Color(0.95, 0.95, 0.95)


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=BODY_SIZE, leading=LEADING, wordWrap="CJK", alignment=TA_JUSTIFY
    )
    cell = ParagraphStyle(
        "cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT, wordWrap="CJK"
    )
    return {
        "p": ParagraphStyle("p", parent=base, firstLineIndent=2 * BODY_SIZE),
        "addressee": ParagraphStyle("addressee", parent=base, alignment=TA_LEFT, spaceBefore=LEADING * 0.5),
        "cover_title": ParagraphStyle(
            "cover_title", parent=base, fontSize=BODY_SIZE * 1.3, leading=BODY_SIZE * 2.0, alignment=TA_CENTER
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        # 附件：… with the wrapped lines aligned after the colon
        "attachment": ParagraphStyle(
            "attachment", parent=base, alignment=TA_LEFT, leftIndent=5 * BODY_SIZE, firstLineIndent=-3 * BODY_SIZE
        ),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_RIGHT, rightIndent=4 * BODY_SIZE),
        "date": ParagraphStyle("date", parent=base, alignment=TA_RIGHT, rightIndent=3 * BODY_SIZE),
        "label": ParagraphStyle("label", parent=base, fontSize=14, leading=20, alignment=TA_LEFT),
        "plan_title": ParagraphStyle(
            "plan_title", parent=base, fontSize=19, leading=28, alignment=TA_CENTER, spaceBefore=4, spaceAfter=8
        ),
        "preamble": ParagraphStyle("preamble", parent=base, fontSize=13, leading=22, firstLineIndent=26, spaceAfter=8),
        "cell": cell,
        "cell_center": ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=cell, fontSize=11.5, leading=15, alignment=TA_CENTER),
        "category": ParagraphStyle("category", parent=cell, fontSize=11.5, leading=16),
        "note": ParagraphStyle("note", parent=cell, spaceBefore=6, firstLineIndent=0),
    }


def cover(src: dict, st: dict[str, ParagraphStyle], above_signature: float = 1.0) -> list:
    """The 通知 on the first page; `above_signature`: the space before the signature, in lines."""
    c = src["cover"]
    out: list = [
        Letterhead(c["letterhead"]),
        Spacer(1, LEADING * 0.4),
        Paragraph(esc(c["number"]), st["center"]),
        Rule(RED, 2.2, 2.0, LEADING * 0.7),
    ]
    out += [Paragraph(esc(line), st["cover_title"]) for line in c["title"]]
    out.append(Spacer(1, LEADING * 0.3))
    out.append(Paragraph(esc(c["addressee"]), st["addressee"]))
    out += [Paragraph(esc(p), st["p"]) for p in c["paragraphs"]]
    out.append(Spacer(1, LEADING * 0.5))
    out.append(Paragraph(esc(c["attachment"]), st["attachment"]))
    out.append(Spacer(1, LEADING * above_signature))
    out.append(Paragraph(esc(c["sign"]), st["sign"]))
    out.append(Paragraph(esc(c["date"]), st["date"]))
    return out


def measures_markup(measures) -> str:
    """A 具体措施 cell: plain text, or numbered sub-points each starting a line of its own."""
    if isinstance(measures, str):
        return esc(measures)
    return "<br/>".join(esc(m) for m in measures)


def task_table(plan: dict, st: dict[str, ParagraphStyle]) -> Table:
    ncols = len(plan["header"])
    data = [[Paragraph(esc(h), st["head"]) for h in plan["header"]]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for entry in plan["rows"]:
        r = len(data)
        if "category" in entry:
            data.append([Paragraph(esc(entry["category"]), st["category"])] + [""] * (ncols - 1))
            commands += [
                ("SPAN", (0, r), (-1, r)),
                ("BACKGROUND", (0, r), (-1, r), CATEGORY_FILL),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a category row never ends a page: it goes down with its first task
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
    widths = [w * mm for w in plan["widths_mm"]]
    return Table(data, colWidths=widths, repeatRows=1, splitByRow=1, style=TableStyle(commands), hAlign="CENTER")


def plan_flowables(src: dict, st: dict[str, ParagraphStyle]) -> list:
    plan = src["plan"]
    out: list = [Paragraph(esc(plan["label"]), st["label"]), Paragraph(esc(plan["title"]), st["plan_title"])]
    out += [Paragraph(esc(p), st["preamble"]) for p in plan["preamble"]]
    out.append(task_table(plan, st))
    if plan.get("note"):
        out.append(Paragraph(esc(plan["note"]), st["note"]))
    return out


class Document(BaseDocTemplate):
    def __init__(self, target, src: dict, total_pages: int):
        super().__init__(
            target,
            pagesize=PORTRAIT,
            title=src.get("pdf_title", ""),
            author=src.get("pdf_author", ""),
            creator="",
            producer="",
            invariant=1,
        )
        self.src = src
        self.total_pages = total_pages
        pw, ph = PORTRAIT
        portrait_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            pw - MARGIN_LEFT - MARGIN_RIGHT,
            ph - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="portrait",
        )
        lw, lh = LANDSCAPE
        landscape_frame = Frame(
            L_MARGIN_SIDE,
            L_MARGIN_BOTTOM,
            lw - 2 * L_MARGIN_SIDE,
            lh - L_MARGIN_TOP - L_MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="landscape",
        )
        self.addPageTemplates(
            [
                PageTemplate(id="portrait", frames=[portrait_frame], onPage=self.furniture, pagesize=PORTRAIT),
                PageTemplate(id="landscape", frames=[landscape_frame], onPage=self.furniture, pagesize=LANDSCAPE),
            ]
        )

    def furniture(self, c, doc) -> None:
        text = page_number_text(self.src.get("page_number", "none"), c.getPageNumber(), self.total_pages)
        if not text:
            return
        width, _height = c._pagesize
        bottom = L_MARGIN_BOTTOM if width > _height else MARGIN_BOTTOM
        c.saveState()
        c.setFont(FONT, 12)
        c.drawCentredString(width / 2.0, bottom * 0.45, text)
        c.restoreState()


def flowables(src: dict, st: dict[str, ParagraphStyle]) -> list:
    return [*cover(src, st), NextPageTemplate("landscape"), PageBreak(), *plan_flowables(src, st)]


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
    for name in TABLE_PDF_SOURCES:
        src = json.loads((SOURCES / name).read_text(encoding="utf-8"))
        data, pages = render(src)
        (DOCUMENTS / src["output"]).write_bytes(data)
        tasks = sum(1 for row in src["plan"]["rows"] if "no" in row)
        print(f"wrote tests/documents/{src['output']} ({len(data):,} bytes, {pages} pages, {tasks} task rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
