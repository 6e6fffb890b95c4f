"""Web pages (.html, .htm): the report's article, as lines of text.

Government pages wrap the report in navigation, breadcrumbs, font-size and print buttons, share
links, related-article lists and scripts.  readability-lxml finds the article: measured on pages
shaped like government article pages (``bench/bench_formats.py``) it kept every line of the
report and added none, where trafilatura lost the report of a table layout with <br> lines and
kept page furniture on the others.  The article's block elements become lines; the page's title
is put first when the article does not hold it, since a report's title is one of its facts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..errors import InputError

# <meta charset="gb2312"> or <meta http-equiv="Content-Type" content="text/html; charset=gbk">
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Pages that declare GB2312 or GBK routinely hold characters only GBK or GB18030 has.
_GB_FAMILY = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "hz-gb-2312", "gb18030"}
_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article",
           "blockquote", "pre", "ul", "ol", "dd", "dt", "center", "td", "th"}
_CELLS = {"td", "th"}
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# How many leading lines of the article are searched for the page title before it is put first.
_TITLE_LINES = 6
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROLS = {c: None for c in range(32) if chr(c) not in "\t\n\r\f"}
# 南山区2023年政府工作报告_深圳市南山区人民政府门户网站, …报告 - 政府信息公开
_TITLE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+")
_BLANK = " \t\r\n\f\u3000\xa0"


def decode_page(data: bytes, where: Path | str) -> tuple[str, str]:
    """The page as text and the encoding used: the declared charset (GB2312/GBK read as GB18030),
    else UTF-8, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), "utf-8"
    declared = _DECLARED_CHARSET.search(data[:4096])
    candidates = ["utf-8", "gb18030"]
    if declared:
        name = declared.group(1).decode("ascii").lower()
        candidates.insert(0, "gb18030" if name in _GB_FAMILY else name)
    for encoding in dict.fromkeys(candidates):
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError("cannot decode web page: neither its declared charset, UTF-8 nor GB18030/GBK", path=where)


def page_text(page: str, where: Path | str) -> str:
    """The article of the page as lines, one per paragraph, the page title first."""
    from lxml import etree
    from readability import Document  # type: ignore[import-untyped]

    # lxml refuses text that declares its bytes' encoding (XHTML pages begin <?xml … encoding=…?>),
    # and control characters are no text of a page (two of them mark breaks below).
    page = _XML_DECLARATION.sub("", page, count=1).translate(_CONTROLS)
    try:
        document = Document(page)
        article = document.summary(html_partial=True)
        title = document.short_title()
        # readability gives nothing for a page with little text (a short report alone on its page).
        lines = _lines(article) or _lines(page)
    except (etree.LxmlError, ValueError, TypeError) as exc:
        raise InputError(f"cannot read web page: {str(exc) or type(exc).__name__}", path=where) from exc
    if not lines:
        raise InputError("web page holds no article text", path=where)
    title = _report_title(title)
    if title and title not in lines[:_TITLE_LINES]:
        lines.insert(0, title)
    return "\n".join(lines) + "\n"


# Markers for the breaks the markup makes, kept apart from the page source's own white space,
# which a browser collapses.
_LINE, _CELL = "\x00", "\x01"


def _report_title(title: str | None) -> str:
    """The report's title from the page's <title>, without the site's name after ``_`` or ``|``;
    empty when no part reads as a report's title (a page titled by its site's name alone)."""
    parts = (_clean(part) for part in _TITLE_PARTS.split(title or ""))
    return next((part for part in parts if "报告" in part), "")


def _lines(fragment: str) -> list[str]:
    import lxml.html

    parts: list[str] = []
    _collect(lxml.html.fromstring(fragment), parts)
    lines = (_clean(chunk).replace(_CELL, "\t").strip(_BLANK + "\t") for chunk in "".join(parts).split(_LINE))
    return [line for line in lines if line]


def _collect(element: Any, parts: list[str]) -> None:
    """The element's text in document order, a line break around every block element and a
    tab between table cells.  Written here because lxml's text_content() runs blocks together."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("head", "script", "style", "noscript", "template") or not tag:
        parts.append(element.tail or "")
        return
    if tag in _BLOCKS and tag not in _CELLS:
        parts.append(_LINE)
    parts.append(element.text or "")
    for child in element:
        _collect(child, parts)
    parts.append(_CELL if tag in _CELLS else _LINE if tag in _BLOCKS else "")
    parts.append(element.tail or "")


def _clean(text: str | None) -> str:
    """Text as a browser shows it: a run of white space is one space, or none where a source
    line break falls between two Chinese characters (as CSS does); no indentation."""
    if not text:
        return ""

    def collapse(match: re.Match[str]) -> str:
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if "\n" in match.group() and _WIDE.match(before or "a") and _WIDE.match(after or "a"):
            return ""
        return " "

    return re.sub(r"[ \t\r\n\f]+", collapse, text).replace("\xa0", " ").strip(_BLANK)
