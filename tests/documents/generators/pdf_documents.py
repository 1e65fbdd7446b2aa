"""Print the PDF test documents from their plain-text sources.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_documents.py

Each source in tests/documents/sources/<name>.txt holds the text of one document, one block per line:

    @set KEY VALUE      page furniture (see SETTINGS below), before the first block
    @letterhead TEXT    large red letterhead (××高级人民法院文件)
    @number TEXT        document number under the letterhead, centred
    @redrule            red rule under the letterhead
    @vspace N           N points of vertical space
    @big TEXT           large centred line (a cover page's issuer or title)
    @center TEXT        centred line in the body size
    @title TEXT         the document's title, centred (several lines give a title on several lines)
    @addressee TEXT     the 主送 line, flush left
    @h1 TEXT            a top-level heading 一、…
    @h2 TEXT            a second-level heading （一）…
    @p TEXT             a body paragraph: justified, first line indented by two characters, wrapped by the layout
    @ledger TEXT        a ledger line after a work point; runs of two spaces or more become a wide gap
    @sign TEXT          signature (issuing body), right-aligned
    @date TEXT          signature date, right-aligned
    @copy TEXT          抄送 line, between thin rules
    @printed LEFT | RIGHT   印发 line: left and right text on one line, ruled underneath
    @pagebreak          start a new page

Lines starting with # and blank lines are ignored.

Settings:
    running_header TEXT     text of the running header
    header_from N           first page that carries the running header (default 2)
    page_number STYLE       dash "— 3 —", hyphen "-3-", spaced "- 3 -", of "第 3 页 共 9 页", none
    first_page_number STYLE style of page 1's number (default: page_number)
    pdf_title TEXT          the PDF's Info /Title
    pdf_author TEXT         the PDF's Info /Author

Besides the three documents printed from sources, two documents that a reader must refuse are derived from the
first one: a scan (pages that are only images, no text layer) and a copy encrypted with a user password.
"""

from __future__ import annotations

import datetime
import io
import re
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT = "WQYZenHei"

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"

PRINTED = [
    "hubei-2022-gongzuo-yaodian",
    "shandong-2024-shishi-fangan",
    "shanghai-2021-gaige-yaodian",
]
SCAN_OF = "hubei-2022-gongzuo-yaodian"
SCAN_NAME = "scan-2022-gongzuo-yaodian"
SCAN_PAGES = (1, 2)
SCAN_DPI = 300
ENCRYPTED_OF = "hubei-2022-gongzuo-yaodian"
ENCRYPTED_NAME = "encrypted-2022-gongzuo-yaodian"
USER_PASSWORD = "hbgy2022"
OWNER_PASSWORD = "hbgy-sgb-2022"

# GB/T 9704-like page: A4, 156 mm type area, 28 characters a line, about 22 lines a page.
PAGE_W, PAGE_H = A4
MARGIN_TOP = 37 * mm
MARGIN_BOTTOM = 33 * mm
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 26 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = TEXT_W / 28.0  # 28 characters a line
LEADING = BODY_SIZE * 1.78
RED = colors.Color(0.86, 0.0, 0.0)


def typeset_chinese_punctuation() -> None:
    """Chinese line-breaking rules for reportlab's CJK wrap.

    Closing punctuation never starts a line (it hangs in the right margin instead): reportlab knows the Japanese
    list, the Chinese full-width comma, colon, semicolon, closing book-title mark and closing quotes are added.
    Opening brackets and quotes never end a line."""
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    extra = "，。、；：？！）》〉」』】〕”’…"
    for module in (textsplit, paragraph):
        module.ALL_CANNOT_START = "".join(dict.fromkeys(module.ALL_CANNOT_START + extra))
    # An opening bracket or quote never ends a line: it goes down with the character it opens.
    # reportlab has no such rule; it is added to both of its CJK line breakers (a single run of text goes
    # through textsplit.dumbSplit, mixed runs through paragraph.cjkFragSplit).
    opening = "“‘（《〈「『【〔"
    # Two closing marks in a row (》，) cannot both hang: the line gives back characters until the next line
    # starts with a character that may start a line.
    _patch_line_breaker(
        textsplit,
        "dumbSplit",
        "                i -= 1\n                extraSpace += w\n",
        "            while i < nW and i > lineStartPos + 2 and word[i] in ALL_CANNOT_START:\n"
        "                i -= 1\n"
        "                extraSpace += widths[i]\n"
        "            while i > lineStartPos + 2 and word[i - 1] in OPENING:\n"
        "                i -= 1\n"
        "                extraSpace += widths[i]\n",
        opening,
    )
    _patch_line_breaker(
        paragraph,
        "cjkFragSplit",
        "                    i -= 1\n                    extraSpace += w\n",
        "                while i < nU and i > lineStartPos + 2 and U[i] in ALL_CANNOT_START:\n"
        "                    i -= 1\n"
        "                    extraSpace += U[i].width\n"
        "                while i > lineStartPos + 2 and U[i - 1] in OPENING:\n"
        "                    i -= 1\n"
        "                    extraSpace += U[i].width\n",
        opening,
    )


def _patch_line_breaker(module, name: str, anchor: str, addition: str, opening: str) -> None:
    import inspect

    source = inspect.getsource(getattr(module, name))
    if anchor not in source:
        raise SystemExit(f"reportlab's {module.__name__}.{name} changed: cannot add the line-breaking rules")
    source = source.replace(anchor, anchor + addition, 1)
    namespace = vars(module)  # the function keeps reading the module's (patched) globals
    namespace["OPENING"] = opening
    exec(compile(source, module.__file__, "exec"), namespace)


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "base", fontName=FONT, fontSize=BODY_SIZE, leading=LEADING, wordWrap="CJK", alignment=TA_JUSTIFY
    )
    return {
        "p": ParagraphStyle("p", parent=base, firstLineIndent=2 * BODY_SIZE),
        "ledger": ParagraphStyle(
            "ledger", parent=base, fontSize=BODY_SIZE * 0.9, firstLineIndent=2 * BODY_SIZE, alignment=TA_LEFT
        ),
        "addressee": ParagraphStyle("addressee", parent=base, alignment=TA_LEFT, spaceBefore=LEADING * 0.5),
        "h1": ParagraphStyle("h1", parent=base, firstLineIndent=2 * BODY_SIZE, alignment=TA_LEFT),
        "h2": ParagraphStyle("h2", parent=base, firstLineIndent=2 * BODY_SIZE, alignment=TA_LEFT),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontSize=BODY_SIZE * 1.4,
            leading=BODY_SIZE * 2.1,
            alignment=TA_CENTER,
            keepWithNext=1,
        ),
        "big": ParagraphStyle(
            "big", parent=base, fontSize=BODY_SIZE * 1.9, leading=BODY_SIZE * 2.8, alignment=TA_CENTER
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", parent=base, alignment=TA_RIGHT, rightIndent=4 * BODY_SIZE),
        "date": ParagraphStyle("date", parent=base, alignment=TA_RIGHT, rightIndent=3 * BODY_SIZE),
        "copy": ParagraphStyle(
            "copy",
            parent=base,
            fontSize=BODY_SIZE * 0.9,
            leading=LEADING * 0.9,
            alignment=TA_LEFT,
            leftIndent=BODY_SIZE * 0.5,
        ),
    }


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Letterhead(Flowable):
    """The red 发文机关标志: one line, large, horizontally condensed to fit the type area."""

    def __init__(self, text: str, size: float = BODY_SIZE * 2.9):
        super().__init__()
        self.text, self.size = text, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.5

    def draw(self):
        c = self.canv
        natural = pdfmetrics.stringWidth(self.text, FONT, self.size)
        scale = min(100.0, 100.0 * self.aw * 0.98 / natural)
        width = natural * scale / 100.0
        c.saveState()
        c.setFillColor(RED)
        c.setFont(FONT, self.size)
        t = c.beginText()
        t.setTextOrigin((self.aw - width) / 2.0, self.size * 0.3)
        t.setFont(FONT, self.size)
        t.setHorizScale(scale)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()


class Rule(Flowable):
    def __init__(self, color=RED, thickness: float = 2.0, space_before: float = 4.0, space_after: float = 12.0):
        super().__init__()
        self.color, self.thickness = color, thickness
        self.space_before, self.space_after = space_before, space_after

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.space_before + self.thickness + self.space_after

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.color)
        c.setLineWidth(self.thickness)
        y = self.space_after + self.thickness / 2.0
        c.line(0, y, self.aw, y)
        c.restoreState()


class TwoSided(Flowable):
    """One line with text flush left and text flush right (the 印发 line)."""

    def __init__(self, left: str, right: str, size: float):
        super().__init__()
        self.left, self.right, self.size = left, right, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.9

    def draw(self):
        c = self.canv
        c.setFont(FONT, self.size)
        c.drawString(self.size * 0.5, self.size * 0.55, self.left)
        c.drawRightString(self.aw - self.size * 0.5, self.size * 0.55, self.right)


def page_number_text(style: str, n: int, total: int) -> str:
    return {
        "dash": f"— {n} —",
        "hyphen": f"-{n}-",
        "spaced": f"- {n} -",
        "of": f"第 {n} 页 共 {total} 页",
        "none": "",
    }[style]


def parse_source(path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    settings: dict[str, str] = {}
    blocks: list[tuple[str, str]] = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"@(\w+)(?:\s+(.*))?$", line)
        if not m:
            raise SystemExit(f"{path}:{lineno}: a line must start with @tag: {line[:40]}")
        tag, text = m.group(1), (m.group(2) or "").strip()
        if tag == "set":
            key, _, value = text.partition(" ")
            settings[key] = value.strip()
        else:
            blocks.append((tag, text))
    return settings, blocks


class BodyParagraph(Paragraph):
    """A body paragraph that counts how often the layout carries it over a page break."""

    carried_over = 0

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) > 1:
            BodyParagraph.carried_over += 1
        return parts


def block(tag: str, text: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if tag == "letterhead":
        return [Letterhead(text)]
    if tag == "number":
        return [Spacer(1, LEADING * 0.6), Paragraph(esc(text), st["center"])]
    if tag == "redrule":
        return [Rule(RED, 2.2, 2.0, LEADING * 0.9)]
    if tag == "vspace":
        return [Spacer(1, float(text))]
    if tag in ("h1", "h2"):
        # a heading is never the last line of a page: it needs itself and two lines below it
        return [CondPageBreak(LEADING * (4.2 if tag == "h1" else 3.2)), Paragraph(esc(text), st[tag])]
    if tag == "p":
        return [BodyParagraph(esc(text), st["p"])]
    if tag in ("big", "center", "title", "addressee", "sign", "date"):
        return [Paragraph(esc(text), st[tag])]
    if tag == "ledger":
        # a wide gap between the fields, as typed with spaces in a word processor
        return [Paragraph(re.sub(r"\s{2,}", "&nbsp;" * 4, esc(text)), st["ledger"])]
    if tag == "copy":
        return [Rule(colors.black, 0.6, 2.0, 2.0), Paragraph(esc(text), st["copy"])]
    if tag == "printed":
        left, _, right = text.partition("|")
        return [
            Rule(colors.black, 0.6, 2.0, 0.0),
            TwoSided(left.strip(), right.strip(), BODY_SIZE * 0.9),
            Rule(colors.black, 0.6, 0.0, 2.0),
        ]
    if tag == "pagebreak":
        return [PageBreak()]
    raise SystemExit(f"unknown tag @{tag}")


def flowables(blocks: list[tuple[str, str]], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    closing: list[Flowable] = []  # the 抄送 and 印发 lines stay together on one page
    for tag, text in blocks:
        if tag in ("copy", "printed"):
            closing += block(tag, text, st)
            continue
        if closing:
            out.append(KeepTogether(closing))
            closing = []
        out += block(tag, text, st)
    if closing:
        out.append(KeepTogether(closing))
    return out


class Document(BaseDocTemplate):
    def __init__(self, target, settings: dict[str, str], total_pages: int):
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=settings.get("pdf_title", ""),
            author=settings.get("pdf_author", ""),
            creator="",
            producer="",
            invariant=1,
        )
        self.settings = settings
        self.total_pages = total_pages
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
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.furniture)])

    def furniture(self, c, doc) -> None:
        n = c.getPageNumber()
        s = self.settings
        header = s.get("running_header")
        if header and n >= int(s.get("header_from", "2")):
            c.saveState()
            size = BODY_SIZE * 0.68
            c.setFont(FONT, size)
            y = PAGE_H - MARGIN_TOP + LEADING * 0.9
            c.drawCentredString(PAGE_W / 2.0, y, header)
            c.setLineWidth(0.5)
            c.line(MARGIN_LEFT, y - size * 0.55, PAGE_W - MARGIN_RIGHT, y - size * 0.55)
            c.restoreState()
        style = s.get("page_number", "none")
        if n == 1:
            style = s.get("first_page_number", style)
        text = page_number_text(style, n, self.total_pages)
        if text:
            c.saveState()
            c.setFont(FONT, BODY_SIZE * 0.9)
            c.drawCentredString(PAGE_W / 2.0, MARGIN_BOTTOM - LEADING * 1.3, text)
            c.restoreState()


def render(name: str) -> tuple[bytes, int, int]:
    """The PDF, its page count and the number of paragraphs that continue across a page break."""
    settings, blocks = parse_source(SOURCES / f"{name}.txt")
    st = styles()
    # first pass counts the pages for "第 N 页 共 M 页"
    probe = Document(io.BytesIO(), settings, 0)
    probe.build(flowables(blocks, st))
    total = probe.page
    buf = io.BytesIO()
    BodyParagraph.carried_over = 0
    Document(buf, settings, total).build(flowables(blocks, st))
    return buf.getvalue(), total, BodyParagraph.carried_over


def scan(pdf: bytes, pages: tuple[int, ...]) -> bytes:
    """Pages that are only images, as a scanner writes them: no font, no text layer.

    Each page of the printed PDF is rendered at 300 dpi (pypdfium2, installed with pdfplumber), greyed, a little
    skewed and softened like a sheet through a feeder, and written as a JPEG page by Pillow's PDF writer."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(pdf)
    images = []
    for i, number in enumerate(pages):
        bitmap = doc[number - 1].render(scale=SCAN_DPI / 72.0, grayscale=True)
        img = bitmap.to_pil().convert("L")
        img = img.rotate(0.35 if i % 2 == 0 else -0.25, resample=Image.BICUBIC, expand=False, fillcolor=255)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        img = img.point(lambda v: 28 + v * 222 // 255)  # paper is never white, toner never black
        images.append(img)
    doc.close()
    buf = io.BytesIO()
    scanned = datetime.datetime(2022, 3, 21, 9, 42, 7).timetuple()  # fixed: the same bytes on every run
    images[0].save(
        buf,
        "PDF",
        resolution=float(SCAN_DPI),
        save_all=True,
        append_images=images[1:],
        quality=82,
        creationDate=scanned,
        modDate=scanned,
    )
    return buf.getvalue()


def encrypt(pdf: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    file_id = ByteStringObject(b"reformkg-hubei22")
    writer._ID = ArrayObject((file_id, file_id))
    writer.encrypt(user_password=USER_PASSWORD, owner_password=OWNER_PASSWORD, algorithm="RC4-128")
    writer._ID = ArrayObject((file_id, file_id))  # a fixed identifier: the same bytes on every run
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main(argv: list[str]) -> int:
    register_font()
    typeset_chinese_punctuation()
    printed: dict[str, bytes] = {}
    for name in PRINTED:
        printed[name], pages, carried = render(name)
        (DOCUMENTS / f"{name}.pdf").write_bytes(printed[name])
        print(
            f"wrote tests/documents/{name}.pdf ({len(printed[name]):,} bytes, {pages} pages, "
            f"{carried} paragraphs continue across a page break)"
        )
    data = scan(printed[SCAN_OF], SCAN_PAGES)
    (DOCUMENTS / f"{SCAN_NAME}.pdf").write_bytes(data)
    print(f"wrote tests/documents/{SCAN_NAME}.pdf ({len(data):,} bytes)")
    data = encrypt(printed[ENCRYPTED_OF])
    (DOCUMENTS / f"{ENCRYPTED_NAME}.pdf").write_bytes(data)
    print(f"wrote tests/documents/{ENCRYPTED_NAME}.pdf ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
