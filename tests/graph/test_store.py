"""The store: one named graph per document; rebuilding replaces exactly its triples; shapes hold."""

from __future__ import annotations

import pytest
from pyshacl import validate
from rdflib import Graph

from reformkg.extract.extractor import extract_file
from reformkg.graph.build import write_extractions
from reformkg.graph.rdf import document_graph
from reformkg.graph.store import GraphStore, StoreError
from reformkg.graph.vocabulary import ontology_graph
from reformkg.ontology import SHAPES_FILE
from tests.conftest import ALL_DOCUMENTS


def test_rebuilding_a_document_replaces_exactly_its_triples(tmp_path, extractions):
    first, second = (extractions[p.stem] for p in ALL_DOCUMENTS[:2])
    with GraphStore.open(tmp_path) as store:
        write_extractions(store, [first, second])
        before = len(store)
        write_extractions(store, [first])
        assert len(store) == before
        assert len(store.graph_names()) == 3  # two documents and the ontology


def test_every_built_graph_passes_the_shacl_shapes(extractions):
    shapes = Graph().parse(SHAPES_FILE)
    for extraction in extractions.values():
        data = document_graph(extraction)
        conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="rdfs")
        assert conforms, report


def test_store_persists_on_disk(tmp_path):
    with GraphStore.open(tmp_path) as store:
        write_extractions(store, [extract_file(ALL_DOCUMENTS[0])])
        count = len(store)
    with GraphStore.open(tmp_path, read_only=True) as store:
        assert len(store) == count and not store.is_empty()


def test_a_build_cannot_write_under_readers_nor_readers_read_under_a_build(store_dir, tmp_path):
    with (
        GraphStore.open(store_dir, read_only=True),
        GraphStore.open(store_dir, read_only=True),
        pytest.raises(StoreError, match="in use by another process"),
    ):
        GraphStore.open(store_dir)
    with GraphStore.open(tmp_path) as writer:
        write_extractions(writer, [extract_file(ALL_DOCUMENTS[0])])
        with pytest.raises(StoreError, match="being written"):
            GraphStore.open(tmp_path, read_only=True)
    with GraphStore.open(tmp_path, read_only=True) as reader:  # the lock went with the writer
        assert not reader.is_empty()
