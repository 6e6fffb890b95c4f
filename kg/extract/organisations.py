"""Find organisations: government bodies, enterprises and institutions.

Three rules: the names of party and state organs and their short forms (党中央, 国务院, 省委,
市人大常委会); a name ending (局, 委员会, 公司, 学院, …) whose start is found by walking back
over the words before it (segmented with jieba) to a verb, preposition or punctuation; and
the list before 等N家企业 / 等N所院校, whose items are names whatever their ending.  Names
inside 《》 belong to titles and are skipped.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
import re
from functools import lru_cache
from types import ModuleType
from typing import Any

from ..model import OrgKind, OrgMention, SourceText, Span
from ..segmenter import jieba_module
from . import rules
from .places import gazetteer
from .recogniser import Candidate, organisation_candidates
from .spans import Regions, Taken, clause_end, clause_start, cut_after_last, title_regions

_SUFFIXES = sorted(rules.ORG_SUFFIXES, key=lambda s: -len(s.suffix))
_SUFFIX_PATTERN = re.compile("|".join(re.escape(s.suffix) for s in _SUFFIXES))
_KIND_OF_SUFFIX = {s.suffix: s.kind for s in _SUFFIXES}
_CJK = re.compile(r"[\u4e00-\u9fff]+$")
# Clauses as the finders cut them, and at list marks, quotes and brackets too: a name never
# spans one of these.
_CLAUSE = re.compile("[^" + re.escape(rules.CLAUSE_BOUNDARY + "、：:“”（）()《》") + "]+")
# Names may hold Latin letters and digits (3D打印中心); counts before them are cut off later.
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9—·]")  # — joins partners (中国—东盟…中心), · foreign names
_LEADING_COUNT = re.compile(rules.ORG_LEADING_COUNT)
_LIST = re.compile(rules.ORG_ENUMERATION_PATTERN.format(cn=rules.CN_DIGITS))
_LISTING = re.compile(rules.ORG_LISTING_PATTERN)
_LIST_SEPARATORS = re.compile(r"[、]")
_SUB_ORG_LIST = re.compile(r"\s*[（(](?P<inner>[^（）()]{2,200})[）)]")
_PARTY_COMMITTEE = re.compile(rules.ORG_PARTY_COMMITTEE_PATTERN + "|" + rules.ORG_OFFICE_PATTERN)
_MARKER = re.compile(rf"[{rules.CN_SMALL}]{{1,3}}是")
_ORGAN = re.compile(
    "(?:" + "|".join(re.escape(n) for n in sorted(rules.ORG_ORGAN_NAMES, key=len, reverse=True)) + ")"
    + "(?!" + "|".join(rules.ORG_ORGAN_NOT_BEFORE) + ")"
    + "|(?P<level>" + "|".join(rules.ORG_LEVELS) + ")(?:" + "|".join(sorted(rules.ORG_LEVEL_ORGANS, key=len, reverse=True))
    + ")(?![\u4e00-\u9fff]{0,1}(?:[会员组])(?![会]))"
    + "(?!" + "|".join(rules.ORG_LEVEL_ORGAN_NOT_BEFORE) + ")"
    + "|(?P<member_level>" + "|".join(rules.ORG_LEVELS) + ")" + rules.ORG_MEMBER_OF_PATTERN

)
_PLURAL_COUNT = re.compile(rules.ORG_PLURAL_COUNT_PATTERN)
_COUNT_AFTER = re.compile(rules.ORG_COUNT_AFTER_PATTERN)
_SHARE_BEFORE = re.compile(rules.ORG_SHARE_BEFORE_PATTERN)
_SESSION = re.compile(rules.ORG_SESSION_AFTER)
_COUNT_INSIDE = re.compile(rules.ORG_COUNT_INSIDE_PATTERN)
_KNOWN_TAILS = sorted(rules.ORG_KNOWN_TAILS, key=len, reverse=True)
_FIRM_WORDS = sorted(rules.ORG_KNOWN_TAILS + rules.ORG_FIRM_ENDINGS, key=len, reverse=True)
_MASS_ORGANISATIONS = rules.ORG_MASS_ORGANISATIONS


def find_organisations(source: SourceText, *, recogniser: bool = True) -> list[OrgMention]:
    """Every organisation mention in the text, in order, one per span; the statistical
    recogniser's names are added unless ``recogniser`` is False."""
    text = source.text
    titles = title_regions(text)
    listed = _listed_names(text, titles) + _listed_on_exchange(text, titles) + _project_firms(text, titles)
    organs = _organs(text, titles)
    exact = [(m.span.begin, m.span.end) for m in listed + organs]
    # A listed or organ name is exact; an ending-based name overlapping it is a worse reading of
    # it, unless it holds it whole (住房城乡建设部智慧低碳建筑工程技术创新中心 holds 住房城乡建设部).
    named = [m for m in _named_by_ending(text, titles) if not _crosses(m.span, exact)]
    found = listed + organs + named
    found += _known_enterprises(text, titles, found)
    recognised = _recognised(text, titles, found) if recogniser else []
    return _with_branches(text, _outermost(sorted(found + recognised, key=lambda m: m.span)))


def _with_branches(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """联合国粮农组织|海南项目合作办公室, 新加坡设计业总商会|重庆代表处, 长三角国家技术创新中心|安徽中心:
    a body written right after an institution, or a place and an office or centre written right
    after it, is that institution's branch, one name with it (a body of government stands alone
    before another: 市委市政府)."""
    merged: list[OrgMention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        end = None
        if mention.kind == OrgKind.INSTITUTION and mention.rule != rules.ORG_KNOWN_ENTERPRISE_RULE_ID:
            if following is not None and following.span.begin == mention.span.end:
                end = following.span.end
                index += 1
            elif branch := _BRANCH_OFFICE.match(text, mention.span.end):
                if any(place.begin == 0 for place in gazetteer().find(branch.group())):
                    end = branch.end()
        if end is None:
            merged.append(mention)
        else:
            name = text[mention.span.begin:end]
            merged.append(replace(mention, span=Span(mention.span.begin, end, name), name=name))
        index += 1
    return merged


_BRANCH_OFFICE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:" + "|".join(rules.ORG_BRANCH_OFFICES) + ")")


def _known_enterprises(text: str, titles: Regions, found: list[OrgMention]) -> list[OrgMention]:
    """Enterprises of ``enterprises.tsv`` named in the text, outside titles, as whole words; a
    name that is also an ordinary word only beside another enterprise or before 等…企业."""
    boundaries = _Boundaries(text)  # segments nothing until a name asks
    spans = _known_enterprise_spans(text, boundaries)
    if not spans:
        return []
    plain: list[OrgMention] = []
    doubtful: dict[int, OrgMention] = {}
    for begin, end, listed_only in spans:
        if titles.covers(begin) or not _stands_alone(text, begin, end, boundaries) or _names_a_person(text, begin, end):
            continue
        mention = OrgMention(Span(begin, end, text[begin:end]), text[begin:end], OrgKind.ENTERPRISE,
                             rules.ORG_KNOWN_ENTERPRISE_RULE_ID)
        if listed_only:
            doubtful[begin] = mention
        else:
            plain.append(mention)
    enterprises = [m for m in found if m.kind == OrgKind.ENTERPRISE] + plain
    accepted = plain + _beside_enterprises(text, doubtful, enterprises)
    return accepted + _list_neighbours(text, titles, accepted, found, boundaries)


def _names_a_person(text: str, begin: int, end: int) -> bool:
    """主席 包钢, 包钢同志: the name after an office or before 同志 is a person's."""
    return text[max(0, begin - 8):begin].rstrip().endswith(rules.ORG_PERSON_ROLES) \
        or text.startswith(rules.ORG_PERSON_AFTER, end)


def _beside_enterprises(text: str, doubtful: dict[int, OrgMention], enterprises: list[OrgMention]) -> list[OrgMention]:
    """The doubtful names (by begin) that stand beside an enterprise in a list, or before
    等…企业; each one accepted makes its own neighbours enterprises' neighbours in turn."""
    ends, begins = {m.span.end for m in enterprises}, {m.span.begin for m in enterprises}
    by_end = {m.span.end: m for m in doubtful.values()}
    accepted: dict[int, OrgMention] = {}
    queue = [m for m in doubtful.values() if _beside_an_enterprise(text, m.span, ends, begins)]
    while queue:
        mention = queue.pop()
        if mention.span.begin in accepted:
            continue
        accepted[mention.span.begin] = mention
        begin, end = mention.span.begin, mention.span.end
        if text[begin - 1:begin] in rules.ORG_KNOWN_LIST_SEPARATORS and begin - 1 in by_end:
            queue.append(by_end[begin - 1])
        if text[end:end + 1] in rules.ORG_KNOWN_LIST_SEPARATORS and end + 1 in doubtful:
            queue.append(doubtful[end + 1])
    return sorted(accepted.values(), key=lambda m: m.span.begin)


def _list_neighbours(text: str, titles: Regions, known: list[OrgMention], found: list[OrgMention],
                     boundaries: _Boundaries) -> list[OrgMention]:
    """京东方、惠科等重大产业项目: a short proper name in a 、 list beside a known enterprise is
    one too (not a place, a kind or a dictionary word)."""
    places = gazetteer().by_name
    taken = Taken([(m.span.begin, m.span.end) for m in found + known])
    added: list[OrgMention] = []
    todo = list(known)
    while todo:
        mention = todo.pop()
        for begin, end in _neighbour_items(text, mention.span):
            name = text[begin:end]
            if taken.overlaps(begin, end) or titles.covers(begin) or not _CJK.match(name):
                continue
            if not rules.ORG_MODEL_MIN <= len(name) <= rules.ORG_KNOWN_NEIGHBOUR_MAX or name in places or _names_place(name, places):
                continue
            if begin not in boundaries or end not in boundaries:
                continue
            if _ordinary_phrase(name) or is_kind_of_organisation(name, "") or _cut_at_verb(_words(name), 0):
                continue
            if len(name) <= rules.ORG_MODEL_SHORT and not _short_proper_name(name):
                continue
            neighbour = OrgMention(Span(begin, end, name), name, OrgKind.ENTERPRISE, rules.ORG_KNOWN_LIST_RULE_ID)
            added.append(neighbour)
            taken.add(begin, end)
            todo.append(neighbour)
    return added


def _neighbour_items(text: str, span: Span) -> list[tuple[int, int]]:
    """The list items right before and right after ``span`` across a 、."""
    items = []
    if text[span.end:span.end + 1] == "、":
        after = re.match(r"[\u4e00-\u9fff]+?(?=[、，,。；;：:等和与及“”（）()\s]|$)", text[span.end + 1:span.end + 1 + 12])
        if after:
            items.append((span.end + 1, span.end + 1 + after.end()))
    if text[span.begin - 1:span.begin] == "、":
        before = re.search(r"(?<=[、，,。；;：:“”（）()\s])[\u4e00-\u9fff]+$", text[max(0, span.begin - 13):span.begin - 1])
        if before:
            items.append((span.begin - 1 - (len(before.group())), span.begin - 1))
    return items


class _Boundaries:
    """Where the text's words begin and end (jieba), segmented one clause at a time and only
    where asked: a report's few known names cost a few clauses, and a text of 13,000 names in one
    clause is still segmented once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.clauses = [m.span() for m in _CLAUSE.finditer(text)]
        self.starts = [begin for begin, _end in self.clauses]
        self.known: dict[int, frozenset[int]] = {}

    def __contains__(self, position: object) -> bool:
        assert isinstance(position, int)
        index = bisect.bisect_right(self.starts, position) - 1
        if index < 0:
            return True
        begin, end = self.clauses[index]
        if position >= end:
            return True  # at or after the clause's end: punctuation separates words
        if index not in self.known:
            self.known[index] = frozenset(begin + offset for offset in _offsets(_words(self.text[begin:end])))
        return position in self.known[index]


def _known_enterprise_spans(text: str, boundaries: _Boundaries) -> list[tuple[int, int, bool]]:
    """Each longest known name in the text: begin, end, and whether it needs a list to count."""
    automaton = _enterprise_automaton()
    spans: list[tuple[int, int, bool]] = []
    joined: set[int] = set()
    for last, (name, listed_only) in automaton.iter_long(text):
        begin, end = last + 1 - len(name), last + 1
        if text.startswith(rules.ORG_KNOWN_NOT_BEFORE, end):
            continue
        # 长庆油田|油气当量: a name that already ends as a firm's (油田, 集团, 股份) takes no word of trade
        ends_as_firm = name.endswith(rules.ORG_FIRM_NAME_ENDINGS) or _SUFFIX_PATTERN.search(name[-4:]) is not None
        tail = "" if ends_as_firm else next(
            (t for t in _KNOWN_TAILS if text.startswith(t, end) and end + len(t) in boundaries
             and not _noun_follows(text, end + len(t))), "")
        if tail and len(name) <= 2 and begin not in boundaries:
            continue  # 中国|新能源 holds no 国新 with its word of trade
        country = next((c for c in rules.ORG_KNOWN_COUNTRIES if text.endswith(c, 0, begin)), "")
        # (联想南方智能制造基地, 阿里中心, 浪潮服务器生产线: a site, a building or a line of the firm
        # names it, whichever ordinary word it also is)
        sited = text.startswith(rules.ORG_FIRM_SITES_AFTER, end)
        begin, end, listed_only = begin - len(country), end + len(tail), listed_only and not tail and not sited
        gap = text[spans[-1][1]:begin] if spans else None
        if (spans and (gap == "" or gap in rules.ORG_JOINT_VENTURE_DASHES and not sited)
                and end - spans[-1][0] <= rules.ORG_KNOWN_JOINED_MAX
                and spans[-1][0] not in joined and text[spans[-1][0]:begin] != text[begin:end]
                and not (spans[-1][2] and listed_only)):  # 平安|南山: two ordinary words are no group and brand
            # 东风岚图: a group's name before its brand's is one name (华为华为… is no name), and so
            # are two partners' joined by a dash (一汽—大众), unless a site of both follows
            # (深能-西门子产业园 names the two)
            begin, listed_only = spans.pop()[0], False
            joined.add(begin)
        spans.append((begin, end, listed_only))
    return spans


def _noun_follows(text: str, at: int) -> bool:
    """大族激光|智能|制造, 中国移动|智能|硬件: a word of trade before another noun begins a
    compound (智能制造, 智能硬件) of a project or a centre, not the end of the firm's name."""
    following = _words(text[at:at + rules.ORG_FOLLOWING_WINDOW])
    return bool(following) and len(following[0]) > 1 and (
        _tags().get(following[0], "").startswith(("n", "vn")) or following[0] in rules.ORG_TRADE_COMPOUND_HEADS)


@lru_cache(maxsize=1)
def _enterprise_automaton() -> Any:
    # pyahocorasick: some 2,400 names matched in one pass over a report; a regular expression
    # alternation of them is tried name by name at every position.
    import ahocorasick
    from importlib import resources

    automaton = ahocorasick.Automaton()
    data = resources.files("kg.extract.rules").joinpath("enterprises.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line and not line.startswith("#"):
            name, use = line.split("\t")
            automaton.add_word(name, (name, use == "listed"))
    automaton.make_automaton()
    return automaton


def _stands_alone(text: str, begin: int, end: int, boundaries: _Boundaries) -> bool:
    """A Latin name (LG, TCL) is not part of a longer Latin word; a two-character Chinese name
    is a word of the text (高通 is not in 高通量)."""
    name = text[begin:end]
    if name.isascii():
        return not (text[begin - 1:begin].isascii() and text[begin - 1:begin].isalnum()) and not (
            text[end:end + 1].isascii() and text[end:end + 1].isalnum())
    return len(name) > 2 or (begin in boundaries and end in boundaries)


def _beside_an_enterprise(text: str, span: Span, ends: set[int], begins: set[int]) -> bool:
    """小米 in 华为、小米 or 小米和比亚迪, or in 小米等科技企业 (``ends`` and ``begins``: of the
    enterprises found so far)."""
    if re.match(rules.ORG_KNOWN_BEFORE_KIND_PATTERN, text[span.end:span.end + 16]):
        return True
    before = text[span.begin - 1:span.begin] in rules.ORG_KNOWN_LIST_SEPARATORS and span.begin - 1 in ends
    after = text[span.end:span.end + 1] in rules.ORG_KNOWN_LIST_SEPARATORS and span.end + 1 in begins
    return before or after


def _crosses(span: Span, exact: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps one of ``exact`` without holding it whole, or is only exact names
    side by side (市委市政府 is two bodies)."""
    inside = sorted((b, e) for b, e in exact if span.begin <= b and e <= span.end)
    if any(b < span.end and span.begin < e and (b, e) not in inside for b, e in exact):
        return True
    covered = span.begin
    for b, e in inside:
        if b > covered:
            return False
        covered = max(covered, e)
    return bool(inside) and covered >= span.end


def _recognised(text: str, titles: Regions, found: list[OrgMention]) -> list[OrgMention]:
    """Names the statistical recogniser reads where the rules found none, if the rules accept them:
    a proper name (not a place, not a kind, no verb in front), classed by its ending."""
    # A short known name may be the start of a longer one the model reads whole (上汽|通用五菱,
    # 华晨|宝马): such a name claims no span here, and the outer reading wins if it is accepted.
    known = [m for m in found if m.rule == rules.ORG_KNOWN_ENTERPRISE_RULE_ID]
    taken = Taken([(m.span.begin, m.span.end) for m in found if m.rule != rules.ORG_KNOWN_ENTERPRISE_RULE_ID])
    known_taken = Taken([(m.span.begin, m.span.end) for m in known])
    places = gazetteer().by_name
    mentions: list[OrgMention] = []
    candidates = [_with_trade_word(text, c) for c in organisation_candidates(text)]
    for candidate in candidates:
        if candidate.tag != "ORG":
            continue
        lead = next((w for w in _LEADING_VERBS if candidate.name.startswith(w) and len(candidate.name) > len(w)), None)
        if lead:  # 建强|白云鄂博稀土全国重点实验室: the model took the verb before the name
            candidate = Candidate(candidate.begin + len(lead), candidate.end, candidate.name[len(lead):], candidate.tag)
        name = candidate.name
        if taken.overlaps(candidate.begin, candidate.end) or titles.covers(candidate.begin):
            continue
        if known_taken.overlaps(candidate.begin, candidate.end) and not _holds_known(candidate, known):
            continue
        if not rules.ORG_MODEL_MIN <= len(name) <= rules.ORG_MODEL_MAX or not _CJK.match(name) or name in places:
            continue
        suffix = next((s for s in _SUFFIXES if name.endswith(s.suffix)), None)
        if name.endswith(rules.ORG_MODEL_NOT_ENDINGS) or _is_not_a_name(name, suffix.suffix if suffix else ""):
            continue
        if _cut_at_verb(_words(name), 0) or text[max(0, candidate.end - 4):candidate.end].endswith(rules.ORG_FALSE_ENDINGS):
            continue
        if _counted(text, candidate.begin, candidate.end):
            continue  # 新设2个岐黄中医学院: a kind of which there are several
        if text.startswith(rules.ORG_MODEL_NOT_BEFORE, candidate.end):
            continue  # 中国国际航空航天|博览会: the name of an event, not of its organiser
        if _SUFFIX_PATTERN.match(text, candidate.end):
            continue  # 省技术创新|中心: the rules read the whole name (and found it a kind, or took it)
        if text.startswith(rules.ORG_COLLECTIVE_NOUNS, candidate.end):
            continue  # 上云|企业2万家: a kind of enterprise, not one
        if not _whole_words(text, candidate.begin, candidate.end):
            continue  # 亚太经|合组织: the recogniser cut a word in two
        if suffix is None and (_ordinary_phrase(name) or _ends_in_a_verb(name)
                               or not _in_organisation_context(text, candidate.begin, candidate.end)):
            continue
        if len(name) <= rules.ORG_MODEL_SHORT and not _short_proper_name(name):
            continue
        if any(zone in name for zone in rules.ORG_MODEL_NOT_INSIDE) or _names_place(name, places):
            continue
        if text[candidate.begin - 1:candidate.begin] == "“":
            continue  # “三小”, “智汇山西”: a slogan or brand in quotes
        kind = suffix.kind if suffix else _kind_by_meaning(name)
        mentions.append(OrgMention(Span(candidate.begin, candidate.end, name), name, kind, rules.ORG_MODEL_RULE_ID))
        taken.add(candidate.begin, candidate.end)
    enterprises = [m for m in found + mentions if m.kind == OrgKind.ENTERPRISE]
    return mentions + _listed_with_enterprises(text, [c for c in candidates if c.tag != "ORG"], enterprises, taken)


_LEADING_VERBS = tuple(sorted((w for w in rules.ORG_STOP_WORDS if len(w) > 1), key=len, reverse=True))


def _holds_known(candidate: Candidate, known: list[OrgMention]) -> bool:
    """Whether the candidate holds whole, and is longer than, every known name it touches."""
    touched = [m for m in known if m.span.begin < candidate.end and candidate.begin < m.span.end]
    return all(candidate.begin <= m.span.begin and m.span.end <= candidate.end
               and (m.span.begin, m.span.end) != (candidate.begin, candidate.end) for m in touched)


def _with_trade_word(text: str, candidate: Candidate) -> Candidate:
    """大族|激光, 仕佳|光子, 众擎|机器人: the model often ends a firm's name before the word of
    trade it ends with (and takes a short one for a person's); the name runs to the end of it."""
    word = next((w for w in _FIRM_WORDS if text.startswith(w, candidate.end)), None)
    if word is None or not _CJK.match(candidate.name):
        return candidate
    end = candidate.end + len(word)  # one word: 大族激光|智能制造基地 is a site of the firm
    name = text[candidate.begin:end]
    if not _named_as_firm(name) or not _whole_words(text, candidate.begin, end):
        return candidate
    return Candidate(candidate.begin, end, name, "ORG")


def _listed_with_enterprises(text: str, candidates: list[Candidate], enterprises: list[OrgMention],
                             taken: Taken) -> list[OrgMention]:
    """Names the model took for people's that stand in a list (、) next to an enterprise:
    顺丰、欣旺达、维沃、润杰 are all companies."""
    ends = {m.span.end for m in enterprises}
    begins = {m.span.begin for m in enterprises}
    accepted: list[OrgMention] = []
    changed = True
    while changed:
        changed = False
        for candidate in candidates:
            if taken.overlaps(candidate.begin, candidate.end) or not _CJK.match(candidate.name):
                continue
            after_one = text[candidate.begin - 1:candidate.begin] == "、" and candidate.begin - 1 in ends
            before_one = text[candidate.end:candidate.end + 1] == "、" and candidate.end + 1 in begins
            if not (after_one or before_one) or not _whole_words(text, candidate.begin, candidate.end):
                continue
            name = candidate.name
            accepted.append(OrgMention(Span(candidate.begin, candidate.end, name), name, OrgKind.ENTERPRISE,
                                       rules.ORG_MODEL_LIST_RULE_ID))
            taken.add(candidate.begin, candidate.end)
            ends.add(candidate.end)
            begins.add(candidate.begin)
            changed = True
    return accepted


def _organs(text: str, titles: Regions) -> list[OrgMention]:
    """党中央, 国务院, 中共北京市委, and a level with an organ (省委, 市人大常委会, 区政协) standing as words."""
    mentions: list[OrgMention] = []
    for match in _PARTY_COMMITTEE.finditer(text):
        if not titles.covers(match.start()):
            mentions.append(OrgMention(Span(match.start(), match.end(), match.group()), match.group(), OrgKind.GOVERNMENT,
                                       rules.ORG_ORGAN_RULE_ID))
    party = Taken([(m.span.begin, m.span.end) for m in mentions])
    for match in _ORGAN.finditer(text):
        if party.overlaps(match.start(), match.end()):
            continue
        if titles.covers(match.start()):
            continue
        level = match.group("level") or match.group("member_level")
        begin = match.start()
        if level and begin > 0 and text[begin - 1] in rules.ORG_LEVEL_NOT_AFTER:
            continue  # 全市人大 is no name; 城市 is no level
        if level:
            begin = _place_before(text, begin, level)  # 宝安区人民政府, not 区人民政府
        name = text[begin:match.end()]
        if name in rules.ORG_BARE_CONGRESSES and (text.startswith(rules.ORG_BARE_CONGRESS_NOT_BEFORE, match.end())
                                                 or _SESSION.match(text, match.end()) and text[begin - 1: begin] == "届"):
            continue  # 人大代表; 区六届人大三次会议, a session, which the congress holds
        if name in rules.ORG_INSTITUTION_NAMES and text.startswith(
                rules.ORG_MODEL_NOT_BEFORE + rules.ORG_INSTITUTION_NOT_BEFORE, match.end()):
            continue
        kind = OrgKind.INSTITUTION if name.endswith(_MASS_ORGANISATIONS) or name in rules.ORG_INSTITUTION_NAMES \
            else OrgKind.GOVERNMENT
        rule = rules.ORG_LEVEL_ORGAN_RULE_ID if level else rules.ORG_ORGAN_RULE_ID
        mentions.append(OrgMention(Span(begin, match.end(), name), name, kind, rule))
    return mentions


def _place_before(text: str, begin: int, level: str) -> int:
    """Where a level organ's name starts: at the place named with its level (宝安区 of 宝安区人民政府)."""
    places = gazetteer().by_name
    end = begin + len(level)
    for start in range(max(0, end - rules.PLACE_NAME_MAX), begin):
        if text[start:end] in places:
            return start
    return begin


def _whole_words(text: str, begin: int, end: int) -> bool:
    """Whether ``[begin, end)`` starts and ends between words of its clause (jieba)."""
    left = clause_start(text, begin, rules.CLAUSE_MAX)
    right = clause_end(text, end, rules.CLAUSE_MAX)
    offsets = {left + offset for offset in _offsets(_words(text[left:right]))}
    return begin in offsets and end in offsets


def _in_organisation_context(text: str, begin: int, end: int) -> bool:
    """A name without an ending the rules know counts in a clause about organisations, or in a list."""
    left = clause_start(text, begin, rules.CLAUSE_MAX)
    right = clause_end(text, end, rules.CLAUSE_MAX)
    clause = text[left:begin] + text[end:right]
    listed = text[begin - 1:begin] == "、" or text[end:end + 1] in ("、", "等")
    return listed or re.search(rules.ORG_MODEL_CONTEXT, clause) is not None


def _ends_in_a_verb(name: str) -> bool:
    """Whether a name without an ending closes on an activity, a verbal noun (在|华发展): firms'
    names end in nouns.  Other verbs may abbreviate an office's name (信联办: 联办)."""
    words = _words(name)
    return len(words) > 1 and len(words[-1]) > 1 and _tags().get(words[-1]) == "vn"


def _ordinary_phrase(name: str) -> bool:
    """Whether ``name`` is made of ordinary dictionary words (上海合作, 国家智能, 航天航空), not a proper name."""
    words = _words(name)
    tags = _tags()
    if len(words) == 1:
        return len(name) > rules.ORG_MODEL_SHORT and tags.get(name) in rules.ORG_MODEL_ORDINARY_TAGS
    return all(len(w) > 1 and tags.get(w) in rules.ORG_MODEL_ORDINARY_TAGS for w in words)


def _named_as_firm(name: str) -> bool:
    """天兵科技, 仕佳光子, 天章卫星: a proper word (not a kind's, not a place) before the word a
    firm's name ends with."""
    ending = next((w for w in _FIRM_WORDS if name.endswith(w)), None)
    if ending is None:
        return False
    head = name[: -len(ending)]
    if len(head) < 2 or any(word in head for word in _FIRM_WORDS):
        return False  # 人工智能科技: a field, not a name
    return not is_kind_of_organisation(head, "") and head not in gazetteer().by_name \
        and not head.startswith(rules.ORG_GENERIC_PREFIXES)


def _dictionary_words(name: str) -> bool:
    """城市更新, 数据, 能源发展: one word of the dictionary, or ordinary words; not a name."""
    return name in _tags() or _ordinary_phrase(name)


def _names_place(name: str, places: dict[str, Any]) -> bool:
    """静宁 for 静宁县: a place named without its ending."""
    return any(name + ending in places for ending in rules.PLACE_ENDINGS_DROPPED)


def _short_proper_name(name: str) -> bool:
    """顺丰, 美团, 万科 are names; 东盟, 人大 and 大众 are dictionary words; 深哈 pairs two places."""
    if all(c in rules.PLACE_ABBREVIATIONS for c in name):
        return False
    tag = _tags().get(name)
    return tag is None or tag in rules.ORG_MODEL_PROPER_TAGS


def _kind_by_meaning(name: str) -> OrgKind:
    if name.startswith(rules.ORG_INTERNATIONAL_PREFIXES):
        return OrgKind.INSTITUTION  # 联合国, 世界银行: no firm
    if name.endswith(rules.ORG_GOVERNMENT_ENDINGS):
        return OrgKind.GOVERNMENT
    if name.endswith(rules.ORG_INSTITUTION_ENDINGS):
        return OrgKind.INSTITUTION
    return OrgKind.ENTERPRISE


def _outermost(mentions: list[OrgMention]) -> list[OrgMention]:
    """One mention per span, and none inside a longer one (西安交通大学 inside 西安交通大学经济与金融学院).

    A span found twice (as a sub-organisation and by its ending) keeps the reading with a parent.
    """
    by_span: dict[Span, OrgMention] = {}
    for mention in mentions:
        if mention.span not in by_span or (mention.parent and not by_span[mention.span].parent) \
                or mention.rule == rules.ORG_KNOWN_ENTERPRISE_RULE_ID:  # 招商局 is a group, not a bureau
            by_span[mention.span] = mention
    # Longest first among spans starting at the same place; a span is inside another exactly
    # when an earlier one in this order reaches as far as it does.
    ordered = sorted(by_span.values(), key=lambda m: (m.span.begin, -m.span.end))
    kept: list[OrgMention] = []
    reach = -1
    for mention in ordered:
        if mention.span.end <= reach and not _firm_naming_its_body(mention, kept):
            continue
        kept.append(mention)
        reach = max(reach, mention.span.end)
    return kept


def _firm_naming_its_body(mention: OrgMention, kept: list[OrgMention]) -> bool:
    """空客|亚太地区唯一创新中心, 华为|深圳研究院: a known firm that starts the name of a body it runs
    (not a firm itself) is named too."""
    return (mention.rule == rules.ORG_KNOWN_ENTERPRISE_RULE_ID and bool(kept)
            and kept[-1].span.begin == mention.span.begin and kept[-1].kind != OrgKind.ENTERPRISE)


def _named_by_ending(text: str, titles: Regions) -> list[OrgMention]:
    mentions: list[OrgMention] = []
    for match in _SUFFIX_PATTERN.finditer(text):
        end = match.end()
        if titles.covers(match.start()) or (text.startswith(rules.ORG_NOT_BEFORE, end)
                                            and not text.startswith(rules.ORG_NOT_BEFORE_EXCEPT, end)):
            continue
        if text.startswith(rules.ORG_SUFFIX_NOT_BEFORE.get(match.group(), ()), end):
            continue
        if text[max(0, end - 4):end].endswith(rules.ORG_FALSE_ENDINGS):
            continue
        levels = rules.ORG_SUFFIX_NEEDS_LEVEL.get(match.group())
        if levels is not None and text[match.start() - 1:match.start()] not in levels:
            continue
        # A longer ending that continues here (委员会 inside 管理委员会) is found at its own end.
        if _SUFFIX_PATTERN.match(text, end) and text[end:end + 1] not in "（(":
            continue
        begin = _name_start(text, end, match.group())
        if begin is None:
            continue
        begin = _relative_start(text, begin, match.start(), match.group())
        if begin is None:
            continue
        begin = _after_a_kind(text, begin, match.start())
        if text[begin] in "-－":
            continue  # 市属医院-区属医院-社康中心: a chain of kinds, not partners
        if _is_not_a_name(text[begin:end], match.group()) or _counted(text, begin, end):
            continue
        if _action_on_a_kind(text[begin:match.start()]) or _verb_on_a_kind(text[begin:match.start()], match.group()):
            continue
        end = _qualifier_after(text, end)
        body = text[begin:end]
        if body.endswith(rules.ORG_BRANCH_OF):
            end = _branch_after(text, end)
        name = text[begin:end]
        kind = _KIND_OF_SUFFIX[match.group()]
        if name.startswith(rules.ORG_INTERNATIONAL_PREFIXES):
            kind = OrgKind.INSTITUTION  # 世界银行 is no firm
        # a campus or branch is part of its school or hospital
        parent = _parent_of(name) or (body if name != body else None)
        mentions.append(OrgMention(Span(begin, end, name), name, kind, f"org.suffix.{match.group()}", parent))
        mentions.extend(_sub_organisations(text, end, name))
    return mentions


def _counted(text: str, begin: int, end: int) -> bool:
    """新设2个岐黄中医学院, 新增街道长者服务中心2家, 90%的县医院: a name counted, before or after,
    or taken a share of, is a kind of which there are several, not one body."""
    last_of_a_list = text[begin - 1:begin] in rules.ORG_LIST_MARKS
    return bool(_PLURAL_COUNT.search(text, max(0, begin - 4), begin)
                or (not last_of_a_list and _COUNT_AFTER.match(text, end))
                or _SHARE_BEFORE.search(text, max(0, begin - 8), begin))


_LEVELS_LONGEST_FIRST = sorted(rules.ORG_RELATIVE_LEVELS, key=len, reverse=True)


def _after_a_kind(text: str, begin: int, ending: int) -> int:
    """新央企|中国长安汽车集团, 境外银行|大新银行: a kind of body said before the name (a kind
    noun, or a name made only of generic words with its ending) is not part of it."""
    head = text[begin:ending]
    words = _words(head)
    boundaries = _offsets(words)
    cut = 0
    for kind in rules.ORG_KIND_NOUNS:  # (not the 国企 of 美国|企业: it stands across two words)
        at = head.rfind(kind)
        if at in boundaries and at + len(kind) in boundaries and at + len(kind) < len(head):
            cut = max(cut, at + len(kind))
    for inner in _SUFFIX_PATTERN.finditer(head):
        if len(inner.group()) < inner.end() < len(head) and inner.end() in boundaries \
                and is_kind_of_organisation(head[:inner.end()], inner.group()):
            cut = max(cut, inner.end())
    return begin + cut if len(head) - cut >= 2 else begin


def _relative_start(text: str, begin: int, ending: int, suffix: str) -> int | None:
    """审计|区政府, 列席|区政府, 并报|区人大常委会: a government's organ named by its level alone
    starts at the level, unless a place stands before it (龙岗区政府)."""
    if suffix not in rules.ORG_RELATIVE_ORGANS:
        return begin
    for level in _LEVELS_LONGEST_FIRST:
        at = ending - len(level)
        if at > begin and text.startswith(level, at):
            if text[at - 1] in rules.ORG_LEVEL_NOT_AFTER:
                return None  # 高风险地|区政府: the level word is the end of another word
            return at if _place_before(text, at, level) == at else begin
    return begin


def _action_on_a_kind(head: str) -> bool:
    """健全学校, 开办幼儿园, 建设公办幼儿园: a verb or adjective before a bare ending, or before a
    generic word, says what is done to a kind of body; no name is there."""
    words = _words(head)
    if not words or words[0] in rules.ORG_NAME_VERBS:
        return False
    if len(words) == 1:
        return words[0] in _STOP_AND_PREPOSITIONS  # 加强学校; not 建设局, 平安医院, 通明公司
    tag = _tags().get(words[0], "")
    return (tag in ("a", "ad", "d") or tag.startswith("v")) and head[len(words[0]):].startswith(rules.ORG_GENERIC_PREFIXES)


def _verb_on_a_kind(head: str, suffix: str) -> bool:
    """减免|幼儿园, 创新推行|中小学: a verb right before an ending that names a kind of body."""
    if suffix not in rules.ORG_KIND_ENDINGS:
        return False
    words = _words(head)
    return bool(words) and _tags().get(words[-1]) == "v" and words[-1] not in rules.ORG_NAME_VERBS


def _name_start(text: str, end: int, suffix: str) -> int | None:
    """Walk back from a name's ending to its start: punctuation, a stop word or a real conjunction.

    A stop word counts only where it is a whole word of the text (segmented with jieba), so the
    以 of 以色列 or the 经 of 经济 does not cut a name; a one-character preposition before a level
    word (经市司法局) separates even where the segmenter glued it to that word.
    """
    floor = max(0, end - rules.ORG_MAX_NAME)
    window_start = end
    while window_start > floor:
        if _NAME_CHAR.match(text[window_start - 1]) or _joins_partners(text, window_start - 1):
            window_start -= 1
        elif (opening := _qualifier_before(text, window_start)) is not None:
            window_start = opening
        else:
            break
    window = text[window_start:end]
    words = _words(window)
    boundaries = frozenset(_offsets(words))
    begin = max(_cut_at_stop_word(window, boundaries, suffix), _cut_at_verb(words, len(suffix)))
    if window_start == floor and floor > 0 and _NAME_CHAR.match(text[floor - 1]) and begin == 0:
        begin = len(words[0])  # the window cut a word (引进|复旦大学…): its first word may be a fragment
    # 十一个安全生产专业委员会, 世界500强某集团: a name starts after the last count before it.
    counts = list(_LEADING_COUNT.finditer(window, begin))
    if counts:
        begin = counts[-1].end()
    # 十是华大基因研究院: an enumeration marker is not part of the name.
    marker = _MARKER.match(window, begin)
    if marker:
        begin = marker.end()
    if len(window) - begin < rules.ORG_MIN_NAME or not _CJK.match(window[begin]):
        return None
    return window_start + begin


def _joins_partners(text: str, at: int) -> bool:
    """清华-伯克利深圳学院: a hyphen between two Chinese characters joins the partners of one body
    (between digits it is a range, 2021-2025)."""
    return text[at] in "-－" and at > 0 and _CJK.match(text[at - 1]) is not None \
        and at + 1 < len(text) and _CJK.match(text[at + 1]) is not None


def _is_qualifier(inner: str) -> bool:
    """深圳, 龙岗, 中国, 集团: what a bracket inside or after a name may hold."""
    # (a place without its ending has two characters at least: 新 of 新校区 is no 新县)
    return (0 < len(inner) <= rules.ORG_BRACKET_MAX and _CJK.match(inner) is not None
            and (inner in rules.ORG_BRACKET_QUALIFIERS or inner in gazetteer().by_name
                 or len(inner) > 1 and any(inner + ending in gazetteer().by_name for ending in rules.PLACE_ENDINGS_DROPPED)))


def _qualifier_before(text: str, end: int) -> int | None:
    """Where a bracketed qualifier ending at ``end`` opens, if one does and a name goes on before it."""
    if text[end - 1:end] not in ("）", ")"):
        return None
    opening = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    if opening <= 0 or not _is_qualifier(text[opening + 1:end - 1]) or not _NAME_CHAR.match(text[opening - 1]):
        return None
    return opening


def _qualifier_after(text: str, end: int) -> int:
    """The end of a name with the bracketed qualifier right after it (…医院（龙岗）), or ``end``."""
    if text[end:end + 1] not in ("（", "("):
        return end
    closing = min((i for i in (text.find("）", end), text.find(")", end)) if i != -1), default=-1)
    if closing == -1 or not _is_qualifier(text[end + 1:closing]):
        return end
    return closing + 1


def _branch_after(text: str, end: int) -> int:
    """The end of a school's or hospital's name with its campus or branch (中山大学|深圳校区,
    省人民医院|南院), or ``end``."""
    if text.startswith(rules.ORG_BRANCH_COURTYARDS, end) and text[end + 2:end + 3] not in rules.ORG_BRANCH_ENDINGS[0]:
        return end + 2  # not 南院区: that is a campus
    for branch in rules.ORG_BRANCH_ENDINGS:
        at = text.find(branch, end, end + len(branch) + rules.ORG_BRACKET_MAX)
        if at == -1:
            continue
        qualifier = text[end:at]
        if not qualifier or qualifier in rules.ORG_BRANCH_QUALIFIERS or _is_qualifier(qualifier):
            return at + len(branch)
    return end


def _cut_at_stop_word(window: str, boundaries: frozenset[int], suffix: str) -> int:
    """Where the name starts within ``window`` (which ends with the name's ending)."""
    limit = len(window) - 1
    while True:
        stop, word = _last_stop_word(window[:limit], boundaries)
        if word in rules.ORG_NAME_VERBS and stop == len(window) - len(suffix):
            # A verbal noun right before the ending names what the body does (…合作中心,
            # 农商联合银行); alone before it, a kind (运营公司: see is_kind_of_organisation).
            limit = stop - len(word)
            continue
        if word is None or word not in rules.ORG_PREPOSITIONS or _separates_names(window, stop, word):
            return stop
        # A preposition inside one name (农业农村和林业管理中心, 经济技术开发区): look further left.
        limit = stop - 1


def _last_stop_word(text: str, boundaries: frozenset[int]) -> tuple[int, str | None]:
    """The end of the rightmost stop word or preposition in ``text`` that stands as a word."""
    best, best_word = 0, None
    for word in _STOP_AND_PREPOSITIONS:
        position = text.rfind(word)
        while position != -1 and not _stands_as_word(text, position, word, boundaries):
            position = text.rfind(word, 0, position)
        if position != -1 and position + len(word) > best:
            best, best_word = position + len(word), word
    return best, best_word


def _stands_as_word(text: str, position: int, word: str, boundaries: frozenset[int]) -> bool:
    # A stop word of two characters or more is a word wherever it stands (严厉查处 is one word
    # to the segmenter, yet ends the text before 长春长生公司); a single character only where
    # the segmenter reads it alone.
    if len(word) > 1:
        # …unless the segmenter reads it on into the next character (运营|商 of 运营商海口…局)
        return position + len(word) in boundaries or position + len(word) == len(text)
    if position in boundaries and position + 1 in boundaries:
        return True
    # 经市司法局: the segmenter reads 经市 as a word, yet 经 before a level word is a preposition.
    return len(word) == 1 and word in rules.ORG_PREPOSITIONS and text.startswith(rules.ORG_NAME_PREFIXES, position + 1)


_STOP_AND_PREPOSITIONS = tuple(dict.fromkeys(rules.ORG_STOP_WORDS + rules.ORG_PREPOSITIONS))


def _cut_at_verb(words: list[str], suffix_length: int) -> int:
    """Where the name starts after the rightmost verb, adjective or function word before it.

    Parts of speech come from jieba's dictionary (no guessing): 推行, 健全, 走进 end the text
    before a name; a verbal noun that names what a body does (管理, 服务, 检测) stands inside
    it, and any word right before the ending does (创新中心, 建设局).
    """
    tags = _tags()
    total = sum(len(w) for w in words)
    position = total
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        start = position - len(word)
        position = start
        if start >= total - suffix_length or _touches_ending(words, index, total - suffix_length):
            continue
        tag = tags.get(word, "")
        if word in rules.ORG_BUILDING_VERBS and _builds_what_follows(words, index, tags):
            return start + len(word)
        # Single characters are left to the stop words, which know 和 in 农业农村和林业 from 和 between names.
        if len(word) < 2 or word in rules.ORG_NAME_VERBS or not tag:
            continue
        if tag == "m" and word.startswith("第"):
            continue  # 龙岗区|第三|人民医院: an ordinal numbers bodies of one name
        if index + 1 < len(words) and words[index + 1].startswith("之"):
            continue  # 前海|幸福|之家养老院: a word 之 joins to what follows is part of the name
        if tag.startswith("v") and tag != "vn" and (_modifies_inside_a_name(words, index, tags)
                                                    or _acts_inside_a_name(words, index, tags)):
            continue  # 重庆|通用|人工智能研究院: a verb between a place and a noun qualifies the name
        if tag in rules.ORG_STOP_TAGS or (tag.startswith("v") and tag != "vn"):
            return start + len(word)
        # A verbal noun governs what follows when a verb precedes it or a proper name follows it
        # (建设|广西人工智能学院); inside a name it stands between common nouns (城乡建设局).
        following = tags.get(words[index + 1], "") if index + 1 < len(words) else ""
        if tag == "vn" and ((index > 0 and tags.get(words[index - 1], "").startswith("v"))
                            or following in rules.ORG_PROPER_TAGS):
            return start + len(word)
    return 0


def _modifies_inside_a_name(words: list[str], index: int, tags: dict[str, str]) -> bool:
    """A verb right after a place, or after the noun the text before the name's ending starts with,
    and before a noun (重庆|通用|人工智能研究院) is part of the name; elsewhere, or when it is a verb
    that governs names (支持重庆|打造|…研究院), it ends the text before the name."""
    if index == 0 or index + 1 >= len(words) or words[index] in rules.ORG_GOVERNING_VERBS:
        return False
    before, after = tags.get(words[index - 1], ""), tags.get(words[index + 1], "")
    # (深度|融入|粤港澳大湾区…: a verb before a place governs the name the place opens)
    return before in ("ns", "n", "nt", "nz") and (index - 1 == 0 or before == "ns") and after.startswith("n") \
        and after != "ns" and not words[index + 1].startswith(rules.ORG_NAME_ANCHORS)


def _builds_what_follows(words: list[str], index: int, tags: dict[str, str]) -> bool:
    """建设|工业互联网创新中心, 深圳建设|国际科技创新中心: to build or found governs the name after
    it; after a common noun it is part of a name (城市建设投资集团)."""
    if index == 0:
        return True
    before = words[index - 1]
    return (before in gazetteer().by_name or tags.get(before, "") not in rules.ORG_NOUN_TAGS
            or "".join(words[:index]).endswith(_ALL_ENDINGS))  # 东方理工大学|建设…: a body builds


def _acts_inside_a_name(words: list[str], index: int, tags: dict[str, str]) -> bool:
    """海南国际碳|排放|权交易中心, 国家技术|转移|郑州中心, 国际深空|探测|学会: a verb between nouns,
    after a run of nouns that opens with a place, a level or a proper name, says what the body
    deals in; the verb that governs a name stands before such a run, not inside it."""
    if index == 0 or index + 1 >= len(words) or words[index] in rules.ORG_GOVERNING_VERBS:
        return False
    following = words[index + 1]
    if following.startswith(rules.ORG_NAME_ANCHORS) or tags.get(following) == "nt" or not (
            tags.get(following, "").startswith("n") or following in rules.ORG_NAME_VERBS):
        return False  # …艺术展|走进|国家博物馆: a new name opens after the verb
    first = index
    while first > 0 and tags.get(words[first - 1], "") in rules.ORG_NOUN_TAGS:
        first -= 1
    run = "".join(words[first:index])
    if index - first < 2 or run.endswith(_ALL_ENDINGS + rules.ORG_ORGAN_NAMES):
        return False  # 长圳|预制学校 is a building; 居委会|下设…: a body that acts on another
    opening = words[first]
    return (tags.get(opening, "") in rules.ORG_ANCHOR_TAGS or opening in rules.ORG_NAME_ANCHORS
            or opening in gazetteer().by_name or opening in gazetteer().county_short_names)


def _touches_ending(words: list[str], index: int, ending_start: int) -> bool:
    """Whether ``words[index]`` ends where the name's ending begins."""
    return sum(len(w) for w in words[: index + 1]) == ending_start


def _words(window: str) -> list[str]:
    """The words of ``window`` by jieba's dictionary (no HMM guessing, so the same text always
    splits the same way)."""
    return [part for word in _jieba().cut(window, HMM=False) for part in rules.ORG_RESEGMENTED.get(word, (word,))]


def _offsets(words: list[str]) -> list[int]:
    offsets = [0]
    for word in words:
        offsets.append(offsets[-1] + len(word))
    return offsets


def _jieba() -> "ModuleType":
    return jieba_module()


@lru_cache(maxsize=1)
def _tags() -> dict[str, str]:
    """Each dictionary word's part-of-speech tag (jieba.posseg's table)."""
    _jieba()
    import jieba.posseg

    table: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return table


_ALL_ENDINGS = tuple(s.suffix for s in _SUFFIXES)
_FIRM_NAME_ENDINGS = tuple(s.suffix for s in _SUFFIXES if s.suffix.endswith("有限公司"))


def _separates_names(window: str, after: int, word: str) -> bool:
    left, right = window[: after - len(word)], window[after:]
    if left == "" or right.startswith(rules.ORG_NAME_PREFIXES):
        return True
    # A firm's registered name is complete at its ending (…有限公司为…公司): nothing but a new
    # name follows a preposition there.
    if left.endswith(_FIRM_NAME_ENDINGS):
        return True
    # Only a conjunction can follow a complete name: 甲局和乙局, 企业与乙学院.
    return word in rules.ORG_CONJUNCTIONS and (
        left.endswith(tuple(s.suffix for s in _SUFFIXES)) or left.endswith(rules.ORG_COLLECTIVE_NOUNS)
        or left.endswith(rules.ORG_PLACE_BEFORE_CONJUNCTION + rules.ORG_COMPLETE_BEFORE_CONJUNCTION)
        or left.endswith(rules.ORG_ORGAN_NAMES)  # 人大和政协: two organs
    )


def _is_not_a_name(name: str, suffix: str = "") -> bool:
    if name.startswith(rules.ORG_CONJUNCTIONS + rules.ORG_BAD_STARTS) or _COUNT_INSIDE.search(name):
        return True
    if name in rules.ORG_GENERIC_NAMES or name.endswith(rules.ORG_NOT_NAMES + rules.ORG_VENUE_ENDINGS) \
            or len(name) < rules.ORG_MIN_NAME - 1:
        return True
    if name.startswith(rules.ORG_GENERIC_PREFIXES) or is_kind_of_organisation(name, suffix):
        return True
    return name.endswith("中心") and not _without_seat(name[:-2]).endswith(rules.ORG_CENTRE_FUNCTIONS)


def _without_seat(head: str) -> str:
    """国家技术转移|郑州|中心, 国家技术转移|中部|中心: the seat or region a centre serves, written
    before 中心, does not say what it does; the words before it do."""
    for region in rules.ORG_REGION_WORDS:
        if head.endswith(region):
            return head[: -len(region)]
    places = [found for found in gazetteer().find(head) if found.end == len(head)]
    return head[: min(found.begin for found in places)] if places else head


def is_kind_of_organisation(name: str, suffix: str) -> bool:
    """A name made only of generic words (国家重点实验室, 大型商业银行, 区域养老服务中心) names a
    kind of organisation, not one: nothing in it says which (no place, level word or proper name)."""
    head = name[: len(name) - len(suffix)] if suffix and name.endswith(suffix) else name
    if not head or head in rules.ORG_KIND_LEVELS:
        return True  # 省市党委: the bodies of two levels
    if suffix in rules.ORG_KIND_AFTER_PLACE and head in gazetteer().by_name:
        return True  # 与北京市学校结对: the schools of the place
    if suffix in rules.ORG_SPECIFIC_SUFFIXES:
        return False
    if any(word in head for word in rules.ORG_DESIGNATIONS):
        return True  # 国家级制造业创新中心: a designation, held by whichever body earned it
    # 市疾控中心 is the city's own; 街道司法所 is every street's.
    first = _words(head)[0]
    if first in rules.ORG_OWN_LEVELS and not suffix.endswith(rules.ORG_DESIGNATED_SUFFIXES):
        return False
    rest = head[len(first):] if first in rules.ORG_OWN_LEVELS else head
    changed = True
    while changed and rest:
        changed = False
        for word in _GENERIC_WORDS:
            if rest.startswith(word):
                rest, changed = rest[len(word):], True
                break
    return not rest


# 特殊教育和三甲医院: kinds joined by a conjunction are a kind too.
_GENERIC_WORDS = tuple(sorted(rules.ORG_GENERIC_WORDS + ("和", "及", "与"), key=len, reverse=True))


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
        if suffix is None or not _CJK.match(name) or name in rules.ORG_GENERIC_NAMES:
            return []  # not a list of names: an ordinary parenthesis, or 学校（集团）
        begin = part_begin + part.index(name)
        mentions.append(OrgMention(Span(begin, begin + len(name), name), name, suffix.kind, "org.sub-organisation", parent))
    return mentions


def _listed_names(text: str, titles: Regions) -> list[OrgMention]:
    """The items of 甲、乙、丙等N家企业 (and 等N所院校): names whatever their ending."""
    mentions: list[OrgMention] = []
    kinds = {noun: rule for rule in rules.ORG_ENUMERATION_RULES for noun in rule.nouns}
    for match in _LIST.finditer(text):
        noun = match.group("noun")
        praised = re.match(rules.ORG_PRAISED_FIRMS, noun) is not None  # 等优质企业: firms praised as firms
        # The noun may run on into the verb after it (等优质企业落地): a kind noun inside it counts.
        kind_noun = next((n for n in sorted(kinds, key=len, reverse=True)
                          if noun.startswith(n) or noun.endswith(n) or (praised and n in noun)), None)
        rule = kinds[kind_noun] if kind_noun else None
        if rule is None or titles.covers(match.start()):
            continue
        # Without a count (甲、乙等企业) a list may name kinds (法律、会计等服务企业): only nouns
        # that always follow names (等央企, 等外资项目) are trusted then, or items named as firms
        # are (天兵科技、天章卫星等商业航天企业).
        # (等行业龙头企业, 等重大外资项目 too: such a noun qualified)
        trusted = bool(match.group("count")) \
            or re.sub(rules.ORG_LIST_NOUN_QUALIFIERS, "", noun).startswith(rules.ORG_COUNTLESS_LIST_NOUNS) or praised
        if not trusted and rule.kind != OrgKind.ENTERPRISE:
            continue
        # 等一批主业企业 counts nothing: its list may name sectors (能源发展、数据、城市更新); but a
        # batch of 龙头企业 is a batch of firms.
        a_batch = re.fullmatch(r"一\s*批", match.group("count") or "") is not None \
            and not noun.startswith(rules.ORG_COUNTLESS_LIST_NOUNS)
        # Without a count, a list before 等领军企业 may name sectors too (电子信息、装备制造).
        uncounted = not match.group("count")
        # 合成生物、脑科学等未来产业企业: the items name industries; only a firm's ending makes a firm.
        of_sectors = re.search(rules.ORG_SECTOR_NOUN, noun) is not None
        start = _list_clause_start(text, match.start())
        items = _list_items(text, start, match.start())
        if kind_noun in rules.ORG_HEADQUARTERS_NOUNS or (rule.kind == OrgKind.ENTERPRISE and any(
                text.endswith(rules.ORG_HEADQUARTERS, begin, end) for begin, end in items)):
            # 周大福总部大厦、深圳农商行等总部项目, 中资信创总部、中汽新能总部等央企资源: a headquarters
            # is named by its firm
            items = [(begin, at) if (at := text.find(rules.ORG_HEADQUARTERS, begin, end)) > begin + 1 else (begin, end)
                     for begin, end in items]
        elif kind_noun and kind_noun.endswith(rules.ORG_PROJECT_NOUN):
            items = [firm for begin, end in items if (firm := _firm_of_project(text, begin, end))]
        if items:
            # 提速|市新华医院等3家市级医院, 后海片区聚集|中铁南方等总部企业: a verb before the first
            # item acts on the list's items; the name starts after the last one
            first_begin, first_end = items[0]
            items[0] = (first_begin + _after_last_verb(_words(text[first_begin:first_end])), first_end)
        for begin, end in items:
            name = text[begin:end]
            if is_kind_of_organisation(name, "") or (a_batch and _dictionary_words(name)):
                continue
            if uncounted and _dictionary_words(name) and not _named_as_firm(name):
                continue
            if not trusted and not _named_as_firm(name):
                continue
            suffix = next((s.suffix for s in _SUFFIXES if name.endswith(s.suffix)), "")
            if of_sectors and not suffix:
                continue
            kind = _KIND_OF_SUFFIX[suffix] if suffix else rule.kind
            if not suffix and name.endswith(rules.ORG_INSTITUTION_ENDINGS):
                kind = OrgKind.INSTITUTION  # 中兴、迈瑞、深大、南科大等12家企业: 深大 is a university
            mentions.append(OrgMention(Span(begin, end, name), name, kind, rule.id, _parent_of(name)))
    return mentions


def _after_last_verb(words: list[str]) -> int:
    """Where a list's first item starts: after the last verb of two characters or more (not one
    that names what a body does, 投资) with a word of the name after it."""
    position, cut = 0, 0
    for index, word in enumerate(words[:-1]):
        position += len(word)
        tag = _tags().get(word, "")
        if len(word) > 1 and tag.startswith("v") and tag != "vn" and word not in rules.ORG_NAME_VERBS:
            cut = position
    return cut


def _firm_of_project(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """埃克森美孚惠州乙烯, 巴斯夫湛江一体化基地, 亿纬锂能沈阳工厂, 华晨宝马全新动力电池: a project
    is named by its firm, then where and what.  The firm is the known name the project's name
    starts with; else what stands before a place inside it; else the words before the first
    common word (with a word of trade after it: 恒力|重工); a short name with none of these is
    the firm's whole name (SK海力士)."""
    name = text[begin:end]
    # 华锦|阿美: two known names side by side (a joint venture's) are one
    starts: dict[int, int] = {}
    for last, (known, _listed) in _enterprise_automaton().iter(name):
        starts[last + 1 - len(known)] = max(starts.get(last + 1 - len(known), 0), len(known))
    if 0 in starts:
        joined = 0
        while joined in starts:
            joined += starts[joined]
        return begin, begin + joined
    places = gazetteer().by_name
    at = next((i for i in range(rules.ORG_MODEL_MIN, len(name) - 1)
               if any(name[i:i + k] in places for k in (2, 3, 4))), None)
    if at is None:
        tags, head = _tags(), 0
        for word in _words(name):
            if head >= rules.ORG_MODEL_MIN and tags.get(word) in rules.ORG_PROJECT_COMMON_TAGS:
                at = head + (len(word) if word in _FIRM_WORDS else 0)
                break
            head += len(word)
    if at is None:
        return (begin, end) if len(name) <= rules.ORG_PROJECT_WHOLE_MAX else None
    return begin, begin + at


_PROJECT_LIST = re.compile(rules.ORG_PROJECT_LIST_PATTERN.format(cn=rules.CN_DIGITS))
_PROJECT_FIRM = re.compile(rules.ORG_PROJECT_FIRM)


def _project_firms(text: str, titles: Regions) -> list[OrgMention]:
    """The firms of a list of projects (中核汇能通榆、华电榆树、天楹辽源等5个…项目), when most items
    of the list are named by a firm before a place or a size: only then is the list one of firms'
    projects (道路、学校等民生项目 is not)."""
    mentions: list[OrgMention] = []
    for match in _PROJECT_LIST.finditer(text):
        if titles.covers(match.start()):
            continue
        start = _list_clause_start(text, match.start())
        items = _project_items(text, start, match.start())
        firms = [firm for begin, end in items if (firm := _firm_before_place_or_size(text, begin, end))]
        known = [item for item in items if _starts_with_known_firm(text[item[0]:item[1]])]
        if not _most(len(firms) + len(known), len(items)):
            continue  # most items named by a firm, not one by chance
        if not _most(len(firms), len(items)):
            # 奇瑞乘用车技改、比亚迪新能源商用车、中州时代电池三期: known firms make it a list of
            # firms' projects, and the others are read by their first words
            firms = [firm for begin, end in items
                     if not any(word in text[begin:end] for word in rules.ORG_PROJECT_ROUTE_WORDS)
                     and (firm := _firm_before_place_or_size(text, begin, end) or _firm_of_project(text, begin, end))
                     and _proper_firm(text[firm[0]:firm[1]])]
        for begin, end in firms:
            name = text[begin:end]
            mentions.append(OrgMention(Span(begin, end, name), name, OrgKind.ENTERPRISE, rules.ORG_PROJECT_LIST_RULE_ID))
    return mentions


def _project_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """甲、乙、丙 of a list of projects: items may hold sizes (8英寸) and run longer than names."""
    items: list[tuple[int, int]] = []
    offset = start
    for index, part in enumerate(_LIST_SEPARATORS.split(text[start:end])):
        begin, item_end = offset, offset + len(part)
        offset = item_end + 1
        if index == 0:
            begin += cut_after_last(part, _LONG_LEAD_WORDS)
            begin += _cut_at_verb(_words(text[begin:item_end]), 0)  # 扎实抓好|富士康广州10.5代
        if not 2 <= item_end - begin <= rules.ORG_PROJECT_ITEM_MAX:
            return []
        items.append((begin, item_end))
    return items


def _most(named: int, items: int) -> bool:
    return named >= 2 and 2 * named >= items


def _starts_with_known_firm(item: str) -> bool:
    return any(last + 1 == len(known) for last, (known, _listed) in _enterprise_automaton().iter(item))


def _proper_firm(firm: str) -> bool:
    """A firm's name: a proper word, alone or before a word of trade (中州|时代, 恒力|重工)."""
    places = gazetteer()
    trade = next((w for w in _FIRM_WORDS if firm.endswith(w) and len(firm) - len(w) >= rules.ORG_MODEL_MIN), "")
    stem = firm[:len(firm) - len(trade)]
    return bool(_CJK.match(firm)) and not _ordinary_phrase(stem) and not is_kind_of_organisation(firm, "") \
        and firm not in places.by_name and firm not in places.county_short_names and _short_proper_name(firm) \
        and not any(word in firm for word in rules.ORG_PROJECT_NOT_FIRM)


def _firm_before_place_or_size(text: str, begin: int, end: int) -> tuple[int, int] | None:
    """国电投|大安, 华电|榆树, 天楹|辽源, 埃克森美孚|惠州|乙烯, 安意法|8英寸…: the proper name
    before the place the project stands in or before its size."""
    item = text[begin:end]
    if any(word in item for word in rules.ORG_PROJECT_ROUTE_WORDS):
        return None
    places = gazetteer()
    at = next((i for i in range(rules.ORG_MODEL_MIN, len(item) - 1)
               if any(item[i:i + k] in places.by_name or item[i:i + k] in places.county_short_names
                      for k in (2, 3, 4) if i + k <= len(item))), None)
    if at is None and (size := _PROJECT_FIRM.match(item)):
        at = size.end("firm")
        if item.endswith("第", 0, at):
            at -= 1  # 华星光电|第11代
    if at is None:
        return None
    return (begin, begin + at) if _proper_firm(item[:at]) else None


def _listed_on_exchange(text: str, titles: Regions) -> list[OrgMention]:
    """The names before 成功上市 / 在科创板上市 / 登陆北交所 (天有为、大鹏工业成功上市)."""
    mentions: list[OrgMention] = []
    for match in _LISTING.finditer(text):
        if titles.covers(match.start()):
            continue
        start = _list_clause_start(text, match.start())
        items = _list_items(text, start, match.start())
        # The name stands right before the verb (天有为、大鹏工业成功上市); 小升规、规做精、优上市 is no list of names.
        if not items or text[items[-1][1]:match.start()].strip():
            continue
        names = [text[begin:end] for begin, end in items]
        if any(not _listable_firm(name) for name in names):
            continue
        mentions.extend(OrgMention(Span(begin, end, name), name, OrgKind.ENTERPRISE, rules.ORG_LISTING_RULE_ID,
                                   _parent_of(name)) for (begin, end), name in zip(items, names))
    return mentions


def _listable_firm(name: str) -> bool:
    """A name that can be listed on an exchange: not a kind (中小微企业), not where it lists
    (科创板), not a place, a count or one dictionary word (更名), not a body of the state."""
    if (is_kind_of_organisation(name, "") or name.endswith(rules.ORG_LISTING_NOT_ITEMS) or name.endswith("企业")
            or name in gazetteer().by_name or name in _tags() or re.search(r"[\d一二三四五六七八九十两几多]", name)):
        return False
    suffix = next((s.suffix for s in _SUFFIXES if name.endswith(s.suffix)), "")
    return not suffix or _KIND_OF_SUFFIX[suffix] == OrgKind.ENTERPRISE


_LONG_LEAD_WORDS = tuple(w for w in rules.ORG_LIST_LEAD_WORDS if len(w) > 1)


def _lead_word_stands(part: str, cut: int) -> bool:
    """Whether the word before ``cut`` that ends the lead of a list is a word of its own to the
    segmenter (not the 和 of 仁和寿险)."""
    if cut == 0:
        return True
    offsets = set(_offsets(_words(part)))
    lead = max((w for w in rules.ORG_LIST_LEAD_WORDS if part.endswith(w, 0, cut)), key=len, default="")
    return cut in offsets and cut - len(lead) in offsets


def _list_clause_start(text: str, end: int) -> int:
    """Where the clause of a list of names before ``end`` starts: a list never runs over a comma,
    a colon or a bracket."""
    return clause_start(text, end, rules.CLAUSE_MAX, boundary="。；;！？!?，,：:（）()\n")


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split 甲、乙、丙 into item spans; the first item starts after the clause's last verb."""
    items: list[tuple[int, int]] = []
    offset = start
    parts = _LIST_SEPARATORS.split(text[start:end])
    for index, part in enumerate(parts):
        begin, item_end = offset, offset + len(part)
        offset = item_end + 1
        if index == 0:
            cut = cut_after_last(part, rules.ORG_LIST_LEAD_WORDS)
            if (len(part) - cut < 2 and len(parts) > 1) or not _lead_word_stands(part, cut):
                # 天有为、大鹏工业: a one-character word inside the first name is not the verb before
                # it, nor is one the segmenter reads inside a word (仁和寿险)
                cut = cut_after_last(part, _LONG_LEAD_WORDS)
            begin += cut
        name = text[begin:item_end].strip()
        if not name or not _CJK.match(name) or len(name) > rules.ENUMERATION_ITEM_MAX or len(name) < 2:
            continue
        begin = text.index(name, begin)
        items.append((begin, begin + len(name)))
    return items
