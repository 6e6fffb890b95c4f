"""Lines and spans of a decoded text: the units the structure and header readers work on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Span

# Characters trimmed from the ends of an item: whitespace and the separators between items.
ITEM_TRIM = " \t\r\n\u3000；;，,、"


@dataclass(frozen=True)
class Line:
    """A non-blank line: offsets of its content without indentation or line ending."""

    begin: int
    end: int
    text: str
    number: int  # 1-based line number, for messages
    # Indented with a tab: a table's cell as text converted from a page or document writes it
    # (序号 / 项目名称 / 牵头单位 rows), never a heading of the report.
    cell: bool = False


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with the offsets of their stripped content."""
    lines: list[Line] = []
    offset = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        content = raw.strip()
        if content:
            begin = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(begin, begin + len(content), content, number, raw.startswith("\t")))
        offset += len(raw)
    return lines


def span(text: str, begin: int, end: int) -> Span:
    return Span(begin, end, text[begin:end])


def trimmed(text: str, begin: int, end: int, chars: str = ITEM_TRIM) -> Span | None:
    """The span ``[begin, end)`` without leading/trailing ``chars``, or None if nothing is left."""
    while begin < end and text[begin] in chars:
        begin += 1
    while end > begin and text[end - 1] in chars:
        end -= 1
    return span(text, begin, end) if begin < end else None


# A line this long, met twice, may open a second copy of the text; shorter ones (各位代表：)
# recur in any report.
MIN_COPIED_LINE = 20
# A copy is a run of this many lines or more repeated in order…
MIN_COPY_LINES = 10
# …with at most this many lines between the two copies (a dateline, the title, the speaker).
MAX_LINES_BETWEEN_COPIES = 12
MAX_COPY_TRIES = 20


def without_first_copy(text: str) -> str:
    """The text with its first copy blanked when a page holds the report twice in a row (the
    speech, then its title, date and speaker, then the speech again): the second copy is kept
    with the header before it, and every offset stays where it was."""
    lines = split_lines(text)
    seen: dict[str, int] = {}
    tries = MAX_COPY_TRIES  # a sentence said twice is no copy; a few such, and the text has none
    for index, line in enumerate(lines):
        if len(line.text) < MIN_COPIED_LINE:
            continue
        first = seen.setdefault(line.text, index)
        if first == index:
            continue
        tries -= 1
        if tries < 0:
            break
        second = index
        while first > 0 and lines[first - 1].text == lines[second - 1].text and second - 1 > first:
            first, second = first - 1, second - 1  # back to where both copies start (各位代表：)
        length = 0
        while first + length < second and second + length < len(lines) \
                and lines[first + length].text == lines[second + length].text:
            length += 1
        if length >= MIN_COPY_LINES and second - (first + length) <= MAX_LINES_BETWEEN_COPIES:
            begin, end = lines[first].begin, lines[first + length - 1].end
            return text[:begin] + re.sub(r"[^\n]", " ", text[begin:end]) + text[end:]
    return text
