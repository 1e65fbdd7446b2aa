"""PDFs: page furniture removed, wrapped lines and pages joined, scans read by OCR or refused, passwords refused."""

from __future__ import annotations

import shutil

import pytest

from reformkg.extract.extractor import extract_file
from reformkg.extract.formats import pdf
from reformkg.extract.reading import DocumentError, read_text
from tests.conftest import TESTS, damaged_copies

HUBEI = TESTS / "documents" / "hubei-2022-gongzuo-yaodian.pdf"  # — 2 — footers, a running header, wrapped lines
SCAN = TESTS / "documents" / "scan-2022-gongzuo-yaodian.pdf"
ENCRYPTED = TESTS / "documents" / "encrypted-2022-gongzuo-yaodian.pdf"
# a cover letter, then a ruled task table over five landscape pages, its header repeated on each, category rows
# spanning it, cells wrapped over several lines
HUNAN = TESTS / "documents" / "hunan-2024-renwu-fengong.pdf"
# a task table ruled across only (rules above and under the header, a hairline under each row, none down the
# columns) over three portrait pages, two rows cut by page breaks, one inside a court's name
JILIN = TESTS / "documents" / "jilin-2024-renwu-fenjie.pdf"
# a cover letter on portrait pages, then the task table on portrait pages turned a quarter (/Rotate 90), its text
# drawn up the page so that it reads across when shown
WUHAN = TESTS / "documents" / "wuhan-2024-fengong-fangan.pdf"


def test_page_numbers_and_running_headers_are_removed():
    lines = read_text(HUBEI).text.splitlines()
    assert not any(line.strip().startswith("—") for line in lines)
    # the running header of pages 2+ is gone; the letterhead and the cover letter's number stay once
    assert sum("鄂高法〔2022〕31号" in line for line in lines) == 1


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph():
    document = extract_file(HUBEI).document
    assert "支持武汉中院、宜昌中院开展院庭长列席合议庭评议试点" in document.item(2).text
    assert all("\n" not in sentence.text for item in document.items for sentence in item.sentences)


def test_a_ruled_table_over_several_pages_is_one_task_table():
    raw = read_text(HUNAN)
    (table,) = raw.tables
    tasks = [row for row in table.rows if row.category is None]
    assert [row.number for row in tasks] == [str(n) for n in range(1, 35)]  # the repeated header row is no task
    assert sum(row.category is not None for row in table.rows) == 6
    assert tasks[0].ledger.deadline == "2024年6月底前" and tasks[0].ledger.lead == ("审管办",)
    assert "职责边界与履职方式" in tasks[0].measures[0]  # a cell's wrapped lines are one paragraph


def test_a_table_on_pages_turned_a_quarter_reads_as_the_pages_are_shown():
    raw = read_text(WUHAN)
    (table,) = raw.tables
    tasks = [row for row in table.rows if row.category is None]
    assert [row.number for row in tasks] == [str(n) for n in range(1, 26)]
    assert tasks[0].task == "健全审判权力运行监督制约机制"  # the cell's wrapped lines, left to right
    # 牵头单位 | 责任单位: the second column of answerable units takes part
    assert tasks[0].ledger.lead == ("审管办",) and tasks[0].ledger.participants
    assert "2024年全市法院深化司法体制" in raw.text  # the portrait pages as before


def test_a_table_ruled_across_only_is_one_task_table_with_its_columns_from_the_white_between_them():
    (table,) = read_text(JILIN).tables
    tasks = [row for row in table.rows if row.category is None]
    assert [row.number for row in tasks] == [str(n) for n in range(1, 24)]
    assert sum(row.category is not None for row in table.rows) == 4
    assert all(row.ledger.lead and row.ledger.deadline for row in tasks)
    cut = tasks[17]  # cut by the page break inside 珲春市人民法院, in its measures and its participants
    assert "在珲春市人民法院探索" in cut.measures[0] and "珲春市人民法院" in cut.ledger.participants


def test_a_cells_numbered_points_keep_their_lines_and_quotes_their_place():
    tasks = [row for row in read_text(HUNAN).tables[0].rows if row.category is None]
    assert [point[:2] for point in tasks[8].measures[0].splitlines()] == ["1.", "2.", "3.", "4."]
    assert tasks[7].task == "完善“四类案件”监督管理机制"  # quotation marks, boxed small and high, sit in their line


def test_a_word_task_table_printed_to_pdf_reads_as_the_docx():
    # printed by LibreOffice 7.4 (soffice --convert-to pdf) from the test document: narrow columns, rows cut by
    # page breaks (the rest of a cell on the next page), a task whose cells are merged over two rows across a break
    printed = read_text(TESTS / "extract" / "formats" / "printed" / "sichuan-2022-fengong-fangan.pdf").tables[0]
    original = read_text(TESTS / "documents" / "sichuan-2022-fengong-fangan.docx").tables[0]

    def tasks(table):
        return [(row.number, row.task, row.ledger) for row in table.rows if row.category is None]

    assert tasks(printed) == tasks(original)
    assert [row.text.replace("\n", "") for row in printed.rows] == [row.text.replace("\n", "") for row in original.rows]


def test_a_spreadsheet_printed_to_pdf_keeps_its_title_apart_from_its_subtitle():
    # printed by LibreOffice from the .xlsx test document: a centred title and subtitle over three pages of table
    document = extract_file(TESTS / "extract" / "formats" / "printed" / "henan-2023-renwu-fenjie.pdf").document
    assert document.title == "2023年全省法院司法体制改革任务分解表"
    assert document.metadata.issuer == "河南省高级人民法院" and len(document.items) == 20


def test_running_text_printed_to_pdf_reads_as_the_docx():
    # printed by LibreOffice from the Word test document: quotation marks drawn after the line's other characters
    # (完善一“”站式), ledgers indented as a block and wrapped, a deadline on the line after its field
    printed = extract_file(TESTS / "extract" / "formats" / "printed" / "jiangsu-2023-gongzuo-yaodian.pdf").document
    original = extract_file(TESTS / "documents" / "jiangsu-2023-gongzuo-yaodian.docx").document
    assert [(i.label, i.title, i.ledger) for i in printed.items] == [
        (i.label, i.title, i.ledger) for i in original.items
    ]


def test_the_text_around_a_table_is_read_and_the_table_cells_are_not():
    text = read_text(HUNAN).text
    assert "现印发给你们，请认真抓好落实。" in text
    assert "健全审判辅助人员分类管理制度" not in text  # a task's cell, which the table holds


def test_a_scan_without_ocr_is_refused_with_a_message_that_says_so(monkeypatch):
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    with pytest.raises(DocumentError, match=r"without a text layer.*tesseract-ocr-chi-sim"):
        read_text(SCAN)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed (scripts/setup-system.sh)")
def test_a_scan_is_read_by_ocr_when_tesseract_is_installed():
    raw = read_text(SCAN)
    assert raw.encoding == "pdf (OCR)"
    assert "2022年全省法院司法改革工作要点" in raw.text
    assert "健全审判权力运行监督制约机制" in raw.text


def _line(text: str) -> pdf.Line:
    return pdf.Line(text, 90.0, 500.0, 100.0, 116.0, 0, 842.0)


def test_a_text_layer_of_codes_rather_than_characters_is_told_from_chinese_text():
    # what PDFium gives for a font embedded without a map to Unicode: control characters and Latin letters
    codes = [_line("\x01\x04\x05\x06\x07\x08\x0e\x0f\x10\x11\x12ÄÅÇÉÑÖ\x06Üáàâä\x1c"), _line("2024ã3å1ç")]
    assert pdf._unmapped(codes)
    chinese = [
        _line("1.完善审判权力运行监督制约机制。推动“一站式”诉讼服务——2024年3月1日"),
        _line("Email: court@example.cn"),
    ]
    assert not pdf._unmapped(chinese)
    assert not pdf._unmapped([_line("— 3 —"), _line("\x01\x02ÄÅ")])  # too little to tell: a page number, a stray mark


def test_an_encrypted_pdf_is_refused():
    with pytest.raises(DocumentError, match="encrypted"):
        read_text(ENCRYPTED)


def test_a_corrupt_pdf_is_refused(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(DocumentError, match=r"broken\.pdf"):
        read_text(broken)


def test_a_damaged_pdf_is_read_or_refused_never_a_crash(tmp_path):
    # a PDF of ruled tables: pages that PDFium cannot load, broken paths and fonts, pages left for OCR
    for copy in damaged_copies(HUNAN, tmp_path, 30):
        try:
            read_text(copy)
        except DocumentError as error:
            assert copy.name in str(error)


def test_a_scan_is_read_as_its_ink_a_lighter_seal_over_the_signature_left_out():
    from PIL import Image, ImageDraw

    from reformkg.extract.formats.pdf import _ink_only

    page = Image.new("RGB", (400, 200), (236, 236, 236))  # greyish paper
    draw = ImageDraw.Draw(page)
    draw.rectangle((20, 20, 380, 40), fill=(25, 25, 25))  # a line of print
    draw.ellipse((250, 60, 370, 180), outline=(150, 150, 150), width=8)  # a seal, lighter than print
    ink = _ink_only(page)
    assert ink.mode == "L"
    assert ink.getpixel((100, 30)) == 0 and ink.getpixel((254, 120)) == 255 and ink.getpixel((10, 10)) == 255
