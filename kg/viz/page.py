"""The interactive page: one self-contained HTML file drawing the entity network.

The network comes from ``kg.network.to_networkx``; pyvis turns it into vis-network nodes, edges
and options; the page template (``assets/``) and vis-network itself (shipped inside pyvis) are
inlined, so the file opens from disk with no network.  Node texts travel as JSON in a
``<script type="application/json">`` block with every ``<``, ``>`` and ``&`` escaped, and the
page builds its DOM with ``textContent`` only: a 《title》 containing markup is shown, never run.
A Content-Security-Policy admits only the page's own two scripts (by hash) and no fetches.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import KgError
from ..extract import rules
from ..graph.cards import Facts, facts
from ..graph.network import entity_network
from ..graph.vocab import KG
from ..outputs import write_atomically
from .details import DEFAULT_STYLE, INVERSE_LABELS, STYLES, TYPE_STYLES, short_label, type_names
from .layout import LAYOUTS, layout
from .select import OVERVIEW_FROM, VizError, find_entity, keep_types, neighbourhood, overview, parse_types

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

    from ..graph.store import GraphStore

DEFAULT_OUTPUT = Path("viz/index.html")
DEFAULT_DEPTH = 2
FACTS_ONE_BY_ONE = 2000  # up to this many drawn nodes, facts are read node by node
_TEMPLATE_SLOT = re.compile(r"/\*@(\w+)@\*/")
_ASSETS = "assets"


@dataclass(frozen=True)
class Page:
    html: str
    nodes: int
    edges: int


@dataclass(frozen=True)
class VizResult:
    output: Path
    nodes: int
    edges: int
    bytes: int


def select_network(store: "GraphStore", *, focus: str | None = None, depth: int = DEFAULT_DEPTH,
                   types: str | tuple[str, ...] | None = None) -> tuple["nx.MultiDiGraph[str]", str | None]:
    """The part of the graph's entity network to draw, and the IRI of the focus entity if any.

    ``focus`` keeps the entity and everything within ``depth`` links of it; ``types`` then keeps
    the nodes of those types (the focus entity always stays).
    """
    network = entity_network(store)
    wanted_types = parse_types(types)
    centre = None
    if focus is not None:
        centre = find_entity(store, network, focus)
        network = neighbourhood(network, centre, depth)
    if wanted_types is not None:
        network = keep_types(network, wanted_types, always=centre)
    if centre is None and wanted_types is None and network.number_of_nodes() > OVERVIEW_FROM:
        network = overview(network)
    return network, centre


def build_page(store: "GraphStore", *, focus: str | None = None, depth: int = DEFAULT_DEPTH,
               types: str | tuple[str, ...] | None = None, layout_name: str = "force") -> Page:
    """The page for the graph in ``store`` (or the ``focus`` entity's neighbourhood), with its counts."""
    if layout_name not in LAYOUTS:
        raise VizError(f"unknown layout {layout_name!r}; known: {', '.join(LAYOUTS)}")
    network, centre = select_network(store, focus=focus, depth=depth, types=types)
    data = page_data(store, network, layout_name=layout_name, focus=centre, depth=max(depth, 1))
    return Page(html=fill_template(data), nodes=len(data["nodes"]), edges=len(data["links"]))


def render_html(store: "GraphStore", **options: Any) -> str:
    """The page as an HTML string; options as for ``build_page``."""
    return build_page(store, **options).html


def write_viz(store: "GraphStore", output: Path = DEFAULT_OUTPUT, **options: Any) -> VizResult:
    """Render the page and write it to ``output`` (UTF-8, replaced atomically)."""
    page = build_page(store, **options)
    encoded = page.html.encode("utf-8")
    write_atomically(output, encoded)
    return VizResult(output=output, nodes=page.nodes, edges=page.edges, bytes=len(encoded))


def page_data(store: "GraphStore", network: "nx.MultiDiGraph[str]", *, layout_name: str, focus: str | None,
              depth: int) -> dict[str, Any]:
    """Everything the page script needs: vis-network data from pyvis, and the side panel's texts."""
    # On a large graph, the facts of the drawn nodes only (one query each) cost less than all.
    every = facts(store) if network.number_of_nodes() > FACTS_ONE_BY_ONE else \
        {node: found for node in network for found in [facts(store, node).get(node)] if found is not None}
    order = {node: _natural_key(node, attrs) for node, attrs in network.nodes(data=True)}
    nodes = sorted(network, key=lambda n: order[n])
    index = {node: i for i, node in enumerate(nodes)}
    positions = layout(network, layout_name, order)
    names = type_names()
    net = to_pyvis(network, nodes, index, positions, every, names)
    vis_nodes, vis_edges, _heading, _height, _width, options = net.get_network_data()
    relations = _relations(network)
    relation_index = {relation["id"]: i for i, relation in enumerate(relations)}
    counts = Counter(attrs.get("type") for _, attrs in network.nodes(data=True))
    labels = {node: attrs["label"] for node, attrs in network.nodes(data=True)}
    series, series_of = figure_series(store, set(nodes))
    node_info = [_node_info(network, node, index, every.get(node, Facts()), labels) for node in nodes]
    for node, position in series_of.items():
        node_info[index[node]]["series"] = position
    return {
        "title": _title(network, focus),
        "types": [
            {"id": s.name, "name": names.get(s.name, s.name), "shape": s.shape, "color": s.color, "count": counts[s.name]}
            for s in TYPE_STYLES if counts[s.name]
        ],
        "relations": relations,
        "nodes": node_info,
        "series": series,
        "links": [
            [index[u], index[v], relation_index[attrs["relation"]]]
            for u, v, attrs in sorted(network.edges(data=True), key=lambda e: (index[e[0]], index[e[1]], e[2]["relation"]))
        ],
        "vis": {"nodes": vis_nodes, "edges": vis_edges, "options": json.loads(options)},
        "focus": index[focus] if focus is not None else None,
        # The search box reads 文号 in any bracket form with the very rule extraction uses.
        "numberPattern": rules.DOCUMENT_NUMBER_PATTERN.replace("(?P<", "(?<"),
        "issuerStops": list(rules.ISSUER_STOP_WORDS),
        "depth": depth,
        "layout": layout_name,
    }


SERIES = """
SELECT ?series ?label ?unit ?figure ?value ?year ?quote WHERE {
  ?figure kg:inSeries ?series ; kg:value ?value ; kg:inReport ?report .
  ?series a kg:FigureSeries ; rdfs:label ?label .
  OPTIONAL { ?series kg:unit ?unit }
  OPTIONAL { ?report kg:reportYear ?year }
  OPTIONAL { ?figure kg:quote ?quote }
}"""


def figure_series(store: "GraphStore", drawn: set[str]) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The year-on-year series of the drawn figures (each point: year, value, quote), and the
    series each drawn figure belongs to, for the chart the panel shows."""
    from ..graph.sparql import Query

    by_series: dict[str, dict[str, Any]] = {}
    for row in store.select(Query(SERIES)):
        entry = by_series.setdefault(row["series"] or "", {"label": row["label"], "unit": row["unit"] or "", "points": []})
        entry["points"].append([int(row["year"] or 0), row["value"], row["quote"] or "", row["figure"]])
    series: list[dict[str, Any]] = []
    series_of: dict[str, int] = {}
    for key in sorted(by_series):
        entry = by_series[key]
        members = [p[3] for p in entry["points"]]
        if not drawn.intersection(members):
            continue
        entry["points"] = [p[:3] for p in sorted(entry["points"], key=lambda p: (p[0], p[3]))]
        for member in members:
            if member in drawn:
                series_of[member] = len(series)
        series.append(entry)
    return series, series_of


def to_pyvis(network: "nx.MultiDiGraph[str]", nodes: list[str], index: dict[str, int],
             positions: dict[str, tuple[int, int]], every: dict[str, Facts], kind_names: dict[str, str]) -> "Network":
    """A pyvis Network of ``network``: integer ids, short labels, look by type, fixed positions."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node in nodes:
        attrs = network.nodes[node]
        style = STYLES.get(attrs["type"], DEFAULT_STYLE)
        x, y = positions[node]
        known = every.get(node, Facts())
        heading = next((v for p, v in known.values if p == KG.heading), None)
        # The hover tooltip (``title``) is the full label; vis-network shows a string title as text.
        net.add_node(index[node], label=short_label(attrs["type"], attrs["label"], attrs.get("path"), known.text, heading),
                     shape=style.shape, color=style.color, size=style.size, x=x, y=y, font={"size": style.font},
                     title=f"{kind_names.get(attrs['type'], attrs['type'])}：{attrs['label']}")
    # One drawn edge per linked pair; its tooltip names every relation between the two.
    relations: dict[tuple[int, int], set[str]] = {}
    for u, v, attrs in network.edges(data=True):
        relations.setdefault((index[u], index[v]), set()).add(attrs["label"])
    for number, (source, target) in enumerate(sorted(relations)):
        net.add_edge(source, target, id=number, title="、".join(sorted(relations[(source, target)])))
    # Options as a dict: pyvis's set_options() strips every space from the JSON it is given,
    # which would break any option value containing one.
    net.options = _vis_options(len(nodes))
    return net


def _vis_options(count: int) -> dict[str, Any]:
    """vis-network options: no physics (the layout is precomputed), straight edges, quiet labels.

    Labels smaller than ``drawThreshold`` on screen are not drawn, so the overview shows the
    report and section names and the rest appears on zooming in instead of piling up.
    """
    big = count > 1000
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "interaction": {
            "hover": not big, "tooltipDelay": 300, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
            "keyboard": False, "multiselect": False, "navigationButtons": False,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"color": "#1a1a1a", "strokeWidth": 3, "strokeColor": "#ffffff", "face": "sans-serif"},
            "scaling": {"label": {"enabled": True, "drawThreshold": 7}},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {"color": "#b8c2cc", "highlight": "#d62728", "hover": "#6b7785", "inherit": False},
            "smooth": False,
            "width": 1,
            "selectionWidth": 2,
        },
    }


def _node_info(network: "nx.MultiDiGraph[str]", node: str, index: dict[str, int], known: Facts,
               labels: dict[str, str]) -> dict[str, Any]:
    attrs = network.nodes[node]
    info: dict[str, Any] = {"iri": node, "type": attrs["type"], "label": attrs["label"]}
    table = known.table()
    if table:
        info["props"] = [[label, value] for _prop, label, value in table]
    if known.text is not None:
        info["text"] = known.text
    quote = known.quote if known.quote is not None else (known.text if known.span is not None else None)
    if quote is not None:
        info["quote"] = quote
    if known.span is not None:
        info["span"] = list(known.span)
    if known.sources:
        # The text unit by id when it is drawn, else by its label (a focused export leaves it out).
        info["sources"] = [
            [s.quote, s.begin, s.end, index[s.unit]] if s.unit in index
            else [s.quote, s.begin, s.end, -1, labels.get(s.unit or "", s.path or s.unit or "")]
            for s in known.sources
        ]
    if known.keys:
        info["keys"] = known.keys
    return info


def _relations(network: "nx.MultiDiGraph[str]") -> list[dict[str, str]]:
    seen: dict[str, str] = {}
    for _, _, attrs in network.edges(data=True):
        seen.setdefault(attrs["relation"], attrs["label"])
    return [{"id": r, "label": seen[r], "inverse": INVERSE_LABELS.get(r, f"{seen[r]}（反向）")} for r in sorted(seen)]


def _natural_key(node: str, attrs: dict[str, Any]) -> tuple[int, str, tuple[int, ...], str, str]:
    """Type, report, then position in the report (1.2 before 1.10), then label: the reading order."""
    kind = attrs.get("type")
    type_rank = next((i for i, style in enumerate(TYPE_STYLES) if style.name == kind), len(TYPE_STYLES))
    path = attrs.get("path")
    numbers = tuple(int(part) for part in str(path).split(".") if part.isdigit()) if path is not None else ()
    return (type_rank, str(attrs.get("report") or ""), numbers, str(attrs.get("label") or ""), node)


def _title(network: "nx.MultiDiGraph[str]", focus: str | None) -> str:
    """The page heading: the focus entity, or the reports drawn."""
    if focus is not None:
        return f"{network.nodes[focus]['label']} · 周边"
    reports = sorted(attrs["label"] for _, attrs in network.nodes(data=True) if attrs["type"] == "Report")
    if not reports:
        return "知识图谱"
    return "、".join(reports[:3]) + ("等" if len(reports) > 3 else "")


def fill_template(data: dict[str, Any]) -> str:
    """The page template with vis-network, the page's style and script, and ``data`` inlined."""
    vis_js, vis_css = _vis_network_assets()
    page_js, page_css, template = _asset("page.js"), _asset("page.css"), _asset("page.html")
    for name, text in (("vis-network.min.js", vis_js), ("page.js", page_js)):
        if re.search(r"</script|<!--", text, re.IGNORECASE):
            raise KgError(f"{name} cannot be inlined: it contains '</script' or '<!--'")
    slots = {
        "VIS_CSS": vis_css,
        "PAGE_CSS": page_css,
        "VIS_JS": vis_js,
        "PAGE_JS": page_js,
        "DATA": script_json(data),
        "CSP": _content_security_policy(vis_js, page_js),
    }
    # One pass, so that text inserted into one slot is never scanned for another.
    return _TEMPLATE_SLOT.sub(lambda match: slots[match.group(1)], template)


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can end it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _content_security_policy(*scripts: str) -> str:
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode('utf-8')).digest()).decode()}'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
            "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")


def _vis_network_assets() -> tuple[str, str]:
    """vis-network's script and style as shipped inside the pyvis package (no CDN, no download)."""
    import pyvis

    folder = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"vis-network is missing from the pyvis package: {exc}", path=folder) from exc
    # The source-map comment points at a file that is not shipped; a browser would try to fetch it.
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    return js, css


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(_ASSETS, name).read_text(encoding="utf-8")
