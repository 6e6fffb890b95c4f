"""Robustness on real reports of the genre: a sample of ../shared/corpus builds, conforms and quotes exactly.

``make bench`` builds and validates the whole corpus; this sample keeps the suite fast.  Without
the corpus these tests skip with the reason; under CI its absence fails them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.build import BuildOptions, build
from kg.graph.store import open_store
from kg.graph.validate import validate
from kg.graph.vocab import KG

from .conftest import CORPUS, PROVINCES, corpus_or_skip

pytestmark = pytest.mark.corpus


def sample() -> list[Path]:
    """Every 24th Shenzhen report and every 7th provincial one: districts, cities, provinces, 2010–2026."""
    return sorted(CORPUS.glob("*.txt"))[::24] + sorted(PROVINCES.glob("*.txt"))[::7]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus_or_skip()
    out = tmp_path_factory.mktemp("corpus") / "sample.trig"
    build(sample(), out, BuildOptions(use_cache=False))
    return out


def test_the_corpus_is_there():
    corpus_or_skip()
    assert len(list(CORPUS.glob("*.txt"))) == 144 and len(list(PROVINCES.glob("*.txt"))) == 28


def test_the_sample_conforms_to_the_shapes(built: Path):
    result = validate(open_store(built))
    assert result.conforms, result.violations[:5]
    assert result.graphs == len(sample()) + 1


def test_every_offset_quotes_its_source_exactly(built: Path):
    from rdflib import Dataset

    dataset = Dataset().parse(built, format="trig")
    texts = {path.name: path.read_text(encoding="utf-8").lstrip("\ufeff") for path in sample()}
    begin_p, end_p = URIRef(KG.beginOffset), URIRef(KG.endOffset)
    checked = 0
    for graph in dataset.graphs():
        if not str(graph.identifier).startswith("https://w3id.org/govkg/id/report/"):
            continue
        source_name = next(str(o) for s, p, o in graph if str(p).endswith("#label") and str(s).endswith("/source"))
        text = texts[source_name]
        for node in set(graph.subjects(begin_p, None)):
            begin, end = int(graph.value(node, begin_p)), int(graph.value(node, end_p))
            quoted = graph.value(node, URIRef(KG.quote)) or graph.value(node, URIRef(KG.text))
            assert text[begin:end] == str(quoted), node
            checked += 1
    assert checked > 2000


def test_sample_reports_have_sections_items_and_figures(built: Path):
    from rdflib import Dataset

    dataset = Dataset().parse(built, format="trig")
    for graph in dataset.graphs():
        if not str(graph.identifier).startswith("https://w3id.org/govkg/id/report/"):
            continue
        items = {s for cls in (KG.Measure, KG.Plan, KG.Problem) for s in graph.subjects(None, URIRef(cls))}
        assert len(set(graph.subjects(None, URIRef(KG.Section)))) >= 2, graph.identifier
        assert len(items) >= 5, graph.identifier
        assert len(set(graph.subjects(None, URIRef(KG.Figure)))) >= 20, graph.identifier
