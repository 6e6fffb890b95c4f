"""Names across reports: absolute names are one node, names relative to the speaker are read in
each report's jurisdiction, and stay the report's own where it is not known."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from kg.build import build
from kg.graph.resolve import relative_name
from kg.graph.vocab import DATA_NS, KG_NS

BODY = "一、工作回顾\n（一）深化改革。一是区政府召开常务会议研究部署；二是市司法局开展执法检查，国务院部署的任务全部完成。\n"


def test_relative_names_are_read_in_the_jurisdiction():
    assert relative_name("区政府", "深圳市光明区", ("广东省", "深圳市")) == "深圳市光明区人民政府"
    assert relative_name("市司法局", "渭南高新区", ("陕西省", "渭南市")) == "渭南市司法局"
    assert relative_name("我市司法局", "深圳市", ("广东省",)) == "深圳市司法局"
    assert relative_name("区域养老服务中心", "深圳市光明区", ("广东省", "深圳市")) is None
    assert relative_name("市场监管局", "深圳市光明区", ("广东省", "深圳市")) is None
    assert relative_name("国务院", "深圳市光明区", ("广东省", "深圳市")) is None
    assert relative_name("区政府", "深圳市", ("广东省",)) == ""  # no district in a city's own report
    assert relative_name("区政府", None, ()) == ""


def test_two_districts_have_two_governments_and_share_the_state_council(tmp_path: Path):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "2022年光明区政府工作报告_2022.txt").write_text(BODY, encoding="utf-8")
    (reports / "2022年宝安区政府工作报告_2022.txt").write_text(BODY, encoding="utf-8")
    (reports / "无名报告.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "g.ttl"
    build([reports], out)
    graph = Graph().parse(out, format="turtle")
    mentioned = {str(o) for o in graph.objects(None, URIRef(KG_NS + "mentionOf"))}
    assert DATA_NS + "org/深圳市光明区人民政府" in mentioned
    assert DATA_NS + "org/深圳市宝安区人民政府" in mentioned
    assert DATA_NS + "org/深圳市司法局" in mentioned
    assert DATA_NS + "org/国务院" in mentioned
    # Without a jurisdiction, 区政府 is that report's own: a node under the report.
    assert DATA_NS + "report/无名报告/org/区政府" in mentioned
    assert DATA_NS + "org/区政府" not in mentioned
    # The mention keeps the words as written and says how they were read.
    rules = {str(r) for r in graph.objects(None, URIRef(KG_NS + "resolvedBy"))}
    assert rules == {"resolve.relative-name", "resolve.report-scoped"}
    quotes = {str(q) for m in graph.subjects(URIRef(KG_NS + "resolvedBy"), None)
              for q in graph.objects(m, URIRef(KG_NS + "quote"))}
    assert quotes == {"区政府", "市司法局"}
