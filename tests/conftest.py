"""Shared fixtures: the bundled report, its graph, and a small helper to build graphs from text."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
BUNDLED_REPORT = REPORTS / "weinan-gaoxin-2020-fazhi.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "shenzhen"


@pytest.fixture(scope="session")
def bundled_graph() -> Graph:
    """The graph of the bundled report, built fresh from data/reports/ (not read from triples.ttl)."""
    from kg.build import build_graph

    return build_graph([REPORTS])


@pytest.fixture(scope="session")
def bundled_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Turtle file of the bundled report's graph, built with ``kg build -o``."""
    from kg.build import build

    path = tmp_path_factory.mktemp("graph") / "triples.ttl"
    build([REPORTS], path)
    return path


@pytest.fixture(scope="session")
def run(bundled_graph_file: Path):
    """Run a kg command with CliRunner on the bundled report's graph: ``run("ask", "…")``."""
    from click.testing import CliRunner

    from kg.cli import cli

    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(cli, [*args, "--graph", str(bundled_graph_file)])

    return invoke


@pytest.fixture()
def report_file(tmp_path: Path):
    """Write a report text to a file and return its path: ``report_file(text, name=..., encoding=...)``."""

    def write(text: str, name: str = "report.txt", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write
