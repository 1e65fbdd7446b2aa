"""Questions about connections, answered on NetworkX projections: shortest paths between two entities with
the evidence of every hop, neighbourhoods, and the subgraphs that the graph pages draw.

Each answer projects only the part of the store it needs — the nodes within reach, found hop by hop from the
store's statements — not the whole store (which on a corpus of a million quads took 40 s and 2.4 GB).

Paths and neighbourhoods follow what the documents say (涉及, 推动, 试点于, 位于 …), not the document's outline:
through 属于 and 发布 every node is a few hops from every other, which would answer nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice, pairwise
from typing import Any

import networkx as nx
from rdflib import URIRef

from reformkg.graph import queries
from reformkg.graph.projection import CONCEPT_TYPE, node_count, nodes_within, project
from reformkg.graph.queries import NotFound, QueryError, Row, nodes_named, relation_order
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import document_id_of_iri, item_iri, properties_by_label

OUTLINE = frozenset({"属于", "发布"})
MAX_DEPTH = 3
MAX_PATHS = 10
MAX_PATH_LENGTH = 2 * MAX_DEPTH  # relations: a longer connection says little, and is not searched for


def _outline_properties() -> list[str]:
    return [str(properties_by_label()[label]) for label in sorted(OUTLINE)]


def content_view(graph: nx.MultiDiGraph) -> nx.Graph:
    """Undirected, without the outline's edges: the graph in which paths and neighbourhoods are searched."""
    kept = nx.subgraph_view(graph, filter_edge=lambda u, v, k: graph.edges[u, v, k]["label"] not in OUTLINE)
    return kept.to_undirected(as_view=True)


def node_for(store: GraphStore, name: str) -> str:
    """The node an entity name, alias or IRI stands for."""
    found = sorted(str(node) for node in nodes_named(store, name))
    if not found and name.startswith(("http://", "https://")):
        found = [name] if queries.select_rows(store, "SELECT ?t WHERE { ?n a ?t }", n=URIRef(name)) else []
    if not found:
        raise NotFound(f"no entity {name!r} in the graph; `reformkg entities --q TEXT` searches for one")
    return found[0]


def paths(store: GraphStore, source: str, target: str) -> Row:
    """The shortest connections between two entities (at most MAX_PATHS, of at most MAX_PATH_LENGTH relations),
    each hop a relation with evidence."""
    start, end = node_for(store, source), node_for(store, target)
    graph = _standing_alone(store, project(store, _between(store, start, end)), start, end)
    view = content_view(graph)
    try:
        # all_shortest_paths yields in an order set by the projection's inner sets: take a generous share, sort
        # it, and keep the first, so that the answer is the same in every process
        candidates = (
            list(islice(nx.all_shortest_paths(view, start, end), 50 * MAX_PATHS)) if start != end else [[start]]
        )
        found = sorted(candidates)[:MAX_PATHS]
    except nx.NetworkXNoPath:
        found = []
    return {
        "from": graph.nodes[start]["label"],
        "to": graph.nodes[end]["label"],
        "paths": [[_hop(graph, a, b) for a, b in pairwise(path)] for path in found],
    }


def _between(store: GraphStore, start: str, end: str) -> set[str]:
    """Nodes around both ends, grown a hop at a time on the smaller side until the two meet: once they do (the
    radii adding up to at least the distance), every shortest path between the ends lies among them."""
    sides = [{start}, {end}]
    frontiers = [{start}, {end}]
    leaving_out = _outline_properties()
    for _ in range(MAX_PATH_LENGTH):
        if sides[0] & sides[1] or not (frontiers[0] and frontiers[1]):
            break
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        frontiers[side] = set(nodes_within(store, frontiers[side], 1, leaving_out)) - sides[side]
        sides[side] |= frontiers[side]
    return sides[0] | sides[1]


def _hop(graph: nx.MultiDiGraph, a: str, b: str) -> Row:
    """The relation between two adjacent nodes, in the direction it was stated."""
    candidates = [(a, b, data) for data in graph.get_edge_data(a, b, default={}).values()]
    candidates += [(b, a, data) for data in graph.get_edge_data(b, a, default={}).values()]
    subject, obj, data = min(
        ((s, o, d) for s, o, d in candidates if d["label"] not in OUTLINE),
        # a typed relation says more than a mention, and a sentence more than the lexicon's knowledge
        key=lambda c: (
            c[2]["label"] == "涉及",
            not c[2]["evidence"],
            c[2]["ordinal"],
            c[2]["document"],
            c[2]["start"],
            c[2]["label"],
        ),
    )
    return relation_row(graph, subject, obj, data)


def relation_row(graph: nx.MultiDiGraph, subject: str, obj: str, data: dict[str, Any]) -> Row:
    """An edge in the JSON shape of `reformkg relations`."""
    document = document_id_of_iri(data["document"])
    item = graph.nodes.get(str(item_iri(document, data["ordinal"])), {}) if data["ordinal"] else {}
    return {
        "subject": graph.nodes[subject]["label"],
        "predicate": data["label"],
        "object": graph.nodes[obj]["label"],
        "document": document,
        "ordinal": data["ordinal"],
        "title": item.get("label", ""),
        "evidence": data["evidence"] or None,
        "span": [data["start"], data["end"]] if data["evidence"] else None,
        "provenance": data["provenance"],
    }


def ordered_subgraph(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> nx.MultiDiGraph:
    """The subgraph on `nodes`, its nodes and edges in the graph's own order. (NetworkX's subgraph views iterate
    the set of nodes they were given when it is the smaller, and a set of strings has another order in every
    process; pages, layouts and answers follow the order.)"""
    keep = set(nodes)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((node, attrs) for node, attrs in graph.nodes(data=True) if node in keep)
    sub.add_edges_from(
        (u, v, k, attrs) for u, v, k, attrs in graph.edges(keys=True, data=True) if u in keep and v in keep
    )
    return sub


def neighbourhood(graph: nx.MultiDiGraph, node: str, depth: int) -> nx.MultiDiGraph:
    if not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be between 1 and {MAX_DEPTH}")
    distances = nx.single_source_shortest_path_length(content_view(graph), node, cutoff=depth)
    view = ordered_subgraph(graph, distances)
    view.remove_edges_from([(u, v, k) for u, v, k, label in view.edges(keys=True, data="label") if label in OUTLINE])
    for member, distance in distances.items():
        view.nodes[member]["distance"] = distance
    return view


def neighbours(store: GraphStore, name: str, depth: int = 1) -> Row:
    """What lies within `depth` hops of an entity: the nodes with their distance, and the relations among them."""
    node = node_for(store, name)
    view = local_neighbourhood(store, node, depth)
    nodes = sorted(view.nodes(data=True), key=lambda n: (n[1]["distance"], n[1]["type"], n[1]["label"]))
    return {
        "entity": view.nodes[node]["label"],
        "depth": depth,
        "nodes": [{"id": n, "label": d["label"], "type": d["type"], "distance": d["distance"]} for n, d in nodes],
        "relations": sorted(
            (relation_row(view, s, o, d) for s, o, d in view.edges(data=True)),
            key=relation_order,
        ),
    }


def local_neighbourhood(store: GraphStore, node: str, depth: int) -> nx.MultiDiGraph:
    """`neighbourhood` of a node, projecting only the nodes within reach."""
    if not 1 <= depth <= MAX_DEPTH:
        raise QueryError(f"depth must be between 1 and {MAX_DEPTH}")
    graph = project(store, nodes_within(store, {node}, depth, _outline_properties()))
    return neighbourhood(_standing_alone(store, graph, node), node, depth)


def _standing_alone(store: GraphStore, graph: nx.MultiDiGraph, *nodes: str) -> nx.MultiDiGraph:
    """The projection with the nodes asked for, though it leaves them out: a thesaurus concept that no document of
    the store names (司法责任制 in a store of one plan that never links to it) stands alone, by its label."""
    for node in nodes:
        if node not in graph:
            rows = queries.select_rows(
                store, "SELECT ?label WHERE { ?n skos:prefLabel ?label FILTER(lang(?label) = 'zh') }", n=URIRef(node)
            )
            label = str(rows[0]["label"]) if rows else node
            graph.add_node(node, label=label, types=CONCEPT_TYPE, type=CONCEPT_TYPE, aliases="")
    return graph


def item_view(store: GraphStore, document: str, ordinal: int) -> nx.MultiDiGraph:
    """One work point and everything it touches, with the relations among them, and the places those lie in."""
    node = str(item_iri(document, ordinal))
    if not queries.select_rows(store, "SELECT ?t WHERE { ?n rk:title ?t }", n=URIRef(node)):
        raise NotFound(f"no item {ordinal} in document {document!r}")
    touched = set(nodes_within(store, {node}, 1, (), outward=True))
    graph = project(store, touched | set(nodes_within(store, touched - {node}, 1, (), outward=True)))
    touched |= {o for s in touched - {node} for o in graph.successors(s) if graph.nodes[o]["type"] == "地区"}
    return ordered_subgraph(graph, touched)


MAX_PAGE_NODES = 10_000  # a whole-graph page beyond this would not be usable: draw a neighbourhood instead


@dataclass(frozen=True)
class PageView:
    graph: nx.MultiDiGraph
    title: str
    highlight: list[str]
    overview: bool = False  # the whole graph: open on an overview, mechanisms and concepts shown on demand


def page_view(
    store: GraphStore,
    whole: Callable[[], nx.MultiDiGraph],
    *,
    document: str | None = None,
    item: int | None = None,
    entity: str | None = None,
    depth: int = 1,
) -> PageView:
    """What a graph page draws: an entity's neighbourhood, one work point, or the whole graph (`whole()`, asked
    for only then, and only for a store small enough to draw)."""
    if entity is not None:
        node = node_for(store, entity)
        view = local_neighbourhood(store, node, depth)
        return PageView(view, f"{view.nodes[node]['label']} — reformkg", [node])
    if item is not None:
        doc_id = queries.document_id(store, document) if document is not None else _only_document(store)
        view = item_view(store, doc_id, item)
        title = view.nodes[str(item_iri(doc_id, item))]["label"]
        return PageView(view, f"{item}. {title} — reformkg", [str(item_iri(doc_id, item))])
    if document is not None:
        raise QueryError("a document's page needs an item: document=ID&item=N")
    count = node_count(store)
    if count > MAX_PAGE_NODES:
        raise QueryError(f"the graph has {count} nodes: draw a neighbourhood or a work point")
    return PageView(whole(), "reformkg — graph", [], overview=True)


def _only_document(store: GraphStore) -> str:
    ids = [row["id"] for row in queries.documents(store)]
    if len(ids) != 1:
        raise QueryError(f"the store holds {len(ids)} documents: name one (document=ID) with the item")
    return ids[0]
