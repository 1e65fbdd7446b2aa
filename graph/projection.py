"""The graph as NetworkX: typed nodes (documents, sections, items, entities) and labelled edges with evidence,
for paths and neighbourhoods.

Node attributes: `label`, `type` (the main Chinese type label), `types` and `aliases` ("|"-joined strings, so that
GraphML and GEXF can carry them), and an item's `text`. Edge attributes: `label` (the property's Chinese label),
`document`, `ordinal`, `evidence`, `start`, `end` (empty and 0 for a relation read from no sentence), `provenance`
(text, ledger, gazetteer, structure, thesaurus)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import networkx as nx
from rdflib import URIRef

from reformkg.graph.queries import CLASS_TYPES, select_among, select_rows
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import RK

CONCEPT_TYPE = "概念"
NODE_CLASSES = {RK.Document: "文件", RK.Section: "部分", RK.Item: "工作要点", **CLASS_TYPES}
# the classes whose members are the projection's nodes (beside the concepts that entities name)
NODE_CLASS_FILTER = "FILTER(?class IN (" + ", ".join(cls.n3() for cls in NODE_CLASSES) + "))"


def node_count(store: GraphStore) -> int:
    """How many nodes the whole projection would have (the concepts apart): counted, not projected."""
    query = f"SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE {{ ?n a ?class . {NODE_CLASS_FILTER} }}"
    return int(select_rows(store, query)[0]["c"])


def project(store: GraphStore, nodes: Collection[str] | None = None) -> nx.MultiDiGraph:
    """The projection of the whole store, or of `nodes` and the relations among them (a neighbourhood, without
    reading the rest of the store). Its nodes and edges are added in a fixed order: Oxigraph returns solutions in an
    order that changes from process to process (its joins hash with random keys), and NetworkX keeps insertion
    order, which paths, neighbourhoods and layouts follow."""
    graph = nx.MultiDiGraph()
    if nodes is not None and not nodes:
        return graph
    wanted = None if nodes is None else set(nodes)

    def rows(query: str, variable: str = "n") -> list[dict[str, Any]]:
        return _sorted(select_among(store, query, variable, wanted))

    for row in rows(
        f"SELECT ?n ?class ?label WHERE {{ ?n a ?class . OPTIONAL {{ ?n rdfs:label ?label }} {NODE_CLASS_FILTER} }}"
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
    for row in rows("SELECT ?n ?text WHERE { ?n a rk:Item ; rk:text ?text }"):
        if str(row["n"]) in graph:  # an item's page shows what the item says
            graph.nodes[str(row["n"])]["text"] = str(row["text"])
    # the thesaurus concepts that some mechanism or pilot names (the others would stand alone)
    concepts = (
        "SELECT DISTINCT ?n ?label WHERE { ?e rk:concept ?n . ?n skos:prefLabel ?label FILTER(lang(?label) = 'zh') }"
    )
    for row in rows(concepts):
        graph.add_node(str(row["n"]), label=str(row["label"]), types=CONCEPT_TYPE, type=CONCEPT_TYPE, aliases="")
    for row in rows("SELECT ?n ?alias WHERE { ?n skos:altLabel ?alias }"):
        node = str(row["n"])
        if node in graph:
            known = set(graph.nodes[node]["aliases"].split("|")) - {""}
            graph.nodes[node]["aliases"] = "|".join(sorted(known | {str(row["alias"])}))
    statements = """SELECT ?s ?o ?pl ?doc ?ordinal ?evidence ?start ?end ?source WHERE {
             ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; rk:inDocument ?doc .
             ?p rdfs:label ?pl . FILTER(lang(?pl) = "zh")
             OPTIONAL { ?st rk:provenance ?source }
             OPTIONAL { ?st rk:inItem ?ordinal } OPTIONAL { ?st rk:evidence ?evidence }
             OPTIONAL { ?st rk:spanStart ?start ; rk:spanEnd ?end } }"""
    for row in rows(statements, "s"):
        if wanted is not None and str(row["o"]) not in wanted:
            continue  # a relation to a node outside those asked for
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


def nodes_within(
    store: GraphStore, starts: Collection[str], depth: int, leaving_out: Collection[str] = (), outward: bool = False
) -> dict[str, int]:
    """The nodes within `depth` relations of `starts`, each with its distance, read from the store's statements hop
    by hop: a neighbourhood without projecting the whole store. Relations whose property is in `leaving_out` (IRIs)
    are not followed; `outward`: only from a relation's subject to its object."""
    distances = dict.fromkeys(starts, 0)
    frontier = set(starts)
    for distance in range(1, depth + 1):
        found = _adjacent(store, frontier, leaving_out, outward) - distances.keys()
        distances.update(dict.fromkeys(sorted(found), distance))
        frontier = found
        if not frontier:
            break
    return distances


def _adjacent(store: GraphStore, nodes: set[str], leaving_out: Collection[str], outward: bool) -> set[str]:
    if not nodes:
        return set()
    excluded = ", ".join(URIRef(p).n3() for p in sorted(leaving_out)) or "rdf:nil"
    found: set[str] = set()
    ways = [("rdf:subject", "rdf:object")] + ([] if outward else [("rdf:object", "rdf:subject")])
    for near, far in ways:
        query = f"""SELECT DISTINCT ?b WHERE {{
                      ?st {near} ?a ; {far} ?b ; rdf:predicate ?p . FILTER(?p NOT IN ({excluded})) }}"""
        found |= {str(row["b"]) for row in select_among(store, query, "a", nodes)}
    return found
