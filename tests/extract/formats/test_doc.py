"""Word 97–2003 (.doc): the main text from the piece table, fields as their results, tables as task tables.

The files in legacy/ were saved by LibreOffice 7.4 (`soffice --headless --convert-to doc`) from .docx files:
sichuan-2022-fengong-fangan.doc from the test document of that name, field-and-table.doc from a small document
with a hyperlink field and a table with an empty cell and a cell of two paragraphs, numbered-outline.doc from a
document whose outline is one Word list of three levels (一、 / 1. / （1）) with no number typed.
"""

from __future__ import annotations

import struct

import pytest

from reformkg.extract.extractor import extract_file
from reformkg.extract.reading import DocumentError, read_text
from tests.conftest import TESTS, damaged_copies

LEGACY = TESTS / "extract" / "formats" / "legacy"
SAVED_AS_DOC = LEGACY / "sichuan-2022-fengong-fangan.doc"
FIELD_AND_TABLE = LEGACY / "field-and-table.doc"


def test_a_doc_reads_as_the_docx_it_was_saved_from():
    original = read_text(TESTS / "documents" / "sichuan-2022-fengong-fangan.docx")
    saved = read_text(SAVED_AS_DOC)
    assert saved.encoding == "doc"
    assert [line for line in saved.text.splitlines() if line] == [line for line in original.text.splitlines() if line]
    assert [row.text for row in saved.tables[0].rows] == [row.text for row in original.tables[0].rows]


def test_a_doc_task_table_gives_items_and_ledgers():
    document = extract_file(SAVED_AS_DOC).document
    expected = extract_file(TESTS / "documents" / "sichuan-2022-fengong-fangan.docx").document

    def shown(items):
        return [(item.label, item.title, item.ledger) for item in items]

    assert shown(document.items) == shown(expected.items)


def test_a_field_reads_as_its_result_and_cells_keep_their_place():
    text = read_text(FIELD_AND_TABLE).text
    assert "详见法院网站公布的全文。" in text and "HYPERLINK" not in text
    # an empty cell is a cell mark alone, like the end of a row: the paragraph properties tell them apart
    assert text.splitlines()[3:6] == ["甲，丙；", "第一段", "第二段，乙；"]


def test_numbers_of_word_lists_are_written_out_as_word_prints_them():
    # as LibreOffice prints the same file: a deeper level starts again under each new number above it
    assert read_text(LEGACY / "numbered-outline.doc").text.splitlines() == [
        "2024年全省法院司法改革工作要点",
        "一、全面深化司法责任制综合配套改革",
        "1.完善审判权力运行机制。健全院庭长阅核制度。",
        "2.深化审判团队改革。",
        "（1）试点先行。",
        "二、优化诉讼服务",
        "1.推进一站式多元解纷机制建设。",
        "2.健全诉调对接平台。",
    ]


def test_an_encrypted_doc_is_refused_with_the_reason(tmp_path):
    import olefile

    encrypted = tmp_path / "encrypted.doc"
    encrypted.write_bytes(SAVED_AS_DOC.read_bytes())
    with olefile.OleFileIO(str(encrypted), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", word, 0x0A, struct.unpack_from("<H", word, 0x0A)[0] | 0x0100)  # fEncrypted
        ole.write_stream("WordDocument", bytes(word))
    with pytest.raises(DocumentError, match="encrypted Word file"):
        read_text(encrypted)


@pytest.mark.parametrize("keep", [512, 4096, 20000])
def test_a_truncated_doc_is_refused_with_a_clear_error(tmp_path, keep):
    broken = tmp_path / "broken.doc"
    broken.write_bytes(SAVED_AS_DOC.read_bytes()[:keep])
    with pytest.raises(DocumentError, match=r"broken\.doc"):
        read_text(broken)


def test_a_web_page_saved_as_doc_is_read_as_the_web_page_it_is(tmp_path):
    page = tmp_path / "notice.doc"  # how some sites publish: Word's "save as web page" under the old suffix
    page.write_text("<html><body><p>一、总体要求</p><p>1.完善审判权力运行机制。</p></body></html>", encoding="utf-8")
    assert read_text(page).text.splitlines() == ["一、总体要求", "1.完善审判权力运行机制。"]


def test_a_doc_that_is_not_one_is_refused(tmp_path):
    fake = tmp_path / "notice.doc"
    fake.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(DocumentError, match="no OLE2 compound file"):
        read_text(fake)


def test_the_kind_of_an_office_97_file_comes_from_its_streams_not_its_suffix(tmp_path):
    misnamed = tmp_path / "plan.wps"  # WPS Office saves Word's binary format under its own suffix
    misnamed.write_bytes(SAVED_AS_DOC.read_bytes())
    assert read_text(misnamed).encoding == "doc"


@pytest.mark.parametrize(
    "original", [SAVED_AS_DOC, LEGACY / "numbered-outline.doc", LEGACY / "henan-2023-renwu-fenjie.xls"], ids=str
)
def test_a_damaged_office_97_file_is_read_or_refused_never_a_crash(tmp_path, capsys, original):
    # the compound file's header, the FIB, the piece table, the list tables …
    for copy in damaged_copies(original, tmp_path, 40):
        try:
            read_text(copy)
        except DocumentError as error:
            assert copy.name in str(error)
    assert capsys.readouterr().out == ""  # xlrd's log goes nowhere near the output
