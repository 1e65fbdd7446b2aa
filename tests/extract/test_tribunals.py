"""Town tribunals (extract.tribunals): a name the document writes both as X人民法庭 and as X法庭."""

from __future__ import annotations

from reformkg.extract.tribunals import Tribunal, town_tribunals

TEXTS = [
    "推动周市人民法庭、千灯镇人民法庭创建“枫桥式人民法庭”。设立速裁法庭。",
    "由周市法庭、千灯法庭试行巡回审判，依托“车载法庭”送法下乡，推进枫桥式法庭建设。",
]


def test_a_town_written_both_ways_is_a_tribunal_of_the_basic_court_that_writes():
    found = town_tribunals(TEXTS, "昆山市人民法院", "昆山")
    zhoushi = Tribunal("昆山市人民法院周市人民法庭", "周市", "昆山")
    assert found["周市人民法庭"] == found["周市法庭"] == zhoushi
    # the town's 镇 written or not
    assert found["千灯镇人民法庭"] == found["千灯法庭"] == Tribunal("昆山市人民法院千灯人民法庭", "千灯", "昆山")


def test_kinds_of_tribunal_and_names_written_one_way_only_are_no_towns():
    found = town_tribunals(TEXTS, "昆山市人民法院", "昆山")
    assert {tribunal.town for tribunal in found.values()} == {"周市", "千灯"}  # not 速裁, 车载, 枫桥式, 推动周市


def test_outside_a_basic_courts_own_plan_a_tribunal_is_named_as_written():
    found = town_tribunals(TEXTS, "苏州市中级人民法院", "苏州")
    assert found["周市法庭"] == Tribunal("周市人民法庭", "周市", None)
    assert town_tribunals(TEXTS, None, None)["千灯法庭"].label == "千灯人民法庭"
