"""Tribunals (extract.tribunals): a town's, written both as X人民法庭 and as X法庭; a court's in other cities, known
once the document writes one with its court's name."""

from __future__ import annotations

from reformkg.extract.lexicon import load_lexicon
from reformkg.extract.tribunals import Tribunal, own_short_tribunals, place_tribunals, town_tribunals

# the words that name no town, as ontology/lexicon/tribunal_words.tsv lists them
WORDS = load_lexicon().tribunal_words

TEXTS = [
    "推动周市人民法庭、千灯镇人民法庭创建“枫桥式人民法庭”。设立速裁法庭。",
    "由周市法庭、千灯法庭试行巡回审判，依托“车载法庭”送法下乡，推进枫桥式法庭建设。",
]


def test_a_town_written_both_ways_is_a_tribunal_of_the_basic_court_that_writes():
    found = town_tribunals(TEXTS, "昆山市人民法院", "昆山", WORDS)
    zhoushi = Tribunal("昆山市人民法院周市人民法庭", "周市", "昆山")
    assert found["周市人民法庭"] == found["周市法庭"] == zhoushi
    # the town's 镇 written or not
    assert found["千灯镇人民法庭"] == found["千灯法庭"] == Tribunal("昆山市人民法院千灯人民法庭", "千灯", "昆山")


def test_kinds_of_tribunal_and_names_written_one_way_only_are_no_towns():
    found = town_tribunals(TEXTS, "昆山市人民法院", "昆山", WORDS)
    assert {tribunal.town for tribunal in found.values()} == {"周市", "千灯"}  # not 速裁, 车载, 枫桥式, 推动周市


def test_outside_a_basic_courts_own_plan_a_tribunal_is_named_as_written():
    found = town_tribunals(TEXTS, "苏州市中级人民法院", "苏州", WORDS)
    assert found["周市法庭"] == Tribunal("周市人民法庭", "周市", None)
    assert town_tribunals(TEXTS, None, None, WORDS)["千灯法庭"].label == "千灯人民法庭"


SHORT_ONLY = [
    "支持中关村法庭、西北旺法庭开展试点，由清河法庭试行巡回审判。",
    "设立速裁法庭和“车载法庭”，每名法庭干警联系一个社区，完善少年法庭。",
]
BEFORE_NAMES = frozenset({"支持", "由", "开展", "设立", "完善"})


def test_a_basic_courts_own_plan_may_name_its_tribunals_short_only():
    found = own_short_tribunals(SHORT_ONLY, "北京市海淀区人民法院", "海淀", WORDS, BEFORE_NAMES)
    assert found["西北旺法庭"] == Tribunal("北京市海淀区人民法院西北旺人民法庭", "西北旺", "海淀")
    # the name ends where a break or a word that names follow ends (支持|中关村, 由|清河), and no kind is a town
    assert {tribunal.town for tribunal in found.values()} == {"中关村", "西北旺", "清河"}


def test_only_a_basic_courts_own_plan_names_its_tribunals_short_only():
    assert own_short_tribunals(SHORT_ONLY, "北京市第一中级人民法院", "北京", WORDS, BEFORE_NAMES) == {}
    assert own_short_tribunals(SHORT_ONLY, None, None, WORDS, BEFORE_NAMES) == {}


PORTS = [
    "由广州海事法院深圳法庭、汕头法庭开展海事纠纷多元化解试点。",
    "推动员额向收案量大的湛江法庭倾斜。设立知识产权法庭，完善少年法庭。",
]


def _place(name: str) -> str | None:
    return {"深圳": "深圳", "汕头": "汕头", "湛江": "湛江", "江": None}.get(name)


def test_a_courts_tribunals_in_other_cities_are_known_once_one_is_written_with_the_courts_name():
    found = place_tribunals(PORTS, "广州海事法院", _place)
    shenzhen = Tribunal("广州海事法院深圳法庭", "深圳", None)
    assert found["广州海事法院深圳法庭"] == found["深圳法庭"] == shenzhen
    # written short only, each in its own city; 知识产权法庭 and 少年法庭 are kinds, no city's
    assert {tribunal.label for tribunal in found.values()} == {
        "广州海事法院深圳法庭",
        "广州海事法院汕头法庭",
        "广州海事法院湛江法庭",
    }
    assert found["湛江法庭"].town == "湛江"


def test_without_one_tribunal_written_with_its_courts_name_a_citys_name_before_a_tribunal_says_nothing():
    assert place_tribunals(PORTS[1:], "广州海事法院", _place) == {}
    assert place_tribunals(PORTS, "广东省高级人民法院", _place) == {}
    assert place_tribunals(PORTS, None, _place) == {}
