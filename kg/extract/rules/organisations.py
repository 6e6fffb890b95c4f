"""Rules for organisations: government bodies, enterprises and institutions, by ending, by name and by list.

Names are found three ways: by their ending (局, 委员会, 公司, 大学, …), with the start found by
walking back to a verb, preposition or punctuation; by the names the genre uses for party and
state organs and their short forms (党中央, 国务院, 省委, 市人大常委会, 区政协); and as the items
of a list before 等N家企业.  A name is classed by meaning: a hospital or a health centre is an
institution, not a government body.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import OrgKind
from .words import FOLLOWING_VERBS, ISSUING_VERBS

@dataclass(frozen=True)
class OrgSuffix:
    suffix: str
    kind: OrgKind


# The longest ending decides the class: 卫生服务中心 is an institution, 政务服务中心 a body.
ORG_SUFFIXES: tuple[OrgSuffix, ...] = tuple(
    [OrgSuffix(s, OrgKind.GOVERNMENT) for s in (
        "人民政府", "管委会", "管理委员会", "委员会", "办公厅", "办公室", "领导小组", "指挥部", "司法所",
        "派出所", "检察院", "法院", "局", "厅", "政府", "中心", "大队", "支队", "工委", "党工委", "街道办事处",
        "总署", "人大常委会", "常委会", "政协", "海关", "纪委", "监委", "党委", "部队", "武警",
        "发展改革委", "发改委", "国资委", "卫健委", "卫生健康委", "经信委", "工信委", "住建委", "网信办", "编办",
        "专班", "登记处", "参事室",
    )]
    + [OrgSuffix(s, OrgKind.ENTERPRISE) for s in (
        "集团", "有限公司", "有限责任公司", "股份有限公司", "公司", "银行", "股份", "控股", "证券", "乳业",
        "油田", "药业", "制药", "农商行",
    )]
    + [OrgSuffix(s, OrgKind.INSTITUTION) for s in (
        "交易所",  # exchanges are market institutions, not firms
        "学院", "大学", "研究所", "研究院", "医院", "学校", "中学", "小学", "中小学", "中小学校", "幼儿园", "党校", "科学院", "工程院",
        "实验室", "博物馆", "图书馆", "美术馆", "纪念馆", "科技馆", "档案馆", "出版社", "电视台", "报社",
        "教育集团", "医疗集团", "医院集团", "健康集团", "卫生中心", "卫生服务中心", "疾控中心",
        "疾病预防控制中心", "研究中心", "创新中心", "融媒体中心", "检验检测中心",
        "协会", "学会", "联合会", "商会", "基金会", "红十字会", "工会", "妇联", "科协", "侨联", "残联", "工商联",
        "联盟", "促进会", "保健院", "养老院", "护理院", "福利院", "电大", "体校", "国医堂", "总台",
        "文联", "社科联", "共青团", "团委",
    )]
)

# International organisations and national media by the names reports give them: institutions.
ORG_INSTITUTION_NAMES: tuple[str, ...] = (
    "联合国", "联合国教科文组织", "联合国粮农组织", "联合国开发计划署", "联合国旅游组织", "世界旅游组织",
    "世界卫生组织", "世卫组织", "世界贸易组织", "世贸组织", "世界知识产权组织", "国际劳工组织", "国际电信联盟",
    "上海合作组织", "上合组织", "亚太经合组织", "国际货币基金组织", "国际奥委会", "国际足联", "世界乒联", "国际乒联",
    "世界自然保护联盟", "国际能源署", "国际原子能机构", "国际标准化组织", "亚洲基础设施投资银行", "亚投行",
    "金砖国家新开发银行", "新开发银行", "亚洲开发银行", "世界银行",
    "央视", "中央电视台", "中央广播电视总台", "人民日报", "新华社", "光明日报", "经济日报", "中国日报",
)
# Mass organisations (群团组织) by their usual short names: social bodies, classed institutions.
ORG_MASS_ORGANISATIONS: tuple[str, ...] = (
    "总工会", "工会", "共青团", "团委", "妇联", "科协", "工商联", "侨联", "残联", "文联", "红十字会", "计生协", "关工委",
    "贸促会",
)
# A congress or conference named with no level.
ORG_BARE_CONGRESSES: tuple[str, ...] = ("人大", "政协")
# …before these it describes a person or a paper (人大代表, 政协委员, 政协提案, 人大建议), not the body
# at work; a level makes it one again (省政协委员 names the provincial conference).
ORG_BARE_CONGRESS_NOT_BEFORE = ("代表", "委员", "提案", "建议", "议案")
# …and after a term's number and before a session's (区六届人大三次会议) it names the session.
ORG_SESSION_AFTER = r"[一二三四五六七八九十\d]+次(?:全体)?会议"
# The names of party and state organs, said in full or in their usual short form, and the
# institutions above.
ORG_ORGAN_NAMES: tuple[str, ...] = (
    "党中央", "中共中央", "中国共产党", "国务院", "中央军委", "全国人大", "全国人大常委会", "全国政协", "人民政协", "最高人民法院",
    "最高人民检察院", "国家监委", "中央纪委", "中央政法委", "中央办公厅", "国务院办公厅",
    # Mass organisations and the armed forces, named in a word of two or three characters.
    *ORG_MASS_ORGANISATIONS, "人民解放军", "解放军", "武警部队", "武警",
    # Congresses and conferences named bare (接受人大监督、政协民主监督).
    *ORG_BARE_CONGRESSES,
    # Ministries and commissions of the State Council by their usual names.
    "外交部", "国防部", "发展改革委", "国家发展改革委", "教育部", "科技部", "工业和信息化部", "工信部", "公安部", "民政部",
    "司法部", "财政部", "人力资源社会保障部", "人社部", "自然资源部", "生态环境部", "环保部", "环境保护部",
    "住房城乡建设部", "住建部", "交通运输部", "水利部", "农业农村部", "农业部", "商务部", "文化和旅游部", "文旅部",
    "文化部", "国家卫生健康委", "国家卫健委", "退役军人事务部", "应急管理部", "中国人民银行", "人民银行", "审计署",
    "国资委", "海关总署", "税务总局", "市场监管总局", "国家统计局", "国家医保局", "国家能源局", "国家知识产权局",
) + ORG_INSTITUTION_NAMES
# …but before these they name an event or a longer body (央视春晚, 上合组织峰会, 联合国教科文组织国际…研究所).
ORG_INSTITUTION_NOT_BEFORE = ("春晚", "国际", "成员", "框架")
# Offices named by their founder and a short name ending in 办: 国务院扶贫办, 中央依法治国办.
ORG_OFFICE_PATTERN = r"(?:国务院|中央|省委|市委|区委|县委|省政府|市政府|区政府)[\u4e00-\u9fff]{2,6}?办(?:公室)?(?![\u4e00-\u9fff]{0,1}[理好事法])"
ORG_ORGAN_RULE_ID = "org.organ"
# 中共北京市委, 中共渭南市委: a party committee named with its place.
ORG_PARTY_COMMITTEE_PATTERN = r"中共[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|自治区)委(?:员会)?"
# A level and an organ: 省委, 市人大, 区政协, 自治区党委 (the level names the speaker's own).
ORG_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州", "镇", "乡", "街道")
ORG_LEVEL_ORGANS = (
    "人大常委会", "人大", "政协", "党委", "党工委", "纪委监委", "纪委", "监委", "政府", "人民政府", "委", "法院",
    "检察院", "人民法院", "人民检察院", "妇联", "总工会", "团委", "科协", "工商联", "侨联", "残联", "文联",
    "国资委", "发改委", "发展改革委", "卫健委", "卫生健康委", "经信委", "工信委", "住建委", "网信办", "编办",
)
# A ministry's name before 门 is a kind (教育部门), not the ministry.
ORG_ORGAN_NOT_BEFORE = ("门",)
# A known enterprise's name right after an office, or before 同志, is a person's (自治区人民政府主席 包钢).
ORG_PERSON_ROLES = ("主席", "省长", "市长", "区长", "县长", "州长", "主任", "书记", "代省长", "代市长", "代区长")
ORG_PERSON_AFTER = ("同志",)
ORG_LEVEL_ORGAN_RULE_ID = "org.level-organ"
# 省政协委员, 区人大代表: the member names the body at its level.
ORG_MEMBER_OF_PATTERN = r"(?:人大|政协)(?=委员|代表|常委)"
# 北京市政府工作报告 is the report's title, not the government: a level organ before these is no name.
ORG_LEVEL_ORGAN_NOT_BEFORE = ("工作报告",)
# Levels at which a report names its own body (市疾控中心 is the city's); a town, township or
# street level names one of many (街道司法所 is every street's).
ORG_OWN_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州")
# Before a level organ, these words belong to a longer phrase, not to the organ (全市, 全省).
ORG_LEVEL_NOT_AFTER = ("全", "本", "各", "该", "城", "地", "都", "新", "老", "郊", "社", "辖", "园", "景", "山", "矿", "厂",
                       # 省市党委, 市区政府: bodies of two levels together, not one body
                       "省", "市", "县")
# A preposition or conjunction separates two names only if the text before it is a name or a
# collective noun, or the text after it starts like a name.
ORG_COLLECTIVE_NOUNS = ("企业", "单位", "部门", "机构", "院校", "干部", "群众", "人员", "专家", "法官", "律师")
# Words that open a name whose inner verb belongs to it (国家技术转移郑州中心, 国际深空探测学会).
ORG_NAME_ANCHORS = ("国家", "国际", "全球", "中国", "全国", "省", "市", "区", "县")
ORG_NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "nr", "j", "s", "b"})
# Tags of a proper name that may open such a name (not nr: 教授桑姆尔森|当选…).
ORG_ANCHOR_TAGS = frozenset({"ns", "nt", "nz", "j"})
ORG_NAME_PREFIXES = ("中共", "中央", "国家", "国务院", "全国", "省", "市", "区", "县", "镇", "乡", "街道")
# 十一个安全生产专业委员会: a count before a name is not part of it.
ORG_LEADING_COUNT = r"[\d〇零一二两三四五六七八九十百千万]+(?:年度|年|[个家所支名项类级强])"
# Adjective + 政府 is a goal (法治政府), not a body.
ORG_NOT_NAMES = ("上市公司", "法治政府", "数字政府", "服务型政府", "责任政府", "廉洁政府", "阳光政府", "诚信政府", "透明政府",
                 "有为政府", "效能政府", "智慧政府", "人民满意政府", "整体政府",
                 # what a city is to become, not a body (粤港澳大湾区国际科技创新中心, 国际消费中心)
                 "国际科技创新中心", "综合性国家科学中心", "国际消费中心", "国际金融中心", "国际航运中心",
                 "国际贸易中心", "国际交往中心", "国家科技创新中心", "区域科技创新中心")
# How much text after a known firm's word of trade is read to see whether a noun follows.
ORG_FOLLOWING_WINDOW = 6
# …and verbs that make a compound with the word of trade before them (智能|制造, 智能|驾驶).
ORG_TRADE_COMPOUND_HEADS = ("制造", "驾驶", "网联", "装备", "终端")
# Kinds of enterprise said before a firm's name (新央企中国长安汽车集团).
ORG_KIND_NOUNS = ("央企", "国企", "民企", "外企")
# Venues and facilities named like bodies (科学城体育中心, 深圳科技馆, 庆阳数据中心, 高铁站方舱实验室):
# places where things happen, not organisations.
ORG_VENUE_ENDINGS = ("体育中心", "活动中心", "文化中心", "科技馆", "美术馆", "纪念馆", "展览馆", "体育馆", "文化馆",
                     "会展中心", "艺术中心", "展示中心", "方舱实验室", "数据中心", "算力中心", "智算中心")
# 甲大学乙学院: the school's university is its parent organisation.
ORG_PARENT_SUFFIXES = ("大学",)
ORG_MAX_NAME = 20
PLACE_NAME_MAX = 8  # characters of a place name before a level organ (新疆维吾尔自治区)
# A bracketed place or qualifier inside or after a name belongs to it: 香港中文大学（深圳）医学院,
# 北京中医药大学深圳医院（龙岗）, 中国（南方）知识产权运营中心, 龙岗外国语学校（集团）.
ORG_BRACKET_QUALIFIERS = ("中国", "南方", "北方", "集团", "筹", "试行")
ORG_BRACKET_MAX = 6
# A campus or branch of a school or hospital is named with it (中山大学深圳校区, 康宁医院坪山院区,
# 坪山实验学校南校区, 市人民医院龙华分院, 省人民医院南院): the branch ending, after a place or one of
# these words.
# What a body runs in a place, written after its name (新加坡设计业总商会|重庆代表处).
ORG_BRANCH_OFFICES = ("代表处", "办事处", "分中心", "中心", "基地", "办公室", "分会", "分部")
ORG_BRANCH_ENDINGS = ("分校区", "校区", "院区", "分院", "分校")
ORG_BRANCH_QUALIFIERS = ("东", "南", "西", "北", "中方")
ORG_BRANCH_OF = ("大学", "学院", "学校", "中学", "小学", "医院", "研究院")
ORG_BRANCH_COURTYARDS = ("东院", "南院", "西院", "北院")
ORG_MIN_NAME = 3
# Words that end the text before an organisation's name: verbs and adverbs of several
# characters, which do not occur inside names, and two particles.
ORG_STOP_WORDS: tuple[str, ...] = FOLLOWING_VERBS + ISSUING_VERBS + (
    "及其", "暨", "规划建设", "转设为", "转设", "更名为", "派往", "一体布局", "布局", "立改废", "资助", "以上", "力争", "升级", "丰富", "建好", "建设好", "办好", "用好", "提请", "办理", "查处", "严厉", "得到", "并请", "请", "经过", "审查", "审议", "调整", "设立", "成立", "批准",
    "同意", "会同", "联合", "依托", "牵头", "带领", "领导", "指导", "监督", "接受", "听取", "邀请", "委托", "协调",
    "服务", "对标", "面向", "聚焦", "瞄准", "推荐", "认定", "命名", "入选", "获批", "批复", "支援", "帮扶", "援建",
    "的", "了", "等", "由于", "会同", "协助", "成立", "设立", "组建", "调整", "邀请", "联系", "配合", "牵头",
    "聘请", "举办", "组织", "指导", "帮助", "支持", "推动", "推进", "引进", "走访", "包括", "建成", "落实",
    "加强", "完善", "发挥", "充分", "全区", "全市", "全省", "全国", "所有", "相关", "区内", "市内", "先后",
    "同时", "依托", "通过", "实现", "成为", "参加", "召开", "开展", "入驻", "其中", "并且", "以及", "全年",
    "学习", "作为", "提交", "设置", "各", "挂牌", "授予", "获评", "评为", "荣获", "申报", "对接", "督促", "要求", "报送", "上报",
    "我代表", "代表", "新增", "筹建", "深化", "完成", "引导", "规范", "提升", "鼓励", "稳妥", "培育", "压实", "引入",
    "吸引", "落户", "遴选", "搭建", "打造", "建立", "扶持", "服务于", "依靠", "携手", "联合", "合作", "共建", "新建",
    "改建", "扩建", "启用", "加快", "提高", "实施", "开办", "争取", "启动", "创建", "探索", "推开", "促进", "进入",
    "做好", "编制", "围绕", "特别是", "优化", "全力", "塑造", "获得", "获", "推广", "保障", "确保", "主办", "承办",
    "加大", "强化", "持续", "着力", "全面", "积极", "大力", "努力", "坚持", "加速", "构建", "形成", "增加", "新招引",
    "招引", "设有", "拥有", "成功", "已有", "现有", "共有", "携", "统一到", "交由", "委托", "授权", "移交",
    "以", "对标", "处置", "开工建设", "主动", "投用", "运营", "引育", "集聚", "支撑", "带动", "发起", "签约", "整合", "重组",
    "健全", "落地", "争建", "建强", "争创", "高标准", "高质量", "高起点", "高标准建设", "高质量建设", "高水平建设", "做强", "做优", "做大", "做实", "做精",
)
# 中心 names a body only after a word for what it does (政务服务中心, 检验检测中心, 社康中心);
# otherwise it is a place or a goal (经济中心, 以人民为中心).
ORG_CENTRE_FUNCTIONS = (
    "服务", "管理", "检测", "指挥", "照料", "技术", "研究", "调解", "监测", "培训", "孵化", "救助", "交易", "数据",
    "康复", "卫生", "活动", "促进", "保障", "执法", "审批", "办事", "信息", "应急", "评估", "社康", "打印", "控制",
    "指导", "配送", "调度", "分拨", "仲裁", "援助", "诊疗", "疾控", "预防控制", "监督", "文化", "体育", "创新",
    "工程", "实验", "检验", "鉴定", "认证", "结算", "登记", "受理", "呼叫", "热线", "党群服务", "便民服务",
    "合作", "运营", "保护", "诊断", "转化", "发展", "投诉监督", "会诊", "支付", "福利", "医疗", "交流", "设计", "展示",
    "转移",
)
# Regions a centre serves, written before 中心 (国家技术转移中部中心).
ORG_REGION_WORDS = ("中部", "西部", "东部", "北部", "南部", "华中", "华南", "华东", "华北", "西南", "西北", "东北")
# Parts of speech (jieba's tags) of words that end the text before a name: verbs, adjectives,
# adverbs, prepositions, conjunctions, particles, numerals, measure words, pronouns.
ORG_STOP_TAGS = frozenset({"v", "vd", "a", "ad", "ag", "d", "m", "q", "r"})
# Tags of proper names: places, people, organisations, other proper nouns, abbreviations.
ORG_PROPER_TAGS = frozenset({"ns", "nr", "nt", "nz", "j", "nrt", "nrfg"})
# Verbs and adjectives that do stand inside names (管理委员会, 投资促进局, 政务服务中心).
ORG_NAME_VERBS: tuple[str, ...] = (
    "预防", "管理", "服务", "发展", "改革", "促进", "保护", "监督", "执法", "检验", "检测", "研究", "规划", "应急",
    "治理", "调解", "投资", "创新", "交易", "运营", "开发", "培训", "保障", "审批", "监测", "救助", "援助", "统筹",
    "协调", "指挥", "办事", "评估", "认证", "登记", "孵化", "控股", "经营", "储备", "征收", "安置", "拆迁", "综合",
    "公共", "人民", "高新", "科技", "技术", "产业", "信息", "资源", "环境", "卫生", "计划", "生育", "养老", "教育",
    "文化", "旅游", "体育", "民政", "人力", "社会", "保险", "住房", "城乡", "交通", "运输", "水务", "生态", "农业",
    "农村", "商务", "财政", "税务", "审计", "统计", "公安", "司法", "信访", "防控", "疾控", "防治", "特殊", "重点",
    "实验", "工程", "先进", "智能", "数据", "数字", "金融", "融资", "担保", "租赁", "物流", "贸易", "进出口", "协同",
    "联合", "转化", "合作", "交流", "传承", "应用", "示范", "推广", "防汛", "抗旱", "减灾", "救灾", "灭火", "防疫",
)
# Verbs that govern a name after them even right after a place (支持海南建设…中心).
# Verbs of building or founding that the dictionary also reads as nouns (建设 vn): before a name
# they govern it, unless a common noun before them makes them part of one (城市建设投资集团).
ORG_BUILDING_VERBS = ("建设", "建立", "打造", "创建", "筹建", "新建", "争创", "申建", "加快")
ORG_GOVERNING_VERBS = ("建设", "建立", "组建", "设立", "成立", "打造", "创建", "筹建", "新建", "引进", "推动", "推进",
                       "支持", "加快", "争创", "落户", "获批", "挂牌", "启用", "建成", "依托", "联合", "携手", "申建")
# Words the dictionary joins across the start of a name: 建成区 (a built-up area) before a
# district's body is 建成 (built) and the 区 of 区综合医院.
ORG_RESEGMENTED: dict[str, tuple[str, ...]] = {"建成区": ("建成", "区"), "建成市": ("建成", "市")}
# One-character prepositions and conjunctions end the text before a name only where they
# separate names (see ORG_NAME_PREFIXES): 经 starts 经济, 由 ends 自由, 和 joins 农业农村和林业.
# 暨 joins two names (…仪器暨华大基因研究院) and is a stop word where the segmenter reads it alone;
# 暨南大学 starts with it.
ORG_CONJUNCTIONS = ("和", "与", "及", "或")
# A conjunction after a place joins two things, not two words of one name (兄弟区和驻区部队,
# 深圳金融街和国际交流中心); inside a body's name it joins its fields (住房和城乡建设局).
ORG_PLACE_BEFORE_CONJUNCTION = ("区", "市", "县", "省", "街", "镇", "乡")
# …as after a name complete in itself that no ending of bodies ends (区投融署与深圳证券信息有限公司,
# 世界经济论坛和麦肯锡咨询公司).
ORG_COMPLETE_BEFORE_CONJUNCTION = ("署", "论坛", "峰会")
ORG_PREPOSITIONS = ORG_CONJUNCTIONS + ("经", "由", "向", "对", "在", "为", "将", "把", "被", "从", "跟", "是")
# Words that end like an organisation but are not one (格局 ends with 局).
ORG_FALSE_ENDINGS = ("格局", "布局", "大局", "全局", "开局", "变局", "结局", "新局", "当局", "中心组", "为中心", "好局", "破局", "客厅", "大厅", "展厅", "餐厅", "国集团", "城市政府",
                      "卫星厅", "候机厅", "干部队", "分厅")
# Endings that name one organisation by themselves: 国家发展改革委 is the ministry, not a kind.
ORG_SPECIFIC_SUFFIXES = ("发展改革委", "发改委", "国资委", "卫健委", "卫生健康委", "经信委", "工信委", "住建委", "网信办", "编办",
                         "总署", "人大常委会", "政协", "纪委", "监委", "党委")
# Endings that are organisations only right after a level of government (市政府, not 转变政府).
ORG_SUFFIX_NEEDS_LEVEL = {"政府": "市区县省镇乡州"}
# Names made only of these generic words are kinds of organisation, not organisations.
ORG_GENERIC_NAMES: tuple[str, ...] = (
    "中心", "局", "委员会", "办公室", "公司", "集团", "银行", "学校", "医院", "大学", "学院", "法院",
    "中医院", "附属医院", "专科医院", "一站式服务中心", "商协会", "学会协会",
    "服务中心", "指挥部", "领导小组", "管委会", "工委", "党工委", "各部门", "部门", "研究院", "研究所",
    "有限公司", "有限责任公司", "人民政协", "常委会", "常务委员会", "央企集团", "企业集团",
)
# A name starting with one of these words is a kind of organisation (公办学校, 三甲医院, 上市公司).
ORG_GENERIC_PREFIXES: tuple[str, ...] = (
    "公立", "公办", "民办", "中小", "新改扩建", "三甲", "义务教育", "上市", "股份合作", "社区股份", "专业化",
    "政策性", "商业", "新型", "高水平", "一流", "重点", "骨干", "龙头", "国有", "民营", "外资", "中小微", "本土",
    "新增", "更多", "各类", "各级", "基层", "乡镇", "村级", "社区", "高校", "首个", "首家", "全国", "国际",
    "示范性", "行业", "股份制", "县办", "市办", "区办", "省办", "中职", "科技型", "央企",
)
# Words that say what kind an organisation is, not which one: a name made only of these (and
# its ending) is a kind (国家重点实验室, 大型商业银行, 企业技术中心).
ORG_GENERIC_WORDS: tuple[str, ...] = (
    "国家", "国家级", "省级", "市级", "区级", "县级", "国有", "民营", "大型", "中型", "小型", "中小", "小微", "商业",
    "重点", "工程", "技术", "企业", "创新", "研究", "协同", "专业", "公共", "服务", "产业", "科技", "示范", "综合",
    "社区", "区域", "养老", "健康", "医疗", "教育", "文化", "特色", "新型", "高水平", "实验", "中小学", "公办", "民办",
    "专门", "农村", "城乡", "乡镇", "街道", "基层", "村级", "党群", "便民", "日间", "照料", "卫生", "资产", "投资",
    "财务", "集团", "土地", "股份", "证券", "金融", "合资", "项目", "外资", "跨国", "上市", "头部", "龙头", "高新",
    "技术企业", "孵化", "众创", "新型研发", "研发", "检验", "检测", "认证", "质量", "标准", "交易", "数据", "信息",
    "发展", "改革", "工作", "管理", "执法", "监督", "应急", "指挥", "调度", "安全", "生产", "救助", "培训", "就业",
    "人才", "职业", "学前", "义务", "普通", "高等", "高级", "初级", "中等", "职业技术", "医学", "转化", "联合",
    "境内", "境外", "非国有", "一流", "世界一流", "定点", "公立", "市县", "省市", "各地", "城市", "地方", "乡村",
    "社康", "老年人", "老年", "儿童", "妇幼", "中医", "治疗", "康复", "护理",
    "小规模", "各类", "薄弱", "优质", "普惠", "普惠性", "智慧", "数字化", "现代", "现代化", "国际化", "一批", "多所",
    # kinds of enterprise by owner, size or ranking: 区属国有企业, 瞪羚企业, 农民合作社, 物业管理公司
    "区属", "市属", "省属", "县属", "央属", "农民", "家庭", "专业合作", "合作社", "物业", "物业管理", "幼教",
    "瞪羚", "独角兽", "专精特新", "小巨人", "单项冠军", "隐形冠军", "链主", "平台", "总部", "外贸", "外商投资",
    "辖区", "驻区", "兄弟", "三甲", "纯", "特殊", "特殊教育", "寄宿制", "制造业", "活动", "集体", "村", "学区",
    "省外", "市外", "境外", "品牌", "城中村", "新", "专科", "基础教育", "优质基础教育", "运营", "合作", "综合性", "物流",
    # kinds of financial firm: 小额贷款公司, 融资担保公司, 科技保险公司, 村镇银行, 非银行(金融机构)
    "小额贷款", "贷款", "融资担保", "担保", "融资租赁", "金融租赁", "租赁", "保险", "基金", "信托", "典当", "支付",
    "消费金融", "村镇", "法人", "非",
    # kinds of hospital and school by field or form: 口腔医院, 肛肠专科医院, 移动医院, 托幼一体化幼儿园
    "口腔", "肛肠", "风湿病", "骨伤科", "骨科", "眼科", "精神", "肿瘤", "心血管", "传染病", "同级", "独资",
    "外商独资", "移动", "临时", "方舱", "托幼", "一体化", "研究型", "产学研", "战略",
    # fields of work: 生物制药, 销售公司, 医务集团, 基础研究
    "生物", "销售", "医务", "基础",
)
# Endings that after a place's whole name name all of a kind there (与北京市学校结对), not one.
ORG_KIND_AFTER_PLACE = ("学校",)
# A level's designation of a kind of body (省实验室, 省技术创新中心, 市工程研究中心): the province's
# programme names many such bodies, unlike 市疾控中心, which is the city's own.
ORG_DESIGNATED_SUFFIXES = ("实验室", "创新中心", "研究中心", "技术中心", "工程中心")
# A designation inside a name (欣旺达国家级企业技术中心, 国家级制造业创新中心) makes it a title
# an organisation holds, not its name.
ORG_DESIGNATIONS = ("国家级", "省级", "市级", "区级", "高水平")  # 省高水平医院: a title many hold
# Counted before a name (新设2个岐黄中医学院), a name is a kind of which there are several.
# 国家三大区域科技创新中心, 五大教育集团: "the three major …" names several bodies, not one.
ORG_COUNT_INSIDE_PATTERN = r"[两三四五六七八九十几]大(?!学|队|厦|道|桥|街|院|会|湾|楼)"
ORG_PLURAL_COUNT_PATTERN = (r"(?:(?:[2-9]|[1-9]\d+|[两二三四五六七八九十几多数]|十[一二三四五六七八九])(?:个|家|所|座|批|类|大)"
                            r"|一批|一系列|若干|一些|各个)$")
# Counted after a name that ends its clause (新增街道长者服务中心2家，示范型街道长者服务中心新增3个。),
# or a share of it said before (90%的县医院), a name is a kind of which there are several, too.
# Not the last of a list (光大同创、致尚科技2家: the count is the list's), nor a count of something
# else (中资环5家二级公司).
ORG_COUNT_AFTER_PATTERN = (r"(?:新增|新建|增至|增加|增加到|达到?|共|累计|分别)?"
                           r"(?:[2-9]|[1-9]\d+|[两二三四五六七八九十几多数]|十[一二三四五六七八九])(?:个|家|所|座|批)"
                           r"(?![\u4e00-\u9fff])")
ORG_LIST_MARKS = ("、", "和", "及")
ORG_SHARE_BEFORE_PATTERN = r"\d+(?:\.\d+)?%(?:以上)?的$"
# A name the recogniser alone found counts in a clause about organisations (or in a list).
ORG_MODEL_CONTEXT = (
    r"企业|公司|集团|央企|国企|民企|外资|签约|落户|总部|投产|引进|龙头|链主|合作|携手|组织|联合会|协会|联盟|俱乐部|"
    r"获|荣获|入选|上市|投资|项目|基地|工厂|产线|品牌|产品|研发|发布|举办|承办|主办"
)
# The statistical recogniser reads the sentences that speak of organisations: the words of
# their context, and the endings of bodies and institutions.
ORG_MODEL_CUES = ORG_MODEL_CONTEXT + r"|大学|学院|医院|研究院|实验室|部|委|署|局|办"
ORG_MODEL_RULE_ID = "org.model"
# enterprises.tsv: enterprises known across China by their short names (华为, 鞍钢, 空客).
ORG_KNOWN_ENTERPRISE_RULE_ID = "org.known-enterprise"
# A short name in a 、 list beside a known enterprise (京东方、惠科等…): at most this long.
ORG_KNOWN_LIST_RULE_ID = "org.known-enterprise.listed"
ORG_KNOWN_NEIGHBOUR_MAX = 4
# A group's known name joined to its brand's (东风岚图) is at most this long.
ORG_KNOWN_JOINED_MAX = 6
# A name that is also an ordinary word (小米, 长安, 联想) counts beside another enterprise in a
# list, or before 等…企业.
ORG_KNOWN_LIST_SEPARATORS = ("、", "和", "与", "及")
# What follows a firm's short name when a site, building or line of its own is named (联想南方智能
# 制造基地, 联想创新园, 阿里中心, 浪潮服务器生产线): the short name is the firm's even where it is
# also an ordinary word.
ORG_FIRM_SITES_AFTER = ("南方", "华南", "华北", "华东", "全球", "国际总部", "总部", "创新园", "产业园", "基地", "中心",
                        "服务器", "工厂", "生产线", "研究院", "大厦", "数据中心", "项目")
# The dash between two partners' names that name their joint venture (一汽—大众).
ORG_JOINT_VENTURE_DASHES = ("—", "－", "-")
# The part of a company's name after the known short one: 中广核工程, 恒力重工, 村田科技.
ORG_KNOWN_TAILS = ("半导体", "微电子", "科技", "工程", "重工", "造船", "速递", "快递", "物流", "汽车", "新能源", "电子", "电气",
                   "电器", "医疗", "医药", "生物", "能源", "化学", "化工", "钢铁", "材料", "航空", "智能", "通信", "通讯",
                   "软件", "地产", "置地", "置业", "实业", "石化", "炼化", "油气")
# More words a firm's name ends with (天兵科技, 仕佳光子, 天章卫星): items of a list before 等…企业
# without a count are firms when named so.
ORG_FIRM_ENDINGS = ("光子", "激光", "卫星", "航天", "机器人", "新材料", "动力", "电池", "装备", "机械", "环保", "网络",
                    "信息", "数据", "制造", "光电", "股份", "控股", "时代")
# A known name ending so is whole: no word of trade follows it (长庆油田 in 长庆油田油气当量).
ORG_FIRM_NAME_ENDINGS = ("油田", "集团", "股份", "控股", "公司", "银行", "证券", "保险", "电网", "石化", "钢铁", "时代",
                         "科技", "汽车", "能源", "电子", "电气", "通信", "通讯", "航空", "医药", "生物")
# A foreign firm is often named with its country: 法国达索, 德国巴斯夫.
ORG_KNOWN_COUNTRIES = ("美国", "英国", "法国", "德国", "日本", "韩国", "意大利", "荷兰", "瑞士", "瑞典", "丹麦", "挪威",
                       "芬兰", "西班牙", "比利时", "奥地利", "加拿大", "澳大利亚", "新加坡", "沙特", "以色列")
# A known name before these words names a place, a site or a prize: 联影小镇, 遵义茅台机场, 中国建筑装饰设计奖.
ORG_KNOWN_NOT_BEFORE = ("小镇", "机场", "世居", "故居", "装饰", "设计奖", "奖", "杯", "镇", "大道", "路", "站", "广场",
                        "公园", "景区", "片区", "社区")
ORG_KNOWN_BEFORE_KIND_PATTERN = r"等[^，。；;,\n]{0,12}?(?:企业|公司|集团|品牌|巨头|龙头|车企|药企|外资)"
ORG_MODEL_CLAUSE_MAX = 160  # characters the recogniser reads at once
ORG_MODEL_LIST_RULE_ID = "org.model.listed"
# A name the recogniser alone found must not end like these (newspapers, brands of campaigns).
ORG_MODEL_NOT_ENDINGS = ("系", "日报", "晚报", "报", "网", "汽车", "能力", "时代", "竞争力", "品牌", "体系", "平台", "工程", "性",
                         "族",  # 黎族, 苗族: a people, not a body
                         "化", "型", "式", "联合", "社保",
                         # apps and service brands of a government (宝安通, 粤省事), routes and greenways
                         "通", "省事", "绿道", "通道", "走廊",
                         # places of business and zones, not their owners (未来科技城, 农批市场, 数字化工厂)
                         "城", "小镇", "园", "市场", "工厂", "片区", "墓葬群", "遗址", "工场", "梦工场", "驿站", "空间",
                         "美食汇", "航空航天", "航天航空",
                         # rivers, lakes, bays, islands and hills (观澜河, 深圳湾)
                         "河", "湖", "湾", "岛", "山", "水库")
# Zones named inside a candidate make it a place (自贸试验区哈尔滨片区), not an organisation.
ORG_MODEL_NOT_INSIDE = ("试验区", "示范区", "开发区", "新区", "园区", "片区", "合作区", "校区", "院区")
# A county or city named without its 县/市/区 (静宁苹果) is a place, not an organisation.
PLACE_ENDINGS_DROPPED = ("县", "市", "区", "旗")
# Without an ending, a name made only of ordinary dictionary words of two or more characters
# (上海合作, 国家智能, 深圳生物科技) is a phrase the recogniser cut from a longer name; a
# proper name has a word the dictionary does not know as an ordinary word (华能, 海康, 乒联).
ORG_MODEL_ORDINARY_TAGS = ("n", "vn", "v", "a", "an", "ad", "d", "ns", "s", "f", "t", "m")
# Without a known ending, these make a name a body (环保部, 工信部) or an institution (联合国组织,
# 世界乒联); others are enterprises.
ORG_GOVERNMENT_ENDINGS = ("部", "委", "署", "办", "院", "庭", "军", "警")
ORG_INSTITUTION_ENDINGS = ("组织", "联", "联合会", "协会", "联盟", "基金", "论坛", "理事会", "馆", "库", "会",
                           # exchanges (深交所) and companies of the arts (交响乐团, 粤剧团) are not firms
                           "交所", "乐团", "剧团", "艺术团", "合唱团", "剧院",
                           # universities by their short names (深大, 南科大, 哈工大), institutes (煤化所)
                           "大", "所")
# International organisations are not firms, whatever their ending (世界银行, 亚洲开发银行).
ORG_INTERNATIONAL_PREFIXES = ("世界", "亚洲", "联合国", "国际货币", "金砖国家", "亚投")
# A name followed by one of these names an event or a thing (博览会, 大会, 赛), not an organisation.
ORG_MODEL_NOT_BEFORE = ("墓葬", "遗址", "故居", "枢纽", "产业园", "园区", "校区", "博览会", "展览会", "交易会", "大会", "峰会", "论坛", "年会", "赛", "节", "展", "会", "杯", "周",
                        "排名", "排行",
                        # …or of a fund, a market, a brand, a workshop or a housing scheme it names
                        # (中国政府引导基金, 银行间市场, 安徽文旅品牌, 鲁班工坊, 中大人才保障房; not 合作:
                        # 与华为合作 names the firm)
                        "基金", "市场", "品牌", "工坊", "保障房", "人才房", "批发", "东送")
ORG_MODEL_MIN = 2
# A two-character name is a proper name (顺丰, 美团, 万科) only if the dictionary does not know it
# as an ordinary word (东盟, 人大, 大众 are words) or knows it as a proper name.
ORG_MODEL_SHORT = 2
ORG_MODEL_PROPER_TAGS = ("nz", "nt", "nr", "nrt")
# One-character short names of provinces and cities: two of them name a partnership (深哈, 粤港).
PLACE_ABBREVIATIONS = "京津沪渝冀豫云辽黑龙湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼港澳台深穗哈杭汉蓉"
ORG_MODEL_MAX = 16
# Followed by these, a name ending is a word, not an organisation (中心工作, 中心城区, 局面).
ORG_NOT_BEFORE = ("工作", "城区", "组", "任务", "环节", "位置", "地位", "区域", "镇", "面", "势", "域", "委员", "提案",
                  "代表", "议案", "生", "毕业",
                  # a ranking named with its kind (软科中国大学排名)
                  "排名", "排行",
                  # a building, not the body in it (指挥中心大楼, 南中学堂)
                  "大楼", "大厦", "综合楼", "堂")
# …but a verb after a name is no word with its ending (河南农商银行组建, 区司法局组织开展).
ORG_NOT_BEFORE_EXCEPT = ("组建", "组织")
# Endings that also name every body of their kind (幼儿园, 中小学): a verb right before them acts on
# the kind (减免幼儿园…保育费, 推行中小学春秋假), it does not start a name.
ORG_KIND_ENDINGS = ("幼儿园", "中小学", "中小学校", "小学", "中学", "学校", "医院", "养老院", "卫生院")
# Level words that make a kind, not a body: 省级实验室, 国家级公立医院.
ORG_KIND_LEVELS = ("省级", "市级", "区级", "县级", "国家级", "省市", "市县", "省市县", "区县")
# A name does not start with a word that only ends a phrase or begins a clause.
ORG_BAD_STARTS = ("以上", "以下", "好", "性", "在", "将", "把", "对", "等", "型", "人均", "新晋", "首票", "首单", "首批",
                  # time words open a clause: 今年国有大型商业银行…
                  "今年", "去年", "明年", "当年", "同年", "全年", "近年", "前年",
                  # an ending word never starts a name (股份合作公司数字博物馆 → 公司数字博物馆)
                  "公司", "集团",
                  # …nor with the noun that closes a list of fields (核医疗等|领域省实验室)
                  "领域")
# Followed by these, an ending is a modifier, not the end of a name: 集团化办学, 股份合作公司,
# 公司法人治理, 公司制改革.
ORG_SUFFIX_NOT_BEFORE: dict[str, tuple[str, ...]] = {
    "集团": ("化",), "公司": ("化", "制", "法人", "治理"), "股份": ("合作", "制", "化"), "银行": ("业", "间", "机构"),
    "证券": ("化", "市场", "业", "投资", "交易", "期货", "基金"),  # 证券投资基金: a product
    # 中学生, 初中学业, 高中学位, 小学阶段: the ending inside an ordinary word
    "中学": ("生", "业", "位", "段", "习", "历"), "小学": ("生", "位", "段"),
    # …and a place named after one (大学科技园, 大学城), or a kind (银行机构)
    "大学": ("生", "习", "科技园", "城"), 
}


@dataclass(frozen=True)
class EnumerationRule:
    id: str
    nouns: tuple[str, ...]
    kind: OrgKind


# 甲、乙、丙等N家企业: the names listed before 等N家企业 / 等N余家企业 / 等N所院校.
ORG_ENUMERATION_RULES: tuple[EnumerationRule, ...] = (
    EnumerationRule("org.enumeration.enterprise", (
        "企业", "公司", "民营企业", "工业企业", "重点企业", "龙头企业", "外资项目", "外资企业", "央企", "国企", "民企",
        "头部企业", "链主企业", "上市公司", "企业集团", "跨国公司", "领军企业", "骨干企业", "独角兽企业",
        "总部企业", "总部项目", "龙头", "金融机构"), OrgKind.ENTERPRISE),
    EnumerationRule("org.enumeration.institution", ("院校", "高校", "学校", "医院", "科研院所", "大学"), OrgKind.INSTITUTION),
)
# The count is optional: 甲、乙等外资项目 lists names as well as 甲、乙等3家企业 does.
# 户 counts enterprises in statistics and in northern reports (思哲睿等5户企业).
# (甲、乙等成长为行业龙头: what the items became names them too)
ORG_ENUMERATION_PATTERN = (r"等\s*(?P<count>[\d{cn}]+\s*(?:余|多)?\s*(?:家|所|个|批|户))?\s*(?:成长为|成为|发展成为)?"
                           r"(?P<noun>[\u4e00-\u9fff]{{1,6}})")
ORG_COUNTLESS_LIST_NOUNS = ("外资项目", "外资企业", "央企", "国企", "民企", "头部企业", "链主企业", "上市公司", "跨国公司",
                            "企业集团", "龙头企业", "世界500强", "领军企业", "骨干企业", "独角兽企业", "总部企业", "总部项目",
                            "龙头")
# 甲、乙成功上市 / 甲在科创板上市: what is listed on an exchange is an enterprise.
# Bare 上市 is also a product's coming on the market (新药上市): only listing on an exchange counts.
# A list noun with these (等未来产业企业, 等领域龙头企业, 等重点行业企业) lists industries, not
# firms; 等行业龙头企业 lists the leading firms of their trades.
# Words before a list noun that leave it what it is (等重大外资项目, 等行业龙头企业).
ORG_LIST_NOUN_QUALIFIERS = r"^(?:行业|细分行业|本地行业|重大|重点|一批)"
# 易尚、怡亚通等优质企业: firms praised as firms, never industries.
ORG_PRAISED_FIRMS = r"(?:优质|知名|优秀|大型|标杆|明星|品牌|头部)企业"
ORG_SECTOR_NOUN = r"产业|领域|赛道|行业(?:规上)?企业"
ORG_LISTING_PATTERN = (r"(?:(?:成功|顺利|相继|先后|分别|正式)(?:在[\u4e00-\u9fffA-Za-z]{1,10})?(?:挂牌)?上市"
                       r"|在[\u4e00-\u9fffA-Za-z]{0,8}(?:板|交易所|上交所|深交所|北交所|港交所|纳斯达克|港股|美股)(?:挂牌)?上市"
                       r"|(?:挂牌|首发|IPO)上市|登陆[“\"]?[\u4e00-\u9fff]{0,6}(?:板|交易所|资本市场|上交所|深交所|北交所|港交所))"
                       r"(?!公司|企业|后备|培育|辅导|融资|审核|板块)")
ORG_LISTING_RULE_ID = "org.listed-on-exchange"
# Not a firm that lists, but where it lists or what comes there (科创板, 交易所, 北交所).
ORG_LISTING_NOT_ITEMS = ("板", "所", "市场", "资本", "股票", "公司债", "债券")
# 甲惠州乙烯、乙湛江基地等外资项目: the items are projects, each named by its firm first.
ORG_PROJECT_NOUN = "项目"
# 周大福总部大厦、深圳农商行等总部项目: headquarters are named by their firm, before 总部.
ORG_HEADQUARTERS = "总部"
ORG_HEADQUARTERS_NOUNS = ("总部项目", "总部企业")
# 中核汇能通榆、华电榆树、天楹辽源等5个…一体化项目; 安意法8英寸碳化硅晶圆、芯联12英寸…生产线等项目:
# a list of projects, whatever their qualifiers, whose items are each named by a firm before
# where the project stands or what size it is.
ORG_PROJECT_LIST_PATTERN = (r"等\s*(?:[\d{cn}]+\s*(?:余|多)?\s*(?:个|项|批|宗)|一批)?"
                            r"[^，,。；;、：:！？\n（）()]{{0,20}}?项目")
ORG_PROJECT_LIST_RULE_ID = "org.project-list"
ORG_PROJECT_ITEM_MAX = 24
ORG_PROJECT_FIRM = r"(?P<firm>[\u4e00-\u9fff]{2,6}?)(?=\d)"  # 安意法|8英寸: the name before a size
# …but routes, lines and works are named by places too (合浦至湛江铁路, 沪通铁路二期上海段,
# 万丈坡拆迁安置房): a name with these is no firm's.
ORG_PROJECT_NOT_FIRM = ("至", "到", "路", "铁", "线", "道", "港", "桥", "城际", "客专", "核电", "水", "拆", "工程",
                        "高速", "机场", "轨道", "段", "区", "期", "院", "所", "校", "中心", "实验室")
# In the item: a route, a work or a site (赣深客专, 深中通道, 庄河核电一期), named by places.
ORG_PROJECT_ROUTE_WORDS = ("至", "路", "铁路", "高速", "城际", "航道", "轨道", "矿区", "客专", "通道", "核电", "机场",
                           "大桥", "隧道", "水库", "枢纽")
# The first word of these kinds (jieba's tags: common noun, verb, verbal noun, adverb, adjective,
# distinction, time, idiom; not a proper name's) after a firm's name starts what the project
# makes or where it stands.
ORG_PROJECT_COMMON_TAGS = ("n", "v", "vn", "d", "a", "an", "ad", "b", "t", "l")
ORG_PROJECT_WHOLE_MAX = 6
ENUMERATION_ITEM_MAX = 12  # longer list items are phrases, not names
# The first item of a list starts after the clause's last verb or preposition (先后为甲、乙).
ORG_LIST_LEAD_WORDS = ORG_STOP_WORDS + ORG_PREPOSITIONS

# Names relative to the government that speaks (区政府, 市司法局, 我市…): a level, then the body.
# Read in the report's jurisdiction, 光明区's 区政府 is 深圳市光明区人民政府; without one, the
# name stays the report's own.
ORG_RELATIVE_LEVELS: tuple[str, ...] = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州")
# …the organs so named, whose name starts at the level when no place stands before it (审计|区政府).
ORG_RELATIVE_ORGANS: tuple[str, ...] = ("政府", "人民政府", "人大常委会", "人大", "政协", "党委", "纪委", "监委")
ORG_RELATIVE_PREFIXES: tuple[str, ...] = ("本", "我")
# After a level, these make a word, not a body (区域, 市场, 市民, 县域, 省级).
ORG_RELATIVE_NOT_AFTER: tuple[str, ...] = ("域", "位", "间", "块", "场", "民", "政工", "值", "区", "县", "级", "内", "外", "城",
                                           "直", "属", "情", "容", "貌", "长", "中心", "委员")
ORG_RELATIVE_BODIES: dict[str, str] = {"政府": "人民政府", "法院": "人民法院", "检察院": "人民检察院"}
ORG_RELATIVE_RULE_ID = "resolve.relative-name"
ORG_REPORT_SCOPED_RULE_ID = "resolve.report-scoped"
