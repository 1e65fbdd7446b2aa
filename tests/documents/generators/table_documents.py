"""Build the task-table test documents (任务分解表 / 改革台账 / 任务清单) from their sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/table_documents.py [--out DIR]

Each source in tests/documents/sources/ (JSON, one per document) describes the sheets of one
document: title rows, header, category rows (一、…), task rows (a task with "parts" spans several
rows, merged vertically in its number, task and deadline cells), a note row (注：…), and for
workbooks also plain explanation sheets. The .xlsx files are written with openpyxl, the .csv file
with the csv module in the encoding its source names, the way Excel exports a sheet.

The output is reproducible: timestamps inside the .xlsx packages are fixed, so a rerun gives the
same bytes and the files kept in the repository can be compared with a fresh build.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import zipfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"

# The sources this generator owns (other generators share the sources folder).
TABLE_SOURCES = [
    "guizhou-2025-gaige-taizhang.json",
    "henan-2023-renwu-fenjie.json",
    "shaanxi-2024-gaige-taizhang.json",
    "tianjin-2022-renwu-qingdan.json",
]

# Fixed timestamp written into the packages (document properties and zip entries).
FIXED_TIME = datetime(2024, 1, 1, 9, 0, 0)

FONT_NAME = "宋体"
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
CATEGORY_FILL = PatternFill("solid", fgColor="F2F2F2")
LINE_HEIGHT = 15.0  # points per wrapped line at 11 pt


def _measures_text(measures: list[str]) -> str:
    """The numbered sub-points of one 具体措施 cell, one per line (Alt+Enter in Excel)."""
    return "\n".join(measures)


def _display_width(text: str) -> int:
    """Column units a string takes: CJK characters count two, ASCII one."""
    return sum(1 if ord(ch) < 128 else 2 for ch in text)


def _wrapped_lines(text: str, width: float) -> int:
    usable = max(width - 2, 4)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in (text.split("\n") or [""]))


def _row_height(values: list[str], widths: list[float]) -> float:
    lines = max(_wrapped_lines(value, width) for value, width in zip(values, widths, strict=True))
    return max(lines * LINE_HEIGHT + 6, 24.0)


def _task_values(task: dict) -> list[dict]:
    """The rows of one task: one per part (a task without parts is one part)."""
    parts = task.get("parts") or [
        {"measures": task["measures"], "lead": task["lead"], "participants": task["participants"]}
    ]
    return parts


# ---------------------------------------------------------------------------------------- xlsx


def _write_table_sheet(ws, sheet: dict) -> None:
    header = sheet["header"]
    ncols = len(header)
    last = get_column_letter(ncols)
    widths = sheet.get("widths") or [14] * ncols
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    body = Font(name=FONT_NAME, size=11)
    wrap_center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap_left = Alignment(horizontal="left", vertical="center", wrap_text=True)

    row = 1
    ws.merge_cells(f"A{row}:{last}{row}")
    cell = ws.cell(row=row, column=1, value=sheet["title"])
    cell.font = Font(name="方正小标宋简体", size=18, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[row].height = 40
    row += 1

    if sheet.get("subtitle"):
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=sheet["subtitle"])
        cell.font = Font(name="仿宋_GB2312", size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        ws.row_dimensions[row].height = 24
        row += 1

    header_row = row
    for col, word in enumerate(header, start=1):
        cell = ws.cell(row=row, column=col, value=word)
        cell.font = Font(name="黑体", size=12, bold=True)
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
                cell.font = Font(name="黑体", size=12, bold=True)
                cell.fill = CATEGORY_FILL
                cell.alignment = Alignment(horizontal="left", vertical="center")
                ws.row_dimensions[row].height = 24
            else:
                cell.font = Font(name=FONT_NAME, size=10.5)
                cell.alignment = wrap_left
                ws.row_dimensions[row].height = _row_height([text], [sum(widths)])
            for col in range(1, ncols + 1):
                ws.cell(row=row, column=col).border = BORDER
            row += 1
            continue

        parts = _task_values(entry)
        first = row
        for part in parts:
            values = [
                entry["no"] if part is parts[0] else None,
                entry["task"] if part is parts[0] else None,
                _measures_text(part["measures"]),
                part["lead"],
                part["participants"],
                entry["deadline"] if part is parts[0] else None,
            ]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                if value is not None and value != "":
                    cell.value = value
                cell.font = body
                cell.border = BORDER
                cell.alignment = wrap_left if col == 3 else wrap_center
            text_values = [str(v) if v is not None else "" for v in values]
            ws.row_dimensions[row].height = _row_height(text_values, widths)
            row += 1
        if len(parts) > 1:
            for col in (1, 2, ncols):  # 序号, 工作任务, 完成时限 span the task's rows
                letter = get_column_letter(col)
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")

    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    print_landscape(ws)


def print_landscape(ws, paper_size: str | None = None) -> None:
    """A task table prints landscape on A4 (or `paper_size`), fitted to the page's width (as reform offices set
    their sheets)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = paper_size or ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _write_notes_sheet(ws, sheet: dict) -> None:
    width = sheet.get("width", 90)
    ws.column_dimensions["A"].width = width
    for row, line in enumerate(sheet["lines"], start=1):
        text = line["text"]
        cell = ws.cell(row=row, column=1, value=text or None)
        if line.get("style") == "heading":
            cell.font = Font(name="方正小标宋简体", size=16, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = 36
        else:
            cell.font = Font(name="仿宋_GB2312", size=12)
            cell.alignment = Alignment(horizontal=line.get("align", "left"), vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = _row_height([text], [width]) if text else 18


def _reproducible(path: Path, when: datetime = FIXED_TIME) -> None:
    """Fix the timestamps openpyxl writes (core properties and zip entries)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w") as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    lambda m: m.group(1) + stamp.encode() + m.group(2),
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            zout.writestr(fixed, data)


def new_workbook(author: str = "reformkg tests") -> Workbook:
    """A workbook without Excel's default sheet, written by `author` (save_workbook fixes its dates)."""
    wb = Workbook()
    wb.remove(wb.active)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    return wb


def save_workbook(wb: Workbook, out: Path, active: int, when: datetime = FIXED_TIME) -> None:
    """Save the workbook opening on sheet `active` (the one the office hands over), its timestamps fixed."""
    wb.active = active
    for ws in wb.worksheets:
        ws.sheet_view.tabSelected = ws is wb.active
    wb.save(out)
    _reproducible(out, when)


def write_xlsx(source: dict, out: Path) -> None:
    wb = new_workbook()
    for sheet in source["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        if sheet.get("kind") == "notes":
            _write_notes_sheet(ws, sheet)
        else:
            _write_table_sheet(ws, sheet)
    save_workbook(wb, out, active=len(wb.sheetnames) - 1)  # the task table, the last sheet


# ----------------------------------------------------------------------------------------- csv


def write_csv(source: dict, out: Path) -> None:
    (sheet,) = source["sheets"]
    ncols = len(sheet["header"])
    blank = [""] * (ncols - 1)
    records: list[list[str]] = [[sheet["title"], *blank], list(sheet["header"])]
    for entry in sheet["rows"]:
        if "category" in entry:
            records.append([entry["category"], *blank])
        elif "note" in entry:
            records.append([entry["note"], *blank])
        else:
            if entry.get("parts"):
                raise ValueError("a CSV has no merged cells: one row per task")
            records.append(
                [
                    str(entry["no"]),
                    entry["task"],
                    _measures_text(entry["measures"]),
                    entry["lead"],
                    entry["participants"],
                    entry["deadline"],
                ]
            )
    # Excel's "CSV" export: the ANSI code page (GBK/GB18030 on Chinese Windows), CRLF between
    # records, fields with commas, quotes or line breaks quoted.
    with out.open("w", encoding=source.get("encoding", "gb18030"), newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(records)


# ---------------------------------------------------------------------------------------- main


def build(out_dir: Path) -> list[Path]:
    written = []
    for name in TABLE_SOURCES:
        source = json.loads((SOURCES / name).read_text(encoding="utf-8"))
        out = out_dir / source["output"]
        if source["format"] == "xlsx":
            write_xlsx(source, out)
        elif source["format"] == "csv":
            write_csv(source, out)
        else:
            raise ValueError(f"{name}: unknown format {source['format']!r}")
        written.append(out)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCUMENTS, help="output folder (default: tests/documents)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in build(args.out):
        print(path)


if __name__ == "__main__":
    main()
