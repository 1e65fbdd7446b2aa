"""Build the Hangzhou task-division table (任务分解表) whose areas of reform are merged cells in the first column.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_leaders.py [--out DIR]

It writes tests/documents/hangzhou-2025-renwu-fenjie.xlsx from tests/documents/sources/hangzhou-2025-renwu-fenjie.json,
imitating the one-sheet workbook a city intermediate court's reform office (司法改革办公室) sends round with its
year's 任务分解表 — the layout many municipal courts use, in which the tasks are not grouped under category rows
(一、…) but under a first column 改革领域 merged vertically over the tasks of each area, and in which every task
names the court leader in charge (责任领导) and the kind of result expected (成果形式):

    row 1   the title, merged across all columns;
    row 2   填报单位：… merged over the left columns and 填报日期：… merged over the right columns (right-aligned);
    row 3   the header 改革领域 | 序号 | 改革任务 | 具体举措 | 责任领导 | 牵头部门 | 协办部门 | 时间节点 | 成果形式;
    then    one row per task: the area's name in column A, merged over its tasks' rows (no numeral, no row of its
            own); 序号 written as a number, numbered 1..N through the whole table; 具体举措 holds numbered
            sub-points separated by line breaks (Alt+Enter); 牵头部门 / 协办部门 list units separated by 、
            (an empty 协办部门 cell stays empty);
    last    a 注： row merged across all columns.

The workbook's properties (creator, created, modified) are fixed and the package is rewritten with fixed zip
timestamps (table_documents._reproducible via save_workbook), so a rerun gives the same bytes and the file kept in
the repository can be compared with a fresh build.
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
LEADER_SOURCES = [
    "hangzhou-2025-renwu-fenjie.json",
]

# Fixed timestamp written into the package (document properties and zip entries).
FIXED_TIME = datetime(2025, 2, 20, 15, 0, 0)

AUTHOR = "杭州中院司改办"

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E2EFDA")
AREA_FILL = PatternFill("solid", fgColor="F2F2F2")
LINE_HEIGHT = 15.0  # points per wrapped line at 11 pt

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)

# Columns (1-based) by their header word.
AREA, NUMBER, TASK, MEASURES = 1, 2, 3, 4


def _height(values: list[str], widths: list[float]) -> float:
    lines = max(_wrapped_lines(value, width) for value, width in zip(values, widths, strict=True))
    return max(lines * LINE_HEIGHT + 6, 24.0)


def _write_sheet(ws, source: dict) -> None:
    header = source["header"]
    widths = source["widths"]
    ncols = len(header)
    last = get_column_letter(ncols)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width

    # Row 1: the title.
    ws.merge_cells(f"A1:{last}1")
    cell = ws.cell(row=1, column=1, value=source["title"])
    cell.font = Font(name="方正小标宋简体", size=18, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[1].height = 44

    # Row 2: 填报单位 on the left, 填报日期 on the right.
    split = 5  # columns A..E carry the unit, F..last the date
    ws.merge_cells(f"A2:{get_column_letter(split)}2")
    ws.merge_cells(f"{get_column_letter(split + 1)}2:{last}2")
    unit = ws.cell(row=2, column=1, value=source["unit"])
    unit.font = Font(name="仿宋_GB2312", size=12)
    unit.alignment = Alignment(horizontal="left", vertical="center")
    date = ws.cell(row=2, column=split + 1, value=source["date"])
    date.font = Font(name="仿宋_GB2312", size=12)
    date.alignment = Alignment(horizontal="right", vertical="center")
    ws.row_dimensions[2].height = 24

    # Row 3: the header.
    for col, word in enumerate(header, start=1):
        cell = ws.cell(row=3, column=col, value=word)
        cell.font = Font(name="黑体", size=12, bold=True)
        cell.alignment = CENTER
        cell.fill = HEADER_FILL
        cell.border = BORDER
    ws.row_dimensions[3].height = 28

    body = Font(name="仿宋_GB2312", size=11)
    row = 4
    for area in source["areas"]:
        first = row
        for task in area["tasks"]:
            values = [
                area["name"] if row == first else None,
                task["no"],
                task["task"],
                "\n".join(task["measures"]),
                task["leader"],
                task["lead"],
                task["participants"],
                task["deadline"],
                task["result"],
            ]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                if value is not None and value != "":
                    cell.value = value
                cell.font = body
                cell.border = BORDER
                if col == MEASURES:
                    cell.alignment = TOP_LEFT
                elif col == TASK:
                    cell.alignment = LEFT
                else:
                    cell.alignment = CENTER
            texts = ["" if col == AREA or v is None else str(v) for col, v in enumerate(values, start=1)]
            ws.row_dimensions[row].height = _height(texts, widths)
            row += 1
        # The area's name spans its tasks' rows.
        ws.merge_cells(f"A{first}:A{row - 1}")
        cell = ws.cell(row=first, column=AREA)
        cell.font = Font(name="黑体", size=12, bold=True)
        cell.fill = AREA_FILL
        cell.alignment = CENTER

    # The closing note, merged across.
    ws.merge_cells(f"A{row}:{last}{row}")
    cell = ws.cell(row=row, column=1, value=source["note"])
    cell.font = Font(name="仿宋_GB2312", size=10.5)
    cell.alignment = LEFT
    for col in range(1, ncols + 1):
        ws.cell(row=row, column=col).border = BORDER
    ws.row_dimensions[row].height = _height([source["note"]], [sum(widths)])

    ws.freeze_panes = "C4"
    ws.print_title_rows = "3:3"
    print_landscape(ws)


def write_xlsx(source: dict, out: Path) -> None:
    wb = new_workbook(AUTHOR)
    ws = wb.create_sheet(source["sheet"])
    _write_sheet(ws, source)
    save_workbook(wb, out, active=0, when=FIXED_TIME)


def build(out_dir: Path) -> list[Path]:
    written = []
    for name in LEADER_SOURCES:
        source = json.loads((SOURCES / name).read_text(encoding="utf-8"))
        if source["format"] != "xlsx":
            raise ValueError(f"{name}: unknown format {source['format']!r}")
        numbers = [task["no"] for area in source["areas"] for task in area["tasks"]]
        if numbers != list(range(1, len(numbers) + 1)):
            raise ValueError(f"{name}: 序号 must run 1..N, got {numbers}")
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
