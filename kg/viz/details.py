"""What the page shows about each node: its type's look, a short label, properties, texts, sources.

Everything here is read from the RDF graph and the ontology (class and property labels), so a
property the extraction adds later shows up in the side panel without a change here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import RDFS, Graph, Literal, URIRef
from rdflib.term import Node

from ..iris import KG
from ..namespaces import KG as KGNS


@dataclass(frozen=True)
class TypeStyle:
    """How a node type is drawn: vis-network shape, fill colour and size, label font size."""

    name: str
    shape: str
    color: str
    size: int
    font: int


# One look per network node type (kg.network's type names).  Organisations share a shape and
# differ in colour; the report and sections are drawn larger, figures small, so the structure
# reads first and details appear on zooming in.
TYPE_STYLES: tuple[TypeStyle, ...] = (
    TypeStyle("Report", "star", "#d62728", 36, 34),
    TypeStyle("Opening", "triangleDown", "#ff9896", 14, 14),
    TypeStyle("Section", "square", "#1f77b4", 18, 22),
    TypeStyle("Measure", "dot", "#6baed6", 11, 14),
    TypeStyle("Problem", "triangle", "#fd8d3c", 13, 14),
    TypeStyle("Plan", "triangleDown", "#31a354", 13, 14),
    TypeStyle("Document", "diamond", "#9467bd", 13, 14),
    TypeStyle("GovernmentBody", "hexagon", "#8c564b", 12, 14),
    TypeStyle("Institution", "hexagon", "#bcbd22", 12, 14),
    TypeStyle("Enterprise", "hexagon", "#e377c2", 12, 14),
    TypeStyle("Person", "triangle", "#17becf", 12, 14),
    TypeStyle("Figure", "dot", "#9e9e9e", 6, 12),
)
STYLES: dict[str, TypeStyle] = {style.name: style for style in TYPE_STYLES}
DEFAULT_STYLE = TypeStyle("", "dot", "#cccccc", 10, 14)

# The class whose Chinese label names each network type in the legend: every network type is
# the local name of a kg: class.
TYPE_CLASSES: dict[str, str] = {style.name: KG + style.name for style in TYPE_STYLES}

# The panel lists neighbours on both sides of an edge; an incoming edge is named from the
# neighbour's point of view ("所属" from a figure is "数字" from its measure).
INVERSE_LABELS: dict[str, str] = {
    "parentSection": "下级小节", "subsection": "节内条目", "section": "章内条目", "inReport": "章节",
    "opening": "所属报告", "issues": "被制发于", "follows": "被遵循于", "cites": "被引用于",
    "mentions": "被提到于", "figureOf": "数字", "hasSubOrganization": "上级机构",
    "signer": "签发的报告", "issuedBy": "发出的报告", "recipient": "收到的报告",
}

# Literal properties shown as text blocks or in the source line rather than in the table.
_TEXT = URIRef(KG + "text")
_QUOTE = URIRef(KG + "quote")
_BEGIN = URIRef(KG + "beginOffset")
_END = URIRef(KG + "endOffset")
_HIDDEN = {RDFS.label, _TEXT, _QUOTE, _BEGIN, _END, URIRef(KG + "rule")}
# Table rows in reading order; other literal properties follow, sorted by label.
_PROPERTY_ORDER = tuple(URIRef(KG + name) for name in (
    "documentNumber", "path", "heading", "level", "ordinal", "value", "previousValue", "unit", "phrase",
    "qualifierText", "reportYear", "signedOn", "issuerCode", "documentYear", "serialNumber",
))
_MAX_SOURCES = 20
_SHORT_WORDS = 12
_CLAUSE_END = re.compile(r"[。；;，,：:！!？?]")


@dataclass
class NodeDetails:
    """The side panel's content for one node (all plain text; the page escapes nothing itself)."""

    properties: list[tuple[str, str]] = field(default_factory=list)
    text: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None
    # (quote, begin, end, IRI of the text unit it is in) for each mention of an entity.
    sources: list[tuple[str, int, int, str]] = field(default_factory=list)
    # Extra strings the search box matches (document number, title, heading).
    keys: list[str] = field(default_factory=list)


def labels_of(ontology: Graph) -> dict[str, str]:
    """Chinese rdfs:label of every term in the ontology, by IRI."""
    labels: dict[str, str] = {}
    for term, label in sorted(ontology.subject_objects(RDFS.label)):
        if isinstance(label, Literal) and label.language == "zh":
            labels[str(term)] = str(label)
    return labels


def type_names(labels: dict[str, str]) -> dict[str, str]:
    """Chinese name of each network node type, from its class's label."""
    return {name: labels.get(cls, name) for name, cls in TYPE_CLASSES.items()}


def node_details(graph: Graph, iri: str, labels: dict[str, str]) -> NodeDetails:
    """The properties, texts and mention sources of one node."""
    node = URIRef(iri)
    details = NodeDetails()
    values: dict[URIRef, list[str]] = {}
    for prop, obj in graph.predicate_objects(node):
        if isinstance(obj, Literal) and isinstance(prop, URIRef) and prop not in _HIDDEN:
            values.setdefault(prop, []).append(str(obj))
    order = {prop: index for index, prop in enumerate(_PROPERTY_ORDER)}
    for prop in sorted(values, key=lambda p: (order.get(p, len(order)), labels.get(str(p), str(p)), str(p))):
        for value in sorted(values[prop]):
            details.properties.append((labels.get(str(prop), _local_name(prop)), value))
    text, quote = graph.value(node, _TEXT), graph.value(node, _QUOTE)
    details.text = str(text) if text is not None else None
    details.quote = str(quote) if quote is not None else None
    details.span = _span(graph, node)
    details.sources = _sources(graph, node)
    for prop in (KGNS.documentNumber, URIRef("http://purl.org/dc/terms/title"), KGNS.heading):
        details.keys.extend(sorted(str(v) for v in graph.objects(node, prop)))
    return details


def short_label(node_type: str, label: str, graph: Graph, iri: str) -> str:
    """The label drawn on the canvas: a text unit shows its path and first words, others are clipped."""
    node = URIRef(iri)
    path = graph.value(node, KGNS.path)
    if node_type in ("Measure", "Problem", "Plan") and path is not None:
        text = graph.value(node, KGNS.text)
        words = _first_words(str(text)) if text is not None else ""
        return f"{path}\n{words}" if words else str(path)
    if node_type == "Section" and path is not None:
        heading = graph.value(node, KGNS.heading)
        return f"{path} {clip(str(heading))}" if heading is not None else str(path)
    return clip(label, 16)


def clip(text: str, limit: int = _SHORT_WORDS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _first_words(text: str) -> str:
    """The first clause of ``text``, clipped: enough to recognise a measure."""
    text = " ".join(text.split())
    match = _CLAUSE_END.search(text)
    clause = text[: match.start()] if match and match.start() > 0 else text
    return clip(clause)


def _span(graph: Graph, node: Node) -> tuple[int, int] | None:
    begin, end = graph.value(node, _BEGIN), graph.value(node, _END)
    if begin is None or end is None:
        return None
    return int(str(begin)), int(str(end))  # the lexical form: a Literal is a str


def _sources(graph: Graph, node: URIRef) -> list[tuple[str, int, int, str]]:
    """Where an entity (document, organisation, person) is mentioned: quote, offsets, text unit."""
    found: list[tuple[str, int, int, str]] = []
    for mention in graph.subjects(KGNS.mentionOf, node):
        quote, unit, span = graph.value(mention, _QUOTE), graph.value(mention, KGNS.inUnit), _span(graph, mention)
        if quote is None or span is None:
            continue
        found.append((str(quote), span[0], span[1], str(unit) if unit is not None else ""))
    found.sort(key=lambda source: (source[1], source[2], source[0], source[3]))
    return found[:_MAX_SOURCES]


def _local_name(prop: URIRef) -> str:
    text = str(prop)
    return re.split(r"[#/]", text)[-1] or text
