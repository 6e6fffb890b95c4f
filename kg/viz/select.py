"""Choosing what to draw: one entity and its neighbourhood, or some node types only."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import networkx as nx

from ..errors import KgError
from ..graph.cards import find_node
from .details import STYLES

if TYPE_CHECKING:
    from ..graph.store import GraphStore


class VizError(KgError):
    """A request the drawing cannot satisfy: unknown entity or node type, bad depth or layout."""


def find_entity(store: "GraphStore", network: nx.MultiDiGraph[str], text: str) -> str:
    """The drawn node ``text`` names: an IRI, a 文号 in any bracket form, a name, title or path.

    Names are found as ``kg show`` finds them; a name that fits several drawn nodes is refused
    with the candidates, so the page never silently centres on the wrong one.
    """
    if text in network:
        return text
    if not text.strip():
        raise VizError("empty entity name for --focus")
    found = [iri for iri in find_node(text, store) if iri in network]
    if len(found) == 1:
        return found[0]
    if not found:
        raise VizError(f"no entity named {text!r} in the graph (try a label, a 《title》, a 文号 or an IRI)")
    names = "、".join(network.nodes[n]["label"] for n in found[:5])
    raise VizError(f"{text!r} names {len(found)} entities ({names}{'…' if len(found) > 5 else ''}); be more specific or give an IRI")


def neighbourhood(network: nx.MultiDiGraph[str], centre: str, depth: int) -> nx.MultiDiGraph[str]:
    """The nodes within ``depth`` links of ``centre`` (either direction) and the links among them."""
    if depth < 0:
        raise VizError(f"--depth must be 0 or more, not {depth}")
    nodes = nx.ego_graph(network, centre, radius=depth, undirected=True)
    return induced(network, nodes)


def parse_types(spec: str | Iterable[str] | None) -> tuple[str, ...] | None:
    """Node type names from ``Measure,Document`` (or an iterable); None keeps every type."""
    if spec is None:
        return None
    names = [name.strip() for name in (spec.split(",") if isinstance(spec, str) else spec) if name.strip()]
    unknown = sorted(set(names) - set(STYLES))
    if unknown:
        raise VizError(f"unknown node type(s) {', '.join(unknown)}; known: {', '.join(STYLES)}")
    if not names:
        raise VizError("--types names no node type")
    return tuple(dict.fromkeys(names))


def keep_types(network: nx.MultiDiGraph[str], types: tuple[str, ...], always: str | None = None) -> nx.MultiDiGraph[str]:
    """Only the nodes of ``types`` (and ``always``, the focus) and the links among them."""
    return induced(network, [n for n, attrs in network.nodes(data=True) if attrs.get("type") in types or n == always])


def induced(network: nx.MultiDiGraph[str], nodes: Iterable[str]) -> nx.MultiDiGraph[str]:
    """The subgraph on ``nodes``, built in sorted order (a networkx subgraph view iterates in
    hash order, which would make the page differ from run to run)."""
    kept = set(nodes)
    result: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    result.add_nodes_from((n, network.nodes[n]) for n in sorted(kept))
    edges = sorted(((u, v, k, d) for u, v, k, d in network.edges(keys=True, data=True)
                    if u in kept and v in kept), key=lambda e: (e[0], e[1], e[2]))
    # One by one: the stubs' add_edges_from takes no (u, v, key, data) tuples.
    for u, v, k, d in edges:
        result.add_edge(u, v, key=k, **d)
    return result


# Above this many nodes, a page drawn without --focus or --types is an overview: reports, the
# documents and organisations they name, places and series; text units and figures are drawn
# from their report, and shown in full for a focus or a filter.
OVERVIEW_FROM = 3000
OVERVIEW_MAX = 1500
OVERVIEW_TYPES = frozenset({"Report", "Document", "GovernmentBody", "Enterprise", "Institution", "Place",
                            "FigureSeries", "ReportSeries", "Person"})


def overview(network: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """The network of reports and what they name: each edge from a text unit or figure is drawn
    from the unit's report; entities named by several reports come first, up to OVERVIEW_MAX."""
    drawn: nx.MultiDiGraph[str] = nx.MultiDiGraph()

    def owner(node: str) -> str | None:
        attrs = network.nodes[node]
        if attrs["type"] in OVERVIEW_TYPES:
            return node
        report = attrs.get("report")
        return report if report in network else None

    edges: dict[tuple[str, str, str], dict[str, object]] = {}
    for u, v, key, attrs in network.edges(keys=True, data=True):
        a, b = owner(u), owner(v)
        if a is None or b is None or a == b:
            continue
        edges.setdefault((a, b, key), attrs)
    reports: dict[str, set[str]] = {}
    for (a, b, _key) in edges:
        for node, other in ((a, b), (b, a)):
            if network.nodes[other]["type"] == "Report":
                reports.setdefault(node, set()).add(other)
    kept = [n for n in network if network.nodes[n]["type"] in ("Report", "ReportSeries", "FigureSeries", "Place")]
    others = sorted((n for n in reports if n not in kept),
                    key=lambda n: (-len(reports[n]), n))
    kept += others[: max(0, OVERVIEW_MAX - len(kept))]
    keep = set(kept)
    for node in network:
        if node in keep:
            drawn.add_node(node, **network.nodes[node])
    for (a, b, key), attrs in sorted(edges.items(), key=lambda e: e[0]):
        if a in keep and b in keep:
            drawn.add_edge(a, b, key=key, **attrs)
    return drawn
