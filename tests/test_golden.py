"""Golden test: a small report and its expected graph, compared as graphs (isomorphism)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.build import BuildOptions, build

GOLDEN = Path(__file__).parent / "golden"


def test_small_report_builds_the_expected_graph(tmp_path: Path):
    out = tmp_path / "small-report.ttl"
    build([GOLDEN / "small-report.txt"], out, BuildOptions(use_cache=False))
    built = Graph().parse(out, format="turtle")
    expected = Graph().parse(GOLDEN / "small-report.ttl", format="turtle")
    if not isomorphic(built, expected):
        _both, only_built, only_expected = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        lines = sorted(only_built.serialize(format="nt").splitlines())
        missing = sorted(only_expected.serialize(format="nt").splitlines())
        raise AssertionError("graph differs from tests/golden/small-report.ttl\n"
                             + "only in built:\n  " + "\n  ".join(lines[:40])
                             + "\nonly in expected:\n  " + "\n  ".join(missing[:40]))
