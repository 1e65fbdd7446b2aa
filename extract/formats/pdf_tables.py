"""Ruled tables on a PDF page: the grid its rules draw, and the characters inside each cell.

A task table (任务分工方案, 任务分解表) printed to PDF is text placed inside drawn lines; read as lines of text, a
row's cells run into each other. Its rules are thin path objects: a rule is drawn at most RULE_THICKNESS thick,
where shading and other shapes are areas. Rules that touch make one table; the distinct positions of its
vertical and horizontal rules are the boundaries of its columns and rows, and where a boundary is not drawn
across a cell, the cells on either side are one merged cell (a category row spanning the table, a task over two
rows). Each character belongs to the cell its centre lies in; a cell's lines join as the layout wrapped them,
except where a line opens a numbered point (1. 2、 （1） ①), which starts a line of its own as in a Word cell.

Tables ruled across only — a 三线表 (a rule above and under the header and one closing the table), or rules
between the rows too but none down the columns — are found by their stack of rules of one extent: the rules give
the rows (or, with none between the rows, the lines whose first column holds text open them). Between two of the
header's words, a column's boundary is where the rows below are least inked: white down every row of more than
one stretch of text, or crossed by one such row in eight at most (see _open_columns). A row whose line of text
runs across a boundary (a category row) is one merged cell. Such a stack is a table where its first row names
task columns, or where it has three rows or more. Tables with no rules at all (columns aligned by spaces) are not found
and read as lines.

A table that goes on over the next page is one table: the header row it repeats is kept once, and a row that the
page break cut — its first cell empty on the new page, a cell of sentences above it stopping short of a sentence's
end — is joined to its first part, with the rows merged with it across the break.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reformkg.extract.normalise import normalise_line
from reformkg.extract.outline import marker_of
from reformkg.extract.tables import task_table

RULE_THICKNESS = 3.0  # points
SNAP = 2.5  # points: rule positions this close are one boundary, rules this close touch
MIN_RULE_LENGTH = 5.0
CUT_CELL = 12  # characters: a cell this long holds sentences, not a name
SENTENCE_ENDS = ("。", "；", "！", "？", ";")
COLUMN_GAP = 4.0  # points of white down every row between two columns of a table ruled across only


@dataclass(frozen=True)
class Character:
    text: str
    left: float
    right: float
    top: float  # from the top of the page
    bottom: float

    @property
    def middle(self) -> tuple[float, float]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2


@dataclass(frozen=True)
class Rule:
    horizontal: bool
    at: float  # y of a horizontal rule, x of a vertical one (from the top left of the page)
    start: float
    end: float


@dataclass
class PageTable:
    """A ruled table on one page: where it stands and its cells' texts, row by row (a merged cell's text in every
    position it covers, as spreadsheets are read)."""

    left: float
    top: float
    right: float
    bottom: float
    grid: list[list[str]] = field(default_factory=list)

    def holds(self, character: Character) -> bool:
        x, y = character.middle
        return self.left <= x <= self.right and self.top <= y <= self.bottom


Box = tuple[float, float, float, float]


def shown_box(page: Any) -> Callable[[Box], Box]:
    """A box of the page's own space (left, bottom, right, top, from its bottom left, as PDFium gives boxes) as
    the page is shown: (left, top, right, bottom) from the top left of the page turned by its /Rotate. A task
    table's landscape pages are often portrait pages turned a quarter, their text drawn up the page."""
    rotation = page.get_rotation()
    width, height = page.get_width(), page.get_height()  # as shown
    if rotation == 90:  # turned clockwise: the page's left edge is shown at the top
        return lambda box: (box[1], box[0], box[3], box[2])
    if rotation == 180:
        return lambda box: (width - box[2], box[1], width - box[0], box[3])
    if rotation == 270:
        return lambda box: (width - box[3], height - box[2], width - box[1], height - box[0])
    return lambda box: (box[0], height - box[3], box[2], height - box[1])


def page_rules(page: Any) -> list[Rule]:
    """The page's thin drawn lines, in coordinates from its top left as the page is shown."""
    import pypdfium2.raw as pdfium_c

    shown = shown_box(page)
    rules = []
    for drawn in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, top, right, bottom = shown(drawn.get_bounds())
        width, tall = right - left, bottom - top
        if tall <= RULE_THICKNESS and width >= MIN_RULE_LENGTH:
            rules.append(Rule(True, (top + bottom) / 2, left, right))
        elif width <= RULE_THICKNESS and tall >= MIN_RULE_LENGTH:
            rules.append(Rule(False, (left + right) / 2, top, bottom))
    return rules


def ruled_tables(rules: list[Rule], characters: list[Character]) -> list[PageTable]:
    """The tables that the rules draw (at least two columns and two rows), top to bottom, with their text."""
    tables = []
    for group in _touching(rules):
        if all(rule.horizontal for rule in group) or not any(rule.horizontal for rule in group):
            continue
        across = [rule for rule in group if rule.horizontal]
        down = [rule for rule in group if not rule.horizontal]
        # where the rules across end is an edge too: some tables draw no rule down their outer sides
        columns = _positions([rule.at for rule in down] + [min(r.start for r in across), max(r.end for r in across)])
        rows = _positions([rule.at for rule in across] + [min(r.start for r in down), max(r.end for r in down)])
        if len(columns) < 3 or len(rows) < 3:
            continue
        table = PageTable(columns[0], rows[0], columns[-1], rows[-1])
        table.grid = _cells(group, columns, rows, [c for c in characters if table.holds(c)])
        tables.append(table)
    return sorted(tables, key=lambda table: table.top)


def open_tables(rules: list[Rule], characters: list[Character], ruled: list[PageTable]) -> list[PageTable]:
    """The tables ruled across only (see the module's docstring), outside the ruled tables `ruled`."""
    free = [
        rule for rule in rules if rule.horizontal and not any(t.top - SNAP <= rule.at <= t.bottom + SNAP for t in ruled)
    ]
    tables = []
    for stack in _stacks(free):
        rows = _positions([rule.at for rule in stack])
        left, right = min(rule.start for rule in stack), max(rule.end for rule in stack)
        table = PageTable(left, rows[0], right, rows[-1])
        inside = [c for c in characters if table.holds(c)]
        columns = _open_columns(left, right, rows, inside)
        if len(rows) < 3 or len(columns) < 3:
            continue
        if len(rows) == 3:  # a 三线表: the rows of its body open where its first column holds text
            rows = rows[:2] + _first_column_rows(rows[1], rows[2], columns[1], inside) + rows[2:]
        table.grid = _open_cells(columns, rows, inside)
        if task_table(table.grid) is not None or len(rows) > 3:
            tables.append(table)
    return tables


def _stacks(rules: list[Rule]) -> list[list[Rule]]:
    """Horizontal rules of one extent (their ends within 2 × SNAP), top to bottom; only stacks of three or more."""
    stacks: list[list[Rule]] = []
    for rule in sorted(rules, key=lambda r: r.at):
        for stack in stacks:
            if abs(stack[0].start - rule.start) <= 2 * SNAP and abs(stack[0].end - rule.end) <= 2 * SNAP:
                stack.append(rule)
                break
        else:
            stacks.append([rule])
    return [stack for stack in stacks if len(_positions([rule.at for rule in stack])) >= 3]


def _runs(characters: list[Character]) -> list[tuple[float, float]]:
    """The stretches of ink along each line of these characters: characters closer than COLUMN_GAP are one."""
    runs: list[tuple[float, float]] = []
    for line in _lines(characters):
        start, end = line[0].left, line[0].right
        for character in line[1:]:
            if character.left - end >= COLUMN_GAP:
                runs.append((start, end))
                start = character.left
            end = max(end, character.right)
        runs.append((start, end))
    return runs


def _open_columns(left: float, right: float, rows: list[float], characters: list[Character]) -> list[float]:
    """Column boundaries of a table ruled across only. The header row's words stand over the columns: between
    two of them, the boundary is where the rows below are least inked — white in every row with more than one
    stretch of ink, or crossed by one such row in eight at most (a line's closing 。 overhanging, a long unit's
    name filling its cell) — at the middle of its least inked part. Rows of one stretch (a category row) say
    nothing of the columns. Without a header of several words, the white strips of the rows give the columns."""
    bands = [[c for c in characters if top <= c.middle[1] < bottom] for top, bottom in itertools.pairwise(rows)]
    inked_rows = [runs for band in bands[1:] if len(runs := _runs(band)) > 1]
    header = sorted(_runs(bands[0])) if bands else []
    if not inked_rows:
        return []
    step = 0.5
    counts = [0] * (int((right - left) / step) + 1)
    for runs in inked_rows:
        covered: set[int] = set()
        for start, end in runs:
            covered.update(range(max(int((start - left) / step), 0), min(int((end - left) / step) + 1, len(counts))))
        for b in covered:
            counts[b] += 1
    tolerance = max(1, len(inked_rows) // 8)
    if len(header) > 1:
        gaps = [(int((a[1] - left) / step) + 1, int((b[0] - left) / step)) for a, b in itertools.pairwise(header)]
    else:
        inked = [b for b, count in enumerate(counts) if count > tolerance]
        gaps = [(a + 1, b) for a, b in itertools.pairwise(inked) if b - a > 1] if inked else []
    boundaries = [left]
    for first, last in gaps:
        if last <= first:
            continue
        least = min(counts[first:last])
        lowest = [b for b in range(first, last) if counts[b] == least]
        if least <= tolerance and (len(header) > 1 or (lowest[-1] - lowest[0] + 1) * step >= COLUMN_GAP):
            boundaries.append(left + (lowest[0] + lowest[-1] + 1) / 2 * step)
    return [*boundaries, right]


def _first_column_rows(top: float, bottom: float, split: float, characters: list[Character]) -> list[float]:
    """Where the rows of a body without rules between them open: above each line, but the first, whose first
    column holds text."""
    body = [c for c in characters if top <= c.middle[1] < bottom]
    opens = [min(c.top for c in line) for line in _lines(body) if any(c.middle[0] < split for c in line)]
    return [at - 0.5 for at in opens[1:]]


def _open_cells(columns: list[float], rows: list[float], characters: list[Character]) -> list[list[str]]:
    """A table ruled across only, as a grid: cells by position, a row's cells merged where a line of text runs on
    across the white between them; a row of one such cell fills the row."""
    grid = []
    for top, bottom in itertools.pairwise(rows):
        inside = [c for c in characters if top <= c.middle[1] < bottom]
        cells: dict[int, list[Character]] = {}
        for character in inside:
            column = _index(columns, character.middle[0])
            if column is not None:
                cells.setdefault(column, []).append(character)
        merged = _Merges(len(columns) - 1)
        for line in _lines(inside):
            for before, after in itertools.pairwise(line):
                first, second = _index(columns, before.middle[0]), _index(columns, after.middle[0])
                if (
                    first is not None
                    and second is not None
                    and first != second
                    and after.left - before.right < COLUMN_GAP
                ):
                    for column in range(first, second):
                        merged.join(column, column + 1)
        spans: dict[int, list[Character]] = {}
        for column, found in cells.items():
            spans.setdefault(merged.root(column), []).extend(found)
        texts = {root: _text(found) for root, found in spans.items()}
        if len(texts) == 1:  # one stretch of text, a category row: it spans the table, as a merged cell would
            grid.append([*texts.values()] * (len(columns) - 1))
            continue
        grid.append([texts.get(merged.root(column), "") for column in range(len(columns) - 1)])
    return grid


def _lines(characters: list[Character]) -> list[list[Character]]:
    """Characters in lines by their height on the page, each line left to right."""
    lines: list[list[Character]] = []
    for character in sorted(characters, key=lambda c: (c.middle[1], c.left)):
        if lines:
            last = lines[-1][-1]
            if abs(character.middle[1] - last.middle[1]) < 0.5 * max(last.bottom - last.top, 1.0):
                lines[-1].append(character)
                continue
        lines.append([character])
    return [sorted(line, key=lambda c: c.left) for line in lines]


def _touching(rules: list[Rule]) -> list[list[Rule]]:
    """The rules in groups that touch one another (union–find over crossing or meeting rules)."""
    groups = _Merges(len(rules))
    horizontal = [i for i, rule in enumerate(rules) if rule.horizontal]
    vertical = [i for i, rule in enumerate(rules) if not rule.horizontal]
    for h in horizontal:
        for v in vertical:
            across, down = rules[h], rules[v]
            if (
                across.start - SNAP <= down.at <= across.end + SNAP
                and down.start - SNAP <= across.at <= down.end + SNAP
            ):
                groups.join(h, v)
    found: dict[int, list[Rule]] = {}
    for i, rule in enumerate(rules):
        found.setdefault(groups.root(i), []).append(rule)
    return list(found.values())


def _positions(values: list[float]) -> list[float]:
    """Distinct positions, those within SNAP of the previous one taken as the same."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _drawn(rules: list[Rule], horizontal: bool, at: float, across: float) -> bool:
    """Whether a rule of that direction is drawn at `at` through the point `across` along it."""
    return any(
        rule.horizontal == horizontal and abs(rule.at - at) <= SNAP and rule.start - SNAP <= across <= rule.end + SNAP
        for rule in rules
    )


def _cells(rules: list[Rule], columns: list[float], rows: list[float], characters: list[Character]) -> list[list[str]]:
    """The grid's texts: positions joined into merged cells where no rule parts them, each cell's characters
    read as its lines."""
    count_rows, count_columns = len(rows) - 1, len(columns) - 1
    merged = _Merges(count_rows * count_columns)
    for r in range(count_rows):
        middle_y = (rows[r] + rows[r + 1]) / 2
        for c in range(count_columns):
            middle_x = (columns[c] + columns[c + 1]) / 2
            here = r * count_columns + c
            if c + 1 < count_columns and not _drawn(rules, False, columns[c + 1], middle_y):
                merged.join(here, here + 1)
            if r + 1 < count_rows and not _drawn(rules, True, rows[r + 1], middle_x):
                merged.join(here, here + count_columns)
    inside: dict[int, list[Character]] = {}
    for character in characters:
        x, y = character.middle
        row, column = _index(rows, y), _index(columns, x)
        if row is not None and column is not None:
            inside.setdefault(merged.root(row * count_columns + column), []).append(character)
    texts = {cell: _text(found) for cell, found in inside.items()}
    return [
        [texts.get(merged.root(r * count_columns + c), "") for c in range(count_columns)] for r in range(count_rows)
    ]


class _Merges:
    """Union–find over positions; each set is named by its first position (top left of a merged cell)."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

    def root(self, i: int) -> int:
        while self._parent[i] != i:
            self._parent[i] = self._parent[self._parent[i]]
            i = self._parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        first, second = sorted((self.root(a), self.root(b)))
        self._parent[second] = first


def _index(bounds: list[float], value: float) -> int | None:
    for i in range(len(bounds) - 1):
        if bounds[i] <= value < bounds[i + 1]:
            return i
    return None


def _text(characters: list[Character]) -> str:
    """A cell's characters as its text: lines by their height on the page, each read left to right; wrapped
    lines joined, a line that opens a numbered point kept apart."""
    out: list[str] = []
    for line in _lines(characters):
        text = "".join(c.text for c in line).strip()
        if out and marker_of(normalise_line(text)) is None:
            out[-1] += text
        else:
            out.append(text)
    return "\n".join(out)


# -- tables over several pages ---------------------------------------------------------------------------


def join_pages(table: list[list[str]], grid: list[list[str]]) -> None:
    """Add the next page's part of a table to it: without the header rows it repeats, and with the rest of a row that
    the page break cut (an empty first cell, and a cell of sentences in the row above cut short of a sentence's
    end) joined to that row."""
    header = table[:3]
    repeated = next((i for i, row in enumerate(grid) if row not in header), len(grid))  # a header of two rows too
    rows = grid[repeated:]
    if rows and _cut_row(table[-1], rows[0]):
        cut = rows.pop(0)
        table[-1] = [_joined_cell(above, below) for above, below in zip(table[-1], cut, strict=True)]
        for row in rows:  # rows below that share merged cells with the cut row (the same text) are of its task
            if not any(cell and cell == part for cell, part in zip(row, cut, strict=True)):
                break
            row[:] = [whole if cell == part else cell for cell, part, whole in zip(row, cut, table[-1], strict=True)]
    table += rows


def _cut_row(above: list[str], below: list[str]) -> bool:
    return (
        len(above) == len(below)
        and not below[0]
        and bool(above[0])
        and len(set(below)) > 1  # not a row spanning the table
        and any(
            _prose(a) and b and not a.endswith(SENTENCE_ENDS) and marker_of(normalise_line(b)) is None
            for a, b in zip(above, below, strict=True)
        )
    )


def _prose(cell: str) -> bool:
    """A cell of sentences rather than of names (a unit, a deadline): long, with a comma, or opening a point."""
    return len(cell) >= CUT_CELL or "，" in cell or marker_of(normalise_line(cell)) is not None


def _joined_cell(above: str, below: str) -> str:
    if not above or not below:
        return above or below
    if above.endswith(SENTENCE_ENDS) or marker_of(normalise_line(below)) is not None:
        return f"{above}\n{below}"
    return above + below


def goes_on(table: list[list[str]], grid: list[list[str]]) -> bool:
    """Whether a table on the next page, with nothing between them, goes on with `table`: as many columns."""
    return bool(table and grid) and len(table[0]) == len(grid[0])
