"""The interactive page as a library: what it draws, what it leaves out, and that it is safe and offline."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from kg.cli import cli
from kg.graph.network import entity_network
from kg.graph.store import LocalStore, open_store
from kg.viz import VizError, build_page, find_entity, render_html, write_viz
from kg.viz.page import script_json

ROOT = Path(__file__).resolve().parent.parent
COMMITTED_PAGE = ROOT / "viz" / "index.html"

DOC_NUMBER = "渭编发〔2020〕10号"
ENTERPRISE = "北人印机"

# A small report whose cited titles are markup: the page must show them, never run them.
EVIL_REPORT = """\
测高发〔2021〕3号
测试区管委会
关于2020年度法治政府建设工作的报告
测试市人民政府:
2020年,我区认真贯彻落实《法治政府建设实施纲要》。
一、完善制度建设
(一)健全规范性文件管理。一是印发《<script>window.__pwned=1</script>管理办法》,规范文件制定程序。二是制定《<img src=x onerror="window.__pwned=2">实施细则》,完善备案审查。
(二)加强执法监督。一是开展执法检查12次,发现问题30个。
二、存在的问题
(一)法治宣传还不够深入。
测试区管委会
2021年1月22日
"""


def page_data(html: str) -> dict:
    """The JSON block the page script reads."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def bundled_html(store: LocalStore) -> str:
    return render_html(store)


def test_every_entity_and_link_is_drawn(store: LocalStore, bundled_html: str) -> None:
    network = entity_network(store)
    data = page_data(bundled_html)
    assert len(data["nodes"]) == len(data["vis"]["nodes"]) == network.number_of_nodes()
    assert sorted(n["iri"] for n in data["nodes"]) == sorted(network)
    assert len(data["links"]) == network.number_of_edges()
    assert Counter(n["type"] for n in data["nodes"]) == Counter(t for _, t in network.nodes(data="type"))
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["vis"]["nodes"])
    assert data["vis"]["options"]["physics"]["enabled"] is False


def test_legend_names_each_type_in_chinese(bundled_html: str) -> None:
    types = {t["id"]: t for t in page_data(bundled_html)["types"]}
    assert types["Measure"]["name"] == "措施" and types["Document"]["name"] == "文件"
    assert len({(t["shape"], t["color"]) for t in types.values()}) == len(types)


def test_measure_shows_path_and_first_words_and_carries_full_text(bundled_html: str) -> None:
    data = page_data(bundled_html)
    measures = [(i, n) for i, n in enumerate(data["nodes"]) if n["type"] == "Measure"]
    assert measures
    for index, node in measures:
        short = data["vis"]["nodes"][index]["label"]
        path = dict(node["props"])["路径"]
        assert short.startswith(path + "\n")
        assert len(short) < len(path) + 16
        assert node["text"] and node["quote"] and len(node["span"]) == 2


def test_no_remote_resource_reference(bundled_html: str) -> None:
    # Node IRIs are https identifiers inside the JSON data; what must not exist is anything
    # the browser would fetch.
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", bundled_html, re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", bundled_html, re.IGNORECASE)
    assert not re.search(r"@import|<link\b|<script[^>]*\bsrc\b|<iframe|<img\b", bundled_html, re.IGNORECASE)
    assert not re.search(r"\bfetch\(|XMLHttpRequest|sourceMappingURL", bundled_html)
    assert "default-src 'none'" in bundled_html


def test_committed_page_is_current(bundled_graph_file: Path) -> None:
    """viz/index.html is the page of the bundled report: regenerate with `kg build && kg viz`."""
    fresh = render_html(open_store(bundled_graph_file)).encode("utf-8")
    assert COMMITTED_PAGE.read_bytes() == fresh, "viz/index.html is stale: run `kg build && kg viz`"


@pytest.mark.parametrize("written", [DOC_NUMBER, "渭编发[2020]10号", "渭编发（2020）10号", "渭编发【2020】10号", "渭编发(2020)第10号"])
def test_focus_finds_a_document_by_number_in_any_brackets(store: LocalStore, written: str) -> None:
    network = entity_network(store)
    assert find_entity(store, network, written).endswith("/" + DOC_NUMBER)


def test_focus_keeps_the_neighbourhood_only(store: LocalStore) -> None:
    network = entity_network(store)
    centre = find_entity(store, network, DOC_NUMBER)
    one, two = (page_data(render_html(store, focus=DOC_NUMBER, depth=d)) for d in (1, 2))
    alone = page_data(render_html(store, focus=DOC_NUMBER, depth=0))
    assert [n["iri"] for n in alone["nodes"]] == [centre]
    assert {n["iri"] for n in one["nodes"]} == {centre} | set(network.predecessors(centre)) | set(network.successors(centre))
    assert {n["iri"] for n in one["nodes"]} < {n["iri"] for n in two["nodes"]} < set(network)
    assert two["nodes"][two["focus"]]["iri"] == centre and two["depth"] == 2


def test_types_keep_only_those_types(store: LocalStore) -> None:
    data = page_data(render_html(store, types="Report,Section,Measure"))
    assert {n["type"] for n in data["nodes"]} == {"Report", "Section", "Measure"}
    focused = page_data(render_html(store, focus=ENTERPRISE, depth=2, types="Measure"))
    assert {n["type"] for n in focused["nodes"]} == {"Measure", "Enterprise"}


@pytest.mark.parametrize("name, message", [
    ("不存在的实体名称", "no entity named"), ("渭南", "names"), ("渭编发〔1999〕99号", "no entity named"),
])
def test_unknown_or_ambiguous_focus_is_an_error(store: LocalStore, name: str, message: str) -> None:
    with pytest.raises(VizError, match=message) as caught:
        render_html(store, focus=name)
    assert caught.value.exit_code == 2


def test_bad_types_and_layout_are_errors(store: LocalStore) -> None:
    with pytest.raises(VizError, match="unknown node type"):
        render_html(store, types="Measure,Nonsense")
    with pytest.raises(VizError, match="unknown layout"):
        render_html(store, layout_name="circular")


def test_markup_in_titles_is_data_not_markup(report_file, bundled_html: str, tmp_path: Path) -> None:
    from kg.build import build

    build([report_file(EVIL_REPORT, name="evil.txt")], tmp_path / "evil.ttl")
    html = render_html(open_store(tmp_path / "evil.ttl"))
    assert "<script>window" not in html and "<img" not in html and "onerror=\"" not in html
    # No '<script' beyond those of any page (its own three tags and one inside vis-network).
    assert html.count("<script") == bundled_html.count("<script")
    labels = [n["label"] for n in page_data(html)["nodes"]]
    assert any("<script>window.__pwned=1</script>" in label for label in labels)
    assert any('<img src=x onerror="window.__pwned=2">' in label for label in labels)


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- x", "a\u2028b\u2029c", "&amp; <b>", "《》〔〕"])
def test_script_json_cannot_end_the_script_element(text: str) -> None:
    encoded = script_json({"t": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"t": text}


def test_the_page_reads_document_numbers_with_the_extraction_rule(bundled_html: str) -> None:
    """The search box's 文号 pattern is generated from kg's rule, not written twice."""
    from kg.extract import rules

    data = page_data(bundled_html)
    assert data["numberPattern"] == rules.DOCUMENT_NUMBER_PATTERN.replace("(?P<", "(?<")
    assert data["issuerStops"] == list(rules.ISSUER_STOP_WORDS)


def test_write_viz_writes_utf8_atomically(store: LocalStore, bundled_html: str, tmp_path: Path) -> None:
    output = tmp_path / "out" / "page.html"
    result = write_viz(store, output)
    assert output.read_bytes().decode("utf-8") == bundled_html
    assert result.nodes == entity_network(store).number_of_nodes() and result.bytes == output.stat().st_size
    assert [p.name for p in output.parent.iterdir()] == ["page.html"]


def test_cli_writes_the_page(bundled_graph_file: Path, tmp_path: Path) -> None:
    output = tmp_path / "viz.html"
    result = CliRunner().invoke(cli, ["viz", "--graph", str(bundled_graph_file), "-o", str(output),
                                      "--focus", "渭编发[2020]10号", "--depth", "2"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {output}: ")
    data = page_data(output.read_text(encoding="utf-8"))
    assert data["nodes"][data["focus"]]["iri"].endswith("/" + DOC_NUMBER) and data["title"].endswith("周边")


def test_cli_unknown_focus_exits_2_with_one_line(bundled_graph_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["viz", "--graph", str(bundled_graph_file), "-o", str(tmp_path / "x.html"),
                                      "--focus", "不存在的实体名称"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and result.output.startswith("kg: error: ")
    assert not (tmp_path / "x.html").exists()


def test_cli_help_ends_with_an_example() -> None:
    result = CliRunner().invoke(cli, ["viz", "--help"])
    assert "Example:" in result.output and "kg viz --focus" in result.output


def test_page_counts_match_the_data(store: LocalStore) -> None:
    page = build_page(store, layout_name="hierarchical")
    data = page_data(page.html)
    assert (page.nodes, page.edges) == (len(data["nodes"]), len(data["links"]))
    assert data["layout"] == "hierarchical"


def test_same_bytes_whatever_the_hash_seed(bundled_graph_file: Path, tmp_path: Path) -> None:
    """Set and dict orders change with PYTHONHASHSEED; the page must not."""
    import os
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        output = tmp_path / f"page-{seed}.html"
        subprocess.run([sys.executable, "-m", "kg", "viz", "--graph", str(bundled_graph_file), "-o", str(output)],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(output.read_bytes())
    assert pages[0] == pages[1]


def test_every_network_type_and_relation_has_a_look_and_a_name() -> None:
    from kg.graph.network import NETWORK_EDGES, NETWORK_NODE_TYPES
    from kg.graph.vocab import local_name
    from kg.viz.details import INVERSE_LABELS, STYLES

    assert {name for _, name in NETWORK_NODE_TYPES} <= set(STYLES)
    assert {local_name(iri) for iri, _ in NETWORK_EDGES} | {"inReport"} <= set(INVERSE_LABELS)


def test_a_large_network_is_drawn_as_an_overview_of_reports_and_what_they_name() -> None:
    """Text units and figures fold into their report; entities named by several reports first."""
    import networkx as nx

    from kg.viz.select import OVERVIEW_MAX, overview

    network: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for r in range(3):
        network.add_node(f"r{r}", type="Report", label=f"report {r}", report=None)
        for m in range(5):
            unit = f"r{r}/m{m}"
            network.add_node(unit, type="Measure", label=unit, report=f"r{r}")
            network.add_edge(unit, f"r{r}", key="inReport", relation="inReport", label="所属报告")
            network.add_node(f"{unit}/f", type="Figure", label="1户", report=f"r{r}")
            network.add_edge(f"{unit}/f", unit, key="figureOf", relation="figureOf", label="所属")
    network.add_node("doc", type="Document", label="《条例》", report=None)
    network.add_node("org", type="Enterprise", label="北人印机", report=None)
    for r in range(3):
        network.add_edge(f"r{r}/m0", "doc", key="cites", relation="cites", label="引用")
    network.add_edge("r1/m2", "org", key="mentions", relation="mentions", label="提到")
    drawn = overview(network)
    assert set(drawn) == {"r0", "r1", "r2", "doc", "org"}
    assert {(u, v) for u, v, k in drawn.edges(keys=True) if k == "cites"} == {("r0", "doc"), ("r1", "doc"), ("r2", "doc")}
    assert {(u, v) for u, v, k in drawn.edges(keys=True) if k == "mentions"} == {("r1", "org")}
    assert OVERVIEW_MAX >= 1000
