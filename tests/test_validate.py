"""kg validate checks a graph in chunks (a report each, the shared graph in slices): it must find
exactly what pySHACL finds on the whole graph at once, violations in shared nodes, across
graphs and through series links included."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, BNode, Dataset, Graph, URIRef

from kg.build import BuildOptions, build
from kg.graph.ontology import load_shapes, ontology_triples
from kg.graph.store import open_store
from kg.graph.validate import validate
from kg.graph.vocab import KG, ORG, SHARED_GRAPH

from .conftest import BUNDLED_REPORT


def series_report(year: int, value: int) -> str:
    return (f"{year}年深圳市南山区政府工作报告\n\n一、{year - 1}年工作回顾\n"
            f"全区实现地区生产总值{value}亿元，城镇新增就业{value // 10}人。\n")


@pytest.fixture(scope="module")
def dataset_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("validate")
    sources = [BUNDLED_REPORT]
    for year, value in ((2020, 100), (2021, 110), (2022, 120)):
        path = folder / f"nanshan-{year}.txt"
        path.write_text(series_report(year, value), encoding="utf-8")
        sources.append(path)
    out = folder / "corpus.trig"
    build(sources, out, BuildOptions(use_cache=False))
    return out


def whole_graph_violations(dataset: Dataset) -> set[tuple[str, str]]:
    """pySHACL on every statement of every graph at once, with the class hierarchy."""
    from pyshacl import validate as shacl_validate

    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    for t in ontology_triples():
        if t.predicate.value == str(RDFS.subClassOf):
            graph.add((URIRef(t.subject.value), RDFS.subClassOf, URIRef(t.object.value)))
    _conforms, report, _text = shacl_validate(graph, shacl_graph=load_shapes(), inference="none", allow_warnings=True)
    sh = "http://www.w3.org/ns/shacl#"
    found = set()
    for result in report.subjects(URIRef(sh + "resultSeverity"), URIRef(sh + "Violation")):
        path = report.value(result, URIRef(sh + "resultPath"))
        inverse = report.value(path, URIRef(sh + "inversePath")) if isinstance(path, BNode) else None
        found.add((str(report.value(result, URIRef(sh + "focusNode"))), f"^{inverse}" if inverse else str(path or "")))
    return found


def break_graph(dataset: Dataset) -> list[str]:
    """Violations of four kinds, each needing another graph's or node's statements to see."""
    shared = dataset.graph(URIRef(SHARED_GRAPH))
    organisation = sorted(shared.subjects(RDF.type, URIRef(ORG.Organization)))[0]
    shared.remove((organisation, RDFS.label, None))  # a shared node's own statement is missing
    place = sorted(shared.subjects(RDF.type, URIRef("https://schema.org/AdministrativeArea")))[0]
    shared.set((place, URIRef("https://schema.org/containedInPlace"), organisation))  # a shared node of the wrong class
    in_series = URIRef(KG.inSeries)
    series = sorted(shared.subjects(RDF.type, URIRef(KG.FigureSeries)))[0]
    links = sorted(dataset.quads((None, in_series, series, None)))
    for s, p, o, g in links[1:]:
        dataset.remove((s, p, o, g))  # the series is left with one member: seen only with the reports' links
    report_graph = next(g for g in sorted(dataset.graphs(), key=lambda g: str(g.identifier))
                        if g.identifier != URIRef(SHARED_GRAPH) and (None, URIRef(KG.inReport), None) in g)
    passage = sorted(report_graph.subjects(URIRef(KG.inReport), None))[0]
    report_graph.set((passage, URIRef(KG.inReport), organisation))  # points at a shared node of the wrong class
    report_graph.add((URIRef("https://w3id.org/govkg/id/x"), RDF.type, URIRef(KG.Measure)))
    return [str(organisation), str(place), str(series), str(passage)]


def test_the_built_graph_conforms_in_chunks_and_whole(dataset_file: Path):
    result = validate(open_store(dataset_file), jobs=2)
    assert result.conforms, result.violations[:3]
    assert result.graphs == 5  # four reports and the shared graph
    assert whole_graph_violations(Dataset().parse(dataset_file, format="trig")) == set()


@pytest.mark.parametrize("jobs", [1, 2])
def test_chunks_find_exactly_the_violations_of_the_whole_graph(dataset_file: Path, tmp_path: Path, jobs: int):
    dataset = Dataset().parse(dataset_file, format="trig")
    broken_nodes = break_graph(dataset)
    broken = tmp_path / "broken.trig"
    dataset.serialize(broken, format="trig")
    expected = whole_graph_violations(Dataset().parse(broken, format="trig"))
    result = validate(open_store(broken), jobs=jobs)
    found = {(v.focus, v.path) for v in result.violations}
    assert found == expected
    assert set(broken_nodes) | {"https://w3id.org/govkg/id/x"} <= {focus for focus, _path in found}
    assert not result.conforms
