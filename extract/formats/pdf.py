"""PDF: the text layer in reading order, page furniture removed, wrapped lines joined into paragraphs.

PDFium (pypdfium2) reads the text layer: measured on the test PDFs it was 20× faster than pdfplumber and 8×
faster than pypdf with the same text (bench/benchmark.py reports reading throughput per format). Its lines are
placed by their characters' boxes and read top to bottom; a line in the top or bottom margin that is a page number
(— 3 —, -3-, 第3页 共10页) or that repeats on other pages in the same margin (a running header or footer) is
furniture. Lines then join into paragraphs the way the page shows them: a line that starts at the left margin,
after a line that ran to the right margin, continues the paragraph — on the next page too. A PDF without a text
layer (a scan) is read by OCR when Tesseract with its simplified-Chinese data is installed (Debian: tesseract-ocr,
tesseract-ocr-chi-sim), and refused with a message that says so when it is not.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reformkg.extract.formats.ocr_words import ocr_mender
from reformkg.extract.formats.pdf_tables import (
    Character,
    goes_on,
    join_pages,
    open_tables,
    page_rules,
    ruled_tables,
    shown_box,
)
from reformkg.extract.ledger import ends_with_empty_field
from reformkg.extract.normalise import is_page_furniture, normalise_line
from reformkg.extract.outline import marker_of
from reformkg.extract.reading import DocumentError, RawText, checked
from reformkg.extract.tables import TaskTable, grid_lines

MARGIN_ZONE = 0.1  # the top and bottom tenth of a page hold running headers, footers and page numbers
OCR_DPI = 300
OCR_LANGUAGE = "chi_sim"
MIN_CHARACTERS_PER_PAGE = 20
# what a Chinese page's text is made of, ASCII aside: general punctuation (“” — …), CJK symbols and punctuation,
# kana and ideographs, full-width forms
CHINESE_TEXT = (("\u2000", "\u206f"), ("\u3000", "\u9fff"), ("\uff00", "\uffef"))
MAX_PAGES = (
    300  # 100,000 characters fill about 150 pages  # fewer, and the page is an image with at most a stray label on it
)


@dataclass
class Line:
    text: str
    left: float
    right: float
    top: float  # distance from the top of the page
    bottom: float
    page: int
    page_height: float
    table: list[list[str]] | None = None  # a ruled table's cells, standing where the table stands

    @property
    def characters(self) -> int:
        """How many characters the line shows, a table's in its cells."""
        return len(self.text) + sum(len(cell) for row in self.table or () for cell in row)

    @property
    def height(self) -> float:
        return self.bottom - self.top


def read_pdf(path: Path, data: bytes) -> RawText:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise DocumentError(path, "is an encrypted PDF that needs a password; save a copy without one") from None
        raise DocumentError(path, f"is not a readable PDF ({error})") from None
    try:
        if len(document) > MAX_PAGES:
            raise DocumentError(
                path,
                f"has {len(document)} pages; a work-points document has far fewer (reformkg reads up to "
                f"{MAX_PAGES}) — split it into its parts",
            )
        try:
            pages = [_text_lines(document[index], index) for index in range(len(document))]
        except pdfium.PdfiumError as error:  # a page that PDFium cannot load: the file is damaged
            raise DocumentError(path, f"is a damaged PDF ({error})") from None
        encoding = "pdf"
        if sum(line.characters for page in pages for line in page) < MIN_CHARACTERS_PER_PAGE * max(len(pages), 1):
            pages = _ocr(path, document, range(len(pages)), SCANNED)
            encoding = "pdf (OCR)"
        elif unmapped := [index for index, page in enumerate(pages) if _unmapped(page)]:
            for index, lines in zip(unmapped, _ocr(path, document, unmapped, UNMAPPED), strict=True):
                pages[index] = lines
            encoding = "pdf (OCR)" if len(unmapped) == len(pages) else f"pdf (OCR of {len(unmapped)} pages)"
    finally:
        document.close()
    lines = [line for line in _without_furniture(pages) if line.text.strip() or line.table is not None]
    out: list[str] = []
    tables: list[TaskTable] = []
    for block in _paragraphs(lines):
        out.extend([block] if isinstance(block, str) else grid_lines(block, tables))
    text = "\n".join(out)
    checked(path, text + "\n".join(row.text for table in tables for row in table.rows), encoding)
    return RawText(str(path), text, encoding, tuple(tables))


def _text_lines(page: Any, number: int) -> list[Line]:
    """The page's lines, top to bottom: PDFium's own line breaks, each line placed by its characters' boxes; a
    ruled table is one line of its own holding its cells, and its characters are in no other line."""
    height = page.get_height()
    rules = page_rules(page)
    as_shown = shown_box(page)
    textpage = page.get_textpage()
    text = textpage.get_text_range()

    def character(i: int, loose: bool = False) -> Character:
        left, top, right, bottom = as_shown(textpage.get_charbox(i, loose=loose))
        return Character(text[i], left, right, top, bottom)

    pieces: list[tuple[str, list[Character]]] = []
    in_cells: list[Character] = []  # boxed by the font's whole height, so that “ and 、 sit on their line
    start = 0
    for piece in text.split("\r\n") if len(text) == textpage.count_chars() else [text]:
        shown = [i for i in range(start, start + len(piece)) if not text[i].isspace()]
        characters = [character(i) for i in shown]
        pieces.append((_in_reading_order(piece, characters), characters))
        if rules:
            in_cells += [character(i, loose=True) for i in shown]
        start += len(piece) + 2
    textpage.close()
    page.close()
    tables = ruled_tables(rules, in_cells) if rules else []
    tables = sorted(tables + open_tables(rules, in_cells, tables), key=lambda table: table.top)
    lines = [Line("", table.left, table.right, table.top, table.bottom, number, height, table.grid) for table in tables]
    for piece, characters in pieces:
        outside = [c for c in characters if not any(table.holds(c) for table in tables)]
        if len(outside) < len(characters):
            piece = "".join(c.text for c in outside)
        if outside:
            lines.append(
                Line(
                    text=piece,
                    left=min(c.left for c in outside),
                    right=max(c.right for c in outside),
                    top=min(c.top for c in outside),
                    bottom=max(c.bottom for c in outside),
                    page=number,
                    page_height=height,
                )
            )
    return sorted(lines, key=lambda line: line.top)


def _in_reading_order(piece: str, characters: list[Character]) -> str:
    """The line's text left to right. A PDF's text runs come in the order they were drawn, which is not always
    the order they are read: a writer may draw a line's CJK run, then the quotation marks of another font
    (完善一“”站式 for 完善“一站式”). One line's characters, drawn out of order, are read by their place."""
    lefts = [c.left for c in characters]
    if all(b >= a - 1.0 for a, b in itertools.pairwise(lefts)):
        return piece
    middles = [c.middle[1] for c in characters]
    tallest = max(c.bottom - c.top for c in characters)
    if max(middles) - min(middles) > tallest:  # two lines in one run: left as drawn
        return piece
    return "".join(c.text for c in sorted(characters, key=lambda c: c.left))


def _without_furniture(pages: list[list[Line]]) -> list[Line]:
    """Drop page numbers and running headers and footers: lines in a page's margin zones that are page numbers
    or that repeat (digits aside) in the margin zones of other pages."""

    def in_margin(line: Line) -> bool:
        if line.table is not None:
            return False
        zone = line.page_height * MARGIN_ZONE
        return line.top < zone or line.bottom > line.page_height - zone

    repeated = Counter(key for page in pages for key in {_shape(line.text) for line in page if in_margin(line)})
    kept = []
    for page in pages:
        for line in page:
            if in_margin(line) and (
                is_page_furniture(line.text) or (len(pages) > 1 and repeated[_shape(line.text)] > 1)
            ):
                continue
            kept.append(line)
    return kept


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _paragraphs(lines: list[Line]) -> list[str | list[list[str]]]:
    """Join wrapped lines: a line that starts at the text's left edge continues a line that ran to its right edge.
    A table stands between paragraphs; a table that goes on over the next page, with nothing between, is one
    table (pdf_tables.join_pages)."""
    texts = [line for line in lines if line.table is None] or [Line("", 0, 0, 0, 10.0, 0, 0)]
    em = sorted(line.height for line in texts)[len(texts) // 2] or 10.0
    # the text's edges, tables counted (they span the text's width): a page of table has few lines of text, and
    # a centred title and its subtitle would otherwise be taken to run from edge to edge
    left = Counter(round(line.left) for line in lines or texts).most_common(1)[0][0]
    right = max(Counter(round(line.right) for line in lines or texts).most_common(5))[0]
    blocks: list[str | list[list[str]]] = []
    previous: Line | None = None
    for line in lines:
        if line.table is not None:
            grid = [row[:] for row in line.table]
            last = blocks[-1] if blocks else None
            if isinstance(last, list) and previous is not None and previous.table is not None and goes_on(last, grid):
                join_pages(last, grid)
            else:
                blocks.append(grid)
            previous = line
            continue
        continues = (
            previous is not None
            and previous.table is None
            and (previous.right > right - 1.5 * em or ends_with_empty_field(previous.text))
            and previous.left < left + (right - left) / 3  # not a short line set right (a signature, a date)
            and not is_page_furniture(line.text)
            and (
                line.left < left + 0.8 * em
                # a paragraph indented as a block (a ledger under its work point) goes on at its own indent
                or (abs(line.left - previous.left) < 0.5 * em and marker_of(normalise_line(line.text.strip())) is None)
            )
        )
        if continues and isinstance(blocks[-1], str):
            blocks[-1] += line.text.strip()
        else:
            blocks.append(line.text.strip())
        previous = line
    return blocks


# -- scans ------------------------------------------------------------------------------------------------------


def _unmapped(lines: list[Line]) -> bool:
    """Does the page's text layer show codes rather than characters? A font embedded without a map to Unicode (no
    ToUnicode, as some typesetting systems and converters write) gives its glyphs' codes as text: control
    characters and Latin letters where the page shows Chinese. A Chinese page's letters, ASCII aside, are
    Chinese characters and punctuation; when fewer than half are, the page is read from its image."""
    shown = [
        character
        for line in lines
        for text in (line.text, *(cell for row in line.table or () for cell in row))
        for character in text
        if not character.isspace() and not "!" <= character <= "~"
    ]
    if len(shown) < MIN_CHARACTERS_PER_PAGE:
        return False
    chinese = sum(1 for c in shown if any(low <= c <= high for low, high in CHINESE_TEXT))
    return chinese < len(shown) / 2


SCANNED = "is a PDF without a text layer (a scanned document)"
UNMAPPED = "is a PDF whose fonts do not map their characters to Unicode (its text layer reads as codes)"


def _ocr(path: Path, document: Any, indices: Iterable[int], reason: str) -> list[list[Line]]:
    """The pages rendered and read by Tesseract, their lines placed in the page's own units (points) as a text
    layer's are; a DocumentError that gives `reason` when Tesseract or its Chinese data is missing."""
    tesseract = shutil.which("tesseract")
    if tesseract is None or OCR_LANGUAGE not in _languages(tesseract):
        raise DocumentError(
            path,
            f"{reason}; to read it by OCR install Tesseract with its simplified-Chinese data (Debian: apt-get "
            "install tesseract-ocr tesseract-ocr-chi-sim), or give a copy with text",
        )
    pages = []
    with tempfile.TemporaryDirectory(prefix="reformkg-ocr-") as folder:
        for index in indices:
            image = Path(folder) / f"page-{index}.png"
            page = document[index]
            _ink_only(page.render(scale=OCR_DPI / 72).to_pil()).save(image)
            page.close()
            result = subprocess.run(
                [tesseract, str(image), "stdout", "-l", OCR_LANGUAGE, "--psm", "4", "tsv"],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if result.returncode != 0:
                raise DocumentError(path, f"could not be read by OCR (tesseract: {result.stderr.strip()[-200:]})")
            pages.append(_tsv_lines(result.stdout, index, _image_height(image), scale=72 / OCR_DPI))
    return pages


def _ink_only(image: Any) -> Any:
    """The page as black ink on white: what is lighter than halfway from the ink to the paper goes. A seal stamped
    over the signature and its date (红章), shading and show-through are lighter than print; left in, Tesseract
    read neither the signature nor the number under the letterhead of a scanned 工作要点. The ink's level is the
    mean of the dark side of Otsu's threshold, so a dark or a light scan is cut at its own level."""
    grey = image.convert("L")
    histogram = grey.histogram()
    threshold = _otsu(histogram)
    dark = sum(histogram[:threshold])
    if not dark:
        return grey
    ink = sum(level * count for level, count in enumerate(histogram[:threshold])) / dark
    cut = (ink + threshold) / 2
    return grey.point(lambda level: 0 if level < cut else 255)


def _otsu(histogram: list[int]) -> int:
    """The grey level that best parts a histogram in two classes (Otsu's method)."""
    total = sum(histogram)
    weighted_total = sum(level * count for level, count in enumerate(histogram))
    below = weighted_below = 0
    best, best_level = -1.0, 128
    for level, count in enumerate(histogram):
        below += count
        weighted_below += level * count
        above = total - below
        if below == 0 or above == 0:
            continue
        spread = below * above * (weighted_below / below - (weighted_total - weighted_below) / above) ** 2
        if spread > best:
            best, best_level = spread, level + 1
    return best_level


def _languages(tesseract: str) -> set[str]:
    result = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=60, check=False)
    return set(result.stdout.split())


def _image_height(image: Path) -> int:
    from PIL import Image

    with Image.open(image) as opened:
        return int(opened.height)


def _tsv_lines(tsv: str, page: int, image_height: int, scale: float) -> list[Line]:
    """Tesseract's words (TSV) gathered into its lines, with their boxes in points (`scale` points a pixel);
    misread characters mended (ocr_words)."""
    lines: dict[tuple[str, str, str], list[tuple[str, float, float, float, float]]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        left, top, width, height = (float(c) * scale for c in cells[6:10])
        lines.setdefault((cells[2], cells[3], cells[4]), []).append((cells[11], left, left + width, top, top + height))
    out = []
    mender = ocr_mender()
    for words in lines.values():
        out.append(
            Line(
                text=mender.mend("".join(w[0] for w in words)),
                left=min(w[1] for w in words),
                right=max(w[2] for w in words),
                top=min(w[3] for w in words),
                bottom=max(w[4] for w in words),
                page=page,
                page_height=image_height * scale,
            )
        )
    return sorted(out, key=lambda line: line.top)
