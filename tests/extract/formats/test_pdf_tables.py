"""Ruled tables: the grid that thin drawn lines make, merged cells where a rule is missing, cells' text."""

from __future__ import annotations

import itertools

from reformkg.extract.formats.pdf_tables import Character, Rule, ruled_tables


def grid_rules(columns: list[float], rows: list[float], missing: set[tuple[str, float, float]] = frozenset()):
    """Rules drawn along every column and row boundary, cell edge by cell edge, except those in `missing`:
    ("v", x, middle y of the row) or ("h", y, middle x of the column)."""
    rules = []
    for x in columns:
        for top, bottom in itertools.pairwise(rows):
            if ("v", x, (top + bottom) / 2) not in missing:
                rules.append(Rule(False, x, top, bottom))
    for y in rows:
        for left, right in itertools.pairwise(columns):
            if ("h", y, (left + right) / 2) not in missing:
                rules.append(Rule(True, y, left, right))
    return rules


def write(text: str, left: float, top: float, size: float = 10.0) -> list[Character]:
    return [Character(c, left + i * size, left + (i + 1) * size, top, top + size) for i, c in enumerate(text)]


def test_rules_make_a_grid_and_characters_fill_its_cells():
    rules = grid_rules([0, 50, 200], [0, 20, 40])
    characters = write("序号", 5, 5) + write("改革任务", 55, 5) + write("1", 5, 25) + write("完善机制", 55, 25)
    (table,) = ruled_tables(rules, characters)
    assert table.grid == [["序号", "改革任务"], ["1", "完善机制"]]


def test_a_row_without_inner_rules_is_one_cell_across_the_table():
    missing = {("v", 50, 30)}
    rules = grid_rules([0, 50, 200], [0, 20, 40, 60], missing)
    characters = write("一、深化改革", 5, 25) + write("1", 5, 45) + write("任务", 55, 45)
    (table,) = ruled_tables(rules, characters)
    assert table.grid[1] == ["一、深化改革", "一、深化改革"]  # a merged cell fills every place it covers
    assert table.grid[2] == ["1", "任务"]


def test_wrapped_lines_join_and_a_numbered_point_starts_a_line():
    rules = grid_rules([0, 300, 400], [0, 80, 100])
    characters = write("1.完善机制", 5, 5) + write("并试行", 5, 17) + write("2.健全制度", 5, 29) + write("x", 305, 85)
    (table,) = ruled_tables(rules, characters)
    assert table.grid[0][0] == "1.完善机制并试行\n2.健全制度"


def test_lines_that_frame_no_grid_are_no_table():
    underline = [Rule(True, 100, 0, 400), Rule(True, 130, 0, 400)]  # 抄送 and 印发 rules
    box = grid_rules([0, 400], [0, 50])  # a boxed note: one cell
    assert ruled_tables(underline + box, write("抄送：最高人民法院", 5, 110)) == []


def test_a_table_without_rules_down_its_outer_sides_keeps_its_outer_columns():
    rules = [rule for rule in grid_rules([0, 50, 200], [0, 20, 40]) if rule.horizontal or rule.at == 50]
    characters = write("序号", 5, 5) + write("改革任务", 55, 5) + write("1", 5, 25) + write("完善机制", 55, 25)
    (table,) = ruled_tables(rules, characters)
    assert table.grid == [["序号", "改革任务"], ["1", "完善机制"]]
