"""The questions ``kg ask`` understands, kept as data: kinds, synonyms and patterns with ids.

A pattern is a regular expression over the normalised question (NFKC, lower case, no trailing
punctuation); ``@name`` stands for the alternatives of the synonym list ``name``.  Named groups
carry the arguments: ``a`` and ``b`` (entities), ``pair`` (two entities joined by 和/and),
``n`` (a section number), ``phrase`` and ``unit`` (what a figure counts), ``field`` (a
report fact) and ``top`` or ``top2`` (how many to rank).  Patterns are tried in order; the first that
matches decides the kind.  Nothing here names an entity of a particular report.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of question: what it answers, and one example question in each language.

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
    Kind("mentions", "the measures that mention an organisation, enterprise or person",
         "哪些措施提到了{organisation}", "which measures mention {organisation}"),
    Kind("document", "what a document is: title, number, type, issuer code, year, where it is cited",
         "{document}是什么文件", "what is {document}"),
    Kind("figures", "the figures about a phrase: value, unit, qualifier and source",
         "{phrase}是多少", "how many {phrase}"),
    Kind("section", "the items (measures, problems, plans) of a numbered section",
         "第三部分有哪些措施", "which measures are in section 3"),
    Kind("problems", "the problems and shortcomings the report admits",
         "存在哪些问题", "what problems does the report admit"),
    Kind("plans", "the plans for the next period",
         "下一步工作计划有哪些", "what are the plans"),
    Kind("report", "the report's signer, issuing body, recipient, date, number and title",
         "报告的签发人是谁", "who signed the report"),
    Kind("top-documents", "the documents cited by the most text units",
         "引用最多的文件", "most cited documents"),
    Kind("top-measures", "the measures that cite the most documents",
         "哪些措施引用的文件最多", "which measures cite the most documents"),
    Kind("top-organisations", "the organisations mentioned most often",
         "提到最多的机构", "most mentioned organisations"),
    Kind("connection", "how two entities are connected: shortest paths through the graph",
         "{organisation}和{document}有什么关系", "how is {organisation} connected to {document}"),
)

SYNONYMS: dict[str, tuple[str, ...]] = {
    # Chinese
    "which": ("哪些", "哪几条", "哪几项", "哪几个", "哪条", "哪项", "哪个", "什么", "那些"),
    "measure": ("工作措施", "措施", "举措", "条目", "工作", "内容", "段落"),
    "cite": ("引用", "援引", "引述", "依据", "根据", "按照", "参照", "遵循", "落实", "执行", "贯彻",
             "印发", "制定", "出台", "用到"),
    "mention": ("提到", "提及", "涉及", "谈到", "说到", "出现"),
    "org": ("机构", "企业", "单位", "组织", "部门", "公司", "机关"),
    "doc": ("文件", "政策文件", "政策", "文"),
    "most": ("最多", "最频繁", "最常"),
    "relation": ("关系", "联系", "关联", "连接", "路径"),
    "and": ("和", "与", "跟", "同", "及"),
    "problem": ("问题", "不足", "差距", "短板", "困难"),
    "plan": ("工作计划", "工作安排", "工作打算", "工作部署", "工作思路", "工作任务", "计划", "打算", "安排", "思路",
             "部署", "任务"),
    "part": ("部分", "章", "节", "大项", "项"),
    "report": ("这份报告", "本报告", "该报告", "报告"),
    "many": ("多少", "几"),
    # English
    "measures_en": ("measures", "measure", "items", "item", "parts", "paragraphs", "units"),
    "cite_en": ("cite", "cites", "cited", "quote", "quotes", "refer to", "refers to", "follow", "follows",
                "implement", "implements", "use", "uses", "issue", "issues", "reference", "references"),
    "mention_en": ("mention", "mentions", "name", "names", "talk about", "talks about", "involve", "involves"),
    "org_en": ("organisations", "organizations", "organisation", "organization", "enterprises", "enterprise",
               "companies", "company", "bodies", "body", "institutions", "entities"),
    "part_en": ("section", "part", "chapter"),
}

# The report facts a question may ask for: words → field id (the fields are in queries.REPORT_FIELDS).
FIELD_WORDS: dict[str, str] = {
    "签发人": "signer", "签发": "signer", "签字": "signer", "签署": "signer",
    "发文机关": "issuer", "发文单位": "issuer", "发布机关": "issuer", "发布": "issuer", "印发": "issuer",
    "制发": "issuer", "发文": "issuer",
    "主送机关": "recipient", "主送": "recipient", "报送": "recipient", "报给": "recipient",
    "成文日期": "date", "日期": "date", "时间": "date", "成文": "date",
    "文号": "number", "发文字号": "number", "编号": "number",
    "标题": "title", "题目": "title", "名称": "title",
    "年度": "year",
    "signer": "signer", "signed": "signer", "sign": "signer", "signatory": "signer",
    "issuer": "issuer", "issuing body": "issuer", "issued": "issuer", "issue": "issuer", "author": "issuer",
    "recipient": "recipient", "addressed": "recipient", "addressee": "recipient", "signing date": "date",
    "什么时候": "date", "何时": "date", "哪天": "date", "哪一天": "date",
    "date": "date", "dated": "date", "when": "date",
    "document number": "number", "number": "number",
    "title": "title", "year": "year",
}
FIELD_ALTERNATIVES = "|".join(sorted(FIELD_WORDS, key=len, reverse=True))

NUMBER_WORDS_EN: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
    "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}
_N_EN = r"(?P<n>\d+(?:\.\d+)*|" + "|".join(NUMBER_WORDS_EN) + ")"
_N_ZH = r"(?P<n>[一二三四五六七八九十]+|\d+(?:\.\d+)*)"
_TOP = r"(?:前(?P<top>\d+)(?:个|名|条|项|份|家)?的?)?"
_TOP2 = _TOP.replace("top>", "top2>")
_TOP_EN = r"(?:(?:the )?top (?P<top>\d+) )?"
_FIELD = r"(?P<field>" + FIELD_ALTERNATIVES + ")"


@dataclass(frozen=True)
class Pattern:
    id: str
    kind: str
    lang: str
    regex: str


PATTERNS: tuple[Pattern, ...] = (
    # Rankings first: they share words with the citing and mentions questions.
    Pattern("top-documents.zh.cited-most", "top-documents", "zh", r"^(?:@which)?" + _TOP + r"(?:@doc)(?:是)?被?引用(?:得|次数)?@most(?:的)?(?:@doc)?(?:是哪些|有哪些|是什么)?$"),
    Pattern("top-documents.zh.most-cited", "top-documents", "zh", r"^" + _TOP + r"(?:被)?引用(?:次数)?@most的" + _TOP2 + r"(?:@doc)(?:是哪些|有哪些|是什么)?$"),
    Pattern("top-documents.zh.ranking", "top-documents", "zh", r"^(?:@doc)(?:被)?引用(?:次数)?(?:排名|排行|排序)$"),
    Pattern("top-documents.en.most-cited", "top-documents", "en", r"^(?:what are |which are |list |show )?(?:the )?" + _TOP_EN + r"most[- ](?:frequently |often )?(?:cited|referenced|quoted) documents?$"),
    Pattern("top-documents.en.which-cited-most", "top-documents", "en", r"^(?:which|what) documents? (?:are|is|were|was|gets?) (?:cited|referenced|quoted) (?:the )?most(?: often)?$"),
    Pattern("top-documents.en.ranking", "top-documents", "en", r"^" + _TOP_EN + r"documents? (?:ranked |sorted )?by (?:citations?|number of citations)$"),

    Pattern("top-measures.zh.which-most", "top-measures", "zh", r"^(?:@which)?(?:@measure)引用(?:的)?(?:@doc)(?:数量|数目)?@most(?:的是哪些|的是哪条)?$"),
    Pattern("top-measures.zh.most-docs", "top-measures", "zh", r"^" + _TOP + r"引用(?:的)?(?:@doc)(?:数量|数目)?@most的(?:@measure)(?:是哪些|有哪些|是什么)?$"),
    Pattern("top-measures.zh.ranking", "top-measures", "zh", r"^(?:@measure)引用(?:@doc)(?:数量)?(?:排名|排行|排序)$"),
    Pattern("top-measures.en.citing-most", "top-measures", "en", r"^(?:which |what |the )?" + _TOP_EN + r"(?:@measures_en) (?:that |which )?(?:cite|citing|cites|reference|referencing|references) the most documents?$"),
    Pattern("top-measures.en.most-citations", "top-measures", "en", r"^(?:which |what |the )?" + _TOP_EN + r"(?:@measures_en) with the most (?:citations|cited documents|documents)$"),
    Pattern("top-measures.en.ranking", "top-measures", "en", r"^" + _TOP_EN + r"(?:@measures_en) (?:ranked |sorted )?by (?:number of )?(?:citations|cited documents)$"),

    Pattern("top-organisations.zh.mentioned-most", "top-organisations", "zh", r"^(?:@which)?" + _TOP + r"(?:@org)被?(?:@mention)(?:得|次数)?@most(?:的)?(?:@org)?(?:是哪些|有哪些|是什么)?$"),
    Pattern("top-organisations.zh.most-mentioned", "top-organisations", "zh", r"^" + _TOP + r"(?:被)?(?:@mention)(?:次数)?@most的" + _TOP2 + r"(?:@org)(?:是哪些|有哪些|是什么)?$"),
    Pattern("top-organisations.zh.ranking", "top-organisations", "zh", r"^(?:@org)(?:被)?(?:@mention)(?:次数)?(?:排名|排行|排序)$"),
    Pattern("top-organisations.en.most-mentioned", "top-organisations", "en", r"^(?:what are |which are |list |show )?(?:the )?" + _TOP_EN + r"most[- ](?:frequently |often )?(?:mentioned|named|cited) (?:@org_en)$"),
    Pattern("top-organisations.en.which-mentioned-most", "top-organisations", "en", r"^(?:which|what) (?:@org_en) (?:are|is|were|was|get|gets) (?:mentioned|named) (?:the )?most(?: often)?$"),
    Pattern("top-organisations.en.ranking", "top-organisations", "en", r"^" + _TOP_EN + r"(?:@org_en) (?:ranked |sorted )?by (?:number of )?mentions$"),

    # Connections before the entity questions: "X和Y有什么关系" would otherwise read as one name.
    Pattern("connection.zh.what-relation", "connection", "zh", r"^(?P<pair>.+?)(?:之间)?(?:有|存在)?(?:什么|何种|怎样的|哪些|啥)(?:@relation)(?:吗|呢)?$"),
    Pattern("connection.zh.how-related", "connection", "zh", r"^(?P<pair>.+?)(?:之间)?(?:是)?(?:如何|怎么|怎样)(?:关联|联系|连接|相关)(?:的|起来的?)?$"),
    Pattern("connection.zh.the-relation", "connection", "zh", r"^(?P<pair>.+?)(?:之间)?的(?:@relation)(?:是什么)?$"),
    Pattern("connection.en.how-connected", "connection", "en", r"^how (?:is|are|was|were) (?P<a>.+?) (?:connected|related|linked) (?:to|with) (?P<b>.+)$"),
    Pattern("connection.en.between", "connection", "en", r"^(?:what is |what's )?(?:the )?(?:relationship|relation|connection|link|path) between (?P<a>.+?) and (?P<b>.+)$"),
    Pattern("connection.en.connects", "connection", "en", r"^(?:what|how) (?:connects|links|relates) (?P<a>.+?) (?:and|to|with) (?P<b>.+)$"),
    Pattern("connection.en.pair-connected", "connection", "en", r"^how (?:are|is) (?P<pair>.+ and .+) (?:connected|related|linked)$"),

    # Report facts.
    Pattern("report.zh.field-is", "report", "zh", r"^(?:@report)(?:的)?" + _FIELD + r"(?:人|机关)?(?:是|为)?(?:谁|什么|哪个|哪家|哪天|哪一天|多少|何时|什么时候)?$"),
    Pattern("report.zh.who-did", "report", "zh", r"^(?:@report)?(?:是)?(?:由)?(?:谁|哪个(?:机关|单位|部门)|哪家(?:机关|单位))" + _FIELD + r"(?:了)?(?:的)?(?:@report)?$"),
    Pattern("report.zh.who-did-report", "report", "zh", r"^(?:谁|哪个(?:机关|单位|部门))" + _FIELD + r"(?:了)?(?:@report)$"),
    Pattern("report.zh.when", "report", "zh", r"^(?:@report)(?:是)?(?P<field>什么时候|何时|哪天|哪一天)(?:签发|发布|印发|成文|签署)(?:的)?$"),
    Pattern("report.zh.bare-field", "report", "zh", r"^(?P<field>签发人|发文机关|主送机关|成文日期|发文字号)(?:是|为)?(?:谁|什么|哪个|哪家|哪天|多少)?$"),
    Pattern("report.zh.facts", "report", "zh", r"^(?:@report)(?:的)?(?:基本)?(?:信息|情况|概况|要素|事实)(?:是什么|有哪些)?$"),
    Pattern("report.en.who-signed", "report", "en", r"^(?:who|which (?:body|authority|organi[sz]ation)) (?P<field>signed|issued) (?:the |this )?report$"),
    Pattern("report.en.field-of", "report", "en", r"^(?:what is |what's |who is |who's )?(?:the )?(?:report'?s |report )" + _FIELD + r"$"),
    Pattern("report.en.field-of-report", "report", "en", r"^(?:what is |what's |who is |who's )?(?:the )?" + _FIELD + r" of (?:the |this )?report$"),
    Pattern("report.en.when", "report", "en", r"^(?P<field>when) (?:was|is) (?:the |this )?report (?:signed|issued|dated|written)$"),
    Pattern("report.en.to-whom", "report", "en", r"^(?:who|to whom|which body) (?:is|was) (?:the |this )?report (?P<field>addressed)(?: to)?$"),
    Pattern("report.en.bare-field", "report", "en", r"^(?:what is |what's |who is |who's |what was |who was )?the (?P<field>signer|issuer|issuing body|recipient|addressee|document number|signing date)$"),
    Pattern("report.en.facts", "report", "en", r"^(?:report (?:facts|details|info(?:rmation)?|metadata)|(?:tell me )?about (?:the |this )?report)$"),

    # Structure.
    Pattern("section.zh.part-n", "section", "zh", r"^第" + _N_ZH + r"(?:@part)(?:有|包括|包含|讲了|列了)?(?:@which)?的?(?:@measure|@problem|@plan)?(?:有哪些|是什么|都有什么)?$"),
    Pattern("section.zh.n-part", "section", "zh", r"^" + _N_ZH + r"(?:、)?(?:@part)(?:有|包括|包含)?(?:@which)?的?(?:@measure|@problem|@plan)(?:有哪些|是什么)?$"),
    Pattern("section.zh.how-many", "section", "zh", r"^第" + _N_ZH + r"(?:@part)(?:有|共有|一共有|包括)?(?:多少|几)(?:条|项|个)?(?:@measure|@problem|@plan)?$"),
    Pattern("section.zh.measures-of", "section", "zh", r"^(?:@measure|@problem|@plan)(?:在)?第" + _N_ZH + r"(?:@part)(?:的)?(?:有哪些)?$"),
    Pattern("section.en.which-in", "section", "en", r"^(?:which|what) (?:@measures_en|problems|plans)(?: are| were)? (?:in|of|under) (?:the )?(?:@part_en) " + _N_EN + r"$"),
    Pattern("section.en.of", "section", "en", r"^(?:list |show )?(?:the )?(?:@measures_en|problems|plans) (?:of|in|under) (?:the )?(?:@part_en) " + _N_EN + r"$"),
    Pattern("section.en.part-measures", "section", "en", r"^(?:list |show )?(?:the )?(?:@part_en) " + _N_EN + r"(?:'s)?(?: (?:@measures_en|contents|problems|plans))?$"),
    Pattern("section.en.how-many", "section", "en", r"^how many (?:@measures_en|problems|plans) (?:are|were) (?:there )?(?:in|under) (?:the )?(?:@part_en) " + _N_EN + r"$"),
    Pattern("section.en.ordinal", "section", "en", r"^(?:which|what) (?:@measures_en) (?:are|does) (?:the )?" + _N_EN + r" (?:@part_en)(?: contain| have| hold)?$"),

    Pattern("problems.zh.which", "problems", "zh", r"^(?:@report)?(?:还)?(?:存在|有|承认了?|指出了?|提到了?)(?:@which|的)?(?:@problem)(?:和|与)?(?:@problem)?(?:有哪些|是什么)?$"),
    Pattern("problems.zh.how-many", "problems", "zh", r"^(?:@report)?(?:还)?(?:存在|有|承认了?|指出了?)(?:多少|几)(?:个|条|项|方面)?(?:@problem)$"),
    Pattern("problems.zh.are", "problems", "zh", r"^(?:存在的)?(?:@problem)(?:和|与)?(?:@problem)?(?:有哪些|是什么|是哪些)$"),
    Pattern("problems.zh.list", "problems", "zh", r"^(?:列出|列举|看看)?(?:@report)?(?:的|中的)?(?:存在的)?(?:@problem)(?:和|与)?(?:@problem)?(?:清单|列表)?$"),
    Pattern("problems.en.which", "problems", "en", r"^(?:what|which) (?:problems|shortcomings|weaknesses|issues)(?: are there| remain| exist)?(?: does the report (?:admit|mention|identify|list))?$"),
    Pattern("problems.en.how-many", "problems", "en", r"^how many (?:problems|shortcomings|weaknesses)(?: are there| does the report (?:admit|mention|identify|list))?$"),
    Pattern("problems.en.list", "problems", "en", r"^(?:list |show )?(?:the |all )?(?:problems|shortcomings|weaknesses)(?: (?:and|or) (?:shortcomings|problems|weaknesses))?(?: (?:in|of) the report)?$"),
    Pattern("problems.en.what-are", "problems", "en", r"^what (?:are|were) the (?:report'?s )?(?:problems|shortcomings|weaknesses)(?: (?:admitted|identified|mentioned))?$"),

    Pattern("plans.zh.next", "plans", "zh", r"^(?:@report)?(?:的)?(?:下一步|下一阶段|今后|明年|来年|接下来)(?:的)?(?:@plan)?(?:@plan)?(?:有哪些|是什么|有什么|怎么做)?$"),
    Pattern("plans.zh.how-many", "plans", "zh", r"^(?:@report)?(?:下一步|今后|明年)?(?:有)?(?:多少|几)(?:个|条|项|方面)?(?:@plan)$"),
    Pattern("plans.zh.which", "plans", "zh", r"^(?:@report)?(?:的)?(?:工作)?(?:@plan)(?:有哪些|是什么|有什么)$"),
    Pattern("plans.zh.what-will", "plans", "zh", r"^(?:@report)?(?:下一步|今后|明年)?(?:打算|计划|准备)(?:做|干)?(?:什么|哪些)(?:工作)?$"),
    Pattern("plans.en.what-are", "plans", "en", r"^(?:what|which) (?:are |were )?(?:the )?(?:plans|next steps|future plans|planned measures)(?: for (?:the )?next (?:year|period|stage))?$"),
    Pattern("plans.en.how-many", "plans", "en", r"^how many (?:plans|next steps)(?: are there| does the report (?:make|list|set out))?$"),
    Pattern("plans.en.list", "plans", "en", r"^(?:list |show )?(?:the |all )?(?:plans|next steps|work plans?)(?: for (?:the )?next (?:year|period|stage))?$"),
    Pattern("plans.en.will", "plans", "en", r"^what (?:does|will) the report (?:plan|propose|intend)(?: to do)?(?: next)?$"),

    # Entity questions.
    Pattern("citing.zh.which-cite", "citing", "zh", r"^(?:有)?(?:@which)(?:@measure)?(?:@cite)了?(?P<a>.+)$"),
    Pattern("citing.zh.by-which", "citing", "zh", r"^(?P<a>.+?)(?:被|由)(?:@which)(?:@measure)?(?:@cite)(?:了|过)?$"),
    Pattern("citing.zh.citing-x", "citing", "zh", r"^(?:@cite)了?(?P<a>.+?)的(?:@measure)(?:有哪些|是哪些|是什么|有什么)?$"),
    Pattern("citing.zh.where-cited", "citing", "zh", r"^(?P<a>.+?)(?:在哪里|在哪儿|在哪)(?:被)?(?:@cite)(?:了|过)?$"),
    Pattern("mentions.zh.which-mention", "mentions", "zh", r"^(?:有)?(?:@which)(?:@measure)?(?:@mention)了?(?P<a>.+)$"),
    Pattern("mentions.zh.by-which", "mentions", "zh", r"^(?P<a>.+?)(?:被)(?:@which)(?:@measure)?(?:@mention)(?:了|过)?$"),
    Pattern("mentions.zh.mentioning-x", "mentions", "zh", r"^(?:@mention)了?(?P<a>.+?)的(?:@measure)(?:有哪些|是哪些|是什么|有什么)?$"),
    Pattern("mentions.zh.where", "mentions", "zh", r"^(?P<a>.+?)(?:在哪里|在哪儿|在哪)(?:被)?(?:@mention)(?:了|过)?$"),
    Pattern("citing.en.which-cite", "citing", "en", r"^(?:which|what) (?:@measures_en) (?:@cite_en) (?P<a>.+)$"),
    Pattern("citing.en.citing", "citing", "en", r"^(?:list |show )?(?:the )?(?:@measures_en) (?:citing|that cite|which cite|referring to|that refer to|following|that follow|quoting) (?P<a>.+)$"),
    Pattern("citing.en.where-cited", "citing", "en", r"^(?:where|by what|by which (?:@measures_en)) (?:is|was|are|were) (?P<a>.+?) (?:cited|referenced|quoted|followed|used)$"),
    Pattern("citing.en.who-cites", "citing", "en", r"^(?:who|what) (?:cites|quotes|references) (?P<a>.+)$"),
    Pattern("mentions.en.which-mention", "mentions", "en", r"^(?:which|what) (?:@measures_en) (?:@mention_en) (?P<a>.+)$"),
    Pattern("mentions.en.mentioning", "mentions", "en", r"^(?:list |show )?(?:the )?(?:@measures_en) (?:mentioning|that mention|which mention|naming|about|involving) (?P<a>.+)$"),
    Pattern("mentions.en.where-mentioned", "mentions", "en", r"^where (?:is|are|was|were) (?P<a>.+?) (?:mentioned|named)$"),

    # Figures (after the document-number question, which also says "number of").
    Pattern("document.en.number-of", "document", "en", r"^(?:what is |what's )?(?:the )?(?:document )?number of (?P<a>.+)$"),
    Pattern("document.en.title-of", "document", "en", r"^(?:what is |what's )?(?:the )?title of (?P<a>.+)$"),
    Pattern("figures.zh.how-many", "figures", "zh", r"^(?P<phrase>.+?)(?:是|为|有|共|共有|达到?|一共|总共)?(?:@many)(?P<unit>[\u4e00-\u9fff%]{0,3}?)(?:呢|啊)?$"),
    Pattern("figures.zh.figures-of", "figures", "zh", r"^(?:关于)?(?P<phrase>.+?)的?(?:数字|数据|数值|数量|统计|统计数字)(?:是|有)?(?:多少|哪些|什么)?$"),
    Pattern("figures.en.how-many", "figures", "en", r"^how (?:many|much) (?P<phrase>.+?)(?: (?:were|was|are|is|did|does|have|has)\b.*)?$"),
    Pattern("figures.en.figures-about", "figures", "en", r"^(?:what are |show |list )?(?:the )?(?:figures?|numbers?|statistics|stats|data) (?:about|for|on) (?P<phrase>.+)$"),
    Pattern("figures.en.value-of", "figures", "en", r"^what (?:is|was) the (?:value|amount|number|total) of (?P<phrase>.+)$"),

    # Document facts last: "X是什么" is the most general form.
    Pattern("document.zh.number-of", "document", "zh", r"^(?P<a>.+?)的(?:文号|发文字号|编号)(?:是(?:什么|多少|哪个))?$"),
    Pattern("document.zh.title-of", "document", "zh", r"^(?P<a>.+?)的(?:标题|题目|题名|名称|全称|文件名)(?:是什么)?$"),
    Pattern("document.zh.what-is", "document", "zh", r"^(?P<a>.+?)(?:是|指)(?:什么|哪个|哪份|哪一个|啥)(?:@doc)?(?:的)?(?:文号)?$"),
    Pattern("document.zh.about", "document", "zh", r"^(?:查询|介绍一下|介绍|查一下|查)?(?P<a>.+?)(?:的)?(?:信息|情况|详情|基本情况)$"),
    Pattern("document.en.what-is", "document", "en", r"^(?:what|which document) is (?P<a>.+)$"),
    Pattern("document.en.about", "document", "en", r"^(?:tell me about|describe|look up|info on|information about) (?P<a>.+)$"),
)

# One-line summaries of answers and the words around them, in the question's language.
# {n} is the number of items, {name} what was asked about.
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
    "and": {"zh": "{a}和{b}", "en": "{a} and {b}"},
    "unknown": {"zh": "图中没有名为“{name}”的实体", "en": "nothing in the graph is named “{name}”"},
    "not-understood": {"zh": "没能理解这个问题：{name}", "en": "Sorry, I did not understand: {name}"},
    "closest": {"zh": "图中最接近的名称：", "en": "closest names in the graph: "},
    "forms": {"zh": "可以这样提问（每类各一个中文和英文例子）：",
              "en": "Questions I understand (one example of each, in Chinese and English):"},
}
