"""Print the task-table PDF test documents whose table has no vertical rules (an open, 三线表-style table).

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_open_tables.py

Some provincial high courts typeset their 任务分解表 the way a journal sets a three-line table: no vertical rules
and no cell borders, columns separated only by white space, a thick rule above the header row, a thin rule under
it, hairline rules between the body rows and a thick rule closing the table. A reader that finds the cells by
their ruling lines sees no grid here; the columns have to be found from the text's positions.

Each source in tests/documents/sources/<name>.json (listed in OPEN_TABLE_SOURCES) describes one document:

    "cover"   the 通知 on the first page: red letterhead, number, red rule, title lines, addressee, paragraphs,
              an 附件 line, signature and date
    "plan"    the attached 分解表 on portrait pages: an 附件 label, the table's own title ("title": one string or a
              list of centred lines), then the open table — "header" (repeated at the top of every page),
              "widths_mm" (one per column) and "rows": {"category": "一、…"} spans the full width in bold; a task
              row has "no", "task", "measures" (a string, or a list of numbered sub-points printed on lines of
              their own inside the cell), "lead", "participants" and "deadline"; "note" is a 注： paragraph printed
              under the table
    "layout"  a plain description of the layout, for the reader of the gold file
    "page_number", "pdf_title", "pdf_author"   page furniture and the PDF's Info entries

A task row that does not fit at the foot of a page is cut: its cells continue at the top of the next page, under
the repeated header. Every page's part of the table is closed by the thick rule. The CJK font has no bold face, so
bold lines (header and category rows) are printed with the glyphs filled and stroked. The font and the Chinese
line-breaking rules are the ones of pdf_documents.py. The output is reproducible: reportlab's invariant mode fixes
the creation date and the document identifier, so a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
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
    esc,
    page_number_text,
    register_font,
    typeset_chinese_punctuation,
)
from pdf_tables import cover, measures_markup  # noqa: E402  (the sibling generator's cover letter)

DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"

OPEN_TABLE_SOURCES = [
    "jilin-2024-renwu-fenjie.json",
]

PAGE_W, PAGE_H = A4
# the attachment's pages: a wider type area than the letter's, for a six-column table
T_MARGIN_TOP = 24 * mm
T_MARGIN_BOTTOM = 26 * mm
T_MARGIN_SIDE = 20 * mm

CELL_SIZE = 9.5
CELL_LEADING = 13.5
THICK = 1.5  # the rules above the header and under the table
THIN = 0.75  # the rule under the header
HAIR = 0.4  # the rules between body rows
BOLD_STROKE = 0.035  # stroke width of the fake bold, as a fraction of the font size
TITLE_GAP = 12  # space between the table's title and its top rule


class BoldParagraph(Paragraph):
    """A paragraph printed in fake bold: the glyphs are filled and stroked (text render mode 2).

    The render mode is part of the graphics state, so it holds for the paragraph's text objects until the state
    is restored."""

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.saveState()
        canvas.setLineWidth(self.style.fontSize * BOLD_STROKE)
        canvas.setStrokeColor(self.style.textColor)
        canvas._code.append("2 Tr")
        super().drawOn(canvas, x, y, _sW)
        canvas.restoreState()


class OpenTable(Table):
    """A table whose every page part ends with the thick rule, as a three-line table continued over pages."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) > 1:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), THICK, colors.black)]))
        return parts


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
        "plan_title": ParagraphStyle("plan_title", parent=base, fontSize=18, leading=27, alignment=TA_CENTER),
        "cell": cell,
        "cell_center": ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        "head": ParagraphStyle("head", parent=cell, fontSize=10.5, leading=14, alignment=TA_CENTER),
        "category": ParagraphStyle("category", parent=cell, fontSize=10.5, leading=15),
        "note": ParagraphStyle("note", parent=cell, spaceBefore=6, firstLineIndent=0),
    }


def open_table(plan: dict, st: dict[str, ParagraphStyle]) -> Table:
    ncols = len(plan["header"])
    data = [[BoldParagraph(esc(h), st["head"]) for h in plan["header"]]]
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        # the three lines: thick above the header, thin under it, thick under the table; no vertical rule
        ("LINEABOVE", (0, 0), (-1, 0), THICK, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), THIN, colors.black),
    ]
    for entry in plan["rows"]:
        r = len(data)
        if "category" in entry:
            data.append([BoldParagraph(esc(entry["category"]), st["category"])] + [""] * (ncols - 1))
            commands += [
                ("SPAN", (0, r), (-1, r)),
                ("NOSPLIT", (0, r), (-1, r + 1)),  # a category row never ends a page: it goes down with its first task
            ]
        else:
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
        commands.append(("LINEBELOW", (0, r), (-1, r), HAIR, colors.black))
    commands.append(("LINEBELOW", (0, -1), (-1, -1), THICK, colors.black))
    widths = [w * mm for w in plan["widths_mm"]]
    # splitByRow=0 with splitInRow: a row that reaches the foot of a page is cut there, not carried down whole
    return OpenTable(
        data,
        colWidths=widths,
        repeatRows=1,
        splitByRow=0,
        splitInRow=1,
        style=TableStyle(commands),
        hAlign="CENTER",
    )


def plan_flowables(src: dict, st: dict[str, ParagraphStyle]) -> list:
    plan = src["plan"]
    title = plan["title"] if isinstance(plan["title"], list) else [plan["title"]]
    out: list = [Paragraph(esc(plan["label"]), st["label"]), Spacer(1, 4)]
    out += [Paragraph(esc(line), st["plan_title"]) for line in title]
    out.append(Spacer(1, TITLE_GAP))
    out.append(open_table(plan, st))
    if plan.get("note"):
        out.append(Paragraph(esc(plan["note"]), st["note"]))
    return out


class Document(BaseDocTemplate):
    def __init__(self, target, src: dict, total_pages: int):
        super().__init__(
            target,
            pagesize=A4,
            title=src.get("pdf_title", ""),
            author=src.get("pdf_author", ""),
            creator="",
            producer="",
            invariant=1,
        )
        self.src = src
        self.total_pages = total_pages
        letter_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            PAGE_W - MARGIN_LEFT - MARGIN_RIGHT,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="letter",
        )
        table_frame = Frame(
            T_MARGIN_SIDE,
            T_MARGIN_BOTTOM,
            PAGE_W - 2 * T_MARGIN_SIDE,
            PAGE_H - T_MARGIN_TOP - T_MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="table",
        )
        self.addPageTemplates(
            [
                PageTemplate(id="letter", frames=[letter_frame], onPage=self.furniture, pagesize=A4),
                PageTemplate(id="table", frames=[table_frame], onPage=self.furniture, pagesize=A4),
            ]
        )

    def furniture(self, c, doc) -> None:
        text = page_number_text(self.src.get("page_number", "none"), c.getPageNumber(), self.total_pages)
        if not text:
            return
        c.saveState()
        c.setFont(FONT, 12)
        c.drawCentredString(PAGE_W / 2.0, min(MARGIN_BOTTOM, T_MARGIN_BOTTOM) * 0.5, text)
        c.restoreState()


def flowables(src: dict, st: dict[str, ParagraphStyle]) -> list:
    return [*cover(src, st, above_signature=1.2), NextPageTemplate("table"), PageBreak(), *plan_flowables(src, st)]


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
    for name in OPEN_TABLE_SOURCES:
        src = json.loads((SOURCES / name).read_text(encoding="utf-8"))
        data, pages = render(src)
        (DOCUMENTS / src["output"]).write_bytes(data)
        tasks = sum(1 for row in src["plan"]["rows"] if "no" in row)
        print(f"wrote tests/documents/{src['output']} ({len(data):,} bytes, {pages} pages, {tasks} task rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
