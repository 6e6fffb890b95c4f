"""kg ask on the bundled report: every kind of question in several phrasings, Chinese and English.

Expected answers are stable facts of the report (who signed it, which measure cites which
document) or are computed independently with rdflib / kg.network from the same graph.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph, URIRef

from kg.ask import Answer, answer
from kg.graph.store import open_store
from kg.graph.vocab import DATA_NS as DATA, KG_NS as KG, ORG

DOC_10 = DATA + "doc/渭编发〔2020〕10号"
BEIREN = DATA + "org/北人印机"


@pytest.fixture(scope="module")
def store(bundled_graph_file: Path):
    return open_store(bundled_graph_file)


def ask(store, question: str) -> Answer:
    return answer(question, store)


def paths(result: Answer) -> set[str]:
    return {item.path for item in result.items if item.path}


# --- citing measures ----------------------------------------------------------------------

CITING = [
    ("zh", "哪些措施引用了渭编发〔2020〕10号"),
    ("zh", "渭编发[2020]10号被哪些措施引用"),
    ("zh", "引用了《渭南市市本级五个领域综合执法改革实施方案》的措施有哪些"),
    ("zh", "哪些措施依据了渭编发（2020）10号？"),
    ("zh", "五个领域综合执法改革实施方案在哪里被引用"),
    ("en", "which measures cite 渭编发[2020]10号"),
    ("en", "Which measures cite 渭编发【2020】10号?"),
    ("en", "measures citing 渭南市市本级五个领域综合执法改革实施方案"),
    ("en", "where is 《渭南市市本级五个领域综合执法改革实施方案》 cited"),
    ("en", "who cites 渭编发(2020)10号"),
]


@pytest.mark.parametrize("lang,question", CITING)
def test_citing_measures_by_number_title_or_part(store, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "citing", result.pattern
    assert paths(result) == {"3.1.1"}
    (item,) = result.items
    assert item.type == "Measure" and item.iri.endswith("/measure/3.1.1")
    assert item.text.startswith("按照《渭南市市本级五个领域综合执法改革实施方案》")
    assert "渭编发〔2020〕10号" in item.extra["evidence"][0]
    assert item.extra["target"]["iri"] == DOC_10


@pytest.mark.parametrize("brackets", ["〔〕", "[]", "()", "（）", "【】", "［］"])
def test_every_bracket_form_finds_the_same_document(store, brackets: str):
    opening, closing = brackets
    result = ask(store, f"哪些措施引用了渭编发{opening}2020{closing}10号")
    assert paths(result) == {"3.1.1"}


# --- mentions -----------------------------------------------------------------------------

MENTIONS = [
    ("zh", "哪些措施提到了北人印机"),
    ("zh", "北人印机被哪些措施提及"),
    ("zh", "提到北人印机的措施有哪些"),
    ("zh", "北人印机在哪里出现"),
    ("en", "which measures mention 北人印机"),
    ("en", "measures mentioning 北人印机"),
    ("en", "where is 北人印机 mentioned"),
]


@pytest.mark.parametrize("lang,question", MENTIONS)
def test_measures_mentioning_an_enterprise(store, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "mentions", result.pattern
    assert paths(result) == {"1.3.1", "1.3.4"}
    for item in result.items:
        assert item.type == "Measure" and "北人印机" in item.text
        assert item.extra["evidence"] == ["北人印机"]


def test_a_mention_question_about_a_document_answers_with_citations(store):
    """The verb suggests a kind; what the name turns out to be decides it."""
    result = ask(store, "哪些措施提到了渭编发〔2020〕10号")
    assert result.kind == "citing" and paths(result) == {"3.1.1"}


# --- document facts -----------------------------------------------------------------------

DOCUMENT = [
    ("zh", "渭编发〔2020〕10号是什么文件"),
    ("zh", "渭编发[2020]10号是什么"),
    ("zh", "《渭南市市本级五个领域综合执法改革实施方案》的文号是什么"),
    ("zh", "渭南市市本级五个领域综合执法改革实施方案的文号"),
    ("en", "what is 渭编发(2020)10号"),
    ("en", "the number of 《渭南市市本级五个领域综合执法改革实施方案》"),
    ("en", "tell me about 渭编发【2020】10号"),
]


@pytest.mark.parametrize("lang,question", DOCUMENT)
def test_document_facts_from_number_or_title(store, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "document", result.pattern
    # The document, then the passages that cite it (they say when and by whom it was issued).
    item, *citing = result.items
    assert [c.path for c in citing] == ["3.1.1"]
    assert item.iri == DOC_10
    assert item.extra["number"] == "渭编发〔2020〕10号"
    assert item.extra["title"] == "渭南市市本级五个领域综合执法改革实施方案"
    assert item.extra["documentType"] == "方案" and item.extra["documentTypeEn"] == "plan"
    assert item.extra["issuerCode"] == "渭编发" and item.extra["year"] == "2020"
    assert [c["path"] for c in item.extra["citedBy"]] == ["3.1.1"]
    assert "渭编发〔2020〕10号" in item.source


# --- figures ------------------------------------------------------------------------------

FIGURES = [
    ("zh", "新设立企业多少户", "新设立企业", Decimal(715), "户"),
    ("zh", "全区新设立企业有多少户？", "新设立企业", Decimal(715), "户"),
    ("zh", "贷款总额是多少", "贷款总额", Decimal(159000000), "元"),
    ("zh", "关于贷款总额的数据", "贷款总额", Decimal(159000000), "元"),
    ("en", "how many 新设立企业", "新设立企业", Decimal(715), "户"),
    ("en", "figures about 贷款总额", "贷款总额", Decimal(159000000), "元"),
    ("en", "what is the value of 贷款总额", "贷款总额", Decimal(159000000), "元"),
]


@pytest.mark.parametrize("lang,question,phrase,value,unit", FIGURES)
def test_figures_by_phrase(store, lang: str, question: str, phrase: str, value: Decimal, unit: str):
    result = ask(store, question)
    assert result.kind == "figures", result.pattern
    assert result.items
    matching = [i for i in result.items if Decimal(i.extra["value"]) == value and i.extra["unit"] == unit]
    assert matching, [(i.extra["value"], i.extra["unit"]) for i in result.items]
    for item in result.items:
        assert phrase in item.extra["phrase"] or item.extra["phrase"] in question
        assert item.source and item.source in (item.text or "")  # the quote sits in its context
        assert item.extra["qualifier"]


# --- structure ----------------------------------------------------------------------------

SECTION = [
    ("zh", "第三部分有哪些措施", "3"),
    ("zh", "第3章的措施", "3"),
    ("zh", "第三部分", "3"),
    ("zh", "3.1节有哪些措施", "3.1"),
    ("en", "which measures are in section 3", "3"),
    ("en", "measures of part three", "3"),
    ("en", "Section 3", "3"),
    ("en", "which measures does the third section contain", "3"),
    ("zh", "第三部分有多少条措施", "3"),
    ("en", "how many measures are in section 3", "3"),
]


@pytest.mark.parametrize("lang,question,section", SECTION)
def test_measures_of_a_section(store, lang: str, question: str, section: str):
    result = ask(store, question)
    assert result.kind == "section", result.pattern
    assert "3.1.1" in paths(result)
    assert all(p.startswith(section + ".") for p in paths(result))
    assert all(item.type == "Measure" and item.text for item in result.items)


def test_section_seven_holds_three_problems(store):
    result = ask(store, "第七部分有哪些问题")
    assert [i.type for i in result.items] == ["Problem"] * 3


PROBLEMS = [
    ("zh", "存在哪些问题"), ("zh", "存在的问题有哪些"), ("zh", "报告承认了哪些不足"), ("zh", "有什么问题和不足"),
    ("en", "what problems does the report admit"), ("en", "list the problems"), ("en", "What are the shortcomings?"),
    ("zh", "存在几个问题"), ("en", "how many problems are there"),
]


@pytest.mark.parametrize("lang,question", PROBLEMS)
def test_problems(store, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "problems", result.pattern
    assert len(result.items) == 3
    assert all(i.type == "Problem" and i.path.startswith("7.") and i.text for i in result.items)


PLANS = [
    ("zh", "下一步工作计划有哪些"), ("zh", "下一步打算"), ("zh", "今后的工作安排是什么"),
    ("en", "what are the plans"), ("en", "next steps"), ("en", "what does the report plan to do next"),
    ("zh", "有几项工作计划"), ("en", "how many plans"),
]


@pytest.mark.parametrize("lang,question", PLANS)
def test_plans(store, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "plans", result.pattern
    assert [i.path for i in result.items] == ["8.1", "8.2", "8.3", "8.4"]
    # each quoted as the report writes it, from its ordinal: 一是…
    assert all(i.type == "Plan" and re.fullmatch(r"[一二三四五六七八九十]+是", i.source[:-len(i.text)])
               for i in result.items)


# --- report facts -------------------------------------------------------------------------

REPORT = [
    ("zh", "报告的签发人是谁", "signer", "薛清军"),
    ("zh", "谁签发了这份报告", "signer", "薛清军"),
    ("zh", "报告的文号是什么", "number", "渭高新字〔2021〕1号"),
    ("zh", "本报告的发文字号", "number", "渭高新字〔2021〕1号"),
    ("zh", "报告是什么时候签发的", "date", "2021-01-22"),
    ("zh", "报告的成文日期", "date", "2021-01-22"),
    ("zh", "谁发布了报告", "issuer", None),
    ("zh", "签发人是谁", "signer", "薛清军"),
    ("en", "who signed the report", "signer", "薛清军"),
    ("en", "What is the report's document number?", "number", "渭高新字〔2021〕1号"),
    ("en", "when was the report signed", "date", "2021-01-22"),
    ("en", "the date of the report", "date", "2021-01-22"),
    ("en", "who issued the report", "issuer", None),
    ("en", "who is the signer", "signer", "薛清军"),
    ("en", "what is the document number", "number", "渭高新字〔2021〕1号"),
]


@pytest.mark.parametrize("lang,question,field,value", REPORT)
def test_report_facts(store, bundled_graph: Graph, lang: str, question: str, field: str, value: str | None):
    result = ask(store, question)
    assert result.kind == "report", result.pattern
    (item,) = result.items
    assert item.extra["field"] == field
    if value is None:  # the issuing body: whatever the graph says it is
        issuer = next(bundled_graph.objects(None, URIRef(KG + "issuedBy")))
        assert item.iri == str(issuer)
    else:
        assert item.label == value
    assert item.source  # the header span the fact was read from
    if field == "date":
        assert item.source == "2021年1月22日"


def test_report_facts_all_fields(store):
    result = ask(store, "报告的基本信息")
    fields = {i.extra["field"]: i.label for i in result.items}
    assert fields["signer"] == "薛清军" and fields["number"] == "渭高新字〔2021〕1号" and fields["date"] == "2021-01-22"


# --- rankings -----------------------------------------------------------------------------


def _citing_counts(graph: Graph) -> Counter[str]:
    counts: Counter[str] = Counter()
    for unit, document in set(graph.subject_objects(URIRef(KG + "cites"))):
        if (document, None, URIRef(KG + "Report")) not in graph:
            counts[str(document)] += 1
    return counts


TOP_DOCUMENTS = [
    ("zh", "引用最多的文件", None), ("zh", "哪些文件被引用最多", None), ("zh", "被引用次数最多的前3个文件", 3),
    ("en", "most cited documents", None), ("en", "which documents are cited most", None),
    ("en", "top 3 most cited documents", 3),
]


@pytest.mark.parametrize("lang,question,top", TOP_DOCUMENTS)
def test_most_cited_documents(store, bundled_graph: Graph, lang: str, question: str, top: int | None):
    result = ask(store, question)
    assert result.kind == "top-documents", result.pattern
    expected = _citing_counts(bundled_graph)
    counts = [i.extra["count"] for i in result.items]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == max(expected.values())
    assert all(expected[i.iri] == i.extra["count"] for i in result.items)
    assert len(result.items) == min(top or 10, len(expected))
    assert all(i.source for i in result.items)


TOP_MEASURES = [
    ("zh", "哪些措施引用的文件最多"), ("zh", "引用文件最多的措施"), ("zh", "措施引用文件数量排名"),
    ("en", "which measures cite the most documents"), ("en", "measures with the most citations"),
    ("en", "measures ranked by citations"),
]


@pytest.mark.parametrize("lang,question", TOP_MEASURES)
def test_measures_citing_most_documents(store, bundled_graph: Graph, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "top-measures", result.pattern
    measures = set(bundled_graph.subjects(None, URIRef(KG + "Measure")))
    expected = Counter(str(u) for u, _ in set(bundled_graph.subject_objects(URIRef(KG + "cites"))) if u in measures)
    counts = [i.extra["count"] for i in result.items]
    assert counts == sorted(counts, reverse=True) and counts[0] == max(expected.values())
    assert all(expected[i.iri] == i.extra["count"] and i.type == "Measure" and i.text for i in result.items)


TOP_ORGANISATIONS = [
    ("zh", "提到最多的机构"), ("zh", "哪些企业被提及最多"), ("zh", "机构提及次数排名"),
    ("en", "most mentioned organisations"), ("en", "which organizations are mentioned most"),
    ("en", "organisations ranked by mentions"),
]


@pytest.mark.parametrize("lang,question", TOP_ORGANISATIONS)
def test_most_mentioned_organisations(store, bundled_graph: Graph, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "top-organisations", result.pattern
    orgs = set(bundled_graph.subjects(None, URIRef(ORG.Organization)))
    expected = Counter(str(o) for o in bundled_graph.objects(None, URIRef(KG + "mentionOf")) if o in orgs)
    counts = [i.extra["count"] for i in result.items]
    assert counts == sorted(counts, reverse=True) and counts[0] == max(expected.values())
    assert all(expected[i.iri] == i.extra["count"] for i in result.items)


# --- connections --------------------------------------------------------------------------

CONNECTION = [
    ("zh", "北人印机和渭编发〔2020〕10号有什么关系"),
    ("zh", "北人印机与渭编发[2020]10号之间的联系"),
    ("zh", "北人印机跟渭编发〔2020〕10号是如何关联的"),
    ("en", "how is 北人印机 connected to 渭编发〔2020〕10号"),
    ("en", "What is the relationship between 北人印机 and 渭编发(2020)10号?"),
    ("en", "what connects 北人印机 and 渭编发〔2020〕10号"),
]


@pytest.fixture(scope="module")
def network(store) -> nx.Graph:
    from kg.graph.network import entity_network

    return entity_network(store).to_undirected(as_view=False)


@pytest.mark.parametrize("lang,question", CONNECTION)
def test_connection_is_a_shortest_path_of_the_network(store, network: nx.Graph, lang: str, question: str):
    result = ask(store, question)
    assert result.kind == "connection", result.pattern
    assert result.items
    length = nx.shortest_path_length(network, BEIREN, DOC_10)
    for item in result.items:
        nodes = [n["iri"] for n in item.extra["nodes"]]
        assert nodes[0] == BEIREN and nodes[-1] == DOC_10
        assert item.extra["length"] == length == len(nodes) - 1
        assert all(network.has_edge(a, b) for a, b in zip(nodes, nodes[1:]))
        assert "北人印机" in item.label and "提到" in item.label
        assert item.source  # the text of the first unit on the path says why


def test_connection_with_a_name_containing_a_connector(store):
    """和 inside a name is not mistaken for the connector between two names."""
    result = ask(store, "渭南高新区农业农村和林业管理中心和渭编发〔2020〕10号有什么关系")
    assert result.kind == "connection" and result.items
    assert result.items[0].extra["length"] == 2  # both hang from measure 3.1.1


# --- bare names and misses ----------------------------------------------------------------


def test_a_bare_document_number_gets_its_facts(store):
    result = ask(store, "渭编发（2020）10号")
    assert result.kind == "document" and result.items[0].iri == DOC_10


def test_an_unknown_document_is_a_miss_with_close_numbers(store):
    result = ask(store, "哪些措施引用了渭编发〔2020〕99号")
    assert result.kind == "citing" and not result.items
    assert "渭编发〔2020〕10号" in result.suggestions


def test_not_understood_suggests_close_names_and_forms(store):
    result = ask(store, "北人怎么样呀")
    assert not result.understood and result.kind is None
    assert result.suggestions[0] == "北人印机"
    forms = result.to_json()["forms"]
    assert {f["kind"] for f in forms} >= {"citing", "mentions", "figures", "connection"}
    assert all(f["zh"] and f["en"] for f in forms)


def test_every_kind_example_is_understood_as_its_kind(store):
    """The examples shown to users are real: each is recognised as its own kind and answered."""
    from kg.ask.answer import kinds, question_forms

    forms = question_forms(store)
    assert len(forms) == len(kinds()) == 15
    for kind, example_zh, example_en in forms:
        for example in (example_zh, example_en):
            result = ask(store, example)
            assert result.kind == kind.id, (example, result.kind)
            assert result.items, example


def test_examples_name_what_this_graph_holds(store):
    """Examples use the graph's own names: its most cited document and most mentioned enterprise."""
    from kg.ask.answer import kinds, question_forms

    examples = {kind.id: zh for kind, zh, _en in question_forms(store)}
    assert examples["mentions"] == "哪些措施提到了北人印机"
    assert "〔2020〕" in examples["citing"] and "〈" not in examples["citing"]


def test_what_is_an_enterprise_answers_where_it_is_named(store):
    result = ask(store, "北人印机是什么")
    assert result.kind == "mentions" and paths(result) == {"1.3.1", "1.3.4"}


@pytest.mark.parametrize("question", ["存在哪些问题", "第三部分有哪些措施", "哪些措施提到了北人印机", "what are the plans"])
def test_unit_sources_are_exact_spans_of_the_report_file(store, question: str):
    """Every text unit answer carries its file and offsets, and the file says exactly that there."""
    from .conftest import BUNDLED_REPORT

    text = BUNDLED_REPORT.read_text(encoding="utf-8")
    result = ask(store, question)
    assert result.items
    for item in result.items:
        assert item.extra["sourceFile"] == BUNDLED_REPORT.name
        assert text[item.extra["begin"]:item.extra["end"]] == item.source


def test_exact_lookups_agree_with_the_full_name_index(store):
    """Numbers and exact names are looked up directly; the answer equals the index's."""
    from kg.graph.names import Names, load_index, resolve

    index = load_index(store)
    names = Names(store)
    for entity in index:
        for name in entity.names():
            assert names.resolve(name) == resolve(name, index), name
    assert names._index is None  # never needed the index
    for entity in index:
        for name in entity.names():
            assert names.resolve(name, documents_only=True) == resolve(name, index, documents_only=True), name


PLANNED_AND_ACHIEVED = """2024年某某区政府工作报告

一、2023年工作回顾
全区实现地区生产总值1000亿元，增长6.5%。城镇新增就业3万人。公园建设提速，全年建成公园15个。公园由3座增至270座。森林覆盖率稳居全国第2，粮食产量居全国第一。PM2.5平均浓度降至20.5微克/立方米。

二、2024年工作安排
城镇调查失业率控制在5.5%以内，地区生产总值增长6%左右。
"""


@pytest.fixture(scope="module")
def planned_store(tmp_path_factory: pytest.TempPathFactory):
    from kg.build import BuildOptions, build
    from kg.graph.store import open_store

    folder = tmp_path_factory.mktemp("planned")
    (folder / "r.txt").write_text(PLANNED_AND_ACHIEVED, encoding="utf-8")
    build([folder / "r.txt"], folder / "g.ttl", BuildOptions(use_cache=False))
    return open_store(folder / "g.ttl")


def test_a_target_does_not_answer_what_a_figure_was(planned_store):
    """失业率是多少 asks what it was; the report only sets a target, so it does not say."""
    assert ask(planned_store, "城镇调查失业率是多少？").absent
    target = ask(planned_store, "城镇调查失业率的目标是多少？")
    assert target.kind == "figures" and "5.5%" in target.items[0].text


def test_a_rate_asked_is_answered_by_a_figure_in_percent(planned_store):
    result = ask(planned_store, "2023年地区生产总值增速是多少？")
    assert result.kind == "figures" and result.items[0].extra["value"] in ("6.5", "0.065")
    assert "1000亿元" not in " ".join(item.text for item in result.items if item.extra["value"] in ("100000000000",))


def test_a_total_asked_ranks_the_whole_before_what_a_year_added(planned_store):
    result = ask(planned_store, "一共有多少个公园？")
    assert result.kind == "figures" and result.items[0].extra["value"] == "270"


def test_a_rank_claimed_must_be_said_of_what_is_asked(planned_store):
    wrong = ask(planned_store, "森林覆盖率排全国第一，对不对？")
    assert wrong.kind == "yesno" and wrong.yes is False and "说法不同" in wrong.summary
    right = ask(planned_store, "粮食产量是不是全国第一？")
    assert right.kind == "yesno" and right.yes is True


def test_a_latin_name_in_an_english_question_is_a_term(planned_store):
    result = ask(planned_store, "What was the PM2.5 concentration?")
    assert result.kind == "figures" and result.items[0].extra["value"] == "20.5"


def test_the_inverted_bm25_scores_exactly_as_rank_bm25_does():
    import random

    from rank_bm25 import BM25Okapi

    from kg.ask.index import Postings

    generator = random.Random(7)
    words = [chr(0x4E00 + i) + chr(0x4E00 + j) for i in range(20) for j in range(6)]
    corpus = [[generator.choice(words) for _ in range(generator.randint(1, 30))] for _ in range(300)]
    reference, postings = BM25Okapi(corpus), Postings(corpus)
    for _ in range(40):
        query = [generator.choice(words) for _ in range(generator.randint(1, 5))] + ["未见"]
        assert (reference.get_scores(query) == postings.get_scores(query)).all(), query


# --- phrasings of an analyst on the bundled report ------------------------------------------


@pytest.mark.parametrize(("question", "quote"), [
    ("去年一年高新区新冒出来多少家企业?个体户不算在内", "715户"),  # 新冒出 = 新设立; 冒出来 is the asker's
    ("区里牵线搭桥,帮企业从银行一共贷到了多少钱?", "1.59亿元"),  # an idiom of the asker names nothing absent
    ("帮企业跑下来的技改、纾困这类政策性资金加起来有多少?", "2653万元"),  # 政策性 is the reports' 政策
])
def test_colloquial_figure_questions(store, question: str, quote: str) -> None:
    result = ask(store, question)
    assert result.kind == "figures" and quote in " ".join(f"{i.text} {i.source}" for i in result.items[:1])


def test_a_number_the_report_does_not_give_is_a_no(store) -> None:
    result = ask(store, "报告有没有交代全年办了多少件行政复议案件?")  # 18件 are 行政诉讼, not 复议
    assert result.kind == "yesno" and result.yes is False and not result.items


def test_the_first_to_do_something_is_first(store) -> None:
    result = ask(store, "疫情期间高新区规上工业企业复工,是不是在全市第一个做到全部复产的?")  # 在全市率先实现100%复产
    assert result.yes is True


def test_what_the_report_is_about_is_no_topic_of_its_problems(store) -> None:
    result = ask(store, "这份报告自己承认在法治政府建设上还有哪些短板?")
    assert result.kind == "problems" and len(result.items) == 3


def test_a_report_of_another_year_asked_about_is_the_one_the_report_cites(store) -> None:
    result = ask(store, "What was the document number of the zone's rule-of-law government report covering the year 2019?")
    assert [item.label for item in result.items] == ["渭高新字〔2020〕1号"]


def test_a_title_said_short_links_its_document(store) -> None:
    result = ask(store, "报告作为指导依据的那份法治政府建设纲要是谁印发的？覆盖哪几年？")
    assert result.items and "中共中央、国务院《法治政府建设实施纲要(2015—2020年)》" in (result.items[0].text or "")


def test_raised_to_is_no_mention_and_a_synonym_of_a_rate_asks_a_rate(store) -> None:
    result = ask(store, "低保覆盖面从多少提到了多少？")  # 覆盖面: the report's 覆盖率
    assert result.kind == "figures" and "6.9%" in (result.items[0].source or "")
    assert "64%" in (ask(store, "审批办结时间砍掉了百分之多少").items[0].source or "")


@pytest.mark.parametrize(("question", "quote"), [
    ("How many petition visits did the zone receive in 2020?", "2978人次"),  # petition → 信访
    ("What was the per-capita GDP of the zone?", None),  # per head asked, no figure per head: not mentioned
])
def test_english_words_of_the_genre(store, question: str, quote: str | None) -> None:
    result = ask(store, question)
    if quote is None:
        assert result.absent and not result.items
    else:
        assert quote in " ".join(f"{i.text} {i.source}" for i in result.items[:1])
