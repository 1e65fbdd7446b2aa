"""Markdown: the markup goes, the document stays — headings become the outline's headings, emphasis and links
their words."""

from __future__ import annotations

from reformkg.extract.formats.markdown import plain
from reformkg.extract.reading import read_text
from reformkg.extract.structure import parse_document

PLAN = """# 某市中级人民法院2025年司法改革工作计划

某中法〔2025〕3号

## 一、深化审判权力运行机制改革 ##

1. **全面落实司法责任制。** 健全[院庭长阅核制度](https://example.org/a)，完善*审判监督管理*机制。
- 推进`诉源治理`。

---

> 某市中级人民法院
> 2025年2月18日
"""


def test_markup_is_removed_line_for_line():
    text = plain(PLAN)
    assert text.splitlines()[0] == "某市中级人民法院2025年司法改革工作计划"
    assert "一、深化审判权力运行机制改革" in text.splitlines()
    assert "1. 全面落实司法责任制。 健全院庭长阅核制度，完善审判监督管理机制。" in text
    assert "●推进诉源治理。" in text.splitlines()  # a list's bullet is the bullet the outline reads
    assert not any(mark in text for mark in ("#", "**", "](", "`", "---", "> "))
    assert plain("适用“3*2”模式") == "适用“3*2”模式\n"  # a lone * is the text's own


def test_a_markdown_plan_reads_as_its_outline(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    raw = read_text(path)
    assert raw.encoding == "markdown (utf-8)"
    document = parse_document(raw)
    assert document.title == "某市中级人民法院2025年司法改革工作计划"
    assert [s.title for s in document.sections] == ["深化审判权力运行机制改革"]
    assert document.metadata.number == "某中法〔2025〕3号" and document.metadata.issued == "2025-02-18"
    assert document.items[0].title == "全面落实司法责任制"


def test_a_plan_that_lists_its_points_as_bullets_has_them_as_work_points(tmp_path):
    path = tmp_path / "bullets.md"
    path.write_text("# 某院2025年工作要点\n\n## 一、深化改革\n\n- 完善阅核制度。\n- 推进诉源治理。\n", encoding="utf-8")
    document = parse_document(read_text(path))
    assert [(item.path, item.text) for item in document.items] == [
        (("一", "1"), "完善阅核制度。"),
        (("一", "2"), "推进诉源治理。"),
    ]


def test_a_pipe_table_of_tasks_is_a_task_table_and_any_other_is_read_row_by_row(tmp_path):
    path = tmp_path / "tasks.md"
    path.write_text(
        "# 某省高级人民法院2025年改革任务分工\n\n"
        "| 序号 | 改革任务 | 牵头单位 |\n| :--: | --- | --- |\n"
        "| 1 | **完善**院庭长阅核制度。 | 审管办 |\n| 2 | 推进诉源治理。 | 立案庭 |\n",
        encoding="utf-8",
    )
    (table,) = read_text(path).tables
    assert [(row.number, row.task, row.ledger.lead) for row in table.rows] == [
        ("1", "完善院庭长阅核制度。", ("审管办",)),
        ("2", "推进诉源治理。", ("立案庭",)),
    ]
    pilots = "| 试点项目 | 试点法院 |\n| --- | --- |\n| 要素式审判试点 | 西宁市中级人民法院 |\n"
    # the cells of a row stay apart: a comma between them, and the row ends as a clause does
    assert plain(pilots).splitlines() == ["试点项目，试点法院；", "要素式审判试点，西宁市中级人民法院；"]


WIKI_EXPORT = """# 某中院2025年司法改革工作要点

## 一、深化审判权力运行机制改革

1. 完善院庭长阅核制度。
1. 健全专业法官会议制度：
   1. 规范讨论范围；
   1. 完善记录程序。
   - 按季度通报。
1. 推进诉源治理。

## 二、深化诉讼制度改革

1. 深化繁简分流。
1\\. 转义的序号与 \\* 号照原样显示，<br>换行照常。
"""


def test_an_ordered_list_is_numbered_as_rendered_whatever_its_items_are_written_as():
    # wiki exports write every item of an ordered list `1.`; a reader sees 1, 2, 3, and a heading starts a new list
    lines = [line for line in plain(WIKI_EXPORT).splitlines() if line]
    assert lines[2:8] == [
        "1. 完善院庭长阅核制度。",
        "2. 健全专业法官会议制度：",
        "（1） 规范讨论范围；",  # a list inside a point numbers one rank down and stays inside it
        "（2） 完善记录程序。",
        "●按季度通报。",
        "3. 推进诉源治理。",
    ]
    assert lines[9:] == ["1. 深化繁简分流。", "1. 转义的序号与 * 号照原样显示，", "换行照常。"]


def test_a_paragraph_after_a_blank_line_ends_a_list_and_the_next_one_starts_from_its_own_first_number():
    assert plain("1. 甲\n1. 乙\n\n说明。\n\n5. 丙\n1. 丁\n").splitlines() == [
        "1. 甲",
        "2. 乙",
        "",
        "说明。",
        "",
        "5. 丙",
        "6. 丁",
    ]
    assert plain("1. 甲\n续行\n1. 乙\n").splitlines() == ["1. 甲", "续行", "2. 乙"]  # a lazy continuation


def test_a_wiki_plan_numbered_all_1_has_its_points_labelled_as_rendered(tmp_path):
    path = tmp_path / "wiki.md"
    path.write_text(WIKI_EXPORT, encoding="utf-8")
    document = parse_document(read_text(path))
    assert [(item.label, item.path) for item in document.items] == [
        ("1", ("一", "1.")),
        ("2", ("一", "2.")),
        ("3", ("一", "3.")),
        ("1", ("二", "1.")),
        ("1", ("二", "1.")),
    ]
    assert "规范讨论范围" in document.items[1].text and "按季度通报" in document.items[1].text
