"""Generated inputs never crash the build path, every offset quotes its text, every graph loads.

Inputs are real report lines (the bundled report and the gold texts), shuffled, spliced and
mutated with the genre's pieces and hostile characters: control and zero-width characters,
U+FFFD, U+FFFC, variation selectors, numbers of any length, 文号 in odd brackets, empty
titles, long lines, mixed encodings and file names that are not UTF-8.  Each goes through
decode → extract → resolve → write → Turtle and TriG, and must end in a graph that rdflib
and Oxigraph both read, or in the documented one-line InputError.

The default suite runs a bounded number of examples; ``make fuzz N=100000`` runs as many as asked.
"""

from __future__ import annotations

import os
import random
from pathlib import Path

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.errors import InputError
from kg.extract import extract
from kg.graph.formats import format_named, serialize
from kg.graph.write import to_quads
from kg.graph.vocab import KG
from kg.read import decode_report

from .conftest import BUNDLED_REPORT, GOLD

EXAMPLES = int(os.environ.get("KG_FUZZ_EXAMPLES", "150"))
_TEXTS = [BUNDLED_REPORT, *sorted((GOLD / "texts").glob("*.txt"))[:4]]
LINES = [line for path in _TEXTS for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

HOSTILE = [
    "\u200b", "\ufeff", "\ufffd", "\ufffc", "\ufe0f", "\U000e0100", "\u202e", "\x07", "\x1b", "\x7f", "\u2028",
    "\r", "\t", "《", "》", "《 》", "《》", "〔", "〕", "[", "]", "【", "】", "(", ")", "（", "）", "“", "”", "\\", '"', "<", ">",
    "12345678901234567890123456789户", "123456789012345678901亿元", "0.000000000000000000001%", "1,234,567,890元",
    "渭编发〔2020〕10号", "渭编发[2020]第010号", "渭编发2020年10号", "〔9999〕99999号", "等3家企业", "、", "一是", "二是",
    "十" * 30, "9" * 40, "一、", "（一）", "签发人:", "2021年1月22日", "主送:", "按照《条例》", "某某管理局、", "%",
]


@st.composite
def genre_text(draw: st.DrawFn) -> str:
    """Real lines in a random order, some cut, with hostile pieces inserted at random places."""
    rng = random.Random(draw(st.integers(0, 2**32)))
    lines = [rng.choice(LINES) for _ in range(draw(st.integers(0, 12)))]
    pieces: list[str] = []
    for line in lines:
        if rng.random() < 0.3:
            cut = rng.randrange(len(line) + 1)
            line = line[:cut] if rng.random() < 0.5 else line[cut:]
        for _ in range(rng.randrange(3)):
            at = rng.randrange(len(line) + 1)
            line = line[:at] + rng.choice(HOSTILE) + line[at:]
        pieces.append(line)
    noise = draw(st.text(max_size=20))
    separator = draw(st.sampled_from(["\n", "\r\n", "\n\n", "\u3000\u3000", ""]))
    return separator.join(pieces) + noise


@st.composite
def report_bytes(draw: st.DrawFn) -> bytes:
    text = draw(genre_text())
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "mixed"]))
    if encoding == "mixed":
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("gb18030", "replace")
    return text.encode(encoding, "replace")


NAMES = st.one_of(
    st.sampled_from(["r.txt", "a\nb.txt", "50%.txt", "x\ufffdy.txt", "片\U000e0100.txt", "报告 2020.txt", ".txt"]),
    st.binary(min_size=1, max_size=12).map(lambda b: b.decode("utf-8", "surrogateescape") + ".txt"),
    st.text(min_size=1, max_size=12).map(lambda s: s + ".txt"),
)


def report_id_of(name: str) -> str:
    from kg.read.files import report_id

    return report_id(Path(name.replace("/", "_").replace("\x00", "_")))


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(data=report_bytes(), name=NAMES)
def test_any_input_ends_in_a_graph_both_engines_read_or_in_an_input_error(data: bytes, name: str):
    try:
        source = decode_report(data, name=report_id_of(name) + ".txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    extraction = extract(source, report_id_of(name))
    text = source.text
    for span in ([i.span for i in extraction.structure.items] + [m.span for m in extraction.documents]
                 + [m.span for m in extraction.organisations] + [f.span for f in extraction.figures]):
        assert 0 <= span.begin < span.end <= len(text) and text[span.begin:span.end] == span.text
    quads = to_quads([extraction])
    turtle = serialize(quads, format_named("turtle"))
    trig = serialize(quads, format_named("trig"))
    parsed = list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))
    assert len(parsed) == len(quads)
    assert len(list(ox.parse(trig, format=ox.RdfFormat.TRIG))) == len(quads)
    graph = Graph().parse(data=turtle.decode("utf-8"), format="turtle")
    assert len(graph) == len(quads)
    _offsets_quote_the_text(parsed, text)


def _offsets_quote_the_text(triples: list[ox.Triple], text: str) -> None:
    by_node: dict[str, dict[str, str]] = {}
    for triple in triples:
        if triple.predicate.value in (KG.beginOffset, KG.endOffset, KG.quote, KG.text):
            by_node.setdefault(triple.subject.value, {})[triple.predicate.value] = triple.object.value
    for values in by_node.values():
        if KG.beginOffset in values:
            begin, end = int(values[KG.beginOffset]), int(values[KG.endOffset])
            assert text[begin:end] == values.get(KG.quote, values.get(KG.text))
