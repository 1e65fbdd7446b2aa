"""Linking: one node per real-world thing, aliases and groups resolved, the issuer recognised."""

from __future__ import annotations

import pytest

from reformkg.extract.records import COURT, MECHANISM, ORGANISATION, PILOT, PLACE


def _keys(extraction, type_, item):
    return {m.key for m in extraction.mentions if m.type == type_ and m.item == item}


def test_court_abbreviation_resolves_to_its_full_name_and_place(bundled):
    court = bundled.entity("深圳市中级人民法院")
    assert "深圳中院" in court.aliases
    assert court.located_in == ("深圳",)
    assert "深圳" not in _keys(bundled, PLACE, 2)  # 深圳中院 mentions the court, not the city


def test_joint_abbreviations_stand_for_each_member(bundled):
    assert {"广东", "香港", "澳门"} <= _keys(bundled, PLACE, 1)


def test_region_alias_resolves_to_the_region(bundled):
    assert "粤港澳大湾区" in _keys(bundled, PLACE, 5)  # 大湾区内地法院
    assert "粤港澳大湾区" in bundled.entity("深圳").located_in


def test_a_university_is_not_the_city_it_is_named_after(bundled):
    assert "中山" not in {e.label for e in bundled.entities}
    assert "中山大学网络犯罪研究基地" in _keys(bundled, ORGANISATION, 15)


def test_one_node_per_mechanism_mentioned_in_several_items(bundled):
    items = {m.item for m in bundled.mentions if m.key == "“三合一”审判机制"}
    assert items == {3, 4, 17}
    assert sum(1 for e in bundled.entities if e.label == "“三合一”审判机制") == 1


def test_self_references_mean_the_issuing_court(extractions):
    hainan = extractions["hainan-2022-shishi-fangan"]
    assert any(m.key == "海南省高级人民法院" and m.text in ("本院", "省法院") for m in hainan.mentions)
    assert hainan.entity("海南省高级人民法院").types == frozenset({COURT})


def test_the_province_and_city_courts_a_lower_courts_plan_names_are_the_courts_above_it():
    extraction = _extracted("福州市中级人民法院", "本院会同省法院完善审判权力运行机制，市中院审判委员会定期听取报告。")
    assert _keys(extraction, COURT, 1) == {"福州市中级人民法院", "福建省高级人民法院"}
    assert extraction.entity("福建省高级人民法院").located_in == ("福建",)
    # in a province's plan 省法院 is the issuer, and 市中院 names no one court
    extraction = _extracted("福建省高级人民法院", "省法院会同市中院完善审判权力运行机制。")
    assert _keys(extraction, COURT, 1) == {"福建省高级人民法院"}


def test_pilots_and_where_they_run(bundled):
    sites = {(r.subject, r.object) for r in bundled.relations if r.predicate == "试点于"}
    assert ("综合改革试点", "深圳法院") in sites
    assert ("个人破产制度", "深圳") in sites
    assert "个人破产制度" in _keys(bundled, PILOT, 5)


def test_every_relation_keeps_its_evidence(bundled):
    for relation in bundled.relations:
        if relation.predicate in ("推动", "涉及", "试点于"):
            assert relation.evidence is not None
            item = bundled.document.item(relation.evidence.item)
            assert relation.evidence.sentence in item.text
            assert 0 <= relation.evidence.start < relation.evidence.end <= len(item.text)


TRAPS = """最高人民法院关于深化司法体制综合配套改革的意见
法发〔2019〕8号
一、总体要求
1.坚持中国特色社会主义法治道路，建设法治中国。全省法院要加强审判管理，各级法院全面落实司法责任制。
2.设立最高人民法院第一巡回法庭，完善巡回法庭审判工作机制。推动设立跨行政区划人民法院，加强基层人民法院建设。
3.由最高人民法院办公厅、政治部、研究室、审管办牵头，完善司法统计制度。
4.支持南宁市青秀区人民法院开展要素式审判试点，及时总结试点经验。严格执行《中华人民共和国民事诉讼法》。
最高人民法院
2019年2月27日
"""


@pytest.fixture(scope="module")
def traps():
    from reformkg.extract.extractor import extract_text
    from reformkg.extract.reading import RawText

    return extract_text(RawText("traps.txt", TRAPS, "utf-8"))


def test_collective_references_and_set_phrases_name_no_court_and_no_place(traps):
    first = {(m.type, m.key) for m in traps.mentions if m.item == 1}
    assert not any(type_ == COURT for type_, _ in first)  # 全省法院, 各级法院: all courts, not the High Court
    assert (PLACE, "中国") not in first  # 中国特色社会主义, 法治中国
    assert (PLACE, "中国") not in {(m.type, m.key) for m in traps.mentions if m.item == 4}  # a law's title


def test_a_court_set_up_in_an_action_is_that_court_and_generic_court_kinds_are_none(traps):
    courts = _keys(traps, COURT, 2)
    assert courts == {"最高人民法院第一巡回法庭"}  # not only 最高人民法院; 跨行政区划人民法院 is a kind of court


def test_departments_are_organisations_and_district_courts_are_courts(traps):
    assert _keys(traps, ORGANISATION, 3) >= {"办公厅", "政治部", "研究室", "审判管理办公室"}
    assert _keys(traps, COURT, 4) == {"南宁市青秀区人民法院"}
    assert traps.entity("南宁市青秀区人民法院").located_in == ("青秀",)
    assert traps.entity("青秀").located_in == ("南宁",) and traps.entity("青秀").full_name == "青秀区"
    assert not _keys(traps, PLACE, 4)  # 南宁 inside the court's name is no place mention
    assert _keys(traps, PILOT, 4) == {"要素式审判试点"}  # 试点经验 names no pilot


def test_mechanisms_and_pilots_link_to_the_concepts_they_name(bundled):
    from reformkg.extract.thesaurus import load_thesaurus

    concepts = load_thesaurus().concepts
    linked = {e.label: e.concept for e in bundled.entities if e.concept}
    assert concepts[linked["“三合一”审判机制"]].label == "知识产权审判“三合一”"
    assert all(e.concept is None for e in bundled.entities if e.types.isdisjoint({"机制", "试点"}))
    assert len(linked) >= 0.8 * sum(1 for e in bundled.entities if not e.types.isdisjoint({"机制", "试点"}))


def test_a_reform_name_that_a_pilot_verb_governs_is_the_pilot_and_no_mechanism_besides():
    from reformkg.extract.extractor import extract_text
    from reformkg.extract.reading import RawText

    text = "关于数字法院建设的工作要点\n1.指导两家中级法院试点电子卷宗单套制归档，试行在线诉讼与线下诉讼衔接规则。\n"
    extraction = extract_text(RawText("pilots.txt", text, "utf-8"))
    types = {(m.text, m.type) for m in extraction.mentions}
    assert ("电子卷宗单套制归档", "试点") in types and ("电子卷宗单套制归档", "机制") not in types
    assert {("在线诉讼与线下诉讼衔接规则", "试点"), ("在线诉讼与线下诉讼衔接规则", "机制")} <= types  # headed: both


def test_what_a_pilot_verb_governs_up_to_a_known_name_is_the_pilot_and_the_name_inside_it_no_mechanism():
    from reformkg.extract.extractor import extract_text
    from reformkg.extract.reading import RawText

    text = "关于审判方式改革的工作要点\n1.指导基层法院试行小额诉讼程序要素式审判，提升审判效率。\n"
    types = {(m.text, m.type) for m in extract_text(RawText("pilots.txt", text, "utf-8")).mentions}
    assert ("小额诉讼程序要素式审判", "试点") in types
    assert not any(kind == "机制" for _, kind in types)  # 要素式审判 is inside the pilot's name


def _extracted(issuer: str, item: str):
    from reformkg.extract.extractor import extract_text
    from reformkg.extract.reading import RawText

    text = f"{issuer}\n2026年审判管理工作要点\n一、总体安排\n1.{item}\n\n{issuer}\n2026年2月1日\n"
    return extract_text(RawText("districts.txt", text, "utf-8"))


def test_a_city_courts_document_names_its_districts_courts_without_the_city():
    extraction = _extracted(
        "福州市中级人民法院",
        "支持仓山区人民法院开展速裁试点，指导晋安区法院、罗源县人民法院、永泰县法院完善多元解纷机制。",
    )
    # each is read as the city's own; a district's court carries its city's name, a county's does not, and a
    # district's or county's 法院 is its one people's court
    assert _keys(extraction, COURT, 1) == {
        "福州市仓山区人民法院",
        "福州市晋安区人民法院",
        "罗源县人民法院",
        "永泰县人民法院",
    }
    assert extraction.entity("罗源县人民法院").located_in == ("罗源",)
    assert extraction.entity("罗源").located_in == ("福州",) and extraction.entity("罗源").full_name == "罗源县"
    assert extraction.entity("永泰县人民法院").located_in == ("永泰",)
    assert ("速裁试点", "福州市仓山区人民法院") in {
        (r.subject, r.object) for r in extraction.relations if r.predicate == "试点于"
    }


def test_a_county_level_citys_court_named_alone_is_the_citys_own_under_its_own_name():
    extraction = _extracted("株洲市中级人民法院", "支持醴陵市人民法院在乡镇设立共享法庭。")
    assert _keys(extraction, COURT, 1) == {"醴陵市人民法院"}
    assert extraction.entity("醴陵").located_in == ("株洲",) and extraction.entity("醴陵").full_name == "醴陵市"


def test_a_district_court_named_alone_higher_up_keeps_its_name_and_kinds_of_area_name_no_court():
    extraction = _extracted(
        "河北省高级人民法院",
        "支持桥西区人民法院探索繁简分流机制，推动辖区法院、开发区法院、贫困县人民法院、县级市人民法院协同发展。",
    )
    assert _keys(extraction, COURT, 1) == {"桥西区人民法院"}  # 桥西区 lies in 石家庄 and in 邢台 alike
    assert extraction.entity("桥西区人民法院").located_in == ("河北",)


def test_a_ledger_unit_of_the_issuing_court_is_its_department():
    extraction = _extracted("江西省高级人民法院", "推行跨域立案服务。由省法院审管办牵头，本院研究室、赣州中院配合。")
    ledger = {(r.subject, r.predicate) for r in extraction.relations if r.predicate in ("牵头", "参与")}
    assert ledger == {("审判管理办公室", "牵头"), ("研究室", "参与"), ("赣州市中级人民法院", "参与")}


def test_a_ledger_unit_that_is_a_district_court_is_the_issuing_citys_own():
    # 青山区 lies in 武汉 and in 包头: the gazetteer cannot say which, the issuing city does
    extraction = _extracted("武汉市中级人民法院", "推行跨域立案服务。由立案庭牵头，青山区人民法院配合。")
    ledger = {(r.subject, r.predicate) for r in extraction.relations if r.predicate in ("牵头", "参与")}
    assert ledger == {("立案庭", "牵头"), ("武汉市青山区人民法院", "参与")}  # as the items' text names it


def test_the_supreme_courts_tribunals_are_courts_of_their_own():
    extraction = _extracted(
        "最高人民法院", "支持最高人民法院国际商事法庭、最高人民法院知识产权法庭和第二巡回法庭开展试点。"
    )
    # a numbered circuit court written alone is the SPC's: no other court numbers its circuits
    assert _keys(extraction, COURT, 1) == {
        "最高人民法院国际商事法庭",
        "最高人民法院知识产权法庭",
        "最高人民法院第二巡回法庭",
    }


def test_courts_of_several_cities_are_no_self_reference_and_a_university_is_no_place():
    extraction = _extracted(
        "四川省高级人民法院", "推动成都、德阳、眉山三市法院共建协作平台，与四川警察学院、西南财经政法大学合作。"
    )
    assert "四川省高级人民法院" not in _keys(extraction, COURT, 1)  # 三市法院: the courts of three cities
    assert "四川" not in _keys(extraction, PLACE, 1)


def test_the_documents_own_provinces_bodies_are_named_whole():
    extraction = _extracted(
        "甘肃省高级人民法院",
        "配合省委政法委、省委依法治省办推进平安建设，会同省司法厅、省生态环境厅、省委编办完善律师调解工作机制。",
    )
    assert _keys(extraction, ORGANISATION, 1) == {
        "省委政法委",
        "省委依法治省办",
        "省司法厅",
        "省生态环境厅",
        "省委编办",
    }


def test_an_autonomous_regions_bodies_are_named_as_a_provinces_are():
    extraction = _extracted("宁夏回族自治区高级人民法院", "推动建立诉前调解中心，会同自治区司法厅完善府院联动机制。")
    assert _keys(extraction, ORGANISATION, 1) == {"诉前调解中心", "自治区司法厅"}
    assert _keys(extraction, MECHANISM, 1) == {"府院联动机制"}


def test_county_level_divisions_are_places_by_their_full_names_and_a_courts_pilot_runs_at_the_court():
    extraction = _extracted(
        "甘肃省高级人民法院",
        "支持天水中院在秦州区、麦积区开展物业纠纷化解试点，推动沿海城市与鼓楼区法院交流，总结秦州经验。",
    )
    # not 海城 (沿海城市); 秦州 written short once the text has named it in full
    assert [m.text for m in extraction.mentions if m.type == PLACE] == ["秦州区", "麦积区", "秦州"]
    assert _keys(extraction, PLACE, 1) == {"秦州", "麦积"}
    assert extraction.entity("麦积").located_in == ("天水",)
    sites = {(r.subject, r.object) for r in extraction.relations if r.predicate == "试点于"}
    assert sites == {("物业纠纷化解试点", "天水市中级人民法院")}


def test_divisions_are_found_however_jieba_cuts_them_and_by_the_names_they_bear_now():
    extraction = _extracted(
        "长沙市中级人民法院",
        "指导望城区法院、宁乡市法院、邵东市人民法院完善平台，推动各县市区法院交流，会同市司法局完善机制。",
    )  # 望|城区, 宁乡|市法院; 会同 (a county too) is "together with" before 市司法局
    # 宁乡县 and 邵东县 of the division codes have since become cities; 县市区法院 are the courts of every level
    assert _keys(extraction, COURT, 1) == {"长沙市望城区人民法院", "宁乡市人民法院", "邵东市人民法院"}
    assert extraction.entity("宁乡市人民法院").located_in == ("宁乡",)
    assert extraction.entity("宁乡").located_in == ("长沙",)
    assert _keys(extraction, PLACE, 1) == set() and _keys(extraction, ORGANISATION, 1) == {"市司法局"}


def test_a_division_whose_full_name_jieba_cuts_into_four_words_is_found():
    extraction = _extracted("洛阳市中级人民法院", "在瀍河回族区法院推行家事调查员制度。")  # 瀍|河|回族|区
    assert _keys(extraction, COURT, 1) == {"洛阳市瀍河回族区人民法院"} and _keys(extraction, PLACE, 1) == set()


def test_a_region_named_after_a_place_is_a_place_of_its_own_and_swallows_it():
    extraction = _extracted("安徽省高级人民法院", "依托合肥都市圈推动跨域立案，加强珠江流域环境资源审判协作。")
    assert _keys(extraction, PLACE, 1) == {"合肥都市圈", "珠江流域"}  # not 合肥, not 珠江


def test_a_basins_courts_are_named_by_it_though_the_gazetteer_lacks_it_and_numbered_ones_too():
    extraction = _extracted(
        "江苏省高级人民法院", "支持骆马湖流域环境资源法庭、长江流域环境资源第一法庭开展巡回审判，深化苏皖协作。"
    )
    assert _keys(extraction, COURT, 1) == {"骆马湖流域环境资源法庭", "长江流域环境资源第一法庭"}
    assert _keys(extraction, PLACE, 1) == {"江苏", "安徽"}  # 苏皖 stands for both; the basins are inside courts


def test_a_province_written_before_a_county_is_part_of_its_courts_name():
    extraction = _extracted("江苏省高级人民法院", "会同浙江省嘉善县人民法院开展跨域协同审理试点。")
    assert _keys(extraction, COURT, 1) == {"嘉善县人民法院"} and _keys(extraction, PLACE, 1) == set()


def test_the_party_committees_of_a_place_unnamed_are_no_organisation_and_a_named_one_is():
    extraction = _extracted("洛阳市中级人民法院", "健全与属地党委政府协调化解行政争议机制，配合市委政法委开展督察。")
    assert _keys(extraction, ORGANISATION, 1) == {"市委政法委"}


def test_a_municipalitys_plan_names_its_high_court_the_city_high_court():
    extraction = _extracted("上海市高级人民法院", "市高院、中级法院和基层法院按照审判领域组建专业法官会议。")
    assert _keys(extraction, COURT, 1) == {"上海市高级人民法院"}


def test_a_numbered_intermediate_court_listed_after_another_is_of_the_same_city():
    extraction = _extracted("上海市高级人民法院", "在上海一中院、二中院和三中院开展阅核工作质效评估试点。")
    assert _keys(extraction, COURT, 1) == {f"上海市第{n}中级人民法院" for n in "一二三"}
    assert extraction.entity("上海市第二中级人民法院").located_in == ("上海",)


def test_a_new_county_level_citys_court_is_found_though_jieba_cuts_its_name_into_characters():
    extraction = _extracted("南宁市中级人民法院", "支持横州市法院试行执行事务“分段集约”办理模式。")  # 横|州|市法院
    assert _keys(extraction, COURT, 1) == {"横州市人民法院"}


def test_towns_listed_together_or_named_after_a_tribunal_are_places_of_the_issuers_district():
    extraction = _extracted(
        "杭州市余杭区人民法院",
        "由瓶窑法庭集中审理径山镇、黄湖镇等西部乡镇案件，在瓶窑镇推行“共享法庭”实质化运行试点，加强城镇治理。",
    )
    assert _keys(extraction, PLACE, 1) == {"径山", "黄湖", "瓶窑"}  # not 乡镇, 城镇
    assert extraction.entity("径山").located_in == ("余杭",)


def test_a_places_discipline_commission_is_a_body_and_a_disciplinary_committee_inside_a_name_a_mention():
    extraction = _extracted("苏州市中级人民法院", "会同苏州市纪委监委建立线索移送机制，健全法官惩戒委员会运行机制。")
    assert _keys(extraction, ORGANISATION, 1) == {"苏州市纪委监委", "法官惩戒委员会"}
    assert ("线索移送机制", MECHANISM) in {(m.key, m.type) for m in extraction.mentions}


def test_a_places_bureaus_written_short_are_bodies():
    extraction = _extracted("北京互联网法院", "会同北京市档案局、市住建局推进电子档案单套制管理。")
    assert _keys(extraction, ORGANISATION, 1) >= {"北京市档案局", "市住建局"}


def test_a_slogan_before_a_places_name_is_no_mention_of_the_place():
    extraction = _extracted("辽宁省高级人民法院", "讲好法治辽宁建设中的法院故事，守护多彩沈阳，支持沈阳中院试点。")
    assert _keys(extraction, PLACE, 1) == set() and _keys(extraction, COURT, 1) == {"沈阳市中级人民法院"}


def test_a_district_court_the_gazetteer_lacks_written_under_its_city_is_its_people_s_court():
    # 铁东区 lies in 鞍山 and in 四平: the gazetteer does not take it
    extraction = _extracted("辽宁省高级人民法院", "支持鞍山市铁东区法院开展阅核试点。")
    assert _keys(extraction, COURT, 1) == {"鞍山市铁东区人民法院"} and _keys(extraction, PLACE, 1) == set()


def test_divisions_written_short_are_places_where_two_are_enumerated():
    extraction = _extracted(
        "江西省高级人民法院", "推广修复性司法模式，在婺源、靖安探索设立生态司法修复基地，会同市司法局推进。"
    )
    assert _keys(extraction, PLACE, 1) == {"婺源", "靖安"}  # 会同 alone stays "together with"
    assert extraction.entity("婺源").located_in == ("上饶",)


def test_a_courts_tribunals_named_after_cities_are_courts_in_those_cities_in_text_and_ledger():
    extraction = _extracted(
        "广州海事法院",
        "在广州海事法院深圳法庭、汕头法庭开展海事纠纷多元化解试点，推动员额向湛江法庭倾斜。"
        "（责任部门：立案庭；配合部门：深圳法庭、湛江法庭；完成时限：2026年6月底前）",
    )
    tribunals = {"广州海事法院深圳法庭", "广州海事法院汕头法庭", "广州海事法院湛江法庭"}
    assert tribunals <= _keys(extraction, COURT, 1)
    assert extraction.entity("广州海事法院湛江法庭").located_in == ("湛江",)
    assert not {"深圳", "汕头", "湛江"} & _keys(extraction, PLACE, 1)  # a tribunal swallows its city's name
    ledger = {r.subject for r in extraction.relations if r.predicate == "参与"}
    assert ledger == {"广州海事法院深圳法庭", "广州海事法院湛江法庭"}


def test_a_ledger_names_a_district_court_short_and_means_it_by_its_full_name():
    extraction = _extracted(
        "深圳市中级人民法院",
        "在福田法院试行要素式审判。（牵头部门：研究室；配合部门：福田法院、光明法院；完成时限：2026年9月底前）",
    )
    assert "福田法院" in _keys(extraction, COURT, 1)  # in the text: as written, the courts of 福田
    ledger = {r.subject for r in extraction.relations if r.predicate == "参与"}
    assert ledger == {"深圳市福田区人民法院", "深圳市光明区人民法院"}  # 光明 alone is a word: 光明区


def test_courts_that_jiebas_dictionary_holds_whole_are_read_as_any_other():
    extraction = _extracted(
        "广东省高级人民法院", "修订深圳市中级人民法院与上海证券交易所、北京市西城区人民法院的协作办法。"
    )
    assert {"深圳市中级人民法院", "北京市西城区人民法院"} <= _keys(extraction, COURT, 1)
    assert "上海证券交易所" in _keys(extraction, ORGANISATION, 1)


def test_a_city_written_before_its_new_area_is_part_of_the_new_areas_courts_name():
    extraction = _extracted(
        "上海金融法院", "支持上海市浦东新区人民法院开展要素式审判试点，服务保障浦东新区综合改革试点。"
    )
    assert _keys(extraction, COURT, 1) == {"上海市浦东新区人民法院"}
    sites = {(r.subject, r.object) for r in extraction.relations if r.predicate == "试点于"}
    # a place inside a pilot's own name does not run it
    assert sites == {("要素式审判试点", "上海市浦东新区人民法院")}
    assert "浦东新区综合改革试点" in _keys(extraction, PILOT, 1)


def test_the_corps_courts_are_named_by_division_and_its_bodies_as_a_provinces_are():
    extraction = _extracted(
        "新疆维吾尔自治区高级人民法院生产建设兵团分院",
        "支持八师中院、阿拉尔垦区人民法院开展试点，会同兵团司法局、兵团党委政法委完善执行联动机制。",
    )
    assert extraction.document.metadata.issuer == "新疆维吾尔自治区高级人民法院生产建设兵团分院"
    assert _keys(extraction, COURT, 1) == {
        "新疆生产建设兵团第八师中级人民法院",
        "新疆生产建设兵团阿拉尔垦区人民法院",
    }
    assert _keys(extraction, ORGANISATION, 1) == {"兵团司法局", "兵团党委政法委"}


def test_districts_known_by_full_names_alone_are_labelled_short_and_their_courts_named_short_are_courts():
    extraction = _extracted(
        "杭州市中级人民法院",
        "支持西湖法院、钱塘法院在上城区开展试点。（牵头部门：研究室；配合部门：西湖法院、即墨区人民法院）",
    )
    # 西湖 alone is a lake, 上城 no name: the districts are known as 西湖区 and 上城区, labelled as districts are
    assert _keys(extraction, COURT, 1) == {"西湖法院", "钱塘法院"}
    assert _keys(extraction, PLACE, 1) == {"上城"}
    assert extraction.entity("西湖法院").located_in == ("西湖",)
    ledger = {r.subject for r in extraction.relations if r.predicate == "参与"}
    # 即墨 became a district of 青岛 (即墨市 → 即墨区): its court bears the city's name, as a district's does
    assert ledger == {"杭州市西湖区人民法院", "青岛市即墨区人民法院"}


def test_a_citys_own_districts_named_short_are_its_courts_though_other_cities_have_districts_so_named():
    # 新城区 and 长安区 lie in 西安 and in other cities too: in 西安's own document they are 西安's
    extraction = _extracted("西安市中级人民法院", "支持新城法院、长安法院开展诉源治理试点。")
    assert _keys(extraction, COURT, 1) == {"新城法院", "长安法院"}
    assert extraction.entity("新城法院").located_in == ("新城",)
    elsewhere = _extracted("广东省高级人民法院", "支持新城法院开展诉源治理试点。")
    assert "新城法院" not in _keys(elsewhere, COURT, 1)


def test_a_district_named_without_its_nations_is_the_division_and_its_court_keeps_its_full_name():
    extraction = _extracted("郑州市中级人民法院", "支持管城区法院、航空港区法院开展要素式审判试点。")
    # 管城回族区 is written 管城区; 航空港区 is a zone, whose court is labelled as written
    assert _keys(extraction, COURT, 1) == {"郑州市管城回族区人民法院", "航空港区法院"}
    assert extraction.entity("航空港区法院").located_in == ("航空港区",)


def test_the_country_opening_a_bodys_name_is_no_mention_of_the_country():
    extraction = _extracted("西安市中级人民法院", "支持中国国际经济贸易仲裁委员会丝绸之路仲裁中心参与纠纷化解。")
    assert _keys(extraction, ORGANISATION, 1) == {"中国国际经济贸易仲裁委员会丝绸之路仲裁中心"}
    assert "中国" not in _keys(extraction, PLACE, 1)


def test_a_county_named_as_its_city_is_known_by_its_full_name():
    extraction = _extracted(
        "长沙市中级人民法院", "支持长沙县人民法院立足中国（湖南）自由贸易试验区长沙片区建设开展试点。"
    )
    assert _keys(extraction, COURT, 1) == {"长沙县人民法院"}
    # a free-trade zone's area in a city is one place of its own, lying in the city
    assert _keys(extraction, PLACE, 1) == {"中国（湖南）自由贸易试验区长沙片区"}
    assert extraction.entity("中国（湖南）自由贸易试验区长沙片区").located_in == ("长沙",)


def test_a_districts_bodies_are_named_as_they_name_themselves_and_its_courts_with_their_city():
    extraction = _extracted(
        "北京市海淀区人民法院", "会同海淀区人民检察院、中关村科学城管委会，支持海淀区法院、中关村法庭开展试点。"
    )
    assert _keys(extraction, ORGANISATION, 1) == {"海淀区人民检察院", "中关村科学城管委会"}
    # a basic court's own tribunal, written short only, is the court's 人民法庭 and lies in its town
    assert _keys(extraction, COURT, 1) == {"北京市海淀区人民法院", "北京市海淀区人民法院中关村人民法庭"}
    assert extraction.entity("北京市海淀区人民法院中关村人民法庭").located_in == ("中关村",)


def test_a_citys_court_named_with_its_province_is_the_citys_court_and_its_own_plan_is_that_courts():
    extraction = _extracted(
        "四川省成都市中级人民法院", "本院联合广东省深圳市中级人民法院、上海市浦东新区人民法院开展调研。"
    )
    # a city's courts are named without their province; a district's keep their city's name, written so
    assert _keys(extraction, COURT, 1) == {"成都市中级人民法院", "深圳市中级人民法院", "上海市浦东新区人民法院"}
    assert extraction.entity("成都市中级人民法院").located_in == ("成都",)
    # the name it publishes under is one of its names: the document is published by the court
    assert "四川省成都市中级人民法院" in extraction.entity("成都市中级人民法院").aliases


def test_a_body_inside_a_longer_bodys_name_is_no_mention_of_its_own():
    extraction = _extracted("长沙市中级人民法院", "召开跨庭室专业法官会议，健全专业法官会议制度。")
    assert _keys(extraction, ORGANISATION, 1) == {"跨庭室专业法官会议", "专业法官会议"}
    inside = [m for m in extraction.mentions if m.key == "专业法官会议"]
    assert [m.text for m in inside] == ["专业法官会议"] and inside[0].start > 12  # only the one in 专业法官会议制度


def test_a_tribunal_written_after_its_courts_name_is_a_court_lying_in_its_town_or_place():
    extraction = _extracted(
        "温州市中级人民法院", "支持乐清市人民法院柳市人民法庭开展试点，发挥宁波海事法院温州法庭作用。"
    )
    assert _keys(extraction, COURT, 1) == {"乐清市人民法院柳市人民法庭", "宁波海事法院温州法庭"}
    assert extraction.entity("乐清市人民法院柳市人民法庭").located_in == ("柳市",)
    assert extraction.entity("柳市").located_in == ("乐清",)
    assert extraction.entity("宁波海事法院温州法庭").located_in == ("温州",)


def test_a_citys_own_bodies_are_named_by_市_alone():
    extraction = _extracted("温州市中级人民法院", "会同市委金融办、市人力社保局完善劳动争议多元化解机制。")
    assert {"市委金融办", "市人力社保局"} <= _keys(extraction, ORGANISATION, 1)


def test_a_city_courts_document_names_its_own_counties_though_another_city_has_one_of_that_name():
    # 平山县 lies in 石家庄 and 平山区 in 本溪: in 石家庄's own plan, 平山县 and 平山 are its county
    extraction = _extracted(
        "石家庄市中级人民法院", "在平山县、赞皇县推行巡回审判，在平山、井陉等山区县增设巡回审判点。"
    )
    places = [(m.text, m.key) for m in extraction.mentions if m.type == "地区"]
    assert places == [("平山县", "平山"), ("赞皇县", "赞皇"), ("平山", "平山"), ("井陉", "井陉")]
    pingshan = next(e for e in extraction.entities if e.label == "平山")
    assert pingshan.located_in == ("石家庄",) and pingshan.full_name == "平山县"
    higher_up = _extracted("河北省高级人民法院", "在平山县推行巡回审判。")
    assert not [m for m in higher_up.mentions if m.type == "地区" and m.key == "平山"]


def test_a_rivers_or_a_lakes_basin_is_a_region_whether_the_lexicon_lists_it_or_not():
    extraction = _extracted("昆明市中级人民法院", "推动建立滹沱河流域、金沙江流域法院协作机制，统筹流域治理。")
    assert [(m.text, m.type) for m in extraction.mentions if m.type == "地区"] == [
        ("滹沱河流域", "地区"),
        ("金沙江流域", "地区"),
    ]


def test_a_county_level_city_whose_name_is_a_word_is_no_self_reference_before_its_court():
    # jieba cuts 安宁|市法院 (安宁 is "peace"): the city's court, not the issuer's 市法院
    extraction = _extracted("昆明市中级人民法院", "支持安宁市法院开展试点，市法院加强指导。")
    assert [(m.text, m.key) for m in extraction.mentions if m.type == "法院"] == [
        ("安宁市法院", "安宁市人民法院"),
        ("市法院", "昆明市中级人民法院"),
    ]
    anning = next(e for e in extraction.entities if e.label == "安宁")
    assert (anning.located_in, anning.full_name) == (("昆明",), "安宁市")


def test_a_city_courts_document_names_its_own_districts_court_though_another_citys_bears_the_name():
    # 白云区 lies in 广州 (the gazetteer's 白云) and in 贵阳: in 贵阳's plan, 白云区法院 is 贵阳's
    extraction = _extracted("贵阳市中级人民法院", "支持白云区法院试行危险驾驶案件速裁。")
    assert [(m.text, m.key) for m in extraction.mentions if m.type == "法院"] == [
        ("白云区法院", "贵阳市白云区人民法院")
    ]
    guangzhou = _extracted("广东省高级人民法院", "支持白云区法院试行危险驾驶案件速裁。")
    assert [m.key for m in guangzhou.mentions if m.type == "法院"] == ["广州市白云区人民法院"]


def test_a_place_whose_name_several_cities_divisions_bear_is_told_apart_by_its_city():
    # in 贵阳's plan its own 白云区 lies in 贵阳, though the gazetteer's 白云 is 广州's; each city's 白云 is keyed
    # by its city (its node in the graph), while its label stays the short name as every place's does
    guiyang = _extracted("贵阳市中级人民法院", "在白云区开展诉源治理试点。").entity("白云")
    assert (guiyang.located_in, guiyang.full_name, guiyang.key) == (("贵阳",), "白云区", "贵阳市白云区")
    guangzhou = _extracted("广州市中级人民法院", "在白云区开展诉源治理试点。").entity("白云")
    assert (guangzhou.located_in, guangzhou.key) == (("广州",), "广州市白云区")
    assert _extracted("广州市中级人民法院", "在天河区开展诉源治理试点。").entity("天河").key is None


def test_a_thing_named_after_a_place_or_an_expo_of_the_country_mentions_no_place():
    # {place}微法院 in set_phrases.tsv: a court's app; 中国国际…: the country opening a name
    extraction = _extracted(
        "贵阳市中级人民法院", "依托“贵州微法院”，在中国国际大数据产业博览会期间发布案例，加强贵州与四川司法协作。"
    )
    assert [m.text for m in extraction.mentions if m.type == "地区"] == ["贵州", "四川"]
    assert [m.start for m in extraction.mentions if m.text == "贵州"] == [
        extraction.document.item(1).text.index("贵州与")
    ]


def test_an_area_named_after_a_place_is_a_place_of_its_own_lying_there_and_its_courts_are_named_by_it():
    # 新区, 开发区 after a place's name, with nouns between (area_kinds.tsv): one area, as places.tsv's new areas
    extraction = _extracted(
        "长春市中级人民法院",
        "向长春汽车经济技术开发区人民法院倾斜，服务长春汽车经济技术开发区、和林格尔新区建设。",
    )
    assert [(m.text, m.type) for m in extraction.mentions if m.type in (COURT, PLACE)] == [
        ("长春汽车经济技术开发区人民法院", COURT),
        ("长春汽车经济技术开发区", PLACE),
        ("和林格尔新区", PLACE),
    ]
    assert extraction.entity("长春汽车经济技术开发区").located_in == ("长春",)
    assert extraction.entity("和林格尔新区").located_in == ("和林格尔",)
    # no verb, court or other name between the place and the area's word
    across = _extracted("贵阳市中级人民法院", "会同安顺市中级人民法院完善贵安新区协作机制。")
    assert "安顺市中级人民法院完善贵安新区" not in {m.key for m in across.mentions}
    # the district an area is one with, in brackets, is part of its name
    bracketed = _extracted("杭州市中级人民法院", "服务杭州高新区（滨江）建设。")
    assert [m.key for m in bracketed.mentions if m.type == PLACE] == ["杭州高新区（滨江）"]


def test_a_court_written_under_another_city_than_the_gazetteers_district_of_that_name_is_that_citys():
    # 西湖区 is 杭州's in the gazetteer; 南昌市西湖区人民法院 is 南昌's, whoever writes it
    for issuer in ("杭州市西湖区人民法院", "最高人民法院"):
        extraction = _extracted(issuer, "与南昌市西湖区人民法院开展合作。")
        assert [m.key for m in extraction.mentions if m.type == COURT] == ["南昌市西湖区人民法院"]
        assert extraction.entity("南昌市西湖区人民法院").located_in == ("南昌",)


def test_a_district_court_that_jieba_holds_as_one_word_is_read_as_its_district_and_its_court():
    extraction = _extracted("长春市中级人民法院", "朝阳区法院、南关区法院要完成流程再造。")
    assert [m.key for m in extraction.mentions if m.type == COURT] == [
        "长春市朝阳区人民法院",
        "长春市南关区人民法院",
    ]


def test_the_railways_procuratorate_and_police_and_a_branch_of_a_places_body_are_bodies():
    extraction = _extracted(
        "西安铁路运输中级法院",
        "会同西安铁路运输检察院、西安铁路公安局建立涉铁刑事案件信息通报机制。"
        "对陕西省人民检察院西安铁路运输分院、杭州市公安局西湖区分局提起的案件依法审理。",
    )
    assert {
        "西安铁路运输检察院",
        "西安铁路公安局",
        "陕西省人民检察院西安铁路运输分院",
        "杭州市公安局西湖区分局",
    } <= _keys(extraction, ORGANISATION, 1)
    assert "涉铁刑事案件信息通报机制" in _keys(extraction, MECHANISM, 1)


def test_a_quoted_slogan_or_a_spirit_named_after_a_place_mentions_no_place():
    extraction = _extracted(
        "西安铁路运输中级法院",
        "守护“一江清水供京津”，签订《“双西湖”司法协作框架协议》，传承延安精神，支持“深圳”“粤港澳大湾区”发展。",
    )
    assert [m.key for m in extraction.mentions if m.type == PLACE] == ["深圳", "粤港澳大湾区"]


def test_a_body_of_the_own_district_written_as_one_word_and_a_university_named_after_a_place_are_bodies():
    extraction = _extracted("杭州市西湖区人民法院", "每季度向区政府通报情况，与内蒙古师范大学共建研究基地。")
    assert {"区政府", "内蒙古师范大学"} <= _keys(extraction, ORGANISATION, 1)
    assert not _keys(extraction, PLACE, 1)  # a place naming a university is no mention of the place


def test_a_city_whose_short_name_is_a_word_is_that_city_where_a_court_or_an_enumeration_of_places_says_so():
    # 安康市 is listed by its full name (安康 is "well-being"): short before a court's word or among places
    extraction = _extracted(
        "西安铁路运输中级法院", "支持安康铁路运输法院、安康中院审理汉中、安康、商洛案件，祝愿平安安康。"
    )
    assert [(m.text, m.key) for m in extraction.mentions if m.type in (COURT, PLACE)] == [
        ("安康铁路运输法院", "安康铁路运输法院"),
        ("安康中院", "安康市中级人民法院"),
        ("汉中", "汉中"),
        ("安康", "安康"),
        ("商洛", "商洛"),
    ]


def test_a_citys_party_committee_and_a_financial_regulators_branch_are_bodies_of_that_city():
    extraction = _extracted(
        "沈阳市中级人民法院", "为西安市委决策提供参考，会同沈阳金融监管分局健全金融纠纷诉调对接机制。"
    )
    assert {"西安市委", "沈阳金融监管分局"} <= _keys(extraction, ORGANISATION, 1)
    assert "金融纠纷诉调对接机制" in _keys(extraction, MECHANISM, 1)
