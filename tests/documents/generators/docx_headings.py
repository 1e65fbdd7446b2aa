"""Build the Word test document whose headings are numbered by Word itself.

Run from the repository root:

    .venv/bin/python tests/documents/generators/docx_headings.py

The source tests/documents/sources/<name>.docx.txt becomes tests/documents/<name>.docx. The output is
deterministic (fixed zip timestamps and document properties): a rebuild without source changes is
byte-identical. Needs python-docx.

What this document tests, and how the numbering is made (as Word writes it when a multilevel list is
linked to the heading styles, "Define New Multilevel List" → "Link level to style"):

- numbering.xml gets one abstractNum (id ABSTRACT_NUM_ID, multiLevelType "multilevel") with nine levels:
  level 0: numFmt chineseCounting, lvlText "%1、", pStyle Heading1, suff nothing  → 一、 二、 三、 …
  level 1: numFmt chineseCounting, lvlText "（%2）", pStyle Heading2, suff nothing → （一） （二） …
  (level 1 has no lvlRestart, so by default it restarts after every level-0 paragraph);
  levels 2-8 are decimal defaults that the document does not use.
  One w:num (NUM_ID) points at it.
- The styles "Heading 1" and "Heading 2" carry the w:numPr (numId NUM_ID; ilvl 0 and 1) in styles.xml.
  The heading paragraphs themselves carry only their w:pStyle: no w:numPr, and no number in their text.
  A reader must take the number from the style's numPr → the list level → the count of earlier paragraphs
  on that level since the last paragraph of a higher level.
- Work points are Normal paragraphs whose "1." is typed as text.
- The letterhead is a text box: w:drawing/wp:anchor/…/wps:txbx/w:txbxContent, wrapped in
  mc:AlternateContent with the VML fallback (w:pict/v:shape/v:textbox/w:txbxContent) as Word writes it,
  so the letterhead's text occurs twice in the XML and in no body paragraph of its own.

Source format (UTF-8, one block per line; blank lines and lines starting with "#" are ignored):

    @footer: page            footer "— N —" made of a Word PAGE field
    @title: / @author:       document properties
    @date: YYYY-MM-DD        document property dates and zip timestamps

    [letterhead-box] TEXT    red letterhead in a text box anchored in an empty first paragraph
    [docno] TEXT             document number, centred, red rule below
    [title] TEXT             title (large, centred)
    [p] TEXT                 Normal paragraph, first line indented
    [h1] TEXT                "Heading 1" (numbered 一、 by the list linked to the style)
    [h2] TEXT                "Heading 2" (numbered （一） by the same list, level 2)
    [ledger] TEXT            ledger line (责任部门/配合部门/完成时限), 楷体, indented
    [sign] / [date] TEXT     signature and date, right-aligned
    [note] TEXT              small centred note such as （此件公开发布）
    [cc] TEXT                抄送 line, rules above and below
    [printed] TEXT           印发 line, rule below
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE.parent
SOURCES = DOCUMENTS / "sources"
NAMES = ["yunnan-2023-shishi-fangan"]

FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
RED = "E60012"
ABSTRACT_NUM_ID = 91  # the template's own lists use 0-8
NUM_ID = 20  # the template's own nums use 1-9

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"


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
        elif line.startswith("["):
            tag, _, text = line[1:].partition("]")
            blocks.append((tag.strip(), text.strip()))
        else:
            raise SystemExit(f"{path.name}:{n}: a line must start with [tag], @key or #: {line}")
    return settings, blocks


# ---------------------------------------------------------------- fonts and styles


def east_asian_fonts(element, east_asian: str) -> None:
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]  # drop the template's theme fonts
    fonts.set(qn("w:ascii"), "Times New Roman")
    fonts.set(qn("w:hAnsi"), "Times New Roman")
    fonts.set(qn("w:eastAsia"), east_asian)


def style_font(style, east_asian: str, size: float, bold: bool = False) -> None:
    style.font.name = "Times New Roman"
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    east_asian_fonts(style.element, east_asian)


def add_run(paragraph, text: str, east_asian: str = FANGSONG, size: float | None = None, color: str | None = None):
    run = paragraph.add_run(text)
    run.font.name = "Times New Roman"
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    east_asian_fonts(run._r, east_asian)
    return run


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    style_font(normal, FANGSONG, 16)
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    for name, font in (("Heading 1", HEITI), ("Heading 2", KAITI)):
        style = doc.styles[name]
        style_font(style, font, 16)
        fmt = style.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.line_spacing = Pt(28)
        fmt.keep_with_next = True
    for name in ("Header", "Footer"):
        style_font(doc.styles[name], FANGSONG, 10.5)


# ---------------------------------------------------------------- the multilevel list linked to the headings


def lvl(ilvl: int, fmt: str, text: str, style: str | None, jc: str = "left") -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{pstyle}'
        f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="{jc}"/>'
        f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>'
    )


def add_heading_numbering(doc) -> None:
    numbering = doc.part.numbering_part.element
    levels = [
        lvl(0, "chineseCounting", "%1、", "Heading1"),
        lvl(1, "chineseCounting", "（%2）", "Heading2"),
    ] + [lvl(i, "decimal", f"%{i + 1}.", None) for i in range(2, 9)]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABSTRACT_NUM_ID}">'
        '<w:nsid w:val="5C2A1E7B"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="3E8C4A12"/>'
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
    # the link: the styles carry the numPr, the paragraphs do not
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        ppr = doc.styles[name].element.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        if ilvl:
            numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = NUM_ID
        ind = ppr.find(qn("w:ind"))
        if ind is not None:
            ppr.remove(ind)


# ---------------------------------------------------------------- the letterhead text box


def txbx_content(text: str) -> str:
    return (
        "<w:txbxContent>"
        '<w:p><w:pPr><w:jc w:val="distribute"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:rPr>"
        f'<w:rFonts w:ascii="{XIAOBIAOSONG}" w:eastAsia="{XIAOBIAOSONG}" w:hAnsi="{XIAOBIAOSONG}" w:hint="eastAsia"/>'
        f'<w:color w:val="{RED}"/><w:w w:val="80"/><w:sz w:val="96"/><w:szCs w:val="96"/>'
        f"</w:rPr><w:t>{text}</w:t></w:r></w:p>"
        "</w:txbxContent>"
    )


def letterhead_box(paragraph, text: str) -> None:
    cx, cy = 5615940, 838200  # 15.6 cm × 2.33 cm
    xml = (
        f"<mc:AlternateContent {nsdecls('w', 'wp', 'r')} "
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="1" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>1332000</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{A}"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
        f"<wps:txbx>{txbx_content(text)}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0">'
        "<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:104.9pt;width:442.2pt;height:66pt;z-index:251659264;'
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical-relative:page" filled="f" stroked="f" strokeweight=".5pt">'
        f'<v:textbox inset="0,0,0,0">{txbx_content(text)}</v:textbox>'
        '<w10:wrap type="topAndBottom" anchorx="margin" anchory="page"/>'
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    )
    run = paragraph.add_run()
    run._r.append(parse_xml(xml))


# ---------------------------------------------------------------- small helpers


def border(paragraph, *sides: str, color: str = "000000", size: int = 8) -> None:
    inner = "".join(f'<w:{side} w:val="single" w:sz="{size}" w:space="4" w:color="{color}"/>' for side in sides)
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {nsdecls('w')}>{inner}</w:pBdr>"))


def add_page_field(paragraph) -> None:
    add_run(paragraph, "— ", size=14)

    def fld(kind: str) -> None:
        run = add_run(paragraph, "", size=14)
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = add_run(paragraph, "", size=14)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    add_run(paragraph, "1", size=14)
    fld("end")
    add_run(paragraph, " —", size=14)


# ---------------------------------------------------------------- assembly


def build(name: str) -> Path:
    settings, blocks = parse(SOURCES / f"{name}.docx.txt")
    doc = Document()
    setup_styles(doc)
    add_heading_numbering(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    for tag, text in blocks:
        if tag == "h1":
            add_run(doc.add_paragraph(style="Heading 1"), text, HEITI)
            continue
        if tag == "h2":
            add_run(doc.add_paragraph(style="Heading 2"), text, KAITI)
            continue
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        if tag == "letterhead-box":
            letterhead_box(p, text)
            fmt.space_after = Pt(0)
        elif tag == "docno":
            add_run(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.space_before = Pt(20)
            fmt.space_after = Pt(24)
            border(p, "bottom", color=RED, size=18)
        elif tag == "title":
            add_run(p, text, XIAOBIAOSONG, 22)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt.line_spacing = Pt(36)
            fmt.space_after = Pt(16)
        elif tag == "p":
            add_run(p, text)
            fmt.first_line_indent = Pt(32)
        elif tag == "ledger":
            add_run(p, text, KAITI, 14)
            fmt.first_line_indent = Pt(32)
        elif tag == "sign":
            add_run(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(64)
            fmt.space_before = Pt(42)
        elif tag == "date":
            add_run(p, text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            fmt.right_indent = Pt(80)
        elif tag == "note":
            add_run(p, text)
            fmt.first_line_indent = Pt(32)
            fmt.space_before = Pt(14)
        elif tag == "cc":
            add_run(p, text, FANGSONG, 14)
            fmt.left_indent = Pt(14)
            fmt.space_before = Pt(56)
            border(p, "top", "bottom")
        elif tag == "printed":
            add_run(p, text, FANGSONG, 14)
            fmt.left_indent = Pt(14)
            border(p, "bottom", size=12)
        else:
            raise SystemExit(f"{name}: unknown tag [{tag}]")

    if settings.get("footer") == "page":
        footer = section.footer.paragraphs[0]
        add_page_field(footer)
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    when = dt.datetime.fromisoformat(settings.get("date", "2020-01-01")).replace(tzinfo=dt.UTC)
    props = doc.core_properties
    props.title = settings.get("title", "")
    props.author = settings.get("author", "")
    props.last_modified_by = settings.get("author", "")
    props.created = props.modified = when
    props.revision = 1
    props.comments = props.keywords = props.subject = props.category = ""

    out = DOCUMENTS / f"{name}.docx"
    buffer = io.BytesIO()
    doc.save(buffer)
    write_deterministic(buffer.getvalue(), out, when)
    return out


def write_deterministic(data: bytes, out: Path, when: dt.datetime) -> None:
    """Re-zip with a fixed timestamp so that a rebuild is byte-identical."""
    stamp = (when.year, when.month, when.day, 0, 0, 0)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    for name in argv or NAMES:
        print(build(name).relative_to(DOCUMENTS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
