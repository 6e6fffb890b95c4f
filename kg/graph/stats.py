"""Counts per class of a graph, read from its store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sparql import Query
from .vocab import compact

if TYPE_CHECKING:
    from .store import GraphStore

CLASS_COUNTS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER (isIRI(?class)) }
GROUP BY ?class"""


def class_counts(store: "GraphStore") -> list[tuple[str, int]]:
    """``(prefixed class name, number of instances)``, most frequent first, ties by name."""
    rows = store.select(Query(CLASS_COUNTS))
    named = [(compact(row["class"] or ""), int(row["n"] or 0)) for row in rows]
    return sorted(named, key=lambda pair: (-pair[1], pair[0]))
