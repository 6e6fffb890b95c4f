"""Load a graph file for the commands that read one (query, stats, validate)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from .errors import GraphError
from .namespaces import PREFIXES


def load_graph(path: Path) -> Graph:
    """Parse the Turtle file at ``path``; raise GraphError naming the file if it is missing or malformed."""
    if not path.is_file():
        raise GraphError("graph file not found (run 'kg build' first, or pass --graph)", path=path)
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    try:
        graph.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many exception types for bad syntax
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphError(f"not a readable Turtle graph: {first_line}", path=path) from exc
    return graph
