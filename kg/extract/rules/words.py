"""Words and characters every finder shares: numerals, clause boundaries, the verbs of the genre.

Each list lives here once; the finders' own rule modules build on them.
"""

from __future__ import annotations

CN_DIGITS = "〇零一二两三四五六七八九十百千万"
CN_SMALL = "一二三四五六七八九十"
CJK = r"\u4e00-\u9fff"

CLAUSE_MAX = 300  # no clause is longer than this
CLAUSE_BOUNDARY = "。；;！？!?，,\n"
SENTENCE_END = "。！？!?"
SENTENCE_PUNCTUATION = "。，,；;：:！!？?、"

# Verbs by which a report says it follows a document (按照《…》): also the words that end the
# text before a name or an issuer code, since they never stand inside one.
FOLLOWING_VERBS: tuple[str, ...] = ("按照", "依据", "依照", "根据", "贯彻", "执行", "落实", "遵照", "遵循", "对照")
# Verbs by which it says it made a document (印发《…》).
ISSUING_VERBS: tuple[str, ...] = ("印发", "制定", "出台", "形成", "完成", "编制", "起草", "发布", "颁布", "制订", "公布")
# Verbs that put a law or regulation into practice (实施北京城市副中心条例, 颁布民营经济促进法).
LAW_VERBS: tuple[str, ...] = FOLLOWING_VERBS + ISSUING_VERBS + (
    "实施", "施行", "修订", "修改", "废止", "审议", "通过", "宣传", "学习", "推进", "推动", "用好", "遵守", "运用",
    "尊崇", "捍卫", "弘扬",
)
# Particles and prepositions that end the text before a name.
PARTICLES: tuple[str, ...] = ("的", "了", "以", "是", "在", "为", "对", "由", "经", "即", "及", "和", "与", "或", "见", "等")
