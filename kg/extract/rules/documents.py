"""Rules for cited documents: 文号, 《titles》, titles and laws cited without 《》, types, usage.

A 《》 title is a policy document when it reads like one (a document-type ending such as 条例,
办法, 方案, 规划, or the official 关于…的 form); a title after a word for a work of art or a
publication (纪录电影《…》, 话剧《…》, 在《科学》上发表) is a creative work, and so is a title
that reads like none of the genre's documents.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Usage
from .words import CJK, FOLLOWING_VERBS, ISSUING_VERBS, LAW_VERBS, PARTICLES

# 文号: issuer code, a bracketed year and a serial, e.g. 渭编发〔2020〕10号 or 国发[2015]5号.
OPEN_BRACKETS = "〔[(（【［"
CLOSE_BRACKETS = "〕])）】］"
DOCUMENT_NUMBER_RULE_ID = "document.number"
DOCUMENT_NUMBER_PATTERN = (
    r"(?P<issuer>[\u4e00-\u9fff]{1,12})\s*[〔\[(（【［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])）】］]"
    r"\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
# Words that end the text before an issuer code: the code starts after the last of them.
ISSUER_STOP_WORDS: tuple[str, ...] = FOLLOWING_VERBS + ISSUING_VERBS + ("参照", "转发", "下发", "文件", "通过") + PARTICLES

TITLE_RULE_ID = "document.title"
TITLE_PATTERN_CITED = r"《(?P<title>[^《》\n]{1,120})》"
TITLE_WITH_NUMBER_RULE_ID = "document.title+number"
# 《full title》（以下简称《short》 or “short”）: the short title names the same document.
ALIAS_RULE_ID = "document.alias"
ALIAS_PATTERN = r"\s*[（(]\s*(?:以下|下)简称\s*[《“\"「]?(?P<alias>[^》”\"」）)]{1,30})[》”\"」]?\s*[）)]"
# An entry of the glossary after a report: 4.稳增长“21”条：2025年4月1日，…印发《…》 — the term
# before the colon is the short name of the document the entry names.
GLOSSARY_ALIAS_RULE_ID = "document.glossary-alias"
GLOSSARY_ENTRY_PATTERN = r"^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*(?P<term>[^：:。\n]{2,30})[：:]"
# A title cited without 《》, in the official form 发文机关关于……的意见/通知/决定.
UNQUOTED_TITLE_RULE_ID = "document.unquoted-title"
UNQUOTED_TITLE_PATTERN = (
    r"(?P<title>[\u4e00-\u9fff]{2,24}关于[^，,。；;：:《》“”\n]{2,60}?的"
    r"(?:指导意见|实施意见|若干意见|意见|通知|决定|规定|办法|实施方案|方案|批复))"
    r"(?=[，,。；;、）)和及与精神要求部署]|$)"
)
# The issuer before 关于 must end like a body (国务院办公厅, 中央, 省委, 住房和城乡建设部) and starts
# after the last verb; 和 may stand inside it.
UNQUOTED_ISSUER_ENDINGS = ("中央", "国务院", "党委", "省委", "市委", "区委", "县委", "常委会", "人大", "政府", "部", "厅", "局", "委", "办", "委员会", "办公室")
UNQUOTED_ISSUER_STOPS: tuple[str, ...] = FOLLOWING_VERBS + ISSUING_VERBS + ("学习", "确定", "首个") + PARTICLES

# Plans, programmes and rules named without 《》 right after the verb that makes or applies them:
# 编制完成城市更新专项规划, 实施大气污染防治行动计划, 出台民宿管理办法.  Only endings that name a
# document (专项规划, 行动计划, 管理办法), not words that also mean an activity (规划, 计划, 方案).
UNQUOTED_PLAN_RULE_ID = "document.unquoted-plan"
UNQUOTED_PLAN_VERBS: tuple[str, ...] = ISSUING_VERBS + FOLLOWING_VERBS + ("实施", "启动", "修订", "修编", "签署", "签订", "审议通过")
UNQUOTED_PLAN_ENDINGS: tuple[str, ...] = (
    "行动计划", "三年计划", "总体规划", "专项规划", "发展规划", "整体规划", "战略规划", "建设规划", "地区规划", "区规划",
    "之都规划", "普法规划", "搬迁规划", "功能区规划", "规划纲要", "实施纲要", "规划方案", "实施方案", "行动方案",
    "工作方案", "总体方案", "改革方案", "管理办法", "暂行办法", "实施办法", "实施细则", "实施意见", "若干措施",
    "合作协议", "框架协议", "负面清单", "正面清单", "事项清单", "权责清单", "产品目录",
    "综合规划", "空间规划", "实施计划", "认定办法", "管理规定",
)
UNQUOTED_PLAN_PATTERN = (
    "(?:" + "|".join(sorted(UNQUOTED_PLAN_VERBS, key=len, reverse=True)) + ")"
    + rf"(?P<name>[{CJK}“”+0-9.]{{2,30}}?(?:" + "|".join(sorted(UNQUOTED_PLAN_ENDINGS, key=len, reverse=True)) + "))"
    + r"(?=[，,。；;、）)]|和|及|与|$)"
)
# Words that only begin the name's clause (并有序实施, 出台实施) and are cut from its front.
UNQUOTED_PLAN_LEAD_WORDS: tuple[str, ...] = ("的", "并", "和", "及", "有序", "出台", "实施", "完成", "制定", "了", "好", "新的", "全面", "深入")
# A name made only of these and its ending is a kind of plan (各项实施方案, 年度工作方案).
UNQUOTED_PLAN_GENERIC_WORDS: tuple[str, ...] = (
    "各项", "各类", "相关", "有关", "配套", "年度", "全年", "专项", "总体", "具体", "工作", "行动", "三年", "五年",
    "新一轮", "一批", "系列", "多项", "分期", "详细", "发展", "建设", "综合", "国家", "省级", "市级", "区级", "本级", "我省", "我市", "我区",
    # a five-year period alone (“十三五”综合规划) names no particular plan
    "“十一五”", "“十二五”", "“十三五”", "“十四五”", "“十五五”", "十一五", "十二五", "十三五", "十四五", "十五五",
)

# Laws and regulations named without 《》: 实施北京城市副中心条例, 颁布民营经济促进法.
UNQUOTED_LAW_RULE_ID = "document.unquoted-law"
LAW_ENDINGS: tuple[str, ...] = ("法典", "条例", "法")
# (外商投资法实施条例: the rules that carry out a law are a name of their own, not the law and a verb)
IMPLEMENTING_RULES_PATTERN = r"法实施(?:条例|细则|办法)$"
UNQUOTED_LAW_PATTERN = rf"(?P<name>[{CJK}]{{2,24}}?(?:法典|条例|法(?!实施(?:条例|细则|办法))))(?=[，,。；;、：:）)和及与等”\"]|实施|施行|出台|颁布|落地|修订|$)"
# The name starts after the last of these: a verb, an adverb, or a particle that never stands
# inside a law's name (和, 经, 新 do: 中华人民共和国…法, 民营经济促进法, 城市更新条例).
LAW_LEFT_STOPS: tuple[str, ...] = LAW_VERBS + ("的", "了", "是") + (
    "全面", "认真", "深入", "严格", "积极", "加快", "完成", "开展", "配套", "有关", "相关", "坚持", "出台了", "制定了",
)
# Words ending in 法 that are not laws (执法, 办法 as a word, 做法).
NOT_LAW_ENDINGS: tuple[str, ...] = (
    "执法", "司法", "立法", "依法", "违法", "合法", "非法", "守法", "普法", "办法", "做法", "方法", "想法", "看法",
    "说法", "手法", "用法", "算法", "书法", "疗法", "干法", "打法", "玩法", "章法", "技法", "写法", "新法", "工作法",
    "管理法", "治理法", "调解法", "法律法规", "法规",
    # 尊法、学法、守法、用法: what people do with the law
    "尊法", "学法", "懂法", "知法", "护法", "信法", "犯法", "枉法",
)
# Names that are kinds of law, not laws (条例 alone, 法律).
GENERIC_LAW_NAMES: tuple[str, ...] = ("条例", "法典", "法律", "法规", "地方性法规", "配套条例", "实施条例")
LAW_MIN_LENGTH = 4  # shorter names are words (执法, 立法) unless they are known laws
# Laws and rules the genre names by a short, fixed name.
KNOWN_LAWS: tuple[str, ...] = ("宪法", "基本法", "民法典", "刑法", "立法法", "监察法", "预算法", "中央八项规定")
KNOWN_LAW_RULE_ID = "document.known-law"

# A short title (《条例》) refers back to the latest full title ending with it.
SHORT_FORM_RULE_ID = "document.short-form"
SHORT_FORM_MAX_LENGTH = 6


@dataclass(frozen=True)
class DocumentType:
    id: str  # local name of the SKOS concept
    suffixes: tuple[str, ...]
    label_zh: str
    label_en: str


# Longest suffix wins, so 实施细则 is 细则 and 工作要点 is 要点.
DOCUMENT_TYPES: tuple[DocumentType, ...] = (
    DocumentType("law", ("法", "法典"), "法律", "law"),
    DocumentType("regulation", ("条例",), "条例", "regulation"),
    DocumentType("provisions", ("规定",), "规定", "provisions"),
    DocumentType("measures", ("办法",), "办法", "measures"),
    DocumentType("detailed-rules", ("细则",), "细则", "detailed rules"),
    DocumentType("plan", ("方案",), "方案", "plan"),
    DocumentType("opinion", ("意见", "指导意见"), "意见", "opinion"),
    DocumentType("notice", ("通知",), "通知", "notice"),
    DocumentType("key-points", ("要点",), "要点", "key points"),
    DocumentType("list", ("清单",), "清单", "list"),
    DocumentType("rules", ("规则", "章程", "准则"), "规则", "rules"),
    DocumentType("outline", ("纲要",), "纲要", "outline"),
    DocumentType("report", ("报告",), "报告", "report"),
    DocumentType("compilation", ("汇编",), "汇编", "compilation"),
    DocumentType("circular", ("通报",), "通报", "circular"),
    DocumentType("policy", ("政策", "措施", "若干措施"), "政策", "policy"),
    DocumentType("decision", ("决定", "决议"), "决定", "decision"),
    DocumentType("planning", ("规划",), "规划", "planning"),
    DocumentType("standard", ("标准", "规范"), "标准", "standard"),
    DocumentType("guide", ("指引", "指南"), "指引", "guide"),
    DocumentType("system", ("制度",), "制度", "system"),
    DocumentType("announcement", ("公告",), "公告", "announcement"),
    DocumentType("programme", ("计划", "行动计划"), "计划", "programme"),
    DocumentType("proposal", ("建议",), "建议", "proposal"),
    DocumentType("agreement", ("协议", "协定", "公约", "备忘录"), "协议", "agreement"),
)
# A trailing qualifier such as (试行), (草案) or (2015—2020年) does not change a document's type.
TITLE_TRAILER_PATTERN = r"[（(][^（）()]{1,20}[）)]$"
# Titles without a type ending that are still documents: a strategy with its year (中国制造2025),
# a white paper, a communiqué, an action.
DOCUMENT_TITLE_WORDS: tuple[str, ...] = (
    "关于", "白皮书", "公报", "宣言", "倡议", "行动", "战略", "工程", "目录", "条款", "守则", "通告", "批复", "函",
)
DOCUMENT_TITLE_YEAR = r"(?:19|20)\d{2}$"

# Creative works and publications: the word before 《》 says what the title names.
CREATIVE_WORK_RULE_ID = "document.creative-work"
CREATIVE_WORK_BEFORE: tuple[str, ...] = (
    "纪录电影", "电影", "影片", "纪录片", "专题片", "宣传片", "微短剧", "短剧", "微电影", "电视剧", "网络剧", "动画片", "动画",
    "话剧", "舞剧", "歌剧", "音乐剧", "戏剧", "京剧", "粤剧", "豫剧", "黄梅戏", "昆曲", "川剧", "秦腔", "剧目", "大型",
    "歌曲", "主题曲", "歌舞", "交响乐", "节目", "栏目", "晚会", "综艺", "图书", "丛书", "书籍", "著作", "专著", "读本",
    "期刊", "杂志", "学术杂志", "报纸", "刊物", "展览", "展", "作品", "文艺作品", "精品", "IP", "游戏", "小说", "诗集",
    "文献", "史料", "画卷", "雕塑", "剧", "片", "曲", "书",
)
# …in 《科学》 or on 《自然》: a title a text appears in is a publication.
CREATIVE_WORK_AFTER: tuple[str, ...] = ("上发表", "杂志", "期刊", "发表", "刊发", "播出", "上映", "热播", "首演", "演出", "出版")


@dataclass(frozen=True)
class UsageVerb:
    verb: str
    usage: Usage


# How a measure uses a document, from the nearest verb before the title in the same clause.
USAGE_VERBS: tuple[UsageVerb, ...] = tuple(
    [UsageVerb(v, Usage.ISSUED) for v in ISSUING_VERBS] + [UsageVerb(v, Usage.FOLLOWED) for v in FOLLOWING_VERBS]
)
# After the title, in the same clause: 以《…》为指导.
USAGE_AFTER: tuple[UsageVerb, ...] = tuple(UsageVerb(v, Usage.FOLLOWED) for v in ("为指导", "为依据", "为遵循", "为指引"))
USAGE_LOOKBACK = 40  # characters of the clause, other titles removed, searched for a verb
USAGE_BEFORE_RULE = "usage.before.{verb}"
USAGE_AFTER_RULE = "usage.after.{verb}"
