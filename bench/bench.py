"""Benchmarks: build speed, extraction speed, the whole corpus, accuracy, and the other benches.

Run with `make bench` (or `python bench/bench.py`).  It prints numbers; it asserts nothing.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build_graph  # noqa: E402
from kg.evaluate import evaluate  # noqa: E402
from kg.extract import extract, extract_file  # noqa: E402
from kg.reading import read_report  # noqa: E402

BUNDLED = ROOT / "data" / "reports" / "weinan-gaoxin-2020-fazhi.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "shenzhen"
EXPECTED = ROOT / "tests" / "expected" / "weinan-gaoxin-2020-fazhi.json"


def wall(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return times


def report(name: str, seconds: list[float], target: float | None = None) -> None:
    median = statistics.median(seconds)
    goal = f"  (target < {target:g} s: {'met' if median < target else 'NOT met'})" if target else ""
    print(f"{name:<48} median {median * 1000:8.1f} ms  min {min(seconds) * 1000:8.1f} ms  n={len(seconds)}{goal}")


def bench_build() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "t.ttl")
        report("kg build, bundled report (wall, with start-up)", wall([sys.executable, "-m", "kg", "build", "-o", out], 5), 1.0)
    source = read_report(BUNDLED)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        extract(source, "bench")
        times.append(time.perf_counter() - start)
    report("extraction alone, bundled report (in process)", times, 0.05)


def bench_corpus() -> None:
    files = sorted(CORPUS.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "corpus.ttl")
        report(f"kg build, whole corpus ({len(files)} reports, one graph)",
               wall([sys.executable, "-m", "kg", "build", str(CORPUS), "-o", out], 1), 60.0)
    from kg.rdf import to_graph
    from kg.validate import validate

    totals: Counter[str] = Counter()
    failures = []
    start = time.perf_counter()
    for path in files:
        try:
            extraction = extract_file(path)
            result = validate(to_graph([extraction]))
        except Exception as exc:  # the bench reports every failure instead of stopping
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        if not result.conforms:
            failures.append(f"{path.name}: {len(result.violations)} SHACL violation(s)")
        kinds = Counter(item.kind.value for item in extraction.structure.items)
        totals.update(reports=1, sections=len(extraction.structure.sections), measures=kinds["measure"],
                      problems=kinds["problem"], plans=kinds["plan"], citations=len(extraction.documents),
                      documents=len({(m.number.canonical if m.number else m.title) for m in extraction.documents}),
                      organisations=len({m.name for m in extraction.organisations}), figures=len(extraction.figures))
    print(f"corpus robustness: {totals['reports']} built, {len(failures)} failed or not conforming "
          f"({time.perf_counter() - start:.0f} s with SHACL per report)")
    for failure in failures:
        print("   ", failure)
    print("corpus totals: " + ", ".join(f"{k} {v}" for k, v in totals.items() if k != "reports"))


def bench_accuracy() -> None:
    for score in evaluate(build_graph([BUNDLED]), EXPECTED):
        print(f"accuracy  {score}")


def other_benches() -> None:
    for script in ("bench_ask.py", "bench_viz.py"):
        path = ROOT / "bench" / script
        if path.exists():
            print(f"--- {script}")
            subprocess.run([sys.executable, str(path)], cwd=ROOT, check=False)


if __name__ == "__main__":
    bench_build()
    bench_accuracy()
    bench_corpus()
    other_benches()
