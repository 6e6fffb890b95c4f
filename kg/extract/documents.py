"""Stage 3a: find cited documents: 《titles》, 文号 (document numbers), or both.

A number in brackets right after a title is that title's number; a bare number is a document
of its own.  Short titles (《条例》) are resolved to the latest full title that ends with them.
How a measure uses a document (issued / followed / cited) comes from the nearest verb.
"""

from __future__ import annotations

import re
import unicodedata

from . import rules
from ..model import DocumentMention, DocumentNumber, SourceText, Span, Usage
from .spans import Taken, clause_end, clause_start, cut_after_last, title_regions

_NUMBER = re.compile(rules.DOCUMENT_NUMBER_PATTERN)
_TITLE = re.compile(rules.TITLE_PATTERN_CITED)
_UNQUOTED_TITLE = re.compile(rules.UNQUOTED_TITLE_PATTERN)
# A number right after a title, in round brackets: 《…》(渭编发〔2020〕10号).
_NUMBER_AFTER_TITLE = re.compile(r"\s*[（(]\s*(?:" + rules.DOCUMENT_NUMBER_PATTERN + r")\s*[）)]")
_TRAILER = re.compile(rules.TITLE_TRAILER_PATTERN)
_ALIAS = re.compile(rules.ALIAS_PATTERN)
_UNQUOTED_LAW = re.compile(rules.UNQUOTED_LAW_PATTERN)
_UNQUOTED_PLAN = re.compile(rules.UNQUOTED_PLAN_PATTERN)
_GLOSSARY_ENTRY = re.compile(rules.GLOSSARY_ENTRY_PATTERN)
_KNOWN_LAW = re.compile("|".join(re.escape(name) for name in sorted(rules.KNOWN_LAWS, key=len, reverse=True)))
_NESTED = re.compile(r"《[^《》]*》|[（(][^（）()]*[）)]")
_TYPE_SUFFIXES = sorted(
    ((suffix, doc_type.id) for doc_type in rules.DOCUMENT_TYPES for suffix in doc_type.suffixes),
    key=lambda pair: -len(pair[0]),
)


def parse_number(match: re.Match[str]) -> DocumentNumber:
    """The DocumentNumber of a match of DOCUMENT_NUMBER_PATTERN, issuer trimmed of leading verbs."""
    issuer = match.group("issuer")
    issuer = issuer[cut_after_last(issuer, rules.ISSUER_STOP_WORDS):] or issuer
    return DocumentNumber(issuer=issuer, year=int(match.group("year")), serial=int(match.group("serial")))


def normalise_number(text: str) -> DocumentNumber | None:
    """Read a 文号 written with any brackets (〔〕 [] () （） 【】) into its canonical parts."""
    match = _NUMBER.search(unicodedata.normalize("NFKC", text).replace(" ", ""))
    if match is None:
        match = _NUMBER.search(text)
    return parse_number(match) if match else None


def title_key(title: str) -> str:
    """The identity of a title: NFKC folds full- and half-width forms, spaces are dropped."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))


def document_type(title: str) -> str | None:
    """The id of the document type its title ends with (办法, 条例, 方案, …), if any."""
    core = _TRAILER.sub("", title.strip())
    for suffix, type_id in _TYPE_SUFFIXES:
        if core.endswith(suffix):
            return type_id
    return None


def find_documents(source: SourceText, exclude: list[Span] = (),  # type: ignore[assignment]
                   notes: list[Span] = ()) -> list[DocumentMention]:  # type: ignore[assignment]
    """Every citation in the text, in order; ``exclude`` spans (the report's own number) are skipped.

    Four finders run in turn, each leaving out what an earlier one took: 《titles》 (with a
    number after them, aliases and short forms, or as creative works), official titles cited
    without 《》, laws and regulations named without 《》, and bare 文号.
    """
    text = source.text
    mentions: list[DocumentMention] = []
    taken = Taken([(s.begin, s.end) for s in exclude])
    mentions.extend(_glossary_aliases(text, notes))
    mentions.extend(_titles(text, taken))
    mentions.extend(_unquoted_titles(text, taken))
    mentions.extend(_unquoted_laws(text, taken))
    mentions.extend(_unquoted_plans(text, taken))
    for match in _NUMBER.finditer(text):
        begin = match.start("issuer") + cut_after_last(match.group("issuer"), rules.ISSUER_STOP_WORDS)
        if taken.overlaps(begin, match.end()):
            continue
        usage, usage_rule = citation_usage(text, begin, match.end())
        mentions.append(DocumentMention(Span(begin, match.end(), text[begin:match.end()]), None, parse_number(match), usage,
                                        rules.DOCUMENT_NUMBER_RULE_ID, usage_rule))
    mentions.sort(key=lambda m: m.span)
    return mentions


def _titles(text: str, taken: Taken) -> list[DocumentMention]:
    """《title》 citations: a number in brackets after a title is its number; （以下简称《short》）
    makes the short title an alias; a short title refers back to the latest full one."""
    mentions: list[DocumentMention] = []
    full_titles = ShortForms()
    for match in _TITLE.finditer(text):
        title = match.group("title").strip()
        if not title:
            continue  # 《 》: nothing cited
        end = match.end()
        number = None
        rule = rules.TITLE_RULE_ID
        after = _NUMBER_AFTER_TITLE.match(text, end)
        if after:
            number = parse_number(after)
            end = after.end()
            rule = rules.TITLE_WITH_NUMBER_RULE_ID
        resolved = full_titles.resolve(title)
        # A short title (《建议》 for the full one before it) is the document's other name.
        short_title = title if resolved is not None else None
        if resolved is not None:
            title, rule = resolved, rules.SHORT_FORM_RULE_ID
        else:
            full_titles.add(title)
        alias = _ALIAS.match(text, end)
        if alias:
            full_titles.alias(alias.group("alias"), title)
            short = alias.group("alias").strip()
            mentions.append(DocumentMention(Span(alias.start("alias"), alias.start("alias") + len(short), short),
                                            title, number, Usage.CITED, rules.ALIAS_RULE_ID, alias=short))
            taken.add(alias.start("alias"), alias.start("alias") + len(short))
        usage, usage_rule = citation_usage(text, match.start(), match.end())
        creative = number is None and rule != rules.SHORT_FORM_RULE_ID and is_creative_work(text, match)
        mentions.append(DocumentMention(Span(match.start(), end, text[match.start():end]), title, number, usage,
                                        rules.CREATIVE_WORK_RULE_ID if creative else rule, usage_rule, creative,
                                        alias=short_title))
        taken.add(match.start(), end)
    return mentions


def _glossary_aliases(text: str, notes: list[Span]) -> list[DocumentMention]:
    """A glossary entry (4.稳增长“21”条：…印发《关于…的若干政策措施》…) names the document it
    explains: the term is that document's short name."""
    mentions: list[DocumentMention] = []
    for note in notes:
        entry = _GLOSSARY_ENTRY.match(note.text)
        if entry is None:
            continue
        title = _TITLE.search(note.text, entry.end("term"))
        if title is None or not reads_like_a_document(title.group("title")):
            continue
        written = entry.group("term")
        term = written.strip().strip("“”\"「」《》")
        if not term:
            continue
        begin = note.begin + entry.start("term") + written.index(term)
        mentions.append(DocumentMention(Span(begin, begin + len(term), term), title.group("title").strip(), None,
                                        Usage.CITED, rules.GLOSSARY_ALIAS_RULE_ID, alias=term))
    return mentions


def is_creative_work(text: str, match: re.Match[str]) -> bool:
    """Whether a 《title》 names a work of art or a publication rather than a policy document."""
    title = match.group("title").strip()
    before = text[max(0, match.start() - 6):match.start()]
    after = text[match.end():match.end() + 6]
    if before.endswith(rules.CREATIVE_WORK_BEFORE) or after.startswith(rules.CREATIVE_WORK_AFTER):
        return True
    return not reads_like_a_document(title)


def reads_like_a_document(title: str) -> bool:
    """A document-type ending, the official 关于…的 form, or a word of the genre's documents."""
    if document_type(title) is not None:
        return True
    core = _TRAILER.sub("", title.strip())
    return any(word in core for word in rules.DOCUMENT_TITLE_WORDS) or re.search(rules.DOCUMENT_TITLE_YEAR, core) is not None


def _unquoted_titles(text: str, taken: Taken) -> list[DocumentMention]:
    """Official titles without 《》: 发文机关关于……的意见/通知/决定."""
    mentions: list[DocumentMention] = []
    for match in _UNQUOTED_TITLE.finditer(text):
        # The issuer leads the title; anything before it (a verb such as 按照) does not belong.
        title_text = match.group("title")
        issuer = title_text[: title_text.index("关于")]
        cut = cut_after_last(issuer, rules.UNQUOTED_ISSUER_STOPS)
        if not issuer[cut:].endswith(rules.UNQUOTED_ISSUER_ENDINGS):
            continue
        begin, end = match.start("title") + cut, match.end("title")
        if taken.overlaps(begin, end):
            continue
        usage, usage_rule = citation_usage(text, begin, end)
        mentions.append(DocumentMention(Span(begin, end, text[begin:end]), text[begin:end], None, usage,
                                        rules.UNQUOTED_TITLE_RULE_ID, usage_rule))
        taken.add(begin, end)
    return mentions


def _unquoted_plans(text: str, taken: Taken) -> list[DocumentMention]:
    """Plans and rules named without 《》 right after the verb that makes or applies them
    (编制完成城市更新专项规划): a name with something specific before its ending."""
    mentions: list[DocumentMention] = []
    quoted = title_regions(text)
    for match in _UNQUOTED_PLAN.finditer(text):
        begin, end = match.span("name")
        begin += _lead_length(text[begin:end])
        begin += _inner_verb_end(text[begin:end])
        begin += _lead_length(text[begin:end])  # 贯彻落实|的|六年行动方案
        name = text[begin:end]
        if quoted.covers(begin) or taken.overlaps(begin, end) or _is_kind_of_plan(name):
            continue
        if any(_is_kind_of_plan(part) for part in re.split("[和及与]", name)[1:]):
            continue  # “十三五”综合规划和专项规划: a kind of plan joined to another
        usage, usage_rule = citation_usage(text, begin, end)
        mentions.append(DocumentMention(Span(begin, end, name), name, None, usage, rules.UNQUOTED_PLAN_RULE_ID, usage_rule))
        taken.add(begin, end)
    return mentions


def _lead_length(name: str) -> int:
    """How many characters of clause-opening words (并有序实施, 出台) stand before the name."""
    start = 0
    while True:
        word = next((w for w in rules.UNQUOTED_PLAN_LEAD_WORDS if name.startswith(w, start)), None)
        if word is None:
            return start
        start += len(word)


def _inner_verb_end(name: str) -> int:
    """Where the name starts after a later verb of its clause (落实“深圳90”要求修订政府投资管理办法
    → 政府投资管理办法): after the last verb before the ending that leaves a specific name."""
    ending = next((e for e in sorted(rules.UNQUOTED_PLAN_ENDINGS, key=len, reverse=True) if name.endswith(e)), "")
    body = name[: len(name) - len(ending)]
    cuts = [body.rfind(verb) + len(verb) for verb in rules.UNQUOTED_PLAN_VERBS if body.rfind(verb) >= 0]
    for cut in sorted(cuts, reverse=True):
        if len(body) - cut >= 2 and not _is_kind_of_plan(name[cut:]):
            return cut
    return 0


def _is_kind_of_plan(name: str) -> bool:
    ending = next((e for e in sorted(rules.UNQUOTED_PLAN_ENDINGS, key=len, reverse=True) if name.endswith(e)), None)
    if ending is None:
        return False
    rest = name[: len(name) - len(ending)]
    while rest:
        word = next((w for w in rules.UNQUOTED_PLAN_GENERIC_WORDS if rest.startswith(w)), None)
        if word is None:
            return len(rest) < 2
        rest = rest[len(word):]
    return True


_IMPLEMENTING_RULES = re.compile(rules.IMPLEMENTING_RULES_PATTERN)


def _unquoted_laws(text: str, taken: Taken) -> list[DocumentMention]:
    """Laws and regulations named without 《》 (实施北京城市副中心条例): the name starts after the
    last verb, particle or adverb before it; words that only end in 法 (执法, 办法) are not laws."""
    mentions: list[DocumentMention] = []
    quoted = title_regions(text)
    for match in _UNQUOTED_LAW.finditer(text):
        name_text = match.group("name")
        # 外商投资法|实施条例: the 实施 of a law's implementing rules is inside the name
        inner = _IMPLEMENTING_RULES.search(name_text)
        cut = cut_after_last(name_text[:inner.start() + 1 if inner else -1], rules.LAW_LEFT_STOPS)
        # 中央八项规定和厉行节约反对浪费条例: a known rule and the law joined to it are two names.
        for known in _KNOWN_LAW.finditer(name_text, cut):
            if name_text[known.end():known.end() + 1] in ("和", "及", "与") and known.end() + 1 < len(name_text):
                cut = known.end() + 1
        # 维护|宪法: two characters before a known law are a verb, not the start of a longer name
        # (香港特别行政区维护国家安全法 keeps its 维护)
        known_end = _KNOWN_LAW.search(name_text, cut)
        if known_end and known_end.end() == len(name_text) and 0 < known_end.start() - cut <= 2:
            cut = known_end.start()
        name = name_text[cut:]
        begin, end = match.start("name") + cut, match.end("name")
        if not _is_law_name(name) or quoted.covers(begin) or taken.overlaps(begin, end):
            continue
        usage, usage_rule = citation_usage(text, begin, end)
        mentions.append(DocumentMention(Span(begin, end, name), name, None, usage, rules.UNQUOTED_LAW_RULE_ID, usage_rule))
        taken.add(begin, end)
    for known in _KNOWN_LAW.finditer(text):
        begin, end = known.span()
        if quoted.covers(begin) or taken.overlaps(begin, end):
            continue
        usage, usage_rule = citation_usage(text, begin, end)
        mentions.append(DocumentMention(Span(begin, end, known.group()), known.group(), None, usage,
                                        rules.KNOWN_LAW_RULE_ID, usage_rule))
        taken.add(begin, end)
    return mentions


def _is_law_name(name: str) -> bool:
    if len(name) < rules.LAW_MIN_LENGTH or name.endswith(rules.NOT_LAW_ENDINGS) or name in rules.GENERIC_LAW_NAMES:
        return False
    # A name is a noun phrase: no digits, and not made of a verb and an ending (执行条例).
    return not any(c.isdigit() for c in name) and not name.startswith(rules.LAW_VERBS)


class ShortForms:
    """Full titles seen so far, indexed by their endings, to resolve short titles (《条例》)."""

    def __init__(self) -> None:
        self._by_ending: dict[str, str] = {}

    def add(self, title: str) -> None:
        key = title_key(_TRAILER.sub("", title))
        for length in range(1, min(rules.SHORT_FORM_MAX_LENGTH, len(key) - 1) + 1):
            self._by_ending[key[-length:]] = title  # the latest full title wins

    def alias(self, short: str, title: str) -> None:
        """A short title the text declares for a full one (（以下简称《…》））."""
        self._by_ending[title_key(short)] = title

    def resolve(self, title: str) -> str | None:
        """The latest earlier full title that ends with this short one (《条例》 → 《…暂行条例》)."""
        found = self._by_ending.get(title_key(title)) or self._by_ending.get(title_key(_TRAILER.sub("", title)))
        return found if found is not None and found != title else None  # 《纲要（草案）》 too


def citation_usage(text: str, begin: int, end: int) -> tuple[Usage, str | None]:
    """How the clause uses the document at ``[begin, end)``: the nearest verb before it decides.

    Titles and brackets between the verb and this title are ignored, so in 按照《甲》（号）《乙》
    both documents are followed, and a verb inside another title does not count.
    """
    start = clause_start(text, begin, rules.CLAUSE_MAX)
    before = _NESTED.sub("", text[start:begin])[-rules.USAGE_LOOKBACK:]
    best: tuple[int, rules.UsageVerb] | None = None
    for verb in rules.USAGE_VERBS:
        position = before.rfind(verb.verb)
        if position != -1 and (best is None or position + len(verb.verb) > best[0] + len(best[1].verb)):
            best = (position, verb)
    if best is not None:
        return best[1].usage, rules.USAGE_BEFORE_RULE.format(verb=best[1].verb)
    after = _NESTED.sub("", text[end:clause_end(text, end, rules.USAGE_LOOKBACK)])
    for verb in rules.USAGE_AFTER:
        if verb.verb in after:
            return verb.usage, rules.USAGE_AFTER_RULE.format(verb=verb.verb)
    return Usage.CITED, None
