"""The structure of a report: sections, and in them items (measures, problems, plans) and passages.

The body is read paragraph by paragraph (a paragraph is a line).  Numbered headings (``一、``,
``（一）``) and unnumbered part titles (“十四五”时期工作回顾) open sections; what a heading says
(回顾 or 重点工作, a year before or after the report's) decides whether its items are measures or
plans.  A paragraph is an item unless a role rule makes it text of its section (an address, a
transition, a summary, thanks, …); a paragraph that enumerates (一是…二是…) gives one item per
element, and numbering runs on across paragraphs that start with the next number, so a run of
highlights inside one paragraph does not swallow the enumerated paragraphs after it.  Offsets
always point into the text as decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Header, Item, ItemKind, Passage, PassageRole, Section, SectionKind, SourceText, Span, Structure
from . import rules
from .header import is_clutter, read_head_and_foot
from .lines import Line, span, split_lines, trimmed
from .numerals import chinese_to_int

_HEADINGS = [(rule, re.compile(rule.pattern)) for rule in rules.HEADING_RULES]
_ENUMERATION = re.compile(rules.ENUMERATION_PATTERN)
_DASH = re.compile(rules.DASH_PATTERN)
_PROBLEM = re.compile(rules.PROBLEM_PATTERN)
_PROBLEM_LEAD = re.compile(rules.PROBLEM_LEAD_PATTERN)
_PROBLEM_LATE = re.compile(rules.PROBLEM_LATE_PATTERN)
_PROBLEM_STATED = re.compile(rules.PROBLEM_STATED_PATTERN)
_PROBLEM_LIST_IN_REVIEW = re.compile(rules.PROBLEM_LIST_IN_REVIEW_PATTERN)
_FUTURE = re.compile(rules.FUTURE_PATTERN)
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年")
_FIVE_YEAR = re.compile(rules.FIVE_YEAR_PLAN_PATTERN)
_ROLES = [(rule, re.compile(rule.pattern)) for rule in rules.ROLE_RULES]
_KIND_OF_SECTION = {SectionKind.WORK: ItemKind.MEASURE, SectionKind.PROBLEM: ItemKind.PROBLEM,
                    SectionKind.PLAN: ItemKind.PLAN, SectionKind.MIXED: ItemKind.MEASURE}


@dataclass(frozen=True)
class _Heading:
    line: Line
    level: int
    number: int
    rule: str
    marker_end: int  # offset where the heading's words start
    run_in: bool = False  # the line goes on with an item's text after the heading


def segment(source: SourceText) -> Structure:
    """Segment ``source`` into its header, sections, items and passages."""
    text = source.text
    lines = split_lines(text)
    headings = find_headings(lines)
    head = read_head_and_foot(text, lines, source.name, {lines.index(h.line) for h in headings})
    body = lines[head.body_begin:head.body_end]
    body_ids = {id(line) for line in body}
    headings = [h for h in headings if id(h.line) in body_ids]
    report_year = int(head.header.year.value) if head.header.year else None
    reader = _Reader(text, report_year)
    reader.read(body, headings)
    return Structure(header=head.header, sections=tuple(reader.sections), items=tuple(reader.items),
                     passages=tuple(reader.passages))


# --- headings --------------------------------------------------------------------------------


def find_headings(lines: list[Line]) -> list[_Heading]:
    """Numbered headings accepted only in sequence (a stray ``一、`` in prose is not one), and
    unnumbered part titles.  Reports whose top level is missing (only ``（一）`` headings) use
    those as sections; reports with no numbered headings fall back to short title lines."""
    candidates = _numbered_candidates(lines)
    if not any(c.level == 1 for c in candidates):
        candidates = [_Heading(c.line, 1, c.number, c.rule, c.marker_end, c.run_in) for c in candidates]
    accepted = _in_sequence(candidates)
    parts = _part_titles(lines, {id(h.line) for h in accepted})
    accepted = sorted(accepted + parts, key=lambda h: h.line.begin)
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
            rest = match.group("rest")
            stop = _first_sentence_end(rest)
            run_in = len(line.text) > rules.STANDALONE_HEADING_MAX or (stop != -1 and bool(rest[stop + 1:].strip()))
            found.append(_Heading(line, rule.level, number, rule.id, line.begin + match.start("rest"), run_in))
            break
    return found


def _first_sentence_end(text: str) -> int:
    return min((i for i in (text.find("。"), text.find("！"), text.find("？")) if i != -1), default=-1)


def _in_sequence(candidates: list[_Heading]) -> list[_Heading]:
    """Headings that continue the numbering (一、 二、 …; （一） （二） … within a section).

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
        elif heading.number == next_subsection:
            accepted.append(heading)
            next_subsection += 1
        elif heading.number == 1:  # a new run of subsections under an unnumbered part
            accepted.append(heading)
            next_subsection = 2
    return accepted


def _part_titles(lines: list[Line], numbered: set[int]) -> list[_Heading]:
    """Unnumbered part titles between paragraphs: 2025年工作回顾, “十五五”时期主要目标任务, 附件."""
    parts: list[_Heading] = []
    seen_body = False  # a part title stands between paragraphs: never in the header above them
    for index, line in enumerate(lines):
        if not seen_body:
            seen_body = id(line) in numbered or len(line.text) > rules.HEADING_SHORT_LINE
            continue
        if id(line) in numbered or line.cell or not _looks_like_title(line.text) or is_clutter(line.text):
            continue
        if not any(word in line.text for word in rules.PART_TITLE_WORDS):
            continue
        short_part = line.text.startswith(rules.APPENDIX_WORDS + rules.NOTES_WORDS)
        if len(line.text) < rules.PART_TITLE_MIN and not short_part:
            continue
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        if len(following) < 6:
            continue
        parts.append(_Heading(line, 1, 0, rules.PART_TITLE_RULE_ID, line.begin))
    return parts


def _unnumbered_headings(lines: list[Line]) -> list[_Heading]:
    """Without numbered headings or part titles, short title lines before long paragraphs are sections."""
    headings: list[_Heading] = []
    for index, line in enumerate(lines[:-1]):
        if not _looks_like_title(line.text) or len(lines[index + 1].text) <= rules.HEADING_SHORT_LINE:
            continue
        headings.append(_Heading(line, 1, len(headings) + 1, "heading.unnumbered", line.begin))
    return headings if len(headings) >= 2 else []


def _looks_like_title(text: str) -> bool:
    return (len(text) <= rules.PART_TITLE_MAX and re.search(r"[\u4e00-\u9fff]", text) is not None
            and not any(p in text for p in rules.SENTENCE_PUNCTUATION))


# --- sections and their kinds ----------------------------------------------------------------


def heading_kind(heading: str, report_year: int | None, *, in_review: bool = False) -> SectionKind | None:
    """What a heading says its section is about, or None when it does not say; a part of a
    review plans only where its heading says so plainly."""
    if any(word in heading for word in rules.NOTES_WORDS):
        return SectionKind.NOTES
    if any(word in heading for word in rules.APPENDIX_WORDS):
        return SectionKind.PLAN
    admitted = heading
    for work in rules.PROBLEM_WORDS_WORKED_ON:
        admitted = admitted.replace(work, "\0")
    if any(word in admitted for word in rules.PROBLEM_WORDS):
        return SectionKind.PROBLEM
    review = any(word in heading for word in rules.REVIEW_WORDS if word not in rules.REVIEW_WORDS_OF_PAST_YEARS)
    plan = any(word in heading for word in (rules.PLAN_WORDS_IN_REVIEW if in_review else rules.PLAN_WORDS))
    for word in rules.REVIEW_WORDS_OF_PAST_YEARS:
        at = heading.find(word)
        year_before = _YEAR_BEFORE_WORD.search(heading, 0, at) if at >= 0 else None
        future = at >= 0 and any(word in heading[:at] for word in rules.FUTURE_BEFORE_WORK)
        if at >= 0 and not future and not (year_before and report_year is not None
                                           and int(year_before.group(1)) >= report_year):
            review = True
    if report_year is not None:
        for year in _years_named(heading):
            if year < report_year:
                review = True
            else:
                plan = True
    if review and plan:
        # “十五五”时期主要目标任务 beside 2025年工作回顾: the review comes first.
        return SectionKind.MIXED
    if plan:
        return SectionKind.PLAN
    if review:
        return SectionKind.WORK
    return None


def _appendix_title(heading: str, body: list[Line], index: int) -> str:
    """附件2 on a line of its own, with its title (2013年区政府民生实事完成清单) on the next: the
    title says what the appendix is; the label alone says only that it is one."""
    if not re.fullmatch(rules.APPENDIX_LABEL, heading.strip()) or index + 1 >= len(body):
        return heading
    title = body[index + 1].text.strip()
    says = heading_kind(title, None) is not None or _YEAR.search(title) is not None
    # (a title may list: 政府工作报告名词、术语注释)
    short = len(title) <= rules.PART_TITLE_MAX and not any(p in title for p in "。；;")
    return title if short and says else heading


_YEAR_BEFORE_WORD = re.compile(r"((?:19|20)\d{2})年(?:的)?$")


def _years_named(text: str) -> list[int]:
    """Years a heading names: 2025年, and the last year of a five-year plan (“十四五” → 2025)."""
    years = [int(m.group("year")) for m in _YEAR.finditer(text)]
    for match in _FIVE_YEAR.finditer(text):
        try:
            number = chinese_to_int(match.group("n"))
        except ValueError:
            continue
        if number >= 3:
            first = rules.FIVE_YEAR_PLAN_FIRST_YEAR[3] + 5 * (number - 3)
            years.append(first + 4 if "时期" in text or "规划" in text else first)
    return years


def _plan_period(text: str, report_year: int | None) -> bool:
    """Whether a paragraph speaks of the coming year or period."""
    if report_year is not None:
        for match in _FIVE_YEAR.finditer(text[:60]):
            try:
                number = chinese_to_int(match.group("n"))
            except ValueError:
                continue
            if number >= 3 and rules.FIVE_YEAR_PLAN_FIRST_YEAR[3] + 5 * (number - 3) >= report_year:
                return True
    return bool(_FUTURE.search(text[:60]))


# --- paragraphs --------------------------------------------------------------------------------


@dataclass
class _Scope:
    """The section (and subsection) a paragraph is in, and where its items stand."""

    section: Section | None = None
    subsection: Section | None = None
    kind: SectionKind = SectionKind.WORK
    planning: bool = False  # in a mixed section, once the plans have started
    items_so_far: int = 0
    ordinal: int = 0
    last_enumerated: int = 0  # the last ordinal of an enumeration running across paragraphs
    # after 还面临不少困难和问题： the paragraphs that follow, one problem each, until a new part
    problems_follow: bool = False
    # after a paragraph owning to problems: paragraphs that open with an ordinal (一是…) go on listing them
    problems_enumerated: bool = False


@dataclass
class _Reader:
    text: str
    report_year: int | None
    sections: list[Section] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    def read(self, body: list[Line], headings: list[_Heading]) -> None:
        heading_at = {id(h.line): h for h in headings}
        scope = _Scope()
        previous_kind: SectionKind | None = None
        part_kind: SectionKind | None = None  # what the last unnumbered part title (2021年工作回顾) says
        sections_seen = 0
        for index, line in enumerate(body):
            heading = heading_at.get(id(line))
            if heading is not None and heading.level == 1:
                sections_seen += 1
                section = self._section(heading, sections_seen, body, index, headings, previous_kind,
                                        in_review=part_kind == SectionKind.WORK)
                previous_kind = section.kind
                if heading.rule == rules.PART_TITLE_RULE_ID:
                    part_kind = section.kind
                scope = _Scope(section=section, kind=section.kind)
                if heading.run_in:
                    self._paragraph(line, scope, begin=heading.marker_end)
                continue
            if heading is not None and heading.level == 2 and scope.section is not None:
                subsection = self._subsection(heading, scope, body, index, headings)
                if not heading.run_in and self._has_no_body(body, index, heading_at):
                    # （三）法治政府宣传教育力度还不够大。 with the next heading right after it: the
                    # sentence is the subsection's only content, so it is its item.
                    scope.subsection, scope.ordinal, scope.last_enumerated = subsection, 0, 0
                    self._paragraph(line, scope, begin=heading.marker_end, rule=rules.HEADING_ONLY_RULE_ID)
                    continue
                scope.subsection, scope.ordinal, scope.last_enumerated = subsection, 0, 0
                scope.problems_follow = scope.problems_enumerated = False
                if heading.run_in:
                    self._paragraph(line, scope, begin=heading.marker_end, rule=rules.RUN_IN_RULE_ID)
                continue
            if self._minor_heading(body, index, scope):
                continue
            self._paragraph(line, scope, begin=line.begin)

    @staticmethod
    def _has_no_body(body: list[Line], index: int, heading_at: dict[int, _Heading]) -> bool:
        """Whether the heading at ``index`` is a whole sentence with another heading (or the end) after it."""
        line = body[index]
        if not line.text.rstrip().endswith(("。", "；", ";")):
            return False
        return index + 1 >= len(body) or id(body[index + 1]) in heading_at

    # sections

    def _section(self, heading: _Heading, number: int, body: list[Line], index: int, headings: list[_Heading],
                 previous: SectionKind | None, *, in_review: bool = False) -> Section:
        words = self._heading_span(heading)
        # After a part title that reviews (2021年工作回顾 above 一、…六、奋力打造…), a numbered
        # section plans only where its heading says so plainly, as a review's subsection does.
        kind = heading_kind(_appendix_title(words.text, body, index), self.report_year,
                            in_review=in_review and heading.rule != rules.PART_TITLE_RULE_ID)
        if kind is None and in_review and heading.rule != rules.PART_TITLE_RULE_ID:
            kind = SectionKind.WORK
        if kind is None:
            # A heading that does not say: the first section reviews; after plans, plans go on.
            kind = SectionKind.PLAN if previous in (SectionKind.PLAN, SectionKind.MIXED) else SectionKind.WORK
        end = self._end_of(body, index, headings, level=1)
        section = Section(str(number), number, 1, kind, span(self.text, heading.line.begin, heading.marker_end), words,
                          span(self.text, heading.line.begin, end), None, heading.rule)
        self.sections.append(section)
        return section

    def _subsection(self, heading: _Heading, scope: _Scope, body: list[Line], index: int,
                    headings: list[_Heading]) -> Section:
        assert scope.section is not None
        words = self._heading_span(heading)
        # Under a heading that says it reviews (2025年工作回顾), a part plans only where it says so plainly.
        in_review = heading_kind(scope.section.heading.text, self.report_year) == SectionKind.WORK
        kind = scope.kind if scope.kind != SectionKind.WORK else (
            heading_kind(words.text, self.report_year, in_review=in_review) or scope.kind)
        if kind == SectionKind.MIXED:
            kind = SectionKind.PLAN if scope.planning else SectionKind.WORK
        number = sum(1 for s in self.sections if s.parent == scope.section.path) + 1
        end = self._end_of(body, index, headings, level=2)
        section = Section(f"{scope.section.path}.{number}", number, 2, kind,
                          span(self.text, heading.line.begin, heading.marker_end), words,
                          span(self.text, heading.line.begin, end), scope.section.path, heading.rule)
        self.sections.append(section)
        return section

    def _heading_span(self, heading: _Heading) -> Span:
        """The heading's words: up to the first full stop on its line."""
        line_end = heading.line.end
        stop = _first_sentence_end(self.text[heading.marker_end:line_end])
        end = heading.marker_end + stop if stop != -1 else line_end
        return trimmed(self.text, heading.marker_end, end, " \t\u3000。.") or span(self.text, heading.marker_end, line_end)

    def _end_of(self, body: list[Line], index: int, headings: list[_Heading], level: int) -> int:
        later = [h.line.begin for h in headings if h.line.begin > body[index].begin and h.level <= level]
        return min(later) if later else body[-1].end

    # paragraphs

    def _minor_heading(self, body: list[Line], index: int, scope: _Scope) -> bool:
        """A short title line before a longer paragraph (产业结构持续优化。) heads that paragraph."""
        line = body[index]
        content = line.text
        if len(content) > rules.MINOR_HEADING_MAX or content.endswith(("：", ":", "；", ";", "，")) or "，" in content:
            return False
        if content.startswith(("——", "—", "各位代表")) or index + 1 >= len(body):
            return False
        if len(body[index + 1].text) < rules.MINOR_HEADING_NEXT_MIN:
            return False
        marker = _ENUMERATION.match(content)
        if marker is not None:
            scope.last_enumerated = self._number(marker)
        self._passage(span(self.text, line.begin, line.end), PassageRole.HEADING, scope, rules.MINOR_HEADING_RULE_ID)
        return True

    def _paragraph(self, line: Line, scope: _Scope, begin: int, rule: str = rules.PARAGRAPH_RULE_ID) -> None:
        paragraph = trimmed(self.text, begin, line.end)
        if paragraph is None:
            return
        if scope.kind == SectionKind.NOTES:
            # An entry of the glossary after the report: text that explains, never an item.
            self._passage(paragraph, PassageRole.NOTE, scope, rules.NOTE_RULE_ID)
            return
        if scope.section is None:
            # Before the first heading: the address, the opening, the summary of a document.
            role = self._role(paragraph, scope)
            self._passage(paragraph, role[0] if role else PassageRole.OPENING, scope, role[1] if role else "role.before-sections")
            return
        if scope.kind == SectionKind.MIXED and not scope.planning and scope.items_so_far and \
                _plan_period(paragraph.text, self.report_year):
            scope.planning, scope.items_so_far = True, 0
        # A run-in heading's paragraph is an item by construction; other paragraphs may play a role.
        role = None if rule in (rules.RUN_IN_RULE_ID, rules.HEADING_ONLY_RULE_ID) else self._role(paragraph, scope)
        if role is not None:
            self._passage(paragraph, role[0], scope, role[1])
            # …面临不少困难和问题： announces problems written one per paragraph after it
            scope.problems_follow = admits_problems(paragraph.text) and paragraph.text.rstrip().endswith(("：", ":"))
            return
        if len(paragraph.text) < rules.ITEM_MIN_LENGTH and rule != rules.HEADING_ONLY_RULE_ID:
            return  # a fragment of a broken line
        kind = self._item_kind(paragraph, scope)
        if kind == ItemKind.PROBLEM and paragraph.text.rstrip().endswith(("：", ":")):
            scope.problems_follow = True  # …还面临不少困难和问题： the problems follow, one per paragraph
        # …又初显三大不容忽视的新情况。 then 一是…, 二是… one per paragraph: each a problem
        scope.problems_enumerated = kind == ItemKind.PROBLEM or (
            scope.problems_enumerated and _ENUMERATION.match(paragraph.text) is not None)
        markers = self._markers(paragraph, scope)
        if not markers:
            body = paragraph
            dash = _DASH.match(paragraph.text)
            if dash:
                body = trimmed(self.text, paragraph.begin + dash.end(), paragraph.end) or paragraph
            self._item(body, kind, scope, rule)
            return
        first = markers[0]
        if first.start() > 0:
            lead = trimmed(self.text, paragraph.begin, paragraph.begin + first.start())
            if lead is not None:
                self._passage(lead, PassageRole.LEAD, scope, "role.lead")
        for position, marker in enumerate(markers):
            item_begin = paragraph.begin + marker.end()
            item_end = paragraph.begin + markers[position + 1].start() if position + 1 < len(markers) else paragraph.end
            item = trimmed(self.text, item_begin, item_end)
            if item is not None:
                self._item(item, kind, scope, rules.ENUMERATION_RULE_ID)
        scope.last_enumerated = self._number(markers[-1])

    def _markers(self, paragraph: Span, scope: _Scope) -> list[re.Match[str]]:
        """The enumeration markers of a paragraph in order: a run from 一 that has at least two,
        or, when the paragraph starts with the number after the last one, the run going on."""
        found = list(_ENUMERATION.finditer(paragraph.text))
        if not found:
            return []
        starts_run_on = found[0].start() == 0 and self._number(found[0]) == scope.last_enumerated + 1
        expected = scope.last_enumerated + 1 if starts_run_on else 1
        run: list[re.Match[str]] = []
        for match in found:
            if self._number(match) == expected:
                run.append(match)
                expected += 1
        if starts_run_on or (run and run[0].start() == 0 and len(run) >= 1 and self._number(run[0]) == 1):
            return run
        return run if len(run) >= rules.ENUMERATION_MIN_ITEMS else []

    @staticmethod
    def _number(match: re.Match[str]) -> int:
        try:
            return chinese_to_int(match.group("num") or match.group("num2"))
        except ValueError:
            return 0

    def _role(self, paragraph: Span, scope: _Scope) -> tuple[PassageRole, str] | None:
        # A paragraph that starts an enumerated or dashed item is an item, never a lead's summary.
        in_lead = scope.items_so_far == 0 and not (_ENUMERATION.match(paragraph.text) or _DASH.match(paragraph.text))
        reviewing = scope.kind in (SectionKind.WORK, SectionKind.MIXED) and not scope.planning
        for rule, pattern in _ROLES:
            if rule.where == "short" and len(paragraph.text) > rule.max_length:
                continue
            if rule.where == "lead" and not in_lead:
                continue
            if rule.role == PassageRole.SUMMARY and not reviewing:
                continue
            if rule.id == "role.rhetoric.period" and reviewing:
                continue
            if rule.role in (PassageRole.RHETORIC, PassageRole.SUMMARY) and admits_problems(paragraph.text):
                continue  # 回顾过去一年的工作，我们也清醒地认识到…存在一些挑战和不足：一是…
            if pattern.search(paragraph.text):
                return rule.role, rule.id
        return None

    def _item_kind(self, paragraph: Span, scope: _Scope) -> ItemKind:
        if admits_problems(paragraph.text) or scope.problems_follow:
            return ItemKind.PROBLEM
        if scope.problems_enumerated and _ENUMERATION.match(paragraph.text):
            return ItemKind.PROBLEM
        reviewing = scope.kind == SectionKind.WORK or (scope.kind == SectionKind.MIXED and not scope.planning)
        if reviewing and _PROBLEM_LIST_IN_REVIEW.search(paragraph.text):
            return ItemKind.PROBLEM  # a plan's 重点解决以下问题：一是… is no admission
        kind = scope.subsection.kind if scope.subsection is not None else scope.kind
        if kind == SectionKind.MIXED:
            return ItemKind.PLAN if scope.planning else ItemKind.MEASURE
        return _KIND_OF_SECTION.get(kind, ItemKind.MEASURE)

    def _item(self, item: Span, kind: ItemKind, scope: _Scope, rule: str) -> None:
        assert scope.section is not None, "items stand in sections"
        owner = scope.subsection or scope.section
        path_prefix, section_path = owner.path, scope.section.path
        subsection_path = scope.subsection.path if scope.subsection is not None else None
        scope.ordinal += 1
        scope.items_so_far += 1
        self.items.append(Item(f"{path_prefix}.{scope.ordinal}", scope.ordinal, kind, item, section_path, subsection_path, rule))

    def _passage(self, passage: Span, role: PassageRole, scope: _Scope, rule: str) -> None:
        owner = scope.subsection or scope.section
        self.passages.append(Passage(passage, role, owner.path if owner is not None else None, rule))


def admits_problems(text: str) -> bool:
    """Whether a paragraph owns to problems (我们也清醒看到…, 还存在不少差距…：一是…)."""
    return any(pattern.search(text) for pattern in (_PROBLEM, _PROBLEM_LEAD, _PROBLEM_LATE, _PROBLEM_STATED))


__all__ = ["Header", "admits_problems", "find_headings", "heading_kind", "segment"]
