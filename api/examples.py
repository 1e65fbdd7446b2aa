"""Examples for the OpenAPI page (/docs): one answer per route, in the shapes of shared/interface.md."""

from __future__ import annotations

from typing import Any

DOC = "粤高法明传（2021）73号-05596eb38c"
SHENZHEN = "https://reformkg.org/id/entity/%E6%B7%B1%E5%9C%B3"
SENTENCE = "指导深圳中院集中管辖涉创业板改革并试点注册制的民商事案件。"


def _json(example: Any, description: str = "OK") -> dict[int | str, dict[str, Any]]:
    return {200: {"description": description, "content": {"application/json": {"example": example}}}}


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    meaning = {400: "a parameter that cannot be answered", 404: "not in the store", 422: "malformed parameters"}
    return {
        status: {
            "description": meaning[status],
            "content": {"application/json": {"example": {"detail": meaning[status]}}},
        }
        for status in statuses
    }


HEALTH = _json({"status": "ok", "quads": 4250})
DOCUMENTS = _json(
    [
        {
            "id": DOC,
            "title": "2021年全省法院司法改革工作要点",
            "issuer": "广东省高级人民法院",
            "number": "粤高法明传（2021）73号",
            "issued": "2021-04-12",
            "sections": [{"ordinal": 1, "title": "服务保障“双区”建设和“两个合作区”建设", "items": [1, 2, 3]}],
        }
    ]
)
ITEMS = {
    **_json(
        [
            {
                "document": DOC,
                "ordinal": 2,
                "label": "2",
                "title": "完善金融审判创新工作机制",
                "section": "服务保障“双区”建设和“两个合作区”建设",
                "path": ["一", "2."],
                "text": "完善金融审判创新工作机制。推动证券纠纷代表人诉讼机制落地实施……" + SENTENCE,
                "matched": ["深圳市中级人民法院 (located)"],
            }
        ]
    ),
    **_errors(404, 422),
}
LEDGER = {
    **_json(
        [
            {
                "document": "豫高法〔2023〕31号-ccdbed01dc",
                "ordinal": 3,
                "label": "3",
                "title": "规范审判委员会和专业法官会议运行",
                "lead": ["研究室"],
                "participants": ["审判管理办公室", "郑州市中级人民法院"],
                "deadline": "2023年12月底前",
                "mechanisms": ["专业法官会议与审判委员会工作衔接机制"],
                "pilots": [],
                "places": [],
            }
        ]
    ),
    **_errors(404, 422),
}
COMPARE = {
    **_json(
        {
            "a": "粤高法明传（2021）73号-05596eb38c",
            "b": "粤高法〔2022〕21号-3f1c2a9b0d",
            "continued": [{"concept": "繁简分流", "a_items": [12], "b_items": [9]}],
            "new": [{"concept": "诉源治理", "items": [10]}],
            "dropped": [{"concept": "“双重”管理执行体制改革试点", "items": [14]}],
            "pilots": [{"pilot": "综合改革试点", "a_places": ["深圳法院"], "b_places": ["深圳法院", "珠海法院"]}],
        }
    ),
    **_errors(400, 404, 422),
}
TIMELINE = {
    **_json(
        [
            {
                "document": DOC,
                "issued": "2021-03-01",
                "issuer": "广东省高级人民法院",
                "ordinal": 9,
                "title": "健全法官惩戒及违法审判责任追究制度",
                "mentions": ["司法责任制"],
            }
        ]
    ),
    **_errors(422),
}
PILOTS = {**_json([{"pilot": "综合改革试点", "document": DOC, "ordinal": 1, "places": ["深圳法院"]}]), **_errors(422)}
ENTITY_ROW = {
    "id": "https://reformkg.org/id/entity/%E6%B7%B1%E5%9C%B3%E5%B8%82%E4%B8%AD%E7%BA%A7%E4%BA%BA%E6%B0%91%E6%B3%95%E9%99%A2",
    "label": "深圳市中级人民法院",
    "types": ["法院"],
    "aliases": ["深圳中院"],
    "items": [{"document": DOC, "ordinal": 2}],
    "located_in": ["深圳"],
}
ENTITIES = {**_json([ENTITY_ROW]), **_errors(400, 422)}
ENTITY = {**_json(ENTITY_ROW), **_errors(404)}
RELATION_ROW = {
    "subject": "完善金融审判创新工作机制",  # a work point stands as its title
    "predicate": "指导",
    "object": "深圳市中级人民法院",
    "document": DOC,
    "ordinal": 2,
    "evidence": SENTENCE,
    "span": [67, 71],
    "provenance": "text",
}
RELATIONS = {**_json([RELATION_ROW]), **_errors(400, 422)}
LOCATED_ROW = {
    "subject": "深圳市中级人民法院",
    "predicate": "位于",
    "object": "深圳",
    "document": DOC,
    "ordinal": 0,
    "evidence": None,  # where a court lies is the gazetteer's knowledge, not a sentence's
    "span": None,
    "provenance": "gazetteer",
}
PATHS = {**_json({"from": "深圳市中级人民法院", "to": "深圳", "paths": [[LOCATED_ROW]]}), **_errors(404, 422)}
NEIGHBOURS = {
    **_json(
        {
            "entity": "深圳",
            "depth": 1,
            "nodes": [{"id": SHENZHEN, "label": "深圳", "type": "地区", "distance": 0}],
            "relations": [RELATION_ROW],
        }
    ),
    **_errors(404, 422),
}
GRAPH = {
    200: {
        "description": "a self-contained interactive page (vis-network inlined, no outside address)",
        "content": {"text/html": {"example": "<!DOCTYPE html><html>…</html>"}},
    },
    **_errors(400, 404, 422),
}

SPARQL_DESCRIPTION = """The SPARQL 1.1 Protocol: the query by GET (`?query=`), by POST form-encoded (`query=`) or
by POST `application/sparql-query`. The project's prefixes (rk:, rkd:, skos:, rdfs: …) are predeclared. SELECT/ASK
answers in JSON, XML, CSV or TSV and CONSTRUCT/DESCRIBE answers in Turtle, JSON-LD, N-Triples or RDF/XML, by
`Accept` or by `format=`. Read-only: updates get 403, SERVICE gets 403; every query has a time limit and a cap on the
rows of its answer (a cut answer carries the header `X-Reformkg-Truncated: true`); a malformed query gets 400 with the
parser's message."""
SPARQL_EXAMPLE = (
    "SELECT ?court ?place WHERE { ?c a rk:Court ; skos:prefLabel ?court ; rk:locatedIn/skos:prefLabel ?place }"
)
SPARQL: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the answer, in the negotiated format",
        "content": {
            "application/sparql-results+json": {
                "example": {
                    "head": {"vars": ["court", "place"]},
                    "results": {
                        "bindings": [
                            {
                                "court": {"type": "literal", "value": "深圳市中级人民法院", "xml:lang": "zh"},
                                "place": {"type": "literal", "value": "深圳", "xml:lang": "zh"},
                            }
                        ]
                    },
                }
            },
            "text/csv": {"example": "court,place\r\n深圳市中级人民法院,深圳\r\n"},
            "text/turtle": {"example": "rkd:entity/x a rk:Court ."},
        },
    },
    **{
        status: {"description": meaning, "content": {"application/json": {"example": {"detail": meaning}}}}
        for status, meaning in {
            400: "a malformed query (with the parser's message), or one over the time limit",
            403: "an update or SERVICE: the endpoint is read-only and fetches nothing",
            406: "no acceptable result format for this query form",
            413: "a query longer than 100,000 characters",
            415: "a request body that is neither application/sparql-query nor form-encoded",
            429: "every query worker is busy; retry shortly",
        }.items()
    },
}
_SPARQL_PARAMETERS: list[dict[str, Any]] = [
    {
        "name": "query",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "maxLength": 100_000},
        "example": SPARQL_EXAMPLE,
        "description": "the query (GET, or POST with the query in the URL)",
    },
    {
        "name": "format",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": ["json", "xml", "csv", "tsv", "ttl", "jsonld", "nt"]},
        "description": "overrides Accept",
    },
]
SPARQL_GET: dict[str, Any] = {"parameters": [{**_SPARQL_PARAMETERS[0], "required": True}, _SPARQL_PARAMETERS[1]]}
SPARQL_POST: dict[str, Any] = {
    "parameters": _SPARQL_PARAMETERS,
    "requestBody": {
        "required": False,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]},
                "example": {"query": SPARQL_EXAMPLE},
            },
            "application/sparql-query": {"schema": {"type": "string"}, "example": SPARQL_EXAMPLE},
        },
    },
}
READER = {
    200: {
        "description": "the document's text, entities highlighted by type and linked to their nodes, evidence marked",
        "content": {"text/html": {"example": "<!DOCTYPE html><html>…</html>"}},
    },
    **_errors(404, 422),
}
CORPUS: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the documents by issuer and date, and a concept × document heatmap (inline SVG)",
        "content": {"text/html": {"example": "<!DOCTYPE html><html>…</html>"}},
    },
}
