"""Stage 3c: find figures: a number with its unit, qualifier and the phrase it counts.

新设立企业715户 → 715 户 counting 新设立企业; 1.59亿元 → 159000000 元; 百余条 → 100 条,
approximate; 由3.19%提升至6.9% → 6.9 % with 3.19 kept as the previous value.  Numbers in
titles, quoted slogans (“三项制度”), document numbers, years and dates are not figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Context, Decimal, InvalidOperation

from . import rules
from ..model import Figure, Qualifier, SourceText, Span
from .numerals import arabic_to_decimal, chinese_to_int
from .spans import Regions, quoted_regions, title_regions

# Bounded repetitions keep matching linear: an unbounded run of digits (or of 十) would be
# re-scanned from every position it starts at.  A longer digit string matches in pieces, and
# every piece after the first follows a digit and is rejected (``_is_count``).
_ARABIC = r"[0-9０-９]{1,30}(?:[,，][0-9]{3}){0,10}(?:[.．][0-9０-９]{1,12})?"
_CHINESE = r"[零〇一二两三四五六七八九十百千]{1,10}"
_NUMBER = rf"(?:{_ARABIC}|{_CHINESE})"
_UNITS = sorted(rules.UNITS, key=lambda u: -len(u.text))
_UNIT_OF = {u.text: u.canonical for u in _UNITS}
_UNIT = "|".join(re.escape(u.text) for u in _UNITS)
_MAGNITUDE = "|".join(sorted(rules.MAGNITUDES, key=len, reverse=True))
_BEFORE = "|".join(rf"(?<![{rules.QUALIFIER_NOT_AFTER[w]}]){w}" if w in rules.QUALIFIER_NOT_AFTER else w
                   for w, _ in sorted(rules.QUALIFIERS_BEFORE, key=lambda q: -len(q[0])))
_AFTER_UNIT = "|".join(w for w, _ in rules.QUALIFIERS_AFTER if len(w) > 1)
_AFTER_NUMBER = "|".join(w for w, _ in rules.QUALIFIERS_AFTER if len(w) == 1)
_QUALIFIER = dict(rules.QUALIFIERS_BEFORE) | dict(rules.QUALIFIERS_AFTER)

_FIGURE = re.compile(
    rf"(?P<before>{_BEFORE})?(?P<num>{_NUMBER})\s*(?P<mag>{_MAGNITUDE})?\s*(?P<approx>{_AFTER_NUMBER})?\s*"
    rf"(?P<mag2>{_MAGNITUDE})?(?P<unit>{_UNIT})(?P<after>{_AFTER_UNIT})?"
)
_CHANGE = re.compile(rules.CHANGE_PATTERN.format(num=_NUMBER, unit=_UNIT))
_BARE_PEOPLE = re.compile(
    rf"(?:{'|'.join(rules.PEOPLE_BEFORE_BARE_COUNT)})(?:{'|'.join(sorted(rules.BARE_COUNT_VERBS, key=len, reverse=True))})?"
    rf"(?P<before>{_BEFORE})?(?P<num>{_ARABIC})\s*(?P<mag>万|亿)(?P<approx>{_AFTER_NUMBER})?(?P<after>{_AFTER_UNIT})?"
    r"(?=[，,。；;、）)\s])"
)
_DOCUMENT_NUMBER = re.compile(rules.DOCUMENT_NUMBER_PATTERN)
# 2020年 and 3月5日 are dates, whatever follows them.
_DATE = re.compile(r"[0-9０-９]{4}\s*年(?:度)?|[0-9０-９]{1,2}\s*月(?:[0-9０-９]{1,2}\s*日)?")


# Figures are exact: arithmetic on them never rounds.  A number with more significant digits
# than any real statistic (a serial, a phone number, noise) is not read as a figure.
MAX_DIGITS = rules.FIGURE_MAX_DIGITS
_EXACT = Context(prec=MAX_DIGITS + 30, Emax=999_999, Emin=-999_999)


def find_figures(source: SourceText, warnings: list[str] | None = None) -> list[Figure]:
    """Every statistic in the text, in order; numbers too long to be one are reported in ``warnings``."""
    text = source.text
    excluded = _excluded_regions(text)
    figures: list[Figure] = []
    warned: set[int] = set()
    runs = _DigitRuns(text)
    changes = {m.start("to"): m for m in _CHANGE.finditer(text)}
    # The "from" value of a change is kept on the change's figure, not as a figure of its own.
    change_origins = Regions([(m.start("from"), m.end("from")) for m in changes.values()])
    for match in _FIGURE.finditer(_without_line_numbers(text)):
        if excluded.overlaps(match.start("num"), match.end("unit")) or change_origins.covers(match.start("num")):
            continue
        run = runs.around(match.start("num"), match.end("num"))
        if _too_long(run.text):
            if warnings is not None and run.begin not in warned:
                warned.add(run.begin)
                warnings.append(f"{source.name}: the number at offset {run.begin} ({run.text[:12]}…) has more than "
                                f"{MAX_DIGITS} digits; not read as a figure")
            continue
        if not _is_count(text, match):
            continue
        value = _value(match)
        if value is None:
            continue
        change = changes.get(match.start("num"))
        previous = _value_of(change.group("from")) if change else None
        begin = change.start() if change else match.start()
        rule = rules.CHANGE_RULE_ID if change else rules.FIGURE_RULE_ID
        qualifier, qualifier_text = _qualifier(match)
        figures.append(Figure(
            span=Span(begin, match.end(), text[begin:match.end()]), value=value, unit=_UNIT_OF[match.group("unit")],
            qualifier=qualifier, qualifier_text=qualifier_text, phrase=counted_phrase(text, begin, match.end()), rule=rule,
            previous_value=previous,
        ))
    return sorted(figures + _bare_people(text, excluded), key=lambda f: f.span.begin)


def _bare_people(text: str, excluded: Regions) -> list[Figure]:
    """农村贫困人口减少1109万，: people counted in 万 without a unit word, in 人."""
    figures = []
    for match in _BARE_PEOPLE.finditer(text):
        begin = match.start("before") if match.group("before") else match.start("num")
        if excluded.overlaps(begin, match.end()) or text[begin - 1:begin].isdigit():
            continue
        value = _value_of(match.group("num"))
        if value is None:
            continue
        qualifier, qualifier_text = _qualifier(match)
        figures.append(Figure(
            span=Span(begin, match.end(), text[begin:match.end()]),
            value=plain(_EXACT.multiply(value, rules.MAGNITUDES[match.group("mag")])), unit="人",
            qualifier=qualifier, qualifier_text=qualifier_text, phrase=counted_phrase(text, begin, match.end()),
            rule=rules.FIGURE_RULE_ID,
        ))
    return figures


_LINE_NUMBER = re.compile(r"^[ \t\u3000]*(\d{1,3})[.．]", re.MULTILINE)


def _without_line_numbers(text: str) -> str:
    """The text with the numbers of numbered lines (39.九大类…, 40.151件民生实事…) blanked, same
    length: a line numbered in sequence with the line before or after it starts with its number,
    not with a decimal (40.151件 is item 40's 151件)."""
    marks = list(_LINE_NUMBER.finditer(text))
    numbers = {int(m.group(1)) for m in marks}
    chars = list(text)
    for mark in marks:
        n = int(mark.group(1))
        if n - 1 in numbers or n + 1 in numbers:
            chars[mark.start(1):mark.end()] = " " * (mark.end() - mark.start(1))
    return "".join(chars)


def _excluded_regions(text: str) -> Regions:
    ranges = [(m.start(), m.end()) for m in _DOCUMENT_NUMBER.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _DATE.finditer(text)]
    return Regions(ranges) + title_regions(text) + quoted_regions(text)


def _is_count(text: str, match: re.Match[str]) -> bool:
    """Reject ordinals (第三个), words made of numerals (一人多岗, 十九届) and digits inside longer numbers."""
    number = match.group("num")
    start = match.start("num")
    unit = match.group("unit")
    after = text[match.end():match.end() + 2]
    if after.startswith(rules.NOT_FIGURE_AFTER) or (after[:1] and after[:1] in rules.UNIT_NOT_BEFORE.get(unit, "")):
        return False  # 中央八项规定, 三成果: a name or another word, not a count
    if unit in rules.PEOPLE_UNITS and not (match.group("mag") or number[0] in "0123456789０１２３４５６７８９"):
        return False
    if unit.isascii() and start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
        return False  # P2P: a Latin unit's number inside a Latin name
    if text[max(0, start - 1):start] in rules.NOT_FIGURE_BEFORE or (start > 0 and text[start - 1].isdigit()):
        return False
    if number[0] not in "0123456789０１２３４５６７８９":
        if number in ("一", "两") and not match.group("mag"):
            return False  # 一个, 一批: an article, not a count
        if match.group("unit") in rules.ARABIC_ONLY_UNITS:
            return False
    return True


def _value(match: re.Match[str]) -> Decimal | None:
    value = _value_of(match.group("num"))
    if value is None:
        return None
    for magnitude in (match.group("mag"), match.group("mag2")):
        if magnitude:
            value = _EXACT.multiply(value, rules.MAGNITUDES[magnitude])
    if match.group("unit") in ("亿美元",):
        value = _EXACT.multiply(value, rules.MAGNITUDES["亿"])
    return plain(value)


def plain(value: Decimal) -> Decimal:
    """The value without trailing zeros or exponent: 159000000, not 159000000.00 or 1.59E+8."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1), context=_EXACT)
    return value.normalize(context=_EXACT)


class _DigitRuns:
    """The runs of digits in a text, found once: a long number matches in pieces, each of which
    must be judged by its whole run."""

    def __init__(self, text: str) -> None:
        self._runs = [(m.start(), m.end()) for m in re.finditer(r"[0-9０-９]+", text)]
        self._begins = [begin for begin, _ in self._runs]
        self._text = text

    def around(self, begin: int, end: int) -> Span:
        index = bisect_right(self._begins, begin) - 1
        if index >= 0 and self._runs[index][0] <= begin < self._runs[index][1]:
            begin, end = self._runs[index][0], max(end, self._runs[index][1])
        return Span(begin, end, self._text[begin:end])


def _too_long(number: str) -> bool:
    return sum(c.isdigit() for c in number) > MAX_DIGITS


def _value_of(number: str) -> Decimal | None:
    if _too_long(number):
        return None
    try:
        if number[0] in "0123456789０１２３４５６７８９":
            return plain(arabic_to_decimal(number.replace("，", ",")))
        return Decimal(chinese_to_int(number))
    except (ValueError, InvalidOperation):
        return None


def _qualifier(match: re.Match[str]) -> tuple[Qualifier, str | None]:
    for group in ("before", "approx", "after"):
        word = match.group(group)
        if word:
            return _QUALIFIER[word], word
    return Qualifier.EXACT, None


def counted_phrase(text: str, begin: int, end: int) -> str | None:
    """The phrase a figure counts: the words before it in its clause, without scope words or verbs.

    When nothing is left before it (建成1所社区日间照料中心), the noun after the unit is taken;
    in a list of values that answer a list of things one for one (甲、乙分别增长5%、6%), the
    thing in the same place.
    """
    respective = _respective_subject(text, begin)
    if respective:
        return respective
    start = _phrase_start(text, begin)
    # Only text right after an earlier figure starts with that figure's unit (2家企业获得贷款3亿元);
    # elsewhere a unit character begins a word (本地生产总值).
    after_number = start > 0 and text[start - 1].isdigit()
    before = _strip_phrase(text[start:begin], after_number=after_number)
    if after_number and _links_a_change(text[start:begin]):
        # 从2015年2694亿元增长到2020年3847亿元: the value reached counts what the start value does
        unit_end = start + len(_LEADING_MAGNITUDE_AND_UNIT.match(text, start).group())  # type: ignore[union-attr]
        return counted_phrase(text, _number_start(text, start), unit_end)
    if len(before) > 2 and not before.endswith("等"):
        return before
    after_end = end
    while after_end < min(len(text), end + rules.PHRASE_MAX // 2) and text[after_end] not in rules.PHRASE_BOUNDARY \
            and not text[after_end].isdigit():
        after_end += 1
    after = text[end:after_end]
    stops = [after.find(w) for w in rules.PHRASE_AFTER_STOPS if after.find(w) > 0]
    after = _strip_phrase(after[: min(stops)] if stops else after)
    # A bare verb before the number (建成1所…, 印发9期…) or the end of a list (甲、乙等2家企业)
    # says less than the noun after the unit.
    return (after if len(after) >= 2 else before) or None


_ENUMERATOR = re.compile(rf"^[{rules.CN_SMALL}]{{1,3}}是")
_LEADING_UNIT = re.compile(rf"(?:余|多)?(?:{_UNIT})?")


def _phrase_start(text: str, begin: int) -> int:
    """Where the words before a figure begin: after its clause's boundary or an earlier number
    (a year written before it, 2020年3847亿元, is a date and no number)."""
    start = begin
    floor = max(0, begin - rules.PHRASE_MAX)
    while start > floor and text[start - 1] not in rules.PHRASE_BOUNDARY:
        if text[start - 1].isdigit():
            code = _CODE_BEFORE.search(text, max(0, start - 12), start)
            if code is None and text.startswith(rules.RANKED_AFTER_NUMBER, start):
                code = _DIGITS_BEFORE.search(text, max(0, start - 12), start)
            if code is not None:
                # PM2.5降至19.1微克, 世界500强企业从4家: a name with a number in it, no earlier figure
                start = code.start()
                continue
            year = _YEAR_BEFORE.search(text, max(0, start - 4), start)
            if year is None or not text.startswith("年", start):
                break
            start = year.start()
            continue
        start -= 1
    return start


_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}$")
_CODE_BEFORE = re.compile(r"[A-Za-z]+\d+(?:\.\d+)?$")
_DIGITS_BEFORE = re.compile(r"\d+$")
_YEARS_IN_PHRASE = re.compile(rules.YEAR_IN_PHRASE)


def _links_a_change(between: str) -> bool:
    """亿元增长到2020年, %大幅提高到: what joins a start value to the value reached."""
    link = _YEARS_IN_PHRASE.sub("", between)
    link = link[len(_LEADING_MAGNITUDE_AND_UNIT.match(link).group()):]  # type: ignore[union-attr]
    return _CHANGE_LINK.fullmatch(link) is not None


_LEADING_MAGNITUDE_AND_UNIT = re.compile(rf"(?:{_MAGNITUDE})?(?:余|多)?(?:{_UNIT})?")
_CHANGE_LINK = re.compile(rules.CHANGE_LINK)


def _number_start(text: str, end: int) -> int:
    """Where the number ending at ``end`` begins."""
    start = end
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in ".,"):
        start -= 1
    return start


def _strip_phrase(phrase: str, *, after_number: bool = False) -> str:
    phrase = _YEARS_IN_PHRASE.sub("", _ENUMERATOR.sub("", phrase.strip()))
    if after_number:
        leading = _LEADING_UNIT.match(phrase)  # always matches: every part is optional
        phrase = phrase[len(leading.group()):] if leading else phrase
    changed = True
    while changed and phrase:
        changed = False
        for word in rules.PHRASE_LEADING:
            if phrase.startswith(word) and len(phrase) > len(word):
                phrase, changed = phrase[len(word):], True
        word_after = rules.PHRASE_LEADING_PREPOSITIONS.get(phrase[:1])
        if word_after is not None and len(phrase) > 2 and phrase[1] not in word_after:
            phrase, changed = phrase[1:], True
        for word in rules.PHRASE_TRAILING:
            if phrase.endswith(word) and len(phrase) > len(word) \
                    and phrase[-len(word) - 1] not in rules.PHRASE_TRAILING_NOT_AFTER.get(word, ""):
                phrase, changed = phrase[: -len(word)], True
    return phrase.strip()


_CLAUSE_END = "，,。；;：:\n"
_LIST_SEPARATOR = re.compile("、|和|及")
_RESPECTIVELY = re.compile(rf"(?P<verb>[^0-9０-９{re.escape(_CLAUSE_END)}、]{{0,{rules.RESPECTIVE_VERB_MAX}}}?)"
                           rf"(?=[0-9０-９{rules.CN_DIGITS}])")


def _respective_subject(text: str, begin: int) -> str | None:
    """进口货值、离岛免税销售额分别增长38.9%、46.8%: the thing a value stands for is the one in the
    same place in the list before 分别, when both lists are as long."""
    start = begin
    while start > 0 and text[start - 1] not in _CLAUSE_END and begin - start < rules.RESPECTIVE_REACH:
        start -= 1
    clause = text[start:begin]
    at = clause.rfind(rules.RESPECTIVELY_WORD)
    if at <= 0:
        return None
    verb = _RESPECTIVELY.match(text, start + at + len(rules.RESPECTIVELY_WORD), begin + 1)
    if verb is None:
        return None
    position = len(_LIST_SEPARATOR.findall(text, verb.end(), begin))  # how many values come before this one
    end = begin
    while end < len(text) and text[end] not in _CLAUSE_END:
        end += 1
    values = 1 + len(_LIST_SEPARATOR.findall(text, verb.end(), end))
    things = [t for t in _LIST_SEPARATOR.split(clause[:at]) if t]
    if len(things) != values or len(things) < 2 or position >= len(things):
        return None
    thing = _strip_phrase(things[position] + verb.group("verb"))  # 小学、初中分别新增学位 → 小学新增学位
    return thing if len(thing) >= 2 else None

