"""Plain GET /sparql requests answered before routing (api.sparql_get): a repeated one from the kept answer,
exactly as the first time; a new one as the route answers it, refusals included; only to the hosts the service
answers."""

from __future__ import annotations

import http.client
import urllib.parse

import pytest

QUERY = "SELECT ?court WHERE { ?c a rk:Court ; skos:prefLabel ?court } ORDER BY ?court LIMIT 3"


def get(server, query: str, accept: str, host: str | None = None) -> tuple[int, dict[str, str], bytes]:
    return send(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": query}), accept, host=host)


def post(server, query: str, accept: str) -> tuple[int, dict[str, str], bytes]:
    return send(server, "POST", "/sparql", accept, body=query, kind="application/sparql-query")


def send(server, method, path, accept, *, host=None, body=None, kind=None) -> tuple[int, dict[str, str], bytes]:
    address = urllib.parse.urlsplit(server.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    headers = {"Accept": accept} | ({"Host": host} if host else {}) | ({"Content-Type": kind} if kind else {})
    connection.request(method, path, body=body.encode() if body else None, headers=headers)
    response = connection.getresponse()
    answer = response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    connection.close()
    return answer


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"])
def test_a_repeated_request_gets_the_first_answer_byte_for_byte(server, accept):
    query = f"{QUERY} # {accept}"  # a request of its own for each test
    first = get(server, query, accept)
    again = get(server, query, accept)
    assert first[0] == again[0] == 200
    assert first[2] == again[2]
    for header in ("content-type", "content-length", "x-reformkg-truncated"):
        assert first[1].get(header) == again[1].get(header)


def test_the_same_query_with_another_accept_header_is_another_request(server):
    query = f"{QUERY} # formats"
    as_json = get(server, query, "application/sparql-results+json")
    get(server, query, "application/sparql-results+json")
    as_csv = get(server, query, "text/csv")
    assert as_json[1]["content-type"] == "application/sparql-results+json"
    assert as_csv[1]["content-type"].startswith("text/csv") and as_csv[2].startswith(b"court\r\n")


def test_a_kept_answer_goes_only_to_the_hosts_the_service_answers(server):
    query = f"{QUERY} # hosts"
    assert get(server, query, "text/csv")[0] == 200
    assert get(server, query, "text/csv", host="attacker.example")[0] == 421


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/tab-separated-values", "*/*"])
def test_a_new_plain_request_is_answered_as_the_route_answers_it(server, accept):
    """A GET with nothing but the query goes straight to a worker; the same query POSTed goes through the route."""
    query = f"{QUERY} # new, {accept}"
    by_get, by_post = get(server, query, accept), post(server, query, accept)
    assert by_get[0] == by_post[0] == 200
    assert by_get[2] == by_post[2]
    assert by_get[1]["content-type"] == by_post[1]["content-type"]


def test_a_new_plain_request_is_refused_as_the_route_refuses_it(server):
    malformed = get(server, "SELECT * WHERE { ?s ?p", "application/sparql-results+json")
    assert malformed[0] == 400 and b"malformed SPARQL query" in malformed[2]
    assert get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "*/*")[0] == 403
    assert get(server, "ASK { ?s ?p ?o }", "image/png")[0] == 406
    assert get(server, "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1", "text/csv")[0] == 406
