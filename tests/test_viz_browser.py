"""The page in a real browser: Debian's headless Chromium driven by Playwright, from file://.

Without Chromium or Playwright these tests skip, except under CI (CI set), where they fail.
The screenshot of the bundled report's page goes to test-artifacts/viz.png.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.extract.documents import normalise_number
from kg.graph.network import entity_network
from kg.graph.store import open_store
from kg.graph.vocab import KG
from kg.viz import write_viz

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
]
VIEWPORT = {"width": 1400, "height": 900}


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run under CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (run scripts/install-system-deps.sh)")
    manager = sync_playwright().start()
    try:
        browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as exc:  # Playwright raises its own Error type for a browser that will not start
        manager.stop()
        _unavailable(f"Chromium does not start: {exc}")
    yield browser
    browser.close()
    manager.stop()


@pytest.fixture(scope="module")
def bundled_page(bundled_graph_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("viz") / "index.html"
    write_viz(open_store(bundled_graph_file), output)
    return output


@dataclass
class Log:
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_page(browser, path: Path):
    """Open ``path`` in a fresh page; wait until the network is drawn. Returns the page and its log."""
    page = browser.new_page(viewport=VIEWPORT)
    log = Log()
    page.on("request", lambda request: log.requests.append(request.url))
    page.on("console", lambda message: log.errors.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: log.errors.append(str(error)))

    def on_dialog(dialog) -> None:
        log.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    page.wait_for_function("() => document.body.dataset.ready === 'true'", timeout=10_000)
    return page, log


def node_id(page, iri: str) -> int:
    return page.evaluate("iri => kgViz.data.nodes.findIndex(n => n.iri === iri)", iri)


def click_node(page, ident: int) -> None:
    """A real mouse click on the node, after bringing it to the middle of the canvas."""
    page.evaluate("id => kgViz.network.focus(id, {scale: 1.6, animation: false})", ident)
    point = page.evaluate("id => kgViz.network.canvasToDOM(kgViz.network.getPosition(id))", ident)
    box = page.locator("#graph").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def wait_until_still(page) -> None:
    """Wait for the centring animation to end."""
    page.wait_for_function("() => document.body.dataset.moving !== 'true'", timeout=5_000)


def assert_centred(page, ident: int, tolerance: float = 30, seconds: float = 5) -> None:
    """The node ends up in the middle of the visible canvas (polled: under load the animation
    may end a few frames after the flag says so, and a redraw may restart it)."""
    wait_until_still(page)
    deadline = time.monotonic() + seconds
    offset = centre_offset(page, ident)
    while offset >= tolerance and time.monotonic() < deadline:
        page.wait_for_timeout(100)
        offset = centre_offset(page, ident)
    assert offset < tolerance, f"node {ident} is {offset:.0f} px from the centre"


def centre_offset(page, ident: int) -> float:
    """How far (in pixels) the node is from the middle of the part of the canvas not under the panel."""
    point = page.evaluate("id => kgViz.network.canvasToDOM(kgViz.network.getPosition(id))", ident)
    box = page.locator("#graph").bounding_box()
    panel = page.locator("#panel").bounding_box() if page.locator("#panel").is_visible() else None
    width = box["width"] - (panel["width"] if panel else 0)
    return max(abs(point["x"] - width / 2), abs(point["y"] - box["height"] / 2))


def test_loads_offline_draws_every_node_and_screenshots(browser, bundled_page: Path, store) -> None:
    page, log = open_page(browser, bundled_page)
    assert log.requests == [bundled_page.as_uri()]
    assert log.errors == [] and log.dialogs == []
    network = entity_network(store)
    assert page.evaluate("kgViz.network.body.nodeIndices.length") == network.number_of_nodes()
    assert page.evaluate("kgViz.data.nodes.length") == network.number_of_nodes()
    assert page.locator("#types li").count() == len({kind for _, kind in network.nodes(data="type")})
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz.png"))
    # Nothing was fetched while the page was drawn and shown.
    assert log.requests == [bundled_page.as_uri()]
    page.close()


def test_clicking_a_measure_shows_its_full_text(browser, bundled_page: Path, bundled_graph: Graph) -> None:
    page, log = open_page(browser, bundled_page)
    measures = sorted(str(m) for m in bundled_graph.subjects(URIRef(KG.path), None)
                      if (m, None, URIRef(KG.Measure)) in bundled_graph)
    measure = max(measures, key=lambda m: (len(str(bundled_graph.value(URIRef(m), URIRef(KG.text)))), m))
    ident = node_id(page, measure)
    click_node(page, ident)
    assert page.evaluate("kgViz.selected()") == ident
    assert page.locator("#panel").is_visible()
    assert page.locator("#panel .type").text_content() == "措施"
    assert page.locator("#panel blockquote.text").text_content() == str(bundled_graph.value(URIRef(measure), URIRef(KG.text)))
    assert page.locator("#panel .where").first.text_content().startswith("第 ")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viz-panel.png"))
    assert log.errors == []
    page.close()


def test_neighbour_link_moves_to_it_and_history_walks_back(browser, bundled_page: Path) -> None:
    page, log = open_page(browser, bundled_page)
    measure = page.evaluate("kgViz.data.nodes.findIndex(n => n.type === 'Measure' && n.text)")
    page.evaluate("id => kgViz.select(id)", measure)
    link = page.locator("#panel .relation[data-relation='所属节'] a.node").first
    target = int(link.get_attribute("data-id"))
    link.click()
    assert page.evaluate("kgViz.selected()") == target
    assert page.locator("#panel h2").text_content() == page.evaluate("id => kgViz.data.nodes[id].label", target)
    assert_centred(page, target)
    page.locator("#back").click()
    assert page.evaluate("kgViz.selected()") == measure
    page.locator("#forward").click()
    assert page.evaluate("kgViz.selected()") == target
    assert page.locator("#forward").is_disabled()
    assert log.errors == []
    page.close()


@pytest.mark.parametrize("query, iri_end", [
    ("北人印机", "/org/北人印机"),
    ("渭编发[2020]10号", "/渭编发〔2020〕10号"),
    ("渭编发（2020）10号", "/渭编发〔2020〕10号"),
])
def test_search_selects_and_centres_the_node(browser, bundled_page: Path, query: str, iri_end: str) -> None:
    page, log = open_page(browser, bundled_page)
    page.locator("#search").fill(query)
    page.locator("#search").press("Enter")
    selected = page.evaluate("kgViz.selected()")
    assert selected is not None
    assert page.evaluate("id => kgViz.data.nodes[id].iri", selected).endswith(iri_end)
    assert_centred(page, selected)
    assert log.errors == []
    page.close()


def test_page_folds_document_numbers_like_python(browser, bundled_page: Path) -> None:
    page, _ = open_page(browser, bundled_page)
    for written in ["渭编发[2020]10号", "渭编发（2020）10号", "渭编发【2020】10号", "渭编发(2020)第010号", "渭编发 〔2020〕 10 号",
                    "渭编发〔2020〕10号文件", "按照渭编发〔2020〕10号"]:
        expected = normalise_number(written)
        assert expected is not None
        assert page.evaluate("s => kgViz.canonicalNumber(s)", written) == expected.canonical
    page.close()


def test_type_filter_hides_that_type(browser, bundled_page: Path, store) -> None:
    page, log = open_page(browser, bundled_page)
    network = entity_network(store)
    figures = sum(1 for _, kind in network.nodes(data="type") if kind == "Figure")
    assert figures > 0
    page.locator("#types input[data-type='Figure']").uncheck()
    drawn = page.evaluate("kgViz.network.body.nodeIndices.map(id => kgViz.data.nodes[id].type)")
    assert len(drawn) == network.number_of_nodes() - figures and "Figure" not in drawn
    page.locator("#types input[data-type='Figure']").check()
    assert page.evaluate("kgViz.network.body.nodeIndices.length") == network.number_of_nodes()
    assert log.errors == []
    page.close()


def test_neighbourhood_mode_fades_beyond_n_hops(browser, bundled_page: Path, store) -> None:
    page, log = open_page(browser, bundled_page)
    network = entity_network(store).to_undirected()
    centre = next(n for n, kind in sorted(network.nodes(data="type")) if kind == "Enterprise")
    page.evaluate("id => kgViz.select(id)", node_id(page, centre))
    page.locator("#hops").select_option("1")
    page.locator("#hood").check()
    near = page.evaluate("kgViz.nodes.get().filter(n => n.opacity === 1).map(n => kgViz.data.nodes[n.id].iri)")
    assert sorted(near) == sorted({centre, *network[centre]})
    page.locator("#hood").uncheck()
    assert page.evaluate("kgViz.nodes.get().filter(n => n.opacity !== undefined && n.opacity < 1).length") == 0
    assert log.errors == []
    page.close()


@pytest.mark.parametrize("options", [
    {"focus": "渭编发[2020]10号", "depth": 2},
    {"layout_name": "hierarchical"},
    {"focus": "北人印机", "depth": 0},
])
def test_focused_and_hierarchical_pages_work_too(browser, store, tmp_path: Path, options: dict) -> None:
    output = tmp_path / "page.html"
    result = write_viz(store, output, **options)
    page, log = open_page(browser, output)
    assert page.evaluate("kgViz.network.body.nodeIndices.length") == result.nodes
    if "focus" in options:
        # The focus entity opens selected, with its panel.
        selected = page.evaluate("kgViz.selected()")
        assert page.locator("#panel h2").text_content() == page.evaluate("id => kgViz.data.nodes[id].label", selected)
    assert log.errors == [] and log.requests == [output.as_uri()]
    page.close()


EVIL_REPORT = """\
测高发〔2021〕3号
测试区管委会
关于2020年度法治政府建设工作的报告
测试市人民政府:
2020年,我区认真贯彻落实《法治政府建设实施纲要》。
一、完善制度建设
(一)健全规范性文件管理。一是印发《<script>window.__pwned=1;alert(1)</script>管理办法》,规范文件制定程序。二是制定《<img src=x onerror="window.__pwned=2;alert(2)">实施细则》,完善备案审查。
(二)加强执法监督。一是开展执法检查12次,发现问题30个。
二、存在的问题
(一)法治宣传还不够深入。
测试区管委会
2021年1月22日
"""


def test_markup_in_titles_shows_as_text_and_never_runs(browser, report_file, tmp_path: Path) -> None:
    from kg.build import build

    output = tmp_path / "evil.html"
    build([report_file(EVIL_REPORT, name="evil.txt")], tmp_path / "evil.ttl")
    write_viz(open_store(tmp_path / "evil.ttl"), output)
    page, log = open_page(browser, output)
    for query, shown in [("<script>", "<script>window.__pwned=1;alert(1)</script>管理办法"),
                         ("<img", '<img src=x onerror="window.__pwned=2;alert(2)">实施细则')]:
        page.locator("#search").fill(query)
        assert page.locator("#results li .name").first.text_content() == shown
        page.locator("#search").press("Enter")
        assert page.locator("#panel h2").text_content() == shown
        # Walk to the measure that cites it and back: its links show the title as text too.
        page.locator("#panel a.node").first.click()
        assert shown in page.locator("#panel").text_content()
    # The hover tooltip shows the title as text too.
    ident = page.evaluate("kgViz.data.nodes.findIndex(n => n.label.startsWith('<img'))")
    box = page.locator("#graph").bounding_box()
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    tooltip = page.locator(".vis-tooltip")
    for _attempt in range(5):
        # vis-network shows a tooltip after the pointer rests on a node. Under load the layout
        # may still be moving when the page opens, so stop it, centre the node and read its
        # place afresh at every attempt; then move off and back until the tooltip shows.
        page.evaluate("kgViz.network.stopSimulation()")
        page.evaluate("id => kgViz.network.focus(id, {scale: 1.5, animation: false})", ident)
        point = page.evaluate("id => kgViz.network.canvasToDOM(kgViz.network.getPosition(id))", ident)
        page.mouse.move(box["x"] + 5, box["y"] + 5)
        page.mouse.move(box["x"] + point["x"], box["y"] + point["y"], steps=3)
        try:
            tooltip.wait_for(state="visible", timeout=2_000)
            break
        except PlaywrightTimeoutError:
            continue
    tooltip.wait_for(state="visible", timeout=2_000)
    assert '<img src=x onerror="window.__pwned=2;alert(2)">' in page.locator(".vis-tooltip").text_content()
    page.wait_for_timeout(200)
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, script:not([type]):not([id])').length") == 2
    assert log.dialogs == [] and log.errors == []
    assert log.requests == [output.as_uri()]
    page.close()


def test_a_figure_of_a_series_shows_its_values_year_on_year(browser, tmp_path: Path) -> None:
    """Two reports of one district: selecting a figure that counts the same thing in both draws
    a chart of its values by year, in the page itself (no request)."""
    from kg.build import build

    texts = ROOT / "tests" / "gold" / "texts"
    graph_file = tmp_path / "nanshan.ttl"
    build([texts / "2023年南山区政府工作报告_2023.txt", texts / "2024年南山区政府工作报告_2024.txt"], graph_file)
    graph = Graph().parse(graph_file, format="turtle")
    series = {}
    for figure, member_of in graph.subject_objects(URIRef(KG.inSeries)):
        if (member_of, None, URIRef(KG.FigureSeries)) in graph:
            series.setdefault(str(member_of), []).append(str(figure))
    assert series, "two reports of one district share no statistic"
    name, members = sorted(series.items())[0]
    output = tmp_path / "page.html"
    write_viz(open_store(graph_file), output)
    page, log = open_page(browser, output)
    page.evaluate("id => kgViz.select(id)", node_id(page, members[0]))
    chart = page.locator("#panel svg.series-chart")
    assert chart.count() == 1
    assert chart.locator("circle").count() == len(members)
    years = sorted(str(graph.value(graph.value(URIRef(m), URIRef(KG.inReport)), URIRef(KG.reportYear))) for m in members)
    assert [t for t in chart.locator("text").all_text_contents() if t.isdigit() and len(t) == 4] == years
    assert log.requests == [output.as_uri()] and log.errors == []
    page.close()
