"""Writing extractions into the store: each document replaces its own named graph and nothing else."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from rdflib import Literal, URIRef

from reformkg.extract import BUNDLED_DOCUMENT
from reformkg.extract.fingerprint import extraction_fingerprint
from reformkg.extract.reading import DocumentError, read_bytes
from reformkg.extract.records import Extraction
from reformkg.graph.queries import select_rows
from reformkg.graph.rdf import document_triples
from reformkg.graph.store import GraphStore, ntriples
from reformkg.graph.vocabulary import document_iri

# A document extracted, with its graph as N-Triples, ready to be written.
Built = tuple[Extraction, bytes]


def write_extractions(store: GraphStore, extractions: list[Extraction]) -> None:
    """Call only after every document was extracted: a document that fails to read changes nothing. Each
    document, with the earlier versions it replaces (same number, other content), is replaced atomically."""
    write_built(store, [built(extraction) for extraction in extractions])


def write_built(store: GraphStore, documents: list[Built]) -> None:
    store.ensure_ontology()
    for extraction, triples in documents:
        document = document_iri(extraction.document.id)
        store.replace_document(document, triples, replaces=_older_versions(store, extraction))


def built(extraction: Extraction) -> Built:
    return extraction, ntriples(document_triples(extraction))


Progress = Callable[[int, int, Path], None]


def build_files(
    store: GraphStore, paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None
) -> list[Extraction]:
    """Extract every file, then write them all: if any file cannot be read, nothing is written."""
    documents = build_graphs(paths, progress)
    write_built(store, documents)
    return [extraction for extraction, _ in documents]


def build_graphs(
    paths: Iterable[str | os.PathLike[str]], progress: Progress | None = None, jobs: int = 1
) -> list[Built]:
    """Every file extracted and its graph made, in the order given; if any cannot be read, the error names every
    such file with its reason. `progress(done, total, path)` is told as each file is done. With `jobs` > 1 the
    files are taken by that many processes, forked once the pipeline is loaded (so that each starts warm); the
    result is the same."""
    from reformkg.extract.pipeline import load_pipeline  # the NLP is loaded only when there is work for it

    files = [Path(path) for path in paths]
    documents: list[Built] = []
    errors: list[DocumentError] = []
    jobs = max(1, min(jobs, len(files)))
    pool = None
    if jobs > 1:
        load_pipeline()
        # an executor, not a Pool: a worker that dies (killed, out of memory) fails the build instead of hanging it
        pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"))
    outcomes: Iterable[Built | DocumentError] = pool.map(_built, files) if pool else map(_built, files)
    try:
        for done, (path, outcome) in enumerate(zip(files, outcomes, strict=True)):
            if progress is not None:
                progress(done, len(files), path)
            if isinstance(outcome, DocumentError):
                errors.append(outcome)
            else:
                documents.append(outcome)
    except BrokenProcessPool:
        raise DocumentError(
            files[len(documents) + len(errors)],
            "the process extracting it died (out of memory, or killed); nothing was written",
        ) from None
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise DocumentErrors(errors)
    return documents


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


def unchanged(location: Path, files: list[Path]) -> list[Path]:
    """The files whose very bytes the store holds already, built by this same extraction (its fingerprint):
    building them again would write the same triples."""
    if not (location / "CURRENT").exists() or not files:
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


def build_bundled_if_empty(location: Path, holder: str | None = None) -> bool:
    """A store with no document gets the bundled one (the service and the Python API start from it). Whether
    it is empty is asked with a reader's lock, so that a store others are reading can be opened again; only an
    empty store is opened for writing."""
    if (location / "CURRENT").exists():
        with GraphStore.open(location, read_only=True, holder=holder) as store:
            if not store.is_empty():
                return False
    with GraphStore.open(location, holder=holder) as store:
        if not store.is_empty():  # another process built it in between
            return False
        build_files(store, [BUNDLED_DOCUMENT])
    return True


def _older_versions(store: GraphStore, extraction: Extraction) -> list[URIRef]:
    """The graphs of a document with the same number but other content: an earlier version, which this replaces."""
    number = extraction.document.metadata.number
    if not number:
        return []
    rows = select_rows(store, "SELECT ?doc ?n WHERE { ?doc a rk:Document ; rk:number ?n }", n=Literal(number))
    current = str(document_iri(extraction.document.id))
    older = [URIRef(str(r["doc"])) for r in rows if str(r["doc"]) != current]
    return [graph for doc in older for graph in store.document_graphs(doc)]
