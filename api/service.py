"""The HTTP service: FastAPI routes that translate requests into calls of the query layer in graph/ and its
answers into JSON (shapes in shared/interface.md). No query is written here.

While it serves, the service holds a store directory read-only (a build cannot write under it, see graph.store),
so an answer, once computed, stays true: answers are kept (relationship answers and SPARQL answers alike, within a
memory budget), and the NetworkX projection is made once. A store on a SPARQL server may be written by builds
while services answer from it: there, answers are kept for a few seconds (GraphStore.generation).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from reformkg.api import examples
from reformkg.api.hosts import HostCheck
from reformkg.api.sparql_get import RequestKey, SparqlGet, request_key, response_headers
from reformkg.api.sparql_protocol import error_response, negotiate, query_of
from reformkg.graph import network, queries
from reformkg.graph.corpus import render_corpus
from reformkg.graph.pages import render_page
from reformkg.graph.projection import project
from reformkg.graph.reader import render_reader
from reformkg.graph.sparql import (
    Answer,
    AsyncQueryRunner,
    Limits,
    RequestDataset,
    SparqlError,
    known_query_form,
    query_form,
)
from reformkg.graph.store import GraphStore, Location

MAX_TEXT = 200  # characters in a name or search parameter
Name = Annotated[str, Query(min_length=1, max_length=MAX_TEXT)]
OptionalName = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT)]


class JSONBytes(Response):
    media_type = "application/json"


# An answer as kept: a relationship answer's JSON, or a SPARQL answer as its worker wrote it
Kept = bytes | Answer
# Kept answers take at most this much memory; a larger answer is computed each time it is asked for
KEPT_BYTES = 256 * 2**20
LARGEST_KEPT = 16 * 2**20


def _size(answer: Kept) -> int:
    return len(answer) if isinstance(answer, bytes) else len(answer.data)


class Answers:
    """What the service knows while it runs: the store, the SPARQL workers, the projection, kept answers."""

    def __init__(self, store: GraphStore, runner: AsyncQueryRunner, capacity: int = 4096) -> None:
        self.store = store
        self.runner = runner
        self._kept: OrderedDict[tuple[Any, ...], Kept] = OrderedDict()
        self._kept_bytes = 0
        self._capacity = capacity
        self._lock = threading.Lock()
        self._graph_lock = threading.Lock()  # apart: projecting takes long and must not block kept answers
        self._graph: nx.MultiDiGraph | None = None
        self._kept_generation = store.generation
        self._computing: dict[tuple[Any, ...], asyncio.Future[Kept]] = {}  # answers being computed, by key
        # GET /sparql requests seen answered → the key of their kept answer (api/sparql_get.py)
        self._requests: OrderedDict[RequestKey, tuple[Any, ...]] = OrderedDict()

    def _forget_if_stale(self) -> None:
        """Kept answers go when the store's generation changes (on a server's store, which builds write while
        services answer from it)."""
        generation = self.store.generation
        if generation != self._kept_generation:
            with self._lock, self._graph_lock:
                self._kept.clear()
                self._requests.clear()
                self._kept_bytes = 0
                self._graph = None
                self._kept_generation = generation

    async def json(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> JSONBytes:
        """A relationship answer as JSON (see `kept`)."""
        data = await self.kept(
            key, lambda: run_in_threadpool(lambda: json.dumps(compute(), ensure_ascii=False).encode("utf-8"))
        )
        assert isinstance(data, bytes)
        return JSONBytes(data)

    async def sparql(self, query: str, fmt: str, dataset: RequestDataset | None) -> Answer:
        """A SPARQL answer from a worker process (see `kept`); a query that fails is not kept."""
        answer = await self.kept(("sparql", query, fmt, dataset), lambda: self.runner.run(query, fmt, dataset))
        assert isinstance(answer, Answer)
        return answer

    def remember_request(self, request: RequestKey, key: tuple[Any, ...]) -> None:
        """`request` is answered by the answer kept under `key`, while it is kept."""
        with self._lock:
            self._requests[request] = key
            while len(self._requests) > self._capacity:
                self._requests.popitem(last=False)

    def kept_request(self, request: RequestKey) -> Answer | None:
        """The kept SPARQL answer to a request seen before, if it is still kept."""
        self._forget_if_stale()
        key = self._requests.get(request)
        answer = self._kept.get(key) if key is not None else None
        return answer if isinstance(answer, Answer) else None

    async def kept(self, key: tuple[Any, ...], compute: Callable[[], Awaitable[Kept]]) -> Kept:
        """The kept answer to `key`, or compute it (in a worker thread or process: queries block) and keep it.
        Requests that ask for the same answer while it is computed wait for that one computation: on a fresh
        service, or when a server's store lets answers go, a burst of the same request would otherwise compute it
        once each."""
        self._forget_if_stale()
        with self._lock:
            data = self._kept.get(key)
        if data is not None:
            return data
        computing = self._computing.get(key)
        if computing is None:
            computing = asyncio.ensure_future(self._compute(key, compute))
            self._computing[key] = computing
            computing.add_done_callback(lambda _: self._computing.pop(key, None))
        # shielded: a client that goes away stops waiting, not the computation others wait for
        return await asyncio.shield(computing)

    async def _compute(self, key: tuple[Any, ...], compute: Callable[[], Awaitable[Kept]]) -> Kept:
        data = await compute()
        if _size(data) > LARGEST_KEPT:
            return data
        with self._lock:
            self._kept[key] = data
            self._kept_bytes += _size(data)
            while len(self._kept) > self._capacity or self._kept_bytes > KEPT_BYTES:
                _, dropped = self._kept.popitem(last=False)
                self._kept_bytes -= _size(dropped)
        return data

    @property
    def graph(self) -> nx.MultiDiGraph:
        self._forget_if_stale()
        with self._graph_lock:
            if self._graph is None:
                self._graph = project(self.store)
            return self._graph


def create_app(
    store_dir: Location,
    *,
    limits: Limits | None = None,
    sparql_workers: int = 2,
    holder: str | None = None,
    hosts: frozenset[str] | None = None,
) -> FastAPI:
    """The service over the store at `store_dir`, which must exist (`reformkg serve` builds it first); `holder`
    names it to a build that the store's lock refuses. It answers requests for the host names in `hosts` alone
    (None: any, for an app mounted behind a proxy that checks them)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = GraphStore.open(store_dir, read_only=True, holder=holder)
        runner = AsyncQueryRunner(store_dir, workers=sparql_workers, limits=limits, holder=holder)
        app.state.answers = Answers(store, runner)
        try:
            yield
        finally:
            runner.close()
            store.close()

    app = FastAPI(
        docs_url=None,  # served by _add_docs_routes from local copies: the stock page loads Swagger UI from a CDN
        title="reformkg",
        version="0.1.0",
        summary="Knowledge graphs of Chinese court-reform documents: relationship queries, SPARQL, graph pages.",
        lifespan=lifespan,
    )
    app.add_middleware(SparqlGet)  # inside the host check: the last added runs first
    if hosts is not None:
        app.add_middleware(HostCheck, hosts=hosts)
    _add_error_handlers(app)
    _add_query_routes(app)
    _add_sparql_route(app)
    _add_page_routes(app)
    _add_docs_routes(app)
    return app


def _answers(request: Request) -> Answers:
    answers: Answers = request.app.state.answers
    return answers


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(queries.NotFound)
    async def not_found(request: Request, error: queries.NotFound) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=404)

    @app.exception_handler(queries.QueryError)
    async def bad_query(request: Request, error: queries.QueryError) -> JSONResponse:
        return JSONResponse({"detail": str(error)}, status_code=400)

    @app.exception_handler(SparqlError)
    async def bad_sparql(request: Request, error: SparqlError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, error: RequestValidationError) -> JSONResponse:
        # the default handler echoes the input back; a hostile string need not travel twice
        problems = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in error.errors()
        ]
        return JSONResponse({"detail": problems}, status_code=422)


def _add_query_routes(app: FastAPI) -> None:
    @app.get("/health", summary="Liveness and what the store holds", responses=examples.HEALTH)
    async def health(request: Request) -> Response:
        answers = _answers(request)
        return await answers.json(("health",), lambda: {"status": "ok", "quads": len(answers.store)})

    @app.get("/documents", summary="The documents in the store", responses=examples.DOCUMENTS)
    async def documents(request: Request) -> Response:
        answers = _answers(request)
        return await answers.json(("documents",), lambda: queries.documents(answers.store))

    @app.get("/items", summary="Work points, or those that involve a name", responses=examples.ITEMS)
    async def items(
        request: Request,
        involves: Annotated[OptionalName, Query(description="an entity, alias or place (深圳 finds 深圳中院)")] = None,
        document: Annotated[OptionalName, Query(description="a document id or number")] = None,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(
            ("items", involves, document), lambda: queries.items(answers.store, involves=involves, document=document)
        )

    @app.get(
        "/ledger",
        summary="The ledger (台账): who leads each work point, who takes part, by when",
        responses=examples.LEDGER,
    )
    async def ledger(
        request: Request,
        document: Annotated[OptionalName, Query(description="a document id, number or id prefix")] = None,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(("ledger", document), lambda: queries.ledger(answers.store, document=document))

    @app.get(
        "/compare",
        summary="Mechanisms continued, new and dropped between two documents, by concept",
        responses=examples.COMPARE,
    )
    async def compare(
        request: Request,
        a: Annotated[Name, Query(description="the earlier document: id, number or id prefix")],
        b: Annotated[Name, Query(description="the later document")],
    ) -> Response:
        answers = _answers(request)
        return await answers.json(("compare", a, b), lambda: queries.compare(answers.store, a, b))

    @app.get(
        "/timeline",
        summary="Every document and item that names a concept (or a narrower one), by date",
        responses=examples.TIMELINE,
    )
    async def timeline(
        request: Request, concept: Annotated[Name, Query(description="a concept: 司法责任制, 繁简分流 …")]
    ) -> Response:
        answers = _answers(request)
        return await answers.json(("timeline", concept), lambda: queries.timeline(answers.store, concept))

    @app.get("/pilots", summary="Pilots and where they run", responses=examples.PILOTS)
    async def pilots(
        request: Request,
        at: Annotated[OptionalName, Query(description="a place or court")] = None,
        document: Annotated[OptionalName, Query(description="a document id or number")] = None,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(
            ("pilots", at, document), lambda: queries.pilots(answers.store, at=at, document=document)
        )

    @app.get("/entities", summary="Entities by type, place and text", responses=examples.ENTITIES)
    async def entities(
        request: Request,
        type: Annotated[OptionalName, Query(description="机制 法院 试点 地区 机构 规范性文件")] = None,
        in_: Annotated[OptionalName, Query(alias="in", description="a place they lie in")] = None,
        q: Annotated[OptionalName, Query(description="text in a label or alias")] = None,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(
            ("entities", type, in_, q), lambda: queries.entities(answers.store, type=type, in_=in_, q=q)
        )

    @app.get("/entities/{id:path}", summary="One entity by IRI, label or alias", responses=examples.ENTITY)
    async def entity(request: Request, id: str) -> Response:
        if not id or len(id) > 4 * MAX_TEXT:
            raise HTTPException(404, "no such entity")
        answers = _answers(request)
        return await answers.json(("entity", id), lambda: queries.entity(answers.store, id))

    @app.get("/relations", summary="Relations with their evidence", responses=examples.RELATIONS)
    async def relations(
        request: Request,
        predicate: Annotated[OptionalName, Query(description="a property's label: 推动, 试点于 …")] = None,
        document: Annotated[OptionalName, Query(description="a document id or number")] = None,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(
            ("relations", predicate, document),
            lambda: queries.relations(answers.store, predicate=predicate, document=document),
        )

    @app.get("/paths", summary="Shortest connections between two entities", responses=examples.PATHS)
    async def paths(
        request: Request,
        source: Annotated[Name, Query(alias="from", description="an entity, alias or IRI")],
        target: Annotated[Name, Query(alias="to", description="an entity, alias or IRI")],
    ) -> Response:
        answers = _answers(request)
        return await answers.json(("paths", source, target), lambda: network.paths(answers.store, source, target))

    @app.get("/neighbours", summary="What lies within 1–3 hops of an entity", responses=examples.NEIGHBOURS)
    async def neighbours(
        request: Request,
        entity: Annotated[Name, Query(description="an entity, alias or IRI")],
        depth: Annotated[int, Query(ge=1, le=network.MAX_DEPTH)] = 1,
    ) -> Response:
        answers = _answers(request)
        return await answers.json(
            ("neighbours", entity, depth), lambda: network.neighbours(answers.store, entity, depth)
        )


def _add_sparql_route(app: FastAPI) -> None:
    async def sparql(request: Request) -> Response:
        query, dataset = await query_of(request)
        # parsing a query takes milliseconds (rdflib's parser): not on the event loop, unless it was parsed before
        form = known_query_form(query)
        if form is None:
            form = await run_in_threadpool(query_form, query)
        fmt = negotiate(form, request.headers.get("accept"), request.query_params.get("format"))
        answers = _answers(request)
        answer = await answers.sparql(query, fmt, dataset)
        if request.method == "GET":
            answers.remember_request(request_key(request.scope), ("sparql", query, fmt, dataset))
        return Response(answer.data, headers=response_headers(form, fmt, answer.truncated))

    for method, extra in ((app.get, examples.SPARQL_GET), (app.post, examples.SPARQL_POST)):
        method(
            "/sparql",
            summary="SPARQL 1.1 Protocol endpoint (read-only, time-limited, capped)",
            description=examples.SPARQL_DESCRIPTION,
            responses=examples.SPARQL,
            openapi_extra=extra,
        )(sparql)


def _add_page_routes(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/corpus")

    @app.get(
        "/corpus",
        summary="The documents, and which mechanisms each pushes",
        response_class=HTMLResponse,
        responses=examples.CORPUS,
    )
    async def corpus(request: Request) -> HTMLResponse:
        return HTMLResponse(await run_in_threadpool(render_corpus, _answers(request).store))

    @app.get("/graph", summary="Interactive graph page", response_class=HTMLResponse, responses=examples.GRAPH)
    def graph_page(
        request: Request,
        document: Annotated[OptionalName, Query(description="a document id or number (with item)")] = None,
        item: Annotated[int | None, Query(ge=1, le=100_000, description="a work point's ordinal")] = None,
        entity: Annotated[OptionalName, Query(description="an entity whose neighbourhood to draw")] = None,
        depth: Annotated[int, Query(ge=1, le=network.MAX_DEPTH)] = 1,
    ) -> HTMLResponse:
        answers = _answers(request)
        view = network.page_view(
            answers.store, lambda: answers.graph, document=document, item=item, entity=entity, depth=depth
        )
        return HTMLResponse(
            render_page(
                view.graph, title=view.title, highlight=view.highlight, items_route="/items", overview=view.overview
            )
        )

    @app.get(
        "/documents/{document}/view",
        summary="A document to read, with what was extracted from it highlighted",
        response_class=HTMLResponse,
        responses=examples.READER,
    )
    async def reader(
        request: Request, document: Annotated[str, Path(min_length=1, max_length=MAX_TEXT)]
    ) -> HTMLResponse:
        answers = _answers(request)
        return HTMLResponse(await run_in_threadpool(render_reader, answers.store, document))


SWAGGER_ASSETS = {  # Swagger UI 5 as packaged by fastapi-swagger, served from here so /docs works offline
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui.css": "text/css",
    "favicon-32x32.png": "image/png",
}


def _add_docs_routes(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="reformkg — API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
        )

    @app.get("/docs-assets/{name}", include_in_schema=False)
    async def docs_asset(name: str) -> Response:
        if name not in SWAGGER_ASSETS:
            raise HTTPException(404, "no such file")
        data = resources.files("fastapi_swagger").joinpath("resources", name).read_bytes()
        return Response(data, media_type=SWAGGER_ASSETS[name], headers={"Cache-Control": "max-age=86400"})
