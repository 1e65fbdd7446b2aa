"""What a document says about itself: its title, issuer, number and date, wherever its layout puts them — a
red letterhead (广东省高级人民法院文件), the title (最高人民法院关于…的意见), a legal database's header fields
(【发布部门】【发文字号】【发布日期】), the signature and its date at the end."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from reformkg.extract.outline import CN_DIGITS, CN_NUMERAL, number_of
from reformkg.extract.records import Metadata

DOCUMENT_KINDS = (
    r"(?:要点|意见|纲要|方案|规划|通知|办法|规定|决定|措施|计划|细则|指引|报告|清单|分解表|台账|任务表|重点任务|安排)"
)
_COVER = re.compile(r"(?:关于)?印发(?:《(?P<quoted>.+?)》|(?P<bare>.+?))的通知")
# The issuer's abbreviation (粤高法明传, 法发, 京高法发, 兵分院发 …) never holds 法院: a number printed after the
# court's name (河南省高级人民法院豫高法〔2023〕31号) starts after it.
# a document number: the issuer's short name (not 法院, and not the 日 that ends a date printed before it:
# 2025年4月10日甘高法发〔2025〕7号), the year in brackets, the serial number
NUMBER = re.compile(
    r"(?:(?!(?<=法)院)(?!(?<=[\d〇零一二三四五六七八九十])日)[\u4e00-\u9fff]){1,8}[（〔\[【(]\d{4}[）〕\]】)]第?\d{1,5}号"
)
_CN_YEAR = "[〇零一二三四五六七八九]{4}"
_DATE_CN = re.compile(rf"(\d{{4}}|{_CN_YEAR})年({CN_NUMERAL}|\d{{1,2}})月({CN_NUMERAL}|\d{{1,2}})日")
_YEAR_MONTH = re.compile(rf"(?:\d{{4}}|{_CN_YEAR})年(?:{CN_NUMERAL}|\d{{1,2}})月")
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)")
_URGENCY = re.compile(r"等级：?(特提|特急|加急|平急|急件)")
ISSUER = re.compile(r"^[\u4e00-\u9fff（）]{2,30}(?:人民法院|法院|分院|委员会|办公室|办公厅|领导小组|检察院|部|厅|局)$")
_LETTERHEAD = re.compile(
    r"^(?P<issuer>[\u4e00-\u9fff（）]{2,30}(?:法院|委员会|办公室|办公厅|领导小组))(?:文件|文电|明传电报)$"
)
# 最高人民法院关于…的意见, 天津市高级人民法院2022年…任务清单, 南宁中院2024年…方案 (a court by its short name); not
# 全省法院… (all the courts of a province), nor 石家庄法院… (all the courts of a city).
_ISSUER_IN_TITLE = re.compile(
    r"^(?!关于|全|各)(?P<issuer>[\u4e00-\u9fff]{2,30}?(?:人民法院|委员会|办公厅|高院|中院))(?=关于|\d|[〇零一二]{4}年)"
)
_ISSUER_BEFORE_NUMBER = re.compile(  # not a court's website (福建法院网 今天是：2026年12月1日)
    r"^(?!全|各)(?P<issuer>[\u4e00-\u9fff]{2,20}?(?:人民法院|法院))(?!网)(?![\u4e00-\u9fff]*[。，])"
)
# a court by its full or its short name, at the start of a clause (北京市高级人民法院, 北京高院, 温州中院)
_COURT_NAMED = r"[\u4e00-\u9fff]{2,20}?(?:人民法院|法院|高院|中院)"
# 【发布部门】最高人民法院 【发文字号】法发〔2015〕3号 … as legal databases print them.
_FIELD = re.compile(r"【(?P<name>[^】]{2,6})】(?P<value>[^【]*)")
_FIELD_ROLES = {
    "发布部门": "issuer",
    "制定机关": "issuer",
    "发文机关": "issuer",
    "颁布部门": "issuer",
    "发文字号": "number",
    "文号": "number",
    "发布日期": "issued",
    "公布日期": "issued",
    "发文日期": "issued",
    "颁布日期": "issued",
}
# A ledger kept up to date names the court that fills it in: 填报单位：江西省高级人民法院  填报时间：…
_REPORTING_COURT = re.compile(r"(?:填报|报送|制表)单位[：:]\s*(?P<court>[\u4e00-\u9fff]{2,20}?(?:人民法院|法院))")
# Every field such a copy prints, whether the metadata uses it or not.
DATABASE_FIELDS = (*_FIELD_ROLES, "实施日期", "施行日期", "时效性", "效力级别", "法规类别", "类别", "法宝引证码")


def find_title(lines: list[str], first_structural: int) -> tuple[str | None, int, int]:
    """The title of the work points, and the first and last index of its lines; (None, 0, -1) when the text has
    none. A 通知 that prints work points (关于印发《X》的通知 … X …) is titled by what it prints."""
    head = lines[:first_structural]
    for start, end, text in _line_runs(head):
        match = _COVER.search(text)
        if match is None:
            continue
        wanted = match.group("quoted") or match.group("bare")
        later_runs = _line_runs(head, start_at=end + 1)
        for later_start, later_end, later in later_runs:
            if later == wanted:
                return later, later_start, later_end
        for later_start, later_end, later in later_runs:  # the same title with the issuer's name before it
            if later.endswith(wanted) and len(later) <= len(wanted) + 20 and "：" not in later:
                return later, later_start, later_end
        if match.group("quoted"):  # a page that prints the work points under the notice's heading alone
            return wanted, start, end
    # No cover letter: the last run of short, unpunctuated lines that names a kind of document (a wrapped
    # title is one run: the longest that ends on the same line).
    named = [run for run in _line_runs(head) if _names_a_document(run[2])]
    if named:
        start, end, text = max(named, key=lambda run: (run[1], run[1] - run[0]))
        return text, start, end
    return None, 0, -1


def _names_a_document(text: str) -> bool:
    return (
        re.search(DOCUMENT_KINDS + r"(?:[（(].*[）)])?$", text) is not None
        and re.search("[，。；：]", text) is None
        and _COVER.search(text) is None
        and _FIELD.search(text) is None
    )


_SHORTEST_WRAPPED = 8  # characters of a title's line that the next one continues
_OPENS_TITLE = re.compile(r"关于|\d{4}年")  # how a title that an issuer's name opens goes on


def _line_runs(lines: list[str], start_at: int = 0) -> list[tuple[int, int, str]]:
    """Titles wrap: each run of up to four adjacent lines that could be parts of a title, joined (a subtitle
    ——… is kept with its title); single lines too, so that a title next to other lines is found."""
    runs: list[tuple[int, int, str]] = []
    for start in range(start_at, len(lines)):
        if not lines[start] or re.search("[。；]", lines[start]):
            continue
        text = lines[start]
        runs.append((start, start, text))
        if not _title_part(text):
            continue
        for end in range(start + 1, min(start + 4, len(lines))):
            # an issuer's name joins a title only as its first words (最高人民法院 / 关于…的意见, 广州知识产权法院 /
            # 2025年…工作要点)
            if not _title_part(lines[end]) or (ISSUER.match(text) and not _OPENS_TITLE.match(lines[end])):
                break
            if lines[end] == lines[end - 1]:
                break  # the same title printed again (a page's headline, then the document's own): no wrap
            if len(lines[end - 1]) < _SHORTEST_WRAPPED and not ISSUER.match(lines[end - 1]):
                break  # a title wraps at the page's width: a short line before is a heading of its own (最新动态)
            text += lines[end]
            runs.append((start, end, text))
    # Longest first among runs that start together, so a wrapped title wins over its first line.
    return sorted(runs, key=lambda run: (run[0], -(run[1] - run[0])))


def _title_part(line: str) -> bool:
    """A line that may be part of a wrapped title: short, no sentence, no number, date or database field."""
    return (
        0 < len(line) <= 40
        and re.search("[。；：，]", line) is None
        and NUMBER.search(line) is None
        and iso_date(line) is None
        and _YEAR_MONTH.fullmatch(line) is None
        and _FIELD.search(line) is None
    )


_YEAR_BRACKETS = re.compile(r"([（〔\[【(])(\d{4})([）〕\]】)])")
_PAIRS = {"（": "）", "〔": "〕", "[": "]", "【": "】", "(": ")"}


def _paired(number: str) -> str:
    """The number as printed; where the brackets around its year do not pair (骤高法【2022]31号, a scan read by
    OCR), they were misread, and are written as GB/T 9704 prints them: 〔2022〕."""
    match = _YEAR_BRACKETS.search(number)
    if match is None or _PAIRS[match.group(1)] == match.group(3):
        return number
    return number[: match.start()] + f"〔{match.group(2)}〕" + number[match.end() :]


def header_fields(lines: list[str]) -> dict[str, str]:
    """The 【…】 fields of a legal database's copy, by role (issuer, number, issued); and the court a ledger's
    填报单位：… line names as its issuer."""
    found: dict[str, str] = {}
    for line in lines:
        for match in _FIELD.finditer(line):
            role = _FIELD_ROLES.get(match.group("name"))
            value = match.group("value").strip("：: ")
            if role and value and role not in found:
                found[role] = value
        reporting = _REPORTING_COURT.search(line)
        if reporting is not None and "issuer" not in found:
            found["issuer"] = reporting.group("court")
    return found


def read_metadata(
    header: list[str], signature: list[str], title: str | None, page_count: int | None, closing: Sequence[str] = ()
) -> Metadata:
    """`closing`: what follows the work points, where a spreadsheet's 说明 sheet may print the number on a line of
    its own (a number inside a sentence there cites another document)."""
    fields = header_fields(header)
    joined = "\n".join(header)
    urgency = _URGENCY.search(joined)
    number = (
        NUMBER.search(fields.get("number", ""))
        or NUMBER.search(_URGENCY.sub("", joined))
        or next((found for line in closing if (found := NUMBER.fullmatch(line.strip("（）() "))) is not None), None)
    )
    # the signature's date; else a date the document prints above its work points (a cover letter's signature);
    # else a database's or a web page's date of publication
    own = [line for line in header if _ends_with_date(line) and not _FIELD.search(line)]
    issued = _last_date(signature) or _last_date(own) or (iso_date(fields["issued"]) if "issued" in fields else None)
    return Metadata(
        issuer=_issuer(fields, header, signature, title),
        number=_paired(number.group(0)) if number else None,
        issued=issued,
        urgency=urgency.group(1) if urgency else None,
        addressees=tuple(_addressees(header)),
        handling_unit=next((line.split("：", 1)[1] for line in header if line.startswith("承办单位：")), None) or None,
        page_count=page_count,
    )


def completed(metadata: Metadata, title: str | None, preamble: str, closing: Sequence[str]) -> Metadata:
    """The number and date where the header and the signature gave none. A copy that lost its line breaks runs
    them into the preamble (筑中法〔2023〕15号各区…人民法院：…贵阳市中级人民法院2023年3月1日贵阳市…): the number
    that opens it, and the date right after the issuer's name, its signature's. Failing that, the number is the
    one of the notice the document says distributes it, and the date the day the issuer's office printed it
    (南宁市中级人民法院办公室 2024年3月18日印发)."""
    number = metadata.number
    if number is None and (opening := NUMBER.match(preamble)) is not None:
        number = _paired(opening.group(0))
    if number is None and title:
        number = _distributing_number(title, [preamble, *closing])
    issued = metadata.issued
    if issued is None and metadata.issuer:
        signed = re.search(rf"{re.escape(metadata.issuer)}(?={_DATE_CN.pattern})", preamble)
        issued = iso_date(preamble[signed.end() :]) if signed is not None else None
    if issued is None:
        issued = next((iso_date(line) for line in reversed(closing) if _PRINTED.search(line)), None)
    return replace(metadata, number=number, issued=issued)


# the notice that distributes a document, cited with its number: 《…关于印发〈T〉的通知》（呼中法〔2024〕17号）
_DISTRIBUTED = re.compile(
    rf"印发[〈<《](?P<title>[^〉>》]{{4,60}})[〉>》]的通知》?[（(](?P<number>{NUMBER.pattern})[）)]"
)


def _distributing_number(title: str, texts: Sequence[str]) -> str | None:
    """The number of the notice that distributes this very document, where the document cites it (a task table's
    instructions: 本表为《…关于印发〈2024年司法改革重点任务分解表〉的通知》（呼中法〔2024〕17号）的附件)."""
    for text in texts:
        for cited in _DISTRIBUTED.finditer(text):
            if cited["title"] in title:
                return _paired(cited["number"])
    return None


def _issuer(fields: dict[str, str], header: list[str], signature: list[str], title: str | None) -> str | None:
    if fields.get("issuer") and ISSUER.match(fields["issuer"]):
        return fields["issuer"]
    for line in header:
        letterhead = _LETTERHEAD.match(line)
        if letterhead:
            return letterhead.group("issuer")
    for line in header:
        bare = line.strip("（）")  # a subtitle in brackets: （河北省高级人民法院 冀高法〔2024〕23号 2024年2月26日）
        if ISSUER.match(bare):
            return bare
        leading = _ISSUER_BEFORE_NUMBER.match(bare)  # 河南省高级人民法院 豫高法〔2023〕31号 2023年3月16日
        if leading and (NUMBER.search(bare) or iso_date(bare)):
            return leading.group("issuer")
    if title:
        in_title = _ISSUER_IN_TITLE.match(title)
        if in_title:
            return in_title.group("issuer")
    signed = next((line for line in signature if ISSUER.match(line)), None)
    return signed or (_reported_issuer(header, title) if title else None)


def _reported_issuer(header: list[str], title: str) -> str | None:
    """The court that a news report above a reprinted document says issued it: 北京高院印发《<title>》."""
    reported = re.compile(rf"(?P<issuer>{_COURT_NAMED})(?:近日|日前|正式)?(?:印发|发布|出台)了?《{re.escape(title)}》")
    return next((match.group("issuer") for line in header if (match := reported.search(line))), None)


def _addressees(header: list[str]) -> list[str]:
    addressees: list[str] = []
    for line in header:
        for key in ("发往：", "主送："):
            if line.startswith(key) and "抬头" not in line:
                addressees += _split_list(line[len(key) :])
    if not addressees:  # 发往：见抬头 — the addressees are the line that opens the cover letter
        opening = next((line for line in header if line.endswith("：") and "：" not in line[:-1]), None)
        parts = _split_list(opening[:-1]) if opening else []
        if all(part.endswith(_ADDRESSED) for part in parts):  # bodies, not a report's 现将全文刊发如下：
            addressees = parts
    return addressees


# how the names of the bodies a cover letter is addressed to end (各中级人民法院, 本院各部门, 各有关单位, 各市、县)
_ADDRESSED = tuple("院门位局委办庭处室会组司厅部校所市区县队")


def _split_list(text: str) -> list[str]:
    """`各县（市、区）人民法院，本院各部门` → its addressees; a bracketed alternative is no separator."""
    return [part for part in _LIST_SEPARATOR.split(text.rstrip("：。")) if part]


_LIST_SEPARATOR = re.compile(r"[、，；](?![^（(]*[）)])")  # not inside brackets


# the date in the 版记's last line, the day the issuer's office printed the document (…办公室 2024年3月5日印发)
PRINTED_ON = r"\d{4}年\d{1,2}月\d{1,2}日\s*印发"
_PRINTED = re.compile(rf"{PRINTED_ON}$")


def _is_date_line(line: str) -> bool:
    """A line that is a date and nothing else (a signature's date, a letterhead's date)."""
    line = line.strip("（）()")
    return bool(_DATE_CN.fullmatch(line) or _DATE_ISO.fullmatch(line))


def _ends_with_date(line: str) -> bool:
    """A short header line that ends with a date (河南省高级人民法院 豫高法〔2023〕31号 2023年3月16日), or with a
    date and the document's number (（2025年4月10日 甘高法发〔2025〕7号）); not a sentence and not the printing
    office's line (…2024年3月5日印发)."""
    if len(line) > 60 or re.search("[。，；]", line):
        return False
    match = _DATE_CN.search(line) or _DATE_ISO.search(line)
    return match is not None and NUMBER.sub("", line[match.end() :]).strip("（）() ") == ""


def is_signature_line(line: str) -> bool:
    return _is_date_line(line) or bool(ISSUER.match(line))


def _last_date(lines: list[str]) -> str | None:
    dates = [iso_date(line) for line in lines if _ends_with_date(line)]
    return next((date for date in reversed(dates) if date), None)


def iso_date(text: str) -> str | None:
    """2024年3月5日, 二〇二四年三月五日, 2024-03-05, 2024.3.5 → 2024-03-05 (the first date in the text)."""
    match = _DATE_CN.search(text)
    if match:
        year = "".join(str(CN_DIGITS[c]) if c in CN_DIGITS else c for c in match.group(1))
        month, day = number_of(match.group(2)), number_of(match.group(3))
    else:
        match = _DATE_ISO.search(text)
        if match is None:
            return None
        year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{int(year):04d}-{month:02d}-{day:02d}"
