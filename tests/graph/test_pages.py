"""The interactive graph page (graph.pages): self-contained, escaped, styled by type, and usable in a real browser —
for the bundled projection and for a 5,000-node graph."""

from __future__ import annotations

import functools
import itertools
import json
import random
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from reformkg.graph.pages import OTHER_TYPE, TYPE_STYLES, render_page
from reformkg.graph.projection import NODE_CLASSES, project

HOSTILE_LABEL = "<script>alert(1)</script>"
HOSTILE_ALIAS = '"><img src=x onerror=alert(1)>'
HOSTILE_EVIDENCE = "</script><script>alert(2)</script>\u2028<!--"
HOSTILE_TITLE = "<script>alert(3)</script>图"
OUTSIDE = re.compile(r"^\s*(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)  # http://, https://, //host ...


# --- helpers ------------------------------------------------------------------------------------------------------


def payload(html: str) -> dict[str, Any]:
    match = re.search(r'<script id="reformkg-data" type="application/json">(.*?)</script>', html, re.DOTALL)
    assert match, "the page embeds its data block"
    return json.loads(match.group(1))


class _Scan(HTMLParser):
    """Attribute values that load something, the legend's type checkboxes, and inline CSS (script text is opaque
    to the parser, as it is to the browser's tag tokenizer)."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.types: list[str] = []
        self.css: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("src", "href", "action", "formaction", "poster", "data", "background", "srcset", "xlink:href"):
            if values.get(name) is not None:
                self.links.append(str(values[name]))
        if values.get("style"):
            self.css.append(str(values["style"]))
        if tag == "input" and "type-filter" in str(values.get("class", "")):
            self.types.append(str(values.get("data-type")))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css.append(data)


def scan(html: str) -> _Scan:
    parser = _Scan()
    parser.feed(html)
    return parser


def small_graph() -> nx.MultiDiGraph:
    """An item mentioning a court twice (two documents) and the court located in a place, plus a parallel edge."""
    graph = nx.MultiDiGraph()
    graph.add_node("urn:item", label="加强互联网司法建设", type="工作要点", types="工作要点", aliases="")
    graph.add_node("urn:court", label="广州互联网法院", type="法院", types="法院|机构", aliases="广州互联网院")
    graph.add_node("urn:place", label="广州", type="地区", types="地区", aliases="广州市")
    for document in ("urn:doc1", "urn:doc2"):
        graph.add_edge(
            "urn:item", "urn:court", label="涉及", document=document, ordinal=15, evidence="加强广州互联网法院建设。"
        )
    graph.add_edge(
        "urn:item", "urn:court", label="加强", document="urn:doc1", ordinal=15, evidence="加强广州互联网法院建设。"
    )
    graph.add_edge(
        "urn:court", "urn:place", label="位于", document="urn:doc1", ordinal=15, evidence="广州互联网法院位于广州。"
    )
    return graph


def hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("urn:evil", label=HOSTILE_LABEL, type="机制", types="机制", aliases=HOSTILE_ALIAS)
    graph.add_node("urn:item", label=HOSTILE_ALIAS, type="工作要点", types="工作要点", aliases="")
    graph.add_edge("urn:item", "urn:evil", label="涉及", document="urn:doc", ordinal=1, evidence=HOSTILE_EVIDENCE)
    graph.add_edge("urn:evil", "urn:item", label=HOSTILE_LABEL, document="urn:doc", ordinal=2, evidence=HOSTILE_ALIAS)
    return graph


def large_graph(nodes: int = 5000, edges: int = 10000, seed: int = 11) -> nx.MultiDiGraph:
    """A random typed graph with parallel edges and isolated nodes — the worst case for a layout."""
    rng = random.Random(seed)
    kinds = list(TYPE_STYLES)
    graph = nx.MultiDiGraph()
    for index in range(nodes):
        kind = kinds[index % len(kinds)]
        graph.add_node(f"urn:n{index}", label=f"节点{index}", type=kind, types=kind, aliases=f"别名{index}")
    for index in range(edges):
        source, target = f"urn:n{rng.randrange(nodes)}", f"urn:n{rng.randrange(nodes)}"
        graph.add_edge(source, target, label="推动", document="urn:doc", ordinal=index % 40, evidence=f"第{index}句。")
    for index in range(0, 200, 2):  # guaranteed parallel edges
        graph.add_edge(f"urn:n{index}", f"urn:n{index + 1}", label="涉及", document="urn:doc", ordinal=1, evidence="")
    return graph


# --- the page as text ---------------------------------------------------------------------------------------------


def test_no_outside_addresses(store) -> None:
    html = render_page(project(store), title="全图")
    page = scan(html)
    assert not [link for link in page.links if OUTSIDE.match(link)]
    css = "\n".join(page.css)
    assert "@import" not in css
    assert not [url for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css) if not url.startswith("data:")]
    # And nowhere in the document, the inlined vis-network included, does src=/href=/url( point outside.
    assert not re.search(r"""(?:\bsrc|\bhref)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html


def test_title_and_vis_network_are_inline() -> None:
    html = render_page(small_graph(), title="广州")
    assert "<title>广州</title>" in html
    assert "vis-network" in html and "<script src" not in html and "<link" not in html


def test_legend_lists_types_present(store) -> None:
    graph = project(store)
    present = {attrs["type"] for _, attrs in graph.nodes(data=True)}
    legend = scan(render_page(graph, title="全图")).types
    assert legend == [kind for kind in TYPE_STYLES if kind in present]
    assert scan(render_page(small_graph(), title="小图")).types == ["工作要点", "法院", "地区"]


def test_legend_swatches_use_type_styles() -> None:
    html = render_page(small_graph(), title="小图")
    for kind in ("工作要点", "法院", "地区"):
        style = TYPE_STYLES[kind]
        assert f'style="color: {style.color}" aria-hidden="true">{style.glyph}</span>' in html
    nodes = {node["id"]: node for node in payload(html)["nodes"]}
    assert nodes["urn:court"]["color"] == TYPE_STYLES["法院"].color
    assert nodes["urn:court"]["shape"] == TYPE_STYLES["法院"].shape


def test_type_styles_cover_every_projected_type() -> None:
    assert set(NODE_CLASSES.values()) <= set(TYPE_STYLES)
    assert len({(style.color, style.shape) for style in TYPE_STYLES.values()}) == len(TYPE_STYLES)


def test_unknown_types_fall_into_other() -> None:
    graph = small_graph()
    graph.add_edge("urn:place", "urn:unlabelled", label="属于", document="urn:doc1", ordinal=0, evidence="")
    html = render_page(graph, title="小图")
    assert scan(html).types[-1] == OTHER_TYPE
    assert payload(html)["info"]["urn:unlabelled"]["label"] == "urn:unlabelled"


def test_every_edge_is_drawn_with_its_evidence() -> None:
    data = payload(render_page(small_graph(), title="小图"))
    edges = data["edges"]
    assert len(edges) == 4 and len({edge["id"] for edge in edges}) == 4
    assert {edge["label"] for edge in edges} == {"涉及", "加强", "位于"}
    assert set(data["evidence"]) == {edge["id"] for edge in edges}
    bent = [edge for edge in edges if edge["from"] == "urn:item" and "smooth" in edge]
    assert len(bent) == 2  # three parallel item→court edges: the first straight, the others bent apart
    located = next(edge for edge in edges if edge["label"] == "位于")
    assert data["evidence"][located["id"]] == {
        "label": "位于",
        "document": "urn:doc1",
        "ordinal": 15,
        "evidence": "广州互联网法院位于广州。",
    }


def test_node_info_lists_mentioning_items_once() -> None:
    info = payload(render_page(small_graph(), title="小图"))["info"]
    assert info["urn:court"] == {
        "label": "广州互联网法院",
        "type": "法院",
        "types": ["法院", "机构"],
        "aliases": ["广州互联网院"],
        "mentions": [[15, "加强互联网司法建设"]],
    }
    assert info["urn:place"]["mentions"] == []


def test_highlight_emphasises_known_nodes_only() -> None:
    data = payload(render_page(small_graph(), title="小图", highlight=["urn:place", "urn:missing", "urn:place"]))
    assert data["highlight"] == ["urn:place"]
    nodes = {node["id"]: node for node in data["nodes"]}
    assert nodes["urn:place"]["borderWidth"] > nodes["urn:court"]["borderWidth"]


def test_rendering_is_deterministic() -> None:
    assert render_page(small_graph(), title="小图") == render_page(small_graph(), title="小图")


def test_hostile_strings_are_escaped_in_source() -> None:
    html = render_page(hostile_graph(), title=HOSTILE_TITLE, highlight=["urn:evil"])
    for hostile in (HOSTILE_LABEL, HOSTILE_ALIAS, HOSTILE_EVIDENCE, HOSTILE_TITLE, "<img", "\u2028"):
        assert hostile not in html
    assert "<title>&lt;script&gt;alert(3)&lt;/script&gt;图</title>" in html
    # The data block survives as data: nothing in it ends the <script> element, and it parses back intact.
    data = payload(html)
    assert data["info"]["urn:evil"]["label"] == HOSTILE_LABEL
    assert data["info"]["urn:evil"]["aliases"] == [HOSTILE_ALIAS]
    assert HOSTILE_EVIDENCE in [entry["evidence"] for entry in data["evidence"].values()]
    # Only our own script elements exist: data, vis-network, page logic.
    assert len(re.findall(r"<script[\s>]", html.replace('"<script>"+t+"</"+"script>"', ""))) == 3


def test_page_script_never_uses_html_sinks() -> None:
    source = (Path(__file__).resolve().parents[2] / "graph" / "templates" / "graph.html").read_text(encoding="utf-8")
    script = source[source.rindex("<script>") :]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


def test_large_graph_is_laid_out_on_the_server() -> None:
    graph = large_graph()
    data = payload(render_page(graph, title="大图"))
    assert len(data["nodes"]) == 5000 and len(data["edges"]) == graph.number_of_edges()
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    positions = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(positions) == 5000  # every node has its own place


# --- the page in a browser ----------------------------------------------------------------------------------------


@dataclass
class Loaded:
    page: Any
    url: str
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def ready(self, timeout: float = 60_000) -> None:
        self.page.wait_for_function(
            "() => window.reformkgGraph && window.reformkgGraph.ready === true", timeout=timeout
        )

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def violations(self) -> list[str]:
        return self.js("window.__cspViolations")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], str]]:
    """A throwaway HTTP server on 127.0.0.1 for rendered pages; returns each page's URL."""
    root = tmp_path_factory.mktemp("pages")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    names = itertools.count()

    def publish(html: str) -> str:
        name = f"page{next(names)}.html"
        (root / name).write_text(html, encoding="utf-8")
        return f"http://127.0.0.1:{server.server_port}/{name}"

    yield publish
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture()
def load(chromium: Any, serve: Callable[[str], str]) -> Iterator[Callable[[str], Loaded]]:
    """Open a rendered page in a fresh context, recording requests, dialogs, script errors and CSP violations."""
    contexts: list[Any] = []

    def open_page(html: str) -> Loaded:
        context = chromium.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        page.add_init_script(
            "window.__cspViolations = [];"
            "document.addEventListener('securitypolicyviolation',"
            " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
        )
        loaded = Loaded(page, serve(html))
        page.on("request", lambda request: loaded.requests.append(request.url))
        page.on("dialog", lambda dialog: (loaded.dialogs.append(dialog.message), dialog.dismiss()))
        page.on("pageerror", lambda error: loaded.errors.append(str(error)))
        page.goto(loaded.url)
        return loaded

    yield open_page
    for context in contexts:
        context.close()


def node_on_screen(loaded: Loaded, node: str, scale: float = 2.0) -> tuple[float, float]:
    """Centre the view on a node and return its position in page coordinates — once any view animation (e.g. the
    search's fit) is over, so that the point is still right when the mouse gets there."""
    return tuple(
        loaded.js(
            """async ([id, scale]) => {
                const network = window.reformkgGraph.network;
                const frame = () => new Promise(resolve => requestAnimationFrame(resolve));
                let last = "";
                for (let still = 0; still < 5; ) {
                    await frame();
                    const view = JSON.stringify([network.getViewPosition(), network.getScale()]);
                    still = view === last ? still + 1 : 0;
                    last = view;
                }
                network.moveTo({position: network.getPositions([id])[id], scale: scale, animation: false});
                await frame();
                const dom = network.canvasToDOM(network.getPositions([id])[id]);
                const box = document.getElementById("network").getBoundingClientRect();
                return [box.left + dom.x, box.top + dom.y];
            }""",
            [node, scale],
        )
    )


def only_local(loaded: Loaded) -> None:
    origin = loaded.url.rsplit("/", 1)[0] + "/"
    assert loaded.requests and all(url.startswith(origin) for url in loaded.requests), loaded.requests
    assert loaded.violations() == []
    assert loaded.errors == []


def test_real_graph_in_browser(store, load: Callable[[str], Loaded]) -> None:
    graph = project(store)
    loaded = load(render_page(graph, title="2021年全省法院司法改革工作要点"))
    loaded.ready()
    assert loaded.page.title() == "2021年全省法院司法改革工作要点"
    counts = loaded.js("[window.reformkgGraph.nodes.length, window.reformkgGraph.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]

    shenzhen = next(node for node, attrs in graph.nodes(data=True) if attrs["label"] == "深圳")
    loaded.page.fill("#search", "深圳")
    loaded.page.wait_for_function("id => window.reformkgGraph.highlighted.includes(id)", arg=shenzhen)
    expected = {
        node for node, attrs in graph.nodes(data=True) if "深圳" in attrs["label"] or "深圳" in attrs.get("aliases", "")
    }
    assert set(loaded.js("window.reformkgGraph.highlighted")) == expected
    assert set(loaded.js("window.reformkgGraph.network.getSelectedNodes()")) == expected
    only_local(loaded)


def test_click_shows_details_with_evidence(store, load: Callable[[str], Loaded]) -> None:
    graph = project(store)
    shenzhen = next(node for node, attrs in graph.nodes(data=True) if attrs["label"] == "深圳")
    loaded = load(render_page(graph, title="全图"))
    loaded.ready()
    loaded.page.mouse.click(*node_on_screen(loaded, shenzhen))
    details = loaded.page.locator("#details")
    details.locator("h2", has_text="关系与证据").wait_for()
    text = details.inner_text()
    assert "深圳" in text and "深圳市" in text and "地区" in text
    sentences = {attrs["evidence"] for _, _, attrs in graph.edges(shenzhen, data=True) if attrs["evidence"]}
    sentences |= {attrs["evidence"] for _, _, attrs in graph.in_edges(shenzhen, data=True) if attrs["evidence"]}
    assert sentences and all(sentence in text for sentence in sentences)
    pilot = next(attrs for _, _, attrs in graph.in_edges(shenzhen, data=True) if attrs["label"] == "试点于")
    assert "试点于" in text and f"第{pilot['ordinal']}项" in text


def test_hover_shows_label_types_aliases_and_items(load: Callable[[str], Loaded]) -> None:
    loaded = load(render_page(small_graph(), title="小图"))
    loaded.ready()
    x, y = node_on_screen(loaded, "urn:court")
    loaded.page.mouse.move(x - 30, y - 30)
    loaded.page.mouse.move(x, y, steps=5)
    tooltip = loaded.page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    for expected in ("广州互联网法院", "法院、机构", "广州互联网院", "第15项 加强互联网司法建设"):
        assert expected in text


def test_type_filter_hides_and_shows_nodes(store, load: Callable[[str], Loaded]) -> None:
    graph = project(store)
    mechanisms = {node for node, attrs in graph.nodes(data=True) if attrs["type"] == "机制"}
    loaded = load(render_page(graph, title="全图"))
    loaded.ready()
    hidden = "window.reformkgGraph.nodes.get({filter: n => n.hidden === true}).map(n => n.id)"
    loaded.page.locator('input.type-filter[data-type="机制"]').uncheck()
    assert set(loaded.js(hidden)) == mechanisms
    loaded.page.fill("#search", "机制")
    assert loaded.js("window.reformkgGraph.highlighted")
    assert not set(loaded.js("window.reformkgGraph.highlighted")) & mechanisms
    loaded.page.locator('input.type-filter[data-type="机制"]').check()
    assert loaded.js(hidden) == []


def test_hostile_labels_do_not_execute(load: Callable[[str], Loaded]) -> None:
    loaded = load(render_page(hostile_graph(), title=HOSTILE_TITLE, highlight=["urn:evil"]))
    loaded.ready()
    assert loaded.page.title() == HOSTILE_TITLE
    # The highlighted node's details are open from the start: its label is there as text, not as markup.
    details = loaded.page.locator("#details")
    assert details.locator("h2").first.inner_text() == HOSTILE_LABEL
    assert HOSTILE_ALIAS in details.inner_text() and HOSTILE_EVIDENCE.split("\u2028")[0] in details.inner_text()
    loaded.page.fill("#search", "alert")
    assert sorted(loaded.js("window.reformkgGraph.highlighted")) == ["urn:evil", "urn:item"]
    x, y = node_on_screen(loaded, "urn:evil")
    loaded.page.mouse.move(x - 30, y - 30)
    loaded.page.mouse.move(x, y, steps=5)
    loaded.page.locator("div.vis-tooltip").wait_for(state="visible")
    assert HOSTILE_LABEL in loaded.page.locator("div.vis-tooltip").inner_text()
    loaded.page.mouse.click(*node_on_screen(loaded, "urn:item"))
    details.locator("h2", has_text=HOSTILE_ALIAS).wait_for()
    assert loaded.js("document.querySelectorAll('img').length") == 0
    assert loaded.js("document.scripts.length") == 3
    assert loaded.dialogs == []
    only_local(loaded)


def test_empty_graph_becomes_ready(load: Callable[[str], Loaded]) -> None:
    loaded = load(render_page(nx.MultiDiGraph(), title="空"))
    loaded.ready()
    assert loaded.js("[window.reformkgGraph.nodes.length, window.reformkgGraph.edges.length]") == [0, 0]


def test_large_graph_becomes_ready_in_browser(load: Callable[[str], Loaded]) -> None:
    graph = large_graph()
    loaded = load(render_page(graph, title="大图"))
    loaded.ready(timeout=120_000)
    counts = loaded.js("[window.reformkgGraph.nodes.length, window.reformkgGraph.edges.length]")
    assert counts == [graph.number_of_nodes(), graph.number_of_edges()]
    loaded.page.fill("#search", "节点4999")
    assert loaded.js("window.reformkgGraph.highlighted") == ["urn:n4999"]
    only_local(loaded)
