"""Stage 3b: find organisations: government bodies, enterprises and institutions.

Two rules: a name ending (局, 委员会, 公司, 学院, …) with its start found by walking back to
a verb, preposition or punctuation; and the list before 等N家企业 / 等N所院校, whose items
are names whatever their ending.  Names inside 《》 belong to titles and are skipped.
"""

from __future__ import annotations

import re

from . import rules
from ..model import OrgMention, SourceText, Span
from .spans import Regions, clause_start, cut_after_last, title_regions

_SUFFIXES = sorted(rules.ORG_SUFFIXES, key=lambda s: -len(s.suffix))
_SUFFIX_PATTERN = re.compile("|".join(re.escape(s.suffix) for s in _SUFFIXES))
_KIND_OF_SUFFIX = {s.suffix: s.kind for s in _SUFFIXES}
_CJK = re.compile(r"[\u4e00-\u9fff]+$")
# Names may hold Latin letters and digits (3D打印中心); counts before them are cut off later.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_LEADING_COUNT = re.compile(rules.ORG_LEADING_COUNT)
_LIST = re.compile(rules.ORG_ENUMERATION_PATTERN.format(cn=rules.CN_DIGITS))
_LIST_SEPARATORS = re.compile(r"[、]")
_SUB_ORG_LIST = re.compile(r"\s*[（(](?P<inner>[^（）()]{2,200})[）)]")


def find_organisations(source: SourceText) -> list[OrgMention]:
    """Every organisation mention in the text, in order, one per span."""
    text = source.text
    titles = title_regions(text)
    listed = _listed_names(text, titles)
    # A listed name is exact; an ending-based name overlapping it is a worse reading of it.
    named = [m for m in _named_by_ending(text, titles) if not any(_overlap(m.span, l.span) for l in listed)]
    return _outermost(sorted(listed + named, key=lambda m: m.span))


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end


def _outermost(mentions: list[OrgMention]) -> list[OrgMention]:
    """One mention per span, and none inside a longer one (西安交通大学 inside 西安交通大学经济与金融学院).

    A span found twice (as a sub-organisation and by its ending) keeps the reading with a parent.
    """
    by_span: dict[Span, OrgMention] = {}
    for mention in mentions:
        if mention.span not in by_span or (mention.parent and not by_span[mention.span].parent):
            by_span[mention.span] = mention
    # Longest first among spans starting at the same place; a span is inside another exactly
    # when an earlier one in this order reaches as far as it does.
    ordered = sorted(by_span.values(), key=lambda m: (m.span.begin, -m.span.end))
    kept: list[OrgMention] = []
    reach = -1
    for mention in ordered:
        if mention.span.end <= reach:
            continue
        kept.append(mention)
        reach = mention.span.end
    return kept


def _named_by_ending(text: str, titles: Regions) -> list[OrgMention]:
    mentions: list[OrgMention] = []
    for match in _SUFFIX_PATTERN.finditer(text):
        end = match.end()
        if titles.covers(match.start()) or text.startswith(rules.ORG_NOT_BEFORE, end):
            continue
        if text[max(0, end - 4):end].endswith(rules.ORG_FALSE_ENDINGS):
            continue
        levels = rules.ORG_SUFFIX_NEEDS_LEVEL.get(match.group())
        if levels is not None and text[match.start() - 1:match.start()] not in levels:
            continue
        # A longer ending that continues here (委员会 inside 管理委员会) is found at its own end.
        if _SUFFIX_PATTERN.match(text, end) and text[end:end + 1] not in "（(":
            continue
        begin = _name_start(text, end)
        if begin is None:
            continue
        name = text[begin:end]
        if _is_not_a_name(name):
            continue
        kind = _KIND_OF_SUFFIX[match.group()]
        parent = _parent_of(name)
        mentions.append(OrgMention(Span(begin, end, name), name, kind, f"org.suffix.{match.group()}", parent))
        mentions.extend(_sub_organisations(text, end, name))
    return mentions


def _name_start(text: str, end: int) -> int | None:
    """Walk back from a name's ending to its start: punctuation, a stop word or a real conjunction."""
    floor = max(0, end - rules.ORG_MAX_NAME)
    window_start = end
    while window_start > floor and _NAME_CHAR.match(text[window_start - 1]):
        window_start -= 1
    window = text[window_start:end]
    begin = _cut_at_stop_word(window)
    # 十一个安全生产专业委员会, 世界500强某集团: a name starts after the last count before it.
    counts = list(_LEADING_COUNT.finditer(window, begin))
    if counts:
        begin = counts[-1].end()
    if len(window) - begin < rules.ORG_MIN_NAME or not _CJK.match(window[begin]):
        return None
    return window_start + begin


def _cut_at_stop_word(window: str) -> int:
    """Where the name starts within ``window`` (which ends with the name's ending)."""
    limit = len(window) - 1
    while True:
        stop, word = _last_stop_word(window[:limit])
        if word is None or word not in rules.ORG_PREPOSITIONS or _separates_names(window, stop, word):
            return stop
        # A preposition inside one name (农业农村和林业管理中心, 经济技术开发区): look further left.
        limit = stop - 1


def _last_stop_word(text: str) -> tuple[int, str | None]:
    """The end of the rightmost stop word or preposition in ``text``, and which word it is."""
    best, best_word = 0, None
    for word in rules.ORG_STOP_WORDS + rules.ORG_PREPOSITIONS:
        position = text.rfind(word)
        if position != -1 and position + len(word) > best:
            best, best_word = position + len(word), word
    return best, best_word


def _separates_names(window: str, after: int, word: str) -> bool:
    left, right = window[: after - len(word)], window[after:]
    if left == "" or right.startswith(rules.ORG_NAME_PREFIXES):
        return True
    # Only a conjunction can follow a complete name: 甲局和乙局, 企业与乙学院.
    return word in rules.ORG_CONJUNCTIONS and (
        left.endswith(tuple(s.suffix for s in _SUFFIXES)) or left.endswith(rules.ORG_COLLECTIVE_NOUNS)
    )


def _is_not_a_name(name: str) -> bool:
    if name in rules.ORG_GENERIC_NAMES or name.endswith(rules.ORG_NOT_NAMES) or len(name) < rules.ORG_MIN_NAME - 1:
        return True
    if name.startswith(rules.ORG_GENERIC_PREFIXES):
        return True
    return name.endswith("中心") and not name[:-2].endswith(rules.ORG_CENTRE_FUNCTIONS)


def _parent_of(name: str) -> str | None:
    """甲大学乙学院 → 甲大学: a school inside a university."""
    for suffix in rules.ORG_PARENT_SUFFIXES:
        index = name.find(suffix)
        if 0 < index and index + len(suffix) < len(name):
            return name[: index + len(suffix)]
    return None


def _sub_organisations(text: str, end: int, parent: str) -> list[OrgMention]:
    """甲中心(乙中心、丙大队): the bracketed names right after a body are its sub-organisations."""
    match = _SUB_ORG_LIST.match(text, end)
    if not match:
        return []
    mentions: list[OrgMention] = []
    offset = match.start("inner")
    for part in _LIST_SEPARATORS.split(match.group("inner")):
        part_begin = offset
        offset += len(part) + 1
        name = part.strip()
        suffix = next((s for s in _SUFFIXES if name.endswith(s.suffix)), None)
        if suffix is None or not _CJK.match(name):
            return []  # not a list of names: an ordinary parenthesis
        begin = part_begin + part.index(name)
        mentions.append(OrgMention(Span(begin, begin + len(name), name), name, suffix.kind, "org.sub-organisation", parent))
    return mentions


def _listed_names(text: str, titles: Regions) -> list[OrgMention]:
    """The items of 甲、乙、丙等N家企业 (and 等N所院校): names whatever their ending."""
    mentions: list[OrgMention] = []
    kinds = {noun: rule for rule in rules.ORG_ENUMERATION_RULES for noun in rule.nouns}
    for match in _LIST.finditer(text):
        noun = match.group("noun")
        rule = next((kinds[n] for n in sorted(kinds, key=len, reverse=True) if noun.startswith(n) or noun.endswith(n)), None)
        if rule is None or titles.covers(match.start()):
            continue
        start = clause_start(text, match.start(), rules.CLAUSE_MAX, boundary="。；;！？!?，,：:（）()\n")
        items = _list_items(text, start, match.start())
        for begin, end in items:
            name = text[begin:end]
            kind = _KIND_OF_SUFFIX.get(next((s.suffix for s in _SUFFIXES if name.endswith(s.suffix)), ""), rule.kind)
            mentions.append(OrgMention(Span(begin, end, name), name, kind, rule.id, _parent_of(name)))
    return mentions


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 甲、乙、丙 into item spans; the first item starts after the clause's last verb."""
    items: list[tuple[int, int]] = []
    offset = start
    parts = _LIST_SEPARATORS.split(text[start:end])
    for index, part in enumerate(parts):
        begin, item_end = offset, offset + len(part)
        offset = item_end + 1
        if index == 0:
            begin += cut_after_last(part, rules.ORG_LIST_LEAD_WORDS)
        name = text[begin:item_end].strip()
        if not name or not _CJK.match(name) or len(name) > rules.ENUMERATION_ITEM_MAX or len(name) < 2:
            continue
        begin = text.index(name, begin)
        items.append((begin, begin + len(name)))
    return items
