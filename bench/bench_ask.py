"""Measure ``kg ask`` end to end: wall time of a fresh process, cold and warm cache.

Each run starts a new interpreter (``kg ask QUESTION --graph FILE``), as a user would, so the
numbers include start-up and imports.  Cold: the store cache beside the graph is deleted
before each run, so the Turtle is parsed and the cache rebuilt.  Warm: the cache exists.
Also shown: a bare interpreter, and ``--json`` output.  Prints medians and ranges; the exit
code is 1 if the warm median exceeds the target.

    python bench/bench_ask.py [--graph data/triples.ttl] [--runs 15]
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.3
QUESTIONS = (
    "哪些措施引用了渭编发〔2020〕10号",
    "which measures mention 北人印机",
    "第三部分有哪些措施",
    "新设立企业多少户",
    "报告的签发人是谁",
    "提到最多的机构",
)
CONNECTION = "北人印机和渭编发〔2020〕10号有什么关系"


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode(errors='replace').strip()}")
    return elapsed


def kg_command() -> list[str]:
    script = shutil.which("kg")
    return [script] if script else [sys.executable, "-m", "kg"]


def summary(name: str, times: list[float]) -> str:
    return (f"{name:<34} median {statistics.median(times) * 1000:6.1f} ms   "
            f"min {min(times) * 1000:6.1f}   max {max(times) * 1000:6.1f}   (n={len(times)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "data" / "triples.ttl")
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    if not options.graph.is_file():
        print(f"{options.graph}: not found; run 'kg build' first", file=sys.stderr)
        return 2
    # An installed wheel has its bytecode compiled (pip does it); a checkout whose sources changed
    # since the last run, where PYTHONDONTWRITEBYTECODE is set, would compile them at every start.
    compileall.compile_dir(str(ROOT / "kg"), quiet=1)
    with tempfile.TemporaryDirectory() as directory:
        graph = Path(directory) / options.graph.name
        shutil.copyfile(options.graph, graph)
        cache = graph.parent / ".kg-cache"
        kg = kg_command()
        print(f"graph {options.graph} ({options.graph.stat().st_size} bytes), command: {' '.join(kg)} ask …")
        print(summary("python -c pass", [wall([sys.executable, "-c", "pass"]) for _ in range(options.runs)]))
        cold: list[float] = []
        warm: list[float] = []
        for run in range(options.runs):
            question = QUESTIONS[run % len(QUESTIONS)]
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(wall([*kg, "ask", question, "--graph", str(graph)]))
            warm.append(wall([*kg, "ask", question, "--graph", str(graph)]))
        print(summary("kg ask, cold cache", cold))
        print(summary("kg ask, warm cache", warm))
        print(summary("kg ask --json, warm cache",
                      [wall([*kg, "ask", QUESTIONS[0], "--json", "--graph", str(graph)]) for _ in range(options.runs)]))
        print(summary("kg ask (connection, networkx), warm",
                      [wall([*kg, "ask", CONNECTION, "--graph", str(graph)]) for _ in range(options.runs)]))
    verdict = statistics.median(warm) <= TARGET_SECONDS
    print(f"target: warm median ≤ {TARGET_SECONDS * 1000:.0f} ms: {'met' if verdict else 'NOT met'}"
          f"; cold median {'≤' if statistics.median(cold) <= TARGET_SECONDS else '>'} {TARGET_SECONDS * 1000:.0f} ms")
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
