"""The graph store: one named graph per document, held by Oxigraph on disk (embedded) or by a SPARQL 1.1 server
(`--store URL`, graph/remote.py), and seen by users as an rdflib Dataset.

Oxigraph answers SPARQL 10–1,800× faster than rdflib's own engine on 200k triples and loads 7× faster
(measured on the project's 2-core machine, see README), so it holds the data; users still see rdflib.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import functools
import io
import itertools
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, TypeVar, cast

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Identifier, Node

from reformkg.graph.remote import ServerError, SparqlServer, insert_data, is_url
from reformkg.graph.vocabulary import (
    ENTITIES_GRAPH,
    PREFIXES,
    RK,
    SPARQL_PROLOGUE,
    ontology_graph,
    thesaurus_graph,
)

DEFAULT_STORE = "./reformkg-data"
LOCK_FILE = "reformkg.lock"


T = TypeVar("T")


class StoreError(Exception):
    """The store cannot be opened or used; the message says why and what to do."""


# Where a store is: a directory (the embedded database) or the URL of a SPARQL server.
Location = Path | str


def store_location(path: str | os.PathLike[str] | None = None) -> Location:
    given = os.fspath(path or os.environ.get("REFORMKG_STORE") or DEFAULT_STORE)
    return given if is_url(given) else Path(given)


def store_exists(location: Location) -> bool:
    """Whether there is a store to read: a server always holds one (empty or not)."""
    return isinstance(location, str) or (location / "CURRENT").exists()


class GraphStore:
    """Open with `GraphStore.open(path)`; use as a context manager so the database is released."""

    def __init__(
        self, inner: ox.Store | SparqlServer, path: Location | None, read_only: bool, lock: int | None = None
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._inner = inner
        self._lock = lock
        self._holder_file: Path | None = None
        self._memo: dict[str, Any] = {}
        self._writes = 0  # through this object
        self._memo_generation = self.generation
        self._dataset: Dataset | None = None

    @property
    def generation(self) -> tuple[int, int]:
        """Changes whenever what was computed from the store may no longer hold: at each write through this
        object, and on a server's store, which other processes may write while this one reads it, every
        SERVER_KEEP_SECONDS. (A store on disk is written by one process at a time while no other reads it.)"""
        period = int(time.monotonic() // SERVER_KEEP_SECONDS) if isinstance(self._inner, SparqlServer) else 0
        return self._writes, period

    @property
    def dataset(self) -> Dataset:
        """The store as an rdflib Dataset (its default graph the union of all graphs), made when first asked for."""
        if self._dataset is None:
            if isinstance(self._inner, SparqlServer):
                from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

                endpoints = self._inner.endpoints
                union = {"union-default-graph": ""} if self._inner.oxigraph else {}  # (see SparqlServer.query)
                store: Any = SPARQLUpdateStore(endpoints.query, endpoints.update, method="POST", params=union)
            else:
                store = OxigraphStore(store=self._inner)
            self._dataset = Dataset(store=store, default_union=True)
            for prefix, namespace in PREFIXES.items():
                self._dataset.bind(prefix, namespace)
        return self._dataset

    @classmethod
    def open(
        cls, path: str | os.PathLike[str] | None = None, *, read_only: bool = False, holder: str | None = None
    ) -> GraphStore:
        """`holder` says who holds the store (shown to a process the lock refuses); by default, this process's
        command line. A URL opens the store on that SPARQL server, which needs no lock: it applies each write as
        one transaction while it answers others."""
        location = store_location(path)
        if isinstance(location, str):
            try:
                return cls(SparqlServer(location), location, read_only)
            except (ServerError, ValueError) as error:
                raise StoreError(f"cannot open the graph store at {location}: {error}") from error
        if read_only and not (location / "CURRENT").exists():
            raise StoreError(f"no graph store at {location}: run `reformkg build` first (or pass --store)")
        lock = None
        try:
            location.mkdir(parents=True, exist_ok=True)
            lock = _lock(location, exclusive=not read_only)
            inner = ox.Store.read_only(str(location)) if read_only else ox.Store(str(location))
        except OSError as error:
            if lock is not None:
                os.close(lock)
            raise StoreError(f"cannot open the graph store at {location}: {error}") from error
        store = cls(inner, location, read_only, lock)
        store._holder_file = _register_holder(location, holder or default_holder(), read_only)
        if store._interrupted_writes():
            if not read_only:
                store._drop_interrupted_writes()
            else:  # a reader must not see them: the writer's lock, briefly, to clear them first
                store.close()
                with cls.open(location, holder=holder):
                    pass
                return cls.open(location, read_only=True, holder=holder)
        return store

    @classmethod
    def in_memory(cls) -> GraphStore:
        return cls(ox.Store(), None, False)

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            self._inner.flush()
        # Oxigraph releases the database (and RocksDB's own lock) only when its last reference goes: the rdflib
        # store holds one too, inside cycles that only a full collection would find, so it drops it here.
        if self._dataset is not None:
            self._dataset.close()
        if isinstance(self._inner, SparqlServer):
            self._inner.close()
        del self._inner, self._dataset
        if self._holder_file is not None:
            self._holder_file.unlink(missing_ok=True)
            self._holder_file = None
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the lock
            self._lock = None

    # -- writing --------------------------------------------------------------------------------------------

    def replace_graph(self, graph: Graph, replaces: Iterable[URIRef] = ()) -> None:
        """Replace the named graph `graph.identifier` by `graph`, and drop the graphs it `replaces` (earlier
        versions of the same document), in one transaction: if anything fails, the old triples all stay."""
        self._writes += 1
        if self.read_only:
            raise StoreError("the store is open read-only")
        name = ox.NamedNode(str(graph.identifier))
        if isinstance(self._inner, SparqlServer) and not replaces:
            with _server_errors(self.path):
                if self._inner.put_graph(name, ntriples(graph)):  # the Graph Store protocol's replacement
                    return
        drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(str(older))} ;\n" for older in replaces)
        payload = "\n".join(f"{_ox(s)} {_ox(p)} {_ox(o)} ." for s, p, o in graph)
        with _server_errors(self.path):
            self._inner.update(f"{drops}DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{payload}\n}} }}")

    def replace_documents(self, writes: Sequence[DocumentWrite]) -> None:
        """Write each document's own triples into its graph and its entities' facts into the entities graph,
        and drop the graphs each `replaces` (its own earlier build, earlier versions of the same document), so
        that whenever the process dies — killed, out of memory, out of disk — the store holds of every document
        either all of the old or all of the new, and in the entities graph exactly the facts that the documents
        it holds support.

        Each document's new triples go into a graph of their own (its other slot: <doc> or <doc>#b), marked as
        pending by a first small transaction; one last transaction drops the old graphs and the marks, and the
        entity facts that no document supports any more. A pending graph left by a process that died before
        the end — whole or in part — lives only until the next process opens the store, which clears it, and
        the facts it alone supported, before anything reads them. So the triples themselves need no transaction:
        Oxigraph's bulk loader writes them, all the documents of a batch in one go (each load writes files of
        its own, which one load for many documents keeps few)."""
        self._writes += 1
        if self.read_only:
            raise StoreError("the store is open read-only")
        names: list[ox.NamedNode] = []
        olds: dict[ox.NamedNode, None] = {}
        remote = isinstance(self._inner, SparqlServer)
        for write in writes:
            slots = [ox.NamedNode(str(write.document)), ox.NamedNode(f"{write.document}#b")]
            current = [slot for slot in slots if self._inner.contains_named_graph(slot)]
            # a server's write, one transaction, replaces the document's graph in place: it needs no other slot
            name = slots[0] if remote else next(slot for slot in slots if slot not in current)
            names.append(name)
            olds.update((old, None) for old in (*current, *map(ox.NamedNode, map(str, write.replaces))) if old != name)
        parts = [
            (part, graph)
            for name, write in zip(names, writes, strict=True)
            for part, graph in ((write.triples, name), (write.shared, _ENTITIES))
        ]
        affected = self._entities_of([*olds, *(names if remote else ())])
        if isinstance(self._inner, SparqlServer):
            # A server's readers go on reading while this writes: one update request, one transaction, in which
            # no graph is ever seen half written
            drops = "".join(f"DROP SILENT GRAPH {graph} ;\n" for graph in (*olds, *names))
            with _server_errors(self.path):
                after = f" ;\n{_unsupported_facts(affected)}"
                self._inner.update([f"{SPARQL_PROLOGUE}{drops}".encode(), *insert_data(parts), after.encode()])
            return
        marks = [ox.Quad(name, _PENDING, _TRUE, name) for name in names]
        drops = "".join(f"DROP SILENT GRAPH {graph} ;\n" for graph in olds)
        unmark = " ".join(f"GRAPH {name} {{ {name} {_PENDING} {_TRUE} }}" for name in names)
        try:
            self._inner.extend(marks)
            # N-Triples lines end with " .\n" (a literal's newline is escaped): naming the graph there makes
            # N-Quads. The loader reads them from a file (unnamed, on the store's own disk), so this process never
            # holds the batch's quads whole.
            with tempfile.TemporaryFile(dir=self.path) as batch:
                for part, graph in parts:
                    batch.write(part.replace(b" .\n", f" {graph} .\n".encode()))
                batch.seek(0)
                # lenient: the loader skips checking the IRIs again, which pyoxigraph checked when ntriples() made
                # them its terms (on 2M quads in batches of 100k: 25 s where checking took 35)
                self._inner.bulk_load(batch, format=ox.RdfFormat.N_QUADS, lenient=True)
            self._inner.update(f"{SPARQL_PROLOGUE}{drops}DELETE DATA {{ {unmark} }} ;\n{_unsupported_facts(affected)}")
            _give_back_memory()
        except OSError as error:
            with contextlib.suppress(OSError):  # take back the new graphs now; failing that, the next opening will
                self._drop_graphs(names)
            full = "No space left" in str(error) or getattr(error, "errno", None) == errno.ENOSPC
            reason = "the disk that holds it is full" if full else str(error)
            which = writes[0].document if len(writes) == 1 else f"{len(writes)} documents ({writes[0].document} …)"
            raise StoreError(
                f"could not write {which} to the graph store at {self.path}: {reason}; the store holds what it "
                "held before (a write left half done is cleared the next time the store is opened)"
            ) from error

    def optimize(self) -> None:
        """Compact the store's files after a batch of writes, as pyoxigraph advises: each bulk load leaves files of
        its own, and a look-up reads every one that may hold its key (on 2,000 documents, before and after: 110
        and 30 µs a triple; `items --involves` 1.3 and 0.47 s). Compacting changes no quad, and a process killed
        while compacting leaves the store as it was; a server compacts its own files."""
        if isinstance(self._inner, SparqlServer) or self.read_only:
            return
        with contextlib.suppress(OSError):  # a full disk: the store stays as written, only slower to read
            self._inner.optimize()

    def _entities_of(self, graphs: list[ox.NamedNode]) -> list[ox.NamedNode] | None:
        """The entities that documents' graphs name (their facts are the ones a replacement may leave without
        support); None, for every entity, when there are so many that one sweep of all is the cheaper."""
        found: dict[ox.NamedNode, None] = {}
        for graph in graphs:
            for quad in self._inner.quads_for_pattern(None, _MENTIONED_TYPE, None, graph):
                if isinstance(quad.subject, ox.NamedNode):
                    found[quad.subject] = None
            if len(found) > 5_000:
                return None
        return list(found)

    def _drop_graphs(self, graphs: list[ox.NamedNode]) -> None:
        """Drop graphs and, in the same transaction, the entity facts that only they supported."""
        self._writes += 1
        drops = "".join(f"DROP SILENT GRAPH {graph} ;\n" for graph in graphs)
        self._inner.update(f"{SPARQL_PROLOGUE}{drops}{_unsupported_facts(None)}")

    def document_graphs(self, document: URIRef) -> list[URIRef]:
        """The named graphs that hold a document's build (one, or two while it is being replaced)."""
        slots = [ox.NamedNode(str(document)), ox.NamedNode(f"{document}#b")]
        return [URIRef(slot.value) for slot in slots if self._inner.contains_named_graph(slot)]

    def _interrupted_writes(self) -> list[ox.NamedNode]:
        return [
            quad.graph_name
            for quad in self._inner.quads_for_pattern(None, _PENDING, None)
            if isinstance(quad.graph_name, ox.NamedNode)
        ]

    def _drop_interrupted_writes(self) -> None:
        self._drop_graphs(self._interrupted_writes())

    def remove_graph(self, name: URIRef) -> None:
        self._writes += 1
        self._inner.update(f"DROP SILENT GRAPH {ox.NamedNode(str(name))}")

    def ensure_ontology(self) -> None:
        """The ontology and the thesaurus live in the store too, so that queries can find terms by their Chinese
        labels and walk from a mechanism to its concept and the concepts around it."""
        self.replace_graph(ontology_graph())
        self.replace_graph(thesaurus_graph())

    def graph_names(self) -> list[str]:
        return [str(name.value) for name in self._inner.named_graphs()]

    # -- reading --------------------------------------------------------------------------------------------

    def query(self, sparql: str, *, dataset: tuple[Iterable[str], Iterable[str]] | None = None) -> Result:
        """A SELECT/ASK/CONSTRUCT/DESCRIBE's answer as rdflib's Result (see `execute`)."""
        return _result(self.execute(sparql, dataset=dataset))

    def execute(
        self, sparql: str, *, dataset: tuple[Iterable[str], Iterable[str]] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]:
        """A SELECT/ASK/CONSTRUCT/DESCRIBE, answered as Oxigraph answers, over the union of all graphs (the query
        written whole: values from users go through `select`, never into query text).

        `dataset` (default graphs, named graphs) is the SPARQL dataset the query runs over instead, as the query's own
        FROM and FROM NAMED clauses or the protocol's default-graph-uri and named-graph-uri give it; an empty
        `dataset` stands for the query's own clauses (the union flag would override them)."""
        with _server_errors(self.path):
            if dataset is None:
                return self._inner.query(sparql, use_default_graph_as_union=True)
            defaults, named = (sorted(set(graphs)) for graphs in dataset)
            return self._inner.query(
                sparql,
                default_graph=[ox.NamedNode(iri) for iri in defaults] if defaults or named else None,
                named_graphs=[ox.NamedNode(iri) for iri in named] if defaults or named else None,
            )

    def select(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> list[dict[str, Any]]:
        """A SELECT's rows as plain values (IRIs as URIRef, numbers as int, other literals as str), straight from
        Oxigraph: the query layer's fast path, which skips building rdflib terms for every value."""
        values = {name: _ox(value) for name, value in (bindings or {}).items()}
        where = _WHERE.search(sparql) if values else None
        constants: dict[str, Any] = {}
        if where is not None and not any(isinstance(term, ox.BlankNode) for term in values.values()):
            # Bound values are written into the pattern in place of their variables, rather than handed to
            # Oxigraph as substitutions, which it applies after planning the query (a bound document took 368 ms
            # where a constant took 9), or as VALUES, which it does not carry into the branches of a UNION. Each
            # value is written by Oxigraph's own term serializer (quotes and backslashes escaped), so no value can
            # end its term and write query text; it leaves the answer's variables and is added back to each row.
            head, body = sparql[: where.start()], sparql[where.start() :]
            for name, term in values.items():
                variable = re.compile(rf"\?{name}\b")
                head = variable.sub("", head)
                body = str(term).join(variable.split(body))
                constants[name] = _plain(term)
            if "?" not in head and "*" not in head:
                head = re.sub(r"SELECT(\s+DISTINCT)?", lambda m: m.group(0) + " *", head, count=1, flags=re.IGNORECASE)
            sparql, values = head + body, {}
        substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(name): term for name, term in values.items()
        }
        with _server_errors(self.path):
            solutions = self._inner.query(sparql, use_default_graph_as_union=True, substitutions=substitutions)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [variable.value for variable in solutions.variables]
        return [
            {name: _plain(term) for name, term in zip(names, solution, strict=True) if term is not None} | constants
            for solution in solutions
        ]

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()`, kept while the store's `generation` stays the same."""
        generation = self.generation
        if generation != self._memo_generation:
            self._memo.clear()
            self._memo_generation = generation
        if key not in self._memo:
            self._memo[key] = compute()
        return cast(T, self._memo[key])

    def serialize_dataset(self) -> bytes:
        """Every graph of the store as TriG, written by Oxigraph's own serializer."""
        return self._inner.dump(format=ox.RdfFormat.TRIG, prefixes=PREFIXES) or b""

    def serialize_union(self, format: str) -> bytes:
        """The union of all graphs as one graph (each triple once), in `format` (turtle, n-triples, json-ld),
        written by Oxigraph's own serializer."""
        rdf_format = {
            "turtle": ox.RdfFormat.TURTLE,
            "n-triples": ox.RdfFormat.N_TRIPLES,
            "json-ld": ox.RdfFormat.JSON_LD,
        }[format]
        triples = self._inner.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
            use_default_graph_as_union=True,
        )
        assert not isinstance(triples, ox.QuerySolutions | ox.QueryBoolean)
        return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES) or b""

    def is_empty(self) -> bool:
        return not any(True for _ in self._inner.quads_for_pattern(None, ox.NamedNode(str(RK.title)), None))

    def __len__(self) -> int:
        return len(self._inner)


# What is computed from a server's store is kept this long: another process may have written it since.
SERVER_KEEP_SECONDS = 2.0


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return cast(Callable[[int], int], ctypes.CDLL("libc.so.6").malloc_trim)
    except (OSError, AttributeError):  # not glibc
        return None


def _give_back_memory() -> None:
    """Return the memory a bulk load freed to the system. glibc keeps it otherwise, in arenas that the next loads
    only partly reuse: four loads of 100k quads into a 10,000-document store left 349 MB of anonymous memory held,
    193 MB with a trim after each (the writer of that store grew to 561 MB)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@contextlib.contextmanager
def _server_errors(location: Location | None) -> Iterator[None]:
    """A server that cannot be reached or fails, as the store's own error (a query it refuses stays a ValueError,
    as Oxigraph's own refusals are)."""
    try:
        yield
    except ServerError as error:
        raise StoreError(f"the graph store at {location} cannot be used: {error}") from error


def _lock(location: Path, exclusive: bool) -> int:
    """Readers share the store, a writer has it alone. Oxigraph's read-only mode is undefined while another
    process writes, so a build must not run under a serving process, nor a query under a build."""
    descriptor = os.open(location / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        holders = _holders(location)
        if exclusive:
            raise StoreError(
                f"the graph store at {location} is in use by {holders or 'another process'}; stop it (or close "
                "the Python session's store with kg.close()), or build into another --store"
            ) from None
        raise StoreError(
            f"the graph store at {location} is being written by {holders or 'another process'}; "
            "try again when it has finished"
        ) from None
    return descriptor


HOLDERS = "holders"  # one small file per process that holds the store, naming it, so that a refusal can say who


def default_holder() -> str:
    """This process as a user would name it: the reformkg command it runs, or a Python session."""
    command = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    if command == "reformkg" and len(sys.argv) > 1:
        kind = {"build": "a build", "serve": "a running service"}.get(sys.argv[1], "a query")
        return f"{kind} (reformkg {sys.argv[1]})"
    return "a Python session (reformkg.open_store)"


def _register_holder(location: Path, holder: str, read_only: bool) -> Path | None:
    folder = location / HOLDERS
    try:
        folder.mkdir(exist_ok=True)
        path = folder / f"{os.getpid()}-{next(_holder_numbers)}"
        path.write_text(f"{'read' if read_only else 'write'}\t{holder}", encoding="utf-8")
    except OSError:  # a read-only file system: refusals then cannot name who holds the store
        return None
    return path


_holder_numbers = itertools.count()


def _holders(location: Path) -> str:
    """The live processes that hold the store, named: 'a running service (reformkg serve), pid 123'."""
    named: dict[str, list[str]] = {}
    for path in sorted((location / HOLDERS).glob("*-*")):
        pid = path.name.split("-", 1)[0]
        if not pid.isdigit() or not _alive(int(pid)):
            continue  # left by a process that was killed: it holds nothing any more
        try:
            holder = path.read_text(encoding="utf-8").split("\t", 1)[-1]
        except OSError:
            continue
        named.setdefault(holder, []).append(pid)
    return ", ".join(f"{holder}, pid {' '.join(sorted(set(pids)))}" for holder, pids in named.items())


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_STRING = ox.NamedNode(str(XSD.string))
_INTEGER = ox.NamedNode(str(XSD.integer))
_ENTITIES = ox.NamedNode(str(ENTITIES_GRAPH))
_MENTIONED_TYPE = ox.NamedNode(str(RK.mentionedType))
_PENDING = ox.NamedNode(str(RK.pending))  # marks the graph of a document whose write is not finished
_TRUE = ox.Literal("true", datatype=ox.NamedNode(str(XSD.boolean)))
Triple = tuple[Node, Node, Node]


def _plain(term: ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        return int(term.value) if term.datatype == _INTEGER else term.value
    return term.value if isinstance(term, ox.BlankNode) else str(term)


def _result(answer: ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]) -> Result:
    """Oxigraph's answer as rdflib's, as oxrdflib makes it."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, ox.QuerySolutions):
        result = Result("SELECT")
        result.vars = [Variable(variable.value) for variable in answer.variables]
        result.bindings = [
            {name: _rdflib(term) for name, term in zip(result.vars, solution, strict=True) if term is not None}
            for solution in answer
        ]
    else:
        result = Result("CONSTRUCT")
        result.graph = Graph()
        for triple in answer:
            result.graph.add((_rdflib(triple.subject), _rdflib(triple.predicate), _rdflib(triple.object)))
    return result


def _rdflib(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype == _STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise ValueError(f"RDF-star triples are not answered: {term}")


def ntriples(triples: Iterable[Triple]) -> bytes:
    """Triples as N-Triples, the form replace_documents loads."""
    out = io.BytesIO()  # written line by line: a list of lines, joined, then encoded would be three copies
    for triple in triples:
        subject, predicate, obj = (_ox(term) for term in triple)
        out.write(f"{subject} {predicate} {obj} .\n".encode())
    return out.getvalue()


def _quad(triple: Triple, graph: ox.NamedNode) -> ox.Quad:
    subject, predicate, obj = (_ox(term) for term in triple)
    assert not isinstance(subject, ox.Literal) and isinstance(predicate, ox.NamedNode)
    return ox.Quad(subject, predicate, obj, graph)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)  # where a SELECT's pattern opens (after what it selects)


def _ox(term: Node | str) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    return ox.Literal(str(term))  # a plain Python string bound as a value


class DocumentWrite(NamedTuple):
    """One document to write: its IRI, its own triples and its entities' facts (N-Triples, as `ntriples` makes
    them; see graph/rdf.py), and the graphs it replaces."""

    document: URIRef
    triples: bytes
    shared: bytes
    replaces: Sequence[URIRef] = ()


def _unsupported_facts(entities: list[ox.NamedNode] | None) -> str:
    """A SPARQL update (to follow the project's prefixes) that deletes from the entities graph the facts about
    `entities` (None: about any) that no document's graph supports any more: a type no document gives, an alias
    no document uses, a relation no document states (as a reified statement), and every fact of an entity no
    document names."""
    if entities is not None and not entities:
        return ""
    values = "" if entities is None else "VALUES ?e { " + " ".join(str(e) for e in entities) + " }"
    return f"""DELETE {{ GRAPH {_ENTITIES} {{ ?e ?p ?v }} }} WHERE {{
  {values}
  GRAPH {_ENTITIES} {{ ?e ?p ?v }}
  FILTER (!(
    (?p = rdf:type && EXISTS {{ GRAPH ?g {{ ?e rk:mentionedType ?v }} }})
    || (?p = skos:altLabel && EXISTS {{ GRAPH ?g {{ ?e rk:mentionedAs ?v }} }})
    || (?p IN (skos:prefLabel, rdfs:label, rk:fullName) && EXISTS {{ GRAPH ?g {{ ?e rk:mentionedType ?t }} }})
    || EXISTS {{ GRAPH ?g {{ ?s rdf:subject ?e ; rdf:predicate ?p ; rdf:object ?v }} }}
  ))
}}"""
