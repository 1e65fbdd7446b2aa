"""Web pages: the document, not the site around it; a legal database's fields kept; GBK pages decoded."""

from __future__ import annotations

from reformkg.extract.extractor import extract_file
from reformkg.extract.reading import read_text
from tests.conftest import TESTS

COURT_SITE = TESTS / "documents" / "fujian-2023-gongzuo-yaodian.html"  # GBK, table layout, menus and footers
DATABASE = TESTS / "documents" / "zuigaofa-2015-gaige-yijian.html"  # 【】 fields, a table of contents beside


def test_site_furniture_is_dropped():
    raw = read_text(COURT_SITE)
    assert raw.encoding == "html (gb18030)"
    for furniture in ("当前位置", "浏览次数", "版权所有", "ICP备", "关闭窗口", "首页"):
        assert furniture not in raw.text


def test_database_fields_are_kept_and_the_table_of_contents_is_not_an_outline():
    text = read_text(DATABASE).text
    assert "【发文字号】法发〔2015〕5号" in text
    document = extract_file(DATABASE).document
    assert (document.metadata.number, document.metadata.issued) == ("法发〔2015〕5号", "2015-02-11")
    assert document.sections[0].title == "总体要求"
    assert len(document.sections) == 6 and len(document.items) == 28


def test_a_page_of_markup_only_is_refused(tmp_path):
    import pytest

    from reformkg.extract.reading import DocumentError

    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"empty\.html"):
        extract_file(page)
