"""The knowledge graph as a network of entities, for finding paths and for drawing.

Nodes are what a person clicks through (reports, sections, measures, problems, plans,
documents, organisations, people, figures); mentions and source files are folded away, so a
measure links straight to what it cites or mentions.  The network is read from the store with
three queries.  Node attributes: ``type`` (the most specific class's local name), ``label``,
``path`` and ``report``; edge attributes: ``relation`` (the property's local name) and
``label`` (its Chinese label).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .sparql import Query
from .vocab import KG, ORG, SCHEMA, local_name

if TYPE_CHECKING:
    import networkx as nx

    from .store import GraphStore

# Most specific first: a node gets the first of these it has.
NETWORK_NODE_TYPES: tuple[tuple[str, str], ...] = (
    (KG.Report, "Report"), (KG.ProblemSection, "Section"), (KG.PlanSection, "Section"),
    (KG.Section, "Section"), (KG.Passage, "Passage"), (KG.Measure, "Measure"),
    (KG.Problem, "Problem"), (KG.Plan, "Plan"), (KG.Document, "Document"), (KG.CreativeWork, "CreativeWork"),
    (KG.Enterprise, "Enterprise"), (KG.Institution, "Institution"), (KG.GovernmentBody, "GovernmentBody"),
    (ORG.Organization, "GovernmentBody"), (KG.Person, "Person"), (SCHEMA.AdministrativeArea, "Place"),
    (KG.Figure, "Figure"), (KG.FigureSeries, "FigureSeries"), (KG.ReportSeries, "ReportSeries"),
)
# (property, Chinese label); a unit that issues or follows a document is not also drawn as citing it.
NETWORK_EDGES: tuple[tuple[str, str], ...] = (
    (KG.parentSection, "上级章节"), (KG.subsection, "所属节"), (KG.section, "所属章"),
    (KG.inSection, "所在章节"), (KG.issues, "制发"), (KG.follows, "遵循"), (KG.cites, "引用"),
    (KG.mentions, "提到"), (KG.figureOf, "所属"), (ORG.hasSubOrganization, "下设"),
    (KG.signer, "签发人"), (KG.speaker, "报告人"), (KG.issuedBy, "发文机关"), (KG.recipient, "主送机关"),
    (KG.jurisdiction, "辖区"), (SCHEMA.containedInPlace, "隶属"), (KG.inSeries, "所属系列"),
)
IN_REPORT_LABEL = "所属报告"
_SPECIFIC_CITATIONS = (KG.issues, KG.follows)

NODES = """
SELECT ?node ?class ?label ?path ?report WHERE {{
  VALUES ?class {{ {classes} }}
  ?node a ?class .
  OPTIONAL {{ ?node rdfs:label ?label }}
  OPTIONAL {{ ?node kg:path ?path }}
  OPTIONAL {{ ?node kg:inReport ?report }}
}}"""

EDGES = """
SELECT ?s ?p ?o WHERE {{
  VALUES ?p {{ {properties} }}
  ?s ?p ?o .
}}"""

# Top-level sections hang from their report.
TOP_SECTIONS = """
SELECT ?s ?o WHERE {
  ?s a kg:Section ; kg:inReport ?o .
  FILTER NOT EXISTS { ?s kg:parentSection ?parent }
}"""


def most_specific_type(classes: Iterable[str]) -> str:
    """The network type name of the most specific class in ``classes`` ("Thing" if none)."""
    present = set(classes)
    return next((name for iri, name in NETWORK_NODE_TYPES if iri in present), "Thing")


def entity_network(store: "GraphStore", *, figures: bool = True) -> "nx.MultiDiGraph[str]":
    """The entity network of the graph in ``store``, nodes keyed by IRI, in a fixed order.

    Without ``figures`` the leaves hanging from text units are left out, which keeps path
    finding on a large graph fast.
    """
    import networkx as nx

    wanted = [(iri, name) for iri, name in NETWORK_NODE_TYPES if figures or name != "Figure"]
    classes = " ".join(f"<{iri}>" for iri, _ in wanted)
    classes_of: dict[str, set[str]] = {}
    values: dict[str, dict[str, str]] = {}
    for row in store.select(Query(NODES.format(classes=classes))):
        node = row["node"] or ""
        classes_of.setdefault(node, set()).add(row["class"] or "")
        for key in ("label", "path", "report"):
            value = row[key]
            if value is not None:
                values.setdefault(node, {}).setdefault(key, value)
    network: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for iri in sorted(classes_of):
        attrs = values.get(iri, {})
        network.add_node(iri, iri=iri, type=most_specific_type(classes_of[iri]), label=attrs.get("label", iri),
                         path=attrs.get("path"), report=attrs.get("report"))
    edges = [(iri, label) for iri, label in NETWORK_EDGES if figures or iri != KG.figureOf]
    labels = dict(edges)
    rows = store.select(Query(EDGES.format(properties=" ".join(f"<{iri}>" for iri, _ in edges))))
    specific = {(r["s"], r["o"]) for r in rows if r["p"] in _SPECIFIC_CITATIONS}
    for row in sorted(rows, key=lambda r: (r["s"] or "", r["p"] or "", r["o"] or "")):
        s, p, o = row["s"] or "", row["p"] or "", row["o"] or ""
        if s in network and o in network and not (p == KG.cites and (s, o) in specific):
            network.add_edge(s, o, key=p, relation=local_name(p), label=labels[p])
    for row in sorted(store.select(Query(TOP_SECTIONS)), key=lambda r: r["s"] or ""):
        s, o = row["s"] or "", row["o"] or ""
        if s in network and o in network:
            network.add_edge(s, o, key=KG.inReport, relation="inReport", label=IN_REPORT_LABEL)
    return network
