"""Word files: Word's own numbering written out, headers and footers left out, tables read as task tables."""

from __future__ import annotations

import io
import zipfile

import pytest

from reformkg.extract.extractor import extract_file
from reformkg.extract.reading import DocumentError, read_text
from tests.conftest import TESTS

NUMBERED = TESTS / "documents" / "jiangsu-2023-gongzuo-yaodian.docx"  # items numbered by Word, restarting per section
TABLE = TESTS / "documents" / "sichuan-2022-fengong-fangan.docx"  # the tasks are a Word table


def test_word_list_numbering_becomes_the_printed_number():
    lines = read_text(NUMBERED).text.splitlines()
    numbered = [line for line in lines if line[:2] in ("1.", "2.")]
    assert numbered and numbered[0].startswith("1.")
    document = extract_file(NUMBERED).document
    assert [item.label for item in document.items[:3]] == ["1", "2", "3"]
    assert document.items[document.sections[2].items[0] - 1].label == "1"  # restarts in each section


def test_headers_and_footers_are_not_the_documents_text():
    with zipfile.ZipFile(NUMBERED) as package:
        header = package.read("word/header1.xml").decode("utf-8")
    assert "江苏省高级人民法院" in header
    text = read_text(NUMBERED).text
    assert "PAGE" not in text


def test_a_word_table_of_tasks_gives_items_and_their_ledger():
    document = extract_file(TABLE).document
    assert len(document.items) == 15
    assert all(item.ledger.lead for item in document.items)
    assert document.metadata.number == "川高法〔2022〕87号"


def test_a_corrupt_word_file_is_refused(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(NUMBERED.read_bytes()[:2000])
    with pytest.raises(DocumentError, match=r"broken\.docx"):
        read_text(broken)
    not_word = tmp_path / "archive.docx"
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as package:
        package.writestr("readme.txt", "hello")
    not_word.write_bytes(data.getvalue())
    with pytest.raises(DocumentError, match="Word"):
        read_text(not_word)


def test_word_bullets_are_the_points_of_a_plan_that_numbers_none(tmp_path):
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("某市中级人民法院2025年司法改革工作要点")
    word.add_paragraph("一、深化审判权力运行机制改革")
    word.add_paragraph("完善院庭长阅核制度。", style="List Bullet")
    word.add_paragraph("推进诉源治理。", style="List Bullet")
    path = tmp_path / "bullets.docx"
    word.save(str(path))
    assert "●完善院庭长阅核制度。" in read_text(path).text.splitlines()
    document = extract_file(path).document
    assert [(item.path, item.text) for item in document.items] == [
        (("一", "1"), "完善院庭长阅核制度。"),
        (("一", "2"), "推进诉源治理。"),
    ]


def _word_file(tmp_path, body_xml: str):
    """A .docx whose body is `body_xml` (WordprocessingML, the w: prefix bound)."""
    from docx import Document as WordDocument
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    word = WordDocument()
    body = word.element.body
    for child in parse_xml(f"<w:body {nsdecls('w')}>{body_xml}</w:body>").iterchildren():
        body.insert(len(body) - 1, child)  # before the section properties
    path = tmp_path / "drafted.docx"
    word.save(str(path))
    return path


def _p(text: str, extra: str = "") -> str:
    return f"<w:p>{extra}<w:r><w:t>{text}</w:t></w:r></w:p>"


def test_tracked_changes_are_read_as_accepted(tmp_path):
    path = _word_file(
        tmp_path,
        _p("一、深化审判权力运行机制改革") + "<w:p><w:r><w:t>1.完善</w:t></w:r>"
        '<w:del w:id="1" w:author="a"><w:r><w:delText>深圳中院</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>专业法官会议</w:t></w:r></w:ins><w:r><w:t>制度。</w:t></w:r>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>推进诉源治理。</w:t></w:r></w:moveFrom></w:p>'
        # a paragraph whose mark was deleted runs on into the next
         + _p("2.推进诉源", '<w:pPr><w:rPr><w:del w:id="4" w:author="a"/></w:rPr></w:pPr>') + _p("治理。"),
    )
    lines = read_text(path).text.splitlines()
    assert "1.完善专业法官会议制度。" in lines
    assert "2.推进诉源治理。" in lines
    assert "深圳中院" not in read_text(path).text


def test_content_controls_and_frame_tables_hold_blocks_of_the_body(tmp_path):
    # a template wraps the body in a content control; a one-column table frames a task table
    cell = lambda text: f"<w:tc>{_p(text)}</w:tc>"  # noqa: E731
    row = lambda *texts: "<w:tr>" + "".join(cell(t) for t in texts) + "</w:tr>"  # noqa: E731
    task_table = (
        "<w:tbl>" + row("序号", "改革任务", "牵头部门") + row("1", "完善院庭长阅核制度。", "审管办") + "</w:tbl>"
    )
    path = _word_file(
        tmp_path,
        "<w:sdt><w:sdtContent>" + _p("某省高级人民法院2025年司法改革任务分工方案") + "</w:sdtContent></w:sdt>"
        f"<w:tbl><w:tr><w:tc>{_p('一、深化审判权力运行机制改革')}{task_table}<w:p/></w:tc></w:tr></w:tbl>",
    )
    raw = read_text(path)
    assert raw.text.splitlines()[0] == "某省高级人民法院2025年司法改革任务分工方案"
    document = extract_file(path).document
    assert [(item.path, item.title, item.ledger.lead) for item in document.items] == [
        (("一", "1"), "完善院庭长阅核制度", ("审管办",))
    ]
