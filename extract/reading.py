"""Reading a document file: whatever its format, its text (and any task tables) — or a clear reason why not.

Plain text is decoded here, strictly; Word, PDF, web pages and spreadsheets have readers of their own in
extract/formats/, chosen by the file's suffix and checked against its first bytes. Every reader hands on a RawText:
the document's text as lines, with a marker line where a task table stands.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import stat
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reformkg.extract.script import as_simplified, common_share, is_cjk, simplified

if TYPE_CHECKING:
    from reformkg.extract.tables import TaskTable

# A genuine document of this genre is mostly Chinese; below this share of CJK characters among the
# non-space characters, a decoding "succeeded" only by accident (e.g. Latin-1 bytes read as GB18030).
MIN_CJK_SHARE = 0.3
# Below this share of common characters (see extract/script.py) a text is what a wrong decoding made.
MIN_COMMON_SHARE = 0.8
MAX_BYTES = 50 * 1024 * 1024
# A work-points document has a few thousand to a few tens of thousands of characters (the SPC's five-year outlines
# about 30,000). Building takes memory in proportion to the text (about 2 KB a character, measured by
# bench/benchmark.py memory), so longer texts are refused up front, with the reason, rather than grown until the
# machine kills the build: at this limit a build stays under 400 MB.
MAX_CHARACTERS = 80_000
# What a format's parser would have to hold before the text can be counted: refused before parsing.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
# .wps and .et: WPS Office's writer and spreadsheet files, in Word 97's and Excel 97's formats
SUFFIXES = (
    *TEXT_SUFFIXES,
    ".docx",
    ".doc",
    ".wps",
    ".pdf",
    ".html",
    ".htm",
    ".mht",
    ".mhtml",
    ".xlsx",
    ".xlsm",
    ".xls",
    ".et",
    ".csv",
)


class DocumentError(Exception):
    """A file that cannot be read as a reform document. The message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        return type(self), (self.path, self.reason)  # so that it crosses from a worker process intact


@dataclass(frozen=True)
class RawText:
    path: str
    text: str
    encoding: str  # a text encoding, or the format it was read from (docx, pdf, html (gbk) …)
    tables: tuple[TaskTable, ...] = field(default=())
    digest: str = ""  # SHA-256 of the file's bytes
    note: str | None = None  # what the folder's NOTE_FILE says of the documents in it


def read_text(path: str | Path) -> RawText:
    """The document at `path`, read by the reader its format needs."""
    path = Path(path)
    data = read_bytes(path)
    raw = _read(path, data)
    characters = len(raw.text) + sum(len(row.text) for table in raw.tables for row in table.rows)
    if characters > MAX_CHARACTERS:
        raise _too_long(path, f"{characters:,}")
    converted = as_simplified(raw.text)
    if converted is not None:
        raw = dataclasses.replace(
            raw,
            text=converted,
            tables=simplified(raw.tables),
            encoding=f"{raw.encoding}, traditional → simplified",
        )
    share = common_share(raw.text)
    if share is not None and share < MIN_COMMON_SHARE:
        raise DocumentError(
            path,
            f"reads as {raw.encoding} but yields garbled text (only {share:.0%} of its Chinese characters are common "
            "ones, against over 99% in real documents): the file's encoding is not one reformkg knows, or the "
            "file is damaged",
        )
    return dataclasses.replace(raw, digest=hashlib.sha256(data).hexdigest(), note=folder_note(path))


# A note on every document of a folder, kept with each (drafts, an OCR'd archive, fictional test documents): one
# or two lines of UTF-8 text in this file beside them. Hidden, so that a directory build does not take it for one.
NOTE_FILE = ".reformkg-note"
MAX_NOTE_CHARACTERS = 500


def folder_note(path: Path) -> str | None:
    note = path.parent / NOTE_FILE
    if not note.is_file():
        return None
    text = " ".join(note.read_bytes()[: 4 * MAX_NOTE_CHARACTERS].decode("utf-8", errors="replace").split())
    return text[:MAX_NOTE_CHARACTERS] or None


def _too_long(path: str | Path, characters: str) -> DocumentError:
    return DocumentError(
        path,
        f"holds {characters} characters of text; a work-points document has at most a few tens of "
        f"thousands, and reformkg builds documents of up to {MAX_CHARACTERS:,} — split it into its parts",
    )


def too_large(path: str | Path, what: str, size: int) -> DocumentError:
    """The error for a file whose format would make its parser hold more than reformkg builds."""
    return DocumentError(
        path,
        f"is too large to be one work-points document ({what} of {size / 1024 / 1024:.0f} MB; reformkg builds "
        f"documents of up to {MAX_CHARACTERS:,} characters) — split it into its parts",
    )


def check_unpacked(path: str | Path, data: bytes, part: str, what: str) -> None:
    """Refuse an Office file whose parts under `part` (word/document, xl/) unpack to more than a parser may hold;
    a file that is no ZIP archive raises zipfile.BadZipFile for its reader to explain."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        size = sum(info.file_size for info in package.infolist() if info.filename.startswith(part))
    if size > MAX_UNPACKED_BYTES:
        raise too_large(path, what, size)


def _read(path: Path, data: bytes) -> RawText:
    suffix = path.suffix.lower()
    if suffix == ".docx" or (suffix not in (".xlsx", ".xlsm") and _is_zip(data) and b"word/" in data[:4096]):
        from reformkg.extract.formats.docx import read_docx

        return read_docx(path, data)
    if suffix in (".xlsx", ".xlsm") or (_is_zip(data) and b"xl/" in data[:4096]):
        from reformkg.extract.formats.sheets import read_xlsx

        return read_xlsx(path, data)
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        from reformkg.extract.formats.pdf import read_pdf

        return read_pdf(path, data)
    if _is_web_archive(data) or suffix in (".mht", ".mhtml"):
        from reformkg.extract.formats.html import read_web_archive

        return read_web_archive(path, data)
    if suffix in (".html", ".htm") or _looks_like_html(data):
        from reformkg.extract.formats.html import read_html

        return read_html(path, data)
    if suffix in (".md", ".markdown"):
        from reformkg.extract.formats.markdown import read_markdown

        return read_markdown(path, data)
    if suffix == ".csv":
        from reformkg.extract.formats.sheets import read_csv

        return read_csv(path, data)
    if data.lstrip()[:5] == b"{\\rtf":  # Word saves RTF under .doc too; its control words are no text
        raise DocumentError(path, "is an RTF document, which reformkg does not read: save it as .docx and build that")
    if data.startswith(OLE_SIGNATURE) or suffix in (".doc", ".wps", ".xls", ".et"):
        return _read_compound(path, data)
    if _is_zip(data):
        raise DocumentError(path, "is a ZIP archive that is neither a Word (.docx) nor an Excel (.xlsx) file")
    if len(data) > 4 * MAX_CHARACTERS:  # no encoding spends more than four bytes on a character
        raise _too_long(path, f"at least {len(data) // 4:,}")
    text, encoding = decode(path, data)
    return RawText(str(path), text, encoding)


OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97–2003 files are OLE2 compound files


def _read_compound(path: Path, data: bytes) -> RawText:
    """A Word 97–2003 or Excel 97–2003 file, told apart by the streams inside, whatever its suffix says (WPS
    Office saves both kinds too)."""
    import olefile

    if not data.startswith(OLE_SIGNATURE):
        kind = "Excel 97–2003 (.xls)" if path.suffix.lower() in (".xls", ".et") else "Word 97–2003 (.doc)"
        raise DocumentError(path, f"is not a readable {kind} file (it is no OLE2 compound file)")
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except Exception as error:  # olefile raises what its parsing meets in a damaged header, not only OSError
        raise DocumentError(path, f"is not a readable Office 97–2003 file ({str(error)[:200]})") from error
    if "WordDocument" in streams:
        from reformkg.extract.formats.doc import read_doc

        return read_doc(path, data)
    if streams & {"Workbook", "Book"}:
        from reformkg.extract.formats.sheets import read_xls

        return read_xls(path, data)
    raise DocumentError(path, "is an Office 97–2003 file that is neither a Word document nor an Excel workbook")


def document_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """The files to build from the given paths, a directory standing for every file under it of a supported
    format (in name order), and the files under directories that were skipped because their format is not."""
    files: list[Path] = []
    skipped: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            files.append(path)
            continue
        for found in sorted(p for p in path.rglob("*") if p.is_file()):
            hidden = any(part.startswith(".") for part in found.relative_to(path).parts)
            if hidden or found.name.startswith("~$"):  # editors' lock files and dot folders
                continue
            (files if found.suffix.lower() in SUFFIXES else skipped).append(found)
    return files, skipped


def read_bytes(path: Path) -> bytes:
    """The file's bytes: a regular file only (not a device, a pipe or a directory), and never more than the
    size limit — the limit is enforced by reading at most one byte more, not by what the file claims."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise DocumentError(path, "no such file") from None
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error
    if stat.S_ISDIR(info.st_mode):
        raise DocumentError(path, "is a directory, not a document")
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(path, "is not a regular file (a device, a pipe or a socket); only files are read")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error
    if len(data) > MAX_BYTES:
        raise DocumentError(path, f"is larger than {MAX_BYTES // (1024 * 1024)} MB; not a work-points document")
    return data


def _is_zip(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def _is_web_archive(data: bytes) -> bool:
    """MHTML: a MIME message whose first part is a web page, as Word's "single file web page" is saved."""
    head = data[:2048].lower()
    return head.lstrip().startswith((b"mime-version:", b"from:", b"content-type: multipart/related")) and (
        b"multipart/related" in head
    )


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<body" in data[:65536].lower())


def decode(path: str | Path, data: bytes) -> tuple[str, str]:
    """The text of a file in any common Chinese encoding: UTF-8, UTF-16 (with a byte-order mark or without), GB18030
    (GBK, GB2312) or Big5. Without a mark, UTF-8 is tried first (it rarely decodes by accident); the others are told
    apart by charset-normalizer, and what comes out must read as Chinese text."""
    if not data.strip():
        raise DocumentError(path, "is empty")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return checked(path, _strict(path, data, encoding), encoding), encoding
    if b"\x00" not in data:
        try:
            return checked(path, data.decode("utf-8"), "utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    candidates = ["utf_16_le", "utf_16_be"] if b"\x00" in data else ["gb18030", "big5"]
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[: 256 * 1024], cp_isolation=candidates).best()
    if best is None:
        if b"\x00" in data:
            raise DocumentError(path, "is a binary file (it contains NUL bytes and is no UTF-16 text), not text")
        raise DocumentError(path, "is neither UTF-8, UTF-16, GB18030/GBK nor Big5 text")
    encoding = best.encoding.replace("_", "-")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(path, f"looks like {encoding} text but is not valid {encoding} ({error.reason})") from None
    return checked(path, text, encoding), encoding


def _strict(path: str | Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(
            path, f"has a {encoding} byte-order mark but is not valid {encoding} ({error.reason})"
        ) from error


def checked(path: str | Path, text: str, encoding: str) -> str:
    """The text, if it reads as Chinese text; else a DocumentError that says what it is instead."""
    visible = [c for c in text if not c.isspace()]
    if not visible:
        raise DocumentError(path, "is empty")
    controls = sum(1 for c in visible if ord(c) < 32 or 0x7F <= ord(c) < 0xA0)
    if controls > len(visible) * 0.01:
        raise DocumentError(path, "contains control characters; it is not a text document")
    cjk = sum(1 for c in visible if is_cjk(c))
    if cjk < len(visible) * MIN_CJK_SHARE:
        raise DocumentError(
            path, f"decodes as {encoding} but is not Chinese text ({cjk} of {len(visible)} characters are Chinese)"
        )
    return text
