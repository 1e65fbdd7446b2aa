"""Numbered outlines of any depth: the markers a paragraph opens with, their ranks, and which rank holds the
work points.

Chinese official documents number their parts in a fixed order (GB/T 9704): 一、 > （一） > 1. > （1）, with
第一部分 above them in long plans; measures and rules number articles instead (第一章 > 第一条 > （一）), and each
article is a work point. A document uses some of these ranks; the top one it uses (一、 or 第一部分)
gives the sections, and the work points are the rank just below — or one rank further when that rank only groups
the next (一、/（一）/1.: the 1. are the work points, the （一） subsections). Deeper ranks stay inside a work point
as its points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL = "[一二三四五六七八九十百〇零两]+"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

PART = 0  # 第一部分, 第一章
ARTICLE = 1  # 第一条: measures and rules numbered as articles; each is a work point, never a section
SECTION = 2  # 一、
SUBSECTION = 3  # （一）
POINT = 4  # 1.  1、
SUBPOINT = 5  # （1）  1）
ENCLOSED = 6  # ①
BULLET = 7  # ● ■ ◆: a point without a number, numbered by its place
BULLETS = "●■◆▲◎★☆•◇□"
BULLET_MARK = "●"  # what the format readers write for a list's bullet (Word's, a web page's, Markdown's)


@dataclass(frozen=True)
class Style:
    name: str
    rank: int
    pattern: re.Pattern[str]


# Outermost first. Every pattern captures the number; digits of any width (a plan may have 1,000 points).
STYLES = (
    Style("第一部分", PART, re.compile(rf"^第({CN_NUMERAL})部分[、：:]?")),
    Style("第一章", PART, re.compile(rf"^第({CN_NUMERAL})章[、：:]?")),
    Style("第一条", ARTICLE, re.compile(rf"^第({CN_NUMERAL})条[、：:]?")),
    Style("一、", SECTION, re.compile(rf"^({CN_NUMERAL})、")),
    Style("一.", SECTION, re.compile(rf"^({CN_NUMERAL})\.")),  # 一． and 一. (normalised to ASCII), as typed
    Style("（一）", SUBSECTION, re.compile(rf"^（({CN_NUMERAL})）")),
    Style("1.", POINT, re.compile(r"^(\d+)\.(?![\d.])")),
    Style("1、", POINT, re.compile(r"^(\d+)、")),
    Style("（1）", SUBPOINT, re.compile(r"^（(\d+)）")),
    Style("1）", SUBPOINT, re.compile(r"^(\d+)）")),
    Style("①", ENCLOSED, re.compile(f"^([{CIRCLED}])")),
    Style("●", BULLET, re.compile(f"^([{BULLETS}])\\s*")),
)
_ANY = re.compile("|".join(f"(?:{style.pattern.pattern})" for style in STYLES))


@dataclass(frozen=True)
class Marker:
    """The number a paragraph opens with."""

    style: Style
    number: int
    printed: str  # as printed: "二、", "（三）", "7.", "第一部分"
    numeral: str  # the number alone: "二", "三", "7"

    @property
    def rank(self) -> int:
        return self.style.rank

    @property
    def path_label(self) -> str:
        """How the marker appears in an item's path: as printed, without a trailing 、 (二, （三）, 7.); a section
        typed 二. is 二 as 二、 is."""
        label = self.printed.rstrip("、：:")
        return label.rstrip(".") if self.style.rank == SECTION else label


def marker_of(text: str) -> Marker | None:
    if _ANY.match(text) is None:
        return None
    for style in STYLES:
        match = style.pattern.match(text)
        if match:
            return Marker(style, number_of(match.group(1)), match.group(0), match.group(1))
    return None


def number_of(numeral: str) -> int:
    """一 → 1, 十二 → 12, 二十四 → 24, 一百零三 → 103, ③ → 3; also plain digits."""
    if numeral.isdigit() and numeral.isascii():
        return int(numeral)
    if numeral in CIRCLED:
        return CIRCLED.index(numeral) + 1
    if numeral in BULLETS:
        return 0  # numbered by its place (see structure._Layout)
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


@dataclass(frozen=True)
class Levels:
    """Which ranks of a document's outline are its sections, subsections and work points."""

    section: int | None
    subsection: int | None
    item: int
    # the rank the outline uses next below the items': a section that has none of the items' rank numbers its
    # work points one rank down (（一） in most sections, 1. 2. in one)
    below_item: int | None = None


def outline_levels(markers: list[Marker | None]) -> Levels | None:
    """Decide the levels from the markers that open the document's paragraphs, in order (None for a paragraph
    without one). None when the document has no numbered paragraphs at all."""
    ranks = sorted({m.rank for m in markers if m is not None})
    if not ranks:
        return None
    section = ranks[0] if ranks[0] <= SECTION and ranks[0] != ARTICLE and len(ranks) > 1 else None
    below = [rank for rank in ranks if section is None or rank > section]
    item = below[0]
    subsection = None
    # a rank that only groups the next is a subsection: 一、/（一）/1. (the 1. are the work points), 一、/（一）/（1）
    # where no 1. is used, and under parts 第一部分/一、/（一） (the （一）)
    grouping = len(below) > 1 and (item, below[1]) in (
        (SUBSECTION, POINT),
        (SUBSECTION, SUBPOINT),
        (SECTION, SUBSECTION),
    )
    if grouping and _groups(markers, item, below[1]):
        subsection, item = item, below[1]
    deeper = [rank for rank in below if rank > item]
    return Levels(section, subsection, item, deeper[0] if deeper and section is not None else None)


def _groups(markers: list[Marker | None], upper: int, lower: int) -> bool:
    """Whether the `upper` rank only groups `lower` ones: most of its blocks hold some."""
    blocks = holding = 0
    inside = counted = False
    for marker in markers:
        if marker is None:
            continue
        if marker.rank < upper:
            inside = False
        elif marker.rank == upper:
            blocks += 1
            inside = True
            counted = False
        elif marker.rank == lower and inside and not counted:
            holding += 1
            counted = True
    return blocks > 0 and holding * 2 >= blocks


def split_glued(text: str, seen: dict[str, int], opening: frozenset[str] | None = None) -> list[str]:
    """`…加强统筹协调。三、深化诉讼制度改革` → two paragraphs, when the marker continues the numbering in force
    (or starts a new run at 1); `seen` is the last number met in each style, updated as paragraphs pass.
    `opening`: the styles that open paragraphs of their own somewhere in the document. A deeper marker of a style
    that never does is a point run into its paragraph (（一）健全…机制。1.修订…；2.严格…), not a paragraph."""
    pieces: list[str] = []
    own = marker_of(text)
    _note(text, seen)
    start = _split_after_heading(text, 0, seen, pieces)
    for match in _GLUED.finditer(text):
        tail = text[match.start() :]
        glued = marker_of(tail)
        run_in = (
            opening is not None
            and own is not None
            and glued is not None
            and glued.rank > own.rank
            and glued.style.name not in opening
        )
        if not run_in and _continues_numbering(tail, seen):
            pieces.append(text[start : match.start()])
            start = match.start()
            _note(tail, seen)
            start = _split_after_heading(text, start, seen, pieces)
    pieces.append(text[start:])
    return pieces


# a point's number right after a heading's last character, where a copy lost the line break between them
# (一、全面准确落实司法责任制1.全面落实…)
_GLUED_TO_HEADING = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d+\.(?![\d.])[\u4e00-\u9fff])")
_SENTENCE_PUNCTUATION = re.compile("[。！？；：，]")


def _split_after_heading(text: str, start: int, seen: dict[str, int], pieces: list[str]) -> int:
    """Where the piece at `start` is a heading (一、… or （一）… with no sentence in it yet) with a point's number
    glued to its end, the heading is a piece of its own: returns where the rest starts."""
    own = marker_of(text[start:])
    if own is None or own.rank > SUBSECTION:
        return start
    glued = _GLUED_TO_HEADING.search(text, start + len(own.printed))
    if glued is None or _SENTENCE_PUNCTUATION.search(text, start, glued.start()):
        return start
    if not _continues_numbering(text[glued.start() :], seen):
        return start
    pieces.append(text[start : glued.start()])
    _note(text[glued.start() :], seen)
    return glued.start()


def _note(text: str, seen: dict[str, int]) -> None:
    marker = marker_of(text)
    if marker is not None:
        seen[marker.style.name] = marker.number


_GLUED = re.compile(rf"(?<=[。！？；])(?=(?:{CN_NUMERAL}、|（{CN_NUMERAL}）|\d+[.、](?![\d.])|（\d+）|[{CIRCLED}])\S)")


def _continues_numbering(text: str, seen: dict[str, int]) -> bool:
    marker = marker_of(text)
    if marker is None:
        return False
    return marker.number == seen.get(marker.style.name, 0) + 1 or (marker.number == 1 and marker.rank > SECTION)
