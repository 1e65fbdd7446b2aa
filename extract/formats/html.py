"""Saved web pages (.html/.htm): the document, not the site around it.

Court websites and legal databases wrap a document in menus, breadcrumbs, sidebars of related links, share
bars, 发布时间/来源/浏览次数 lines, attachment lists, print/close buttons and copyright footers. The document is
found the way readability-style extractors find an article — the block that holds most of the page's text that
is not link text — then widened to its ancestors while they add little but its title; what is left of the site
inside it is dropped line by line: lines that are mostly links, and the furniture lines court sites print.
A legal database's header fields (【发布部门】【发文字号】【发布日期】) are kept wherever the page puts them.
(trafilatura and readability-lxml were the candidates; both are built for news pages and drop exactly the short
lines this genre is made of — a number, a date, a 一、 heading — so the rules are the project's own.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reformkg.extract.metadata import DATABASE_FIELDS
from reformkg.extract.outline import BULLET_MARK
from reformkg.extract.reading import MAX_UNPACKED_BYTES, DocumentError, RawText, checked, too_large
from reformkg.extract.script import is_cjk
from reformkg.extract.tables import TaskTable, row_text, task_table

_REMOVED = {
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "svg",
    "form",
    "select",
    "button",
    "input",
    "textarea",
    "object",
    "embed",
    "canvas",
    "map",
    "head",
}
_INLINE_STYLE = re.compile(r"display\s*:\s*inline(?!-table)", re.IGNORECASE)  # inline, inline-block, inline-flex
_BLOCKS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "center",
    "header",
    "footer",
    "aside",
    "nav",
    "hr",
    "tbody",
    "thead",
    "font",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_FIELD_LINE = re.compile("【(?:" + "|".join(DATABASE_FIELDS) + ")】")
_FURNITURE = re.compile(
    r"^(?:(?:发布|更新|发表)(?:时间|日期)|来源|作者|文章来源|信息来源|浏览(?:次数|量)|点击(?:数|次数|量)|阅读(?:次数|量)|"
    r"访问量|字号|字体|责任编辑|编辑|分享到|当前位置|您的位置|所在位置|上一篇|下一篇|上一条|下一条|相关(?:文章|新闻|链接|阅读))"
    r"|版权所有|ICP备|公网安备|网站标识码|技术支持|Copyright|©"
)
_BUTTONS = re.compile(
    r"^(?:[【\[]?(?:打印本页|打印正文|打印|关闭窗口|关闭|返回顶部|返回|收藏本页|收藏|加入收藏|分享|纠错)[】\]]?[\s|/]*)+$"
)
_WEIGHT = "data-reformkg-weight"
DATA_CELL = 60  # characters: a cell of a table of data holds a name or a phrase, not the page's text
# what a page's byline says of the document, as the database field it is: 发布时间 is its date when it prints no
# signature, 文号 its number, a court by its full name as 来源 its issuer (发布时间：2024-03-12　来源：上海市高级
# 人民法院　文号：西中法发〔2024〕9号; a 来源 that is a newspaper or a short name is no issuer)
_PAGE_FIELDS = {
    # labelled, or a news byline's date and time before its 来源 (2025-03-21 09:15:32　来源：中国法院网)
    "发布日期": re.compile(
        r"(?:发布|发表|公布)(?:时间|日期)[:：]\s*(\d{4}[-./年]\d{1,2}[-./月]\d{1,2})"
        r"|^(\d{4}-\d{1,2}-\d{1,2})(?=\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|作者)[:：])"
    ),
    "文号": re.compile(r"(?:发文字号|文号)[:：]\s*(\S+?号)"),
    "发布部门": re.compile(r"(?:文章|信息)?来源[:：]\s*([\u4e00-\u9fff（）]{2,30}?人民法院)(?!报)"),
}
_ATTACHMENT = re.compile(r"\.(?:docx?|pdf|xlsx?|wps|et|zip|rar|ofd)\s*[）)]?$", re.IGNORECASE)


@dataclass
class _Line:
    text: str = ""
    linked: int = 0  # Chinese characters inside links

    @property
    def chinese(self) -> int:
        return sum(1 for c in self.text if is_cjk(c))


def read_html(path: Path, data: bytes) -> RawText:
    import lxml.html
    from lxml import etree

    if len(data) > MAX_UNPACKED_BYTES // 2:
        raise too_large(path, "a web page", len(data))
    text, encoding = _decode(path, data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(path, f"is not a readable web page ({error})") from error
    fields = [line for line in _lines(root) if _FIELD_LINE.search(line.text)]
    published = _page_fields(_lines(root))
    for element in list(root.iter(*_REMOVED)):
        element.drop_tree()
    tables = _task_tables(root)  # before the main block is chosen: a table's cells would outweigh the rest
    main = _main_content(root)
    lines = [line for line in _lines(main) if not _is_site(line)]
    texts = [line.text for line in lines]
    header = [line.text for line in fields if line.text not in texts] + published
    content = "\n".join(header + texts)
    checked(path, content + "\n".join(row.text for table in tables for row in table.rows), f"html ({encoding})")
    return RawText(str(path), content, f"html ({encoding})", tuple(tables))


def read_web_archive(path: Path, data: bytes) -> RawText:
    """A single-file web page (MHTML: what Word saves as "single file web page", often published under .doc or
    .mht): its HTML part, read as a web page in the charset its MIME header names."""
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes) or not payload.strip():
                break
            charset = part.get_content_charset()
            if charset and not _CHARSET.search(payload[:4096]):  # the MIME header's charset, where the page has none
                payload = f'<meta charset="{charset}">'.encode("ascii", errors="replace") + payload
            return read_html(path, payload)
    raise DocumentError(path, "is a single-file web page (MHTML) without a web page in it")


def _task_tables(main: Any) -> list[TaskTable]:
    """Task tables published as HTML tables (任务清单 on a court's site): each is read as a grid and stands in
    the text as its mark. A table of data (short cells in rows and columns: a list of pilot courts) stands as its
    rows, each a line with its cells kept apart, as in the other formats; a layout's tables stay text."""
    found: list[TaskTable] = []
    for table in [t for t in main.iter("table") if not any(True for _ in t.iter("table") if _ is not t)]:
        grid = _grid(table)
        recognised = task_table(grid)
        if recognised is not None:
            lines = recognised.lines(len(found))  # its title, its mark, its notes: a paragraph each
            found.append(recognised)
        elif _data(grid):
            lines = [row_text(row) for row in grid]
        else:
            continue
        block = table.makeelement("div", {_WEIGHT: str(sum(line.chinese for line in _lines(table)))})
        for line in lines:
            paragraph = block.makeelement("p", {})
            paragraph.text = line
            block.append(paragraph)
        table.getparent().replace(table, block)
    return found


def _data(grid: list[list[str]]) -> bool:
    """Is the grid a table of data — two rows and two columns at least, every cell short — rather than a layout?"""
    return (
        len(grid) >= 2
        and all(len(row) >= 2 for row in grid)
        and all(len(cell) <= DATA_CELL for row in grid for cell in row)
    )


def _grid(table: Any) -> list[list[str]]:
    """The table's cells as rows of text, a cell spanning rows or columns (rowspan, colspan) repeated over them."""
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) → text carried down by a rowspan
    for r, row in enumerate(table.iter("tr")):
        cells: list[str] = []
        column = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, column) in pending:
                cells.append(pending.pop((r, column)))
                column += 1
            text = "\n".join(line.text for line in _lines(cell))
            span_columns = _span(cell, "colspan")
            for offset in range(span_columns):
                cells.append(text)
                for below in range(1, _span(cell, "rowspan")):
                    pending[(r + below, column + offset)] = text
            column += span_columns
        while (r, column) in pending:
            cells.append(pending.pop((r, column)))
            column += 1
        grid.append(cells)
    return grid


def _span(cell: Any, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 100))
    except ValueError:
        return 1


def _page_fields(lines: list[_Line]) -> list[str]:
    """What the page's byline says of the document (_PAGE_FIELDS), as database fields, each the first found."""
    found = []
    for field, pattern in _PAGE_FIELDS.items():
        match = next((m for m in (pattern.search(line.text) for line in lines) if m), None)
        if match:
            found.append(f"【{field}】{next(group for group in match.groups() if group)}")
    return found


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    declared = _CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    candidates += ["utf-8", "gb18030"]
    for encoding in candidates:
        encoding = "gb18030" if encoding in ("gbk", "gb2312", "gb_2312-80", "x-gbk") else encoding
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentError(path, "is a web page in neither its declared encoding nor UTF-8 nor GB18030")


def _main_content(root: Any) -> Any:
    """The deepest block that holds most of the page's non-link text, widened to the ancestors that add little
    more than a title, a date line and a few sentences (at most 200 characters, or 15 %, more)."""
    own: dict[Any, int] = {}
    for element in root.iter():
        if isinstance(element.tag, str):
            own[element] = _text_weight(element)
    totals: dict[Any, int] = {}
    for element in reversed(list(root.iter())):
        if isinstance(element.tag, str):
            totals[element] = own[element] + sum(
                totals.get(child, 0) for child in element if isinstance(child.tag, str)
            )
    body = root.find("body") if root.find("body") is not None else root
    whole = totals.get(body, 0) or 1
    best = body
    for element in body.iter():
        if isinstance(element.tag, str) and totals.get(element, 0) >= 0.7 * whole and _depth(element) > _depth(best):
            best = element
    while (
        best is not body
        and best.getparent() is not None
        and totals[best.getparent()] <= totals[best] + max(0.15 * totals[best], 200)
    ):
        best = best.getparent()
    return best


def _text_weight(element: Any) -> int:
    """Chinese characters of the element's own text (not its children's), links counting against it; a task
    table read apart weighs what its cells held."""
    if element.get(_WEIGHT):
        return int(element.get(_WEIGHT))
    text = (element.text or "") + "".join(child.tail or "" for child in element if isinstance(child.tag, str))
    weight = sum(1 for c in text if is_cjk(c))
    return -weight if element.tag == "a" else weight


def _depth(element: Any) -> int:
    depth = 0
    while element.getparent() is not None:
        element = element.getparent()
        depth += 1
    return depth


def _lines(element: Any) -> list[_Line]:
    """The element's text as lines: block elements and <br> break lines; link text is counted per line; the
    items of an ordered list carry the numbers a browser prints (<ol start>, <li value>)."""
    lines = [_Line()]
    numbers = _list_numbers(element)

    def add(text: str | None, linked: bool) -> None:
        if text:
            text = text.replace("\xa0", " ").replace("\r", "").replace("\n", " ")
            lines[-1].text += text
            if linked:
                lines[-1].linked += sum(1 for c in text if is_cjk(c))

    def walk(node: Any, linked: bool, inline: bool = False) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        # a box the page's style sets inline flows on with its line, the blocks inside it too (a numeral in a round
        # badge beside its heading: 一 | 、总体要求)
        inline = inline or bool(_INLINE_STYLE.search(node.get("style") or ""))
        block = tag in _BLOCKS and (tag == "br" or not inline)
        if block and lines[-1].text.strip():
            lines.append(_Line())
        if tag == "li" and node in numbers:
            add(f"{numbers[node]}.", False)  # the number a browser prints before an ordered list's item
        elif tag == "li" and _bulleted_point(node):
            add(BULLET_MARK, False)
        add(node.text, linked or tag == "a")
        for child in node:
            if isinstance(child.tag, str):
                walk(child, linked or tag == "a", inline)
            add(child.tail, linked)
        if block and lines[-1].text.strip():
            lines.append(_Line())

    walk(element, False)
    return [_Line(line.text.strip(), line.linked) for line in lines if line.text.strip()]


def _bulleted_point(item: Any) -> bool:
    """Is this item of an unordered list a point of the document, which a bullet marks: sentences of its own, no
    link (a menu's and a page's field lists, 文号：…, are no points)?"""
    text = "".join(item.itertext()).strip()
    return text.endswith(("。", "；", ";")) and next(item.iter("a"), None) is None


def _list_numbers(element: Any) -> dict[Any, int]:
    """Each item of each ordered list under `element` → the number a browser shows for it: from the list's
    `start` (1 by default), or an item's own `value`, counting on from there."""
    numbers: dict[Any, int] = {}
    for ordered in element.iter("ol"):
        number = _integer(ordered.get("start"), 1) - 1
        for item in ordered.iterchildren("li"):
            number = _integer(item.get("value"), number + 1)
            numbers[item] = number
    return numbers


def _integer(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _is_site(line: _Line) -> bool:
    """A line of the site, not of the document: navigation and related links (mostly link text, no sentence),
    furniture lines, buttons, attachment downloads."""
    text = re.sub(r"\s+", "", line.text)
    if _FIELD_LINE.match(text):
        return False
    if line.chinese and line.linked >= 0.6 * line.chinese and not re.search("[。；]", text):
        return True
    return bool(_FURNITURE.search(text) or _BUTTONS.match(text) or _ATTACHMENT.search(text))
