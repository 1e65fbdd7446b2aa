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
