"""What ``kg ask`` knows about questions, kept as data: kinds, cue words, slots and synonyms.

A question is read by slot filling, not by whole-question templates: the names the graph knows
are linked wherever they stand (``index``), cue words anywhere in the question vote for what is
asked (``CUES``, each with an id and a weight), a place or a year picks the report, a unit word
filters figures, and the words that are left say what the question is about.  Nothing here
names an entity of a particular report; the synonyms and the glossary are the genre's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of answer: what it gives, and one example question in each language.

    Examples are templates: ``{document}``, ``{organisation}`` and ``{phrase}`` are filled with
    names from the graph being asked (see ``EXAMPLE_FALLBACKS`` for a graph without them), so
    every example shown can be asked of that graph as it stands.
    """

    id: str
    summary: str
    example_zh: str
    example_en: str

    def examples(self, names: dict[str, str]) -> tuple[str, str]:
        return self.example_zh.format(**names), self.example_en.format(**names)


# Shown in examples when the graph has no document number, organisation or figure phrase.
EXAMPLE_FALLBACKS: dict[str, str] = {"document": "〈文号〉", "organisation": "〈机构名称〉", "phrase": "〈统计事项〉"}

KINDS: tuple[Kind, ...] = (
    Kind("citing", "the measures that cite a document (number in any brackets, title or part of it)",
         "哪些措施引用了{document}", "which measures cite {document}"),
    Kind("mentions", "the text units that mention an organisation, enterprise, person or a term",
         "哪些措施提到了{organisation}", "which measures mention {organisation}"),
    Kind("document", "what a document is: title, number, type, issuer code, year, where it is cited",
         "{document}是什么文件", "what is {document}"),
    Kind("figures", "figures asked in any words: value, unit, qualifier, report and source",
         "{phrase}是多少", "how many {phrase}"),
    Kind("section", "the items (measures, problems, plans) of a numbered section",
         "第三部分有哪些措施", "which measures are in section 3"),
    Kind("problems", "the problems and shortcomings the report admits, on a topic if one is named",
         "存在哪些问题", "what problems does the report admit"),
    Kind("plans", "the plans for the next period, on a topic if one is named",
         "下一步工作计划有哪些", "what are the plans"),
    Kind("report", "the report's signer, issuing body, speaker, recipient, date, number and title",
         "报告的签发人是谁", "who signed the report"),
    Kind("top-documents", "the documents cited by the most text units",
         "引用最多的文件", "most cited documents"),
    Kind("top-measures", "the measures that cite the most documents",
         "哪些措施引用的文件最多", "which measures cite the most documents"),
    Kind("top-organisations", "the organisations mentioned most often",
         "提到最多的机构", "most mentioned organisations"),
    Kind("connection", "how two entities are connected: shortest paths through the graph",
         "{organisation}和{document}有什么关系", "how is {organisation} connected to {document}"),
    Kind("list", "every enterprise, document, organisation or institution named",
         "报告里提到了哪些企业", "which enterprises are named"),
    Kind("topic", "the passages about a topic, best first",
         "关于{phrase}讲了什么", "what does the report say about {phrase}"),
    Kind("yesno", "whether the report says something, with the passage that shows it",
         "报告有没有提到{organisation}", "does the report mention {organisation}"),
)


@dataclass(frozen=True)
class Cue:
    """Words that vote for an intent wherever they stand in a question."""

    id: str
    intent: str
    words: tuple[str, ...]
    weight: float = 1.0


CUES: tuple[Cue, ...] = (
    Cue("figure.zh", "figure", ("多少", "几", "多大规模", "多大", "多长", "多高", "多快", "多远", "多久", "多少钱", "什么水平", "什么台阶", "总量", "总额", "规模",
                                "比例", "占比", "比重", "增速", "增幅", "达到了", "有多", "数字", "数据", "数量", "金额", "数额",
                                "目标是", "目标定在", "定在", "定为")),
    Cue("figure.en", "figure", ("how many", "how much", "how long", "how big", "how large", "number of", "amount of",
                                "total", "value of", "figures", "figure for", "statistics", "rate of", "share of",
                                "target", "rate", "what was the", "what is the", "per capita", "per-capita",
                                "per head", "reading", "readings", "concentration")),
    Cue("problems.zh", "problems", ("问题", "不足", "短板", "薄弱", "困难", "挑战", "差距", "弱项", "毛病", "欠缺", "自我批评",
                                    "不到位", "有待", "考验", "瓶颈", "制约", "矛盾", "难处", "难题", "难点", "坎儿", "痛点",
                                    "堵点", "短处", "缺点", "缺陷", "软肋", "掣肘", "拖后腿", "老大难", "不尽如人意", "没做好",
                                    "检讨", "坦承", "承认", "负面影响", "不利影响", "副作用", "阵痛", "弊端", "隐忧"), 1.5),
    # Risks are what plans address as often as what reports admit: a weaker vote.
    Cue("problems.zh.risk", "problems", ("风险", "隐患"), 0.5),
    Cue("problems.en", "problems", ("problem", "shortcoming", "weakness", "challenge", "difficult", "admit",
                                    "admission", "concede", "holding back", "holds back", "constraint", "bottleneck",
                                    "self-critic", "difficulty", "difficulties", "obstacle", "hurdle", "headwind",
                                    "deficiency", "deficiencies", "weak spot", "weak point", "weak link", "drawback",
                                    "fell short", "falls short", "lagging", "lags behind", "struggle", "struggling", "hard time",
                                    "hardship", "hardships", "tough time", "in trouble"), 1.5),
    Cue("plans.zh", "plans", ("计划", "打算", "下一步", "今后", "准备", "将要", "工作安排", "安排", "部署", "接下来",
                              "明年", "今年要", "怎么推进", "怎么改进", "要做", "干些什么", "做什么", "重点工作",
                              "目标任务", "要干", "想干", "将会", "如何推进", "怎么做", "谋划", "往后",
                              "新的一年", "来年", "下一阶段"), 1.5),
    Cue("plans.en", "plans", ("plan", "planning", "planned", "over the next", "in the coming", "next step", "next year", "this year", "intend", "going to", "will do", "future",
                              "upcoming", "year ahead", "years ahead", "agenda", "pledge", "pledged", "promise",
                              "promised", "is set to", "are set to", "expects to", "roadmap"),
        1.5),
    # What will Longhua do…, how will it…: the future asked, a weaker cue (will also asks yes or no)
    Cue("plans.en.will", "plans", ("what will", "how will", "steps will", "will it", "will they", "priorities",
                                   "aim to", "aims to", "seek to", "seeks to"), 1.0),
    Cue("list.zh", "list", ("列出", "列举", "列一下", "都列", "全部", "所有", "名单", "清单", "点名", "都有哪些", "有哪些",
                            "哪些", "哪几"), 0.8),
    Cue("list.en", "list", ("list", "which", "all the", "name the", "what are the"), 0.8),
    Cue("yesno.zh", "yesno", ("有没有", "是否", "是不是", "有无", "吗", "没有", "对不对", "是真的", "属实", "准确吗",
                              "提没提", "说没说", "讲没讲", "有没", "了没", "过没",
                              "对吗", "要不要", "做没做", "建没建", "开没开", "没记错吧", "没记错", "没错吧", "对吧",
                              "是吧", "是这样吧", "确认下", "确认一下", "核实一下", "核对一下", "算不算", "能不能算", "了吧", "能不能", "可不可以", "真的假的", "真的吗"), 2.0),
    Cue("yesno.zh.ask", "yesno", ("是否提到", "有没有提到", "有没有说到"), 1.0),
    Cue("compare.zh", "compare", ("分别", "各年", "历年", "每年", "对比", "比较", "逐年", "按年份", "几份", "三份",
                                  "这几年", "变化", "各省", "各区", "各市", "各有", "三个省", "三个区", "三个市", "两个省",
                                  "两个区", "两个市", "这三年", "近三年", "三年来", "三年间", "三年里", "这些年",
                                  "各是", "各为", "两份", "这两年"), 2.0),
    Cue("compare.en", "compare", ("compare", "each year", "across the", "over the years", "respectively", "trend",
                                  "year on year", "each report", "versus", "each of the two", "each of the three",
                                  "in each of", "for each of"), 2.0),
    Cue("topic.zh", "topic", ("关于", "方面", "讲了", "说了", "做了", "说了啥", "讲了啥", "干了啥", "怎么讲", "讲的", "讲什么", "说什么", "有什么进展",
                              "情况", "做了些什么", "怎么说", "这件事", "那件事", "这事", "那事", "这一块", "这块", "举措", "内容", "搞了", "些啥",
                              "咋样", "怎么样了", "进展如何", "做得怎么样", "怎么做的", "如何做的"), 0.8),
    Cue("topic.en", "topic", ("say about", "says about", "said about", "what did", "what does", "about", "regarding",
                              "on the subject", "doing to", "doing for", "get ready", "prepare for", "preparing for",
                              "preparations"), 0.8),
    Cue("citing.zh", "citing", ("引用", "援引", "引述", "依据", "根据", "按照", "依照", "遵循", "参照"), 2.0),
    Cue("citing.en", "citing", ("cite", "cites", "cited", "citing", "refer to", "refers to", "referenced",
                                "according to", "quote", "quotes", "follows", "implements"), 2.0),
    Cue("mentions.zh", "mentions", ("提到", "提及", "涉及", "出现", "谈到", "说到", "哪里", "什么地方", "在哪", "作用"),
        1.5),
    Cue("mentions.en", "mentions", ("mention", "mentions", "mentioned", "mentioning", "where is", "where are",
                                    "named"), 1.5),
    Cue("document.zh", "document", ("文号", "发文字号", "字号", "什么文件", "哪个文件", "哪份文件", "哪一个文件",
                                    "是什么", "对应", "全称", "标题"), 2.0),
    Cue("document.en", "document", ("what is", "tell me about", "number of", "title of", "which document"), 1.0),
    Cue("ranking.zh", "ranking", ("最多", "排名", "排行", "最频繁", "最常"), 3.0),
    Cue("ranking.en", "ranking", ("most", "ranked", "ranking", "top "), 3.0),
    Cue("connection.zh", "connection", ("关系", "联系", "关联", "如何关联", "怎么关联", "之间"), 3.0),
    Cue("connection.en", "connection", ("connected", "connection", "connects", "connect", "relation", "relationship",
                                        "related", "relates", "linked", "links", "between"), 3.0),
)

# The report's own facts: words → field id (queries.REPORT_FIELDS).
# Who delivered a report, where and when: of a report naming none of them, the government delivering it answers who.
DELIVERY_FIELDS = ("speaker", "occasion", "role", "date", "issuer")
# A person asked for (哪位区长作的, which mayor): the government that delivers the report is no answer.
PERSON_ASKED = ("哪位", "区长", "市长", "省长", "总理", "主任", "mayor", "governor", "premier", "which official")
# What a report's field is called in an answer (报告未提及作报告人、会议).
REPORT_FIELD_LABELS: dict[str, dict[str, str]] = {
    "speaker": {"zh": "作报告人", "en": "the speaker"}, "occasion": {"zh": "会议", "en": "the meeting"},
    "date": {"zh": "日期", "en": "the date"}, "signer": {"zh": "签发人", "en": "the signer"},
    "recipient": {"zh": "主送机关", "en": "the recipient"}, "number": {"zh": "文号", "en": "the document number"},
    "role": {"zh": "职务", "en": "the speaker's office"}, "published": {"zh": "发布日期", "en": "the date published"},
}
REPORT_FIELD_WORDS: dict[str, str] = {
    "签发人": "signer", "签发": "signer", "签字": "signer", "签署": "signer", "谁签": "signer",
    "发文机关": "issuer", "发文单位": "issuer", "发布机关": "issuer", "落款": "issuer", "哪个单位": "issuer",
    "哪个机关": "issuer", "谁发布": "issuer", "制发": "issuer", "发布了报告": "issuer", "代表哪个": "issuer",
    "代表哪一": "issuer", "名义": "issuer", "哪一级政府": "issuer", "哪级政府": "issuer", "on behalf of": "issuer",
    "职务": "role", "职位": "role", "什么身份": "role", "position": "role", "office": "role",
    "主送机关": "recipient", "主送": "recipient", "报送": "recipient", "报给": "recipient",
    "成文日期": "date", "日期": "date", "什么时候": "date", "何时": "date", "哪天": "date", "哪一天": "date",
    "什么时间": "date", "啥时候": "date", "几月几日": "date", "几月几号": "date",
    "发文字号": "number", "文号": "number", "编号": "number",
    "标题": "title", "题目": "title",
    "报告人": "speaker", "谁作": "speaker", "是谁": "speaker", "作的报告": "speaker", "谁代表": "speaker", "谁做": "speaker",
    "哪位区长": "speaker", "哪位市长": "speaker", "哪位省长": "speaker", "哪位主席": "speaker", "哪位领导": "speaker",
    "会议": "occasion", "哪次会议": "occasion", "哪次大会": "occasion", "什么大会": "occasion", "哪个大会": "occasion", "什么会上": "occasion", "哪个会上": "occasion", "什么场合": "occasion", "人代会": "occasion", "哪次会": "occasion", "meeting": "occasion",
    "session": "occasion", "congress": "occasion",
    "signer": "signer", "signed": "signer", "signatory": "signer", "sign": "signer",
    "issuer": "issuer", "issuing body": "issuer", "issued": "issuer", "which body": "issuer", "author": "issuer",
    "government body": "issuer", "which government": "issuer", "which authority": "issuer", "哪个政府": "issuer",
    "recipient": "recipient", "addressed": "recipient", "addressee": "recipient",
    "date": "date", "dated": "date", "when": "date",
    # the day a page put the report online (发布日期), not the day it was delivered
    "发布日期": "published", "发布时间": "published", "网上发布": "published", "哪天发布": "published",
    "何时发布": "published", "什么时候发布": "published",
    "published": "published", "posted": "published", "publication date": "published",
    "document number": "number", "number": "number",
    "回顾的是": "reviewed", "回顾部分覆盖": "reviewed", "回顾哪段时间": "reviewed", "覆盖哪段时间": "reviewed", "回顾哪一年": "reviewed", "回顾的哪一年": "reviewed", "哪一年的工作": "reviewed",
    "部署的是哪": "planned", "部署哪一年": "planned", "安排的是哪一年": "planned", "计划的是哪一年": "planned",
    "year planned": "planned", "which year does it plan": "planned", "look back on": "reviewed", "looks back on": "reviewed",
    "review part": "reviewed", "review section": "reviewed",
    "哪年的工作": "reviewed", "总结的是哪": "reviewed", "which year does it review": "reviewed", "year's work": "reviewed", "does it review": "reviewed", "year reviewed": "reviewed",
    "title": "title", "delivered": "speaker", "presented": "speaker", "in what capacity": "role", "his post": "role", "her post": "role", "what post": "role", "what is his job": "role", "speaker": "speaker", "who gave": "speaker", "who delivered": "speaker",
}
# What year does the Hunan report plan for / review: the year asked, whatever names the report.
REPORT_FIELD_PATTERNS = {r"\b(?:what|which) year\b.*\bplans?\b(?: for)?\s*\??$": "planned",
                         r"\b(?:what|which) year(?:'s)?\b.*\blays? out\b": "planned",
                         r"(?:部署|安排|计划)的?(?:又|则)?是?哪一?年": "planned",  # 部署的又是哪一年
                         r"\b(?:what|which) year\b.*\breview": "reviewed"}
# …but "the number of enterprises" counts, it names no document number; "give both numbers" asks
# values (mobile number portability, a hotline number: a number of something else)
REPORT_FIELD_NOT_BEFORE = {"number": r"number\s+of\b|\bnumbers\b|\bnumber\s+(?:portability|plates?)\b"
                                     r"|\b(?:mobile|phone|telephone|hotline|house|account|serial)\s+number",
                           "when": r"\bwhen\s+[a-z]+ing\b",  # when looking back: a time of the telling, not the date asked
                           # what was PM2.5 in the year reviewed by the 2018 report: the year scopes, it is not asked
                           "year reviewed": r"\b(?:in|of|for|during|over)\s+the\s+year\s+reviewed\b",
                           # going after the national civilized city title: an honour, not the report's title
                           "title": r"\b(?:city|cities|county|district|town|village|award|honou?r|champion|model)\s*(?:\([^)]*\)\s*)?title"}
# The heading of the part that plans a year (二、2024年工作安排): the year a report plans.
PLAN_HEADING = (r"(?P<year>(?:19|20)\d{2})年(?:[^，。；\n]{0,8}?(?:工作安排|重点工作|主要任务|工作任务|工作部署|目标任务|主要工作)"
                r"|的?工作\s*$)")  # …and 三、关于2026年工作
# …and of the part that reviews (一、过去五年工作回顾).
REVIEW_HEADING_WORDS = ("工作回顾", "回顾")
# Words that ask what is done, not how much: 打算干些什么、学位准备加多少 wants the plans.
WHAT_WORDS = ("什么", "怎么", "如何", "哪些", "what will", "what does", "how will", "to do", "going to")
# Words that make a question about documents, so that a part of a title may name one.
DOCUMENT_WORDS = ("引用", "援引", "依据", "根据", "按照", "文件", "文号", "印发", "出台", "哪份", "方案", "办法", "条例",
                  "规划", "意见", "通知", "规定", "纲要", "cite", "document", "regulation", "plan ", "law")
# Verbs that name a field only when the question does not ask when (报告是什么时候签发的).
# The signer asked by name in English (who is the signatory); "signed" alone may be said of a deal
SIGNER_NOUNS_EN = ("signer", "signatory")
REPORT_FIELD_VERBS = ("签发", "签署", "签字", "signed", "sign", "issued", "制发", "发布了报告", "delivered")
# A date a yes/no question claims of a report (成文日期是不是2021年2月2号, posted on 4 February 2021)
DATE_CLAIMED_ZH = r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})[日号]"
MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december")
DATE_CLAIMED_EN = (r"\b(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + "|".join(MONTHS_EN) + r")"
                   r"|(?P<month2>" + "|".join(MONTHS_EN) + r")\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?)\s+(?P<year>(?:19|20)\d{2})\b")
DATE_QUESTION_WORDS = ("什么时候", "何时", "哪天", "哪一天", "什么时间", "啥时候", "when", "日期", "date")
# A yes/no question's claim that the evidence must bear out: a number with its unit, a rank.
CLAIM_UNITS = ("家", "个", "人", "户", "件", "座", "公里", "支", "项", "条", "所", "批", "套", "名", "位", "倍", "台",
               "辆", "艘", "栋", "张", "场", "届", "类", "种", "处", "宗")
CLAIM_NUMBER = (r"\d+(?:\.\d+)?\s*(?:%|％|个百分点|亿元|万元|元|万|亿|" + "|".join(CLAIM_UNITS) + r")?"
                r"|[一二三四五六七八九]成")  # 九成: 90%
# 地铁12号线2020年就能通车: a year by which something is claimed to happen, which the passage must
# say in the clause of what else is claimed (6号线2020年通车，12、13、15号线2022年投入运营 is no)
CLAIM_DEADLINE_ZH = r"(?P<year>(?:19|20)\d{2})年(?:底|前|之前|以前)?(?=就|能|要|将|可以|会)"
# Three academician teams / 3 teams: a count claimed in English, before what it counts (not the
# reports or years the question itself names: "these three reports").
EN_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                   "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50}
CLAIM_COUNT_EN = (r"(?<![\w.])(?P<count>\d+|" + "|".join(EN_NUMBER_WORDS) + r")\s+(?!(?:reports?|years?|months?|days?|"
                  r"times|million|billion|trillion|thousand|hundred|percent|per)\b)(?:[a-z'-]+\s+){0,2}?[a-z'-]+s\b")
# require western regions to finish … by 2018: a deadline claimed, which the passage must give (西部地区于2020年完成 is no)
CLAIM_DEADLINE_EN = r"\bby (?:the end of |end-)?(?P<year>(?:19|20)\d{2})\b"
# 提升到地表水Ⅱ类了吗: a grade of water claimed (folded: ii类), which is no part of iii类
CLAIM_GRADE = r"(?<![a-z])[iv]{1,4}类"
# 连续办了十五届: a count of editions or times in characters (the reports write 十届 or 10届)
CLAIM_EDITIONS = r"(?<![第一二三四五六七八九十百])(?P<count>[一二三四五六七八九十百两]+)(?P<unit>届|次)"
# A round or batch asked done (第三轮…是不是已经全部整改完了): the clauses that name that round,
# also inside a list of rounds (第一、二轮), must say it was done (第三轮整改任务有序推进 is no).
ROUND_ASKED = r"第(?P<count>[一二三四五六七八九十\d]+)(?P<unit>轮|批|期|阶段)"
ROUND_DONE_SAID = r"完成|办结|建成|完工|竣工|销号|清零|到位|全部(?:整改|消除|拆除|达标)"
# 基础设施、制造业投资分别增长9.4%、9.1%: a list of things and, after 分别, their numbers in order
RESPECTIVELY_SAID = (r"(?P<items>[^，,。；;：:]+、[^，,。；;：:]+?)分别(?:[^，,。；;\d]{0,8}?)"
                     r"(?P<values>\d+(?:\.\d+)?[^、，,。；;\d]{0,4}(?:、\d+(?:\.\d+)?[^、，,。；;\d]{0,4})+)")
# 新增生物医药企业135家，增长46%，总数达430家: a clause opening with a total counts what a clause
# shortly before named
TOTAL_OPENINGS = ("总数", "总量", "总计", "合计", "累计达", "累计")
# All year asked (是不是全年都达标), which a month said (12月份已达) is not
WHOLE_YEAR_ASKED = r"全年|一整年|整年|年均|\b(?:all|whole|entire|full) year\b|\ball through the year\b|\bevery month\b"
WHOLE_YEAR_SAID = r"全年|年均|年平均|整年"
MONTH_SAID = r"(?<![\d年])(?:1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])月份?(?!\d*日)"
# The year of the report asked (今年能不能建成): the year its plans are for
THIS_YEAR_ASKED = r"今年|本年|\bthis year\b"
# A yearly average of change said (年均增长): only a question asking one (AVERAGE_WORDS) takes it
AVERAGE_SAID = r"年均(?:分别)?(?:增长|增速|提高|下降|递增)|年平均(?:增长|增速)"  # (not 年均值, a year's mean level)
# A target said met (超额完成“十四五”规划目标), which sets no target
TARGET_MET = r"(?:超额)?(?:完成|实现|达成|达到)[^，,。；;]{0,12}?目标(?:任务)?"
# An amount in characters (两千亿, 三百家): with hundreds or thousands, or before 万/亿; not 百分之,
# not a single 百 or 千 (百强, 千家万户), not an ordinal (第一千)
ZH_AMOUNT = (r"(?<![第])(?P<count>[一二两三四五六七八九十]+[千百][一二两三四五六七八九十零]*)(?P<magnitude>万亿|亿|万)?(?!分)"
             r"|(?<![第])(?P<count2>(?!一(?:万|亿))[一二两三四五六七八九十]+)(?P<magnitude2>万亿|亿|万)")
# “青薯9号”这个马铃薯品种: what the asker says a quoted name is, which the reports need not say
NAME_APPOSITION = (r"(?<=[”」』])(?:这个|这种|这项|这家|这款|这条|这一|这批)[\u4e00-\u9fff]{0,4}?"
                   r"(?:品种|项目|产品|品牌|工程|政策|文件|企业|公司|平台|活动|赛事|节目|计划|行动|系统|装置|技术)")
# A designation claimed (示范县) that the passage gives as another (试点县): a pilot is not yet a model
DESIGNATIONS = ("示范", "试点")
# Where a thing stands among others, high or low (排名靠前 — 仍然全市排名靠后)
STANDING_HIGH = ("靠前", "前列", "领先", "名列前茅", "前茅")
STANDING_LOW = ("靠后", "落后", "末位", "垫底", "倒数", "偏后")
# Kinds of named body that a yes/no question joins only if one clause says both (海南大学 and
# 软科世界大学学术排名); not government bodies, which the reports name in every clause.
BODIES_SAID_TOGETHER = ("Enterprise", "Institution", "Organization")
# 连续四年获优秀: a run of years (or times, quarters) claimed; the passage must say the same run
# (连续三年 is no), in characters or in digits
CLAIM_RUN = r"连续(?P<count>[一二三四五六七八九十两\d]+)(?P<unit>年|届|次|个季度|季度|个月)"
# (第十七届运动会, 第二批: an ordinal that numbers an event or a batch claims no rank)
CLAIM_RANK = r"(?:全国|全省|全市|全区|全世界|世界|全球)?(?:第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d]|届|次|批|期|轮|季|号)|首位|之首)"
CLAIM_RANK_AMONG = r"(?:全国|全省|全市|全区|全世界|世界|全球)(?:第[一二三四五六七八九十\d]+(?![一二三四五六七八九十\d])|首位|之首)"
RANK_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "首": 1}
# The evidence says no to these: 未达年初预期, 下降7.6% when growth is asked.
NEGATIONS = ("未达", "未完成", "未实现", "没有达到", "没有实现", "低于预期", "不及预期")
# Words of the genre that name no topic of the problems or plans asked about (福田发展的哪些短板).
GENERIC_TOPIC_WORDS = ("发展", "工作", "建设", "推进", "经济社会", "政府")
# Nouns that say only which field a thing is of (氢能产业, 冰雪经济, 冰雪运动).
GENERIC_FIELD_NOUNS = ("产业", "行业", "经济", "事业", "领域", "方面", "运动", "教育", "科技", "技术")  # 高中|教育: the first word names which
# Nouns an asker puts after the thing to say what kind of thing it is (拿到了…的荣誉, 跨进…行列):
# the reports name the honour or the rank itself.
KIND_OF_THING_NOUNS = ("荣誉", "称号", "奖项", "牌子", "头衔", "招牌", "行列", "名单", "交代", "说法", "事情", "东西",
                       "地位", "级别", "层面", "名字", "名称", "目标", "任务", "措施", "举措")
# 是否超过5%: the words that compare a value asked about with a number.
AT_LEAST_WORDS = ("突破", "超过", "超出", "高于", "多于", "达到", "达", "at least", "more than", "over", "above",
                  "exceeded", "exceeds", "exceed", "surpassed", "surpass", "topped", "passed the", "pass the",
                  "crossed the", "cross the", "broke through the", "break through the")
COMPARISON_WORDS = AT_LEAST_WORDS + ("不到", "低于", "少于", "不足", "below", "less than", "under")
# A deadline: 到2018年, 2018年前 (by that year).
DEADLINE_YEAR = r"(?<![\d年])(?:到|至)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:前|以前|之前)"  # not 2015到2017年
# A year written right before a figure is the figure's year (从2015年2694亿元增长到2020年3847亿元).
YEAR_WRITTEN = r"(?P<year>(?:19|20)\d{2})年(?:底|末|年底|年末)?的?"
YEAR_BEFORE_FIGURE = YEAR_WRITTEN + r"(?:分别)?(?:达到|达|为|增至|增长到|提高到|提升到|突破|超过)?$"  # 2016年分别达到29.4%和…
# 达到 a number asked of a target set (提出…要达到3.35%) claims the target, not a value above it.
REACH_WORDS = ("达到", "达")
TARGET_CLAIM_WORDS = ("提出", "要达到", "目标", "力争", "计划", "预期")
# 是否超过一半: a share named in words, in per cent.
FRACTIONS: dict[str, str] = {"一半": "50", "半数": "50", "half": "50", "三分之一": "33.3", "三分之二": "66.7",
                             "四分之一": "25", "四分之三": "75", "a third": "33.3"}
# 是否发生过重大事故: asked whether something happened, a passage that says it did not answers no.
# The stages of a project, earliest first: planned, approved, started, finished.  A yes/no
# question asking a later stage than its passages say is answered no.
# 是不是已经八连冠了 — 争创…“八连冠”: a result asked as reached that the passages only strive for.
# A level before a noun, said with or without 级 (国家高新技术企业, 国家级高新技术企业; 省重点项目).
LEVEL_WITHOUT_JI = r"^(国家|省|市)(?!级)(?=[\u4e00-\u9fff]{3})"
LEVEL_WITH_JI = r"^(国家|省|市)级(?=[\u4e00-\u9fff]{3})"
# 是不是已经全部消除了 — 20条河流中仍有9条黑臭水体: what is still there or not yet done
STILL_WORDS = ("仍有", "尚有", "还有", "仍存在", "尚未", "仍未", "还未", "还没有")
# The end of an item of a list of counts (…床位3852张): its number and a short unit.
COUNTED_ITEM_END = r"\d+(?:\.\d+)?[^\d、，,]{0,4}$"
# Characters before a number claimed that say which way it changed (上涨0.9%).
CHANGE_REACH = 4
# What a rank ranks: its size or its growth (进出口总额…规模排在全国第5位 — 进出口总额突破万亿元、
# 增速居全国第5位 ranks the growth).
RANKED_MEASURES = {"size": ("规模", "总量", "体量", "size", "volume"), "growth": ("增速", "增幅", "增长速度", "growth")}
# A difference from another year, right before its figure (比去年多100万人).
DIFFERENCE_BEFORE = r"(?:比|较)(?:去年|上年|上一年|前一年|同期|上年同期)(?:多|少|增加|减少|增长|下降|提高|降低)了?"
# Parts of speech of proper names (places, people, organisations, other names): a yes/no
# question naming one is answered only by a passage that names it too.
PROPER_NAME_TAGS = ("ns", "nr", "nt", "nz")
# Verbs that open a clause ranking what the clause before named (…增长12.9%，排名全市第一).
RANK_VERBS = ("排名", "位居", "居", "排", "名列", "稳居", "跃居", "位列", "列")
# …and the clauses that rank what the clause before counts: its rate or size (增速全市行政区排名第二,
# 降幅全市第一), or the rank alone (累计培育国家级制造业单项冠军25个，全市第一)
RANK_MEASURE_OPENINGS = ("增速", "增幅", "降幅", "规模", "总量", "数量", "总数", "占比")
RANK_SCOPE_OPENINGS = r"(?:全国|全省|全市|全区|全球|世界)(?:第[一二三四五六七八九十\d]+|首位|之首)"
# Something asked still left undone (是不是还剩十几处没治理完), and all of it said done (实现411处全部
# 销号, 黑臭水体全面消除): the passages answer no.
LEFT_ASKED = r"还剩|剩下|仍有|尚有|还有[^，,。？?]{0,8}没|没[^，,。？?]{0,4}完|未完成|\b(?:still|remain|remaining|left)\b"
ALL_DONE_SAID = (r"全部(?:销号|完成|消除|清零|整治|治理|建成|交付|办结|拆除|达标)|全面(?:完成|消除|清零|达标)"
                 r"|(?<!基本)清零")
# All of something claimed done (是不是已经百分之百清零了) that the passages say was done in the main
# only (基本消除地级以上城市建成区黑臭水体).
FULLY_ASKED = r"百分之百|100%|全部|彻底|完全|全都|清零|全面|\b(?:fully|completely|entirely|all)\b"
PARTLY_SAID = (r"基本(?:消除|完成|实现|建成|解决|消灭|形成|覆盖|清零|达到|达标)"
               # …or reached a share of it (家庭病床服务覆盖近80%社康机构)
               r"|(?:覆盖|覆盖率|完成率|达到|占)了?(?:达到?|为)?(?:近|约|超过|超)?(?<![\d.])\d{1,2}(?:\.\d+)?%")
# A level of award or standing claimed (国家级的五星级碧道, a national model) and the words that say
# one in a passage: each level's words in a question, then in a passage.
LEVELS_ASKED = {"national": r"国家级|全国|国家第[一二三四五六七八九十\d]+批|\bnational\b",
                "provincial": r"省级|省里|全省|\bprovincial\b"}
LEVELS_SAID = {"national": r"国家|全国|中国", "provincial": r"省"}
DONE_ASKED_WORDS = ("已经", "已", "成功", "already")
STRIVING_WORDS = ("争创", "力争", "争取", "冲刺", "努力实现", "确保实现", "创建", "申创", "申建", "申报", "申请")
# An English rank claimed (ranked second, came first): the rank as the reports write it (第二).
CLAIM_RANK_EN = (r"\b(?:rank|ranked|ranks|ranking|placed|place|came|come|stood|stand|is|was|were|be|city|province|"
                 r"district|country|putting it|putting them)\s+(?:no\.\s*)?"
                 r"(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)\b")
EN_ORDINALS = {"first": 1, "top": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10}
# …unless the clause says it was reached (成功创建国家卫生城市, 获批创建…示范区)
REACHED_WORDS = ("成功创建", "获批", "获评", "荣获", "入选", "被评为", "通过验收", "建成", "正式设立", "挂牌")
PROJECT_STAGES: tuple[tuple[str, ...], ...] = (
    # (a plan or rule being drafted, 研究制定粤港澳大湾区城市群发展规划, is at the first stage; issued, the last)
    # (a law's draft submitted, 提请…审议民营经济促进法草案, is not the law in force)
    ("规划", "谋划", "前期", "力争", "争取", "推进", "加快", "研究制定", "起草", "编制", "草案", "审议"),
    ("获批", "核准", "批复", "立项", "签约", "签署", "签订", "签下"),
    ("开工", "动工", "开建", "启动建设", "封顶"),
    ("建成", "竣工", "完工", "投用", "投入使用", "开通", "通车", "开业", "开诊", "运营", "投产", "落成", "开馆", "开园",
     "开学", "投运", "出台", "印发", "颁布", "施行", "通水", "通电", "通航"),
)
# A trial run (试运营) is a stage of its own: under way (the rank of 开工), not the operation its
# word ends with (南方医科大学深圳口腔医院（坪山）试运营 has not opened for good).
TRIAL_STAGES = ("试运营", "试运行", "试营业", "试生产", "试通车")
TRIAL_STAGE_RANK = 2
# Words of a yes/no question's frame around a number it claims (growth of 6%, a 6% target): what
# the number is claimed of is the other words.
CLAIM_FRAME_WORDS = ("目标", "预期目标", "增长目标", "target", "growth")
HAPPENED_WORDS = ("发生", "出现过", "出过", "闹出", "闹过", "酿成", "给出", "提出", "设定", "happen", "occur",
                  "have any", "had any", "was there any", "were there any", "suffer", "suffered", "any", "set",
                  "experience", "experienced", "see any", "record any")
# 全年无重特大突发事件发生: none of it happened, said around the thing
NONE_HAPPENED = r"(?:无|没有)[^，,。；;]{1,12}?(?:发生|出现)"
NOT_HAPPENED = ("未发生", "没有发生", "没发生", "未出现", "没有出现", "零发生", "杜绝", "没有提出", "未提出", "不设定",
                "没有设定", "未设定", "零感染", "零病例", "零确诊", "零事故", "零伤亡", "零死亡")
# What was Hunan's GDP: "what was" and a quantity of the genre ask its figure.
WHAT_WAS_EN = r"^what (?:was|is|were|are|will be)\b"
# Everyday phrases for what the reports write in their own words, read as the reports write them
# (空气质量好的日子 are its 空气优良天数; 帮企业省了多少钱 asks how much 为企业减负).
SAID_AS_REPORTS_WRITE = {"空气质量好": "空气优良", "空气好": "空气优良", "省了多少钱": "减负多少钱",
                         "连着": "连续", "一连": "连续",  # 连着四年排第一: 连续四年
                         "省了多少": "减负多少", "省下多少": "减负多少",
                         "减了多少负担": "减负多少", "减轻了多少负担": "减负多少", "减轻多少负担": "减负多少",
                         # 老百姓收入各涨了多少: the residents' income the reports count per head
                         "老百姓收入": "居民人均可支配收入", "老百姓的收入": "居民人均可支配收入",
                         "群众收入": "居民人均可支配收入", "群众的收入": "居民人均可支配收入",
                         # 各种税加起来收了多少钱: all taxes together, which the reports call 税收收入
                         "各种税": "税收收入", "各项税": "税收收入", "各类税": "税收收入",
                         # 个税起征点: the personal income tax, as the reports name it
                         "个税": "个人所得税",
                         # 院士人数是不是已经破百了: a threshold passed, as a number
                         **{f"{verb}{size}": f"超过{number}" for verb in ("破", "过") for size, number in
                            (("百", "100"), ("千", "1000"), ("万", "1万"))},
                         # 进了两万亿俱乐部: the ranks of cities of that size, 两万亿级城市行列
                         "俱乐部": "行列",
                         # 每一万个居民摊到几个全科医生: a rate per head the reports write 每万人
                         **{f"每{one}{n}{measure}{people}": f"每{n}人" for one in ("", "一") for n in ("万", "千")
                            for measure in ("", "个", "名") for people in ("居民", "人", "人口")
                            if f"{one}{measure}{people}" != "人"}}  # (每万人 is the reports' own)
# A word that starts with a numeral counts or spans something (一个月, 两年): no kind of thing.
COUNT_START = r"[一二两三四五六七八九十百千几半\d]"
# Verbs the asker splits around the number asked (签了多少户的约), which the reports write whole (签约8260户).
SEPARABLE_VERBS = (("签", "约"), ("立", "案"), ("结", "案"))
FIGURE_ASK_WORDS = "多少|几"
# An English word that says again what a more exact word in the same question names (economy, GDP).
SAID_AGAIN_EN = {"economy": r"\bgdp\b"}
QUANTITIES_EN = ("gdp", "output", "revenue", "revenues", "income", "population", "growth rate", "investment",
                 "sales", "volume", "exports", "imports", "deficit", "spending", "expenditure", "budget", "mileage",
                 "capacity", "throughput", "unemployment rate", "ratio", "per capita", "value added", "turnover")
# 是不是慢于全市平均: a comparison with another's rate, which the opposite one answers no.
BELOW_WORDS = ("慢于", "低于", "落后于", "不及", "弱于", "slower than", "lower than")
ABOVE_WORDS = ("快于", "高于", "领先于", "强于", "faster than", "higher than")
# What a rate is compared with is often an average (比全国平均水平低), which the reports say bare (高于全国).
COMPARISON_FRAME_WORDS = ("平均", "水平", "平均水平", "平均值", "average", "level")
COMPARED_WITH = r"全国|全省|全市|全区|上年|去年"
# …asked as 比X低 / 比X高 (增速是不是比全国平均水平低): the comparative after what is compared with
BELOW_ASKED = r"(?<!占)比(?![重例率较])[^，,。？?]{1,12}?(?:低|慢|少|差|弱)"
ABOVE_ASKED = r"(?<!占)比(?![重例率较])[^，,。？?]{1,12}?(?:高|快|多|强)"
# 两年安排的专项债规模是不是一样: whether the reports give the same value.
SAME_VALUE_WORDS = ("一样", "相同", "一致", "没变", "没有变", "不变", "持平", "the same", "unchanged")
# 是否宣布取消国际长途电话费 — 降低国际长途电话费: an action asked (the first words) that the
# passage does only in a weaker form (the second) is not done; the other way round it is.
CONTRARY_ACTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("取消", "免除", "免收", "全免", "全部免", "废止"), ("降低", "下调", "减半", "减免", "压减", "降费")),
    (("全面推开", "全面推行", "全面实施", "全面铺开", "全覆盖"), ("试点", "探索", "先行先试")),
)
# 是不是比前一年少了: a decline asked, which a rise answers no.
FEWER_WORDS = ("少了", "减少了", "下降了", "降低了", "变少", "fewer", "fell", "decline")
RISES = ("增加", "增长", "提高", "提升", "上升", "增多", "上涨")
DECLINES = ("下降", "下滑", "减少", "回落", "负增长", "下跌", "微跌", "微降", "略降", "压缩", "压减", "缩减", "削减")
GROWTH_WORDS = ("增长", "正增长", "增加", "grow", "growth", "increase")
# A rise asked of a level (臭氧浓度是升高了吗), which a fall said of it (臭氧浓度同比下降11%) answers no
RISE_ASKED = ("升高", "上升", "上涨", "变高", "涨了", "多了", "rise", "rose", "risen", "went up", "gone up")
MEET_WORDS = ("达到", "完成", "实现", "达标", "meet", "met", "achieve", "reach")
# Words that make a question about the report itself (not about something in it).
REPORT_WORDS = ("报告", "本报告", "这份报告", "该报告", "report")
# Words that ask for a number in a yes/no question (有没有给出行政复议案件的具体件数).
NUMBER_ASKED_WORDS = ("具体件数", "具体数字", "具体数据", "具体人数", "具体数量", "件数", "个数")
# A title said short (法治政府建设纲要) has at least this many characters and ends with its kind.
MIN_ABBREVIATED_TITLE = 6
DOCUMENT_KIND_ENDINGS = ("纲要", "规划", "方案", "条例", "办法", "意见", "通知", "规定", "细则", "计划", "决定", "要点", "法")
# A document's kind said alone (规划, 建议) names no document, whatever a report's short title is…
DOCUMENT_KIND_WORDS = DOCUMENT_KIND_ENDINGS + ("建议", "报告", "法律", "法规", "文件", "政策")
# …when it stands after these, as a kind listed (哪些规划、建议和法律), not the end of a title
# (暂行条例) nor a title in brackets (《建议》).
KIND_LISTED_AFTER = "、，,和与及或些种类份个"
# A cited document is a report of the genre when its title ends so (…2019年度法治政府建设工作报告).
REPORT_KIND_WORDS = ("工作报告", "报告")
# What the items of a list are asked for (具体是哪十件, 包括哪些, which are): a heading or a lead
# found answers with the items it opens.
MEMBERS_ASKED = (r"哪(?:些|几|[一二三四五六七八九十两\d]+)\s*[件项条个大类方面]|具体(?:是|有)哪|具体包括|包括哪|分别是(?:什么|哪)"
                 r"|一件件|一项项|一条条|都是什么|都有哪些|列一下|列出|全部列|列举"
                 r"|what (?:are|were) the|which (?:are|were) the")
# …and how many it has, as the question counts them (9个方面, 十件, 12大).
MEMBERS_COUNTED = r"(?<![一二三四五六七八九十百千万\d])(\d{1,2}|[一二三四五六七八九十]|十[一二三四五六七八九])\s*(?:个方面|个|件|项|条|大|类|方面)"
REPORT_FACTS_WORDS = ("基本信息", "基本情况", "概况", "报告要素", "基本要素", "report facts", "report details", "about the report")

# Lists of a kind: the noun → the classes listed.
LIST_KINDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("企业", "公司", "集团", "外资企业", "enterprise", "company", "companies", "firm"), ("Enterprise",)),
    (("文件", "政策", "法律", "法规", "条例", "规划", "方案", "办法", "协定", "协议", "纲要", "意见", "决定", "规定",
      "标准", "规则", "细则", "指引", "行动计划", "document", "law", "regulation", "polic"),
     ("Document",)),
    (("高校", "大学", "学校", "医院", "研究院", "实验室", "institution", "universit", "school", "hospital"),
     ("Institution",)),
    (("部门", "机构", "机关", "单位", "组织", "群团", "团体", "协会", "商会", "厅局", "委办局", "department", "bod", "agenc",
      "organi"),
     ("GovernmentBody", "Organization")),
    (("人员", "人物", "people", "person"), ("Person",)),
)
# How documents come about (出台或制定了哪些文件): every document is, so these qualify none.
ISSUING_VERBS = ("制定", "制订", "出台", "印发", "发布", "颁布", "修订", "出炉", "推出", "实施", "落实", "执行", "编制",
                 "引用", "贯彻")
# …nor does the level they come from (中央和国家层面的政策文件): a report's documents are few.
LEVEL_WORDS = ("中央", "国家", "国家级", "省级", "市级", "区级", "上级", "层面", "全国")
# A list is asked for when a list word stands next to a kind's noun ({nouns}).
LIST_PATTERN = (
    r"(?:哪些|哪几|列出|列举|列一下|所有的?|全部的?|都有哪些)[^，,。？?]{{0,16}}?(?:{nouns})"
    r"|(?:{nouns})[^，,。？?]{{0,6}}?(?:有哪些|都有哪些|名单|清单|都列|列出来|列一下)"
    r"|(?:{nouns})(?:都|分别|主要|具体)?(?:是|有)?哪几[个家份项条种所位]"
    r"|(?:which|list|name|all)(?: the| of the)?(?: \w+){{0,2}} (?:{nouns})"
)
LIST_NOT_AFTER = ("关于", "about ")
# Words right before a figure that make it an increment (新增3000公里), which a question asks
# for only in words of its own (新增了多少); else the total ranks first.
# A total asked (一共有多少个公园): a figure that says the whole (由3座增至270座, 累计, 总数) ranks
# before what one year added (15个社区公园投入使用).
TOTAL_ASKED_WORDS = ("一共", "总共", "共有", "总数", "总计", "累计", "现有", "in total", "altogether", "in all")
TOTAL_FIGURE_WORDS = ("累计", "总数", "总量", "总计", "共有", "达到", "增至", "增加到", "提升至", "提高至", "总规模")
# Verbs of change between a counted thing and 多少: 增加到了几位, 提高了多少.
CHANGE_VERBS = ("增加", "增长", "新增", "提高", "提升", "增至", "达到", "减少", "下降", "降低", "上升", "扩大", "缩小",
                "增加到", "提高到", "提升到", "达", "到", "降到", "降至", "下降到", "降低到", "减少到", "减至", "升至",
                "上升到", "升到")
# Words that ask what was done, so that no target answers (实际完成, 实际增长).
# Words that ask what was done: a review's passages answer before a plan's.
REVIEW_ASKED = ("做了哪些", "做了什么", "干了哪些", "干了什么", "做了些", "干了些", "取得了哪些", "取得了什么", "有哪些成效",
                "成效如何", "what did", "what has", "what have", "achieved", "accomplished", "has done", "have done")
DONE_WORDS = ("实际完成", "实际达到", "实际实现", "实际增长", "实际做到", "实际降", "实际下降", "实际减少", "实际是",
              "actually", "actual")
# Words that say how a change is measured (GDP实际增长, 同比下降, 年均增长): never what is counted.
MEASURE_WORDS = ("实际", "名义", "同比", "环比", "年均", "平均", "扣除物价后", "扣除物价因素", "扣除价格因素", "剔除物价因素")
# Words a passage owns to a problem with, wherever it stands (施工扰民问题多发…表示歉意).
ADMISSION_WORDS = ("问题多发", "问题突出", "不到位", "不够", "不足", "短板", "歉意", "有待", "滞后", "薄弱")
# A collective noun after what is counted (社工队伍, 许可事项) is the asker's: 专业社工8230人 says it.
COLLECTIVE_WORDS = ("队伍", "群体", "大军", "事项")
# Parts of speech the dictionary gives a word that the genre does not use it in: 新建 is a
# county's name there (新建县), a verb in the reports (新建学校4所).
# (减了多少税费负担: the burden is what is counted; 高中 is a school, not a place word)
TAG_OVERRIDES = {"新建": "v", "负担": "n", "高中": "n", "初中": "n", "小学": "n"}
# Whose a total is (国家外汇储备, 全社会研发投入): the report's own scope, which its figure
# need not repeat (外汇储备超过3.2万亿美元).
SCOPE_MODIFIERS = ("国家", "全国", "全社会", "区级", "市级", "省级", "全区", "全市", "全省")
# Where a counted thing is, which the reports leave unsaid (新增病床892张 are hospital beds, a
# 赤字率 is the budget's): a question's 医院病床 counts the beds.
WHERE_COUNTED: dict[str, tuple[str, ...]] = {"病床": ("医院",), "床位": ("医院",), "赤字率": ("财政",), "赤字": ("财政",),
                                              "一般公共预算收入": ("财政",), "一般公共预算支出": ("财政",),
                                              # 群众满意率: whose satisfaction a rate measures goes unsaid
                                              **{rate: ("群众", "市民", "居民", "公众", "百姓", "老百姓")
                                                 for rate in ("满意率", "满意度")},
                                              "一般预算收入": ("财政",)}
# Tags of common nouns (not names of people or places): 地方, 中央, 工业
COMMON_NOUN_TAGS = ("n", "nz", "nt", "nl")
# 全省, 全市, 本区, 我市: the whole the report speaks of
WHOLE_PREFIXES = ("全", "本", "我", "辖区", "当年", "年")
# …and its own name for itself (新区 in a new district's report)
WHOLE_WORDS = ("新区", "城区", "特区", "市区")
# What a total's subject drops from the count of additions before it (新增规上工业企业35家、总数达…).
ADDING_WORDS = ("新增", "新设立", "新设", "新登记", "新开办", "新建", "新引进", "新培育", "净增", "增加")
# …and in English (new expressway, newly added), not the new of new energy or new-type
INCREMENT_EN = r"\b(?:new(?![\s-]*(?:energy|type|quality|era|infrastructure))|newly|added|additional)\b"
INCREMENT_WORDS = ("新增", "增加", "新建", "增长", "新开工", "新培育", "新引进", "净增", "多了", "新设", "设立", "新注册", "成立", "新冒出", "冒出", "新开办")
# …and these after such a word make the figure a total again (增长到8036亿元), as does 从 before
# it make it a starting value (从2836亿元增长到…), which ranks last.
TOTAL_AFTER_INCREMENT = ("到", "至", "达", "为")
# A question that does not ask for a rate or a share wants an amount, not a percentage of it
# (经济总量 is 8566亿元, not 研发投入占GDP比重6.3%).
RATE_WORDS = ("比重", "占比", "比例", "几成", "增速", "增长", "增幅", "提高", "下降", "涨", "降", "率", "%", "百分", "percentage",
              "减少", "少了", "多了", "比上", "比去年", "比前一年", "较上年", "较去年",
              "rate", "share", "growth", "percent", "grow", "rise", "fall")
RATE_UNITS = ("%", "个百分点", "‰")
# …and these ask for a rate itself: where a figure in % counts it, an amount does not answer.
RATE_ASKED_WORDS = ("增速", "增幅", "增长率", "比重", "占比", "比例", "率", "百分之", "几成", "增长了多少", "增长多少", "涨了多少",
                    "涨多少", "涨幅", "降了多少", "降幅", "比上年", "同比", "percentage",
                    "rate", "share", "percent", "by how much", "how fast")
# A change claimed from one number to another (税率从16%直接降到10%), and the same change as the
# reports say it (现行16%的税率降至13%): its number before, a verb of change, to, its number after.
CHANGE_CLAIM = (r"(?:从|由)(?P<start>\d+(?:\.\d+)?%?)[^，,。\d]{0,6}?(?:降|减|提|增|升|调|压|扩)[^，,。\d]{0,4}?"
                r"(?:到|至|为)(?P<end>\d+(?:\.\d+)?%?)")
CHANGE_SAID = (r"(?<![\d.]){start}[^，,。；;\d]{{0,12}}?(?:降|减|提|增|升|调|压|扩)[^，,。；;\d]{{0,4}}?"
               r"(?:到|至|为)(?P<end>\d+(?:\.\d+)?%?)")
# The period a figure is per (起征点提高到每月多少钱): how it is counted, never what (每天 and 每年
# are the reports' 日均 and 年均, of the synonym table, and stay).
PER_PERIOD_WORDS = ("每月", "每个月", "每周", "每季度")
# How many characters a text may set between the two words of a compound the asker writes
# together (全程接种 — 全程疫苗接种): a word of two, not a phrase.
SPLIT_COMPOUND_GAP = 2
# An aside in brackets that widens where to look (（包括后面的名词解释）, (including the annex)):
# no part of what is asked.
SCOPE_ASIDE = r"[（(](?:包括|包含|含|连同|including|incl\.)[^（()）]{0,30}[）)]"
# Everything of a count claimed done (59件民生实事是不是全部都办完了), and a count said done in
# part (59项民生实事完成57项, 199项重点工作完成198项): its total, what it counts, how many were done.
ALL_DONE_ASKED = (r"(?:全部|全都|都|悉数|统统|全)[^，,。？?]{0,4}?(?:办完|完成|办结|落实|兑现|实现|建成|做完|干完)"
                  r"|\b(?:all|every)\b[^,.?]*\b(?:completed|done|delivered|finished|fulfilled)\b")
PART_DONE_SAID = r"(?<![\d.])(?P<total>\d+)(?P<unit>[项件个])[^，,。；;\d]{0,12}?完成(?P<done>\d+)(?P=unit)"
# A gap between two rates (高于全国1.2个百分点) answers only a question asking one.
POINT_UNITS = ("百分点",)
POINTS_ASKED = ("百分点", "percentage point", "差距", "高出", "低多少", "高多少", "快多少", "快了多少", "高了多少", "低了多少",
                "慢了多少", "比全国", "比全省", "比全市", "than the national", "faster than", "higher than", "gap")
# A growth asked (经济增速) and a share of it (占GDP比重) are different measures of the same words.
GROWTH_ASKED_WORDS = ("增速", "增幅", "增长率", "增长多少", "增长了多少", "涨了多少", "涨多少", "涨幅", "growth rate", "how fast")
SHARE_WORDS = ("比重", "占比", "份额", "几成", "share of", "proportion")
SHARE_VERBS = ("占", "比例")
# A share of a total (研发投入占GDP比重达到5%): what is measured is the part, not the total.
SHARE_OF = r"占[^，,；;]{0,12}(?:比重|比例)"
RATIO_WORDS = ("每万", "每千", "每百", "人均", "每人", "每平方公里", "每亩", "地均", "万元GDP", "万元 GDP", "万元地区生产总值",
               "万元生产总值", "单位GDP", "单位地区生产总值", "单位生产总值", "单位国内生产总值", "per-capita", "per capita", "per head", "per 10,000")
# …of which these are per head (人均GDP asks no 单位GDP能耗).
# Measures named with 人均 that are no amount divided by heads (人均预期寿命 is how long people live).
PER_HEAD_MEASURES = ("人均预期寿命", "人均寿命")
# 千人床位数, 万人发明专利拥有量: a measure per thousand or ten thousand people, at a clause's start
# or after a place (not 18万人, a count).
PER_N_PEOPLE = r"(?:^|[^\d.一二三四五六七八九十百千万亿余多])[百千万]人(?=[\u4e00-\u9fff]{2})"
PER_HEAD_WORDS = ("人均", "每人", "per capita", "per-capita", "per head")
# Relative years: 去年 asks what the report reviews, 今年 and 明年 what it plans.
LAST_YEAR_WORDS = ("去年", "上一年", "上年", "前一年", "last year", "previous year")
# Markers after which a figure question says what was done to what it counts (多少居民被动员…).
PASSIVE_MARKERS = ("被", "把", "将", "给", "让", "由")
# How many times something happened (发生次数, 发生起数): the verb before them is not counted.
TIMES_WORDS = ("次数", "起数", "频次", "件数")
# …except as what a change is measured from (比上一年少了多少, 较去年增长): the year is not asked.
SINCE_LAST_YEAR = ("比", "较", "同")
THIS_YEAR_WORDS = ("今年", "本年", "this year", "明年", "next year")
# A figure whose clause names another place (武汉都市圈经济总量) is that place's, not the report's.
SUBREGION_PENALTY = 0.3
# Cue words that do not count inside these longer words (这几年 asks no number).
# 哪几个中心 asks which ones, not how many.
# 几 that asks no number: 这几年, 这几份报告 (哪几个 asks which, of things counted all the same)
IDLE_JI = ("几年", "几份", "几次会", "那几", "这几")
CUE_NOT_INSIDE: dict[str, tuple[str, ...]] = {
    # 大规模开工 is done on a large scale, 规模以上 names a class of firms: no size asked
    "规模": ("大规模", "规模化", "规模以上", "规模性"),
    # 能列一下名字吗, 能说说吗: a request said politely, no yes/no
    "吗": ("一下吗", "名字吗", "名单吗", "出来吗", "说说吗", "讲讲吗", "介绍下吗"),
    # 哪几年 asks which years, of figures compared; 哪几个部门 which ones, a list
    "哪几": ("哪几年",),
    # people in difficulty are a group helped, not a difficulty admitted
    "困难": ("困难群众", "困难家庭", "困难人员", "困难职工", "困难学生", "困难群体", "困难老人", "困难户", "就业困难",
           "困难残疾人", "生活困难"),
    # disputes resolved are work done, not difficulties admitted
    "矛盾": ("矛盾纠纷", "化解矛盾", "调处矛盾"),
    # what was in trouble and was dealt with (清理…出问题的平台, 问题楼盘) is work done
    "问题": ("出问题的", "有问题的", "问题平台", "问题楼盘", "问题企业", "问题项目", "问题上"),  # 在…问题上有啥打算
    # 比较 before an adjective is "rather" (风险隐患比较大), no comparison asked
    # 从多少提到了多少: raised to, not mentioned
    "提到": ("提到了多少", "提到多少", "提高到"),
    # 是怎么做的: how it was done, a review; 打算怎么做 asks the plans
    "怎么做": ("怎么做的",),
    "比较": ("比较大", "比较多", "比较少", "比较高", "比较低", "比较突出", "比较严重", "比较明显", "比较快", "比较慢",
           "比较好", "比较差", "比较强", "比较弱", "比较集中", "比较薄弱"),
    # 根据2021年报告: the report that answers, not a document followed
    "根据": ("根据报告", "根据19", "根据20", "根据这份报告", "根据该报告", "根据本报告", "根据政府工作报告"),
    "几": IDLE_JI + ("哪几",), "多": ("多年", "多家", "多个"),
                                              "在哪": ("存在哪",), "哪里": ("存在哪里",),
                                              # 数字 as "digital": 数字重庆, 数字经济, 数字化 are topics, not numbers
                                              "数字": ("数字重庆", "数字经济", "数字政府", "数字化", "数字中国",
                                                       "数字人民币", "数字产业", "数字技术", "数字城市", "数字乡村",
                                                       "数字孪生", "数字贸易", "数字社会", "数字治理", "数字赋能")}
# …and a cue word is none before these: 数字 before a noun (数字城, 数字经济) is "digital", while
# 数字是多少, 具体数字呢 ask a number.
DOCUMENTS_COUNTED = r"(?:文件|规划|方案|政策|意见|通知|办法|条例|法规|规章|材料|清单|纲要)"
CUE_NOT_BEFORE: dict[str, str] = {# according to the 2021 report (its name masked): the report that answers
                                  "according to": r"\s*(?:(?:the|this|that|its|their)\s*)?(?:\x00|(?:19|20)\d\d|report|government)",
                                  "数字": r"(?!是|为|有|呢|吗|多少|大概|上|方面|啊)[\u4e00-\u9fff]",
                                  # 数据要素, 数据中心, 数据安全: data as a thing, not the numbers asked
                                  "数据": r"(?!是|为|有|呢|吗|多少|大概|上|方面|啊|显示|表明)[\u4e00-\u9fff]",
                                  # 哪几份文件: documents counted, not reports compared
                                  "几份": DOCUMENTS_COUNTED, "三份": DOCUMENTS_COUNTED}
START_WORDS = ("从", "由")
# Words that ask for a target or a plan's figure rather than an achieved one.
# A plan's own contents (规划纲要设了多少个指标) are asked about in its words.
PLAN_DOCUMENT_WORDS = ("规划", "纲要", "五年", "five-year")
# A figure named by these alone totals what its sentence spoke of before (…；总量达到4702亿元).
GENERIC_FIGURE_PHRASES = ("总量", "总额", "规模", "总数", "总计", "合计", "占",
                          # …or by a verb alone (…地区生产总值突破四千亿元大关，达4018.3亿元)
                          "达", "达到", "增至", "升至", "提升至", "提高到", "突破", "超过")
# A clause comparing the same measure (森林覆盖率达43.28%，高于全市41.78%的平均水平) speaks of
# what the clause before named.
# A clause that says only a change (增长, 同比下降): the change of the amount said before it…
BARE_CHANGE = r"(?:同比|比上年|较上年|比去年|年均)?(?:增长|下降|提高|减少|增加|上升|降低)了?"
# …which is a number with anything but a span of years after it (创27年新高 says none)
AMOUNT_SAID = r"\d(?![\d.]*(?:年|周年))"
SAME_MEASURE_LEADS = ("高于", "低于", "超过", "超出", "相当于", "比", "较", "居", "位居", "远超", "领先")
# …but these words open a measure of their own (居民可支配收入达5.5万元).
OWN_MEASURE_OPENINGS = ("居民", "居住", "居家")
# A yearly average over a period (年均增长5%左右) answers a question about one year only when asked.
AVERAGE_WORDS = ("年均", "平均每年", "annual average", "average annual", "on average")
# Spans of time: a figure in these answers how long, not how much (连续17个季度高于GDP增速).
DURATION_UNITS = ("个月", "个季度", "个工作日", "天", "小时", "分钟", "年")
# A figure named only by its change (增长14.0%) is the change of what its sentence spoke of before.
CHANGE_PHRASES = ("增长", "下降", "增速", "同比增长", "同比下降", "提高", "降低", "增加", "减少")
# …of which a share (占GDP比重) is a share of what its sentence spoke of before.
SHARE_PHRASE_START = "占"
# Verbs of doing before a figure: it is then what a plan will do, not what there is.
DOING_WORDS = ("新增", "增加", "新建", "建成", "建设", "达到", "达", "完成", "实现", "突破", "力争", "提高", "提升", "降低",
               "控制", "增至", "增长", "超过", "引进", "培育", "改造", "打造", "推动", "开工", "投资", "筹集", "供应", "新开",
               "促进", "帮助", "带动", "安置", "培训", "吸引", "扶持", "拿出", "掏出", "花费", "花掉")
# Verbs that put a rule or scheme to work on what comes before them (河流|实行|河长制).
IMPLEMENTING_VERBS = ("实行", "实施", "推行", "开展", "落实")
# Words that say how large a figure is, not what was done (占比高达81%).
AMOUNT_ADVERBS = r"高达|多达|约达|达到了?约"
# Before a figure in its sentence, these make it a target (主要预期目标：…增长10%左右); a target
# named as a thing (聚焦…目标任务体系，…生产总值增长5.6%) does not.
TARGET_CONTEXT = (r"(?:预期目标|主要目标|目标任务)(?:[：:]|是|为)|目标是|目标为|力争|控制在"
                  # 省财政计划10年投入约1600亿元, 拟安排: money set aside ahead
                  r"|计划[^，,。；;]{0,6}(?:投入|安排|筹集)|拟(?:投入|安排|筹集)")
# A paragraph that opens by naming what it sets: 主要指标是：, 主要预期目标：
TARGETS_LEAD = r"(?:主要指标|预期目标|主要目标|目标任务)(?:是|为)?[：:]$"
# …and these ask for a target itself, which a figure of what was done does not answer well.
TARGET_ASKED_WORDS = ("目标", "预期", "target", "goal")
TARGET_WORDS = ("目标", "预期", "任务", "计划", "打算", "准备", "将", "力争", "要冲到", "要达到", "要突破", "要实现", "末要",
                # the end of a plan period (“十五五”末) and a level to be raised or cut to
                "预计", "五末", "要提到", "要提高到", "要提升到", "要增加到", "要降到", "要下降到", "要控制在",
                "target", "plan", "goal", "expected")
# (does the report say what…? asks what it says; does it say anything about…? asks whether)
YES_NO_EN = r"(?:does|do|did|is|are|was|were|has|have|had|can|will) (?!the reports? (?:say|plan|propose|admit)(?! anything))"
# An amount in English words of magnitude, and each word's factor and Chinese magnitude.
EN_MAGNITUDE = r"(?P<number>\d+(?:\.\d+)?)\s*(?P<scale>million|billion|trillion)\b"
EN_MAGNITUDES = {"million": (100, "万"), "billion": (10, "亿"), "trillion": (1, "万亿")}
# …after a leading phrase (according to the 2021 report, did …) or a statement of what is asked
# about (The 2017 report put the deficit at 2.38 trillion yuan. Was that …)
YES_NO_EN_LED = r"(?:[^?,]{0,60}, |[^?]*[.!;] )" + YES_NO_EN
# Counting what is in a section: 第三部分 / section 3 / 3.1节.
SECTION_PATTERN = (
    # (全国第一条 is a rank of a thing among its kind, no section of the report)
    r"(?<!全国)(?<!全省)(?<!全市)(?<!全区)(?<!全球)(?<!世界)(?<!国内)(?<!西北)(?<!华南)(?<!华北)(?<!华东)"
    r"(?<!西南)(?<!东北)(?<!中部)(?<!西部)(?<!东部)第(?P<zh>[一二三四五六七八九十]+|\d+)(?:大)?(?:部分|章|节|大项|项|条)"
    r"|(?P<dotted>\d+\.\d+)\s*节"
    r"|\b(?:section|part|chapter)\s+(?P<en>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\b"
    r"|\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:section|part|chapter)\b"
)
NUMBER_WORDS_EN: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}
TOP_PATTERN = r"前\s*(?P<zh>\d+)|top\s+(?P<en>\d+)"
# The intents a ranking question may have, by the nouns in it.
RANKING_MEASURE_WORDS = ("措施", "条目", "measure", "item")
RANKING_ORGANISATION_WORDS = ("机构", "企业", "单位", "部门", "组织", "公司", "organi", "enterprise", "compan", "bod")
RANKING_DOCUMENT_WORDS = ("文件", "政策", "法规", "document", "law")

# Count units a question may use for one another (多少个公园 → 270座).
UNIT_EQUIVALENTS: dict[str, tuple[str, ...]] = {
    "个": ("个", "座", "家", "所", "处", "项", "条", "只"), "座": ("座", "个", "所", "处"), "所": ("所", "个", "座"),
    "家": ("家", "户", "个"), "户": ("户", "家"), "项": ("项", "个", "件"), "件": ("件", "项", "宗"), "宗": ("宗", "件"),
    "趟": ("趟", "班次", "班", "列", "列次"), "班次": ("班次", "趟", "班", "列", "列次"), "班": ("班", "班次", "趟", "列", "列次"),
    "张": ("张",), "名": ("名", "人", "位"), "人": ("人", "名", "位", "人次"), "位": ("位", "名", "人"),
}
# A sum of money asked (多少元, 多少钱) is answered by an amount of money or not at all.
MONEY_UNITS = ("元", "万元", "亿元", "美元")
# Words for money as what a figure question counts (投入多少资金): any amount of money says it.
# The endings of a word that names a measure (粮食产量, 交易额, 覆盖率, 人数), not a thing measured.
MEASURE_ENDINGS = ("量", "额", "率", "数", "值", "总产")
# 连续13年稳定在430亿斤以上: a level held over years, which a question asks for only in these words.
STREAK = r"连续[\d一二两三四五六七八九十]+年(?:稳定|保持|稳居|站稳|超过|在)"
STREAK_ASKED = r"连续|几年|多少年|streak|consecutive"
# Characters before whom something is done (给企业, 为群众, 替企业): a beneficiary, not what is counted.
BENEFICIARY_MARKS = ("给", "为", "替", "帮")
# The characters of a number written out (千列, 两万余人): digits and magnitudes.
CN_DIGITS = "一二两三四五六七八九"
CN_MAGNITUDES = "十百千万亿"
MONEY_WORDS = ("资金", "经费", "金额", "钱", "款项", "资金量", "额度")
# …and the ending of a sum paid (顾问费, 服务费): how much of one is an amount of money.
MONEY_ENDINGS = ("费",)
# A unit in a figure question filters figures by their unit.
QUESTION_UNITS: tuple[str, ...] = (
    "亿美元", "万美元", "美元", "港元", "欧元", "亿元", "万元", "元", "%", "个百分点", "户", "家", "件", "宗", "项", "个", "座", "所", "间", "张", "辆", "台", "套",
    "公里", "千米", "平方公里", "平方米", "万平方米", "亩", "吨", "千瓦", "万千瓦", "人次", "人", "名", "位", "岁", "天", "小时",
    "架次", "列", "条", "部", "场", "次", "批", "颗", "株", "棵", "趟", "班次", "班", "艘", "起",
)
# A unit asked as a question word (多少户 → 户; 多长 → 公里; 多少钱 → 元).
# how many 病床, number of 新设立企业: an English cue before the Chinese name of what is counted.
COUNT_CUE_EN = r"\b(?:how (?:many|much)|number of|amount of|figures? (?:about|for|on|of)|statistics (?:on|about|of))\b"
UNIT_AFTER = r"(?:多少|几)[万亿千百]?(?P<unit>" + "|".join(sorted(QUESTION_UNITS, key=len, reverse=True)) + ")"
# Money spent (花在民生上的钱, 砸了多少) is counted in 元, unless a share of it is asked (…的比重).
MONEY_SPENT = ("的钱", "花了多少", "花多少", "砸了多少")
# Nouns for people, and the units that count them: a figure in these counts the people asked
# for whether or not its sentence names them (多少居民 → 93017人搬迁安置到位).
PEOPLE_NOUNS = ("居民", "群众", "市民", "村民", "学生", "游客", "职工", "员工", "人员", "工作人员", "干部", "党员",
                "志愿者", "教师", "医生", "护士", "患者", "老人", "老年人", "儿童", "农民工", "毕业生", "贫困人口")
PEOPLE_UNITS = ("人", "名", "人次")
# Things whose unit names them (146列次 counts trains, 3万架次 flights): the unit says the noun.
NOUNS_OF_UNITS: dict[str, tuple[str, ...]] = {
    **{people: PEOPLE_UNITS for people in PEOPLE_NOUNS},
    "列车": ("列次", "列", "趟"), "航班": ("架次", "班次", "班"), "船舶": ("艘次", "艘"), "车辆": ("辆", "车次"),
    # 开工多少套房子: dwellings are counted in 套 and 户
    "房子": ("套", "户"), "住房": ("套",), "房屋": ("套", "间"),
    # PM2.5浓度: a concentration is given in its unit (每立方米22.3微克)
    "浓度": ("微克/立方米", "微克", "毫克/立方米", "毫克/升"),
    # 目标是多少面积: an area is given in its unit (66.7万公顷), a length in its own (里程)
    "面积": ("公顷", "亩", "平方公里", "平方千米", "平方米"), "里程": ("公里", "千米"),
}
# …of which these are quantities a report may give by the unit alone, never naming them
# (PM2.5降至19.1微克/立方米): a report without the word still holds them.
MEASURED_QUANTITIES = ("浓度", "面积", "里程")
UNIT_IMPLIED: dict[str, tuple[str, ...]] = {
    "多少钱": ("元",), "总金额": ("元",), "金额多少": ("元",), "金额是多少": ("元",), "金额有多少": ("元",),
    "金额有多大": ("元",), "多长": ("公里", "千米", "米"), "多大面积": ("亩", "平方公里", "平方米"),
    "百分之几": ("%",), "百分之多少": ("%",), "几成": ("%",),  # 占财政支出几成: a share, in tenths
    # 平均住了多久: a time, which the reports give in days, months or years
    "多久": ("天", "个月", "月", "年", "小时", "分钟", "周"), "多长时间": ("天", "个月", "月", "年", "小时", "分钟", "周"),
    # 新增就业人数是多少: a count of people, which the reports give in 人 (139.3万人)
    "人数": ("人", "名", "人次"),
    "how much money": ("元",), "how many days": ("天",), "how long": ("公里", "千米", "米"), "kilometres": ("公里",),
    "kilometers": ("公里",),
}

# Words a figure question uses for what the report calls otherwise; each group is one meaning.
# Words of the genre that jieba's general dictionary lacks, so that a question's 低保标准 is
# 低保 + 标准, not 低 + 保 + 标准.
GENRE_WORDS = (
    "低保", "特困", "规上", "城中村", "棚改", "旧改", "双碳", "专精特新", "营商环境", "一网通办", "放管服",
    "高新技术企业", "民生实事", "医改", "保障性住房", "保障房", "人才房", "托位", "养老床位", "充电桩", "新能源汽车",
    "低空经济", "城市更新", "征拆", "土地整备", "新质生产力", "数字经济", "一老一小", "托育", "职住平衡",
    "两新", "两重", "以旧换新", "招商引资", "首店", "夜经济", "商事主体", "经营主体", "市场主体", "独角兽",
    "链主", "稳岗", "就业困难人员", "零就业家庭", "医共体", "家庭医生", "学位", "公办学位", "普惠性",
    "社零", "国高企业", "国高企", "高企", "新能源车", "违建",
    # Nouns of the genre the dictionary splits into single characters (counted over the corpus:
    # 防控 691 times, 片区 631, 低碳 396 …), so that a question naming them keeps them.
    "防控", "片区", "低碳", "管网", "跨境", "老旧", "湾区", "社康", "信访", "学前", "文旅", "商圈", "国资", "福祉",
    "用房", "碧道", "绿道", "减排", "业态", "普惠", "整备", "侨务", "科创", "自贸", "保税", "电商", "人居", "医养",
    "楼宇", "储能", "警情", "路网", "慢行", "碳达峰", "碳中和", "院所", "零碳", "小微", "创客", "黑臭", "基站", "公厕",
    "光伏", "管廊", "班列", "双创", "省属", "区属", "立面", "产城", "边坡", "雨污", "人防", "优抚", "廊道", "扬尘",
    "账款", "冷链", "妇幼", "营收", "计生", "全科", "飞地", "巡察", "三资", "警务", "危房", "种业", "民宿", "党史",
    "防疫", "参保", "风电", "水务", "综治", "专班", "育儿", "创投", "地标", "社工", "银发", "康养", "城管", "证照",
    "退税", "步道", "网贷", "照护", "欠薪", "事权", "超算", "智库", "氢能", "工伤", "碳汇", "非遗", "固废", "绿电",
    "院区", "疾控", "文创", "母机", "党群", "林权", "油烟", "托幼", "引才", "降碳", "减碳", "中试", "查违", "无废",
    "双减", "众创", "算力", "通关", "商事", "减负", "降费", "水耗", "新冠", "抗疫", "保税区", "综合保税区", "综保区", "新冒出",
    "起征点", "携号转网",
)

# How an asker puts a question to someone: polite requests and the wish to know.
ASKING_PHRASES = ("帮我查一下", "帮我查查", "帮我查", "帮忙查一下", "帮忙查", "查一下", "查查", "帮我看看", "帮忙看看",
                  "帮我看一下", "看一下", "我想知道", "想知道", "我想了解", "想了解", "想问一下", "想问", "告诉我",
                  "能不能告诉我", "麻烦告诉我", "麻烦", "劳驾", "请帮我", "帮我找", "帮我找找", "想了解下", "了解下",
                  "了解一下", "想确认一下", "确认一下", "麻烦确认下", "确认下", "想核实一下", "核实一下", "想核对一下", "核对一下", "我没记错吧", "我没记错")
# Fillers of more than one dictionary word, segmented whole so that the stop words take them.
FILLER_PHRASES = ("一共", "总共", "咱们国家", "我们国家", "多大规模", "政府自己", "政府坦承", "这三年", "近三年", "三年来", "三年间", "三年里",
                  # the asker's idioms and colloquial verbs (帮企业牵线搭桥, 跑下来的资金加起来)
                  "牵线搭桥", "保驾护航", "千方百计", "想方设法", "真金白银", "不遗余力", "加起来", "跑下来", "冒出来",
                  "什么水平", "什么台阶",
                  # can it or not (能不能建成): the yes/no frame, no topic
                  "能不能", "可不可以",
                  # how the asker asks (帮我查一下, 我想知道, 麻烦告诉我): no topic
                  *ASKING_PHRASES,
                  # the whole report asked, its annex of terms included
                  "含附件", "包括附件", "连同附件", "附件在内", "包含附件")
# A number asked for (多少, 几条, 几个…); two of them in one question ask two numbers.
FIGURE_ASK = re.compile(r"多少|几[个条家项所座户人次名万亿千百十种类批倍]?|多(?:长|大|高|远|快|重|宽|深|久)")
# What joins the asks of two numbers: 有几条、总里程多少 / 多少家，增长了多少.
FIGURE_PART_SEPARATOR = r"[、，,；;？?]|以及|并且|同时"
# What a second number asked opens with when it is of the first one's thing (占全市多大比例, 比上年增长多少).
# (在深圳全市里占多大比重: where the share is taken may come first)
SAME_THING_ASK = (r"^(?:在[^，,。？?]{0,8}?(?:里|中|内|当中))?"
                  r"(?:占|比上|比去年|较上|较去年|同比|增长|增幅|增速|涨|下降|降了|减少)")
# The words before the first ask that belong to it, not to the subject the parts share.
FIGURE_ASK_LEADS = ("一共有", "总共有", "共有", "一共", "总共", "共", "有", "是", "为", "达到了", "达到", "达", "做到了", "做到",
                    "到了", "有了")

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("gdp", "地区生产总值", "生产总值", "经济总量", "经济规模", "本地生产总值", "gdp总量", "经济增长", "经济增速",
     "经济增长速度", "国内生产总值"),
    ("新开办", "开办", "新设立", "设立", "新注册", "注册", "新登记", "新增", "新开"),
    ("市场主体", "市场总量", "商事主体", "经营主体"), ("个体户", "个体工商户"),
    ("企业", "公司"),
    ("房租", "租金", "租费"), ("公厕", "公共厕所"), ("成交额", "成交金额"), ("交易额", "交易金额"), ("销售额", "销售金额"),
    ("自由贸易试验区", "自贸试验区", "自贸区", "自贸片区", "自由贸易区"), ("燃料电池", "氢燃料电池"),
    ("专项债", "专项债券", "地方专项债券", "地方政府专项债券", "地方专项债"),
    ("延迟退休", "推迟退休", "延迟法定退休年龄", "推迟退休年龄", "延迟退休年龄", "退休年龄"),
    # clean heating by what replaces coal; lending platforms online
    ("治水", "水污染治理", "治理水污染"),
    ("新设立", "新冒出", "新成立", "新开办", "新注册"),
    ("人均预期寿命", "预期寿命", "平均寿命", "平均预期寿命", "人均寿命", "平均能活到", "能活到"), ("猪瘟", "生猪疫病", "非洲猪瘟"), ("防控", "防治", "防御"),
    ("办理时限", "办结时间", "办理时间", "审批时限", "办结时限", "审批时间"), ("覆盖率", "覆盖面"),
    ("煤改电", "以电代煤", "电代煤"), ("煤改气", "以气代煤", "气代煤"), ("网络借贷", "网贷", "P2P"),
    # exchanges by their short names
    ("北交所", "北京证券交易所"), ("上交所", "上海证券交易所"), ("深交所", "深圳证券交易所"),
    ("港交所", "香港交易所", "香港联交所", "香港联合交易所"),
    ("律所", "律师事务所"),
    ("官司", "诉讼", "案件", "应诉"),
    ("面积", "亩", "平方公里"),
    ("植树造林", "造林", "植树", "绿化"),
    ("地铁", "轨道交通", "城市轨道"),
    ("学位", "学位数", "中小学学位", "中小学位"),
    ("上市", "上市公司", "ipo"),
    ("贷款", "融资", "信贷", "lending", "loan"),
    ("税收", "税收收入"),
    ("社会消费品零售总额", "社零", "社消零", "社零总额", "社消零总额", "消费品零售", "零售总额", "retail sales"),
    ("失业率", "城镇登记失业率", "调查失业率", "城镇居民登记失业率", "登记失业率"),
    ("公园", "公园总数"),
    ("高速公路", "高速"), ("高铁", "高速铁路"), ("通车里程", "运营里程", "营运里程", "通车总里程"),
    ("光伏", "分布式光伏", "屋顶光伏", "solar"),
    ("以旧换新", "trade-in"),
    ("财政收入", "一般公共预算收入", "地方一般公共预算收入", "财政总收入", "一般预算收入", "地方一般预算收入"),
    ("财政支出", "一般公共预算支出", "地方一般公共预算支出", "财政总支出", "公共财政支出", "本级支出", "地方本级支出"),
    ("外贸", "进出口", "进出口总额", "外贸进出口"),
    ("技术交易", "技术合同成交额", "技术合同"),
    ("成交额", "交易额", "交易金额", "成交金额", "交易规模"),
    ("固定资产投资", "固投", "全社会固定资产投资", "全社会固投", "固定资产投资额"),
    ("利用", "使用"),  # 实际利用台资: the reports' 实际使用台资
    ("实际使用外资", "实际利用外资", "利用外资", "引进外资", "外资实际到位", "实际到位外资", "外资到位", "到位外资"),
    ("入境游客", "境外游客", "入境旅游", "海外游客", "入境游"),
    # fairs by their short names
    ("进博会", "中国国际进口博览会", "进口博览会"), ("广交会", "中国进出口商品交易会"), ("服贸会", "中国国际服务贸易交易会"),
    ("高交会", "中国国际高新技术成果交易会"), ("东博会", "中国—东盟博览会"), ("消博会", "中国国际消费品博览会"),
    # R&D intensity is R&D spending as a share of GDP
    ("新能源汽车", "新能源车"),
    ("违法建筑", "违建", "违章建筑"), ("历史遗留", "历史"),  # 历史遗留违法建筑 are the reports' 历史违建 ("拆除", "拆掉"),
    ("减税降费", "减免税费", "税费减免", "税费"), ("成立", "组建", "设立"),
    # games by their short names (省运会 is the province's 第十七届运动会)
    ("省运会", "省运动会", "运动会"), ("市运会", "市运动会", "运动会"), ("全运会", "全国运动会"),
    ("强度", "占gdp比重", "支出占比", "占gdp的比重", "占地区生产总值比重", "占地区生产总值的比重", "占生产总值比重", "占国内生产总值比重", "占国内生产总值的比重", "占生产总值的比重"),
    ("保障性住房", "保障房"),
    ("建成", "建好"), ("启用", "开用", "投入使用"),
    ("高校毕业生", "大学毕业生", "大学生毕业生", "应届大学毕业生", "应届毕业生"),
    ("未能如期完成", "没能按时完成", "没有按时完成", "未按期完成", "没能如期完成", "未如期完成"),
    ("实际", "扣除物价后", "扣除物价因素", "扣除价格因素", "剔除物价因素"),  # growth net of prices
    ("减负", "减轻负担", "减轻企业负担", "减轻的负担", "降低企业负担"),
    ("降到", "降至", "下降到", "下降至", "降低到", "降低至"),
    ("年均浓度", "平均浓度", "年平均浓度", "浓度均值", "浓度", "均值"),  # PM2.5均值为23.8微克/立方米
    ("pm2.5", "细颗粒物"),
    ("看病", "就医", "看病就医", "医疗", "医疗卫生", "卫生健康"),
    # 城乡居民…分别达6.9万元、3.4万元 answers for town and for country
    ("城镇", "城里", "城市", "城乡"), ("农村", "乡村", "村里", "城乡"), ("日均", "每天", "每日", "一天平均", "平均每天", "每天平均", "平均一天", "日平均"),
    ("贷款存量", "贷款余额", "各项贷款余额"),
    ("院士", "两院院士"),
    ("粮食产量", "粮食总产量", "粮食总产"),
    ("民营投资", "民间投资"), ("投资额", "完成投资", "投资"),  # 重点项目完成投资2125亿元
    ("新冠疫苗", "疫苗"), ("全程接种", "打完全程", "打全程"),
    ("病床", "床位"),
    ("人大代表建议", "代表建议"),
    ("政协提案", "委员提案"),
    ("上市公司", "上市企业"),
    ("专利", "发明专利", "pct"),
    ("研发投入", "研发经费", "研发支出", "r&d"),
    ("新基建", "新型基础设施建设", "新型基础设施"),
    # the statistics name R&D in full
    ("研发", "研究与试验发展"),
    ("装机", "装机容量", "装机规模"),
    ("新增就业", "新增就业岗位", "新增就业人数", "新增就业人口", "新增城镇就业", "城镇新增就业"),
    ("岗位", "就业岗位", "就业"),  # 新增了多少就业岗位: the jobs the reports count as 新增就业
    ("高新技术企业", "国家高新技术企业", "国家级高新技术企业", "国高企业", "国高企", "高企"),
    ("台资企业", "台企", "台资"),
    ("市场主体", "商事主体", "经营主体"),
    ("人才住房", "人才保障房", "人才安居", "人才房", "人才公寓"), ("外资企业", "外企", "外商投资企业"), ("港资企业", "港企"),
    ("新设", "新设立", "新注册", "新成立", "新登记", "新开办", "设立"),
    ("规模以上企业", "规上企业"),
    ("规模以上工业", "规上工业"),
    ("人均可支配收入", "居民人均可支配收入", "人均收入"),
    ("楼市", "房地产", "房地产市场", "住房市场", "商品房"),
    ("文旅", "文化旅游", "文化和旅游"),
    ("隔离", "集中隔离", "隔离场所"),
    ("增长", "growth"),
    ("客流量", "吞吐量", "客运量"),  # 客流量 of an airport is its 旅客吞吐量
    ("学位", "上学名额", "入学名额", "学额"),
    ("推行", "实施", "推开", "施行"),
    ("长期护理保险", "长护险"), ("基本医疗保险", "医保"), ("养老保险", "养老保"),
    ("养老服务", "养老事业", "居家养老", "养老"),  # 养老服务 asks of elderly care, however the report names it
    ("减贫", "脱贫", "扶贫", "减少贫困人口", "减少农村贫困人口"),  # 减贫人数: how many are to leave poverty
    ("农商行", "农村商业银行", "农商银行"), ("城商行", "城市商业银行"), ("农信社", "农村信用社", "农村信用合作社"),
    ("举办权", "成功申办", "申办成功", "承办权", "获得举办权"),
    ("出生人口", "出生人数", "新出生人口"), ("出生率", "人口出生率"),
    ("棚户区改造", "棚改", "棚户区"), ("旧城改造", "旧改"), ("房子", "住房", "房屋"),
)
# English questions: concepts mapped to the report's words.
GLOSSARY_EN: dict[str, tuple[str, ...]] = {
    "gdp": ("生产总值",), "economy": ("经济",), "enterprise": ("企业",), "enterprises": ("企业",),
    "firm": ("企业",), "firms": ("企业",), "company": ("企业", "公司"), "companies": ("企业", "公司"),
    "loan": ("贷款",), "loans": ("贷款",), "lending": ("贷款",), "bank": ("银行", "贷款"),
    "lawsuit": ("诉讼", "官司", "案件"), "lawsuits": ("诉讼", "官司", "案件"), "court": ("法院", "诉讼"),
    "retail": ("零售",), "sales": ("零售", "销售"), "consumer": ("消费",), "goods": ("消费品",),
    "school": ("学校", "学位"), "schools": ("学校", "学位"), "student": ("学生", "学位"), "education": ("教育",),
    "hospital": ("医院",), "health": ("卫生", "健康", "医疗"), "housing": ("住房",), "solar": ("光伏",),
    "rooftop": ("屋顶", "分布式"), "power": ("电力", "发电"), "emergency": ("应急",), "safety": ("安全",),
    "accident": ("事故",), "accidents": ("事故",), "relatively large": ("较大",),
    "bidao": ("碧道",),
    "offshore wind": ("海上风电",), "wind power": ("风电",), "wind": ("风电",), "photovoltaic": ("光伏",),
    "gold medal": ("金牌",), "gold medals": ("金牌",), "medals": ("奖牌", "金牌"), "medal": ("奖牌", "金牌"),
    "work safety": ("安全生产",), "legal": ("法治", "法律"), "publicity": ("宣传",), "education and publicity": ("普法",),
    "spaceflight": ("航天",), "space": ("航天",), "commercial": ("商业",), "aerospace": ("航空航天",),
    "trade-in": ("以旧换新",), "subsidies": ("补贴",), "subsidy": ("补贴",), "twin-city": ("双城",),
    "circle": ("经济圈",), "chengdu": ("成都", "成渝"), "chongqing": ("重庆", "成渝"), "school renewal": ("焕新",),
    "campaign": ("行动",), "environment": ("环境", "生态"), "pollution": ("污染",), "water": ("水",),
    "tourism": ("旅游", "文旅"), "culture": ("文化",), "technology": ("科技",), "innovation": ("创新",),
    "investment": ("投资",), "export": ("出口",), "exports": ("出口",), "trade": ("贸易", "外贸"),
    "employment": ("就业",), "jobs": ("就业", "岗位"), "income": ("收入",), "pension": ("养老",),
    "elderly": ("养老", "老年"), "childcare": ("托育",), "drone": ("无人机",), "drones": ("无人机",),
    "low-altitude": ("低空",), "population": ("人口",), "tax": ("税收",), "revenue": ("收入",),
    "budget": ("预算",), "debt": ("债务",), "reform": ("改革",), "approval": ("审批",), "permits": ("许可",),
    "zone": ("园区", "高新区"), "park": ("公园", "园区"), "forest": ("造林", "森林"), "trees": ("植树",),
    "law": ("法",), "regulation": ("条例",), "rule of law": ("法治",), "lawyers": ("律师",), "lawyer": ("律师",),
    "advisers": ("法律顾问",), "adviser": ("法律顾问",), "shortcomings": ("不足",), "metro": ("地铁",), "transport": ("交通", "运输"),
    "transport system": ("综合交通", "交通体系", "交通"),
    "subway": ("地铁",), "highways": ("高速公路",), "road": ("公路", "道路"),
    "break ground": ("开工",), "broke ground": ("开工",), "broken ground": ("开工",), "breaking ground": ("开工",),
    "groundbreaking": ("开工",), "phase i": ("一期",), "phase ii": ("二期",), "phase iii": ("三期",),
    "foreign direct investment": ("实际使用外资", "实际利用外资"), "direct investment": ("外资",),
    "fdi": ("实际使用外资", "实际利用外资"),
    "academician": ("院士",), "academicians": ("院士",), "foreign trade": ("外贸",), "grow": ("增长",),
    "listed": ("上市",), "bed": ("床位",), "beds": ("床位",), "intensive-care": ("重症",), "icu": ("重症",),
    "expenses": ("经费",), "three public expenses": ("三公",), "carbon": ("碳",), "neutrality": ("碳中和",),
    "low-carbon": ("低碳",), "yangtze": ("长江",), "river": ("江",), "protect": ("保护",), "protecting": ("保护",),
    "patent": ("专利",), "patents": ("专利",), "r&d": ("研发",), "research": ("研发", "研究"),
    "unemployment": ("失业",), "jobless": ("失业",), "unemployment rate": ("失业率",), "jobless rate": ("失业率",), "grain": ("粮食",), "output": ("产量",), "fiscal": ("财政",),
    "spending": ("支出",), "r&d spending": ("研发投入", "研发经费"), "r&d expenditure": ("研发投入", "研发经费"), "r&d intensity": ("研发投入强度", "研发经费投入强度"), "energy storage": ("储能",), "market entities": ("市场主体", "商事主体", "经营主体"),
    "market entity": ("市场主体", "商事主体", "经营主体"), "hiking": ("远足", "登山", "步道"),
    "trail": ("步道", "绿道", "郊野径"), "expressway": ("高速公路", "高速"), "expressways": ("高速公路", "高速"), "vaccinated": ("接种",), "vaccination": ("接种",), "vaccine": ("疫苗",),
    "long-term care": ("长期护理",), "care insurance": ("护理保险",), "tax revenue": ("税收",), "epidemic": ("疫情",), "virus": ("病毒",),
    "covid": ("新冠", "疫情", "防疫"), "green electricity": ("绿电",), "green power": ("绿电",),
    "afforestation": ("绿化", "造林"), "greening": ("绿化",), "send": ("外送", "输出"), "transmitted": ("外送", "输出"), "storage": ("储能",), "installed": ("装机",), "expenditure": ("支出",), "deficit": ("赤字",), "deputies": ("代表",),
    "proposals": ("提案", "建议"), "businesses": ("企业", "市场主体"),
    "disposable": ("可支配",), "per capita": ("人均",), "parks": ("公园",), "theme park": ("乐园", "主题公园"),
    "metro line": ("地铁",), "rail transit": ("轨道交通",), "kindergarten": ("幼儿园",),
    "consumption": ("消费",), "demand": ("需求",), "foreign investment": ("外资",), "foreign capital": ("外资",),
    "talent": ("人才",), "talents": ("人才",), "villages": ("乡村", "村"), "rural": ("农村", "乡村"),
    "poverty": ("脱贫", "贫困"), "medical": ("医疗",), "insurance": ("保险", "医保"), "digital": ("数字",),
    "manufacturing": ("制造业",), "industry": ("产业", "工业"), "industrial": ("工业",), "service": ("服务",),
    "air quality": ("空气质量", "空气", "大气环境质量", "大气"), "forest cover": ("森林覆盖率",), "good or excellent": ("优良",),
    "excellent or good": ("优良",), "good air": ("优良",),
    # housing and the city
    "shantytown": ("棚户区", "棚改"), "shantytowns": ("棚户区", "棚改"), "redevelopment": ("改造", "更新"),
    "renovation": ("改造",), "renovated": ("改造",), "urban renewal": ("城市更新",), "urban village": ("城中村",),
    "urban villages": ("城中村",), "old residential": ("老旧小区",), "old communities": ("老旧小区",),
    "homeowner": ("业主",), "homeowners": ("业主",), "households": ("户",), "household": ("户",),
    "residents": ("居民",), "moved into": ("回迁", "入住"), "move into": ("回迁", "入住"), "moved in": ("回迁", "入住"),
    "community": ("社区",), "communities": ("社区",), "elevator": ("电梯",), "elevators": ("电梯",),
    "parking": ("停车", "泊位", "车位"), "charging": ("充电",), "charging piles": ("充电桩",),
    "new energy vehicles": ("新能源汽车",), "vehicles": ("汽车", "车辆"), "cars": ("汽车",), "car": ("汽车",),
    "affordable housing": ("保障性住房", "保障房"), "public housing": ("保障性住房", "公共住房"),
    "infrastructure": ("基础设施",), "water supply": ("供水",), "sewage": ("污水",), "garbage": ("垃圾",), "industrial output": ("工业增加值", "工业总产值", "工业产值"),
    "industrial production": ("工业增加值", "工业总产值", "工业生产"), "deficit ratio": ("赤字率",),
    "deficit-to-gdp ratio": ("赤字率",), "economic growth": ("经济增长", "经济增速", "生产总值增长"), "sailing": ("帆船", "帆船赛"), "regatta": ("帆船赛", "帆船"), "race": ("比赛", "赛事"),
    "races": ("比赛", "赛事"), "incineration": ("焚烧",), "household garbage": ("生活垃圾", "垃圾"),
    "household waste": ("生活垃圾", "垃圾"), "domestic waste": ("生活垃圾", "垃圾"), "landfill": ("填埋场", "填埋"),
    "landfills": ("填埋场", "填埋"),
    "waste": ("垃圾", "废弃物"), "recycling": ("回收", "资源化"), "greenway": ("绿道", "碧道"), "greenways": ("绿道", "碧道"),
    "trails": ("绿道", "步道"), "reservoir": ("水库",),
    "flood": ("防汛", "洪"), "typhoon": ("台风",), "fire": ("消防", "火灾"), "police": ("公安",),
    "crime": ("犯罪", "刑事"), "petitions": ("信访",), "complaints": ("投诉",), "hotline": ("热线",),
    # the economy
    "port": ("港口", "港"), "airport": ("机场",), "container": ("集装箱",), "logistics": ("物流",),
    "container throughput": ("集装箱吞吐量",),
    "green space": ("绿地",), "per resident": ("人均",), "per person": ("人均",),
    "finance": ("金融",), "financial": ("金融",), "value added": ("增加值",), "added value": ("增加值",),
    "high-tech": ("高新技术",), "high-tech park": ("高新区",), "high-tech zone": ("高新区",), "hi-tech zone": ("高新区",), "high-tech enterprises": ("高新技术企业",), "startups": ("初创",),
    "unicorn": ("独角兽",), "unicorns": ("独角兽",), "listed companies": ("上市公司",),
    "imports": ("进口",), "customs": ("海关",), "free trade zone": ("自贸区", "自由贸易试验区"),
    "investment promotion": ("招商",), "signed": ("签约",), "contracts": ("签约", "合同"),
    "project": ("项目",), "projects": ("项目",), "key projects": ("重点项目",), "fixed-asset": ("固定资产",),
    "fixed asset": ("固定资产",), "business environment": ("营商环境",), "private economy": ("民营经济",),
    "smes": ("中小企业",), "small and medium": ("中小",), "specialized": ("专精特新",),
    "artificial intelligence": ("人工智能",), "ai": ("人工智能",), "semiconductor": ("半导体",),
    "chips": ("芯片",), "chip": ("芯片",), "biomedicine": ("生物医药",), "data": ("数据",),
    "heads of state": ("元首",), "head of state": ("元首",), "presidents": ("元首", "总统", "主席"),
    "president": ("元首", "总统", "主席"), "computing power": ("算力",), "computing scale": ("算力规模", "算力"), "computing capacity": ("算力",), "robots": ("机器人",), "robotics": ("机器人",), "new energy": ("新能源",),
    "energy": ("能源",), "electricity": ("电", "电力"), "farmland": ("农田",), "agriculture": ("农业",),
    "farmers": ("农民",), "rural revitalization": ("乡村振兴",), "consumption vouchers": ("消费券",),
    "coupons": ("消费券",), "tourists": ("游客",), "visitors": ("游客", "人次"), "hotels": ("酒店",),
    "headquarters": ("总部",), "industrial added value": ("工业增加值",), "above designated size": ("规模以上", "规上"),
    # people and services
    "doctors": ("医生",), "general practitioners": ("全科医生",), "nursing": ("护理", "养老"),
    "seniors": ("老年人",), "older people": ("老年人",), "preschool": ("学前",), "school places": ("学位",),
    "teachers": ("教师",), "university": ("大学",),
    "universities": ("高校", "大学"), "students": ("学生",), "sports": ("体育",), "stadium": ("体育场",),
    "minimum wage": ("最低工资",), "wage": ("工资",), "wages": ("工资",),
    "defibrillator": ("AED", "除颤"), "defibrillators": ("AED", "除颤"),
    "oil-painting": ("油画",), "oil painting": ("油画",),
    "justice bureau": ("司法局",), "justice": ("司法",), "inspection": ("检查", "督查", "考核"),
    "inspections": ("检查", "督查", "考核"), "command": ("指挥",), "committee": ("委员会",), "committees": ("委员会",),
    "government affairs": ("政务",), "transparent": ("公开",), "transparency": ("公开",), "open government": ("政务公开",),
    "museum": ("博物馆",), "museums": ("博物馆",), "library": ("图书馆",), "heritage": ("遗产", "文物"),
    "subsistence allowance": ("低保",), "minimum living": ("低保",), "social assistance": ("社会救助",),
    "government services": ("政务服务",), "prices": ("价格", "物价"), "price": ("价格", "物价"),
    "consumer prices": ("居民消费价格", "物价"), "cpi": ("居民消费价格",), "inflation": ("居民消费价格", "物价"),
    "per-capita": ("人均",), "online": ("网上", "线上"), "volunteers": ("志愿者",),
    "high-speed rail": ("高铁",), "high speed rail": ("高铁",), "passengers": ("旅客", "客流", "人次"),
    "passenger": ("旅客", "客流", "人次", "客运"), "north station": ("北站",),
    "highway": ("高速公路", "公路"),
    "open to traffic": ("通车",), "opened to traffic": ("通车",),
    "hydrogen": ("氢能", "氢"), "green hydrogen": ("绿氢", "氢能"), "green ammonia": ("绿氨",),
    "green methanol": ("绿色甲醇", "绿醇"), "digital rmb": ("数字人民币",), "digital yuan": ("数字人民币",),
    "e-cny": ("数字人民币",), "nuclear power": ("核电",), "nuclear": ("核电", "核能"),
    "mangrove": ("红树林",), "mangroves": ("红树林",),
    "teu": ("标准箱", "标箱"), "teus": ("标准箱", "标箱"), "containers": ("集装箱",), "throughput": ("吞吐量",),
    "laos": ("老挝",), "china-laos railway": ("中老铁路",), "china–laos railway": ("中老铁路",), "railway": ("铁路",),
    "national games": ("全运会", "全国运动会", "十五运会"), "games": ("运动会", "赛事"), "host": ("承办", "举办"),
    "hosting": ("承办", "举办"), "events": ("赛事", "活动"), "venues": ("场馆",), "olympic": ("奥运",),
    # partners
    # R&D's share of GDP is what the reports call its intensity (研发经费投入强度)
    "share of the population": ("覆盖率", "比例", "占比"), "fully vaccinated": ("全程接种",),
    "share of gdp": ("投入强度", "占生产总值"), "spend on r&d": ("研发投入", "研发经费"), "spent on r&d": ("研发投入", "研发经费"),
    "hong kong": ("香港", "深港", "粤港"), "macao": ("澳门", "粤澳"), "macau": ("澳门", "粤澳"), "taiwan": ("台湾",),
    "greater bay area": ("大湾区",), "bay area": ("湾区",), "cooperation": ("合作",), "co-operation": ("合作",),
    "partner": ("合作",), "partners": ("合作",), "trading partner": ("贸易伙伴",), "trading partners": ("贸易伙伴",), "food valley": ("食品谷",), "bio valley": ("生物谷",),
    "science city": ("科学城",), "science park": ("科技园", "科学园"),
    # The genre's concepts as an analyst names them in English, the reports' words for each
    "poverty alleviation": ("脱贫攻坚", "扶贫", "脱贫",), "lifted out of poverty": ("脱贫", "摆脱贫困", "脱贫摘帽",),
    "targeted poverty alleviation": ("精准扶贫", "精准脱贫",), "pensions": ("养老金", "养老保险", "基本养老金",),
    "pension insurance": ("养老保险", "基本养老保险", "城乡居民养老保险",), "elderly care": ("养老服务", "养老", "居家养老",),
    "elderly care services": ("养老服务", "居家社区养老服务", "养老服务体系",), "nursing homes": ("养老院", "养老机构", "敬老院",),
    "nursing home": ("养老院", "养老机构", "敬老院",), "aging population": ("人口老龄化", "老龄化", "老龄事业",),
    "infant care": ("托育", "婴幼儿照护", "托育服务",), "daycare": ("托育", "托育机构", "托育服务",),
    "sewage treatment": ("污水处理", "生活污水", "污水处理厂",), "wastewater": ("污水", "废水", "污水处理",),
    "flood control": ("防汛", "防洪", "防汛抗旱",), "drought": ("抗旱", "干旱", "防汛抗旱",),
    "administrative reconsideration": ("行政复议", "复议",), "administrative litigation": ("行政诉讼", "行政应诉", "行政案件",),
    "appearing in court": ("出庭应诉", "负责人出庭应诉", "行政机关负责人出庭",), "law enforcement": ("行政执法", "综合执法",),
    "administrative law enforcement": ("行政执法", "综合行政执法",),
    "comprehensive law enforcement": ("综合行政执法", "综合执法", "执法体制改革",), "petition": ("信访", "上访", "来信来访",),
    "letters and visits": ("信访", "来信来访", "人民来访",), "mediation": ("调解", "人民调解", "矛盾纠纷化解",),
    "people's mediation": ("人民调解", "调解组织", "人民调解委员会",),     "arbitration": ("仲裁", "劳动人事争议仲裁", "仲裁委员会",), "legal aid": ("法律援助", "法援",),
    "legal services": ("法律服务", "公共法律服务", "法律服务体系",), "public legal services": ("公共法律服务", "法律服务", "公共法律服务体系",),
    "legal advisers": ("法律顾问", "政府法律顾问", "公职律师",), "legal adviser": ("法律顾问", "政府法律顾问", "公职律师",),
    "normative documents": ("规范性文件", "行政规范性文件",), "legality review": ("合法性审查", "合法性审核", "法制审核",),
    "major decisions": ("重大行政决策", "重大决策", "决策",), "administrative decision-making": ("行政决策", "重大行政决策", "依法决策",),
    "local regulations": ("地方性法规", "法规",),
    "legislation": ("立法", "立法工作", "政府立法",), "civil code": ("民法典", "民法典宣传",),
    "law popularization": ("普法", "法治宣传教育", "普法宣传",), "legal publicity": ("普法", "法治宣传", "法治宣传教育",),
    "constitution": ("宪法", "宪法宣传", "宪法宣誓",), "law-based government": ("法治政府", "依法行政", "法治政府建设",),
    "administration according to law": ("依法行政", "依法治理", "依法办事",), "administrative licensing": ("行政许可", "许可事项",),
    "administrative penalty": ("行政处罚", "处罚", "行政处罚决定",), "administrative penalties": ("行政处罚", "处罚", "罚款",),
    "fines": ("罚款", "罚没", "行政处罚",), "power list": ("权力清单", "权责清单", "责任清单",),
    "negative list": ("负面清单", "市场准入负面清单", "外商投资负面清单",), "market access": ("市场准入", "准入", "准入门槛",),
    "credit": ("信用", "社会信用", "信用体系",), "social credit": ("社会信用体系", "社会信用", "信用体系",),
    "credit system": ("社会信用体系", "信用体系", "信用建设",),     "accountability": ("问责", "责任追究", "追责",), "audit": ("审计", "审计监督", "审计整改",),
    "anti-corruption": ("反腐败", "党风廉政建设", "廉政",), "corruption": ("腐败", "廉政", "反腐败",),
    "clean government": ("廉政建设", "廉洁政府", "党风廉政建设",), "eight-point rules": ("中央八项规定", "八项规定", "八项规定精神",),
    "formalism": ("形式主义", "官僚主义", "形式主义官僚主义",), "frugality": ("过紧日子", "勤俭节约", "节约",),
    "government transparency": ("政务公开", "政府信息公开", "公开透明",), "information disclosure": ("信息公开", "政府信息公开", "政务公开",),
    "npc": ("人大", "人民代表大会", "人大代表",), "cppcc": ("政协", "政协委员", "人民政协",), "npc deputies": ("人大代表", "人大代表建议", "代表",),
    "digital government": ("数字政府", "数字政府建设", "政务数字化",),
    "e-government": ("电子政务", "数字政府", "网上政务",), "one-stop service": ("一站式服务", "一网通办", "一窗受理",),
    "online services": ("网上办事", "网上办理", "一网通办",), "government service centre": ("政务服务中心", "政务大厅", "便民服务中心",),
    "12345 hotline": ("12345热线", "政务服务热线", "市民热线",), "streamlining administration": ("放管服", "简政放权", "放管服改革",),
    "administrative approval": ("行政审批", "审批事项",), "approval items": ("审批事项", "行政许可事项",),
    "processing time": ("办理时限", "办理时间", "审批时限",), "business license": ("营业执照", "证照", "执照",),
    "business entities": ("经营主体", "市场主体", "商事主体",), "private enterprises": ("民营企业", "民营经济", "非公有制企业",),
    "private sector": ("民营经济", "民营企业", "非公经济",), "state-owned enterprises": ("国有企业", "国企", "市属国企",),
    "state-owned assets": ("国有资产", "国资", "国有资本",), "individual businesses": ("个体工商户", "个体户", "个体经营",),
    "entrepreneurs": ("企业家", "创业者", "企业家精神",), "entrepreneurship": ("创业", "创新创业", "双创",),
    "incubators": ("孵化器", "众创空间", "孵化载体",), "maker spaces": ("众创空间", "孵化器", "创客空间",),
    "tax cuts": ("减税降费", "减税", "降费",), "tax relief": ("减税降费", "减税", "退税减税降费",),
    "tax and fee relief": ("减税降费", "退税减税降费", "减税费",), "tax and fee cuts": ("减税降费", "退税减税降费", "减税费",),
    "fee cuts": ("降费", "减费", "减税降费",), "commercial registration": ("商事登记", "商事制度", "工商登记",),
    "registration": ("登记", "注册",), "blockchain": ("区块链",), "metaverse": ("元宇宙",),
    "internet of things": ("物联网",), "iot": ("物联网",), "satellite": ("卫星",), "satellites": ("卫星",),
    "humanoid robots": ("人形机器人",), "embodied intelligence": ("具身智能",), "large models": ("大模型",),
    "smart manufacturing": ("智能制造",), "lithium": ("锂电", "锂"), "lithium carbonate": ("碳酸锂",), "potash": ("钾肥",), "tax reduction": ("减税", "减税降费", "税收减免",),
    "tax refunds": ("退税", "留抵退税", "增值税留抵退税",), "vat": ("增值税", "增值税留抵退税", "营改增",),
    "fiscal revenue": ("财政收入", "一般公共预算收入", "税收收入",), "general public budget": ("一般公共预算", "一般公共预算收入", "一般公共预算支出",),
    "government fund": ("政府性基金", "政府性基金预算", "基金收入",), "land transfer": ("土地出让", "土地出让收入", "国有土地使用权出让",),
    "special bonds": ("专项债券", "地方政府专项债券", "专项债",), "special-purpose bonds": ("专项债券", "专项债",),
    "special purpose bonds": ("专项债券", "专项债",), "bonds": ("债券", "国债", "专项债"), "bond": ("债券", "国债", "专项债"),
    "treasury bonds": ("国债", "特别国债"), "special treasury bonds": ("特别国债", "国债"), "government bonds": ("政府债券", "地方政府债券", "国债",),
    "local government debt": ("地方政府债务", "政府债务", "隐性债务",), "hidden debt": ("隐性债务", "地方政府隐性债务", "债务风险",),
    "financial risks": ("金融风险", "防范化解金融风险", "地方金融风险",), "fiscal expenditure": ("财政支出", "一般公共预算支出", "民生支出",),
    "people's welfare": ("民生", "民生福祉"), "welfare spending": ("民生支出", "民生", "福利"), "spend on livelihood": ("民生支出", "民生"),
    "livelihood spending": ("民生支出", "民生", "民生实事",), "people's livelihood": ("民生", "民生福祉", "民生实事",),
    "transfer payments": ("转移支付", "中央转移支付", "财政转移支付",), "fixed-asset investment": ("固定资产投资", "项目投资",),
    "retail sales": ("社会消费品零售总额", "零售额", "社零",),
    "disposable income": ("可支配收入", "人均可支配收入", "居民人均可支配收入",), "rural residents": ("农村居民", "农民", "农村常住居民",),
    "urbanization": ("城镇化", "新型城镇化", "城市化",), "urbanization rate": ("城镇化率", "常住人口城镇化率", "城镇化水平",),
    "forest coverage": ("森林覆盖率", "森林覆盖", "森林",), "pm2.5": ("PM2.5", "细颗粒物", "PM2.5浓度",),
    "smog": ("雾霾", "大气污染", "重污染天气",), "air pollution": ("大气污染", "空气污染", "大气污染防治",),
    "water pollution": ("水污染", "水污染防治", "碧水保卫战",), "water quality": ("水质", "水环境质量", "优良水体",),
    "black and odorous water": ("黑臭水体", "黑臭", "水体治理",), "ecological protection": ("生态保护", "生态环境保护", "生态修复",),
    "ecological restoration": ("生态修复", "生态保护修复", "国土空间生态修复",),
    "environmental inspection": ("环保督察", "生态环境保护督察", "中央环保督察",), "emission reduction": ("减排", "节能减排", "污染减排",),
    "carbon peak": ("碳达峰", "双碳", "达峰",), "carbon neutrality": ("碳中和", "双碳", "碳达峰碳中和",),
    "energy conservation": ("节能", "节能减排", "节能降耗",), "energy consumption": ("能耗", "能源消费", "单位GDP能耗",),
    "natural gas": ("天然气", "燃气", "管道燃气",), "solid waste": ("固体废物", "固废", "危险废物",),
    "garbage sorting": ("垃圾分类", "生活垃圾分类", "垃圾分类处理",), "toilets": ("厕所", "公厕", "厕所革命",),
    "overcapacity": ("过剩产能", "去产能", "化解过剩产能",), "excess capacity": ("过剩产能", "去产能",),
    "zombie firms": ("僵尸企业",), "zombie enterprises": ("僵尸企业",), "zombie companies": ("僵尸企业",),
    "rural living environment": ("农村人居环境", "人居环境整治", "美丽乡村",),     "grain output": ("粮食产量", "粮食总产", "粮食生产",), "food security": ("粮食安全", "粮食安全责任制", "耕地保护",),
    "high-standard farmland": ("高标准农田", "农田建设", "高标准农田建设",), "arable land": ("耕地", "耕地保护", "永久基本农田",),
    "water conservancy": ("水利", "水利工程", "水利建设",), "irrigation": ("灌溉", "农田水利", "灌区",),
    "pigs": ("生猪", "生猪生产", "能繁母猪",), "leading enterprises": ("龙头企业", "农业产业化龙头企业", "链主企业",),
    "collective economy": ("集体经济", "村集体经济", "新型农村集体经济",), "migrant workers": ("农民工", "外来务工人员", "进城务工人员",),
    "wage arrears": ("拖欠农民工工资", "欠薪", "工资拖欠",), "job creation": ("新增就业", "就业", "稳就业",),
    "new urban jobs": ("城镇新增就业", "新增就业", "新增就业岗位",), "college graduates": ("高校毕业生", "大学毕业生", "毕业生",),
    "graduates": ("毕业生", "高校毕业生", "应届毕业生",), "vocational training": ("职业技能培训", "职业培训", "技能培训",),
    "vocational education": ("职业教育", "职业院校", "产教融合",), "kindergartens": ("幼儿园", "公办幼儿园", "普惠性幼儿园",),
    "compulsory education": ("义务教育", "义务教育阶段", "义务教育学校",), "primary schools": ("小学", "中小学", "义务教育学校",),
    "high schools": ("高中", "普通高中", "高中阶段",), "double reduction": ("双减", "减负", "课后服务",),
    "after-school services": ("课后服务", "课后延时服务", "双减",), "higher education": ("高等教育", "高校", "高等院校",),
    "colleges": ("高校", "院校", "高等院校",), "hospital beds": ("病床", "床位", "医疗机构床位",),
    "family doctors": ("家庭医生", "家庭医生签约", "签约服务",), "medical insurance": ("医疗保险", "医保", "基本医疗保险",),
    "health insurance": ("医保", "医疗保险", "基本医疗保险",), "primary healthcare": ("基层医疗", "基层医疗卫生", "社区卫生服务",),
    "community health centres": ("社区卫生服务中心", "卫生院", "基层医疗卫生机构",),
    "traditional chinese medicine": ("中医药", "中医", "中医院",), "tcm": ("中医药", "中医", "中医院",),
    "public health": ("公共卫生", "疾病预防控制", "疾控",), "life expectancy": ("人均预期寿命", "预期寿命", "平均预期寿命",),
    "housing provident fund": ("住房公积金", "公积金", "公积金贷款",), "social housing": ("保障性住房", "保障房", "公租房",),
    "public rental housing": ("公租房", "公共租赁住房", "保障性住房",), "affordable rental housing": ("保障性租赁住房", "保租房", "公租房",),
    "real estate": ("房地产", "房地产市场", "楼市",), "old residential compounds": ("老旧小区", "老旧小区改造", "旧改",),
    "old neighborhoods": ("老旧小区", "老旧街区", "老城区",), "sponge city": ("海绵城市", "海绵城市建设",),
    "smart city": ("智慧城市", "新型智慧城市", "城市大脑",), "urban governance": ("城市治理", "城市管理", "基层治理",),
    "grassroots governance": ("基层治理", "社会治理", "网格化管理",), "social governance": ("社会治理", "社会治理体系", "基层治理",),
    "public security": ("治安", "社会治安", "公共安全",), "organized crime": ("扫黑除恶", "黑恶势力", "有组织犯罪",),
    "telecom fraud": ("电信网络诈骗", "电诈", "诈骗",), "drug safety": ("药品安全", "药品监管", "用药安全",),
    "food safety": ("食品安全", "食品安全监管", "舌尖上的安全",), "market supervision": ("市场监管", "市场监督管理",),
    "production safety": ("安全生产", "生产安全", "安全生产责任制",), "hazards": ("隐患", "安全隐患", "风险隐患",),
    "hidden dangers": ("隐患", "安全隐患", "风险隐患",), "disaster prevention": ("防灾减灾", "防灾", "灾害防治",),
    "natural disasters": ("自然灾害", "灾害", "防灾减灾",), "earthquake": ("地震", "抗震", "地震灾害",),
    "typhoons": ("台风", "防台风", "防风",), "floods": ("洪涝", "洪水", "汛情",), "fire safety": ("消防安全", "消防", "火灾",),
    "emergency management": ("应急管理", "应急", "应急管理体系",), "emergency response": ("应急响应", "应急处置", "应急救援",),
    "rescue": ("救援", "应急救援", "救助",), "pandemic": ("疫情", "新冠肺炎疫情", "疫情防控",), "covid-19": ("新冠肺炎疫情", "新冠疫情", "疫情", "防疫",),
    "epidemic prevention": ("疫情防控", "防疫", "疫情防控工作",), "vaccines": ("疫苗", "疫苗接种", "新冠疫苗",),
    "ports": ("港口", "口岸", "港区",), "port throughput": ("港口吞吐量", "货物吞吐量", "吞吐量",),
    "free trade zones": ("自由贸易试验区", "自贸试验区", "自贸区",), "bonded zone": ("综合保税区", "保税区", "综保区",),
    "cross-border e-commerce": ("跨境电商", "跨境电子商务", "跨境电商综试区",), "e-commerce": ("电子商务", "电商", "网络零售",),
    "western regions": ("西部地区",), "western region": ("西部地区",), "eastern regions": ("东部地区",),
    "central regions": ("中部地区",), "northeast": ("东北",), "ultra-low emission": ("超低排放",),
    "ultra-low emissions": ("超低排放",), "ultra-low-emission": ("超低排放",),
    "cleaning up rivers": ("治水", "治水提质", "河流整治", "水污染治理"), "clean up rivers": ("治水", "治水提质", "河流整治", "水污染治理"),
    "river clean-up": ("治水", "治水提质", "河流整治"), "river cleanup": ("治水", "治水提质", "河流整治"),
    "rivers": ("河流", "河道", "江河"), "antitrust": ("反垄断",), "anti-monopoly": ("反垄断",), "monopoly": ("垄断",),
    "disorderly expansion of capital": ("资本无序扩张",), "disorderly expansion": ("无序扩张",),
    "spending more": ("消费", "促消费", "提振消费"), "spend more": ("消费", "促消费", "提振消费"),
    "household spending": ("消费",),
    "intelligent connected vehicles": ("智能网联",), "intelligent connected vehicle": ("智能网联",),
    "connected vehicles": ("智能网联", "车联网"), "smart connected": ("智能网联",), "intelligent connected": ("智能网联",),
    "self-driving": ("自动驾驶", "无人驾驶"), "autonomous driving": ("自动驾驶", "无人驾驶"), "driverless": ("无人驾驶", "自动驾驶"),
    "transaction volume": ("交易额", "成交额", "交易规模"), "transaction value": ("交易额", "成交额", "交易规模"),
    "belt and road": ("一带一路", "共建一带一路", "丝绸之路",), "china-europe railway express": ("中欧班列", "班列", "国际班列",),
    "imports and exports": ("进出口", "进出口总额", "外贸进出口",),
    "actual use of foreign capital": ("实际使用外资", "利用外资", "实际利用外资",), "opening up": ("对外开放", "开放", "高水平对外开放",),
    "sci-tech smes": ("科技型中小企业", "科技型企业", "科技企业",), "specialized and sophisticated": ("专精特新", "专精特新企业", "小巨人",),
    "industrial parks": ("产业园区", "工业园区", "园区",), "development zones": ("开发区", "经济技术开发区", "高新区",),
    "industrial chain": ("产业链", "产业链供应链", "链长制",), "supply chain": ("供应链", "产业链供应链", "供应链金融",),
    "industrial clusters": ("产业集群", "集群", "先进制造业集群",), "strategic emerging industries": ("战略性新兴产业", "新兴产业", "战新产业",),
    "emerging industries": ("新兴产业", "战略性新兴产业", "未来产业",), "advanced manufacturing": ("先进制造业", "先进制造", "高端制造",),
    "industrial internet": ("工业互联网", "工业互联网平台", "工业互联网标识",), "digital economy": ("数字经济", "数字产业化", "产业数字化",),
    "digital transformation": ("数字化转型", "数字化", "智能化改造",), "5g": ("5G", "5G基站", "5G网络",),
    "5g base stations": ("5G基站", "基站", "5G",), "data centres": ("数据中心", "算力中心", "大数据中心",),
    "data centers": ("数据中心", "算力中心", "大数据中心",), "big data": ("大数据", "数据资源", "大数据中心",),
    "integrated circuits": ("集成电路", "芯片", "半导体",), "new energy vehicle": ("新能源汽车", "新能源车", "电动汽车",),
    "electric vehicles": ("新能源汽车", "电动汽车", "新能源车",), "auto industry": ("汽车产业", "汽车", "汽车制造",),
    "charging stations": ("充电站", "充电桩", "充换电设施",), "renewable energy": ("可再生能源", "清洁能源", "新能源",),
    "clean energy": ("清洁能源", "可再生能源", "新能源",), "installed capacity": ("装机容量", "装机", "总装机",),
    "power grid": ("电网", "电力", "配电网",), "electricity consumption": ("用电量", "全社会用电量", "用电",),
    "sci-tech innovation": ("科技创新", "创新", "科创",), "basic research": ("基础研究", "原始创新", "基础科学",),
    "key core technologies": ("关键核心技术", "核心技术", "卡脖子",), "laboratories": ("实验室", "重点实验室", "全国重点实验室",),
    "key laboratories": ("重点实验室", "全国重点实验室", "省重点实验室",), "technology transfer": ("科技成果转化", "成果转化", "技术转移",),
    "invention patents": ("发明专利", "有效发明专利", "专利",), "intellectual property": ("知识产权", "知识产权保护", "专利",),
    "high-level talent": ("高层次人才", "高端人才", "人才",), "talent introduction": ("人才引进", "引才", "引进人才",),
    "skilled workers": ("技能人才", "高技能人才", "技术工人",), "new infrastructure": ("新基建", "新型基础设施", "新型基础设施建设",),
    "urban rail transit": ("城市轨道交通", "轨道交通", "地铁",),
    "bus": ("公交", "公共交通", "公交车",), "buses": ("公交", "公交车", "公交线路",), "public transport": ("公共交通", "公交", "公交优先",),
    "railways": ("铁路", "高铁", "城际铁路",), "airports": ("机场", "航空", "空港",), "rural roads": ("农村公路", "四好农村路", "乡村道路",),
    "tourist arrivals": ("游客接待量", "接待游客", "旅游人次",), "cultural tourism": ("文旅", "文化旅游", "文旅融合",),
    "cultural heritage": ("文化遗产", "非物质文化遗产", "文物",), "intangible cultural heritage": ("非物质文化遗产", "非遗", "非遗传承",),
    "libraries": ("图书馆", "公共图书馆", "城市书房",), "national fitness": ("全民健身", "健身", "体育",),
    "social security": ("社会保障", "社保", "社会保障体系",), "social insurance": ("社会保险", "社保", "社会保险费",),
    "disabled": ("残疾人", "残障", "残疾人事业",), "people with disabilities": ("残疾人", "残障人士", "残疾人事业",),
    "veterans": ("退役军人", "退役军人服务", "优抚对象",), "women and children": ("妇女儿童", "妇女", "儿童",),
    "birth rate": ("出生率", "人口出生率", "生育",),
    "permanent population": ("常住人口", "常住人口数", "人口",), "household registration": ("户籍", "户口", "落户",),
    "hukou": ("户籍", "户口", "落户",), "common prosperity": ("共同富裕", "共富", "共同富裕示范区",),
        "new quality productive forces": ("新质生产力", "生产力", "创新驱动",),     "14th five-year plan": ("十四五", "十四五规划", "十四五时期",),             "domestic demand": ("内需", "扩大内需", "国内需求",),
    "consumer spending": ("消费", "居民消费", "消费支出",), "services sector": ("服务业", "第三产业", "现代服务业",),
    "tertiary industry": ("第三产业", "服务业", "三产",), "exhibitions": ("会展", "展会", "博览会",),
    "inclusive finance": ("普惠金融", "普惠小微贷款", "金融服务",),
    "small and micro enterprises": ("小微企业", "中小微企业", "小微",), "capital market": ("资本市场", "上市", "直接融资",),
    "ipo": ("上市", "首发上市", "挂牌上市",), "government guidance fund": ("政府引导基金", "产业基金", "引导基金",),
    "pairing assistance": ("对口支援", "对口帮扶", "东西部协作",), "national security": ("国家安全", "总体国家安全观", "国家安全体系",),
    "cybersecurity": ("网络安全", "网络安全保障", "网信",), "administrative system reform": ("行政体制改革", "机构改革", "政府职能转变",),
    "civil servants": ("公务员", "工作人员",),     "leading officials": ("领导干部", "主要负责人", "党政领导干部",), "performance evaluation": ("绩效考核", "考核", "绩效评价",),
    "procuratorate": ("检察院", "检察机关", "检察",), "litigation": ("诉讼", "行政诉讼", "应诉",),
    "lost cases": ("败诉", "败诉率", "行政败诉",), "loss rate": ("败诉率", "纠错率", "败诉",),
    "error correction": ("纠错", "纠错率", "纠正",), "reconsideration": ("复议", "行政复议", "复议案件",),
    "community corrections": ("社区矫正", "矫正", "社区矫正对象",), "judicial administration": ("司法行政", "司法局", "司法厅",),
    "poverty reduction": ("减贫", "脱贫", "扶贫",), "ageing": ("老龄化", "人口老龄化", "老龄事业",),
    "nurseries": ("托育机构", "托育服务", "托位",), "flood prevention": ("防汛", "防洪", "防汛抗旱",),
    "responding to lawsuits": ("行政应诉", "出庭应诉", "负责人出庭应诉",), "law enforcement officers": ("执法人员", "行政执法人员", "执法队伍",),
    "enforcement": ("行政执法", "执行",), "dispute resolution": ("矛盾纠纷化解", "纠纷化解", "多元化解",),
    "public lawyers": ("公职律师", "法律顾问",), "normative document": ("规范性文件", "行政规范性文件",),
    "record review": ("备案审查", "备案", "规范性文件备案",), "decision-making procedures": ("决策程序", "重大行政决策程序", "科学决策",),
    "government rules": ("政府规章", "规章", "地方政府规章",), "legislative plan": ("立法计划", "立法工作计划", "立法规划",),
    "legal education": ("法治教育", "法治宣传教育", "普法",), "oath of office": ("宪法宣誓", "宣誓",),
    "government under the rule of law": ("法治政府", "法治政府建设", "依法行政",),
    "governing according to law": ("依法治国", "依法治市", "依法执政",), "administrative coercion": ("行政强制", "强制措施", "行政强制执行",),
    "responsibility list": ("责任清单", "权责清单", "权力清单",), "dishonesty": ("失信", "失信惩戒", "失信被执行人",),
    "blacklist": ("黑名单", "失信名单", "严重失信主体名单",), "auditing": ("审计", "审计监督", "审计工作",), "integrity": ("廉洁", "廉政", "诚信",),
    "bureaucratism": ("官僚主义", "形式主义", "形式主义官僚主义",), "tighten belts": ("过紧日子", "压减一般性支出", "节用裕民",),
    "cppcc members": ("政协委员", "委员", "政协委员提案",), "motions": ("议案", "提案", "建议",), "one-stop": ("一站式", "一网通办", "一窗通办",),
    "government service center": ("政务服务中心", "政务大厅", "便民服务中心",), "cross-provincial": ("跨省通办", "跨省", "跨区域",),
    "delegating power": ("简政放权", "放管服", "下放",), "decentralization": ("简政放权", "放权", "下放",),
    "deregulation": ("简政放权", "放管服", "放宽",), "approval time": ("审批时限", "审批时间", "办理时限",),
    "certificates": ("证照", "证明", "许可证",), "business registration": ("商事登记", "企业登记", "登记注册",),
    "market entity registration": ("商事登记", "登记注册", "市场主体登记",), "newly registered": ("新登记", "新增", "新设立",),
    "market players": ("市场主体", "经营主体", "商事主体",), "private businesses": ("民营企业", "个体工商户", "民营经济",),
    "soes": ("国有企业", "国企", "国资国企",), "soe reform": ("国企改革", "国资国企改革", "国有企业改革",),
    "self-employed": ("个体工商户", "个体户", "灵活就业",), "mass entrepreneurship": ("大众创业", "万众创新", "双创",),
    "incubator": ("孵化器", "众创空间", "孵化载体",), "fee reduction": ("降费", "减税降费", "收费",),
    "land sales": ("土地出让", "土地出让收入", "土地出让金",), "debt risk": ("债务风险", "政府债务风险", "化解债务",),
    "livelihood projects": ("民生实事", "民生工程", "为民办实事",), "fixed asset investment": ("固定资产投资", "项目投资",),
    "total retail sales": ("社会消费品零售总额", "社零总额", "零售额",), "urban residents": ("城镇居民", "城市居民", "城镇",),
    "forest coverage rate": ("森林覆盖率", "森林覆盖", "森林",), "fine particulate matter": ("PM2.5", "细颗粒物", "颗粒物",),
    "blue sky": ("蓝天", "蓝天保卫战", "优良天数",), "soil pollution": ("土壤污染", "土壤污染防治", "净土保卫战",),
    "river chief": ("河长制", "河湖长制", "河长",), "ecological civilization": ("生态文明", "生态文明建设", "美丽中国",),
    "emissions": ("排放", "碳排放", "污染物排放",), "dual carbon": ("双碳", "碳达峰碳中和", "碳达峰",), "coal": ("煤炭", "燃煤", "煤电",),
    "waste sorting": ("垃圾分类", "生活垃圾分类", "分类投放",), "toilet revolution": ("厕所革命", "改厕", "农村改厕",),
    "beautiful villages": ("美丽乡村", "和美乡村", "美丽宜居乡村",), "grain production": ("粮食生产", "粮食产量", "粮食安全",),
    "cultivated land": ("耕地", "耕地保有量", "永久基本农田",), "reservoirs": ("水库", "病险水库", "水库除险加固",),
    "livestock": ("畜牧业", "畜牧", "生猪",), "agricultural modernization": ("农业现代化", "现代农业", "农业农村现代化",),
    "cooperatives": ("合作社", "农民专业合作社", "农村合作社",), "rural collective": ("农村集体", "村集体", "集体经济",),
    "rural reform": ("农村改革", "农村综合改革", "承包地",), "homestead": ("宅基地", "农村宅基地", "宅基地制度改革",),
    "land contract": ("土地承包", "承包地", "土地承包经营权",), "unpaid wages": ("欠薪", "拖欠工资", "拖欠农民工工资",),
    "urban jobs": ("城镇新增就业", "城镇就业", "新增就业",), "skills training": ("技能培训", "职业技能培训", "培训",),
    "vocational schools": ("职业院校", "职业学校", "中职学校",), "inclusive kindergartens": ("普惠性幼儿园", "普惠园", "公办幼儿园",),
    "degree places": ("学位", "新增学位", "公办学位",), "family doctor": ("家庭医生", "家庭医生签约服务", "签约医生",),
    "medical reform": ("医改", "医药卫生体制改革", "医疗改革",), "community health centers": ("社区卫生服务中心", "卫生院", "基层医疗卫生机构",),
    "township hospitals": ("乡镇卫生院", "卫生院", "基层医疗机构",), "disease control": ("疾病预防控制", "疾控", "疾控中心",),
    "maternal mortality": ("孕产妇死亡率", "孕产妇", "婴儿死亡率",), "infant mortality": ("婴儿死亡率", "婴儿", "孕产妇死亡率",),
    "provident fund": ("公积金", "住房公积金", "公积金贷款",), "rental housing": ("租赁住房", "保障性租赁住房", "公租房",),
    "property market": ("房地产市场", "房地产", "楼市",), "old neighbourhoods": ("老旧小区", "老旧街区", "老城区",),
    "housing renovation": ("老旧小区改造", "危房改造", "住房改造",), "dilapidated housing": ("危房", "危房改造", "农村危房改造",),
    "pipe networks": ("管网", "地下管网", "管廊",), "pipes": ("管网", "管道", "管线",), "pipelines": ("管网", "管道", "管线",),
    "rain-sewage separation": ("雨污分流",), "rainwater and sewage separation": ("雨污分流",), "rain-sewage": ("雨污分流",), "storm sewage": ("雨污分流",), "utility tunnels": ("综合管廊", "地下综合管廊", "管廊",),
    "city brain": ("城市大脑", "一网统管", "智慧城市",), "urban management": ("城市管理", "城管", "城市治理",),
    "grid management": ("网格化管理", "网格化", "网格员",), "gangs": ("黑恶势力", "扫黑除恶", "涉黑",), "fraud": ("诈骗", "电信网络诈骗", "欺诈",),
    "drugs": ("毒品", "禁毒", "药品",), "product quality": ("产品质量", "质量", "质量安全",),
    "consumer protection": ("消费者权益保护", "消费维权", "消费者权益",), "safety accidents": ("安全事故", "生产安全事故", "事故",),
    "rainstorm": ("暴雨", "强降雨", "极端天气",), "firefighting": ("消防", "消防救援", "灭火",),
    "nucleic acid testing": ("核酸检测", "核酸", "检测",), "cargo throughput": ("货物吞吐量", "港口货物吞吐量", "吞吐量",),
    "pilot free trade zone": ("自由贸易试验区", "自贸试验区", "自贸区",), "free trade port": ("自由贸易港", "自贸港", "海南自由贸易港",),
    "comprehensive bonded zone": ("综合保税区", "综保区", "保税区",), "online retail": ("网络零售", "网上零售", "网络零售额",),
    "china-europe freight trains": ("中欧班列", "班列", "国际班列",),
    "total imports and exports": ("进出口总额", "进出口", "外贸进出口总额",),
    "utilized foreign capital": ("实际使用外资", "实际利用外资", "利用外资",), "hi-tech enterprises": ("高新技术企业", "高企", "国家高新技术企业",),
    "tech firms": ("科技型企业", "科技企业", "科技型中小企业",), "little giants": ("专精特新", "小巨人", "专精特新小巨人",),
    "economic development zone": ("经济技术开发区", "经开区", "开发区",), "future industries": ("未来产业", "新兴产业", "前沿产业",),
    "modern industrial system": ("现代化产业体系", "产业体系", "现代产业体系",),
    "intelligent manufacturing": ("智能制造", "智能工厂", "数字化车间",), "platform economy": ("平台经济", "平台企业", "互联网平台",),
    "base stations": ("基站", "5G基站", "通信基站",), "cloud computing": ("云计算", "政务云", "云平台",),
    "biotech": ("生物技术", "生物医药", "生物产业",), "new materials": ("新材料", "新材料产业", "先进材料",),
    "evs": ("新能源汽车", "电动汽车", "新能源车",), "energy storage stations": ("储能电站", "新型储能", "储能",),
    "new-type energy storage": ("新型储能", "储能", "储能电站",), "power generation": ("发电", "发电量", "电力",),
    "scientific research": ("科研", "科学研究", "研发",), "national laboratory": ("国家实验室", "实验室", "全国重点实验室",),
    "technology contracts": ("技术合同", "技术合同成交额", "技术交易",), "trademarks": ("商标", "注册商标", "知识产权",),
    "postdoctoral": ("博士后", "博士后工作站", "博士后科研工作站",), "universities and colleges": ("高校", "高等院校", "大学",),
    "light rail": ("轻轨", "轨道交通", "城市轨道交通",), "traffic congestion": ("交通拥堵", "拥堵", "堵点",),
    "bridges": ("桥梁", "大桥", "跨江大桥",), "bridge": ("桥梁", "大桥", "跨江大桥",), "tunnels": ("隧道", "隧洞", "过江通道",), "intercity railway": ("城际铁路", "城际", "市域铁路",),
    "flights": ("航班", "航线", "航空",), "air routes": ("航线", "国际航线", "航空",), "shipping": ("航运", "港航", "海运",),
    "waterway": ("航道", "水运", "内河航道",), "tourism revenue": ("旅游收入", "旅游总收入", "旅游业",),
    "cultural industries": ("文化产业", "文化产业增加值", "文创产业",), "cultural relics": ("文物", "文物保护", "文化遗产",),
    "public culture": ("公共文化", "公共文化服务", "公共文化服务体系",), "sports facilities": ("体育设施", "体育场馆", "健身设施",),
    "civilized city": ("文明城市", "全国文明城市", "文明创建",), "low-income": ("低收入", "低收入人口", "低保",),
    "orphans": ("孤儿", "孤儿基本生活保障", "困境儿童",), "minors": ("未成年人", "未成年人保护", "青少年",),
    "population growth": ("人口增长", "常住人口", "人口",), "fertility": ("生育", "生育支持", "三孩",),
    "regional coordination": ("区域协调发展", "协调发展", "区域协同",), "county economy": ("县域经济", "县域", "县城",),
    "six stabilities": ("六稳", "六保", "稳就业",), "night economy": ("夜间经济", "夜经济", "夜间消费",),
    "secondary industry": ("第二产业", "工业", "二产",), "primary industry": ("第一产业", "农业", "一产",),
    "modern services": ("现代服务业", "服务业", "生产性服务业",), "expo": ("博览会", "博览", "会展",),
    "trade fair": ("交易会", "博览会", "展会",), "financing costs": ("融资成本", "融资贵", "综合融资成本",),
    "industrial funds": ("产业基金", "产业投资基金", "政府引导基金",), "venture capital": ("创业投资", "风险投资", "创投",),
    "regional cooperation": ("区域合作", "区域协作", "对口合作",), "east-west cooperation": ("东西部协作", "东西部扶贫协作", "对口协作",),
    "counterpart support": ("对口支援", "对口帮扶", "对口合作",), "ethnic unity": ("民族团结", "民族团结进步", "铸牢中华民族共同体意识",),
    "religion": ("宗教", "宗教事务", "民族宗教",), "overseas chinese": ("侨务", "华侨", "海外侨胞",),
    "hong kong and macao": ("港澳", "香港澳门", "粤港澳",), "stability maintenance": ("维稳", "社会稳定", "维护稳定",),
    "institutional reform": ("机构改革", "体制改革", "制度改革",), "government functions": ("政府职能", "职能转变", "政府职能转变",),
    "primary responsible persons": ("主要负责人", "第一责任人", "党政主要负责人",), "third-party assessment": ("第三方评估", "评估", "第三方",),
    "public opinion": ("社会舆论", "舆论", "舆情",), "people's congress supervision": ("人大监督", "监督", "人大",),
    "democratic supervision": ("民主监督", "政协监督", "监督",), "judicial supervision": ("司法监督", "监督", "司法",),
    "procuratorial suggestions": ("检察建议", "司法建议", "建议",), "judicial suggestions": ("司法建议", "检察建议", "建议",),
    "court cases": ("案件", "诉讼案件", "行政案件",), "complaint reports": ("投诉举报", "举报", "投诉",),
    "whistleblowing": ("举报", "投诉举报", "举报奖励",), "prosecutors": ("检察官", "检察机关", "检察院",), "judges": ("法官", "法院", "审判",),
    "police stations": ("派出所", "公安", "警务",), "prisons": ("监狱", "监所", "刑罚执行",), "notary": ("公证", "公证处", "公证服务",),
    "judicial expertise": ("司法鉴定", "鉴定", "司法鉴定机构",), "law firms": ("律师事务所", "律所", "律师",),
}


def _corpus_glossary() -> dict[str, tuple[str, ...]]:
    """glossary.tsv: English renderings of the nouns the reports use most (民宿 homestays, 填埋场
    landfill), written for the genre's frequent words; an entry above wins over one there, and
    the entries there only render words the reports use (see GLOSSARY_CORPUS)."""
    from pathlib import Path

    entries = {}
    for line in Path(__file__).with_name("glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            english, chinese = line.split("\t")
            entries[english] = tuple(chinese.split("|"))
    return entries


# Used where a rendering is one the reports use; a reading the reports do not use is no sign that
# they do not speak of the thing (public places: 公共场所, where they write 公共区域).
GLOSSARY_CORPUS = {english: chinese for english, chinese in _corpus_glossary().items() if english not in GLOSSARY_EN}

# Places in English (romanised as the reports' translations write them): a place picks the
# reports of that place, as its Chinese name does.
# More words than these in brackets explain the words before them (official receptions, cars,
# overseas trips); as many or fewer name the same thing again (GDP, trade-to-GDP ratio).
ASIDE_WORDS = 2
# A period asked of (“十四五”期间, 这五年, 五年来) asks what it did in all.
PERIOD_ASKED = r"十[一二三四五六七八九]?五[”\"]?(?:期间|时期|以来)|这五年|五年来|过去五年|近五年|五年间|五年里"
# A five-year plan named as a period (during the 13th Five-Year Plan) asks no plans.
EN_PERIOD = r"(?:during|over|in|throughout|under|across|of|since) the \d+(?:st|nd|rd|th) five-year plan(?: period)?"
# English words of a question's frame, which name no concept of their own (the work, the figure,
# actually, brought): not looked up in the dictionary when the glossary lacks them.
EN_PHRASING = frozenset("""
work works government governments district districts province provinces city cities county counties town towns
zone zones area areas region regions place places report reports figure figures number numbers money amount amounts
total totals change changes changed actually actual state states stated statement talk talks talked discuss discussed
discusses mention mentions mentioned year years period periods time times level levels part parts section sections
thing things item items kind kinds type types sort measure measures effort efforts goal goals target targets result
results progress situation issue issues matter matters aspect aspects side case cases overall specific specifically
particular exact exactly roughly around approximately nearly almost more less most least high higher low lower big
bigger small smaller large larger long longer short good best better first last next previous latest recent current
still already also again ever never until during over across through into onto against within without between among
whether having being give given gave make made take taken took bring brought hold held handle handled reach reached
achieve achieved start started begin began begun ended went going come came seen look looking looked show shown
showed tell told describe described explain explained name named call called record recorded reported presented
delivered reviewed review claim claims claimed according data statistics people person anything something nothing
everything someone anyone somebody other others same whole every each some many much several various main major key
own real really just only even very quite rather such kind local overall year's years' today tomorrow yesterday
happen happened happens doing done does able want wants wanted need needs needed like likely including include
includes included cover covers covered covering given value values count counts counted figure put puts keep kept
set sets use used uses using lead leads led help helped helps provide provided provides offer offered offers average annual national under
""".split())

# Characters on each side of a name found by its pinyin spelling that are cut into words to see
# whether a word starts where it does.
NAME_WINDOW = 8
# Capitalised English words that read as pinyin too (chi|na), which name no name of the reports.
# (…and the words that open a question, which need no reading at all)
ENGLISH_NOT_PINYIN = ("china", "chinese", "macao", "macau", "hong", "kong", "hongkong", "asian", "area", "canton",
                      "yuan", "renminbi", "what", "how", "which", "who", "when", "where", "why", "does", "did", "do",
                      "is", "was", "are", "were", "has", "have", "had", "can", "will", "according", "per", "in",
                      "on", "for", "the", "please", "compare", "list", "give", "tell", "show", "state", "council",
                      "government", "report", "work", "province", "city", "district", "new", "zone", "i")
PLACES_EN: dict[str, str] = {
    "beijing": "北京", "tianjin": "天津", "hebei": "河北", "shanxi": "山西", "inner mongolia": "内蒙古",
    "liaoning": "辽宁", "jilin": "吉林", "heilongjiang": "黑龙江", "shanghai": "上海", "jiangsu": "江苏",
    "zhejiang": "浙江", "anhui": "安徽", "fujian": "福建", "jiangxi": "江西", "shandong": "山东", "henan": "河南",
    "hubei": "湖北", "hunan": "湖南", "guangdong": "广东", "guangxi": "广西", "hainan": "海南", "chongqing": "重庆",
    "sichuan": "四川", "guizhou": "贵州", "yunnan": "云南", "tibet": "西藏", "xizang": "西藏", "shaanxi": "陕西",
    "gansu": "甘肃", "qinghai": "青海", "ningxia": "宁夏", "xinjiang": "新疆", "shenzhen": "深圳",
    "nanshan": "南山", "futian": "福田", "luohu": "罗湖", "yantian": "盐田", "bao'an": "宝安", "baoan": "宝安",
    "longgang": "龙岗", "longhua": "龙华", "pingshan": "坪山", "guangming": "光明", "dapeng": "大鹏",
    "qianhai": "前海", "weinan": "渭南", "wuhan": "武汉", "chengdu": "成都", "xi'an": "西安", "hangzhou": "杭州",
    # the country, and the government that speaks for it
    "state council": "中华人民共和国",
}

# 哪个最快, 哪家最低: which of the answers ranks first, asked after them (最低工资 stays a topic).
WHICH_MOST = r"(?:哪个|哪一个|哪家|哪一家|哪个省|哪个区|哪个市|哪里|谁)(?:的)?(?:更|最)[快慢高低多少大小好强]"
# The one-character names of the provinces (滇黔陕三省, 湘鄂赣): each stands for its province when
# two or more are written together before a count of provinces (三省, 两地, 各省份).
PROVINCE_CHARACTERS: dict[str, str] = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "晋": "山西", "蒙": "内蒙古", "辽": "辽宁",
    "吉": "吉林", "黑": "黑龙江", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西", "鲁": "山东",
    "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西", "琼": "海南", "川": "四川", "蜀": "四川",
    "黔": "贵州", "贵": "贵州", "滇": "云南", "云": "云南", "藏": "西藏", "陕": "陕西", "秦": "陕西", "甘": "甘肃",
    "陇": "甘肃", "青": "青海", "宁": "宁夏", "新": "新疆",
}
PROVINCES_COUNTED = r"(?=(?:[两二三四五六七八九十几各]|这[两三四五六七八九几])?个?(?:省|地|省份|省区|省市|区市))"
# 关于地方政府债务风险，…: a risk named after 关于 is the topic asked about, not the kind of item.
RISK_AS_TOPIC = r"关于[^，,。？?]{0,16}(?:风险|隐患)"
# 对楼市、住房问题是怎么表态的: an issue named by its field (not 存在的问题) asked for the report's
# stance is a topic; the problems the report admits are asked otherwise.
ISSUE_AS_TOPIC = (r"(?:对|就|关于|在)[^，,。？?的些么]{1,10}问题(?:上|方面)?[^，,。？?]{0,4}"
                  r"(?:表态|态度|立场|定调|怎么说|怎么讲|如何说)"
                  r"|针对(?:的是)?(?:什么|哪些|哪个|啥)问题")  # 那个通知是针对什么问题的: what it is about
# A gap or shortfall asked as a number (收入差距缩小到了几倍) is a figure, not a problem admitted.
MEASURABLE_PROBLEM_WORDS = ("差距", "缺口")
# 针对堵车问题, 解决停车难问题: a problem to be solved, asked with a plan, names what the plans are about.
PROBLEM_TO_SOLVE = (r"(?:针对|解决|治理|破解|缓解|补齐|补上|补强|弥补|克服|化解|怎么补|如何补|要补)[^，,。？?]{0,10}"
                    r"(?:问题|难题|矛盾|短板|弱项|不足|瓶颈|痛点|堵点|难点)")  # …补齐养老服务这块短板
# Particles and auxiliaries: characters joined around one of these name nothing (得快会).
FUNCTION_CHARACTERS = "的得地了着过被把吗呢吧"
# Words of a field that end a topic (低空经济, 氢能产业): what comes before them is the topic itself,
# when the reports say it in no more passages than this.
FIELD_HEADS = ("经济", "产业", "行业", "领域", "事业")
CORE_MAX_PASSAGES = 8
# What a river or a bay adds to the place it is named after (坪山河, 大鹏湾).  Not a port: the
# reports' 盐田港 is the place's own economy, asked of as the place.
PLACE_FEATURES = ("河", "江", "湖", "湾", "水库", "半岛")
# How far before a report's year its place may stand (南山区2018年报告) to name it with the year.
PLACE_BEFORE_YEAR = 6
# One character after a noun that makes it a place or a thing of its own (高铁站, 房产税, 保税区).
THING_ENDINGS = "站港区园馆场厂桥院所税费卡证仓库城岛"
# …and of a government body (生态环境局, 发改委, 教育厅)
BODY_ENDINGS = "局厅委办"
# Endings of names people shorten by keeping some characters in order (亚青会 of 亚洲青年运动会,
# 市场监管局 of 市场监督管理局), and how many times longer the written-out name may be.
ABBREVIATED_ENDINGS = {"会": 3, "局": 2, "厅": 2, "委": 3, "办": 3}
# …and of what a number counts (多少个贫困村, 多少困难户)
COUNTED_ENDINGS = "村户"

# Words that carry no topic: question words, fillers, the report itself.
STOP_WORDS: tuple[str, ...] = (
    "报告", "报告里", "报告中", "这份", "本报告", "该报告", "政府工作报告", "工作报告", "里面", "里", "中", "请问", "帮我",
    "一下", "一共", "总共", "总", "共", "到底", "究竟", "做到", "做到了", "经过", "是", "的", "了", "在", "有", "和", "与", "及", "或", "也", "都", "还", "又", "就",
    "吗", "呢", "吧", "啊", "呀", "么", "怎么样", "如何样", "什么", "哪些", "哪个", "哪项", "哪条", "哪份", "怎么", "怎样", "如何", "为什么",
    "多少", "几", "谁", "哪", "是否", "有没有", "是不是", "有无", "这", "那", "这个", "那个", "这些", "其", "之", "对",
    "从", "到", "把", "被", "给", "让", "向", "为", "以", "其中", "目前", "现在", "当前", "已经", "一年", "这一年",
    "去年", "上一年", "上年", "前一年", "今年", "当年", "明年", "全年", "年", "情况", "方面", "领域", "工作", "内容", "关于", "说", "讲", "提", "出现", "做", "干",
    "搞", "还是", "或者", "或是", "表示", "些", "点", "点名", "提到", "提及", "列出", "列", "全部", "全都", "所有", "区间", "分别", "各", "对比", "比较", "按",
    "自己", "承认", "存在", "打算", "准备", "计划", "下一步", "今后", "大概", "大约", "一", "个", "上", "下", "里头",
    "出台", "针对", "给出", "提出", "采取", "有关", "相关", "主要", "具体", "一些", "目前", "现在", "总数", "一份",
    "次数", "内容", "写的", "里说", "就是", "实现", "实现了", "完成", "百分", "要", "正式", "事情", "事儿", "那条", "这条", "那项", "这项", "那座", "这座", "那家", "这家", "那个", "该项", "期间", "那部分", "这部分", "部分", "辖区", "辖区内", "觉得", "认为", "这几年", "进展", "怎么", "是怎么", "达到", "达", "共有", "总数达",
    "定在", "给出", "年末", "年底", "累计", "面临", "当前", "还有", "依然", "仍然", "方面的", "年份", "哪些地方", "地方", "这件", "这件事", "事上", "这一块", "一块", "这块", "都是",
    *ASKING_PHRASES,
    "讲什么", "说什么", "帮我", "一下", "变化", "大不大", "多不多", "怎么样", "哪几份", "几份", "那份", "这份",
    "回顾", "年度", "各自", "总结", "请按", "列出", "分别是", "各是", "提供", "能提供", "大约", "左右", "上下", "以上", "以下", "能不能", "可不可以",
    "手段", "方式", "做法", "措施", "举措", "办法", "怎么讲", "讲的", "说的", "如何", "用", "动作", "哪些动作", "招数",
    # a period the question is set in (这五年, 五年来, 收官时) is no topic: a review of the period says it
    "五年", "这五年", "五年来", "过去五年", "近五年", "两年", "这两年", "近两年", "收官", "收官时", "之时", "时候",
    "这三年", "近三年", "三年来", "三年间", "三年里", "这些年", "截至", "截止", "以后", "之后",
    "眼下", "当下", "如今",
    "加上", "再加上", "外加", "连同",  # 减税降费加上退税: what joins two things asked together
    "通过", "借助", "依靠",  # 通过减税降费替企业省下: by what means, not what is counted
    "省区", "省份", "省市", "区县",  # 这三个省区: the reports compared, not a topic
    "一家", "一个", "一座", "一所",  # 组建一家省级的农商行: one of a kind, no topic
    "那年", "那一年", "这一年", "那两年",
    "那边", "这边", "那里", "这里", "那儿", "这儿",  # 合作区那边: where, said of the place before it
    "应届",  # 应届高校毕业生: the year's graduates are the graduates a report counts
    "范围", "全省范围", "全市范围", "全区范围",  # 在全省范围推行: where, said of the whole report's place
    "牵线搭桥", "保驾护航", "千方百计", "想方设法", "真金白银", "不遗余力", "加起来", "跑下来", "冒出来",
    # a threshold passed (头一回冲过百亿大关) and a comparison (相当于GDP的百分之几) are the asker's framing
    "头一回", "第一回", "一回", "冲过", "大关", "相当于",
    # how a kind is named (文件之类, 带书名号的) is no topic
    "之类", "之类的", "一类", "这类", "书名号", "书名",
    # 好的日子有多少天: the unit asked says it counts days
    "日子",
    # what a target does to its number (要守住多少, 希望达到什么水平) is no topic: the number is asked
    "守住", "保住", "稳住", "确保", "力争", "希望", "什么水平",
    # a verb's direction (收上来的税, 省下来, 取样回来) says nothing of what is asked
    "上来", "下来", "起来", "过来", "回来", "出来", "进来",
    # the speaker's own place (全区, 我市, 本省) is the report's, not a topic
    "全区", "我区", "本区", "全市", "我市", "本市", "全省", "我省", "本省", "全县", "本县", "我国", "咱们", "大家", "咱们国家", "政府自己", "政府坦承",
    "我们国家", "咱", "它", "它们", "他们", "她们", "其", "人家", "人数", "老百姓", "百姓", "过去", "过去一年", "为了",
    "the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "were", "be", "been", "did",
    "does", "do", "what", "which", "how", "many", "much", "who", "whom", "when", "where", "why", "report", "reports",
    "say", "says", "said", "about", "there", "that", "this", "these", "those", "it", "its", "their", "they", "by",
    "with", "from", "at", "as", "any", "all", "get", "got", "year", "years", "last", "next", "up", "out",
    # verbs of doing, which ask nothing about what is done (plan to build or raise 1,200 homes)
    "build", "built", "raise", "raised", "make", "made", "done",
)

# A national report's own place, as its askers say it (全国GDP总量): the report's, not a topic.
NATION = "中华人民共和国"
NATION_SPOKEN = ("全国", "国务院", "中国", "我国")  # the nation, and who delivers its report

# 三个区, 两个省, 各个: how many reports a question compares, not a topic
COUNT_OF_REPORTS = r"[一二两三四五六七八九十几各]+(?:个?(?:省份|省区|省市|省|市|区|县|地)|个|年)"  # 三个区, 三省, 两地, 三年
MIN_TERM = 2  # a word of the question must have at least this many characters to count as a topic
# A noun of one character the asker says alone (一年收上来的税, 种了多少粮) for the word the reports
# use for it; other single characters are too short to name a topic.  Only alone: after a word
# of its own (隐性|债, 房产|税) it ends a name.
ONE_CHARACTER_NOUNS = {"税": "税收", "粮": "粮食", "债": "债务"}
# A word the graph never uses names something the reports do not speak of from this length on
# (保税区, 发明专利); shorter ones are as often the asker's own wording (称号, 奖牌, 结果).
MIN_THING = 3
# …and a term from this length on that the reports do not use stands for itself less an end
# character when they use that (钍基熔盐堆 → 钍基熔盐).
YEAR_RANGE_MAX = 10  # 2016年到2025年: a range of years asked spans no more than this
MIN_CORE = 5
# Endings that make an adjective of a noun (政策性, 规范化): the noun is what the reports say.
QUALITY_ENDINGS = ("性", "化")
AWARD_ENDINGS = ("奖",)  # an award by its common name (诺贝尔奖) for its full one (诺贝尔生理学或医学奖)
# The level a question may add to a place the reports name bare (赤峰市, 黔东南州).
PLACE_ENDINGS = ("市", "省", "县", "区", "盟", "州", "镇", "旗")

# One-line summaries of answers, in the question's language.  {n}: items; {name}: what was asked.
MESSAGES: dict[str, dict[str, str]] = {
    "citing": {"zh": "{n}个文本单元引用了{name}", "en": "{n} text unit(s) cite {name}"},
    "mentions": {"zh": "{n}个文本单元提到了{name}", "en": "{n} text unit(s) mention {name}"},
    "document": {"zh": "{name}", "en": "{name}"},
    "figures": {"zh": "关于“{name}”的数字{n}个", "en": "{n} figure(s) about {name}"},
    "section": {"zh": "第{name}部分共{n}条", "en": "{n} item(s) in section {name}"},
    "problems": {"zh": "存在的问题{n}条", "en": "{n} problem(s)"},
    "plans": {"zh": "工作计划{n}条", "en": "{n} plan(s)"},
    "report": {"zh": "报告信息{n}项", "en": "{n} report fact(s)"},
    "top-documents": {"zh": "被引用最多的{n}份文件（按引用它的文本单元数）",
                      "en": "the {n} most cited document(s) (count = citing text units)"},
    "top-measures": {"zh": "引用文件最多的{n}条措施", "en": "the {n} measure(s) citing the most documents"},
    "top-organisations": {"zh": "被提到最多的{n}个机构（按提及次数）",
                          "en": "the {n} most mentioned organisation(s) (count = mentions)"},
    "connection": {"zh": "{name}之间的最短路径{n}条", "en": "{n} shortest path(s) between {name}"},
    "list": {"zh": "报告中点名的{name}{n}个", "en": "{n} {name} named"},
    "topic": {"zh": "与“{name}”最相关的{n}段文字", "en": "the {n} passage(s) most about {name}"},
    "yes": {"zh": "是：报告提到了{name}", "en": "Yes: the report speaks of {name}"},
    "no": {"zh": "否：报告中没有{name}", "en": "No: the report does not say {name}"},
    "not-so": {"zh": "否：报告提到了{name}，但说法不同", "en": "No: the report speaks of {name}, but says otherwise"},
    "absent": {"zh": "报告未提及{name}", "en": "The report does not mention {name}"},
    "no-figure": {"zh": "报告提到了{name}，但没有给出这个数字", "en": "The report speaks of {name} but gives no such figure"},
    "and": {"zh": "{a}和{b}", "en": "{a} and {b}"},
    "unknown": {"zh": "图中没有名为“{name}”的实体", "en": "nothing in the graph is named “{name}”"},
    "not-understood": {"zh": "没能理解这个问题：{name}", "en": "Sorry, I did not understand: {name}"},
    "closest": {"zh": "图中最接近的名称：", "en": "closest names in the graph: "},
    "forms": {"zh": "可以这样提问（每类各一个中文和英文例子）：",
              "en": "Questions I understand (one example of each, in Chinese and English):"},
}
# What each list kind is called in a summary.
LIST_NAMES: dict[str, dict[str, str]] = {
    "Enterprise": {"zh": "企业", "en": "enterprise(s)"}, "Document": {"zh": "文件", "en": "document(s)"},
    "Institution": {"zh": "事业单位", "en": "institution(s)"}, "GovernmentBody": {"zh": "机构", "en": "organisation(s)"},
    "Person": {"zh": "人员", "en": "person(s)"},
}
