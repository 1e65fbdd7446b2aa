"""The service answers only for the host names it was started for: a page elsewhere cannot read it through DNS
rebinding."""

from __future__ import annotations

import http.client
import json
from urllib.parse import urlsplit

import pytest

from reformkg.api.hosts import allowed_hosts, host_name


def _get(url: str, host: str) -> tuple[int, dict]:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    connection.request("GET", "/health", headers={"Host": host})
    response = connection.getresponse()
    body = json.loads(response.read() or b"{}")
    connection.close()
    return response.status, body


def test_a_real_server_answers_its_own_names_and_refuses_others(server):
    port = urlsplit(server.url).port
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}", f"LOCALHOST:{port}"):
        assert _get(server.url, host)[0] == 200, host
    for host in (f"attacker.example:{port}", "attacker.example", "127.0.0.1.attacker.example", "", "localhost.:80x"):
        status, body = _get(server.url, host)
        assert status == 421, host
        assert "--allow-host" in body["detail"]


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("example.org:8000", "example.org"),
        ("Example.ORG", "example.org"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("127.0.0.1:80", "127.0.0.1"),
    ],
)
def test_host_names_are_read_without_their_port(header, name):
    assert host_name(header) == name


def test_names_given_with_the_flag_are_allowed_too(store_dir):
    from fastapi.testclient import TestClient

    from reformkg.api.service import create_app

    app = create_app(store_dir, sparql_workers=1, hosts=allowed_hosts("0.0.0.0", ["reform.example"]))
    with TestClient(app, base_url="http://reform.example") as client:
        assert client.get("/health").status_code == 200
    with TestClient(app, base_url="http://other.example") as client:
        assert client.get("/health").status_code == 421
    assert "*" in allowed_hosts("127.0.0.1", ["*"])
