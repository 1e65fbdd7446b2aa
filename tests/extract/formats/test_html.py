"""Web pages: the document, not the site around it; a legal database's fields kept; GBK pages decoded."""

from __future__ import annotations

from reformkg.extract.extractor import extract_file
from reformkg.extract.reading import read_text
from reformkg.extract.structure import parse_document
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


TABLE_PAGE = """<html><head><meta charset="utf-8"><title>任务清单-某法院网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/x">法院新闻</a></div>
<div class="content"><h1>2022年全区法院司法体制改革任务清单</h1><p>为深入推进司法体制综合配套改革，制定本清单。</p>
<table><tr><th>序号</th><th>改革任务</th><th>主要措施</th><th>牵头部门</th><th>协办部门</th><th>完成时限</th></tr>
<tr><td colspan="6">一、深化司法责任制改革</td></tr>
<tr><td rowspan="2">1</td><td rowspan="2">健全审判监督管理机制</td><td>1.完善院庭长阅核制度<br>2.健全监管机制</td>
<td>审管办</td><td>研究室</td><td rowspan="2">2022年6月底前</td></tr>
<tr><td>3.推行审判流程节点管控</td><td>立案庭</td><td>政治部</td></tr>
<tr><td>2</td><td>深化审判团队改革</td><td>组建专业化审判团队</td><td>政治部</td><td></td><td>长期坚持</td></tr>
<tr><td colspan="6">注：各部门每季度报送进展。</td></tr></table></div>
<div class="footer">版权所有 某法院 桂ICP备0000号</div></body></html>"""


def test_a_task_table_published_as_an_html_table(tmp_path):
    page = tmp_path / "qingdan.html"
    page.write_text(TABLE_PAGE, encoding="utf-8")
    document = extract_file(page).document
    assert document.title == "2022年全区法院司法体制改革任务清单"
    assert [(s.title, s.items) for s in document.sections] == [("深化司法责任制改革", (1, 2))]
    first = document.item(1)
    assert first.title == "健全审判监督管理机制" and "3.推行审判流程节点管控" in first.body  # rowspan joined
    assert first.ledger.lead == ("审管办", "立案庭") and first.ledger.deadline == "2022年6月底前"
    assert document.closing == ("注：各部门每季度报送进展。",)


ORDERED_LISTS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/news">司法改革</a></div>
<div class="article">
<h1>某市中级人民法院关于印发《2024年司法改革工作要点》的通知</h1>
<p>发布时间：2024-03-12　来源：本院　文号：某中法发〔2024〕9号</p>
<h2>一、健全审判权力运行体系</h2>
<ol><li>深化审判团队改革，优化审判团队配置模式。</li><li>落实院庭长阅核制度，完善审判监督管理机制。</li></ol>
<h2>二、深化诉讼制度改革</h2>
<ol start="3"><li>扩大小额诉讼程序适用。</li><li value="7">落实认罪认罚从宽制度。</li>
<li>规范量刑建议审查程序。</li></ol>
<p>某市中级人民法院<br>2024年3月8日</p>
</div></body></html>"""


def test_an_ordered_lists_items_carry_the_numbers_a_browser_prints(tmp_path):
    """Work points in <ol> print no numbers of their own: they are numbered as a browser shows them (start,
    value), and the page's byline gives the document's number; the title is the one the notice prints."""
    page = tmp_path / "plan.html"
    page.write_text(ORDERED_LISTS, encoding="utf-8")
    text = read_text(page).text
    assert "1.深化审判团队改革" in text and "3.扩大小额诉讼程序适用" in text and "8.规范量刑建议审查程序" in text
    document = extract_file(page).document
    assert [(s.title, s.items) for s in document.sections] == [
        ("健全审判权力运行体系", (1, 2)),
        ("深化诉讼制度改革", (3, 4, 5)),
    ]
    assert [item.label for item in document.items] == ["1", "2", "3", "7", "8"]
    assert document.metadata.number == "某中法发〔2024〕9号"
    assert document.title == "2024年司法改革工作要点"


def test_a_pages_bulleted_list_of_points_is_its_work_points_and_a_menu_is_not(tmp_path):
    page = (
        '<html><head><meta charset="utf-8"></head><body><ul><li><a href="/">首页</a></li></ul>'
        "<div><h1>某市中级人民法院2025年司法改革工作要点</h1><h3>一、深化审判权力运行机制改革</h3>"
        "<ul><li>完善院庭长阅核制度。</li><li>健全专业法官会议工作机制。</li></ul>"
        "<ul><li>文号：某中法〔2025〕3号</li></ul><p>某市中级人民法院</p><p>2025年2月18日</p></div></body></html>"
    )
    path = tmp_path / "bullets.html"
    path.write_text(page, encoding="utf-8")
    document = parse_document(read_text(path))
    assert [(item.path, item.text) for item in document.items] == [
        (("一", "1"), "完善院庭长阅核制度。"),
        (("一", "2"), "健全专业法官会议工作机制。"),
    ]


def test_a_single_file_web_page_saved_under_doc_is_read_as_its_page(tmp_path):
    # as Word saves a "single file web page" (MHTML), quoted-printable in GB2312, which sites publish as .doc
    import quopri

    page = (
        "<html><body><p>一、深化司法责任制改革</p><p>1.完善审判权力运行机制。支持深圳中院开展试点。</p></body></html>"
    )
    body = quopri.encodestring(page.encode("gb2312")).decode("ascii")
    archive = (
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related; boundary="----=_NextPart_01DA0000.5F3E1A20"\r\n\r\n'
        "此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n\r\n"
        "------=_NextPart_01DA0000.5F3E1A20\r\n"
        "Content-Location: file:///C:/D0C5A1B2/plan.htm\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        'Content-Type: text/html; charset="gb2312"\r\n\r\n'
        f"{body}\r\n"
        "------=_NextPart_01DA0000.5F3E1A20--\r\n"
    )
    saved = tmp_path / "plan.doc"
    saved.write_bytes(archive.encode("gb2312"))
    assert read_text(saved).text.splitlines() == [
        "一、深化司法责任制改革",
        "1.完善审判权力运行机制。支持深圳中院开展试点。",
    ]


def test_boxes_a_page_sets_inline_flow_on_with_their_line(tmp_path):
    # a WeChat article: a section's numeral in a round badge beside its heading, each in a <p> of its own
    badge = (
        '<section style="display: inline-block"><p style="margin:0"><strong>{n}</strong></p></section>'
        '<section style="display:inline-block"><p><strong>、{title}</strong></p></section>'
    )
    page = tmp_path / "article.html"
    page.write_text(
        "<html><body><div id='js_content'>"
        f"<section>{badge.format(n='一', title='总体要求')}</section><p>坚持以习近平法治思想为指导。</p>"
        f"<section>{badge.format(n='二', title='深化审判权力运行机制改革')}</section>"
        "<p>（一）完善院庭长阅核制度。</p><p>（二）推进诉源治理。</p></div></body></html>",
        encoding="utf-8",
    )
    assert "一、总体要求" in read_text(page).text.splitlines()
    document = extract_file(page).document
    assert [(s.title, s.items) for s in document.sections] == [("总体要求", ()), ("深化审判权力运行机制改革", (1, 2))]


def test_a_table_of_data_stands_as_its_rows_with_their_cells_apart(tmp_path):
    page = tmp_path / "plan.htm"
    page.write_text(
        "<html><body><p>一、深化司法责任制改革</p><p>（一）开展审判辅助事务改革。下列法院承担试点任务：</p>"
        "<table border=1><tr><td>试点项目</td><td>承担法院</td></tr>"
        "<tr><td>要素式审判试点</td><td>乌鲁木齐市沙依巴克区人民法院</td></tr></table>"
        "<p>（二）推进诉源治理。</p></body></html>",
        encoding="utf-8",
    )
    assert "要素式审判试点，乌鲁木齐市沙依巴克区人民法院；" in read_text(page).text.splitlines()


def test_a_bylines_source_court_is_the_issuer_and_its_date_the_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><div>司法改革</div><h1>2024年司法体制改革重点任务</h1>"
        "<div><span>发布日期：2024-03-06</span><span>来源：上海市高级人民法院</span><span>浏览次数：3415</span></div>"
        "<p>一、深化司法责任制改革</p><p>1．全面落实院庭长阅核制度。明确阅核范围。</p>"
        "<p>2．完善审判监督管理机制。严格执行“三个规定”。</p></body></html>",
        encoding="utf-8",
    )
    metadata = extract_file(page).document.metadata
    assert (metadata.issuer, metadata.issued) == ("上海市高级人民法院", "2024-03-06")
    newspaper = page.read_text(encoding="utf-8").replace("上海市高级人民法院", "人民法院报")
    page.write_text(newspaper, encoding="utf-8")
    assert extract_file(page).document.metadata.issuer is None  # a newspaper is no issuer


def test_a_news_reprint_is_issued_by_the_court_its_report_names_on_the_bylines_date(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(
        "<html><body><h1>北京高院印发《2025年北京法院司法改革工作要点》</h1>"
        "<div>2025-03-21 09:15:32　来源：中国法院网　作者：记者 张晨阳</div>"
        "<p>记者近日获悉，北京高院印发《2025年北京法院司法改革工作要点》，部署32项改革任务。</p>"
        "<p>以下为要点全文：</p><p>2025年北京法院司法改革工作要点</p>"
        "<p>一、健全审判权力运行体系</p><p>（一）全面落实院庭长阅核制度。明确阅核范围。</p>"
        "<p>（二）完善审判监督管理机制。严格执行“三个规定”。</p><p>责任编辑：王洁</p></body></html>",
        encoding="utf-8",
    )
    metadata = extract_file(page).document.metadata
    # the short name the report gives, by the court's full name; the byline's date, though unlabelled
    assert (metadata.issuer, metadata.issued, metadata.addressees) == ("北京市高级人民法院", "2025-03-21", ())
