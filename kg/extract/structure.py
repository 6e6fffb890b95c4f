"""Stage 2: segment a report into header, sections, subsections and items.

The genre's skeleton: a header (发文字号 and 签发人, issuing body, title, 主送机关), an opening
paragraph, numbered sections (``一、``) with subsections (``（一）``), enumerations inside them
(``一是…二是…``), and a closing signature with a date (落款).  Offsets always point into the
text as decoded, so indentation, CRLF and full-width punctuation need no rewriting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import rules
from ..model import Header, Item, ItemKind, Section, SectionKind, SourceText, Span, Structure
from .numerals import chinese_to_int

_HEADINGS = [(rule, re.compile(rule.pattern)) for rule in rules.HEADING_RULES]
_ENUMERATION = re.compile(rules.ENUMERATION_PATTERN)
_SIGNER = re.compile(rules.SIGNER_PATTERN)
_RECIPIENT = re.compile(rules.RECIPIENT_PATTERN)
_TITLE = re.compile(rules.TITLE_PATTERN)
_DATE = re.compile(rules.DATE_PATTERN)
_YEAR = re.compile(rules.YEAR_PATTERN)
_DOCUMENT_NUMBER = re.compile(rules.DOCUMENT_NUMBER_PATTERN)
_ORG_ENDINGS = tuple(s.suffix for s in rules.ORG_SUFFIXES)
# Characters trimmed from the ends of an item: whitespace and the separators between items.
_ITEM_TRIM = " \t\r\n\u3000；;，,、"
_KIND_OF_SECTION = {SectionKind.WORK: ItemKind.MEASURE, SectionKind.PROBLEM: ItemKind.PROBLEM, SectionKind.PLAN: ItemKind.PLAN}


@dataclass(frozen=True)
class Line:
    """A non-blank line: offsets of its content without indentation or line ending."""

    begin: int
    end: int
    text: str
    number: int  # 1-based line number, for error messages


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of ``text`` with the offsets of their stripped content."""
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


def trimmed(text: str, begin: int, end: int, chars: str = _ITEM_TRIM) -> Span | None:
    """The span ``[begin, end)`` without leading/trailing ``chars``, or None if nothing is left."""
    while begin < end and text[begin] in chars:
        begin += 1
    while end > begin and text[end - 1] in chars:
        end -= 1
    return span(text, begin, end) if begin < end else None


@dataclass(frozen=True)
class _Heading:
    line: Line
    level: int
    number: int
    rule: str
    marker_end: int  # offset where the text after the marker starts


def find_headings(lines: list[Line]) -> list[_Heading]:
    """Numbered headings, accepted only in sequence so that a stray ``一、`` in prose is not one.

    Reports whose top level is missing (only ``（一）`` headings) use those as sections; reports
    with no numbered headings at all fall back to short title lines (2015年工作回顾).
    """
    candidates = _numbered_candidates(lines)
    if not any(c.level == 1 for c in candidates):
        candidates = [_Heading(c.line, 1, c.number, c.rule, c.marker_end) for c in candidates]
    accepted = _in_sequence(candidates)
    if not any(h.level == 1 for h in accepted):
        accepted = _unnumbered_headings(lines)
    return accepted


def _numbered_candidates(lines: list[Line]) -> list[_Heading]:
    found: list[_Heading] = []
    for line in lines:
        for rule, pattern in _HEADINGS:
            match = pattern.match(line.text)
            if not match:
                continue
            try:
                number = chinese_to_int(match.group("num"))
            except ValueError:
                continue
            found.append(_Heading(line, rule.level, number, rule.id, line.begin + match.start("rest")))
            break
    return found


def _in_sequence(candidates: list[_Heading]) -> list[_Heading]:
    """Keep headings that continue the numbering (一、 二、 …; （一） （二） … within a section).

    The first section may have any number when its line is short (a file that starts at 二、);
    otherwise numbering starts at one.
    """
    accepted: list[_Heading] = []
    next_section: int | None = None
    next_subsection = 1
    for heading in candidates:
        if heading.level == 1:
            first_ok = next_section is None and (heading.number == 1 or len(heading.line.text) <= rules.HEADING_SHORT_LINE)
            if heading.number == next_section or first_ok:
                accepted.append(heading)
                next_section, next_subsection = heading.number + 1, 1
        elif next_section is not None and heading.number == next_subsection:
            accepted.append(heading)
            next_subsection += 1
    return accepted


def _unnumbered_headings(lines: list[Line]) -> list[_Heading]:
    """Short lines without sentence punctuation that stand between paragraphs, as sections."""
    headings: list[_Heading] = []
    for index, line in enumerate(lines[:-1]):
        if not _looks_like_title_line(line.text) or len(lines[index + 1].text) <= rules.HEADING_SHORT_LINE:
            continue
        headings.append(_Heading(line, 1, len(headings) + 1, "heading.unnumbered", line.begin))
    return headings if len(headings) >= rules.UNNUMBERED_MIN_SECTIONS else []


def _looks_like_title_line(text: str) -> bool:
    return (
        len(text) <= rules.UNNUMBERED_HEADING_MAX
        and re.search(r"[\u4e00-\u9fff]", text) is not None
        and not any(p in text for p in rules.SENTENCE_PUNCTUATION)
    )


def classify_section(heading: str) -> SectionKind:
    for kind, keywords in rules.SECTION_KIND_KEYWORDS:
        if any(word in heading for word in keywords):
            return kind
    return SectionKind.WORK


def segment(source: SourceText) -> Structure:
    """Segment ``source`` into its header, sections and items (both empty if it has no structure)."""
    text = source.text
    lines = split_lines(text)
    headings = find_headings(lines)
    body_end, footer = _find_footer(text, lines)
    first_body = headings[0].line.begin if headings else body_end
    header = _parse_header(text, [l for l in lines if l.end <= first_body], footer)
    sections: list[Section] = []
    items: list[Item] = []
    _segment_sections(text, headings, _part_headings(lines, headings), body_end, sections, items)
    return Structure(header=header, sections=tuple(sections), items=tuple(items))


@dataclass(frozen=True)
class _Part:
    begin: int
    kind: SectionKind


def _part_headings(lines: list[Line], headings: list[_Heading]) -> list[_Part]:
    """Unnumbered part titles between numbered sections (2019年工作回顾, 2020年工作安排)."""
    numbered = {h.line.begin for h in headings}
    parts = []
    for line in lines:
        if line.begin in numbered or not _looks_like_title_line(line.text):
            continue
        kind = classify_section(line.text)
        if kind != SectionKind.WORK or any(word in line.text for word in rules.PART_KEYWORDS):
            parts.append(_Part(line.begin, kind))
    return parts


def _segment_sections(
    text: str, headings: list[_Heading], parts: list[_Part], body_end: int, sections: list[Section], items: list[Item],
) -> None:
    tops = [h for h in headings if h.level == 1]
    for index, top in enumerate(tops):
        end = tops[index + 1].line.begin if index + 1 < len(tops) else body_end
        # A part title ends the section before it; the part's kind carries over to its sections.
        end = min([p.begin for p in parts if top.line.begin < p.begin < end] + [end])
        part_kind = next((p.kind for p in reversed(parts) if p.begin < top.line.begin), SectionKind.WORK)
        subs = [h for h in headings if h.level == 2 and top.line.begin < h.line.begin < end]
        heading, body_begin = _heading_span(text, top)
        kind = classify_section(heading.text)
        if kind == SectionKind.WORK:
            kind = part_kind
        path = str(top.number)
        lead_end = subs[0].line.begin if subs else end
        body = span(text, body_begin, end)
        if subs:
            lead = trimmed(text, body_begin, lead_end)
        else:
            lead = _items_of_block(text, body_begin, end, path, kind, path, None, items, whole_block=None)
        sections.append(Section(path, top.number, 1, kind, span(text, top.line.begin, top.marker_end), heading, body, lead, None, top.rule))
        for sub_index, sub in enumerate(subs):
            sub_end = subs[sub_index + 1].line.begin if sub_index + 1 < len(subs) else end
            sub_heading, sub_body_begin = _heading_span(text, sub)
            sub_kind = kind if kind != SectionKind.WORK else classify_section(sub_heading.text)
            sub_path = f"{path}.{sub.number}"
            whole = trimmed(text, sub.marker_end, sub_end)
            sub_lead = _items_of_block(text, sub_body_begin, sub_end, sub_path, sub_kind, path, sub_path, items, whole_block=whole)
            sections.append(Section(
                sub_path, sub.number, 2, sub_kind, span(text, sub.line.begin, sub.marker_end), sub_heading,
                span(text, sub_body_begin, sub_end), sub_lead, path, sub.rule,
            ))


def _heading_span(text: str, heading: _Heading) -> tuple[Span, int]:
    """The heading text (up to the first full stop on its line) and where the body starts."""
    line_end = heading.line.end
    stop = text.find("。", heading.marker_end, line_end)
    heading_end = stop if stop != -1 else line_end
    heading_span = trimmed(text, heading.marker_end, heading_end, " \t\u3000。.") or span(text, heading.marker_end, line_end)
    return heading_span, min(heading_end + 1, line_end)


def _enumeration(text: str, begin: int, end: int) -> list[re.Match[str]]:
    """The longest run of 一是, 二是, … markers in order within ``[begin, end)``."""
    markers: list[re.Match[str]] = []
    expected = 1
    block = text[begin:end]
    for match in _ENUMERATION.finditer(block):
        try:
            number = chinese_to_int(match.group("num"))
        except ValueError:
            continue
        if number == expected:
            markers.append(match)
            expected += 1
    return markers if len(markers) >= rules.ENUMERATION_MIN_ITEMS else []


def _items_of_block(
    text: str, begin: int, end: int, path: str, kind: SectionKind, section: str, subsection: str | None,
    items: list[Item], whole_block: Span | None,
) -> Span | None:
    """Append the block's items to ``items``; return the block's lead text (before 一是), if any.

    A block with an enumeration yields one item per marker.  Without one, a subsection is one
    item (``whole_block``: its heading and body) and a section yields one item per paragraph.
    """
    item_kind = _KIND_OF_SECTION[kind]
    markers = _enumeration(text, begin, end)
    if markers:
        lead = trimmed(text, begin, begin + markers[0].start())
        for ordinal, marker in enumerate(markers, start=1):
            item_begin = begin + marker.end()
            item_end = begin + markers[ordinal].start() if ordinal < len(markers) else end
            item_span = trimmed(text, item_begin, item_end)
            if item_span:
                items.append(Item(f"{path}.{ordinal}", ordinal, item_kind, item_span, section, subsection, rules.ENUMERATION_RULE_ID))
        return lead
    if whole_block is not None:
        items.append(Item(f"{path}.1", 1, item_kind, whole_block, section, subsection, "item.block"))
        return None
    ordinal = 0
    for line in split_lines(text[begin:end]):
        paragraph = trimmed(text, begin + line.begin, begin + line.end)
        if paragraph:
            ordinal += 1
            items.append(Item(f"{path}.{ordinal}", ordinal, item_kind, paragraph, section, subsection, "item.paragraph"))
    return None


def _find_footer(text: str, lines: list[Line]) -> tuple[int, tuple[Span | None, Span | None, date | None]]:
    """Find the closing signature and date (落款); return where the body ends and the footer."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - rules.FOOTER_MAX_LINES), -1):
        line = lines[index]
        match = _DATE.match(line.text)
        if not match:
            continue
        when = _parse_date(match)
        body_end = line.begin
        signature = None
        if index > 0 and _is_short_name(lines[index - 1].text):
            signature = span(text, lines[index - 1].begin, lines[index - 1].end)
            body_end = lines[index - 1].begin
        return body_end, (signature, span(text, line.begin, line.end), when)
    return len(text), (None, None, None)


def _is_short_name(line: str) -> bool:
    return len(line) <= 30 and not any(p in line for p in "。，,；;：:")


def _parse_date(match: re.Match[str]) -> date | None:
    def number(part: str) -> int:
        return int(part) if part.isdigit() else chinese_to_int(part)

    try:
        return date(number(match.group("year")), number(match.group("month")), number(match.group("day")))
    except ValueError:
        return None


def _parse_header(text: str, lines: list[Line], footer: tuple[Span | None, Span | None, date | None]) -> Header:
    """Classify the lines before the first section: number and signer, issuer, title, recipient, opening."""
    number = signer = issuer = recipient = title = None
    opening_lines: list[Line] = []
    for line in lines:
        short = len(line.text) <= rules.HEADER_SHORT_LINE
        doc_number = _DOCUMENT_NUMBER.search(line.text) if short else None
        signer_match = _SIGNER.search(line.text) if short else None
        if (doc_number or signer_match) and not opening_lines:
            if doc_number and number is None:
                issuer_start = _issuer_start(line.text, doc_number)
                number = span(text, line.begin + issuer_start, line.begin + doc_number.end())
            if signer_match and signer is None:
                signer = span(text, line.begin + signer_match.start("name"), line.begin + signer_match.end("name"))
            continue
        if short and recipient is None and not opening_lines and (m := _RECIPIENT.match(line.text)):
            recipient = span(text, line.begin, line.begin + m.end("name"))
            continue
        if short and title is None and not opening_lines and recipient is None and _TITLE.match(line.text):
            title = span(text, line.begin, line.end)
            continue
        if short and issuer is None and title is None and not opening_lines and _is_short_name(line.text) and line.text.endswith(_ORG_ENDINGS):
            issuer = span(text, line.begin, line.end)
            continue
        opening_lines.append(line)
    opening = span(text, opening_lines[0].begin, opening_lines[-1].end) if opening_lines else None
    year, year_span = _report_year(text, title, opening, footer[2])
    return Header(
        number=number, signer=signer, issuer=issuer, recipient=recipient, title=title,
        closing_body=footer[0], date=footer[1], date_value=footer[2], year=year, year_span=year_span, opening=opening,
    )


def _issuer_start(line: str, match: re.Match[str]) -> int:
    """Where the issuer code of a document number starts (after any verb or preposition)."""
    start = match.start("issuer")
    issuer = match.group("issuer")
    cut = max((issuer.rfind(w) + len(w) for w in rules.ISSUER_STOP_WORDS if w in issuer), default=0)
    return start + cut


def _report_year(text: str, title: Span | None, opening: Span | None, signed: date | None) -> tuple[int | None, Span | None]:
    """The year reported on: from the title, else the opening, else the year before signing."""
    for candidate in (title, opening):
        if candidate is None:
            continue
        match = _YEAR.search(candidate.text)
        if match:
            begin = candidate.begin + match.start("year")
            return int(match.group("year")), span(text, begin, begin + 4)
    if signed is not None:
        return signed.year - 1, None
    return None, None
