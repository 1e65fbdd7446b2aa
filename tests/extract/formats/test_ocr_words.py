"""OCR's misread characters mended against the words of court reform (extract.formats.ocr_words)."""

from __future__ import annotations

import pytest

from reformkg.extract.formats.ocr_words import OcrMender, ocr_mender


def test_a_fixed_word_is_mended_wherever_the_misread_stands_and_twice_over():
    mender = OcrMender(fixed={"高级人民法院", "人民法院", "月底前"}, names=set(), counts={})
    assert mender.mend("广西壮族自治区再级人民法耽文件") == "广西壮族自治区高级人民法院文件"  # two misreads
    assert mender.mend("完成时限：2023年6月撒前") == "完成时限：2023年6月底前"


def test_a_name_is_mended_inside_only_and_a_word_jieba_knows_stands():
    mender = OcrMender(fixed=set(), names={"智慧法院", "生态环境部"}, counts={"智能": 10, "法院": 10})
    assert mender.mend("推进智莫法院建设") == "推进智慧法院建设"
    assert mender.mend("推进智能法院建设") == "推进智能法院建设"  # read as words: 智能|法院
    assert mender.mend("建设生态环境司法修复基地") == "建设生态环境司法修复基地"  # 司 is the next word's


def test_of_two_words_the_one_met_far_more_often_wins_but_never_between_places():
    mender = OcrMender(
        fixed={"人民法院", "人民法庭"},
        names={"南宁市人民法院", "南京市人民法院"},
        counts={"人民法院": 5000, "人民法庭": 300, "南京市": 900, "南宁市": 90},
        places={"南宁市人民法院", "南京市人民法院"},
    )
    assert mender.mend("人民法耽") == "人民法院"
    assert mender.mend("南村市人民法院") == "南村市人民法院"


@pytest.mark.parametrize("read", ["桂高法[2023]15号", "桂高法【2023】15号", "桂高法(2023)15号"])
def test_a_document_numbers_year_is_bracketed_as_the_standard_prints_it(read):
    assert OcrMender(set(), set(), {}).mend(read) == "桂高法〔2023〕15号"


def test_the_vocabulary_is_the_lexicons_the_thesaurus_and_the_fixed_words():
    mender = ocr_mender()
    assert {"高级人民法院", "月底前", "粤港澳大湾区", "司法责任制"} <= mender.words


def test_a_stretch_that_reads_as_words_stands_however_like_a_known_word_it_looks():
    mender = OcrMender(fixed=set(), names={"提级审判"}, counts={"提交": 100, "审判": 100})
    assert mender.mend("严格控制提交审判委员会讨论的案件") == "严格控制提交审判委员会讨论的案件"
