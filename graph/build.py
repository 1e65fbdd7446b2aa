"""Writing extractions into the store: each document replaces its own named graph and nothing else."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.fingerprint import extraction_fingerprint
from reformkg.extract.reading import DocumentError, read_bytes
from reformkg.extract.records import Extraction
from reformkg.graph.queries import select_rows
from reformkg.graph.rdf import document_parts
from reformkg.graph.store import DocumentWrite, GraphStore, Location, ntriples, store_exists
from reformkg.graph.vocabulary import document_iri


@dataclass(frozen=True, slots=True)
class BuiltDocument:
    """What a build says of a document it extracted (its report row), and what writing it needs besides its
    triples: the number by which an earlier version of it is found."""

    id: str
    source: str
    encoding: str
    number: str | None
    sections: int
    items: int
    entities: int
    relations: int
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, extraction: Extraction) -> BuiltDocument:
        document = extraction.document
        return cls(
            document.id,
            document.source,
            document.encoding,
            document.metadata.number,
            len(document.sections),
            len(document.items),
            len(extraction.entities),
            len(extraction.relations),
            tuple(document.warnings),
        )


# A document extracted, with its own triples and its entities' facts as compressed N-Triples, ready to be written.
Built = tuple[BuiltDocument, bytes, bytes]


class Spool:
    """The graphs of a build's documents, kept on disk (compressed N-Triples, a tenth of their size) from the
    moment each is extracted until every one of them is and the store is written: a build's memory does not
    grow with its number of documents, and a file that cannot be read still changes nothing."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="reformkg-build-")  # noqa: SIM115 (closed by close())
        self._entries: list[tuple[BuiltDocument, int, int, int]] = []  # document, offset, lengths of both parts

    def add(self, document: BuiltDocument, own: bytes, shared: bytes) -> None:
        offset = self._file.seek(0, os.SEEK_END)
        self._file.write(own + shared)
        self._entries.append((document, offset, len(own), len(shared)))

    @property
    def documents(self) -> list[BuiltDocument]:
        return [document for document, *_ in self._entries]

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[tuple[BuiltDocument, bytes, bytes]]:
        """Each document with its own triples and its entities' facts as N-Triples, one at a time."""
        for document, offset, own, shared in self._entries:
            self._file.seek(offset)
            data = self._file.read(own + shared)
            yield document, zlib.decompress(data[:own]), zlib.decompress(data[own:])

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_extractions(store: GraphStore, extractions: list[Extraction]) -> None:
    """Call only after every document was extracted: a document that fails to read changes nothing. Each
    document, with the earlier versions it replaces (same number, other content), is replaced atomically."""
    with Spool() as spool:
        for extraction in extractions:
            spool.add(*built(extraction))
        write_built(store, spool)


# Documents are written in batches of about this many triples: one bulk load each (see replace_documents).
BATCH_TRIPLES = 100_000


def write_built(store: GraphStore, spool: Spool) -> int:
    """Write the spooled documents; returns how many triples were written."""
    store.ensure_ontology()
    written = 0
    batch: list[DocumentWrite] = []
    numbers: set[str] = set()  # of the batch's documents (or their ids): another version of one waits
    size = 0
    for document, own, shared in spool:
        number = document.number or document.id
        if number in numbers or size >= BATCH_TRIPLES:
            store.replace_documents(batch)  # so that the later version finds the earlier one in the store
            batch, numbers, size = [], set(), 0
        batch.append(DocumentWrite(document_iri(document.id), own, shared, _older_versions(store, document)))
        numbers.add(number)
        lines = own.count(b"\n") + shared.count(b"\n")
        size += lines
        written += lines
    if batch:
        store.replace_documents(batch)
    if written:
        store.optimize()
    return written


def built(extraction: Extraction) -> Built:
    own, shared = document_parts(extraction)
    return BuiltDocument.of(extraction), zlib.compress(ntriples(own), 1), zlib.compress(ntriples(shared), 1)


Progress = Callable[[int, int, Path], None]


def build_files(
    store: GraphStore, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None
) -> list[BuiltDocument]:
    """Extract every file, then write them all: if any file cannot be read, nothing is written."""
    with build_graphs(paths, progress) as spool:
        write_built(store, spool)
        return spool.documents


def build_graphs(paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None, jobs: int = 1) -> Spool:
    """Every file extracted and its graph made, in the order given, spooled to disk; if any cannot be read, the
    error names every such file with its reason. `progress(done, total, path)` is told as each file is done.
    With `jobs` > 1 the files are taken by that many processes, each loading the pipeline as it starts, so that
    this process, which writes the store afterwards, never holds it (176 MB); the result is the same."""
    from reformkg.extract.pipeline import load_pipeline  # the NLP is loaded only when there is work for it

    files = [Path(path) for path in paths]
    spool = Spool()
    errors: list[DocumentError] = []
    jobs = max(1, min(jobs, len(files)))
    pool = None
    if jobs > 1:
        # an executor, not a Pool: a worker that dies (killed, out of memory) fails the build instead of hanging it
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=load_pipeline)
    outcomes: Iterable[Built | DocumentError] = pool.map(_built, files) if pool else map(_built, files)
    try:
        for done, (path, outcome) in enumerate(zip(files, outcomes, strict=True)):
            if progress is not None:
                progress(done, len(files), path)
            if isinstance(outcome, DocumentError):
                errors.append(outcome)
            else:
                spool.add(*outcome)
    except BaseException as error:
        spool.close()
        if isinstance(error, BrokenProcessPool):
            raise DocumentError(
                files[len(spool) + len(errors)],
                "the process extracting it died (out of memory, or killed); nothing was written",
            ) from None
        raise
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if errors:
        spool.close()
        raise errors[0] if len(errors) == 1 else DocumentErrors(errors)
    return spool


def _built(path: Path) -> Built | DocumentError:
    """One file extracted and its graph made, or why it cannot be read (returned, not raised, so that it crosses
    processes)."""
    from reformkg.extract.extractor import extract_file

    try:
        return built(extract_file(path))
    except DocumentError as error:
        return error


class DocumentErrors(DocumentError):
    """Several files could not be read; the message lists each with its reason."""

    def __init__(self, errors: list[DocumentError]) -> None:
        self.errors = errors
        Exception.__init__(self, f"{len(errors)} files cannot be read:\n" + "\n".join(f"  {e}" for e in errors))
        self.path, self.reason = errors[0].path, str(self)

    def __str__(self) -> str:
        return str(self.args[0])


def unchanged(location: Location, files: list[Path]) -> list[Path]:
    """The files whose very bytes the store holds already, built by this same extraction (its fingerprint):
    building them again would write the same triples."""
    if not store_exists(location) or not files:
        return []
    with GraphStore.open(location, read_only=True) as store:
        built = {
            (str(row["h"]), str(row["f"]))
            for row in select_rows(store, "SELECT ?h ?f WHERE { ?d rk:contentHash ?h ; rk:extractedWith ?f }")
        }
    if not built:
        return []
    fingerprint = extraction_fingerprint()
    found = []
    for path in files:
        try:
            digest = hashlib.sha256(read_bytes(path)).hexdigest()
        except DocumentError:
            continue  # the build will say what is wrong with it
        if (digest, fingerprint) in built:
            found.append(path)
    return found


def build_bundled_if_empty(location: Location, holder: str | None = None) -> bool:
    """A store with no document gets the bundled one (the service and the Python API start from it). Whether
    it is empty is asked with a reader's lock, so that a store others are reading can be opened again; only an
    empty store is opened for writing."""
    if store_exists(location):
        with GraphStore.open(location, read_only=True, holder=holder) as store:
            if not store.is_empty():
                return False
    with GraphStore.open(location, holder=holder) as store:
        if not store.is_empty():  # another process built it in between
            return False
        build_files(store, [BUNDLED_DOCUMENT])
    return True


def _older_versions(store: GraphStore, document: BuiltDocument) -> list[URIRef]:
    """The graphs of a document with the same number but other content: an earlier version, which this replaces."""
    number = document.number
    if not number:
        return []
    rows = select_rows(store, "SELECT ?doc ?n WHERE { ?doc rk:number ?n . ?doc a rk:Document }", n=Literal(number))
    current = str(document_iri(document.id))
    older = [URIRef(str(r["doc"])) for r in rows if str(r["doc"]) != current]
    return [graph for doc in older for graph in store.document_graphs(doc)]
