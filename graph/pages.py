"""Interactive graph pages: a NetworkX projection (see graph.projection) drawn with vis-network, built through pyvis
and rendered by our own template into one self-contained HTML document.

The page makes no request to any other address (vis-network is inlined from pyvis's bundled copy, and a
Content-Security-Policy forbids the rest), so it works offline, in the HTTP service and in a notebook alike.
Every string that came from a document travels as JSON in a non-executed <script> block and is put into the DOM as
text, never as markup. This module knows nothing of HTTP."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pyvis.network import Network

__all__ = ["TYPE_STYLES", "TypeStyle", "render_page", "template"]


class TypeStyle(NamedTuple):
    color: str
    shape: str  # a vis-network shape that draws its label below the node, so long titles don't inflate it
    glyph: str  # the legend's text stand-in for the shape


TYPE_STYLES: Mapping[str, TypeStyle] = {
    "文件": TypeStyle("#d62728", "star", "★"),
    "部分": TypeStyle("#ff7f0e", "hexagon", "⬢"),
    "工作要点": TypeStyle("#bcbd22", "square", "■"),
    "法院": TypeStyle("#1f77b4", "diamond", "◆"),
    "地区": TypeStyle("#2ca02c", "triangle", "▲"),
    "机构": TypeStyle("#9467bd", "triangleDown", "▼"),
    "试点": TypeStyle("#e377c2", "star", "★"),
    "规范性文件": TypeStyle("#8c564b", "square", "■"),
    "机制": TypeStyle("#17becf", "dot", "●"),
    "概念": TypeStyle("#ff9896", "dot", "●"),
}
OTHER_TYPE = "其他"  # nodes without a known type (e.g. an edge end the projection has no class for)
OTHER_STYLE = TypeStyle("#7f7f7f", "dot", "●")

ITEM_TYPE = "工作要点"
DOCUMENT_TYPE, SECTION_TYPE = "文件", "部分"
# Types the whole-graph page shows on demand only: there are more of them than anything else, and they make the
# overview a hairball (the bundled document alone names 105 mechanisms).
ON_DEMAND = ("机制", "概念")
# The order in which labels claim room on a crowded view.
LABEL_ORDER = ("文件", "部分", "法院", "地区", "机构", "试点", "工作要点", "规范性文件", "机制", "概念")
MENTIONS = "涉及"

# Up to this many nodes the browser refines the server layout with a few physics iterations, then freezes it;
# above it the server layout is final, because vis-network's physics on thousands of nodes keeps the page busy.
PHYSICS_LIMIT = 300
STABILISATION_ITERATIONS = 150
# spring_layout is dense (O(n²) memory and time per iteration without scipy); bigger components get a radial
# BFS layout, which is linear.
SPRING_LIMIT = 300
NODE_SPACING = 90.0  # px between neighbours in the server layout, about vis-network's default spring length
LABEL_LENGTH = 18  # characters of a label drawn on the canvas; the full label is in the tooltip and panel
LAYOUT_SEED = 7  # layouts are deterministic so that the same graph always renders the same page

VIS_ASSETS = ("lib", "vis-9.1.2")


def render_page(
    graph: nx.MultiDiGraph,
    *,
    title: str,
    highlight: Iterable[str] = (),
    items_route: str | None = None,
    overview: bool = False,
) -> str:
    """A complete, self-contained HTML document.

    `highlight`: node ids to emphasise, select and show in the details panel initially (unknown ids are ignored).
    `items_route`: where a served page asks which items involve a node (the service's /items); without it (a page
    saved from a notebook) the panel lists the items drawn on the page that mention the node.
    `overview`: the page opens with the types of ON_DEMAND hidden (a tick in the legend shows them), so that the
    whole graph opens on what a reader can take in: documents, sections, items, courts, places, bodies, pilots."""
    if not all(isinstance(node, str) for node in graph):
        graph = nx.relabel_nodes(graph, str)  # ids become JSON object keys and vis ids, which must agree
    emphasised = [node for node in dict.fromkeys(map(str, highlight)) if node in graph]
    hidden_types = [
        kind for kind in ON_DEMAND if overview and any(_type_of(a) == kind for _, a in graph.nodes(data=True))
    ]
    shown = [node for node, attrs in graph.nodes(data=True) if _type_of(attrs) not in hidden_types]
    physics = 0 < len(shown) <= PHYSICS_LIMIT
    groups = _document_groups(graph) if overview else {}
    network = _network(graph, set(emphasised), physics, set(hidden_types), groups)
    data = {
        "nodes": network.nodes,
        "edges": network.edges,
        "options": network.options,
        "info": _node_info(graph),
        "evidence": _evidence(graph),
        "highlight": emphasised,
        "physics": physics,
        "large": graph.number_of_nodes() > PHYSICS_LIMIT,
        "itemsRoute": items_route,
        "hiddenTypes": hidden_types,
        "groups": groups,
        "labelRank": {node: _label_rank(attrs, graph.degree(node)) for node, attrs in graph.nodes(data=True)},
    }
    script, style = _vis_assets()
    return template("graph.html").render(
        title=title,
        legend=_legend(graph),
        node_count=graph.number_of_nodes(),
        edge_count=graph.number_of_edges(),
        data=_script_json(data),
        vis_js=script,
        vis_css=style,
    )


# --- pyvis network ------------------------------------------------------------------------------------------------


def _network(
    graph: nx.MultiDiGraph,
    emphasised: set[str],
    physics: bool,
    hidden_types: set[str],
    groups: Mapping[str, list[str]],
) -> Any:
    network = Network(height="100%", width="100%", directed=True)
    network.node_ids = _IdList()
    hidden = {node for node, attrs in graph.nodes(data=True) if _type_of(attrs) in hidden_types}
    positions = _layout(graph, hidden, groups)
    for node, attrs in graph.nodes(data=True):
        options = _node_options(node, attrs, graph.degree(node), positions[node], node in emphasised)
        network.add_node(node, **options, **({"hidden": True} if node in hidden else {}))
    # Edge ids are their position in graph.edges(), which is also how _evidence() keys the sentences.
    for index, (source, target, key, attrs) in enumerate(graph.edges(keys=True, data=True)):
        _add_edge(network, f"e{index}", source, target, attrs, _parallel_rank(graph, source, target, key))
    network.options = _options(graph.number_of_nodes(), physics)
    return network


class _IdList(list[str]):
    """pyvis keeps node ids in a list and checks it for every new node and both ends of every edge: O(n) each,
    ~0.8 s for 5k nodes and 10k edges. The same list with a set beside it answers in O(1)."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[str] = set()

    def append(self, item: str) -> None:
        super().append(item)
        self._members.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def _add_edge(network: Any, edge_id: str, source: str, target: str, attrs: Mapping[str, Any], rank: int) -> None:
    options: dict[str, Any] = {"id": edge_id, "label": str(attrs.get("label", ""))}
    if rank:
        # Parallel edges would be drawn on top of each other; bend each one a little more than the last.
        options["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": min(0.15 * rank, 0.9)}
    network.add_edge(source, target, **options)


def _parallel_rank(graph: nx.MultiDiGraph, source: str, target: str, key: Any) -> int:
    """0 for a lone edge; otherwise 1, 2, … so that curvedCW bends each apart. Edges back the other way start at 1
    too, and curvedCW (relative to direction) bends them to the other side."""
    keys = list(graph[source][target])
    reverse = source != target and graph.has_edge(target, source)
    return keys.index(key) + (1 if reverse else 0) if len(keys) > 1 or reverse else 0


def _node_options(
    node: str, attrs: Mapping[str, Any], degree: int, position: tuple[float, float], emphasised: bool
) -> dict[str, Any]:
    style = _style(_type_of(attrs))
    size = min(10 + 3 * math.log2(1 + degree), 30)  # hubs are bigger, but never huge
    options: dict[str, Any] = {
        "label": _short(_label_of(node, attrs)),
        "shape": style.shape,
        "color": style.color,
        "size": round(size + (8 if emphasised else 0), 1),
        "borderWidth": 4 if emphasised else 1,
        "x": round(position[0], 1),
        "y": round(position[1], 1),
    }
    if emphasised:
        options["color"] = {"background": style.color, "border": "#111111"}
        options["font"] = {"size": 18, "bold": True}
    return options


def _document_groups(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """For an overview of several documents: each document with its sections and items, which the page draws as one
    node (a cluster that opens on a double click), so that what the documents share stands between them."""
    documents = [node for node, attrs in graph.nodes(data=True) if _type_of(attrs) == DOCUMENT_TYPE]
    if len(documents) < 2:
        return {}
    groups: dict[str, list[str]] = {document: [] for document in documents}
    for node, attrs in graph.nodes(data=True):
        if _type_of(attrs) in (SECTION_TYPE, ITEM_TYPE):
            document = node.split("/section/")[0].split("/item/")[0]
            if document in groups:
                groups[document].append(node)
    return groups


def _label_rank(attrs: Mapping[str, Any], degree: int) -> list[int]:
    """Which labels a crowded view keeps: documents and sections first, then courts and places, then by degree."""
    kind = _type_of(attrs)
    return [LABEL_ORDER.index(kind) if kind in LABEL_ORDER else len(LABEL_ORDER), -degree]


def _options(node_count: int, physics: bool) -> dict[str, Any]:
    large = node_count > PHYSICS_LIMIT
    return {
        "autoResize": True,
        "nodes": {"font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": "#9aa5b1", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            # Smooth curves cost a bezier per edge on every frame; straight lines keep large graphs fluid.
            "smooth": False if large else {"enabled": True, "type": "continuous"},
            # relation names appear once zoomed in enough to read them; the overview would be a blur of them
            "scaling": {"label": {"drawThreshold": 9}},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "layout": {"improvedLayout": False},  # positions come from the server; vis's own pre-layout is O(n²)
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "stabilization": {"enabled": True, "iterations": STABILISATION_ITERATIONS, "fit": True},
        },
    }


# --- server-side layout -------------------------------------------------------------------------------------------


def _layout(
    graph: nx.MultiDiGraph, hidden: AbstractSet[str] = frozenset(), groups: Mapping[str, list[str]] | None = None
) -> dict[str, tuple[float, float]]:
    """Node positions in vis-network pixels: each connected component laid out alone, then packed in rows. Nodes
    `hidden` at first are left out of the layout, so that what shows is spread well, and then placed beside the
    nodes they link to, where they appear when shown; so are the members of `groups` (a document's sections and
    items, drawn as the document's cluster), whose links count as their document's."""
    owner = {member: head for head, members in (groups or {}).items() for member in members}
    aside = set(hidden) | set(owner)
    simple = nx.Graph()  # direction, parallel edges and attributes don't matter for placement
    simple.add_nodes_from(node for node in graph if node not in aside)
    simple.add_edges_from(
        (owner.get(u, u), owner.get(v, v))
        for u, v in graph.edges()
        if owner.get(u, u) not in hidden and owner.get(v, v) not in hidden and owner.get(u, u) != owner.get(v, v)
    )
    # components as lists in the graph's order (a set of node names has another order in every process)
    order = {node: index for index, node in enumerate(simple)}
    components = sorted(
        (sorted(nodes, key=order.__getitem__) for nodes in nx.connected_components(simple)),
        key=lambda nodes: (-len(nodes), order[nodes[0]]),
    )
    positions = _pack([_component_layout(_subgraph(simple, nodes)) for nodes in components])
    for index, node in enumerate(node for node in graph if node in aside):
        linked = [positions[n] for n in nx.all_neighbors(graph, node) if n in positions]
        x, y = (sum(c) / len(linked) for c in zip(*linked, strict=True)) if linked else (0.0, 0.0)
        angle = 2.4 * index  # golden-angle steps: siblings of one parent fan out instead of stacking
        positions[node] = (x + NODE_SPACING * 0.6 * math.cos(angle), y + NODE_SPACING * 0.6 * math.sin(angle))
    return positions


def _subgraph(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(nodes)
    sub.add_edges_from((u, v) for u in nodes for v in graph[u] if v in keep)
    return sub


def _component_layout(component: nx.Graph) -> tuple[dict[str, tuple[float, float]], float]:
    if len(component) > SPRING_LIMIT:
        return _radial_layout(component)
    radius = NODE_SPACING * math.sqrt(len(component)) / 1.5
    positions = nx.spring_layout(component, seed=LAYOUT_SEED, scale=radius, center=(0, 0))
    return {node: (float(x), float(y)) for node, (x, y) in positions.items()}, radius


def _radial_layout(component: nx.Graph) -> tuple[dict[str, tuple[float, float]], float]:
    """BFS layers in bands around the best-connected node, each node near its parent's angle. Linear time."""
    root = max(component.degree, key=lambda pair: pair[1])[0]
    angles: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    outer = 0.0
    for depth, layer in enumerate(nx.bfs_layers(component, [root])):
        if depth:
            layer.sort(key=lambda node: min(angles[n] for n in component[node] if n in angles))
        inner = outer + NODE_SPACING if depth else 0.0
        rings = _rings_needed(len(layer), inner) if depth else 1
        for index, node in enumerate(layer):
            # Alternate between the band's rings: neighbours in the ordering stay close, density stays even.
            angles[node] = 2 * math.pi * (index + 0.5) / len(layer)
            radius = inner + (index % rings) * NODE_SPACING
            positions[node] = (radius * math.cos(angles[node]), radius * math.sin(angles[node]))
        outer = inner + (rings - 1) * NODE_SPACING
    return positions, outer


def _rings_needed(count: int, inner: float) -> int:
    """How many concentric rings, NODE_SPACING apart from `inner` outwards, hold `count` nodes NODE_SPACING apart."""
    rings, capacity = 0, 0.0
    while capacity < count:
        capacity += 2 * math.pi * (inner + rings * NODE_SPACING) / NODE_SPACING
        rings += 1
    return rings


def _pack(layouts: list[tuple[dict[str, tuple[float, float]], float]]) -> dict[str, tuple[float, float]]:
    """Shelf-pack components (largest first) into rows about as wide as the total area is square."""
    cells = [2 * radius + NODE_SPACING for _, radius in layouts]
    width = max([*cells, math.sqrt(sum(cell * cell for cell in cells))], default=0.0)
    packed: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for (positions, _radius), cell in zip(layouts, cells, strict=True):
        if x and x + cell > width:
            x, y, row = 0.0, y + row, 0.0
        centre = (x + cell / 2, y + cell / 2)
        packed.update({node: (centre[0] + px, centre[1] + py) for node, (px, py) in positions.items()})
        x, row = x + cell, max(row, cell)
    return packed


# --- data for the page's script -----------------------------------------------------------------------------------


def _node_info(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """What the tooltip and the details panel show: the full label, types, aliases and the mentioning items."""
    mentions = _mentions(graph)
    return {
        node: {
            "label": _label_of(node, attrs),
            "type": _type_of(attrs),
            "types": _split(attrs.get("types", "")) or [_type_of(attrs)],
            "aliases": _split(attrs.get("aliases", "")),
            "mentions": mentions.get(node, []),
            **({"text": attrs["text"]} if attrs.get("text") else {}),
        }
        for node, attrs in graph.nodes(data=True)
    }


def _mentions(graph: nx.MultiDiGraph) -> dict[str, list[list[Any]]]:
    """For each node, the items (工作要点) whose 涉及 edges point at it, as [ordinal, item title], in item order."""
    found: dict[str, dict[str, int]] = {}
    for item, node, attrs in graph.edges(data=True):
        if attrs.get("label") == MENTIONS and graph.nodes[item].get("type") == ITEM_TYPE:
            found.setdefault(node, {}).setdefault(item, int(attrs.get("ordinal") or 0))
    return {
        node: [[ordinal, _label_of(item, graph.nodes[item])] for item, ordinal in sorted(items.items(), key=_by_value)]
        for node, items in found.items()
    }


def _evidence(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """Per edge id (the same ids as the drawn edges): relation, document, item ordinal and sentence."""
    return {
        f"e{index}": {
            "label": str(attrs.get("label", "")),
            "document": str(attrs.get("document", "")),
            "ordinal": int(attrs.get("ordinal") or 0),
            "evidence": str(attrs.get("evidence", "")),
        }
        for index, (_source, _target, attrs) in enumerate(graph.edges(data=True))
    }


def _legend(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for _node, attrs in graph.nodes(data=True):
        counts[_type_of(attrs)] = counts.get(_type_of(attrs), 0) + 1
    order = [*TYPE_STYLES, OTHER_TYPE]
    return [{"type": kind, "style": _style(kind), "count": counts[kind]} for kind in order if kind in counts]


# --- small helpers ------------------------------------------------------------------------------------------------


def _type_of(attrs: Mapping[str, Any]) -> str:
    kind = str(attrs.get("type") or "")
    return kind if kind in TYPE_STYLES else OTHER_TYPE


def _style(kind: str) -> TypeStyle:
    return TYPE_STYLES.get(kind, OTHER_STYLE)


def _label_of(node: str, attrs: Mapping[str, Any]) -> str:
    return str(attrs.get("label") or node)


def _short(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1] + "…"


def _split(joined: Any) -> list[str]:
    return [part for part in str(joined or "").split("|") if part]


def _by_value(pair: tuple[str, int]) -> tuple[int, str]:
    return pair[1], pair[0]


# The JSON goes inside <script type="application/json">: escaping <, > and & keeps "</script>" and "<!--" from
# ending or confusing the block, and U+2028/2029 are escaped because older JavaScript treats them as line breaks.
# (Chained str.replace is ~10x faster than str.translate on the multi-megabyte payload of a large graph.)
_SCRIPT_ESCAPES = (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def _script_json(value: Any) -> Markup:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for character, escape in _SCRIPT_ESCAPES:
        text = text.replace(character, escape)
    return Markup(text)


@cache
def _vis_assets() -> tuple[Markup, Markup]:
    """vis-network's JS and CSS from pyvis's bundled copy, checked to be safe to inline."""
    folder = resources.files("pyvis").joinpath(*VIS_ASSETS)
    script = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    style = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # These sequences would end the inline element early; the pinned bundle has none, so fail loudly if it changes.
    if any(marker in script.lower() for marker in ("</script", "<!--")) or "</style" in style.lower():
        raise ValueError("pyvis's bundled vis-network cannot be inlined safely")
    return Markup(script), Markup(style)


@cache
def template(name: str) -> Any:
    """A page template of graph/templates, autoescaped."""
    loader = PackageLoader("reformkg.graph", "templates")
    environment = Environment(loader=loader, autoescape=select_autoescape(["html"]))
    return environment.get_template(name)
