"""How fast the interactive page is written and opened.

1. Writing the page of the bundled report (target < 1 s).
2. The whole corpus (../shared/corpus): writing its page (an overview of reports and what they
   name) and opening it in headless Chromium until it is interactive (target ≤ 3 s).

Usage: python bench/bench_viz.py [--corpus DIR] [--chromium /usr/bin/chromium]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.build import BuildOptions, build  # noqa: E402
from kg.graph.store import open_store  # noqa: E402
from kg.viz import write_viz  # noqa: E402

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]


def timed(action, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def line(name: str, times: list[float], target: float) -> None:
    median = statistics.median(times)
    print(f"{name:<52} median {median:7.2f} s  (n={len(times)}, goal ≤ {target:g} s: {'met' if median <= target else 'NOT met'})")


def open_seconds(page_file: Path, chromium: str) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as manager:
        browser = manager.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        page.goto(page_file.as_uri())
        page.wait_for_function("() => document.body.dataset.ready === 'true'", timeout=60_000)
        page.evaluate("kgViz.select(0)")
        page.wait_for_selector("#panel:not([hidden])")
        seconds = time.perf_counter() - start
        browser.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bundled = folder / "bundled.ttl"
        build([ROOT / "data" / "reports"], bundled, BuildOptions(use_cache=False))
        store = open_store(bundled)
        line("kg viz, bundled report (in process)", timed(lambda: write_viz(store, folder / "b.html"), 3), 1.0)
        files = sorted(options.corpus.rglob("*.txt"))
        if not files:
            print(f"no corpus at {options.corpus}")
            return
        corpus = folder / "corpus.trig"
        build(files, corpus, BuildOptions(jobs=None))
        corpus_store = open_store(corpus)
        page = folder / "corpus.html"
        result = write_viz(corpus_store, page)
        print(f"corpus page: {result.nodes} nodes, {result.edges} links, {result.bytes / 2**20:.1f} MB")
        line("kg viz, corpus of %d reports (in process)" % len(files), timed(lambda: write_viz(corpus_store, page), 2), 10.0)
        if Path(options.chromium).is_file():
            line("corpus page in Chromium: drawn and a panel open", [open_seconds(page, options.chromium) for _ in range(3)], 3.0)
        else:
            print(f"no Chromium at {options.chromium}: open time not measured")


if __name__ == "__main__":
    main()
