"""The head and foot of a report: title, 文号, date and occasion, speaker, issuer, jurisdiction, 落款.

Reads the lines before the body (skipping web-page furniture) and the lines after it, and the
file name, which often repeats the title, the year, the speaker and the occasion.  Returns the
:class:`~kg.model.Header` and where the body begins and ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..model import Fact, Header, Span
from . import rules
from .lines import Line, span
from .numerals import chinese_to_int
from .places import CITY, Found, Place, gazetteer
from .spans import cut_after_last

_CLUTTER = [re.compile(p) for p in rules.CLUTTER_LINE_PATTERNS]
_SOURCE = re.compile(rules.SOURCE_PATTERN)
_PUBLISHED = re.compile(rules.PUBLISHED_PATTERN)
_BARE_PUBLISHED = re.compile(rules.BARE_PUBLISHED_PATTERN)
_DISCLOSED = ((re.compile(rules.DISCLOSURE_PUBLISHED_PATTERN), "published", rules.PUBLISHED_RULE_ID),
              (re.compile(rules.DISCLOSURE_WRITTEN_PATTERN), "date", rules.WRITTEN_RULE_ID))
_FOOTER_START = re.compile(rules.FOOTER_START_PATTERN)
_TITLE = re.compile(rules.HEADER_TITLE_PATTERN)
_OCCASION = re.compile(rules.OCCASION_PATTERN)
_SPEAKER = re.compile(rules.SPEAKER_PATTERN)
_CAPTION_SPEAKER = re.compile(rules.CAPTION_SPEAKER_PATTERN)
_FILE_SPEAKER = re.compile(rules.FILE_SPEAKER_PATTERN)
_FILE_TITLE = re.compile(rules.FILE_TITLE_PATTERN)
_FILE_OCCASION = re.compile(rules.FILE_OCCASION_PATTERN)
_FILE_SESSION = re.compile(rules.FILE_SESSION_PATTERN)
_SIGNER = re.compile(rules.SIGNER_PATTERN)
_RECIPIENT = re.compile(rules.RECIPIENT_PATTERN)
_DATE = re.compile(rules.DATE_PATTERN)
_DOCUMENT_NUMBER = re.compile(rules.DOCUMENT_NUMBER_PATTERN)
_DELIVERED_BY = re.compile(rules.DELIVERED_BY_PATTERN)
_CONVENED = re.compile(rules.CONVENED_PATTERN)
_YEAR = re.compile(rules.YEAR_PATTERN)
_FILE_YEAR = re.compile(rules.FILE_YEAR_PATTERN)
_REVIEWED_YEAR = re.compile(rules.REVIEWED_YEAR_PATTERN)
_ORG_ENDINGS = tuple(s.suffix for s in rules.ORG_SUFFIXES)


@dataclass
class HeadAndFoot:
    """What the header reader found, and the stretch of lines that is the body."""

    header: Header
    body_begin: int  # index of the first body line
    body_end: int  # index just past the last body line


@dataclass
class _Fields:
    title: Fact | None = None
    number: Span | None = None
    signer: Span | None = None
    issuer_line: Span | None = None
    recipient: Span | None = None
    date: Fact | None = None
    occasion: Fact | None = None
    speaker: Fact | None = None
    speaker_role: Fact | None = None
    source_name: Fact | None = None
    published: Fact | None = None
    captions: list[Line] = field(default_factory=list)


def is_clutter(line: str) -> bool:
    """A line of web-page furniture (下载, 【字号】, 来源：, a photo caption, a link id)."""
    return any(pattern.match(line) for pattern in _CLUTTER)


def read_head_and_foot(text: str, lines: list[Line], file_name: str, is_heading: "set[int]") -> HeadAndFoot:
    """Read the header from the top of ``lines`` and the 落款 from the bottom.

    ``is_heading`` holds the indices of lines that are section headings: the header ends
    before the first of them.
    """
    fields = _Fields()
    begin = _read_top(text, lines, fields, is_heading)
    _read_disclosure(text, lines, fields)
    end, closing, signed = _read_bottom(text, lines, begin)
    if signed is not None and fields.date is None:
        fields.date = signed
    header = _complete(text, lines, begin, end, fields, closing, file_name)
    return HeadAndFoot(header, begin, end)


def _read_top(text: str, lines: list[Line], fields: _Fields, is_heading: set[int]) -> int:
    """Classify the header lines; return the index of the first body line."""
    index = 0
    limit = min(len(lines), rules.HEADER_MAX_LINES)
    while index < limit:
        if index in is_heading:
            break
        line = lines[index]
        content = line.text
        consumed = _header_line(text, lines, index, fields)
        if consumed:
            index += consumed
            continue
        if content.startswith("各位代表") or len(content) > rules.HEADER_SHORT_LINE:
            break
        if _looks_like_name_line(content) and index + 1 < limit and _CAPTION_SPEAKER.search(lines[index + 1].text):
            # 毛伟明 above its photo's caption (省长毛伟明作政府工作报告…摄): the caption names the speaker
            fields.captions.append(lines[index + 1])
            index += 2
            continue
        if len(content) <= 4 and not _looks_like_name_line(content):
            index += 1  # a stray fragment of the page (分享：, a lone bracket)
            continue
        break
    return index


def _read_disclosure(text: str, lines: list[Line], fields: _Fields) -> None:
    """成文日期 and 发布日期 of a disclosure page's table, wherever it stands: labelled fields
    of the page, never words of the report, so no line limit applies."""
    for line in lines:
        for pattern, name, rule in _DISCLOSED:
            if getattr(fields, name) is None and (match := pattern.search(line.text)):
                setattr(fields, name, Fact(_iso(match.group("value")), _group(text, line, match, "value"), rule))


def _header_line(text: str, lines: list[Line], index: int, fields: _Fields) -> int:
    """Read a header line into ``fields``; the number of lines it took (two for a broken
    occasion line), 0 when the line is not a header line."""
    line = lines[index]
    content = line.text
    if content.rstrip() in ("来源:", "来源：") and fields.source_name is None and index + 1 < len(lines) \
            and 0 < len(lines[index + 1].text) <= rules.SOURCE_MAX:
        # 来源: with the newspaper on the next line
        following = lines[index + 1]
        fields.source_name = Fact(following.text.strip(), span(text, following.begin, following.end), rules.SOURCE_RULE_ID)
        return 2
    if (match := _SOURCE.match(content)) and fields.source_name is None:
        fields.source_name = Fact(match.group("value").strip(), _group(text, line, match, "value"), rules.SOURCE_RULE_ID)
        return 1
    if (match := _PUBLISHED.match(content) or _BARE_PUBLISHED.match(content)) and fields.published is None:
        fields.published = Fact(_iso(match.group("value")), _group(text, line, match, "value"), rules.PUBLISHED_RULE_ID)
        return 1
    if is_clutter(content) or is_clutter(_squeeze(content)):  # 政　府　工　作　报　告, spaced out
        if _CAPTION_SPEAKER.search(content):
            fields.captions.append(line)
        return 1
    number = _DOCUMENT_NUMBER.search(content) if len(content) <= rules.HEADER_SHORT_LINE else None
    signer = _SIGNER.search(content)
    if number or signer:
        if number and fields.number is None:
            start = number.start("issuer") + cut_after_last(number.group("issuer"), rules.ISSUER_STOP_WORDS)
            fields.number = span(text, line.begin + start, line.begin + number.end())
        if signer and fields.signer is None:
            fields.signer = _group(text, line, signer, "name")
        return 1
    if fields.occasion is None and (consumed := _occasion(text, lines, index, fields)):
        return consumed
    if fields.title is None and _TITLE.match(content) and len(content) <= rules.HEADER_SHORT_LINE:
        fields.title = Fact(content, span(text, line.begin, line.end), rules.HEADER_TITLE_RULE_ID)
        return 1
    if fields.speaker is None and (match := _SPEAKER.match(content)):
        fields.speaker = Fact(_squeeze(match.group("name")), _group(text, line, match, "name"), rules.SPEAKER_RULE_ID)
        fields.speaker_role = Fact(match.group("role"), _group(text, line, match, "role"), rules.SPEAKER_RULE_ID)
        return 1
    if _CAPTION_SPEAKER.search(content) and len(content) <= 80:
        fields.captions.append(line)
        return 1
    if fields.recipient is None and (match := _RECIPIENT.match(content)) and _is_recipient(match.group("name")):
        fields.recipient = _group(text, line, match, "name")
        return 1
    if fields.issuer_line is None and fields.title is None and content.endswith(_ORG_ENDINGS) and _is_short_name(content):
        fields.issuer_line = span(text, line.begin, line.end)
        return 1
    return 0


def _occasion(text: str, lines: list[Line], index: int, fields: _Fields) -> int:
    """——2026年1月25日在…会议上, also split over two lines and followed by the speaker; lines taken."""
    line = lines[index]
    content, consumed, end = line.text, 1, line.end
    match = _OCCASION.match(content)
    if match is None and index + 1 < len(lines) and re.match(r"^[—–―\-─（(]*\s*\S{4,14}年.{1,6}日在", content):
        joined = content + lines[index + 1].text
        match = _OCCASION.match(joined)
        consumed, end = 2, lines[index + 1].end
    if match is None:
        return 0
    value = _date(match)
    begin = line.begin + match.start("year")
    if value is not None:
        day_end = line.begin + match.end("day")
        if text.startswith("日", day_end):
            day_end += 1  # the date as written: 2026年1月27日
        fields.date = Fact(value.isoformat(), span(text, begin, day_end), rules.DELIVERED_RULE_ID)
    occasion = match.group("occasion")
    occasion_begin = text.find(occasion, line.begin, end) if consumed == 1 else -1
    occasion_span = span(text, occasion_begin, occasion_begin + len(occasion)) if occasion_begin >= 0 else None
    fields.occasion = Fact(occasion, occasion_span, rules.OCCASION_RULE_ID)
    rest = match.group("rest")
    if rest and (speaker := _SPEAKER.match(rest.strip())) and consumed == 1:
        offset = line.begin + match.start("rest") + (len(rest) - len(rest.lstrip()))
        fields.speaker = Fact(_squeeze(speaker.group("name")),
                              span(text, offset + speaker.start("name"), offset + speaker.end("name")), rules.SPEAKER_RULE_ID)
        fields.speaker_role = Fact(speaker.group("role"),
                                   span(text, offset + speaker.start("role"), offset + speaker.end("role")), rules.SPEAKER_RULE_ID)
    return consumed


def _read_bottom(text: str, lines: list[Line], begin: int) -> tuple[int, Span | None, Fact | None]:
    """Where the body ends: before web-page footers and the closing signature and date (落款)."""
    end = len(lines)
    for index in range(max(begin, len(lines) // 3), len(lines)):
        if _FOOTER_START.match(lines[index].text):
            end = index
            break
    while end > begin and is_clutter(lines[end - 1].text):
        end -= 1
    for index in range(end - 1, max(begin - 1, end - 1 - rules.FOOTER_MAX_LINES), -1):
        match = _DATE.match(lines[index].text)
        if not match:
            continue
        value = _date(match)
        signed = Fact(value.isoformat(), span(text, lines[index].begin, lines[index].end), rules.SIGNED_RULE_ID) if value else None
        if index > begin and _is_short_name(lines[index - 1].text):
            return index - 1, span(text, lines[index - 1].begin, lines[index - 1].end), signed
        return index, None, signed
    return end, None, None


def _complete(text: str, lines: list[Line], begin: int, end: int, fields: _Fields, closing: Span | None,
              file_name: str) -> Header:
    """Fill in what the header leaves to inference: speaker from a caption or the file name,
    year, reviewed year, jurisdiction and the issuer's full name."""
    stem = file_name.rsplit(".", 1)[0]
    if fields.speaker is None:
        _speaker_from_captions(text, fields)
    if fields.speaker is None:
        # a web page's photo caption set apart among the paragraphs (…开幕。国务院总理李克强作政府工作报告。)
        fields.captions = [line for k, line in enumerate(lines) if _set_apart(lines, k)
                           and len(line.text) <= rules.CAPTION_MAX and _CAPTION_SPEAKER.search(line.text)]
        _speaker_from_captions(text, fields)
    if fields.speaker is None and (match := _FILE_SPEAKER.search(stem)):
        prefix = rules.FILE_RULE_PREFIX
        fields.speaker = Fact(match.group("name"), None, prefix + ".speaker")
        fields.speaker_role = Fact(match.group("role"), None, prefix + ".speaker")
    if fields.title is None and (match := _FILE_TITLE.match(stem)):
        fields.title = Fact(match.group("title"), None, rules.FILE_RULE_PREFIX + ".title")
    if fields.occasion is None and (match := _FILE_OCCASION.search(stem) or _FILE_SESSION.search(stem)):
        fields.occasion = Fact(match.group("occasion"), None, rules.FILE_RULE_PREFIX + ".occasion")
    body = [line for line in lines[begin:end]]
    if fields.occasion is None:
        fields.occasion = _from_opening(text, body, _CONVENED, "occasion", rules.OCCASION_RULE_ID)
    year = _report_year(text, fields, stem)
    reviewed = _reviewed_year(text, body, year, fields)
    delivered_by = _from_opening(text, body, _DELIVERED_BY, "issuer", rules.ISSUER_RULE_ID)
    jurisdiction, parents = _jurisdiction(text, fields, delivered_by, closing, stem)
    issuer = _issuer(fields, delivered_by, closing, jurisdiction)
    return Header(
        title=fields.title, number=fields.number, signer=fields.signer, issuer=issuer, recipient=fields.recipient,
        closing_body=closing, date=fields.date,
        date_kind=("signed" if fields.date.rule == rules.SIGNED_RULE_ID else "delivered") if fields.date else None,
        occasion=fields.occasion, speaker=fields.speaker, speaker_role=fields.speaker_role, year=year,
        reviewed_year=reviewed, jurisdiction=jurisdiction, jurisdiction_parents=parents,
        source_name=fields.source_name, published=fields.published,
    )


def _set_apart(lines: list[Line], k: int) -> bool:
    """Whether a blank line stands before and after line ``k`` (a caption among paragraphs)."""
    line = lines[k]
    before = lines[k - 1].number if k > 0 else 0
    after = lines[k + 1].number if k + 1 < len(lines) else line.number + 2
    return line.number - before > 1 and after - line.number > 1


def _speaker_from_captions(text: str, fields: _Fields) -> None:
    for line in fields.captions:
        match = _CAPTION_SPEAKER.search(line.text)
        if match:
            fields.speaker = Fact(match.group("name"), _group(text, line, match, "name"), rules.CAPTION_SPEAKER_RULE_ID)
            fields.speaker_role = Fact(match.group("role"), _group(text, line, match, "role"), rules.CAPTION_SPEAKER_RULE_ID)
            return


def _report_year(text: str, fields: _Fields, stem: str) -> Fact | None:
    """The year in the title, else in the file name, else of the date delivered, else before signing."""
    if fields.title and (match := _YEAR.search(fields.title.value)) and fields.title.span:
        begin = fields.title.span.begin + match.start("year")
        return Fact(match.group("year"), span(text, begin, begin + 4), rules.YEAR_TITLE_RULE_ID)
    if (match := _FILE_YEAR.search(stem)):
        return Fact(match.group("year") or match.group("year2"), None, rules.FILE_RULE_PREFIX + ".year")
    if fields.date and fields.date.rule == rules.DELIVERED_RULE_ID:
        return Fact(fields.date.value[:4], None, rules.YEAR_DELIVERED_RULE_ID)
    if fields.date:
        return Fact(str(int(fields.date.value[:4]) - 1), None, rules.YEAR_SIGNED_RULE_ID)
    return None


def _reviewed_year(text: str, body: list[Line], year: Fact | None, fields: _Fields) -> Fact | None:
    """The year whose work the report reviews: named in a review heading, else the year before a
    work report's, else (for a report on a year's work, 关于2020年度…的报告) the report's own."""
    for line in body[:60]:
        match = _REVIEWED_YEAR.search(line.text[:24])
        said = [word for word in rules.REVIEW_WORDS if word in line.text[:40]]
        if match and said:
            group = "year" if match.group("year") else "year2"
            if year is not None and int(match.group(group)) >= int(year.value) and \
                    all(word in rules.REVIEW_WORDS_OF_PAST_YEARS for word in said):
                continue  # 三、2015年主要工作 in the 2015 report: the year's plans, not a review
            begin = line.begin + match.start(group)
            # The quote runs to the heading's word of review (2025年工作回顾), which says what the year is.
            ends = [line.text.find(word, match.start(group)) + len(word) for word in rules.REVIEW_WORDS
                    if 0 <= line.text.find(word, match.start(group)) < 40]
            end = line.begin + min(ends) if ends else begin + 4
            return Fact(match.group(group), span(text, begin, end), rules.REVIEWED_YEAR_HEADING_RULE_ID)
    if year is None:
        return None
    if fields.title and fields.occasion is None and year.rule == rules.YEAR_TITLE_RULE_ID and \
            not any(word in fields.title.value for word in rules.DELIVERED_REPORT_WORDS):
        return Fact(year.value, None, rules.REVIEWED_YEAR_ANNUAL_RULE_ID)
    return Fact(str(int(year.value) - 1), None, rules.REVIEWED_YEAR_PREVIOUS_RULE_ID)


def _from_opening(text: str, body: list[Line], pattern: re.Pattern[str], group: str, rule: str) -> Fact | None:
    """What the opening lines name: the meeting (今天，我们召开光明新区年度工作会议) or the body
    that delivers the report (现在，我代表北京市人民政府，向大会报告)."""
    for line in body[:6]:
        match = pattern.search(line.text)
        if match:
            return Fact(match.group(group), _group(text, line, match, group), rule + ".opening")
    return None


def _jurisdiction(text: str, fields: _Fields, delivered_by: Fact | None, closing: Span | None,
                  stem: str) -> tuple[Fact | None, tuple[str, ...]]:
    """The place the issuing government governs, from the report's own names for itself."""
    own = [fact for fact in (fields.title, fields.occasion, fields.speaker_role, delivered_by) if fact is not None]
    names = [fact.value for fact in own] + [stem]
    if fields.issuer_line:
        names.append(fields.issuer_line.text)
    if closing:
        names.append(closing.text)
    if any(body in name for name in names for body in rules.NATIONAL_BODIES):
        return Fact(rules.NATIONAL_JURISDICTION, None, rules.JURISDICTION_NATIONAL_RULE_ID), ()
    places = gazetteer()
    found = [hit for name in names for hit in places.find(name)]
    area = _area(names, found)
    if not found and area is None:
        return None, ()
    best = _most_specific(found, text) if found else None
    if area is not None:
        return _area_jurisdiction(area, best, text)
    assert best is not None
    chain = places.chain(best)
    return Fact(places.full_name(best), None, rules.JURISDICTION_RULE_ID), tuple(p.name for p in chain[:-1])


def _most_specific(found: list[Found], text: str) -> Place:
    """The most specific place found; among namesakes (龙华区), the one whose city the text names most."""
    places = gazetteer()
    level = max(hit.place.level for hit in found)
    candidates = sorted({hit.place for hit in found if hit.place.level == level}, key=lambda p: p.code)
    if len(candidates) == 1:
        return candidates[0]

    def support(place: Place) -> int:
        return sum(text.count(p.name) + text.count(p.name.rstrip("市省区")) for p in places.chain(place)[:-1])

    return max(candidates, key=lambda p: (support(p), p.code))


def _area(names: list[str], found: list[Found]) -> str | None:
    """An area governed by a 管委会 (大鹏新区, 渭南高新区): the shortest name ending like one."""
    pattern = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:" + "|".join(rules.AREA_ENDINGS) + ")")
    areas = []
    for name in names:
        for match in pattern.finditer(name):
            area = match.group()
            # Strip a leading level word or place the area belongs to only when followed by the area's own name.
            areas.append(re.sub(r"^(?:\d{4}年)", "", area))
    return min(areas, key=len) if areas else None


def _area_jurisdiction(area: str, city: Place | None, text: str) -> tuple[Fact, tuple[str, ...]]:
    """An area keeps its name; a name that does not say its city gets the city the text names most."""
    places = gazetteer()
    named = [hit.place for hit in places.find(area)]
    if named:
        chain = places.chain(max(named, key=lambda p: (p.level, p.code)))
        return Fact(area, None, rules.JURISDICTION_AREA_RULE_ID), tuple(p.name for p in chain)
    home = city if city is not None and city.level == CITY else _city_in_text(text)
    if home is None:
        return Fact(area, None, rules.JURISDICTION_AREA_RULE_ID), ()
    chain = places.chain(home)
    return Fact(home.name + area, None, rules.JURISDICTION_AREA_RULE_ID), tuple(p.name for p in chain)


def _city_in_text(text: str) -> Place | None:
    counts: dict[Place, int] = {}
    for hit in gazetteer().find(text[:20000]):
        if hit.place.level == CITY:
            counts[hit.place] = counts.get(hit.place, 0) + 1
    return max(counts, key=lambda p: (counts[p], p.code)) if counts else None


def _issuer(fields: _Fields, delivered_by: Fact | None, closing: Span | None, jurisdiction: Fact | None) -> Fact | None:
    """The body that issues the report, by its full name: the 落款, else the header's body line,
    else the body the opening names, made absolute with the jurisdiction (省人民政府 → 甘肃省人民政府)."""
    if closing is not None:
        return Fact(closing.text, closing, rules.ISSUER_RULE_ID + ".closing")
    if fields.issuer_line is not None:
        return Fact(fields.issuer_line.text, fields.issuer_line, rules.ISSUER_RULE_ID + ".line")
    if delivered_by is None:
        return None
    name = delivered_by.value
    if jurisdiction is not None and jurisdiction.value != rules.NATIONAL_JURISDICTION:
        name = absolute_name(name, jurisdiction.value)
    return Fact(name, delivered_by.span, delivered_by.rule)


def absolute_name(name: str, jurisdiction: str) -> str:
    """A body named relative to the speaker (区人民政府, 大鹏新区管理委员会) in full (深圳市盐田区人民政府)."""
    if name.startswith(jurisdiction):
        return name
    for level in rules.RELATIVE_LEVELS:
        if name.startswith(level) and jurisdiction.endswith(level):
            return jurisdiction + name[len(level):]
    # 大鹏新区管理委员会 in 深圳市大鹏新区: the name starts with the jurisdiction's last part.
    for cut in range(1, len(jurisdiction)):
        tail = jurisdiction[cut:]
        if len(tail) >= 2 and name.startswith(tail):
            return jurisdiction[:cut] + name
    return name


# --- small helpers --------------------------------------------------------------------------


def _group(text: str, line: Line, match: re.Match[str], group: str) -> Span:
    return span(text, line.begin + match.start(group), line.begin + match.end(group))


def _squeeze(name: str) -> str:
    """A name without the spaces pages put inside it (韦 韬 → 韦韬)."""
    return re.sub(r"[\s\u3000]+", "", name)


def _iso(value: str) -> str:
    """2026-2-2 or 2026年02月02日 as an ISO date."""
    year, month, day = (int(part) for part in re.findall(r"\d+", value)[:3])
    return date(year, month, day).isoformat()


def _date(match: re.Match[str]) -> date | None:
    def number(part: str) -> int:
        return int(part) if part.isdigit() else chinese_to_int(part)

    try:
        return date(number(match.group("year")), number(match.group("month")), number(match.group("day")))
    except ValueError:
        return None


def _is_short_name(line: str) -> bool:
    return 2 <= len(line) <= 30 and not any(p in line for p in "。，,；;：:！!？?")


def _looks_like_name_line(content: str) -> bool:
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", content))


def _is_recipient(name: str) -> bool:
    return not any(word in name for word in rules.RECIPIENT_NOT) and name.endswith(_ORG_ENDINGS + ("政府", "管委会"))

