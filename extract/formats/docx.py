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
from pathlib import Path
from typing import Any

from reformkg.extract.formats.numbering import Level, ListCounters, ListInstance
from reformkg.extract.reading import DocumentError, RawText, check_unpacked, checked
from reformkg.extract.tables import TaskTable, grid_lines

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
            lines.extend(grid_lines(_grid(block, document, numbering), tables))
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


class _Numbering:
    """Word's numbering definitions (numbering.xml) and the styles that number their paragraphs."""

    def __init__(self, document: Any) -> None:
        abstract: dict[str, dict[int, Level]] = {}
        lists: dict[str, ListInstance] = {}
        self._styles: dict[str, tuple[str | None, int | None, str | None]] = {}  # style → numId, ilvl, basedOn
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        if root is not None:
            for abstract_num in root.iter(f"{W}abstractNum"):
                levels = {}
                for lvl in abstract_num.iter(f"{W}lvl"):
                    levels[int(lvl.get(f"{W}ilvl"))] = Level(
                        start=int(_val(lvl, "start") or 1),
                        format=_val(lvl, "numFmt") or "decimal",
                        text=_val(lvl, "lvlText") or "",
                    )
                abstract[abstract_num.get(f"{W}abstractNumId")] = levels
            for num in root.iter(f"{W}num"):
                abstract_id = _val(num, "abstractNumId") or ""
                starts = {
                    int(override.get(f"{W}ilvl")): int(_val(override, "startOverride") or 1)
                    for override in num.iter(f"{W}lvlOverride")
                    if _val(override, "startOverride") is not None
                }
                lists[num.get(f"{W}numId")] = ListInstance(abstract_id, starts)
        for style in document.styles.element.iter(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            num_id = _val(num_pr, "numId") if num_pr is not None else None
            ilvl = _val(num_pr, "ilvl") if num_pr is not None else None
            self._styles[style.get(f"{W}styleId")] = (num_id, int(ilvl) if ilvl else None, _val(style, "basedOn"))
        self._counting = ListCounters(abstract, lists)

    def prefix(self, paragraph: Any) -> str:
        """The number Word prints before this paragraph ('' for an unnumbered one), counting it."""
        num_id, level = self._num_pr(paragraph)
        return "" if num_id is None or num_id == "0" else self._counting.prefix(num_id, level)

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
