"""The query layer over a store holding the bundled document and the four test documents."""

from __future__ import annotations

import pytest

from reformkg.graph import queries
from reformkg.graph.queries import QueryError

GUANGDONG = "粤高法明传（2021）73号"


def _guangdong(rows):
    return [r for r in rows if r["document"].startswith(GUANGDONG)]


def test_documents_carry_their_metadata(store):
    docs = {d["number"]: d for d in queries.documents(store)}
    guangdong = docs[GUANGDONG]
    assert guangdong["issuer"] == "广东省高级人民法院"
    assert guangdong["issued"] == "2021-03-01"
    assert [len(s["items"]) for s in guangdong["sections"]] == [5, 5, 5, 5, 4]
    assert len(docs) == 5


def test_items_involving_a_city_include_its_courts(store):
    ordinals = [r["ordinal"] for r in _guangdong(queries.items(store, involves="深圳"))]
    assert 2 in ordinals  # names only 深圳中院
    assert {1, 5} <= set(ordinals)


def test_items_involving_macau_include_joint_abbreviations(store):
    rows = _guangdong(queries.items(store, involves="澳门"))
    assert [r["ordinal"] for r in rows] == [1]
    assert "粤澳" in rows[0]["text"]


def test_items_by_alias(store):
    by_alias = _guangdong(queries.items(store, involves="深圳中院"))
    by_name = _guangdong(queries.items(store, involves="深圳市中级人民法院"))
    assert by_alias == by_name and [r["ordinal"] for r in by_name] == [2]


def test_item_rows_have_section_titles_and_mended_text(store):
    item = _guangdong(queries.items(store))[1]
    assert item["section"] == "完善服务中心大局工作机制"
    assert "指导深圳中院集中管辖涉创业板改革" in item["text"]


def test_unknown_names_and_documents(store):
    assert queries.items(store, involves="火星") == []
    with pytest.raises(QueryError):
        queries.items(store, document="no-such-document")


def test_pilots_at_a_place_include_its_courts(store):
    pilots = {r["pilot"] for r in queries.pilots(store, at="深圳")}
    assert {"综合改革试点", "个人破产制度", "先行先试"} <= pilots
    assert "“双重”管理执行体制改革试点" not in pilots


def test_entities_by_type_and_place(store):
    courts = {e["label"] for e in queries.entities(store, type="法院", in_="广东")}
    assert {"深圳市中级人民法院", "广州互联网法院", "惠州法院"} <= courts
    assert "杭州互联网法院" not in courts
    with pytest.raises(QueryError):
        queries.entities(store, type="星球")


def test_entity_rows(store):
    (court,) = [e for e in queries.entities(store, q="深圳中院")]
    assert court["label"] == "深圳市中级人民法院"
    assert court["types"] == ["法院"] and court["located_in"] == ["深圳"]
    assert any(i["ordinal"] == 2 for i in court["items"])


def test_relations_with_evidence(store):
    promoted = [r for r in queries.relations(store, predicate="推动") if r["object"] == "证券纠纷代表人诉讼机制"]
    assert promoted and promoted[0]["ordinal"] == 2
    relation = promoted[0]
    assert "推动证券纠纷代表人诉讼机制" in relation["evidence"]
    with pytest.raises(QueryError):
        queries.relations(store, predicate="吃掉")


def test_user_strings_are_bound_values_not_query_text(store):
    hostile = '深圳" } UNION { ?item ?p ?o } #'
    assert queries.items(store, involves=hostile) == []
    assert queries.entities(store, in_=hostile) == []


def test_pilots_and_relations_of_one_document(store):
    documents = {d["number"]: d["id"] for d in queries.documents(store)}
    guangdong = documents["粤高法明传（2021）73号"]
    pilots = queries.pilots(store, document="粤高法明传（2021）73号")
    assert pilots and {p["document"] for p in pilots} == {guangdong}
    assert len(pilots) < len(queries.pilots(store))
    relations = queries.relations(store, predicate="推动", document=guangdong)
    assert relations and {r["document"] for r in relations} == {guangdong}
    assert all(r["title"] for r in relations)  # 推动 is always stated in an item, whose title the row carries
