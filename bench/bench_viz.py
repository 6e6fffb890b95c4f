"""How fast the interactive page is written and opened.

1. Writing the page of the bundled report (target < 1 s).
2. A graph of at least 2,000 nodes (reports of the corpus built together) opened in headless
   Chromium until it is interactive: drawn, and a click on a node opens its panel (target < 3 s).

Usage: python bench/bench_viz.py [--corpus DIR] [--nodes 2000] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import build, build_graph, report_files  # noqa: E402
from kg.network import to_networkx  # noqa: E402
from kg.store import load_graph  # noqa: E402
from kg.viz import write_viz  # noqa: E402

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


def bench_bundled(folder: Path) -> None:
    graph_file = folder / "bundled.ttl"
    build([ROOT / "data" / "reports"], graph_file)
    graph = load_graph(graph_file)
    times = []
    for run in range(4):
        started = time.perf_counter()
        result = write_viz(graph, folder / "bundled.html")
        times.append(time.perf_counter() - started)
    print(f"bundled report: {result.nodes} nodes, {result.edges} links, {result.bytes / 1e6:.2f} MB")
    print(f"  write HTML: first {times[0]:.3f} s (imports pyvis, reads the ontology), "
          f"then median {statistics.median(times[1:]):.3f} s   [target < 1 s]")


def big_graph(corpus: Path, wanted: int):
    """The first corpus reports (in name order) whose network has at least ``wanted`` nodes."""
    files = report_files([corpus])
    count = 4
    while True:
        graph = build_graph(files[:count])
        nodes = to_networkx(graph).number_of_nodes()
        if nodes >= wanted or count >= len(files):
            return graph, count, nodes
        count = min(len(files), max(count + 1, int(count * wanted / max(nodes, 1)) + 1))


def bench_big(folder: Path, corpus: Path, wanted: int, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    graph, reports, nodes = big_graph(corpus, wanted)
    page_file = folder / "big.html"
    started = time.perf_counter()
    result = write_viz(graph, page_file)
    written = time.perf_counter() - started
    print(f"corpus graph: {reports} reports, {result.nodes} nodes, {result.edges} links, {result.bytes / 1e6:.2f} MB")
    print(f"  write HTML: {written:.2f} s")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        runs = []
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            requests: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            started = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_function("() => document.body.dataset.ready === 'true'", timeout=30_000)
            drawn = time.perf_counter() - started
            ident = page.evaluate("kgViz.data.nodes.findIndex(n => n.type === 'Measure')")
            point = page.evaluate("id => kgViz.network.canvasToDOM(kgViz.network.getPosition(id))", ident)
            box = page.locator("#graph").bounding_box()
            # The node may be off screen in the overview; bring it in without animation first.
            if not (0 <= point["x"] <= box["width"] and 0 <= point["y"] <= box["height"]):
                page.evaluate("id => kgViz.network.focus(id, {animation: false})", ident)
                point = page.evaluate("id => kgViz.network.canvasToDOM(kgViz.network.getPosition(id))", ident)
            page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
            page.wait_for_function("() => !document.getElementById('panel').hidden", timeout=10_000)
            interactive = time.perf_counter() - started
            drawn_nodes = page.evaluate("kgViz.network.body.nodeIndices.length")
            runs.append((drawn, interactive))
            assert requests == [page_file.as_uri()], requests
            page.close()
        browser.close()
    print(f"  drawn nodes in Chromium: {drawn_nodes}")
    for index, (drawn, interactive) in enumerate(runs, 1):
        print(f"  run {index}: drawn {drawn:.2f} s, first click answered {interactive:.2f} s")
    print(f"  time to interactive (median): {statistics.median(r[1] for r in runs):.2f} s   [target < 3 s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "shenzhen")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bench_bundled(folder)
        if args.corpus.is_dir():
            bench_big(folder, args.corpus, args.nodes, args.chromium)
        else:
            print(f"corpus graph: skipped, no corpus at {args.corpus}")


if __name__ == "__main__":
    main()
