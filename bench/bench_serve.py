"""The endpoint and the servers, on the corpus graph (172 reports): kg serve beside oxigraph serve,
and kg push into Oxigraph server and Virtuoso.

- Latency of the example queries (ontology/queries) at /sparql: p50 and p95 with 1 client and
  with 16 clients at once, kg serve beside `oxigraph serve` on the same data (union default
  graph, as kg reads it).
- kg push of the corpus graph into a fresh Oxigraph server and a fresh Virtuoso: wall time.

Needs the test extra (the oxigraph package) and Debian's virtuoso-opensource-7-bin.
"""

from __future__ import annotations

import concurrent.futures
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.graph.ontology import example_queries  # noqa: E402
from kg.graph.vocab import sparql_prefixes  # noqa: E402
from servers import (VIRTUOSO_PASSWORD, free_port, oxigraph_binary, start_oxigraph,  # noqa: E402
                     start_virtuoso, virtuoso_binary)

CORPUS = ROOT.parent / "shared" / "corpus"
KG = [sys.executable, "-m", "kg"]
ROUNDS = 40


def ask(url: str, query: str) -> float:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        response.read()
    return time.perf_counter() - start


def percentiles(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {statistics.median(ordered) * 1000:8.1f} ms  p95 {p95 * 1000:8.1f} ms  n={len(ordered)}"


def latency(name: str, url: str, queries: list[str]) -> None:
    for query in queries:  # warm: the first query of a server pays for opening caches
        ask(url, query)
    one = [ask(url, queries[i % len(queries)]) for i in range(ROUNDS)]
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        many = list(pool.map(lambda i: ask(url, queries[i % len(queries)]), range(ROUNDS * 4)))
    print(f"{name:<28} 1 client   {percentiles(one)}")
    print(f"{name:<28} 16 clients {percentiles(many)}")


def measure(name: str, command: list[str], url: str, queries: list[str]) -> None:
    """Start a server, measure its latency, stop it."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait(url, process)
        latency(name, url, queries)
    finally:
        process.terminate()
        process.wait()


def wait(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        try:
            ask(url, "ASK {}")
            return
        except OSError:
            if process.poll() is not None:
                raise RuntimeError(f"server exited with {process.returncode}")
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def main() -> None:
    print("== the endpoint on the corpus graph ==")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        graph = folder / "corpus.nq"
        start = time.perf_counter()
        subprocess.run([*KG, "build", str(CORPUS), "-o", str(graph)], check=True, capture_output=True)
        print(f"corpus graph built in {time.perf_counter() - start:.1f} s")
        queries = [sparql_prefixes() + text for _, text in sorted(example_queries().items())]

        port = free_port()
        measure("kg serve", [*KG, "serve", "--graph", str(graph), "--port", str(port), "--timeout", "60",
                             "--max-rows", "100000"], f"http://127.0.0.1:{port}/sparql", queries)
        binary = oxigraph_binary()
        if binary:
            database = folder / "oxigraph-db"
            subprocess.run([binary, "load", "--location", str(database), "--file", str(graph)], check=True,
                           capture_output=True)
            port = free_port()
            measure("oxigraph serve-read-only", [binary, "serve-read-only", "--location", str(database), "--bind",
                                                 f"127.0.0.1:{port}", "--union-default-graph"],
                    f"http://127.0.0.1:{port}/query", queries)

        print("-- kg push of the corpus graph --")
        for name, starter, available in (("Oxigraph server", start_oxigraph, binary),
                                         ("Virtuoso", start_virtuoso, virtuoso_binary())):
            if not available:
                print(f"{name}: not installed")
                continue
            server = starter(folder / name.replace(" ", "-"))
            try:
                start = time.perf_counter()
                result = subprocess.run([*KG, "push", "--graph", str(graph), "--endpoint", server.query_url,
                                         *server.push_options], capture_output=True, text=True,
                                        env={**os.environ, "KG_ENDPOINT_PASSWORD": VIRTUOSO_PASSWORD})
                seconds = time.perf_counter() - start
                print(f"{name:<16} {seconds:6.1f} s  {result.stdout.strip() or result.stderr.strip()}")
                start = time.perf_counter()
                again = subprocess.run([*KG, "stats", "--endpoint", server.query_url], capture_output=True, text=True)
                print(f"{name:<16} kg stats over the endpoint: {time.perf_counter() - start:.1f} s, "
                      f"{again.stdout.strip().splitlines()[-1] if again.stdout else again.stderr.strip()}")
            finally:
                server.stop()


if __name__ == "__main__":
    main()
