"""How the page draws each node: its type's look, its short label, and the names of relations.

What the side panel shows about a node (values, text, sources) is its card, read by
``kg.graph.cards.facts``; labels of types and properties come from the ontology.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..graph.ontology import term_labels
from ..graph.vocab import KG, SCHEMA


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
    TypeStyle("Passage", "box", "#ff9896", 10, 12),
    TypeStyle("Section", "square", "#1f77b4", 18, 22),
    TypeStyle("Measure", "dot", "#6baed6", 11, 14),
    TypeStyle("Problem", "triangle", "#fd8d3c", 13, 14),
    TypeStyle("Plan", "triangleDown", "#31a354", 13, 14),
    TypeStyle("Document", "diamond", "#9467bd", 13, 14),
    TypeStyle("GovernmentBody", "hexagon", "#8c564b", 12, 14),
    TypeStyle("Institution", "hexagon", "#bcbd22", 12, 14),
    TypeStyle("Enterprise", "hexagon", "#e377c2", 12, 14),
    TypeStyle("Person", "triangle", "#17becf", 12, 14),
    TypeStyle("CreativeWork", "diamond", "#c5b0d5", 11, 13),
    TypeStyle("Place", "star", "#2ca02c", 16, 16),
    TypeStyle("Figure", "dot", "#9e9e9e", 6, 12),
    TypeStyle("FigureSeries", "square", "#7f7f7f", 12, 14),
    TypeStyle("ReportSeries", "star", "#ff7f0e", 24, 22),
)
STYLES: dict[str, TypeStyle] = {style.name: style for style in TYPE_STYLES}
DEFAULT_STYLE = TypeStyle("", "dot", "#cccccc", 10, 14)

# The class whose Chinese label names each network type in the legend: every network type is
# the local name of a kg: class.
TYPE_CLASSES: dict[str, str] = {style.name: KG[style.name] for style in TYPE_STYLES if style.name != "Place"}
TYPE_CLASSES["Place"] = SCHEMA.AdministrativeArea

# The panel lists neighbours on both sides of an edge; an incoming edge is named from the
# neighbour's point of view ("所属" from a figure is "数字" from its measure).
INVERSE_LABELS: dict[str, str] = {
    "parentSection": "下级小节", "subsection": "节内条目", "section": "章内条目", "inReport": "章节",
    "inSection": "章内段落", "issues": "被制发于", "follows": "被遵循于", "cites": "被引用于",
    "mentions": "被提到于", "figureOf": "数字", "hasSubOrganization": "上级机构",
    "signer": "签发的报告", "speaker": "所作报告", "issuedBy": "发出的报告", "recipient": "收到的报告",
    "jurisdiction": "本地报告", "containedInPlace": "下辖", "inSeries": "系列成员",
}

_SHORT_WORDS = 12
_CLAUSE_END = re.compile(r"[。；;，,：:！!？?]")


def type_names() -> dict[str, str]:
    """Chinese name of each network node type, from its class's label in the ontology."""
    labels = term_labels()
    return {name: labels.get(cls, name) for name, cls in TYPE_CLASSES.items()}


def short_label(node_type: str, label: str, path: str | None, text: str | None, heading: str | None) -> str:
    """The label drawn on the canvas: a text unit shows its path and first words, others are clipped."""
    if node_type in ("Measure", "Problem", "Plan") and path is not None:
        words = _first_words(text) if text is not None else ""
        return f"{path}\n{words}" if words else path
    if node_type == "Section" and path is not None:
        return f"{path} {clip(heading)}" if heading is not None else path
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
