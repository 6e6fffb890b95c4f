"""Web pages, Word and PDF: the libraries kg's readers were chosen against, and kg's readers.

Real reports of the corpus are made into the files governments publish (tests/report_files.py):
web pages in three layouts (a district portal's article page, an older GB2312 table page with
<br> lines, a newer page with a sidebar), Word files with generated numbering, and PDF printed
by Chromium with a running header and page numbers.  Then:

- HTML: each library's article text against the report's lines: lines kept exactly and in order,
  lines added (page furniture), time per page;
- PDF: each library's characters against the report's (white space ignored), kept in order,
  CJK radicals given for ideographs, time per file;
- kg's readers end to end: the report's lines kept, and the items, documents, organisations and
  figures found, against the plain text.

Needs the bench extra (pip install -e ".[test,bench]") and Debian's chromium.
"""

from __future__ import annotations

import difflib
import logging
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.extract import extract  # noqa: E402
from kg.read import read_report  # noqa: E402
from kg.read.pdf import _radicals  # noqa: E402
from report_files import government_page, legacy_page, paragraphs, portal_page, write_docx, write_pdf  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SAMPLE = 12
FORMATS = ("page.html", "legacy.html", "portal.htm", "report.docx", "report.pdf")


def sample_reports() -> list[Path]:
    """The bundled report and corpus reports written one paragraph a line (some corpus files are
    web clutter hard-wrapped at 40 characters, which no published file looks like)."""
    files = sorted(CORPUS.rglob("*.txt"))
    usable = [f for f in files if sum(len(line) > 60 for line in paragraphs(f.read_text(encoding="utf-8-sig"))) >= 20]
    random.Random(7).shuffle(usable)
    return [ROOT / "data" / "reports" / "weinan-gaoxin-2020-fazhi.txt", *usable[:SAMPLE - 1]]


def kept_in_order(want: list[str], got: list[str]) -> int:
    return sum(block.size for block in difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())


def html_libraries() -> dict[str, Callable[[str], str]]:
    import trafilatura
    from selectolax.lexbor import LexborHTMLParser

    from kg.read.web import page_text

    def whole_body(page: str) -> str:
        tree = LexborHTMLParser(page)
        for node in tree.css("script, style"):
            node.decompose()
        return tree.body.text(separator="\n") if tree.body else ""

    return {
        "kg (readability-lxml)": lambda page: page_text(page, "page.html"),
        "trafilatura": lambda page: trafilatura.extract(page, include_tables=True, deduplicate=False) or "",
        "trafilatura favor_recall": lambda page: trafilatura.extract(page, include_tables=True, favor_recall=True,
                                                                     deduplicate=False) or "",
        "selectolax whole body": whole_body,
    }


def bench_html(reports: list[Path]) -> None:
    print(f"-- web pages: {len(reports)} reports × 3 layouts; lines of the report kept in order, lines added --")
    layouts = {"portal article page": lambda t: government_page(t, "政府工作报告"),
               "GB2312 table, <br> lines": lambda t: legacy_page(t, "政府工作报告").decode("gb18030"),
               "page with sidebar": lambda t: portal_page(t, "政府工作报告")}
    for layout, make in layouts.items():
        for name, library in html_libraries().items():
            kept = total = added = 0
            seconds = []
            for report in reports:
                want = paragraphs(report.read_text(encoding="utf-8-sig"))
                page = make(report.read_text(encoding="utf-8-sig"))
                start = time.perf_counter()
                got = [line for line in paragraphs(library(page)) if line != "政府工作报告"]  # the title is not furniture
                seconds.append(time.perf_counter() - start)
                matched = kept_in_order(want, got)
                kept, total, added = kept + matched, total + len(want), added + len(got) - matched
            print(f"{layout:<26} {name:<26} kept {kept:5}/{total} ({kept / total:6.1%})  added {added:5}  "
                  f"{statistics.median(seconds) * 1000:6.1f} ms/page")


def pdf_libraries() -> dict[str, Callable[[Path], str]]:
    import pdfplumber
    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    def pdfium_text(path: Path) -> str:
        document = pdfium.PdfDocument(path)
        try:
            return "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
        finally:
            document.close()

    def plumber(path: Path) -> str:
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)

    return {
        "pypdfium2 (kg)": pdfium_text,
        "pdfminer.six": lambda path: extract_text(path),
        "pypdf": lambda path: "\n".join(page.extract_text() for page in PdfReader(path).pages),
        "pdfplumber": plumber,
    }


def bench_pdf(pdfs: list[tuple[Path, Path]]) -> None:
    print(f"-- PDF printed by Chromium: {len(pdfs)} reports; characters kept in order (white space ignored) --")
    logging.disable(logging.WARNING)  # pdfminer warns for every glyph of the fonts Chromium embeds
    radicals = _radicals()

    def chars(text: str) -> str:
        return re.sub(r"\s+", "", text)

    for name, library in pdf_libraries().items():
        kept = total = radical_count = 0
        seconds = []
        for report, pdf in pdfs:
            want = chars("".join(paragraphs(report.read_text(encoding="utf-8-sig"))))
            start = time.perf_counter()
            raw = library(pdf)
            seconds.append(time.perf_counter() - start)
            radical_count += sum(1 for c in raw if ord(c) in radicals)
            got = chars(raw.translate(radicals))
            kept += sum(b.size for b in difflib.SequenceMatcher(None, want, got, autojunk=False).get_matching_blocks())
            total += len(want)
        print(f"{name:<16} kept {kept:6}/{total} ({kept / total:7.2%}) after mapping radicals; "
              f"radicals for ideographs {radical_count:5}; {statistics.median(seconds):5.2f} s/file")
    logging.disable(logging.NOTSET)


def findings(path: Path) -> dict[str, Counter[tuple[object, ...]]]:
    found = extract(read_report(path), "r")
    return {"items": Counter((i.kind, i.span.text.strip()) for i in found.structure.items),
            "documents": Counter((d.title, d.number) for d in found.documents),
            "organisations": Counter((o.name, o.kind) for o in found.organisations),
            "figures": Counter((f.span.text, f.value, f.unit) for f in found.figures)}


def bench_readers(made: dict[Path, dict[str, Path]]) -> None:
    print(f"-- kg's readers end to end on {len(made)} reports: report lines kept; findings equal to the text's --")
    for fmt in FORMATS:
        kept = total = 0
        equal: Counter[str] = Counter()
        counts: Counter[str] = Counter()
        seconds = []
        for report, files in made.items():
            want = paragraphs(report.read_text(encoding="utf-8-sig"))
            start = time.perf_counter()
            text = read_report(files[fmt]).text
            seconds.append(time.perf_counter() - start)
            got = [line for line in paragraphs(text) if line != "政府工作报告"]
            kept, total = kept + kept_in_order(want, got), total + len(want)
            expected, found = findings(report), findings(files[fmt])
            for category in expected:
                equal[category] += sum((expected[category] & found[category]).values())
                counts[category] += sum(expected[category].values())
        shares = "  ".join(f"{c} {equal[c]}/{counts[c]}" for c in counts)
        print(f"{fmt:<12} lines kept {kept}/{total} ({kept / total:.1%}); same findings: {shares}; "
              f"read {statistics.median(seconds) * 1000:.0f} ms/file")


def main() -> None:
    print("== report files: web pages, Word, PDF ==")
    reports = sample_reports()
    bench_html(reports)
    with tempfile.TemporaryDirectory() as tmp:
        made: dict[Path, dict[str, Path]] = {}
        for n, report in enumerate(reports):
            # Each file keeps the report's name: a year in the name is one of the report's facts.
            text, stem = report.read_text(encoding="utf-8-sig"), report.stem
            files = {fmt: Path(tmp) / str(n) / fmt / f"{stem}{Path(fmt).suffix}" for fmt in FORMATS}
            for path in files.values():
                path.parent.mkdir(parents=True)
            files["page.html"].write_text(government_page(text, "政府工作报告"), encoding="utf-8")
            files["legacy.html"].write_bytes(legacy_page(text, "政府工作报告"))
            files["portal.htm"].write_text(portal_page(text, "政府工作报告"), encoding="utf-8")
            write_docx(text, files["report.docx"])
            write_pdf(text, "政府工作报告", files["report.pdf"], browser_path=CHROMIUM, args=["--no-sandbox"])
            made[report] = files
        bench_pdf([(report, files["report.pdf"]) for report, files in made.items()])
        bench_readers(made)


if __name__ == "__main__":
    main()
