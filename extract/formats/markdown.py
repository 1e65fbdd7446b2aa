"""Markdown (.md): a document exported from a wiki, a site or an editor is the same text with markup around it —
headings marked with #, emphasis with ** or __, lists with - or *, quotes with >, links and images in brackets. The
markup goes, line by line; the words stay where the structure reader expects them (## 一、… is the heading 一、…,
- 完善… the bulleted point ●完善…). A pipe table is read as a table: a task table (序号 | 改革任务 | 牵头单位 …) as
in a Word file, any other row by row."""

from __future__ import annotations

import re
from pathlib import Path

from reformkg.extract.outline import BULLET_MARK
from reformkg.extract.reading import RawText, decode
from reformkg.extract.tables import TaskTable, grid_lines

_LINE_MARKUP = [
    re.compile(r"^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$"),  # ATX headings, with any closing #s
    re.compile(r"^ {0,3}>[ \t]?"),  # quotes
]
# a list's bullet becomes the bullet the outline reads (●): where a plan lists its points so, they are its work
# points, numbered by their place; under a numbered point, its deeper points (numbered lists keep their numbers)
_LIST_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # a thematic break: a line of its own
_TABLE_DELIMITER = re.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")  # | --- | :-: |
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # an image: its alternative text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # a link: its text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong emphasis
    (re.compile(r"(?<!\*)\*(?![\s*])(.+?)(?<![\s*])\*(?!\*)"), r"\1"),  # emphasis (a lone * is the text's)
    (re.compile(r"`([^`]+)`"), r"\1"),  # code
]


def read_markdown(path: Path, data: bytes) -> RawText:
    text, encoding = decode(path, data)
    tables: list[TaskTable] = []
    return RawText(str(path), plain(text, tables), f"markdown ({encoding})", tuple(tables))


def plain(text: str, tables: list[TaskTable] | None = None) -> str:
    """The text without its Markdown markup, line for line; a pipe table's rows as a table's lines (the task tables
    found among them are added to `tables`)."""
    source = text.splitlines()
    lines: list[str] = []
    index = 0
    while index < len(source):
        line = source[index]
        if "|" in line and index + 1 < len(source) and _TABLE_DELIMITER.match(source[index + 1]):
            rows = [line]
            index += 2
            while index < len(source) and "|" in source[index] and source[index].strip():
                rows.append(source[index])
                index += 1
            lines += grid_lines([_cells(row) for row in rows], tables if tables is not None else [])
            continue
        lines.append(_without_markup(line))
        index += 1
    return "\n".join(lines) + "\n"


def _without_markup(line: str) -> str:
    if _RULE.match(line):
        return ""
    for pattern in _LINE_MARKUP:
        line = pattern.sub("", line)
    line = _LIST_BULLET.sub(BULLET_MARK, line)
    return _inline(line)


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text


def _cells(row: str) -> list[str]:
    """A pipe table's row as its cells' texts: the pipes that open and close it are no cells' edges."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [_inline(cell.strip().replace("\\|", "|")) for cell in _CELL_SEPARATOR.split(row)]
