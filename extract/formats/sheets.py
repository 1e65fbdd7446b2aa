"""Spreadsheets: task tables in .xlsx (openpyxl) and .csv (any common Chinese encoding).

Every sheet is read in order; a sheet whose header row names task columns is a task table, any other sheet's
rows are text (a 说明 sheet with the document number and date, say).
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from reformkg.extract.reading import DocumentError, RawText, check_unpacked, checked, decode
from reformkg.extract.tables import TaskTable, normalise_cell, task_table


def read_xlsx(path: Path, data: bytes) -> RawText:
    import openpyxl

    try:
        check_unpacked(path, data, "xl/", "sheets")
        book = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(path, f"is not a readable Excel workbook ({error})") from error
    grids = []
    for sheet in book.worksheets:
        grid = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
        for merged in sheet.merged_cells.ranges:  # a merged cell's value fills its whole area
            value = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else None
            for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                for c in range(merged.min_col - 1, merged.max_col):
                    while len(grid[r]) <= c:
                        grid[r].append(None)
                    grid[r][c] = value
        grids.append([[normalise_cell(cell) for cell in row] for row in grid])
    return _from_grids(path, grids, "xlsx")


def read_csv(path: Path, data: bytes) -> RawText:
    text, encoding = decode(path, data)
    try:
        grid = [[normalise_cell(cell) for cell in row] for row in csv.reader(io.StringIO(text))]
    except csv.Error as error:
        raise DocumentError(path, f"is not a readable CSV file ({error})") from error
    return _from_grids(path, [grid], f"csv ({encoding})")


def _from_grids(path: Path, grids: list[list[list[str]]], encoding: str) -> RawText:
    lines: list[str] = []
    tables: list[TaskTable] = []
    for grid in grids:
        table = task_table(grid)
        if table is None:
            lines += [" ".join(dict.fromkeys(cell for cell in row if cell)) for row in grid]
        else:
            lines += table.lines(len(tables))
            tables.append(table)
    if not tables:
        raise DocumentError(
            path, "holds no task table (no header row with columns such as 序号, 工作任务, 牵头单位, 完成时限)"
        )
    content = "\n".join(lines + [row.text for table in tables for row in table.rows])
    checked(path, content, encoding)
    return RawText(str(path), "\n".join(lines), encoding, tuple(tables))
