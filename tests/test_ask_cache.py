"""The Oxigraph cache beside the graph file: built once, reused, rebuilt when the file changes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ask import ask
from kg.ask.graphstore import CACHE_DIR_NAME, cache_path, open_store
from kg.errors import GraphError

EXTRA_ORG = (
    '\n<https://w3id.org/govkg/id/org/测试新增企业> a <http://www.w3.org/ns/org#Organization>, '
    '<https://w3id.org/govkg/ontology#Enterprise> ;\n'
    '    <http://www.w3.org/2000/01/rdf-schema#label> "测试新增企业"@zh .\n'
)


@pytest.fixture()
def graph(bundled_graph_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "triples.ttl"
    shutil.copyfile(bundled_graph_file, path)
    return path


def test_first_call_builds_the_cache_and_later_calls_reuse_it(graph: Path):
    assert not (graph.parent / CACHE_DIR_NAME).exists()
    first = ask("哪些措施提到了北人印机", graph)
    cached = cache_path(graph)
    assert cached.is_dir()
    built = cached.stat().st_mtime_ns
    second = ask("哪些措施提到了北人印机", graph)
    assert cached.stat().st_mtime_ns == built
    assert [i.iri for i in first.items] == [i.iri for i in second.items]
    assert [p.name for p in (graph.parent / CACHE_DIR_NAME).iterdir()] == [cached.name]


def test_a_changed_file_gets_a_fresh_cache_and_the_stale_one_goes(graph: Path):
    ask("提到最多的机构", graph)
    old = cache_path(graph)
    with graph.open("a", encoding="utf-8") as out:
        out.write(EXTRA_ORG)
    os.utime(graph, ns=(old.stat().st_mtime_ns + 10**9, old.stat().st_mtime_ns + 10**9))
    assert cache_path(graph) != old
    card_store = open_store(graph)
    rows = list(card_store.query('SELECT ?o WHERE { ?o <http://www.w3.org/2000/01/rdf-schema#label> "测试新增企业"@zh }'))
    assert len(rows) == 1
    assert not old.exists() and cache_path(graph).is_dir()


def test_unwritable_cache_location_falls_back_to_memory(graph: Path):
    (graph.parent / CACHE_DIR_NAME).write_text("not a directory")
    result = ask("哪些措施引用了渭编发〔2020〕10号", graph)
    assert [i.path for i in result.items] == ["3.1.1"]


def test_without_cache_gives_the_same_answers(graph: Path):
    cached = ask("第三部分有哪些措施", graph)
    fresh = ask("第三部分有哪些措施", graph, use_cache=False)
    assert [i.to_json() for i in cached.items] == [i.to_json() for i in fresh.items]


def test_missing_and_malformed_graphs_are_one_line_errors(tmp_path: Path):
    with pytest.raises(GraphError, match="not found"):
        ask("存在哪些问题", tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError, match="not a readable Turtle graph"):
        ask("存在哪些问题", bad)
    assert not any(p.name.endswith(".tmp") for p in (tmp_path / CACHE_DIR_NAME).glob("*")) if (tmp_path / CACHE_DIR_NAME).exists() else True


def test_ask_imports_neither_rdflib_nor_networkx(bundled_graph_file: Path):
    """The fast path: only pyoxigraph; networkx only for connection questions."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kg.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['ask', '哪些措施提到了北人印机', '--graph', {str(bundled_graph_file)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "print('rdflib' in sys.modules, 'networkx' in sys.modules)\n"
        f"r = CliRunner().invoke(cli, ['ask', '北人印机和渭编发〔2020〕10号有什么关系', '--graph', {str(bundled_graph_file)!r}])\n"
        "print('rdflib' in sys.modules, 'networkx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "False False"
    assert out[1] == "False True"


def test_a_damaged_cache_is_rebuilt(graph: Path):
    ask("存在哪些问题", graph)
    cached = cache_path(graph)
    for entry in cached.iterdir():  # wreck the store's files
        if entry.is_file():
            entry.write_bytes(b"garbage")
    result = ask("哪些措施引用了渭编发〔2020〕10号", graph)
    assert [i.path for i in result.items] == ["3.1.1"]
