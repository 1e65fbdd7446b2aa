"""Fresh servers: every answer the same whatever the process's hash seed, and concurrent first queries all
answered (rdflib's parser is not thread-safe: it must not run in two threads at once)."""

from __future__ import annotations

import json
import os
import subprocess
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.api.conftest import _wait_until_healthy
from tests.api.test_cli import REFORMKG
from tests.conftest import DOCUMENTS, ROOT
from tests.oxigraph_server import free_port

ROUTES = [
    "/documents",
    "/items?involves=深圳",
    "/items?involves=府院联动",
    "/items?involves=政治部",
    "/pilots",
    "/pilots?at=北京",
    "/entities?type=法院&in=广东",
    "/entities?q=中心",
    "/relations?predicate=推动",
    "/relations?predicate=试点于",
    "/ledger",
    "/timeline?concept=繁简分流",
    "/paths?from=惠州法院&to=深圳法院",
    "/paths?from=深圳中院&to=澳门",
    "/paths?from=杭州互联网法院&to=广州互联网法院",
    "/neighbours?entity=深圳&depth=2",
    "/neighbours?entity=最高人民法院&depth=1",
    "/graph?entity=深圳&depth=1",
    "/graph?entity=粤港澳大湾区&depth=2",
]


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("corpus")
    paths = [str(ROOT / "extract/seed/guangdong-2021-sifa-gaige-yaodian.txt"), *map(str, DOCUMENTS[:8])]
    subprocess.run([REFORMKG, "build", *paths, "--store", str(store), "--quiet"], check=True, capture_output=True)
    return store


@contextmanager
def serving(store: Path, seed: str) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [REFORMKG, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", str(store)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(30)


def get(url: str) -> tuple[int, bytes]:
    parts = urllib.parse.urlsplit(url)
    quoted = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.quote(parts.query, safe="=&")))
    try:
        with urllib.request.urlopen(quoted, timeout=60) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_every_answer_is_the_same_whatever_the_hash_seed(corpus_store: Path) -> None:
    answers = []
    for seed in ("1", "2"):
        with serving(corpus_store, seed) as url:
            answers.append({route: get(url + route) for route in ROUTES})
    for route in ROUTES:
        assert answers[0][route][0] == 200, route
        assert answers[0][route] == answers[1][route], route


def test_concurrent_distinct_queries_at_a_fresh_server_all_get_answers(corpus_store: Path) -> None:
    queries = [
        f"SELECT ?label WHERE {{ ?e skos:prefLabel ?label ; a rk:{kind} }} ORDER BY ?label LIMIT {limit}"
        for kind in ("Court", "Place", "Mechanism", "Organisation")
        for limit in (3, 5, 7, 11)
    ]
    with serving(corpus_store, "3") as url:

        def ask(query: str) -> tuple[int, dict]:
            status, body = get(f"{url}/sparql?query={query}")
            return status, json.loads(body)

        with ThreadPoolExecutor(16) as pool:
            first = list(pool.map(ask, queries))
        assert [status for status, _ in first] == [200] * len(queries)
        again = [ask(query) for query in queries]  # and the endpoint answers the same afterwards
        assert first == again
        assert all(len(body["results"]["bindings"]) > 0 for _, body in first)
