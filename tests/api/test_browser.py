"""The graph pages of the real server in a real browser (Debian's Chromium driven by Playwright): the whole
graph is drawn, search finds the right node, and the page asks nothing of any address but the server's."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

import pytest

from reformkg.graph.network import neighbourhood, ordered_subgraph
from reformkg.graph.projection import project
from reformkg.graph.queries import documents
from reformkg.graph.store import GraphStore
from reformkg.graph.vocabulary import entity_iri, item_iri
from tests.api.conftest import ARTIFACTS

HOSTILE_DOCUMENT = Path(__file__).with_name("hostile-document.txt")


@pytest.fixture(scope="module")
def served_graph(server):
    with GraphStore.open(server.store, read_only=True) as store:
        return project(store), documents(store)[0]["id"]


def open_page(chromium, url: str) -> tuple[Any, list[str]]:
    page = chromium.new_page(viewport={"width": 1600, "height": 1000})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url)
    page.wait_for_function("() => window.reformkgGraph && window.reformkgGraph.ready === true", timeout=60_000)
    return page, requested


def drawn(page) -> tuple[int, int]:
    nodes, edges = page.evaluate("() => [window.reformkgGraph.nodes.length, window.reformkgGraph.edges.length]")
    return int(nodes), int(edges)


def only_the_server(server, requested: list[str]) -> None:
    outside = [
        url
        for url in requested
        if urlparse(url).scheme not in ("data", "blob", "about") and urlparse(url).hostname != "127.0.0.1"
    ]
    assert not outside, outside
    assert all(urlparse(url).port == urlparse(server.url).port for url in requested if url.startswith("http"))


def test_the_whole_graph_is_drawn_and_search_finds_shenzhen(server, chromium, served_graph):
    graph, _ = served_graph
    page, requested = open_page(chromium, f"{server.url}/graph")
    assert drawn(page) == (graph.number_of_nodes(), graph.number_of_edges())
    legend = page.inner_text("#legend")
    assert all(kind in legend for kind in ("法院", "地区", "机制", "工作要点"))
    page.fill("#search", "深圳")
    shenzhen = str(entity_iri("深圳"))
    page.wait_for_function("id => window.reformkgGraph.highlighted.includes(id)", arg=shenzhen)
    for node in page.evaluate("() => window.reformkgGraph.highlighted"):
        attrs = graph.nodes[node]
        assert "深圳" in attrs["label"] or "深圳" in attrs["aliases"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    only_the_server(server, requested)
    page.close()


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [
        (a["id"], b["id"])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]
    ]


def test_the_whole_graph_opens_on_a_readable_overview(server, chromium, served_graph):
    """Mechanisms and concepts wait in the legend; no two labels drawn at the opening zoom overlap; search fades
    all but the matches and their neighbours."""
    graph, _ = served_graph
    page, requested = open_page(chromium, f"{server.url}/graph")
    boxes = page.evaluate("() => window.reformkgGraph.labelBoxes")
    assert len(boxes) >= 20 and not overlapping(boxes)
    hidden = page.evaluate("() => window.reformkgGraph.nodes.get({filter: n => n.hidden}).map(n => n.id)")
    mechanisms = [n for n, attrs in graph.nodes(data=True) if attrs["type"] in ("机制", "概念")]
    assert sorted(hidden) == sorted(mechanisms)
    page.screenshot(path=str(ARTIFACTS / "graph-one-document.png"))
    page.check('input.type-filter[data-type="机制"]')
    shown = page.evaluate("() => window.reformkgGraph.nodes.get({filter: n => !n.hidden}).length")
    assert shown == graph.number_of_nodes() - sum(1 for n in mechanisms if graph.nodes[n]["type"] == "概念")
    page.fill("#search", "深圳中院")
    page.wait_for_function("() => (window.reformkgGraph.faded || []).length > 0")
    faded = set(page.evaluate("() => window.reformkgGraph.faded"))
    court = str(entity_iri("深圳市中级人民法院"))
    assert court not in faded and not faded & set(graph.neighbors(court)) and len(faded) > 100
    only_the_server(server, requested)
    page.close()


def test_ten_documents_open_as_one_node_each(chromium, extractions, tmp_path):
    """Several documents: each opens as one node (its sections and items inside) between what they share."""
    from fastapi.testclient import TestClient

    from reformkg.api.service import create_app
    from reformkg.graph.build import write_extractions
    from reformkg.graph.store import GraphStore

    with GraphStore.open(tmp_path) as store:
        write_extractions(store, list(extractions.values())[:10])
    with TestClient(create_app(tmp_path, sparql_workers=1)) as client:
        html = client.get("/graph").text
    page = chromium.new_page(viewport={"width": 1600, "height": 1000})
    page.set_content(html)
    page.wait_for_function("() => window.reformkgGraph && window.reformkgGraph.ready === true", timeout=60_000)
    assert page.evaluate("() => window.reformkgGraph.clusters.length") == 10
    assert not overlapping(page.evaluate("() => window.reformkgGraph.labelBoxes"))
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph-ten-documents.png"))
    page.close()


def test_a_work_point_page_and_a_neighbourhood_page(server, chromium, served_graph):
    graph, document = served_graph
    page, requested = open_page(chromium, f"{server.url}/graph?document={quote(document)}&item=2")
    # the page projects only what the work point touches; drawn from the whole projection it is the same
    node = str(item_iri(document, 2))
    touched = {node, *graph.successors(node)}
    touched |= {o for s in touched - {node} for o in graph.successors(s) if graph.nodes[o]["type"] == "地区"}
    view = ordered_subgraph(graph, touched)
    assert drawn(page) == (view.number_of_nodes(), view.number_of_edges())
    assert "完善金融审判创新工作机制" in page.title()
    assert "指导深圳中院" in page.inner_text("#details .item-text")  # the item's page shows what the item says
    only_the_server(server, requested)
    page.close()
    page, requested = open_page(chromium, f"{server.url}/graph?entity={quote('深圳中院')}&depth=2")
    view = neighbourhood(graph, str(entity_iri("深圳市中级人民法院")), 2)  # from the whole projection
    assert drawn(page) == (view.number_of_nodes(), view.number_of_edges())
    only_the_server(server, requested)
    page.close()


def test_a_nodes_details_list_the_items_that_items_involves_answers(server, chromium):
    """The details panel and /items?involves= are one query: a neighbourhood page of 深圳 lists the items of the
    courts in 深圳 too, not only those whose text is drawn next to the node."""
    import json
    import urllib.request

    with urllib.request.urlopen(f"{server.url}/items?involves={quote('深圳')}", timeout=30) as answer:
        rows = json.load(answer)
    assert rows
    page, requested = open_page(chromium, f"{server.url}/graph?entity={quote('深圳')}&depth=1")
    page.wait_for_function(
        "() => window.reformkgGraph.itemsShown !== null && window.reformkgGraph.itemsShown !== undefined"
    )
    assert page.evaluate("() => window.reformkgGraph.itemsShown") == len(rows)
    listed = page.locator("#details .involved-items li").all_inner_texts()
    assert [text.split("（")[0] for text in listed] == [f"第{row['ordinal']}项 {row['title']}" for row in rows]
    only_the_server(server, requested)
    page.close()


def test_the_reader_highlights_what_was_extracted_where_it_stands(server, chromium, served_graph):
    """The document reader: each highlight sits on the words of its mention, and clicking one opens its node."""
    _, document = served_graph
    page, requested = open_page_plain(chromium, f"{server.url}/documents/{quote(document)}/view")
    court = page.locator('#item-2 a.mention[data-label="深圳市中级人民法院"]').first
    start, end = int(court.get_attribute("data-start")), int(court.get_attribute("data-end"))
    item_text = page.evaluate("() => document.querySelector('#item-2 .text').innerText")
    assert item_text[start:end] == "深圳中院" == court.inner_text()
    kinds = set(page.evaluate("() => [...document.querySelectorAll('a.mention')].map(a => a.dataset.type)"))
    assert {"法院", "地区", "机制", "试点"} <= kinds
    assert page.locator("#item-2 .evidence").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reader.png"), full_page=False)
    court.click()
    page.wait_for_function("() => window.reformkgGraph && window.reformkgGraph.ready === true", timeout=60_000)
    assert "entity=" in page.url
    assert str(entity_iri("深圳市中级人民法院")) in page.evaluate("() => window.reformkgGraph.highlighted")
    only_the_server(server, requested)
    page.close()


def test_the_corpus_page_draws_its_heatmap_offline(chromium, store_dir):
    """The corpus page of a store of 22 documents, rendered in Chromium: a table of them and an inline heatmap."""
    from fastapi.testclient import TestClient

    from reformkg.api.service import create_app

    with TestClient(create_app(store_dir, sparql_workers=1)) as client:
        assert client.get("/", follow_redirects=False).headers["location"] == "/corpus"
        html = client.get("/corpus").text
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.set_content(html)
    assert page.locator("tbody tr").count() >= 20
    box = page.locator("svg.heatmap").bounding_box()
    assert box and box["width"] > 500 and box["height"] > 1000
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "corpus.png"), full_page=False)
    page.locator("svg.heatmap").screenshot(path=str(ARTIFACTS / "corpus-heatmap.png"))
    assert not [url for url in requested if not url.startswith(("data:", "about:"))]
    page.close()


def open_page_plain(chromium, url: str) -> tuple[Any, list[str]]:
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url)
    return page, requested


def test_the_api_docs_render_offline_with_every_route(server, chromium):
    page = chromium.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{server.url}/docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    shown = page.inner_text(".swagger-ui")
    assert all(path in shown for path in ("/items", "/paths", "/neighbours", "/sparql", "/graph"))
    only_the_server(server, requested)
    page.close()


def test_names_from_a_hostile_document_are_shown_as_text_never_run(chromium, tmp_path):
    """A document whose names and sentences carry markup: built, served, drawn — and nothing of it executes."""
    from fastapi.testclient import TestClient

    from reformkg.api.service import create_app
    from tests.api.test_cli import run

    run("build", str(HOSTILE_DOCUMENT), "--store", str(tmp_path))
    with TestClient(create_app(tmp_path, sparql_workers=1)) as client:
        page_html = client.get("/graph").text
    page = chromium.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.set_content(page_html)
    page.wait_for_function("() => window.reformkgGraph && window.reformkgGraph.ready === true", timeout=60_000)
    page.fill("#search", "alert")
    page.wait_for_function("() => window.reformkgGraph.highlighted.length > 0")
    labels = page.evaluate("() => window.reformkgGraph.nodes.get().map(node => node.label || '')")
    assert any("<script>" in label for label in labels)  # drawn as the text it is
    assert page.evaluate("() => document.querySelectorAll('img, svg, [onerror], [onload]').length") == 0
    assert not dialogs
    with TestClient(create_app(tmp_path, sparql_workers=1)) as client:
        document = client.get("/documents").json()[0]["id"]
        reader_html = client.get(f"/documents/{quote(document)}/view").text
    page.set_content(reader_html)
    assert "<script>" in page.inner_text("main")  # shown as text
    assert page.evaluate("() => document.querySelectorAll('script, img, svg, [onerror], [onload]').length") == 0
    assert not dialogs
    page.close()
