"""How two entities are connected: shortest paths through the entity network (networkx).

The network is the one ``kg.network`` draws (same node types and edge properties, from
``kg.iris``), read here with SPARQL so that answering needs neither rdflib nor a rebuild.
Paths ignore edge direction; each step remembers which way its relation points.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

from ..iris import KG, NETWORK_EDGES, NETWORK_NODE_TYPES
from . import queries
from .entities import most_specific_type
from .sparql import IRI

if TYPE_CHECKING:
    import networkx as nx

    from .answer import Context, Item

MAX_PATHS = 5
# Where a unit both cites and issues/follows a document, the specific relation names the edge.
_GENERIC = KG + "cites"
_IN_REPORT_LABEL = "所属报告"


def entity_network(context: "Context") -> "nx.Graph":
    """The undirected entity network; edge data: ``source``, ``target``, ``relation``, ``label``."""
    import networkx as nx

    network = nx.Graph()
    classes = " ".join(f"<{iri}>" for iri, _ in NETWORK_NODE_TYPES)
    node_classes: dict[str, set[str]] = {}
    for row in context.run(queries.NETWORK_NODES.format(classes=classes)):
        node = row["node"] or ""
        node_classes.setdefault(node, set()).add(row["class"] or "")
        network.add_node(node, label=row["label"] or node, path=row["path"])
    for node, found in node_classes.items():
        network.nodes[node]["type"] = most_specific_type(found)
    labels = dict(NETWORK_EDGES)
    properties = " ".join(f"<{iri}>" for iri, _ in NETWORK_EDGES)
    rows = context.run(queries.NETWORK_EDGES.format(properties=properties))
    rows.sort(key=lambda r: r["p"] == _GENERIC)  # specific relations first, so they win
    for row in rows:
        _add_edge(network, row["s"] or "", row["o"] or "", row["p"] or "", labels.get(row["p"] or "", ""))
    for row in context.run(queries.NETWORK_TOP_SECTIONS):
        _add_edge(network, row["s"] or "", row["o"] or "", KG + "inReport", _IN_REPORT_LABEL)
    return network


def _add_edge(network: "nx.Graph", source: str, target: str, relation: str, label: str) -> None:
    if source in network and target in network and not network.has_edge(source, target):
        network.add_edge(source, target, source=source, target=target,
                         relation=relation.rsplit("#", 1)[-1], label=label)


def shortest_paths(context: "Context", a: str, b: str) -> list["Item"]:
    """Up to MAX_PATHS shortest paths from ``a`` to ``b``, each as one answer item."""
    import networkx as nx

    network = entity_network(context)
    if a not in network or b not in network:
        return []
    try:
        paths = list(islice(nx.all_shortest_paths(network, a, b), MAX_PATHS))
    except nx.NetworkXNoPath:
        return []
    return [_path_item(context, network, path) for path in paths]


def _path_item(context: "Context", network: "nx.Graph", path: list[str]) -> "Item":
    from .answer import Item

    steps = []
    rendered = [network.nodes[path[0]]["label"]]
    for left, right in zip(path, path[1:]):
        edge = network.edges[left, right]
        forward = edge["source"] == left
        steps.append({"from": edge["source"], "to": edge["target"], "relation": edge["relation"], "label": edge["label"]})
        rendered.append(f"—{edge['label']}→" if forward else f"←{edge['label']}—")
        rendered.append(network.nodes[right]["label"])
    nodes = [{"iri": n, "label": network.nodes[n]["label"], "type": network.nodes[n].get("type")} for n in path]
    # The first text unit on the path is the evidence: its text says why the two are linked.
    unit = next((n for n in path[1:-1] if network.nodes[n].get("path") is not None), None)
    text = source = unit_path = None
    if unit is not None:
        rows = context.run(queries.UNIT_SOURCE, unit=IRI(unit))
        if rows:
            text, source, unit_path = rows[0]["text"], rows[0]["quote"], rows[0]["path"]
    return Item(iri=unit or path[-1], label=" ".join(rendered), type="Path", text=text, path=unit_path,
                source=source, extra={"length": len(path) - 1, "nodes": nodes, "steps": steps})
