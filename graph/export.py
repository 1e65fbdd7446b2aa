"""The whole graph in a file format: RDF (Turtle, N-Triples, JSON-LD, TriG), graphs (GraphML, GEXF), CSV."""

from __future__ import annotations

import csv
import io

import networkx as nx
from rdflib import Graph

from reformkg.graph.projection import project
from reformkg.graph.queries import relations
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import PREFIXES

FORMATS = ("ttl", "nt", "jsonld", "trig", "graphml", "gexf", "csv")
_RDF = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld"}


def export(store: GraphStore, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if fmt == "trig":
        return _encode(store.dataset.serialize(format="trig"))
    if fmt in _RDF:
        union = Graph()
        for prefix, namespace in PREFIXES.items():
            union.bind(prefix, namespace)
        for triple in store.dataset.triples((None, None, None)):
            union.add(triple)
        return _encode(union.serialize(format=_RDF[fmt]))
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["subject", "predicate", "object", "document", "ordinal", "evidence", "start", "end"])
        for row in relations(store):
            writer.writerow(
                [
                    row["subject"],
                    row["predicate"],
                    row["object"],
                    row["document"],
                    row["ordinal"],
                    row["evidence"],
                    *row["span"],
                ]
            )
        return buffer.getvalue().encode("utf-8")
    graph = nx.DiGraph(project(store))  # GraphML/GEXF readers expect simple graphs: one edge per pair
    data = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, data)
    else:
        nx.write_gexf(graph, data)
    return data.getvalue()


def _encode(data: str | bytes) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data
