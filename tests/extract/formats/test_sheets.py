"""Spreadsheets: task tables in .xlsx and .csv, with their merged cells, categories and ledgers."""

from __future__ import annotations

import pytest

from reformkg.extract.extractor import extract_file
from reformkg.extract.reading import DocumentError, read_text
from tests.conftest import TESTS

XLSX = TESTS / "documents" / "henan-2023-renwu-fenjie.xlsx"
CSV = TESTS / "documents" / "tianjin-2022-renwu-qingdan.csv"  # GB18030, quoted cells with line breaks


def test_an_xlsx_task_table_gives_sections_items_and_ledgers():
    document = extract_file(XLSX).document
    assert document.title == "2023年全省法院司法体制改革任务分解表"
    assert len(document.sections) == 5 and len(document.items) == 20
    assert document.item(1).path == ("一", "1")
    assert "注：" not in " ".join(item.text for item in document.items)
    assert document.item(1).ledger.deadline == "2023年6月底前"


def test_a_csv_export_in_gb18030_is_read():
    raw = read_text(CSV)
    assert raw.encoding == "csv (gb18030)"
    document = extract_file(CSV).document
    assert len(document.items) == 12 and document.metadata.issuer == "天津市高级人民法院"


def test_the_ledger_stays_out_of_the_items_body():
    item = extract_file(XLSX).document.item(1)
    assert item.ledger_at is not None and "牵头单位" in item.text[item.ledger_at :]
    assert "牵头单位" not in item.body


def test_a_spreadsheet_without_a_task_table_is_refused(tmp_path):
    sheet = tmp_path / "contacts.csv"
    sheet.write_text("姓名,电话\n张三,12345\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="no task table"):
        read_text(sheet)


def test_a_corrupt_workbook_is_refused(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(XLSX.read_bytes()[:3000])
    with pytest.raises(DocumentError, match=r"broken\.xlsx"):
        read_text(broken)


def test_an_xls_workbook_reads_as_the_xlsx_it_was_saved_from():
    saved = read_text(TESTS / "extract" / "formats" / "legacy" / "henan-2023-renwu-fenjie.xls")  # by LibreOffice
    original = read_text(XLSX)
    assert saved.encoding == "xls"
    assert saved.text == original.text
    assert [row.text for row in saved.tables[0].rows] == [row.text for row in original.tables[0].rows]


def test_a_corrupt_xls_is_refused(tmp_path):
    broken = tmp_path / "broken.xls"
    broken.write_bytes((TESTS / "extract" / "formats" / "legacy" / "henan-2023-renwu-fenjie.xls").read_bytes()[:5000])
    with pytest.raises(DocumentError, match=r"broken\.xls"):
        read_text(broken)


def test_sheets_named_after_categories_are_the_sections(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    tasks = {
        "一、深化司法责任制改革": ["完善审判权力运行机制", "健全法官员额管理制度"],
        "二、优化诉讼服务": ["推进一站式多元解纷机制建设", "完善跨域立案诉讼服务机制"],
    }
    for sheet_name, rows in tasks.items():
        sheet = book.create_sheet(sheet_name)
        sheet.append(["序号", "工作任务", "牵头单位", "完成时限"])
        for number, task in enumerate(rows, 1):
            sheet.append([number, task, "审管办", "2024年12月底前"])
    path = tmp_path / "tasks.xlsx"
    book.save(path)
    document = extract_file(path).document
    assert [section.title for section in document.sections] == ["深化司法责任制改革", "优化诉讼服务"]
    assert [item.path for item in document.items] == [("一", "1"), ("一", "2"), ("二", "1"), ("二", "2")]


def test_a_sheet_with_the_name_excel_gave_it_is_no_category(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for sheet_name in ("Sheet1", "Sheet2"):
        sheet = book.create_sheet(sheet_name)
        sheet.append(["序号", "工作任务", "牵头单位"])
        sheet.append([1, "完善审判权力运行机制", "审管办"])
    path = tmp_path / "tasks.xlsx"
    book.save(path)
    assert extract_file(path).document.sections == ()


def test_a_plan_pasted_into_a_sheet_a_paragraph_a_row_reads_as_its_text(tmp_path):
    # no header row, no task columns: the rows are the plan's lines, the signature found above a list of contacts
    from reformkg.extract.structure import parse_document

    rows = ["某市中级人民法院2024年司法改革工作要点", "一、深化改革", "1.完善阅核制度。", "2.健全审判委员会制度。"]
    rows += ["3.推进繁简分流。", "某市中级人民法院", "2024年3月15日", "联络员名单"]
    rows += [f"联络员{n},研究室,0931-846201{n}" for n in range(10)]
    sheet = tmp_path / "plan.csv"
    sheet.write_text("\n".join(rows), encoding="utf-8")
    document = parse_document(read_text(sheet))
    assert [item.title for item in document.items] == ["完善阅核制度", "健全审判委员会制度", "推进繁简分流"]
    assert (document.metadata.issuer, document.metadata.issued) == ("某市中级人民法院", "2024-03-15")
