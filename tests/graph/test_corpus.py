"""The corpus page: every document, and a concept × document heatmap whose cells count the items."""

from __future__ import annotations

import re

from reformkg.graph.corpus import concept_rows, heatmap, render_corpus
from reformkg.graph.queries import documents


def test_the_heatmap_counts_the_items_that_name_each_concept(store):
    rows = concept_rows(store)
    docs = documents(store)
    assert len(docs) >= 20 and len(rows) >= 100
    shared = max(rows, key=lambda row: len(row.items))
    assert len(shared.items) >= 8  # some mechanisms run through many documents
    svg = str(heatmap(rows, docs))
    assert svg.count("<rect") == len(rows) * len(docs)
    tops = [row.top for row in rows]
    assert tops == sorted(tops)  # grouped by top concept
    review = next(row for row in rows if row.concept == "院庭长阅核")
    assert sum(review.items.values()) >= 2


def test_the_page_lists_every_document_and_escapes_what_it_shows(store):
    html = render_corpus(store)
    assert len(re.findall(r"<tr data-id=", html)) == len(documents(store))
    assert "<script" not in html
    assert "form-action 'self'" in html and "default-src 'none'" in html


def test_documents_written_for_the_tests_say_so_on_the_pages(store):
    """The test documents' folder notes that they are fictional; the corpus page and each reader say it."""
    from reformkg.graph.reader import render_reader

    html = render_corpus(store)
    assert html.count("为测试编写的虚构文件") == len(documents(store)) - 1  # all but the bundled, real one
    hubei = next(d["id"] for d in documents(store) if d["number"] == "鄂高法〔2022〕31号")
    assert "Fictional documents written for reformkg" in render_reader(store, hubei)
