"""A SPARQL server as the store (`--store URL`): a real Oxigraph server, started here on a loopback port, holds
the same graph as the embedded store and answers every query the same; a document's rebuild replaces exactly its
triples, in one transaction that readers never see half done; a server that fails changes nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal

from reformkg.extract.records import Extraction
from reformkg.graph import network, queries
from reformkg.graph.build import write_extractions
from reformkg.graph.export import export
from reformkg.graph.remote import Endpoints
from reformkg.graph.sparql import answer
from reformkg.graph.store import GraphStore, StoreError, store_exists, store_location
from reformkg.graph.vocabulary import SPARQL_PROLOGUE
from tests.oxigraph_server import clear, free_port, oxigraph_server


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with oxigraph_server() as url:
        yield url


@pytest.fixture(scope="module")
def remote_store(server: str, extractions: dict[str, Extraction]) -> Iterator[GraphStore]:
    clear(server)
    with GraphStore.open(server) as written:
        write_extractions(written, list(extractions.values()))
    with GraphStore.open(server, read_only=True) as opened:
        yield opened


def quads(trig: bytes) -> set[ox.Quad]:
    return {quad for quad in ox.parse(trig, ox.RdfFormat.TRIG) if isinstance(quad, ox.Quad)}


def test_a_url_is_a_server_and_a_path_a_directory():
    assert store_location("http://127.0.0.1:7878") == "http://127.0.0.1:7878"
    assert store_location("https://kg.example.org/ds") == "https://kg.example.org/ds"
    assert store_location("http-archive") == Path("http-archive")
    assert store_exists("http://127.0.0.1:7878")


def test_the_endpoints_follow_the_servers_layouts(monkeypatch):
    monkeypatch.delenv("REFORMKG_SPARQL_UPDATE", raising=False)
    monkeypatch.delenv("REFORMKG_GRAPH_STORE", raising=False)
    oxigraph = Endpoints.of("http://127.0.0.1:7878/")
    assert (oxigraph.query, oxigraph.update, oxigraph.graph_store) == (
        "http://127.0.0.1:7878/query",
        "http://127.0.0.1:7878/update",
        "http://127.0.0.1:7878/store",
    )
    fuseki = Endpoints.of("http://h:3030/ds/query")
    assert (fuseki.update, fuseki.graph_store) == ("http://h:3030/ds/update", "http://h:3030/ds/data")
    virtuoso = Endpoints.of("http://h:8890/sparql")
    assert virtuoso.query == virtuoso.update == virtuoso.graph_store == "http://h:8890/sparql"
    monkeypatch.setenv("REFORMKG_SPARQL_UPDATE", "http://h:7200/repositories/r/statements")
    assert Endpoints.of("http://h:7200/repositories/r").update == "http://h:7200/repositories/r/statements"


def test_the_server_holds_the_same_dataset_as_the_embedded_store(remote_store, store):
    assert quads(export(remote_store, "trig")) == quads(export(store, "trig"))
    assert len(remote_store) == len(store)
    assert sorted(remote_store.graph_names()) == sorted(store.graph_names())


@pytest.mark.parametrize(
    ("name", "ask"),
    [
        ("documents", lambda s: queries.documents(s)),
        ("items involving 深圳", lambda s: queries.items(s, involves="深圳")),
        ("items of one document", lambda s: queries.items(s, document=queries.documents(s)[0]["id"])),
        ("pilots", lambda s: queries.pilots(s)),
        ("pilots at 深圳", lambda s: queries.pilots(s, at="深圳")),
        ("entities", lambda s: queries.entities(s)),
        ("courts in 广东", lambda s: queries.entities(s, type="法院", in_="广东")),
        ("relations", lambda s: queries.relations(s, predicate="牵头")),
        ("ledger", lambda s: queries.ledger(s)),
        ("timeline", lambda s: queries.timeline(s, "繁简分流")),
        ("type counts", lambda s: queries.type_counts(s)),
        ("neighbours", lambda s: network.neighbours(s, "深圳", depth=2)),
        ("paths", lambda s: network.paths(s, "深圳", "广东省高级人民法院")),
        ("turtle export", lambda s: sorted(export(s, "nt").decode().splitlines())),
    ],
)
def test_every_query_answers_the_same_on_either_kind_of_store(remote_store, store, name, ask):
    assert ask(remote_store) == ask(store), name


def test_a_comparison_answers_the_same(remote_store, store):
    ids = [document["id"] for document in queries.documents(store)]
    assert queries.compare(remote_store, ids[0], ids[1]) == queries.compare(store, ids[0], ids[1])


def test_sparql_answers_the_same_and_values_stay_values(remote_store, store):
    query = "SELECT ?court ?name WHERE { ?court a rk:Court ; rdfs:label ?name } ORDER BY ?name"
    assert answer(remote_store, query, "json").data == answer(store, query, "json").data
    hostile = '深圳" } ; DROP ALL ; SELECT * WHERE { "'
    for opened in (remote_store, store):
        query = SPARQL_PROLOGUE + "SELECT ?e WHERE { ?e rdfs:label ?name }"
        assert opened.select(query, {"name": Literal(hostile)}) == []
    assert len(remote_store) == len(store)


def test_rebuilding_on_the_server_replaces_exactly_the_documents_triples(server, extractions, remote_store):
    before = quads(export(remote_store, "trig"))
    with GraphStore.open(server) as opened:
        write_extractions(opened, list(extractions.values())[:3])
        assert quads(export(opened, "trig")) == before


def test_readers_never_see_a_rebuild_half_done(server, extractions, remote_store):
    """While a build rewrites documents on the server, a reader asking over and over always gets the whole
    answer: each write is one update, one transaction."""
    expected = queries.items(remote_store, involves="深圳")
    seen: list[int] = []
    done = threading.Event()

    def read() -> None:
        with GraphStore.open(server, read_only=True) as reader:
            while not done.is_set():
                seen.append(len(queries.items(reader, involves="深圳")))

    thread = threading.Thread(target=read)
    thread.start()
    try:
        with GraphStore.open(server) as writer:
            for _ in range(3):
                write_extractions(writer, list(extractions.values()))
    finally:
        done.set()
        thread.join()
    assert seen and set(seen) == {len(expected)}


def test_a_server_that_cannot_be_reached_is_a_clear_error():
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match=f"cannot open the graph store at {url}: cannot reach the SPARQL server"):
        GraphStore.open(url, read_only=True)


def test_a_url_that_is_no_sparql_endpoint_is_refused(server):
    with pytest.raises(StoreError, match="does not answer SPARQL queries"):
        GraphStore.open(f"{server}/store")


def test_a_server_gone_when_a_build_writes_is_a_clear_error_and_changes_nothing(tmp_path, extractions):
    """The server stops between the opening of the store and the build's write: the build fails with a clear
    error, and the database, served again, holds what it held before."""
    database, port = tmp_path / "oxigraph", free_port()
    documents = list(extractions.values())
    with oxigraph_server(database, port) as url, GraphStore.open(url) as opened:
        write_extractions(opened, documents[:2])
        before = quads(export(opened, "trig"))
    with oxigraph_server(database, port) as url:
        writer = GraphStore.open(url)
    with pytest.raises(StoreError, match="cannot be used: cannot reach the SPARQL server"), writer:
        write_extractions(writer, documents[2:4])
    with oxigraph_server(database, port) as url, GraphStore.open(url, read_only=True) as opened:
        assert quads(export(opened, "trig")) == before


def test_a_write_the_server_refuses_is_a_clear_error_and_changes_nothing(
    server, extractions, remote_store, monkeypatch
):
    """Here the update endpoint is one that takes no updates (the query endpoint): the server refuses the
    write, as it would one too large or not allowed."""
    before = quads(export(remote_store, "trig"))
    monkeypatch.setenv("REFORMKG_SPARQL_UPDATE", f"{server}/query")
    with GraphStore.open(server) as opened, pytest.raises(StoreError, match="refused the write"):
        write_extractions(opened, list(extractions.values())[:2])
    assert quads(export(remote_store, "trig")) == before


def test_the_python_api_opens_a_server_as_it_opens_a_directory(server, remote_store, store_dir):
    from reformkg import open_store

    with open_store(server) as on_server, open_store(store_dir) as on_disk:
        assert on_server.items(involves="深圳").equals(on_disk.items(involves="深圳"))
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a <https://reformkg.org/ontology#Court> }"
        assert list(on_server.rdf.query(count)) == list(on_disk.rdf.query(count))


def test_without_a_graph_store_update_and_query_do_its_work(server, extractions, remote_store, monkeypatch):
    """A server with no Graph Store where one is looked for (here an address that answers 404): the ontology
    graphs are replaced by SPARQL Update and the export reads graph by graph through queries, to the same quads."""
    before = quads(export(remote_store, "trig"))
    monkeypatch.setenv("REFORMKG_GRAPH_STORE", f"{server}/no-graph-store-here")
    with GraphStore.open(server) as opened:
        write_extractions(opened, list(extractions.values())[:2])
        assert quads(export(opened, "trig")) == before
