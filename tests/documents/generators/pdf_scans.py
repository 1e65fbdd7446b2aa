"""Print a stamped document and scan it: a PDF of page images only, with no text layer.

Run from the repository root:

    .venv/bin/python tests/documents/generators/pdf_scans.py

A court often posts the scan of the printed, signed and stamped paper rather than the word-processor file. This
generator makes such a document in two steps:

1. It lays the pages out with reportlab from a plain-text source, tests/documents/sources/<name>.txt, in the
   format of pdf_documents.py (whose font registration, Chinese line-breaking rules, block tags, page template
   and "— 3 —" page numbers it imports). One tag is added:

       @seal TEXT      a round red seal stamped over the signature and date just above it, TEXT along its rim

   The body is set a little denser than pdf_documents.py (leading 1.5 instead of 1.78 times the body size), as
   many printed work points are.

2. It scans the printed pages: each page is rendered by pypdfium2 at 200 dpi in grayscale (the red letterhead,
   rule and seal become grey), the paper gets a faint grey tone, the sheet is skewed by 0.3-0.6 degrees, the
   toner is softened a little and light sensor noise is added (Python's random with a fixed seed), and the images
   are written by Pillow's PDF writer as JPEG pages with fixed dates. The result has no font and no text: a reader
   must recognise the characters on the images.

The output is the same bytes on every run.

Documents:
    guangxi-2023-gongzuo-yaodian   广西壮族自治区高级人民法院《2023年全区法院司法体制改革工作要点》, 4 pages
"""

from __future__ import annotations

import datetime
import io
import math
import random
import sys
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf_documents as printed  # noqa: E402  (font, line breaking, block tags, page template)

DOCUMENTS = printed.DOCUMENTS
SOURCES = printed.SOURCES

SCANS = {
    # name: (seed of the noise, skew of each page in degrees, date written into the PDF)
    "guangxi-2023-gongzuo-yaodian": (20230220, (0.42, -0.35, 0.55, -0.31), datetime.datetime(2023, 2, 24, 10, 17, 3)),
}
SCAN_DPI = 200
LEADING_FACTOR = 1.5
SEAL_RED = colors.Color(0.90, 0.16, 0.16)
SEAL_RADIUS = 60.0  # points: a 42 mm seal


def dense_styles() -> dict[str, ParagraphStyle]:
    """pdf_documents' styles with a denser body leading."""
    out = {}
    for name, style in printed.styles().items():
        leading = style.leading
        if abs(style.leading - printed.LEADING) < 0.01 or abs(style.leading - printed.LEADING * 0.9) < 0.01:
            leading = style.leading * LEADING_FACTOR / 1.78
        out[name] = ParagraphStyle(name, parent=style, leading=leading)
    return out


class Seal(Flowable):
    """A round seal stamped over the two lines above it (signature and date): red ring, a five-pointed star and
    the issuer's name along the upper rim, in translucent ink. It takes no room of its own."""

    def __init__(self, text: str, leading: float):
        super().__init__()
        self.text, self.leading = text, leading

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, 0

    def draw(self):
        c = self.canv
        size = printed.BODY_SIZE
        # centre of the signature line (right-aligned, right indent of 4 characters)
        sign_w = len(self.text) * size
        cx = self.aw - 4 * size - sign_w / 2.0 + size * 2.2
        cy = self.leading * 1.05
        r = SEAL_RADIUS
        c.saveState()
        c.setStrokeColor(SEAL_RED)
        c.setFillColor(SEAL_RED)
        c.setStrokeAlpha(0.78)
        c.setFillAlpha(0.78)
        c.setLineWidth(2.6)
        c.circle(cx, cy, r, stroke=1, fill=0)
        # the star
        star_r = r * 0.30
        points = []
        for k in range(10):
            rad = star_r if k % 2 == 0 else star_r * 0.38
            a = math.pi / 2 + k * math.pi / 5
            points.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
        path = c.beginPath()
        path.moveTo(*points[0])
        for p in points[1:]:
            path.lineTo(*p)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        # the name along the rim, from lower left over the top to lower right
        font_size = 15.0
        c.setLineWidth(0.5)
        n = len(self.text)
        span = math.radians(250.0)
        start = math.pi / 2 + span / 2.0
        text_r = r - 4.0 - font_size
        for i, ch in enumerate(self.text):
            a = start - span * (i + 0.5) / n
            c.saveState()
            c.translate(cx + text_r * math.cos(a), cy + text_r * math.sin(a))
            c.rotate(math.degrees(a) - 90.0)
            t = c.beginText(-printed.pdfmetrics.stringWidth(ch, printed.FONT, font_size) / 2.0, 0)
            t.setFont(printed.FONT, font_size)
            t.setTextRenderMode(2)  # fill and stroke: the bold strokes of a carved seal
            t.textOut(ch)
            c.drawText(t)
            c.restoreState()
        c.restoreState()


def flowables(blocks: list[tuple[str, str]], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    signature: list[Flowable] = []  # signature, date and seal stay on one page
    for tag, text in blocks:
        if tag in ("sign", "date"):
            signature += printed.block(tag, text, st)
        elif tag == "seal":
            signature.append(Seal(text, st["p"].leading))
        else:
            if signature:
                out.append(KeepTogether(signature))
                signature = []
            out += printed.block(tag, text, st)
    if signature:
        out.append(KeepTogether(signature))
    return out


def render(name: str) -> tuple[bytes, int]:
    settings, blocks = printed.parse_source(SOURCES / f"{name}.txt")
    st = dense_styles()
    probe = printed.Document(io.BytesIO(), settings, 0)
    probe.build(flowables(blocks, st))
    buf = io.BytesIO()
    printed.Document(buf, settings, probe.page).build(flowables(blocks, st))
    return buf.getvalue(), probe.page


def scan(pdf: bytes, seed: int, skews: tuple[float, ...], when: datetime.datetime) -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image, ImageChops, ImageFilter

    doc = pdfium.PdfDocument(pdf)
    if len(doc) > len(skews):
        raise SystemExit(f"{len(doc)} pages but only {len(skews)} skews")
    rng = random.Random(seed)
    images = []
    for i in range(len(doc)):
        bitmap = doc[i].render(scale=SCAN_DPI / 72.0, grayscale=True)
        img = bitmap.to_pil().convert("L")
        img = img.filter(ImageFilter.GaussianBlur(0.45))  # toner spread
        img = img.point(lambda v: 30 + v * 208 // 255)  # grey paper (238), toner never quite black
        img = img.rotate(skews[i], resample=Image.BICUBIC, expand=False, fillcolor=238)
        noise = Image.frombytes("L", img.size, rng.randbytes(img.size[0] * img.size[1]))
        noise = noise.point(lambda v: v * 14 // 255)  # 0..14
        img = ImageChops.subtract(img, noise, 1.0, 7)  # +-7 grey levels of sensor noise
        images.append(img)
    doc.close()
    stamp = when.timetuple()
    buf = io.BytesIO()
    images[0].save(
        buf,
        "PDF",
        resolution=float(SCAN_DPI),
        save_all=True,
        append_images=images[1:],
        quality=80,
        creationDate=stamp,
        modDate=stamp,
    )
    return buf.getvalue()


def main(argv: list[str]) -> int:
    printed.register_font()
    printed.typeset_chinese_punctuation()
    for name, (seed, skews, when) in SCANS.items():
        pdf, pages = render(name)
        data = scan(pdf, seed, skews, when)
        (DOCUMENTS / f"{name}.pdf").write_bytes(data)
        print(f"wrote tests/documents/{name}.pdf ({len(data):,} bytes, {pages} scanned pages, no text layer)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
