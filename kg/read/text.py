"""Report files → the text every offset in the graph points into.

Plain text comes as UTF-8 (with or without BOM) or as GB18030/GBK; it is kept exactly as
decoded (CRLF and ideographic-space indentation included); only the BOM, which is not text, is
dropped.  Web pages, Word and PDF files are turned into text by their readers (``web``, ``word``,
``pdf``); that text is what the graph's offsets point into, and the graph keeps it
(kg:extractedText), so every quote can be checked against it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import InputError
from ..model import SourceText
from .files import CONVERT_HINT, FORMATS, OLD_WORD, file_name
from .pdf import pdf_text
from .web import decode_page, page_text
from .word import docx_text

# GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
_ENCODINGS = ("utf-8", "gb18030")
# Below this share of printable characters a file is treated as binary, not text.
_MIN_PRINTABLE_SHARE = 0.95
# A report is tens of kilobytes; a file far larger is a mistake (a log, a dump), and reading
# it would take minutes and gigabytes.  ``kg build --max-size`` changes the limit.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Word and PDF files carry fonts and pictures besides the text: they may be this many times larger.
BINARY_SIZE_FACTOR = 10


def read_report(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read the report at ``path`` as its suffix says; raise :class:`InputError` for anything
    that is not one."""
    fmt = report_format(path)
    limit = max_bytes * (BINARY_SIZE_FACTOR if fmt in ("docx", "pdf") else 1)
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise InputError(f"file is {size / 2**20:.1f} MB, over the {limit / 2**20:.3g} MB limit for {fmt} files "
                             "(kg build --max-size)", path=path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    if fmt == "text":
        return decode_report(data, name=file_name(path), path=path)
    return extract_report(data, fmt, name=file_name(path), path=path)


def report_format(path: Path) -> str:
    """The format a report file is read as, from its suffix (a file without one is text)."""
    suffix = path.suffix.lower()
    if suffix == OLD_WORD:
        raise InputError("an old Word .doc file; kg reads .docx: " + CONVERT_HINT, path=path)
    return FORMATS.get(suffix, "text")


def extract_report(data: bytes, fmt: str, *, name: str, path: Path | str | None = None) -> SourceText:
    """The text of a web page, Word or PDF file; ``path`` only names the file in errors."""
    where = path if path is not None else name
    if not data.strip():
        raise InputError(f"empty file: no {fmt} to read", path=where)
    sha256 = hashlib.sha256(data).hexdigest()
    if fmt == "html":
        if b"\x00" in data:
            raise InputError("binary file: contains NUL bytes, expected a web page", path=where)
        page, encoding = decode_page(data, where)
        if not _looks_like_text(page):
            raise InputError("binary file: too many control characters for a web page", path=where)
        return SourceText(name=name, text=page_text(page, where), sha256=sha256, encoding=encoding, format="html")
    if fmt == "docx":
        return SourceText(name=name, text=docx_text(data, where), sha256=sha256, encoding=None, format="docx")
    if fmt == "pdf":
        return SourceText(name=name, text=pdf_text(data, where), sha256=sha256, encoding=None, format="pdf")
    raise ValueError(f"unknown report format {fmt!r}")


def decode_report(data: bytes, *, name: str, path: Path | str | None = None) -> SourceText:
    """Decode report bytes; ``path`` only names the file in errors."""
    where = path if path is not None else name
    if not data.strip():
        raise InputError("empty file: no text to read", path=where)
    if b"\x00" in data:
        raise InputError("binary file: contains NUL bytes, expected plain text", path=where)
    text, encoding = _decode(data, where)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not _looks_like_text(text):
        raise InputError("binary file: too many control characters for plain text", path=where)
    return SourceText(name=name, text=text, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, format="text")


def _decode(data: bytes, where: Path | str) -> tuple[str, str]:
    for encoding in _ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise InputError("cannot decode file: neither UTF-8 nor GB18030/GBK", path=where)


def _looks_like_text(text: str) -> bool:
    printable = sum(1 for c in text if c.isprintable() or c.isspace())
    return printable >= _MIN_PRINTABLE_SHARE * len(text)
