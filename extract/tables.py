"""Task tables (任务分解表, 任务分工方案, 改革台账): a grid of cells → the tasks it lists.

Whatever holds the grid — a spreadsheet, a CSV file, a table in a Word file — its cells arrive as text with merged
cells filled in (a title merged across the columns fills every cell of its row). The table is recognised by its
header row, whose column words are data (ontology/lexicon/table_columns.tsv and ledger_fields.tsv); above it sit
the title rows, below it one task per row (a task may span rows merged in its number and task cells), category
rows (一、…) that group the tasks, and note rows (注：…) that are not tasks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reformkg.extract import ledger as ledgers
from reformkg.extract.normalise import normalise_line
from reformkg.extract.outline import PART, SECTION, SUBSECTION, marker_of
from reformkg.extract.records import Ledger
from reformkg.extract.script import is_cjk
from reformkg.ontology import read_table

# A line of the read text where a task table stands (a private-use character, never in a document's text).
TABLE_MARK = "\ue000table:"
NUMBER, TASK, MEASURES, CATEGORY, REFERENCE = "number", "task", "measures", "category", "reference"
_NOTE = re.compile(r"^(?:注|备注|说明)[：:]")
_DOCUMENT_WORDS = re.compile(r"(?:要点|方案|清单|分解表|台账|任务表|计划|安排|意见|一览表)")


@dataclass(frozen=True)
class TaskRow:
    category: str | None  # the text of a category row; None for a task
    number: str | None = None
    task: str = ""
    measures: tuple[str, ...] = ()
    ledger: Ledger = field(default_factory=Ledger)
    ledger_text: str = ""  # the ledger cells as a ledger line, with their columns' headers: 牵头单位：…；完成时限：…
    reference: str | None = None  # the plan's work point the row lays out, as written (一、1)

    @property
    def text(self) -> str:
        """The task, then its measures, each on a line of its own."""
        return "\n".join(part for part in (self.task, *self.measures) if part)


@dataclass(frozen=True)
class TaskTable:
    title: str | None
    before: tuple[str, ...]  # rows above the header that are not the title (a number, a date, a heading)
    rows: tuple[TaskRow, ...]
    notes: tuple[str, ...]

    def lines(self, index: int) -> list[str]:
        """The table in the read text: its title and the rows above the header, its mark, its notes."""
        head = [self.title] if self.title else []
        return [*head, *self.before, f"{TABLE_MARK}{index}", *self.notes]


@cache
def column_words() -> dict[str, str]:
    """Header word → column role, longest words first."""
    words = {r["word"]: r["role"] for r in read_table("table_columns.tsv")}
    words.update(ledgers.field_words())
    return dict(sorted(words.items(), key=lambda item: -len(item[0])))


def column_role(cell: str) -> str | None:
    text = re.sub(r"\s+", "", cell)
    if not text or len(text) > 12:
        return None
    for word, role in column_words().items():
        if word in text:
            return role
    return None


def grid_lines(grid: list[list[str]], tables: list[TaskTable]) -> list[str]:
    """A table's place in the read text: a task table is added to `tables` and stands as its lines (title, mark,
    notes); any other table is read row by row, each row's distinct cells as a line."""
    found = task_table(grid)
    if found is None:
        return [row_text(row) for row in grid]
    tables.append(found)
    return found.lines(len(tables) - 1)


def row_text(row: list[str]) -> str:
    """A row of a table that is no task table, as a line: its distinct cells (a merged cell repeats its text), a
    comma between two where the first does not end with punctuation — a cell's end is a clause's, and the spaces
    the normalised text loses would run two names into one (二审案件独任制试点|西宁市中级人民法院) — and a row of
    several cells ends as a clause does, so that the next row is not read as its continuation. A cell that opens
    with an outline's number starts a line of its own: a table that lays out a plan (一、深化… | 1.全面落实…)."""
    cells = list(dict.fromkeys(cell.strip() for cell in row if cell.strip()))
    line = ""
    for cell in cells:
        if line and marker_of(cell) is not None:
            line += "\n" + cell
            continue
        line += ("，" if line and not _PUNCTUATED.search(line) else "") + cell
    return line + "；" if len(cells) > 1 and not _PUNCTUATED.search(line) else line


_PUNCTUATED = re.compile(r"[。；：，、！？;:,.．!?]$")


def task_table(grid: list[list[str]]) -> TaskTable | None:
    """The tasks of a grid of cell texts, or None when the grid is no task table (no header row naming a task or
    measures column and at least one other known column)."""
    grid = [[normalise_cell(cell) for cell in row] for row in grid]
    header_at, roles = _header(grid)
    if header_at is None:
        return None
    header_end, roles = _second_header_row(grid, header_at, roles)
    headers = {role: _header_word(grid, header_at, header_end, column) for column, role in roles.items()}
    title, before = _title(grid[:header_at])
    rows: list[TaskRow] = []
    notes: list[str] = []
    previous_key: tuple[str, str] | None = None
    for cells in grid[header_end + 1 :]:
        values = {role: cells[i] for i, role in roles.items() if i < len(cells) and cells[i]}
        single = _single_value(cells)
        if single is not None and _NOTE.match(single):
            notes.append(single)
            continue
        if single is not None and _is_category(single, values):
            rows.append(TaskRow(category=_one_line(single)))
            previous_key = None
            continue
        numbered = _numbered_category(values)
        if numbered is not None:
            rows.append(TaskRow(category=numbered))
            previous_key = None
            continue
        if CATEGORY in values:
            values[CATEGORY] = _one_line(values[CATEGORY])
            if not rows or _last_category(rows) != values[CATEGORY]:
                rows.append(TaskRow(category=values[CATEGORY]))
        if not any(map(is_cjk, values.get(TASK, "") + values.get(MEASURES, ""))):
            continue  # no task: a row of counts (a summary sheet's 牵头举措（条） | 3) or of numbers alone
        if _NOTE.match(values.get(NUMBER, "") or values.get(TASK, "")):
            notes.append(" ".join(dict.fromkeys(cell for cell in cells if cell)))
            continue
        key = (values.get(NUMBER, ""), values.get(TASK, ""))
        row = _task_row(values, headers)
        if rows and rows[-1].category is None and (key == previous_key or not (key[0] or key[1])):
            rows[-1] = _continued(rows[-1], row)  # the same task, merged over several rows
        else:
            rows.append(row)
        previous_key = key
    if not any(row.category is None for row in rows):
        return None
    heading = before[-1] if before else None
    if heading is not None and rows[0].category is None and is_heading(heading):
        # an area's heading above the header (一、深化司法责任制综合配套改革 over one area's sheet or table):
        # the category of the tasks below it
        rows.insert(0, TaskRow(category=heading))
        before = before[:-1]
    return TaskTable(title, tuple(before), tuple(rows), tuple(notes))


def normalise_cell(value: object) -> str:
    """A cell's text, each of its lines normalised (widths, quotes, spaces), lines kept."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    lines = [normalise_line(line) for line in str(value).splitlines()]
    return "\n".join(line for line in lines if line)


def _header(grid: list[list[str]]) -> tuple[int | None, dict[int, str]]:
    for index, cells in enumerate(grid[:30]):
        roles: dict[int, str] = {}
        for column, cell in enumerate(cells):
            role = column_role(cell)
            if role == ledgers.LEAD and role in roles.values() and ledgers.PARTICIPANTS not in roles.values():
                role = ledgers.PARTICIPANTS  # 牵头单位 | 责任单位: the units answerable beside the lead take part
            if role is not None and role not in roles.values():
                roles[column] = role
        if len(roles) >= 2 and ({TASK, MEASURES} & set(roles.values())):
            if TASK not in roles.values():  # the only text column is the task itself
                roles = {c: (TASK if r == MEASURES else r) for c, r in roles.items()}
            return index, roles
    return None, {}


def _second_header_row(grid: list[list[str]], header_at: int, roles: dict[int, str]) -> tuple[int, dict[int, str]]:
    """A header of two rows (责任分工 over 牵头部门 | 配合部门): the row under the header names columns the header
    row left unnamed, and holds nothing but column names and the header's own cells merged down into it. Returns
    where the header ends and the roles of both rows."""
    if header_at + 1 >= len(grid):
        return header_at, roles
    above, below = grid[header_at], grid[header_at + 1]
    found: dict[int, str] = {}
    for column, cell in enumerate(below):
        if not cell or (column < len(above) and cell == above[column]):
            continue  # empty, or a header cell merged down over both rows
        role = column_role(cell)
        if role is None:
            return header_at, roles  # a word that names no column: the first row of the table's body
        found[column] = role
    taken = set(roles.values())
    added = {column: role for column, role in found.items() if column not in roles and role not in taken}
    return (header_at + 1, roles | added) if added else (header_at, roles)


def _header_word(grid: list[list[str]], header_at: int, header_end: int, column: int) -> str:
    """The words that head a column: the lowest header row's, where the header has two."""
    for row in range(header_end, header_at - 1, -1):
        if column < len(grid[row]) and grid[row][column]:
            return grid[row][column]
    return ""


def _numbered_category(values: dict[str, str]) -> str | None:
    """A category row with its own number (1 | 深化司法责任制改革, merged across the rest of the row), as a
    heading: 1、深化司法责任制改革. Its tasks are numbered under it (1.1, 1.2)."""
    number = values.get(NUMBER, "").rstrip(".、．")
    texts = [text for role, text in values.items() if role != NUMBER]
    if not number.isdigit() or len(texts) < 2 or len(set(texts)) != 1:
        return None  # a task whose one text cell is filled is a task, not a heading merged across the row
    text = texts[0]
    return f"{number}、{text}" if _is_category(text, {}) else None


def _title(rows: list[list[str]]) -> tuple[str | None, list[str]]:
    lines = [" ".join(dict.fromkeys(cell for cell in cells if cell)) for cells in rows]
    lines = [line for line in lines if line]
    title = next((line for line in lines if _DOCUMENT_WORDS.search(line) and len(line) <= 80), None)
    return title, [line for line in lines if line != title]


def _single_value(cells: list[str]) -> str | None:
    """The text of a row that holds one value (alone, or merged across the row)."""
    values = {cell for cell in cells if cell}
    return values.pop() if len(values) == 1 else None


def _is_category(text: str, values: dict[str, str]) -> bool:
    marker = marker_of(text)
    if marker is not None:
        return marker.rank <= SUBSECTION
    # a heading merged across the row, not a task whose other cells happen to be empty
    return _reads_as_heading(text) and len(values) != 1


def is_heading(text: str, ranks: tuple[int, ...] = (PART, SECTION)) -> bool:
    """Is the text a top-level heading (一、深化司法责任制综合配套改革, 第一部分 …) of one of `ranks`?"""
    marker = marker_of(text)
    return marker is not None and marker.rank in ranks and _reads_as_heading(text)


def _unwrapped(text: str) -> str:
    """A cell's text without the breaks typed inside a phrase (健全成渝地区双城经济圈\n司法协作机制): a break stays
    after punctuation and before a numbered point."""
    lines = text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        if _PUNCTUATED.search(out[-1]) or marker_of(line) is not None:
            out.append(line)
        else:
            out[-1] += line
    return "\n".join(out)


def _one_line(heading: str) -> str:
    """A heading that its cell wraps over lines (深化审判权力\n运行机制改革), as one line."""
    joined = heading.replace("\n", "")
    return joined if _reads_as_heading(joined) else heading


def _reads_as_heading(text: str) -> bool:
    """Short, and no sentence: a heading, not a paragraph."""
    return len(text) <= 40 and not re.search("[。；]", text)


def _last_category(rows: list[TaskRow]) -> str | None:
    return next((row.category for row in reversed(rows) if row.category is not None), None)


def _task_row(values: dict[str, str], headers: dict[str, str]) -> TaskRow:
    number = values.get(NUMBER, "").rstrip(".、．") or None
    task = _unwrapped(values.get(TASK, "").strip())
    marker = marker_of(task) if number is None else None
    if marker is not None and marker.rank > SUBSECTION:  # no number column: the task cell opens with its number
        number, task = marker.numeral, task[len(marker.printed) :].strip()
    measures = _unwrapped(values.get(MEASURES, "").strip())
    fields = (ledgers.LEAD, ledgers.PARTICIPANTS, ledgers.DEADLINE)
    ledger_text = "；".join(f"{headers[f]}：{values[f]}" for f in fields if values.get(f) and f in headers)
    reference = values.get(REFERENCE) or None
    return TaskRow(None, number, task, (measures,) if measures else (), _ledger(values), ledger_text, reference)


def _ledger(values: dict[str, str]) -> Ledger:
    lead_cell = values.get(ledgers.LEAD, "")
    lead, participants = ledgers.lead_and_participants(
        "" if ledgers.has_fields(lead_cell) else lead_cell, values.get(ledgers.PARTICIPANTS, "")
    )
    ledger = Ledger(
        lead=lead, participants=participants, deadline=values.get(ledgers.DEADLINE, "").strip().rstrip("。；") or None
    )
    # one 责任部门 cell naming its fields (牵头：审管办 / 配合：政治部、研究室) holds the lead and the participants
    return ledgers.merge(ledgers.parse_fields(lead_cell), ledger) if ledgers.has_fields(lead_cell) else ledger


def _continued(row: TaskRow, following: TaskRow) -> TaskRow:
    """A task's next row: its measures add to the task's text, its units to the ledger."""
    measures = row.measures + tuple(m for m in following.measures if m not in row.measures)
    ledger_text = row.ledger_text
    if following.ledger_text and following.ledger_text != row.ledger_text:
        ledger_text = "\n".join(part for part in (row.ledger_text, following.ledger_text) if part)
    return TaskRow(None, row.number, row.task, measures, ledgers.merge(row.ledger, following.ledger), ledger_text)
