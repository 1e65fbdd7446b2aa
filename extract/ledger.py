"""A work point's ledger (台账) as the document states it: who leads, who takes part, by when.

It is written three ways: ledger lines after the item (`牵头部门：政治部  参加部门：审管办、研究室  完成时限：
2024年12月底前`), the same in brackets inside the item (`（牵头单位：…；完成时限：…）`), or a task table's columns.
The field words are data (ontology/lexicon/ledger_fields.tsv).
"""

from __future__ import annotations

import re
from functools import cache

from reformkg.extract.records import Ledger
from reformkg.ontology import read_table

LEAD, PARTICIPANTS, DEADLINE = "lead", "participants", "deadline"
_UNIT_SEPARATORS = re.compile(r"[、，,；;/／\s]+|(?<=[部室庭局处办院会])(?:和|及|与)")


@cache
def field_words() -> dict[str, str]:
    """Field word → field, longest words first."""
    rows = read_table("ledger_fields.tsv")
    return {r["word"]: r["field"] for r in sorted(rows, key=lambda r: -len(r["word"]))}


@cache
def _field_pattern() -> re.Pattern[str]:
    return re.compile("(" + "|".join(map(re.escape, field_words())) + ")[：:]")


@cache
def _bracketed() -> re.Pattern[str]:
    return re.compile(r"[（(]\s*(?=(?:" + "|".join(map(re.escape, field_words())) + r")[：:])([^（）()]*)[）)]")


def is_ledger_line(text: str) -> bool:
    """A paragraph that is nothing but ledger fields (it opens with one)."""
    return _field_pattern().match(text) is not None


def parse_fields(text: str) -> Ledger:
    """`牵头部门：审管办参加部门：立案庭、研究室完成时限：2024年12月底前` → the three fields."""
    text = text.strip("（）()")
    matches = list(_field_pattern().finditer(text))
    values: dict[str, list[str]] = {LEAD: [], PARTICIPANTS: [], DEADLINE: []}
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following is not None else len(text)
        value = text[match.end() : end].strip().strip("；;，,。 ")
        if value:
            values[field_words()[match.group(1)]].append(value)
    return Ledger(
        lead=tuple(unit for value in values[LEAD] for unit in split_units(value)),
        participants=tuple(unit for value in values[PARTICIPANTS] for unit in split_units(value)),
        deadline="；".join(values[DEADLINE]) or None,
    )


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
    notes = [match.group(0) for match in _bracketed().finditer(text)]
    return _bracketed().sub("", text), notes


def merge(first: Ledger, second: Ledger) -> Ledger:
    return Ledger(
        lead=first.lead + tuple(u for u in second.lead if u not in first.lead),
        participants=first.participants + tuple(u for u in second.participants if u not in first.participants),
        deadline=first.deadline or second.deadline,
    )
