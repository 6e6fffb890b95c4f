"""Check a graph against the ontology's SHACL shapes (pySHACL), report by report.

The data comes from the graph's store.  Each report's named graph is checked together with
the shared entities it points at (documents, organisations, people, concepts), and the
shared graph on its own; the ontology's class hierarchy is mixed in so that ``sh:class``
sees a report as a document.  Reports are independent, so they are checked in parallel
worker processes, which keeps the memory of each check small.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .formats import rdf_bytes, term_value
from .vocab import SHARED_GRAPH, SH

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import URIRef

    from .store import LocalStore


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    violations: tuple[Violation, ...]
    graphs: int


def validate(store: "LocalStore", *, jobs: int | None = None) -> ValidationResult:
    """Validate every named graph of ``store``; ``jobs`` worker processes (default: the cores)."""
    chunks = list(_chunks(store))
    workers = max(1, min(jobs or os.cpu_count() or 1, len(chunks)))
    if workers == 1:
        found = [check_chunk(chunk) for chunk in chunks]
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            found = list(pool.map(check_chunk, chunks))
    violations = sorted({v for chunk in found for v in chunk})
    return ValidationResult(conforms=not violations, violations=tuple(violations), graphs=len(chunks))


def _chunks(store: "LocalStore") -> Iterator[bytes]:
    """N-Triples of each report graph with the shared nodes it references, then of the shared graph."""
    import pyoxigraph as ox

    shared: dict[str, list[ox.Triple]] = {}
    for quad in store.quads(SHARED_GRAPH):
        shared.setdefault(term_value(quad.subject), []).append(quad.triple)
    for graph in store.graphs():
        if graph == SHARED_GRAPH:
            continue
        triples = [quad.triple for quad in store.quads(graph)]
        triples.extend(t for node in sorted(_reachable(triples, shared)) for t in shared[node])
        yield rdf_bytes(triples, ox.RdfFormat.N_TRIPLES)
    if shared:
        yield rdf_bytes([t for node in sorted(shared) for t in shared[node]], ox.RdfFormat.N_TRIPLES)


def _reachable(triples: "list[ox.Triple]", shared: "dict[str, list[ox.Triple]]") -> set[str]:
    """The shared nodes a report's triples lead to, directly or through other shared nodes."""
    import pyoxigraph as ox

    found: set[str] = set()
    todo = [t.object.value for t in triples if isinstance(t.object, ox.NamedNode)]
    while todo:
        node = todo.pop()
        if node in found or node not in shared:
            continue
        found.add(node)
        todo.extend(t.object.value for t in shared[node] if isinstance(t.object, ox.NamedNode))
    return found


def check_chunk(data: bytes) -> list[Violation]:
    """The violations in one chunk of N-Triples (run in a worker process)."""
    from pyshacl import validate as shacl_validate  # slow import: only when validating
    from rdflib import Graph, Literal

    from .ontology import load_ontology, load_shapes

    graph = Graph().parse(data=data, format="nt")
    _conforms, report, _text = shacl_validate(
        graph, shacl_graph=load_shapes(), ont_graph=load_ontology(), inference="none", abort_on_first=False,
        allow_warnings=True,
    )
    sh_violation, sh_focus, sh_path, sh_message, sh_severity = (
        _uri(SH.Violation), _uri(SH.focusNode), _uri(SH.resultPath), _uri(SH.resultMessage), _uri(SH.resultSeverity))
    return [
        Violation(focus=str(report.value(result, sh_focus)), path=str(report.value(result, sh_path) or ""),
                  message=str(report.value(result, sh_message) or Literal("")))
        for result in report.subjects(sh_severity, sh_violation)
    ]


def _uri(iri: str) -> "URIRef":
    from rdflib import URIRef

    return URIRef(iri)
