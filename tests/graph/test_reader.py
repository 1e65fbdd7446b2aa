"""The document reader: marks sit on the words they name, nest where names nest, and text is escaped."""

from __future__ import annotations

from reformkg.graph.reader import Mark, document_view, highlighted


def test_every_mark_sits_on_the_words_it_names(store):
    _, sections, items = document_view(store, "粤高法明传（2021）73号")
    assert sections and items
    court = [m for item in items for m in item.marks if m.label == "深圳市中级人民法院"]
    assert court and all(items[0].text is not None for _ in court)
    for item in items:
        for mark in item.marks:
            assert 0 <= mark.start < mark.end <= len(item.text)
            if mark.kind == "法院" and mark.label == "深圳市中级人民法院":
                assert item.text[mark.start : mark.end] in ("深圳中院", "深圳市中级人民法院")


def test_nested_names_link_to_the_innermost_and_text_is_escaped():
    text = "推动<b>深圳中院金融审判机制"
    marks = [
        Mark(5, 16, "机制", "深圳中院金融审判机制"),
        Mark(5, 9, "法院", "深圳市中级人民法院"),
        Mark(0, 16, "evidence", "本项 推动 深圳中院金融审判机制"),
    ]
    html = str(highlighted(text, marks))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert html.count('class="mention"') == 2  # the court's words, then the rest of the mechanism's
    first, second = html.split('class="mention"')[1:]
    assert 'data-label="深圳市中级人民法院"' in first and 'data-label="深圳中院金融审判机制"' in second
    assert html.count('class="evidence"') == 3
