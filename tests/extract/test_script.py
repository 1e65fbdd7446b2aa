"""Which Chinese a text is written in: traditional copies are read in simplified characters, offsets unchanged;
text that only a wrong decoding could produce is told apart from Chinese."""

from __future__ import annotations

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.records import Ledger
from reformkg.extract.script import common_share, is_traditional, simplified, to_simplified
from reformkg.extract.tables import TaskRow

ORIGINAL = BUNDLED_DOCUMENT.read_text(encoding="utf-8-sig")


def traditional(text: str, config: str = "s2tw.json") -> str:
    import opencc

    return opencc.OpenCC(config).convert(text)


def test_a_traditional_copy_converts_back_character_for_character():
    copy = traditional(ORIGINAL)
    assert copy != ORIGINAL and is_traditional(copy)
    assert to_simplified(copy) == ORIGINAL


def test_simplified_text_is_not_taken_for_traditional():
    assert not is_traditional(ORIGINAL)
    # a few traditional names quoted in a simplified text do not make it traditional
    assert not is_traditional(ORIGINAL[:2000] + "香港特別行政區")


def test_conversion_keeps_every_offset_even_where_opencc_would_merge_characters():
    text = traditional("完善审判机制。推动香港、澳门特别行政区法院交流。") + "乾隆"
    assert len(to_simplified(text)) == len(text)


def test_records_are_converted_string_by_string():
    row = TaskRow(
        category=None,
        number="1",
        task="完善審判權力運行機制",
        measures=("推動試點",),
        ledger=Ledger(lead=("廣東省高級人民法院",), deadline="2024年12月"),
    )
    converted = simplified((row,))[0]
    assert converted.task == "完善审判权力运行机制"
    assert converted.ledger.lead == ("广东省高级人民法院",)
    assert converted.measures == ("推动试点",)
    assert converted.number == "1"


def test_real_chinese_draws_on_common_characters_and_mojibake_does_not():
    assert (common_share(ORIGINAL) or 0) > 0.99
    big5_read_as_gbk = traditional(ORIGINAL).encode("big5").decode("gb18030", errors="replace")
    utf8_read_as_gbk = ORIGINAL.encode("utf-8").decode("gb18030", errors="replace")
    for garbled in (big5_read_as_gbk, utf8_read_as_gbk):
        assert (common_share(garbled) or 1) < 0.6
    assert common_share("完善审判机制") is None  # too short to judge
