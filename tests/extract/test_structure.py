"""Structure: metadata, title, sections, items in every numbering style, page breaks mended, closing apart."""

from __future__ import annotations

import pytest

from reformkg.extract.reading import DocumentError, RawText
from reformkg.extract.records import Ledger
from reformkg.extract.structure import cn_number, parse_document
from tests.conftest import DOCUMENTS, gold_for


def test_bundled_document_header(bundled):
    document = bundled.document
    meta = document.metadata
    assert meta.issuer == "广东省高级人民法院"
    assert meta.number == "粤高法明传（2021）73号"
    assert meta.issued == "2021-03-01"
    assert meta.urgency == "加急"
    assert meta.addressees == ("全省各中级人民法院", "本院各部门")
    assert meta.handling_unit == "司改办"
    assert meta.page_count == 10
    assert document.title == "2021年全省法院司法改革工作要点"
    assert document.preamble.startswith("2021年，全省法院司法改革工作总体要求是")
    assert document.id.startswith("粤高法明传（2021）73号-")


def test_bundled_document_sections_and_items(bundled):
    document = bundled.document
    assert [s.title for s in document.sections][:2] == ["完善服务中心大局工作机制", "推进审判制约监督体系改革和建设"]
    assert [len(s.items) for s in document.sections] == [5, 5, 5, 5, 4]
    assert [i.ordinal for i in document.items] == list(range(1, 25))


def test_sentence_cut_by_a_page_break_is_one_sentence(bundled):
    item = bundled.document.item(2)
    assert "指导深圳中院集中管辖涉创业板改革并试点注册制的民商事案件。" in [s.text for s in item.sentences]


def test_closing_paragraphs_are_not_part_of_the_last_item(bundled):
    last = bundled.document.items[-1]
    assert last.text.endswith("开展全省法院优秀改革案例评选。")
    assert bundled.document.closing[0].startswith("省法院司法改革领导小组负责对2021年改革工作要点落实的统筹协调。")


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.stem)
def test_test_documents_structure_matches_gold(path, extractions):
    document = extractions[path.stem].document
    gold = gold_for(path)
    if document.encoding == "pdf (OCR)":  # a scan: the outline must hold, its titles may carry misread characters
        assert [(i.ordinal, i.label, i.path) for i in document.items] == [
            (i["ordinal"], i["label"], tuple(i["path"])) for i in gold["items"]
        ]
        assert [list(s.items) for s in document.sections] == [s["items"] for s in gold["sections"]]
        return
    assert [(i.ordinal, i.label, i.title) for i in document.items] == [
        (i["ordinal"], i["label"], i["title"]) for i in gold["items"]
    ]
    assert [(s.title, list(s.items)) for s in document.sections] == [(s["title"], s["items"]) for s in gold["sections"]]


def test_section_heading_glued_to_an_item_is_split_off():
    text = "测试文件\n\n一、第一部分\n\n1.完善审判机制。加强统筹协调。二、第二部分\n\n2.健全监督体系。"
    document = parse_document(RawText("t.txt", text, "utf-8"))
    assert [s.title for s in document.sections] == ["第一部分", "第二部分"]
    assert document.item(1).text == "完善审判机制。加强统筹协调。"


def test_points_run_into_their_paragraph_stay_in_it_where_no_paragraph_opens_with_such_a_number():
    text = (
        "测试方案\n一、主要任务\n（一）健全审判监督机制。全面落实司法责任制。1.修订权责清单；2.严格执行阅核制度。\n"
        "（二）优化审判团队配置。1.组建专业化审判团队；2.完善团队考核。\n二、组织保障\n加强领导。\n"
    )
    document = parse_document(RawText("t.txt", text, "utf-8"))
    assert [(i.label, i.title) for i in document.items] == [("一", "健全审判监督机制"), ("二", "优化审判团队配置")]
    assert "2.严格执行阅核制度" in document.item(1).text
    # where points of that style open paragraphs of their own, glued ones are split off as before
    split = text.replace("（二）优化审判团队配置。1.", "（二）优化审判团队配置。\n1.")
    assert len(parse_document(RawText("t.txt", split, "utf-8")).items) > 2


def test_numbering_that_restarts_per_section_gives_running_ordinals():
    text = "一、甲\n\n（1）完善甲机制。\n\n（2）完善乙机制。\n\n二、乙\n\n（1）完善丙机制。"
    document = parse_document(RawText("t.txt", text, "utf-8"))
    assert [(i.ordinal, i.label, i.section) for i in document.items] == [(1, "1", 1), (2, "2", 1), (3, "1", 2)]


def test_a_text_without_work_points_is_refused():
    with pytest.raises(DocumentError, match="no recognisable work points"):
        parse_document(RawText("poem.txt", "床前明月光，疑是地上霜。", "utf-8"))


@pytest.mark.parametrize(
    ("numeral", "value"), [("一", 1), ("十", 10), ("十二", 12), ("二十四", 24), ("一百零三", 103), ("7", 7)]
)
def test_chinese_numerals(numeral, value):
    assert cn_number(numeral) == value


def test_numbering_of_any_width_is_read_and_nothing_is_dropped():
    text = "测试工作要点\n\n" + "\n".join(f"{n}.完善第{n}项机制。" for n in range(1, 1501))
    document = parse_document(RawText("t.txt", text, "utf-8"))
    assert len(document.items) == 1500 and document.items[-1].label == "1500"
    assert document.warnings == ()


def test_gaps_and_repeats_in_the_numbering_are_reported_and_kept():
    text = "测试工作要点\n\n1.完善甲机制。\n\n2.完善乙机制。\n\n4.完善丙机制。\n\n4.完善丁机制。"
    document = parse_document(RawText("t.txt", text, "utf-8"))
    assert len(document.items) == 4
    assert len(document.warnings) == 2 and "item 3 is numbered 4." in document.warnings[0]
    assert "again" in document.warnings[1]


def test_a_signature_after_an_items_ledger_note_is_the_documents_not_the_items():
    """The last work point's paragraph ends with its ledger note in brackets, which ends no sentence; the issuer
    and the date on lines of their own after it are the signature, not more of the work point."""
    text = "\n".join(
        [
            "关于印发《2026年审判工作改革任务》的通知",
            "",
            "一、完善诉讼服务",
            "1.推行跨域立案服务。在各基层法院全面推行跨域立案。（牵头部门：立案庭；完成时限：2026年6月底前）",
            "",
            "2.完善送达机制。推广电子送达。（牵头部门：立案庭、审判管理办公室）",
            "",
            "江西省高级人民法院",
            "2026年1月8日",
        ]
    )
    document = parse_document(RawText("signature.txt", text, "utf-8"))
    assert document.metadata.issuer == "江西省高级人民法院"
    assert document.metadata.issued == "2026-01-08"
    last = document.items[-1]
    assert "江西省" not in last.text and "2026年1月8日" not in last.text
    assert last.text.endswith("（牵头部门：立案庭、审判管理办公室）")


def test_a_ledger_note_after_a_deeper_point_is_the_items_ledger():
    """A work point with deeper points (1. 2.) closes its last point with the ledger note in brackets."""
    text = "\n".join(
        [
            "关于深化审判权力运行机制改革的实施意见",
            "",
            "一、完善审判管理",
            "（一）深化审判委员会制度改革。",
            "1.规范审判委员会讨论案件范围；",
            "2.完善委员履职考评制度。（责任部门：省法院研究室；完成时限：2024年12月底前）",
            "（二）完善审判质量管理机制。健全案件质量评查制度。",
            "（三）健全审判监督机制。规范院庭长阅核。",
            "（四）优化审判团队。推进审判团队专业化建设。",
        ]
    )
    first = parse_document(RawText("deeper.txt", text, "utf-8")).items[0]
    assert first.ledger == Ledger(("省法院研究室",), (), "2024年12月底前")
    assert first.text[: first.ledger_at].endswith("完善委员履职考评制度。\n")
    assert first.text.endswith("（责任部门：省法院研究室；完成时限：2024年12月底前）")


def test_a_paragraph_that_closes_with_a_ledger_note_ends_its_work_point():
    """The last work point closes with its note; the paragraph after it is the document's closing words."""
    text = "\n".join(
        [
            "关于深化审判权力运行机制改革的实施意见",
            "一、加强组织保障",
            "（一）强化督察落实。建立改革任务台账管理制度。（责任部门：省法院司法改革办公室；完成时限：持续推进）",
            "各中级人民法院要结合实际制定贯彻落实方案。本实施意见由省法院审判委员会负责解释。",
        ]
    )
    document = parse_document(RawText("closing.txt", text, "utf-8"))
    assert "审判委员会" not in document.items[-1].text
    assert document.items[-1].ledger.deadline == "持续推进"


def test_a_number_alone_on_its_line_after_the_work_points_is_the_documents_own():
    """A spreadsheet's 说明 sheet prints the number above its heading; a number inside a sentence cites another."""
    text = "\n".join(
        [
            "贵州省高级人民法院2025年改革任务台账",
            "1.深化司法责任制综合配套改革。",
            "2.完善审判监督管理机制。",
            "黔高法〔2025〕15号",
            "关于改革任务台账的说明",
            "本台账依据黔高法〔2024〕9号文件制定。",
        ]
    )
    document = parse_document(RawText("notes.txt", text, "utf-8"))
    assert document.metadata.number == "黔高法〔2025〕15号"


def test_sections_numbered_with_a_full_width_period_are_sections():
    text = "测试工作要点\n一．完善审判机制\n1．完善甲机制。\n2．推进乙改革。\n二．深化执行改革\n3．健全丙制度。\n"
    document = parse_document(RawText("periods.txt", text, "utf-8"))
    assert [section.title for section in document.sections] == ["完善审判机制", "深化执行改革"]
    assert [item.path for item in document.items] == [("一", "1."), ("一", "2."), ("二", "3.")]


def test_points_marked_by_bullets_are_numbered_by_their_place():
    text = "测试工作要点\n一、完善审判机制\n●完善甲机制。\n● 推进乙改革。\n二、深化执行改革\n■健全丙制度。\n"
    document = parse_document(RawText("bullets.txt", text, "utf-8"))
    assert [(item.label, item.path, item.text) for item in document.items] == [
        ("1", ("一", "1"), "完善甲机制。"),
        ("2", ("一", "2"), "推进乙改革。"),
        ("3", ("二", "3"), "健全丙制度。"),
    ]
    assert document.warnings == ()


def test_under_parts_a_rank_that_only_groups_the_next_is_a_subsection():
    """第一部分 / 一、 / （一）: the （一） are the work points, numbered through the document; a part may hold them
    without a 一、 between."""
    text = "\n".join(
        [
            "测试重点任务",
            "第一部分 健全审判权力运行体系",
            "一、完善审判监督管理",
            "（一）落实院庭长阅核制度。",
            "（二）深化四类案件监督管理。",
            "二、优化审判团队",
            "（三）推进审判团队专业化建设。",
            "第二部分 深化诉源治理",
            "（四）完善多元解纷机制。",
        ]
    )
    document = parse_document(RawText("parts.txt", text, "utf-8"))
    assert [item.path for item in document.items] == [
        ("第一部分", "一", "（一）"),
        ("第一部分", "一", "（二）"),
        ("第一部分", "二", "（三）"),
        ("第二部分", "（四）"),
    ]


def test_a_section_without_the_items_rank_numbers_its_work_points_one_rank_down():
    """一、/（一） in most sections, 一、/1. in one: that section's 1. are its work points, not lost between items;
    a 1. inside a （一） work point stays its point."""
    text = "\n".join(
        [
            "测试工作要点",
            "一、深化司法责任制",
            "（一）落实院庭长阅核制度。",
            "1.明确阅核范围。",
            "（二）深化审判团队改革。",
            "二、健全专业化审判机制",
            "1.加强知识产权司法保护。",
            "2.完善金融审判机制。",
            "三、推进数字法院建设",
            "（一）完善一体化办案平台。",
        ]
    )
    document = parse_document(RawText("mixed.txt", text, "utf-8"))
    assert [item.path for item in document.items] == [
        ("一", "（一）"),
        ("一", "（二）"),
        ("二", "1."),
        ("二", "2."),
        ("三", "（一）"),
    ]
    assert "明确阅核范围" in document.items[0].text
    assert [section.items for section in document.sections] == [(1, 2), (3, 4), (5,)]


def test_a_work_point_written_as_labelled_fields_opens_with_its_task_and_closes_with_its_ledger():
    text = "\n".join(
        [
            "测试重点任务清单",
            "一、深化诉讼制度改革",
            "1.任务：完善诉调对接机制。举措：在锦江区开展试点。牵头：立案庭；配合：各基层法院；时限：2024年6月底。",
        ]
    )
    (item,) = parse_document(RawText("fields.txt", text, "utf-8")).items
    assert item.title == "完善诉调对接机制"
    assert item.ledger == Ledger(("立案庭",), ("各基层法院",), "2024年6月底")
    assert item.text.endswith("牵头：立案庭；配合：各基层法院；时限：2024年6月底。")  # the ledger line, out of the body


def test_measures_numbered_as_articles_are_work_points_under_their_chapters():
    """若干措施 and 实施细则 number articles (第一条) under chapters (第一章); each article is a work point, and
    the （一） inside an article stay its points — but for the article of purpose that opens them and the
    supplementary provisions (附则, or articles about the text itself) that close them."""
    text = "\n".join(
        [
            "关于加强执行工作的若干措施",
            "第一章 一般规定",
            "第一条 为加强执行工作，根据有关规定，制定本措施。",
            "第二条 本措施适用于全省法院的执行工作。",
            "第二章 具体措施",
            "第三条 推行网络查控。具体包括：",
            "（一）完善查控系统；",
            "（二）推广电子送达。",
            "第四条 健全执行联动机制，2026年底前完成。",
            "第五条 本措施由省法院执行局负责解释。",
            "第三章 附则",
            "第六条 各中级人民法院结合实际制定细则，报省法院备案。",
            "第七条 本措施自印发之日起施行。",
        ]
    )
    document = parse_document(RawText("articles.txt", text, "utf-8"))
    assert [section.title for section in document.sections] == ["一般规定", "具体措施", "附则"]
    # the article of scope (本措施适用于…) is about the text itself too
    assert [item.label for item in document.items] == ["三", "四"]
    assert [section.items for section in document.sections] == [(), (1, 2), ()]
    assert document.items[0].path == ("第二章", "第三条")
    assert "（二）推广电子送达。" in document.items[0].text
    assert not document.warnings  # the articles left out are no gap in the numbering


def test_articles_without_chapters_are_still_the_work_points():
    text = "\n".join(
        [
            "关于加强执行工作的若干措施",
            "第一条 推行网络查控：",
            "（一）完善查控系统；",
            "（二）推广电子送达。",
            "第二条 健全执行联动机制。",
        ]
    )
    document = parse_document(RawText("articles.txt", text, "utf-8"))
    assert [item.label for item in document.items] == ["一", "二"]


def test_a_section_heading_right_above_its_own_task_table_opens_a_section():
    # a plan that prints one table per section: the headings stand outside the tables, which have no category rows
    from reformkg.extract.tables import grid_lines

    tables: list = []
    lines = ["某省高级人民法院2025年司法改革任务分工方案", "一、深化审判权力运行机制改革"]
    lines += grid_lines([["序号", "改革任务", "牵头部门"], ["1", "完善院庭长阅核制度。", "审管办"]], tables)
    lines += ["二、推进诉源治理"]
    lines += grid_lines([["序号", "改革任务", "牵头部门"], ["2", "推进诉源治理。", "立案庭"]], tables)
    lines += ["三、组织保障", "各部门要加强协调。"]  # a part told in prose: a section without work points
    document = parse_document(RawText("tables.docx", "\n".join(lines), "docx", tuple(tables)))
    assert document.title == "某省高级人民法院2025年司法改革任务分工方案"
    assert [(s.label, s.title, s.items) for s in document.sections] == [
        ("一", "深化审判权力运行机制改革", (1,)),
        ("二", "推进诉源治理", (2,)),
        ("三", "组织保障", ()),
    ]
    assert "各部门要加强协调。" in document.closing
    assert [item.path for item in document.items] == [("一", "1"), ("二", "2")]


def test_a_task_table_annexed_to_a_plan_told_as_an_outline_gives_its_points_their_ledgers():
    # 附件：重点任务分工表 after the numbered points: its rows name the points they lay out, and are no items
    from reformkg.extract.tables import grid_lines

    tables: list = []
    lines = ["某市中级人民法院2025年司法改革工作要点", "一、深化审判权力运行机制改革"]
    lines += ["1.完善院庭长阅核制度。", "2.健全专业法官会议制度。", "二、推进诉源治理", "1.深化诉调对接。"]
    lines += ["附件：2025年重点改革任务分工表"]
    header = ["序号", "改革任务", "对应要点", "牵头部门", "完成时限"]
    lines += grid_lines(
        [header, ["1", "阅核制度", "一、1", "审管办", "6月底前"], ["2", "诉调对接", "二、1", "立案庭", ""]], tables
    )
    document = parse_document(RawText("plan.md", "\n".join(lines), "markdown", tuple(tables)))
    assert [(item.path, item.title) for item in document.items] == [
        (("一", "1."), "完善院庭长阅核制度"),
        (("一", "2."), "健全专业法官会议制度"),
        (("二", "1."), "深化诉调对接"),
    ]
    assert [item.ledger for item in document.items] == [
        Ledger(lead=("审管办",), deadline="6月底前"),
        Ledger(),
        Ledger(lead=("立案庭",)),
    ]


def test_a_task_table_with_more_tasks_than_the_outline_above_it_has_points_holds_the_work_points():
    from reformkg.extract.tables import grid_lines

    tables: list = []
    lines = ["某省高级人民法院2025年改革任务分工方案", "一、总体要求", "二、主要任务", "三、组织保障"]
    rows = [["序号", "改革任务", "牵头部门"], *([str(n), f"推进第{n}项改革。", "审管办"] for n in range(1, 5))]
    lines += grid_lines(rows, tables)
    document = parse_document(RawText("plan.docx", "\n".join(lines), "docx", tuple(tables)))
    assert [item.label for item in document.items] == ["1", "2", "3", "4"]


def test_a_subsection_without_points_of_its_own_is_a_work_point_where_its_siblings_have_points():
    text = "\n".join(
        [
            "2024年重点任务",
            "一、深化司法责任制改革",
            "（一）健全审判权力运行体系",
            "1.全面落实院庭长阅核制度。明确阅核范围。",
            "2.完善审判监督管理机制。严格执行“三个规定”。",
            "（二）健全法律统一适用机制。严格执行类案检索制度。编发参阅案例。",
            "二、深化诉讼制度改革",
            "（一）推进民事诉讼制度改革。围绕以下任务展开：",
            "3.完善小额诉讼程序适用机制。提升审理效率。",
        ]
    )
    document = parse_document(RawText("mixed.txt", text, "utf-8"))
    assert [item.path for item in document.items] == [
        ("一", "（一）", "1."),
        ("一", "（一）", "2."),
        ("一", "（二）"),  # its own sentences, no points under it
        ("二", "（一）", "3."),  # the subsection's sentences introduce its points: no work point
    ]


def test_subsections_told_in_prose_are_no_work_points():
    text = "\n".join(
        [
            "关于深化改革的实施意见",
            "一、总体要求",
            "（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导。着力破解体制性障碍。",
            "（二）工作目标。到2022年底，审判权力运行更加规范。审判质量进一步提升。",
            "二、主要任务",
            "（一）规范审判组织运行",
            "1.完善审判团队。优化团队配置。",
            "（二）完善审判监督管理",
            "2.健全阅核制度。明确阅核范围。",
        ]
    )
    document = parse_document(RawText("prose.txt", text, "utf-8"))
    assert [item.path for item in document.items] == [("二", "（一）", "1."), ("二", "（二）", "2.")]
    assert "（一）指导思想" not in " ".join(item.text for item in document.items)
