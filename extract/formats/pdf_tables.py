"""Ruled tables on a PDF page: the grid its rules draw, and the characters inside each cell.

A task table (任务分工方案, 任务分解表) printed to PDF is text placed inside drawn lines; read as lines of text, a
row's cells run into each other. Its rules are thin path objects: a rule is drawn at most RULE_THICKNESS thick,
where shading and other shapes are areas. Rules that touch make one table; the distinct positions of its
vertical and horizontal rules are the boundaries of its columns and rows, and where a boundary is not drawn
across a cell, the cells on either side are one merged cell (a category row spanning the table, a task over two
rows). Each character belongs to the cell its centre lies in; a cell's lines join as the layout wrapped them,
except where a line opens a numbered point (1. 2、 （1） ①), which starts a line of its own as in a Word cell.
Tables with no rules (columns aligned by spaces) are not found and read as lines.

A table that goes on over the next page is one table: the header row it repeats is kept once, and a row that the
page break cut — its first cell empty on the new page, a cell of sentences above it stopping short of a sentence's
end — is joined to its first part, with the rows merged with it across the break.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reformkg.extract.normalise import normalise_line
from reformkg.extract.outline import marker_of

RULE_THICKNESS = 3.0  # points
SNAP = 2.5  # points: rule positions this close are one boundary, rules this close touch
MIN_RULE_LENGTH = 5.0
CUT_CELL = 12  # characters: a cell this long holds sentences, not a name
SENTENCE_ENDS = ("。", "；", "！", "？", ";")


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


def page_rules(page: Any) -> list[Rule]:
    """The page's thin drawn lines, in coordinates from its top left."""
    import pypdfium2.raw as pdfium_c

    height = page.get_height()
    rules = []
    for drawn in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
        left, bottom, right, top = drawn.get_bounds()
        width, tall = right - left, top - bottom
        if tall <= RULE_THICKNESS and width >= MIN_RULE_LENGTH:
            rules.append(Rule(True, height - (top + bottom) / 2, left, right))
        elif width <= RULE_THICKNESS and tall >= MIN_RULE_LENGTH:
            rules.append(Rule(False, (left + right) / 2, height - top, height - bottom))
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
    lines: list[list[Character]] = []
    for character in sorted(characters, key=lambda c: (c.middle[1], c.left)):
        if lines:
            last = lines[-1][-1]
            if abs(character.middle[1] - last.middle[1]) < 0.5 * max(last.bottom - last.top, 1.0):
                lines[-1].append(character)
                continue
        lines.append([character])
    out: list[str] = []
    for line in lines:
        text = "".join(c.text for c in sorted(line, key=lambda c: c.left)).strip()
        if out and marker_of(normalise_line(text)) is None:
            out[-1] += text
        else:
            out.append(text)
    return "\n".join(out)


# -- tables over several pages ---------------------------------------------------------------------------


def join_pages(table: list[list[str]], grid: list[list[str]]) -> None:
    """Add the next page's part of a table to it: without the header it repeats, and with the rest of a row that
    the page break cut (an empty first cell, and a cell of sentences in the row above cut short of a sentence's
    end) joined to that row."""
    rows = grid[1:] if grid[0] in table[:3] else grid
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
