"""Markdown (.md): a document exported from a wiki, a site or an editor is the same text with markup around it —
headings marked with #, emphasis with ** or __, lists with - or *, quotes with >, links and images in brackets. The
markup goes, line by line; the words stay where the structure reader expects them (## 一、… is the heading 一、…,
- 完善… the bulleted point ●完善…)."""

from __future__ import annotations

import re
from pathlib import Path

from reformkg.extract.outline import BULLET_MARK
from reformkg.extract.reading import RawText, decode

_LINE_MARKUP = [
    re.compile(r"^ {0,3}#{1,6}[ \t]+|[ \t]+#+[ \t]*$"),  # ATX headings, with any closing #s
    re.compile(r"^ {0,3}>[ \t]?"),  # quotes
]
# a list's bullet becomes the bullet the outline reads (●): where a plan lists its points so, they are its work
# points, numbered by their place; under a numbered point, its deeper points (numbered lists keep their numbers)
_LIST_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")  # a thematic break: a line of its own
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # an image: its alternative text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # a link: its text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong emphasis
    (re.compile(r"(?<!\*)\*(?![\s*])(.+?)(?<![\s*])\*(?!\*)"), r"\1"),  # emphasis (a lone * is the text's)
    (re.compile(r"`([^`]+)`"), r"\1"),  # code
]


def read_markdown(path: Path, data: bytes) -> RawText:
    text, encoding = decode(path, data)
    return RawText(str(path), plain(text), f"markdown ({encoding})")


def plain(text: str) -> str:
    """The text without its Markdown markup, line for line."""
    lines = []
    for line in text.splitlines():
        if _RULE.match(line):
            lines.append("")
            continue
        for pattern in _LINE_MARKUP:
            line = pattern.sub("", line)
        line = _LIST_BULLET.sub(BULLET_MARK, line)
        for pattern, replacement in _INLINE:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return "\n".join(lines) + "\n"
