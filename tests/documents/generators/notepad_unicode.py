"""Write a plan copied out of Word and saved by Windows Notepad as "Unicode" (UTF-16 LE with BOM, CRLF).

Run from the repository root:

    .venv/bin/python tests/documents/generators/notepad_unicode.py tests/documents/wuhanhaishi-2024-shishi-fangan.txt

The first argument is the output path. An optional second argument names the UTF-8 text to convert; without it
the script takes tests/documents/sources/wuhanhaishi-2024-shishi-fangan.txt, or the
wuhanhaishi-2024-shishi-fangan.source.txt lying next to this script. Needs only the standard library. The output
is deterministic: the same text gives the same bytes on every run.

What real-world layout it imitates: a specialised court's reform implementation plan (here 武汉海事法院《关于深化
海事审判机制改革的实施方案》, 2024, fictional content, real court, tribunals, bodies and places) that someone
selected in Word, copied, pasted into Notepad and saved with "另存为 / 编码: Unicode", which is how such plans
travel as .txt attachments between court departments:

- the bytes are UTF-16 little-endian with the byte-order mark FF FE, every line ends with CR LF (0D 00 0A 00),
  the last paragraph mark of the Word text gives a final CR LF; there is no blank line between paragraphs,
  because Word's plain-text copy writes one line per paragraph and the paragraph spacing is lost;
- Word's centring and right alignment are lost: the title and the document number line (武海法〔2024〕12号)
  start at column 0, body paragraphs keep the two full-width spaces (　　) typed as first-line indent, and the
  signature and date keep the run of full-width spaces their author used to push them to the right;
- the numbering is what Word's copy produces for typed numbers: headings 一、 二、 三、, work points （一） …
  （三十） as the item level (the plan has no 1. level of its own), and sub-points run in inside the work point's
  paragraph as 1.…；2.…；3.… (one of them typed with full-width １．２．３．);
- some digits stay full-width as typed in Word (２０２４年, ４８小时, 第１批, the 印发 date), others are half-width;
- the structure is 通知-less: title, number, preamble, 一、总体要求 (指导思想 / 工作目标 prose, no work points),
  二、主要任务 with the work points, 三、组织保障 in prose, the 附件 line, signature 武汉海事法院 and date
  2024年5月20日, then the 抄送 and 印发 lines of the document's colophon.
"""

from __future__ import annotations

import sys
from pathlib import Path

NAME = "wuhanhaishi-2024-shishi-fangan"
HERE = Path(__file__).resolve().parent
CANDIDATES = [
    HERE.parent / "sources" / f"{NAME}.txt",
    HERE / f"{NAME}.source.txt",
]


def notepad_unicode(text: str) -> bytes:
    """Encode text the way Notepad's "Unicode" save does: BOM, UTF-16 LE, CRLF line ends."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = "".join(line + "\r\n" for line in lines)
    return b"\xff\xfe" + body.encode("utf-16-le")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.splitlines()[0], file=sys.stderr)
        print("usage: notepad_unicode.py OUTPUT [SOURCE.txt]", file=sys.stderr)
        return 2
    output = Path(argv[1])
    if len(argv) > 2:
        source = Path(argv[2])
    else:
        found = [p for p in CANDIDATES if p.exists()]
        if not found:
            print("source text not found: " + ", ".join(str(p) for p in CANDIDATES), file=sys.stderr)
            return 1
        source = found[0]
    data = notepad_unicode(source.read_text(encoding="utf-8"))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    print(f"wrote {output} ({len(data)} bytes) from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
