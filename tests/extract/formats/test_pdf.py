"""PDFs: page furniture removed, wrapped lines and pages joined, scans read by OCR or refused, passwords refused."""

from __future__ import annotations

import shutil

import pytest

from reformkg.extract.extractor import extract_file
from reformkg.extract.formats import pdf
from reformkg.extract.reading import DocumentError, read_text
from tests.conftest import TESTS

HUBEI = TESTS / "documents" / "hubei-2022-gongzuo-yaodian.pdf"  # — 2 — footers, a running header, wrapped lines
SCAN = TESTS / "documents" / "scan-2022-gongzuo-yaodian.pdf"
ENCRYPTED = TESTS / "documents" / "encrypted-2022-gongzuo-yaodian.pdf"


def test_page_numbers_and_running_headers_are_removed():
    lines = read_text(HUBEI).text.splitlines()
    assert not any(line.strip().startswith("—") for line in lines)
    # the running header of pages 2+ is gone; the letterhead and the cover letter's number stay once
    assert sum("鄂高法〔2022〕31号" in line for line in lines) == 1


def test_a_paragraph_cut_by_a_page_break_is_one_paragraph():
    document = extract_file(HUBEI).document
    assert "支持武汉中院、宜昌中院开展院庭长列席合议庭评议试点" in document.item(2).text
    assert all("\n" not in sentence.text for item in document.items for sentence in item.sentences)


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


def test_an_encrypted_pdf_is_refused():
    with pytest.raises(DocumentError, match="encrypted"):
        read_text(ENCRYPTED)


def test_a_corrupt_pdf_is_refused(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(DocumentError, match=r"broken\.pdf"):
        read_text(broken)
