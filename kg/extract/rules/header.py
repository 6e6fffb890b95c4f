"""Rules of a report's head and foot, for every layout the genre uses.

Reports come as documents (文号 and 签发人, issuing body, title, 主送机关, and a closing
signature with the date: 落款) or as speeches at a congress (the title, a ——date在…会议上 line,
the speaker, 各位代表：), and web pages wrap them in furniture (下载 打印 【字号】, breadcrumbs,
来源 and 时间 lines, photo captions, share buttons, related links) that is never a fact of the
report.  The file name often repeats the title, the year, the speaker and the occasion.
"""

from __future__ import annotations

from .words import CN_SMALL, CJK

# Header lines are short; longer lines are body text.
HEADER_SHORT_LINE = 48
# How far down the file the header may reach, in non-blank lines.
HEADER_MAX_LINES = 40

# Page furniture: whole lines that are the page's, not the report's.
CLUTTER_LINE_PATTERNS: tuple[str, ...] = (
    r"^(?:下载|打印|全屏|收藏|加大|还原|减小|大|中|小|【字号[：:]?|【字体[：:]?|】|【|\||×|>|›|»|首页|分享[：:]?|分享到[：:]?|"
    r"分享到微信|打印本页|关闭窗口|返回顶部|相关文档[：:]?|相关附件>>|相关链接>>|扫一扫在手机打开当前页|【我要纠错】.*|"
    r"责任编辑[：:].*|编辑[：:].*|相关报道[：:]?|来源[：:]?|时间[：:]?|》》.*《《|政府信息公开|政府工作报告>?)$",
    r"^当前位置[：:].*",
    r"^【字号[：:].{0,16}】$",  # 【字号：大 中 小】 on one line
    r"^[0-9a-f]{16,}$",  # identifiers of linked items
    r"^.{0,60}(?:记者|摄影|通讯员).{0,30}摄\s*$",  # photo captions
    r"^.{0,40}作政府工作报告。.{0,30}(?:摄|记者.{0,10})$",
    r"^\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$",  # a bare publication time
    # a news agency's dateline: 新华社北京3月12日电, （新华社北京2023年3月14日电）
    r"^[（(]?(?:新华社|中新社|人民网|央视网|人民日报)[\u4e00-\u9fff]{0,8}?(?:\d{4}年)?\d{1,2}月\d{1,2}日电[）)]?$",
)
# 来源：北京日报 and 时间：2026-02-02, the page's source and publication date.
SOURCE_PATTERN = r"^来源[：:]\s*(?P<value>\S.{0,30})$"
SOURCE_MAX = 30  # characters of a source named on the line after 来源:
PUBLISHED_PATTERN = r"^(?:时间|发布时间|日期)[：:]\s*(?P<value>\d{4}-\d{1,2}-\d{1,2})"
BARE_PUBLISHED_PATTERN = (
    r"^(?P<value>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"  # 2026-02-02, 2026年02月10日 07时41分
    r"(?:\s+\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?$"
)
# A page of government information disclosure (政府信息公开) labels its document in a table,
# often below the page's menus and far from the top: 成文日期：2021-02-02  发布日期：2021-02-04.
DISCLOSURE_DATE = r"(?P<value>\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)"
DISCLOSURE_PUBLISHED_PATTERN = rf"发布日期[：:]\s*{DISCLOSURE_DATE}"
DISCLOSURE_WRITTEN_PATTERN = rf"成文日期[：:]\s*{DISCLOSURE_DATE}"
# Lines after the report that end it: related links, editors, glossaries are not the report's.
FOOTER_START_PATTERN = (
    r"^(?:相关报道[：:]?|相关文档[：:]?|相关附件>>|相关链接>>|责任编辑[：:]|【我要纠错】|扫一扫在手机打开当前页|"
    r"分享到[：:]?|打印本页|》》点击图片进入专题《《)"
)

# The title line: a short line naming a report.
HEADER_TITLE_RULE_ID = "header.title"
HEADER_TITLE_PATTERN = rf"^(?:关于)?[^。；;：:，,]{{0,40}}(?:工作报告|的报告|情况报告|报告|工作情况|总结)$"
# ——2026年1月25日在北京市第十六届人民代表大会第四次会议上 (dashes, brackets, Chinese numerals).
OCCASION_RULE_ID = "header.occasion"
DATE_WORDS = rf"(?P<year>\d{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*(?P<month>\d{{1,2}}|[{CN_SMALL}]{{1,3}})\s*月\s*(?P<day>\d{{1,2}}|[{CN_SMALL}]{{1,3}})\s*日"
OCCASION_PATTERN = (
    rf"^[—–―\-─]*\s*[（(]?\s*{DATE_WORDS}\s*在(?P<occasion>[{CJK}0-9]{{4,40}}?(?:会议|大会|全会|会))上[）)]?"
    rf"(?:\s+(?P<rest>.+))?$"
)
# 北京市市长 殷勇 · 自治区主席 韦 韬 · 四川省人民政府省长 施小琳 (the name may be spaced).
SPEAKER_RULE_ID = "header.speaker"
SPEAKER_TITLES = ("省长", "市长", "区长", "县长", "州长", "主席", "总理", "主任", "旗长", "盟长")
SPEAKER_PATTERN = (
    rf"^(?P<role>[{CJK}]{{0,16}}(?:{'|'.join(SPEAKER_TITLES)}))[\s\u3000]*"
    rf"(?P<name>[{CJK}](?:[\s\u3000]?[{CJK}]){{1,3}})$"
)
# A caption naming the speaker: 省长毛伟明作政府工作报告.
CAPTION_SPEAKER_PATTERN = (
    rf"(?P<role>(?:[{CJK}]{{0,10}})(?:{'|'.join(SPEAKER_TITLES)}))(?P<name>[{CJK}]{{2,3}}?)(?:同志)?(?:在[^，。]{{0,30}})?"
    r"(?:代表[^，。]{0,12})?作(?:政府)?工作报告"
)
# …set apart in the body, a caption is short.
CAPTION_MAX = 80
# The file name: 深圳市宝安区人民政府区长郭子平在深圳市宝安区第六届人民代表大会第四次会议上作政府工作报告.
FILE_SPEAKER_PATTERN = (
    rf"(?P<role>[{CJK}]{{2,20}}?(?:{'|'.join(SPEAKER_TITLES)}))(?P<name>[{CJK}]{{2,3}})在(?P<occasion>[{CJK}0-9]{{4,40}}?"
    r"(?:会议|大会))上"
)
# 今天，我们召开光明新区年度工作会议: the meeting a report's opening says it is delivered at.
CONVENED_PATTERN = rf"(?:今天|现在)[，,]?\s*我们(?:在这里)?(?:隆重)?召开(?P<occasion>[{CJK}0-9]{{4,30}}?(?:会议|大会))"
FILE_OCCASION_PATTERN = rf"在(?P<occasion>[{CJK}0-9]{{4,40}}?(?:会议|大会))上"
# …or the session itself in the name (2024年龙华区二届人大四次会议政府工作报告).
FILE_SESSION_PATTERN = (rf"^(?:\d{{4}}年)?(?P<occasion>[{CJK}]{{0,12}}?第?[{CN_SMALL}]{{1,3}}届"
                        rf"(?:人大|人民代表大会)第?[{CN_SMALL}]{{1,3}}次会议)")
FILE_RULE_PREFIX = "header.file-name"
# A file named after its report gives the title: the name without the year added after _ and
# without the occasion in brackets (2023年政府工作报告（在…会议上）_2023), or what follows 作
# (…在…会议上作政府工作报告).
FILE_TITLE_PATTERN = (
    rf"^(?:.*?(?:会议|大会)上作)?(?P<title>[{CJK}0-9（）()“”]{{2,60}}?(?:报告|讲话))"
    r"(?:[（(][^（）()]*[）)])?(?:_\d{4}年?)?$"
)

# Documents: 文号 with 签发人, the issuing body, 主送机关 and the 落款 at the foot.
SIGNER_PATTERN = r"签发人\s*[:：]\s*(?P<name>[\u4e00-\u9fff·]{2,6})"
# 主送机关 ends with a colon and names a body; a sentence such as 现将有关情况报告如下： is not one.
RECIPIENT_PATTERN = r"^(?P<name>[^。，,；;！？!?]{2,30})[:：]$"
RECIPIENT_NOT = ("如下", "报告", "各位", "代表", "同志", "现将", "情况", "说明", "意见", "工作", "以下", "是")
DATE_PATTERN = rf"^{DATE_WORDS}$"
FOOTER_MAX_LINES = 3

# 现在，我代表北京市人民政府，向大会报告: the body that delivers the report.
ISSUER_RULE_ID = "header.issuer"
# (我代表新区党工委、管委会: two bodies together)
DELIVERED_BY_PATTERN = rf"我代表(?P<issuer>[{CJK}][{CJK}、]{{1,23}}?)(?:[，,]\s*)?(?:向(?:大会|你们)|作)"
# The words that open a relative name: 省人民政府 is the province's government.
RELATIVE_LEVELS = ("自治区", "自治州", "自治县", "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡")

# The year: in the title (2026年北京市政府工作报告, 关于2020年度…的报告), else in the file name.
YEAR_PATTERN = r"(?P<year>(?:19|20)\d{2})\s*年"
FILE_YEAR_PATTERN = r"(?:^|[_\-（(\s])(?P<year>(?:19|20)\d{2})(?:年)?(?:[_\-）)\s]|$)|(?P<year2>(?:19|20)\d{2})年"
# The year a review section names: 一、2025年工作回顾.
REVIEWED_YEAR_PATTERN = (
    rf"^(?:[{CN_SMALL}]{{1,3}}[、.．]\s*)?(?P<year>(?:19|20)\d{{2}})\s*年度?"  # 一、2021年法治政府建设的主要举措和成效
    r"|(?P<year2>(?:19|20)\d{2})\s*年(?:度)?(?:工作|和|及|主要工作|政府工作)"
)
# Reports on a year's work (法治政府建设年度报告, 工作总结) review the year in their title; a
# government work report, delivered at the next year's congress, reviews the year before.
DELIVERED_REPORT_WORDS = ("政府工作报告",)

# The country's government speaks for the whole country.
NATIONAL_BODIES = ("国务院", "中华人民共和国国务院")
NATIONAL_JURISDICTION = "中华人民共和国"
# Areas that are not administrative divisions but are governed by a 管委会: their name ends so.
AREA_ENDINGS = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "新区", "自贸区", "合作区", "示范区", "园区")

# Where each header fact was read: the ids its findings carry.
SOURCE_RULE_ID = "header.source"
PUBLISHED_RULE_ID = "header.published"
WRITTEN_RULE_ID = "header.written"
DELIVERED_RULE_ID = "header.delivered"
SIGNED_RULE_ID = "header.signed"
CAPTION_SPEAKER_RULE_ID = "header.caption-speaker"
YEAR_TITLE_RULE_ID = "header.year.title"
YEAR_DELIVERED_RULE_ID = "header.year.delivered"
YEAR_SIGNED_RULE_ID = "header.year.signed"
REVIEWED_YEAR_HEADING_RULE_ID = "header.reviewed-year.heading"
REVIEWED_YEAR_ANNUAL_RULE_ID = "header.reviewed-year.annual"
REVIEWED_YEAR_PREVIOUS_RULE_ID = "header.reviewed-year.previous"
JURISDICTION_RULE_ID = "header.jurisdiction"
JURISDICTION_NATIONAL_RULE_ID = "header.jurisdiction.national"
JURISDICTION_AREA_RULE_ID = "header.jurisdiction.area"
