"""The store: one named graph per document; rebuilding replaces exactly its triples; shapes hold."""

from __future__ import annotations

import dataclasses
import os

import pytest
from pyshacl import validate
from rdflib import RDF, SKOS, Graph, Literal, URIRef

from reformkg.extract.extractor import extract_file
from reformkg.graph.build import write_extractions
from reformkg.graph.queries import select_rows
from reformkg.graph.rdf import document_graph
from reformkg.graph.store import GraphStore, StoreError
from reformkg.graph.vocabulary import RK, RKC, ontology_graph, thesaurus_graph
from reformkg.ontology import SHAPES_FILE
from tests.conftest import ALL_DOCUMENTS


def _quads(store: GraphStore) -> set[tuple[str, str, str, str]]:
    """Every quad, a document's graph named alike whichever of its two slots (<doc>, <doc#b>) holds it."""
    return {
        (str(q.subject), str(q.predicate), str(q.object), str(q.graph_name).replace("#b>", ">"))
        for q in store._inner.quads_for_pattern(None, None, None, None)
    }


def test_rebuilding_a_document_replaces_exactly_its_triples(tmp_path, extractions):
    first, second, third = (extractions[p.stem] for p in ALL_DOCUMENTS[:3])
    # a later version of the third (same number, other content) that names only five of its entities
    later = dataclasses.replace(
        third, document=dataclasses.replace(third.document, id="x"), entities=third.entities[:5], relations=()
    )
    with GraphStore.open(tmp_path / "a") as store:
        write_extractions(store, [first, second])
        before = _quads(store)
        write_extractions(store, [first])
        assert _quads(store) == before
        # two documents, the ontology, the thesaurus and the facts about entities
        assert len(store.graph_names()) == 5
        write_extractions(store, [third])
        write_extractions(store, [later])
        with GraphStore.open(tmp_path / "b") as fresh:
            write_extractions(fresh, [first, second, later])
            # the later version replaced the earlier, whose entity facts went with it
            assert _quads(store) == _quads(fresh)


def test_each_fact_about_an_entity_is_held_once_whatever_documents_state_it(extractions):
    store = GraphStore.in_memory()
    write_extractions(store, list(extractions.values()))
    repeated = select_rows(
        store,
        """SELECT ?p (COUNT(*) AS ?n) WHERE {
             { SELECT ?s ?p ?o (COUNT(?g) AS ?copies) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?s ?p ?o }
             FILTER (?copies > 1)
           } GROUP BY ?p""",
    )
    # only how each document names an entity is said by several documents' graphs
    assert {str(row["p"]) for row in repeated} <= {str(RK.mentionedAs), str(RK.mentionedType)}
    located = "SELECT (COUNT(*) AS ?n) WHERE { ?e rk:locatedIn ?p }"
    distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?e ?p WHERE { ?e rk:locatedIn ?p } }"
    assert select_rows(store, located) == select_rows(store, distinct)


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
