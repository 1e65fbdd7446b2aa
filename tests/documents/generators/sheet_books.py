"""Build the multi-sheet task-table workbooks (one sheet per area of reform) from their sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_books.py [--out DIR]

It imitates the workbook a provincial high court's reform office (司改办) sends round with a
任务分解表: not one long table, but a book of sheets, the way such a file is really put together —

    "notes" sheets   plain sheets in column A, one line per row: the first sheet 填表说明 (the document's
                     title, its number, numbered instructions for the courts filling in progress, the issuing
                     court and the date) and a last sheet 备注 (a note or two and a contact line);
                     "style": "heading" / "subheading" for title lines, "align" for the number and signature;
    "area" sheets    one per area of reform, named like 一、司法责任制:
                     - row 1: the area's full heading (一、深化司法责任制综合配套改革) merged across all columns;
                     - row 2: the header 序号 | 改革任务 | 具体措施 | 完成时限 | 牵头部门 | 协办部门 | 进展情况;
                     - one row per task: {"no": "1-1", "task", "measures" (numbered lines inside one cell,
                       Alt+Enter), "deadline", "lead", "participants"}; the 进展情况 column is left empty for
                       the courts to fill in; a task with "parts" spans one row per part, its 序号, 改革任务,
                       完成时限 and 进展情况 cells merged vertically, one 具体措施 / 牵头部门 / 协办部门 per row.

序号 cells are written as text, so 1-1 stays what it prints. The workbook's properties (creator, created,
modified) are fixed and the package is rewritten with fixed zip timestamps (table_documents._reproducible),
so a rerun gives the same bytes and the file kept in the repository can be compared with a fresh build.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from table_documents import _wrapped_lines, new_workbook, print_landscape, save_workbook

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"

# The sources this generator owns (other generators share the sources folder).
BOOK_SOURCES = [
    "xizang-2024-renwu-fenjie.json",
]

# Fixed timestamp written into the packages (document properties and zip entries).
FIXED_TIME = datetime(2024, 3, 26, 10, 0, 0)

HEADER = ["序号", "改革任务", "具体措施", "完成时限", "牵头部门", "协办部门", "进展情况"]
WIDTHS = [8, 22, 58, 13, 13, 20, 22]

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADING_FILL = PatternFill("solid", fgColor="FFF2CC")
LINE_HEIGHT = 15.0  # points per wrapped line at 11 pt

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _height(values: list[str], widths: list[float]) -> float:
    lines = max(_wrapped_lines(value, width) for value, width in zip(values, widths, strict=True))
    return max(lines * LINE_HEIGHT + 6, 22.0)


def _task_parts(task: dict) -> list[dict]:
    return task.get("parts") or [
        {"measures": task["measures"], "lead": task["lead"], "participants": task["participants"]}
    ]


# ---------------------------------------------------------------------------------------- sheets


def _write_notes_sheet(ws, sheet: dict) -> None:
    width = sheet.get("width", 90)
    ws.column_dimensions["A"].width = width
    for row, line in enumerate(sheet["lines"], start=1):
        text = line["text"]
        cell = ws.cell(row=row, column=1, value=text or None)
        style = line.get("style")
        if style == "heading":
            cell.font = Font(name="方正小标宋简体", size=18, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = 46
        elif style == "subheading":
            cell.font = Font(name="黑体", size=14, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            ws.row_dimensions[row].height = 30
        else:
            cell.font = Font(name="仿宋_GB2312", size=13)
            cell.alignment = Alignment(horizontal=line.get("align", "left"), vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = _height([text], [width]) + 4 if text else 16
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


def _write_area_sheet(ws, sheet: dict) -> None:
    ncols = len(HEADER)
    last = get_column_letter(ncols)
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    # Row 1: the area's heading, merged across the table.
    ws.merge_cells(f"A1:{last}1")
    cell = ws.cell(row=1, column=1, value=sheet["heading"])
    cell.font = Font(name="黑体", size=16, bold=True)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    cell.fill = HEADING_FILL
    ws.row_dimensions[1].height = 34

    # Row 2: the header.
    for col, word in enumerate(HEADER, start=1):
        cell = ws.cell(row=2, column=col, value=word)
        cell.font = Font(name="黑体", size=12, bold=True)
        cell.alignment = CENTER
        cell.fill = HEADER_FILL
        cell.border = BORDER
    ws.row_dimensions[2].height = 26

    body = Font(name="仿宋_GB2312", size=11)
    row = 3
    for entry in sheet["rows"]:
        parts = _task_parts(entry)
        first = row
        for index, part in enumerate(parts):
            head = index == 0
            values = [
                entry["no"] if head else None,
                entry["task"] if head else None,
                "\n".join(part["measures"]),
                entry["deadline"] if head else None,
                part["lead"],
                part["participants"],
                None,  # 进展情况: left for the courts to fill in
            ]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                if value:
                    cell.value = value
                    if col == 1:
                        cell.number_format = "@"
                cell.font = body
                cell.border = BORDER
                cell.alignment = TOP_LEFT if col == 3 else (LEFT if col == 2 else CENTER)
            ws.row_dimensions[row].height = _height([v or "" for v in values], WIDTHS)
            row += 1
        if len(parts) > 1:
            for col in (1, 2, 4, 7):  # 序号, 改革任务, 完成时限, 进展情况 span the task's rows
                letter = get_column_letter(col)
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")

    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    print_landscape(ws)


# ---------------------------------------------------------------------------------------- package


def write_xlsx(source: dict, out: Path) -> None:
    wb = new_workbook()
    for sheet in source["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        if sheet["kind"] == "notes":
            _write_notes_sheet(ws, sheet)
        elif sheet["kind"] == "area":
            _write_area_sheet(ws, sheet)
        else:
            raise ValueError(f"unknown sheet kind {sheet['kind']!r}")
    save_workbook(wb, out, active=0, when=FIXED_TIME)  # the first sheet (填表说明), as the office hands the file over


def build(out_dir: Path) -> list[Path]:
    written = []
    for name in BOOK_SOURCES:
        source = json.loads((SOURCES / name).read_text(encoding="utf-8"))
        if source["format"] != "xlsx":
            raise ValueError(f"{name}: unknown format {source['format']!r}")
        out = out_dir / source["output"]
        write_xlsx(source, out)
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
