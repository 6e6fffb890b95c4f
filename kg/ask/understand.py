"""Read a question by slot filling: linked names, the report it is about, cue words, terms.

Nothing is anchored to the whole question: names are found wherever they stand (the index's
automaton, 文号 in any written form, titles in 《》 or quotes, whole or in part), a place or a
year picks reports, cue words anywhere vote for intents (``vocabulary.CUES``), and the words
left over, segmented with jieba, are what the question is about.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any, Iterable

from ..extract import rules as extraction_rules
from ..extract.documents import normalise_number
from ..extract.numerals import chinese_to_int
from ..model import DocumentNumber
from . import dictionary, vocabulary as words
from .index import Named, QuestionIndex, ReportInfo, fold
from .romanised import names_spelled

_NUMBER = re.compile(extraction_rules.DOCUMENT_NUMBER_PATTERN)
# 渭编发2020年10号 and 2020年10号文: numbers written without brackets.
_NUMBER_WITH_YEAR = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{1,12}?)(?P<year>(?:19|20)\d{2})年?第?(?P<serial>\d{1,5})号")
_SERIAL_ONLY = re.compile(r"(?<![\d〕\])）】］年])(?P<serial>\d{1,5})号文")
_QUOTED = re.compile(r"《(?P<a>[^《》]{1,120})》|[“\"「](?P<b>[^”\"」]{2,40})[”\"」]")
# 18年 as a year: no digit, ordinal or span word before it, no 来/间/内/多/以上 after it
_SHORT_YEAR = re.compile(r"(?<![\d.第近满连续过去这那用历时达超约了])(?P<yy>[0-3]\d)年(?![来间内多以左度])")
# (2000亿, 2000多家, 2000 billion: an amount, no year)
_YEAR = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})(?:\s*年)?(?!\d|\.\d|[万亿千多余]|\s*(?:million|billion|trillion))")
_SECTION = re.compile(words.SECTION_PATTERN, re.IGNORECASE)
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})年?\s*(?:到|至|—|–|-|~|～)\s*((?:19|20)\d{2})年?(?!\d)")
# 2023年南山区政府工作报告, 2024年报告, 2022年那份报告: a report named by its year.
_REPORT_NAMED = re.compile(r"(?:(?P<year>(?:19|20)\d{2})年?(?:的|那份|这份)?)?[\u4e00-\u9fff]{0,8}?(?:政府|管委会)(?:那份|这份|的)?工作报告"
                           r"|(?P<year2>(?:19|20)\d{2})年?(?:的|那份|这份)?(?:(?![的份那这作])[\u4e00-\u9fff]){0,4}?的?(?:管委会|政府)?(?:工作)?报告"
                           r"|(?P<year3>(?:19|20)\d{2})(?:government)?(?:work)?report(?!s)"  # the 2019 report
                           # the report it delivered in 2020
                           r"|report(?:it|they|that|which)?(?:was|were)?(?:delivered|presented|given)in(?P<year4>(?:19|20)\d{2})")
# …read with its spaces, a place between (the 2026 Zhejiang work report says…)
_REPORT_NAMED_SPACED = re.compile(r"\b(?P<year>(?:19|20)\d{2})\s+(?:[a-z'’]+\s+){0,2}?(?:government\s+)?(?:work\s+)?report\b(?!s)")
# …and its words, which ask for no fact of the report (delivered is not who delivered it)
# A session of a congress in English: the 1st session of the 6th … congress, the 5th district
# congress, 9th session.
_SESSION_EN = re.compile(r"(?P<sitting>\d+)(?:st|nd|rd|th) session of the (?P<term>\d+)(?:st|nd|rd|th)\b[^?.,;()]*?congress"
                         r"|(?P<term2>\d+)(?:st|nd|rd|th)\b[^?.,;()]{0,40}?congress,? (?:the )?(?P<sitting2>\d+)(?:st|nd|rd|th) session")
_EN_PERIOD = re.compile(words.EN_PERIOD)
_REPORT_NAMED_EN = re.compile(r"report (?:it |they |that |which )?(?:was |were )?(?:delivered|presented|given) in (?:19|20)\d{2}"
                              r"|(?:this|last) year's (?:government )?(?:work )?report"  # names the report, asks no plans
                              r"|" + _SESSION_EN.pattern)
_WHICH_MOST = re.compile(words.WHICH_MOST)  # 哪个最快
_PROVINCE_RUN = re.compile("([" + "".join(words.PROVINCE_CHARACTERS) + "]{2,})" + words.PROVINCES_COUNTED)  # 滇黔陕三省
# 南山2018年报告和坪山2019年报告: a report named by each year, with a place between them.
_YEAR_OF_REPORT = re.compile(r"(?<!\d)((?:19|20)\d{2})年(?:的|那份|这份)?(?:政府)?(?:工作)?报告")
# 2023、2024、2025三份报告, the 2023 and 2024 reports: years that name reports.
_YEARS_OF_REPORTS = re.compile(r"(?:(?:19|20)\d{2}\s*年?\s*(?:、|,|，|和|与|及|and)?\s*(?:(?:its|the|their)\s+)?)+(?:年度)?(?:的|那|这)?\s*"
                               r"(?:[两三四五六七八九几]份[\u4e00-\u9fff]{0,4}?的?)?\s*(?:政府工作|(?:government\s*)?(?:work\s*)?)?"
                               r"(?:报告|reports?)")  # …两份南山报告: the place's reports
# The report's own kind, named beside its session or year (那份政府工作报告).
_REPORT_KIND = re.compile(r"(?:政府|管委会)?工作报告")
# 这三份报告, 三年报告中: the reports counted, not a topic.
_REPORTS_COUNTED = re.compile(r"(?:这|那|各)?[两三四五六七八九几多]+(?:份|年|个|届)(?:的)?(?:政府工作|政府)?报告")
_OWN_GOVERNMENT = re.compile(r"(?:本|我)?[省市区县]?(?:人民)?政府")
# 区政府, 本市人民政府 in a question: the government whose report it is (法治政府 is a topic).
_SPEAKER = re.compile(r"(?:本|我)[省市区县]?(?:人民)?政府|[省市区县\0](?:人民)?政府")  # \0: a place taken out
# A session of a congress: 二届人大三次会议, 第八届人民代表大会第二次会议.
_SESSION = re.compile(r"第?[一二三四五六七八九十\d]+届(?:[\u4e00-\u9fff]{0,12}?(?:人大|人民代表大会))?第?[一二三四五六七八九十\d]+次(?:会议)?")
_COUNT_CUE = re.compile(r"(?:多少|几)(?:[万亿千百]?(?:" + "|".join(sorted(words.QUESTION_UNITS, key=len, reverse=True)) + "))?")
_COUNT_CUE_EN = re.compile(words.COUNT_CUE_EN + r"\s*(?P<run>[\u4e00-\u9fff]+)")
_PERIOD = re.compile(r"[“\"]?[十][一二三四五六七八九]?五[”\"]?(?:期间|时期|以来)?")
_TOP = re.compile(words.TOP_PATTERN, re.IGNORECASE)
_UNIT_AFTER = re.compile(words.UNIT_AFTER)
_UNIT_IMPLIED = re.compile("|".join(re.escape(fold(p)) for p in sorted(words.UNIT_IMPLIED, key=len, reverse=True)
                                    if not p.isascii()))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_PEOPLE_COUNTED = re.compile(r"(?:多少|几)(?:" + "|".join(words.PEOPLE_NOUNS) + ")")
_LATIN_WORD = re.compile(r"[a-z][a-z\-'&]*")
# …and as the glossary has them, hyphenated with letters or digits (covid-19, kong-zhuhai-macao)
_GLOSSARY_WORD = re.compile(r"[a-z][a-z'&]*(?:-[a-z0-9]+)*")
# A number with its unit in a yes/no question: 突破2000亿元, 超过5%.
_COMPARISON = re.compile(
    r"(?P<op>" + "|".join(words.COMPARISON_WORDS) + ")"
    r"了?\s*(?:(?P<number>\d+(?:\.\d+)?)\s*(?P<magnitude>万亿|亿|万|千|百)?(?P<unit>[元%户家个人项件座亩吨]|\s*yuan\b)?"
    r"|(?P<fraction>" + "|".join(sorted(words.FRACTIONS, key=len, reverse=True)) + "))")
MAGNITUDES = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000), "百": Decimal(100)}
_AT_LEAST = words.AT_LEAST_WORDS


@dataclass(frozen=True)
class Link:
    begin: int  # in the folded question
    end: int
    text: str
    entities: tuple[Named, ...]


@dataclass
class Understanding:
    question: str
    text: str  # folded: NFKC, lower case, no spaces
    spaced: str  # NFKC, lower case, single spaces (English words keep their boundaries)
    lang: str
    links: list[Link] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    reports: list[ReportInfo] | None = None  # the reports a place or title picks; None: all
    intents: dict[str, float] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)
    unit: tuple[str, ...] = ()
    section: str | None = None
    top: int | None = None
    terms: list[str] = field(default_factory=list)
    comparison: tuple[str, Decimal, str] | None = None  # (at-least or below, value, unit)
    report_span: tuple[int, int] | None = None  # where the question names a report (2023年…政府工作报告)
    places_compared: bool = False  # places of two reports or more are named
    # the question's words the graph never uses, when some others it does use
    unheld: list[str] = field(default_factory=list)
    # …and of those, the names of things (保税区, 发明专利): what the question asks about is not there
    missing: list[str] = field(default_factory=list)
    head: str | None = None  # the term a figure question counts (多少张病床 → 病床)
    unheld_kind: str | None = None  # …said with a word the reports never use before it (法律援助案件)
    # the head with the terms written right before it, which narrow it (常住人口 → 常住, 人口)
    head_run: list[str] = field(default_factory=list)
    relative: str | None = None  # 去年 ("last") or 今年/明年 ("this")
    # the years name reports, not the years their figures are of (2023、2024、2025三份报告)
    years_of_reports: bool = False

    @property
    def entities(self) -> list[Named]:
        seen: dict[str, Named] = {}
        for link in self.links:
            for entity in link.entities:
                seen.setdefault(entity.iri, entity)
        return list(seen.values())

    @property
    def documents(self) -> list[Named]:
        return [e for e in self.entities if e.is_document]

    @property
    def others(self) -> list[Named]:
        return [e for e in self.entities if not e.is_document]

    def strength(self, intent: str) -> float:
        return self.intents.get(intent, 0.0)

    def says(self, cue_words: Iterable[str], *, outside: Iterable[str] = ()) -> bool:
        """Whether the question uses one of the words; an English word only where a word starts
        (rise is not in enterprises, rate not in corporate); not inside one of ``outside`` (人均
        of 人均预期寿命)."""
        spaced = self.spaced
        for phrase in outside:
            spaced = spaced.replace(phrase, " ")
        return any(re.search(r"(?<![a-z])" + re.escape(w), spaced) if w.isascii() and w[:1].isalpha()
                   else w in spaced for w in cue_words)


def understand(question: str, index: QuestionIndex) -> Understanding:
    # 吞吐量多少 还是世界第一吗: a space between Chinese words parts two clauses, as a comma does
    read = re.sub(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff])", "，", _provinces_spelled_out(question))
    read = _short_years_spelled_out(read, index)
    read = re.sub(words.SCOPE_ASIDE, "", read)  # （包括后面的名词解释）: where to look, not what
    read = re.sub(words.NAME_APPOSITION, "", read)  # “青薯9号”这个马铃薯品种: the name says which
    read = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", read)  # 6,000 beds: the reports write 6000
    read = re.sub(words.EN_MAGNITUDE, _in_chinese_magnitude, read)  # 300 billion yuan: 3000亿
    read = re.sub(words.ZH_AMOUNT, _in_digits, read)  # 两千亿: 2000亿, as the reports write amounts
    for said, written in words.SAID_AS_REPORTS_WRITE.items():  # 空气质量好的日子 → 空气优良的日子
        read = read.replace(said, written)
    for verb, noun in words.SEPARABLE_VERBS:  # 签了多少户的约 → 签约多少户
        read = re.sub(f"{verb}了?((?:{words.FIGURE_ASK_WORDS})[\u4e00-\u9fff]?)的?{noun}", f"{verb}{noun}\\1", read)
    spaced = " ".join(unicodedata.normalize("NFKC", read).lower().split())
    text = fold(read)
    found = Understanding(question=question, text=text, spaced=spaced, lang=language(question))
    masked = _link_numbers(found, index, text)
    masked = _link_quoted(found, index, masked)
    _link_names(found, index, masked)
    _report_slot(found, index)
    _cues(found)
    _slots(found)
    found.terms = _terms(found, index)
    found.head = _head(found) or _compared_head(found)
    # 财政赤字率, 医院病床: where the counted thing is goes unsaid in the reports (赤字率拟按3%安排)
    implied = words.WHERE_COUNTED.get(found.head or "", ())
    found.terms = [t for t in found.terms if t not in implied]
    found.head_run = _head_run(found)
    found.unheld_kind = _unheld_kind(found)
    found.missing += [c for c in _unheld_compounds(found, index) if c not in found.missing]
    if found.intents.get("yesno"):
        found.missing += [c for c in _unheld_with_ending(found, index) if c not in found.missing]
    return found


def _in_chinese_magnitude(said: re.Match[str]) -> str:
    """300 billion → 3000亿, 2.38 trillion → 2.38万亿, 1.5 million → 150万: an English amount in
    the magnitudes the reports count in."""
    factor, word = words.EN_MAGNITUDES[said.group("scale").lower()]
    return format((Decimal(said.group("number")) * factor).normalize(), "f") + word


def _in_digits(said: re.Match[str]) -> str:
    """两千亿 → 2000亿, 三百 → 300: a count in characters as the reports write amounts."""
    count = said.group("count") or said.group("count2")
    return str(chinese_to_int(count)) + (said.group("magnitude") or said.group("magnitude2") or "")


def _compared_head(found: Understanding) -> str | None:
    """意向成交额有没有超过800亿美元: what a threshold is compared with is the term right before
    the word comparing (Chinese puts it first)."""
    compared = _COMPARISON.search(found.text) if found.comparison and found.lang == "zh" else None
    if compared is None or len(found.terms) < 2:
        return None
    at, nearest = max(((found.text.rfind(fold(t), 0, compared.start()), t) for t in found.terms), default=(-1, ""))
    return nearest if at >= 0 and is_noun(nearest) else None


def _short_years_spelled_out(question: str, index: QuestionIndex) -> str:
    """18年罗湖… → 2018年罗湖…: a year said by its last two digits, when it is a year of the
    graph's reports or of the years they review (连续18年, 近10年 and 18年来 are spans, not years)."""
    years = {y for report in index.reports for y in (report.year, report.reviewed) if y}

    def spelled(match: re.Match[str]) -> str:
        year = 2000 + int(match.group("yy"))
        return f"{year}年" if year in years else match.group()

    return _SHORT_YEAR.sub(spelled, question)


def _provinces_spelled_out(question: str) -> str:
    """滇黔陕三省 → 云南、贵州、陕西三省: provinces named by their one-character names."""
    return _PROVINCE_RUN.sub(lambda run: "、".join(words.PROVINCE_CHARACTERS[c] for c in run.group(1)), question)


def _unheld_with_ending(found: Understanding, index: QuestionIndex) -> list[str]:
    """自由|贸易|港: words the reports use, written together before one character that makes them a
    place or a thing of its own (港, 站, 区), name a thing the reports never write when they never
    write the whole (they write 自由贸易试验区); so do they before the ending of a body (生态|环境|局,
    when the reports name 区水务局 only)."""
    names = []
    for run in _CJK_RUN.findall(_unlinked(found)):
        segmented = _segment(run)
        for position, word in enumerate(segmented):
            if len(word) == 1 and word in words.THING_ENDINGS + words.BODY_ENDINGS and position > 0:
                before: list[str] = []
                for previous in reversed(segmented[:position]):
                    if previous not in found.terms or not index.holds(previous + "".join(before)):
                        break  # 建设|自由贸易港: the reports never write 建设自由贸易, the verb is the asker's
                    before.insert(0, previous)
                name = "".join(before) + word
                # (市场监管局 — 市场监督管理局: a body the asker names short, as people do)
                if before and not index.holds(name) \
                        and not (word in words.ABBREVIATED_ENDINGS
                                 and index.written_out(name, words.ABBREVIATED_ENDINGS[word])):
                    names.append(name)
    return names


def _unheld_compounds(found: Understanding, index: QuestionIndex) -> list[str]:
    """常住|人口有多少: a word the reports never use written onto what a figure question counts
    makes a thing of its own (常住人口), which they do not speak of when they never use the two
    together."""
    compounds: list[str] = []
    # only what a figure question counts (its head, or its one term): elsewhere the asker's words are loose
    counted = found.head_run[:1] or (found.terms[:1] if len(found.terms) == 1 and count_cue(found.text) else [])
    for unheld in found.unheld:
        if len(unheld) < 2 or not _CJK_RUN.fullmatch(unheld) or re.match(words.COUNT_START, unheld):
            continue  # (不到一个月签约率: a span of time counts no kind)
        at = found.text.find(fold(unheld))
        for term in counted:
            whole = fold(unheld) + fold(term)
            if (at >= 0 and found.text.startswith(fold(term), at + len(fold(unheld)))
                    and _word_tags().get(term, "n").startswith("n") and not index.holds(whole)):
                compounds.append(unheld + term)
    return compounds


def _head(found: Understanding) -> str | None:
    """The term a figure question counts: right after 多少/几 and its unit (多少张病床), else the
    last term before them (贷款余额是多少)."""
    if len(found.terms) < 2:
        return None
    cue = count_cue(found.text)
    if cue is None:
        return _english_head(found)
    after = _counted_after(found, cue.end())
    if after:
        return after
    plain = _CJK_RUN.match(found.text, cue.end())
    if cue.group() not in ("多少", "几") and plain and len(plain.group()) <= 2:
        return None  # 一天有几趟车: what is counted is a word too plain to be a term; the unit says it
    # 院士增加到了几位: a verb of change before the cue is not what is counted.
    # …nor a verb of doing (新增就业实际完成了多少人: 就业 is counted, not 完成)
    # …nor a verb of what was done to them (这事覆盖了多少人: the people covered are counted)
    # 台风过境时…紧急撤离安置了多少人: a verb of what was done right before the cue governs what
    # is counted (the unit's people); the words before it set the scene, none is the head
    # (降到了多少 asks the value of what was named before: nothing is counted after the cue)
    at, nearest = max(((found.text.rfind(fold(t), 0, cue.start()), t) for t in found.terms), default=(-1, ""))
    counted_after_cue = len(cue.group()) > 2 or _CJK_RUN.match(found.text, cue.end()) is not None
    if at >= 0 and counted_after_cue and _word_tags().get(nearest) == "v" and nearest not in words.CHANGE_VERBS \
            and found.text.startswith(fold(nearest) + "了", at):
        return None
    before = [(found.text.rfind(fold(t), 0, cue.start()), t) for t in found.terms
              if t not in words.CHANGE_VERBS and t not in words.MEASURE_WORDS and t not in words.TARGET_WORDS
              and t not in words.DOING_WORDS and t not in words.PER_PERIOD_WORDS
              and not (_word_tags().get(t) == "v" and fold(t) + "了" in found.text)]
    # 累计给企业让了多少钱: whom it is done for is not what is counted
    before = [(at, t) for at, t in before if at >= 0 and found.text[at - 1: at] not in words.BENEFICIARY_MARKS]
    # 事故的发生次数少了多少: a verb before a word for how many times names what happened to
    # the thing counted, not the thing
    things = [(at, t) for at, t in before
              if not (_word_tags().get(t) == "v" and found.text.startswith(words.TIMES_WORDS, at + len(fold(t))))]
    return max(things or before)[1] if before else None


def without_idle_ji(text: str) -> str:
    """``text`` with 几 masked where it asks nothing (这几年, 这几份), offsets kept."""
    for word in words.IDLE_JI:
        text = text.replace(word, "\0" * len(word))
    return text


def count_cue(text: str) -> re.Match[str] | None:
    """多少张, 几个: where the question asks how many."""
    return _COUNT_CUE.search(without_idle_ji(text))


def _counted_after(found: Understanding, position: int) -> str | None:
    """多少张病床, 几个全科医生, 多少家专精特新企业落户: the name right after the cue ends with what
    is counted (Chinese puts the head last); a verb after a noun ends the name."""
    run = _CJK_RUN.match(found.text, position)
    if run is None:
        return None
    # 多少个投资超过一亿元的项目: a clause before 的 describes what follows it, which is counted
    described = run.group().rfind("的")
    if described > 0 and (after := _counted_after(found, position + described + 1)):
        return after
    placed = sorted((run.group().find(fold(t)), t) for t in found.terms
                    if fold(t) in run.group() and t not in words.CHANGE_VERBS)
    head, head_end = None, 0
    for index, (at, term) in enumerate(placed):
        # (贫困|村: a word before a one-character ending of a thing names the thing)
        ending = run.group()[at + len(fold(term)): at + len(fold(term)) + 1]
        noun = _word_tags().get(term, "n").startswith(("n", "vn")) \
            or bool(ending) and ending in words.THING_ENDINGS + words.COUNTED_ENDINGS
        # 行政|复议|案件: a verb written into a compound between nouns is part of the name
        # (多少条河流|实行|河长制: a verb of doing governs what follows, no compound)
        inside = head is not None and at == head_end and index + 1 < len(placed) \
            and placed[index + 1][0] == at + len(fold(term)) \
            and term not in words.DOING_WORDS + words.IMPLEMENTING_VERBS
        if not noun and not inside:
            if head is None:
                continue  # 多少钱|用于|…民生支出: a verb before the name is not counted
            break
        if head is not None and any(c in words.PASSIVE_MARKERS for c in run.group()[head_end:at]):
            break  # 多少居民|被|动员搬走: what is done to them follows the marker
        gap = run.group()[head_end:at]
        if head is not None and (gap in words.DOING_WORDS + words.IMPLEMENTING_VERBS or _word_tags().get(gap) == "v"):
            break  # 多少条河流|实行|河长制管理: a verb the reports do not use ends the name all the same
        head, head_end = term, at + len(fold(term))
    return head


@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    """The part of speech of each word of words.txt (its third column)."""
    from pathlib import Path

    tags = {}
    for line in Path(__file__).with_name("words.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    return tags | words.TAG_OVERRIDES


def _english_head(found: Understanding) -> str | None:
    """how many 建设筹集各类住房: the Chinese name after the English cue ends with what is
    counted (Chinese puts the head last)."""
    cue = _COUNT_CUE_EN.search(found.spaced)
    if cue is None:
        return None
    run = cue.group("run")
    inside = [t for t in found.terms if run.endswith(fold(t))]
    return inside[0] if inside else None


def _head_run(found: Understanding) -> list[str]:
    """The head and the terms that stand right before it in the question, with nothing between
    (福田区常住人口总量 → 常住, 人口): a figure must count all of them, not the head alone."""
    if found.head is None:
        return []
    at = found.text.rfind(fold(found.head))
    run = [found.head]
    while at > 0:
        before = [t for t in found.terms if t not in run and found.text.endswith(fold(t), 0, at)]
        if not before:
            break
        at -= len(fold(before[0]))
        if any(found.text.endswith(fold(u), 0, at) for u in found.unheld):
            break  # 空气|质量优良天数: 质量 ends a word of the asker's the reports do not use
        if found.text[at - 1: at] in words.BENEFICIARY_MARKS:
            break  # 给企业减负多少: for whom (企业, the reports' 市场主体) is not what is counted
        run.insert(0, before[0])
    # PM2.5平均浓度: how it is measured (平均, 同比) is not a word the figure must say, nor is a
    # collective noun after what is counted (社工|队伍)
    if len(run) > 1 and run[-1] in words.COLLECTIVE_WORDS:
        run = run[:-1]
    unsaid = words.MEASURE_WORDS + words.SCOPE_MODIFIERS + words.WHERE_COUNTED.get(found.head, ())
    return [t for t in run if t == found.head or t not in unsaid]


def _unheld_kind(found: Understanding) -> str | None:
    """法律援助案件: a word the reports never use right before what is counted says which kind of
    it is asked for; with it, the reports' 行政诉讼案件 are another kind."""
    if found.head is None:
        return None
    at = found.text.rfind(fold(found.head))
    for word in found.unheld:
        if len(word) > 1 and found.text.endswith(fold(word), 0, at) and (_word_tags().get(word) or "n").startswith(("n", "vn")):
            return word + found.head
    return None


def language(question: str) -> str:
    """zh if the question's own words are Chinese, en if they are English (names aside)."""
    latin = len(re.findall(r"[A-Za-z]{2,}", question))
    chinese = len(_CJK_RUN.findall(question))
    return "en" if re.match(r"\s*[A-Za-z]", question) or (latin >= 3 and latin > chinese) else "zh"


# --- names --------------------------------------------------------------------------------


def _mask(text: str, begin: int, end: int) -> str:
    return text[:begin] + "\0" * (end - begin) + text[end:]


def _link_numbers(found: Understanding, index: QuestionIndex, text: str) -> str:
    """文号 in any brackets, with 年 instead of brackets, or as N号文."""
    for pattern in (_NUMBER, _NUMBER_WITH_YEAR):
        for match in pattern.finditer(text):
            number = normalise_number(match.group()) if pattern is _NUMBER else _with_brackets(match)
            if number is None:
                continue
            # The pattern's issuer may have taken words before the code (北人印机和渭编发…).
            written = match.group("issuer")
            entities = _by_number(index, number.canonical, number.issuer)
            code = next((e.number.split("〔")[0] for e in entities if e.number and "〔" in e.number), number.issuer)
            begin = match.start("issuer") + max(0, written.rfind(code))
            found.links.append(Link(begin, match.end(), number.canonical, tuple(entities)))
            text = _mask(text, begin, match.end())
    for match in _SERIAL_ONLY.finditer(text):
        serial = match.group("serial")
        entities = [e for named in index.names.values() for e in named
                    if e.number and re.search(rf"〕{serial}号$", e.number)]
        unique = {e.iri: e for e in entities}
        if unique:
            found.links.append(Link(match.start(), match.end(), match.group(), tuple(unique.values())))
            text = _mask(text, match.start(), match.end())
    return text


def _with_brackets(match: re.Match[str]) -> "DocumentNumber | None":
    issuer = match.group("issuer")
    issuer = issuer[max(0, len(issuer) - 8):]
    return normalise_number(f"{issuer}〔{match.group('year')}〕{match.group('serial')}号")


def _by_number(index: QuestionIndex, canonical: str, issuer: str) -> list[Named]:
    exact = index.names.get(fold(canonical), [])
    if exact:
        return [e for e in exact if e.number == canonical] or exact
    # The issuer code may have taken words before it (引用了渭编发 → 了渭编发): match on its end.
    tail = canonical[len(issuer):]
    return [e for named in index.names.values() for e in named
            if e.number and e.number.endswith(tail) and issuer.endswith(e.number[: len(e.number) - len(tail)])]


def quoted_names(question: str) -> list[str]:
    """The titles and names a question writes in 《》 or quotes."""
    return [m.group("a") or m.group("b") for m in _QUOTED.finditer(unicodedata.normalize("NFKC", question))]


def _link_quoted(found: Understanding, index: QuestionIndex, text: str) -> str:
    """《title》 or “name”: the whole title, else the entities whose name contains it."""
    for match in _QUOTED.finditer(text):
        inner = match.group("a") or match.group("b") or ""
        if "\0" in inner or len(inner) < 2:
            continue
        entities = index.names.get(inner) or _containing(index, inner)
        if entities:
            begin, end = match.span()
            found.links.append(Link(begin, end, inner, tuple(entities)))
            text = _mask(text, begin, end)
    return text


def _containing(index: QuestionIndex, part: str) -> list[Named]:
    """Entities one of whose names holds ``part`` (a distinctive part of a title), shortest first."""
    if len(part) < 4:
        return []
    hits = {e.iri: e for key, named in index.names.items() if part in key for e in named}
    if not hits:
        hits = _abbreviating(index, part)
    return sorted(hits.values(), key=lambda e: (len(e.label), e.label))


def _abbreviating(index: QuestionIndex, part: str) -> dict[str, Named]:
    """法治政府建设纲要 for 《法治政府建设实施纲要(2015—2020年)》: a title said short, its words
    in order with some left out, ending with the title's kind (纲要, 方案, 条例)."""
    hits: dict[str, Named] = {}
    for size in range(len(part), words.MIN_ABBREVIATED_TITLE - 1, -1):
        said = part[-size:]
        if not said.endswith(words.DOCUMENT_KIND_ENDINGS):
            continue
        for key, named in index.names.items():
            stem = re.sub(r"[（(].*$", "", key)  # (2015—2020年): the period is not said
            if stem.endswith(said[-2:]) and stem.startswith(said[:2]) and _in_order(said, stem):
                hits.update((e.iri, e) for e in named if e.is_document)
        if hits:
            break
    return hits


def _in_order(short: str, long: str) -> bool:
    """Whether every character of ``short`` stands in ``long`` in the same order."""
    rest = iter(long)
    return all(char in rest for char in short)


def _link_names(found: Understanding, index: QuestionIndex, text: str) -> None:
    for begin, end, entities in index.find_names(text):
        if "\0" in text[begin:end]:
            continue
        said = found.text[begin:end]
        if said in words.DOCUMENT_KIND_WORDS and (begin == 0 or found.text[begin - 1] in words.KIND_LISTED_AFTER) \
                and all(e.is_document for e in entities):
            continue  # 引用了哪些规划、建议: kinds of document asked, not the one a report calls 《建议》
        found.links.append(Link(begin, end, said, tuple(entities)))
    if not any(link.entities for link in found.links) and any(w in found.spaced for w in words.DOCUMENT_WORDS):
        # No whole name: a distinctive part of a title (五个领域综合执法改革实施方案).
        for chunk in sorted(_CJK_RUN.findall(text), key=len, reverse=True):
            for part in _parts(chunk):
                entities = _containing(index, part)
                if entities and len(entities) <= 3:
                    begin = found.text.find(part)
                    found.links.append(Link(begin, begin + len(part), part, tuple(entities)))
                    return
    found.links.sort(key=lambda link: link.begin)


def _parts(chunk: str) -> list[str]:
    """The chunk without the question's words around a name: longest candidates first."""
    stripped = chunk
    for word in sorted(_FILLERS, key=len, reverse=True):
        stripped = stripped.replace(word, "\0")
    return sorted({p for p in stripped.split("\0") if len(p) >= 4}, key=lambda p: (-len(p), p))


_FILLERS = ("哪些措施", "哪些", "措施", "引用了", "引用", "被", "在哪里", "提到", "什么", "文件", "是", "的", "了", "有")


# --- the report slot ------------------------------------------------------------------------


def _without_baseline(text: str) -> str:
    """The question without the year a change is measured from (比上一年, 较去年)."""
    for word in words.LAST_YEAR_WORDS:
        for lead in words.SINCE_LAST_YEAR:
            text = text.replace(lead + fold(word), "\0")
    return text


def _names_an_event(text: str, year: re.Match[str], index: QuestionIndex) -> bool:
    """2020年那次全球招商大会: a year the reports write before the same words names an event
    (2020年全球招商大会), whichever report tells of it, not a year the answer must be of; a year
    a report is of or reviews stays one (2021年省十件民生实事 are that year's plans), and so does
    a year after them all."""
    years = {y for report in index.reports for y in (report.year, report.reviewed) if y}
    if int(year.group("year")) in years or not years or int(year.group("year")) > max(years):
        return False  # (到2030年全社会研发投入强度: a year to come is a horizon)
    after = re.sub(r"^(?:那次|这次|那届|这届|那场|的)", "", text[year.end():])
    name = re.match(r"[\u4e00-\u9fff]{4}", after)
    return name is not None and f"{year.group('year')}年{name.group()}" in index.folded_text()


def _report_slot(found: Understanding, index: QuestionIndex) -> None:
    """A place or a report's title in the question picks reports; years are kept for later.

    A report named by its kind (2023年南山区政府工作报告, 2024年的报告) picks that year's report,
    and the body inside such a name (南山区政府) is not a name asked about."""
    found.years = sorted({int(m.group("year")) for m in _YEAR.finditer(found.text)
                          if not _inside_link(found, m.start()) and not _names_an_event(found.text, m, index)})
    for first, last in _YEAR_RANGE.findall(found.text):  # 2022年到2024年: each year between too
        if int(first) in found.years and int(last) in found.years and int(last) - int(first) <= words.YEAR_RANGE_MAX:
            found.years = sorted(set(found.years) | set(range(int(first), int(last) + 1)))
    # 2014年和2018年的报告 names two reports; 2025年报告中，…2024年… one report and a year of its data
    found.years_of_reports = any(len(_YEAR.findall(m.group())) > 1 for m in _YEARS_OF_REPORTS.finditer(found.spaced)) \
        or _only_report_years(found.years, index)
    if any(fold(w) in _without_baseline(found.text) or w in found.spaced for w in words.LAST_YEAR_WORDS):
        found.relative = "last"
    elif any(fold(w) in found.text or w in found.spaced for w in words.THIS_YEAR_WORDS):
        found.relative = "this"
    if _session_slot(found, index):
        # …那份政府工作报告 after the session names the report, not a document it cites
        spans = [m.span() for m in (_REPORT_KIND.search(found.text), _SESSION.search(found.text)) if m]
        found.links = [link for link in found.links
                       if not any(link.begin < end and begin < link.end for begin, end in spans)]  # 人大 of 六届人大三次会议
        return
    named = _REPORT_NAMED.search(found.text)
    counted = _REPORTS_COUNTED.search(found.text)
    if named is None or (counted and named.start() <= counted.start() < named.end()):
        named = counted  # 2023、2024、2025三份政府工作报告: reports counted, not the 2025 one named
    if named:
        found.links = [link for link in found.links if not (link.begin < named.end() and named.start() < link.end)]
        found.report_span = named.span()
    # The reporting government itself (区政府, 龙岗区政府在总结…) is who speaks, not what is asked about.
    issuers = {fold(r.issuer) for r in index.reports if r.issuer}
    found.links = [link for link in found.links
                   if not link.entities
                   or not all(fold(e.label) in issuers or _OWN_GOVERNMENT.fullmatch(e.label) for e in link.entities)]
    if len(index.reports) < 2:
        return
    groups = named.groupdict() if named else {}
    year_named = groups.get("year") or groups.get("year2") or groups.get("year3") or groups.get("year4")
    if not year_named and (spaced := _REPORT_NAMED_SPACED.search(found.spaced)):
        year_named = spaced.group("year")
    if year_named:
        year = int(year_named)
        text = found.text + "\0".join([""] + _places_in_english(found.spaced))
        # 2014年和2018年的报告: each year joined before the report names one
        asked = set(found.years) if found.years_of_reports and year in found.years else {year}
        each_named = {int(y) for y in _YEAR_OF_REPORT.findall(found.text)}
        if len(each_named) > 1:
            asked = each_named
            if paired := _reports_each_named(found.text, index):
                found.reports = paired
                found.years = []
                return
        by_year = [r for r in index.reports if r.year in asked]
        # 南山区这份2025年的政府工作报告: the year's report of the place named
        placed = [r for r in by_year if any(fold(p) in text for p in _names_of(r))]
        by_place = _most_general(placed, text)
        if len(by_place) < len(by_year) and by_place and {p for r in by_place for p in r.places if fold(p) in text} \
                - {p for r in index.reports for p in r.places if r not in placed}:
            by_year = by_place
        # 国务院2020年报告: the year's report of the government named
        by_issuer = [r for r in by_year if r.issuer and fold(r.issuer) in found.text]
        if by_issuer and len(by_issuer) < len(by_year):
            by_year = by_issuer
        if by_year:
            found.reports = by_year
            # the year it reviews still picks what it says was done; other years are the
            # passage's own (自2012年有监测记录以来最好水平)
            found.years = [y for y in found.years if y + 1 in asked and y not in each_named]
            return
    text = found.text + "\0".join([""] + _places_in_english(found.spaced))
    chosen = _most_specific(_most_general([r for r in index.reports if any(fold(p) in text for p in _names_of(r))], text),
                            text)
    titled = [r for r in index.reports if fold(r.label) in found.text]
    if titled:
        chosen = titled
    places_named = {p for r in index.reports for p in _names_of(r) if fold(p) in text}
    # A place every report shares (南山 in a graph of 南山's reports) picks nothing.
    # Nanshan, Pingshan and Longhua: each place's report is an answer of its own
    found.places_compared = len(chosen) >= 2 and len(places_named) >= 2 and not titled
    if chosen and len(chosen) < len(index.reports) and places_named:
        found.reports = chosen
    elif titled:
        found.reports = titled
    # 姚任报告里总结的…: a report named by who delivered it (of those the place picks)
    spoken = [r for r in (found.reports or index.reports)
              if r.speaker and len(r.speaker) >= 2 and fold(r.speaker) in found.text]
    if spoken and len(spoken) < len(index.reports):
        found.reports = spoken


def _only_report_years(years: list[int], index: QuestionIndex) -> bool:
    """Guangdong in 2017, the State Council in 2019: two years or more that are all years of the
    graph's reports and none a year one of them reviews can only name the reports (one year
    alone may still be asked of the year's data, which then no report gives)."""
    delivered = {r.year for r in index.reports}
    reviewed = {r.reviewed for r in index.reports}
    return len(set(years)) > 1 and set(years) <= delivered and not set(years) & reviewed


def _reports_each_named(text: str, index: QuestionIndex) -> list[ReportInfo]:
    """南山2018年报告和坪山2019年报告: each year with the place written right before it names
    that place's report of the year; [] unless every year so named finds one."""
    chosen: list[ReportInfo] = []
    for match in _YEAR_OF_REPORT.finditer(text):
        before = text[max(0, match.start() - words.PLACE_BEFORE_YEAR):match.start()]
        of_year = [r for r in index.reports if r.year == int(match.group(1))
                   and any(fold(p) in before for p in r.places)]
        if not of_year:
            return []
        chosen.extend(r for r in of_year if r not in chosen)
    return chosen


def _names_of(report: ReportInfo) -> tuple[str, ...]:
    """What names a report in a question: its places, who delivered it (国务院报告), and the
    nation's report, among a province's and a city's, 全国 too (全国和广东的经济增速)."""
    spoken = words.NATION_SPOKEN if words.NATION in report.places else ()
    return report.places + spoken + ((report.issuer,) if report.issuer else ())


def _most_general(reports: list[ReportInfo], text: str) -> list[ReportInfo]:
    """Shenzhen's report, in a graph of Guangdong's, Shenzhen's and Futian's: a place names the
    report of the government that governs it, not one of a district inside it, whose own place
    (福田) the question would name."""
    def inside(report: ReportInfo, other: ReportInfo) -> bool:
        own = set(report.places) - set(other.places)
        return set(other.places) < set(report.places) and not any(fold(p) in text for p in own)
    return [r for r in reports if not any(inside(r, other) for other in reports if other is not r)]


def _most_specific(reports: list[ReportInfo], text: str) -> list[ReportInfo]:
    """光明区…在深圳各区里, of Nanshan's and Guangming's reports: a place the reports share (深圳)
    is where the one whose own place is named (光明区) stands, not a report of its own; but the
    report of the place that holds another's (广东, of Guangdong's and Shenzhen's) is its own."""
    if len(reports) < 2:
        return reports
    shared = set.intersection(*(set(_names_of(r)) for r in reports))
    own = [r for r in reports if any(fold(p) in text for p in set(_names_of(r)) - shared)
           or any(set(r.places) < set(other.places) for other in reports if other is not r)]
    return own or reports


def _session_slot(found: Understanding, index: QuestionIndex) -> bool:
    """二届人大三次会议那份报告: a report named by the session it was delivered at (its term and
    sitting, in its title or occasion) is the report asked about; the words are no topic."""
    match = _SESSION.search(found.text)
    english = _SESSION_EN.search(found.spaced) if match is None else None
    if english is not None:
        term, sitting = english.group("term") or english.group("term2"), english.group("sitting") or english.group("sitting2")
        asked = (int(term), int(sitting))
    elif match is None:
        return False
    else:
        asked = _session(match.group())
    chosen = [r for r in index.reports if asked in {_session(m.group()) for m in _SESSION.finditer(
        fold(f"{r.label} {r.occasion or ''}"))}]
    if not chosen:
        return False
    if match is not None:
        found.report_span = match.span()
    if len(chosen) < len(index.reports):
        found.reports = chosen
    return True


def _session(text: str) -> tuple[int, int]:
    numbers = re.findall(r"[一二三四五六七八九十\d]+(?=届|次)", text)
    return (chinese_to_int(numbers[0]) or 0, chinese_to_int(numbers[-1]) or 0) if len(numbers) >= 2 else (0, 0)


def _places_in_english(spaced: str) -> list[str]:
    """Yunnan's report, in Guangming: the Chinese names of the places an English question names."""
    return [name for english, name in words.PLACES_EN.items() if re.search(rf"\b{re.escape(english)}\b", spaced)]


def _names_an_issue(text: str) -> bool:
    """Whether the only word of problems in ``text`` is 问题 after a noun (住房问题, 民生问题):
    an issue named as a topic, not the shortcomings a report admits (存在的问题, 突出问题)."""
    problem_words = [w for cue in words.CUES if cue.id == "problems.zh" for w in cue.words if w in text]
    if problem_words != ["问题"]:
        return False
    parts = segmented(text)
    return all(k > 0 and word_tag(parts[k - 1]).startswith(("n", "vn")) and parts[k - 1] not in words.STOP_WORDS
               for k, part in enumerate(parts) if part == "问题")


def _inside_link(found: Understanding, position: int) -> bool:
    return any(link.begin <= position < link.end for link in found.links)


# --- cues and slots -------------------------------------------------------------------------


def _cues(found: Understanding) -> None:
    texts = _cue_texts(found)
    for cue in words.CUES:
        if any(_has(texts, word) for word in cue.words):
            found.intents[cue.intent] = found.intents.get(cue.intent, 0.0) + cue.weight
            found.cues.append(cue.id)
    if "problems.zh" in found.cues and "topic.zh" in found.cues and _names_an_issue(found.text):
        # 关于老百姓住房问题都讲了些啥: the housing question is a topic, no shortcoming admitted
        found.intents.pop("problems")
        found.cues.remove("problems.zh")
    if re.match(words.WHAT_WAS_EN, found.spaced) and not found.intents.get("figure") and found.says(words.QUANTITIES_EN):
        found.intents["figure"] = 1.0
        found.cues.append("figure.en.quantity")
    # English yes/no questions start with an auxiliary verb: does the report mention …
    if re.match(words.YES_NO_EN, found.spaced) or re.match(words.YES_NO_EN_LED, found.spaced):
        found.intents["yesno"] = found.intents.get("yesno", 0.0) + 2.0
        found.cues.append("yesno.en")
    fields = []
    asks_when = any(_has(texts, word) for word in words.DATE_QUESTION_WORDS)
    for word in sorted(words.REPORT_FIELD_WORDS, key=len, reverse=True):
        field_id = words.REPORT_FIELD_WORDS[word]
        if asks_when and word in words.REPORT_FIELD_VERBS:
            continue  # 什么时候签发的: the date of signing, not the signer
        counted = words.REPORT_FIELD_NOT_BEFORE.get(word)
        if counted and re.search(counted, found.spaced):
            continue
        if _has(texts, word) and field_id not in fields:
            fields.append(field_id)
    for pattern, field_id in words.REPORT_FIELD_PATTERNS.items():
        if re.search(pattern, found.spaced) and field_id not in fields:
            fields.append(field_id)
    found.fields = fields


def _has(texts: tuple[str, str], word: str) -> bool:
    """Whether the question (its :func:`_cue_texts`) holds ``word``: Chinese anywhere, English as
    whole words (plurals too)."""
    spaced, text = texts
    if re.search(r"[a-z]", word):
        if word in words.CUE_NOT_BEFORE:  # according to the 2021 report: the report that answers
            spaced = re.sub(re.escape(word) + f"(?={words.CUE_NOT_BEFORE[word]})", "\0", spaced)
        return re.search(r"(?<![a-z])" + re.escape(word) + r"(?:s|es)?(?![a-z])", spaced) is not None
    for longer in words.CUE_NOT_INSIDE.get(word, ()):
        text = text.replace(longer, "\0")
    if word in words.CUE_NOT_BEFORE:  # 九龙山数字城: 数字 before a noun is "digital"
        text = re.sub(re.escape(fold(word)) + f"(?={words.CUE_NOT_BEFORE[word]})", "\0", text)
    return fold(word) in text


def _cue_texts(found: Understanding) -> tuple[str, str]:
    """The question where cue words are looked for, read once for the hundreds of cue words: in
    English without the words naming a report or a period; in Chinese without the names linked
    and the words naming the report (二届人大三次会议那份报告 asks nothing)."""
    english = _EN_PERIOD.sub("\0", _REPORT_NAMED_EN.sub("\0", found.spaced))
    chinese = _unlinked(found)
    # “找短板、补欠账、惠民生”三年计划: words in quotation marks name a thing, they ask nothing
    for quoted in _QUOTED_PHRASE.findall(found.question):
        chinese = chinese.replace(fold(quoted), "\0" * len(fold(quoted)))
    if found.report_span:
        chinese = _mask(chinese, *found.report_span)
    return english, chinese


def _unlinked(found: Understanding) -> str:
    text = found.text
    for link in found.links:
        text = _mask(text, link.begin, link.end)
    return text


def _slots(found: Understanding) -> None:
    match = _SECTION.search(found.spaced)
    if match:
        found.section = _section_path(match)
    top = _TOP.search(found.spaced)
    if top:
        found.top = int(top.group("zh") or top.group("en"))
    unit = _UNIT_AFTER.search(without_idle_ji(found.text).replace("哪几", "\0\0"))  # 哪几个 asks which, in no unit
    if unit:
        found.unit = words.UNIT_EQUIVALENTS.get(unit.group("unit"), (unit.group("unit"),))
    else:
        for phrase, units in words.UNIT_IMPLIED.items():
            if fold(phrase) in found.text:
                found.unit = units
                break
        else:
            if _PEOPLE_COUNTED.search(found.text):
                found.unit = words.PEOPLE_UNITS  # 多少居民: people counted without a measure word
            elif any(w in found.text for w in words.MONEY_SPENT) and not found.says(words.RATE_ASKED_WORDS):
                found.unit = ("元",)  # 花在民生上的钱有多大
    comparison = _COMPARISON.search(found.spaced)
    if comparison and comparison.group("op") in words.REACH_WORDS and found.says(words.TARGET_CLAIM_WORDS):
        comparison = None  # 提出…要达到3.35%，对吗: the target said is claimed, not a threshold passed
    if comparison:
        fraction = comparison.group("fraction")
        try:
            value = Decimal(words.FRACTIONS[fraction]) if fraction else \
                Decimal(comparison.group("number")) * MAGNITUDES.get(comparison.group("magnitude") or "", Decimal(1))
        except InvalidOperation:
            value = None
        if value is not None:
            op = "at-least" if comparison.group("op") in _AT_LEAST else "below"
            compared = (comparison.group("unit") or "").strip().replace("yuan", "元")  # 3 trillion yuan: 3万亿元
            found.comparison = (op, value, "%" if fraction else compared)


def _section_path(match: re.Match[str]) -> str | None:
    if match.group("dotted"):
        return ".".join(str(int(p)) for p in match.group("dotted").split("."))
    value = match.group("zh") or match.group("en") or match.group("ordinal") or ""
    if re.fullmatch(r"\d+(?:\.\d+)*", value):
        return ".".join(str(int(p)) for p in value.split("."))
    if value in words.NUMBER_WORDS_EN:
        return str(words.NUMBER_WORDS_EN[value])
    try:
        return str(chinese_to_int(value))
    except ValueError:
        return None


# --- what the question is about ------------------------------------------------------------


def _terms(found: Understanding, index: QuestionIndex) -> list[str]:
    """The words left when names, slots, cue words and fillers are taken away."""
    text = _unlinked(found)
    if found.report_span:
        text = _mask(text, *found.report_span)
    compounds = _place_compounds(text, index)
    for compound in compounds:  # 数字重庆, 平安深圳: a programme named with the place, a topic
        text = text.replace(compound, "\0")
    for report in index.reports:
        text = text.replace(fold(report.label), "\0")  # 《2026年北京市政府工作报告》里说…
        for place in _names_of(report):
            text = text.replace(fold(place), "\0")
    for report in found.reports or ():
        if report.issuer:  # 国务院2020年报告提到了哪些法律: who delivered the report named, no topic
            text = text.replace(fold(report.issuer), "\0")
    if all(words.NATION in report.places for report in found.reports or index.reports):
        for spoken in words.NATION_SPOKEN:
            text = text.replace(spoken, "\0")
    text = _YEAR.sub("\0", text)
    text = _SPEAKER.sub("\0", text)  # 龙岗区政府…承认: the government speaking, not a topic
    text = _SESSION.sub("\0", text)  # 六届人大三次会议: which report, not a topic
    text = _PERIOD.sub("\0", text)  # “十四五”期间: a time, not a topic
    for quoted in _QUOTED_WORDS.findall(found.question):  # 怎么谈“苏超”: the words in quotes are one thing
        folded = fold(quoted)
        if len(folded) >= 2:
            text = text.replace(folded, "\0" + folded + "\0")
    # 2.38万亿, 11万多套: the magnitude and measure of a number, no topic
    units = "|".join(sorted(words.QUESTION_UNITS, key=len, reverse=True))
    text = re.sub(rf"(?<=\d)(?:(?:万亿|亿|万|千)(?:多|余)?|多|余)(?:{units})?", "\0", text)
    text = _UNIT_AFTER.sub("\0", text)
    text = _UNIT_IMPLIED.sub("\0", text)  # 多大面积, 百分之几: how much, asked with its unit
    text = _HOW_MUCH.sub("\0", text)  # 占|多|大 比重: the cue, which no run of characters joins into a word
    text = _WHICH_MOST.sub("\0", text)  # 哪个最快: which of the answers ranks first, no topic
    # 还是世界第一吗: a rank claimed among others, no topic (第一产业 is a name)
    text = re.sub(words.CLAIM_RANK_AMONG, "\0", text)
    cue_words = {fold(w) for cue in words.CUES for w in cue.words if not re.search(r"[a-z]", w)}
    problem_words = {fold(w) for cue in words.CUES if cue.intent == "problems" for w in cue.words}
    places = [fold(p) for report in index.reports for p in report.places]
    terms: list[str] = list(compounds)
    # A phrase of the synonym table (技术交易, 贷款存量) is one term, not two words; a phrase of the
    # same meaning overlapping it (外贸进出口|总额: 进出口总额) belongs to it, leaving no word over.
    for phrase in _SYNONYM_PHRASES:
        at = text.find(phrase)
        if at < 0:
            continue
        begin, end = at, at + len(phrase)
        for other in _SAME_MEANING.get(phrase, ()):
            near = text.find(other, max(0, begin - len(other) + 1), end + len(other) - 1)
            if near >= 0 and near < end and begin < near + len(other):
                begin, end = min(begin, near), max(end, near + len(other))
        terms.append(phrase)
        text = text[:begin] + "\0" + text[end:]
        text = text.replace(phrase, "\0")
    for run in _CJK_RUN.findall(text):
        chunk: list[str] = []
        before = ""
        for word in _held_pairs(_rates_joined(_held_halves(_segment(run), index), index), index) + [""]:
            if not before or before in _STOP:  # 收上来的|税: the reports' 税收; not 隐性|债
                word = words.ONE_CHARACTER_NOUNS.get(word, word)
            before = word
            keep = (len(word) >= words.MIN_TERM and word not in _STOP and word not in cue_words
                    and not re.fullmatch(words.CLAIM_RANK, word)  # 第一, 首位: a claim, not a topic
                    and not re.fullmatch(words.COUNT_OF_REPORTS, word)  # 三个区: how many are compared
                    and not any(word in place for place in places))  # 高新区 of 渭南高新区
            if keep:
                chunk.append(word)
                continue
            terms.extend(t for t in _chunk_terms(chunk, index) if t not in terms)
            chunk = []
    spaced = _without_asides(found.spaced) if found.lang == "en" else found.spaced
    spaced = _EN_PERIOD.sub(" ", spaced)  # during the 14th Five-Year Plan period: a time, not a topic
    if found.lang == "en" or _LATIN_WORD.search(spaced):
        # Chongqing is the report's place there too, not a topic.
        named = _places_in_english(spaced)
        # …and "the zone" (园区|高新区) is the report's own place (渭南高新区), no topic
        terms.extend(t for t in _english_terms(spaced) + _corpus_terms(spaced, index) if t not in terms
                     and not any(fold(part) in places or part in named or any(fold(part) in p for p in places)
                                 for part in alternatives(t))
                     # shortcomings → 不足: a word for problems, which are what is asked, no topic
                     and not all(fold(part) in problem_words for part in alternatives(t)))
    # Latin names and codes the reports use (PM2.5, GDP, 5G, PCT) are terms in any question; read
    # from the spaced question (folding took the spaces out: "futian's pm2.5 concentration").
    latin = text if found.lang == "zh" and not re.search(r"[a-z]{3,} [a-z]", found.spaced) else spaced
    for token in re.findall(r"[a-z0-9][a-z0-9.+\-]*[a-z0-9+]", latin):
        if token in words.PLACES_EN:
            continue  # Nanshan: a place, which picks reports
        if re.search(r"[a-z]", token) and token not in _STOP and token not in terms and index.holds(token):
            terms.append(token)
    if found.lang == "en":  # Fenghuang City, Shennongjia: names of the reports spelled in pinyin
        terms.extend(name for name in names_spelled(found.question, index.folded_text(), _may_be_name)
                     if name not in terms)
    if not terms and found.lang == "en" and (found.intents.get("yesno") or found.intents.get("mentions")):
        # Does the report mention casinos? A thing the glossary does not know, rendered by the
        # dictionary; only when nothing else is asked about, as the dictionary renders the
        # asker's everyday words too (build, head, records, steps), and only when whether it is
        # spoken of is the question: a plan or a figure asked with no topic has none.
        terms.extend(_dictionary_terms(spaced, index))
    if found.lang == "en" and (glossed := _glossed_in_chinese(found.spaced, index)):
        # 'minor livelihood projects' (民生微实事): the reports' own words, given in brackets, name
        # the thing; the glossary's renderings of the English words they gloss are not needed
        english = set(_english_terms(found.spaced))
        terms = [t for t in terms if t not in english or index.holds(t)] + [g for g in glossed if g not in terms]
    if found.comparison:  # 超过1300万人了没有: the word comparing is no topic
        terms = [t for t in terms if t not in words.COMPARISON_WORDS]
    terms = [_held_core(t, index) for t in terms]
    known = [t for t in terms if index.holds(t)]
    # Words the graph never uses are the question's own (按年份, 这件事), unless every word is:
    # then the question is about something the graph does not hold, and that is the answer.
    found.unheld = [t for t in terms if t not in known] if known else []
    # Of those, what the reports do not speak of: a concept of the English glossary none of whose
    # renderings they use (hydrogen → 氢能|氢), or a name of which they use no part (保税区).
    english = set(_english_terms(found.spaced)) if _LATIN_WORD.search(found.spaced) else set()
    found.missing = [t for t in found.unheld + _unheld_runs(found) if t in english or (
        names_a_thing(t) and not index.holds_part(t) and not _joined_held(t, index) and not _held_apart(t, index)
        and not any(index.holds(w) for w in expansions(t)[1:])  # 覆盖面: the reports' 覆盖率
        and not any(w in words.MEASURED_QUANTITIES for w in expansions(t)))]
    return known if known else terms


def _glossed_in_chinese(spaced: str, index: QuestionIndex) -> list[str]:
    """The Chinese words an English question gives in brackets, (民生微实事), that the reports use."""
    return [g for g in re.findall(r"[(（]\s*([\u4e00-\u9fff]{2,16})\s*[)）]", spaced) if index.holds(g)]


def _without_asides(spaced: str) -> str:
    """An English question without what it says in brackets: "three public expenses" (official
    receptions, cars, overseas trips) explains the asker's words for a reader, and the words
    explaining it are not what the reports must say too.  A word or two in brackets is another
    name for the same thing (economy (GDP)) and stays; all stays when nothing else is left."""
    bare = re.sub(r"\s*[(（]([^()（）]*)[)）]",
                  lambda aside: " " if len(aside.group(1).split()) > words.ASIDE_WORDS or "," in aside.group(1)
                  else aside.group(), spaced)
    return bare if _LATIN_WORD.search(bare) else spaced


def _unheld_runs(found: Understanding) -> list[str]:
    """肺炎|疫情|防控: nouns the reports never use, written one after another in the question, are
    one name together (肺炎疫情), though each alone is too short to name a thing; so is such a
    noun with an ending of places and things after it (高铁|站, 房产|税).  Verbs and place words
    among them are the asker's phrasing (取样回来, 市里拿到)."""
    runs: list[list[str]] = []
    for term in found.unheld:
        # (a word of the genre the dictionary lacks is a noun, as the tokenizer is told: 新冠|肺炎)
        tag = _word_tags().get(term) or ("n" if term in words.GENRE_WORDS else "")
        # …and so does a verb with the ending of a thing after it (垃圾焚烧|厂: a plant)
        at = found.text.find(fold(term))
        makes_a_thing = tag.startswith("v") and at >= 0 and found.text[at + len(term):at + len(term) + 1] in words.THING_ENDINGS \
            and found.text[at + len(term):at + len(term) + 1] != ""
        # an adjective opens a name too (自由|贸易 of 自由贸易试验区), never ends one
        if not (_CJK_RUN.fullmatch(term) and (tag.startswith(("n", "j", "vn")) or makes_a_thing
                                              or tag == "a" and not (runs and runs[-1]))):
            runs.append([])
            continue
        if runs and runs[-1] and fold("".join(runs[-1]) + term) in found.text:
            runs[-1].append(term)
        else:
            runs.append([term])
    names = []
    for run in filter(None, runs):
        name = "".join(run)
        at = found.text.find(fold(name))
        ending = found.text[at + len(name):at + len(name) + 1] if at >= 0 else ""
        if ending and ending in words.THING_ENDINGS:
            names.append(name + ending)
        elif len(run) > 1:
            names.append(name)
    return names


def _held_core(term: str, index: QuestionIndex) -> str:
    """钍基熔盐堆 for the reports' 钍基熔盐实验堆: a long term the reports do not use whole stands
    for what is left without its last or first character, when they use that; a place with its
    level (赤峰市) for the place the reports name without it."""
    if not _CJK_RUN.fullmatch(term) or index.holds(term):
        return term
    if term[-1] in words.ABBREVIATED_ENDINGS and len(term) > 2 \
            and (long := index.written_out(term, words.ABBREVIATED_ENDINGS[term[-1]])):
        return long  # 亚青会 for the reports' 亚洲青年运动会, 市场监管局 for 市场监督管理局
    if term.endswith(words.PLACE_ENDINGS) and len(term) > 2 and index.holds(term[:-1]):
        return term[:-1]  # 赤峰市 for the reports' 赤峰
    if term.endswith(words.QUALITY_ENDINGS + words.AWARD_ENDINGS) and len(term) > 2 and index.holds(term[:-1]):
        return term[:-1]  # 政策性 for the reports' 政策; 诺贝尔奖 for their 诺贝尔生理学或医学奖
    if len(term) < words.MIN_CORE:
        return term
    return next((core for core in (term[:-1], term[1:]) if index.holds(core)), term)


def _rates_joined(segmented: list[str], index: QuestionIndex) -> list[str]:
    """城镇|化|率 → 城镇化率: the rate of a process is one thing (the reports may speak of 城镇化
    and never give 城镇化率); so is a rate the reports name (赤字|率 → 赤字率)."""
    joined: list[str] = []
    for word in segmented:
        if word == "率" and len(joined) > 1 and joined[-1] in words.QUALITY_ENDINGS and _CJK_RUN.fullmatch(joined[-2]):
            quality = joined.pop()
            joined.append(joined.pop() + quality + word)  # 城镇|化|率
        elif word == "率" and joined and _CJK_RUN.fullmatch(joined[-1]) and index.holds(joined[-1] + word):
            joined.append(joined.pop() + word)
        else:
            joined.append(word)
    return joined


def _held_pairs(segmented: list[str], index: QuestionIndex) -> list[str]:
    """民|宿 → 民宿: two single characters side by side are one word when the reports use it (a
    word the question dictionary lacks); else they stay apart (要|打 of 要打造).  So is a word
    with the ending of a thing after it (海外|仓)."""
    joined: list[str] = []
    for word in segmented:
        pair = joined[-1] + word if joined else ""
        if (len(word) == 1 and len(joined[-1] if joined else "") == 1 and word not in _STOP and joined[-1] not in _STOP
                and _CJK_RUN.fullmatch(pair) and index.holds(pair) and not _starts_a_name(pair, index)):
            joined[-1] = pair
        elif len(word) == 1 and word in words.THING_ENDINGS and joined and len(joined[-1]) > 1 \
                and _CJK_RUN.fullmatch(pair) and index.holds(pair):
            joined[-1] = pair  # 海外|仓 → 海外仓: a thing the reports name with its ending
        else:
            joined.append(word)
    return joined


def _held_halves(segmented: list[str], index: QuestionIndex) -> list[str]:
    """前海入区 → 前海, 入区: single characters the question dictionary could not place, joined
    into one word the reports never use, are two words they do use when they split so."""
    split: list[str] = []
    for word in segmented:
        if len(word) < 3 or word in _jieba().FREQ or index.holds(word) or not _CJK_RUN.fullmatch(word):
            split.append(word)
            continue
        cut = next((k for k in range(2, len(word) - 1) if index.holds(word[:k]) and index.holds(word[k:])), None)
        if cut is None and index.holds(word[:-1]):
            cut = len(word) - 1  # 屠呦呦|拿: a name the reports use, and a verb said after it
        if cut is None and index.holds(word[1:]) and len(word) - 1 >= 2:
            cut = 1  # 定|减贫: a verb said before a word the reports use
        split.extend([word[:cut], word[cut:]] if cut else [word])
    return split


@lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    from ..extract.places import gazetteer

    return frozenset(fold(name) for name in gazetteer().by_name)


def _starts_a_name(pair: str, index: QuestionIndex) -> bool:
    """北人 of 北人印机: the start of a name the graph knows is a name cut short, for which the
    closest names are suggested, not a word."""
    folded = fold(pair)
    longer = [key for key in index.names if key.startswith(folded) and key != folded]
    if not longer:
        return False
    if folded in _gazetteer_names():
        return True  # 庆阳 of 庆阳市: a place, which the question's place words deal with
    # …unless the reports also say it on its own (前海 beside 前海管理局): then it is a word
    text = index.folded_text()
    at = text.find(folded)
    while at >= 0:
        if not any(text.startswith(key, at) for key in longer):
            return False
        at = text.find(folded, at + 1)
    return True


def _joined_held(term: str, index: QuestionIndex) -> bool:
    """梅州遭灾: characters the dictionary does not know, joined into one word, of which the reports
    use two side by side (梅州) are the asker's phrase about something they name."""
    if any(len(piece) > 1 for piece in _jieba().cut(term, HMM=False)):
        return False  # 固定资产投资: words the dictionary knows, not characters joined
    return any(index.holds(term[i:i + 2]) for i in range(len(term) - 1))


def _held_apart(term: str, index: QuestionIndex) -> bool:
    """全程接种 — 全程疫苗接种覆盖率: a compound of two words the reports use in this order with a
    word between them (words.SPLIT_COMPOUND_GAP characters at most) is the asker's shorter name."""
    pieces = list(_jieba().cut(term, HMM=False))
    return len(pieces) == 2 and all(len(piece) > 1 for piece in pieces) \
        and index.holds_apart(pieces[0], pieces[1], words.SPLIT_COMPOUND_GAP)


def _may_be_name(text: str, start: int, end: int) -> bool:
    """Whether the string of ``text`` at start…end, which a pinyin spelling finds, may be a name: a
    noun of the dictionary (凤凰, 神农架), or a string it lacks that starts a word there (皖北,
    茅洲 of 茅洲河); not a verb (化为 is not Huawei) nor characters across words (化机 of 市场化机制)."""
    tag = _word_tags().get(text[start:end])
    if tag:
        return tag.startswith("n")
    window = max(0, start - words.NAME_WINDOW)
    at = window
    for word in _jieba().cut(text[window:end + words.NAME_WINDOW], HMM=False):
        if at >= start:
            return at == start
        at += len(word)
    return False


def is_noun(term: str) -> bool:
    """A word the dictionary tags as a noun (学校, 地铁), or a compound it lacks (号线)."""
    tag = _word_tags().get(term)
    return tag is None or tag.startswith(("n", "j"))


def word_tag(word: str) -> str:
    """The dictionary's part-of-speech tag of ``word`` (n, v, ns …), or nothing."""
    return _word_tags().get(word) or ""


def segmented(text: str) -> list[str]:
    """The words of ``text`` as the question dictionary splits them."""
    return _segment(text)


def is_dictionary_noun(term: str) -> bool:
    """A word the dictionary has and tags as a noun (所得税): not a run of characters it lacks."""
    return (_word_tags().get(term) or "").startswith("n")


def is_verb(term: str) -> bool:
    """A word the dictionary tags as a verb (推进, 建成)."""
    return (_word_tags().get(term) or "").startswith("v")


def names_a_thing(term: str) -> bool:
    """保税区, 发明专利, 福州市: a word of three characters or more that names a thing (a noun, or a
    compound the dictionary lacks), not a count (第一个), an abbreviation (省运会) or a verb."""
    if len(term) < words.MIN_THING or not _CJK_RUN.fullmatch(term):
        return False
    tag = _word_tags().get(term)
    if tag is None and any(c in words.FUNCTION_CHARACTERS for c in term):
        return False  # 推进|得快会|带来: characters joined around a particle are the asker's phrasing
    return tag is None or tag.startswith(("n", "l"))


_STOP = frozenset(words.STOP_WORDS)
# Each phrase of the synonym table with the other phrases of its groups.
_SAME_MEANING: dict[str, tuple[str, ...]] = {
    fold(w): tuple(sorted({fold(o) for g in words.SYNONYMS if w in g for o in g if o != w and len(o) >= 3}))
    for group in words.SYNONYMS for w in group}
_SYNONYM_PHRASES = sorted({fold(w) for group in words.SYNONYMS for w in group if len(w) >= 3 and _CJK_RUN.match(w)},
                          key=lambda w: (-len(w), w))  # longest first, then by characters: the same order in every run


_HOW_MUCH = re.compile(r"多少|多(?:长|大|高|远|快|重|宽|深|久)")
_QUOTED_PHRASE = re.compile(r"[“「『]([^”」』]{2,20})[”」』]")
_QUOTED_WORDS = re.compile(r"[“「『\"]([\u4e00-\u9fff]{2,12})[”」』\"]")


def _place_compounds(text: str, index: QuestionIndex) -> list[str]:
    """数字重庆, 美丽安徽, 平安罗湖: a word of the question right before a report's place, which the
    reports write together with it (the name of a programme, not the place and a word)."""
    places = sorted({fold(p) for report in index.reports for p in report.places if len(p) >= 2}, key=lambda p: (-len(p), p))
    found = []
    for run in _CJK_RUN.findall(text):
        for place in places:
            for at in (m.start() for m in re.finditer(re.escape(place), run)):  # 重庆在数字重庆…: each one
                if at < 2:
                    continue
                before = _segment(run[:at])
                word = before[-1] if before else ""
                if len(word) >= 2 and word not in _STOP and index.holds(word + place):
                    found.append(word + place)
        found.extend(_place_features(run, places, index))
    return list(dict.fromkeys(found))


def _place_features(run: str, places: list[str], index: QuestionIndex) -> list[str]:
    """坪山河, 大鹏湾: a river or a bay named after the report's place is a thing of its own when
    the reports write it so, not the place and a character."""
    found: list[str] = []
    for place in places:
        for at in (m.start() for m in re.finditer(re.escape(place), run)):
            after = run[at + len(place):]
            found.extend(place + ending for ending in words.PLACE_FEATURES
                         if after.startswith(ending) and index.holds(place + ending))
    return found


def _chunk_terms(chunk: list[str], index: QuestionIndex) -> list[str]:
    """Words that stand together (常住人口): one term where the graph uses them together, else each."""
    if len(chunk) < 2:
        return chunk
    return chunk


def _english_terms(spaced: str) -> list[str]:
    """English words mapped to the report's words through the glossary (two-word entries first):
    one term per English word, its renderings joined by ``|`` (jobs → 就业|岗位), any of which
    will do (see :func:`alternatives`)."""
    found: list[str] = []
    spaced = spaced.replace("/", " ")  # storm/sewage: two words
    phrases = [phrase for phrase in sorted(words.GLOSSARY_EN, key=len, reverse=True) if " " in phrase]
    # …and then as written with hyphens (smart-city honour), once the phrases written out have
    # had their turn (good air-quality days: good air)
    for joiner in (" ", "-"):
        for phrase in phrases:
            # pipe networks → pipe network: a phrase's plural entry serves its singular too
            singular = phrase[:-1] if phrase.endswith("s") else phrase
            for form in dict.fromkeys(f.replace(" ", joiner) for f in (phrase, singular)):
                if form in spaced:
                    found.append(ALTERNATIVE.join(words.GLOSSARY_EN[phrase]))
                    spaced = spaced.replace(form, " ")
                    break
    for token in _GLOSSARY_WORD.findall(spaced):
        if token in words.SAID_AGAIN_EN and re.search(words.SAID_AGAIN_EN[token], spaced):
            continue  # how big was its economy — what did its GDP come to: the GDP, said twice
        # Hong Kong-Zhuhai-Macao: the parts of a hyphenated word the glossary lacks whole (COVID-19 it has)
        for word in [token] if token in words.GLOSSARY_EN else token.split("-"):
            entry = _glossary_entry(word)
            if entry:
                found.append(ALTERNATIVE.join(entry))
    return list(dict.fromkeys(found))


def _glossary_entry(word: str) -> tuple[str, ...] | None:
    """The glossary's renderings of an English word or of its singular (a plural's entry is not
    the singular's: goods are not good)."""
    for form in (word, word.rstrip("s")):
        if form in words.GLOSSARY_EN:
            return words.GLOSSARY_EN[form]
    return None


def _corpus_terms(spaced: str, index: QuestionIndex) -> list[str]:
    """English words and phrases the hand-written glossary lacks, rendered by the glossary of the
    reports' frequent nouns (GLOSSARY_CORPUS), longest first; only renderings the reports use."""
    spaced = _without_glossary_phrases(spaced)
    found: list[str] = []
    for phrase, pattern in _corpus_phrases():
        if phrase[:4] not in spaced or not pattern.search(spaced):
            continue
        spaced = pattern.sub(" | ", spaced)
        held = [r for r in words.GLOSSARY_CORPUS[phrase] if index.holds(r)]
        if held:
            found.append(ALTERNATIVE.join(held))
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1)
def _corpus_phrases() -> list[tuple[str, re.Pattern[str]]]:
    """Compiled when an English question first asks: a Chinese one never needs them."""
    return [(phrase, re.compile(r"(?<![a-z])" + re.escape(phrase) + r"s?(?![a-z])"))
            for phrase in sorted(words.GLOSSARY_CORPUS, key=lambda p: (-len(p), p))]


def _without_glossary_phrases(spaced: str) -> str:
    """The question without the phrases of the hand-written glossary (each read once)."""
    for phrase in _GLOSSARY_PHRASES:
        if phrase in spaced:
            spaced = spaced.replace(phrase, " | ")
    return spaced


# (a hyphenated entry is one too: e-commerce holds no commerce of its own)
_GLOSSARY_PHRASES = sorted((p for p in words.GLOSSARY_EN if " " in p or "-" in p), key=len, reverse=True)


def _dictionary_terms(spaced: str, index: QuestionIndex) -> list[str]:
    """English words the glossary lacks (casinos, sea turtles), rendered by the dictionary: the
    renderings the reports use, or, when they use none, the first few (a thing they do not
    speak of).  Two such words side by side are tried together first."""
    left = _unglossed_words(spaced)
    found: list[str] = []
    position = 0
    while position < len(left):
        pair = " ".join(left[position:position + 2]) if position + 1 < len(left) else ""
        if pair and pair in spaced and (rendered := dictionary.renderings(pair)):
            position += 2
        else:
            rendered = dictionary.renderings(left[position])
            position += 1
        if rendered:
            held = [r for r in rendered if index.holds(r)]
            found.append(ALTERNATIVE.join(held or rendered[:3]))
    return list(dict.fromkeys(found))


def _unglossed_words(spaced: str) -> list[str]:
    """The words of an English question the glossary, the places and the stop words leave."""
    spaced = _without_glossary_phrases(spaced)
    cue_words = {w for cue in words.CUES for w in cue.words if " " not in w}
    left = []
    for word in re.findall(r"[a-z][a-z'\-]*[a-z]|\|", spaced):
        word = re.sub(r"'s?$", "", word)
        if len(word) < 4 or word in _STOP or word in words.EN_PHRASING or word in cue_words \
                or word in words.PLACES_EN or word in words.GLOSSARY_EN or word.rstrip("s") in words.GLOSSARY_EN:
            left.append("|")  # a word between breaks a pair
            continue
        left.append(word)
    return [w for i, w in enumerate(left) if w != "|" or (0 < i and left[i - 1] != "|")]


# Joins the renderings of one English word into one term.
ALTERNATIVE = "|"


def alternatives(term: str) -> list[str]:
    """The words a term stands for: itself, or each rendering of an English word."""
    return term.split(ALTERNATIVE) if ALTERNATIVE in term else [term]


def _segment(run: str) -> list[str]:
    """The words of ``run``; three or more single characters side by side are one word (华|强|北
    → 华强北: a name the dictionary lacks; two, such as 要|打 of 要打造, are left apart)."""
    joined: list[str] = []
    single: list[str] = []
    for word in [w for w in _jieba().cut(run, HMM=False) if w.strip()] + [""]:
        if len(word) == 1 and word not in _STOP and _CJK_RUN.fullmatch(word):
            single.append(word)
            continue
        joined.extend(["".join(single)] if len(single) > 2 else single)
        single = []
        if word:
            joined.append(word)
    return joined


@lru_cache(maxsize=1)
def _jieba() -> Any:
    """jieba with the 40,000 most frequent words of its dictionary (words.txt, made by
    scripts/question_words.py): loads in a fifth of the time and segments questions alike."""
    from pathlib import Path

    from ..segmenter import jieba_module

    tokenizer = jieba_module().Tokenizer(dictionary=str(Path(__file__).with_name("words.txt")))
    tokenizer.initialize()
    # …and the programmes named with 数字 (数字人民币), which must not split into the cue 数字 and a word
    for word in words.GENRE_WORDS + words.CUE_NOT_INSIDE["数字"]:
        tokenizer.add_word(word, freq=10_000, tag="n")
    for word in words.FILLER_PHRASES:  # 咱们国家 whole, so that it goes as a filler, not as 国家
        tokenizer.add_word(word, freq=10_000, tag="r")
    return tokenizer


@lru_cache(maxsize=4096)
def _expansions(term: str) -> tuple[str, ...]:
    return tuple(_expand(term))


def expansions(term: str) -> list[str]:
    """A term with the other words of its synonym group (GDP → 地区生产总值, 经济总量, …); an
    English word's term with each of its renderings and theirs.  Computed once per term: a
    question is matched against every figure and passage of the graph."""
    return list(_expansions(term))


def _expand(term: str) -> list[str]:
    if ALTERNATIVE in term:
        return [term] + list(dict.fromkeys(w for part in alternatives(term) for w in expansions(part)))
    folded = fold(term)
    related = [term]
    for group in words.SYNONYMS:
        if any(folded == fold(w) for w in group):
            related.extend(w for w in group if w not in related)
            continue
        # A phrase of the group inside the term is replaced (研发人员 → 研究与试验发展人员): the
        # group's words alone would match any 企业 for 台资企业.
        for word in (w for w in group if len(w) >= 2 and fold(w) in folded):
            related.extend(r for r in (folded.replace(fold(word), fold(o)) for o in group if o != word) if r not in related)
    return related
