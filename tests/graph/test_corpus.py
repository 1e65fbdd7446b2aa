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
