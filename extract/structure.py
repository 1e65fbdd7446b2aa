"""From decoded text to a Document: header metadata, title, preamble, sections, items, closing, sentences."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from reformkg.extract.normalise import is_page_furniture, normalise_lines, page_count
from reformkg.extract.reading import DocumentError, RawText
from reformkg.extract.records import Document, Item, Metadata, Section, Sentence

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMERAL = "[一二三四五六七八九十百〇零两]+"

# Numbering styles, outermost first. A section heading is 一、 or 第一部分; items use the first other style met.
SECTION_LABEL = re.compile(rf"^(?:({_CN_NUMERAL})、|第({_CN_NUMERAL})部分\s*)")
ITEM_STYLES: dict[str, re.Pattern[str]] = {
    "（一）": re.compile(rf"^（({_CN_NUMERAL})）"),
    "1.": re.compile(r"^(\d{1,3})[.](?!\d)"),
    "1、": re.compile(r"^(\d{1,3})、"),
    "（1）": re.compile(r"^（(\d{1,3})）"),
    "1）": re.compile(r"^(\d{1,3})）"),
}
# Any item label, and any label at all, in one pattern each: a line is tested against every style at once.
_ANY_ITEM_LABEL = re.compile("|".join(f"(?:{style.pattern})" for style in ITEM_STYLES.values()))
_ANY_LABEL = re.compile(f"(?:{SECTION_LABEL.pattern})|{_ANY_ITEM_LABEL.pattern}")
TERMINAL = "。！？；：…"
_TERMINALS = tuple(TERMINAL)
SENTENCE_END = re.compile(r"[。！？]+[”’）]?|\n")
DOCUMENT_KINDS = r"(?:要点|意见|纲要|方案|规划|通知|办法|规定|决定|措施|计划|细则|指引|报告)"
_COVER = re.compile(r"(?:关于)?印发(?:《(?P<quoted>.+?)》|(?P<bare>.+?))的通知")
_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[（〔\[【]\d{4}[）〕\]】]\d{1,4}号")
_DATE = re.compile(
    rf"^(\d{{4}}|[〇零一二三四五六七八九]{{4}})年({_CN_NUMERAL}|\d{{1,2}})月({_CN_NUMERAL}|\d{{1,2}})日$"
)
_URGENCY = re.compile(r"等级：?(特提|特急|加急|平急|急件)")
_ISSUER = re.compile(r"^[\u4e00-\u9fff（）]{2,30}(?:人民法院|法院|委员会|办公室|办公厅|领导小组|检察院|部|厅|局)$")


@dataclass
class _Paragraph:
    text: str
    heading_like: bool = False  # a short line with no sentence punctuation (title, heading, signature)


def parse_document(raw: RawText) -> Document:
    lines = normalise_lines(raw.text)
    lines = ["" if is_page_furniture(line) else line for line in lines]
    title, body_start = _find_title(lines)
    header = [line for line in lines[:body_start] if line]
    paragraphs = _paragraphs(lines[body_start + (1 if title else 0) :])
    preamble, sections, items, closing = _structure(raw.path, paragraphs)
    closing, signature = _split_signature(closing)
    metadata = _metadata(header + signature, raw.text)
    body = "\n".join(item.text for item in items)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:10]
    doc_id = f"{metadata.number}-{digest}" if metadata.number else f"doc-{digest}"
    return Document(
        id=doc_id,
        source=str(Path(raw.path)),
        title=title,
        metadata=metadata,
        preamble=preamble,
        sections=sections,
        items=items,
        closing=closing,
        encoding=raw.encoding,
    )


def cn_number(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十四 → 24, 一百零三 → 103; also plain digits."""
    if numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for char in numeral:
        if char == "百":
            total += (current or 1) * 100
            current = 0
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGITS[char]
    return total + current


# -- title and header -----------------------------------------------------------------------------------------


def _find_title(lines: list[str]) -> tuple[str | None, int]:
    """The title of the work points and the index of its line; (None, 0) when the text has none."""
    first_label = next((i for i, line in enumerate(lines) if line and _is_structural(line)), len(lines))
    for index, line in enumerate(lines[:first_label]):
        match = _COVER.search(line)
        if match:
            wanted = match.group("quoted") or match.group("bare")
            for later in range(index + 1, first_label):
                if lines[later] == wanted:
                    return wanted, later
    # No cover letter: the last short, unpunctuated line naming a kind of document before the first label.
    for index in range(first_label - 1, -1, -1):
        line = lines[index]
        names_a_document = bool(line) and re.search(DOCUMENT_KINDS + r"(?:（.*）)?$", line) is not None
        if names_a_document and not re.search("[，。；]", line) and _COVER.search(line) is None:
            return line, index
    return None, 0


def _is_structural(line: str) -> bool:
    return _ANY_LABEL.match(line) is not None


def _metadata(header: list[str], raw_text: str) -> Metadata:
    joined = "\n".join(header)
    urgency = _URGENCY.search(joined)
    number = _NUMBER.search(_URGENCY.sub("", joined))
    dates = [_iso_date(line) for line in header if _DATE.match(line)]
    issuer = next((line for line in header if _ISSUER.match(line)), None)
    unit = next((line.split("：", 1)[1] for line in header if line.startswith("承办单位：")), None)
    addressees: list[str] = []
    for line in header:
        for key in ("发往：", "主送："):
            if line.startswith(key) and "抬头" not in line:
                addressees += _split_list(line[len(key) :])
    if not addressees:  # 发往：见抬头 — the addressees are the line that opens the cover letter
        opening = next((line for line in header if line.endswith("：") and "：" not in line[:-1]), None)
        if opening:
            addressees = _split_list(opening[:-1])
    return Metadata(
        issuer=issuer,
        number=number.group(0) if number else None,
        issued=dates[-1] if dates else None,
        urgency=urgency.group(1) if urgency else None,
        addressees=tuple(addressees),
        handling_unit=unit or None,
        page_count=page_count(raw_text),
    )


def _split_list(text: str) -> list[str]:
    return [part for part in re.split("[、，；]", text.rstrip("：。")) if part]


def _iso_date(line: str) -> str:
    match = _DATE.match(line)
    assert match
    year = "".join(str(CN_DIGITS[c]) if c in CN_DIGITS else c for c in match.group(1))
    return f"{int(year):04d}-{cn_number(match.group(2)):02d}-{cn_number(match.group(3)):02d}"


def _split_signature(closing: tuple[str, ...]) -> tuple[tuple[str, ...], list[str]]:
    """A signature and date at the very end belong to the metadata, not to the closing text."""
    kept = list(closing)
    signature: list[str] = []
    while kept and (_DATE.match(kept[-1]) or _ISSUER.match(kept[-1])):
        signature.insert(0, kept.pop())
    return tuple(kept), signature


# -- paragraphs: mending page breaks --------------------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    """Join lines into paragraphs. A break is kept where the text before it ends a sentence, where the line
    before is a heading, and where the next line opens a new section or item; any other break (blank
    lines included) is a page break or a hard wrap cutting a sentence, and is mended."""
    paragraphs: list[_Paragraph] = []
    for line in lines:
        if not line:
            continue
        if paragraphs and _continues(paragraphs[-1], line):
            # An unpunctuated item heading keeps its own line: it is the item's title, not a cut sentence.
            glue = "\n" if _unpunctuated_item_heading(paragraphs[-1].text) else ""
            paragraphs[-1].text += glue + line
        else:
            paragraphs.append(_Paragraph(line, heading_like=_heading_like(line)))
    return paragraphs


def _continues(previous: _Paragraph, line: str) -> bool:
    if previous.heading_like or previous.text.endswith(_TERMINALS) or _is_structural(line):
        return False
    closed_quote = len(previous.text) > 1 and previous.text[-1] in "”）》" and previous.text[-2] in TERMINAL
    return not closed_quote


def _unpunctuated_item_heading(text: str) -> bool:
    return (
        len(text) <= 40
        and "\n" not in text
        and not re.search("[，。；、：]", text)
        and _ANY_ITEM_LABEL.match(text) is not None
    )


def _heading_like(line: str) -> bool:
    # In the body, after the title: a section heading, or the signature and date.
    if SECTION_LABEL.match(line):
        return not re.search("[。；]", line)
    return bool(_ISSUER.match(line) or _DATE.match(line))


# -- sections and items ---------------------------------------------------------------------------------------


def _structure(
    path: str, paragraphs: list[_Paragraph]
) -> tuple[str, tuple[Section, ...], tuple[Item, ...], tuple[str, ...]]:
    paragraphs = _split_glued_labels(paragraphs)
    has_sections = any(SECTION_LABEL.match(p.text) for p in paragraphs)
    style = _item_style(paragraphs, has_sections)
    if style is None:
        raise DocumentError(path, "has no recognisable work points (no numbered items such as 1. 1、 （一） （1）)")
    item_label = ITEM_STYLES[style]
    preamble: list[str] = []
    sections: list[tuple[str, str, list[int]]] = []
    items: list[tuple[str, int, list[str]]] = []  # label, section ordinal, paragraphs
    trailing: list[str] = []  # paragraphs after the last item; closing unless another item follows
    for paragraph in paragraphs:
        text = paragraph.text
        section = SECTION_LABEL.match(text) if has_sections else None
        item = item_label.match(text)
        if section:
            _flush_trailing(items, trailing)
            sections.append((section.group(1) or section.group(2), text[section.end() :].strip().rstrip("。"), []))
        elif item:
            _flush_trailing(items, trailing)
            items.append((item.group(1), len(sections), [text[item.end() :].strip()]))
            if sections:
                sections[-1][2].append(len(items))
        elif items:
            trailing.append(text)
        else:
            preamble.append(text)
    records = tuple(
        Item(ordinal=i, label=label, section=section, text=(text := "\n".join(parts)), sentences=split_sentences(text))
        for i, (label, section, parts) in enumerate(items, start=1)
    )
    section_records = tuple(
        Section(ordinal=i, label=label, title=title, items=tuple(members))
        for i, (label, title, members) in enumerate(sections, start=1)
    )
    return "\n".join(preamble), section_records, records, tuple(trailing)


def _flush_trailing(items: list[tuple[str, int, list[str]]], trailing: list[str]) -> None:
    """Unlabelled paragraphs between two items belong to the earlier one (an item of several paragraphs)."""
    if items and trailing:
        items[-1][2].extend(trailing)
    trailing.clear()


def _item_style(paragraphs: list[_Paragraph], has_sections: bool) -> str | None:
    started = not has_sections
    for paragraph in paragraphs:
        if has_sections and SECTION_LABEL.match(paragraph.text):
            started = True
            continue
        if started:
            for style, pattern in ITEM_STYLES.items():
                if pattern.match(paragraph.text):
                    return style
    return None


_GLUED = re.compile(rf"(?<=[。！？；])(?=(?:{_CN_NUMERAL}、|（{_CN_NUMERAL}）|\d{{1,3}}[.、](?!\d)|（\d{{1,3}}）)\S)")


def _split_glued_labels(paragraphs: list[_Paragraph]) -> list[_Paragraph]:
    """`…加强统筹协调。三、深化诉讼制度改革` → two paragraphs, when the label continues the numbering in force."""
    out: list[_Paragraph] = []
    seen: dict[str, int] = {}
    for paragraph in paragraphs:
        pieces = [paragraph.text]
        for cut in reversed([m.start() for m in _GLUED.finditer(paragraph.text)]):
            head, tail = pieces[0][:cut], pieces[0][cut:]
            if _next_in_sequence(tail, seen):
                pieces[0:1] = [head, tail]
        for piece in pieces:
            out.append(_Paragraph(piece, heading_like=_heading_like(piece)))
            _note_label(piece, seen)
    return out


def _label_value(text: str) -> tuple[str, int] | None:
    section = SECTION_LABEL.match(text)
    if section:
        return "section", cn_number(section.group(1) or section.group(2))
    for style, pattern in ITEM_STYLES.items():
        match = pattern.match(text)
        if match:
            return style, cn_number(match.group(1))
    return None


def _note_label(text: str, seen: dict[str, int]) -> None:
    value = _label_value(text)
    if value:
        seen[value[0]] = value[1]


def _next_in_sequence(text: str, seen: dict[str, int]) -> bool:
    value = _label_value(text)
    if value is None:
        return False
    style, number = value
    # Per-section numbering restarts at 1; running numbering continues.
    return number == seen.get(style, 0) + 1 or (number == 1 and style != "section")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        piece = text[start:end].rstrip("\n")
        if piece.strip():
            sentences.append(Sentence(start, start + len(piece), piece))
        start = end
    if text[start:].strip():
        sentences.append(Sentence(start, len(text), text[start:]))
    return tuple(sentences)
