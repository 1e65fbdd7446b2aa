"""Print a red-letterhead court document (红头文件) as a word processor prints it to PDF.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_letterhead.py

It writes tests/documents/shenzhen-2024-gaige-yaodian.pdf from tests/documents/sources/shenzhen-2024-gaige-yaodian.txt:
深圳市中级人民法院《2024年深化司法体制综合配套改革工作要点》 (invented content), laid out the way a court's
办公室 prints a 文件 from Word to PDF following GB/T 9704 (党政机关公文格式): portrait A4, GB/T 9704 margins and a
156 mm type area (the body compacted to 31 characters by 28 lines to keep a long 要点 on six pages), the red
发文机关标志 深圳市中级人民法院文件, the document number under it and a red rule, a
title on two lines, the addressee, a preamble, headings 一、 and （一）, work points 1. 2. … numbered through the whole
document, justified body paragraphs with a two-character first-line indent wrapped by the layout (several of them
continue over a page break), a bracketed ledger （牵头部门：…；配合部门：…；完成时限：…） closing many work points,
then the signature and date and the 版记 (抄送 line and 印发 line between rules).

The page numbers follow GB/T 9704 7.5: "— N —" in the footer, on odd pages flush right and on even pages flush
left, one character in from the edge of the type area (a word processor's odd/even footer). There is no running
header.

The source uses the tags of pdf_documents.py (whose font, styles, letterhead, rules and Chinese line-breaking rules
are imported from it, unchanged). The output is reproducible: reportlab's invariant mode fixes the creation date and
the document identifier, so a rerun gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # importing the sibling generator must not leave files behind

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pdf_documents import (  # noqa: E402  (the sibling generator owns the font, styles and line-breaking rules)
    DOCUMENTS,
    FONT,
    LEADING,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_W,
    SOURCES,
    TEXT_W,
    BodyParagraph,
    flowables,
    parse_source,
    register_font,
    styles,
    typeset_chinese_punctuation,
)

NAME = "shenzhen-2024-gaige-yaodian"
# The body is set in 4号 with a fixed 1.6 line spacing (31 characters by 28 lines), as an office compacts a long
# 要点 in Word; the letterhead, the number and the title keep the sizes of pdf_documents.py.
SIZE = TEXT_W / 31.0
LINE = SIZE * 1.6
# What Word writes into the Info dictionary when a document is saved as PDF.
CREATOR = "Microsoft® Word 2016"
PRODUCER = "Microsoft® Word 2016"


class LetterheadDocument(BaseDocTemplate):
    """A4 portrait, GB/T 9704 margins, one frame; the footer carries the page number only."""

    def __init__(self, target, settings: dict[str, str]):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=settings.get("pdf_title", ""),
            author=settings.get("pdf_author", ""),
            creator=CREATOR,
            producer=PRODUCER,
            invariant=1,
        )
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_W,
            PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.footer)])

    def footer(self, c, doc) -> None:
        n = c.getPageNumber()
        size = SIZE
        text = f"— {n} —"
        y = MARGIN_BOTTOM - LEADING * 1.3
        c.saveState()
        c.setFont(FONT, size)
        if n % 2:  # odd page: flush right, one character in
            c.drawRightString(PAGE_W - MARGIN_RIGHT - SIZE, y, text)
        else:  # even page: flush left, one character in
            c.drawString(MARGIN_LEFT + SIZE, y, text)
        c.restoreState()


def compact_styles() -> dict[str, ParagraphStyle]:
    st = styles()
    for key in ("p", "addressee", "h1", "h2", "center", "sign", "date"):
        indent = 2 * SIZE if st[key].firstLineIndent else 0
        st[key] = ParagraphStyle(key, parent=st[key], fontSize=SIZE, leading=LINE, firstLineIndent=indent)
    st["sign"].rightIndent = 4 * SIZE
    st["date"].rightIndent = 3 * SIZE
    st["copy"] = ParagraphStyle("copy", parent=st["copy"], fontSize=SIZE * 0.95, leading=LINE * 0.95)
    return st


def render() -> tuple[bytes, int, int]:
    """The PDF, its page count and the number of paragraphs that continue across a page break."""
    settings, blocks = parse_source(SOURCES / f"{NAME}.txt")
    buf = io.BytesIO()
    BodyParagraph.carried_over = 0
    doc = LetterheadDocument(buf, settings)
    doc.build(flowables(blocks, compact_styles()))
    return buf.getvalue(), doc.page, BodyParagraph.carried_over


def main(argv: list[str]) -> int:
    register_font()
    typeset_chinese_punctuation()
    data, pages, carried = render()
    target = DOCUMENTS / f"{NAME}.pdf"
    target.write_bytes(data)
    print(
        f"wrote tests/documents/{target.name} ({len(data):,} bytes, {pages} pages, "
        f"{carried} paragraphs continue across a page break)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
