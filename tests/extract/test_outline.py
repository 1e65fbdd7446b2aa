"""Outlines of any depth: markers, their ranks, and which rank holds the work points."""

from __future__ import annotations

import pytest

from reformkg.extract.outline import (
    ARTICLE,
    ENCLOSED,
    PART,
    POINT,
    SECTION,
    SUBPOINT,
    SUBSECTION,
    marker_of,
    number_of,
    outline_levels,
    split_glued,
)


@pytest.mark.parametrize(
    ("text", "rank", "number", "path_label"),
    [
        ("二、深化诉讼制度改革", SECTION, 2, "二"),
        ("第三部分　主要任务", PART, 3, "第三部分"),
        ("第二章 具体措施", PART, 2, "第二章"),
        ("第十二条 推行网络查控。", ARTICLE, 12, "第十二条"),
        ("（十二）健全监督机制", SUBSECTION, 12, "（十二）"),
        ("7.完善机制", POINT, 7, "7."),
        ("1024.完善机制", POINT, 1024, "1024."),
        ("3、完善机制", POINT, 3, "3"),
        ("（3）完善机制", SUBPOINT, 3, "（3）"),
        ("③完善机制", ENCLOSED, 3, "③"),
    ],
)
def test_markers_of_every_style_and_width(text, rank, number, path_label):
    marker = marker_of(text)
    assert marker is not None
    assert (marker.rank, marker.number, marker.path_label) == (rank, number, path_label)


@pytest.mark.parametrize("text", ["2024年底前完成", "3.5亿元", "一流法院", "（一体化）", ""])
def test_text_that_only_looks_numbered_has_no_marker(text):
    assert marker_of(text) is None


def levels(*texts):
    return outline_levels([marker_of(t) for t in texts])


def test_points_under_subsections_are_the_work_points():
    found = levels("一、甲", "（一）乙", "1.丙", "（1）丁", "2.戊", "（二）己", "1.庚")
    assert (found.section, found.subsection, found.item) == (SECTION, SUBSECTION, POINT)


def test_bracketed_points_under_subsections_are_the_work_points_where_no_plain_points_are_used():
    found = levels("一、甲", "（一）乙", "（1）丙", "（2）丁", "（二）戊", "（1）己", "二、庚", "（一）辛", "（1）壬")
    assert (found.section, found.subsection, found.item) == (SECTION, SUBSECTION, SUBPOINT)


def test_subsections_are_work_points_when_points_are_rare_inside_them():
    found = levels("一、甲", "（一）乙", "（二）丙", "1.丁", "（三）戊", "（四）己")
    assert (found.section, found.subsection, found.item) == (SECTION, None, SUBSECTION)


def test_a_document_without_sections():
    found = levels("（1）甲", "（2）乙")
    assert (found.section, found.item) == (None, SUBPOINT)


def test_glued_markers_are_split_where_they_continue_the_numbering():
    seen: dict[str, int] = {}
    assert split_glued("1.完善甲机制。加强协调。2.健全乙制度。", seen) == ["1.完善甲机制。加强协调。", "2.健全乙制度。"]
    # 5. does not follow 2.: it is a number inside the sentence, not a marker
    assert split_glued("3.完善丙机制。5.健全丁制度。", seen) == ["3.完善丙机制。5.健全丁制度。"]


def test_a_points_number_glued_to_a_heading_starts_the_point():
    # a copy that lost its line breaks: 一、<heading>1.<point>。2.<point>。二、<heading>3.…
    seen: dict[str, int] = {}
    text = "现提出如下要点。一、全面落实司法责任制1.完善阅核制度。2.健全审判委员会制度。"
    text += "二、深化诉讼制度改革3.推进繁简分流。"
    assert split_glued(text, seen) == [
        "现提出如下要点。",
        "一、全面落实司法责任制",
        "1.完善阅核制度。",
        "2.健全审判委员会制度。",
        "二、深化诉讼制度改革",
        "3.推进繁简分流。",
    ]
    # a number inside a heading's sentence is none (一、总体要求：到2023年…), nor one inside a word (12368热线)
    assert split_glued("一、总体要求。到2025年底形成1.5倍效能", {}) == ["一、总体要求。到2025年底形成1.5倍效能"]


@pytest.mark.parametrize(("numeral", "value"), [("一", 1), ("十", 10), ("二十四", 24), ("一百零三", 103), ("⑦", 7)])
def test_numbers(numeral, value):
    assert number_of(numeral) == value
