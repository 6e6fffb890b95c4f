"""Everything the graph says about an entity: its card (``kg show``, the page's side panel) and search.

A card lists an entity's types, its own values, its text and source span, the exact source
spans that mention it, and its relations both ways with the labels of the things at the
other end.  :func:`facts` reads the values, texts and sources of one node or of every node at
once (the page shows them for all nodes); :func:`show` adds the relations of one node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .names import Names
from .network import NETWORK_NODE_TYPES, most_specific_type
from .ontology import term_labels
from .sparql import IRI, Query
from .vocab import DCTERMS, KG, RDF, RDFS, compact

if TYPE_CHECKING:
    from .store import GraphStore

MAX_INCOMING_PER_PROPERTY = 25  # a report is the inReport of every node; list a sample
MAX_SOURCES = 20
SNIPPET_CHARS = 24

# A node's literal values; mentions and their offsets are read as sources instead.
LITERALS = """
SELECT ?subject ?p ?o WHERE {
  ?subject ?p ?o .
  FILTER (isLiteral(?o))
}"""

SOURCES = """
SELECT ?subject ?mention ?quote ?unit ?unitPath ?begin ?end WHERE {
  ?mention kg:mentionOf ?subject ; kg:quote ?quote .
  OPTIONAL { ?mention kg:inUnit ?unit OPTIONAL { ?unit kg:path ?unitPath } }
  OPTIONAL { ?mention kg:beginOffset ?begin }
  OPTIONAL { ?mention kg:endOffset ?end }
}"""

OUTGOING = """
SELECT ?subject ?p ?o ?oLabel ?oClass WHERE {
  ?subject ?p ?o .
  FILTER (isIRI(?o))
  OPTIONAL { ?o rdfs:label|skos:prefLabel ?oLabel FILTER (lang(?oLabel) IN ("zh", "")) }
  OPTIONAL { ?o a ?oClass }
}"""

INCOMING = """
SELECT ?subject ?s ?p ?sLabel ?sClass WHERE {
  ?s ?p ?subject .
  # Mentions are shown as source spans, not as relations.
  FILTER (?p NOT IN (kg:mentionOf, kg:inUnit))
  OPTIONAL { ?s rdfs:label ?sLabel }
  OPTIONAL { ?s a ?sClass }
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

# Values shown as the text, the source line or not at all, rather than in the table.
_NOT_IN_TABLE = {RDFS.label, KG.text, KG.quote, KG.beginOffset, KG.endOffset, KG.rule}
# Table rows in reading order; other values follow, sorted by their property's label.
_PROPERTY_ORDER = (
    KG.documentNumber, KG.path, KG.heading, KG.level, KG.ordinal, KG.value, KG.previousValue, KG.unit,
    KG.phrase, KG.qualifierText, KG.reportYear, KG.signedOn, KG.issuerCode, KG.documentYear, KG.serialNumber,
)
# Extra strings a search box matches a node by (its number, titles, heading).
_KEY_PROPERTIES = (KG.documentNumber, DCTERMS.title, KG.heading)


@dataclass
class Source:
    """A span of text that mentions an entity: its quote, offsets and the text unit it is in."""

    quote: str
    begin: int | None
    end: int | None
    unit: str | None
    path: str | None

    def to_json(self) -> dict[str, Any]:
        return {"quote": self.quote, "begin": self.begin, "end": self.end, "unit": self.unit, "path": self.path}


@dataclass
class Facts:
    """A node's own values (``(property IRI, value)``), text, source span and the spans mentioning it."""

    values: list[tuple[str, str]] = field(default_factory=list)
    text: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None
    sources: list[Source] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    def table(self) -> list[tuple[str, str, str]]:
        """``(property IRI, Chinese label, value)`` rows in reading order."""
        labels = term_labels()
        order = {prop: index for index, prop in enumerate(_PROPERTY_ORDER)}
        rows = [(p, labels.get(p, compact(p)), v) for p, v in self.values if p not in _NOT_IN_TABLE]
        return sorted(rows, key=lambda r: (order.get(r[0], len(order)), r[1], r[0], r[2]))


def facts(store: "GraphStore", subject: str | None = None) -> dict[str, Facts]:
    """The facts of ``subject``, or of every node when it is None, keyed by IRI."""
    bindings = {"subject": IRI(subject)} if subject else {}
    found: dict[str, Facts] = {}
    for row in store.select(Query(LITERALS, dict(bindings))):
        node, prop, value = row["subject"] or "", row["p"] or "", row["o"] or ""
        entry = found.setdefault(node, Facts())
        entry.values.append((prop, value))
        if prop == KG.text:
            entry.text = value
        elif prop == KG.quote:
            entry.quote = value
        if prop in _KEY_PROPERTIES:
            entry.keys.append(value)
    for entry in found.values():
        entry.values.sort()
        entry.keys.sort()
        offsets = dict((p, v) for p, v in entry.values if p in (KG.beginOffset, KG.endOffset))
        if len(offsets) == 2:
            entry.span = (int(offsets[KG.beginOffset]), int(offsets[KG.endOffset]))
    for row in store.select(Query(SOURCES, dict(bindings))):
        entry = found.setdefault(row["subject"] or "", Facts())
        entry.sources.append(Source(row["quote"] or "", _int(row["begin"]), _int(row["end"]), row["unit"], row["unitPath"]))
    for entry in found.values():
        entry.sources.sort(key=lambda s: (s.begin if s.begin is not None else -1, s.end or 0, s.quote, s.unit or ""))
        del entry.sources[MAX_SOURCES:]
    return found


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


def find_node(text: str, store: "GraphStore") -> list[str]:
    """IRIs ``text`` names: an IRI, a document number in any brackets, a name, or a section path."""
    text = text.strip()
    if text.startswith(("http://", "https://")):
        rows = store.select(Query("SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 1", {"s": IRI(text)}))
        return [text] if rows else []
    matches = [e.iri for e in Names(store).resolve(text)]
    if matches:
        return matches
    if text.replace(".", "").isdigit() and not text.startswith(".") and ".." not in text:
        return sorted(row["unit"] or "" for row in store.select(Query(UNITS_BY_PATH, {"path": text})))
    return []


def show(text: str, store: "GraphStore") -> Card | None:
    """The card of the node ``text`` names (the first, if it names several), or None."""
    nodes = find_node(text, store)
    if not nodes:
        return None
    iri = nodes[0]
    labels = term_labels()
    queries: list[Query] = []

    def query(template: str) -> list[dict[str, str | None]]:
        q = Query(template, {"subject": IRI(iri)})
        queries.append(q)
        return store.select(q)

    own = facts(store, iri).get(iri, Facts())
    card = Card(iri=iri, label=iri, type="Thing", alternatives=nodes[1:], queries=queries)
    for prop, value in own.values:
        if prop == RDFS.label and card.label == iri:
            card.label = value
        card.properties.append(Relation(compact(prop), labels.get(prop, ""), None, value))
    classes: dict[str, set[str]] = {}
    outgoing: dict[tuple[str, str], Relation] = {}
    for row in query(OUTGOING):
        p, o = row["p"] or "", row["o"] or ""
        if p == RDF.type:
            if compact(o) not in card.types:
                card.types.append(compact(o))
            continue
        classes.setdefault(o, set()).add(row["oClass"] or "")
        outgoing.setdefault((p, o), Relation(compact(p), labels.get(p, ""), o, row["oLabel"] or o))
    card.types.sort()  # as every engine gives them, whatever order it found them in
    for (_p, o), relation in sorted(outgoing.items()):
        relation.type = most_specific_type(classes.get(o, ()))
        card.outgoing.append(relation)
    card.type = most_specific_type(row["o"] or "" for row in store.select(
        Query("SELECT ?subject ?o WHERE { ?subject a ?o }", {"subject": IRI(iri)})))
    incoming: dict[tuple[str, str], Relation] = {}
    for row in query(INCOMING):
        s, p = row["s"] or "", row["p"] or ""
        classes.setdefault(s, set()).add(row["sClass"] or "")
        incoming.setdefault((p, s), Relation(compact(p), labels.get(p, ""), s, row["sLabel"] or s))
    per_property: dict[str, int] = {}
    card.incoming_total = len(incoming)
    for (p, s), relation in sorted(incoming.items(), key=lambda kv: (kv[0][0], kv[1].value, kv[0][1])):
        relation.type = most_specific_type(classes.get(s, ()))
        per_property[p] = per_property.get(p, 0) + 1
        if per_property[p] <= MAX_INCOMING_PER_PROPERTY:
            card.incoming.append(relation)
    if own.span is not None and (own.quote or own.text):  # a text unit, figure or mention is its own source
        path = next((v for p, v in own.values if p == KG.path), None)
        card.sources.append(Source(own.quote or own.text or "", own.span[0], own.span[1], iri, path).to_json())
    card.sources.extend(source.to_json() for source in own.sources)
    return card


def search(text: str, store: "GraphStore", limit: int = 50) -> list[Hit]:
    """Entities and text units whose label or text contains ``text`` (case-insensitive)."""
    needle = text.strip()
    if not needle:
        return []
    classes = " ".join(f"<{iri}>" for iri, name in NETWORK_NODE_TYPES if name != "Figure")
    rows = store.select(Query(SEARCH.format(classes=classes), {"needle": needle}))
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
    return sorted(hits.values(), key=lambda h: (order.get(h.type, 99), path_key(h.path), h.label, h.iri))[:limit]


def _snippet(text: str, needle: str) -> str:
    position = text.lower().find(needle.lower())
    if position < 0:
        return text[: SNIPPET_CHARS * 2]
    start, end = max(0, position - SNIPPET_CHARS), min(len(text), position + len(needle) + SNIPPET_CHARS)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def path_key(path: str | None) -> tuple[int, ...]:
    """Sort key for section paths: 1.3.10 after 1.3.9; no path last."""
    return tuple(int(p) for p in path.split(".") if p.isdigit()) if path else (10**9,)


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.lstrip("-").isdigit() else None
