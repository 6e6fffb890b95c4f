"""Node positions, computed once in Python so the page opens with a settled, repeatable picture.

Two layouts:

* ``force``: networkx's spring layout (fixed seed) of the graph's core; nodes hanging off a
  single neighbour (most figures, entities mentioned once) are fanned around that neighbour
  afterwards, which keeps the spring layout small enough to be fast and leaves each measure's
  figures next to it.
* ``hierarchical``: report → section → subsection → item as a tree, top to bottom, items in
  the report's order; documents, organisations, people and figures in a row below, each under
  the items that link to it.

Positions are whole pixels so that the same graph gives byte-identical HTML.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal

import networkx as nx

Position = tuple[int, int]
# Each node's sort key: siblings are laid out in this order.
Order = Mapping[str, tuple[object, ...]]
LayoutName = Literal["force", "hierarchical"]
LAYOUTS: tuple[str, ...] = ("force", "hierarchical")

SEED = 20201010
# Pixels per unit of spring-layout space, per square root of the number of nodes laid out:
# keeps the density of the drawing (and so the label overlap) the same for any graph size.
_FORCE_UNIT = 120
_FAN_RADIUS = 70
_FAN_GAP = 30  # minimum arc length between two fanned neighbours, in pixels
_CROWDED_FAN = 8
# Above this many nodes the spring layout runs fewer iterations: its cost grows with n² per
# iteration, and starting from a fixed seed it converges well enough for a first view.
_FULL_ITERATIONS_UP_TO = 500
_SPREAD = 2.0

_SLOT = 90  # horizontal pixels per tree leaf
_LEVEL_GAP = 230
_STAGGER = 55  # vertical offset between alternate labels in a crowded row
_ROW_SLOT = 44  # horizontal pixels per node in the bottom row (three staggered sub-rows)
_REPORT_GAP_SLOTS = 3

_STRUCTURE = ("section", "subsection", "parentSection", "inReport", "inSection")


def layout(network: nx.MultiDiGraph[str], name: str, order: Order) -> dict[str, Position]:
    """Positions of every node of ``network`` by layout ``name``; ``order`` sorts siblings."""
    if name == "hierarchical":
        return hierarchical_layout(network, order)
    if name == "force":
        return force_layout(network, order)
    raise ValueError(f"unknown layout {name!r}")


def force_layout(network: nx.MultiDiGraph[str], order: Order) -> dict[str, Position]:
    simple: nx.Graph[str] = nx.Graph()
    nodes = sorted(network, key=lambda n: order[n])
    simple.add_nodes_from(nodes)
    simple.add_edges_from(sorted((u, v) for u, v, attrs in network.edges(data=True)
                                 if u != v and not _redundant(network, u, attrs.get("relation"))))
    anchor = _leaf_anchors(simple)
    # A new graph, not a subgraph view: a view iterates its nodes in set (hash) order, which
    # would make the layout differ from run to run.
    core: nx.Graph[str] = nx.Graph()
    core.add_nodes_from(n for n in simple if n not in anchor)
    core.add_edges_from((u, v) for u, v in simple.edges() if u in core and v in core)
    points = _spring(core)
    scale = _FORCE_UNIT * math.sqrt(max(len(core), 1))
    positions: dict[str, tuple[float, float]] = {n: (x * scale, y * scale) for n, (x, y) in points.items()}
    _fan_leaves(simple, anchor, positions, order)
    return {n: (round(x), round(y)) for n, (x, y) in positions.items()}


def _redundant(network: nx.MultiDiGraph[str], node: str, relation: str | None) -> bool:
    """An item's link to its section when it also links to a subsection of it: drawn, but left
    out of the layout, where it would pull every item of a section into one knot."""
    return relation == "section" and any(attrs.get("relation") == "subsection"
                                         for _, _, attrs in network.out_edges(node, data=True))


def _spring(core: nx.Graph[str]) -> dict[str, tuple[float, float]]:
    if len(core) == 0:
        return {}
    if len(core) == 1:
        return {next(iter(core)): (0.0, 0.0)}
    iterations = 100 if len(core) <= _FULL_ITERATIONS_UP_TO else max(12, 50 * _FULL_ITERATIONS_UP_TO // len(core))
    # A longer ideal edge than networkx's default (1/√n) keeps sibling sections apart.
    points = nx.spring_layout(core, k=_SPREAD / math.sqrt(len(core)), seed=SEED, iterations=iterations, method="force")
    return {n: (float(p[0]), float(p[1])) for n, p in points.items()}


def _leaf_anchors(simple: nx.Graph[str]) -> dict[str, str]:
    """Each node with exactly one neighbour, which itself has others, mapped to that neighbour."""
    anchors: dict[str, str] = {}
    for node in simple:
        if simple.degree(node) == 1:
            (neighbour,) = simple[node]
            if simple.degree(neighbour) > 1:
                anchors[node] = neighbour
    return anchors


def _fan_leaves(simple: nx.Graph[str], anchor: Mapping[str, str], positions: dict[str, tuple[float, float]],
                order: Order) -> None:
    """Place each leaf on an arc around its anchor, pointing away from the anchor's other neighbours."""
    leaves_of: dict[str, list[str]] = {}
    for leaf, parent in anchor.items():
        leaves_of.setdefault(parent, []).append(leaf)
    for parent in sorted(leaves_of, key=lambda n: order[n]):
        leaves = sorted(leaves_of[parent], key=lambda n: order[n])
        px, py = positions[parent]
        others = [positions[n] for n in simple[parent] if n in positions and n not in anchor]
        if others:
            cx, cy = sum(x for x, _ in others) / len(others), sum(y for _, y in others) / len(others)
            direction = math.atan2(py - cy, px - cx) if (px, py) != (cx, cy) else 0.0
        else:
            direction = -math.pi / 2
        step = min(2 * math.pi / len(leaves), math.pi / 5)
        radius = max(_FAN_RADIUS, _FAN_GAP / step)
        # A crowded fan alternates between two radii so that neighbouring labels do not touch.
        crowded = len(leaves) > _CROWDED_FAN
        for index, leaf in enumerate(leaves):
            angle = direction + (index - (len(leaves) - 1) / 2) * step
            reach = radius * (1.5 if crowded and index % 2 else 1.0)
            positions[leaf] = (px + reach * math.cos(angle), py + reach * math.sin(angle))


def hierarchical_layout(network: nx.MultiDiGraph[str], order: Order) -> dict[str, Position]:
    tree = _structure_tree(network)
    roots = sorted((n for n in tree if tree.in_degree(n) == 0 and tree.out_degree(n) > 0), key=lambda n: order[n])
    positions: dict[str, tuple[float, float]] = {}
    depth_of: dict[str, int] = {}
    slot = 0
    for root in roots:
        slot = _place_subtree(tree, root, 0, slot, order, positions, depth_of) + _REPORT_GAP_SLOTS
    bottom = (max(depth_of.values(), default=-1) + 1) * _LEVEL_GAP
    rest = [n for n in network if n not in positions]
    _place_row(network, rest, bottom, positions, order)
    return {n: (round(x), round(y)) for n, (x, y) in positions.items()}


def _structure_tree(network: nx.MultiDiGraph[str]) -> nx.DiGraph[str]:
    """Report → section → subsection → item, from the structural edges (which point child → parent)."""
    parent_of: dict[str, str] = {}
    for child, parent, attrs in network.edges(data=True):
        relation = attrs.get("relation")
        if relation not in _STRUCTURE:
            continue
        # An item in a subsection hangs from the subsection, not also from its section.
        if relation == "section" and child in parent_of:
            continue
        if relation == "subsection" or child not in parent_of:
            parent_of[child] = parent
    tree: nx.DiGraph[str] = nx.DiGraph()
    tree.add_edges_from((parent, child) for child, parent in parent_of.items())
    return tree


def _place_subtree(tree: nx.DiGraph[str], node: str, depth: int, slot: int, order: Order,
                   positions: dict[str, tuple[float, float]], depth_of: dict[str, int]) -> int:
    """Lay out ``node``'s subtree from leaf slot ``slot``; return the next free slot.

    Leaves take consecutive slots, alternately a little higher and lower so that neighbouring
    labels do not run into each other; a parent sits above the middle of its children.
    """
    depth_of[node] = depth
    children = sorted(tree.successors(node), key=lambda n: order[n])
    y = depth * _LEVEL_GAP
    if not children:
        positions[node] = (slot * _SLOT, y + (slot % 2) * _STAGGER)
        return slot + 1
    for child in children:
        slot = _place_subtree(tree, child, depth + 1, slot, order, positions, depth_of)
    xs = [positions[child][0] for child in children]
    positions[node] = ((min(xs) + max(xs)) / 2, y)
    return slot


def _place_row(network: nx.MultiDiGraph[str], nodes: list[str], y: float, positions: dict[str, tuple[float, float]],
               order: Order) -> None:
    """Put ``nodes`` in one row at height ``y``, each near the mean x of its placed neighbours."""
    undirected = network.to_undirected(as_view=True)
    wanted: dict[str, float] = {}
    pending = sorted(nodes, key=lambda n: order[n])
    # Nodes linked only to other row nodes (a sub-organisation) follow those, so repeat.
    for _ in range(3):
        for node in pending:
            near = [positions[n][0] if n in positions else wanted[n] for n in undirected[node]
                    if n in positions or n in wanted]
            if near and node not in wanted:
                wanted[node] = sum(near) / len(near)
    right = max((x for x, _ in positions.values()), default=0.0)
    for index, node in enumerate(n for n in pending if n not in wanted):
        wanted[node] = right + (index + 1) * _ROW_SLOT
    row = sorted(pending, key=lambda n: (wanted[n], order[n]))
    last = -math.inf
    xs: list[float] = []
    for node in row:
        last = max(wanted[node], last + _ROW_SLOT)
        xs.append(last)
    # The sweep pushes the row rightwards; centre it back over where it wanted to be.
    shift = (sum(wanted[n] for n in row) - sum(xs)) / len(row) if row else 0.0
    for index, (node, x) in enumerate(zip(row, xs)):
        positions[node] = (x + shift, y + (index % 3) * _STAGGER)
