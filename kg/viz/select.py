"""Choosing what to draw: one entity and its neighbourhood, or some node types only."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import networkx as nx

from ..errors import KgError
from ..graph.cards import find_node
from .details import STYLES

if TYPE_CHECKING:
    from ..graph.store import LocalStore


class VizError(KgError):
    """A request the drawing cannot satisfy: unknown entity or node type, bad depth or layout."""


def find_entity(store: "LocalStore", network: nx.MultiDiGraph[str], text: str) -> str:
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
