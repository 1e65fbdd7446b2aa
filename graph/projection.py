"""The graph as NetworkX: typed nodes (documents, sections, items, entities) and labelled edges with evidence,
for paths and neighbourhoods.

Node attributes: `label`, `type` (the main Chinese type label), `types` and `aliases` ("|"-joined strings, so that
GraphML and GEXF can carry them), and an item's `text`. Edge attributes: `label` (the property's Chinese label),
`document`, `ordinal`, `evidence`, `start`, `end` (empty and 0 for a relation read from no sentence), `provenance`
(text, ledger, gazetteer, structure, thesaurus)."""

from __future__ import annotations

from typing import Any

import networkx as nx

from reformkg.graph.queries import CLASS_TYPES, select_rows
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import RK

CONCEPT_TYPE = "概念"
NODE_CLASSES = {RK.Document: "文件", RK.Section: "部分", RK.Item: "工作要点", **CLASS_TYPES}


def project(store: GraphStore) -> nx.MultiDiGraph:
    """The projection, its nodes and edges added in a fixed order: Oxigraph returns solutions in an order that
    changes from process to process (its joins hash with random keys), and NetworkX keeps insertion order, which
    paths, neighbourhoods and layouts follow."""
    graph = nx.MultiDiGraph()
    for row in _sorted(
        select_rows(
            store,
            """SELECT ?n ?class ?label WHERE { ?n a ?class . OPTIONAL { ?n rdfs:label ?label }
             FILTER(?class IN (rk:Document, rk:Section, rk:Item, rk:Mechanism, rk:Court, rk:Pilot, rk:Place,
                               rk:Organisation, rk:NormativeDocument)) }""",
        )
    ):
        node = str(row["n"])
        attrs = graph.nodes[node] if node in graph else {}
        types = set(attrs.get("types", "").split("|")) - {""}
        types.add(NODE_CLASSES[row["class"]])
        graph.add_node(
            node,
            label=str(row.get("label") or node),
            types="|".join(sorted(types)),
            type=_main_type(types),
            aliases=attrs.get("aliases", ""),
        )
    for row in _sorted(select_rows(store, "SELECT ?n ?text WHERE { ?n a rk:Item ; rk:text ?text }")):
        if str(row["n"]) in graph:  # an item's page shows what the item says
            graph.nodes[str(row["n"])]["text"] = str(row["text"])
    # the thesaurus concepts that some mechanism or pilot names (the others would stand alone)
    concepts = (
        "SELECT DISTINCT ?n ?label WHERE { ?e rk:concept ?n . ?n skos:prefLabel ?label FILTER(lang(?label) = 'zh') }"
    )
    for row in _sorted(select_rows(store, concepts)):
        graph.add_node(str(row["n"]), label=str(row["label"]), types=CONCEPT_TYPE, type=CONCEPT_TYPE, aliases="")
    for row in _sorted(select_rows(store, "SELECT ?n ?alias WHERE { ?n skos:altLabel ?alias }")):
        node = str(row["n"])
        if node in graph:
            known = set(graph.nodes[node]["aliases"].split("|")) - {""}
            graph.nodes[node]["aliases"] = "|".join(sorted(known | {str(row["alias"])}))
    for row in _sorted(
        select_rows(
            store,
            """SELECT ?s ?o ?pl ?doc ?ordinal ?evidence ?start ?end ?source WHERE {
             ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rk:inDocument ?doc .
             ?p rdfs:label ?pl . FILTER(lang(?pl) = "zh")
             OPTIONAL { ?st rk:provenance ?source }
             OPTIONAL { ?st rk:inItem ?ordinal } OPTIONAL { ?st rk:evidence ?evidence }
             OPTIONAL { ?st rk:spanStart ?start ; rk:spanEnd ?end } }""",
        )
    ):
        graph.add_edge(
            str(row["s"]),
            str(row["o"]),
            key=f"{row['pl']}@{row['doc']}#{row.get('ordinal') or 0}",
            label=str(row["pl"]),
            document=str(row["doc"]),
            ordinal=int(row["ordinal"]) if row.get("ordinal") is not None else 0,
            evidence=str(row.get("evidence") or ""),
            start=int(row["start"]) if row.get("start") is not None else 0,
            end=int(row["end"]) if row.get("end") is not None else 0,
            provenance=str(row.get("source") or "text"),
        )
    return graph


def _sorted(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda row: sorted((key, str(value)) for key, value in row.items()))


def _main_type(types: set[str]) -> str:
    order = ["文件", "部分", "工作要点", "法院", "地区", "机构", "试点", "规范性文件", "机制"]
    return next((t for t in order if t in types), "")
