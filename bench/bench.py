"""Benchmarks: accuracy against gold, build and extraction speed, the whole corpus, and the other benches.

Run with `make bench` (or `python bench/bench.py [section ...]`; sections: accuracy, questions,
build, pathological, corpus, corpus-engine, ask, viz, formats, serve).  It prints numbers side by side with references; it asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import BuildOptions, build  # noqa: E402
from kg.evaluate import ReportGold, evaluate, table  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.read import read_report, report_id  # noqa: E402

BUNDLED = ROOT / "data" / "reports" / "weinan-gaoxin-2020-fazhi.txt"
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "tests" / "gold" / "reports"


def wall(command: list[str], runs: int, cwd: Path = ROOT) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=cwd)
        times.append(time.perf_counter() - start)
    return times


def line(name: str, seconds: list[float], target: float | None = None) -> None:
    median = statistics.median(seconds)
    goal = f"  (goal ≤ {target:g} s: {'met' if median <= target else 'NOT met'})" if target else ""
    print(f"{name:<56} median {median * 1000:9.1f} ms  min {min(seconds) * 1000:9.1f} ms  n={len(seconds)}{goal}")


def bench_accuracy() -> None:
    print("== accuracy against gold written by reading (tests/gold/reports) ==")
    golds = [ReportGold.load(path, ROOT) for path in sorted(GOLD.glob("*.json"))]
    print("-- rules and the statistical name recogniser (what kg build does) --")
    print(table(evaluate(golds, workers=os.cpu_count() or 1), golds))
    print("-- the rules alone (kg build --rules-only) --")
    print(table(evaluate(golds, recogniser=False, workers=os.cpu_count() or 1), golds))


def bench_questions() -> None:
    """kg ask against question gold written by reading (tests/gold/questions): share right."""
    from kg.evaluate import QuestionSet, question_table, score_questions

    print("== questions against gold written by reading (tests/gold/questions) ==")
    sets = [QuestionSet.load(path, ROOT) for path in sorted((ROOT / "tests" / "gold" / "questions").glob("*.json"))]
    print(question_table(score_questions(sets)))


def bench_build() -> None:
    print("== build ==")
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "t.ttl")
        line("kg build, bundled report (wall, start-up included)",
             wall([sys.executable, "-m", "kg", "build", "--no-cache", "-o", out], 5), 1.0)
    source = read_report(BUNDLED)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        extract(source, "bench")
        times.append(time.perf_counter() - start)
    line("extraction alone, bundled report (in process)", times, 0.05)


def bench_corpus() -> None:
    print("== the corpus ==")
    files = sorted(CORPUS.rglob("*.txt"))
    if not files:
        print(f"no corpus at {CORPUS}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "corpus.trig"
        start = time.perf_counter()
        result = build(files, out, BuildOptions(use_cache=False, keep_going=True))
        print(f"build {len(files)} reports: {time.perf_counter() - start:.1f} s, {result.quads} statements, "
              f"{len(result.failed)} failed, {len(result.warnings)} warning(s)")
        from kg.graph.store import open_store
        from kg.graph.validate import validate

        start = time.perf_counter()
        store = open_store(out)
        print(f"store built from the file: {time.perf_counter() - start:.1f} s")
        start = time.perf_counter()
        checked = validate(store)
        print(f"validate: {time.perf_counter() - start:.1f} s, {checked.graphs} graphs, "
              f"{'conforms' if checked.conforms else f'{len(checked.violations)} violation(s)'}")
        for violation in checked.violations[:10]:
            print("   ", violation)
    totals: Counter[str] = Counter()
    for path in files:
        extraction = extract(read_report(path), report_id(path))
        kinds = Counter(item.kind.value for item in extraction.structure.items)
        totals.update(reports=1, sections=len(extraction.structure.sections), measures=kinds["measure"],
                      problems=kinds["problem"], plans=kinds["plan"], citations=len(extraction.documents),
                      organisations=len({m.name for m in extraction.organisations}), figures=len(extraction.figures))
    print("corpus totals: " + ", ".join(f"{k} {v}" for k, v in totals.items()))


def bench_pathological() -> None:
    """Repeated patterns that once made extraction quadratic: 40,000 characters each."""
    print("== pathological inputs (40,000 characters of one repeated pattern) ==")
    from kg.model import SourceText

    extract(SourceText("x.txt", "甲公司。", "0" * 64, "utf-8"), "warm-up")
    for pattern in ("按照《条例》", "某某管理局、", "甲乙公司、", "等3家企业", "由3%提升至", "一、\n", "渭编发〔2020〕10号"):
        text = (pattern * (40_000 // len(pattern) + 1))[:40_000]
        times = []
        for _ in range(3):
            start = time.perf_counter()
            extract(SourceText("x.txt", text, "0" * 64, "utf-8"), "x")
            times.append(time.perf_counter() - start)
        line(repr(pattern), times, 1.0)


def bench_script(script: str) -> None:
    path = ROOT / "bench" / script
    print(f"== {script} ==")
    subprocess.run([sys.executable, str(path)], cwd=ROOT, check=False)


SECTIONS = {
    "accuracy": bench_accuracy, "questions": bench_questions, "build": bench_build, "pathological": bench_pathological, "corpus": bench_corpus,
    "corpus-engine": lambda: bench_script("bench_corpus.py"), "ask": lambda: bench_script("bench_ask.py"), "viz": lambda: bench_script("bench_viz.py"),
    "formats": lambda: bench_script("bench_formats.py"), "serve": lambda: bench_script("bench_serve.py"),
}

if __name__ == "__main__":
    for name in sys.argv[1:] or list(SECTIONS):
        SECTIONS[name]()
