"""The HTTP routes: the same answers as the query layer, in the shapes of interface.md; nothing a client sends
yields a 500."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from reformkg.api.service import create_app
from reformkg.graph import queries
from reformkg.graph.vocabulary import entity_iri

HOSTILE = [
    "<script>alert(1)</script>",
    '" } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o',
    "') OR 1=1 --",
    "深圳\x00\x07\x1b",
    "\u202e\ufeff\U0001f600",
    "深" * 200,
    "%00%2F..%2F..%2Fetc%2Fpasswd",
]


@pytest.fixture(scope="module")
def client(store_dir) -> Iterator[TestClient]:
    with TestClient(create_app(store_dir, sparql_workers=1)) as test_client:
        yield test_client


def test_routes_answer_what_the_query_layer_answers(client, store):
    assert client.get("/items", params={"involves": "深圳"}).json() == queries.items(store, involves="深圳")
    assert client.get("/pilots", params={"at": "深圳"}).json() == queries.pilots(store, at="深圳")
    assert client.get("/entities", params={"type": "法院", "in": "广东"}).json() == queries.entities(
        store, type="法院", in_="广东"
    )
    assert client.get("/relations", params={"predicate": "试点于"}).json() == queries.relations(store, "试点于")
    assert client.get("/documents").json() == queries.documents(store)
    assert client.get("/ledger").json() == queries.ledger(store)
    assert client.get("/timeline", params={"concept": "繁简分流"}).json() == queries.timeline(store, "繁简分流")
    a, b = (d["id"] for d in queries.documents(store)[:2])
    assert client.get("/compare", params={"a": a, "b": b}).json() == queries.compare(store, a, b)


def test_items_name_their_document_ordinal_and_title(client):
    rows = client.get("/items", params={"involves": "澳门"}).json()
    assert rows and all({"document", "ordinal", "label", "title", "section", "text"} <= set(r) for r in rows)


def test_an_entity_by_iri_label_or_alias(client):
    court = str(entity_iri("深圳市中级人民法院"))
    by_alias = client.get(f"/entities/{quote('深圳中院')}").json()
    assert by_alias["id"] == court and by_alias["located_in"] == ["深圳"]
    assert client.get(f"/entities/{quote(court, safe='')}").json() == by_alias
    assert client.get(f"/entities/{court}").json() == by_alias


def test_paths_between_two_entities_carry_evidence(client):
    answer = client.get("/paths", params={"from": "深圳中院", "to": "广东"}).json()
    assert answer["from"] == "深圳市中级人民法院" and answer["to"] == "广东"
    first = answer["paths"][0]
    assert [hop["predicate"] for hop in first] == ["位于", "位于"]
    # where a court lies is the gazetteer's knowledge, and says so
    assert all(hop["provenance"] == "gazetteer" and hop["evidence"] is None for hop in first)
    across = client.get("/paths", params={"from": "深圳中院", "to": "澳门"}).json()["paths"]
    read = [hop for path in across for hop in path if hop["provenance"] == "text"]
    assert read and all(hop["evidence"] and hop["span"][1] > hop["span"][0] and hop["ordinal"] for hop in read)


def test_neighbours_grow_with_depth(client):
    near = client.get("/neighbours", params={"entity": "深圳", "depth": 1}).json()
    far = client.get("/neighbours", params={"entity": "深圳", "depth": 2}).json()
    assert near["nodes"][0] == {**near["nodes"][0], "label": "深圳", "distance": 0}
    assert {n["id"] for n in near["nodes"]} < {n["id"] for n in far["nodes"]}
    assert max(n["distance"] for n in far["nodes"]) == 2
    # every relation has its sentence, but where a place lies that the lexicon knows and the text does not say
    assert all(r["evidence"] or (r["predicate"], r["ordinal"]) == ("位于", 0) for r in near["relations"])


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/entities/没有这个实体", 404),
        ("/items?document=no-such-document", 404),
        ("/graph?document=no-such-document&item=1", 404),
        ("/graph?item=999", 400),  # several documents in this store: which one?
        ("/paths?from=深圳&to=没有这个实体", 404),
        ("/neighbours?entity=没有这个实体", 404),
        ("/entities?type=不是类型", 400),
        ("/relations?predicate=不是谓词", 400),
        ("/neighbours?entity=深圳&depth=7", 422),
        ("/items?involves=", 422),
        ("/paths?from=深圳", 422),
    ],
)
def test_unknown_things_and_bad_parameters_get_4xx_with_a_message(client, url, status):
    answer = client.get(url)
    assert answer.status_code == status and answer.json()["detail"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(
    "route",
    [
        "/items?involves=",
        "/pilots?at=",
        "/entities?q=",
        "/entities?in=",
        "/relations?predicate=",
        "/neighbours?entity=",
        "/graph?entity=",
        "/paths?to=深圳&from=",
        "/entities/",
        "/ledger?document=",
        "/timeline?concept=",
        "/compare?b=x&a=",
    ],
)
def test_hostile_strings_never_yield_a_500(client, route, value):
    answer = client.get(route + quote(value, safe=""))
    assert answer.status_code < 500 and "detail" in answer.json() if answer.status_code >= 400 else True
    assert "Traceback" not in answer.text


def test_hostile_strings_match_nothing_rather_than_everything(client):
    assert client.get("/items", params={"involves": '" } ?s ?p ?o { "'}).json() == []
    assert client.get("/entities", params={"q": "<script>"}).json() == []


def test_the_openapi_page_has_an_example_for_every_route(client):
    schema = client.get("/openapi.json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = operation["responses"]["200"]["content"]
            assert any("example" in media for media in ok.values()), f"{method.upper()} {path}"
    assert client.get("/docs").status_code == 200


def test_a_build_under_a_running_service_is_refused_and_changes_nothing(server):
    from tests.api.test_cli import run

    done = run("build", "--force", "--store", str(server.store), check=False)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    # the refusal names who holds the store, and where
    assert f"in use by a running service (reformkg serve at {server.url})" in done.stderr


PYTHON_READER = """
import json, sys
from reformkg import open_store
kg = open_store(sys.argv[1])
rows = kg.items(involves="深圳")
print(json.dumps(sorted(rows.ordinal.tolist())))
try:
    kg.build(sys.argv[2])
except Exception as error:
    print(json.dumps(str(error)))
"""


def test_a_python_session_reads_beside_the_service_and_its_build_is_refused_by_name(server):
    import json
    import subprocess
    import sys
    import urllib.request

    from tests.conftest import DOCUMENTS

    with urllib.request.urlopen(server.url + "/items?involves=%E6%B7%B1%E5%9C%B3") as answer:
        served = sorted(row["ordinal"] for row in json.load(answer))
    done = subprocess.run(
        [sys.executable, "-c", PYTHON_READER, str(server.store), str(DOCUMENTS[0])],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    ordinals, refusal = (json.loads(line) for line in done.stdout.strip().splitlines())
    assert ordinals == served and served
    assert "in use by" in refusal and "reformkg serve" in refusal


def test_a_burst_of_the_same_request_computes_the_answer_once():
    """Requests that ask for an answer while it is being computed wait for that computation; if it fails, each
    of them gets the failure, and the next request computes it again."""
    import asyncio
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor
    from types import SimpleNamespace
    from typing import Any

    from reformkg.api.service import Answers

    answers = Answers(SimpleNamespace(generation=(0, 0)), runner=None)  # type: ignore[arg-type]
    calls: list[int] = []
    lock = threading.Lock()

    def compute() -> list[int]:
        with lock:
            calls.append(1)
        time.sleep(0.2)
        return [len(calls)]

    def fail() -> None:
        calls.append(1)
        time.sleep(0.1)
        raise queries.NotFound("nothing")

    async def burst() -> tuple[list[bytes], list[BaseException | None]]:
        found = await asyncio.gather(*(answers.json(("same",), compute) for _ in range(10)))
        failed = await asyncio.gather(*(answers.json(("fails",), fail) for _ in range(5)), return_exceptions=True)
        return [response.body for response in found], failed

    def run(coroutine: Any) -> Any:  # in a thread of its own: a browser test's event loop may run in this one
        with ThreadPoolExecutor(1) as thread:
            return thread.submit(asyncio.run, coroutine).result()

    bodies, failures = run(burst())
    assert set(bodies) == {b"[1]"} and len(calls) == 2
    assert all(isinstance(failure, queries.NotFound) for failure in failures)
    again = run(answers.json(("fails",), lambda: calls.append(1) or "again"))
    assert again.body == b'"again"' and len(calls) == 3


def test_sparql_answers_are_kept_within_a_memory_budget_and_failures_are_not(monkeypatch):
    """A store directory cannot change while it is served: a SPARQL answer, once computed, is kept like a
    relationship answer. Kept answers stay within a budget of bytes; one larger than its share is computed each
    time; a query that fails (malformed, too slow) is asked of the workers again."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor
    from types import SimpleNamespace

    from reformkg.api import service
    from reformkg.graph.sparql import Answer, SparqlError

    runs: list[str] = []

    async def run(query: str, fmt: str, dataset: object) -> Answer:
        runs.append(query)
        if query == "broken":
            raise SparqlError("malformed SPARQL query")
        return Answer("SELECT", fmt, query.encode() * (400 if query == "large" else 10), truncated=False)

    monkeypatch.setattr(service, "KEPT_BYTES", 1000)
    monkeypatch.setattr(service, "LARGEST_KEPT", 500)
    answers = service.Answers(SimpleNamespace(generation=(0, 0)), SimpleNamespace(run=run))  # type: ignore[arg-type]

    async def ask(*queries_: str) -> list[Answer | BaseException]:
        return await asyncio.gather(*(answers.sparql(q, "json", None) for q in queries_), return_exceptions=True)

    with ThreadPoolExecutor(1) as thread:  # an event loop of its own (a browser test's may run in this thread)
        for query in ("a", "a", "large", "large", "broken", "broken"):
            thread.submit(asyncio.run, ask(query)).result()
        assert runs == ["a", "large", "large", "broken", "broken"]
        for name in "bcdefghijklmnop":  # 100 bytes × 15 answers: past the budget, the oldest go first
            thread.submit(asyncio.run, ask(name * 10)).result()
        assert answers._kept_bytes <= 1000 and ("sparql", "a", "json", None) not in answers._kept
