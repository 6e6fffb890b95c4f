"""The knowledge graph as a networkx graph of entities, for path finding and drawing.

Nodes are the entities a person clicks through (report, sections, measures, problems, plans,
documents, organisations, people, figures); mentions and source files are folded away: a
measure links straight to what it cites or mentions.  Node attributes: ``iri``, ``type`` (the
most specific class's local name), ``label``; edge attributes: ``relation`` (local name of the
property) and ``label`` (its Chinese label).
"""

from __future__ import annotations

import networkx as nx
from rdflib import RDF, RDFS, Graph, URIRef

from .iris import NETWORK_EDGES, NETWORK_NODE_TYPES
from .namespaces import KG

# Most specific first: a node gets the first of these it has.
NODE_TYPES: tuple[tuple[URIRef, str], ...] = tuple((URIRef(iri), name) for iri, name in NETWORK_NODE_TYPES)
# (property, Chinese label); a measure that issues or follows a document is not also drawn as citing it.
EDGE_PROPERTIES: tuple[tuple[URIRef, str], ...] = tuple((URIRef(iri), label) for iri, label in NETWORK_EDGES)
_SPECIFIC_CITATIONS = (KG.issues, KG.follows)


def node_type(graph: Graph, node: URIRef) -> str | None:
    types = set(graph.objects(node, RDF.type))
    return next((name for cls, name in NODE_TYPES if cls in types), None)


def to_networkx(graph: Graph) -> nx.MultiDiGraph[str]:
    """The entity network of ``graph``, nodes keyed by IRI string, in a deterministic order."""
    network: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        kind = node_type(graph, node)
        if kind is None:
            continue
        label = graph.value(node, RDFS.label)
        network.add_node(str(node), iri=str(node), type=kind, label=str(label) if label is not None else str(node))
    for prop, edge_label in EDGE_PROPERTIES:
        for subject, obj in sorted(graph.subject_objects(prop)):
            s, o = str(subject), str(obj)
            if s not in network or o not in network:
                continue
            if prop == KG.cites and any((subject, p, obj) in graph for p in _SPECIFIC_CITATIONS):
                continue
            network.add_edge(s, o, key=str(prop), relation=str(prop).rsplit("#", 1)[-1], label=edge_label)
    _link_top_sections(graph, network)
    return network


def _link_top_sections(graph: Graph, network: nx.MultiDiGraph[str]) -> None:
    """Top-level sections hang from their report (subsections from their section)."""
    for section in sorted(s for s in graph.subjects(RDF.type, KG.Section) if isinstance(s, URIRef)):
        if graph.value(section, KG.parentSection) is None:
            report = graph.value(section, KG.inReport)
            if report is not None and str(report) in network and str(section) in network:
                network.add_edge(str(section), str(report), key=str(KG.inReport), relation="inReport", label="所属报告")
