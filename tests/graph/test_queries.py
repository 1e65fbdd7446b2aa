"""The query layer over a store holding the bundled document and the four test documents."""

from __future__ import annotations

import pytest

from reformkg.graph import queries
from reformkg.graph.queries import QueryError
from tests.conftest import ALL_DOCUMENTS

GUANGDONG = "粤高法明传（2021）73号"


def _guangdong(rows):
    return [r for r in rows if r["document"].startswith(GUANGDONG)]


def test_documents_carry_their_metadata(store):
    docs = {d["id"]: d for d in queries.documents(store)}
    guangdong = next(d for d in docs.values() if d["number"] == GUANGDONG)
    assert guangdong["issuer"] == "广东省高级人民法院"
    assert guangdong["issued"] == "2021-03-01"
    assert [len(s["items"]) for s in guangdong["sections"]] == [5, 5, 5, 5, 4]
    assert len(docs) == len(ALL_DOCUMENTS)


def test_items_involving_a_city_include_its_courts(store):
    ordinals = [r["ordinal"] for r in _guangdong(queries.items(store, involves="深圳"))]
    assert 2 in ordinals  # names only 深圳中院
    assert {1, 5} <= set(ordinals)


def test_items_involving_macau_include_joint_abbreviations(store):
    rows = _guangdong(queries.items(store, involves="澳门"))
    assert [r["ordinal"] for r in rows] == [1]
    assert "粤澳" in rows[0]["text"]


def test_items_involving_a_name_in_one_document_are_of_that_document(store):
    everywhere = queries.items(store, involves="深圳")
    in_one = queries.items(store, involves="深圳", document=GUANGDONG)
    assert in_one and {r["document"] for r in in_one} == {r["document"] for r in _guangdong(everywhere)}
    assert len({r["document"] for r in everywhere}) > 1  # so that the document narrows something


def test_items_by_alias(store):
    by_alias = _guangdong(queries.items(store, involves="深圳中院"))
    by_name = _guangdong(queries.items(store, involves="深圳市中级人民法院"))
    assert [r["ordinal"] for r in by_alias] == [r["ordinal"] for r in by_name] == [2]
    assert by_alias[0]["matched"] == ["深圳市中级人民法院 (alias)"]
    assert by_name[0]["matched"] == ["深圳市中级人民法院 (label)"]


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


@pytest.mark.parametrize(
    "hostile",
    [
        '深圳" } UNION { ?item ?p ?o } #',
        '深圳"@zh ) } } ; DROP ALL ; #',
        '深圳\\" } ) ( "x',  # a backslash before the quote
        "深圳\n} UNION { ?s ?p ?o }",
        '深圳""" . ?s ?p ?o',
    ],
)
def test_user_strings_are_bound_values_not_query_text(store, hostile):
    """Bound values are written into a query as inline data by Oxigraph's own term serializer: no value ends its
    term, whatever quotes, braces, backslashes or newlines it holds."""
    before = len(store)
    assert queries.items(store, involves=hostile) == []
    assert queries.entities(store, in_=hostile) == []
    assert queries.pilots(store, at=hostile) == []
    assert queries.nodes_named(store, hostile) == set()
    assert len(store) == before


def test_pilots_and_relations_of_one_document(store):
    documents = {d["number"]: d["id"] for d in queries.documents(store)}
    guangdong = documents["粤高法明传（2021）73号"]
    pilots = queries.pilots(store, document="粤高法明传（2021）73号")
    assert pilots and {p["document"] for p in pilots} == {guangdong}
    assert len(pilots) < len(queries.pilots(store))
    relations = queries.relations(store, predicate="推动", document=guangdong)
    assert relations and {r["document"] for r in relations} == {guangdong}
    assert all(r["title"] for r in relations)  # 推动 is always stated in an item, whose title the row carries


def _by_number(store, number):
    return next(d["id"] for d in queries.documents(store) if d["number"] == number)


def test_the_ledger_lists_units_in_the_order_printed_with_courts_by_their_full_names(store):
    henan = _by_number(store, "豫高法〔2023〕31号")
    rows = {row["ordinal"]: row for row in queries.ledger(store, document=henan)}
    assert len(rows) == 20
    assert rows[3]["lead"] == ["研究室"]
    assert rows[3]["participants"] == ["审判管理办公室", "郑州市中级人民法院", "洛阳市中级人民法院"]
    assert rows[3]["deadline"] == "2023年12月底前"
    assert rows[3]["mechanisms"]  # what the work point names comes with it


def test_items_involving_a_department_include_those_it_leads(store):
    henan = _by_number(store, "豫高法〔2023〕31号")
    led = {row["ordinal"] for row in queries.ledger(store, document=henan) if "政治部" in row["lead"]}
    found = {row["ordinal"] for row in queries.items(store, involves="政治部", document=henan)}
    assert led and led <= found


def test_a_name_no_entity_has_is_found_in_the_items_text(store):
    rows = queries.items(store, involves="刚性要求")
    assert rows and all(row["matched"] == ["刚性要求 (text)"] for row in rows)


def test_a_name_inside_entity_labels_finds_their_items(store):
    rows = queries.items(store, involves="统一协调")
    assert rows and all(any(m.endswith("(label)") and "统一协调" in m for m in row["matched"]) for row in rows)


def test_a_concepts_name_finds_the_items_of_its_mechanisms_and_of_narrower_ones(store):
    """府院联动 and 繁简分流 are concepts of the thesaurus: the items whose mechanisms name them, or a narrower
    concept (小额诉讼程序 is 繁简分流's), are found and say so."""
    rows = queries.items(store, involves="府院联动")
    by_concept = [row for row in rows if any(m.endswith("(concept)") for m in row["matched"])]
    assert len(by_concept) >= 3
    # the others name it outright (a mechanism named 府院联动, a document's title holding it), and say so
    assert all(any(m.endswith("(label)") for m in row["matched"]) for row in rows if row not in by_concept)
    diverse = queries.items(store, involves="繁简分流")
    matched = {m for row in diverse for m in row["matched"]}
    assert any("小额诉讼" in m or "速裁" in m for m in matched), matched
    assert len({row["document"] for row in diverse}) >= 5


def test_documents_are_named_by_id_number_or_a_unique_prefix_of_the_hash(store):
    document = next(d for d in queries.documents(store) if d["number"] == "豫高法〔2023〕31号")
    digest = document["id"].rsplit("-", 1)[1]
    assert queries.document_id(store, digest[:6]) == queries.document_id(store, "豫高法〔2023〕31号") == document["id"]
    with pytest.raises(queries.NotFound):
        queries.document_id(store, "ffffffffff")


def test_an_ambiguous_prefix_says_so():
    from rdflib import RDF, Graph

    from reformkg.graph.store import GraphStore
    from reformkg.graph.vocabulary import RK, document_iri

    with GraphStore.in_memory() as store:
        for doc_id in ("甲〔2024〕1号-abcd120000", "乙〔2024〕2号-abcd340000"):
            graph = Graph(identifier=document_iri(doc_id))
            graph.add((document_iri(doc_id), RDF.type, RK.Document))
            store.replace_graph(graph)
        with pytest.raises(QueryError, match="more than one document"):
            queries.document_id(store, "abcd")
        assert queries.document_id(store, "abcd3") == "乙〔2024〕2号-abcd340000"


def test_compare_two_documents_by_what_they_push(store):
    a, b = _by_number(store, "厦中法〔2024〕18号"), _by_number(store, "闽高法〔2023〕38号")
    found = queries.compare(store, a, b)
    continued = {row["concept"] for row in found["continued"]}
    assert "院庭长阅核" in continued  # the concept that 院庭长阅核制度 names
    assert not continued & {row["concept"] for row in found["new"]}
    assert queries.compare(store, a, a)["new"] == [] and queries.compare(store, a, a)["dropped"] == []


def test_the_timeline_runs_in_date_order(store):
    rows = queries.timeline(store, "繁简分流")
    dates = [row["issued"] for row in rows if row["issued"]]
    assert len({row["document"] for row in rows}) >= 3 and dates == sorted(dates)


def test_relations_say_where_they_come_from(store):
    """A relation read from a sentence carries it and its span; one from the gazetteer (位于), the document's
    outline (属于, 发布) or the thesaurus (概念) says so instead of an empty sentence and a span [0, 0]."""
    expected = {"推动": "text", "牵头": "ledger", "位于": "gazetteer", "属于": "structure", "概念": "thesaurus"}
    for predicate, source in expected.items():
        rows = queries.relations(store, predicate=predicate)
        assert rows, predicate
        assert {row["provenance"] for row in rows} == {source}, predicate
        if source in ("text", "ledger"):
            assert all(row["evidence"] and row["span"][1] > row["span"][0] for row in rows), predicate
        else:
            assert all(row["evidence"] is None and row["span"] is None for row in rows), predicate
    # 发布: an issuer publishes its document (structure); an item may also 发布 cases (text)
    published = queries.relations(store, predicate="发布")
    assert {row["provenance"] for row in published if row["evidence"] is None} == {"structure"}


def test_two_cities_districts_of_one_name_are_two_places():
    """白云区 lies in 广州 and in 贵阳: each city's plan names its own, and a question about one city does not reach
    the other's work points through the name they share."""
    from reformkg.extract.extractor import extract_text
    from reformkg.extract.reading import RawText
    from reformkg.graph.build import write_extractions
    from reformkg.graph.store import GraphStore

    def plan(city: str, pilot: str) -> RawText:
        court = f"{city}市中级人民法院"
        text = f"{court}\n2025年司法改革工作要点\n一、深化改革\n1.在白云区开展{pilot}试点。\n{court}\n2025年3月1日\n"
        return RawText(f"{city}.txt", text, "utf-8")

    with GraphStore.in_memory() as store:
        write_extractions(store, [extract_text(plan("贵阳", "诉源治理")), extract_text(plan("广州", "多元解纷"))])
        guiyang, guangzhou = ({row["document"] for row in queries.items(store, involves=c)} for c in ("贵阳", "广州"))
        assert guiyang and guangzhou and guiyang.isdisjoint(guangzhou)
        assert len(queries.items(store, involves="白云")) == 2  # the name asks for both
        for city in ("贵阳", "广州"):
            assert [e["label"] for e in queries.entities(store, type="地区", in_=city)] == ["白云"]
