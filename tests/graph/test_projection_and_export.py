"""The NetworkX projection and the export formats."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from reformkg.graph.export import FORMATS, export
from reformkg.graph.projection import project
from reformkg.graph.vocabulary import entity_iri


def test_projection_has_typed_nodes_and_labelled_edges(store):
    graph = project(store)
    shenzhen_court = str(entity_iri("深圳市中级人民法院"))
    assert graph.nodes[shenzhen_court]["type"] == "法院"
    labels = {d["label"] for _, _, d in graph.out_edges(shenzhen_court, data=True)}
    assert "位于" in labels
    path = nx.shortest_path(graph.to_undirected(as_view=True), shenzhen_court, str(entity_iri("广东")))
    assert len(path) >= 2


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_format_reads_back(store, fmt):
    data = export(store, fmt)
    if fmt in ("ttl", "nt", "jsonld"):
        parsed = Graph().parse(data=data, format={"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
        assert len(parsed) > 1000
    elif fmt == "trig":
        assert len(list(Dataset().parse(data=data, format="trig").graphs())) >= 6
    elif fmt == "graphml":
        assert nx.read_graphml(io.BytesIO(data)).number_of_nodes() > 100
    elif fmt == "gexf":
        assert nx.read_gexf(io.BytesIO(data)).number_of_nodes() > 100
    else:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert {"subject", "predicate", "object", "evidence"} <= set(rows[0])


@pytest.mark.parametrize(
    ("source", "target"), [("深圳中院", "广东"), ("深圳中院", "澳门"), ("广州", "最高人民法院"), ("深圳", "深圳")]
)
def test_paths_found_around_their_ends_are_those_of_the_whole_projection(store, source, target):
    """Paths are searched among the nodes grown around both ends, not in a projection of the whole store; the
    answer is the one the whole projection gives."""
    from itertools import islice, pairwise

    from reformkg.graph import network

    whole = project(store)
    start, end = network.node_for(store, source), network.node_for(store, target)
    view = network.content_view(whole)
    candidates = list(islice(nx.all_shortest_paths(view, start, end), 500)) if start != end else [[start]]
    expected = [[network._hop(whole, a, b) for a, b in pairwise(path)] for path in sorted(candidates)[:10]]
    assert network.paths(store, source, target)["paths"] == expected


@pytest.mark.parametrize(("name", "depth"), [("深圳", 1), ("深圳", 2), ("深圳中院", 3), ("繁简分流", 1)])
def test_a_neighbourhood_read_hop_by_hop_is_that_of_the_whole_projection(store, name, depth):
    from reformkg.graph import network

    node = network.node_for(store, name)
    local = network.local_neighbourhood(store, node, depth)
    whole = network.neighbourhood(project(store), node, depth)
    assert list(local.nodes(data=True)) == list(whole.nodes(data=True))
    assert list(local.edges(keys=True, data=True)) == list(whole.edges(keys=True, data=True))


def test_a_concept_no_document_of_the_store_names_has_no_paths_and_no_neighbours_but_is_found(tmp_path, bundled):
    # the bundled plan links no mechanism to 司法责任制's concept; asked for by name, it stands alone (a 500 before)
    from reformkg.graph import network
    from reformkg.graph.build import write_extractions
    from reformkg.graph.store import GraphStore

    with GraphStore.open(tmp_path / "store") as writer:
        write_extractions(writer, [bundled])
    with GraphStore.open(tmp_path / "store", read_only=True) as store:
        assert network.paths(store, "司法责任制", "司法责任制") == {
            "from": "司法责任制",
            "to": "司法责任制",
            "paths": [[]],
        }
        assert network.paths(store, "司法责任制", "深圳")["paths"] == []
        alone = network.neighbours(store, "司法责任制", 2)
        assert [(node["label"], node["type"]) for node in alone["nodes"]] == [("司法责任制", "概念")]
