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
