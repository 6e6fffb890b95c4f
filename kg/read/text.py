"""Plain-text reports: detect the encoding and keep the text exactly as decoded.

Real government files come as UTF-8 (with or without BOM) or as GB18030/GBK.  The text is kept
exactly as decoded (CRLF and ideographic-space indentation included) so that every offset in
the graph points into it; only the BOM, which is not text, is dropped.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import InputError
from ..model import SourceText
from .files import file_name

# GB18030 is a superset of GBK and GB2312, so one attempt covers all three.
_ENCODINGS = ("utf-8", "gb18030")
# Below this share of printable characters a file is treated as binary, not text.
_MIN_PRINTABLE_SHARE = 0.95
# A report is tens of kilobytes; a file far larger is a mistake (a log, a dump), and reading
# it would take minutes and gigabytes.  ``kg build --max-size`` changes the limit.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def read_report(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read and decode the report at ``path``; raise :class:`InputError` for anything that is not one."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise InputError(f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.3g} MB limit (kg build --max-size)", path=path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    return decode_report(data, name=file_name(path), path=path)


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
