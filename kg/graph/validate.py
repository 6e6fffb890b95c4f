"""Check a graph against the ontology's SHACL shapes (pySHACL), report by report.

The data comes from the graph's store.  Each report's named graph is checked together with
the shared entities it points at (documents, organisations, people, concepts), and the
shared graph together with every ``kg:inSeries`` link of every report and the types of the
figures and reports they link: a series counts its members through those links
(``sh:inversePath``), so it is checked where all of them are.  A chunk reports only the
violations of the nodes it owns (the subjects of its graph); the others are there as context and are
checked in their own chunk.  The ontology's class hierarchy is added to each chunk so that
``sh:class`` sees a report as a document.  Reports are independent, so they are checked in
parallel worker processes, which keeps the memory of each check small.

pySHACL-turbo (a Rust engine) was measured as the alternative: no faster on a report's chunk,
26 s on the whole corpus at once but with 2.3 GB and false violations (it compared
``"text"^^xsd:string`` unequal to ``"text"`` in ``sh:in``), so pySHACL stays.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .formats import rdf_bytes, term_value
from .vocab import KG, RDF, RDFS, SHARED_GRAPH, SH

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
    workers = max(1, jobs or os.cpu_count() or 1)
    found: list[Violation] = []
    count = 0
    if workers == 1:
        for chunk in _chunks(store):
            found.extend(check_chunk(chunk))
            count += 1
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending: set[Future[list[Violation]]] = set()
            for chunk in _chunks(store):
                # A few chunks in flight per worker: a corpus's chunks are never all in memory.
                if len(pending) >= 2 * workers:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    found.extend(v for future in done for v in future.result())
                pending.add(pool.submit(check_chunk, chunk))
                count += 1
            found.extend(v for future in pending for v in future.result())
    violations = sorted(set(found))
    return ValidationResult(conforms=not violations, violations=tuple(violations), graphs=count)


@dataclass(frozen=True)
class Chunk:
    """N-Triples of one named graph and its context, and the subjects of that graph: the nodes
    whose violations this chunk reports."""

    owns: frozenset[str]
    data: bytes


def _chunks(store: "LocalStore") -> Iterator[Chunk]:
    """Each report graph with the shared nodes it references, then the shared graph with every
    series link; each with the ontology's class hierarchy."""
    import pyoxigraph as ox

    hierarchy = _class_hierarchy()
    shared: dict[str, list[ox.Triple]] = {}
    for quad in store.quads(SHARED_GRAPH):
        shared.setdefault(term_value(quad.subject), []).append(quad.triple)
    series_links: list[ox.Triple] = []
    for graph in store.graphs():
        if graph == SHARED_GRAPH:
            continue
        triples = [quad.triple for quad in store.quads(graph)]
        members = {t.subject for t in triples if t.predicate.value == KG.inSeries}
        series_links.extend(t for t in triples if t.subject in members and t.predicate.value in (KG.inSeries, RDF.type))
        owns = frozenset(term_value(t.subject) for t in triples)
        triples.extend(t for node in sorted(_reachable(triples, shared)) for t in shared[node])
        yield Chunk(owns, rdf_bytes(triples + hierarchy, ox.RdfFormat.N_TRIPLES))
    if shared:
        everything = [t for node in sorted(shared) for t in shared[node]]
        yield Chunk(frozenset(shared), rdf_bytes(everything + series_links + hierarchy, ox.RdfFormat.N_TRIPLES))


def _class_hierarchy() -> "list[ox.Triple]":
    """The ontology's rdfs:subClassOf statements: all ``sh:class`` needs of it."""
    from .ontology import ontology_triples

    return [t for t in ontology_triples() if t.predicate.value == RDFS.subClassOf]


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


def check_chunk(chunk: Chunk) -> list[Violation]:
    """The violations of the nodes ``chunk`` owns (run in a worker process)."""
    from pyshacl import validate as shacl_validate  # slow import: only when validating
    from rdflib import Graph, Literal

    from .ontology import load_shapes

    graph = Graph().parse(data=chunk.data, format="nt")
    # inplace: the graph is ours and thrown away, so pySHACL need not copy it first.
    _conforms, report, _text = shacl_validate(
        graph, shacl_graph=load_shapes(), inference="none", abort_on_first=False, allow_warnings=True, inplace=True,
    )
    sh_violation, sh_focus, sh_path, sh_message, sh_severity = (
        _uri(SH.Violation), _uri(SH.focusNode), _uri(SH.resultPath), _uri(SH.resultMessage), _uri(SH.resultSeverity))
    return [
        Violation(focus=str(report.value(result, sh_focus)), path=str(report.value(result, sh_path) or ""),
                  message=str(report.value(result, sh_message) or Literal("")))
        for result in report.subjects(sh_severity, sh_violation)
        if _owned(report.value(result, sh_focus), chunk.owns)
    ]


def _owned(focus: object, owns: frozenset[str]) -> bool:
    """Whether a violation's focus node is the chunk's own (a blank node always is: it cannot
    be named across chunks, and only its own graph's statements can reach it)."""
    from rdflib import BNode

    return isinstance(focus, BNode) or str(focus) in owns


def _uri(iri: str) -> "URIRef":
    from rdflib import URIRef

    return URIRef(iri)
