"""Building: determinism, stable IRIs, atomic output, bad input through the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.build import build, serialize, build_graph
from kg.cli import cli
from kg.namespaces import KG

ROOT = Path(__file__).resolve().parent.parent


def test_committed_triples_ttl_is_current(tmp_path: Path):
    """data/triples.ttl is exactly what `kg build` makes of data/reports/ today."""
    out = tmp_path / "triples.ttl"
    build([ROOT / "data" / "reports"], out)
    assert out.read_bytes() == (ROOT / "data" / "triples.ttl").read_bytes(), "run `kg build` and commit data/triples.ttl"


def test_build_is_byte_identical_across_processes(tmp_path: Path):
    """Two fresh interpreters with different hash seeds write the same bytes."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"t{seed}.ttl"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "data" / "reports"), "-o", str(out)],
                       check=True, env=env, cwd=tmp_path, capture_output=True)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_iris_are_readable_and_derived_from_the_text(bundled_graph: Graph):
    subjects = {str(s) for s in bundled_graph.subjects()}
    assert "https://w3id.org/govkg/id/doc/渭编发〔2020〕10号" in subjects
    assert "https://w3id.org/govkg/id/report/weinan-gaoxin-2020-fazhi/measure/3.1.1" in subjects
    assert "https://w3id.org/govkg/id/org/北人印机" in subjects


def test_the_same_document_in_two_reports_is_one_node(report_file):
    a = report_file("一、工作\n（一）改革。一是按照《某某办法》(甲发〔2020〕5号)推进；二是完成。\n", name="a.txt")
    b = report_file("一、工作\n（一）改革。一是落实甲发[2020]5号文件；二是印发《某某办法》。\n", name="b.txt")
    graph = build_graph([a, b])
    documents = set(graph.subjects(KG.documentNumber, None))
    assert len(documents) == 1
    assert len(set(graph.subjects(KG.cites, next(iter(documents))))) == 3


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
    (tmp_path / "u").mkdir()
    (tmp_path / "g").mkdir()
    (tmp_path / "u" / "r.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "g" / "r.txt").write_bytes(text.encode("gbk"))
    utf8, gbk = build_graph([tmp_path / "u"]), build_graph([tmp_path / "g"])
    assert set(utf8.objects(None, KG.text)) == set(gbk.objects(None, KG.text))
    assert len(utf8) == len(gbk)


def test_text_with_no_structure_warns_and_still_writes_a_valid_graph(tmp_path: Path, report_file):
    path = report_file("这是一段没有编号结构的文字，只有一句话。\n", name="plain.txt")
    out = tmp_path / "plain.ttl"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0
    assert "no report structure found" in result.output
    assert out.exists()
    assert CliRunner().invoke(cli, ["validate", "--graph", str(out)]).exit_code == 0


def test_crlf_indented_report_keeps_exact_offsets(report_file):
    text = "\r\n".join(["\u3000\u3000一、工作", "\u3000\u3000（一）改革。一是精简事项；二是完成评估5项。", ""])
    path = report_file(text, name="crlf.txt")
    graph = build_graph([path])
    for node in set(graph.subjects(KG.beginOffset, None)):
        begin, end = int(graph.value(node, KG.beginOffset)), int(graph.value(node, KG.endOffset))
        assert text[begin:end] == str(graph.value(node, KG.quote))


def test_one_huge_line_builds(report_file):
    measures = "".join(f"{n}是完成第{i}批任务{i}件；" for i, n in enumerate("一二三四五六七八九", start=1))
    path = report_file("一、工作情况\n（一）综合。" + measures + "继续推进。" * 50000, name="huge.txt")
    graph = build_graph([path])
    assert len(set(graph.subjects(KG.path, None))) >= 9


def test_serialize_is_stable_for_the_same_graph(bundled_graph: Graph):
    assert serialize(bundled_graph) == serialize(bundled_graph)


def test_missing_source_is_an_error(tmp_path: Path):
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "nope"), "-o", str(tmp_path / "o.ttl")])
    assert result.exit_code == 2 and "no such file or directory" in result.output
