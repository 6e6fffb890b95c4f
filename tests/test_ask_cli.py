"""The ask command: output, JSON format, --sparql, exit codes (show and search: test_show_search)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli


def test_ask_prints_path_full_text_and_source(run):
    result = run("ask", "哪些措施引用了渭编发〔2020〕10号")
    assert result.exit_code == 0
    assert "Measure 3.1.1" in result.output
    assert "承担农业执法职责" in result.output  # the full text, not a shortened label
    assert "source: «《渭南市市本级五个领域综合执法改革实施方案》(渭编发〔2020〕10号)»" in result.output


def test_ask_json_is_the_documented_object(run):
    result = run("ask", "which measures mention 北人印机", "--json")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert {"question", "kind", "sparql", "answers"} <= set(data)
    assert data["kind"] == "mentions" and data["question"] == "which measures mention 北人印机"
    assert "SELECT" in data["sparql"] and "VALUES" in data["sparql"]
    for item in data["answers"]:
        assert {"iri", "label", "type", "text", "path", "source"} <= set(item)
    assert {a["path"] for a in data["answers"]} == {"1.3.1", "1.3.4"}


def test_ask_sparql_prints_a_query_that_kg_query_runs(run, bundled_graph_file: Path):
    result = run("ask", "哪些措施引用了渭编发[2020]10号", "--sparql")
    assert result.exit_code == 0
    shown = result.output[result.output.index("PREFIX"):]
    assert 'VALUES (?target) { (<https://w3id.org/govkg/id/doc/渭编发〔2020〕10号>) }' in shown
    again = CliRunner().invoke(cli, ["query", shown, "--graph", str(bundled_graph_file), "--format", "csv"])
    assert again.exit_code == 0 and "/measure/3.1.1" in again.output


def test_ask_exit_codes(run, tmp_path: Path):
    assert run("ask", "存在哪些问题").exit_code == 0
    assert run("ask", "哪些措施引用了渭编发〔2020〕99号").exit_code == 1
    missing = CliRunner().invoke(cli, ["ask", "存在哪些问题", "--graph", str(tmp_path / "none.ttl")])
    assert missing.exit_code == 2
    assert missing.output.count("\n") == 1 and missing.output.startswith("kg: error:")


def test_not_understood_is_helpful_not_a_traceback(run):
    result = run("ask", "北人怎么样呀")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "北人印机" in result.output
    # Examples name what this graph holds (its most cited document, most mentioned enterprise).
    for example in ("which measures mention 北人印机", "第三部分有哪些措施", "哪些措施引用了渭"):
        assert example in result.output
    data = json.loads(run("ask", "北人怎么样呀", "--json").output)
    assert data["kind"] is None and data["answers"] == [] and data["suggestions"][0] == "北人印机"
    from kg.ask import kinds

    assert len(data["forms"]) == len(kinds())


def test_summaries_follow_the_question_language(run):
    assert run("ask", "存在哪些问题").output.startswith("problems: 存在的问题3条")
    assert run("ask", "list the problems").output.startswith("problems: 3 problem(s)")
    assert "没能理解" in run("ask", "北人怎么样呀").output
    assert "did not understand" in run("ask", "tell me a joke").output


def test_a_question_does_not_import_pkg_resources():
    """jieba is imported without pkg_resources (50 ms of start-up and a deprecation warning)."""
    import subprocess
    import sys

    code = ("import sys; from kg.segmenter import jieba_module; jieba_module(); import jieba.posseg; "
            "print('pkg_resources' in sys.modules, jieba_module().lcut('渭南高新区')[:1])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split()[0] == "False" and "渭南" in done.stdout
