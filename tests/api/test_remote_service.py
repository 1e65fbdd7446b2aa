"""Two `reformkg serve` processes answering from one Oxigraph server (`--store URL`): both answer as a service on
a store directory does, a build written meanwhile reaches both, and the SPARQL endpoint keeps its limits."""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from reformkg.graph.store import SERVER_KEEP_SECONDS
from tests.api.conftest import _wait_until_healthy
from tests.api.test_cli import REFORMKG, run
from tests.conftest import DOCUMENTS
from tests.oxigraph_server import free_port, oxigraph_server


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return json.load(answer)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[str]]]:
    """An Oxigraph server and two services over it (the first builds the bundled document into it)."""
    with ExitStack() as stack:
        database = stack.enter_context(oxigraph_server())
        urls = []
        for _ in range(2):
            port = free_port()
            log = stack.enter_context((tmp_path_factory.mktemp("serve") / "serve.log").open("w"))
            process = subprocess.Popen(
                [REFORMKG, "serve", "--host", "127.0.0.1", "--port", str(port), "--store", database],
                stdout=log,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
            stack.callback(process.wait, 30)
            stack.callback(process.terminate)
            urls.append(f"http://127.0.0.1:{port}")
            _wait_until_healthy(urls[-1], process)
        yield database, urls


def test_both_services_answer_the_same_from_the_one_server(services):
    _, urls = services
    answers = [get(f"{url}/items?involves={urllib.parse.quote('深圳')}") for url in urls]
    assert answers[0] and answers[0] == answers[1]
    assert get(f"{urls[0]}/documents") == get(f"{urls[1]}/documents")


def test_a_build_while_they_serve_reaches_both(services):
    database, urls = services
    before = {document["id"] for document in get(f"{urls[0]}/documents")}
    run("build", str(DOCUMENTS[0]), "--store", database)  # no lock to wait for: the server takes the write
    time.sleep(SERVER_KEEP_SECONDS)  # what the services kept from before the build is let go by then
    for url in urls:
        assert len({document["id"] for document in get(f"{url}/documents")} - before) == 1


def test_the_sparql_endpoint_answers_a_real_client_and_stays_read_only(services):
    _, urls = services
    client = SPARQLWrapper(f"{urls[1]}/sparql")
    client.setQuery("SELECT (COUNT(?c) AS ?n) WHERE { ?c a rk:Court }")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index]
    assert int(rows[0]["n"]["value"]) > 0
    update = urllib.request.Request(
        f"{urls[1]}/sparql", data=b"query=" + urllib.parse.quote("DROP ALL").encode(), method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(update, timeout=30)
    assert refused.value.code in (400, 403)
    assert get(f"{urls[0]}/documents")
