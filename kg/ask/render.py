"""Plain-text renderings of answers, cards and search hits for the terminal."""

from __future__ import annotations

import json
from typing import Any

from .answer import Answer, Item
from ..graph.cards import Card, Hit
from .vocabulary import KINDS, MESSAGES

# Extra fields worth a line in the text output, in this order, with their captions.
_EXTRA_CAPTIONS: tuple[tuple[str, str], ...] = (
    ("usage", "usage"), ("number", "number"), ("documentType", "type"), ("issuerCode", "issuer code"),
    ("year", "year"), ("value", "value"), ("unit", "unit"), ("qualifier", "qualifier"),
    ("previousValue", "previous value"), ("count", "count"), ("documents", "documents"), ("field", "field"),
    ("reportLabel", "report"),
)


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def answer_text(answer: Answer) -> str:
    """The answer as numbered items: label, path and full text, details, source quote."""
    if not answer.understood:
        return not_understood_text(answer)
    lines = [f"{answer.kind}: {answer.summary}"]
    if not answer.items and answer.suggestions:
        lines.append(_word("closest", answer.lang) + ", ".join(answer.suggestions))
    for number, item in enumerate(answer.items, 1):
        lines.append("")
        lines.extend(_item_lines(number, item))
    return "\n".join(lines)


# Text units: their label only abbreviates their text, so the text is printed instead.
_UNIT_TYPES = ("Measure", "Problem", "Plan", "Section", "Passage")


def _item_lines(number: int, item: Item) -> list[str]:
    unit = item.type in _UNIT_TYPES
    head = f"[{number}] {item.type}" + (f" {item.path}" if item.path else "")
    lines = [head if unit else f"{head}  {item.label}"]
    if item.text and (unit or item.text != item.label):
        lines.append(f"    {item.text}")
    details = []
    for key, caption in _EXTRA_CAPTIONS:
        value = item.extra.get(key)
        if value in (None, "", []):
            continue
        details.append(f"{caption}: {', '.join(map(str, value)) if isinstance(value, list) else value}")
    if details:
        lines.append("    " + " · ".join(details))
    cited_by = item.extra.get("citedBy")
    if cited_by:
        lines.append("    cited by: " + ", ".join(f"{c['type']} {c['path'] or c['iri']}" for c in cited_by))
    evidence = item.extra.get("evidence")
    source = "; ".join(evidence) if evidence else item.source
    where = ""
    if item.extra.get("sourceFile") and item.extra.get("begin") is not None:
        where = f" ({item.extra['sourceFile']} {item.extra['begin']}–{item.extra['end']})"
    if evidence:
        lines.append(f"    source: «{source}»")
    elif source and source != item.text:
        lines.append(f"    source: «{source}»{where}")
    elif source:
        lines.append(f"    source: the text above, verbatim{where}")
    if item.iri:
        lines.append(f"    {item.iri}")
    return lines


def not_understood_text(answer: Answer) -> str:
    lines = [answer.summary]
    if answer.suggestions:
        lines.append(_word("closest", answer.lang) + ", ".join(answer.suggestions))
    lines.append("")
    lines.append(_word("forms", answer.lang))
    width = max(len(kind.id) for kind in KINDS)
    for kind, example_zh, example_en in answer.forms:
        lines.append(f"  {kind.id:<{width}}  {kind.summary}")
        lines.append(f"  {'':<{width}}    {example_zh}")
        lines.append(f"  {'':<{width}}    {example_en}")
    return "\n".join(lines)


def _word(key: str, lang: str) -> str:
    return MESSAGES[key].get(lang, MESSAGES[key]["en"])


def card_text(card: Card) -> str:
    lines = [f"{card.label}", f"  {card.type} ({', '.join(card.types)})", f"  {card.iri}"]
    if card.alternatives:
        lines.append("  also matching: " + ", ".join(card.alternatives))
    if card.properties:
        lines.append("")
        lines.append("properties:")
        lines.extend(f"  {_caption(r.property, r.label)}: {r.value}" for r in card.properties)
    if card.outgoing:
        lines.append("")
        lines.append("relations (this → other):")
        lines.extend(f"  {_caption(r.property, r.label)} → {r.value} [{r.type}]" for r in card.outgoing)
    if card.incoming:
        lines.append("")
        shown = f", {len(card.incoming)} of {card.incoming_total} shown" if card.incoming_total > len(card.incoming) else ""
        lines.append(f"relations (other → this{shown}):")
        lines.extend(f"  {r.value} [{r.type}] → {_caption(r.property, r.label)}" for r in card.incoming)
    if card.sources:
        lines.append("")
        lines.append("source quotes:")
        for source in card.sources:
            where = f"{source['path']} " if source["path"] else ""
            span = f"[{source['begin']}–{source['end']}] " if source["begin"] is not None else ""
            lines.append(f"  {where}{span}«{source['quote']}»")
    return "\n".join(lines)


def _caption(prop: str, label: str) -> str:
    return f"{prop} ({label})" if label else prop


def hits_text(hits: list[Hit]) -> str:
    lines = []
    for hit in hits:
        where = f" {hit.path}" if hit.path else ""
        lines.append(f"{hit.type}{where}  {hit.label}")
        if hit.snippet and hit.snippet != hit.label:
            lines.append(f"    {hit.snippet}")
        lines.append(f"    {hit.iri}")
    return "\n".join(lines)
