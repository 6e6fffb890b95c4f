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
from .spans import Taken, clause_end, clause_start, cut_after_last

_NUMBER = re.compile(rules.DOCUMENT_NUMBER_PATTERN)
_TITLE = re.compile(rules.TITLE_PATTERN_CITED)
_UNQUOTED_TITLE = re.compile(rules.UNQUOTED_TITLE_PATTERN)
# A number right after a title, in round brackets: 《…》(渭编发〔2020〕10号).
_NUMBER_AFTER_TITLE = re.compile(r"\s*[（(]\s*(?:" + rules.DOCUMENT_NUMBER_PATTERN + r")\s*[）)]")
_TRAILER = re.compile(rules.TITLE_TRAILER_PATTERN)
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


def find_documents(source: SourceText, exclude: list[Span] = ()) -> list[DocumentMention]:  # type: ignore[assignment]
    """Every citation in the text, in order; ``exclude`` spans (the report's own number) are skipped."""
    text = source.text
    mentions: list[DocumentMention] = []
    taken = Taken([(s.begin, s.end) for s in exclude])
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
        if resolved is not None:
            title, rule = resolved, rules.SHORT_FORM_RULE_ID
        else:
            full_titles.add(title)
        usage, usage_rule = citation_usage(text, match.start(), match.end())
        mentions.append(DocumentMention(Span(match.start(), end, text[match.start():end]), title, number, usage, rule, usage_rule))
        taken.add(match.start(), end)
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
        mentions.append(DocumentMention(Span(begin, end, text[begin:end]), text[begin:end], None, usage, rules.UNQUOTED_TITLE_RULE_ID, usage_rule))
        taken.add(begin, end)
    for match in _NUMBER.finditer(text):
        begin = match.start("issuer") + cut_after_last(match.group("issuer"), rules.ISSUER_STOP_WORDS)
        if taken.overlaps(begin, match.end()):
            continue
        usage, usage_rule = citation_usage(text, begin, match.end())
        mentions.append(DocumentMention(Span(begin, match.end(), text[begin:match.end()]), None, parse_number(match), usage, rules.DOCUMENT_NUMBER_RULE_ID, usage_rule))
    mentions.sort(key=lambda m: m.span)
    return mentions


class ShortForms:
    """Full titles seen so far, indexed by their endings, to resolve short titles (《条例》)."""

    def __init__(self) -> None:
        self._by_ending: dict[str, str] = {}

    def add(self, title: str) -> None:
        key = title_key(_TRAILER.sub("", title))
        for length in range(1, min(rules.SHORT_FORM_MAX_LENGTH, len(key) - 1) + 1):
            self._by_ending[key[-length:]] = title  # the latest full title wins

    def resolve(self, title: str) -> str | None:
        """The latest earlier full title that ends with this short one (《条例》 → 《…暂行条例》)."""
        if len(title) > rules.SHORT_FORM_MAX_LENGTH:
            return None
        return self._by_ending.get(title_key(title))


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
        return best[1].usage, f"usage.before.{best[1].verb}"
    after = _NESTED.sub("", text[end:clause_end(text, end, rules.USAGE_LOOKBACK)])
    for verb in rules.USAGE_AFTER:
        if verb.verb in after:
            return verb.usage, f"usage.after.{verb.verb}"
    return Usage.CITED, None
