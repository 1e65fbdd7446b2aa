"""Read-only SPARQL with limits: queries only (never updates), no SERVICE (which would make the server fetch
arbitrary addresses), the project's prefixes predeclared, a cap on the size of an answer, and a time limit.

Oxigraph cannot cancel a running query, so a query with a time limit runs in a worker process that is killed
when the limit passes (`QueryRunner`, and `AsyncQueryRunner` for an event loop). `answer()` is the same work
without the time limit, for callers that run in their own process (a notebook).
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import queue
import re
import resource
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from pyparsing import ParseException
from rdflib import Variable
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

from reformkg.graph import results
from reformkg.graph.store import GraphStore, Location, StoreError
from reformkg.graph.vocabulary import SPARQL_PROLOGUE

# the formats an answer of each form can be written in (graph/results.py writes them)
RESULT_FORMATS = ("json", "xml", "csv", "tsv")
GRAPH_FORMATS = tuple(results.GRAPH_FORMATS)
FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


@dataclass(frozen=True)
class Limits:
    seconds: float = 10.0
    rows: int = 10_000  # solutions of a SELECT, triples of a CONSTRUCT/DESCRIBE
    # the data a query worker may hold (its heap, RLIMIT_DATA); an idle worker holds about 110 MB, so with two
    # workers the service's queries never take more than about a gigabyte, whatever clients send
    memory_mb: int = 512


@dataclass(frozen=True)
class Answer:
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    format: str
    data: bytes
    truncated: bool  # the answer had more than Limits.rows rows and was cut there


class SparqlError(ValueError):
    """A query that is malformed, not allowed (updates, SERVICE), too slow, or cannot be answered now."""

    def __init__(
        self,
        message: str,
        *,
        forbidden: bool = False,
        timeout: bool = False,
        busy: bool = False,
        too_large: bool = False,
    ) -> None:
        super().__init__(message)
        self.forbidden = forbidden
        self.timeout = timeout
        self.busy = busy
        self.too_large = too_large


# rdflib's parser (pyparsing) keeps state of its own while it parses and is not safe to run in two threads at
# once: on a fresh server, concurrent first parses failed with errors from inside pyparsing. One at a time.
_PARSER = threading.Lock()
# Kept answers of the check: tools and dashboards repeat their queries. Only short queries are kept, so that the
# cache stays small whatever clients send (a cap on entries alone let long queries take a gigabyte).
_CACHED_QUERY_LENGTH = 4096
_CACHED_QUERIES = 1024
_SHAPES: dict[str, Shape] = {}  # only refused queries are not kept: a refusal is an exception
_SHAPES_LOCK = threading.Lock()


@dataclass(frozen=True)
class Shape:
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    names_dataset: bool  # the query says which graphs it reads (FROM, FROM NAMED)


# The SPARQL dataset a request names with the protocol's default-graph-uri and named-graph-uri: (default graphs,
# named graphs). It replaces the query's own FROM and FROM NAMED.
RequestDataset = tuple[tuple[str, ...], tuple[str, ...]]


def query_form(query: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; refuses what the endpoint does not run."""
    return query_shape(query).form


def query_shape(query: str) -> Shape:
    shape = _SHAPES.get(query) or _evident_shape(query)
    if shape is None:
        shape = _shape(query)
        if len(query) <= _CACHED_QUERY_LENGTH:
            with _SHAPES_LOCK:
                _SHAPES[query] = shape
                while len(_SHAPES) > _CACHED_QUERIES:
                    del _SHAPES[next(iter(_SHAPES))]  # the oldest
    return shape


def known_query_form(query: str) -> str | None:
    """The form of a query checked before or evident from its text (at once, without parsing), else None."""
    shape = _SHAPES.get(query) or _evident_shape(query)
    return None if shape is None else shape.form


# What may come before a query's form: comments and prefix and base declarations (a SPARQL 1.1 Prologue)
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_PROLOGUE = re.compile(rf"(?:\s+|#[^\n\r]*|(?i:base)\s*{_IRI}|(?i:prefix)\s+[^\s:<>#]*:\s*{_IRI})*")
_FORM = re.compile(r"(select|ask|construct|describe)(?![\w:-])", re.IGNORECASE)
# Words that may change what a query reads (FROM, SERVICE), and the codepoint escapes that could spell any word:
# a query holding one anywhere, even in a string, is parsed
_PARSE_WHEN = re.compile(r"from|service|\\u", re.IGNORECASE)


def _evident_shape(query: str) -> Shape | None:
    """The shape of a query that plainly reads the store: its prologue is followed by a query form, and it names
    neither graphs nor other services. Parsing it first (rdflib's parser takes milliseconds) would cost a query
    asked once, as most analysts' queries are, far more than the engine's answer; the engine, which parses it
    anyway, says whether it is well formed. Any other query is parsed: None."""
    if len(query) > _CACHED_QUERY_LENGTH or _PARSE_WHEN.search(query):
        return None
    form = _FORM.match(query, _PROLOGUE.match(query).end())  # type: ignore[union-attr]
    return None if form is None else Shape(form.group(1).upper(), names_dataset=False)


def _shape(query: str) -> Shape:
    text = SPARQL_PROLOGUE + query
    try:
        with _PARSER:
            tree = parseQuery(text)
    except ParseException as error:
        if _is_update(text):
            raise SparqlError("updates are not allowed: the endpoint is read-only", forbidden=True) from None
        raise SparqlError(f"malformed SPARQL query: {error}") from None
    except Exception as error:  # the parser's own failures on odd input (deep nesting, bad escapes …)
        raise SparqlError(f"malformed SPARQL query: {error}") from None
    if "ServiceGraphPattern" in repr(tree):
        raise SparqlError("SERVICE is not allowed: the endpoint does not fetch other addresses", forbidden=True)
    return Shape(FORMS[tree[1].name], "datasetClause" in tree[1])  # (.get() answers the key itself when absent)


def _is_update(text: str) -> bool:
    try:
        with _PARSER:
            parseUpdate(text)
    except Exception:
        return False
    return True


def formats_for(form: str) -> tuple[str, ...]:
    if form == "ASK":  # a yes/no answer has no table to write as CSV or TSV
        return tuple(results.BOOLEAN_FORMATS)
    return RESULT_FORMATS if form == "SELECT" else GRAPH_FORMATS


def form_answerable_as(query: str, fmt: str) -> str:
    """The query's form, once it is known that an answer of that form can be written as `fmt`."""
    form = query_form(query)
    if fmt not in formats_for(form):
        raise SparqlError(f"a {form} query cannot be answered as {fmt!r}; one of {', '.join(formats_for(form))}")
    return form


def answer(
    store: GraphStore, query: str, fmt: str, rows: int = Limits.rows, dataset: RequestDataset | None = None
) -> Answer:
    """The query's answer serialised in `fmt`, cut at `rows` rows; no time limit.

    It runs over the union of every graph, unless the request (`dataset`) or the query (FROM, FROM NAMED) names
    the graphs to read, as the SPARQL 1.1 Protocol has it: then over those alone, one graph per document."""
    form = form_answerable_as(query, fmt)
    if dataset is None and query_shape(query).names_dataset:
        dataset = ((), ())

    def execute() -> results.Answer:
        return store.execute(SPARQL_PROLOGUE + query, dataset=dataset)

    try:
        data, truncated = results.write(execute(), fmt, rows, again=execute)
    except SyntaxError as error:  # the engine's parser (see _evident_shape)
        raise _malformed(error) from None
    except (ValueError, RuntimeError, OSError) as error:
        raise SparqlError(f"query failed: {error}") from None
    return Answer(form, fmt, data, truncated)


def select(store: GraphStore, query: str, rows: int = Limits.rows) -> tuple[list[str], list[dict[str, Any]]]:
    """A SELECT's variables and rows as Python values, for notebooks and DataFrames."""
    if query_form(query) != "SELECT":
        raise SparqlError("only SELECT queries give rows")
    try:
        result = store.query(SPARQL_PROLOGUE + query)
    except SyntaxError as error:  # the engine's parser (see _evident_shape)
        raise _malformed(error) from None
    names = [str(v) for v in result.vars or []]
    return names, [
        {name: _python(row.get(Variable(name))) for name in names}  # type: ignore[union-attr]
        for row in itertools.islice(result, rows)
    ]


def _malformed(error: SyntaxError) -> SparqlError:
    """The engine's message, its position counted in the user's query, not in the prefixes written before it."""
    before = SPARQL_PROLOGUE.count("\n")
    message = re.sub(r"(?<=error at )(\d+)(?=:\d+)", lambda m: str(max(1, int(m.group(1)) - before)), str(error))
    return SparqlError(f"malformed SPARQL query: {message}")


def _python(term: Any) -> Any:
    return None if term is None else (term.toPython() if hasattr(term, "toPython") else str(term))


# -- time limits: worker processes ----------------------------------------------------------------------------


class _Worker:
    def __init__(self, path: Location, rows: int, memory_mb: int, holder: str | None = None) -> None:
        context = multiprocessing.get_context("spawn")  # no fork: the parent holds database handles and threads
        self.connection, child = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_work, args=(path, rows, memory_mb, holder, child), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, seconds: float) -> None:
        if self.ready:
            return
        if not self.connection.poll(seconds):
            raise SparqlError("the query worker did not start in time")
        status, message = self.connection.recv()
        if status != "ready":
            raise StoreError(message)
        self.ready = True

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


def _memory_message(memory_mb: int) -> str:
    return (
        f"the query needed more than the {memory_mb} MB of memory a query may use (a cross product, a sort of "
        "everything?); narrow it or add a LIMIT"
    )


def _work(path: Location, rows: int, memory_mb: int, holder: str | None, connection: Connection) -> None:
    """A worker's life: open the store read-only, then answer (query, format) pairs until told to stop, never
    holding more than `memory_mb` of data: a query that needs more fails (the engine aborts the worker)."""
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    try:
        store = GraphStore.open(path, read_only=True, holder=holder)
    except StoreError as error:
        connection.send(("failed", str(error)))
        return
    connection.send(("ready", ""))
    with store:
        while True:
            try:
                request = connection.recv()
            except EOFError:
                return
            if request is None:
                return
            query, fmt, dataset = request
            try:
                connection.send(("ok", answer(store, query, fmt, rows, dataset)))
            except SparqlError as error:
                connection.send(("error", (str(error), error.forbidden)))
            except MemoryError:
                connection.send(("error", (_memory_message(memory_mb), False)))
            except Exception as error:  # an engine failure on one query must not end the worker
                connection.send(("error", (f"query failed: {type(error).__name__}: {error}", False)))


class _Runner:
    """What both runners share: the workers on the store at `path`, and how a worker's reply or failure is told."""

    _idle: Any  # the idle workers: a queue.Queue, or an asyncio.Queue for an event loop

    def __init__(
        self, path: Location, workers: int = 2, limits: Limits | None = None, holder: str | None = None
    ) -> None:
        """`holder`: who the workers hold the store for, as a refused writer is told (by default, as the
        process that starts them names itself; a service names itself with its address)."""
        self.path = path
        self.holder = holder
        self.limits = limits or Limits()
        self._all: list[_Worker] = []
        self._closed = False
        self._idle = self._idle_queue()
        for _ in range(workers):
            self._idle.put_nowait(self._new_worker())

    def _idle_queue(self) -> Any:
        raise NotImplementedError

    def _new_worker(self) -> _Worker:
        worker = _Worker(self.path, self.limits.rows, self.limits.memory_mb, self.holder)
        self._all.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """A worker that failed or overran is killed; a new one joins the idle (unless the runner closes)."""
        worker.kill()
        self._all.remove(worker)
        if not self._closed:
            self._idle.put_nowait(self._new_worker())

    def _busy(self) -> SparqlError:
        return SparqlError("every query worker is busy; try again shortly", busy=True)

    def _timeout(self) -> SparqlError:
        return SparqlError(
            f"the query ran longer than the time limit of {self.limits.seconds:g} s; narrow it or add a LIMIT",
            timeout=True,
        )

    def _died(self) -> SparqlError:
        # a worker dies on a query when the engine cannot allocate within the worker's memory limit
        return SparqlError(_memory_message(self.limits.memory_mb), too_large=True)

    @staticmethod
    def _answer(reply: tuple[str, Any]) -> Answer:
        status, payload = reply
        if status == "error":
            message, forbidden = payload
            raise SparqlError(message, forbidden=forbidden)
        result: Answer = payload
        return result

    def close(self) -> None:
        self._closed = True
        for worker in self._all:
            with contextlib.suppress(OSError):  # a worker that already died has nothing to stop
                worker.connection.send(None)
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()
        self._all.clear()


class QueryRunner(_Runner):
    """Answers read-only queries on the store at `path` in worker processes, each query within the time limit;
    a worker whose query runs out of time is killed and replaced. For callers that block (the command line)."""

    _idle: queue.Queue[_Worker]

    def _idle_queue(self) -> queue.Queue[_Worker]:
        return queue.Queue()

    def run(self, query: str, fmt: str, dataset: RequestDataset | None = None) -> Answer:
        form_answerable_as(query, fmt)  # refuse bad queries here, without using a worker
        try:
            worker = self._idle.get(timeout=self.limits.seconds)
        except queue.Empty:
            raise self._busy() from None
        try:
            worker.wait_ready(60)
            worker.connection.send((query, fmt, dataset))
            reply = worker.connection.recv() if worker.connection.poll(self.limits.seconds) else None
        except (EOFError, OSError, SparqlError, StoreError) as error:
            self._replace(worker)
            if isinstance(error, SparqlError | StoreError):
                raise
            raise self._died() from None
        if reply is None:
            self._replace(worker)
            raise self._timeout()
        self._idle.put_nowait(worker)
        return self._answer(reply)

    def __enter__(self) -> QueryRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncQueryRunner(_Runner):
    """`QueryRunner` for an event loop (the service): a request waits for its worker's reply without a thread of
    its own, so that a cheap query costs about what the engine takes, not a thread's hand-over twice over."""

    _idle: asyncio.Queue[_Worker]

    def _idle_queue(self) -> asyncio.Queue[_Worker]:
        return asyncio.Queue()

    async def run(self, query: str, fmt: str, dataset: RequestDataset | None = None) -> Answer:
        """The answer; the query must have been checked (`form_answerable_as`) by the caller."""
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.limits.seconds)
        except TimeoutError:
            raise self._busy() from None
        try:
            if not worker.ready:
                await _readable(worker.connection, 60)
                worker.wait_ready(0)
            worker.connection.send((query, fmt, dataset))
            await _readable(worker.connection, self.limits.seconds)
            reply = worker.connection.recv()
        except TimeoutError:
            self._replace(worker)
            raise self._timeout() from None
        except (EOFError, OSError, SparqlError, StoreError) as error:
            self._replace(worker)
            if isinstance(error, SparqlError | StoreError):
                raise
            raise self._died() from None
        except BaseException:  # cancelled while the worker answers: its reply would be read by the next request
            self._replace(worker)
            raise
        self._idle.put_nowait(worker)
        return self._answer(reply)


async def _readable(connection: Connection, seconds: float) -> None:
    """Wait until the worker at the other end of `connection` has written (or gone away), at most `seconds`."""
    loop = asyncio.get_running_loop()
    readable: asyncio.Future[None] = loop.create_future()

    def wake() -> None:
        if not readable.done():
            readable.set_result(None)

    loop.add_reader(connection.fileno(), wake)
    try:
        await asyncio.wait_for(readable, seconds)
    finally:
        loop.remove_reader(connection.fileno())
        # uvloop (libuv) leaves a watched descriptor non-blocking: a long reply, still being written, would then
        # be cut short by EAGAIN (it was taken for a worker that died) and a long query could not be sent whole
        os.set_blocking(connection.fileno(), True)
