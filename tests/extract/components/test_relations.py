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


@pytest.mark.parametrize("text", ["认真总结试点经验成效。", "适时评估试点成效。", "在全省推广试点做法。"])
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
