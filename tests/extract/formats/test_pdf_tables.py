"""Ruled tables: the grid that thin drawn lines make, merged cells where a rule is missing, cells' text; tables ruled
across only, their columns from the white down their rows."""

from __future__ import annotations

import itertools

import pytest

from reformkg.extract.formats.pdf_tables import Character, Rule, open_tables, ruled_tables, shown_box


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


def across(*ys: float, left: float = 0, right: float = 400) -> list[Rule]:
    return [Rule(True, y, left, right) for y in ys]


HEADER = write("序号", 5, 5) + write("改革任务", 80, 5) + write("牵头部门", 300, 5)


def test_a_three_line_table_has_rows_where_its_first_column_holds_text():
    # rules above and under the header and under the table; a task's wrapped line leaves the first column empty
    body = write("1", 10, 25) + write("完善阅核制度，", 60, 25) + write("审管办", 300, 25)
    body += write("并试行。", 60, 37)
    body += write("2", 10, 55) + write("推进诉源治理。", 60, 55) + write("立案庭", 300, 55)
    (table,) = open_tables(across(0, 20, 80), HEADER + body, [])
    assert table.grid == [
        ["序号", "改革任务", "牵头部门"],
        ["1", "完善阅核制度，并试行。", "审管办"],
        ["2", "推进诉源治理。", "立案庭"],
    ]


def test_rules_between_the_rows_of_an_open_table_part_its_rows_and_a_category_row_is_one_cell():
    body = write("一、深化司法责任制改革", 5, 25)  # runs across the white between the columns
    body += write("1", 10, 45) + write("完善阅核制度。", 60, 45) + write("审管办", 300, 45)
    (table,) = open_tables(across(0, 20, 40, 60), HEADER + body, [])
    assert table.grid[1] == ["一、深化司法责任制改革"] * 3
    assert table.grid[2] == ["1", "完善阅核制度。", "审管办"]


def test_a_long_name_that_fills_its_cell_does_not_join_two_columns():
    # one row in eight may cross the white: a unit's long name, an overhanging 。
    rows = [
        write(str(n), 10, 25 + 20 * n) + write("完善机制。", 60, 25 + 20 * n) + write("政治部", 300, 25 + 20 * n)
        for n in range(8)
    ]
    rows[3] = write("3", 10, 85) + write("完善机制，健全制度体系", 60, 85) + write("审管办", 300, 85)  # ends at 170
    rows[5] = write("5", 10, 125) + write("完善机制。", 60, 125) + write("环境资源审判庭", 290, 125)
    (table,) = open_tables(across(0, 20, *(40 + 20 * n for n in range(8))), HEADER + [c for r in rows for c in r], [])
    assert all(len(row) == 3 for row in table.grid)
    assert table.grid[6] == ["5", "完善机制。", "环境资源审判庭"]


def test_rules_across_that_frame_no_columns_are_no_table():
    # 版记: 抄送 and 印发 lines between rules of one extent
    text = write("抄送：最高人民法院", 5, 5) + write("某省高级人民法院办公室", 5, 25)
    assert open_tables(across(0, 20, 40), text, []) == []
    ruled = ruled_tables(grid_rules([0, 50, 400], [100, 120, 140]), write("1", 5, 105))
    assert open_tables(across(100, 120, 140), write("1", 5, 105), ruled) == []  # a ruled table's own rules


def test_a_header_of_two_rows_repeated_on_the_next_page_is_kept_once():
    from reformkg.extract.formats.pdf_tables import join_pages

    header = [["序号", "改革任务", "责任分工", "责任分工"], ["序号", "改革任务", "牵头部门", "配合部门"]]
    table = [row[:] for row in header] + [["1.1", "完善院庭长阅核制度。", "审管办", "研究室"]]
    join_pages(table, [row[:] for row in header] + [["1.2", "推进诉源治理。", "立案庭", ""]])
    assert [row[0] for row in table] == ["序号", "序号", "1.1", "1.2"]


class _Page:
    """A portrait A4 page (595 × 842 in its own space) turned by `rotation`, as PDFium reports it."""

    def __init__(self, rotation: int) -> None:
        self.rotation = rotation

    def get_rotation(self) -> int:
        return self.rotation

    def get_width(self) -> float:  # as shown
        return 842.0 if self.rotation in (90, 270) else 595.0

    def get_height(self) -> float:
        return 595.0 if self.rotation in (90, 270) else 842.0


@pytest.mark.parametrize(
    ("rotation", "shown"),
    [
        (0, (0.0, 0.0, 10.0, 20.0)),  # the page's top left corner stays at the top left
        (90, (822.0, 0.0, 842.0, 10.0)),  # turned clockwise: it goes to the top right
        (180, (585.0, 822.0, 595.0, 842.0)),  # to the bottom right
        (270, (0.0, 585.0, 20.0, 595.0)),  # to the bottom left
    ],
)
def test_a_box_is_placed_as_the_turned_page_shows_it(rotation, shown):
    corner = (0.0, 822.0, 10.0, 842.0)  # left, bottom, right, top in the page's own space: its top left corner
    assert shown_box(_Page(rotation))(corner) == shown
