"""Ledger fields: ledger lines, bracketed notes, units split and kept in order."""

from __future__ import annotations

from reformkg.extract.ledger import (
    ends_with_empty_field,
    is_ledger_line,
    lead_and_participants,
    parse_fields,
    split_units,
    stated_ledger,
    take_bracketed,
    take_inline,
    take_stated,
)
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


def test_the_leading_official_is_a_field_of_its_own_and_no_unit():
    assert parse_fields("牵头领导：分管执行工作副院长牵头部门：执行局配合部门：立案庭") == Ledger(
        ("执行局",), ("立案庭",), None
    )
    assert parse_fields("责任领导：常务副院长") == Ledger()


def test_a_bracketed_note_is_taken_out_of_the_item():
    body, notes = take_bracketed("完善阅核制度，明确阅核范围（牵头部门：审管办；完成时限：2024年6月底前）。")
    assert body == "完善阅核制度，明确阅核范围。"
    assert [parse_fields(note) for note in notes] == [Ledger(("审管办",), (), "2024年6月底前")]


def test_brackets_that_are_no_ledger_stay():
    assert take_bracketed("出台《细则（试行）》（2024年）。") == ("出台《细则（试行）》（2024年）。", [])


def test_units_split_on_every_separator_and_keep_their_order():
    assert split_units("政治部和研究室，立案庭/执行局") == ["政治部", "研究室", "立案庭", "执行局"]
    assert not is_ledger_line("健全牵头机制。")


def test_a_list_of_answerable_units_that_marks_its_leads_lists_the_others_as_taking_part():
    ledger = parse_fields("责任部门：立案庭（牵头）、研究室、黄岛区人民法院；完成时限：2024年6月底前")
    assert ledger.lead == ("立案庭",) and ledger.participants == ("研究室", "黄岛区人民法院")
    assert lead_and_participants("执行局（牵头）、民二庭(牵头)、办公室", "政治部") == (
        ("执行局", "民二庭"),
        ("办公室", "政治部"),
    )
    assert lead_and_participants("立案庭、研究室", "") == (("立案庭", "研究室"), ())  # no mark: all lead


def test_a_ledger_stated_in_words_is_read_clause_by_clause():
    assert stated_ledger("由市中院审管办牵头，各基层法院、派出法庭配合，2026年6月底前完成。") == Ledger(
        ("市中院审管办",), ("各基层法院", "派出法庭"), "2026年6月底前"
    )
    assert stated_ledger("研究室牵头负责，第三季度内出台") == Ledger(("研究室",), (), "第三季度内")


def test_fields_that_close_a_line_after_its_last_sentence_are_its_ledger():
    line = "完善诉调对接机制。举措：在锦江区开展试点。牵头：立案庭；配合：各基层法院、市司法局；时限：2024年6月底。"
    text, taken = take_inline(line + "\n下一行")
    assert text == "完善诉调对接机制。举措：在锦江区开展试点。\n下一行"
    assert taken == [(line[line.index("牵头") :], Ledger(("立案庭",), ("各基层法院", "市司法局"), "2024年6月底"))]
    # fields in the middle of what a line goes on to say are no closing ledger
    said = "明确牵头：立案庭负责。随后报告进展。"
    assert take_inline(said) == (said, [])


def test_a_sentence_is_no_stated_ledger_unless_every_clause_is_one():
    for sentence in (
        "健全牵头机制。",
        "建立由院长牵头的联席会议制度。",
        "成立工作专班，由分管院领导牵头。",  # a leader is no unit
        "各级法院要高度重视并牵头抓好落实。",
        "立案庭配合，年底前完成。",  # nobody leads
    ):
        assert stated_ledger(sentence) is None, sentence


def test_a_bracketed_stated_ledger_is_a_note_and_a_stated_sentence_is_taken_out():
    body, notes = take_bracketed("规范财产保全担保（执行局牵头，立案庭参与；2025年3月前完成）。")
    assert body == "规范财产保全担保。"
    assert [parse_fields(note) for note in notes] == [Ledger(("执行局",), ("立案庭",), "2025年3月前")]
    body, stated = take_stated("推行繁简分流。由立案庭牵头，审管办配合。\n细化分流标准。")
    assert (body, stated) == (
        "推行繁简分流。\n细化分流标准。",
        [("由立案庭牵头，审管办配合。", Ledger(("立案庭",), ("审管办",), None))],
    )


def test_a_stated_ledger_may_name_its_task_first_and_end_with_any_short_deliverable_or_a_standing_deadline():
    assert stated_ledger("此项工作由执行局负责，各基层法院参与，2026年10月底前完成。") == Ledger(
        ("执行局",), ("各基层法院",), "2026年10月底前"
    )
    assert stated_ledger("试点工作由民二庭、研究室共同牵头，于2026年5月前形成评估报告。") == Ledger(
        ("民二庭", "研究室"), (), "2026年5月前"
    )
    assert parse_fields("（审管办牵头，持续推进）") == Ledger(("审管办",), (), "持续推进")
    # a deliverable of more than eight characters is a work point's own clause, not a ledger's
    assert stated_ledger("由立案庭牵头，2026年底前全面建成覆盖全省的一站式诉讼服务中心。") is None


def test_a_ledger_stated_in_the_closing_clauses_of_a_sentence_is_taken_from_them():
    body, stated = take_stated("明确阅核范围和程序，由审管办牵头，各业务庭配合，2026年6月底前完成。\n细化标准。")
    assert (body, stated) == (
        "明确阅核范围和程序。\n细化标准。",
        [("由审管办牵头，各业务庭配合，2026年6月底前完成。", Ledger(("审管办",), ("各业务庭",), "2026年6月底前"))],
    )
    # the clauses from 由 on must all be a ledger's: a leader is no unit, and a long deliverable is the point's own
    for sentence in (
        "成立工作专班，由分管院领导牵头。",
        "完善机制，由立案庭牵头，2026年底前全面建成覆盖全省的诉讼服务中心。",
    ):
        assert take_stated(sentence) == (sentence, [])


def test_a_field_without_its_value_awaits_it_on_the_next_line():
    assert ends_with_empty_field("牵头部门：执行局 参加部门：信息技术处 完成时限：")
    assert not ends_with_empty_field("牵头部门：执行局 完成时限：2023年12月底前")
    assert not ends_with_empty_field("现将有关事项通知如下：")
