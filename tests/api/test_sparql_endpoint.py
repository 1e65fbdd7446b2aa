"""The SPARQL 1.1 endpoint, questioned by a real client (SPARQLWrapper) over a real server."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed, SPARQLWrapperException

COURTS = """SELECT ?court ?place WHERE {
  ?c a rk:Court ; skos:prefLabel ?court ; rk:locatedIn/skos:prefLabel ?place } ORDER BY ?court ?place"""


def client(server, fmt=JSON, method=None, request=None) -> SPARQLWrapper:
    wrapper = SPARQLWrapper(f"{server.url}/sparql")
    wrapper.setReturnFormat(fmt)
    if method:
        wrapper.setMethod(method)
    if request:
        wrapper.setRequestMethod(request)
    return wrapper


@pytest.mark.parametrize(
    ("method", "request_method"),
    [(None, None), (POST, URLENCODED), (POST, POSTDIRECTLY)],
    ids=["get", "form", "direct"],
)
def test_select_by_every_protocol_method(server, method, request_method):
    wrapper = client(server, JSON, method, request_method)
    wrapper.setQuery(COURTS)
    rows = wrapper.queryAndConvert()["results"]["bindings"]
    pairs = {(r["court"]["value"], r["place"]["value"]) for r in rows}
    assert ("深圳市中级人民法院", "深圳") in pairs


def test_select_results_in_xml_csv_and_tsv(server):
    wrapper = client(server, CSV)
    wrapper.setQuery(COURTS)
    rows = list(csv.reader(io.StringIO(wrapper.query().convert().decode("utf-8"))))
    assert rows[0] == ["court", "place"] and ["深圳市中级人民法院", "深圳"] in rows
    wrapper = client(server, TSV)
    wrapper.setQuery(COURTS)
    rows = [line.split("\t") for line in wrapper.query().convert().decode("utf-8").splitlines()]
    assert rows[0] == ["?court", "?place"] and ['"深圳市中级人民法院"@zh', '"深圳"@zh'] in rows
    wrapper = client(server, XML)
    wrapper.setQuery(COURTS)
    document = wrapper.query().convert()
    assert "深圳市中级人民法院" in {node.firstChild.data for node in document.getElementsByTagName("literal")}


def test_ask_answers_a_boolean(server):
    wrapper = client(server, JSON)
    wrapper.setQuery("ASK { ?c skos:altLabel '深圳中院'@zh }")
    assert wrapper.queryAndConvert()["boolean"] is True


@pytest.mark.parametrize(("fmt", "parser"), [(TURTLE, "turtle"), (JSONLD, "json-ld")])
def test_construct_in_turtle_and_json_ld(server, fmt, parser):
    wrapper = client(server, fmt)
    wrapper.setQuery("CONSTRUCT { ?c rk:locatedIn ?p } WHERE { ?c a rk:Court ; rk:locatedIn ?p }")
    data = wrapper.query().response.read()
    graph = Graph().parse(data=data, format=parser)
    assert len(graph) > 5


def test_updates_are_refused_with_403(server):
    wrapper = client(server, JSON, POST)
    wrapper.setQuery("DELETE WHERE { ?s ?p ?o }")  # SPARQLWrapper sends updates as `update=`
    with pytest.raises(urllib.error.HTTPError) as refused:
        wrapper.query()
    assert refused.value.code == 403
    for body, kind in (
        ("update=DROP+ALL", "application/x-www-form-urlencoded"),
        ("DROP ALL", "application/sparql-update"),
    ):
        assert _status(server, body.encode(), kind) == 403
    assert _count(server) > 1000  # nothing was dropped


def test_service_is_refused_and_malformed_queries_get_the_parsers_message(server):
    assert (
        _status(server, b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "application/sparql-query")
        == 403
    )
    wrapper = client(server, JSON)
    wrapper.setQuery("SELECT * WHERE { ?s ?p ")
    with pytest.raises(QueryBadFormed) as malformed:
        wrapper.query()
    assert "Expected" in str(malformed.value) or "malformed" in str(malformed.value)


def test_unacceptable_formats_get_406_and_unknown_bodies_415(server):
    query = urllib.parse.quote("ASK { ?s ?p ?o }")
    request = urllib.request.Request(f"{server.url}/sparql?query={query}", headers={"Accept": "image/png"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 406
    assert _status(server, b"<q/>", "application/xml") == 415


def test_big_answers_are_cut_and_say_so(server):
    request = urllib.request.Request(
        f"{server.url}/sparql",
        data=b"SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 20000",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=60) as answer:
        assert answer.headers["X-Reformkg-Truncated"] == "true"
        assert len(json.load(answer)["results"]["bindings"]) == 10_000


def _status(server, body: bytes, kind: str) -> int:
    request = urllib.request.Request(f"{server.url}/sparql", data=body, headers={"Content-Type": kind})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        assert json.load(error)["detail"]
        return int(error.code)


def _count(server) -> int:
    wrapper = client(server, JSON)
    wrapper.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(wrapper.queryAndConvert()["results"]["bindings"][0]["n"]["value"])


def test_no_query_ever_yields_a_server_error(server):
    for query in ["", " ", "\x00", "SELECT * WHERE { ?s ?p ?o } LIMIT -1", "SELECT (1/0 AS ?x) WHERE {}", "{" * 500]:
        wrapper = client(server, JSON, POST, POSTDIRECTLY)
        wrapper.setQuery(query or " ")
        try:
            wrapper.query()
        except EndPointInternalError:
            pytest.fail(f"500 for {query!r}")
        except SPARQLWrapperException:
            pass


GRAPHS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def _rows(wrapper: SPARQLWrapper) -> list[dict]:
    return [{k: v["value"] for k, v in row.items()} for row in wrapper.queryAndConvert()["results"]["bindings"]]


def test_the_dataset_a_query_names_is_the_one_it_reads(server):
    """FROM, FROM NAMED and the protocol's default-graph-uri / named-graph-uri are honoured, never ignored."""
    wrapper = client(server, JSON)
    wrapper.setQuery(GRAPHS)
    sizes = {row["g"]: int(row["n"]) for row in _rows(wrapper)}
    assert len(sizes) >= 2  # the document's graph and the ontology's
    document = next(g for g in sizes if "/doc/" in g)
    total = _count(server)
    assert total > sizes[document]

    wrapper.setQuery(f"SELECT (COUNT(*) AS ?n) FROM <{document}> WHERE {{ ?s ?p ?o }}")
    assert int(_rows(wrapper)[0]["n"]) == sizes[document]
    wrapper.setQuery("SELECT (COUNT(*) AS ?n) FROM <https://example.org/no-such-graph> WHERE { ?s ?p ?o }")
    assert int(_rows(wrapper)[0]["n"]) == 0
    wrapper.setQuery(
        f"SELECT ?g (COUNT(*) AS ?n) FROM NAMED <{document}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    )
    assert _rows(wrapper) == [{"g": document, "n": str(sizes[document])}]

    for method, request_method in [(None, None), (POST, URLENCODED), (POST, POSTDIRECTLY)]:
        by_protocol = client(server, JSON, method, request_method)
        by_protocol.addDefaultGraph(document)
        by_protocol.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        assert int(_rows(by_protocol)[0]["n"]) == sizes[document]
        named = client(server, JSON, method, request_method)
        named.addNamedGraph(document)
        named.setQuery(GRAPHS)
        assert [row["g"] for row in _rows(named)] == [document]
    # the protocol's dataset replaces the query's own clauses
    both = client(server, JSON)
    both.addDefaultGraph("https://example.org/no-such-graph")
    both.setQuery(f"SELECT (COUNT(*) AS ?n) FROM <{document}> WHERE {{ ?s ?p ?o }}")
    assert int(_rows(both)[0]["n"]) == 0


def test_a_graph_named_by_no_iri_is_a_bad_request(server):
    query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }", "default-graph-uri": "not an iri"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(f"{server.url}/sparql?{query}", timeout=30)
    assert error.value.code == 400
    assert "absolute IRI" in json.load(error.value)["detail"]
