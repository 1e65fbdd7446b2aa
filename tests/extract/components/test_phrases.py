"""Headed phrases (extract.components.phrases): where a name of an open class begins and ends."""

from __future__ import annotations

import pytest

from reformkg.extract.pipeline import load_pipeline


def names(text: str) -> set[tuple[str, str]]:
    doc = load_pipeline()(text)
    return {(span.id_ or span.text, span.label_) for key in doc.spans for span in doc.spans[key]}


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        # a word that jieba keeps whole and that ends with a head is a name by itself
        ("加强与复旦大学合作，提升研究水平。", "复旦大学", "机构"),
        # an enumeration's 等 ends the name before it, and the verb after the enumerated noun stays a verb
        ("依托清华大学等高校成立智慧司法研究基地。", "清华大学", "机构"),
        ("依托清华大学等高校成立智慧司法研究基地。", "智慧司法研究基地", "机构"),
        # 的 after an organisation ends its name
        ("加强与深圳国际仲裁中心的协作。", "深圳国际仲裁中心", "机构"),
        # an adverb before the verb is no part of the name
        ("稳妥推进家事审判改革试点。", "家事审判改革试点", "试点"),
        # a name may hold an enumeration
        ("健全金融、破产等领域审判组织体系。", "金融、破产等领域审判组织体系", "机制"),
    ],
)
def test_names_found(text, name, type_):
    assert (name, type_) in names(text)


def test_a_bare_head_names_nothing_and_a_mechanism_before_de_stays_whole():
    assert not any(label == "机制" for _, label in names("推动机制对接。"))
    assert ("确立裁判规则", "机制") not in names("发挥确立裁判规则的示范作用。")
