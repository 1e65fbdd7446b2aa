"""From decoded text to a Document: header metadata, title, preamble, sections, items, ledgers, closing, sentences.

The text is read as lines, mended into paragraphs (a sentence cut by a page break or a hard wrap is one
paragraph), split where a numbered marker is glued to the paragraph before it, and laid out by the markers'
ranks (extract.outline). A task table found in the file (extract.tables) supplies the items at its place.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from reformkg.extract import ledger as ledgers
from reformkg.extract.metadata import (
    DOCUMENT_KINDS,
    NUMBER,
    PRINTED_ON,
    completed,
    find_title,
    is_signature_line,
    iso_date,
    read_metadata,
)
from reformkg.extract.normalise import is_page_furniture, normalise_lines, page_count
from reformkg.extract.outline import (
    ARTICLE,
    BULLET,
    PART,
    SECTION,
    Levels,
    Marker,
    marker_of,
    number_of,
    outline_levels,
    split_glued,
)
from reformkg.extract.reading import DocumentError, RawText
from reformkg.extract.records import Document, Item, Ledger, Section, Sentence
from reformkg.extract.tables import TABLE_MARK, TASK, TaskTable, column_role, is_heading

TERMINAL = "。！？；：…"
_TERMINALS = tuple(TERMINAL)
SENTENCE_END = re.compile(r"[。！？]+[”’）]?|\n")


def cn_number(numeral: str) -> int:
    return number_of(numeral)


@dataclass
class _Paragraph:
    text: str
    heading_like: bool = False  # a short line with no sentence punctuation (title, heading, signature)
    marker: Marker | None = None
    table: int | None = None  # the index of the task table that stands here


def parse_document(raw: RawText) -> Document:
    lines = normalise_lines(raw.text)
    lines = ["" if is_page_furniture(line) else line for line in lines]
    annexes: tuple[TaskTable, ...] = ()
    if raw.tables and _annexed(lines, raw.tables):
        # tables that lay out the plan told above them (附件：重点任务分工表) add to its points' ledgers
        annexes, lines = raw.tables, ["" if _opens_table(line) else line for line in lines]
        raw = replace(raw, tables=())
    # With a task table, the table holds the work points: numbered lines around it are notes, not items — but for
    # the heading of a section right above its own table.
    if raw.tables:
        following = _following_tables(lines, raw.tables)
        first_structural = next(
            (
                i
                for i, line in enumerate(lines)
                if line and (_opens_table(line) or _heads_table(marker_of(line), following[i]))
            ),
            len(lines),
        )
    else:
        first_structural = next((i for i, line in enumerate(lines) if line and _opens_body(line)), len(lines))
    title, title_start, title_end = find_title(lines, first_structural)
    header = [line for line in lines[: title_start if title else first_structural] if line]
    # Lines between the title and the body that are no sentences carry metadata too: （法发〔2015〕3号）, a date.
    header += [line for line in lines[title_end + 1 : first_structural] if line and "。" not in line]
    body = lines[title_end + 1 :] if title else lines[first_structural:]
    layout = _Layout(raw.path, raw.tables)
    layout.read(_paragraphs(body))
    for table in annexes:
        layout.add_annexed_ledgers(table)
    closing, signature = _split_signature(layout.closing)
    metadata = read_metadata(header, signature, title, page_count(raw.text), closing)
    title = title or (raw.tables[0].title if raw.tables else None)
    metadata = completed(metadata, title, "\n".join(layout.preamble), closing)
    items = layout.items()
    digest = hashlib.sha256("\n".join(item.text for item in items).encode("utf-8")).hexdigest()[:10]
    return Document(
        id=f"{metadata.number}-{digest}" if metadata.number else f"doc-{digest}",
        source=Path(raw.path).name,
        title=title,
        metadata=metadata,
        preamble="\n".join(layout.preamble),
        sections=layout.sections(),
        items=items,
        closing=tuple(closing),
        encoding=raw.encoding,
        warnings=tuple(layout.warnings),
        content_hash=raw.digest,
        note=raw.note,
    )


def _opens_table(line: str) -> bool:
    return line.startswith(TABLE_MARK)


def _annexed(lines: list[str], tables: tuple[TaskTable, ...]) -> bool:
    """Do the task tables annex a plan told above them as an outline, rather than hold its work points? So when
    their rows name the points they lay out (对应要点), or when the outline above the first table has more work
    points than the tables have tasks (a 分工表 of the year's key tasks after the 要点)."""
    first = next((index for index, line in enumerate(lines) if _opens_table(line)), len(lines))
    markers = [marker_of(line) for line in lines[:first] if line]
    levels = outline_levels(markers)
    if levels is None:
        return False
    points = sum(1 for marker in markers if marker is not None and marker.rank == levels.item)
    tasks = [row for table in tables for row in table.rows if row.category is None]
    return points >= _LEAST_ANNEXED_POINTS and (any(row.reference for row in tasks) or points > len(tasks))


_LEAST_ANNEXED_POINTS = 3


def _heads_table(marker: Marker | None, table: TaskTable | None) -> bool:
    """Is a paragraph that opens with `marker`, standing right above `table`, the heading of a section (一、…,
    第一部分…) whose tasks that table holds? So when the table has no category rows to give it sections: plans that
    print one table per section lay them out so."""
    if marker is None or marker.rank > SECTION or marker.rank == ARTICLE or table is None:
        return False
    return not any(row.category for row in table.rows)


_LABEL = re.compile(r"^([^：:，。]{1,6})[：:]")


def _without_task_label(text: str) -> str:
    """A work point written as labelled fields (1.任务：完善…机制。举措：…) opens with its task, not the label."""
    label = _LABEL.match(text)
    return text[label.end() :] if label is not None and column_role(label.group(1)) == TASK else text


def _following_tables(lines: list[str], tables: tuple[TaskTable, ...]) -> list[TaskTable | None]:
    """For each line, the task table that stands right after it (blank lines between), if one does."""
    following: list[TaskTable | None] = [None] * len(lines)
    after: TaskTable | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = after
        line = lines[index]
        if line:
            after = tables[int(line[len(TABLE_MARK) :])] if line.startswith(TABLE_MARK) else None
    return following


def _opens_body(line: str) -> bool:
    return marker_of(line) is not None or line.startswith(TABLE_MARK)


def _split_signature(closing: list[str]) -> tuple[list[str], list[str]]:
    """The signature and its date near the end belong to the metadata, not to the closing text. What follows
    them (抄送/印发 lines, a web page's leftovers, a sheet of contacts) does not hide them: the closing's last line
    that is a date alone is the signature's, with the issuer lines just above it."""
    backwards = range(len(closing) - 1, -1, -1)
    dated = next((i for i in backwards if is_signature_line(closing[i]) and iso_date(closing[i])), None)
    if dated is None:
        return closing, []
    start = dated
    while start > 0 and is_signature_line(closing[start - 1]):
        start -= 1
    return closing[:start] + closing[dated + 1 :], closing[start : dated + 1]


# -- paragraphs: mending page breaks --------------------------------------------------------------------------


def _paragraphs(lines: list[str]) -> list[_Paragraph]:
    """Join lines into paragraphs. A break is kept where the text before it ends a sentence, where the line
    before is a heading, and where the next line opens a new section, item or ledger; any other break (blank
    lines included) is a page break or a hard wrap cutting a sentence, and is mended."""
    paragraphs: list[_Paragraph] = []
    for line in lines:
        if not line:
            continue
        if line.startswith(TABLE_MARK):
            paragraphs.append(_Paragraph(line, table=int(line[len(TABLE_MARK) :])))
        elif paragraphs and _continues(paragraphs[-1], line):
            # An unpunctuated item heading keeps its own line: it is the item's title, not a cut sentence.
            glue = "\n" if _unpunctuated_heading(paragraphs[-1].text) else ""
            paragraphs[-1].text += glue + line
        else:
            paragraphs.append(_Paragraph(line, heading_like=_heading_like(line)))
    seen: dict[str, int] = {}
    out: list[_Paragraph] = []
    opening = frozenset(marker.style.name for p in paragraphs if p.table is None and (marker := marker_of(p.text)))
    for paragraph in paragraphs:
        if paragraph.table is not None:
            out.append(paragraph)
            continue
        for glued in split_glued(paragraph.text, seen, opening):
            for piece in _GLUED_CLOSING.split(glued):
                out.append(_Paragraph(piece, heading_like=_heading_like(piece), marker=marker_of(piece)))
    return out


# The 版记 glued to the last point by a copy that lost its line breaks (…。抄送：…。…办公室2023年3月1日印发): lines of
# their own, closing material.
_GLUED_CLOSING = re.compile(rf"(?<=[。！？])(?=抄送[：:]|[\u4e00-\u9fff]{{2,30}}(?:办公室|办公厅)\s*{PRINTED_ON})")


def _continues(previous: _Paragraph, line: str) -> bool:
    if previous.table is not None or previous.heading_like or previous.text.endswith(_TERMINALS):
        return False
    if marker_of(line) is not None or ledgers.is_ledger_line(line) or ledgers.is_ledger_line(previous.text):
        return False
    if ledgers.ends_with_note(previous.text):
        return False
    if is_signature_line(line):  # an issuer or a date alone on its line: the signature, after the last item
        return False
    if NUMBER.fullmatch(previous.text.strip("（）() ")):  # a document's number alone on its line (黔高法〔2025〕15号)
        return False
    closed_quote = len(previous.text) > 1 and previous.text[-1] in "”）》" and previous.text[-2] in TERMINAL
    return not closed_quote


def _unpunctuated_heading(text: str) -> bool:
    return len(text) <= 40 and "\n" not in text and not re.search("[，。；、：]", text) and marker_of(text) is not None


def _heading_like(line: str) -> bool:
    # In the body, after the title: a section heading, or the signature and date.
    marker = marker_of(line)
    if marker is not None and marker.rank in (PART, SECTION):
        return not re.search("[。；]", line)
    return is_signature_line(line)


# An article that states the purpose of the measures, rules … it opens (为…，根据…，制定本办法。), and one about
# the text itself (本措施由…负责解释, 本办法自印发之日起施行, 本规定所称…, 本措施适用于…: its scope)
_PURPOSE = re.compile(rf"为[^。]*制定本(?:若干|实施)?{DOCUMENT_KINDS}。?")
_ABOUT_ITSELF = re.compile(rf"本(?:若干|实施)?{DOCUMENT_KINDS}(?:自|由|所称|未尽事宜|与|施行|执行中|适用于)")


# -- sections and items ---------------------------------------------------------------------------------------


@dataclass
class _Draft:
    label: str
    section: int
    path: tuple[str, ...]
    parts: list[str]
    ledger: Ledger = field(default_factory=Ledger)
    ledger_lines: list[str] = field(default_factory=list)  # as written

    def add_ledger(self, text: str, ledger: Ledger) -> None:
        self.ledger = ledgers.merge(self.ledger, ledger)
        self.ledger_lines.append(text)


class _Layout:
    """Lays paragraphs out by the outline's levels: sections, subsections, items and what lies around them."""

    def __init__(self, path: str, tables: tuple[TaskTable, ...]) -> None:
        self.path = path
        self.tables = tables
        self.preamble: list[str] = []
        self.closing: list[str] = []
        self.warnings: list[str] = []
        self._sections: list[tuple[str, str, list[int]]] = []  # label, title, item ordinals
        self._drafts: list[_Draft] = []
        self._open = False  # whether the last item still takes paragraphs
        self._trailing: list[str] = []  # unlabelled paragraphs after an item: its own if another item follows
        self._section_label = ""  # the current section's and subsection's markers, for items' paths
        self._subsection_label = ""
        self._section_items_rank: int | None = None  # the rank of the current section's work points
        # a subsection that goes on with sentences is a work point, unless work points follow under it, or none
        # of its section's subsections has work points (一、总体要求 /（一）指导思想。…: prose)
        self._subsection_item = False
        self._subsection_items = 0  # such items in the current section
        self._section_points = False  # whether the current section has work points of the items' rank
        self._numbers: dict[tuple[int, str, str], int] = {}  # (section, subsection, style) → last number

    def read(self, paragraphs: list[_Paragraph]) -> None:
        levels = None if self.tables else outline_levels([p.marker for p in paragraphs])
        for index, paragraph in enumerate(paragraphs):
            if paragraph.table is not None:
                self._table(self.tables[paragraph.table])
            elif self.tables and _heads_table(paragraph.marker, self._table_after(paragraphs, index)):
                assert paragraph.marker is not None
                self._end_item()
                self._open_section(paragraph.marker, paragraph.text[len(paragraph.marker.printed) :])
            elif self.tables and is_heading(paragraph.text, (SECTION,)):
                assert paragraph.marker is not None
                # a top-level heading outside the tables: a part of the plan told in prose (一、指导思想), a section
                # whose work points are none
                self._end_item()
                self._open_section(paragraph.marker, paragraph.text[len(paragraph.marker.printed) :])
                self._place_outside(paragraph.text)
            elif self.tables:
                self._place_outside(paragraph.text)
            else:
                self._paragraph(paragraph.text, paragraph.marker, levels)
        self._close_section()
        if not self._drafts:
            raise DocumentError(
                self.path, "has no recognisable work points (no numbered items such as 1. 1、 （一） （1）)"
            )
        # After the last item, what was kept aside is closing material (附件, 联系人, 抄送, closing words).
        self.closing[:0] = self._trailing
        self._trailing, self._open = [], False

    def _paragraph(self, text: str, marker: Marker | None, levels: Levels | None) -> None:
        rank = marker.rank if marker is not None else None
        if levels is not None and marker is not None and rank is not None and rank <= levels.item:
            self._end_item()
            if rank == levels.item and self._subsection_item:
                self._drop_last_items(1)  # the subsection's own sentences introduce its work points
                self._subsection_items -= 1
            self._subsection_item = False
            if rank == levels.section:
                self._open_section(marker, text[len(marker.printed) :])
            elif rank == levels.subsection:
                self._subsection_label = marker.path_label
                body = text[len(marker.printed) :].strip()
                if _goes_on(body):  # （三）健全法律统一适用机制。严格执行…
                    self._add_item(marker.numeral, (self._section_label, self._subsection_label), body)
                    self._open = self._subsection_item = True
                    self._subsection_items += 1
            elif rank == levels.item and rank == ARTICLE and not self._work_point_article(text[len(marker.printed) :]):
                self._check_numbering(marker)
                self._place_outside(text)
            elif rank == levels.item:
                self._start_item(marker, text[len(marker.printed) :].strip())
            else:
                self._place_outside(text)  # a heading of a rank the outline does not use for items
        elif (
            levels is not None
            and rank is not None
            and rank == levels.below_item
            and (self._section_items_rank == rank or (self._section_items_rank is None and not self._open))
        ):  # a section without the items' rank: its work points are numbered one rank down
            assert marker is not None
            self._end_item()
            self._start_item(marker, text[len(marker.printed) :].strip())
        elif ledgers.is_ledger_line(text) and self._drafts and (self._open or not self._trailing):
            self._drafts[-1].add_ledger(text, ledgers.parse_fields(text))
        elif self._open and marker is not None:  # a deeper point of the item
            self._drafts[-1].parts.extend(self._trailing)
            self._trailing = []
            self._drafts[-1].parts.append(text)
        elif self._open:
            self._trailing.append(text)
        else:
            self._place_outside(text)

    def _open_section(self, marker: Marker, title: str) -> None:
        self._close_section()
        self._section_label, self._subsection_label = marker.path_label, ""
        self._section_items_rank = None
        self._sections.append((marker.numeral, _heading_title(title), []))

    def _table_after(self, paragraphs: list[_Paragraph], index: int) -> TaskTable | None:
        following = paragraphs[index + 1].table if index + 1 < len(paragraphs) else None
        return self.tables[following] if following is not None else None

    def _work_point_article(self, text: str) -> bool:
        """Measures and rules open with an article of purpose (为…，制定本措施。) and close with supplementary
        provisions (附则: who interprets them, when they take effect): articles, but no work points."""
        chapter = self._sections[-1][1] if self._sections else ""
        text = text.strip()
        return chapter != "附则" and not _PURPOSE.fullmatch(text) and not _ABOUT_ITSELF.match(text)

    def _place_outside(self, text: str) -> None:
        (self.closing if self._drafts else self.preamble).append(text)

    def _start_item(self, marker: Marker, text: str) -> None:
        text = _without_task_label(text)
        numeral, label = marker.numeral, marker.path_label
        if marker.rank == BULLET:  # ● has no number: the point's place in the document is its number
            numeral = label = str(len(self._drafts) + 1)
        else:
            self._check_numbering(marker)
        path = tuple(part for part in (self._section_label, self._subsection_label, label) if part)
        self._add_item(numeral, path, text)
        self._open = self._section_points = True
        self._section_items_rank = marker.rank

    def _add_item(self, label: str, path: tuple[str, ...], text: str) -> None:
        section = len(self._sections)
        self._drafts.append(_Draft(label, section, path, [text]))
        if section:
            self._sections[-1][2].append(len(self._drafts))

    def _drop_last_items(self, count: int) -> None:
        """Subsections taken for work points are none after all: their headings go, as any subsection's do, and
        the paragraphs after them lie outside the work points, as before any."""
        dropped: list[_Draft] = []
        for _ in range(count):
            dropped.insert(0, self._drafts.pop())
            if self._sections and self._sections[-1][2] and self._sections[-1][2][-1] == len(self._drafts) + 1:
                self._sections[-1][2].pop()
        for draft in dropped:
            for part in draft.parts[1:]:
                self._place_outside(part)

    def _close_section(self) -> None:
        """A section none of whose subsections holds work points tells its subsections in prose: none of them
        is a work point."""
        if self._subsection_items and not self._section_points:
            self._end_item()
            self._drop_last_items(self._subsection_items)
        self._subsection_items, self._section_points = 0, False

    def _end_item(self) -> None:
        """A heading or the next item closes the item: the unlabelled paragraphs kept aside were its own. At the
        end of the document they are kept aside still, for closing."""
        if self._open and self._trailing:
            self._drafts[-1].parts.extend(self._trailing)
        self._trailing = []
        self._open = False

    def _check_numbering(self, marker: Marker) -> None:
        """Numbering restarts under each parent or runs through the document; anything else is reported."""
        style = marker.style.name
        key = (len(self._sections), self._subsection_label, style)
        previous = self._numbers.get(key, 0)
        running = max((n for (_, _, s), n in self._numbers.items() if s == style), default=0)
        if marker.number not in (previous + 1, running + 1) and not (previous == 0 and marker.number == 1):
            ordinal = len(self._drafts) + 1
            again = "again " if marker.number <= max(previous, running) else ""
            self.warnings.append(
                f"item {ordinal} is numbered {marker.printed} {again}after {max(previous, running)}: "
                "numbers are skipped or repeated there"
            )
        self._numbers[key] = marker.number

    def _table(self, table: TaskTable) -> None:
        self._end_item()
        for row in table.rows:
            if row.category is not None:
                marker = marker_of(row.category)
                numeral = marker.numeral if marker else str(len(self._sections) + 1)
                title = row.category[len(marker.printed) :] if marker else row.category
                self._sections.append((numeral, _heading_title(title), []))
                self._section_label = marker.path_label if marker else ""
            else:
                printed = row.number or str(len(self._drafts) + 1)
                path = tuple(label for label in (self._section_label, printed) if label)
                self._add_item(printed, path, row.text)
                if row.ledger_text:
                    self._drafts[-1].add_ledger(row.ledger_text, row.ledger)

    def add_annexed_ledgers(self, table: TaskTable) -> None:
        """An annexed table's rows give their ledgers to the work points they name (对应要点 一、1 or 3)."""
        by_path = {tuple(_bare(part) for part in draft.path): draft for draft in self._drafts}
        for row in table.rows:
            if row.reference is None or not row.ledger_text:
                continue
            named = tuple(_bare(part) for part in re.split(r"[、.，,\s]+", row.reference) if _bare(part))
            draft = by_path.get(named) or next(
                (draft for path, draft in by_path.items() if len(named) == 1 and path[-1:] == named), None
            )
            if draft is not None:
                draft.add_ledger(row.ledger_text, row.ledger)

    def items(self) -> tuple[Item, ...]:
        out = []
        for ordinal, draft in enumerate(self._drafts, start=1):
            # a bracketed ledger note, wherever in the item it stands (after a deeper point too), a sentence that
            # states the ledger in words and the fields that close a line move to the ledger lines
            body, notes = ledgers.take_bracketed("\n".join(part for part in draft.parts if part))
            body, stated = ledgers.take_stated(body)
            body, inline = ledgers.take_inline(body)
            body = body.rstrip("\n")
            said = [*((note, ledgers.parse_fields(note)) for note in notes), *stated, *inline]
            ledger_lines = [*(line for line, _ in said), *draft.ledger_lines]
            ledger = draft.ledger
            for _, written in reversed(said):  # the first written first
                ledger = ledgers.merge(written, ledger)
            text = "\n".join([body, *ledger_lines])
            out.append(
                Item(
                    ordinal=ordinal,
                    label=draft.label,
                    section=draft.section,
                    text=text,
                    sentences=split_sentences(text),
                    path=draft.path,
                    ledger=ledger,
                    ledger_at=len(body) + 1 if ledger_lines else None,
                )
            )
        return tuple(out)

    def sections(self) -> tuple[Section, ...]:
        return tuple(
            Section(ordinal=i, label=label, title=title, items=tuple(members))
            for i, (label, title, members) in enumerate(self._sections, start=1)
        )


def _bare(label: str) -> str:
    """A printed number without its brackets and stops: （三） → 三, 7. → 7."""
    return label.strip("（）()、.．：: ")


def _goes_on(heading: str) -> bool:
    """Does a heading go on past its first sentence (健全法律统一适用机制。严格执行…)?"""
    return "。" in heading.rstrip("。")


def _heading_title(text: str) -> str:
    """A heading without the stop that ends it: 。, or the ； a table's row of two cells ends with (一、 | 深化…)."""
    return text.strip().rstrip("。；")


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
