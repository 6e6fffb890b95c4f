"""Property tests: random and hostile text never crashes the pipeline, and every span is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.model import SourceText
from kg.namespaces import KG
from kg.rdf import to_graph

# Pieces of the genre, shuffled with noise: headings, enumerations, citations, numbers, brackets.
PIECES = st.sampled_from([
    "一、", "二、", "三、", "（一）", "(二)", "（三）", "一是", "二是", "三是", "《", "》", "《条例》", "〔2020〕", "[2020]",
    "10号", "渭编发", "印发", "按照", "等3家企业", "等5所院校", "、", "，", "。", "；", "：", "\n", "\r\n", "\u3000\u3000",
    "管委会", "司法局", "公司", "集团", "715户", "1.59亿元", "百余条", "超过15%", "由3%提升至6%", "“三项制度”",
    "2021年1月22日", "签发人:", "关于", "的意见", "（", "）", "(", ")", "0", "9", "余", "万", "亿",
])
TEXT = st.lists(st.one_of(PIECES, st.text(min_size=0, max_size=8)), min_size=0, max_size=80).map("".join)


def source(text: str) -> SourceText:
    return SourceText(name="random.txt", text=text, sha256="0" * 64, encoding="utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extraction_never_crashes_and_spans_quote_the_text(text: str):
    found = extract(source(text), "random")
    spans = [i.span for i in found.structure.items] + [m.span for m in found.documents]
    spans += [m.span for m in found.organisations] + [f.span for f in found.figures]
    for span in spans:
        assert text[span.begin:span.end] == span.text
        assert span.begin < span.end


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_graph_writing_never_crashes_and_offsets_are_exact(text: str):
    graph = to_graph([extract(source(text), "random")])
    for node in set(graph.subjects(KG.beginOffset, None)):
        begin, end = int(graph.value(node, KG.beginOffset)), int(graph.value(node, KG.endOffset))
        assert text[begin:end] == str(graph.value(node, KG.quote))
