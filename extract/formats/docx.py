"""Word (.docx): paragraphs and tables in reading order, with the numbers Word generates written out.

python-docx opens the package; the body is walked in order, into content controls (w:sdt, which templates
wrap whole bodies in) and into tables of one column that only frame their contents. A paragraph numbered by
Word's list numbering (directly or through its style, e.g. a numbered heading style) gets its number as Word
would print it — `%1.` with a decimal counter is `1.`, `（%1）` with Chinese counting is `（一）` — so that the
outline is found whether the author typed the numbers or let Word make them. Headers, footers, footnotes and
comments are not the document's text. Tracked changes are read as accepted: deleted and moved-away text is left
out, and a paragraph whose mark was deleted runs on into the next. A table whose header row names task columns is
a task table; any other table is read as text, row by row.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reformkg.extract.formats.numbering import Level, ListCounters, ListInstance
from reformkg.extract.reading import DocumentError, RawText, check_unpacked, checked
from reformkg.extract.tables import TaskTable, grid_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED = {
    f"{W}txbxContent",
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
    f"{W}delText",
    f"{W}moveFrom",  # tracked moves: the text stands where it was moved to
}
_WRAPPERS = {f"{W}sdt", f"{W}sdtContent", f"{W}customXml"}  # content controls: the blocks inside them are blocks


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
    run_on = False  # the last paragraph's mark was deleted: this one is the same paragraph
    for block in _blocks(document.element.body):
        if block.tag == f"{W}p":
            lines.extend(_textboxes(block))
            text = _paragraph_text(block)
            if run_on and lines:
                lines[-1] += text
            else:
                lines.append(numbering.prefix(block) + text)
            run_on = _mark_deleted(block)
        else:
            run_on = False
            lines.extend(grid_lines(_grid(block, document, numbering), tables))
    text = "\n".join(lines)
    checked(path, text + "\n".join(row.text for table in tables for row in table.rows), "docx")
    return RawText(str(path), text, "docx", tuple(tables))


def _blocks(container: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or a cell, in order: inside content controls too, and inside a table
    of one column, which frames what it holds (a box drawn around the whole text, a table within it)."""
    for child in container.iterchildren():
        if child.tag == f"{W}p":
            yield child
        elif child.tag == f"{W}tbl":
            if _frames(child):
                for row in child.findall(f"{W}tr"):
                    yield from _blocks(row.find(f"{W}tc"))
            else:
                yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _frames(table: Any) -> bool:
    """Is the table one column of cells (a frame), rather than a grid?"""
    rows = table.findall(f"{W}tr")
    return bool(rows) and all(len(row.findall(f"{W}tc")) == 1 for row in rows)


def _mark_deleted(paragraph: Any) -> bool:
    """Was the paragraph's mark deleted as a tracked change, joining it to the next paragraph?"""
    return paragraph.find(f"{W}pPr/{W}rPr/{W}del") is not None


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
        grid.append(["\n".join(_cell_lines(cell._tc, document, numbering)) for cell in row.cells])
    return grid


def _cell_lines(cell: Any, document: Any, numbering: _Numbering) -> list[str]:
    """A cell's paragraphs, and the rows of a table inside it, one line each."""
    lines: list[str] = []
    for block in _blocks(cell):
        if block.tag == f"{W}p":
            lines.append(numbering.prefix(block) + _paragraph_text(block))
        else:
            lines.extend("".join(row) for row in _grid(block, document, numbering))
    return lines


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
