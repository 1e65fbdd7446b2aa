"""Write the plain-text test document that imitates text copied out of a PDF viewer.

Run from the repository root:

    .venv/bin/python tests/documents/generators/text_pdf_copy.py

What it imitates: a researcher opens a court's red-head PDF (an A4 page set in 仿宋 三号, about 34 characters to
a line and 28 lines to a page), selects all, copies and pastes into a text editor on a Chinese Windows machine,
then saves with the editor's default encoding. What comes out, and what this script writes:

- every paragraph is hard-wrapped where the printed line ended: a break falls mid-word and mid-sentence, a
  paragraph's first line is two characters shorter (its indent is lost on copy), half-width digits and letters take
  half a character's width, and the layout lets Latin text wrap inside a word (so "99.5%" can end a line with
  "99." and "2.0" with "2.");
- closing punctuation hangs on the line before (a line never starts with ，。、；：？！”）》) and opening
  punctuation (“《（) never ends a line — except where the source marks a break with ¦: there the printed line
  broke before the character that would have hung (a line ends just before a 。);
- the page number ("— 3 —") sits on a line of its own after every page, so a page break can fall inside a
  paragraph; centred lines lose their centring, right-aligned lines keep a run of spaces;
- the file is GB18030 with CRLF line ends, no byte-order mark.

The source (UTF-8) is tests/documents/sources/<name>.txt; its format is described at its head. The output is the
same bytes on every run.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "tests" / "documents" / "sources"
DOCUMENTS = ROOT / "tests" / "documents"

NAMES = ["foshan-2025-gaige-yaodian"]

LINE_WIDTH = 34  # characters of the body size on one printed line
INDENT = 2  # a paragraph's first line is indented by two characters
LINES_PER_PAGE = 28
PAGE_WIDTH_SPACES = 60  # run of spaces a right-aligned line is copied with, at most
HANG = set("，。、；：？！”’）》〕」』…,.;:?!)%")  # never starts a line (hangs on the line before)
OPENERS = set("“‘（《〔「『(")  # never ends a line (moves to the next)
BREAK = "¦"


def width(char: str) -> float:
    """Half a character for half-width (ASCII) characters, one for everything else."""
    return 0.5 if ord(char) < 0x80 else 1.0


def wrap(text: str) -> list[str]:
    """Hard-wrap one paragraph the way the page layout broke it."""
    lines: list[str] = []
    current = ""
    used = 0.0
    room = LINE_WIDTH - INDENT
    index = 0
    while index < len(text):
        char = text[index]
        if char == BREAK:
            lines.append(current)
            current, used, room = "", 0.0, LINE_WIDTH
            index += 1
            continue
        if used + width(char) > room and current:
            if char in HANG:
                # hanging punctuation: printed in the margin of the full line
                current += char
                index += 1
                char = None
            # an opening quote or bracket does not stay at the end of a line
            carried = ""
            while current and current[-1] in OPENERS:
                carried = current[-1] + carried
                current = current[:-1]
            lines.append(current)
            current, used, room = carried, sum(width(c) for c in carried), LINE_WIDTH
            if char is None:
                continue
        current += char
        used += width(char)
        index += 1
    if current:
        lines.append(current)
    return lines


def layout(source: str) -> list[str]:
    """The lines of the document as a PDF viewer copies them, page numbers included."""
    out: list[str] = []
    page: list[str] = []
    number = 1

    def finish_page() -> None:
        nonlocal page, number
        out.extend(page)
        footer = f"— {number} —"
        # odd pages carry the number at the right, even pages at the left
        out.append(footer.rjust(PAGE_WIDTH_SPACES) if number % 2 else footer)
        page = []
        number += 1

    def put(line: str) -> None:
        page.append(line)
        if len(page) == LINES_PER_PAGE:
            finish_page()

    for raw in source.splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw == "@blank":
            put("")
        elif raw == "@newpage":
            if page:
                finish_page()
        elif raw.startswith("@center "):
            put(raw[len("@center ") :])
        elif raw.startswith("@right "):
            text = raw[len("@right ") :]
            put(" " * (PAGE_WIDTH_SPACES - 2 * len(text)) + text)
        elif raw.startswith("@"):
            raise ValueError(f"unknown tag: {raw}")
        else:
            for line in wrap(raw):
                put(line)
    if page:
        finish_page()
    return out


def main() -> None:
    for name in NAMES:
        source = (SOURCES / f"{name}.txt").read_text(encoding="utf-8")
        text = "\r\n".join(layout(source)) + "\r\n"
        target = DOCUMENTS / f"{name}.txt"
        target.write_bytes(text.encode("gb18030"))
        print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
