"""Writing extractions into the store: each document replaces its own named graph and nothing else."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from rdflib import URIRef

from reformkg.extract.extractor import BUNDLED_DOCUMENT, extract_file
from reformkg.extract.records import Extraction
from reformkg.graph.queries import select_rows
from reformkg.graph.rdf import document_graph
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import document_iri


def write_extractions(store: GraphStore, extractions: list[Extraction]) -> None:
    """Call only after every document was extracted: a document that fails to read changes nothing."""
    graphs = [document_graph(extraction) for extraction in extractions]
    store.ensure_ontology()
    for extraction, graph in zip(extractions, graphs, strict=True):
        for older in _older_versions(store, extraction):
            store.remove_graph(older)
        store.replace_graph(graph)


def build_files(store: GraphStore, paths: Iterable[str | os.PathLike[str]]) -> list[Extraction]:
    """Extract every file, then write them all: a file that cannot be read leaves the store as it was."""
    extractions = [extract_file(Path(path)) for path in paths]
    write_extractions(store, extractions)
    return extractions


def build_bundled_if_empty(store: GraphStore) -> bool:
    """A store with no document gets the bundled one (the service and the Python API start from it)."""
    if not store.is_empty():
        return False
    build_files(store, [BUNDLED_DOCUMENT])
    return True


def _older_versions(store: GraphStore, extraction: Extraction) -> list[URIRef]:
    """A document with the same number but other content is an earlier version of it: rebuilding replaces it."""
    number = extraction.document.metadata.number
    if not number:
        return []
    from rdflib import Literal

    rows = select_rows(store, "SELECT ?doc ?n WHERE { ?doc a rk:Document ; rk:number ?n }", n=Literal(number))
    current = str(document_iri(extraction.document.id))
    return [URIRef(str(r["doc"])) for r in rows if str(r["doc"]) != current]
