"""Mechanisms named without a head word (extract.components.concepts): the reform's own names, where they stand
alone as the name of a mechanism."""

from __future__ import annotations

import pytest

from reformkg.extract.thesaurus import load_thesaurus
from tests.extract.components.test_phrases import names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全面落实司法责任制。", "司法责任制"),
        ("深化繁简分流改革，提升审判效率。", "繁简分流"),  # the name, without the 改革 that follows it
        ("深化“执转破”工作，开展预重整试点。", "“执转破”"),  # nor the 工作
        ("推进诉源治理，完善诉调对接。", "诉源治理"),
        ("推行网上立案、跨域立案和电子送达。", "跨域立案"),  # names of an enumeration
        ("推行网上立案、跨域立案和电子送达。", "电子送达"),
        ("围绕审判权力运行、诉源治理等重点领域开展调研。", "诉源治理"),  # reform areas are no mere examples
        ("完善法官业绩评价和员额退出。", "法官业绩评价"),
        ("推动诉源治理向纵深发展。", "诉源治理"),  # a phrase of scope after the name is no part of it
        ("推进善意文明执行。", "善意文明执行"),
        ("深化案件繁简分流。", "繁简分流"),  # the reform's name, without the 案件 it is done to
    ],
)
def test_a_reform_name_standing_alone_is_a_mechanism(text, name):
    assert (name, "机制") in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("巩固繁简分流改革试点成果。", "繁简分流"),  # inside a pilot's name
        ("推进小额诉讼全流程在线审理。", "小额诉讼"),  # it modifies what follows
        ("健全诉前调解与诉讼程序衔接机制。", "诉前调解"),  # inside a headed name
        ("加强金融审判工作。", "金融审判"),  # a field of adjudication, not a mechanism
        ("推进电子卷宗随案同步生成和深度应用。", "电子卷宗随案同步生成"),  # 和 joins no other name here
        # an enumeration that modifies the quoted name after it (the three rules of …)
        ("严格执行庭前会议、非法证据排除、法庭调查“三项规程”。", "非法证据排除"),
        # a slogan, a role or a goal evokes a concept (skos:hiddenLabel) but names no mechanism
        ("坚持让审理者裁判、由裁判者负责。", "让审理者裁判、由裁判者负责"),
        ("明确主审法官的职责。", "主审法官"),
        ("实现诉讼材料跨域流转。", "诉讼材料跨域流转"),
        # an enumeration that only gives examples of a kind of thing (事项, 环节, 领域)
        ("实现调解、司法确认、立案等事项一网通办。", "司法确认"),
        ("探索类案推送、文书辅助生成等智能辅助功能。", "类案推送"),
        ("为当事人提供跨域立案、在线调解、远程庭审等服务。", "跨域立案"),
        # …whatever word a later member opens with (评估鉴定, where 评估 may be a verb)
        ("围绕执行款物管理、司法拍卖、评估鉴定等重点环节开展排查。", "司法拍卖"),
        # a coordination that a 的 closes modifies what follows it (…和员额退出|的依据)
        ("评查结果作为法官业绩评价和员额退出的重要依据。", "法官业绩评价"),
        ("简单案件由速裁团队快审快结。", "快审快结"),  # a verb phrase evokes the procedure, names none
        ("完善简易程序向普通程序转换规则。", "简易程序"),  # …unless a head ends the name (…转换规则)
        ("加强在案件管辖衔接、执行协作等方面的沟通。", "执行协作"),
        ("深化案件繁简分流。", "案件繁简分流"),
        ("重大改革事项及时向市委请示报告。", "请示报告"),  # a verb: to report for instructions
        ("对具有普遍指导意义的案件，依法由上级法院提级审理。", "提级审理"),  # what the agent after 由 does
    ],
)
def test_a_name_inside_or_before_more_words_is_no_mention_of_its_own(text, name):
    assert (name, "机制") not in names(text)


def test_a_hidden_label_still_links_a_phrase_to_its_concept():
    thesaurus = load_thesaurus()
    assert thesaurus.concept_of("主审法官办案责任制") == thesaurus.concept_of("办案责任制")
    assert "主审法官" in thesaurus.concepts[thesaurus.concept_of("主审法官")].hidden
