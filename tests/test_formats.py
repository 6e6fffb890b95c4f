"""Reports as they are published: web pages, Word and PDF files give what their text gives.

The files are made from a report's text by the tools that make them in the wild: HTML pages
with navigation, breadcrumbs, scripts and page furniture (three layouts, one GB2312-declared),
Word files from python-docx whose chapter and section numbers Word generates from a list, and
PDF printed by Chromium with a running header in two columns and page numbers.  Bad files of
every kind are refused with one line, exit 2, and nothing written.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from pyoxigraph import Store

from kg.cli import cli
from kg.errors import InputError
from kg.extract import extract
from kg.model import Extraction
from kg.read import find_reports, read_report
from kg.read.pdf import pdf_text
from kg.read.web import decode_page, page_text
from kg.read.word import docx_text

from .conftest import BUNDLED_REPORT, PROVINCES, corpus_or_skip
from .report_files import government_page, legacy_page, paragraphs, portal_page, write_docx, write_pdf
from .test_viz_browser import CHROMIUM, CHROMIUM_ARGS, _unavailable

TITLE = "渭南高新区2020年法治政府建设工作报告"
FORMATS = ("page.html", "legacy.html", "portal.htm", "report.docx", "report.pdf")


def _write_formats(text: str, folder: Path, title: str = TITLE) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.html").write_text(government_page(text, title), encoding="utf-8")
    (folder / "legacy.html").write_bytes(legacy_page(text, title))
    (folder / "portal.htm").write_text(portal_page(text, title), encoding="utf-8")
    write_docx(text, folder / "report.docx")
    if not Path(CHROMIUM).exists():
        _unavailable(f"no Chromium at {CHROMIUM} to print the PDF")
    write_pdf(text, title, folder / "report.pdf", browser_path=CHROMIUM, args=CHROMIUM_ARGS)
    return {name: folder / name for name in FORMATS}


@pytest.fixture(scope="module")
def bundled_formats(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return _write_formats(BUNDLED_REPORT.read_text(encoding="utf-8-sig"), tmp_path_factory.mktemp("formats"))


def _findings(extraction: Extraction) -> dict[str, Counter[tuple[object, ...]]]:
    """What the issue compares: items (kind and text), documents, organisations, figures."""
    return {
        "items": Counter((i.kind.value, i.span.text.strip()) for i in extraction.structure.items),
        "documents": Counter((d.title, d.number) for d in extraction.documents),
        "organisations": Counter((o.name, o.kind.value) for o in extraction.organisations),
        "figures": Counter((f.span.text, f.value, f.unit) for f in extraction.figures),
    }


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_gives_what_the_text_gives(bundled_formats: dict[str, Path], name: str) -> None:
    expected = _findings(extract(read_report(BUNDLED_REPORT), "r"))
    source = read_report(bundled_formats[name])
    found = _findings(extract(source, "r"))
    assert source.format == {".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}[Path(name).suffix]
    assert sum(expected["items"].values()) == 62 and sum(expected["figures"].values()) > 80
    for category in expected:
        assert found[category] == expected[category], category


def test_a_province_report_with_its_own_layout_reads_alike_in_every_format(tmp_path: Path) -> None:
    report = corpus_or_skip() / PROVINCES.name / "2026年四川省政府工作报告.txt"
    text = report.read_text(encoding="utf-8-sig")
    expected = _findings(extract(read_report(report), "r"))
    for path in _write_formats(text, tmp_path, "2026年四川省政府工作报告").values():
        assert _findings(extract(read_report(path), "r")) == expected, path.name


def test_the_page_keeps_the_report_lines_and_drops_the_page_around_them(bundled_formats: dict[str, Path]) -> None:
    report_lines = paragraphs(BUNDLED_REPORT.read_text(encoding="utf-8-sig"))
    for name in ("page.html", "legacy.html", "portal.htm"):
        text = read_report(bundled_formats[name]).text
        assert paragraphs(text) == [TITLE, *report_lines], name  # the title from <title>, then the article
        for furniture in ("首页", "当前位置", "字号：", "打印此页", "分享到", "网站标识码", "ICP备", "要闻动态", "我要留言", "doZoom",
                          "关闭窗口", "浏览次数", "相关文章"):
            assert furniture not in text, (name, furniture)


def test_the_pdf_joins_lines_into_paragraphs_and_drops_headers_footers_and_page_numbers(
        bundled_formats: dict[str, Path]) -> None:
    text = read_report(bundled_formats["report.pdf"]).text
    assert paragraphs(text) == paragraphs(BUNDLED_REPORT.read_text(encoding="utf-8-sig"))
    assert "— 1 —" not in text and TITLE not in text
    assert "⾼" not in text  # no radical (U+2FBC) for 高


def test_a_build_of_a_folder_of_formats_keeps_the_extracted_text_and_every_quote_points_into_it(
        bundled_formats: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, copy in (("page.html", "web.html"), ("report.docx", "word.docx"), ("report.pdf", "print.pdf")):
        (folder / copy).write_bytes(bundled_formats[name].read_bytes())
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    output = tmp_path / "g.trig"
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "old.doc: an old Word .doc file: convert it to .docx first, e.g. soffice --headless --convert-to docx" in result.output
    assert "photo.png: not a report file" in result.output
    store = Store()
    store.load(path=str(output), format=__import__("pyoxigraph").RdfFormat.TRIG)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/govkg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?format ?text ?sha (COUNT(?node) AS ?quotes)
               (SUM(IF(SUBSTR(?text, ?begin + 1, ?end - ?begin) = STR(?quote), 1, 0)) AS ?exact) WHERE {
          GRAPH ?g { ?source a kg:SourceFile ; kg:sourceFormat ?format ; kg:extractedText ?text ; kg:sha256 ?sha .
                     ?node prov:wasDerivedFrom ?source ; kg:beginOffset ?begin ; kg:endOffset ?end ; kg:quote ?quote } }
        GROUP BY ?format ?text ?sha ORDER BY ?format"""))
    assert [row["format"].value for row in rows] == ["docx", "html", "pdf"]
    for row in rows:
        assert int(row["quotes"].value) > 100
        assert row["exact"].value == row["quotes"].value, row["format"].value
    import hashlib
    assert {row["sha"].value for row in rows} == {hashlib.sha256(bundled_formats[n].read_bytes()).hexdigest()
                                                  for n in ("page.html", "report.docx", "report.pdf")}


def _pdf_bytes(pages: int = 1, *, blank: bool = False, password: str | None = None,
               from_file: Path | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    if from_file is not None:
        for page in PdfReader(from_file).pages[:pages]:
            writer.add_page(page)
    elif blank:
        for _ in range(pages):
            writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _truncated(path: Path, share: float) -> bytes:
    data = path.read_bytes()
    return data[: int(len(data) * share)]


@pytest.mark.parametrize(("name", "make", "message"), [
    ("encrypted.pdf", lambda f: _pdf_bytes(2, from_file=f["report.pdf"], password="secret"), "PDF is encrypted with a password"),
    ("scanned.pdf", lambda f: _pdf_bytes(3, blank=True), "PDF has no text layer (a scanned document): run OCR first"),
    ("empty.pdf", lambda f: _pdf_bytes(0), "has no pages"),
    ("truncated.pdf", lambda f: _truncated(f["report.pdf"], 0.02), "not a readable PDF file: truncated or damaged"),
    ("photo.pdf", lambda f: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "another kind of file renamed"),
    ("truncated.docx", lambda f: _truncated(f["report.docx"], 0.5), "not a readable Word .docx file (not a zip archive"),
    ("photo.docx", lambda f: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a readable Word .docx file"),
    ("locked.docx", lambda f: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected .docx"),
    ("zip.docx", lambda f: _zip({"a.txt": b"x"}), "not a readable Word .docx file (a part is missing"),
    ("old.doc", lambda f: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "soffice --headless --convert-to docx"),
    ("photo.html", lambda f: b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)), "binary file"),
    ("nothing.html", lambda f: b"<html><head><title>x</title></head><body><script>var a;</script></body></html>",
     "web page holds no article text"),
    ("empty.htm", lambda f: b"  \n", "empty file"),
])
def test_a_bad_file_gets_one_line_exit_2_and_nothing_written(bundled_formats: dict[str, Path], tmp_path: Path,
                                                            name: str, make, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(make(bundled_formats))
    output = tmp_path / "out.ttl"
    output.write_text("# an earlier graph\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bad), "-o", str(output)])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and message in lines[0], result.output
    assert "Traceback" not in result.output
    assert output.read_text(encoding="utf-8") == "# an earlier graph\n"


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_word_numbering_of_every_common_format_and_tables_as_lines(tmp_path: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="70">'
        '<w:lvl w:ilvl="0"><w:start w:val="9"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/>'
        '<w:suff w:val="space"/></w:lvl>'
        '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1-%4"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num xmlns:w="{w}" w:numId="70"><w:abstractNumId w:val="70"/></w:num>'))

    def numbered(text: str, level: int) -> None:
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{w}"><w:ilvl w:val="{level}"/><w:numId w:val="70"/></w:numPr>'))

    numbered("第九章", 0)
    numbered("首节", 1)
    numbered("甲", 2)
    numbered("乙", 2)
    numbered("附", 3)
    numbered("次节", 1)
    numbered("第十章", 0)
    numbered("新节", 1)
    document.add_paragraph("正文段落。")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(table.rows, (("指标", "2020年", "增长"), ("地区生产总值", "800亿元", "6.5%"))):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "n.docx"
    document.save(str(path))
    assert docx_text(path.read_bytes(), path).splitlines() == [
        "九、第九章", "9.1 首节", "①甲", "②乙", "九-1附", "9.2 次节", "十、第十章", "10.1 新节", "正文段落。",
        "指标\t2020年\t增长", "地区生产总值\t800亿元\t6.5%"]


def test_a_page_declared_gb2312_with_gbk_characters_and_an_undeclared_gbk_page_decode() -> None:
    body = "<html><head>{meta}<title>2020年政府工作报告_门户网站</title></head><body><div><p>一、镕铖企业新增715户。</p></div></body></html>"
    declared = body.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("gbk")
    undeclared = body.format(meta="").encode("gbk")
    for data in (declared, undeclared):
        page, encoding = decode_page(data, "p.html")
        assert encoding == "gb18030"
        assert page_text(page, "p.html").splitlines() == ["2020年政府工作报告", "一、镕铖企业新增715户。"]


def test_an_xhtml_page_with_an_xml_declaration_reads() -> None:
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
            "<title>某区2020年政府工作报告 - 政府信息公开</title></head><body><p>一、工作回顾。新增企业715户。</p></body></html>")
    assert page_text(page, "p.xhtml").splitlines() == ["某区2020年政府工作报告", "一、工作回顾。新增企业715户。"]


def test_white_space_in_the_page_source_is_what_a_browser_shows() -> None:
    page = ("<html><body><article><p>深化\n   改革，推进 PM2.5\n治理 and\n  more</p>"
            "<p>&nbsp;&nbsp;第二段<br>第三段</p></article></body></html>")
    assert page_text(page, "p.html").splitlines() == ["深化改革，推进 PM2.5 治理 and more", "第二段", "第三段"]


def test_unknown_suffixes_are_skipped_and_a_doc_named_directly_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "b.doc").write_bytes(b"x")
    files, skipped = find_reports([tmp_path])
    assert [f.name for f in files] == ["a.pdf"]
    assert [s.path.name for s in skipped] == ["b.doc"]
    with pytest.raises(InputError, match="old Word .doc"):
        read_report(tmp_path / "b.doc")


def test_pdf_text_of_a_page_without_running_header_keeps_every_line(bundled_formats: dict[str, Path]) -> None:
    one_page = _pdf_bytes(1, from_file=bundled_formats["report.pdf"])
    text = pdf_text(one_page, "one.pdf")
    # On one page a header cannot be seen to repeat, so it stays; the page number goes.
    assert text.splitlines()[:2] == [f"{TITLE} 政务公开", "渭高新字〔2021〕1号 签发人:薛清军"]
    assert "— 1 —" not in text


@pytest.mark.parametrize("name", ["page.html", "legacy.html", "report.docx", "report.pdf"])
def test_damaged_files_are_read_or_refused_never_crash(bundled_formats: dict[str, Path], name: str) -> None:
    """Bytes flipped, cut or spliced anywhere in a real file: the reader returns text or raises
    InputError (one line); no other exception, no crash of the process."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from kg.read.text import extract_report

    original = bundled_formats[name].read_bytes()
    fmt = {".html": "html", ".docx": "docx", ".pdf": "pdf"}[Path(name).suffix]

    @settings(max_examples=int(__import__("os").environ.get("KG_FUZZ_EXAMPLES", "60")), deadline=None,
              database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=0, max_size=16), st.integers(0, 64)),
                    min_size=1, max_size=4), st.floats(0.05, 1))
    def damaged(edits: list[tuple[float, bytes, int]], keep: float) -> None:
        data = bytearray(original[: max(1, int(len(original) * keep))])
        for where, insert, cut in edits:
            at = int(where * len(data))
            data[at:at + cut] = insert
        try:
            source = extract_report(bytes(data), fmt, name=name)
        except InputError as error:
            assert "\n" not in str(error)
        else:
            assert source.text.strip()

    damaged()
