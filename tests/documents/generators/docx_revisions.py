"""Build the Word test document that still carries its review marks (tracked changes, comments, footnotes).

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_revisions.py

The source tests/documents/sources/<name>.docx.txt becomes tests/documents/<name>.docx. The output is
deterministic (fixed zip timestamps, document properties, revision and comment dates): a rebuild without source
changes is byte-identical. Needs python-docx (>= 1.2, for comments). Fonts, runs, the PAGE field and the
deterministic zip come from docx_documents.py.

What this document tests (a draft as it was circulated after review, with the review left in the file):

- Tracked changes in the body (word/document.xml): w:ins runs (inserted words, part of the final text) and
  w:del runs whose text is in w:delText (deleted words, NOT part of the final text); one paragraph whose
  paragraph mark is a tracked deletion (w:pPr/w:rPr/w:del), so that accepting the changes merges it with the
  next paragraph. The text as published is the text with every change accepted. settings.xml carries
  w:trackRevisions, as a file saved with "Track Changes" on does.
- Comments (word/comments.xml, anchored with w:commentRangeStart / w:commentRangeEnd and a run holding
  w:commentReference): their text is reviewers' notes, not document text.
- Footnotes (word/footnotes.xml, with Word's separator and continuation-separator notes and w:footnotePr in
  settings.xml; a superscript run holding w:footnoteReference in the body): notes, not document text.
  In the source, every footnote comes before every comment: LibreOffice 7.4 gives a footnote the text of
  another (or none) when a comment anchor lies between two footnote references; Word does not.
- Section headings and work points numbered by Word's automatic list numbering, with no number in the text:
  one abstractNum (ABSTRACT_NUM_ID, "multilevel") with
  level 0: numFmt chineseCounting, lvlText "%1、", suff nothing → 一、 二、 三、 …  (section headings, style
           "Heading 1", w:numPr ilvl 0 on the paragraph itself);
  level 1: numFmt decimal, lvlText "%2.", suff nothing, no w:lvlRestart → 1. 2. … restarting at 1 after every
           level-0 paragraph, i.e. in every section (work points, style Normal, w:numPr ilvl 1 on the paragraph).
           (w:lvlRestart 0, "never restart", is left out on purpose: LibreOffice 7.4 ignores it, Word does not,
           and the printed labels must not depend on the program.)
  One w:num (NUM_ID) points at it.
- A running header (the court's name) and a footer "— N —" made of a PAGE field (header/footer parts).

Source format (UTF-8, one block per line; blank lines and lines starting with "#" are ignored):

    @header: TEXT            running page header
    @footer: page            footer "— N —" with a Word PAGE field
    @title: / @author:       document properties
    @date: YYYY-MM-DD        document property dates and zip timestamps
    @reviser: NAME           author of the tracked changes
    @revised: ISO-DATETIME   date of the tracked changes and comments (e.g. 2025-02-26T09:30:00Z)

    [letterhead] TEXT        red letterhead line (large, centred)
    [docno] TEXT             document number, centred, red rule below
    [title] TEXT             title (large, centred)
    [flush] TEXT             paragraph without indent (addressees)
    [p] TEXT                 Normal paragraph, first line indented
    [h1] TEXT                section heading ("Heading 1"), numbered 一、 by the list (level 0)
    [item] TEXT              work point, numbered 1. by the list (level 1, restarting in every section)
    [ledger] TEXT            ledger line under a work point (牵头部门/配合部门/完成时限), 楷体, indented
    [sign] / [date] TEXT     signature and date, right-aligned
    [note] TEXT              small line such as （此件发至基层人民法院）
    [pagebreak]              page break

Inline marks inside any TEXT:

    {+text+}                 tracked insertion (w:ins)
    {-text-}                 tracked deletion (w:del, the text in w:delText)
    {¶-}                     (at the end of a paragraph) the paragraph mark is a tracked deletion
    <<anchor||comment>>      comment anchored on "anchor" (document text); the comment text is "author：note",
                             the part before the first "：" being the comment's author
    ^[text]                  footnote reference at this point; the note's text goes to footnotes.xml
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docx_documents import (
    FANGSONG,
    HEITI,
    KAITI,
    XIAOBIAOSONG,
    add_page_field,
    add_text,
    page_setup,
    set_fonts,
    setup_styles,
    write_deterministic,
)

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"
NAMES = ["neimenggu-2025-gaige-yaodian"]

ABSTRACT_NUM_ID = 92  # the template's own lists use 0-8; docx_documents uses 90, docx_headings 91
NUM_ID = 30
RED = RGBColor(0xE6, 0x00, 0x12)
MARK = re.compile(
    r"\{\+(?P<ins>.*?)\+\}|\{-(?P<del>.*?)-\}|<<(?P<anchor>.*?)\|\|(?P<comment>.*?)>>|\^\[(?P<note>.*?)\]"
)
DELETED_MARK = "{¶-}"


# ---------------------------------------------------------------- source parsing


def parse(path: Path) -> tuple[dict[str, str], list[tuple[str, str]]]:
    settings: dict[str, str] = {}
    blocks: list[tuple[str, str]] = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, _, value = line[1:].partition(":")
            settings[key.strip()] = value.strip()
        elif line == "[pagebreak]":
            blocks.append(("pagebreak", ""))
        elif line.startswith("["):
            tag, _, text = line[1:].partition("]")
            blocks.append((tag.strip(), text.strip()))
        else:
            raise SystemExit(f"{path.name}:{n}: a line must start with [tag], @key or #: {line}")
    return settings, blocks


# ---------------------------------------------------------------- numbering


def lvl(ilvl: int, fmt: str, text: str, font: str) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{font}" w:hAnsi="Times New Roman" w:hint="eastAsia"/>'
        "</w:rPr></w:lvl>"
    )


def add_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    levels = [
        lvl(0, "chineseCounting", "%1、", HEITI),
        lvl(1, "decimal", "%2.", FANGSONG),
    ] + [lvl(i, "decimal", f"%{i + 1}.", FANGSONG) for i in range(2, 9)]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="6D1F3A52"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="4B7E2C90"/>'
        + "".join(levels)
        + "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum precedes every num
    else:
        numbering.append(abstract)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABSTRACT_NUM_ID}"/></w:num>')
    )


def number(paragraph, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{NUM_ID}"/></w:numPr>')
    style = ppr.find(qn("w:pStyle"))
    if style is not None:
        style.addnext(numpr)  # numPr follows pStyle (and keepNext …) in CT_PPr's sequence
    else:
        ppr.insert(0, numpr)


# ---------------------------------------------------------------- review marks


class Review:
    """Tracked changes, comments and footnotes of one document."""

    def __init__(self, doc, author: str, when: str):
        self.doc = doc
        self.author = author
        self.when = when
        self.next_revision = 1
        self.notes: list[str] = []

    def revision_attrs(self, element) -> None:
        element.set(qn("w:id"), str(self.next_revision))
        element.set(qn("w:author"), self.author)
        element.set(qn("w:date"), self.when)
        self.next_revision += 1

    def run(self, paragraph, text: str, font: str, size: float | None):
        run = paragraph.add_run(text)
        set_fonts(run, font, size)
        return run

    def insertion(self, paragraph, text: str, font: str, size: float | None) -> None:
        run = self.run(paragraph, text, font, size)
        ins = OxmlElement("w:ins")
        self.revision_attrs(ins)
        run._r.addprevious(ins)
        ins.append(run._r)

    def deletion(self, paragraph, text: str, font: str, size: float | None) -> None:
        run = self.run(paragraph, "", font, size)
        for t in run._r.findall(qn("w:t")):
            run._r.remove(t)
        deleted = OxmlElement("w:delText")
        deleted.set(qn("xml:space"), "preserve")
        deleted.text = text
        run._r.append(deleted)
        wrapper = OxmlElement("w:del")
        self.revision_attrs(wrapper)
        run._r.addprevious(wrapper)
        wrapper.append(run._r)

    def comment(self, paragraph, anchor: str, note: str, font: str, size: float | None) -> None:
        run = self.run(paragraph, anchor, font, size)
        author, sep, text = note.partition("：")
        if not sep:
            author, text = self.author, note
        comment = self.doc.add_comment(run, text=text, author=author, initials=author[:1])
        comment._comment_elm.set(qn("w:date"), self.when)

    def footnote(self, paragraph, text: str, font: str) -> None:
        self.notes.append(text)
        run = self.run(paragraph, "", font, None)
        rpr = run._r.get_or_add_rPr()
        rpr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.notes)))
        run._r.append(ref)

    def delete_paragraph_mark(self, paragraph) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        mark = OxmlElement("w:del")
        self.revision_attrs(mark)
        rpr.append(mark)
        ppr.append(rpr)  # w:rPr is the last child of this w:pPr (no sectPr, no pPrChange)

    def write(self, paragraph, text: str, font: str = FANGSONG, size: float | None = None) -> None:
        """Add text with its inline review marks to the paragraph."""
        deleted_mark = text.endswith(DELETED_MARK)
        if deleted_mark:
            text = text[: -len(DELETED_MARK)]
        pos = 0
        for m in MARK.finditer(text):
            if m.start() > pos:
                self.run(paragraph, text[pos : m.start()], font, size)
            if m.group("ins") is not None:
                self.insertion(paragraph, m.group("ins"), font, size)
            elif m.group("del") is not None:
                self.deletion(paragraph, m.group("del"), font, size)
            elif m.group("anchor") is not None:
                self.comment(paragraph, m.group("anchor"), m.group("comment"), font, size)
            else:
                self.footnote(paragraph, m.group("note"), font)
            pos = m.end()
        if pos < len(text):
            self.run(paragraph, text[pos:], font, size)
        if deleted_mark:
            self.delete_paragraph_mark(paragraph)

    def finish(self) -> None:
        """Write footnotes.xml and settings (footnote properties, track revisions)."""
        settings = self.doc.settings.element
        track = OxmlElement("w:trackRevisions")
        settings.find(qn("w:defaultTabStop")).addprevious(track)
        if not self.notes:
            return
        rpr = f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="{FANGSONG}" w:hAnsi="Times New Roman"/>'
        notes = [
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, text in enumerate(self.notes, 1):
            notes.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:line="280" w:lineRule="exact"/></w:pPr>'
                f'<w:r>{rpr}<w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r>{rpr}<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
            )
        xml = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f"<w:footnotes {nsdecls('w', 'r')}>" + "".join(notes) + "</w:footnotes>"
        )
        part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        settings.find(qn("w:compat")).addprevious(
            parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        )


# ---------------------------------------------------------------- assembly


def build(name: str) -> Path:
    settings, blocks = parse(SOURCES / f"{name}.docx.txt")
    doc = Document()
    setup_styles(doc)
    page_setup(doc)
    add_numbering(doc)
    review = Review(doc, settings.get("reviser", ""), settings.get("revised", "2020-01-01T00:00:00Z"))

    for tag, text in blocks:
        if tag == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if tag == "h1":
            p = doc.add_paragraph(style="Heading 1")
            review.write(p, text, HEITI, 16)
            number(p, 0)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "letterhead":
            review.write(p, text, XIAOBIAOSONG, 36)
            for run in p.runs:
                run.font.color.rgb = RED
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(24)
            fmt.line_spacing = Pt(48)
        elif tag == "docno":
            review.write(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_after = Pt(12)
            p._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="18" w:space="8" w:color="E60012"/></w:pBdr>'
                )
            )
        elif tag == "title":
            review.write(p, text, XIAOBIAOSONG, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before, fmt.space_after = Pt(12), Pt(12)
            fmt.line_spacing = Pt(36)
        elif tag == "flush":
            review.write(p, text)
        elif tag == "p":
            fmt.first_line_indent = Pt(32)
            review.write(p, text)
        elif tag == "item":
            review.write(p, text)
            number(p, 1)
        elif tag == "ledger":
            fmt.first_line_indent = Pt(32)
            review.write(p, text, KAITI, 14)
        elif tag == "sign":
            review.write(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(42)
        elif tag == "date":
            review.write(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(80)
        elif tag == "note":
            fmt.first_line_indent = Pt(32)
            fmt.space_before = Pt(14)
            review.write(p, text)
        else:
            raise SystemExit(f"{name}: unknown tag [{tag}]")

    section = doc.sections[0]
    if "header" in settings:
        hp = section.header.paragraphs[0]
        add_text(hp, settings["header"], FANGSONG, 10.5)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if settings.get("footer") == "page":
        fp = section.footer.paragraphs[0]
        add_page_field(fp)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    review.finish()

    when = dt.datetime.fromisoformat(settings.get("date", "2020-01-01")).replace(tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = settings.get("title", "")
    props.author = settings.get("author", "")
    props.last_modified_by = settings.get("reviser", settings.get("author", ""))
    props.created = props.modified = when
    props.revision = 3
    props.comments = props.keywords = props.subject = props.category = ""

    out = DOCUMENTS / f"{name}.docx"
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when)
    return out


def main(argv: list[str]) -> int:
    for name in argv or NAMES:
        print(build(name).relative_to(DOCUMENTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
