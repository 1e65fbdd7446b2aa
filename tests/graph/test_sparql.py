"""Read-only SPARQL: forms, refusals, the answer cap and the time limit (a worker that overruns is replaced)."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from reformkg.graph.sparql import (
    Answer,
    AsyncQueryRunner,
    Limits,
    QueryRunner,
    SparqlError,
    answer,
    known_query_form,
    query_form,
    select,
)

# Slow and small: every pair of triples compared by a regular expression. (Three triples' cross product is slow
# too, but the engine holds the inner product: on the 63 test documents' store it runs out of memory first.)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f FILTER(REGEX(STR(?c), STR(?f))) }"


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT ?s WHERE { ?s a rk:Court }", "SELECT"),
        ("ASK { ?s a rk:Court }", "ASK"),
        ("CONSTRUCT { ?s a rk:Court } WHERE { ?s a rk:Court }", "CONSTRUCT"),
        ("DESCRIBE <https://reformkg.org/id/entity/x>", "DESCRIBE"),
    ],
)
def test_query_forms_are_recognised_with_the_prefixes_predeclared(query, form):
    assert query_form(query) == form


@pytest.mark.parametrize(
    ("query", "forbidden"),
    [
        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", True),
        ("DELETE WHERE { ?s ?p ?o }", True),
        ("LOAD <http://example.org/data.ttl>", True),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
        ("SELECT * WHERE {", False),
        ("'; DROP ALL; --", False),
        ("\x00\u202e" * 50, False),
    ],
)
def test_updates_service_and_garbage_are_refused(store, query, forbidden):
    with pytest.raises(SparqlError) as refused:
        answer(store, query, "json")
    assert refused.value.forbidden is forbidden
    with pytest.raises(SparqlError) as refused:
        select(store, query)
    assert refused.value.forbidden is forbidden


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <urn:g> WHERE { ?s ?p ?o }",
        "SELECT * WHERE { ?s ?p '\\u0053' }",
        "# SELECT\nINSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX ex: <urn:x#> SELECTED",
    ],
)
def test_only_queries_that_plainly_read_the_store_skip_the_parser(query):
    """A query whose text shows a prologue then a form, and no FROM, SERVICE or escape anywhere, is left to the
    engine to parse; any other is parsed first (and refused, or its dataset read, as its tree says)."""
    assert known_query_form(query) is None


def test_a_malformed_query_that_looks_plain_gets_the_engines_message(store):
    assert query_form("SELECT * WHERE { ?s ?p") == "SELECT"  # evident from its text
    # the position is the user's: line 1, not the line after the prefixes the endpoint writes before the query
    with pytest.raises(SparqlError, match="malformed SPARQL query: error at 1:"):
        answer(store, "SELECT * WHERE { ?s ?p", "json")


def test_answers_are_cut_at_the_row_cap_and_say_so(store):
    cut = answer(store, "SELECT ?s WHERE { ?s a rk:Item }", "json", rows=5)
    assert cut.truncated and len(json.loads(cut.data)["results"]["bindings"]) == 5
    whole = answer(store, "SELECT ?s WHERE { ?s a rk:Item } LIMIT 5", "json", rows=5)
    assert not whole.truncated
    graph = answer(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "nt", rows=10)
    assert graph.truncated and len(graph.data.decode().strip().splitlines()) == 10


def test_a_graph_query_cannot_be_answered_as_a_results_table(store):
    with pytest.raises(SparqlError, match="cannot be answered as"):
        answer(store, "CONSTRUCT { ?s a rk:Court } WHERE { ?s a rk:Court }", "csv")


def test_select_gives_python_rows(store):
    names, rows = select(store, "SELECT ?label WHERE { ?c a rk:Court ; skos:prefLabel ?label } ORDER BY ?label")
    assert names == ["label"] and "深圳市中级人民法院" in {r["label"] for r in rows}


def test_a_query_past_the_time_limit_is_stopped_and_the_runner_goes_on(store_dir):
    with QueryRunner(store_dir, workers=1, limits=Limits(seconds=1.0)) as runner:
        with pytest.raises(SparqlError, match="time limit") as stopped:
            runner.run(SLOW, "json")
        assert stopped.value.timeout
        after = runner.run("SELECT (COUNT(*) AS ?n) WHERE { ?c a rk:Court }", "csv")
        assert after.form == "SELECT" and int(after.data.decode().splitlines()[1]) > 5


def test_on_an_event_loop_too_a_query_past_the_time_limit_is_stopped_and_the_others_are_answered(store_dir):
    """The service's runner: requests wait for their workers without threads; a worker that overruns is replaced,
    and the requests that wait meanwhile are answered by the other worker."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a rk:Court }"

    async def ask() -> list[Answer | BaseException]:
        runner = AsyncQueryRunner(store_dir, workers=2, limits=Limits(seconds=1.0))
        try:
            # both workers started (opening the store takes longer than the limit on a busy machine)
            await asyncio.gather(runner.run(count, "csv"), runner.run(count, "csv"))
            answers = await asyncio.gather(
                runner.run(SLOW, "json"), *(runner.run(count, "csv") for _ in range(5)), return_exceptions=True
            )
            return [*answers, await runner.run(count, "csv")]  # after the slow one's worker was replaced
        finally:
            runner.close()

    with ThreadPoolExecutor(1) as thread:  # an event loop of its own (a browser test's may run in this thread)
        slow, *counts = thread.submit(asyncio.run, ask()).result()
    assert isinstance(slow, SparqlError) and slow.timeout
    assert all(isinstance(a, Answer) and int(a.data.decode().splitlines()[1]) > 5 for a in counts)


def test_from_clauses_choose_the_graphs_a_query_reads(store):
    """Without FROM the query reads the union of all graphs; with FROM (or FROM NAMED) only the graphs named."""
    everything = json.loads(answer(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "json").data)
    total = int(everything["results"]["bindings"][0]["n"]["value"])
    assert total > 0
    nothing = answer(store, "SELECT (COUNT(*) AS ?n) FROM <https://example.org/none> WHERE { ?s ?p ?o }", "json")
    assert json.loads(nothing.data)["results"]["bindings"][0]["n"]["value"] == "0"
    ontology = answer(store, "ASK FROM <https://reformkg.org/ontology> { rk:Court ?p ?o }", "json")
    assert json.loads(ontology.data)["boolean"] is True
    named_only = answer(store, "ASK FROM NAMED <https://reformkg.org/ontology> { ?s ?p ?o }", "json")
    assert json.loads(named_only.data)["boolean"] is False  # FROM NAMED alone leaves the default graph empty
