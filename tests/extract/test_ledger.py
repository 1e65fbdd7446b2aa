"""Ledger fields: ledger lines, bracketed notes, units split and kept in order."""

from __future__ import annotations

from reformkg.extract.ledger import is_ledger_line, parse_fields, split_units, take_bracketed
from reformkg.extract.records import Ledger


def test_a_ledger_line_with_three_fields_run_together():
    # normalised text has no spaces: the fields are told apart by their words
    line = "牵头部门：审管办参加部门：立案庭、研究室完成时限：2024年12月底前"
    assert is_ledger_line(line)
    assert parse_fields(line) == Ledger(("审管办",), ("立案庭", "研究室"), "2024年12月底前")


def test_field_words_vary_and_some_fields_are_missing():
    assert parse_fields("责任单位：政治部、司改办") == Ledger(("政治部", "司改办"), (), None)
    assert parse_fields("时间节点：长期坚持。") == Ledger((), (), "长期坚持")
    assert parse_fields("协办单位：/") == Ledger()


def test_a_bracketed_note_is_taken_out_of_the_item():
    body, notes = take_bracketed("完善阅核制度，明确阅核范围（牵头部门：审管办；完成时限：2024年6月底前）。")
    assert body == "完善阅核制度，明确阅核范围。"
    assert [parse_fields(note) for note in notes] == [Ledger(("审管办",), (), "2024年6月底前")]


def test_brackets_that_are_no_ledger_stay():
    assert take_bracketed("出台《细则（试行）》（2024年）。") == ("出台《细则（试行）》（2024年）。", [])


def test_units_split_on_every_separator_and_keep_their_order():
    assert split_units("政治部和研究室，立案庭/执行局") == ["政治部", "研究室", "立案庭", "执行局"]
    assert not is_ledger_line("健全牵头机制。")
