"""The store: one named graph per document; rebuilding replaces exactly its triples; shapes hold."""

from __future__ import annotations

import os

import pytest
from pyshacl import validate
from rdflib import RDF, SKOS, Graph, Literal, URIRef

from reformkg.extract.extractor import extract_file
from reformkg.graph.build import write_extractions
from reformkg.graph.rdf import document_graph
from reformkg.graph.store import GraphStore, StoreError
from reformkg.graph.vocabulary import RK, RKC, ontology_graph, thesaurus_graph
from reformkg.ontology import SHAPES_FILE
from tests.conftest import ALL_DOCUMENTS


def test_rebuilding_a_document_replaces_exactly_its_triples(tmp_path, extractions):
    first, second = (extractions[p.stem] for p in ALL_DOCUMENTS[:2])
    with GraphStore.open(tmp_path) as store:
        write_extractions(store, [first, second])
        before = len(store)
        write_extractions(store, [first])
        assert len(store) == before
        assert len(store.graph_names()) == 4  # two documents, the ontology and the thesaurus


def test_every_built_graph_passes_the_shacl_shapes(extractions):
    shapes = Graph().parse(SHAPES_FILE)
    for extraction in extractions.values():
        data = document_graph(extraction)
        conforms, _, report = validate(data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="rdfs")
        assert conforms, report


def test_the_thesaurus_passes_the_shacl_shapes_and_links_to_it_resolve(extractions):
    """The concept scheme conforms (one preferred label per language, a definition, broader concepts that exist),
    and every rk:concept link of a built document points at a concept of it."""
    shapes = Graph().parse(SHAPES_FILE)
    thesaurus = thesaurus_graph()
    conforms, _, report = validate(thesaurus, shacl_graph=shapes)
    assert conforms, report
    broken = Graph()
    broken += thesaurus
    broken.add((RKC["judicial-responsibility"], SKOS.prefLabel, Literal("审判责任制", lang="zh")))
    broken.add((RKC["judicial-responsibility"], SKOS.broader, RKC["no-such-concept"]))
    conforms, _, report = validate(broken, shacl_graph=shapes)
    assert not conforms and "uniqueLang" in report.replace("UniqueLang", "uniqueLang") and "no-such-concept" in report
    concepts = set(thesaurus.subjects(RDF.type, SKOS.Concept))
    assert concepts == set(thesaurus.subjects(SKOS.inScheme, None)) - {URIRef(RKC.scheme)}
    linked = {o for e in extractions.values() for _, o in document_graph(e).subject_objects(RK.concept)}
    assert len(linked) > 100 and linked <= concepts


def test_store_persists_on_disk(tmp_path):
    with GraphStore.open(tmp_path) as store:
        write_extractions(store, [extract_file(ALL_DOCUMENTS[0])])
        count = len(store)
    with GraphStore.open(tmp_path, read_only=True) as store:
        assert len(store) == count and not store.is_empty()


def test_a_build_cannot_write_under_readers_nor_readers_read_under_a_build(store_dir, tmp_path):
    with (
        GraphStore.open(store_dir, read_only=True, holder="a notebook"),
        GraphStore.open(store_dir, read_only=True, holder="a query"),
        pytest.raises(StoreError, match=f"in use by a notebook, pid {os.getpid()}, a query, pid {os.getpid()}"),
    ):
        GraphStore.open(store_dir)
    with GraphStore.open(tmp_path, holder="a build") as writer:
        write_extractions(writer, [extract_file(ALL_DOCUMENTS[0])])
        with pytest.raises(StoreError, match="being written by a build"):
            GraphStore.open(tmp_path, read_only=True)
    with GraphStore.open(tmp_path, read_only=True) as reader:  # the lock went with the writer
        assert not reader.is_empty()


def test_a_holder_that_was_killed_is_not_blamed(tmp_path):
    with GraphStore.open(tmp_path, holder="a build"):
        pass
    (tmp_path / "holders" / "999999999-0").write_text("write\ta killed build", encoding="utf-8")
    with GraphStore.open(tmp_path, read_only=True, holder="a notebook"), pytest.raises(StoreError) as refused:
        GraphStore.open(tmp_path)
    assert "a notebook" in str(refused.value) and "a killed build" not in str(refused.value)
