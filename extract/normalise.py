"""Mending what PDF-to-text conversion does to these documents, one line at a time.

Paragraph-level mending (sentences cut by page breaks) needs the document's structure and lives in
`extract.structure`; this module makes each line canonical: widths, quotes, spaces, page furniture.
"""

from __future__ import annotations

import re
import unicodedata

from reformkg.extract.script import is_cjk

_CANONICAL_FORMS = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}  # ０-９
_CANONICAL_FORMS.update({code: chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_CANONICAL_FORMS.update({code: chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_CANONICAL_FORMS[0x3000] = " "  # ideographic space
_CANONICAL_FORMS[0xA0] = " "  # no-break space (&nbsp; of web pages)
_CANONICAL_FORMS[0xFF0E] = "."  # ．as in "1．"
# A PDF's text layer often maps a font's glyphs to the look-alike radicals (⼀ ⼯ ⼈ ⾏ ⻓ ⻔) or compatibility
# ideographs rather than the characters themselves: the page shows 人民法院, its text says ⼈民法院. Kangxi
# radicals and compatibility ideographs have canonical equivalents; the radicals supplement's simplified forms are
# listed here as the characters they stand for.
_SUPPLEMENT_RADICALS = """⺟母 ⺠民 ⻁虎 ⻄西 ⻅见 ⻆角 ⻉贝 ⻋车 ⻓长 ⻔门 ⻘青 ⻙韦 ⻚页 ⻛风 ⻜飞 ⻝食 ⻢马
⻣骨 ⻤鬼 ⻥鱼 ⻦鸟 ⻧卤 ⻨麦 ⻩黄 ⻪黾 ⻬齐 ⻮齿 ⻰龙 ⻳龟"""
_LOOK_ALIKES = {
    **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)},
    **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xF900, 0xFADA)},
    **{ord(pair[0]): pair[1] for pair in _SUPPLEMENT_RADICALS.split()},
}
_CANONICAL_FORMS.update({code: text for code, text in _LOOK_ALIKES.items() if text != chr(code)})
# Numbers with their stop or brackets in one character (⒈ ⑴), as some fonts and converters write list numbers.
_CANONICAL_FORMS.update({0x2488 + number - 1: f"{number}." for number in range(1, 21)})  # ⒈-⒛
_CANONICAL_FORMS.update({0x2474 + number - 1: f"（{number}）" for number in range(1, 21)})  # ⑴-⒇
# str.translate looks every character of Chinese text up in the table; a regex finds the few to map far faster.
_NON_CANONICAL = re.compile("[" + "".join(map(chr, _CANONICAL_FORMS)) + "]")
# Half-width punctuation inside Chinese text becomes the full-width form the genre uses.
_PUNCTUATION = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"})
_OPENING_QUOTES = "「『‘“"
_CLOSING_QUOTES = "」』’”"
_STRAIGHT_QUOTES = '"＂'
_ALL_QUOTES = _STRAIGHT_QUOTES + _OPENING_QUOTES + _CLOSING_QUOTES
_ANY_QUOTE = re.compile(f"[{_ALL_QUOTES}]")
# Without straight quotes there is nothing to pair: every quote maps to its curly form on its own.
_CURLY_QUOTES = {**dict.fromkeys(_OPENING_QUOTES, "“"), **dict.fromkeys(_CLOSING_QUOTES, "”")}
_HALF_WIDTH_PUNCTUATION = re.compile(r"[,;:?!()]")

# Lines that are page furniture, not text: （共 10 页）, — 3 —, - 3 -, 第 3 页, 第3页共10页, a lone page number, and a
# row of ornaments that separates parts of an article (◆ ◆ ◆, * * *, ▍).
_FURNITURE = re.compile(
    r"^(?:[（(]\s*共\s*\d+\s*页\s*[）)]"
    r"|[●■◆▲◎★☆•◇□▍▌▎◈❖※*·~=＊]+(?:\s*[●■◆▲◎★☆•◇□▍▌▎◈❖※*·~=＊]+)*"
    r"|[—–\-－一]+\s*\d+\s*[—–\-－一]+"  # 一 as well: OCR reads a dash as it
    r"|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?"
    r"|\d{1,3})$"
)
_PAGE_COUNT = re.compile(r"[（(]\s*共\s*(\d+)\s*页\s*[）)]")
_MARKUP = re.compile(r"\*\*|__")


def normalise_line(line: str) -> str:
    """One line in canonical form: half-width digits and letters, Chinese punctuation and quotes, no stray spaces."""
    return _normalise_widened(_MARKUP.sub("", _half_width(line)))


def normalise_lines(text: str) -> list[str]:
    """normalise_line for every line of a text. Widths are mended once over the whole text rather than line by
    line (no mapped character is a line break), and markup only where there is some: per-line calls cost more
    than the work."""
    widened = _half_width(text)
    lines = widened.splitlines()
    if _MARKUP.search(widened) is not None:
        lines = [_MARKUP.sub("", line) for line in lines]
    return [_normalise_widened(line) for line in lines]


def _half_width(text: str) -> str:
    """Full-width digits, letters, spaces and stops in their ASCII form, look-alike radicals as the characters they
    stand for, one-character list numbers spelt out (text.translate(_CANONICAL_FORMS))."""
    return _NON_CANONICAL.sub(lambda match: _CANONICAL_FORMS[ord(match.group())], text)


def _normalise_widened(line: str) -> str:
    """The rest of normalise_line, once widths and markup are mended."""
    line = _normalise_quotes(line)
    line = _remove_spaces(line)
    return _chinese_punctuation(line)


def is_page_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line.strip()))


def page_count(text: str) -> int | None:
    match = _PAGE_COUNT.search(text)
    return int(match.group(1)) if match else None


def _normalise_quotes(line: str) -> str:
    """Every quote pair becomes “…”: straight quotes pair up left to right within the line."""
    if _ANY_QUOTE.search(line) is None:
        return line
    if _STRAIGHT_QUOTES[0] not in line and _STRAIGHT_QUOTES[1] not in line:
        return _ANY_QUOTE.sub(lambda match: _CURLY_QUOTES[match.group()], line)
    out: list[str] = []
    opened = False
    for char in line:
        if char in _STRAIGHT_QUOTES:
            out.append("”" if opened else "“")
            opened = not opened
        elif char in _OPENING_QUOTES:
            out.append("“")
            opened = True
        elif char in _CLOSING_QUOTES:
            out.append("”")
            opened = False
        else:
            out.append(char)
    return "".join(out)


def _remove_spaces(line: str) -> str:
    """Drop whitespace unless it separates two Latin words (`Windows 平台` keeps none, `New York` keeps one)."""
    line = line.strip()
    if " " not in line and "\t" not in line:
        return line
    parts = re.split(r"[ \t]+", line)
    out = parts[0]
    for part in parts[1:]:
        if out and part and _latin(out[-1]) and _latin(part[0]):
            out += " "
        out += part
    return out


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _chinese_punctuation(line: str) -> str:
    """Half-width ,;:?!() become full-width when they touch Chinese text; digits like 1. and 3.5 keep their dot."""
    if _HALF_WIDTH_PUNCTUATION.search(line) is None:
        return line
    chars = list(line)
    for index, char in enumerate(chars):
        if char in ",;:?!()":
            before = chars[index - 1] if index else ""
            after = chars[index + 1] if index + 1 < len(chars) else ""
            if _chinese_context(before) or _chinese_context(after) or char in "()":
                chars[index] = char.translate(_PUNCTUATION)
    return "".join(chars)


def _chinese_context(char: str) -> bool:
    return bool(char) and (is_cjk(char) or char in "“”《》（）。，、；：")
