"""Task tables: header words, title rows, categories, tasks over merged rows, notes."""

from __future__ import annotations

from reformkg.extract.records import Ledger
from reformkg.extract.tables import column_role, row_text, task_table

HEADER = ["序号", "工作任务", "具体措施", "牵头单位", "参加单位", "完成时限"]


def test_columns_are_recognised_by_their_words():
    assert [column_role(c) for c in HEADER] == ["number", "task", "measures", "lead", "participants", "deadline"]
    assert column_role("具体工作措施") == "measures"
    assert column_role("备注") is None
    # the words other ledgers head their columns with
    assert [column_role(c) for c in ("重点工作", "具体举措", "工作目标", "协办单位", "时间要求")] == [
        "task",
        "measures",
        "measures",
        "participants",
        "deadline",
    ]
    assert column_role("进展情况") is None  # progress reported, not the task


def test_a_table_with_title_category_merged_task_and_note():
    title = "2023年全省法院司法改革任务分解表"
    grid = [
        [title] * 6,  # merged across the row
        HEADER,
        ["一、深化司法责任制改革"] * 6,
        ["1", "健全审判监督机制", "1.完善阅核制度\n2.健全监管机制", "审管办", "研究室", "2023年6月底前"],
        ["2", "深化审判团队改革", "组建专业团队", "政治部", "审管办", "长期坚持"],
        ["2", "深化审判团队改革", "优化团队配置", "政治部", "研究室", "长期坚持"],  # the same task, merged
        ["注：各单位每季度报送进展。"] * 6,
    ]
    table = task_table(grid)
    assert table is not None
    assert table.title == title
    assert [row.category for row in table.rows] == ["一、深化司法责任制改革", None, None]
    first, second = table.rows[1], table.rows[2]
    assert first.text == "健全审判监督机制\n1.完善阅核制度\n2.健全监管机制"
    assert first.ledger == Ledger(("审管办",), ("研究室",), "2023年6月底前")
    assert second.text == "深化审判团队改革\n组建专业团队\n优化团队配置"
    assert second.ledger.participants == ("审管办", "研究室")
    assert table.notes == ("注：各单位每季度报送进展。",)


def test_a_reform_project_merged_over_numbered_measures_is_their_category():
    grid = [
        ["序号", "改革项目", "具体举措", "牵头部门", "完成时限"],
        ["1", "全面准确落实司法责任制", "完善院庭长阅核制度。", "审管办", "2025年6月底前"],
        ["2", "全面准确落实司法责任制", "健全专业法官会议机制。", "研究室", "全年"],
        ["3", "深化诉讼制度改革", "推进民事诉讼繁简分流。", "民一庭", "长期坚持"],
    ]
    table = task_table(grid)
    assert table is not None
    assert [row.category for row in table.rows] == [
        "全面准确落实司法责任制",
        None,
        None,
        "深化诉讼制度改革",
        None,
    ]


def test_an_areas_heading_above_the_header_is_the_category_of_its_tasks():
    # one area's sheet of a workbook (or one area's table): its heading stands above the header, not among the rows
    grid = [
        ["二、深化诉讼制度改革"] * 6,
        HEADER,
        ["2-1", "深化繁简分流", "完善小额诉讼程序适用规则", "民一庭", "立案庭", "2024年6月底前"],
    ]
    table = task_table(grid)
    assert table is not None
    assert [row.category for row in table.rows] == ["二、深化诉讼制度改革", None]
    assert table.before == ()
    # a line above the header that is no area's heading stays where it was
    dated = task_table([["印发日期：2024年3月1日"] * 6, *grid[1:]])
    assert dated is not None and dated.before == ("印发日期：2024年3月1日",)
    assert [row.category for row in dated.rows] == [None]


def test_a_second_column_of_answerable_units_beside_the_lead_is_the_participants():
    header = ["序号", "改革任务", "牵头单位", "责任单位", "完成时限"]
    table = task_table([header, ["1", "完善阅核制度", "审管办", "研究室、各区人民法院", "2024年6月底前"]])
    assert table is not None
    assert table.rows[0].ledger == Ledger(("审管办",), ("研究室", "各区人民法院"), "2024年6月底前")
    # alone, 责任单位 is the lead
    alone = task_table([["序号", "改革任务", "责任单位"], ["1", "完善阅核制度", "审管办"]])
    assert alone is not None and alone.rows[0].ledger.lead == ("审管办",)


def test_a_units_cell_that_names_its_fields_gives_the_lead_and_those_that_take_part():
    header = ["序号", "工作任务", "责任部门"]
    table = task_table([header, ["1", "完善阅核制度", "牵头：审管办\n配合：政治部、研究室"]])
    assert table is not None
    assert table.rows[0].ledger == Ledger(("审管办",), ("政治部", "研究室"), None)


def test_a_grid_without_a_task_header_is_no_task_table():
    assert task_table([["联系人", "电话"], ["张三", "12345"]]) is None


def test_without_a_number_column_a_task_cell_that_opens_with_its_number_gives_it():
    grid = [
        ["改革任务", "牵头部门", "完成时限"],
        ["一、深化司法责任制改革"] * 3,
        ["1.完善审判权力运行机制。健全院庭长阅核制度。", "审管办", "2024年6月"],
        ["2、健全法官员额管理制度。", "政治部", "2024年9月"],
    ]
    table = task_table(grid)
    assert table is not None
    assert [(row.number, row.task) for row in table.rows if row.category is None] == [
        ("1", "完善审判权力运行机制。健全院庭长阅核制度。"),
        ("2", "健全法官员额管理制度。"),
    ]


def test_a_header_of_two_rows_and_categories_numbered_in_the_number_column():
    # 责任分工 over 牵头部门 | 配合部门; each area has its number (1) and its tasks 1.1, 1.2; a task whose only text
    # is its task cell is a task, not a heading
    grid = [
        [
            "2024年重点任务分解表",
            "2024年重点任务分解表",
            "2024年重点任务分解表",
            "2024年重点任务分解表",
            "2024年重点任务分解表",
        ],
        ["序号", "改革任务", "责任分工", "责任分工", "完成时限"],
        ["序号", "改革任务", "牵头部门", "配合部门", "完成时限"],
        ["1", "深化司法责任制改革", "深化司法责任制改革", "深化司法责任制改革", "深化司法责任制改革"],
        ["1.1", "完善院庭长阅核制度。", "审管办", "研究室", "2024年6月底前"],
        ["1.2", "健全审判团队。", "", "", ""],
    ]
    table = task_table(grid)
    assert table is not None and table.title == "2024年重点任务分解表"
    assert [row.category for row in table.rows] == ["1、深化司法责任制改革", None, None]
    first = table.rows[1]
    assert (first.number, first.ledger) == ("1.1", Ledger(("审管办",), ("研究室",), "2024年6月底前"))
    assert first.ledger_text == "牵头部门：审管办；配合部门：研究室；完成时限：2024年6月底前"
    assert table.rows[2].number == "1.2"


def test_a_row_of_another_table_is_one_line_but_a_cell_that_opens_with_a_number_starts_its_own():
    # a table of pilot courts: the court and its pilot on one line, as a clause
    assert row_text(["西宁市中级人民法院", "二审案件独任制试点"]) == "西宁市中级人民法院，二审案件独任制试点；"
    # a table that lays out a plan: the section's heading in one cell, its numbered points in the next
    assert row_text(["一、深化司法责任制改革", "1.全面落实院庭长阅核制度。\n2.健全专业法官会议制度。"]) == (
        "一、深化司法责任制改革\n1.全面落实院庭长阅核制度。\n2.健全专业法官会议制度。"
    )


def test_a_category_column_merged_down_its_tasks_names_them_in_one_line():
    grid = [
        ["改革领域", "序号", "改革任务", "具体举措", "牵头部门"],
        ["一、深化审判权力\n运行机制改革", "1.1", "健全权责清单", "（1）修订清单", "审管办"],
        ["一、深化审判权力\n运行机制改革", "1.2", "规范审判委员会运行", "（1）修订规则", "研究室"],
        ["二、深化诉讼\n制度改革", "2.1", "深化繁简分流", "（1）扩大速裁适用", "立案庭"],
    ]
    table = task_table(grid)
    assert table is not None
    # the heading that the cell wraps reads as one line; a wrapped sentence would keep its break
    categories = [row.category for row in table.rows if row.category]
    assert categories == ["一、深化审判权力运行机制改革", "二、深化诉讼制度改革"]
    assert [row.number for row in table.rows if row.category is None] == ["1.1", "1.2", "2.1"]


def test_a_summary_sheet_of_counts_is_no_task_table():
    grid = [
        ["改革任务责任分工汇总"] * 4,
        ["序号", "部门", "牵头举措（条）", "配合举措（条）"],
        ["1", "司改办", "3", "2"],
        ["2", "审管办", "4", "1"],
        ["合计", "", "7", "3"],
    ]
    assert task_table(grid) is None


def test_a_break_typed_inside_a_phrase_of_a_cell_is_no_break():
    grid = [
        HEADER,
        [
            "1",
            "健全成渝地区双城经济圈\n司法协作机制",
            "（1）修订协作框架协议。\n（2）推动建立裁判规则\n共商机制。",
            "研究室",
            "",
            "",
        ],
    ]
    table = task_table(grid)
    assert table is not None
    row = table.rows[0]
    assert row.task == "健全成渝地区双城经济圈司法协作机制"
    # a numbered point keeps its own line
    assert row.measures == ("（1）修订协作框架协议。\n（2）推动建立裁判规则共商机制。",)


def test_a_plan_laid_out_in_a_two_column_table_reads_as_its_outline():
    # a borderless table for layout: the number in the left cell, the heading or the point in the right
    from reformkg.extract.reading import RawText
    from reformkg.extract.structure import parse_document

    rows = [["一、", "深化改革"], ["1.", "完善阅核制度。"], ["１８．", "推进繁简分流。"]]
    lines = ["某市中级人民法院2025年工作要点", *(row_text(row) for row in rows)]
    document = parse_document(RawText("layout.docx", "\n".join(lines), "docx"))
    assert [s.title for s in document.sections] == ["深化改革"]  # not 深化改革； as the row ends
    assert [item.title for item in document.items] == ["完善阅核制度", "推进繁简分流"]  # not ，推进…
