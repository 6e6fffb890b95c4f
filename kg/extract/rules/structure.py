"""Rules of a report's structure: headings, what a section is about, what a paragraph does.

A report's body is a sequence of paragraphs (lines) under numbered sections (``一、``),
subsections (``（一）``) and unnumbered part titles (“十四五”时期工作回顾).  A paragraph is an
item (a measure, problem or plan) unless a role rule says it is text of its section: an
address, the opening, a transition, a summary, rhetoric, thanks, an exhortation or the drafting
history of a plan.  A paragraph that enumerates (一是…二是…) gives one item per element.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import PassageRole, SectionKind
from .words import CN_SMALL


@dataclass(frozen=True)
class HeadingRule:
    id: str
    level: int
    pattern: str  # must define the groups ``num`` and ``rest``


HEADING_RULES: tuple[HeadingRule, ...] = (
    HeadingRule("heading.section", 1, rf"^(?P<num>[{CN_SMALL}]{{1,3}})\s*[、，．.]\s*(?P<rest>.*)$"),
    HeadingRule("heading.subsection", 2, rf"^[（(]\s*(?P<num>[{CN_SMALL}]{{1,3}})\s*[）)]\s*[、，．.]?\s*(?P<rest>.*)$"),
)
PART_TITLE_RULE_ID = "heading.part"
MINOR_HEADING_RULE_ID = "heading.minor"

# A numbered line this short may open a report's numbering at any number (a file starting at 二、).
HEADING_SHORT_LINE = 40
# A numbered heading whose line ends after its first sentence stands alone; a longer line is a
# run-in heading followed by the item's text (（一）全力以赴保增长。2009年，…).
STANDALONE_HEADING_MAX = 48
# An unnumbered short line naming a part of the report is a level-1 section.
PART_TITLE_MAX = 32
PART_TITLE_MIN = 6  # 主要目标 alone is a broken line's piece, not a part of the report
# A short line before a longer paragraph is that paragraph's heading (产业结构持续优化。).
MINOR_HEADING_MAX = 26
MINOR_HEADING_NEXT_MIN = 40
# Shorter paragraphs are fragments of a broken line (a superscript "2.5"), not items.
ITEM_MIN_LENGTH = 6

# What a heading says its section is about.  A plan word or a year not before the report's
# year makes a plan section; a review word or an earlier year a review; both, a mixed section.
REVIEW_WORDS: tuple[str, ...] = (
    "回顾", "成就", "成绩", "成效", "进展", "工作情况", "主要工作", "工作总结", "总结", "过去",
    "完成情况", "完成清单",  # 2013年区政府民生实事完成清单: an appendix of what was done
)
# …of which these say a review only of a year gone by: 2017年主要工作 in the 2017 report plans.
REVIEW_WORDS_OF_PAST_YEARS: tuple[str, ...] = ("主要工作",)
# …and that after these say the work to come (今后五年的主要工作, 今年的主要工作)
FUTURE_BEFORE_WORK: tuple[str, ...] = ("今后", "未来", "今年", "明年", "新的一年", "下一步")
PLAN_WORDS: tuple[str, ...] = (
    "下一步", "计划", "打算", "安排", "思路", "建议", "目标", "任务", "重点工作", "今后", "未来五年", "展望", "考虑",
    "部署", "举措", "总体要求", "政策取向", "谱写", "开好局", "起好步", "奋力", "努力建设",
)
# Inside a review, a part's heading says it plans only with these (or a year to come): a review
# names its parts 聚力落实国家重大战略任务, 奋力…, 努力建设… as well.
PLAN_WORDS_IN_REVIEW: tuple[str, ...] = ("下一步", "计划", "打算", "安排", "今后", "展望", "重点工作")
PROBLEM_WORDS: tuple[str, ...] = (
    "存在的问题", "存在问题", "问题和不足", "问题与不足", "不足", "困难和问题", "差距和不足", "短板",
)
# …but a shortcoming worked on is work (补短板强弱项, 补齐短板): the part says what was done.
PROBLEM_WORDS_WORKED_ON: tuple[str, ...] = ("补短板", "补齐短板", "补足短板", "补上短板", "弥补不足", "拉长长板")
# Parts that hold no items: explanations of terms printed after the report; each entry is a note.
NOTE_RULE_ID = "role.note"
NOTES_WORDS: tuple[str, ...] = ("名词解释", "名词注释", "有关内容名词", "注释")
# An appendix (附件: 民生实事) lists plans, unless its title says otherwise.
APPENDIX_WORDS: tuple[str, ...] = ("附件",)
# An appendix labelled alone (附件2), its title on the next line.
APPENDIX_LABEL = r"附件\s*[0-9０-９一二三四五六七八九十]*[：:.．、]?\s*"

# Unnumbered part titles: a short line without sentence punctuation naming one of these.
PART_TITLE_WORDS: tuple[str, ...] = REVIEW_WORDS + PLAN_WORDS + PROBLEM_WORDS + NOTES_WORDS + APPENDIX_WORDS + (
    "自身建设", "民生实事",
)

# Five-year plans: “十四五” covers 2021–2025.  The third began in 1966, each lasts five years.
FIVE_YEAR_PLAN_PATTERN = rf"(?P<n>[{CN_SMALL}]{{1,3}})五"
FIVE_YEAR_PLAN_FIRST_YEAR = {3: 1966}

# 一是 … 二是 …, 一要 … 二要 …, 第一，… 第二，…: an ordinal at the start of a clause.
ENUMERATION_RULE_ID = "enumeration.ordinal"
ORDINAL_PATTERN = rf"(?:(?P<num>[{CN_SMALL}]{{1,3}})(?:是|要)|第(?P<num2>[{CN_SMALL}]{{1,3}})[，,、])"
ENUMERATION_PATTERN = rf"(?:^|(?<=[。；;：:，,！？!?\s])){ORDINAL_PATTERN}"
ENUMERATION_MIN_ITEMS = 2
# —— at the start of a paragraph marks one item of a dash list.
DASH_PATTERN = r"^[—–―\-]{1,2}(?=\S)"
# An item that is a whole paragraph, or a subsection's run-in text.
PARAGRAPH_RULE_ID = "item.paragraph"
RUN_IN_RULE_ID = "item.run-in"
# A subsection heading that is a whole sentence with no paragraph under it is its own item.
HEADING_ONLY_RULE_ID = "item.heading-only"


@dataclass(frozen=True)
class RoleRule:
    """A paragraph whose text matches ``pattern`` (a regular expression) plays ``role``.

    ``where`` limits the rule: ``any``; ``lead`` (only before the first item of a review, or of
    the review part of a mixed section); ``short`` (only paragraphs up to ``max_length``).
    """

    id: str
    role: PassageRole
    pattern: str
    where: str = "any"
    max_length: int = 10_000


# Tried in order; the first that matches decides.
ROLE_RULES: tuple[RoleRule, ...] = (
    RoleRule("role.address", PassageRole.ADDRESS, r"^各位代表[：:！!，,。]?$"),
    RoleRule("role.opening", PassageRole.OPENING, r"^(?:现在，?)?我代表.{0,40}(?:向大会|向你们|报告).{0,40}(?:审议|意见)"),
    RoleRule("role.opening.document", PassageRole.OPENING, r"现将.{0,20}(?:报告|汇报)如下"),
    RoleRule("role.thanks", PassageRole.THANKS,
             r"衷心(?:的)?感谢|表示(?:衷心的|诚挚的)?感谢|致以(?:崇高的|诚挚的)?敬意|诚挚(?:的)?谢意|崇高敬意"),
    RoleRule("role.exhortation", PassageRole.EXHORTATION, r"让我们.{0,200}[！!]\s*$|^各位代表[！!].{0,120}让我们"),
    RoleRule("role.drafting", PassageRole.DRAFTING,
             r"(?:纲要|规划)(?:（草案）|\(草案\)|草案).{0,30}(?:编制|起草)|(?:编制|起草)了?《[^》]{0,60}(?:纲要|规划)(?:（草案）|\(草案\))"),
    RoleRule("role.transition", PassageRole.TRANSITION,
             r"(?:以下|如下|下列|下面|几项|几个方面|方面工作|方面重点工作|主要做了|重点做好|重点抓好|着重做到|拟订为|主要是)"
             r"[^。；;]{0,16}[：:。]?$", where="short", max_length=60),
    # A longer paragraph that ends by announcing a list (……重点做好以下工作：) leads the list.
    RoleRule("role.lead.announces", PassageRole.LEAD, r"(?:以下|如下|下列|下面)[^。；;]{0,16}[：:]$"),
    RoleRule("role.rhetoric", PassageRole.RHETORIC,
             r"^(?:这些(?:困难|问题|成绩)|对此，|展望未来|实践(?:告诉|证明|使)我们|我们(?:深刻|深切)(?:体会|认识)到|"
             r".{0,12}(?:发展)?历程给我们|成绩来之不易|回顾(?:过去|五年|这五年))"),
    RoleRule("role.rhetoric.period", PassageRole.RHETORIC, r"^.{0,12}时期是.{0,60}(?:关键|重要|攻坚|紧要)时期", where="lead"),
    RoleRule("role.summary", PassageRole.SUMMARY,
             r"之年|极不平凡|极不寻常|很不平凡|不平凡的一年|过去一年|过去五年|刚刚过去|一年来|五年来|这一年|较好完成|圆满完成",
             where="lead"),
)
# Paragraphs that admit difficulties: problems, wherever they stand.
PROBLEM_RULE_ID = "item.problem"
PROBLEM_PATTERN = (
    r"^.{0,40}(?:清醒(?:地)?(?:看到|认识到|意识到)|存在(?:着)?(?:一些|不少|许多)?(?:问题|困难|不足)|"
    r"(?:看到|肯定)成绩(?:的同时|[，,]?(?:也|更|还)要(?:清醒)?看到)|我们(?:也|还)(?:要|应|必须)?(?:清醒)?(?:地)?(?:看到|认识到|意识到)|"
    r"(?:问题|不足|短板|困难)(?:也|仍然|仍|还)?不容忽视|"
    r"(?:问题|困难|矛盾|考验)(?:和|与)(?:挑战|不足|隐忧)|差距和不足|短板弱项|面临(?:的)?(?:一些|不少|诸多)?(?:困难|问题|挑战|考验))"
)
# A paragraph whose list is announced as difficulties (还面临不少考验和挑战：一是…) holds problems,
# in whatever section it stands and however long its opening is.
# …also further into a paragraph that opens otherwise (各位代表，…未能如期完成。我们清醒认识到，…困难挑战依然严峻).
PROBLEM_LATE_PATTERN = r"^.{0,200}清醒(?:地)?(?:看到|认识到|意识到)[^。；;]{0,30}(?:困难|问题|挑战|不足|短板|矛盾|差距)"
# …or anywhere in a paragraph that goes on to say what they are (当前发展又面临新的困难和问题，主要
# 体现在经济回升向好的基础尚不牢固…).
PROBLEM_STATED_PATTERN = (r"(?:困难|问题|不足|短板|矛盾|挑战)[^。；;：:]{0,6}(?:主要|集中)(?:体现|表现)(?:在|为)")
# In a review, a colon after the problems and a list after it (一些新问题更加躲不过：一是…).
PROBLEM_LIST_IN_REVIEW_PATTERN = r"(?:困难|问题|挑战|短板|不足|矛盾)[^。；;：:]{0,10}[：:]\s*(?:一是|第一|首先)"
PROBLEM_LEAD_PATTERN = (r"(?:面临|存在|遇到|还有|仍有|也有)[^。；;]{0,12}(?:困难|问题|挑战|考验|短板|不足|矛盾)[^。；;：:]{0,8}[：:。]\s*"
                        r"(?:一是|第一|首先)")
# In a mixed section, the first paragraph about the coming period starts the plans.
FUTURE_PATTERN = r"(?:今后|未来)五年|今年|明年|“?十[一二三四五六七八九]五”?时期(?:是|，|,|要|的主要)|目标任务|发展目标"
