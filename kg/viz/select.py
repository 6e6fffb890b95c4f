"""Choosing what to draw: one entity and its neighbourhood, or some node types only."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

import networkx as nx
from rdflib import DCTERMS, Graph, URIRef

from ..documents import normalise_number
from ..errors import KgError
from ..namespaces import KG
from .details import STYLES


class VizError(KgError):
    """A request the drawing cannot satisfy: unknown entity or node type, bad depth or layout."""


def search_key(text: str) -> str:
    """Text as the search box compares it: NFKC (full-width folded) without spaces."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def find_entity(graph: Graph, network: nx.MultiDiGraph[str], text: str) -> str:
    """The node ``text`` names: its IRI, its 文号 in any bracket form, its label or title.

    Exact matches win; otherwise a label containing ``text`` must be unique.
    """
    if text in network:
        return text
    number = normalise_number(text)
    if number is not None:
        found = sorted(str(s) for s, value in graph.subject_objects(KG.documentNumber)
                       if str(value) == number.canonical and str(s) in network)
        if found:
            return found[0]
    wanted = search_key(text)
    if not wanted:
        raise VizError("empty entity name for --focus")
    exact = sorted(n for n in network if wanted in _keys(graph, network, n))
    if len(exact) == 1:
        return exact[0]
    partial = exact or sorted(n for n in network if any(wanted in key for key in _keys(graph, network, n)))
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise VizError(f"no entity named {text!r} in the graph (try a label, a 《title》, a 文号 or an IRI)")
    names = "、".join(network.nodes[n]["label"] for n in partial[:5])
    raise VizError(f"{text!r} names {len(partial)} entities ({names}{'…' if len(partial) > 5 else ''}); be more specific or give an IRI")


def _keys(graph: Graph, network: nx.MultiDiGraph[str], node: str) -> set[str]:
    subject = URIRef(node)
    names = [network.nodes[node]["label"]]
    for prop in (KG.documentNumber, DCTERMS.title, KG.heading):
        names.extend(str(value) for value in graph.objects(subject, prop))
    return {search_key(name) for name in names}


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
