"""Find the entities a question names: documents by number or title, organisations, people.

Names are matched in order of confidence: a document number in any brackets, an IRI, an exact
name or title, a name or title that contains the text (a distinctive part of a title), and a
known name contained in the text.  Near misses are offered as suggestions (北人 → 北人印机).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Iterable

from ..extract.documents import normalise_number, title_key
from .network import most_specific_type
from .sparql import IRI, LangString, Query, Value

if TYPE_CHECKING:
    from .store import GraphStore

# Quotes, title marks and filler words around a name in a question.
_WRAPPERS = "《》〈〉“”\"'‘’「」『』[]【】 "
_FILLER_PREFIXES = ("the document ", "document ", "the enterprise ", "enterprise ", "the ", "文件", "企业")
_FILLER_SUFFIXES = ("这个文件", "这份文件", "文件", "这个企业", "企业")
MIN_PART = 2  # a partial name must have at least this many characters

ENTITY_QUERY = """
SELECT ?entity ?label ?number ?title (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes) WHERE {
  VALUES ?class { kg:Document kg:Report org:Organization kg:GovernmentBody kg:Enterprise kg:Institution kg:Person }
  ?entity a ?class .
  OPTIONAL { ?entity rdfs:label ?label }
  OPTIONAL { ?entity kg:documentNumber ?number }
  OPTIONAL { ?entity dcterms:title ?title }
}
GROUP BY ?entity ?label ?number ?title
"""
# Exact numbers and names are looked up with bound values, which the store answers from its
# indexes; only partial and fuzzy names need every name loaded.
LOOKUP_BY_NUMBER = "SELECT ?number ?entity WHERE { ?entity kg:documentNumber ?number }"
LOOKUP_BY_NAME = "SELECT ?name ?entity WHERE { { ?entity rdfs:label ?name } UNION { ?entity dcterms:title ?name } }"
LABEL_LANGUAGE = "zh"


@dataclass(frozen=True)
class Entity:
    iri: str
    label: str
    type: str
    number: str | None = None
    title: str | None = None

    @property
    def is_document(self) -> bool:
        return self.type in ("Document", "Report")

    def names(self) -> list[str]:
        return [name for name in (self.label, self.title, self.number) if name]


def load_index(store: "GraphStore") -> list[Entity]:
    """Every document, report, organisation and person in the store, one entry each."""
    return _entities(store.select(Query(ENTITY_QUERY)))


def _entities(rows: list[dict[str, str | None]]) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for row in rows:
        iri = row["entity"] or ""
        if iri in seen:
            continue
        seen[iri] = Entity(iri=iri, label=row["label"] or row["title"] or row["number"] or iri,
                           type=most_specific_type((row["classes"] or "").split()),
                           number=row["number"], title=row["title"])
    return sorted(seen.values(), key=lambda e: (e.label, e.iri))


def clean_name(text: str) -> str:
    """The name in ``text`` without quotes, title marks and filler words around it."""
    name = text.strip().strip(_WRAPPERS)
    changed = True
    while changed:
        changed = False
        for prefix in _FILLER_PREFIXES:
            if name.lower().startswith(prefix) and len(name) > len(prefix):
                name, changed = name[len(prefix):].strip(_WRAPPERS), True
        for suffix in _FILLER_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                name, changed = name[: -len(suffix)].strip(_WRAPPERS), True
    return name.rstrip("的了").strip(_WRAPPERS)


def resolve(text: str, index: list[Entity], documents_only: bool = False) -> list[Entity]:
    """The entities ``text`` names, best match first; empty if it names none.

    A document number (any bracket form) matches only that number; otherwise an exact name
    or title wins over names containing the text, which win over names contained in it.
    """
    candidates = [e for e in index if e.is_document] if documents_only else index
    name = clean_name(text)
    if not name:
        return []
    if re.match(r"https?://", name):
        return [e for e in candidates if e.iri == name]
    number = normalise_number(name)
    if number is not None:
        matches = [e for e in candidates if e.number == number.canonical]
        if matches or _is_mostly_number(name, number.canonical):
            return matches
    key = title_key(name)
    exact = [e for e in candidates if any(title_key(n) == key for n in e.names())]
    if exact:
        return exact
    if len(key) >= MIN_PART:
        containing = [e for e in candidates if any(key in title_key(n) for n in e.names())]
        if containing:
            return sorted(containing, key=lambda e: (len(e.label), e.label))
    contained = [e for e in candidates if any(len(title_key(n)) >= MIN_PART and title_key(n) in key for n in e.names())]
    if contained:
        longest = max(len(title_key(e.label)) for e in contained)
        return [e for e in contained if len(title_key(e.label)) == longest]
    return []


def _is_mostly_number(name: str, canonical: str) -> bool:
    """True when the text is a document number (perhaps with a word or two), not a title."""
    return len(title_key(name)) <= len(canonical) + 4


def split_pair(text: str, index: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
    """Two entities joined by 和/与/and…: the first split where both sides name an entity."""
    for match in re.finditer(r"和|与|跟|同|及|以及|\s+and\s+|\s*&\s*", text):
        left, right = text[: match.start()], text[match.end():]
        a, b = resolve(left, index), resolve(right, index)
        if a and b:
            return a, b
    return None


def closest(text: str, index: list[Entity], limit: int = 5) -> list[str]:
    """Names (labels and document numbers) most like ``text``, best first (北人 → 北人印机)."""
    key = title_key(clean_name(text)).lower()
    if not key:
        return []
    scored: list[tuple[float, str]] = []
    for name in {n for e in index for n in (e.label, e.number) if n}:
        name_key = title_key(name).lower()
        if key in name_key or name_key in key:
            score = 2.0 + min(len(key), len(name_key)) / max(len(key), len(name_key))
        else:
            matcher = SequenceMatcher(None, key, name_key, autojunk=False)
            common = matcher.find_longest_match(0, len(key), 0, len(name_key)).size
            if common < MIN_PART:
                continue
            score = common / len(name_key) + matcher.ratio()
        scored.append((score, name))
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return [name for _, name in scored[:limit]]


class Names:
    """Finds the entities a text names in one store; loads every name only when it must."""

    def __init__(self, store: "GraphStore") -> None:
        self.store = store
        self._index: list[Entity] | None = None

    @property
    def index(self) -> list[Entity]:
        if self._index is None:
            self._index = load_index(self.store)
        return self._index

    def resolve(self, text: str, documents_only: bool = False) -> list[Entity]:
        """As :func:`resolve`; exact numbers and names are found without loading every name."""
        found = self._lookup(text, documents_only)
        return found if found is not None else resolve(text, self.index, documents_only)

    def split_pair(self, text: str) -> tuple[list[Entity], list[Entity]] | None:
        return split_pair(text, self.index)

    def closest(self, text: str, limit: int = 5) -> list[str]:
        return closest(text, self.index, limit)

    def _lookup(self, text: str, documents_only: bool) -> list[Entity] | None:
        """Entities found by an exact number or name, or None when the index must decide."""
        name = clean_name(text)
        if not name or re.match(r"https?://", name):
            return None
        number = normalise_number(name)
        if number is not None:
            found = self._bound(LOOKUP_BY_NUMBER, number=number.canonical)
            found = [e for e in found if e.is_document or not documents_only]
            return found if found or _is_mostly_number(name, number.canonical) else None
        for value in (LangString(name, LABEL_LANGUAGE), name):
            found = [e for e in self._bound(LOOKUP_BY_NAME, name=value) if e.is_document or not documents_only]
            if found:
                return found
        return None

    def _bound(self, query: str, **bindings: Value) -> list[Entity]:
        iris = sorted({row["entity"] or "" for row in self.store.select(Query(query, dict(bindings)))})
        found: list[Entity] = []
        for iri in iris:
            found.extend(_entities(self.store.select(Query(ENTITY_QUERY, {"entity": IRI(iri)}))))
        return sorted(found, key=lambda e: (e.label, e.iri))
