"""Markdown (.md): a document exported from a wiki, a site or an editor is the same text with markup around it —
headings marked with #, emphasis with ** or __, lists with - or *, quotes with >, links and images in brackets. The
markup goes, line by line; the words stay where the structure reader expects them (## 一、… is the heading 一、…,
- 完善… the bulleted point ●完善…, and an ordered list's items carry the numbers a renderer shows, 1. 2. 3.,
where a wiki export writes every one `1.`). A pipe table is read as a table: a task table (序号 | 改革任务 |
牵头单位 …) as in a Word file, any other row by row."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.extract.outline import BULLET_MARK
from reformkg.extract.reading import RawText, decode
from reformkg.extract.tables import TaskTable, grid_lines

_LINE_MARKUP = [
    re.compile(r"^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$"),  # ATX headings, with any closing #s
    re.compile(r"^ {0,3}>[ \t]?"),  # quotes
]
# a list's bullet becomes the bullet the outline reads (●): where a plan lists its points so, they are its work
# points, numbered by their place; under a numbered point, its deeper points
_LIST_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_LIST_ITEM = re.compile(r"^( {0,12})(?:([-*+])|(\d{1,9})([.)]))(?:[ \t]+|$)")
_BLOCK_BREAK = re.compile(r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~)")  # a heading or a code fence ends every list
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # \* \. \# …: the character itself
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)  # a wiki's line break inside a paragraph or a cell
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
    lists = _Lists()
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
            lists.close()
            continue
        lines += _without_markup(lists.numbered(line)).split("\n")
        index += 1
    return "\n".join(lines) + "\n"


@dataclass
class _List:
    indent: int  # where its items' markers stand
    content: int  # where their text starts: a line indented so far continues the item
    delimiter: str  # - * + for a bulleted list, . or ) for an ordered one
    next_number: int


class _Lists:
    """The lists open at a line, outermost first, so that an ordered list's items are numbered as a renderer shows
    them: from the first item's number on, whatever the later ones are written as (wiki exports write every item
    `1.`). A list nested in another's item numbers its items one rank down, （1）, as they stay inside the item."""

    def __init__(self) -> None:
        self.open: list[_List] = []
        self.after_blank = False

    def close(self) -> None:
        self.open.clear()

    def numbered(self, line: str) -> str:
        if not line.strip():
            self.after_blank = True
            return line
        after_blank, self.after_blank = self.after_blank, False
        item = _LIST_ITEM.match(line)
        if item is None:
            if _BLOCK_BREAK.match(line) or _RULE.match(line):
                self.close()
            else:  # a paragraph ends the lists it is not indented into, unless it is a lazy continuation
                indent = len(line) - len(line.lstrip(" "))
                while self.open and indent < self.open[-1].content and after_blank:
                    self.open.pop()
            return line
        indent, delimiter = len(item.group(1)), item.group(2) or item.group(4)
        while self.open and indent < self.open[-1].indent:
            self.open.pop()
        if self.open and indent < self.open[-1].content:  # a sibling: the same list goes on, or another begins
            same = self.open.pop()
            if same.delimiter == delimiter:
                self.open.append(same)
        if not self.open or self.open[-1].indent != indent or self.open[-1].delimiter != delimiter:
            start = int(item.group(3)) if item.group(3) else 1
            self.open.append(_List(indent, item.end() if line[item.end() :].strip() else indent + 2, delimiter, start))
        current = self.open[-1]
        number, current.next_number = current.next_number, current.next_number + 1
        if item.group(2):
            return line
        marker = f"{number}." if len(self.open) == 1 else f"（{number}）"
        return f"{marker} {line[item.end() :]}"


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
    return _ESCAPE.sub(r"\1", _BREAK_TAG.sub("\n", text))


def _cells(row: str) -> list[str]:
    """A pipe table's row as its cells' texts: the pipes that open and close it are no cells' edges."""
    row = row.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    return [_inline(cell.strip().replace("\\|", "|")) for cell in _CELL_SEPARATOR.split(row)]
