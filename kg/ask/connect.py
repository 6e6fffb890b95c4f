"""How two entities are connected: shortest paths through the entity network (networkx).

The network is the one ``kg.network`` draws (same node types and edge properties, from
``kg.iris``), read here with SPARQL so that answering needs neither rdflib nor a rebuild.
Paths ignore edge direction; each step remembers which way its relation points.  Figures
hang from a single text unit and questions name entities, not figures, so figures are left
out, which keeps the network small on large graphs.  Labels are fetched only for the nodes
on the paths found.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..graph.network import NETWORK_EDGES, entity_network
from ..graph.sparql import IRI
from . import queries

if TYPE_CHECKING:
    import networkx as nx

    from .answer import Context, Item

MAX_PATHS = 5


def undirected_network(context: "Context") -> "nx.Graph[str]":
    """The entity network without figures, undirected; each edge remembers its direction."""
    import networkx as nx

    directed = entity_network(context.store, figures=False)
    network: nx.Graph[str] = nx.Graph()
    for node, attrs in directed.nodes(data=True):
        network.add_node(node, type=attrs["type"])
    # Specific relations (制发, 遵循) come before 引用 in NETWORK_EDGES order, so they name the edge.
    order = {iri: i for i, (iri, _label) in enumerate(NETWORK_EDGES)}
    for source, target, key, attrs in sorted(directed.edges(keys=True, data=True), key=lambda e: order.get(e[2], -1)):
        if not network.has_edge(source, target):
            network.add_edge(source, target, source=source, target=target, relation=attrs["relation"], label=attrs["label"])
    return network


def shortest_paths(context: "Context", a: str, b: str) -> list["Item"]:
    """Up to MAX_PATHS shortest paths from ``a`` to ``b``, each as one answer item."""
    import networkx as nx

    network = undirected_network(context)
    if a not in network or b not in network:
        return []
    try:
        paths = list(islice(nx.all_shortest_paths(network, a, b), MAX_PATHS))
    except nx.NetworkXNoPath:
        return []
    info = _node_info(context, {node for path in paths for node in path})
    return [_path_item(context, network, info, path) for path in paths]


def _node_info(context: "Context", nodes: set[str]) -> dict[str, dict[str, str | None]]:
    """Label and section path of each node, one bound query per node (paths are short)."""
    info: dict[str, dict[str, str | None]] = {}
    for node in sorted(nodes):
        rows = context.run(queries.NODE_INFO, node=IRI(node))
        info[node] = {"label": next((r["label"] for r in rows if r["label"]), node),
                      "path": next((r["path"] for r in rows if r["path"]), None)}
    return info


def _path_item(context: "Context", network: "nx.Graph[str]", info: dict[str, dict[str, str | None]], path: list[str]) -> "Item":
    from .answer import Item

    steps = []
    rendered = [info[path[0]]["label"] or path[0]]
    for left, right in zip(path, path[1:]):
        edge = network.edges[left, right]
        forward = edge["source"] == left
        steps.append({"from": edge["source"], "to": edge["target"], "relation": edge["relation"], "label": edge["label"]})
        rendered.append(f"—{edge['label']}→" if forward else f"←{edge['label']}—")
        rendered.append(info[right]["label"] or right)
    nodes = [{"iri": n, "label": info[n]["label"], "type": network.nodes[n].get("type")} for n in path]
    # The first text unit on the path is the evidence: its text says why the two are linked.
    unit = next((n for n in path[1:-1] if info[n]["path"] is not None), None)
    text = source = unit_path = None
    if unit is not None:
        rows = context.run(queries.UNIT_SOURCE, unit=IRI(unit))
        if rows:
            text, source, unit_path = rows[0]["text"], rows[0]["quote"], rows[0]["path"]
    return Item(iri=unit or path[-1], label=" ".join(str(part) for part in rendered), type="Path", text=text,
                path=unit_path, source=source, extra={"length": len(path) - 1, "nodes": nodes, "steps": steps})
