"""Metadata in every layout: letterheads, issuers in titles, database fields, numbers and dates."""

from __future__ import annotations

import pytest

from reformkg.extract.metadata import completed, find_title, header_fields, iso_date, read_metadata


@pytest.mark.parametrize(
    "text", ["2024年3月5日", "二〇二四年三月五日", "2024-03-05", "2024.3.5", "【发布日期】2024.03.05"]
)
def test_dates_in_every_way_they_are_written(text):
    assert iso_date(text) == "2024-03-05"


@pytest.mark.parametrize(
    "number",
    [
        "法发〔2015〕13号",
        "法〔2019〕99号",
        "法[2019]99号",
        "苏高法[2024]57号",
        "粤高法明传（2021）73号",
        "兵分院发〔2024〕6号",
    ],
)
def test_numbers_in_every_bracket_style(number):
    assert read_metadata([number], [], None, None).number == number


@pytest.mark.parametrize(
    ("read", "written"), [("鄂高法【2022]31号", "鄂高法〔2022〕31号"), ("法[2019〕99号", "法〔2019〕99号")]
)
def test_brackets_that_do_not_pair_were_misread_and_are_written_as_the_standard_prints_them(read, written):
    # what OCR makes of 〔〕 in a scan
    assert read_metadata([read], [], None, None).number == written


def test_a_number_printed_after_the_issuer_does_not_swallow_it():
    meta = read_metadata(["河南省高级人民法院豫高法〔2023〕31号2023年3月16日"], [], None, None)
    assert (meta.issuer, meta.number, meta.issued) == ("河南省高级人民法院", "豫高法〔2023〕31号", "2023-03-16")


def test_a_courts_website_in_a_printed_page_header_is_no_issuer():
    assert read_metadata(["福建法院网今天是：2026年12月1日星期二"], [], None, None).issuer is None


def test_an_issuer_in_a_bracketed_subtitle_is_read():
    meta = read_metadata(["（河北省高级人民法院冀高法〔2024〕23号2024年2月26日）"], [], None, None)
    assert (meta.issuer, meta.number, meta.issued) == ("河北省高级人民法院", "冀高法〔2024〕23号", "2024-02-26")


def test_letterhead_title_and_database_fields_name_the_issuer():
    assert read_metadata(["湖北省高级人民法院文件"], [], None, None).issuer == "湖北省高级人民法院"
    assert read_metadata([], [], "最高人民法院关于深化改革的意见", None).issuer == "最高人民法院"
    assert read_metadata([], [], "上海法院2021年司法改革工作要点", None).issuer is None  # 上海法院: all its courts
    fields = header_fields(["【发布部门】最高人民法院【发文字号】法发〔2015〕5号", "【发布日期】2015.02.11"])
    assert fields == {"issuer": "最高人民法院", "number": "法发〔2015〕5号", "issued": "2015.02.11"}


def test_a_ledger_names_the_court_that_fills_it_in():
    fields = header_fields(["填报单位：江西省高级人民法院填报时间：2024年7月5日"])
    assert fields == {"issuer": "江西省高级人民法院"}
    assert header_fields(["填报单位：（盖章）"]) == {}  # a blank form names no one


def test_a_title_printed_twice_is_one_title_not_a_wrapped_one():
    # a page's headline, then the document's own title line
    lines = ["最高人民法院2023年司法改革工作要点", "最高人民法院2023年司法改革工作要点", "为深入贯彻……，制定本要点。"]
    assert find_title(lines, len(lines))[0] == "最高人民法院2023年司法改革工作要点"


def test_a_wrapped_title_is_one_title():
    lines = ["北京市高级人民法院关于深化改革", "加快推进审判工作现代化的实施意见", "", "（京高法发[2020]186号）"]
    assert find_title(lines, len(lines)) == ("北京市高级人民法院关于深化改革加快推进审判工作现代化的实施意见", 0, 1)


def test_a_short_heading_above_the_title_is_no_part_of_it():
    # a site's column headings (司法改革, 最新动态) stand above the title: a title wraps at the page's width
    lines = ["司法改革", "最新动态", "2024年上海法院司法体制综合配套改革重点任务", "2024年是……关键一年。"]
    assert find_title(lines, len(lines))[0] == "2024年上海法院司法体制综合配套改革重点任务"


def test_a_notice_is_titled_by_the_work_points_it_prints():
    lines = [
        "关于印发《2024年司法改革工作要点》的通知",
        "现将……印发给你们。",
        "附件：2024年司法改革工作要点",
        "附件1",
        "2024年司法改革工作要点",
    ]
    assert find_title(lines, len(lines)) == ("2024年司法改革工作要点", 4, 4)


def test_a_number_printed_after_a_date_does_not_take_the_dates_last_character():
    from reformkg.extract.metadata import NUMBER

    found = NUMBER.search("（2026年3月2日 赣高法发〔2026〕11号）".replace(" ", ""))
    assert found is not None and found.group(0) == "赣高法发〔2026〕11号"
    written = NUMBER.search("（二〇二六年三月二十日闽高法〔2026〕5号）")
    assert written is not None and written.group(0) == "闽高法〔2026〕5号"


def test_a_date_printed_beside_the_number_under_the_title_is_the_issue_date():
    meta = read_metadata(["（2026年3月2日赣高法发〔2026〕11号）"], [], None, None)
    assert (meta.number, meta.issued) == ("赣高法发〔2026〕11号", "2026-03-02")
    assert read_metadata(["（闽高法〔2026〕5号二〇二六年三月二十日）"], [], None, None).issued == "2026-03-20"
    # a date inside a sentence is no date of issue
    assert read_metadata(["经2026年3月2日审判委员会讨论通过，闽高法〔2026〕5号"], [], None, None).issued is None


def test_addressees_keep_a_bracketed_alternative_whole():
    from reformkg.extract.reading import RawText
    from reformkg.extract.structure import parse_document

    text = "测试工作要点\n各县（市、区）人民法院，本院各部门：\n现将要点印发给你们。\n1.完善甲机制。\n"
    meta = parse_document(RawText("t.txt", text, "utf-8")).metadata
    assert meta.addressees == ("各县（市、区）人民法院", "本院各部门")


def test_a_reports_closing_colon_is_no_line_of_addressees():
    report = ["近日，温州中院印发《2025年全市法院司法改革工作要点》，部署了33项重点改革任务。现将全文刊发如下："]
    assert read_metadata(report, [], None, None).addressees == ()
    assert read_metadata(["以下为要点全文："], [], None, None).addressees == ()


def test_a_news_report_above_a_reprint_names_its_issuer():
    title = "2025年北京法院司法改革工作要点"
    report = ["北京高院印发《2025年北京法院司法改革工作要点》", "记者近日从北京市高级人民法院获悉。"]
    assert read_metadata(report, [], title, None).issuer == "北京高院"
    # a report on another document names no issuer of this one
    assert read_metadata(["北京高院印发《2024年审判管理工作要点》"], [], title, None).issuer is None


def test_a_title_opening_with_a_courts_short_name_names_it_and_the_printing_date_is_the_last_resort():
    # a task table sent as an attachment: no letterhead, no signature; the office's 印发 line under it
    printed = ["南宁市中级人民法院办公室 2024年3月18日印发"]
    title = "南宁中院2024年深化司法体制改革任务分工方案"
    meta = completed(read_metadata([], [], title, None), title, "", printed)
    assert (meta.issuer, meta.issued) == ("南宁中院", "2024-03-18")
    assert read_metadata([], [], "石家庄法院2025年司法改革工作要点", None).issuer is None  # the city's courts, all
    signed = completed(read_metadata([], ["2024年3月8日"], "大连中院2024年工作要点", None), None, "", printed)
    assert signed.issued == "2024-03-08"


def test_a_table_without_a_number_of_its_own_takes_the_number_of_the_notice_it_says_distributes_it():
    title = "呼和浩特市中级人民法院2024年司法改革重点任务分解表"
    notes = [
        "一、本表为《呼和浩特市中级人民法院关于印发〈2024年司法改革重点任务分解表〉的通知》（呼中法〔2024〕17号）的附件。",
    ]
    assert completed(read_metadata([], [], title, None), title, "", notes).number == "呼中法〔2024〕17号"
    # a notice distributing another document is no number of this one
    other = ["依据《关于印发〈2024年审判管理工作要点〉的通知》（呼中法〔2024〕9号）制定。"]
    assert completed(read_metadata([], [], title, None), title, "", other).number is None


def test_a_copy_that_lost_its_line_breaks_runs_its_number_and_signature_into_the_preamble():
    from reformkg.extract.reading import RawText
    from reformkg.extract.structure import parse_document

    text = (
        "某市中级人民法院关于印发《某市中级人民法院2023年工作要点》的通知\n"
        "某中法〔2023〕15号各区人民法院：现将要点印发给你们，请于2023年6月30日前报送情况。"
        "某市中级人民法院2023年3月1日某市中级人民法院2023年工作要点现提出如下要点。"
        "一、深化改革1.完善阅核制度。2.健全审判委员会制度。抄送：省法院，市委政法委。某市中级人民法院办公室2023年3月2日印发\n"
    )
    document = parse_document(RawText("copy.txt", text, "utf-8"))
    meta = document.metadata
    assert (meta.issuer, meta.number, meta.issued) == ("某市中级人民法院", "某中法〔2023〕15号", "2023-03-01")
    # the 版记 glued to the last point is closing material, not the point's
    assert document.items[-1].text == "健全审判委员会制度。"
    assert document.closing == ("抄送：省法院，市委政法委。", "某市中级人民法院办公室2023年3月2日印发")


def test_a_title_in_two_lines_opened_by_the_issuers_name_is_one_title():
    from reformkg.extract.metadata import find_title

    lines = ["广州知识产权法院", "2025年深化知识产权审判领域改革工作要点", "为深入贯彻……，制定本要点。"]
    assert find_title(lines, 2)[0] == "广州知识产权法院2025年深化知识产权审判领域改革工作要点"
