"""Lines and spans of a decoded text: the units the structure and header readers work on."""

from __future__ import annotations

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


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with the offsets of their stripped content."""
    lines: list[Line] = []
    offset = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        content = raw.strip()
        if content:
            begin = offset + (len(raw) - len(raw.lstrip()))
            lines.append(Line(begin, begin + len(content), content, number))
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
