"""Word files (.docx): paragraphs and tables in reading order, with Word's generated numbering.

python-docx reads the paragraphs, but the numbers Word draws before headings from a list style
(一、 （一） 1.) are not in the text: Word computes them when it lays the page out.  Reports
number their chapters and sections that way, and the structure rules read those numbers, so
they are computed here from the numbering definitions, as Word does (python-docx has no API for
it).  Each table row becomes a line, its cells separated by tabs.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field, replace
from io import BytesIO
from pathlib import Path
from typing import Any

from ..errors import InputError
from .files import CONVERT_HINT

# The first bytes of an OLE compound file: an old .doc, or a .docx encrypted with a password.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_COUNTING = {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
             "japaneseCounting"}


def docx_text(data: bytes, where: Path | str) -> str:
    """The text of a .docx file, one line per paragraph or table row."""
    if data.startswith(OLE_MAGIC):
        raise InputError("an old Word .doc file or a password-protected .docx; kg reads unprotected .docx: "
                         + CONVERT_HINT, path=where)
    from docx import Document
    from lxml import etree

    try:
        document = Document(BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, etree.LxmlError, OSError) as exc:
        raise InputError(f"not a readable Word .docx file ({_reason(exc)})", path=where) from exc
    numbering = _Numbering(document)
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == _W + "p":
            lines.append(numbering.label(block) + _paragraph_text(block))
        elif block.tag == _W + "tbl":
            lines.extend(_table_lines(block))
    text = "\n".join(line.strip() for line in lines if line.strip())
    if not text:
        raise InputError("Word file holds no text", path=where)
    return text + "\n"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, zipfile.BadZipFile):
        return "not a zip archive: truncated, or another kind of file renamed"
    if isinstance(exc, KeyError):
        return f"a part is missing: {exc.args[0] if exc.args else exc}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _paragraph_text(paragraph: Any) -> str:
    """The paragraph's visible text: runs (also inside hyperlinks, fields and insertions), tabs
    and breaks; deleted text of tracked changes is left out."""
    parts: list[str] = []
    for element in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        if element.tag == _W + "t":
            parts.append(element.text or "")
        elif element.tag == _W + "tab":
            parts.append("\t")
        elif element.tag in (_W + "br", _W + "cr"):
            parts.append("\n")
    return "".join(parts)


def _table_lines(table: Any) -> list[str]:
    lines = []
    for row in table.iterchildren(_W + "tr"):
        cells = []
        for cell in row.iterchildren(_W + "tc"):
            paragraphs = (_paragraph_text(p).strip() for p in cell.iter(_W + "p"))
            cells.append(" ".join(p for p in paragraphs if p))
        lines.append("\t".join(cells))
    return lines


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"
    legal: bool = False  # w:isLgl: every number of the level's text in Arabic digits (9.1, not 九.1)


@dataclass
class _Numbering:
    """Word's list numbering: numbering definitions, the paragraph styles that use them, and
    the counters as the document runs."""

    document: Any
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        part = self.document.part
        try:
            root = part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            abstract = {a.get(_W + "abstractNumId"): _levels(a) for a in root.iterchildren(_W + "abstractNum")}
            for num in root.iterchildren(_W + "num"):
                ref = num.find(_W + "abstractNumId")
                levels = dict(abstract.get(ref.get(_W + "val") if ref is not None else None, {}))
                for override in num.iterchildren(_W + "lvlOverride"):
                    ilvl = int(override.get(_W + "ilvl", "0"))
                    start = override.find(_W + "startOverride")
                    if start is not None and ilvl in levels:
                        levels[ilvl] = replace(levels[ilvl], start=int(start.get(_W + "val", "1")))
                self.levels[num.get(_W + "numId", "")] = levels
        for style in self.document.styles.element.iterchildren(_W + "style"):
            found = _num_pr(style)
            if found:
                self.styles[style.get(_W + "styleId", "")] = (found[0], found[1] or 0)

    def label(self, paragraph: Any) -> str:
        """The number Word shows before the paragraph ('' when it has none), counting it."""
        found = _num_pr(paragraph)
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        from_style = self.styles.get(style.get(_W + "val", "")) if style is not None else None
        if found is None and from_style is None:
            return ""
        num_id = found[0] if found else from_style[0]  # type: ignore[index]
        ilvl = found[1] if found and found[1] is not None else (from_style[1] if from_style else 0)
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, [level.start - 1 for _, level in sorted(levels.items())] + [0] * 9)
        counts[ilvl] += 1
        for deeper in range(ilvl + 1, len(counts)):  # a deeper level starts again under a new number
            counts[deeper] = levels[deeper].start - 1 if deeper in levels else 0
        level = levels[ilvl]
        text = level.text
        for n in range(9):
            if f"%{n + 1}" in text:
                fmt = levels[n].fmt if n in levels and not level.legal else "decimal"
                text = text.replace(f"%{n + 1}", _formatted(max(counts[n], 1), fmt))
        return text + (" " if level.suffix == "space" else "")


def _num_pr(element: Any) -> tuple[str, int | None] | None:
    num_pr = element.find(f"{_W}pPr/{_W}numPr")
    if num_pr is None:
        return None
    num_id = num_pr.find(_W + "numId")
    ilvl = num_pr.find(_W + "ilvl")
    if num_id is None:
        return None
    return num_id.get(_W + "val", ""), int(ilvl.get(_W + "val", "0")) if ilvl is not None else None


def _levels(abstract: Any) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iterchildren(_W + "lvl"):
        def value(tag: str, default: str) -> str:
            element = lvl.find(_W + tag)
            return element.get(_W + "val", default) if element is not None else default

        levels[int(lvl.get(_W + "ilvl", "0"))] = _Level(value("numFmt", "decimal"), value("lvlText", ""),
                                                        int(value("start", "1")), value("suff", "tab"),
                                                        lvl.find(_W + "isLgl") is not None)
    return levels


def _formatted(n: int, fmt: str) -> str:
    """A counter in one of Word's number formats (those Chinese documents use, and the common ones)."""
    if fmt in _COUNTING:
        return _chinese(n)
    if fmt == "ideographDigital":
        return "".join(_DIGITS[int(d)] for d in str(n))
    if fmt == "decimalFullWidth":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == "ideographTraditional" and 1 <= n <= 10:
        return "甲乙丙丁戊己庚辛壬癸"[n - 1]
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


def _chinese(n: int) -> str:
    """一 … 九十九 as Chinese documents count their chapters (十一, 二十, 二十一)."""
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    return str(n)


def _roman(n: int) -> str:
    values = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
              (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, letters in values:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)
