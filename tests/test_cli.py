"""The command line: help with examples, query formats, stats, validate exit codes, --graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CITING_QUERY = str(ROOT / "ontology" / "queries" / "measures-citing-document.rq")


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_every_command_has_help_with_an_example():
    for name, command in cli.commands.items():
        result = run(name, "--help")
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"kg {name} --help lacks an example"
        assert command.help and command.help.strip(), name


def test_example_query_returns_exactly_the_measure_citing_the_number(bundled_graph_file: Path):
    result = run("query", CITING_QUERY, "--graph", str(bundled_graph_file), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["head"]["vars"] == ["path", "measure", "usage", "text"]
    rows = data["results"]["bindings"]
    assert [row["path"]["value"] for row in rows] == ["3.1.1"]
    assert rows[0]["measure"]["type"] == "uri"
    assert rows[0]["usage"]["value"] == "遵循"


def test_csv_and_table_formats(bundled_graph_file: Path):
    csv_out = run("query", CITING_QUERY, "--graph", str(bundled_graph_file), "--format", "csv").output
    assert csv_out.splitlines()[0] == "path,measure,usage,text"
    assert csv_out.splitlines()[1].startswith("3.1.1,")
    table = run("query", CITING_QUERY, "--graph", str(bundled_graph_file)).output
    assert table.splitlines()[0].split() == ["path", "measure", "usage", "text"]
    assert table.rstrip().endswith("(1 row)")


def test_inline_query_with_predeclared_prefixes(bundled_graph_file: Path):
    result = run("query", "SELECT (COUNT(?m) AS ?n) WHERE { ?m a kg:Problem }", "--graph", str(bundled_graph_file), "--format", "csv")
    assert result.output.splitlines() == ["n", "3"]


def test_a_query_with_no_rows_exits_1(bundled_graph_file: Path):
    result = run("query", 'SELECT ?d WHERE { ?d kg:documentNumber "无〔1900〕1号" }', "--graph", str(bundled_graph_file))
    assert result.exit_code == 1


def test_a_bad_query_is_a_one_line_error(bundled_graph_file: Path):
    result = run("query", "SELEKT nonsense", "--graph", str(bundled_graph_file))
    assert result.exit_code == 2
    assert result.output.startswith("kg: error: bad SPARQL query") and result.output.count("\n") == 1


def test_stats_counts_per_class(bundled_graph_file: Path):
    result = run("stats", "--graph", str(bundled_graph_file))
    assert result.exit_code == 0
    counts = dict(line.rsplit(None, 1) for line in result.output.splitlines())
    assert counts["kg:Measure"] == "55" and counts["kg:Problem"] == "3" and counts["kg:Plan"] == "4"
    assert counts["kg:Report"] == "1"


def test_validate_conforms_on_the_bundled_graph(bundled_graph_file: Path):
    result = run("validate", "--graph", str(bundled_graph_file))
    assert result.exit_code == 0 and "conforms" in result.output


def test_validate_lists_violations_and_exits_1(bundled_graph_file: Path, tmp_path: Path):
    broken = tmp_path / "broken.ttl"
    text = bundled_graph_file.read_text(encoding="utf-8")
    # A document number in a non-canonical form, and a measure without its text.
    text = text.replace('kg:documentNumber "渭编发〔2020〕10号"', 'kg:documentNumber "渭编发[2020]10号"')
    broken.write_text(text + '\n<https://w3id.org/govkg/id/x> a <https://w3id.org/govkg/ontology#Measure> .\n', encoding="utf-8")
    result = run("validate", "--graph", str(broken))
    assert result.exit_code == 1
    assert "canonical form" in result.output
    assert "https://w3id.org/govkg/id/x" in result.output


@pytest.mark.parametrize("command", ["query", "stats", "validate"])
def test_commands_reading_a_graph_name_a_missing_file(command: str, tmp_path: Path):
    args = [command] + (["SELECT * WHERE {?s ?p ?o}"] if command == "query" else []) + ["--graph", str(tmp_path / "no.ttl")]
    result = run(*args)
    assert result.exit_code == 2
    assert str(tmp_path / "no.ttl") in result.output and "not found" in result.output


def test_an_unparsable_graph_is_a_one_line_error(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    result = run("stats", "--graph", str(bad))
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "not a readable Turtle graph" in result.output
