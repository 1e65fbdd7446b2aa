"""Normalising lines: widths, quotes, stray spaces and page furniture."""

from __future__ import annotations

import pytest

from reformkg.extract.normalise import is_page_furniture, normalise_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("《2021 年全省法院司法改革 工作要点》", "《2021年全省法院司法改革工作要点》"),
        ('深入探索"三合一"审判机制', "深入探索“三合一”审判机制"),
        ("深入探索「三合一」审判机制", "深入探索“三合一”审判机制"),
        ("２０２３年", "2023年"),
        ("等级：**加急**", "等级：加急"),
        ("完善机制,推动改革;(试行)", "完善机制，推动改革；（试行）"),
        ("在 Windows 平台 上", "在Windows平台上"),
        ("1.完善机制", "1.完善机制"),
        # a PDF text layer that maps glyphs to look-alike radicals and compatibility ideographs
        ("⼀、深化⼈民法院司法体制综合配套改⾰", "一、深化人民法院司法体制综合配套改革"),
        ("推进⻓三⻆⼀体化，健全⻔诊式调解", "推进长三角一体化，健全门诊式调解"),
        # list numbers written as one character
        ("⒈完善机制", "1.完善机制"),
        ("⑵建立规则", "（2）建立规则"),
        ("⑫推进改革", "⑫推进改革"),
    ],
)
def test_normalise_line(line, expected):
    assert normalise_line(line) == expected


@pytest.mark.parametrize(
    "line", ["（共 10 页）", "— 3 —", "- 12 -", "第 3 页", "第3页 共10页", "7", "◆ ◆ ◆", "* * *", "▍"]
)
def test_page_furniture(line):
    assert is_page_furniture(line)


@pytest.mark.parametrize("line", ["1.完善机制。", "一、总体要求", "2021年3月1日", "◆完善审判监督机制。"])
def test_text_is_not_furniture(line):
    assert not is_page_furniture(line)
