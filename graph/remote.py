"""A SPARQL 1.1 server as the store's database: the operations GraphStore asks of Oxigraph's embedded store,
through the SPARQL 1.1 Query, Update and Graph Store HTTP protocols.

Answers come back as pyoxigraph's own objects, read by Oxigraph's parsers of SPARQL results and RDF, so that the
store above treats an embedded database and a server alike. Which server it is matters in one place only:
Oxigraph's reads only the default graph unless asked for the union of all graphs (its `union-default-graph`
parameter), which the query layer needs; Fuseki, Virtuoso, GraphDB and QLever are configured for it instead (see
README, "An existing SPARQL server").
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

_JSON_RESULTS = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
_N_QUADS = "application/n-quads"
# the Graph Store answers that mean "no such service here", or none for this client (Virtuoso's takes writes only
# at an authenticated address): then SPARQL Update does the same work
_NO_GRAPH_STORE = {401, 403, 404, 405, 406, 415, 501}


class ServerError(OSError):
    """The server cannot be reached, or refused a request; the message says which and why."""


def is_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests.

    From the URL given as --store: a server's root (Oxigraph's layout: /query, /update, /store); a URL ending
    in /query (Fuseki's /ds/query: /ds/update beside it); or any other URL, which answers all three itself (a
    Fuseki dataset /ds, Virtuoso's /sparql). $REFORMKG_SPARQL_UPDATE and $REFORMKG_GRAPH_STORE name the other two
    where they are elsewhere (GraphDB's /repositories/R/statements and /repositories/R/rdf-graphs/service)."""

    query: str
    update: str
    graph_store: str

    @classmethod
    def of(cls, url: str) -> Endpoints:
        parts = urlsplit(url)
        path = parts.path.rstrip("/")

        def at(new_path: str) -> str:
            return urlunsplit((parts.scheme, parts.netloc, new_path, parts.query, ""))

        if not path:
            query, update, graph_store = at("/query"), at("/update"), at("/store")
        elif path.endswith("/query"):
            base = path.removesuffix("/query")
            query, update, graph_store = at(path), at(f"{base}/update"), at(f"{base}/data")
        else:
            query = update = graph_store = at(path)
        return cls(
            query,
            os.environ.get("REFORMKG_SPARQL_UPDATE") or update,
            os.environ.get("REFORMKG_GRAPH_STORE") or graph_store,
        )


class SparqlServer:
    """The subset of `pyoxigraph.Store` that GraphStore uses, answered by a SPARQL 1.1 server."""

    def __init__(self, url: str, timeout: float = 300.0) -> None:
        self.url = url
        self.endpoints = Endpoints.of(url)
        self._client = httpx.Client(timeout=httpx.Timeout(timeout, connect=10.0), follow_redirects=True)
        self._graph_store = True  # until the server says it has none where it was looked for
        self.oxigraph = "oxigraph" in self._probe().lower()

    def _probe(self) -> str:
        """The server's name (its Server header), once it has answered a query: a server that cannot be reached,
        or does not answer SPARQL at the query endpoint, is refused at once."""
        response = self._send(
            "POST", self.endpoints.query, "ASK {}", "application/sparql-query", _JSON_RESULTS, ok=range(300, 600)
        )
        try:
            ox.parse_query_results(response.content, ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError):
            raise ServerError(
                f"{self.endpoints.query} does not answer SPARQL queries (it answered {response.status_code} "
                f"{response.headers.get('content-type', '')}); give the query endpoint or the server's root as --store"
            ) from None
        return response.headers.get("server", "")

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | str | Iterator[bytes] | None,
        content_type: str | None,
        accept: str | None = None,
        params: Mapping[str, str | list[str]] | None = None,
        ok: Iterable[int] = (),
    ) -> httpx.Response:
        headers = {key: value for key, value in (("content-type", content_type), ("accept", accept)) if value}
        try:
            response = self._client.request(method, url, content=body, headers=headers, params=params)
        except httpx.TimeoutException:
            raise ServerError(f"the SPARQL server at {url} did not answer in time") from None
        except httpx.HTTPError as error:
            raise ServerError(f"cannot reach the SPARQL server at {url}: {error}") from None
        if response.status_code >= 300 and response.status_code not in ok:
            message = response.text.strip()[:500] or response.reason_phrase
            if response.status_code in (401, 403, 407):
                raise ServerError(f"the SPARQL server at {url} refused access ({response.status_code}): {message}")
            if 400 <= response.status_code < 500:  # the request itself is at fault: a query the server refuses
                raise ValueError(f"the SPARQL server refused the request ({response.status_code}): {message}")
            raise ServerError(f"the SPARQL server at {url} failed ({response.status_code}): {message}")
        return response

    # -- the Query protocol ---------------------------------------------------------------------------------

    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        default_graph: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode] | None = None,
        substitutions: Mapping[ox.Variable, Term] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """As `pyoxigraph.Store.query`: solutions, a boolean, or the triples of a CONSTRUCT or DESCRIBE.
        Substitutions travel as a VALUES clause after the query (each value written by Oxigraph's serializer)."""
        if substitutions:
            names = " ".join(str(variable) for variable in substitutions)
            values = " ".join(str(term) for term in substitutions.values())
            query = f"{query}\nVALUES ({names}) {{ ({values}) }}"
        params: dict[str, str | list[str]] = {}
        if default_graph is not None or named_graphs is not None:
            params["default-graph-uri"] = [graph.value for graph in default_graph or ()]
            params["named-graph-uri"] = [graph.value for graph in named_graphs or ()]
        elif use_default_graph_as_union and self.oxigraph:
            params["union-default-graph"] = ""
        accept = f"{_JSON_RESULTS}, {_N_TRIPLES};q=0.9"
        response = self._send("POST", self.endpoints.query, query, "application/sparql-query", accept, params)
        kind = response.headers.get("content-type", "").split(";")[0].strip()
        if kind == _N_TRIPLES or kind in ("text/turtle", "application/rdf+xml"):
            rdf_format = ox.RdfFormat.from_media_type(kind)
            assert rdf_format is not None
            return [quad.triple for quad in ox.parse(response.content, rdf_format)]  # (in the default graph)
        results_format = ox.QueryResultsFormat.from_media_type(kind) or ox.QueryResultsFormat.JSON
        return ox.parse_query_results(response.content, results_format)

    def _solutions(self, query: str) -> ox.QuerySolutions:
        answer = self.query(query)
        assert isinstance(answer, ox.QuerySolutions)
        return answer

    def quads_for_pattern(
        self, subject: Term | None, predicate: Term | None, obj: Term | None, graph: ox.NamedNode | None = None
    ) -> Iterator[ox.Quad]:
        """The quads of the named graphs (of `graph` alone, if given) that match the pattern."""
        pattern = ((subject, "?s"), (predicate, "?p"), (obj, "?o"), (graph, "?g"))
        terms = [str(term) if term is not None else variable for term, variable in pattern]
        for row in self._solutions(f"SELECT * WHERE {{ GRAPH {terms[3]} {{ {' '.join(terms[:3])} }} }}"):
            found: list[Any] = [term if term is not None else row[variable[1:]] for term, variable in pattern]
            yield ox.Quad(*found)

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self._solutions("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            graph = row["g"]
            if isinstance(graph, ox.NamedNode):
                yield graph

    def __len__(self) -> int:
        """The quads of the named graphs, where reformkg writes everything (a server whose default graph is the
        union of the others would count them twice)."""
        rows = list(self._solutions("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        count = rows[0]["n"] if rows else None
        return int(count.value) if isinstance(count, ox.Literal) else 0

    # -- the Update and Graph Store protocols ---------------------------------------------------------------

    def update(self, update: str | Iterable[bytes]) -> None:
        """One SPARQL Update request, which the server applies as one transaction; given in parts, the request
        is sent part by part."""
        body = update.encode("utf-8") if isinstance(update, str) else iter(update)
        try:
            self._send("POST", self.endpoints.update, body, "application/sparql-update")
        except ValueError as error:  # a write the server refuses (too large, not allowed) is the store's failure
            raise ServerError(f"the SPARQL server at {self.endpoints.update} refused the write: {error}") from None

    def put_graph(self, graph: ox.NamedNode, triples: bytes) -> bool:
        """Replace a named graph by these N-Triples with one Graph Store PUT; False if the server has no Graph
        Store where it was looked for, or one that refuses this client (the caller then replaces it with an
        update)."""
        if self._graph_store:
            response = self._send(
                "PUT",
                self.endpoints.graph_store,
                triples,
                _N_TRIPLES,
                params={"graph": graph.value},
                ok=_NO_GRAPH_STORE,
            )
            self._graph_store = response.status_code not in _NO_GRAPH_STORE
        return self._graph_store

    def dump(self, format: ox.RdfFormat, prefixes: Mapping[str, str] | None = None) -> bytes | None:
        """Every graph, in a dataset format: as one Graph Store GET of the whole dataset where the server gives
        it (Oxigraph, Fuseki), or else read graph by graph through the Query protocol."""
        quads: Iterable[ox.Quad] | None = None
        if self._graph_store:
            response = self._send("GET", self.endpoints.graph_store, None, None, _N_QUADS, ok=_NO_GRAPH_STORE)
            if response.headers.get("content-type", "").startswith(_N_QUADS):
                quads = (quad for quad in ox.parse(response.content, ox.RdfFormat.N_QUADS) if isinstance(quad, ox.Quad))
        if quads is None:
            quads = (
                ox.Quad(row["s"], row["p"], row["o"], row["g"])
                for graph in list(self.named_graphs())
                for row in self._solutions(f"SELECT ?s ?p ?o ({graph} AS ?g) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
            )
        return ox.serialize(quads, format=format, prefixes=dict(prefixes or {}))

    def flush(self) -> None:
        """Nothing to do: the server made each update durable before it answered."""

    def close(self) -> None:
        self._client.close()


def insert_data(quads: Iterable[tuple[bytes, ox.NamedNode]]) -> Iterator[bytes]:
    """An INSERT DATA operation of N-Triples into named graphs, in parts (sent as they are, never joined into one
    copy): N-Triples lines are SPARQL triples as they are."""
    yield b"INSERT DATA {\n"
    for triples, graph in quads:
        if triples:
            yield f"GRAPH {graph} {{\n".encode()
            yield triples
            yield b"}\n"
    yield b"}"
