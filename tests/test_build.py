"""Building: determinism, stable IRIs, named graphs, formats, caching, atomic output, bad input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from kg.build import BuildOptions, build
from kg.cli import cli
from kg.graph.vocab import KG, SHARED_GRAPH, report_iri

from .conftest import REPORTS, ROOT, graph_of_texts


def test_committed_triples_ttl_is_current(tmp_path: Path):
    """data/triples.ttl is exactly what `kg build` makes of data/reports/ today."""
    out = tmp_path / "triples.ttl"
    build([REPORTS], out, BuildOptions(use_cache=False))
    assert out.read_bytes() == (ROOT / "data" / "triples.ttl").read_bytes(), "run `kg build` and commit data/triples.ttl"


@pytest.mark.parametrize("suffix", [".ttl", ".trig"])
def test_build_is_byte_identical_across_processes(tmp_path: Path, suffix: str):
    """Two fresh interpreters with different hash seeds write the same bytes (a cold and a cached build)."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"t{seed}{suffix}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg", "build", str(REPORTS), "-o", str(out)],
                       check=True, env=env, cwd=tmp_path, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 100_000


def test_iris_are_readable_and_derived_from_the_text(bundled_graph: Graph):
    subjects = {str(s) for s in bundled_graph.subjects()}
    assert "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号" in subjects
    assert "https://w3id.org/govkg/id/report/weinan-gaoxin-2020-fazhi/measure/3.1.1" in subjects
    assert "https://w3id.org/govkg/id/org/北人印机" in subjects


def test_the_same_document_in_two_reports_is_one_node(tmp_path: Path):
    graph = graph_of_texts(
        "一、工作\n（一）改革。一是按照《某某办法》(甲发〔2020〕5号)推进；二是完成。\n",
        "一、工作\n（一）改革。一是落实甲发[2020]5号文件；二是印发《某某办法》。\n",
        tmp_path=tmp_path)
    documents = set(graph.subjects(URIRef(KG.documentNumber), None))
    assert len(documents) == 1
    assert len(set(graph.subjects(URIRef(KG.cites), next(iter(documents))))) == 3


def test_each_report_is_a_named_graph_and_shared_entities_one_graph(tmp_path: Path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("一、工作\n（一）改革。一是按照《某某办法》推进；二是帮助甲科技、乙制造等2家企业。\n", encoding="utf-8")
    b.write_text("一、工作\n（一）服务。一是落实《某某办法》；二是走访。\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    build([a, b], out, BuildOptions(use_cache=False))
    dataset = Dataset().parse(out, format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {report_iri("a"), report_iri("b"), SHARED_GRAPH} <= graphs
    shared = dataset.graph(URIRef(SHARED_GRAPH))
    assert any(str(s).endswith("/doc/title/某某办法") for s in shared.subjects())
    report_a = dataset.graph(URIRef(report_iri("a")))
    assert all(str(s).startswith(report_iri("a")) for s in report_a.subjects())


@pytest.mark.parametrize(("suffix", "rdflib_format"), [
    (".ttl", "turtle"), (".trig", "trig"), (".nq", "nquads"), (".nt", "nt"), (".jsonld", "json-ld")])
def test_every_format_holds_the_same_statements(tmp_path: Path, bundled_graph: Graph, suffix: str, rdflib_format: str):
    out = tmp_path / f"g{suffix}"
    result = CliRunner().invoke(cli, ["build", str(REPORTS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    if rdflib_format in ("trig", "nquads", "json-ld"):
        parsed = Dataset().parse(out, format=rdflib_format)
        triples = {(s, p, o) for s, p, o, _g in parsed.quads()}
        assert len({g for _s, _p, _o, g in parsed.quads()}) == 2  # the report's graph and the shared graph
    else:
        triples = set(Graph().parse(out, format=rdflib_format))
    assert len(triples) == len(bundled_graph)


def test_format_option_overrides_the_extension_and_unknown_extensions_are_refused(tmp_path: Path):
    out = tmp_path / "graph.data"
    refused = CliRunner().invoke(cli, ["build", str(REPORTS), "-o", str(out)])
    assert refused.exit_code == 2 and "unknown graph format" in refused.output and not out.exists()
    assert CliRunner().invoke(cli, ["build", str(REPORTS), "-o", str(out), "--format", "nquads"]).exit_code == 0
    assert len(list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))) > 3000


def test_an_unchanged_report_is_not_extracted_again(tmp_path: Path):
    sources = tmp_path / "reports"
    sources.mkdir()
    for name in ("a", "b", "c"):
        (sources / f"{name}.txt").write_text(f"一、工作\n（一）{name}改革。一是精简；二是压缩5项。\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    first = build([sources], out)
    assert first.extracted == 3
    before = out.read_bytes()
    again = build([sources], out)
    assert again.extracted == 0 and out.read_bytes() == before
    (sources / "b.txt").write_text("一、工作\n（一）b改革。一是精简；二是压缩7项。\n", encoding="utf-8")
    changed = build([sources], out)
    assert changed.extracted == 1
    assert "7项" in out.read_text(encoding="utf-8")


def _district_report(year: int, extra: str = "") -> str:
    return (f"{year}年深圳市南山区政府工作报告\n\n一、{year - 1}年工作回顾\n"
            f"（一）全区实现地区生产总值{year - 1900}亿元。一是落实《优化营商环境办法》；{extra}\n")


def test_a_cached_build_writes_the_bytes_of_a_fresh_one(tmp_path: Path):
    """Reports' graphs are kept per report; a report whose inputs from the others change (a
    文号 another report gives its bare title, the series it belongs to) is written again."""
    sources = tmp_path / "reports"
    sources.mkdir()
    for year in (2020, 2021):
        (sources / f"r{year}.txt").write_text(_district_report(year), encoding="utf-8")
    out, fresh = tmp_path / "cached" / "g.trig", tmp_path / "fresh" / "g.trig"

    def same_as_fresh() -> None:
        build([sources], out)
        build([sources], fresh, BuildOptions(use_cache=False))
        assert out.read_bytes() == fresh.read_bytes()

    same_as_fresh()
    parts = tmp_path / "cached" / ".kg-cache" / "graph"
    kept = set(parts.iterdir())
    assert len(kept) == 2
    same_as_fresh()
    assert set(parts.iterdir()) == kept  # nothing written again
    # A third report gives the bare title its 文号 and joins the series: all three are rewritten.
    (sources / "r2022.txt").write_text(_district_report(2022, "二是印发《优化营商环境办法》（深南府〔2021〕3号）。"),
                                       encoding="utf-8")
    same_as_fresh()
    assert "深南府〔2021〕3号" in out.read_text(encoding="utf-8")
    assert len(set(parts.iterdir()) - kept) == 3
    (sources / "r2020.txt").unlink()
    same_as_fresh()


def test_temporary_files_of_a_killed_build_leave_the_caches(tmp_path: Path, report_file):
    path = report_file("一、工作\n（一）改革。一是精简；二是压缩5项。\n")
    out = tmp_path / "g.ttl"
    build([path], out)
    dead = 4_194_304 + 1  # above Linux's largest process id: no process has it
    left = [tmp_path / ".kg-cache" / folder / f".{'0' * 64}.{dead}.tmp" for folder in ("extract", "graph")]
    alive = tmp_path / ".kg-cache" / "extract" / f".{'1' * 64}.{os.getpid()}.tmp"
    for stale in [*left, alive]:
        stale.write_bytes(b"half a pickle")
    build([path], out)
    assert not any(stale.exists() for stale in left)
    assert alive.exists()  # a running build's file stays


def test_a_damaged_cache_entry_is_extracted_again(tmp_path: Path, report_file):
    path = report_file("一、工作\n（一）改革。一是精简；二是压缩5项。\n")
    out = tmp_path / "g.ttl"
    build([path], out)
    for entry in (tmp_path / ".kg-cache" / "extract").iterdir():
        entry.write_bytes(b"not a pickle")
    result = build([path], out)
    assert result.extracted == 1


def test_failed_build_leaves_the_previous_output_untouched(tmp_path: Path, report_file):
    good = report_file("一、工作\n（一）改革。一是精简；二是压缩。\n", name="good.txt")
    out = tmp_path / "out.ttl"
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(good), "-o", str(out)]).exit_code == 0
    before = out.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    result = runner.invoke(cli, ["build", str(good), str(bad), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.ttl")] == []


def test_keep_going_reports_a_bad_file_and_builds_the_rest(tmp_path: Path, report_file):
    good = report_file("一、工作\n（一）改革。一是精简；二是压缩。\n", name="good.txt")
    bad = report_file("", name="empty.txt")
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(cli, ["build", str(good), str(bad), "-o", str(out), "--keep-going"])
    assert result.exit_code == 2
    assert "failed" in result.output and "empty.txt" in result.output and "empty file" in result.output
    assert report_iri("good") in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"), (b"\xff\xfe\xfd" * 5, "cannot decode")],
)
def test_bad_input_gives_one_line_error_exit_2_and_writes_nothing(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "in.txt"
    path.write_bytes(content)
    out = tmp_path / "out.ttl"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and str(path) in result.output and problem in result.output
    assert not out.exists()


def test_gbk_report_builds_the_same_graph_as_its_utf8_twin(tmp_path: Path):
    text = "一、工作\n（一）改革。一是帮助甲科技、乙制造等2家企业；二是印发《某某办法》。\n"
    for folder, encoding in (("u", "utf-8"), ("g", "gbk")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "r.txt").write_bytes(text.encode(encoding))
        build([tmp_path / folder], tmp_path / f"{folder}.ttl", BuildOptions(use_cache=False))
    utf8, gbk = (Graph().parse(tmp_path / f"{f}.ttl", format="turtle") for f in ("u", "g"))
    assert set(utf8.objects(None, URIRef(KG.text))) == set(gbk.objects(None, URIRef(KG.text)))
    assert len(utf8) == len(gbk)


def test_text_with_no_structure_warns_and_still_writes_a_valid_graph(tmp_path: Path, report_file):
    path = report_file("这是一段没有编号结构的文字，只有一句话。\n", name="plain.txt")
    out = tmp_path / "plain.ttl"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0
    assert "no report structure found" in result.output
    assert CliRunner().invoke(cli, ["validate", "--graph", str(out)]).exit_code == 0


def test_crlf_indented_report_keeps_exact_offsets(tmp_path: Path):
    text = "\r\n".join(["\u3000\u3000一、工作", "\u3000\u3000（一）改革。一是精简事项；二是完成评估5项。", ""])
    graph = graph_of_texts(text, tmp_path=tmp_path)
    checked = 0
    for node in set(graph.subjects(URIRef(KG.beginOffset), None)):
        begin, end = int(graph.value(node, URIRef(KG.beginOffset))), int(graph.value(node, URIRef(KG.endOffset)))
        quoted = graph.value(node, URIRef(KG.quote)) or graph.value(node, URIRef(KG.text))
        assert text[begin:end] == str(quoted)
        checked += 1
    assert checked >= 5


def test_one_huge_line_builds(tmp_path: Path):
    measures = "".join(f"{n}是完成第{i}批任务{i}件；" for i, n in enumerate("一二三四五六七八九", start=1))
    graph = graph_of_texts("一、工作情况\n（一）综合。" + measures + "继续推进。" * 50000, tmp_path=tmp_path)
    assert len(set(graph.subjects(URIRef(KG.path), None))) >= 9


def test_missing_source_is_an_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "o.ttl")])
    assert result.exit_code == 2 and "no such file or directory" in result.output
