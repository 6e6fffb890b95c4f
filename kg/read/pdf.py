"""PDF files with a text layer: the report's paragraphs, without page furniture.

PDFium (through pypdfium2) reads the text layer.  Measured on reports printed to PDF by Chromium
(``bench/bench_formats.py``): pdfminer.six, pypdf and pdfplumber kept the same characters but
took 0.7–0.9 s a file and gave CJK radicals (⾼ U+2FBC) for a third of the ideographs, where
PDFium took 0.07 s and gave the ideographs.  A PDF holds lines, not paragraphs; they are joined
back here from the page geometry, which no library does for Chinese text: a line starts a
paragraph when it is indented or the line before ended well short of the right margin, and a
line break inside a paragraph is no space (Chinese has no hyphens and no spaces between words).
Running headers and footers (the same words on most pages, page numbers) are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from statistics import median

from ..errors import InputError

# — 3 —, - 3 -, 第3页, 第 3 页 共 12 页, 3/12, Page 3
_PAGE_NUMBER = re.compile(r"^[—–\-－\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:(?:/|／|共)\s*\d+\s*页?)?[—–\-－\s]*$"
                          r"|^(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?$", re.IGNORECASE)
# Running headers and footers sit in the top or bottom part of a page.
_MARGIN_SHARE = 0.12
# A line ending this many characters short of the right margin ends its paragraph.
_SHORT_LINE_CHARS = 2.5
_SENTENCE_ENDS = ("。", "！", "？", "；", "：", ":", ";", "!", "?", "”", "」")
# A line starting this many characters right of the left margin starts a paragraph.
_INDENT_CHARS = 0.8


@dataclass(frozen=True)
class _Line:
    text: str
    left: float
    right: float
    bottom: float
    top: float
    page: int
    height: float  # of the page

    @property
    def furniture_key(self) -> str:
        """The words of a running header or footer, the same on every page but its numbers."""
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", self.text))

    @property
    def in_margin(self) -> bool:
        return self.top > self.height * (1 - _MARGIN_SHARE) or self.bottom < self.height * _MARGIN_SHARE


def pdf_text(data: bytes, where: Path | str) -> str:
    """The text of a PDF, one line per paragraph; raises InputError for a PDF kg cannot read."""
    lines, pages = _read_lines(data, where)
    body = _without_furniture(lines, pages)
    if not body:
        raise InputError("PDF has no text layer (a scanned document): run OCR first, e.g. ocrmypdf -l chi_sim", path=where)
    return "\n".join(_paragraphs(body)).translate(_radicals()) + "\n"


def _read_lines(data: bytes, where: Path | str) -> tuple[list[_Line], int]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(_open_error(data), path=where) from exc
    try:
        if len(document) == 0:
            raise InputError("PDF has no pages", path=where)
        lines: list[_Line] = []
        for number in range(len(document)):
            page = document[number]
            lines.extend(_page_lines(page, number))
        return lines, len(document)
    except pdfium.PdfiumError as exc:
        raise InputError(f"cannot read PDF: {exc}", path=where) from exc
    finally:
        document.close()


def _open_error(data: bytes) -> str:
    """Why PDFium could not open the file.  Told from the bytes, not from PDFium's message: its
    last-error code is process-wide and may still hold an earlier file's error."""
    if b"%PDF-" not in data[:1024]:
        return "not a readable PDF file: another kind of file renamed (no %PDF- header)"
    if b"/Encrypt" in data:
        return "PDF is encrypted with a password; kg cannot read it (remove the password first, e.g. qpdf --decrypt)"
    return "not a readable PDF file: truncated or damaged, or it has no pages"


def _page_lines(page: "pdfium.PdfPage", number: int) -> list[_Line]:  # type: ignore[name-defined]
    """The page's text lines as PDFium segments them, with their boxes, top to bottom."""
    height = page.get_height()
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    lines = []
    if len(text) == textpage.count_chars():  # else characters outside the BMP shift the indices
        start = 0
        for piece in re.split(r"(\r\n|\r|\n)", text):
            end = start + len(piece)
            if piece.strip() and piece not in ("\r\n", "\r", "\n"):
                boxes = [textpage.get_charbox(i) for i in range(start, end) if not text[i].isspace()]
                lines.append(_Line(piece.strip(), min(b[0] for b in boxes), max(b[2] for b in boxes),
                                   min(b[1] for b in boxes), max(b[3] for b in boxes), number, height))
            start = end
    else:  # no geometry to join by: each PDFium line is a line
        lines = [_Line(piece.strip(), 0, 0, height / 2, height / 2, number, height)
                 for piece in text.splitlines() if piece.strip()]
    textpage.close()
    page.close()
    # Reading order: top to bottom, then left to right (a report's body is one column).
    return sorted(lines, key=lambda line: (-round(line.top / 2), line.left))


def _without_furniture(lines: list[_Line], pages: int) -> list[_Line]:
    """The lines of the report's body: not a page number, not a header or footer that repeats."""
    repeats = Counter(key for key in {(line.page, line.furniture_key) for line in lines if line.in_margin})
    on_pages = Counter(key for _, key in repeats)
    running = {key for key, count in on_pages.items() if pages >= 2 and count >= max(2, pages // 2)}
    return [line for line in lines
            if not (line.in_margin and (_PAGE_NUMBER.match(line.text) or line.furniture_key in running))]


def _paragraphs(lines: list[_Line]) -> list[str]:
    widths = [(line.right - line.left) / max(len(line.text), 1) for line in lines if len(line.text) >= 10]
    char = median(widths) if widths else 10.0
    lefts = Counter(round(line.left) for line in lines)
    margin_left = lefts.most_common(1)[0][0]
    margin_right = sorted(line.right for line in lines)[int(len(lines) * 0.9)]
    indented = [line.left > margin_left + _INDENT_CHARS * char for line in lines]
    # Where paragraphs are indented, a short line ends one only at the end of a sentence: a line
    # also ends short when the next word cannot be broken (a number, a quoted name).
    indents = sum(indented) >= max(2, len(lines) // 20)
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line, indent in zip(lines, indented):
        short = previous is not None and previous.right < margin_right - _SHORT_LINE_CHARS * char
        starts = (previous is None or indent
                  or short and (not indents or previous.text.endswith(_SENTENCE_ENDS)))
        if starts:
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = _joined(paragraphs[-1], line.text)
        previous = line
    return paragraphs


def _joined(before: str, after: str) -> str:
    """Two lines of one paragraph: no space between them, unless both sides are Latin words."""
    if before[-1:].isascii() and before[-1:].isalpha() and after[:1].isascii() and after[:1].isalpha():
        return before + " " + after
    return before + after


@cache
def _radicals() -> dict[int, int]:
    """Radical code points → the ideographs they stand for in a PDF's text (see radicals.tsv)."""
    table = {}
    for row in resources.files(__package__).joinpath("radicals.tsv").read_text(encoding="utf-8").splitlines():
        if row and not row.startswith("#"):
            radical, _, ideograph, _ = row.split("\t")
            table[int(radical, 16)] = int(ideograph, 16)
    return table
