"""Golden test: a small report and its expected graph, compared as graphs."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.build import build_graph

GOLDEN = Path(__file__).parent / "golden"


def test_small_report_builds_the_expected_graph():
    built = build_graph([GOLDEN / "small-report.txt"])
    expected = Graph().parse(GOLDEN / "small-report.ttl", format="turtle")
    if not isomorphic(built, expected):
        _both, only_built, only_expected = graph_diff(to_isomorphic(built), to_isomorphic(expected))
        lines = sorted(only_built.serialize(format="nt").splitlines())
        missing = sorted(only_expected.serialize(format="nt").splitlines())
        raise AssertionError(
            "built graph differs from tests/golden/small-report.ttl\n"
            "only in built:\n  " + "\n  ".join(lines) + "\nonly in expected:\n  " + "\n  ".join(missing)
        )
