"""Word (.docx): paragraphs and tables in reading order, with the numbers Word generates written out.

python-docx opens the package; the body is walked in order. A paragraph numbered by Word's list numbering
(directly or through its style, e.g. a numbered heading style) gets its number as Word would print it —
`%1.` with a decimal counter is `1.`, `（%1）` with Chinese counting is `（一）` — so that the outline is found
whether the author typed the numbers or let Word make them. Headers and footers are not the document's text.
A table whose header row names task columns is a task table; any other table is read as text, row by row.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reformkg.extract.outline import BULLET_MARK
from reformkg.extract.reading import DocumentError, RawText, check_unpacked, checked
from reformkg.extract.tables import TaskTable, task_table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {f"{W}txbxContent", "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback", f"{W}delText"}


def read_docx(path: Path, data: bytes) -> RawText:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        check_unpacked(path, data, "word/document", "a body")
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DocumentError(path, f"is not a readable Word (.docx) file ({error})") from error
    numbering = _Numbering(document)
    lines: list[str] = []
    tables: list[TaskTable] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            lines.extend(_textboxes(block))
            lines.append(numbering.prefix(block) + _paragraph_text(block))
        elif block.tag == f"{W}tbl":
            grid = _grid(block, document, numbering)
            table = task_table(grid)
            if table is None:
                lines.extend(" ".join(dict.fromkeys(cell for cell in row if cell)) for row in grid)
            else:
                lines.extend(table.lines(len(tables)))
                tables.append(table)
    text = "\n".join(lines)
    checked(path, text + "\n".join(row.text for table in tables for row in table.rows), "docx")
    return RawText(str(path), text, "docx", tuple(tables))


def _paragraph_text(paragraph: Any) -> str:
    """The paragraph's own text: runs, tabs and breaks, not what text boxes or deleted revisions hold."""
    parts: list[str] = []

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if tag in _SKIPPED:
                continue
            if tag == f"{W}t":
                parts.append(child.text or "")
            elif tag == f"{W}tab":
                parts.append(" ")
            elif tag in (f"{W}br", f"{W}cr"):
                parts.append("\n")
            else:
                walk(child)

    walk(paragraph)
    return "".join(parts)


def _textboxes(paragraph: Any) -> list[str]:
    """Text boxes anchored in a paragraph (letterheads are often drawn in one), as lines of their own."""
    return [
        _paragraph_text(p)
        for box in paragraph.iter(f"{W}txbxContent")
        for p in box.iter(f"{W}p")
        if _paragraph_text(p).strip()
    ]


def _grid(table: Any, document: Any, numbering: _Numbering) -> list[list[str]]:
    """A table's cell texts; merged cells repeat their text over the area they cover (python-docx's cells)."""
    from docx.table import Table

    grid = []
    for row in Table(table, document._body).rows:
        grid.append(
            ["\n".join(numbering.prefix(p._p) + _paragraph_text(p._p) for p in cell.paragraphs) for cell in row.cells]
        )
    return grid


# -- Word's list numbering ---------------------------------------------------------------------------------


@dataclass
class _Level:
    start: int = 1
    format: str = "decimal"
    text: str = "%1."


@dataclass
class _List:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # level → startOverride


class _Numbering:
    """Word's numbering definitions and the counters of the lists met so far."""

    def __init__(self, document: Any) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._lists: dict[str, _List] = {}
        self._styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # style → numId, ilvl, basedOn
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for abstract in root.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract.iter(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl"))] = _Level(
                        start=int(_val(lvl, "start") or 1),
                        format=_val(lvl, "numFmt") or "decimal",
                        text=_val(lvl, "lvlText") or "",
                    )
                self._abstract[abstract.get(f"{W}abstractNumId")] = levels
            for num in root.iter(f"{W}num"):
                abstract_id = _val(num, "abstractNumId") or ""
                starts = {
                    int(override.get(f"{W}ilvl")): int(_val(override, "startOverride") or 1)
                    for override in num.iter(f"{W}lvlOverride")
                    if _val(override, "startOverride") is not None
                }
                self._lists[num.get(f"{W}numId")] = _List(abstract_id, starts)
        for style in document.styles.element.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            num_id = _val(num_pr, "numId") if num_pr is not None else None
            ilvl = _val(num_pr, "ilvl") if num_pr is not None else None
            self._styles[style.get(f"{W}styleId")] = (num_id, int(ilvl) if ilvl else None, _val(style, "basedOn"))

    def prefix(self, paragraph: Any) -> str:
        """The number Word prints before this paragraph ('' for an unnumbered one), counting it."""
        num_id, level = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self._lists:
            return ""
        listing = self._lists[num_id]
        levels = self._abstract.get(listing.abstract, {})
        if level not in levels or levels[level].format == "none":
            return ""
        if levels[level].format == "bullet":
            return BULLET_MARK  # a plan's points when it numbers none
        counters = self._counters.setdefault(listing.abstract, {})
        if num_id not in self._started:  # a list instance with its own start begins again
            self._started.add(num_id)
            for overridden, start in listing.starts.items():
                counters[overridden] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        text = levels[level].text
        for k, definition in levels.items():
            if f"%{k + 1}" in text:
                value = counters.get(k, definition.start)
                text = text.replace(f"%{k + 1}", _format(value, definition.format))
        return text

    def _num_pr(self, paragraph: Any) -> tuple[str | None, int]:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        num_id = _val(num_pr, "numId") if num_pr is not None else None
        ilvl = _val(num_pr, "ilvl") if num_pr is not None else None
        style = _val(paragraph.find(f"{W}pPr"), "pStyle") if paragraph.find(f"{W}pPr") is not None else None
        for _ in range(10):  # a style's numbering, through the styles it is based on
            if num_id is not None or style is None:
                break
            style_num, style_lvl, based_on = self._styles.get(style, (None, None, None))
            if style_num is not None:
                num_id = style_num
                ilvl = ilvl if ilvl is not None else (str(style_lvl) if style_lvl is not None else None)
            style = based_on
        return num_id, int(ilvl) if ilvl else 0


def _val(element: Any, name: str) -> str | None:
    if element is None:
        return None
    child = element.find(f"{W}{name}")
    return None if child is None else child.get(f"{W}val")


_CN = "〇一二三四五六七八九"


def _format(value: int, fmt: str) -> str:
    if fmt.startswith("chinese") or fmt in ("ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(value)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _chinese(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 24 → 二十四, 103 → 一百零三."""
    if value < 10:
        return _CN[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    hundreds, rest = divmod(value, 100)
    middle = (
        ""
        if rest == 0
        else (
            "零" + _chinese(rest)
            if rest < 10
            else _chinese(rest).replace("十", "一十", 1)
            if rest < 20
            else _chinese(rest)
        )
    )
    return _CN[hundreds] + "百" + middle


def _roman(value: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = ""
    for number, letters in numerals:
        while value >= number:
            out += letters
            value -= number
    return out
