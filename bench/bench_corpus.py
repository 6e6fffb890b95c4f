"""The corpus as one graph: build, incremental build, query, stats, validate, beside raw references.

Every figure is wall time of a fresh process (start-up included) and the peak memory of its
whole process tree (workers included), sampled every 50 ms with psutil: the sum of each
process's proportional set size (PSS), so that pages workers share with their parent count once.

1. Growth: `kg build` cold on 1, 10 and all reports of ../shared/corpus (goal for all: ≤ 15 s,
   ≤ 500 MB), then the same build after changing one file (goal ≤ 3 s).
2. `kg query` and `kg stats` on the corpus graph, beside raw Oxigraph opening a persistent store of
   the same quads and running the same query (goal: kg within 2×), and rdflib parsing the file
   and running the query.
3. `kg validate` on the corpus (goal ≤ 30 s, ≤ 1 GB).

Usage: python bench/bench_corpus.py [--corpus DIR] [--rdflib/--no-rdflib]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
KG = [sys.executable, "-m", "kg"]
QUERY = """PREFIX kg: <https://w3id.org/govkg/ontology#>
SELECT ?report (COUNT(?m) AS ?measures) WHERE { GRAPH ?report { ?m a kg:Measure } }
GROUP BY ?report ORDER BY DESC(?measures) LIMIT 5"""

RAW_OXIGRAPH = """
import sys, pyoxigraph as ox
store = ox.Store.read_only(sys.argv[1])
print(len(list(store.query(sys.argv[2], use_default_graph_as_union=True))))
"""

RDFLIB = """
import sys, rdflib
dataset = rdflib.Dataset()
dataset.parse(sys.argv[1], format="trig")
print(len(list(dataset.query(sys.argv[2]))))
"""

LOAD_OXIGRAPH = """
import sys, pyoxigraph as ox
store = ox.Store(sys.argv[2])
store.bulk_extend(ox.parse(path=sys.argv[1], format=ox.RdfFormat.TRIG))
store.flush()
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: int


# Commands run as an installed program runs: with its bytecode cached.  Where the environment
# forbids writing bytecode (PYTHONDONTWRITEBYTECODE), every kg process would compile its modules
# from source, some 7 ms that raw Oxigraph, a compiled extension, never pays.
_INSTALLED = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def measured(command: list[str], cwd: Path = ROOT) -> Run:
    """Run ``command``; its wall time and the peak summed PSS of it and its descendants (sampled
    in a thread, so the time is not rounded to the sampling interval)."""
    start = time.perf_counter()
    process = psutil.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_INSTALLED)
    peak = [0]
    sampler = threading.Thread(target=_sample, args=(process, peak), daemon=True)
    sampler.start()
    _out, err = process.communicate()
    seconds = time.perf_counter() - start
    sampler.join()
    if process.returncode not in (0, 1):
        sys.stderr.write(err.decode("utf-8", "replace"))
    return Run(seconds, peak[0] / 2**20, process.returncode)


def _sample(process: psutil.Popen, peak: list[int]) -> None:
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak[0] = max(peak[0], sum(_pss(p) for p in tree))
        except psutil.Error:
            pass
        # Reading PSS walks each process's page tables: sampled five times a second, the
        # sampler's own cost stays out of the build it measures.
        time.sleep(0.2)


def _pss(process: psutil.Process) -> int:
    try:
        return process.memory_full_info().pss
    except psutil.Error:
        return 0


def show(name: str, runs: list[Run], goal_s: float | None = None, goal_mb: float | None = None,
         reference: float | None = None) -> float:
    seconds = statistics.median(r.seconds for r in runs)
    peak = max(r.peak_mb for r in runs)
    notes = []
    if goal_s is not None:
        notes.append(f"goal ≤ {goal_s:.2g} s {'met' if seconds <= goal_s else 'NOT met'}")
    if goal_mb is not None:
        notes.append(f"≤ {goal_mb:g} MB {'met' if peak <= goal_mb else 'NOT met'}")
    if reference:
        notes.append(f"{seconds / reference:.1f}× raw Oxigraph")
    print(f"{name:<50} {seconds:8.2f} s {peak:8.0f} MB  n={len(runs)}  {'; '.join(notes)}")
    return seconds


def growth(files: list[Path], folder: Path) -> Path:
    print("-- kg build, cold (no extraction cache), then after changing one file --")
    corpus = folder / "corpus.trig"
    for count in sorted({1, 10, len(files)}):
        chosen = files[:: max(1, len(files) // count)][:count]
        inputs = folder / f"in{count}"
        inputs.mkdir()
        for path in chosen:
            shutil.copy(path, inputs / path.name)
        output = folder / f"out{count}" / "graph.trig"  # its own folder, so its own extraction cache
        output.parent.mkdir()
        run = measured([*KG, "build", str(inputs), "-o", str(output), "--keep-going"])
        goals = (15.0, 500.0) if count == len(files) else (None, None)
        show(f"build {count} report(s)", [run], *goals)
        if count == len(files):
            changed = inputs / chosen[len(chosen) // 2].name
            changed.write_text(changed.read_text(encoding="utf-8") + "\n二是新增一项措施。\n", encoding="utf-8")
            again = measured([*KG, "build", str(inputs), "-o", str(output), "--keep-going"])
            show("build again, one file changed", [again], 3.0, 500.0)
            shutil.copy(output, corpus)
    return corpus


def querying(corpus: Path, folder: Path, with_rdflib: bool) -> None:
    print("-- queries on the corpus graph (fresh process each time, start-up included) --")
    from kg.graph.stats import CLASS_COUNTS

    raw_store = folder / "raw-oxigraph"
    subprocess.run([sys.executable, "-c", LOAD_OXIGRAPH, str(corpus), str(raw_store)], check=True)
    show("kg query, first call (builds its store)", [measured([*KG, "query", "--graph", str(corpus), QUERY])])
    for name, command, query in (("kg query (measures per report)", ["query", QUERY], QUERY),
                                 ("kg stats (instances per class)", ["stats"], CLASS_COUNTS)):
        raw = show("  raw Oxigraph, persistent store, same query",
                   [measured([sys.executable, "-c", RAW_OXIGRAPH, str(raw_store), query]) for _ in range(7)])
        show(name, [measured([*KG, *command, "--graph", str(corpus)]) for _ in range(7)], 2 * raw, reference=raw)
    if with_rdflib:
        show("  rdflib: parse the file, then the first query", [measured([sys.executable, "-c", RDFLIB, str(corpus), QUERY])])


def validating(corpus: Path) -> None:
    print("-- kg validate on the corpus graph --")
    show("kg validate", [measured([*KG, "validate", "--graph", str(corpus)])], 30.0, 1024.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--rdflib", action=argparse.BooleanOptionalAction, default=True)
    options = parser.parse_args()
    files = sorted(options.corpus.rglob("*.txt"))
    if not files:
        print(f"no corpus at {options.corpus}")
        return
    if len({path.name for path in files}) != len(files):
        sys.exit("bench_corpus copies reports into one folder: their file names must differ")
    print(f"{len(files)} reports in {options.corpus}; {psutil.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = growth(files, folder)
        querying(corpus, folder, options.rdflib)
        validating(corpus)


if __name__ == "__main__":
    main()
