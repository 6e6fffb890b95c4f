"""Entity cards (``kg show``) and text search (``kg search``) over the graph.

A card lists an entity's types, its own values, its outgoing and incoming relations with the
labels of the things at the other end, and the exact source spans that mention it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..iris import NETWORK_NODE_TYPES, PREFIXES, RDF, RDFS
from .entities import Names, most_specific_type
from .sparql import IRI, Query, run

if TYPE_CHECKING:
    import pyoxigraph

ONTOLOGY_FILE = Path(__file__).resolve().parent.parent.parent / "ontology" / "kg.ttl"
MAX_INCOMING_PER_PROPERTY = 25  # a report is the inReport of every node; list a sample
SNIPPET_CHARS = 24

OUTGOING = """
SELECT ?subject ?p ?o ?isIri ?oLabel ?oClass WHERE {
  ?subject ?p ?o .
  BIND (isIRI(?o) AS ?isIri)
  OPTIONAL { ?o rdfs:label|skos:prefLabel ?oLabel FILTER (lang(?oLabel) IN ("zh", "")) }
  OPTIONAL { ?o a ?oClass }
}"""

INCOMING = """
SELECT ?subject ?s ?p ?sLabel ?sClass ?sPath WHERE {
  ?s ?p ?subject .
  # Mentions are shown as source spans, not as relations.
  FILTER (?p NOT IN (kg:mentionOf, kg:inUnit))
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?s a ?sClass }
  OPTIONAL { ?s kg:path ?sPath }
}"""

SOURCES = """
SELECT ?subject ?mention ?quote ?unit ?unitPath ?begin ?end WHERE {
  ?mention kg:mentionOf ?subject ; kg:quote ?quote .
  OPTIONAL { ?mention kg:inUnit ?unit OPTIONAL { ?unit kg:path ?unitPath } }
  OPTIONAL { ?mention kg:beginOffset ?begin }
  OPTIONAL { ?mention kg:endOffset ?end }
}"""

UNITS_BY_PATH = """
SELECT ?path ?unit WHERE { ?unit kg:path ?path . }"""

SEARCH = """
SELECT ?needle ?s ?class ?label ?text ?path WHERE {{
  VALUES ?class {{ {classes} }}
  ?s a ?class .
  OPTIONAL {{ ?s rdfs:label ?label }}
  OPTIONAL {{ ?s kg:text ?text }}
  OPTIONAL {{ ?s kg:path ?path }}
  FILTER (CONTAINS(LCASE(STR(?label)), LCASE(STR(?needle))) || CONTAINS(LCASE(STR(?text)), LCASE(STR(?needle))))
}}"""


@dataclass
class Relation:
    property: str
    label: str
    iri: str | None
    value: str
    type: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"property": self.property, "label": self.label, "iri": self.iri, "value": self.value, "type": self.type}


@dataclass
class Card:
    """Everything the graph says about one node."""

    iri: str
    label: str
    type: str
    types: list[str] = field(default_factory=list)
    properties: list[Relation] = field(default_factory=list)
    outgoing: list[Relation] = field(default_factory=list)
    incoming: list[Relation] = field(default_factory=list)
    incoming_total: int = 0
    sources: list[dict[str, Any]] = field(default_factory=list)
    alternatives: list[str] = field(default_factory=list)
    queries: list[Query] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "label": self.label, "type": self.type, "types": self.types,
                "properties": [r.to_json() for r in self.properties],
                "outgoing": [r.to_json() for r in self.outgoing],
                "incoming": [r.to_json() for r in self.incoming], "incomingTotal": self.incoming_total,
                "sources": self.sources, "alternatives": self.alternatives}


@dataclass
class Hit:
    iri: str
    label: str
    type: str
    path: str | None
    snippet: str

    def to_json(self) -> dict[str, Any]:
        return {"iri": self.iri, "label": self.label, "type": self.type, "path": self.path, "snippet": self.snippet}


def compact(iri: str) -> str:
    """``kg:cites`` for the full IRI, when a known prefix fits."""
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(p[1])):
        if iri.startswith(namespace) and re.fullmatch(r"[\w.-]*", iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


@lru_cache(maxsize=1)
def property_labels() -> dict[str, str]:
    """Chinese labels of the ontology's terms (empty if the ontology file is not at hand)."""
    import pyoxigraph as ox

    if not ONTOLOGY_FILE.is_file():
        return {}
    store = ox.Store()
    try:
        store.load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    except (SyntaxError, OSError):
        return {}
    query = 'SELECT ?term ?label WHERE { ?term rdfs:label ?label FILTER (lang(?label) = "zh") }'
    return {row["term"] or "": row["label"] or "" for row in run(store, Query(query))}


def find_node(text: str, store: "pyoxigraph.Store") -> list[str]:
    """IRIs ``text`` names: an IRI, a document number in any brackets, a name, or a section path."""
    text = text.strip()
    if re.match(r"https?://", text):
        rows = run(store, Query("SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 1", {"s": IRI(text)}))
        return [text] if rows else []
    matches = [e.iri for e in Names(store).resolve(text)]
    if matches:
        return matches
    if re.fullmatch(r"\d+(?:\.\d+)*", text):
        return [row["unit"] or "" for row in run(store, Query(UNITS_BY_PATH, {"path": text}))]
    return []


def show(text: str, store: "pyoxigraph.Store") -> Card | None:
    """The card of the node ``text`` names (the first, if it names several), or None."""
    nodes = find_node(text, store)
    if not nodes:
        return None
    iri = nodes[0]
    labels = property_labels()
    queries: list[Query] = []

    def query(template: str) -> list[dict[str, str | None]]:
        q = Query(template, {"subject": IRI(iri)})
        queries.append(q)
        return run(store, q)

    card = Card(iri=iri, label=iri, type="Thing", alternatives=nodes[1:], queries=queries)
    out_classes: dict[str, set[str]] = {}
    outgoing: dict[tuple[str, str], Relation] = {}
    for row in query(OUTGOING):
        p, o = row["p"] or "", row["o"] or ""
        if p == RDF + "type":
            if compact(o) not in card.types:
                card.types.append(compact(o))
            continue
        if p == RDFS + "label" and card.label == iri:
            card.label = o
        if row["isIri"] == "true":
            out_classes.setdefault(o, set()).add(row["oClass"] or "")
            outgoing.setdefault((p, o), Relation(compact(p), labels.get(p, ""), o, row["oLabel"] or o))
        elif all(r.property != compact(p) or r.value != o for r in card.properties):
            card.properties.append(Relation(compact(p), labels.get(p, ""), None, o))
    for (p, o), relation in outgoing.items():
        relation.type = most_specific_type(out_classes.get(o, ()))
        card.outgoing.append(relation)
    card.type = most_specific_type(PREFIXES[t.split(":")[0]] + t.split(":", 1)[1] if ":" in t and t.split(":")[0] in PREFIXES else t
                                   for t in card.types)
    incoming: dict[tuple[str, str], Relation] = {}
    in_classes: dict[str, set[str]] = {}
    for row in query(INCOMING):
        s, p = row["s"] or "", row["p"] or ""
        in_classes.setdefault(s, set()).add(row["sClass"] or "")
        incoming.setdefault((p, s), Relation(compact(p), labels.get(p, ""), s, row["sLabel"] or s))
    per_property: dict[str, int] = {}
    card.incoming_total = len(incoming)
    for (p, s), relation in sorted(incoming.items(), key=lambda kv: (kv[0][0], kv[1].value)):
        relation.type = most_specific_type(in_classes.get(s, ()))
        per_property[p] = per_property.get(p, 0) + 1
        if per_property[p] <= MAX_INCOMING_PER_PROPERTY:
            card.incoming.append(relation)
    own = {r.property: r.value for r in card.properties}
    if "kg:quote" in own:  # a text unit, figure or mention is its own source
        card.sources.append({"quote": own["kg:quote"], "unit": iri, "path": own.get("kg:path"),
                             "begin": int(own["kg:beginOffset"]) if "kg:beginOffset" in own else None,
                             "end": int(own["kg:endOffset"]) if "kg:endOffset" in own else None})
    seen: set[str] = set()
    for row in sorted(query(SOURCES), key=lambda r: int(r["begin"] or 0)):
        if row["mention"] in seen:
            continue
        seen.add(row["mention"] or "")
        card.sources.append({"quote": row["quote"], "unit": row["unit"], "path": row["unitPath"],
                             "begin": int(row["begin"]) if row["begin"] else None,
                             "end": int(row["end"]) if row["end"] else None})
    return card


def search(text: str, store: "pyoxigraph.Store", limit: int = 50) -> list[Hit]:
    """Entities and text units whose label or text contains ``text`` (case-insensitive)."""
    needle = text.strip()
    if not needle:
        return []
    classes = " ".join(f"<{iri}>" for iri, name in NETWORK_NODE_TYPES if name != "Figure")
    rows = run(store, Query(SEARCH.format(classes=classes), {"needle": needle}))
    classes_of: dict[str, set[str]] = {}
    hits: dict[str, Hit] = {}
    for row in rows:
        iri = row["s"] or ""
        classes_of.setdefault(iri, set()).add(row["class"] or "")
        if iri not in hits:
            hits[iri] = Hit(iri=iri, label=row["label"] or iri, type="", path=row["path"],
                            snippet=_snippet(row["text"] or row["label"] or "", needle))
    for iri, hit in hits.items():
        hit.type = most_specific_type(classes_of[iri])
    order = {name: i for i, (_, name) in enumerate(NETWORK_NODE_TYPES)}
    return sorted(hits.values(), key=lambda h: (order.get(h.type, 99), _path_key(h.path), h.label))[:limit]


def _snippet(text: str, needle: str) -> str:
    position = text.lower().find(needle.lower())
    if position < 0:
        return text[: SNIPPET_CHARS * 2]
    start, end = max(0, position - SNIPPET_CHARS), min(len(text), position + len(needle) + SNIPPET_CHARS)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _path_key(path: str | None) -> tuple[int, ...]:
    return tuple(int(p) for p in path.split(".") if p.isdigit()) if path else (10**9,)
