"""Reading a document file: decode it without guessing silently wrong, or say clearly why not."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

# A genuine document of this genre is mostly Chinese; below this share of CJK characters among the
# non-space characters, a decoding "succeeded" only by accident (e.g. Latin-1 bytes read as GB18030).
MIN_CJK_SHARE = 0.3
MAX_BYTES = 50 * 1024 * 1024


class DocumentError(Exception):
    """A file that cannot be read as a reform document. The message names the file and the reason."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


@dataclass(frozen=True)
class RawText:
    path: str
    text: str
    encoding: str


def read_text(path: str | Path) -> RawText:
    path = Path(path)
    try:
        if not path.exists():
            raise DocumentError(path, "no such file")
        if path.is_dir():
            raise DocumentError(path, "is a directory, not a text file")
        if path.stat().st_size > MAX_BYTES:
            raise DocumentError(path, f"larger than {MAX_BYTES // (1024 * 1024)} MB; not a work-points document")
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror or error})") from error
    text, encoding = decode(path, data)
    return RawText(str(path), text, encoding)


def decode(path: str | Path, data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise DocumentError(path, "is empty")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(path, _strict(path, data, encoding), encoding), encoding
    if b"\x00" in data:
        raise DocumentError(path, "is a binary file (it contains NUL bytes), not text")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _checked(path, text, encoding), encoding
    raise DocumentError(path, "is neither UTF-8 nor GB18030/GBK text")


def _strict(path: str | Path, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentError(
            path, f"has a {encoding} byte-order mark but is not valid {encoding} ({error.reason})"
        ) from error


def _checked(path: str | Path, text: str, encoding: str) -> str:
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


def is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F
