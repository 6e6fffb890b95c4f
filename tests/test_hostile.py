"""Hostile inputs, outputs and caches: every case ends in a graph or one clear line, and nothing is lost."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.extract import extract
from kg.model import SourceText

REPORT = "一、工作情况\n（一）深化改革。一是按照《某某管理办法》推进；二是帮助甲科技、乙制造等2家企业获得贷款3亿元。\n"


def kg(*args: str | bytes, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real command in a fresh process (arguments may be bytes that are not UTF-8)."""
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, cwd=cwd, timeout=300)


def one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("kg: error: ") and "Traceback" not in err, err
    return err


@pytest.fixture()
def report(tmp_path: Path) -> Path:
    path = tmp_path / "reports" / "r.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


# --- inputs --------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["12345678901234567890123456789户", "123456789012345678901亿元", "9" * 80 + "户"])
def test_numbers_of_any_length_never_crash(number: str):
    found = extract(SourceText("r.txt", f"一、工作\n（一）新增企业{number}。\n", "0" * 64, "utf-8"), "r")
    for figure in found.figures:
        assert len(str(figure.value).replace(".", "")) <= 60  # exact, never rounded into an exponent
    too_long = sum(c.isdigit() for c in number) > 24
    assert bool(found.figures) != too_long
    assert any("digits" in w for w in found.warnings) == too_long


def test_a_21_digit_number_before_yi_is_exact():
    found = extract(SourceText("r.txt", "一、工作\n（一）贷款123456789012345678901亿元。\n", "0" * 64, "utf-8"), "r")
    assert str(found.figures[0].value) == "12345678901234567890100000000"


def test_an_empty_title_is_ignored(tmp_path: Path):
    path = tmp_path / "r.txt"
    path.write_text("一、工作\n（一）印发《 》和《》，落实《某某办法》。\n", encoding="utf-8")
    result = kg("build", str(path), "-o", str(tmp_path / "g.ttl"))
    assert result.returncode == 0, result.stderr
    assert "某某办法" in (tmp_path / "g.ttl").read_text(encoding="utf-8")


@pytest.mark.parametrize("odd", ["\ufffd", "\ufffc", "\ufe0f", "\U000e0100", "\u200b"])
def test_odd_characters_in_titles_and_file_names_keep_the_graph_usable(tmp_path: Path, odd: str):
    path = tmp_path / f"报告{odd}.txt"
    path.write_text(f"一、工作\n（一）改革。一是印发《某{odd}办法》；二是帮助甲{odd}科技、乙制造等2家企业。\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert kg("build", str(path), "-o", str(out)).returncode == 0
    assert kg("validate", "--graph", str(out)).returncode == 0
    for args in (["ask", f"哪些措施引用了《某{odd}办法》"], ["show", f"某{odd}办法"], ["search", "某"]):
        result = kg(*args, "--graph", str(out))
        assert result.returncode == 0, (args, result.stderr.decode())


def test_a_file_name_in_gbk_bytes_is_read_as_chinese(tmp_path: Path):
    name = "渭南报告.txt".encode("gbk")
    raw = os.fsencode(tmp_path) + b"/" + name
    with open(raw, "wb") as handle:
        handle.write(REPORT.encode("utf-8"))
    out = tmp_path / "g.ttl"
    result = kg("build", raw, "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert "https://w3id.org/govkg/id/report/渭南报告" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["ask", "show", "search"])
def test_arguments_that_are_not_utf8_are_answered(tmp_path: Path, report: Path, command: str):
    out = tmp_path / "g.ttl"
    assert kg("build", str(report), "-o", str(out)).returncode == 0
    for argument in (b"\xff", "甲科技".encode("gbk")):
        result = kg(command, argument, "--graph", str(out))
        assert result.returncode in (0, 1), result.stderr.decode()
        assert b"Traceback" not in result.stderr
    found = kg("search", "甲科技".encode("gbk"), "--graph", str(out))
    assert found.returncode == 0 and "甲科技" in found.stdout.decode()


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 400, encoding="utf-8")
    err = one_line_error(kg("build", str(path), "-o", str(tmp_path / "g.ttl"), "--max-size", "0.01"))
    assert "over the 0.01 MB limit" in err and "big.txt" in err
    assert not (tmp_path / "g.ttl").exists()


def test_a_symlink_loop_is_named_given_directly_and_skipped_with_a_reason_in_a_directory(tmp_path: Path, report: Path):
    loop = report.parent / "loop.txt"
    os.symlink(loop, loop)
    err = one_line_error(kg("build", str(loop), "-o", str(tmp_path / "g.ttl")))
    assert "symbolic link loop" in err
    result = kg("build", str(report.parent), "-o", str(tmp_path / "g.ttl"))
    assert result.returncode == 0
    assert "skipped" in result.stderr.decode() and "loop.txt: symbolic link loop" in result.stderr.decode()


def test_a_file_name_with_a_newline_is_escaped_once_and_errors_stay_on_one_line(tmp_path: Path):
    good = tmp_path / "a\nb.txt"
    good.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "g.ttl"
    assert kg("build", str(good), "-o", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "report/a%0Ab" in text and "%250A" not in text
    bad = tmp_path / "c\nd.txt"
    bad.write_bytes(b"")
    assert "c\\nd.txt" in one_line_error(kg("build", str(bad), "-o", str(out)))


# --- outputs -------------------------------------------------------------------------------


def test_the_output_cannot_be_an_input(report: Path):
    before = report.read_bytes()
    err = one_line_error(kg("build", str(report), "-o", str(report), "--format", "turtle"))
    assert "one of the input files" in err
    assert report.read_bytes() == before


def test_the_output_cannot_lie_where_the_next_build_reads_it_back(report: Path):
    target = report.parent / "graph.txt"
    err = one_line_error(kg("build", str(report.parent), "-o", str(target), "--format", "turtle"))
    assert "read back" in err and not target.exists()


def test_the_output_cannot_be_a_fifo_or_a_device(tmp_path: Path, report: Path):
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(kg("build", str(report), "-o", str(fifo)))
    assert Path(fifo).is_fifo()
    err = one_line_error(kg("build", str(report), "-o", "/dev/null", "--format", "turtle"))
    assert "not a regular file" in err
    assert Path("/dev/null").is_char_device()


def test_a_read_only_output_is_refused(tmp_path: Path, report: Path):
    out = tmp_path / "g.ttl"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o444)
    assert "read-only" in one_line_error(kg("build", str(report), "-o", str(out)))
    assert out.read_text(encoding="utf-8") == "old"


def test_a_replaced_output_keeps_its_mode(tmp_path: Path, report: Path):
    out = tmp_path / "g.ttl"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    assert kg("build", str(report), "-o", str(out)).returncode == 0
    assert out.stat().st_mode & 0o777 == 0o640 and out.read_text(encoding="utf-8") != "old"


def test_temporary_files_of_a_killed_build_are_cleaned_up(tmp_path: Path, report: Path):
    out = tmp_path / "g.ttl"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = tmp_path / f".g.ttl.{dead.pid}.abc123.tmp"
    stale.write_bytes(b"x" * 1000)
    assert kg("build", str(report), "-o", str(out)).returncode == 0
    assert not stale.exists() and out.is_file()


def test_sigterm_while_writing_leaves_no_temporary_and_the_old_file(tmp_path: Path):
    out = tmp_path / "big.bin"
    out.write_bytes(b"old")
    code = ("import sys; from pathlib import Path; from kg.outputs import write_atomically\n"
            f"write_atomically(Path({str(out)!r}), b'x' * (1 << 31))\n")
    writer = subprocess.Popen([sys.executable, "-c", code])
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".tmp") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline and writer.poll() is None
        time.sleep(0.01)
    writer.send_signal(signal.SIGTERM)
    writer.wait(timeout=60)
    assert writer.returncode != 0
    assert [p.name for p in tmp_path.iterdir()] == ["big.bin"]
    assert out.read_bytes() == b"old"


# --- what ask prints ----------------------------------------------------------------------


def test_ask_json_sparql_is_one_query_that_kg_query_runs(tmp_path: Path, bundled_graph_file: Path):
    runner = CliRunner()
    for question in ("新设立企业多少户", "哪些措施引用了渭编发〔2020〕10号", "北人印机和渭编发〔2020〕10号有什么关系"):
        data = json.loads(runner.invoke(cli, ["ask", question, "--json", "--graph", str(bundled_graph_file)]).output)
        assert data["sparql"].count("SELECT") >= 1 and "\n\n" not in data["sparql"].strip()
        result = runner.invoke(cli, ["query", data["sparql"], "--graph", str(bundled_graph_file)])
        assert result.exit_code == 0, (question, result.output)


PATHOLOGICAL = ["按照《条例》", "某某管理局、", "甲乙公司、", "等3家企业", "由3%提升至", "一、\n", "渭编发〔2020〕10号",
                "小米、", "华为", "京东方、惠科、", "恒力科技"]


def extraction_seconds(text: str) -> float:
    """The shorter of two runs, in CPU seconds of this process (less noisy than wall time),
    with the garbage collector paused: its passes over the whole suite's heap are not the
    extraction's work, and they made a linear run look quadratic."""
    times = []
    for _ in range(2):
        gc.collect()
        gc.disable()
        try:
            start = time.process_time()
            extract(SourceText(name="x.txt", text=text, sha256="0" * 64, encoding="utf-8"), "x")
            times.append(time.process_time() - start)
        finally:
            gc.enable()
    return min(times)


@pytest.mark.parametrize("pattern", PATHOLOGICAL)
def test_extraction_grows_linearly_on_repeated_patterns(pattern: str):
    """Four times the text takes about four times as long (quadratic work would take sixteen)."""
    extract(SourceText(name="x.txt", text="甲公司。", sha256="0" * 64, encoding="utf-8"), "x")  # load the models
    small = extraction_seconds((pattern * (10_000 // len(pattern) + 1))[:10_000])
    large = extraction_seconds((pattern * (40_000 // len(pattern) + 1))[:40_000])
    # Below 50 ms the process clock is too coarse to compare; quadratic work would take seconds.
    assert large <= 8 * max(small, 0.05), (pattern, small, large)
