"""Year on year on real reports: a district's reports over ten years, asked for one statistic.

The expected answer is read from the graph with rdflib (the members of the figure series of
地区生产总值), not written down, so the test holds whatever the extraction finds and fails if
``kg ask`` answers with anything else: another district's figure, two values of one report, or
the years out of order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from kg.ask import answer
from kg.graph.store import open_store
from kg.graph.vocab import KG_NS as KG

from .conftest import CORPUS, corpus_or_skip

pytestmark = [pytest.mark.corpus]


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The graph of one district's reports and one of another district (which must not answer)."""
    from kg.build import build

    corpus_or_skip()
    files = sorted(CORPUS.glob("*南山区*")) + sorted(CORPUS.glob("*罗湖区*"))[:2]
    path = tmp_path_factory.mktemp("series") / "district.trig"
    build(files, path)
    return path


def series_members(path: Path, statistic: str) -> set[str]:
    graph = Dataset(default_union=True)
    graph.parse(path, format="trig")
    rows = graph.query(
        "SELECT ?figure WHERE { ?figure kg:inSeries ?series . ?series a kg:FigureSeries ; rdfs:label ?label "
        "FILTER (CONTAINS(STR(?label), '南山区') && CONTAINS(STR(?label), ?statistic)) }",
        initNs={"kg": URIRef(KG), "rdfs": URIRef("http://www.w3.org/2000/01/rdf-schema#")},
        initBindings={"statistic": Literal(statistic)})
    return {str(row[0]) for row in rows}


@pytest.mark.parametrize("question", ["南山区历年地区生产总值", "南山区历年本地生产总值是多少"])
def test_a_statistic_over_the_years_is_one_value_per_report(district: Path, question: str):
    expected = series_members(district, "地区生产总值（元）")
    assert len(expected) >= 7  # the series holds most of the district's ten reports
    result = answer(question, open_store(district))
    figures = [item for item in result.items if item.type == "Figure"]
    reports = [item.extra["report"] for item in figures]
    assert all("南山区" in report for report in reports)
    assert len(reports) == len(set(reports))  # one value per report
    assert expected <= {item.iri for item in figures}
    years = [int(report.rsplit("_", 1)[-1]) for report in reports]
    assert years == sorted(years)
