"""Relations (extract.components.relations): what a pilot verb makes a pilot."""

from __future__ import annotations

import pytest

from reformkg.extract.components.relations import PILOT_MENTIONS, RELATIONS
from reformkg.extract.pipeline import load_pipeline


def pilots(text: str) -> set[str]:
    doc = load_pipeline()(text)
    return {text[start:end] for start, end in doc.user_data[PILOT_MENTIONS]}


@pytest.mark.parametrize(
    ("text", "pilot"),
    [
        ("试点涉外送达集约化管理，提升送达效率。", "涉外送达集约化管理"),  # no head: the bare object
        ("集中管辖涉外案件并试点注册制的民商事案件。", "注册制"),  # up to 的
        ("探索在临港新片区先行先试国际通行的金融交易规则适用机制。", "先行先试"),  # whatever it governs
        ("碑林法院试行以审判团队为单元的绩效考核，考核结果与评优挂钩。", "以审判团队为单元的绩效考核"),  # 以…为…的
        ("指导基层法院试行小额诉讼程序要素式审判。", "小额诉讼程序要素式审判"),  # up to a name the phrases found
    ],
)
def test_pilots_found(text, pilot):
    assert pilot in pilots(text)


@pytest.mark.parametrize(
    "text", ["认真总结试点经验成效。", "适时评估试点成效。", "在全省推广试点做法。", "建立试点情况按月报告制度。"]
)
def test_a_pilot_verb_after_another_verb_is_a_noun(text):
    assert not pilots(text)


def relations(text: str) -> set[tuple[str, str]]:
    doc = load_pipeline()(text)
    return {(r.predicate, text[r.object[0] : r.object[1]]) for r in doc.user_data[RELATIONS]}


@pytest.mark.parametrize(
    "text",
    ["推动与西安中院、济南中院等沿黄中心城市法院建立跨区域司法协作机制。", "推动与市司法局建立律师调解工作机制。"],
)
def test_the_partners_of_a_verb_do_not_break_its_chain(text):
    """推动|与…法院|建立…机制: 推动 governs what 建立 does, the partners between them."""
    found = relations(text)
    assert {predicate for predicate, _ in found} == {"推动", "建立"}
    assert len({target for _, target in found}) == 1


def test_an_enumerations_closer_ends_a_pilots_name():
    # 试点 ends the name (a phrase with its head): no verb, governing 等重点改革开展
    assert not pilots("对民事诉讼程序繁简分流改革试点等重点改革开展评估。")


def sites(text: str) -> set[tuple[str, str]]:
    doc = load_pipeline()(text)
    found = doc.user_data[RELATIONS]
    return {
        (text[r.subject[0] : r.subject[1]], text[r.object[0] : r.object[1]]) for r in found if r.predicate == "试点于"
    }


def test_the_courts_that_open_a_sentence_before_a_modal_run_what_its_clauses_pilot():
    # the subject, then 要: the verb of a later clause, or one after a title, is still its own
    assert sites("石林县法院要在人民法庭配备双语法官，开展彝汉双语诉讼服务试点。") == {
        ("彝汉双语诉讼服务试点", "石林县法院")
    }
    assert sites("本院和五华区法院、盘龙区法院要严格按照《试点实施办法》开展繁简分流改革试点。") == {
        ("繁简分流改革试点", "本院"),
        ("繁简分流改革试点", "五华区法院"),
        ("繁简分流改革试点", "盘龙区法院"),
    }
    # a subject of the pilot's own clause comes first
    assert sites("本院要加强统筹，指导官渡区法院开展执行事务集约化管理试点。") == {
        ("执行事务集约化管理试点", "官渡区法院")
    }
