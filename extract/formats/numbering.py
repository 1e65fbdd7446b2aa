"""Word's list numbering, shared by the .docx and .doc readers: each list's levels (start, format, the text with
%1…%9 where the levels' numbers go) and the counters of the lists met so far, so that a paragraph numbered by
Word gets its number as Word prints it — `%1.` with a decimal counter is `1.`, `（%1）` with Chinese counting is
`（一）`."""

from __future__ import annotations

from dataclasses import dataclass, field

from reformkg.extract.outline import BULLET_MARK


@dataclass
class Level:
    start: int = 1
    format: str = "decimal"  # the names of .docx's numFmt; the .doc reader maps its codes to them
    text: str = "%1."


@dataclass
class ListInstance:
    abstract: str  # the list definition it numbers by; instances of one definition count on together
    starts: dict[int, int] = field(default_factory=dict)  # level → its own start (startOverride)


class ListCounters:
    """The numbers of the paragraphs of a document's lists, counted in reading order."""

    def __init__(self, abstract: dict[str, dict[int, Level]], lists: dict[str, ListInstance]) -> None:
        self._abstract = abstract
        self._lists = lists
        self._counters: dict[str, dict[int, int]] = {}
        self._started: set[str] = set()

    def prefix(self, list_id: str, level: int) -> str:
        """The number Word prints before a paragraph of list `list_id` at `level` ('' for none), counting it."""
        if list_id not in self._lists:
            return ""
        listing = self._lists[list_id]
        levels = self._abstract.get(listing.abstract, {})
        if level not in levels or levels[level].format == "none":
            return ""
        if levels[level].format == "bullet":
            return BULLET_MARK  # a plan's points when it numbers none
        counters = self._counters.setdefault(listing.abstract, {})
        if list_id not in self._started:  # a list instance with its own start begins again
            self._started.add(list_id)
            for overridden, start in listing.starts.items():
                counters[overridden] = start - 1
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        text = levels[level].text
        for k, definition in levels.items():
            if f"%{k + 1}" in text:
                value = counters.get(k, definition.start)
                text = text.replace(f"%{k + 1}", _format(value, definition.format))
        return text


_CN = "〇一二三四五六七八九"


def _format(value: int, fmt: str) -> str:
    if fmt.startswith("chinese") or fmt in ("ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand"):
        return _chinese(value)
    if fmt.startswith("decimalEnclosedCircle") and 1 <= value <= 20:
        return chr(0x2460 + value - 1)
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (value - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _chinese(value: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 24 → 二十四, 103 → 一百零三."""
    if value < 10:
        return _CN[value]
    if value < 100:
        tens, ones = divmod(value, 10)
        return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")
    hundreds, rest = divmod(value, 100)
    middle = (
        ""
        if rest == 0
        else (
            "零" + _chinese(rest)
            if rest < 10
            else _chinese(rest).replace("十", "一十", 1)
            if rest < 20
            else _chinese(rest)
        )
    )
    return _CN[hundreds] + "百" + middle


def _roman(value: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    out = ""
    for number, letters in numerals:
        while value >= number:
            out += letters
            value -= number
    return out
