"""SPARQL answers written from Oxigraph's terms: every format reads back, through Oxigraph's own parsers, as the
very solutions the engine gave — whatever the values hold — and an answer over the row cap is cut and says so."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from reformkg.graph import results
from reformkg.graph.results import write

EX = "http://example.org/"
AWKWARD = ["tab\there", "line\nbreak", 'quote " and \\', "<tag> & ‘中文’", " spaces "]


@pytest.fixture(scope="module")
def engine() -> ox.Store:
    store = ox.Store()
    subject = ox.NamedNode(f"{EX}s")
    values: list[ox.NamedNode | ox.BlankNode | ox.Literal] = [ox.Literal(text) for text in AWKWARD]
    values += [
        ox.Literal("深圳", language="zh"),
        ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.BlankNode("b1"),
        ox.NamedNode(f"{EX}o?x=1&y=%3C2%3E"),
    ]
    for number, value in enumerate(values):
        store.add(ox.Quad(subject, ox.NamedNode(f"{EX}p{number}"), value))
    return store


QUERY = "SELECT ?p ?o ?missing WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?missing } } ORDER BY ?p"


def written(engine: ox.Store, query: str, fmt: str, rows: int) -> tuple[bytes, bool]:
    return write(engine.query(query), fmt, rows, again=lambda: engine.query(query))


def solutions(store: ox.Store) -> list[tuple[object, ...]]:
    answer = store.query(QUERY)
    assert isinstance(answer, ox.QuerySolutions)
    return [tuple(solution) for solution in answer]


@pytest.mark.parametrize("fmt", ["json", "xml", "tsv"])
def test_solutions_read_back_as_the_engine_gave_them(engine, fmt):
    data, truncated = written(engine, QUERY, fmt, rows=100)
    parsed = ox.parse_query_results(
        data,
        {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML, "tsv": ox.QueryResultsFormat.TSV}[fmt],
    )
    assert isinstance(parsed, ox.QuerySolutions)
    assert [variable.value for variable in parsed.variables] == ["p", "o", "missing"]
    assert [tuple(solution) for solution in parsed] == solutions(engine)
    assert not truncated


def test_json_is_written_by_oxigraphs_own_writer(engine):
    ours, _ = written(engine, QUERY, "json", rows=100)
    assert ours == engine.query(QUERY).serialize(format=ox.QueryResultsFormat.JSON)


def test_json_too_long_for_oxigraphs_writer_is_written_again_and_still_cut(engine, monkeypatch):
    theirs = engine.query(QUERY).serialize(format=ox.QueryResultsFormat.JSON)
    monkeypatch.setattr(results, "OXIGRAPH_BYTES", 100)
    asked: list[str] = []

    def again() -> ox.QuerySolutions:
        asked.append(QUERY)
        return engine.query(QUERY)

    data, truncated = write(engine.query(QUERY), "json", 100, again=again)
    assert asked and json.loads(data) == json.loads(theirs) and not truncated
    data, truncated = write(engine.query(QUERY), "json", 2, again=again)
    assert truncated and json.loads(data)["results"]["bindings"] == json.loads(theirs)["results"]["bindings"][:2]


def test_csv_holds_plain_values(engine):
    data, _ = written(engine, QUERY, "csv", rows=100)
    rows = list(csv.reader(io.StringIO(data.decode(), newline="")))
    assert rows[0] == ["p", "o", "missing"]
    assert [row[1] for row in rows[1:]] == [*AWKWARD, "深圳", "42", "_:b1", f"{EX}o?x=1&y=%3C2%3E"]


def test_an_answer_over_the_cap_is_cut_and_says_so(engine):
    data, truncated = written(engine, QUERY, "json", rows=3)
    assert truncated and len(json.loads(data)["results"]["bindings"]) == 3
    graph, cut = written(engine, "CONSTRUCT WHERE { ?s ?p ?o }", "nt", rows=4)
    assert cut and len(list(ox.parse(graph, ox.RdfFormat.N_TRIPLES))) == 4


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_boolean_is_written_by_oxigraph(engine, fmt):
    data, truncated = written(engine, "ASK { ?s ?p 42 }", fmt, rows=1)
    kind = ox.QueryResultsFormat.JSON if fmt == "json" else ox.QueryResultsFormat.XML
    assert bool(ox.parse_query_results(data, kind)) is True and not truncated
