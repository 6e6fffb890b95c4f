"""The same kinds of question on two real reports from the corpus, unlike the bundled one.

Nothing here is written down from those reports: each question is made from what the graph
holds (a cited document, a mentioned enterprise, a figure's phrase) and each expected answer
is computed independently with rdflib and kg.network, so the tests hold whatever the
extraction finds, and fail if ``kg ask`` answers differently from the graph.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Graph, URIRef

from kg.ask import Answer, answer
from kg.graph.store import open_store
from kg.graph.vocab import KG_NS as KG, ORG

from .conftest import CORPUS, corpus_or_skip

# A district report with a problems section and a city report with a plans section.
REPORTS = (
    "深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第二次会议上作政府工作报告_2022.txt",
    "深圳市政府工作报告_2021年.txt",
)

pytestmark = [pytest.mark.corpus]

K = lambda name: URIRef(KG + name)  # noqa: E731


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build

    corpus_or_skip()
    path = tmp_path_factory.mktemp("corpus") / "corpus.ttl"
    build([CORPUS / r for r in REPORTS], path)
    return path


@pytest.fixture(scope="module")
def graph(corpus_file: Path) -> Graph:
    return Graph().parse(corpus_file, format="turtle")


@pytest.fixture(scope="module")
def store(corpus_file: Path):
    return open_store(corpus_file)


def iris(result: Answer) -> set[str]:
    return {item.iri for item in result.items if item.iri}


def _plain(name: str) -> bool:
    """A name that reads as one name inside a question (no connector or question words)."""
    return 2 <= len(name) <= 40 and not re.search(r"[和与及的是了有吗？?\s]|哪|什么|多少|问题|计划", name)


def _cited_document(graph: Graph) -> URIRef:
    measures = set(graph.subjects(RDF.type, K("Measure")))
    documents = sorted({d for u, d in graph.subject_objects(K("cites")) if u in measures
                        and _plain(str(graph.value(d, RDFS.label)))})
    if not documents:
        pytest.fail("no cited document in these reports: the extraction found nothing to ask about")
    return documents[0]


def _mentioned_enterprise(graph: Graph) -> URIRef:
    enterprises = sorted({o for o in graph.objects(None, K("mentions")) if (o, RDF.type, K("Enterprise")) in graph
                          and _plain(str(graph.value(o, RDFS.label)))})
    if not enterprises:
        pytest.fail("no enterprise mentioned in these reports: the extraction found nothing to ask about")
    return enterprises[0]


def _units_citing(graph: Graph, document: URIRef) -> set[str]:
    return {str(u) for u in graph.subjects(K("cites"), document)}


def _units_mentioning(graph: Graph, entity: URIRef) -> set[str]:
    units = {str(u) for u in graph.subjects(K("mentions"), entity)}
    units |= {str(graph.value(m, K("inUnit"))) for m in graph.subjects(K("mentionOf"), entity)}
    return units


@pytest.mark.parametrize("form", ["哪些措施引用了《{}》", "{}被哪些措施引用", "which measures cite {}", "measures citing 《{}》"])
def test_citing(store, graph: Graph, form: str):
    document = _cited_document(graph)
    result = answer(form.format(graph.value(document, RDFS.label)), store)
    assert result.kind == "citing"
    assert iris(result) == _units_citing(graph, document)
    assert all(item.text and item.extra.get("evidence") for item in result.items)


@pytest.mark.parametrize("form", ["哪些措施提到了{}", "提到{}的措施有哪些", "which measures mention {}", "where is {} mentioned"])
def test_mentions(store, graph: Graph, form: str):
    enterprise = _mentioned_enterprise(graph)
    result = answer(form.format(graph.value(enterprise, RDFS.label)), store)
    assert result.kind == "mentions"
    assert iris(result) == _units_mentioning(graph, enterprise)


@pytest.mark.parametrize("form", ["《{}》是什么文件", "《{}》的文号是什么", "what is 《{}》", "tell me about {}"])
def test_document(store, graph: Graph, form: str):
    document = _cited_document(graph)
    result = answer(form.format(graph.value(document, RDFS.label)), store)
    assert result.kind == "document"
    # The document, then passages that cite it.
    item, *citing = result.items
    assert item.iri == str(document)
    assert {c["iri"] for c in item.extra["citedBy"]} == _units_citing(graph, document)
    assert {c.iri for c in citing} <= _units_citing(graph, document)


@pytest.mark.parametrize("form", ["{}是多少", "{}有多少", "how many {}", "figures about {}"])
def test_figures(store, graph: Graph, form: str):
    # Without a word of plans a figure question asks what was done: targets (figures of a
    # kg:Plan) do not answer it.
    achieved = {f: p for f, p in graph.subject_objects(K("phrase"))
                if (graph.value(f, K("figureOf")), RDF.type, K("Plan")) not in graph}
    phrases = sorted({str(p) for p in achieved.values()
                      if re.fullmatch(r"[\u4e00-\u9fff]{3,8}", str(p)) and _plain(str(p)) and not str(p).startswith("报告")})
    if not phrases:
        pytest.fail("no figure phrase: the extraction found nothing to ask about")
    phrase = phrases[len(phrases) // 2]
    result = answer(form.format(phrase), store)
    assert result.kind == "figures"
    # Each report that counts this phrase answers, with a figure whose clause says it.
    expected = {str(graph.value(f, K("inReport"))) for f, p in achieved.items() if phrase in str(p)}
    assert {item.extra["report"] for item in result.items} == expected
    for item in result.items:
        assert set(phrase) <= set(item.text or ""), (phrase, item.text)
    for item in result.items:
        value = graph.value(URIRef(item.iri), K("value"))
        assert float(item.extra["value"]) == float(value) and item.source


def _top_section(graph: Graph) -> str:
    counts: Counter[str] = Counter()
    for item in graph.subjects(K("section"), None):
        counts[str(graph.value(graph.value(item, K("section")), K("path")))] += 1
    if not counts:
        pytest.fail("no items in sections: the extraction found nothing to ask about")
    return counts.most_common(1)[0][0]


NUMERALS = "一二三四五六七八九十"


@pytest.mark.parametrize("form", ["第{zh}部分有哪些措施", "第{n}章的措施", "which measures are in section {n}", "section {n}"])
def test_section(store, graph: Graph, form: str):
    path = _top_section(graph)
    result = answer(form.format(n=path, zh=NUMERALS[int(path) - 1]), store)
    assert result.kind == "section"
    sections = {s for s in graph.subjects(K("path"), None) if (s, RDF.type, K("Section")) in graph
                and str(graph.value(s, K("path"))) == path}
    expected = {str(i) for s in sections for p in ("section", "subsection") for i in graph.subjects(K(p), s)
                if any((i, RDF.type, K(c)) in graph for c in ("Measure", "Problem", "Plan"))}
    assert iris(result) == expected and expected


@pytest.mark.parametrize("question", ["存在哪些问题", "存在的问题有哪些", "what problems does the report admit", "list the problems"])
def test_problems(store, graph: Graph, question: str):
    result = answer(question, store)
    assert result.kind == "problems"
    assert iris(result) == {str(p) for p in graph.subjects(RDF.type, K("Problem"))}


@pytest.mark.parametrize("question", ["下一步工作计划有哪些", "今后的工作安排是什么", "what are the plans", "next steps"])
def test_plans(store, graph: Graph, question: str):
    result = answer(question, store)
    assert result.kind == "plans"
    expected = {str(p) for p in graph.subjects(RDF.type, K("Plan"))}
    assert iris(result) == expected and expected


@pytest.mark.parametrize("question,field,prop", [
    ("报告的主送机关是什么", "recipient", "recipient"), ("who is the report addressed to", "recipient", "recipient"),
    ("报告的基本信息", None, None), ("report facts", None, None),
])
def test_report_facts(store, graph: Graph, question: str, field: str | None, prop: str | None):
    result = answer(question, store)
    reports = set(graph.subjects(RDF.type, K("Report")))
    if prop:
        expected = {str(graph.value(o, RDFS.label)) for r in reports for o in graph.objects(r, K(prop))}
        # A fact no report states (work reports have no 主送机关) is answered as not given.
        assert (result.kind, result.absent) == (("report", False) if expected else ("absent", True))
        assert {i.label for i in result.items} == expected
        return
    assert result.kind == "report"
    assert {i.extra["report"] for i in result.items} <= {str(r) for r in reports}
    titles = {str(t) for r in reports for t in graph.objects(r, URIRef("http://purl.org/dc/terms/title"))}
    assert {i.label for i in result.items if i.extra["field"] == "title"} == titles


@pytest.mark.parametrize("question", ["引用最多的文件", "哪些文件被引用最多", "most cited documents", "which documents are cited most"])
def test_top_documents(store, graph: Graph, question: str):
    result = answer(question, store)
    assert result.kind == "top-documents"
    expected = Counter(str(d) for _, d in set(graph.subject_objects(K("cites"))) if (d, RDF.type, K("Report")) not in graph)
    assert [i.extra["count"] for i in result.items] == sorted(expected.values(), reverse=True)[:10]
    assert all(expected[i.iri] == i.extra["count"] for i in result.items)


@pytest.mark.parametrize("question", ["哪些措施引用的文件最多", "引用文件最多的措施", "which measures cite the most documents",
                                      "measures with the most citations"])
def test_top_measures(store, graph: Graph, question: str):
    result = answer(question, store)
    assert result.kind == "top-measures"
    measures = set(graph.subjects(RDF.type, K("Measure")))
    expected = Counter(str(u) for u, _ in set(graph.subject_objects(K("cites"))) if u in measures)
    assert [i.extra["count"] for i in result.items] == sorted(expected.values(), reverse=True)[:10]


@pytest.mark.parametrize("question", ["提到最多的机构", "哪些企业被提及最多", "most mentioned organisations",
                                      "which organisations are mentioned most"])
def test_top_organisations(store, graph: Graph, question: str):
    result = answer(question, store)
    assert result.kind == "top-organisations"
    orgs = set(graph.subjects(RDF.type, URIRef(ORG.Organization)))
    expected = Counter(str(o) for o in graph.objects(None, K("mentionOf")) if o in orgs)
    assert [i.extra["count"] for i in result.items] == sorted(expected.values(), reverse=True)[:10]


@pytest.mark.parametrize("form", ["{a}和{b}有什么关系", "{a}与{b}之间的联系", "how is {a} connected to {b}",
                                  "relationship between {a} and {b}"])
def test_connection(store, graph: Graph, form: str):
    from kg.graph.network import entity_network

    enterprise = _mentioned_enterprise(graph)
    report = graph.value(next(graph.subjects(K("mentions"), enterprise)), K("inReport"))
    documents = sorted(d for d in {d for u, d in graph.subject_objects(K("cites")) if graph.value(u, K("inReport")) == report}
                       if _plain(str(graph.value(d, RDFS.label))))
    if not documents:
        pytest.fail("no cited document in the enterprise's report: the extraction found nothing to ask about")
    document = documents[0]
    question = form.format(a=graph.value(enterprise, RDFS.label), b=f"《{graph.value(document, RDFS.label)}》")
    result = answer(question, store)
    assert result.kind == "connection" and result.items
    network = entity_network(store).to_undirected(as_view=False)
    length = nx.shortest_path_length(network, str(enterprise), str(document))
    for item in result.items:
        nodes = [n["iri"] for n in item.extra["nodes"]]
        assert nodes[0] == str(enterprise) and nodes[-1] == str(document) and len(nodes) - 1 == length
        assert all(network.has_edge(a, b) for a, b in zip(nodes, nodes[1:]))
