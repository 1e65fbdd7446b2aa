"""Word 97–2003 (.doc): the main document's text from the binary file's piece table, tables as task tables.

Court websites still publish the legacy binary format. The file is an OLE2 compound file (olefile opens it); its
WordDocument stream begins with the File Information Block (FIB), which says where the text's pieces lie ([MS-DOC]
2.8.35, the CLX in the table stream) and how many characters belong to the main document (ccpText: footnotes,
headers and text boxes follow it and are not the document's text). Pieces are UTF-16 or, where all their
characters fit, "compressed" to one byte each in Windows-1252.

Paragraphs end in a carriage return; a table's cells end in a cell mark (\\x07) and each row in one more
paragraph whose properties say it ends a row (sprmPFTtp) — read from the paragraphs' formatting pages (PAPX FKPs)
rather than guessed from the marks, because an empty cell is a mark alone too. A field (\\x13 code \\x14 result
\\x15) reads as its result, as Word shows it. Numbers that Word's list numbering generates, which are not in the
text, are written out as Word prints them, from the document's lists (PlfLst, PlfLfo), as the .docx reader writes them;
numbering that a paragraph takes from its style only is not (the style sheet is not read).
"""

from __future__ import annotations

import io
import struct
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from reformkg.extract.formats.numbering import Level, ListCounters, ListInstance
from reformkg.extract.reading import DocumentError, RawText, checked
from reformkg.extract.tables import TaskTable, grid_lines

WORD_IDENT = 0xA5EC
PARAGRAPH_END = "\r"
CELL_MARK = "\x07"
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
HIDDEN = "\0"  # a field code's character: not text, but it keeps its position
# Word's other control characters: line break and page break become line breaks, the rest (anchors of pictures,
# footnote references, optional hyphens) is no text
_CONTROL = str.maketrans(
    {"\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-", "\xa0": " "}
    | dict.fromkeys(map(chr, (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x1F)), "")
)
SPRM_ROW_END = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp
SPRM_IN_TABLE = (0x2416, 0x6649)  # sprmPFInTable, sprmPItap (table depth, 1 for a table at the top)
SPRM_LIST_INSTANCE, SPRM_LIST_LEVEL = 0x460B, 0x260A  # sprmPIlfo, sprmPIlvl
# number formats (MS-DOC nfc) by the names .docx gives them; the others count in decimals
NUMBER_FORMATS = {
    1: "upperRoman",
    2: "lowerRoman",
    3: "upperLetter",
    4: "lowerLetter",
    18: "decimalEnclosedCircle",
    22: "decimalZero",
    23: "bullet",
    28: "decimalEnclosedCircleChinese",
    30: "ideographTraditional",
    33: "taiwaneseCounting",
    35: "taiwaneseCountingThousand",
    37: "chineseCounting",
    38: "chineseLegalSimplified",
    39: "chineseCountingThousand",
    255: "none",
}
FKP_SIZE = 512


@dataclass(frozen=True)
class _Piece:
    start: int  # first character position
    end: int
    offset: int  # byte offset of the first character in the WordDocument stream
    compressed: bool  # one byte per character (Windows-1252) instead of UTF-16LE


def read_doc(path: Path, data: bytes) -> RawText:
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise DocumentError(path, "is an OLE2 compound file without a Word document in it")
            word = ole.openstream("WordDocument").read()
            flags = _u16(word, 0x0A)
            if _u16(word, 0) != WORD_IDENT:
                raise DocumentError(path, "is not a readable Word 97–2003 (.doc) file (no Word document header)")
            if flags & 0x0100:
                raise DocumentError(path, "is an encrypted Word file that needs a password; save a copy without one")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(table_name):
                raise DocumentError(path, f"is not a readable Word 97–2003 (.doc) file (its {table_name} is missing)")
            table = ole.openstream(table_name).read()
    except DocumentError:
        raise
    except Exception as error:  # olefile raises what its parsing meets in a damaged file, not only OSError
        raise DocumentError(path, f"is not a readable Word 97–2003 (.doc) file ({str(error)[:200]})") from error
    try:
        fib = _Fib(word)
        pieces = _pieces(table, fib.clx)
        text = _text(word, pieces, fib.main_characters)
        paragraphs = _paragraph_properties(word, table, fib.paragraph_pages)
        counters = _list_counters(table, fib)
        lines, tables = _blocks(text, pieces, paragraphs, counters)
    except (IndexError, KeyError, struct.error, ValueError) as error:
        raise DocumentError(path, f"is not a readable Word 97–2003 (.doc) file (damaged: {error})") from error
    content = "\n".join(lines)
    checked(path, content + "\n".join(row.text for t in tables for row in t.rows), "doc")
    return RawText(str(path), content, "doc", tuple(tables))


def _u16(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<H", data, offset)[0])


def _u32(data: bytes, offset: int) -> int:
    return int(struct.unpack_from("<I", data, offset)[0])


class _Fib:
    """What the reader needs of the File Information Block: the main document's length and where the table
    stream holds the pieces, the paragraph formatting pages and the lists, found through the FIB's own counts of
    its parts."""

    def __init__(self, word: bytes) -> None:
        words_count = _u16(word, 32)  # csw: 16-bit values of fibRgW
        longs_at = 34 + 2 * words_count
        longs_count = _u16(word, longs_at)  # cslw: 32-bit values of fibRgLw
        longs = longs_at + 2
        self.main_characters = _u32(word, longs + 4 * 3)  # ccpText
        pairs = longs + 4 * longs_count + 2  # fibRgFcLcb: (fc, lcb) pairs, each where a part of the table stream is

        def part(index: int) -> tuple[int, int]:
            return _u32(word, pairs + 8 * index), _u32(word, pairs + 8 * index + 4)

        self.paragraph_pages = part(13)  # PlcBtePapx
        self.clx = part(33)
        self.lists = part(73)  # PlfLst
        self.list_instances = part(74)  # PlfLfo


def _pieces(table: bytes, clx: tuple[int, int]) -> list[_Piece]:
    """The piece table: where each run of character positions lies in the WordDocument stream."""
    at, end = clx[0], clx[0] + clx[1]
    while at < end and table[at] == 0x01:  # Prc: formatting of pieces, skipped
        at += 3 + _u16(table, at + 1)
    if at >= end or table[at] != 0x02:
        raise ValueError("no piece table")
    size = _u32(table, at + 1)
    plc = table[at + 5 : at + 5 + size]
    count = (size - 4) // 12
    positions = [_u32(plc, 4 * i) for i in range(count + 1)]
    pieces = []
    for i in range(count):
        raw = _u32(plc, 4 * (count + 1) + 8 * i + 2)
        compressed = bool(raw & 0x40000000)
        offset = (raw & 0x3FFFFFFF) // 2 if compressed else raw
        pieces.append(_Piece(positions[i], positions[i + 1], offset, compressed))
    return pieces


def _text(word: bytes, pieces: list[_Piece], characters: int) -> str:
    parts = []
    for piece in pieces:
        if piece.start >= characters:
            break
        length = min(piece.end, characters) - piece.start
        if piece.compressed:
            parts.append(word[piece.offset : piece.offset + length].decode("cp1252", errors="replace"))
        else:
            parts.append(word[piece.offset : piece.offset + 2 * length].decode("utf-16-le", errors="replace"))
    return "".join(parts)


@dataclass(frozen=True)
class _Paragraph:
    """What the reader needs of a paragraph's properties."""

    in_table: bool = False
    ends_row: bool = False
    list_instance: int = 0  # 1-based index of the list it is numbered in (ilfo), 0 for none
    level: int = 0


def _paragraph_properties(word: bytes, table: bytes, plc: tuple[int, int]) -> list[tuple[int, int, _Paragraph]]:
    """The stream ranges [start, end) of paragraphs that are in tables or numbered, with their properties, from the
    paragraph formatting pages (PlcBtePapx → PapxFkp → the sprms of each run)."""
    at, size = plc
    count = (size - 4) // 8
    ranges = []
    for i in range(count):
        page = _u32(table, at + 4 * (count + 1) + 4 * i) & 0x3FFFFF
        fkp = word[page * FKP_SIZE : (page + 1) * FKP_SIZE]
        runs = fkp[FKP_SIZE - 1]
        for run in range(runs):
            where = fkp[4 * (runs + 1) + 13 * run] * 2
            properties = _properties(fkp, where) if where else None
            if properties:
                ranges.append((_u32(fkp, 4 * run), _u32(fkp, 4 * (run + 1)), properties))
    return sorted(ranges, key=lambda found: found[0])


def _properties(fkp: bytes, where: int) -> _Paragraph | None:
    """The table and list properties a PapxInFkp sets, None if it sets none of them."""
    size = fkp[where]
    start = where + 1
    if size == 0:
        size, start = fkp[where + 1] * 2, where + 2
    else:
        size = size * 2 - 1
    at, end = start + 2, min(start + size, FKP_SIZE)  # past the style index
    found: dict[str, int] = {}
    while at + 2 < end:
        sprm = _u16(fkp, at)
        if sprm in SPRM_ROW_END and fkp[at + 2] == 1:
            found["ends_row"] = found["in_table"] = 1
        elif sprm in SPRM_IN_TABLE and fkp[at + 2] == 1:
            found["in_table"] = 1
        elif sprm == SPRM_LIST_INSTANCE and at + 4 <= end:
            found["list_instance"] = struct.unpack_from("<h", fkp, at + 2)[0]
        elif sprm == SPRM_LIST_LEVEL:
            found["level"] = fkp[at + 2]
        at += 2 + _operand_size(fkp, sprm, at + 2)
    if not found:
        return None
    return _Paragraph(
        bool(found.get("in_table")),
        bool(found.get("ends_row")),
        max(found.get("list_instance", 0), 0),
        min(found.get("level", 0), 8),
    )


def _operand_size(data: bytes, sprm: int, at: int) -> int:
    kind = sprm >> 13  # spra
    if kind == 6:  # variable: a count byte first (two for sprmTDefTable)
        if sprm == 0xD608:
            return 2 + _u16(data, at) - 1 if at + 1 < len(data) else 0
        return 1 + (data[at] if at < len(data) else 0)
    return {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}[kind]


def _list_counters(table: bytes, fib: _Fib) -> ListCounters:
    """The document's lists (PlfLst: each list's LSTF, then its levels' LVLs after all of them) and the list
    instances that paragraphs name (PlfLfo: each LFO names its list by lsid; its LFOData may restart levels)."""
    abstract: dict[str, dict[int, Level]] = {}
    instances: dict[str, ListInstance] = {}
    at, size = fib.lists
    if not size:
        return ListCounters(abstract, instances)
    count = struct.unpack_from("<h", table, at)[0]
    levels_at = at + 2 + 28 * count
    for index in range(count):
        lsid = str(_u32(table, at + 2 + 28 * index))
        simple = table[at + 2 + 28 * index + 26] & 0x01
        levels = {}
        for level in range(1 if simple else 9):
            levels[level], levels_at = _level(table, levels_at)
        abstract[lsid] = levels
    at, size = fib.list_instances
    if size:
        count = _u32(table, at)
        data_at = at + 4 + 16 * count
        for index in range(count):
            lfo = at + 4 + 16 * index
            starts: dict[int, int] = {}
            data_at += 4  # the LFOData's cp
            for _ in range(table[lfo + 12]):  # clfolvl: its overrides of levels
                start, flags = struct.unpack_from("<iI", table, data_at)
                data_at += 8
                if flags & 0x10:  # fStartAt
                    starts[flags & 0x0F] = start
                if flags & 0x20:  # fFormatting: a whole LVL follows
                    _, data_at = _level(table, data_at)
            instances[str(index + 1)] = ListInstance(str(_u32(table, lfo)), starts)
    return ListCounters(abstract, instances)


def _level(table: bytes, at: int) -> tuple[Level, int]:
    """One LVL: its LVLF (start, number format), its property lists skipped, then its number text, whose
    characters 0–8 stand for the numbers of levels 1–9; and where the next LVL begins."""
    start, nfc = struct.unpack_from("<iB", table, at)
    chpx, papx = table[at + 24], table[at + 25]
    at += 28 + papx + chpx
    length = _u16(table, at)
    text = table[at + 2 : at + 2 + 2 * length].decode("utf-16-le", errors="replace")
    template = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in text)
    return Level(start, NUMBER_FORMATS.get(nfc, "decimal"), template), at + 2 + 2 * length


def _blocks(
    text: str, pieces: list[_Piece], paragraphs: list[tuple[int, int, _Paragraph]], counters: ListCounters
) -> tuple[list[str], list[TaskTable]]:
    """The document's lines, and its task tables: paragraphs in order, with the numbers their lists give them; a
    table's rows gathered into a grid, which is a task table when its header names task columns and otherwise
    reads as lines, row by row."""
    starts = [piece.start for piece in pieces]
    range_starts = [start for start, _, _ in paragraphs]
    plain = _Paragraph()

    def properties(position: int) -> _Paragraph:
        piece = pieces[bisect_right(starts, position) - 1]
        offset = piece.offset + (position - piece.start) * (1 if piece.compressed else 2)
        index = bisect_right(range_starts, offset) - 1
        found = paragraphs[index] if index >= 0 else None
        return found[2] if found and found[0] <= offset < found[1] else plain

    lines: list[str] = []
    tables: list[TaskTable] = []
    grid: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    paragraph: list[str] = []

    def close_table() -> None:
        lines.extend(grid_lines(grid, tables) if grid else [])
        grid.clear()

    def ended(mark: _Paragraph) -> str:
        number = counters.prefix(str(mark.list_instance), mark.level) if mark.list_instance else ""
        paragraph_text = number + "".join(paragraph).translate(_CONTROL)
        paragraph.clear()
        return paragraph_text

    for position, character in enumerate(_without_field_codes(text)):
        if character == HIDDEN:
            continue
        if character not in (CELL_MARK, PARAGRAPH_END):
            paragraph.append(character)
            continue
        mark = properties(position)
        if mark.ends_row:
            grid.append(row[:])
            row.clear()
            paragraph.clear()
        elif character == CELL_MARK:
            cell.append(ended(mark))
            row.append("\n".join(cell))
            cell.clear()
        elif mark.in_table:  # a cell's paragraph before its last
            cell.append(ended(mark))
        else:
            close_table()
            lines.append(ended(mark))
    close_table()
    if paragraph:
        lines.append(ended(plain))
    return lines, tables


def _without_field_codes(text: str) -> str:
    """The text with each field read as its result (the part between separator and end), nested fields too;
    a field without a separator shows nothing. Dropped characters become HIDDEN rather than going, so that
    positions stay those of the piece table."""
    out = []
    depth_showing: list[bool] = []
    for character in text:
        if character == FIELD_BEGIN:
            depth_showing.append(False)
            out.append(HIDDEN)
        elif character == FIELD_SEPARATOR and depth_showing:
            depth_showing[-1] = True
            out.append(HIDDEN)
        elif character == FIELD_END and depth_showing:
            depth_showing.pop()
            out.append(HIDDEN)
        elif depth_showing and not all(depth_showing):
            out.append(HIDDEN)
        else:
            out.append(character)
    return "".join(out)
