"""Reading: encodings are detected, never guessed silently wrong; bad files get a clear reason."""

from __future__ import annotations

import codecs
import re
import unicodedata

import pytest

from reformkg.extract.reading import DocumentError, read_text
from tests.extract.test_script import traditional

TEXT = "一、总体要求\n\n1.完善审判机制。\n"


def test_utf8_with_and_without_bom_and_gb18030_decode_to_the_same_text(tmp_path):
    for name, data, encoding in [
        ("plain.txt", TEXT.encode("utf-8"), "utf-8"),
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        ("gbk.txt", TEXT.encode("gb18030"), "gb18030"),
    ]:
        path = tmp_path / name
        path.write_bytes(data)
        raw = read_text(path)
        assert raw.text == TEXT
        assert raw.encoding == encoding


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"just some English text, not a reform document at all", "not Chinese text"),
        (bytes(range(128, 256)) * 4, "not"),
    ],
)
def test_files_that_are_not_documents_are_refused_with_the_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(DocumentError) as error:
        read_text(path)
    assert reason in str(error.value)
    assert str(path) in str(error.value)


def test_missing_file_and_directory_are_refused(tmp_path):
    with pytest.raises(DocumentError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="directory"):
        read_text(tmp_path)


def test_devices_and_pipes_are_refused_without_reading_them(tmp_path):
    import os

    with pytest.raises(DocumentError, match="not a regular file"):
        read_text("/dev/zero")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_text(fifo)  # would hang forever if it were opened


def test_a_directory_stands_for_the_documents_under_it(tmp_path):
    from reformkg.extract.reading import document_files

    (tmp_path / "sub").mkdir()
    names = ("a.txt", "sub/b.docx", "sub/c.pdf", "sub/f.doc", "sub/g.wps", "sub/h.xls", "sub/i.et")
    for name in (*names, "notes.json", ".hidden/d.txt", "sub/~$e.docx"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    files, skipped = document_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in files] == list(names)
    assert [p.name for p in skipped] == ["notes.json"]


def test_a_text_too_long_to_be_one_document_is_refused_up_front(tmp_path):
    from reformkg.extract.reading import MAX_CHARACTERS

    path = tmp_path / "huge.txt"
    path.write_text("1.完善审判机制。\n" * (MAX_CHARACTERS // 8), encoding="utf-8")
    with pytest.raises(DocumentError, match="split it into its parts"):
        read_text(path)


def _bundled_text() -> str:
    from reformkg.extract import BUNDLED_DOCUMENT

    return BUNDLED_DOCUMENT.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("name", "encode", "encoding"),
    [
        ("big5.txt", lambda text: traditional(text).encode("big5"), "big5, traditional → simplified"),
        ("utf16le.txt", lambda text: text.encode("utf-16-le"), "utf-16-le"),
        ("utf16be.txt", lambda text: text.encode("utf-16-be"), "utf-16-be"),
        ("gbk.txt", lambda text: text.encode("gbk"), "gb18030"),
    ],
)
def test_big5_and_utf16_without_a_mark_read_as_the_original_text(tmp_path, name, encode, encoding):
    original = _bundled_text()
    path = tmp_path / name
    path.write_bytes(encode(original))
    raw = read_text(path)
    assert raw.encoding == encoding
    assert raw.text == original


def test_a_traditional_copy_extracts_what_the_simplified_original_does(tmp_path, bundled):
    from reformkg.extract.extractor import extract_file

    path = tmp_path / "copy.txt"
    path.write_bytes(traditional(_bundled_text()).encode("big5"))
    copy = extract_file(path)
    assert copy.document.title == bundled.document.title
    assert copy.mentions == bundled.mentions
    assert copy.relations == bundled.relations


def test_a_text_layer_of_look_alike_radicals_extracts_what_the_original_does(tmp_path, bundled):
    """A PDF converter may write ⼈ (a Kangxi radical) for 人 and ⒈ for 1.: the text means the same."""
    from reformkg.extract.extractor import extract_file

    radicals = {unicodedata.normalize("NFKC", chr(code)): chr(code) for code in range(0x2F00, 0x2FD6)}
    text = "".join(radicals.get(char, char) for char in _bundled_text())
    text = re.sub(r"(?m)^(\d)\.", lambda match: chr(0x2488 + int(match.group(1)) - 1), text)
    assert sum(char in radicals.values() for char in text) > 300
    path = tmp_path / "radicals.txt"
    path.write_text(text, encoding="utf-8")
    copy = extract_file(path)
    assert copy.document.title == bundled.document.title
    assert copy.mentions == bundled.mentions
    assert copy.relations == bundled.relations


@pytest.mark.parametrize(
    ("wrong", "decoded_as"),
    [
        ("big5", "gb18030"),  # a Big5 file whose bytes also happen to be valid GB18030
        ("utf-8", "gb18030"),
    ],
)
def test_text_only_a_wrong_decoding_could_produce_is_refused(tmp_path, wrong, decoded_as):
    """Bytes that decode in the given encoding into a garbled text are refused, not stored as a document."""
    garbled = traditional(_bundled_text()).encode(wrong).decode(decoded_as, errors="replace").replace("\ufffd", "")
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    with pytest.raises(DocumentError, match="garbled"):
        read_text(path)


def test_a_folder_note_goes_with_every_document_read_from_it(tmp_path):
    from reformkg.extract.reading import NOTE_FILE

    path = tmp_path / "plan.txt"
    path.write_text(_bundled_text(), encoding="utf-8")
    assert read_text(path).note is None
    (tmp_path / NOTE_FILE).write_text("草稿，\n未经审定。\n", encoding="utf-8")
    assert read_text(path).note == "草稿， 未经审定。"


def test_an_rtf_document_is_refused_saying_what_it_is(tmp_path):
    saved = tmp_path / "plan.doc"  # Word saves RTF under .doc too
    saved.write_bytes(rb"{\rtf1\ansi\ansicpg936{\fonttbl{\f0 SimSun;}}\f0 1.\'cd\'c6\'bd\'f8\par}")
    with pytest.raises(DocumentError, match="is an RTF document"):
        read_text(saved)
