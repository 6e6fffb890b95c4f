"""Shared fixtures: the bundled report, its graph file and store, the corpus, and helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
BUNDLED_REPORT = REPORTS / "weinan-gaoxin-2020-fazhi.txt"
GOLD = ROOT / "tests" / "gold"
CORPUS_ROOT = ROOT.parent / "shared" / "corpus"
CORPUS = CORPUS_ROOT / "shenzhen"
PROVINCES = CORPUS_ROOT / "provinces-2026"


def corpus_or_skip() -> Path:
    """The shared corpus; without it a test skips, except in CI, where its absence is a failure."""
    if CORPUS.is_dir() and PROVINCES.is_dir():
        return CORPUS_ROOT
    if os.environ.get("CI"):
        pytest.fail(f"the corpus {CORPUS_ROOT} is missing; CI must provide ../shared/corpus")
    pytest.skip(f"the corpus {CORPUS_ROOT} is not here (it lives beside the project in ../shared/corpus)")


@pytest.fixture(scope="session")
def bundled_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Turtle file of the bundled report's graph, built fresh with the library's build()."""
    from kg.build import BuildOptions, build

    path = tmp_path_factory.mktemp("graph") / "triples.ttl"
    build([REPORTS], path, BuildOptions(use_cache=False))
    return path


@pytest.fixture(scope="session")
def bundled_graph(bundled_graph_file: Path) -> Graph:
    """The bundled report's graph parsed by rdflib: an independent reader of what kg wrote."""
    return Graph().parse(bundled_graph_file, format="turtle")


@pytest.fixture(scope="session")
def store(bundled_graph_file: Path):
    """The bundled report's graph opened as kg's store."""
    from kg.graph.store import open_store

    return open_store(bundled_graph_file)


@pytest.fixture(scope="session")
def run(bundled_graph_file: Path):
    """Run a kg command in-process on the bundled report's graph: ``run("ask", "…")``."""
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


def graph_of_texts(*texts: str, tmp_path: Path) -> Graph:
    """Build reports from texts (named r0.txt, r1.txt, …) and parse the Turtle with rdflib."""
    from kg.build import BuildOptions, build

    sources = []
    for number, text in enumerate(texts):
        path = tmp_path / f"r{number}.txt"
        path.write_text(text, encoding="utf-8")
        sources.append(path)
    out = tmp_path / "out" / "g.ttl"
    build(sources, out, BuildOptions(use_cache=False))
    return Graph().parse(out, format="turtle")
