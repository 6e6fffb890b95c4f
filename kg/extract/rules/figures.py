"""Rules for figures: numbers, magnitudes, units, qualifiers, changes and the phrase a figure counts."""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Qualifier

@dataclass(frozen=True)
class Unit:
    text: str
    canonical: str


# Longest unit text wins (个工作日 before 个, 万元 handled as a magnitude of 元).
UNITS: tuple[Unit, ...] = tuple(
    Unit(t, c) for t, c in (
        ("个百分点", "个百分点"), ("个工作日", "个工作日"), ("平方公里", "平方公里"), ("平方米", "平方米"),
        ("人次", "人次"), ("人年", "人年"), ("户次", "户次"), ("件次", "件次"), ("亿美元", "美元"), ("美元", "美元"),
        ("元", "元"), ("%", "%"), ("％", "%"), ("户", "户"), ("件", "件"), ("项", "项"), ("家", "家"),
        ("人", "人"), ("名", "名"), ("亩", "亩"), ("个", "个"), ("份", "份"), ("本", "本"), ("条", "条"),
        ("起", "起"), ("支", "支"), ("株", "株"), ("次", "次"), ("期", "期"), ("所", "所"), ("批", "批"),
        ("倍", "倍"), ("公里", "公里"), ("千米", "公里"), ("吨", "吨"), ("辆", "辆"), ("套", "套"),
        ("座", "座"), ("台", "台"), ("场", "场"), ("天", "天"), ("小时", "小时"), ("宗", "宗"),
        ("间", "间"), ("张", "张"), ("篇", "篇"), ("部", "部"), ("块", "块"), ("栋", "栋"), ("处", "处"),
        ("千瓦", "千瓦"), ("万千瓦", "千瓦"), ("立方米", "立方米"), ("公顷", "公顷"), ("床", "床"),
        ("位", "位"), ("类", "类"), ("轮", "轮"), ("届", "届"), ("枚", "枚"), ("册", "册"),
        ("场次", "场次"), ("架次", "架次"), ("车次", "车次"), ("列次", "列次"), ("艘次", "艘次"), ("批次", "批次"), ("班次", "班次"),
        ("台次", "台次"), ("频次", "频次"), ("斤", "斤"), ("公斤", "公斤"), ("千克", "公斤"),
        ("标准箱", "标准箱"), ("个月", "个月"), ("个季度", "个季度"), ("周岁", "岁"), ("岁", "岁"), ("款", "款"), ("成", "成"),
        ("微克/立方米", "微克/立方米"), ("微克／立方米", "微克/立方米"), ("微克每立方米", "微克/立方米"), ("千瓦时", "千瓦时"), ("度", "度"), ("吨标准煤", "吨标准煤"),
        ("艘", "艘"), ("列", "列"), ("趟", "趟"), ("家次", "家次"), ("种", "种"), ("对", "对"), ("标箱", "标准箱"),
        ("分钟", "分钟"), ("米", "米"), ("厘米", "厘米"), ("千米", "公里"),
        # computing power: 智算规模22万P, 算力规模达到11.4万P (petaflops)
        ("EFLOPS", "EFLOPS"), ("PFLOPS", "PFLOPS"), ("P", "PFLOPS"),
        ("微克", "微克/立方米"),  # 每立方米17.2微克: the air-quality unit with its volume before the number
    )
) + tuple(Unit(noun, "人") for noun in (
    # Counts of people without a unit word (76万群众) count people.
    "群众", "居民", "市民", "农民", "村民", "学生", "老人", "儿童", "职工", "工人", "游客", "人才", "志愿者", "农民工",
    "贫困人口", "人口", "党员", "教师", "员工", "毕业生", "劳动力", "退役军人", "残疾人", "患者", "旅客",
))
# People counted in 万 or 亿 with no unit after (农村贫困人口减少1109万，城镇新增就业1352万，): the
# noun before says they are people; a verb of change may stand between.
PEOPLE_BEFORE_BARE_COUNT = ("贫困人口", "人口", "就业", "人数", "劳动力", "游客", "客流")
BARE_COUNT_VERBS = ("减少", "增加", "新增", "达到", "达", "为", "累计", "超")
# These units only follow a magnitude or an Arabic number: 76万群众, not 三群众.
PEOPLE_UNITS = frozenset(("群众", "居民", "市民", "农民", "村民", "学生", "老人", "儿童", "职工", "工人", "游客", "人才",
                          "志愿者", "农民工", "贫困人口", "人口", "党员", "教师", "员工", "毕业生", "劳动力", "退役军人",
                          "残疾人", "患者", "旅客"))
# A unit followed by one of these characters is the start of another word (三成果, 五成为).
UNIT_NOT_BEFORE: dict[str, str] = {"成": "效果为立功绩本员就都交型熟长", "对": "接标外话口比应照于策", "种": "植养子业类",
                                   "米": "粉面饭", "名": "词单称录义牌片",
                                   "P": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}

# Units that also read as ordinary words after a small Chinese numeral (三年, 一次) need an
# Arabic numeral to count as a figure.
ARABIC_ONLY_UNITS = frozenset({"类", "次", "届", "位", "部", "间", "处", "台", "场", "本", "期", "轮", "批", "张", "度",
                               "款", "列", "个月", "个季度", "岁", "对", "种", "米", "分钟"})

MAGNITUDES: dict[str, int] = {"万亿": 10**12, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3}

QUALIFIERS_BEFORE: tuple[tuple[str, Qualifier], ...] = (
    ("超过", Qualifier.LOWER_BOUND), ("逾", Qualifier.LOWER_BOUND), ("突破", Qualifier.LOWER_BOUND),
    # 迈上6万亿元台阶: a milestone passed, not the amount
    ("迈上", Qualifier.LOWER_BOUND), ("跨上", Qualifier.LOWER_BOUND), ("跃上", Qualifier.LOWER_BOUND),
    ("站上", Qualifier.LOWER_BOUND), ("跨越", Qualifier.LOWER_BOUND),
    ("近", Qualifier.APPROXIMATE), ("约", Qualifier.APPROXIMATE), ("将近", Qualifier.APPROXIMATE),
    ("不足", Qualifier.UPPER_BOUND), ("不到", Qualifier.UPPER_BOUND), ("低于", Qualifier.UPPER_BOUND),
)
# 签约8260户, 节约1.2亿元: 约 ending a word (agreement, saving) is no "about".
QUALIFIER_NOT_AFTER: dict[str, str] = {"约": "签预节制公条契合履违续特"}
QUALIFIERS_AFTER: tuple[tuple[str, Qualifier], ...] = (
    ("余", Qualifier.APPROXIMATE), ("多", Qualifier.APPROXIMATE), ("左右", Qualifier.APPROXIMATE),
    ("以上", Qualifier.LOWER_BOUND), ("以下", Qualifier.UPPER_BOUND), ("以内", Qualifier.UPPER_BOUND),
)

FIGURE_RULE_ID = "figure.value-unit"
# No statistic in the genre has more significant digits than this (the largest, 万亿元 sums, have
# about 16); longer digit strings are serials or noise and are not read as figures.
FIGURE_MAX_DIGITS = 24
CHANGE_RULE_ID = "figure.change"
# 由3.19%提升至6.9%: both values are kept on one figure.
CHANGE_PATTERN = r"(?:由|从)(?P<from>{num})\s*(?P<unit1>{unit})?\s*(?:提升|提高|增加|增长|上升|下降|降低|减少|压缩|扩大|缩短|跃升|攀升|增|降|升|减)?(?:至|到)(?P<to>{num})"
# The phrase a figure counts is the text before it back to one of these.
PHRASE_BOUNDARY = "，,。；;：:、！？!?（）()“”\"《》\n"
PHRASE_MAX = 16
# 甲、乙分别增长5%、6%: the word that pairs a list of things with a list of values, how many
# characters of verb may stand between it and the first value, and how far back the list reaches.
RESPECTIVELY_WORD = "分别"
RESPECTIVE_VERB_MAX = 6
RESPECTIVE_REACH = 80
# Words stripped from the start of a phrase (scope) and from its end (copulas and verbs).
PHRASE_LEADING: tuple[str, ...] = (
    "其中", "全年", "全区", "全市", "全省", "全国", "累计", "共计", "共", "目前", "已", "先后", "截至目前",
    "全面", "分别", "同比", "新增", "当年", "今年", "去年", "年内", "此外", "另",
)
# Prepositions stripped from the start of a phrase (对发现问题…, 向企业发放…) unless the next
# character makes them part of a word (对外贸易, 对口帮扶).
PHRASE_LEADING_PREPOSITIONS: dict[str, str] = {"对": "外口接标比应照话象", "向": "阳"}
PHRASE_TRAILING: tuple[str, ...] = (
    "达到", "达", "为", "是", "共计", "累计", "共", "约", "近", "超过", "逾", "突破", "不足", "至", "到",
    "提高", "提升", "增长", "下降", "降低", "增加", "减少", "压缩", "已", "了", "的", "有", "计", "从", "由",
    "降", "升",  # PM2.5降至: the verb, after the longer words that end on it
)
# …but not where they end a word: 签约, 节约; 自由, 理由.
PHRASE_TRAILING_NOT_AFTER: dict[str, str] = QUALIFIER_NOT_AFTER | {"由": "自理缘经事来", "降": "沉空下", "升": "公上提"}
# A number before these is a rank inside a name (世界500强企业), no figure the phrase stops at.
RANKED_AFTER_NUMBER = ("强",)
# A year written inside a phrase dates it (地区生产总值从2015年…): no word of what is counted.
YEAR_IN_PHRASE = r"(?:19|20)\d{2}年(?:底|末|的|以前|之前|前|以来|内)?"
# What stands between a start value and the value reached (2694亿元增长到2020年3847亿元), once
# the unit and the year are taken out.
CHANGE_LINK = (r"(?:大幅|明显|显著|稳步|进一步|分别)?(?:(?:提升|提高|增加|增长|上升|下降|降低|减少|压缩|扩大|缩短|跃升|攀升|增|降|升|减)"
               r"(?:至|到)?|至|到)")
# The noun after a unit (2家企业获得贷款 → 企业) ends at the first of these verbs or particles.
PHRASE_AFTER_STOPS: tuple[str, ...] = (
    "获得", "办理", "申请", "达成", "搭建", "参加", "纳入", "开展", "实现", "完成", "发放", "提供", "接受", "进行",
    "签订", "落户", "入驻", "通过", "指派", "参与", "建成", "获", "与", "在", "于", "的", "和", "及", "并", "均",
)
# A number right after one of these is an ordinal (第三个), not a count.
NOT_FIGURE_BEFORE = ("第",)
# A count followed by one of these names a thing (中央八项规定, 三项制度): a name, not a figure.
NOT_FIGURE_AFTER = ("规定", "原则", "精神", "制度", "要求", "纪律", "禁令", "承诺", "方针", "意识", "自信", "维护", "确立")

# Year on year: a figure of one report and a figure of another report of the same government
# count the same thing when their phrases, read without these words, are the same and their
# units agree.  Words that only place the figure in the sentence or the year go:
SERIES_LEADING_WORDS: tuple[str, ...] = (
    "全区", "全市", "全省", "全县", "全州", "我区", "我市", "我省", "全年", "年度", "今年", "去年", "一年来", "其中",
    "实现", "完成", "达到", "累计", "共计", "总计", "共", "全社会", "全口径",
)
SERIES_TRAILING_WORDS: tuple[str, ...] = ("达到", "达", "为", "突破", "超过", "超", "约", "近", "增至", "提高至", "提升至", "总计")
# …and the names one statistic goes by become one (本地生产总值 is 地区生产总值).
SERIES_SAME_STATISTIC: tuple[tuple[str, ...], ...] = (
    ("地区生产总值", "本地生产总值", "生产总值", "经济总量"),
    ("社会消费品零售总额", "社会消费品零售额"),
    ("一般公共预算收入", "地方一般公共预算收入"),
    ("规模以上工业增加值", "规上工业增加值"),
    ("固定资产投资", "固定资产投资额"),
    ("进出口总额", "外贸进出口总额", "外贸进出口"),
)
SERIES_MIN_KEY = 3  # characters a phrase must keep to name a statistic
# Phrases that only relate a figure to another (占全市, 增长, 比上年) count nothing of their own.
SERIES_NOT_KEYS: tuple[str, ...] = ("占", "比", "增长", "同比", "较", "下降", "提高", "提升")
