"""Build the Word test document of a city court's reform task list whose category column is merged vertically.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_merged_table.py

It writes tests/documents/qingdao-2024-gaige-qingdan.docx from tests/documents/sources/qingdao-2024-gaige-qingdan.json
(fictional content; real court, departments and places). The output is deterministic: fixed document properties
and fixed zip timestamps, so a rebuild without source changes is byte-identical. Needs python-docx. The formatting
helpers (fonts, styles, PAGE field, deterministic re-zip) are imported from docx_documents.py.

What real-world layout it imitates: an intermediate court's 通知 that issues a 重点任务清单 as its 附件, typed in
Word the way court offices do it:

- section 1 (A4 portrait): the cover letter — document number (青中法〔2024〕12号), the title
  关于印发《…》的通知, the addressee line, one body paragraph, signature and date (no letterhead);
- a next-page section break, then section 2 in A4 landscape: 附件 flush left (黑体), the list's own title
  centred, and ONE table with the columns 类别 | 序号 | 重点任务 | 责任部门 | 完成时限;
- the table has no category rows of their own: each category's name sits in the 类别 column, in a cell merged
  vertically (w:vMerge restart / continue) over all of that category's task rows;
- each 重点任务 cell holds the task's first sentence and then its measures, sometimes with line breaks (w:br)
  inside the cell; 责任部门 is one column listing the leading unit(s) first, marked （牵头）, then the units that
  take part, separated by 、;
- the header row repeats on every page (w:tblHeader) and rows do not split across pages (w:cantSplit);
- the footer carries a `— PAGE —` field.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docx_documents import (  # noqa: E402
    FANGSONG,
    HEITI,
    XIAOBIAOSONG,
    add_page_field,
    add_text,
    repeat_header,
    setup_styles,
    shade,
    write_deterministic,
)

DOCUMENTS = HERE.parent
NAME = "qingdao-2024-gaige-qingdan"
SOURCE = DOCUMENTS / "sources" / f"{NAME}.json"


def cell_text(cell, text: str, east_asian: str = FANGSONG, size: float = 12, align=None) -> None:
    """Write text into a cell's first paragraph; a newline in the text becomes a line break (w:br)."""
    p = cell.paragraphs[0]
    add_text(p, text.replace("\n", "<br>"), east_asian, size)
    fmt = p.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing = Pt(20)
    if align is not None:
        p.alignment = align


def no_split(row) -> None:
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))


def build_cover(doc, cover: dict) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    p = doc.add_paragraph()
    add_text(p, cover["docno"])
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(60)
    p.paragraph_format.space_after = Pt(24)

    p = doc.add_paragraph()
    add_text(p, cover["title"], XIAOBIAOSONG, 22)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.space_after = Pt(18)

    add_text(doc.add_paragraph(), cover["addressee"])

    p = doc.add_paragraph()
    add_text(p, cover["body"])
    p.paragraph_format.first_line_indent = Pt(32)

    p = doc.add_paragraph()
    add_text(p, cover["signature"])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(64)
    p.paragraph_format.space_before = Pt(56)

    p = doc.add_paragraph()
    add_text(p, cover["date"])
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.right_indent = Pt(72)


def build_attachment(doc, source: dict) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.2), Cm(2.2)

    p = doc.add_paragraph()
    add_text(p, source["attachment"]["label"], HEITI, 16)

    p = doc.add_paragraph()
    add_text(p, source["attachment"]["title"], XIAOBIAOSONG, 22)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.line_spacing = Pt(36)
    p.paragraph_format.space_after = Pt(12)

    header = source["header"]
    widths = [Cm(w) for w in source["widths_cm"]]
    tasks = [(c["category"], t) for c in source["categories"] for t in c["tasks"]]
    table = doc.add_table(rows=1 + len(tasks), cols=len(header))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width  # w:gridCol, which LibreOffice and WPS lay the table out by

    head = table.rows[0]
    repeat_header(head)
    no_split(head)
    for c, text in enumerate(header):
        cell = head.cells[c]
        cell.width = widths[c]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        cell_text(cell, text, HEITI, 12, WD_ALIGN_PARAGRAPH.CENTER)
        shade(cell, "D9D9D9")

    spans: list[tuple[int, int]] = []
    previous = None
    for r, (category, task) in enumerate(tasks, start=1):
        row = table.rows[r]
        no_split(row)
        for c in range(len(header)):
            row.cells[c].width = widths[c]
            row.cells[c].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        if category != previous:
            cell_text(row.cells[0], category, HEITI, 12, WD_ALIGN_PARAGRAPH.CENTER)
            spans.append((r, r))
            previous = category
        else:
            spans[-1] = (spans[-1][0], r)
        cell_text(row.cells[1], str(task["no"]), FANGSONG, 12, WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[2], task["task"], FANGSONG, 12, WD_ALIGN_PARAGRAPH.LEFT)
        cell_text(row.cells[3], task["units"], FANGSONG, 12)
        cell_text(row.cells[4], task["deadline"], FANGSONG, 12, WD_ALIGN_PARAGRAPH.CENTER)
        row.cells[2].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP

    for top, bottom in spans:
        if bottom > top:
            table.cell(top, 0).merge(table.cell(bottom, 0))


def build() -> Path:
    source = json.loads(SOURCE.read_text(encoding="utf-8"))
    doc = Document()
    setup_styles(doc)
    build_cover(doc, source["cover"])
    build_attachment(doc, source)

    footer = doc.sections[0].footer.paragraphs[0]
    add_page_field(footer)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    settings = source["properties"]
    when = dt.datetime.fromisoformat(settings["date"]).replace(tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = settings["title"]
    props.author = settings["author"]
    props.last_modified_by = settings["author"]
    props.created = props.modified = when
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    out = DOCUMENTS / source["output"]
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when)
    return out


def main() -> int:
    print(build().relative_to(DOCUMENTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
