"""Answer a question over a graph: understand it, pick what is asked, query with bound values.

``answer(question, store)`` returns an :class:`Answer`: the kind, the SPARQL that found its
main rows (values written in a VALUES block, never spliced), and items each with ``iri``,
``label``, ``type``, ``text``, ``path``, ``report`` and ``source`` (the exact source text).
What is asked is decided from the linked names and the cue words (``decide``); when nothing
links, passages are ranked by relevance; when the graph holds nothing on the question, the
answer says so (``absent``) instead of listing unrelated items.
"""

from __future__ import annotations

import copy
from collections import Counter

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from ..extract.rules.documents import TITLE_RULE_ID
from ..extract.structure import admits_problems
from ..graph.names import Entity, Names
from ..graph.network import most_specific_type
from ..graph.sparql import IRI, Query, Row
from . import queries
from . import vocabulary as words
from ..extract.numerals import chinese_to_int
from .index import FigureInfo, QuestionIndex, Unit, as_int, fold, question_index, tokens
from .understand import (ALTERNATIVE, MAGNITUDES, Understanding, alternatives, expansions, is_dictionary_noun, is_noun,
                         is_verb, language, names_a_thing, quoted_names, segmented, understand, without_idle_ji,
                         word_tag)

if TYPE_CHECKING:
    from ..graph.store import GraphStore

DEFAULT_TOP = 10
MAX_TARGETS = 5  # a partial title may match several documents; answer for at most this many
CONTEXT_CHARS = 30  # characters of the unit's text shown on each side of a figure
MAX_PASSAGES = 5  # passages in a topic answer
MAX_CLAIM_PASSAGES = 20  # passages about a yes/no question searched for what it claims
MAX_FIGURES = 5
MIN_COVERAGE = 0.5  # share of a question's terms a passage or figure must hold to answer it
SYNONYM_WEIGHT = 0.8  # a term found through a synonym
DECLINE_REACH = 40  # characters after a term in which its 下降 may stand
BOUND_PENALTY = 0.02  # a threshold (突破, 超过) ranks after the exact figure beside it
ELSEWHERE_PENALTY = 0.03  # a figure whose own clause says none of the words ranks after one whose does
HEAD_ELSEWHERE_PENALTY = 0.25  # …and far after, when what is counted is said only in another clause
PER_REPORT = 2  # figures per report in a comparison
# Figures weighed closely per question, best by BM25 first: every figure of one report, and on a
# corpus of reports (tens of thousands) those that share most words with the question.
MAX_CANDIDATES = 5000
COMMON_TERM_SHARE = 0.3  # a word in this share of a graph's passages names no topic of its own
NUMBER_NEAR = 15  # characters after a term in which a passage must give a number to answer how much
HEADING_DISCOUNT = 0.01  # an item that holds the words itself ranks before one whose heading holds some
OWN_MEASURE_LENGTH = 4  # characters of a figure's phrase that name a measure, not a word on the one before
STREAK_PENALTY = 0.25  # …and a level held for years ranks after the year's figure said through a synonym
PART_PENALTY = 0.01  # a figure of a part (地方财政赤字) ranks after the whole (财政赤字) beside it
PLAN_PENALTY = 0.05  # a planned figure ranks after an achieved one unless plans are asked about
AFTER_REACH = 20  # characters after a figure that may name what it counts
NEAR_REACH = 4  # clauses back a bare growth may reach for the amount it is the growth of
SPECIFIC_NAME = 4  # characters of a term that names one thing (燃料电池, 自由贸易试验区), no asker's word
YES_COVERAGE = 0.75  # share of a yes/no question's terms one passage must hold for a yes


@dataclass
class Item:
    """One answer: an entity, text unit, figure or path, with the exact text it came from."""

    iri: str | None
    label: str
    type: str
    text: str | None = None
    path: str | None = None
    source: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "label": self.label, "type": self.type, "text": self.text,
                "path": self.path, "source": self.source, **self.extra}


@dataclass
class Answer:
    """What ``kg ask`` prints: the recognised kind, the queries run and the items found."""

    question: str
    kind: str | None
    pattern: str | None = None
    summary: str = ""
    items: list[Item] = field(default_factory=list)
    queries: list[Query] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    understood: bool = True
    lang: str = "en"
    forms: list[tuple[words.Kind, str, str]] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    yes: bool | None = None  # the answer to a yes/no question
    absent: bool = False  # the graph does not hold what was asked

    @property
    def sparql(self) -> str:
        """The one query that found this answer's rows, runnable as is with ``kg query``."""
        if not self.queries:
            return ""
        main = next((q for q, n in zip(self.queries, self.counts) if n), self.queries[0])
        return main.shown()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "question": self.question, "kind": self.kind, "pattern": self.pattern, "understood": self.understood,
            "summary": self.summary, "sparql": self.sparql, "queries": [q.shown() for q in self.queries],
            "answers": [item.to_json() for item in self.items], "suggestions": self.suggestions,
            "absent": self.absent,
        }
        if self.yes is not None:
            data["yes"] = self.yes
        if not self.understood:
            data["forms"] = [{"kind": k.id, "summary": k.summary, "zh": zh, "en": en} for k, zh, en in self.forms]
        return data


class Context:
    """A store, its question index, the queries run so far, and the question understood."""

    def __init__(self, store: "GraphStore", question: str) -> None:
        self.store = store
        self.queries: list[Query] = []
        self.counts: list[int] = []
        self.names = Names(store)
        self.index: QuestionIndex = question_index(store)
        self.q: Understanding = understand(question, self.index)
        self.reports = {r.iri: r for r in self.index.reports}
        self.plan_headings: set[tuple[str, str]] | None = None  # (report, path) of sections holding plans
        self.headings: dict[tuple[str, str], str] | None = None  # (report, path) of a section: its heading
        self.horizon = _horizon(self.q, self.index)  # years after the latest report's (到2030年), once

    def run(self, text: str, **bindings: str | IRI | int) -> list[Row]:
        query = Query(text, dict(bindings))
        rows = self.store.select(query)
        self.queries.append(query)
        self.counts.append(len(rows))
        return rows

    @property
    def lang(self) -> str:
        return self.q.lang

    def in_scope(self, report: str | None) -> bool:
        return self.q.reports is None or report in {r.iri for r in self.q.reports}

    def many_reports(self) -> bool:
        return len(self.index.reports) > 1


def ask(question: str, graph_path: Path, *, use_cache: bool = True) -> Answer:
    """Answer ``question`` (Chinese or English) from the graph file at ``graph_path``."""
    from ..graph.store import open_store

    return answer(question, open_store(graph_path, use_cache=use_cache))


def question_forms(store: "GraphStore") -> list[tuple[words.Kind, str, str]]:
    """Every kind with an example in each language, using names this graph actually holds."""
    names = dict(words.EXAMPLE_FALLBACKS)
    for row in store.select(Query(queries.EXAMPLE_NAMES)):
        if row["kind"] and row["name"]:
            names[row["kind"]] = row["name"]
    return [(kind, *kind.examples(names)) for kind in words.KINDS]


def answer(question: str, store: "GraphStore") -> Answer:
    """Answer ``question`` from an open store."""
    context = Context(store, question)
    kind = decide(context.q)
    if kind is None:
        lang = language(question)
        return Answer(question=question, kind=None, understood=False, lang=lang,
                      summary=message("not-understood", lang, name=question),
                      suggestions=context.names.closest(question), forms=question_forms(store))
    parts = _figure_parts(question) if kind in ("figures", "compare") else []
    unheld = _unheld_in_field(context.q) if kind in ("topic", "plans", "problems") else None
    if unheld:
        result = _absent(context, unheld)  # 冰雪经济、冰雪运动有什么部署: no report speaks of 冰雪
    else:
        result = _figures_of_parts(context, parts, store) if len(parts) > 1 else HANDLERS[kind](context)
    result.question, result.lang = question, context.lang
    result.pattern = result.pattern or f"{kind}:" + ",".join(context.q.cues)
    result.queries, result.counts = context.queries, context.counts
    if context.many_reports():
        _name_reports(context, result.items)
    return result


def message(key: str, lang: str, **values: object) -> str:
    """A summary line from MESSAGES in the question's language."""
    return words.MESSAGES[key].get(lang, words.MESSAGES[key]["en"]).format(**values)


# --- deciding what is asked ----------------------------------------------------------------


def decide(q: Understanding) -> str | None:
    """The kind of answer: from the linked names and the strongest cues, in this order."""
    documents, others = q.documents, q.others
    if q.section and not q.strength("ranking"):
        return "section"
    if any(not link.entities for link in q.links):
        return "citing" if q.strength("citing") or _asks_for_units(q) else "document"  # a 文号 the graph lacks
    if q.strength("ranking") and (q.strength("citing") or q.strength("mentions") or _ranking_noun(q)):
        return _ranking_kind(q)
    if len(q.entities) >= 2 and q.strength("connection"):
        return "connection"
    if _asks_report_facts(q):
        return "report"
    if others and q.strength("mentions") and not q.strength("yesno"):
        return "mentions"  # 北京数据集团在报告里出现了几次？分别在讲什么？
    if q.strength("yesno") and (q.terms or q.entities):
        # 有没有给出…是多少: the figure, or that the report does not give it.
        # (…的具体件数, 数字: a number asked for as well as 多少)
        asks_number = "多少" in q.text or any(w in q.text for w in words.NUMBER_ASKED_WORDS)
        return "figures" if (q.strength("figure") or asks_number) and q.comparison is None and asks_number else "yesno"
    if q.strength("compare") and _asks_list(q) and not q.strength("figure"):
        return "list"  # 民生实事分别由哪些部门牵头: each named, whichever report
    if q.strength("compare") and (q.terms or q.entities):
        return "compare" if not others or q.strength("figure") else "mentions"
    if documents:
        if q.strength("citing") or _asks_for_units(q):
            return "citing"
        if q.strength("figure") and not q.strength("document"):
            return "figures"
        return "document"
    if _asks_list(q) and not any(q.strength(i) for i in ("problems", "plans", "figure")):
        return "list"
    if _asks_list(q) and _list_classes(q) == ("Document",) and not q.strength("figure"):
        return "list"  # which documents, laws and plans: plans named as a kind of document
    if others and not q.strength("figure") and not q.strength("problems") and not q.strength("plans"):
        return "mentions"
    # 关于地方政府债务风险，报告说了些什么: a risk named as the topic asks what is said of it
    risks_only = q.cues.count("problems.zh.risk") == sum(c.startswith("problems") for c in q.cues)
    # …or counted: 整改掉的安全隐患一共多少项 asks a number of risks dealt with
    risk_as_topic = risks_only and (re.search(words.RISK_AS_TOPIC, q.text) is not None or bool(q.strength("figure")))
    # 针对堵车问题，打算治理哪些路段: a problem to be solved is what the plans are about
    problem_to_solve = q.strength("plans") > 0 and re.search(words.PROBLEM_TO_SOLVE, q.text) is not None
    issue_as_topic = re.search(words.ISSUE_AS_TOPIC, q.text) is not None
    problem_words = [w for cue in words.CUES if cue.intent == "problems" for w in cue.words if w in q.text]
    gap_measured = bool(q.strength("figure")) and bool(problem_words) \
        and all(w in words.MEASURABLE_PROBLEM_WORDS for w in problem_words)
    if q.strength("problems") and q.strength("problems") >= q.strength("plans") and not risk_as_topic \
            and not problem_to_solve and not issue_as_topic and not gap_measured:
        return "problems"
    if q.strength("plans"):
        # 打算做什么、学位准备加多少: the plans, whose text holds the numbers; 安排了多少钱: a figure.
        asks_what = q.says(words.WHAT_WORDS)
        return "figures" if q.strength("figure") and not asks_what and q.terms else "plans"
    if q.strength("figure") and (q.terms or others):
        return "figures"
    if q.terms or others:
        return "mentions" if q.strength("mentions") and not q.strength("topic") else "topic"
    return None


def _asks_report_facts(q: Understanding) -> bool:
    if q.says(words.REPORT_FACTS_WORDS):
        return True
    if not q.fields or q.strength("figure") > 1.5:
        return False
    if "list.zh" in q.cues:
        return False  # 出席了哪些峰会和会议: meetings listed, not the one the report was delivered at
    if q.strength("yesno") and q.strength("mentions"):
        return False  # 是否提到APEC领导人非正式会议: whether a thing is spoken of, not the report's occasion
    if q.entities and not all(e.type in ("GovernmentBody", "Organization", "Person") for e in q.entities):
        return False  # 某文件的文号 is a document's number, not the report's (叶建春代表哪个机构 is its speaker's)
    about_report = q.says(words.REPORT_WORDS) or not q.terms
    if {"issuer", "date"} & set(q.fields) and not q.entities and not about_report:
        return False  # 哪个单位负责…, …什么时候开通: a topic's bodies or time, not the report's issuer or date
    if "signer" in q.fields and q.lang == "en" and not q.says(words.SIGNER_NOUNS_EN) and not about_report:
        return False  # vaccine projects, signed in front of the presidents: the projects were signed
    return about_report or set(q.fields) <= {"signer", "speaker", "date", "issuer"}


def _asks_for_units(q: Understanding) -> bool:
    """哪项工作 / 哪些措施 / which measures: the units, not the document's facts."""
    return any(w in q.text for w in ("哪项", "哪些措施", "哪条", "哪个措施", "哪几项")) or "which measure" in q.spaced


def _ranking_noun(q: Understanding) -> bool:
    return q.says(words.RANKING_DOCUMENT_WORDS + words.RANKING_ORGANISATION_WORDS
               + words.RANKING_MEASURE_WORDS)


def _ranking_kind(q: Understanding) -> str:
    """哪些措施引用的文件最多 ranks measures; 提到最多的机构 organisations; else documents."""
    text = q.spaced
    if any(w in text for w in words.RANKING_MEASURE_WORDS):
        return "top-measures"
    documents = any(w in text for w in words.RANKING_DOCUMENT_WORDS)
    if any(w in text for w in words.RANKING_ORGANISATION_WORDS) and not documents:
        return "top-organisations"
    if documents or q.strength("citing"):
        return "top-documents"
    return "top-organisations" if q.strength("mentions") else "top-documents"


def _asks_list(q: Understanding) -> bool:
    """哪些企业, 企业都有哪些, 列出…文件, which enterprises: a list word next to a kind's noun
    (not inside a name: 哪些措施提到了某集团), and not a question about something (关于…)."""
    if q.says(words.LIST_NOT_AFTER):
        return False
    # 条例（包括已落实的和准备出台的）都列一下: what the brackets add stands between the kind and the list word
    text = re.sub(r"[（(][^（）()]*[）)]", "", q.spaced)
    for entity in q.entities:
        text = text.replace(fold(entity.label), " ")
    nouns = "|".join(re.escape(n) for group, _classes in words.LIST_KINDS for n in group)
    return re.search(words.LIST_PATTERN.format(nouns=nouns), text) is not None


def _list_classes(q: Understanding) -> tuple[str, ...]:
    for nouns, classes in words.LIST_KINDS:
        if any(noun in q.spaced for noun in nouns):
            return classes
    return ()


# --- entity questions ------------------------------------------------------------------------


def _citing_or_mentions(context: Context) -> Answer:
    """Units that cite the named document, or mention the named organisation or person."""
    q = context.q
    targets = [_entity(e) for e in (q.documents or q.others)][:MAX_TARGETS]
    unknown = _unknown_link(context)
    if unknown is not None:
        return unknown
    if not targets:
        return _mentions_of_terms(context)
    kind = "citing" if targets[0].is_document else "mentions"
    items: list[Item] = []
    for target in targets:
        rows = context.run(queries.CITING if kind == "citing" else queries.MENTIONS, target=IRI(target.iri))
        for item in _units(rows):
            if not context.in_scope(item.extra.get("report")):
                continue
            item.extra["target"] = {"iri": target.iri, "label": target.label, "number": target.number}
            items.append(item)
    if not items and kind == "mentions":
        # 中国人民大学（深圳）校区: the name inside a longer one the extraction read whole still names it
        items = [_unit_item(context, unit) for unit in context.index.units
                 if unit.type != "Section" and context.in_scope(unit.report)
                 and any(fold(t.label) in fold(unit.text) for t in targets)][:MAX_PASSAGES]
    names = "; ".join(_describe(t) for t in targets)
    return Answer(question=q.question, kind=kind, items=items, summary=message(kind, context.lang, n=len(items), name=names))


def _mentions_of_terms(context: Context) -> Answer:
    """A name the graph does not hold as an entity (三星堆): the units whose text holds it."""
    q = context.q
    term = max(q.terms, key=len) if q.terms else ""
    if not term:
        return _absent(context, q.question)
    units = [u for u in context.index.units if term in u.text and u.type != "Section" and context.in_scope(u.report)]
    if not units:
        return _topic(context)
    items = [_unit_item(context, u) for u in units]
    return Answer(question=q.question, kind="mentions", items=items,
                  summary=message("mentions", context.lang, n=len(items), name=term))


def _document(context: Context) -> Answer:
    """What a document is (title, number, type, issuer code, year) and where it is cited."""
    q = context.q
    targets = [_entity(e) for e in q.documents][:MAX_TARGETS]
    unknown = _unknown_link(context)
    if unknown is not None:
        return unknown
    items: list[Item] = []
    citing_items: list[Item] = []
    for target in targets:
        rows = context.run(queries.DOCUMENT, document=IRI(target.iri))
        if not rows:
            continue
        row = rows[0]
        citing = [u for u in _units(context.run(queries.CITING, target=IRI(target.iri))) if context.in_scope(u.extra.get("report"))]
        evidence = next((u.extra.get("evidence") for u in citing if u.extra.get("evidence")), None)
        items.append(Item(
            iri=target.iri, label=row["title"] or row["label"] or target.label,
            type=most_specific_type(r["class"] or "" for r in rows), text=row["title"] or row["label"],
            source=evidence[0] if evidence else None,
            extra={"number": row["number"], "title": row["title"], "documentType": row["typeZh"],
                   "documentTypeEn": row["typeEn"], "issuerCode": row["issuerCode"], "year": row["year"],
                   "serialNumber": row["serial"],
                   "citedBy": [{"iri": u.iri, "path": u.path, "type": u.type, "usage": u.extra.get("usage")} for u in citing]},
        ))
        citing_items.extend(citing)
    if len(items) == 1 and citing_items:
        items.extend(citing_items[:2])  # the text that cites it says when and by whom it was issued
    return Answer(question=q.question, kind="document", items=items,
                  summary=message("document", context.lang, n=len(items), name="; ".join(_describe(t) for t in targets)))


# --- figures -------------------------------------------------------------------------------


def _figures(context: Context) -> Answer:
    """Figures matched on the question's words (with synonyms), unit and report slot."""
    q = context.q
    if q.missing:
        return _not_given(context, "、".join(q.missing))  # 每万人发明专利拥有量: no figure speaks of 发明专利
    if q.unheld_kind:
        return _not_given(context, q.unheld_kind)  # 法律援助案件: no passage speaks of 援助
    # On a graph of several reports and with none named, each report's value is an answer.
    ranked = _ranked_figures(context, per_report=context.many_reports()
                             and (q.reports is None and not q.years or q.places_compared))
    if not ranked and not q.terms and q.documents:
        ranked = _figures_citing(context)  # 《鹏城水更清行动计划》要投多少钱: the figures where it is cited
    if not ranked:
        # No figure counts it; a passage that says it with a number the extraction did not
        # read as a figure still answers, else the report does not say.
        return _numbered_passages(context) or _passages_instead(context) or _no_figure(context)
    items = [_figure_item(context, context.index.figures[i]) for i in ranked[:MAX_FIGURES]]
    _record(context, queries.FIGURE_BY_IRI, "figure", items[0].iri)
    # 有没有给出…是多少, answered with the figure: yes, it does
    return Answer(question=q.question, kind="figures", items=items, yes=True if q.strength("yesno") else None,
                  summary=message("figures", context.lang, n=len(items), name=_topic_name(q)))


def _figures_citing(context: Context) -> list[int]:
    """The figures of the units that cite the question's documents, in the unit the question
    asks (多少钱: 投资343.9亿元), in the order the report gives them."""
    citing = {u.iri for target in context.q.documents[:MAX_TARGETS]
              for u in _units(context.run(queries.CITING, target=IRI(target.iri)))}
    units = context.index.units
    return [i for i, f in enumerate(context.index.figures)
            if f.unit is not None and units[f.unit].iri in citing and context.in_scope(f.report)
            and (not context.q.unit or f.unit_word.endswith(context.q.unit))]


def _figure_parts(question: str) -> list[str]:
    """地铁线路有几条、总里程多少 / 新建几座消防站、多少个充电口: each number asked, as a question
    of its own that keeps the subject of the first (…地铁线路总里程多少); one part when one
    number is asked."""
    asks = list(words.FIGURE_ASK.finditer(without_idle_ji(question)))  # 这几年…各有多少家: one number asked
    if len(asks) < 2:
        return [question]
    subject = re.sub(f"(?:{'|'.join(words.FIGURE_ASK_LEADS)})$", "", question[:asks[0].start()])
    # 商事主体净增了多少户、总量多少: the second asks of 商事主体, not of what was added
    verbs = sorted(words.ADDING_WORDS + words.CHANGE_VERBS, key=len, reverse=True)
    subject = re.sub(f"(?:{'|'.join(verbs)})了?$", "", subject)
    cuts = []
    for previous, ask in zip(asks, asks[1:]):
        between = question[previous.end():ask.start()]
        separators = list(re.finditer(words.FIGURE_PART_SEPARATOR, between))
        if not separators:
            return [question]  # 多少…几: one number asked in two words
        split = separators[-1]  # the last before the next ask: 几座消防站、多少个…
        cuts.append((previous.end() + split.start(), previous.end() + split.end()))
    parts = [question[:cuts[0][0]]]
    # 有多少户籍家庭在轮候保障房，占全市多大比例: a share or change asked next is of what the
    # first number counts, said after its ask
    counted = question[asks[0].end():cuts[0][0]]
    for (_, start), next_cut in zip(cuts, cuts[1:] + [(len(question), len(question))]):
        rest = question[start:next_cut[0]]
        parts.append(subject + (counted if re.match(words.SAME_THING_ASK, rest) else "") + rest)
    return parts


def _figures_of_parts(context: Context, parts: list[str], store: "GraphStore") -> Answer:
    """The figures of each part, in order, each once."""
    answers = []
    for part in parts:
        found = answer(part, store)
        context.queries.extend(found.queries)
        context.counts.extend(found.counts)
        answers.append(found.items[:MAX_FIGURES])
    # each part's best figure first, then each part's next (两个数都问了: both stand at the top)
    items: list[Item] = []
    for rank in range(MAX_FIGURES):
        items.extend(found[rank] for found in answers if rank < len(found) and found[rank].iri not in {i.iri for i in items})
    if not items:
        return _absent(context, _topic_name(context.q))
    return Answer(question=context.q.question, kind="figures", items=items,
                  summary=message("figures", context.lang, n=len(items), name=_topic_name(context.q)))


def _ranked_figures(context: Context, *, per_report: bool = False) -> list[int]:
    q = context.q
    terms = _figure_terms(q)
    if not terms:
        return []
    allowed = {i for i, f in enumerate(context.index.figures) if context.in_scope(f.report) and _year_fits(context, f)}
    if not allowed:
        return []
    query = [t for term in terms for word in expansions(term) for t in tokens(word)]
    # Without a word of plans, what is asked is what was done: a target of the same thing ranks after.
    plans_asked = _asks_plans(q)
    targets_asked = q.says(words.TARGET_ASKED_WORDS)
    plans_possible = _plans_may_answer(context)
    year_reviewed = _year_reviewed_asked(context)
    increments_asked = _asks_increments(q)
    # a target for a total is often set as its growth (地区生产总值增长6%左右)
    rates_asked = _asks_rates(q) or targets_asked
    rate_itself = q.says(words.RATE_ASKED_WORDS)
    total_asked = q.says(words.TOTAL_ASKED_WORDS) or _asks_a_period(q) and not rates_asked
    per_head = _asks_per_head(q)  # 人均GDP: a figure per head, not per unit of GDP
    ratio_itself = q.says(words.RATIO_WORDS, outside=words.PER_HEAD_MEASURES) or per_head
    average_unasked = not q.says(words.AVERAGE_WORDS)
    growth_unshared = q.says(words.GROWTH_ASKED_WORDS) and not q.says(words.SHARE_WORDS)
    share_unasked = not q.says(words.SHARE_WORDS + words.SHARE_VERBS)
    streak_unasked = not re.search(words.STREAK_ASKED, q.text)
    # what is counted, without the change asked of it: 一般公共预算收入增长5% is no GDP growth
    counted = [t for t in terms if not set(alternatives(t)) & set(words.CHANGE_VERBS + words.GROWTH_WORDS)] or terms
    head = q.head if q.head in terms else None
    # 投入多少资金: money is what the amount is, not a word its sentence must use
    # (三公经费比上年压缩了多少: a change of the money, in %, is asked)
    money = (head in words.MONEY_WORDS or _money_asked(q, head)) and not rates_asked
    if money:
        head = None
        # 专项债额度: the word for money is the asker's; the figure's unit says it is money
        terms = [t for t in terms if t not in words.MONEY_WORDS] or terms
    places = _places_asked(context)
    scored = []
    for score, i in context.index.rank_figures(query, allowed)[:MAX_CANDIDATES]:
        figure = context.index.figures[i]
        subject = _subject_before(context, figure)
        said = f"{figure.phrase} {_near(figure)} {_counted_after(context, figure)} {subject}"
        if places and not any(p in figure.places or fold(p) in fold(said) for p in places):
            continue  # 福州市的地区生产总值: the province's total is not the city's
        coverage = _coverage(terms, said)
        # What is counted (多少张病床 → 病床) must be there; the other words rank.
        if head is not None:
            if any(_coverage([term], said) < SYNONYM_WEIGHT and not _counted_in_its_unit(term, figure)
                   for term in q.head_run or [head]):
                continue
        elif coverage < _needed(terms):
            continue
        if money and not figure.unit_word.endswith(words.MONEY_UNITS):
            continue
        if not q.unit and figure.unit_word in words.DURATION_UNITS:
            continue  # GDP是多少 is not 连续17个季度 (多少天 asks its unit)
        if figure.unit_word.endswith(words.POINT_UNITS) and not q.says(words.POINTS_ASKED):
            continue  # 经济增速: 快于经济增速1个百分点 is a gap between two rates, not a rate
        unit_fits = not q.unit or any(figure.unit_word.endswith(u) or figure.quote.endswith(u) for u in q.unit)
        # (a target set in a lead passage, 主要目标是：…失业率控制在1%以内, is planned as well)
        planned = (not plans_asked and figure.unit is not None
                   and (context.index.units[figure.unit].type == "Plan"
                        or context.index.units[figure.unit].type == "Passage" and _states_a_target(context, figure))
                   and not _describes_what_is(context, figure))
        # 增长18.2% is a rate of growth, not what a year added, when a rate may answer
        increment = not increments_asked and _is_increment(figure) \
            and not (rates_asked and figure.unit_word.endswith(words.RATE_UNITS))
        if not rates_asked and (figure.unit_word.endswith(words.RATE_UNITS) or _is_ratio(figure)):
            continue  # 常住人口有多少 is not 常住人口城镇化率64.8% nor 每万人常住人口…6.3名
        bound = (figure.qualifier or "exact") not in ("exact", "approximate")  # 突破4000亿元、达到4211亿元
        if planned and not plans_possible:
            continue
        if bound and year_reviewed and (planned or _states_a_target(context, figure)):
            continue
        # 定的预期目标: a figure no plan or target sentence sets ranks after one that is
        # (计划完成多少固定资产投资: a plan asked for is not what a review says was done)
        unplanned = (targets_asked or plans_asked) and not (
            figure.unit is not None and context.index.units[figure.unit].type == "Plan" or _states_a_target(context, figure))
        penalty = PLAN_PENALTY * (planned + increment + unplanned) + BOUND_PENALTY * bound
        own = _own_clause(figure)
        if not subject and _coverage(counted, own) == 0 and (not own.startswith(words.SAME_MEASURE_LEADS)
                                                             or own.startswith(words.OWN_MEASURE_OPENINGS)):
            penalty += ELSEWHERE_PENALTY  # …水耗下降3.0%，全年PM2.5浓度37微克: GDP is the clause before's
            # (a question of one term that names a measure counts it, when the figure's own phrase
            # names a measure of its own: 粮食产量 is not 全口径发电装机容量, while 总里程 and 增产
            # go on with the measure before them, and 铁路's 运输货物 is a measure of 铁路)
            counted_head = head if head is not None else counted[0] if len(counted) == 1 \
                and counted[0].endswith(words.MEASURE_ENDINGS) and len(figure.phrase) >= OWN_MEASURE_LENGTH else None
            if counted_head is not None and _coverage([counted_head], f"{figure.phrase} {own}") < SYNONYM_WEIGHT:
                penalty += HEAD_ELSEWHERE_PENALTY  # …与经济增长同步，粮食总产量稳定在1955万吨以上
        if total_asked and not _says_a_total(figure):
            penalty += PLAN_PENALTY
        averaged = any(w in _own_clause(figure) for w in words.AVERAGE_WORDS)
        if average_unasked == averaged:
            # 今年的经济增长目标 is not the period's 年均增长5%左右, and average annual GDP growth
            # over the plan period is not one year's 增长7%
            penalty += PLAN_PENALTY
        if streak_unasked and re.search(words.STREAK, own):
            penalty += STREAK_PENALTY  # 粮食产量是多少: 连续13年稳定在430亿斤以上 is a floor held, not the year's
        if _names_another_place(context, figure):
            penalty += words.SUBREGION_PENALTY
        if not per_head and _per_head_figure(subject + figure.phrase):
            penalty += PLAN_PENALTY  # GDP增速: 人均生产总值…增长7.8% is the growth of another measure
        if not ratio_itself and _is_ratio(figure):
            penalty += PLAN_PENALTY  # 经济增速: 单位GDP能耗下降16% is a rate of something per unit of it
        if growth_unshared and any(w in own for w in words.SHARE_WORDS):
            penalty += PLAN_PENALTY  # 经济增速: 金融业增加值占GDP比重增至8% is a share, not a growth
        elif share_unasked and (share := re.search(words.SHARE_OF, own)) and _coverage(counted, own[:share.start()]) == 0:
            penalty += words.SUBREGION_PENALTY  # GDP目标: 研发投入占GDP比重达到5% is a share of GDP, no GDP
        if _counts_a_part(q, figure, terms):
            penalty += PART_PENALTY
        if rate_itself:
            unit_fits = unit_fits and figure.unit_word.endswith(words.RATE_UNITS)
        elif ratio_itself:
            unit_fits = unit_fits and _is_ratio(figure, per_head=per_head)
        scored.append((coverage - penalty, unit_fits, _coverage(terms, f"{subject}{_phrase_of(context, i)}"), score, i))
    if (q.unit or rate_itself or ratio_itself) and any(s[1] for s in scored):
        scored = [s for s in scored if s[1]]
    elif any(u in words.MONEY_UNITS + ("%",) for u in q.unit):
        # 人均可支配收入是多少元: a growth rate of it does not say how much money; 增长了百分之几:
        # a count of firms does not say how fast (几个百分点 may be answered by a rate in %)
        scored = []
    elif ratio_itself and not any(_is_ratio(context.index.figures[s[4]], per_head=per_head) for s in scored):
        scored = []  # 人均GDP is asked and no figure is per head: a total does not answer it
    if scored and not per_report:
        # The figures that hold the most of the question, and of those the ones whose own
        # phrase says it (a neighbour in the same clause counts something else).
        most = max(s[0] for s in scored)
        # The report's own word for it (地区生产总值) found through a synonym stays beside a
        # looser use of the question's word (经济总量连跨5万亿元), after it.
        near = most - (1 - SYNONYM_WEIGHT) / len(terms) - 1e-9
        highest = [s for s in scored if s[0] == most]
        best_phrase = max(s[2] for s in highest)
        scored = [s for s in highest if s[2] == best_phrase] + [s for s in scored if near <= s[0] < most]
    scored.sort(key=lambda s: (-s[0], -s[2], -s[3], s[4]))
    if not per_report:
        return [s[4] for s in scored]
    # Each report's best figures (a report may give the value twice: 新增学位6165座, 13740座).
    best: dict[str, float] = {}
    chosen: list[int] = []
    for coverage, *_rest, i in scored:
        report = context.index.figures[i].report
        top = best.setdefault(report, coverage)
        if coverage == top and sum(context.index.figures[j].report == report for j in chosen) < PER_REPORT:
            chosen.append(i)
    return sorted(chosen, key=lambda i: (_report_year(context, context.index.figures[i].report) or 0, chosen.index(i)))


def _counts_a_part(q: Understanding, figure: FigureInfo, terms: list[str]) -> bool:
    """财政赤字 asked — 地方财政赤字5000亿元: a noun before the words asked in the figure's
    phrase, which the question does not say, narrows what it counts to a part of it."""
    phrase = fold(figure.phrase)
    at = min((at for t in terms for w in expansions(t) if (at := phrase.find(fold(w))) >= 0), default=None)
    if not at:
        return False  # (地区生产总值 is GDP itself: a word asked, or its synonym, opens the phrase)
    return any(len(word) > 1 and word_tag(word) in words.COMMON_NOUN_TAGS and fold(word) not in q.text
               and not _names_a_scope(word) for word in segmented(phrase[:at]))


def _names_a_scope(word: str) -> bool:
    """全省, 本区, 深圳: the whole the report speaks of, or a place, which narrows nothing."""
    from ..extract.places import gazetteer

    return (word.startswith(words.WHOLE_PREFIXES) or word in words.SCOPE_MODIFIERS + words.WHOLE_WORDS
            or word in gazetteer().by_name)


def _money_asked(q: Understanding, head: str | None) -> bool:
    """付了多少顾问费, 经费是多少: the sum paid for what is counted, or a word for money the reports
    never use, asks an amount of money."""
    paid_for = head is not None and any(f"{fold(head)}{ending}" in q.text for ending in words.MONEY_ENDINGS)
    return paid_for or any(word in q.unheld for word in words.MONEY_WORDS)


def _per_head_figure(said: str) -> bool:
    """人均生产总值58540元、增长7.8%: a figure said of an amount per head (人均预期寿命 is none)."""
    for measure in words.PER_HEAD_MEASURES:
        said = said.replace(measure, "")
    return any(word in said for word in words.PER_HEAD_WORDS)


def _counted_in_its_unit(term: str, figure: FigureInfo) -> bool:
    """居民 asked, 93017人 found; 列车 asked, 146列次 found: the unit names what is counted
    (年均浓度 as 浓度 does: a synonym's unit will do)."""
    return any(word in words.NOUNS_OF_UNITS and figure.unit_word.endswith(words.NOUNS_OF_UNITS[word])
               for word in dict.fromkeys((term, *expansions(term))))


def _asks_rates(q: Understanding) -> bool:
    """增长, 比重, 人均, rate: a rate or a ratio may answer (else 常住人口 is not 城镇化率64.8%);
    so may one for a word whose synonym is a rate (覆盖面: the reports' 覆盖率)."""
    return q.says(words.RATE_WORDS + words.RATIO_WORDS) or _asks_per_head(q) or any(
        w.endswith("率") for t in q.terms for w in alternatives(t) + expansions(t)[1:])  # deficit ratio: 赤字率


def _asks_per_head(q: Understanding) -> bool:
    """人均, per capita, or an English word rendered so (per resident → 人均)."""
    # 人均预期寿命 asks no amount per head
    return q.says(words.PER_HEAD_WORDS, outside=words.PER_HEAD_MEASURES) or any(t in words.PER_HEAD_WORDS for t in q.terms)


def _asks_plans(q: Understanding) -> bool:
    # during the 14th Five-Year Plan names a time, not a plan asked for
    text = re.sub(words.EN_PERIOD, " ", q.spaced) if q.lang == "en" else q.text
    return bool(q.strength("plans")) or any(w in text for w in words.TARGET_WORDS)


def _plans_may_answer(context: Context) -> bool:
    """Whether a target may answer a figure question: plans are asked, or a year or 今年 may be
    the year a plan is for.  Otherwise 失业率是多少 asks what it was, which 控制在5.5%以内 does not say."""
    q = context.q
    if q.says(words.DONE_WORDS):
        return False  # 2022年实际完成的固定资产投资: what was done, not what was planned
    # …and a report named (2022年报告中…是多少) is asked what it says, plans included.
    return (_asks_plans(q) or bool(q.years) or q.report_span is not None
            or q.says(words.THIS_YEAR_WORDS + words.PLAN_DOCUMENT_WORDS))


def _year_reviewed_asked(context: Context) -> bool:
    """2022年的失业率是多少, where a report reviews 2022 and no plan is asked: what it was, which a
    ceiling set for the year (控制在2%以内) does not say."""
    q = context.q
    if _asks_plans(q) or q.report_span is not None or q.says(words.TARGET_ASKED_WORDS + words.PLAN_DOCUMENT_WORDS):
        return False
    reviewed = {r.reviewed for r in context.reports.values() if context.in_scope(r.iri)}
    return bool(set(q.years) & reviewed)


def _places_asked(context: Context) -> list[str]:
    """Places the question names that are not a report's own (福州 in 福建's report): a figure
    answers only if it speaks of one of them."""
    from ..extract.places import gazetteer

    own = {p for report in context.reports.values() for p in report.places}
    asked = [t for t in context.q.terms if t in gazetteer().by_name]  # the question's words, looked up
    if context.q.lang == "en":  # Chengdu's airports: the place in English, which is no term (when the reports name it)
        asked += [zh for en, zh in words.PLACES_EN.items()
                  if re.search(rf"\b{re.escape(en)}\b", context.q.spaced) and context.index.holds(zh)]
    return [p for p in asked if p not in own and not any(p in o or o in p for o in own)]


def _names_another_place(context: Context, figure: FigureInfo) -> bool:
    """武汉都市圈经济总量达到3.8万亿元 in 湖北's report: the figure is of a place inside the
    report's, unless the question names that place."""
    report = context.reports.get(figure.report)
    own = set(report.places) if report else set()
    # Places before the figure's own clause are whose it is only when that clause goes on from
    # them with a verb (中欧班列（西安）开行6037列，带动陕西进出口415.4亿元); a clause that names
    # its own measure is the report's (新增中山、珠海3个组合港，盐田港集装箱吞吐量1404万标箱).
    clause = _own_clause(figure)
    if _opens_with_verb(clause):
        clause = _clause_before(figure) + clause  # 达320亿元 goes on from 金融业增加值增长16%左右
    for name in (name for name in figure.places if name in clause):
        if name in own or any(name in p or p in name for p in own):
            continue
        return fold(name) not in context.q.text
    return False


def _counted_after(context: Context, figure: FigureInfo) -> str:
    """建设4个小镇, 占比高达81%的非户籍人口: what a number counts may follow it, up to the end of
    its clause."""
    if figure.unit is None:
        return ""
    text = context.index.units[figure.unit].text or ""
    start = text.find(figure.context)
    if start < 0:
        return ""
    at = start + figure.context.rfind(figure.quote) + len(figure.quote)
    # …up to the next item or number, which is another quantity (150条、吞吐量超2400万标准箱)
    return re.split(r"[，,、；;。：:！？!?\d]", text[at:at + AFTER_REACH])[0]


def _phrase_of(context: Context, i: int) -> str:
    """What a figure counts, as its phrase says; a figure listed right after another (分别达6.9万元、
    3.4万元) counts what the first's phrase says."""
    figure = context.index.figures[i]
    if figure.phrase or i == 0:
        return figure.phrase
    before = context.index.figures[i - 1]
    at = figure.context.rfind(figure.quote)
    listed = at > 0 and figure.context[:at].rstrip("、和及与").endswith(before.quote) and before.unit == figure.unit
    return before.phrase if listed else figure.phrase


def _near(figure: FigureInfo) -> str:
    """The figure's own clause and the one before it: the words that say what it counts (a
    clause further back in the sentence speaks of something else)."""
    at = figure.context.rfind(figure.quote)
    if at < 0:
        return figure.context
    clauses = re.split(r"(?<=[，,；;])", figure.context[:at])
    first = len(clauses) - 2
    if re.fullmatch(words.BARE_CHANGE, clauses[-1]):
        # 固定资产投资184亿元，创27年新高，增长46.1%: a bare growth is of the last amount before
        # it, past clauses that count nothing (a span of years counts nothing)
        while first > 0 and len(clauses) - first <= NEAR_REACH and not re.search(words.AMOUNT_SAID, clauses[first]):
            first -= 1
    return "".join(clauses[max(first, 0):]) + figure.context[at:]


def _own_clause(figure: FigureInfo) -> str:
    at = figure.context.rfind(figure.quote)
    if at < 0:
        return figure.phrase
    return re.split(r"[，,；;]", figure.context[:at])[-1] + figure.context[at:]


@lru_cache(maxsize=8192)
def _opens_with_verb(clause: str) -> bool:
    """Whether a clause opens with a verb (带动陕西进出口…): it goes on from the clause before.
    Cached: every candidate figure of every question asks it."""
    words_of_clause = segmented(clause)
    return bool(words_of_clause) and is_verb(words_of_clause[0])


def _clause_before(figure: FigureInfo) -> str:
    """The clause before the figure's own, in its context."""
    at = figure.context.rfind(figure.quote)
    clauses = re.split(r"[，,；;]", figure.context[:at] if at >= 0 else "")
    return clauses[-2] if len(clauses) > 1 else ""


def _is_ratio(figure: FigureInfo, *, per_head: bool = False) -> bool:
    """每万人常住人口配备全科医生6.3名, 人均…: a figure per head (or per unit of something),
    not an amount."""
    at = figure.context.rfind(figure.quote)
    before = figure.context[:at] if at >= 0 else figure.context
    clause = _clauses(before)[-1]
    for measure in words.PER_HEAD_MEASURES:  # 人均预期寿命77.1岁: a length of life, no share
        clause = clause.replace(measure, "")
    if not per_head and re.search(words.PER_N_PEOPLE, clause):
        return True  # 千人床位数达5.9张: per thousand people, said without 每
    return any(word in clause for word in (words.PER_HEAD_WORDS if per_head else words.RATIO_WORDS))


def _asks_a_period(q: Understanding) -> bool:
    """“十四五”期间, 这五年, during the 14th Five-Year Plan: what the period did in all (累计…)."""
    return re.search(words.PERIOD_ASKED, q.text) is not None or re.search(words.EN_PERIOD, q.spaced) is not None


def _says_a_total(figure: FigureInfo) -> bool:
    """由3座增至270座, 累计建成…, 总数达…: the figure is a whole, not what a year added."""
    at = figure.context.rfind(figure.quote)
    clause = _clauses(figure.context[:at] if at >= 0 else figure.phrase)[-1]
    return figure.previous is not None or any(word in clause or word in figure.quote for word in words.TOTAL_FIGURE_WORDS)


def _is_difference(figure: FigureInfo) -> bool:
    """比去年多100万人, 较上年增加3家: a difference from another year, said right before the figure."""
    at = figure.context.rfind(figure.quote)
    before = re.split(r"[，,；;]", figure.context[:at])[-1] if at >= 0 else ""
    return re.search(words.DIFFERENCE_BEFORE + "$", before) is not None


def _is_increment(figure: FigureInfo) -> bool:
    """新增3000公里 (what was added) or 从2836亿元 (where it started): not the total asked for.
    The figure's own clause (from the last comma before it) says which."""
    at = figure.context.rfind(figure.quote)
    before = figure.context[:at] if at >= 0 else figure.phrase
    clause = re.split(r"[，,、；;：:]", before)[-1]
    clause = re.sub(words.YEAR_WRITTEN + "$", "", clause)  # 增长到2020年3847亿元: the year's total
    if clause.endswith(words.START_WORDS):
        return True
    return any(word in clause for word in words.INCREMENT_WORDS) and not clause.endswith(words.TOTAL_AFTER_INCREMENT)


def _figure_terms(q: Understanding) -> list[str]:
    # 定的目标是多少: the word of a target asks for a plan's figure; no figure names it
    terms = [t for t in q.terms if t not in words.TARGET_WORDS] or list(q.terms)
    if q.comparison:  # 有没有超过5%: the comparison is checked on the value, not looked for as a word
        terms = [t for t in terms if t not in words.COMPARISON_WORDS] or terms
    # a body named as the asker names it (省人大, not the graph's 广东省人大): the text says it so too
    for link in q.links:
        bodies = [e for e in link.entities if not e.is_document]
        said = link.text if bodies and re.fullmatch(r"[\u4e00-\u9fff]+", link.text) else None
        for term in [said] if said else [e.label for e in bodies]:
            if term not in terms:
                terms.append(term)
    return terms


def _horizon(q: Understanding, index: QuestionIndex) -> list[int]:
    """The years asked when all come after the latest report's: the horizon of a target (到2030年),
    which no review reaches."""
    years = q.years
    latest = max((r.year for r in index.reports if r.year), default=None)
    if years and latest and all(y > latest for y in years):
        return years
    # 到2018年前减掉多少: a deadline no report reviews is the horizon of a target set before it,
    # and so is one a plan is asked for (到2020年打算培养引进多少名: not what the 2020 review counts)
    reviewed = {r.reviewed or r.year for r in index.reports}
    deadlines = [int(m.group(1) or m.group(2)) for m in re.finditer(words.DEADLINE_YEAR, q.text)]
    return [y for y in deadlines if y in years and (y not in reviewed or _asks_plans(q))]


def _year_fits(context: Context, figure: FigureInfo) -> bool:
    """A year in the question is the year a figure is of: a plan's is its report's year, a
    review's is the year the report reviews.  去年 asks what was done, 今年 what is planned."""
    years = context.q.years
    if not years and context.q.relative is None:
        return True
    of_plan = _sets_a_target(context, figure)
    if context.q.relative == "last" and of_plan:
        return False
    if context.q.relative == "this" and figure.unit is not None and not of_plan:
        return False
    if not years:
        return True
    report = context.reports.get(figure.report)
    if report is None:
        return True
    if horizon := context.horizon:
        # 到2030年…达到什么水平: the target is the one the sentence naming that year sets (a
        # target for the coming year is not one for 2030)
        return any(f"{y}年" in _sentence_before(context, figure) for y in horizon)
    if context.q.years_of_reports:
        return report.year in years
    if (written := _year_written_before(figure)) is not None:
        return written in years  # 从2015年2694亿元增长到2020年3847亿元: each figure's year is written
    year = report.year if of_plan else (report.reviewed or report.year)
    return year in years or (len(context.index.reports) == 1 and report.year in years)


def _year_written_before(figure: FigureInfo) -> int | None:
    """The year written right before a figure (2020年3847亿元, 2020年底达到…), if any."""
    at = figure.context.rfind(figure.quote)
    if at < 0:
        return None
    written = re.search(words.YEAR_BEFORE_FIGURE, figure.context[:at])
    return int(written.group("year")) if written else None


def _subject_before(context: Context, figure: FigureInfo) -> str:
    """For a figure named only 总量 or 总额 (…增长3.5%，排名第一；总量达到4702亿元), by its change
    (增长14.0%) or as a share (占GDP比重), the words before it that say what it is of (地区生产总值);
    nothing for a figure that names itself."""
    if figure.unit is None or (context.index.units[figure.unit].text or "").find(figure.context) < 0:
        return ""
    if figure.phrase in words.CHANGE_PHRASES:
        # 全区地区生产总值1080亿元，历史性突破千亿大关，增长14.0% / 进出口总额5.95万亿元、增长6%:
        # the growth of the quantity stated last before it, back to the clause that states it
        clauses = re.split(r"(?<=[，,])", re.split(r"[；;]", _sentence_before(context, figure))[-1])
        stated = next((i for i in range(len(clauses) - 1, -1, -1) if re.search(r"\d", clauses[i])), None)
        return "".join(clauses[stated:]) if stated is not None else ""
    # 总量, 总量跃升到, 总额达: a generic word and at most a verb after it (占GDP 比重: spaces are
    # the page's, not the phrase's)
    phrase = re.sub(r"\s+", "", figure.phrase)
    if phrase.startswith(words.SHARE_PHRASE_START):
        # 全社会研发投入113.7亿元，增长5.7%，占GDP比重提高到3.85%: the share of R&D, whatever
        # the total is named (九大类民生支出超125亿元，增长47%，占地方本级支出84%)
        return _sentence_before(context, figure)
    if not phrase.startswith(words.GENERIC_FIGURE_PHRASES) or len(phrase) > 6:
        return ""
    before = _sentence_before(context, figure)
    counts = list(re.finditer(r"\d[\d.,]*\s*[万亿千百]*" + re.escape(figure.unit_word), before)) if figure.unit_word else []
    if counts:
        # 新增规上工业企业35家、总数达1960家: a count in the same unit before says what was added;
        # the total is of the same things, not of the adding (新设立企业715户，总数为3130户).
        clauses = re.split(r"[，,、；;：:]", before[:counts[-1].start()])
        added = re.sub("|".join(words.ADDING_WORDS), "", clauses[-1])
        if not added.strip() and len(clauses) > 1:
            added = clauses[-2]  # 股权投资基金扎堆罗湖，新增639家，总数达925家: what was added is named before
        return added
    return before


def _describes_what_is(context: Context, figure: FigureInfo) -> bool:
    """依托50公里海岸线, 占比高达81%的非户籍人口: a figure that qualifies the noun after it, with no
    verb of doing before it in its sentence, says what there is, also inside a plan."""
    at = figure.context.rfind(figure.quote)
    after = figure.context[at + len(figure.quote):at + len(figure.quote) + 1] if at >= 0 else ""
    after = after or _counted_after(context, figure)[:1]
    if not re.match(r"[\u4e00-\u9fff]", after):
        return False
    # The verb may stand at the head of a list the figure is in (新增A、B，以及120家…).
    sentence = re.split(r"[；;。：:]", figure.context[:at])[-1]
    sentence = re.sub(words.AMOUNT_ADVERBS, "", sentence)  # 占比高达81%: 达 says how much, not what is done
    return not any(word in sentence for word in words.DOING_WORDS)


def _sets_a_target(context: Context, figure: FigureInfo) -> bool:
    """A figure of a plan, or one its sentence sets as a target."""
    unit = context.index.units[figure.unit] if figure.unit is not None else None
    return (unit is not None and unit.type == "Plan") or _states_a_target(context, figure)


def _states_a_target(context: Context, figure: FigureInfo) -> bool:
    """主要预期目标：本区生产总值增长10%左右: the words before the figure in its sentence set it
    as a target, whatever kind of paragraph holds it."""
    if re.search(words.TARGET_CONTEXT, _sentence_before(context, figure)):
        return True
    # 2014年…的主要指标是：…增长10%。…PM2.5日均值保持35微克/立方米以内: a paragraph that opens by
    # naming its targets sets every figure in it
    unit = context.index.units[figure.unit] if figure.unit is not None else None
    lead = re.match(r"[^。：:]*[：:]", unit.text) if unit is not None else None
    return lead is not None and re.search(words.TARGETS_LEAD, lead.group()) is not None


def _sentence_before(context: Context, figure: FigureInfo) -> str:
    """The figure's sentence in its text unit, up to the figure (its context may be one clause)."""
    at = figure.context.rfind(figure.quote)
    at = at if at >= 0 else len(figure.context)
    text = (context.index.units[figure.unit].text or "") if figure.unit is not None else ""
    start = text.find(figure.context)
    before = text[:start + at] if start >= 0 else figure.context[:at]
    return re.split(r"[。！？!?]", before)[-1]


def _figure_item(context: Context, figure: FigureInfo) -> Item:
    unit = context.index.units[figure.unit] if figure.unit is not None else None
    return Item(
        iri=figure.iri, label=figure.label, type="Figure", text=figure.context or figure.label,
        path=unit.path if unit else None, source=figure.quote,
        extra={"value": figure.value, "unit": figure.unit_word, "qualifier": figure.qualifier,
               "qualifierText": figure.qualifier_text, "previousValue": figure.previous, "phrase": figure.phrase,
               "begin": figure.begin, "report": figure.report},
    )


def _numbered_passages(context: Context) -> Answer | None:
    """Passages where what is asked stands right before a number the extraction did not read as a
    figure; a number per head (每万人常住人口…6.3名) is not the amount asked for."""
    q = context.q
    terms = _figure_terms(q)
    found = []
    plans = _plans_may_answer(context)
    rates_asked = _asks_rates(q)
    money = any(u in words.MONEY_UNITS for u in q.unit) or q.head in words.MONEY_WORDS or _money_asked(q, q.head)
    # 发运突破千列: a round number written in characters, before the unit asked
    # (a magnitude character is needed: 一个 is an article, not a count)
    counted_in_words = "".join(f"|[{words.CN_DIGITS}]*[{words.CN_MAGNITUDES}][{words.CN_DIGITS}{words.CN_MAGNITUDES}]*"
                               f"[余多]?{re.escape(unit)}" for unit in q.unit)
    for i in _ranked_units(context, minimum=YES_COVERAGE):
        if not plans and context.index.units[i].type == "Plan":
            continue
        text = context.index.units[i].text
        if q.head and _coverage([q.head], text) < SYNONYM_WEIGHT:
            continue  # 预算收入4211亿元 does not answer 预算支出
        for term in (t for t in terms if t not in words.PER_HEAD_WORDS):  # 人均 is said of the measure
            at = text.find(term)
            clause = _clauses(text[:at])[-1] if at >= 0 else ""
            # 多少元: a sum of money (年均增长5% is no answer)
            digit = r"\d[\d.]*\s*[万亿千百]*(?:元|美元)" if money else r"\d" + counted_in_words
            number = re.search(digit, text[at + len(term): at + len(term) + NUMBER_NEAR]) if at >= 0 else None
            # 占一般公共预算支出比重保持80%: the number is of the share, not of what is asked.
            between = text[at + len(term): at + len(term) + number.start()] if number else ""
            # 人均GDP asked: the number must be said per head (人均地区生产总值9.5万元)
            per_head = not _asks_per_head(q) or any(w in clause[-4:] + between for w in words.PER_HEAD_WORDS)
            if number and per_head and (_asks_per_head(q) or not any(word in clause for word in words.RATIO_WORDS)) \
                    and (rates_asked or not any(word in between for word in words.RATE_WORDS)):
                found.append(context.index.units[i])
                break
    if not found:
        return None
    items = [_unit_item(context, unit) for unit in found[:MAX_PASSAGES]]
    return Answer(question=q.question, kind="topic", items=items,
                  summary=message("topic", context.lang, n=len(items), name=_topic_name(q)))


def _passages_instead(context: Context) -> Answer | None:
    """No figure's words hold what is asked, and the question asks what was done as well as how
    much (引进了哪些、大概多少个): the passages that hold most of its words (河套…合作区那边 — a
    paragraph on the zone whose sentence 引进…等20余个优质项目 does not repeat its name), else
    nothing.  A number asked alone that no figure gives is not given."""
    q = context.q
    if q.unheld or q.strength("yesno") or not (q.strength("list") or q.strength("topic")):
        return None
    found = _topic(context)
    return None if found.absent else found


def _missing_counted(q: Understanding) -> str | None:
    """A word the reports never use that names what the number asked is of: no noun the
    reports use stands between it and 多少 (调查失业率|分别控制在|多少)."""
    for missing in q.missing:
        if any(fold(t) in fold(missing) for t in q.terms):
            continue  # 实测|浓度: a word of the asker's before what the reports do give
        at = q.text.rfind(fold(missing))
        ask = words.FIGURE_ASK.search(q.text, at + len(fold(missing))) if at >= 0 else None
        if ask is None:
            continue
        between = q.text[at + len(fold(missing)):ask.start()]
        if not any(fold(t) in between for t in q.terms if is_noun(t) and not is_verb(t)):
            return missing
    return None


def _compare(context: Context) -> Answer:
    """One value per report (分别, 历年, compare): the best figure of each report, by year."""
    q = context.q
    if q.others and not q.strength("figure"):
        return _citing_or_mentions(context)
    if not q.strength("figure") and (q.strength("topic") or q.strength("list")):
        # 南头古城这几年有什么进展: a passage from each report (of one report, the best few);
        # 同时开工的五星级酒店分别是哪几家: the passage naming them, no number
        return _topic(context, per_report=context.many_reports())
    if q.missing and q.terms and all(any(t in m for m in q.missing) for t in q.terms):
        return _not_given(context, "、".join(q.missing))  # 居民消费价格涨了多少 of each: all it names is missing
    if counted_missing := _missing_counted(q):
        return _not_given(context, counted_missing)  # 城镇调查失业率分别控制在多少: what is compared is missing
    ranked = _in_series(context, _ranked_figures(context, per_report=True))
    if not ranked:
        return _topic(context, per_report=context.many_reports())
    items = [_figure_item(context, context.index.figures[i]) for i in ranked]
    # A report whose number the extraction did not read still answers, with its passage.
    answered = {context.index.figures[i].report for i in ranked}
    for i in _ranked_units(context, minimum=YES_COVERAGE):
        unit = context.index.units[i]
        if unit.report not in answered:
            answered.add(unit.report)
            items.append(_unit_item(context, unit))
    items.sort(key=lambda item: _report_year(context, item.extra.get("report") or "") or 0)
    _record(context, queries.FIGURE_BY_IRI, "figure", items[0].iri)
    return Answer(question=q.question, kind="figures", items=items,
                  summary=message("figures", context.lang, n=len(items), name=_topic_name(q)))


def _of_plans(context: Context, unit: Unit) -> bool:
    """A plan, or the heading of one (2.1 above the plan 2.1.1)."""
    if unit.type == "Plan":
        return True
    if unit.type != "Section" or unit.path is None:
        return False
    if context.plan_headings is None:
        context.plan_headings = {(u.report, ".".join(u.path.split(".")[:depth]))
                                 for u in context.index.units if u.type == "Plan" and u.path
                                 for depth in range(1, u.path.count(".") + 1)}
    return (unit.report, unit.path) in context.plan_headings


def _ranked_by_core(context: Context, types: tuple[str, ...]) -> list[int]:
    """低空经济 asked, said once: the few passages on 低空 (低空产业, 低空运行) are about it too.  A
    term of one word that ends in a word of a field (经济, 产业) stands for what comes before it,
    when the reports say that seldom; said often (数字 of 数字经济), it is no topic of its own."""
    terms = _figure_terms(context.q)
    if len(terms) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]{4,}", terms[0]) or not terms[0].endswith(words.FIELD_HEADS):
        return []
    core = next(terms[0][:-len(head)] for head in words.FIELD_HEADS if terms[0].endswith(head))
    holding = [i for i, unit in enumerate(context.index.units)
               if unit.type != "Section" and (not types or unit.type in types)
               and context.in_scope(unit.report) and core in unit.text]
    if len(holding) > words.CORE_MAX_PASSAGES:
        return []
    order = {i: n for n, (_score, i) in enumerate(context.index.rank_units(tokens(core), set(holding)))}
    return sorted(holding, key=lambda i: order.get(i, len(order)))


def _may_back_off(q: Understanding) -> bool:
    """Two words asked and no passage holds both (九龙山数字城 and 要求): the passages that hold one,
    best first, when the reports use every word of the question; a word they never use (军费)
    says the thing asked is not there."""
    return not q.missing and not q.unheld and len(_figure_terms(q)) >= 2


def _in_series(context: Context, ranked: list[int]) -> list[int]:
    """Year on year, one value per report: where the figures found belong to a series (one
    statistic in one unit across a government's reports), the series' member stands for its
    report; a report outside the series keeps the figures found in it in the series' unit."""
    figures = context.index.figures
    counts = Counter(figures[i].series for i in ranked if figures[i].series)
    if not counts:
        return ranked
    series = min(counts, key=lambda s: (-counts[s], s))
    # A member that says what a year added (新增规上工业企业35家) does not stand for its report
    # when the total is asked and the ranking found another figure there (总数达1960家).
    increments_asked = _asks_increments(context.q)
    ranked_reports = {figures[i].report for i in ranked}
    # Nor does one of a place inside its report's (东莞长安…地区生产总值超千亿元镇 in 广东's).
    # …nor one that sets a target (增长8.5%以上) when what was done is asked and found there (增长9.0%)
    plans_asked = _asks_plans(context.q) or context.q.says(words.TARGET_ASKED_WORDS)
    members = [i for i, f in enumerate(figures)
               if f.series == series and context.in_scope(f.report) and not _names_another_place(context, f)
               and (increments_asked or not _is_increment(f) or f.report not in ranked_reports or i in ranked)
               and (plans_asked or not _sets_a_target(context, f) or f.report not in ranked_reports or i in ranked)]
    covered = {figures[i].report for i in members}
    unit = figures[members[0]].unit_word if members else None
    return members + [i for i in ranked if figures[i].report not in covered and figures[i].unit_word == unit]


# --- passages --------------------------------------------------------------------------------


def _topic(context: Context, *, per_report: bool = False, types: tuple[str, ...] = (),
           minimum: float | None = None) -> Answer:
    """The passages most about the question's words (BM25 with synonyms), best first."""
    q = context.q
    ranked = _ranked_units(context, types=types, minimum=minimum)
    if not ranked and minimum is None and _may_back_off(q):
        ranked = _ranked_units(context, types=types, minimum=MIN_COVERAGE)
    if not ranked:
        return _absent(context, _topic_name(q))
    if not per_report and len(ranked) < MAX_PASSAGES:
        ranked += [i for i in _ranked_by_core(context, types) if i not in ranked]
    if q.says(words.REVIEW_ASKED) and not _asks_plans(q):
        # 这几年做了哪些事: what was done, the review's passages before the plans' (and their headings)
        ranked.sort(key=lambda i: _of_plans(context, context.index.units[i]))
    if per_report:
        best: dict[str, int] = {}
        for i in ranked:
            best.setdefault(context.index.units[i].report, i)
        ranked = sorted(best.values(), key=lambda i: _report_year(context, context.index.units[i].report) or 0)
    # the best passages first, then any that announces the number counted (of a year asked, when one is)
    leads = [i for i in _counted_leads(context) if i not in ranked[:MAX_PASSAGES]]
    opened = _list_opened(context, ranked[:MAX_PASSAGES] + leads) if _MEMBERS_ASKED.search(q.spaced) else []
    items = [_unit_item(context, context.index.units[i]) for i in (opened or ranked[:MAX_PASSAGES])]
    _record(context, queries.UNIT_SOURCE, "unit", items[0].iri)
    return Answer(question=q.question, kind="topic", items=items,
                  summary=message("topic", context.lang, n=len(items), name=_topic_name(q)))


_MEMBERS_ASKED = re.compile(words.MEMBERS_ASKED)


def _counted_leads(context: Context) -> list[int]:
    """今年再办好15件民生实事。: the passages that announce as many things as the question counts
    (15件民生实事都包括哪些), with a word of the question, whatever else the question says."""
    asked = _count_said(context.q.text)
    if asked is None:
        return []
    terms, years = _figure_terms(context.q), set(context.q.years)
    return [i for i, unit in enumerate(context.index.units)
            if unit.type in ("Passage", "Section") and context.in_scope(unit.report)
            and (not years or _report_year(context, unit.report) in years)  # 2018年定的十件: that year's
            and _count_said(fold(unit.text)) == asked and _coverage(terms, fold(unit.text)) > 0]


def _count_said(text: str) -> tuple[int, str] | None:
    """15件, 十件, 9个方面: the first number of things a text counts, with its measure word."""
    counted = re.search(words.MEMBERS_COUNTED, text)
    if counted is None:
        return None
    number = counted.group(1)
    value = int(number) if number.isdigit() else chinese_to_int(number)
    return (value, counted.group()[len(number):].strip()) if value else None


def _list_opened(context: Context, ranked: list[int]) -> list[int]:
    """Of the best passages, the heading or lead that opens as many items as the question counts
    (9个方面, 十件), else the longest list, and its items."""
    lists = [[i] + members for i in ranked if (members := _members(context, i))]
    if counted := _count_said(context.q.text):
        exact = [members for members in lists if len(members) == counted[0] + 1]
        if exact:
            return exact[0]
        if (naming := _naming_its_members(context, ranked, counted[0])) is not None:
            return [naming] + [i for i in ranked if i != naming]
    return max(lists, key=len) if lists else []


def _naming_its_members(context: Context, ranked: list[int], count: int) -> int | None:
    """攻坚落实“十大行动”。实施现代产业强优行动。…实施国资国企改革行动。: of the best passages, one
    that counts the things as the question does (十大行动) and names more of them than it counts
    in its own sentences (行动 said eleven times), so that it answers by itself."""
    phrase = re.search(words.MEMBERS_COUNTED + r"(?P<noun>[\u4e00-\u9fff]{2})", context.q.text)
    if phrase is None:
        return None
    texts = {i: fold(context.index.units[i].text) for i in ranked}
    naming = [i for i in ranked if phrase.group() in texts[i] and texts[i].count(phrase.group("noun")) > count]
    return max(naming, key=lambda i: texts[i].count(phrase.group("noun")), default=None)


def _members(context: Context, at: int) -> list[int]:
    """The items a heading or a lead opens (全力办好十件民生实事。一是…十是…; 突出抓好12大年度
    工程：（一）…（十二）): what 具体是哪十件 asks for.  A heading's are the units under its path;
    a lead's (a passage, or a paragraph ending in a colon), the items after it in its section up
    to the next lead or heading, or the headings of the parts that follow it."""
    units = context.index.units
    opening = units[at]
    leads = opening.type == "Passage" or opening.text.rstrip().endswith(("：", ":"))
    if opening.type != "Section" and not leads:
        return []
    after = sorted((i for i, u in enumerate(units) if u.report == opening.report and i != at and u.begin is not None
                    and opening.begin is not None and u.begin > opening.begin), key=lambda i: units[i].begin or 0)
    if opening.type == "Section":
        return _until_outside(units, after, _under(opening.path), skip_sections=True) if opening.path else []
    if after and units[after[0]].type == "Section":
        # 围绕上述目标，突出抓好12大年度工程：（一）…: the parts that follow are its items
        parent = _parent_path(units[after[0]])
        return [i for i in _until_outside(units, after, _under(parent), skip_sections=False)
                if units[i].type == "Section" and _parent_path(units[i]) == parent]
    members: list[int] = []
    for i in after:
        unit = units[i]
        if unit.type in ("Section", "Passage") or (members and _parent_path(unit) != _parent_path(units[members[0]])):
            break
        members.append(i)
    return members


def _under(path: str) -> Callable[[Unit], bool]:
    """Whether a unit stands under the part at ``path`` (anywhere, for the report's top)."""
    return lambda unit: not path or (unit.path or "").startswith(f"{path}.")


def _until_outside(units: list[Unit], after: list[int], inside: Callable[[Unit], bool], *,
                   skip_sections: bool) -> list[int]:
    """The units of ``after`` up to the first that is not ``inside`` (headings left out when asked)."""
    members: list[int] = []
    for i in after:
        if not inside(units[i]):
            break
        if not (skip_sections and units[i].type == "Section"):
            members.append(i)
    return members


def _parent_path(unit: Unit) -> str:
    return (unit.path or "").rpartition(".")[0]


def _ranked_units(context: Context, *, types: tuple[str, ...] = (), minimum: float | None = None) -> list[int]:
    q = context.q
    terms = _figure_terms(q)
    if not terms:
        return []
    # (a horizon, 2025年全运会 asked of a 2023 report, is what the passage says, not its year)
    years = set(q.years) if not context.horizon else set()
    allowed = set()
    for i, unit in enumerate(context.index.units):
        if types and unit.type not in types:
            continue
        if not context.in_scope(unit.report):
            continue
        if years and not _unit_year_fits(context, unit, years):
            continue
        allowed.add(i)
    query = [t for term in terms for word in expansions(term) for t in tokens(word)]
    needed = _needed(terms) if minimum is None else minimum
    scored = []
    for score, i in context.index.rank_units(query, allowed):
        unit = context.index.units[i]
        coverage = _coverage(terms, unit.text)
        if coverage < needed and unit.type not in ("Passage", "Section"):
            # 2026年自治区民生实事 / 2.…（牵头单位：人社厅）: the heading says what its items are
            coverage = _coverage(terms, f"{_heading_of(context, unit)} {unit.text}") - HEADING_DISCOUNT
        if coverage >= needed:
            scored.append((coverage, score, i))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    return [i for _c, _s, i in scored]


def _unit_year_fits(context: Context, unit: Unit, years: set[int]) -> bool:
    """A plan is of its report's year, the rest of the year the report reviews; a year that is
    neither (2020年 in a rule-of-law report on 2020) restricts nothing."""
    report = context.reports.get(unit.report)
    if report is None:
        return True
    if len(context.index.reports) == 1 and not years & {report.year, report.reviewed}:
        return True
    unreported = {year for year in years
                  if not any(year in (r.year, r.reviewed) for r in context.index.reports)}
    if any(f"{year}年" in unit.text for year in unreported):
        return True  # 获评2018年全国智慧城市…, in a review of five years: the passage says its year
    if unit.type in ("Passage", "Section"):
        return bool(years & {report.year, report.reviewed})  # a lead or heading may open plans or a review
    if any(f"{year}年" in _heading_of(context, unit) for year in years):
        return True  # 2026年自治区民生实事: the part's heading says whose year it is
    if unit.type == "Problem" and report.year in years \
            and not any(r.reviewed in years for r in context.index.reports):
        return True  # 2022年还有哪些短板: what the 2022 report admits, when no report reviews 2022
    return (report.year in years and unit.type == "Plan") or (report.reviewed in years and unit.type != "Plan") \
        or (report.year in years and report.reviewed not in years and unit.type != "Plan" and report.year == report.reviewed)


def _heading_of(context: Context, unit: Unit) -> str:
    """The text of the heading right above ``unit``, or nothing."""
    if context.headings is None:
        context.headings = {(u.report, u.path): u.text for u in context.index.units if u.type == "Section" and u.path}
    return context.headings.get((unit.report, _parent_path(unit)), "")


def _items_of(context: Context, kind: str, query_text: str, type_name: str) -> Answer:
    """Problems or plans: all of them in order, or those about the question's topic first."""
    q = context.q
    rows = context.run(query_text)
    items = [i for i in _units(rows) if context.in_scope(i.extra.get("report"))]
    # (2018年以来: a span from that year on, which picks no one report)
    dated = q.years and context.many_reports() and not re.search(r"(?:19|20)\d{2}年?以来", q.text)
    if q.years and context.many_reports():
        fitting = [i for i in items if _item_year_fits(context, i, set(q.years), type_name)]
        # (a report of the year asked that lists no problems may own to them in a passage)
        items = fitting or ([] if kind == "problems" and dated else items)
    if kind == "problems" and not items:
        # 还存在不少差距…：一是…, said before the report's first part: the passages that own to problems
        items = [_unit_item(context, unit) for unit in context.index.units
                 if unit.type == "Passage" and context.in_scope(unit.report) and admits_problems(unit.text)
                 and (not dated or _report_year_fits(context, unit.report, set(q.years)))]
        if not items and dated:
            return _items_of(_without_years(context), kind, query_text, type_name)
    # 个人所得税改革怎么安排: the reports never speak of 所得税, a thing the dictionary knows (not
    # a run of the asker's characters, 种花种树)
    if thing := next((m for m in q.missing if names_a_thing(m) and is_dictionary_noun(m)
                      and not any(t in m for t in q.terms)), None):
        return _not_given(context, thing)
    topic = _topic_terms(context)
    if topic:
        wanted = {context.index.units[i].iri for i in _ranked_units(context, types=(type_name,), minimum=1e-9)}
        about = [i for i in items if i.iri in wanted]
        if about:
            order = {iri: n for n, iri in enumerate(
                context.index.units[i].iri for i in _ranked_units(context, types=(type_name,), minimum=1e-9))}
            items = sorted(about, key=lambda i: order.get(i.iri or "", 10**6))
        elif kind == "problems":
            # 施工方面出了什么问题: no problem of the list speaks of it, but a review may admit one
            # (施工扰民问题多发…向市民表示歉意): the passages about it that own to a problem
            admitted = [context.index.units[i] for i in _ranked_units(context)
                        if any(w in context.index.units[i].text for w in words.ADMISSION_WORDS)]
            items = [_unit_item(context, unit) for unit in admitted[:MAX_PASSAGES]] or items
        else:
            # 关于地方政府债务有什么打算: no plan speaks of it; every plan of the report is no answer,
            # the passages that do speak of it are (a measure may say what goes on), else nothing;
            # 今年要办的15件民生实事都有哪些: the lead that opens them and its items
            ranked = _ranked_units(context)
            if not ranked:
                return _absent(context, _topic_name(q))
            opened = _list_opened(context, ranked[:MAX_PASSAGES]) if _MEMBERS_ASKED.search(q.spaced) else []
            items = [_unit_item(context, context.index.units[i]) for i in (opened or ranked[:MAX_PASSAGES])]
    return Answer(question=q.question, kind=kind, items=items, summary=message(kind, context.lang, n=len(items)))


def _item_year_fits(context: Context, item: Item, years: set[int], type_name: str) -> bool:
    report = context.reports.get(item.extra.get("report") or "")
    if report is None:
        return True
    return report.year in years or (type_name != "Plan" and report.reviewed in years)


def _report_year_fits(context: Context, iri: str, years: set[int]) -> bool:
    """Whether the report was delivered in, or reviews, a year asked."""
    report = context.reports.get(iri)
    return report is None or bool(years & {report.year, report.reviewed})


def _without_years(context: Context) -> Context:
    """The same question with no year: when no report of the year asked answers it, all do."""
    undated = copy.copy(context)
    undated.q = replace(context.q, years=[])
    return undated


def _topic_terms(context: Context) -> list[str]:
    """The terms of a problems or plans question that name a topic: not the kind itself, nor a
    generic word of the genre (发展, 工作) or one the reports use in a large share of their
    passages, which says no topic."""
    kind_words = {w for cue in words.CUES if cue.intent in ("problems", "plans") for w in cue.words}
    # 法治政府建设上有哪些短板, asked of a 法治政府建设工作报告: what the report is about is no topic in it
    titles = [fold(r.label) for r in context.index.reports if context.in_scope(r.iri)]
    return [t for t in context.q.terms if not any(w in t or t in w for w in kind_words)
            and t not in words.GENERIC_TOPIC_WORDS and _share_of_units(context, t) < COMMON_TERM_SHARE
            and not any(fold(t) in title for title in titles)]


def _share_of_units(context: Context, term: str) -> float:
    texts = context.index.folded_units() if context.index.units else []
    if not texts:
        return 0.0
    own, related = _folded_forms(term)  # 农商行 is said as 农村商业银行
    return sum(any(p in text for p in own + related) for text in texts) / len(texts)


def _problems(context: Context) -> Answer:
    return _items_of(context, "problems", queries.PROBLEMS, "Problem")


def _plans(context: Context) -> Answer:
    return _items_of(context, "plans", queries.PLANS, "Plan")


def _section(context: Context) -> Answer:
    """The measures, problems and plans of a numbered section (第三部分 → section 3)."""
    path = context.q.section or ""
    rows = context.run(queries.SECTION_ITEMS, sectionPath=path)
    rows = [r for r in rows if context.in_scope(r.get("report"))]
    items = _units(rows)
    heads = [r for r in context.run(queries.SECTION_HEADINGS, sectionPath=path) if context.in_scope(r["report"])]
    heading = next((r["heading"] for r in heads if r["heading"]), None)
    subsections = sorted({(r["subPath"] or "", r["subHeading"]) for r in heads if r["subHeading"]},
                         key=lambda pair: _path_key(pair[0]))
    summary = message("section", context.lang, n=len(items), name=path)
    if heading:
        summary += f"「{heading}」"
    if subsections:
        summary += "：" + "；".join(f"{p} {h}" for p, h in subsections)
    return Answer(question=context.q.question, kind="section", items=items, summary=summary)


# --- lists, yes/no, absent -----------------------------------------------------------------------


def _list(context: Context) -> Answer:
    """Every enterprise, document, organisation or institution the reports in scope name."""
    q = context.q
    classes = _list_classes(q)
    items: list[Item] = []
    seen: set[str] = set()
    if classes == ("Document",):
        for row in context.run(queries.LIST_DOCUMENTS, titleRule=TITLE_RULE_ID):
            if not context.in_scope(row["report"]) or row["entity"] in seen:
                continue
            seen.add(row["entity"] or "")
            items.append(Item(iri=row["entity"], label=row["title"] or row["label"] or row["number"] or "", type="Document",
                              text=row["title"] or row["label"], source=row["number"],
                              extra={"number": row["number"], "count": int(row["count"] or 0), "report": row["report"]}))
    else:
        for cls in classes:
            for row in context.run(queries.LIST_NAMED, **{"class": IRI(_class_iri(cls))}):
                if not context.in_scope(row["report"]) or row["entity"] in seen:
                    continue
                seen.add(row["entity"] or "")
                items.append(Item(iri=row["entity"], label=row["label"] or "", type=cls, text=row["label"],
                                  source=row["source"], extra={"count": int(row["count"] or 0), "report": row["report"]}))
    qualifiers = [t for t in q.terms if not any(noun in t or t in noun for group, _c in words.LIST_KINDS for noun in group)
                  and not (classes == ("Document",) and (t in words.ISSUING_VERBS or t in words.LEVEL_WORDS))]
    if qualifiers:
        # 七大要素交易服务平台是哪几家机构, 引进了哪些外资企业: the kind named in the passages
        # about the qualifier, then those passages (which name them all).
        ranked = _ranked_units(context)
        passages = [context.index.units[i] for i in _with_siblings(context, ranked[:MAX_PASSAGES])]
        # in the order the passages name them, the passage most about the qualifier first, and in
        # it the names said in a clause with most of the question's words (…康宁医院等市属医院落地运营)
        where = {id(i): next(((n, -_clause_coverage(q, p.text, i.label), p.text.find(i.label))
                              for n, p in enumerate(passages) if i.label and i.label in p.text), None) for i in items}
        named = sorted((i for i in items if where[id(i)] is not None), key=lambda i: where[id(i)] or (0, 0))
        items = named + [_unit_item(context, p) for p in passages]
    if not items:
        return _topic(context)
    name = words.LIST_NAMES.get(classes[0], {}).get(context.lang, classes[0])
    return Answer(question=q.question, kind="list", items=items, summary=message("list", context.lang, n=len(items), name=name))


def _clause_coverage(q: Understanding, text: str, name: str) -> float:
    """The share of the question's terms in the clause of ``text`` that names ``name``."""
    start, end = _part_around(text, text.find(name), "；;。")
    return _coverage(_figure_terms(q), text[start:end])


def _part_around(text: str, at: int, marks: str) -> tuple[int, int]:
    """Where the part of ``text`` around ``at`` that ``marks`` bound begins and ends (its mark)."""
    start = max(text.rfind(mark, 0, at) for mark in marks) + 1
    ends = [e for e in (text.find(mark, at) for mark in marks) if e >= 0]
    return start, min(ends) if ends else len(text)


def _with_siblings(context: Context, ranked: list[int]) -> list[int]:
    """民生实事分别由哪些部门牵头: when the best passages are items of one list, the whole list
    (each item names its own 牵头单位), the best passages first."""
    units = context.index.units
    parents = Counter((units[i].report, _parent_path(units[i])) for i in ranked
                      if units[i].type not in ("Passage", "Section") and units[i].path)
    shared = [parent for parent, n in parents.most_common(1) if n >= 2]
    if not shared:
        return ranked
    report, parent = shared[0]
    siblings = [i for i, u in enumerate(units) if u.report == report and u.type not in ("Passage", "Section")
                and u.path and _parent_path(u) == parent]
    return ranked + sorted((i for i in siblings if i not in ranked), key=lambda i: units[i].begin or 0)


def _class_iri(name: str) -> str:
    from ..graph.vocab import KG, ORG

    return str(ORG.Organization) if name == "Organization" else str(getattr(KG, name))


def _yesno(context: Context) -> Answer:
    """Yes with the passage or figure that shows it; no when nothing in scope says it."""
    q = context.q
    if q.comparison:
        op, threshold, unit = q.comparison
        # the figure compared is in the threshold's unit (是否达到了7%: a growth rate, not 8036亿元)
        ranked = [i for i in _ranked_figures(context) if not unit or context.index.figures[i].unit_word.endswith(unit)
                  or context.index.figures[i].quote.endswith(unit)]
        # (…比去年多100万人: a difference from the year before, not the value compared)
        ranked = [i for i in ranked if not _is_difference(context.index.figures[i])] or ranked
        if not unit and threshold >= 10000:  # 突破2.4万亿: an amount, not the growth beside it
            ranked = [i for i in ranked if not context.index.figures[i].unit_word.endswith(words.RATE_UNITS)]
        if ranked:
            figure = context.index.figures[ranked[0]]
            try:
                value = Decimal(figure.value)
            except InvalidOperation:
                value = None
            if value is not None:
                yes = value >= threshold if op == "at-least" else value < threshold
                # …增速是7.6%吗: what else is claimed, said where the figure is (its passage: the
                # figure's context may end with it, before …、居全国第3位)
                others = [c for c in _claims(q) if not _same_amount(c, threshold)]
                said = context.index.units[figure.unit].text if figure.unit is not None else figure.context
                yes = yes and all(_holds_claim(fold(said), c, q.terms) for c in others)
                return Answer(question=q.question, kind="yesno", yes=yes, items=[_figure_item(context, figure)],
                              summary=message("yes" if yes else "not-so", context.lang, name=_topic_name(q)))
    if q.says(words.SAME_VALUE_WORDS) and context.many_reports() and (same := _same_in_each_report(context)):
        return same
    if q.missing and not (q.others or q.documents):
        # 有没有提到建设综合保税区: the reports never use 保税区, whatever else they build
        return Answer(question=q.question, kind="yesno", yes=False, absent=True,
                      summary=message("no", context.lang, name="、".join(q.missing)))
    unheld_thing = _unheld_object(q) or _unheld_place(context)
    if unheld_thing and not (q.others or q.documents):
        # 有没有说要申办奥运会: the reports never write 奥运会, and 申办 alone is not what is asked
        return Answer(question=q.question, kind="yesno", yes=False, absent=True,
                      summary=message("no", context.lang, name=unheld_thing))
    claims = _claims(q)
    if (partly := _done_in_part(context, claims)) is not None:
        return Answer(question=q.question, kind="yesno", yes=False, items=[_unit_item(context, partly)],
                      summary=message("not-so", context.lang, name=_topic_name(q)))
    if (q.others or q.documents) and not claims:
        found = _citing_or_mentions(context)
        mentioning = [fold(item.text or "") for item in found.items]
        striven = q.says(words.DONE_ASKED_WORDS) and not q.says(words.STRIVING_WORDS) \
            and _only_striven_for(q, mentioning[:3])  # 杨梅坑有没有成功创上3A — 推动杨梅坑创建国家AAA级旅游景区
        yes = bool(found.items) and not _names_said_apart(q, mentioning) and not striven \
            and not _level_said_otherwise(q, mentioning[:3]) \
            and not _at_an_earlier_stage(
            context, [item.text or "" for item in found.items[:3]], [e.label for e in q.others + q.documents],
            planned=tuple(item.type == "Plan" for item in found.items[:3]))
        return Answer(question=q.question, kind="yesno", yes=yes, items=found.items[:MAX_PASSAGES],
                      summary=message("yes" if yes else "not-so" if found.items else "no", context.lang,
                                      name=found.summary))
    ranked = _ranked_units(context, minimum=YES_COVERAGE) or _specific_evidence(context)
    if _asks_a_target(q):  # 今年的预期目标里有没有给外贸定增长目标: what the plans set, not what was done
        ranked = [i for i in ranked if _of_plans(context, context.index.units[i])]
    if q.strength("problems"):  # did it admit shortcomings in public services: what it admits first
        # (有没有经受过超强台风的考验: a trial met, which no admitted problem names)
        ranked = [i for i in ranked if context.index.units[i].type == "Problem"] or ranked
    if _asks_a_comparison(q):
        # 增速是不是比全国平均水平低: the passages that compare (增速高于全国) say it, first; what
        # it is compared with need not be an average (高于全国)
        framed = copy.copy(context)
        framed.q = replace(q, terms=[t for t in q.terms if t not in words.COMPARISON_FRAME_WORDS])
        compared = [i for i in _ranked_units(framed, minimum=YES_COVERAGE)
                    if _compares(q, context.index.units[i].text)]
        ranked = compared + [i for i in ranked if i not in compared]
    # 鄱阳湖水利枢纽工程…开工了没有: a place or name the question names must be in the passage
    # (another 水利枢纽工程 that started says nothing of it)
    # (a place of two characters, 北京, is where, which the passage may leave unsaid: 冬奥会申办工作)
    proper = [fold(t) for t in q.terms if word_tag(t) in words.PROPER_NAME_TAGS and not (word_tag(t) == "ns" and len(t) < 3)]
    if proper:
        ranked = [i for i in ranked if all(n in fold(context.index.units[i].text) for n in proper)]
    if claims:  # 增速在全市是不是排第一: of the passages about it, the one saying what is claimed first
        holding = [i for i in ranked[:MAX_CLAIM_PASSAGES]
                   if all(_holds_claim(fold(context.index.units[i].text), claim, q.terms) for claim in claims)]
        ranked = holding + [i for i in ranked if i not in holding]
    evidence = [context.index.units[i] for i in ranked[:MAX_PASSAGES]]
    if horizon := context.horizon:  # 到2030年要达到3.35%吗: what the passages on 2030 say
        evidence = [unit for unit in evidence if any(f"{y}年" in unit.text for y in horizon)]
    yes = bool(evidence) and _borne_out(q, claims, evidence, {r.year for r in context.index.reports if r.year},
                                        {fold(p) for r in context.index.reports for p in r.places}) \
        and not _at_an_earlier_stage(context, [unit.text for unit in evidence[:3]],
                                     planned=tuple(_of_plans(context, unit) for unit in evidence[:3]))
    items = [_unit_item(context, unit) for unit in evidence]
    verdict = "yes" if yes else "not-so" if evidence else "no"
    return Answer(question=q.question, kind="yesno", yes=yes, items=items,
                  summary=message(verdict, context.lang, name=_topic_name(q)))


def _done_in_part(context: Context, claims: list[str]) -> Unit | None:
    """是不是全部都办完了 — 59项民生实事完成57项: a passage in scope saying that fewer of a count
    were done than there were, of the count the question claims or of what it names."""
    q = context.q
    if not re.search(words.ALL_DONE_ASKED, q.spaced):
        return None
    totals = {m.group() for claim in claims if (m := re.match(r"\d+", claim))}
    terms = [fold(t) for t in q.terms if t not in words.GENERIC_TOPIC_WORDS]
    for unit in context.index.units:
        if not context.in_scope(unit.report):
            continue
        for said in re.finditer(words.PART_DONE_SAID, fold(unit.text)):
            if int(said.group("done")) < int(said.group("total")) \
                    and (said.group("total") in totals if totals else any(t in said.group() for t in terms)):
                return unit
    return None


def _same_amount(claim: str, amount: Decimal) -> bool:
    """Whether a claim (2.4万) is the amount a comparison compares with (2400000000000 or 24000)."""
    said = re.fullmatch(r"(\d+(?:\.\d+)?)([千万亿]?)\D*", claim)
    if said is None:
        return False
    value = Decimal(said.group(1)) * _MAGNITUDES[said.group(2)]
    return value == amount or value * 10000 == amount  # (2.4万 of 2.4万亿)


def _same_in_each_report(context: Context) -> Answer | None:
    """两年安排的地方政府专项债规模是不是一样: each report's figure for it, yes when all are equal."""
    ranked = _ranked_figures(context, per_report=True)
    best: dict[str, FigureInfo] = {}
    for i in ranked:
        figure = context.index.figures[i]
        best.setdefault(figure.report, figure)
    if len(best) < 2:
        return None
    yes = len({(f.value, f.unit_word) for f in best.values()}) == 1
    items = [_figure_item(context, f) for f in best.values()]
    return Answer(question=context.q.question, kind="yesno", yes=yes, items=items,
                  summary=message("yes" if yes else "not-so", context.lang, name=_topic_name(context.q)))


def _asks_a_target(q: Understanding) -> bool:
    """Whether a yes/no question asks about a target set (定了…目标吗), not one met (完成了目标吗)."""
    return q.says(words.TARGET_ASKED_WORDS) and not q.says(words.MEET_WORDS + words.DONE_WORDS)


def _at_an_earlier_stage(context: Context, texts: list[str], things: list[str] | None = None,
                         planned: tuple[bool, ...] = ()) -> bool:
    """南方科技大学附属医院已经建成开诊了吗 — 开工建设…南方科技大学附属医院: a project asked about at
    one stage (built, started) whose clauses in the passages say only an earlier one (started,
    approved, planned) has not reached it.  The clauses are those naming a thing the question
    names (a linked name, else its nouns); one of them at the stage asked, or later, says yes.
    Asked as already reached, a stage a plan of the report aims at (力促地铁8号线二期尽快开工) is
    not reached yet: the plan says the stage before it."""
    q = context.q
    # (in English, the stage is among the terms the glossary gives: broken ground → 开工)
    asked = max(_stage_ranks(q.text) | {rank for rank, stage in enumerate(words.PROJECT_STAGES)
                                        if any(w in q.terms for w in stage)}, default=None)
    if not asked:
        return False
    if things is None:
        # its nouns and its names (三门核电三期: 三门 and 三期 say which 核电 project)
        things = [t for t in q.terms if not is_verb(t) and t not in words.GENERIC_TOPIC_WORDS
                  and not any(t in w or w in t for stage in words.PROJECT_STAGES for w in stage)]
    if not things:
        return False
    done_asked = q.says(words.DONE_ASKED_WORDS)
    covered = [(c, _coverage(things, c), done_asked and n < len(planned) and planned[n])
               for n, text in enumerate(texts) for c in _clauses(fold(text))]
    # the clauses naming most of it (三门核电三期项目获国家核准, not 三澳核电二期…开工建设) among
    # those saying a stage (…“二线插花地”棚改专项转移支付资金 names it and says none)
    staged = [(c, share, aimed) for c, share, aimed in covered if _stage_ranks(c)]
    most = max((share for _c, share, _p in staged), default=0)
    clauses = [(c, aimed) for c, share, aimed in staged if share > 0 and share == most]
    said = {rank - aimed for c, aimed in clauses for rank in _stage_ranks(c)}
    return bool(said) and max(said) < asked


# Every word of a project's stages, which name no thing of their own
_STAGE_WORDS = frozenset(w for stage in words.PROJECT_STAGES for w in stage)


def _stage_ranks(text: str) -> set[int]:
    """The stages of a project a text says (PROJECT_STAGES); a trial run (试运营) is under way, not
    the operation its word ends with."""
    rest = text
    for trial in words.TRIAL_STAGES:
        rest = rest.replace(trial, "")
    ranks = {rank for rank, stage in enumerate(words.PROJECT_STAGES) if any(w in rest for w in stage)}
    return ranks | {words.TRIAL_STAGE_RANK} if rest != text else ranks


def _unheld_object(q: Understanding) -> str | None:
    """A thing the question names in a word the reports never use (奥运会), when every word of
    it they do use is a verb or a word of no thing (申办, 发展): what is asked about is not there."""
    things = [t for t in q.unheld if names_a_thing(t) or is_noun(t)]  # 奥运会, and 氢能 of two characters
    if not things or q.lang != "zh":
        return None
    # 发展氢能产业, 冰雪经济: a field's generic noun after the thing names no thing of its own
    held = [t for t in q.terms if t not in q.unheld and t not in words.GENERIC_FIELD_NOUNS]
    if not any(is_noun(t) for t in held):
        return things[0]
    # 发行地方政府专项债券: the noun the thing ends with names it; the words before it only qualify it
    # (提到新冠疫苗接种: a verb after it that the reports never use either names no thing)
    # (量子科技: a field's generic noun after the thing names no thing of its own, as above)
    placed = sorted([t for t in q.terms + q.unheld if t not in words.GENERIC_FIELD_NOUNS] or q.terms + q.unheld,
                    key=lambda t: q.text.rfind(fold(t)))
    while len(placed) > 1 and placed[-1] in q.unheld and placed[-1] not in things:
        placed.pop()
    last = placed[-1]
    # (动工了吗 asks a stage a project reached, which _at_an_earlier_stage weighs)
    # (a phrase of the synonym table, 新冠疫苗, has no tag of its own: it names a thing)
    # (春假秋假, run together from characters, may be the reports' 春秋假 and stays out)
    noun = word_tag(last).startswith(("n", "j")) or not word_tag(last) and len(expansions(last)) > 1
    return last if last in things and len(last) > 1 and noun \
        and last not in words.GENERIC_FIELD_NOUNS + words.KIND_OF_THING_NOUNS and last not in _STAGE_WORDS else None


def _unheld_place(context: Context) -> str | None:
    """青海地震的灾后恢复重建: a place the question names that the reports never write, and that
    none of them governs, is where nothing they say happened (西藏定日县地震 is not it)."""
    governed = [place for report in context.index.reports for place in report.places]
    if any(word_tag(t) == "ns" or (len(t) > 2 and t.endswith(words.PLACE_ENDINGS)) for t in context.q.terms):
        return None  # 广西田东县: the reports name the place inside it, which is where
    return next((t for t in context.q.unheld if word_tag(t) == "ns" and len(t) > 1
                 and not any(t in place or place in t for place in governed)), None)


def _unheld_in_field(q: Understanding) -> str | None:
    """冰雪经济、冰雪运动有什么部署: the thing asked about in a word the reports never use, when
    all they do use of the question are the nouns of its field (经济, 运动, 产业)."""
    things = [t for t in q.unheld if is_noun(t) and len(t) > 1]
    held = [t for t in q.terms if t not in q.unheld]
    if not things or not held or q.lang != "zh" or q.others or q.documents:
        return None
    return things[0] if all(t in words.GENERIC_FIELD_NOUNS for t in held) else None


def _specific_evidence(context: Context) -> list[int]:
    """有没有科学家当选了院士 — 黄三文当选中国科学院院士: of three words or more, a passage that
    holds the one the reports use least (院士) and all but one of the others says it; the word
    it lacks is the asker's (科学家, 本地, 运动员)."""
    terms = _figure_terms(context.q)
    if len(terms) < 3:
        return []
    shares = {t: share for t in terms if (share := _share_of_units(context, t)) > 0}  # (a word no passage holds is the lacking one)
    if len(shares) < len(terms) - 1:
        return []
    rarest = [t for t in shares if shares[t] == min(shares.values())]  # (承办 and 部长会议 both once)
    # …and the long name of the thing asked about, never the lacking word (获批设立自由贸易试验区)
    named = [t for t in terms if len(t) >= SPECIFIC_NAME and is_noun(t) and fold(t) in context.q.text]
    # (all but one, each perhaps through a synonym)
    return [i for i in _ranked_units(context, minimum=(len(terms) - 1) * SYNONYM_WEIGHT / len(terms) - 1e-9)
            if any(_coverage([t], context.index.units[i].text) >= SYNONYM_WEIGHT for t in rarest)
            and all(_coverage([t], context.index.units[i].text) >= SYNONYM_WEIGHT for t in named)]


def _claims(q: Understanding) -> list[str]:
    """What a yes/no question asserts beyond its topic: numbers (5.5%) and ranks (全市第一)."""
    # (第5位 is a rank, which CLAIM_RANK reads, no count of five people; 第48届 is an edition, and stays)
    claimed = [m for m in re.finditer(words.CLAIM_NUMBER, q.spaced)
               if not re.fullmatch(r"(?:19|20)\d{2}", m.group().strip())
               and not re.match(r"(?:st|nd|rd|th)\b", q.spaced[m.end():])  # the 14th Five-Year Plan: an ordinal
               and not re.search(r"[a-z]$", q.spaced[:m.start()])  # PM2.5, 5G: a number inside a name
               and not (q.spaced[m.start() - 1:m.start()] == "第" and re.search(r"\d[位名]?$", m.group()))]
    claims = [re.sub(r"\s+", "", m.group()) for m in claimed]
    claims += [m.group() for m in re.finditer(words.CLAIM_RANK, q.text)]
    claims += [m.group() for m in re.finditer(words.CLAIM_EDITIONS, q.text)]
    claims += [m.group() for m in re.finditer(words.CLAIM_RUN, q.text)]
    claims += [m.group() for m in re.finditer(words.CLAIM_GRADE, q.text)]
    claims += [f"{m.group('year')}年" for m in re.finditer(words.CLAIM_DEADLINE_EN, q.spaced)]
    # 11万多套: about the number claimed, at least it (a claim of its own, see _claim_pattern)
    claims = [_about(c, q.spaced[m.end():]) for c, m in zip(claims, claimed)] + claims[len(claimed):]
    claims = [c for c in claims if c and not re.fullmatch(r"\d", c)]
    if q.lang == "en":  # ranked second: the rank (第2)
        claims += [f"第{words.EN_ORDINALS[m.group('ordinal')]}" for m in re.finditer(words.CLAIM_RANK_EN, q.spaced)]
    if q.lang == "en":  # three academician teams: a count the passage must say, in digits or characters
        claims += [_count_claimed(m.group("count")) for m in re.finditer(words.CLAIM_COUNT_EN, q.spaced)
                   if not re.fullmatch(r"(?:19|20)\d{2}", m.group("count"))]
    return list(dict.fromkeys(claims))


def _about(claim: str, after: str) -> str:
    """500多家, 11万多套: a number claimed with 多 or 余 after it is about that number (see
    :func:`_claim_pattern`); its unit follows the 多."""
    about = re.match(r"[多余](" + "|".join(words.CLAIM_UNITS) + ")?", after)
    if about is None or not re.fullmatch(r"\d+[万亿千]?", claim):
        return claim
    return claim + "多" + (about.group(1) or "")


def _count_claimed(count: str) -> str:
    """The count an English question claims, as the reports write it (3 or 三)."""
    return str(words.EN_NUMBER_WORDS.get(count, count))


def _borne_out(q: Understanding, claims: list[str], evidence: list[Unit], report_years: set[int] | None = None,
               report_places: set[str] | None = None) -> bool:
    """Whether the passages say what the question claims: its numbers and ranks, no 未达 when
    meeting a goal is asked, no 下降 when growth is."""
    texts = [fold(unit.text) for unit in evidence[:3]]
    if q.says(words.MEET_WORDS) and any(n in texts[0] for n in words.NEGATIONS):
        return False
    if (q.says(words.GROWTH_WORDS) or q.says(words.RISE_ASKED)) and not q.says(words.DECLINES):
        if _declines(q, texts[0]):
            return False
    if q.says(words.FEWER_WORDS) and _changes(q, texts[0], words.RISES):
        return False  # 是不是比前一年少了 — 优良天数增加12天
    if q.says(words.HAPPENED_WORDS) and any(_says_it_did_not_happen(q, text) for text in texts):
        return False
    if _ranked_the_other_way(q, texts):
        return False  # 是不是慢于全市平均 — 增速高于全市平均水平
    if _standing_said_otherwise(q, texts):
        return False  # PM2.5浓度是不是在深圳各区里排名靠前了 — PM2.5、PM10等指标…仍然全市排名靠后
    if _names_said_apart(q, texts) or _done_otherwise(q, texts) or _place_said_of_another(q, texts, report_places or set()):
        return False
    if q.says(words.DONE_ASKED_WORDS) and not q.says(words.STRIVING_WORDS) and _only_striven_for(q, texts):
        return False  # 是不是已经八连冠了 — 争创省双拥模范区“八连冠”
    if q.says(words.DONE_ASKED_WORDS) and _still_there(q, texts):
        return False  # 是不是已经把黑臭水体全部消除了 — 20条河流中仍有9条黑臭水体
    if re.search(words.LEFT_ASKED, q.spaced) and _all_done(q, texts):
        return False  # 危险边坡是不是还剩十几处没治理完 — 完成剩余14处危险边坡治理，实现411处全部销号
    if (q.says(words.DONE_ASKED_WORDS) or re.search(words.FULLY_ASKED, q.spaced)) and _round_not_done(q, texts):
        return False  # 第三轮…是不是也已经全部整改完了 — 第一、二轮…全部整改办结，第三轮整改任务有序推进
    if re.search(words.FULLY_ASKED, q.spaced) and _done_in_the_main(q, texts):
        return False  # 黑臭水体是不是已经百分之百清零了 — 基本消除地级以上城市建成区黑臭水体
    if _given_to_another(q, claims, texts):
        return False  # did manufacturing investment grow by 9.4% — 基础设施、制造业投资分别增长9.4%、9.1%
    if _changed_the_other_way(q, claims, texts):
        return False  # 居民消费价格是不是下降了0.9% — 居民消费价格上涨0.9%
    if _ranked_on_another_measure(q, texts):
        return False  # 进出口总额的规模排在全国第5位 — 进出口总额突破万亿元、增速居全国第5位
    if _level_said_otherwise(q, texts):
        return False  # 是不是评上了国家级的五星级碧道 — 茅洲河碧道被评为广东省五星级碧道
    if _designated_otherwise(q, texts):
        return False  # 是不是拿到国家知识产权强县建设示范县 — 光明获评国家知识产权强县建设试点县
    if (change := re.search(words.CHANGE_CLAIM, q.text)) and _change_contradicted(change, texts):
        return False  # 税率从16%降到10% — 现行16%的税率降至13%
    if re.search(words.WHOLE_YEAR_ASKED, q.spaced) and _only_in_a_month(q, texts):
        return False  # 是不是全年都达到了V类标准 — 龙岗河西湖村断面12月份已达地表水V类标准
    if re.search(words.THIS_YEAR_ASKED, q.spaced) and _due_another_year(q, texts, report_years or set()):
        return False  # 今年能不能建成津潍高铁 — 今年建成雄商、济滨高铁，2027年、2028年分别建成津潍、潍宿高铁
    if not claims:
        return True
    deadline = re.search(words.CLAIM_DEADLINE_ZH, q.text)
    if deadline and int(deadline.group("year")) not in (report_years or set()):  # (国务院2017年要…: the year it plans)
        # a deadline claimed with another number (12号线…2020年就能通车): both in one clause (a year
        # alone may be the one the report reviews, which its passages leave unsaid)
        said = claims + [f"{deadline.group('year')}年"]
        return any(all(fold(claim) in clause for claim in said) for text in texts for clause in _clauses(text))
    if not q.says(words.AVERAGE_WORDS):  # 增长了4.5%吗 — 年均分别增长4.5%、3%: a five years' average
        texts = [_without_averages(text) for text in texts]
    holding = [text for text in texts if all(_holds_claim(text, claim, q.terms) for claim in claims)]
    if q.says(words.DONE_ASKED_WORDS) and not q.says(words.TARGET_CLAIM_WORDS):
        # 人均GDP是不是已经突破40万元 — 未来五年主要预期目标为：…人均GDP达到40万元: a target, not done
        holding = [text for text in holding if not _only_as_target(text, claims, q.terms)]
    return bool(holding)


def _only_in_a_month(q: Understanding, texts: list[str]) -> bool:
    """Whether the clauses naming the most of the question's things say a month (12月份), never
    the whole year (全年, 年均)."""
    terms = [t for t in q.terms if t not in words.GENERIC_TOPIC_WORDS]
    covered = [(c, _coverage(terms, c)) for text in texts for c in _clauses(text)]
    most = max((share for _c, share in covered), default=0)
    clauses = [c for c, share in covered if share > 0 and share == most]
    return bool(clauses) and all(re.search(words.MONTH_SAID, c) and not re.search(words.WHOLE_YEAR_SAID, c)
                                 for c in clauses)


def _due_another_year(q: Understanding, texts: list[str], report_years: set[int]) -> bool:
    """Whether the clauses naming all the question's things give them years, none of them the
    year of the reports, which is the year the question asks (今年)."""
    things = [fold(t) for t in q.terms if is_noun(t) and t not in _STAGE_WORDS and t not in words.GENERIC_TOPIC_WORDS]
    clauses = [c for text in texts for c in _clauses(text) if things and all(t in c for t in things)]
    years = [{int(y) for y in re.findall(r"((?:19|20)\d{2})年", c)} for c in clauses]
    return bool(clauses) and all(said and not said & report_years and "今年" not in c
                                 for said, c in zip(years, clauses))


def _without_averages(text: str) -> str:
    """The passage without its clauses of yearly averages (年均增长4.5%), which answer no question
    of one year's change."""
    parts = re.split(r"(?<=[，,。；;])", text)  # each clause with the mark that ends it
    return "".join(c for c in parts if not re.search(words.AVERAGE_SAID, c))


def _only_as_target(text: str, claims: list[str], terms: list[str]) -> bool:
    """Whether every sentence of ``text`` saying the claims sets them as a target (目标, 预期)."""
    # (sentences, not their parts: a target's items are parted by semicolons, 预期目标为：…；人均GDP达到40万元)
    sentences = [s for s in re.split(r"[。\n]", text) if all(_holds_claim(s, claim, terms) for claim in claims)]
    # (超额完成“十四五”规划目标 is a target met, which sets none)
    unmet = [re.sub(words.TARGET_MET, "", s) for s in sentences]
    return bool(sentences) and all(any(w in s for w in words.TARGET_CLAIM_WORDS) for s in unmet)


def _still_there(q: Understanding, texts: list[str]) -> bool:
    """Whether a clause naming a noun of the question says it is still there or not yet done."""
    things = [t for t in q.terms if is_noun(t) and t not in words.GENERIC_TOPIC_WORDS]
    return any(any(w in clause for w in words.STILL_WORDS) and any(fold(t) in clause for t in things)
               for text in texts for clause in _clauses(text))


def _all_done(q: Understanding, texts: list[str]) -> bool:
    """Whether a clause naming a noun of the question, or the clause after one, says all of it
    was done (全部销号, 全面消除)."""
    things = [fold(t) for t in q.terms if is_noun(t) and t not in words.GENERIC_TOPIC_WORDS]
    for text in texts:
        clauses = _clauses(text)
        for k, clause in enumerate(clauses):
            named = any(t in clause for t in things) or (k > 0 and any(t in clauses[k - 1] for t in things))
            if named and re.search(words.ALL_DONE_SAID, clause):
                return True
    return False


def _given_to_another(q: Understanding, claims: list[str], texts: list[str]) -> bool:
    """A number claimed that a list with 分别 gives to another of its things than the one the
    question names: the things and the numbers pair in order, and the thing is told apart by the
    words of the question only one of the things holds (制造业, not the 投资 both share)."""
    for text in texts:
        for said in re.finditer(words.RESPECTIVELY_SAID, text):
            things = said.group("items").split("、")
            values = [re.match(r"\d+(?:\.\d+)?", v).group() for v in said.group("values").split("、")]  # type: ignore[union-attr]
            if len(things) != len(values):
                continue
            named = [[any(fold(w) in thing for w in expansions(t)) for t in q.terms] for thing in things]
            telling = [k for k in range(len(q.terms)) if sum(row[k] for row in named) == 1]
            asked = [n for n, row in enumerate(named) if any(row[k] for k in telling)]
            for claim in claims:
                number = re.match(r"\d+(?:\.\d+)?", claim)
                if number is None or number.group() not in values or len(asked) != 1:
                    continue
                if values.index(number.group()) != asked[0] and values.count(number.group()) == 1:
                    return True
    return False


def _round_not_done(q: Understanding, texts: list[str]) -> bool:
    """Whether the clauses naming the round or batch the question asks done (第三轮) say it only
    under way; a round is named on its own (第三轮) or in a list of rounds (第一、二轮 names 二轮)."""
    for asked in re.finditer(words.ROUND_ASKED, q.text):
        count = asked.group("count")
        number = int(count) if count.isdigit() else chinese_to_int(count)
        said = re.compile(f"第(?:[一二三四五六七八九十\\d]+、)*(?:{number}|{_in_characters(number)}){asked.group('unit')}")
        clauses = [c for text in texts for c in _clauses(text) if said.search(c)]
        if clauses and not any(re.search(words.ROUND_DONE_SAID, c) for c in clauses):
            return True
    return False


def _changed_the_other_way(q: Understanding, claims: list[str], texts: list[str]) -> bool:
    """A change claimed one way with its number (下降了0.9%) that the passages give the other way
    only (上涨0.9%): the words right before each place the number is said."""
    asked_down, asked_up = q.says(words.DECLINES), q.says(words.RISES + words.RISE_ASKED)
    if asked_down == asked_up:
        return False
    said = [text[max(0, m.start() - words.CHANGE_REACH):m.start()] for claim in claims if "%" in claim
            for text in texts for m in _claim_pattern(claim).finditer(text)]
    if not said:
        return False
    other, same = (words.RISES, words.DECLINES) if asked_down else (words.DECLINES, words.RISES)
    return all(any(w in before for w in other) and not any(w in before for w in same) for before in said)


def _ranked_on_another_measure(q: Understanding, texts: list[str]) -> bool:
    """A rank claimed of one measure (size) that every clause giving that rank gives of the other
    (growth)."""
    ranks = [m.group() for m in re.finditer(words.CLAIM_RANK, q.text)]
    asked = [measure for measure, said in words.RANKED_MEASURES.items() if q.says(said)]
    if not ranks or len(asked) != 1:
        return False
    topic = [t for t in q.terms if t not in words.GENERIC_TOPIC_WORDS]
    clauses = [c for text in texts for c in _ranked_clauses(text, topic)
               if any(_holds_claim(c, rank, q.terms) for rank in ranks)]
    other = [m for m in words.RANKED_MEASURES if m != asked[0]]
    return bool(clauses) and all(any(w in c for m in other for w in words.RANKED_MEASURES[m])
                                 and not any(w in c for w in words.RANKED_MEASURES[asked[0]]) for c in clauses)


def _done_in_the_main(q: Understanding, texts: list[str]) -> bool:
    """Whether the clauses naming a noun of the question say it was done in the main (基本消除)
    and none that all of it was."""
    things = [fold(t) for t in q.terms if is_noun(t) and t not in words.GENERIC_TOPIC_WORDS]
    clauses = [c for text in texts for c in _clauses(text) if any(t in c for t in things)]
    return any(re.search(words.PARTLY_SAID, c) for c in clauses) \
        and not any(re.search(words.ALL_DONE_SAID, c) for c in clauses)


def _level_said_otherwise(q: Understanding, texts: list[str]) -> bool:
    """A level claimed (国家级) that the clauses naming all the question's things say otherwise
    (广东省五星级碧道) and never as claimed."""
    # (全国第一 is the scope of a rank, which the rank's own rule weighs)
    unranked = re.sub(words.CLAIM_RANK_AMONG, "", q.spaced)
    claimed = [level for level, asked in words.LEVELS_ASKED.items() if re.search(asked, unranked)]
    if len(claimed) != 1:
        return False  # none, or a national or provincial model: either will do
    level = claimed[0]
    levels = "|".join(list(words.LEVELS_ASKED.values()) + list(words.LEVELS_SAID.values()))
    things = [fold(t) for t in q.terms if is_noun(t) and not re.fullmatch(levels, t)
              and t not in words.GENERIC_TOPIC_WORDS and ALTERNATIVE not in t]
    if not things:
        return False
    # (医保 names what 基本医疗保险省级统筹 says; 牌子, which no passage says, names nothing there)
    things = [t for t in things if any(fold(w) in text for w in expansions(t) for text in texts)]
    if not things:
        return False
    clauses = [c for text in texts for c in _clauses(text)
               if all(any(fold(w) in c for w in expansions(t)) for t in things)]
    said = [other for other, pattern in words.LEVELS_SAID.items() if any(re.search(pattern, c) for c in clauses)]
    return bool(said) and level not in said


def _designated_otherwise(q: Understanding, texts: list[str]) -> bool:
    """A designation claimed (示范) that the clauses naming all the question's other nouns give as
    another (试点) and never as claimed."""
    claimed = [d for d in words.DESIGNATIONS if d in q.text]
    if len(claimed) != 1:
        return False
    things = [fold(t) for t in q.terms if is_noun(t) and not any(d in t for d in words.DESIGNATIONS)
              and t not in words.GENERIC_TOPIC_WORDS]
    clauses = [c for text in texts for c in _clauses(text) if things and all(t in c for t in things)]
    said = {d for d in words.DESIGNATIONS if any(d in c for c in clauses)}
    return bool(said) and claimed[0] not in said


def _only_striven_for(q: Understanding, texts: list[str]) -> bool:
    """Whether every clause of the passages naming the most of the question's terms strives
    for what it names (争创, 力争) rather than saying it was reached."""
    terms = [t for t in q.terms if t not in words.GENERIC_TOPIC_WORDS]
    covered = [(c, _coverage(terms, c)) for text in texts for c in _clauses(text)]
    most = max((share for _c, share in covered), default=0)
    clauses = [c for c, share in covered if share > 0 and share == most]
    return bool(clauses) and all(any(w in c for w in words.STRIVING_WORDS)
                                 and not any(w in c for w in words.REACHED_WORDS) for c in clauses)


def _asks_a_comparison(q: Understanding) -> bool:
    """慢于全市平均, 比全国低: a comparison with another's rate asked one way or the other."""
    return q.says(words.BELOW_WORDS + words.ABOVE_WORDS) or any(
        re.search(pattern, q.text) for pattern in (words.BELOW_ASKED, words.ABOVE_ASKED))


def _compares(q: Understanding, text: str) -> bool:
    """Whether a clause of ``text`` compares what the question asks about (增速高于全国): a word of
    comparison beside a word of the question's outside what it is compared with."""
    compared_with = "".join(m.group() for pattern in (words.BELOW_ASKED, words.ABOVE_ASKED)
                            for m in re.finditer(pattern, q.text))
    topic = [t for t in q.terms if fold(t) not in compared_with and t not in words.COMPARISON_FRAME_WORDS]
    # …with what it is compared with (全市, 全国) after the word of comparison, when the question names it
    references = re.findall(words.COMPARED_WITH, compared_with)
    clauses = _clauses(text)
    # (or the clause before: 地区生产总值增长5.1%，增速高于全国)
    return any(any(w + r in clause for w in words.BELOW_WORDS + words.ABOVE_WORDS for r in references or [""])
               and _coverage(topic, clause + (clauses[k - 1] if k else "")) > 0 for k, clause in enumerate(clauses))


def _ranked_the_other_way(q: Understanding, texts: list[str]) -> bool:
    """A comparison claimed one way (慢于, 低于) that the passages make the other way only (高于)."""
    for asked, pattern, other in ((words.BELOW_WORDS, words.BELOW_ASKED, words.ABOVE_WORDS),
                                  (words.ABOVE_WORDS, words.ABOVE_ASKED, words.BELOW_WORDS)):
        if (q.says(asked) or re.search(pattern, q.text)) and any(w in text for text in texts for w in other) \
                and not any(w in text for text in texts for w in asked):
            return True
    return False


def _standing_said_otherwise(q: Understanding, texts: list[str]) -> bool:
    """A standing claimed (排名靠前) that the sentences naming the thing give the other way
    (排名靠后) and never as claimed."""
    for asked, other in ((words.STANDING_HIGH, words.STANDING_LOW), (words.STANDING_LOW, words.STANDING_HIGH)):
        if not q.says(asked):
            continue
        topic = [t for t in q.terms if t not in words.GENERIC_TOPIC_WORDS]
        # (the sentences naming it: 虽有较大幅度改善，但仍然全市排名靠后 says it of what opens it)
        sentences = [s for text in texts for s in re.split(r"[。；;]", text) if any(_coverage([t], s) > 0 for t in topic)]
        said = [s for s in sentences if any(w in s for w in asked + other)]
        if said and all(not any(w in c for w in asked) for c in said):
            return True
    return False


_CLAUSE_MARKS = re.compile(r"[，,；;。]")


def _clauses(text: str) -> list[str]:
    """A text's clauses: what its commas, semicolons and full stops separate."""
    return _CLAUSE_MARKS.split(text)


def _names_said_apart(q: Understanding, texts: list[str]) -> bool:
    """电影《熊出没·重返地球》获得了“五个一工程”奖吗 — 《南海榕》…荣获“五个一工程”奖，电影《熊出没·重返
    地球》荣获“金鸡奖”: two names the question quotes and joins are said of each other only if one
    clause of a passage holds both.  So are two bodies it names (海南大学…软科世界大学学术排名 —
    海南大学进入软科中国大学排名百强，海南医科大学首次跻身软科世界大学学术排名)."""
    bodies = [link.text for link in q.links if any(e.type in words.BODIES_SAID_TOGETHER for e in link.entities)]
    quoted = list(dict.fromkeys([fold(name) for name in quoted_names(q.question)] + bodies))
    if len(quoted) < 2 or not all(any(name in text for text in texts) for name in quoted):
        return False
    return not any(all(name in clause for name in quoted) for text in texts for clause in _clauses(text))


def _place_said_of_another(q: Understanding, texts: list[str], report_places: set[str]) -> bool:
    """贵州是不是让遵义去当对接粤港澳大湾区的桥头堡 — 支持“黎从榕”打造对接粤港澳大湾区“桥头堡”、遵义
    打造对接成渝地区双城经济圈“桥头堡”: the part of a sentence (between commas or list marks) that
    says most of what is asked names another place than the one the question names."""
    quoted = [fold(name) for name in quoted_names(q.question)]  # (“桥头堡” is a figure of speech, no place)
    # (光明 of 光明区's report is where all of it is, not a place said of one part)
    places = [fold(t) for t in q.terms if len(t) > 1 and _is_place(t) and not any(fold(t) in n for n in quoted)
              and fold(t) not in report_places]
    things = [t for t in q.terms if fold(t) not in places and t not in words.GENERIC_TOPIC_WORDS]
    if len(places) != 1 or len(things) < 2:
        return False
    parts = [p for text in texts for p in re.split(r"[，,、；;。：:]", text)]
    with_place = [_coverage(things, p) for p in parts if places[0] in p]
    without = [_coverage(things, p) for p in parts if places[0] not in p]
    return bool(with_place) and max(without, default=0) > max(with_place)


def _is_place(term: str) -> bool:
    """A place of the gazetteer that the dictionary does not read as a common noun (遵义, which it
    reads as a verb; not 城市, which it tags as a place); the gazetteer is loaded only when a
    question needs it."""
    from ..extract.places import gazetteer

    tag = word_tag(term)
    return (tag == "ns" or not tag.startswith("n")) and term in gazetteer().by_name  # (城市 is tagged ns)


def _done_otherwise(q: Understanding, texts: list[str]) -> bool:
    """是否取消国际长途电话费 — 降低国际长途电话费: the clauses naming the thing asked about do a
    weaker thing to it (CONTRARY_ACTIONS), none the thing asked."""
    for asked, weaker in words.CONTRARY_ACTIONS:
        if not q.says(asked) or q.says(weaker):
            continue
        things = [fold(t) for t in q.terms if is_noun(t) and not any(a in t or t in a for a in asked + weaker)]
        clauses = [c for text in texts for c in _clauses(text) if any(t in c for t in things)]
        if clauses and not any(a in c for c in clauses for a in asked) and any(w in c for c in clauses for w in weaker):
            return True
    return False


def _change_contradicted(change: re.Match[str], texts: list[str]) -> bool:
    """A change claimed from one number to another (从16%降到10%) that the passages make from
    the same number to another one only."""
    start, end = change.group("start"), change.group("end")
    made = [m.group("end") for text in texts for m in re.finditer(words.CHANGE_SAID.format(start=re.escape(start)), text)]
    return bool(made) and end not in made


def _says_it_did_not_happen(q: Understanding, text: str) -> bool:
    """全年未发生重大及以上事故 answers 是否发生过重大安全事故: a clause with a word of the
    question says it did not happen."""
    topic = [t for t in q.terms if not any(t in w or w in t for w in words.HAPPENED_WORDS)]
    return any((any(n in clause for n in words.NOT_HAPPENED) or re.search(words.NONE_HAPPENED, clause))
               and any(fold(word) in clause for t in topic for word in expansions(t))
               for clause in _clauses(text))


def _holds_claim(text: str, claim: str, terms: list[str]) -> bool:
    if re.fullmatch(words.CLAIM_GRADE, claim):
        return re.search(r"(?<![a-z])" + re.escape(claim), fold(text)) is not None  # ii类 is not iii类
    if run := re.fullmatch(words.CLAIM_RUN, claim):
        years = int(run.group("count")) if run.group("count").isdigit() else chinese_to_int(run.group("count"))
        either = f"(?:{years}|{_in_characters(years)})" if years < 100 else str(years)
        # (in the clause of a run that names the thing best: 连续五年保持100% is another thing's run)
        runs = [(_coverage(terms, c), c) for c in re.split(r"[，,。；;]", fold(text)) if "连续" in c]
        best = max((share for share, _c in runs), default=0)
        return any(re.search(f"连续{either}{run.group('unit')}", c) for share, c in runs if share == best)
    if editions := re.fullmatch(words.CLAIM_EDITIONS, claim):
        # 十五届 claimed: the passage says it in characters or in digits (连续举办十届 is no)
        count = chinese_to_int(editions.group("count"))
        return any(_number_said_of(text, form, terms) for form in (claim, f"{count}{editions.group('unit')}"))
    rank = re.search(r"第([一二三四五六七八九十\d]+)|首位|之首", claim)
    if rank is None:
        return _number_said_of(text, fold(claim), terms)
    # A rank is said of something: 森林覆盖率稳居全国第2 answers 森林覆盖率排全国第一 (no),
    # whatever else the passage ranks first.  The rank must stand in a clause with a term.
    topic = [t for t in terms if fold(t) not in fold(claim)]  # 全国 in 全国第一 is the rank's scope
    # …and a scope claimed is said with it (使创新成为引领发展的第一动力 ranks nothing in the country)
    scope = fold(claim[: rank.start()])
    clauses = [c for c in _ranked_clauses(text, topic) if scope in c]
    text = "，".join(clauses)
    number = rank.group(1) if rank.group(1) else "一"
    value = int(number) if number.isdigit() else words.RANK_NUMBERS.get(number, 0)
    forms = [f"第{value}", "第" + next((k for k, v in words.RANK_NUMBERS.items() if v == value and k != "首"), "")]
    if value == 1:
        # 在全市率先实现100%复产: the first to; 全球首座“钍基熔盐实验堆”: the first one built
        forms += ["首位", "之首", "首个", "首家", "首座", "首条", "首台", "首批", "首例", "率先"]
    return any(form in text for form in forms if len(form) > 1)


def _ranked_clauses(text: str, topic: list[str]) -> list[str]:
    """The clauses that may rank what the question names: those naming it, and those opening with
    a verb of ranking later in the sentence of one (全年地区生产总值1285.3亿元，增长12.9%，…，排名
    全市第一)."""
    found = []
    for sentence in re.split(r"[。；;]", text):
        named = False
        for clause in re.split(r"[，,]", sentence):
            names = any(_coverage([t], clause) > 0 for t in topic)  # (a term may be alternatives: 旅客|人次)
            if names or (named and (clause.startswith(words.RANK_VERBS + words.RANK_MEASURE_OPENINGS)
                                    or re.match(words.RANK_SCOPE_OPENINGS, clause))):
                found.append(clause)
            named = named or names
    return found


def _asks_increments(q: Understanding) -> bool:
    """新增了多少, how many new…: what a year added, not a total."""
    return any(w in q.text for w in words.INCREMENT_WORDS) or re.search(words.INCREMENT_EN, q.spaced) is not None


_NUMERAL_CHARS = "一二两三四五六七八九十百千万"


def _in_characters(count: int) -> str:
    """2 → 两|二, 10 → 十, 25 → 二十五: a count under a hundred as the reports write it in characters."""
    digits = "零一二三四五六七八九"
    if count == 2:
        return "(?:两|二)"
    if count < 10:
        return digits[count]
    tens, ones = divmod(count, 10)
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[ones] if ones else "")


def _number_said_of(text: str, claim: str, terms: list[str]) -> bool:
    """6% GDP growth — 地区生产总值增长5%左右；…规模工业增加值增长6%: a number is claimed of the
    thing asked about, so it must stand in a clause naming it or in the clause right after one
    (地区生产总值4496亿元，增长6%).  Words of change and target name nothing (增长, 目标)."""
    stated = _claim_pattern(claim)
    if not stated.search(text):
        return False
    topic = [t for t in terms if not any(w in words.GROWTH_WORDS + words.CLAIM_FRAME_WORDS for w in alternatives(t))]
    if not topic:
        return True
    clauses = re.split(r"[，,；;。：:]", text)
    covered = [_coverage(topic, clause) for clause in clauses]
    named = [share > 0 for share in covered]
    # (a clause naming less of it than another that counts in the claim's unit names something else:
    # 金融业预计实现增加值约1420亿元 is no 现代服务业增加值, which 现代服务业实现增加值2900亿元 is)
    unit = re.sub(r"^[\d.]+", "", claim)
    best = max(covered, default=0)
    rival = bool(unit) and any(share == best and re.search(r"\d" + re.escape(unit), clause)
                               for share, clause in zip(covered, clauses))
    if rival:
        named = [share == best for share in covered]
    # (筹集公共住房6152套，供应3950套: the number of the action asked, 供应, is the one its clause counts)
    acts = [fold(t) for t in topic if is_verb(t)]
    acted = [any(a in clause for a in acts) for clause in clauses]
    counted_elsewhere = bool(unit) and any(acted[i] and re.search(r"\d" + re.escape(unit), clause)
                                           and not stated.search(clause) for i, clause in enumerate(clauses))
    return any((found := stated.search(clause)) and (named[i] or (i > 0 and named[i - 1]
                                                              and _of_nothing_else(clause[:found.start()]))
                                                     or (clause.startswith(words.TOTAL_OPENINGS) and any(named[max(0, i - 3):i])))
               and _of_the_best_item(clause, stated, topic) and (acted[i] or not counted_elsewhere)
               for i, clause in enumerate(clauses))


def _of_the_best_item(clause: str, stated: re.Pattern[str], topic: list[str]) -> bool:
    """新增养老床位3852张、认知障碍照护床位3326张: in a clause listing counted items, each ending
    with its number, the number claimed stands in the item that names the question's things best
    (整合为产业、科创两支基金 lists no counted items)."""
    items: list[str] = []
    for item in clause.split("、"):
        if items and item.startswith(words.RISES + words.DECLINES + ("同比", "比上年", "较上年")):
            items[-1] += "、" + item  # 5.67万亿元、增长5.4%: the change is the item's own
        else:
            items.append(item)
    holding = [item for item in items if stated.search(item)]
    if len(items) < 2 or not holding or not all(re.search(words.COUNTED_ITEM_END, item) for item in items):
        return True
    best = max(_coverage(topic, item) for item in items)
    return any(_coverage(topic, item) >= best for item in holding)


def _claim_pattern(claim: str) -> re.Pattern[str]:
    """How a number claimed is said: 7% is not the end of 17%; a bare count (3) is neither 30 nor
    三十; a small count is said in digits or characters (3支 or 三支); people are counted in any of
    their units (89位 or 89人)."""
    if about := re.fullmatch(r"(\d+)([千万亿]?)多(\D*)", claim):
        if about.group(2):  # 11万多套 — 11.08万套
            return re.compile(r"(?<![\d.])" + about.group(1) + r"(?:\.\d+)?" + about.group(2))
        # 500多家 — 526家 (or 500多家): the same leading digits, as many places
        lead = about.group(1).rstrip("0") or about.group(1)
        places = len(about.group(1)) - len(lead)
        return re.compile(r"(?<![\d.])" + lead + rf"\d{{{places}}}(?:\.\d+)?(?:多|余)?" + re.escape(about.group(3)))
    if sized := re.fullmatch(r"(\d+(?:\.\d+)?)([千万亿]?)(\D*)", claim):
        value = Decimal(sized.group(1)) * _MAGNITUDES[sized.group(2)]
        if value >= 1000 and value == value.to_integral_value():
            # 6000张 — 新增床位6千张 (and 1.5万人 — 15000人): the same count in another magnitude
            # (两万亿级城市: a whole count of a magnitude is also written in characters)
            return re.compile("|".join([r"(?<![\d.])" + re.escape(form + sized.group(3)) for form in _magnitudes(int(value))]
                                       + [f"(?<![{_NUMERAL_CHARS}]){_in_characters(int(m.group(1)))}{m.group(2)}"
                                          + re.escape(sized.group(3))
                                          for form in _magnitudes(int(value))
                                          if (m := re.fullmatch(r"([1-9]\d?)([千万亿]+)", form))]
                                       # (跌破千亿, 迈上万亿台阶: a thousand or one of a magnitude, bare)
                                       + [f"(?<![\\d.{_NUMERAL_CHARS}]){bare}" + re.escape(sized.group(3))
                                          for bare in _bare_magnitudes(value)]))
    count = re.fullmatch(r"(\d+)(\D*)", claim)
    if count is None:
        return re.compile(r"(?<![\d.])" + re.escape(claim))
    number, unit = count.groups()
    people = words.PEOPLE_UNITS + ("位",)
    after = ("(?:" + "|".join(people) + ")" if unit in people else re.escape(unit)) if unit else None
    forms = [r"(?<![\d.])" + number + (after or r"(?![\d.])")]
    if 1 < int(number) < 100:
        forms.append(f"(?<![{_NUMERAL_CHARS}]){_in_characters(int(number))}" + (after or f"(?![{_NUMERAL_CHARS}])"))
    return re.compile("|".join(forms))


# The magnitudes a count is written in, smallest first, with none (the digits alone).
_MAGNITUDES = {"": Decimal(1)} | {word: MAGNITUDES[word] for word in ("千", "万", "亿")}


def _bare_magnitudes(value: Decimal) -> list[str]:
    """1000亿 → 千亿, 1万亿 → 万亿: an amount the reports write as its magnitude alone."""
    return [word for word, size in (("千亿", Decimal(10) ** 11), ("万亿", Decimal(10) ** 12), ("千万", Decimal(10) ** 7))
            if value == size]


def _magnitudes(value: int) -> list[str]:
    """6000 → 6000, 6千; 15000 → 15000, 1.5万: a count in digits and in each magnitude it fills."""
    forms = [str(value)]
    for word, size in _MAGNITUDES.items():
        scaled = Decimal(value) / size
        # (thousands up to ten thousand only: the reports write 1.5万, never 15千)
        if word and 1 <= scaled and (scaled * 100) % 1 == 0 and not (word == "千" and value >= 10000):
            forms.append(format(scaled.normalize(), "f") + word)
    return forms


def _of_nothing_else(before: str) -> bool:
    """增长6% carries on the clause before; 规模以上工业增加值增长6% names its own thing (``before``
    is the clause up to the number)."""
    for word in sorted(words.RISES + words.DECLINES + words.COMPARISON_WORDS + ("同比", "比上年", "较上年", "比去年", "较去年"),
                       key=len, reverse=True):
        before = before.replace(word, "")
    return len(before) <= 2


def _declines(q: Understanding, text: str) -> bool:
    """下降7.6% after a term of the question, before its sentence part ends (地区生产总值4496.45亿元、
    全市第三，下降7.6%；): the thing asked about fell."""
    return _changes(q, text, words.DECLINES)


def _changes(q: Understanding, text: str, changes: tuple[str, ...]) -> bool:
    """One of ``changes`` after a term of the question, before its sentence part ends."""
    for term in q.terms:
        at = text.find(fold(term))
        if at < 0:
            continue
        part = re.split(r"[；;。]", text[at: at + len(term) + DECLINE_REACH])[0]
        if any(w in part for w in changes):
            return True
    return False


def _unknown_link(context: Context) -> Answer | None:
    """A 文号 the graph does not hold: say so, and offer the closest names."""
    missing = next((link for link in context.q.links if not link.entities), None)
    if missing is None:
        return None
    kind = "citing" if context.q.strength("citing") or _asks_for_units(context.q) else "document"
    return Answer(question=context.q.question, kind=kind, summary=message("unknown", context.lang, name=missing.text),
                  suggestions=context.names.closest(missing.text))


def _not_given(context: Context, name: str) -> Answer:
    """有没有交代办了多少件行政复议案件: asked whether the report gives a number it does not, no;
    asked for the number, that the report does not mention it."""
    if context.q.strength("yesno"):
        return Answer(question=context.q.question, kind="yesno", yes=False, items=[], absent=True,
                      summary=message("no", context.lang, name=name))
    return _absent(context, name)


def _no_figure(context: Context) -> Answer:
    """个税起征点提高到每月多少钱 — 提高个人所得税起征点: no figure counts what the reports do speak
    of; said so, not that they never mention it."""
    q = context.q
    if q.strength("yesno") or q.unheld or not q.terms:
        return _not_given(context, _topic_name(q))
    return Answer(question=q.question, kind="absent", absent=True,
                  summary=message("no-figure", context.lang, name=_topic_name(q)))


def _absent(context: Context, name: str) -> Answer:
    return Answer(question=context.q.question, kind="absent", absent=True,
                  summary=message("absent", context.lang, name=name or context.q.question))


def _topic_name(q: Understanding) -> str:
    return "、".join(t.replace(ALTERNATIVE, "/") for t in _figure_terms(q)) or q.question


def _coverage(terms: list[str], text: str) -> float:
    """The share of ``terms`` that ``text`` holds: a term itself counts whole, through a synonym
    a little less, so the report's own word wins a tie."""
    folded = fold(text)
    hits = 0.0
    for term in terms:
        own, related = _folded_forms(term)
        if any(part in folded for part in own):
            hits += 1.0
        elif any(word in folded for word in related):
            hits += SYNONYM_WEIGHT
    return hits / len(terms) if terms else 0.0


@lru_cache(maxsize=4096)
def _folded_forms(term: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A term's own forms and its synonyms, folded once: every figure of a graph is matched.  A
    level named with or without 级 is one form (国家高新技术企业, 国家级高新技术企业)."""
    own = [fold(p) for p in alternatives(term)]
    own += [re.sub(words.LEVEL_WITHOUT_JI, r"\1级", p) for p in own if re.match(words.LEVEL_WITHOUT_JI, p)] \
        + [re.sub(words.LEVEL_WITH_JI, r"\1", p) for p in own if re.match(words.LEVEL_WITH_JI, p)]
    return tuple(own), tuple(fold(w) for w in expansions(term)[1:])


def _needed(terms: list[str]) -> float:
    """Every term of one or two (a synonym will do), else half of them."""
    return SYNONYM_WEIGHT if len(terms) <= 2 else MIN_COVERAGE


# --- report facts, rankings, connections ----------------------------------------------------


def _report(context: Context) -> Answer:
    """The report's signer, issuing body, speaker, recipient, date, number, title or year."""
    q = context.q
    wanted = [] if q.says(words.REPORT_FACTS_WORDS) else q.fields
    reports = [r for r in _distinct(context.run(queries.REPORT), "report") if context.in_scope(r["report"])]
    # 2014年那份报告是谁作的: a year picks the report delivered then, when one was
    if q.years and not any(as_int(r["year"]) in q.years or as_int(r["reviewed"]) in q.years for r in reports):
        cited = _cited_report(context, wanted)
        if cited is not None:
            return cited  # the report covering 2019, asked of the 2020 report: the one it cites
    reports = [r for r in reports if as_int(r["year"]) in q.years] or reports
    sources = sorted((row["report"] or "", row["rule"] or "", row["quote"] or "", as_int(row["begin"]) or 0)
                     for row in context.run(queries.REPORT_SOURCES))

    def source(report: str, prefixes: tuple[str, ...]) -> str | None:
        # A fact's rule names how it was read (header.issuer.closing): its field is the prefix;
        # a name read inside a sentence (我代表国务院，向大会报告…) is shown in that sentence.
        return next((_sentence_at(context, report, begin) or quote for r, rule, quote, begin in sources
                     if r == report and rule.startswith(prefixes)), None)

    items: list[Item] = []
    for row in reports:
        info = context.reports.get(row["report"] or "")
        report_label = info.named if info else row["title"] or row["label"] or ""
        for name, value_column, iri_column, prefixes, type_name in queries.REPORT_FIELDS:
            if (wanted and name not in wanted) or not row[value_column]:
                continue
            value = row[value_column] or ""
            if type_name == "Year" and context.lang == "zh":
                value += "年"
            quote = source(row["report"] or "", prefixes)
            if quote is None and name == "reviewed":
                quote = _review_heading(context, row["report"] or "")  # 一、过去五年工作回顾
            items.append(Item(
                iri=row[iri_column] if iri_column else row["report"], label=value, type=type_name,
                text=f"{name}: {value}", source=quote,
                extra={"field": name, "report": row["report"], "reportLabel": report_label},
            ))
        if "planned" in wanted and (heading := _plan_heading(context, row["report"] or "")):
            year = heading.group("year") + ("年" if context.lang == "zh" else "")
            items.append(Item(iri=row["report"], label=year, type="Year", text=f"planned: {year}", source=heading.string,
                              extra={"field": "planned", "report": row["report"], "reportLabel": report_label}))
    if not items and "speaker" in wanted and set(wanted) <= set(words.DELIVERY_FIELDS) and not q.says(words.PERSON_ASKED):
        # 是谁作的、在哪次会议上作的, of a report that names neither: not given, and who delivers it
        asked = "、".join(words.REPORT_FIELD_LABELS.get(field, {}).get(context.lang, field) for field in wanted)
        given = _report(_with_fields(context, ["issuer"]))
        if given.kind == "report":
            return Answer(question=q.question, kind="report", items=given.items,
                          summary=message("absent", context.lang, name=asked))
    if not items:
        asked = "、".join(words.REPORT_FIELD_LABELS.get(field, {}).get(context.lang, field) for field in wanted)
        return _absent(context, asked or q.question)  # 哪位区长作的: no report names its speaker
    yes = _report_fact_claimed(q, items) if q.strength("yesno") else None
    summary = message("report", context.lang, n=len(items)) if yes is None else message(
        "yes" if yes else "not-so", context.lang,
        name="、".join(words.REPORT_FIELD_LABELS.get(i.extra.get("field", ""), {}).get(context.lang, i.label) for i in items))
    return Answer(question=q.question, kind="report", items=items, summary=summary, yes=yes)


def _report_fact_claimed(q: Understanding, items: list[Item]) -> bool | None:
    """成文日期是不是2021年2月2号, posted online on 4 February 2021: whether a fact found is the date
    claimed; a question claiming no date is answered by the facts alone."""
    claimed = [(int(m.group("year")), int(m.group("month")), int(m.group("day")))
               for m in re.finditer(words.DATE_CLAIMED_ZH, q.text)]
    claimed += [(int(m.group("year")), words.MONTHS_EN.index(m.group("month") or m.group("month2")) + 1,
                 int(m.group("day") or m.group("day2"))) for m in re.finditer(words.DATE_CLAIMED_EN, q.spaced)]
    if not claimed:
        return None
    said = {item.label for item in items}
    return any(f"{y:04d}-{m:02d}-{d:02d}" in said for y, m, d in claimed)


def _with_fields(context: Context, fields: list[str]) -> Context:
    """The same question asking only ``fields`` of the report."""
    narrowed = copy.copy(context)
    narrowed.q = replace(context.q, fields=fields)
    return narrowed


def _sentence_at(context: Context, report: str, begin: int) -> str | None:
    """The sentence of a passage of ``report`` that holds the character at ``begin``."""
    for unit in context.index.units:
        if unit.report == report and unit.begin is not None and unit.end is not None and unit.begin <= begin < unit.end:
            start, end = _part_around(unit.text, begin - unit.begin, "。！？!?")
            return unit.text[start: end + 1].strip() or None  # with its full stop
    return None


def _cited_report(context: Context, wanted: list[str]) -> Answer | None:
    """《渭南高新区管委会2019年度法治政府建设工作报告》(渭高新字〔2020〕1号): a report of another
    year asked about is a document the report cites; its number or title answers."""
    q = context.q
    fields = [f for f in wanted if f in ("number", "title")] or ["number", "title"]
    found = {e.iri: e for entities in context.index.names.values() for e in entities
             if e.is_document and e.title and any(f"{year}年" in e.title for year in q.years)
             and any(w in e.title for w in words.REPORT_KIND_WORDS)}
    items = [Item(iri=e.iri, label=value, type="Document", text=f"{name}: {value}", source=e.title,
                  extra={"field": name, "document": e.iri})
             for e in sorted(found.values(), key=lambda e: e.iri) for name in fields
             if (value := e.number if name == "number" else e.title)]
    if not items:
        return None
    return Answer(question=q.question, kind="report", items=items, summary=message("report", context.lang, n=len(items)))


def _plan_heading(context: Context, report: str) -> re.Match[str] | None:
    """二、2024年工作安排: the heading of the part where the report plans a year."""
    return next((match for unit in context.index.units if unit.report == report and unit.type == "Section"
                 and (match := _PLAN_HEADING.search(unit.text))), None)


_PLAN_HEADING = re.compile(words.PLAN_HEADING)


def _review_heading(context: Context, report: str) -> str | None:
    return next((unit.text for unit in context.index.units if unit.report == report and unit.type == "Section"
                 and any(w in unit.text for w in words.REVIEW_HEADING_WORDS)), None)


def _top_documents(context: Context) -> Answer:
    """By the text units that cite each document; by how often it is named when the question
    asks how often (提到次数最多, mentioned most)."""
    rows = context.run(queries.TOP_DOCUMENTS)
    by = "mentions" if context.q.strength("mentions") and not context.q.strength("citing") else "count"
    rows.sort(key=lambda r: (-int(r[by] or 0), r["label"] or ""))
    items = [Item(iri=r["document"], label=r["label"] or r["number"] or "", type="Document",
                  text=r["label"], source=None,
                  extra={"number": r["number"], "count": int(r[by] or 0)}) for r in rows[: context.q.top or DEFAULT_TOP]]
    _add_sources(context, items)
    return Answer(question=context.q.question, kind="top-documents", items=items,
                  summary=message("top-documents", context.lang, n=len(items)))


def _top_measures(context: Context) -> Answer:
    rows = context.run(queries.TOP_MEASURES)
    rows.sort(key=lambda r: (-int(r["count"] or 0), _path_key(r["path"])))
    items = [Item(iri=r["unit"], label=r["label"] or "", type="Measure", text=r["text"], path=r["path"],
                  source=r["quote"], extra={"count": int(r["count"] or 0), "documents": (r["documents"] or "").split(" | ")})
             for r in rows[: context.q.top or DEFAULT_TOP]]
    return Answer(question=context.q.question, kind="top-measures", items=items,
                  summary=message("top-measures", context.lang, n=len(items)))


def _top_organisations(context: Context) -> Answer:
    rows = context.run(queries.TOP_ORGANISATIONS)[: context.q.top or DEFAULT_TOP]
    items = [Item(iri=r["org"], label=r["label"] or "", type=most_specific_type((r["classes"] or "").split()),
                  text=r["label"], source=r["source"],
                  extra={"count": int(r["count"] or 0), "units": int(r["units"] or 0)}) for r in rows]
    return Answer(question=context.q.question, kind="top-organisations", items=items,
                  summary=message("top-organisations", context.lang, n=len(items)))


def _connection(context: Context) -> Answer:
    """Shortest paths between two named entities through the entity network."""
    from .connect import shortest_paths

    entities = context.q.entities
    a, b = _entity(entities[0]), _entity(entities[1])
    items = shortest_paths(context, a.iri, b.iri)
    return Answer(question=context.q.question, kind="connection", items=items,
                  summary=message("connection", context.lang, n=len(items),
                                  name=message("and", context.lang, a=_describe(a), b=_describe(b))))


HANDLERS: dict[str, Callable[[Context], Answer]] = {
    "citing": _citing_or_mentions, "mentions": _citing_or_mentions, "document": _document,
    "figures": _figures, "compare": _compare, "section": _section, "problems": _problems, "plans": _plans,
    "report": _report, "top-documents": _top_documents, "top-measures": _top_measures,
    "top-organisations": _top_organisations, "connection": _connection, "list": _list, "topic": _topic,
    "yesno": _yesno,
}


# --- shaping ------------------------------------------------------------------------------


def _record(context: Context, query_text: str, variable: str, iri: str | None) -> None:
    """Run the query that shows the answer's first item, so ``--sparql`` reproduces it."""
    if iri:
        context.run(query_text, **{variable: IRI(iri)})


def _unit_item(context: Context, unit: Unit) -> Item:
    item = Item(iri=unit.iri, label=unit.text[:40], type=unit.type, text=unit.text, path=unit.path, source=unit.text,
                extra={"report": unit.report})
    if unit.file:
        item.extra["sourceFile"] = unit.file
    if unit.begin is not None and unit.end is not None:
        item.extra["begin"], item.extra["end"] = unit.begin, unit.end
    return item


def _name_reports(context: Context, items: list[Item]) -> None:
    """On a graph of several reports, every item names its report and year."""
    for item in items:
        report = context.reports.get(item.extra.get("report") or "")
        if report is not None:
            item.extra["reportLabel"] = report.named
            if report.year:
                item.extra["reportYear"] = report.year


def _report_year(context: Context, report: str) -> int | None:
    info = context.reports.get(report)
    return info.year if info else None


def _entity(named: Any) -> Entity:
    return Entity(iri=named.iri, label=named.label, type=named.type, number=named.number, title=named.title)


def _units(rows: list[Row]) -> list[Item]:
    """Rows of text units (one per class and evidence span) merged into one item per unit."""
    merged: dict[str, Item] = {}
    classes: dict[str, set[str]] = {}
    for row in rows:
        iri = row["unit"] or ""
        item = merged.get(iri)
        if item is None:
            item = merged[iri] = Item(iri=iri, label=row.get("label") or iri, type="", text=row.get("text"),
                                      path=row.get("path"), source=row.get("quote"))
            if row.get("heading"):
                item.extra["section"] = row["heading"]
            item.extra.update(_provenance(row))
        classes.setdefault(iri, set()).add(row.get("class") or "")
        if row.get("evidence"):
            evidence = item.extra.setdefault("evidence", [])
            if row["evidence"] not in evidence:
                evidence.append(row["evidence"])
        if row.get("usage"):
            usages = item.extra.setdefault("usage", [])
            if row["usage"] not in usages:
                usages.append(row["usage"])
    for iri, item in merged.items():
        item.type = most_specific_type(classes[iri])
        for key in ("evidence", "usage"):  # in one order whatever order the engine gave the rows in
            if key in item.extra:
                item.extra[key].sort()
    return sorted(merged.values(), key=lambda i: (i.extra.get("report") or "", _path_key(i.path), i.iri or ""))


def _provenance(row: Row) -> dict[str, Any]:
    """Where a unit's text is in its source file, and which report it belongs to."""
    found: dict[str, Any] = {}
    if row.get("file"):
        found["sourceFile"] = row["file"]
    if row.get("begin") and row.get("end"):
        # an enumerated item is quoted from its ordinal (一是…), written right before its text
        found["begin"] = int(row["begin"] or 0) - len(row.get("marker") or "")
        found["end"] = int(row["end"] or 0)
    if row.get("report"):
        found["report"] = row["report"]
    return found


def _add_sources(context: Context, items: list[Item]) -> None:
    """Give each document item the first span of text that cites it."""
    for item in items:
        if item.iri:
            rows = context.run(queries.CITING, target=IRI(item.iri))
            quotes = sorted({r["evidence"] for r in rows if r["evidence"]})
            item.source = quotes[0] if quotes else None


def _distinct(rows: list[Row], column: str) -> list[Row]:
    seen: set[str] = set()
    result = []
    for row in rows:
        key = row[column] or ""
        if key not in seen:
            seen.add(key)
            result.append(row)
    return result


def _path_key(path: str | None) -> tuple[int, ...]:
    """Sort key for section paths: 1.3.10 after 1.3.9; no path last."""
    if not path:
        return (10**9,)
    return tuple(int(part) if part.isdigit() else 10**8 for part in re.split(r"[.]", path))


def _describe(entity: Entity) -> str:
    if entity.number and entity.number != entity.label:
        return f"{entity.number} {entity.label}"
    return entity.label


def kinds() -> tuple[words.Kind, ...]:
    """The supported kinds of question, each with an example in Chinese and English."""
    return words.KINDS

