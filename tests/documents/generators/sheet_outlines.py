"""Build the task-table workbooks whose 序号 column is a decimal outline (1 / 1.1 / 1.2 …) from their sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/sheet_outlines.py [--out DIR]

Each source in tests/documents/sources/ listed in OUTLINE_SOURCES describes one workbook:

    "notes" sheet     a cover sheet: the 通知 in column A, one line per row ("style": "heading" for the title line,
                      "align" for the number, signature and date lines)
    "outline" sheet   the task table, laid out differently from table_documents.py:
                      - a title row and a subtitle row merged across all columns;
                      - a two-row header: a header entry that is a string spans both header rows, an entry
                        ["责任分工", "牵头部门"] puts its group word in the first row (merged over the neighbouring
                        entries of the same group) and its own word in the second;
                      - area rows {"section": "1", "name": …}: the number in the 序号 column, the name merged
                        across the other columns;
                      - task rows {"no": "1.1", "task", "measures" (numbered lines inside one cell, Alt+Enter),
                        "lead", "participants", "deadline", "leader", "remark"}; a task with "parts" spans one row
                        per part, its 序号, 改革任务, 完成时限, 责任院领导 and 备注 cells merged vertically;
                      - a note row {"note": "注：…"} merged across all columns;
                      - "hidden": column letters hidden on screen and in print (an internal 备注 column).
    "layout"          a plain description of the layout, for the reader of the gold file.

序号 cells are written as text, so 1.1 and 1.10 stay what they print. The output is reproducible: the workbook's
created/modified dates and the zip entries' timestamps are fixed, so a rerun gives the same bytes.
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
OUTLINE_SOURCES = [
    "heilongjiang-2024-renwu-fenjie.json",
]

# Fixed timestamp written into the packages (document properties and zip entries).
FIXED_TIME = datetime(2024, 3, 12, 8, 30, 0)

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
AREA_FILL = PatternFill("solid", fgColor="EDEDED")
LINE_HEIGHT = 15.0  # points per wrapped line at 11 pt

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)


def _height(values: list[str], widths: list[float]) -> float:
    lines = max(_wrapped_lines(value, width) for value, width in zip(values, widths, strict=True))
    return max(lines * LINE_HEIGHT + 6, 22.0)


def _frame(ws, first_row: int, last_row: int, ncols: int) -> None:
    for row in range(first_row, last_row + 1):
        for col in range(1, ncols + 1):
            ws.cell(row=row, column=col).border = BORDER


# ---------------------------------------------------------------------------------------- sheets


def _write_notes_sheet(ws, sheet: dict) -> None:
    width = sheet.get("width", 90)
    ws.column_dimensions["A"].width = width
    for row, line in enumerate(sheet["lines"], start=1):
        text = line["text"]
        cell = ws.cell(row=row, column=1, value=text or None)
        if line.get("style") == "heading":
            cell.font = Font(name="方正小标宋简体", size=16, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = 48
        else:
            cell.font = Font(name="仿宋_GB2312", size=14)
            cell.alignment = Alignment(horizontal=line.get("align", "left"), vertical="center", wrap_text=True)
            ws.row_dimensions[row].height = _height([text], [width]) + 4 if text else 18
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


def _write_header(ws, header: list, row: int) -> None:
    """Two header rows: plain words span both rows, [group, word] entries share a merged group cell."""
    font = Font(name="黑体", size=12, bold=True)
    col = 1
    while col <= len(header):
        entry = header[col - 1]
        letter = get_column_letter(col)
        if isinstance(entry, str):
            ws.cell(row=row, column=col, value=entry)
            ws.merge_cells(f"{letter}{row}:{letter}{row + 1}")
            col += 1
            continue
        group = entry[0]
        last = col
        while last < len(header) and not isinstance(header[last], str) and header[last][0] == group:
            last += 1
        ws.cell(row=row, column=col, value=group)
        if last > col:
            ws.merge_cells(f"{letter}{row}:{get_column_letter(last)}{row}")
        for sub in range(col, last + 1):
            ws.cell(row=row + 1, column=sub, value=header[sub - 1][1])
        col = last + 1
    for r in (row, row + 1):
        for c in range(1, len(header) + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = font
            cell.alignment = CENTER
            cell.fill = HEADER_FILL
            cell.border = BORDER
        ws.row_dimensions[r].height = 22


def _task_parts(task: dict) -> list[dict]:
    return task.get("parts") or [
        {"measures": task["measures"], "lead": task["lead"], "participants": task["participants"]}
    ]


def _write_outline_sheet(ws, sheet: dict) -> None:
    header = sheet["header"]
    ncols = len(header)
    last = get_column_letter(ncols)
    widths = sheet["widths"]
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    for letter in sheet.get("hidden", []):
        ws.column_dimensions[letter].hidden = True

    body = Font(name="仿宋_GB2312", size=11)

    ws.merge_cells(f"A1:{last}1")
    cell = ws.cell(row=1, column=1, value=sheet["title"])
    cell.font = Font(name="方正小标宋简体", size=18, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 42

    ws.merge_cells(f"A2:{last}2")
    cell = ws.cell(row=2, column=1, value=sheet["subtitle"])
    cell.font = Font(name="楷体_GB2312", size=12)
    cell.alignment = Alignment(horizontal="left", vertical="center")
    ws.row_dimensions[2].height = 24

    _write_header(ws, header, 3)
    row = 5

    for entry in sheet["rows"]:
        if "section" in entry:
            ws.cell(row=row, column=1, value=entry["section"]).alignment = CENTER
            ws.cell(row=row, column=2, value=entry["name"]).alignment = Alignment(horizontal="left", vertical="center")
            ws.merge_cells(f"B{row}:{last}{row}")
            for col in range(1, ncols + 1):
                cell = ws.cell(row=row, column=col)
                cell.font = Font(name="黑体", size=12, bold=True)
                cell.fill = AREA_FILL
            _frame(ws, row, row, ncols)
            ws.row_dimensions[row].height = 24
            row += 1
            continue

        if "note" in entry:
            ws.merge_cells(f"A{row}:{last}{row}")
            cell = ws.cell(row=row, column=1, value=entry["note"])
            cell.font = Font(name="仿宋_GB2312", size=10.5)
            cell.alignment = LEFT
            _frame(ws, row, row, ncols)
            visible = sum(w for i, w in enumerate(widths) if get_column_letter(i + 1) not in sheet.get("hidden", []))
            ws.row_dimensions[row].height = _height([entry["note"]], [visible])
            row += 1
            continue

        parts = _task_parts(entry)
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
                entry["leader"] if head else None,
                entry["remark"] if head else None,
            ]
            for col, value in enumerate(values, start=1):
                cell = ws.cell(row=row, column=col)
                if value:
                    cell.value = value
                cell.font = body
                cell.alignment = TOP_LEFT if col == 3 else (LEFT if col == 2 else CENTER)
            _frame(ws, row, row, ncols)
            ws.row_dimensions[row].height = _height([v or "" for v in values], widths)
            row += 1
        if len(parts) > 1:
            for col in (1, 2, 6, 7, 8):  # 序号, 改革任务, 完成时限, 责任院领导, 备注 span the task's rows
                letter = get_column_letter(col)
                ws.merge_cells(f"{letter}{first}:{letter}{row - 1}")

    ws.freeze_panes = "C5"
    ws.print_title_rows = "3:4"
    print_landscape(ws)


# ---------------------------------------------------------------------------------------- package


def write_xlsx(source: dict, out: Path) -> None:
    wb = new_workbook()
    for sheet in source["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        if sheet["kind"] == "notes":
            _write_notes_sheet(ws, sheet)
        elif sheet["kind"] == "outline":
            _write_outline_sheet(ws, sheet)
        else:
            raise ValueError(f"unknown sheet kind {sheet['kind']!r}")
    # Open on the task table, as the file would be handed over.
    save_workbook(wb, out, next(i for i, s in enumerate(source["sheets"]) if s["kind"] == "outline"), FIXED_TIME)


def build(out_dir: Path) -> list[Path]:
    written = []
    for name in OUTLINE_SOURCES:
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
