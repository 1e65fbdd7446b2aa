"""Build the legacy binary Office test documents (Word 97-2003 .doc, Excel 97-2003 .xls) from their sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/legacy_documents.py [--out DIR] [--keep DIR] [--soffice PATH]

Needs python-docx and openpyxl (in .venv) and LibreOffice (`soffice`, e.g. the Debian packages
libreoffice-writer-nogui and libreoffice-calc-nogui).

Why LibreOffice: many Chinese court websites still publish 工作要点 and 任务分解表 as Word 97-2003 .doc and
Excel 97-2003 .xls files, and no Python library writes those binary formats (OLE2 compound files holding a
Word binary stream or a BIFF8 workbook). So this generator first writes an ordinary .docx / .xlsx with
python-docx / openpyxl, in a temporary folder, and then lets LibreOffice convert it headless
(`soffice --headless --convert-to doc` with the "MS Word 97" filter, `--convert-to xls` with "MS Excel 97").
The intermediate .docx / .xlsx are thrown away unless --keep names a folder for them.

Outputs (tests/documents/ unless --out says otherwise):

    sources/jiangxi-2023-gongzuo-yaodian.doc.txt  ->  jiangxi-2023-gongzuo-yaodian.doc
    sources/hebei-2024-gaige-taizhang.json        ->  hebei-2024-gaige-taizhang.xls

Reproducibility: the intermediate files are deterministic (fixed document properties and zip timestamps) and
LibreOffice converts them the same way each time, so a rerun gives an equivalent document (same text, layout,
merges and properties); the binary files are not guaranteed byte-identical across LibreOffice versions.

Word source format (UTF-8, one block per line; blank lines and lines starting with "#" are ignored):

    @header: TEXT            running page header (header part, not body text)
    @footer: page            footer "— N —" made of a Word PAGE field (footer part)
    @title: / @author:       document properties
    @date: YYYY-MM-DD        document property dates

    [letterhead] TEXT        red letterhead line (large, centred)
    [docno] TEXT             document number line (centred, red rule below)
    [title] TEXT             title (large, centred)
    [p] TEXT                 body paragraph, first line indented
    [flush] TEXT             paragraph without indent (addressees, 抄送 …)
    [sec] TEXT               section heading typed as text (一、…) in 黑体, style Normal
    [sub] TEXT               subsection heading typed as text (（一）…) in 楷体, style Normal
    [num] TEXT               work point whose number ("1.") is typed in TEXT; the part up to and including
                             the first 。 after the number is set in bold, as 公文 set a point's lead sentence
    [sign] TEXT              signature line, right-aligned
    [date] TEXT              date line under the signature, right-aligned
    [note] TEXT              small centred note such as （此件公开发布）
    [right] TEXT             right-aligned line (印发 line)
    [pagebreak]              page break

Table source format (JSON): see the "layout" field of the source for what it describes. Each sheet is either
"kind": "empty" (an empty worksheet, as older Excel leaves Sheet2/Sheet3) or a task table: "title" (row merged
across), "subtitle" (row merged across), "header" (column names), "widths", and "rows": {"category": TEXT}
(row merged across), {"note": TEXT} (row merged across), or a task {"no", "task", "measures" (list of lines
joined with line breaks, as Alt+Enter in Excel), "lead", "participants", "deadline", "remark"}; a task with
"parts" (each with its own measures, lead, participants) spans one row per part, and its 序号, task, deadline and
remark cells are merged vertically.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"
sys.path.insert(0, str(HERE))

from docx_documents import (  # noqa: E402  (the sibling generator owns Word's fonts, runs and page field)
    FANGSONG,
    HEITI,
    KAITI,
    XIAOBIAOSONG,
    add_page_field,
    add_text,
    set_fonts,
    write_deterministic,
)
from table_documents import print_landscape  # noqa: E402  (and the task tables' page setup)

WORD_SOURCES = ["jiangxi-2023-gongzuo-yaodian.doc.txt"]
TABLE_SOURCES = ["hebei-2024-gaige-taizhang.json"]

RED = RGBColor(0xE6, 0x00, 0x12)

FIXED_TIME = dt.datetime(2024, 1, 1, 9, 0, 0)


# ------------------------------------------------------------------------------------------ LibreOffice


def convert(soffice: str, source: Path, target_ext: str, filter_name: str, out_dir: Path) -> Path:
    """Convert SOURCE with LibreOffice into OUT_DIR; return the converted file."""
    profile = Path(tempfile.gettempdir()) / "lo-profile"
    cmd = [
        soffice,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        f"{target_ext}:{filter_name}",
        "--outdir",
        str(out_dir),
        str(source),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    converted = out_dir / (source.stem + "." + target_ext)
    if result.returncode != 0 or not converted.exists():
        raise SystemExit(f"LibreOffice could not convert {source.name}:\n{result.stdout}\n{result.stderr}")
    return converted


# ------------------------------------------------------------------------------------------ Word


def parse_word_source(path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    settings: dict[str, str] = {}
    blocks: list[tuple[str, str]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            settings[key.strip()] = value.strip()
        elif line == "[pagebreak]":
            blocks.append(("pagebreak", ""))
        elif line.startswith("["):
            tag, _, text = line[1:].partition("]")
            blocks.append((tag.strip(), text.strip()))
        else:
            raise SystemExit(f"{path.name}:{n}: a line must start with [tag], @key or #: {line}")
    return settings, blocks


NUM_LEAD = re.compile(r"^(\d+\.)(.*?。)(.*)$")


def build_docx(source: Path, out: Path) -> None:
    settings, blocks = parse_word_source(source)
    doc = Document()
    normal = doc.styles["Normal"]
    set_fonts(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    for name in ("Header", "Footer"):
        set_fonts(doc.styles[name], FANGSONG, 10.5)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    for tag, text in blocks:
        if tag == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "letterhead":
            add_text(p, text, XIAOBIAOSONG, 36, color=RED)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(24)
            fmt.line_spacing = Pt(48)
        elif tag == "docno":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(12)
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E60012"/></w:pBdr>'
                )
            )
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
        elif tag == "num":
            match = NUM_LEAD.match(text)
            if not match:
                raise SystemExit(f"{source.name}: [num] must start with a typed number and a sentence: {text}")
            add_text(p, match.group(1) + match.group(2), bold=True)
            if match.group(3):
                add_text(p, match.group(3))
            fmt.first_line_indent = Pt(32)
        elif tag == "sign":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(28)
        elif tag == "date":
            add_text(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(48)
        elif tag == "note":
            add_text(p, text, FANGSONG, 14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "right":
            add_text(p, text, FANGSONG, 14)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            raise SystemExit(f"{source.name}: unknown tag [{tag}]")

    if "header" in settings:
        hp = section.header.paragraphs[0]
        add_text(hp, settings["header"], FANGSONG, 10.5)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if settings.get("footer") == "page":
        fp = section.footer.paragraphs[0]
        add_page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    when = dt.datetime.fromisoformat(settings.get("date", "2020-01-01")).replace(hour=9, tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = settings.get("title", "")
    props.author = settings.get("author", "")
    props.last_modified_by = settings.get("author", "")
    props.created = props.modified = when
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when.replace(tzinfo=None))


# ------------------------------------------------------------------------------------------ Excel

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
CATEGORY_FILL = PatternFill("solid", fgColor="F2F2F2")
LINE_HEIGHT = 15.0


def _display_width(text: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _row_height(values: list[str], widths: list[float]) -> float:
    def lines(text: str, width: float) -> int:
        usable = max(width - 2, 4)
        return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))

    return max(max(lines(v, w) for v, w in zip(values, widths, strict=True)) * LINE_HEIGHT + 6, 24.0)


def write_task_sheet(ws, sheet: dict) -> None:
    header = sheet["header"]
    ncols = len(header)
    if ncols != 7:
        raise SystemExit("the task table has seven columns: 序号 改革任务 具体措施 牵头 协办 时限 备注")
    last = get_column_letter(ncols)
    widths = sheet["widths"]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    body = Font(name="宋体", size=11)
    wrap_center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    row = 1
    ws.merge_cells(f"A{row}:{last}{row}")
    cell = ws.cell(row=row, column=1, value=sheet["title"])
    cell.font = Font(name=XIAOBIAOSONG, size=18, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[row].height = 40
    row += 1

    ws.merge_cells(f"A{row}:{last}{row}")
    cell = ws.cell(row=row, column=1, value=sheet["subtitle"])
    cell.font = Font(name=FANGSONG, size=12)
    cell.alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[row].height = 24
    row += 1

    header_row = row
    for col, word in enumerate(header, start=1):
        cell = ws.cell(row=row, column=col, value=word)
        cell.font = Font(name=HEITI, size=12, bold=True)
        cell.alignment = wrap_center
        cell.fill = HEADER_FILL
        cell.border = BORDER
    ws.row_dimensions[row].height = 28
    row += 1

    for entry in sheet["rows"]:
        if "category" in entry or "note" in entry:
            text = entry.get("category") or entry.get("note")
            ws.merge_cells(f"A{row}:{last}{row}")
            cell = ws.cell(row=row, column=1, value=text)
            if "category" in entry:
                cell.font = Font(name=HEITI, size=12, bold=True)
                cell.fill = CATEGORY_FILL
                cell.alignment = Alignment(horizontal="left", vertical="center")
                ws.row_dimensions[row].height = 24
            else:
                cell.font = Font(name="宋体", size=10.5)
                cell.alignment = wrap_left
                ws.row_dimensions[row].height = _row_height([text], [sum(widths)])
            for col in range(1, ncols + 1):
                ws.cell(row=row, column=col).border = BORDER
            row += 1
            continue

        parts = entry.get("parts") or [
            {"measures": entry["measures"], "lead": entry["lead"], "participants": entry["participants"]}
        ]
        first = row
        for index, part in enumerate(parts):
            head = index == 0
            values = [
                entry["no"] if head else None,
                entry["task"] if head else None,
                "\n".join(part["measures"]),
                part["lead"],
                part["participants"],
                entry["deadline"] if head else None,
                entry.get("remark") if head else None,
            ]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                if value is not None and value != "":
                    cell.value = value
                cell.font = body
                cell.border = BORDER
                cell.alignment = wrap_left if col in (2, 3) else wrap_center
            ws.row_dimensions[row].height = _row_height(["" if v is None else str(v) for v in values], widths)
            row += 1
        if len(parts) > 1:
            for col in (1, 2, 6, 7):  # 序号, 改革任务, 完成时限, 备注 span the task's rows
                letter = get_column_letter(col)
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")

    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    print_landscape(ws)


def build_xlsx(source: dict, out: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = "河北省高级人民法院"
    wb.properties.lastModifiedBy = "河北省高级人民法院"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    for sheet in source["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        if sheet.get("kind") != "empty":
            write_task_sheet(ws, sheet)
    wb.active = 0
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is wb.active
    wb.save(out)
    # fix the timestamps openpyxl writes into the package
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(out) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(out, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    lambda m: m.group(1) + stamp + m.group(2),
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


# ------------------------------------------------------------------------------------------ main


def build(out_dir: Path, keep: Path | None, soffice: str) -> list[Path]:
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="legacy-docs-") as tmp:
        work = Path(tmp)
        for name in WORD_SOURCES:
            stem = name.removesuffix(".doc.txt")
            docx = work / f"{stem}.docx"
            build_docx(SOURCES / name, docx)
            converted = convert(soffice, docx, "doc", "MS Word 97", work / "out")
            written.append(Path(shutil.copyfile(converted, out_dir / f"{stem}.doc")))
            if keep:
                shutil.copyfile(docx, keep / docx.name)
        for name in TABLE_SOURCES:
            source = json.loads((SOURCES / name).read_text(encoding="utf-8"))
            if source["format"] != "xls":
                raise SystemExit(f"{name}: this generator writes xls, not {source['format']}")
            stem = Path(source["output"]).stem
            xlsx = work / f"{stem}.xlsx"
            build_xlsx(source, xlsx)
            converted = convert(soffice, xlsx, "xls", "MS Excel 97", work / "out")
            written.append(Path(shutil.copyfile(converted, out_dir / source["output"])))
            if keep:
                shutil.copyfile(xlsx, keep / xlsx.name)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCUMENTS, help="output folder (default: tests/documents)")
    parser.add_argument("--keep", type=Path, help="also keep the intermediate .docx/.xlsx in this folder")
    parser.add_argument("--soffice", default=shutil.which("soffice") or "soffice", help="LibreOffice executable")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    for path in build(args.out, args.keep, args.soffice):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
