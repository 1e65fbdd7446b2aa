"""Spreadsheets: task tables in .xlsx (openpyxl), .xls (Excel 97–2003, xlrd) and .csv (any common Chinese encoding).

Every sheet is read in order; a sheet whose header row names task columns is a task table, any other sheet's
rows are text (a 说明 sheet with the document number and date, say).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from reformkg.extract.outline import marker_of
from reformkg.extract.reading import DocumentError, RawText, check_unpacked, checked, decode
from reformkg.extract.tables import TaskRow, TaskTable, normalise_cell, row_text, task_table

_DEFAULT_SHEET = re.compile(r"^(?:sheet|工作表)\s*\d*$", re.IGNORECASE)  # names Excel gives, which name nothing


def read_xlsx(path: Path, data: bytes) -> RawText:
    import openpyxl

    try:
        check_unpacked(path, data, "xl/", "sheets")
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(path, f"is not a readable Excel workbook ({error})") from error
    grids = []
    for sheet in book.worksheets:
        grid = [list(row) for row in sheet.iter_rows(values_only=True)]
        merged = [(m.min_row - 1, m.max_row, m.min_col - 1, m.max_col) for m in sheet.merged_cells.ranges]
        grids.append((sheet.title, _filled(grid, merged)))
    return _from_grids(path, grids, "xlsx")


def read_xls(path: Path, data: bytes) -> RawText:
    import xlrd

    try:
        # xlrd reports what it skips on its log (stdout by default), and raises whatever its parsing meets in a
        # damaged file (struct.error, IndexError, AssertionError …), not only its own errors
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
        grids = []
        for sheet in book.sheets():
            grid = [[_xls_value(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)]
            grids.append((sheet.name, _filled(grid, list(sheet.merged_cells))))  # (first row, row after, column …)
    except Exception as error:
        message = "is an encrypted Excel file that needs a password; save a copy without one"
        if "encrypt" not in str(error).lower():
            message = f"is not a readable Excel 97–2003 (.xls) workbook ({str(error)[:200]})"
        raise DocumentError(path, message) from error
    return _from_grids(path, grids, "xls")


def _xls_value(cell: Any, datemode: int) -> object:
    """A cell's value as openpyxl would give it: dates as dates, whole numbers as numbers, errors as nothing."""
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate_as_datetime(cell.value, datemode).date()
        except (ValueError, OverflowError):
            return cell.value
    if cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return None
    return cell.value


def _filled(grid: list[list[object]], merged: list[tuple[int, int, int, int]]) -> list[list[str]]:
    """The grid's cell texts, each merged area ((first row, row after, first column, column after)) filled with
    the value of its first cell, the way the sheet shows it."""
    for top, below, left, right in merged:
        value = grid[top][left] if top < len(grid) and left < len(grid[top]) else None
        for r in range(top, min(below, len(grid))):
            for c in range(left, right):
                while len(grid[r]) <= c:
                    grid[r].append(None)
                grid[r][c] = value
    return [[normalise_cell(cell) for cell in row] for row in grid]


def read_csv(path: Path, data: bytes) -> RawText:
    text, encoding = decode(path, data)
    try:
        grid = [[normalise_cell(cell) for cell in row] for row in csv.reader(io.StringIO(text))]
    except csv.Error as error:
        raise DocumentError(path, f"is not a readable CSV file ({error})") from error
    return _from_grids(path, [(None, grid)], f"csv ({encoding})")


_LEAST_POINTS = 3  # numbered rows that make a sheet without a task table a plan pasted into it


def _from_grids(path: Path, grids: list[tuple[str | None, list[list[str]]]], encoding: str) -> RawText:
    """The sheets' text and task tables. Where a workbook keeps each category's tasks on a sheet of their own,
    named after the category, and the sheet repeats no category row, its name is its category."""
    lines: list[str] = []
    tables: list[TaskTable] = []
    found = [(name, grid, task_table(grid)) for name, grid in grids]
    categories_by_sheet = sum(table is not None for _, _, table in found) > 1
    for name, grid, table in found:
        if table is None:
            lines += [row_text(row) for row in grid]
            continue
        if categories_by_sheet and name and not _DEFAULT_SHEET.match(name) and table.rows[0].category is None:
            table = dataclasses.replace(table, rows=(TaskRow(category=normalise_cell(name)), *table.rows))
        lines += table.lines(len(tables))
        tables.append(table)
    if not tables and sum(marker_of(line) is not None for line in lines) < _LEAST_POINTS:
        raise DocumentError(
            path,
            "holds no task table (no header row with columns such as 序号, 工作任务, 牵头单位, 完成时限) and no "
            "numbered plan",
        )
    # without a task table, a plan pasted into the cells a paragraph a row: its rows are its lines
    content = "\n".join(lines + [row.text for table in tables for row in table.rows])
    checked(path, content, encoding)
    return RawText(str(path), "\n".join(lines), encoding, tuple(tables))
