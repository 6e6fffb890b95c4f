"""Counts per class of a graph."""

from __future__ import annotations

from collections import Counter

from rdflib import RDF, Graph, URIRef

from .namespaces import PREFIXES


def class_counts(graph: Graph) -> list[tuple[str, int]]:
    """``(prefixed class name, number of instances)``, most frequent first, ties by name."""
    counts = Counter(o for o in graph.objects(None, RDF.type) if isinstance(o, URIRef))
    named = [(compact(cls), n) for cls, n in counts.items()]
    return sorted(named, key=lambda pair: (-pair[1], pair[0]))


def compact(iri: URIRef) -> str:
    """``kg:Measure`` for an IRI in a known namespace, else the IRI itself."""
    text = str(iri)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda p: -len(str(p[1]))):
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    return text
