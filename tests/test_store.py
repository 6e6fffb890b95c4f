"""The store beside the graph file: built once, keyed by content, checked when opened, rebuilt when wrong."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.ask import answer
from kg.errors import GraphError
from kg.graph.sparql import Query
from kg.graph.store import CACHE_DIR_NAME, open_store, store_info

EXTRA_ORG = (
    '\n<https://w3id.org/govkg/id/org/测试新增企业> a <http://www.w3.org/ns/org#Organization>, '
    '<https://w3id.org/govkg/ontology#Enterprise> ;\n'
    '    <http://www.w3.org/2000/01/rdf-schema#label> "测试新增企业"@zh .\n'
)
NEW_ORG_QUERY = 'SELECT ?o WHERE { ?o <http://www.w3.org/2000/01/rdf-schema#label> "测试新增企业"@zh }'


@pytest.fixture()
def graph(bundled_graph_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "triples.ttl"
    shutil.copyfile(bundled_graph_file, path)
    return path


def cited_paths(graph: Path) -> list[str | None]:
    return [item.path for item in answer("哪些措施引用了渭编发〔2020〕10号", open_store(graph)).items]


def test_first_open_builds_the_store_and_later_opens_reuse_it(graph: Path):
    assert not (graph.parent / CACHE_DIR_NAME).exists()
    first = open_store(graph)
    info = store_info(graph)
    assert info.directory.is_dir()
    built = (info.directory / "manifest.json").stat().st_mtime_ns
    second = open_store(graph)
    assert (info.directory / "manifest.json").stat().st_mtime_ns == built
    assert len(first) == len(second) > 3000


def test_the_store_holds_a_named_graph_per_report_and_one_shared(graph: Path):
    store = open_store(graph)
    assert store.graphs() == ["https://w3id.org/govkg/id/graph/shared",
                              "https://w3id.org/govkg/id/report/weinan-gaoxin-2020-fazhi"]


def test_a_change_that_keeps_size_and_time_still_gets_a_fresh_store(graph: Path):
    """The key is the content: an edit of the same length, with the old mtime restored, is seen."""
    open_store(graph)
    before = graph.stat()
    text = graph.read_text(encoding="utf-8")
    changed = text.replace("\"北人印机\"@zh", "\"南人印机\"@zh", 1)
    assert len(changed.encode()) == len(text.encode()) and changed != text
    graph.write_text(changed, encoding="utf-8")
    os.utime(graph, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert graph.stat().st_size == before.st_size and graph.stat().st_mtime_ns == before.st_mtime_ns
    rows = open_store(graph).select(Query('SELECT ?o WHERE { ?o <http://www.w3.org/2000/01/rdf-schema#label> "南人印机"@zh }'))
    assert len(rows) == 1


def test_an_appended_statement_is_seen_and_the_stale_store_goes(graph: Path):
    open_store(graph)
    old = store_info(graph).directory
    with graph.open("a", encoding="utf-8") as out:
        out.write(EXTRA_ORG)
    assert len(open_store(graph).select(Query(NEW_ORG_QUERY))) == 1
    assert not old.exists() and store_info(graph).directory.is_dir()


@pytest.mark.parametrize("damage", ["truncate-manifest", "wreck-files", "empty-store-dir", "foreign-manifest"])
def test_a_damaged_store_is_rebuilt_and_never_answers(graph: Path, damage: str):
    assert cited_paths(graph) == ["3.1.1"]
    directory = store_info(graph).directory
    rocks = directory / "store"
    if damage == "truncate-manifest":
        manifest = next(p for p in rocks.iterdir() if p.name.startswith("MANIFEST"))
        manifest.write_bytes(manifest.read_bytes()[: manifest.stat().st_size // 2])
    elif damage == "wreck-files":
        for entry in rocks.iterdir():
            if entry.is_file():
                entry.write_bytes(b"garbage")
    elif damage == "empty-store-dir":
        shutil.rmtree(rocks)
        rocks.mkdir()
    else:
        manifest = json.loads((directory / "manifest.json").read_text())
        files = {**manifest["files"], "000099.sst": 1024}  # a manifest describing another database
        (directory / "manifest.json").write_text(json.dumps({**manifest, "files": files}))
    assert cited_paths(graph) == ["3.1.1"]
    manifest = json.loads((directory / "manifest.json").read_text())
    assert len(open_store(graph)) == manifest["quads"]


def test_unwritable_cache_location_falls_back_to_memory(graph: Path):
    (graph.parent / CACHE_DIR_NAME).write_text("not a directory")
    assert cited_paths(graph) == ["3.1.1"]


def test_without_cache_gives_the_same_answers(graph: Path):
    cached = answer("第三部分有哪些措施", open_store(graph))
    fresh = answer("第三部分有哪些措施", open_store(graph, use_cache=False))
    assert [i.to_json() for i in cached.items] == [i.to_json() for i in fresh.items]
    assert cached.items


def test_missing_and_malformed_graphs_are_one_line_errors(tmp_path: Path):
    with pytest.raises(GraphError, match="not found"):
        open_store(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n this is not turtle", encoding="utf-8")
    with pytest.raises(GraphError, match="not a readable Turtle graph") as raised:
        open_store(bad)
    assert "\n" not in str(raised.value)
    leftovers = [p for p in (tmp_path / CACHE_DIR_NAME).rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


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


def test_the_remembered_hash_is_used_only_for_the_same_stamp(graph: Path):
    """stat.json spares hashing an unchanged file; unreadable or out of date, it is recomputed."""
    first = store_info(graph)
    remembered = graph.parent / CACHE_DIR_NAME / graph.name / "stat.json"
    assert json.loads(remembered.read_text())["sha256"] == first.sha256
    remembered.write_text("{not json")
    assert store_info(graph) == first
    with graph.open("a", encoding="utf-8") as out:
        out.write(EXTRA_ORG)
    assert store_info(graph).sha256 != first.sha256
    assert len(open_store(graph).select(Query(NEW_ORG_QUERY))) == 1
