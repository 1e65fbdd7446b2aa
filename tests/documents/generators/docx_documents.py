"""Build the Word (.docx) test documents from their editable sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_documents.py

Each source in tests/documents/sources/<name>.docx.txt becomes tests/documents/<name>.docx. The output is
deterministic (fixed zip timestamps and document properties), so a rebuild without source changes leaves the
committed files byte-identical. Needs python-docx.

Source format (UTF-8, one block per line; blank lines and lines starting with "#" are ignored):

    @header: TEXT            running page header (in the header part, not document text)
    @footer: page            footer "— N —" made of a Word PAGE field (in the footer part)
    @title: TEXT             document property "title"
    @author: TEXT            document property "author"
    @date: YYYY-MM-DD        document property dates and zip timestamps

    [letterhead] TEXT        red letterhead line (large, centred)
    [docno] TEXT             document number line (centred)
    [title] TEXT             title (large, centred)
    [p] TEXT                 body paragraph, first line indented
    [flush] TEXT             paragraph without indent (addressees, 抄送 …)
    [h1] TEXT                Word "Heading 1" paragraph (the 一、 is typed as text)
    [sec] TEXT               section heading typed as text in bold 黑体 (style Normal)
    [sub] TEXT               subsection heading typed as text in 楷体 (style Normal)
    [item] TEXT              paragraph numbered by Word's automatic list numbering (numbering.xml, "%1.");
                             the number is not part of the text. The list restarts at 1 after every [h1].
    [ledger] TEXT            ledger line under an item (牵头部门/参加部门/完成时限), indented, smaller
    [sign] TEXT              signature line, right-aligned
    [note] TEXT              small centred note such as （此件公开发布）
    [right] TEXT             right-aligned line (印发 line)
    [pagebreak]              page break

    [table]                  a Word table; first row is the header row (repeated on each page)
    | a | b | c |            one row; "<br>" inside a cell is a line break within the cell's paragraph;
                             "^^" means "vertically merged with the cell above" (the task spans two rows)
    [category] TEXT          a row whose single cell is merged across all columns (一、…)
    [/table]
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"
NAMES = [
    "anhui-2025-renwu-fengong",
    "jiangsu-2023-gongzuo-yaodian",
    "sichuan-2022-fengong-fangan",
    "zuigaofa-2019-shishi-yijian",
]

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
ABSTRACT_NUM_ID = 90  # the template's own lists use 0-8


# ---------------------------------------------------------------- source parsing


def parse(path: Path) -> tuple[dict[str, str], list[tuple[str, Any]]]:
    settings: dict[str, str] = {}
    blocks: list[tuple[str, Any]] = []
    table: list[tuple[str, Any]] | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if table is not None:
            if line == "[/table]":
                blocks.append(("table", table))
                table = None
            elif line.startswith("|"):
                table.append(("row", [c.strip() for c in line.strip("|").split("|")]))
            elif line.startswith("[category]"):
                table.append(("category", line[len("[category]") :].strip()))
            else:
                raise SystemExit(f"{path.name}:{n}: unexpected line inside [table]: {line}")
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            settings[key.strip()] = value.strip()
        elif line == "[table]":
            table = []
        elif line == "[pagebreak]":
            blocks.append(("pagebreak", ""))
        elif line.startswith("["):
            tag, _, text = line[1:].partition("]")
            blocks.append((tag.strip(), text.strip()))
        else:
            raise SystemExit(f"{path.name}:{n}: a line must start with [tag], @key, | or #: {line}")
    if table is not None:
        raise SystemExit(f"{path.name}: [table] without [/table]")
    return settings, blocks


# ---------------------------------------------------------------- formatting helpers


def set_fonts(run_or_style, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    font = run_or_style.font
    font.name = "Times New Roman"
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element = run_or_style.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    heading = doc.styles["Heading 1"]
    set_fonts(heading, HEITI, 16, bold=False)
    heading.font.color.rgb = RGBColor(0, 0, 0)
    heading.font.italic = False
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.space_after = Pt(6)
    heading.paragraph_format.first_line_indent = Pt(32)
    heading.paragraph_format.line_spacing = Pt(28)
    for name in ("Header", "Footer"):
        set_fonts(doc.styles[name], FANGSONG, 10.5)


def page_setup(doc) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)


def add_text(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, bold=None, color=None):
    """Add text; '<br>' becomes a line break inside the paragraph."""
    parts = text.split("<br>")
    for i, part in enumerate(parts):
        run = paragraph.add_run(part)
        set_fonts(run, east_asian, size, bold)
        if color is not None:
            run.font.color.rgb = color
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)
    return paragraph


def add_page_field(paragraph) -> None:
    """'— PAGE —' with a real PAGE field (complex field), as Word writes it."""
    add_text(paragraph, "— ", size=14)

    def fld(kind: str):
        run = paragraph.add_run()
        set_fonts(run, FANGSONG, 14)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    set_fonts(run, FANGSONG, 14)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    add_text(paragraph, "1", size=14)
    fld("end")
    add_text(paragraph, " —", size=14)


class ListNumbering:
    """Decimal '%1.' list numbering defined in numbering.xml; restart() starts a new list at 1."""

    def __init__(self, doc):
        self.numbering = doc.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/>'
            '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.next_id = 100
        self.current: int | None = None

    def restart(self) -> None:
        self.current = None

    def num_id(self) -> int:
        if self.current is None:
            num = parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{self.next_id}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
            self.numbering.append(num)
            self.current = self.next_id
            self.next_id += 1
        return self.current

    def apply(self, paragraph) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{self.num_id()}"/></w:numPr>')
        # numPr follows pStyle in CT_PPr's sequence
        style = ppr.find(qn("w:pStyle"))
        if style is not None:
            style.addnext(numpr)
        else:
            ppr.insert(0, numpr)


def shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))


def build_table(doc, rows: list[tuple[str, Any]]) -> None:
    header = rows[0]
    if header[0] != "row":
        raise SystemExit("a table starts with its header row")
    ncols = len(header[1])
    widths = [Cm(w) for w in (1.1, 2.6, 6.2, 1.9, 2.2, 1.6)][:ncols]
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    merges: list[tuple[int, int]] = []
    for r, (kind, content) in enumerate(rows):
        row = table.rows[r]
        if kind == "category":
            cell = row.cells[0].merge(row.cells[ncols - 1])
            add_text(cell.paragraphs[0], str(content), HEITI, 12)
            continue
        cells = list(content)
        if len(cells) != ncols:
            raise SystemExit(f"table row {r} has {len(cells)} cells, the header has {ncols}: {cells}")
        for c, text in enumerate(cells):
            cell = row.cells[c]
            cell.width = widths[c]
            if text == "^^":
                merges.append((r, c))
                continue
            p = cell.paragraphs[0]
            if r == 0:
                add_text(p, text, HEITI, 12)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                shade(cell, "D9D9D9")
            else:
                add_text(p, text, FANGSONG, 12)
                if c in (0, ncols - 1):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.first_line_indent = Pt(0)
            p.paragraph_format.line_spacing = Pt(20)
        if r == 0:
            repeat_header(row)
    for r, c in merges:
        top = r - 1
        while (top, c) in merges:
            top -= 1
        table.cell(top, c).merge(table.cell(r, c))


# ---------------------------------------------------------------- document assembly


def build(name: str) -> Path:
    settings, blocks = parse(SOURCES / f"{name}.docx.txt")
    doc = Document()
    setup_styles(doc)
    page_setup(doc)
    numbering = ListNumbering(doc)
    body = doc.paragraphs[0] if doc.paragraphs else None  # the template starts empty
    assert body is None

    for tag, content in blocks:
        text = str(content)
        if tag == "table":
            build_table(doc, content)
            continue
        if tag == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if tag == "h1":
            p = doc.add_paragraph(style="Heading 1")
            add_text(p, text, HEITI, 16, bold=False, color=RGBColor(0, 0, 0))
            numbering.restart()
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "letterhead":
            add_text(p, text, XIAOBIAOSONG, 36, color=RGBColor(0xE6, 0x00, 0x12))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(24)
            fmt.line_spacing = Pt(48)
        elif tag == "docno":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(12)
            border = parse_xml(
                f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E60012"/></w:pBdr>'
            )
            p._p.get_or_add_pPr().append(border)
        elif tag == "title":
            add_text(p, text, XIAOBIAOSONG, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before, fmt.space_after = Pt(12), Pt(12)
            fmt.line_spacing = Pt(36)
        elif tag == "p":
            add_text(p, text)
            fmt.first_line_indent = Pt(32)
        elif tag == "flush":
            add_text(p, text)
        elif tag == "sec":
            add_text(p, text, HEITI)
            fmt.first_line_indent = Pt(32)
        elif tag == "sub":
            add_text(p, text, KAITI)
            fmt.first_line_indent = Pt(32)
        elif tag == "item":
            add_text(p, text)
            numbering.apply(p)
        elif tag == "ledger":
            add_text(p, text, KAITI, 14)
            fmt.left_indent = Pt(32)
        elif tag == "sign":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(28)
        elif tag == "date":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(48)
        elif tag == "right":
            add_text(p, text, FANGSONG, 14)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif tag == "note":
            add_text(p, text, FANGSONG, 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            raise SystemExit(f"{name}: unknown tag [{tag}]")

    section = doc.sections[0]
    if "header" in settings:
        hp = section.header.paragraphs[0]
        add_text(hp, settings["header"], FANGSONG, 10.5)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if settings.get("footer") == "page":
        fp = section.footer.paragraphs[0]
        add_page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    when = dt.datetime.fromisoformat(settings.get("date", "2020-01-01")).replace(tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = settings.get("title", "")
    props.author = settings.get("author", "")
    props.last_modified_by = settings.get("author", "")
    props.created = props.modified = when
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    out = DOCUMENTS / f"{name}.docx"
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when)
    return out


def write_deterministic(data: bytes, out: Path, when: dt.datetime) -> None:
    """Re-zip with a fixed timestamp so that a rebuild is byte-identical."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    names = argv or NAMES
    for name in names:
        print(build(name).relative_to(DOCUMENTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
