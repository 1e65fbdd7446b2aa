"""A work point's ledger (台账) as the document states it: who leads, who takes part, by when.

It is written four ways: ledger lines after the item (`牵头部门：政治部  参加部门：审管办、研究室  完成时限：
2024年12月底前`), the same in brackets inside the item (`（牵头单位：…；完成时限：…）`), a task table's columns, or
stated in words, as a sentence of the item or in brackets (`由省法院立案庭牵头，各中级人民法院配合，2025年9月底前完成`).
The field words and the words of stated ledgers are data (ontology/lexicon/ledger_fields.tsv, ledger_statements.tsv).
"""

from __future__ import annotations

import re
from functools import cache

from reformkg.extract.records import Ledger
from reformkg.ontology import read_table

LEAD, PARTICIPANTS, DEADLINE = "lead", "participants", "deadline"
# the leading official by title (牵头领导：分管执行工作副院长): a field of its own, naming a person, not a unit
LEADER = "leader"
_UNIT_SEPARATORS = re.compile(r"[、，,；;/／\s]+|(?<=[部室庭局处办院会])(?:和|及|与)")


@cache
def field_words() -> dict[str, str]:
    """Field word → field, longest words first."""
    rows = read_table("ledger_fields.tsv")
    return {r["word"]: r["field"] for r in sorted(rows, key=lambda r: -len(r["word"]))}


@cache
def _field_pattern() -> re.Pattern[str]:
    return re.compile("(" + "|".join(map(re.escape, field_words())) + ")[：:]")


_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]")
_LAST_BRACKETED = re.compile(r"[（(]([^（）()]*)[）)]$")
_CLAUSES = re.compile(r"[，,；;]")
_SENTENCE_END = re.compile(r"(?<=。)")
# where a sentence's closing clauses may begin to state its ledger: a clause opening with 由 (…，由审管办牵头，…)
_TRAILING_STATEMENT = re.compile(r"[，,；;](?=由)")
# a deadline clause: a date or a period (2025年9月底前, 年底前, 第三季度内), then perhaps a verb of completion
_DEADLINE = (
    r"[于在]?(?P<when>[\d〇零一二三四五六七八九十第本今明]*(?:年|月|季度)"
    r"[\d〇零一二三四五六七八九十年月日底上下半旬季度]{0,10}(?:以前|之前|前|内))"
)


@cache
def _statement_words() -> dict[str, list[str]]:
    """Role (lead, participants, unit-ending, done, standing, topic) → its words, longest first."""
    words: dict[str, list[str]] = {}
    for row in sorted(read_table("ledger_statements.tsv"), key=lambda r: -len(r["word"])):
        words.setdefault(row["role"], []).append(row["word"])
    return words


@cache
def _stated_clause() -> re.Pattern[str]:
    words = _statement_words()
    verbs = sorted(words["lead"] + words["participants"], key=len, reverse=True)
    topics = "|".join(map(re.escape, words["topic"]))
    return re.compile(
        rf"(?:{topics})?由?(?P<units>[\u4e00-\u9fff（）、]{{2,80}}?)(?P<verb>" + "|".join(map(re.escape, verbs)) + ")"
    )


@cache
def _deadline_clause() -> re.Pattern[str]:
    words = _statement_words()
    done = "|".join(map(re.escape, words["done"]))
    standing = "|".join(map(re.escape, words["standing"]))
    return re.compile(rf"{_DEADLINE}(?:{done}|[\u4e00-\u9fff]{{1,8}})?|(?P<standing>{standing})")


def stated_ledger(text: str) -> Ledger | None:
    """`由省法院立案庭牵头，各中级人民法院配合，2025年9月底前完成` → the three fields; None unless every clause of
    the text is a stated ledger's (units and a lead or participation verb, or a deadline) and one names a lead."""
    lead: list[str] = []
    participants: list[str] = []
    deadlines: list[str] = []
    endings = tuple(_statement_words()["unit-ending"])
    for clause in _CLAUSES.split(text.strip().strip("（）()").rstrip("。；; ")):
        stated, deadline = _stated_clause().fullmatch(clause), _deadline_clause().fullmatch(clause)
        if deadline is not None:
            deadlines.append(deadline.group("when") or deadline.group("standing"))
            continue
        units = split_units(stated.group("units")) if stated is not None else []
        if stated is None or not units or not all(2 <= len(unit) <= 25 and unit.endswith(endings) for unit in units):
            return None
        role = lead if stated.group("verb") in _statement_words()["lead"] else participants
        role += [unit for unit in units if unit not in role]
    if not lead:
        return None
    return Ledger(lead=tuple(lead), participants=tuple(participants), deadline="；".join(deadlines) or None)


def _is_note(content: str) -> bool:
    """Bracketed text that is a ledger: fields (牵头单位：…) or a stated ledger (审管办牵头，研究室参与)."""
    return _field_pattern().match(content.strip()) is not None or stated_ledger(content) is not None


def ends_with_note(text: str) -> bool:
    """Does the paragraph close with a bracketed ledger note (…故事。（责任部门：研究室；完成时限：持续推进））? Its
    work point ends there, as at a full stop."""
    last = _LAST_BRACKETED.search(text)
    return last is not None and _is_note(last.group(1))


def ends_with_empty_field(text: str) -> bool:
    """A line whose last ledger field has no value yet (…完成时限：): the value is on the next line."""
    found = list(_field_pattern().finditer(text))
    return bool(found) and not text[found[-1].end() :].strip()


def is_ledger_line(text: str) -> bool:
    """A paragraph that is nothing but ledger fields (it opens with one)."""
    return _field_pattern().match(text) is not None


def has_fields(text: str) -> bool:
    """Does the text name its fields (牵头：…配合：…)?"""
    return _field_pattern().search(text) is not None


def parse_fields(text: str) -> Ledger:
    """`牵头部门：审管办参加部门：立案庭、研究室完成时限：2024年12月底前` → the three fields; a ledger stated in
    words is read as `stated_ledger` reads it."""
    text = text.strip("（）()")
    matches = list(_field_pattern().finditer(text))
    if not matches:
        return stated_ledger(text) or Ledger()
    values: dict[str, list[str]] = {LEAD: [], PARTICIPANTS: [], DEADLINE: [], LEADER: []}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        value = text[match.end() : end].strip().strip("；;，,。 ")
        if value:
            values[field_words()[match.group(1)]].append(value)
    lead, participants = lead_and_participants("、".join(values[LEAD]), "、".join(values[PARTICIPANTS]))
    return Ledger(lead=lead, participants=participants, deadline="；".join(values[DEADLINE]) or None)


# a unit marked as the one that leads, in a list of those answerable: 立案庭（牵头）、研究室
_LEAD_MARK = re.compile(r"[（(]\s*牵头\s*[）)]")


def lead_and_participants(lead: str, participants: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The units of a lead field and of a participants field. A lead field that marks its leads
    (`立案庭（牵头）、研究室、黄岛区人民法院`) lists the others that take part, before the participants field's."""
    parts = _UNIT_SEPARATORS.split(lead)
    if not any(_LEAD_MARK.search(part) for part in parts):
        return tuple(split_units(lead)), tuple(split_units(participants))
    marked = [_LEAD_MARK.sub("", part) for part in parts if _LEAD_MARK.search(part)]
    others = [part for part in parts if not _LEAD_MARK.search(part)]
    return tuple(split_units("、".join(marked))), tuple(split_units("、".join([*others, participants])))


def split_units(value: str) -> list[str]:
    """`审管办、研究室` → [审管办, 研究室]; empty parts and placeholders (无, —) are dropped."""
    units = []
    for part in _UNIT_SEPARATORS.split(value):
        part = part.strip("。．.：:（）() ")
        if part and part not in ("无", "—", "-", "／", "/") and part not in units:
            units.append(part)
    return units


def take_bracketed(text: str) -> tuple[str, list[str]]:
    """The text without its bracketed ledger notes, and the notes (brackets and all), in order."""
    notes: list[str] = []

    def taken(match: re.Match[str]) -> str:
        if not _is_note(match.group(1)):
            return match.group(0)
        notes.append(match.group(0))
        return ""

    return _BRACKETED.sub(taken, text), notes


def take_stated(text: str) -> tuple[str, list[tuple[str, Ledger]]]:
    """The text without its sentences that state a ledger in words, and those sentences with their ledgers, in
    order."""
    kept: list[str] = []
    stated: list[tuple[str, Ledger]] = []
    for sentence in _SENTENCE_END.split(text):
        head, tail, ledger = _stated_tail(sentence) if sentence.strip() else (sentence, "", None)
        kept.append(head)
        if ledger is not None:
            stated.append((tail, ledger))
    return "".join(kept), stated


def take_inline(text: str) -> tuple[str, list[tuple[str, Ledger]]]:
    """The text without the ledger fields that close a line of it, after its last sentence
    (`…开展试点。牵头：立案庭；配合：各基层法院；时限：2024年6月底。`), and those fields with their ledger."""
    lines = text.split("\n")
    taken: list[tuple[str, Ledger]] = []
    for number, line in enumerate(lines):
        for field in _field_pattern().finditer(line):
            if field.start() == 0 or line[field.start() - 1] not in "。；;":
                continue
            tail = line[field.start() :]
            if "。" in tail.rstrip("。 "):
                continue  # a sentence follows the fields: they are no closing ledger
            ledger = parse_fields(tail)
            if ledger != Ledger():
                lines[number] = line[: field.start()]
                taken.append((tail.strip(), ledger))
            break
    return "\n".join(lines), taken


def _stated_tail(sentence: str) -> tuple[str, str, Ledger | None]:
    """A sentence split into what it says and the ledger it states, whole or in its closing clauses from a 由
    on: `明确阅核程序，由审管办牵头，2026年6月底前完成。` → (`明确阅核程序。`, `由审管办牵头，…完成。`, ledger)."""
    ledger = stated_ledger(sentence)
    if ledger is not None:
        return "", sentence.strip(), ledger
    for clause in _TRAILING_STATEMENT.finditer(sentence):
        tail = sentence[clause.end() :]
        ledger = stated_ledger(tail)
        if ledger is not None:
            spacing = sentence[len(sentence.rstrip()) :]
            return sentence[: clause.start()] + "。" + spacing, tail.strip(), ledger
    return sentence, "", None


def merge(first: Ledger, second: Ledger) -> Ledger:
    return Ledger(
        lead=first.lead + tuple(u for u in second.lead if u not in first.lead),
        participants=first.participants + tuple(u for u in second.participants if u not in first.participants),
        deadline=first.deadline or second.deadline,
    )
