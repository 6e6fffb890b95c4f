"""Extraction rules and vocabularies, kept as data.

Each rule has an ``id`` that is recorded on what it finds (``kg:rule``), so a fact in the graph
can be traced to the rule that produced it.  The rules describe the genre of Chinese government
work reports; none names an entity, title or number from a particular report.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import OrgKind, Qualifier, SectionKind, Usage

CN_DIGITS = "〇零一二两三四五六七八九十百千万"
CN_SMALL = "一二三四五六七八九十"


@dataclass(frozen=True)
class HeadingRule:
    id: str
    level: int
    pattern: str  # must define the groups ``num`` and ``rest``


HEADING_RULES: tuple[HeadingRule, ...] = (
    HeadingRule("heading.section", 1, rf"^(?P<num>[{CN_SMALL}]{{1,3}})\s*[、，．.]\s*(?P<rest>.*)$"),
    HeadingRule("heading.subsection", 2, rf"^[（(]\s*(?P<num>[{CN_SMALL}]{{1,3}})\s*[）)]\s*[、，．.]?\s*(?P<rest>.*)$"),
)

# A heading line this short may open a report's numbering at any number (a file starting at 二、).
HEADING_SHORT_LINE = 40
# Without numbered headings, short lines without sentence punctuation are section titles.
UNNUMBERED_HEADING_MAX = 25
UNNUMBERED_MIN_SECTIONS = 2
SENTENCE_PUNCTUATION = "。，,；;：:！!？?、"

# A short unnumbered line naming a part of the report (2019年工作回顾, 2020年工作安排) ends the
# section before it, and a plans or problems part makes the sections after it plans or problems.
PART_KEYWORDS = ("工作回顾", "回顾", "主要工作", "工作情况")

# 一是 … 二是 …: an ordinal followed by 是 at the start of a clause.
ENUMERATION_RULE_ID = "enumeration.shi"
ENUMERATION_PATTERN = rf"(?:^|(?<=[。；;：:，,！？!?\s]))(?P<num>[{CN_SMALL}]{{1,3}})是"
# A clause boundary may also be the start of the block itself; at least two markers make a list.
ENUMERATION_MIN_ITEMS = 2

# Words in a section heading that make it a problems or plans section.
SECTION_KIND_KEYWORDS: tuple[tuple[SectionKind, tuple[str, ...]], ...] = (
    (SectionKind.PROBLEM, ("存在的问题", "存在问题", "问题和不足", "问题与不足", "不足", "困难和问题", "差距和不足")),
    (SectionKind.PLAN, ("下一步", "工作计划", "工作打算", "工作安排", "工作思路", "工作建议", "政府工作的建议", "目标任务", "主要任务")),
)

# Header (发文字号, 签发人, 主送机关, 标题) and footer (落款) rules.
SIGNER_PATTERN = r"签发人\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,6})"
HEADER_SHORT_LINE = 40  # longer lines are body text, not header fields
RECIPIENT_PATTERN = r"^(?P<name>[^。，,；;]{2,30})[:：]$"
TITLE_PATTERN = r"^(?:关于)?[^。；;]{2,58}(?:报告|情况|总结)$"
DATE_PATTERN = rf"^(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<month>\d{{1,2}}|[{CN_SMALL}]{{1,3}})\s*月\s*(?P<day>\d{{1,2}}|[{CN_SMALL}]{{1,3}})\s*日$"
YEAR_PATTERN = r"(?P<year>(?:19|20)\d{2})\s*年"
FOOTER_MAX_LINES = 3


# 文号: issuer code, a bracketed year and a serial, e.g. 渭编发〔2020〕10号 or 国发[2015]5号.
OPEN_BRACKETS = "〔[(（【［"
CLOSE_BRACKETS = "〕])）】］"
DOCUMENT_NUMBER_RULE_ID = "document.number"
DOCUMENT_NUMBER_PATTERN = (
    r"(?P<issuer>[\u4e00-\u9fff]{1,12})\s*[〔\[(（【［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])）】］]"
    r"\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
# Words that end the text before an issuer code: the code starts after the last of them.
ISSUER_STOP_WORDS: tuple[str, ...] = (
    "根据", "按照", "依据", "依照", "对照", "参照", "印发", "制定", "出台", "执行", "落实", "贯彻",
    "转发", "下发", "文件", "通过", "见", "及", "和", "与", "或", "以", "的", "即", "经", "由", "是",
)

TITLE_RULE_ID = "document.title"
TITLE_PATTERN_CITED = r"《(?P<title>[^《》\n]{1,120})》"
TITLE_WITH_NUMBER_RULE_ID = "document.title+number"
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
UNQUOTED_ISSUER_STOPS = (
    "按照", "依据", "依照", "根据", "贯彻", "执行", "落实", "遵照", "遵循", "对照", "印发", "制定", "出台", "学习",
    "确定", "以", "的", "是", "在", "为", "对", "由", "了", "首个",
)
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
    DocumentType("decision", ("决定",), "决定", "decision"),
    DocumentType("planning", ("规划",), "规划", "planning"),
    DocumentType("standard", ("标准", "规范"), "标准", "standard"),
    DocumentType("guide", ("指引", "指南"), "指引", "guide"),
    DocumentType("system", ("制度",), "制度", "system"),
    DocumentType("announcement", ("公告",), "公告", "announcement"),
)
# A trailing qualifier such as (试行) or (2015—2020年) does not change a document's type.
TITLE_TRAILER_PATTERN = r"[（(][^（）()]{1,20}[）)]$"


@dataclass(frozen=True)
class UsageVerb:
    verb: str
    usage: Usage


# How a measure uses a document, from the nearest verb before the title in the same clause.
USAGE_VERBS: tuple[UsageVerb, ...] = tuple(
    [UsageVerb(v, Usage.ISSUED) for v in ("印发", "制定", "出台", "形成", "完成", "编制", "起草", "发布", "颁布", "制订", "公布")]
    + [UsageVerb(v, Usage.FOLLOWED) for v in ("按照", "依据", "依照", "根据", "贯彻", "执行", "落实", "遵照", "遵循", "对照")]
)
# After the title, in the same clause: 以《…》为指导.
USAGE_AFTER: tuple[UsageVerb, ...] = tuple(UsageVerb(v, Usage.FOLLOWED) for v in ("为指导", "为依据", "为遵循", "为指引"))
USAGE_LOOKBACK = 40  # characters of the clause, other titles removed, searched for a verb
CLAUSE_MAX = 300  # no clause is longer than this
CLAUSE_BOUNDARY = "。；;！？!?，,\n"


@dataclass(frozen=True)
class OrgSuffix:
    suffix: str
    kind: OrgKind


ORG_SUFFIXES: tuple[OrgSuffix, ...] = tuple(
    [OrgSuffix(s, OrgKind.GOVERNMENT) for s in (
        "人民政府", "管委会", "管理委员会", "委员会", "办公厅", "办公室", "领导小组", "指挥部", "司法所",
        "派出所", "检察院", "法院", "局", "厅", "政府", "中心", "大队", "支队", "工委", "党工委", "街道办事处",
    )]
    + [OrgSuffix(s, OrgKind.ENTERPRISE) for s in ("集团", "有限公司", "有限责任公司", "银行")]
    + [OrgSuffix(s, OrgKind.INSTITUTION) for s in ("学院", "大学", "研究所", "研究院", "医院", "学校", "教育集团", "医疗集团", "医院集团", "健康集团")]
)
# A preposition or conjunction separates two names only if the text before it is a name or a
# collective noun, or the text after it starts like a name.
ORG_COLLECTIVE_NOUNS = ("企业", "单位", "部门", "机构", "院校", "干部", "群众", "人员", "专家", "法官", "律师")
ORG_NAME_PREFIXES = ("中共", "中央", "国家", "国务院", "全国", "省", "市", "区", "县", "镇", "乡", "街道")
# 十一个安全生产专业委员会: a count before a name is not part of it.
ORG_LEADING_COUNT = r"[\d〇零一二两三四五六七八九十百千万]+(?:年度|年|[个家所支名项类级强])"
# Adjective + 政府 is a goal (法治政府), not a body.
ORG_NOT_NAMES = ("法治政府", "数字政府", "服务型政府", "责任政府", "廉洁政府", "阳光政府", "诚信政府", "透明政府",
                 "有为政府", "效能政府", "智慧政府", "人民满意政府", "整体政府")
# 甲大学乙学院: the school's university is its parent organisation.
ORG_PARENT_SUFFIXES = ("大学",)
ORG_MAX_NAME = 20
ORG_MIN_NAME = 3
# Words that end the text before an organisation's name: verbs and adverbs of several
# characters, which do not occur inside names, and two particles.
ORG_STOP_WORDS: tuple[str, ...] = (
    "的", "了", "等", "由于", "会同", "协助", "成立", "设立", "组建", "调整", "邀请", "联系", "配合", "牵头",
    "聘请", "举办", "组织", "指导", "帮助", "支持", "推动", "推进", "引进", "走访", "包括", "建成", "落实",
    "加强", "完善", "发挥", "充分", "全区", "全市", "全省", "全国", "所有", "相关", "区内", "市内", "先后",
    "同时", "依托", "通过", "实现", "成为", "参加", "召开", "开展", "入驻", "其中", "并且", "以及", "全年",
    "学习", "作为", "提交", "按照", "依据", "依照", "根据", "贯彻", "执行", "遵照", "对照", "印发", "制定",
    "出台", "设置", "各", "挂牌", "授予", "获评", "评为", "荣获", "申报", "对接", "督促", "要求", "报送", "上报",
    "我代表", "代表", "新增", "筹建", "深化", "完成", "引导", "规范", "提升", "鼓励", "稳妥", "培育", "压实", "引入",
    "吸引", "落户", "遴选", "搭建", "打造", "建立", "扶持", "服务于", "依靠", "携手", "联合", "合作", "共建", "新建",
    "改建", "扩建", "启用", "加快", "提高", "实施", "开办", "争取", "启动", "创建", "探索", "推开", "促进", "进入",
    "做好", "编制", "围绕", "特别是", "优化", "全力", "塑造", "获得", "获", "推广", "保障", "确保", "主办", "承办",
    "加大", "强化", "持续", "着力", "全面", "积极", "大力", "努力", "坚持", "加速", "构建", "形成", "增加", "新招引",
    "招引", "设有", "拥有", "成功", "已有", "现有", "共有", "携", "统一到", "交由", "委托", "授权", "移交",
    "以", "对标", "处置", "开工建设", "主动", "投用", "运营", "引育", "集聚", "支撑", "带动", "发起", "签约", "整合", "重组",
)
# 中心 names a body only after a word for what it does (政务服务中心, 检验检测中心, 社康中心);
# otherwise it is a place or a goal (经济中心, 以人民为中心).
ORG_CENTRE_FUNCTIONS = (
    "服务", "管理", "检测", "指挥", "照料", "技术", "研究", "调解", "监测", "培训", "孵化", "救助", "交易", "数据",
    "康复", "卫生", "活动", "促进", "保障", "执法", "审批", "办事", "信息", "应急", "评估", "社康", "打印", "控制",
    "指导", "配送", "调度", "分拨", "仲裁", "援助", "诊疗", "疾控", "预防控制", "监督", "文化", "体育", "创新",
    "工程", "实验", "检验", "鉴定", "认证", "结算", "登记", "受理", "呼叫", "热线", "党群服务", "便民服务",
)
# One-character prepositions and conjunctions end the text before a name only where they
# separate names (see ORG_NAME_PREFIXES): 经 starts 经济, 由 ends 自由, 和 joins 农业农村和林业.
ORG_CONJUNCTIONS = ("和", "与", "及", "或")
ORG_PREPOSITIONS = ORG_CONJUNCTIONS + ("经", "由", "向", "对", "在", "为", "将", "把", "被", "从", "跟", "是")
# Words that end like an organisation but are not one (格局 ends with 局).
ORG_FALSE_ENDINGS = ("格局", "布局", "大局", "全局", "开局", "变局", "结局", "新局", "当局", "中心组", "为中心", "好局", "破局", "客厅", "大厅", "展厅", "餐厅", "国集团")
# Endings that are organisations only right after a level of government (市政府, not 转变政府).
ORG_SUFFIX_NEEDS_LEVEL = {"政府": "市区县省镇乡州"}
# Names made only of these generic words are kinds of organisation, not organisations.
ORG_GENERIC_NAMES: tuple[str, ...] = (
    "中心", "局", "委员会", "办公室", "公司", "集团", "银行", "学校", "医院", "大学", "学院", "法院",
    "服务中心", "指挥部", "领导小组", "管委会", "工委", "党工委", "各部门", "部门", "研究院", "研究所",
    "有限公司", "有限责任公司",
)
# A name starting with one of these words is a kind of organisation (公办学校, 三甲医院, 上市公司).
ORG_GENERIC_PREFIXES: tuple[str, ...] = (
    "公立", "公办", "民办", "中小", "新改扩建", "三甲", "义务教育", "上市", "股份合作", "社区股份", "专业化",
    "政策性", "商业", "新型", "高水平", "一流", "重点", "骨干", "龙头", "国有", "民营", "外资", "中小微", "本土",
    "新增", "更多", "各类", "各级", "基层", "乡镇", "村级", "社区", "高校", "首个", "首家", "全国", "国际",
)
# Followed by these, a name ending is a word, not an organisation (中心工作, 中心城区).
ORG_NOT_BEFORE = ("工作", "城区", "组", "任务", "环节", "位置", "地位", "区域", "镇")


@dataclass(frozen=True)
class EnumerationRule:
    id: str
    nouns: tuple[str, ...]
    kind: OrgKind


# 甲、乙、丙等N家企业: the names listed before 等N家企业 / 等N余家企业 / 等N所院校.
ORG_ENUMERATION_RULES: tuple[EnumerationRule, ...] = (
    EnumerationRule("org.enumeration.enterprise", ("企业", "公司", "民营企业", "工业企业", "重点企业", "龙头企业"), OrgKind.ENTERPRISE),
    EnumerationRule("org.enumeration.institution", ("院校", "高校", "学校", "医院", "科研院所", "大学"), OrgKind.INSTITUTION),
)
ORG_ENUMERATION_PATTERN = r"等\s*(?:[\d{cn}]+)\s*(?:余|多)?\s*(?:家|所|个)\s*(?P<noun>[\u4e00-\u9fff]{{1,6}})"
ENUMERATION_ITEM_MAX = 12  # longer list items are phrases, not names
# The first item of a list starts after the clause's last verb or preposition (先后为甲、乙).
ORG_LIST_LEAD_WORDS = ORG_STOP_WORDS + ORG_PREPOSITIONS


@dataclass(frozen=True)
class Unit:
    text: str
    canonical: str


# Longest unit text wins (个工作日 before 个, 万元 handled as a magnitude of 元).
UNITS: tuple[Unit, ...] = tuple(
    Unit(t, c) for t, c in (
        ("个百分点", "个百分点"), ("个工作日", "个工作日"), ("平方公里", "平方公里"), ("平方米", "平方米"),
        ("人次", "人次"), ("户次", "户次"), ("件次", "件次"), ("亿美元", "美元"), ("美元", "美元"),
        ("元", "元"), ("%", "%"), ("％", "%"), ("户", "户"), ("件", "件"), ("项", "项"), ("家", "家"),
        ("人", "人"), ("名", "名"), ("亩", "亩"), ("个", "个"), ("份", "份"), ("本", "本"), ("条", "条"),
        ("起", "起"), ("支", "支"), ("株", "株"), ("次", "次"), ("期", "期"), ("所", "所"), ("批", "批"),
        ("倍", "倍"), ("公里", "公里"), ("千米", "公里"), ("吨", "吨"), ("辆", "辆"), ("套", "套"),
        ("座", "座"), ("台", "台"), ("场", "场"), ("天", "天"), ("小时", "小时"), ("宗", "宗"),
        ("间", "间"), ("张", "张"), ("篇", "篇"), ("部", "部"), ("块", "块"), ("栋", "栋"), ("处", "处"),
        ("千瓦", "千瓦"), ("万千瓦", "千瓦"), ("立方米", "立方米"), ("公顷", "公顷"), ("床", "床"),
        ("位", "位"), ("类", "类"), ("轮", "轮"), ("届", "届"), ("枚", "枚"), ("册", "册"),
    )
)
# Units that also read as ordinary words after a small Chinese numeral (三年, 一次) need an
# Arabic numeral to count as a figure.
ARABIC_ONLY_UNITS = frozenset({"类", "次", "届", "位", "部", "间", "处", "台", "场", "本", "期", "轮", "批", "张"})

MAGNITUDES: dict[str, int] = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}

QUALIFIERS_BEFORE: tuple[tuple[str, Qualifier], ...] = (
    ("超过", Qualifier.LOWER_BOUND), ("逾", Qualifier.LOWER_BOUND), ("突破", Qualifier.LOWER_BOUND),
    ("近", Qualifier.APPROXIMATE), ("约", Qualifier.APPROXIMATE), ("将近", Qualifier.APPROXIMATE),
    ("不足", Qualifier.UPPER_BOUND), ("不到", Qualifier.UPPER_BOUND), ("低于", Qualifier.UPPER_BOUND),
)
QUALIFIERS_AFTER: tuple[tuple[str, Qualifier], ...] = (
    ("余", Qualifier.APPROXIMATE), ("多", Qualifier.APPROXIMATE), ("左右", Qualifier.APPROXIMATE),
    ("以上", Qualifier.LOWER_BOUND), ("以下", Qualifier.UPPER_BOUND),
)

FIGURE_RULE_ID = "figure.value-unit"
# No statistic in the genre has more significant digits than this (the largest, 万亿元 sums, have
# about 16); longer digit strings are serials or noise and are not read as figures.
FIGURE_MAX_DIGITS = 24
CHANGE_RULE_ID = "figure.change"
# 由3.19%提升至6.9%: both values are kept on one figure.
CHANGE_PATTERN = r"(?:由|从)(?P<from>{num})\s*(?P<unit1>{unit})?\s*(?:提升|提高|增加|增长|上升|下降|降低|减少|压缩|扩大|缩短)?(?:至|到)(?P<to>{num})"
# The phrase a figure counts is the text before it back to one of these.
PHRASE_BOUNDARY = "，,。；;：:、！？!?（）()“”\"《》\n"
PHRASE_MAX = 16
# Words stripped from the start of a phrase (scope) and from its end (copulas and verbs).
PHRASE_LEADING: tuple[str, ...] = (
    "其中", "全年", "全区", "全市", "全省", "全国", "累计", "共计", "共", "目前", "已", "先后", "截至目前",
    "全面", "分别", "同比", "新增", "当年", "今年", "去年", "年内", "此外", "另",
)
PHRASE_TRAILING: tuple[str, ...] = (
    "达到", "达", "为", "是", "共计", "累计", "共", "约", "近", "超过", "逾", "突破", "不足", "至", "到",
    "提高", "提升", "增长", "下降", "降低", "增加", "减少", "压缩", "已", "了", "的", "有", "计",
)
# The noun after a unit (2家企业获得贷款 → 企业) ends at the first of these verbs or particles.
PHRASE_AFTER_STOPS: tuple[str, ...] = (
    "获得", "办理", "申请", "达成", "搭建", "参加", "纳入", "开展", "实现", "完成", "发放", "提供", "接受", "进行",
    "签订", "落户", "入驻", "通过", "指派", "参与", "建成", "获", "与", "在", "于", "的", "和", "及", "并", "均",
)
# A number right after one of these is an ordinal (第三个), not a count.
NOT_FIGURE_BEFORE = ("第",)
