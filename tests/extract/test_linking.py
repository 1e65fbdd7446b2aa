"""Linking: one node per real-world thing, aliases and groups resolved, the issuer recognised."""

from __future__ import annotations

from reformkg.extract.records import COURT, ORGANISATION, PILOT, PLACE


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
