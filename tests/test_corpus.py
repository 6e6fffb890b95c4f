"""Robustness on real reports of the genre: a sample of ../shared/corpus builds and conforms.

The bench script (bench/bench.py) runs the whole corpus; this sample keeps the suite fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build_graph
from kg.namespaces import KG
from kg.validate import validate

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "shenzhen"
FILES = sorted(CORPUS.glob("*.txt"))
# Every 24th report: district and State Council reports, 2014 to 2025.
SAMPLE = FILES[::24]

pytestmark = pytest.mark.corpus


def test_the_corpus_is_there():
    assert len(FILES) == 144, f"expected the 144 reports of {CORPUS}"


@pytest.mark.parametrize("path", SAMPLE, ids=lambda p: p.stem[:20])
def test_report_builds_conforms_and_quotes_exactly(path: Path):
    graph = build_graph([path])
    result = validate(graph)
    assert result.conforms, result.violations[:5]
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    for node in set(graph.subjects(KG.beginOffset, None)):
        begin, end = int(graph.value(node, KG.beginOffset)), int(graph.value(node, KG.endOffset))
        assert text[begin:end] == str(graph.value(node, KG.quote)), node


def test_sample_reports_have_sections_items_and_figures():
    for path in SAMPLE:
        graph = build_graph([path])
        items = {s for cls in (KG.Measure, KG.Plan, KG.Problem) for s in graph.subjects(None, cls)}
        assert len(set(graph.subjects(None, KG.Section))) >= 2, path.name
        assert len(items) >= 5, path.name
        assert len(set(graph.subjects(None, KG.Figure))) >= 20, path.name
